"""Pages close to the ones this round's rules read as pages, which must still be read as before:
a review of the change wrote each to break a rule, and each did until the rule was narrowed.

- A comments heading with no count under the post's short meta lines ("Posted in Travel" /
  "Tags: …" / "Comments"), over comments the reader cannot read: refused, not published as the
  article (only a story's tools above its text make "Comments" a link).
- "Show Comments" over comments hidden by CSS, which the dumpers show: refused.
- Comments in <div>s whose replies are a list: a thread, replies and all.
- A short title at the end of a breadcrumb of short links: still the title.
- A section's name over the date ("Local Weather News"): no author. (At 200 columns the text's
  first paragraph, a line under that date, was the title, as a Blogger title is under its date.)
- A seed typed by hand, its title over two lines: the seeds' layout reads it, as before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from generator.errors import SeedError
from generator.model import walk
from generator.read.dialects import parse
from tests.threadpages.dumpers import dump

DUMPS = [("w3m", 80), ("w3m", 200), ("lynx", 80), ("lynx", 200)]

TRIP = (
    "We drove down to the coast last weekend and spent two whole days walking along the cliffs and beaches.",
    "The weather held up better than the forecast said it would, and the kids found a dozen crabs in the "
    "rock pools.",
)
REPLIES = (
    ("Tom Hale", "Looks like a wonderful weekend, we should go there together next summer with the kids."),
    ("Mia Ross", "That bakery is the best one on the whole coast, I always buy their rye bread when I pass."),
)
HEAD = (
    "<html><head><meta charset='utf-8'><title>Our trip to the coast</title></head><body>"
    "<ul class='nav'><li><a href='/'>Home</a></li><li><a href='/about'>About</a></li>"
    "<li><a href='/blog'>Blog</a></li></ul><h1>Our trip to the coast</h1>"
    "<p>Posted on March 3, 2021 by Anna Berg</p>" + "".join(f"<p>{text}</p>" for text in TRIP)
)


UNDER_META = "".join(f"<div class='comment'><div class='who'>{n}</div><p>{t}</p></div>" for n, t in REPLIES)
HIDDEN = "".join(f"<div class='comment'><p><b>{n}</b></p><p>{t}</p></div>" for n, t in REPLIES)
UNREAD = {
    # A comments heading with no count under the post's short meta lines, over comments the
    # reader cannot read (a name alone over each).
    "under-post-meta": "<div class='postmeta'><div>Posted in Travel</div><div>Tags: coast, family</div></div>"
    f"<div class='comments-title'>Comments</div>{UNDER_META}",
    # "Show Comments" over comments hidden by CSS, which the dumpers show.
    "show-comments-button": "<h3>Comments</h3><p><button>Show Comments</button></p>"
    f"<div style='display:none'>{HIDDEN}</div>",
}


@pytest.mark.parametrize("section", UNREAD.values(), ids=UNREAD.keys())
@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_comments_heading_over_unreadable_comments_still_refuses(
    section: str, tool: str, width: int
) -> None:
    with pytest.raises(SeedError, match="expected comments under 'Comments'"):
        parse(dump(f"{HEAD}{section}</body></html>", tool, width), "trip.txt")


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_comments_in_divs_with_their_replies_in_lists_are_a_thread(tool: str, width: int) -> None:
    threads = [
        (("Tom Hale", "March 4, 2021", REPLIES[0][1]), ("Anna Berg", "March 5, 2021", "Yes let us do that.")),
        (
            ("Mia Ross", "March 6, 2021", REPLIES[1][1]),
            ("Anna Berg", "March 7, 2021", "We bought two loaves."),
        ),
    ]
    body = "".join(
        f"<div class='c'><div>{name}, {date}</div><p>{text}</p>"
        f"<ul><li><div>{r_name}, {r_date}</div><p>{r_text}</p></li></ul></div>"
        for (name, date, text), (r_name, r_date, r_text) in threads
    )
    text = "".join(f"<p>{t}</p>" for t in TRIP)
    page = f"<html><body><h1>Our trip to the coast</h1>{text}{body}</body></html>"
    comments = walk(parse(dump(page, tool, width), "trip.txt").comments)
    assert [(c.id, c.author, c.posted_text) for c in comments] == [
        ("c1", "Tom Hale", "March 4, 2021"),
        ("c1-1", "Anna Berg", "March 5, 2021"),
        ("c2", "Mia Ross", "March 6, 2021"),
        ("c2-1", "Anna Berg", "March 7, 2021"),
    ]


@pytest.mark.parametrize("width", [80, 200])
def test_a_short_title_after_a_breadcrumbs_short_links_stays_the_title(width: int) -> None:
    # lynx sets the breadcrumb's links and the title a line each, no blank between: five short
    # lines over the byline, as a story's tools are, but none of them a tool. (w3m runs them
    # together with the site's name, which the seeds' layout reads, as it did before.)
    page = (
        "<html><body><p>The Coast Post</p><div class='crumbs'>"
        + "".join(f"<div><a href='/{part}'>{part}</a></div>" for part in ("Home", "News", "Local", "Weather"))
        + "<div class='title'>Harbour road flooded</div></div><p>By Erin Cole, March 18, 2021</p>"
        + "".join(f"<p>{t}</p>" for t in TRIP)
        + "</body></html>"
    )
    discussion = parse(dump(page, "lynx", width), "road.txt")
    assert (discussion.title, discussion.author) == ("Harbour road flooded", "Erin Cole")


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_sections_name_over_the_date_is_no_author(tool: str, width: int) -> None:
    page = (
        "<html><body><ul class='nav'><li><a href='/'>Home</a></li><li><a href='/about'>About</a></li></ul>"
        "<h1>Storm floods the harbour road</h1><div class='meta'><div class='cat'>Local Weather News</div>"
        "<div class='date'>December 18, 2020</div></div>"
        + "".join(f"<p>{t}</p>" for t in TRIP)
        + "</body></html>"
    )
    discussion = parse(dump(page, tool, width), "storm.txt")
    assert (discussion.title, discussion.author, discussion.posted) == (
        "Storm floods the harbour road",
        None,
        dt.date(2020, 12, 18),
    )


def test_a_seed_typed_with_its_title_over_two_lines_keeps_the_seeds_reading() -> None:
    minutes = [
        "We met in the library hall at seven, and twenty two members came along to talk about the park.",
        "The council has agreed to fund new benches, but only if the association pays for the planting.",
        "Tom said the planting could be done by volunteers over two weekends in April if the weather holds.",
        "Mia asked whether the playground fence would be fixed before the summer holidays begin this year.",
        "Nobody knew, so the secretary will write to the council and report back at the next meeting.",
    ]
    text = "A walk along the coast\nwith the kids in March\n\nBy Anna Berg, March 3, 2021\n\n" + "\n\n".join(
        minutes
    )
    discussion = parse(text + "\n", "walk.txt")
    # No title line (the first block has two): the file's name, with its warning, and every
    # line in the article, where the page reading took "with the kids in March" for the title.
    assert (discussion.dialect, discussion.title) == ("numbered", "walk")
    assert any("from the file name" in warning.message for warning in discussion.warnings)
    assert discussion.article[0].text == "A walk along the coast\nwith the kids in March"


# A second review's cases.

WALK = (
    "We set out early from the harbour and walked along the cliffs for most of the day, stopping at the "
    "cove for lunch before the tide turned.",
    "The path was muddy in places but the views made up for it, and we saw seals basking on the rocks "
    "below the old lighthouse.",
)


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_div_comments_of_which_one_has_a_listed_reply_are_a_thread(tool: str, width: int) -> None:
    # Two headers at the top, one with a list item under it: a reply, where one header alone at
    # the top over a list item is a byline over a list after the article.
    def comment(head: str, text: str, replies: str = "") -> str:
        return f"<div class='comment'><div class='head'>{head}</div><p>{text}</p>{replies}</div>"

    reply = (
        "<ul class='children'><li><div class='head'>Ann, March 5, 2015</div>"
        "<p>Thanks Mary, it really is a special place to walk in any season.</p></li></ul>"
    )
    page = (
        "<html><body><ul class='menu'><li><a href='/'>Home</a></li><li><a href='/blog'>Blog</a></li>"
        "<li><a href='/about'>About</a></li></ul><h1>Walking the coast path</h1>"
        "<p class='byline'>Posted on March 3, 2015 by Ann</p>"
        + "".join(f"<p>{t}</p>" for t in WALK)
        + comment(
            "Mary Smith, March 4, 2015", "What a lovely walk, we did the same route last summer.", reply
        )
        + comment("John Brown, March 6, 2015", "Did you have to pay for parking at the harbour?")
        + comment("Peter Jones, March 7, 2015", "The seals are always there in spring.")
        + "<p>Copyright 2015 Ann's walks</p></body></html>"
    )
    comments = walk(parse(dump(page, tool, width), "walk.txt").comments)
    assert [(c.id, c.author) for c in comments] == [
        ("c1", "Mary Smith"),
        ("c1-1", "Ann"),
        ("c2", "John Brown"),
        ("c3", "Peter Jones"),
    ]


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_comments_under_a_photos_tools_are_still_unread_comments(tool: str, width: int) -> None:
    # A photo's caption is all its text: the comments' text is the page's first prose, and
    # "Comments" under the tools heads them (no byline stands under the tools).
    tools = "".join(
        f"<div><a href='#'>{t}</a></div>" for t in ("Share on Facebook", "Share on Twitter", "Email this")
    )
    comments = "".join(f"<div class='comment'><div class='who'>{n}</div><p>{t}</p></div>" for n, t in REPLIES)
    page = (
        "<html><body><ul class='nav'><li><a href='/'>Home</a></li><li><a href='/about'>About</a></li>"
        "<li><a href='/archive'>Archive</a></li></ul><h1>My new bike</h1>"
        "<p>Posted on March 3, 2021 by Anna Berg</p>"
        f"<p><img src='bike.jpg' alt='bike'></p><p>At the lake, first ride.</p><div class='tools'>{tools}"
        f"<div class='comments-title'>Comments</div></div>{comments}</body></html>"
    )
    with pytest.raises(SeedError, match="expected comments under 'Comments'"):
        parse(dump(page, tool, width), "bike.txt")


TITLES = [
    "Sourdough basics.",
    "Sourdough basics (part 2)",
    "Mr. Smith bakes sourdough",
    "Why does my sourdough loaf come out flat every single time?",
]


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_blogger_title_under_its_date_may_end_as_a_sentence_does(title: str, tool: str, width: int) -> None:
    # Blogger's date header over the post's title: the title, whatever it ends with (only a
    # paragraph of text under the date is none).
    said = [("Karl", "My loaf came out flat. Any idea why?"), ("Anna", "Use less water in winter.")]
    comments = "".join(
        f"<dt class='comment-author' id='c{i}'><a href='/profile/{i}'>{name}</a> said...</dt>"
        f"<dd class='comment-body'><p>{text}</p></dd>"
        f"<dd class='comment-footer'><a href='#c{i}'>March {3 + i}, 2020 at 10:00 AM</a></dd>"
        for i, (name, text) in enumerate(said)
    )
    page = (
        "<html><body><h1 class='title'>Bread Blog</h1><h2 class='date-header'><span>Sunday, March 1, 2020"
        f"</span></h2><div class='post'><h3 class='post-title'>{title}</h3><div class='post-body'>"
        "<p>Sourdough needs flour, water, salt and a lively starter, fed the night before and kept warm.</p>"
        "<p>The dough rests overnight in the fridge, and in the morning it goes into a very hot oven.</p>"
        "</div><div class='post-footer'>Posted by Anna at <a class='timestamp-link'>9:00 AM</a></div></div>"
        f"<div class='comments'><h4>2 comments:</h4><dl>{comments}</dl></div></body></html>"
    )
    discussion = parse(dump(page, tool, width), "bread.txt")
    assert (discussion.title, [c.author for c in discussion.comments]) == (title, ["Karl", "Anna"])


def test_a_seed_typed_with_a_title_and_a_subtitle_keeps_the_seeds_reading() -> None:
    text = (
        "Minutes of the park meeting\nHeld in the Library Hall\n\nBy Anna Berg, March 3, 2021\n\n"
        + "\n\n".join(WALK * 3)
    )
    discussion = parse(text + "\n", "minutes.txt")
    assert (discussion.dialect, discussion.title) == ("numbered", "minutes")
    assert discussion.article[0].text == "Minutes of the park meeting\nHeld in the Library Hall"


@pytest.mark.parametrize("headline", ["Harbour road flooded", "Share prices fall"])
@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_short_headline_right_over_the_tools_is_the_title(headline: str, tool: str, width: int) -> None:
    tools = ("Share on Facebook", "Share on Twitter", "Share via Email", "Print Article", "More Options")
    page = (
        "<html><body><div class='masthead'><a href='/'>The Coast Post</a></div><ul class='nav'>"
        "<li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li>"
        "<li><a href='/w'>Weather</a></li></ul>"
        f"<div class='headline'>{headline}</div><div class='tools'>"
        + "".join(f"<div><a href='#'>{t}</a></div>" for t in tools)
        + "</div><div class='byline'>Published March 18, 2021 at 3:57 PM</div>"
        + "".join(f"<p>{t}</p>" for t in WALK)
        + "</body></html>"
    )
    assert parse(dump(page, tool, width), "road.txt").title == headline


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_subheading_that_opens_with_by_under_the_date_is_no_author(tool: str, width: int) -> None:
    page = (
        "<html><body><ul class='nav'><li><a href='/'>Home</a></li><li><a href='/about'>About</a></li></ul>"
        "<h1>Storm floods the harbour road</h1><div class='meta'>Published Thursday 27 July 2017</div>"
        "<h2>By the numbers</h2>" + "".join(f"<p>{t}</p>" for t in WALK) + "</body></html>"
    )
    discussion = parse(dump(page, tool, width), "storm.txt")
    assert discussion.author is None
    assert "By the numbers" in [p.text for p in discussion.article]


# A third review's cases.


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_posts_one_comment_under_its_tools_is_still_its_comment(tool: str, width: int) -> None:
    # "Comments" under the post's tools but under its text: the comments' heading (a link among
    # tools only above the page's text), and "Mary Smith on …" under it a comment, no byline.
    tools = "".join(
        f"<div><a href='#'>{t}</a></div>"
        for t in ("Share on Facebook", "Share on Twitter", "Email this post", "Print this post")
    )
    page = (
        "<html><body><ul class='menu'><li><a href='/'>Home</a></li><li><a href='/blog'>Blog</a></li>"
        "<li><a href='/about'>About</a></li></ul><h1>Walking the coast path</h1>"
        + "".join(f"<p>{t}</p>" for t in WALK)
        + f"<div class='share'>{tools}</div><div class='ct'>Comments</div><div class='comment'>"
        "<div class='head'>Mary Smith on March 4, 2015 at 9:12 am</div><p>What a lovely walk, we did the "
        "same route last summer and loved every minute of it.</p></div><p>Copyright 2015 Ann's walks</p>"
        "</body></html>"
    )
    discussion = parse(dump(page, tool, width), "walk.txt")
    assert discussion.title == "Walking the coast path"
    assert [(c.author, c.posted_text) for c in discussion.comments] == [
        ("Mary Smith", "March 4, 2015 at 9:12 am")
    ]


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_follow_bar_over_the_headline_leaves_the_headline_the_title(tool: str, width: int) -> None:
    tools = "".join(
        f"<div><a href='#'>{t}</a></div>" for t in ("Facebook", "Twitter", "WhatsApp", "LinkedIn", "Email")
    )
    page = (
        "<html><body><div class='masthead'><a href='/'>The Coast Post</a></div><ul class='nav'>"
        "<li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li></ul>"
        f"<div class='tools'>{tools}</div><div class='headline'>Harbour road flooded</div>"
        "<div class='byline'>Published March 18, 2021 at 3:57 PM</div>"
        + "".join(f"<p>{t}</p>" for t in WALK)
        + "</body></html>"
    )
    assert parse(dump(page, tool, width), "road.txt").title == "Harbour road flooded"


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_newsletters_sponsor_line_and_pager_are_no_thread(tool: str, width: int) -> None:
    # Two dated lines at the top (the issue's, the sponsor's) and the pager's dated item under
    # them, with no text of its own: no reply, and nothing else marks comments. The sponsor's
    # line stands under the text with text under it, as a comment's header would ("Sponsored by
    # Acme  March 1st 2018"): nothing tells it from a comment section of one, so the page is
    # refused rather than published with it as its text.
    page = (
        "<html><body><ul class='nav'><li><a href='/'>Latest Issue</a></li><li><a href='/archive'>Archives</a>"
        "</li></ul><p>The best links for app developers: marketing, tutorials and tips beyond the usual "
        "news, "
        "curated by Chris Beshore and published every Thursday.</p>"
        "<div class='issue'><strong>Issue 162</strong>&nbsp; <time>March 1st 2018</time></div>"
        f"<p>{WALK[0]}</p><div class='sponsor'><strong>Sponsored by Acme</strong>&nbsp; "
        f"<time>March 1st 2018</time></div><p>{WALK[1]}</p>"
        "<ul class='pager'><li><a href='/161'>Previous issue</a> February 22nd 2018</li>"
        "<li>133 of 133</li></ul>"
        "</body></html>"
    )
    with pytest.raises(SeedError, match="expected a comment section"):
        parse(dump(page, tool, width), "issue.txt")


# A fourth review's cases: what stands above a story's tools.

MENU = (
    "<ul class='menu'><li><a href='/'>Home</a></li><li><a href='/blog'>Blog</a></li>"
    "<li><a href='/about'>About</a></li></ul>"
)
TOOLS = "".join(
    f"<div><a href='#'>{t}</a></div>"
    for t in ("Share on Facebook", "Share on Twitter", "Email this post", "Print this article", "Comments")
)
DEK = (
    "<p class='dek'>Council workers closed the road at dawn after the storm surge topped the sea wall "
    "for the third time this winter.</p>"
)
COOKIES = (
    "<div class='cookie'><p>We use cookies to give you the best experience on our website. By "
    "continuing to browse, you agree to our use of cookies.</p></div>"
)


@pytest.mark.parametrize(("above", "under"), [("", DEK), (COOKIES, "")], ids=["summary", "cookie-banner"])
@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_little_prose_above_the_tools_leaves_them_tools(
    above: str, under: str, tool: str, width: int
) -> None:
    # A summary under the headline, or a cookie banner at the top: a few words of prose above
    # the tools, the article's many below. "Comments" among them is still their link, and the
    # byline under it no comment holding the article.
    page = (
        f"<html><body>{above}{MENU}<h1>Harbour road flooded again</h1>{under}<div class='tools'>{TOOLS}</div>"
        "<p class='byline'>By Erin Cole | March 18, 2021</p>"
        + "".join(f"<p>{t}</p>" for t in WALK)
        + "<p>Copyright 2021</p></body></html>"
    )
    discussion = parse(dump(page, tool, width), "road.txt")
    assert (discussion.title, discussion.author, discussion.comments) == (
        "Harbour road flooded again",
        "Erin Cole",
        (),
    )


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_the_writers_picture_between_the_tools_and_the_byline_leaves_the_title(tool: str, width: int) -> None:
    tools = "".join(
        f"<div><a href='#'>{t}</a></div>" for t in ("Share on Facebook", "Share on Twitter", "Email", "Print")
    )
    page = (
        f"<html><body>{MENU}<h1>Harbour road flooded</h1><div class='tools'>{tools}"
        "<div><a href='#c'>Comments</a></div><div><img alt='Erin Cole'></div></div>"
        "<p class='byline'>By Erin Cole, March 18, 2021</p>"
        + "".join(f"<p>{t}</p>" for t in WALK)
        + "</body></html>"
    )
    assert parse(dump(page, tool, width), "road.txt").title == "Harbour road flooded"
