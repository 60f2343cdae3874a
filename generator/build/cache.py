"""What the last build learned about each seed, so an unchanged seed is not parsed again.

An entry is used only when the seed is the same (same :func:`seed_stamp`, or failing that the
same SHA-256), the generator's code is the same, and the page it wrote is still there
as written (same size and modification time); anything else, and the seed is built afresh. The
cache is an optimisation only: deleting it changes nothing but the time a build takes, and so
does damaging it (a line whose checksum or types are wrong is not used; see :class:`Reader`). Seeds
are known by file name (the seeds folder is flat), so the command line and the MkDocs hook, which
name the folder differently, share the cache.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, BinaryIO

from generator.build.cacheline import (
    DAMAGE,
    SEAL,
    Entry,
    code_version,
    decode_line,
    encode_line,
    intact,
    name_of,
)
from generator.build.files import atomic_writer
from generator.build.manifest import open_cache
from generator.pages.split import SPLIT_BYTES


class Reader:
    """The entries of a cache file, read one at a time when asked for: only where each line
    starts is held, so the build's memory does not grow with the cache. Empty if the file is
    missing, stale or unreadable; a damaged line (see :func:`~generator.build.cacheline.sealed`) is left out,
    and so are the lines of a seed named twice (a build writes a seed once: the file was edited, and
    neither line can be trusted to be the last build's)."""

    def __init__(self, path: Path | None, split: int = SPLIT_BYTES) -> None:
        """Open the cache file at ``path`` (None: an empty cache) for a build whose site-wide
        pages split past ``split`` (see :mod:`generator.pages.split`)."""
        self._offsets: dict[str, int] = {}
        self._stream: BinaryIO | None = None
        self.site: dict[str, tuple[int, int]] = {}
        """The site-wide pages as the build that wrote the file left them (size and modification
        time, by path relative to the docs folder), read from the same open file as the entries
        (a build finishing meanwhile may replace the file). Empty if unknown, if an entry was
        left out (the pages in place stand only on the rows of every discussion they show), or
        if they were made with another threshold than ``split`` (the same rows make other pages)."""
        if path is None:
            return
        stream = open_cache(path)  # a plain file, or None (see open_cache)
        if stream is None:
            return
        try:
            header = json.loads(stream.readline())
            if header.get("version") != code_version():
                stream.close()
                return
            offset = stream.tell()
            whole, twice = True, set()
            for line in stream:
                if not line.endswith(b"\n"):
                    # Half-written (every line is written whole): the whole file is unreadable,
                    # since the site-wide pages stand only on entries for every discussion.
                    raise ValueError("a cache line without its end")
                name = name_of(line) if intact(line) else None
                if name is None:
                    whole = False
                elif name in self._offsets:
                    twice.add(name)
                else:
                    self._offsets[name] = offset
                offset += len(line)
            for name in twice:
                del self._offsets[name]
            same_split = header.get("split") == split
            self.site = _site_of(header) if whole and not twice and same_split else {}
        except (OSError, *DAMAGE):
            self._offsets, self.site = {}, {}
            stream.close()
            return
        self._stream = stream

    def __len__(self) -> int:
        return len(self._offsets)

    def names(self) -> list[str]:
        """The seeds of the cache by file name, in the order of the file (the seed order of its
        build)."""
        return list(self._offsets)

    def raw(self, name: str) -> bytes | None:
        """The cache line of the seed named ``name`` as written, or None."""
        offset = self._offsets.get(name)
        if offset is None or self._stream is None:
            return None
        try:
            self._stream.seek(offset)
            return self._stream.readline()
        except OSError:
            return None

    def line(self, name: str) -> str | None:
        """The cache line of the seed named ``name``, decoded, without its end (its head, notes
        and rows), or None."""
        raw = self.raw(name)
        try:
            return None if raw is None else str(memoryview(raw)[:-SEAL], "utf-8")
        except ValueError:
            return None

    def get(self, name: str, source: str | None = None) -> Entry | None:
        """The entry of the seed named ``name``, its warnings and notes naming ``source`` (the
        seed's path as this build names it), or None."""
        line = self.line(name)
        if line is None:
            return None
        try:
            return decode_line(line, source)[1]
        except DAMAGE:
            return None

    def close(self) -> None:
        """Close the file."""
        if self._stream is not None:
            self._stream.close()
            self._stream = None


def _pair(value: object) -> bool:
    """Whether ``value`` is a JSON array of two integers (a page's stamp)."""
    return type(value) is list and len(value) == 2 and all(type(n) is int for n in value)


def _site_of(header: dict[str, object]) -> dict[str, tuple[int, int]]:
    """The site-wide pages' stamps that a cache file's header holds (see :meth:`Writer.save`)."""
    site = header.get("site")
    if not isinstance(site, dict):
        return {}
    stamps = {page: stamp for page, stamp in site.items() if _pair(stamp)}
    return {page: (size, mtime) for page, (size, mtime) in stamps.items()} if len(stamps) == len(site) else {}


def _copy(source: BinaryIO, target: BinaryIO) -> None:
    """Append the whole of the file ``source`` to ``target``: by the kernel, the entries (most
    of the cache file) never passing through this process, unless it cannot."""
    source.flush()
    target.flush()
    size = os.fstat(source.fileno()).st_size
    offset = 0
    try:
        while offset < size:
            sent = os.sendfile(target.fileno(), source.fileno(), offset, size - offset)
            if sent == 0:
                break
            offset += sent
    except (AttributeError, OSError):
        pass  # no sendfile here (or not between these files): copied the usual way below
    source.seek(offset)
    shutil.copyfileobj(source, target)


def _head(manifest: IO[str] | None, site: dict[str, tuple[int, int]] | None, split: int) -> Iterator[bytes]:
    """The cache file's first line, in pieces: the JSON object ``{"manifest": …, "site": …,
    "split": …, "version": …}``, the manifest copied from its file as it is (it may be large)."""
    yield b'{"manifest": '
    if manifest is None:
        yield b"null"
    else:
        manifest.seek(0)
        while chunk := manifest.read(1 << 16):
            yield chunk.encode("ascii")
    stamps = {page: list(s) for page, s in (site or {}).items()}
    tail = f'"split": {json.dumps(split)}, "version": {json.dumps(code_version())}}}\n'
    yield f', "site": {json.dumps(stamps)}, {tail}'.encode("ascii")


class Writer:
    """A new cache file, written an entry at a time to a temporary file, each entry with the
    stamps its page and comment feed will have in place (a staged page keeps its stamp when it
    is renamed into place); the header, which comes first, is known only at the very end
    (:meth:`save`)."""

    def __init__(self, folder: str | None = None, old: Reader | None = None) -> None:
        """Keep the entries in a temporary file in ``folder`` (the system's if None); ``old``:
        the last build's cache, which :meth:`changed` compares them with."""
        self._entries = tempfile.TemporaryFile(dir=folder)  # noqa: SIM115 (closed by save/close)
        self._old = old
        self._differs = False
        self.count = 0
        """Number of entries."""

    def add(self, name: str, entry: Entry) -> None:
        """Add the entry of the seed named ``name``, its page's (and feed's) stamp as it will be
        in place: the build leaves out a seed whose page has none."""
        line = encode_line(name, entry)
        self._entries.write(line)
        self.count += 1
        # Compared as they come, until one differs: the lines are at hand, the old file's too.
        if not self._differs:
            self._differs = self._old is None or line != self._old.raw(name)

    def changed(self) -> bool:
        """Whether the entries differ from the last build's (an entry is new or different, or
        one is gone)."""
        return self._differs or self._old is None or self.count != len(self._old)

    def saved(
        self,
        path: Path,
        manifest: IO[str] | None = None,
        site: dict[str, tuple[int, int]] | None = None,
        split: int = SPLIT_BYTES,
    ) -> bool:
        """Whether the cache file at ``path`` already has the header :meth:`save` would write."""
        stream = open_cache(path)
        if stream is None:
            return False
        try:
            with stream:
                return all(stream.read(len(chunk)) == chunk for chunk in _head(manifest, site, split))
        except OSError:
            return False

    def save(
        self,
        path: Path,
        manifest: IO[str] | None = None,
        site: dict[str, tuple[int, int]] | None = None,
        split: int = SPLIT_BYTES,
    ) -> None:
        """Write the cache file at ``path`` (atomically): the header, then the entries. The
        header holds ``manifest`` (JSON text, see :meth:`generator.build.manifest.Observer.manifest`)
        and ``site`` (the site-wide pages made with the threshold ``split``), what
        :attr:`Reader.site` will read back."""
        with atomic_writer(path) as stream:
            stream.writelines(_head(manifest, site, split))
            _copy(self._entries, stream)

    def close(self) -> None:
        """Drop the entries."""
        self._entries.close()
