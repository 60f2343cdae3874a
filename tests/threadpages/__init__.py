"""Realistic comment pages for reader tests: a thread spec rendered in the markup of a real engine.

``render(engine, page)`` gives the HTML, :func:`truth` the expected reading (from the spec, never
from a parser) and :func:`dump` a w3m or lynx text dump of any HTML. ``python -m
tests.threadpages.write`` regenerates the committed fixtures in ``tests/fixtures/threads``.
"""

from __future__ import annotations

from tests.threadpages.dumpers import TOOLS, dump
from tests.threadpages.engines import REGISTRY
from tests.threadpages.spec import Comment, EngineInfo, Page, Placed, first_words, text_of, validate, walk
from tests.threadpages.truth import truth, truth_json

ENGINES: list[str] = list(REGISTRY)
"""Every engine name :func:`render` accepts."""


def engine_info(engine: str) -> EngineInfo:
    """What ``engine``'s markup can express (depth limit, comment kinds, short pings...)."""
    try:
        return REGISTRY[engine].info
    except KeyError:
        raise ValueError(f"unknown engine {engine!r}: expected one of {ENGINES}") from None


def render(engine: str, page: Page) -> str:
    """``page`` as a full HTML document in ``engine``'s markup.

    Raises ``ValueError`` for an unknown engine or a spec the engine could not show faithfully
    (see :func:`tests.threadpages.spec.validate`), so a truth file never claims what the page hides.
    """
    info = engine_info(engine)
    validate(page, info)
    return REGISTRY[engine].render(page)


__all__ = [
    "ENGINES",
    "TOOLS",
    "Comment",
    "EngineInfo",
    "Page",
    "Placed",
    "dump",
    "engine_info",
    "first_words",
    "render",
    "text_of",
    "truth",
    "truth_json",
    "validate",
    "walk",
]
