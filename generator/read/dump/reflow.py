"""Paragraphs from the lines of a dump: hard wraps joined again, real line breaks kept.

A dumper wraps text at a fixed width. A line break is the dumper's when the next line's first word
would not have fitted on the line (so the dumper had to move it down); otherwise the page itself
broke the line (``<br>``) and the break is kept. A word the dumper broke (a web address too
long for the rest of its line, see :func:`word_across`) is joined again without a space.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Protocol

from generator.model import Paragraph
from generator.read.dump.dumplines import MARKER, MARKER_FIRST, Dump


class Wrapped(Protocol):
    """A line as re-flowing needs it (a :class:`~generator.read.dump.dumplines.Line`, or a
    reader's lighter record of the same fields)."""

    @property
    def number(self) -> int: ...
    @property
    def indent(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def marker(self) -> str: ...
    @property
    def column(self) -> int: ...
    @property
    def width(self) -> int: ...


def paragraphs_of(lines: Iterable[Wrapped | None], wrap: int) -> list[Paragraph]:
    """Blank-line separated paragraphs of ``lines`` (None is a blank line), re-flowed at ``wrap``."""
    out: list[Paragraph] = []
    parts: list[str] = []
    previous: Wrapped | None = None
    start = 0
    carried = ""  # the start of a word the dumper broke, on the lines above the previous one
    for line in lines:
        if line is None:
            if parts:
                out.append(Paragraph("".join(parts), start))
                parts = []
            previous = None
            continue
        if previous is None:
            start = line.number
            carried = ""
        elif soft_break(previous, line, wrap):
            word = word_across(previous.text, line.text, carried)
            parts.append(" " if word is None else "")
            carried = word or ""
        else:
            parts.append("\n")
            carried = ""
        parts.append(line.text)
        previous = line
    if parts:
        out.append(Paragraph("".join(parts), start))
    return out


def word_across(before: str, after: str, carried: str = "") -> str | None:
    """The word the dumper broke between two wrapped lines (``before`` ending one, ``after``
    opening the next; ``carried``: the part of it on lines above ``before``, when ``before`` is
    all one piece of it), or None where a word ended at the break (most breaks).

    w3m and lynx break a word too long for the rest of its line after a "/" (w3m after a "?" or
    a "=" too, and before a "/" or an "&"), and lynx anywhere in one longer than a whole line.
    The pieces go together again without the space that joins wrapped words, where both sides
    look the part: an address (or a path) before the break, a piece of one after it."""
    if (
        not carried
        and before[-1] not in _BREAK_AFTER
        and after[0] not in _BREAK_BEFORE
        and "://" not in before
    ):
        return None  # most lines: no address, no break character at the break
    whole = " " not in before  # the line is all one piece of the word
    last = carried + before if whole else before.rpartition(" ")[2]
    first = after.split(" ", 1)[0]
    if "://" in first or not _address_piece(first):
        return None  # the next address, or a word of a sentence ("then.", "which")
    if "://" not in last:
        # A path: "path/to/" over "some/file.txt"; a word ends at "~/bin/" over "which".
        return last if last.endswith("/") and len(last) > 1 and "/" in first else None
    if last[-1] in _BREAK_AFTER or first[0] == "/" or (first[0] == "&" and "=" in first) or whole:
        return last
    return None  # an address ended there: "…/re.html" over "Node.js does it differently"


_BREAK_AFTER = "/?="
"""Where w3m and lynx break an address at the end of a line."""
_BREAK_BEFORE = "/&"
"""Where w3m breaks an address at the start of the next line (before a query's "&b=2")."""


def _address_piece(word: str) -> bool:
    """Whether ``word`` may be a piece of an address: with a "/", a query or a fragment in it,
    or a name with a dot inside ("index.html"), not a word of a sentence ("then.", "e.g.")."""
    return any(char in word for char in _ADDRESS_CHARS) or _DOTTED.fullmatch(word) is not None


_ADDRESS_CHARS = "/?=&#%"
_DOTTED = re.compile(r"[\w~+-]+(?:\.[\w~+-]+)+")


def soft_break(line: Wrapped, following: Wrapped, wrap: int) -> bool:
    """Whether the break between two lines was made by the dumper's wrapping at ``wrap`` columns."""
    if not wrap or (following.marker and following.indent != line.column):
        return False  # a list item of its own, not the rest of a wrapped line
    first_word = following.text.split(" ", 1)[0]
    return line.width + 1 + len(first_word) > wrap


Row = tuple[int, int, str, str, int, int]
"""A :class:`Wrapped` line as a tuple, its fields in the same order: number, indent, text, marker,
column, width (a reader that makes one for every line of a page spares a class's constructor)."""


def paragraphs_of_rows(rows: Iterable[Row | None], edges: Mapping[int, int] | None) -> list[Paragraph]:
    """:func:`paragraphs_of` on rows, each line's wrap its own: ``edges`` maps a line's indent to
    the right edge of its cell, where the dumper wrapped it (None: nothing was wrapped)."""
    out: list[Paragraph] = []
    parts: list[str] = []
    add = parts.append
    start = 0
    width = indent = column = -1  # of the previous line; width -1: none (a paragraph starts)
    carried = ""  # as in paragraphs_of
    for row in rows:
        if row is None:
            if parts:
                out.append(Paragraph("".join(parts), start))
                parts = []
                add = parts.append
            width = -1
            carried = ""
            continue
        number, following, text, marker, opens, wide = row
        if width < 0:
            start = number
        elif edges is not None and (not marker or following == column):
            space = text.find(" ")  # the first word's length: would it have fitted above?
            if width + 1 + (space if space >= 0 else len(text)) > edges[indent]:
                word = word_across(parts[-1], text, carried)
                add(" " if word is None else "")
                carried = word or ""
            else:
                add("\n")
                carried = ""
        else:
            add("\n")
            carried = ""
        add(text)
        width, indent, column = wide, following, opens
    if parts:
        out.append(Paragraph("".join(parts), start))
    return out


def paragraphs(dump: Dump, indices: list[int]) -> list[Paragraph]:
    """The paragraphs of the dump's lines at ``indices`` (-1 for a blank line), re-flowed.

    The same as :func:`paragraphs_of` on the lines' :class:`Line` entries, on the raw lines:
    this runs for every line of every comment.
    """
    raw, widths, wrap = dump.raw, dump.widths, dump.wrap
    # Looked up once, not for every line.
    marker_first, marker_at = MARKER_FIRST, MARKER.match
    break_after, break_before = _BREAK_AFTER, _BREAK_BEFORE
    out: list[Paragraph] = []
    parts: list[str] = []
    add = parts.append
    start = 0
    width = -1  # of the previous line; -1: none (a paragraph starts)
    previous, before_marker = "", None  # the previous line and its list marker
    carried = ""  # as in paragraphs_of
    for index in indices:
        if index < 0:
            if parts:
                out.append(Paragraph("".join(parts), start))
                parts = []
                add = parts.append
            width = -1
            carried = ""
            continue
        text = raw[index]
        stripped = text.strip()
        # A line's indent matters only to a list marker, its own or the next line's: most lines
        # have none, and their indent is never counted.
        marker = None
        if stripped[0] in marker_first:
            indent = len(text) - len(text.lstrip(" "))
            marker = marker_at(text, indent)
        if width < 0:
            start = index + 1
        elif wrap and (
            marker is None
            or indent == (before_marker.end() if before_marker else len(previous) - len(previous.lstrip(" ")))
        ):
            space = stripped.find(" ")  # the first word's length: would it have fitted above?
            if width + 1 + (space if space >= 0 else len(stripped)) <= wrap:
                add("\n")
                carried = ""
            elif (
                carried
                or (before := parts[-1])[-1] in break_after
                or stripped[0] in break_before
                or "://" in before
            ):
                word = word_across(parts[-1], stripped, carried)
                add(" " if word is None else "")
                carried = word or ""
            else:
                add(" ")  # word_across's answer for most breaks (its first test), told without a call
        else:
            add("\n")
            carried = ""
        add(stripped)
        # Most lines end without white space: their length is their width, no copy made to tell it.
        width = len(text) if text[-1] == stripped[-1] else len(text.rstrip())
        if widths:
            width = widths.get(index) or width
        previous, before_marker = text, marker
    if parts:
        out.append(Paragraph("".join(parts), start))
    return out
