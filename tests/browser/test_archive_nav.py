"""Getting around the archive from a discussion page: previous / next discussion at its foot, in
the home page's order, and the left menu showing which section the page belongs to."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from tests.browser.conftest import ARTIFACTS, Served, Tab, open_tab, unavailable
from tests.browser.server import serve
from tests.browser.test_accessibility import AXE, RUN
from tests.sitebuild import SEEDS, make_project, run_mkdocs
from tests.test_split_pages import EXTRA

if TYPE_CHECKING:
    from playwright.sync_api import Browser


@pytest.fixture(scope="module")
def archive_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a site of the repository's seeds and :data:`EXTRA` (five discussions)."""
    seeds: dict[str, bytes | str] = {path.name: path.read_bytes() for path in SEEDS.glob("*.txt")}
    seeds.update(EXTRA)
    project = make_project(tmp_path_factory.mktemp("archive") / "project", seeds)
    build = run_mkdocs(project, project / "site")
    assert build.result.returncode == 0, build.result.stderr
    with serve(build.site) as url:
        yield url


def home_order(tab: Tab, url: str) -> list[str]:
    """The discussion pages' addresses in the home page's order."""
    tab.goto(url + "index.html")
    tab.page.wait_for_load_state("networkidle")  # the favicon too, before the next page is opened
    links = tab.page.locator(".discussion-card h2 a")
    return [url + str(links.nth(i).get_attribute("href")) for i in range(links.count())]


def test_next_visits_every_discussion_in_the_archives_order_and_previous_comes_back(
    archive_url: str, tab: Tab
) -> None:
    page = tab.page
    order = home_order(tab, archive_url)
    assert len(order) == 5
    tab.goto(order[0])
    assert page.locator('.discussion-pager a[rel="prev"]').count() == 0
    visited = [page.url]
    while page.locator('.discussion-pager a[rel="next"]').count():
        following = page.locator('.discussion-pager a[rel="next"]')
        title = following.locator(".discussion-pager__title").inner_text()
        following.click()
        page.wait_for_load_state("load")
        assert page.locator("h1").first.inner_text() == title  # the link names the page it opens
        visited.append(page.url)
        assert len(visited) <= len(order)
    assert visited == order
    while page.locator('.discussion-pager a[rel="prev"]').count():
        page.locator('.discussion-pager a[rel="prev"]').click()
        page.wait_for_load_state("load")
        visited.append(page.url)
    assert visited == order + order[-2::-1]
    # A way back to the archive too, and the links are a 44 px target at least.
    assert page.locator(".discussion-pager__up").get_attribute("href") == "../index.html"
    heights = page.locator(".discussion-pager a").evaluate_all(
        "links => links.map(a => a.getBoundingClientRect().height)"
    )
    assert min(heights) >= 44
    assert tab.errors == []


def active_entries(tab: Tab) -> list[str]:
    """The left menu's entries shown as the current section."""
    return tab.page.evaluate(
        """() => [...document.querySelectorAll('.md-nav--primary .md-nav__item--active > .md-nav__link')]
                  .map(a => a.textContent.trim())"""
    )


def current_entries(tab: Tab) -> list[list[str]]:
    """The left menu's entries that say they are current to assistive technology, and how."""
    return tab.page.evaluate(
        """() => [...document.querySelectorAll('.md-nav--primary [aria-current]')]
                  .map(a => [a.textContent.trim(), a.getAttribute('aria-current')])"""
    )


def test_the_left_menu_highlights_the_archive_on_a_discussion_page(archive_url: str, tab: Tab) -> None:
    page = tab.page
    order = home_order(tab, archive_url)
    tab.goto(order[1])
    tab.page.wait_for_load_state("networkidle")  # the favicon too, before the next page is opened
    assert active_entries(tab) == ["Archive"]
    assert current_entries(tab) == [["Archive", "true"]]  # the section the page is in
    colours = page.evaluate(
        """() => [...document.querySelectorAll(
                     '.md-nav--primary > .md-nav__list > .md-nav__item > .md-nav__link')]
                  .map(a => [a.textContent.trim(), getComputedStyle(a).color])"""
    )
    colour = dict(colours)
    assert colour["Archive"] != colour["Participants"] == colour["Timeline"]
    # The entry of the page itself where the page is in the menu, and only that one.
    tab.goto(archive_url + "participants.html")
    assert active_entries(tab) == ["Participants"]
    assert current_entries(tab) == [["Participants", "page"]]
    assert tab.errors == []


