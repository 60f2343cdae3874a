"""Reading a long discussion (issue 15): density, the thread overview, context on arrival,
keyboard and touch navigation, the page's timeline. Measured on the Belenko page (seed 000)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from tests.browser.actions import comment, in_viewport
from tests.browser.conftest import ARTIFACTS, Served, Tab, open_tab

if TYPE_CHECKING:
    from playwright.sync_api import Browser

AUTHOR_POV = "discussions/author-pov-viktor-belenko-hero-or-traitor.html"
"""Seed 000's page: 75 comments in 31 threads, 67 of them anonymous."""

# One-line comments: a leaf whose text is one paragraph of one line. Heights in CSS pixels.
DENSITY = """() => {
  const all = [...document.querySelectorAll('details.comment')];
  const oneLine = all.filter(d => {
    const ps = d.querySelectorAll(':scope > .comment-body p');
    return !d.querySelector('.comment-replies') && ps.length === 1
      && ps[0].getBoundingClientRect().height < 1.5 * parseFloat(getComputedStyle(ps[0]).lineHeight);
  });
  const first = all[0].getBoundingClientRect().top;
  const last = all[all.length - 1].getBoundingClientRect().bottom;
  return {
    heights: oneLine.map(d => d.getBoundingClientRect().height),
    perScreen: all.length / ((last - first) / innerHeight),
  };
}"""

LIMITS = {"tab": 60, "phone": 75}
"""The tallest a one-line comment may be, at 1280 and at 375 px."""

PER_SCREEN = {"tab": 4.75, "phone": 2.6}
"""Comments per screen to keep: before issue 15 the page showed 4.05 (1280 px) and 1.93 (375 px);
4.79 and 2.66 with one meta line, tighter gaps between threads and the phone's text unindented.
Text is three quarters of the height at 1280 px (464 lines of 22.5 px in a 14,079 px span), so
twice the comments per screen would need smaller or longer lines than read well."""


@pytest.mark.parametrize("device", ["tab", "phone"])
def test_a_one_line_comment_takes_one_meta_line_and_its_text(
    site: Served, device: str, request: pytest.FixtureRequest
) -> None:
    tab: Tab = request.getfixturevalue(device)
    tab.goto(site.url + AUTHOR_POV)
    density = tab.page.evaluate(DENSITY)
    assert len(density["heights"]) >= 5
    assert max(density["heights"]) <= LIMITS[device], density
    assert density["perScreen"] >= PER_SCREEN[device], density
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"density-{device}.json").write_text(json.dumps(density))


def test_name_number_parent_and_replies_share_one_line(site: Served, tab: Tab) -> None:
    tab.goto(site.url + AUTHOR_POV)
    boxes = tab.page.evaluate(
        """sel => { const d = document.querySelector(sel);
                    const r = e => { const b = e.getBoundingClientRect(); return [b.top, b.bottom]; };
                    return [r(d.querySelector(':scope > h3 .comment-author')),
                            r(d.querySelector(':scope > .comment-meta .comment-parent')),
                            r(d.querySelector(':scope > .comment-body'))]; }""",
        comment("c1-1"),
    )
    (name_top, name_bottom), (parent_top, parent_bottom), (body_top, _) = boxes
    assert parent_top < name_bottom and name_top < parent_bottom  # the same line
    assert body_top >= name_bottom - 1


@pytest.mark.parametrize("device", ["tab", "phone"])
def test_the_collapse_control_is_a_44px_target_that_adds_no_height(
    site: Served, device: str, request: pytest.FixtureRequest
) -> None:
    tab: Tab = request.getfixturevalue(device)
    tab.goto(site.url + AUTHOR_POV)
    tab.page.locator(comment("c9-1")).scroll_into_view_if_needed()
    summary = tab.page.locator(f"{comment('c9-1')} > summary").bounding_box()
    assert summary and summary["width"] >= 44 and summary["height"] >= 44
    # The comment is as tall as its line and text: the control lies over them.
    heights = tab.page.evaluate(
        """sel => { const d = document.querySelector(sel);
                    const cs = getComputedStyle(d.querySelector('summary'));
                    return [cs.position, d.getBoundingClientRect().height]; }""",
        comment("c9-1"),
    )
    assert heights[0] == "absolute" and heights[1] <= LIMITS[device]
    # And it works: a click at its edge (not on the triangle) collapses the comment.
    tab.page.mouse.click(summary["x"] + 2, summary["y"] + 2)
    assert tab.page.locator(comment("c9-1")).get_attribute("open") is None


