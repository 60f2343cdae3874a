"""The part of a dump above the comments: chrome, title, "Posted on" line, author, article.

Every dialect seen so far shares this shape, so dialects differ only in how they mark comments.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import PurePath

from generator.model import Diagnostic, Paragraph, SourceLine
from generator.read.text import parse_date

CHROME = frozenset(
    {
        "pages menu",
        "categories menu",
        "menu",
        "main menu",
        "primary menu",
        "navigation",
        "toggle navigation",
        "skip to content",
        "skip to main content",
        "search",
        "search for:",
    }
)
"""Navigation lines that page dumps carry above the title (compared case-insensitively)."""

# "Posted on DATE[ by AUTHOR][ in CATEGORY]". As one pattern, "(?P<date>.+?)(?:\s+by\s+…)?" read
# a run of spaces again from each of its characters (quadratic, cubic with " in "); the parts are
# found by searches that start only where a run of white space starts, so each character is read
# a bounded number of times. tests/test_linear_patterns.py checks it gives what the pattern gave.
_POSTED_ON = re.compile(r"Posted\s+on\s+", re.IGNORECASE)
_BY_OR_IN = re.compile(r"(?<!\s)\s++(?:(?P<by>by)|in)\s++(?=.)", re.IGNORECASE)
_IN = re.compile(r"(?<!\s)\s++in\s++(?=.)", re.IGNORECASE)


@dataclass(frozen=True)
class PostedLine:
    """The parts of a "Posted on" line, as written (spaces around them not yet stripped)."""

    date: str
    """What follows "Posted on", up to " by " or " in "."""
    author: str | None
    """What follows " by ", up to " in "; ``None`` without " by "."""
    category: str | None
    """What follows " in "; ``None`` without " in "."""


def posted_line(text: str) -> PostedLine | None:
    """``text`` read as a "Posted on" line, or ``None`` if it is not one."""
    if text.endswith("\n"):  # like "$", a final line break is allowed
        text = text[:-1]
    start = _POSTED_ON.match(text)
    if start is None or "\n" in text or start.end() == len(text):
        return None
    date_start = start.end()
    # The date is at least one character: a separator is looked for after its first.
    after_date = _BY_OR_IN.search(text, date_start + 1)
    if after_date is None:
        return PostedLine(text[date_start:], None, None)
    date = text[date_start : after_date.start()]
    if not after_date["by"]:
        return PostedLine(date, None, text[after_date.end() :])
    after_author = _IN.search(text, after_date.end() + 1)
    if after_author is None:
        return PostedLine(date, text[after_date.end() :], None)
    return PostedLine(date, text[after_date.end() : after_author.start()], text[after_author.end() :])


# \s, not a space: dumps often put a no-break space after "By".
_BYLINE = re.compile(r"^By\s+(?P<author>\S.{0,79})$")
# Longer than this, a first line is an article paragraph rather than a title.
_MAX_TITLE = 200


@dataclass
class Header:
    """What the header of a dump says; filled in by :func:`read_header`."""

    title: str = ""
    title_line: int = 0
    posted: dt.date | None = None
    posted_text: str | None = None
    posted_line: int = 0
    author: str | None = None
    category: str | None = None
    article: list[Paragraph] = field(default_factory=list)
    chrome: list[SourceLine] = field(default_factory=list)
    warnings: list[Diagnostic] = field(default_factory=list)


def paragraphs(lines: list[str], first_line: int) -> list[Paragraph]:
    """Blank-line separated blocks of ``lines``; ``first_line`` is the number of ``lines[0]``."""
    out: list[Paragraph] = []
    block: list[str] = []
    start = first_line
    for offset, raw in enumerate(lines):
        text = raw.strip()
        if text:
            if not block:
                start = first_line + offset
            block.append(text)
        elif block:
            out.append(Paragraph("\n".join(block), start))
            block = []
    if block:
        out.append(Paragraph("\n".join(block), start))
    return out


def read_header(lines: list[str], first_line: int, source: str) -> Header:
    """Classify the blocks above the comments into chrome, title, metadata and article."""
    header = Header()
    blocks = paragraphs(lines, first_line)
    index = 0
    while index < len(blocks):
        block = blocks[index]
        single = "\n" not in block.text
        posted = posted_line(block.text) if single else None
        byline = _BYLINE.match(block.text) if single else None
        if single and not header.title and block.text.lower() in CHROME:
            header.chrome.append(SourceLine(block.line, block.text))
        elif posted and header.posted_text is None:
            header.posted_text = posted.date.strip()
            header.posted_line = block.line
            header.posted = parse_date(header.posted_text)
            if header.posted is None:
                header.warnings.append(
                    Diagnostic(source, block.line, f"unrecognised date {header.posted_text!r}; kept as text")
                )
            header.author = header.author or _clean(posted.author)
            header.category = _clean(posted.category)
        elif byline and header.title and header.author is None:
            header.author = byline["author"].strip()
        elif not header.title and single and len(block.text) <= _MAX_TITLE:
            header.title, header.title_line = block.text, block.line
        else:
            break
        index += 1
    header.article = blocks[index:]
    if not header.title:
        header.title = _name_title(source)
        header.warnings.append(
            Diagnostic(source, first_line, f"no title line; using {header.title!r} from the file name")
        )
    return header


def _name_title(source: str) -> str:
    """A title made of the seed's file name. A name that is not UTF-8 holds lone surrogates (an
    undecodable byte 0xFF is U+DCFF in Python), which no page can carry: each shows as ``\\xff``."""
    stem = PurePath(source).stem.replace("_", " ").strip()
    shown = stem.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return shown or "Untitled"


def _clean(value: str | None) -> str | None:
    return value.strip() or None if value else None
