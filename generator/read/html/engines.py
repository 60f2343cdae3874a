"""Recognisers for the comment markup of known engines.

Each names the elements that hold one comment; replies are nested inside their parent's element
(so a comment's depth is the number of comment elements around it), except on Hacker News,
whose flat table rows carry an indent, and on flat forums. Fields are read by :mod:`fields`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from generator.read.dump.heads import find_says
from generator.read.html.fields import Own, fill
from generator.read.html.found import Found
from generator.read.html.text import inline, paragraphs
from generator.read.html.tree import Ancestors, Element, classes, has_class, small_number, tag

LISTS = (
    "commentlist",
    "comment-list",
    "wp-block-comment-template",
    "comments-list",
    "comment-thread",
    "ast-comment-list",
    "ping-list",
    "pinglist",
    "trackback-list",
)
"""Classes of the list that holds a thread in WordPress and its themes, wordpress.com, Blogger."""


def _wordpress(element: Element, in_list: Ancestors) -> bool:
    if tag(element) not in ("li", "article", "div") or not has_class(
        element, "comment", "pingback", "trackback"
    ):
        return False
    # Inside a thread's list, asked once per element of the page: a comment inside an accepted
    # comment is inside that comment's list too, and walking each candidate's ancestors cost
    # the square of the nesting on a page of nested look-alikes outside any list.
    return in_list.any(element)


def _is_list(element: Element) -> bool:
    return tag(element) in ("ol", "ul", "div") and has_class(element, *LISTS)


def _drupal(element: Element, in_wrapper: Ancestors) -> bool:
    return tag(element) in ("article", "div") and has_class(element, "comment") and in_wrapper.any(element)


def _is_drupal_wrapper(element: Element) -> bool:
    # Drupal 7 and Classy: ``comment-wrapper``; the comment field of Drupal 8 and later themes.
    return has_class(element, "comment-wrapper", "field--type-comment")


def _is_indented(element: Element) -> bool:
    return tag(element) == "div" and has_class(element, "indented")


def _reddit(element: Element, in_list: Ancestors) -> bool:
    return tag(element) == "div" and has_class(element, "thing") and has_class(element, "comment")


def _hacker_news(element: Element, in_list: Ancestors) -> bool:
    return tag(element) == "tr" and has_class(element, "comtr")


def _discourse(element: Element, in_list: Ancestors) -> bool:
    return tag(element) == "div" and has_class(element, "crawler-post")


def _phpbb(element: Element, in_list: Ancestors) -> bool:
    return tag(element) == "div" and has_class(element, "post") and has_class(element, "bg1", "bg2")


def _kinja(element: Element, in_list: Ancestors) -> bool:
    # Kinja (Gawker's sites: Lifehacker, Gizmodo, Jalopnik …): ``article.js_reply`` with its id
    # and its parent's in data attributes; replies follow their parent, not inside it.
    named = "data-id" in element.attrib
    return named and tag(element) in ("article", "div") and has_class(element, "js_reply")


def _blogger(element: Element, in_list: Ancestors) -> bool:
    return tag(element) == "li" and has_class(element, "comment") and element.get("id", "").startswith("c")


class Placed(NamedTuple):
    """An item of a thread whose items name their parents, placed in thread order."""

    item: Element
    depth: int
    """0 at the top level."""
    risk: str = ""
    """Why its place may be wrong (said as a warning that the thread may be wrong), or ""."""


def _parent_order(items: list[Element]) -> list[Placed]:
    """The items in thread order, each with its depth, from the parent each names
    (``data-parentid``): replies under their parent, in page order among themselves (a reply
    listed before its parent, or after a later comment, still goes under it); a reply to the
    article, or to a comment the page does not hold, at the top. Where the names cannot be
    followed (two items with one id, a loop of parents), each item placed by a guess says so."""
    by_id: dict[str, Element] = {}
    shared: set[str] = set()
    for item in items:
        key = item.get("data-id") or ""
        if key in by_id:
            shared.add(key)
        by_id[key] = item
    replies: dict[int, list[Element]] = {}
    tops: list[Element] = []
    for item in items:
        parent = by_id.get(item.get("data-parentid") or "")
        if parent is None or parent is item:
            tops.append(item)
        else:
            replies.setdefault(id(parent), []).append(item)
    ordered: list[Placed] = []
    placed: set[int] = set()
    stack = [(top, 0) for top in reversed(tops)]
    while stack:
        item, depth = stack.pop()
        if id(item) in placed:
            continue
        placed.add(id(item))
        parent_id = item.get("data-parentid") or ""
        # Two comments with one id: its replies go under the last of them, a guess.
        risk = (
            f"its parent's id {parent_id!r} is on two comments: read under the last"
            if depth and parent_id in shared
            else ""
        )
        ordered.append(Placed(item, depth, risk))
        stack.extend((reply, depth + 1) for reply in reversed(replies.get(id(item), [])))
    # Items in a loop of parents (each naming another as its parent) reach no top: kept, at it.
    loop = "its parent is in a loop of replies (each naming another as its parent): read at the top level"
    ordered += [Placed(item, 0, loop) for item in items if id(item) not in placed]
    return ordered


def _kinja_time(comment: Found, item: Element) -> None:
    """Kinja's date: ``data-publishtime`` in milliseconds since 1970 (UTC), shown twice (one
    copy for hovering) as "3/09/15 8:12am" with a year of two digits."""
    stamp = next((e for e in item.iter() if e.get("data-publishtime")), None)
    if stamp is None:
        return
    shown = next((e for e in stamp.iter() if has_class(e, "published")), stamp)
    comment.posted_text = inline(shown, links=False) or comment.posted_text
    millis = stamp.get("data-publishtime") or ""
    if millis.isascii() and millis.isdigit() and len(millis) in _MILLIS_DIGITS:
        when = dt.datetime.fromtimestamp(int(millis) / 1000, dt.UTC)
        comment.posted = when.isoformat(timespec="seconds")


_MILLIS_DIGITS = (12, 13)
"""Digits of a time in milliseconds from March 1973 to 2286: fewer are seconds, or no date."""


@dataclass(frozen=True)
class _Classed:
    """The ``name`` elements (``*``: any) that have one of the classes ``words``, in document
    order: a quick pre-selection, the engine's predicate then decides.

    Class names are split at XML white space (space, tab, CR, LF) as XPath's ``normalize-space``
    splits them (the earlier form of this test), then looked up through a cache by the attribute's
    text: one walk in Python with the cache measured four times faster than that XPath on long
    threads, where a few class strings repeat on every comment.
    """

    name: str
    words: frozenset[str]

    def __call__(self, root: Element) -> list[Element]:
        """The selected elements under (and including) ``root``."""
        nodes = root.iter() if self.name == "*" else root.iter(self.name)
        out: list[Element] = []
        selected: dict[str, bool] = {}  # per class attribute's text: whether it has one of the words
        for element in nodes:
            value = element.get("class")
            if value and isinstance(element.tag, str):
                chosen = selected.get(value)
                if chosen is None:
                    chosen = selected[value] = not self.words.isdisjoint(_xml_tokens(value))
                if chosen:
                    out.append(element)
        return out


@functools.lru_cache(maxsize=8192)
def _xml_tokens(value: str) -> frozenset[str]:
    """A class attribute's names split at XML white space only."""
    return frozenset(value.replace("\t", " ").replace("\n", " ").replace("\r", " ").split(" "))


