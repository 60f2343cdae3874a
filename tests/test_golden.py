"""The generated Markdown of the repository's seeds, byte for byte against tests/golden/.

A failure after an intended change of the output: run ``make golden`` and review the diff.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from generator.pages.paths import page_path
from tests.golden import expected_pages, golden_files
from tests.sitebuild import SiteBuild, repo_discussions

EXPECTED = expected_pages()
HINT = "if the change is intended, run `make golden` and review `git diff tests/golden/`"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_matches_golden_file(name: str) -> None:
    golden = golden_files()
    assert name in golden, f"tests/golden/{name} is missing; {HINT}"
    if golden[name] != EXPECTED[name]:
        diff = difflib.unified_diff(
            golden[name].splitlines(keepends=True),
            EXPECTED[name].splitlines(keepends=True),
            f"tests/golden/{name}",
            "generated",
        )
        pytest.fail("".join(list(diff)[:60]) + f"\n{HINT}", pytrace=False)


def test_no_stale_golden_files() -> None:
    assert sorted(golden_files()) == sorted(EXPECTED), HINT


def test_generation_is_deterministic() -> None:
    assert expected_pages() == EXPECTED


def test_the_build_writes_the_golden_pages(site_build: SiteBuild) -> None:
    """What the MkDocs hook wrote into the session build's docs/ is the golden Markdown."""
    docs = site_build.project / "docs"
    for discussion in repo_discussions():
        written = (docs / page_path(discussion.slug)).read_text("utf-8")
        assert written == EXPECTED[f"{Path(discussion.source).stem}.md"], discussion.source
    assert (docs / "index.md").read_text("utf-8") == EXPECTED["index.md"]
