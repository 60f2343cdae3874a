"""The article of a saved page: title, author, published date, canonical address, text.

Meta data is read from the ``<head>`` (Open Graph, ``article:published_time``, the canonical
link) and from JSON-LD (parsed as data, never run); the text from the element that themes mark
as the post's content (``.entry-content``, ``itemprop=articleBody`` …), else from the ``<article>``
or the block with the most paragraph text outside the comments and the page furniture.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from generator.read.dates import find_date, read_dates
from generator.read.html.text import BLOCKS, inline, link_address, paragraphs, texts_in_links
from generator.read.html.tree import Ancestors, Element, classes, has_class, split_classes, tag

CONTENT_CLASSES = (
    "entry-content",
    "post-content",
    "post-body",
    "article-content",
    "article-body",
    "field-name-body",
    "field--name-body",
    "wp-block-post-content",
    "expando",
    "toptext",
    "story-text",
    "entry",
)
"""Classes that hold the article's text in common themes, most specific first."""

FURNITURE = frozenset(("nav", "aside", "footer", "header", "form"))
FURNITURE_IN_TEXT = (FURNITURE - {"form"}) | {"h1"}
"""Left out of the article's text: the furniture (not a form: old Reddit wraps a post's text in
one) and the title's ``<h1>``, which is the page's title, not its text."""
NOISE_CLASSES = frozenset(
    [
        "sharedaddy",
        "jp-relatedposts",
        "sd-block",
        "sd-sharing",
        "post-navigation",
        "nav-links",
        "entry-meta",
        "entry-footer",
        "share-buttons",
        "social-share",
        "related-posts",
        "wp-block-post-navigation-link",
        "screen-reader-text",
    ]
)
"""Blocks inside an article's content that are not its text: share buttons, likes, related posts."""
TITLE_SEPARATORS = (" – ", " — ", " | ", " - ", " :: ", " : ", " · ", " » ")


@dataclass
class Meta:
    """What the ``<head>`` says about the article."""

    title: str | None = None
    site_name: str | None = None
    page_title: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None


def read_meta(root: Element) -> Meta:
    """Read the head's meta data; call before the head is dropped."""
    meta = Meta()
    for element in root.iter("meta", "link", "title", "script"):
        name = tag(element)
        if name == "title" and meta.page_title is None:
            meta.page_title = inline(element, links=False) or None
        elif name == "link" and "canonical" in (element.get("rel") or "").lower().split():
            meta.url = meta.url or _http(element.get("href"))
        elif name == "meta":
            _read_meta_tag(element, meta)
        elif name == "script" and (element.get("type") or "").strip().lower() == "application/ld+json":
            _read_json_ld(element.text or "", meta)
    if meta.published is None:
        # Microdata: Blogger's <abbr itemprop="datePublished" title="2021-03-04T10:00:00+01:00">.
        for element in root.iter():
            if element.get("itemprop") == "datePublished":
                meta.published = element.get("datetime") or element.get("content") or element.get("title")
                break
    return meta


def _read_meta_tag(element: Element, meta: Meta) -> None:
    key = (element.get("property") or element.get("name") or "").strip().lower()
    value = " ".join((element.get("content") or "").split()) or None
    if key == "og:title":
        meta.title = meta.title or value
    elif key == "og:site_name":
        meta.site_name = meta.site_name or value
    elif key in ("article:published_time", "datepublished", "date"):
        meta.published = meta.published or value
    elif key in ("author", "article:author") and value and not value.startswith("http"):
        meta.author = meta.author or value
    elif key == "og:url":
        meta.url = meta.url or _http(value)


def _read_json_ld(text: str, meta: Meta) -> None:
    # Some sites wrap the data as XHTML would: "<![CDATA[ {...} ]]>", or "//<![CDATA[" … "//]]>".
    text = text.strip()
    opening = next((mark for mark in _CDATA_OPENINGS if text.startswith(mark)), "")
    closing = next((mark for mark in _CDATA_CLOSINGS if text.endswith(mark)), "")
    text = text[len(opening) : len(text) - len(closing)]
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return
    stack: list[Any] = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(reversed(node))
        elif isinstance(node, dict):
            if isinstance(node.get("@graph"), list):
                stack.extend(reversed(node["@graph"]))
            if isinstance(node.get("datePublished"), str):
                meta.published = meta.published or node["datePublished"]
            author = node.get("author")
            if isinstance(author, list) and author:
                author = author[0]
            if isinstance(author, dict) and isinstance(author.get("name"), str):
                meta.author = meta.author or author["name"]
            elif isinstance(author, str):
                meta.author = meta.author or author


