"""The external sort behind the site-wide pages: whatever the budget, rows come back as sorted()
would give them (stable), and nothing is left on disk."""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.build import sort
from generator.build.siterows import SiteRows
from generator.build.sort import SortedRows
from generator.pages.paths import PAGES
from generator.pages.rows import SummaryRows

rows_strategy = st.lists(st.tuples(st.integers(0, 20), st.text(max_size=8)), max_size=300)


@given(rows=rows_strategy, budget=st.integers(1, 5_000), batch=st.integers(0, 9))
def test_rows_come_back_sorted_and_stable(rows: list[tuple[int, str]], budget: int, batch: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        sorted_rows = SortedRows(folder, budget)
        if batch:  # added by extend(), `batch` rows at a time
            for start in range(0, len(rows), batch):
                sorted_rows.extend([(key, value, len(value)) for key, value in rows[start : start + batch]])
        else:
            for key, value in rows:
                sorted_rows.add(key, value, len(value))
        expected = sorted(rows, key=lambda row: row[0])
        assert [(key, value) for key, _number, value in sorted_rows] == expected
        assert [(key, value) for key, _number, value in sorted_rows] == expected  # read again
        assert len(sorted_rows) == len(rows)
        sorted_rows.close()
        assert not list(Path(folder).iterdir())


class Opaque:
    """A value that refuses to be compared (and can be pickled: it goes to disk)."""

    def __lt__(self, other: object) -> bool:
        raise AssertionError("a value was compared")


def test_values_are_never_compared() -> None:
    with tempfile.TemporaryDirectory() as folder:
        rows = SortedRows(folder, 1)
        values = [Opaque() for _ in range(5)]
        for value in values:
            rows.add("same key", value)
        assert len([value for _key, _number, value in rows]) == 5


def test_runs_past_the_fan_in_are_merged_into_one() -> None:
    with tempfile.TemporaryDirectory() as folder:
        rows = SortedRows(folder, 1)  # every row is a run of its own
        for number in range(sort.FAN_IN * 3 + 5):
            rows.add(-number, number)
        assert rows.runs < sort.FAN_IN
        assert len(list(Path(folder).iterdir())) == rows.runs
        assert [value for _key, _number, value in rows] == list(range(sort.FAN_IN * 3 + 5))[::-1]
        rows.close()


def test_the_site_pages_rendered_from_summaries_leave_no_run_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # siterows.render_page sorts its rows like the build does: past the budget, in run files,
    # which must be gone once the page is rendered.
    from generator.analysis.summary import summarize
    from generator.build.site import seed_paths
    from generator.build.siterows import SiteRows
    from generator.pages.split import SPLIT_BYTES
    from tests.conftest import SEEDS
    from tests.reference import SITE_PAGES, load

    summaries = [summarize(d) for d in load(seed_paths(SEEDS))]
    monkeypatch.setattr(SiteRows.__init__, "__defaults__", (str(tmp_path), 1_000, SPLIT_BYTES))
    for page, render in SITE_PAGES:
        assert render(summaries)
        assert not list(tmp_path.iterdir()), page


def _site_pages(rows: list[SummaryRows], folder: str, budget: int, split: int) -> dict[str, str]:
    """Every site-wide page made from ``rows`` by a :class:`SiteRows` of that budget and split."""
    site = SiteRows(folder, budget, split)
    try:
        for one in rows:
            site.add(one)
        return {path: "\n".join(lines) for family in PAGES for path, lines in site.family(family)}
    finally:
        site.close()


@functools.cache
def corpus_rows() -> list[SummaryRows]:
    """Every discussion's rows of the test corpus, in seed order."""
    from generator.analysis.summary import summarize
    from generator.build.site import seed_paths
    from generator.build.siterows import summary_rows
    from tests.conftest import SEEDS
    from tests.reference import load

    return [summary_rows(summarize(d)) for d in load(seed_paths(SEEDS))]


@settings(max_examples=25, deadline=None)
@given(budget=st.integers(1, 4_000), split=st.sampled_from([1, 2_000, 10**9]))
def test_pages_from_marshalled_runs_are_the_pages_from_memory(budget: int, split: int) -> None:
    # Each family's rows go to their run files as plain tuples (generator.build.sort.Codec) and
    # come back as named tuples: the pages made off them are those of rows never spilled.
    with tempfile.TemporaryDirectory() as folder:
        spilled = SiteRows(folder, budget, split)
        for one in corpus_rows():
            spilled.add(one)
        runs = sum(rows.runs for rows in (spilled._index, spilled._timeline, spilled._people, spilled._feed))
        spilled.close()
        assert runs > 0  # the budget is small: rows did go to disk
        pages = _site_pages(corpus_rows(), folder, budget, split)
        assert pages == _site_pages(corpus_rows(), folder, 10**12, split)
        assert not list(Path(folder).iterdir())
