"""A no-op build in milliseconds: what the last build saw, and what it reported.

A build records, in the first line of the cache file (:data:`CACHE_FILE`), everything its pages
and its report depend on: the generator's source files and the Python version, the seeds and
docs folders as named, every seed file and every generated page (size, modification time, inode
and change time), the ``*.md`` files of the discussions folder, and the report it printed. When
all of that is still the same, the pages are already what a build would write, so the command
line and the hook print the recorded report and stop, without parsing a seed, rendering a page
or even importing the rest of the generator. Any difference at all (a seed added, removed,
renamed, edited or touched, a page edited or deleted, a page added to ``discussions/``, a code
change, other folders) falls back to the normal build, with its per-seed shortcuts
(:mod:`generator.build.cache`).

Imported first on every run, so it imports only what Python has loaded at start-up, :mod:`json`
and :mod:`generator.pages.split`, which imports nothing (not even :mod:`typing` or
:mod:`dataclasses`, which cost more than the check).
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import os
import stat
import sys
import time
from pathlib import Path

from generator.build.stamps import PAGE_DEPENDENCIES, full_stat, package_folder, settled, source_files
from generator.pages.paths import FOLDERS, PAGE_DIR, feed_path, page_path
from generator.pages.split import SPLIT_BYTES
from generator.read.suffixes import is_seed

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (see above)
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence
    from typing import IO, BinaryIO, TypeVar

    T = TypeVar("T")

CACHE_FILE = ".generator-cache.json"
"""The cache's file name, beside the docs folder (not in it: MkDocs would watch it)."""

JOURNAL_FILE = ".generator-journal"
"""The file name of a build's committed journal, beside the docs folder (see
:mod:`generator.build.journal`): while it is there, a build is not complete."""

LOCK_FILE = ".generator-lock"
"""The file name of the lock that lets one build at a time write a docs folder, beside it (see
:mod:`generator.build.lock`)."""

FORMAT = 4
"""Version of the manifest's layout."""

Diag = tuple[str, int, str]
"""A note or warning: seed path, line, message."""

Line = tuple[str, str, int, int, int, int]
"""A discussion as the report lists it: seed path, slug, comments, threads, events, and 1 if it
has a comment feed beside its page (else 0)."""


