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

import hashlib
import json
import shutil
import tempfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import IO, BinaryIO

from generator.build.files import atomic_writer
from generator.build.manifest import CACHE_FILE as CACHE_FILE
from generator.build.siterows import SummaryRows, rows_from_json
from generator.build.stamps import PAGE_DEPENDENCIES, source_files
from generator.model import Diagnostic
from generator.pages.split import SPLIT_BYTES


@cache
def code_version() -> str:
    """A digest of the generator's source and of the versions of the packages that shape its
    pages: a new version of either invalidates every entry."""
    digest = hashlib.sha256()
    for relative, path in source_files():
        digest.update(relative.encode())
        digest.update(Path(path).read_bytes())
    for _, distribution in PAGE_DEPENDENCIES:
        digest.update(f"{distribution}=={dependency_version(distribution)}".encode())
    return digest.hexdigest()


def dependency_version(distribution: str) -> str:
    """The installed version of ``distribution`` (``"missing"`` if it is not installed)."""
    from importlib import metadata  # only the full build needs it, not the no-op path

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "missing"


def file_digest(data: bytes) -> str:
    """The SHA-256 of a seed's bytes."""
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Entry:
    """One seed as the last build left it."""

    seed: tuple[int, ...]
    """The seed's :func:`seed_stamp` when it was read."""

    digest: str
    """SHA-256 of the seed's bytes."""

    slug: str
    """The slug its page was written under."""

    base: str
    """Its slug before collisions were settled (the summary's)."""

    comments: int
    """Number of comments (the summary's, for the build's report)."""

    threads: int
    """Number of top-level comments (the summary's, for the build's report)."""

    page: tuple[int, int]
    """Size and modification time of that page after the build."""

    rows: str
    """What it adds to the site-wide pages, under ``slug``, as JSON (see
    :func:`generator.build.siterows.rows_json`); two entries with the same JSON add the same rows."""

    title_line: int
    """Line of its title."""

    warnings: tuple[Diagnostic, ...]
    """Parser warnings."""

    notes: tuple[Diagnostic, ...]
    """Chrome notes."""

    def site_rows(self) -> SummaryRows:
        """What it adds to the site-wide pages, decoded (see :func:`decoded_rows`)."""
        return decoded_rows(self.rows)


class DamagedEntry(ValueError):
    """A cache entry whose rows do not decode, or not to rows of the types a build writes, though
    the line's checksum matched (a careful hand edit, or a generator that wrote them wrong): only
    a line's head is checked when it is read; its rows are decoded when needed."""


def decoded_rows(rows: str) -> SummaryRows:
    """The rows of a cache entry (their JSON), decoded; raises :class:`DamagedEntry` if they do
    not decode."""
    try:
        return rows_from_json(rows)
    except (ValueError, KeyError, TypeError, AttributeError, IndexError) as error:
        raise DamagedEntry(f"a cache entry's rows do not decode: {error}") from None


def _line(name: str, entry: Entry) -> bytes:
    # The rows' JSON goes in as made (by the worker that rendered the seed), after a tab: JSON
    # text never holds a raw tab, so the line splits back without a parser.
    head = [
        name,
        list(entry.seed),
        entry.digest,
        entry.slug,
        entry.base,
        entry.comments,
        entry.threads,
        list(entry.page),
        entry.title_line,
        [[w.line, w.message] for w in entry.warnings],
        [[n.line, n.message] for n in entry.notes],
    ]
    # The head in ASCII: a seed's file name (and so its path in the manifest) may hold a lone
    # surrogate, Python's name for a byte that is not UTF-8, which UTF-8 cannot carry raw.
    return _sealed(f"{json.dumps(head, ensure_ascii=True)}\t{entry.rows}".encode())


_SLUG, _PAGE = 3, 7
"""Where a cache line's head (see :func:`_line`) has the slug and the page's stamp."""

_SEAL = len(b"\t01234567\n")
"""Length of a cache line's end: a tab, its checksum (see :func:`_sealed`), a newline."""


def _sealed(body: bytes) -> bytes:
    """A cache line: ``body`` (its head and rows), a tab, the CRC-32 of ``body`` in hex, a newline.

    A byte changed by a damaged disk or a hand edit mostly leaves valid JSON behind (a digit, a
    letter of a slug or of a card's HTML), which no check of the types would notice: the line
    would then tell the next build a lie. The checksum costs one pass of CRC-32 over the file (a
    few milliseconds for 1,000 discussions), on the build path only: the no-op path never reads
    the entries."""
    return b"%s\t%08x\n" % (body, zlib.crc32(body))


def _intact(line: bytes) -> bool:
    """Whether ``line`` (with its newline) is as :func:`_sealed` made it."""
    # A view, not a slice: every line of the file passes here, and a slice would copy it.
    return line[-_SEAL:] == b"\t%08x\n" % zlib.crc32(memoryview(line)[:-_SEAL])


