"""Atomic file writes: a reader (or `mkdocs serve`) never sees a half-written file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

CHUNK = 1 << 20
"""Bytes compared at a time: a site-wide page of many megabytes is never read whole."""


@contextmanager
def atomic_writer(target: Path) -> Iterator[BinaryIO]:
    """A file to write ``target``'s new content to, renamed over ``target`` once the block ends
    (and removed, leaving ``target`` as it was, if the block raises)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
        os.replace(temporary, target)
    except BaseException:
        os.unlink(temporary)
        raise


def write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``target`` and rename it over ``target``."""
    with atomic_writer(target) as stream:
        stream.write(data)


def holds(target: Path, data: bytes) -> bool:
    """Whether the file ``target`` holds exactly ``data`` (read a chunk at a time)."""
    try:
        with open(target, "rb") as stream:
            if os.fstat(stream.fileno()).st_size != len(data):
                return False
            view = memoryview(data)
            for start in range(0, len(data), CHUNK):
                if stream.read(CHUNK) != view[start : start + CHUNK]:
                    return False
            return stream.read(1) == b""
    except OSError:
        return False


def write_if_changed(target: Path, data: bytes) -> bool:
    """Write ``data`` to ``target`` unless it already holds it; True if written.

    Unchanged files keep their mtime, so `mkdocs serve` sees no change and does not rebuild forever.
    """
    if holds(target, data):
        return False
    write_atomic(target, data)
    return True
