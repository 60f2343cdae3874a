"""Titles of news pages dumped by w3m and lynx where something else stands nearer the text than
the headline does: a picture's caption between the headline and the byline (the Telegraph's
pages of 2017), a list of the writers' names over the time of the post (CityLab's), and a box
of related stories, each with its date, in the middle of the text. The pages are written here in
such sites' markup; the truth is their <h1>.
"""

from __future__ import annotations

from html import escape

import pytest

from generator.model import Discussion, walk
from generator.read.dialects import parse
from generator.read.dump.heads import labels_only
from tests.seedkit import assert_nothing_lost_in_dump
from tests.threadpages.dumpers import dump

DUMPS = [("w3m", 80), ("w3m", 200), ("w3m", 10000), ("lynx", 80), ("lynx", 200)]


def _article(discussion: Discussion) -> str:
    """The article's paragraphs as one text, white space made single spaces (wrapping undone)."""
    return " ".join(" ".join(p.text.split()) for p in discussion.article)


MENU = "<ul class='nav'><li><a href='/news'>News</a></li><li><a href='/world'>World</a></li></ul>"

STORY = (
    "The president and his wife are under house arrest at their compound in the capital, a source "
    "close to the talks said on Thursday.",
    "A priest who has known the family for decades is acting as a go-between for the army and the "
    "president, the source said.",
    "The talks appear to be aimed at a smooth and bloodless handover of power before the end of the year.",
)
TEXT = "".join(f"<p>{paragraph}</p>" for paragraph in STORY)

CAPTIONED = (
    f"<html><body>{MENU}"
    "<h1>Zimbabwe coup: the president and his wife 'insisting he finishes his term'</h1>"
    "<figure><img src='TELEMMGLPICT000146889449_trans.jpeg?imwidth=450'>"
    "<figcaption>The president with the army's commander at State House, in a picture the Herald "
    "says was taken on November 16 Credit: THE HERALD</figcaption></figure>"
    "<ul class='authors'><li><a href='/staff'>Our Foreign Staff</a></li></ul>"
    f"<p class='date'>16 November 2017 • 2:15pm</p>{TEXT}</body></html>"
)

RELATED = [
    ("Remembering the City's Most Mesmerizing Sign", "Mark Byrnes", "Jul 17, 2014"),
    ("Navigator: Ode To The Dead Mall", "Tanvi Misra", "Mar 9, 2018"),
    ("The Twists and Turns of Making a Neon Sign", "Linda Poon", "Aug 23, 2017"),
]

AUTHORS = (
    f"<html><body>{MENU}"
    "<figure><img src='moulin-rouge.jpg' alt='[300]'><figcaption>The Moulin Rouge cabaret in Paris "
    "Benoit Tessier/Reuters</figcaption></figure>"
    "<h1>Why Neon Is the Ultimate Symbol of the 20th Century</h1>"
    "<ol class='byline'><li><a href='/a'>Sarah Archer</a></li></ol><time>1:39 PM ET</time>"
    f"<p class='dek'>The once common form of lighting was new when it first emerged.</p>{TEXT}"
    "<h2>Recommended</h2><ul>"
    + "".join(
        f"<li><img src='{n}.jpg' alt='144x144'><h3><a href='/{n}'>{title}</a></h3>"
        f"<ol><li><a href='/w{n}'>{writer}</a></li></ol><time>{when}</time></li>"
        for n, (title, writer, when) in enumerate(RELATED)
    )
    + "</ul><p>Neon signs exist today, though they have been eclipsed by newer technologies such as "
    "digital billboards.</p></body></html>"
)


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_pictures_caption_between_the_headline_and_the_byline_is_no_title(tool: str, width: int) -> None:
    text = dump(CAPTIONED, tool, width)
    discussion = parse(text, "page.txt")
    assert discussion.title == "Zimbabwe coup: the president and his wife 'insisting he finishes his term'"
    assert (str(discussion.posted), walk(discussion.comments)) == ("2017-11-16", [])
    article = _article(discussion)
    assert all(paragraph in article for paragraph in STORY)
    assert_nothing_lost_in_dump(text, discussion)


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_headline_over_its_writers_list_and_time_is_the_title(tool: str, width: int) -> None:
    # The caption over the headline, the writers as a list and the time under it ("1:39 PM ET"),
    # and a "Recommended" box of stories in the text, each dated: the headline is the title, and
    # no story's date is the article's.
    text = dump(AUTHORS, tool, width)
    discussion = parse(text, "page.txt")
    assert discussion.title == "Why Neon Is the Ultimate Symbol of the 20th Century"
    assert_nothing_lost_in_dump(text, discussion)
    assert (discussion.author, discussion.posted, walk(discussion.comments)) == ("Sarah Archer", None, [])
    article = _article(discussion)
    assert all(paragraph in article for paragraph in STORY)
    assert "eclipsed by newer technologies" in article


