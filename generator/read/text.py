"""Text helpers shared by the dialects: line splitting, dates and slugs."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

# Only real line ends: str.splitlines() also splits on U+2028, form feeds and the like, which
# would make the reported line numbers disagree with every editor.
_LINE_END = re.compile(r"\r\n|\r|\n")

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
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


def slugify(text: str, max_length: int = 80) -> str:
    """A readable, stable URL slug: Latin letters lose their accents, other scripts stay as they are.

    "Author POV – Viktor Belenko, Hero or Traitor?" gives "author-pov-viktor-belenko-hero-or-traitor";
    Cyrillic, Greek or CJK titles keep their letters (lower-cased), which browsers show as written.
    """
    out: list[str] = []
    for char in unicodedata.normalize("NFC", text.lower()):
        for ch in _unaccent(char).lower():
            if unicodedata.category(ch)[0] == "M":
                # A mark belongs to the letter before it: kept on a letter of another script (Devanagari
                # and Thai vowel signs are part of the word), gone from a Latin one or a separator.
                if out and out[-1] != "-" and not out[-1].isascii():
                    out.append(ch)
            else:
                out.append(ch if ch.isalnum() else "-")
    kept = "".join(out)
    slug = re.sub("-+", "-", kept).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug


def _unaccent(char: str) -> str:
    """ "é" → "e", "ﬁ" → "fi"; a letter of another script keeps its marks ("й", "ベ", "ή").

    Stripping every combining mark would turn Cyrillic "й" into "и" and Japanese "ベ" into "ヘ":
    other words, not the same word without accents.
    """
    if char.isascii():
        return char
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return base if base and base.isascii() else unicodedata.normalize("NFKC", char)
