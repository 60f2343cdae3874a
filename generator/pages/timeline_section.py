"""Timeline entries as HTML, and the Timeline section of a discussion page.

Snippets are seed text, so like every other piece of it they are escaped and emitted inside raw
HTML blocks (``markdown="0"``). Timeline entries repeat sentences of the comments, so they are
kept out of the search index (``data-search-exclude``): a search result lands on the comment.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from generator.analysis.events import ARTICLE, Event, chronological
from generator.pages import html
from generator.read.text import MONTH_NAMES

OPEN_LIMIT = 8
"""A discussion's timeline with more events than this starts collapsed, so comments stay near."""


def anchor(event: Event) -> str:
    """The id on the discussion page an event links to: the comment, the article or the header."""
    if event.kind == "posted":
        return "posted"
    return "article" if event.where == ARTICLE else event.where


def source_label(event: Event) -> str:
    """How an entry names where the date stands: ``article``, ``comment #4.1``."""
    if event.kind == "posted":
        return "posting date"
    if event.where == ARTICLE:
        return "article"
    number = "comment #" + event.where[1:].replace("-", ".")
    return f"first: {number}" if event.kind == "comments" else number


def _time(event: Event, shown: str | None = None) -> str:
    """The date as written (or ``shown``, then the title says it as written); machine-readable
    in ``datetime`` when it is a valid HTML date."""
    written = html.text(event.text if shown is None else shown)
    title = html.text(f"{event.date} ({event.precision})" if shown is None else event.text)
    if event.precision in ("day", "month", "year"):
        return f'<time class="timeline-date" datetime="{event.date}" title="{title}">{written}</time>'
    return f'<span class="timeline-date" title="{title}">{written}</span>'


def _within_year(event: Event) -> str | None:
    """The date of ``event`` without its year, for a list under the year's heading: ``August 4``,
    ``September``, "" for a date known only to the year; None where the year is part of what
    was written (a range, a decade)."""
    if event.precision == "day":
        return f"{MONTH_NAMES[int(event.date[5:7]) - 1]} {int(event.date[8:10])}"
    if event.precision == "month":
        return MONTH_NAMES[int(event.date[5:7]) - 1]
    if event.precision == "year":
        return ""
    return None


def entry(event: Event, source: str, *, under_year: bool = False) -> str:
    """One ``<li>``: date, a mark for posting dates and comment days, the snippet and the source
    links. ``under_year``: the entry is listed under its year's heading, so its date leaves the
    year out (the date as written stays in its title)."""
    kind = f" timeline-event--{event.kind}"
    when = []
    short = _within_year(event) if under_year else None
    if short is None:
        when.append(_time(event))
    elif short:
        when.append(_time(event, short))
    if event.kind != "mentioned":  # the posting date, or how many comments a day brought
        label = "posted" if event.kind == "posted" else html.text(event.snippet)
        when.append(f'<span class="timeline-mark">{label}</span>')
    # Nothing at all for a date known only to the year, under its heading.
    date = f'<p class="timeline-when">{" ".join(when)}</p>' if when else ""
    text = "" if event.kind != "mentioned" else f'<p class="timeline-snippet">{html.text(event.snippet)}</p>'
    return (
        f'<li class="timeline-event{kind}" data-date="{html.text(event.date)}">'
        f"{date}{text}"
        f'<p class="timeline-source">{source}</p></li>'
    )


def _span(events: Sequence[Event]) -> str:
    first, last = events[0].date[:4], max(e.date[:4] for e in events)
    if events[0].precision == "decade":
        first = events[0].decade
    return first if first == last else f"{first} to {last}"


def render_timeline_section(events: Iterable[Event], authors: Mapping[str, str] | None = None) -> list[str]:
    """Markdown lines of a discussion page's Timeline section (none when nothing is dated).

    ``authors`` maps comment ids to their writers' names (escaped), which the entries name beside
    the comment: a reader follows a person's dates, not comment numbers."""
    ordered = chronological(events)
    if not ordered:
        return []
    count = f"{len(ordered)} dated event{'s' if len(ordered) != 1 else ''}"
    opened = " open" if len(ordered) <= OPEN_LIMIT else ""
    out = [
        '<h2 id="timeline">Timeline</h2>',
        "",
        '<div class="timeline-section" markdown="0" data-search-exclude>',
        f'<details class="timeline-toggle"{opened}>',
        f"<summary>{count}, {html.text(_span(ordered))}, in the order they happened</summary>",
        '<ol class="timeline">',
    ]
    for event in ordered:
        link = f'<a href="#{html.text(anchor(event))}">{html.text(source_label(event))}</a>'
        name = authors.get(event.where) if authors else None
        out.append(entry(event, f"{link} by {name}" if name else link))
    out += ["</ol>", "</details>", "</div>", ""]
    return out