def _classed(name: str, *words: str) -> _Classed:
    return _Classed(name, frozenset(words))


@dataclass(frozen=True)
class Engine:
    """One engine's comment markup."""

    name: str
    is_item: Callable[[Element, Ancestors], bool]
    """Whether a candidate holds one comment, given which elements of the page are inside a
    thread's list (of :data:`LISTS`)."""
    candidates: Callable[[Element], list[Element]]
    """Elements that may be items: a quick pre-selection by tag and class."""
    first_is_article: bool = False
    """Forums: the first post is the topic itself, read as the article."""
    quotes: tuple[str, ...] = ()
    """Tags that quote an earlier post inside a post: not the post's own text."""
    within: Callable[[Element], bool] = _is_list
    """The element a thread's comments are inside (passed to ``is_item`` as ancestors)."""
    nesting: Callable[[Element], bool] | None = None
    """Where replies follow their parent inside a wrapper of their own, not inside the parent
    (Drupal's ``<div class="indented">``): the wrappers around an item are its depth."""
    thread: Callable[[list[Element]], list[Placed]] | None = None
    """Where each item names its parent instead (Kinja): the items in thread order with their
    depths, from those names."""
    finish: Callable[[Found, Element], None] | None = None
    """What the engine's markup says of a comment that the general reading of fields cannot
    know (Kinja's date as a timestamp in milliseconds)."""


ENGINES = (
    Engine("wordpress", _wordpress, _classed("*", "comment", "pingback", "trackback")),
    Engine("drupal", _drupal, _classed("*", "comment"), within=_is_drupal_wrapper, nesting=_is_indented),
    Engine("reddit", _reddit, _classed("div", "thing")),
    Engine("hacker-news", _hacker_news, _classed("tr", "comtr")),
    Engine("discourse", _discourse, _classed("div", "crawler-post"), first_is_article=True),
    Engine("phpbb", _phpbb, _classed("div", "post"), first_is_article=True, quotes=("blockquote",)),
    Engine("blogger", _blogger, _classed("li", "comment")),
    Engine("kinja", _kinja, _classed("*", "js_reply"), thread=_parent_order, finish=_kinja_time),
)
"""Known engines, most specific markup first."""


