"""The archive's timeline page: the events of every discussion, grouped by decade then year."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from generator import html
from generator.render import front_matter, page_url, plural
from generator.spill import Row
from generator.summary import Summary
from generator.timeline import anchor, entry, source_label

TIMELINE_PAGE = "timeline.md"
"""Path of the archive's timeline page, relative to the docs folder."""


TimelineRow = tuple[str, tuple[str, str | None, str]]
"""One entry of the timeline page: its sort key, then its decade, its year (None for a decade)
and its rendered line (see :func:`timeline_rows`)."""


def timeline_rows(summary: Summary) -> list[TimelineRow]:
    """The entries ``summary`` adds to the timeline page, each with the key that orders the page
    (a stable sort by it keeps discussions in seed order and events in document order)."""
    page = html.text(page_url(summary.slug))
    title = html.text(summary.title)
    rows: list[TimelineRow] = []
    for event in summary.events:
        source = (
            f'<a class="timeline-discussion" href="{page}">{title}</a>'
            f' · <a href="{page}#{html.text(anchor(event))}">{html.text(source_label(event))}</a>'
        )
        rows.append((event.sort_key, (event.decade, event.year, entry(event, source))))
    return rows


def timeline_lines(rows: Iterable[Row], events: int, dated: int) -> Iterator[str]:
    """The timeline page's lines from its entries (:func:`timeline_rows`) sorted by key: ``events``
    entries in all, from ``dated`` discussions. The page grows with the archive; the build writes
    it as it comes."""
    yield from (
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
    )
    if not events:
        yield from ('<p class="timeline-empty" markdown="0">No discussion mentions a date yet.</p>', "")
    values = (value for _key, _number, value in rows)
    for decade, in_decade in itertools.groupby(values, key=lambda value: value[0]):
        yield from (f"## {decade} {{ #decade-{decade} }}", "")
        for year, in_year in itertools.groupby(in_decade, key=lambda value: value[1]):
            if year is not None:
                yield from (f"### {year} {{ #year-{year} }}", "")
            yield from ('<div class="timeline-section" markdown="0">', '<ol class="timeline">')
            yield from (line for _decade, _year, line in in_year)
            yield from ("</ol>", "</div>", "")
