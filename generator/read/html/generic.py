"""The general detector, for markup no recogniser knows: comments are repeated sibling blocks of
one kind that each hold a name, a date and some text, nested (or indented) for replies.

Every group of like siblings is a candidate when at least half its blocks show a name and at
least half a date (a short one each, in the block's first elements); it is scored by how many
blocks it has and how many of them look like comments: a name, a date, words that are not mostly
links. A list of references, a navigation menu or a sidebar list is no candidate however long it
is: its items have no name and date of their own. A "recent comments" widget has names but no
dates or text of its own, and sits in an ``<aside>`` or a widget; it scores low. The best
candidate's score and the runner-up's are reported. The best candidate is kept only where half
its blocks name someone as :func:`fields.fill` reads them: a gallery's slides and an article's
quotes hint at names and show none.

The work is linear in the page: each block is looked at up to :data:`LOOKED_AT` elements and
:data:`WORDS` words, furniture is memoised per element, and replies already counted in a thread
around them are not scored again as a thread of their own.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from generator.read.html.engines import kind_of, settle_kind
from generator.read.html.fields import fill
from generator.read.html.found import Choice, Found
from generator.read.html.text import texts_in_links
from generator.read.html.tree import Ancestors, Element, classes, small_number, split_classes, tag

MIN_SCORE = 1.5
"""Below this the page is taken to have no comments (a page of prose scores about 0)."""

MIN_SHARE = 0.5
"""The least share of a group's blocks that must show a name, and a date, for it to be a thread."""

LOOKED_AT = 100
"""Elements of a block looked at for its name and date: a comment's header comes first."""

WORDS = 60
"""Words of a block read to score its text."""

NESTED_BUDGET = 8
"""Elements per element of the page that counting replies may look at, all groups together."""

_VARYING = ("even", "odd", "alt", "parent", "byuser", "bypostauthor", "first", "last", "new", "unread")
_NAME_HINTS = ("author", "name", "user", "fn", "nick", "poster", "byline", "who", "member", "handle")
_DATE_HINTS = ("date", "time", "posted", "age", "ago", "when")
_FURNITURE_HINTS = (
    "widget",
    "sidebar",
    "menu",
    "nav",
    "recent",
    "footer",
    "related",
    "breadcrumb",
    "popular",
    "trending",
    "recommend",
    "most-read",
    "teaser",
)


def signature(element: Element) -> tuple[str, ...]:
    """The kind of a block: its tag and its stable classes (not ``depth-2``, ``even``, ``comment-7``)."""
    return (tag(element), *_stable(element.get("class") or ""))


@functools.lru_cache(maxsize=8192)
def _stable(value: str) -> tuple[str, ...]:
    # Cached by the class attribute's text: every element of the page is asked, most repeat a few.
    return tuple(
        sorted(
            name
            for name in split_classes(value)
            # BEM modifiers (comment--reply, comment--deleted) mark a variant, not another kind.
            if not any(ch.isdigit() for ch in name)
            and name not in _VARYING
            and not name.startswith("thread-")
            and "--" not in name
        )
    )


