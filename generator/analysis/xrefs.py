"""References to other comments by number: "Mark Holt, (9 above)", "#12", "comment 9", "see 14 below".

Precision over recall: a number is a reference only in one of these frames, never on its own
("2 children", "$100,000", "1976", "4-year-old", "MiG 25s"):

- in parentheses with "above" or "below": "(9 above)";
- after "see": "see 14 below", "see #14", "see comment 14";
- after "comment", "post" or "reply" (with or without "#" or "No."): "comment 9", "post #3";
- after "#", when the "#" opens the text or follows "(", "see", "to", "as", "per", "re" or
  "@", or is followed by "above", "below" or a verb of saying: "#12 said", "(#12)".

A word frame must not be followed by a unit ("comment 2 days ago"): the number must end the
sentence or be followed by a word from a short list ("comment 9 says", "comment 9 and …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Reference:
    """A span of text that refers to a top-level comment by its number."""

    start: int
    """Offset of the reference in the text (the part that becomes the link)."""

    end: int
    """Offset just past the reference."""

    number: int
    """The number of the comment referred to (a top-level comment: ``c<number>``)."""


_NUMBER = r"(?P<number>[1-9]\d{0,3})(?![\d,.]\d|[-–]\w|%|\w)"
# What may follow a number in a word frame: the end of a clause, or one of these words.
_FOLLOW = (
    r"(?=\s*(?:[.,;:!?)\]”\"’']|$)"
    r"|\s+(?:above|below|and|or|by|from|where|which|that|who|is|was|said|says|wrote|writes|"
    r"mentions|mentioned|makes|made|states|stated|claims|claimed|has|had|here|there|"
    r"in|on|to|are|were|you|I)\b)"
)
_SAYING = r"(?:above|below|said|says|wrote|writes|mentions|mentioned|states|stated|claims|claimed)"

_WHERE = r"(?:\s+(?:above|below))"
# Look-behinds must have a fixed width: one per word before a "#12".
_AFTER_WORD = "|".join(rf"(?<=\b(?i:{word})\s)" for word in ("to", "as", "per", "re", "see", "with"))
_KEYWORD = r"(?i:comment|post|posting|reply)\s*(?:#\s*|(?i:no\.?|number)\s*)?"

# Each pattern opens with a look-ahead for its first character: without it the engine tries the
# look-behinds at every position of every comment, the costliest step of a build (profiled).
_PATTERNS = (
    # "(9 above)", "(#9 below)"
    re.compile(rf"\((?P<ref>#?\s*{_NUMBER}{_WHERE})\s*\)"),
    # "see 14 below", "see 14." — a bare number after "see" needs "above"/"below" or a full stop
    re.compile(rf"(?=(?i:[sc]))\b(?i:see|cf\.?)\s+(?P<ref>{_NUMBER}{_WHERE}?)(?={_WHERE}|\s*[.;)]|\s*$)"),
    # "comment 9", "see post #3", "reply No. 4 below"
    re.compile(rf"(?=(?i:[cpr]))(?P<ref>\b{_KEYWORD}{_NUMBER}{_WHERE}?){_FOLLOW}"),
    # "#12 is right", "(#12)", "agree with #12", "as #12 said"
    re.compile(rf"(?=#)(?:^|(?<=\()|(?<=@)|{_AFTER_WORD})(?P<ref>#{_NUMBER}{_WHERE}?){_FOLLOW}"),
    # "… and #12 said", "#12 above"
    re.compile(rf"(?=#)(?<![\w&#])(?P<ref>#{_NUMBER}{_WHERE}?)(?=\s+{_SAYING}\b)"),
)


def _has_digit(text: str) -> bool:
    """Whether ``text`` holds a digit 1-9, as every reference does (``_NUMBER``)."""
    # Most paragraphs hold none. Nine substring searches find that several times faster than a
    # regex, casefold() or any(...) (profiled), hence the long expression.
    return (
        "1" in text
        or "2" in text
        or "3" in text
        or "4" in text
        or "5" in text
        or "6" in text
        or "7" in text
        or "8" in text
        or "9" in text
    )


def find_references(text: str) -> list[Reference]:
    """Every reference to a comment by number in ``text``, in order, without overlaps."""
    if not _has_digit(text):
        return []
    # What each pattern cannot match without, case-folded as its (?i) parts match ("ſee" is
    # "see"): most comments hold none of these, and then no pattern is run at all. Tested one
    # by one: a generator over a tuple of words for each test cost more than all the patterns.
    folded = text.casefold()
    paren = "(" in folded
    see = "see" in folded or "cf" in folded
    keyword = "comment" in folded or "post" in folded or "reply" in folded
    hashed = "#" in folded
    if not (paren or see or keyword or hashed):
        return []
    candidates = sorted(
        (match.start("ref"), -match.end("ref"), int(match["number"]))
        for pattern, wanted in zip(_PATTERNS, (paren, see, keyword, hashed, hashed), strict=True)
        if wanted
        for match in pattern.finditer(text)
    )
    found: list[Reference] = []
    for start, negative_end, number in candidates:
        # The longest of the references starting at one place wins; overlapping ones are dropped.
        if not found or start >= found[-1].end:
            found.append(Reference(start, -negative_end, number))
    return found