WALK = (
    "We walked along the coast from the harbour to the lighthouse on a windy morning in March, and the "
    "kids counted the boats that came in with the tide.",
    "The path is steep in places, so bring good shoes and some water for the long way back to town.",
)
BYLINES = {
    "centred": "<center>By Ann Writer, March 2, 2012</center>",
    "set-right": "<p align='right'>By Ann Writer, March 2, 2012</p>",
    "quoted": "<blockquote>By Ann Writer, March 2, 2012</blockquote>",
}


@pytest.mark.parametrize("byline", sorted(BYLINES))
@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_byline_set_in_under_a_menu_is_no_list_items(tool: str, width: int, byline: str) -> None:
    # A review's case: the byline centred, set right or quoted stands as far right as the menu's
    # items' text, a few lines under them; the headline at the margin between, it is the post's
    # byline, not a story's date in a list.
    page = (
        f"<html><body>{MENU}<h1>A walk along the coast</h1>{BYLINES[byline]}"
        + "".join(f"<p>{text}</p>" for text in WALK)
        + "</body></html>"
    )
    discussion = parse(dump(page, tool, width), "walk.txt")
    assert (discussion.title, str(discussion.posted)) == ("A walk along the coast", "2012-03-02")


@pytest.mark.parametrize(
    "headline", ["A walk along the coast", "Photo essay: a walk along the coast", "Reuters walks the coast"]
)
@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_headline_under_its_picture_is_the_title(tool: str, width: int, headline: str) -> None:
    # The headline set under its picture in one paragraph ("[hero]" / "A walk along the coast"):
    # no caption (no credit's shape, "Credit:", "/Reuters"; no sentence), the title; the site's
    # name above is not.
    page = (
        f"<html><body>{MENU}<p>Coast Walks Journal</p><p><img src='hero.jpg'><br><b>{headline}</b></p>"
        "<p>By Ann Writer, March 2, 2012</p>" + "".join(f"<p>{text}</p>" for text in WALK)
    )
    discussion = parse(dump(page + "</body></html>", tool, width), "walk.txt")
    assert (discussion.title, discussion.author) == (headline, "Ann Writer")


META = {
    "quoted-under-centred-headline": "<center><h1>A walk along the coast</h1></center>"
    "<blockquote>By Ann Writer, March 2, 2012</blockquote>",
    "meta-list": "<h1>A walk along the coast</h1><ul class='meta'><li>Ann Writer<br>"
    "<time>March 2, 2012</time></li><li>Travel</li></ul>",
    "wrapped-byline": "<h1>A walk along the coast</h1><p class='byline'>Ann Writer, Senior Correspondent for "
    "the Coastal Walks Gazette and Weekly Review, March 2, 2012</p>",
}


@pytest.mark.parametrize("head", sorted(META))
@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("lynx", 80)])
def test_a_posts_own_byline_set_in_or_listed_or_wrapped_dates_it(tool: str, width: int, head: str) -> None:
    # A second review's cases: the byline quoted under a centred headline (the menu's items at its
    # column above), the post's meta as a list under its title, a byline whose date the dumper
    # wrapped onto a line of its own. Each is the post's: it dates the post.
    page = f"<html><body>{MENU}{META[head]}" + "".join(f"<p>{text}</p>" for text in WALK)
    discussion = parse(dump(page + "</body></html>", tool, width), "walk.txt")
    assert (discussion.title, str(discussion.posted)) == ("A walk along the coast", "2012-03-02")


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_picture_alone_over_the_text_is_no_title(tool: str, width: int) -> None:
    # No headline at all: the picture over the text ("[hero]") is no title; the file's name is.
    page = f"<html><body>{MENU}<p><img src='hero.jpg'></p>" + "".join(f"<p>{text}</p>" for text in WALK)
    discussion = parse(dump(page + "</body></html>", tool, width), "walk.txt")
    assert "hero" not in discussion.title


