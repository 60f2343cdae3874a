"""Helpers for tests that write seeds: a small valid seed and the CLI run as users run it."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from generator import Discussion
from generator.model import walk
from tests.conftest import ROOT
from tests.sitebuild import run_generator

SEED = """Pages Menu

A title for the test

Posted on Aug 27, 2008 in Stuff

By Someone

The article's only paragraph.

  1. Alice says:

    First comment.

    • Reply to it.
      Its second line.

  2. Second comment.
"""
"""A small seed in the numbered dialect: chrome, header, article, two comments and a reply."""


def cli(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m generator ARGS`` in a fresh interpreter, as a user runs it."""
    return run_generator(cwd, *args, env={"PYTHONPATH": str(ROOT), **(env or {})})


def assert_nothing_lost(text: str, discussion: Discussion) -> None:
    """Every word of the seed is in the model (comment numbers and bullets are structure, not words)."""
    kept = _words(
        " ".join(
            [discussion.title, *(p.text for p in discussion.article), *(c.text for c in discussion.chrome)]
            # The "Posted on … by … in …" and "By …" lines: their fixed words are structure too.
            + [f"Posted on {discussion.posted_text} by in {discussion.category} By {discussion.author}"]
            + [f"{c.author} says:" if c.author else "" for c in walk(discussion.comments)]
            + [p.text for c in walk(discussion.comments) for p in c.paragraphs]
        )
    )
    lost = {w for w in _words(text) if not re.fullmatch(r"\d+\.", w)} - kept
    assert not lost, sorted(lost)[:10]


def _words(text: str) -> set[str]:
    """The words of ``text``; a reply bullet glued to a word ("•Yes") is structure, not part of it."""
    return {w.lstrip("•") for w in text.split()} - {""}
