"""A split participants page in the browser: from the overview to a person's section on a
sub-page (one named in Cyrillic, so its page's file name is not ASCII), then to their comment;
from one initial's sub-page to the next."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import unquote

import pytest

from tests.browser.actions import in_viewport
from tests.browser.conftest import Tab
from tests.browser.server import serve
from tests.sitebuild import SEEDS, make_project, run_mkdocs
from tests.test_split_pages import EXTRA


@pytest.fixture(scope="module")
def split_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a site whose participants page splits (a threshold of one character)."""
    seeds: dict[str, bytes | str] = {"000.txt": (SEEDS / "000_82b469e70e26f95b.txt").read_bytes(), **EXTRA}
    project = make_project(tmp_path_factory.mktemp("split") / "project", seeds)
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8") + "\nextra:\n  archive:\n    split_bytes: 1\n", encoding="utf-8"
    )
    build = run_mkdocs(project, project / "site")
    assert build.result.returncode == 0, build.result.stderr
    assert (build.site / "participants" / "и.html").is_file()
    with serve(build.site) as url:
        yield url


def test_overview_to_a_person_to_their_comment(split_url: str, tab: Tab) -> None:
    page = tab.page
    tab.goto(split_url + "participants.html")
    person = page.locator(".participant-index a", has_text="Ивана Douglas")
    href = person.get_attribute("href")
    assert href == "participants/и.html#p-ивана-douglas"
    person.click()
    page.wait_for_url("**/participants/*.html#*")
    assert unquote(page.url) == split_url + href
    assert page.locator("h1").inner_text() == "Participants: И"
    assert in_viewport(tab, "p-ивана-douglas")
    # Their comment, from their section: the discussion page, on the comment's own heading.
    section = page.locator("section.participant", has=page.locator("h2#p-ивана-douglas"))
    link = section.locator("a.participant-comment").first
    target = link.get_attribute("href")
    assert target is not None and target.startswith("../discussions/") and "#c" in target
    anchor = target.split("#", 1)[1]
    link.click()
    page.wait_for_url(f"**/discussions/*.html#{anchor}")
    assert page.locator(f"h3#{anchor}").count() == 1
    assert in_viewport(tab, anchor)
    assert tab.errors == []


def test_next_from_one_initial_to_the_next(split_url: str, tab: Tab) -> None:
    page = tab.page
    tab.goto(split_url + "participants/и.html")
    assert page.locator("h1").inner_text() == "Participants: И"
    following = page.locator('.subpage-nav a[rel="next"]')
    assert following.count() == 2  # at the top and at the bottom of the page
    assert following.first.inner_text() == "山 →"
    following.last.click()
    page.wait_for_url("**/participants/*.html")
    assert unquote(page.url) == split_url + "participants/山.html"
    assert page.locator("h1").inner_text() == "Participants: 山"
    # The last initial: a link back, none further.
    assert page.locator('.subpage-nav a[rel="next"]').count() == 0
    assert page.locator('.subpage-nav a[rel="prev"]').first.get_attribute("href") == "и.html"
    assert tab.errors == []


def test_the_filter_on_the_overview_keeps_the_matching_names_and_their_initials(
    split_url: str, tab: Tab
) -> None:
    page = tab.page
    tab.goto(split_url + "participants.html")
    page.get_by_label("Filter by name").fill("ивана")
    shown = page.evaluate(
        """() => [...document.querySelectorAll('.participant-names > li, .participant-initial > h2')]
                  .filter(e => e.getBoundingClientRect().height > 0).map(e => e.textContent.trim())"""
    )
    assert shown == ["И", "Ивана 1 comment", "Ивана Douglas 1 comment"]
    assert tab.errors == []
