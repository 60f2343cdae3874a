"""Atomic file writes: a reader (or `mkdocs serve`) never sees a half-written file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``target`` and rename it over ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, target)
    except BaseException:
        os.unlink(temporary)
        raise


def write_if_changed(target: Path, data: bytes) -> bool:
    """Write ``data`` to ``target`` unless it already holds it; True if written.

    Unchanged files keep their mtime, so `mkdocs serve` sees no change and does not rebuild forever.
    """
    try:
        if target.read_bytes() == data:
            return False
    except OSError:
        pass
    write_atomic(target, data)
    return True
