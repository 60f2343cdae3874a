"""The whole build in two phases: read and parse every seed, then render and write all pages.

Site-wide pages (the index) see every discussion before anything is written, and nothing is
written at all when any seed is rejected, so a failed build leaves the previous pages in place.
"""

from __future__ import annotations

import dataclasses
import itertools
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Generic, TypeVar, cast

from generator.analysis.summary import Summary, summarize
from generator.build import cache, manifest, workers
from generator.build.cache import CACHE_FILE, Entry
from generator.build.files import encoded_lines, write_chunks_if_changed, write_if_changed
from generator.build.records import Records
from generator.build.siterows import SiteRows, render_page, render_pages
from generator.build.sort import SortedRows
from generator.build.stamps import SeedStamps, seed_stamp, stamp, trusted_stamp
from generator.build.workers import SeedResult, Task, base_slug, process, process_all
from generator.errors import SeedError
from generator.model import Diagnostic, Discussion
from generator.pages.discussion import render_discussion
from generator.pages.paths import (
    FOLDERS,
    PAGE_DIR,
    PAGES,
    family_of,
    is_discussion_page,
    is_site_page,
    page_path,
)
from generator.pages.split import SPLIT_BYTES
from generator.read import seedfile
from generator.read.dialects import parse

T = TypeVar("T")
U = TypeVar("U")

SITE_PAGES: tuple[tuple[str, Callable[[list[Summary]], str]], ...] = tuple(
    (page, partial(render_page, page)) for page in PAGES
)
"""The site-wide pages every build makes, by path relative to the docs folder, each rendered from
every discussion's :class:`Summary` (never from whole discussions, so a large archive need not
stay in memory). A large archive's pages split, adding sub-pages (see :func:`render_pages`)."""


class BuildError(Exception):
    """One or more seeds were rejected; the message has one ``path:line: …`` line per seed."""

    def __init__(self, errors: list[SeedError]) -> None:
        super().__init__("\n".join(str(error) for error in errors))
        self.errors = errors
        """The rejected seeds' errors, in seed order."""


@dataclass(frozen=True)
class Built:
    """A discussion as the build's report lists it."""

    source: str
    """Path of the seed."""

    slug: str
    """Its page's name under ``discussions/`` (collisions settled)."""

    comments: int
    """Number of comments, replies included."""

    threads: int
    """Number of top-level comments."""


@dataclass(frozen=True)
class Report:
    """What a build did. Its sequences may be read off temporary files (see
    :mod:`generator.build.records`): a large archive's report is not held in memory."""

    discussions: Sequence[Built]
    """One per discussion, in seed order."""

    warnings: Sequence[Diagnostic]
    """Oddities in the seeds (the text was kept)."""

    notes: Sequence[Diagnostic]
    """Lines kept out of the content, such as page chrome: reported, never silently dropped."""

    written: Sequence[str] = ()
    """Pages whose content changed and were rewritten (relative to the docs folder), sorted."""

    removed: Sequence[str] = ()
    """Stale pages deleted because their seed is gone or renamed."""

    def outcome(self) -> manifest.Outcome:
        """What the build reports, as the manifest keeps it (see :mod:`generator.build.manifest`)."""
        return manifest.Outcome(
            _fields(self.discussions, lambda d: (d.source, d.slug, d.comments, d.threads)),
            _fields(self.warnings, lambda w: (w.source, w.line, w.message)),
            _fields(self.notes, lambda n: (n.source, n.line, n.message)),
        )


def _fields(items: Sequence[T], fields: Callable[[T], U]) -> Sequence[U]:
    """Each of ``items`` as the tuple ``fields`` makes; read off the same file when they are on
    disk, where each is kept as the list of those fields (see :func:`_built_records`)."""
    if isinstance(items, Records):
        return cast("Sequence[U]", items.view(tuple))
    return [fields(item) for item in items]


# Each record as the list of its fields, in order: what Report.outcome() reads back as tuples.
def _built_records(folder: str | None) -> Records[Built]:
    return Records(folder, lambda b: [b.source, b.slug, b.comments, b.threads], lambda d: Built(*d))


def _diagnostic_records(folder: str | None) -> Records[Diagnostic]:
    return Records(folder, lambda d: [d.source, d.line, d.message], lambda d: Diagnostic(*d))


def seed_paths(seeds_dir: Path) -> list[Path]:
    """The seeds of a folder, ``*.txt``, in name order (the order that decides slug collisions)."""
    return sorted(seeds_dir.glob("*.txt"), key=lambda p: p.name)


