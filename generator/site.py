"""The whole build in two phases: read and parse every seed, then render and write all pages.

Site-wide pages (the index) see every discussion before anything is written, and nothing is
written at all when any seed is rejected, so a failed build leaves the previous pages in place.
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path, PurePosixPath

from generator import cache, manifest, seedfile, stream
from generator.cache import CACHE_FILE, Entry, seed_stamp, stamp, trusted_stamp
from generator.dialects import parse
from generator.errors import SeedError
from generator.files import encoded_lines, write_chunks_if_changed, write_if_changed
from generator.model import Diagnostic, Discussion
from generator.participants import participant_lines, render_participants
from generator.render import PAGE_DIR, page_path, render_discussion, render_index
from generator.stream import SeedResult, Task, base_slug, process, process_all
from generator.summary import Summary, summarize
from generator.timeline_page import TIMELINE_PAGE, render_site_timeline, site_timeline_lines

SITE_PAGES: tuple[tuple[str, Callable[[list[Summary]], str]], ...] = (
    ("index.md", render_index),
    ("participants.md", render_participants),
    (TIMELINE_PAGE, render_site_timeline),
)
"""Site-wide pages, by path relative to the docs folder, each rendered from every discussion's
:class:`Summary` (never from whole discussions, so a large archive need not stay in memory)."""

SITE_PAGE_LINES: dict[str, Callable[[list[Summary]], Iterable[str]]] = {
    "participants.md": participant_lines,
    TIMELINE_PAGE: site_timeline_lines,
}
"""The site-wide pages that grow with the archive, line by line: joined with newlines, exactly
what their :data:`SITE_PAGES` function renders. The build writes them as they come, so a page
of many megabytes is never held whole (nor twice, as text and as bytes)."""


class BuildError(Exception):
    """One or more seeds were rejected; the message has one ``path:line: …`` line per seed."""

    def __init__(self, errors: list[SeedError]) -> None:
        super().__init__("\n".join(str(error) for error in errors))
        self.errors = errors
        """The rejected seeds' errors, in seed order."""


@dataclass(frozen=True)
class Report:
    """What a build did."""

    summaries: tuple[Summary, ...]
    """One per discussion, in seed order."""

    warnings: tuple[Diagnostic, ...]
    """Oddities in the seeds (the text was kept)."""

    notes: tuple[Diagnostic, ...]
    """Lines kept out of the content, such as page chrome: reported, never silently dropped."""

    written: tuple[str, ...] = ()
    """Pages whose content changed and were rewritten (relative to the docs folder)."""

    removed: tuple[str, ...] = ()
    """Stale pages deleted because their seed is gone or renamed."""

    def outcome(self) -> manifest.Outcome:
        """What the build reports, as the manifest keeps it (see :mod:`generator.manifest`)."""
        return manifest.Outcome(
            [(s.source, s.slug, s.comments, s.threads) for s in self.summaries],
            [(w.source, w.line, w.message) for w in self.warnings],
            [(n.source, n.line, n.message) for n in self.notes],
        )


def seed_paths(seeds_dir: Path) -> list[Path]:
    """The seeds of a folder, ``*.txt``, in name order (the order that decides slug collisions)."""
    return sorted(seeds_dir.glob("*.txt"), key=lambda p: p.name)


def read_seed(path: Path) -> str:
    """The text of a seed file (see :mod:`generator.seedfile` for encodings and what is refused)."""
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


def render_site(discussions: list[Discussion]) -> dict[str, str]:
    """Phase two: every generated page, by path relative to the docs folder."""
    summaries = [summarize(d) for d in discussions]
    pages = {
        page_path(d.slug): render_discussion(d, s.events) for d, s in zip(discussions, summaries, strict=True)
    }
    for path, render in SITE_PAGES:
        pages[path] = render(summaries)
    return pages


def write_pages(docs_dir: Path, pages: dict[str, str]) -> tuple[list[str], list[str]]:
    """Write the pages whose content changed and delete stale discussion pages.

    Unchanged files are left alone so ``mkdocs serve`` does not see a change and rebuild forever;
    each write goes to a temporary file renamed over the old one, so no page is ever half-written.
    """
    allowed = {path for path, _ in SITE_PAGES}
    for relative in pages:
        parts = PurePosixPath(relative).parts
        if relative not in allowed and not (len(parts) == 2 and parts[0] == PAGE_DIR and ".." not in parts):
            raise ValueError(f"refusing to write {relative!r}: outside the generated pages")
    written = [
        relative
        for relative, content in sorted(pages.items())
        if write_if_changed(docs_dir / relative, content.encode("utf-8"))
    ]
    return written, remove_stale(docs_dir, set(pages))


