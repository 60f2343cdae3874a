"""The timeline page's shortcuts against their definitions: the entries joined into pieces before
their links are rewritten give the text that rewriting each line, then joining, gives."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator

from hypothesis import given
from hypothesis import strategies as st

from generator.pages import timeline
from generator.pages.paths import from_root
from generator.pages.rows import TimelineRow

# Text made of the pieces that matter to the link rewrite: its pattern, parts of it, newlines.
pieces = st.sampled_from(
    [' href="discussions/', ' href="', "discussions/", '"', " ", "\n", "a", "<", ">", "/"]
)
texts = st.lists(pieces, max_size=6).map("".join)
rows = st.lists(
    st.builds(
        TimelineRow,
        st.just("1976"),
        st.just("1970s"),
        st.just("1976"),
        texts,
        st.sampled_from(["", "x"]) | texts,
    ),
    max_size=30,
)


def entries_by_definition(rows: Iterable[TimelineRow], link: Callable[[str], str]) -> Iterator[str]:
    """A line each, each line's links rewritten on its own (the page as first written)."""
    for discussion, run in itertools.groupby(rows, key=lambda row: row.discussion):
        yield from (f'<p class="timeline-from">{link(discussion)}</p>', '<ol class="timeline">')
        yield from (link(row.line) for row in run)
        yield "</ol>"


@given(rows=rows, batch=st.integers(1, 12))
def test_entries_joined_then_linked_are_the_lines_linked_then_joined(
    rows: list[TimelineRow], batch: int
) -> None:
    for link in (from_root, str):
        expected = "\n".join(entries_by_definition(rows, link))
        original = timeline.BATCH
        timeline.BATCH = batch  # pieces of every size, a piece's end anywhere in a run
        try:
            assert "\n".join(timeline._entries(rows, link)) == expected
        finally:
            timeline.BATCH = original
