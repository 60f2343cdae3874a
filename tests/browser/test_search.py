"""Material's search box finds words of comments and leads to the comment itself."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator

from tests.browser.actions import highlighted, in_viewport, search
from tests.browser.conftest import Served, Tab

COMMENT_LINK = re.compile(r"discussions/[\w-]+\.html(?:\?[^#]*)?#(c\d+(?:-\d+)*)$")


@pytest.mark.parametrize("device", ["tab", "phone"])
def test_searching_zuyev_lists_comments_and_leads_to_one(
    site: Served, device: str, request: pytest.FixtureRequest
) -> None:
    tab: Tab = request.getfixturevalue(device)
    tab.goto(site.url + "index.html")
    links = search(tab, "Zuyev")
    anchors = [m.group(1) for m in map(COMMENT_LINK.search, links) if m]
    # Seed 000 names Zuyev in three comments (lines 138, 208 and 214 of the seed).
    assert {"c8-1", "c21-1-2", "c21-4"} <= set(anchors), links
    marked = tab.page.locator(".md-search-result__list mark").all_inner_texts()
    assert any(m.lower() == "zuyev" for m in marked), marked

    # Material folds a page's further matches under "more on this page": follow a shown one.
    def result(anchor: str) -> Locator:
        return tab.page.locator(f".md-search-result__list a.md-search-result__link[href$='#{anchor}']").first

    target = next(anchor for anchor in reversed(anchors) if result(anchor).is_visible())
    result(target).click()
    tab.page.wait_for_url(re.compile(f"#{target}$"))
    tab.page.wait_for_load_state("load")
    assert in_viewport(tab, target)
    assert highlighted(tab, target)
    body = tab.page.locator(f"details.comment:has(> h3#{target}) > .comment-body")
    assert "Zuyev" in body.inner_text()
    # search.highlight marks the word searched for on the page the result leads to.
    assert "Zuyev" in body.locator("mark").all_inner_texts()
