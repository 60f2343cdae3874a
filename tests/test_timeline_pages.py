"""The Timeline section of a discussion page and the archive's timeline page, in Markdown and built."""

from __future__ import annotations

import itertools
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from generator import Discussion, parse
from generator.analysis.events import Event
from generator.analysis.summary import summarize
from generator.pages.discussion import render_discussion
from tests.reference import assign_slugs, render_page

MINI = """\
A <b>bold</b> title

Posted on Aug 27, 2008 in Things

In September 1976 the <script>alert(1)</script> pilot flew.

  1. Ann says:

    He came in 1976. Later, in the 80's, he worked.

    • Bob says:

      Also in 1976 I think.
"""

OTHER = """\
Another page

Posted on August 10, 2017 by tim

Nothing dated here.

  1. Cy says:

    It was 1976 & <i>then</i> some.
"""


@pytest.fixture
def mini() -> Discussion:
    return parse(MINI, "seeds/mini.txt")


def test_discussion_page_has_the_timeline_between_article_and_comments(mini: Discussion) -> None:
    page = render_discussion(mini)
    article, timeline, comments = (
        page.index('id="article"'),
        page.index('<h2 id="timeline">'),
        page.index('<h2 id="comments">'),
    )
    assert article < timeline < comments
    section = page[timeline:comments]
    assert '<div class="timeline-section" markdown="0" data-search-exclude>' in section
    # In date order: 1976 (c1), 1976 (c1-1), September 1976 (article), the 80's (c1), posted 2008.
    links = [line.rsplit('href="', 1)[1].split('"')[0] for line in section.splitlines() if "<li" in line]
    assert links == ["#c1", "#c1-1", "#article", "#c1", "#posted"]
    assert section.count('<li class="timeline-event') == 5
    assert '<span class="timeline-mark">posted</span>' in section
    assert (
        '<time class="timeline-date" datetime="1976-09" title="1976-09 (month)">September 1976</time>'
        in section
    )
    assert '<span class="timeline-date" title="1980s (decade)">80&#x27;s</span>' in section


def test_timeline_snippets_are_escaped(mini: Discussion) -> None:
    page = render_discussion(mini)
    section = page[page.index('<h2 id="timeline">') : page.index('<h2 id="comments">')]
    assert "<script>" not in section
    assert "In September 1976 the &lt;script&gt;alert(1)&lt;/script&gt; pilot flew." in section


def test_no_dates_no_timeline_section() -> None:
    page = render_discussion(parse("Plain\n\nNo dates at all.\n\n  1. Fine.\n", "seeds/plain.txt"))
    assert 'id="timeline"' not in page


def test_site_timeline_groups_by_decade_then_year() -> None:
    mini, other = assign_slugs([parse(MINI, "seeds/mini.txt"), parse(OTHER, "seeds/other.txt")])
    page = render_page("timeline.md", [summarize(mini), summarize(other)])
    headings = [line for line in page.splitlines() if line.startswith("#")]
    assert headings == [
        "## 1970s { #decade-1970s }",
        "### 1976 { #year-1976 }",
        "## 1980s { #decade-1980s }",
        "## 2000s { #decade-2000s }",
        "### 2008 { #year-2008 }",
        "## 2010s { #decade-2010s }",
        "### 2017 { #year-2017 }",
    ]
    year_1976 = page[page.index("### 1976") : page.index("## 1980s")]
    # The same year in several comments of several discussions: one entry each.
    assert [
        line.rsplit('href="', 1)[1].split('"')[0] for line in year_1976.splitlines() if "<li" in line
    ] == [
        "discussions/a-b-bold-b-title.html#c1",
        "discussions/a-b-bold-b-title.html#c1-1",
        "discussions/another-page.html#c1",
        "discussions/a-b-bold-b-title.html#article",
    ]
    assert "It was 1976 &amp; &lt;i&gt;then&lt;/i&gt; some." in year_1976
    assert "A &lt;b&gt;bold&lt;/b&gt; title</a>" in year_1976
    assert page.count('<span class="timeline-mark">posted</span>') == 3  # the intro and two entries
    assert "7 dated events from 2 discussions" in page


def test_site_timeline_without_dates() -> None:
    page = render_page("timeline.md", [summarize(parse("Plain\n\nNo dates.\n", "seeds/plain.txt"))])
    assert "No discussion mentions a date yet." in page
    assert "## " not in page


