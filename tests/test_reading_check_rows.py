"""The reading check's screen passes over the rest of a line once it matched there: it counts the
rows that every match of the screen, one by one, would count."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from generator.read.dialects import confidence

_EVERY_MATCH = re.compile(rb"0(?: [ u]| *\n)")


def _rows_of_every_match(lines: list[str], heads: set[int], enough: int) -> int:
    text = "\n".join(lines).encode("utf-8", "surrogatepass")
    rows: set[int] = set()
    for match in _EVERY_MATCH.finditer(text.translate(confidence._SCREEN_TABLE)):
        row = text.count(b"\n", 0, match.start()) + 1
        if row not in heads:
            rows.add(row)
            if len(rows) > enough:
                break
    return len(rows)


PIECES = st.sampled_from(["3", "12", " ", "  ", "\xa0", "hours", "an", "3 days 4 hours", "x", "é", "\n"])
LINES = st.lists(st.lists(PIECES, max_size=8).map("".join), max_size=10)


@given(LINES, st.sets(st.integers(1, 10)), st.integers(0, 6))
def test_a_row_counts_once_as_every_match_counts_it(lines: list[str], heads: set[int], enough: int) -> None:
    assert confidence.candidate_rows(lines, heads, enough) == _rows_of_every_match(lines, heads, enough)
