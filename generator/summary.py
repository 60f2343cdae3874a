"""What the site-wide pages need to know about a discussion, small enough to keep for thousands."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.model import Discussion, walk


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


def summarize(discussion: Discussion) -> Summary:
    """Reduce ``discussion`` to its :class:`Summary`."""
    comments = walk(discussion.comments)
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
        deepest=max((c.depth for c in comments), default=0),
        excerpt=discussion.article[0].text if discussion.article else "",
    )
