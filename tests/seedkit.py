"""Helpers for tests that write seeds: a small valid seed and the CLI run as users run it."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from collections.abc import Sequence
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
            + [c.posted_text or "" for c in walk(discussion.comments)]  # the date as the page showed it
            + [p.text for c in walk(discussion.comments) for p in c.paragraphs]
        )
    )
    lost = {w for w in _words(text) if not re.fullmatch(r"\d+\.", w)} - kept
    assert not lost, sorted(lost)[:10]


def assert_read_as_page(text: str, discussion: Discussion, story: Sequence[str]) -> None:
    """``discussion`` is the page dumped in ``text`` read as its article: no comments, a note (no
    warning that stops a build) on the dated lines not read as comments, every paragraph of
    ``story`` whole in the article, every word of the dump kept (lynx's link numbers are not
    words)."""
    assert discussion.comments == ()
    notes = [w for w in discussion.warnings if "dated lines read as the page's" in w.message]
    assert [note.risky for note in notes] == [False]
    article = " ".join(" ".join(p.text.split()) for p in discussion.article)
    for paragraph in story:
        assert " ".join(paragraph.split()) in article, paragraph
    assert_nothing_lost_in_dump(text, discussion)


def assert_nothing_lost_in_dump(text: str, discussion: Discussion) -> None:
    """:func:`assert_nothing_lost` for a w3m or lynx dump: lynx's link numbers ("[3]Home", kept
    so in the lines left out) are not words; w3m's dump has none, and is checked as it is."""
    if "\nReferences\n" not in text:
        assert_nothing_lost(text, discussion)
        return
    links = re.compile(r"\[\d+\]")
    chrome = tuple(dataclasses.replace(line, text=links.sub("", line.text)) for line in discussion.chrome)
    assert_nothing_lost(links.sub("", text), dataclasses.replace(discussion, chrome=chrome))


def _words(text: str) -> set[str]:
    """The words of ``text``; a reply bullet glued to a word ("•Yes") is structure, not part of it."""
    return {w.lstrip("•") for w in text.split()} - {""}
