"""The article's writer and date in w3m and lynx dumps where the byline is not one line under the
title: a block theme's date, separator, "By" and name each on a line of their own; Blogger's
footer under the text ("Posted by … at 09:15"); wordpress.com's date glued to the name under the
text; Twenty Twenty's labelled meta list; a forum's first post. The pages are written here in
those themes' markup; the truth is what the markup says.
"""

from __future__ import annotations

import pytest

from generator.read.dialects import parse
from tests.seedkit import assert_nothing_lost_in_dump
from tests.threadpages.dumpers import dump

DUMPS = [("w3m", 80), ("w3m", 200), ("lynx", 80), ("lynx", 200)]

MENU = "<ul class='nav'><li><a href='/'>Home</a></li><li><a href='/about'>About</a></li></ul>"

TEXT = (
    "<p>We walked along the coast from the harbour to the lighthouse on a windy morning in March, "
    "and the kids counted the boats that came in with the tide.</p>"
    "<p>The path is steep in places, so bring good shoes and some water for the long way back.</p>"
)

COMMENTS = (
    "<h2>2 comments on “A walk along the coast”</h2><ol class='commentlist'>"
    "<li><p class='meta'><b>Karl</b> says:<br>March 3, 2012 at 10:00 am</p><p>Lovely walk, we did it "
    "last year.</p><p><a href='#'>Reply</a></p></li>"
    "<li><p class='meta'><b>Dora Smith</b> says:<br>March 4, 2012 at 11:00 am</p><p>How long did it "
    "take you?</p><p><a href='#'>Reply</a></p></li></ol>"
)


def _read(body: str, tool: str, width: int) -> tuple[str | None, str]:
    text = dump(f"<html><body>{MENU}{body}</body></html>", tool, width)
    discussion = parse(text, "walk.txt")
    assert_nothing_lost_in_dump(text, discussion)
    assert len(discussion.comments) == 2
    return discussion.author, str(discussion.posted)


PAGES = {
    # A block theme: the date, a separator, "Por" and the name, each a block of its own, and the
    # category under them (the title over its date was read as a forum's first post's header).
    "block theme": "<h1>A walk along the coast</h1><div class='post-date'>March 2, 2012</div>"
    "<p>—</p><div class='by'>By</div><div class='author'><a href='/a'>Ann Writer</a></div>"
    "<div class='terms'>Posted in <a href='/t'>Travel</a></div>" + TEXT + COMMENTS,
    # Blogger: the date over the title, the writer in the post's footer under the text.
    "Blogger footer": "<h2 class='date-header'>Friday, March 2, 2012</h2><h3>A walk along the coast</h3>"
    + TEXT
    + "<div class='post-footer'>Posted by <a href='/p'>Ann Writer</a> at <a href='/x'>09:15</a>"
    "<br>Labels: <a href='/l'>Travel</a></div>" + COMMENTS,
    # wordpress.com: the date and the name glued together under the text.
    "glued under the text": "<h1>A walk along the coast</h1>" + TEXT + "<footer><span>March 2, 2012</span>"
    "<span>By <a href='/a'>Ann Writer</a></span><br>Posted in <a href='/t'>Travel</a></footer>" + COMMENTS,
    # Twenty Twenty: each item of the post's meta labelled for screen readers.
    "labelled meta": "<h1>A walk along the coast</h1><ul class='post-meta'><li>"
    "<span class='screen-reader-text'>Post author</span><a href='/a'>Ann Writer</a></li>"
    "<li><span class='screen-reader-text'>Post date</span>March 2, 2012</li>"
    "<li><a href='#comments'>2 Comments</a></li></ul>" + TEXT + COMMENTS,
    # The writer's handle and the date's label between the name and the date (Vox's byline).
    "handle and label": "<h1>A walk along the coast</h1><p>By Ann Writer@annwrites Updated March 2, 2012, "
    "2:15pm EDT</p>" + TEXT + COMMENTS,
    "handle in brackets": "<h1>A walk along the coast</h1><p>By Ann Writer (@annwrites) March 2, 2012</p>"
    + TEXT
    + COMMENTS,
    # The date's weekday, a forum's arrow between name and date.
    "weekday": "<h1>A walk along the coast</h1><p>Written by Ann Writer Friday, March 2, 2012</p>"
    + TEXT
    + COMMENTS,
    "arrow": "<h1>A walk along the coast</h1><p>Post by Ann Writer » Fri Mar 02, 2012 1:00 pm</p>"
    + TEXT
    + COMMENTS,
}


