"""A page of more than 99 top-level comments: w3m and lynx set a list's numbers up to 99
right-aligned against its text (" 9." then "10."), but "100." pushes its text a column right. Read by its
column alone, comment 100 and every one after it became replies to comment 99: a wrong thread,
published without a word. Real w3m and lynx dumps of one WordPress page; the truth is its markup.
"""

from __future__ import annotations

import pytest

from generator.model import walk
from generator.read.dialects import parse
from tests.threadpages.dumpers import dump

_TOP = 105
_REPLIED = (99, 100)
"""The top-level comments with a reply: the one before the number gains a digit, and the one after."""


def _comment(number: int, replies: str = "") -> str:
    return (
        f'<li class="comment depth-1" id="comment-{number}"><article class="comment-body">'
        '<footer class="comment-meta"><div class="comment-author vcard">'
        f'<b class="fn">Reader{number} Name</b> <span class="says">says:</span></div>'
        f'<div class="comment-metadata"><a href="#comment-{number}">'
        f"<time>March {number % 28 + 1}, 2020 at 10:{number % 60:02d} am</time></a></div></footer>"
        f'<div class="comment-content"><p>Comment number {number} says something about the bread.</p></div>'
        f'<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article>{replies}</li>'
    )


def _reply(number: int) -> str:
    return (
        '<ol class="children"><li class="comment depth-2"><article class="comment-body">'
        '<footer class="comment-meta"><div class="comment-author vcard">'
        f'<b class="fn">Answer{number} Name</b> <span class="says">says:</span></div>'
        '<div class="comment-metadata"><a href="#">'
        "<time>April 2, 2020 at 9:30 am</time></a></div></footer>"
        f'<div class="comment-content"><p>A reply to comment {number}, one level in.</p></div>'
        '<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li></ol>'
    )


_HIDDEN = '<li class="comment depth-1"><p>Comment hidden by the moderator.</p></li>'
"""A list item that is no comment: comment 99's place, where a moderator took it down."""


def _page(hidden: bool = False) -> str:
    items = "".join(
        _HIDDEN if hidden and n == 99 else _comment(n, _reply(n) if n in _REPLIED else "")
        for n in range(1, _TOP + 1)
    )
    return _thread_page(items, _TOP + len(_REPLIED))


def _thread_page(items: str, count: int, container: str = "ol") -> str:
    """The page around the comments ``items`` (``count`` of them, replies included)."""
    return (
        "<html><head><title>Big thread</title></head><body><h1>A very long thread</h1>"
        "<p>Posted on March 1, 2020 by Admin</p>"
        "<p>The article is long enough to be read as prose by anyone who opens the page at all.</p>"
        f'<div id="comments"><h2 class="comments-title">{count} thoughts on “A very long thread”</h2>'
        f'<{container} class="comment-list">{items}</{container}>'
        '<div id="respond"><h3>Leave a Reply</h3></div></div></body></html>'
    )


@pytest.mark.parametrize("tool,width", [("w3m", 80), ("w3m", 200), ("lynx", 80), ("lynx", 200)])
def test_comment_100_is_the_sibling_of_comment_99(tool: str, width: int) -> None:
    discussion = parse(dump(_page(), tool, width), "big.txt")
    expected = []
    for number in range(1, _TOP + 1):
        expected.append(
            (f"c{number}", 0, f"Reader{number} Name", f"2020-03-{number % 28 + 1:02d}T10:{number % 60:02d}")
        )
        if number in _REPLIED:
            expected.append((f"c{number}-1", 1, f"Answer{number} Name", "2020-04-02T09:30"))
    read = [(c.id, c.depth, c.author, c.posted) for c in walk(discussion.comments)]
    assert read == expected
    assert not [warning for warning in discussion.warnings if warning.risky]


@pytest.mark.parametrize("tool,width", [("w3m", 80), ("lynx", 80)])
def test_comment_100_is_top_level_where_99_is_no_comment(tool: str, width: int) -> None:
    # The column alone made 100 a reply to 98 here; the count's warning says one comment is missing.
    discussion = parse(dump(_page(hidden=True), tool, width), "big.txt")
    read = [(c.author, c.depth) for c in walk(discussion.comments)]
    expected = [(f"Reader{n} Name", 0) for n in range(1, _TOP + 1) if n != 99]
    expected.insert(expected.index(("Reader100 Name", 0)) + 1, ("Answer100 Name", 1))
    assert read == expected


