"""The reading check's screen (:func:`confidence.candidate_rows`) counts at least every line that
the exact search (:func:`confidence.unread_ages`) finds, on lines built of what both look at:
digits ASCII and not, white space ASCII and not, the units' letters in either case (and the ones
``(?i)`` matches beyond ASCII), ages across line breaks and long lines between them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.read.dialects.confidence import candidate_rows, unread_ages

PIECES = st.sampled_from(
    [
        "3",
        "12",
        "٣",
        " ",
        "  ",
        "\xa0",
        "\u2003",
        "\x0b",
        "\t",
        "hours",
        "HOURS",
        "ſec",
        "Tagen",
        "часов",
        "jaar",
        "an",
        "ago",
        "vor ",
        " fa",
        "geleden",
        "назад",
        "ann (",
        ") +12",
        "word ",
        "é",
        "山",
        "\ud800",
        "x" * 250,
        "a b c d e f g h i j k l m n o p q r s " * 13,
    ]
)
LINES = st.lists(st.lists(PIECES, max_size=8).map("".join), max_size=12)


@settings(max_examples=400)
@given(LINES, st.sets(st.integers(1, 12)))
def test_the_screen_counts_every_line_the_search_finds(lines: list[str], heads: set[int]) -> None:
    found = unread_ages(lines, heads)
    assert candidate_rows(lines, heads, len(lines)) >= len(set(found))


@given(LINES, st.sets(st.integers(1, 12)), st.integers(0, 5))
def test_the_screen_stops_counting_past_enough(lines: list[str], heads: set[int], enough: int) -> None:
    assert candidate_rows(lines, heads, enough) == min(candidate_rows(lines, heads, len(lines)), enough + 1)


def test_an_age_on_the_line_after_a_long_one_counts_for_the_line_above() -> None:
    # The search joins the short lines only: "5" and "hours" meet across the long line, and the
    # line's own age is in digits the hint does not know.
    lines = ["ann ٣ hours ago 5", "word " * 60, "hours"]
    assert unread_ages(lines, set()) == [1]
    assert candidate_rows(lines, set(), 5) == 1


def test_the_screen_skips_header_lines_and_numbers_without_a_unit() -> None:
    lines = ["ann 3 hours ago", "", "I have 12 bottles and 4 pears.", "bob 5 days ago"]
    assert candidate_rows(lines, {1, 2, 3}, 5) == 1
    assert candidate_rows(lines, {1, 4}, 5) == 0
    assert candidate_rows(["vor 3\xa0Tagen", "2\u2003часа назад", "3 ſec"], set(), 5) == 3
