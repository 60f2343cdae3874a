"""``search: pagefind``: a real MkDocs build indexed by Pagefind, queried as a browser would."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

import generator.publish.search
from benchmarks.project import archive_project
from benchmarks.search import pagefind_query
from generator.publish.search import RESULTS_SHOWN, SearchConfigError, search_engine
from tests.conftest import SEEDS
from tests.test_fastpages import mkdocs_build

COMMENT_URL = re.compile(r"/discussions/[\w-]+\.html#(c\d+(?:-\d+)*)$")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return mkdocs_build(archive_project(tmp_path_factory.mktemp("pagefind"), SEEDS, "pagefind"))


def test_build_writes_a_pagefind_index_and_no_material_index(site: Path) -> None:
    bundle = site / "pagefind"
    assert (bundle / "pagefind-entry.json").is_file()
    assert list((bundle / "index").glob("*.pf_index"))
    assert len(list((bundle / "fragment").glob("*.pf_fragment"))) >= 2
    assert not (site / "search" / "search_index.json").exists()


@pytest.mark.parametrize("page", ["index.html", "about.html", "discussions/*.html"])
def test_every_page_has_the_search_box(site: Path, page: str) -> None:
    for path in site.glob(page):
        html = path.read_text(encoding="utf-8")
        prefix = "../" if "/" in page else ""
        assert f'<script src="{prefix}pagefind/pagefind-ui.js">' in html, path
        assert f'<script src="{prefix}assets/archive/pagefind-search.js">' in html, path
        assert 'for="__search"' not in html, "Material's own search box stays out"
    assert (site / "assets/archive/pagefind-search.js").is_file()


def test_pages_indexed_are_the_pages_material_would_index(site: Path) -> None:
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    (language,) = entry["languages"].values()
    marked = [p for p in site.rglob("*.html") if "data-pagefind-body" in p.read_text(encoding="utf-8")]
    assert language["page_count"] == len(marked)
    names = {p.relative_to(site).as_posix() for p in marked}
    assert {"index.html", "about.html"} <= names
    assert len([n for n in names if n.startswith("discussions/")]) == 2
    assert "404.html" not in names
    assert "timeline.html" not in names, "its front matter keeps it out of search"


def test_a_query_leads_to_the_comments_that_hold_the_word(site: Path) -> None:
    result = pagefind_query(site, "Zuyev")
    anchors = {m.group(1) for r in result.results for url in r["anchors"] if (m := COMMENT_URL.search(url))}
    # Seed 000 names Zuyev in three comments (lines 138, 208 and 214 of the seed).
    assert {"c8-1", "c21-1-2", "c21-4"} <= anchors, result.results


def test_comment_meta_lines_are_not_indexed(site: Path) -> None:
    assert pagefind_query(site, "hidden").count == 0  # "· 2 replies hidden" labels are excluded


@pytest.mark.parametrize(
    ("extra", "engine"),
    [({}, "material"), ({"archive": {}}, "material"), ({"archive": {"search": "pagefind"}}, "pagefind")],
)
def test_search_option(extra: dict[str, object], engine: str) -> None:
    assert search_engine(extra) == engine


def test_unknown_search_engine_is_refused() -> None:
    with pytest.raises(SearchConfigError, match="expected one of material, pagefind, found 'lunr'"):
        search_engine({"archive": {"search": "lunr"}})


def test_search_box_shows_as_many_results_as_measured() -> None:
    script = (Path(generator.publish.search.__file__).parent / "assets" / "pagefind-search.js").read_text(
        encoding="utf-8"
    )
    assert f"pageSize: {RESULTS_SHOWN}," in script


def test_node_is_there() -> None:
    assert shutil.which("node"), (
        "Pagefind's query test runs pagefind.js under Node (make test installs it: scripts/system-packages)"
    )
