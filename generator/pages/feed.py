"""The Atom feeds (RFC 4287): the archive's, newest discussions first, so a reader can follow the
archive, and each discussion's of its dated comments.

Written line by line as :mod:`xml.etree.ElementTree` writes an indented tree, byte for byte, every
piece of seed text through one escaping function (building the tree and serializing it took longer
than the rest of the discussion's feed). Everything in it comes from the discussions, nothing from the
build: ids are ``urn:uuid`` names derived from each discussion's slug and date, ``updated`` is
the latest date in the content, so two builds of the same seeds write the same bytes. Links are
relative to the site's root, where the feed lives, so the feed works on any host, under any
path and from ``file://``; the MkDocs hook gives it the site's name and, when ``site_url`` is
set, an ``xml:base`` that makes them absolute (:mod:`generator.publish.feeds`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid
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
    return _moment_text(dt.datetime.fromisoformat(value.isoformat() if isinstance(value, dt.date) else value))


def _moment_text(moment: dt.datetime) -> str:
    """A moment (UTC when it has no zone) as :func:`atom_time` writes it."""
    text = moment.isoformat(timespec="seconds")
    if moment.tzinfo is None:  # as it would be written in UTC, without making it so first
        return text + "Z"
    return text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text


_EPOCH = dt.datetime(1970, 1, 1)
_SECOND = dt.timedelta(seconds=1)


def _newest_first(moment: dt.datetime) -> float:
    """What sorts moments (UTC when they have no zone) newest first, to the second
    :func:`atom_time` writes."""
    if moment.tzinfo is None:
        # Whole seconds since the epoch, as an integer: making each moment aware first to ask
        # for its timestamp took most of the time of sorting a long thread's comments.
        return -((moment - _EPOCH) // _SECOND)
    return -moment.replace(microsecond=0).timestamp()


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
        f"urn:uuid:{name_uuid(f'{summary.slug}/{published}')}",
    )


def feed_lines(rows: Iterable[FeedRow]) -> Iterator[str]:
    """The feed of the first :data:`FEED_ENTRIES` of ``rows`` (newest first), as lines."""
    entries = [row for _, row in zip(range(FEED_ENTRIES), rows, strict=False)]
    newest = max((row.updated for row in entries), key=_instant, default=NO_DATE)
    out = [
        XML_DECLARATION,
        f'<feed xmlns="{ATOM}">',
        _element("id", f"urn:uuid:{name_uuid(FEED_PAGE)}", 1),
        _element("title", FEED_TITLE, 1),
        _element("updated", newest, 1),
        _link(FEED_PAGE, "self", "application/atom+xml", 1),
        _link("index.html", "alternate", "text/html", 1),
        # The feed's author stands for the entries whose article names none (RFC 4287, 4.1.1).
        "  <author>",
        _element("name", FEED_TITLE, 2),
        "  </author>",
        _element("generator", "discussion archive generator", 1),
    ]
    for row in entries:
        out += [
            "  <entry>",
            _element("id", row.id, 2),
            _element("title", row.title, 2),
            _element("published", row.published, 2),
            _element("updated", row.updated, 2),
        ]
        if row.author:
            out += ["    <author>", _element("name", row.author, 3), "    </author>"]
        out += [
            _link(page_url(row.slug), "alternate", "text/html", 2),
            _element("summary", row.summary, 2),
            "  </entry>",
        ]
    out.append("</feed>")
    yield from _lines(out)


XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>'
"""The first line of a feed."""

_INDENT = ("", "  ", "    ", "      ")
"""The indentation of an element by its depth, two spaces a level (as ``ET.indent`` makes it)."""


def _element(tag: str, text: str, depth: int) -> str:
    """The line of an element holding only ``text`` (``<tag />`` when nothing of it is left)."""
    text = _element_text(text)
    if not text:
        return f"{_INDENT[depth]}<{tag} />"
    return f"{_INDENT[depth]}<{tag}>{text}</{tag}>"


def _element_text(text: str) -> str:
    """``text`` as an element holds it: what XML cannot hold dropped, the rest escaped."""
    return _escaped(_xml_text(text))


def _escaped(text: str) -> str:
    """``text`` as ElementTree escapes it in an element: a ">" too, though XML requires it only
    after "]]". (Each replacement only where needed: most texts hold none of the three.)"""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _attribute(value: str) -> str:
    """``value`` escaped for a double-quoted attribute, as ElementTree escapes it: its line
    breaks and tabs as character references, which a parser would otherwise turn into spaces."""
    value = _escaped(value)
    if '"' in value:
        value = value.replace('"', "&quot;")
    if "\r" in value:
        value = value.replace("\r", "&#13;")
    if "\n" in value:
        value = value.replace("\n", "&#10;")
    if "\t" in value:
        value = value.replace("\t", "&#09;")
    return value


def _lines(out: list[str]) -> list[str]:
    """The feed's lines, ``out`` split where text holds a line break of its own (as
    ``str.splitlines`` splits: a carriage return, U+2028 …, which the file then holds as ``\\n``)."""
    return "\n".join(out).splitlines()


def _xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold at all (control characters but tab and
    line breaks, lone surrogates, U+FFFE and U+FFFF): escaping changes ``<`` and ``&``, not
    these, and one of them would make the whole feed unreadable."""
    if text.isprintable():
        return text
    # A comment's text has line breaks, always. Most are ASCII: their bytes, translated to 0
    # where XML cannot hold them, say so several times faster than the expression's search.
    # Every character the expression finds is unprintable: the other texts, their line breaks
    # set aside, are mostly printable, which is told as fast.
    clean = (
        0 not in text.encode("ascii").translate(_NOT_XML_ASCII)
        if text.isascii()
        else text.replace("\n", "").isprintable()
    )
    return text if clean else _NOT_XML.sub("", text)  # one pass in C