def read_seed(path: Path) -> str:
    """The text of a seed file (see :mod:`generator.read.seedfile` for encodings and what is refused)."""
    return seedfile.read(path).text


def load(paths: Iterable[Path], root: Path | None = None) -> list[Discussion]:
    """Phase one: parse every seed; collect every rejection before failing.

    With ``root`` (the seeds folder), a seed that is a symlink leading outside it is refused.
    """
    discussions: list[Discussion] = []
    errors: list[SeedError] = []
    for path in paths:
        try:
            seed = seedfile.read(path, root)
            discussion = parse(seed.text, str(path))
            if seed.warnings:
                discussion = dataclasses.replace(discussion, warnings=(*seed.warnings, *discussion.warnings))
            discussions.append(discussion)
        except SeedError as error:
            errors.append(error)
    if errors:
        raise BuildError(errors)
    return assign_slugs(discussions)


def assign_slugs(discussions: list[Discussion]) -> list[Discussion]:
    """Give each discussion a unique slug; the later seed of a collision gets ``-2``, ``-3`` …"""
    bases = [base_slug(d.slug, d.title) for d in discussions]
    out: list[Discussion] = []
    for discussion, base, (slug, taken_by) in zip(
        discussions,
        bases,
        unique_slugs([(b, d.source) for b, d in zip(bases, discussions, strict=True)]),
        strict=True,
    ):
        warnings = discussion.warnings
        if taken_by is not None:
            warnings += (collision_warning(discussion.source, discussion.title_line, base, slug, taken_by),)
        out.append(dataclasses.replace(discussion, slug=slug, warnings=warnings))
    return out


def collision_warning(source: str, line: int, base: str, slug: str, taken_by: str) -> Diagnostic:
    """The warning for a page whose slug had to change because an earlier seed took it."""
    return Diagnostic(source, line or 1, f"slug {base!r} is taken by {taken_by}; this page is {slug!r}")


def render_site(discussions: list[Discussion], split: int = SPLIT_BYTES) -> dict[str, str]:
    """Phase two: every generated page, by path relative to the docs folder; a page family whose
    rows pass ``split`` characters splits (see :mod:`generator.pages.split`)."""
    summaries = [summarize(d) for d in discussions]
    pages = {
        page_path(d.slug): render_discussion(d, s.events) for d, s in zip(discussions, summaries, strict=True)
    }
    pages.update(render_pages(summaries, split))
    return pages


def write_pages(docs_dir: Path, pages: dict[str, str]) -> tuple[list[str], list[str]]:
    """Write the pages whose content changed and delete stale discussion pages.

    Unchanged files are left alone so ``mkdocs serve`` does not see a change and rebuild forever;
    each write goes to a temporary file renamed over the old one, so no page is ever half-written.
    """
    for relative in pages:
        if not is_site_page(relative) and not is_discussion_page(relative):
            raise ValueError(f"refusing to write {relative!r}: outside the generated pages")
    written = [
        relative
        for relative, content in sorted(pages.items())
        if write_if_changed(docs_dir / relative, content.encode("utf-8"))
    ]
    return written, remove_stale(docs_dir, set(pages))


def remove_stale(docs_dir: Path, keep: set[str]) -> list[str]:
    """Delete the discussion pages and the site-wide sub-pages not in ``keep`` (paths relative
    to ``docs_dir``); a sub-pages' folder left empty goes too."""
    removed: list[str] = []
    for folder in (PAGE_DIR, *FOLDERS.values()):
        page_dir = docs_dir / folder
        if not page_dir.is_dir():
            continue
        for stale in sorted(page_dir.glob("*.md")):
            relative = stale.relative_to(docs_dir).as_posix()
            if folder != PAGE_DIR and family_of(relative) is None:
                continue  # not a name a split makes: the user's page
            if relative not in keep:
                stale.unlink()
                removed.append(relative)
        if folder != PAGE_DIR and not any(page_dir.iterdir()):
            page_dir.rmdir()  # the family no longer splits: nothing of it stays in the nav's way
    return removed


