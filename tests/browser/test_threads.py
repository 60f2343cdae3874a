"""Threads in the browser: collapse and expand, page-wide buttons, links to comments, keyboard."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest

from tests.browser.actions import comment, highlighted, in_viewport, set_hash
from tests.browser.conftest import Served, Tab, open_tab
from tests.browser.deepseed import DEPTH, deepest_id

if TYPE_CHECKING:
    from playwright.sync_api import Browser

AUTHOR_POV = "discussions/author-pov-viktor-belenko-hero-or-traitor.html"
"""Seed 000's page; its comment #1 has replies with replies of their own."""


def test_collapsing_a_comment_hides_its_replies_and_shows_how_many(site: Served, tab: Tab) -> None:
    tab.goto(site.url + AUTHOR_POV)
    details = tab.page.locator(comment("c1"))
    replies = details.locator(":scope > .comment-replies")
    hidden_label = details.locator(":scope > summary > .comment-collapsed")
    count = details.locator(".comment-replies details.comment").count()
    assert count >= 3
    assert replies.is_visible() and not hidden_label.is_visible()

    details.locator(":scope > summary").click()
    assert not replies.is_visible()
    assert details.locator(":scope > h3").is_hidden()
    assert hidden_label.is_visible()
    # Who, how many replies, and the first words: enough to tell the threads apart.
    label = " ".join(hidden_label.inner_text().split())
    assert label.startswith(f"Anonymous #1 · {count} replies hidden I suppose that by definition")

    details.locator(":scope > summary").click()
    assert replies.is_visible() and not hidden_label.is_visible()
    assert details.locator(".comment-replies h3.comment-title").count() == count
    assert all(h.is_visible() for h in details.locator(".comment-replies h3.comment-title").all())


def test_collapse_all_and_expand_all(site: Served, tab: Tab) -> None:
    tab.goto(site.url + AUTHOR_POV)
    page = tab.page
    total = page.locator("details.comment").count()
    threads = page.locator(".thread").count()
    page.get_by_role("button", name="Collapse all").click()
    assert page.locator("details.comment[open]").count() == 0
    assert page.locator("details.comment > summary:visible").count() == threads
    assert page.locator("h3.comment-title:visible").count() == 0
    page.get_by_role("button", name="Expand all").click()
    assert page.locator("details.comment[open]").count() == total
    assert page.locator("h3.comment-title:visible").count() == total


def test_the_buttons_sit_beside_the_comments_heading(site: Served, tab: Tab) -> None:
    tab.goto(site.url + AUTHOR_POV)
    heading = tab.page.locator("h2#comments").bounding_box()
    tools = tab.page.locator(".thread-tools").bounding_box()
    assert heading and tools
    # Same line: the buttons' vertical middle falls within the heading's box, to its right.
    assert heading["y"] <= tools["y"] + tools["height"] / 2 <= heading["y"] + heading["height"]
    assert tools["x"] > heading["x"] + 100


def test_a_link_opens_the_collapsed_threads_around_its_target(deep_url: str, tab: Tab) -> None:
    tab.goto(deep_url)
    tab.page.get_by_role("button", name="Collapse all").click()
    target = deepest_id()
    set_hash(tab, target)
    tab.page.wait_for_function(
        "id => document.getElementById(id).getBoundingClientRect().height > 0", arg=target
    )
    assert tab.page.locator(f"details.comment:has(h3#{target}):not([open])").count() == 0
    assert in_viewport(tab, target)
    assert highlighted(tab, target)


@pytest.mark.parametrize("depth", [0, 3, DEPTH])
def test_opening_a_comment_link_scrolls_to_it_and_highlights_it(deep_url: str, tab: Tab, depth: int) -> None:
    target = deepest_id(depth)
    tab.goto(f"{deep_url}#{target}")
    assert in_viewport(tab, target)
    assert highlighted(tab, target)
    others = tab.page.locator(f"h3.comment-title:not(#{target})").all()
    assert not any(highlighted(tab, h.get_attribute("id") or "") for h in others)


def test_every_link_to_a_comment_lands_on_an_existing_comment(site: Served, tab: Tab) -> None:
    """ "in reply to" links, cross-references, addressees and reposts point at comment headings."""
    checked = 0
    for url in site.discussions():
        tab.goto(url)
        hrefs = tab.page.eval_on_selector_all(
            "details.comment a[href^='#']:not(.comment-permalink)",
            "links => links.map(a => a.getAttribute('href'))",
        )
        assert hrefs, url
        for href in hrefs:
            assert tab.page.locator(f"h3.comment-title[id='{href[1:]}']").count() == 1, (url, href)
        checked += len(hrefs)
    assert checked > 50


