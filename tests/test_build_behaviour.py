"""What a build does to docs/: slug collisions, writing only changed pages, removing stale ones.

Run through ``python -m generator build`` and through the MkDocs hook (a real ``mkdocs build``),
since ``mkdocs serve`` rebuilds whenever the hook touches a file.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.pages.paths import PAGE_DIR, page_path
from tests.reference import SITE_PAGES
from tests.sitebuild import (
    SEEDS,
    SiteBuild,
    age,
    make_project,
    repo_seeds,
    run_generator,
    run_mkdocs,
    snapshot,
    write_seeds,
)

SEED_000 = "000_82b469e70e26f95b.txt"
SEED_001 = "001_66734cbd72f3e3fc.txt"
SLUG_000 = "author-pov-viktor-belenko-hero-or-traitor"
SLUG_001 = "russian-pilot-escaped-to-usa-on-super-secret-air-force-mig-25-jet"


SITE_WIDE = {path for path, _ in SITE_PAGES}
"""The site-wide pages (index.md …): every build writes them, whatever the seeds."""


def pages(docs: Path) -> list[str]:
    """The generated files of ``docs``: Markdown pages and the feed."""
    return sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*") if p.suffix in (".md", ".xml"))


def discussion_pages(docs: Path) -> list[str]:
    return sorted(p.relative_to(docs).as_posix() for p in (docs / PAGE_DIR).glob("*.md"))


@pytest.mark.parametrize("order", [("a", "b"), ("b", "a")])
def test_slug_collision_gets_a_deterministic_suffix_and_a_warning(
    tmp_path: Path, order: tuple[str, str]
) -> None:
    """The later seed by name gets ``-2``, whichever file was written first."""
    seed = (SEEDS / SEED_001).read_bytes()
    for letter in order:
        write_seeds(tmp_path, {f"{letter}.txt": seed})
    result = run_generator(tmp_path, "build")
    assert result.returncode == 0, result.stderr
    assert discussion_pages(tmp_path / "docs") == sorted([page_path(SLUG_001), page_path(f"{SLUG_001}-2")])
    assert result.stdout.splitlines()[:2] == [
        f"seeds/a.txt: discussions/{SLUG_001}.md: 11 comments in 10 threads",
        f"seeds/b.txt: discussions/{SLUG_001}-2.md: 11 comments in 10 threads",
    ]
    warnings = [line for line in result.stderr.splitlines() if ": warning: " in line]
    assert warnings == [
        f"seeds/b.txt:1: warning: slug '{SLUG_001}' is taken by seeds/a.txt; this page is '{SLUG_001}-2'"
    ]


def test_same_seeds_give_identical_pages(tmp_path: Path) -> None:
    for folder in ("one", "two"):
        write_seeds(tmp_path / folder, repo_seeds())
        assert run_generator(tmp_path / folder, "build").returncode == 0
    one = {name: data for name, (data, _) in snapshot(tmp_path / "one" / "docs").items()}
    two = {name: data for name, (data, _) in snapshot(tmp_path / "two" / "docs").items()}
    assert one == two


def test_second_build_writes_nothing(tmp_path: Path) -> None:
    write_seeds(tmp_path, repo_seeds())
    first = run_generator(tmp_path, "build")
    assert f"{2 + len(SITE_WIDE)} pages written, 0 removed" in first.stdout
    assert set(pages(tmp_path / "docs")) == {page_path(SLUG_000), page_path(SLUG_001)} | SITE_WIDE
    age(tmp_path / "docs")
    before = snapshot(tmp_path / "docs")
    second = run_generator(tmp_path, "build")
    assert second.returncode == 0, second.stderr
    assert re.search(r"; (0 pages written, 0 removed|nothing changed) in ", second.stdout), second.stdout
    assert snapshot(tmp_path / "docs") == before


def test_editing_a_seed_rewrites_its_page_and_the_index_only(tmp_path: Path) -> None:
    write_seeds(tmp_path, repo_seeds())
    run_generator(tmp_path, "build")
    age(tmp_path / "docs")
    before = snapshot(tmp_path / "docs")
    seed = tmp_path / "seeds" / SEED_001
    seed.write_text(seed.read_text("utf-8") + "\n  11. One more comment.\n", "utf-8")
    result = run_generator(tmp_path, "build")
    after = snapshot(tmp_path / "docs")
    changed = {name for name in after if after[name] != before[name]}
    assert page_path(SLUG_001) in changed
    assert "index.md" in changed  # its comment count changed
    assert changed <= {page_path(SLUG_001)} | SITE_WIDE
    assert f"{len(changed)} pages written, 0 removed" in result.stdout


def test_removing_a_seed_removes_its_page(tmp_path: Path) -> None:
    write_seeds(tmp_path, repo_seeds())
    run_generator(tmp_path, "build")
    (tmp_path / "seeds" / SEED_001).unlink()
    result = run_generator(tmp_path, "build")
    assert result.returncode == 0, result.stderr
    assert re.search(r"; \d+ pages written, 1 removed in \d+\.\d s$", result.stdout, re.MULTILINE), (
        result.stdout
    )
    assert discussion_pages(tmp_path / "docs") == [page_path(SLUG_000)]
    assert SLUG_001 not in (tmp_path / "docs" / "index.md").read_text("utf-8")


def test_hand_written_pages_survive_a_build(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", repo_seeds())
    hand_written = snapshot(project / "docs")
    assert run_generator(project, "build").returncode == 0
    after = snapshot(project / "docs")
    assert {name: after[name] for name in hand_written} == hand_written


# The hook, through real `mkdocs build` runs.


@pytest.fixture
def hook_build(tmp_path: Path) -> SiteBuild:
    """A project built once by mkdocs, its generated pages aged so any rewrite shows."""
    project = make_project(tmp_path / "project", repo_seeds())
    build = run_mkdocs(project, project / "site")
    assert build.result.returncode == 0, build.result.stderr
    age(project / "docs")
    return build


def hook_log(stderr: str) -> str:
    match = re.search(r"generator: \d+ discussions, \d+ pages written, \d+ removed", stderr)
    assert match, stderr
    return match[0]


def test_hook_generates_the_pages(hook_build: SiteBuild) -> None:
    written = 2 + len(SITE_WIDE)
    assert (
        hook_log(hook_build.result.stderr) == f"generator: 2 discussions, {written} pages written, 0 removed"
    )
    assert (hook_build.site / "discussions" / f"{SLUG_001}.html").is_file()


def test_hook_rebuild_writes_nothing(hook_build: SiteBuild) -> None:
    before = snapshot(hook_build.project / "docs")
    again = run_mkdocs(hook_build.project, hook_build.site)
    assert again.result.returncode == 0, again.result.stderr
    assert hook_log(again.result.stderr) == "generator: 2 discussions, 0 pages written, 0 removed"
    assert snapshot(hook_build.project / "docs") == before


def test_hook_rejected_seed_fails_the_build_and_keeps_the_pages(hook_build: SiteBuild) -> None:
    project = hook_build.project
    before = snapshot(project / "docs")
    write_seeds(project, {"050_bad.txt": b""})
    failed = run_mkdocs(project, project / "site-failed")
    assert failed.result.returncode == 1
    assert "Traceback" not in failed.result.stderr
    output = failed.result.stderr.replace(str(project) + "/", "")
    assert re.search(r"^seeds/050_bad\.txt:1: \S", output, re.MULTILINE), output
    assert snapshot(project / "docs") == before


def test_hook_removing_a_seed_removes_its_page(hook_build: SiteBuild) -> None:
    project = hook_build.project
    (project / "seeds" / SEED_001).unlink()
    again = run_mkdocs(project, hook_build.site)
    assert again.result.returncode == 0, again.result.stderr
    assert re.fullmatch(
        r"generator: 1 discussions, \d+ pages written, 1 removed", hook_log(again.result.stderr)
    )
    assert not (project / "docs" / page_path(SLUG_001)).exists()
    assert not (hook_build.site / "discussions" / f"{SLUG_001}.html").exists()
    assert (hook_build.site / "discussions" / f"{SLUG_000}.html").is_file()
