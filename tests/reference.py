"""The reference build the streaming one is tested against: every seed read and parsed, slugs
settled, every page rendered, all in memory, from the same pure functions the build's workers
call (reading, slugs, analysis, rendering, the site-wide rows). The build must write exactly
these pages (``tests/test_incremental.py``, ``tests/test_golden.py``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

from generator.analysis.summary import Summary, summarize
from generator.build.cache import Reader
from generator.build.cacheline import Entry
from generator.build.files import write_if_changed
from generator.build.place import remove_stale
from generator.build.report import BuildError
from generator.build.siterows import SiteRows, summary_rows
from generator.build.workers import load_seed
from generator.errors import SeedError
from generator.model import Discussion
from generator.pages.discussion import render_discussion
from generator.pages.paths import PAGES, is_discussion_page, is_site_page, page_path
from generator.pages.split import SPLIT_BYTES
from generator.read import seeds
from generator.read.slugs import SlugTaker, base_slug, collision_warning


def read_seed(path: Path) -> str:
    """The text of a seed file (see :mod:`generator.read.seedfile` for encodings and what is refused)."""
    return seeds.read(path).text


def load(paths: Iterable[Path], root: Path | None = None) -> list[Discussion]:
    """Parse every seed and settle the slugs; collect every rejection before failing.

    With ``root`` (the seeds folder), a seed that is a symlink leading outside it is refused.
    """
    discussions: list[Discussion] = []
    errors: list[SeedError] = []
    for path in paths:
        try:
            discussions.append(load_seed(path, root)[0])
        except SeedError as error:
            errors.append(error)
    if errors:
        raise BuildError(errors)
    return assign_slugs(discussions)


def assign_slugs(discussions: list[Discussion]) -> list[Discussion]:
    """Give each discussion a unique slug; the later seed of a collision gets ``-2``, ``-3`` …"""
    taker: SlugTaker[str] = SlugTaker()
    out: list[Discussion] = []
    for discussion in discussions:
        base = base_slug(discussion.slug, discussion.title)
        slug, taken_by = taker.take(base, discussion.source)
        warnings = discussion.warnings
        if taken_by is not None:
            warnings += (collision_warning(discussion.source, discussion.title_line, base, slug, taken_by),)
        out.append(dataclasses.replace(discussion, slug=slug, warnings=warnings))
    return out


def render_site(discussions: list[Discussion], split: int = SPLIT_BYTES) -> dict[str, str]:
    """Every generated page, by path relative to the docs folder; a page family whose rows pass
    ``split`` characters splits (see :mod:`generator.pages.split`)."""
    summaries = [summarize(d) for d in discussions]
    pages = {
        page_path(d.slug): render_discussion(d, s.events) for d, s in zip(discussions, summaries, strict=True)
    }
    pages.update(render_pages(summaries, split))
    return pages


def render_pages(summaries: list[Summary], split: int = SPLIT_BYTES) -> dict[str, str]:
    """Every site-wide page made from ``summaries`` (in seed order, with their final slugs) the
    way the build makes them, in one go."""
    rows = SiteRows(split=split)
    try:
        for summary in summaries:
            rows.add(summary_rows(summary))
        pages = {path: "\n".join(lines) for family in PAGES for path, lines in rows.family(family)}
        assert sorted(pages) == sorted(rows.pages())  # what the build will expect to find
        return pages
    finally:
        rows.close()  # the run files, past the budget


def render_page(page: str, summaries: list[Summary], split: int = SPLIT_BYTES) -> str:
    """The site-wide page ``page`` made from ``summaries`` (see :func:`render_pages`)."""
    pages = render_pages(summaries, split)
    if page not in pages:
        raise ValueError(f"not a site-wide page: {page!r}")
    return pages[page]


SITE_PAGES: tuple[tuple[str, Callable[[list[Summary]], str]], ...] = tuple(
    (page, partial(render_page, page)) for page in PAGES
)
"""The site-wide pages every build makes, each rendered from every discussion's summary."""


def cache_entries(path: Path) -> dict[str, Entry]:
    """Every entry of the cache file at ``path`` that a build would use, by seed file name."""
    reader = Reader(path)
    try:
        entries = {name: reader.get(name) for name in reader.names()}
        return {name: entry for name, entry in entries.items() if entry is not None}
    finally:
        reader.close()


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
