"""Thread specifications: what a page says, independent of any engine's markup.

A :class:`Page` holds the article and its comment tree; an engine module turns it into HTML and
:mod:`tests.threadpages.truth` turns the same spec into the expected reading. Both start from
here, so a fixture's truth never depends on a parser.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

KINDS = frozenset({"comment", "pingback", "trackback", "deleted"})
"""Every comment kind a spec may use; an engine accepts a subset (:attr:`EngineInfo.kinds`)."""

PINGS = frozenset({"pingback", "trackback"})


@dataclass(frozen=True)
class Comment:
    """One comment (or pingback, trackback, deleted placeholder) and its replies."""

    source_id: str
    """The id the engine's markup gives the comment: ``comment-123``, ``c7154``, ``post_3``, ``p9001``."""

    author: str
    """Display name as the page shows it; ``""`` when the page shows none (a deleted comment)."""

    posted: str | None
    """ISO 8601 date and time, with an offset where the engine's markup gives one, else naive;
    ``None`` where the page shows no date (a deleted comment, a short pingback)."""

    posted_shown: str | None
    """The date text as the engine shows it, in the page's language (``None`` only with ``posted``)."""

    paragraphs: tuple[str, ...]
    """The text as shown; a ``"\\n"`` inside a paragraph is a line break (``<br>``) within it."""

    kind: str = "comment"
    """``comment``, ``pingback``, ``trackback`` or ``deleted``."""

    replies: tuple[Comment, ...] = ()
    """Direct replies, in the order the page shows them."""

    quote_of: str | None = None
    """On engines that thread by quoting (phpBB, Discourse): the earlier comment quoted at the top.

    A quote is not a reply in the tree: the quoted text is left out of :attr:`paragraphs` and the
    comment keeps its own depth."""

    author_url: str | None = None
    """The author's website, or for a ping the page that linked here."""


@dataclass(frozen=True)
class Page:
    """An article with its comments, plus the page furniture a reader must not take for comments."""

    title: str
    site_name: str
    url: str
    """Canonical address of the article."""
    article_author: str
    article_published: str
    """ISO 8601."""
    article_paragraphs: tuple[str, ...]
    lang: str
    """``en``, ``de``, ``es`` or ``fr``: the language of the engine's own words (Reply, says, dates)."""
    comments: tuple[Comment, ...]
    article_published_shown: str = ""
    """The article's date as the page shows it (engines fall back to the ISO date)."""
    article_bullets: tuple[str, ...] = ()
    """A bulleted list inside the article text."""
    article_steps: tuple[str, ...] = ()
    """A numbered list inside the article text."""
    nav: tuple[str, ...] = ()
    """Main menu entries."""
    categories: tuple[str, ...] = ()
    """Sidebar category list (first entry is the article's own category)."""
    recent_posts: tuple[str, ...] = ()
    recent_comments: tuple[tuple[str, str], ...] = ()
    """Sidebar "Recent comments" widget: (commenter, post title) pairs."""
    related: tuple[str, ...] = ()
    """Titles of other threads (forums' "related topics", sidebars' popular posts)."""
    retrieved: str | None = None
    """When the page was saved (ISO 8601); engines that show "3 hours ago" count from it."""
    post_id: int = 0
    """The engine's number for the article (WordPress post ID, topic id, story id)."""
    tagline: str = ""


@dataclass(frozen=True)
class EngineInfo:
    """What an engine's markup can express, so a spec it could not show faithfully is refused."""

    name: str
    max_depth: int | None
    """Deepest reply depth the markup states (0 = flat, top level only); ``None`` for no limit."""
    kinds: frozenset[str]
    short_ping: bool = False
    """Pings show only the linking site's name, never an excerpt (WordPress ``short_ping``)."""
    pings_last: bool = False
    """Pings are listed after every comment (Genesis' separate trackback list)."""
    quotes: bool = False
    """The markup can show :attr:`Comment.quote_of`."""
    article_is_post: bool = False
    """The article is the first post of the thread (forums), not a separate block."""
    line_breaks: bool = True
    """The markup can show a line break inside a paragraph (Hacker News cannot: only paragraphs)."""


@dataclass(frozen=True)
class Placed:
    """A comment with its position in the tree, as :func:`walk` yields it."""

    comment: Comment
    depth: int
    parent: str | None