def remove_stale(docs_dir: Path, keep: set[str]) -> list[str]:
    """Delete the discussion pages not in ``keep`` (paths relative to ``docs_dir``)."""
    removed: list[str] = []
    page_dir = docs_dir / PAGE_DIR
    if page_dir.is_dir():
        for stale in sorted(page_dir.glob("*.md")):
            relative = stale.relative_to(docs_dir).as_posix()
            if relative not in keep:
                stale.unlink()
                removed.append(relative)
    return removed


def build(
    seeds_dir: Path, docs_dir: Path, *, write: bool = True, cache_file: Path | bool | None = True
) -> Report:
    """Read every seed of ``seeds_dir`` and (unless ``write`` is false) update ``docs_dir``.

    The same pages as ``write_pages(docs_dir, render_site(load(seed_paths(seeds_dir))))``, made
    one seed at a time (:mod:`generator.stream`) so memory stays flat, skipping seeds the cache
    knows unchanged. ``cache_file``: ``True`` for :data:`~generator.cache.CACHE_FILE` beside
    ``docs_dir``, a path, or ``None``/``False`` for no cache.
    """
    cache_path = docs_dir.parent / CACHE_FILE if cache_file is True else cache_file or None
    # Before any seed is read: what a later build may check to find nothing changed.
    observer = manifest.Observer(seeds_dir, docs_dir) if write and cache_path else None
    paths = seed_paths(seeds_dir)
    if observer is not None and [str(record[0]) for record in observer.seeds] != [p.name for p in paths]:
        observer.trusted = False
    cached = cache.load(cache_path) if cache_path else {}
    site_before = cache.site_stamps(cache_path) if cache_path else {}
    staging = None
    if write:
        # Beside the docs folder, so pages move into place by a rename; nothing is created in
        # docs/ (not even docs/ itself) before every seed is accepted.
        parent = docs_dir.parent if docs_dir.parent.is_dir() else None
        staging = tempfile.mkdtemp(prefix=".generator-", dir=parent)
    try:
        report, entries, site_after = _build(paths, seeds_dir, docs_dir, staging, cached, site_before)
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
    if cache_path is not None and observer is not None:
        record = observer.manifest(report.outcome(), [path for path, _ in SITE_PAGES])
        # Checked after the manifest took its stats: a page edited since the build wrote or
        # checked it (by hand, by another build) is not recorded as the build's.
        if record is not None and not _as_built(docs_dir, report, entries, site_after):
            record = None
        if entries != cached or record != manifest.read_manifest(cache_path) or site_after != site_before:
            cache.save(cache_path, entries, record, site_after)
    return report


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
            if stream.read_seed(seed, root)[1] != entry.digest:
                return None
        except SeedError:
            return None
        entry = dataclasses.replace(entry, seed=seen)
    if write and stamp(docs_dir / page_path(entry.slug)) != entry.page:
        return None
    return entry


def _build(
    paths: list[Path],
    root: Path,
    docs_dir: Path,
    staging: str | None,
    cached: dict[str, Entry],
    site_before: dict[str, tuple[int, int]],
) -> tuple[Report, dict[str, Entry], dict[str, tuple[int, int]]]:
    write = staging is not None
    hits: dict[int, Entry] = {}
    tasks: list[Task] = []
    now = time.time_ns()
    stamps = [seed_stamp(path, now) for path in paths]
    for index, path in enumerate(paths):
        entry = _fresh(cached.get(str(path)), path, stamps[index], root, docs_dir, write)
        if entry is not None:
            hits[index] = entry
        else:
            tasks.append(Task(str(path), str(docs_dir), staging, root=str(root)))
    # Consumed to the end, so that the worker processes have finished before anything else is
    # forked (see stream.run_jobs), not whenever the generator happens to be collected.
    fresh = iter(list(process_all(tasks)))
    results: list[SeedResult | Entry] = [hits[i] if i in hits else next(fresh) for i in range(len(paths))]
    errors = [r.error for r in results if isinstance(r, SeedResult) and r.error is not None]
    if errors:
        raise BuildError(errors)

    # Slugs need every title, so they are settled only now; a page rendered or cached under
    # another slug is rendered again (rare: only when a collision appears or goes).
    slugs = unique_slugs([(r.summary.slug, r.summary.source) for r in results])
    summaries: list[Summary] = []
    warnings: list[Diagnostic] = []
    notes: list[Diagnostic] = []
    written: list[str] = []
    entries: dict[str, Entry] = {}
    for index, (result, (slug, taken_by)) in enumerate(zip(results, slugs, strict=True)):
        source = result.summary.source
        warnings.extend(result.warnings)
        if taken_by is not None:
            warnings.append(collision_warning(source, result.title_line, result.summary.slug, slug, taken_by))
        notes.extend(result.notes)
        summaries.append(dataclasses.replace(result.summary, slug=slug))
        if not write:
            continue
        target = docs_dir / page_path(slug)
        if isinstance(result, Entry):
            if result.slug != slug:
                result = process(Task(source, str(docs_dir), staging, target_slug=slug, root=str(root)))
        elif result.compared_slug != slug:
            result = process(Task(source, str(docs_dir), staging, target_slug=slug, root=str(root)))
        if isinstance(result, SeedResult):
            if result.staged is not None:
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(result.staged, target)  # a rename when the staging folder is beside docs/
                written.append(page_path(slug))
            page, seed = stamp(target), stamps[index]
            if page is not None and seed is not None and result.summary_json is not None:
                entries[source] = Entry(
                    seed,
                    result.digest,
                    slug,
                    page,
                    result.summary,
                    result.summary_json,
                    result.title_line,
                    result.warnings,
                    result.notes,
                )
        else:
            entries[source] = result

    site: dict[str, tuple[int, int]] = {}
    if write and _site_pages_stand(results, slugs, cached, site_before, docs_dir):
        site = dict(site_before)
        removed = remove_stale(docs_dir, {page_path(s.slug) for s in summaries} | {p for p, _ in SITE_PAGES})
    elif write:
        # The largest page (the participants) is written in a process of its own while this
        # one writes the others: with the seeds done, the machine has a core to spare.
        jobs = [partial(_write_site_page, docs_dir, relative, summaries) for relative in _SITE_PAGE_ORDER]
        for relative, (changed, found) in zip(
            _SITE_PAGE_ORDER, stream.run_jobs(jobs, seeds=len(paths)), strict=True
        ):
            written += [relative] if changed else []
            if found is not None:
                site[relative] = found
        removed = remove_stale(docs_dir, {page_path(s.slug) for s in summaries} | {p for p, _ in SITE_PAGES})
    else:
        removed = []
    report = Report(
        summaries=tuple(summaries),
        warnings=tuple(warnings),
        notes=tuple(notes),
        written=tuple(sorted(written)),
        removed=tuple(removed),
    )
    return report, entries, site


