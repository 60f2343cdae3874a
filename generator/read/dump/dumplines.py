"""The lines of a w3m or lynx dump made ready for reading: list markers, columns, link markers.

A list item's text starts at a column of its own (``" 9. text"`` and ``"10. text"`` both at 4,
lynx's ``"    1. text"`` at 7); nesting is read from that column, never from fixed indents.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, overload

from generator.model import SourceLine

_SYMBOLS = "\u2190-\u21ff\u25a0-\u27bf\u2022\u2023\u2043\u2219\u00b7"
"""Arrows, geometric shapes, miscellaneous symbols and dingbats, bullets: w3m draws list markers
from these (•, □, ☆, ○, ■, ★, ◎ … one per level, in turn)."""
MARKER = re.compile(rf"(?P<marker>[{_SYMBOLS}*+o#@=-]|\d{{1,4}}\.)(?: +|$)")
"""A list marker at the start of a line's text: a bullet glyph (w3m draws ``•□☆◦``, lynx
``*+o#@``) or a number with a dot, then spaces (or nothing: an empty item)."""

_LYNX_BULLETS = frozenset("*+o#@=•□☆◦○■★●")
"""Bullets that may stand alone on a line (an item opening with a block element)."""

_LYNX_LINK = re.compile(r"\[\d{1,6}\]")
"""lynx's numbered link marker (``[12]Reply``), removed from the text."""

_LYNX_GLUED = re.compile(r"(?<=[^\s\[(])\[\d{1,6}\](?=\S)")
_LYNX_REFERENCES = re.compile(r"^ {0,3}(?:References|Visible links|Hidden links):?$")
_LYNX_REFERENCE = re.compile(r"^ {1,8}\d{1,6}\. \S")


@dataclass(slots=True)
class Line:
    """One non-blank line of the dump."""

    number: int
    """1-based line number in the file."""
    indent: int
    """Column of its first character."""
    text: str
    """The whole line, stripped (link markers removed)."""
    marker: str
    """The list marker it opens with, or "" (a line of text)."""
    column: int
    """Where its text starts: after the marker and its spaces, or ``indent``."""
    content: str
    """The text after the marker (``text`` when there is none)."""
    width: int
    """Length of the line as dumped (before link markers were removed), for re-flowing."""


class Lines(Sequence["Line | None"]):
    """The lines of a dump as :class:`Line` entries (None for a blank line), each made on first use.

    Most of a dump is only ever looked at in passing; making every line up front would cost
    more than the rest of the reading.
    """

    def __init__(self, raw: list[str], widths: dict[int, int]) -> None:
        self._raw = raw
        self._widths = widths
        self._made: list[Line | Literal[False] | None] = [False] * len(raw)
        """Each line as made so far; False where it has not been made yet."""

    def __len__(self) -> int:
        return len(self._raw)

    @overload
    def __getitem__(self, index: int) -> Line | None: ...
    @overload
    def __getitem__(self, index: slice) -> list[Line | None]: ...
    def __getitem__(self, index: int | slice) -> Line | list[Line | None] | None:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._raw)))]
        made = self._made[index]
        if made is not False:
            return made
        if index < 0:
            index += len(self._raw)
        line = self._made[index] = make_line(self._raw[index], index, self._widths)
        return line

    def text(self, index: int) -> str:
        """The text of line ``index`` ("" for a blank line): its :attr:`Line.text`, without
        making the :class:`Line` (a line only looked at for a date need not be made)."""
        return self._raw[index].strip()


@dataclass(frozen=True)
class Dump:
    """A dump's lines, what produced it, and the lines that only the dumper added."""

    lines: Lines
    """One entry per line of the file (index = number - 1); None for a blank line."""
    raw: list[str]
    """The lines as in the file, without lynx's link markers; its link list made blank."""
    widths: dict[int, int]
    """The width as dumped of the lines that lost link markers (for re-flowing)."""
    tool: str
    """``lynx`` or ``w3m`` (w3m for anything without lynx's link markers)."""
    wrap: int
    """The width the text was wrapped at (0: not wrapped)."""
    dropped: list[SourceLine]
    """Lines the dumper added (lynx's link list, lines of link markers only)."""


