"""The events of the two seeds: the dates the issue lists, with the right comment ids, and no trap."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from generator import Discussion
from generator.analysis.datefinder import find_dates
from generator.analysis.events import Event, extract_events
from generator.model import Paragraph, walk
from tests.conftest import ROOT, SEED_001

# (where, line, as written, date, precision) of every event, in document order. The first one is
# the "Posted on" date (kind posted); every other is kind mentioned.
SEED_000_EVENTS = [
    ("article", 5, "Aug 27, 2008", "2008-08-27", "day"),
    ("article", 11, "2007", "2007", "year"),
    ("article", 11, "August 4th, 1976", "1976-08-04", "day"),
    ("article", 15, "September 1976", "1976-09", "month"),
    ("article", 20, "1980", "1980", "year"),
    ("article", 26, "2004", "2004", "year"),
    ("c1-2", 50, "1980", "1980", "year"),
    ("c1-2", 50, "late 1970s", "1970s", "decade"),
    ("c1-2", 50, "1976", "1976", "year"),
    ("c1-2-1", 53, "2019", "2019", "year"),
    ("c3", 81, "1980’s", "1980s", "decade"),
    ("c4-1", 111, "80’s", "1980s", "decade"),
    ("c4-1", 111, "2004", "2004", "year"),
    ("c5", 115, "09-26-2006", "2006-09-26", "day"),
    ("c6", 121, "1974", "1974", "year"),
    ("c8-1", 138, "1989", "1989", "year"),
    ("c8-1", 138, "2001", "2001", "year"),
    ("c9-2", 152, "1944", "1944", "year"),
    ("c10", 162, "1996", "1996", "year"),
    ("c11", 166, "1974", "1974", "year"),
    ("c19", 188, "November 1996", "1996-11", "month"),
    ("c19-1", 190, "’80’s", "1980s", "decade"),
    ("c19-1", 190, "2004", "2004", "year"),
    ("c21-2", 210, "80’s", "1980s", "decade"),
    ("c21-2", 210, "2004", "2004", "year"),
    ("c21-5", 216, "1980", "1980", "year"),
    ("c21-5", 216, "late 1970s", "1970s", "decade"),
    ("c21-5", 216, "1976", "1976", "year"),
    ("c23", 234, "early 80’s", "1980s", "decade"),
    ("c23", 242, "2005", "2005", "year"),
    ("c28", 277, "late1970s", "1970s", "decade"),
    ("c28", 277, "early-1980s", "1980s", "decade"),
    ("c28", 277, "1979-1980", "1979/1980", "range"),
]

SEED_001_EVENTS = [
    ("article", 3, "August 10, 2017", "2017-08-10", "day"),
    ("article", 5, "1976", "1976", "year"),
    ("c2", 15, "2006", "2006", "year"),
    ("c4", 27, "1995", "1995", "year"),
    ("c6-1", 53, "2017", "2017", "year"),
]

# Numbers in the seeds that look like dates and are not, as they stand in the text.
TRAPS = [
    "I am now in my 80’s",
    "MiG-25",
    "Mig-25",
    "MIG 25s",
    "Mig 25",
    "MiG 25",
    "Tu-95",
    "TU-95",
    "MiG-29",
    "MiG-21",
    "MiG-15",
    "F-5",
    "F-5’s",
    "B-70",
    "BD-10",
    "4477th",
    "$100,000",
    "$40,000",
    "2 and half months",
    "2 years",
    "50 yards",
    "4-year-old",
    "[4]",
    "[5]",
    "https://web.archive.org/web/20010111004300/http://fullcontext.org/people/belenko.htm",
    "about 63 years old",
    "100 years behind",
    "at 70",
    "30 years",
    "20 parts",
    "2 G’s",
]


def paragraphs(discussion: Discussion) -> list[Paragraph]:
    return [*discussion.article, *(p for c in walk(discussion.comments) for p in c.paragraphs)]


@pytest.mark.parametrize("trap", TRAPS)
def test_no_trap_is_read_as_a_date(seed_000: Discussion, seed_001: Discussion, trap: str) -> None:
    hits = 0
    for paragraph in paragraphs(seed_000) + paragraphs(seed_001):
        for match in re.finditer(re.escape(trap), paragraph.text):
            hits += 1
            dated = [m for m in find_dates(paragraph.text) if m.start < match.end() and m.end > match.start()]
            assert dated == [], f"{trap!r} at line {paragraph.line}"
    assert hits, f"{trap!r} is not in the seeds"


def rows(events: tuple[Event, ...]) -> list[tuple[str, int, str, str, str]]:
    return [(e.where, e.line, e.text, e.date, e.precision) for e in events]


def test_seed_000_events(seed_000: Discussion) -> None:
    events = extract_events(seed_000)
    assert rows(events) == SEED_000_EVENTS
    assert [e.kind for e in events] == ["posted"] + ["mentioned"] * (len(events) - 1)


def test_seed_001_events(seed_001: Discussion) -> None:
    events = extract_events(seed_001)
    assert rows(events) == SEED_001_EVENTS
    assert [e.kind for e in events] == ["posted"] + ["mentioned"] * (len(events) - 1)


@pytest.mark.parametrize(
    ("where", "written", "sentence"),
    [
        ("article", "September 1976", "In September 1976, Lt. Viktor Belenko defected"),
        ("article", "August 4th, 1976", "to Northern Canada on August 4th, 1976."),
        ("article", "1980", "(McGraw-Hill 1980)"),
        ("article", "2004", "but after 2004 he was once again vilified"),
        ("c1-2", "late 1970s", "as a consultant in the late 1970s."),
        ("c1-2-1", "2019", "next year (2019) if possible."),
        ("c3", "1980’s", "By the 1980’s the United States"),
        ("c4-1", "80’s", "knew Vik very well in the 80’s while at Northrop."),
        ("c5", "09-26-2006", "“Komsomolskaya Pravda” on 09-26-2006."),
        ("c19", "November 1996", "in the November 1996 issue of Full Context."),
        ("c19-1", "’80’s", "in Calif. in the ’80’s and Texas in 2004."),
        ("c23", "early 80’s", "for five years in the early 80’s was head"),
        ("c28", "early-1980s", "since the late1970s/early-1980s."),
        ("c28", "1979-1980", "Met him through my Father around 1979-1980."),
    ],
)
def test_listed_mentions_of_seed_000(seed_000: Discussion, where: str, written: str, sentence: str) -> None:
    (event,) = [e for e in extract_events(seed_000) if e.where == where and e.text == written]
    assert sentence in event.snippet


def test_listed_mentions_of_seed_001(seed_001: Discussion) -> None:
    (event,) = [e for e in extract_events(seed_001) if e.text == "1995"]
    assert (event.where, event.snippet) == (
        "c4",
        "After the breakup of the Soviet Union, he visited Moscow in 1995 on business",
    )


def test_no_event_in_the_trap_sentences(seed_000: Discussion, seed_001: Discussion) -> None:
    events = extract_events(seed_000) + extract_events(seed_001)
    # The comment that says "I am now in my 80’s" gives only the decade of "the early 80’s".
    assert [e.text for e in events if e.where == "c23" and e.line == 234] == ["early 80’s"]
    # Chrisco's "2 and half months", Rusty's "[4]" and "[5]", Douglas's archive.org URL, the
    # "MIG 25s" and "$40,000" of tanksoldier: nothing dated in those comments but 1995 and 2006.
    assert [(e.where, e.text) for e in extract_events(seed_001) if e.where in {"c2", "c3", "c4", "c7"}] == [
        ("c2", "2006"),
        ("c4", "1995"),
    ]


def test_parse_json_has_the_events() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "parse", str(SEED_001)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    events = json.loads(result.stdout)["events"]
    assert events[0] == {
        "date": "2017-08-10",
        "precision": "day",
        "kind": "posted",
        "text": "August 10, 2017",
        "snippet": "Posted on August 10, 2017",
        "where": "article",
        "line": 3,
    }
    assert events[3] == {
        "date": "1995",
        "precision": "year",
        "kind": "mentioned",
        "text": "1995",
        "snippet": "After the breakup of the Soviet Union, he visited Moscow in 1995 on business",
        "where": "c4",
        "line": 27,
    }
