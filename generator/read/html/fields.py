"""A comment's fields from its own elements (those not inside a reply): author, date, id, text.

The class names that engines give these parts are few and stable (WordPress core prints most of
them for every theme); they are tried in order, the first that holds text wins.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from lxml import etree

from generator.read.html.article import utc_title
from generator.read.html.dates import iso_value
from generator.read.html.found import Found
from generator.read.html.text import inline, paragraphs
from generator.read.html.tree import Element, classes, tag

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


def _first_with_class(own: Sequence[Element], names: tuple[str, ...]) -> Element | None:
    """The element with the best-ranked class of ``names`` that holds text (the first of equals)."""
    best: tuple[int, Element] | None = None
    for element in own:
        value = element.get("class")
        rank = _class_rank(value, names) if value else None
        if rank is not None and (best is None or rank < best[0]) and _has_text(element):
            best = (rank, element)
            if rank == 0:
                break
    return best[1] if best else None


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
    return False


def author_of(own: Sequence[Element]) -> Element | None:
    """The element that holds the display name: ``.fn`` and the like, else ``itemprop=name``."""
    found = _first_with_class(own, AUTHOR_CLASSES)
    if found is None:
        parts = ("author", "name", "user", "username", "nick")
        found = next((e for e in own if _part(e, parts) and _has_text(e)), None)
    if found is not None:
        # "Name says:" containers: the name is in a nested .fn, itemprop=name or the author's link.
        for inner in found.iterdescendants():
            if inner.get("itemprop") == "name" or set(classes(inner)) & _NAME_CLASSES:
                return inner
        return found
    for element in own:
        if element.get("itemprop") == "name" or element.get("itemprop") == "author":
            return element
    return None


def time_of(own: Sequence[Element]) -> Element | None:
    """The first ``<time>`` of the comment, else an element with a date class."""
    for element in own:
        if tag(element) == "time":
            return element
    for element in own:
        names = classes(element)
        if any(n in _DATE_CLASSES for n in names) or _part(element, ("date", "time", "timestamp")):
            return element
    return None


def body_of(own: Sequence[Element]) -> Element | None:
    """The element that holds the text alone, when the markup marks one."""
    # The best-ranked class wins, the first element among those that have it: one pass.
    best: tuple[int, Element] | None = None
    for element in own:
        value = element.get("class")
        rank = _class_rank(value, BODY_CLASSES) if value else None
        if rank is not None and (best is None or rank < best[0]) and element.get("itemprop") != "author":
            best = (rank, element)
            if rank == 0:
                break
    if best is not None:
        return best[1]
    for element in own:
        if element.get("itemprop") == "text" or _part(element, ("body", "text", "content", "message")):
            return element
    return None


def fill(found: Found, item: Element, items: set[Element], quotes: Sequence[str] = ()) -> list[Element]:
    """Read author, date, id and text of ``found`` from the item's own elements; returns those."""
    replies: list[Element] = []
    own = own_elements(item, items, replies)
    author = author_of(own)
    if author is not None:
        noise = {e for e in author.iterdescendants() if set(classes(e)) & _NOT_NAME}
        found.author = name_text(author, noise) or None
    if author is None:
        # Old Reddit shows "<em>[deleted]</em>" in the tagline where the name was.
        tagline = next((e for e in own if "tagline" in classes(e)), None)
        shown = next(tagline.iter("em"), None) if tagline is not None else None
        found.author = inline(shown, links=False) or None
    when = time_of(own)
    if when is not None:
        # A datetime the markup gives must be a date: "yesterday" is left to the shown text.
        found.posted = iso_value(when.get("datetime")) or iso_value(utc_title(when.get("title") or ""))
        found.posted_text = inline(when, links=False) or None
    found.source_id = found.source_id or source_id(item, own)
    # Even the element marked as the text may hold the header (WordPress' .comment-body does).
    skip = set(replies)
    skip.update(e for e in own if _not_text(e, quotes))
    skip.update(e for e in (author, when) if e is not None)
    body = body_of(own)
    found.paragraphs = paragraphs([body if body is not None else item], skip)
    return own


def _has_text(element: Element) -> bool:
    return any(text.strip() for text in element.itertext())


def _not_text(element: Element, quotes: Sequence[str]) -> bool:
    """Whether an element of a comment is its furniture (header, reply link …) or a quote."""
    name = tag(element)
    if name in NOT_BODY or name in quotes:
        return True
    value = element.get("class")
    return bool(value) and _chrome_value(value)


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


def name_text(element: Element, noise: set[Element]) -> str:
    """A display name: the element's text without "says" and the like, on one line."""
    if not noise:
        return inline(element, links=False).removesuffix(":").strip()
    return " ".join(text for text, _ in paragraphs([element], noise, links=False)).removesuffix(":").strip()
