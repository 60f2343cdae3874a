"""Elements to plain text: paragraphs from block elements, ``<br>`` as a line break, white space
collapsed as a browser shows it, and of each link only an http(s) address (never ``javascript:``
or the like). Nothing of the markup is left: the renderer escapes the text like any seed text.
"""

from __future__ import annotations

from collections.abc import Container

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


_BREAK = "\n"
"""A ``<br>`` among the pieces of a paragraph (text's own line ends are added as spaces)."""


class _Writer:
    """Collects text into paragraphs while the walk goes through the elements."""

    def __init__(self) -> None:
        self.paragraphs: list[tuple[str, int]] = []
        self.pieces: list[str] = []
        self.line = 0
        self.pre = 0

    def add(self, text: str | None, element: Element) -> None:
        """Add running text of ``element``; its own line ends are white space (unless inside ``<pre>``)."""
        if not text:
            return
        if not self.pieces:
            self.line = element.sourceline or 0
        self.pieces.append(text if self.pre else text.replace("\n", " ").replace("\r", " "))

    def flush(self) -> None:
        """End the paragraph being written, if it holds any text."""
        if not self.pieces:
            return  # every block starts and ends with a flush: most find nothing written
        text = "".join(self.pieces)
        self.pieces = []
        if self.pre:
            lines = [line.rstrip() for line in text.split("\n")]
        else:
            lines = [" ".join(line.split()) for line in text.split(_BREAK)]
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        if lines:
            self.paragraphs.append(("\n".join(lines), self.line))


def paragraphs(
    root: Element, skip: Container[Element] = frozenset(), *, links: bool = True
) -> list[tuple[str, int]]:
    """The plain-text paragraphs of ``root`` and the source line of each, leaving out ``skip``;
    a link's http(s) address follows its text unless the text shows it (or ``links`` is false)."""
    writer = _Writer()
    # libxml2 walks the tree (comment threads nest a thousand deep: no recursion) and skips
    # what is left out; per open element, whether it was read.
    read: list[bool] = []
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, item in walker:
        if event == "start":
            name = item.tag
            if not isinstance(name, str) or item in skip:
                walker.skip_subtree()
                read.append(False)
            else:
                read.append(True)
                _enter(item, name, writer)
            continue
        if read.pop():
            _leave(item, writer, links=links)
        if read:  # the root's tail is not its text
            writer.add(item.tail, item)
    writer.flush()
    return writer.paragraphs


def _enter(element: Element, name: str, writer: _Writer) -> None:
    if name in BLOCKS:
        writer.flush()
        if name == "pre":
            writer.pre += 1
    elif name == "br":
        writer.pieces.append(_BREAK)
    elif name == "img":
        return  # alt text is no part of the text (avatars would put names in every comment)
    writer.add(element.text, element)


def _leave(element: Element, writer: _Writer, *, links: bool) -> None:
    name = element.tag
    if name == "a" and links:
        href = (element.get("href") or "").strip()
        shown = "".join(element.itertext()).strip()
        if href.lower().startswith(("http://", "https://")) and href not in shown and " " not in href:
            writer.add(f" ({href})" if shown else href, element)
    elif name in BLOCKS:
        writer.flush()
        if name == "pre":
            writer.pre -= 1


def inline(element: Element | None, *, links: bool = True) -> str:
    """The element's text on one line, white space collapsed (for names, dates, titles); without
    ``links``, the addresses of its links are left out (a name linked to its author's site)."""
    if element is None:
        return ""
    if not links:
        return " ".join("".join(element.itertext()).split())
    return " ".join(" ".join(text for text, _ in paragraphs(element)).split())