def detect(root: Element) -> tuple[list[Found], Choice]:
    """The comments the detector finds (possibly none) and its choice, for the report."""
    candidates: list[tuple[float, str, list[Element]]] = []
    # Every group asks whether it sits in the page furniture: answered once per element.
    in_furniture = Ancestors(_furniture)
    budget = _Budget(NESTED_BUDGET * sum(1 for _ in root.iter()))
    counted: set[Element] = set()  # the replies in the threads scored so far
    for parent in root.iter():
        if not isinstance(parent.tag, str) or len(parent) < 2:
            continue
        groups: dict[tuple[str, ...], list[Element]] = {}
        for child in parent:
            if isinstance(child.tag, str) and tag(child) not in ("script", "br", "hr", "img", "a"):
                groups.setdefault(signature(child), []).append(child)
        for sig, members in groups.items():
            # Replies counted in a thread around them are part of it, not a thread of their own:
            # scoring each level of a thread 2000 deep would read it 2000 times.
            if len(members) < 2 or members[0] in counted:
                continue
            if len(sig) == 1:
                # Boxes of no class of their own lay out any page: each is a comment only if it
                # shows a name and a date (a page's content and footer boxes are no thread).
                members = [m for m in members if _shows_name_or_date(m, sig, both=True)]
                if len(members) < 2:
                    continue
            score = _score(members, in_furniture)
            if score > 0:
                # Replies count too: a thread of two comments with ten replies is a thread.
                nested = _with_nested(members, budget)
                counted.update(nested)
                score *= len(nested) / len(members)
                candidates.append((score, _describe(parent, sig), members))
    candidates.sort(key=lambda c: -c[0])
    if not candidates or candidates[0][0] < MIN_SCORE:
        best = f"; best candidate {candidates[0][1]}: {candidates[0][0]:.1f}" if candidates else ""
        return [], Choice("none", 0.0, best)
    score, where, members = candidates[0]
    runner = next((c for c in candidates[1:] if c[1] != where), None)
    items = _with_nested(members)
    item_set = set(items)
    in_items = Ancestors(item_set.__contains__)
    found: list[Found] = []
    for item in items:
        depth = in_items.count(item) or _indent(item)
        comment = Found(item, depth, kind=kind_of(item))
        own = fill(comment, item, item_set)
        settle_kind(comment, item, own)
        found.append(comment)
    # As the fields are read, half the blocks scored must name someone too: a photo gallery's
    # slides hint at a name (a "handle" class) and show none, as quotes in an article do.
    sample = {id(member) for member in members[:200]}
    named = sum(1 for comment in found if id(comment.element) in sample and comment.author)
    if named < MIN_SHARE * len(sample):
        return [], Choice("none", 0.0, f"; best candidate {where}: {score:.1f}, naming no one")
    note = f"; runner-up {runner[1]}: {runner[0]:.1f}" if runner else ""
    return found, Choice(f"generic {where}", round(score, 1), note)


@dataclass
class _Budget:
    """Elements that counting replies may still look at (for scoring only: the chosen group's
    replies are all read)."""

    left: int


def _with_nested(members: list[Element], budget: _Budget | None = None) -> list[Element]:
    """The members and, nested in them, blocks of the same kind (the replies), in document order:
    the same tag and the class all members share (``div.comment`` and ``div.comment.comment--reply``).
    With a budget, the count stops where the budget ends (a score may then count fewer replies)."""
    name = tag(members[0])
    shared = set(classes(members[0])).intersection(*(classes(m) for m in members[1:]))
    sig = signature(members[0])
    # Blocks of a kind without a class of its own ("div", or "div.col-md-2" once its number is
    # dropped) are every layout box of the page: nested in a member, such a block is a reply only
    # if it shows a name or a date as a comment does (an author box's badges and columns do not;
    # the members themselves showed both, see detect).
    plain = len(sig) == 1
    out: list[Element] = []
    for member in members:
        out.append(member)
        for element in member.iterdescendants(name):
            if budget is not None:
                budget.left -= 1
                if budget.left < 0:
                    return out
            if (shared and not shared.isdisjoint(classes(element))) or (
                signature(element) == sig and (not plain or _shows_name_or_date(element, sig, marked=True))
            ):
                out.append(element)
    return out


def _shows_name_or_date(
    block: Element, sig: tuple[str, ...], both: bool = False, marked: bool = False
) -> bool:
    """Whether one of the block's first elements, above any block of its kind in it (a reply's,
    which a wrapper around the reply would show too), is a name or a date (as :func:`_score`
    asks); with ``both``, whether a name and a date are among them; with ``marked``, a date only
    where the markup marks one (a ``<time>``, a date class), not a text with a year in it."""
    name = date = False
    for element in itertools.islice(block.iterdescendants(), LOOKED_AT):
        if not isinstance(element.tag, str):
            continue
        if signature(element) == sig:
            break
        name = name or _is_name(element)
        date = date or (_marked_date(element) if marked else _is_date(element))
        if (name and date) or (not both and (name or date)):
            return True
    return False