def find(root: Element, engine: Engine) -> list[Found]:
    """The comments of ``engine``'s markup in the page, in document order (empty if none)."""
    # A look at class attributes narrows the elements to test (a fraction of a page's).
    items: list[Element] = []
    item_set: set[Element] = set()
    in_list = Ancestors(engine.within)
    for element in engine.candidates(root):
        if engine.is_item(element, in_list):
            items.append(element)
            item_set.add(element)
    if not items:
        return []
    # The number of items around an item, counted once per element of the page: walking each
    # item's ancestors to the root cost the square of the nesting on a deeply wrapped thread.
    in_items = Ancestors(item_set.__contains__ if engine.nesting is None else engine.nesting)
    if engine.thread is not None:
        ordered = engine.thread(items)
    else:
        ordered = [
            Placed(item, _indent(item) if engine.name == "hacker-news" else in_items.count(item))
            for item in items
        ]
    found: list[Found] = []
    for item, depth, risk in ordered:
        comment = Found(item, depth, kind=kind_of(item), risk=risk)
        own = fill(comment, item, item_set, engine.quotes)
        if engine.finish is not None:
            engine.finish(comment, item)
        settle_kind(comment, item, own)
        found.append(comment)
    return found


def blogger_classic(root: Element) -> list[Found]:
    """Blogger's classic templates: each comment is a ``dt.comment-author`` ("Karl said...")
    followed by its ``dd.comment-body`` and a ``dd.comment-footer`` with the date, siblings in
    ``#comments-block``, not one element; no replies."""
    found: list[Found] = []
    for block in root.iter("dl", "div"):
        if block.get("id") != "comments-block":
            continue
        for item in block.iter("dt"):
            if not has_class(item, "comment-author"):
                continue
            comment = Found(item, 0, source_id=item.get("id"))
            links = [inline(a, links=False) for a in item.iter("a") if inline(a, links=False)]
            said = inline(item, links=False)
            verb = find_says(said)  # "Karl hat gesagt…": the name before the verb
            comment.author = links[-1] if links else (said[: verb.start] if verb else said).strip() or None
            for sibling in item.itersiblings():
                if tag(sibling) == "dt":
                    break
                if has_class(sibling, "comment-body"):
                    comment.paragraphs = paragraphs(sibling)
                elif has_class(sibling, "comment-footer"):
                    stamp = next((e for e in sibling.iter("span") if has_class(e, "comment-timestamp")), None)
                    shown = stamp if stamp is not None else sibling
                    # The permalink shows the date; the owner's "Delete" link may stand beside it.
                    link = next((a for a in shown.iter("a") if _DIGIT.search(inline(a, links=False))), shown)
                    comment.posted_text = inline(link, links=False) or None
            found.append(comment)
    return found


_DIGIT = re.compile("[0-9]")

PING_LABELS = ("pingback", "trackback")


def settle_kind(comment: Found, item: Element, own: Own) -> None:
    """Pings name the linking site in a link after a "Pingback:" label; a comment with neither a
    name nor a date is a placeholder left where a comment was deleted."""
    if comment.kind in PING_LABELS:
        if comment.author is None:
            link = next((a for a in own.elements if tag(a) == "a"), None)
            if link is not None:
                comment.author = inline(link, links=False) or None
                comment.paragraphs = paragraphs(item, {link})  # a ping has no replies inside it
        if comment.paragraphs:
            first, line = comment.paragraphs[0]
            label, _, rest = first.partition(":")
            if label.strip().lower() in PING_LABELS:
                comment.paragraphs[0:1] = [(rest.strip(), line)] if rest.strip() else []
        if comment.author is None and len(comment.paragraphs) == 1:
            # A short ping, "Pingback: Site name" without a link: the name is all there is.
            comment.author, comment.paragraphs = comment.paragraphs[0][0], []
    elif comment.author is None and comment.posted is None and comment.posted_text is None:
        comment.kind = "deleted"
    elif own.deleted:
        # Blogger keeps name and date: "<span class="deleted-comment">This comment has been removed…"
        comment.kind = "deleted"


def kind_of(item: Element) -> str:
    """``pingback``/``trackback``/``deleted`` from the item's classes (``deleted-comment``,
    ``comment--deleted``), else ``comment``."""
    names = classes(item)
    for kind in ("pingback", "trackback"):
        if kind in names:
            return kind
    if any("deleted" in name or "removed" in name for name in names):
        return "deleted"
    return "comment"


def _indent(row: Element) -> int:
    """Hacker News: ``<td class="ind" indent="2">``, or older, a spacer image 40 pixels per level."""
    for cell in row.iter("td"):
        if has_class(cell, "ind"):
            indent = small_number(cell.get("indent") or "")
            if indent is not None:
                return indent
            for image in cell.iter("img"):
                width = small_number(image.get("width") or "")
                if width is not None:
                    return width // 40
            return 0
    return 0