@pytest.mark.parametrize("page", sorted(PAGES))
@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_the_articles_writer_and_date_are_read(tool: str, width: int, page: str) -> None:
    assert _read(PAGES[page], tool, width) == ("Ann Writer", "2012-03-02")


NOT_BYLINES = {
    # A sentence broken before its "by …" (as a dumper wraps one): no footer byline.
    "broken sentence": "<h1>A walk along the coast</h1><p>March 2, 2012</p>"
    + TEXT
    + "<p>The map of the path along the cliffs was drawn<br>by Ann Writer at 09:15</p>"
    + COMMENTS,
    # A blog's byline names its category after the date ("Posted on … in Travel"): no writer.
    "category after the date": "<h1>A walk along the coast</h1><p>Posted on March 2, 2012 in Travel</p>"
    + TEXT
    + COMMENTS,
    # A category over the date is no writer, nor is a name-like one ("Home Improvement"): a name
    # alone over the date is not told from it.
    "category over the date": "<h1>A walk along the coast</h1><p>Travel<br>March 2, 2012</p>"
    + TEXT
    + COMMENTS,
    "two-word category over the date": "<h1>A walk along the coast</h1>"
    "<p>Home Improvement<br>March 2, 2012</p>" + TEXT + COMMENTS,
    # A subheading that opens as a byline, under a sentence in the text: "By Popular Demand".
    "subheading": "<h1>A walk along the coast</h1><p>March 2, 2012</p>"
    + TEXT
    + "<h3>By Popular Demand</h3><p>We went back the next day, and the day after that too.</p>"
    + COMMENTS,
    # A byline's shape without a name or a time after the connector (a crash: "at …").
    "footer without a time": "<h1>A walk along the coast</h1><p>March 2, 2012</p>"
    + TEXT
    + "<p>Posted by Ann Writer at …</p>"
    + COMMENTS,
}

HEADLESS = COMMENTS.split("</h2>", 1)[1]
"""The comments without their heading (a forum's posts have none)."""


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_title_over_its_date_is_not_its_writer(tool: str, width: int) -> None:
    # No comments heading: the title over its date was read as a forum's first post's header,
    # its "name" the writer's.
    body = "<h1>A walk along the coast</h1><p>Posted on March 2, 2012</p>" + TEXT + HEADLESS
    text = dump(f"<html><body>{MENU}{body}</body></html>", tool, width)
    discussion = parse(text, "walk.txt")
    assert discussion.author != "A walk along the coast"
    assert discussion.title == "A walk along the coast"


@pytest.mark.parametrize(
    "byline", ["By ann@example.com, March 2, 2012", "Posted by ann.writer@example.com on March 2, 2012"]
)
def test_an_address_for_a_name_stays_whole(byline: str) -> None:
    body = f"<h1>A walk along the coast</h1><p>{byline}</p>" + TEXT + COMMENTS
    author = _read(body, "w3m", 80)[0]
    assert author is not None and author.endswith("@example.com")


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_category_line_that_opens_a_paragraph_is_the_texts(tool: str, width: int) -> None:
    # "Published in 1851, …" under the date, the paragraph's first line only was dropped as the
    # post's category.
    opening = "Published in 1851, Moby Dick is a long novel about a whale and about the men who hunted it."
    body = f"<h1>A walk along the coast</h1><div>March 2, 2012</div><div>{opening}</div>" + TEXT + COMMENTS
    text = dump(f"<html><body>{MENU}{body}</body></html>", tool, width)
    discussion = parse(text, "walk.txt")
    assert " ".join(discussion.article[0].text.split()) == opening


@pytest.mark.parametrize("page", sorted(NOT_BYLINES))
@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_no_writer_is_made_up(tool: str, width: int, page: str) -> None:
    assert _read(NOT_BYLINES[page], tool, width) == (None, "2012-03-02")


NAMES = {
    "Posted by Li Sun on March 2, 2012": "Li Sun",
    "By Li Sun March 2, 2012": "Li Sun",
    "By Linh Do, March 2, 2012": "Linh Do",
    "By Tom Last, March 2, 2012": "Tom Last",
    "By Ann Writer Last updated: March 2, 2012": "Ann Writer",
    "Von Anna Mo am 2. März 2012": "Anna Mo",
}


@pytest.mark.parametrize("byline", sorted(NAMES))
def test_a_surname_like_a_weekday_or_a_label_stays(byline: str) -> None:
    # A second review's cases: "Sun", "Do", "Mo" are weekdays cut short, "Last" a label's word;
    # only a label, a weekday written out or set after a separator, right before the date, goes.
    body = f"<h1>A walk along the coast</h1><p>{byline}</p>" + TEXT + COMMENTS
    assert _read(body, "w3m", 80)[0] == NAMES[byline]


