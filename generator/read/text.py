"""Text helpers shared by the dialects: line splitting and the "Posted on" dates."""

from __future__ import annotations

import datetime as dt
import re

# Only real line ends: str.splitlines() also splits on U+2028, form feeds and the like, which
# would make the reported line numbers disagree with every editor.
_LINE_END = re.compile(r"\r\n|\r|\n")

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
"""The English month names, the one list the readers, the date finder and the pages use (the
pages are in English, whatever the locale)."""

MONTH_ABBREVIATIONS = tuple(
    short
    for name in MONTH_NAMES
    if name != "May"
    for short in (("Sept", "Sep") if name == "September" else (name[:3],))
)
"""Their abbreviations ("Sept" as well as "Sep"), longest first where one is a prefix of another."""

MONTHS = {
    **{name.lower(): number for number, name in enumerate(MONTH_NAMES, start=1)},
    **{name[:3].lower(): number for number, name in enumerate(MONTH_NAMES, start=1)},
    "sept": 9,
}
"""English month names and abbreviations, lower-case, to their number; locale-independent."""

_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_DATE_FORMS = (
    re.compile(rf"^{_MONTH}\s+{_DAY},?\s+{_YEAR}$"),
    re.compile(rf"^{_DAY}\s+{_MONTH},?\s+{_YEAR}$"),
    re.compile(r"^(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})$"),
)


def split_lines(text: str) -> list[str]:
    """Split on CRLF, CR and LF only, so line numbers match what an editor shows."""
    lines = text.split("\n") if "\r" not in text else _LINE_END.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def parse_date(text: str) -> dt.date | None:
    """Read a full date such as "Aug 27, 2008", "August 4th, 1976" or "2008-08-27", else None."""
    text = " ".join(text.split())
    for form in _DATE_FORMS:
        match = form.match(text)
        if not match:
            continue
        month_text = match["month"]
        month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.lower())
        if month is None:
            continue
        try:
            return dt.date(int(match["year"]), month, int(match["day"]))
        except ValueError:
            return None
    return None
