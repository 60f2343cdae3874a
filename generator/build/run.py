"""One build's pass over the seeds, in seed order, in memory that does not grow with the archive."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

from generator.build import cache, cacheline, workers
from generator.build.cacheline import Entry
from generator.build.journal import Journal
from generator.build.place import (
    FAMILY_ORDER,
    WRITTEN_BUDGET,
    Move,
    Placed,
    move_records,
    placed_records,
    site_stamps,
    stale_pages,
    write_family,
)
from generator.build.records import Records
from generator.build.report import BuildError, Built, Report, built_records, diagnostic_records, note_records
from generator.build.siterows import SiteRows, rows_from_json
from generator.build.sort import SortedRows
from generator.build.stamps import SeedStamps, Stamp, seed_stamp, stamp, trusted_stamp
from generator.build.workers import SeedResult, Task, process, process_all
from generator.errors import SeedError
from generator.pages.paths import PAGES, feed_path, page_path
from generator.pages.split import SPLIT_BYTES
from generator.read.slugs import SlugTaker, collision_warning


class SeedRun:
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
        site_before: dict[str, Stamp],
        split: int = SPLIT_BYTES,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        self.names, self.root, self.docs_dir, self.staging = names, root, docs_dir, staging
        """The seeds' file names in the seeds folder ``root``, in name order."""
        # What str(root / name) puts before the name: "" for ".", else the folder and a "/".
        self._prefix = str(root / "x")[:-1]
        self.reader, self.site_before = reader, site_before
        self.progress = progress
        """Told the seeds taken in so far and their total after each one (see :func:`build`)."""
        write = staging is not None
        self.writer = cache.Writer(staging, reader) if write else None
        """The new cache's entries."""
        self.rows = SiteRows(staging, split=split) if write else None
        """The site-wide pages' rows."""
        self.pages: Records[Placed] = placed_records(staging)
        """Each discussion page's slug and its stamp once in place (None if it has none), in
        seed order (for the cache and the manifest)."""
        self.site: dict[str, Stamp] = {}
        """Each site-wide page's stamp once in place (sub-pages too)."""
        # The site-wide pages stand (need no rendering) while every discussion so far is the
        # same as in the last build, in the same place under the same slug: their rows are
        # made only once one is not (see _add_rows).
        self._old = iter(reader.names())
        self._standing = write and len(reader) > 0
        self._matched = 0

    def build(self) -> Report:
        """Take in every seed; write the pages unless a seed is rejected (then raise BuildError)."""
        write = self.staging is not None
        now = time.time_ns()
        # Every seed's stamp before any is read; held as numbers in an array (see SeedStamps).
        stamps = SeedStamps(seed_stamp(self._source(name), now) for name in self.names)
        hits = self._cache_hits(stamps)
        docs, root = str(self.docs_dir), str(self.root)  # one string for every task
        # Made as the workers take them: a list of them would grow with the archive.
        tasks = (
            Task(self._source(name), docs, self.staging, root=root)
            for name, hit in zip(self.names, hits, strict=True)
            if not hit
        )
        fresh = process_all(tasks, len(hits) - sum(hits))
        taken = _Taken(self.staging)
        try:
            for index, name in enumerate(self.names):
                result: SeedResult | Entry | None
                if hits[index]:
                    result, seen = self.reader.get(name, self._source(name)), stamps[index]
                    assert result is not None and seen is not None  # as found fresh a moment ago
                    result = dataclasses.replace(result, seed=seen)
                else:
                    result = next(fresh)
                self._take(index, result, stamps[index], taken)
                if self.progress is not None:
                    self.progress(index + 1, len(self.names))
            # The last seed is in: let the workers' pool close (before anything else is forked).
            for _ in fresh:
                raise AssertionError("more results than seeds")
        finally:
            # On an exception too (a damaged cache entry, an interrupt): the workers are shut
            # down now, not whenever the collector gets to the generator.
            fresh.close()
        if taken.errors:
            raise BuildError(taken.errors)
        if not write:
            return Report(taken.built, taken.warnings, taken.notes)
        assert self.staging is not None
        # Every change is staged and written down before the first is made (see
        # generator.build.journal): a build that fails or is killed before the commit leaves
        # docs/ as it was, and one killed after it is completed by the next.
        journal = Journal(self.docs_dir, self.staging)
        try:
            written = self._stage_pages(taken.moves, journal)
            keep = {page_path(b.slug) for b in taken.built} | set(PAGES) | set(self.site)
            keep |= {feed_path(b.slug) for b in taken.built if b.feed}
            removed = stale_pages(self.docs_dir, keep)
            for relative in removed:
                journal.remove(relative)
        except BaseException:
            journal.close()
            raise
        journal.commit()
        return Report(taken.built, taken.warnings, taken.notes, written, tuple(removed))

    def _cache_hits(self, stamps: SeedStamps) -> bytearray:
        """1 for each seed whose cache entry is fresh, 0 for the others."""
        write = self.staging is not None
        hits = bytearray(len(self.names))
        for index, name in enumerate(self.names):
            source = self._source(name)
            entry = self.reader.get(name, source)
            if entry is not None:
                entry = _fresh(entry, Path(source), stamps[index], self.root, self.docs_dir, write)
            hits[index] = entry is not None
        return hits

    def _take(
        self, index: int, result: SeedResult | Entry, seen: tuple[int, ...] | None, taken: _Taken
    ) -> None:
        """Take in the seed number ``index``: settle its slug, report it and (when writing)
        stage its page; once a seed is rejected, only the other rejections are collected."""
        if isinstance(result, SeedResult) and result.error is not None:
            taken.errors.append(result.error)
        if taken.errors:
            return  # nothing will be written: only the other rejections are wanted now
        name = self.names[index]
        source = self._source(name)
        base = result.base
        slug, taken_by = taken.slugs.take(base, index)
        taken.warnings.extend(result.warnings)
        if taken_by is not None:
            owner = self._source(self.names[taken_by])
            taken.warnings.append(collision_warning(source, result.title_line, base, slug, owner))
        taken.notes.add_encoded(source, result.notes.count, result.notes.text)
        feed = result.feed is not None if isinstance(result, Entry) else result.feed
        taken.built.append(Built(source, slug, result.comments, result.threads, result.events, feed))
        if self.staging is not None:
            self._accept(name, source, slug, result, seen, taken.moves, taken.errors)

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

    def _accept(
        self,
        name: str,
        source: str,
        slug: str,
        result: SeedResult | Entry,
        seed: tuple[int, ...] | None,
        moves: Records[Move],
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
            # Its page and feed as checked when found fresh.
            moves.append(Move(None, slug, result.page, result.feed is not None, None, result.feed))
            self._add_rows(name, slug, result.rows, cached=True)
            return
        # Stamped now, not once in place: a rename keeps size and time, and the cache entry is
        # then written whole, once.
        page = stamp(result.staged or self.docs_dir / page_path(slug))
        feed = stamp(result.feed_staged or self.docs_dir / feed_path(slug)) if result.feed else None
        moves.append(Move(result.staged, slug, page, result.feed, result.feed_staged, feed))
        assert result.rows is not None  # rendered: the build writes
        # The rows first: decoding them leaves their UTF-8 with the string, which the cache
        # line then copies instead of encoding them again.
        self._add_rows(name, slug, result.rows)
        # No entry for a page (or comment feed) without a stamp: the next build renders it.
        if seed is not None and page is not None and (feed is not None or not result.feed):
            entry = Entry(
                seed,
                result.digest,
                slug,
                result.base,
                result.comments,
                result.threads,
                result.events,
                page,
                result.rows,
                result.title_line,
                result.warnings,
                result.notes,
                feed,
            )
            self.writer.add(name, entry)

    def _add_rows(self, name: str, slug: str, rows: str, *, cached: bool = False) -> None:
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
            self._add_skipped_rows()
        # From the cache file when ``cached``: then checked (the cache is data, not trusted HTML).
        self.rows.add(cacheline.decoded_rows(rows) if cached else rows_from_json(rows))

    def _add_skipped_rows(self) -> None:
        """The site-wide pages do not stand after all: the rows of the discussions matched so far
        (the first of the last build's, unchanged) are added now."""
        assert self.rows is not None
        self._standing = False
        for name in self.reader.names()[: self._matched]:
            entry = self.reader.get(name)
            assert entry is not None  # matched a moment ago
            self.rows.add(entry.site_rows())

    def _site_pages_stand(self) -> bool:
        """Whether the site-wide pages in place are already what this build would write: every
        discussion's rows (the pages are made of them alone) are the same as in the last build,
        in the same order, and the pages are as that build left them."""
        if not self._standing or self._matched != len(self.reader):
            return False
        # The same rows make the same pages, sub-pages included: those the last build recorded.
        before = self.site_before
        return set(PAGES) <= set(before) and site_stamps(self.docs_dir, before) == before

    def _stage_pages(self, moves: Iterable[Move], journal: Journal) -> Records[str]:
        """Write down the staged pages' moves into place (``moves``: staged page, or None when
        the page in place is already right; slug; the page's stamp when known, a cached one's)
        and stage the site-wide pages that changed; the pages to be written, sorted."""
        # Sorted on disk past a small budget: there is a page a seed in a first build, and the
        # site-wide pages' rows are read off theirs (and their budgets) meanwhile.
        written = SortedRows(self.staging, budget=WRITTEN_BUDGET)
        # Decided before any page moves: the rows _add_skipped_rows adds may find a damaged cache entry,
        # and then the build starts again with nothing written.
        stand = self._site_pages_stand()
        if not stand and self._standing:
            self._add_skipped_rows()
        for move in moves:
            relative = page_path(move.slug)
            if move.staged is not None:
                journal.move(move.staged, relative)
                written.add(relative, None)
            feed_stamp = None
            if move.feed:
                feed = feed_path(move.slug)
                if move.feed_staged is not None:
                    journal.move(move.feed_staged, feed)
                    written.add(feed, None)
                feed_stamp = move.feed_known or stamp(move.feed_staged or self.docs_dir / feed)
            # A staged page's stamp is the one it has in place: a rename keeps size and time.
            page_stamp = move.known or stamp(move.staged or self.docs_dir / relative)
            self.pages.append(Placed(move.slug, page_stamp, feed_stamp))
        if stand:
            self.site = dict(self.site_before)
        else:
            assert self.rows is not None
            # The largest family (the participants) is written in a process of its own while
            # this one writes the others: with the seeds done, the machine has a core to spare.
            docs, staging = self.docs_dir, self.staging
            assert staging is not None
            jobs = [partial(write_family, docs, family, self.rows, staging) for family in FAMILY_ORDER]
            for family_pages in workers.run_jobs(jobs, seeds=len(self.names)):
                for relative, changed, found, staged_page in family_pages:
                    if changed:
                        assert staged_page is not None
                        journal.move(staged_page, relative)
                        written.add(relative, None)
                    if found is not None:
                        self.site[relative] = found
        try:
            return Records.of((relative for relative, _, _ in written), self.staging)
        finally:
            written.close()


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
    if write and entry.feed is not None and stamp(docs_dir / feed_path(entry.slug)) != entry.feed:
        return None
    return entry


class _Taken:
    """What a build has taken in so far, in seed order: on disk past a few records (see
    :class:`~generator.build.records.Records`), but for the slugs, which settle collisions."""

    def __init__(self, folder: str | None) -> None:
        self.slugs: SlugTaker[int] = SlugTaker()
        """Every slug given out, with the number of the seed that took it."""
        self.built = built_records(folder)
        """A line of the report per discussion."""
        self.warnings = diagnostic_records(folder)
        """The seeds' warnings, collisions included."""
        self.notes = note_records(folder)
        """The seeds' notes (page chrome)."""
        self.moves = move_records(folder)
        """The pages to put in place."""
        self.errors: list[SeedError] = []
        """The rejected seeds' errors."""
