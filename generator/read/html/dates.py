"""Shown dates ("October 20, 2019 at 1:31 pm", "vor 3 Tagen") to ISO 8601 through the project's
date library, :func:`generator.read.dates.read_dates`: the one call site of it in the HTML reader."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from generator.read.dates import read_dates
from generator.read.html.found import Found

_EXTENDED = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}"  # the date
    r"(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?"  # a time, a zone
)
"""ISO 8601's extended form, the one the model's dates are written in."""


def iso_value(value: str | None) -> str | None:
    """A date or date and time from the markup (``<time datetime>``) as the model's ISO 8601
    prefix, or None when it is none ("yesterday", "2021-13-45"): the shown date is read instead.

    A value in ISO 8601's extended form is kept as written; another form that is a real date
    and time (``2021-03-05 08:00``, ``20210305``) is written in the extended form.
    """
    value = (value or "").strip()
    if len(value) > 40 or not value.isascii():
        return None
    try:
        when: dt.date = dt.datetime.fromisoformat(value) if len(value) > 10 else dt.date.fromisoformat(value)
    except ValueError:
        return None
    return value if _EXTENDED.fullmatch(value) else when.isoformat()


def fill_shown(found: Sequence[Found], lang: str | None) -> None:
    """Fill in ``posted`` of the comments that show a date but give none in the markup.

    The dates of a page are read together: the library settles day/month order from all of them.
    """
    missing = [item for item in found if item.posted is None and item.posted_text]
    if not missing:
        return
    results = read_dates([item.posted_text or "" for item in missing], lang=lang)
    for item, result in zip(missing, results, strict=True):
        if result is not None and result.iso:
            item.posted = result.iso
