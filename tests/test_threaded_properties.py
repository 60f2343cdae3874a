"""Round trips for the "threaded" reader: a random thread → an engine's HTML → a w3m or lynx dump
→ the parser → the same thread (depth, parent, author, date, first words), whatever the shape.

The dumpers run for real (``scripts/system-packages`` installs them), so the examples are few.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from generator.errors import SeedError
from generator.model import walk
from generator.read.dialects import parse
from tests.test_threaded_dumps import compare
from tests.threadpages import dump, engine_info, render, truth
from tests.threadpages.dates import wp_de, wp_en, wp_es, wp_fr_numeric
from tests.threadpages.spec import Comment, Page

ENGINES = ("wordpress_classic", "wordpress_block", "astra", "generatepress", "wordpress_com", "blogger")
"""Engines whose pages show the nesting (the others are covered by the fixtures)."""

FORMATS = {"en": wp_en, "de": wp_de, "es": wp_es, "fr": wp_fr_numeric}
NAMES = (
    "Kristine Hollis", "Bob", "Zoë Hartley", "J. Whitfield", "Mike (Yorkshire)", "Lucía P.",
    "Jürgen Maaß", "Anne-Sophie", "tanksoldier", "Dr. Frank Hübner", "O'Brien", "Ингрид",
)  # fmt: skip
_WORD_TEXT = (
    "the dough rose well overnight and the crust was dark but I would add more salt next time "
    "since our oven runs hot in winter das Beet hält die Wärme länger la receta funciona muy bien "
    "le clocher est magnifique"
)
WORDS = _WORD_TEXT.split()

START = datetime(2016, 3, 1, 8, 0)


AGGREGATORS = ("hackernews", "reddit_old")
"""Engines whose headers say the nesting (links to siblings and parent, reply counts)."""
USERNAMES = ("zokier", "nanosec", "tmpfs_tom", "wget_r", "sed-awk", "Jürgen_M", "O1brien", "кот")


def _relative(when: datetime) -> str:
    """An age as aggregators show it, from the last comment's date in the page."""
    hours = int((START + timedelta(days=31) - when).total_seconds() // 3600)
    return f"{hours} hour{'s' if hours != 1 else ''} ago"


@st.composite
def threads(draw: st.DrawFn, engines: tuple[str, ...] = ENGINES) -> tuple[str, Page]:
    """An engine and a page for it: a random tree of up to 12 comments, 0-4 replies deep."""
    engine = draw(st.sampled_from(engines))
    aggregator = engine in AGGREGATORS
    limit = engine_info(engine).max_depth
    deepest = 4 if limit is None else min(4, limit)
    lang = draw(st.sampled_from(sorted(FORMATS)))
    count = draw(st.integers(1, 12))
    parents: list[int | None] = [None]
    depths = [0]
    for index in range(1, count):
        parent = draw(st.one_of(st.none(), st.integers(0, index - 1)))
        if parent is not None and depths[parent] >= deepest:
            parent = None
        parents.append(parent)
        depths.append(0 if parent is None else depths[parent] + 1)
    minutes = sorted(draw(st.lists(st.integers(0, 60 * 24 * 30), min_size=count, max_size=count)))
    specs = []
    for index in range(count):
        when = START + timedelta(minutes=minutes[index])
        words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=40))
        text = " ".join(words).capitalize() + "."
        name = draw(st.sampled_from(USERNAMES if aggregator else NAMES))
        specs.append((f"comment-{100 + index}", name, when, text))

    def tree(parent: int | None) -> tuple[Comment, ...]:
        return tuple(
            Comment(
                source_id=specs[i][0],
                author=specs[i][1],
                posted=specs[i][2].isoformat(),
                posted_shown=_relative(specs[i][2]) if aggregator else FORMATS[lang](specs[i][2]),
                paragraphs=(specs[i][3],),
                replies=tree(i),
            )
            for i in range(count)
            if parents[i] == parent
        )

    page = Page(
        title="A page about bread, beds and bell towers",
        site_name="Example Blog",
        url="https://example.org/2016/03/page/",
        article_author="Admin",
        article_published=START.isoformat(),
        article_paragraphs=("An article long enough to be a paragraph of text, about the things below.",),
        lang=lang,
        comments=tree(None),
        nav=("Home", "About"),
        post_id=7,
    )
    return engine, page


def assert_round_trip(engine: str, page: Page, tool: str, width: int, dialect: str) -> None:
    """``page`` rendered by ``engine``, dumped by ``tool`` at ``width`` (lynx at 200 at most),
    parsed by ``dialect``: every comment and the title as the page has them."""
    width = min(width, 200) if tool == "lynx" else width
    text = dump(render(engine, page), tool, width)
    discussion = parse(text, f"{engine}.{tool}-{width}.txt")
    result = compare(truth(page, engine), discussion, text)
    assert discussion.dialect == dialect
    assert result.perfect, "\n".join([*result.problems, "", text])


@settings(max_examples=30, deadline=None)
@given(threads(), st.sampled_from(["w3m", "lynx"]), st.sampled_from([80, 200, 10000]))
def test_random_threads_come_back_from_the_dumps(thread: tuple[str, Page], tool: str, width: int) -> None:
    engine, page = thread
    # lynx drops the list marker of a comment that follows nested replies in Astra's markup, so
    # its depth is lost (the reader warns and guesses top level): not a round trip.
    assume(not (engine == "astra" and tool == "lynx"))
    assert_round_trip(engine, page, tool, width, "threaded")


@settings(max_examples=30, deadline=None)
@given(threads(AGGREGATORS), st.sampled_from(["w3m", "lynx"]), st.sampled_from([80, 200, 10000]))
def test_random_aggregator_threads_come_back_from_the_dumps(
    thread: tuple[str, Page], tool: str, width: int
) -> None:
    assert_round_trip(*thread, tool, width, "aggregator")


_AGGREGATOR_LINES = (
    "zokier 8 hours ago | next [–]",
    "nanosec 3 days ago | parent | root | prev [–]",
    "nanosec 3 days ago | parent | root | prev",
    "[–]",
    "[–]linear_larry 109 points110 points111 points 4 hours ago (3 children)",
    "[–][deleted] 22 hours ago (9 children)",
    "[–]AutoModerator 1 point 11 hours",
    "ago (1 child)",
    "107 points by tmpfs_tom 19 hours ago | hide |",
    "favorite | 25 comments",
    "submitted 22 hours ago by linear_larry",
    "this post was submitted on 2024-03-05",
    "Ask HN: a title (example.com)",
    "  • permalink",
    "  * reply",
    "reply",
    "[s]   text beside a spacer",
    "*",
    "━━━━━━   text beside a rule",
    "all 30 comments",
    "[add comment]",
    "Some words of a comment.",
    "",
)


@given(st.lists(st.sampled_from(_AGGREGATOR_LINES), max_size=40), st.integers(0, 8))
def test_any_arrangement_of_aggregator_lines_is_read_or_refused_in_one_line(
    lines: list[str], indent: int
) -> None:
    text = "\n".join(" " * indent + line if line else line for line in lines)
    try:
        discussion = parse(text, "agg.txt")
    except SeedError as error:
        assert "\n" not in str(error)
        return
    assert len(walk(discussion.comments)) <= len(lines)
