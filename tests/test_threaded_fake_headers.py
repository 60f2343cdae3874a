"""Lines in a comment's text that look like a comment header: "Update:" over "March 5, 2020", a
signature "— Bob, 12 March 2020", "Posted from my phone on …".

Each was read as a comment of its own: eight comments became thirteen, names such as "I baked
it on" and "from my phone" were published as commenters (the heading's count warned, no
more). One template prints every comment's header, so a header of another shape among many of
one shape is text; a header that opens a list item where the comments are a list is kept (lynx
wraps a long name away from its date). Real w3m and lynx dumps of a WordPress page, as a list
(``ol.comment-list``) and flat (``div`` style, no list markers). A quote of another comment's
header in the page's own shape ("Karl says:" over its date) is not told apart: it reads as a
comment (a reply set in a ``<div>`` inside its parent's item looks the same).
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
]


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
    bodies = BODIES
    discussion = parse(dump(_page(listed, bodies), tool, width), "page.txt")
    read = [(c.author, c.posted, " ".join(p.text for p in c.paragraphs)) for c in walk(discussion.comments)]
    assert [(author, posted) for author, posted, _ in read] == [
        (f"Person{i}", f"2020-03-{i + 1:02d}T10:00") for i in range(len(bodies))
    ]
    # Every word of each body is its comment's (lynx runs paragraphs together with a line break).
    assert [" ".join(text.split()) for _, _, text in read] == [" ".join(body) for body in bodies]
    assert not discussion.warnings


@pytest.mark.parametrize("listed", [True, False], ids=["list", "flat"])
@pytest.mark.parametrize("tool", ["w3m", "lynx"])
def test_a_word_ending_in_a_verb_over_a_date_is_text(tool: str, listed: bool) -> None:
    """ "Edit:" ends in "dit" (French "says"): glued to a name it would be Twenty Twenty's header."""
    bodies = [
        ("Nice.",),
        ("Edit:", "March 5, 2020 at 10:00 am", "It rose well this time."),
        ("Good.",),
        ("Yes.",),
    ]
    discussion = parse(dump(_page(listed, bodies), tool, 80), "page.txt")
    assert [c.author for c in walk(discussion.comments)] == [f"Person{i}" for i in range(4)]


def test_a_long_name_wrapped_away_from_its_date_stays_a_header() -> None:
    """lynx at 80 columns wraps "Bartholomew … of Somewhere on" over the date of a deep reply: a
    name over a date among "Name on DATE" headers, one template still (and it opens an item)."""
    name = "Bartholomew Featherstonehaugh-Smythe of Somewhere"

    def item(cid: int, who: str, day: int, text: str, replies: str = "") -> str:
        return (
            f'<li id="comment-{cid}" class="comment"><div class="comment-author"><b class="fn">{who}</b> on '
            f'<a href="#c{cid}">March {day}, 2020 at 10:00 am</a></div><p>{text}</p>'
            f"{f'<ol class=children>{replies}</ol>' if replies else ''}</li>"
        )

    thread = item(1, "Karl", 3, "Nice one.", item(2, "Anna", 4, "Thanks.", item(3, name, 5, "I agree.")))
    page = (
        "<html><head><title>T</title></head><body><h1>Sourdough basics</h1><p>Posted on March 1, 2020 by "
        "Ann</p><p>Article text that is long enough to be a paragraph of prose.</p><h2>5 Comments</h2>"
        f'<ol class="comment-list">{thread}{item(4, "Dora", 6, "Good.")}{item(5, "Emil", 7, "Yes.")}</ol>'
        "<h3>Leave a Reply</h3></body></html>"
    )
    discussion = parse(dump(page, "lynx", 80), "page.txt")
    assert [(c.depth, c.author) for c in walk(discussion.comments)] == [
        (0, "Karl"), (1, "Anna"), (2, f"{name} on"), (0, "Dora"), (0, "Emil")
    ]  # fmt: skip
