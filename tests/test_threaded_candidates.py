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

# The hint as a pattern of text: the search's "0" stands for any ASCII digit.
_LINE_HINT = re.compile(threaded._HINT.pattern.decode().replace("0", "[0-9]"))


def _line_by_line(raw: list[str]) -> list[int]:
    short = [index for index, line in enumerate(raw) if len(line) <= threaded._MAX_HEAD_LINE]
    hints = {index: list(_LINE_HINT.finditer(raw[index])) for index in short}
    rows = {index for index in short if hints[index]}
    if any(len(raw[index]) <= MAX_DATE_LINE + threaded._MAX_INDENT for index in rows):
        words = [word.decode() for word in threaded._WORD_HINTS]
        rows |= {index for index in short if any(word in raw[index] for word in words)}
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
