"""The saved-page reader does work linear in the nesting of a page: counted, not timed.

Pages of n and 4n nested blocks (empty ones, blocks marked as the article's content, look-alike
comments outside any list, a name wrapped around the replies …) are read, and the Python lines
run on the way are counted (``sys.settrace``: each pass of a loop is a line, also in generator
expressions, where lxml's methods make no call event that ``sys.setprofile`` would count).
Linear work grows about 4x; the bound is 5x. Reading every element's descendants, or ancestors,
once per nested block grew 14 to 16x here before the reader's walks were made linear.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest

from generator.errors import SeedError
from generator.read.html import parse

N = 200
GROWTH = 5.0
"""The most the work may grow from n to 4n (linear: 4x, plus what does not grow)."""

HEAD = "<!DOCTYPE html><html><head><title>Deep page</title></head><body><h1>Deep page</h1>"
TAIL = "<p>The end.</p></body></html>"

COMMENT_LIST = '<ol class="comment-list">{}</ol>'

PAGES: dict[str, Callable[[int], str]] = {
    "empty divs": lambda n: "<div>" * n + "</div>" * n,
    "divs of empty paragraphs": lambda n: "<div><p></p>" * n + "</div>" * n,
    "empty content blocks": lambda n: '<div class="entry-content">' * n + "</div>" * n,
    "content blocks of two ranks": lambda n: (
        "".join('<div class="post-content">' if i % 2 else '<div class="entry-content">' for i in range(n))
        + "</div>" * n
    ),
    "articles of empty paragraphs": lambda n: "<article><p></p>" * n + "</article>" * n,
    "main with navigation": lambda n: "<main><nav>menu</nav>" * n + "</main>" * n,
    "blocks marked as the article's body": lambda n: '<div itemprop="articleBody">' * n + "</div>" * n,
    "names marked as the author": lambda n: '<span class="author">' * n + "</span>" * n,
    "comments outside a list": lambda n: '<div class="thing comment"><div>' * n + "</div></div>" * n,
    "a name around the replies": lambda n: COMMENT_LIST.format(
        '<li class="comment"><div class="comment-author">Ann ' * n + "</div></li>" * n
    ),
    "a name and says around the replies": lambda n: COMMENT_LIST.format(
        '<li class="comment"><div class="comment-author"><span class="says">says</span>' * n
        + "</div></li>" * n
    ),
    "nested comments with text": lambda n: COMMENT_LIST.format(
        '<li class="comment"><b class="fn">Ann</b><div class="comment-content"><p>Words.</p>' * n
        + "</div></li>" * n
    ),
    "landmark roles": lambda n: '<nav><div role="navigation">menu ' * n + "</div></nav>" * n,
}


def steps(work: Callable[[], Any]) -> int:
    """How many Python lines (and calls) ``work()`` runs."""
    count = 0

    def trace(_frame: FrameType, _event: str, _arg: object) -> Any:
        nonlocal count
        count += 1
        return trace

    sys.settrace(trace)
    try:
        work()
    finally:
        sys.settrace(None)
    return count


def page(name: str, n: int) -> str:
    """The hostile page ``name`` at nesting ``n``."""
    return HEAD + PAGES[name](n) + TAIL


def read(text: str, source: str) -> None:
    """The whole reading of a page, to its end: a page of nothing but empty blocks is refused
    (no article, no comments), once every block has been looked at."""
    try:
        parse(text, source)
    except SeedError as error:
        assert "found neither" in error.message


@pytest.mark.parametrize("name", sorted(PAGES))
def test_reading_work_grows_linearly_with_the_nesting(name: str) -> None:
    read(page(name, 10), "warm.html")  # imports and caches filled first
    small = steps(lambda: read(page(name, N), "small.html"))
    large = steps(lambda: read(page(name, 4 * N), "large.html"))
    assert large <= GROWTH * small, f"{large / small:.1f}x the steps for 4x the nesting"


def test_the_count_sees_a_walk_per_nested_element() -> None:
    """The measure can fail: asking each element's descendants grows 16x for 4x the nesting,
    though lxml's own calls are not seen (what the reader's walks did before)."""
    from generator.read.html.tree import parse_tree

    def per_element(n: int) -> int:
        root = parse_tree(page("empty divs", n), "x.html")
        return steps(lambda: [any(e.get("id") for e in element.iter()) for element in root.iter()])

    assert per_element(4 * N) > 12 * per_element(N)


def test_the_innermost_content_block_with_text_is_the_article() -> None:
    deep = '<div class="entry-content">' * 500 + "<p>The article's words.</p>" + "</div>" * 500
    discussion = parse(HEAD + deep + TAIL, "deep.html")
    assert [p.text for p in discussion.article] == ["The article's words."]


def test_a_content_block_of_only_empty_blocks_gives_way_to_the_next_candidate() -> None:
    # The best-ranked block holds nothing but empty blocks; the <article> after it has the text.
    empty = '<div class="entry-content">' + "<div><p> </p>" * 300 + "</div>" * 300 + "</div>"
    discussion = parse(HEAD + empty + "<article><p>Here it is.</p></article>" + TAIL, "empty.html")
    assert [p.text for p in discussion.article] == ["Here it is."]


def test_a_name_wrapped_around_the_replies_is_read_without_them() -> None:
    # Each comment's name element holds its replies: each comment is Ann's, not "Ann Ann Ann …".
    html = HEAD + PAGES["a name around the replies"](50) + TAIL
    discussion = parse(html, "names.html")
    depth, level = 0, discussion.comments
    while level:
        assert len(level) == 1 and level[0].author == "Ann"
        depth, level = depth + 1, level[0].replies
    assert depth == 50
