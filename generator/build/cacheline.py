"""One line of the cache file: a seed's :class:`Entry`, sealed with a checksum, its head checked
for exact types when read. The head is read with :mod:`json`, not a schema library: a seed's file
name may hold a lone surrogate (an undecodable byte), which JSON escapes as ``\\udcXX`` and
stricter decoders refuse."""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import zlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from generator.build.report import Notes, encoded_notes
from generator.build.rowcheck import check_rows
from generator.build.siterows import rows_from_json
from generator.build.stamps import PAGE_DEPENDENCIES, source_files
from generator.model import Diagnostic
from generator.pages.rows import SummaryRows


@cache
def code_version() -> str:
    """A digest of the generator's source and of the versions of the packages that shape its
    pages: a new version of either invalidates every entry."""
    digest = hashlib.sha256()
    for relative, path in source_files():
        digest.update(relative.encode())
        digest.update(Path(path).read_bytes())
    for _, distribution in PAGE_DEPENDENCIES:
        digest.update(f"{distribution}=={dependency_version(distribution)}".encode())
    return digest.hexdigest()


def dependency_version(distribution: str) -> str:
    """The installed version of ``distribution`` (``"missing"`` if it is not installed)."""
    found = _dist_info_versions(_normalized(distribution))
    if found is not None:
        return found
    # Installed otherwise (an egg, a zip file on the path): importlib.metadata knows every way,
    # and costs a fiftieth of a second to load (it parses the metadata as e-mail headers).
    from importlib import metadata

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "missing"


def _normalized(name: str) -> str:
    """A distribution's name as packaging compares them: case and runs of ``-_.`` aside."""
    return re.sub(r"[-_.]+", "_", name).lower()


def _dist_info_versions(name: str) -> str | None:
    """The version in the name of the first ``<name>-<version>.dist-info`` folder along
    ``sys.path`` (where importlib.metadata finds it: pip names the folder so); None when a path
    entry holds the distribution some other way, or none holds it."""
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except NotADirectoryError:
            return None  # a zip file: importlib.metadata looks inside
        except OSError:
            continue
        versions = []
        for found in names:
            stem, dot, kind = found.rpartition(".")
            project, dash, version = stem.partition("-")
            if dot and kind in ("dist-info", "egg-info") and _normalized(project) == name:
                versions.append(version if kind == "dist-info" and dash and "-" not in version else None)
        if versions:
            return versions[0] if len(versions) == 1 else None
    return None


def file_digest(data: bytes) -> str:
    """The SHA-256 of a seed's bytes."""
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Entry:
    """One seed as the last build left it."""

    seed: tuple[int, ...]
    """The seed's :func:`seed_stamp` when it was read."""

    digest: str
    """SHA-256 of the seed's bytes."""

    slug: str
    """The slug its page was written under."""

    base: str
    """Its slug before collisions were settled (the summary's)."""

    comments: int
    """Number of comments (the summary's, for the build's report)."""

    threads: int
    """Number of top-level comments (the summary's, for the build's report)."""

    events: int
    """Number of dated events (the summary's, for the build's report)."""

    page: tuple[int, int]
    """Size and modification time of that page after the build."""

    rows: str
    """What it adds to the site-wide pages, under ``slug``, as JSON (see
    :func:`generator.build.siterows.rows_json`); two entries with the same JSON add the same rows."""

    title_line: int
    """Line of its title."""

    warnings: tuple[Diagnostic, ...]
    """Parser warnings."""

    notes: Notes
    """Chrome notes (the lines and what the report says of them)."""

    feed: tuple[int, int] | None = None
    """Size and modification time of its comment feed after the build; None when it has none."""

    def site_rows(self) -> SummaryRows:
        """What it adds to the site-wide pages, decoded (see :func:`decoded_rows`)."""
        return decoded_rows(self.rows)


DAMAGE = (ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError)
"""What reading a damaged cache line (or header) may raise: wrong JSON, wrong types, or JSON
nested deeper than the decoder's recursion allows. Any of them means the line is not used."""


class DamagedEntry(ValueError):
    """A cache entry whose rows do not decode, or not to rows of the types a build writes, though
    the line's checksum matched (a careful hand edit, or a generator that wrote them wrong): only
    a line's head is checked when it is read; its rows are decoded when needed."""


def decoded_rows(rows: str) -> SummaryRows:
    """The rows of a cache entry (their JSON), decoded and checked to be what a build writes
    (:mod:`generator.build.rowcheck`: the cache is data, never trusted as HTML); raises
    :class:`DamagedEntry` if they are not."""
    try:
        return check_rows(rows_from_json(rows))
    except DAMAGE as error:
        raise DamagedEntry(f"a cache entry's rows do not decode: {error}") from None


