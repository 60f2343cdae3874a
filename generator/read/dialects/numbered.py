"""The "numbered" dialect: WordPress-style dumps of the first seeds.

Top-level comments start with ``"  N. "``; a reply starts with ``"•"`` indented two more spaces per
level (``"    • "`` depth 1, ``"      • "`` depth 2, …); continuation lines are indented to the
comment's text column; a first paragraph ``"Name says:"`` names the author.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.errors import SeedError
from generator.model import Comment, Diagnostic, Discussion, Paragraph
from generator.read.dialects.header import read_header
from generator.read.dialects.indent import ZERO_WIDTH

NAME = "numbered"

TOP = re.compile(r"^(?P<indent> {1,3})(?P<number>\d{1,9})\.(?:\s+(?P<text>.*))?$")
"""A top-level comment: its number at column 1-3, then a dot."""

REPLY = re.compile(r"^(?P<indent> +)•\s*(?P<text>.*)$")
"""A reply: a bullet indented two spaces per level below the top."""

SAYS = re.compile(r"^(?P<name>\S.{0,79}?) says:$")
"""A comment header naming its author; it stands alone as the comment's first paragraph."""


def sniff(lines: list[str]) -> int:
    """How sure we are (0-100) that ``lines`` is in this dialect: numbered comments give 80."""
    # Any one numbered comment will do: the lines after the first need not be matched.
    return 80 if any(TOP.match(line) for line in lines) else 10


@dataclass(slots=True)
class _Node:
    """A comment while its text is still being read (:func:`_freeze` makes it a :class:`Comment`)."""

    id: str
    number: int
    depth: int
    line: int
    column: int
    """Where its text starts: continuation lines should be indented this far."""
    paragraphs: list[Paragraph]
    children: int
    """Replies read so far (the number of the next one, less one)."""


def parse(lines: list[str], source: str) -> Discussion:
    """Parse the lines of a seed in this dialect (see the module docstring)."""
    start = next((i for i, line in enumerate(lines) if TOP.match(line)), len(lines))
    header = read_header(lines[:start], 1, source)
    warnings = list(header.warnings)
    stray = next((i for i in range(start) if REPLY.match(lines[i])), None)
    if stray is not None:
        warnings.append(
            Diagnostic.thread_risk(
                source, stray + 1, "reply bullet before the first numbered comment; kept as article text"
            )
        )
    nodes = _read_comments(lines, start, source, warnings)
    return Discussion(
        source=source,
        slug="",
        title=header.title,
        posted=header.posted,
        posted_text=header.posted_text,
        author=header.author,
        category=header.category,
        article=tuple(header.article),
        comments=_freeze(nodes, warnings, source),
        chrome=tuple(header.chrome),
        dialect=NAME,
        title_line=header.title_line,
        posted_line=header.posted_line,
        warnings=tuple(warnings),
    )


def _read_comments(lines: list[str], start: int, source: str, warnings: list[Diagnostic]) -> list[_Node]:
    """The comments from ``lines[start]`` (a top-level one) on, in the order of the seed.

    One pass reads the tree and cuts each comment's text into paragraphs. It runs for every line
    of every seed, so a line of text costs a strip, a look at its first character and an
    indentation check; the patterns only run on lines that start with a digit or a bullet.
    """
    tree = _Tree(source, warnings)
    node = _Node("", 0, 0, 0, 0, [], 0)  # a placeholder: lines[start] opens the first comment
    pad, column = "", 0  # the indentation of the current comment's text column, and its width
    block: list[str] = []  # the stripped lines of the paragraph being read
    block_line = 0  # where it starts (or the next one, while there is none)
    for lineno, raw in enumerate(lines[start:], start + 1):
        text = raw.strip()
        if not text:
            if block:
                node.paragraphs.append(Paragraph("\n".join(block), block_line))
                block = []
            block_line = lineno + 1
            continue
        first = text[0]
        if first.isdecimal() or first == "•":
            opening = REPLY.match(raw) if first == "•" else TOP.match(raw)
            if opening:
                if block:
                    node.paragraphs.append(Paragraph("\n".join(block), block_line))
                node = tree.reply(opening, lineno) if first == "•" else tree.top(opening, lineno)
                pad, column = " " * node.column, node.column
                # The rest of the opening line is the first line of the comment's text.
                head = (opening["text"] or "").strip()
                block, block_line = ([head], lineno) if head else ([], lineno + 1)
                continue
        if raw[:column] != pad:  # fewer leading spaces than the comment's text column
            warnings.append(
                Diagnostic.thread_risk(
                    source, lineno, f"text less indented than comment {node.id}; kept as part of it"
                )
            )
        block.append(text)
    if block:
        node.paragraphs.append(Paragraph("\n".join(block), block_line))
    return tree.nodes


