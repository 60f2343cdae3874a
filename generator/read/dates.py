"""Comment dates as pages write them, read fast: "July 11, 2011 at 12:25 pm", "23. Juni 2016 um
17:21 Uhr", "26 abril 2022 a las 14:02", "11/07/2011 à 14h05", ISO 8601, "3 years ago".

The common shapes are read by a few linear-time patterns (every repetition is bounded or anchored
on a character class that cannot overlap its neighbour, so a 100 KB run of one character costs
linear time), with month names in many languages taken from dateparser's own locale data, loaded
once on first use. Only a shape the patterns do not know goes to :mod:`dateparser` (about 2 ms a
call, far too slow for every comment), at most :data:`FALLBACK_LIMIT` times a page.

The day/month order of numeric dates ("11/07/2011") is decided per page, from all its dates: one
date with a first number above 12 makes the page day-first.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from generator.read.locales import date_order, month_names
from generator.read.text import MONTHS

FALLBACK_LIMIT = 8
"""Most dates of one page handed to dateparser: a page of unknown shapes stays fast."""

MIN_YEAR, MAX_YEAR = 1970, 2099
"""Years accepted as comment dates (the web has no older comments; a number outside is no date)."""


@dataclass(frozen=True)
class PostedAt:
    """One comment date: its ISO 8601 prefix, as the page wrote it, and whether it was relative."""

    iso: str | None
    """ISO 8601 prefix: "2019-10-20", "2019-10-20T13:31", "2020-04-14T15:00+02:00" (a zone only
    where the page gave one); None for a relative date."""

    text: str
    """The date as written."""

    relative: bool
    """"3 years ago", "vor 2 Tagen": kept as text, never given a date (reported with a warning)."""


_WORD = r"(?:(?<![^\W\d_])|(?<=[^\W\d_]|[).])(?=[A-ZÀ-Þ]))(?P<mon>[^\W\d_]{3,12})\.?"
"""A month name; also glued to a name before it ("KristineOctober 20, 2019": two links run
together by the dumper), told apart by its capital."""
_DAY = r"(?<!\d)(?P<day>\d{1,2})"
_YEAR = r"(?P<year>\d{4})(?!\d)"
_CONNECT = r"(?:at|um|a\s{1,2}las|a\s{1,2}les|à|às|a|alle|om|o|kl\.?|klo|в|@|-|–|—|,)"
_TIME = (
    r"(?:(?:T|\s{0,2},?\s{1,3}(?:" + _CONNECT + r"\s{1,3})?)"
    r"(?P<hour>\d{1,2})(?:[:.]|\s?h\s?)(?P<minute>\d{2})(?!\d)(?::(?P<second>\d{2}))?(?:\.\d{1,6})?"
    r"(?:\s{0,2}(?P<ampm>[AaPp]\.?\s?[Mm](?:\b|(?=[A-ZÀ-Þ]))\.?))?(?:\s{1,2}Uhr\b)?"
    r"(?:\s{0,2}(?P<zone>UTC|GMT|Z|[+-]\d{2}:?\d{2})(?![\d:]))?)?"
)
# A form must read the text of its match alone as it read it in the line (_learn relies on it):
# lookbehinds only at its start, and at its end only lookaheads that hold where the text ends
# ("no digit after", or a word's end as the alternative tried first). tests/test_dates_shortcuts.py
# tries each form with what may stand on either side.
_FORMS = (
    # "July 11, 2011", "Oct. 20th 2019"
    ("word", re.compile(_WORD + r"\s{1,3}" + _DAY + r"(?:st|nd|rd|th)?,?\s{1,3}" + _YEAR + _TIME)),
    # "23. Juni 2016", "26 abril 2022", "26 de abril de 2022", "1er mars 2020", "3rd March 2020"
    (
        "word",
        re.compile(
            _DAY
            + r"(?:\.|er|º|ª|st|nd|rd|th)?\s{1,3}(?:(?:de|of)\s{1,3})?"
            + _WORD
            + r",?\s{1,3}(?:de\s{1,3})?"
            + _YEAR
            + _TIME
        ),
    ),
    # "2019-10-20T13:31:00+02:00", "2020/04/14 15:00"
    (
        "ymd",
        re.compile(
            r"(?<!\d)(?P<year>\d{4})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?!\d)" + _TIME
        ),
    ),
    # "11/07/2011", "23.06.2016", "11-08-2020"
    ("numeric", re.compile(r"(?<!\d)(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)" + _YEAR + _TIME)),
)

_MONTH_FIRST = _FORMS[0][1]
_DAY_YEAR = re.compile(r"\d{1,2}(?:st|nd|rd|th)?,?\s{1,3}\d{4}(?!\d)")
"""The day and year every match of :data:`_MONTH_FIRST` ("July 11, 2011") ends with: found by a
search that skips from digit to digit, where the month-first form tries a month name at every
letter."""

_UNIT_EN = r"(?:sec(?:ond)?|min(?:ute)?|hour|hr|day|week|month|year)s?"
_RELATIVE = re.compile(
    r"(?<![^\W\d_])(?:"
    rf"(?:\d{{1,4}}|an?|one|a\s{{1,2}}few)\s{{1,3}}{_UNIT_EN}\s{{1,3}}ago"
    r"|vor\s{1,3}(?:\d{1,4}|einem|einer|ein)\s{1,3}(?:Sekunden?|Minuten?|Stunden?|Tag(?:en)?|Wochen?|Monat(?:en)?|Jahr(?:en)?)"
    r"|hace\s{1,3}(?:\d{1,4}|un|una)\s{1,3}(?:segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?|años?)"
    r"|il\s{1,2}y\s{1,2}a\s{1,3}(?:\d{1,4}|un|une)\s{1,3}(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?|années?)"
    r"|(?:\d{1,4}|un|una)\s{1,3}(?:second[oi]|minut[oi]|or[ae]|giorn[oi]|settiman[ae]|mes[ei]|ann[oi])\s{1,3}fa"
    r"|(?:\d{1,4}|een)\s{1,3}(?:seconden?|minuut|minuten|uur|dag(?:en)?|week|weken|maand(?:en)?|jaar|jaren)\s{1,3}geleden"
    r"|(?:\d{1,4})\s{1,3}(?:секунд\w{0,2}|минут\w{0,2}|час\w{0,2}|дн\w{0,2}|день|недел\w{0,2}|месяц\w{0,2}|год\w{0,2}|лет)\s{1,3}назад"
    r"|yesterday|today|just\s{1,2}now|a\s{1,2}moment\s{1,2}ago|gestern|heute|gerade\s{1,2}eben|ayer|hoy|"
    r"ahora\s{1,2}mismo|hier|aujourd'hui|à\s{1,2}l'instant|ieri|oggi|gisteren|vandaag|вчера|сегодня"
    r")(?![^\W\d_])",
    re.IGNORECASE,
)
"""A relative date: kept as written, never turned into a day (the page gives no 'now')."""


class _Read(NamedTuple):
    """What the fast path read; numeric dates keep both numbers until the page's order is known.

    A named tuple: one is made for every date of every page (a frozen dataclass costs more)."""

    year: int
    first: int
    second: int
    ambiguous: bool
    """A numeric a/b/yyyy date: ``first`` and ``second`` are day and month in the page's order."""
    time: str
    dotted: bool = False
    """Written with dots ("23.06.2016"): a European, day-first date."""


