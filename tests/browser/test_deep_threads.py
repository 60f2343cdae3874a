"""A 1,000-deep thread in Chromium: every reply shown, inside the page, in order; the links down
to a continued thread and back up to the comment it continues work.

Chromium nests elements no deeper than about 250 levels: past that, replies were laid out
outside their parent's thread. The page now continues a thread in a block of its own every
:data:`~generator.pages.discussion.CONTINUE_DEPTH` levels.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from generator.pages.discussion import CONTINUE_DEPTH
from tests.browser.actions import comment, in_viewport
from tests.browser.conftest import Tab
from tests.browser.server import serve
from tests.sitebuild import make_project, run_mkdocs
from tests.test_size import deep_seed

DEPTH = 1_000


def chain(depth: int) -> str:
    """Anchor of the reply at ``depth`` of the chain."""
    return "c1" + "-1" * depth


@pytest.fixture(scope="module")
def thousand_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The page of a 1,000-deep chain of replies, built with MkDocs and served."""
    project = make_project(tmp_path_factory.mktemp("thousand") / "project", {"deep.txt": deep_seed(DEPTH)})
    build = run_mkdocs(project, project / "site")
    assert build.result.returncode == 0, build.result.stderr
    with serve(build.site) as url:
        yield url + "discussions/deep-thread.html"


def open_page(tab: Tab, url: str) -> None:
    """Open the page, with time to spare: 1,001 comments load in about two seconds alone, but
    the machine may be shared."""
    tab.page.set_default_timeout(60_000)
    tab.goto(url)


def test_every_reply_is_shown_inside_the_page_in_order(thousand_url: str, tab: Tab) -> None:
    open_page(tab, thousand_url)
    boxes = tab.page.evaluate(
        """ids => {
             const content = document.querySelector('article.md-content__inner').getBoundingClientRect();
             return ids.map(id => {
               const heading = document.getElementById(id);
               const body = heading.parentElement.querySelector(':scope > .comment-body');
               const h = heading.getBoundingClientRect(), b = body.getBoundingClientRect();
               return {top: h.top, left: h.left, right: b.right, width: b.width, height: b.height,
                       inside: h.left >= content.left && b.right <= content.right + 0.5,
                       text: body.innerText.trim(), level: heading.getAttribute('aria-level')};
             });
           }""",
        [chain(depth) for depth in range(DEPTH + 1)],
    )
    for depth, box in enumerate(boxes):
        assert box["height"] > 0 and box["width"] > 100, (depth, box)
        assert box["inside"], (depth, box)
        assert box["text"] == ("root text" if depth == 0 else f"level {depth}"), (depth, box)
        assert box["level"] == (str(depth + 3) if depth else None)
    tops = [box["top"] for box in boxes]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)
    # Indented within a block, back at the block's first level after each continuation.
    lefts = [round(box["left"]) for box in boxes]
    assert lefts[1 : CONTINUE_DEPTH + 1] == sorted(set(lefts[1 : CONTINUE_DEPTH + 1]))
    assert lefts[CONTINUE_DEPTH + 1] == lefts[1] and lefts[DEPTH] == lefts[(DEPTH - 1) % CONTINUE_DEPTH + 1]
    assert tab.page.evaluate("document.documentElement.scrollWidth <= innerWidth")
    assert not tab.errors


def test_continue_and_back_links_land(thousand_url: str, tab: Tab) -> None:
    open_page(tab, thousand_url)
    cut = 3 * CONTINUE_DEPTH  # the third comment whose replies continue below
    tab.page.locator(f"{comment(chain(cut))} > .comment-continues a").click()
    tab.page.wait_for_url(re.compile(f"#continued-{chain(cut)}$"))
    assert in_viewport(tab, chain(cut + 1))
    tab.page.locator(f"#continued-{chain(cut)} > .thread-continued a").click()
    tab.page.wait_for_url(re.compile(f"#{chain(cut)}$"))
    assert in_viewport(tab, chain(cut))
    assert not tab.errors


def test_show_parent_quotes_the_comment_a_continued_block_answers(thousand_url: str, tab: Tab) -> None:
    open_page(tab, thousand_url)
    first = chain(CONTINUE_DEPTH + 1)  # the first reply of the first continued block
    tab.page.locator(f"{comment(first)} > .comment-meta > .comment-context-toggle").click()
    quote = tab.page.locator(f"{comment(first)} > blockquote.comment-context")
    assert f"level {CONTINUE_DEPTH}" in quote.inner_text()
    assert not tab.errors


def test_a_link_into_a_deep_block_opens_its_collapsed_comments(thousand_url: str, tab: Tab) -> None:
    open_page(tab, thousand_url)
    tab.page.get_by_role("button", name="Collapse all").first.click()
    target = chain(DEPTH - 2)
    tab.goto(thousand_url + "#" + target)  # the same page: only its fragment changes
    tab.page.wait_for_function(
        "id => document.getElementById(id).getBoundingClientRect().height > 0", arg=target
    )
    assert in_viewport(tab, target)
    assert not tab.errors
