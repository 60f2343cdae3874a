"""What a recogniser finds of one comment, before the comments are made into the model's tree."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.read.html.tree import Element


@dataclass
class Found:
    """One comment as found in the markup."""

    element: Element
    """The element that holds the comment (its replies may be inside it)."""

    depth: int
    """0 at the top level."""

    author: str | None = None
    """Display name."""

    posted: str | None = None
    """ISO 8601, from the markup (``<time datetime>``, a title), else filled in from ``posted_text``."""

    posted_text: str | None = None
    """The date as shown."""

    source_id: str | None = None
    """The comment's id on the page (``comment-123``)."""

    kind: str = "comment"
    """comment, pingback, trackback or deleted."""

    paragraphs: list[tuple[str, int]] = field(default_factory=list)
    """(text, source line) of each paragraph."""

    risk: str = ""
    """Why its place in the thread may be wrong (a warning that the thread may be wrong), or ""."""


@dataclass(frozen=True)
class Choice:
    """The recogniser that was used and how sure it was, for ``check``."""

    name: str
    """``wordpress``, ``hacker-news``, ``generic`` …"""

    score: float
    """Confidence: comments found, weighted by how many have a name, a date and text."""

    runner_up: str = ""
    """The next best candidate with its score, when there was one (``"nav: 3.0"``)."""