_CDATA_OPENINGS = ("//<![CDATA[", "/*<![CDATA[*/", "<![CDATA[")
_CDATA_CLOSINGS = ("//]]>", "/*]]>*/", "]]>")


def _http(value: str | None) -> str | None:
    value = (value or "").strip()
    return value if value.lower().startswith(("http://", "https://")) and " " not in value else None


def title_of(root: Element, meta: Meta) -> str:
    """``og:title``, else the first ``<h1>``, else ``<title>`` without the site's name (an
    ``og:title`` too: "TechCrunch | 2005 Zuckerberg …", "… Crack - TIME NewsFeed")."""
    title = meta.page_title or ""
    # The site's name follows the last separator ("Topic – with a dash - Forum").
    cut = max((title.rfind(separator) for separator in TITLE_SEPARATORS), default=-1)
    shortened = title[:cut].strip() if cut > 0 else title
    if meta.title:
        site = title[cut:].strip(" –—|-:·»") if cut > 0 else ""
        # The <title>'s last part is the site's only where the site's name or address says so
        # ("TIME NewsFeed" beside "TIME.com"): "Grève : les trains à l'arrêt" is all title.
        backed = bool(site) and not _site_words(meta).isdisjoint(_WORD.findall(site.casefold()))
        ends = [site] if backed else []
        return _without_site(meta.title, [meta.site_name] if meta.site_name else [], ends)
    in_furniture = Ancestors(lambda a: tag(a) in FURNITURE)
    for heading in root.iter("h1"):
        text = inline(heading, links=False)
        after = title[len(text) :].lstrip() if text and title.startswith(text) else ""
        if after[:1] in _SITE_FIRST and _heading_after(root, heading, after[1:].strip()):
            # Blogger's "Bread Blog: Sourdough basics": the site's name first, its <h1>; the
            # post's title a heading further down ("Tomato blight – Garden Forum" is the other way).
            return after[1:].strip()
        # A forum's <h1> is the site's name, which the <title> shows after the topic's.
        # A sidebar's <h1> ("Moderators") is not in the <title> at all.
        is_site = text == meta.site_name or (text in title and not title.startswith(text))
        is_site = is_site or bool(title and text not in title)
        if text and not is_site and not in_furniture.any(heading):
            return text
    return shortened


def _without_site(title: str, sites: list[str], ends: list[str]) -> str:
    """``title`` without a site's name that opens or ends it beside a separator (``sites``), or
    that ends it (``ends``)."""
    flat = " ".join(title.split())
    for site in [*sites, *ends]:
        for separator in TITLE_SEPARATORS:
            if flat.endswith(separator + site) and len(flat) > len(separator + site):
                return flat[: -len(separator + site)].strip()
            if site in sites and flat.startswith(site + separator) and len(flat) > len(site + separator):
                return flat[len(site + separator) :].strip()
    return title


def _site_words(meta: Meta) -> set[str]:
    """The words of the site's name and of its address's host ("time", "com" of TIME.com)."""
    host = urlsplit(meta.url).hostname or "" if meta.url else ""
    return set(_WORD.findall(f"{meta.site_name or ''} {host}".casefold())) - _COMMON_HOST_WORDS


_WORD = re.compile(r"[^\W_]{2,}")
_HOST_TEXT = "www com org net co uk de fr es blog blogs news"
_COMMON_HOST_WORDS = frozenset(_HOST_TEXT.split())
"""Words of many sites' addresses, which tell no site from another."""


_SITE_FIRST = frozenset(":|–—-»·")
"""What follows a site's name that a ``<title>`` shows before the page's own."""


def _heading_after(root: Element, first: Element, text: str) -> bool:
    """Whether ``text`` is the text of an ``<h2>`` or ``<h3>`` after ``first`` in the page (a
    site's name in an ``<h2>`` above the post's ``<h1>`` is no post title)."""
    passed = False
    for heading in root.iter("h1", "h2", "h3"):
        if heading is first:
            passed = True
        elif passed and text and tag(heading) != "h1" and inline(heading, links=False) == text:
            return True
    return False


