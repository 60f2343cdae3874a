"""The timeline page's shortcuts against their definitions: its sections made in one pass over
the entries, joined into pieces before their links are rewritten, give the text of the nested
groupings that rewrote each line and joined them afterwards."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator

from hypothesis import given
from hypothesis import strategies as st

from generator.pages import timeline
from generator.pages.paths import from_root
from generator.pages.rows import TimelineRow
from generator.pages.timeline import month_heading, month_of

# Text made of the pieces that matter to the link rewrite: its pattern, parts of it, newlines.
pieces = st.sampled_from(
    [' href="discussions/', ' href="', "discussions/", '"', " ", "\n", "a", "<", ">", "/"]
)
texts = st.lists(pieces, max_size=6).map("".join)
rows = st.lists(
    st.builds(
        TimelineRow,
        st.sampled_from(["1976", "1976-09", "1976-09-06", "1976-10-01", "1976/1978", "1977-01", "1970s"]),
        st.sampled_from(["1970s", "1980s"]),
        st.sampled_from([None, "1976", "1977"]),
        texts,
        st.sampled_from(["", "x"]) | texts,
    ),
    max_size=30,
)
batches = st.integers(1, 12)
"""Pieces of every size: a piece may end anywhere, in a run, in a section's markup."""


def entries_by_definition(rows: Iterable[TimelineRow], link: Callable[[str], str]) -> Iterator[str]:
    """A line each, each line's links rewritten on its own (the page as first written)."""
    for discussion, run in itertools.groupby(rows, key=lambda row: row.discussion):
        yield from (f'<p class="timeline-from">{link(discussion)}</p>', '<ol class="timeline">')
        yield from (link(row.line) for row in run)
        yield "</ol>"


def single_page_by_definition(rows: Iterable[TimelineRow]) -> Iterator[str]:
    for decade, in_decade in itertools.groupby(rows, key=lambda row: row.decade):
        yield from (f"## {decade} {{ #decade-{decade} }}", "")
        for year, in_year in itertools.groupby(in_decade, key=lambda row: row.year):
            if year is not None:
                yield from (f"### {year} {{ #year-{year} }}", "")
            yield '<div class="timeline-section" markdown="0">'
            yield from entries_by_definition(in_year, str)
            yield from ("</div>", "")


def period_by_definition(rows: Iterable[TimelineRow], year: str | None) -> Iterator[str]:
    parts = itertools.groupby(rows, key=lambda row: month_of(row.key) if year is not None else None)
    for month, in_month in parts:
        if year is not None and month is not None:
            yield from (month_heading(year, month), "")
        yield '<div class="timeline-section" markdown="0">'
        yield from entries_by_definition(in_month, from_root)
        yield from ("</div>", "")


def with_batch(batch: int, make: Callable[[], Iterator[str]]) -> str:
    original = timeline.BATCH
    timeline.BATCH = batch
    try:
        return "\n".join(make())
    finally:
        timeline.BATCH = original


@given(rows=rows, batch=batches)
def test_the_single_page_is_its_nested_groupings(rows: list[TimelineRow], batch: int) -> None:
    head = timeline._head(len(rows), 3)
    if not rows:
        head += ['<p class="timeline-empty" markdown="0">No discussion mentions a date yet.</p>', ""]
    expected = "\n".join([*head, *single_page_by_definition(rows)])
    assert with_batch(batch, lambda: timeline.timeline_lines(rows, len(rows), 3)) == expected


@given(rows=rows, batch=batches, year=st.sampled_from([None, "1976"]))
def test_a_period_page_is_its_nested_groupings(rows: list[TimelineRow], batch: int, year: str | None) -> None:
    nav = ["<nav>a</nav>", ""]
    empty = list(timeline._period_page("1970s", year, len(rows), [], nav))
    head = empty[: len(empty) - len(nav)]  # no rows: the head, then the nav twice
    expected = "\n".join([*head, *period_by_definition(rows, year), *nav])
    assert with_batch(batch, lambda: timeline._period_page("1970s", year, len(rows), rows, nav)) == expected
