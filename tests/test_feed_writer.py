"""The feeds are written line by line (:mod:`generator.pages.feed`), byte for byte as the
standard library's XML writer writes the same tree: checked against an ElementTree oracle on the
thread fixtures and on hostile text, ids and dates, and the ids against :func:`uuid.uuid5`."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import parse
from generator.model import Comment, Discussion, Paragraph, walk
from generator.pages.feed import (
    ATOM,
    FEED_ENTRIES,
    FEED_NAMESPACE,
    FEED_TITLE,
    NO_DATE,
    THREAD,
    atom_time,
    comment_feed_lines,
    comment_id,
    feed_lines,
    name_uuid,
)
from generator.pages.paths import FEED_PAGE, page_url
from generator.pages.rows import FeedKey, FeedRow
from generator.read.slugs import base_slug

THREADS = Path(__file__).parent / "fixtures" / "threads"


# The oracle: the feeds as the generator wrote them with ElementTree before it wrote them itself.


def _xml_text(text: str) -> str:
    return "".join(
        char
        for char in text
        if not (
            char < "\x09"
            or char in "\x0b\x0c"
            or "\x0e" <= char <= "\x1f"
            or "\ud800" <= char <= "\udfff"
            or char in "\ufffe\uffff"
        )
    )


def _add(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = _xml_text(text)


def _link(parent: ET.Element, href: str, rel: str, kind: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}link", {"rel": rel, "type": kind, "href": href})


def _instant(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


def _with_parents(
    comments: Iterable[Comment], parent: Comment | None
) -> Iterator[tuple[Comment, Comment | None]]:
    for comment in comments:
        yield comment, parent
        yield from _with_parents(comment.replies, comment)


def oracle_comment_feed(discussion: Discussion) -> list[str] | None:
    dated = [
        (comment, parent, atom_time(comment.posted))
        for comment, parent in _with_parents(discussion.comments, None)
        if comment.posted is not None and comment.kind != "deleted"
    ]
    if not dated:
        return None
    page = PurePosixPath(page_url(discussion.slug)).name
    dated.sort(key=lambda item: -_instant(item[2]).timestamp())
    dated = dated[:FEED_ENTRIES]
    ET.register_namespace("", ATOM)
    ET.register_namespace("thr", THREAD)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _add(feed, "id", f"urn:uuid:{uuid.uuid5(FEED_NAMESPACE, f'{discussion.slug}#comments')}")
    _add(feed, "title", f"Comments on {discussion.title}")
    _add(feed, "updated", max((when for _, _, when in dated), key=_instant))
    _link(feed, f"{PurePosixPath(page).stem}.xml", "self", "application/atom+xml")
    _link(feed, page, "alternate", "text/html")
    for comment, parent, when in dated:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _add(entry, "id", f"urn:uuid:{uuid.uuid5(FEED_NAMESPACE, f'{discussion.slug}#{comment.id}')}")
        author = comment.author or "Anonymous"
        what = {"pingback": "Pingback", "trackback": "Trackback"}.get(comment.kind, "Comment")
        _add(entry, "title", f"{what} by {author}" if comment.author else f"{what} {comment.id}")
        _add(entry, "published", when)
        _add(entry, "updated", when)
        _add(ET.SubElement(entry, f"{{{ATOM}}}author"), "name", author)
        _link(entry, f"{page}#{comment.id}", "alternate", "text/html")
        if parent is not None:
            ref = f"urn:uuid:{uuid.uuid5(FEED_NAMESPACE, f'{discussion.slug}#{parent.id}')}"
            attributes = {"ref": ref, "href": f"{page}#{parent.id}", "type": "text/html"}
            ET.SubElement(entry, f"{{{THREAD}}}in-reply-to", attributes)
        _add(entry, "content", "\n\n".join(paragraph.text for paragraph in comment.paragraphs))
    ET.indent(feed)
    return ['<?xml version="1.0" encoding="utf-8"?>', *ET.tostring(feed, encoding="unicode").splitlines()]


def oracle_feed(rows: list[FeedRow]) -> list[str]:
    entries = rows[:FEED_ENTRIES]
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _add(feed, "id", f"urn:uuid:{uuid.uuid5(FEED_NAMESPACE, FEED_PAGE)}")
    _add(feed, "title", FEED_TITLE)
    _add(feed, "updated", max((row.updated for row in entries), key=_instant, default=NO_DATE))
    _link(feed, FEED_PAGE, "self", "application/atom+xml")
    _link(feed, "index.html", "alternate", "text/html")
    _add(ET.SubElement(feed, f"{{{ATOM}}}author"), "name", FEED_TITLE)
    _add(feed, "generator", "discussion archive generator")
    for row in entries:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _add(entry, "id", row.id)
        _add(entry, "title", row.title)
        _add(entry, "published", row.published)
        _add(entry, "updated", row.updated)
        if row.author:
            _add(ET.SubElement(entry, f"{{{ATOM}}}author"), "name", row.author)
        _link(entry, page_url(row.slug), "alternate", "text/html")
        _add(entry, "summary", row.summary)
    ET.indent(feed)
    return ['<?xml version="1.0" encoding="utf-8"?>', *ET.tostring(feed, encoding="unicode").splitlines()]


FIXTURES = sorted(path.name for path in THREADS.iterdir() if path.suffix in (".html", ".txt"))


@functools.cache
def fixture(name: str) -> Discussion:
    """The fixture ``name`` parsed, with its slug as the build settles it."""
    discussion = parse((THREADS / name).read_text("utf-8"), name)
    return dataclasses.replace(discussion, slug=base_slug(discussion.slug, discussion.title))


@pytest.mark.parametrize("name", FIXTURES)
def test_a_fixtures_comment_feed_is_what_elementtree_writes(name: str) -> None:
    discussion = fixture(name)
    assert comment_feed_lines(discussion) == oracle_comment_feed(discussion)


def test_the_fixtures_have_dated_comments_and_replies() -> None:
    # The comparison above means something: many of the fixtures' feeds have entries, replies.
    with_replies = 0
    for name in FIXTURES:
        lines = comment_feed_lines(fixture(name)) or []
        with_replies += any("<thr:in-reply-to " in line for line in lines)
    assert with_replies >= 10


# Text a feed must escape, drop or split: markup, quotes, every kind of line break, the
# characters XML cannot hold (controls, lone surrogates, U+FFFE), bidi controls, "]]>".
HOSTILE = st.text(
    st.sampled_from(
        list("ab é&<>\"'\t\n\r\x00\x01\x0b\x0c\x1c\x1f\x7f\x85\u2028\u2029\ud800\udfff\ufffe\uffff\u202e]")
    ),
    max_size=12,
)
# Ids and slugs: the same but lone surrogates, which have no UTF-8 to derive an id from.
NAMES = st.text(st.sampled_from(list("ab é&<>\"'\t\n\r\x00\x01\x0b\x85\u2028\ufffe\u202e]#/")), max_size=12)
# ISO dates and prefixes as the parsers write them: with and without time, seconds, fractions
# and zones (the same instant written two ways must keep the page's order).
TIMES = st.builds(
    lambda day, minute, second, micro, zone, shape: [
        f"2020-01-{day:02}",
        f"2020-01-{day:02}T10:{minute:02}",
        f"2020-01-{day:02}T10:{minute:02}:{second:02}{zone}",
        f"2020-01-{day:02}T10:{minute:02}:{second:02}.{micro:06}{zone}",
    ][shape],
    st.integers(1, 3),
    st.integers(0, 2),
    st.integers(0, 1),
    st.integers(0, 999999),
    st.sampled_from(["", "Z", "+00:00", "+02:00", "-05:30"]),
    st.integers(0, 3),
)


@st.composite
def discussions(draw: st.DrawFn) -> Discussion:
    def comment(depth: int, index: int) -> Comment:
        replies = draw(st.integers(0, 2)) if depth < 3 else 0
        return Comment(
            id=draw(st.sampled_from([f"c{index}", f"c{depth}-{index}"]) | NAMES),
            number=index,
            author=draw(st.none() | HOSTILE),
            depth=depth,
            paragraphs=tuple(Paragraph(text, 1) for text in draw(st.lists(HOSTILE, max_size=3))),
            line=1,
            replies=tuple(comment(depth + 1, n) for n in range(replies)),
            posted=draw(st.none() | TIMES),
            kind=draw(st.sampled_from(["comment", "pingback", "trackback", "deleted"])),
        )

    comments = tuple(comment(0, n) for n in range(draw(st.integers(0, 30))))
    return Discussion("x.txt", draw(NAMES), draw(HOSTILE), None, None, None, None, (), comments)


@settings(max_examples=150, deadline=None)
@given(discussions())
def test_a_comment_feed_of_any_text_is_what_elementtree_writes(discussion: Discussion) -> None:
    assert comment_feed_lines(discussion) == oracle_comment_feed(discussion)


def test_a_comment_feed_lists_its_newest_fifty_newest_first_same_moments_in_page_order() -> None:
    # 60 comments, two written at each moment (one with a zone, one without, one with a
    # fraction of a second): the newest 50 of them, pairs in page order.
    comments = []
    for n in range(30):
        when = f"2020-01-01T10:{n:02}:00"
        for index, posted in enumerate((when + "+00:00", when + ".5")):
            number = 2 * n + index
            comments.append(Comment(f"c{number}", number, None, 0, (), 1, posted=posted))
    discussion = Discussion("x.txt", "x", "X", None, None, None, None, (), tuple(comments))
    lines = comment_feed_lines(discussion)
    assert lines == oracle_comment_feed(discussion)
    ids = [line.split(">")[1].split("<")[0] for line in lines if line.startswith("    <title>")]
    assert len(ids) == FEED_ENTRIES
    assert ids[:4] == ["Comment c58", "Comment c59", "Comment c56", "Comment c57"]


ROWS = st.builds(
    lambda slug, title, author, summary, time: FeedRow(
        FeedKey(0, slug), slug, title, time, time, author, summary, f"urn:uuid:{name_uuid(slug)}"
    ),
    NAMES,
    HOSTILE,
    st.none() | HOSTILE,
    HOSTILE,
    TIMES.map(atom_time),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(ROWS, max_size=FEED_ENTRIES + 3))
def test_the_archives_feed_of_any_text_is_what_elementtree_writes(rows: list[FeedRow]) -> None:
    assert list(feed_lines(rows)) == oracle_feed(rows)


@given(st.text())
def test_name_uuid_is_uuid5(name: str) -> None:
    try:
        expected = str(uuid.uuid5(FEED_NAMESPACE, name))
    except UnicodeEncodeError:  # a lone surrogate: no id, the same error
        with pytest.raises(UnicodeEncodeError):
            name_uuid(name)
        return
    assert name_uuid(name) == expected
    assert comment_id("slug", name) == f"urn:uuid:{uuid.uuid5(FEED_NAMESPACE, f'slug#{name}')}"


def test_the_fixture_with_most_comments_has_replies_in_its_feed() -> None:
    discussion = parse((THREADS / "large_wp_classic_de_altbau.html").read_text("utf-8"), "altbau.html")
    assert sum(1 for c in walk(discussion.comments) if c.posted) > FEED_ENTRIES
    lines = comment_feed_lines(discussion)
    assert lines is not None and lines == oracle_comment_feed(discussion)
    assert lines[1] == f'<feed xmlns="{ATOM}" xmlns:thr="{THREAD}">'
