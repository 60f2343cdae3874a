"""A comment's fields from its own elements (those not inside a reply): author, date, id, text.

The class names that engines give these parts are few and stable (WordPress core prints most of
them for every theme); they are tried in order, the first that holds text wins.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree

from generator.read.html.article import utc_title
from generator.read.html.dates import iso_value
from generator.read.html.found import Found
from generator.read.html.text import inline, paragraphs
from generator.read.html.tree import Element, classes

AUTHOR_CLASSES = (
    "fn",
    "comment-author-name",
    "wp-block-comment-author-name",
    "hnuser",
    "username",
    "username-coloured",
    "user",
    "author-name",
    "comment-author",
    "author",
    "creator",
    "poster",
    "who",
    "name",
    "nick",
)
"""Classes that hold the commenter's display name, most specific first."""

BODY_CLASSES = (
    "comment-content",
    "wp-block-comment-content",
    "commtext",
    "comment-text",
    "reply-content",
    "usertext-body",
    "cooked",
    "comment-body",
    "content",
    "post-body",
    "message",
    "text",
)
"""Classes that hold the comment's text alone."""

CHROME_CLASSES = frozenset(
    (
        "comment-author",
        "comment-author-name",
        "wp-block-comment-author-name",
        "vcard",
        "comment-meta",
        "commentmetadata",
        "comment-metadata",
        "comment-header",
        "comment-footer",
        "reply",
        "comment-reply",
        "comment-reply-link",
        "wp-block-comment-reply-link",
        "wp-block-comment-date",
        "wp-block-comment-edit-link",
        "edit-link",
        "says",
        "avatar",
        "comment-awaiting-moderation",
        "comment-actions",
        "comhead",
        "tagline",
        "flat-list",
        "buttons",
        "reply-link",
        "postprofile",
        "author",
        "post-buttons",
        "likes",
        "comment-likes",
        "sharedaddy",
        "signature",
        "links",
    )
)
"""Parts of a comment that are not its text: header, avatar, links to reply, edit or share."""

NOT_BODY = frozenset(("textarea", "form", "nav", "aside"))
"""Never a comment's own text; ``aside`` holds a quote of an earlier comment (Discourse)."""

_CHROME_PARTS = (
    "header",
    "footer",
    "actions",
    "reply",
    "report",
    "rating",
    "votes",
    "avatar",
    "meta",
    "share",
    "likes",
)
"""Parts of a comment block, named in BEM or dashed style, that are not its text."""

_NAME_CLASSES = frozenset(("fn", "url", "name", "comment-author-link"))
_NOT_NAME = frozenset(("says", "screen-reader-text", "avatar", "comment-author-label", "label"))

_DATE_CLASSES = frozenset(
    [
        "comment-date",
        "datetime",
        "date",
        "age",
        "post-time",
        "timestamp",
        "comment-time",
        "commentmetadata",
        "comment-meta",
        "comment-metadata",
        "published",
        "when",
        "posted",
    ]
)


def own_elements(item: Element, items: set[Element], replies: list[Element] | None = None) -> list[Element]:
    """The item's descendants in document order, without the replies nested inside it (those
    are added to ``replies`` when given)."""
    out: list[Element] = []
    # libxml2 walks the tree and skips a reply's subtree: twice as fast as a stack in Python.
    walker = etree.iterwalk(item, events=("start",))
    next(walker)  # the item itself
    for _, node in walker:
        if not isinstance(node.tag, str):
            continue
        if node in items:
            if replies is not None:
                replies.append(node)
            walker.skip_subtree()
            continue
        out.append(node)
    return out


@functools.lru_cache(maxsize=8192)
def _class_rank(value: str, names: tuple[str, ...]) -> int | None:
    """The position in ``names`` of the first of them a class attribute holds (None: none).
    Cached by the attribute's text, as :func:`_names_part` is."""
    present = value.split()
    return min((rank for rank, name in enumerate(names) if name in present), default=None)


def _part(element: Element, parts: tuple[str, ...]) -> bool:
    """Whether a class names one of the ``parts`` of a block in BEM or dashed style
    (``comment__author``, ``post-author``), as sites without an engine name them."""
    value = element.get("class")
    return bool(value) and _names_part(value, parts)


