"""Dates recognised in a string: the rules, and the :class:`Mention` each match gives.

Precision matters more than recall: a wrong date on a timeline misleads, a missing one does not.
So the rules below only accept forms that are dates beyond reasonable doubt ("September 1976",
"in 1995", "the late 1970s", "09-26-2006") and refuse numbers that merely look like them: ages
("in my 80's"), type numbers ("MiG-25", "MIG 25s"), money, quantities ("1500 miles"), citation
marks ("[4]") and digits inside URLs. Recognition is ours; python-dateutil turns the recognised
full dates into calendar dates, which also refuses impossible ones ("February 30, 1976").
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from dateutil import parser as dateparser

from generator.read.text import MONTH_ABBREVIATIONS, MONTH_NAMES

Precision = Literal["day", "month", "year", "decade", "range"]
"""How much of a date is known (see :attr:`~generator.analysis.events.Event.precision`)."""


@dataclass(frozen=True)
class Mention:
    """A date recognised in a string, before it is tied to a discussion."""

    start: int
    """Offset of the first character of the date as written."""

    end: int
    """Offset just past the date as written."""

    date: str
    """As :attr:`Event.date`."""

    precision: Precision
    """As :attr:`Event.precision`."""

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)``."""
        return self.start, self.end


# -- recognition rules -------------------------------------------------------------------------

FIRST_YEAR = 1600
LAST_YEAR = 2099
"""Four-digit numbers outside these years are never read as dates."""

_MONTH = f"(?:{'|'.join(MONTH_NAMES)}|{'|'.join(MONTH_ABBREVIATIONS)})"
# Month names must be capitalised: "may" and "march" are also a verb.
# Each form below opens with a look-ahead for the characters it can start with, so the engine
# tries its look-behinds only there, not at every position of every paragraph.
_ABBREVIATED = r"(?:(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.|(?<=Sept)\.)?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
# No digit, letter, "$" or decimal/thousands separator glued to either side of a number.
_OPEN = r"(?<![\w$£€¥#@%&+=~^/\\])"
_CLOSE = r"(?![\w%@]|[.,:/]\d|[’']s\b|[-–/]\d)"

_DAY_MONTH_NAME = re.compile(
    rf"(?=[0-9JFMASOND]){_OPEN}(?:(?P<md>{_MONTH}){_ABBREVIATED}\s+(?P<d1>{_DAY}),?\s+(?P<y1>{_YEAR})"
    rf"|(?P<d2>{_DAY})\s+(?:of\s+)?(?P<dm>{_MONTH}){_ABBREVIATED},?\s+(?P<y2>{_YEAR})){_CLOSE}"
)
_NUMERIC = re.compile(
    rf"(?=[0-9]){_OPEN}(?<![\d.-])(?:(?P<m>0?[1-9]|1[0-2])(?P<sep>[-/])(?P<d>0?[1-9]|[12]\d|3[01])(?P=sep)(?P<y>{_YEAR})"
    rf"|(?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])){_CLOSE}"
)
_MONTH_YEAR = re.compile(
    rf"(?=[JFMASOND]){_OPEN}(?P<m>{_MONTH}){_ABBREVIATED},?\s+(?:of\s+)?(?P<y>{_YEAR}){_CLOSE}"
)
_RANGE = re.compile(
    rf"(?=[12]){_OPEN}(?<![\d.,-])(?P<a>{_YEAR})\s?[-–—/]\s?(?P<b>{_YEAR}|\d\d)(?![\w%]|[.,:/-]\d)"
)
_QUALIFIER = r"(?:(?:early|mid|late)[\s-]?)"
_DECADE = re.compile(
    rf"(?=[eml12])(?<![\w$£€#-])(?P<q>{_QUALIFIER})?(?P<y>1[6-9]\d0|20\d0)[’']?s\b", re.IGNORECASE
)
# A two-digit decade only after "the": "the 80's", "the early 80s", "the ’80’s"; never after
# "my", "his", "their" (ages) or a type name ("MIG 25s").
_SHORT_DECADE = re.compile(
    rf"\bthe\s+(?P<all>(?P<q>{_QUALIFIER})?[’'‘]?(?P<dd>[2-9]0)[’']?s)\b(?![’'-]?\d)", re.IGNORECASE
)
_PLAIN_YEAR = re.compile(rf"(?=[12]){_OPEN}(?<![\d.,\[])(?<!\w-)(?<!\d[-–/])(?P<y>{_YEAR})(?!\]){_CLOSE}")