def published_in_page(root: Element, comments: set[Element]) -> str | None:
    """The article's date when the head gives none: the first ``<time datetime>`` outside the
    comments and the page furniture (a sidebar's news ticker), else a Hacker News story's
    ``span.age[title]``, else a date shown under the title (:func:`shown_under_title`)."""
    in_comment = Ancestors(comments.__contains__)
    in_furniture = Ancestors(_is_furniture)
    for element in root.iter("time", "span"):
        if comments and in_comment.any(element):
            continue
        if tag(element) == "time" and element.get("datetime") and not in_furniture.any(element):
            return element.get("datetime")
        if has_class(element, "age") and element.get("title"):
            return utc_title(element.get("title") or "")
    return shown_under_title(root, comments)


UNDER_TITLE = 40
"""Elements after an ``<h1>`` searched for the date a byline under it shows."""
_SHORT_LINE = 100
_FOLLOWING = etree.XPath(f"following::*[position() <= {UNDER_TITLE}]")
_HEADINGS = 3
"""``<h1>``s (outside the furniture) looked under: a site's name, a section's, the post's."""


def shown_under_title(root: Element, comments: set[Element]) -> str | None:
    """The date (ISO) a byline under an ``<h1>`` shows ("By Ann • Nov 11, 2020", "Latest
    update : 2015-05-12"): among the next elements without a block in them, the first short text
    that is mostly a date; None without one."""
    region = _comment_region(comments)
    # Not <header>: a story's own header holds its <h1> and its byline.
    in_furniture = Ancestors(lambda element: element.tag != "header" and _is_furniture(element))
    headings = (heading for heading in root.iter("h1") if not in_furniture.any(heading))
    for heading in itertools.islice(headings, _HEADINGS):
        for element in _FOLLOWING(heading):
            if (
                element in region
                or any(child.tag in BLOCKS for child in element)
                or in_furniture.any(element)
            ):
                continue
            text = inline(element, links=False)
            if not text or len(text) > _SHORT_LINE:
                continue
            span = find_date(text)
            if span is not None and 3 * (span[1] - span[0]) >= len(text):
                (posted,) = read_dates([text[span[0] : span[1]]])
                if posted is not None and posted.iso:
                    return posted.iso
    return None


_AUTHOR_CLASSES = frozenset(("hnuser", "author"))
_NAMED = etree.XPath("descendant-or-self::*[@itemprop='name'][1]")
"""The first element of a subtree marked as a name (libxml2 looks, not a loop in Python)."""


def author_in_page(root: Element, comments: set[Element]) -> str | None:
    """The article's author when the head gives none: the first name marked as an author outside
    the comments (``itemprop=author``, ``rel=author``, Hacker News' ``hnuser``, Reddit's ``author``)."""
    # One walk with cached class splitting that does not enter the comments: an XPath with
    # contains() matched every comment's ``comment-author`` and cost more than the walk.
    walker = etree.iterwalk(root, events=("start",))
    for _, element in walker:
        value = element.get("class")
        marked = bool(value) and not _AUTHOR_CLASSES.isdisjoint(split_classes(value or ""))
        marked = marked or element.get("itemprop") == "author"
        marked = marked or "author" in (element.get("rel") or "").split()
        if marked:
            named = next(iter(_NAMED(element)), element)
            text = inline(named, links=False)
            if text and len(text) < 80:
                return text
        if element in comments:
            walker.skip_subtree()
    return None


def utc_title(title: str) -> str | None:
    """Hacker News' ``title="2021-03-05T07:00:00 1614927600"``: UTC, the epoch beside it."""
    first, _, epoch = title.partition(" ")
    if len(first) < 10 or first[4:5] != "-" or not (first[:4].isascii() and first[:4].isdigit()):
        return None
    return first + "+00:00" if epoch.isascii() and epoch.isdigit() and first[-6:-5] not in "+-" else first


@dataclass(frozen=True)
class Content:
    """The article's text as :func:`content_of` finds it."""

    paragraphs: list[tuple[str, int]]
    """Its paragraphs, each with its source line."""
    boxes: frozenset[Element] = frozenset()
    """The boxes of links to the site's other pages left out of it (listed with that reason)."""
    boxed: int = 0
    """Characters of text in those boxes."""


