"""The dump reader's shortcuts read exactly what the long way reads.

Each cheap test the reader makes before a costlier one (a first character, a remembered result,
one search over all headers) is checked here against the long way, on the shapes it must keep
and on generated text; the fixtures and golden files check the whole reading.
"""

from __future__ import annotations

import random
import string
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.read.dialects import threaded
from generator.read.dump import chrome, dumplines, heads
from generator.read.dump.reflow import paragraphs
from generator.read.dump.threadtree import Node

FIXTURES = Path(__file__).parent / "fixtures"

RATINGS = [
    "Rated 4.5 out of 5",
    "rated 5 stars",
    "Bewertet mit 4 Sternen",
    "Valorado con 4",
    "Noté 4 sur 5",
    "Liked by 3 people",
    "liked by 12 people",
    "Gefällt 3 Personen",
    "A 3 personas les gusta esto",
    "Aimé par 2 personnes",
    "12 ratings",
    "(4 of 5 stars)",
    "4.5 von 5 Sternen",
    "★★★★☆",
    "▲ 3",
    "+12 votes",
    "-3",
    "👍 4",
]


@pytest.mark.parametrize("text", RATINGS)
def test_a_rating_passes_the_first_letter_test(text: str) -> None:
    assert chrome.is_rating(text)
    assert chrome.may_be_rating(text)


@pytest.mark.parametrize(
    "text", [rating for rating in RATINGS if rating[0].isascii() and rating[0].isalpha()]
)
def test_only_the_first_letters_of_ratings_can_open_one(text: str) -> None:
    """The same line opening with any other letter is no rating (and is ruled out unmatched)."""
    for letter in string.ascii_letters:
        changed = letter + text[1:]
        if not chrome.may_be_rating(changed):
            assert not chrome.is_rating(changed), changed


def test_text_is_ruled_out_before_the_rating_pattern() -> None:
    assert not chrome.may_be_rating("the end of a paragraph.")
    assert not chrome.may_be_rating("Thanks")
    assert chrome.may_be_rating("and so on")  # "a": could open "A 3 personas …"; the pattern decides
    assert chrome.may_be_rating("«quoted»")  # not an ASCII letter: the pattern decides


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("ReplyDelete", True),
        ("LikeLiked by 4 people", True),
        ("Reply", True),
        ("reply", True),
        ("Like · Reply", True),
        ("Replying to this was fun", False),
        ("enreovbel a ovkapistan.", False),
        ("ZüriReply", False),
    ],
)
def test_glued_link_texts_are_still_split(text: str, action: bool) -> None:
    assert chrome.is_action(text) is action


def test_a_rule_starts_with_one_of_its_characters() -> None:
    for char in chrome.RULE_CHARS:
        assert chrome.is_rule(char * 20)
    assert not chrome.is_rule("+" * 20)


def test_cleaned_names_are_fresh_each_time() -> None:
    """A remembered cleaning hands out a new list: a caller adding to it changes no later answer."""
    first, junk = heads.clean_name("[avatar] Kristine Kristine says:", 3)
    assert first == "Kristine says:"
    assert [(item.line, item.text) for item in junk] == [(3, "[avatar]"), (3, "Kristine")]
    junk.append(junk[0])
    again, more = heads.clean_name("[avatar] Kristine Kristine says:", 9)
    assert again == first
    assert [(item.line, item.text) for item in more] == [(9, "[avatar]"), (9, "Kristine")]


def test_possessive_avatars_are_still_removed() -> None:
    assert heads.clean_name("Kristine's avatar Kristine says:", 1)[0] == "Kristine says:"
    assert heads.clean_name("Kristine’s avatar Kristine", 1)[0] == "Kristine"
    assert heads.clean_name("Kristine avatar Kristine", 1)[0] == "Kristine avatar Kristine"


def test_made_lines_are_kept_and_blank_lines_are_none() -> None:
    lines = dumplines.read_dump(["Title", "", " 1. Bob says:", "    May 1, 2020"]).lines
    assert lines[2] is lines[2]
    assert lines[-2] is lines[2]
    assert lines[1] is None and lines[1] is None
    assert lines[2] is not None and (lines[2].marker, lines[2].column, lines[2].content) == (
        "1.",
        4,
        "Bob says:",
    )
    assert lines[1:3] == [None, lines[2]]
    with pytest.raises(IndexError):
        lines[4]


def _page(long_line: bool) -> list[str]:
    page = [
        "A blog",
        "",
        "Kristine says:",
        "October 20, 2019 at 1:31 pm",
        "",
        "In 1976 we moved house.",
        "",
        "Bob says:",
        "October 21, 2019 at 9:02 am",
        "Pingback: another blog",
    ]
    if long_line:
        page.insert(1, "x " * 200 + "2019")
    return page


def test_header_candidates_are_the_same_with_or_without_long_lines() -> None:
    """A wrapped dump (no line longer than a header may be) is searched whole; a long line is
    left out of the search, and the other lines' candidates stay what they were."""
    short = threaded._candidates(_page(long_line=False))
    with_long = threaded._candidates(_page(long_line=True))
    assert short == [2, 3, 5, 7, 8, 9]
    assert with_long == [index + 1 for index in short]


