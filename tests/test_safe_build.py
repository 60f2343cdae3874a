"""Builds are safe: atomic, confined to the generated folders, incremental, clean, deterministic."""

from __future__ import annotations

import gc
import pickle
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from benchmarks.corpus import write_corpus
from generator import parse
from generator.build import journal
from generator.build.manifest import CACHE_FILE
from generator.build.site import build
from generator.build.workers import PARALLEL_MIN
from generator.errors import SeedError
from generator.model import THREAD_RISK, Discussion
from tests.conftest import SEED_000, SEED_001
from tests.reference import SITE_PAGES, assign_slugs, write_pages
from tests.seedkit import SEED, cli
from tests.sitebuild import make_project, snapshot


def _seeds(folder: Path, seeds: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in seeds.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


SITE_WIDE = [path for path, _ in SITE_PAGES]
"""The site-wide pages every build writes (the index and whatever other pages are registered)."""

# ---------------------------------------------------------------------------------------------
# Atomic: a failed build leaves the previous pages and site untouched.


def test_rejected_seed_leaves_docs_untouched(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path / "seeds", {"a.txt": SEED, "b.txt": SEED.replace("A title", "Another title")})
    docs = tmp_path / "docs"
    assert cli("build", "--seeds", str(seeds), "--docs", str(docs)).returncode == 0
    before = snapshot(docs)
    (seeds / "a.txt").write_text(SEED.replace("First comment.", "Edited."), encoding="utf-8")
    (seeds / "b.txt").unlink()
    (seeds / "c.txt").write_bytes(b"\x00binary")
    result = cli("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 1
    assert snapshot(docs) == before


def test_a_seed_error_crosses_from_a_worker_process() -> None:
    # Workers send their results back pickled: a SeedError must come back as it was made.
    error = pickle.loads(pickle.dumps(SeedError("seeds/c.txt", 3, "expected text, found a NUL byte")))
    assert (type(error), error.source, error.line, error.message, str(error)) == (
        SeedError,
        "seeds/c.txt",
        3,
        "expected text, found a NUL byte",
        "seeds/c.txt:3: expected text, found a NUL byte",
    )


def test_a_rejected_seed_among_many_is_reported_in_one_line(tmp_path: Path) -> None:
    # Enough seeds for the build to fork workers: the rejection comes back from one of them.
    seeds = tmp_path / "seeds"
    write_corpus(seeds, 4 * PARALLEL_MIN, seed=2)
    (seeds / "00020_synthetic.txt").write_bytes(b"Title\n\n  1. a\x00b\n")
    docs = tmp_path / "docs"
    result = cli("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 1
    assert result.stderr.startswith(f"{seeds / '00020_synthetic.txt'}:3: expected text"), result.stderr
    assert "Traceback" not in result.stderr
    assert not docs.exists()


def _make_site(project: Path) -> subprocess.CompletedProcess[str]:
    """``make site`` of the real Makefile in ``project``, with the test's own interpreter."""
    for name in ("pyproject.toml", "requirements.txt", "stamp"):
        (project / name).touch()  # the stamp last: the venv counts as installed
    return subprocess.run(
        ["make", "site", f"BIN={Path(sys.executable).parent}", "STAMP=stamp"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


@pytest.mark.parametrize("failure", ["rejected seed", "mkdocs --strict failure", "thread may be wrong"])
def test_failed_make_site_leaves_site_untouched(failure: str, tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", {"a.txt": SEED})
    first = _make_site(project)
    assert first.returncode == 0, first.stdout + first.stderr
    site, docs = snapshot(project / "site"), snapshot(project / "docs")
    assert "discussions/a-title-for-the-test.html" in site
    (project / "seeds" / "a.txt").write_text(SEED.replace("First comment.", "Edited."), encoding="utf-8")
    if failure == "rejected seed":
        (project / "seeds" / "b.txt").write_bytes(b"")
    elif failure == "thread may be wrong":
        # Comment 2 is missing: the numbering says a comment was lost, and the site is not
        # published with a wrong thread. The warning names the file and the line.
        (project / "seeds" / "b.txt").write_text("B title\n\n  1. One.\n\n  3. Three.\n", encoding="utf-8")
    else:
        # A broken link: strict MkDocs writes the whole site and only then fails.
        with (project / "docs" / "about.md").open("a", encoding="utf-8") as about:
            about.write("\n[broken](missing.md)\n")
    second = _make_site(project)
    assert second.returncode != 0
    assert snapshot(project / "site") == site
    if failure == "rejected seed":
        assert snapshot(project / "docs") == docs
    if failure == "thread may be wrong":
        assert f"seeds/b.txt:5: comment 3 follows comment 1{THREAD_RISK}" in second.stdout + second.stderr


def test_make_site_builds_a_seed_that_is_merely_odd(tmp_path: Path) -> None:
    """A tab in the indentation is reported (INFO) but reads right: the site is built."""
    odd = "Odd title\n\n  1. One.\n\n\t\u2022 A reply indented with a tab.\n"
    project = make_project(tmp_path / "p", {"a.txt": SEED, "odd.txt": odd})
    assert parse(odd, "odd.txt").warnings  # odd indeed, and not a risk to the thread
    assert not any(warning.risky for warning in parse(odd, "odd.txt").warnings)
    result = _make_site(project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "seed warning: " in result.stdout + result.stderr
    assert (project / "site" / "discussions" / "odd-title.html").is_file()


# ---------------------------------------------------------------------------------------------
# Confined: nothing is written outside the site-wide pages and docs/discussions/.

ESCAPING_TITLES = [
    "../../../etc/passwd",
    "/etc/passwd",
    "..",
    "~/.ssh/authorized_keys",
    "C:\\Windows\\System32\\x",
    "..\\..\\x",
    "%2e%2e%2fx",
    "docs/../../outside",
    "\u2024\u2024/\uff0e\uff0e/x",
]


def test_titles_cannot_escape(tmp_path: Path) -> None:
    seeds = _seeds(
        tmp_path / "seeds", {f"{i}.txt": f"{title}\n\nText.\n" for i, title in enumerate(ESCAPING_TITLES)}
    )
    docs = tmp_path / "out" / "docs"
    report = build(seeds, docs)
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    pages = sorted(f"out/docs/discussions/{s.slug}.md" for s in report.discussions)
    seeds_written = [f"seeds/{i}.txt" for i in range(len(ESCAPING_TITLES))]
    # The build cache (generator/build/cache.py) is the one file beside the docs folder.
    cache = f"out/{CACHE_FILE}"
    assert written == sorted([*seeds_written, cache, *(f"out/docs/{path}" for path in SITE_WIDE), *pages])
    assert len(pages) == len(ESCAPING_TITLES)


@pytest.mark.parametrize("slug", ["../../evil", "/etc/passwd", "..", "a/b", "", "x\x00y"])
def test_slugs_from_seeds_are_made_safe(slug: str) -> None:
    discussion = Discussion(
        source="x.txt", slug=slug, title="T", posted=None, posted_text=None, author=None, category=None,
        article=(), comments=(),
    )  # fmt: skip
    (safe,) = assign_slugs([discussion])
    assert safe.slug.replace("-", "").isalnum() and "/" not in safe.slug and ".." not in safe.slug


@pytest.mark.parametrize(
    "relative", ["../evil.md", "/tmp/evil.md", "discussions/../../x.md", "about.md", "a/b.md"]
)
def test_write_pages_refuses_paths_outside_the_generated_pages(relative: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="outside the generated pages"):
        write_pages(tmp_path / "docs", {relative: "x"})
    assert not any(tmp_path.rglob("*"))


# ---------------------------------------------------------------------------------------------
# Incremental and clean.


def test_unchanged_pages_are_not_rewritten(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path / "seeds", {"a.txt": SEED, "b.txt": SEED.replace("A title", "Another title")})
    docs = tmp_path / "docs"
    first = build(seeds, docs)
    pages = ["discussions/a-title-for-the-test.md", "discussions/another-title-for-the-test.md"]
    assert first.written == tuple(sorted([*pages, *SITE_WIDE]))
    before = snapshot(docs)
    assert build(seeds, docs).written == ()
    assert snapshot(docs) == before
    (seeds / "b.txt").write_text(
        SEED.replace("A title", "Another title").replace("Second comment.", "Edited."), encoding="utf-8"
    )
    assert build(seeds, docs).written == ("discussions/another-title-for-the-test.md",)
    after = snapshot(docs)
    assert after["discussions/a-title-for-the-test.md"] == before["discussions/a-title-for-the-test.md"]


def test_removed_and_renamed_seeds_leave_no_stale_page(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path / "seeds", {"a.txt": SEED, "b.txt": SEED.replace("A title", "Old title")})
    docs = tmp_path / "docs"
    (docs / "discussions").mkdir(parents=True)
    (docs / "about.md").write_text("hand-written", encoding="utf-8")
    (docs / "discussions" / "notes.txt").write_text("not a page", encoding="utf-8")
    build(seeds, docs)
    (seeds / "b.txt").rename(seeds / "c.txt")
    (seeds / "c.txt").write_text(SEED.replace("A title", "New title"), encoding="utf-8")
    report = build(seeds, docs)
    assert report.removed == ("discussions/old-title-for-the-test.md",)
    (seeds / "a.txt").unlink()
    assert build(seeds, docs).removed == ("discussions/a-title-for-the-test.md",)
    left = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*") if p.is_file())
    kept = ["about.md", "discussions/new-title-for-the-test.md", "discussions/notes.txt"]
    assert left == sorted([*kept, *SITE_WIDE])


# ---------------------------------------------------------------------------------------------
# Deterministic whatever the hash seed, locale or time zone.


@pytest.fixture(scope="module")
def turkish_locale(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Environment for tr_TR.UTF-8 (where "I".lower() is "ı" for C's tolower), compiled if missing."""
    listed = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=False).stdout.lower()
    if "tr_tr.utf8" in listed.split():
        return {"LC_ALL": "tr_TR.UTF-8"}
    folder = tmp_path_factory.mktemp("locales")
    subprocess.run(
        ["localedef", "-i", "tr_TR", "-f", "UTF-8", str(folder / "tr_TR.UTF-8")],
        check=True,
        capture_output=True,
    )
    return {"LC_ALL": "tr_TR.UTF-8", "LOCPATH": str(folder)}


DETERMINISM_SEEDS = {
    "000.txt": SEED_000.read_text(encoding="utf-8"),
    "001.txt": SEED_001.read_text(encoding="utf-8"),
    "tr.txt": "İSTANBUL ile IĞDIR — Işık\n\nPosted on Aug 10, 2017 by İsmail\n\nMetin.\n\n"
    "  1. İ says:\n\n    Ç\n",
    "ru.txt": "Виктор Беленко\n\nТекст.\n\n  1. Иван says:\n\n    Да.\n\n  3. Нет.\n",
    "same.txt": SEED,
    "same2.txt": SEED,
    "ja.txt": "ベレンコ中尉亡命事件\n\n本文。\n",
}


def test_builds_are_byte_identical_across_environments(
    tmp_path: Path, turkish_locale: dict[str, str]
) -> None:
    seeds = _seeds(tmp_path / "seeds", DETERMINISM_SEEDS)
    environments = {
        "hash 0, C.UTF-8, UTC": {"PYTHONHASHSEED": "0", "LC_ALL": "C.UTF-8", "TZ": "UTC"},
        "hash 1, C, Kiritimati": {"PYTHONHASHSEED": "1", "LC_ALL": "C", "TZ": "Pacific/Kiritimati"},
        "hash 4242, tr_TR, St Johns": {"PYTHONHASHSEED": "4242", "TZ": "America/St_Johns", **turkish_locale},
        "random hash, tr_TR, Apia": {"PYTHONHASHSEED": "random", "TZ": "Pacific/Apia", **turkish_locale},
    }
    outputs = {}
    for name, env in environments.items():
        docs = tmp_path / name
        result = cli("build", "--seeds", str(seeds), "--docs", str(docs), env=env)
        assert result.returncode == 0, result.stderr
        assert "locale" not in result.stderr.lower(), result.stderr  # the locale really loaded
        outputs[name] = {path: data for path, (data, _) in snapshot(docs).items()}
    reference = outputs.pop("hash 0, C.UTF-8, UTC")
    assert len(reference) == len(DETERMINISM_SEEDS) + len(SITE_WIDE)
    for name, pages in outputs.items():
        assert pages == reference, name


def test_turkish_locale_is_real(turkish_locale: dict[str, str]) -> None:
    """The locale the determinism test uses is installed: C's tolower() maps "I" to "ı" in it."""
    probe = "import ctypes, locale; locale.setlocale(locale.LC_ALL, ''); print(locale.getlocale())"
    result = subprocess.run(
        [sys.executable, "-c", probe],
        env={"PATH": "/usr/bin:/bin", **turkish_locale},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "('tr_TR', 'UTF-8')"


def test_a_build_that_cannot_make_its_staging_folder_leaves_no_file_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A docs folder whose parent cannot be written to (or a full disk): the build fails, and
    # the cache it had opened is closed (an unclosed file warns when it is collected).
    seeds = _seeds(tmp_path / "seeds", {"a.txt": SEED})
    docs = tmp_path / "docs"
    build(seeds, docs)
    seeds_a = seeds / "a.txt"
    seeds_a.write_text(SEED.replace("First comment.", "Edited."), encoding="utf-8")

    def refuse(**_: object) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(journal.tempfile, "mkdtemp", refuse)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(OSError, match="No space left"):
            build(seeds, docs)
        gc.collect()
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []
