"""Parse, analyse and render do work linear in a run of one character: counted, not timed.

The hostile seeds of ``benchmarks/growth.py`` (a run of one character after a year, in a
"Posted on" line, before an "@", after a URL, in a signature, in a comment, in a w3m dump's
comment header, in a Hacker News header, in a saved page's comment) are read at run lengths n
and 4n, and the Python calls made on the way (``sys.setprofile``: calls of Python functions and
of C functions) are counted. Linear work grows about 4x; the bound is 5x. A regular expression's
backtracking happens inside one C call, so it is not seen here: tests/test_linear_patterns.py
checks those.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest

from benchmarks.growth import CONTEXTS, Seed, _read, hostile
from generator.analysis.notes import analyse
from generator.analysis.summary import summarize
from generator.analysis.urls import split_url
from generator.pages.discussion import render_discussion
from generator.read import seeds

N = 2_000
GROWTH = 5.0
"""The most the work may grow from n to 4n (linear: 4x, plus what does not grow)."""


def calls(work: Callable[[], Any]) -> int:
    """How many Python and C function calls ``work()`` makes."""
    count = 0

    def profile(_frame: FrameType, event: str, _arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        work()
    finally:
        sys.setprofile(None)
    return count


def whole(seed: Seed) -> Callable[[], Any]:
    """Parse, analyse, summarize and render ``seed`` (its text read beforehand)."""
    text = _read(seed)

    def run() -> str:
        discussion = seeds.parse(text, seed.name)
        found = analyse(discussion)
        summary = summarize(discussion, found)
        return render_discussion(discussion, summary.events, found)

    return run


@pytest.mark.parametrize("context", CONTEXTS)
@pytest.mark.parametrize("character", [" ", ".", "@", ")", "-", "<", "#"])
def test_work_grows_linearly(character: str, context: str) -> None:
    whole(hostile(character, context, N // 10))()  # imports and caches filled first
    small = calls(whole(hostile(character, context, N)))
    large = calls(whole(hostile(character, context, 4 * N)))
    assert large <= GROWTH * small, f"{large / small:.1f}x the calls for 4x the run"


def test_the_count_sees_quadratic_work() -> None:
    """The measure can fail: a loop over a loop grows 16x for 4x the input."""

    def nested(text: str) -> int:
        return sum(1 for i in range(len(text)) for j in range(i) if text[j].isspace())

    small = calls(lambda: nested(" " * 200))
    large = calls(lambda: nested(" " * 800))
    assert large > 15 * small


def _old_split_url(candidate: str) -> tuple[str, str]:
    """generator.analysis.urls.split_url as it was: quadratic on a URL ending in many ")"."""
    url = candidate
    while url:
        last = url[-1]
        if last in ".,;:!?'\"”’…»]}" or (last == ")" and url.count("(") < url.count(")")):
            url = url[:-1]
        else:
            break
    return url, candidate[len(url) :]


def test_url_punctuation_split_as_before() -> None:
    rnd = random.Random(16)
    for _ in range(20_000):
        value = "http://x.org/" + "".join(rnd.choice("a()).,]}'”") for _ in range(rnd.randint(0, 12)))
        assert split_url(value) == _old_split_url(value), value
