"""The quick ways of escaping (:mod:`generator.pages.html`'s ASCII path, ``plain`` and ``texts``,
the timeline entries' one test per event) give what escaping each piece gives, on text that
holds markup, quotes, placeholder and bidi controls."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.analysis.events import ARTICLE, Event
from generator.pages import html
from generator.pages.timeline_section import Listed, anchor, entry, source_label, sources

# Short strings of the characters escaping is about, and of plain ones.
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
PIECES = st.text(st.sampled_from(list("aZ 09-#.é山&<>\"'\x02\x03\n" + BIDI)), max_size=10)


def escaped(value: str) -> str:
    """The definition of :func:`html.text`: bidi controls closed, then everything escaped."""
    value = html.close_bidi(value)
    return escape(value.replace("\x02", "\ufffd").replace("\x03", "\ufffd"), quote=True)


@given(PIECES)
def test_text_is_close_bidi_then_escape(value: str) -> None:
    assert html.text(value) == escaped(value)


@given(st.lists(PIECES, max_size=6))
def test_texts_is_text_of_each(values: list[str]) -> None:
    assert html.texts(values) == [html.text(value) for value in values]


@given(PIECES, st.integers(0, 10), st.integers(0, 10))
def test_plain_text_and_its_parts_stay_as_they_are(value: str, start: int, end: int) -> None:
    if html.plain(value):
        assert html.text(value) == value
        assert html.text(value[start:end]) == value[start:end]


def test_plain_says_so_of_names_ids_and_dates() -> None:
    assert all(map(html.plain, ["c4-1-2", "2020-01-31", "1980s", "Al Thompson", "1 comment posted"]))
    assert not any(map(html.plain, ["a&b", "<b>", "it's", 'say "x"', "\x02", "Émile"]))


# The oracle: the timeline's links and entries as they were written with a call of html.text
# for each piece.


def oracle_sources(listed: Listed, page: str, authors: Mapping[str, str] | None) -> str:
    def link(event: Event) -> str:
        name = authors.get(event.where) if authors else None
        by = f" by {name}" if name else ""
        return f'<a href="{page}#{html.text(anchor(event))}">{html.text(source_label(event))}</a>{by}'

    first = link(listed.event)
    return f"{first} · also in {', '.join(map(link, listed.also))}" if listed.also else first


MONTHS = [
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
]


def oracle_entry(event: Event, source: str, under_year: bool) -> str:
    def time(shown: str | None = None) -> str:
        written = html.text(event.text if shown is None else shown)
        title = html.text(f"{event.date} ({event.precision})" if shown is None else event.text)
        if event.precision in ("day", "month", "year"):
            return f'<time class="timeline-date" datetime="{event.date}" title="{title}">{written}</time>'
        return f'<span class="timeline-date" title="{title}">{written}</span>'

    short: str | None = None
    if under_year:
        if event.precision == "day":
            short = f"{MONTHS[int(event.date[5:7]) - 1]} {int(event.date[8:10])}"
        elif event.precision == "month":
            short = MONTHS[int(event.date[5:7]) - 1]
        elif event.precision == "year":
            short = ""
    when = []
    if short is None:
        when.append(time())
    elif short:
        when.append(time(short))
    if event.kind != "mentioned":
        label = "posted" if event.kind == "posted" else html.text(event.snippet)
        when.append(f'<span class="timeline-mark">{label}</span>')
    date = f'<p class="timeline-when">{" ".join(when)}</p>' if when else ""
    text = "" if event.kind != "mentioned" else f'<p class="timeline-snippet">{html.text(event.snippet)}</p>'
    return (
        f'<li class="timeline-event timeline-event--{event.kind}" data-date="{html.text(event.date)}">'
        f"{date}{text}"
        f'<p class="timeline-source">{source}</p></li>'
    )


@st.composite
def events(draw: st.DrawFn) -> Event:
    precision = draw(st.sampled_from(["day", "month", "year", "decade", "range"]))
    # A date the month and day of which can be read (the page reads them under a year's heading),
    # with whatever follows them.
    date = {"day": "2020-03-07", "month": "2020-03", "year": "2020", "decade": "1980s", "range": "1979/1980"}[
        precision
    ] + draw(PIECES)
    return Event(
        date=date,
        precision=precision,  # type: ignore[arg-type]
        kind=draw(st.sampled_from(["mentioned", "posted", "comments"])),
        text=draw(PIECES),
        snippet=draw(PIECES),
        where=draw(st.sampled_from([ARTICLE, "c4", "c4-1"]) | PIECES),
        line=1,
    )


@settings(max_examples=300)
@given(
    events(),
    st.lists(events(), max_size=2),
    st.sampled_from(["", "discussions/x.html", 'discussions/a&"b.html']),
    st.none() | st.dictionaries(PIECES, PIECES, max_size=3),
    st.booleans(),
)
def test_timeline_entries_are_what_escaping_each_piece_gives(
    event: Event, also: list[Event], page: str, authors: dict[str, str] | None, under_year: bool
) -> None:
    listed = Listed(event, tuple(also))
    source = sources(listed, page, authors)
    assert source == oracle_sources(listed, page, authors)
    assert entry(event, source, under_year=under_year) == oracle_entry(event, source, under_year)
