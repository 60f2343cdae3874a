"""The reader floor (benchmarks/readerfloor.py) bounds the dumps' build only if it reads what the
threaded reader reads on the benchmark's dumps: every comment, its author, nesting, date and words
(white space aside: the floor joins wrapped lines with a space, the reader re-flows them)."""

from __future__ import annotations

import re
from pathlib import Path

from benchmarks import readerfloor
from benchmarks.dumps import write_dumps
from generator.build import workers
from generator.model import Comment, Discussion, walk
from generator.read import seeds


def _facts(discussion: Discussion) -> list[tuple[str, str | None, int, str | None, str | None, str]]:
    def letters(comment: Comment) -> str:
        return "".join("".join(paragraph.text for paragraph in comment.paragraphs).split())

    return [(c.id, c.author, c.depth, c.posted, c.posted_text, letters(c)) for c in walk(discussion.comments)]


def test_the_floor_reads_the_benchmark_dumps_as_the_reader_does(tmp_path: Path) -> None:
    # Four pages: w3m and lynx in turn, 20-180 comments each, numbers past 99 among them.
    write_dumps(tmp_path, 4, seed=7)
    for path in sorted(tmp_path.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        real, floor = seeds.parse(text, str(path)), readerfloor.read(text, str(path))
        assert floor.title == real.title
        assert _facts(floor) == _facts(real), path.name
        # Every other word of the page is in its article or listed as left out (the comments'
        # list markers aside, as the reader leaves them).
        held = " ".join(
            [
                floor.title,
                *(p.text for p in floor.article),
                *(c.posted_text or "" for c in walk(floor.comments)),
                *(f"Avatar {c.author} {c.author} says:" for c in walk(floor.comments)),
                *(p.text for c in walk(floor.comments) for p in c.paragraphs),
                *(line.text for line in floor.chrome),
            ]
        )
        assert sorted(held.split()) == sorted(_MARKER.sub("", text).split())


_MARKER = re.compile(r"^ *(?:\d{1,4}\.|\S) (?=Avatar .+ says:$)", re.MULTILINE)


def test_the_floor_builds_every_page_and_gives_the_reader_back(tmp_path: Path) -> None:
    write_dumps(tmp_path / "seeds", 3, seed=11)
    reader = workers.load_seed
    assert readerfloor.run(tmp_path / "seeds", tmp_path / "docs") == 0
    assert len(list((tmp_path / "docs" / "discussions").glob("*.md"))) == 3
    assert workers.load_seed is reader  # the builds of other tests in this process read as ever
