"""The Atom feeds (RFC 4287): the archive's, newest discussions first, so a reader can follow the
archive, and each discussion's of its dated comments.

Written with the standard library's XML writer (:mod:`xml.etree.ElementTree`, which escapes all
text), never by pasting strings. Everything in it comes from the discussions, nothing from the
build: ids are ``urn:uuid`` names derived from each discussion's slug and date, ``updated`` is
the latest date in the content, so two builds of the same seeds write the same bytes. Links are
relative to the site's root, where the feed lives, so the feed works on any host, under any
path and from ``file://``; the MkDocs hook gives it the site's name and, when ``site_url`` is
set, an ``xml:base`` that makes them absolute (:mod:`generator.publish.feeds`).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import PurePosixPath

from generator.analysis.summary import Summary
from generator.model import Comment, Discussion
from generator.pages.paths import FEED_PAGE, page_url
from generator.pages.rows import FeedKey, FeedRow
from generator.pages.words import plural, shorten

ATOM = "http://www.w3.org/2005/Atom"
"""The Atom namespace."""

FEED_ENTRIES = 50
"""Entries a feed lists (discussions in the archive's, comments in a discussion's): the newest;
a feed reader keeps the older ones it has seen."""

FEED_TITLE = "Discussion archive"
"""The feed's title until the MkDocs hook gives it the site's name."""

FEED_NAMESPACE = uuid.UUID("5b0d4f55-2f7a-4c1e-9d55-8a1f6b1f7e01")
"""The namespace of the feed's ``urn:uuid`` ids (a random one, fixed here for good)."""

NO_DATE = "1970-01-01T00:00:00Z"
"""The feed's ``updated`` when no discussion has a date (the feed then has no entry)."""


def atom_time(value: str | dt.date) -> str:
    """An ISO 8601 date or prefix (``2019-10-20``, ``2019-10-20T13:31``, with or without a zone)
    as the RFC 3339 date-time Atom requires; a time or zone the page did not give is taken as
    midnight, UTC."""
    if isinstance(value, dt.date):
        value = value.isoformat()
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    text = moment.isoformat(timespec="seconds")
    return text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text


def _instant(value: str) -> dt.datetime:
    """An :func:`atom_time` as a moment, to compare dates given with and without a zone."""
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


def feed_row(summary: Summary) -> FeedRow | None:
    """The entry ``summary`` (with its final slug) adds to the feed; None when it has no date at
    all (an entry must have one): published when it was posted (else its first comment), updated
    at its last comment (else when it was posted)."""
    first = summary.posted if summary.posted is not None else summary.first_comment
    if first is None:
        return None
    published = atom_time(first)
    updated = published
    if summary.last_comment is not None:
        last = atom_time(summary.last_comment)
        updated = max(published, last, key=_instant)
    key = FeedKey(-int(_instant(published).timestamp()), summary.slug)
    # Plain text (the element's text is escaped by the writer): the article's opening and counts.
    counts = f"{plural(summary.comments, 'comment')} in {plural(summary.threads, 'thread')}."
    text = f"{shorten(summary.excerpt, 300)} ({counts})" if summary.excerpt else counts
    return FeedRow(
        key,
        summary.slug,
        summary.title,
        published,
        updated,
        summary.author,
        text,
        f"urn:uuid:{uuid.uuid5(FEED_NAMESPACE, f'{summary.slug}/{published}')}",
    )


def feed_lines(rows: Iterable[FeedRow]) -> Iterator[str]:
    """The feed of the first :data:`FEED_ENTRIES` of ``rows`` (newest first), as lines."""
    entries = [row for _, row in zip(range(FEED_ENTRIES), rows, strict=False)]
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _add(feed, "id", f"urn:uuid:{uuid.uuid5(FEED_NAMESPACE, FEED_PAGE)}")
    _add(feed, "title", FEED_TITLE)
    newest = max((row.updated for row in entries), key=_instant, default=NO_DATE)
    _add(feed, "updated", newest)
    _link(feed, FEED_PAGE, "self", "application/atom+xml")
    _link(feed, "index.html", "alternate", "text/html")
    # The feed's author stands for the entries whose article names none (RFC 4287, 4.1.1).
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
    yield '<?xml version="1.0" encoding="utf-8"?>'
    yield from ET.tostring(feed, encoding="unicode").splitlines()


