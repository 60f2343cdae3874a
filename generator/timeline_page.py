"""The archive's timeline page: the events of every discussion, grouped by decade then year."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from generator import html
from generator.render import front_matter, page_url, plural
from generator.summary import Summary
from generator.timeline import anchor, entry, source_label

TIMELINE_PAGE = "timeline.md"
"""Path of the archive's timeline page, relative to the docs folder."""


def render_site_timeline(summaries: list[Summary]) -> str:
    """The archive's timeline page: every discussion's events, grouped by decade then year."""
    return "\n".join(site_timeline_lines(summaries))


def site_timeline_lines(summaries: list[Summary]) -> Iterator[str]:
    """The lines of :func:`render_site_timeline`, one at a time (the page grows with the
    archive; the build writes it as it comes)."""
    pairs = sorted(
        ((event, summary) for summary in summaries for event in summary.events),
        key=lambda pair: pair[0].sort_key,
    )
    dated = {summary.slug for _, summary in pairs}
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
        f'<p class="timeline-counts">{plural(len(pairs), "dated event")} from '
        f"{plural(len(dated), 'discussion')}, in the order they happened. Each entry quotes the "
        "sentence that gives the date and links to it; posting dates are marked "
        '<span class="timeline-mark">posted</span>.</p>',
        "</div>",
        "",
    )
    if not pairs:
        yield from ('<p class="timeline-empty" markdown="0">No discussion mentions a date yet.</p>', "")
    for decade, in_decade in itertools.groupby(pairs, key=lambda pair: pair[0].decade):
        yield from (f"## {decade} {{ #decade-{decade} }}", "")
        for year, in_year in itertools.groupby(in_decade, key=lambda pair: pair[0].year):
            if year is not None:
                yield from (f"### {year} {{ #year-{year} }}", "")
            yield from ('<div class="timeline-section" markdown="0">', '<ol class="timeline">')
            for event, summary in in_year:
                page = html.text(page_url(summary.slug))
                source = (
                    f'<a class="timeline-discussion" href="{page}">{html.text(summary.title)}</a>'
                    f' · <a href="{page}#{html.text(anchor(event))}">{html.text(source_label(event))}</a>'
                )
                yield entry(event, source)
            yield from ("</ol>", "</div>", "")