def content_of(root: Element, comments: set[Element], address: str | None = None) -> Content:
    """The article's paragraphs, leaving out the comments and the page furniture; ``address``
    is the page's own (its canonical link or ``og:url``), which names the site its links lead to."""
    region = _comment_region(comments)
    site = _site_hosts(root, address)
    # One walk over the page outside the comments' region (nothing in it is ever the article):
    # every element that has a content class, ranked by the class, and the other candidates.
    ranked: list[tuple[int, int, Element]] = []
    marked: list[Element] = []
    articles: list[Element] = []
    mains: list[Element] = []
    walker = etree.iterwalk(root, events=("start",))
    for order, (_, element) in enumerate(walker):
        if element in region:
            walker.skip_subtree()
            continue
        value = element.get("class")
        if value:
            best = _content_rank(value)
            if best is not None:
                ranked.append((best, order, element))
        if "articleBody" in (element.get("itemprop") or "").split():
            marked.append(element)
        name = element.tag
        if name == "article":
            articles.append(element)
        elif name == "main":
            mains.append(element)
    candidates = [element for _, _, element in sorted(ranked, key=lambda entry: entry[:2])]
    candidates += [*marked, *articles, *mains]
    # Found by their tag alone (not a theme's class, not itemprop=articleBody): may be a promotion.
    by_tag = set(articles).union(mains).difference(candidates[: len(candidates) - len(articles) - len(mains)])
    # A content element the page hides by its style ("display:none": a feed's hidden copy with a
    # placeholder, "CONTENT") is the article only where no other holds text.
    hidden = _styled_hidden(root)
    if hidden:
        candidates.sort(key=hidden.__contains__)
    with_text: set[Element] | None = None
    for element in candidates:
        if with_text is not None and element not in with_text:
            continue  # its paragraphs would be none: not read again (nested blocks read each other)
        skipped = _Skipped(region, element, site)
        found = paragraphs(element, skipped)
        if found:
            content = Content(found, skipped.boxes, skipped.boxed)
            # An <article> or <main> may be a sidebar's promotion; a theme's content class is not.
            return _or_densest(root, region, element, content, site) if element in by_tag else content
        if with_text is None:
            with_text = _with_text(root, region)
    densest = _densest(root, region)
    return _read_blocks(densest.blocks, region, site) if densest is not None else Content([])


SHORT_ARTICLE = 500
"""Characters below which an ``<article>`` (or ``<main>``) is checked against the page's densest
block: it may be a sidebar's promotion while the post's own ``<div>`` has no class."""


def _or_densest(
    root: Element, region: set[Element], element: Element, found: Content, site: frozenset[str]
) -> Content:
    """``found`` (the text of ``element``), unless it is short and a block elsewhere on the
    page holds several times its text (then that block's)."""
    # The text the element holds, its boxes of links too: a story's related links are its.
    size = sum(len(text) for text, _ in found.paragraphs) + found.boxed
    if size >= SHORT_ARTICLE:
        return found
    densest = _densest(root, region)
    if densest is None or densest.blocks == [element] or _DENSER * size > densest.size:
        return found
    return _read_blocks(densest.blocks, region, site)


_DENSER = 3


MIN_DENSE = 80
"""Characters of paragraph text (outside links) the block with the most must hold to be the
article when no theme marks one: less is a caption or a line of a footer, not a post."""

_FURNITURE_HINTS = ("sidebar", "widget", "menu", "footer", "related", "breadcrumb", "comment", "share")


@dataclass(frozen=True)
class Dense:
    """The blocks that hold a page's article when no theme's class marks it."""

    blocks: list[Element]
    """One block, or the parts of a post in a series ("div.step" after "div.step"), in page order."""
    size: float
    """The paragraph text they hold (characters)."""


def _read_blocks(blocks: list[Element], region: set[Element], site: frozenset[str]) -> Content:
    """The text of ``blocks``, one after the other."""
    found: list[tuple[str, int]] = []
    boxes: set[Element] = set()
    boxed = 0
    for block in blocks:
        skipped = _Skipped(region, block, site)
        found += paragraphs(block, skipped)
        boxes |= skipped.boxes
        boxed += skipped.boxed
    return Content(found, frozenset(boxes), boxed)