NOT_FOOTERS = [
    "By Boat at 9:15",
    "Von Montag bis Freitag um 9:15",
    "Por la tarde a las 18:00",
    "Published by Faber and Faber on 2 March 2012",
    "Published by Fourth Estate on 5 March 2020.",
    "Veröffentlicht von Rowohlt am 5. März 2020.",
]


@pytest.mark.parametrize("last", NOT_FOOTERS)
@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("lynx", 80)])
def test_the_texts_last_line_is_no_footer(tool: str, width: int, last: str) -> None:
    # The text's last line that opens as a byline, with a time after it, was taken for the
    # writer and left out of the text.
    body = "<h1>A walk along the coast</h1><p>March 2, 2012</p>" + TEXT + f"<p>{last}</p>" + COMMENTS
    text = dump(f"<html><body>{MENU}{body}</body></html>", tool, width)
    discussion = parse(text, "walk.txt")
    assert discussion.author is None
    assert " ".join(discussion.article[-1].text.split()) == last


@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("lynx", 80)])
def test_a_recent_posts_footer_is_not_the_articles(tool: str, width: int) -> None:
    body = (
        "<h1>A walk along the coast</h1><p>March 2, 2012</p>"
        + TEXT
        + "<h3>Recent posts</h3><div><a href='/a'>"
        "Autumn in the hills</a><p>We climbed the ridge and looked down at the valley below.</p>"
        "<p>Posted by Bob Miller at 10:00</p></div>" + COMMENTS
    )
    assert _read(body, tool, width)[0] is None


@pytest.mark.parametrize(
    ("footer", "writer"),
    [
        ("Publicado por Ann Writer a la(s) 09:15", "Ann Writer"),
        ("Publicado por Ann Writer en 09:15", "Ann Writer"),
    ],
)
def test_a_spanish_footers_connector_is_no_name(footer: str, writer: str) -> None:
    body = "<h1>A walk along the coast</h1><p>March 2, 2012</p>" + TEXT + f"<p>{footer}</p>" + COMMENTS
    assert _read(body, "w3m", 80)[0] == writer


NAME_DATE_COMMENTS = (
    "<ol class='commentlist'><li><p>Karl<br>March 3, 2012 at 10:00 am</p><p>Lovely walk, we did it last "
    "year.</p><p><a href='#'>Reply</a></p></li><li><p>Dora Smith<br>March 4, 2012 at 11:00 am</p><p>How long "
    "did it take you?</p><p><a href='#'>Reply</a></p></li></ol>"
)


@pytest.mark.parametrize("over", ["Travel", "Posted in Travel", "5 min read", "Part two of our coast series"])
@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("lynx", 80)])
def test_a_line_over_the_date_is_no_forum_posts_writer(tool: str, width: int, over: str) -> None:
    # Comments written as "Name" / date and no comments heading: the page's first header (a
    # category, a subtitle over the date) was read as a forum's first post's, its line the writer.
    body = f"<h1>A walk along the coast</h1><p>{over}</p><p>March 2, 2012</p>" + TEXT + NAME_DATE_COMMENTS
    text = dump(f"<html><body>{MENU}{body}</body></html>", tool, width)
    assert parse(text, "walk.txt").author is None


@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("lynx", 80)])
def test_a_category_before_the_date_and_time_is_no_writer(tool: str, width: int) -> None:
    # A third review's case: "News · March 2, 2012 at 9:00 am" over comments written alike
    # ("Karl Berg · March 3, 2012 at 10:00 am"), with no comments heading: a forum's first post's
    # header in shape, its "writer" the category.
    comments = "".join(
        f"<li><p>{name} · March {day}, 2012 at 10:00 am</p><p>{text}</p><p><a href='#'>Reply</a></p></li>"
        for name, day, text in (
            ("Karl Berg", 3, "Lovely walk, we did it last year."),
            ("Dora Smith", 4, "How long?"),
        )
    )
    body = (
        "<h1>A walk along the coast</h1><p>News · March 2, 2012 at 9:00 am</p>"
        + TEXT
        + f"<ol>{comments}</ol>"
    )
    discussion = parse(dump(f"<html><body>{MENU}{body}</body></html>", tool, width), "walk.txt")
    assert (discussion.author, str(discussion.posted)) == (None, "2012-03-02")