class Outcome:
    """What a build reports, as plain data: the manifest keeps it, and the no-op path prints it
    without loading the model."""

    __slots__ = ("discussions", "notes", "warnings")

    def __init__(self, discussions: Sequence[Line], warnings: Sequence[Diag], notes: Sequence[Diag]) -> None:
        self.discussions = discussions
        """Per discussion, in seed order: seed path, slug (collisions settled), comments, threads,
        events, comment feed (1 or 0)."""
        self.warnings = warnings
        """Oddities in the seeds, in report order."""
        self.notes = notes
        """Lines kept out of the content (page chrome), in report order."""

    def pages(self) -> list[str]:
        """The discussion pages, relative to the docs folder, in seed order, each followed by its
        comment feed if it has one."""
        pages: list[str] = []
        for _, slug, *_, feed in self.discussions:
            pages.append(page_path(slug))
            if feed:
                pages.append(feed_path(slug))
        return pages

    def as_json(self) -> dict[str, object]:
        """The outcome as JSON data (see :func:`from_json`). Seed paths are listed once and
        referred to by number: thousands of notes name a few seeds, and the no-op path's time
        is mostly spent reading this."""
        sources: dict[str, int] = {}

        def numbered(source: str, *rest: object) -> list[object]:
            return [sources.setdefault(source, len(sources)), *rest]

        def grouped(diags: Iterable[Diag]) -> list[object]:
            # A run of diags naming the same seed is one group: [number, [[line, message], …]].
            numbers = (numbered(*diag) for diag in diags)
            runs = itertools.groupby(numbers, key=lambda item: item[0])
            return [[number, [rest for _, *rest in run]] for number, run in runs]

        return {
            "discussions": [numbered(*line) for line in self.discussions],
            "warnings": grouped(self.warnings),
            "notes": grouped(self.notes),
            "sources": list(sources),
        }

    def write_json(self, out: IO[str]) -> None:
        """Write the outcome to ``out`` as JSON text (ASCII), holding nothing per discussion:
        the data :meth:`as_json` makes, except that each discussion's seed is listed once for
        each time it appears among the discussions (:func:`from_json` reads the same outcome
        back).

        The sequences are read a few times each (they may be kept on disk, see
        :mod:`generator.build.records`): the discussion a warning or note names is found by walking
        the discussions alongside, as a build reports them in seed order. When they are not (an
        outcome made otherwise), what was written is taken back and the outcome made whole, as
        :meth:`as_json` does."""
        start = out.tell()
        try:
            out.writelines(self._json_chunks())
        except _OutOfOrder:
            out.seek(start)
            out.truncate()
            out.write(json.dumps(self.as_json()))

    def _json_chunks(self) -> Iterator[str]:
        from generator.build.records import Keyed  # the build's: a no-op does not load it

        yield '{"discussions": ['
        yield from _joined(json.dumps([number, *rest]) for number, (_, *rest) in enumerate(self.discussions))
        for name, diags in (("warnings", self.warnings), ("notes", self.notes)):
            yield f'], "{name}": ['
            # One group per discussion, not an item per line: a page dump has hundreds of notes.
            if isinstance(diags, Keyed):  # a build's notes, kept a seed to a line
                # Their JSON text as the worker made it, copied: no decoding, no encoding.
                yield from _joined(
                    f"[{number}, {items}]" for number, items in self._numbered_groups(diags.encoded_groups())
                )
                continue
            yield from _joined(
                json.dumps([number, [rest for _, (_, *rest) in group]])
                for number, group in itertools.groupby(self._numbered(diags), key=lambda item: item[0])
            )
        yield '], "sources": ['
        yield from _joined(json.dumps(line[0]) for line in self.discussions)
        yield "]}"

    def _numbered(self, diags: Iterable[Diag]) -> Iterator[tuple[int, Diag]]:
        """Each of ``diags`` with the number of the discussion it names, found at or after the
        previous one's; raises :class:`_OutOfOrder` when it is not there."""
        discussions = enumerate(line[0] for line in self.discussions)
        number, source = -1, None
        for diag in diags:
            while source != diag[0]:
                found = next(discussions, None)
                if found is None:
                    raise _OutOfOrder
                number, source = found
            yield number, diag

    def _numbered_groups(self, groups: Iterable[tuple[str, T]]) -> Iterator[tuple[int, T]]:
        """:meth:`_numbered` for groups of notes (a seed's path and its notes' line and message)."""
        discussions = enumerate(line[0] for line in self.discussions)
        number, source = -1, None
        for key, items in groups:
            while source != key:
                found = next(discussions, None)
                if found is None:
                    raise _OutOfOrder
                number, source = found
            yield number, items

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Outcome) and self.as_json() == other.as_json()

    __hash__ = None  # type: ignore[assignment]  # holds lists: not hashable

    def __repr__(self) -> str:
        return f"Outcome({self.as_json()!r})"


class _OutOfOrder(Exception):
    """A warning or note names no discussion at or after the previous one's."""


def from_json(data: object) -> Outcome:
    """The inverse of :meth:`Outcome.as_json`; raises ValueError or TypeError for anything else."""
    if not isinstance(data, dict):
        raise TypeError(data)
    sources = [_text(source) for source in _list(data["sources"])]

    def diags(groups: object) -> list[Diag]:
        found: list[Diag] = []
        for group in _list(groups):
            number, items = _list(group)
            source = sources[_number(number)]
            for item in _list(items):
                line, message = _list(item)
                found.append((source, _number(line), _text(message)))
        return found

    def line(item: object) -> Line:
        source, slug, comments, threads, events, feed = _list(item)
        numbers = _number(comments), _number(threads), _number(events), _number(feed)
        return sources[_number(source)], _text(slug), *numbers

    return Outcome(
        [line(item) for item in _list(data["discussions"])],
        diags(data["warnings"]),
        diags(data["notes"]),
    )


