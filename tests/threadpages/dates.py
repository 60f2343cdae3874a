"""Dates as each engine shows them, spelled out by hand (no locale module, so no machine differences)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
}  # fmt: skip

_DE_SHORT_MONTHS = ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez")
_DE_SHORT_DAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")


def _h12(t: datetime) -> tuple[int, str]:
    hour = t.hour % 12 or 12
    return hour, ("am" if t.hour < 12 else "pm")


def wp_en(t: datetime) -> str:
    """WordPress in English: "October 20, 2019 at 1:31 pm"."""
    hour, half = _h12(t)
    return f"{MONTHS['en'][t.month - 1]} {t.day}, {t.year} at {hour}:{t.minute:02d} {half}"


def wp_en_day_first(t: datetime) -> str:
    """A British WordPress site with a numeric date format: "14/04/2020 at 3:00 pm"."""
    hour, half = _h12(t)
    return f"{t.day:02d}/{t.month:02d}/{t.year} at {hour}:{t.minute:02d} {half}"


def wp_de(t: datetime) -> str:
    """WordPress in German: "23. Juni 2016 um 17:21 Uhr"."""
    return f"{t.day}. {MONTHS['de'][t.month - 1]} {t.year} um {t.hour}:{t.minute:02d} Uhr"


def wp_es_custom(t: datetime) -> str:
    """A Spanish block theme with its own date format: "26 abril 2022 a las 14:02"."""
    return f"{t.day} {MONTHS['es'][t.month - 1]} {t.year} a las {t.hour}:{t.minute:02d}"


def wp_es(t: datetime) -> str:
    """WordPress in Spanish (core formats): "3 de mayo de 2021 a las 09:45"."""
    return f"{t.day} de {MONTHS['es'][t.month - 1]} de {t.year} a las {t.hour:02d}:{t.minute:02d}"


def wp_fr_numeric(t: datetime) -> str:
    """A French WordPress site with numeric dates: "11/07/2011 à 14h05"."""
    return f"{t.day:02d}/{t.month:02d}/{t.year} à {t.hour}h{t.minute:02d}"


def wpcom_fr(t: datetime) -> str:
    """WordPress.com in French: "11 juillet 2011 à 14 h 05 min"."""
    return f"{t.day} {MONTHS['fr'][t.month - 1]} {t.year} à {t.hour} h {t.minute:02d} min"


def news_de(t: datetime) -> str:
    """A German newspaper: "05.03.2021, 08:14 Uhr"."""
    return f"{t.day:02d}.{t.month:02d}.{t.year}, {t.hour:02d}:{t.minute:02d} Uhr"


def blogger_en(t: datetime) -> str:
    """Blogger in US English: "April 27, 2016 at 5:22 PM"."""
    hour, half = _h12(t)
    return f"{MONTHS['en'][t.month - 1]} {t.day}, {t.year} at {hour}:{t.minute:02d} {half.upper()}"


def discourse_en(t: datetime) -> str:
    """Discourse's crawler view: "March 4, 2021, 10:11am" (two spaces before the time in the source)."""
    hour, half = _h12(t)
    return f"{MONTHS['en'][t.month - 1]} {t.day}, {t.year}, {hour}:{t.minute:02d}{half}"


def phpbb_de(t: datetime) -> str:
    """phpBB in German: "Di 14. Apr 2020, 15:00"."""
    return (
        f"{_DE_SHORT_DAYS[t.weekday()]} {t.day}. {_DE_SHORT_MONTHS[t.month - 1]} {t.year}, "
        f"{t.hour:02d}:{t.minute:02d}"
    )


def date_en(t: datetime) -> str:
    """An English article date: "October 20, 2019"."""
    return f"{MONTHS['en'][t.month - 1]} {t.day}, {t.year}"


def date_de(t: datetime) -> str:
    """A German article date: "23. Juni 2016"."""
    return f"{t.day}. {MONTHS['de'][t.month - 1]} {t.year}"


def date_es(t: datetime) -> str:
    """A Spanish article date: "3 de mayo de 2021"."""
    return f"{t.day} de {MONTHS['es'][t.month - 1]} de {t.year}"


def date_fr(t: datetime) -> str:
    """A French article date: "11 juillet 2011"."""
    return f"{t.day} {MONTHS['fr'][t.month - 1]} {t.year}"


def date_dmy(t: datetime) -> str:
    """A numeric day-first article date: "14/04/2020"."""
    return f"{t.day:02d}/{t.month:02d}/{t.year}"


def blogger_header(t: datetime) -> str:
    """Blogger's date header above a post: "Wednesday, April 27, 2016"."""
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    return f"{days[t.weekday()]}, {MONTHS['en'][t.month - 1]} {t.day}, {t.year}"


def relative_en(t: datetime, now: datetime) -> str:
    """Reddit and Hacker News: "5 hours ago", "1 day ago", counted from when the page was saved."""
    seconds = int((now - t).total_seconds())
    if seconds < 0:
        raise ValueError(f"{t} is after the page was saved ({now})")
    for unit, size in (
        ("year", 365 * 86400),
        ("month", 30 * 86400),
        ("day", 86400),
        ("hour", 3600),
        ("minute", 60),
    ):
        if seconds >= size:
            n = seconds // size
            return f"{n} {unit}{'s' if n != 1 else ''} ago"
    return "just now"


FORMATS: dict[str, Callable[[datetime], str]] = {
    "wp_en": wp_en,
    "wp_en_day_first": wp_en_day_first,
    "wp_de": wp_de,
    "wp_es_custom": wp_es_custom,
    "wp_es": wp_es,
    "wp_fr_numeric": wp_fr_numeric,
    "wpcom_fr": wpcom_fr,
    "news_de": news_de,
    "blogger_en": blogger_en,
    "discourse_en": discourse_en,
    "phpbb_de": phpbb_de,
}
"""Absolute formats by name; the relative one needs the save time and is called directly."""
