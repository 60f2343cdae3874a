"""Hardening of the build against its file system: a damaged or odd cache, odd file names, a
seed swapped for a symlink while it is read, a forged cache line, failures and kills halfway
through putting pages in place, and two builds at once."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from generator.build.manifest import CACHE_FILE
from tests.seedkit import SEED, cli
from tests.sitebuild import make_project, run_mkdocs, snapshot

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
    assert out.splitlines()[0] == f"{shown}: discussions/xffx.md: 1 comments in 1 threads"
    assert err == f"{shown}:1: warning: no title line; using '\\\\xffx' from the file name\n"
    assert "<h1>\\xffx</h1>" in (docs / "discussions" / "xffx.md").read_text(encoding="utf-8")
    # Printed again, from the manifest, by a build that finds nothing changed.
    assert out.splitlines()[-1].endswith(" pages written, 0 removed")
    assert _build(seeds, docs, env) == (0, "".join(out.splitlines(keepends=True)[:-1]), err)


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