def _densest(root: Element, region: set[Element]) -> Dense | None:
    """The block whose paragraphs (``<p>``, ``<pre>`` and ``<div>`` children with no block in them,
    their text outside links) hold the most text, outside the comments and the page furniture, a
    grandchild's paragraphs counting half (a post's text in a few ``<div>``s of one body), and how
    much it holds; None under :data:`MIN_DENSE`. Where a block around it holds more of the text
    beside it (a story's intro and first paragraphs above its "read more" part), that block.
    The article of a page whose markup no theme's content class marks (a story site's chapter,
    a hand-written page)."""
    held: dict[Element, float] = {}
    total: dict[Element, float] = {}  # all paragraph text under a block, at any depth
    walker = etree.iterwalk(root, events=("start",))
    for _, element in walker:
        name = element.tag
        if element in region or not isinstance(name, str) or _is_furniture(element):
            walker.skip_subtree()
            continue
        # A <div> with no block in it is a paragraph too (editors write "<div>text</div>" lines).
        if name not in ("p", "pre") and (name != "div" or any(child.tag in BLOCKS for child in element)):
            continue
        walker.skip_subtree()  # its text is read here; a paragraph holds no other paragraphs
        size = _unlinked(element)
        parent = element.getparent()
        if size and parent is not None:
            held[parent] = held.get(parent, 0.0) + size
            above = parent.getparent()
            if above is not None:
                held[above] = held.get(above, 0.0) + size / 2
            for ancestor in element.iterancestors():
                total[ancestor] = total.get(ancestor, 0.0) + size
    if not held:
        return None
    best = max(held, key=held.__getitem__)  # the first of equals: dicts keep page order
    if held[best] < MIN_DENSE:
        return None
    # Up through the blocks around it while they hold not much more than it (a page of other
    # stories does): the highest that holds a good deal more is the article.
    chosen, node = best, best
    while (parent := node.getparent()) is not None and total.get(parent, 0.0) <= _AROUND * total[best]:
        node = parent
        if total[node] >= (1 + _BESIDE) * total[chosen]:
            chosen = node
    parts = _series(node, total)
    if parts is not None:
        return Dense(parts, sum(total[part] for part in parts))
    return Dense([chosen], held[best] if chosen is best else total[chosen])


def _series(node: Element, total: dict[Element, float]) -> list[Element] | None:
    """``node`` and its siblings of its kind (its tag and class) that hold text, where they hold
    most of the text beside it: a post in parts ("div.mod.step" after step), each a block; None
    where ``node`` stands alone."""
    parent = node.getparent()
    if parent is None or not node.get("class"):
        return None
    kind = (node.tag, node.get("class"))
    parts = [
        child for child in parent if (child.tag, child.get("class")) == kind and total.get(child, 0.0) > 0
    ]
    held = sum(total[part] for part in parts)
    if len(parts) < _PARTS or held * 3 < total.get(parent, 0.0) * 2:
        return None
    return parts


_PARTS = 3


_BESIDE = 0.2
"""The share of the block's text a block around it must hold beside it to be the article instead."""
_AROUND = 2.0
"""The most text a block around it may hold, against the block's: more is a page of other stories."""


def _unlinked(element: Element) -> int:
    """Characters of ``element``'s text that are not in a link (a paragraph of links is a menu)."""
    return sum(len(text.strip()) for text, linked in texts_in_links(element) if text and not linked)


def _is_furniture(element: Element) -> bool:
    """The page's furniture: navigation, sidebars, footers, widgets, forms, related posts. A
    class names it at either end ("sidebar-right", "site-footer", "widget_text"), not inside:
    "panel-two-col-sidebar-right-mix" and "no-sidebars" lay out the page around its post."""
    if element.tag in FURNITURE or _is_noise(element):
        return True
    names = [*classes(element), element.get("id") or ""]
    return any(_names_furniture(name.lower()) for name in names if name)


@functools.lru_cache(maxsize=4096)
def _names_furniture(name: str) -> bool:
    return any(
        name == hint or name.startswith((hint + "-", hint + "_")) or name.endswith(("-" + hint, "_" + hint))
        for hint in _FURNITURE_HINTS
    )


