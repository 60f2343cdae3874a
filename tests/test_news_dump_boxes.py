"""News and blog pages whose dumps hold dates that are no comments' (pages of 2010-2014, dumped
by w3m and lynx): a "most popular" box of story titles over their dates where a script would
have filled the comments in, a footer's "Recent Posts" with each post's count of comments
("June 30, 2014 • No Comment"), screenshots captioned with their file names ("Screen Shot
2011-08-13 at 4.55.35 PM"). Each was read as comments: by "PDT" (the zone after the date), by
"No Comment", by "Screen Shot". The pages are written here in such sites' markup; the truth is
that they hold no comment.
"""

from __future__ import annotations

import pytest

from generator.errors import SeedError
from generator.model import walk
from generator.read.dialects import parse
from tests.seedkit import assert_read_as_page
from tests.threadpages.dumpers import dump

DUMPS = [("w3m", 80), ("w3m", 200), ("lynx", 80), ("lynx", 200)]

TEXT = (
    "Verizon showed off its new app for watching television on a tablet at an event in New York.",
    "The app streams live channels at home, and recorded shows anywhere the tablet goes.",
    "It arrives next month, free for customers who already pay for the company's television service.",
)

HEAD = (
    "<html><head><meta charset='utf-8'><title>Verizon shows off its tablet TV app</title></head><body>"
    "<ul class='nav'><li><a href='/'>News</a></li><li><a href='/reviews'>Reviews</a></li></ul>"
    "<h1>Verizon shows off its tablet TV app</h1>"
    "<p class='byline'>By Ann Reardon August 18, 2010 3:21 PM PDT</p>"
)
ARTICLE = "".join(f"<p>{text}</p>" for text in TEXT)
STORIES = [
    ("Five freeware gems for Windows", "August 19, 2011 5:00 AM PDT"),
    ("The tablet fire sale: the fallout", "August 21, 2011 2:16 PM PDT"),
    ("What happens when a network cuts you off?", "August 23, 2011 4:18 PM PDT"),
]


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_box_of_stories_under_an_empty_comments_heading_is_no_thread(tool: str, width: int) -> None:
    box = "".join(f"<li><a href='/s'>{title}</a><p>{when}</p></li>" for title, when in STORIES)
    page = f"{HEAD}{ARTICLE}<h2>Comments</h2><div class='popular'><h3>most popular</h3><ol>{box}</ol></div>"
    # The saved page shows the heading, and nothing a reader could publish as its comments.
    with pytest.raises(SeedError, match="expected comments under 'Comments'"):
        parse(dump(page + "</body></html>", tool, width), "story.txt")


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_footers_recent_posts_and_their_counts_of_comments_are_no_comments(tool: str, width: int) -> None:
    posts = [
        ("How to add schema markup", "June 30, 2014 • No Comment"),
        ("Speed up a blog", "June 16, 2014 • 8 Comments"),
    ]
    widget = "".join(f"<li><a href='/p'>{title}</a><p>{meta}</p></li>" for title, meta in posts)
    page = f"{HEAD}{ARTICLE}<footer><h3>Recent Posts</h3><ul>{widget}</ul></footer></body></html>"
    discussion = parse(dump(page, tool, width), "story.txt")
    assert discussion.comments == ()
    assert discussion.title == "Verizon shows off its tablet TV app"


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_screenshots_captioned_with_their_file_names_are_no_comments(tool: str, width: int) -> None:
    shots = "".join(
        f"<figure><img src='s{i}.png' alt=''><figcaption>Screen Shot 2011-08-13 at 4.55.3{i} PM"
        "</figcaption></figure>"
        for i in range(2)
    )
    page = f"{HEAD}<p>{TEXT[0]}</p>{shots}<p>{TEXT[1]}</p><p>{TEXT[2]}</p></body></html>"
    discussion = parse(dump(page, tool, width), "story.txt")
    assert [c.author for c in walk(discussion.comments)] == []
    assert "Screen Shot 2011-08-13" in " ".join(p.text for p in discussion.article)


NEWSLETTER = (
    "<html><head><meta charset='utf-8'><title>Weekly links</title></head><body>"
    "<ul class='nav'><li><a href='/'>Latest Issue</a></li><li><a href='/archive'>Archives</a></li></ul>"
    "<p>The best links for app developers: marketing, tutorials and tips beyond the usual news, "
    "curated by Chris Beshore and published every Thursday.</p>"
    "<div class='issue'><strong>Issue 162</strong>&nbsp; <time>March 1st 2018</time></div>"
    "{article}"
    "<ul class='pager'><li><a href='/161'>Previous issue</a> February 22nd 2018</li>"
    "<li>133 of 133</li></ul></body></html>"
)
NEXT_UP = (
    "<html><head><meta charset='utf-8'><title>The 21 best movies of 2017</title></head><body>"
    "<ul class='nav'><li><a href='/culture'>Culture</a></li><li><a href='/politics'>Politics</a></li></ul>"
    "<h1>The 21 best movies of 2017</h1>"
    "<p class='dek'>How to watch the greatest movies of the year, from Lady Bird and Dunkirk to Get Out "
    "and The Big Sick.</p>"
    "<p class='byline'>By <a href='/a'>Alissa Wilkinson</a><a href='/t'>@alissamarie</a>"
    " Updated Jul 24, 2018, 2:15pm EDT</p>"
    "{article}"
    "<h3>Next Up In Culture</h3><ul><li><a href='/a'>The 5 best TV debuts of February</a></li>"
    "<li><a href='/b'>Captain Marvel hits theaters March 8, 2019</a></li>"
    "<li><a href='/c'>How face tattoos turn teens into stars</a></li></ul></body></html>"
)


@pytest.mark.parametrize("page", [NEWSLETTER, NEXT_UP], ids=["newsletter", "next-up"])
@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_dated_list_item_after_a_dated_byline_is_no_reply(page: str, tool: str, width: int) -> None:
    # The byline's line ("Issue 162  March 1st 2018") over the article, and a list item with a
    # date after it ("• Previous issue February 22nd 2018"): the item stands further right, but
    # a list item under a line that is none is a list after the article, not a reply. Two dated
    # lines and nothing else of comments: the page is its article, where they were one comment
    # (the article) and its reply.
    text = dump(page.format(article=ARTICLE), tool, width)
    discussion = parse(text, "story.txt")
    assert_read_as_page(text, discussion, TEXT)
    assert discussion.posted is not None and discussion.posted.year == 2018
    # The newsletter's page has no headline: its title is the line over the dated line,
    # the site's tagline (the number stands in that dated line).
    titles = {NEXT_UP: "The 21 best movies of 2017", NEWSLETTER: "The best links for app developers:"}
    assert discussion.title.startswith(titles[page])
