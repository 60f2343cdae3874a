"""What a comment's text holds besides paragraphs, in real w3m and lynx dumps.

- lynx sets preformatted text (``<pre>``) at the margin, left of every comment: it was taken for
  a heading between two comment lists, dropped, and the thread below it closed, so the replies
  after a comment with code in it were published as top-level comments, without a warning. (A
  page's footer at the margin stays out: only text the comment goes on after, or a reply to it
  follows, is the comment's.)
- A line of code ending in a colon over an indented one ("for day in week:" /
  "    feed(starter)") was taken for a quote's attribution, and both lines dropped.
- The note under a comment not approved yet is no text of it.
- Drupal's Olivero prints each commenter's picture, whose alt text dumps as a line of its own
  ("Profile picture for user Karl"), above the name: it ran into the comment above.
"""

from __future__ import annotations

import pytest

from generator.model import walk
from generator.read.dialects import parse
from tests.test_html_drupal import COMMENTS, OLIVERO
from tests.test_linear_work import GROWTH, calls
from tests.threadpages.dumpers import dump

DUMPS = [("w3m", 80), ("w3m", 200), ("lynx", 80), ("lynx", 200)]


def _comment(cid: int, name: str, day: int, body: str, replies: str = "", link: bool = True) -> str:
    return (
        f'<li id="comment-{cid}" class="comment"><article class="comment-body"><footer class="comment-meta">'
        f'<div class="comment-author vcard"><b class="fn">{name}</b> <span class="says">says:</span></div>'
        f'<div class="comment-metadata"><a href="#"><time>March {day}, 2020 at 10:00 am</time></a></div>'
        f'</footer><div class="comment-content">{body}</div>'
        + ('<div class="reply"><a href="#">Reply</a></div>' if link else "")
        + f"</article>{f'<ol class=children>{replies}</ol>' if replies else ''}</li>"
    )


PAGE = (
    "<html><head><title>T</title></head><body><h1>Sourdough basics</h1><p>Posted on March 1, 2020 by Ann</p>"
    '<div class="entry-content"><p>Article text that is long enough to be a paragraph of prose.</p></div>'
    '<h2>5 Comments</h2><ol class="comment-list">'
    + _comment(
        1,
        "Karl",
        3,
        "<p>Try this:</p><pre>flour 500 g\nwater 350 g\nsalt 10 g</pre><p>Good luck.</p>",
        _comment(2, "Anna", 4, "<p>Thanks, that works.</p>", _comment(3, "Karl", 5, "<p>Glad to help.</p>")),
    )
    + _comment(
        4,
        "Dora",
        6,
        "<p>My script:</p><pre>for day in week:\n    feed(starter)</pre>",
        _comment(5, "Emil", 7, "<p>Nice script.</p><p>Your comment is awaiting moderation.</p>"),
        link=False,  # the code ends the comment, its reply follows at once
    )
    + "</ol><h3>Leave a Reply</h3></body></html>"
)
TRUTH = [
    (0, "Karl", "Try this: flour 500 g water 350 g salt 10 g Good luck."),
    (1, "Anna", "Thanks, that works."),
    (2, "Karl", "Glad to help."),
    (0, "Dora", "My script: for day in week: feed(starter)"),
    (1, "Emil", "Nice script."),
]


@pytest.mark.parametrize("tool,width", DUMPS)
def test_code_in_a_comment_is_its_text_and_keeps_the_thread(tool: str, width: int) -> None:
    discussion = parse(dump(PAGE, tool, width), "page.txt")
    read = [
        (c.depth, c.author, " ".join(" ".join(p.text for p in c.paragraphs).split()))
        for c in walk(discussion.comments)
    ]
    assert read == TRUTH
    assert not discussion.warnings
    assert "moderation note" in {item.reason for item in discussion.chrome}


@pytest.mark.parametrize("tool,width", DUMPS)
def test_a_picture_s_alt_text_is_no_comment_text(tool: str, width: int) -> None:
    discussion = parse(dump(OLIVERO, tool, width), "page.txt")
    texts = [" ".join(p.text for p in c.paragraphs) for c in walk(discussion.comments)]
    assert not any("Profile picture" in text for text in [*texts, *(p.text for p in discussion.article)])
    assert sorted(c.author or "" for c in walk(discussion.comments)) == sorted(
        author for _, _, author, *_ in COMMENTS
    )
    assert {item.text for item in discussion.chrome if item.reason == "avatar text"} >= {
        f"Profile picture for user {author}" for _, _, author, *_ in COMMENTS
    }


def _margin_page(lines: int) -> str:
    """A lynx dump whose last comment is followed by ``lines`` lines at the margin (a footer)."""
    out = [
        "Title of the post",
        "",
        "Posted on March 1, 2020 by Ann",
        "",
        "Article text here, long enough.",
        "",
    ]
    out += ["3 Comments", ""]
    for i in range(1, 4):
        out += [
            f"    {i}. [{i}]Karl{i} says:",
            f"       March {i}, 2020 at 10:00 am",
            "",
            f"       Comment {i}.",
            "",
        ]
    return "\n".join([*out, *["a line of the page's footer, at the margin"] * lines])


def test_lines_at_the_margin_are_looked_at_once() -> None:
    """Counted, not timed: each line left of every comment once asked whether the comment's
    text goes on after it (asking each the rest of the page grew with the square)."""
    small = calls(lambda: parse(_margin_page(500), "page.txt"))
    large = calls(lambda: parse(_margin_page(2000), "page.txt"))
    assert large <= GROWTH * small
    assert [c.paragraphs[0].text for c in parse(_margin_page(50), "page.txt").comments] == [
        f"Comment {i}." for i in range(1, 4)
    ]
