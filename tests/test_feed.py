"""The archive's Atom feed: valid per RFC 4287 (read by feedparser as a feed reader reads it, and
its required elements checked in the XML), the same bytes in every build, newest first, and in
the real MkDocs site at ``feed.xml``, announced in every page's head, with and without
``site_url``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path, PurePosixPath

import feedparser
import pytest

from generator import parse
from generator.analysis.summary import summarize
from generator.model import walk
from generator.pages.feed import (
    ATOM,
    FEED_ENTRIES,
    NO_DATE,
    atom_time,
    comment_feed_lines,
    feed_lines,
    feed_row,
)
from generator.pages.paths import FEED_PAGE
from tests.reference import read_seed
from tests.sitebuild import SEEDS, make_project, repo_seeds, run_generator, run_mkdocs, write_seeds

A = f"{{{ATOM}}}"
RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)")
SEED_000 = "000_82b469e70e26f95b.txt"


def check_rfc_4287(text: str) -> ET.Element:
    """The elements RFC 4287 requires (4.1.1, 4.1.2): a feed has one id, title and updated, an
    author unless every entry has one, a self link; every entry has one id, title and updated, a
    date-time per RFC 3339, and an alternate link (it has no content)."""
    feed = ET.fromstring(text.encode("utf-8"))
    assert feed.tag == f"{A}feed"
    for tag in ("id", "title", "updated"):
        assert len(feed.findall(f"{A}{tag}")) == 1, tag
    assert RFC3339.fullmatch(feed.findtext(f"{A}updated") or "")
    assert [link.get("rel") for link in feed.findall(f"{A}link")].count("self") == 1
    entries = feed.findall(f"{A}entry")
    if any(entry.find(f"{A}author") is None for entry in entries):
        assert feed.findtext(f"{A}author/{A}name")
    for entry in entries:
        for tag in ("id", "title", "updated"):
            assert len(entry.findall(f"{A}{tag}")) == 1, tag
        for tag in ("updated", "published"):
            assert RFC3339.fullmatch(entry.findtext(f"{A}{tag}") or ""), tag
        alternate = [link for link in entry.findall(f"{A}link") if link.get("rel") == "alternate"]
        assert len(alternate) == 1 and alternate[0].get("type") == "text/html"
    ids = [entry.findtext(f"{A}id") for entry in entries]
    assert len(set(ids)) == len(ids)
    return feed


def read_feed(text: str, url: str = "") -> feedparser.FeedParserDict:
    """The feed as feedparser reads it (``url``: where it was fetched from); never a bozo."""
    parsed = feedparser.parse(
        text.encode("utf-8"), response_headers={"content-location": url} if url else None
    )
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return parsed


def test_the_build_writes_a_valid_feed_newest_first_the_same_every_time(tmp_path: Path) -> None:
    write_seeds(tmp_path, repo_seeds())
    assert run_generator(tmp_path, "build").returncode == 0
    text = (tmp_path / "docs" / FEED_PAGE).read_text("utf-8")
    feed = check_rfc_4287(text)
    parsed = read_feed(text)
    titles = [entry.title for entry in parsed.entries]
    assert titles == [
        "Russian Pilot Escaped to USA on Super Secret Air Force MiG-25 Jet",  # 2017
        "Author POV – Viktor Belenko, Hero or Traitor?",  # 2008
    ]
    assert [entry.link for entry in parsed.entries] == [
        "discussions/russian-pilot-escaped-to-usa-on-super-secret-air-force-mig-25-jet.html",
        "discussions/author-pov-viktor-belenko-hero-or-traitor.html",
    ]
    assert parsed.entries[0].published == "2017-08-10T00:00:00Z"
    # The feed's date is the newest in the content, never the build's.
    assert feed.findtext(f"{A}updated") == "2017-08-10T00:00:00Z"
    assert all(entry.id.startswith("urn:uuid:") for entry in parsed.entries)
    # Built again from nothing, later: the same bytes, ids included.
    (tmp_path / "docs" / FEED_PAGE).unlink()
    (tmp_path / ".generator-cache.json").unlink()
    assert run_generator(tmp_path, "build").returncode == 0
    assert (tmp_path / "docs" / FEED_PAGE).read_text("utf-8") == text


def test_an_entry_is_dated_by_its_content() -> None:
    summary = summarize(parse(read_seed(SEEDS / SEED_000), "seeds/x.txt"))
    row = feed_row(summary)
    assert row is not None and (row.published, row.updated) == (
        "2008-08-27T00:00:00Z",
        "2008-08-27T00:00:00Z",
    )
    # Comments with dates: updated at the last one, published when the article was.
    commented = dataclasses.replace(
        summary, first_comment="2008-08-28T09:15", last_comment="2011-02-01T23:05+02:00"
    )
    row = feed_row(commented)
    assert row is not None
    assert (row.published, row.updated) == ("2008-08-27T00:00:00Z", "2011-02-01T23:05:00+02:00")
    # No "Posted on" date: published at the first comment.
    undated = dataclasses.replace(commented, posted=None)
    row = feed_row(undated)
    assert row is not None and row.published == "2008-08-28T09:15:00Z"
    # No date at all: no entry (RFC 4287 wants one on each).
    assert feed_row(dataclasses.replace(undated, first_comment=None, last_comment=None)) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.date(1976, 9, 6), "1976-09-06T00:00:00Z"),
        ("2019-10-20", "2019-10-20T00:00:00Z"),
        ("2019-10-20T13:31", "2019-10-20T13:31:00Z"),
        ("2019-10-20T13:31:00+02:00", "2019-10-20T13:31:00+02:00"),
    ],
)
def test_atom_times_are_rfc_3339(value: str | dt.date, expected: str) -> None:
    assert atom_time(value) == expected


def test_hostile_text_stays_text_and_the_feed_stays_valid() -> None:
    summary = summarize(parse(read_seed(SEEDS / SEED_000), "seeds/x.txt"))
    hostile = dataclasses.replace(
        summary,
        title="</title><script>alert(1)</script> & \x01\x1b[31m ]]> \ud800",
        author="<b>Eve</b> \x0c",
        excerpt="&amp; <entry><id>fake</id></entry>",
    )
    row = feed_row(hostile)
    assert row is not None
    text = "\n".join(feed_lines([row]))
    check_rfc_4287(text)
    (entry,) = read_feed(text).entries
    assert entry.title == "</title><script>alert(1)</script> & [31m ]]>"
    assert entry.author == "<b>Eve</b>"
    assert entry.summary.startswith("&amp; <entry><id>fake</id></entry> (75 comments")


def test_the_feed_lists_the_newest_entries_only_and_an_empty_one_is_valid() -> None:
    summary = summarize(parse(read_seed(SEEDS / SEED_000), "seeds/x.txt"))
    rows = []
    for day in range(FEED_ENTRIES + 10):
        dated = dataclasses.replace(
            summary, slug=f"d{day}", posted=dt.date(2000, 1, 1) + dt.timedelta(days=day)
        )
        row = feed_row(dated)
        assert row is not None
        rows.append(row)
    rows.sort(key=lambda row: row.key)
    parsed = read_feed("\n".join(feed_lines(rows)))
    assert len(parsed.entries) == FEED_ENTRIES
    assert parsed.entries[0].link == f"discussions/d{FEED_ENTRIES + 9}.html"
    empty = "\n".join(feed_lines([]))
    check_rfc_4287(empty)
    assert read_feed(empty).feed.updated == NO_DATE


def head_links(html: str) -> list[str]:
    head = html[: html.index("</head>")]
    found = re.findall(
        r'<link rel="(alternate(?: feed)?)" type="application/atom\+xml" title="[^"]*" href="([^"]*)">', head
    )
    # The archive's feed first, rel exactly "alternate"; a discussion's own as "alternate feed".
    assert [rel for rel, _ in found] == ["alternate", "alternate feed"][: len(found)]
    return [href for _, href in found]


def test_the_site_has_the_feed_linked_from_every_page(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", repo_seeds())
    built = run_mkdocs(project, tmp_path / "site")
    assert built.result.returncode == 0, built.result.stderr
    feed_path = built.site / FEED_PAGE
    text = feed_path.read_text("utf-8")
    feed = check_rfc_4287(text)
    parsed = read_feed(text)
    assert parsed.feed.title == "Belenko discussion archive"  # mkdocs.yml's site_name
    assert feed.get("{http://www.w3.org/XML/1998/namespace}base") is None
    # No site_url: relative links, which lead to the pages from the feed's folder (file:// too).
    for entry in parsed.entries:
        assert not entry.link.startswith(("http:", "https:", "/"))
        assert (built.site / entry.link).is_file()
    pages = sorted(built.site.rglob("*.html"))
    assert len(pages) >= 7
    for page in pages:
        (href,) = head_links(page.read_text("utf-8"))
        relative = page.relative_to(built.site)
        if relative.name == "404.html":  # served at any depth: MkDocs links it from the root
            assert href == "/feed.xml"
            continue
        target = PurePosixPath(relative.parent.as_posix(), href)
        assert (built.site / target).resolve() == feed_path.resolve(), relative


def test_with_a_site_url_the_feed_and_the_links_are_absolute(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", repo_seeds())
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text("utf-8").replace(
            "site_name:", "site_url: https://archive.example/belenko/\nsite_name:", 1
        ),
        encoding="utf-8",
    )
    built = run_mkdocs(project, tmp_path / "site")
    assert built.result.returncode == 0, built.result.stderr
    text = (built.site / FEED_PAGE).read_text("utf-8")
    check_rfc_4287(text)
    parsed = read_feed(text)
    assert parsed.entries[0].link == (
        "https://archive.example/belenko/discussions/"
        "russian-pilot-escaped-to-usa-on-super-secret-air-force-mig-25-jet.html"
    )
    # The pages link it relatively still: Material fetches sitemap.xml beside it, which must be
    # this site's (an absolute link to the published site would be another origin locally).
    for page in built.site.rglob("*.html"):
        (href,) = head_links(page.read_text("utf-8"))
        assert href.endswith("feed.xml") and not href.startswith("http")
    # The ids do not depend on where the site is published.
    plain = make_project(tmp_path / "plain", repo_seeds())
    assert run_mkdocs(plain, tmp_path / "plain-site").result.returncode == 0
    other = read_feed((tmp_path / "plain-site" / FEED_PAGE).read_text("utf-8"))
    assert [e.id for e in other.entries] == [e.id for e in parsed.entries]


def test_a_site_without_seeds_builds_with_an_empty_feed(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", {})
    built = run_mkdocs(project, tmp_path / "site")
    assert built.result.returncode == 0, built.result.stderr
    assert "holds no seeds (*.txt, *.html …): the archive is empty" in built.result.stderr
    parsed = read_feed((built.site / FEED_PAGE).read_text("utf-8"))
    assert parsed.entries == []


THREADS = Path(__file__).parent / "fixtures" / "threads"
THR = "{http://purl.org/syndication/thread/1.0}"
PAGES_WITH_DATES = ("genesis_en_dinghy.html", "blogger_en_cowl.html", "wp_classic_en_sourdough.html")
"""Saved pages whose comments carry dates, replies among them."""


def dated_comments(project: Path, seed: str) -> list[dict[str, object]]:
    """The comments of ``seed`` that have a date, as ``parse`` prints them (page order)."""
    result = run_generator(project, "parse", f"seeds/{seed}")
    assert result.returncode == 0, result.stderr
    out: list[dict[str, object]] = []

    def walk(comments: list[dict[str, object]], parent: dict[str, object] | None) -> None:
        for comment in comments:
            if comment["posted"] is not None and comment["kind"] != "deleted":
                out.append({**comment, "parent": parent["id"] if parent else None})
            walk(comment["replies"], comment)  # type: ignore[arg-type]

    walk(json.loads(result.stdout)["comments"], None)
    return out


@pytest.fixture
def commented(tmp_path: Path) -> Path:
    """A project of saved pages with dated comments, and the repository's seeds (no dates)."""
    seeds: dict[str, bytes | str] = {name: (THREADS / name).read_bytes() for name in PAGES_WITH_DATES}
    write_seeds(tmp_path, {**seeds, **repo_seeds()})
    result = run_generator(tmp_path, "build")
    assert result.returncode == 0, result.stderr
    return tmp_path


