"""The archive's timeline page: the events of every discussion, grouped by decade then year."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator

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
        year = first.year
        line = entry(first, sources(listed, page), under_year=year is not None)
        rows.append(TimelineRow(first.sort_key, first.decade, year, line, discussion))
    return rows


BATCH = 1_000
"""Lines of entries joined into one piece of a page: a few, since the pieces are made and
written one by one (a page's month may hold any number of entries)."""


def _discussion(row: TimelineRow) -> str:
    return row.discussion


def _entries(rows: Iterable[TimelineRow], link: Callable[[str], str]) -> Iterator[str]:
    """One list of entries, the discussion named once above each run of its entries (``link``:
    what a line's links become on the page), in pieces of lines already joined by newlines.

    Joined before ``link`` is applied, once a piece: a page has several lines an entry, and a
    call each cost more than the rest of making them. The same text: ``link`` rewrites a link's
    start (``href="…``), which neither a newline nor the markup around a discussion's link
    can be part of."""
    lines: list[str] = []
    for discussion, run in itertools.groupby(rows, key=_discussion):
        lines.append(f'<p class="timeline-from">{discussion}</p>')
        lines.append('<ol class="timeline">')
        lines.extend([row.line for row in run])
        lines.append("</ol>")
        if len(lines) >= BATCH:
            yield link("\n".join(lines))
            lines = []
    if lines:
        yield link("\n".join(lines))


def timeline_lines(rows: Iterable[TimelineRow], events: int, dated: int) -> Iterator[str]:
    """The timeline page's lines from its entries (:func:`timeline_rows`) in page order: ``events``
    entries in all, from ``dated`` discussions. The page grows with the archive; the build writes
    it as it comes."""
    yield from _head(events, dated)
    if not events:
        yield from ('<p class="timeline-empty" markdown="0">No discussion mentions a date yet.</p>', "")
    for decade, in_decade in itertools.groupby(rows, key=lambda row: row.decade):
        yield from (f"## {decade} {{ #decade-{decade} }}", "")
        for year, in_year in itertools.groupby(in_decade, key=lambda row: row.year):
            if year is not None:
                yield from (f"### {year} {{ #year-{year} }}", "")
            yield '<div class="timeline-section" markdown="0">'
            yield from _entries(in_year, str)
            yield from ("</div>", "")


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
    # A decade's own dates have no months; its page is one list.
    parts = itertools.groupby(rows, key=lambda row: month_of(row.key) if year is not None else None)
    for month, in_month in parts:
        if year is not None and month is not None:
            yield from (month_heading(year, month), "")
        yield '<div class="timeline-section" markdown="0">'
        yield from _entries(in_month, from_root)
        yield from ("</div>", "")
    yield from nav