# w3m at 80 columns wraps a sentence of the text before its date: the date's line reads as a
# byline ("November 30, 2016."), and the line over it, the end of a paragraph, was the title.
WRAPPED_DATE = """  • Home
  • About

Mozilla

Mozilla is a free software community, founded in 1998 by members of Netscape. Its
sign-in service let a reader use one name and password on many sites. It shut down on
November 30, 2016.

Mozilla's products are developed in the open, with volunteers and staff side by side.
"""


def test_a_date_the_dumper_wrapped_onto_a_line_of_its_own_is_no_byline() -> None:
    assert max(len(line) for line in WRAPPED_DATE.splitlines()) <= 85  # as w3m wrapped it
    discussion = parse(WRAPPED_DATE, "page.txt")
    assert (discussion.title, discussion.posted, discussion.comments) == ("Mozilla", None, ())


GLUED_BYLINES = {
    "By Ann Writer March 2, 2012": "Ann Writer",
    "Posted by Ann Writer March 2, 2012 at 3:57 PM": "Ann Writer",
    "By Thompson March 2, 2012": "Thompson",
    "By Ann Writer, March 2, 2012": "Ann Writer",
    "By Ann Writer 2 March 2012": "Ann Writer",
}


@pytest.mark.parametrize("byline", sorted(GLUED_BYLINES))
@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("lynx", 80)])
def test_a_bylines_name_stops_where_its_date_starts(tool: str, width: int, byline: str) -> None:
    # The name was cut where the day's digits start, so the month went with it ("Ann Writer
    # March", "Thompson June" on the benchmark's pages).
    page = f"<html><body>{MENU}<h1>A walk along the coast</h1><p>{byline}</p>" + "".join(
        f"<p>{text}</p>" for text in WALK
    )
    discussion = parse(dump(page + "</body></html>", tool, width), "walk.txt")
    assert (discussion.author, str(discussion.posted)) == (GLUED_BYLINES[byline], "2012-03-02")


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_headline_over_a_date_alone_over_wrapped_text_is_the_title(tool: str, width: int) -> None:
    # The text's first line under the date, wrapped by the dumper, read as a title under a date
    # header (Blogger's "date over title"): the headline above was listed as navigation.
    page = f"<html><body>{MENU}<h1>A walk along the coast</h1><p>March 2, 2012</p>" + "".join(
        f"<p>{text}</p>" for text in (WALK[0] + " We were back before the rain.", WALK[1])
    )
    text = dump(page + "</body></html>", tool, width)
    discussion = parse(text, "walk.txt")
    assert (discussion.title, str(discussion.posted)) == ("A walk along the coast", "2012-03-02")
    assert_nothing_lost_in_dump(text, discussion)


TRACKER = (
    '<p>&lt;div style="position:absolute;"&gt;&lt;img width=1 height=1 alt="" src="http://b5.example.jp/'
    "b?P=oI9TLjE4Mi66RLp&amp;T=16lu7dcl9%2fX%3d1489053188%2fE%3d2078709551&amp;U=13l8ooocs%2fN%3dsDR_ALYW"
    'OUA-%2fC%3d300956521"&gt;&lt;/div&gt;</p>'
)


TRACKERS = {
    "escapes": TRACKER,
    "one parameter": '<p>&lt;div style="position:absolute;"&gt;&lt;img width=1 height=1 alt="" '
    'src="http://b5.example.jp/b?P=oI9TLjE4Mi66RLpAorxEdAVuMTE4LgAAAAA2TzUA"&gt;&lt;/div&gt;</p>',
}


@pytest.mark.parametrize("tracker", sorted(TRACKERS))
@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_trackers_markup_shown_as_text_is_no_title(tool: str, width: int, tracker: str) -> None:
    # A tracker's <img> in a <noscript>, shown as text (Yahoo's pages), between the headline and
    # the byline: it was the title, tag, address and all.
    page = f"<html><body>{MENU}<h1>A walk along the coast</h1>{TRACKERS[tracker]}"
    page += "<p>By Ann Writer, March 2, 2012</p>"
    page += "".join(f"<p>{text}</p>" for text in WALK) + "</body></html>"
    discussion = parse(dump(page, tool, width), "walk.txt")
    assert (discussion.title, discussion.author) == ("A walk along the coast", "Ann Writer")


