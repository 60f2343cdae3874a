"""Commenters' names as people type them, in real w3m and lynx dumps of a WordPress page.

A name that was an e-mail address ("test@example.com says:") lost the address as Gravatar junk;
the header then read as a lynx-wrapped name, and the "Reply" line of the comment above became
the author. An address that is all the name stays the name; an action line is never part of one.
"""

from __future__ import annotations

import pytest

from generator.model import walk
from generator.read.dialects import parse
from generator.read.dump.heads import clean_name
from tests.threadpages.dumpers import dump

NAMES = [
    "Иван Петров",
    "王小明",
    "José 🍞 Baker",
    "Dr. Jane O'Neil-Smith",
    "anna_k",
    "The Bread Guy (@breadguy)",
    "M.",
    "Jean-Pierre de la Fontaine-Dupont III",
    "Ö",
    "test@example.com",
    "Sourdough Lover 42",
    "ANNA",
    "Maria | Bakery",
]


def _page() -> str:
    items = "".join(
        f'<li id="comment-{i}" class="comment"><article class="comment-body"><footer class="comment-meta">'
        f'<div class="comment-author vcard"><b class="fn">{name}</b> <span class="says">says:</span></div>'
        f'<div class="comment-metadata"><a href="#"><time>March {i + 1}, 2020 at 10:00 am</time></a></div>'
        f'</footer><div class="comment-content"><p>Comment number {i} text.</p></div>'
        '<div class="reply"><a href="#">Reply</a></div></article></li>'
        for i, name in enumerate(NAMES)
    )
    return (
        "<html><head><title>T</title></head><body><h1>A title here</h1><p>Posted on March 1, 2020 by Ann</p>"
        '<div class="entry-content"><p>Article text that is long enough to be a paragraph of prose.</p></div>'
        f'<h2>{len(NAMES)} Comments</h2><ol class="comment-list">{items}</ol>'
        "<h3>Leave a Reply</h3></body></html>"
    )


@pytest.mark.parametrize("tool,width", [("w3m", 80), ("w3m", 200), ("lynx", 80), ("lynx", 200)])
def test_every_name_is_read_as_typed(tool: str, width: int) -> None:
    discussion = parse(dump(_page(), tool, width), "page.txt")
    read = [(c.author, c.posted, [p.text for p in c.paragraphs]) for c in walk(discussion.comments)]
    assert read == [
        (name, f"2020-03-{i + 1:02d}T10:00", [f"Comment number {i} text."]) for i, name in enumerate(NAMES)
    ]


@pytest.mark.parametrize(
    "text,name,removed",
    [
        ("test@example.com says:", "test@example.com says:", []),
        ("me@example.org", "me@example.org", []),
        ("me@example.org a dit :", "me@example.org a dit :", []),
        ("yourname@yourdomain.com'yourname@yourdomain.com' Florina says:", "Florina says:",
         ["yourname@yourdomain.com'yourname@yourdomain.com'"]),
        ("Anna me@example.org says:", "Anna says:", ["me@example.org"]),
    ],
)  # fmt: skip
def test_an_address_is_junk_only_beside_a_name(text: str, name: str, removed: list[str]) -> None:
    cleaned, junk = clean_name(text, 1)
    assert (cleaned, [piece.text for piece in junk]) == (name, removed)