def _layout_page(
    item: str, count: int = 103, replied: tuple[int, ...] = (99, 100), listed: bool = True
) -> str:
    """A page of ``count`` comments, each the ``item`` template ({n}: its number; {replies}: a
    reply list under the comments ``replied``), under the same article and heading; in an
    ordered list, or (``listed`` false) in <div>s."""

    def reply(parent: int) -> str:
        # Each reply's own text: one author's replies ending alike would be read as signed.
        own = item.format(n=0, day=2, minute=30, replies="").replace("Reader 0", "Answer Person")
        own = own.replace(_TEXT.format(n=0), f"<p>Reply number {parent}, one level in.</p>")
        return f'<ol class="children"><li class="comment depth-2">{own}</li></ol>'

    tag = "li" if listed else "div"
    items = "".join(
        f'<{tag} class="comment depth-1">'
        + item.format(n=n, day=n % 28 + 1, minute=n % 60, replies=reply(n) if n in replied else "")
        + f"</{tag}>"
        for n in range(1, count + 1)
    )
    return _thread_page(items, count + len(replied), "ol" if listed else "div")


_TEXT = "<p>Comment number {n} says something about the bread and more words.</p>"
_REPLY_LINK = '<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>'
_TIME = (
    '<div class="comment-metadata"><a href="#"><time>March {day}, 2020 at 10:{minute:02d} am</time></a></div>'
)
_LAYOUTS = {
    # A name alone over its date: "100. Reader 100" over "March 17, 2020 at 10:40 am", the date
    # at the column of the item's text, left of the number's own line.
    "name-over-date": (
        '<div class="comment-author"><cite class="fn">Reader {n}</cite></div>'
        '<div class="comment-meta"><a href="#">March {day}, 2020 at 10:{minute:02d} am</a></div>'
        + _TEXT
        + _REPLY_LINK
        + "{replies}"
    ),
    # A long name with its avatar's alt text, wrapped by the dumper off the number's line.
    "wrapped-name": (
        '<div class="comment-author vcard"><img alt="Reader {n} Brückner-Langenscheidt" src="a.png">'
        ' <b class="fn">Reader {n} Brückner-Langenscheidt</b> <span class="says">says:</span></div>'
        + _TIME
        + _TEXT
        + _REPLY_LINK
        + "{replies}"
    ),
    # The avatar's picture alone on the number's line, the name a paragraph under it.
    "avatar-line": (
        '<div class="comment-avatar"><img src="avatar.png"></div>'
        '<div class="comment-author"><p><b class="fn">Reader {n}</b>'
        ' <span class="says">says:</span></p></div>' + _TIME + _TEXT + _REPLY_LINK + "{replies}"
    ),
}


@pytest.mark.parametrize(
    "layout,tool,width",
    [
        ("name-over-date", "w3m", 80),
        ("name-over-date", "lynx", 200),
        ("wrapped-name", "w3m", 60),
        ("wrapped-name", "lynx", 60),
        ("avatar-line", "w3m", 80),
        ("avatar-line", "lynx", 80),
    ],
)
def test_comments_past_99_are_read_as_the_first_99_in_other_layouts(
    layout: str, tool: str, width: int
) -> None:
    # Each layout compares the number's line with the next: "100." set its own a column right.
    discussion = parse(dump(_layout_page(_LAYOUTS[layout]), tool, width), "big.txt")
    suffix = " Brückner-Langenscheidt" if layout == "wrapped-name" else ""
    expected = []
    for n in range(1, 104):
        expected.append((f"Reader {n}{suffix}", 0, f"Comment number {n}"))
        if n in (99, 100):
            expected.append((f"Answer Person{suffix}", 1, f"Reply number {n}"))
    read = [(c.author, c.depth, c.paragraphs[0].text) for c in walk(discussion.comments)]
    assert [(author, depth, text.split(" says")[0].split(",")[0]) for author, depth, text in read] == expected
    assert [" ".join(text.split()) for _, _, text in read] == [
        f"{words}, one level in."
        if words.startswith("Reply")
        else f"{words} says something about the bread and more words."
        for _, _, words in expected
    ]
    assert not [warning.message for warning in discussion.warnings if warning.risky]


@pytest.mark.parametrize("tool,width", [("w3m", 80), ("lynx", 80)])
def test_numbers_a_theme_prints_as_text_keep_comments_level(tool: str, width: int) -> None:
    # "9. Reader 9 says:" then "10. Reader 10 says:" in <div>s, no list: the dumper sets the
    # numbers left-aligned, so "10." and "100." each set the name a column further right.
    item = (
        '<div class="comment-author"><span class="num">{n}.</span> <b class="fn">Reader {n}</b>'
        ' <span class="says">says:</span></div>' + _TIME + _TEXT + "{replies}"
    )
    discussion = parse(dump(_layout_page(item, replied=(), listed=False), tool, width), "big.txt")
    read = [(c.author, c.depth) for c in walk(discussion.comments)]
    assert read == [(f"Reader {n}", 0) for n in range(1, 104)]