@pytest.mark.parametrize(
    "title",
    [
        "The <dialog> element",
        "Q&A: the answers",
        "AT&T = a phone company",
        "1984",
        "F1",
        "X",
        "Styling <input type=range> in every browser",
        "Closing </p> tags are optional",
        "What does ?utm_source= mean in a link",
        "E=mc²",
        "Option<T>",
        'Use <a href="/"> links well',
    ],
)
def test_a_headline_with_angle_brackets_or_ampersands_is_a_title(title: str) -> None:
    page = f"<html><body>{MENU}<h1>{escape(title)}</h1><p>By Ann Writer, March 2, 2012</p>"
    page += "".join(f"<p>{text}</p>" for text in WALK) + "</body></html>"
    assert parse(dump(page, "w3m", 80), "walk.txt").title == title


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_long_title_under_a_date_header_is_the_title(tool: str, width: int) -> None:
    # Blogger's date over a title long enough to wrap, ended by "!": a title still, not the first
    # line of a paragraph.
    title = (
        "We finally walked the whole coast path from the harbour to the old lighthouse and back again today!"
    )
    assert len(title.split()) > 15
    page = f"<html><body>{MENU}<h2>Friday, March 2, 2012</h2><h3>{title}</h3>"
    page += "".join(f"<p>{text}</p>" for text in WALK) + "</body></html>"
    discussion = parse(dump(page, tool, width), "walk.txt")
    assert (discussion.title, str(discussion.posted)) == (title, "2012-03-02")


NEWSPAPER_MENU = (
    "<ul class='sections'>"
    + "".join(
        f"<li><a href='/{n}'>{section}</a></li>"
        for n, section in enumerate(["Politique", "Société", "Monde", "Économie", "Culture", "Idées"])
    )
    + "</ul>"
)

MASTHEAD = (
    "<html><body><header><p class='brand'>Libération Monde</p><p class='today'>La Une du 30 avril 2015</p>"
    f"<p>Journal numérique 30 avril 2015</p></header><nav>{NEWSPAPER_MENU}</nav>"
    "<h1>Un troisième Français mort dans le séisme au Népal</h1>"
    "<p class='byline'>AFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)</p>"
    f"{TEXT}</body></html>"
)


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_newspapers_date_of_the_day_over_its_menus_is_no_byline(tool: str, width: int) -> None:
    # "La Une du 30 avril 2015" over the sections is the day's paper; the story's byline is under
    # its headline (a sentence's words), its update in brackets after its date.
    text = dump(MASTHEAD, tool, width)
    discussion = parse(text, "monde.txt")
    assert discussion.title == "Un troisième Français mort dans le séisme au Népal"
    assert (str(discussion.posted), discussion.posted_text) == ("2015-04-30", "30 avril 2015 à 07:19")
    article = _article(discussion)
    assert all(paragraph in article for paragraph in STORY) and "Journal" not in article
    assert_nothing_lost_in_dump(text, discussion)


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_date_over_a_short_menu_stays_the_byline(tool: str, width: int) -> None:
    # A post's date over a list of a few tags, then its text: the list is no newspaper's menus.
    page = (
        "<html><body><h1>A walk along the coast</h1><p>March 2, 2012</p>"
        "<ul><li><a href='/t/walks'>walks</a></li><li><a href='/t/coast'>coast</a></li></ul>"
        "<h2>Harbour to the lighthouse on a windy morning in spring</h2>"
        "<p>By Ann Writer, March 9, 2012</p>" + "".join(f"<p>{text}</p>" for text in WALK) + "</body></html>"
    )
    discussion = parse(dump(page, tool, width), "walk.txt")
    assert (discussion.title, str(discussion.posted)) == ("A walk along the coast", "2012-03-02")


COOKIES = (
    "<html><body><div class='cookies'><p>En poursuivant votre navigation sur ce site, vous acceptez "
    "l’utilisation de cookies pour vous proposer des contenus et services adaptés à vos centres "
    "d’intérêts. En savoir plus et gérer ces paramètres.</p></div>"
    f"<nav>{NEWSPAPER_MENU}</nav>"
    "<h1>Le projet de loi sur le renseignement massivement approuvé à l'Assemblée</h1>"
    "<p class='bloc_signature'><span>Le Monde</span> | <time>04.05.2015 à 13h36</time> • Mis à jour le "
    "<time>05.05.2015 à 20h13</time> | Par <a href='/journaliste/martin-untersinger/'>Martin Untersinger"
    "</a> (avec Damien Leloup et Morgane Tual)</p>"
    f"{TEXT}</body></html>"
)


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_byline_with_its_update_names_the_title_over_a_cookie_banner(tool: str, width: int) -> None:
    # The cookie banner's paragraph stands over everything; the byline gives the paper's name, the
    # date, the update's date, and "Par" with the writers (lynx wraps them onto the next line).
    text = dump(COOKIES, tool, width)
    discussion = parse(text, "loi.txt")
    assert discussion.title == "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée"
    # "Par" ends the byline's line where the dumper wrapped the name onto the next.
    assert (str(discussion.posted), discussion.author) == (
        "2015-05-04",
        "Martin Untersinger (avec Damien Leloup et Morgane Tual)",
    )
    article = _article(discussion)
    assert all(paragraph in article for paragraph in STORY) and "cookies" not in article
    assert_nothing_lost_in_dump(text, discussion)


