"""Excerpts (``generator.pages.words.shorten``): white space folded, cut at a word before the limit,
whatever the paragraph's length (only its first words are looked at)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.pages.words import shorten


def _folded_then_cut(value: str, limit: int) -> str:
    """The definition: fold every run of white space of the whole text, then cut."""
    value = " ".join(value.split())
    if len(value) <= limit:
        return value
    return value[:limit].rsplit(" ", 1)[0] + " …"


@pytest.mark.parametrize(
    ("value", "limit", "shown"),
    [
        ("  one\t two \n three  ", 60, "one two three"),
        ("one two three four", 9, "one two …"),
        ("a " * 100, 5, "a a …"),
        ("a\u2003\u2003b  c", 4, "a b …"),
        ("unbroken" * 20, 10, "unbrokenun …"),
    ],
)
def test_examples(value: str, limit: int, shown: str) -> None:
    assert shorten(value, limit) == shown == _folded_then_cut(value, limit)


_PIECES = st.sampled_from(["a", "bb", "xyzxyzxyz", "é", " ", "  ", "\t", "\n", "\u2003", "\xa0"])
_TEXT = st.lists(_PIECES, max_size=60).map("".join)


@settings(max_examples=1000)
@given(_TEXT, st.integers(min_value=0, max_value=70))
def test_the_same_as_folding_the_whole_text_first(value: str, limit: int) -> None:
    assert shorten(value, limit) == _folded_then_cut(value, limit)
