"""What one discussion adds to the site-wide pages, as named rows.

A discussion's card on the home page, its entries on the timeline and its lines on the
participants page are rendered as soon as its slug is settled (in the worker that parsed it); the
build then keeps them (in memory or on disk, sorted by their keys) until every discussion is in,
and the page renderers read them back in page order from whatever source the build gives them.
"""

from __future__ import annotations

from typing import Generic, NamedTuple, TypeVar

T = TypeVar("T")


class IndexKey(NamedTuple):
    """Where a card stands on the home page: newest first, undated last, then by slug."""

    undated: bool
    """True for a discussion without a "Posted on" date (they come last)."""

    newest_first: int
    """Minus the posting date's ordinal (0 when undated), so the newest sorts first."""

    slug: str
    """The discussion's slug, which settles ties."""


class IndexRow(NamedTuple):
    """A discussion's card on the home page."""

    key: IndexKey
    """Where it stands on the page."""

    card: str
    """The card's HTML."""


class TimelineRow(NamedTuple):
    """One entry of the timeline page."""

    key: str
    """The event's :attr:`~generator.analysis.events.Event.sort_key`: a stable sort by it keeps
    discussions in seed order and events in document order."""

    decade: str
    """The decade it is listed under (``1970s``)."""

    year: str | None
    """The year it is listed under, None for a date known only to the decade."""

    line: str
    """The entry's HTML (a list item linking from the site's root)."""

    discussion: str
    """The link to its discussion (linking from the site's root), said once above a run of
    entries from the same discussion."""


class PersonKey(NamedTuple):
    """Who a participants row is about, as the page orders people."""

    initial: str
    """The :func:`~generator.pages.split.initial` of the person's key, so that each initial's
    people are together when the page splits."""

    name: str
    """The name's :func:`~generator.analysis.summary.key` (case and spacing folded)."""


ARTICLE, COMMENTS = 0, 1
"""A :class:`PersonRow`'s kind: the articles of a person are listed before their comments."""


class PersonRow(NamedTuple):
    """One line of a person's list on the participants page."""

    person: PersonKey
    """Whom it is about."""

    kind: int
    """:data:`ARTICLE` or :data:`COMMENTS`."""

    name: str
    """The name as written there."""

    comments: int
    """Number of the person's comments it links to (0 for an article)."""

    line: str
    """The line's HTML (a list item linking from the site's root)."""


class FeedKey(NamedTuple):
    """Where an entry stands in the feed: newest first, then by slug."""

    newest_first: int
    """Minus the moment it was published (seconds since 1970), so the newest sorts first."""

    slug: str
    """The discussion's slug, which settles ties."""


class FeedRow(NamedTuple):
    """A discussion's entry in the archive's Atom feed (see :mod:`generator.pages.feed`)."""

    key: FeedKey
    """Where it stands in the feed."""

    slug: str
    """Its page's slug (the entry links to the page)."""

    title: str
    """The discussion's title (plain text)."""

    published: str
    """When it was posted (else its first comment), an RFC 3339 date-time."""

    updated: str
    """Its latest date: its last comment, else when it was posted."""

    author: str | None
    """The article's author, if known."""

    summary: str
    """The article's opening and the counts of comments and threads (plain text)."""

    id: str
    """Its entry's id, the same in every build (a ``urn:uuid`` of its slug and date)."""


class SummaryRows(NamedTuple):
    """Everything one discussion adds to the site-wide pages, under its final slug."""

    home: IndexRow
    """Its card on the home page."""

    timeline: tuple[TimelineRow, ...]
    """Its entries on the timeline page, one per dated event."""

    people: tuple[PersonRow, ...]
    """Its lines on the participants page: the article's author, then each named commenter."""

    comments: int
    """Number of comments (the home page counts them all)."""

    anonymous: int
    """Number of anonymous comments (the participants page counts them all)."""

    feed: FeedRow | None = None
    """Its entry in the feed; None when it has no date at all."""


class Ranked(NamedTuple, Generic[T]):
    """A row read back in page order, with its place in the order the rows were added."""

    added: int
    """0 for the first row added, and so on: seed order, then document order."""

    row: T
    """The row."""
