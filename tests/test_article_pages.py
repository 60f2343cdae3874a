"""Pages without comments: a story site's chapter and a blog post, saved and dumped.

Most pages people save have no comments in them (a news story, a chapter whose comments a script
loads). Such a page is its article, read as well as a comment page's: from the saved page, the
block that holds the text when no theme's class marks it (a chapter written as ``<div>`` lines);
from a dump, the title past the menus, the byline's date and author. Two things went wrong before:

- The saved chapter was published with an empty article and ten "comments": the author box's
  grid columns (a name, a ``<time>``) and its badge images, each nested ``<div>`` a reply.
- The dumps were read as the seeds' own layout: the site's name (or lynx's ``#Atom feed`` line)
  became the title, the date was never read, and lynx's link list was refused as "numbered comments".

The pages are written here in the markup of such sites (a Bootstrap story site, a plain blog);
the truth is the pages' own text.
"""

from __future__ import annotations

import datetime as dt
import html as htmlmod

import pytest

from generator.errors import SeedError
from generator.model import Discussion
from generator.read import html
from generator.read.dialects import parse
from tests.threadpages.dumpers import dump

DUMPS = [("w3m", 80), ("w3m", 200), ("w3m", 10000), ("lynx", 80), ("lynx", 200)]

CHAPTER = (
    "The ferry left at dawn, and Mara was the last one aboard, her bag still wet from the rain.",
    "Nobody on the deck looked up when she passed; the gulls were louder than the engine.",
    "By the time the island showed on the horizon, she had read the letter four times over.",
    "It said nothing new, and that was the worst of it.",
)

STORY = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Chapter Nine: The Ferry - Salt Roads | Story Shelf</title>
<meta property="og:title" content="Chapter Nine: The Ferry - Salt Roads">
</head><body class="chapter-page">
<div class="page-header"><a href="/">Story Shelf</a>
<ul class="nav"><li><a href="/browse">Browse</a></li><li><a href="/latest">Latest</a></li></ul></div>
<div class="container chapter-page">
 <div class="fic-header"><h2>Salt Roads</h2><h4>by</h4><h4><a href="/u/7">Ines Marlow</a></h4>
 <h1>Chapter Nine: The Ferry</h1></div>
 <div class="portlet chapter"><div class="portlet-body">
  <div class="chapter-inner chapter-content"><div>
   <div style="text-align: center">9</div>
   {"".join(f"<div>{htmlmod.escape(line)}</div>" for line in CHAPTER)}
  </div></div>
 </div></div>
 <div class="portlet"><div class="caption">About the author</div>
  <div class="portlet-body profile"><div class="row">
   <div class="col-md-2"><div class="avatar-container"><img alt="Ines Marlow" src="a.png"></div>
    <div class="user-stats row"><a href="/u/7/fictions"><strong>3</strong> Fictions</a></div></div>
   <div class="col-md-10"><div class="row">
    <div class="col-md-8 profile-info"><h3><a href="/u/7">Ines Marlow</a></h3>
     <ul class="list-inline"><li><time datetime="2023-12-20T20:09:56Z">December 20, 2023</time></li></ul>
     <p><strong>Bio:</strong> I write about boats.</p></div>
    <div class="col-md-4"><div class="caption">Achievements</div><div class="row">
     <div class="col-xs-3"><img alt="Badge one" src="b1.png"></div>
     <div class="col-xs-3"><img alt="Badge two" src="b2.png"></div>
     <div class="col-xs-3"><img alt="Badge three" src="b3.png"></div></div></div>
   </div></div>
  </div></div>
 </div>
</div>
<footer><p>Story Shelf, a home for serials.</p></footer>
</body></html>
"""

POST = (
    "Emscripten can now emit standalone WebAssembly files that run outside the browser, "
    "without any JavaScript to go with them.",
    "By the time we shipped it, three runtimes could already load the files we made.",
    "This post shows how to build such a file, what it can call and what it cannot.",
)

BLOG = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Standalone WebAssembly · V9 blog</title>
<link rel="alternate" type="application/atom+xml" title="V9 blog feed" href="/feed.xml"></head>
<body>
<header><a href="/">V9</a><nav><ul><li><a href="/">Home</a></li><li><a href="/blog">Blog</a></li>
<li><a href="/docs">Docs</a></li></ul></nav></header>
<main><div>
<h1>Standalone WebAssembly</h1>
<p>Published <time datetime="2019-11-21">21 November 2019</time> · By Ada Lovelace</p>
{"".join(f"<p>{htmlmod.escape(text)}</p>" for text in POST)}
</div></main>
<footer><ul><li><a href="/terms">Terms</a></li><li><a href="/privacy">Privacy</a></li></ul></footer>
</body></html>
"""

STORY_TEXT = (
    "A flaw in a popular game makes it easy for just about anyone to crash the server that hosts it.",
    "The bug has been known for two years, and a fix was promised more than once.",
    "Until it ships, server owners can limit how many packets one player may send.",
)