class Links(HTMLParser):
    """The ids and the link targets of an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        if tag == "a" and values.get("href") is not None:
            self.hrefs.append(str(values["href"]))


def links(path: Path) -> Links:
    parser = Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_every_link_of_the_built_timeline_resolves(built_site: Path) -> None:
    page = built_site / "timeline.html"
    hrefs = links(page).hrefs
    to_comments = [h for h in hrefs if h.startswith("discussions/") and "#" in h]
    assert len(to_comments) == 38  # 33 events of seed 000 and 5 of seed 001
    cache: dict[Path, set[str]] = {}
    for href in hrefs:
        parts = urlsplit(href)
        if parts.scheme or parts.netloc:
            continue
        target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
        if target.is_dir():
            target = target / "index.html"
        assert target.is_file(), f"{href}: no such page"
        if parts.fragment:
            ids = cache.setdefault(target, links(target).ids)
            assert unquote(parts.fragment) in ids, f"{href}: no such id"


def test_every_timeline_link_of_a_built_discussion_page_resolves(built_site: Path) -> None:
    for page in sorted((built_site / "discussions").glob("*.html")):
        ids = links(page).ids
        html = page.read_text(encoding="utf-8")
        section = html[html.index('id="timeline"') : html.index('id="comments"')]
        inside = Links()
        inside.feed(section)
        fragments = [href.removeprefix("#") for href in inside.hrefs]
        assert fragments, page.name
        assert all(f in ids for f in fragments), page.name


def test_timeline_is_in_the_nav(built_site: Path) -> None:
    assert 'href="timeline.html"' in (built_site / "index.html").read_text(encoding="utf-8")


def test_discussion_timelines_stay_out_of_search(built_site: Path) -> None:
    docs = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    sections = {doc["location"]: doc["text"] for doc in docs}
    timelines = [location for location in sections if location.endswith(".html#timeline")]
    assert len(timelines) == 2
    # The sentences stay in their comments' sections, where a search result should land.
    assert all(sections[location] == "" for location in timelines)
    assert (
        "visited Moscow in 1995"
        in sections["discussions/russian-pilot-escaped-to-usa-on-super-secret-air-force-mig-25-jet.html#c4"]
    )


def test_site_timeline_is_kept_out_of_search(built_site: Path) -> None:
    """Its snippets quote comments: a search must list the comment, not the timeline entry."""
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = [doc["location"] for doc in index["docs"]]
    assert not [loc for loc in locations if loc.startswith("timeline.html")]
    assert any(loc.startswith("discussions/") for loc in locations)


def repo_timeline(seed_000: Discussion, seed_001: Discussion) -> str:
    return render_page("timeline.md", [summarize(d) for d in assign_slugs([seed_000, seed_001])])


def test_a_reposted_sentence_is_one_entry_linking_to_the_repost(
    seed_000: Discussion, seed_001: Discussion
) -> None:
    page = repo_timeline(seed_000, seed_001)
    northrop = [line for line in page.splitlines() if "Northrop as a consultant" in line]
    assert len(northrop) == 1
    page_url = "discussions/author-pov-viktor-belenko-hero-or-traitor.html"
    assert northrop[0].endswith(
        f'#c1-2">comment #1.2</a> · also in <a href="{page_url}#c21-5">comment #21.5</a></p></li>'
    )
    assert "35 dated events" in page  # 38 before: three sentences of #1.2 reposted as #21.5


def test_a_reposted_sentence_is_one_entry_of_its_pages_timeline_too(seed_000: Discussion) -> None:
    page = render_discussion(seed_000)
    section = page[page.index('<h2 id="timeline">') : page.index("</details>")]
    northrop = [line for line in section.splitlines() if "Northrop as a consultant" in line]
    assert len(northrop) == 1
    assert northrop[0].endswith(
        '<a href="#c1-2">comment #1.2</a> by Al Thompson · also in <a href="#c21-5">comment #21.5</a>'
        " by Al Thompson</p></li>"
    )
    # 33 before: three sentences of #1.2 reposted as #21.5; the count says what is listed.
    assert "<summary>30 dated events," in section
    assert section.count('<li class="timeline-event') == 30


def test_entries_under_a_year_do_not_repeat_it(seed_000: Discussion, seed_001: Discussion) -> None:
    page = repo_timeline(seed_000, seed_001)
    sections = re.findall(r"^### (\d+) \{ #year-\d+ \}\n\n(.*?)(?=^##|\Z)", page, re.M | re.S)
    assert len(sections) > 5
    shown = []
    for year, section in sections:
        for date in re.findall(r'class="timeline-date"[^>]*>([^<]*)<', section):
            shown.append(date)
            # Only what the year alone cannot say: a range from it, a part of its decade.
            assert year not in date or "-" in date or date.endswith("s")
    assert {"August 4", "September", "November"} <= set(shown)
    # The date as written is kept in the title.
    written = 'datetime="1976-08-04" title="August 4th, 1976">August 4</time>'
    assert f'<time class="timeline-date" {written}' in page


def test_the_discussion_is_named_once_above_each_run_of_its_entries(
    seed_000: Discussion, seed_001: Discussion
) -> None:
    page = repo_timeline(seed_000, seed_001)
    assert page.count('class="timeline-discussion"') == page.count('<p class="timeline-from">')
    # Once per entry before: 38 names for 38 entries; now 21 for 35 (many years hold one entry).
    assert page.count('class="timeline-discussion"') < page.count('<li class="timeline-event') * 0.65
    for section in page.split('<div class="timeline-section" markdown="0">\n')[1:]:
        names = re.findall(r'<p class="timeline-from"><a [^>]*href="([^"]+)"', section.split("</div>")[0])
        assert names and all(a != b for a, b in itertools.pairwise(names))


@pytest.mark.parametrize(
    ("written", "key", "year"),
    [
        ("1970s", "197", None),  # the decade itself: before its years
        ("the 1970s", "197", None),
        ("early 1970s", "1970/1973", "1970"),
        ("mid-1970s", "1974/1976", "1974"),
        ("late 1970s", "1977/1979", "1977"),
        ("late1970s", "1977/1979", "1977"),
        ("Late ’70s", "1977/1979", "1977"),
    ],
)
def test_a_part_of_a_decade_sorts_as_the_years_it_names(written: str, key: str, year: str | None) -> None:
    event = Event("1970s", "decade", "mentioned", written.removeprefix("the "), "", "c1", 1)
    assert (event.sort_key, event.year, event.decade) == (key, year, "1970s")


def test_late_1970s_comes_after_1976_and_before_1979(seed_000: Discussion, seed_001: Discussion) -> None:
    page = repo_timeline(seed_000, seed_001)
    order = [date for date in re.findall(r'class="timeline-date"[^>]*>([^<]*)<', page)]
    headings = re.findall(r"^### (\d+)", page, re.M)
    assert headings == sorted(headings)
    assert order.index("September") < order.index("late 1970s") < order.index("1979-1980")
    assert order.index("1979-1980") < order.index("early 80’s")
