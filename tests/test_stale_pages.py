"""No build keeps a stale page: edits that hide from size and modification time, edits during a build."""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

import pytest

from generator.build import journal, manifest, stamps
from generator.build.files import write_chunks_if_changed
from generator.build.site import build
from generator.pages.paths import PAGE_DIR
from tests.sitebuild import snapshot
from tests.test_noop import ODD_SEED, OLD, project  # noqa: F401  # the fixture

EDITED = ODD_SEED.replace("Hello.", "Howdy.")  # the same size


def _pages(docs: Path) -> dict[str, bytes]:
    return {k: v for k, (v, _) in snapshot(docs).items()}


def _fresh(seeds: Path, tmp_path: Path) -> dict[str, bytes]:
    build(seeds, tmp_path / "fresh" / "docs", cache_file=False)
    return _pages(tmp_path / "fresh" / "docs")


def test_a_same_size_edit_with_its_time_restored_is_built(project: Path, tmp_path: Path) -> None:  # noqa: F811
    # `cp -p`, `touch -r`, `touch -d`: the seed's size and modification time as before, its
    # content not. The manifest sees it (change time) and falls back to the build; the build
    # must not then take the cached page for it.
    seeds, docs = project / "seeds", project / "docs"
    build(seeds, docs)
    seed = seeds / "odd.txt"
    seed.write_text(EDITED, encoding="utf-8")
    os.utime(seed, ns=(OLD, OLD))
    assert manifest.unchanged(seeds, docs) is None
    build(seeds, docs)
    assert _pages(docs) == _fresh(seeds, tmp_path)
    time.sleep(stamps.RACY_NS / 1e9 * 2)
    assert manifest.unchanged(seeds, docs) is None or _pages(docs) == _fresh(seeds, tmp_path)


def test_a_seed_rewritten_within_one_clock_tick_is_built(project: Path, tmp_path: Path) -> None:  # noqa: F811
    # A seed written just before a build, rewritten (same size) within the same tick of the file
    # system's clock after the build read it: RACY_NS keeps the manifest from trusting it, but
    # the per-seed cache must not trust it either, or the next build keeps the old page (and
    # then records a manifest that makes every later build a no-op).
    seeds, docs = project / "seeds", project / "docs"
    build(seeds, docs)
    seed = seeds / "odd.txt"
    seed.write_text(EDITED, encoding="utf-8")
    tick = seed.stat().st_mtime_ns
    build(seeds, docs)  # reads the first version within the tick
    assert manifest.unchanged(seeds, docs) is None
    seed.write_text(ODD_SEED.replace("Hello.", "Hullo."), encoding="utf-8")
    os.utime(seed, ns=(tick, tick))  # what a coarse clock gives a write in the same tick
    time.sleep(stamps.RACY_NS / 1e9 * 2)
    build(seeds, docs)
    assert _pages(docs) == _fresh(seeds, tmp_path)


def test_the_chunked_writer_copies_what_it_compared(tmp_path: Path) -> None:
    # Another build (`mkdocs serve` beside the command line) replaces the page between the
    # comparison and the write: the equal beginning must come from the file that was compared.
    target = tmp_path / "page.md"
    target.write_bytes(b"AAAA" + b"BBBB")
    other = tmp_path / "other.md"
    other.write_bytes(b"XXXX" + b"YYYY")

    def chunks():  # type: ignore[no-untyped-def]
        yield b"AAAA"
        os.replace(other, target)  # the concurrent writer
        yield b"CCCC"

    with contextlib.suppress(OSError):  # refusing is fine: the next build writes it
        write_chunks_if_changed(target, chunks())
    # Either version whole, never the other build's beginning with this one's end.
    assert target.read_bytes() in (b"AAAACCCC", b"XXXXYYYY")


def test_a_page_edited_while_the_build_runs_is_not_recorded_as_built(
    project: Path,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A hand edit of generated pages (or another writer) after the build wrote or checked them,
    # before it recorded them: the manifest (and the site pages' stamps) must not take the
    # edited pages for the build's, or every later build keeps them.
    seeds, docs = project / "seeds", project / "docs"
    build(seeds, docs)
    (seeds / "odd.txt").write_text(EDITED, encoding="utf-8")
    os.utime(seeds / "odd.txt", ns=(OLD + 10**9, OLD + 10**9))
    time.sleep(stamps.RACY_NS / 1e9 * 2)
    original = journal.Journal.commit

    def commit_then_edit(self: journal.Journal) -> None:
        original(self)
        (self.docs_dir / "participants.md").write_text("edited during the build\n", encoding="utf-8")
        page = self.docs_dir / PAGE_DIR / "odd.md"
        page.write_bytes(page.read_bytes().replace(b"<", b">", 1))

    monkeypatch.setattr(journal.Journal, "commit", commit_then_edit)
    build(seeds, docs)
    monkeypatch.setattr(journal.Journal, "commit", original)
    noop = manifest.unchanged(seeds, docs)
    build(seeds, docs)  # the build itself (the no-op path aside)
    assert _pages(docs) == _fresh(seeds, tmp_path)
    assert noop is None, "the no-op path keeps the edited pages"


def test_a_seed_changed_just_before_the_build_with_an_old_time_is_not_trusted(
    project: Path,  # noqa: F811
) -> None:
    # `cp -p` or `touch -d` just before the build: an old modification time, a change time of
    # now. Another such change in the same tick of the clock (same size) would keep every field
    # of the stat the manifest compares, so the manifest must not trust it (as it does not trust
    # a recent modification time).
    seeds, docs = project / "seeds", project / "docs"
    (seeds / "odd.txt").write_text(EDITED, encoding="utf-8")
    os.utime(seeds / "odd.txt", ns=(OLD, OLD))
    build(seeds, docs)
    assert manifest.unchanged(seeds, docs) is None
