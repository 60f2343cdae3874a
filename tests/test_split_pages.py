"""A large archive's site-wide pages split into an overview and sub-pages (generator/pages/split.py).

Small archives keep their single pages byte for byte (the golden files hold that); these tests
force the split with a tiny threshold.
"""

from __future__ import annotations

import itertools
import json
import re
import shutil
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from benchmarks.corpus import write_corpus
from generator import Discussion
from generator.analysis.summary import summarize
from generator.build import manifest, stamps
from generator.build.cacheline import DamagedEntry, decoded_rows, sealed
from generator.build.manifest import CACHE_FILE
from generator.build.site import build, seed_paths
from generator.build.siterows import SiteRows, summary_rows
from generator.pages import paths, split
from generator.pages.paths import PAGES
from generator.pages.split import initial, initial_file
from generator.pages.subnav import SubPage, nav_block, neighbours
from generator.pages.timeline import month_of
from generator.publish.fastpages import MIXED, RAW, site_page_kind
from generator.read.text import MONTH_NAMES
from tests.conftest import SEEDS
from tests.reference import load, render_pages, render_site, write_pages
from tests.sitebuild import age, make_project, run_mkdocs, snapshot

TINY = 1
"""A threshold every family with a row passes."""


def seed(number: int, author: str, names: list[str], year: int = 1976) -> str:
    """A seed of the numbered dialect by ``author``, one top-level comment by each of ``names``."""
    comments = "\n".join(
        f"  {index}. {name} says:\n\n    Comment {index} of {number}, about {year + index}.\n"
        for index, name in enumerate(names, 1)
    )
    return (
        f"Discussion number {number}\n\nPosted on Aug 27, 2008 in Stuff\n\nBy {author}\n\n"
        f"The article of {number} mentions {year}.\n\n{comments}"
    )


EXTRA = {
    "100_emile.txt": seed(100, "Émile Zola", ["Ивана", "山田", "Eve", "2cents"]),
    "101_eve.txt": seed(101, "Eve", ["émile zola", "Øyvind", "“Quoted”", "alice"], 2008),
    "102_bob.txt": seed(102, "Bob", ["Bob", "Ивана Douglas", "ßeta"], 1980),
}
"""Seeds whose names start with accented, Cyrillic, CJK, non-letter characters."""


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    for name, text in EXTRA.items():
        (folder / name).write_text(text, encoding="utf-8")
    time.sleep(stamps.RACY_NS / 1e9 * 1.5)  # seeds changed just now are not trusted for a no-op
    return folder


@pytest.mark.parametrize(
    ("name", "letter", "file"),
    [
        ("Alice", "a", "a"),
        ("alice", "a", "a"),
        ("  Bob", "b", "b"),
        ("Émile", "e", "e"),
        ("émile", "e", "e"),
        ("Øyvind", "ø", "ø"),  # no decomposition: its own letter
        ("ßeta", "s", "s"),  # casefolds to "ss"
        ("Ивана", "и", "и"),
        ("Йосип", "и", "и"),  # Й is И with a breve
        ("山田", "山", "山"),
        ("2cents", "", "other"),
        ("“Quoted”", "", "other"),
        ("~tilde", "", "other"),
        ("", "", "other"),
    ],
)
def test_initial_and_its_file(name: str, letter: str, file: str) -> None:
    assert initial(name) == letter
    assert initial_file(initial(name)) == file


@pytest.mark.parametrize(
    ("relative", "family"),
    [
        ("participants/a.md", "participants.md"),
        ("participants/и.md", "participants.md"),
        ("timeline/1976.md", "timeline.md"),
        ("participants.md", None),
        ("participants/a/b.md", None),
        ("participants/a.html", None),
        ("participants/.md", None),
        ("discussions/a.md", None),
        ("other/a.md", None),
    ],
)
def test_family_of_a_path(relative: str, family: str | None) -> None:
    assert paths.family_of(relative) == family


def test_every_site_page_takes_its_family_shortcut() -> None:
    assert site_page_kind("participants.md") == site_page_kind("participants/a.md") == RAW
    assert site_page_kind("index.md") == RAW
    assert site_page_kind("timeline.md") == site_page_kind("timeline/1976.md") == MIXED
    assert site_page_kind("about.md") is None
    assert site_page_kind("discussions/x.md") is None


def _row_text(discussions: list[Discussion], family: str) -> int:
    """Characters of a family's rows in ``discussions`` (what the split decision counts)."""
    all_rows = [summary_rows(summarize(d)) for d in discussions]
    if family == "participants.md":
        return sum(len(row.line) for rows in all_rows for row in rows.people)
    return sum(len(row.line) for rows in all_rows for row in rows.timeline)


