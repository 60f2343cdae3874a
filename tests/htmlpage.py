"""Built HTML pages as a small element tree, read with the standard library's ``html.parser``.

Tests look at what a browser would: which elements exist, their attributes, and the visible
text (character references decoded, script and style contents left out, block boundaries as
white space). Everything is iterative, because generated threads can nest very deep.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

# Names as one string per set: more readable than forty one-word lines.
_VOID_NAMES = "area base br col embed hr img input link meta param source track wbr"
_BLOCK_NAMES = """address article aside blockquote br dd details dialog div dl dt fieldset figcaption
    figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody
    td tfoot th thead title tr ul"""

VOID = frozenset(_VOID_NAMES.split())
"""Elements that never have an end tag (HTML's void elements)."""

BLOCK = frozenset(_BLOCK_NAMES.split())
"""Elements that start a new line when rendered, so their text never runs into a neighbour's."""

NOT_TEXT = frozenset({"script", "style", "template"})
"""Elements whose content a reader never sees as text."""


@dataclass
class Element:
    """One element of a parsed page."""

    tag: str
    """Lower-case tag name (``#root`` for the document itself)."""

    attrs: dict[str, str | None]
    """Attributes as written (a bare attribute has the value ``None``); a repeated one keeps the first."""

    line: int
    """1-based line of the start tag in the HTML source."""

    raw_attrs: list[tuple[str, str | None]] = field(default_factory=list)
    """Every attribute in source order, repeats included."""

    children: list[Element | str] = field(default_factory=list)
    """Child elements and text (character references already decoded)."""

    def get(self, name: str) -> str | None:
        """The value of attribute ``name`` (``None`` when absent or bare)."""
        return self.attrs.get(name)

    @property
    def classes(self) -> list[str]:
        """The element's CSS classes."""
        return (self.attrs.get("class") or "").split()

    def iter(self) -> Iterator[Element]:
        """This element and every element below it, in document order."""
        stack: list[Element] = [self]
        while stack:
            element = stack.pop()
            yield element
            stack.extend(reversed([c for c in element.children if isinstance(c, Element)]))

    def find_all(self, tag: str | None = None, *, cls: str | None = None) -> list[Element]:
        """Elements below (and including) this one with the given tag and/or CSS class."""
        return [e for e in self.iter() if (tag is None or e.tag == tag) and (cls is None or cls in e.classes)]

    def find(self, tag: str | None = None, *, cls: str | None = None) -> Element:
        """The first element :meth:`find_all` would return; fails the test when there is none."""
        found = self.find_all(tag, cls=cls)
        assert found, f"no <{tag or '*'}> element with class {cls!r} below <{self.tag}> (line {self.line})"
        return found[0]

    def by_id(self) -> dict[str, list[Element]]:
        """Every element with an ``id``, by id (a list, so duplicates show)."""
        out: dict[str, list[Element]] = {}
        for element in self.iter():
            anchor = element.get("id")
            if anchor is not None:
                out.setdefault(anchor, []).append(element)
        return out

    def text(self) -> str:
        """The visible text: text nodes joined, block elements on their own lines."""
        out: list[str] = []
        stack: list[Element | str | None] = [self]
        while stack:
            item = stack.pop()
            if item is None:
                out.append("\n")
            elif isinstance(item, str):
                out.append(item)
            elif item.tag not in NOT_TEXT or item is self:
                block = item.tag in BLOCK
                if block:
                    out.append("\n")
                    stack.append(None)
                stack.extend(reversed(item.children))
        return "".join(out)


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {}, 1)
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {}, self.getpos()[0], raw_attrs=list(attrs))
        for name, value in attrs:
            element.attrs.setdefault(name, value)
        self.stack[-1].children.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        # Close up to the matching open element; a stray end tag closes nothing.
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_html(source: str) -> Element:
    """Parse a whole HTML document into its root :class:`Element`."""
    builder = _TreeBuilder()
    builder.feed(source)
    builder.close()
    return builder.root


def main_content(page: Element) -> Element:
    """The page's own content: Material's ``<article class="md-content__inner">``."""
    return page.find("article", cls="md-content__inner")
