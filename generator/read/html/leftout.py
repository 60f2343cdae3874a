"""What a saved page holds that the model does not: menus, sidebars, footers, share buttons, a
comment's "Reply" link. Listed with the line it stands on and a reason (``check --show-dropped``
and the page's "Lines kept out of the content"), so nothing of a seed goes missing unseen.

Counted in words: the page's text, less every word the model holds (title, article, comments,
their authors and dates), is what was left out; each block of text (a paragraph, a list item, a
cell) that holds some of it is listed whole.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable

from lxml import etree

from generator.model import SourceLine
from generator.read.html.text import BLOCKS
from generator.read.html.tree import Element, tag

_WORD = re.compile(r"\w+")

_LANDMARKS = {
    "nav": "navigation",
    "header": "page header",
    "aside": "sidebar",
    "footer": "footer",
    "form": "form",
}
"""Elements whose text is page furniture, and the reason given for it."""
_ROLES = {
    "navigation": "navigation",
    "banner": "page header",
    "complementary": "sidebar",
    "contentinfo": "footer",
}
"""ARIA roles that say the same of a ``<div>``."""
_DEFAULT = "page text outside the article and the comments"
_COMMENT = "comment header or action"
_MAX_TEXT = 300
"""A listed block is cut to this many characters ("…" after): a footer can be a page long."""


def left_out(root: Element, kept: Iterable[str], comments: Collection[Element] = ()) -> list[SourceLine]:
    """The blocks of ``root`` whose words are not among ``kept`` (the model's texts); what stands
    inside one of the ``comments`` elements is given as a comment's header or action.

    A block whose text is one of the model's texts is kept first, using up its words; then, in
    page order, a block is kept when the words still unused cover it. Every other block is
    listed: each word of the page is in the model or in a listed block.
    """
    body = root.find("body")
    if body is None:
        body = root
    blocks = _blocks(body, comments)
    texts = [" ".join(text.split()) for text in kept]
    whole = Counter(texts)
    unused = Counter(word for text in texts for word in _WORD.findall(text))
    matched = []
    for _, _, text in blocks:
        # A title shown twice (heading and sidebar) is in the model once: matched once.
        exact = whole[text] > 0
        if exact:
            whole[text] -= 1
            unused.subtract(_WORD.findall(text))
        matched.append(exact)
    out: list[SourceLine] = []
    for (block, reason, text), exact in zip(blocks, matched, strict=True):
        if exact:
            continue
        words = Counter(_WORD.findall(text))
        if all(unused[word] >= count for word, count in words.items()):
            unused.subtract(words)
            continue
        shown = text if len(text) <= _MAX_TEXT else text[: _MAX_TEXT - 1] + "…"
        out.append(SourceLine(block.sourceline or 1, shown, reason))
    return out


def _blocks(body: Element, comments: Collection[Element]) -> list[tuple[Element, str, str]]:
    """The page's text as runs of one block each, in page order: (block, reason, text)."""
    runs: list[tuple[Element, str, str]] = []
    current: Element | None = None
    pieces: list[str] = []
    why = _DEFAULT
    for block, reason, text in _pieces(body, comments):
        if block is not current:
            if current is not None:
                runs.append((current, why, " ".join(" ".join(pieces).split())))
            current, pieces, why = block, [], reason
        pieces.append(text)
    if current is not None:
        runs.append((current, why, " ".join(" ".join(pieces).split())))
    return runs


def _pieces(body: Element, comments: Collection[Element]) -> Iterable[tuple[Element, str, str]]:
    """Every text of ``body`` in page order, with its block element and that block's reason."""
    stack: list[tuple[Element, str]] = []  # per open element: its block and reason
    for event, element in etree.iterwalk(body, events=("start", "end")):
        if event == "start":
            block, reason = stack[-1] if stack else (element, _DEFAULT)
            name = tag(element)
            if name in BLOCKS:
                block = element
            reason = _COMMENT if element in comments else _landmark(element, name) or reason
            stack.append((block, reason))
            if element.text and element.text.strip():
                yield block, reason, element.text
        else:
            stack.pop()
            if stack and element.tail and element.tail.strip():
                yield (*stack[-1], element.tail)


def _landmark(element: Element, name: str) -> str | None:
    if name in _LANDMARKS:
        return _LANDMARKS[name]
    role = element.get("role")
    return _ROLES.get(role) if isinstance(role, str) else None