@pytest.mark.parametrize("family", ["participants.md", "timeline.md"])
@pytest.mark.parametrize("offset", [-1, 0, 1])
def test_a_family_splits_only_past_the_threshold(seeds: Path, family: str, offset: int) -> None:
    discussions = load(seed_paths(seeds))
    text = _row_text(discussions, family)
    rows = SiteRows(split=text + offset)
    try:
        for discussion in discussions:
            rows.add(summary_rows(summarize(discussion)))
        splits = offset < 0
        assert rows.splits(family) is splits
        assert not rows.splits("index.md")
        folder = family.removesuffix(".md") + "/"
        subs = [page for page in rows.pages() if page.startswith(folder)]
        assert bool(subs) is splits
        assert sorted(render_pages([summarize(d) for d in discussions], text + offset)) == sorted(
            rows.pages()
        )
    finally:
        rows.close()


def test_unsplit_pages_are_the_pages_of_before(seeds: Path) -> None:
    summaries = [summarize(d) for d in load(seed_paths(seeds))]
    pages = render_pages(summaries)
    assert sorted(pages) == sorted(PAGES)
    assert pages["participants.md"].count('<section class="participant">') == len(
        re.findall(r'<h2 id="p-', pages["participants.md"])
    )


def _split_pages(seeds: Path) -> dict[str, str]:
    return {
        path: text
        for path, text in render_site(load(seed_paths(seeds)), split=TINY).items()
        if not path.startswith("discussions/")
    }


def test_split_participants_keep_every_section_once(seeds: Path) -> None:
    whole = render_pages([summarize(d) for d in load(seed_paths(seeds))])["participants.md"]
    pages = _split_pages(seeds)
    subs = {path: text for path, text in pages.items() if path.startswith("participants/")}
    assert set(subs) >= {
        "participants/e.md",
        "participants/и.md",
        "participants/山.md",
        "participants/other.md",
    }
    assert "participants/ø.md" in subs and "participants/s.md" in subs
    # The same sections, anchors and all, each on the sub-page of its initial, links one folder down.
    sections = re.findall(r'<section class="participant">\n.*?</section>', whole, re.S)
    split_sections = [
        section.replace('href="../discussions/', 'href="discussions/')
        for _path, text in sorted(subs.items())
        for section in re.findall(r'<section class="participant">\n.*?</section>', text, re.S)
    ]
    assert sorted(split_sections) == sorted(sections)
    anchors = [a for text in subs.values() for a in re.findall(r'<h2 id="([^"]+)"', text)]
    assert len(anchors) == len(set(anchors)) == len(sections)
    # "Émile Zola" and "émile zola" are one person, under e with Eve (within an initial, names
    # sort as they always did: by their case-folded text).
    e_page = subs["participants/e.md"]
    assert re.findall(r'<h2 id="[^"]+">([^<]+)</h2>', e_page) == ["Eve", "Émile Zola"]
    assert "title: 'Participants: E'" in e_page
    # The overview: the same head and counts, each name linking to its section.
    overview = pages["participants.md"]
    assert (
        overview.split('<div class="participant-index"')[0] == whole.split('<div class="participant-list"')[0]
    )
    links = re.findall(r'<li><a href="participants/([^"#]+)\.html#([^"]+)">', overview)
    assert len(links) == len(sections)
    for file, anchor in links:
        assert f'<h2 id="{anchor}">' in subs[f"participants/{file}.md"]


def test_split_timeline_keeps_every_entry_on_its_year(seeds: Path) -> None:
    whole = render_pages([summarize(d) for d in load(seed_paths(seeds))])["timeline.md"]
    pages = _split_pages(seeds)
    subs = {path: text for path, text in pages.items() if path.startswith("timeline/")}
    assert {"timeline/1976.md", "timeline/2008.md"} <= set(subs)
    # Each year's entries, in the single page's order, on that year's sub-page.
    years = year_sections(whole)
    assert len(years) >= 5
    for year, section in years.items():
        page = subs[f"timeline/{year}.md"]
        assert f"title: 'Timeline: {year}'" in page and "  exclude: true" in page
        assert events(page) == events(section)
        assert 'href="discussions/' not in page
        assert_runs_named(page)
    assert_runs_named(whole)
    # The overview: the same head, then per decade a link to each year with its count.
    overview = pages["timeline.md"]
    assert overview.split("## ")[0] == whole.split("## ")[0]
    decades = re.findall(r"^## (\d+s) \{ #decade-\d+s \}$", whole, re.M)
    assert re.findall(r"^## (\d+s) \{ #decade-\d+s \}$", overview, re.M) == decades
    links = dict(
        re.findall(r'<li><a href="timeline/([^"]+)\.html">[^<]*</a> · (\d+) dated events?</li>', overview)
    )
    assert {f"timeline/{name}.md" for name in links} == set(subs)
    for name, count in links.items():
        assert subs[f"timeline/{name}.md"].count('<li class="timeline-event') == int(count)
    assert sum(int(count) for count in links.values()) == whole.count('<li class="timeline-event')


