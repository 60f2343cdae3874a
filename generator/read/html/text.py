"""Elements to plain text: paragraphs from block elements, ``<br>`` as a line break, white space
collapsed as a browser shows it, and of each link only an http(s) address (never ``javascript:``
or the like). Nothing of the markup is left: the renderer escapes the text like any seed text.
"""

from __future__ import annotations

from collections.abc import Container, Iterator

from lxml import etree

from generator.read.html.tree import Element

BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
"""Elements that start a new paragraph, as they start a new block in a browser."""


_BREAK = "\x00"
"""A ``<br>`` among the pieces of a paragraph: a character no text of the tree holds (libxml2's
strings end at one), so that text is added as it stands; outside ``<pre>`` its own line ends are
white space like any other, collapsed with it."""


def _flush(pieces: list[str], pre: int, line: int, out: list[tuple[str, int]]) -> None:
    """End the paragraph of ``pieces`` (not empty), if it holds any text, into ``out``."""
    text = "".join(pieces)
    if not pre and _BREAK not in text:
        # One line (no <br>), the usual paragraph: its white space collapsed is all there is to do.
        single = " ".join(text.split())
        if single:
            out.append((single, line))
        return
    if pre:
        lines = [row.rstrip() for row in text.replace(_BREAK, "\n").split("\n")]
    else:
        lines = [" ".join(row.split()) for row in text.split(_BREAK)]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    if lines:
        out.append(("\n".join(lines), line))


def paragraphs(
    root: Element, skip: Container[Element] = frozenset(), *, links: bool = True
) -> list[tuple[str, int]]:
    """The plain-text paragraphs of ``root`` and the source line of each, leaving out ``skip``;
    a link's http(s) address follows its text unless the text shows it (or ``links`` is false).

    Blocks start and end paragraphs, ``<br>`` breaks a line; text's own line ends are white
    space, except inside ``<pre>``. A paragraph's line is that of the element of its first text.
    """
    out: list[tuple[str, int]] = []
    pieces: list[str] = []  # of the paragraph being written
    line = 0
    pre = 0  # how many <pre> the walk is in
    # libxml2 walks the tree (comment threads nest a thousand deep: no recursion) and skips
    # what is left out; per open element, whether it was read. One function: this is the
    # reader's innermost loop, and a call per element and per text cost a good part of it.
    read: list[bool] = []
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, item in walker:
        if event == "start":
            name = item.tag
            if not isinstance(name, str) or item in skip:
                walker.skip_subtree()
                read.append(False)
                continue
            read.append(True)
            if name in BLOCKS:
                if pieces:
                    _flush(pieces, pre, line, out)
                    pieces = []
                if name == "pre":
                    pre += 1
            elif name == "br":
                pieces.append(_BREAK)
            elif name == "img":
                continue  # alt text is no part of the text (avatars would put names in every comment)
            text = item.text
        else:
            if read.pop():
                name = item.tag
                if name == "a" and links:
                    address = link_address(item)
                    if address:
                        if not pieces:
                            line = item.sourceline or 0
                        pieces.append(address)
                elif name in BLOCKS:
                    if pieces:
                        _flush(pieces, pre, line, out)
                        pieces = []
                    if name == "pre":
                        pre -= 1
            if not read:
                continue  # the root's tail is not its text
            text = item.tail
        if text:
            if not pieces:
                line = item.sourceline or 0
            pieces.append(text)
    if pieces:
        _flush(pieces, pre, line, out)
    return out


def link_address(link: Element) -> str | None:
    """A link's http(s) address as it follows the link's text, unless the text shows it."""
    href = (link.get("href") or "").strip()
    shown = "".join(link.itertext()).strip()
    if href.lower().startswith(("http://", "https://")) and href not in shown and " " not in href:
        return f" ({href})" if shown else href
    return None


def inline(element: Element | None, *, links: bool = True) -> str:
    """The element's text on one line, white space collapsed (for names, dates, titles); without
    ``links``, the addresses of its links are left out (a name linked to its author's site)."""
    if element is None:
        return ""
    if not links:
        return " ".join("".join(element.itertext()).split())
    return " ".join(" ".join(text for text, _ in paragraphs(element)).split())


def texts_in_links(element: Element) -> Iterator[tuple[str | None, bool]]:
    """Each piece of ``element``'s text in page order (None where a step of the walk has none),
    and whether it is inside a link: one per start and end of an element, so a caller may stop
    after so many steps."""
    in_link = 0
    for event, item in etree.iterwalk(element, events=("start", "end")):
        if event == "start":
            in_link += item.tag == "a"
            yield (item.text if isinstance(item.tag, str) else None), in_link > 0
        else:
            in_link -= item.tag == "a"
            yield (item.tail if item is not element else None), in_link > 0
