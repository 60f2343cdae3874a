"""``aria-current`` on the menu entry Material lights, so a screen reader says it as it is seen.

Material marks the current page's menu link with a class only, and the entry of the section a
page outside the menu belongs to (the archive, for a discussion page; lit by the hook or by
:func:`generator.publish.zensical.light_section`) with a class on its list item only. The
attribute says the same thing to assistive technology: ``page`` on the current page's own link,
``true`` on the link of the section that holds the current page.
"""

from __future__ import annotations

import re

_PAGE_LINK = re.compile(r'(<a href="[^"<>]{0,1000}" class="md-nav__link md-nav__link--active")>')
"""The current page's menu link (Material's markup: its label for the contents has the same
classes, but a ``for`` and no ``href``)."""

_CONTENT = '<div class="md-content"'
"""Where Material's page content starts, after its menus."""

_SECTION_LINK = re.compile(
    r'(<li class="md-nav__item md-nav__item--active">\s{0,200}<a href="[^"<>]{0,1000}" class="md-nav__link")>'
)
"""A lit entry whose link is not the current page's: the section the page belongs to."""


def mark_current(html: str) -> str:
    """``html`` with ``aria-current`` on its lit menu links; a marked link no longer matches, so
    marking twice changes nothing more. Seed text cannot match: its ``<`` is escaped."""
    # The menu comes before the content: only that part is searched (a page is mostly comments).
    end = html.find(_CONTENT)
    head, rest = (html, "") if end < 0 else (html[:end], html[end:])
    if "md-nav__item--active" not in head:
        return html
    head = _PAGE_LINK.sub(r'\1 aria-current="page">', head)
    return _SECTION_LINK.sub(r'\1 aria-current="true">', head) + rest