CREDITED = (
    f"<html><body>{MENU}<h1>Third blogger hacked to death in the capital</h1>"
    "<figure><img src='12052015-blogger.jpg'><figcaption>© Munir uz Zaman, AFP | Police forensics "
    "investigate the scene where a blogger was hacked to death in the capital in February"
    "</figcaption></figure><p class='author'>Text by NEWS WIRES</p><p>Latest update : 2015-05-12</p>"
    f"{TEXT}</body></html>"
)


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_caption_that_opens_with_its_credit_is_no_title(tool: str, width: int) -> None:
    # lynx shows nothing of the picture (it has no text): the caption's lines, the credit first,
    # stand right over the byline.
    text = dump(CREDITED, tool, width)
    discussion = parse(text, "wire.txt")
    assert (discussion.title, discussion.author, str(discussion.posted)) == (
        "Third blogger hacked to death in the capital",
        "NEWS WIRES",
        "2015-05-12",
    )
    assert_nothing_lost_in_dump(text, discussion)


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_two_writers_listed_over_the_time_are_the_articles(tool: str, width: int) -> None:
    page = AUTHORS.replace(
        "<li><a href='/a'>Sarah Archer</a></li>",
        "<li><a href='/a'>Sarah Archer</a></li><li>Mark Byrnes</li>",
        1,
    )
    text = dump(page, tool, width)
    discussion = parse(text, "page.txt")
    assert (discussion.title, discussion.author) == (
        "Why Neon Is the Ultimate Symbol of the 20th Century",
        "Sarah Archer, Mark Byrnes",
    )
    article = _article(discussion)
    assert "Sarah Archer" not in article.split("Recommended")[0]
    assert_nothing_lost_in_dump(text, discussion)


@pytest.mark.parametrize("note", ["", ", Developer Advocate for IoT"])
@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_posted_by_under_the_date_names_the_writer(tool: str, width: int, note: str) -> None:
    # Blogger's theme of Google's blogs: the date, then "Posted by" and the name, a note on the
    # writer after a comma.
    page = (
        f"<html><body>{MENU}<h1>Android Things Developer Preview 7</h1>"
        "<div class='header'><div class='date'>06 March 2018</div>"
        f"<div class='byline'>Posted by Dave Smith{note}</div></div>{TEXT}</body></html>"
    )
    text = dump(page, tool, width)
    discussion = parse(text, "android.txt")
    assert (discussion.title, discussion.author, str(discussion.posted)) == (
        "Android Things Developer Preview 7",
        "Dave Smith",
        "2018-03-06",
    )
    assert_nothing_lost_in_dump(text, discussion)


