"""Cheap MkDocs processing of the generated discussion pages, with the same output.

Profiling the build of 200 discussions (20,000 comments) showed MkDocs parsing every page's HTML
three times with Python's ``html.parser``: MkDocs collecting anchor ids, Python-Markdown's
``md_in_html`` finding the ends of the raw blocks, and Material's search splitting the page
into sections. A discussion page is raw HTML blocks only (see :mod:`generator.render`), for
which Markdown's output is the page body itself, so the hook hands MkDocs the body directly
(:func:`body_html`), and gives Material's search a lean copy of the page (:func:`search_html`)
that yields the same index from a fraction of the tags. ``tests/test_fastpages.py`` holds both
to that: same HTML as Markdown makes, same search index as the full page gives.
"""

from __future__ import annotations

import re

SEARCH_KEEP = frozenset(
    {"h1", "h2", "h3", "h4", "h5", "h6", "p", "code", "pre", "li", "ol", "ul", "sub", "sup"}
)
"""Tags Material's search parser keeps or splits on; everything else only wraps text for it."""

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

VOID = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    }
)
"""Elements without an end tag."""

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>")
# Material's search strips these attributes from the page after indexing it (search/plugin.py).
_SEARCH_ATTRS = re.compile(r"\s?data-search-\w+=\"[^\"]+\"")


def body_html(markdown: str) -> str:
    """The HTML Python-Markdown makes of a page that is raw HTML blocks only: the blocks as written."""
    return markdown.strip("\n")


def search_html(page: str) -> str:
    """``page`` reduced to what Material's search reads, giving it the same sections and text.

    Material's parser opens a section at each heading with an id and closes it when an element
    around that heading closes. So elements around headings stay, as do the tags it keeps
    (:data:`SEARCH_KEEP`); other tags go (their text stays), and so do elements marked
    ``data-search-exclude`` with all they hold. Seed text is escaped: ``<`` only starts a tag.
    """
    tags = list(_TAG.finditer(page))
    names = [match[2].lower() for match in tags]
    # First pass: which start tags have a heading inside them (or are one).
    keep = [False] * len(tags)
    ends = [-1] * len(tags)  # index of the matching end tag
    stack: list[int] = []
    open_names: dict[str, int] = {}  # how many of each element are open: no scan of the stack
    for index, name in enumerate(names):
        if name in VOID:
            continue
        if not tags[index][1]:
            stack.append(index)
            open_names[name] = open_names.get(name, 0) + 1
            if name in HEADINGS:
                # Everything below a kept element was kept with it (the stack only grows on
                # top of it), so marking stops there: linear however deep the replies nest.
                for open_index in reversed(stack):
                    if keep[open_index]:
                        break
                    keep[open_index] = True
        elif open_names.get(name):
            while stack:
                start = stack.pop()
                open_names[names[start]] -= 1
                ends[start] = index
                if names[start] == name:
                    break
    for start, end in enumerate(ends):
        if end >= 0 and keep[start]:
            keep[end] = True
    out: list[str] = []
    position = 0
    index = 0
    while index < len(tags):
        match = tags[index]
        out.append(page[position : match.start()])
        position = match.end()
        if not keep[index] and not match[1] and ends[index] >= 0 and "data-search-exclude" in match[0]:
            # Leave out the excluded element and everything in it.
            index = ends[index]
            position = tags[index].end()
        elif keep[index] or names[index] in SEARCH_KEEP:
            out.append(match[0])
        index += 1
    out.append(page[position:])
    return "".join(out)


def strip_search_attributes(page: str) -> str:
    """What Material's search does to a page's HTML after indexing it: drop valued ``data-search-*``."""
    return _SEARCH_ATTRS.sub("", page)