def shown_people(tab: Tab) -> list[str]:
    return tab.page.evaluate(
        """() => [...document.querySelectorAll('section.participant')]
                  .filter(s => s.getBoundingClientRect().height > 0)
                  .map(s => s.querySelector('h2').textContent.trim())"""
    )


def test_the_participants_filter_narrows_the_list_as_the_reader_types(archive_url: str, tab: Tab) -> None:
    page = tab.page
    tab.goto(archive_url + "participants.html")
    everyone = shown_people(tab)
    assert len(everyone) > 10
    box = page.get_by_label("Filter by name")
    box.fill("emile")  # accents and case aside
    assert shown_people(tab) == ["Émile Zola"]
    assert page.locator(".participant-filter__status").inner_text() == f"1 of {len(everyone)} people"
    box.fill("  al   THOMPSON ")
    assert shown_people(tab) == ["Al Thompson", "Al Thompson III"]
    box.fill("nobody by this name")
    assert shown_people(tab) == []
    box.fill("")
    assert shown_people(tab) == everyone
    assert tab.errors == []


def test_without_javascript_the_whole_list_is_there_and_no_box(archive_url: str, browser: Browser) -> None:
    plain = open_tab(browser, java_script_enabled=False)
    try:
        plain.goto(archive_url + "participants.html")
        assert plain.page.locator(".participant-filter").count() == 0
        assert len(shown_people(plain)) > 10
        first = plain.page.locator(".participant-comments li").first
        assert first.locator("a.participant-comment").count() == 1
        assert first.locator(".participant-gist").inner_text().strip()
    finally:
        plain.page.context.close()


def test_the_articles_author_is_marked_where_they_comment(archive_url: str, tab: Tab) -> None:
    """Seed 102 is Bob's article, and Bob comments on it: his comment, and his alone, carries the
    mark the legend explains; the page has no serious accessibility violation with both."""
    page = tab.page
    tab.goto(archive_url + "discussions/discussion-number-102.html")
    marked = page.locator("h3.comment-title:has(.comment-op)")
    assert marked.count() == 1
    assert marked.locator(".comment-author").inner_text() == "Bob"
    assert page.locator(".comment-legend").inner_text().startswith("Names: Name wrote “Name says:”")
    assert "author wrote the article" in page.locator(".comment-legend").inner_text()
    if not AXE.exists():
        unavailable(f"{AXE} is missing (npm ci, as make test does)")
    page.add_script_tag(path=str(AXE))
    assert page.evaluate(RUN) == []
    assert tab.errors == []


def test_the_timeline_page_reads_in_order_without_repeating_years_or_titles(site: Served, tab: Tab) -> None:
    page = tab.page
    tab.goto(site.url + "timeline.html")
    rows = page.evaluate(
        """() => [...document.querySelectorAll(
                     '.md-content :is(h2[id^="decade-"], h3[id^="year-"]), .timeline-from, .timeline-event')]
                  .map(e => e.matches('h3') ? ['year', e.id.slice(5)]
                          : e.matches('h2') ? ['decade', e.id.slice(7)]
                          : e.matches('.timeline-from') ? ['from', e.innerText.trim()]
                          : ['event', e.querySelector('.timeline-date')?.innerText.trim() ?? ''])"""
    )
    years = [value for kind, value in rows if kind == "year"]
    assert years == sorted(years) and len(years) > 5
    dates = [value for kind, value in rows if kind == "event"]
    assert dates.index("September") < dates.index("late 1970s") < dates.index("1979-1980")
    year = None
    for kind, value in rows:
        if kind in ("year", "decade"):
            year = value if kind == "year" else None
        elif kind == "event" and year is not None:
            assert year not in value or "-" in value or value.endswith("s"), (year, value)
    # A title above each run, never twice in a row under one heading.
    froms = [(index, value) for index, (kind, value) in enumerate(rows) if kind == "from"]
    assert len(froms) < len(dates)
    for (first, a), (second, b) in itertools.pairwise(froms):
        between = {kind for kind, _ in rows[first + 1 : second]}
        assert a != b or {"year", "decade"} & between
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "timeline-page.png"), full_page=False)
    assert tab.errors == []
