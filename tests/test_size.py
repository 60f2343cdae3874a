"""Size: a 1 MB line, a 50 MB seed, 10,000 comments, replies nested 1,000 deep. No crash, nothing lost."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from generator import parse
from generator.build import jsonstream
from generator.model import walk
from generator.pages.discussion import render_discussion
from generator.pages.jsonout import discussion_dict
from tests.conftest import SEED_000, SEED_001
from tests.reference import assign_slugs, load
from tests.seedkit import assert_nothing_lost, cli
from tests.sitebuild import make_project, run_mkdocs

MEGABYTE_WORDS = " ".join(f"w{i}" for i in range(150_000))
assert len(MEGABYTE_WORDS) > 1_000_000


def deep_seed(depth: int) -> str:
    """One comment with a chain of ``depth`` replies, each a reply to the one before."""
    lines = ["Deep thread", "", "  1. Root says:", "", "    root text"]
    lines += [" " * (2 + 2 * level) + f"• level {level}" for level in range(1, depth + 1)]
    return "\n".join(lines) + "\n"


def wide_seed(comments: int, words: int) -> str:
    """``comments`` numbered comments, each with ``words`` words and one reply."""
    body = " ".join(f"word{i}" for i in range(words))
    out = ["Many comments", "", "An article.", ""]
    for number in range(1, comments + 1):
        out += [f"  {number}. Reader {number} says:", "", f"    {body} #{number}", ""]
        out += [f"    • reply to {number}", ""]
    return "\n".join(out)


@contextmanager
def recursion_limit(limit: int) -> Iterator[None]:
    """Only for the test's own json.loads, which recurses in C like json.dumps."""
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(limit)
    try:
        yield
    finally:
        sys.setrecursionlimit(old)


@pytest.mark.parametrize(
    ("case", "text"),
    [
        ("article", f"Title\n\n{MEGABYTE_WORDS}\n"),
        ("title position", f"{MEGABYTE_WORDS}\n\nText.\n"),
        ("comment", f"Title\n\n  1. {MEGABYTE_WORDS}\n"),
        ("reply", f"Title\n\n  1. a\n\n    • {MEGABYTE_WORDS}\n"),
        ("posted line", f"Title\n\nPosted on {' by a in b' * 120_000}\n"),
        ("says line", f"Title\n\n  1. {'x says:' * 150_000}\n"),
        ("urls", f"Title\n\n{' '.join(['http://example.com/a' + 'b' * 30] * 20_000)}\n"),
    ],
)
def test_one_megabyte_line(case: str, text: str) -> None:
    discussion = parse(text, "x.txt")
    page = render_discussion(assign_slugs([discussion])[0])
    assert_nothing_lost(text, discussion)
    assert len(page) > 1_000_000


def test_fifty_megabyte_seed(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "big.txt").write_text(wide_seed(25_000, 270), encoding="utf-8")
    assert (seeds / "big.txt").stat().st_size > 50_000_000
    (discussion,) = load([seeds / "big.txt"], root=seeds)
    assert len(walk(discussion.comments)) == 50_000
    assert discussion.comments[-1].paragraphs[0].text.endswith("word269 #25000")
    assert discussion.warnings == ()
    page = render_discussion(discussion)
    assert page.count('<h3 class="comment-title"') == 50_000


def test_ten_thousand_comments(tmp_path: Path) -> None:
    (tmp_path / "wide.txt").write_text(wide_seed(10_000, 10), encoding="utf-8")
    result = cli("parse", str(tmp_path / "wide.txt"))
    assert result.returncode == 0, result.stderr
    parsed = json.loads(result.stdout)
    assert [c["id"] for c in parsed["comments"]] == [f"c{n}" for n in range(1, 10_001)]
    assert parsed["comments"][-1]["replies"][0]["paragraphs"] == ["reply to 10000"]


DEPTH = 1_000


@pytest.fixture(scope="module")
def deep_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("deep")
    (folder / "deep.txt").write_text(deep_seed(DEPTH), encoding="utf-8")
    return folder


def test_deep_thread_parses_and_renders(deep_dir: Path) -> None:
    (discussion,) = load([deep_dir / "deep.txt"])
    comments = walk(discussion.comments)
    assert [c.depth for c in comments] == list(range(DEPTH + 1))
    assert comments[-1].paragraphs[0].text == f"level {DEPTH}"
    page = render_discussion(discussion)
    # One <details> per comment, plus the thread overview's (one thread here).
    assert page.count('<details class="comment"') == DEPTH + 1
    assert page.count("<details") == page.count("</details>") == DEPTH + 2


def test_deep_thread_as_json(deep_dir: Path) -> None:
    result = cli("parse", str(deep_dir / "deep.txt"))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    with recursion_limit(10 * DEPTH):
        parsed = json.loads(result.stdout)
    node = parsed["comments"][0]
    for level in range(1, DEPTH + 1):
        (node,) = node["replies"]
        assert node["depth"] == level
    assert node["paragraphs"] == [f"level {DEPTH}"]


def test_deep_thread_builds_with_mkdocs(deep_dir: Path, tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", {"deep.txt": deep_seed(DEPTH)})
    result = run_mkdocs(project, project / "site").result
    assert result.returncode == 0, result.stderr
    page = (project / "site" / "discussions" / "deep-thread.html").read_text(encoding="utf-8")
    assert page.count('class="comment-title"') == DEPTH + 1
    assert f"level {DEPTH}</p>" in page


@pytest.mark.parametrize(
    "value",
    [
        {},
        [],
        {"a": [], "b": {}, "c": [[], [{}]], "d": None, "e": True, "f": 1.5, "g": -3},
        ['ünïcode \u2028 \x00 "quoted" \\ back', {"k\n": "v"}],
        "scalar",
        42,
    ],
)
def test_jsonstream_matches_json_dumps(value: object) -> None:
    assert "".join(jsonstream.chunks(value)) == json.dumps(value, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("seed", [SEED_000, SEED_001], ids=["000", "001"])
def test_jsonstream_matches_json_dumps_on_seeds(seed: Path) -> None:
    (discussion,) = load([seed])
    value = discussion_dict(discussion)
    assert "".join(jsonstream.chunks(value)) == json.dumps(value, ensure_ascii=False, indent=2)
