"""The site-wide pages made from rows: what each discussion adds to them, gathered in seed order.

A discussion's part of the home page, the timeline and the participants page is rendered as soon as
its slug is settled (:func:`summary_rows`, in the worker that parsed it when it can); the rows wait
in :class:`~generator.build.sort.SortedRows`, on disk past a budget, so the build's memory does not
grow with the archive. The pages are then read off the sorted rows (:meth:`SiteRows.lines`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from generator.analysis.summary import Summary
from generator.build.sort import BUDGET, SortedRows
from generator.pages.discussion import IndexRow, index_lines, index_row
from generator.pages.participants import PersonRow, participant_rows, people_lines, people_pages
from generator.pages.paths import INDEX_PAGE, PAGES, PARTICIPANTS_PAGE, TIMELINE_PAGE, sub_page
from generator.pages.split import SPLIT_BYTES, initial_file
from generator.pages.timeline import TimelineRow, period, timeline_lines, timeline_pages, timeline_rows


@dataclass(frozen=True)
class SummaryRows:
    """What one discussion adds to the site-wide pages, rendered under its final slug."""

    index: IndexRow
    """Its card on the home page."""

    timeline: tuple[TimelineRow, ...]
    """Its entries on the timeline page, one per dated event."""

    people: tuple[PersonRow, ...]
    """Its lines on the participants page: the article's author, then each named commenter."""

    comments: int
    """Number of comments (the home page counts them all)."""

    anonymous: int
    """Number of anonymous comments (the participants page counts them all)."""


def summary_rows(summary: Summary) -> SummaryRows:
    """The rows ``summary`` adds to the site-wide pages (its ``slug`` must be the final one)."""
    return SummaryRows(
        index_row(summary),
        tuple(timeline_rows(summary)),
        tuple(participant_rows(summary)),
        summary.comments,
        summary.anonymous,
    )


def rows_json(rows: SummaryRows) -> str:
    """``rows`` as one line of JSON, as the cache keeps them (see :func:`rows_from_json`)."""
    order, card = rows.index
    return json.dumps(
        [order, card, rows.timeline, rows.people, rows.comments, rows.anonymous], ensure_ascii=False
    )


def rows_from_json(text: str) -> SummaryRows:
    """The rows :func:`rows_json` wrote: JSON has no tuples, so each is rebuilt where the rows
    have one (keys must compare with the keys of rows made afresh). Raises ValueError (or
    TypeError) if ``text`` is not rows of the types :func:`rows_json` writes, such as a person's
    key before it held the initial (a name string, which would unpack into two letters if it
    had two)."""
    (posted_none, ordinal, slug), card, timeline, people, comments, anonymous = json.loads(text)
    # Exact types (``type(n) is int``: JSON's true is a Python int too). Rows of the wrong types
    # would fail later, where they are summed, measured or sorted against rows of other
    # discussions (a key of mixed types does not compare), after pages may have moved.
    if not (
        type(posted_none) is bool
        and type(ordinal) is int
        and type(slug) is str
        and type(card) is str
        and type(comments) is int
        and type(anonymous) is int
        and type(timeline) is list
        and type(people) is list
    ):
        raise ValueError("not a discussion's rows")
    # Each row's parts are unpacked from lists (as rows_json writes them): unpacking a string
    # would take its characters, and they would pass for strings.
    events: list[TimelineRow] = []
    for row in timeline:
        date, entry = row
        decade, year, line = entry
        if not (
            type(row) is type(entry) is list
            and type(date) is type(decade) is type(line) is str
            and (year is None or type(year) is str)
        ):
            raise ValueError("not a timeline row")
        events.append((date, (decade, year, line)))
    lines: list[PersonRow] = []
    for row in people:
        key, person = row
        pair, kind = key
        name, count, line = person
        if not (
            type(row) is type(key) is type(person) is list
            and type(name) is type(line) is str
            and type(kind) is type(count) is int
        ):
            raise ValueError("not a participants row")
        lines.append(((_pair(pair), kind), (name, count, line)))
    return SummaryRows(((posted_none, ordinal, slug), card), tuple(events), tuple(lines), comments, anonymous)


def _pair(value: object) -> tuple[str, str]:
    """A person's key (see :data:`~generator.pages.participants.PersonKey`) as JSON gave it back."""
    if type(value) is not list or len(value) != 2 or not all(type(part) is str for part in value):
        raise ValueError(f"not a person's key: {value!r}")
    return value[0], value[1]


