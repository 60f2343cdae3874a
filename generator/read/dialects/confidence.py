"""Whether a "numbered" reading is a discussion at all, or some other text read as one.

The "numbered" dialect reads anything: a README becomes comments with hundreds of warnings, a
shopping list an article with no comments. Such a reading is refused here, with the line that
gave it away, instead of being published as a wrong thread.
"""

from __future__ import annotations

import re

from generator.errors import SeedError
from generator.model import Discussion, walk
from generator.read.dates import relative_span
from generator.read.dump.chrome import is_comments_heading

_DUMPED_REPLY = re.compile(r" +[□☆◦○■★◎▪◆] ")
"""A reply marker of w3m's nested lists: a page dump, which the numbered dialect cannot read."""
_LESS_INDENTED = "text less indented than comment"
_MIN_BAD_LINES = 10
"""Fewer stray lines than this are a comment's untidy end, not a different kind of file."""
_BAD_SHARE = 0.3
"""Above this share of the lines after the first comment, the comments are no comments."""


def check_reading(discussion: Discussion, lines: list[str], source: str) -> None:
    """Raise :class:`SeedError` when any dialect's reading missed most of the page's comments.

    A page whose comment headers carry a name and a relative age in a shape no dialect reads
    ("ann (3 hours ago) +12") has them left in the text. Many of them, more than the comments
    read, mean the thread is wrong."""
    comments = walk(discussion.comments)
    # A header's date may sit on the line after the name, or one further on.
    heads = {number for comment in comments for number in range(comment.line, comment.line + 3)}
    # Most pages have few lines outside the headers where an age may be: counting those (up to
    # what could raise) rules the check out at a third of the cost of the search itself.
    enough = max(_MIN_UNREAD - 1, len(comments))
    if candidate_rows(lines, heads, enough) <= enough:
        return
    unread = unread_ages(lines, heads)
    if len(unread) >= _MIN_UNREAD and len(unread) > len(comments):
        raise SeedError(
            source,
            unread[0],
            "expected comment headers with a name and a date, found "
            f"{len(unread)} headers with relative ages like {lines[unread[0] - 1].strip()[:60]!r} "
            f"that no dialect reads yet (an aggregator page?)",
        )


def unread_ages(lines: list[str], heads: set[int]) -> list[int]:
    """Numbers of the short lines outside ``heads`` (line numbers) that hold an age with a number."""
    # Only lines that may be a header are searched (most of a seed of long paragraphs is not).
    short = [
        index
        for index, line in enumerate(lines)
        if len(line) <= _SHORT_LINE or len(line.split(None, _HEAD_WORDS)) <= _HEAD_WORDS
    ]
    found = (short[row - 1] + 1 for row in _age_lines("\n".join([lines[index] for index in short])))
    return [
        number
        for number in found
        if number not in heads
        and len(lines[number - 1].split(None, _HEAD_WORDS)) <= _HEAD_WORDS
        and _counted_age(lines[number - 1])
    ]


def _age_lines(text: str) -> list[int]:
    """Numbers of the lines where a number is followed by a unit of time, found in one search
    of the whole text (a pattern tried on every line would cost a tenth of the build)."""
    numbers: list[int] = []
    number, counted = 1, 0
    for match in _AGE_HINT.finditer(text):
        number += text.count("\n", counted, match.start())
        counted = match.start()
        if not numbers or numbers[-1] != number:
            numbers.append(number)
    return numbers


_UNITS = (
    "sec|min|hour|hr|day|week|month|year|Sekunde|Minute|Stunde|Tag|Woche|Monat|Jahr|"
    "segundo|minuto|hora|día|semana|mes|año|seconde|heure|jour|semaine|mois|an|second|minut|or[ae]|"
    "giorn|settiman|ann|uur|dag|week|maand|jaar|секунд|минут|час|дн|день|недел|месяц|год|лет"
)
_AGE_HINT = re.compile(rf"[0-9]\s{{1,3}}(?:{_UNITS})", re.IGNORECASE)
"""A number and a unit of time: where an age ("8 hours ago", "vor 3 Tagen") may be."""


def candidate_rows(lines: list[str], heads: set[int], enough: int) -> int:
    """How many lines outside ``heads`` (line numbers) may be where an :data:`_AGE_HINT` match
    starts, counted up to ``enough`` + 1: a bound on the length of :func:`unread_ages`."""
    # The search runs on UTF-8 with every byte but ASCII digits, white space and the units'
    # first letters made one of three: a literal-led pattern over bytes costs a tenth of the
    # hint's search, which steps through non-ASCII text one character at a time.
    text = "\n".join(lines).encode("utf-8", "surrogatepass")
    rows: set[int] = set()
    row, counted = 1, 0
    for match in _SCREEN.finditer(text.translate(_SCREEN_TABLE)):
        row += text.count(b"\n", counted, match.start())
        counted = match.start()
        if row not in heads:
            rows.add(row)
            if len(rows) > enough:
                break
    return len(rows)


