"""``search: pagefind``: the search box in the header finds words of comments and leads to the comment."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.project import archive_project
from tests.browser.actions import highlighted, in_viewport, pagefind_search
from tests.browser.conftest import Tab
from tests.browser.server import serve
from tests.conftest import SEEDS
from tests.test_fastpages import mkdocs_build

COMMENT_LINK = re.compile(r"discussions/[\w-]+\.html#(c\d+(?:-\d+)*)$")


@pytest.fixture(scope="module")
def pagefind_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The repository's seeds built with ``search: pagefind``, served over HTTP."""
    site: Path = mkdocs_build(
        archive_project(tmp_path_factory.mktemp("pagefind") / "project", SEEDS, "pagefind")
    )
    with serve(site) as url:
        yield url


@pytest.mark.parametrize("device", ["tab", "phone"])
def test_searching_zuyev_leads_to_a_comment(
    pagefind_url: str, device: str, request: pytest.FixtureRequest
) -> None:
    tab: Tab = request.getfixturevalue(device)
    tab.goto(pagefind_url + "about.html")
    links = pagefind_search(tab, "Zuyev")
    nested = tab.page.locator(".pagefind-ui__result-nested a.pagefind-ui__result-link")
    anchors = [m.group(1) for m in map(COMMENT_LINK.search, links) if m]
    # Seed 000 names Zuyev in three comments (lines 138, 208 and 214 of the seed).
    assert anchors and set(anchors) <= {"c8-1", "c21-1-2", "c21-4"}, links
    marked = tab.page.locator(".pagefind-ui__result-nested mark").all_inner_texts()
    assert any(m.lower() == "zuyev" for m in marked), marked

    target = anchors[0]
    nested.first.click()
    tab.page.wait_for_url(re.compile(f"#{target}$"))
    tab.page.wait_for_load_state("load")
    assert in_viewport(tab, target)
    assert highlighted(tab, target)