def read_dump(lines: list[str]) -> Dump:
    """The lines of a file as a :class:`Dump` (see the module docstring)."""
    end, dropped = _references(lines)
    head = page_links(lines)
    lynx = end < len(lines) or bool(head) or _lynx_links(lines)
    raw = lines[:end] + [""] * (len(lines) - end)
    for index in head:
        dropped.append(SourceLine(index + 1, raw[index].strip(), "lynx's page links"))
        raw[index] = ""
    widths: dict[int, int] = {}
    if lynx:
        for index in [i for i, line in enumerate(raw) if "[" in line]:
            line = raw[index]
            # A marker glued to a word ("[8]Kristine[9]October 20") stood between two links.
            cleaned = _LYNX_LINK.sub("", _LYNX_GLUED.sub(" ", line))
            if cleaned != line:
                widths[index] = len(line.rstrip())
                raw[index] = cleaned
                if line.strip() and not cleaned.strip():
                    dropped.append(SourceLine(index + 1, line.strip(), "link marker"))
        for index, line in enumerate(raw):
            # lynx shows a frame's address and a page's automatic reload as lines of their own
            # (the address wrapped to the next line where it is long).
            frame = _LYNX_FRAME.match(line) if "IFRAME:" in line or "REFRESH(" in line else None
            if frame is None:
                continue
            wrapped = [index + 1] if not frame["address"] and _lone_address(raw, index + 1) else []
            for number in [index, *wrapped]:
                dropped.append(SourceLine(number + 1, lines[number].strip(), "lynx's frame or reload line"))
                raw[number] = ""
    return Dump(Lines(raw, widths), raw, widths, "lynx" if lynx else "w3m", _wrap_width(lines[:end]), dropped)


_LYNX_FRAME = re.compile(r"^ *(?:IFRAME:|REFRESH\(\d{1,9} sec\):)(?: +(?P<address>\S+))? *$")


def _lone_address(raw: list[str], index: int) -> bool:
    """Whether ``raw[index]`` is an address alone on its line ("file:///…", "https://…")."""
    if index >= len(raw):
        return False
    text = raw[index].strip()
    return bool(text) and " " not in text and "://" in text


MARKER_FIRST = frozenset(
    [
        *map(chr, range(0x2190, 0x2200)),
        *map(chr, range(0x25A0, 0x27C0)),
        *"\u2022\u2023\u2043\u2219\u00b7*+o#@=-0123456789",
    ]
)
"""Characters a list marker starts with: a cheap test before :data:`MARKER`."""


def item_column(line: Line) -> int:
    """Where the text of ``line``'s list item stands: its column, less the digits of its number
    past two (a bullet's column as it is). w3m and lynx set numbers up to two digits
    right-aligned against the text (" 9." then "10."); "100." sets its first line a column right
    of "99.", and its next lines stay where every item's text is. Any number opening a line is
    taken for a list's: a theme's "100." printed as text then stands where its "10." to "99."
    do."""
    if line.marker[-1:] == ".":
        return line.column - max(0, len(line.marker) - _TWO_DIGITS)
    return line.column


_TWO_DIGITS = len("99.")
"""The longest numbered marker that does not move its text."""


def list_end(dump: Dump, item: int) -> int:
    """Index of the first line after the list whose item is at ``item``: its items at that
    item's indent, one under the other (a list after a blank line is another)."""
    indent = len(dump.raw[item]) - len(dump.raw[item].lstrip(" "))
    after = item
    while after < len(dump.raw):
        line = dump.lines[after]
        if line is None or not (line.marker and line.indent == indent):
            break
        after += 1
    return after


