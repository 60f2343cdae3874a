"""The shortcuts of the stages after parsing (analysis, summary, site rows, page) against the
definitions they replaced: the same references, paragraphs, figures, events and dates, on text
made to hold what each shortcut skips, and on every thread fixture."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import parse
from generator.analysis import xrefs
from generator.analysis.events import ARTICLE, Event, comment_days, extract_events, paragraph_events
from generator.analysis.notes import analyse
from generator.analysis.summary import summarize
from generator.model import Comment, Discussion, walk
from generator.pages import feed, html
from generator.pages.discussion import GIST, _escaped_gist, first_words
from generator.pages.timeline_section import _within_year
from generator.pages.words import shorten
from generator.read.text import MONTH_NAMES
from tests.conftest import SEEDS

THREADS = Path(__file__).parent / "fixtures" / "threads"
# The thread fixtures, and the repository's seeds (whose comments refer to each other by number).
FIXTURES = [
    *sorted(str(path) for path in THREADS.iterdir() if path.suffix in (".html", ".txt")),
    *sorted(str(path) for path in SEEDS.glob("*.txt")),
]


@functools.cache
def fixture(name: str) -> Discussion:
    return parse(Path(name).read_text("utf-8"), Path(name).name)


# References: every pattern run on every text with a digit (the definition), against the
# shortcut that runs only those whose words the text holds.


def references_by_definition(text: str) -> list[xrefs.Reference]:
    candidates = sorted(
        (match.start("ref"), -match.end("ref"), int(match["number"]))
        for pattern in xrefs._PATTERNS
        for match in pattern.finditer(text)
    )
    found: list[xrefs.Reference] = []
    for start, negative_end, number in candidates:
        if not found or start >= found[-1].end:
            found.append(xrefs.Reference(start, -negative_end, number))
    return found


# References in every frame, in other cases and spellings ("ſee" is "see" to (?i)), and near
# misses, between other words.
FRAMES = st.sampled_from(
    [
        *("see ", "SEE ", "ſee ", "Cf. ", "cf ", "Comment ", "POST #", "posting ", "reply No. ", "number "),
        *("(", "(#", "#", "as #", "To #", "with #", "@#", "re #", "and ", "x", "é", "K", "\n", "  "),
    ]
)
NUMBERS = st.sampled_from(["1", "12", "9", "2020", "0", "x"])
TAILS = st.sampled_from([" above)", " below", " BELOW", ")", ".", " said", " is", "", " days", ",", "\n"])
REFERENCE_TEXT = st.lists(st.tuples(FRAMES, NUMBERS, TAILS).map("".join), max_size=4).map(" ".join)


@settings(max_examples=1000)
@given(REFERENCE_TEXT)
def test_references_are_what_every_pattern_finds(text: str) -> None:
    assert xrefs.find_references(text) == references_by_definition(text)


@pytest.mark.parametrize("name", FIXTURES)
def test_references_of_the_fixtures_are_what_every_pattern_finds(name: str) -> None:
    for comment in walk(fixture(name).comments):
        for paragraph in comment.paragraphs:
            assert xrefs.find_references(paragraph.text) == references_by_definition(paragraph.text)


# Paragraphs: one call for a list of them is a call of paragraph() for each.

PARAGRAPH_TEXT = st.lists(
    st.sampled_from([*"aZ 09.é山&<>\"'\x02\x03\n\u202e\u2069", "http://x.org/a", "https://é.com/(b)."]),
    max_size=12,
).map("".join)


@given(st.lists(PARAGRAPH_TEXT, max_size=5))
def test_paragraphs_are_paragraph_of_each(values: list[str]) -> None:
    assert html.paragraphs(values) == [html.paragraph(value) for value in values]


# The summary's figures in one pass, the events without the generator of their sources.


def events_by_definition(discussion: Discussion) -> tuple[Event, ...]:
    """The posting date and the days of comments, then the dates of every paragraph (article
    first, then each comment in page order), each paragraph read whether it may hold one or not."""
    comments = walk(discussion.comments)
    events = [event for event in extract_events(discussion) if event.kind != "mentioned"]
    sources = [(p, ARTICLE) for p in discussion.article]
    sources += [(p, comment.id) for comment in comments for p in comment.paragraphs]
    for paragraph, where in sources:
        events.extend(paragraph_events(paragraph, where))
    return tuple(events)


def days_by_definition(discussion: Discussion) -> list[Event]:
    days: dict[str, list[Comment]] = {}
    for comment in walk(discussion.comments):
        if comment.posted and len(comment.posted) >= len("2016-06-23"):
            days.setdefault(comment.posted[:10], []).append(comment)
    return [
        Event(
            date=day,
            precision="day",
            kind="comments",
            text=day,
            snippet=f"{len(posted)} comment{'s' if len(posted) != 1 else ''} posted",
            where=posted[0].id,
            line=posted[0].line,
        )
        for day, posted in days.items()
    ]


@pytest.mark.parametrize("name", FIXTURES)
def test_summary_figures_and_events_are_their_definitions(name: str) -> None:
    discussion = fixture(name)
    comments = walk(discussion.comments)
    summary = summarize(discussion, analyse(discussion))
    posted = [c.posted for c in comments if c.posted]
    assert summary.deepest == max((c.depth for c in comments), default=0)
    assert summary.first_comment == min(posted, default=None)
    assert summary.last_comment == max(posted, default=None)
    assert summary.events == events_by_definition(discussion)
    assert comment_days(discussion) == days_by_definition(discussion)


def test_the_fixtures_have_what_the_comparisons_are_about() -> None:
    discussions = [fixture(name) for name in FIXTURES]
    assert sum(summarize(d).deepest > 1 for d in discussions) >= 5
    assert sum(summarize(d).first_comment is not None for d in discussions) >= 10
    assert sum(any(e.kind == "mentioned" for e in extract_events(d)) for d in discussions) >= 10
    texts = [p.text for d in discussions for c in walk(d.comments) for p in c.paragraphs]
    assert sum(bool(xrefs.find_references(text)) for text in texts) >= 1
    # Paragraphs the shortcut runs patterns on, and paragraphs it rules out with a digit in them.
    words = ("(", "#", "see", "cf", "comment", "post", "reply")
    tried = [xrefs._has_digit(text) and any(word in text.casefold() for word in words) for text in texts]
    assert sum(tried) >= 20
    assert sum(xrefs._has_digit(text) for text in texts) - sum(tried) >= 20


# The dates under a year's heading, looked up, against the arithmetic.


def within_year_by_definition(event: Event) -> str | None:
    if event.precision == "day":
        return f"{MONTH_NAMES[int(event.date[5:7]) - 1]} {int(event.date[8:10])}"
    if event.precision == "month":
        return MONTH_NAMES[int(event.date[5:7]) - 1]
    return "" if event.precision == "year" else None


@pytest.mark.parametrize("month", range(1, 13))
def test_dates_within_their_year_are_their_definition(month: int) -> None:
    dates = [(f"1976-{month:02}-{day:02}", "day") for day in range(1, 32)]
    dates += [(f"1976-{month:02}", "month"), ("1976", "year"), ("1970s", "decade"), ("1976/1978", "range")]
    # Forms no parser writes, read the same way all the same.
    dates += [(f"1976-{month:02}-01T10:00", "day"), (f"1976-{month:02}x", "month")]
    for date, precision in dates:
        event = Event(date, precision, "mentioned", date, date, "c1", 1)  # type: ignore[arg-type]
        assert _within_year(event) == within_year_by_definition(event), date


# A comment's first words: the words before the ellipsis escaped on their own.

GIST_TEXT = st.lists(
    st.sampled_from([*"aZ 09.é山&<>\"'\x02\x03\n\u202e\u2069…", " …", "word ", "wörd "]), max_size=40
).map("".join)


@given(GIST_TEXT)
def test_first_words_are_the_escaped_shortened_text(text: str) -> None:
    assert first_words(text) == html.text(shorten(text, GIST))
    assert _escaped_gist(text) == html.text(text)
    assert _escaped_gist(text + " …") == html.text(text + " …")


# What a feed drops from text XML cannot hold: ASCII text through its bytes, the rest searched.


@given(st.lists(st.sampled_from([*map(chr, range(0x80)), "é", "\ud800", "\ufffe", "\u2028"]), max_size=20))
def test_xml_text_drops_what_the_expression_finds(chars: list[str]) -> None:
    text = "".join(chars)
    assert feed._xml_text(text) == feed._NOT_XML.sub("", text)
    assert feed._xml_text(text + "\n") == feed._NOT_XML.sub("", text + "\n")


def test_every_character_beside_non_ascii_text_is_dropped_as_the_expression_drops_it() -> None:
    # Non-ASCII text is told clean by being printable once its line breaks are set aside: every
    # code point, in such a text, must come out as the expression leaves it.
    for code in range(0x110000):
        text = f"é\n{chr(code)}b"
        assert feed._xml_text(text) == feed._NOT_XML.sub("", text), hex(code)


def test_every_ascii_character_is_dropped_as_the_expression_drops_it() -> None:
    for code in range(0x80):
        text = f"a\n{chr(code)}b"
        assert feed._xml_text(text) == feed._NOT_XML.sub("", text), code
