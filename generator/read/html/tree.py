"""A saved page to an inert lxml tree: parsed once, everything that could run or fetch removed.

libxml2's HTML parser is used with the network off; it never runs scripts or loads resources.
What is removed before anything reads the tree: scripts, styles, templates, ``<noscript>``
copies (they duplicate the page's text), embedded objects and frames, form controls, and
elements marked ``hidden``. Comments and processing instructions are dropped by the parser.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

from lxml import etree

from generator.errors import SeedError
from generator.model import SourceLine

Element = etree._Element
"""An element of the parsed page."""

MAX_DEPTH = 2048
"""libxml2 stops parsing at this depth of nesting (with its ``huge`` option): a page that goes
deeper is refused, rather than silently losing everything after the deepest point."""

DROPPED = (
    "script",
    "style",
    "template",
    "noscript",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "svg",
    "math",
    "canvas",
    "audio",
    "video",
    "textarea",
    "select",
    "button",
    "input",
    "head",
)
"""Elements whose content is never text of the page (``head`` is read before it is dropped)."""


def parse_tree(text: str, source: str) -> Element:
    """Parse the page's text into an element tree (``<html>`` at the root); raises :class:`SeedError`."""
    parser = etree.HTMLParser(
        huge_tree=True,  # a 50 MB page has text nodes past libxml2's default 10 MB limit
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        remove_blank_text=False,
        default_doctype=False,
        encoding="utf-8",
    )
    # UTF-8 bytes with the encoding named: libxml2 must not guess from a <meta> the text
    # no longer agrees with (it was decoded already).
    data = text.encode("utf-8", "surrogatepass").replace(b"\x00", "\ufffd".encode())
    root = etree.fromstring(data, parser=parser) if data.strip() else None
    if root is None:
        raise SeedError(source, 1, "expected an HTML page, found an empty file")
    for entry in parser.error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT" or "Excessive depth" in entry.message:
            raise SeedError(
                source,
                max(entry.line, 1),
                f"expected markup nested at most {MAX_DEPTH} elements deep, found deeper nesting",
            )
    return root


_HIDDEN = etree.XPath("//*[@hidden]")
"""Elements marked ``hidden``, in document order (libxml2 finds them faster than a walk in Python)."""


_SHOWN_TAGS = (
    "textarea", "select", "button", "svg", "math", "canvas", "audio", "video", "object", "iframe", "applet"
)  # fmt: skip
"""Removed elements whose text a reader may see (a button's label, a figure's labels, a video's
fallback text): listed as left out. Scripts, styles, templates and ``<noscript>`` copies are not."""


def strip_inert(root: Element) -> list[SourceLine]:
    """Remove what never counts as the page's text (see the module docstring); tails are kept.

    Returns the text of what was removed that a reader could see: form controls' labels,
    embedded content's fallback text, elements marked ``hidden`` (nothing is lost unlisted).
    """
    # One pass of libxml2 over the page for all these tags (an XPath union passed once per tag).
    shown = [(element, "form control or embedded content") for element in root.iter(*_SHOWN_TAGS)]
    hidden = [element for element in _HIDDEN(root) if isinstance(element, Element)]
    listed = [
        SourceLine(element.sourceline or 1, text[:_MAX_LISTED], reason)
        for element, reason in [*shown, *((element, "hidden on the page") for element in hidden)]
        if isinstance(element, Element) and (text := " ".join(element.xpath("string()").split()))
    ]
    etree.strip_elements(root, *DROPPED, with_tail=False)
    for element in hidden:
        if element.getparent() is not None:
            _remove(element)
    return sorted(listed, key=lambda item: item.line)


_MAX_LISTED = 300


def _remove(element: Element) -> None:
    """Remove ``element`` but keep the text after it (its tail belongs to the parent)."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    previous = element.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def classes(element: Element) -> tuple[str, ...]:
    """The element's class names."""
    value = element.get("class")
    return split_classes(value) if value else ()


@functools.lru_cache(maxsize=8192)
def split_classes(value: str) -> tuple[str, ...]:
    """A class attribute's names. Cached: a page repeats a few class strings on every comment
    (``comment even depth-2``), and splitting them for each element cost the reader much of its time."""
    return tuple(value.split())


def has_class(element: Element, *names: str) -> bool:
    """Whether the element has any of the class names."""
    value = element.get("class")
    if not value:
        return False
    present = split_classes(value)
    return any(name in present for name in names)


def tag(element: Element) -> str:
    """The element's tag name (the HTML parser gives it lower-case); ``""`` for comments and the like."""
    name = element.tag
    return name if isinstance(name, str) else ""


def descendants(element: Element, stop: set[Element]) -> Iterator[Element]:
    """The element's descendants in document order, not entering those in ``stop``."""
    stack = list(reversed(element))
    while stack:
        node = stack.pop()
        if not isinstance(node.tag, str):
            continue
        yield node
        if node not in stop:
            stack.extend(reversed(node))


MAX_NUMBER = 9999
"""Largest indent, width or depth read from an attribute: a deeper thread than any page shows."""


def small_number(text: str) -> int | None:
    """A count written in ASCII digits (``indent="2"``, ``width="80"``, ``depth-3``), capped at
    :data:`MAX_NUMBER`; None when the text is no such number."""
    # str.isdigit() also accepts "²" and other digits int() refuses, and int() refuses more
    # than 4300 digits: the check is ASCII, the length is looked at before converting.
    if not text or not text.isascii() or not text.isdigit():
        return None
    significant = text.lstrip("0")
    return MAX_NUMBER if len(significant) > len(str(MAX_NUMBER)) else min(int(significant or "0"), MAX_NUMBER)


class Ancestors:
    """How many ancestors of an element pass a test, memoised per element: asking about every
    element of a page 2000 elements deep looks at each element once, where walking each one's
    ancestors anew looks at millions."""

    def __init__(self, test: Callable[[Element], bool]) -> None:
        self._test = test
        self._passed: dict[Element, int] = {}
        """Per element seen: how many of it and its ancestors pass the test."""

    def count(self, element: Element) -> int:
        """The number of ancestors of ``element`` (not itself) that pass the test."""
        parent = element.getparent()
        if parent is None:
            return 0
        path: list[Element] = []
        node: Element | None = parent
        while node is not None and node not in self._passed:
            path.append(node)
            node = node.getparent()
        total = 0 if node is None else self._passed[node]
        for above in reversed(path):
            total += self._test(above)
            self._passed[above] = total
        return self._passed[parent]

    def any(self, element: Element) -> bool:
        """Whether any ancestor of ``element`` passes the test."""
        return self.count(element) > 0


def depth_of(element: Element) -> int:
    """Number of ancestors of the element."""
    return sum(1 for _ in element.iterancestors())