class SiteRows:
    """Every discussion's rows, added in seed order; the site-wide pages are read off them."""

    def __init__(self, folder: str | None = None, budget: int = BUDGET, split: int = SPLIT_BYTES) -> None:
        """Keep rows past ``budget`` (per page) on disk in ``folder`` (the system's temporary
        folder if None); a page family whose rows hold more than ``split`` characters splits
        (see :mod:`generator.pages.split`)."""
        self._folder = folder
        self._split = split
        self._index = SortedRows(folder, budget)
        self._timeline = SortedRows(folder, budget)
        self._people = SortedRows(folder, budget)
        self._discussions = self._comments = self._anonymous = self._dated = 0
        # What the split needs to know before the pages are read off the rows: how much text
        # each family holds, and which sub-pages it would have (a few hundred at most).
        self._people_text = self._timeline_text = 0
        self._initials: set[str] = set()
        self._periods: dict[tuple[str, str | None], int] = {}

    def add(self, rows: SummaryRows) -> None:
        """Add one discussion's rows (discussions must come in seed order)."""
        order, card = rows.index
        self._index.add(order, card, len(card))
        timeline = [(date, entry, len(entry[2])) for date, entry in rows.timeline]
        self._timeline.extend(timeline)
        self._timeline_text += sum(text for _date, _entry, text in timeline)
        for _date, (decade, year, _line) in rows.timeline:
            self._periods[decade, year] = self._periods.get((decade, year), 0) + 1
        people = [(name, person, len(person[2])) for name, person in rows.people]
        self._people.extend(people)
        self._people_text += sum(text for _name, _person, text in people)
        self._initials.update(name[0][0] for name, _person, _text in people)
        self._discussions += 1
        self._comments += rows.comments
        self._anonymous += rows.anonymous
        self._dated += 1 if rows.timeline else 0

    def splits(self, family: str) -> bool:
        """Whether the page ``family`` (one of :data:`PAGES`) splits into an overview and
        sub-pages: its rows are past the threshold (known as soon as the last row is in)."""
        if family == PARTICIPANTS_PAGE:
            return self._people_text > self._split
        if family == TIMELINE_PAGE:
            return self._timeline_text > self._split
        return False

    def pages(self) -> list[str]:
        """Every site-wide page these rows make, by path relative to the docs folder: the pages
        of :data:`PAGES`, then the sub-pages of those that split, sorted."""
        subs: set[str] = set()
        if self.splits(PARTICIPANTS_PAGE):
            subs.update(sub_page(PARTICIPANTS_PAGE, initial_file(letter)) for letter in self._initials)
        if self.splits(TIMELINE_PAGE):
            subs.update(sub_page(TIMELINE_PAGE, period(decade, year)) for decade, year in self._periods)
        return [*PAGES, *sorted(subs)]

    def family(self, family: str) -> Iterator[tuple[str, Iterator[str]]]:
        """The pages of ``family`` (one of :data:`PAGES`) as (path, lines) pairs, the lines to be
        joined with newlines; one pass over the family's rows makes them all, so each page's lines
        are to be read before the next pair is asked for."""
        if family == INDEX_PAGE:
            yield family, index_lines(self._index, self._discussions, self._comments)
        elif family == TIMELINE_PAGE:
            if self.splits(family):
                yield from timeline_pages(self._timeline, len(self._timeline), self._dated, self._periods)
            else:
                yield family, timeline_lines(self._timeline, len(self._timeline), self._dated)
        elif family == PARTICIPANTS_PAGE:
            if self.splits(family):
                yield from people_pages(
                    self._people, self._anonymous, sorted(self._initials), spill=self._folder
                )
            else:
                yield family, people_lines(self._people, self._anonymous, spill=self._folder)
        else:
            raise ValueError(f"not a site-wide page: {family!r}")

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
        for rows in (self._index, self._timeline, self._people):
            rows.close()


def render_pages(summaries: list[Summary], split: int = SPLIT_BYTES) -> dict[str, str]:
    """Every site-wide page (see :meth:`SiteRows.pages`) made from ``summaries`` (in seed order,
    with their final slugs) the way the build makes them, in one go; ``split``: see
    :class:`SiteRows`."""
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
    """The site-wide page ``page`` (see :meth:`SiteRows.pages`) made from ``summaries`` (see
    :func:`render_pages`)."""
    pages = render_pages(summaries, split)
    if page not in pages:
        raise ValueError(f"not a site-wide page: {page!r}")
    return pages[page]