def encode_line(name: str, entry: Entry) -> bytes:
    # The notes' and the rows' JSON go in as made (by the worker that read the seed), each after
    # a tab: JSON text never holds a raw tab, so the line splits back without a parser, and
    # the head, which :func:`name_of` reads for every line, stays small however many notes a
    # seed has.
    head = [
        name,
        list(entry.seed),
        entry.digest,
        entry.slug,
        entry.base,
        entry.comments,
        entry.threads,
        list(entry.page),
        entry.title_line,
        [[w.line, w.message] for w in entry.warnings],
        entry.events,
        None if entry.feed is None else list(entry.feed),
    ]
    # The head in ASCII: a seed's file name (and so its path in the manifest) may hold a lone
    # surrogate, Python's name for a byte that is not UTF-8, which UTF-8 cannot carry raw.
    # Encoded a part at a time, and sealed as sealed() does without copying the body again: the
    # rows are most of the line, and their UTF-8 is at hand once they were decoded.
    parts = (
        json.dumps(head, ensure_ascii=True).encode(),
        b"\t",
        entry.notes.text.encode(),
        b"\t",
        entry.rows.encode(),
    )
    checksum = 0
    for part in parts:
        checksum = zlib.crc32(part, checksum)
    return b"".join((*parts, b"\t%08x\n" % checksum))


SLUG, PAGE, FEED = 3, 7, 11
"""Where a cache line's head (see :func:`encode_line`) has the slug, the page's stamp and the
comment feed's."""

SEAL = len(b"\t01234567\n")
"""Length of a cache line's end: a tab, its checksum (see :func:`sealed`), a newline."""


def sealed(body: bytes) -> bytes:
    """A cache line: ``body`` (its head, notes and rows), a tab, the CRC-32 of ``body`` in hex, a
    newline.

    A byte changed by a damaged disk or a hand edit mostly leaves valid JSON behind (a digit, a
    letter of a slug or of a card's HTML), which no check of the types would notice: the line
    would then tell the next build a lie. The checksum costs one pass of CRC-32 over the file (a
    few milliseconds for 1,000 discussions), on the build path only: the no-op path never reads
    the entries."""
    return b"%s\t%08x\n" % (body, zlib.crc32(body))


def intact(line: bytes) -> bool:
    """Whether ``line`` (with its newline) is as :func:`sealed` made it."""
    # A view, not a slice: every line of the file passes here, and a slice would copy it.
    return line[-SEAL:] == b"\t%08x\n" % zlib.crc32(memoryview(line)[:-SEAL])


def decode_line(line: str, source: str | None = None) -> tuple[str, Entry]:
    """The seed's name and the entry of a cache line's head, notes and rows (without its end);
    its warnings name the seed ``source`` (the seed's name if None). Raises one of
    :data:`DAMAGE` (ValueError, or RecursionError for JSON nested too deep) if the head or the
    notes are not what :func:`encode_line` writes."""
    head, notes_text, rows = line.split("\t", 2)
    fields, notes = json.loads(head), json.loads(notes_text)
    name, seed, digest, slug, base, comments, threads, page, title_line, warnings, events, feed = fields
    # Exact types (``type(n) is int``: JSON's true is a Python int too), checked before anything
    # is built of them; a cheap check, a dozen fields. The slug becomes a path: it must be one
    # that the build could have made (see generator.read.text.slugify), and ``base`` with a number.
    if not (
        type(name) is str
        and _ints(seed)
        and type(digest) is str
        and _slug(base)
        and (slug == base or (slug.startswith(f"{base}-") and slug[len(base) + 1 :].isdecimal()))
        and type(comments) is int
        and type(threads) is int
        and type(events) is int
        and (feed is None or _ints(feed, 2))
        and _ints(page, 2)
        and type(title_line) is int
        and _diagnostics(warnings)
        and _diagnostics(notes)
    ):
        raise ValueError("a cache line's head is not what a build writes")
    source = name if source is None else source
    return name, Entry(
        seed=tuple(seed),
        digest=digest,
        slug=slug,
        base=base,
        comments=comments,
        threads=threads,
        events=events,
        page=(page[0], page[1]),
        rows=rows,
        title_line=title_line,
        warnings=tuple(Diagnostic(source, line, message) for line, message in warnings),
        # Encoded again: what is written next is known to be one line of ASCII.
        notes=encoded_notes(notes),
        feed=None if feed is None else (feed[0], feed[1]),
    )


def _ints(value: object, count: int | None = None) -> bool:
    """Whether ``value`` is a JSON array of integers (``count`` of them, unless None)."""
    return (
        type(value) is list and (count is None or len(value) == count) and all(type(n) is int for n in value)
    )


def _slug(value: object) -> bool:
    """Whether ``value`` could be a slug the build made: a non-empty string of letters, digits,
    marks and dashes (never a dot, a slash or a backslash, so never a path out of its folder)."""
    return type(value) is str and value != "" and value.isprintable() and not any(c in value for c in "./\\ ")


def _diagnostics(value: object) -> bool:
    """Whether ``value`` is a JSON array of ``[line, message]`` pairs."""
    return type(value) is list and all(
        type(item) is list and len(item) == 2 and type(item[0]) is int and type(item[1]) is str
        for item in value
    )


def name_of(line: bytes) -> str | None:
    """The seed's name in a cache line, or None if the line's head is not a build's."""
    # Only the head is decoded: the notes and rows after the first tab are most of the line.
    try:
        name = json.loads(line[: line.index(b"\t")])[0]
    except DAMAGE:
        return None
    return name if isinstance(name, str) else None
