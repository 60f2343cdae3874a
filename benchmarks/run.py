"""``make bench``: build synthetic archives of size S, M (and L) and print what it cost.

Ratios within one run (the generator and the design floor against a bare line scan of the same
files, the site against the plain-page floor) are steadier than seconds on a noisy machine; of
them only site / floor has a target. Results go to ``benchmarks/results/<size>.json``.
"""

from __future__ import annotations

import argparse
import compileall
import json
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.aggregators import write_aggregator_dumps
from benchmarks.corpus import SIZES, write_corpus
from benchmarks.dumps import write_dumps
from benchmarks.growth import measure as measure_growth
from benchmarks.growth import table as growth_table
from benchmarks.htmlcorpus import write_pages
from benchmarks.measure import changed, page_weights, timed, tree_bytes, tree_state
from benchmarks.project import REPO, archive_project, floor_project
from benchmarks.search import first_query_bytes

WORK = REPO / "benchmarks" / "work"
RESULTS = REPO / "benchmarks" / "results"
PYTHON = sys.executable
MKDOCS = [PYTHON, "-m", "mkdocs", "build", "--quiet", "--site-dir", "site"]


def _clean_generated(root: Path) -> None:
    shutil.rmtree(root / "docs" / "discussions", ignore_errors=True)
    (root / "docs" / "index.md").unlink(missing_ok=True)
    for cache in root.glob(".generator-cache*"):
        cache.unlink()


