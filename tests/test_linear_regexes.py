"""Hostile paragraphs that made the sentence splitter and the date finder quadratic.

The inputs of the tests marked "was quadratic" took minutes before the patterns were made linear
(a tenth of their size already took seconds); the others are near misses that were and stay
fast, kept to show their results are unchanged. The bound is generous because the machine
running the tests is shared.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable
from typing import TypeVar

import pytest

from generator.analysis import datefinder, sentences
from generator.analysis.datefinder import find_dates
from generator.build.rowcheck import is_inert_html
from generator.model import Discussion, Paragraph
from generator.pages.discussion import render_discussion
from generator.read.text import MONTH_ABBREVIATIONS

SIZE = 200_000
BOUND = 5.0
"""Seconds; the fixed patterns take milliseconds at this size, the old ones took minutes."""

T = TypeVar("T")

# The patterns as they were: same matches, but super-linear on hostile text. They stand as the
# reference the fixed ones are compared with, on short strings.
_OLD_SENTENCE_END = re.compile(r"[.!?…]+[\"”’')\]]*(?:\[\d{1,3}\])*\s+(?=[\"“‘'(\[]?\w)")
_OLD_URLISH = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>\"]+|[\w.+-]+@[\w-]+\.[\w.-]+", re.IGNORECASE)


def timed(function: Callable[[str], T], value: str) -> T:
    """``function(value)``, failing the test when it takes longer than :data:`BOUND`."""
    start = time.perf_counter()
    result = function(value)
    elapsed = time.perf_counter() - start
    assert elapsed < BOUND, f"{elapsed:.1f} s for {len(value)} characters"
    return result


def found(value: str) -> list[tuple[str, str, str]]:
    """(as written, date, precision) of every date recognised in ``value``."""
    return [(value[m.start : m.end], m.date, m.precision) for m in find_dates(value)]


def page(text: str) -> str:
    """The page of a discussion whose article is one paragraph, ``text``."""
    article = (Paragraph(text, 1),)
    return render_discussion(Discussion("x.txt", "x", "X", None, None, None, None, article, ()))


@pytest.mark.parametrize("stop", [".", "!", "?", "…"])
def test_run_of_stops_without_a_sentence_after_it(stop: str) -> None:
    """Was quadratic: the run was read again from each of its stops."""
    value = stop * SIZE + "x in 1990"
    assert timed(sentences.sentences, value) == [(0, len(value))]


def test_run_of_stops_ending_a_sentence() -> None:
    value = "." * SIZE + " In 1990 he flew."
    assert timed(sentences.sentences, value) == [(0, SIZE), (SIZE + 1, len(value))]


def test_run_of_closing_quotes_and_citations() -> None:
    value = "He flew." + "”[1]" * (SIZE // 4) + "x in 1990"
    assert timed(sentences.sentences, value) == [(0, len(value))]


def test_page_with_a_paragraph_of_stops() -> None:
    """Was quadratic (the timeline's sentence of the date)."""
    rendered = timed(page, "." * SIZE + "x in 1990")
    assert 'data-date="1990"' in rendered
    assert '<p class="timeline-snippet">… in 1990</p>' in rendered


@pytest.mark.parametrize("letter", ["a", "1", "_", ".", "-", "+", "a."])
def test_long_word_before_an_at_sign(letter: str) -> None:
    """Was quadratic: the word was read again from each of its letters, as an address."""
    value = letter * (2 * SIZE // len(letter)) + "@ 1990"
    assert timed(found, value) == [("1990", "1990", "year")]


def test_long_address_is_masked() -> None:
    value = "a" * SIZE + "@b.c1990 and 1991"
    assert timed(found, value) == [("1991", "1991", "year")]


def test_long_domain_without_a_dot() -> None:
    """Was quadratic: the domain, a word before no "@", was read from each of its letters."""
    value = "x@" + "b" * SIZE + " in 1990"
    assert timed(found, value) == [("1990", "1990", "year")]


def test_many_at_signs() -> None:
    value = "a@" * (SIZE // 2) + " in 1990"
    assert timed(found, value) == [("1990", "1990", "year")]


def _random_texts(tokens: list[str], count: int) -> list[str]:
    rnd = random.Random(20240601)
    return ["".join(rnd.choice(tokens) for _ in range(rnd.randint(0, 24))) for _ in range(count)]


def test_sentence_ends_as_before() -> None:
    tokens = [*".!?…x1 \n\t[]()\"'”’“‘", "[12]", "[1234]", ". ", "ab"]
    for value in _random_texts(tokens, 20_000):
        old = [m.span() for m in _OLD_SENTENCE_END.finditer(value)]
        assert [m.span() for m in sentences._SENTENCE_END.finditer(value)] == old, value


def test_addresses_masked_as_before() -> None:
    tokens = [*'ab1_.@-+ \n<>"é:/', "www.", "http://", "ftp://", "com", "1990"]
    for value in _random_texts(tokens, 20_000):
        old = _OLD_URLISH.sub(lambda m: " " * len(m.group()), value)
        assert datefinder._URLISH.sub(lambda m: " " * len(m.group()), value) == old, value


def test_address_glued_after_an_address() -> None:
    value = "mail a@b.com+1990@d.org, or c.d+e@f-g.net in 1991"
    assert datefinder._masked(value) == _OLD_URLISH.sub(lambda m: " " * len(m.group()), value)
    assert found(value) == [("1991", "1991", "year")]


def test_month_abbreviations() -> None:
    assert " ".join(MONTH_ABBREVIATIONS) == "Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec"
    for written in ("Sep 1976", "Sep. 1976", "Sept 1976", "Sept. 1976", "September 1976"):
        assert found(f"in {written} he flew") == [(written, "1976-09", "month")]
    assert found("on Sep 26, 2006 it ran") == [("Sep 26, 2006", "2006-09-26", "day")]


@pytest.mark.parametrize(
    ("fragment", "inert"),
    [
        (";" + "-" * SIZE + '">', False),  # recheck's attack on the conservative translation
        ('<a href="' + "a" * SIZE, False),
        ("<span>" * (SIZE // 6), False),
        ("<p>" + "x" * SIZE + "</p>", True),
        ("&amp;" * (SIZE // 5), True),
    ],
)
def test_forged_cache_rows_are_judged_in_linear_time(fragment: str, inert: bool) -> None:
    """The cache's row check (generator.build.rowcheck) reads rows a forger wrote: its pattern's
    alternatives start with different characters and repeat possessively, so a row is read once."""
    assert timed(is_inert_html, fragment) is inert
