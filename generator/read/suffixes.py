"""Which files of the seeds folder are seeds: the one list the build, the no-op check and ``add``
share. Imports nothing, as the no-op build reads it before loading the rest of the generator."""

from __future__ import annotations

TEXT_SUFFIXES = (".txt",)
"""Text dumps, read by :mod:`generator.read.dialects`."""

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
"""Saved web pages, read by :mod:`generator.read.html`."""

SEED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
"""Every kind of seed."""


def is_seed(name: str) -> bool:
    """Whether a file name is a seed's (by its suffix, compared without regard to case)."""
    return name.lower().endswith(SEED_SUFFIXES)


def is_html(name: str) -> bool:
    """Whether a file name is a saved page's."""
    return name.lower().endswith(HTML_SUFFIXES)
