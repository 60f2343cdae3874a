"""Honest failure: what no dialect reads with confidence is refused with one ``path:line: expected
…, found …`` line, never published as a wrong thread; and what ``check`` shows of a dump."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import time
from pathlib import Path

import pytest

from generator.errors import SeedError
from generator.model import THREAD_RISK, walk
from generator.read.dialects import parse
from tests.sitebuild import ROOT, run_generator
from tests.threadpages.dumpers import dump

FIXTURES = ROOT / "tests" / "fixtures" / "threads"
ONE_LINE = re.compile(r"^(?P<path>[^\n:]+):(?P<line>\d+): expected [^\n]+, found [^\n]+\n$")
_DATE_LINE = re.compile(
    r"^ *(January|February|March|April|May|June|July|August|September|October|November|December) .*[ap]m$"
)


def _reject(text: str) -> SeedError:
    with pytest.raises(SeedError) as caught:
        parse(text, "seed.txt")
    return caught.value


@pytest.mark.parametrize(
    ("document", "why"),
    [
        # Short, no numbered list: an article whose title is a Markdown heading, and no comments.
        ("README.md", "found a Markdown document without comments"),
        # The seed dialect's example in it: numbered "comments" and hundreds of stray lines.
        ("ARCHITECTURE.md", "outside any comment"),
    ],
)
def test_the_projects_documents_copied_as_seeds_are_refused_in_one_line(
    document: str, why: str, tmp_path: Path
) -> None:
    seed = tmp_path / "readme.txt"
    shutil.copyfile(ROOT / document, seed)
    result = run_generator(ROOT, "check", str(seed))
    assert result.returncode == 1
    match = ONE_LINE.match(result.stderr)
    assert match, result.stderr
    assert match["path"] == str(seed)
    assert why in result.stderr


def test_a_shopping_list_is_refused() -> None:
    error = _reject("Milk\nEggs\nBread\n")
    assert (error.line, "no title line, no paragraph of text and no comments" in error.message) == (1, True)


def test_a_comments_heading_without_readable_comments_is_refused() -> None:
    error = _reject(
        "Title\n\nThe article, a sentence of text.\n\n3 Comments\n\nBob\nGreat!\n\nAnn\nAgreed.\n"
    )
    assert error.line == 5
    assert error.message.startswith("expected comments under '3 Comments'")


def test_a_comment_page_whose_comments_have_no_dates_is_refused() -> None:
    # The sourdough page without its date lines: its comments cannot be told from their text.
    lines = (FIXTURES / "wp_classic_en_sourdough.w3m-80.txt").read_text(encoding="utf-8").split("\n")
    text = "\n".join("" if _DATE_LINE.match(line) else line for line in lines)
    error = _reject(text)
    # Read as a page without comments, its comments would be the article: the heading refuses it.
    assert error.message.startswith("expected comments under '28 Responses to")
    assert error.message.endswith("(a name and a date each), found none")
    heading = [n for n, line in enumerate(text.split("\n"), 1) if line.startswith("28 Responses to")]
    assert error.line == heading[0]


def test_a_page_with_far_fewer_dated_comments_than_its_heading_counts_is_refused() -> None:
    lines = (FIXTURES / "wp_classic_en_sourdough.lynx-80.txt").read_text(encoding="utf-8").split("\n")
    dated = [i for i, line in enumerate(lines) if re.search(r"\]\w+ \d{1,2}, 20\d\d at", line)]
    for index in dated[3:]:  # three comments keep their date, the other 25 lose it
        lines[index] = ""
    error = _reject("\n".join(lines))
    assert re.fullmatch(
        r"expected 28 comments, as this heading says, each with a name and a date; found \d", error.message
    )


_AGGREGATORS = ("hackernews_en_archive", "large_hackernews_en_ssg", "reddit_old_en_switches")
_DUMPS = ("w3m-80", "w3m-200", "w3m-10000", "lynx-80", "lynx-200")


@pytest.mark.parametrize("dump", _DUMPS)
@pytest.mark.parametrize("name", _AGGREGATORS)
def test_aggregator_pages_are_read_by_their_own_dialect(name: str, dump: str) -> None:
    # Read as "numbered", lynx's References list became 205 comments of links and a w3m dump an
    # article with 0 comments; read as "threaded", Reddit became one comment by "(3 children)".
    # Their headers say the nesting; the "aggregator" dialect reads it (tests/test_threaded_dumps.py).
    text = (FIXTURES / f"{name}.{dump}.txt").read_text(encoding="utf-8")
    assert parse(text, f"{name}.txt").dialect == "aggregator"


def test_an_aggregator_header_with_its_page_cut_off_is_read_with_a_warning() -> None:
    lines = ["ann 3 hours ago | next [–]", "", "A first comment.", "", "reply", ""]
    lines += ["bob 2 hours ago | parent | root [–]", "", "A reply to it.", "", "reply"]
    discussion = parse("\n".join(lines), "cut.txt")
    assert [(c.author, c.depth) for c in walk(discussion.comments)] == [("ann", 0), ("bob", 1)]
    assert [w.message for w in discussion.warnings] == [
        "2 comment dates are relative ('3 hours ago', to when the page was saved): kept as written, "
        "with no day",
        "no title found above the comments",
    ]


def test_unread_relative_headers_point_at_the_first_of_them() -> None:
    lines = ["Ask: what do you keep?", "", "Some words of an article about keeping things.", ""]
    for name, age in (("ann", 3), ("bob", 5), ("cy", 8)):
        lines += [f"{name} ({age} hours ago) +12", "", f"I keep what {name} keeps.", "", "reply", ""]
    error = _reject("\n".join(lines))
    assert (
        error.line,
        "found 3 headers with relative ages like 'ann (3 hours ago) +12" in error.message,
    ) == (
        5,
        True,
    )


def test_a_numbered_list_of_links_is_not_read_as_numbered_comments() -> None:
    text = "A title\n\nAn article of a few words, more than seven of them.\n\nLinks\n\n"
    text += "".join(f"  {n}. https://example.org/{n}\n" for n in range(1, 6))
    error = _reject(text)
    assert error.line == 7
    assert "found a numbered list of links (5 of 5 are addresses" in error.message


def test_a_lynx_dump_of_a_page_without_comments_is_read_as_its_article() -> None:
    # lynx's link list under an article is no comments: the page is its article alone.
    text = "A title\n\nAn article of a few words, more than seven of them.\n\nReferences\n\n"
    text += "".join(f"  {n}. https://example.org/{n}\n" for n in range(1, 6))
    discussion = parse(text, "seed.txt")
    assert (discussion.dialect, discussion.title, discussion.comments) == ("threaded", "A title", ())
    assert [p.text for p in discussion.article] == ["An article of a few words, more than seven of them."]
    listed = [(n, "lynx link list") for n in (5, *range(7, 12))]
    assert [(c.line, c.reason) for c in discussion.chrome] == listed


def test_prose_that_mentions_yesterday_or_hours_ago_is_still_read() -> None:
    text = (FIXTURES / "wp_classic_en_sourdough.w3m-80.txt").read_text(encoding="utf-8")
    text = text.replace("\n\n", "\n\nI baked this 3 hours ago and again yesterday.\n\n", 3)
    assert parse(text, "seed.txt").dialect == "threaded"


def test_one_page_of_a_paged_comment_section_is_read_with_a_warning() -> None:
    # WordPress shows 50 comments a page: the heading counts them all, "Older Comments" leads on.
    text = (FIXTURES / "wp_classic_en_sourdough.w3m-80.txt").read_text(encoding="utf-8")
    heading = next(line for line in text.split("\n") if re.match(r"\d+ Responses to", line.strip()))
    paged = text.replace(heading, heading.replace("28", "250", 1), 1)
    with pytest.raises(SeedError):
        parse(paged, "seed.txt")
    discussion = parse(paged.replace("Leave a Reply", "« Older Comments\n\nLeave a Reply", 1), "seed.txt")
    assert len(walk(discussion.comments)) == 28
    assert [w.message for w in discussion.warnings if "on this page of comments" in w.message] == [
        "the heading counts 250 comments, 28 are on this page of comments "
        "(the others are on the pages its 'older/newer comments' links lead to)"
    ]


def test_check_shows_the_dialect_and_every_dropped_line_with_its_reason(tmp_path: Path) -> None:
    seed = tmp_path / "page.txt"
    shutil.copyfile(FIXTURES / "wp_classic_en_sourdough.lynx-80.txt", seed)
    result = run_generator(ROOT, "check", "--show-dropped", str(seed))
    assert result.returncode == 0, result.stderr
    first, *dropped = result.stdout.splitlines()
    assert first == f"{seed}: threaded dialect, 28 comments, title 'No-Knead Sourdough for Busy Weeks'"
    reasons = {line.split("dropped (", 1)[1].split("): ", 1)[0] for line in dropped}
    assert {"navigation", "comment action", "avatar text", "lynx link list", "reply form"} <= reasons
    text = seed.read_text(encoding="utf-8").split("\n")
    for line in dropped:
        where, _, shown = line.partition(": dropped (")
        number = int(where.rsplit(":", 1)[1])
        assert shown.split("): ", 1)[1] in text[number - 1], line  # each one names its own line


def test_show_dropped_escapes_what_would_drive_the_terminal(tmp_path: Path) -> None:
    seed = tmp_path / "page.txt"
    text = (FIXTURES / "wp_classic_en_sourdough.w3m-80.txt").read_text(encoding="utf-8")
    hostile = text.replace("Skip to content", "Skip \x1b]0;owned\x07to \u202econtent", 1)
    seed.write_text(hostile, encoding="utf-8")
    result = run_generator(ROOT, "check", "--show-dropped", str(seed))
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout
    assert "Skip \\x1b]0;owned\\x07to \\u202econtent" in result.stdout


def test_parse_gives_each_comment_its_date_and_kind(tmp_path: Path) -> None:
    seed = tmp_path / "page.txt"
    shutil.copyfile(FIXTURES / "wp_classic_de_hochbeet.w3m-80.txt", seed)
    result = run_generator(ROOT, "parse", str(seed))
    assert result.returncode == 0, result.stderr
    model = json.loads(result.stdout)
    assert model["dialect"] == "threaded"
    first = model["comments"][0]
    assert (first["author"], first["posted"], first["posted_text"], first["kind"]) == (
        "Tobias R.",
        "2016-06-23T08:31",
        "23. Juni 2016 um 8:31 Uhr",
        "comment",
    )


@pytest.mark.parametrize("dump", _DUMPS)
def test_replies_nested_by_css_alone_are_shown_flat_with_a_warning(dump: str) -> None:
    # The page nests replies with <div style="margin-left">: no dump shows it. The comments are
    # all read, flat, and the warning says why the thread has no replies.
    discussion = parse((FIXTURES / f"news_site_de_radweg.{dump}.txt").read_text(encoding="utf-8"), "seed.txt")
    assert all(comment.depth == 0 for comment in discussion.comments)
    flat = [w for w in discussion.warnings if "dates go back and forth" in w.message]
    assert len(flat) == 1 and "comment 6 at 2021-03-05T08:47" in flat[0].message


def test_a_flat_page_in_time_order_gets_no_such_warning() -> None:
    text = (FIXTURES / "news_site_de_radweg.w3m-80.txt").read_text(encoding="utf-8")
    minutes = iter(range(10, 60))
    ordered = re.sub(r"05\.03\.2021, \d\d:\d\d Uhr", lambda _: f"06.03.2021, 10:{next(minutes)} Uhr", text)
    discussion = parse(ordered, "seed.txt")
    assert len(discussion.comments) == 24
    assert not [w for w in discussion.warnings if "back and forth" in w.message]


@pytest.mark.parametrize("dump", _DUMPS)
def test_a_comment_that_starts_like_a_footer_heading_does_not_end_the_comments(dump: str) -> None:
    # "Meta" opens a sidebar, "Subscribe" a footer: as the first words of a comment they are text.
    text = (FIXTURES / f"blogger_en_cowl.{dump}.txt").read_text(encoding="utf-8")
    edited = re.sub(r"Honestly,(\s+)my local", r"Meta knitting,\1my local", text)
    edited = re.sub(r"As a beginner,(\s+)the pattern", r"Subscribe:\1the pattern", edited)
    assert edited.count("Meta knitting,") == edited.count("Subscribe:") == 1
    before, after = parse(text, "seed.txt"), parse(edited, "seed.txt")
    assert len(walk(after.comments)) == len(walk(before.comments)) == 15
    words = " ".join(p.text for c in walk(after.comments) for p in c.paragraphs)
    assert "Meta knitting, my local" in words and "Subscribe: the pattern" in words


def test_a_date_warning_points_at_the_date_line_not_the_name() -> None:
    text = (FIXTURES / "wp_classic_en_sourdough.w3m-80.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if _DATE_LINE.match(line))
    lines[at] = re.sub(r"\w+ \d{1,2}, \d{4}", "February 30, 2019", lines[at])
    warnings = [w for w in parse("\n".join(lines), "seed.txt").warnings if "unrecognised date" in w.message]
    assert [w.line for w in warnings] == [at + 1]


def test_many_reference_headings_are_read_in_linear_time() -> None:
    # Each "References" line used to collect every line after it: 120,000 of them took 15 s.
    started = time.process_time()
    discussion = parse("A title\n\n" + "References\n" * 120_000, "seed.txt")
    assert time.process_time() - started < 5  # CPU seconds; about 1 s now
    assert (discussion.title, discussion.comments) == ("A title", ())


@pytest.mark.parametrize(
    "header",
    [
        "[–]linear_larry[S] 109 points110 points111 points 4 hours ago (1 child)",
        "[–]AutoModerator[M] 1 point2 points3 points 11 hours ago - stickied comment (1 child)",
        "[–]hotswap_hank [score hidden] 2 hours ago* (1 child)",
        "[–] tactile_tina 5 points 3 days ago (1 child)",
    ],
)
def test_old_reddit_headers_with_marks_scores_hidden_and_edits_are_read(header: str) -> None:
    lines = ["Switch question (self.keyboards)", "", "submitted 1 day ago by linear_larry", ""]
    lines += ["Which switches?", "", header, "", "A comment.", "  • permalink", "  • reply", ""]
    lines += ["[–]bob 1 point 1 hour ago (0 children)", "", "A reply.", "  • permalink"]
    discussion = parse("\n".join(lines), "marks.txt")
    assert discussion.dialect == "aggregator"
    assert [(c.author, c.depth, c.paragraphs[0].text) for c in walk(discussion.comments)] == [
        (re.split(r"[\[ ]", header.removeprefix("[–]").strip())[0], 0, "A comment."),
        ("bob", 1, "A reply."),
    ]
    assert discussion.title == "Switch question"


def test_a_hacker_news_sub_thread_page_is_read_and_a_broken_sibling_chain_is_a_risk() -> None:
    def comment(head: str, text: str) -> list[str]:
        return [head, "", text, "", "reply", ""]

    lines = comment("bob 2 hours ago | parent | root | next [–]", "A reply.")
    lines += comment("cy 1 hour ago | parent | root [–]", "Its reply.")
    lines += comment("dan 1 hour ago | parent | root | prev [–]", "Bob's next sibling.")
    lines += comment("eve 1 hour ago | parent | prev [–]", "Dan said he had no next sibling.")
    discussion = parse("\n".join(lines), "context.txt")
    assert [(c.author, c.depth) for c in walk(discussion.comments)] == [
        ("bob", 0),
        ("cy", 1),
        ("dan", 0),
        ("eve", 0),
    ]
    said = {w.message.split(";")[0]: w.risky for w in discussion.warnings if "reply" in w.message}
    assert said == {
        "the page starts with a reply (its parent is not on the page)": False,  # a "context" page
        "a reply whose earlier sibling is not on the page": True,
    }


def test_aggregator_headers_quoted_in_a_numbered_seed_do_not_take_it_over() -> None:
    seed = (Path(__file__).parent.parent / "seeds" / "000_82b469e70e26f95b.txt").read_text(encoding="utf-8")
    lines = seed.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("  2. "))
    for quoted in (["      [–]bob 5 points 2 hours ago"], ["      pg 3 hours ago | parent | next [–]"] * 2):
        discussion = parse("\n".join([*lines[:at], *quoted, *lines[at:]]), "quoted.txt")
        assert discussion.dialect != "aggregator"


def _quoting(seed: str, quotes: list[str]) -> str:
    """``seed`` with ``quotes`` (lines of text) added to its first comment's text."""
    lines = seed.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("  2. "))
    return "\n".join([*lines[:at], *(f"    {quote}" for quote in quotes), "", *lines[at:]])


