"""The archive's timeline page: the events of every discussion, grouped by decade then year."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from generator.analysis.summary import Summary
from generator.pages import html
from generator.pages.frontmatter import front_matter
from generator.pages.paths import TIMELINE_PAGE, from_root, page_url, sub_page
from generator.pages.rows import TimelineRow
from generator.pages.subnav import SubPage, nav_block, neighbours
from generator.pages.timeline_section import entry, once, sources
from generator.pages.words import plural
from generator.read.text import MONTH_NAMES


def timeline_rows(summary: Summary) -> list[TimelineRow]:
    """The entries ``summary`` adds to the timeline page, each with the key that orders the page
    (a stable sort by it keeps discussions in seed order and events in document order).

    A comment posted twice (a repost) gives the same sentence with the same date twice: one
    entry, linking to the first and naming the others ("also in comment #21.5")."""
    page = html.text(page_url(summary.slug))
    discussion = f'<a class="timeline-discussion" href="{page}">{html.text(summary.title)}</a>'
    rows: list[TimelineRow] = []
    for listed in once(summary.events):
        first = listed.event
        if first.precision == "decade":
            key, year = first.sort_key, first.year
        else:  # what the properties say of any other event, without their calls (one per day of comments)
            key, year = first.date, first.date[:4]
        line = entry(first, sources(listed, page), under_year=year is not None)
        rows.append(TimelineRow(key, first.decade, year, line, discussion))
    return rows


BATCH = 1_000
"""Lines of entries joined into one piece of a page: a few, since the pieces are made and
written one by one (a page's month may hold any number of entries)."""


_START = object()
"""No section yet (see :func:`_sections`)."""


def _sections(
    rows: Iterable[TimelineRow],
    section_of: Callable[[TimelineRow], object],
    headings: Callable[[Any, Any], list[str]],
    link: Callable[[str], str],
) -> Iterator[str]:
    """The sections of entries of a page, in pieces of lines already joined by newlines: a
    section for each run of rows that ``section_of`` puts in the same one, after the lines
    ``headings(previous, section)`` gives (``previous``: the section before it, or None), its
    entries in a list a run of the same discussion, the discussion named once above it.
    ``link``: what the lines' links become on the page.

    One pass, the lines joined before ``link`` is applied once a piece: a page has several
    lines an entry, and a call or a generator each cost more than the rest of making them.
    The same text as linking each line, then joining: ``link`` rewrites a link's start
    (``href="…``), which neither a newline nor the markup around a discussion's link can be
    part of."""
    lines: list[str] = []
    section: Any = _START
    discussion: str | None = None
    for row in rows:
        this = section_of(row)
        if section is _START or this != section:
            if section is not _START:
                lines += ("</ol>", "</div>", "")
            lines += headings(None if section is _START else section, this)
            lines.append('<div class="timeline-section" markdown="0">')
            section, discussion = this, None
        if row.discussion != discussion:
            if discussion is not None:
                lines.append("</ol>")
            discussion = row.discussion
            lines += (f'<p class="timeline-from">{discussion}</p>', '<ol class="timeline">')
        lines.append(row.line)
        if len(lines) >= BATCH:
            yield link("\n".join(lines))
            lines = []
    if section is not _START:
        lines += ("</ol>", "</div>", "")
    if lines:
        yield link("\n".join(lines))


def _period(row: TimelineRow) -> tuple[str, str | None]:
    return row.decade, row.year


def _period_headings(previous: tuple[str, str | None] | None, period: tuple[str, str | None]) -> list[str]:
    """The single page's headings above a period's entries: its decade's when it starts one,
    its year's (unless it is a decade's own dates)."""
    decade, year = period
    lines = [f"## {decade} {{ #decade-{decade} }}", ""] if previous is None or previous[0] != decade else []
    if year is not None:
        lines += (f"### {year} {{ #year-{year} }}", "")
    return lines


def timeline_lines(rows: Iterable[TimelineRow], events: int, dated: int) -> Iterator[str]:
    """The timeline page's lines from its entries (:func:`timeline_rows`) in page order: ``events``
    entries in all, from ``dated`` discussions. The page grows with the archive; the build writes
    it as it comes."""
    yield from _head(events, dated)
    if not events:
        yield from ('<p class="timeline-empty" markdown="0">No discussion mentions a date yet.</p>', "")
    # Grouped by decade, then by year within it: a section per (decade, year).
    yield from _sections(rows, _period, _period_headings, str)


def period(decade: str, year: str | None) -> str:
    """The name of the sub-page an entry goes to when the timeline splits: its year, or its decade
    for a date known only to the decade (``1976``, ``1980s``)."""
    return year or decade


def timeline_pages(
    rows: Iterable[TimelineRow], events: int, dated: int, periods: dict[tuple[str, str | None], int]
) -> Iterator[tuple[str, Iterator[str]]]:
    """The split timeline: the overview at :data:`TIMELINE_PAGE` (its head, then per decade the
    years with their event counts, ``periods``: entries by (decade, year)), then one sub-page per
    year (or decade, for dates known only to the decade) holding its entries as the single page
    does, under a heading per month, between links to the periods before and after it, as
    (path, lines) pairs. Each page's lines are to be read before the next pair is asked for (the
    sub-pages are made in one pass over the rows); a page left unread is read to its end then."""
    yield TIMELINE_PAGE, _overview(events, dated, periods)
    ordered = _ordered(periods)
    subs = [SubPage(period(decade, year), _label(decade, year)) for decade, year in ordered]
    place = {key: index for index, key in enumerate(ordered)}
    for (decade, year), in_period in itertools.groupby(rows, key=lambda row: (row.decade, row.year)):
        nav = nav_block("timeline", "Timeline", *neighbours(subs, place[decade, year]))
        page = _period_page(decade, year, periods[decade, year], in_period, nav)
        yield sub_page(TIMELINE_PAGE, period(decade, year)), page
        for _ in page:  # what the caller left unread
            pass


def _ordered(periods: Iterable[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """The periods (decade, year) in the order of the rows: a decade's own dates (year None)
    before its years."""
    return sorted(periods, key=lambda item: (item[0], item[1] or ""))


def _label(decade: str, year: str | None) -> str:
    """How a reader sees a period: ``1976``, ``The 1980s``."""
    return year if year is not None else f"The {decade}"


def month_of(key: str) -> str:
    """The part of its year's page an entry's sort key (:attr:`~generator.analysis.events.Event.sort_key`)
    puts it in: ``""`` for a date known only to the year (which sorts first), the month
    ``"01"`` … ``"12"`` (its days sort with it), ``"/"`` for a range of years starting that year
    (which sorts last: ``/`` comes after ``-``)."""
    if len(key) >= 7 and key[4] == "-":
        return key[5:7]
    return "/" if key[4:5] == "/" else ""


def month_heading(year: str, month: str) -> str:
    """The Markdown heading of the entries of ``year`` under ``month`` (see :func:`month_of`),
    for the page's table of contents: ``## September 1976 { #m-1976-09 }``."""
    if month == "":
        return f"## {year}, month unknown {{ #m-{year}-unknown }}"
    if month == "/":
        return f"## From {year} to a later year {{ #m-{year}-on }}"
    return f"## {MONTH_NAMES[int(month) - 1]} {year} {{ #m-{year}-{month} }}"


def _head(events: int, dated: int) -> list[str]:
    """The page's front matter and head (the same on the single page and the overview)."""
    return [
        front_matter(
            {
                "title": "Timeline",
                "description": "Every date the archived discussions mention.",
                # Its snippets quote comments; search results should land on the comments.
                "search": {"exclude": True},
            }
        ),
        '<div class="timeline-head" markdown="0">',
        "<h1>Timeline</h1>",
        f'<p class="timeline-counts">{plural(events, "dated event")} from '
        f"{plural(dated, 'discussion')}, in the order they happened. Each entry quotes the "
        "sentence that gives the date and links to it; posting dates are marked "
        '<span class="timeline-mark">posted</span>.</p>',
        "</div>",
        "",
    ]


def _overview(events: int, dated: int, periods: dict[tuple[str, str | None], int]) -> Iterator[str]:
    """The split timeline's overview: per decade, a link to each year's page with its count."""
    yield from _head(events, dated)
    # The order of the rows: a decade's own dates (year None) before its years.
    for decade, in_decade in itertools.groupby(_ordered(periods), key=lambda item: item[0]):
        yield from (f"## {decade} {{ #decade-{decade} }}", "")
        yield from ('<div class="timeline-years" markdown="0">', '<ul class="timeline-years">')
        for _decade, year in in_decade:
            name = html.text(period(decade, year))
            label = html.text(_label(decade, year))
            count = periods[decade, year]
            yield f'<li><a href="timeline/{name}.html">{label}</a> · {plural(count, "dated event")}</li>'
        yield from ("</ul>", "</div>", "")


def _period_page(
    decade: str, year: str | None, count: int, rows: Iterable[TimelineRow], nav: list[str]
) -> Iterator[str]:
    """The sub-page of one year (or of a decade's own dates): its entries as on the single page,
    in the same order, a year's under a heading wherever the month changes; ``nav`` (the links
    to its neighbours) at its top and bottom."""
    name = period(decade, year)
    label = name if year is not None else f"the {name}"
    yield from (
        front_matter(
            {
                "title": f"Timeline: {label}",
                "description": f"Every date in {label} the archived discussions mention.",
                "search": {"exclude": True},  # as the whole timeline: results land on the comments
            }
        ),
        '<div class="timeline-head" markdown="0">',
        f"<h1>Timeline: {html.text(label)}</h1>",
        f'<p class="timeline-counts">{plural(count, "dated event")}, in the order they happened: one '
        'page of the <a href="../timeline.html">timeline</a>.</p>',
        "</div>",
        "",
        *nav,
    )
    if year is None:  # a decade's own dates have no months: its page is one list
        yield from _sections(rows, _no_month, _no_headings, from_root)
        yield from nav
        return

    def headings(_previous: object, month: str) -> list[str]:
        return [month_heading(year, month), ""]

    yield from _sections(rows, _month, headings, from_root)
    yield from nav


def _month(row: TimelineRow) -> str:
    return month_of(row.key)


def _no_month(row: TimelineRow) -> None:
    return None


def _no_headings(previous: object, section: object) -> list[str]:
    return []
