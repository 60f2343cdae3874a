"""Hardening of the build against its file system: a damaged or odd cache, odd file names, a
seed swapped for a symlink while it is read, a forged cache line, failures and kills halfway
through putting pages in place, and two builds at once."""

from __future__ import annotations

import collections
import errno
import json
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from benchmarks.corpus import write_corpus
from generator.build import cache, cacheline, journal, lock
from generator.build.manifest import CACHE_FILE, LOCK_FILE
from generator.build.report import BuildError
from generator.build.site import build
from generator.errors import SeedError
from generator.publish import swap
from generator.publish import swap as swap_module
from generator.read import seedfile
from generator.read.suffixes import is_seed
from tests.conftest import ROOT, SEEDS
from tests.seedkit import SEED, cli
from tests.sitebuild import make_project, run_mkdocs, snapshot
from tests.test_hostile import HOSTILE, _seed

PAGE = "discussions/a-title-for-the-test.md"
"""The page of :data:`tests.seedkit.SEED`."""


def _project(tmp_path: Path, seeds: dict[bytes, bytes] | None = None) -> tuple[Path, Path]:
    """A seeds folder (``SEED`` as ``a.txt`` unless ``seeds`` is given, names as bytes) and the
    docs folder beside it (not made)."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name, data in (seeds or {b"a.txt": SEED.encode()}).items():
        Path(os.fsdecode(os.fsencode(folder) + b"/" + name)).write_bytes(data)
    return folder, tmp_path / "docs"


def _build(seeds: Path, docs: Path, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = cli("build", "--seeds", str(seeds), "--docs", str(docs), env=env)
    return result.returncode, result.stdout, result.stderr


# ---------------------------------------------------------------------------------------------
# Cache damage of any kind means "build without it"; no traceback, and every later build works.


CACHE_CASES = {
    "deeply nested JSON": lambda path: path.write_text("[" * 100_000 + "\n", encoding="ascii"),
    "nested JSON in the manifest": lambda path: path.write_text(
        '{"manifest": ' + "{" * 100_000 + "\n", encoding="ascii"
    ),
    "named pipe": lambda path: os.mkfifo(path),
    "folder": lambda path: path.mkdir(),
}


@pytest.mark.parametrize("case", CACHE_CASES)
def test_a_cache_of_any_kind_builds_without_it(case: str, tmp_path: Path) -> None:
    seeds, docs = _project(tmp_path)
    cache = tmp_path / CACHE_FILE
    CACHE_CASES[case](cache)
    for _ in range(2):  # the build after it works too
        status, out, err = _build(seeds, docs)
        assert status == 0, err
        assert "Traceback" not in err
        assert f"{seeds / 'a.txt'}: {PAGE}" in out
        assert (docs / PAGE).is_file()
    if case == "folder":
        # Nothing to save the cache to: the build says so in one line, and succeeds all the same.
        assert f"{cache}: cache not saved (Is a directory); the next build reads every seed" in err
        assert cache.is_dir()
    else:
        # Replaced by a sound cache: its header reads back.
        with cache.open("rb") as stream:
            assert isinstance(json.loads(stream.readline())["manifest"], dict)


# ---------------------------------------------------------------------------------------------
# A file name that is not UTF-8, shown with escapes wherever it is printed.


@pytest.mark.parametrize("locale", ["C", "C.UTF-8"])
def test_a_file_name_that_is_not_utf8_is_shown_with_escapes(locale: str, tmp_path: Path) -> None:
    # No title line: the title comes from the file name, whose 0xFF is no character.
    seeds, docs = _project(tmp_path, {b"\xffx.txt": b"  1. Alice says:\n\n    hi\n"})
    env = {"LC_ALL": locale, "PYTHONIOENCODING": ""}
    status, out, err = _build(seeds, docs, env)
    assert status == 0, err
    assert "Traceback" not in err
    shown = f"{seeds}/\\xffx.txt"
    assert out.splitlines()[0] == f"{shown}: discussions/xffx.md: 1 comment in 1 thread"
    assert err == f"{shown}:1: warning: no title line; using '\\\\xffx' from the file name\n"
    assert "<h1>\\xffx</h1>" in (docs / "discussions" / "xffx.md").read_text(encoding="utf-8")
    # Printed again, from the manifest, by a build that finds nothing changed.
    assert re.search(r" pages written, 0 removed in [0-9.]+ s$", out.splitlines()[-1])
    again = _build(seeds, docs, env)
    assert again[0] == 0 and again[2] == err
    assert again[1].splitlines()[:-1] == out.splitlines()[:-1]
    assert "; nothing changed in " in again[1].splitlines()[-1]


@pytest.mark.parametrize("locale", ["C", "C.UTF-8"])
def test_a_rejected_seed_whose_name_is_not_utf8_is_one_line(locale: str, tmp_path: Path) -> None:
    seeds, docs = _project(tmp_path, {b"a.txt": SEED.encode(), b"\xfe.txt": b""})
    status, out, err = _build(seeds, docs, {"LC_ALL": locale, "PYTHONIOENCODING": ""})
    assert (status, out) == (1, "")
    expected = "expected a discussion dump (a title, an article, comments), found an empty file"
    assert err == f"{seeds}/\\xfe.txt:1: {expected}\n"


# ---------------------------------------------------------------------------------------------
# An OSError in the MkDocs hook is one line, not a traceback.


def test_an_os_error_in_the_hook_is_one_line(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", {"a.txt": SEED})
    (project / "docs" / "discussions").write_text("a file where the pages' folder goes", encoding="utf-8")
    before = snapshot(project / "docs")
    built = run_mkdocs(project, tmp_path / "site")
    assert built.result.returncode != 0
    err = built.result.stderr
    assert "Traceback" not in err
    errors = [line for line in err.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1, err
    assert "generator: " in errors[0] and "cannot write" in errors[0] and "discussions" in errors[0], err
    assert snapshot(project / "docs") == before


# ---------------------------------------------------------------------------------------------
# A seed swapped for a symlink to a file outside seeds/ while builds run: never read through it.

SECRET = "SECRET-7d1f2a"
"""A word of a file outside the seeds folder, which no page may ever show."""

_SWAPPER = """
import os, shutil, sys
seeds, secret, plain = sys.argv[1:4]
link, copy, seed = (os.path.join(seeds, name) for name in ("b.link", "b.copy", "b.txt"))
while True:
    os.symlink(secret, link)
    os.replace(link, seed)
    shutil.copyfile(plain, copy)
    os.replace(copy, seed)
