"""The cache is data, never trusted as HTML: a cache entry's rows for the site-wide pages hold
HTML (a card, a timeline entry, a participants line, see :mod:`generator.pages.rows`), and a
forged line (its checksum recomputed) could put live markup on the home page. So rows read from
the cache are checked against what the renderers can write: only the tags and attributes they
use, links within the site, text with every markup character escaped (as
:func:`generator.pages.html.text` escapes it), and the fields that name pages or headings
(a timeline entry's decade and year, a person's initial) derived again from the others. Rows
that fail are damage: the build starts again without the cache.

Checked by regular expressions whose repeats are possessive (linear in the row's length).
"""

from __future__ import annotations

import re

from generator.pages.html import close_bidi
from generator.pages.participants import person_key
from generator.pages.rows import ARTICLE, COMMENTS, IndexRow, PersonRow, SummaryRows, TimelineRow

_TAGS = "article|h2|a|p|ul|li|time|span"
"""Elements the site-wide rows are made of."""

# An attribute: its name, and a value with no quote, angle bracket or backslash; ``&`` only as
# an entity (checked with the text, below). href: a link within the site (no scheme, so no
# ``javascript:``; no leading slash, so no other host), and no entity (which could spell a colon).
_ATTRIBUTE = r"""(?:
    \ href="(?![/\\])[\w./#%-]*"
  | \ (?:class|datetime|data-date|title)="[^"<>\\]*"
)"""
# The whole fragment: tags, text without a markup character, entities; possessive (no
# backtracking into a run of text), so a fragment that fails fails in linear time.
_FRAGMENT = re.compile(
    rf"""(?:
        <(?:{_TAGS})(?:{_ATTRIBUTE})*+>
      | </(?:{_TAGS})>
      | [^<>"'&\x02\x03]++
      | &(?:amp|lt|gt|quot|\#x27|\#\d{{1,7}}|\#x[0-9a-fA-F]{{1,6}});
    )*+""",
    re.VERBOSE,
)
_TAG = re.compile(rf"<(/?)({_TAGS})[ >]")
_ENTITY_LIKE = re.compile(r"&(?!(?:amp|lt|gt|quot|#x27|#\d{1,7}|#x[0-9a-fA-F]{1,6});)")
_EVENT_KEY = re.compile(r"\d{3}|\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?|\d{4}/\d{4}")


class UntrustedRows(ValueError):
    """Rows that the renderers could not have written."""


def check_rows(rows: SummaryRows) -> SummaryRows:
    """``rows`` if they could be a build's (see the module docstring); else raise :class:`UntrustedRows`."""
    _check_card(rows.home)
    for event in rows.timeline:
        _check_event(event)
    for line in rows.people:
        _check_person(line)
    if rows.comments < 0 or rows.anonymous < 0:
        raise UntrustedRows("a negative count")
    return rows


def is_inert_html(fragment: str) -> bool:
    """Whether ``fragment`` is HTML the site-wide renderers could write: only their elements and
    attributes, balanced, links within the site, every other ``<``, ``>``, quote and ``&`` escaped,
    every bidi override closed."""
    if _FRAGMENT.fullmatch(fragment) is None:
        return False  # something else: a stray "<", a quote, another element or attribute …
    stack: list[str] = []
    for closing, tag in _TAG.findall(fragment):
        if not closing:
            stack.append(tag)
        elif not stack or stack.pop() != tag:
            return False
    if stack:
        return False
    # Inside attribute values "&" is not a token of its own: an entity there must be one of ours.
    return _ENTITY_LIKE.search(fragment) is None and close_bidi(fragment) == fragment


def _check_card(row: IndexRow) -> None:
    if not is_inert_html(row.card) or not row.card.startswith('<article class="discussion-card">'):
        raise UntrustedRows("a home page card that no build writes")
    slug = row.key.slug
    if not slug or not slug.isprintable() or any(c in slug for c in "./\\ <>&\"'"):
        raise UntrustedRows("a card's slug that no build makes")


def _check_event(row: TimelineRow) -> None:
    if _EVENT_KEY.fullmatch(row.key) is None:
        raise UntrustedRows(f"a timeline key that no event has: {row.key!r}")
    if row.decade != row.key[:3] + "0s" or row.year != (None if len(row.key) == 3 else row.key[:4]):
        raise UntrustedRows("a timeline entry whose decade or year is not its date's")
    if not is_inert_html(row.line) or not row.line.startswith("<li"):
        raise UntrustedRows("a timeline entry that no build writes")


def _check_person(row: PersonRow) -> None:
    # The page's sections and sub-pages are named by the person's key and initial: derived
    # again from the name, never taken from the cache.
    if row.person != person_key(row.name):
        raise UntrustedRows("a participant whose key is not their name's")
    if row.kind not in (ARTICLE, COMMENTS) or row.comments < 0:
        raise UntrustedRows("a participants line of no kind a build writes")
    if not is_inert_html(row.line) or not row.line.startswith("<li"):
        raise UntrustedRows("a participants line that no build writes")
