"""The archive's timeline page: the events of every discussion, grouped by decade then year."""

from __future__ import annotations

import itertools

from generator import html
from generator.render import front_matter, page_url, plural
from generator.summary import Summary
from generator.timeline import anchor, entry, source_label

TIMELINE_PAGE = "timeline.md"
"""Path of the archive's timeline page, relative to the docs folder."""


def render_site_timeline(summaries: list[Summary]) -> str:
    """The archive's timeline page: every discussion's events, grouped by decade then year."""
    pairs = sorted(
        ((event, summary) for summary in summaries for event in summary.events),
        key=lambda pair: pair[0].sort_key,
    )
    dated = {summary.slug for _, summary in pairs}
    out = [
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
    ]
    if not pairs:
        out += ['<p class="timeline-empty" markdown="0">No discussion mentions a date yet.</p>', ""]
    for decade, in_decade in itertools.groupby(pairs, key=lambda pair: pair[0].decade):
        out += [f"## {decade} {{ #decade-{decade} }}", ""]
        for year, in_year in itertools.groupby(in_decade, key=lambda pair: pair[0].year):
            if year is not None:
                out += [f"### {year} {{ #year-{year} }}", ""]
            out += ['<div class="timeline-section" markdown="0">', '<ol class="timeline">']
            for event, summary in in_year:
                page = html.text(page_url(summary.slug))
                source = (
                    f'<a class="timeline-discussion" href="{page}">{html.text(summary.title)}</a>'
                    f' · <a href="{page}#{html.text(anchor(event))}">{html.text(source_label(event))}</a>'
                )
                out.append(entry(event, source))
            out += ["</ol>", "</div>", ""]
    return "\n".join(out)
