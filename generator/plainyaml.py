"""Front matter without the YAML emitter when PyYAML's output is certain: a faster path, same bytes.

PyYAML's pure-Python emitter costs about a millisecond a page, a sizeable part of rendering one.
Most front matter is a few strings of words and a list (``hide: [toc]``), which PyYAML writes as
``key: value`` lines: plain when the string cannot be read as anything else, single-quoted when
it reads as a date. :func:`dump` writes exactly that for strings it is sure about and returns
``None`` for anything else, so the caller falls back to ``yaml.safe_dump``
(``tests/test_plainyaml.py`` compares the two on many strings).
"""

from __future__ import annotations

import re

_PUNCTUATION = " .,;’'()&/–—-…“”!"
"""Characters PyYAML leaves alone inside a plain string in block context (never ``:``, ``#``,
``?``, quotes it would escape, or line breaks)."""

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
"""A date string: PyYAML single-quotes it so it does not read back as a date."""

_RESERVED = frozenset(["yes", "no", "true", "false", "on", "off", "null", "y", "n"])
"""Words (any case) a plain string must not be, or it would read back as a boolean or null."""


def _plain(value: str) -> bool:
    """Whether PyYAML writes ``value`` as a plain scalar, unchanged (conservatively)."""
    if not value or not value[0].isascii() or not value[0].isalpha():
        return False
    if not (value[-1].isalnum() or value[-1] in ".)…”’"):
        return False
    if value.lower() in _RESERVED:
        return False
    for char in value:
        if char.isascii():
            if not (char.isalnum() or char in _PUNCTUATION):
                return False
        elif char not in _PUNCTUATION and not (char.isalpha() and "\xa0" <= char <= "\ud7ff"):
            return False
    return "  " not in value


_QUOTABLE = re.compile("[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]+")
"""Strings PyYAML can single-quote: printable, on one line (no line break of any kind)."""

_INDICATORS = "#,[]{}&*!|>'\"%@` "
"""A first character that rules out a plain string (as does a leading space)."""


def _never_plain(value: str) -> bool:
    """Whether PyYAML surely refuses ``value`` as a plain string (in block context)."""
    return (
        value[0] in _INDICATORS
        or value[-1] in ": "
        or ": " in value
        or " #" in value
        or (value[0] in "?-" and value[1:2] in ("", " "))
        or _ISO_DATE.fullmatch(value) is not None
    )


def _scalar(value: object) -> str | None:
    """``value`` as PyYAML writes it, or ``None`` when unsure."""
    if not isinstance(value, str) or not value:
        return None
    if _plain(value):
        return value
    if _QUOTABLE.fullmatch(value) and _never_plain(value):
        quoted = value.replace("'", "''")
        return f"'{quoted}'"
    return None


def dump(fields: dict[str, object]) -> str | None:
    """``yaml.safe_dump(fields, allow_unicode=True, sort_keys=False, width=1_000_000)`` for a
    mapping of plain keys to strings and lists of strings; ``None`` when unsure."""
    if not fields:
        return None
    lines = []
    for key, value in fields.items():
        if _scalar(key) != key:
            return None
        if isinstance(value, list):
            items = [_scalar(item) for item in value]
            if not items or any(item is None for item in items):
                return None
            lines.append(f"{key}:")
            lines.extend(f"- {item}" for item in items)
            continue
        scalar = _scalar(value)
        if scalar is None:
            return None
        lines.append(f"{key}: {scalar}")
    return "\n".join(lines) + "\n"
