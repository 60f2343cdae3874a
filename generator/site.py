"""The whole build in two phases: read and parse every seed, then render and write all pages.

Site-wide pages (the index) see every discussion before anything is written, and nothing is
written at all when any seed is rejected, so a failed build leaves the previous pages in place.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator import seedfile
from generator.dialects import parse
from generator.errors import SeedError
from generator.model import Diagnostic, Discussion
from generator.participants import render_participants
from generator.render import PAGE_DIR, page_path, render_discussion, render_index
from generator.summary import Summary, summarize
from generator.text import slugify
from generator.timeline_page import TIMELINE_PAGE, render_site_timeline

SITE_PAGES: tuple[tuple[str, Callable[[list[Summary]], str]], ...] = (
    ("index.md", render_index),
    ("participants.md", render_participants),
    (TIMELINE_PAGE, render_site_timeline),
)
"""Site-wide pages, by path relative to the docs folder, each rendered from every discussion's
:class:`Summary` (never from whole discussions, so a large archive need not stay in memory)."""


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
    taken: dict[str, str] = {}
    out: list[Discussion] = []
    for discussion in discussions:
        # A slug a dialect read from the seed is untrusted like a title: slugify() keeps only word
        # characters and dashes, so no slug can climb out of the pages folder ("../", "/etc").
        base = slugify(discussion.slug or discussion.title) or "discussion"
        slug, count = base, 1
        while slug in taken:
            count += 1
            slug = f"{base}-{count}"
        warnings = discussion.warnings
        if slug != base:
            warnings += (
                Diagnostic(
                    discussion.source,
                    discussion.title_line or 1,
                    f"slug {base!r} is taken by {taken[base]}; this page is {slug!r}",
                ),
            )
        taken[slug] = discussion.source
        out.append(dataclasses.replace(discussion, slug=slug, warnings=warnings))
    return out


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
    written: list[str] = []
    for relative, content in sorted(pages.items()):
        target = docs_dir / relative
        data = content.encode("utf-8")
        try:
            if target.read_bytes() == data:
                continue
        except OSError:
            pass
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temporary, target)
        except BaseException:
            os.unlink(temporary)
            raise
        written.append(relative)
    removed: list[str] = []
    page_dir = docs_dir / PAGE_DIR
    if page_dir.is_dir():
        for stale in sorted(page_dir.glob("*.md")):
            relative = stale.relative_to(docs_dir).as_posix()
            if relative not in pages:
                stale.unlink()
                removed.append(relative)
    return written, removed


def build(seeds_dir: Path, docs_dir: Path, *, write: bool = True) -> Report:
    """Read every seed of ``seeds_dir`` and (unless ``write`` is false) update ``docs_dir``."""
    discussions = load(seed_paths(seeds_dir), root=seeds_dir)
    pages = render_site(discussions)
    written, removed = write_pages(docs_dir, pages) if write else ([], [])
    return Report(
        summaries=tuple(summarize(d) for d in discussions),
        warnings=tuple(w for d in discussions for w in d.warnings),
        notes=tuple(
            Diagnostic(d.source, c.line, f"page chrome left out of the content: {c.text!r}")
            for d in discussions
            for c in d.chrome
        ),
        written=tuple(written),
        removed=tuple(removed),
    )
