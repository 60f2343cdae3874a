"""Slugs, defined once: a page's name from its title, and the rule that settles collisions.

A slug depends only on the seeds before it, so the build settles each as its seed comes, in name
order; the later seed of a collision gets ``-2``, ``-3`` … and a warning.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Generic, TypeVar

from generator.model import Diagnostic

T = TypeVar("T")


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
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug


def base_slug(slug: str, title: str) -> str:
    """A discussion's slug before collisions (:class:`SlugTaker` settles those).

    A slug read from the seed is untrusted like a title: :func:`slugify` keeps only word
    characters and dashes, so no slug can climb out of the pages folder.
    """
    return slugify(slug or title) or "discussion"


class SlugTaker(Generic[T]):
    """Gives out unique slugs in seed order: the later seed of a collision gets ``-2``, ``-3`` ….
    Seeds are named by whatever the caller likes (their paths; the streaming build, which keeps
    every slug, names them by number, which costs less)."""

    def __init__(self) -> None:
        self._taken: dict[str, T] = {}

    def take(self, base: str, source: T) -> tuple[str, T | None]:
        """The unique slug for ``source`` (whose slug before collisions is ``base``), and the
        seed that took ``base`` if it was taken."""
        slug, count = base, 1
        while slug in self._taken:
            count += 1
            slug = f"{base}-{count}"
        self._taken[slug] = source
        return slug, self._taken[base] if slug != base else None


def collision_warning(source: str, line: int, base: str, slug: str, taken_by: str) -> Diagnostic:
    """The warning for a page whose slug had to change because an earlier seed took it."""
    return Diagnostic(source, line or 1, f"slug {base!r} is taken by {taken_by}; this page is {slug!r}")


def _unaccent(char: str) -> str:
    """ "é" → "e", "ﬁ" → "fi"; a letter of another script keeps its marks ("й", "ベ", "ή").

    Stripping every combining mark would turn Cyrillic "й" into "и" and Japanese "ベ" into "ヘ":
    other words, not the same word without accents.
    """
    if char.isascii():
        return char
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return base if base and base.isascii() else unicodedata.normalize("NFKC", char)
