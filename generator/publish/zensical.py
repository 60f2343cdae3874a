"""What the MkDocs hook adds to pages as MkDocs renders them, added to a site Zensical built.

Zensical reads mkdocs.yml but runs no MkDocs hooks, so ``make site-zensical`` runs the generator
first and this after Zensical: ``python -m generator.publish.zensical SITE [DOCS]``. It gives each
discussion page its foot of links to the previous and next discussions
(:mod:`generator.pages.pager`), and lights the menu entry of the section a page outside the menu
belongs to (the archive for a discussion page), as :mod:`generator.publish.hook` does. Running it
twice changes nothing more.
"""

from __future__ import annotations

import posixpath
import re
import sys
from pathlib import Path

from generator.pages.pager import Pager, archive_order
from generator.pages.paths import INDEX_PAGE, section_of

_ARTICLE_END = "</article>"
_PAGER_CLASS = 'class="discussion-pager"'


def finish(site: Path, docs: Path) -> int:
    """Add the feet and menu highlights to the pages of ``site`` made from ``docs``; returns the
    number of pages changed."""
    index = docs / INDEX_PAGE
    pager = Pager(archive_order(index.read_text(encoding="utf-8") if index.exists() else ""))
    changed = 0
    for page in sorted(site.rglob("*.html")):
        relative = page.relative_to(site).as_posix()
        source = relative.removesuffix(".html") + ".md"
        html = page.read_text(encoding="utf-8")
        done = add_foot(html, pager.foot(source))
        section = section_of(source)
        if section is not None:
            done = light_section(
                done,
                posixpath.relpath(section.removesuffix(".md") + ".html", posixpath.dirname(relative) or "."),
            )
        if done != html:
            page.write_text(done, encoding="utf-8")
            changed += 1
    return changed


def add_foot(html: str, foot: str | None) -> str:
    """``html`` with ``foot`` at the end of its article (where the hook appends it to the
    content), unless it has one already."""
    if foot is None or _PAGER_CLASS in html:
        return html
    at = html.rfind(_ARTICLE_END)
    if at < 0:
        return html
    return f"{html[:at]}{foot}\n{html[at:]}"


def light_section(html: str, href: str) -> str:
    """``html`` with the first menu entry linking to ``href`` marked active (Material's class),
    unless an entry is active already."""
    if "md-nav__item--active" in html:
        return html
    entry = re.compile(
        r'<li class="md-nav__item(?=">\s*<a href="' + re.escape(href) + r'" class="md-nav__link)'
    )
    return entry.sub(r'<li class="md-nav__item md-nav__item--active', html, count=1)


def main(argv: list[str] | None = None) -> int:
    """``python -m generator.publish.zensical SITE [DOCS]`` (DOCS: ``docs``)."""
    args = sys.argv[1:] if argv is None else argv
    if not 1 <= len(args) <= 2:
        print("usage: python -m generator.publish.zensical SITE [DOCS]", file=sys.stderr)
        return 2
    site, docs = Path(args[0]), Path(args[1] if len(args) > 1 else "docs")
    if not site.is_dir():
        print(f"{site}: expected the folder of a built site", file=sys.stderr)
        return 2
    changed = finish(site, docs)
    print(f"{site}: {changed} {'page' if changed == 1 else 'pages'} given the hook's additions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
