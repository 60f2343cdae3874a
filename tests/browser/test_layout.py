"""Layout and colour: phones without sideways scrolling, capped indentation, light and dark mode."""

from __future__ import annotations

import pytest

from generator.pages.discussion import CONTINUE_DEPTH
from tests.browser.actions import no_sideways_scroll, set_hash, set_scheme
from tests.browser.conftest import ARTIFACTS, Served, Tab
from tests.browser.deepseed import DEPTH, deepest_id

AUTHOR_POV = "discussions/author-pov-viktor-belenko-hero-or-traitor.html"
"""Seed 000's page: it has every kind of text a comment can carry."""

INDENT_CAP = CONTINUE_DEPTH
"""Deepest level that still moves right: deeper replies continue in a block of their own below,
indented again from the first level."""


def test_no_page_scrolls_sideways_on_a_phone(site: Served, phone: Tab) -> None:
    for page in site.pages():
        phone.goto(site.url + page)
        no_sideways_scroll(phone)


def test_discussion_pages_do_not_scroll_sideways_on_a_phone(site: Served, phone: Tab) -> None:
    pages = site.discussions()
    assert len(pages) >= 2
    for url in pages:
        phone.goto(url)
        no_sideways_scroll(phone)
        phone.page.get_by_role("button", name="Collapse all").click()
        no_sideways_scroll(phone)


def test_a_deep_thread_stays_readable_on_a_phone(deep_url: str, phone: Tab) -> None:
    phone.goto(deep_url)
    no_sideways_scroll(phone)
    left = {
        depth: phone.page.locator(
            f"details.comment:has(> h3#{deepest_id(depth)}) > .comment-body"
        ).bounding_box()
        for depth in range(DEPTH + 1)
    }
    assert all(left.values())
    x = {depth: box["x"] for depth, box in left.items() if box}
    width = {depth: box["width"] for depth, box in left.items() if box}
    assert all(x[d] < x[d + 1] for d in range(INDENT_CAP))  # each level moves right ...
    # ... up to the cap, then the thread continues in a block below, from the first level again.
    assert all(x[d] == x[(d - 1) % INDENT_CAP + 1] for d in range(INDENT_CAP + 1, DEPTH + 1))
    assert width[DEPTH] >= 0.6 * width[0]  # the text column stays wide enough to read


def test_thread_lines_show_each_level(deep_url: str, phone: Tab) -> None:
    phone.goto(deep_url)
    lines = phone.page.eval_on_selector_all(
        "details.comment:has(> h3[id^='c1']) > .comment-replies, .thread--continued > .comment-replies",
        "rs => rs.map(r => [getComputedStyle(r).borderLeftStyle, getComputedStyle(r).borderLeftWidth])",
    )
    assert len(lines) == DEPTH  # the comment at the cap has its replies' line in the block below
    assert all(style == "solid" and width != "0px" for style, width in lines[:INDENT_CAP])


def luminance(rgb: tuple[float, float, float]) -> float:
    """WCAG relative luminance of an sRGB colour with channels 0-255."""

    def channel(value: float) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = rgb
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(fg: tuple[float, float, float], bg: tuple[float, float, float]) -> float:
    """WCAG contrast ratio, 1 to 21."""
    light, dark = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


# The text colour of an element and the colour behind it, alpha blended over the page background.
COLOURS = """selector => {
  const parse = c => (c.match(/[\\d.]+/g) || []).map(Number).concat([1]).slice(0, 4);
  const over = (top, under) => top.slice(0, 3).map((v, i) => v * top[3] + under[i] * (1 - top[3]));
  const element = document.querySelector(selector);
  const layers = [];
  for (let e = element; e; e = e.parentElement) layers.push(parse(getComputedStyle(e).backgroundColor));
  let bg = [255, 255, 255];
  for (const layer of layers.reverse()) bg = over(layer, bg);
  return [over(parse(getComputedStyle(element).color), bg), bg];
}"""