@pytest.mark.parametrize("trailing", ["", "  ", "\t", "\u00a0"])
def test_name_and_date_lines_quoted_in_a_numbered_seed_do_not_make_it_a_dump(trailing: str) -> None:
    # Two "name on date" lines quoted in a comment look like a dump's comment headers: the dump
    # reader took the seed over, read 2 comments out of quotes and left the real headers ("1. Dan
    # says:") in the text, with no warning. The numbered reading is the seed's.
    seed = (ROOT / "seeds" / "001_66734cbd72f3e3fc.txt").read_text(encoding="utf-8")
    if trailing:  # white space after a header's colon, which the numbered dialect reads past
        seed = seed.replace(" says:\n", f" says:{trailing}\n")
    plain = parse(seed, "plain.txt")
    quoted = parse(
        _quoting(seed, ["Mary on March 3, 2012", "boats are great", "", "Dave on March 4, 2012"]), "q.txt"
    )
    assert (quoted.dialect, quoted.warnings) == ("numbered", ())
    assert [(c.id, c.author) for c in walk(quoted.comments)] == [
        (c.id, c.author) for c in walk(plain.comments)
    ]
    assert "Mary on March 3, 2012" in " ".join(p.text for p in quoted.comments[0].paragraphs)


@pytest.mark.parametrize(
    ("inserted", "risky"),
    [
        ("  1. Bob says:", True),  # where the seed dialect's comments are numbered
        ("    • Carl says:", True),  # on its replies' bullet
        ("       1. My doctor says:", False),  # a list item in the dump's comment: further in
        ("  1. Bob says:  ", True),  # white space after the colon
        ("  1. Bob says:\n  and Eve says:", False),  # a paragraph of two lines is no header
    ],
)
@pytest.mark.parametrize("where", ["comment", "article"])
def test_a_dump_whose_text_holds_a_numbered_comment_header_says_the_thread_may_be_wrong(
    inserted: str, risky: bool, where: str
) -> None:
    # When the numbered reading is no better, the dump's reading stands, but a numbered seed's
    # header read as text is a thread risk: `make site` stops on it rather than publish quietly.
    dump = (FIXTURES / "wp_classic_en_sourdough.w3m-80.txt").read_text(encoding="utf-8")
    first = parse(dump, "dump.txt")
    if where == "comment":
        line = next(c for c in walk(first.comments) if c.paragraphs).paragraphs[0].line
    else:
        line = first.article[-1].line + 2  # after the article's last paragraph and a blank line
    lines = dump.split("\n")
    lines[line - 1 : line - 1] = (
        [*inserted.split("\n"), ""] if where == "comment" else ["", *inserted.split("\n")]
    )
    if where == "article":
        line += 1
    read = parse("\n".join(lines), "dump.txt")
    assert read.dialect == "threaded" and len(walk(read.comments)) == len(walk(first.comments))
    expected = [(line, f"a numbered comment's header read as text: {inserted.strip()!r}{THREAD_RISK}")]
    assert [(w.line, w.message) for w in read.warnings if w.risky] == (expected if risky else [])


