"""The facts of the two seeds, exactly as the issue lists them."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from generator import Discussion
from generator.model import SourceLine, walk


def test_seed_000_header(seed_000: Discussion) -> None:
    assert seed_000.title == "Author POV – Viktor Belenko, Hero or Traitor?"
    assert seed_000.posted == dt.date(2008, 8, 27)
    assert seed_000.category == "Stuff We Like"
    assert seed_000.author == "Miguel Vargas-Caba"
    assert seed_000.chrome == (SourceLine(1, "Pages Menu"), SourceLine(3, "Categories Menu"))
    assert seed_000.warnings == ()


def test_seed_000_comment_tree(seed_000: Discussion) -> None:
    comments = walk(seed_000.comments)
    assert len(seed_000.comments) == 31
    assert Counter(c.depth for c in comments) == {0: 31, 1: 33, 2: 11}
    assert len(comments) == 75
    assert all(c.author is None for c in comments)
    assert [c.number for c in seed_000.comments] == list(range(1, 32))


def test_seed_001_header(seed_001: Discussion) -> None:
    assert seed_001.title == "Russian Pilot Escaped to USA on Super Secret Air Force MiG-25 Jet"
    assert seed_001.posted == dt.date(2017, 8, 10)
    assert seed_001.author == "tim"
    assert seed_001.category is None
    assert seed_001.chrome == ()
    assert seed_001.warnings == ()


def test_seed_001_comment_tree(seed_001: Discussion) -> None:
    comments = walk(seed_001.comments)
    assert len(seed_001.comments) == 10
    assert [c.author for c in comments] == [
        "Dan",
        "Douglas",
        "Chrisco",
        "Rusty",
        "Slaven",
        "Lee Lindberg",
        "Douglas",
        "tanksoldier",
        "Mike",
        "Slaven",
        "Mike",
    ]
    (reply,) = [c for c in comments if c.depth == 1]
    assert reply.id == "c6-1"
    assert seed_001.comments[5].replies == (reply,)