@dataclass
class _Tree:
    """The comments read so far, and the thread a reply joins."""

    source: str
    warnings: list[Diagnostic]
    nodes: list[_Node] = field(default_factory=list)
    """Every comment, in the order of the seed."""
    stack: list[_Node] = field(default_factory=list)
    """The current comment and its ancestors, top-level comment first."""
    seen: set[str] = field(default_factory=set)
    """The top-level comments' anchors so far."""
    last_number: int = 0

    def top(self, match: re.Match[str], lineno: int) -> _Node:
        """A top-level comment (a TOP match)."""
        number = int(match["number"])
        if number != self.last_number + 1:
            self.warn(lineno, f"comment {number} follows comment {self.last_number}", risky=True)
        self.last_number = number
        column = len(match["indent"]) + 2  # continuation lines sit two spaces in, as for replies
        node = _Node(_unique(f"c{number}", self.seen), number, 0, lineno, column, [], 0)
        self.nodes.append(node)
        self.stack = [node]
        return node

    def reply(self, match: re.Match[str], lineno: int) -> _Node:
        """A reply (a REPLY match) to the closest comment less indented than it."""
        indent = len(match["indent"])
        depth = (indent - 2) // 2 if indent > 3 else 1
        stack = self.stack
        while stack and stack[-1].depth >= depth:
            stack.pop()
        if not stack:
            raise SeedError(self.source, lineno, "expected a numbered comment before this reply bullet")
        parent = stack[-1]
        if depth > parent.depth + 1:
            levels = depth - parent.depth
            self.warn(
                lineno, f"reply indented {levels} levels below its parent; nested one level", risky=True
            )
            depth = parent.depth + 1
        parent.children += 1
        number = parent.children
        node = _Node(f"{parent.id}-{number}", number, depth, lineno, indent + 2, [], 0)
        self.nodes.append(node)
        stack.append(node)
        return node

    def warn(self, lineno: int, message: str, *, risky: bool = False) -> None:
        """Record something odd about line ``lineno`` (``risky``: the thread may be wrong)."""
        make = Diagnostic.thread_risk if risky else Diagnostic
        self.warnings.append(make(self.source, lineno, message))


def _unique(candidate: str, seen: set[str]) -> str:
    """Repeated comment numbers get ``_2``, ``_3`` … so every anchor stays unique."""
    anchor, count = candidate, 1
    while anchor in seen:
        count += 1
        anchor = f"{candidate}_{count}"
    seen.add(anchor)
    return anchor


def _freeze(nodes: list[_Node], warnings: list[Diagnostic], source: str) -> tuple[Comment, ...]:
    """Turn the comments (in the order of the seed) into frozen ones, without recursion.

    Going from the end of the seed, every reply is frozen before the comment it belongs to;
    frozen comments wait on a stack, where a comment's replies are the deeper ones on top
    (first reply topmost), and it takes their place.
    """
    done: list[Comment] = []
    empty = False
    for node in reversed(nodes):
        blocks = node.paragraphs
        author = None
        # The cheap tests first: most paragraphs are not a header, and SAYS is slow to say so.
        if blocks and blocks[0].text.endswith(" says:") and "\n" not in blocks[0].text:
            says = SAYS.match(blocks[0].text)
            # A name of zero-width characters alone names no one: the line stays the text's.
            if says and says["name"].strip().strip(ZERO_WIDTH):
                author = says["name"].strip()
                blocks = blocks[1:]
        empty = empty or not blocks
        replies = []
        while done and done[-1].depth > node.depth:
            replies.append(done.pop())
        comment = Comment(
            id=node.id,
            number=node.number,
            author=author,
            depth=node.depth,
            paragraphs=tuple(blocks),
            line=node.line,
            replies=tuple(replies),
        )
        done.append(comment)
    comments = tuple(reversed(done))
    if empty:
        warnings.extend(
            Diagnostic(source, comment.line, f"comment {comment.id} has no text")
            for comment in _closing_order(comments)
            if not comment.paragraphs
        )
    return comments


def _closing_order(comments: tuple[Comment, ...]) -> list[Comment]:
    """The comments in the order their threads close: replies first, left to right."""
    order: list[Comment] = []
    stack = list(comments)
    while stack:
        comment = stack.pop()
        order.append(comment)
        stack.extend(comment.replies)
    return order[::-1]
