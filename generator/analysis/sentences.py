"""Sentences of a paragraph, and the snippet of one that quotes a date (for the timelines)."""

from __future__ import annotations

import bisect
import re

from generator.analysis.datefinder import Mention

_ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "lt",
        "gen",
        "col",
        "capt",
        "sgt",
        "maj",
        "cpt",
        "cmdr",
        "adm",
        "st",
        "jr",
        "sr",
        "vs",
        "etc",
        "eg",
        "ie",
        "no",
        "blvd",
        "ave",
        "rd",
        "co",
        "corp",
        "inc",
        "ltd",
        "govt",
        "apt",
        "dept",
        "calif",
        "approx",
        "est",
        "fig",
        "vol",
        "pp",
        "p",
        "sept",
        "aug",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.s.a",
        "u.k",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
    }
)
"""Words whose full stop does not end a sentence (compared lower-case, without the stop)."""
# A stop, closing quotes or brackets, citation marks ("wife.[5] After"), then space and a word.
# Lower-case starts count too: readers often skip the capital ("censorship. in 2017 The …").
# Linear in the text (seeds are untrusted): a match starts only at the first stop of a run (the
# look-behind, after the first character so the engine still skips to stops fast), and every
# repetition is possessive; each is followed by what it cannot hold, so nothing is lost. Else a
# run of n stops not followed by space and a word was read from each of its n stops.
_SENTENCE_END = re.compile(r"[.!?…](?<![.!?…].)[.!?…]*+[\"”’')\]]*+(?:\[\d{1,3}\])*+\s++(?=[\"“‘'(\[]?\w)")
SNIPPET_LIMIT = 240
"""Longest snippet, in characters; a longer sentence is cut around the date."""


def sentences(value: str, until: int | None = None) -> list[tuple[int, int]]:
    """Start and end offsets of the sentences of ``value``, in order, covering all of it; with
    ``until``, only those up to the one holding that offset (the rest is not read)."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(value):
        before = value[max(0, match.start() - 40) : match.start()].split()
        bare = before[-1].lower().lstrip("(\"“'‘") if before else ""
        if bare in _ABBREVIATIONS or (len(bare) == 1 and bare.isalpha()):
            continue
        bounds.append((start, match.start() + len(match.group().rstrip())))
        start = match.end()
        if until is not None and start > until:
            return bounds
    bounds.append((start, len(value)))
    return bounds


def sentence_bounds(
    value: str, position: int, bounds: list[tuple[int, int]] | None = None
) -> tuple[int, int]:
    """Start and end offsets of the sentence of ``value`` holding ``position``; ``bounds`` are
    :func:`sentences` of ``value`` (up to ``position`` at least) when the caller has them already."""
    bounds = sentences(value) if bounds is None else bounds
    return bounds[max(0, bisect.bisect_right(bounds, (position, len(value) + 1)) - 1)]


def snippet(value: str, start: int, end: int, mention: Mention) -> str:
    """The sentence ``value[start:end]``, white space collapsed and cut around the mention if long."""
    # Only a window around the date is read, so a huge sentence with many dates stays linear.
    low, high = max(start, mention.start - 4 * SNIPPET_LIMIT), min(end, mention.end + 4 * SNIPPET_LIMIT)
    before = " ".join(value[low : mention.start].split())
    written = " ".join(value[mention.start : mention.end].split())
    after = " ".join(value[mention.end : high].split())
    gap_before = " " if before and value[mention.start - 1].isspace() else ""
    gap_after = " " if after and value[mention.end].isspace() else ""
    whole = (low, high) == (start, end)
    if whole and len(before) + len(written) + len(after) + 2 <= SNIPPET_LIMIT:
        return f"{before}{gap_before}{written}{gap_after}{after}"
    room = max(SNIPPET_LIMIT - len(written), 40)
    keep_before = min(len(before), room // 2)
    keep_after = min(len(after), room - keep_before)
    keep_before = min(len(before), room - keep_after)
    head = before[len(before) - keep_before :]
    if keep_before < len(before) or low > start:
        head = "… " + (head.split(" ", 1)[-1] if " " in head else head)
    tail = after[:keep_after]
    if keep_after < len(after) or high < end:
        tail = (tail.rsplit(" ", 1)[0] if " " in tail else tail) + " …"
    return f"{head}{gap_before}{written}{gap_after}{tail}"
