"""The date reader's shortcuts read exactly what the long way reads: a date
:func:`~generator.read.dates.find_date` found is read from what it remembered (each form
searched in the date's text alone reads the same), and the words of relative dates are looked
for as one pattern grouped by first letter (the same lines as any of the words)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from generator.read import dates


@pytest.fixture(autouse=True)
def _forget() -> Iterator[None]:
    dates._LEARNED.clear()
    yield
    dates._LEARNED.clear()


def _read_learned_and_cold(line: str) -> tuple[object, object] | None:
    """The reading of the date found in ``line`` as remembered, and as read from scratch."""
    dates._LEARNED.clear()
    span = dates.find_date(line)
    if span is None:
        return None
    text = line[span[0] : span[1]]
    if text not in dates._LEARNED:
        return None  # a relative date: nothing to remember
    learned = dates._read_one(text)
    dates._LEARNED.clear()
    return learned, dates._read_one(text)


@pytest.mark.parametrize(
    "line",
    [
        "Kristine says: May 15, 2021 at 1:35 am",
        "May 15, 2021 at 1:35 amX",
        "May 15, 2021 at 1:35 amRoger",
        "23. Juni 2016 um 17:21 Uhrzeit",
        "23. Juni 2016 um 17:21 Uhr",
        "2019-10-20T13:31:00+02:00:1",
        "2019-10-20T13:31Z:",
        "2019-10-20 13:31:456",
        "2019-10-20 13:31.1234567",
        "KristineOctober 20, 2019",
        "11/07/2011 à 14h05",
        "Tue, 03/03/2020 - 10:00",
        "05.03.2021, 08:14 Uhr",
        "on 12/13/2011 12:25 pm GMT",
        "3rd March 2020 at 10:00",
        "12 July 11, 2011",
        "2011-07-11 July 11, 2011",
    ],
)
def test_a_remembered_date_reads_as_its_text_alone(line: str) -> None:
    read = _read_learned_and_cold(line)
    assert read is not None
    learned, cold = read
    assert learned == cold


_JUNK = st.sampled_from(
    [
        *"xX1-./,): ",
        *["  ", "am", "pm", "Uhr", "Uhrzeit", "Z", "+02:00", "+0200", ":45", "456", ".1234567"],
        *["T", "h", "GMT", "at", "à", "Roger", "2020"],
    ]
)
"""What may stand around a date, the pieces its time may end with among them: the lookarounds
at its ends see them in the line, nothing in the text alone."""
_MONTH = st.sampled_from(["March", "Juni", "mars", "Oct.", "octubre", "октября", "May"])
# Half of them a day and month any date has, so that most lines hold a date to compare.
_NUMBER = st.one_of(st.integers(1, 12), st.integers(0, 32)).map(str)
_YEAR = st.sampled_from(["2020", "1999", "2016", "2008", "1969", "2100", "12020"])
_SEP = st.sampled_from(["-", "/", "."])
_DATE = st.one_of(
    # "March 3, 2020", "23. Juni 2016", "2020-04-14", "11/07/2011": a separator used twice
    st.tuples(
        _MONTH, st.sampled_from([" ", "  "]), _NUMBER, st.sampled_from(["", ",", "th"]), st.just(" "), _YEAR
    ).map("".join),
    st.tuples(
        _NUMBER, st.sampled_from(["", ".", "er", " de"]), _MONTH, st.sampled_from([" ", ", "]), _YEAR
    ).map(lambda parts: f"{parts[0]}{parts[1]} {parts[2]}{parts[3]}{parts[4]}"),
    st.tuples(_YEAR, _SEP, _NUMBER, _NUMBER).map(
        lambda parts: f"{parts[0]}{parts[1]}{parts[2]}{parts[1]}{parts[3]}"
    ),
    st.tuples(_NUMBER, _SEP, _NUMBER, _YEAR).map(
        lambda parts: f"{parts[0]}{parts[1]}{parts[2]}{parts[1]}{parts[3]}"
    ),
)
_TIME = st.tuples(
    st.sampled_from(["T", " ", ", ", " at ", " um ", " à ", " - "]),
    st.integers(0, 25).map(str),
    st.sampled_from([":", ".", "h", " h "]),
    st.integers(0, 61).map("{:02d}".format),
).map("".join)
_JUNKS = st.lists(_JUNK, max_size=3).map("".join)


@given(_JUNKS, _DATE, st.one_of(st.just(""), _TIME), _JUNKS, _JUNKS)
def test_a_remembered_date_reads_as_the_long_way_on_generated_lines(
    before: str, date: str, time: str, after_time: str, after: str
) -> None:
    line = before + date + time + after_time + after
    read = _read_learned_and_cold(line)
    # Most generated dates are no dates (day 0, month 13, year 12020): only those found count.
    assume(read is not None)
    assert read is not None
    learned, cold = read
    assert learned == cold


def test_the_memory_is_bounded() -> None:
    for day in range(1, 29):
        for year in range(1970, 2070):
            dates.find_date(f"March {day}, {year}")
    assert len(dates._LEARNED) == dates._LEARNED_SIZE
    # The newest are kept: a page's dates are read after all of them were found.
    assert "March 28, 2069" in dates._LEARNED
    assert "March 1, 1970" not in dates._LEARNED


def test_the_dates_of_a_page_are_read_from_memory_as_the_long_way_reads_them() -> None:
    lines = [
        "Kristine says: May 15, 2021 at 1:35 amRoger",
        "KristineOctober 20, 2019 at 11:02 pm",
        "23. Juni 2016 um 17:21 Uhrzeit",
        "on 12/13/2011 12:25 pm GMT+1",
        "2019-10-20T13:31:00+02:00:1",
    ]
    texts = []
    for line in lines:
        span = dates.find_date(line)
        assert span is not None
        texts.append(line[span[0] : span[1]])
    assert set(texts) <= set(dates._LEARNED)  # each one found is remembered
    remembered = dates.read_dates(texts)
    dates._LEARNED.clear()
    assert remembered == dates.read_dates(texts)


@given(st.text(alphabet=sorted({*"".join(dates.RELATIVE_WORDS), *"xI "}), max_size=30))
def test_relative_words_are_found_where_any_of_them_stands(text: str) -> None:
    assert (dates._RELATIVE_WORD.search(text) is not None) == any(
        word in text for word in dates.RELATIVE_WORDS
    )
