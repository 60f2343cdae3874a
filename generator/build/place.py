"""Putting pages in place: staged discussion pages moved in, site-wide pages written where they
changed, stale pages removed, and the stamps a later build checks them against."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from generator.build.files import encoded_lines, write_chunks_if_changed
from generator.build.records import Records
from generator.build.siterows import SiteRows
from generator.build.stamps import Stamp, stamp
from generator.pages.paths import (
    FOLDERS,
    PAGE_DIR,
    PAGES,
    PARTICIPANTS_PAGE,
    family_of,
    feed_path,
    page_path,
)


def stale_pages(docs_dir: Path, keep: set[str]) -> list[str]:
    """The discussion pages (and their comment feeds) and the site-wide sub-pages not in
    ``keep`` (paths relative to ``docs_dir``), which a build removes."""
    stale: list[str] = []
    for folder in (PAGE_DIR, *FOLDERS.values()):
        page_dir = docs_dir / folder
        if not page_dir.is_dir():
            continue
        found = [*page_dir.glob("*.md"), *(page_dir.glob("*.xml") if folder == PAGE_DIR else ())]
        for page in sorted(found):
            relative = page.relative_to(docs_dir).as_posix()
            if folder != PAGE_DIR and family_of(relative) is None:
                continue  # not a name a split makes: the user's page
            if relative not in keep:
                stale.append(relative)
    return stale


def remove_stale(docs_dir: Path, keep: set[str]) -> list[str]:
    """Delete the discussion pages and the site-wide sub-pages not in ``keep`` (paths relative
    to ``docs_dir``); a sub-pages' folder left empty goes too. (The build removes them through
    its journal, :mod:`generator.build.journal`, with the rest of its changes.)"""
    removed = stale_pages(docs_dir, keep)
    for relative in removed:
        (docs_dir / relative).unlink()
    for folder in FOLDERS.values():
        page_dir = docs_dir / folder
        if page_dir.is_dir() and not any(page_dir.iterdir()):
            page_dir.rmdir()  # the family no longer splits: nothing of it stays in the nav's way
    return removed


WRITTEN_BUDGET = 200_000
"""Bytes (as :class:`~generator.build.sort.SortedRows` counts them) of written pages' paths sorted in
memory at a time (a thousand)."""


class Move(NamedTuple):
    """A discussion page to put in place once every seed is accepted."""

    staged: str | None
    """The staged page, or None when the page in place is already right."""

    slug: str
    """Its slug (collisions settled)."""

    known: Stamp | None
    """The page's stamp when known (a cached page's, checked when its entry was found fresh)."""

    feed: bool = False
    """Whether the discussion has a comment feed."""

    feed_staged: str | None = None
    """The staged comment feed, or None when the one in place is already right (or there is none)."""

    feed_known: Stamp | None = None
    """The comment feed's stamp when known (a cached one's)."""


class Placed(NamedTuple):
    """A discussion page in place, as the cache and the manifest record it."""

    slug: str
    """Its slug."""

    stamp: Stamp | None
    """Its size and modification time once in place (None if it has none)."""

    feed: Stamp | None = None
    """Its comment feed's, once in place (None if it has none)."""


def _stamp(data: object) -> Stamp | None:
    if data is None:
        return None
    assert isinstance(data, list)
    size, mtime = data
    return size, mtime


def move_records(folder: str | None) -> Records[Move]:
    """An on-disk sequence of :class:`Move` (see :class:`~generator.build.records.Records`)."""
    return Records(
        folder,
        list,
        lambda data: Move(data[0], data[1], _stamp(data[2]), data[3], data[4], _stamp(data[5])),
    )


def placed_records(folder: str | None) -> Records[Placed]:
    """An on-disk sequence of :class:`Placed`."""
    return Records(folder, list, lambda data: Placed(data[0], _stamp(data[1]), _stamp(data[2])))


def site_stamps(docs_dir: Path, pages: Iterable[str]) -> dict[str, Stamp]:
    """Size and modification time of each of the site-wide ``pages`` that exists."""
    stamps = {relative: stamp(docs_dir / relative) for relative in pages}
    return {relative: found for relative, found in stamps.items() if found is not None}


FAMILY_ORDER = (PARTICIPANTS_PAGE, *(path for path in PAGES if path != PARTICIPANTS_PAGE))
"""The site-wide page families, the one that takes longest to render first (see
:func:`generator.build.workers.run_jobs`)."""


class Written(NamedTuple):
    """A site-wide page as :func:`write_family` left it."""

    relative: str
    """Its path, relative to the docs folder."""

    changed: bool
    """Whether its content changed (and it was written)."""

    stamp: Stamp | None
    """Its stamp then (what a later build checks it against; the staged page's, which its
    rename into place keeps)."""

    staged: str | None
    """The new page in the staging folder, to be moved into place; None if unchanged."""


def write_family(docs_dir: Path, family: str, rows: SiteRows, staging: str) -> list[Written]:
    """Stage each page of a family (see :meth:`SiteRows.family`) whose content changed, under
    ``site/`` in the staging folder ``staging``; the docs folder is only read."""
    out: list[Written] = []
    for relative, lines in rows.family(family):
        target = docs_dir / relative
        staged = Path(staging, "site", relative)
        staged.parent.mkdir(parents=True, exist_ok=True)
        changed = write_chunks_if_changed(target, encoded_lines(lines), into=staged)
        if changed:
            out.append(Written(relative, True, stamp(staged), str(staged)))
        else:
            out.append(Written(relative, False, stamp(target), None))
    return out


def as_built(docs_dir: Path, pages: Iterable[Placed], site: dict[str, Stamp]) -> bool:
    """Whether every page is still as the build wrote or found it (``pages``: the discussion
    pages; ``site``: the site-wide pages' stamps)."""
    if site_stamps(docs_dir, site) != site:
        return False
    return all(
        (found is None or stamp(docs_dir / page_path(slug)) == found)
        and (feed is None or stamp(docs_dir / feed_path(slug)) == feed)
        for slug, found, feed in pages
    )