@functools.lru_cache(maxsize=4096)
def _names_part(value: str, parts: tuple[str, ...]) -> bool:
    # Cached by the class attribute's text: a page repeats a few class strings on every comment,
    # and splitting them anew for each element was most of the reader's time on long threads.
    for name in value.split():
        for separator in ("__", "-", "_"):
            head, found, tail = name.rpartition(separator)
            if found and head and tail in parts:
                return True
            if found and tail in _CONTROLS:
                # "pmcc-comments-report-link", "comment-reply-button": the part, as a control.
                head, found, tail = head.rpartition(separator)
                if found and head and tail in parts:
                    return True
    return False


_CONTROLS = frozenset(("link", "links", "button", "btn"))


@dataclass(frozen=True)
class _Marks:
    """What a class attribute says of an element of a comment, read once per attribute text."""

    author: int | None
    """Rank of its best class among :data:`AUTHOR_CLASSES` (None: none of them)."""

    body: int | None
    """Rank of its best class among :data:`BODY_CLASSES` (None: none of them)."""

    chrome: bool
    """A comment's furniture (:func:`_chrome_value`)."""

    deleted: bool
    """Marks a deleted comment (``deleted-comment``, ``comment--removed``)."""

    dated: bool
    """Holds a date (:data:`_DATE_CLASSES`, ``post__date``)."""

    tagline: bool
    """Old Reddit's ``tagline`` (where a deleted comment shows ``[deleted]``)."""


@functools.lru_cache(maxsize=8192)
def _marks(value: str) -> _Marks:
    """Cached by the class attribute's text: a page repeats a few class strings on every comment."""
    names = value.split()
    return _Marks(
        author=_class_rank(value, AUTHOR_CLASSES),
        body=_class_rank(value, BODY_CLASSES),
        chrome=_chrome_value(value),
        deleted=any("deleted" in name or name.endswith("-removed") for name in names),
        dated=any(name in _DATE_CLASSES for name in names) or _names_part(value, _DATE_PARTS),
        tagline="tagline" in names,
    )


@dataclass(frozen=True)
class Own:
    """A comment's own elements (not inside a reply), as :func:`fill` read them."""

    elements: list[Element]
    """In document order."""

    deleted: bool
    """Whether a class of one of them marks the comment deleted (Blogger keeps name and date:
    ``<span class="deleted-comment">This comment has been removed…``)."""


def fill(found: Found, item: Element, items: set[Element], quotes: Sequence[str] = ()) -> Own:
    """Read author, date, id and text of ``found`` from the item's own elements; returns those."""
    own: list[Element] = []
    # What the text leaves out: the replies, the furniture, quotes, then the author and the date.
    skip: set[Element] = set()
    author: Element | None = None
    author_rank = len(AUTHOR_CLASSES)
    body: Element | None = None
    body_rank = len(BODY_CLASSES)
    first_time: Element | None = None
    dated: Element | None = None
    tagline: Element | None = None
    deleted = False
    # One walk of the item by libxml2, skipping the replies' subtrees; each element's class is
    # read once and looked up in a cache: the best author and body classes win, the first of
    # equals, as the first <time>, the first date class and the first tagline do.
    walker = etree.iterwalk(item, events=("start",))
    next(walker)  # the item itself
    for _, node in walker:
        name = node.tag
        if not isinstance(name, str):
            continue
        if node in items:
            skip.add(node)
            walker.skip_subtree()
            continue
        own.append(node)
        if name == "time" and first_time is None:
            first_time = node
        not_text = name in NOT_BODY or name in quotes
        value = node.get("class")
        if value:
            marks = _marks(value)
            not_text = not_text or marks.chrome
            deleted = deleted or marks.deleted
            rank = marks.author
            if rank is not None and rank < author_rank and _has_text(node):
                author, author_rank = node, rank
            rank = marks.body
            if rank is not None and rank < body_rank and node.get("itemprop") != "author":
                body, body_rank = node, rank
            if marks.dated and dated is None:
                dated = node
            if marks.tagline and tagline is None:
                tagline = node
        if not_text:
            skip.add(node)
    author = _author(own, author, items)
    when = first_time if first_time is not None else dated
    if author is not None:
        inside: list[Element] = []
        noise = {e for e in own_elements(author, items, inside) if not _NOT_NAME.isdisjoint(classes(e))}
        if when is not None and when is not author and author in when.iterancestors():
            # The name and the date in one container ("Ammon · March 11, 2017"): the name alone.
            noise.add(when)
            noise.update(_SEPARATED(author))
        found.author = name_text(author, noise, inside).rstrip(_SEPARATORS) or None
    if author is None:
        # Old Reddit shows "<em>[deleted]</em>" in the tagline where the name was.
        shown = next(tagline.iter("em"), None) if tagline is not None else None
        found.author = inline(shown, links=False) or None
    if when is not None:
        # A datetime the markup gives must be a date: "yesterday" is left to the shown text.
        found.posted = iso_value(when.get("datetime")) or iso_value(utc_title(when.get("title") or ""))
        found.posted_text = inline(when, links=False) or None
    found.source_id = found.source_id or source_id(item, own)
    # Even the element marked as the text may hold the header (WordPress' .comment-body does).
    skip.update(e for e in (author, when) if e is not None)
    if body is None:
        body = next((e for e in own if e.get("itemprop") == "text" or _part(e, _BODY_PARTS)), None)
    found.paragraphs = paragraphs(body if body is not None else item, skip)
    return Own(own, deleted)


