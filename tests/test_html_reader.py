"""The HTML reader against pages whose truth is known without it.

Two sources of truth, neither the reader: the fixture files ``tests/fixtures/threads/NAME.html``
with their ``NAME.truth.json`` (written from thread specs), and pages rendered here from a spec
of this module by every engine of :mod:`tests.threadpages.engines`, checked against that spec.
Every comment's depth, parent, author, date, first words, kind and id must be right.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import json
import pkgutil
from pathlib import Path
from typing import Any

import pytest

from generator.model import Discussion, walk
from generator.read import seeds
from generator.read.html import parse
from generator.read.suffixes import is_html
from tests.threadpages import engines as engine_package
from tests.threadpages.spec import PINGS, Comment, EngineInfo, Page, first_words
from tests.threadpages.spec import walk as spec_walk

FIXTURES = Path(__file__).parent / "fixtures" / "threads"
ENGINE_NAMES = sorted(m.name for m in pkgutil.iter_modules(engine_package.__path__))


def same_time(found: str | None, truth: str | None) -> bool:
    """ISO 8601 values equal as times (``2021-03-05T08:00`` is ``2021-03-05T08:00:00``)."""
    if found is None or truth is None:
        return found == truth
    got, want = dt.datetime.fromisoformat(found), dt.datetime.fromisoformat(truth)
    if got.tzinfo is None or want.tzinfo is None:
        # A page that shows only "March 5, 2021 at 8:00 am" states the local time, not its zone.
        return got.replace(tzinfo=None) == want.replace(tzinfo=None)
    return got == want


def comparable(discussion: Discussion) -> list[dict[str, Any]]:
    """The reader's comments in the truth files' terms."""
    parents: dict[str, str | None] = {}
    out = []
    for comment in walk(discussion.comments):
        for reply in comment.replies:
            parents[reply.id] = comment.source_id
        text = "\n\n".join(p.text for p in comment.paragraphs)
        out.append(
            {
                "source_id": comment.source_id,
                "author": comment.author or "",
                "posted": comment.posted,
                "posted_text": comment.posted_text,
                "depth": comment.depth,
                "parent": parents.get(comment.id),
                "kind": comment.kind,
                "first_words": first_words(text),
                "text": text,
            }
        )
    return out


def mismatches(found: list[dict[str, Any]], truth: list[dict[str, Any]]) -> list[str]:
    """Every field of every comment that differs, as ``source_id.field: found != truth``."""
    problems = [f"{len(found)} comments found, {len(truth)} expected"] if len(found) != len(truth) else []
    for got, want in zip(found, truth, strict=False):
        where = want["source_id"]
        for key in ("source_id", "author", "depth", "parent", "kind", "first_words", "text", "posted_text"):
            if key in want and got[key] != want[key]:
                problems.append(f"{where}.{key}: {got[key]!r} != {want[key]!r}")
        if not same_time(got["posted"], want.get("posted")):
            problems.append(f"{where}.posted: {got['posted']!r} != {want.get('posted')!r}")
    return problems


# -- fixture files ----------------------------------------------------------------------------------


def fixture_names() -> list[str]:
    """The fixture pages that have a truth file beside them."""
    return sorted(p.name.removesuffix(".truth.json") for p in FIXTURES.glob("*.truth.json"))


@pytest.mark.parametrize("name", fixture_names())
def test_fixture(name: str) -> None:
    page = next(p for p in FIXTURES.iterdir() if p.name.startswith(name + ".") and is_html(p.name))
    truth = json.loads((FIXTURES / f"{name}.truth.json").read_text(encoding="utf-8"))
    seed = seeds.read(page)
    discussion = seeds.parse(seed.text, str(page))
    problems = mismatches(comparable(discussion), truth["comments"])
    for key, got in (("title", discussion.title), ("url", discussion.url), ("author", discussion.author)):
        if truth.get(key) and got != truth[key]:
            problems.append(f"{key}: {got!r} != {truth[key]!r}")
    if truth.get("published") and discussion.posted != dt.date.fromisoformat(truth["published"][:10]):
        problems.append(f"published: {discussion.posted} != {truth['published']}")
    assert not problems, "\n".join(problems)


def test_fixtures_are_there() -> None:
    assert len(fixture_names()) >= 10


# -- pages rendered here from a spec ---------------------------------------------------------------

C = Comment
SPEC = Page(
    title="Sourdough starter: a week of notes & questions",
    site_name="Crumb Journal",
    url="https://crumb.example/sourdough-starter/",
    article_author="Maren",
    article_published="2021-03-04T10:00:00+01:00",
    article_paragraphs=(
        "Day one: flour and water, nothing else.",
        "By day four it smelled of <acetone> & apples; see https://crumb.example/ratios for ratios.",
    ),
    lang="en",
    comments=(
        C(
            "comment-101",
            "Anna Lindqvist",
            "2021-03-05T08:00:00+01:00",
            "March 5, 2021 at 8:00 am",
            ("Mine took ten days.", "Warm spot\nhelped a lot."),
            author_url="https://anna.example",
            replies=(
                C(
                    "comment-102",
                    "Bob",
                    "2021-03-05T09:30:00+01:00",
                    "March 5, 2021 at 9:30 am",
                    ("Same here.",),
                ),
                C(
                    "comment-103",
                    "",
                    None,
                    None,
                    ("This comment has been deleted.",),
                    kind="deleted",
                    replies=(
                        C(
                            "comment-104",
                            "Maren",
                            "2021-03-06T18:05:00+01:00",
                            "March 6, 2021 at 6:05 pm",
                            ("Answering the deleted one: rye helps.",),
                        ),
                    ),
                ),
            ),
        ),
        C(
            "comment-105",
            "Chidi <b>O.</b>",
            "2021-03-07T21:00:00+01:00",
            "March 7, 2021 at 9:00 pm",
            ("Is <script>alert(1)</script> in a comment shown as text?",),
        ),
        C(
            "comment-106",
            "Bread Blog",
            "2021-03-08T07:00:00+01:00",
            "March 8, 2021 at 7:00 am",
            ("[…] a starter diary worth reading […]",),
            kind="pingback",
            author_url="https://bread.example/links/",
        ),
    ),
    nav=("Home", "Recipes", "About"),
    categories=("Baking", "Notes"),
    recent_posts=("Rye loaf", "Focaccia"),
    recent_comments=(("Xavier", "Rye loaf"), ("Yana", "Focaccia")),
    related=("Rye loaf", "Focaccia"),
    retrieved="2021-04-01T12:00:00+02:00",
    post_id=42,
)


def _fit(comments: tuple[Comment, ...], engine: EngineInfo, depth: int = 0) -> tuple[Comment, ...]:
    """The spec's comments the engine can show: kinds it has, depths it states, pings as it shows them."""
    out = []
    for c in comments:
        if c.kind not in engine.kinds:
            continue
        replies = _fit(c.replies, engine, depth + 1)
        if engine.max_depth is not None and depth >= engine.max_depth:
            replies = ()
        if c.kind in PINGS and engine.short_ping:
            c = dataclasses.replace(c, paragraphs=())
        if not getattr(engine, "line_breaks", True):
            c = dataclasses.replace(c, paragraphs=tuple(p.replace("\n", " ") for p in c.paragraphs))
        out.append(dataclasses.replace(c, replies=replies))
    if engine.pings_last:
        out.sort(key=lambda c: c.kind in PINGS)
    return tuple(out)