class _Skipped:
    """What the article's text leaves out when read from ``top``: the comments' region, and the
    page furniture, noise and boxes of links inside ``top`` (asked per element, not collected
    for each candidate)."""

    def __init__(self, region: set[Element], top: Element, site: frozenset[str]) -> None:
        self._region = region
        self._top = top
        sizes = _link_boxes(top, region, site)
        self.boxes = frozenset(sizes)
        """The boxes of links to the site's other pages inside ``top``."""
        self.boxed = sum(sizes.values())
        """Characters of text in them."""

    def __contains__(self, element: object) -> bool:
        return element in self._region or (
            element is not self._top and (_is_noise(element) or element in self.boxes)
        )


def _link_boxes(top: Element, region: set[Element], site: frozenset[str]) -> dict[Element, int]:
    """The blocks inside ``top`` that are boxes of links to the site's other pages, not the
    article's text: a list of other stories ("Related articles", "Top 12 News Topics"), a
    navigation box, a pager. Such a block holds :data:`_BOX_LINKS` such links or more, the text
    of links of any kind is :data:`_BOX_LINKED` of its text or more, the rest is a heading's few
    words at most (:data:`_BOX_UNLINKED`), and all of them hold at most :data:`_BOX_SHARE` of the
    text of ``top`` as the article reads it (without ``region``, the comments, and the noise it
    leaves out): a post that is lists of links stays one. Links elsewhere (a list of bug reports,
    of sources), to the parts of a page (a table of contents), links without text (a gallery)
    and a list a paragraph introduces ("Major ports include:") are the article's. Each box with
    the characters of its text."""
    # Per open element: its text's characters, those in links, its links to the site, and
    # whether it holds part of the comments; one walk.
    sizes: list[list[int]] = []
    found: dict[Element, int] = {}
    in_link = 0
    total = 0
    walker = etree.iterwalk(top, events=("start", "end"))
    for event, element in walker:
        name = element.tag
        href = element.get("href") if name == "a" else None
        if event == "start":
            in_link += href is not None
            if element in region or (element is not top and _is_noise(element)):
                walker.skip_subtree()  # neither a box nor the article's text
                sizes.append([0, 0, 0, int(element in region)])
                continue
            text = len(element.text.strip()) if isinstance(name, str) and element.text else 0
            sizes.append([text, text if in_link else 0, int(href is not None and _to_site(href, site)), 0])
            continue
        in_link -= href is not None
        size, linked, links, comments = sizes.pop()
        if (
            name in _BOX_TAGS
            and links >= _BOX_LINKS
            and size - linked <= _BOX_UNLINKED
            and linked > 0
            and linked >= _BOX_LINKED * size
            and not comments
            and not _introduced(element, top)
        ):
            found[element] = size
        tail = len(element.tail.strip()) if element is not top and element.tail else 0
        if sizes:
            parent = sizes[-1]
            parent[0] += size + tail
            parent[1] += linked + (tail if in_link else 0)
            parent[2] += links
            parent[3] |= comments
        else:
            total = size
    outer = {box: found[box] for box in _outermost(top, found)}
    return {} if sum(outer.values()) > _BOX_SHARE * total else outer


def _outermost(top: Element, boxes: Collection[Element]) -> list[Element]:
    """The ``boxes`` inside no other box (a box inside another is left out with it), found in
    one walk: asking each box for its ancestors costs the page's depth for every box."""
    if len(boxes) < 2:
        return list(boxes)
    outer: list[Element] = []
    walker = etree.iterwalk(top, events=("start",))
    for _, element in walker:
        if element in boxes:
            outer.append(element)
            walker.skip_subtree()
    return outer


def _introduced(element: Element, top: Element) -> bool:
    """Whether a box of links is, or is in, a list a paragraph introduces, its text ending in a
    colon ("Major ports include:") right before the list, or the box's own first paragraph
    before it: the article's own list, however it is wrapped (inside ``top``, the article). A
    box's heading is a heading (``<h3>``), no paragraph."""
    first = next((child for child in element if isinstance(child.tag, str)), None)
    if first is not None and first.tag == "p" and _ends_in_colon(first) and len(element) > 1:
        return True
    node: Element | None = element
    while node is not None and node is not top:
        if _text_before(node).endswith(":"):
            return True
        node = node.getparent()
    return False