@pytest.mark.parametrize(
    "byline",
    [
        "<span>March 2, 2012</span><span>By <a href='/a'>Ann Writer</a></span>"
        "<span><a href='#c'>Leave a comment</a></span>",
        "Posted on March 2, 2012<span>Author Ann Writer</span><span>Categories Travel</span>",
    ],
)
def test_a_name_glued_to_what_follows_is_left_out(byline: str) -> None:
    body = f"<h1>A walk along the coast</h1><p>{byline}</p>" + TEXT + COMMENTS
    author = _read(body, "w3m", 80)[0]
    assert author is None or author == "Ann Writer"


def test_twenty_twentys_by_is_no_part_of_the_name() -> None:
    body = (
        "<h1>A walk along the coast</h1><ul class='post-meta'><li>"
        "<span class='screen-reader-text'>Post author</span>By <a href='/a'>Ann Writer</a></li>"
        "<li><span class='screen-reader-text'>Post date</span>March 2, 2012</li></ul>" + TEXT + COMMENTS
    )
    assert _read(body, "w3m", 80) == ("Ann Writer", "2012-03-02")


@pytest.mark.parametrize(
    "top",
    [
        "<p>15 posts</p><p>Posted by at 10:00</p><p>By</p><p>By Ann Writer, March 2, 2012</p>",
        "<p>15 posts</p><p>@ann</p><p>March 2, 2012Par </p>",
    ],
)
@pytest.mark.parametrize("tool", ["w3m", "lynx"])
def test_a_forum_page_of_its_first_post_alone_is_read(tool: str, top: str) -> None:
    # A second review's crash (IndexError): the page's one header was read as a forum's first
    # post's, and no comments were left to look at.
    text = dump(f"<html><body>{MENU}<h1>A walk along the coast</h1>{top}{TEXT}</body></html>", tool, 80)
    discussion = parse(text, "walk.txt")
    assert discussion.comments == ()
    assert_nothing_lost_in_dump(text, discussion)


COUNTS = ["3 comments", "No comments:", "No hay comentarios:", "Keine Kommentare:", "Nessun commento:"]


@pytest.mark.parametrize("count", COUNTS)
@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("lynx", 80)])
def test_a_footers_link_to_the_comments_is_no_part_of_it(tool: str, width: int, count: str) -> None:
    # Blogger's footer with its link to the comments after the time ("at 12:55 AM 3 comments").
    body = (
        "<h2>Friday, March 2, 2012</h2><h3>A walk along the coast</h3>"
        + TEXT
        + "<div class='post-footer'>Posted by <a href='/p'>Ann Writer</a> at <a href='/x'>12:55 AM</a> "
        f"<a href='#c'>{count}</a><br>Labels: <a href='/l'>Travel</a></div>" + COMMENTS
    )
    assert _read(body, tool, width) == ("Ann Writer", "2012-03-02")


NOT_FOOTERS_UNDER_SHORT_LINES = {
    # A quoted post's header under a short line, a live blog's updates: no footer, whoever it names.
    "quoted post": "<p>My friend wrote on the forum:</p><blockquote><p>Posted by Bob Other at 9:15</p>"
    "<p>See you at the harbour at noon!</p></blockquote><p>See you there!</p>",
    "live blog": "<h3>Updates</h3><p>Posted by Bob Other at 9:15</p><p>Road closed at the harbour</p>"
    "<p>Posted by Cara Third at 9:30</p><p>Road open again</p>",
    "short last line": "<p>Thanks for reading!</p><p>Posted by Bob Other at 9:15</p>",
}


@pytest.mark.parametrize("tail", sorted(NOT_FOOTERS_UNDER_SHORT_LINES))
@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("lynx", 80)])
def test_a_footer_like_line_under_a_short_line_is_the_texts(tool: str, width: int, tail: str) -> None:
    # A footer under a short last line is not told from these: the line stays in the text.
    body = "<h1>A walk along the coast</h1><p>March 2, 2012</p>" + TEXT + NOT_FOOTERS_UNDER_SHORT_LINES[tail]
    text = dump(f"<html><body>{MENU}{body}{COMMENTS}</body></html>", tool, width)
    discussion = parse(text, "walk.txt")
    assert discussion.author is None
    assert any("Bob Other" in paragraph.text for paragraph in discussion.article)


@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("lynx", 80)])
def test_a_footer_like_line_with_text_under_it_is_the_texts(tool: str, width: int) -> None:
    # Under a short line, with sentences under it: the text's, not a footer.
    body = (
        "<h1>A walk along the coast</h1><p>March 2, 2012</p>"
        + TEXT
        + "<p>Thanks for reading!</p><p>Posted by Ann Writer at 9:15</p>"
        + "<p>We will walk the northern half of the path next spring, when the days are longer.</p>"
        + COMMENTS
    )
    assert _read(body, tool, width)[0] is None
