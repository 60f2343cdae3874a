"""Lists of dated posts on a comment page: "More articles", "Recent articles", a title over its date.

Mozilla's blogs (and many themes) list other posts under the article, each a title over its
date, then the comments under "2 comments on “…”", each "Name wrote on DATE:". A title over a
date is the shape of a comment header too: the ten posts were read as the comments, and the two
real comments, of another shape than most "headers", were dropped as text after them. The
heading's count settles it: the comments are the headers under the counted heading that meet its
count. The page follows the markup of such a blog; the truth is its own.
"""

from __future__ import annotations

import html as htmlmod

import pytest

from generator.model import walk
from generator.read.dialects import parse
from tests.threadpages.dumpers import dump

POSTS = [(f"These Weeks in Firefox: Issue {n}", f"December {n - 90}, 2021") for n in range(106, 101, -1)]
COMMENTS = [
    (
        "Alan Goodale",
        "December 24, 2020 at 3:53 am",
        "2020-12-24T03:53",
        "Are there plans to provide collections?",
    ),
    (
        "John Doe",
        "February 9, 2021 at 10:16 pm",
        "2021-02-09T22:16",
        "Thank you for fixing that bug at last!",
    ),
]


def _posts(heading: str) -> str:
    items = "".join(
        f'<li><h3><a href="/{n}">{htmlmod.escape(title)}</a></h3><p><time>{date}</time></p></li>'
        for n, (title, date) in enumerate(POSTS)
    )
    return f"<section><h2>{heading}</h2><ul>{items}</ul></section>"


PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>These Weeks in Firefox: Issue 85</title></head>
<body><header><a href="/">Firefox Nightly News</a></header>
<main><article><h1>These Weeks in Firefox: Issue 85</h1>
<p>Highlights of the last two weeks, with thanks to everyone who sent a patch or a bug report.</p>
<p>The new tab page now loads faster, and the profiler can show memory use over time.</p>
</article>
{_posts("More articles in “News”")}
{_posts("Recent articles")}
<section class="comments"><h2>2 comments on “These Weeks in Firefox: Issue 85”</h2>
<ol>{
    "".join(
        f"<li><p><cite>{name}</cite> wrote on {shown}:</p><blockquote><p>{text}</p></blockquote>"
        '<a href="#reply">Reply</a></li>'
        for name, shown, _, text in COMMENTS
    )
}</ol></section></main></body></html>
"""


@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("w3m", 200), ("lynx", 80), ("lynx", 200)])
def test_the_comments_are_the_two_under_the_counted_heading_not_the_posts(tool: str, width: int) -> None:
    discussion = parse(dump(PAGE, tool, width), "page.txt")
    read = [(c.author, c.posted, c.paragraphs[0].text) for c in walk(discussion.comments)]
    assert read == [(name, iso, text) for name, _, iso, text in COMMENTS]
    assert discussion.title == "These Weeks in Firefox: Issue 85"
    assert not [w for w in discussion.warnings if "heading counts" in w.message]


def test_a_counted_heading_met_by_every_header_changes_nothing() -> None:
    # "12 comments": the ten posts and the two comments meet the count as well as anything, so
    # the count does not tell the comments from the posts; every header stays (and a dump of
    # such a page is as ambiguous as it looks).
    page = PAGE.replace("2 comments on", "12 comments on")
    discussion = parse(dump(page, "w3m", 80), "page.txt")
    assert len(walk(discussion.comments)) == 12
