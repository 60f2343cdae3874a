"""The same comment text posted more than once on a page (seed 000 has one: #1.2 and #21.5)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from generator.model import Comment

MIN_WORDS = 12
"""Shorter texts ("Agree!", "True") repeat by coincidence, not by being posted twice."""


def fingerprint(comment: Comment) -> str:
    """The comment's words, white space (line breaks of the seed included) collapsed."""
    return " ".join(" ".join(p.text for p in comment.paragraphs).split())


def duplicate_groups(comments: Iterable[Comment]) -> list[tuple[str, ...]]:
    """Ids of comments with the same text, one tuple per text posted more than once, in page order."""
    # Same text means the same first and last word: only comments sharing those with another
    # are worth a fingerprint (most share them with none).
    ends = [(_ends(comment), comment) for comment in comments if comment.paragraphs]
    count = Counter(end for end, _comment in ends)
    groups: dict[str, list[str]] = {}
    for end, comment in ends:
        if count[end] < 2:
            continue
        text = fingerprint(comment)
        # Words are single-spaced in a fingerprint: counting the spaces counts them.
        if text.count(" ") + 1 >= MIN_WORDS:
            groups.setdefault(text, []).append(comment.id)
    return [tuple(ids) for ids in groups.values() if len(ids) > 1]


def _ends(comment: Comment) -> tuple[str, str]:
    """The first and the last word of a comment's text, as in its fingerprint ("" for none)."""
    first = comment.paragraphs[0].text.split(None, 1)
    last = comment.paragraphs[-1].text.rsplit(None, 1)
    if first and last:  # nearly always: the parser makes no blank paragraphs
        return first[0], last[-1]
    words = fingerprint(comment).split()
    return (words[0], words[-1]) if words else ("", "")
