"""Month names and date orders of many languages, from dateparser's own locale data.

The files are read as Python literals (``ast.literal_eval``) without importing dateparser (a
tenth of a second): only the few languages needed, once per process.
"""

from __future__ import annotations

import ast
import importlib.util
import re
from functools import cache
from pathlib import Path

_LANGUAGE_TEXT = (
    "en de fr es it nl pt pl ru sv da nb fi cs sk hu ro tr ca uk el hr sl et lv lt bg sr id ms vi"
)
LANGUAGES = tuple(_LANGUAGE_TEXT.split())
"""Languages whose month names the fast path knows; on a clash the earlier language wins."""


@cache
def month_names() -> dict[str, int]:
    """Month names and abbreviations (case-folded) of :data:`LANGUAGES` to their number.

    Read from dateparser's locale files as literals (``ast.literal_eval``), without importing
    dateparser itself (a tenth of a second): only the few files needed, once per process.
    """
    names: dict[str, int] = {}
    for lang in LANGUAGES:
        info = _locale(lang)
        for number, key in enumerate(_MONTH_KEYS, start=1):
            spellings = info.get(key, [])
            for name in spellings if isinstance(spellings, list) else []:
                folded = str(name).casefold().rstrip(".")
                if len(folded) >= 3 and folded.isalpha():
                    names.setdefault(folded, number)
    return names


_MONTH_KEYS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]


@cache
def date_order(lang: str) -> str:
    """The locale's usual order of day, month and year ("DMY", "MDY", "YMD")."""
    return str(_locale(lang).get("date_order", "DMY"))


@cache
def _locale(lang: str) -> dict[str, object]:
    """dateparser's data for one language, or an empty dict where it has none."""
    spec = importlib.util.find_spec("dateparser")
    if spec is None or spec.origin is None or not re.fullmatch(r"[a-z]{2,3}(?:-[A-Za-z]{2,4})?", lang):
        return {}
    path = Path(spec.origin).parent / "data" / "date_translation_data" / f"{lang}.py"
    try:
        source = path.read_text(encoding="utf-8")
    except OSError:
        return {}
    value = ast.literal_eval(source.split("=", 1)[1])
    return value if isinstance(value, dict) else {}