def walk(comments: tuple[Comment, ...]) -> Iterator[Placed]:
    """Every comment in document order (pre-order), with its depth and its parent's ``source_id``."""
    stack: list[tuple[Comment, int, str | None]] = [(c, 0, None) for c in reversed(comments)]
    while stack:
        comment, depth, parent = stack.pop()
        yield Placed(comment, depth, parent)
        stack.extend((r, depth + 1, comment.source_id) for r in reversed(comment.replies))


def text_of(comment: Comment) -> str:
    """The comment's text as the truth files give it: paragraphs joined by a blank line."""
    return "\n\n".join(comment.paragraphs)


def first_words(text: str, count: int = 8) -> str:
    """The first ``count`` words of ``text``, white space normalised."""
    return " ".join(text.split()[:count])


@dataclass
class _Problems:
    items: list[str] = field(default_factory=list)

    def add(self, where: str, what: str) -> None:
        self.items.append(f"{where}: {what}")


def _check_line_text(problems: _Problems, where: str, text: str) -> None:
    for line in text.split("\n"):
        if not line or line != " ".join(line.split()):
            problems.add(where, f"line {line!r} is empty or has white space a browser would fold")


def validate(page: Page, engine: EngineInfo) -> None:
    """Raise ``ValueError`` listing every way ``page`` cannot be shown faithfully by ``engine``.

    The truth is written from the spec, so a spec the markup would contradict (a reply too deep
    for a flat forum, an excerpt on a short pingback) would make a false truth file.
    """
    problems = _Problems()
    seen: set[str] = set()
    earlier: set[str] = set()
    pings_started = False
    for placed in walk(page.comments):
        c = placed.comment
        where = c.source_id or "(no id)"
        if not c.source_id or c.source_id in seen:
            problems.add(where, "source_id empty or repeated")
        seen.add(c.source_id)
        if c.kind not in KINDS:
            problems.add(where, f"unknown kind {c.kind!r}")
        elif c.kind not in engine.kinds:
            problems.add(where, f"{engine.name} cannot show a {c.kind}")
        if engine.max_depth is not None and placed.depth > engine.max_depth:
            problems.add(where, f"depth {placed.depth} deeper than {engine.name} shows ({engine.max_depth})")
        if (c.posted is None) != (c.posted_shown is None):
            problems.add(where, "posted and posted_shown must both be given or both be None")
        if c.posted is None and c.kind == "comment":
            problems.add(where, "a comment needs a date (only deleted ones and pings may have none)")
        if c.posted is not None and c.kind in PINGS and engine.short_ping:
            problems.add(where, f"{engine.name} shows pings without a date: posted must be None")
        if c.posted is not None:
            try:
                datetime.fromisoformat(c.posted)
            except ValueError:
                problems.add(where, f"posted {c.posted!r} is not ISO 8601")
        if c.posted_shown is not None:
            _check_line_text(problems, where, c.posted_shown)
        for paragraph in c.paragraphs:
            _check_line_text(problems, where, paragraph)
            if "\n" in paragraph and not engine.line_breaks:
                problems.add(where, f"{engine.name} cannot show a line break inside a paragraph")
        if c.author != " ".join(c.author.split()):
            problems.add(where, "author has white space a browser would fold")
        if c.kind in PINGS:
            if placed.depth or c.replies:
                problems.add(where, "a ping is always top level and has no replies")
            if engine.short_ping and c.paragraphs:
                problems.add(where, f"{engine.name} shows pings without an excerpt: paragraphs must be empty")
            pings_started = True
        else:
            if not c.paragraphs:
                problems.add(where, "a comment needs text")
            if engine.pings_last and pings_started and placed.depth == 0:
                problems.add(where, f"{engine.name} lists pings after the comments: put pings last")
        if c.quote_of is not None:
            if not engine.quotes:
                problems.add(where, f"{engine.name} has no quote markup")
            elif c.quote_of not in earlier:
                problems.add(where, f"quotes {c.quote_of!r}, which is not an earlier comment")
        earlier.add(c.source_id)
    for paragraph in (*page.article_paragraphs, *page.article_bullets, *page.article_steps):
        _check_line_text(problems, "article", paragraph)
    if not page.article_paragraphs:
        problems.add("article", "needs at least one paragraph")
    if problems.items:
        raise ValueError(f"{engine.name} cannot show this page faithfully:\n  " + "\n  ".join(problems.items))
