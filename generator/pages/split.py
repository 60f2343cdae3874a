"""When and how a site-wide page of a large archive splits into an overview and sub-pages.

At 1,000 discussions the participants page is 8 MB of HTML with 50,000 links and the timeline
5 MB: a reader opening either downloads and lays out all of it. Past :data:`SPLIT_BYTES` of rows,
``participants.md`` becomes an overview (every name, linking to its section) over one sub-page
per initial, ``participants/<initial>.md``, and ``timeline.md`` an overview (the years and their
event counts) over one sub-page per year, ``timeline/<year>.md``. Smaller archives keep their
single pages as they were.

Imported by :mod:`generator.build.manifest`, which the no-op build loads first: nothing but
:mod:`generator.pages.paths` is imported here at module level.
"""

from __future__ import annotations

from generator.pages.paths import OTHER

SPLIT_BYTES = 1_000_000
"""Characters of rows (the rendered lines a page family would hold) past which a family splits."""


def initial(name: str) -> str:
    """The letter a name is listed under: its first character with accents and other combining
    marks dropped (NFKD) and case folded as file names are (``fold_key`` of
    :mod:`generator.read.slugs`: "Émile" → ``e``, "Ивана" → ``и``, "山田" → ``山``, dotless "ılık" →
    ``i``, since ``ı.md`` and ``i.md`` are one file on Windows); "" when that is not a letter (a
    digit, a quotation mark …)."""
    # Here: the no-op build imports this module and never needs them.
    import unicodedata

    from generator.read.slugs import fold_key

    first = name.lstrip()[:1]
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", first) if not unicodedata.combining(ch))
    letter = fold_key(folded)[:1]
    return letter if letter.isalpha() else ""


def initial_file(letter: str) -> str:
    """The file name (without ``.md``) of the sub-page of the participants under ``letter`` (see
    :func:`initial`): the letter itself, whatever its script, or :data:`OTHER`. A letter is never
    a path separator or a dot, and it is folded as file systems fold names, so names differ on
    any file system."""
    return letter or OTHER


def initial_label(letter: str) -> str:
    """How a reader sees an initial: the capital letter, or "Other". A letter whose capital is
    another initial's capital ("ı", dotless, whose capital is i's "I") keeps its own form: each
    sub-page has a label of its own."""
    if not letter:
        return "Other"
    capital = letter.upper()
    return capital if capital.casefold() == letter else letter