def _list(value: object) -> list[object]:
    if not isinstance(value, list):
        raise TypeError(value)
    return value


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(value)
    return value


def _number(value: object) -> int:
    if type(value) is not int:
        raise TypeError(value)
    return value


def _code() -> list[object]:
    """Where the generator is, the Python version, each source file with its stat, and the
    stat of each page dependency's package (a reinstall makes new files)."""
    files: list[object] = [package_folder(), sys.version]
    files.extend([relative, *full_stat(path)] for relative, path in source_files())
    for module, _ in PAGE_DEPENDENCIES:
        spec = importlib.util.find_spec(module)  # finds the package without importing it
        origin = spec.origin if spec is not None else None
        files.append([module, origin, *(full_stat(origin) if origin else [])])
    return files


def _folders(seeds_dir: Path, docs_dir: Path) -> list[str]:
    # As named (the report prints seed paths as given) and where they are.
    return [str(seeds_dir), os.path.abspath(seeds_dir), str(docs_dir), os.path.abspath(docs_dir)]


def seed_names(seeds_dir: Path) -> list[str]:
    """The seeds' file names in name order, as :func:`generator.build.site.seed_paths` finds them."""
    try:
        return sorted(name for name in os.listdir(seeds_dir) if is_seed(name))
    except OSError:
        return []


def _seeds(seeds_dir: Path) -> list[list[object]]:
    return [[name, *full_stat(os.path.join(seeds_dir, name))] for name in seed_names(seeds_dir)]


def _pages(docs_dir: Path, pages: list[str]) -> list[object]:
    """How many ``*.md`` files the discussions folder and the site-wide sub-pages' folders hold
    (a build removes those it did not make: with every generated page there, the counts show any
    other), then the stat of each generated page (by position: their names are in the outcome
    and the manifest)."""
    return [*_present(docs_dir), *(full_stat(os.path.join(docs_dir, page)) for page in pages)]


def _present(docs_dir: Path) -> list[int]:
    """How many ``*.md`` and ``*.xml`` files each folder of generated pages holds (see
    :func:`_pages`)."""
    present: list[int] = []
    for folder in (PAGE_DIR, *FOLDERS.values()):
        try:
            names = os.listdir(os.path.join(docs_dir, folder))
            present.append(sum(1 for name in names if name.endswith((".md", ".xml"))))
        except OSError:
            present.append(0)
    return present


class Observer:
    """Watches one build: what it started from (made before the build reads any seed) and, once
    its pages are written, the manifest that records it."""

    def __init__(self, seeds_dir: Path, docs_dir: Path, folder: str | None = None) -> None:
        """Take the seeds' stats; they wait in a temporary file in ``folder`` (the system's
        temporary folder if None), as JSON text, since the build's memory must not grow with
        the archive."""
        import tempfile  # only a build observes (the no-op path must not pay for loading it)

        self.seeds_dir, self.docs_dir, self._folder = seeds_dir, docs_dir, folder
        start = time.time_ns()
        self._seeds: IO[str] = tempfile.TemporaryFile("w+", encoding="ascii", dir=folder)  # noqa: SIM115
        trusted = True
        for name in seed_names(seeds_dir):
            record = [name, *full_stat(os.path.join(seeds_dir, name))]
            self._seeds.write(f"{json.dumps(record)}\n")
            trusted = trusted and settled(os.path.join(seeds_dir, name), start)
        self.trusted = trusted
        """Whether a later build may trust these stats."""

    def names(self) -> Iterator[str]:
        """The seeds' file names, in name order, as they were when the build started."""
        for line in self._lines():
            name = json.loads(line)[0]
            assert isinstance(name, str)  # written by __init__
            yield name

    def _lines(self) -> Iterator[str]:
        self._seeds.seek(0)
        yield from self._seeds

    def manifest(self, result: Outcome, site_pages: list[str], split: int = SPLIT_BYTES) -> IO[str] | None:
        """The manifest of the finished build, whose site-wide pages (sub-pages too) are
        ``site_pages``, split at ``split``, as JSON text in a temporary file (the seeds', pages'
        and outcome's lists written as they are read); None when :attr:`trusted` is false."""
        if not self.trusted:
            return None
        import tempfile

        out: IO[str] = tempfile.TemporaryFile("w+", encoding="ascii", dir=self._folder)  # noqa: SIM115
        out.write(f'{{"format": {FORMAT}, "split": {json.dumps(split)}, "code": {json.dumps(_code())}, ')
        out.write(f'"folders": {json.dumps(_folders(self.seeds_dir, self.docs_dir))}, "seeds": [')
        out.writelines(_joined(line.rstrip("\n") for line in self._lines()))
        # As _pages has them: the counts of *.md files, then each page's stat.
        out.write(f'], "site_pages": {json.dumps(site_pages)}, "pages": [')
        out.write(", ".join(str(count) for count in _present(self.docs_dir)))
        for page in itertools.chain(result.pages(), site_pages):
            out.write(f", {json.dumps(full_stat(os.path.join(self.docs_dir, page)))}")
        out.write('], "outcome": ')
        result.write_json(out)
        out.write("}")
        out.seek(0)
        return out

    def close(self) -> None:
        """Drop the seeds' stats."""
        self._seeds.close()


