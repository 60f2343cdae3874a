"""Re-flowing rows (:func:`reflow.paragraphs_of_rows`, each line's wrap at its cell's edge) gives
what :func:`reflow.paragraphs_of` gives on the same lines with each width moved out to the widest
cell's edge, the way the aggregator reader re-flowed them."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.read.dump.reflow import Row, paragraphs_of, paragraphs_of_rows


@dataclass
class Wrapped:
    number: int
    indent: int
    text: str
    marker: str
    column: int
    width: int


WORDS = st.lists(st.sampled_from(["a", "word", "longer-word", "x" * 12, "é", "山"]), min_size=1, max_size=5)
ROW = st.tuples(
    st.sampled_from([0, 2, 4]),  # indent
    WORDS.map(" ".join),
    st.sampled_from(["", "•", "1."]),
    st.integers(0, 3),  # column past the indent
    st.integers(1, 40),  # width
)
ROWS = st.lists(st.none() | ROW, max_size=14)


def rows_of(drawn: list[tuple[int, str, str, int, int] | None]) -> list[Row | None]:
    return [
        None if row is None else (number, row[0], row[1], row[2], row[0] + row[3], row[4])
        for number, row in enumerate(drawn, 1)
    ]


def by_definition(rows: list[Row | None], cells: dict[int, int] | None) -> list[tuple[str, int]]:
    """The old way: widths shifted to the widest cell's edge, then one wrap for every line."""
    lines = [None if row is None else Wrapped(*row) for row in rows]
    if cells is None or not cells:
        return [(p.text, p.line) for p in paragraphs_of(lines, 0)]
    edge = max(cells.values())
    for line in lines:
        if line is not None:
            line.width += edge - cells[line.indent]
    return [(p.text, p.line) for p in paragraphs_of(lines, edge)]


@settings(max_examples=300)
@given(ROWS, st.booleans())
def test_rows_reflow_as_shifted_lines_do(
    drawn: list[tuple[int, str, str, int, int] | None], wrapped: bool
) -> None:
    rows = rows_of(drawn)
    cells: dict[int, int] = {}
    for row in rows:
        if row is not None:
            cells[row[1]] = max(cells.get(row[1], 0), row[5])
    edges = cells if wrapped else None
    assert [(p.text, p.line) for p in paragraphs_of_rows(rows, edges)] == by_definition(rows, edges)


def test_a_line_ending_short_of_its_cell_keeps_its_break() -> None:
    rows: list[Row | None] = [
        (1, 0, "a line that wrapped", "", 0, 19),
        (2, 0, "here and", "", 0, 15),  # 15 + 1 + len("ends"): fits the edge exactly
        (3, 0, "ends", "", 0, 4),
        None,
        (5, 4, "• an item", "•", 6, 9),
    ]
    paragraphs = paragraphs_of_rows(rows, {0: 20, 4: 9})
    assert [(p.text, p.line) for p in paragraphs] == [
        ("a line that wrapped here and\nends", 1),
        ("• an item", 5),
    ]
    assert [p.text for p in paragraphs_of_rows(rows, None)] == [
        "a line that wrapped\nhere and\nends",
        "• an item",
    ]