def _screen_table() -> bytes:
    """ASCII digits to "0", white space but the line break to " ", the units' ASCII first letters
    (either case) to "u", anything else ASCII to "x"; every byte of a non-ASCII character to " ":
    it may be white space, a unit's first letter (Cyrillic, or "ſ" that ``(?i)s`` matches) or
    neither."""
    firsts = {unit[0] for unit in _UNITS.split("|")}
    table = bytearray(b"x" * 128 + b" " * 128)
    for byte in range(128):
        char = chr(byte)
        if char in "0123456789":
            table[byte] = ord("0")
        elif char == "\n":
            table[byte] = byte
        elif char.isspace():
            table[byte] = ord(" ")
        elif char.lower() in firsts or char.upper() in firsts:
            table[byte] = ord("u")
    return bytes(table)


_SCREEN_TABLE = _screen_table()
_SCREEN = re.compile(rb"0(?: [ u][^\n]*| *\n)")
"""After :data:`_SCREEN_TABLE`: a digit, white space and a unit's first letter. A non-ASCII space
or first letter is two spaces or more, and so is more than one space: a digit and two spaces. A
digit at a line's end may meet a unit on any later line (the hint's search skips long lines).
A match takes the rest of its line with it: a row is counted once, whatever else it holds (a
comment's date line holds a year and a time)."""


def _counted_age(line: str) -> bool:
    """Whether ``line`` holds an age with a number: "8 hours ago", "vor 3 Tagen" (not "hier")."""
    span = relative_span(line)
    return span is not None and any(char.isdigit() for char in line[span[0] : span[1]])


_HEAD_WORDS = 16
"""A comment header is short; a longer line with an age in it is prose."""
_SHORT_LINE = 240
"""A line this short is searched without counting its words (the count costs more than the search)."""
_MIN_UNREAD = 3
_MARKDOWN_HEADINGS = ("# ", "## ", "### ")
"""A title written as a Markdown heading: with no comments, a README or notes, not a dump."""


def check_numbered(discussion: Discussion, lines: list[str], source: str) -> None:
    """Raise :class:`SeedError` when ``discussion`` (read as "numbered") cannot be a discussion."""
    comments = walk(discussion.comments)
    if not comments and discussion.title.startswith(_MARKDOWN_HEADINGS):
        raise SeedError(
            source,
            discussion.title_line or 1,
            "expected a discussion dump (a title, an article, comments), found a Markdown document "
            f"without comments (its title is a heading: {discussion.title[:60]!r})",
        )
    links = sum(
        1 for comment in comments if comment.paragraphs and _LINK.fullmatch(comment.paragraphs[0].text)
    )
    if links >= _MIN_LINKS and links * 2 > len(comments):
        raise SeedError(
            source,
            comments[0].line,
            "expected numbered comments, found a numbered list of links "
            f"({links} of {len(comments)} are addresses: {LINK_LIST})",
        )
    if comments:
        first = comments[0].line
        nested = next(
            (n for n, line in enumerate(lines[first - 1 :], first) if _DUMPED_REPLY.match(line)),
            None,
        )
        if nested is not None:
            raise SeedError(
                source,
                nested,
                "expected comments with a name and a date (a w3m/lynx comment page) or numbered seed "
                f"comments with • replies, found replies marked {lines[nested - 1].strip()[0]!r} "
                "and no dates",
            )
        stray = [w for w in discussion.warnings if w.message.startswith(_LESS_INDENTED)]
        # The lines of text are counted only when there are stray lines enough to matter.
        after = sum(1 for line in lines[first - 1 :] if line.strip()) if len(stray) >= _MIN_BAD_LINES else 0
        if len(stray) >= _MIN_BAD_LINES and len(stray) >= _BAD_SHARE * after:
            raise SeedError(
                source,
                stray[0].line,
                'expected comment text indented under its comment ("  1. " or a w3m/lynx comment page), '
                f"found {len(stray)} of {after} lines outside any comment (not a discussion dump?)",
            )
        return
    heading = next((p for p in discussion.article if is_comments_heading(p.text)), None)
    if heading is not None:
        raise SeedError(
            source,
            heading.line,
            f"expected comments under {heading.text!r} (numbered, or a name and a date each), found none",
        )
    # A title line, or at least a paragraph of text (eight words and more): a page, maybe an
    # odd one. Neither (a list of a few words, "Milk / Eggs / Bread"): not a discussion.
    if discussion.title_line or any(
        len(p.text.split(None, _PROSE_WORDS)) > _PROSE_WORDS for p in discussion.article
    ):
        return
    first = next((number for number, line in enumerate(lines, 1) if line.strip()), 1)
    raise SeedError(
        source,
        first,
        "expected a discussion dump (a title line, an article, comments), "
        "found no title line, no paragraph of text and no comments",
    )


_PROSE_WORDS = 7


LINK_LIST = "lynx's References list, not comments"
"""What the refusal of a numbered reading of lynx's link list says it found."""
_LINK = re.compile(r"[a-z][a-z0-9+.-]{1,15}://\S*")
"""A numbered item that is one address and nothing else (``https://…``, ``file:///…``)."""
_MIN_LINKS = 3
"""A comment or two that are a bare address are comments; a list of them is lynx's."""
