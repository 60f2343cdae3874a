"""Reposted comments are found however their text was wrapped, and listed in page order."""

from __future__ import annotations

import pytest

from generator.analysis.duplicates import duplicate_groups
from generator.model import Comment, Paragraph

WORDS = "one two three four five six seven eight nine ten eleven twelve"
OTHER = "a b c d e f g h i j k l m"


def comment(id_: str, *texts: str) -> Comment:
    return Comment(id_, 1, None, 0, tuple(Paragraph(text, 1) for text in texts), 1)


@pytest.mark.parametrize(
    "texts",
    [
        (WORDS,),
        (WORDS.replace(" six ", "\u00a0 six\t"),),  # other white space between the words
        ("one two three", "four five six seven eight nine ten eleven twelve"),  # split in two
        ("", WORDS),  # an empty paragraph first
        (WORDS, " "),  # a blank paragraph last
    ],
)
def test_same_words_are_the_same_text(texts: tuple[str, ...]) -> None:
    assert duplicate_groups([comment("c1", WORDS), comment("c2", "x"), comment("c3", *texts)]) == [
        ("c1", "c3")
    ]


@pytest.mark.parametrize(
    "texts",
    [(WORDS + " thirteen",), (WORDS.replace("six", "sixty"),), ("zero " + WORDS,)],
)
def test_other_words_are_other_texts(texts: tuple[str, ...]) -> None:
    assert duplicate_groups([comment("c1", WORDS), comment("c3", *texts)]) == []


def test_groups_in_page_order() -> None:
    comments = [comment("c1", OTHER), comment("c2", WORDS), comment("c3", WORDS), comment("c4", OTHER)]
    assert duplicate_groups(comments) == [("c1", "c4"), ("c2", "c3")]


def test_a_comment_without_text_is_no_duplicate() -> None:
    assert duplicate_groups([comment("c1"), comment("c2")]) == []
