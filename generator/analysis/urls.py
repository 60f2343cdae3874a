"""Where the http(s) URLs of a text are: the one rule that the analysis (no date or reference is
read inside a URL) and the pages (only these become links) share."""

from __future__ import annotations

import re
from collections.abc import Iterator

_URL = re.compile(r"https?://[^\s<>\"'`]+", re.IGNORECASE)
_TRAILING = ".,;:!?'\"”’…»]}"


def urls(value: str) -> Iterator[re.Match[str]]:
    """The http(s) URLs of ``value`` (with any punctuation glued to their end), as
    ``_URL.finditer(value)`` finds them.

    The regular expression is only tried from just before each "://": trying it at every
    character took most of the time spent on a paragraph with a link. A match starts four or
    five characters before its "://", never earlier than where the previous one ended.
    """
    position = 0
    while (separator := value.find("://", position)) >= 0:
        match = _URL.search(value, max(position, separator - len("https")))
        if match is None:
            return
        yield match
        position = match.end()


def split_url(candidate: str) -> tuple[str, str]:
    """Separate sentence punctuation glued to the end of a URL ("see http://x.org/a).").

    A ")" goes while the URL holds more ")" than "("; the counts are kept as characters go, not
    taken again (nor the URL copied) for each: a URL ending in a long run of them stays linear.
    """
    end = len(candidate)
    opened = candidate.count("(")
    closed = candidate.count(")")
    while end:
        last = candidate[end - 1]
        if last in _TRAILING:
            end -= 1
        elif last == ")" and opened < closed:
            end -= 1
            closed -= 1
        else:
            break
    return candidate[:end], candidate[end:]


def url_spans(value: str) -> list[tuple[int, int]]:
    """Where :func:`generator.pages.html.linkify` finds URLs in ``value``: (start, end) offsets of
    each link target."""
    spans: list[tuple[int, int]] = []
    if "://" not in value:  # as in generator.pages.html.linkify()
        return spans
    for match in urls(value):
        url, _rest = split_url(match.group())
        if len(url) > len("https://"):
            spans.append((match.start(), match.start() + len(url)))
    return spans
