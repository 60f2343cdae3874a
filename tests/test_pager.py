"""Previous / next discussion links (generator/pages/pager.py): read off the home page as the
build leaves it, so adding, removing, re-dating or renaming a seed moves the links with no
discussion page written again, and a no-op build still writes nothing."""

from __future__ import annotations

import time
from pathlib import Path

from generator.analysis.summary import Summary
from generator.build import stamps
from generator.build.site import build
from generator.pages.home import index_lines, index_row
from generator.pages.pager import Card, Pager, archive_order
from generator.pages.paths import INDEX_PAGE, page_path
from generator.read.text import parse_date


def dated(title: str, posted: str | None) -> str:
    """A seed of the numbered dialect titled ``title``, posted on ``posted`` (or undated)."""
    when = f"Posted on {posted} in Stuff\n\n" if posted else ""
    return f"{title}\n\n{when}By Someone\n\nThe article.\n\n  1. Ann says:\n\n    A comment.\n"


def summary(slug: str, title: str, posted: str | None) -> Summary:
    return Summary(
        source=f"seeds/{slug}.txt",
        slug=slug,
        title=title,
        posted=parse_date(posted) if posted else None,
        posted_text=posted,
        author=None,
        category=None,
        comments=0,
        threads=0,
        deepest=0,
        excerpt="",
    )


def test_the_order_read_off_the_home_page_is_the_cards_order_with_titles_escaped() -> None:
    rows = sorted(
        index_row(s)
        for s in (
            summary("old", 'Old <b>one</b> & "quoted"', "Aug 27, 1990"),
            summary("undated", "No date", None),
            summary("new", "New one", "Aug 27, 2008"),
        )
    )
    page = "\n".join(index_lines((row.card for row in rows), 3, 0))
    assert archive_order(page) == [
        Card("new", "New one"),
        Card("old", "Old &lt;b&gt;one&lt;/b&gt; &amp; &quot;quoted&quot;"),
        Card("undated", "No date"),
    ]


def test_each_page_links_its_neighbours_and_the_ends_link_one_way() -> None:
    pager = Pager([Card("a", "A"), Card("b", "B"), Card("c", "C")])
    first, middle, last = (pager.foot(page_path(slug)) for slug in "abc")
    assert first is not None and middle is not None and last is not None
    assert 'rel="prev"' not in first and 'rel="next" href="b.html"' in first
    assert 'rel="prev" href="a.html"' in middle and 'rel="next" href="c.html"' in middle
    assert 'rel="prev" href="b.html"' in last and 'rel="next"' not in last
    assert all('href="../index.html"' in foot for foot in (first, middle, last))
    assert pager.foot("discussions/unknown.md") is None
    assert pager.foot(INDEX_PAGE) is None


def order(docs: Path) -> list[str]:
    return [card.slug for card in archive_order((docs / INDEX_PAGE).read_text(encoding="utf-8"))]


def rebuild(seeds: Path, docs: Path) -> tuple[str, ...]:
    time.sleep(stamps.RACY_NS / 1e9 * 1.5)  # seeds changed just now are not trusted for a no-op
    return tuple(build(seeds, docs).written)


def test_incremental_builds_keep_the_order_and_only_the_home_page_moves(tmp_path: Path) -> None:
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    (seeds / "a.txt").write_text(dated("Alpha", "Aug 27, 2001"), encoding="utf-8")
    (seeds / "b.txt").write_text(dated("Beta", "Aug 27, 2003"), encoding="utf-8")
    (seeds / "c.txt").write_text(dated("Gamma", None), encoding="utf-8")
    rebuild(seeds, docs)
    assert order(docs) == ["beta", "alpha", "gamma"]
    assert rebuild(seeds, docs) == ()  # a no-op build writes nothing
    # Added between two others: the new page and the site-wide pages, not its neighbours.
    (seeds / "d.txt").write_text(dated("Delta", "Aug 27, 2002"), encoding="utf-8")
    written = rebuild(seeds, docs)
    assert order(docs) == ["beta", "delta", "alpha", "gamma"]
    assert page_path("delta") in written and INDEX_PAGE in written
    assert page_path("alpha") not in written and page_path("beta") not in written
    # Renamed (a new title, so a new slug) and re-dated.
    (seeds / "a.txt").write_text(dated("Alpha renamed", "Aug 27, 2009"), encoding="utf-8")
    rebuild(seeds, docs)
    assert order(docs) == ["alpha-renamed", "beta", "delta", "gamma"]
    # Removed.
    (seeds / "b.txt").unlink()
    rebuild(seeds, docs)
    assert order(docs) == ["alpha-renamed", "delta", "gamma"]
    assert not (docs / page_path("beta")).exists()
    assert rebuild(seeds, docs) == ()