def build(
    seeds_dir: Path,
    docs_dir: Path,
    *,
    write: bool = True,
    cache_file: Path | bool | None = True,
    split: int = SPLIT_BYTES,
) -> Report:
    """Read every seed of ``seeds_dir`` and (unless ``write`` is false) update ``docs_dir``.

    The same pages as ``write_pages(docs_dir, render_site(load(seed_paths(seeds_dir))))``, made
    one seed at a time (:mod:`generator.build.workers`) in memory that does not grow with the archive
    (:mod:`generator.build.siterows`), skipping seeds the cache knows unchanged. ``cache_file``:
    ``True`` for :data:`~generator.build.cache.CACHE_FILE` beside ``docs_dir``, a path, or
    ``None``/``False`` for no cache. ``split``: the site-wide pages' threshold (see
    :mod:`generator.pages.split`).
    """
    cache_path = docs_dir.parent / CACHE_FILE if cache_file is True else cache_file or None
    staging = None
    if write:
        # Beside the docs folder, so pages move into place by a rename; nothing is created in
        # docs/ (not even docs/ itself) before every seed is accepted.
        parent = docs_dir.parent if docs_dir.parent.is_dir() else None
        staging = tempfile.mkdtemp(prefix=".generator-", dir=parent)
    # Before any seed is read: what a later build may check to find nothing changed.
    observer = manifest.Observer(seeds_dir, docs_dir, staging) if write and cache_path else None
    # Names, not paths: a Path object costs several times its name, and there is one a seed.
    names = [path.name for path in seed_paths(seeds_dir)]
    if observer is not None and not _same(observer.names(), names):
        observer.trusted = False
    reader = cache.Reader(cache_path, split)  # opened last: closed by the finally below
    site_before = reader.site  # from the file the entries come from, whatever replaces it
    run = _Run(names, seeds_dir, docs_dir, staging, reader, site_before, split)
    try:
        try:
            report = run.build()
        except cache.DamagedEntry:
            # A damaged cache line was needed (its seed unchanged, its rows wanted for the
            # site-wide pages); nothing was written yet, and the cache is only an optimisation:
            # the build starts again without it.
            run.close()
            reader.close()
            reader, site_before = cache.Reader(None), {}
            run = _Run(names, seeds_dir, docs_dir, staging, reader, site_before, split)
            report = run.build()
        if cache_path is not None and observer is not None and run.writer is not None:
            entries_changed = run.writer.finish(run.pages, reader)
            record = observer.manifest(report.outcome(), sorted(run.site), split)
            # Checked after the manifest took its stats: a page edited since the build wrote or
            # checked it (by hand, by another build) is not recorded as the build's.
            if record is not None and (
                run.writer.count != len(report.discussions) or not _as_built(docs_dir, run.pages, run.site)
            ):
                record.close()
                record = None
            # The site-wide pages may stand next time only if the cache holds the rows of every
            # discussion they show: not so when one has no entry (its seed's stat failed, say);
            # then remove that seed, and every entry left would match.
            site = run.site if run.writer.count == len(report.discussions) else {}
            if (
                entries_changed
                or site != site_before
                or not run.writer.saved(cache_path, record, site, split)
            ):
                run.writer.save(cache_path, record, site, split)
            if record is not None:
                record.close()
    finally:
        run.close()
        reader.close()
        if observer is not None:
            observer.close()
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
    return report


def _same(first: Iterable[str], second: Iterable[str]) -> bool:
    """Whether two sequences of names are the same, read side by side."""
    end = object()
    return all(a == b for a, b in itertools.zip_longest(first, second, fillvalue=end))


def _fresh(
    entry: Entry | None, seed: Path, seen: tuple[int, ...] | None, root: Path, docs_dir: Path, write: bool
) -> Entry | None:
    """``entry`` if it still describes ``seed`` (whose :func:`seed_stamp` is ``seen``) and the
    page it wrote, else None."""
    if entry is None:
        return None
    if seen is None or seed.is_symlink():  # a symlink is checked afresh: where does it lead now?
        return None
    if not trusted_stamp(seen) or seen != entry.seed:
        try:
            if workers.read_seed(seed, root)[1] != entry.digest:
                return None
        except SeedError:
            return None
        entry = dataclasses.replace(entry, seed=seen)
    if write and stamp(docs_dir / page_path(entry.slug)) != entry.page:
        return None
    return entry


