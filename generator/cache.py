"""What the last build learned about each seed, so an unchanged seed is not parsed again.

An entry is used only when the seed is the same (same size and modification time, or failing
that the same SHA-256), the generator's code is the same, and the page it wrote is still there
as written (same size and modification time); anything else, and the seed is built afresh. The
cache is an optimisation only: deleting it changes nothing but the time a build takes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from generator.files import write_atomic
from generator.model import Diagnostic
from generator.summary import Summary

CACHE_FILE = ".generator-cache.json"
"""The cache's file name, beside the docs folder (not in it: MkDocs would watch it)."""


@cache
def code_version() -> str:
    """A digest of the generator's source: a new version of the code invalidates every entry."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def file_digest(data: bytes) -> str:
    """The SHA-256 of a seed's bytes."""
    return hashlib.sha256(data).hexdigest()


def stamp(path: Path) -> tuple[int, int] | None:
    """Size and modification time of ``path`` (``None`` if it is missing)."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


@dataclass(frozen=True)
class Entry:
    """One seed as the last build left it."""

    seed: tuple[int, int]
    """The seed's size and modification time when it was read."""

    digest: str
    """SHA-256 of the seed's bytes."""

    slug: str
    """The slug its page was written under."""

    page: tuple[int, int]
    """Size and modification time of that page after the build."""

    summary: Summary
    """Its summary, with the slug before collisions were resolved."""

    title_line: int
    """Line of its title."""

    warnings: tuple[Diagnostic, ...]
    """Parser warnings."""

    notes: tuple[Diagnostic, ...]
    """Chrome notes."""


_PLAIN = (str, int, float, bool)


def encode(value: object) -> Any:
    """``value`` as JSON data: dataclasses as objects of their fields, dates as ISO strings."""
    if value is None or type(value) in _PLAIN:  # most values: nothing to look up
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: encode(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        if all(isinstance(item, str) for item in value):
            return list(value)
        return [encode(item) for item in value]
    return value


@cache
def _field_names(kind: Any) -> tuple[str, ...]:
    """The field names of a dataclass type, looked up once."""
    return tuple(f.name for f in dataclasses.fields(kind))


@cache
def _type_hints(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)


def decode(data: Any, kind: Any) -> Any:
    """The inverse of :func:`encode` for a value of type ``kind`` (as a type hint gives it)."""
    return _decoder(kind)(data)


def _same(data: Any) -> Any:
    return data


@cache
def _decoder(kind: Any) -> Callable[[Any], Any]:
    """The function that decodes a value of type ``kind``: the type hints are read once per type,
    not once per value (a cache holds thousands of events)."""
    if kind in _PLAIN:
        return _same
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        inner = [arg for arg in args if arg is not type(None)]

        def decode_optional(data: Any) -> Any:
            if data is None:
                return None
            (only,) = inner
            return _decoder(only)(data)

        return decode_optional
    if origin is tuple:
        if args[0] in _PLAIN:
            return tuple
        decode_item = _decoder(args[0])
        return lambda data: tuple(decode_item(item) for item in data)
    if kind is dt.date:
        return dt.date.fromisoformat
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = _type_hints(kind)
        fields = tuple((f.name, _decoder(hints[f.name])) for f in dataclasses.fields(kind))
        return lambda data: kind(**{name: decode_field(data[name]) for name, decode_field in fields})
    return _same


def _entry_dict(entry: Entry) -> dict[str, Any]:
    return {
        "seed": list(entry.seed),
        "digest": entry.digest,
        "slug": entry.slug,
        "page": list(entry.page),
        "summary": encode(entry.summary),
        "title_line": entry.title_line,
        "warnings": [[w.line, w.message] for w in entry.warnings],
        "notes": [[n.line, n.message] for n in entry.notes],
    }


def _entry(source: str, raw: dict[str, Any]) -> Entry:
    return Entry(
        seed=(raw["seed"][0], raw["seed"][1]),
        digest=raw["digest"],
        slug=raw["slug"],
        page=(raw["page"][0], raw["page"][1]),
        summary=decode(raw["summary"], Summary),
        title_line=raw["title_line"],
        warnings=tuple(Diagnostic(source, line, message) for line, message in raw["warnings"]),
        notes=tuple(Diagnostic(source, line, message) for line, message in raw["notes"]),
    )


def load(path: Path) -> dict[str, Entry]:
    """The entries of the cache file at ``path``, by seed path; empty if missing, stale or unreadable."""
    try:
        return load_bytes(path.read_bytes())
    except OSError:
        return {}


def load_bytes(data: bytes) -> dict[str, Entry]:
    """The entries of a cache file's content; empty if stale or unreadable."""
    try:
        raw = json.loads(data)
        if raw.get("version") != code_version():
            return {}
        return {source: _entry(source, entry) for source, entry in raw["seeds"].items()}
    except (ValueError, KeyError, TypeError, IndexError, AttributeError):
        return {}


def save(path: Path, entries: dict[str, Entry]) -> None:
    """Write the cache (atomically), unless it already holds exactly ``entries``."""
    try:
        data = json.dumps(
            {"version": code_version(), "seeds": {source: _entry_dict(e) for source, e in entries.items()}},
            ensure_ascii=False,
            sort_keys=True,
        ).encode("utf-8")
    except (TypeError, ValueError):
        data = b""
    try:
        if path.read_bytes() == data:
            return
    except OSError:
        pass
    # A summary field JSON cannot carry exactly (one added later, say) must not come back
    # altered from the cache: then there is no cache at all.
    if not data or load_bytes(data) != entries:
        path.unlink(missing_ok=True)
        return
    write_atomic(path, data)
