"""Twenty Twenty, WordPress's default theme of 2020: its comment headers glue the name to the verb.

The theme prints the verb for screen readers in a span of its own, with no space before it, so
w3m and lynx show "Karlsays:" over the date: no author was found, each header was left in the
text of the comment above, and the page was published without a warning. The theme nests
replies by the margins of ``<div>``s, which no dump shows: a dump reads them flat, the saved page
(the HTML reader) keeps the nesting. The page follows the theme's comment walker; the truth is
the page's own markup.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.build.workers import load_seed
from generator.model import walk
from generator.read.dialects import parse
from generator.read.dump import dumplines, heads
from tests.threadpages.dumpers import dump

# (id, parent id, author, shown date, ISO stamp, paragraphs, author of the post)
COMMENTS = (
    (1, None, "Karl", "March 3, 2020 at 10:00 am", "2020-03-03T10:00",
     ("My loaf came out flat.", "Any idea why?"), False),
    (2, 1, "Anna", "March 4, 2020 at 11:00 am", "2020-03-04T11:00", ("Use less water in winter.",), True),
    (3, 2, "Chiara", "March 4, 2020 at 1:15 pm", "2020-03-04T13:15", ("Thanks, that helped.",), False),
    (4, None, "Dora Smith", "March 5, 2020 at 12:00 pm", "2020-03-05T12:00", ("Great recipe!",), False),
    (5, 4, "José Ramírez", "March 6, 2020 at 8:05 am", "2020-03-06T08:05",
     ("Same here.", "Mine rose twice as high."), False),
)  # fmt: skip


def _comment(cid: int, depth: int) -> str:
    _, _, name, shown, iso, paragraphs, by_author = next(c for c in COMMENTS if c[0] == cid)
    children = "".join(_comment(c[0], depth + 1) for c in COMMENTS if c[1] == cid)
    avatar = (
        f'<img alt="" src="https://secure.gravatar.com/avatar/{cid}?s=120" class="avatar photo" height="120">'
    )
    link = f'<a href="https://example.org/{cid}" rel="external nofollow" class="url">' if cid % 2 else ""
    badge = '<span class="by-post-author">By Post Author</span>' if by_author else ""
    return (
        f'<div id="comment-{cid}" class="comment depth-{depth + 1}">'
        f'<article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta">'
        f'<div class="comment-author vcard">{link}{avatar}<span class="fn">{name}</span>'
        f'<span class="screen-reader-text says">says:</span>{"</a>" if link else ""}</div>'
        f'<div class="comment-metadata"><a href="#comment-{cid}"><time datetime="{iso}:00+00:00">\n'
        f"{shown}\n</time></a></div></footer>"
        f'<div class="comment-content entry-content">{"".join(f"<p>{p}</p>" for p in paragraphs)}</div>'
        '<footer class="comment-footer-meta"><span class="comment-reply">'
        f'<a rel="nofollow" class="comment-reply-link" href="#">Reply</a></span>{badge}</footer></article>'
        + (f'<div class="children">{children}</div>' if children else "")
        + "</div>"
    )


PAGE = (
    "<html><head><title>Sourdough basics &#8211; Bread Blog</title></head><body>"
    '<header id="site-header"><a href="/">Bread Blog</a>'
    '<ul class="primary-menu"><li><a href="/">Home</a></li>'
    '<li><a href="/about">About</a></li></ul></header><main id="site-content"><article class="post">'
    '<header class="entry-header"><h1 class="entry-title">Sourdough basics</h1>'
    '<div class="post-meta-wrapper">'
    '<ul class="post-meta"><li class="post-author"><span class="screen-reader-text">Post author</span>'
    '<a href="/author/anna">Anna</a></li>'
    '<li class="post-date"><span class="screen-reader-text">Post date</span>'
    '<a href="#">March 1, 2020</a></li><li class="post-comment-link"><a href="#comments">5 Comments</a></li>'
    '</ul></div></header><div class="entry-content"><p>Sourdough needs flour, water, salt and a lively '
    "starter. Feed the starter the night before and keep it somewhere warm.</p>"
    "<p>Shape the loaf gently and bake it hot.</p></div>"
    '<div class="comments-wrapper"><div class="comments" id="comments"><div class="comments-header">'
    '<h2 class="comment-reply-title">5 replies on &ldquo;Sourdough basics&rdquo;</h2></div>'
    f'<div class="comments-inner">{"".join(_comment(c[0], 0) for c in COMMENTS if c[1] is None)}</div></div>'
    '<div id="respond" class="comment-respond"><h2 class="comment-reply-title">Leave a Reply</h2>'
    "<form><p>Your email address will not be published.</p></form></div></div></article></main>"
    '<footer id="site-footer"><p>&copy; 2020 Bread Blog</p><p>Powered by WordPress</p></footer></body></html>'
)
DUMPS = [("w3m", 80), ("w3m", 200), ("w3m", 10000), ("lynx", 80), ("lynx", 200)]


@pytest.mark.parametrize("tool,width", DUMPS)
def test_every_comment_of_a_twenty_twenty_page_is_read(tool: str, width: int) -> None:
    discussion = parse(dump(PAGE, tool, width), "page.txt")
    read = [(c.author, c.posted, tuple(p.text for p in c.paragraphs)) for c in walk(discussion.comments)]
    assert read == [(author, iso, paragraphs) for _, _, author, _, iso, paragraphs, _ in COMMENTS]
    assert (discussion.title, discussion.posted, discussion.author) == (
        "Sourdough basics",
        dt.date(2020, 3, 1),
        "Anna",
    )
    assert [p.text for p in discussion.article] == [
        "Sourdough needs flour, water, salt and a lively starter. Feed the starter the night before "
        "and keep it somewhere warm.",
        "Shape the loaf gently and bake it hot.",
    ]
    assert not discussion.warnings


def test_the_saved_page_keeps_the_nesting_no_dump_shows(tmp_path: Path) -> None:
    saved = tmp_path / "page.html"
    saved.write_text(PAGE, encoding="utf-8")
    discussion, _ = load_seed(saved)
    depth: dict[int | None, int] = {None: -1}
    expected = []
    for cid, parent, author, *_ in COMMENTS:
        depth[cid] = depth[parent] + 1
        expected.append((author, depth[cid]))
    assert [(c.author, c.depth) for c in walk(discussion.comments)] == expected


@pytest.mark.parametrize(
    "lines,author",
    [
        (["Karlsays:", "March 3, 2020 at 10:00 am"], "Karl"),
        (["Dora Smithsays:", "", "March 5, 2020 at 12:00 pm"], "Dora Smith"),
        (["Annasagt:", "3. März 2020 um 10:00 Uhr"], "Anna"),
        (["Essays:", "The first one was better."], None),
        (["Karlsays", "some text"], None),
    ],
)
def test_a_name_glued_to_its_verb_is_a_header_only_over_a_date(lines: list[str], author: str | None) -> None:
    found = heads.read_head(dumplines.read_dump(lines).lines, 0)
    assert (found.author if found is not None else None) == author
