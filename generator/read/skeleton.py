"""A seed to type a discussion in by hand (``python -m generator new``), and the check that none
of its placeholders is left in it.

The skeleton is a seed of the "numbered" dialect (:mod:`generator.read.dialects.numbered`) whose
every part to replace starts with :data:`MARK`: it parses as it is, so the reader sees the
shape of a seed at once, and a seed that still holds a placeholder is refused with the line of
the first one, so an unfinished seed is never published.
"""

from __future__ import annotations

import datetime as dt
import re

from generator.errors import SeedError

MARK = "\u270e"
"""The pencil that opens each placeholder (followed by a space)."""

_PLACEHOLDER = re.compile(rf"^\s*(?:\d{{1,9}}\.\s+|•\s*|By\s+)?{MARK} ")
"""A line that starts a placeholder: at the start of a paragraph, a comment, a reply or the
"By" line."""

MAX_TITLE = 200
"""The longest title a seed's first line may hold (longer, it is read as article text)."""


def skeleton(title: str, posted: dt.date) -> str:
    """The text of a new seed titled ``title`` (one line, see :func:`title_problem`), posted on
    ``posted``."""
    date = f"{posted:%B} {posted.day}, {posted.year}"
    return f"""{title}

Posted on {date}

By {MARK} the article's author (or delete this line)

{MARK} The article: replace this paragraph with its text. Paragraphs are separated by a blank line.

  1. {MARK} First commenter's name says:

    {MARK} The first comment's text, indented four spaces. Comments are numbered 1, 2, 3 in
    page order; a comment whose author is unknown has no "says:" line.

    • {MARK} Name of who replied says:

      {MARK} A reply: a bullet two spaces further in than the comment it answers, its text two
      spaces further still. A reply to this reply would start six spaces in.

  2. {MARK} Second commenter's name says:

    {MARK} The second comment's text.
"""


def title_problem(title: str) -> str | None:
    """Why ``title`` cannot be a seed's title line (None when it can)."""
    if not title.strip():
        return "expected a title, found an empty one"
    if "\n" in title or "\r" in title or not title.isprintable():
        return "expected a title on one line, found line breaks or control characters"
    if len(title.strip()) > MAX_TITLE:
        return f"expected a title of at most {MAX_TITLE} characters, found {len(title.strip())}"
    return None


def check_filled(lines: list[str], source: str) -> None:
    """Raise :class:`SeedError` at the first placeholder of :func:`skeleton` left in the seed
    ``source`` (its ``lines``), saying how many are left."""
    # Most seeds hold no pencil at all: one search of the whole text instead of a match a line.
    if MARK not in "\n".join(lines):
        return
    found = [number for number, line in enumerate(lines, 1) if _PLACEHOLDER.match(line)]
    if not found:
        return
    text = lines[found[0] - 1].strip()
    shown = text if len(text) <= 60 else text[:57] + "..."
    left = f"{len(found)} placeholders left" if len(found) > 1 else "the last placeholder"
    raise SeedError(
        source,
        found[0],
        f"expected your own text in place of the placeholder {shown!r} ({left}; each starts with {MARK})",
    )
