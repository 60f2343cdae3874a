"""Blogger's classic templates: "Karl said..." over the comment's text, and the date after the
text ("March 3, 2020 at 10:00 AM", with the owner's "Delete" link run into it by w3m).

No header was found ("said..." is no "says:", and no date stands under it), each date line was
read as a comment of its own: the comments were shifted by one, their authors read as
"AMDelete", with no warning. The date under the text is the header's; Blogger's text is set in
under its header (a ``<dd>`` under a ``<dt>``). The saved page fared no better: no recogniser
knew a comment made of three siblings (``dt``, ``dd``, ``dd``), and the page was published without
its comments, silently. Real w3m and lynx dumps of a page in the template's markup, and the page
itself; the truth is the page's own.
"""

from __future__ import annotations

import pytest

from generator.model import walk
from generator.read import html
from generator.read.dialects import parse
from tests.threadpages.dumpers import dump

COMMENTS = [
    ("Karl", "March 3, 2020 at 10:00 AM", "2020-03-03T10:00", "My loaf came out flat. Any idea why?"),
    ("Anna", "March 14, 2020 at 11:30 PM", "2020-03-14T23:30", "Use less water in winter."),
    ("Anonymous", "March 15, 2020 at 9:05 AM", "2020-03-15T09:05", "Great recipe!"),
]


def _page(verb: str, comments: list[tuple[str, str, str, str]] = COMMENTS) -> str:
    block = "".join(
        f'<dt class="comment-author" id="c{i}"><a name="c{i}"></a>'
        f'<a href="/profile/{i}" rel="nofollow">{name}</a> {verb}</dt>'
        f'<dd class="comment-body" id="Blog1_cmt-{i}"><p>{text}</p></dd>'
        '<dd class="comment-footer"><span class="comment-timestamp">'
        f'<a href="#c{i}" title="comment permalink">{shown}</a>'
        '<span class="item-control blog-admin pid-1"><a href="/delete">Delete</a></span></span></dd>'
        for i, (name, shown, _, text) in enumerate(comments)
    )
    return (
        "<html><head><title>Bread Blog: Sourdough basics</title></head><body>"
        '<h1 class="title">Bread Blog</h1><h2 class="date-header"><span>Sunday, March 1, 2020</span></h2>'
        '<div class="post"><h3 class="post-title">Sourdough basics</h3><div class="post-body"><p>Sourdough '
        "needs flour, water, salt and a lively starter, fed the night before and kept warm.</p></div>"
        '<div class="post-footer">Posted by Anna at <a class="timestamp-link">9:00 AM</a></div></div>'
        f'<div class="comments" id="comments"><a name="comments"></a><h4>{len(comments)} comments:</h4>'
        f'<div id="comments-block"><dl>{block}</dl></div>'
        '<p class="comment-footer"><a href="/comment">Post a Comment</a></p></div></body></html>'
    )


@pytest.mark.parametrize("verb", ["said...", "said…", "hat gesagt…", "dijo...", "a dit…"])
@pytest.mark.parametrize(
    "tool,width", [("w3m", 80), ("w3m", 200), ("w3m", 10000), ("lynx", 80), ("lynx", 200)]
)
def test_the_date_under_a_blogger_comment_is_its_headers(verb: str, tool: str, width: int) -> None:
    discussion = parse(dump(_page(verb), tool, width), "page.txt")
    read = [
        (c.author, c.posted, c.posted_text, [p.text for p in c.paragraphs]) for c in walk(discussion.comments)
    ]
    assert read == [(name, iso, shown, [text]) for name, shown, iso, text in COMMENTS]
    assert not discussion.warnings
    assert {item.reason for item in discussion.chrome if "Delete" in item.text} == {"comment date"}


def test_the_saved_page_is_read_too() -> None:
    discussion = html.parse(_page("said..."), "page.html")
    read = [
        (c.author, c.posted, c.posted_text, [p.text for p in c.paragraphs]) for c in walk(discussion.comments)
    ]
    assert read == [(name, iso, shown, [text]) for name, shown, iso, text in COMMENTS]
    assert (discussion.dialect, discussion.title) == ("html/blogger-classic", "Sourdough basics")


TRICKY = [
    # The text's first line holds a time: the "said..." line was read as a header without a date.
    ("Karl", "March 3, 2020 at 10:00 AM", "2020-03-03T10:00", "Fed it at 10:00 like you said."),
    # A line of the text ends like a header; the comment's own header comes first.
    ("Anna", "March 14, 2020 at 11:30 PM", "2020-03-14T23:30", "Then my husband said:</p><p>add salt"),
    # A signature over the date: the date line under a name.
    ("Dora", "March 15, 2020 at 9:05 AM", "2020-03-15T09:05", "Great recipe!</p><p>Dora"),
    ("Emil", "March 16, 2020 at 9:05 AM", "2020-03-16T09:05", "Thanks!"),
]


@pytest.mark.parametrize("tool,width", [("w3m", 80), ("lynx", 80)])
def test_the_header_is_the_first_said_line_whatever_the_text_holds(tool: str, width: int) -> None:
    discussion = parse(dump(_page("said...", TRICKY), tool, width), "page.txt")
    read = [
        (c.author, c.posted, " ".join(" ".join(p.text for p in c.paragraphs).split()))
        for c in walk(discussion.comments)
    ]
    assert read == [
        (name, iso, " ".join(text.replace("</p><p>", " ").split())) for name, _, iso, text in TRICKY
    ]
    assert not discussion.warnings


def test_a_saved_page_without_profile_links_or_a_permalink() -> None:
    page = (
        _page("hat gesagt…").replace('<a href="/profile/', '<b data-href="').replace("</a> hat", "</b> hat")
    )
    page = page.replace('<a href="#c', '<b data-href="#c').replace("M</a>", "M</b>")
    discussion = html.parse(page, "page.html")
    assert [(c.author, c.posted) for c in walk(discussion.comments)] == [
        (n, iso) for n, _, iso, _ in COMMENTS
    ]


@pytest.mark.parametrize(
    "tool,width", [("w3m", 80), ("w3m", 200), ("w3m", 10000), ("lynx", 80), ("lynx", 200)]
)
def test_the_blogs_name_over_its_date_header_is_no_first_posts_header(tool: str, width: int) -> None:
    # "Bread Blog" on the page's first line over "Sunday, March 1, 2020" reads as a name over a
    # date, as a forum's first post's header does; a topic's title stands above its first post,
    # so a "header" on the first line is none. The title was the blog's name.
    discussion = parse(dump(_page("said..."), tool, width), "page.txt")
    assert (discussion.title, str(discussion.posted)) == ("Sourdough basics", "2020-03-01")
    assert discussion.article[0].text.startswith("Sourdough needs flour")
