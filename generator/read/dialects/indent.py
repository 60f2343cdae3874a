"""Indentation made plain: tabs, no-break spaces and zero-width characters in it become spaces.

Dialects read structure from indentation, so it must be spaces only. Hand-edited or re-saved
dumps bring tabs (counted as one level, two spaces, the dialects' unit), no-break and other
Unicode spaces (one space each) and invisible zero-width characters (dropped: they have no
width and carry no text). Only the indentation changes; each kind gets one warning.
"""

from __future__ import annotations

import re

from generator.model import Diagnostic

TAB_WIDTH = 2
"""Columns a tab in the indentation advances to (one nesting level of the dialects)."""

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u180e"
"""Invisible characters dropped from indentation: zero-width space, (non-)joiner, word joiner,
a stray byte order mark, Mongolian vowel separator."""

_LEADING = re.compile(rf"[\s{ZERO_WIDTH}]+")

_ODD = rf" *+(?:[^\S \r\n]|[{ZERO_WIDTH}])"
_ODD_FIRST = re.compile(_ODD)
_ODD_LINE = re.compile(rf"\n{_ODD}")
"""A line (after its ``\\n``) whose indentation holds something other than spaces. Almost no seed
has one, and this search over the whole text (it starts with a literal, so the scan runs in C;
the possessive ``*+`` never backtracks) is cheaper than a test per line."""

_KINDS = (
    ("tab", f"a tab counts as {TAB_WIDTH} spaces (one level)"),
    ("no-break or other non-ASCII space", "read as a space"),
    ("zero-width character", "dropped"),
)


def normalize(lines: list[str], source: str, text: str | None = None) -> tuple[list[str], list[Diagnostic]]:
    """``lines`` with plain-space indentation, and one warning per kind of character replaced.

    ``text`` is what ``lines`` were split from, if at hand: it spares joining them to find out
    whether there is anything to do. (Lines blanked since then only make the test cautious.)
    """
    joined = text if text is not None and "\r" not in text else "\n".join(lines)
    if not _ODD_FIRST.match(joined) and not _ODD_LINE.search(joined):
        return lines, []
    first: dict[int, int] = {}
    counts: dict[int, int] = {}
    out = lines
    for index, line in enumerate(lines):
        match = _LEADING.match(line)
        if not match or match.end() == match.group().count(" "):
            continue
        if out is lines:
            out = list(lines)
        if match.end() == len(line):
            out[index] = ""  # a blank line, whatever invisible characters it holds
            continue
        column = 0
        for char in match.group():
            if char == "\t":
                kind, column = 0, column + TAB_WIDTH - column % TAB_WIDTH
            elif char in ZERO_WIDTH:
                kind = 2
            elif char == " ":
                column += 1
                continue
            else:
                kind, column = 1, column + 1
            first.setdefault(kind, index + 1)
            counts[kind] = counts.get(kind, 0) + 1
        out[index] = " " * column + line[match.end() :]
    warnings = [
        Diagnostic(source, first[kind], f"{name} in the indentation ({counts[kind]} in all); {what}")
        for kind, (name, what) in enumerate(_KINDS)
        if kind in first
    ]
    return out, warnings