class _Run:
    """One build, seed after seed: each result is taken in as it comes (its slug settled, its
    page staged, its cache entry and its rows for the site-wide pages written out) and only its
    slug is kept in memory (collisions are settled against every earlier slug); the rest of what
    the build reports or needs at the end goes to temporary files (:mod:`generator.build.records`),
    so memory does not grow with the archive."""

    def __init__(
        self,
        names: list[str],
        root: Path,
        docs_dir: Path,
        staging: str | None,
        reader: cache.Reader,
        site_before: dict[str, tuple[int, int]],
        split: int = SPLIT_BYTES,
    ) -> None:
        self.names, self.root, self.docs_dir, self.staging = names, root, docs_dir, staging
        """The seeds' file names in the seeds folder ``root``, in name order."""
        # What str(root / name) puts before the name: "" for ".", else the folder and a "/".
        self._prefix = str(root / "x")[:-1]
        self.reader, self.site_before = reader, site_before
        write = staging is not None
        self.writer = cache.Writer(staging) if write else None
        """The new cache's entries."""
        self.rows = SiteRows(staging, split=split) if write else None
        """The site-wide pages' rows."""
        self.pages: Records[tuple[str, tuple[int, int] | None]] = Records(staging, _encode_page, _decode_page)
        """Each discussion page's slug and its stamp once in place (None if it has none), in
        seed order (for the cache and the manifest)."""
        self.site: dict[str, tuple[int, int]] = {}
        """Each site-wide page's stamp once in place (sub-pages too)."""
        # The site-wide pages stand (need no rendering) while every discussion so far is the
        # same as in the last build, in the same place under the same slug: their rows are
        # made only once one is not (see _take_rows).
        self._old = iter(reader.names())
        self._standing = write and len(reader) > 0
        self._matched = 0

    def build(self) -> Report:
        """Take in every seed; write the pages unless a seed is rejected (then raise BuildError)."""
        write = self.staging is not None
        now = time.time_ns()
        # Every seed's stamp before any is read; held as numbers in an array (see SeedStamps).
        stamps = SeedStamps(seed_stamp(self._source(name), now) for name in self.names)
        hits = bytearray(len(self.names))
        """1 for each seed whose cache entry is fresh."""
        for index, name in enumerate(self.names):
            source = self._source(name)
            entry = self.reader.get(name, source)
            if entry is not None:
                entry = _fresh(entry, Path(source), stamps[index], self.root, self.docs_dir, write)
            hits[index] = entry is not None
        docs, root = str(self.docs_dir), str(self.root)  # one string for every task
        # Made as the workers take them: a list of them would grow with the archive.
        tasks = (
            Task(self._source(name), docs, self.staging, root=root)
            for name, hit in zip(self.names, hits, strict=True)
            if not hit
        )
        fresh = process_all(tasks, len(hits) - sum(hits))
        taker: SlugTaker[int] = SlugTaker()
        errors: list[SeedError] = []
        built, warnings, notes = (
            _built_records(self.staging),
            _diagnostic_records(self.staging),
            _diagnostic_records(self.staging),
        )
        moves: Records[tuple[str | None, str, tuple[int, int] | None]] = Records(
            self.staging, _encode_move, _decode_move
        )
        try:
            for index, name in enumerate(self.names):
                source = self._source(name)
                result: SeedResult | Entry | None
                if hits[index]:
                    result, seen = self.reader.get(name, source), stamps[index]
                    assert result is not None and seen is not None  # as found fresh a moment ago
                    result = dataclasses.replace(result, seed=seen)
                else:
                    result = next(fresh)
                if isinstance(result, SeedResult) and result.error is not None:
                    errors.append(result.error)
                if errors:
                    continue  # nothing will be written: only the other rejections are wanted now
                base = result.base
                slug, taken_by = taker.take(base, index)
                warnings.extend(result.warnings)
                if taken_by is not None:
                    owner = self._source(self.names[taken_by])
                    warnings.append(collision_warning(source, result.title_line, base, slug, owner))
                notes.extend(result.notes)
                built.append(Built(source, slug, result.comments, result.threads))
                if write:
                    self._take(name, source, slug, result, stamps[index], moves, errors)
            # The last seed is in: let the workers' pool close (before anything else is forked).
            for _ in fresh:
                raise AssertionError("more results than seeds")
        finally:
            # On an exception too (a damaged cache entry, an interrupt): the workers are shut
            # down now, not whenever the collector gets to the generator.
            fresh.close()
        if errors:
            raise BuildError(errors)
        written = self._place(moves) if write else ()
        removed = (
            remove_stale(self.docs_dir, {page_path(b.slug) for b in built} | set(PAGES) | set(self.site))
            if write
            else []
        )
        return Report(
            discussions=built,
            warnings=warnings,
            notes=notes,
            written=written,
            removed=tuple(removed),
        )

    def _source(self, name: str) -> str:
        """The path of the seed named ``name``, as ``str(self.root / name)`` has it.

        Not made with pathlib: it costs a parse a seed, and it interns a name given alone (the
        names are kept to the end of the build, and so would be the interpreter's table of
        interned strings, a megabyte for 5,000 seeds)."""
        return self._prefix + name

    def close(self) -> None:
        """Drop the temporary files (the new cache's entries, the rows)."""
        if self.writer is not None:
            self.writer.close()
        if self.rows is not None:
            self.rows.close()

    def _take(
        self,
        name: str,
        source: str,
        slug: str,
        result: SeedResult | Entry,
        seed: tuple[int, ...] | None,
        moves: Records[tuple[str | None, str, tuple[int, int] | None]],
        errors: list[SeedError],
    ) -> None:
        """Stage the page of one accepted seed (named ``name``, at ``source``), write its cache
        entry and its rows."""
        assert self.writer is not None and self.staging is not None
        # A page rendered or cached under another slug is rendered again (rare: only when a
        # collision appears or goes).
        if (result.slug if isinstance(result, Entry) else result.compared_slug) != slug:
            result = process(
                Task(source, str(self.docs_dir), self.staging, target_slug=slug, root=str(self.root))
            )
            if result.error is not None:  # the seed changed under the build
                errors.append(result.error)
                return
        if isinstance(result, Entry):
            self.writer.add(name, result)
            moves.append((None, slug, result.page))  # its page as checked when found fresh
            self._take_rows(name, slug, result.rows, cached=True)
            return
        moves.append((result.staged, slug, None))
        assert result.rows is not None  # rendered: the build writes
        if seed is not None:
            entry = Entry(
                seed,
                result.digest,
                slug,
                result.base,
                result.comments,
                result.threads,
                (0, 0),  # its page's stamp: see cache.Writer.finish
                result.rows,
                result.title_line,
                result.warnings,
                result.notes,
            )
            self.writer.add(name, entry)
        self._take_rows(name, slug, result.rows)

    def _take_rows(self, name: str, slug: str, rows: str, *, cached: bool = False) -> None:
        """Add the rows (their JSON) of the seed named ``name``, unless the site-wide pages
        still stand; ``cached``: the rows and slug are that seed's in the last build's cache."""
        assert self.rows is not None
        if self._standing:
            old = next(self._old, None)
            if old == name and cached:  # the same line of the same cache: nothing to compare
                self._matched += 1
                return
            entry = self.reader.get(old) if old == name else None
            if entry is not None and (entry.slug, entry.rows) == (slug, rows):
                self._matched += 1
                return
            self._fall()
        self.rows.add(cache.decoded_rows(rows))  # from the cache file when ``cached``

    def _fall(self) -> None:
        """The site-wide pages do not stand after all: the rows of the discussions matched so far
        (the first of the last build's, unchanged) are added now."""
        assert self.rows is not None
        self._standing = False
        for name in self.reader.names()[: self._matched]:
            entry = self.reader.get(name)
            assert entry is not None  # matched a moment ago
            self.rows.add(entry.site_rows())

    def _stand(self) -> bool:
        """Whether the site-wide pages in place are already what this build would write: every
        discussion's rows (the pages are made of them alone) are the same as in the last build,
        in the same order, and the pages are as that build left them."""
        if not self._standing or self._matched != len(self.reader):
            return False
        # The same rows make the same pages, sub-pages included: those the last build recorded.
        before = self.site_before
        return set(PAGES) <= set(before) and _site_stamps(self.docs_dir, before) == before

    def _place(self, moves: Iterable[tuple[str | None, str, tuple[int, int] | None]]) -> Records[str]:
        """Move the staged pages into place (``moves``: staged page, or None when the page in place
        is already right; slug; the page's stamp when known, a cached one's) and write the
        site-wide pages that changed; the pages written, sorted."""
        # Sorted on disk past a small budget: there is a page a seed in a first build, and the
        # site-wide pages' rows are read off theirs (and their budgets) meanwhile.
        written = SortedRows(self.staging, budget=_WRITTEN_BUDGET)
        # Decided before any page moves: the rows _fall adds may find a damaged cache entry,
        # and then the build starts again with nothing written.
        stand = self._stand()
        if not stand and self._standing:
            self._fall()
        for staged, slug, known in moves:
            target = self.docs_dir / page_path(slug)
            if staged is not None:
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(staged, target)  # a rename when the staging folder is beside docs/
                written.add(page_path(slug), None)
            self.pages.append((slug, known or stamp(target)))
        if stand:
            self.site = dict(self.site_before)
        else:
            assert self.rows is not None
            # The largest family (the participants) is written in a process of its own while
            # this one writes the others: with the seeds done, the machine has a core to spare.
            jobs = [partial(_write_family, self.docs_dir, family, self.rows) for family in _FAMILY_ORDER]
            for family_pages in workers.run_jobs(jobs, seeds=len(self.names)):
                for relative, changed, found in family_pages:
                    if changed:
                        written.add(relative, None)
                    if found is not None:
                        self.site[relative] = found
        try:
            return Records.of((relative for relative, _, _ in written), self.staging)
        finally:
            written.close()


