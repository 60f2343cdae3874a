"""Nothing lost, for the "threaded" reader: every word of every fixture dump it reads is in the
model (title, byline, article, comments' authors, dates and text) or listed as dropped with its
line and reason (the page's "Lines … kept out of the content" and ``check --show-dropped``).

Words are compared as counts per dump; what is not a word of the page is left out first: the
dumpers' list markers ("12.", lynx's "o"), their link numbers ("[12]"). A name glued to its date
by the dump ("Aisha RahmanApril 27, 2016") counts as its two words.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from generator.model import Discussion, walk
from generator.read.dialects import parse

FIXTURES = Path(__file__).parent / "fixtures" / "threads"
DUMPS = sorted(path.name for path in FIXTURES.glob("*.txt") if path.name != "tools.txt")

_MARKER = re.compile(r"^\s*(?:\d{1,4}\.|[*+o#@=\-]|[□☆◦○■★◎▪◆•])(?=\s)", re.MULTILINE)
_LINK_NUMBER = re.compile(r"\[\d+\]")
_GLUED = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")
_WORD = re.compile(r"\w+")


def _words(text: str) -> Counter[str]:
    return Counter(_WORD.findall(_GLUED.sub(" ", _LINK_NUMBER.sub(" ", text))))


def _model_words(discussion: Discussion) -> Counter[str]:
    texts = [discussion.title, discussion.posted_text or "", discussion.author or ""]
    texts += [paragraph.text for paragraph in discussion.article]
    for comment in walk(discussion.comments):
        texts += [comment.author or "", comment.posted_text or ""]
        texts += [paragraph.text for paragraph in comment.paragraphs]
    texts += [item.text for item in discussion.chrome]
    return _words("\n".join(texts))


def test_there_are_dumps_to_check() -> None:
    assert len(DUMPS) >= 50


@pytest.mark.parametrize("name", DUMPS)
def test_every_word_of_the_dump_is_kept_or_listed_as_dropped(name: str) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    discussion = parse(text, name)
    missing = _words(_MARKER.sub(" ", text)) - _model_words(discussion)
    assert not missing, f"{sum(missing.values())} words lost, e.g. {sorted(missing)[:12]}"
