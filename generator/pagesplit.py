"""When and how a site-wide page of a large archive splits into an overview and sub-pages.

At 1,000 discussions the participants page is 8 MB of HTML with 50,000 links and the timeline
5 MB: a reader opening either downloads and lays out all of it. Past :data:`SPLIT_BYTES` of rows,
``participants.md`` becomes an overview (every name, linking to its section) over one sub-page
per initial, ``participants/<initial>.md``, and ``timeline.md`` an overview (the years and their
event counts) over one sub-page per year, ``timeline/<year>.md``. Smaller archives keep their
single pages as they were.

Imported by :mod:`generator.manifest`, which the no-op build loads first: nothing is imported
here at module level.
"""

from __future__ import annotations

SPLIT_BYTES = 1_000_000
"""Characters of rows (the rendered lines a page family would hold) past which a family splits."""

FOLDERS = {"participants.md": "participants", "timeline.md": "timeline"}
"""The page families that split, by their page, and the folder (under the docs folder) of their
sub-pages."""

OTHER = "other"
"""The file name of the participants whose name does not start with a letter."""


def initial(name: str) -> str:
    """The letter a name is listed under: its first character with accents and other combining
    marks dropped (NFKD) and case folded ("Émile" → ``e``, "Ивана" → ``и``, "山田" → ``山``); ""
    when that is not a letter (a digit, a quotation mark …)."""
    import unicodedata  # here: the no-op build imports this module and never needs it

    first = name.lstrip()[:1]
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", first) if not unicodedata.combining(ch))
    letter = folded.casefold()[:1]
    return letter if letter.isalpha() else ""


def initial_file(letter: str) -> str:
    """The file name (without ``.md``) of the sub-page of the participants under ``letter`` (see
    :func:`initial`): the letter itself, whatever its script, or :data:`OTHER`. A letter is never
    a path separator or a dot, and it is case-folded, so names differ on any file system."""
    return letter or OTHER


def initial_label(letter: str) -> str:
    """How a reader sees an initial: the capital letter, or "Other". A letter whose capital is
    another initial's capital ("ı", dotless, whose capital is i's "I") keeps its own form: each
    sub-page has a label of its own."""
    if not letter:
        return "Other"
    capital = letter.upper()
    return capital if capital.casefold() == letter else letter


def sub_page(family: str, name: str) -> str:
    """Path (relative to the docs folder) of the sub-page ``name`` of the page ``family``."""
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
    if folder == FOLDERS["participants.md"] and (stem == OTHER or (len(stem) == 1 and stem.isalpha())):
        return "participants.md"
    if folder == FOLDERS["timeline.md"] and _period_name(stem):
        return "timeline.md"
    return None


def _period_name(stem: str) -> bool:
    """Whether ``stem`` is a timeline sub-page's name: a year (``1976``) or a decade (``1980s``)."""
    digits = stem[:-2] + "0" if stem.endswith("0s") else stem
    return len(digits) == 4 and digits.isascii() and digits.isdigit()


def from_root(line: str) -> str:
    """A row's line as a sub-page shows it: the rows link from the site's root
    (``href="discussions/…"``), a sub-page sits one folder down. Seed text is escaped (a ``"``
    is ``&quot;``), so ``href="`` is always the generator's own markup."""
    return line.replace(' href="discussions/', ' href="../discussions/')