_WRITTEN_BUDGET = 200_000
"""Bytes (as :class:`~generator.build.sort.SortedRows` counts them) of written pages' paths sorted in
memory at a time (a thousand)."""


def _encode_move(move: tuple[str | None, str, tuple[int, int] | None]) -> list[object]:
    staged, slug, known = move
    return [staged, slug, None if known is None else list(known)]


def _decode_move(data: list[object]) -> tuple[str | None, str, tuple[int, int] | None]:
    staged, slug, known = data
    assert staged is None or isinstance(staged, str)
    assert isinstance(slug, str)
    return staged, slug, _decode_stamp(known)


def _encode_page(page: tuple[str, tuple[int, int] | None]) -> list[object]:
    slug, found = page
    return [slug, None if found is None else list(found)]


def _decode_page(data: list[object]) -> tuple[str, tuple[int, int] | None]:
    slug, found = data
    assert isinstance(slug, str)
    return slug, _decode_stamp(found)


def _decode_stamp(data: object) -> tuple[int, int] | None:
    if data is None:
        return None
    assert isinstance(data, list)
    size, mtime = data
    return size, mtime


def _site_stamps(docs_dir: Path, pages: Iterable[str]) -> dict[str, tuple[int, int]]:
    """Size and modification time of each of the site-wide ``pages`` that exists."""
    stamps = {relative: stamp(docs_dir / relative) for relative in pages}
    return {relative: found for relative, found in stamps.items() if found is not None}