def _entry(line: str, source: str | None = None) -> tuple[str, Entry]:
    """The seed's name and the entry of a cache line's head and rows (without its end); its
    warnings and notes name the seed ``source`` (the seed's name if None). Raises ValueError if
    the head is not what :func:`_line` writes."""
    head, rows = line.split("\t", 1)
    name, seed, digest, slug, base, comments, threads, page, title_line, warnings, notes = json.loads(head)
    # Exact types (``type(n) is int``: JSON's true is a Python int too), checked before anything
    # is built of them; a cheap check, a dozen fields. The slug becomes a path: it must be one
    # that the build could have made (see generator.read.text.slugify), and ``base`` with a number.
    if not (
        type(name) is str
        and _ints(seed)
        and type(digest) is str
        and _slug(base)
        and (slug == base or (slug.startswith(f"{base}-") and slug[len(base) + 1 :].isdecimal()))
        and type(comments) is int
        and type(threads) is int
        and _ints(page, 2)
        and type(title_line) is int
        and _diagnostics(warnings)
        and _diagnostics(notes)
    ):
        raise ValueError("a cache line's head is not what a build writes")
    source = name if source is None else source
    return name, Entry(
        seed=tuple(seed),
        digest=digest,
        slug=slug,
        base=base,
        comments=comments,
        threads=threads,
        page=(page[0], page[1]),
        rows=rows,
        title_line=title_line,
        warnings=tuple(Diagnostic(source, line, message) for line, message in warnings),
        notes=tuple(Diagnostic(source, line, message) for line, message in notes),
    )


def _ints(value: object, count: int | None = None) -> bool:
    """Whether ``value`` is a JSON array of integers (``count`` of them, unless None)."""
    return (
        type(value) is list and (count is None or len(value) == count) and all(type(n) is int for n in value)
    )


def _slug(value: object) -> bool:
    """Whether ``value`` could be a slug the build made: a non-empty string of letters, digits,
    marks and dashes (never a dot, a slash or a backslash, so never a path out of its folder)."""
    return type(value) is str and value != "" and value.isprintable() and not any(c in value for c in "./\\ ")


def _diagnostics(value: object) -> bool:
    """Whether ``value`` is a JSON array of ``[line, message]`` pairs."""
    return type(value) is list and all(
        type(item) is list and len(item) == 2 and type(item[0]) is int and type(item[1]) is str
        for item in value
    )


class Reader:
    """The entries of a cache file, read one at a time when asked for: only where each line
    starts is held, so the build's memory does not grow with the cache. Empty if the file is
    missing, stale or unreadable; a damaged line (see :func:`_sealed`) is left out, and so are
    the lines of a seed named twice (a build writes a seed once: the file was edited, and
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
        try:
            stream = open(path, "rb")  # noqa: SIM115 (closed by close())
        except OSError:
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
                name = _name(line) if _intact(line) else None
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
        except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
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
        """The cache line of the seed named ``name``, decoded, without its end (its head and
        rows), or None."""
        raw = self.raw(name)
        try:
            return None if raw is None else str(memoryview(raw)[:-_SEAL], "utf-8")
        except ValueError:
            return None

    def get(self, name: str, source: str | None = None) -> Entry | None:
        """The entry of the seed named ``name``, its warnings and notes naming ``source`` (the
        seed's path as this build names it), or None."""
        line = self.line(name)
        if line is None:
            return None
        try:
            return _entry(line, source)[1]
        except (ValueError, KeyError, TypeError, IndexError, AttributeError):
            return None

    def close(self) -> None:
        """Close the file."""
        if self._stream is not None:
            self._stream.close()
            self._stream = None


def _name(line: bytes) -> str | None:
    """The seed's name in a cache line, or None if the line's head is not a build's."""
    # Only the head is decoded: the rows after the tab are most of the line.
    try:
        name = json.loads(line[: line.index(b"\t")])[0]
    except (ValueError, KeyError, TypeError, IndexError):
        return None
    return name if isinstance(name, str) else None


def _site_of(header: dict[str, object]) -> dict[str, tuple[int, int]]:
    """The site-wide pages' stamps that a cache file's header holds (see :meth:`Writer.save`)."""
    site = header.get("site")
    if not isinstance(site, dict):
        return {}
    stamps = {page: stamp for page, stamp in site.items() if _ints(stamp, 2)}
    return {page: (size, mtime) for page, (size, mtime) in stamps.items()} if len(stamps) == len(site) else {}


def load(path: Path) -> dict[str, Entry]:
    """Every entry of the cache file at ``path``, by seed file name (see :class:`Reader`).

    The file is one line of JSON per seed, after a header line (the version of the code, and the
    :mod:`generator.build.manifest`)."""
    reader = Reader(path)
    try:
        entries = {name: reader.get(name) for name in reader.names()}
        return {name: entry for name, entry in entries.items() if entry is not None}
    finally:
        reader.close()


def _page_of(pages: Iterator[tuple[str, tuple[int, int] | None]], slug: str) -> tuple[int, int] | None:
    """The stamp of the page of ``slug``, read on from ``pages`` up to it (None if it has none)."""
    for found, page in pages:
        if found == slug:
            return page
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
        self._entries.write(_line(name, entry))

    def finish(self, pages: Iterable[tuple[str, tuple[int, int] | None]], old: Reader) -> bool:
        """Give each entry the stamp of its page, dropping an entry whose page has none; whether
        the entries now differ from ``old``'s. ``pages``: each discussion's slug and its page's
        stamp (None if it has none), in seed order, the order the entries were added in (so
        they are read alongside, not looked up)."""
        final = tempfile.TemporaryFile(dir=self._folder)  # noqa: SIM115 (closed by save/close)
        changed, count = False, 0
        found = iter(pages)
        self._entries.seek(0)
        for raw in self._entries:
            # Only the head is rewritten; the rows after the tab go through as they are (and
            # the line is sealed again).
            tab = raw.index(b"\t")
            head = json.loads(raw[:tab])
            page = _page_of(found, head[_SLUG])
            if page is None:
                continue
            head[_PAGE] = list(page)
            line = _sealed(json.dumps(head, ensure_ascii=True).encode("utf-8") + raw[tab:-_SEAL])
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
        try:
            with open(path, "rb") as stream:
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
