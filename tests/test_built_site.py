"""A real ``mkdocs build --strict`` of the repository: pages, comment anchors and the search index."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from generator.model import walk
from generator.pages.paths import page_url
from tests.htmlpage import parse_html
from tests.sitebuild import SiteBuild, repo_discussions

COMMENT_ANCHOR = re.compile(r"#c\d+(-\d+)*(_\d+)?$")
"""A comment's anchor (``#c4``, ``#c4-1-2``, a repeated number ``#c4_2``), not ``#comments``."""

DISCUSSIONS = {Path(d.source).name: d for d in repo_discussions()}


def page(site: Path, seed: str) -> Path:
    return site / page_url(DISCUSSIONS[seed].slug)


def search_docs(site: Path) -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = json.loads((site / "search" / "search_index.json").read_text("utf-8"))[
        "docs"
    ]
    return docs


def words(html_fragment: str) -> str:
    """The visible text of an HTML fragment, white space collapsed."""
    return " ".join(parse_html(html_fragment).text().split())


def test_strict_build_succeeds_without_warnings(site_build: SiteBuild) -> None:
    result = site_build.result
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    assert "Traceback" not in result.stderr, result.stderr


@pytest.mark.parametrize("name", ["index.html", "about.html", "404.html", "search/search_index.json"])
def test_site_pages_exist(built_site: Path, name: str) -> None:
    assert (built_site / name).is_file()


@pytest.mark.parametrize(
    ("seed", "anchor"),
    [("000_82b469e70e26f95b.txt", "c4-1"), ("001_66734cbd72f3e3fc.txt", "c6-1")],
)
def test_reply_anchor_is_an_element(built_site: Path, seed: str, anchor: str) -> None:
    ids = parse_html(page(built_site, seed).read_text("utf-8")).by_id()
    assert len(ids.get(anchor, [])) == 1, f"id {anchor!r} on the page: {ids.get(anchor)}"


@pytest.mark.parametrize("seed", sorted(DISCUSSIONS))
def test_every_comment_has_exactly_one_anchor(built_site: Path, seed: str) -> None:
    ids = parse_html(page(built_site, seed).read_text("utf-8")).by_id()
    for comment in walk(DISCUSSIONS[seed].comments):
        assert len(ids.get(comment.id, [])) == 1, f"{seed}:{comment.line}: anchor {comment.id!r}"
    duplicated = {anchor: len(elements) for anchor, elements in ids.items() if len(elements) > 1}
    assert duplicated == {}


@pytest.mark.parametrize("seed", sorted(DISCUSSIONS))
def test_index_links_every_discussion(built_site: Path, seed: str) -> None:
    index = parse_html((built_site / "index.html").read_text("utf-8"))
    hrefs = {a.get("href") for a in index.find_all("a")}
    assert page_url(DISCUSSIONS[seed].slug) in hrefs


@pytest.mark.parametrize("seed", sorted(DISCUSSIONS))
def test_search_has_a_section_per_comment_holding_its_text(built_site: Path, seed: str) -> None:
    """A search hit on a comment's words lands on that comment: its own entry at ``…#cN``."""
    discussion = DISCUSSIONS[seed]
    base = page_url(discussion.slug)
    entries = {doc["location"]: doc for doc in search_docs(built_site) if doc["location"].startswith(base)}
    comment_entries = {location for location in entries if COMMENT_ANCHOR.search(location)}
    comments = walk(discussion.comments)
    assert comment_entries == {f"{base}#{c.id}" for c in comments}
    for comment in comments:
        text = words(entries[f"{base}#{comment.id}"]["text"])
        for paragraph in comment.paragraphs:
            expected = " ".join(paragraph.text.split())
            assert expected in text, f"{seed}:{paragraph.line}: {comment.id} text not in its search entry"


def test_discussion_pages_are_not_in_the_nav(built_site: Path) -> None:
    """The nav lists the index pages only (every page in the nav made big archives slow)."""
    index = parse_html((built_site / "index.html").read_text("utf-8"))
    nav_links = {a.get("href") for nav in index.find_all("nav", cls="md-nav--primary") for a in nav.iter()}
    assert not any(str(href).startswith("discussions/") for href in nav_links)
