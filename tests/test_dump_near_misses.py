"""Dumps where the rules that keep boxes of stories, labels and pictures out of the comments must
not reach real comments: a comment's line that opens like a box's heading ("Most read reviews
say …"), a box of stories inside the article above the comments, a commenter whose surname is a
time zone's letters ("Ernesto Est"), a list of pictures ending a comment over the next one's
header, a byline set as a list without a colon ("By Jane Porter"). The pages are written here in
a blog's markup; the truth is their own."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.model import walk
from generator.read.dialects import parse
from tests.threadpages.dumpers import dump

DUMPS = [("w3m", 80), ("w3m", 200), ("w3m", 10000), ("lynx", 80), ("lynx", 200)]
TITLE = "Why I stopped using my standing desk"
HEAD = (
    f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
    "<ul><li><a href='/'>Home</a></li><li><a href='/a'>About</a></li></ul>"
    f"<h1>{TITLE}</h1>"
)
BYLINE = "<p class='byline'>By Jane Porter, March 1, 2015</p>"
ARTICLE = (
    "<p>I bought a standing desk three years ago, and for a while I loved it more than anything.</p>"
    "<p>Then my knees began to ache, and the novelty wore off, one afternoon at a time.</p>"
)
COMMENTS = [
    ("Mark Hill", "March 2, 2015 at 9:00 am", ["Same here, my back hurt after a month."]),
    (
        "Susan Lee",
        "March 2, 2015 at 10:00 am",
        ["I alternate every hour.", "Most read reviews say the same thing, by the way.", "Thanks!"],
    ),
    ("Ernesto Est", "March 3, 2015 at 8:00 am", ["A mat helps a lot."]),
]


def _comments(heading: str = "<h3>3 Comments</h3>", last_of_first: str = "", tag: str = "li") -> str:
    items = "".join(
        f"<{tag}><p>{name} says:</p><p>{when}</p>{''.join(f'<p>{text}</p>' for text in texts)}"
        + f"<p><a href='#'>Reply</a></p>{last_of_first if index == 0 else ''}</{tag}>"
        for index, (name, when, texts) in enumerate(COMMENTS)
    )
    return f"{heading}<ol class='commentlist'>{items}</ol>" if tag == "li" else f"{heading}{items}"


def _read(page: str, tool: str, width: int) -> list[tuple[str | None, str]]:
    discussion = parse(dump(page, tool, width), "desk.txt")
    assert discussion.title == TITLE
    return [
        (c.author, " ".join(" ".join(p.text for p in c.paragraphs).split()))
        for c in walk(discussion.comments)
    ]


def _truth() -> list[tuple[str | None, str]]:
    return [(name, " ".join(texts)) for name, _, texts in COMMENTS]


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_comments_whose_lines_and_names_look_like_a_box_or_a_zone_are_read_whole(
    tool: str, width: int
) -> None:
    assert _read(HEAD + BYLINE + ARTICLE + _comments() + "</body></html>", tool, width) == _truth()


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_box_of_stories_in_the_article_leaves_the_comments_below_it(tool: str, width: int) -> None:
    # "Comments (3)" links to the comments from under the byline; a box of stories stands in the
    # article, with text after it; the comments follow under no heading of their own.
    box = "<h3>Related articles</h3><ul><li><a href='/x'>Sit less, walk more</a></li></ul>"
    tail = "<p>In the end I went back to a chair, and to a timer that tells me to walk around.</p>"
    link = "<p><a href='#comments'>Comments (3)</a></p>"
    page = HEAD + BYLINE + link + ARTICLE + box + tail + _comments(heading="") + "</body></html>"
    assert _read(page, tool, width) == _truth()


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_pictures_ending_a_comment_stay_its_own(tool: str, width: int) -> None:
    # Comments in <div>s, their headers at the margin: the next comment's header is no item of
    # the first's list of pictures ("  • [b]", a blank line, "Susan Lee says:").
    pictures = "<ul><li><img src='a.png'></li><li><img src='b.png'></li></ul>"
    comments = _comments(last_of_first=pictures, tag="div")
    read = _read(HEAD + BYLINE + ARTICLE + comments + "</body></html>", tool, width)
    assert [name for name, _ in read] == [name for name, _, _ in COMMENTS]
    assert [text for _, text in read][1:] == [text for _, text in _truth()][1:]


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_byline_listed_under_the_title_without_a_colon(tool: str, width: int) -> None:
    listed = "<ul class='meta'><li>By Jane Porter</li><li>March 1, 2015</li></ul>"
    discussion = parse(dump(HEAD + listed + ARTICLE + "</body></html>", tool, width), "desk.txt")
    assert (discussion.title, discussion.author, discussion.posted) == (
        TITLE,
        "Jane Porter",
        dt.date(2015, 3, 1),
    )


@pytest.mark.parametrize(("tool", "width"), DUMPS)
@pytest.mark.parametrize(
    "first", ["By 2030, most cars will be electric", "Di Maria scores twice", "Par 3 holes", "By the numbers"]
)
def test_key_points_under_the_title_opening_like_a_byline_are_the_articles(
    tool: str, width: int, first: str
) -> None:
    points = f"<ul><li>{first}</li><li>Prices fall every year</li><li>Charging gets faster</li></ul>"
    discussion = parse(dump(HEAD + points + ARTICLE + "</body></html>", tool, width), "desk.txt")
    assert discussion.author is None
    assert first in " ".join(" ".join(p.text for p in discussion.article).split())


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_box_of_stories_after_the_comments_is_none_of_their_text(tool: str, width: int) -> None:
    box = "<h3>Most Popular Stories</h3><ul><li><a href='/x'>Sit less, walk more</a></li></ul>"
    read = _read(HEAD + BYLINE + ARTICLE + _comments() + box + "</body></html>", tool, width)
    assert read == _truth()