def slug_of(project: Path, seed: str) -> str:
    result = run_generator(project, "parse", f"seeds/{seed}")
    slug: str = json.loads(result.stdout)["slug"]
    return slug


@pytest.mark.parametrize("seed", PAGES_WITH_DATES)
def test_a_discussion_with_dated_comments_has_a_comment_feed(commented: Path, seed: str) -> None:
    slug = slug_of(commented, seed)
    text = (commented / "docs" / "discussions" / f"{slug}.xml").read_text("utf-8")
    feed = check_rfc_4287(text)
    parsed = read_feed(text)
    expected = dated_comments(commented, seed)
    assert len(parsed.entries) == len(expected) > 1
    # Newest first.
    times = [dt.datetime.fromisoformat(entry.published.replace("Z", "+00:00")) for entry in parsed.entries]
    assert times == sorted(times, reverse=True)
    page = (commented / "docs" / "discussions" / f"{slug}.md").read_text("utf-8")
    ids = {}
    for entry in feed.findall(f"{A}entry"):
        (link,) = entry.findall(f"{A}link")
        href = link.get("href") or ""
        assert href.startswith(f"{slug}.html#")
        anchor = href.split("#", 1)[1]
        assert f'id="{anchor}"' in page  # the link lands on the comment
        ids[anchor] = entry.findtext(f"{A}id")
    assert sorted(ids) == sorted(str(c["id"]) for c in expected)
    # Replies name the comment they answer (RFC 4685), by its entry id and its anchor.
    replies = 0
    for entry in feed.findall(f"{A}entry"):
        anchor = (entry.find(f"{A}link").get("href") or "").split("#", 1)[1]  # type: ignore[union-attr]
        parent = next(c["parent"] for c in expected if c["id"] == anchor)
        answers = entry.findall(f"{THR}in-reply-to")
        if parent is None:
            assert answers == []
            continue
        replies += 1
        (answer,) = answers
        assert answer.get("href") == f"{slug}.html#{parent}"
        assert answer.get("ref") == ids.get(str(parent), answer.get("ref"))
        assert (answer.get("ref") or "").startswith("urn:uuid:")
    assert replies > 0