NEWS = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Game exploit makes it easy to crash servers | Daily Bits</title>
<script type="application/ld+json">
<![CDATA[
{{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2015-04-16T20:02:00Z"}}
]]>
</script></head>
<body>
<header><ul class="menu"><li><a href="/it">Biz &amp; IT</a></li><li><a href="/tech">Tech</a></li></ul>
<div class="account"><h4>Comment activity</h4>
<p>Sign up or login to join the discussions!</p></div></header>
<div class="story">
<h4>Biz &amp; IT —</h4>
<h1>Game exploit makes it easy to crash servers</h1>
<h2>Two-year-old bug exposes thousands of servers to attack.</h2>
<p class="byline">Dan Goodwin - Apr 16, 2015 8:02 pm UTC</p>
{"".join(f"<p>{htmlmod.escape(text)}</p>" for text in STORY_TEXT)}
</div>
<div class="bottom"><h2>Today on Daily Bits</h2>
<ul><li><a href="/store">Store</a></li><li><a href="/subscribe">Subscribe</a></li>
<li><a href="/about">About us</a></li></ul></div>
</body></html>
"""


def _starts(paragraphs: list[str], truth: tuple[str, ...]) -> list[str]:
    """The truth's paragraphs (their first six words) in the order the reading has them."""
    joined = " ".join(" ".join(paragraphs).split())
    found = []
    for text in truth:
        start = " ".join(text.split()[:6])
        if start in joined:
            found.append(start)
    return found


def test_a_saved_chapter_is_its_text_and_the_author_box_no_comments() -> None:
    discussion = html.parse(STORY, "chapter.html")
    assert discussion.comments == ()
    assert discussion.title == "Chapter Nine: The Ferry - Salt Roads"
    assert [p.text for p in discussion.article] == ["9", *CHAPTER]


def test_a_saved_post_without_a_content_class_is_its_paragraphs() -> None:
    discussion = html.parse(BLOG, "post.html")
    assert discussion.comments == ()
    assert (discussion.title, discussion.posted) == ("Standalone WebAssembly", dt.date(2019, 11, 21))
    assert [p.text for p in discussion.article][-3:] == list(POST)


def test_comments_in_plain_divs_are_still_found_and_their_wrappers_are_no_replies() -> None:
    # A hand-made page: comments as classless <div>s with a name and a <time>, a reply nested in
    # a wrapper <div> of its own; the wrapper shows no name or date and is no comment.
    def comment(name: str, day: int, text: str, replies: str = "") -> str:
        return (
            f'<div><span class="author">{name}</span> <time datetime="2020-03-{day:02d}">'
            f"March {day}, 2020</time><p>{text}</p>{replies}</div>"
        )

    reply = comment("Bea", 4, "Same here, it rose twice as fast with the warmer water.")
    thread = comment("Al", 3, "My loaf came out flat again, even with the new flour.", f"<div>{reply}</div>")
    other = comment("Cy", 5, "Try a longer proof in the fridge overnight, it always helps.")
    page = (
        "<html><head><title>Flat loaves</title></head><body><h1>Flat loaves</h1>"
        "<p>Why do my loaves come out flat? I have tried three flours and two ovens now.</p>"
        f'<div class="thread">{thread}{other}</div></body></html>'
    )
    discussion = html.parse(page, "loaves.html")
    assert [(c.author, len(c.replies)) for c in discussion.comments] == [("Al", 1), ("Cy", 0)]
    replies = discussion.comments[0].replies
    assert [(r.author, r.paragraphs[0].text[:9]) for r in replies] == [("Bea", "Same here")]


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_dumped_post_is_read_as_its_article(tool: str, width: int) -> None:
    discussion = parse(dump(BLOG, tool, width), "post.txt")
    assert (discussion.dialect, discussion.comments) == ("threaded", ())
    assert (discussion.title, discussion.posted, discussion.author) == (
        "Standalone WebAssembly",
        dt.date(2019, 11, 21),
        "Ada Lovelace",
    )
    article = [p.text for p in discussion.article]
    # "By the time we shipped it" is the text's, not a byline: every paragraph is there, in order.
    assert _starts(article, POST) == [" ".join(text.split()[:6]) for text in POST]
    assert article[0].startswith("Emscripten can now emit")  # the menu and the byline are no text


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_dumped_chapter_keeps_all_its_text(tool: str, width: int) -> None:
    discussion = parse(dump(STORY, tool, width), "chapter.txt")
    assert (discussion.dialect, discussion.comments) == ("threaded", ())
    starts = [" ".join(text.split()[:6]) for text in CHAPTER]
    assert _starts([p.text for p in discussion.article], CHAPTER) == starts


@pytest.mark.parametrize("tool", ["w3m", "lynx"])
def test_a_dumped_page_whose_comments_are_unreadable_is_still_refused(tool: str) -> None:
    # The page says it has comments; read as a page, they would be published as its article.
    page = BLOG.replace(
        "</div></main>",
        "<h2>3 Comments</h2><p>ann (3 hours ago) +12: loved it</p></div></main>",
    )
    with pytest.raises(SeedError, match="expected comments under '3 Comments'"):
        parse(dump(page, tool, 80), "post.txt")


def test_a_saved_news_story_has_its_date_from_data_wrapped_as_xhtml() -> None:
    discussion = html.parse(NEWS, "story.html")
    assert (discussion.title, discussion.posted, discussion.comments) == (
        "Game exploit makes it easy to crash servers",
        dt.date(2015, 4, 16),
        (),
    )


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_dumped_news_story_is_its_headline_and_text_and_no_comment(tool: str, width: int) -> None:
    # "Comment activity" is a menu's heading, far above; "Today on Daily Bits" is a footer's
    # heading, not a comment of today by "Daily Bits"; the summary under the headline is no title.
    discussion = parse(dump(NEWS, tool, width), "story.txt")
    assert (discussion.dialect, discussion.comments) == ("threaded", ())
    assert (discussion.title, discussion.posted) == (
        "Game exploit makes it easy to crash servers",
        dt.date(2015, 4, 16),
    )
    starts = [" ".join(text.split()[:6]) for text in STORY_TEXT]
    assert _starts([p.text for p in discussion.article], STORY_TEXT) == starts


WIRE_TEXT = (
    "A blogger who wrote for a secular website was attacked on his way to work on Tuesday morning.",
    "He was the third writer attacked in the country in less than three months.",
    "Police said four men had waited for him near his house, and fled before help came.",
)

WIRE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Third blogger attacked in the capital | World 24</title>
</head><body>
<header><h1 class="logo">World 24 - news around the clock</h1><p>Live</p></header>
<div class="main-board">
<article class="promo"><a href="https://action.example.org/send">Send a message now</a></article>
<div class="panel-two-col-sidebar-right-mix"><div class="story">
<header><h1>Third blogger attacked in the capital</h1><p class="author">Text by NEWS WIRES</p>
<p class="modification">Latest update : 2015-05-12</p></header>
<div class="bd">{"".join(f"<p>{htmlmod.escape(text)}</p>" for text in WIRE_TEXT)}
<p class="modification">Date created : 2015-05-12</p></div>
</div></div>
<aside class="col-2"><div class="information-board">
<div class="when"><time datetime="2015-05-13T10:25:21+02:00">10:25</time> <a href="/a">Markets up</a></div>
<div class="when"><time datetime="2015-05-13T10:20:00+02:00">10:20</time> <a href="/b">Oil down</a></div>
</div></aside>
</div></body></html>
"""


def test_a_saved_wire_story_is_its_story_and_the_date_it_shows() -> None:
    # The only <article> is a promotion; a sidebar's ticker has the first <time>s of the page;
    # the story's own date is shown under its heading.
    discussion = html.parse(WIRE, "wire.html")
    assert (discussion.title, discussion.posted, discussion.comments) == (
        "Third blogger attacked in the capital",
        dt.date(2015, 5, 12),
        (),
    )
    assert [p.text for p in discussion.article][: len(WIRE_TEXT)] == list(WIRE_TEXT)


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_dumped_wire_story_has_no_comments_from_its_labels(tool: str, width: int) -> None:
    # "Latest update : 2015-05-12" and "Date created : 2015-05-12" are labels, not comment headers.
    discussion = parse(dump(WIRE, tool, width), "wire.txt")
    assert discussion.comments == ()
    if tool == "lynx":
        # Read as a page (lynx's marks): the headline over "Text by NEWS WIRES" (a byline) and
        # the date under its label. w3m's dump of this page shows no menu and no mark of a
        # dumper: it reads as a seed typed by hand, its first line the title.
        assert (discussion.title, discussion.author, discussion.posted) == (
            "Third blogger attacked in the capital",
            "NEWS WIRES",
            dt.date(2015, 5, 12),
        )
    starts = [" ".join(text.split()[:6]) for text in WIRE_TEXT]
    assert _starts([p.text for p in discussion.article], WIRE_TEXT) == starts


RELOADING = BLOG.replace("</title>", '</title><meta http-equiv="refresh" content="900">').replace(
    "<body>", '<body><iframe src="https://tags.example.com/ns.html?id=GTM-1"></iframe>'
)


@pytest.mark.parametrize("width", [80, 200])
def test_lynx_lines_of_links_frames_and_reloads_are_no_title(width: int) -> None:
    text = dump(RELOADING, "lynx", width)
    assert "REFRESH(900 sec)" in text and "IFRAME:" in text and "V9 blog feed" in text
    discussion = parse(text, "post.txt")
    assert (discussion.title, discussion.posted) == ("Standalone WebAssembly", dt.date(2019, 11, 21))
    reasons = {item.reason for item in discussion.chrome if item.line <= 5}
    assert {"lynx's page links", "lynx's frame or reload line"} <= reasons


def test_a_line_of_a_sentence_starting_with_by_is_no_byline() -> None:
    page = BLOG.replace(
        '<p>Published <time datetime="2019-11-21">21 November 2019</time> · By Ada Lovelace</p>',
        "<p>Nothing can be done without being seen,<br>by public officials.</p>",
    )
    discussion = parse(dump(page, "lynx", 80), "post.txt")
    assert (discussion.title, discussion.author) == ("Standalone WebAssembly", None)


STORIES = [
    ("A trademark battle", "Nathan Willis"),
    ("Kernel news", "Nathan Willis"),
    ("Office suites", "Jo Corbet"),
]
FRONT = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Weekly Edition for March 26, 2015</title></head>
<body><div class="sidebar"><h3>Recent Features</h3><ul>
<li><a href="/a">Weekly Edition for April 23, 2015</a></li>
<li><a href="/b">Weekly Edition for April 16, 2015</a></li></ul></div>
<h1>Weekly Edition for March 26, 2015</h1>
{
    "".join(
        f'<div class="story"><h2><a href="/{n}">{title}</a></h2>'
        f'<div class="byline">By {author}<br>March 25, 2015</div>'
        f"<p>{htmlmod.escape(STORY_TEXT[n % 3])}</p><p><a href='/{n}#c'>Comments (5 posted)</a></p></div>"
        for n, (title, author) in enumerate(STORIES)
    )
}
</body></html>
"""


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_dumped_front_page_of_stories_has_no_comments(tool: str, width: int) -> None:
    # Each story's "By Nathan Willis" over its date is a byline, and "Weekly Edition for April
    # 23, 2015" a title cut before its date: no comment headers; every story's text is the page's.
    discussion = parse(dump(FRONT, tool, width), "front.txt")
    assert discussion.comments == ()
    starts = [" ".join(text.split()[:6]) for text in STORY_TEXT]
    assert _starts([p.text for p in discussion.article], STORY_TEXT) == starts


READ_MORE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Angry media won't buckle</title></head><body>
<div id="content"><h1>Angry media won't buckle</h1>
<div class="story-body">
<div class="story-intro"><p><strong>{htmlmod.escape(STORY_TEXT[0])}</strong></p></div>
<p>{htmlmod.escape(STORY_TEXT[1])}</p>
<div id="read-more"><div id="read-more-link"><a href="">Read more</a></div>
<div id="read-more-content">{"".join(f"<p>{htmlmod.escape(text)}</p>" for text in POST + CHAPTER)}</div></div>
</div>
<div class="related-stories">
<p>Another story, with a summary long enough to be a paragraph of its own.</p></div>
</div></body></html>
"""


def test_a_saved_story_is_its_intro_and_its_read_more_part() -> None:
    # No class marks the story's text: the block with most of it is the "read more" part; the
    # story's body around it holds its intro and first paragraph too, and is the article (with
    # the link it shows between them); the related stories beside it are not.
    discussion = html.parse(READ_MORE, "story.html")
    assert [p.text for p in discussion.article] == [*STORY_TEXT[:2], "Read more", *POST, *CHAPTER]


def _short_post(extra: str) -> str:
    """A short post in a theme's content class, and ``extra`` beside it."""
    return (
        "<html><head><title>Oven fixed | Ann bakes</title></head><body><div class='site'>"
        "<h1 class='entry-title'>Oven fixed</h1><div class='entry-content'><p>Good news: the oven is fixed, "
        f"and classes start again on Monday.</p><p>See you there!</p></div>{extra}</div></body></html>"
    )


@pytest.mark.parametrize(
    "extra",
    [
        f"<div class='author-box'><h3>About Ann</h3><p>{'Ann has taught baking for years. ' * 12}</p></div>",
        f"<div id='cookie-notice'><p>{'We use cookies; by browsing on you agree to them. ' * 12}</p></div>",
    ],
)
def test_a_short_post_in_a_content_class_is_not_traded_for_a_longer_block(extra: str) -> None:
    discussion = html.parse(_short_post(extra), "post.html")
    assert [p.text for p in discussion.article] == [
        "Good news: the oven is fixed, and classes start again on Monday.",
        "See you there!",
    ]


def test_a_date_in_a_sidebar_is_not_the_posts() -> None:
    page = (
        "<html><head><title>Oven fixed | Ann bakes</title></head><body>"
        "<header><h1 class='site-title'>Ann bakes</h1></header>"
        "<aside class='sidebar'><h3>Latest post</h3><ul><li><a href='/x'>Rye at last</a></li>"
        "<li>June 3, 2021</li></ul></aside>"
        f"<div class='entry-content'><h2>Oven fixed</h2><p>{STORY_TEXT[0]}</p><p>{STORY_TEXT[1]}</p></div>"
        "</body></html>"
    )
    assert html.parse(page, "post.html").posted is None


PORTAL = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Un troisième Français mort au Népal</title></head><body>
<div class="promo"><p>La Une du 30 avril 2015</p><p>Journal numérique 30 avril 2015</p></div>
<div id="ad-portal">
<div><h1>Un troisième Français mort au Népal</h1>
<div><span class="author">AFP</span> <time datetime="2015-04-30T07:19">30 avril 2015 à 07:19</time>
(Mis à jour : 30 avril 2015 à 07:38)</div>
<div class="article-body">{"".join(f"<p>{htmlmod.escape(text)}</p>" for text in STORY_TEXT)}</div>
<div><h3>Sur le même sujet</h3>
<div><a href="/a">Le séisme, vu du camp de base</a> <span class="author">Par Sébastien Farcis</span></div>
<div><a href="/b">Les secours débordés</a> <span class="author">Par Laurence Defranoux</span></div></div>
</div>
<div><p>La boutique de Libé : le meilleur de Libération, à offrir ou à s'offrir.</p></div>
</div></body></html>
"""


def test_a_saved_news_page_in_boxes_of_no_class_has_no_comments() -> None:
    # The page's content and footer are <div>s of no class, the content with a byline (a name
    # and a date) and related stories each with a name: no thread of comments.
    discussion = html.parse(PORTAL, "portal.html")
    assert discussion.comments == ()
    assert [p.text for p in discussion.article] == list(STORY_TEXT)


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_promotions_with_a_date_are_no_comments(tool: str, width: int) -> None:
    # "La Une du 30 avril 2015" and "Journal numérique 30 avril 2015": a title cut before its
    # date and a promotion, one under the other, not two comments.
    discussion = parse(dump(PORTAL, tool, width), "portal.txt")
    assert discussion.comments == ()


def test_a_news_pages_source_and_editor_lines_are_no_comments() -> None:
    # A Chinese news page's metadata: the time, then "来源：" (source) and "责任编辑：" (editor),
    # with full-width colons, twice (the second hidden for a search engine, which dumps show).
    page = (
        "<html><head><meta charset='utf-8'><title>宇航员在太空中喝酒会怎么样</title></head><body>"
        "<h1>宇航员在太空中喝酒会怎么样</h1>"
        "<div class='info'>2017-03-10 09:58\u3000来源：网易科学人\u3000</div>"
        "<div class='contentMsg'>2017-03-10 09:58:03来源：网易科学人作者：责任编辑：肖春芳</div>"
        f"<div class='text'><p>{'翱翔于太空是人类的梦想，但宇航员的工作艰苦卓绝。' * 4}</p>"
        f"<p>{'在国际空间站上，饮酒是被禁止的，原因有很多。' * 4}</p></div></body></html>"
    )
    for tool, width in DUMPS:
        discussion = parse(dump(page, tool, width), "news.txt")
        assert (discussion.title, discussion.comments) == ("宇航员在太空中喝酒会怎么样", ())


def test_a_saved_pages_most_popular_list_is_no_thread() -> None:
    # Each story in the list shows its author and date, as a comment would: the list is marked
    # as the page's "most popular" stories, and that is furniture, not a thread.
    items = "".join(
        f"<li class='c-article-most-popular__item'><span class='c-byline__author'>{name}</span>"
        f"<time datetime='2019-04-2{n}'>Apr 2{n} 2019</time><a href='/{n}'><p>{title}</p></a></li>"
        for n, (name, title) in enumerate(
            [
                ("Laura Bliss", "Uber was supposed to be our public transit"),
                ("John Metcalfe", "The cities where the rent is too high"),
                ("Matt Simon", "What happens when a bridge falls down"),
                ("Feargus O'Sullivan", "A city that rebuilt its trams after fifty years"),
            ]
        )
    )
    page = (
        "<html><head><title>The modern ambitions behind neon</title></head><body>"
        f"<div class='entry-content'><p>{STORY_TEXT[0]}</p><p>{STORY_TEXT[1]}</p></div>"
        f"<ol class='c-article-most-popular'>{items}</ol></body></html>"
    )
    discussion = html.parse(page, "neon.html")
    assert (discussion.comments, [p.text for p in discussion.article]) == ((), list(STORY_TEXT[:2]))


def test_a_saved_how_to_in_steps_is_every_step() -> None:
    # A how-to site: no class marks the text; each step is a "div.mod.step" of its own, between
    # them a box of related articles. The intro's block holds the most text, its steps the rest.
    steps = [
        "Glass cloche terrariums preserve a bit of nature in your home and serve as a centrepiece. "
        "They are easy to make, and cost little more than the glass itself.",
        "Cut the floral foam to fit the saucer, leaving a gap of a finger all around.",
        "Press the moss onto the foam and pin it down with bent paper clips.",
        "Set the plants in small holes made with the spoon, the tallest at the back.",
    ]
    blocks = [
        f"<div class='mod step'><div class='stepContent mod'><div class='content'><p>{text}</p></div>"
        "</div></div>"
        for text in steps
    ]
    related = (
        "<div class='RelatedContent Module'><h3>Other people are reading</h3>"
        "<ul><li><a href='/x'>Moss</a></li></ul></div>"
    )
    body = blocks[0] + related + "".join(blocks[1:])
    page = f"<html><head><title>How to build a terrarium</title></head><body><section>{body}</section>"
    assert [p.text for p in html.parse(page, "terrarium.html").article] == steps


COLUMN_TEXT = (
    "A team from the transport office has been doing the rounds of the harbour towns in the past "
    "few weeks, trying to calm the worries of people who work late.",
    "The council had planned to stop the last crossing at nine, and to save the money for the new pier.",
    "After three meetings and a petition of four thousand names, it changed its mind on Tuesday night.",
)

COLUMN = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour council keeps its night ferry after all the protests | Coast Herald</title>
</head><body>
<header><p class="site"><a href="/">Coast Herald</a></p>
<form action="/login"><p>Username <input name="u"></p>
<p><input type="submit" value="Login"></p></form></header>
<main><p class="section">Opinion</p>
<p class="columnist">Maren Holt</p>
<h1>Harbour council keeps its night ferry after all the protests</h1>
<ul class="byline"><li>by: Maren Holt</li><li>From: Coast Herald</li><li>March 13, 2015 9:00PM</li></ul>
<figure><img src="ferry.jpg" alt=""><figcaption>The last ferry leaves the pier at half past eleven each
night. Source: Supplied</figcaption></figure>
{"".join(f"<p>{htmlmod.escape(text)}</p>" for text in COLUMN_TEXT)}
</main></body></html>
"""


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_dumped_column_is_its_sentence_case_headline_and_listed_byline(tool: str, width: int) -> None:
    # A news site's column: its writer's name over a headline of many small words (a line of
    # prose, were it not alone between blank lines, ended by no full stop), the byline a list
    # under it, a caption ("… each night. Source: Supplied") over the text. Before, the title
    # was the writer's name (the line above the "prose"), or the site's name at w3m's widest
    # (the form's field "Username [          ]" made the page open with "text").
    discussion = parse(dump(COLUMN, tool, width), "column.txt")
    title = htmlmod.unescape(COLUMN.split("<h1>")[1].split("</h1>")[0])
    assert (discussion.dialect, discussion.comments) == ("threaded", ())
    assert (discussion.title, discussion.author) == (title, "Maren Holt")
    assert discussion.posted == dt.date(2015, 3, 13)
    starts = [" ".join(text.split()[:6]) for text in COLUMN_TEXT]
    assert _starts([p.text for p in discussion.article], COLUMN_TEXT) == starts
    meta = [item.text for item in discussion.chrome if item.reason == "article meta"]
    listed = ["by: Maren Holt", "From: Coast Herald", "March 13, 2015 9:00PM"]
    assert [text.lstrip("•* ") for text in meta] == listed


def test_a_list_of_key_points_under_a_headline_is_no_byline() -> None:
    # Five items are the story's points, though one is a date alone: the article's text.
    items = ["Ferries run late", "March 13, 2015", "More", "Less", "Same"]
    points = "".join(f"<li>{text}</li>" for text in items)
    page = (
        COLUMN.replace('<ul class="byline">', f"<ul>{points}</ul><ul class='byline'>")
        .replace("<li>March 13, 2015 9:00PM</li>", "")
        .replace("<li>by: Maren Holt</li>", "")
    )
    discussion = parse(dump(page, "w3m", 80), "column.txt")
    assert (discussion.author, discussion.posted) == (None, None)
    assert "Ferries run late" in " ".join(p.text for p in discussion.article)


SURVEY_TEXT = (
    "This year, our survey of five thousand gardeners revealed changes in what people grow, and why.",
    "Most of them now plant for the bees first and for the table second, which surprised us most.",
    "Here are the three findings that stood out, with the numbers behind each one.",
)

SURVEY = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>3 surprising findings from our 2024 garden survey</title>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/blog">Blog</a></li><li><a href="/shop">Shop</a></li>
<li><a href="/about">About</a></li></ul></nav>
<main><div class="crumbs"><a href="/blog">Blog</a></div>
<div class="crumbs"><a href="/blog/x">Insights</a></div>
<div class="headline"><span>3 surprising findings from our 2024 garden survey</span></div>
<div class="meta">Published on: June 25, 2024</div><div class="meta">5 min read</div>
<h2>What we asked</h2>
{"".join(f"<p>{htmlmod.escape(text)}</p>" for text in SURVEY_TEXT)}
</main></body></html>
"""


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_breadcrumbs_last_step_over_the_title_is_no_title(tool: str, width: int) -> None:
    # "Blog" / "Insights" / the title / "Published on: …", one line each and no blank between:
    # the line right over the byline is the title (a category stands apart from the title above
    # it, as Discourse's "Backups & Storage" does). Before, w3m's dumps were titled "Insights".
    discussion = parse(dump(SURVEY, tool, width), "survey.txt")
    assert (discussion.title, discussion.posted) == (
        "3 surprising findings from our 2024 garden survey",
        dt.date(2024, 6, 25),
    )
    starts = [" ".join(text.split()[:6]) for text in SURVEY_TEXT]
    assert _starts([p.text for p in discussion.article], SURVEY_TEXT) == starts


TIMETABLE = """<html><head><title>Ferry timetable changes</title></head><body>
<p>Coast Herald</p><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul>
<h1>Ferry timetable changes</h1>
<p>So why would anyone still want to cross the water after nine at night?</p>
<ul><li>By: the end of June, all the tickets were gone</li><li>Ferries will run until midnight</li></ul>
<p>The council had planned to stop the last crossing at nine, and to save the money for the new pier.</p>
<p>After three meetings and a petition of four thousand names, it changed its mind on Tuesday night.</p>
</body></html>"""


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_first_paragraph_of_one_line_with_no_full_stop_is_the_texts(tool: str, width: int) -> None:
    # A question alone on its line over a list is the text's first paragraph, not a headline:
    # only a byline set as a list under it ("by: NAME") makes a heading of such a line; "By:
    # the end of June, …" names no one.
    discussion = parse(dump(TIMETABLE, tool, width), "timetable.txt")
    assert (discussion.title, discussion.author) == ("Ferry timetable changes", None)
    assert discussion.article[0].text.startswith("So why would anyone")
    assert "By: the end of June" in " ".join(p.text for p in discussion.article)


def test_a_seeds_title_over_a_list_and_its_anonymous_comments_stay_a_seed() -> None:
    # A title of many small words is a seed's first line, never a page's headline: the seed
    # does not open as a page, and its comments stay comments.
    seed = "\n".join(
        [
            "How to bake a good loaf of bread in a cold kitchen",
            "",
            "  • Flour",
            "  • Water",
            "",
            "Mix the flour with the water and the salt, and leave it overnight in a warm corner.",
            "",
            "  1. This worked for me on the first try, thank you for writing it all down so clearly.",
            "",
            "  2. I left mine in for fifty minutes and the crust was perfect, though a little dark.",
            "",
        ]
    )
    discussion = parse(seed, "bread.txt")
    assert (discussion.dialect, len(discussion.comments)) == ("numbered", 2)
    assert discussion.title == "How to bake a good loaf of bread in a cold kitchen"


@pytest.mark.parametrize("width", [80, 200])
def test_a_category_under_the_title_over_the_byline_is_no_title(width: int) -> None:
    # Title, category and byline each a block, no blank line between in w3m's dump: the title
    # has more words than the category right over the byline. (lynx sets the blocks apart,
    # and its dump then reads as a category for title, as before: a dump cannot tell.)
    page = SURVEY.replace('<div class="crumbs"><a href="/blog">Blog</a></div>', "").replace(
        '<div class="crumbs"><a href="/blog/x">Insights</a></div>\n'
        '<div class="headline"><span>3 surprising findings from our 2024 garden survey</span></div>',
        '<div class="headline"><span>3 surprising findings from our 2024 garden survey</span></div>\n'
        '<div class="crumbs"><a href="/blog/x">Insights</a></div>',
    )
    assert page.index("Insights") > page.index("3 surprising findings from our 2024 garden survey</span>")
    discussion = parse(dump(page, "w3m", width), "survey.txt")
    assert discussion.title == "3 surprising findings from our 2024 garden survey"


def test_a_content_element_the_page_hides_is_not_the_article() -> None:
    # A blog's feed slice hidden in the footer by its style holds a placeholder in the most
    # specific content class: the visible post's text, in a class ranked after it, is the article.
    page = (
        "<html><head><title>Why startups need to sell</title></head><body>"
        f"<div class='post-content'>{''.join(f'<p>{text}</p>' for text in STORY_TEXT)}</div>"
        "<footer><div class='hslice' style='DISPLAY: none'><div class='entry-content'>CONTENT</div></div>"
        "</footer></body></html>"
    )
    discussion = html.parse(page, "post.html")
    assert [p.text for p in discussion.article] == list(STORY_TEXT)
    assert ("CONTENT", "footer") in [(item.text, item.reason) for item in discussion.chrome]


def test_a_hidden_content_element_is_still_the_article_where_nothing_else_holds_text() -> None:
    page = (
        "<html><head><title>Why startups need to sell</title></head><body><nav>Home</nav>"
        f"<div style='display:none'><div class='entry-content'><p>{STORY_TEXT[0]}</p></div></div>"
        "</body></html>"
    )
    assert [p.text for p in html.parse(page, "post.html").article] == [STORY_TEXT[0]]


@pytest.mark.parametrize(
    ("og_title", "title_tag", "site"),
    [
        ("TechBits | Game exploit crashes servers", "Game exploit crashes servers | TechBits", "TechBits"),
        # The <title>'s last part, where the site's name or address shares a word with it.
        ("Game exploit crashes servers - TIME Feed", "Game exploit crashes servers - TIME Feed", "TIME.com"),
        (
            "Game exploit crashes servers – Nightly News",
            "Other words – Nightly News",
            "https://nightly.example/a",
        ),
    ],
)
def test_an_og_title_is_read_without_the_sites_name(og_title: str, title_tag: str, site: str) -> None:
    named = (
        f'<meta property="og:url" content="{site}">'
        if site.startswith("https:")
        else (f'<meta property="og:site_name" content="{site}">')
    )
    page = (
        f'<html><head><title>{title_tag}</title><meta property="og:title" content="{og_title}">{named}'
        f"</head><body><div class='entry-content'><p>{STORY_TEXT[0]}</p></div></body></html>"
    )
    assert html.parse(page, "story.html").title == "Game exploit crashes servers"


@pytest.mark.parametrize(
    "title", ["Grève : les trains à l'arrêt", "Paris - Berlin", "TechBits | Game exploit crashes servers"]
)
def test_an_og_title_the_title_repeats_is_whole_without_a_site_named(title: str) -> None:
    # The <title>'s last part is the site's only where the page names the site so: else the
    # title's own words after a separator ("Grève : les trains à l'arrêt") stay.
    page = (
        f'<html><head><title>{title}</title><meta property="og:title" content="{title}">'
        f"</head><body><div class='entry-content'><p>{STORY_TEXT[0]}</p></div></body></html>"
    )
    assert html.parse(page, "story.html").title == title


def test_an_og_title_that_merely_ends_with_a_word_of_the_site_keeps_it() -> None:
    page = (
        '<html><head><title>Notes - Bits</title><meta property="og:title" content="Ten Bits">'
        f"</head><body><div class='entry-content'><p>{STORY_TEXT[0]}</p></div></body></html>"
    )
    assert html.parse(page, "story.html").title == "Ten Bits"


CRUMB_TEXT = (
    "This year our survey of more than five thousand developers asked what slows their work down, "
    "and the answers were not the ones we expected.",
    "Teams that already use assistants in their editors were the most eager to cut the number of "
    "tools they keep, though they did not use more of them than anyone else.",
    "Most teams said they ship faster than a year ago, and most of them also said their release "
    "checks caught more problems before customers did.",
    "Security reviews moved earlier in the work for two teams in three, and those teams reported "
    "fewer late surprises in the week before a release.",
    "We will publish the full report next month, with the questions we asked and every answer.",
)


def _article_text(discussion: Discussion) -> str:
    """The article's paragraphs as one line of text, white space collapsed (a dump wraps them)."""
    return " ".join(" ".join(p.text.split()) for p in discussion.article)


CRUMB_POST = (
    "<html><head><meta charset='utf-8'><title>Five lessons from our developer survey</title></head><body>"
    "<nav class='breadcrumb'><div><a href='/blog/'>Blog</a></div>"
    "<div><a href='/blog/categories/insights/'>Insights</a></div>"
    "<span class='breadcrumb__crumb'><a>Five lessons from our developer survey</a></span>"
    "<div class='date'><span>Published on: June 25, 2024</span><div class='pill'><span>5 min read</span>"
    "</div></div></nav>"
    "<h1>Five lessons from our developer survey</h1>"
    f"<p>{CRUMB_TEXT[0]}</p><div class='author'><img alt='jdoe-headshot' src='j.png'> Jane Doe</div>"
    f"<p>{CRUMB_TEXT[1]}</p><h2>1. Teams want fewer tools</h2><p>{CRUMB_TEXT[2]}</p>"
    f"<h2>2. Checks move earlier</h2><p>{CRUMB_TEXT[3]}</p><p>{CRUMB_TEXT[4]}</p></body></html>"
)


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_post_under_a_breadcrumb_run_together_is_its_title_and_text(tool: str, width: int) -> None:
    # w3m runs the breadcrumb's steps and the date together ("Blog" / "Insights" / the title /
    # "Published on: …", no blank line between), and the numbered headings ("1. Teams want …")
    # read as a seed's layout: a seed with no title line, its title the file's name. No seed typed
    # by hand opens so over paragraphs of text: the page is read as one.
    discussion = parse(dump(CRUMB_POST, tool, width), "post.txt")
    assert discussion.title == "Five lessons from our developer survey"
    assert discussion.comments == ()
    article = _article_text(discussion)
    assert all(text in article for text in CRUMB_TEXT)


STATES = (
    ("new", "new", "Pick up new tasks that are ready."),
    ("enqueued", "started", "Re-enqueue a task if it has been in the queue for too long."),
    ("claimed", "started", "Hand the task to another worker when its heartbeat stops."),
)
TABLE_POST = (
    "<html><head><meta charset='utf-8'><title>How we built our task framework</title></head><body>"
    "<ul class='nav'><li><a href='/'>Engineering</a></li><li><a href='/jobs'>Jobs</a></li></ul>"
    "<h1>How we built our task framework</h1><p class='byline'>By Arun Sai Krishnan</p>"
    f"<p>{CRUMB_TEXT[0]}</p><p>{CRUMB_TEXT[1]}</p>"
    "<table><tr><th><p>Entity status</p></th><th><p>Assoc status</p></th><th><p>Comment</p></th></tr>"
    + "".join(f"<tr><td><p>{a}</p></td><td><p>{b}</p></td><td><p>{c}</p></td></tr>" for a, b, c in STATES)
    + f"</table><p>{CRUMB_TEXT[2]}</p><p>{CRUMB_TEXT[3]}</p></body></html>"
)


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_tables_comment_column_is_no_comments_heading(tool: str, width: int) -> None:
    # lynx sets each cell of a table on a line of its own: the column "Comment" stood alone,
    # and the page was refused as one whose comments went unread. The word alone, singular and
    # with no count, heads a column or labels a field; comments are headed "Comments", "3 Comments".
    discussion = parse(dump(TABLE_POST, tool, width), "framework.txt")
    assert discussion.title == "How we built our task framework"
    assert discussion.comments == ()
    article = _article_text(discussion)
    assert all(text in article for _, _, text in STATES)


TOOLS = ("Share on Facebook", "Share on Twitter", "Share via Email", "Resize Text", "Print Article")
NEWS_WITH_TOOLS = (
    "<html><head><meta charset='utf-8'><title>Storm floods the harbour road</title></head><body>"
    "<div class='masthead'><a href='/'>The Coast Post</a></div><ul class='nav'>"
    + "".join(f"<li><a href='/{part}'>{part}</a></li>" for part in ("News", "Sport", "Weather", "Opinion"))
    + "</ul><div class='kicker'>Weather</div><h1>Storm floods the harbour road</h1>"
    "<div class='tools'>"
    + "".join(f"<div><a href='#'>{tool}</a></div>" for tool in TOOLS)
    + "<div><a href='#comments'><img src='bubble.png' alt=''></a></div>"
    "<div><a href='#comments'>Comments</a></div></div>"
    "<div class='byline'>By Erin Cole March 18, 2021 at 3:57 PM</div>"
    + "".join(f"<p>{text}</p>" for text in CRUMB_TEXT)
    + "<div id='comments'><h3>Comments</h3><p>Please enable JavaScript to view the comments powered by "
    "Disqus.</p></div></body></html>"
)


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_story_with_a_toolbar_and_comments_a_script_loads_is_its_story(tool: str, width: int) -> None:
    # "Comments" among the story's tools, above its byline, is a link to the comments, not their
    # heading: the page was refused as one whose comments went unread. Read, its title was the
    # nearest tool over the byline ("Print Article").
    discussion = parse(dump(NEWS_WITH_TOOLS, tool, width), "storm.txt")
    assert discussion.title == "Storm floods the harbour road"
    assert discussion.comments == ()
    article = _article_text(discussion)
    assert all(" ".join(text.split()[:8]) in article for text in CRUMB_TEXT)


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_toolbar_over_a_byline_without_a_year_heads_no_comments(tool: str, width: int) -> None:
    # The Washington Post's byline of 2015 shows no year ("March 18 at 3:57 PM") and a follow
    # link: no date is read from it, and the toolbar's "Comments" over it still heads nothing
    # (it stands over the story's text); the page was refused.
    page = NEWS_WITH_TOOLS.replace("March 18, 2021 at 3:57 PM", "March 18 at 3:57 PM  Follow @erincole")
    discussion = parse(dump(page, tool, width), "storm.txt")
    assert (discussion.title, discussion.comments, discussion.posted) == (
        "Storm floods the harbour road",
        (),
        None,
    )
    article = _article_text(discussion)
    assert all(" ".join(text.split()[:8]) in article for text in CRUMB_TEXT)


SIGNED_UNDER = (
    "<html><head><meta charset='utf-8'><title>How the brain turns a hunch into a thought</title></head><body>"
    "<ul class='nav'><li><a href='/'>News</a></li><li><a href='/health'>Health</a></li></ul>"
    "<h1>How the brain turns a hunch into a thought</h1>"
    "<div class='meta'>Published Thursday 27 July 2017<br><span class='author'>By Ana Sandoiu</span></div>"
    + "".join(f"<p>{text}</p>" for text in CRUMB_TEXT)
    + "</body></html>"
)


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_the_writer_under_the_dated_byline_is_the_author(tool: str, width: int) -> None:
    # "Published Thursday 27 July 2017" / "By Ana Sandoiu": the date's line is the byline, the
    # name right under it the writer's (it was the first line of the article's first paragraph).
    # A subheading that opens with "By" stands apart from the date, a blank line between.
    discussion = parse(dump(SIGNED_UNDER, tool, width), "brain.txt")
    assert (discussion.author, discussion.posted) == ("Ana Sandoiu", dt.date(2017, 7, 27))
    assert discussion.article[0].text.startswith("This year our survey")
    assert any(line.text == "By Ana Sandoiu" and line.reason == "article meta" for line in discussion.chrome)