def test_the_thread_overview_lists_every_thread_in_the_right_column(site: Served, tab: Tab) -> None:
    tab.goto(site.url + AUTHOR_POV)
    page = tab.page
    links = page.locator(".thread-overview nav a")
    threads = page.locator(".thread").count()
    assert threads == 31 and links.count() == threads
    assert links.first.is_visible()  # open without a click at this width
    first = links.first.inner_text()
    assert first.startswith("Anonymous") and "I suppose that by definition" in first
    overview = page.locator(".thread-overview").bounding_box()
    text = page.locator(".comment-body").first.bounding_box()
    assert overview and text and overview["x"] >= text["x"] + text["width"]  # beside the comments
    links.nth(20).click()
    page.wait_for_function("() => location.hash === '#c21'")
    assert in_viewport(tab, "c21")


def test_on_a_phone_the_overview_is_one_closed_line(site: Served, phone: Tab) -> None:
    phone.goto(site.url + AUTHOR_POV)
    summary = phone.page.locator(".thread-overview summary")
    assert summary.inner_text() == "Threads (31)"
    assert not phone.page.locator(".thread-overview nav a").first.is_visible()
    summary.click()
    assert phone.page.locator(".thread-overview nav a").first.is_visible()


def test_the_overview_and_collapsed_words_work_without_javascript(site: Served, browser: Browser) -> None:
    tab = open_tab(browser, java_script_enabled=False, viewport={"width": 1280, "height": 900})
    try:
        tab.goto(site.url + AUTHOR_POV)
        assert tab.page.locator(".thread-overview nav a").first.is_visible()
        summary = tab.page.locator(f"{comment('c2')} > summary")
        summary.click()
        assert "The stigma of traitorous activity" in summary.inner_text()
    finally:
        tab.page.context.close()


def test_a_collapsed_comment_shows_its_first_words_on_one_row(site: Served, tab: Tab) -> None:
    tab.goto(site.url + AUTHOR_POV)
    tab.page.get_by_role("button", name="Collapse all").click()
    rows = tab.page.locator("details.comment > summary:visible")
    assert rows.count() == 31
    texts = rows.all_inner_texts()
    assert len(set(texts)) == len(texts)  # no two rows alike: a reader can pick a thread
    assert texts[0].startswith("Anonymous #1 · 9 replies hidden") and "I suppose" in texts[0]
    heights = {round(box["height"]) for row in rows.all() if (box := row.bounding_box())}
    assert max(heights) <= 48  # one row each, however long the first words


def test_overview_and_first_words_stay_out_of_the_search_index(site: Served) -> None:
    index = json.loads((site.root / "search" / "search_index.json").read_text())
    page = [doc for doc in index["docs"] if doc["location"].startswith(AUTHOR_POV)]
    assert page
    text = " ".join(doc["text"] for doc in page)
    assert "Threads (31)" not in text and "replies hidden" not in text
    # The first words appear once: in the comment's own section only.
    assert text.count("I suppose that by definition, Belenko is a traitor") == 1


def test_a_link_to_a_reply_shows_its_parent_above_it(site: Served, browser: Browser) -> None:
    for viewport in ({"width": 1280, "height": 900}, {"width": 375, "height": 812}):
        tab = open_tab(browser, viewport=viewport)
        try:
            tab.goto(site.url + AUTHOR_POV + "#c21-1-2")
            assert in_viewport(tab, "c21-1-2")
            parent_in_view = in_viewport(tab, "c21-1")
            quote = tab.page.locator(f"{comment('c21-1-2')} > .comment-context")
            assert parent_in_view or quote.is_visible(), viewport
            if parent_in_view:
                above = tab.page.evaluate(
                    "() => document.getElementById('c21-1').getBoundingClientRect().top"
                    " < document.getElementById('c21-1-2').getBoundingClientRect().top"
                )
                assert above
            tab.page.screenshot(path=ARTIFACTS / f"arrival-c21-1-2-{viewport['width']}.png")
        finally:
            tab.page.context.close()