def test_comment_feeds_only_where_comments_have_dates_the_same_bytes_every_build(commented: Path) -> None:
    docs = commented / "docs"
    feeds = sorted(path.name for path in (docs / "discussions").glob("*.xml"))
    assert feeds == sorted(f"{slug_of(commented, seed)}.xml" for seed in PAGES_WITH_DATES)
    before = {name: (docs / "discussions" / name).read_bytes() for name in feeds}
    shutil.rmtree(docs)
    (commented / ".generator-cache.json").unlink()
    assert run_generator(commented, "build").returncode == 0
    assert {name: (docs / "discussions" / name).read_bytes() for name in feeds} == before


def test_comment_feeds_are_kept_in_place_like_pages(commented: Path) -> None:
    docs = commented / "docs" / "discussions"
    slug = slug_of(commented, PAGES_WITH_DATES[0])
    feed = docs / f"{slug}.xml"
    right = feed.read_bytes()
    # Deleted or edited by hand: the next build (no no-op) puts it back.
    feed.unlink()
    result = run_generator(commented, "build")
    assert result.returncode == 0 and "; 1 page written, 0 removed in " in result.stdout, result.stdout
    assert feed.read_bytes() == right
    feed.write_bytes(b"<feed/>")
    assert run_generator(commented, "build").returncode == 0
    assert feed.read_bytes() == right
    # Its seed gone: its page and feed go too.
    (commented / "seeds" / PAGES_WITH_DATES[0]).unlink()
    result = run_generator(commented, "build")
    assert result.returncode == 0 and "removed in" in result.stdout
    assert not feed.exists() and not (docs / f"{slug}.md").exists()
    assert re.search(r"; \d+ pages written, 2 removed in ", result.stdout), result.stdout