def _add(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = _xml_text(text)


def _xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold at all (control characters but tab and
    line breaks, lone surrogates, U+FFFE and U+FFFF): the writer escapes ``<`` and ``&``, not
    these, and one of them would make the whole feed unreadable."""
    if text.isprintable():
        return text
    return _NOT_XML.sub("", text)  # one pass in C: a comment's text has line breaks, always


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""A character XML 1.0 cannot hold."""


def _link(parent: ET.Element, href: str, rel: str, kind: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}link", {"rel": rel, "type": kind, "href": href})


THREAD = "http://purl.org/syndication/thread/1.0"
"""The namespace of RFC 4685 (Atom threading): ``thr:in-reply-to`` marks a reply."""


def comment_feed_lines(discussion: Discussion) -> list[str] | None:
    """The Atom feed of the comments of ``discussion`` (with its final slug) that have a date,
    newest first, each reply with ``thr:in-reply-to`` naming the comment it answers (RFC 4685,
    as public-inbox does for mail); None when no comment has a date (an entry must have one).
    It lives beside the discussion's page, so its links are the page's file name and anchors."""
    dated = [
        (comment, parent, atom_time(comment.posted))
        for comment, parent in _with_parents(discussion.comments, None)
        if comment.posted is not None and comment.kind != "deleted"
    ]
    if not dated:
        return None
    page = PurePosixPath(page_url(discussion.slug)).name
    # Newest first; comments posted at the same moment keep the page's order.
    dated.sort(key=lambda item: -_instant(item[2]).timestamp())
    # The newest, as the archive's feed: a reader keeps what it has seen, and a feed of every
    # comment of a long thread cost more to write than reading the page (19 MB for 15 MB of dumps).
    dated = dated[:FEED_ENTRIES]
    ET.register_namespace("", ATOM)
    ET.register_namespace("thr", THREAD)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _add(feed, "id", comment_id(discussion.slug, "comments"))
    _add(feed, "title", f"Comments on {discussion.title}")
    _add(feed, "updated", max((when for _, _, when in dated), key=_instant))
    _link(feed, f"{PurePosixPath(page).stem}.xml", "self", "application/atom+xml")
    _link(feed, page, "alternate", "text/html")
    for comment, parent, when in dated:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _add(entry, "id", comment_id(discussion.slug, comment.id))
        author = comment.author or "Anonymous"
        what = {"pingback": "Pingback", "trackback": "Trackback"}.get(comment.kind, "Comment")
        _add(entry, "title", f"{what} by {author}" if comment.author else f"{what} {comment.id}")
        _add(entry, "published", when)
        _add(entry, "updated", when)
        _add(ET.SubElement(entry, f"{{{ATOM}}}author"), "name", author)
        _link(entry, f"{page}#{comment.id}", "alternate", "text/html")
        if parent is not None:
            ET.SubElement(
                entry,
                f"{{{THREAD}}}in-reply-to",
                {
                    "ref": comment_id(discussion.slug, parent.id),
                    "href": f"{page}#{parent.id}",
                    "type": "text/html",
                },
            )
        _add(entry, "content", "\n\n".join(paragraph.text for paragraph in comment.paragraphs))
    ET.indent(feed)
    return ['<?xml version="1.0" encoding="utf-8"?>', *ET.tostring(feed, encoding="unicode").splitlines()]


def comment_id(slug: str, comment: str) -> str:
    """The id of the comment ``comment`` (its anchor) of the discussion ``slug`` in its feed (or
    of the feed itself, for ``"comments"``, which no anchor is): the same in every build."""
    return f"urn:uuid:{uuid.uuid5(FEED_NAMESPACE, f'{slug}#{comment}')}"


def _with_parents(
    comments: Iterable[Comment], parent: Comment | None
) -> Iterator[tuple[Comment, Comment | None]]:
    """Every comment in page order, with the comment it replies to (None for a top-level one).

    A stack, not recursion: a thread may be nested thousands of replies deep."""
    stack = [_paired(comments, parent)]
    while stack:
        found = next(stack[-1], None)
        if found is None:
            stack.pop()
            continue
        comment, _ = found
        yield found
        if comment.replies:
            stack.append(_paired(comment.replies, comment))


def _paired(comments: Iterable[Comment], parent: Comment | None) -> Iterator[tuple[Comment, Comment | None]]:
    """Each of ``comments`` with ``parent``."""
    for comment in comments:
        yield comment, parent
