"""The comment tree's shortcuts read exactly what the long way reads.

:func:`threadtree._not_text` settles most lines on their first word (:func:`chrome.may_be_action`)
and :func:`threadtree.header_rest` reads the raw lines; both are checked here against their
first definitions, kept below, on every line and header of the fixtures and on generated text.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.model import SourceLine
from generator.read import seeds
from generator.read.dump import chrome, dumplines, threadtree
from generator.read.dump.heads import Head

FIXTURES = Path(__file__).parent / "fixtures" / "threads"
FIXTURE_PATHS = sorted(FIXTURES.glob("*.txt"))


def not_text_before(text: str) -> str:
    """:func:`threadtree._not_text` as it was: every test, in turn."""
    if text.count(" ") > 8 and threadtree._prose_start(text, text[0]):
        return ""
    if chrome.is_action(text):
        return "comment action"
    if chrome.is_avatar_line(text):
        return "avatar text"
    if chrome.is_moderation_note(text):
        return "moderation note"
    if chrome.is_rule(text):
        return "rule"
    if chrome.may_be_rating(text) and chrome.is_rating(text):
        return "rating"
    if ("[" in text or text[0] == "_") and chrome.is_form(text):
        return chrome.form_reason(text)
    return ""


_ALNUM = re.compile(r"[^\W_]")


def header_rest_before(lines: dumplines.Lines, head: Head) -> list[SourceLine]:
    """:func:`threadtree.header_rest` as it was: on the lines' Line entries."""
    pieces = [piece for piece in (head.author, head.date, *[item.text for item in head.dropped]) if piece]
    reason = "deleted comment's placeholder" if head.kind == "deleted" else "comment header"
    found = [line for index in range(head.first, head.last + 1) if (line := lines[index]) is not None]
    text = " ".join([line.text for line in found])
    for piece in pieces:
        at = text.find(piece)
        if at < 0:
            at = text.find(" ".join(piece.split()))
        if at >= 0:
            text = text[:at] + " " * len(piece) + text[at + len(piece) :]
    rest: list[SourceLine] = []
    start = 0
    for line in found:
        left = text[start : start + len(line.text)]
        start += len(line.text) + 1
        if left.isspace():
            continue
        if line.marker and left.startswith(line.marker):
            left = left[len(line.marker) :]
        words = [word for word in left.split() if _ALNUM.search(word)]
        if words:
            rest.append(SourceLine(line.number, " ".join(words), reason))
    return rest


def fixture_lines() -> list[str]:
    lines = {line.strip() for path in FIXTURE_PATHS for line in path.read_text(encoding="utf-8").splitlines()}
    return sorted(line for line in lines if line)


def test_the_fixtures_are_there() -> None:
    assert len(FIXTURE_PATHS) > 50
    assert len(fixture_lines()) > 1000


RATINGS = [
    "Rated 4.5 out of 5",
    "rated 5 stars",
    "liked by 12 people",
    "A 3 personas les gusta esto",
    "▲ 3",
    "-3",
]


NOTES = [
    "Profile picture for user Karl",
    "Profilbild für Benutzer Anna",
    "Your comment is awaiting moderation.",
    "Votre commentaire est en attente de modération.",
    "Il tuo commento è in attesa di moderazione.",
]
BULLETED = [f"{bullet} {action}" for bullet in "•*+o□" for action in ("delete", "edit", "reply", "Zitieren")]


def test_not_text_on_every_line_of_the_fixtures() -> None:
    found = {}
    for line in [*fixture_lines(), *RATINGS, *NOTES, *BULLETED]:
        assert threadtree._not_text(line) == not_text_before(line), line
        found[not_text_before(line)] = line
    # The fixtures hold every kind: the shortcut is checked on each.
    assert set(found) >= {
        "",
        "comment action",
        "rule",
        "rating",
        "reply form",
        "avatar text",
        "moderation note",
    }


def test_no_action_fails_the_first_word_test() -> None:
    bulleted = [f"{bullet} {action}" for bullet in chrome._BULLETS for action in chrome.ACTIONS]
    for line in [
        *fixture_lines(),
        *chrome.ACTIONS,
        *(action.upper() for action in chrome.ACTIONS),
        *bulleted,
    ]:
        if chrome.is_action(line):
            assert chrome.may_be_action(line), line