TEXTS = {
    "comment text": "details.comment > .comment-body p",
    "author": "details.comment > h3 .comment-author",
    "permalink": "details.comment > h3 .comment-permalink",
    "in reply to": "details.comment > .comment-meta",
    "parent link": "details.comment > .comment-meta a",
    "button": ".thread-tools__button",
    "article": ".article p",
    "page meta": ".discussion-meta",
    "collapsed comment": "details.comment > summary .comment-collapsed",
    "signature": ".comment-signature",
    "addressee": ".comment-meta .comment-addressee-link",
    "cross-reference": ".comment-body .comment-xref",
    "other copy": ".comment-meta .comment-duplicate",
}


def test_the_palette_toggle_switches_to_dark_mode_and_back(site: Served, tab: Tab) -> None:
    tab.goto(site.discussions()[0])
    body = tab.page.locator("body")
    assert body.get_attribute("data-md-color-scheme") == "default"
    set_scheme(tab, "slate")
    background = tab.page.evaluate("getComputedStyle(document.body).backgroundColor")
    tab.goto(site.url + "index.html")  # the choice is remembered across pages
    assert body.get_attribute("data-md-color-scheme") == "slate"
    assert tab.page.evaluate("getComputedStyle(document.body).backgroundColor") == background
    set_scheme(tab, "default")
    assert tab.page.evaluate("getComputedStyle(document.body).backgroundColor") != background


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_text_is_readable_in_light_and_dark_mode(site: Served, tab: Tab, scheme: str) -> None:
    """Every kind of text on a discussion page has WCAG AA contrast (4.5:1) with what is behind it."""
    tab.goto(site.url + AUTHOR_POV)
    set_scheme(tab, scheme)
    ratios = {
        name: round(contrast(*tab.page.evaluate(COLOURS, selector)), 2) for name, selector in TEXTS.items()
    }
    assert {name: ratio for name, ratio in ratios.items() if ratio < 4.5} == {}


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_a_highlighted_comment_is_readable_and_stands_out(deep_url: str, tab: Tab, scheme: str) -> None:
    tab.goto(f"{deep_url}#{deepest_id(2)}")
    set_scheme(tab, scheme)
    target = f"details.comment:has(> h3#{deepest_id(2)}) > .comment-body p"
    other = f"details.comment:has(> h3#{deepest_id(1)}) > .comment-body p"
    fg, bg = tab.page.evaluate(COLOURS, target)
    _, page_bg = tab.page.evaluate(COLOURS, other)
    assert contrast(fg, bg) >= 4.5, (fg, bg)
    assert contrast(bg, page_bg) >= 1.05, (bg, page_bg)  # visibly tinted


SHOTS = [("light", "default", "tab"), ("dark", "slate", "tab"), ("375px", "default", "phone")]


@pytest.mark.parametrize(("label", "scheme", "device"), SHOTS)
def test_screenshots_of_the_discussion_pages(
    site: Served, deep_url: str, label: str, scheme: str, device: str, request: pytest.FixtureRequest
) -> None:
    """Pictures for a person to look at, under test-artifacts/ (gitignored)."""
    tab: Tab = request.getfixturevalue(device)
    ARTIFACTS.mkdir(exist_ok=True)
    for url in [*site.discussions(), deep_url]:
        tab.goto(url)
        set_scheme(tab, scheme)
        name = url.rsplit("/", 1)[-1].removesuffix(".html")[:40]
        shots = {"top": "", "comments": "comments", "deep": deepest_id(DEPTH - 3) if url == deep_url else ""}
        for part, anchor in shots.items():
            if part != "top" and not anchor:
                continue
            if anchor:
                tab.page.evaluate("id => document.getElementById(id).scrollIntoView()", anchor)
            path = ARTIFACTS / f"{name}-{label}-{part}.png"
            tab.page.screenshot(path=path, animations="disabled")
            assert path.stat().st_size > 10_000
        no_sideways_scroll(tab)
        tab.page.get_by_role("button", name="Collapse all").click()
        tab.page.evaluate("document.getElementById('comments').scrollIntoView()")
        tab.page.screenshot(path=ARTIFACTS / f"{name}-{label}-collapsed.png", animations="disabled")
        no_sideways_scroll(tab)
    # A comment opened by its link, inside a thread collapsed a moment before.
    set_hash(tab, deepest_id(2))
    tab.page.screenshot(path=ARTIFACTS / f"deep-thread-test-page-{label}-target.png", animations="disabled")
