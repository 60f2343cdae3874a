"""The second engine (issue 17): the same project built by MkDocs and by Zensical gives the same
pages, the same comment anchors, the same page bodies and the same search entries.

Zensical reads mkdocs.yml but runs no MkDocs hooks, so ``make site-zensical`` (``python -m
generator site --engine zensical``) runs the generator first and :mod:`generator.publish.zensical`
adds what the hook adds to pages after; what only makes MkDocs faster (fast pages), Pagefind and the build
report in MkDocs' log are left out there, and the README says so.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from generator.model import THREAD_RISK
from generator.publish.zensical import DERIVED_PREFIX, finish
from tests.sitebuild import ROOT, make_project, repo_seeds, run_generator, run_mkdocs

FIXTURES = ROOT / "tests" / "fixtures" / "threads"

_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.S)
_ANCHOR = re.compile(r'\sid="(c[0-9]+(?:-[0-9]+)*)"')


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """One project (the repository's seeds, a w3m dump, a lynx dump, a saved page) built by
    both engines: (MkDocs site, Zensical site)."""
    seeds: dict[str, bytes | str] = dict(repo_seeds())
    seeds["dump.txt"] = (FIXTURES / "wp_classic_en_sourdough.w3m-80.txt").read_bytes()
    seeds["lynx.txt"] = (FIXTURES / "discourse_en_backups.lynx-80.txt").read_bytes()
    seeds["saved.html"] = (FIXTURES / "blogger_en_cowl.html").read_bytes()
    project = make_project(tmp_path_factory.mktemp("engines") / "project", seeds)
    generated = run_generator(project, "build")
    assert generated.returncode == 0, generated.stderr
    mkdocs = run_mkdocs(project, project / "site-mkdocs")
    assert mkdocs.result.returncode == 0, mkdocs.result.stderr
    # As make site-zensical builds it: the generator, Zensical, then what the hook adds.
    zensical = run_generator(project, "site", "--engine", "zensical", "--site-dir", "site-zensical")
    assert zensical.returncode == 0, zensical.stdout + zensical.stderr
    assert not list(project.glob(DERIVED_PREFIX + "*"))
    return mkdocs.site, project / "site-zensical"


def _pages(site: Path) -> list[str]:
    return sorted(path.relative_to(site).as_posix() for path in site.rglob("*.html"))


def _body(page: Path) -> str:
    """The page's content (what the generator wrote), without what only one theme adds."""
    found = _ARTICLE.search(page.read_text(encoding="utf-8"))
    assert found is not None, page
    # Zensical's skip-link target; MkDocs' fast pages keep the search-exclusion marks that
    # Zensical's Markdown path drops once its index has seen them.
    body = found.group(1).replace('<a id="__skip" tabindex="-1"></a>', "").replace(" data-search-exclude", "")
    return "\n".join(line.strip() for line in body.splitlines() if line.strip())


def test_both_engines_make_the_same_pages(sites: tuple[Path, Path]) -> None:
    mkdocs, zensical = sites
    pages = _pages(mkdocs)
    assert pages == _pages(zensical)
    assert sum(page.startswith("discussions/") for page in pages) == 5


def test_comment_anchors_and_page_bodies_are_the_same(sites: tuple[Path, Path]) -> None:
    mkdocs, zensical = sites
    anchors = 0
    for page in _pages(mkdocs):
        ours, theirs = mkdocs / page, zensical / page
        if page.startswith("discussions/"):
            found = _ANCHOR.findall(ours.read_text(encoding="utf-8"))
            assert found == _ANCHOR.findall(theirs.read_text(encoding="utf-8")), page
            anchors += len(found)
        assert _body(ours) == _body(theirs), page
    assert anchors > 100


def test_search_entries_are_the_same(sites: tuple[Path, Path]) -> None:
    mkdocs, zensical = sites
    our_index = json.loads((mkdocs / "search" / "search_index.json").read_text(encoding="utf-8"))
    their_index = json.loads((zensical / "search.json").read_text(encoding="utf-8"))
    # The same word splitting (punctuation, quotes, brackets: mkdocs.yml's separator) in both.
    assert our_index["config"]["separator"] == their_index["config"]["separator"]
    assert "«" in our_index["config"]["separator"]
    ours, theirs = our_index["docs"], their_index["items"]
    entries = {entry["location"]: (entry["title"], entry["text"]) for entry in ours}
    assert entries == {entry["location"]: (entry["title"], entry["text"]) for entry in theirs}
    # Every comment can be found: an entry per comment anchor.
    assert sum("#c" in location for location in entries) > 100


_LIT_ARCHIVE = re.compile(
    r'<li class="md-nav__item md-nav__item--active">\s*<a href="\.\./index\.html" class="md-nav__link"'
    r' aria-current="true">'
)


def test_the_hooks_additions_are_made_for_zensical_too(sites: tuple[Path, Path], tmp_path: Path) -> None:
    for site in sites:
        for page in sorted((site / "discussions").glob("*.html")):
            html = page.read_text(encoding="utf-8")
            assert html.count('class="discussion-pager"') == 1, page
            assert _LIT_ARCHIVE.search(html), page
            assert html.count("aria-current=") == 1, page
        timeline = (site / "timeline.html").read_text(encoding="utf-8")
        assert re.findall(
            r'<a href="([^"]*)" class="md-nav__link md-nav__link--active" aria-current="page">', timeline
        ) == ["timeline.html"]
    # A second run finds nothing left to add.
    copy = tmp_path / "site"
    shutil.copytree(sites[1], copy)
    assert finish(copy, sites[1].parent / "docs", "Belenko discussion archive") == 0


def test_feeds_are_the_same(sites: tuple[Path, Path]) -> None:
    mkdocs, zensical = sites
    # The site's copy of the archive's feed, given the site's name by the hook or after Zensical.
    assert (mkdocs / "feed.xml").read_bytes() == (zensical / "feed.xml").read_bytes()
    assert b"<title>Belenko discussion archive</title>" in (zensical / "feed.xml").read_bytes()
    feeds = sorted(path.name for path in (mkdocs / "discussions").glob("*.xml"))
    assert feeds and feeds == sorted(path.name for path in (zensical / "discussions").glob("*.xml"))
    for name in feeds:
        page = "discussions/" + name.removesuffix(".xml") + ".html"
        for site in sites:
            head = (site / page).read_text(encoding="utf-8").split("</head>", 1)[0]
            link = r'<link rel="alternate feed" type="application/atom\+xml" title="Comments on [^"<]+"'
            link += f' href="{name}">'
            assert re.search(link, head), (site, page)


def test_both_engines_stop_on_a_thread_that_may_be_wrong(tmp_path: Path) -> None:
    """A gap in the numbering (a comment lost) stops both engines' site builds with the file and
    line; no site is made."""
    gap = "Gap title\n\n  1. One.\n\n  3. Three.\n"
    project = make_project(tmp_path / "project", {"gap.txt": gap})
    said = f"seeds/gap.txt:5: comment 3 follows comment 1{THREAD_RISK}"
    mkdocs = run_mkdocs(project, project / "site-mkdocs")
    assert mkdocs.result.returncode == 1
    assert said in mkdocs.result.stderr
    zensical = run_generator(project, "site", "--engine", "zensical", "--site-dir", "site-zensical")
    assert zensical.returncode == 1
    assert said in zensical.stderr
    assert "1 warning that a thread may be wrong: no site" in zensical.stderr
    assert not (project / "site-zensical").exists()
