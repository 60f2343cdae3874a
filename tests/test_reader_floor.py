"""The reader floor (benchmarks/readerfloor.py) bounds the dumps' build only if it reads what the
threaded reader reads on the benchmark's dumps, and hands the rest of the build as much to do:
every comment, its author, nesting, date and words (white space aside: the floor joins wrapped
lines with a space, the reader re-flows them), the article's writer and date, as many notes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from benchmarks import readerfloor
from benchmarks.dumps import write_dumps
from generator.build import workers
from generator.model import Comment, Discussion, walk
from generator.read import seeds

_MARKER = re.compile(r"^ *(?:\d{1,4}\.|\S) (?=Avatar .+ says:$)", re.MULTILINE)
"""A comment's list marker, which neither reader keeps."""


def _letters(texts: list[str]) -> str:
    return "".join("".join(texts).split())


def _facts(discussion: Discussion) -> list[tuple[str, str | None, int, str | None, str | None, str]]:
    def letters(comment: Comment) -> str:
        return _letters([paragraph.text for paragraph in comment.paragraphs])

    return [(c.id, c.author, c.depth, c.posted, c.posted_text, letters(c)) for c in walk(discussion.comments)]


def test_the_floor_reads_the_benchmark_dumps_as_the_reader_does(tmp_path: Path) -> None:
    # Six pages: w3m and lynx in turn, 20-180 comments each (seed 4: a w3m page past comment 99).
    write_dumps(tmp_path, 6, seed=4)
    assert any(re.search(r"(?m)^100\. ", path.read_text(encoding="utf-8")) for path in tmp_path.iterdir())
    for path in sorted(tmp_path.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        real, floor = seeds.parse(text, str(path)), readerfloor.read(text, str(path))
        assert (floor.title, floor.author, floor.posted, floor.posted_text) == (
            real.title,
            real.author,
            real.posted,
            real.posted_text,
        )
        assert _letters([p.text for p in floor.article]) == _letters([p.text for p in real.article])
        assert _facts(floor) == _facts(real), path.name
        assert len(floor.chrome) == len(real.chrome)
        # Every word of the page is in the model or in a note (the list markers aside).
        held = [
            floor.title,
            *(p.text for p in floor.article),
            *(f"{c.author} {c.posted_text}" for c in walk(floor.comments)),
            *(p.text for c in walk(floor.comments) for p in c.paragraphs),
            *(line.text for line in floor.chrome),
        ]
        assert sorted(" ".join(held).split()) == sorted(_MARKER.sub("", text).split())


def test_the_floor_builds_every_page_in_the_workers_and_gives_the_reader_back(tmp_path: Path) -> None:
    count = 2 * workers.PARALLEL_MIN  # two workers, forked where there are two cores
    write_dumps(tmp_path / "seeds", count, seed=11)
    reader = workers.load_seed
    readerfloor.run(tmp_path / "seeds", tmp_path / "docs")
    pages = list((tmp_path / "docs" / "discussions").glob("*.md"))
    assert len(pages) == count
    assert all("\ndialect: floor\n" in page.read_text(encoding="utf-8") for page in pages)
    assert workers.load_seed is reader  # the builds of other tests in this process read as ever
    assert not (tmp_path / ".generator-cache.json").exists()  # no cache a real build would trust
    with pytest.raises(SystemExit):
        readerfloor.run(tmp_path / "seeds", tmp_path / "docs")  # over a build: it would skip work
