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
    groups: dict[str, list[str]] = {}
    for comment in comments:
        text = fingerprint(comment)
        # Words are single-spaced in a fingerprint: counting the spaces counts them.
        if text.count(" ") + 1 >= MIN_WORDS:
            groups.setdefault(text, []).append(comment.id)
    return [tuple(ids) for ids in groups.values() if len(ids) > 1]
