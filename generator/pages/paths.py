"""Where every generated page lives, relative to the docs folder: the one definition of page
paths and names, shared by the renderers, the build and the MkDocs hook.

Imported by :mod:`generator.build.manifest`, which the no-op build loads first: nothing is
imported here.
"""

from __future__ import annotations

PAGE_DIR = "discussions"
"""Folder of the discussion pages, under the docs folder."""

INDEX_PAGE = "index.md"
"""The home page: a card per discussion."""

PARTICIPANTS_PAGE = "participants.md"
"""The participants page: every named person, with links to their comments."""

TIMELINE_PAGE = "timeline.md"
"""The archive's timeline: the dated events of every discussion."""

FEED_PAGE = "feed.xml"
"""The archive's Atom feed, at the site's root (not a Markdown page: MkDocs copies it as is)."""

PAGES = (INDEX_PAGE, PARTICIPANTS_PAGE, TIMELINE_PAGE, FEED_PAGE)
"""The site-wide pages that every build makes (each the first page of its family: the page
itself, or the overview of its sub-pages), the feed among them."""

FOLDERS = {PARTICIPANTS_PAGE: "participants", TIMELINE_PAGE: "timeline"}
"""The page families that split, by their page, and the folder of their sub-pages."""

OTHER = "other"
"""The sub-page of the participants whose name does not start with a letter."""


def page_path(slug: str) -> str:
    """Path of a discussion's Markdown page."""
    return f"{PAGE_DIR}/{slug}.md"


def feed_path(slug: str) -> str:
    """Path of a discussion's comment feed (:func:`generator.pages.feed.comment_feed_lines`),
    beside its page; only a discussion with dated comments has one."""
    return f"{PAGE_DIR}/{slug}.xml"


def page_url(slug: str) -> str:
    """Link to a discussion page from the site root (the site uses ``use_directory_urls: false``)."""
    return f"{PAGE_DIR}/{slug}.html"


def sub_page(family: str, name: str) -> str:
    """Path of the sub-page ``name`` of the page ``family``."""
    return f"{FOLDERS[family]}/{name}.md"


def family_of(relative: str) -> str | None:
    """The page family a generated sub-page path belongs to (``participants/a.md`` →
    ``participants.md``), else None."""
    folder, slash, name = relative.partition("/")
    if not slash or "/" in name or not name.endswith(".md"):
        return None
    stem = name[: -len(".md")]
    # Only a name a split makes: any other page in these folders is the user's (never deleted
    # as stale, never taken for raw HTML by the hook).
    if folder == FOLDERS[PARTICIPANTS_PAGE] and (stem == OTHER or (len(stem) == 1 and stem.isalpha())):
        return PARTICIPANTS_PAGE
    if folder == FOLDERS[TIMELINE_PAGE] and _period_name(stem):
        return TIMELINE_PAGE
    return None


def is_site_page(relative: str) -> bool:
    """Whether ``relative`` is a page the site-wide pages may take: one of :data:`PAGES`, or a
    sub-page of a family that splits."""
    return relative in PAGES or family_of(relative) is not None


def is_discussion_page(relative: str) -> bool:
    """Whether ``relative`` is a discussion page's path (``discussions/<slug>.md``), or its
    comment feed's (``discussions/<slug>.xml``)."""
    folder, slash, name = relative.partition("/")
    return folder == PAGE_DIR and bool(slash) and "/" not in name and name not in ("", ".", "..")


def section_of(relative: str) -> str | None:
    """The page of :data:`PAGES` that ``relative`` belongs under when it is out of the nav: the
    home page for a discussion page, the family's page for a sub-page; None for any other."""
    if is_discussion_page(relative):
        return INDEX_PAGE
    return family_of(relative)


def _period_name(stem: str) -> bool:
    """Whether ``stem`` is a timeline sub-page's name: a year (``1976``) or a decade (``1980s``)."""
    digits = stem[:-2] + "0" if stem.endswith("0s") else stem
    return len(digits) == 4 and digits.isascii() and digits.isdigit()


def from_root(line: str) -> str:
    """A row's line as a sub-page shows it: the rows link from the site's root
    (``href="discussions/…"``), a sub-page sits one folder down. Seed text is escaped (a ``"``
    is ``&quot;``), so ``href="`` is always the generator's own markup."""
    return line.replace(f' href="{PAGE_DIR}/', f' href="../{PAGE_DIR}/')
