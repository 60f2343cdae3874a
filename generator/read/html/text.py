"""Elements to plain text: paragraphs from block elements, ``<br>`` as a line break, white space
collapsed as a browser shows it, and of each link only an http(s) address (never ``javascript:``
or the like). Nothing of the markup is left: the renderer escapes the text like any seed text.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.read.html.tree import Element, tag

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

    def add(self, text: str | None, line: int) -> None:
        """Add running text; its own line ends are white space (unless inside ``<pre>``)."""
        if not text:
            return
        if not self.pieces:
            self.line = line
        self.pieces.append(text if self.pre else text.replace("\n", " ").replace("\r", " "))

    def flush(self) -> None:
        """End the paragraph being written, if it holds any text."""
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
    roots: Iterable[Element], skip: frozenset[Element] | set[Element] = frozenset(), *, links: bool = True
) -> list[tuple[str, int]]:
    """The plain-text paragraphs of ``roots`` and the source line of each, leaving out ``skip``;
    a link's http(s) address follows its text unless the text shows it (or ``links`` is false)."""
    writer = _Writer()
    tops = list(roots)
    # (element, leaving): a stack rather than recursion, as comment threads nest a thousand deep.
    stack: list[tuple[Element, bool]] = [(root, False) for root in reversed(tops)]
    while stack:
        item, leaving = stack.pop()
        if leaving:
            _leave(item, writer, tail=item not in tops, links=links)
            continue
        name = tag(item)
        if not name or item in skip:
            if item.tail and item not in tops:
                writer.add(item.tail, item.sourceline or 0)
            continue
        _enter(item, name, writer)
        stack.append((item, True))
        stack.extend((child, False) for child in reversed(item))
    writer.flush()
    return writer.paragraphs


def _enter(element: Element, name: str, writer: _Writer) -> None:
    line = element.sourceline or 0
    if name in BLOCKS:
        writer.flush()
        if name == "pre":
            writer.pre += 1
    elif name == "br":
        writer.pieces.append(_BREAK)
    elif name == "img":
        return  # alt text is no part of the text (avatars would put names in every comment)
    writer.add(element.text, line)


def _leave(element: Element, writer: _Writer, *, tail: bool, links: bool) -> None:
    name = tag(element)
    if name == "a" and links:
        href = (element.get("href") or "").strip()
        shown = "".join(element.itertext()).strip()
        if href.lower().startswith(("http://", "https://")) and href not in shown and " " not in href:
            writer.add(f" ({href})" if shown else href, element.sourceline or 0)
    if name in BLOCKS:
        writer.flush()
        if name == "pre":
            writer.pre -= 1
    if tail and element.tail:
        writer.add(element.tail, element.sourceline or 0)


def inline(element: Element | None, *, links: bool = True) -> str:
    """The element's text on one line, white space collapsed (for names, dates, titles); without
    ``links``, the addresses of its links are left out (a name linked to its author's site)."""
    if element is None:
        return ""
    if not links:
        return " ".join("".join(element.itertext()).split())
    return " ".join(" ".join(text for text, _ in paragraphs([element])).split())
