"""The same comment text posted more than once on a page (seed 000 has one: #1.2 and #21.5)."""

from __future__ import annotations

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
    comments = [comment for comment in comments if comment.paragraphs]
    ends: dict[tuple[str, str], int] = {}
    for comment in comments:
        end = _ends(comment)
        ends[end] = ends.get(end, 0) + 1
    groups: dict[str, list[str]] = {}
    for comment in comments:
        if ends[_ends(comment)] < 2:
            continue
        text = fingerprint(comment)
        # Words are single-spaced in a fingerprint: counting the spaces counts them.
        if text.count(" ") + 1 >= MIN_WORDS:
            groups.setdefault(text, []).append(comment.id)
    return [tuple(ids) for ids in groups.values() if len(ids) > 1]


def _ends(comment: Comment) -> tuple[str, str]:
    """The first and the last word of a comment's text, as in its fingerprint ("" for none)."""
    first = next((words[0] for p in comment.paragraphs if (words := p.text.split(None, 1))), "")
    last = next((words[-1] for p in reversed(comment.paragraphs) if (words := p.text.rsplit(None, 1))), "")
    return first, last
