"""Date recognition, case by case: every form the seeds use and every trap they set."""

from __future__ import annotations

import pytest

from generator.analysis.datefinder import find_dates
from generator.analysis.events import paragraph_events
from generator.analysis.sentences import SNIPPET_LIMIT
from generator.model import Paragraph


def found(value: str) -> list[tuple[str, str, str]]:
    """(as written, date, precision) of every date recognised in ``value``."""
    return [(value[m.start : m.end], m.date, m.precision) for m in find_dates(value)]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # Full dates.
        ("Posted on Aug 27, 2008 in Stuff We Like", [("Aug 27, 2008", "2008-08-27", "day")]),
        ("to Northern Canada on August 4th, 1976.", [("August 4th, 1976", "1976-08-04", "day")]),
        ("on August 4 1976 he", [("August 4 1976", "1976-08-04", "day")]),
        ("on 4 August 1976 he", [("4 August 1976", "1976-08-04", "day")]),
        ("the 4th of August, 1976", [("4th of August, 1976", "1976-08-04", "day")]),
        ("“Komsomolskaya Pravda” on 09-26-2006.", [("09-26-2006", "2006-09-26", "day")]),
        ("on 9/26/2006 it ran", [("9/26/2006", "2006-09-26", "day")]),
        ("dated 2006-09-26 in print", [("2006-09-26", "2006-09-26", "day")]),
        # Months.
        ("In September 1976, Lt. Viktor Belenko defected", [("September 1976", "1976-09", "month")]),
        ("in the November 1996 issue of Full Context", [("November 1996", "1996-11", "month")]),
        ("in Sept. 1976 he flew", [("Sept. 1976", "1976-09", "month")]),
        ("in March of 1976 he", [("March of 1976", "1976-03", "month")]),
        # "may" and "march" are also verbs: only a capitalised name is a month.
        ("they may 1976 he", [("1976", "1976", "year")]),
        # Years.
        ("He was recruited in 1974 in Moscow.", [("1974", "1974", "year")]),
        ("but after 2004 he was once again vilified", [("2004", "2004", "year")]),
        ("(McGraw-Hill 1980), John Barron", [("1980", "1980", "year")]),
        ("We would like to visit him next year (2019) if possible.", [("2019", "2019", "year")]),
        ("At the beginning of 1976, an international scandal", [("1976", "1976", "year")]),
        ("(iUniverse, 2007), a work of fiction", [("2007", "2007", "year")]),
        ("in 2017 The people of the US", [("2017", "2017", "year")]),
        # Ranges.
        ("Met him through my Father around 1979-1980.", [("1979-1980", "1979/1980", "range")]),
        ("in 1979–80 he", [("1979–80", "1979/1980", "range")]),
        ("from 1979 - 1980 he", [("1979 - 1980", "1979/1980", "range")]),
        # Decades.
        ("as a consultant in the late 1970s.", [("late 1970s", "1970s", "decade")]),
        ("By the 1980’s the United States was", [("1980’s", "1980s", "decade")]),
        ("By the 1980's the United States was", [("1980's", "1980s", "decade")]),
        ("knew Vik very well in the 80’s while at Northrop", [("80’s", "1980s", "decade")]),
        ("knew Vik very well in the 80's while at Northrop", [("80's", "1980s", "decade")]),
        ("in Calif. in the ’80’s and Texas", [("’80’s", "1980s", "decade")]),
        ("in the early 80s", [("early 80s", "1980s", "decade")]),
        ("in the mid-70s", [("mid-70s", "1970s", "decade")]),
        (
            "since the late1970s/early-1980s.",
            [("late1970s", "1970s", "decade"), ("early-1980s", "1980s", "decade")],
        ),
        # Several in one sentence.
        (
            "who defected to Turkey in 1989 with his MiG-29, that was killed in 2001",
            [("1989", "1989", "year"), ("2001", "2001", "year")],
        ),
        (
            "in the ’80’s and Texas in 2004.",
            [("’80’s", "1980s", "decade"), ("2004", "2004", "year")],
        ),
        (
            "I am now in my 80’s and for five years in the early 80’s was head",
            [("early 80’s", "1980s", "decade")],
        ),
    ],
)
def test_date_forms(value: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        # Ages.
        "I am now in my 80's",
        "I am now in my 80’s",
        "she is in her 80s now",
        "men in their 70s",
        # Type and model numbers.
        "the Mikoyan-Gurevich MiG-25 Foxbat",
        "on a training mission with other MIG 25s but all were unarmed",
        "a Soviet Naval Aviation’s Tu-95 RTs",
        "who defected to Turkey with his MiG-29",
        "he would fly an F-5, similar in size to a MiG-21",
        "one of the “aggressor” F-5’s",
        "the B-70, which we didn't produce",
        "a Boeing 747 and a MiG 1976",
        "The 4477th Squadton was a direct beneficiary",
        # Money.
        "the promise of U.S. $100,000 given to all",
        "charge the Sovs US $40,000 to crate up the parts",
        "it cost $1976 to ship",
        "about 1,980 rubles",
        # Quantities.
        "The plane was returned in 2 and half months not 2 years.",
        "pulled up 50 yards off the water",
        "their 4-year-old son Dmitri",
        "about 100 years behind the west",
        "he flew 1500 miles",
        "some 2000 people came",
        "he's still alive at 70",
        "about 63 years old now",
        # Citation marks and numbering.
        "with Reader’s Digest writer John Barron.[4]",
        "his Russian wife.[5] After",
        "see [1976] above",
        "turn to page 1980 of the report",
        "ticket No. 1999 was drawn",
        "flight #1976 left",
        "turn to page\n1980 of the report",
        "(No. 1976) was drawn",
        "the winning ticket: No.  1999",
        "№ 1976 in the list",
        "tail  #1980",
        "the MiG\n1976 flew",
        # A year's digits inside a longer number.
        "call 5551976 now",
        "serial 21976",
        # Digits in URLs and addresses.
        "https://web.archive.org/web/20010111004300/http://fullcontext.org/people/belenko.htm",
        "see www.example.com/1976/belenko",
        "mail belenko1976@example.com",
        # Not a date for other reasons.
        "a falling span 1980-1975",
        "call 555-1980 now",
        "version 2.2019 shipped",
        "the score was 1970-2010",
        "about a decade ago",
    ],
)
def test_traps(value: str) -> None:
    assert found(value) == []


