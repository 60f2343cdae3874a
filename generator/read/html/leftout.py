"""What a saved page holds that the model does not: menus, sidebars, footers, share buttons, a
comment's "Reply" link. Listed with the line it stands on and a reason (``check --show-dropped``
and the page's "Lines kept out of the content"), so nothing of a seed goes missing unseen.

Counted in words: the page's text, less every word the model holds (title, article, comments,
their authors and dates), is what was left out; each block of text (a paragraph, a list item, a
cell) that holds some of it is listed whole.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections import Counter
from collections.abc import Collection, Iterable

from lxml import etree

from generator.model import SourceLine
from generator.read.html.text import BLOCKS
from generator.read.html.tree import Element

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
_ROLE_XPATH = etree.XPath("//*[@role]")
_BOX = "links to the site's other pages"
"""The reason of a box of links the article's text leaves out (``article.Content.boxes``)."""
_FURNITURE = frozenset([*_LANDMARKS.values(), *_ROLES.values(), _BOX])
"""The reasons of the page's furniture, whose words are matched last."""
_DEFAULT = "page text outside the article and the comments"
_FIRST = operator.itemgetter(0)
_COMMENT = "comment header or action"
_MAX_TEXT = 300
"""A listed block is cut to this many characters ("…" after): a footer can be a page long."""


def left_out(
    root: Element, kept: Iterable[str], comments: Collection[Element] = (), boxes: Collection[Element] = ()
) -> list[SourceLine]:
    """The blocks of ``root`` whose words are not among ``kept`` (the model's texts); what stands
    inside one of the ``comments`` elements is given as a comment's header or action, what stands
    in one of the ``boxes`` (of links the article leaves out) as such.

    A block whose text is one of the model's texts is kept first, using up its words; then a
    block is kept when the words still unused cover it, the page's text and comments in page
    order before its furniture. Every other block is listed, in page order: each word of the
    page is in the model or in a listed block.
    """
    body = root.find("body")
    if body is None:
        body = root
    whole = Counter(map(collapsed, kept))
    rest: list[tuple[Element, str, str]] = []
    for block, reason, text in _blocks(body, set(comments), boxes):
        # Most blocks are a paragraph of the model as it stands: matched by their text, cheaply.
        # A title shown twice (heading and sidebar) is in the model once: matched once.
        if whole.get(text, 0) > 0:
            whole[text] -= 1
        else:
            rest.append((block, reason, text))
    # Counted at once in C (a Counter updated per text cost more than the counting).
    unused = Counter(
        [word for text, count in whole.items() for _ in range(count) for word in _WORD.findall(text)]
    )
    out: list[tuple[int, SourceLine]] = []
    # The blocks of the page's text and its comments first, its furniture (a header, a menu)
    # after: a menu's "Pocket" would otherwise use up the word of a paragraph the model holds
    # rewritten (its link's address added), and that paragraph be listed as left out while the
    # menu's word went unlisted.
    order = sorted(range(len(rest)), key=lambda index: (rest[index][1] in _FURNITURE, index))
    for index in order:
        block, reason, text = rest[index]
        words = _WORD.findall(text)
        if len(words) == len(set(words)):
            # A block's words, each once ("Reply", "Ann says:"): looked up without a Counter.
            if all(unused.get(word, 0) >= 1 for word in words):
                for word in words:
                    unused[word] -= 1
                continue
        else:
            counted = Counter(words)
            if all(unused.get(word, 0) >= count for word, count in counted.items()):
                unused.subtract(counted)
                continue
        shown = text if len(text) <= _MAX_TEXT else text[: _MAX_TEXT - 1] + "…"
        out.append((index, SourceLine(block.sourceline or 1, shown, reason)))
    return [line for _, line in sorted(out, key=_FIRST)]


def collapsed(text: str) -> str:
    """``" ".join(text.split())``: the text on one line, its white space collapsed.

    Most of the model's texts are so already, or but for the line breaks of a ``<br>``: a scan
    tells it, where splitting them into words and joining those again copied most of the page's
    text once more. The scan relies on every white space character but the space being
    unprintable (``str.isprintable``).
    """
    flat = text.replace("\n", " ")
    if flat.isprintable() and "  " not in flat and flat[:1] != " " and flat[-1:] != " ":
        return flat
    return " ".join(text.split())


def _blocks(
    body: Element, comments: set[Element], boxes: Collection[Element] = ()
) -> list[tuple[Element, str, str]]:
    """The page's text as runs of one block each, in page order: (block, reason, text)."""
    runs: list[tuple[Element, str, str]] = []
    current: Element | None = None
    pieces: list[str] = []
    why = _DEFAULT
    # The elements that give their text a reason of their own: a comment, else a landmark, else
    # a landmark role (the few with one found by libxml2: asking each element costs more).
    marked = {
        element: _LANDMARKS.get(element.tag, _ROLES[element.get("role") or ""])  # type: ignore[arg-type]
        for element in _ROLE_XPATH(body)
        if isinstance(element, etree._Element) and element.get("role") in _ROLES
    }
    marked.update(dict.fromkeys(boxes, _BOX))
    marked.update(dict.fromkeys(comments, _COMMENT))
    # The page's texts in document order, each with the block and reason of its place. The
    # elements come from libxml2's walk, starts only: an element's tail follows its descendants,
    # so it is read when the next element outside them starts (its parent is then the innermost
    # open element) or at the end. A walk with end events cost a pass of this loop per element more.
    texts: list[tuple[tuple[Element, str], str]] = []
    opened: list[Element | None] = [body.getparent()]  # the open elements, innermost last
    context: list[tuple[Element, str]] = [(body, _DEFAULT)]  # per open element: its block and reason
    here = context[0]  # the innermost open element's block and reason
    for element in itertools.chain(body.iter(), (None,)):  # None: the end, all but the body closed
        parent = body if element is None else element.getparent()
        if opened[-1] is not parent:
            while opened[-1] is not parent:
                tail = opened.pop().tail  # type: ignore[union-attr]
                context.pop()
                if tail and not tail.isspace():
                    texts.append((context[-1], tail))
            here = context[-1]
        if element is None:
            break
        name = element.tag
        # The landmarks are blocks: an inline element changes the reason only if it is marked,
        # and else shares its parent's place (no new pair for most elements).
        if name in BLOCKS:
            own = marked.get(element) or _LANDMARKS.get(name)
            here = (element, here[1] if own is None else own)
        else:
            own = marked.get(element)
            if own is not None:
                here = (here[0], own)
        opened.append(element)
        context.append(here)
        text = element.text
        if text and not text.isspace():
            texts.append((here, text))
    for (block, reason), text in texts:
        if block is not current:
            if current is not None:
                runs.append((current, why, " ".join(" ".join(pieces).split())))
            current, pieces, why = block, [], reason
        pieces.append(text)
    if current is not None:
        runs.append((current, why, " ".join(" ".join(pieces).split())))
    return runs
