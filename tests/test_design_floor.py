"""The design floor (benchmarks/floor.py) is a lower bound only if it really does the work it
claims: every comment of every seed modelled, every word written, all of it escaped."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from benchmarks import floor
from benchmarks.corpus import write_corpus


@pytest.mark.parametrize("discussions", [3, 40])  # one process; forked workers (PARALLEL_MIN=16)
def test_floor_models_every_comment_and_writes_every_word(tmp_path: Path, discussions: int) -> None:
    facts = write_corpus(tmp_path / "seeds", discussions)
    comments = floor.run(tmp_path / "seeds", tmp_path / "out")
    # One more per seed: everything before the first comment (title, article) is one chunk.
    assert comments == sum(f.comments for f in facts) + len(facts)
    for fact in facts:
        seed = (tmp_path / "seeds" / fact.name).read_text(encoding="utf-8")
        page = (tmp_path / "out" / fact.name).with_suffix(".md").read_text(encoding="utf-8")
        text = re.sub(r"<[^>]*>", " ", page).replace("&lt;", "<").replace("&gt;", ">")
        text = text.replace("&quot;", '"').replace("&#x27;", "'").replace("&amp;", "&")
        assert text.split() == seed.split()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("<script>alert(1)</script>", "<p>1. &lt;script&gt;alert(1)&lt;/script&gt;</p>"),
        ("a & b", "<p>1. a &amp; b</p>"),
    ],
)
def test_floor_escapes_like_the_generator_must(line: str, expected: str) -> None:
    assert expected in floor.page(floor.model(f"Title\n\n  1. {line}\n"))


def test_floor_splits_at_numbers_and_bullets() -> None:
    comments = floor.model("T\n\n  1. a\n\n    • b\n    more\n\n  2. c\n")
    assert [(c.depth, [p.text for p in c.paragraphs]) for c in comments] == [
        (0, ["T"]),
        (2, ["1. a"]),
        (4, ["• b\nmore"]),
        (2, ["2. c"]),
    ]
