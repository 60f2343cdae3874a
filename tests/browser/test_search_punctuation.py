"""Both search engines find a word next to punctuation, quotes or brackets, and lead to its comment.

Material's index split words only at spaces and hyphens: "(Zanzibar)" was one word, and a search
for Zanzibar found nothing. Comments quote and bracket words all the time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.project import archive_project
from tests.browser.actions import pagefind_search, search
from tests.browser.conftest import Tab
from tests.browser.server import serve
from tests.sitebuild import make_project, run_mkdocs
from tests.test_fastpages import mkdocs_build

WRAPPED = [
    *("(Zanzibar)", '"Quokka"', "«Wombat»", "<Narwhal>", "[Kiwi]", "'Dingo'", "Emu,", "Wallaby."),
    *("„Kakapo“", "‘Bilby’", "「Tanuki」", "Possum…", "{Axolotl}", "Numbat/Quoll"),
]
"""A word as comments wrap it; comment ``c<n>`` holds the n-th, and no other comment any of them."""

WORDS = [re.split(r"\W+", wrapped.strip("\"'(<[{„‘「«"))[0] for wrapped in WRAPPED]
"""The words searched for: each wrapped word bare (the first of "Numbat/Quoll")."""

COMMENT_LINK = re.compile(r"discussions/[\w-]+\.html(?:\?[^#]*)?#(c\d+(?:-\d+)*)$")


def punctuation_seed() -> str:
    """A seed of the numbered dialect whose n-th comment mentions the n-th word of :data:`WRAPPED`."""
    lines = ["Punctuation and search", "", "Posted on Aug 27, 2008 in Tests", "", "By Test Author", ""]
    lines += ["An article that names no animal.", ""]
    for number, wrapped in enumerate(WRAPPED, 1):
        lines += [
            f"  {number}. Person{number} says:",
            "",
            f"    Comment {number} is about {wrapped} today.",
            "",
        ]
    return "\n".join(lines)


@pytest.fixture(scope="module")
def material_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The seed built with Material's search (the default), served over HTTP."""
    project = make_project(tmp_path_factory.mktemp("material") / "project", {"p.txt": punctuation_seed()})
    build = run_mkdocs(project, project / "site")
    assert build.result.returncode == 0, build.result.stderr
    with serve(build.site) as url:
        yield url


@pytest.fixture(scope="module")
def pagefind_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The seed built with ``search: pagefind``, served over HTTP."""
    root = tmp_path_factory.mktemp("pagefind")
    (root / "seeds").mkdir()
    (root / "seeds" / "p.txt").write_text(punctuation_seed(), encoding="utf-8")
    site: Path = mkdocs_build(archive_project(root / "project", root / "seeds", "pagefind"))
    with serve(site) as url:
        yield url


@pytest.mark.parametrize("number", range(1, len(WORDS) + 1))
def test_material_finds_the_bare_word(material_url: str, tab: Tab, number: int) -> None:
    word = WORDS[number - 1]
    tab.goto(material_url + "index.html")
    links = search(tab, word)
    anchors = {m.group(1) for m in map(COMMENT_LINK.search, links) if m}
    assert anchors == {f"c{number}"}, links
    marked = tab.page.locator(".md-search-result__list mark").all_inner_texts()
    assert word in marked, marked
    tab.page.locator(f".md-search-result__list a[href$='#c{number}']").first.click()
    tab.page.wait_for_url(re.compile(f"#c{number}$"))
    assert WRAPPED[number - 1] in tab.page.locator(f"h3#c{number} + .comment-body").inner_text()
    assert not tab.errors


@pytest.mark.parametrize("number", range(1, len(WORDS) + 1))
def test_pagefind_finds_the_bare_word(pagefind_url: str, tab: Tab, number: int) -> None:
    word = WORDS[number - 1]
    tab.goto(pagefind_url + "about.html")
    links = pagefind_search(tab, word)
    anchors = {m.group(1) for m in map(COMMENT_LINK.search, links) if m}
    assert anchors == {f"c{number}"}, links
    tab.page.locator("#archive-search .pagefind-ui__result-nested a.pagefind-ui__result-link").first.click()
    tab.page.wait_for_url(re.compile(f"#c{number}$"))
    assert WRAPPED[number - 1] in tab.page.locator(f"h3#c{number} + .comment-body").inner_text()
    assert not tab.errors
