"""Lines in a comment's text that look like a comment header: "Update:" over "March 5, 2020", a
signature "— Bob, 12 March 2020", "Posted from my phone on …", a quote of another comment's
header ("Karl says:" over its date).

Each was read as a comment of its own: eight comments became thirteen, names such as "I baked
it on" and "from my phone" were published as commenters (the heading's count warned, no
more). One template prints every comment's header, so a header of another shape among many of
one shape is text; and where the comments are a list, a header that opens no item but stands at
the text column of the comment above is that comment's text. Real w3m and lynx dumps of a
WordPress page, as a list (``ol.comment-list``) and flat (``div`` style, no list markers).
"""

from __future__ import annotations

import pytest

from generator.model import walk
from generator.read.dialects import parse
from tests.threadpages.dumpers import dump

BODIES = [
    ("Update:", "March 5, 2020", "It rose well this time."),
    ("As Anna said:", "Use less water."),
    ("I baked it on", "Tuesday, March 10, 2020 at 9:00 am", "and it was great."),
    ("Thanks Anna!", "— Bob, 12 March 2020"),
    ("Posted from my phone on March 12, 2020 at 3:00 pm",),
    ("2020", "was a year."),
    ("Karl says:", "March 3, 2020 at 10:00 am", "That is what he wrote, quoted."),
]
QUOTED = len(BODIES) - 1
"""The last body quotes a header of the page's own shape: told apart only in a list."""


def _page(listed: bool, bodies: list[tuple[str, ...]]) -> str:
    tag = "li" if listed else "div"
    items = "".join(
        f'<{tag} id="comment-{i}" class="comment"><article class="comment-body"><footer class="comment-meta">'
        f'<div class="comment-author vcard"><b class="fn">Person{i}</b> <span class="says">says:</span></div>'
        f'<div class="comment-metadata"><a href="#"><time>March {i + 1}, 2020 at 10:00 am</time></a></div>'
        f'</footer><div class="comment-content">{"".join(f"<p>{p}</p>" for p in body)}</div>'
        f'<div class="reply"><a href="#">Reply</a></div></article></{tag}>'
        for i, body in enumerate(bodies)
    )
    wrapper = ('<ol class="comment-list">', "</ol>") if listed else ('<div class="comments-inner">', "</div>")
    return (
        "<html><head><title>T</title></head><body><h1>A title here</h1><p>Posted on March 1, 2020 by Ann</p>"
        '<div class="entry-content"><p>Article text that is long enough to be a paragraph of prose.</p></div>'
        f"<h2>{len(bodies)} Comments</h2>{wrapper[0]}{items}{wrapper[1]}<h3>Leave a Reply</h3></body></html>"
    )


@pytest.mark.parametrize("listed", [True, False], ids=["list", "flat"])
@pytest.mark.parametrize("tool,width", [("w3m", 80), ("w3m", 200), ("lynx", 80), ("lynx", 200)])
def test_header_lookalikes_in_a_comment_are_its_text(tool: str, width: int, listed: bool) -> None:
    bodies = BODIES if listed else BODIES[:QUOTED]
    discussion = parse(dump(_page(listed, bodies), tool, width), "page.txt")
    read = [(c.author, c.posted, " ".join(p.text for p in c.paragraphs)) for c in walk(discussion.comments)]
    assert [(author, posted) for author, posted, _ in read] == [
        (f"Person{i}", f"2020-03-{i + 1:02d}T10:00") for i in range(len(bodies))
    ]
    # Every word of each body is its comment's (lynx runs paragraphs together with a line break).
    assert [" ".join(text.split()) for _, _, text in read] == [" ".join(body) for body in bodies]
    assert not discussion.warnings