def test_streaming_build_equals_the_reference_when_split(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Rows spill to disk past a tiny budget: the split pages are read off merged run files.
    monkeypatch.setattr(SiteRows.__init__, "__defaults__", (None, 500, split.SPLIT_BYTES))
    streamed, reference = tmp_path / "streamed", tmp_path / "reference"
    build(seeds, streamed, split=TINY, cache_file=None)
    write_pages(reference, render_site(load(seed_paths(seeds)), split=TINY))
    assert snapshot_bytes(streamed) == snapshot_bytes(reference)
    assert (streamed / "participants" / "и.md").is_file()


def snapshot_bytes(folder: Path) -> dict[str, bytes]:
    return {path: content for path, (content, _mtime) in snapshot(folder).items()}


def test_a_family_that_stops_splitting_leaves_no_sub_page(seeds: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    build(seeds, docs, split=TINY)
    assert (docs / "participants" / "e.md").is_file()
    before = snapshot_bytes(docs)
    report = build(seeds, docs)  # the default threshold: this archive is small
    assert not (docs / "participants").exists() and not (docs / "timeline").exists()
    assert set(report.removed) == {path for path in before if path.startswith(("participants/", "timeline/"))}
    assert snapshot_bytes(docs) == {
        path: text.encode() for path, text in render_site(load(seed_paths(seeds))).items()
    }
    assert manifest.unchanged(seeds, docs) is not None
    assert manifest.unchanged(seeds, docs, TINY) is None


def test_an_initial_that_disappears_loses_its_sub_page(seeds: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    build(seeds, docs, split=TINY)
    assert (docs / "participants" / "山.md").is_file()
    (docs / "participants" / "notes.txt").write_text("not generated")
    (seeds / "100_emile.txt").unlink()
    report = build(seeds, docs, split=TINY)
    assert "participants/山.md" in report.removed
    assert not (docs / "participants" / "山.md").exists()
    assert (docs / "participants" / "notes.txt").is_file()  # only the generated pages go
    # 山田 and the year 1978 were that seed's alone (1977 keeps seed 000's "late 1970s").
    removed = {p for p in report.removed if not p.startswith("discussions/")}
    assert removed == {"participants/山.md", "timeline/1978.md"}
    expected = {
        path: text.encode() for path, text in render_site(load(seed_paths(seeds)), split=TINY).items()
    }
    got = snapshot_bytes(docs)
    del got["participants/notes.txt"]
    assert got == expected


def test_split_no_op_writes_nothing_and_one_change_rewrites_only_what_changed(
    seeds: Path, tmp_path: Path
) -> None:
    docs = tmp_path / "docs"
    build(seeds, docs, split=TINY)
    assert manifest.unchanged(seeds, docs, TINY) is not None
    age(docs)
    before = snapshot(docs)
    again = build(seeds, docs, split=TINY)  # the full build path, not the manifest's no-op
    assert again.written == () and again.removed == ()
    assert snapshot(docs) == before
    # Bob now signs as Robert: his discussion, the b and r sub-pages and the overview change.
    path = seeds / "102_bob.txt"
    path.write_text(
        path.read_text(encoding="utf-8").replace("1. Bob says:", "1. Robert says:"), encoding="utf-8"
    )
    report = build(seeds, docs, split=TINY)
    after = snapshot(docs)
    changed = {page for page in after if page not in before or after[page][0] != before[page][0]}
    assert set(report.written) == changed
    assert {"participants.md", "participants/r.md", "discussions/discussion-number-102.md"} <= changed
    assert not any(page.startswith("participants/") and page not in changed for page in report.written)
    assert "participants/a.md" not in changed  # untouched sub-pages stay as they were
    assert after["participants/a.md"][1] == before["participants/a.md"][1]
    assert snapshot_bytes(docs) == {
        page: text.encode() for page, text in render_site(load(seed_paths(seeds)), split=TINY).items()
    }


def test_site_pages_stand_with_their_sub_pages(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.build import run

    docs = tmp_path / "docs"
    build(seeds, docs, split=TINY)
    (seeds / "101_eve.txt").touch()  # not the manifest's no-op: the seed is read again, same rows
    with monkeypatch.context() as patch:
        patch.setattr(run, "write_family", None)  # would fail if called
        build(seeds, docs, split=TINY)
    # A sub-page edited by hand: the pages no longer stand, and it is rewritten.
    page = docs / "participants" / "e.md"
    page.write_text("edited", encoding="utf-8")
    report = build(seeds, docs, split=TINY)
    assert report.written == ("participants/e.md",)


@pytest.fixture(scope="module")
def split_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site MkDocs builds (strict) of one real seed and :data:`EXTRA`, split."""
    chosen: dict[str, bytes | str] = {"000.txt": (SEEDS / "000_82b469e70e26f95b.txt").read_bytes(), **EXTRA}
    project = make_project(tmp_path_factory.mktemp("split") / "project", chosen)
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8") + f"\nextra:\n  archive:\n    split_bytes: {TINY}\n",
        encoding="utf-8",
    )
    built = run_mkdocs(project, project / "site")
    assert built.result.returncode == 0, built.result.stderr
    assert "WARNING" not in built.result.stderr, built.result.stderr
    return built.site


def test_mkdocs_builds_a_split_site(split_site: Path) -> None:
    site = split_site
    overview = (site / "participants.html").read_text(encoding="utf-8")
    links = re.findall(r'href="(participants/[^"#]+\.html)#([^"]+)"', overview)
    assert len(links) >= 10
    for target, anchor in links:
        page = site / target
        assert page.is_file(), target
        assert f'id="{anchor}"' in page.read_text(encoding="utf-8"), (target, anchor)
    assert (site / "participants" / "и.html").is_file() and (site / "participants" / "山.html").is_file()
    # The sub-pages link back down to the discussions.
    e_page = (site / "participants" / "e.html").read_text(encoding="utf-8")
    for href in re.findall(r'href="(\.\./discussions/[^"#]+)', e_page):
        assert (site / "participants" / href).resolve().is_file(), href
    timeline = (site / "timeline.html").read_text(encoding="utf-8")
    years = re.findall(r'href="(timeline/[^"#]+\.html)"', timeline)
    assert "timeline/1976.html" in years
    for target in years:
        assert (site / target).is_file(), target
    # Like the whole timeline, its sub-pages stay out of the search index.
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [doc for doc in index["docs"] if doc["location"].startswith("timeline")]
    assert [doc for doc in index["docs"] if doc["location"].startswith("participants/e.html")]
    # Out of the nav: no page's navigation lists a sub-page.
    nav = re.search(
        r'<nav class="md-nav md-nav--primary".*?</nav>',
        (site / "index.html").read_text(encoding="utf-8"),
        re.S,
    )
    assert nav is not None and "participants/" not in nav[0] and "timeline/" not in nav[0]


def _old_shape(line: str) -> str:
    """A cache line whose rows key people as before the split: ``[name key, kind]``, sealed
    again (its checksum made afresh, so that only the check of the rows' shape can refuse it)."""
    head, notes, rows, _checksum = line.split("\t")
    data = json.loads(rows)
    data[2] = [[row[0][1], *row[1:]] for row in data[2]]
    return sealed(f"{head}\t{notes}\t{json.dumps(data, ensure_ascii=False)}".encode()).decode()


@pytest.mark.parametrize("name", ["Al", "Alice"])
def test_rows_of_the_old_shape_are_refused(name: str) -> None:
    # "Al" would unpack into two letters: the shape is checked, not trusted.
    with pytest.raises(DamagedEntry):
        decoded_rows(
            json.dumps([[False, 0, "x"], "", [], [[name.casefold(), 1], [name, 1, "<li></li>"]], 1, 0])
        )


def test_a_cache_of_the_old_row_shape_does_not_make_wrong_pages(seeds: Path, tmp_path: Path) -> None:
    # The cache is dropped on any change of the generator's code (its version is a digest of the
    # sources); were an entry of the old shape read anyway, it would be refused as damaged and
    # the build would start again without the cache.
    docs = tmp_path / "docs"
    build(seeds, docs, split=TINY)
    cache_file = tmp_path / CACHE_FILE
    header, *lines = cache_file.read_text(encoding="utf-8").splitlines(keepends=True)
    cache_file.write_text(header + "".join(_old_shape(line) for line in lines), encoding="utf-8")
    path = seeds / "102_bob.txt"
    path.write_text(
        path.read_text(encoding="utf-8").replace("1. Bob says:", "1. Alan says:"), encoding="utf-8"
    )
    build(seeds, docs, split=TINY)
    expected = render_site(load(seed_paths(seeds)), split=TINY)
    assert snapshot_bytes(docs) == {page: text.encode() for page, text in expected.items()}


@pytest.mark.parametrize(
    ("extra", "split"),
    [
        ({}, split.SPLIT_BYTES),
        ({"archive": {}}, split.SPLIT_BYTES),
        ({"archive": {"split_bytes": 5}}, 5),
    ],
)
def test_the_hook_reads_the_threshold(extra: dict[str, object], split: int) -> None:
    from generator.publish import hook

    assert hook._split(SimpleNamespace(extra=extra)) == split


@pytest.mark.parametrize("value", ["1MB", -1, 1.5, True, None])
def test_the_hook_refuses_a_threshold_that_is_not_a_number_of_bytes(value: object) -> None:
    from mkdocs.exceptions import PluginError

    from generator.publish import hook

    with pytest.raises(PluginError, match="split_bytes"):
        hook._split(SimpleNamespace(extra={"archive": {"split_bytes": value}}))


# -- navigation between the sub-pages: previous / next links, month headings ----------------------

_NAV = re.compile(
    r'<div class="subpage-nav" markdown="0" data-search-exclude>\n<nav [^\n]*</nav>\n</div>\n\n?'
)
_MONTH_HEADING = re.compile(r"^## [^\n]* \{ #m-\d{4}-(?:\d\d|unknown|on) \}\n\n", re.M)
_SECTION_JOIN = '</ol>\n</div>\n\n<div class="timeline-section" markdown="0">\n<ol class="timeline">\n'
_LINK = re.compile(r'<a class="subpage-(prev|up|next)"(?: rel="(prev|next)")? href="([^"]+)">([^<]*)</a>')


_YEAR_SECTION = re.compile(r"^### (\d+) \{ #year-\d+ \}\n\n(.*?)(?=^##|\Z)", re.M | re.S)
_EVENT = re.compile(r'^<li class="timeline-event[^\n]*$', re.M)
_RUN = re.compile(
    r'<p class="timeline-from"><a class="timeline-discussion" href="([^"]+)">[^<]*</a></p>\n'
    r'<ol class="timeline">\n(.*?)\n</ol>',
    re.S,
)


def year_sections(whole: str) -> dict[str, str]:
    """The single timeline page's year sections (their lists), by year."""
    return dict(_YEAR_SECTION.findall(whole))


def events(text: str) -> list[str]:
    """The entries of a timeline page (or a part of one), in page order, linking from the root."""
    return [line.replace('href="../discussions/', 'href="discussions/') for line in _EVENT.findall(text)]


def assert_runs_named(text: str) -> None:
    """Each list of entries sits under the name of the discussion all its entries come from,
    and two lists in a row of one section (a year's, a month's) are of different discussions."""
    assert text.count('<ol class="timeline">') == text.count('<p class="timeline-from">') > 0
    for section in text.split('<div class="timeline-section" markdown="0">\n')[1:]:
        section = section.split("\n</div>", 1)[0]
        runs = _RUN.findall(section)
        assert len(runs) == section.count('<ol class="timeline">')
        for page, body in runs:
            assert all(f'href="{page}#' in line for line in _EVENT.findall(body))
        assert all(first[0] != second[0] for first, second in itertools.pairwise(runs))


def without_navigation(page: str) -> str:
    """A sub-page as it was before it had links to its neighbours and month headings: the links'
    blocks, the headings and the list's cuts under them taken out."""
    text = _NAV.sub("", page)
    text = text[:-1] if text.endswith("\n\n") else text  # the bottom links' block ended the page
    return _MONTH_HEADING.sub("", text).replace(_SECTION_JOIN, "")


def nav_links(page: str) -> list[tuple[str, str, str]]:
    """The (kind, href, label) of each link of a page's links' blocks, top then bottom."""
    found = []
    for block in _NAV.findall(page):
        for kind, rel, href, label in _LINK.findall(block):
            assert rel == ("" if kind == "up" else kind)  # rel="prev" / rel="next"
            found.append((kind, href, label))
    return found


@pytest.mark.parametrize(
    ("count", "index", "before", "after"),
    [
        (1, 0, None, None),  # a single sub-page: only the overview
        (3, 0, None, "b"),  # the first
        (3, 1, "a", "c"),  # a middle one
        (3, 2, "b", None),  # the last
    ],
)
def test_nav_block_links_the_neighbours(
    count: int, index: int, before: str | None, after: str | None
) -> None:
    pages = [SubPage(name, name.upper()) for name in "abc"[:count]]
    found = nav_links("\n".join(nav_block("participants", "Participants", *neighbours(pages, index))))
    expected = [("up", "../participants.html", "Participants")]
    if before is not None:
        expected.insert(0, ("prev", f"{before}.html", f"← {before.upper()}"))
    if after is not None:
        expected.append(("next", f"{after}.html", f"{after.upper()} →"))
    assert found == expected


def test_nav_block_escapes_its_labels() -> None:
    block = "\n".join(nav_block("x", "X & Y", SubPage("a&b", "<A>"), SubPage('"', "&")))
    assert 'href="a&amp;b.html">← &lt;A&gt;</a>' in block
    assert 'href="&quot;.html">&amp; →</a>' in block
    assert 'aria-label="X &amp; Y pages">' in block and "<A>" not in block


def _family(pages: dict[str, str], folder: str) -> list[str]:
    """The sub-pages of a family in the order the family makes them (the order of its rows)."""
    return [path for path in pages if path.startswith(folder + "/")]


@pytest.mark.parametrize("folder", ["participants", "timeline"])
def test_each_sub_page_links_its_neighbours_top_and_bottom(seeds: Path, folder: str) -> None:
    pages = render_site(load(seed_paths(seeds)), split=TINY)
    family = _family(pages, folder)
    assert len(family) >= 10
    if folder == "participants":  # "Other" first, then the initials, other scripts last
        assert family[0] == "participants/other.md" and family[-1] == "participants/山.md"
        assert family[1:3] == ["participants/a.md", "participants/b.md"]
    else:  # a decade's own dates before its years
        assert family.index("timeline/1980s.md") == family.index("timeline/1980.md") - 1
    assert family == sorted(family, key=lambda path: _order(folder, path))
    for index, path in enumerate(family):
        links = nav_links(pages[path])
        half = len(links) // 2
        assert links[:half] == links[half:]  # the same at the top and the bottom
        expected = [("up", f"../{folder}.html", folder.capitalize())]
        if index > 0:
            name = family[index - 1].split("/")[1].removesuffix(".md")
            expected.insert(0, ("prev", f"{name}.html", f"← {_label(folder, name)}"))
        if index + 1 < len(family):
            name = family[index + 1].split("/")[1].removesuffix(".md")
            expected.append(("next", f"{name}.html", f"{_label(folder, name)} →"))
        assert links[:half] == expected, path
        # The top links come right after the page's head, the bottom ones end the page.
        assert pages[path].split("\n\n", 3)[2].startswith('<div class="subpage-nav"')
        assert pages[path].endswith("</nav>\n</div>\n")


def _order(folder: str, path: str) -> tuple[str, str]:
    """Where a sub-page stands in its family, worked out from its file name alone."""
    name = path.split("/")[1].removesuffix(".md")
    if folder == "participants":
        return ("" if name == "other" else name), ""
    return (name if name.endswith("s") else name[:3] + "0s"), ("" if name.endswith("s") else name)


def _label(folder: str, name: str) -> str:
    if folder == "participants":
        return "Other" if name == "other" else name.upper()
    return f"The {name}" if name.endswith("s") else name


def test_a_family_of_one_sub_page_links_only_its_overview(tmp_path: Path) -> None:
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "001.txt").write_text(
        "Only A\n\nPosted on Aug 27, 2008 in Stuff\n\nBy Anna\n\nAn article.\n\n"
        "  1. Alice says:\n\n    A comment.\n",
        encoding="utf-8",
    )
    pages = render_site(load(seed_paths(folder)), split=TINY)
    assert _family(pages, "participants") == ["participants/a.md"]
    assert _family(pages, "timeline") == ["timeline/2008.md"]
    assert nav_links(pages["participants/a.md"]) == [("up", "../participants.html", "Participants")] * 2
    assert nav_links(pages["timeline/2008.md"]) == [("up", "../timeline.html", "Timeline")] * 2
    assert "\n## August 2008 { #m-2008-08 }\n\n" in pages["timeline/2008.md"]


@pytest.mark.parametrize(
    ("key", "month"),
    [("1976", ""), ("1976-09", "09"), ("1976-09-26", "09"), ("1976-12-31", "12"), ("1979/1980", "/")],
)
def test_month_of_an_entry(key: str, month: str) -> None:
    assert month_of(key) == month


def _synthetic(tmp_path: Path) -> Path:
    folder = tmp_path / "synthetic"
    write_corpus(folder, 30)
    return folder


@pytest.mark.parametrize("corpus", ["real", "synthetic"])
def test_month_headings_only_where_the_month_changes(seeds: Path, tmp_path: Path, corpus: str) -> None:
    folder = seeds if corpus == "real" else _synthetic(tmp_path)
    discussions = load(seed_paths(folder))
    whole = render_pages([summarize(d) for d in discussions])["timeline.md"]
    pages = render_site(discussions, split=TINY)
    years = year_sections(whole)
    assert {path for path in _family(pages, "timeline") if not path.endswith("s.md")} == {
        f"timeline/{year}.md" for year in years
    }
    headings = 0
    for year, section in years.items():
        page = pages[f"timeline/{year}.md"]
        # The year's entries of the single page, in its order, each run of a discussion's
        # entries under its name (a run that crosses a month is named again under the month).
        assert events(page) == events(section)
        assert_runs_named(page)
        assert page.startswith(page.split('<div class="subpage-nav"', 1)[0])
        # A heading before each run of entries of one month, and only there.
        sections = re.findall(
            r"^## ([^\n]*) \{ #m-(\d{4})-([^ ]+) \}\n\n<div [^\n]*>\n(.*?)\n</div>",
            page,
            re.M | re.S,
        )
        cuts = page.count('<div class="timeline-section"')
        assert sections and len(sections) == cuts == page.count("\n## ")
        months = []
        for title, heading_year, anchor, body in sections:
            assert heading_year == year
            dates = re.findall(r'<li class="timeline-event[^"]*" data-date="([^"]+)"', body)
            # An early, mid or late decade ("late 1970s") sorts as the years it names: a range.
            (month,) = {"/" if date.endswith("s") else month_of(date) for date in dates}
            assert title == (
                f"{year}, month unknown"
                if month == ""
                else f"From {year} to a later year"
                if month == "/"
                else f"{MONTH_NAMES[int(month) - 1]} {year}"
            )
            assert anchor == {"": "unknown", "/": "on"}.get(month, month)
            months.append(month)
        assert months == sorted(set(months), key=lambda month: (month == "/", month))
        headings += len(months)
    assert headings > len(years)  # some year has entries of more than one month
    if corpus == "real":
        assert "\n## September 1976 { #m-1976-09 }\n\n" in pages["timeline/1976.md"]
        assert pages["timeline/1976.md"].split("\n## ", 1)[1].startswith("1976, month unknown")
        assert "\n## From 1979 to a later year { #m-1979-on }\n\n" in pages["timeline/1979.md"]
    # A decade's own dates have no month: one list, no heading.
    for path in _family(pages, "timeline"):
        if path.endswith("s.md"):
            assert "\n## " not in pages[path] and pages[path].count('<ol class="timeline">') == 1


def test_mkdocs_sub_page_links_and_month_anchors_resolve(split_site: Path) -> None:
    for folder in ("participants", "timeline"):
        files = sorted((split_site / folder).glob("*.html"))
        assert len(files) >= 5
        following: dict[Path, Path] = {}
        preceding: dict[Path, Path] = {}
        for file in files:
            page = file.read_text(encoding="utf-8")
            links = re.findall(r'<a class="subpage-(prev|up|next)"(?: rel="\w+")? href="([^"]+)"', page)
            assert links and links[: len(links) // 2] == links[len(links) // 2 :]  # top and bottom
            for kind, href in links:
                target = (file.parent / href).resolve()
                assert target.is_file(), (file, href)
                if kind == "next":
                    following[file] = target
                elif kind == "prev":
                    preceding[file] = target
            assert (split_site / f"{folder}.html").resolve() in [
                (file.parent / href).resolve() for kind, href in links if kind == "up"
            ]
        # One chain through every sub-page, each "next" page linking back with "previous".
        assert {preceding[target] for target in following.values()} == set(following)
        first = [file for file in files if file not in preceding]
        assert len(first) == 1
        chain = [first[0]]
        while chain[-1] in following:
            chain.append(following[chain[-1]])
        assert sorted(chain) == files
    # Every month heading is in the year page's table of contents, every entry of it resolves.
    anchors = 0
    for file in sorted((split_site / "timeline").glob("*.html")):
        page = file.read_text(encoding="utf-8")
        ids = re.findall(r'<h2 id="(m-[^"]+)"', page)
        toc = re.search(r'<nav class="md-nav md-nav--secondary".*?</nav>', page, re.S)
        assert toc is not None, file
        assert re.findall(r'href="#(m-[^"]+)"', toc[0]) == ids
        assert len(ids) == len(set(ids))
        anchors += len(ids)
    assert anchors > len(list((split_site / "timeline").glob("*.html")))


def test_a_hand_written_page_beside_the_sub_pages_is_kept(seeds: Path, tmp_path: Path) -> None:
    # A page of the docs folder that no split could make ("about.md" is neither an initial nor
    # a period) is the user's: no build deletes it, split or not, and it is read as Markdown.
    docs = tmp_path / "docs"
    for folder in ("participants", "timeline"):
        (docs / folder).mkdir(parents=True)
        (docs / folder / "about.md").write_text("# Mine\n", encoding="utf-8")
    for threshold in (split.SPLIT_BYTES, TINY):
        report = build(seeds, docs, split=threshold)
        assert not any(path.endswith("/about.md") for path in report.removed)
        assert (docs / "participants" / "about.md").read_text(encoding="utf-8") == "# Mine\n"
        assert (docs / "timeline" / "about.md").read_text(encoding="utf-8") == "# Mine\n"
    assert site_page_kind("participants/about.md") is None
    assert site_page_kind("timeline/notes.md") is None
    assert paths.family_of("timeline/1980s.md") == "timeline.md"
    assert paths.family_of("participants/other.md") == "participants.md"


@pytest.mark.parametrize("split", [split.SPLIT_BYTES, TINY])
def test_spellings_of_one_person_stay_one_person_under_one_initial(split: int) -> None:
    # "\u0345" (a combining mark alone) casefolds to "ι": the two names are one person by
    # summary.key, as they were before the initial joined the key; they must not part.
    from generator.pages.participants import person_key
    from generator.pages.rows import COMMENTS, IndexKey, IndexRow, PersonRow, SummaryRows

    names = ["\u0345x", "Ιx"]
    assert person_key(names[0]) == person_key(names[1])
    rows = SiteRows(split=split)
    try:
        for number, name in enumerate(names):
            person = (PersonRow(person_key(name), COMMENTS, name, 1, f"<li>{number}</li>"),)
            rows.add(SummaryRows(IndexRow(IndexKey(True, number, f"s{number}"), "card"), (), person, 1, 0))
        pages = {path: "\n".join(lines) for family in PAGES for path, lines in rows.family(family)}
    finally:
        rows.close()
    assert "1 named person " in pages["participants.md"]
    assert sum(page.count('<section class="participant">') for page in pages.values()) == 1


@pytest.mark.parametrize("value", ["-1", "many"])
def test_the_command_line_refuses_a_threshold_that_is_not_a_number_of_bytes(
    value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # As the hook does (above): a negative threshold would split even an empty family.
    from generator.__main__ import main

    args = ["build", "--seeds", str(tmp_path / "seeds"), "--docs", str(tmp_path / "docs")]
    with pytest.raises(SystemExit) as stopped:
        main([*args, "--split-bytes", value])
    assert stopped.value.code == 2
    assert "--split-bytes" in capsys.readouterr().err
    assert not (tmp_path / "docs").exists()


def test_the_hook_takes_each_page_s_shortcut_by_its_path() -> None:
    # What the hook does with a page's Markdown: raw pages (and their sub-pages) are held aside
    # whole, the timeline's pages have their raw blocks stashed, any other page is left to
    # Markdown (a hand-written page beside the sub-pages too).
    from generator.publish import hook

    config = SimpleNamespace(extra={})
    raw = '<div class="participant-list" markdown="0">\n<p>x</p>\n</div>\n'
    mixed = '## 1976 { #year-1976 }\n\n<div class="timeline-section" markdown="0">\n<ol></ol>\n</div>\n'
    try:
        for path in ("participants.md", "participants/a.md", "participants/other.md", "index.md"):
            page = SimpleNamespace(file=SimpleNamespace(src_uri=path))
            assert hook.on_page_markdown(raw, page, config, None) == "", path
        for path in ("timeline.md", "timeline/1976.md", "timeline/1980s.md"):
            page = SimpleNamespace(file=SimpleNamespace(src_uri=path))
            stashed = hook.on_page_markdown(mixed, page, config, None)
            assert stashed.startswith("## 1976 { #year-1976 }") and "timeline-section" not in stashed, path
        for path in ("about.md", "participants/about.md", "timeline/notes.md"):
            page = SimpleNamespace(file=SimpleNamespace(src_uri=path))
            assert hook.on_page_markdown(raw, page, config, None) == raw, path
    finally:
        hook._bodies.clear()
        hook._stashed.clear()


def test_each_initial_has_a_label_of_its_own() -> None:
    # A letter whose capital is another's keeps its own form, lest two sub-pages be titled alike
    # ("ı", dotless, whose capital is i's, is no initial since names fold as file names do, but
    # the label stays safe for any such letter).
    letters = ["", "a", "i", "ı", "и", "ω", "ø", "山", "ʼ"]
    labels = [split.initial_label(letter) for letter in letters]
    assert len(set(labels)) == len(labels)
    assert labels[:3] == ["Other", "A", "I"]
    assert split.initial_label("ı") == "ı"