# A year followed by one of these is a quantity ("1500 miles", "2000 people"), not a date.
_COUNTED = re.compile(
    r"\s*+(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|miles?|mi|km"
    r"|kilomet(?:er|re)s?|met(?:er|re)s?|feet|foot|ft|yards?|yds?|inch(?:es)?|pounds?|lbs?|kg"
    r"|kilos?|grams?|tons?|tonnes?|dollars?|bucks|rubles?|roubles?|euros?|yen|people|persons?|men"
    r"|women|soldiers|troops|pilots|planes|aircraft|jets|ships|tanks|copies|pages?|times|rounds"
    r"|units|mph|knots|kts|rpm|hp|horsepower|gallons?|lit(?:er|re)s?|sq|square|cubic|degrees?"
    r"|percent|pieces?|parts?|items?|members?|employees?|workers?|students?|children|kids"
    r"|votes|words|comments|posts|views|points|calories|ft/s|m/s|°)\b",
    re.IGNORECASE,
)
# A year after one of these words is a number in a series ("page 1980", "flight 1976").
_NUMBERED = re.compile(
    r"(?:\b(?:no|nos|num|number|nr|page|pages|pp|p|room|flight|route|highway|hwy|channel|model"
    r"|serial|tail|isbn|tel|phone|fax|code|zip|unit|apartment|apt|suite|box|rank|vol|volume|issue"
    r"|chapter|ch|section|sec|article|item|ticket|order|account|id|squadron|sqn|wing|group"
    r"|regiment|division|battalion|mig|su|tu|yak|il|mi|ka|f)\.?|#|№)\s*$",
    re.IGNORECASE,
)
# Digits inside a URL or an address are never dates (https://web.archive.org/web/20010111004300/…).
# An address is "[\w.+-]+@[\w-]+\.[\w.-]+", read in linear time (seeds are untrusted): it starts
# only at the first character of a run of [\w.+-] (the look-behind), since a start later in the
# run reaches the same "@" or fails the same way, and its repetitions are possessive, each being
# followed by what it cannot hold. Else a long word before an "@" was read from each of its
# letters. The one start the look-behind would refuse, right after an address that ends before a
# "+" ("a@b.com+c@d.com"), is an address glued to it, taken by the last group instead.
_URLISH = re.compile(
    r"(?:https?://|ftp://|www\.)[^\s<>\"]++"
    r"|[\w.+-](?<![\w.+-].)[\w.+-]*+@[\w-]++\.[\w.-]++(?:\+[\w.+-]*+@[\w-]++\.[\w.-]++)*+",
    re.IGNORECASE,
)
# The same without its e-mail branch, for text without "@": that branch is tried at every letter.
_URL_ONLY = re.compile(r"(?=[hfw])(?:https?://|ftp://|www\.)[^\s<>\"]+", re.IGNORECASE)


# Every date form holds a year (1600–2099) or, after "the", a two-digit decade ("80s"). Most
# paragraphs hold neither and are told apart fast (see may_hold_date): each of these opens with
# one literal character, which `in` finds much faster than any pattern, and which the engine
# then skips to in a tight loop (a pattern opening with a look-around is tried at every
# position, one opening with a set of characters tests every character against the set).
_YEAR_FROM_1 = re.compile(r"1[6-9]\d\d")
_YEAR_FROM_2 = re.compile(r"20\d\d")
_SHORT_DECADE_NEEDS = re.compile(r"0(?<=[2-9]0)[’']?s", re.IGNORECASE)

# What each group of forms cannot match without. Most paragraphs hold none of these, and then
# the forms are not run at all: their look-behinds, tried at every position, are the costliest
# step of the build (profiled). Each check is implied by the patterns, so nothing is lost.
# Where it can, a check opens with one literal character, which the engine skips to as fast as
# `in` does, and looks behind it for what precedes: "0(?<=\d0)" is "\d0" found faster.
_YEAR_NEEDS = re.compile(_YEAR)
_DECADE_NEEDS = re.compile(r"0(?<=\d0)[’']?s", re.IGNORECASE)
_MONTH_NEEDS = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
# "\d[-/]\d" and "\d\s?[-–—/]\s?\d", one pattern per dash or slash so that each opens with it:
_NUMERIC_NEEDS = (re.compile(r"-(?<=\d-)\d"), re.compile(r"/(?<=\d/)\d"))
_RANGE_NEEDS = tuple(re.compile(rf"{dash}(?:(?<=\d{dash})|(?<=\d\s{dash}))\s?\d") for dash in "-–—/")
_THE_NEEDS = re.compile(r"the", re.IGNORECASE)


def _holds(value: str, needs: tuple[re.Pattern[str], ...]) -> bool:
    """Whether one of the ``needs`` is found in ``value``."""
    return any(need.search(value) for need in needs)


def _masked(value: str) -> str:
    """``value`` with URLs and e-mail addresses blanked out, offsets unchanged."""
    if "@" in value:
        pattern = _URLISH
    elif "://" in value or "www." in value.lower():
        pattern = _URL_ONLY
    else:
        return value
    return pattern.sub(lambda m: " " * len(m.group()), value)