def find_date(line: str) -> tuple[int, int] | None:
    """The span of the first date (with its time) or relative date inside ``line``, or None."""
    best: tuple[int, re.Match[str]] | None = None
    if not _DIGIT.search(line) or not _has_year(line):
        return relative_span(line)
    numeric = "/" in line or "." in line or "-" in line
    for position, (kind, form) in enumerate(_FORMS):
        if kind != "word" and not numeric:
            continue  # "11/07/2011", "23.06.2016", "2020-04-14" need their separators
        if form is _MONTH_FIRST and _DAY_YEAR.search(line) is None:
            continue  # a sentence with a year but no "20, 2019" in it: spared a costly search
        match = _first_valid(form, line, kind)
        if match and (best is None or match.start() < best[1].start()):
            best = position, match
            if match.start() == 0:
                break  # nothing can start earlier
    if best is not None:
        _learn(*best)
        return best[1].span()
    return relative_span(line)


def _learn(position: int, match: re.Match[str]) -> None:
    """Remember what ``match``, a date found by the form at ``position`` of :data:`_FORMS`, says:
    :func:`_read_one` reads a comment header's date again as its text alone. The form reads
    that text as it read the line: at the text's ends, the form's lookarounds ("no digit
    before", "no digit after", a word's end) hold as they held in the line."""
    text = match.group()
    if text in _LEARNED:
        return
    if len(_LEARNED) >= _LEARNED_SIZE:
        # The oldest: a page's dates are read after all are found. One call in C, so a build in
        # another thread (the MkDocs hook's) never sees the memory half changed.
        _LEARNED.popitem(last=False)
    _LEARNED[text] = position, _reading(_FORMS[position][0], match)


_LEARNED: OrderedDict[str, tuple[int, _Read]] = OrderedDict()
"""The dates :func:`find_date` found lately, as ``text -> (form, reading)``: a page's comments'
dates, found as headers are, then read together."""
_LEARNED_SIZE = 1024
"""Most dates remembered: a page with more comments reads its first ones again."""


