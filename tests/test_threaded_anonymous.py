"""Pages of anonymous comments: each comment's header is its date alone, no name.

With no byline above the article and no comments heading, the first such date was taken for a
forum's first post: the first comment became the article and its replies lost their parent, a
wrong thread published without a word. A forum's first post names its author; a bare date shaped
like the comments under it is the first comment's header. Real w3m and lynx dumps of one page,
with and without a byline, a heading and a long article; the truth is the page's own markup.
"""

from __future__ import annotations

import datetime as dt

import pytest

from generator.model import walk
from generator.read.dialects import parse
from tests.threadpages.dumpers import dump

_COMMENTS = (
    # (depth, date as shown, ISO stamp, text)
    (0, "March 3, 2020 at 10:00 am", "2020-03-03T10:00", "First comment text here about yeast."),
    (1, "March 4, 2020 at 11:00 am", "2020-03-04T11:00", "A reply to the first comment."),
    (2, "March 4, 2020 at 1:15 pm", "2020-03-04T13:15", "And a reply to that reply, one deeper."),
    (0, "March 5, 2020 at 12:00 pm", "2020-03-05T12:00", "Third comment, top level again."),
)
_ARTICLE = "The article text is about bread and how it rises in a warm kitchen overnight."
_LONG = " It needs flour, water, salt and time, and a little patience from whoever bakes it."


def _items(start: int, depth: int) -> tuple[str, int]:
    """The ``<li>`` items of comments from ``start`` at ``depth``, and where they stop."""
    html, index = "", start
    while index < len(_COMMENTS) and _COMMENTS[index][0] == depth:
        _, shown, _, text = _COMMENTS[index]
        html += f'<li class="comment"><div class="comment-meta">{shown}</div><p>{text}</p>'
        index += 1
        if index < len(_COMMENTS) and _COMMENTS[index][0] > depth:
            children, index = _items(index, depth + 1)
            html += f'<ol class="children">{children}</ol>'
        html += "</li>"
    return html, index


def _page(byline: bool, heading: bool, long: bool) -> str:
    items, _ = _items(0, 0)
    return (
        "<html><head><title>Anon page</title></head><body><h1>A post about bread</h1>"
        + ("<p>Posted on March 1, 2020 by Ann</p>" if byline else "")
        + f"<p>{_ARTICLE}{_LONG if long else ''}</p>"
        + ("<h2>4 Comments</h2>" if heading else "")
        + f'<ol class="commentlist">{items}</ol><h3>Leave a Reply</h3></body></html>'
    )


@pytest.mark.parametrize("tool,width", [("w3m", 80), ("w3m", 200), ("lynx", 80), ("lynx", 200)])
@pytest.mark.parametrize("byline", [False, True], ids=["no-byline", "byline"])
@pytest.mark.parametrize("heading", [False, True], ids=["no-heading", "heading"])
@pytest.mark.parametrize("long", [False, True], ids=["short-article", "long-article"])
def test_a_bare_date_over_the_first_comment_is_its_header(
    tool: str, width: int, byline: bool, heading: bool, long: bool
) -> None:
    discussion = parse(dump(_page(byline, heading, long), tool, width), "anon.txt")
    read = [
        (comment.depth, comment.author, comment.posted, " ".join(p.text for p in comment.paragraphs))
        for comment in walk(discussion.comments)
    ]
    assert read == [(depth, None, iso, text) for depth, _, iso, text in _COMMENTS]
    assert discussion.title == "A post about bread"
    assert " ".join(p.text for p in discussion.article).startswith(_ARTICLE)
    assert discussion.posted == (dt.date(2020, 3, 1) if byline else None)