def make_line(raw: str, index: int, widths: dict[int, int]) -> Line | None:
    """One line of the file as a :class:`Line`, or None when it is blank."""
    stripped = raw.strip()
    if not stripped:
        return None
    end = len(raw.rstrip())
    width = (widths.get(index) or end) if widths else end
    indent = len(raw) - len(raw.lstrip(" "))
    marker = MARKER.match(raw, indent) if stripped[0] in MARKER_FIRST else None
    if marker is None:
        return Line(index + 1, indent, stripped, "", indent, stripped, width)
    if marker.end() < end:
        column = marker.end()
        return Line(index + 1, indent, stripped, marker["marker"], column, raw[column:].strip(), width)
    if marker["marker"][-1] == "." or marker["marker"] in _LYNX_BULLETS:
        # lynx puts an item's marker on a line of its own when the item starts with a block;
        # its text column is where the text would have gone.
        column = indent + len(marker["marker"]) + 1
        return Line(index + 1, indent, stripped, marker["marker"], column, "", width)
    return Line(index + 1, indent, stripped, "", indent, stripped, width)


def _references(lines: list[str]) -> tuple[int, list[SourceLine]]:
    """Where lynx's link list ("References" and numbered addresses) starts; it is all dropped."""
    for index in range(len(lines) - 1, max(-1, len(lines) - 20000), -1):
        if "links" not in lines[index] and "References" not in lines[index]:
            continue
        if _LYNX_REFERENCES.match(lines[index]):
            # The next few lines only: a dump of many "References" lines stays linear.
            following = (lines[n] for n in range(index + 1, len(lines)) if lines[n].strip())
            rest = list(itertools.islice(following, 5))
            if rest and all(_LYNX_REFERENCE.match(line) for line in rest[:5]):
                # "Hidden links:" follows "References" / "Visible links:" and their own list.
                above = index - 1
                while above >= 0 and (
                    not lines[above].strip()
                    or _LYNX_REFERENCE.match(lines[above])
                    or _LYNX_REFERENCES.match(lines[above])
                ):
                    if _LYNX_REFERENCES.match(lines[above]):
                        index = above
                    above -= 1
                dropped = [
                    SourceLine(number + 1, lines[number].strip(), "lynx link list")
                    for number in range(index, len(lines))
                    if lines[number].strip()
                ]
                return index, dropped
    return len(lines), []


def references_start(lines: list[str]) -> int:
    """The number of the line where lynx's link list starts (its "References"), or the number
    of lines when there is none."""
    start = _references(lines)[0]
    return start + 1 if start < len(lines) else len(lines)


def page_links(lines: list[str]) -> range:
    """The lines of lynx's paragraph of the page's ``<link>`` elements ("#Feed Comments Feed
    alternate"), which opens its dumps (after a reload line, if any): the first lines, up to a
    blank one, if the first starts with "#" three columns in. Empty when there is none."""
    first = next(
        (
            index
            for index, line in enumerate(lines)
            if line.strip() and not _LYNX_FRAME.match(line) and not _lone_address(lines, index)
        ),
        len(lines),
    )
    if first == len(lines) or not _PAGE_LINKS.match(lines[first]):
        return range(0)
    last = next((index for index in range(first, len(lines)) if not lines[index].strip()), len(lines))
    return range(first, last)


_PAGE_LINKS = re.compile(r"   #\S")


def _lynx_links(lines: list[str]) -> bool:
    """Whether link markers ``[N]`` run in order through the text, as lynx numbers its links."""
    expected = 1
    for line in lines:
        if "[" not in line:
            continue
        for found in _LYNX_LINK.finditer(line):
            if found.group() == f"[{expected}]":
                expected += 1
        if expected > 3:
            return True
    return False


def _wrap_width(lines: list[str]) -> int:
    """The width a dump was wrapped at, or 0 when its long lines show it was not wrapped.

    Wrapped text fills lines up to the width: the longest line with a space in it tells the
    width (a long address without spaces may overflow it). Lines of 250 columns or more only
    come from dumps that did not wrap.
    """
    candidates = list(lines)
    for _ in range(100):  # a wider line without a space is an address or a rule: look further
        if not candidates:
            break
        widest = max(candidates, key=len)
        if " " in widest.strip():
            length = len(widest.rstrip())
            return 0 if length >= 250 else length
        candidates.remove(widest)
    return 0
