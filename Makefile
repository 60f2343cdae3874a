# `make site` and `make test` do all the set-up on a fresh machine (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# MkDocs 1.6 prints a banner about its successor on every run; it is noise in build logs.
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true

.PHONY: site site-zensical screenshots serve test check clean golden bench bench-memory

$(STAMP): pyproject.toml requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

# `mkdocs build --strict` into a fresh folder, swapped in for site/ in one atomic rename, one
# build at a time, so site/ is always a whole site (generator/publish/swap.py). No --quiet: it
# hides warnings from MkDocs' counter too, so --strict would never fail.
site: $(STAMP)
	$(BIN)/python -m generator site
	@echo "site/ is ready: open site/index.html (search needs a server: make serve)"

# The same site built by Zensical, Material's successor: it runs no MkDocs hooks, so the
# generator runs first and what the hook adds to pages is added after (generator/publish/zensical.py);
# swapped in like `make site`. Search is Zensical's own (no Pagefind).
site-zensical: $(STAMP)
	$(BIN)/python -m generator site --engine zensical
	@echo "site/ is ready (built by Zensical): open site/index.html"

serve: $(STAMP)
	$(BIN)/mkdocs serve --strict

# The browser, locale and Node tests need Debian packages; the script installs only missing ones.
test: $(STAMP)
	scripts/system-packages
	$(MAKE) $(NODE_STAMP)
	$(BIN)/python -m pytest

# Node packages of the tests (package.json: axe-core for the accessibility checks in the browser).
NODE_STAMP := node_modules/.installed
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $(NODE_STAMP)

# The README's screenshots (screenshots/*.png), taken in Debian's Chromium from a fresh build.
screenshots: $(STAMP)
	scripts/system-packages
	$(BIN)/python -m tests.browser.screenshots

check: $(STAMP)
	$(BIN)/python -m generator check --strict

# Regenerate the golden Markdown files after an intended change of output.
golden: $(STAMP)
	$(BIN)/python -m tests.golden

# Synthetic archives of growing size, timed against a line scan and the plain-page MkDocs floor
# (benchmarks/run.py). BENCH="S M L" for all three sizes; BENCH_ARGS="--search pagefind" etc.
BENCH ?= S M
bench: $(STAMP)
	$(BIN)/python -m benchmarks $(BENCH) $(BENCH_ARGS)

# The generator's peak memory (its own process, and its largest worker) against corpus size, and
# its growth per 1,000 discussions (benchmarks/memory.py). MEMORY="100 1000 5000" for other sizes.
MEMORY ?= 100 500 1000 2000
bench-memory: $(STAMP)
	$(BIN)/python -m benchmarks.memory $(MEMORY)

clean:
	rm -rf site .site.new .cache .generator-site-* .generator-staging-* $(VENV) docs/discussions docs/index.md docs/participants.md docs/participants docs/timeline.md docs/timeline
