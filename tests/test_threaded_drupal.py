"""Drupal's comment pages (Bartik, the default theme of Drupal 7): a name, then on a line of its
own the date in Drupal's own format, weekday first ("Tue, 03/03/2020 - 10:00"), then
"Permalink", the comment's subject and its text, then "delete · edit · reply".

The weekday made the date line look like more than a date: no author was found, and every
comment was published as anonymous. The byline's "Sun, 03/01/2020" was read alone, day first,
though the comments' dates (one on the 14th) show the site writes the month first. Replies are
nested by the margins of ``<div class="indented">``, which no dump shows; the dumps read them flat.
A list of links under a comment is no text of it ("• delete", lynx's "* reply"), and Drupal's
"Add new comment" heading ends the comments. The page follows Bartik's comment template; the
truth is the page's own markup.
"""

from __future__ import annotations

import datetime as dt

import pytest

from generator.model import walk
from generator.read.dialects import parse
from generator.read.dump import dumplines, heads
from tests.threadpages.dumpers import dump

# (id, parent id, author, created as shown, ISO stamp, subject, paragraphs)
COMMENTS = (
    (1, None, "Karl", "Tue, 03/03/2020 - 10:00", "2020-03-03T10:00", "My loaf came out flat",
     ("My loaf came out flat.", "Any idea why?")),
    (2, 1, "Anna", "Sat, 03/14/2020 - 11:00", "2020-03-14T11:00", "Less water",
     ("Use less water in winter.",)),
    (3, 2, "Chiara", "Sat, 03/14/2020 - 13:15", "2020-03-14T13:15", "Thanks", ("Thanks, that helped.",)),
    (4, None, "Dora Smith", "Sun, 03/15/2020 - 12:00", "2020-03-15T12:00", "Great recipe",
     ("Great recipe!",)),
)  # fmt: skip


def _comment(cid: int) -> str:
    _, _, name, created, _, subject, paragraphs = next(c for c in COMMENTS if c[0] == cid)
    children = "".join(_comment(c[0]) for c in COMMENTS if c[1] == cid)
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<a id="comment-{cid}"></a><div class="comment comment-by-anonymous clearfix">'
        '<div class="attribution"><div class="submitted">'
        f'<p class="commenter-name"><span class="username">{name}</span></p>'
        f'<p class="comment-time">{created}</p>'
        '<p class="comment-permalink">'
        f'<a href="/comment/{cid}#comment-{cid}" class="permalink">Permalink</a></p>'
        '</div></div><div class="comment-text"><div class="comment-arrow"></div>'
        f'<h3><a href="/comment/{cid}#comment-{cid}" class="permalink">{subject}</a></h3>'
        f'<div class="content"><div class="field field-name-comment-body">{body}</div></div>'
        '<ul class="links inline"><li class="comment-delete first"><a href="#">delete</a></li>'
        '<li class="comment-edit"><a href="#">edit</a></li>'
        '<li class="comment-reply last"><a href="#">reply</a></li></ul></div></div>'
        + (f'<div class="indented">{children}</div>' if children else "")
    )


PAGE = (
    "<html><head><title>Sourdough basics | Bread Blog</title></head><body>"
    '<div id="header"><a href="/">Bread Blog</a><ul class="menu"><li><a href="/">Home</a></li>'
    '<li><a href="/about">About</a></li></ul></div><div id="main">'
    '<h1 class="title" id="page-title">Sourdough basics</h1><div class="node node-article">'
    '<div class="meta submitted">Submitted by <span class="username">anna</span> on '
    "Sun, 03/01/2020 - 09:00</div>"
    '<div class="content"><p>Sourdough needs flour, water, salt and a lively starter. Feed the starter the '
    "night before and keep it somewhere warm.</p><p>Shape the loaf gently and bake it hot.</p></div>"
    '<ul class="links inline"><li class="comment-add"><a href="#">Add new comment</a></li></ul>'
    '<div id="comments" class="comment-wrapper"><h2 class="title">Comments</h2>'
    f"{''.join(_comment(c[0]) for c in COMMENTS if c[1] is None)}"
    '<h2 class="title comment-form">Add new comment</h2><form><label>Your name</label><input>'
    '<label>Comment</label><textarea></textarea><input type="submit" value="Save"></form></div></div></div>'
    '<div id="footer">Powered by Drupal</div></body></html>'
)


@pytest.mark.parametrize(
    "tool,width", [("w3m", 80), ("w3m", 200), ("w3m", 10000), ("lynx", 80), ("lynx", 200)]
)
def test_every_comment_of_a_drupal_page_is_read(tool: str, width: int) -> None:
    discussion = parse(dump(PAGE, tool, width), "page.txt")
    read = [
        (c.author, c.posted, c.posted_text, [p.text for p in c.paragraphs]) for c in walk(discussion.comments)
    ]
    assert read == [
        (author, iso, created, [subject, *paragraphs])
        for _, _, author, created, iso, subject, paragraphs in COMMENTS
    ]
    assert (discussion.title, discussion.posted, discussion.author) == (
        "Sourdough basics",
        dt.date(2020, 3, 1),
        "anna",
    )


@pytest.mark.parametrize(
    "below,date",
    [
        ("Tue, 03/03/2020 - 10:00", "Tue, 03/03/2020 - 10:00"),
        ("Dienstag, 3. März 2020 - 10:00", "Dienstag, 3. März 2020 - 10:00"),
        ("on Tue, 03/03/2020 - 10:00", "Tue, 03/03/2020 - 10:00"),
        ("Lovely day, 03/03/2020 - 10:00", None),
        ("Tue Wed, 03/03/2020", None),
    ],
)
def test_a_weekday_goes_with_the_date_under_a_name(below: str, date: str | None) -> None:
    found = heads.read_head(dumplines.read_dump(["Karl", "", below]).lines, 0)
    assert (found.date if found is not None else None) == date
