"""Seed text to inert HTML: everything escaped, only http(s) URLs become (nofollow) links."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

_URL = re.compile(r"https?://[^\s<>\"'`]+", re.IGNORECASE)
_TRAILING = ".,;:!?'\"”’…»]}"
LINK_REL = "nofollow ugc noopener"
"""rel of every link made from seed text: readers' links earn no ranking and get no opener."""

# Python-Markdown keeps raw HTML behind STX/ETX placeholders; seed text must not forge them.
_PLACEHOLDER_CHARS = str.maketrans({"\x02": "\ufffd", "\x03": "\ufffd"})


def text(value: str) -> str:
    """Escape ``value`` for an HTML text node or attribute; nothing in it stays markup."""
    return escape(value.translate(_PLACEHOLDER_CHARS), quote=True)


def _split_url(candidate: str) -> tuple[str, str]:
    """Separate sentence punctuation glued to the end of a URL ("see http://x.org/a).")."""
    url = candidate
    while url:
        last = url[-1]
        if last in _TRAILING or (last == ")" and url.count("(") < url.count(")")):
            url = url[:-1]
        else:
            break
    return url, candidate[len(url) :]


def url_spans(value: str) -> list[tuple[int, int]]:
    """Where :func:`linkify` finds URLs in ``value``: (start, end) offsets of each link target."""
    spans = []
    for match in _URL.finditer(value):
        url, _rest = _split_url(match.group())
        if len(url) > len("https://"):
            spans.append((match.start(), match.start() + len(url)))
    return spans


@dataclass(frozen=True)
class Anchor:
    """A span of seed text that becomes a link inside the page (a reference to another comment)."""

    start: int
    """Offset of the linked text in the paragraph; the span holds no line break and no URL."""

    end: int
    """Offset just past the linked text."""

    href: str
    """The link target: an anchor on the same page, such as ``#c9``."""

    css_class: str
    """The class of the ``<a>``."""

    title: str = ""
    """Tooltip of the link ("Comment #9"); none when empty."""


def linkify(value: str) -> str:
    """Escape ``value`` and turn the http(s) URLs in it into links with ``rel="nofollow ugc noopener"``."""
    out: list[str] = []
    position = 0
    for match in _URL.finditer(value):
        url, rest = _split_url(match.group())
        if len(url) <= len("https://"):
            continue
        out.append(text(value[position : match.start()]))
        out.append(f'<a href="{text(url)}" rel="{LINK_REL}">{text(url)}</a>{text(rest)}')
        position = match.end()
    out.append(text(value[position:]))
    return "".join(out)


def paragraph(value: str, css_class: str | None = None, anchors: Sequence[Anchor] = ()) -> str:
    """A ``<p>`` of seed text: escaped, linkified, its line breaks kept as ``<br>``.

    ``anchors`` (sorted, not overlapping, none across a line break or a URL) become internal links.
    """
    attrs = f' class="{css_class}"' if css_class else ""
    lines = []
    offset = 0
    for line in value.split("\n"):
        end = offset + len(line)
        inside = [a for a in anchors if offset <= a.start and a.end <= end]
        parts, position = [], 0
        for anchor in inside:
            parts.append(linkify(line[position : anchor.start - offset]))
            linked = text(line[anchor.start - offset : anchor.end - offset])
            tip = f' title="{text(anchor.title)}"' if anchor.title else ""
            parts.append(f'<a class="{text(anchor.css_class)}" href="{text(anchor.href)}"{tip}>{linked}</a>')
            position = anchor.end - offset
        parts.append(linkify(line[position:]))
        lines.append("".join(parts))
        offset = end + 1
    return f"<p{attrs}>" + "<br>\n".join(lines) + "</p>"
