"""Dump dialects: each recognises one way of writing comments down, all produce the same model.

A dialect is a module with ``NAME``, ``sniff(lines) -> int`` (confidence 0-100) and
``parse(lines, source) -> Discussion``. :func:`parse` picks the most confident one; to add a
dialect, write such a module and list it in ``DIALECTS``.
"""

from __future__ import annotations

import dataclasses
from types import ModuleType

from generator.dialects import indent, numbered
from generator.errors import SeedError
from generator.model import Discussion
from generator.text import split_lines

DIALECTS: tuple[ModuleType, ...] = (numbered,)
"""Known dialects; on a tie the first listed wins."""


def parse(text: str, source: str = "<text>") -> Discussion:
    """Parse the text of one dump into a :class:`Discussion` (raises only :class:`SeedError`)."""
    lines, warnings = indent.normalize(split_lines(text.removeprefix("\ufeff")), source)
    # After normalising, a file of white space and zero-width characters has only blank lines.
    if not any(line.strip() for line in lines):
        raise SeedError(
            source, 1, "expected a discussion dump (a title, an article, comments), found an empty file"
        )
    # With one dialect there is nothing to choose (sniffing reads every line).
    dialect = DIALECTS[0] if len(DIALECTS) == 1 else max(DIALECTS, key=lambda module: module.sniff(lines))
    discussion: Discussion = dialect.parse(lines, source)
    if warnings:
        discussion = dataclasses.replace(discussion, warnings=(*warnings, *discussion.warnings))
    return discussion
