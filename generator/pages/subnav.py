"""Previous / next links between the sub-pages of a split site-wide page.

The sub-pages are out of the nav (see :mod:`generator.pages.split`), so Material gives them no
previous/next footer; each carries its own, at its top and its bottom: the neighbouring
sub-pages of its family, in the family's order, and its overview between them
("← S · Participants · U →"). The family's sub-pages are known before any is written (the split
is decided from them), so the neighbours cost no second pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.pages import html


@dataclass(frozen=True)
class SubPage:
    """One sub-page of a family, as its neighbours link to it."""

    file: str
    """Its file name without ``.md`` (``s``, ``1976``); the pages are siblings in one folder."""

    label: str
    """Its name as a reader sees it (``S``, ``1976``, ``The 1980s``): not escaped yet."""


def neighbours(pages: Sequence[SubPage], index: int) -> tuple[SubPage | None, SubPage | None]:
    """The sub-pages before and after ``pages[index]`` (None at either end)."""
    before = pages[index - 1] if index > 0 else None
    after = pages[index + 1] if index + 1 < len(pages) else None
    return before, after


def nav_block(overview: str, overview_label: str, before: SubPage | None, after: SubPage | None) -> list[str]:
    """The raw block of links to the sub-pages ``before`` and ``after`` and to the family's
    ``overview`` page (a file name beside the sub-pages' folder, ``participants``), as Markdown
    lines ending with a blank one. Kept out of the search index: it is the same on every page."""
    links = []
    if before is not None:
        links.append(
            f'<a class="subpage-prev" rel="prev" href="{html.text(before.file)}.html">'
            f"← {html.text(before.label)}</a>"
        )
    links.append(
        f'<a class="subpage-up" href="../{html.text(overview)}.html">{html.text(overview_label)}</a>'
    )
    if after is not None:
        links.append(
            f'<a class="subpage-next" rel="next" href="{html.text(after.file)}.html">'
            f"{html.text(after.label)} →</a>"
        )
    return [
        '<div class="subpage-nav" markdown="0" data-search-exclude>',
        f'<nav aria-label="{html.text(overview_label)} pages">{" · ".join(links)}</nav>',
        "</div>",
        "",
    ]