def test_a_numbered_reading_that_shares_a_header_with_the_dump_reading_is_not_taken() -> None:
    # The seed dialect reads three comments, one more than the dump reader, but at the lines the
    # dump reader read as headers: the two readings disagree on what a header is, not on quotes,
    # so neither is trusted quietly. The dump's reading stands, the header it left is a risk.
    seed = (
        "A title\n\nPosted on Aug 27, 2008 in Stuff\n\nThe article.\n\n"
        "  1. Mary on March 3, 2012\n\n    Boats.\n    Reply\n\n"
        "  2. Dave on March 4, 2012\n\n    Ships.\n    Reply\n\n"
        "  3. Bob says:\n\n    Rafts.\n"
    )
    read = parse(seed, "seed.txt")
    assert read.dialect == "threaded" and [c.author for c in walk(read.comments)] == ["Mary", "Dave"]
    assert [(w.line, w.risky) for w in read.warnings] == [(17, True)]
    # Without the "Reply" under them (and no heading that names comments), nothing marks Mary's
    # and Dave's lines as comments: refused, not read either way.
    with pytest.raises(SeedError, match=r"seed.txt:7: expected a comment section"):
        parse(seed.replace("    Reply\n", ""), "seed.txt")


def _reddit_page(*comments: str) -> str:
    head = ["A question (self.keyboards)", "", "submitted 1 day ago by op", "", "Which one?", ""]
    return "\n".join(head + list(comments))


