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
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, BinaryIO

from generator.build.cacheline import (
    DAMAGE,
    FEED,
    PAGE,
    SEAL,
    SLUG,
    Entry,
    code_version,
    decode_line,
    encode_line,
    intact,
    name_of,
    sealed,
)
from generator.build.files import atomic_writer
from generator.build.manifest import open_cache
from generator.build.place import Placed
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


def _page_of(pages: Iterator[Placed], slug: str) -> Placed | None:
    """The page of ``slug`` as placed, read on from ``pages`` up to it (None if it is not there)."""
    for placed in pages:
        if placed.slug == slug:
            return placed
    return None


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
    """A new cache file, written an entry at a time to a temporary file: the pages' stamps are
    known only once every page is in place (:meth:`finish`), and the header, which comes first,
    only at the very end (:meth:`save`)."""

    def __init__(self, folder: str | None = None) -> None:
        """Keep the entries in a temporary file in ``folder`` (the system's if None)."""
        self._folder = folder
        self._entries = tempfile.TemporaryFile(dir=folder)  # noqa: SIM115 (closed by save/close)
        self.count = 0
        """Number of entries (once :meth:`finish` has run, those whose page is in place)."""

    def add(self, name: str, entry: Entry) -> None:
        """Add the entry of the seed named ``name``; its ``page`` is filled in by :meth:`finish`."""
        self._entries.write(encode_line(name, entry))

    def finish(self, pages: Iterable[Placed], old: Reader) -> bool:
        """Give each entry the stamps of its page and comment feed, dropping an entry whose page
        (or feed, if it has one) has none; whether the entries now differ from ``old``'s.
        ``pages``: each discussion's slug and its files' stamps, in seed order, the order the
        entries were added in (so they are read alongside, not looked up)."""
        final = tempfile.TemporaryFile(dir=self._folder)  # noqa: SIM115 (closed by save/close)
        changed, count = False, 0
        found = iter(pages)
        self._entries.seek(0)
        for raw in self._entries:
            # Only the head is rewritten; the notes and rows after the first tab go through as
            # they are (and the line is sealed again).
            tab = raw.index(b"\t")
            head = json.loads(raw[:tab])
            placed = _page_of(found, head[SLUG])
            if placed is None or placed.stamp is None or (head[FEED] is not None and placed.feed is None):
                continue
            head[PAGE] = list(placed.stamp)
            head[FEED] = None if placed.feed is None else list(placed.feed)
            line = sealed(json.dumps(head, ensure_ascii=True).encode("utf-8") + raw[tab:-SEAL])
            final.write(line)
            changed = changed or line != old.raw(head[0])
            count += 1
        self._entries.close()
        self._entries, self.count = final, count
        return changed or count != len(old)

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
            self._entries.seek(0)
            shutil.copyfileobj(self._entries, stream)

    def close(self) -> None:
        """Drop the entries."""
        self._entries.close()
