"""Shown dates ("October 20, 2019 at 1:31 pm", "vor 3 Tagen") to ISO 8601 through the project's
date library, :func:`generator.read.dates.read_dates`: the one call site of it in the HTML reader."""

from __future__ import annotations

from collections.abc import Sequence

from generator.read.dates import read_dates
from generator.read.html.found import Found


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
