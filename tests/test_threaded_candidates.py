"""The dump reader's search for header candidates (:func:`threaded._candidates`), made over the
whole text's UTF-8 with its digits made "0", finds what a search of each line in turn finds: on
lines built of digits ASCII and not, letters whose UTF-8 or lower case is longer, the words and
units the search knows, and lines too long to be searched."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.read.dates import RELATIVE_WORDS, relative_span
from generator.read.dialects import threaded
from generator.read.dump.heads import MAX_DATE_LINE

# What the search looks for, written as a pattern of text and a list of words, apart from the
# code's bytes: a change to either there is a change the test sees.
_LINE_HINT = re.compile(
    r"[0-9](?:[0-9][0-9][0-9]|[:h.][0-9][0-9]| h [0-9][0-9]|"
    r"(?P<age> {1,2}(?:sec|min|hour|hr|day|week|month|year|"
    r"Sekunde|Minute|Stunde|Tag|Woche|Monat|Jahr|segundo|minuto|hora|día|semana|mes|año|seconde|heure|jour|"
    r"semaine|mois|an|giorn|settiman|ann|or[ae]|uur|dag|we[e]?k|maand|jaar|секунд|минут|час|дн|недел|месяц|год|лет)))"
)
_WORDS = [
    "ago",
    "ingback",
    "rackback",
    "deleted",
    "removed",
    "gelöscht",
    "entfernt",
    "eliminado",
    "supprimé",
    "omment",
    "omentario",
    "ust now",
    "ust  now",
    "ust\u00a0now",
]


def _line_by_line(raw: list[str]) -> list[int]:
    """The candidates as each line searched in turn gives them (the text as a whole, lowered,
    only to tell whether a letter's lower case is longer, as the search does)."""
    short = [index for index, line in enumerate(raw) if len(line) <= threaded._MAX_HEAD_LINE]
    hints = {index: list(_LINE_HINT.finditer(raw[index])) for index in short}
    rows = {index for index in short if hints[index]}
    if any(len(raw[index]) <= MAX_DATE_LINE + threaded._MAX_INDENT for index in rows):
        rows |= {index for index in short if any(word in raw[index] for word in _WORDS)}
        ages = {index for index in short if "ago" in raw[index] or any(m["age"] for m in hints[index])}
        if any(relative_span(raw[index]) for index in ages):
            text = "\n".join(raw[index] for index in short)
            if len(text.lower()) == len(text):
                rows |= {
                    index for index in short if any(word in raw[index].lower() for word in RELATIVE_WORDS)
                }
            else:
                rows |= {
                    index
                    for index in short
                    if any(word in raw[index] or word.capitalize() in raw[index] for word in RELATIVE_WORDS)
                }
    found = set(rows)
    for index in rows:
        if len(raw[index].strip()) <= MAX_DATE_LINE and index:
            found.add(index - 1 if raw[index - 1].strip() or index < 2 else index - 2)
    return sorted(found)


PIECES = st.sampled_from(
    [
        "3",
        "2019",
        "12:30",
        "1 h 05",
        "٣",
        " ",
        "  ",
        "\xa0",
        "days",
        "3 days ago",
        "2 ans",
        " Tage",
        " week",
        " dn",
        "5 минут",
        "1 año",
        "ago",
        "an hour ago",
        "vor ",
        "Gestern",
        "HEUTE",
        "вчера",
        "ВЧЕРА",
        "İ",
        "\u212a",
        "é",
        "山",
        "\ud800",
        "Pingback",
        "Trackback",
        "deleted",
        "gelöscht",
        "just now",
        "Just\xa0now",
        "omment",
        "word ",
        "x" * 130,
        "x" * 250,
    ]
)
LINES = st.lists(st.lists(PIECES, max_size=6).map("".join), max_size=10)


@settings(max_examples=500)
@given(LINES)
def test_the_candidates_are_the_lines_each_search_finds(raw: list[str]) -> None:
    assert threaded._candidates(raw) == _line_by_line(raw)


def test_a_letter_longer_in_lower_case_keeps_the_rows() -> None:
    raw = ["İstanbul", "3 days ago", "", "Gestern", "text"]
    assert threaded._candidates(raw) == _line_by_line(raw) == [0, 1, 3]


def test_relative_words_are_found_on_their_own_rows() -> None:
    # A relative word's row is counted in the lowered text (a letter whose UTF-8 is shorter in
    # lower case, the Kelvin sign, stands above it).
    raw = ["3 days ago", "\u212a" * 20, "x", "y", "z", "heute"]
    assert threaded._candidates(raw) == _line_by_line(raw) == [0, 4, 5]


def test_a_line_of_many_numbers_is_one_row() -> None:
    raw = ["3 Tagen vor, gestern heute ago 2019 2020 12:30 " * 3, "x"]
    assert threaded._candidates(raw) == _line_by_line(raw) == [0]
