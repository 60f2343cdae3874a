"""A site built from a saved web page reads like one built from a text seed: the same threads,
nested the same way, collapsing the same way, search landing on a comment, and a date shown on
every comment (the saved page states them; a text dump often does not)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from benchmarks.htmlcorpus import page as wordpress_page
from generator.read import seeds
from tests.browser.actions import comment, highlighted, in_viewport, search
from tests.browser.conftest import Tab
from tests.browser.server import serve
from tests.sitebuild import SEEDS, make_project, run_mkdocs

TEXT_SEED = SEEDS / "000_82b469e70e26f95b.txt"
"""Seed 000: deep threads, and "Zuyev" in three comments (see test_search)."""

SAVED_TITLE_MARK = " (saved page)"
"""Added to the saved page's title so that the two discussions get pages of their own."""

COMMENTS = """() => [...document.querySelectorAll('details.comment')].map(d => {
  const h = d.querySelector(':scope > h3.comment-title');
  const up = d.parentElement.closest('details.comment');
  const time = d.querySelector(':scope > .comment-meta time');
  return {id: h.id, parent: up ? up.querySelector(':scope > h3').id : null,
          depth: d.dataset.depth, author: h.querySelector('.comment-author').textContent,
          date: time ? time.getAttribute('datetime') : null, shown: time ? time.textContent : null};
})"""
"""Every comment of a page in document order: anchor, parent's anchor, depth, author, date."""


@dataclass(frozen=True)
class Pair:
    """The two pages of one discussion, built together into one served site."""

    text_url: str
    html_url: str
    html_slug: str


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    discussion = seeds.parse(seeds.read(TEXT_SEED).text, str(TEXT_SEED))
    saved = dataclasses.replace(discussion, title=discussion.title + SAVED_TITLE_MARK)
    # The benchmark's WordPress page writer: ol.comment-list, nested ol.children, <time datetime>.
    html = wordpress_page(saved, "saved")
    project = make_project(
        tmp_path_factory.mktemp("htmlseed") / "project",
        {TEXT_SEED.name: TEXT_SEED.read_text(encoding="utf-8"), "saved.html": html},
    )
    build = run_mkdocs(project, project / "site")
    assert build.result.returncode == 0, build.result.stderr
    pages = sorted((build.site / "discussions").glob("*.html"))
    assert len(pages) == 2, pages
    # By the page's own title: the foot of each page names the other one too.
    by_title = {SAVED_TITLE_MARK.strip() in _heading(p.read_text(encoding="utf-8")): p for p in pages}
    with serve(build.site) as url:
        yield Pair(
            text_url=url + by_title[False].relative_to(build.site).as_posix(),
            html_url=url + by_title[True].relative_to(build.site).as_posix(),
            html_slug=by_title[True].stem,
        )


def _heading(page: str) -> str:
    """The text of a built page's first ``<h1>`` element (its title)."""
    return page.split("<h1", 1)[1].split("</h1>", 1)[0]


def _comments(tab: Tab, url: str) -> list[dict[str, Any]]:
    tab.goto(url)
    found: list[dict[str, Any]] = tab.page.evaluate(COMMENTS)
    return found


def test_threads_are_the_same_and_nested_the_same(pair: Pair, tab: Tab) -> None:
    from_text = _comments(tab, pair.text_url)
    text_threads = tab.page.locator(".thread").count()
    from_html = _comments(tab, pair.html_url)
    assert tab.page.locator(".thread").count() == text_threads
    assert len(from_html) == len(from_text) > 50

    def shape(rows: list[dict[str, Any]]) -> list[tuple[str, str | None, str]]:
        return [(r["id"], r["parent"], r["depth"]) for r in rows]

    assert shape(from_html) == shape(from_text)
    # The page writer names a comment without a header "Anonymous" (as WordPress does), where the
    # text page takes a name from a signature ("~ Frankie"): compare the names the page states.
    named = [(h["author"], t["author"]) for h, t in zip(from_html, from_text, strict=True)]
    assert all(a == b for a, b in named if a != "Anonymous")
    assert max(int(r["depth"]) for r in from_html) >= 2  # replies to replies, not a flat list
    assert not tab.errors, tab.errors


def test_every_comment_shows_its_date(pair: Pair, tab: Tab) -> None:
    rows = _comments(tab, pair.html_url)
    missing = [r["id"] for r in rows if not r["date"] or not (r["shown"] or "").strip()]
    assert not missing, missing
    assert rows[0]["date"] == "2008-08-27T10:01:00+00:00"
    assert tab.page.locator(f"{comment('c1')} > .comment-meta time").is_visible()


def test_collapsing_a_comment_of_the_saved_page_hides_its_replies(pair: Pair, tab: Tab) -> None:
    rows = _comments(tab, pair.html_url)
    parents = {r["parent"] for r in rows if r["parent"]}
    anchor = next(r["id"] for r in rows if r["id"] in parents and r["parent"] is None)
    details = tab.page.locator(comment(anchor))
    replies = details.locator(":scope > .comment-replies")
    hidden_label = details.locator(":scope > summary > .comment-collapsed")
    assert replies.is_visible() and not hidden_label.is_visible()
    details.locator(":scope > summary").click()
    assert not replies.is_visible() and hidden_label.is_visible()
    assert "hidden" in hidden_label.inner_text()
    details.locator(":scope > summary").click()
    assert replies.is_visible() and not hidden_label.is_visible()


def test_search_lands_on_a_comment_of_the_saved_page(pair: Pair, tab: Tab) -> None:
    tab.goto(pair.html_url)
    links = search(tab, "Zuyev")
    pattern = re.compile(rf"{re.escape(pair.html_slug)}\.html(?:\?[^#]*)?#(c\d+(?:-\d+)*)$")
    anchors = [m.group(1) for m in map(pattern.search, links) if m]
    assert anchors, links

    def result(anchor: str) -> Any:
        link = f"a.md-search-result__link[href*='{pair.html_slug}.html'][href$='#{anchor}']"
        selector = f".md-search-result__list {link}"
        return tab.page.locator(selector).first

    target = next(anchor for anchor in anchors if result(anchor).is_visible())
    result(target).click()
    tab.page.wait_for_url(re.compile(f"#{target}$"))
    tab.page.wait_for_load_state("load")
    assert in_viewport(tab, target)
    assert highlighted(tab, target)
    body = tab.page.locator(f"details.comment:has(> h3#{target}) > .comment-body")
    assert "Zuyev" in body.inner_text()


def test_the_saved_page_is_linked_as_the_original(pair: Pair, tab: Tab) -> None:
    tab.goto(pair.html_url)
    link = tab.page.get_by_role("link", name="Original page")
    assert link.get_attribute("href") == "https://blog.example/saved/"
