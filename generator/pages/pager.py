"""Previous / next discussion links at the foot of every discussion page, in the archive's order.

The order is the home page's (newest first, see :func:`generator.pages.home.index_row`), which
depends on every discussion; a discussion page is rendered in a worker that knows only its own
seed. So the links are not part of the page's Markdown: the MkDocs hook reads the order off the
home page as the build left it (:func:`archive_order`) and adds each page's foot
(:func:`pager_html`) when MkDocs renders it. Adding, removing, renaming or re-dating a seed
then rewrites the home page alone, as it always did; no discussion page is written again for
its neighbours' sake, and a no-op build still writes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.pages.paths import PAGE_DIR, page_path

# A card's title line on the home page (index_row): the slug is the generator's (letters, digits
# and "-"), the title is escaped seed text, so neither holds a quote or a "<".
_CARD_TITLE = re.compile(rf'^<h2><a href="{PAGE_DIR}/([^"/<>]+)\.html">([^<\n]*)</a></h2>$', re.MULTILINE)


@dataclass(frozen=True)
class Card:
    """A discussion as the pager links to it."""

    slug: str
    """Its page's slug."""

    title: str
    """Its title, escaped already (as the home page has it)."""


def archive_order(index_markdown: str) -> list[Card]:
    """Every discussion of the home page's Markdown, in the page's order."""
    return [Card(match[1], match[2]) for match in _CARD_TITLE.finditer(index_markdown)]


def pager_html(before: Card | None, after: Card | None) -> str:
    """The foot of a discussion page: links to the discussions ``before`` and ``after`` it in the
    archive (either may be None) and to the archive itself. Kept out of the search index: it is
    the same words on two other pages."""
    links = []
    if before is not None:
        links.append(
            f'<a class="discussion-pager__prev" rel="prev" href="{before.slug}.html">'
            f'<span class="discussion-pager__dir">← Previous discussion</span>'
            f'<span class="discussion-pager__title">{before.title}</span></a>'
        )
    links.append('<a class="discussion-pager__up" href="../index.html">All discussions</a>')
    if after is not None:
        links.append(
            f'<a class="discussion-pager__next" rel="next" href="{after.slug}.html">'
            f'<span class="discussion-pager__dir">Next discussion →</span>'
            f'<span class="discussion-pager__title">{after.title}</span></a>'
        )
    return (
        '<nav class="discussion-pager" aria-label="Other discussions" data-search-exclude>'
        + "".join(links)
        + "</nav>"
    )


class Pager:
    """The feet of every discussion page of an archive, made as each page asks for its own."""

    def __init__(self, order: list[Card]) -> None:
        """``order``: the archive's discussions (:func:`archive_order`)."""
        self._order = order
        self._place = {page_path(card.slug): index for index, card in enumerate(order)}

    def foot(self, relative: str) -> str | None:
        """The foot (:func:`pager_html`) of the discussion page at ``relative`` (its path under
        the docs folder), None for a page the home page does not list."""
        index = self._place.get(relative)
        if index is None:
            return None
        before = self._order[index - 1] if index > 0 else None
        after = self._order[index + 1] if index + 1 < len(self._order) else None
        return pager_html(before, after)
