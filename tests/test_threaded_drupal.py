"""Drupal's comment pages (Bartik, the default theme of Drupal 7): a name, then on a line of its
own the date in Drupal's own format, weekday first ("Tue, 03/03/2020 - 10:00"), then
"Permalink", the comment's subject and its text, then "delete · edit · reply".

The weekday made the date line look like more than a date: no author was found, and every
comment was published as anonymous. The byline's "Sun, 03/01/2020" was read alone, day first,
though the comments' dates (one on the 14th) show the site writes the month first. Replies are
nested by the margins of ``<div class="indented">``, which no dump shows; the dumps read them flat.
A list of links under a comment is no text of it ("• delete", lynx's "* reply"), and Drupal's
"Add new comment" heading ends the comments. The page (``tests/test_html_drupal.py``'s, read there
as a saved page) follows Bartik's comment template; the truth is the page's own markup.
"""

from __future__ import annotations

import datetime as dt

import pytest

from generator.model import walk
from generator.read.dialects import parse
from generator.read.dump import dumplines, heads
from tests.test_html_drupal import BARTIK, in_page_order
from tests.threadpages.dumpers import dump


@pytest.mark.parametrize(
    "tool,width", [("w3m", 80), ("w3m", 200), ("w3m", 10000), ("lynx", 80), ("lynx", 200)]
)
def test_every_comment_of_a_drupal_page_is_read(tool: str, width: int) -> None:
    discussion = parse(dump(BARTIK, tool, width), "page.txt")
    read = [
        (c.author, c.posted, c.posted_text, [p.text for p in c.paragraphs]) for c in walk(discussion.comments)
    ]
    assert read == [
        (author, iso, created, [subject, *paragraphs])
        for _, author, created, iso, subject, paragraphs in in_page_order()
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
