"""A real ``mkdocs build`` of the seeds: every link the analysis adds lands on an existing comment."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import ROOT

GENERATED = {"discussions", "index.md", "participants.md"}
"""Pages the generator writes; a local build may have left them in docs/, so they are not copied."""


@dataclass
class Page:
    """What the tests read from a built page: its ids and its links."""

    ids: set[str] = field(default_factory=set)
    links: list[tuple[str, str]] = field(default_factory=list)
    """(class, href) of every ``<a>``."""
    classes: list[str] = field(default_factory=list)
    """The class attribute of every element, in document order."""


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.page.ids.add(str(values["id"]))
        self.page.classes.append(values.get("class") or "")
        if tag == "a" and values.get("href"):
            self.page.links.append((values.get("class") or "", str(values["href"])))


def read_page(path: Path) -> Page:
    reader = _Reader()
    reader.feed(path.read_text(encoding="utf-8"))
    reader.close()
    return reader.page


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's seeds built by real MkDocs (``--strict``) in a temporary copy of the project."""
    project = tmp_path_factory.mktemp("analysis-site")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(
        ROOT / "docs",
        project / "docs",
        ignore=lambda folder, names: [n for n in names if Path(folder) == ROOT / "docs" and n in GENERATED],
    )
    shutil.copytree(ROOT / "seeds", project / "seeds")
    (project / "generator").symlink_to(ROOT / "generator", target_is_directory=True)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", "site"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


def discussion_pages(site: Path) -> list[Path]:
    return sorted((site / "discussions").glob("*.html"))


@pytest.mark.parametrize("css_class", ["comment-xref", "comment-duplicate-link", "comment-addressee-link"])
def test_comment_links_land_on_existing_comments(site: Path, css_class: str) -> None:
    found = 0
    for path in discussion_pages(site):
        page = read_page(path)
        for classes, href in page.links:
            if css_class in classes.split():
                found += 1
                assert href.startswith("#") and href[1:] in page.ids, f"{path.name}: {href}"
    assert found == {"comment-xref": 1, "comment-duplicate-link": 2, "comment-addressee-link": 6}[css_class]


def test_participant_links_land_on_existing_comments(site: Path) -> None:
    page = read_page(site / "participants.html")
    comment_links = [href for classes, href in page.links if "participant-comment" in classes.split()]
    assert len(comment_links) == 19
    pages: dict[str, Page] = {}
    for href in comment_links:
        target, anchor = href.split("#")
        assert (site / target).is_file(), href
        ids = pages.setdefault(target, read_page(site / target)).ids
        assert anchor in ids, href


def test_participants_page_is_in_the_nav(site: Path) -> None:
    hrefs = [href for _classes, href in read_page(site / "index.html").links]
    assert "participants.html" in hrefs


def test_signatures_and_addressees_reach_the_site(site: Path) -> None:
    classes = [c for path in discussion_pages(site) for c in read_page(path).classes]
    assert classes.count("comment-signature") == 8
    assert classes.count("comment-addressee") == 13
    assert classes.count("comment-author comment-author--signed") == 8