"""


def test_a_seed_swapped_for_a_symlink_is_never_read_through_it(tmp_path: Path) -> None:
    seeds, docs = _project(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text(f"Private notes\n\nThe password is {SECRET}.\n\n  1. Me says:\n\n    {SECRET}\n")
    plain = tmp_path / "plain.txt"
    plain.write_text(SEED.replace("A title", "Another title"), encoding="utf-8")
    shutil.copyfile(plain, seeds / "b.txt")
    # Another process, so that the swaps run truly alongside the builds (on another core).
    swapper = subprocess.Popen([sys.executable, "-c", _SWAPPER, str(seeds), str(secret), str(plain)])
    outcomes: collections.Counter[str] = collections.Counter()
    try:
        for _ in range(40):
            try:
                build(seeds, docs)
                outcomes["built"] += 1
            except BuildError as error:
                # Refused, never followed: the symlink leads outside the seeds folder.
                assert all("b.txt:1: expected a seed inside" in str(e) for e in error.errors), error
                outcomes["refused"] += 1
            pages = [path.read_text(encoding="utf-8") for path in docs.rglob("*.md")]
            assert not any(SECRET in page for page in pages)
    finally:
        swapper.kill()
        swapper.wait()
    assert sum(outcomes.values()) == 40


@pytest.mark.parametrize("openat", [True, False], ids=["openat", "fstat compared"])
def test_a_seed_swapped_right_after_its_check_is_refused(
    openat: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Deterministic: the seed becomes a symlink to the secret at the last moment, as the file
    # is opened (after every check made by name), at every read of b.txt.
    seeds, docs = _project(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text(f"Private notes\n\nThe password is {SECRET}.\n", encoding="utf-8")
    (seeds / "b.txt").write_text(SEED.replace("A title", "Another title"), encoding="utf-8")
    real_open = os.open
    swaps = []

    def swapping_open(path: str | os.PathLike[str], flags: int, *args: Any, **kwargs: Any) -> int:
        if os.path.basename(path) == "b.txt" and not (seeds / "b.txt").is_symlink():
            (seeds / "b.link").symlink_to(secret)
            os.replace(seeds / "b.link", seeds / "b.txt")
            swaps.append(path)
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(seedfile, "OPENAT", openat)
    monkeypatch.setattr(os, "open", swapping_open)
    with pytest.raises(BuildError) as caught:
        build(seeds, docs, cache_file=None)
    assert swaps
    (error,) = caught.value.errors
    assert error.source == str(seeds / "b.txt")
    assert "expected a seed inside" in error.message, error.message
    assert not docs.exists()


# ---------------------------------------------------------------------------------------------
# The cache is data: a forged line (its checksum recomputed) puts no live HTML on any page.

PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(1)>"
"""Markup a forged cache line carries."""


def _string_paths(value: object, path: tuple[int, ...] = ()) -> list[tuple[int, ...]]:
    """Where the strings of a JSON value (lists of lists) are, as index paths."""
    if isinstance(value, str):
        return [path]
    if isinstance(value, list):
        return [found for index, item in enumerate(value) for found in _string_paths(item, (*path, index))]
    return []


def _replaced(value: Any, path: tuple[int, ...], new: str) -> Any:
    if not path:
        return new
    return [_replaced(item, path[1:], new) if index == path[0] else item for index, item in enumerate(value)]


def _forge(cache: Path, name: str, forge: Callable[[Any], Any]) -> None:
    """Rewrite the rows of the cache line of the seed ``name`` with ``forge`` and seal it again."""
    lines = cache.read_bytes().split(b"\n")
    for number, line in enumerate(lines[1:], 1):
        if line and cacheline.name_of(line + b"\n") == name:
            head, notes, rows, _seal = line.split(b"\t")
            forged = json.dumps(forge(json.loads(rows)), ensure_ascii=False).encode()
            lines[number] = cacheline.sealed(head + b"\t" + notes + b"\t" + forged)[:-1]
    cache.write_bytes(b"\n".join(lines))


def test_a_forged_cache_line_puts_no_live_html_on_any_page(tmp_path: Path) -> None:
    seeds, docs = _project(tmp_path)
    (seeds / "b.txt").write_text(SEED.replace("A title", "Another title"), encoding="utf-8")
    build(seeds, docs)
    cache = tmp_path / CACHE_FILE
    rows = json.loads(cache.read_bytes().split(b"\n")[1].split(b"\t")[2])
    fields = _string_paths(rows)
    assert len(fields) >= 8  # the card, its slug, a timeline entry's four, people's three each
    pristine = tmp_path / "pristine"
    shutil.copytree(docs, pristine / "docs")
    shutil.copy2(cache, pristine / CACHE_FILE)
    b_text = (seeds / "b.txt").read_text(encoding="utf-8")
    for field in fields:
        shutil.rmtree(docs)
        shutil.copytree(pristine / "docs", docs)
        shutil.copy2(pristine / CACHE_FILE, cache)
        _forge(cache, "a.txt", lambda rows, field=field: _replaced(rows, field, PAYLOAD))
        # Another seed changed: the site-wide pages are made again, of a.txt's cached rows too.
        (seeds / "b.txt").write_text(b_text.replace("Second comment.", f"Edit {field}."), encoding="utf-8")
        build(seeds, docs)
        for page in docs.rglob("*.md"):
            text = page.read_text(encoding="utf-8")
            assert "<script" not in text and "<img" not in text, (field, page)
    # And every page is what a build without the cache writes.
    without = tmp_path / "without"
    build(seeds, without / "docs", cache_file=None)
    assert snapshot_text(docs) == snapshot_text(without / "docs")


def snapshot_text(folder: Path) -> dict[str, str]:
    """Every page below ``folder``, by relative path."""
    pages = sorted(page for page in folder.rglob("*.md") if page.is_file())
    return {page.relative_to(folder).as_posix(): page.read_text(encoding="utf-8") for page in pages}


@pytest.mark.parametrize(
    "forge",
    [
        # Consistent forgeries: a name with its key and initial derived again, a link elsewhere.
        lambda rows: _replaced(rows, (0, 1), rows[0][1].replace("<h2>", '<h2 onclick="alert(1)">')),
        lambda rows: _replaced(rows, (0, 1), rows[0][1].replace('href="', 'href="javascript:')),
        lambda rows: _replaced(rows, (0, 1), rows[0][1].replace('href="', 'href="//evil.example/')),
        lambda rows: _replaced(rows, (0, 1), rows[0][1].replace('href="', 'href="&#106;avascript&#58;')),
        lambda rows: _replaced(rows, (0, 1), rows[0][1].replace("<h2>", '<h2 markdown="1">')),
        lambda rows: _replaced(rows, (0, 1), rows[0][1].replace("</article>", "</p></article>")),
        lambda rows: _replaced(rows, (0, 1), rows[0][1] + "\u202e"),
        lambda rows: _replaced(rows, (1, 0, 1), "../../x"),
        lambda rows: _replaced(rows, (1, 0, 0), "1976-13"),
    ],
    ids=["event attribute", "javascript link", "other host", "entity-spelled scheme", "markdown",
         "unbalanced", "open bidi override", "decade as a path", "month 13"],
)  # fmt: skip
def test_forged_rows_are_damage(forge: Callable[[Any], Any], tmp_path: Path) -> None:
    seeds, docs = _project(tmp_path)
    build(seeds, docs)
    cache = tmp_path / CACHE_FILE
    rows = json.loads(cache.read_bytes().split(b"\n")[1].split(b"\t")[2])
    assert forge(rows) != rows
    with pytest.raises(cacheline.DamagedEntry):
        cacheline.decoded_rows(json.dumps(forge(rows)))
    assert cacheline.decoded_rows(json.dumps(rows))  # the rows as written pass


def test_the_rows_every_build_writes_pass_the_check(tmp_path: Path) -> None:
    # Hostile text, the repository's seeds, every saved page and dump of the fixtures that
    # builds, and a synthetic archive: their cached rows are all used (none taken for damage).
    seeds = tmp_path / "seeds"
    write_corpus(seeds, 30, seed=5)
    for index, text in enumerate(HOSTILE):
        (seeds / f"hostile-{index:02d}.txt").write_text(_seed(text.split("\n")), encoding="utf-8")
    for path in [*SEEDS.iterdir(), *(ROOT / "tests" / "fixtures" / "threads").iterdir()]:
        if is_seed(path.name):
            shutil.copyfile(path, seeds / path.name)
    for _ in range(20):  # leave out the fixtures a build rejects (not dumps of discussions)
        try:
            build(seeds, tmp_path / "docs")
            break
        except BuildError as error:
            for rejected in error.errors:
                Path(rejected.source).unlink()
    reader = cache.Reader(tmp_path / CACHE_FILE)
    try:
        assert len(reader) > 100
        for name in reader.names():
            entry = reader.get(name)
            assert entry is not None
            cacheline.decoded_rows(entry.rows)  # raises DamagedEntry if the check refuses them
    finally:
        reader.close()


# ---------------------------------------------------------------------------------------------
# docs/ all or nothing: a build killed anywhere leaves it wholly old, or wholly new once the
# next run completes the journal; a build that fails leaves it wholly old.

OLD_SEEDS = {
    "a.txt": SEED,
    "b.txt": SEED.replace("A title", "Bravo title"),
    "c.txt": SEED.replace("A title", "Charlie title").replace("Aug 27, 2008", "Mar 3, 1999"),
}
NEW_SEEDS = {
    "a.txt": SEED.replace("First comment.", "First comment, edited."),
    "c.txt": OLD_SEEDS["c.txt"],
    "d.txt": SEED.replace("A title", "Delta title").replace("Alice says", "Dora says"),
}
"""A build from the old seeds to the new moves pages in, rewrites the site-wide pages and
removes one (b.txt's)."""


def _states(tmp_path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """The docs folder's pages after a build of the old seeds, and after one of the new."""
    states = []
    for name, seeds in (("old", OLD_SEEDS), ("new", NEW_SEEDS)):
        folder = tmp_path / f"{name}-build"
        _write(folder / "seeds", seeds)
        build(folder / "seeds", folder / "docs", cache_file=None)
        states.append(snapshot_text(folder / "docs"))
    assert states[0] != states[1]
    return states[0], states[1]


def _write(folder: Path, seeds: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for name, text in seeds.items():
        (folder / name).write_text(text, encoding="utf-8")


def _leftovers(project: Path) -> list[str]:
    """What builds may leave beside the docs folder only while they run."""
    return sorted(
        p.name for p in project.iterdir() if p.name.startswith(".generator-") and p.name != CACHE_FILE
    )


def test_a_build_killed_at_any_step_leaves_docs_wholly_old_or_wholly_new(tmp_path: Path) -> None:
    old, new = _states(tmp_path)
    project = tmp_path / "project"
    seeds, docs = project / "seeds", project / "docs"
    killed_before, killed_after = 0, 0
    for step in range(1, 100):
        if docs.exists():
            shutil.rmtree(docs)
        (project / CACHE_FILE).unlink(missing_ok=True)
        _write(seeds, OLD_SEEDS)
        build(seeds, docs)
        assert snapshot_text(docs) == old
        _write(seeds, NEW_SEEDS)
        status, _out, err = _build(seeds, docs, {"GENERATOR_TEST_KILL_AFTER": str(step)})
        if status == 0:
            break  # past the last step: the build ran to its end
        assert status == -signal.SIGKILL, err
        if snapshot_text(docs) == old:
            killed_before += 1
        # What the next build does first: complete a committed journal.
        journal.recover(docs)
        assert snapshot_text(docs) in (old, new), f"mixed after a kill at step {step}"
        killed_after += snapshot_text(docs) == new
        # And the next build itself ends wholly new, nothing of the killed one left behind.
        assert _build(seeds, docs)[0] == 0
        assert snapshot_text(docs) == new
        assert _leftovers(project) == []
    else:
        raise AssertionError("the build never ran to its end")
    # Killed before the commit point (docs/ untouched), and after it at every change.
    assert killed_before >= 1 and killed_after >= 5, (killed_before, killed_after)
    assert snapshot_text(docs) == new and _leftovers(project) == []


def test_a_build_killed_at_random_moments_leaves_docs_wholly_old_or_wholly_new(tmp_path: Path) -> None:
    old, new = _states(tmp_path)
    project = tmp_path / "project"
    seeds, docs = project / "seeds", project / "docs"
    rng = random.Random(16)
    for _ in range(8):
        if docs.exists():
            shutil.rmtree(docs)
        _write(seeds, OLD_SEEDS)
        build(seeds, docs, cache_file=None)
        _write(seeds, NEW_SEEDS)
        process = subprocess.Popen(
            [sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--docs", str(docs)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        # Anywhere from start-up (imports) to the end of a build of three seeds.
        time.sleep(rng.uniform(0.05, 0.6))
        process.kill()
        process.wait()
        assert snapshot_text(docs) in (old, new) or (project / ".generator-journal").exists()
        journal.recover(docs)
        assert snapshot_text(docs) in (old, new)
        journal.remove_stale_staging(docs)
        # A killed build's lock file stays (no lock: flock dies with its process) till the next.
        assert _leftovers(project) in ([], [LOCK_FILE])


def test_a_failing_write_leaves_docs_wholly_old(tmp_path: Path) -> None:
    # The home page's place taken by a folder: found by the check before the commit, after the
    # discussion pages were staged; nothing has moved in.
    project = tmp_path / "project"
    seeds, docs = project / "seeds", project / "docs"
    _write(seeds, OLD_SEEDS)
    build(seeds, docs)
    (docs / "index.md").unlink()
    (docs / "index.md").mkdir()
    before = snapshot_text(docs)
    _write(seeds, NEW_SEEDS)
    status, out, err = _build(seeds, docs)
    assert (status, out) == (1, "")
    assert err == f"{docs / 'index.md'}: cannot write: a folder where a page goes\n"
    assert snapshot_text(docs) == before
    assert _leftovers(project) == []


def _no_larger_files(limit: int) -> None:
    """In the child: files may not grow past ``limit`` bytes (a full disk, as far as the build
    can tell); SIGXFSZ ignored, so a write past it fails with EFBIG instead of killing."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_a_full_disk_leaves_docs_wholly_old(tmp_path: Path) -> None:
    project = tmp_path / "project"
    seeds, docs = project / "seeds", project / "docs"
    _write(seeds, OLD_SEEDS)
    build(seeds, docs)
    before = snapshot_text(docs)
    long_comment = "\n".join(f"    Line {n} of a long comment." for n in range(20_000))
    _write(seeds, {**NEW_SEEDS, "e.txt": SEED.replace("    First comment.", long_comment)})
    result = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--docs", str(docs)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=lambda: _no_larger_files(200_000),  # the long comment's page is larger
        timeout=600,
    )
    assert result.returncode == 1
    assert result.stderr.endswith(": cannot write: File too large\n"), result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert snapshot_text(docs) == before
    assert _leftovers(project) == []


def test_a_forged_journal_touches_nothing_but_generated_pages(tmp_path: Path) -> None:
    project = tmp_path / "project"
    seeds, docs = project / "seeds", project / "docs"
    _write(seeds, OLD_SEEDS)
    build(seeds, docs)
    secret = project / "keep.txt"
    secret.write_text("the user's file", encoding="utf-8")
    (docs / "about.md").write_text("hand-written", encoding="utf-8")
    (docs / "discussions" / "photo.png").write_text("the user's picture", encoding="utf-8")
    before = snapshot_text(docs)
    for steps in (
        [["remove", "../keep.txt"]],
        [["remove", "discussions/photo.png"]],
        [["move", "x.md", "discussions/.htaccess"]],
        [["remove", "about.md"]],
        [["move", "../keep.txt", "discussions/x.md"]],
        [["move", "x.md", "../keep.txt"]],
        [["remove", "discussions/../../keep.txt"]],
    ):
        for header in ({"staging": "."}, {"staging": ".."}, {"staging": ".generator-staging-abcdefgh"}):
            lines = [json.dumps(header), *(json.dumps(step) for step in steps)]
            (project / ".generator-journal").write_text("\n".join(lines) + "\n", encoding="utf-8")
            assert journal.recover(docs)
            assert not (project / ".generator-journal").exists()
            assert secret.read_text(encoding="utf-8") == "the user's file"
            assert snapshot_text(docs) == before
    (project / ".generator-journal").write_text("[" * 100_000, encoding="utf-8")
    assert _build(seeds, docs)[0] == 0
    assert snapshot_text(docs) == before and secret.exists()


def test_a_failed_second_rename_puts_the_old_site_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Where the atomic exchange is missing, the swap is two renames; if the second fails, the
    # old site goes back in place (never no site at all) and the error is raised.
    site, fresh = tmp_path / "site", tmp_path / ".generator-site-abcdefgh"
    site.mkdir()
    (site / "index.html").write_text("old", encoding="utf-8")
    fresh.mkdir()
    monkeypatch.setattr(swap_module, "_exchange", lambda first, second: False)
    rename = os.rename

    def failing(source: object, target: object) -> None:
        if Path(str(source)) == fresh:
            raise OSError(28, "No space left on device")
        rename(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(swap_module.os, "rename", failing)
    with pytest.raises(OSError):
        swap_module.swap(fresh, site)
    assert (site / "index.html").read_text(encoding="utf-8") == "old"


# ---------------------------------------------------------------------------------------------
# One build at a time, and site/ swapped in at once: never missing, partial or nested.


def _site_command(project: Path) -> list[str]:
    """``python -m generator site`` (what ``make site`` runs) of ``project``."""
    return [
        sys.executable,
        "-m",
        "generator",
        "site",
        "-f",
        "mkdocs.yml",
        "--site-dir",
        str(project / "site"),
    ]


def _make_site(project: Path) -> int:
    """Run ``python -m generator site`` of ``project`` to its end; its exit status."""
    return subprocess.run(_site_command(project), cwd=project, capture_output=True, check=False).returncode


def _site_files(site: Path) -> list[str]:
    """The pages of a built site."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


@pytest.mark.parametrize("what", ["docs", "site"])
def test_a_second_build_waits_for_the_first_and_says_so(what: str, tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", {"a.txt": SEED})
    lock_file = project / (LOCK_FILE if what == "docs" else swap.SITE_LOCK)
    if what == "docs":
        command = [sys.executable, "-m", "generator", "build", "--seeds", "seeds", "--docs", "docs"]
        done = project / "docs" / PAGE
    else:
        command = _site_command(project)
        done = project / "site" / "index.html"
    with lock.exclusive(lock_file):  # the first build, as far as the second can tell
        second = subprocess.Popen(
            command, cwd=project, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True
        )
        assert second.stderr is not None
        said = second.stderr.readline()
        assert said.endswith(f"{lock_file.name}: another build is running; waiting for it to finish\n")
        assert not done.exists()
    second.communicate(timeout=600)
    assert second.returncode == 0
    assert done.is_file()
    assert not lock_file.exists()


def test_two_site_builds_at_once_leave_a_whole_site_at_every_instant(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", {"a.txt": SEED})
    site = project / "site"
    assert (
        subprocess.run(_site_command(project), cwd=project, capture_output=True, check=False).returncode == 0
    )
    expected = _site_files(site)
    missing: list[str] = []
    stop = threading.Event()

    def watch() -> None:
        # A reader of the site (a browser, a deploy) opening its home page all along.
        while not stop.is_set():
            try:
                with (site / "index.html").open("rb") as page:
                    if b"</html>" not in page.read():
                        missing.append("partial")
            except OSError as error:
                missing.append(str(error))

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        for round_ in range(3):
            (project / "docs" / "about.md").write_text(f"# About\n\nRound {round_}.\n", encoding="utf-8")
            builds = [
                subprocess.Popen(
                    _site_command(project), cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
                )
                for _ in range(2)
            ]
            for build_ in builds:
                _, err = build_.communicate(timeout=600)
                assert build_.returncode == 0, err
            assert _site_files(site) == expected
            assert f"Round {round_}." in (site / "about.html").read_text(encoding="utf-8")
            assert not [p for p in site.iterdir() if p.name.startswith(".")]  # nothing nested
            assert _leftovers(project) == []
    finally:
        stop.set()
        watcher.join()
    assert missing == []


def test_a_site_build_killed_at_random_moments_leaves_a_whole_site(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", {"a.txt": SEED})
    site = project / "site"
    assert (
        subprocess.run(_site_command(project), cwd=project, capture_output=True, check=False).returncode == 0
    )
    old = _site_files(site)
    new = sorted([*old, "discussions/delta-title-for-the-test.html"])
    (project / "seeds" / "d.txt").write_text(NEW_SEEDS["d.txt"], encoding="utf-8")
    rng = random.Random(2)
    outcomes = []
    for _ in range(6):
        build_ = subprocess.Popen(
            _site_command(project),
            cwd=project,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        time.sleep(rng.uniform(0.1, 2.0))
        os.killpg(build_.pid, signal.SIGKILL)  # the command and MkDocs under it
        build_.wait()
        outcomes.append(_site_files(site))
        assert outcomes[-1] in (old, new)
        assert "</html>" in (site / "index.html").read_text(encoding="utf-8")
    assert (
        subprocess.run(_site_command(project), cwd=project, capture_output=True, check=False).returncode == 0
    )
    assert _site_files(site) == new
    assert _leftovers(project) == []


def test_two_builds_of_docs_at_once_leave_it_whole(tmp_path: Path) -> None:
    old, new = _states(tmp_path)
    project = tmp_path / "project"
    seeds, docs = project / "seeds", project / "docs"
    for round_ in range(4):
        _write(seeds, OLD_SEEDS if round_ % 2 else NEW_SEEDS)
        command = [sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--docs", str(docs)]
        builds = [
            subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            for _ in range(2)
        ]
        for build_ in builds:
            _, err = build_.communicate(timeout=600)
            assert build_.returncode == 0, err
            said = [line for line in err.splitlines() if ": note: " not in line]
            assert said in (
                [],
                [f"{project / LOCK_FILE}: another build is running; waiting for it to finish"],
            )
        assert snapshot_text(docs) == (old if round_ % 2 else new)
        assert _leftovers(project) == []


def test_staging_folders_of_killed_builds_are_removed_and_nothing_else(tmp_path: Path) -> None:
    project = tmp_path / "project"
    seeds, docs = project / "seeds", project / "docs"
    _write(seeds, OLD_SEEDS)
    left = [".generator-staging-ab12cd_x", ".generator-k2j4h5g6"]  # this version's, an earlier one's
    kept = [".generator-staging-notours", ".generator-notes", "generator-abcdefgh", CACHE_FILE]
    for name in left + kept:
        (project / name).mkdir(parents=True)
        (project / name / "page.md").write_text("x", encoding="utf-8")
    assert _build(seeds, docs)[0] == 0
    assert sorted(p.name for p in project.iterdir() if p.name not in ("seeds", "docs")) == sorted(kept)


def test_a_link_swapped_back_while_resolved_is_refused_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # realpath read the entry as a link, then readlink found a plain file (EINVAL): the seed
    # changed while being read, and is refused as such rather than as an unreadable file.
    seeds, _ = _project(tmp_path)
    seed = seeds / "b.txt"
    seed.write_text(SEED, encoding="utf-8")
    real = os.path.realpath

    def swapped_back(path: Any, *args: Any, **kwargs: Any) -> str:
        if Path(path) == seed:
            raise OSError(errno.EINVAL, "Invalid argument", str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(seedfile.os.path, "realpath", swapped_back)
    with pytest.raises(SeedError, match=r"b\.txt:1: expected a seed inside .*; it changed while being read"):
        seedfile.read(seed, seeds)
