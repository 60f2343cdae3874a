"""Signature lines at the end of a comment: "~ Al Thompson – Torrance, CA.", "JF – France".

A signature is the tail of a comment's last paragraph. Only its last line (or, for
"Regards,⏎John", its last two lines) is examined, and only these shapes count:

- a tilde or dash before a name: "~ Al Thompson – Torrance, CA.", "-- Frankie";
- a closing word, a comma and a name: "Regards, John Arnold Lohne, Gothenburg, Sweden",
  "Thank you, Robert";
- a whole line of a name, a separator and a place: "Frankie/ central Texas", "JF – France"
  (never the comment's only line: "Greg – Bull." is a comment, not a signature).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.analysis.names import FULL_NAME, INITIALS, LOWER, NOT_NAMES, UPPER, is_name, words


@dataclass(frozen=True)
class Signature:
    """Where a comment's signature starts and whom it names."""

    start: int
    """Offset in the last paragraph's text where the signature starts; it runs to the end."""

    name: str
    """The signed name, as written ("Al Thompson III", "JF")."""

    place: str | None
    """The place after the name, if any ("Torrance, CA", "central Texas")."""


_NAME = rf"(?P<name>{FULL_NAME}|{INITIALS})"
_PLACE_WORD = rf"(?:[{UPPER}][\w.’'-]*|[{LOWER}]+)"
# A place: a few words, commas between them, at most one full stop at the very end ("CA.").
_PLACE_WORDS = rf"{_PLACE_WORD}(?:,?\s+{_PLACE_WORD}){{0,5}}"
_PLACE = rf"(?P<place>{_PLACE_WORDS})"
_PLACE_PAREN = r"\((?P<paren>[^()\n]{1,60})\)"
_SEPARATOR = r"\s*(?:[–—/]|-{1,2})\s*"
_TAIL = rf"(?:{_SEPARATOR}{_PLACE}|\s*,\s*(?P<comma>{_PLACE_WORDS})|\s+{_PLACE_PAREN})?\s*[.!]?\s*$"
# Start of a sentence on the same line: the signature may follow the last sentence.
_AFTER_SENTENCE = r"(?:^|(?<=[.!?…]\s)|(?<=[.!?…]\s\s))"
_CLOSING = (
    r"(?:(?:Best|Kind|Warm|Warmest|With)\s+regards|Regards|Cheers|Thanks(?: again)?|Thank you(?: all)?"
    r"|Many thanks|Sincerely|Yours(?: truly| sincerely)?|Best(?: wishes)?|Respectfully|Cordially"
    r"|Greetings|Peace|God bless)"
)

# A tilde may follow the last sentence on the line; a dash only opens a line ("-- Frankie"), since
# "… said Putin - Frankie" and the like are sentences.
# Each opens with a look-ahead for its first character, so the search skips other positions fast.
_MARKED = re.compile(rf"(?=[\s~—-])(?:^\s*(?:~|-{{1,2}}|—)|(?<=\s)~)\s*{_NAME}{_TAIL}")
_CLOSED = re.compile(rf"(?=[BKWRCTMSYGP]){_AFTER_SENTENCE}(?P<closing>{_CLOSING}),\s*{_NAME}{_TAIL}")
# What each can match only with (see _CLOSING): a line holding neither is not searched at all.
_MARKED_OPEN = re.compile(r"\s*[~—-]")
_CLOSING_WORDS = (
    "egards",
    "Cheers",
    "Thank",
    "thanks",
    "Sincerely",
    "Yours",
    "Best",
    "Respectfully",
    "Cordially",
    "Greetings",
    "Peace",
    "God bless",
)
_CLOSING_LINE = re.compile(rf"^\s*{_CLOSING}\s*[,.!]?\s*$")
_NAME_LINE = re.compile(rf"^\s*{_NAME}{_TAIL}")
_NAME_PLACE_LINE = re.compile(rf"^\s*{_NAME}{_SEPARATOR}{_PLACE}\s*\.?\s*$")

