"""Seed text to inert HTML: everything escaped, only http(s) URLs become (nofollow) links."""

from __future__ import annotations

import re
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


def paragraph(value: str, css_class: str | None = None) -> str:
    """A ``<p>`` of seed text: escaped, linkified, its line breaks kept as ``<br>``."""
    attrs = f' class="{css_class}"' if css_class else ""
    return f"<p{attrs}>" + "<br>\n".join(linkify(line) for line in value.split("\n")) + "</p>"
