"""Atomic file writes: a reader (or `mkdocs serve`) never sees a half-written file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
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


def _identity(info: os.stat_result) -> tuple[int, ...]:
    return info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns


def encoded_lines(lines: Iterable[str], size: int = CHUNK) -> Iterator[bytes]:
    """``"\\n".join(lines)`` encoded as UTF-8, in pieces of about ``size`` characters."""
    batch: list[str] = []
    length, first = 0, True
    for line in lines:
        batch.append(line)
        length += len(line) + 1
        if length >= size:
            yield (("" if first else "\n") + "\n".join(batch)).encode("utf-8")
            batch, length, first = [], 0, False
    if batch or first:
        yield (("" if first else "\n") + "\n".join(batch)).encode("utf-8")


def write_chunks_if_changed(target: Path, chunks: Iterable[bytes], into: Path | None = None) -> bool:
    """:func:`write_if_changed` for content made a piece at a time, never held whole: the
    pieces are compared with the file as they come, and only from the first difference on does
    a new file get written (its equal beginning copied from the old one). With ``into``, the new
    file is written there (a staging folder's), ``target`` left as it is."""
    pieces = iter(chunks)
    pending, matched, compared = b"", 0, None
    try:
        old = open(target, "rb")  # noqa: SIM115  # closed below, before any write
    except OSError:
        old = None
    if old is not None:
        with old:
            compared = _identity(os.fstat(old.fileno()))
            for piece in pieces:
                if old.read(len(piece)) != piece:
                    pending = piece
                    break
                matched += len(piece)
            else:
                if not old.read(1):
                    return False
    with atomic_writer(target) if into is None else open(into, "wb") as stream:
        if matched:
            with open(target, "rb") as old:
                # The same file as was compared, not one renamed over it since (by another build).
                if _identity(os.fstat(old.fileno())) != compared:
                    raise OSError(f"{target}: changed while being compared")
                while matched:
                    data = old.read(min(CHUNK, matched))
                    if not data:
                        raise OSError(f"{target}: changed while being compared")
                    stream.write(data)
                    matched -= len(data)
        stream.write(pending)
        for piece in pieces:
            stream.write(piece)
    return True