def relative_span(line: str) -> tuple[int, int] | None:
    """The span of the first relative date ("3 years ago", "gestern") in ``line``, or None."""
    # One search for all the words (in C); most lines hold none of them.
    if _RELATIVE_WORD.search(line.casefold()) is None:
        return None
    relative = _RELATIVE.search(line)
    return relative.span() if relative else None


_DIGIT = re.compile("[0-9]")
_YEAR_RUN = re.compile(r"\d{4}(?!\d)")
"""Four digits not followed by a fifth: what the year of every form of :data:`_FORMS` is."""


def _has_year(line: str) -> bool:
    """Whether ``line`` holds a year :func:`_plausible` accepts: a cheap test before the forms
    (most lines with digits in them hold no date; the forms cost ten times more)."""
    if _ASCII_YEAR.search(line) is not None:
        return True
    if line.isascii():
        return False  # every run of four ASCII digits was looked at by the search above
    return any(MIN_YEAR <= int(run.group()) <= MAX_YEAR for run in _YEAR_RUN.finditer(line))


_ASCII_YEAR = re.compile(r"(?:19[7-9][0-9]|20[0-9][0-9])(?!\d)")
"""A year from :data:`MIN_YEAR` to :data:`MAX_YEAR` in ASCII digits, as :data:`_YEAR_RUN` finds
it: one search in C instead of a number made of every run (other digits go the long way)."""


RELATIVE_WORDS = [
    "ago",
    "vor",
    "hace",
    "il",
    "fa",
    "geleden",
    "назад",
    "yesterday",
    "today",
    "just",
    "moment",
    "gestern",
    "heute",
    "gerade",
    "ayer",
    "hoy",
    "ahora",
    "hier",
    "aujourd",
    "instant",
    "ieri",
    "oggi",
    "gisteren",
    "vandaag",
    "вчера",
    "сегодня",
]
"""Words every relative date has one of, in lower case: a cheap test before the pattern."""


def _any_word(words: list[str]) -> str:
    """A pattern for any of ``words``, grouped by first letter ("h(?:ace|eute|oy|ier)"): at each
    position of a line only the words of its letter are tried, where a plain alternation tries
    every word in turn (the line's relative dates cost a third less to look for)."""
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in by_first.items())


_RELATIVE_WORD = re.compile(_any_word(RELATIVE_WORDS))


def read_dates(texts: Sequence[str], *, lang: str | None = None) -> list[PostedAt | None]:
    """A page's comment dates read together: the day/month order of numeric dates is decided from all of them.

    Each text is one comment's date as shown; the result has one entry per text, None where the
    text holds no date at all.
    """
    shown_texts = [" ".join(text.split()) for text in texts]
    read: list[_Read | PostedAt | None] = [_read_one(shown) for shown in shown_texts]
    day_first = _day_first(read, texts, lang)
    out: list[PostedAt | None] = []
    fallbacks = 0
    for shown, item in zip(shown_texts, read, strict=True):
        if isinstance(item, PostedAt) or (item is None and not shown):
            out.append(item)
        elif isinstance(item, _Read):
            out.append(_finish(item, shown, day_first))
        elif fallbacks < FALLBACK_LIMIT and any(char.isdigit() for char in shown) and len(shown) <= 80:
            fallbacks += 1
            out.append(_dateparser(shown, lang, day_first))
        else:
            out.append(None)
    return out


def _read_one(text: str) -> _Read | PostedAt | None:
    """The fast path for one date (white space already collapsed)."""
    if not text:
        return None
    learned = _LEARNED.get(text)
    for position, (kind, form) in enumerate(_FORMS):
        if learned is not None and learned[0] == position:
            return learned[1]  # what the form reads here (the forms before it found nothing)
        match = _first_valid(form, text, kind)
        if match is not None:
            return _reading(kind, match)
    if relative_span(text):
        return PostedAt(None, text, True)
    return None


def _reading(kind: str, match: re.Match[str]) -> _Read:
    """What a valid match of a form of :data:`_FORMS` of ``kind`` says."""
    time = _time(match)
    year = int(match["year"])
    if kind == "word":
        return _Read(year, int(match["day"]), _month(match["mon"]) or 0, False, time)
    if kind == "ymd":
        return _Read(year, int(match["day"]), int(match["b"]), False, time)
    first, second = int(match["a"]), int(match["b"])
    return _Read(year, first, second, True, time, match["sep"] == ".")


def _first_valid(form: re.Pattern[str], text: str, kind: str) -> re.Match[str] | None:
    """The first match of ``form`` that is a real date (a known month name, a plausible year)."""
    position = 0
    while (match := form.search(text, position)) is not None:
        if _plausible(match, kind):
            return match
        position = match.start() + 1
    return None