def test_show_parent_quotes_the_parent_in_place(site: Served, tab: Tab) -> None:
    tab.goto(site.url + AUTHOR_POV)
    reply = tab.page.locator(comment("c21-1-2"))
    button = reply.get_by_role("button", name="Show parent #21.1")
    assert button.get_attribute("aria-expanded") == "false"
    button.click()
    quote = reply.locator(":scope > .comment-context")
    parent_text = tab.page.locator(f"{comment('c21-1')} > .comment-body").inner_text()
    assert quote.is_visible() and parent_text[:60] in quote.inner_text()
    assert button.get_attribute("aria-expanded") == "true"
    assert tab.page.evaluate("() => location.hash") == ""  # the reader stayed where they were
    button.click()
    assert quote.count() == 0


def test_the_comments_link_at_the_top_jumps_to_the_comments(site: Served, tab: Tab) -> None:
    tab.goto(site.url + AUTHOR_POV)
    link = tab.page.get_by_role("link", name="Comments (75)")
    box = link.bounding_box()
    assert box and box["y"] < 300
    link.click()
    tab.page.wait_for_function("() => location.hash === '#comments'")
    assert tab.page.locator("h2#comments").bounding_box()["y"] < 200  # type: ignore[index]


def focused_comment(tab: Tab) -> str:
    """The id of the comment heading that has the focus ("" if none)."""
    return str(
        tab.page.evaluate("() => document.activeElement.matches('h3') ? document.activeElement.id : ''")
    )


def test_j_k_n_p_move_between_comments_and_threads(site: Served, tab: Tab) -> None:
    tab.goto(site.url + AUTHOR_POV)
    keyboard = tab.page.keyboard
    keyboard.press("j")
    assert focused_comment(tab) == "c1" and in_viewport(tab, "c1")
    keyboard.press("j")
    assert focused_comment(tab) == "c1-1"
    keyboard.press("n")
    assert focused_comment(tab) == "c2" and in_viewport(tab, "c2")
    keyboard.press("n")
    keyboard.press("p")
    assert focused_comment(tab) == "c2"
    keyboard.press("k")
    assert focused_comment(tab) == "c1-3-1" or focused_comment(tab).startswith("c1")
    # Typing in the search box is left alone.
    tab.page.locator(".md-search__input").focus()
    keyboard.press("j")
    assert tab.page.locator(".md-search__input").input_value() == "j"


def test_touch_screens_get_buttons_for_the_same_moves(site: Served, phone: Tab, tab: Tab) -> None:
    phone.goto(site.url + AUTHOR_POV)
    buttons = phone.page.locator(".thread-nav button")
    assert buttons.count() == 4 and all(b.is_visible() for b in buttons.all())
    box = buttons.first.bounding_box()
    assert box and box["width"] >= 44 and box["height"] >= 44
    phone.page.get_by_role("button", name="Next thread").click()
    phone.page.get_by_role("button", name="Next thread").click()
    assert focused_comment(phone) == "c2"
    tab.goto(site.url + AUTHOR_POV)  # a mouse and keyboard: no bar over the text
    assert not tab.page.locator(".thread-nav").is_visible()


def test_the_timeline_section_is_in_the_archives_style_with_authors(site: Served, tab: Tab) -> None:
    tab.goto(site.url + AUTHOR_POV)
    box = tab.page.evaluate(
        """() => { const s = getComputedStyle(document.querySelector('details.timeline-toggle'));
                   return [s.borderTopWidth, s.boxShadow, s.backgroundColor]; }"""
    )
    assert box == ["0px", "none", "rgba(0, 0, 0, 0)"]  # not one of Material's note boxes
    sources = tab.page.locator(".timeline-source").all_text_contents()
    assert any(" by " in source for source in sources), sources