def _text_before(node: Element) -> str:
    """The text right before ``node`` in its parent, stripped: the tail of the element before it
    (or that element's text, for a paragraph), else the parent's text before its first child."""
    before = node.getprevious()
    while before is not None and not isinstance(before.tag, str):
        if before.tail and not before.tail.isspace():
            return before.tail.strip()
        before = before.getprevious()  # a comment or a processing instruction between
    if before is None:
        parent = node.getparent()
        return (parent.text or "").strip() if parent is not None else ""
    if before.tail and not before.tail.isspace():
        return before.tail.strip()
    return "".join(before.itertext()).strip() if before.tag == "p" else ""


def _ends_in_colon(element: Element) -> bool:
    return "".join(element.itertext()).rstrip().endswith(":")


_NO_PAGE = ("#", "javascript:", "mailto:", "tel:")
"""How a link to no page of any site opens: a part of this one, a script, an e-mail, a call."""
_NO_PAGE_FIRST = frozenset(prefix[0] for prefix in _NO_PAGE)


def _to_site(href: str, site: frozenset[str]) -> bool:
    """Whether a link leads to another page of the site (``site``: its hosts; none where only its
    relative links are known to be its own), on the web (a file on its FTP server is none), as
    a whole page (a link to a part of one, "#…", is a table of contents'). A Wayback Machine
    copy's link leads where the original's did."""
    href = href.strip()
    if not href or "#" in href or href.startswith(_NO_PAGE):
        return False
    try:
        parts = urlsplit(href)
    except ValueError:  # "http://[::1": no address at all
        return False
    if not parts.netloc:
        if parts.scheme:
            return False
        archived = _ARCHIVED.match(parts.path)
        return archived is None or _host(archived["address"]) in site  # a relative address
    return parts.scheme.lower() in ("", "http", "https") and _host(href) in site


def _site_hosts(root: Element, address: str | None) -> frozenset[str]:
    """The hosts of the page's site ("www." left off): its own address's (its canonical link or
    ``og:url``), and the host the links of its menus, header and footer lead to most often (of
    all its links where it has none), unless as many or more lead to relative addresses (then
    only those are known to be the site's, and a story's references to an encyclopedia are
    none). A page whose address names another host (its mobile site, a syndicated story's
    publisher) is still of the site its menus lead to."""
    own = _host(address) if address else ""
    hosts: dict[str, int] = {}
    for href in _FURNITURE_HREFS(root) or _HREFS(root):
        href = href.strip()
        if href[:1] in _NO_PAGE_FIRST and href.startswith(_NO_PAGE):
            continue
        if "//" in href[:8]:
            host = _host(href)  # absolute ("https://…", "//…")
        elif href.startswith("/web/") and (archived := _ARCHIVED.match(href)) is not None:
            host = _host(archived["address"])
        else:
            host = ""  # relative
        hosts[host] = hosts.get(host, 0) + 1
    # Relative links first: they win a tie (max keeps the first of equals).
    ranked = sorted(hosts, key=lambda host: (host != "", host))
    menus = max(ranked, key=hosts.__getitem__, default="")
    return frozenset(host for host in (own, menus) if host)


def _host(address: str) -> str:
    """The host of an address, lower case, "www." left off; "" for none or a malformed one. A
    page kept by the Wayback Machine links to its copies of pages: the host is the page's own."""
    # Most addresses are "https://host/…": their host read here, a tenth of what urlsplit costs
    # (a page has hundreds of links); one with a user, a port or brackets goes the long way.
    _, slashes, rest = address.strip().partition("//")
    if slashes and _.lower() in ("", "http:", "https:"):
        host = _HOST_END.split(rest, 1)[0]
        if host and not _HOST_ODD.search(host):
            host = host.lower().removeprefix("www.")
            if host != "web.archive.org":
                return host
    try:
        parts = urlsplit(address.strip())
        host = (parts.hostname or "").removeprefix("www.")
        if host == "web.archive.org":
            original = _ARCHIVED.match(parts.path)
            if original is not None:
                return _host(original["address"])
    except ValueError:
        return ""
    return host


