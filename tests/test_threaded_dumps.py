"""The dump readers ("threaded"; "aggregator" for Hacker News and old Reddit) on real-shaped
comment pages: every comment of every fixture, every dump.

``tests/fixtures/threads/NAME.html`` is a page in the markup of one comment engine, written from a
thread spec; ``NAME.truth.json`` is that spec's reading (never the parser's); ``NAME.w3m-80.txt``
and the other dumps are what w3m and lynx make of the page. Each dump is parsed and every comment
compared with the truth: depth, parent, author, date, kind and first words, and the page title.
The accuracy of every fixture and dump goes to ``test-artifacts/threaded-accuracy.txt``.

What a dump cannot tell is marked ``xfail(strict=True)`` with the reason, per fixture and dump,
so a fix shows up as an unexpected pass.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from generator.errors import SeedError
from generator.model import Comment, Discussion, walk
from generator.read.dates import read_dates
from generator.read.dialects import parse

FIXTURES = Path(__file__).parent / "fixtures" / "threads"
ARTIFACTS = Path(__file__).parent.parent / "test-artifacts"
DUMPS = ("w3m-80", "w3m-200", "w3m-10000", "lynx-80", "lynx-200")
NAMES = sorted(path.name.removesuffix(".truth.json") for path in FIXTURES.glob("*.truth.json"))

_PINGS = (
    "trackbacks and pingbacks look alike in this engine's page (same markup but for a class, the same "
    "'[…]' excerpt): a dump cannot tell which is which, and the reader calls both pingbacks"
)
_CSS_NESTING = (
    "replies are nested by CSS margins on <div>s only: neither w3m nor lynx shows any indentation, "
    "so depth and parent cannot be read from the dump"
)
XFAIL: dict[str, str] = {
    "genesis_en_dinghy": _PINGS,
    "wp_classic_de_hochbeet": _PINGS,
    "wp_classic_en_sourdough": _PINGS,
    "news_site_de_radweg": _CSS_NESTING,
}
"""Fixtures the reader cannot get entirely right, and why (every dump of them)."""

UNNAMED: dict[tuple[str, str], str] = {
    ("discourse_en_backups", dump): (
        "a forum's first post names its writer over or before its date as a blog names its category "
        "('quietgrid March 4, 2021, 9:05am 1', 'News · March 2, 2012 at 9:00 am'): the two are not "
        "told apart, and the writer is left unnamed"
    )
    for dump in DUMPS
}
"""Dumps whose article's writer the reader leaves unnamed (None, never another name), and why."""


@dataclass(frozen=True)
class Result:
    """How one dump was read against its truth."""

    right: int
    total: int
    title: bool
    problems: tuple[str, ...]
    byline: bool = True
    """The article's author and date right."""

    @property
    def perfect(self) -> bool:
        """Every comment and the title right."""
        return self.title and self.right == self.total and not self.problems


def expected_posted(comment: dict[str, Any]) -> str | None:
    """What ``Comment.posted`` should be: the truth's date to the precision the page shows (a
    zone is never shown), None for a relative date ("8 hours ago") or none."""
    shown = comment["posted_text"]
    if comment["posted"] is None or shown is None:
        return None
    (read,) = read_dates([shown])
    if read is not None and read.relative:
        return None
    posted: str = comment["posted"]
    return posted[:16] if re.search(r"\d\s?[:h]\s?\d\d", shown) else posted[:10]


def first_words(comment: Comment, count: int = 8) -> str:
    """The first words of a parsed comment's text (as ``tests.threadpages.spec.first_words``)."""
    return " ".join(" ".join(p.text for p in comment.paragraphs).split()[:count])