def test_an_old_reddit_header_wrapped_before_its_reply_count_keeps_its_replies() -> None:
    text = _reddit_page(
        "[–]ann 5 points 2 hours ago",
        "(1 child)",
        "",
        "First.",
        "  • permalink",
        "",
        "[–]bob 1 point 1 hour ago (0 children)",
        "",
        "A reply.",
        "  • permalink",
    )
    discussion = parse(text, "wrapped.txt")
    assert [(c.author, c.depth, c.paragraphs[0].text) for c in walk(discussion.comments)] == [
        ("ann", 0, "First."),
        ("bob", 1, "A reply."),
    ]


def test_an_old_reddit_comment_collapsed_for_its_score_is_read() -> None:
    text = _reddit_page(
        "[–]bob 9 points 3 hours ago (2 children)",
        "",
        "Top.",
        "  • permalink",
        "",
        "[+]troll -5 points 2 hours ago (1 child)",
        "",
        "Bait.",
        "  • permalink",
        "",
        "[–]carol 2 points 1 hour ago (0 children)",
        "",
        "Ignore it.",
        "  • permalink",
        "",
        "[–]dave 1 point 1 hour ago (0 children)",
        "",
        "Another thread.",
        "  • permalink",
    )
    discussion = parse(text, "collapsed.txt")
    assert [(c.author, c.depth) for c in walk(discussion.comments)] == [
        ("bob", 0),
        ("troll", 1),
        ("carol", 2),
        ("dave", 0),
    ]