_FAMILY_ORDER = ("participants.md", *(path for path in PAGES if path != "participants.md"))
"""The site-wide page families, the one that takes longest to render first (see
:func:`workers.run_jobs`)."""


def _write_family(
    docs_dir: Path, family: str, rows: SiteRows
) -> list[tuple[str, bool, tuple[int, int] | None]]:
    """Write each page of a family (see :meth:`SiteRows.family`) if its content changed: its
    path, whether it did, and the page's stamp then (what a later build checks it against)."""
    out: list[tuple[str, bool, tuple[int, int] | None]] = []
    for relative, lines in rows.family(family):
        target = docs_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        changed = write_chunks_if_changed(target, encoded_lines(lines))
        out.append((relative, changed, stamp(target)))
    return out


def _as_built(
    docs_dir: Path, pages: Iterable[tuple[str, tuple[int, int] | None]], site: dict[str, tuple[int, int]]
) -> bool:
    """Whether every page is still as the build wrote or found it (``pages``: each discussion
    page's slug and stamp, None if it had none; ``site``: the site-wide pages')."""
    if _site_stamps(docs_dir, site) != site:
        return False
    return all(stamp(docs_dir / page_path(slug)) == found for slug, found in pages if found is not None)


class SlugTaker(Generic[T]):
    """Gives out unique slugs in seed order: the later seed of a collision gets ``-2``, ``-3`` …;
    the one rule for both build paths. A slug depends only on the seeds before it, so the build
    settles each as its seed comes. Seeds are named by whatever the caller likes (their paths;
    the streaming build, which keeps every slug, names them by number, which costs less)."""

    def __init__(self) -> None:
        self._taken: dict[str, T] = {}

    def take(self, base: str, source: T) -> tuple[str, T | None]:
        """The unique slug for ``source`` (whose slug before collisions is ``base``), and the
        seed that took ``base`` if it was taken."""
        slug, count = base, 1
        while slug in self._taken:
            count += 1
            slug = f"{base}-{count}"
        self._taken[slug] = source
        return slug, self._taken[base] if slug != base else None


def unique_slugs(items: list[tuple[str, str]]) -> list[tuple[str, str | None]]:
    """For each (slug before collisions, source): its unique slug and who took the base, if anyone
    (see :class:`SlugTaker`)."""
    taker: SlugTaker[str] = SlugTaker()
    return [taker.take(base, source) for base, source in items]
