"""The site-wide pages made from rows: what each discussion adds to them, gathered in seed order.

A discussion's part of the home page, the timeline and the participants page is rendered as soon as
its slug is settled (:func:`summary_rows`, in the worker that parsed it when it can); the rows wait
in :class:`~generator.spill.SortedRows`, on disk past a budget, so the build's memory does not
grow with the archive. The pages are then read off the sorted rows (:meth:`SiteRows.lines`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from generator.participants import PAGE as PARTICIPANTS_PAGE
from generator.participants import PersonRow, participant_rows, people_lines
from generator.render import IndexRow, index_lines, index_row
from generator.spill import BUDGET, SortedRows
from generator.summary import Summary
from generator.timeline_page import TIMELINE_PAGE, TimelineRow, timeline_lines, timeline_rows

INDEX_PAGE = "index.md"
"""Path of the home page, relative to the docs folder."""


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
    have one (keys must compare with the keys of rows made afresh)."""
    (posted_none, ordinal, slug), card, timeline, people, comments, anonymous = json.loads(text)
    return SummaryRows(
        ((posted_none, ordinal, slug), card),
        tuple((date, (decade, year, line)) for date, (decade, year, line) in timeline),
        tuple(((name_key, kind), (name, count, line)) for (name_key, kind), (name, count, line) in people),
        comments,
        anonymous,
    )


class SiteRows:
    """Every discussion's rows, added in seed order; the site-wide pages are read off them."""

    def __init__(self, folder: str | None = None, budget: int = BUDGET) -> None:
        """Keep rows past ``budget`` (per page) on disk in ``folder`` (the system's temporary
        folder if None)."""
        self._folder = folder
        self._index = SortedRows(folder, budget)
        self._timeline = SortedRows(folder, budget)
        self._people = SortedRows(folder, budget)
        self._discussions = self._comments = self._anonymous = self._dated = 0

    def add(self, rows: SummaryRows) -> None:
        """Add one discussion's rows (discussions must come in seed order)."""
        order, card = rows.index
        self._index.add(order, card, len(card))
        self._timeline.extend([(date, entry, len(entry[2])) for date, entry in rows.timeline])
        self._people.extend([(name, person, len(person[2])) for name, person in rows.people])
        self._discussions += 1
        self._comments += rows.comments
        self._anonymous += rows.anonymous
        self._dated += 1 if rows.timeline else 0

    def lines(self, page: str) -> Iterator[str]:
        """The lines of the site-wide page ``page`` (see :data:`PAGES`); joined with newlines."""
        if page == INDEX_PAGE:
            return index_lines(self._index, self._discussions, self._comments)
        if page == TIMELINE_PAGE:
            return timeline_lines(self._timeline, len(self._timeline), self._dated)
        if page == PARTICIPANTS_PAGE:
            return people_lines(self._people, self._anonymous, spill=self._folder)
        raise ValueError(f"not a site-wide page: {page!r}")

    def close(self) -> None:
        """Delete whatever went to disk."""
        for rows in (self._index, self._timeline, self._people):
            rows.close()


PAGES = (INDEX_PAGE, PARTICIPANTS_PAGE, TIMELINE_PAGE)
"""The site-wide pages, by path relative to the docs folder."""


def render_page(page: str, summaries: list[Summary]) -> str:
    """The site-wide page ``page`` (see :data:`PAGES`) made from ``summaries`` (in seed order,
    with their final slugs) the way the build makes it, in one go."""
    rows = SiteRows()
    try:
        for summary in summaries:
            rows.add(summary_rows(summary))
        return "\n".join(rows.lines(page))
    finally:
        rows.close()  # the run files, past the budget
