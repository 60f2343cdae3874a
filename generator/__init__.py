"""Turn archived web discussions (text dumps and saved pages) into a static MkDocs site."""

from __future__ import annotations

import importlib

TYPE_CHECKING = False
"""True for type checkers only (they read any name ``TYPE_CHECKING`` so): importing
:mod:`typing` for its constant would cost a no-op build more than the rest of its start-up."""

if TYPE_CHECKING:
    from generator.errors import SeedError
    from generator.model import Comment, Diagnostic, Discussion, Paragraph, SourceLine
    from generator.read.seeds import parse

__all__ = ["Comment", "Diagnostic", "Discussion", "Paragraph", "SeedError", "SourceLine", "parse"]

_HOMES = {
    "parse": "generator.read.seeds",
    "SeedError": "generator.errors",
    **dict.fromkeys(("Comment", "Diagnostic", "Discussion", "Paragraph", "SourceLine"), "generator.model"),
}
"""Where each public name lives. They are loaded on first use (PEP 562), not with the package:
every ``python -m generator`` imports the package, and a no-op build needs none of them."""


def __getattr__(name: str) -> object:
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
