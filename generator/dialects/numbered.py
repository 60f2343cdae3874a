"""The "numbered" dialect: WordPress-style dumps of the first seeds.

Top-level comments start with ``"  N. "``; a reply starts with ``"•"`` indented two more spaces per
level (``"    • "`` depth 1, ``"      • "`` depth 2, …); continuation lines are indented to the
comment's text column; a first paragraph ``"Name says:"`` names the author.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.dialects.header import paragraphs, read_header
from generator.errors import SeedError
from generator.model import Comment, Diagnostic, Discussion, Paragraph

NAME = "numbered"

TOP = re.compile(r"^(?P<indent> {1,3})(?P<number>\d{1,9})\.(?:\s+(?P<text>.*))?$")
"""A top-level comment: its number at column 1-3, then a dot."""

REPLY = re.compile(r"^(?P<indent> +)•\s*(?P<text>.*)$")
"""A reply: a bullet indented two spaces per level below the top."""

SAYS = re.compile(r"^(?P<name>\S.{0,79}?) says:$")
"""A comment header naming its author; it stands alone as the comment's first paragraph."""


def sniff(lines: list[str]) -> int:
    """How sure we are (0-100) that ``lines`` is in this dialect: numbered comments give 80."""
    tops = sum(1 for line in lines if TOP.match(line))
    return 80 if tops else 10


@dataclass
class _Node:
    """A comment while its text is still being collected."""

    id: str
    number: int
    depth: int
    line: int
    column: int
    lines: list[tuple[int, str]] = field(default_factory=list)
    children: list[_Node] = field(default_factory=list)


def parse(lines: list[str], source: str) -> Discussion:
    """Parse the lines of a seed in this dialect (see the module docstring)."""
    start = next((i for i, line in enumerate(lines) if TOP.match(line)), len(lines))
    header = read_header(lines[:start], 1, source)
    warnings = list(header.warnings)
    stray = next((i for i in range(start) if REPLY.match(lines[i])), None)
    if stray is not None:
        warnings.append(
            Diagnostic(
                source, stray + 1, "reply bullet before the first numbered comment; kept as article text"
            )
        )
    roots = _read_comments(lines, start, source, warnings)
    return Discussion(
        source=source,
        slug="",
        title=header.title,
        posted=header.posted,
        posted_text=header.posted_text,
        author=header.author,
        category=header.category,
        article=tuple(header.article),
        comments=_freeze(roots, warnings, source),
        chrome=tuple(header.chrome),
        dialect=NAME,
        title_line=header.title_line,
        posted_line=header.posted_line,
        warnings=tuple(warnings),
    )


def _read_comments(lines: list[str], start: int, source: str, warnings: list[Diagnostic]) -> list[_Node]:
    roots: list[_Node] = []
    stack: list[_Node] = []
    seen: set[str] = set()
    last_number = 0
    for index in range(start, len(lines)):
        raw = lines[index]
        lineno = index + 1
        # Only a digit or a bullet after the indentation can open a comment: other lines (most
        # of them) skip both patterns.
        opening = raw.lstrip(" ")[:1]
        top = TOP.match(raw) if opening.isdecimal() else None
        reply = REPLY.match(raw) if not top and opening == "•" else None
        if top:
            number = int(top["number"])
            if number != last_number + 1:
                warnings.append(Diagnostic(source, lineno, f"comment {number} follows comment {last_number}"))
            last_number = number
            column = len(top["indent"]) + 2  # continuation lines sit two spaces in, as for replies
            node = _Node(_unique(f"c{number}", seen), number, 0, lineno, column)
            node.lines.append((lineno, top["text"] or ""))
            roots.append(node)
            stack = [node]
        elif reply:
            indent = len(reply["indent"])
            depth = max(1, (indent - 2) // 2)
            while stack and stack[-1].depth >= depth:
                stack.pop()
            if not stack:
                raise SeedError(source, lineno, "expected a numbered comment before this reply bullet")
            parent = stack[-1]
            if depth > parent.depth + 1:
                warnings.append(
                    Diagnostic(
                        source,
                        lineno,
                        f"reply indented {depth - parent.depth} levels below its parent; nested one level",
                    )
                )
                depth = parent.depth + 1
            number = len(parent.children) + 1
            node = _Node(f"{parent.id}-{number}", number, depth, lineno, indent + 2)
            node.lines.append((lineno, reply["text"]))
            parent.children.append(node)
            stack.append(node)
        else:
            node = stack[-1]
            if raw.strip() and len(raw) - len(raw.lstrip(" ")) < node.column:
                warnings.append(
                    Diagnostic(
                        source, lineno, f"text less indented than comment {node.id}; kept as part of it"
                    )
                )
            node.lines.append((lineno, raw))
    return roots


def _unique(candidate: str, seen: set[str]) -> str:
    """Repeated comment numbers get ``_2``, ``_3`` … so every anchor stays unique."""
    anchor, count = candidate, 1
    while anchor in seen:
        count += 1
        anchor = f"{candidate}_{count}"
    seen.add(anchor)
    return anchor


def _freeze(roots: list[_Node], warnings: list[Diagnostic], source: str) -> tuple[Comment, ...]:
    """Turn the mutable tree into frozen comments, children first, without recursion."""
    frozen: dict[int, Comment] = {}
    order: list[_Node] = []
    stack = list(roots)
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(node.children)
    for node in reversed(order):
        blocks = _blocks(node)
        author = None
        if blocks and "\n" not in blocks[0].text:
            says = SAYS.match(blocks[0].text)
            if says:
                author = says["name"].strip()
                blocks = blocks[1:]
        if not blocks:
            warnings.append(Diagnostic(source, node.line, f"comment {node.id} has no text"))
        frozen[id(node)] = Comment(
            id=node.id,
            number=node.number,
            author=author,
            depth=node.depth,
            paragraphs=tuple(blocks),
            line=node.line,
            replies=tuple(frozen.pop(id(child)) for child in node.children),
        )
    return tuple(frozen[id(root)] for root in roots)


def _blocks(node: _Node) -> list[Paragraph]:
    if not node.lines:
        return []
    first = node.lines[0][0]
    # Lines of one comment are consecutive in the seed, so their offsets are their line numbers.
    return paragraphs([text for _, text in node.lines], first)
