"""Found comments to the model's tree: parents from depths, ids from positions, dates filled in."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.model import Comment, Diagnostic, Paragraph
from generator.read.html.found import Found


@dataclass
class _Node:
    found: Found
    depth: int
    number: int
    id: str
    replies: list[_Node] = field(default_factory=list)


def build_tree(found: list[Found], source: str, warnings: list[Diagnostic]) -> tuple[Comment, ...]:
    """The comment forest of ``found`` (document order, each with its depth)."""
    roots: list[_Node] = []
    path: list[_Node] = []  # the open ancestors of the next comment
    for item in found:
        depth = min(item.depth, len(path))
        if depth < item.depth:
            warnings.append(
                Diagnostic.thread_risk(
                    source, _line(item), f"reply at depth {item.depth} without a parent; read at {depth}"
                )
            )
        if item.risk:
            warnings.append(Diagnostic.thread_risk(source, _line(item), item.risk))
        del path[depth:]
        siblings = path[-1].replies if path else roots
        number = len(siblings) + 1
        node_id = f"{path[-1].id}-{number}" if path else f"c{number}"
        node = _Node(item, depth, number, node_id)
        siblings.append(node)
        path.append(node)
    return _freeze(roots)


def _line(item: Found) -> int:
    return item.element.sourceline or 1


def _freeze(roots: list[_Node]) -> tuple[Comment, ...]:
    """Make the frozen comments children first, without recursion (threads nest a thousand deep)."""
    order: list[_Node] = []
    stack = list(reversed(roots))
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(reversed(node.replies))
    frozen: dict[int, Comment] = {}
    for node in reversed(order):
        item = node.found
        frozen[id(node)] = Comment(
            id=node.id,
            number=node.number,
            author=item.author,
            depth=node.depth,
            paragraphs=tuple(Paragraph(text, line or _line(item)) for text, line in item.paragraphs),
            line=_line(item),
            replies=tuple(frozen.pop(id(reply)) for reply in node.replies),
            posted=item.posted,
            posted_text=item.posted_text,
            source_id=item.source_id,
            kind=item.kind,
        )
    return tuple(frozen.pop(id(node)) for node in roots)