def _score(members: Sequence[Element], in_furniture: Ancestors) -> float:
    names = dates = words = link_words = 0
    sample = members[:200]  # a page of 10,000 comments need not be read twice
    for member in sample:
        head = [e for e in itertools.islice(member.iterdescendants(), LOOKED_AT) if isinstance(e.tag, str)]
        names += any(_is_name(e) for e in head)
        dates += any(_is_date(e) for e in head)
        shown, linked = _words(member)
        words += shown
        link_words += linked
    name_share, date_share = names / len(sample), dates / len(sample)
    if name_share < MIN_SHARE or date_share < MIN_SHARE:
        return 0.0
    link_share = min(1.0, link_words / words) if words else 1.0
    score = len(members) * (0.1 + 0.9 * name_share) * (0.1 + 0.9 * date_share)
    score *= min(1.0, words / len(sample) / 12) * (1.0 - 0.9 * link_share)
    if in_furniture.any(members[0]):
        score *= 0.1
    return score


def _is_name(element: Element) -> bool:
    """A short text marked as a name: a reference's ``<cite>`` holds a whole citation."""
    marked = _hinted(element, _NAME_HINTS) or tag(element) == "cite"
    return marked and _short_text(element, 60)


def _is_date(element: Element) -> bool:
    """A ``<time>``, or a short text marked as a date or with a year in it."""
    if tag(element) == "time":
        return True
    return (_hinted(element, _DATE_HINTS) and _short_text(element, 60)) or _looks_dated(element)


def _marked_date(element: Element) -> bool:
    """A ``<time>`` or a short text marked as a date (not any text with a year: "in 2019")."""
    return tag(element) == "time" or (_hinted(element, _DATE_HINTS) and _short_text(element, 60))


def _short_text(element: Element, limit: int) -> bool:
    """Whether the element holds some text, and at most ``limit`` characters of it."""
    size = 0
    for count, piece in enumerate(element.itertext()):
        size += len(piece.strip())
        if size > limit or count > limit:
            return False
    return size > 0


def _words(member: Element) -> tuple[int, int]:
    """The words of the block's text, up to :data:`WORDS`, and how many of those are in links."""
    words = linked = 0
    for steps, (text, in_link) in enumerate(texts_in_links(member)):
        if words >= WORDS or steps > 4 * LOOKED_AT:
            break
        count = len(text.split()) if text else 0
        words += count
        linked += count if in_link else 0
    return min(words, WORDS), min(linked, WORDS)


def _looks_dated(element: Element) -> bool:
    """A short text of its own with a year in it ("2 June 2022", "06/02/2022 14:03")."""
    text = (element.text or "").strip()
    if not text or len(text) > 40:
        return False
    return any(word[:2] in ("19", "20") and word[:4].isdigit() for word in text.replace("/", " ").split())


def _hinted(element: Element, hints: Sequence[str]) -> bool:
    return any(hint in name.lower() for name in classes(element) for hint in hints)


def _furniture(element: Element) -> bool:
    if tag(element) in ("nav", "aside", "footer", "header"):
        return True
    return _hinted(element, _FURNITURE_HINTS) or any(
        hint in (element.get("id") or "").lower() for hint in _FURNITURE_HINTS
    )


def _indent(element: Element) -> int:
    """Replies shown by indenting: ``depth-2``/``level-2``/``indent-2`` classes or a left margin."""
    for name in classes(element):
        for prefix in ("depth-", "level-", "indent-"):
            number = small_number(name[len(prefix) :]) if name.startswith(prefix) else None
            if number is not None:
                return max(number - (prefix == "depth-"), 0)
    return 0


def _describe(parent: Element, sig: tuple[str, ...]) -> str:
    ident = parent.get("id")
    where = f"{tag(parent)}#{ident}" if ident else tag(parent)
    return f"{where} > {'.'.join(sig)}"