# Words that may stand in a place without a capital: "central Texas", "near Billings".
_PLACE_SMALL_WORDS = words(
    """
    central northern southern eastern western north south east west upstate downstate rural
    greater near outside of the in and area suburbs downtown de la del du sur am an der bei
    """
)

_SENTENCE_INSIDE = re.compile(r"[.!?]\s+\S")

LONGEST = 200
"""Characters: the longest signature looked for (a closing word, a name of four words, a place of
six). The patterns backtrack over a name's and a place's words, quadratic in a long run of
"-Xa-Xa…"; bounding what they see keeps each line linear, and no real signature is this long."""


def _place_ok(place: str | None) -> bool:
    """A place is capitalised words, a few small words ("central Texas"), and no sentence inside.

    Capitalised words that are not places or names ("Belenko – Traitor", "The Man") mean the
    line is a sentence, not a signature.
    """
    if not place:
        return True
    if _SENTENCE_INSIDE.search(place):
        return False
    words = [word.strip(",.") for word in place.split()]
    capitalised = [word for word in words if word[:1].isupper()]
    if any(word.casefold() in NOT_NAMES for word in capitalised):
        return False
    return bool(capitalised) and all(
        word[:1].isupper() or word.casefold() in _PLACE_SMALL_WORDS for word in words
    )


def _place(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    place = groups.get("place") or groups.get("comma") or groups.get("paren")
    return place.strip().rstrip(".").strip() if place else None


def find_signature(text: str, *, alone: bool) -> Signature | None:
    """The signature at the end of ``text`` (a comment's last paragraph), or ``None``.

    ``alone`` is true when the paragraph is all the comment says: a signature must follow
    something, so the comment's only line is never taken for one.
    """
    stripped = text.rstrip()
    line_start = stripped.rfind("\n") + 1
    line = stripped[line_start:]
    # A signature runs to the end of the line, so one longer than LONGEST starts in the tail:
    # only the tail is searched (``^`` does not match at ``tail``), whole-line shapes need a short line.
    short = len(line) <= LONGEST
    tail = 0 if short else len(line) - LONGEST
    has_text_before = not alone or line_start > 0
    # Every shape but "Regards,⏎Name" needs a tilde, a dash or a comma on the line: most lines
    # have none, and `in` tests rule them out faster than any pattern (profiled).
    dashed = "-" in line or "–" in line or "—" in line or "/" in line

    if "~" in line or (dashed and _MARKED_OPEN.match(line)):
        signature = _first_signature(_MARKED, line, tail, line_start, has_text_before)
        if signature:
            return signature
    if "," in line and any(word in line for word in _CLOSING_WORDS):
        signature = _first_signature(_CLOSED, line, tail, line_start, has_text_before)
        if signature:
            return signature

    # "Regards," on a line of its own, the name on the last line.
    if line_start > 0:
        previous_start = stripped.rfind("\n", 0, line_start - 1) + 1
        closing = _CLOSING_LINE.match(stripped[previous_start : line_start - 1])
        named = _NAME_LINE.match(line) if closing and short else None
        if closing and named and (previous_start > 0 or not alone):
            signature = _signature(named, previous_start)
            if signature:
                return signature

    if not has_text_before or not dashed or not short:  # no separator, no match
        return None
    whole = _NAME_PLACE_LINE.match(line)
    return _signature(whole, line_start) if whole else None


def _first_signature(
    pattern: re.Pattern[str], line: str, tail: int, line_start: int, has_text_before: bool
) -> Signature | None:
    """The first plausible signature ``pattern`` finds from ``tail`` on in ``line``, the last line
    (at ``line_start``)."""
    for found in pattern.finditer(line, tail):
        if found.start() > 0 or has_text_before:
            signature = _signature(found, line_start + found.start())
            if signature:
                return signature
    return None


def _signature(match: re.Match[str], start: int) -> Signature | None:
    """The signature ``match`` found, starting at ``start``, if its name and place are plausible."""
    name, place = match["name"].strip(), _place(match)
    if not is_name(name) or not _place_ok(place):
        return None
    return Signature(start, name, place)