def _full_date(text: str, dayfirst: bool = False) -> dt.date | None:
    """A recognised full date to a calendar date; ``None`` when no such day exists."""
    try:
        return dateparser.parse(text, dayfirst=dayfirst, fuzzy=False).date()
    except (ValueError, OverflowError):
        return None


def _month(text: str, year: str) -> str | None:
    """ISO ``YYYY-MM`` of a recognised month and year ("Sept. 1976")."""
    try:
        parsed = dateparser.parse(f"{text} {year}", default=dt.datetime(int(year), 1, 1))
    except (ValueError, OverflowError):
        return None
    return f"{parsed.year:04d}-{parsed.month:02d}"


def _numbered(value: str, start: int) -> bool:
    """Whether the number at ``start`` follows one of the :data:`_NUMBERED` words ("page")."""
    window = value[max(0, start - 24) : start]
    # The pattern ends with white space up to the number, so a match starts in the window's last
    # word: it is searched for from there, not tried at every position of the window.
    head = window.rstrip()
    word = head.rsplit(None, 1)[-1] if head else ""
    return _NUMBERED.search(value, start - len(window) + len(head) - len(word), start) is not None


def _candidates(value: str) -> Iterator[Mention]:
    """Every date form found in ``value``, the more specific forms first."""
    years = _YEAR_NEEDS.search(value) is not None
    months = years and _MONTH_NEEDS.search(value) is not None
    decades = _DECADE_NEEDS.search(value) is not None
    for match in _DAY_MONTH_NAME.finditer(value) if months else ():
        day = match["d1"] or match["d2"]
        month = match["md"] or match["dm"]
        year = match["y1"] or match["y2"]
        parsed = _full_date(f"{month} {day.rstrip('stndrh')} {year}")
        if parsed:
            yield Mention(match.start(), match.end(), parsed.isoformat(), "day")
    for match in _NUMERIC.finditer(value) if years and _holds(value, _NUMERIC_NEEDS) else ():
        parsed = _full_date(match.group())
        if parsed:
            yield Mention(match.start(), match.end(), parsed.isoformat(), "day")
    for match in _MONTH_YEAR.finditer(value) if months else ():
        month = _month(match["m"], match["y"])
        if month:
            yield Mention(match.start(), match.end(), month, "month")
    for match in _RANGE.finditer(value) if years and _holds(value, _RANGE_NEEDS) else ():
        first, last = int(match["a"]), match["b"]
        end = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
        # "1979-1980", "1979-80"; a falling or very long span is something else (a score, a code).
        if 0 < end - first <= 30 and end <= LAST_YEAR:
            yield Mention(match.start(), match.end(), f"{first}/{end}", "range")
    for match in _DECADE.finditer(value) if decades else ():
        yield Mention(match.start(), match.end(), f"{match['y']}s", "decade")
    for match in _SHORT_DECADE.finditer(value) if decades and _THE_NEEDS.search(value) else ():
        yield Mention(match.start("all"), match.end("all"), f"19{match['dd']}s", "decade")
    # A plain year never follows a digit, so it never starts inside another year, and the years
    # _YEAR_NEEDS finds (it skips only what lies inside them) include every plain year: trying
    # the form at those alone finds what its finditer would, without trying its look-behinds at
    # every position.
    for year in _YEAR_NEEDS.finditer(value):
        plain = _PLAIN_YEAR.match(value, year.start())
        if plain is None or _COUNTED.match(value, plain.end()) or _numbered(value, plain.start()):
            continue
        yield Mention(plain.start(), plain.end(), plain["y"], "year")


def may_hold_date(value: str) -> bool:
    """Whether ``value`` holds what every date form needs (a year or a decade); when not, it holds
    no date, and :func:`find_dates` of it is empty."""
    return (
        ("1" in value and _YEAR_FROM_1.search(value) is not None)
        or ("2" in value and _YEAR_FROM_2.search(value) is not None)
        or ("0" in value and _SHORT_DECADE_NEEDS.search(value) is not None)
    )


def find_dates(value: str) -> tuple[Mention, ...]:
    """The dates written in ``value``, in text order; overlapping forms keep the most specific."""
    if not may_hold_date(value):
        return ()
    masked = _masked(value)
    # Spans taken so far, sorted and disjoint: a candidate is kept if it overlaps none of them.
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Mention] = []
    for mention in _candidates(masked):
        index = bisect.bisect_right(starts, mention.start)
        if index and ends[index - 1] > mention.start:
            continue
        if index < len(starts) and starts[index] < mention.end:
            continue
        starts.insert(index, mention.start)
        ends.insert(index, mention.end)
        kept.append(mention)
    return tuple(sorted(kept, key=lambda m: m.span))