_SEPARATORS = " ·•|-–—,"
"""What stands between a name and the date after it ("Ammon · March 11, 2017")."""
_SEPARATED = etree.XPath("descendant::*[contains(@class, 'divide') or contains(@class, 'separator')]")
"""A separator's own element ("span.epoch-divide")."""

_DATE_PARTS = ("date", "time", "timestamp")
_AUTHOR_PARTS = ("author", "name", "user", "username", "nick")
_BODY_PARTS = ("body", "text", "content", "message")


def _author(own: Sequence[Element], classed: Element | None, items: set[Element]) -> Element | None:
    """The element that holds the display name: ``.fn`` and the like (``classed``, the best of
    :data:`AUTHOR_CLASSES` that holds text), else a BEM-named part, else ``itemprop=name``."""
    found = classed
    if found is None:
        found = next((e for e in own if _part(e, _AUTHOR_PARTS) and _has_text(e)), None)
    if found is not None:
        # "Name says:" containers: the name is in a nested .fn, itemprop=name or the author's
        # link, not in a reply nested there (reading those made a thread's reading quadratic).
        inside = own_elements(found, items)
        for inner in inside:
            if inner.get("itemprop") == "name" or not _NAME_CLASSES.isdisjoint(classes(inner)):
                return inner
        # A container of the name and more (the date, a "·"): its own author part that holds
        # text ("epoch-comment-author" > "a.epoch-author-link").
        return next((e for e in inside if e is not found and _part(e, _AUTHOR_PARTS) and _has_text(e)), found)
    for element in own:
        if element.get("itemprop") == "name" or element.get("itemprop") == "author":
            return element
    return None


def _has_text(element: Element) -> bool:
    # map() of a C method, not a generator: asked of every author-classed element of every comment.
    return any(map(str.strip, element.itertext()))


@functools.lru_cache(maxsize=4096)
def _chrome_value(value: str) -> bool:
    """Whether a class attribute marks a comment's furniture (cached: see :func:`_names_part`)."""
    return not CHROME_CLASSES.isdisjoint(value.split()) or _names_part(value, _CHROME_PARTS)


def source_id(item: Element, own: Sequence[Element]) -> str | None:
    """The comment's id: the item's own, unless it wraps the WordPress ``comment-123`` one
    (Astra's ``li-comment-123`` holds ``article#comment-123``)."""
    ident = item.get("id")
    if ident and _wordpress_id(ident):
        return ident
    inner = next((e.get("id") for e in own if _wordpress_id(e.get("id") or "")), None)
    return inner or ident


def _wordpress_id(ident: str) -> bool:
    return ident.startswith("comment-") and ident[8:].isdigit()


def name_text(element: Element, noise: set[Element], replies: Sequence[Element] = ()) -> str:
    """A display name: the element's text without "says" and the like, on one line; without the
    ``replies`` nested in it."""
    if not noise and not replies:
        return inline(element, links=False).removesuffix(":").strip()
    skip = noise.union(replies)
    return " ".join(text for text, _ in paragraphs(element, skip, links=False)).removesuffix(":").strip()
