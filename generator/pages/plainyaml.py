"""Front matter without the YAML emitter when PyYAML's output is certain: a faster path, same bytes.

PyYAML's pure-Python emitter costs about a millisecond a page, a sizeable part of rendering one.
Most front matter is a few one-line strings and a list (``hide: [toc]``), which PyYAML writes as
``key: value`` lines: plain when nothing in the string is YAML syntax and it cannot be read as
anything else, single-quoted when it reads as a date or holds syntax (``: ``, `` #``).
:func:`dump` writes exactly that for strings it is sure about and returns ``None`` for anything
else, so the caller falls back to ``yaml.safe_dump`` (``tests/test_plainyaml.py`` compares the
two on many strings).
"""

from __future__ import annotations

import re

_NOT_FIRST = "#,[]{}&*!|>'\"%@`-+0123456789.<~=?: "
"""First characters after which a string might not stay plain: YAML indicators, and the first
characters of numbers, dates and other values a plain string could read back as."""

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
"""A date string: PyYAML single-quotes it so it does not read back as a date."""

_RESERVED = frozenset(["yes", "no", "true", "false", "on", "off", "null", "y", "n"])
"""Words (any case) a plain string must not be, or it would read back as a boolean or null."""


_QUOTABLE = re.compile("[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]+")
"""Strings PyYAML can single-quote: printable, on one line (no line break of any kind)."""


def _plain(value: str) -> bool:
    """Whether PyYAML writes ``value`` as a plain scalar, unchanged (conservatively)."""
    return (
        value[0] not in _NOT_FIRST
        and value[-1] not in ": "
        and ": " not in value
        and " #" not in value
        and "  " not in value
        and value.lower() not in _RESERVED
        and _QUOTABLE.fullmatch(value) is not None
    )


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
    mapping of plain keys to strings, lists of strings and mappings of plain keys to booleans;
    ``None`` when unsure."""
    if not fields:
        return None
    lines = []
    for key, value in fields.items():
        if _scalar(key) != key:
            return None
        if isinstance(value, dict):
            # A mapping of flags (the timeline's ``search: {exclude: true}``): PyYAML writes one
            # indented line per flag, ``true`` or ``false``.
            if not value or any(
                _scalar(name) != name or type(flag) is not bool for name, flag in value.items()
            ):
                return None
            lines.append(f"{key}:")
            lines.extend(f"  {name}: {'true' if flag else 'false'}" for name, flag in value.items())
            continue
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
