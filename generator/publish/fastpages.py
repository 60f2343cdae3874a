"""Cheap MkDocs processing of the generated discussion pages, with the same output.

Profiling the build of 200 discussions (20,000 comments) showed MkDocs parsing every page's HTML
three times with Python's ``html.parser``: MkDocs collecting anchor ids, Python-Markdown's
``md_in_html`` finding the ends of the raw blocks, and Material's search splitting the page
into sections. A discussion page is raw HTML blocks only (see :mod:`generator.pages.discussion`), for
which Markdown's output is the page body itself, so the hook hands MkDocs the body directly
(:func:`body_html`), and gives Material's search a lean copy of the page (:func:`search_html`)
that yields the same index from a fraction of the tags. ``tests/test_fastpages.py`` holds both
to that: same HTML as Markdown makes, same search index as the full page gives.
"""

from __future__ import annotations

import re

from generator.pages.paths import family_of

RAW_SITE_PAGES = ("index.md", "participants.md")
"""Site-wide pages that, like the discussion pages, are raw HTML blocks only, so they take the
same shortcut (at 1,000 discussions they are 9 MB of HTML that Markdown would parse for nothing),
with the sub-pages of the participants page when it splits (see :func:`site_page_kind`).
The timeline is not among them: its decade and year headings are Markdown, for the page's table
of contents."""

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

MIXED_SITE_PAGES = ("timeline.md",)
"""Site-wide pages whose headings are Markdown but whose bulk is raw HTML blocks: Markdown
reads only the headings (:func:`stash_raw_blocks`); the timeline's sub-pages too."""

RAW, MIXED = "raw", "mixed"
"""The two shortcuts a site-wide page takes (see :func:`site_page_kind`)."""


def site_page_kind(src_uri: str) -> str | None:
    """Which shortcut the site-wide page ``src_uri`` (its path relative to the docs folder)
    takes: :data:`RAW` for the pages of :data:`RAW_SITE_PAGES` and their sub-pages,
    :data:`MIXED` for those of :data:`MIXED_SITE_PAGES` and theirs, None for any other page. A
    split page's sub-pages are made like the page itself (see :mod:`generator.pages.split`)."""
    family = family_of(src_uri) or src_uri
    if family in RAW_SITE_PAGES:
        return RAW
    if family in MIXED_SITE_PAGES:
        return MIXED
    return None


STASH = "GENERATORRAWBLOCK"
"""Start of the word that stands for a raw block while Markdown reads the rest of the page."""

# A raw block of a generated page: from a `<div … markdown="0">` line to the first `</div>` line,
# with blank lines around it. A block holding another div is left to Markdown (no nesting to
# get wrong); seed text is escaped, so `<div` and `</div>` lines are always the generator's own.
_RAW_BLOCK = re.compile(
    r'(?<=\n\n)<div [^\n<>]*markdown="0"[^\n<>]*>\n(?:(?!<div|</div>)[^\n]*\n)*?</div>(?=\n\n|\n?\Z)'
)
_STASHED = re.compile(rf"<p>{STASH}(\d+)</p>(\n?)")

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>")
# Material's search strips these attributes from the page after indexing it (search/plugin.py).
_SEARCH_ATTRS = re.compile(r"\s?data-search-\w+=\"[^\"]+\"")


def body_html(markdown: str) -> str:
    """The HTML Python-Markdown makes of a page that is raw HTML blocks only: the blocks as written."""
    return markdown.strip("\n")


def stash_raw_blocks(markdown: str) -> tuple[str, list[str]]:
    """``markdown`` with each raw block replaced by a one-word paragraph, and the blocks.

    Python-Markdown keeps a ``markdown="0"`` block as written but parses its HTML to find the
    end (seconds for the timeline of a large archive); a word paragraph costs nothing, and
    :func:`restore_raw_blocks` puts the blocks back where Markdown left ``<p>word</p>``.
    """
    blocks: list[str] = []

    def stash(match: re.Match[str]) -> str:
        blocks.append(match[0])
        return f"{STASH}{len(blocks) - 1}"

    return _RAW_BLOCK.sub(stash, markdown), blocks


def restore_raw_blocks(html: str, blocks: list[str]) -> str:
    """The inverse of :func:`stash_raw_blocks` on the HTML Markdown made of the stashed page."""
    # Markdown puts a blank line after a raw block where a paragraph gets a line break.
    return _STASHED.sub(lambda match: blocks[int(match[1])] + match[2] * 2, html) if blocks else html


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