def _plausible(match: re.Match[str], kind: str) -> bool:
    if not MIN_YEAR <= int(match["year"]) <= MAX_YEAR:
        return False
    if kind == "word":
        return _month(match["mon"]) is not None and 1 <= int(match["day"]) <= 31
    if kind == "ymd":
        return 1 <= int(match["b"]) <= 12 and 1 <= int(match["day"]) <= 31
    first, second = int(match["a"]), int(match["b"])
    return min(first, second) >= 1 and max(first, second) <= 31 and min(first, second) <= 12


def _time(match: re.Match[str]) -> str:
    """``THH:MM[:SS][±HH:MM]`` from the time part of a match, or "" when it has none."""
    # The groups in one call: this runs for every comment's date.
    return _clock(*match.group("hour", "minute", "second", "ampm", "zone"))


@lru_cache(maxsize=4096)
def _clock(
    hour_text: str | None,
    minute_text: str | None,
    second: str | None,
    ampm_text: str | None,
    zone: str | None,
) -> str:
    """:func:`_time` from its groups, remembered: a day has 1440 minutes, a page's comments
    show a few of them each."""
    if hour_text is None or minute_text is None:  # the pattern has both or neither: for the types
        return ""
    hour, minute = int(hour_text), int(minute_text)
    ampm = (ampm_text or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return ""
    out = f"T{hour:02d}:{minute:02d}"
    if second:
        out += f":{second}"
    if zone:
        if zone.upper() in ("UTC", "GMT", "Z"):
            out += "+00:00"
        else:
            digits = zone[1:].replace(":", "")
            out += f"{zone[0]}{digits[:2]}:{digits[2:]}"
    return out


def _day_first(read: Sequence[_Read | PostedAt | None], texts: Sequence[str], lang: str | None) -> bool:
    """Whether the page's numeric dates put the day first: evidence from its dates, else a guess."""
    numeric = [item for item in read if isinstance(item, _Read) and item.ambiguous]
    if any(item.first > 12 for item in numeric):
        return True
    if any(item.second > 12 for item in numeric):
        return False
    if lang is not None:
        return date_order(lang) != "MDY"
    # No number above 12 anywhere: a dotted date is European; an English "at 3:00 pm" page with
    # slashes is taken as American, as browsers in the US would show it.
    if any(item.dotted for item in numeric):
        return True
    joined = " ".join(texts[:50]).lower()
    return not (" at " in joined or " pm" in joined or " am" in joined)


def _finish(item: _Read, text: str, day_first: bool) -> PostedAt | None:
    """The ISO form of a fast-path read, once the page's day/month order is known."""
    if item.ambiguous:
        day, month = (item.first, item.second) if day_first else (item.second, item.first)
        if month > 12:  # this one date contradicts the page's order: it alone says which it is
            day, month = month, day
    else:
        day, month = item.first, item.second
    if not (1 <= month <= 12 and 1 <= day <= _days_in(item.year, month)):
        return None
    return PostedAt(f"{item.year:04d}-{month:02d}-{day:02d}{item.time}", text, False)


def _days_in(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _dateparser(text: str, lang: str | None, day_first: bool) -> PostedAt | None:
    """The slow, general reader, for a shape the fast path does not know."""
    # Imported here: a tenth of a second, for the rare date the fast path cannot read.
    from dateparser.date import DateDataParser  # type: ignore[import-untyped]

    settings = {
        "DATE_ORDER": "DMY" if day_first else "MDY",
        "REQUIRE_PARTS": ["day", "month", "year"],
        "RETURN_TIME_AS_PERIOD": True,
        "PARSERS": ["absolute-time"],
    }
    parser = DateDataParser(languages=[lang] if lang else None, settings=settings)
    try:
        data = parser.get_date_data(text)
    except (ValueError, OverflowError, LookupError):
        return None
    when = data.date_obj
    if when is None or not MIN_YEAR <= when.year <= MAX_YEAR:
        return None
    iso = when.date().isoformat()
    if data.period == "time":
        iso += f"T{when.hour:02d}:{when.minute:02d}"
        offset = when.utcoffset()
        if offset is not None:
            minutes = int(offset.total_seconds()) // 60
            sign = "+" if minutes >= 0 else "-"
            iso += f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return PostedAt(iso, text, False)


@lru_cache(maxsize=1024)
def _month(word: str) -> int | None:
    """The number of a month name as matched ("Oct.", "Juni"), or None; remembered, as every
    date of a page names one of a dozen months."""
    folded = word.casefold().rstrip(".")
    # English first: the same number as in month_names() (English wins its clashes there), and
    # a page of English dates never loads the other languages' data (some 40 ms, in each worker).
    english = MONTHS.get(folded)
    return english if english is not None else month_names().get(folded)
