"""Seed text to inert HTML: everything escaped, only http(s) URLs become (nofollow) links."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from html import escape

from generator.analysis.urls import split_url, urls

LINK_REL = "nofollow ugc noopener"
"""rel of every link made from seed text: readers' links earn no ranking and get no opener."""

# Python-Markdown keeps raw HTML behind STX/ETX placeholders; seed text must not forge them.
_PLACEHOLDER_CHARS = str.maketrans({"\x02": "\ufffd", "\x03": "\ufffd"})


# Unicode bidi controls: embeddings and overrides end with PDF, isolates with PDI.
_PDF, _PDI = "\u202c", "\u2069"
_BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI = re.compile(f"[{_BIDI_CONTROLS}]")
_BIDI_CLOSER = dict.fromkeys("\u202a\u202b\u202d\u202e", _PDF) | dict.fromkeys("\u2066\u2067\u2068", _PDI)

# Most lines of a seed hold nothing to escape and no bidi control, and are returned as they are.
# Finding that out is most of the time spent on them: these ``in`` tests each scan at memory
# speed, several times faster than one regular expression with a character class; and an ASCII
# string (most of them; ``isascii`` costs nothing) cannot hold a bidi control.


def _has_markup(value: str) -> bool:
    """Whether ``value`` holds a character that :func:`_escape` changes."""
    return (
        "&" in value
        or "<" in value
        or ">" in value
        or '"' in value
        or "'" in value
        or "\x02" in value
        or "\x03" in value
    )


def _has_bidi(value: str) -> bool:
    """Whether ``value`` holds a bidi control (one of ``_BIDI_CONTROLS``)."""
    # Spelled out: any() over the controls took twice as long, making a string of each.
    return not value.isascii() and (
        "\u202a" in value
        or "\u202b" in value
        or "\u202c" in value
        or "\u202d" in value
        or "\u202e" in value
        or "\u2066" in value
        or "\u2067" in value
        or "\u2068" in value
        or "\u2069" in value
    )


def close_bidi(value: str) -> str:
    """``value`` with its unclosed bidi embeddings, overrides and isolates closed at its end.

    The controls stay (they are part of the text), but an override a reader left open must not
    reverse what the page puts after it: the author's name, a comment number, the site name.
    """
    if not _has_bidi(value):
        return value
    open_: list[str] = []
    for match in _BIDI.finditer(value):
        char = match.group()
        if char == _PDF:
            # A PDF closes the innermost embedding, never across an isolate (UAX #9, X7).
            if open_ and open_[-1] == _PDF:
                open_.pop()
        elif char == _PDI:
            # A PDI closes its isolate and every embedding opened inside it (UAX #9, X6a).
            if _PDI in open_:
                while open_.pop() != _PDI:
                    pass
        else:
            open_.append(_BIDI_CLOSER[char])
    return value + "".join(reversed(open_))


def _escape(value: str) -> str:
    """``value`` with markup escaped and placeholder characters replaced; bidi controls untouched."""
    # The check first: str.translate with a table walks every character in Python-level lookups.
    if "\x02" in value or "\x03" in value:
        value = value.translate(_PLACEHOLDER_CHARS)
    return escape(value, quote=True)


_MARKUP = re.compile("[&<>\"'\x02\x03]")
"""A character :func:`_escape` changes: searched for in a short string, where one regular
expression costs less than the ``in`` tests of :func:`_has_markup`, which win on long ones."""


def text(value: str) -> str:
    """Escape ``value`` for an HTML text node or attribute; nothing in it stays markup."""
    if value.isascii():  # most: names, ids, dates, labels; no bidi control to close in them
        return value if _MARKUP.search(value) is None else _escape(value)
    value = close_bidi(value)  # adds bidi controls only, never markup
    return _escape(value) if _has_markup(value) else value


def plain(value: str) -> bool:
    """Whether :func:`text` leaves ``value``, and every part of it, as it is (False may be said
    of some that it leaves: it is a quick test for pieces of text that usually are plain)."""
    return value.isascii() and _MARKUP.search(value) is None


def texts(values: list[str]) -> list[str]:
    """:func:`text` of each of ``values`` (``values`` itself when none of them changes)."""
    # One test of them all first: most lists of short strings (a page's chrome lines) hold
    # nothing to escape, and a call per string cost more than the test of the whole.
    joined = "".join(values)
    if not _has_markup(joined) and not _has_bidi(joined):
        return values
    return [text(value) for value in values]


def _text_lines(value: str) -> str:
    """:func:`text` of each line of ``value``, joined by ``<br>`` line breaks.

    Escaping works character by character, so it is done on the whole paragraph at once; only
    closing bidi controls is a matter of each line.
    """
    if _has_markup(value):
        value = _escape(value)
    if _has_bidi(value):
        return "<br>\n".join(map(close_bidi, value.split("\n")))
    return value.replace("\n", "<br>\n")


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
    if "://" not in value:  # most lines hold no URL; skip the regular expression
        return text(value)
    return _linked(value, text)


def _linked(value: str, escaped: Callable[[str], str]) -> str:
    """``value`` with its URLs as links, the text around them through ``escaped``."""
    out: list[str] = []
    position = 0
    for match in urls(value):
        url, rest = split_url(match.group())
        if len(url) <= len("https://"):
            continue
        out.append(escaped(value[position : match.start()]))
        target = text(url)
        out.append(f'<a href="{target}" rel="{LINK_REL}">{target}</a>{text(rest)}')
        position = match.end()
    out.append(escaped(value[position:]))
    return "".join(out)


def paragraphs(values: Iterable[str]) -> list[str]:
    """:func:`paragraph` of each of ``values``, without class or anchors (most paragraphs of a
    page: one call for them all, not one each)."""
    return [
        f"<p>{_text_lines(value)}</p>" if "://" not in value else f"<p>{_linked(value, _text_lines)}</p>"
        for value in values
    ]


def paragraph(value: str, css_class: str | None = None, anchors: Sequence[Anchor] = ()) -> str:
    """A ``<p>`` of seed text: escaped, linkified, its line breaks kept as ``<br>``.

    ``anchors`` (sorted, not overlapping, none across a line break or a URL) become internal links.
    """
    attrs = f' class="{css_class}"' if css_class else ""
    if not anchors:
        if "://" not in value:  # most paragraphs: no link to make
            return f"<p{attrs}>{_text_lines(value)}</p>"
        # A URL never spans a line break, so the whole paragraph is linked at once.
        return f"<p{attrs}>{_linked(value, _text_lines)}</p>"
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