def test_a_comment_that_lists_an_action_word_or_says_reply_keeps_its_text() -> None:
    reddit = _reddit_page(
        "[–]ann 5 points 2 hours ago (0 children)",
        "",
        "My routine:",
        "  • save",
        "  • verify",
        "That's all.",
        "  • permalink",
        "  • save",
        "  • reply",
    )
    comment = parse(reddit, "list.txt").comments[0]
    assert len(comment.paragraphs) == 1
    assert comment.paragraphs[0].text.startswith("My routine:\n• save\n• verify")
    assert comment.paragraphs[0].text.endswith("That's all.")
    hacker_news = ["Ask HN: what? ", "9 points by op 3 hours ago | hide", ""]
    hacker_news += ["ann 2 hours ago [–]", "", "reply", "", "is what I typed, by mistake.", "", "reply"]
    comment = parse("\n".join(hacker_news), "reply.txt").comments[0]
    assert [p.text for p in comment.paragraphs] == ["reply", "is what I typed, by mistake."]


def test_an_impossible_post_date_in_the_sidebar_is_no_date() -> None:
    text = "this post was submitted on 2020-13-45\n\n" + _reddit_page(
        "[–]ann 5 points 2 hours ago (0 children)", "", "Hi.", "  • permalink"
    )
    discussion = parse(text, "date.txt")
    assert discussion.posted is None
    assert discussion.comments[0].author == "ann"


