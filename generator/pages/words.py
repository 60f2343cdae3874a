"""Small pieces of English the pages are made of: counted nouns, shortened excerpts."""

from __future__ import annotations


def plural(count: int, word: str, words: str | None = None) -> str:
    """``1 comment``, ``2 comments``; ``words`` for irregular plurals (``reply``, ``replies``)."""
    return f"{count} {word}" if count == 1 else f"{count} {words or word + 's'}"


def shorten(value: str, limit: int) -> str:
    """``value`` with its white space folded, cut at a word before ``limit`` characters (`` …``)."""
    # Only the first ``limit`` words can show: a long paragraph is not split whole. More words
    # than that fold to more than ``limit`` characters (a character and a space each).
    words = value.split(None, limit) if limit > 0 else value.split()
    if len(words) > limit:
        return " ".join(words[:limit])[:limit].rsplit(" ", 1)[0] + " …"
    value = " ".join(words)
    if len(value) <= limit:
        return value
    return value[:limit].rsplit(" ", 1)[0] + " …"