def test_the_site_has_the_comment_feeds_linked_from_their_pages(tmp_path: Path) -> None:
    seeds: dict[str, bytes | str] = {name: (THREADS / name).read_bytes() for name in PAGES_WITH_DATES}
    project = make_project(tmp_path / "project", {**seeds, **repo_seeds()})
    built = run_mkdocs(project, tmp_path / "site")
    assert built.result.returncode == 0, built.result.stderr
    with_feed = 0
    for page in sorted((built.site / "discussions").glob("*.html")):
        links = head_links(page.read_text("utf-8"))
        assert links[0] == "../feed.xml"
        feed = page.with_suffix(".xml")
        if feed.exists():
            with_feed += 1
            assert links[1:] == [feed.name]
            read_feed(feed.read_text("utf-8"))
        else:
            assert links[1:] == []
    assert with_feed == len(PAGES_WITH_DATES)


def test_a_long_threads_comment_feed_lists_its_newest_comments() -> None:
    # The 162-comment page: its feed has the newest FEED_ENTRIES comments, newest first.
    fixture = Path(__file__).parent / "fixtures" / "threads" / "large_wp_classic_de_altbau.html"
    discussion = dataclasses.replace(parse(fixture.read_text("utf-8"), "altbau.html"), slug="altbau")
    dated = sorted(
        (dt.datetime.fromisoformat(c.posted) for c in walk(discussion.comments) if c.posted),
        reverse=True,
    )
    assert len(dated) > FEED_ENTRIES
    lines = comment_feed_lines(discussion)
    assert lines is not None
    parsed = read_feed("\n".join(lines))
    assert not parsed.bozo
    times = [
        dt.datetime.fromisoformat(e.published.replace("Z", "+00:00")).replace(tzinfo=None)
        for e in parsed.entries
    ]
    assert times == [when.replace(tzinfo=None) for when in dated[:FEED_ENTRIES]]
