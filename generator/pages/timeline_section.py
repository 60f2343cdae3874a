"""Timeline entries as HTML, and the Timeline section of a discussion page.

Snippets are seed text, so like every other piece of it they are escaped and emitted inside raw
HTML blocks (``markdown="0"``). Timeline entries repeat sentences of the comments, so they are
kept out of the search index (``data-search-exclude``): a search result lands on the comment.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from generator.analysis.events import ARTICLE, Event, chronological
from generator.pages import html
from generator.read.text import MONTH_NAMES

OPEN_LIMIT = 8
"""A discussion's timeline with more events than this starts collapsed, so comments stay near."""


@dataclass(frozen=True)
class Listed:
    """One timeline entry: an event, and where else the same sentence stands with the same date."""

    event: Event
    """The first occurrence, in the order given."""

    also: tuple[Event, ...]
    """The same kind, date, words and snippet elsewhere (a reposted comment), one per other
    anchor, in the order given: listed as "also in", not as entries of their own."""


def once(events: Iterable[Event]) -> list[Listed]:
    """``events`` with each repeated sentence listed once: a comment posted twice gives the same
    sentence with the same date twice, which is one event in the story, not two."""
    same: dict[tuple[str, str, str, str], list[Event]] = {}
    for event in events:
        key = (event.kind, event.date, event.text, event.snippet)
        group = same.get(key)
        if group is None:
            same[key] = [event]
        else:
            group.append(event)
    listed = []
    for group in same.values():
        first = group[0]
        if len(group) == 1:  # most sentences stand once
            listed.append(Listed(first, ()))
            continue
        seen = {anchor(first)}
        also = []
        for event in group[1:]:
            if anchor(event) not in seen:
                seen.add(anchor(event))
                also.append(event)
        listed.append(Listed(first, tuple(also)))
    return listed


def sources(listed: Listed, page: str = "", authors: Mapping[str, str] | None = None) -> str:
    """The links of an entry: its first place, then "also in" the others (``page``: the
    discussion page's URL, for links from another page; ``authors``: escaped names by comment
    id, each named after its comment's link)."""
    first = _link(listed.event, page, authors)
    if not listed.also:
        return first
    return f"{first} · also in {', '.join(_link(event, page, authors) for event in listed.also)}"


def _link(event: Event, page: str, authors: Mapping[str, str] | None) -> str:
    """The link of :func:`sources` to where ``event`` stands."""
    kind, where = event.kind, event.where
    # What anchor() and source_label() say, in one go: each entry is linked twice (page and timeline).
    if kind == "posted":
        target, label = "posted", "posting date"
    elif where == ARTICLE:
        target = label = "article"
    else:
        target, label = where, "comment #" + where[1:].replace("-", ".")
        if kind == "comments":
            label = f"first: {label}"
    if not html.plain(where):  # both are made of it and of plain words
        target, label = html.text(target), html.text(label)
    name = authors.get(where) if authors else None
    link = f'<a href="{page}#{target}">{label}</a>'
    return f"{link} by {name}" if name else link


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


def _time(event: Event, shown: str | None = None, *, plain: bool = False) -> str:
    """The date as written (or ``shown``, then the title says it as written); machine-readable
    in ``datetime`` when it is a valid HTML date. ``plain``: the event's date and text are known
    to hold nothing to escape (:func:`generator.pages.html.plain`), nor does ``shown``."""
    written = event.text if shown is None else shown
    title = f"{event.date} ({event.precision})" if shown is None else event.text
    if not plain:
        written, title = html.text(written), html.text(title)
    if event.precision in ("day", "month", "year"):
        return f'<time class="timeline-date" datetime="{event.date}" title="{title}">{written}</time>'
    return f'<span class="timeline-date" title="{title}">{written}</span>'


def _within_year(event: Event) -> str | None:
    """The date of ``event`` without its year, for a list under the year's heading: ``August 4``,
    ``September``, "" for a date known only to the year; None where the year is part of what
    was written (a range, a decade)."""
    precision = event.precision
    if precision == "day":
        # Looked up: each comment's day is an event of its own, parsing took most of the time.
        day = _DAYS.get(event.date[5:10])
        return day if day is not None else f"{MONTH_NAMES[int(event.date[5:7]) - 1]} {int(event.date[8:10])}"
    if precision == "month":
        month = _MONTHS.get(event.date[5:7])
        return month if month is not None else MONTH_NAMES[int(event.date[5:7]) - 1]
    if precision == "year":
        return ""
    return None


_MONTHS = {f"{number:02}": name for number, name in enumerate(MONTH_NAMES, 1)}
"""Month names by the digits of an ISO date (``09``: ``September``)."""

_DAYS = {f"{digits}-{day:02}": f"{name} {day}" for digits, name in _MONTHS.items() for day in range(1, 32)}
"""``September 6`` by the digits of an ISO date (``09-06``)."""


def entry(event: Event, source: str, *, under_year: bool = False) -> str:
    """One ``<li>``: date, a mark for posting dates and comment days, the snippet and the source
    links. ``under_year``: the entry is listed under its year's heading, so its date leaves the
    year out (the date as written stays in its title)."""
    kind = event.kind
    # One test of the event's texts instead of one escaping call for each (most need none):
    # the entries of a long discussion cost more in those calls than in the rest.
    plain = html.plain(f"{event.snippet}{event.text}{event.date}")
    snippet = event.snippet if plain else html.text(event.snippet)
    date_value = event.date if plain else html.text(event.date)
    short = _within_year(event) if under_year else None
    # Nothing at all for a date known only to the year, under its heading.
    when = _time(event, plain=plain) if short is None else _time(event, short, plain=plain) if short else ""
    if kind == "mentioned":
        date = f'<p class="timeline-when">{when}</p>' if when else ""
        text = f'<p class="timeline-snippet">{snippet}</p>'
    else:  # the posting date, or how many comments a day brought
        label = "posted" if kind == "posted" else snippet
        mark = f'<span class="timeline-mark">{label}</span>'
        date = f'<p class="timeline-when">{f"{when} " if when else ""}{mark}</p>'
        text = ""
    return (
        f'<li class="timeline-event timeline-event--{kind}" data-date="{date_value}">'
        f'{date}{text}<p class="timeline-source">{source}</p></li>'
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
    ordered = once(chronological(events))
    if not ordered:
        return []
    count = f"{len(ordered)} dated event{'s' if len(ordered) != 1 else ''}"
    span = html.text(_span([listed.event for listed in ordered]))
    opened = " open" if len(ordered) <= OPEN_LIMIT else ""
    out = [
        '<h2 id="timeline">Timeline</h2>',
        "",
        '<div class="timeline-section" markdown="0" data-search-exclude>',
        f'<details class="timeline-toggle"{opened}>',
        f"<summary>{count}, {span}, in the order they happened</summary>",
        '<ol class="timeline">',
    ]
    out += [entry(listed.event, sources(listed, authors=authors)) for listed in ordered]
    out += ["</ol>", "</details>", "</div>", ""]
    return out
