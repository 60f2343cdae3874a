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

_POSTED = re.compile(
    r"^Posted\s+on\s+(?P<date>.+?)(?:\s+by\s+(?P<author>.+?))?(?:\s+in\s+(?P<category>.+?))?$",
    re.IGNORECASE,
)
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
        posted = _POSTED.match(block.text) if single else None
        byline = _BYLINE.match(block.text) if single else None
        if single and not header.title and block.text.lower() in CHROME:
            header.chrome.append(SourceLine(block.line, block.text))
        elif posted and header.posted_text is None:
            header.posted_text = posted["date"].strip()
            header.posted_line = block.line
            header.posted = parse_date(header.posted_text)
            if header.posted is None:
                header.warnings.append(
                    Diagnostic(source, block.line, f"unrecognised date {header.posted_text!r}; kept as text")
                )
            header.author = header.author or _clean(posted["author"])
            header.category = _clean(posted["category"])
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
