"""The build: every seed of a folder to the pages of the docs folder, one seed at a time.

Nothing is written to the docs folder before every seed is accepted, so a failed build leaves
the previous pages in place; unchanged seeds come from the cache, unchanged pages are left alone.
"""

from __future__ import annotations

import dataclasses
import itertools
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

from generator.build import cache, cacheline, journal, lock, manifest
from generator.build.manifest import CACHE_FILE, LOCK_FILE
from generator.build.place import as_built
from generator.build.report import Report
from generator.build.run import SeedRun
from generator.errors import shown_path
from generator.pages.split import SPLIT_BYTES
from generator.read.suffixes import is_seed


def seed_paths(seeds_dir: Path) -> list[Path]:
    """The seeds of a folder (``*.txt``, ``*.html`` …, see :mod:`generator.read.suffixes`), in name
    order (the order that decides slug collisions)."""
    return sorted((p for p in seeds_dir.glob("*") if is_seed(p.name)), key=lambda p: p.name)


def build(
    seeds_dir: Path,
    docs_dir: Path,
    *,
    write: bool = True,
    cache_file: Path | bool | None = True,
    split: int = SPLIT_BYTES,
    waiting: Callable[[str], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Report:
    """Read every seed of ``seeds_dir`` and (unless ``write`` is false) update ``docs_dir``.

    The same pages as the reference build of the tests (``tests/reference.py``), made
    one seed at a time (:mod:`generator.build.workers`) in memory that does not grow with the archive
    (:mod:`generator.build.siterows`), skipping seeds the cache knows unchanged. ``cache_file``:
    ``True`` for :data:`~generator.build.manifest.CACHE_FILE` beside ``docs_dir``, a path, or
    ``None``/``False`` for no cache. ``split``: the site-wide pages' threshold (see
    :mod:`generator.pages.split`). ``progress`` is called with the number of seeds taken in so
    far and their total after each one (the command line's progress bar).

    A build that writes holds the docs folder's lock (:mod:`generator.build.lock`) throughout:
    if another holds it, ``waiting`` is called with a one-line message, and the build waits.
    It first completes what a killed build left undone (:func:`generator.build.journal.recover`).
    """
    if not write:
        return _build(seeds_dir, docs_dir, write=False, cache_file=cache_file, split=split, progress=progress)
    with lock.exclusive(docs_dir.parent / LOCK_FILE, waiting):
        journal.recover(docs_dir)
        journal.remove_stale_staging(docs_dir)
        return _build(seeds_dir, docs_dir, write=True, cache_file=cache_file, split=split, progress=progress)


def _build(
    seeds_dir: Path,
    docs_dir: Path,
    *,
    write: bool,
    cache_file: Path | bool | None,
    split: int,
    progress: Callable[[int, int], None] | None,
) -> Report:
    """:func:`build`, the lock held when ``write``."""
    cache_path = docs_dir.parent / CACHE_FILE if cache_file is True else cache_file or None
    if not write:
        return _build_in(seeds_dir, docs_dir, None, cache_path, split, progress)
    # Beside the docs folder, so pages move into place by a rename; nothing is created in
    # docs/ (not even docs/ itself) before every seed is accepted.
    staging = journal.make_staging(docs_dir)
    try:
        return _build_in(seeds_dir, docs_dir, staging, cache_path, split, progress)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _build_in(
    seeds_dir: Path,
    docs_dir: Path,
    staging: str | None,
    cache_path: Path | None,
    split: int,
    progress: Callable[[int, int], None] | None,
) -> Report:
    """:func:`build` with the staging folder ``staging`` (None: write nothing)."""
    write = staging is not None
    # Before any seed is read: what a later build may check to find nothing changed.
    observer = manifest.Observer(seeds_dir, docs_dir, staging) if write and cache_path else None
    # Names, not paths: a Path object costs several times its name, and there is one a seed.
    names = [path.name for path in seed_paths(seeds_dir)]
    if observer is not None and not _same(observer.names(), names):
        observer.trusted = False
    reader = cache.Reader(cache_path, split)  # opened last: closed by the finally below
    site_before = reader.site  # from the file the entries come from, whatever replaces it
    run = SeedRun(names, seeds_dir, docs_dir, staging, reader, site_before, split, progress)
    try:
        try:
            report = run.build()
        except cacheline.DamagedEntry:
            # A damaged cache line was needed (its seed unchanged, its rows wanted for the
            # site-wide pages); nothing was written yet, and the cache is only an optimisation:
            # the build starts again without it.
            run.close()
            reader.close()
            reader, site_before = cache.Reader(None), {}
            run = SeedRun(names, seeds_dir, docs_dir, staging, reader, site_before, split, progress)
            report = run.build()
        if cache_path is not None and observer is not None:
            try:
                _save_cache(cache_path, run, observer, report, split)
            except OSError as error:
                # The pages are in place: the build did its work, only the next one is slower.
                why, where = error.strerror or str(error), shown_path(str(cache_path))
                problem = f"{where}: cache not saved ({why}); the next build reads every seed"
                report = dataclasses.replace(report, cache_problem=problem)
    finally:
        run.close()
        reader.close()
        if observer is not None:
            observer.close()
    return report


def _save_cache(
    cache_path: Path,
    run: SeedRun,
    observer: manifest.Observer,
    report: Report,
    split: int,
) -> None:
    """Write the cache file for the next build (unless it already holds what this one would
    write): the entries of ``run``, and the manifest of what the build saw (``observer``) if
    the pages are still as the build left them."""
    assert run.writer is not None
    entries_changed = run.writer.changed()
    record = observer.manifest(report.outcome(), sorted(run.site), split)
    # Checked after the manifest took its stats: a page edited since the build wrote or
    # checked it (by hand, by another build) is not recorded as the build's.
    if record is not None and (
        run.writer.count != len(report.discussions) or not as_built(run.docs_dir, run.pages, run.site)
    ):
        record.close()
        record = None
    # The site-wide pages may stand next time only if the cache holds the rows of every
    # discussion they show: not so when one has no entry (its seed's stat failed, say);
    # then remove that seed, and every entry left would match.
    site = run.site if run.writer.count == len(report.discussions) else {}
    try:
        if (
            entries_changed
            or site != run.site_before
            or not run.writer.saved(cache_path, record, site, split)
        ):
            run.writer.save(cache_path, record, site, split)
    finally:
        if record is not None:
            record.close()


def _same(first: Iterable[str], second: Iterable[str]) -> bool:
    """Whether two sequences of names are the same, read side by side."""
    end = object()
    return all(a == b for a, b in itertools.zip_longest(first, second, fillvalue=end))
