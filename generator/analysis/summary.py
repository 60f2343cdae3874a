"""What the site-wide pages need to know about a discussion (their rows are made from it, see
:mod:`generator.build.siterows`)."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from generator.analysis.events import Event, extract_events
from generator.analysis.notes import NO_NOTES, Analysis, name_of
from generator.model import Discussion, walk


@dataclass(frozen=True)
class Participation:
    """One named person's comments in one discussion."""

    name: str
    """The name as first written in the discussion ("says:" author or signed name)."""

    comments: tuple[str, ...]
    """Ids of the person's comments, in page order."""

    openings: tuple[str, ...] = ()
    """The first paragraph of each of those comments ("" for one without text), for the
    participants page to show their first words."""


@dataclass(frozen=True)
class Summary:
    """A discussion reduced to what the index (and other site-wide pages) show."""

    source: str
    """Path of the seed."""

    slug: str
    """Page name under ``discussions/``."""

    title: str
    """The discussion's title."""

    posted: dt.date | None
    """The "Posted on" date, if known."""

    posted_text: str | None
    """The "Posted on" date as written."""

    author: str | None
    """The article's author."""

    category: str | None
    """The article's category."""

    comments: int
    """Number of comments, replies included."""

    threads: int
    """Number of top-level comments."""

    deepest: int
    """Deepest reply level (0 when no comment has a reply)."""

    excerpt: str
    """The article's first paragraph (empty when there is no article)."""

    participants: tuple[Participation, ...] = ()
    """Named commenters ("says:" authors, signed names), in order of their first comment."""

    anonymous: int = 0
    """Number of comments with neither a "says:" author nor a signature."""

    events: tuple[Event, ...] = ()
    """The dated events of the discussion (see :mod:`generator.analysis.events`), in document order."""

    first_comment: str | None = None
    """When the earliest dated comment was posted (ISO 8601, as :attr:`Comment.posted`)."""

    last_comment: str | None = None
    """When the latest dated comment was posted."""

    def people(self) -> int:
        """Number of different named people: the article's author and the named commenters."""
        names = {key(p.name) for p in self.participants}
        if self.author:
            names.add(key(self.author))
        return len(names)


@functools.lru_cache(maxsize=4096)
def key(name: str) -> str:
    """What makes two spellings of a name the same person: case and spacing do not count."""
    # Asked of every named comment several times over (summary, author marks, participants),
    # of the few names a discussion has: kept (a bounded cache).
    return " ".join(name.split()).casefold()


def summarize(discussion: Discussion, analysis: Analysis | None = None) -> Summary:
    """Reduce ``discussion`` to its :class:`Summary`; ``analysis`` is its :func:`analyse` when
    the caller has it already (its names are :func:`name_of`'s)."""
    comments = walk(discussion.comments)
    named: dict[str, tuple[str, list[str], list[str]]] = {}
    anonymous = deepest = 0
    first: str | None = None
    last: str | None = None
    # One pass for all the figures: a page holds thousands of comments.
    notes_of = analysis.notes.get if analysis is not None else None  # analysis.of(), without its call
    for comment in comments:
        name = notes_of(comment.id, NO_NOTES).name if notes_of is not None else name_of(comment)
        if name is None:
            anonymous += 1
        else:
            _, ids, openings = named.setdefault(key(name), (name, [], []))
            ids.append(comment.id)
            openings.append(comment.paragraphs[0].text if comment.paragraphs else "")
        if comment.depth > deepest:
            deepest = comment.depth
        posted = comment.posted
        if posted:
            # ISO 8601 strings of one page share a form, so their order is the order of time.
            if first is None or posted < first:
                first = posted
            if last is None or posted > last:
                last = posted
    return Summary(
        source=discussion.source,
        slug=discussion.slug,
        title=discussion.title,
        posted=discussion.posted,
        posted_text=discussion.posted_text,
        author=discussion.author,
        category=discussion.category,
        comments=len(comments),
        threads=len(discussion.comments),
        deepest=deepest,
        excerpt=discussion.article[0].text if discussion.article else "",
        participants=tuple(
            Participation(name, tuple(ids), tuple(openings)) for name, ids, openings in named.values()
        ),
        anonymous=anonymous,
        events=extract_events(discussion, comments),
        first_comment=first,
        last_comment=last,
    )