def test_hacker_news_dates_of_old_stories_are_read_and_an_impossible_one_is_said() -> None:
    text = "Ask HN: x\n9 points by op on Mar 5, 2024 | hide\n\n"
    text += "ann on Feb 30, 2020 [–]\n\nHi.\n\nreply\n\nbob on Mar 6, 2024 | prev [–]\n\nHo.\n\nreply\n"
    discussion = parse(text, "old.txt")
    assert (discussion.posted, discussion.posted_text) == (dt.date(2024, 3, 5), "on Mar 5, 2024")
    assert [(c.posted, c.posted_text) for c in discussion.comments] == [
        (None, "on Feb 30, 2020"),
        ("2024-03-06", "on Mar 6, 2024"),
    ]
    assert [w.message for w in discussion.warnings] == ["unrecognised date 'on Feb 30, 2020'; kept as text"]


@pytest.mark.parametrize("title", ["today", "Gestern", "ВЧЕРА", "hier", "Ayer", "Heute", "oggi"])
def test_a_title_that_is_a_relative_date_is_no_comment_header(title: str) -> None:
    """A seed's title that is a date alone ("today") over its "Posted on" line: two dated lines,
    but neither names a commenter, so no dump reading takes the seed (it read one comment)."""
    discussion = parse(f"{title}\n\nPosted on Jan 1, 2000\n\nAn article of a few words.\n", "x.txt")
    assert discussion.dialect == "numbered"
    assert (discussion.title, discussion.posted_text, discussion.comments) == (title, "Jan 1, 2000", ())
    with_comment = parse(
        f"{title}\n\nPosted on Jan 1, 2000\n\nText.\n\n  1. Bob says:\n\n    Yes.\n", "x.txt"
    )
    assert [(c.author, c.paragraphs[0].text) for c in walk(with_comment.comments)] == [("Bob", "Yes.")]