def _site_stamps(docs_dir: Path) -> dict[str, tuple[int, int]]:
    """Size and modification time of each site-wide page that exists."""
    stamps = {relative: stamp(docs_dir / relative) for relative, _ in SITE_PAGES}
    return {relative: found for relative, found in stamps.items() if found is not None}


def _site_pages_stand(
    results: list[SeedResult | Entry],
    slugs: list[tuple[str, str | None]],
    cached: dict[str, Entry],
    site_before: dict[str, tuple[int, int]],
    docs_dir: Path,
) -> bool:
    """Whether the site-wide pages in place are already what this build would write: they are
    as the last build left them, and every discussion's summary (the pages are made from the
    summaries alone) is the same as then, in the same order under the same slug. Spares the
    rendering of many megabytes when a seed changed in a way no site-wide page shows."""
    if not cached or len(cached) != len(results) or _site_stamps(docs_dir) != site_before:
        return False
    if set(site_before) != {relative for relative, _ in SITE_PAGES}:
        return False
    for result, (slug, _), (source, before) in zip(results, slugs, cached.items(), strict=True):
        if (result.summary.source, slug, result.summary_json) != (source, before.slug, before.summary_json):
            return False
    return True


_SITE_PAGE_ORDER = ("participants.md", *(path for path, _ in SITE_PAGES if path != "participants.md"))
"""The site-wide pages, the one that takes longest to render first (see :func:`stream.run_jobs`)."""


def _write_site_page(
    docs_dir: Path, relative: str, summaries: list[Summary]
) -> tuple[bool, tuple[int, int] | None]:
    """Write one site-wide page if its content changed: whether it did, and the page's stamp
    then (what a later build checks it against)."""
    render = dict(SITE_PAGES)[relative]
    lines = SITE_PAGE_LINES[relative](summaries) if relative in SITE_PAGE_LINES else [render(summaries)]
    changed = write_chunks_if_changed(docs_dir / relative, encoded_lines(lines))
    return changed, stamp(docs_dir / relative)


def _as_built(
    docs_dir: Path, report: Report, entries: dict[str, Entry], site: dict[str, tuple[int, int]]
) -> bool:
    """Whether every page is still as the build wrote or found it (its cache entry's stamp)."""
    if len(entries) != len(report.summaries) or _site_stamps(docs_dir) != site:
        return False
    return all(stamp(docs_dir / page_path(entry.slug)) == entry.page for entry in entries.values())


def unique_slugs(items: list[tuple[str, str]]) -> list[tuple[str, str | None]]:
    """For each (slug before collisions, source): its unique slug and who took the base, if anyone.

    The later seed of a collision gets ``-2``, ``-3`` …; the one rule for both build paths.
    """
    taken: dict[str, str] = {}
    out: list[tuple[str, str | None]] = []
    for base, source in items:
        slug, count = base, 1
        while slug in taken:
            count += 1
            slug = f"{base}-{count}"
        out.append((slug, taken[base] if slug != base else None))
        taken[slug] = source
    return out
