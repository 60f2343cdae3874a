"""Nothing is lost: every word of a seed reaches its built page, in the seed's order.

Left aside are the page chrome lines the parser reports and the dialect's structural markers (a
top-level comment's ``N.``, a reply's ``•`` and the `` says:`` of a ``Name says:`` header). The
header lines above the article (title, "Posted on", "By") only need to be present, because
the page puts the title first. Words are compared case-folded with punctuation trimmed, so
``“traitor”,`` on the page matches ``"traitor"`` in the seed.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from generator.pages.paths import page_url
from generator.read.text import split_lines
from tests.htmlpage import main_content, parse_html
from tests.reference import read_seed
from tests.sitebuild import SEEDS, repo_discussions

DISCUSSIONS = {Path(d.source).name: d for d in repo_discussions()}

# The seed dialect's markers, written out here rather than borrowed from the parser under test.
TOP_MARKER = re.compile(r"^ {1,3}\d+\.(?= |$)")
REPLY_MARKER = re.compile(r"^ +•")
SAYS = re.compile(r" says:\s*$")


def trim(word: str) -> str:
    """``word`` case-folded, without the punctuation and symbols around it."""
    start, end = 0, len(word)
    while start < end and unicodedata.category(word[start])[0] in "PS":
        start += 1
    while end > start and unicodedata.category(word[end - 1])[0] in "PS":
        end -= 1
    return word[start:end].casefold()


def words(text: str) -> list[str]:
    """The words of ``text``, trimmed; words made only of punctuation drop out."""
    return [w for w in (trim(raw) for raw in text.split()) if w]


def content_line(line: str) -> str:
    """A seed line with the dialect's structural marker (and its ``says:``) taken off."""
    marker = TOP_MARKER.match(line) or REPLY_MARKER.match(line)
    if not marker:
        return line
    return SAYS.sub("", line[marker.end() :])


def seed_words(seed: str) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """``(header, body)``: the seed's words with their line numbers, chrome left out."""
    discussion = DISCUSSIONS[seed]
    chrome = {c.line for c in discussion.chrome}
    first_body_line = discussion.article[0].line if discussion.article else discussion.comments[0].line
    header: list[tuple[str, int]] = []
    body: list[tuple[str, int]] = []
    for number, line in enumerate(split_lines(read_seed(SEEDS / seed)), start=1):
        if number in chrome:
            continue
        target = header if number < first_body_line else body
        target.extend((word, number) for word in words(content_line(line)))
    return header, body


def page_words(seed: str, site: Path) -> list[str]:
    """The words of the main content of the seed's built page."""
    html = (site / page_url(DISCUSSIONS[seed].slug)).read_text("utf-8")
    return words(main_content(parse_html(html)).text())


def first_missing(wanted: list[tuple[str, int]], page: list[str]) -> tuple[str, int] | None:
    """The first of ``wanted`` that the page lacks when read in order (None: all there, in order)."""
    position = 0
    for word, line in wanted:
        try:
            position = page.index(word, position) + 1
        except ValueError:
            return word, line
    return None


SEED_NAMES = sorted(DISCUSSIONS)


@pytest.mark.parametrize("seed", SEED_NAMES)
def test_body_words_appear_in_order(built_site: Path, seed: str) -> None:
    _, body = seed_words(seed)
    assert len(body) > 100, "the seed should have an article and comments"
    missing = first_missing(body, page_words(seed, built_site))
    assert missing is None, f"seeds/{seed}:{missing[1]}: {missing[0]!r} missing from the page (in order)"


@pytest.mark.parametrize("seed", SEED_NAMES)
def test_every_occurrence_of_a_word_appears(built_site: Path, seed: str) -> None:
    """The page has each word at least as often as the seed (so in-order matching cannot borrow
    a word from the page's own labels to paper over a lost one)."""
    header, body = seed_words(seed)
    needed = Counter(word for word, _ in header + body)
    have = Counter(page_words(seed, built_site))
    short = {word: (count, have[word]) for word, count in needed.items() if have[word] < count}
    assert short == {}, "word: (times in the seed, times on the page)"


@pytest.mark.parametrize("seed", SEED_NAMES)
def test_header_lines_are_present(built_site: Path, seed: str) -> None:
    header, _ = seed_words(seed)
    assert header, "the seed has a title line"
    page = page_words(seed, built_site)
    for line in sorted({number for _, number in header}):
        missing = first_missing([w for w in header if w[1] == line], page)
        assert missing is None, f"seeds/{seed}:{line}: {missing[0]!r} of the header missing from the page"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("  4. Rusty says:", "Rusty"),
        ("  12. Text starts here", "Text starts here"),
        ("    • Douglas says:", "Douglas"),
        ("      • a reply • with a bullet", "a reply • with a bullet"),
        ("    continuation 3. not a marker", "    continuation 3. not a marker"),
        ("    He says: yes", "    He says: yes"),
    ],
)
def test_markers_taken_off(line: str, expected: str) -> None:
    assert content_line(line).strip() == expected.strip()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Mother Russia?”", ["mother", "russia"]),
        ("$100,000 [4] (is) – …", ["100,000", "4", "is"]),
        ("Tu-95\u00a0RTs", ["tu-95", "rts"]),
    ],
)
def test_words(text: str, expected: list[str]) -> None:
    assert words(text) == expected
