"""The memory benchmark (benchmarks/memory.py): its arithmetic, its table, and one small real run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import memory
from benchmarks.memory import Point, slope_per_1000, table


def _point(discussions: int, parent: float, worker: float | None) -> Point:
    forks, at_fork = (0, None) if worker is None else (3, parent - 10)
    return Point(
        discussions, 100 * discussions, 0.06 * discussions, 1.0, parent, worker, parent, forks, at_fork
    )


def test_slope_of_a_line_is_its_growth_per_thousand() -> None:
    assert slope_per_1000([100, 500, 1000, 2000], [30, 34, 39, 49]) == pytest.approx(10.0, abs=0.1)
    assert slope_per_1000([100, 2000], [40, 40]) == 0.0
    assert slope_per_1000([100, 200], [50, 40]) == pytest.approx(-100.0)


def test_slope_is_least_squares_not_end_to_end() -> None:
    # End points alone would give 0; the middle point pulls the fitted line up on the right.
    assert slope_per_1000([0, 1000, 2000], [0, 30, 0]) == pytest.approx(0.0)
    assert slope_per_1000([0, 1000, 2000, 3000], [0, 0, 0, 30]) == pytest.approx(9.0)


def test_slope_needs_two_distinct_sizes() -> None:
    assert slope_per_1000([500], [60]) == 0.0
    with pytest.raises(ValueError, match="distinct"):
        slope_per_1000([500, 500], [60, 70])
    with pytest.raises(ValueError, match="as many"):
        slope_per_1000([1, 2], [3])


def test_table_lists_every_size_and_the_growth() -> None:
    text = table([_point(100, 30.4, None), _point(2000, 87.6, 41.0)])
    lines = text.splitlines()
    assert " ".join(lines[0].split()) == (
        "discussions seeds MB seconds parent peak MB largest worker MB parent at fork MB"
    )
    assert lines[1].split() == ["100", "6.0", "1.00", "30", "no", "worker", "-"]
    assert lines[2].split() == ["2,000", "120.0", "1.00", "88", "41", "78"]
    assert len({len(line) for line in lines[:3]}) == 1, "columns aligned"
    assert lines[3] == "parent peak grows +30.1 MB per 1,000 discussions (least squares)"
    assert len(lines) == 4, "no worker growth from a single size with workers"


def test_table_gives_worker_growth_when_two_sizes_forked() -> None:
    text = table([_point(100, 30, 20), _point(1100, 30, 25)])
    assert text.splitlines()[-2:] == [
        "parent peak grows +0.0 MB per 1,000 discussions (least squares)",
        "largest worker grows +5.0 MB per 1,000 discussions",
    ]


def test_a_small_real_run_writes_positive_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "results" / "memory.json"
    assert memory.main(["6", "3", "--work", str(tmp_path / "work"), "--out", str(out)]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    points = result["points"]
    assert [p["discussions"] for p in points] == [3, 6]
    for point in points:
        assert point["comments"] > 0
        assert point["seeds_mb"] > 0
        assert point["seconds"] > 0
        assert point["parent_peak_mb"] > 0
        # Too few seeds to fork workers: the parent is the whole generator.
        assert point["worker_peak_mb"] is None
        assert point["combined_peak_mb"] == point["parent_peak_mb"]
        assert point["forks"] == 0
        assert point["parent_at_fork_mb"] is None
    assert isinstance(result["parent_mb_per_1000_discussions"], float)
    pages = sorted(p.name for p in (tmp_path / "work" / "6" / "run" / "docs" / "discussions").glob("*.md"))
    assert len(pages) == 6, "the generator really built every discussion"
    printed = capsys.readouterr().out
    assert "parent peak grows" in printed


def test_a_written_corpus_is_reused_and_a_stale_one_rewritten(tmp_path: Path) -> None:
    folder = tmp_path / "2"
    first = memory.ensure_corpus(folder, 2)
    seed = sorted((folder / "seeds").glob("*.txt"))[0]
    mtime = seed.stat().st_mtime_ns
    assert memory.ensure_corpus(folder, 2) == first
    assert seed.stat().st_mtime_ns == mtime, "reused, not rewritten"
    stamp = folder / "corpus.json"
    stamp.write_text(json.dumps({**first, "writer": "an older writer"}), encoding="utf-8")
    assert memory.ensure_corpus(folder, 2) == first
    assert json.loads(stamp.read_text(encoding="utf-8"))["writer"] == first["writer"]
