"""The site-wide pages' rows, gathered in seed order and kept sorted in bounded memory.

A discussion's part of the home page, the timeline and the participants page is rendered as soon as
its slug is settled (:func:`summary_rows`, in the worker that parsed it when it can); the rows wait
in :class:`~generator.build.sort.SortedRows`, on disk past a budget, so the build's memory does not
grow with the archive. The pages are then rendered off the sorted rows (:meth:`SiteRows.family`).
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from typing import Any, TextIO, TypeVar, cast

import msgspec

from generator.analysis.summary import Summary
from generator.build.sort import BUDGET, Codec, Row, SortedRows
from generator.pages.feed import feed_lines, feed_row
from generator.pages.home import index_lines, index_row
from generator.pages.participants import participant_rows, people_lines, people_pages
from generator.pages.paths import FEED_PAGE, INDEX_PAGE, PAGES, PARTICIPANTS_PAGE, TIMELINE_PAGE, sub_page
from generator.pages.rows import FeedKey, FeedRow, PersonKey, PersonRow, Ranked, SummaryRows, TimelineRow
from generator.pages.split import SPLIT_BYTES, initial_file
from generator.pages.timeline import period, timeline_lines, timeline_pages, timeline_rows

_ENCODER = msgspec.json.Encoder()
_DECODER = msgspec.json.Decoder(SummaryRows)

N = TypeVar("N", bound=tuple[Any, ...])


def _named(kind: type[N], fields: Any) -> N:
    """The named tuple ``kind`` of ``fields`` (a plain tuple), made as ``kind._make`` makes it
    but without a call into Python (a run file's rows are made again by the thousand)."""
    return tuple.__new__(kind, fields)


# How each family's rows go to a run file (see generator.build.sort.Codec): as plain tuples, the
# key left out where the value holds it. Keys that stay are plain tuples: they sort as the
# named ones do, and nothing else reads them.
_INDEX = Codec(
    lambda block: [(tuple(key), added, card) for key, added, card in block],
    lambda data: cast("list[Row]", data),
)
_TIMELINE = Codec(
    lambda block: [(added, tuple(event)) for _key, added, event in block],
    # The key is the row's first field, taken off the plain tuple: no generator names each row
    # first (the timeline has a row for nearly every dated comment).
    lambda data: [(fields[0], added, _named(TimelineRow, fields)) for added, fields in data],
)
_PEOPLE = Codec(
    lambda block: [(added, tuple(line.person), *line[1:]) for _key, added, line in block],
    lambda data: [((line.person, line.kind), added, line) for added, line in _people_rows(data)],
)
_FEED = Codec(
    lambda block: [(added, tuple(entry.key), *entry[1:]) for _key, added, entry in block],
    lambda data: [(entry.key, added, entry) for added, entry in _feed_rows(data)],
)


def _people_rows(data: list[tuple[Any, ...]]) -> Iterator[tuple[int, PersonRow]]:
    for added, person, *rest in data:
        yield added, _named(PersonRow, (_named(PersonKey, person), *rest))


def _feed_rows(data: list[tuple[Any, ...]]) -> Iterator[tuple[int, FeedRow]]:
    for added, key, *rest in data:
        yield added, _named(FeedRow, (_named(FeedKey, key), *rest))


def summary_rows(summary: Summary) -> SummaryRows:
    """The rows ``summary`` adds to the site-wide pages (its ``slug`` must be the final one)."""
    return SummaryRows(
        index_row(summary),
        tuple(timeline_rows(summary)),
        tuple(participant_rows(summary)),
        summary.comments,
        summary.anonymous,
        feed_row(summary),
    )


def rows_json(rows: SummaryRows) -> str:
    """``rows`` as one line of JSON, as the cache keeps them (see :func:`rows_from_json`)."""
    return _ENCODER.encode(rows).decode()


def rows_from_json(text: str) -> SummaryRows:
    """The rows :func:`rows_json` wrote, each field checked for its exact type (JSON's ``true``
    is no integer here, a string is no list): rows of the wrong types would fail later, where
    they are summed or sorted against other discussions' rows, after pages may have moved.
    Raises ValueError for anything else."""
    try:
        return _DECODER.decode(text)
    except msgspec.DecodeError as error:  # a ValidationError is a DecodeError
        raise ValueError(f"not a discussion's rows: {error}") from None


class SiteRows:
    """Every discussion's rows, added in seed order; the site-wide pages are read off them."""

    def __init__(self, folder: str | None = None, budget: int = BUDGET, split: int = SPLIT_BYTES) -> None:
        """Keep rows past ``budget`` (per page) on disk in ``folder`` (the system's temporary
        folder if None); a page family whose rows hold more than ``split`` characters splits
        (see :mod:`generator.pages.split`)."""
        self._folder = folder
        self._split = split
        self._index = SortedRows(folder, budget, _INDEX)
        self._timeline = SortedRows(folder, budget, _TIMELINE)
        self._people = SortedRows(folder, budget, _PEOPLE)
        self._feed = SortedRows(folder, budget, _FEED)
        self._discussions = self._comments = self._anonymous = self._dated = 0
        # What the split needs to know before the pages are read off the rows: how much text
        # each family holds, and which sub-pages it would have (a few hundred at most).
        self._people_text = self._timeline_text = 0
        self._initials: set[str] = set()
        self._periods: dict[tuple[str, str | None], int] = {}

    def add(self, rows: SummaryRows) -> None:
        """Add one discussion's rows (discussions must come in seed order)."""
        card = rows.home.card
        self._index.add(rows.home.key, card, len(card))
        if rows.timeline:
            events = [(event.key, event, len(event.line)) for event in rows.timeline]
            self._timeline.extend(events)
            self._timeline_text += sum(text for _key, _event, text in events)
            periods = self._periods
            for event in rows.timeline:
                periods[event.decade, event.year] = periods.get((event.decade, event.year), 0) + 1
        if rows.people:
            lines = [((line.person, line.kind), line, len(line.line)) for line in rows.people]
            self._people.extend(lines)
            self._people_text += sum(text for _key, _line, text in lines)
            self._initials.update(line.person.initial for line in rows.people)
        if rows.feed is not None:
            self._feed.add(rows.feed.key, rows.feed, len(rows.feed.summary))
        self._discussions += 1
        self._comments += rows.comments
        self._anonymous += rows.anonymous
        self._dated += 1 if rows.timeline else 0

    def splits(self, family: str) -> bool:
        """Whether the page ``family`` (one of :data:`~generator.pages.paths.PAGES`) splits into
        an overview and sub-pages: its rows are past the threshold (known once the last is in)."""
        if family == PARTICIPANTS_PAGE:
            return self._people_text > self._split
        if family == TIMELINE_PAGE:
            return self._timeline_text > self._split
        return False

    def pages(self) -> list[str]:
        """Every site-wide page these rows make, by path relative to the docs folder: the pages
        of :data:`~generator.pages.paths.PAGES`, then the sub-pages of those that split, sorted."""
        subs: set[str] = set()
        if self.splits(PARTICIPANTS_PAGE):
            subs.update(sub_page(PARTICIPANTS_PAGE, initial_file(letter)) for letter in self._initials)
        if self.splits(TIMELINE_PAGE):
            subs.update(sub_page(TIMELINE_PAGE, period(decade, year)) for decade, year in self._periods)
        return [*PAGES, *sorted(subs)]

    def family(self, family: str) -> Iterator[tuple[str, Iterator[str]]]:
        """The pages of ``family`` (one of :data:`~generator.pages.paths.PAGES`) as (path, lines)
        pairs, the lines to be joined with newlines; one pass over the family's rows makes them
        all, so each page's lines are to be read before the next pair is asked for."""
        if family == INDEX_PAGE:
            cards = (card for _key, _added, card in self._index)
            yield family, index_lines(cards, self._discussions, self._comments)
        elif family == TIMELINE_PAGE:
            events: Iterator[TimelineRow] = (event for _key, _added, event in self._timeline)
            if self.splits(family):
                yield from timeline_pages(events, len(self._timeline), self._dated, self._periods)
            else:
                yield family, timeline_lines(events, len(self._timeline), self._dated)
        elif family == PARTICIPANTS_PAGE:
            with self._scratch() as scratch:
                yield from self._people_pages(scratch)
        elif family == FEED_PAGE:
            entries: Iterator[FeedRow] = (entry for _key, _added, entry in self._feed)
            yield family, feed_lines(entries)
        else:
            raise ValueError(f"not a site-wide page: {family!r}")

    def _people_pages(self, scratch: TextIO) -> Iterator[tuple[str, Iterator[str]]]:
        people: Iterator[Ranked[PersonRow]] = (Ranked(added, line) for _key, added, line in self._people)
        if self.splits(PARTICIPANTS_PAGE):
            yield from people_pages(people, self._anonymous, sorted(self._initials), scratch)
        else:
            yield PARTICIPANTS_PAGE, people_lines(people, self._anonymous, scratch)

    def _scratch(self) -> TextIO:
        """A temporary text file for the participants page (see
        :func:`~generator.pages.participants.people_lines`), split at ``"\\n"`` only."""
        return tempfile.TemporaryFile("w+", encoding="utf-8", newline="\n", dir=self._folder)

    def lines(self, page: str) -> Iterator[str]:
        """The lines of the site-wide page ``page`` (one of :meth:`pages`); joined with newlines."""
        for family in PAGES:
            for path, lines in self.family(family):
                if path == page:
                    yield from lines
                    return
                for _ in lines:  # the pages before it, in the same pass
                    pass
        raise ValueError(f"not a site-wide page: {page!r}")

    def close(self) -> None:
        """Delete whatever went to disk."""
        for rows in (self._index, self._timeline, self._people, self._feed):
            rows.close()