def _joined(items: Iterable[str]) -> Iterator[str]:
    """``items`` with ", " between them (as :func:`json.dumps` separates a list's items)."""
    first = True
    for item in items:
        if not first:
            yield ", "
        yield item
        first = False


def cache_path(docs_dir: Path) -> Path:
    """Where the cache (and the manifest, its first line) lives for ``docs_dir``."""
    return docs_dir.parent / CACHE_FILE


def open_cache(cache_file: Path) -> BinaryIO | None:
    """The cache file opened for reading, or None if it is missing, unreadable or not a regular
    file: opened without blocking, since a named pipe put in its place would wait for a writer
    forever, and refused unless it is a plain file (a folder, a pipe, a device are no cache)."""
    try:
        handle = os.open(cache_file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            os.close(handle)
            return None
        return os.fdopen(handle, "rb")
    except OSError:
        os.close(handle)
        return None


def read_manifest(cache_file: Path) -> dict[str, object] | None:
    """The manifest at the head of the cache file, if any (the rest of the file is not read)."""
    stream = open_cache(cache_file)
    if stream is None:
        return None
    try:
        with stream:
            header = json.loads(stream.readline())
    # RecursionError: a first line of thousands of nested brackets. Damage of any kind means
    # no manifest, and so a build.
    except (OSError, ValueError, RecursionError):
        return None
    manifest = header.get("manifest") if isinstance(header, dict) else None
    return manifest if isinstance(manifest, dict) else None


def unchanged(seeds_dir: Path, docs_dir: Path, split: int = SPLIT_BYTES) -> Outcome | None:
    """What the last build reported, if nothing it depended on has changed since (then a build
    splitting its site-wide pages at ``split`` would write nothing and report the same); else
    None."""
    if os.path.lexists(docs_dir.parent / JOURNAL_FILE):
        return None  # a killed build's changes are to be completed first
    manifest = read_manifest(cache_path(docs_dir))
    if manifest is None or manifest.get("format") != FORMAT or manifest.get("split") != split:
        return None
    try:
        site_pages = [_text(page) for page in _list(manifest["site_pages"])]
        result = from_json(manifest["outcome"])
        # Cheapest comparisons first: most changes show in the seeds.
        if (
            manifest["folders"] != _folders(seeds_dir, docs_dir)
            or manifest["seeds"] != _seeds(seeds_dir)
            or manifest["pages"] != _pages(docs_dir, result.pages() + site_pages)
            or manifest["code"] != _code()
        ):
            return None
    except (KeyError, TypeError, ValueError, IndexError):
        return None
    return result