def event_list(text: str, line: int = 10) -> list[tuple[str, str, int]]:
    return [(e.date, e.snippet, e.line) for e in paragraph_events(Paragraph(text, line), "c1")]


def test_same_sentence_same_date_is_one_event() -> None:
    assert event_list("He flew in 1976 and landed in 1976. Later, in 1976, he spoke.") == [
        ("1976", "He flew in 1976 and landed in 1976.", 10),
        ("1976", "Later, in 1976, he spoke.", 10),
    ]


def test_each_date_gets_its_own_sentence() -> None:
    assert event_list("No date here. But one in 1976 here. And 1990 after it. The end.") == [
        ("1976", "But one in 1976 here.", 10),
        ("1990", "And 1990 after it.", 10),
    ]


def test_line_counts_the_line_breaks_before_the_date() -> None:
    assert event_list("First line\nsecond line in\n1976 was it.", 7) == [
        ("1976", "First line second line in 1976 was it.", 9)
    ]


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        (
            "In September 1976, Lt. Viktor Belenko defected. He landed.",
            "In September 1976, Lt. Viktor Belenko defected.",
        ),
        ("He was paid. Mr. Smith said in 1976 so! Then", "Mr. Smith said in 1976 so!"),
        (
            "his Russian wife.[5] After the breakup, in 1995 on business",
            "After the breakup, in 1995 on business",
        ),
        ("censorship. in 2017 The people", "in 2017 The people"),
        ("the U.S. in 1976 paid.", "the U.S. in 1976 paid."),
    ],
)
def test_snippet_is_the_sentence(text: str, snippet: str) -> None:
    assert [s for _, s, _ in event_list(text)] == [snippet]


def test_long_sentence_is_cut_around_the_date() -> None:
    text = " ".join(["word"] * 80) + " in 1976 " + " ".join(["more"] * 80) + "."
    (snippet,) = [s for _, s, _ in event_list(text)]
    assert len(snippet) <= SNIPPET_LIMIT + 4
    assert snippet.startswith("… word") and snippet.endswith("more …")
    assert " in 1976 " in snippet


def test_huge_sentence_gives_a_bounded_snippet() -> None:
    text = "x " * 50_000 + "in 1976 " + "y " * 50_000
    (snippet,) = [s for _, s, _ in event_list(text)]
    assert snippet.startswith("… x") and snippet.endswith("y …")
    assert len(snippet) <= SNIPPET_LIMIT + 4
