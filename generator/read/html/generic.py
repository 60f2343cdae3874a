"""The general detector, for markup no recogniser knows: comments are repeated sibling blocks of
one kind that each hold a name, a date and some text, nested (or indented) for replies.

Every group of like siblings is a candidate, scored by how many blocks it has and how many of
them look like comments: a name, a date, words that are not mostly links. A navigation menu or a
sidebar list has no dates and is mostly links; a "recent comments" widget has names but no dates
or text of its own, and sits in an ``<aside>`` or a widget; those score low. The best candidate's
score and the runner-up's are reported.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.read.html.engines import kind_of, settle_kind
from generator.read.html.fields import fill, own_elements
from generator.read.html.found import Choice, Found
from generator.read.html.text import inline
from generator.read.html.tree import Element, classes, tag

MIN_SCORE = 1.5
"""Below this the page is taken to have no comments (a page of prose scores about 0)."""

_VARYING = ("even", "odd", "alt", "parent", "byuser", "bypostauthor", "first", "last", "new", "unread")
_NAME_HINTS = ("author", "name", "user", "fn", "nick", "poster", "byline", "who", "member", "handle")
_DATE_HINTS = ("date", "time", "posted", "age", "ago", "when")
_FURNITURE_HINTS = ("widget", "sidebar", "menu", "nav", "recent", "footer", "related", "breadcrumb")


def signature(element: Element) -> tuple[str, ...]:
    """The kind of a block: its tag and its stable classes (not ``depth-2``, ``even``, ``comment-7``)."""
    stable = sorted(
        name
        for name in classes(element)
        # BEM modifiers (comment--reply, comment--deleted) mark a variant, not another kind.
        if not any(ch.isdigit() for ch in name)
        and name not in _VARYING
        and not name.startswith("thread-")
        and "--" not in name
    )
    return (tag(element), *stable)


def detect(root: Element) -> tuple[list[Found], Choice]:
    """The comments the detector finds (possibly none) and its choice, for the report."""
    candidates: list[tuple[float, str, list[Element]]] = []
    for parent in root.iter():
        if not isinstance(parent.tag, str) or len(parent) < 2:
            continue
        groups: dict[tuple[str, ...], list[Element]] = {}
        for child in parent:
            if isinstance(child.tag, str) and tag(child) not in ("script", "br", "hr", "img", "a"):
                groups.setdefault(signature(child), []).append(child)
        for sig, members in groups.items():
            if len(members) >= 2:
                score = _score(members)
                if score > 0:
                    # Replies count too: a thread of two comments with ten replies is a thread.
                    score *= len(_with_nested(members)) / len(members)
                    candidates.append((score, _describe(parent, sig), members))
    candidates.sort(key=lambda c: -c[0])
    if not candidates or candidates[0][0] < MIN_SCORE:
        best = f"; best candidate {candidates[0][1]}: {candidates[0][0]:.1f}" if candidates else ""
        return [], Choice("none", 0.0, best)
    score, where, members = candidates[0]
    runner = next((c for c in candidates[1:] if c[1] != where), None)
    items = _with_nested(members)
    item_set = set(items)
    found: list[Found] = []
    for item in items:
        nested = sum(1 for a in item.iterancestors() if a in item_set)
        depth = nested or _indent(item)
        comment = Found(item, depth, kind=kind_of(item))
        own = fill(comment, item, item_set)
        settle_kind(comment, item, own)
        found.append(comment)
    note = f"; runner-up {runner[1]}: {runner[0]:.1f}" if runner else ""
    return found, Choice(f"generic {where}", round(score, 1), note)


def _with_nested(members: list[Element]) -> list[Element]:
    """The members and, nested in them, blocks of the same kind (the replies), in document order:
    the same tag and the class all members share (``div.comment`` and ``div.comment.comment--reply``)."""
    name = tag(members[0])
    shared = set(classes(members[0])).intersection(*(classes(m) for m in members[1:]))
    sig = signature(members[0])
    out: list[Element] = []
    for member in members:
        out.append(member)
        for element in member.iterdescendants(name):
            if (shared and not shared.isdisjoint(classes(element))) or signature(element) == sig:
                out.append(element)
    return out


def _score(members: Sequence[Element]) -> float:
    names = dates = words = 0.0
    link_words = 0
    for member in members[:200]:  # a sample: a page of 10,000 comments need not be read twice
        own = own_elements(member, set())
        names += any(_hinted(e, _NAME_HINTS) or tag(e) == "cite" for e in own)
        dates += any(tag(e) == "time" or _hinted(e, _DATE_HINTS) or _looks_dated(e) for e in own)
        text = inline(member, links=False).split()
        words += min(len(text), 60)
        link_words += sum(len(inline(a, links=False).split()) for a in member.iter("a"))
    sample = min(len(members), 200)
    link_share = min(1.0, link_words / words) if words else 1.0
    score = len(members) * (0.1 + 0.9 * names / sample) * (0.1 + 0.9 * dates / sample)
    score *= min(1.0, words / sample / 12) * (1.0 - 0.9 * link_share)
    if any(_furniture(a) for a in members[0].iterancestors()):
        score *= 0.1
    return score


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
            if name.startswith(prefix) and name[len(prefix) :].isdigit():
                return max(int(name[len(prefix) :]) - (prefix == "depth-"), 0)
    return 0


def _describe(parent: Element, sig: tuple[str, ...]) -> str:
    ident = parent.get("id")
    where = f"{tag(parent)}#{ident}" if ident else tag(parent)
    return f"{where} > {'.'.join(sig)}"