def test_every_action_opens_with_one_of_the_first_words() -> None:
    """A line that is an action as a whole passes the first-word test by its first word."""
    for action in chrome.ACTIONS:
        assert action.partition(" ")[0] in chrome._FIRST_WORDS, action


def test_the_first_word_test_rules_lines_out() -> None:
    assert not chrome.may_be_action("the end of a paragraph.")
    assert not chrome.may_be_action("Thanks for this")
    assert chrome.may_be_action("ReplyDelete")  # glued: cut where a capital starts the next link
    assert chrome.may_be_action("★★★★☆")
    assert chrome.may_be_action("12 ratings")


def test_casefolding_keeps_words_apart_and_counts_first() -> None:
    """What :func:`chrome.may_be_action` takes of a line's first word holds for every character:
    casefolding makes no space and removes none, and the folded first character tells what
    :data:`chrome._RATING_START` does of the folded line."""
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        folded = char.casefold()
        assert (" " in folded) == (char == " "), code
        if folded:
            rating = chrome._RATING_START.match(folded) is not None
            assert rating == (folded[0] in chrome._FIRST_CHARS), code


SHORT_WORDS = st.sampled_from(
    [
        "Reply",
        "reply",
        "REPLY",
        "ReplyDelete",
        "Like",
        "LikeLiked",
        "Liked",
        "by",
        "to",
        "in",
        "Log",
        "the",
        "The",
        "I",
        "a",
        "A",
        "3",
        "12",
        "people",
        "personas",
        "les",
        "gusta",
        "esto",
        "Rated",
        "rated",
        "out",
        "of",
        "5",
        "stars",
        "★★★",
        "▲",
        "(17",
        "ratings)",
        "·",
        "|",
        "[",
        "]",
        "[ ]",
        "____",
        "----------",
        "ﬂag",
        "Gefällt",
        "mir",
        "J’aime",
        "Antworten",
        "auf",
        "Bob",
        "Ивана",
        "“quoted”",
        "é",
        "ß",
    ]
)


@settings(max_examples=500)
@given(st.lists(SHORT_WORDS, min_size=1, max_size=12), st.sampled_from([" ", "  ", " · ", " | ", ""]))
def test_not_text_on_generated_lines(words: list[str], joint: str) -> None:
    line = joint.join(words).strip()
    if line:
        assert threadtree._not_text(line) == not_text_before(line)
        if chrome.is_action(line):
            assert chrome.may_be_action(line)


@pytest.mark.parametrize("path", FIXTURE_PATHS, ids=lambda path: path.name)
def test_header_rest_on_every_header_of_the_fixtures(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    read = threadtree.header_rest

    def checked(dump: dumplines.Dump, head: Head) -> list[SourceLine]:
        rest = read(dump, head)
        assert rest == header_rest_before(dump.lines, head), head
        return rest

    monkeypatch.setattr(threadtree, "header_rest", checked)
    seeds.parse(path.read_text(encoding="utf-8"), str(path))


def test_header_rest_cuts_repeated_and_respaced_pieces() -> None:
    raw = ["   1. Avatar Rusty Rusty says: | Reply", "      May 15, 2021 –", "", "   ☆ Bob wrote"]
    dump = dumplines.read_dump(raw)
    heads = [
        Head(
            0, 1, "Rusty", "May 15,  2021", dropped=[SourceLine(1, "Avatar", ""), SourceLine(1, "Rusty", "")]
        ),
        Head(0, 3, "Bob", None, kind="deleted"),
        Head(2, 2, None, None),
    ]
    for head in heads:
        assert threadtree.header_rest(dump, head) == header_rest_before(dump.lines, head)
    assert [rest.text for rest in threadtree.header_rest(dump, heads[0])] == ["says: Reply"]
    assert [rest.text for rest in threadtree.header_rest(dump, heads[1])] == [
        "Avatar Rusty Rusty says: Reply",  # the list's own "1." left out
        "May 15, 2021",  # "–" is no word
        "wrote",  # nor is the bullet "☆"
    ]


def test_every_excerpt_mark_opens_with_a_bracket() -> None:
    """What lets the pingback test look at one character first."""
    assert all(mark.startswith("[") for mark in threadtree._EXCERPT)
