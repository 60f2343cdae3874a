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
import re

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


# Drupal 8 as the ACLU's theme prints comments: the author's name alone, the text, then a list of
# links: "reply", the date, the time (a reply too deep to be answered has no "reply"). Replies are
# nested by the margins of <div class="indented">, which no dump shows: they are read flat.
FOOTED = [
    # (depth, author, date, time, ISO date, paragraphs)
    (
        0,
        "Anonymous",
        "April 5, 2018",
        "6:32 PM",
        "2018-04-05",
        [
            "One valuable reform would be to make anyone who searches your records tell you so.",
            "For example, an employer who turns you down over a post should have to say that.",
        ],
    ),
    (
        0,
        "Lars",
        "April 6, 2018",
        "2:20 AM",
        "2018-04-06",
        ["Could I not just block it in my own filter at home?"],
    ),
    (
        1,
        "Anonymous",
        "April 10, 2018",
        "9:05 AM",
        "2018-04-10",
        [
            "You might not use it, but they still know all about you.",
            "- not entitled to the same rights as other people, a line that starts like a list item.",
        ],
    ),
    (0, "Ed B. -Netherlands", "April 6, 2018", "12:13 PM", "2018-04-06", ["Well written, thank you."]),
]


def _footed(start: int, depth: int) -> tuple[str, int]:
    html, index = "", start
    while index < len(FOOTED) and FOOTED[index][0] == depth:
        _, author, date, time, _, paragraphs = FOOTED[index]
        reply = "" if depth else f'<li><a href="/comment/reply/{index}">reply</a></li>'
        html += (
            f'<article class="comment"><div class="comment__author">{author}</div>'
            f'<div class="comment__content">{"".join(f"<p>{p}</p>" for p in paragraphs)}</div>'
            f'<ul class="links inline">{reply}<li>{date}</li><li>{time}</li></ul>'
        )
        index += 1
        if index < len(FOOTED) and FOOTED[index][0] > depth:
            inner, index = _footed(index, depth + 1)
            html += f'<div class="indented">{inner}</div>'
        html += "</article>"
    return html, index


FOOTED_PAGE = (
    "<html><head><title>Tracking me | ACLU</title></head><body>"
    "<ul class='menu'><li><a href='/'>Home</a></li><li><a href='/issues'>Issues</a></li></ul>"
    "<h1>Facebook Is Tracking Me Even Though I Am Not on Facebook</h1>"
    "<p>By Daniel Kahn Gillmor</p>"
    "<p>I do not use Facebook. I am not afraid of technology, I am a geek, but I still find myself "
    "tracked by it across the web every day.</p>"
    "<section class='comments'><h2>View comments (4)</h2><form><label>Your name</label> "
    "<input value='Anonymous'><label>Comment</label><textarea></textarea>"
    "<input type='submit' value='Add comment'><p>Leave this field blank <input name='url'></p></form>"
    f"{_footed(0, 0)[0]}</section><footer><p>ACLU, 125 Broad Street</p></footer></body></html>"
)


@pytest.mark.parametrize(
    "tool,width", [("w3m", 80), ("w3m", 200), ("w3m", 10000), ("lynx", 80), ("lynx", 200)]
)
def test_names_over_text_with_the_date_in_a_list_of_links_after_it(tool: str, width: int) -> None:
    # The date items were read as headers of dates alone with no text under them (the text is
    # above): the page was refused. The name over the text is each comment's header.
    discussion = parse(dump(FOOTED_PAGE, tool, width), "page.txt")
    read = [
        (c.author, c.posted, c.posted_text, [" ".join(p.text.split()) for p in c.paragraphs])
        for c in walk(discussion.comments)
    ]
    assert read == [(author, iso, date, paragraphs) for _, author, date, _, iso, paragraphs in FOOTED]
    assert discussion.title == "Facebook Is Tracking Me Even Though I Am Not on Facebook"
    # As written: lynx's link markers ("* [3]reply") go before the look-up.
    dropped = {re.sub(r"\[\d+\]", "", item.text).lstrip("•* "): item.reason for item in discussion.chrome}
    assert dropped["reply"] == "comment action" and dropped["9:05 AM"] == "comment time"
    assert dropped["ACLU, 125 Broad Street"] == "after the comments (form, sidebar, footer)"