HARBOUR = (
    "The council voted last night to rebuild the harbour wall. Work will start in the summer and last.",
    "It was cold but bright, and the gulls followed us all the way to the lighthouse and back again.",
    "At the end of the day we had fish and chips on the harbour wall and watched the boats come in.",
)
HARBOUR_TEXT = "".join(f"<p>{text}</p>" for text in HARBOUR)
FIVE = "<ul>" + "".join(f"<li><a href='/{n}'>Section {n}</a></li>" for n in range(5)) + "</ul>"
SHARE = (
    "<ul class='share'>"
    + "".join(
        f"<li><a href='#'>{tool}</a></li>" for tool in ("Facebook", "Twitter", "LinkedIn", "Email", "Print")
    )
    + "</ul>"
)
# Pages a review wrote against the rules above: each reads as it did before them.
NOT_MASTHEADS = {
    # A writer's byline, a share bar of five links and the update's line under it.
    "share bar": (
        "<p><a href='/'>The Coast Herald</a></p><h1>Harbour wall to be rebuilt after winter storms</h1>"
        f"<p>By Ann Writer | March 2, 2012</p>{SHARE}<p>Updated March 3, 2012 at 10:15</p>{HARBOUR_TEXT}",
        ("Harbour wall to be rebuilt after winter storms", "Ann Writer", "2012-03-02"),
    ),
    # A post's categories as a list of bullets over its date: no writers.
    "categories": (
        f"{FIVE}<h1>A walk along the coast</h1><ul class='cats'><li><a href='/c/t'>Travel Tips</a></li>"
        f"<li><a href='/c/uk'>United Kingdom</a></li></ul><p>March 2, 2012</p>{HARBOUR_TEXT}",
        ("A walk along the coast", None, "2012-03-02"),
    ),
    # A sentence under the date that opens with "By" and a comma.
    "by christmas": (
        f"{FIVE}<h1>Harbour wall to be rebuilt after winter storms</h1><p>March 2, 2012<br>By Christmas "
        f"Day, the wall will be finished and the harbour reopened to boats.</p>{HARBOUR_TEXT}",
        ("Harbour wall to be rebuilt after winter storms", None, "2012-03-02"),
    ),
    # A site's "Last updated" over the headline, and in the footer of a page with no byline.
    "updated over the title": (
        f"{FIVE}<p>Last updated: 3 March 2012</p>"
        f"<h1>Harbour wall to be rebuilt after winter storms</h1><p>By Ann Writer, March 2, 2012</p>"
        f"{HARBOUR_TEXT}",
        ("Harbour wall to be rebuilt after winter storms", "Ann Writer", "2012-03-02"),
    ),
    "updated in the footer": (
        f"{FIVE}<h1>Getting started with the harbour app</h1>{HARBOUR_TEXT}<hr><p>Contact us</p>"
        "<p>Last updated: 3 March 2012</p>",
        ("Getting started with the harbour app", None, "None"),
    ),
    # Reuters' line under the story: no byline.
    "reporting by": (
        f"{FIVE}<h1>Harbour wall to be rebuilt after winter storms</h1>{HARBOUR_TEXT}"
        "<p>Reporting by Jane Doe in London; Editing by Ann Writer</p>",
        ("Harbour wall to be rebuilt after winter storms", None, "None"),
    ),
    # A name before the date, the update after it.
    "name and update": (
        f"{FIVE}<h1>Harbour wall to be rebuilt after winter storms</h1>"
        f"<p>Ann Writer · March 2, 2012 · Updated March 3, 2012</p>{HARBOUR_TEXT}",
        ("Harbour wall to be rebuilt after winter storms", "Ann Writer", "2012-03-02"),
    ),
}


@pytest.mark.parametrize("case", sorted(NOT_MASTHEADS))
@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_bylines_menus_and_labels_that_are_no_mastheads_read_as_they_are(
    tool: str, width: int, case: str
) -> None:
    body, (title, author, posted) = NOT_MASTHEADS[case]
    text = dump(f"<html><body>{body}</body></html>", tool, width)
    discussion = parse(text, "harbour.txt")
    assert (discussion.title, discussion.author, str(discussion.posted)) == (title, author, posted)
    article = _article(discussion)
    assert all(paragraph in article for paragraph in HARBOUR)
    assert_nothing_lost_in_dump(text, discussion)


def test_a_seed_typed_by_hand_keeps_its_title_over_a_dated_heading() -> None:
    # No menu, no comments, no date under its title: a later heading with its date under it is
    # the seed's own text, not a page's headline.
    seed = (
        "A walk along the coast\n\nWe set off early from the harbour. The tide was out and the sand was "
        "firm.\n\nPostscript\n\nMarch 9, 2012\n\nWe went back a week later and the path had washed "
        "away in the storm.\n"
    )
    discussion = parse(seed, "walk.txt")
    assert discussion.title == "A walk along the coast"
    article = " ".join(p.text for p in discussion.article)
    assert "We set off early" in article and "Postscript" in article


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_the_date_under_the_writers_list_is_the_articles(tool: str, width: int) -> None:
    page = AUTHORS.replace("<time>1:39 PM ET</time>", "<time>Jul 17, 2014</time>", 1)
    discussion = parse(dump(page, tool, width), "page.txt")
    assert (discussion.author, str(discussion.posted)) == ("Sarah Archer", "2014-07-17")
    # The dates of the "Recommended" box's stories, set in under it, are no replies to it: the
    # page was published with four anonymous comments, the article's date the first.
    assert (discussion.title, walk(discussion.comments)) == (
        "Why Neon Is the Ultimate Symbol of the 20th Century",
        [],
    )


@pytest.mark.parametrize(
    ("label", "only"),
    [("Latest update", True), ("Mis à jour", True), ("Last updated", True), ("Ann Writer", False)],
)
def test_a_dates_label_names_no_one(label: str, only: bool) -> None:
    assert labels_only(label) is only
