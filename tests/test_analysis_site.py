"""On the real ``mkdocs build`` of the seeds: every link the analysis adds lands on an existing id."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.htmlpage import Element, parse_html


def read(path: Path) -> Element:
    return parse_html(path.read_text(encoding="utf-8"))


def discussion_pages(site: Path) -> list[Path]:
    return sorted((site / "discussions").glob("*.html"))


@pytest.mark.parametrize(
    ("css_class", "count"),
    [("comment-xref", 1), ("comment-duplicate-link", 2), ("comment-addressee-link", 6)],
)
def test_comment_links_land_on_existing_comments(built_site: Path, css_class: str, count: int) -> None:
    found = 0
    for path in discussion_pages(built_site):
        page = read(path)
        ids = page.by_id()
        for link in page.find_all("a", cls=css_class):
            found += 1
            href = link.get("href") or ""
            assert href.startswith("#") and len(ids.get(href[1:], [])) == 1, f"{path.name}: {href}"
    assert found == count


def test_participant_links_land_on_existing_comments(built_site: Path) -> None:
    links = read(built_site / "participants.html").find_all("a", cls="participant-comment")
    assert len(links) == 19
    pages: dict[str, dict[str, list[Element]]] = {}
    for link in links:
        target, anchor = (link.get("href") or "").split("#")
        assert (built_site / target).is_file(), target
        ids = pages.setdefault(target, read(built_site / target).by_id())
        assert len(ids.get(anchor, [])) == 1, f"{target}#{anchor}"


def test_participants_page_is_in_the_nav(built_site: Path) -> None:
    nav = [link.get("href") for link in read(built_site / "index.html").find_all("a", cls="md-nav__link")]
    assert "participants.html" in nav


@pytest.mark.parametrize(
    ("css_class", "count"),
    [("comment-signature", 8), ("comment-addressee", 13), ("comment-author--signed", 8)],
)
def test_notes_reach_the_site(built_site: Path, css_class: str, count: int) -> None:
    # In the comments: the legend above them shows each name style once.
    threads = [
        thread for path in discussion_pages(built_site) for thread in read(path).find_all(cls="thread")
    ]
    assert sum(len(thread.find_all(cls=css_class)) for thread in threads) == count


def test_signature_text_is_on_the_page(built_site: Path) -> None:
    page = read(built_site / "discussions" / "author-pov-viktor-belenko-hero-or-traitor.html")
    signatures = [" ".join(p.text().split()) for p in page.find_all("p", cls="comment-signature")]
    assert signatures == [
        "Frankie/ central Texas",
        "Thank you, Robert",
        "~ Al Thompson – Torrance, CA.",
        "Thank you, Robert",
        "~ Al Thompson – Torrance, CA.",
        "JF – France",
        "~ Al Thompson III (Los Angeles, CA area)",
        "Regards, John Arnold Lohne, Gothenburg, Sweden",
    ]
