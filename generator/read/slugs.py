"""Slugs, defined once: a page's name from its title, and the rule that settles collisions.

A slug depends only on the seeds before it, so the build settles each as its seed comes, in name
order; the later seed of a collision gets ``-2``, ``-3`` … and a warning. Names collide as a
case-insensitive file system (macOS, Windows) compares them (see :func:`fold_key`), every slug fits
a file name with room to spare (see :data:`MAX_SLUG_BYTES`), and none is a Windows device name.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Generic, TypeVar

from generator.model import Diagnostic

T = TypeVar("T")

MAX_SLUG_BYTES = 230
"""Bytes of UTF-8 a slug before collisions may take. A file name may take 255 on every common file
system; the collision rule adds ``-`` and a count (19 digits would be 10^19 seeds) and MkDocs
``.html`` (a folder of that name with ``use_directory_urls``), so any page's name fits."""

RESERVED = frozenset(
    ["con", "prn", "aux", "nul"] + [f"{port}{n}" for port in ("com", "lpt") for n in range(10)]
)
"""Windows device names (any case, with any extension): a file so named cannot be made. A slug
never holds a dot, a space or a superscript digit (``COM¹`` slugifies to ``com1``), so a slug is
one of them exactly when its :func:`fold_key` is in this set."""

RESERVED_SUFFIX = "-page"
"""Added to a slug that would be a Windows device name: a title "CON" gives ``con-page``."""


def slugify(text: str, max_length: int = 80) -> str:
    """A readable, stable URL slug: Latin letters lose their accents, other scripts stay as they are.

    "Author POV – Viktor Belenko, Hero or Traitor?" gives "author-pov-viktor-belenko-hero-or-traitor";
    Cyrillic, Greek or CJK titles keep their letters (lower-cased), which browsers show as written.
    """
    out: list[str] = []
    for char in unicodedata.normalize("NFC", text.lower()):
        for ch in _unaccent(char).lower():
            if unicodedata.category(ch)[0] == "M":
                # A mark belongs to the letter before it: kept on a letter of another script (Devanagari
                # and Thai vowel signs are part of the word), gone from a Latin one or a separator.
                if out and out[-1] != "-" and not out[-1].isascii():
                    out.append(ch)
            else:
                out.append(ch if ch.isalnum() else "-")
    kept = "".join(out)
    slug = re.sub("-+", "-", kept).strip("-")
    cut = _fitting(slug, max_length, MAX_SLUG_BYTES)
    if cut != slug:
        slug = cut.rsplit("-", 1)[0] or cut
    return slug


def fold_key(name: str) -> str:
    """The form under which two names are one file on a case-insensitive file system.

    APFS and HFS+ compare names case-folded and normalised (``ελλάς`` is ``ελλάσ``; a composed
    "é" is "e" and its accent), NTFS by its upper-case table, where dotless "ı" and "i" are both
    "I" (``kırmızı`` is ``kirmizi``). Upper-casing before folding covers both; it also merges
    names that no file system merges ("ß" and "ss"), which costs those names a ``-2`` at worst.
    """
    decomposed = unicodedata.normalize("NFD", name)
    return unicodedata.normalize("NFD", decomposed.upper().casefold())


def base_slug(slug: str, title: str) -> str:
    """A discussion's slug before collisions (:class:`SlugTaker` settles those).

    A slug read from the seed is untrusted like a title: :func:`slugify` keeps only word
    characters and dashes, so no slug can climb out of the pages folder.
    """
    return file_stem(slug or title, "discussion")


def file_stem(text: str, fallback: str) -> str:
    """A file name (before its suffix) made of ``text``: its slug, or ``fallback`` if that is
    empty, with :data:`RESERVED_SUFFIX` after a Windows device name."""
    name = slugify(text) or fallback
    return name + RESERVED_SUFFIX if fold_key(name) in RESERVED else name


class SlugTaker(Generic[T]):
    """Gives out unique slugs in seed order: the later seed of a collision gets ``-2``, ``-3`` ….
    Seeds are named by whatever the caller likes (their paths; the streaming build, which keeps
    every slug, names them by number, which costs less). Slugs are compared by :func:`fold_key`,
    so no two are one file on any file system."""

    def __init__(self) -> None:
        self._taken: dict[str, T] = {}
        """The seed that took each slug, by the slug's :func:`fold_key`."""
        self._next: dict[str, int] = {}
        """By a base's key, the count its next collision tries first: 32,000 seeds of one title
        would otherwise try 1 + 2 + … + 32,000 names (57 s)."""
        self.tried = 0
        """Names tried so far, taken or not: the work the rule does, which the tests count."""

    def take(self, base: str, source: T) -> tuple[str, T | None]:
        """The unique slug for ``source`` (whose slug before collisions is ``base``), and the
        seed that took ``base`` if it was taken."""
        key = slug_key = fold_key(base)
        slug = base
        self.tried += 1
        if key in self._taken:
            # A count's name is found taken at most once over all seeds (its base's count then
            # moves past it; only that base's key makes that name), so the rule tries fewer than
            # two names a seed.
            count = self._next.get(key, 2)
            while True:
                slug = f"{base}-{count}"
                slug_key = fold_key(slug)
                count += 1
                self.tried += 1
                if slug_key not in self._taken:
                    break
            self._next[key] = count
        self._taken[slug_key] = source
        return slug, self._taken[key] if slug != base else None


def collision_warning(source: str, line: int, base: str, slug: str, taken_by: str) -> Diagnostic:
    """The warning for a page whose slug had to change because an earlier seed took it."""
    return Diagnostic(source, line or 1, f"slug {base!r} is taken by {taken_by}; this page is {slug!r}")


def _fitting(slug: str, length: int, size: int) -> str:
    """The longest start of ``slug`` of at most ``length`` characters and ``size`` bytes of UTF-8
    that ends between two graphemes: a letter is never parted from its marks (Devanagari vowel
    signs, a virama), unless the first letter alone is too long."""
    used = 0
    for end, char in enumerate(slug):
        used += len(char.encode("utf-8", "surrogatepass"))
        if used > size or end == length:
            break
    else:
        return slug
    start = end
    while start > 0 and unicodedata.category(slug[start])[0] == "M":
        start -= 1
    return slug[:start] or slug[:end]


def _unaccent(char: str) -> str:
    """ "é" → "e", "ﬁ" → "fi"; a letter of another script keeps its marks ("й", "ベ", "ή").

    Stripping every combining mark would turn Cyrillic "й" into "и" and Japanese "ベ" into "ヘ":
    other words, not the same word without accents.
    """
    if char.isascii():
        return char
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return base if base and base.isascii() else unicodedata.normalize("NFKC", char)