def test_a_marker_alone_above_a_verb_is_refused_in_one_line() -> None:
    """A list marker alone on the line above "says:" (no name): the "Reply" test of the line above
    read its first character and raised IndexError; now the dump is refused as others are."""
    text = (
        "Title\n\nSome article text that is long enough to be prose.\n\nComments\n\n    1.\n"
        "       says:\n       March 3, 2020 at 10:00 am\n       Hello there.\n"
    )
    error = _reject(text)
    assert str(error).startswith("seed.txt:") and "\n" not in str(error)


def test_comments_dated_only_under_their_text_are_read_with_the_names_over_them() -> None:
    # A Drupal theme (as on a civil-liberties site) prints the name, the text, then the date in a
    # list of links under it ("• reply • April 5, 2018 • 6:32 PM"): the dates were read as the
    # headers, each of an empty comment, and the page was refused. The name over each text is
    # its header, with the date under it (tests/test_threaded_drupal.py has the whole theme).
    said = [
        ("Anonymous", "One valuable reform would be to make them tell you who looked you up."),
        ("Lars", "Couldn't I just block the tracker in my own proxy filter at home?"),
        ("Anonymous", "Privacy Badger is also a good plugin to mention here."),
        ("Ed B.", "The law is more than a decade behind, and it shows every single day."),
    ]
    comments = "".join(
        f"<div class='comment'><h3>{name}</h3><p>{text}</p>"
        f"<ul class='links'><li><a href='#r'>reply</a></li><li>April {day}, 2018</li>"
        f"<li>6:3{day} PM</li></ul></div>"
        for day, (name, text) in enumerate(said, start=5)
    )
    page = (
        "<html><body><h1>Tracked without an account</h1><p>By Dan Gillmor, April 5, 2018</p>"
        "<p>I don't use the site, and it still follows me around the web, page after page.</p>"
        f"<h2>Comments</h2>{comments}</body></html>"
    )
    for tool in ("w3m", "lynx"):
        read = parse(dump(page, tool, 80), "page.txt")
        assert [
            (c.author, c.posted, " ".join(p.text for p in c.paragraphs)) for c in walk(read.comments)
        ] == [(name, f"2018-04-{day:02d}", text) for day, (name, text) in enumerate(said, start=5)]


def test_a_seeds_short_replies_are_no_menu_of_a_page() -> None:
    # A review's case: "Mary" / "March 3, 2012" quoted in a numbered seed's comment, and two short
    # replies ("• Well said.") in the seed's first half, which looked like a page's menu: the
    # numbered reading was not tried for the quoted lines and the seed was refused.
    lines = (ROOT / "seeds" / "001_66734cbd72f3e3fc.txt").read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("  2. "))
    quotes = ["    Mary", "    March 3, 2012", "    boats are great", "", "    Dave", "    March 4, 2012", ""]
    seed = []
    for line in [*lines[:at], *quotes, *lines[at:]]:
        if line.startswith(("  3. ", "  4. ")):
            seed += ["    • Well said.", ""]
        seed.append(line)
    read = parse("\n".join(seed), "seed.txt")
    assert read.dialect == "numbered"
    assert "Well said." in [" ".join(p.text for p in c.paragraphs) for c in walk(read.comments)]