_NOT_XML_ASCII = bytes(0 if byte < 0x20 and byte not in b"\t\n\r" else 1 for byte in range(256))
"""A translation table of bytes: 0 for the ASCII characters of ``_NOT_XML``, 1 for the others."""


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""A character XML 1.0 cannot hold."""


def _link(href: str, rel: str, kind: str, depth: int) -> str:
    """The line of a ``<link>`` (``rel`` and ``kind`` are the feed's own words, not escaped)."""
    return f'{_INDENT[depth]}<link rel="{rel}" type="{kind}" href="{_attribute(href)}" />'


THREAD = "http://purl.org/syndication/thread/1.0"
"""The namespace of RFC 4685 (Atom threading): ``thr:in-reply-to`` marks a reply."""


_ENTRY_KINDS = {"pingback": "Pingback", "trackback": "Trackback"}
"""How a comment feed's entry titles the comments that are link notices (others: "Comment")."""


def comment_feed_lines(discussion: Discussion) -> list[str] | None:
    """The Atom feed of the comments of ``discussion`` (with its final slug) that have a date,
    newest first, each reply with ``thr:in-reply-to`` naming the comment it answers (RFC 4685,
    as public-inbox does for mail); None when no comment has a date (an entry must have one).
    It lives beside the discussion's page, so its links are the page's file name and anchors."""
    dated = _dated(discussion.comments)
    if not dated:
        return None
    page = PurePosixPath(page_url(discussion.slug)).name
    # Newest first, to the second the feed shows; comments posted at the same moment keep the
    # page's order (a stable sort on the first item alone).
    dated.sort(key=_first)
    # The newest, as the archive's feed: a reader keeps what it has seen, and a feed of every
    # comment of a long thread cost more to write than reading the page (19 MB for 15 MB of dumps).
    # Only these are written: their times are formatted here, not those of the whole thread.
    newest = [(comment, parent, _moment_text(when)) for _, comment, parent, when in dated[:FEED_ENTRIES]]
    replies = any(parent is not None for _, parent, _ in newest)
    slug = discussion.slug
    out = [
        XML_DECLARATION,
        f'<feed xmlns="{ATOM}" xmlns:thr="{THREAD}">' if replies else f'<feed xmlns="{ATOM}">',
        _element("id", comment_id(slug, "comments"), 1),
        _element("title", f"Comments on {discussion.title}", 1),
        # The newest comment's time: the latest, to the second written (the order of the sort).
        _element("updated", newest[0][2], 1),
        _link(f"{PurePosixPath(page).stem}.xml", "self", "application/atom+xml", 1),
        _link(page, "alternate", "text/html", 1),
    ]
    href = _attribute(page)
    for comment, parent, when in newest:
        author = comment.author
        what = _ENTRY_KINDS.get(comment.kind, "Comment")
        # Lines joined here already: the feed's lines are joined and split again at the end
        # (:func:`_lines`), and an entry's fixed lines cost more as items of their own.
        # Its id a urn:uuid and its times atom_times: nothing to escape in them.
        if author:
            name = _element_text(author)
            # The title's only seed text is the name escaped here: not escaped twice.
            title = f"{_INDENT[2]}<title>{what} by {name}</title>"
        else:
            name, title = "Anonymous", _element("title", f"{what} {comment.id}", 2)
        out.append(
            f"  <entry>\n    <id>{comment_id(slug, comment.id)}</id>\n{title}\n"
            f"    <published>{when}</published>\n    <updated>{when}</updated>\n"
            f"    <author>\n{_INDENT[3]}<name{f'>{name}</name>' if name else ' />'}\n    </author>\n"
            f'{_INDENT[2]}<link rel="alternate" type="text/html" href="{href}#{_attribute(comment.id)}" />'
        )
        if parent is not None:
            ref = comment_id(slug, parent.id)
            out.append(
                f'    <thr:in-reply-to ref="{ref}" href="{href}#{_attribute(parent.id)}" type="text/html" />'
            )
        content = "\n\n".join([paragraph.text for paragraph in comment.paragraphs])
        out += [_element("content", content, 2), "  </entry>"]
    out.append("</feed>")
    return _lines(out)


def _first(item: tuple[float, Comment, Comment | None, dt.datetime]) -> float:
    return item[0]


def _dated(
    comments: tuple[Comment, ...],
) -> list[tuple[float, Comment, Comment | None, dt.datetime]]:
    """The comments with a date (deleted ones aside) in page order, each with what sorts it
    newest first (:func:`_newest_first`), the comment it replies to (None for a top-level
    one) and when it was posted. A stack, not recursion: a thread may be nested thousands of
    replies deep."""
    out: list[tuple[float, Comment, Comment | None, dt.datetime]] = []
    stack: list[tuple[Comment, Comment | None]] = [(comment, None) for comment in reversed(comments)]
    while stack:
        comment, parent = stack.pop()
        if comment.posted is not None and comment.kind != "deleted":
            moment = dt.datetime.fromisoformat(comment.posted)
            out.append((_newest_first(moment), comment, parent, moment))
        if comment.replies:
            stack += [(reply, comment) for reply in reversed(comment.replies)]
    return out


def comment_id(slug: str, comment: str) -> str:
    """The id of the comment ``comment`` (its anchor) of the discussion ``slug`` in its feed (or
    of the feed itself, for ``"comments"``, which no anchor is): the same in every build."""
    return f"urn:uuid:{name_uuid(f'{slug}#{comment}')}"


_NAMESPACE_BYTES = FEED_NAMESPACE.bytes


def name_uuid(name: str) -> str:
    """``str(uuid.uuid5(FEED_NAMESPACE, name))`` (RFC 4122's SHA-1 name-based UUID), written
    directly: a feed has one per comment, and :class:`uuid.UUID` checks and converts its value
    several times over."""
    digits = hashlib.sha1(_NAMESPACE_BYTES + name.encode("utf-8"), usedforsecurity=False).hexdigest()
    # Version 5 in the 13th digit; the RFC 4122 variant in the top bits of the 17th.
    return (
        f"{digits[:8]}-{digits[8:12]}-5{digits[13:16]}-{_VARIANT[digits[16]]}{digits[17:20]}-{digits[20:32]}"
    )


_VARIANT = {f"{value:x}": f"{value & 0x3 | 0x8:x}" for value in range(16)}
"""A hex digit with its top two bits set to RFC 4122's variant (``10``)."""