def _edit_one_seed(seeds: Path) -> str:
    """Change one word of one comment of the middle seed; returns the seed's name."""
    seed = sorted(seeds.glob("*.txt"))[len(list(seeds.glob("*.txt"))) // 2]
    lines = seed.read_text(encoding="utf-8").split("\n")
    index = next(i for i, line in enumerate(lines) if line.startswith("  2. "))
    if lines[index].endswith(" says:"):  # edit the text, not the header naming the author
        index = next(i for i in range(index + 1, len(lines)) if lines[i].strip())
    lines[index] = lines[index].replace(" ", " edited ", 1)
    seed.write_text("\n".join(lines), encoding="utf-8")
    return seed.name


def bench(size: str, search: str) -> dict[str, Any]:
    """Run every measurement for one corpus size; returns the figures."""
    base = WORK / size
    seeds = base / "seeds"
    if seeds.exists():
        shutil.rmtree(seeds)
    facts = write_corpus(seeds, SIZES[size])
    corpus_bytes = sum(f.size for f in facts)
    root = base / "archive"
    archive_project(root, seeds, search)
    generate = [PYTHON, "-m", "generator", "build", "--seeds", "seeds", "--docs", "docs"]
    out: dict[str, Any] = {
        "size": size,
        "search": search,
        "discussions": len(facts),
        "comments": sum(f.comments for f in facts),
        "corpus_mb": corpus_bytes / 1e6,
    }

    scan = timed([PYTHON, "-m", "benchmarks.scan", str(seeds)], REPO)
    full = timed(generate, root)
    out["scan_s"] = scan.seconds
    out["generator_s"] = full.seconds
    out["generator_mb_per_s"] = corpus_bytes / 1e6 / full.seconds
    out["generator_vs_scan"] = full.seconds / scan.seconds
    out["generator_peak_rss_mb"] = full.peak_rss_mb
    out["scan_cpu_s"] = scan.cpu_seconds
    out["generator_cpu_s"] = full.cpu_seconds
    # The same number of pages as w3m/lynx dumps (the "threaded" dialect), and as Hacker News
    # and old Reddit dumps (the "aggregator" dialect): each its own MB/s.
    for key, folder, write in (
        ("dumps", "dumps", write_dumps),
        ("aggregator", "aggregators", write_aggregator_dumps),
    ):
        corpus = base / folder
        shutil.rmtree(corpus, ignore_errors=True)
        written = write(corpus / "seeds", SIZES[size])
        run = timed(generate, corpus)
        out[f"{key}_mb"] = written / 1e6
        out[f"{key}_generator_s"] = run.seconds
        out[f"{key}_generator_mb_per_s"] = written / 1e6 / run.seconds
    # The same dumps read by the least reader that knows their layout, built by the generator
    # otherwise (benchmarks.readerfloor): what the rest of the build leaves of 10 MB/s to reading.
    least = base / "dumps-floor"
    shutil.rmtree(least, ignore_errors=True)
    floor_run = timed(
        [PYTHON, "-m", "benchmarks.readerfloor", str(base / "dumps" / "seeds"), str(least / "docs")], REPO
    )
    out["dumps_floor_s"] = floor_run.seconds
    out["dumps_floor_mb_per_s"] = out["dumps_mb"] / floor_run.seconds
    # The same discussions as saved web pages (seeds/*.html): the HTML reader's throughput.
    html_root = base / "html-archive"
    shutil.rmtree(html_root, ignore_errors=True)
    html_bytes = write_pages(seeds, html_root / "seeds")
    html_args = ["--seeds", str(html_root / "seeds"), "--docs", str(html_root / "docs")]
    html = timed([*generate[:4], *html_args], REPO)
    out["html_corpus_mb"] = html_bytes / 1e6
    out["html_generator_s"] = html.seconds
    out["html_generator_mb_per_s"] = html_bytes / 1e6 / html.seconds
    # The least a pipeline of the project's shape costs (benchmarks.floor), against the scan.
    shutil.rmtree(base / "design-floor", ignore_errors=True)
    design = timed([PYTHON, "-m", "benchmarks.floor", str(seeds), str(base / "design-floor")], REPO)
    out["design_floor_s"] = design.seconds
    out["design_floor_vs_scan"] = design.seconds / scan.seconds
    out["design_floor_cpu_s"] = design.cpu_seconds

    before = tree_state(root / "docs")
    noop = timed(generate, root)
    out["noop_s"] = noop.seconds
    out["noop_vs_full"] = noop.seconds / full.seconds
    out["noop_cpu_s"] = noop.cpu_seconds
    out["noop_files_written"] = len(changed(before, tree_state(root / "docs")))

    edited = _edit_one_seed(seeds)
    before = tree_state(root / "docs")
    one = timed(generate, root)
    out["one_changed_seed"] = edited
    out["one_changed_s"] = one.seconds
    out["one_changed_written"] = changed(before, tree_state(root / "docs"))

    # The whole site from scratch, as `make site` does it (the hook runs the generator).
    _clean_generated(root)
    site = timed(MKDOCS, root)
    floor_root = floor_project(base / "floor", seeds).parent
    floor = timed(MKDOCS, floor_root)
    out["site_s"] = site.seconds
    out["site_peak_rss_mb"] = site.peak_rss_mb
    out["floor_s"] = floor.seconds
    out["site_vs_floor"] = site.seconds / floor.seconds
    out["site_cpu_s"] = site.cpu_seconds
    out["floor_cpu_s"] = floor.cpu_seconds
    out["site_mb"] = tree_bytes(root / "site") / 1e6
    out["floor_site_mb"] = tree_bytes(floor_root / "site") / 1e6
    median_page, median_chrome = page_weights(sorted((root / "site" / "discussions").glob("*.html")))
    out["median_page_kb"] = median_page / 1e3
    out["median_page_chrome_kb"] = median_chrome / 1e3
    out["first_query_kb"] = first_query_bytes(root / "site", search) / 1e3
    return out


ROWS: tuple[tuple[str, Callable[[dict[str, Any]], str]], ...] = (
    (
        "corpus",
        lambda r: f"{r['discussions']} discussions, {r['comments']} comments, {r['corpus_mb']:.1f} MB",
    ),
    ("bare line scan", lambda r: f"{r['scan_s']:.2f} s"),
    (
        "generator on saved pages (>=10 MB/s)",
        lambda r: (
            f"{r['html_corpus_mb']:.1f} MB of HTML, {r['html_generator_s']:.2f} s, "
            f"{r['html_generator_mb_per_s']:.1f} MB/s"
        ),
    ),
    (
        "generator (>=10 MB/s)",
        lambda r: (
            f"{r['generator_s']:.2f} s, {r['generator_mb_per_s']:.1f} MB/s, "
            f"{r['generator_vs_scan']:.2f}x scan"
        ),
    ),
    (
        "generator on w3m/lynx dumps (>=10 MB/s)",
        lambda r: (
            f"{r['dumps_mb']:.1f} MB, {r['dumps_generator_s']:.2f} s, "
            f"{r['dumps_generator_mb_per_s']:.1f} MB/s"
        ),
    ),
    (
        "the same dumps, least reading (benchmarks.readerfloor)",
        lambda r: f"{r['dumps_floor_s']:.2f} s, {r['dumps_floor_mb_per_s']:.1f} MB/s",
    ),
    (
        "generator on Hacker News/old Reddit dumps (>=10 MB/s)",
        lambda r: (
            f"{r['aggregator_mb']:.1f} MB, {r['aggregator_generator_s']:.2f} s, "
            f"{r['aggregator_generator_mb_per_s']:.1f} MB/s"
        ),
    ),
    (
        "design floor (model + escape + write)",
        lambda r: f"{r['design_floor_s']:.2f} s, {r['design_floor_vs_scan']:.2f}x scan",
    ),
    ("generator peak RSS (<200 MB)", lambda r: f"{r['generator_peak_rss_mb']:.0f} MB"),
    (
        "no-op re-run (<5%, 0 files)",
        lambda r: (
            f"{r['noop_s']:.2f} s, {100 * r['noop_vs_full']:.1f}% of full, "
            f"{r['noop_files_written']} files written"
        ),
    ),
    (
        "one seed changed",
        lambda r: f"{r['one_changed_s']:.2f} s, wrote {', '.join(r['one_changed_written']) or 'nothing'}",
    ),
    ("site build (mkdocs + hook)", lambda r: f"{r['site_s']:.1f} s, peak RSS {r['site_peak_rss_mb']:.0f} MB"),
    ("plain-page floor", lambda r: f"{r['floor_s']:.1f} s"),
    ("site / floor (<=1.25x)", lambda r: f"{r['site_vs_floor']:.2f}x"),
    (
        "CPU seconds: scan, design floor, generator, no-op",
        lambda r: (
            f"{r['scan_cpu_s']:.2f}, {r['design_floor_cpu_s']:.2f}, {r['generator_cpu_s']:.2f}, "
            f"{r['noop_cpu_s']:.2f}"
        ),
    ),
    (
        "CPU seconds: site, floor",
        lambda r: (
            f"{r['site_cpu_s']:.1f}, {r['floor_cpu_s']:.1f} ({r['site_cpu_s'] / r['floor_cpu_s']:.2f}x)"
        ),
    ),
    ("site size", lambda r: f"{r['site_mb']:.1f} MB (floor {r['floor_site_mb']:.1f} MB)"),
    (
        "median discussion page",
        lambda r: f"{r['median_page_kb']:.0f} KB, chrome {r['median_page_chrome_kb']:.0f} KB",
    ),
    ("first query downloads (Pagefind <300 KB)", lambda r: f"{r['first_query_kb']:.0f} KB ({r['search']})"),
)


def table(results: list[dict[str, Any]]) -> str:
    """The results side by side, one column per run."""
    heads = [f"{r['size']} ({r['search']})" for r in results]
    width = max(len(name) for name, _ in ROWS)
    lines = [f"{'':{width}}  " + " | ".join(heads)]
    for name, show in ROWS:
        lines.append(f"{name:{width}}  " + " | ".join(show(r) for r in results))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark for the sizes given (default S and M)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("sizes", nargs="*", default=["S", "M"], choices=sorted(SIZES))
    parser.add_argument("--search", action="append", choices=["material", "pagefind"])
    parser.add_argument("--growth-n", type=int, default=10_000, help="run length of the growth rows")
    args = parser.parse_args(argv)
    RESULTS.mkdir(parents=True, exist_ok=True)
    # The generator's modules compiled once, as a user's every run after the first has them (and
    # pip's install of a package): with PYTHONDONTWRITEBYTECODE set, each timed run would compile
    # its seventy modules afresh (a tenth of a second before the first seed is read).
    compileall.compile_dir(REPO / "generator", quiet=1)
    results = []
    for size in args.sizes:
        for search in args.search or ["material"]:
            result = bench(size, search)
            results.append(result)
            name = f"{size}.json" if search == "material" else f"{size}-{search}.json"
            (RESULTS / name).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
            print(table([result]), flush=True)
            print(flush=True)
    if len(results) > 1:
        print(table(results))
    # Growth on hostile seeds (benchmarks/growth.py): one set of rows, whatever the sizes.
    growth = measure_growth(args.growth_n)
    (RESULTS / "growth.json").write_text(
        json.dumps([row._asdict() for row in growth], indent=2) + "\n", encoding="utf-8"
    )
    print()
    print(growth_table(args.growth_n, growth))
    return 0