def _votes_one_by_one(folded: list[str]) -> Counter[str]:
    votes: Counter[str] = Counter()
    for header in folded:
        for lang, words in threaded._LANG_WORDS.items():
            votes[lang] += sum(1 for word in words if word in header)
    return votes


def test_language_votes_count_each_header_once_per_word() -> None:
    """Against the votes counted header by header, on generated headers."""
    vocabulary = [word for words in threaded._LANG_WORDS.values() for word in words]
    vocabulary += ["says:", "at", "12:30", "October", "20,", "2019", " ", "\n"]
    rng = random.Random(7)
    for _ in range(200):
        folded = [" ".join(rng.choices(vocabulary, k=rng.randint(0, 6))) for _ in range(rng.randint(1, 12))]
        text = "\n".join(folded)
        ends = [sum(len(header) + 1 for header in folded[: count + 1]) for count in range(len(folded))]
        expected = _votes_one_by_one(folded)
        for lang, words in threaded._LANG_WORDS.items():
            found = sum(threaded._headers_with(text, ends, word) for word in words)
            assert found == expected[lang], (lang, folded)


def test_the_page_language_comes_from_its_headers() -> None:
    def nodes(dates: list[str], says: str) -> list[Node]:
        made = []
        for date in dates:
            head = heads.Head(0, 0, "Bob", date, says=says)
            made.append(Node(head, 0, 0, 0, None, 1, "c1", 0, 0))
        return made

    assert threaded._language(nodes(["23. Juni 2016 um 17:21 Uhr"] * 3, "sagt:")) == "de"
    assert threaded._language(nodes(["26 abril 2022 a las 14:02"] * 2, "dijo:")) == "es"
    assert threaded._language(nodes(["October 20, 2019 at 1:31 pm"] * 3, "says:")) is None
    assert threaded._language([]) is None


def test_paragraphs_join_wrapped_lines_by_the_first_words_length() -> None:
    raw = ["one two three four", "five", "sixsixsix", "abcdefghijkl"]
    dump = dumplines.Dump(dumplines.Lines(raw, {}), raw, {}, "w3m", 20, [])
    # "five" fitted after line 1 only if 18 + 1 + 4 <= 20: it did not, so the dumper wrapped it;
    # "sixsixsix" would have fitted after "five": a break of the page's own.
    assert [p.text for p in paragraphs(dump, [0, 1, 2, 3])] == [
        "one two three four five\nsixsixsix abcdefghijkl"
    ]


def _pretest_agrees(lines: list[str]) -> None:
    """Wherever the header pre-test says no, the full reading finds no header."""
    dump = dumplines.read_dump(lines)
    for index, line in enumerate(dump.lines):
        if line is not None and not heads.may_start_head(dump.lines, index):
            found = heads.full_read(dump.lines, index)
            assert found is None, (index + 1, lines[index], found)


@pytest.mark.parametrize("path", sorted((FIXTURES / "threads").glob("*.txt")), ids=lambda path: path.name)
def test_the_header_pretest_on_every_line_of_the_fixtures(path: Path) -> None:
    _pretest_agrees(path.read_text(encoding="utf-8").splitlines())


HEADER_PIECES = [
    "Bob",
    "Anne Marie",
    "Avatar",
    "Kristine Kristine",
    "Kristine's avatar",
    "[a4e]",
    "[avatar]",
    "me@example.org'me@example.org'",
    "says:",
    "says",
    "Karlsays:",
    "Annasagt :",
    "sagt :",
    "a dit :",
    "écrit :",
    "ÉCRIT:",
    "пишет:",
    "on",
    "by",
    "|",
    "»",
    "·",
    "Reply",
    "Pingback:",
    "Trackback:",
    "October 20, 2019",
    "at 1:31 pm",
    "23. Juni 2016 um 17:21 Uhr",
    "11/07/2011",
    "3 hours ago",
    "vor 2 Tagen",
    "just now",
    "gestern",
    "1976",
    "12:30",
    "and",
    "the",
    "weather",
    "Di",
    "14. Apr 2020,",
    "15:30",
    "#12",
    "comment-11",
    "(edited)",
    ":",
    "::",
    "\u00a0",
    "  ",
    "- ",
    "1.",
    "•",
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(HEADER_PIECES), max_size=7).map(" ".join),
        min_size=1,
        max_size=4,
    ),
    st.lists(st.sampled_from(["", "  ", "    ", " 1. ", "  • ", "     □ "]), min_size=4, max_size=4),
    st.lists(st.booleans(), min_size=4, max_size=4),
)
def test_the_header_pretest_on_generated_headers(
    texts: list[str], leads: list[str], blanks: list[bool]
) -> None:
    """Headers of every shape, with avatars, addresses, verbs, dates and pings, glued in any
    order, indented as dumpers do, a blank line between some: no line the full reading takes
    is ruled out."""
    lines: list[str] = []
    for text, lead, blank in zip(texts, leads, blanks, strict=False):
        lines += [lead + text, ""] if blank else [lead + text]
    _pretest_agrees(lines)
