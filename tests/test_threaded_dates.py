"""Comment dates (``generator.read.dates``): the shapes pages print, the page's day/month order,
relative dates, and patterns that stay linear on long runs of one character."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.read import dates
from generator.read.dates import PostedAt, find_date, read_dates
from generator.read.dump import chrome, dumplines, heads
from generator.read.locales import month_names
from generator.read.text import MONTHS


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("July 11, 2011 at 12:25 pm", "2011-07-11T12:25"),
        ("23. Juni 2016 um 17:21 Uhr", "2016-06-23T17:21"),
        ("26 abril 2022 a las 14:02", "2022-04-26T14:02"),
        ("3 de mayo de 2021 a las 09:45", "2021-05-03T09:45"),
        ("11 juillet 2011 à 14 h 05 min", "2011-07-11T14:05"),
        ("05.03.2021, 08:14 Uhr", "2021-03-05T08:14"),
        ("April 27, 2016 at 5:22 PM", "2016-04-27T17:22"),
        ("March 4, 2021, 10:11am", "2021-03-04T10:11"),
        ("Di 14. Apr 2020, 15:00", "2020-04-14T15:00"),
        ("2020-04-14T15:00:00+02:00", "2020-04-14T15:00:00+02:00"),
        ("20 октября 2019 в 13:31", "2019-10-20T13:31"),
        ("October 20, 2019", "2019-10-20"),
        ("3rd March 2020 at 10:00", "2020-03-03T10:00"),
        ("22nd May 2019 10:00 pm", "2019-05-22T22:00"),
        ("1st of April, 2021", "2021-04-01"),
        ("Tuesday, March 3rd, 2020 at 10:00am", "2020-03-03T10:00"),
        ("3 de março de 2020 às 10:00", "2020-03-03T10:00"),
    ],
)
def test_common_shapes(text: str, iso: str) -> None:
    assert read_dates([text]) == [PostedAt(iso, text, False)]


def test_english_month_names_read_as_in_every_language_table() -> None:
    # Dates read English month names off their own table first (no other language's data
    # loaded): each must have the number the table of all languages gives it.
    table = month_names()
    assert all(table[name] == number for name, number in MONTHS.items())


def test_a_page_of_english_dates_loads_no_other_language() -> None:
    script = (
        "from generator.read import dates, locales\n"
        "read = dates.read_dates(['October 20, 2019', 'Sept. 3, 2020 at 5:22 PM'])\n"
        "assert read[1].iso == '2020-09-03T17:22'\n"
        "assert dates.find_date('Posted on Mar 3, 2021 in Aviation') is not None\n"
        "print(locales._locale.cache_info().currsize)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "0"
    # A month of another language still loads them (and reads).
    assert read_dates(["23. Juni 2016"]) == [PostedAt("2016-06-23", "23. Juni 2016", False)]


def _every_form(line: str) -> tuple[int, int] | None:
    """find_date by its definition: every form tried on the whole line, then relative dates."""
    best: tuple[int, int] | None = None
    for kind, form in dates._FORMS:
        match = dates._first_valid(form, line, kind)
        if match and (best is None or match.start() < best[0]):
            best = match.span()
    return best or dates.relative_span(line)


_DATE_PIECES = st.sampled_from(
    [
        "1969",
        "1970",
        "2020",
        "2099",
        "2100",
        "12020",
        "٢٠٢٠",
        "3",
        "12",
        "07",
        "/",
        ".",
        "-",
        ":",
        " ",
        ", ",
        "March",
        "Juni",
        "mars",
        "de",
        "at",
        "5:22 pm",
        "T",
        "ago",
        "years",
        "x",
        "vor",
        "Tagen",
    ]
)


@pytest.mark.parametrize("year", ["1969", "1970", "2099", "2100", "12020", "٢٠٢٠", "1970x"])
@pytest.mark.parametrize(
    "shape",
    ["on March 3, {} at 5:22 pm", "23. Juni {}", "{}-04-14T15:00", "11/07/{}", "in {} 3 years ago", "12 {}"],
)
def test_find_date_at_the_edges_of_the_years(shape: str, year: str) -> None:
    line = shape.format(year)
    assert find_date(line) == _every_form(line)


@given(st.lists(_DATE_PIECES, max_size=14).map("".join))
def test_find_date_is_every_form_tried_on_the_whole_line(line: str) -> None:
    # Lines without a plausible year skip the forms: the answer must be the same.
    assert find_date(line) == _every_form(line)


@given(st.text(alphabet="0123456789٢٠ ,.\t\u00a0stndrhMaJuniarchx", max_size=30))
def test_find_date_with_day_and_year_pieces_is_every_form_tried(line: str) -> None:
    # The month-first form is only tried where its day and year ("3rd, 2020") stand.
    assert find_date(line) == _every_form(line)


@pytest.mark.parametrize(
    "line",
    [
        "March 3rd, 2020",
        "March 3 ,2020",
        "March 3,\u00a0\u00a02020 at 5:22 pm",
        "the year 2020 was March",
        "KristineOctober 20, 2019",
        "Oct. 20th 2019",
        "March 3,    2020",
    ],
)
def test_month_first_dates_are_found_where_their_day_and_year_stand(line: str) -> None:
    assert find_date(line) == _every_form(line)


def _has_year_by_definition(line: str) -> bool:
    return any(dates.MIN_YEAR <= int(run.group()) <= dates.MAX_YEAR for run in dates._YEAR_RUN.finditer(line))


@given(st.text(alphabet="0123456789٠١٢٩ x-", max_size=16))
def test_a_year_is_found_as_its_definition_says(line: str) -> None:
    # One search for an ASCII year, the long way for other digits: the same answer.
    assert dates._has_year(line) == _has_year_by_definition(line)


def test_every_year_at_the_bounds_is_told_apart() -> None:
    lines = [line for year in range(1960, 2110) for line in (str(year), f"x{year}y", f"{year}5", f"1{year}")]
    assert [dates._has_year(line) for line in lines] == [_has_year_by_definition(line) for line in lines]
    assert dates._has_year("in 1970") and dates._has_year("2099.") and not dates._has_year("2100 1969")


def test_the_day_month_order_is_decided_by_the_whole_page() -> None:
    page = ["11/07/2011 à 14h05", "14/07/2011 à 09h00"]  # 14 cannot be a month: day first
    assert [p.iso for p in read_dates(page) if p] == ["2011-07-11T14:05", "2011-07-14T09:00"]
    us = ["07/11/2011 at 2:05 pm", "07/14/2011 at 9:00 am"]
    assert [p.iso for p in read_dates(us) if p] == ["2011-07-11T14:05", "2011-07-14T09:00"]
    assert read_dates(["on 11/08/2020 at 9:52"], lang="en") == [
        PostedAt("2020-11-08T09:52", "on 11/08/2020 at 9:52", False)
    ]


def test_relative_dates_are_kept_as_text_without_a_day() -> None:
    assert read_dates(["3 years ago", "vor 2 Tagen", "hace 5 días", "just now"]) == [
        PostedAt(None, text, True) for text in ("3 years ago", "vor 2 Tagen", "hace 5 días", "just now")
    ]


def test_what_is_no_date() -> None:
    assert read_dates(["", "Reply", "in 1976", "Page 2020"]) == [None, None, None, None]
    assert find_date("I met him in 1976 and in 2004.") is None


def test_an_unknown_shape_goes_to_dateparser() -> None:
    (posted,) = read_dates(["2020年4月14日 15:00"])
    assert posted == PostedAt("2020-04-14T15:00", "2020年4月14日 15:00", False)


def test_find_date_gives_the_span_for_header_detection() -> None:
    line = "Kristine Hollis on October 20, 2019 at 1:31 pm | Reply"
    start, end = find_date(line) or (0, 0)
    assert line[start:end] == "October 20, 2019 at 1:31 pm"
    glued = "KristineOctober 20, 2019 at 1:31 pm"  # two links the dumper ran together
    assert glued[(find_date(glued) or (0, 0))[0] :].startswith("October")


@pytest.mark.parametrize("char", list("a1 .,:/-[]()•★A_"))
def test_patterns_stay_linear_on_a_long_run_of_one_character(char: str) -> None:
    run = char * 100_000
    calls: list[Callable[[], object]] = [
        lambda: find_date(run),
        lambda: read_dates([run]),
        lambda: chrome.is_action(run),
        lambda: chrome.is_comments_heading(run),
        lambda: chrome.closes_comments(run),
        lambda: heads.clean_name(run, 1),
        lambda: dumplines.read_dump([run, run]),
        lambda: dates._RELATIVE.search(run),
        *(partial(form.search, run) for _, form in dates._FORMS),
    ]
    for call in calls:
        started = time.perf_counter()
        call()
        # Linear: a few tens of milliseconds at most; a quadratic pattern takes minutes.
        assert time.perf_counter() - started < 2.0