def spec_truth(page: Page, engine: EngineInfo) -> list[dict[str, Any]]:
    """The spec's comments as the truth files give them."""
    placed = list(spec_walk(page.comments))
    return [
        {
            "source_id": p.comment.source_id,
            "author": p.comment.author,
            # A short ping shows only the linking site's name: no date.
            "posted": None if p.comment.kind in PINGS and engine.short_ping else p.comment.posted,
            "depth": p.depth,
            "parent": p.parent,
            "kind": p.comment.kind,
            "first_words": first_words("\n\n".join(p.comment.paragraphs)),
            "text": "\n\n".join(p.comment.paragraphs),
        }
        for p in placed
    ]


ID_FORMS = {"phpbb": "p{}"}
"""Engines that write their own form of a post's id (phpBB's ``p9001``)."""


def _ids(comments: tuple[Comment, ...], form: str) -> tuple[Comment, ...]:
    return tuple(
        dataclasses.replace(
            c, source_id=form.format(c.source_id.split("-")[-1]), replies=_ids(c.replies, form)
        )
        for c in comments
    )


@pytest.mark.parametrize("engine_name", ENGINE_NAMES)
def test_engine_page(engine_name: str) -> None:
    module = importlib.import_module(f"tests.threadpages.engines.{engine_name}")
    engine: EngineInfo = module.ENGINE
    page = dataclasses.replace(SPEC, comments=_fit(SPEC.comments, engine))
    if engine_name in ID_FORMS:
        page = dataclasses.replace(page, comments=_ids(page.comments, ID_FORMS[engine_name]))
    discussion = parse(module.render(page), f"{engine_name}.html")
    problems = mismatches(comparable(discussion), spec_truth(page, engine))
    if discussion.title != page.title:
        problems.append(f"title: {discussion.title!r} != {page.title!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("engine_name", ENGINE_NAMES)
def test_engine_page_article(engine_name: str) -> None:
    module = importlib.import_module(f"tests.threadpages.engines.{engine_name}")
    page = dataclasses.replace(SPEC, comments=_fit(SPEC.comments, module.ENGINE))
    discussion = parse(module.render(page), f"{engine_name}.html")
    text = "\n\n".join(p.text for p in discussion.article)
    assert text.startswith(page.article_paragraphs[0])
    assert page.article_paragraphs[1] in text
    assert discussion.url == page.url
    assert discussion.posted == dt.date(2021, 3, 4)
    # No comment text leaks into the article, and no sidebar entry into either.
    assert "Mine took ten days." not in text
    assert "Xavier" not in text


# -- the general detector ------------------------------------------------------------------------

UNKNOWN = """<!DOCTYPE html><html lang="en"><head><title>Tomato blight – Garden Forum</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li><li><a href="/shop">Shop</a></li>
<li><a href="/contact">Contact</a></li></ul></nav>
<main><h1>Tomato blight</h1><p>The leaves went brown in a week.</p>
<div id="talk">
 <div class="note" id="n1"><span class="who">Ines</span> <span class="when">2 June 2022</span>
  <p>Copper spray helped me, twice a week after rain.</p>
  <div class="note" id="n2"><span class="who">Olu</span> <span class="when">3 June 2022</span>
   <p>Twice a week seems a lot; once did it for me.</p></div>
 </div>
 <div class="note" id="n3"><span class="who">Pia</span> <span class="when">4 June 2022</span>
  <p>Pull the plants and burn them, the spores overwinter in the soil.</p></div>
</div></main>
<aside class="sidebar"><h2>Recent comments</h2><ul>
<li><a href="/a">Xavier</a> on <a href="/b">Roses</a></li>
<li><a href="/c">Yana</a> on <a href="/d">Beans</a></li>
<li><a href="/e">Zed</a> on <a href="/f">Leeks</a></li></ul></aside></body></html>"""


def test_general_detector_takes_the_thread_not_the_menus() -> None:
    discussion = parse(UNKNOWN, "unknown.html")
    found = comparable(discussion)
    assert [(c["source_id"], c["author"], c["depth"], c["parent"]) for c in found] == [
        ("n1", "Ines", 0, None),
        ("n2", "Olu", 1, "n1"),
        ("n3", "Pia", 0, None),
    ]
    assert found[0]["text"] == "Copper spray helped me, twice a week after rain."
    assert found[0]["posted_text"] == "2 June 2022"
    assert discussion.title == "Tomato blight"
    assert [p.text for p in discussion.article] == ["The leaves went brown in a week."]
    (note,) = [c.text for c in discussion.chrome if c.reason == "reader"]
    assert note.startswith("comments read as generic div#talk > div.note (score ")


def test_general_detector_finds_nothing_on_a_page_without_comments() -> None:
    page = UNKNOWN.split('<div id="talk">')[0] + "</main></body></html>"
    discussion = parse(page, "plain.html")
    assert discussion.comments == ()
    assert discussion.article[0].text == "The leaves went brown in a week."


def test_check_reports_the_detectors_choice(tmp_path: Path) -> None:
    seeds_dir = tmp_path / "seeds"
    seeds_dir.mkdir()
    (seeds_dir / "unknown.html").write_text(UNKNOWN, encoding="utf-8")
    from tests.seedkit import cli

    result = cli("check", "--verbose", "--seeds", str(seeds_dir))
    assert result.returncode == 0, result.stderr
    assert "3 comments in 2 threads" in result.stdout
    assert "comments read as generic div#talk > div.note (score" in result.stderr


def _references(item: str, count: int = 200) -> str:
    """An article whose text ends in a long numbered list of references, and no comments."""
    refs = "".join(item.format(n=n) for n in range(1, count + 1))
    return (
        '<!DOCTYPE html><html lang="en"><head><title>Soil biology – Notes</title></head><body>'
        '<article><h1>Soil biology</h1><div class="entry-content"><p>What lives in a spoonful of soil.</p>'
        f'<h2>References</h2><ol class="references">{refs}</ol></div></article>'
        "<footer><p>© Notes</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    "item",
    [
        # Plain references: the markup a reviewer saw turned into 200 anonymous comments.
        '<li id="ref-{n}">Author {n}, A. and Other, B. <i>A study of soil number {n}</i>. '
        'Journal of Soil Things, vol. {n}, pp. 1–20. <a href="https://doi.example/10.1/{n}">doi</a></li>',
        # Wikipedia's: a <cite> (once read as a name) holding the whole reference, a year in it,
        # and an access date.
        '<li id="cite_note-{n}"><b><a href="#cite_ref-{n}">^</a></b> <span class="reference-text">'
        '<cite class="citation journal">Author {n}, A. 2019. <a href="https://doi.example/{n}">"A study of '
        'soil number {n}"</a>. <i>Journal of Soil Things</i>. <b>{n}</b> (3): 45–67.</cite> '
        '<span class="reference-accessdate">Retrieved 2 June 2022</span></span></li>',
    ],
)
def test_a_long_list_of_references_is_no_thread(item: str) -> None:
    discussion = parse(_references(item), "references.html")
    assert discussion.comments == ()
    text = "\n".join(p.text for p in discussion.article)
    assert text.startswith("What lives in a spoonful of soil.")
    for n in (1, 2, 100, 200):
        assert f"A study of soil number {n}" in text
    assert len([p for p in discussion.article if "A study of soil number" in p.text]) == 200
    (note,) = [c.text for c in discussion.chrome if c.reason == "reader"]
    assert note.startswith("comments read as none")


def test_a_thread_with_names_and_dates_beside_a_long_list_is_still_found() -> None:
    refs = "".join(f"<li>Reference {n}, a journal article of some length here.</li>" for n in range(200))
    page = UNKNOWN.replace("<p>The leaves went brown in a week.</p>", f"<p>The leaves.</p><ol>{refs}</ol>")
    discussion = parse(page, "unknown.html")
    assert [c["source_id"] for c in comparable(discussion)] == ["n1", "n2", "n3"]
    assert "Reference 199, a journal article of some length here." in [p.text for p in discussion.article]


@pytest.mark.parametrize(
    ("datetime", "posted"),
    [
        ("yesterday", "2022-06-02"),  # no date: the shown one is read instead
        ("2022-13-45", "2022-06-02"),
        ("2022-06-02T25:00", "2022-06-02"),
        ("1654128000", "2022-06-02"),
        ("", "2022-06-02"),
        ("2022-06-01", "2022-06-01"),  # a real one wins over the shown text
        ("2022-06-01T09:30:00+02:00", "2022-06-01T09:30:00+02:00"),
        ("2022-06-01 09:30", "2022-06-01T09:30:00"),  # a space for the T: written in the extended form
    ],
)
def test_a_datetime_attribute_must_be_a_date(datetime: str, posted: str) -> None:
    page = UNKNOWN.replace(
        '<span class="when">2 June 2022</span>', f'<time datetime="{datetime}">2 June 2022</time>'
    )
    first = walk(parse(page, "unknown.html").comments)[0]
    assert first.posted == posted
    assert first.posted_text == "2 June 2022"


def _gallery(n: int) -> str:
    """A news site's photo gallery in an article: slides whose "Caption" tab has a class naming a
    handle and whose caption's title is the picture's date (The Washington Post's of 2015)."""
    slides = "".join(
        f'<div class="gal-slide gal-photo" data-title="March 18, 2015" data-credit="Agency {k}">'
        f'<div class="gal-nav-number"><span>{k}</span> of 3</div>'
        f'<div class="gal-caption">Security forces secure the area after the attack, picture {k} of set {n}.'
        '</div><div class="gal-details-handle">Caption</div>'
        f'<span class="gal-caption-title">March 18, 2015</span><div class="gal-credit">Agency {k}</div></div>'
        for k in range(1, 4)
    )
    return (
        '<div class="inline-content inline-gallery-embedded"><div class="gal-bar">'
        f'<div class="gal-button">Full Screen</div></div><div class="gal-photos">{slides}</div></div>'
    )


def test_a_photo_gallery_whose_slides_hint_at_names_is_no_thread() -> None:
    # Each slide has an element of a "handle" class and a date in its caption's title: the
    # detector's hints, so the slides scored as a thread, and as the fields are read they name
    # no one: published as three deleted comments. Half the blocks must name someone as read.
    page = (
        "<html><head><title>Attack stokes fears</title></head><body><article><h1>Attack stokes fears</h1>"
        '<div class="article-body"><p>Gunmen attacked a museum in the capital on Wednesday, killing at '
        f"least 17 people.</p>{_gallery(1)}<p>The attack raised fears of unrest spilling over the border."
        f"</p>{_gallery(2)}<p>Officials said two gunmen were killed.</p></div></article></body></html>"
    )
    discussion = parse(page, "gallery.html")
    assert (discussion.comments, discussion.dialect) == ((), "html/none")
    (note,) = [c.text for c in discussion.chrome if c.reason == "reader"]
    assert note.endswith("naming no one")
    assert "Security forces secure the area after the attack, picture 1 of set 1." in [
        p.text for p in discussion.article
    ]


def test_a_thread_with_names_and_dates_as_plain_text_is_still_found() -> None:
    # The detector counts a date shown as plain text ("March 3, 2015"), the fields read none (no
    # <time>, no date class): the names decide, and the thread stays a thread.
    posts = "".join(
        f'<div class="msg"><div class="hdr"><span class="user">{name}</span> wrote on <span>March {day}, '
        f"2015</span></div><p>{text}</p></div>"
        for name, day, text in (
            ("Ann Lee", 3, "Mine is a plain wheat starter from a bakery, fed twice a day."),
            ("Bob Kay", 4, "Rye starters are more forgiving when you forget to feed them."),
            ("Cy Dee", 5, "I keep mine in the fridge and feed it once a week, and it is fine."),
        )
    )
    page = (
        "<html><head><title>Which starter works best?</title></head><body><article><h1>Which starter "
        "works best?</h1><p>I have baked with the same rye starter for six years.</p></article>"
        f'<div class="responses">{posts}</div></body></html>'
    )
    discussion = parse(page, "starter.html")
    assert [c.author for c in walk(discussion.comments)] == ["Ann Lee", "Bob Kay", "Cy Dee"]