def compare(truth: dict[str, Any], discussion: Discussion, text: str, unnamed: bool = False) -> Result:
    """Every comment of ``truth`` against the parsed one at its position in document order, and
    the title, the article's writer (None where ``unnamed``, see :data:`UNNAMED`) and its date
    (``text``: the dump)."""
    got = walk(discussion.comments)
    index = {id(c): i for i, c in enumerate(got)}
    parents = {id(r): index[id(c)] for c in got for r in c.replies}
    positions = {c["source_id"]: i for i, c in enumerate(truth["comments"])}
    problems: list[str] = []
    right = 0
    for i, want in enumerate(truth["comments"]):
        expected = {
            "depth": want["depth"],
            "parent": positions.get(want["parent"]),
            "author": want["author"] or None,
            "posted": expected_posted(want),
            "kind": want["kind"],
            "first words": want["first_words"],
        }
        if i >= len(got):
            problems.append(f"comment {i} ({want['source_id']}) missing")
            continue
        have = got[i]
        found = {
            "depth": have.depth,
            "parent": parents.get(id(have)),
            "author": have.author,
            "posted": have.posted,
            "kind": have.kind,
            "first words": first_words(have),
        }
        wrong = {key: (expected[key], found[key]) for key in expected if expected[key] != found[key]}
        if wrong:
            problems.append(f"comment {i} ({want['source_id']}, line {have.line}): {wrong}")
        else:
            right += 1
    if len(got) > len(truth["comments"]):
        problems.append(f"{len(got) - len(truth['comments'])} comments too many")
    title = discussion.title == truth["title"]
    if not title:
        problems.append(f"title {discussion.title!r}, expected {truth['title']!r}")
    # Hacker News shows a story's age ("19 hours ago") where it shows no date: none to read.
    published = truth["published"][:10]
    if truth["engine"] == "hackernews" and published not in text:
        published = None
    author = None if unnamed else truth["author"]
    byline = (discussion.author, discussion.posted and discussion.posted.isoformat()) == (author, published)
    if not byline:
        problems.append(
            f"article by {discussion.author!r} on {discussion.posted}, expected {author!r} on {published}"
        )
    return Result(right, len(truth["comments"]), title, tuple(problems), byline)


@cache
def read(name: str, dump: str) -> Result:
    """One fixture's dump, parsed and compared (a rejection counts as nothing right)."""
    truth = json.loads((FIXTURES / f"{name}.truth.json").read_text(encoding="utf-8"))
    path = FIXTURES / f"{name}.{dump}.txt"
    text = path.read_text(encoding="utf-8")
    try:
        discussion = parse(text, str(path))
    except SeedError as error:
        return Result(0, len(truth["comments"]), False, (f"rejected: {error}",))
    result = compare(truth, discussion, text, (name, dump) in UNNAMED)
    if discussion.dialect not in ("threaded", "aggregator"):
        return Result(0, result.total, False, (f"read as {discussion.dialect!r}", *result.problems))
    return result


def _cases() -> list[Any]:
    cases = []
    for name in NAMES:
        marks = [pytest.mark.xfail(strict=True, reason=XFAIL[name])] if name in XFAIL else []
        cases += [pytest.param(name, dump, marks=marks, id=f"{name}.{dump}") for dump in DUMPS]
    return cases


def test_fixtures_are_there() -> None:
    assert len(NAMES) >= 10, "tests/fixtures/threads holds the engines' pages"
    for name in NAMES:
        for dump in DUMPS:
            assert (FIXTURES / f"{name}.{dump}.txt").is_file(), f"{name}.{dump}.txt"


@pytest.mark.parametrize(("name", "dump"), _cases())
def test_every_comment_the_title_and_the_byline_are_read_right(name: str, dump: str) -> None:
    result = read(name, dump)
    assert result.perfect, "\n".join(result.problems[:20])


def test_accuracy_table() -> None:
    """The per-fixture accuracy, written for the record; 100% wherever no xfail says otherwise."""
    lines = [f"{'fixture':34}" + "".join(f"{dump:>12}" for dump in DUMPS)]
    imperfect = []
    for name in NAMES:
        cells = []
        for dump in DUMPS:
            result = read(name, dump)
            marks = ("" if result.title else " T") + ("" if result.byline else " B")
            cells.append(f"{result.right}/{result.total}{marks}")
            if not result.perfect and name not in XFAIL:
                imperfect.append(f"{name}.{dump}")
        note = "  (xfail)" if name in XFAIL else ""
        lines.append(f"{name:34}" + "".join(f"{cell:>12}" for cell in cells) + note)
    lines.append("")
    lines.append("right/total comments; T: title wrong; B: the article's author or date wrong")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "threaded-accuracy.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    assert not imperfect


AGGREGATORS = ("hackernews_en_archive", "large_hackernews_en_ssg", "reddit_old_en_switches")


@pytest.mark.parametrize("dump", DUMPS)
@pytest.mark.parametrize("name", AGGREGATORS)
def test_aggregator_comments_keep_their_paragraphs(name: str, dump: str) -> None:
    """w3m sets Hacker News' vote arrow and spacer image beside the text or alone where a
    paragraph ends: neither is text, and neither costs a paragraph break."""
    truth = json.loads((FIXTURES / f"{name}.truth.json").read_text(encoding="utf-8"))
    path = FIXTURES / f"{name}.{dump}.txt"
    got = walk(parse(path.read_text(encoding="utf-8"), str(path)).comments)
    assert [len(c.paragraphs) for c in got] == [len(t["text"].split("\n\n")) for t in truth["comments"]]
    for comment in got:
        for paragraph in comment.paragraphs:
            assert not re.match(r"\[s\]|\*\s|[━─]", paragraph.text), (comment.line, paragraph.text)
