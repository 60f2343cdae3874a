"""The typed model of an archived discussion: the only thing between parsing and rendering."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Paragraph:
    """One block of text, separated from its neighbours by a blank line in the seed."""

    text: str
    """The paragraph's text; line breaks of the seed are kept as ``\\n``."""

    line: int
    """1-based line number in the seed where the paragraph starts."""


@dataclass(frozen=True)
class Comment:
    """A reader comment and, nested under it, its replies."""

    id: str
    """Page anchor built from the original numbering: ``c4``, ``c4-1``, ``c4-1-2``."""

    number: int
    """Top-level: the number the seed gave it; reply: its position among its siblings (1-based)."""

    author: str | None
    """The name from a ``Name says:`` header, or ``None`` for an anonymous comment."""

    depth: int
    """0 for a top-level comment, 1 for a reply to it, and so on."""

    paragraphs: tuple[Paragraph, ...]
    """The comment's text, header excluded."""

    line: int
    """1-based line number of the comment's first line (its number or bullet)."""

    replies: tuple[Comment, ...] = ()
    """Direct replies, in the order of the seed."""

    posted: str | None = None
    """When the comment was posted, as an ISO 8601 prefix: ``2019-10-20``, ``2019-10-20T13:31``,
    ``2019-10-20T13:31:00+02:00`` (a zone only where the page gave one); None when the page shows
    no date or only a relative one ("3 years ago")."""

    posted_text: str | None = None
    """The comment's date as the page showed it ("October 20, 2019 at 1:31 pm"), or None."""

    source_id: str | None = None
    """The comment's permalink id on the original page (``comment-123``), where the page had one."""

    kind: str = "comment"
    """``comment``; ``pingback`` or ``trackback`` for a link notice; ``deleted`` for a placeholder
    kept so that its replies keep their context."""


@dataclass(frozen=True)
class SourceLine:
    """A line of the seed kept out of the content (page chrome), reported rather than dropped."""

    line: int
    """1-based line number in the seed."""

    text: str
    """The line as it stood, surrounding white space removed."""

    reason: str = "page chrome"
    """Why the line is not content, in a few words ("page chrome", "reply link", "avatar text")."""


THREAD_RISK = " (the thread may be wrong here)"
"""How a warning that may make the thread wrong ends (see :attr:`Diagnostic.risky`)."""


def threatens_thread(message: str) -> bool:
    """Whether a warning's ``message`` says the thread may be wrong (:attr:`Diagnostic.risky`)."""
    return message.endswith(THREAD_RISK)


@dataclass(frozen=True)
class Diagnostic:
    """Something odd about a seed that was parsed anyway; nothing was lost."""

    source: str
    """Path of the seed, as given to the parser."""

    line: int
    """1-based line the warning is about."""

    message: str
    """What was odd, in a few words."""

    @classmethod
    def thread_risk(cls, source: str, line: int, what: str) -> Diagnostic:
        """A warning about what may make the thread wrong: a guessed nesting, a reply with no
        parent, text less indented than its comment, comments missing."""
        return cls(source, line, what + THREAD_RISK)

    @property
    def risky(self) -> bool:
        """Whether the thread may be wrong because of this (made by :meth:`thread_risk`), not
        merely odd (an encoding fallback, tabs, an unrecognised date). The site build stops on
        these (a warning under MkDocs' ``--strict``); the others are reported and the site
        builds. The wording carries it, so every store of warnings (cache, manifest, report)
        keeps it as it keeps the text."""
        return threatens_thread(self.message)

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Discussion:
    """One archived web page: an article and the comment threads under it."""

    source: str
    """Path of the seed the discussion was read from."""

    slug: str
    """URL-safe page name, from the title unless the seed's front matter sets one."""

    title: str
    """The page's title."""

    posted: dt.date | None
    """The date of the "Posted on" line, if there was one."""

    posted_text: str | None
    """The date of the "Posted on" line as written, shown on the page as it stood."""

    author: str | None
    """The article's author ("by tim", "By Miguel Vargas-Caba")."""

    category: str | None
    """The category of the "Posted on … in Category" line."""

    article: tuple[Paragraph, ...]
    """The article's paragraphs."""

    comments: tuple[Comment, ...]
    """Top-level comments, each with its replies."""

    chrome: tuple[SourceLine, ...] = ()
    """Lines kept out of the content, kept for the report: page chrome (menus and the like) and
    the seed's own front matter (``---`` / ``slug: …`` / ``---``)."""

    dialect: str = ""
    """Name of the dump dialect the parser recognised."""

    title_line: int = 0
    """1-based line of the title in the seed (0 when the title was derived)."""

    posted_line: int = 0
    """1-based line of the "Posted on" line in the seed (0 when there is none)."""

    warnings: tuple[Diagnostic, ...] = ()
    """Oddities found while parsing; the text was kept regardless."""

    url: str | None = None
    """The original page's address (its canonical link), where the seed names one."""


def walk(comments: tuple[Comment, ...]) -> list[Comment]:
    """All comments of a forest in document order, without recursion (threads can be deep)."""
    out: list[Comment] = []
    stack = list(reversed(comments))
    while stack:
        comment = stack.pop()
        out.append(comment)
        if comment.replies:  # most comments have none: no call for them (a quarter faster)
            stack.extend(reversed(comment.replies))
    return out
