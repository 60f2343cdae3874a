"""The saved-page reader does work in proportion to the page, however deep its nesting.

Deep pages were read in time that grew with the number of elements times their depth: each
``<span>`` asked whether any of its 2000 ancestors was a comment, each group of the detector
asked whether any of its ancestors was page furniture. These tests count those questions (a
structural bound, not a timing); one end-to-end test bounds the time of a page that took a
minute, with ample room.
"""

from __future__ import annotations

import time

import pytest

from generator.read.html import article, generic, parse
from generator.read.html.tree import Element, parse_tree, strip_inert

DEPTH = 2000
"""Nesting close to the parser's limit (:data:`generator.read.html.tree.MAX_DEPTH`)."""

HEAD = "<!DOCTYPE html><html><head><title>Deep page</title></head><body>"


class CountingSet(set[Element]):
    """A set of elements that counts how often it is asked whether it holds one."""

    asked = 0

    def __contains__(self, item: object) -> bool:
        self.asked += 1
        return super().__contains__(item)


def _tree(html: str) -> Element:
    root = parse_tree(html, "deep.html")
    strip_inert(root)
    return root


def test_the_article_date_and_author_ask_once_per_element_whether_it_is_in_a_comment() -> None:
    # The reviewer's page: 2000 nested divs around 40,000 spans (about 600 KB).
    spans = "<span>w</span> " * 40_000
    html = (
        HEAD
        + "<div>" * DEPTH
        + '<div id="comment"><time datetime="2020-01-01">inside</time>'
        + '<span class="author">Inside</span></div>'
        + spans
        + '<time datetime="2021-03-04">outside</time><span class="author">Outside</span>'
        + "</div>" * DEPTH
        + "</body></html>"
    )
    root = _tree(html)
    elements = sum(1 for _ in root.iter())
    assert elements > 40_000
    comments = CountingSet([next(e for e in root.iter("div") if e.get("id") == "comment")])
    assert article.published_in_page(root, comments) == "2021-03-04"
    # Walking every element's ancestors asked 80 million times; once per element is 2000 or so.
    assert comments.asked <= elements
    comments.asked = 0
    assert article.author_in_page(root, comments) == "Outside"
    assert comments.asked <= elements


def test_the_detector_asks_once_per_element_whether_it_is_furniture(monkeypatch: pytest.MonkeyPatch) -> None:
    # 2000 nested pairs, each a group of two blocks with a name and a date, each group a kind of
    # its own (letters, not digits, tell the classes apart): every group is scored.
    asked: list[Element] = []
    furniture = generic._furniture

    def counting(element: Element) -> bool:
        asked.append(element)
        return furniture(element)

    monkeypatch.setattr(generic, "_furniture", counting)
    level = (
        '<div class="c{kind}"><b class="author">Ann</b> <i class="date">2 June 2022</i> Words of a '
        'comment, enough to be one.</div><div class="c{kind}">'
    )
    kinds = ["".join(chr(ord("a") + int(digit)) for digit in str(n)) for n in range(DEPTH)]
    html = HEAD + "".join(level.format(kind=kind) for kind in kinds) + "</div>" * DEPTH + "</body></html>"
    elements = sum(1 for _ in _tree(html).iter())
    discussion = parse(html, "pairs.html")
    assert len(discussion.comments) == 2 and discussion.comments[0].author == "Ann"
    assert len(asked) <= elements  # 2 million when each group walked its ancestors


def test_a_page_of_nested_look_alike_blocks_is_read_in_seconds() -> None:
    # 2000 nested pairs of plain blocks (200 KB): a minute before the reader's walks were linear.
    level = '<div class="c"><p>Some words <b>here</b> to read.</p><p>More <i>words</i>.</p></div>'
    level += '<div class="c">'
    html = (
        HEAD + "<article><p>The article.</p></article>" + level * DEPTH + "</div>" * DEPTH + "</body></html>"
    )
    started = time.perf_counter()
    discussion = parse(html, "pairs.html")
    elapsed = time.perf_counter() - started
    assert discussion.comments == ()  # blocks without names or dates are no thread
    assert [p.text for p in discussion.article] == ["The article."]
    assert elapsed < 10  # about 1.5 s here; 61 s when each group re-read its blocks and ancestors