LINK_KINDS = ["comment-parent", "comment-xref", "comment-addressee-link", "comment-duplicate-link"]
"""The links between comments: "in reply to", "(9 above)", the name addressed, the other copy."""


@pytest.mark.parametrize("kind", LINK_KINDS)
def test_following_a_link_between_comments_shows_the_comment_it_names(
    site: Served, tab: Tab, kind: str
) -> None:
    followed = 0
    for url in site.discussions():
        tab.goto(url)
        # The last one on the page: the farthest from the top, so the page must scroll.
        links = tab.page.locator(f"details.comment a.{kind}[href^='#']")
        if not links.count():
            continue
        link = links.last
        href = link.get_attribute("href") or ""
        link.scroll_into_view_if_needed()
        link.click()
        tab.page.wait_for_function("h => location.hash === h", arg=href)
        assert in_viewport(tab, href[1:]), (url, href)
        assert highlighted(tab, href[1:]), (url, href)
        followed += 1
    assert followed, f"no {kind} link on any discussion page"


def focused(tab: Tab) -> str:
    """What has the keyboard focus: ``summary:<comment id>`` for a collapse control."""
    return str(
        tab.page.evaluate(
            """() => { const e = document.activeElement;
                       if (e.matches('details.comment > summary'))
                         return 'summary:' + e.parentElement.querySelector(':scope > h3').id;
                       return e.tagName + ':' + (e.id || e.getAttribute('href') || e.textContent.trim()); }"""
        )
    )


def test_the_keyboard_reaches_and_works_every_collapse_control(deep_url: str, tab: Tab) -> None:
    tab.goto(deep_url)
    page = tab.page
    ids = page.eval_on_selector_all("h3.comment-title", "hs => hs.map(h => h.id)")
    seen: list[str] = []
    for _ in range(400):
        page.keyboard.press("Tab")
        seen.append(focused(tab))
        if seen[-1] == f"summary:{ids[-1]}":
            break
    summaries = [item.removeprefix("summary:") for item in seen if item.startswith("summary:")]
    assert summaries == ids  # every control, in reading order
    assert "BUTTON:Collapse all" in seen and "BUTTON:Expand all" in seen

    page.locator(f"{comment('c1')} > summary").focus()
    page.keyboard.press("Enter")
    assert page.locator(comment("c1")).get_attribute("open") is None
    assert re.search(r"#1 · \d+ replies hidden", page.locator(f"{comment('c1')} > summary").inner_text())
    page.keyboard.press("Space")
    assert page.locator(comment("c1")).get_attribute("open") == ""


def test_threads_collapse_and_expand_without_javascript(site: Served, browser: Browser) -> None:
    tab = open_tab(browser, java_script_enabled=False)
    try:
        tab.goto(site.url + AUTHOR_POV)
        details = tab.page.locator(comment("c1"))
        summary = details.locator(":scope > summary")
        assert tab.page.locator(".thread-tools").count() == 0  # the buttons need the script
        summary.click()
        assert details.locator(":scope > .comment-replies").is_hidden()
        assert re.fullmatch(r".+ #1 · \d+ replies hidden\s+I suppose .+ …", summary.inner_text())
        summary.click()
        assert details.locator(":scope > .comment-replies").is_visible()
    finally:
        tab.page.context.close()


def test_the_script_opens_the_threads_around_the_linked_comment(deep_url: str, tab: Tab) -> None:
    """Chromium opens them by itself on a fragment navigation; other browsers rely on the script."""
    target = deepest_id(4)
    tab.goto(f"{deep_url}#{target}")
    tab.page.get_by_role("button", name="Collapse all").click()
    assert not in_viewport(tab, target)
    tab.page.evaluate("window.dispatchEvent(new HashChangeEvent('hashchange'))")
    assert tab.page.locator(f"details.comment:has(h3#{target}):not([open])").count() == 0
    assert in_viewport(tab, target)


def test_a_focused_collapse_control_shows_a_focus_ring(deep_url: str, tab: Tab) -> None:
    tab.goto(deep_url)
    tab.page.locator(".thread-tools__button").last.focus()
    for _ in range(5):  # past the thread overview's links
        tab.page.keyboard.press("Tab")
        if focused(tab) == "summary:c1":
            break
    assert focused(tab) == "summary:c1"
    style = tab.page.evaluate(
        "() => [getComputedStyle(document.activeElement).outlineStyle,"
        " getComputedStyle(document.activeElement).outlineWidth]"
    )
    assert style[0] == "solid" and style[1] != "0px", style
