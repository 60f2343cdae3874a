"""What a build reports: a line per discussion, the seeds' warnings and notes, the pages it wrote
and removed. A large archive's report is read off temporary files (:mod:`generator.build.records`),
not held in memory."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from generator.build import manifest
from generator.build.records import Batches, Keyed, Records
from generator.errors import SeedError
from generator.model import Diagnostic

T = TypeVar("T")
U = TypeVar("U")


@dataclass(frozen=True)
class Notes:
    """A seed's notes, the lines it left out (page chrome) and what the report says of each, as
    JSON text: ``[[line, note], …]`` (ASCII). Made once, by the worker that read the seed, and
    written as they are into the report's records and the cache: a dump of a comment page has
    hundreds, and an object each would cost more to send between processes, and to write
    twice, than reading the page."""

    count: int
    """How many."""

    text: str
    """The JSON text (see :func:`encoded_notes`)."""


NO_NOTES = Notes(0, "[]")
"""A seed that left nothing out."""


def encoded_notes(notes: Sequence[tuple[int, str]]) -> Notes:
    """``notes`` (each a line and its note) as :class:`Notes`."""
    # A list of pairs, nothing circular to look for.
    return (
        Notes(len(notes), json.dumps(notes, ensure_ascii=True, check_circular=False)) if notes else NO_NOTES
    )


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

    events: int = 0
    """Number of dated events (see :mod:`generator.analysis.events`)."""

    feed: bool = False
    """Whether it has a comment feed beside its page (some comments have a date)."""


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

    cache_problem: str | None = None
    """Why the cache could not be saved (one line), or None. The pages are in place all the
    same (the cache is an optimisation): the next build reads every seed again."""

    def outcome(self) -> manifest.Outcome:
        """What the build reports, as the manifest keeps it (see :mod:`generator.build.manifest`)."""
        return manifest.Outcome(
            _fields(
                self.discussions, lambda d: (d.source, d.slug, d.comments, d.threads, d.events, int(d.feed))
            ),
            _fields(self.warnings, lambda w: (w.source, w.line, w.message)),
            self.notes.view(_note_fields)
            if isinstance(self.notes, Keyed)
            else [(n.source, n.line, n.message) for n in self.notes],
        )


def _fields(items: Sequence[T], fields: Callable[[T], U]) -> Sequence[U]:
    """Each of ``items`` as the tuple ``fields`` makes; read off the same file when they are on
    disk, where each is kept as the list of those fields (see :func:`built_records`)."""
    if isinstance(items, (Records, Batches)):
        return cast("Sequence[U]", items.view(tuple))
    return [fields(item) for item in items]


# Each record as the list of its fields, in order: what Report.outcome() reads back as tuples.
def built_records(folder: str | None) -> Records[Built]:
    # The feed as 0 or 1, as the manifest keeps it (Report.outcome() reads these lists as they are).
    return Records(
        folder,
        lambda b: [b.source, b.slug, b.comments, b.threads, b.events, int(b.feed)],
        lambda d: Built(d[0], d[1], d[2], d[3], d[4], bool(d[5])),
    )


def _note_fields(source: str, note: list[Any]) -> tuple[str, int, str]:
    return source, note[0], note[1]


def note_records(folder: str | None) -> Keyed[Diagnostic]:
    """The seeds' notes: a seed's are added together (its path and its :class:`Notes`, see
    :meth:`~generator.build.records.Keyed.add_encoded`), one line on disk for them all."""
    return Keyed(folder, lambda source, note: Diagnostic(source, note[0], note[1]))


def diagnostic_records(folder: str | None) -> Batches[Diagnostic]:
    """A seed's warnings or notes are added together (``extend``): one line on disk for them all."""
    return Batches(folder, lambda d: [d.source, d.line, d.message], lambda d: Diagnostic(*d))
