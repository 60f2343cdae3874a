"""A :class:`Discussion` written out as a seed in the "numbered" dialect (the parser's inverse).

Used to build synthetic seeds (tests, benchmarks) and to check that parsing loses nothing:
``parse(dump(d))`` gives back ``d``'s text and tree. Some discussions cannot be written in the
dialect (a text line that starts with a reply bullet, a title that reads as a "Posted on"
line, …); :func:`dump` raises :class:`ValueError` for those rather than write a seed that
would parse differently.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import Comment, Discussion, Paragraph
from generator.read.dialects.header import _BYLINE, _MAX_TITLE, CHROME, posted_line
from generator.read.dialects.indent import ZERO_WIDTH
from generator.read.dialects.numbered import SAYS


@dataclass(frozen=True)
class Layout:
    """The spacing of a written seed; every layout parses to the same discussion."""

    blank_lines: int = 1
    """Blank lines between blocks (paragraphs, comments); at least 1."""

    blank: str = ""
    """What a blank line holds (spaces and tabs are still blank)."""

    trailing: str = ""
    """White space appended to every line of text."""

    newline: str = "\n"
    """Line end: ``"\\n"``, ``"\\r\\n"`` or ``"\\r"``."""

    top_indent: int = 2
    """Columns before a top-level comment's number (1-3)."""


def dump(discussion: Discussion, layout: Layout = Layout()) -> str:
    """The seed text of ``discussion``; raises :class:`ValueError` if the dialect cannot hold it."""
    if layout.blank_lines < 1 or not 1 <= layout.top_indent <= 3:
        raise ValueError(f"unusable layout {layout!r}")
    if layout.blank.strip():
        raise ValueError("a blank line must hold only white space")
    blocks: list[list[str]] = [[line] for line in (c.text for c in discussion.chrome)]
    for line in (c.text for c in discussion.chrome):
        if line.lower() not in CHROME:
            raise ValueError(f"{line!r} is not page chrome the parser knows")
    title = discussion.title
    if "\n" in title or not _plain(title) or len(title) > _MAX_TITLE or title.lower() in CHROME:
        raise ValueError(f"title {title!r} cannot stand on a line of its own")
    if posted_line(title):
        raise ValueError(f"title {title!r} reads as a 'Posted on' line")
    blocks.append([title])
    if discussion.posted_text is not None:
        posted = f"Posted on {discussion.posted_text}"
        if discussion.category:
            posted += f" in {discussion.category}"
        match = posted_line(posted)
        if not match or match.date.strip() != discussion.posted_text or match.author:
            raise ValueError(f"{posted!r} does not read back as written")
        if (match.category or "").strip() != (discussion.category or ""):
            raise ValueError(f"{posted!r} does not read back as written")
        blocks.append([posted])
    elif discussion.category:
        raise ValueError("a category needs a 'Posted on' line")
    if discussion.author is not None:
        byline = f"By {discussion.author}"
        match = _BYLINE.match(byline)
        if not match or match["author"].strip() != discussion.author:
            raise ValueError(f"author {discussion.author!r} does not fit a 'By' line")
        blocks.append([byline])
    for index, paragraph in enumerate(discussion.article):
        lines = _lines(paragraph)
        # Right below the header, a one-line paragraph can read as the header line still missing.
        first = lines[0] if index == 0 and len(lines) == 1 else ""
        if (posted_line(first) and discussion.posted_text is None) or (
            _BYLINE.match(first) and discussion.author is None
        ):
            raise ValueError(f"article paragraph {lines[0]!r} reads as a header line")
        blocks.append(lines)
    out: list[str] = []
    for block in blocks:
        out.extend(block)
        out.extend([layout.blank] * layout.blank_lines)
    stack: list[Comment] = list(reversed(discussion.comments))
    while stack:
        comment = stack.pop()
        out.extend(_comment(comment, layout))
        stack.extend(reversed(comment.replies))
    return "".join(line + (layout.trailing if line.strip() else "") + layout.newline for line in out)


def _plain(line: str) -> bool:
    """Whether ``line`` survives parsing as it is: not blank, no white space or zero-width ends."""
    return bool(line.strip()) and line == line.strip() and line[0] not in ZERO_WIDTH


def _lines(paragraph: Paragraph) -> list[str]:
    lines = paragraph.text.split("\n")
    for line in lines:
        if not _plain(line):
            raise ValueError(f"paragraph line {line!r} is blank or has white space at an end")
        if line.startswith("•"):
            raise ValueError(f"paragraph line {line!r} starts with a reply bullet")
    return lines


def _comment(comment: Comment, layout: Layout) -> list[str]:
    """A comment's lines: its number or bullet line, then its text at the text column."""
    if comment.depth == 0:
        marker = " " * layout.top_indent + f"{comment.number}."
        # Never 1-3 columns: a text line "12. …" there would read as comment 12.
        column = max(4, layout.top_indent + 2)
    else:
        indent = 2 + 2 * comment.depth
        marker = " " * indent + "•"
        column = indent + 2
    blocks = [_lines(p) for p in comment.paragraphs]
    if comment.author is not None:
        header = f"{comment.author} says:"
        match = SAYS.match(header)
        if "\n" in header or not match or match["name"].strip() != comment.author:
            raise ValueError(f"author {comment.author!r} does not fit a 'says:' line")
        blocks.insert(0, [header])
    elif blocks and len(blocks[0]) == 1 and SAYS.match(blocks[0][0]):
        raise ValueError(f"first line {blocks[0][0]!r} of an anonymous comment reads as its author")
    blank = [layout.blank] * layout.blank_lines
    if not blocks:
        return [marker, *blank]
    out = [f"{marker} {blocks[0][0]}"]
    out.extend(" " * column + line for line in blocks[0][1:])
    for block in blocks[1:]:
        out.extend(blank)
        out.extend(" " * column + line for line in block)
    out.extend(blank)
    return out
