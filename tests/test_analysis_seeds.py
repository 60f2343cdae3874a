"""Which comments of the seeds get which notes: every finding listed, so a new one shows as a diff."""

from __future__ import annotations

import dataclasses

import pytest

from generator import Discussion
from generator.analysis.notes import CommentNotes, analyse, answers_to
from generator.analysis.xrefs import find_references
from generator.model import Comment, Paragraph, walk


def findings(
    discussion: Discussion,
) -> dict[str, tuple[str | None, str | None, str | None, list[str], tuple[str, ...]]]:
    """Per comment with notes: (name, signature text, addressee, linked texts → targets, duplicates)."""
    analysis = analyse(discussion)
    out = {}
    for comment in walk(discussion.comments):
        notes: CommentNotes = analysis.of(comment)
        signature = comment.paragraphs[-1].text[notes.signature.start :] if notes.signature else None
        links = [f"{comment.paragraphs[k.paragraph].text[k.start : k.end]} → {k.target}" for k in notes.links]
        if notes.name != comment.author or signature or notes.addressee or links or notes.duplicates:
            out[comment.id] = (notes.name, signature, notes.addressee, links, notes.duplicates)
    return out


def test_seed_000_findings(seed_000: Discussion) -> None:
    assert findings(seed_000) == {
        "c1-1": ("Frankie", "Frankie/ central Texas", None, [], ()),
        "c1-1-1": ("Robert", "Thank you, Robert", "Frankie", [], ()),
        "c1-1-2": (None, None, "Frankie", [], ()),
        "c1-2": ("Al Thompson", "~ Al Thompson – Torrance, CA.", None, [], ("c21-5",)),
        "c1-2-1": ("Robert", "Thank you, Robert", "Al", [], ()),
        "c1-4-1": (None, None, "Gigi", [], ()),
        "c5-1": (None, None, "Miguel", [], ()),
        "c9-1": (None, None, "Mark", [], ()),
        "c17": (None, None, None, ["9 above → c9"], ()),
        "c21-5": ("Al Thompson", "~ Al Thompson – Torrance, CA.", None, [], ("c1-2",)),
        "c24": ("JF", "JF – France", "Allen", [], ()),
        "c25-2": (None, None, "Lena", [], ()),
        "c28": ("Al Thompson III", "~ Al Thompson III (Los Angeles, CA area)", None, [], ()),
        "c29": (None, None, "Vik", [], ()),
        "c30": ("John Arnold Lohne", "Regards, John Arnold Lohne, Gothenburg, Sweden", "Vik", [], ()),
    }


def test_seed_001_findings(seed_001: Discussion) -> None:
    assert findings(seed_001) == {
        "c6": ("Lee Lindberg", None, "Slaven", [], ()),
        "c6-1": ("Douglas", None, "Lee", [], ()),
        "c10": ("Mike", None, "Slaven", [], ()),
    }


def test_says_author_wins_over_signature(seed_001: Discussion) -> None:
    analysis = analyse(seed_001)
    assert [analysis.of(c).name for c in walk(seed_001.comments)] == [
        c.author for c in walk(seed_001.comments)
    ]


def with_first_comment_saying(discussion: Discussion, text: str) -> tuple[Discussion, Comment]:
    """``discussion`` with its first comment's text replaced by ``text``."""
    first = discussion.comments[0]
    changed = dataclasses.replace(first, paragraphs=(Paragraph(text, first.line + 1),))
    return dataclasses.replace(discussion, comments=(changed, *discussion.comments[1:])), changed


def test_reference_to_missing_comment_or_itself_is_not_linked(seed_001: Discussion) -> None:
    discussion, comment = with_first_comment_saying(seed_001, "See comment 99, comment 5 and comment 1.")
    assert [link.target for link in analyse(discussion).of(comment).links] == ["c5"]


def test_reference_inside_a_url_is_not_linked(seed_001: Discussion) -> None:
    text = "Look at https://example.org/(#2) and (#3)"
    assert [r.number for r in find_references(text)] == [2, 3]
    discussion, comment = with_first_comment_saying(seed_001, text)
    assert [link.target for link in analyse(discussion).of(comment).links] == ["c3"]


def test_reference_across_a_line_break_is_not_linked(seed_001: Discussion) -> None:
    text = "As I wrote in comment\n5, he was paid."
    assert [r.number for r in find_references(text)] == [5]
    discussion, comment = with_first_comment_saying(seed_001, text)
    assert analyse(discussion).of(comment).links == ()


@pytest.mark.parametrize(
    ("seed", "expected"),
    [
        (
            "seed_000",
            {
                "c1-1-1": ("Frankie", "c1-1"),
                "c1-1-2": ("Frankie", "c1-1"),
                "c1-2-1": ("Al", "c1-2"),
                "c1-4-1": ("Gigi", None),
                "c5-1": ("Miguel", None),
                "c9-1": ("Mark", None),
                "c24": ("Allen", None),
                "c25-2": ("Lena", None),
                "c29": ("Vik", None),
                "c30": ("Vik", None),
            },
        ),
        ("seed_001", {"c6": ("Slaven", "c5"), "c6-1": ("Lee", "c6"), "c10": ("Slaven", "c9")}),
    ],
)
def test_addressed_comment(
    seed: str, expected: dict[str, tuple[str, str | None]], request: pytest.FixtureRequest
) -> None:
    discussion: Discussion = request.getfixturevalue(seed)
    analysis = analyse(discussion)
    found = {
        c.id: (analysis.of(c).addressee, analysis.of(c).addressee_comment)
        for c in walk(discussion.comments)
        if analysis.of(c).addressee
    }
    assert found == expected


@pytest.mark.parametrize(
    ("addressee", "name", "expected"),
    [
        ("Al", "Al Thompson", True),
        ("lee", "Lee Lindberg", True),
        ("Lindberg", "Lee Lindberg", False),
        ("Al", "Alan", False),
    ],
)
def test_answers_to(addressee: str, name: str, expected: bool) -> None:
    assert answers_to(addressee, name) is expected
