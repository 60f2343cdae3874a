"""Small pieces of English the pages are made of: counted nouns, shortened excerpts."""

from __future__ import annotations


def plural(count: int, word: str, words: str | None = None) -> str:
    """``1 comment``, ``2 comments``; ``words`` for irregular plurals (``reply``, ``replies``)."""
    return f"{count} {word}" if count == 1 else f"{count} {words or word + 's'}"


def shorten(value: str, limit: int) -> str:
    """``value`` with its white space folded, cut at a word before ``limit`` characters (`` …``)."""
    head = value[: limit + 1]
    # Most paragraphs: the first ``limit + 1`` characters need no folding (white space other
    # than a space is not printable) and are what the folded text starts with, and more
    # follows (a non-space last, or a word after the space there, one paragraph in six): cut them.
    if (
        len(value) > limit
        and head.isprintable()
        and "  " not in head
        and head[0] != " "
        and (head[-1] != " " or (len(value) > limit + 1 and not value[limit + 1 :].isspace()))
    ):
        return head[:limit].rsplit(" ", 1)[0] + " …"
    # Only the words that can show are split off, not a whole long paragraph: ``limit // 2 + 1``
    # words (a character and a space each) fold to at least ``limit`` characters, and if more
    # follow, the folded text is longer than ``limit``.
    enough = limit // 2 + 1
    words = value.split(None, enough)
    if len(words) > enough:
        return " ".join(words[:enough])[:limit].rsplit(" ", 1)[0] + " …"
    value = " ".join(words)
    if len(value) <= limit:
        return value
    return value[:limit].rsplit(" ", 1)[0] + " …"
