"""The benchmark's synthetic seeds parse into exactly the discussions the writer meant."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from benchmarks.aggregators import hacker_news, old_reddit, page_order, tree
from benchmarks.corpus import MAX_DEPTH, SeedFacts, write_corpus
from generator import Discussion, parse
from generator.model import walk


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[SeedFacts, Discussion]]:
    folder = tmp_path_factory.mktemp("corpus")
    facts = write_corpus(folder, 10)
    return [(f, parse((folder / f.name).read_text(encoding="utf-8"), f.name)) for f in facts]


@pytest.mark.parametrize("index", range(10))
def test_seed_parses_with_the_counts_written(corpus: list[tuple[SeedFacts, Discussion]], index: int) -> None:
    facts, discussion = corpus[index]
    comments = walk(discussion.comments)
    assert discussion.title == facts.title
    assert discussion.warnings == ()
    assert len(comments) == facts.comments
    assert len(discussion.comments) == facts.threads
    assert max(c.depth for c in comments) == facts.deepest
    assert sum(c.author is not None for c in comments) == facts.named
    assert all(c.paragraphs for c in comments)


def test_corpus_covers_the_dialect(corpus: list[tuple[SeedFacts, Discussion]]) -> None:
    facts = [f for f, _ in corpus]
    assert {f.deepest for f in facts} <= set(range(MAX_DEPTH + 1))
    assert max(f.deepest for f in facts) >= 4
    assert any(f.named == f.comments for f in facts), "a seed with a 'Name says:' header on every comment"
    assert any(f.named == 0 for f in facts), "a seed without any header"
    assert 50 <= sum(f.comments for f in facts) / len(facts) <= 150
    assert any(d.chrome for _, d in corpus) and any(not d.chrome for _, d in corpus)


def test_corpus_is_the_same_for_the_same_seed(tmp_path: Path) -> None:
    first = write_corpus(tmp_path / "a", 3, seed=7)
    second = write_corpus(tmp_path / "b", 3, seed=7)
    assert first == second
    for f in first:
        assert (tmp_path / "a" / f.name).read_bytes() == (tmp_path / "b" / f.name).read_bytes()


@pytest.mark.parametrize("page", [hacker_news, old_reddit])
@pytest.mark.parametrize("seed", range(6))
def test_the_aggregator_corpus_is_read_as_written(page: Callable[..., str], seed: int) -> None:
    """The benchmark's Hacker News and old Reddit pages give back the tree they were written from."""
    rng = random.Random(seed)
    comments = tree(rng, rng.randint(1, 60))
    discussion = parse(page(rng, seed, comments), f"{seed}.txt")
    assert discussion.dialect == "aggregator"
    assert [c.depth for c in walk(discussion.comments)] == [c.depth for c, _, _ in page_order(comments)]
