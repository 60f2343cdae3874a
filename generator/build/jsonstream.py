"""JSON text without recursion: the output of ``json.dumps(value, ensure_ascii=False, indent=2)``.

``json.dumps`` recurses once per nesting level, so a thread of a thousand replies (two levels
each: the reply object and its ``replies`` list) hits Python's recursion limit. This encoder
keeps its own stack; scalars still go through :mod:`json`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TextIO

_END = object()


@dataclass
class _Frame:
    items: Iterator[Any]
    closer: str
    mapping: bool
    count: int = 0


def _open(value: object) -> tuple[str, _Frame | None]:
    if isinstance(value, dict):
        return ("{}", None) if not value else ("{", _Frame(iter(value.items()), "}", True))
    if isinstance(value, list | tuple):
        return ("[]", None) if not value else ("[", _Frame(iter(value), "]", False))
    return json.dumps(value, ensure_ascii=False), None


def chunks(value: object, indent: int = 2) -> Iterator[str]:
    """Pieces of the JSON text of ``value`` (dicts, lists, tuples, str, numbers, bools, None)."""
    text, frame = _open(value)
    yield text
    stack = [frame] if frame else []
    while stack:
        top = stack[-1]
        item: Any = next(top.items, _END)
        if item is _END:
            stack.pop()
            yield "\n" + " " * (indent * len(stack)) + top.closer
            continue
        yield ("," if top.count else "") + "\n" + " " * (indent * len(stack))
        top.count += 1
        if top.mapping:
            key, item = item
            yield json.dumps(str(key), ensure_ascii=False) + ": "
        text, frame = _open(item)
        yield text
        if frame:
            stack.append(frame)


def dump(value: object, stream: TextIO, indent: int = 2) -> None:
    """Write the JSON text of ``value`` to ``stream``, however deeply it nests."""
    stream.writelines(chunks(value, indent))