_HOST_END = re.compile(r"[/?#\\]")
_HOST_ODD = re.compile(r"[@:\[\]%\s]")
"""What a host read the short way may not hold: a user, a port, brackets, escapes, spaces."""
_ARCHIVED = re.compile(r"/web/\d{1,14}[a-z_]{0,4}/(?P<address>(?:https?:)?//.+)", re.IGNORECASE)
"""The path of a Wayback Machine copy: ``/web/20150101000000/https://example.org/…``."""


_HREFS = etree.XPath("//a/@href")
_FURNITURE_HREFS = etree.XPath("//nav//a/@href | //header//a/@href | //footer//a/@href")


_BOX_TAGS = frozenset(("div", "ul", "ol", "dl", "section", "table"))
"""Blocks that may be a box of links (a paragraph of links is the text's)."""
_BOX_LINKS = 3
"""Fewest links to the site's pages a box holds."""
_BOX_LINKED = 0.8
"""Least share of a box's text inside links."""
_BOX_UNLINKED = 120
"""Most characters of a box's own text (its heading's)."""
_BOX_SHARE = 0.5
"""Most of the article's text all its boxes may hold."""


def _is_noise(element: object) -> bool:
    """Furniture or a noise block (share buttons, related posts) inside an article's content."""
    if not isinstance(element, Element) or not isinstance(element.tag, str):
        return False
    if element.tag in FURNITURE_IN_TEXT:
        return True
    value = element.get("class")
    return bool(value) and not NOISE_CLASSES.isdisjoint(split_classes(value or ""))


def _with_text(root: Element, region: set[Element]) -> set[Element]:
    """The elements outside ``region`` whose paragraphs (:func:`paragraphs` of the element alone,
    leaving out ``region`` and the noise inside it) hold any text, found in one walk: a piece of
    text that is not white space, or a link's address that its text does not show."""
    out: set[Element] = set()
    # Per open element: whether what was read of it so far holds text.
    stack: list[bool] = []
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        if event == "start":
            if element in region:
                stack.append(False)
                walker.skip_subtree()
                continue
            name = element.tag
            stack.append(name != "img" and _shows(element.text))
            continue
        has = stack.pop()
        if element in region:
            has = False
        else:
            has = has or (element.tag == "a" and link_address(element) is not None)
            if has:
                out.add(element)
        if stack:
            # A child left out (region, noise) adds only its tail; another adds its text too.
            stack[-1] = stack[-1] or _shows(element.tail) or (has and not _is_noise(element))
    return out


def _shows(text: str | None) -> bool:
    return bool(text) and not (text or "").isspace()


_RANK = {name: position for position, name in enumerate(CONTENT_CLASSES)}


def _styled_hidden(root: Element) -> set[Element]:
    """The elements hidden by their own or an enclosing element's inline style (``display:none``),
    each counted once: a walk of the hidden subtrees, none for most pages."""
    hidden: set[Element] = set()
    for element in _STYLED(root):
        if not isinstance(element, Element) or element in hidden:
            continue
        if _HIDING.search(element.get("style") or ""):
            hidden.update(element.iter())
    return hidden


_STYLED = etree.XPath("//*[contains(translate(@style, 'NOE', 'noe'), 'none')]")
"""Elements whose inline style says "none" (libxml2 finds them; the expression tells which hide)."""
_HIDING = re.compile(r"display\s*:\s*none", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _content_rank(value: str) -> int | None:
    """The rank of the best content class in a class attribute (None: none). Cached by the
    attribute's text: every element of the page is asked, and most repeat a few class strings."""
    return min((_RANK[name] for name in value.split() if name in _RANK), default=None)


def _comment_region(comments: set[Element]) -> set[Element]:
    """The comments and what holds them: the lists and the section named for the comments
    (with its heading, sort links, reply form), up to the first container of anything else."""
    region = set(comments)
    for element in comments:
        parent = element.getparent()
        while parent is not None and parent not in region and _names_comments(parent):
            region.add(parent)
            parent = parent.getparent()
    return region


def _names_comments(element: Element) -> bool:
    if tag(element) in ("ol", "ul", "table", "tbody"):
        return True
    names = [*classes(element), element.get("id") or ""]
    return any(name.lower().startswith(("comment", "respon", "discussion", "replies")) for name in names)
