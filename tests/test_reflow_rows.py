"""Re-flowing rows (:func:`reflow.paragraphs_of_rows`, each line's wrap at its cell's edge) gives
what :func:`reflow.paragraphs_of` gives on the same lines with each width moved out to the widest
cell's edge, the way the aggregator reader re-flowed them; :func:`reflow.paragraphs`, which counts
a line's indent only next to a list marker, gives what it gave counting every line's."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.model import Paragraph
from generator.read.dump import dumplines
from generator.read.dump.reflow import Row, paragraphs, paragraphs_of, paragraphs_of_rows, word_across


@dataclass
class Wrapped:
    number: int
    indent: int
    text: str
    marker: str
    column: int
    width: int


WORDS = st.lists(
    st.sampled_from(
        ["a", "word", "longer-word", "x" * 12, "é", "山", "https://example.org/", "a/", "index.html", "/b"]
    ),
    min_size=1,
    max_size=5,
)
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


def paragraphs_before(dump: dumplines.Dump, indices: list[int]) -> list[Paragraph]:
    """:func:`reflow.paragraphs` as it was written first: every line's indent counted."""
    raw, widths, wrap = dump.raw, dump.widths, dump.wrap
    out: list[Paragraph] = []
    parts: list[str] = []
    start = 0
    width = column = -1
    carried = ""  # the address joins came later, the same in both
    for index in indices:
        if index < 0:
            if parts:
                out.append(Paragraph("".join(parts), start))
                parts = []
            width = -1
            carried = ""
            continue
        text = raw[index]
        stripped = text.strip()
        indent = len(text) - len(text.lstrip(" "))
        marker = dumplines.MARKER.match(text, indent) if stripped[0] in dumplines.MARKER_FIRST else None
        if width < 0:
            start = index + 1
        elif wrap and (marker is None or indent == column):
            space = stripped.find(" ")
            if width + 1 + (space if space >= 0 else len(stripped)) > wrap:
                word = word_across(parts[-1], stripped, carried)
                parts.append(" " if word is None else "")
                carried = word or ""
            else:
                parts.append("\n")
                carried = ""
        else:
            parts.append("\n")
            carried = ""
        parts.append(stripped)
        width = (widths.get(index) or len(text.rstrip())) if widths else len(text.rstrip())
        column = marker.end() if marker is not None else indent
    if parts:
        out.append(Paragraph("".join(parts), start))
    return out


RAW_LINE = st.tuples(
    st.sampled_from(["", " ", "  ", "    ", "\t", " \t "]),
    st.sampled_from(["", "• ", "- ", "1. ", "12.", "o ", "* ", "•"]),
    WORDS.map(" ".join),
    st.sampled_from(["", " ", "  ", "\t", "\xa0"]),
).map("".join)


@settings(max_examples=300)
@given(
    st.lists(RAW_LINE, min_size=1, max_size=10),
    st.lists(st.integers(-1, 9), max_size=14),
    st.sampled_from([0, 12, 20, 30]),
    st.dictionaries(st.integers(0, 9), st.integers(1, 40), max_size=3),
)
def test_paragraphs_read_as_they_did_with_every_indent_counted(
    raw: list[str], indices: list[int], wrap: int, widths: dict[int, int]
) -> None:
    indices = [index for index in indices if index < len(raw) and (index < 0 or raw[index].strip())]
    dump = dumplines.Dump(dumplines.Lines(raw, widths), raw, widths, "lynx", wrap, [])
    assert paragraphs(dump, indices) == paragraphs_before(dump, indices)


def test_an_item_under_a_line_of_its_indent_may_be_its_wrapped_rest() -> None:
    # The first line has no marker: its indent is counted only now, for the item under it.
    raw = ["  one two three four", "  • five", "    • six"]
    dump = dumplines.Dump(dumplines.Lines(raw, {}), raw, {}, "w3m", 20, [])
    assert [p.text for p in paragraphs(dump, [0, 1, 2])] == ["one two three four • five\n• six"]
    assert paragraphs(dump, [0, 1, 2]) == paragraphs_before(dump, [0, 1, 2])
