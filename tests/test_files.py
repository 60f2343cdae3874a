"""Writing pages a piece at a time (:mod:`generator.build.files`): the same bytes as writing them whole,
and no write at all when nothing changed."""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks.corpus import write_corpus
from generator.analysis.summary import Participation, Summary, summarize
from generator.build.files import encoded_lines, write_chunks_if_changed, write_if_changed
from generator.build.site import build, seed_paths
from generator.build.siterows import SiteRows, rows_from_json, rows_json, summary_rows
from tests.conftest import SEEDS
from tests.reference import SITE_PAGES, load, render_site

lines = st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=12), max_size=30)


@given(lines, st.integers(min_value=1, max_value=40))
def test_encoded_lines_are_the_joined_text(text: list[str], size: int) -> None:
    pieces = list(encoded_lines(text, size))
    assert b"".join(pieces) == "\n".join(text).encode("utf-8")


@given(st.binary(max_size=40), st.binary(max_size=40), st.integers(min_value=1, max_value=9))
def test_a_file_written_in_pieces_is_the_file_written_whole(old: bytes, new: bytes, size: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "page.md"
        target.write_bytes(old)
        before = target.stat()
        pieces = [new[i : i + size] for i in range(0, len(new), size)] or [b""]
        assert write_chunks_if_changed(target, pieces) == (old != new)
        assert target.read_bytes() == new
        if old == new:  # untouched: `mkdocs serve` must not see a change
            assert (target.stat().st_ino, target.stat().st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
        assert sorted(p.name for p in Path(folder).iterdir()) == ["page.md"]


def test_a_missing_file_is_written(tmp_path: Path) -> None:
    target = tmp_path / "new" / "page.md"
    assert write_chunks_if_changed(target, [b"a", b"b"])
    assert target.read_bytes() == b"ab"
    assert not write_if_changed(target, b"ab")


@pytest.fixture(scope="module")
def summaries(tmp_path_factory: pytest.TempPathFactory) -> list[Summary]:
    folder = tmp_path_factory.mktemp("seeds")
    for path in seed_paths(SEEDS):
        (folder / path.name).write_bytes(path.read_bytes())
    write_corpus(folder, 12, seed=3)
    return [summarize(d) for d in load(seed_paths(folder))]


@pytest.mark.parametrize("page", [path for path, _ in SITE_PAGES])
@pytest.mark.parametrize("budget", [3_000, 30_000, 10**9])
def test_site_pages_read_off_spilled_rows_are_the_pages(
    page: str, budget: int, summaries: list[Summary], tmp_path: Path
) -> None:
    # A budget of a few rows sends nearly every row to disk in many runs: the merge must give
    # the page exactly as rendered in memory.
    render = dict(SITE_PAGES)[page]
    rows = SiteRows(str(tmp_path), budget)
    for summary in summaries:
        rows.add(summary_rows(summary))
    assert "\n".join(rows.lines(page)) == render(summaries)
    assert "\n".join(rows.lines(page)) == render(summaries)  # may be read again
    if budget < 10**9:
        assert list(tmp_path.glob("rows-*.run"))
    rows.close()
    assert not list(tmp_path.iterdir())
    assert "\n".join(SiteRows(str(tmp_path), budget).lines(page)) == render([])


def test_the_build_writes_the_site_pages_as_rendered(tmp_path: Path) -> None:
    build(SEEDS, tmp_path / "docs")
    pages = render_site(load(seed_paths(SEEDS)))
    for page, _ in SITE_PAGES:
        assert (tmp_path / "docs" / page).read_bytes() == pages[page].encode("utf-8")


@given(title=st.text(), author=st.text(), name=st.text(min_size=1))
def test_rows_come_back_from_the_cache_exactly(
    title: str, author: str, name: str, summaries: list[Summary]
) -> None:
    # The cache keeps rows as JSON, which has no tuples: they must come back equal, keys
    # comparable with fresh ones, whatever the text.
    for summary in summaries:
        participants = (Participation(name, ("c1", "c2-1")), *summary.participants)
        changed = dataclasses.replace(summary, title=title, author=author or None, participants=participants)
        rows = summary_rows(changed)
        assert rows_from_json(rows_json(rows)) == rows
