"""The streaming build: the same pages as the two-phase pipeline, and only the writes it needs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from benchmarks.corpus import write_corpus
from generator.build import manifest, run, workers
from generator.build.manifest import CACHE_FILE
from generator.build.report import BuildError
from generator.build.site import build, seed_paths
from generator.build.siterows import rows_json
from generator.build.stamps import RACY_NS
from tests.conftest import SEEDS
from tests.reference import SITE_PAGES, cache_entries, load, render_site, write_pages
from tests.sitebuild import age


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def stamps(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        p.relative_to(folder).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file()
    }


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """The repository's seeds and six synthetic ones, in a folder the test may change."""
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    write_corpus(folder, 6, seed=11)
    return folder


def expected(seeds: Path, tmp_path: Path) -> dict[str, bytes]:
    reference = tmp_path / "reference"
    write_pages(reference, render_site(load(seed_paths(seeds))))
    return files(reference)


@pytest.mark.parametrize("how", ["one process", "forked workers"])
def test_build_writes_what_the_two_phase_pipeline_renders(
    seeds: Path, tmp_path: Path, how: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if how == "forked workers":
        monkeypatch.setattr(workers, "PARALLEL_MIN", 2)
    docs = tmp_path / "site" / "docs"
    report = build(seeds, docs)
    assert files(docs) == expected(seeds, tmp_path)
    assert len(report.written) == len(seed_paths(seeds)) + len(SITE_PAGES)
    assert (docs.parent / CACHE_FILE).is_file()


def test_no_op_rebuild_writes_nothing_and_reports_the_same(seeds: Path, tmp_path: Path) -> None:
    docs = tmp_path / "site" / "docs"
    # Seeds written a moment ago are not trusted by the no-op manifest (generator/build/manifest.py),
    # so the build after them records it, once: these are as old as seeds usually are (and
    # setting their time is a change too: of the change time, which must be as old).
    age(seeds)
    time.sleep(RACY_NS / 1e9 * 1.5)
    first = build(seeds, docs)
    before = stamps(docs.parent)
    again = build(seeds, docs)
    assert stamps(docs.parent) == before
    assert (again.written, again.removed) == ((), ())
    assert (again.discussions, again.warnings, again.notes) == (
        first.discussions,
        first.warnings,
        first.notes,
    )


def test_one_changed_comment_rewrites_only_its_page(seeds: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    first = build(seeds, docs)
    seed = seeds / "00002_synthetic.txt"
    # A word of comment 1's text (not its "Name says:" header: that would change who took part).
    _edit_comment_text(seed)
    report = build(seeds, docs)
    slug = next(s.slug for s in first.discussions if s.source == str(seed))
    assert report.written == (f"discussions/{slug}.md",)
    assert files(docs) == expected(seeds, tmp_path)


def test_a_new_title_rewrites_its_page_and_the_index(seeds: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    build(seeds, docs)
    seed = seeds / "00003_synthetic.txt"
    text = seed.read_text(encoding="utf-8").replace("Discussion 3:", "Renamed discussion 3:", 1)
    seed.write_text(text, encoding="utf-8")
    report = build(seeds, docs)
    slug = next(s.slug for s in report.discussions if s.source == str(seed))
    site_pages = {path for path, _ in SITE_PAGES}
    assert [p for p in report.written if p not in site_pages] == [f"discussions/{slug}.md"]
    assert "index.md" in report.written
    assert len(report.removed) == 1
    assert files(docs) == expected(seeds, tmp_path)


def test_a_page_changed_by_hand_is_rewritten_despite_the_cache(seeds: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    report = build(seeds, docs)
    page = docs / f"discussions/{report.discussions[0].slug}.md"
    page.write_text("edited by hand\n", encoding="utf-8")
    (docs / f"discussions/{report.discussions[1].slug}.md").unlink()
    again = build(seeds, docs)
    assert len(again.written) == 2
    assert files(docs) == expected(seeds, tmp_path)


def test_a_rejected_seed_writes_nothing_even_with_a_warm_cache(seeds: Path, tmp_path: Path) -> None:
    docs = tmp_path / "site" / "docs"
    build(seeds, docs)
    seed = seeds / "00001_synthetic.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\n    • a reply\n", encoding="utf-8")
    (seeds / "00004_synthetic.txt").write_bytes(b"Title\n\n  1. a\x00b\n")
    before = {**stamps(docs.parent)}
    with pytest.raises(BuildError) as error:
        build(seeds, docs)
    assert str(error.value).startswith(f"{seeds / '00004_synthetic.txt'}:3: expected text, found a NUL byte")
    assert stamps(docs.parent) == before
    assert sorted(p.name for p in docs.parent.iterdir()) == [CACHE_FILE, "docs"]


def test_slug_collisions_settle_as_in_the_two_phase_pipeline(seeds: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    twin = seeds / "00000_synthetic.txt"
    shutil.copy(twin, seeds / "00000_twin.txt")
    report = build(seeds, docs)
    assert any("is taken by" in w.message for w in report.warnings)
    assert files(docs) == expected(seeds, tmp_path)
    # The first of the two goes: the second now owns the plain slug, from a warm cache.
    twin.unlink()
    report = build(seeds, docs)
    assert not any("is taken by" in w.message for w in report.warnings)
    assert files(docs) == expected(seeds, tmp_path)


def test_check_writes_nothing(seeds: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    report = build(seeds, docs, write=False)
    assert not docs.exists()
    assert not (tmp_path / CACHE_FILE).exists()
    assert len(report.discussions) == len(seed_paths(seeds))


def test_a_corrupt_cache_is_ignored(seeds: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    build(seeds, docs)
    (tmp_path / CACHE_FILE).write_text('{"version": 1, "seeds": [', encoding="utf-8")
    report = build(seeds, docs)
    assert report.written == ()
    assert files(docs) == expected(seeds, tmp_path)
    assert set(cache_entries(tmp_path / CACHE_FILE)) == {path.name for path in seed_paths(seeds)}


def test_the_cache_is_one_line_per_seed_after_a_header(seeds: Path, tmp_path: Path) -> None:
    build(seeds, tmp_path / "docs")
    lines = (tmp_path / CACHE_FILE).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 + len(seed_paths(seeds))
    assert [line.split("\t", 1)[0].split('"')[1] for line in lines[1:]] == [p.name for p in seed_paths(seeds)]
    entries = cache_entries(tmp_path / CACHE_FILE)
    assert all(rows_json(entry.site_rows()) == entry.rows for entry in entries.values())


def test_run_jobs_runs_the_first_job_in_a_forked_process() -> None:
    # In a fresh interpreter: other tests of the suite leave threads running (the browser
    # tests' server), and then run_jobs rightly refuses to fork.
    script = """
import os
import pytest
from generator.build import workers

workers.os.cpu_count = lambda: 2

def fails():
    raise OSError(28, "No space left on device")

here = os.getpid()
first, second, third = workers.run_jobs([os.getpid, os.getpid, lambda: 3], seeds=2 * workers.PARALLEL_MIN)
assert (first != here, second, third) == (True, here, 3), (first, here, second, third)
# A small archive: no process is worth forking.
assert workers.run_jobs([os.getpid, os.getpid], seeds=workers.PARALLEL_MIN) == [here, here]
with pytest.raises(OSError, match="No space left"):
    workers.run_jobs([fails, os.getpid], seeds=2 * workers.PARALLEL_MIN)
print("ok")
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert (result.returncode, result.stdout) == (0, "ok\n"), result.stderr


def _edit_comment_text(seed: Path) -> None:
    """Change a word of comment 1's text, which no site-wide page shows: not its "Name says:"
    header, nor its first words (the participants page lists them), but its last line."""
    lines = seed.read_text(encoding="utf-8").split("\n")
    start = lines.index(next(line for line in lines if line.startswith("  1. ")))
    end = lines.index(next(line for line in lines if line.startswith("  2. ")))
    text = max(i for i in range(start + 1, end) if lines[i].strip())
    assert text > start + 2  # a line of its own past the first (the seeds' comments have several)
    lines[text] = lines[text].replace(" ", " edited ", 1)
    seed.write_text("\n".join(lines), encoding="utf-8")


def test_site_pages_are_not_rendered_again_when_no_summary_changed(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = tmp_path / "docs"
    build(seeds, docs)
    _edit_comment_text(seeds / "00002_synthetic.txt")
    with monkeypatch.context() as patch:
        patch.setattr(run, "write_family", None)  # would fail if called
        report = build(seeds, docs)
    assert len(report.written) == 1
    assert files(docs) == expected(seeds, tmp_path)


@pytest.mark.parametrize("page", [path for path, _ in SITE_PAGES])
def test_a_site_page_changed_by_hand_is_rendered_again(seeds: Path, tmp_path: Path, page: str) -> None:
    docs = tmp_path / "docs"
    build(seeds, docs)
    (docs / page).write_text("edited by hand\n", encoding="utf-8")
    _edit_comment_text(seeds / "00002_synthetic.txt")
    report = build(seeds, docs)
    assert page in report.written
    assert files(docs) == expected(seeds, tmp_path)


def test_a_new_commenter_name_rewrites_the_participants(seeds: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    build(seeds, docs)
    seed = seeds / "00002_synthetic.txt"
    lines = seed.read_text(encoding="utf-8").split("\n")
    header = next(
        i for i, line in enumerate(lines) if line.lstrip().startswith("1. ") and line.endswith(" says:")
    )
    lines[header] = lines[header].replace(" says:", " Junior says:")
    seed.write_text("\n".join(lines), encoding="utf-8")
    report = build(seeds, docs)
    assert "participants.md" in report.written
    assert files(docs) == expected(seeds, tmp_path)


def test_the_command_line_and_the_hook_share_the_cache(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `python -m generator build` names the folders as typed (seeds), the MkDocs hook by their
    # full path: the same seeds either way, so the second build parses none of them.
    monkeypatch.chdir(tmp_path)
    first = build(Path("seeds"), Path("docs"))
    before = stamps(tmp_path / "docs")

    def parse_nothing(task: workers.Task) -> workers.SeedResult:
        raise AssertionError(f"{task.path} parsed again")

    monkeypatch.setattr(workers, "process", parse_nothing)
    again = build(tmp_path / "seeds", tmp_path / "docs")
    assert stamps(tmp_path / "docs") == before
    assert again.written == again.removed == ()
    # The report names the seeds as this build was told them.
    assert [d.source for d in again.discussions] == [
        str(tmp_path / "seeds" / Path(d.source).name) for d in first.discussions
    ]
    assert {note.source for note in again.notes} <= {d.source for d in again.discussions}
    assert len(again.notes) == len(first.notes) > 0


def test_site_pages_are_rendered_again_when_a_seed_the_cache_did_not_keep_goes(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A seed with no cache entry (its stat failed when the build took it, say) is still on the
    # site-wide pages: once it is removed, every entry left is as before, in the same order,
    # yet the pages must change.
    docs = tmp_path / "docs"
    gone = seeds / "00002_synthetic.txt"
    with monkeypatch.context() as patch:
        real = run.seed_stamp
        patch.setattr(run, "seed_stamp", lambda path, now: None if Path(path) == gone else real(path, now))
        build(seeds, docs)
    assert gone.name not in cache_entries(tmp_path / CACHE_FILE)
    gone.unlink()
    report = build(seeds, docs)
    assert "index.md" in report.written
    assert files(docs) == expected(seeds, tmp_path)


def _garble_rows(line: str) -> str:
    head, notes, _ = line.split("\t", 2)
    return f'{head}\t{notes}\t{{"title": "not rows"}}\n'


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda text: text[: len(text) - 25], id="half-written"),
        pytest.param(
            lambda text: "".join(
                _garble_rows(line) if number == 2 else line
                for number, line in enumerate(text.splitlines(keepends=True))
            ),
            id="garbled rows",
        ),
    ],
)
@pytest.mark.parametrize("change", ["retitle the first", "retitle the sixth", "remove the last"])
def test_a_damaged_cache_entry_is_not_used(
    seeds: Path, tmp_path: Path, damage: Callable[[str], str], change: str
) -> None:
    # The damaged entry's seed is unchanged (a cache hit); another seed changes so that the
    # site-wide pages need every discussion's rows, the damaged one's too (the build must not
    # fail on it), or the last seed goes (the pages must not stand on the entries left).
    docs = tmp_path / "docs"
    build(seeds, docs)
    cache_file = tmp_path / CACHE_FILE
    cache_file.write_text(damage(cache_file.read_text(encoding="utf-8")), encoding="utf-8")
    if change == "remove the last":
        seed_paths(seeds)[-1].unlink()
    else:
        seed = seeds / ("00000_synthetic.txt" if change == "retitle the first" else "00005_synthetic.txt")
        seed.write_text(seed.read_text(encoding="utf-8").replace("Discussion", "Renamed discussion", 1))
    report = build(seeds, docs)
    assert "index.md" in report.written
    assert files(docs) == expected(seeds, tmp_path)
    again = build(seeds, docs)
    assert (again.written, again.removed) == ((), ())
    assert len(cache_entries(cache_file)) == len(seed_paths(seeds))


def test_a_seed_whose_file_name_is_not_utf8_is_cached(seeds: Path, tmp_path: Path) -> None:
    # Python names such a file with a lone surrogate (U+DCE9 for the byte 0xE9); the cache,
    # written as UTF-8, must still carry it (as a JSON escape), and the next build is a no-op.
    (seeds / "00001_synthetic.txt").rename(seeds / os.fsdecode(b"caf\xe9.txt"))
    docs = tmp_path / "docs"
    age(seeds)
    time.sleep(RACY_NS / 1e9 * 1.5)
    report = build(seeds, docs)
    assert os.fsdecode(b"caf\xe9.txt") in cache_entries(tmp_path / CACHE_FILE)
    assert files(docs) == expected(seeds, tmp_path)
    assert manifest.unchanged(seeds, docs) == report.outcome()


def test_a_page_whose_stamp_cannot_be_taken_gets_no_cache_entry(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page (or feed) whose stamp fails when its seed is accepted (gone under the build) is
    written, but its seed gets no cache entry: the next build renders it again."""
    docs = tmp_path / "site" / "docs"
    stamp = run.stamp

    def no_stamp_for_pages(path: str | Path) -> tuple[int, int] | None:
        return None if str(path).endswith(".md") else stamp(path)  # a page, staged or in place

    names = [path.name for path in seed_paths(seeds)]
    monkeypatch.setattr(run, "stamp", no_stamp_for_pages)
    build(seeds, docs)
    monkeypatch.undo()
    assert cache_entries(docs.parent / CACHE_FILE) == {}
    assert files(docs) == expected(seeds, tmp_path)
    # The next build renders those seeds again (and leaves the pages as they are): then cached.
    build(seeds, docs)
    assert set(cache_entries(docs.parent / CACHE_FILE)) == set(names)
    assert files(docs) == expected(seeds, tmp_path)
