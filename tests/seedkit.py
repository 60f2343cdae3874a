"""Helpers for tests that write seeds: a small valid seed and the CLI run as users run it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

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
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
