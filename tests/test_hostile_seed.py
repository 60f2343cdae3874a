"""A seed written to attack the site builds into inert, literal text (checked on the built HTML).

The hostile strings sit in the title, the "Posted on … by" author, the article, a comment's
"Name says:" header, its text and a reply. The built pages and the search index must hold no
script element and no ``javascript:`` link that came from the seed, and show the strings as text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator import Discussion
from generator.build.site import seed_paths
from generator.model import walk
from generator.pages.paths import page_url
from tests.htmlpage import Element, main_content, parse_html
from tests.reference import load
from tests.sitebuild import SEEDS, SiteBuild, make_project, run_mkdocs

SCRIPT = "<script>alert(1)</script>"
LINK = "[x](javascript:alert(1))"
QUOTE = '" onmouseover="alert(1)'
"""Breaks out of an attribute value unless quotes are escaped."""
TITLE = f"Hostile {SCRIPT} and {LINK} title"
AUTHOR = f"{SCRIPT}{QUOTE}"
ARTICLE = f"Article with {SCRIPT} and {LINK} and {QUOTE} inside."
HOSTILE = f"""Pages Menu

{TITLE}

Posted on May 1, 2020 by {AUTHOR}

{ARTICLE}

  1. {SCRIPT} says:

    Comment with {SCRIPT} and {LINK} here.

    • Reply with {LINK} and {SCRIPT}.
"""
HOSTILE_SEED = "900_hostile.txt"
BENIGN_SEED = "001_66734cbd72f3e3fc.txt"


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> SiteBuild:
    seeds = {HOSTILE_SEED: HOSTILE, BENIGN_SEED: (SEEDS / BENIGN_SEED).read_bytes()}
    project = make_project(tmp_path_factory.mktemp("hostile") / "project", seeds)
    build = run_mkdocs(project, project / "site")
    assert build.result.returncode == 0, build.result.stderr
    return build


def discussion(build: SiteBuild, seed: str) -> Discussion:
    (found,) = [d for d in load(seed_paths(build.project / "seeds")) if Path(d.source).name == seed]
    return found


def discussion_page(build: SiteBuild, seed: str) -> Element:
    return parse_html((build.site / page_url(discussion(build, seed).slug)).read_text("utf-8"))


def hostile_page(build: SiteBuild) -> Element:
    return discussion_page(build, HOSTILE_SEED)


def scripts(page: Element) -> list[tuple[tuple[tuple[str, str | None], ...], str]]:
    return [(tuple(s.raw_attrs), s.text()) for s in page.find_all("script")]


def html_files(build: SiteBuild) -> list[Path]:
    return sorted(build.site.rglob("*.html"))


def test_hostile_page_has_only_the_themes_scripts(hostile_build: SiteBuild) -> None:
    """Same script elements, same contents, as a benign discussion page of the same build."""
    assert scripts(hostile_page(hostile_build)) == scripts(discussion_page(hostile_build, BENIGN_SEED))


def test_no_script_element_holds_seed_text(hostile_build: SiteBuild) -> None:
    for path in html_files(hostile_build):
        for script in parse_html(path.read_text("utf-8")).find_all("script"):
            assert "alert(1)" not in script.text(), f"{path}:{script.line}"
            assert "alert(1)" not in str(script.get("src")), f"{path}:{script.line}"


def test_no_javascript_url_or_event_handler_anywhere(hostile_build: SiteBuild) -> None:
    for path in html_files(hostile_build):
        for element in parse_html(path.read_text("utf-8")).iter():
            for attribute, value in element.raw_attrs:
                where = f"{path.relative_to(hostile_build.site)}:{element.line}: <{element.tag} {attribute}>"
                assert not attribute.startswith("on") or "alert" not in (value or ""), where
                compact = "".join((value or "").split()).casefold()
                assert not compact.startswith("javascript:"), where


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        ("h1", TITLE),
        ("discussion-meta", f"Posted on May 1, 2020 · By {AUTHOR}"),
        ("article", ARTICLE),
        ("comment-author", SCRIPT),
        ("comment-body", f"Comment with {SCRIPT} and {LINK} here."),
    ],
)
def test_hostile_text_shows_literally(hostile_build: SiteBuild, where: str, expected: str) -> None:
    content = main_content(hostile_page(hostile_build))
    if where.startswith("comment-"):  # in the comments, not the legend of name styles above them
        content = content.find(cls="thread")
    element = content.find(where) if where == "h1" else content.find(cls=where)
    assert " ".join(element.text().split()) == expected


def test_reply_text_shows_literally(hostile_build: SiteBuild) -> None:
    bodies = main_content(hostile_page(hostile_build)).find_all(cls="comment-body")
    assert [" ".join(b.text().split()) for b in bodies][1] == f"Reply with {LINK} and {SCRIPT}."


def test_title_element_and_header_show_the_title_literally(hostile_build: SiteBuild) -> None:
    page = hostile_page(hostile_build)
    assert page.find("title").text().strip().startswith(TITLE)
    topics = [" ".join(e.text().split()) for e in page.find_all(cls="md-header__topic")]
    assert TITLE in topics


def test_meta_tags_hold_the_text_literally(hostile_build: SiteBuild) -> None:
    metas = {m.get("name"): m.get("content") for m in hostile_page(hostile_build).find_all("meta")}
    assert metas["author"] == AUTHOR
    assert metas["description"] == ARTICLE


def test_index_card_shows_the_title_literally(hostile_build: SiteBuild) -> None:
    content = main_content(parse_html((hostile_build.site / "index.html").read_text("utf-8")))
    assert TITLE in [" ".join(h.text().split()) for h in content.find_all("h2")]


def test_search_index_holds_no_markup_from_the_seed(hostile_build: SiteBuild) -> None:
    """Material shows search titles and texts as HTML, so seed markup there must be escaped."""
    docs = json.loads((hostile_build.site / "search" / "search_index.json").read_text("utf-8"))["docs"]
    hostile = [doc for doc in docs if "alert(1)" in doc["title"] + doc["text"]]
    assert len(hostile) >= 4  # the index, the page head and both comments
    for doc in hostile:
        for field in ("title", "text"):
            fragment = parse_html(doc[field])
            where = f"{doc['location']} {field}: {doc[field]!r}"
            assert fragment.find_all("script") == [], where
            assert all(not name.startswith("on") for e in fragment.iter() for name, _ in e.raw_attrs), where


def test_hostile_comments_keep_their_anchors(hostile_build: SiteBuild) -> None:
    hostile = discussion(hostile_build, HOSTILE_SEED)
    assert [c.id for c in walk(hostile.comments)] == ["c1", "c1-1"]
    assert hostile.comments[0].author == SCRIPT
    ids = hostile_page(hostile_build).by_id()
    assert "c1" in ids
    assert "c1-1" in ids
