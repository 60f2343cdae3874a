"""The dated events of a discussion: its "Posted on" date and the dates its article and comments
mention (recognised by :mod:`generator.analysis.datefinder`), each with the sentence that holds it."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from generator.analysis.datefinder import Precision, find_dates, may_hold_date
from generator.analysis.sentences import sentence_bounds, sentences, snippet
from generator.model import Comment, Discussion, Paragraph, walk

Kind = Literal["mentioned", "posted", "comments"]

ARTICLE = "article"
"""The ``where`` of an event found in the article (or in the "Posted on" line)."""


@dataclass(frozen=True)
class Event:
    """A date someone wrote, with the sentence that holds it and where it stands."""

    date: str
    """The date: an ISO prefix (``1976``, ``1976-09``, ``2006-09-26``), a decade (``1980s``) or a
    range of years (``1979/1980``)."""

    precision: Precision
    """How much ``date`` says: ``day``, ``month``, ``year``, ``decade`` or ``range``."""

    kind: Kind
    """``mentioned`` for a date in the text, ``posted`` for the discussion's "Posted on" date,
    ``comments`` for a day on which comments were posted (``text`` says how many)."""

    text: str
    """The date as written ("August 4th, 1976", "the ’80’s" without "the": "’80’s")."""

    snippet: str
    """The sentence holding the date, white space collapsed, trimmed around the date if long."""

    where: str
    """``article`` or the id of the comment (``c4``, ``c4-1``), which is also its page anchor."""

    line: int
    """1-based line of the seed where the date is written."""

    @property
    def sort_key(self) -> str:
        """Chronological key: a decade sorts before its years, a year before its months and days,
        a range with its first year after that year's dates. "Early", "mid" and "late" decades
        sort as the range of years they name (see :attr:`part`): a reader going down the page
        meets "late 1970s" after 1976 and before 1979, not before 1974."""
        if self.precision != "decade":
            return self.date
        part = self.part
        return self.date[:3] if part is None else f"{part[0]}/{part[1]}"

    @property
    def part(self) -> tuple[int, int] | None:
        """The first and last year of an "early", "mid" or "late" decade ("late 1970s": 1977,
        1979), by thirds of the decade; None for any other event."""
        if self.precision != "decade":
            return None
        bounds = _PARTS.get(self.text.lstrip("’'‘ ")[:3].lower())
        if bounds is None:
            return None
        start = int(self.date[:3] + "0")
        return start + bounds[0], start + bounds[1]

    @property
    def decade(self) -> str:
        """The decade the event falls in (its first year's for a range): ``1970s``."""
        return self.date[:3] + "0s"

    @property
    def year(self) -> str | None:
        """The (first) year of the event (of the years an "early", "mid" or "late" decade names),
        or ``None`` for a decade."""
        if self.precision != "decade":
            return self.date[:4]
        part = self.part
        return None if part is None else str(part[0])


_PARTS = {"ear": (0, 3), "mid": (4, 6), "lat": (7, 9)}
"""The years of a decade that its early, mid and late parts name, by the qualifier's first letters
(as :mod:`generator.analysis.datefinder` keeps it at the start of the text)."""

_BREAK = re.compile("\n")


def paragraph_events(paragraph: Paragraph, where: str) -> Iterator[Event]:
    """The mentioned dates of one paragraph; one event per sentence and date."""
    mentions = find_dates(paragraph.text)
    if not mentions:
        return
    seen: set[tuple[int, str]] = set()
    bounds = sentences(paragraph.text, until=mentions[-1].start)
    breaks = [match.start() for match in _BREAK.finditer(paragraph.text)]
    for mention in mentions:
        start, end = sentence_bounds(paragraph.text, mention.start, bounds)
        if (start, mention.date) in seen:
            continue
        seen.add((start, mention.date))
        yield Event(
            date=mention.date,
            precision=mention.precision,
            kind="mentioned",
            text=" ".join(paragraph.text[mention.start : mention.end].split()),
            snippet=snippet(paragraph.text, start, end, mention),
            where=where,
            line=paragraph.line + bisect.bisect_left(breaks, mention.start),
        )


def extract_events(discussion: Discussion, comments: list[Comment] | None = None) -> tuple[Event, ...]:
    """Every dated event of ``discussion`` in document order: its "Posted on" date, then the dates
    mentioned in the article and in each comment (``comments``: its :func:`walk`, when the caller
    has it already)."""
    if comments is None:
        comments = walk(discussion.comments)
    events: list[Event] = []
    if discussion.posted is not None:
        written = discussion.posted_text or discussion.posted.isoformat()
        events.append(
            Event(
                date=discussion.posted.isoformat(),
                precision="day",
                kind="posted",
                text=written,
                snippet=f"Posted on {written}",
                where=ARTICLE,
                line=discussion.posted_line or discussion.title_line or 1,
            )
        )
    events.extend(comment_days(discussion, comments))
    # Most paragraphs hold no date: checked here too, before any call for them.
    for paragraph in discussion.article:
        if may_hold_date(paragraph.text):
            events.extend(paragraph_events(paragraph, ARTICLE))
    for comment in comments:
        for paragraph in comment.paragraphs:
            if may_hold_date(paragraph.text):
                events.extend(paragraph_events(paragraph, comment.id))
    return tuple(events)


def comment_days(discussion: Discussion, comments: list[Comment] | None = None) -> list[Event]:
    """A ``comments`` event for each day on which comments were posted, at its first comment
    (in page order), so a timeline shows when the discussion took place beside what it recalls
    (``comments``: the discussion's :func:`walk`, when the caller has it already)."""
    days: dict[str, list[Comment]] = {}
    for comment in walk(discussion.comments) if comments is None else comments:
        if comment.posted and len(comment.posted) >= _DAY:
            days.setdefault(comment.posted[:_DAY], []).append(comment)
    # Fields by position (date, precision, kind, text, snippet, where, line): a day's comments
    # may be a single one, and keywords made a quarter of the cost of an event.
    return [
        Event(
            day,
            "day",
            "comments",
            day,
            f"{len(posted)} comment{'s' if len(posted) != 1 else ''} posted",
            posted[0].id,
            posted[0].line,
        )
        for day, posted in days.items()
    ]


_DAY = len("2016-06-23")


def chronological(events: Iterable[Event]) -> list[Event]:
    """``events`` in date order; events of the same date keep their order."""
    return sorted(events, key=lambda e: e.sort_key)