def _links_page(texts: list[tuple[str, str, str]], after: str, link: str = "") -> str:
    """A page in the links-under-the-text layout: each comment a name, its text (HTML) and
    "reply / date / time" (then ``link``, where given); ``after`` follows the comments (a
    page's footer)."""
    last = f"<li>{link}</li>" if link else ""
    comments = "".join(
        f'<article class="comment"><div class="comment__author">{name}</div>'
        f'<div class="comment__content">{text}</div><ul class="links inline"><li><a href="/r">reply</a></li>'
        f"<li>{date}</li><li>6:32 PM</li>{last}</ul></article>"
        for name, date, text in texts
    )
    return (
        "<html><body><ul class='menu'><li><a href='/'>Home</a></li><li><a href='/issues'>Issues</a></li></ul>"
        "<h1>Tracked without an account</h1><p>By Daniel Kahn Gillmor</p>"
        "<p>I do not use the site, and it still follows me around the web, page after page, every day.</p>"
        f"<section class='comments'><h2>Comments</h2>{comments}</section>{after}</body></html>"
    )


@pytest.mark.parametrize("tool,width", [("w3m", 80), ("lynx", 80)])
def test_a_list_in_a_comment_and_a_footer_list_after_the_comments(tool: str, width: int) -> None:
    # A review's cases: the list in Lars's text stands at the links' column, and "Good luck"
    # after it looks like a name over text (Lars's text went to the comment above, or Lars was
    # named "Good luck"); the footer's list after the last comment was read as its text.
    texts = [
        ("Anonymous", "April 5, 2018", "<p>One valuable reform would be to make them tell you.</p>"),
        (
            "Lars",
            "April 6, 2018",
            "<p>Three things you can do today:</p><ul><li>Install Privacy Badger</li>"
            "<li>Block third-party cookies</li></ul><p>Good luck</p><p>It takes five minutes.</p>",
        ),
        ("Maria", "April 7, 2018", "<p>Could I not just block it in my own filter at home?</p>"),
    ]
    footer = "<footer><ul><li>Privacy statement</li><li>Terms of use</li><li>© 2018 ACLU</li></ul></footer>"
    discussion = parse(dump(_links_page(texts, footer), tool, width), "page.txt")
    read = [
        (c.author, c.posted_text, " ".join(p.text for p in c.paragraphs)) for c in walk(discussion.comments)
    ]
    assert [(author, date) for author, date, _ in read] == [(name, date) for name, date, _ in texts]
    assert "Install Privacy Badger" in read[1][2] and read[1][2].endswith("It takes five minutes.")
    assert read[2][2] == "Could I not just block it in my own filter at home?"


@pytest.mark.parametrize("tool,width", [("w3m", 80), ("w3m", 200), ("lynx", 80), ("lynx", 200)])
def test_a_link_after_the_date_ends_no_comment_early(tool: str, width: int) -> None:
    # A review's case: Drupal's "Log in to post comments" after the time. The list of links was
    # cut before it, the name above the next text was not found, and the dates alone were read as
    # the headers (each comment's text the link, the names and texts lost).
    texts = [
        ("Anonymous", "April 5, 2018", "<p>One valuable reform would be to make them tell you.</p>"),
        ("Jane Doe", "April 6, 2018", "<p>Could I not just block it in my own filter at home?</p>"),
        ("Mark Twain", "April 7, 2018", "<p>Well written, thank you.</p>"),
    ]
    discussion = parse(dump(_links_page(texts, "", "Log in to post comments"), tool, width), "page.txt")
    read = [
        (c.author, c.posted_text, " ".join(p.text for p in c.paragraphs)) for c in walk(discussion.comments)
    ]
    assert read == [(name, date, text[3:-4]) for name, date, text in texts]
    dropped = {re.sub(r"\[\d+\]", "", item.text).lstrip("•* "): item.reason for item in discussion.chrome}
    assert dropped["Log in to post comments"] == "comment links"
