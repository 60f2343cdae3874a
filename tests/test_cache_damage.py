"""A damaged, truncated, hand-edited or stale cache gives the pages a build without a cache gives.

The cache (``generator/build/cache.py``) is an optimisation only: whatever happened to the file, a build
must neither fail nor believe it, and the cache it leaves must be sound for the build after it.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.corpus import discussion_text
from generator.build import cache, cacheline
from generator.build.manifest import CACHE_FILE
from generator.build.report import Report
from generator.build.site import build
from generator.build.siterows import rows_from_json
from tests.reference import cache_entries


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def write_seeds(folder: Path) -> None:
    """Five small seeds, two of them twins (the second's slug gets ``-2``: its entry's slug is not
    its base)."""
    rng = random.Random(6)
    folder.mkdir(parents=True)
    for index in range(4):
        text, facts = discussion_text(rng, index, rng.randint(3, 8))
        (folder / facts.name).write_text(text, encoding="utf-8")
    shutil.copy(folder / "00001_synthetic.txt", folder / "00001_twin.txt")


def retitle(seeds: Path) -> None:
    """Change the title of the last seed: the site-wide pages then need every discussion's rows,
    the cached ones too."""
    seed = seeds / "00003_synthetic.txt"
    lines = seed.read_text(encoding="utf-8").split("\n")
    lines[0] += " retitled"
    seed.write_text("\n".join(lines), encoding="utf-8")


def outcome(report: Report, seeds: Path) -> str:
    """What a build of ``seeds`` reports, the writes aside (those depend on what was in place),
    with the seeds named as if the folder were ``seeds``."""
    told = repr((report.discussions, report.warnings, report.notes))
    return told.replace(repr(str(seeds))[1:-1], "seeds")


class Pristine:
    """A project built once with the cache, and what a build without a cache gives (a plain class:
    hypothesis would print a dataclass's every field, all the pages, with a failing example)."""

    def __init__(self, root: Path, pages: dict[str, bytes], report: str, retitled: dict[str, bytes]) -> None:
        self.root = root
        """The project: ``seeds/``, ``docs/`` and the cache beside them."""
        self.pages = pages
        """The pages a build without a cache writes."""
        self.report = report
        """What it reports (see :func:`outcome`)."""
        self.retitled = retitled
        """The pages a build without a cache writes once :func:`retitle` changed a seed."""

    def __repr__(self) -> str:
        return f"Pristine({str(self.root)!r})"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Pristine:
    root = tmp_path_factory.mktemp("pristine")
    write_seeds(root / "seeds")
    build(root / "seeds", root / "docs")
    reference = tmp_path_factory.mktemp("reference")
    shutil.copytree(root / "seeds", reference / "seeds")
    report = build(reference / "seeds", reference / "docs", cache_file=None)
    pages = files(reference / "docs")
    assert files(root / "docs") == pages
    retitle(reference / "seeds")
    build(reference / "seeds", reference / "docs", cache_file=None)
    return Pristine(root, pages, outcome(report, reference / "seeds"), files(reference / "docs"))


def copy_project(pristine: Pristine, folder: Path) -> Path:
    """A copy of the pristine project (pages and cache with their modification times, so the
    cache's entries still describe the pages)."""
    shutil.copytree(pristine.root, folder, copy_function=shutil.copy2)
    return folder


def rebuild_and_check(pristine: Pristine, root: Path) -> None:
    """Build the project: the pages and report a build without a cache gives; a further build
    writes nothing; after a seed changes, the cache left behind still gives the right pages."""
    seeds, docs = root / "seeds", root / "docs"
    report = build(seeds, docs)
    assert files(docs) == pristine.pages
    assert outcome(report, seeds) == pristine.report
    again = build(seeds, docs)
    assert (again.written, again.removed) == ((), ())
    assert files(docs) == pristine.pages
    # The cache the damaged one became must not hide a lie for a later build: every cached
    # discussion's rows are read for the site-wide pages once a title changes.
    retitle(seeds)
    build(seeds, docs)
    assert files(docs) == pristine.retitled


# ---------------------------------------------------------------------------------------------
# Editing a cache line.


def seal(body: str) -> str:
    """A cache line for ``body`` (its head and rows) with a matching checksum, as a careful hand
    edit (or a bug of the generator) would leave it: then only the checks of the types stand."""
    return f"{body}\t{zlib.crc32(body.encode('utf-8')):08x}\n"


def split_line(line: str) -> tuple[list[object], str, list[object]]:
    """A cache line's head and rows, parsed, and its notes' JSON text between them."""
    head, notes, rows, _checksum = line.rstrip("\n").split("\t")
    return json.loads(head), notes, json.loads(rows)


def join_line(head: object, rows: object, notes: str = "[]") -> str:
    return seal(f"{json.dumps(head, ensure_ascii=True)}\t{notes}\t{json.dumps(rows, ensure_ascii=False)}")


def edit_line(root: Path, number: int, edit: object) -> None:
    """Apply ``edit`` (``(head, rows) -> (head, rows)``) to the cache line of the seed ``number``
    (0: the first seed), sealed again."""
    path = root / CACHE_FILE
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    head, notes, rows = split_line(lines[1 + number])
    head, rows = edit(head, rows)  # type: ignore[operator]
    lines[1 + number] = join_line(head, rows, notes)
    path.write_text("".join(lines), encoding="utf-8")


def _set(rows: list[object], path: tuple[int, ...], value: object) -> list[object]:
    target = rows
    for step in path[:-1]:
        target = target[step]  # type: ignore[assignment]
    target[path[-1]] = value
    return rows


# The reviewer's three, then others of the same kind: valid JSON, the wrong types. Paths are into
# the rows: [[posted is None, ordinal, slug], card, timeline, people, comments, anonymous].
WRONG_ROWS = {
    # Paths into the rows as the cache writes them: [home [key, card], timeline [[key, decade,
    # year, line] …], people [[[initial, name], kind, name, comments, line] …], comments, anonymous].
    "rows as a string holding JSON": lambda rows: "[1, 2]",
    "a timeline entry that is a number": lambda rows: _set(rows, (1, 0), 5),
    "a name key that is a list": lambda rows: _set(rows, (2, 0, 0, 1), ["x"]),
    "a timeline date that is a number": lambda rows: _set(rows, (1, 0, 0), 1976),
    "a timeline decade that is a number": lambda rows: _set(rows, (1, 0, 1), 1970),
    "a person's key as a string": lambda rows: _set(rows, (2, 0, 0), "ab"),
    "a person's kind that is true": lambda rows: _set(rows, (2, 0, 1), True),
    "a card that is a number": lambda rows: _set(rows, (0, 1), 7),
    "a count that is a string": lambda rows: _set(rows, (3,), "75"),
    "a count that is true": lambda rows: _set(rows, (4,), True),
    "an order's slug that is a number": lambda rows: _set(rows, (0, 0, 2), 3),
    "an order's first part that is a number": lambda rows: _set(rows, (0, 0, 0), 0),
    "rows as an object": lambda rows: {"title": "not rows"},
    "a row with a field too many": lambda rows: _set(rows, (1, 0), [*rows[1][0], "more"]),
}


@pytest.mark.parametrize("damage", list(WRONG_ROWS.values()), ids=list(WRONG_ROWS))
def test_rows_of_the_wrong_types_do_not_decode(pristine: Pristine, damage: object) -> None:
    line = (pristine.root / CACHE_FILE).read_text(encoding="utf-8").splitlines()[2]
    _, _, rows = split_line(line)
    assert rows_from_json(json.dumps(rows, ensure_ascii=False)) is not None  # the line as written
    with pytest.raises(cacheline.DamagedEntry):
        cacheline.decoded_rows(json.dumps(damage(rows)))  # type: ignore[operator]


@pytest.mark.parametrize("number", [0, 2])
@pytest.mark.parametrize("damage", list(WRONG_ROWS.values()), ids=list(WRONG_ROWS))
def test_a_cache_line_with_rows_of_the_wrong_types_is_not_believed(
    pristine: Pristine, tmp_path: Path, damage: object, number: int
) -> None:
    # Sealed again, so that only the types can tell (before, these crashed the build when the
    # site-wide pages needed the rows: in the sort, or where they are measured or summed).
    root = copy_project(pristine, tmp_path / "project")
    edit_line(root, number, lambda head, rows: (head, damage(rows)))  # type: ignore[operator]
    retitle(root / "seeds")  # every discussion's rows are needed, the damaged one's too
    report = build(root / "seeds", root / "docs")
    assert files(root / "docs") == pristine.retitled
    again = build(root / "seeds", root / "docs")
    assert (again.written, again.removed) == ((), ())
    assert report.discussions == again.discussions


WRONG_HEADS = {
    "a seed's stamp holding a string": lambda head: _set(head, (1, 0), "42"),
    "a count that is true": lambda head: _set(head, (5,), True),
    "a slug that is a number": lambda head: _set(head, (3,), 3),
    "a slug that climbs out": lambda head: _set(_set(head, (3,), "../../x"), (4,), "../../x"),
    "a slug that is not its base's": lambda head: _set(head, (4,), "another-slug"),
    "a warning that is a string": lambda head: _set(head, (9,), ["x"]),
    "a page stamp of three numbers": lambda head: _set(head, (7,), [1, 2, 3]),
}


@pytest.mark.parametrize("damage", list(WRONG_HEADS.values()), ids=list(WRONG_HEADS))
def test_a_cache_line_whose_head_has_the_wrong_types_is_not_believed(
    pristine: Pristine, tmp_path: Path, damage: object
) -> None:
    root = copy_project(pristine, tmp_path / "project")
    edit_line(root, 2, lambda head, rows: (damage(head), rows))  # type: ignore[operator]
    assert "00001_twin.txt" not in cache_entries(root / CACHE_FILE)
    rebuild_and_check(pristine, root)


def test_an_edited_line_is_not_believed(pristine: Pristine, tmp_path: Path) -> None:
    # A letter of the slug before collisions (the twin's: its page is under "...-2"): valid
    # JSON of the right types, yet the build would have moved the page to another slug.
    root = copy_project(pristine, tmp_path / "project")
    path = root / CACHE_FILE
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    head = json.loads(lines[3].split("\t", 1)[0])
    assert head[0] == "00001_twin.txt" and head[3] == f"{head[4]}-2"
    lines[3] = lines[3].replace(f'"{head[4]}",', f'"{head[4][:-1]}z",', 1)
    assert lines[3] != path.read_text(encoding="utf-8").splitlines(keepends=True)[2]
    path.write_text("".join(lines), encoding="utf-8")
    assert "00001_twin.txt" not in cache_entries(path)
    rebuild_and_check(pristine, root)


@pytest.mark.parametrize("which", ["the same line twice", "an older line of the same seed"])
def test_a_seed_named_twice_is_not_believed(pristine: Pristine, tmp_path: Path, which: str) -> None:
    # A build writes each seed once: a file with two lines for one seed was edited (or pieced
    # together), and neither can be taken for the last build's. Both are left out (their seed
    # is built afresh), and so are the site-wide pages' stamps (they stand only on every
    # discussion's rows).
    root = copy_project(pristine, tmp_path / "project")
    path = root / CACHE_FILE
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    twice = lines[3]
    if which == "an older line of the same seed":
        head, notes, rows = split_line(twice)
        head[5] = int(head[5]) + 1  # type: ignore[call-overload]
        twice = join_line(head, rows, notes)
    path.write_text("".join([*lines, twice]), encoding="utf-8")
    reader = cache.Reader(path)
    try:
        assert (len(reader), reader.site) == (len(lines) - 2, {})
        assert reader.get(json.loads(lines[3].split("\t", 1)[0])[0]) is None
    finally:
        reader.close()
    rebuild_and_check(pristine, root)
    # The cache is written again, each seed once.
    names = [line.split("\t", 1)[0] for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    assert len(names) == len(set(names)) == len(lines) - 1


def test_the_site_stamps_come_from_the_file_the_entries_come_from(pristine: Pristine, tmp_path: Path) -> None:
    # Another build may replace the cache (atomically) while this one reads it: the header's
    # stamps of the site-wide pages and the entries must be the same file's.
    root = copy_project(pristine, tmp_path / "project")
    path = root / CACHE_FILE
    text = path.read_text(encoding="utf-8")
    header = json.loads(text.split("\n", 1)[0])
    reader = cache.Reader(path)
    try:
        other = {**header, "site": {page: [1, 2] for page in header["site"]}}
        replacement = root / "replacement"
        replacement.write_text(json.dumps(other) + "\n", encoding="utf-8")  # no entries at all
        os.replace(replacement, path)
        assert reader.site == {page: tuple(stamp) for page, stamp in header["site"].items()}
        assert len(reader) == len(text.splitlines()) - 1
        assert all(reader.get(name) is not None for name in reader.names())
    finally:
        reader.close()


# ---------------------------------------------------------------------------------------------
# Any damage at all: a property.

VALUES: list[object] = [0, 7, 1.5, "x", "[1, 2]", True, False, None, [], [1, "a"], {}, {"a": 1}]
"""Values that replace a JSON value of the cache, when their type differs from its."""


def _kind(value: object) -> str:
    return type(value).__name__  # bool apart from int, as JSON tells them apart


def _paths(value: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Every value's path in a parsed JSON document (the document itself aside)."""
    if isinstance(value, list):
        items: list[tuple[object, object]] = list(enumerate(value))
    elif isinstance(value, dict):
        items = list(value.items())
    else:
        return []
    found: list[tuple[object, ...]] = []
    for key, item in items:
        found.append((*path, key))
        found.extend(_paths(item, (*path, key)))
    return found


def _retype(document: object, choice: int, value_choice: int, *, allow_null: bool) -> object:
    """``document`` with one value (``choice`` picks it) replaced by one of another type."""
    paths = _paths(document)

    def at(path: tuple[object, ...]) -> object:
        found = document
        for key in path:
            found = found[key]  # type: ignore[index]
        return found

    if not allow_null:
        paths = [path for path in paths if at(path) is not None]
    if not paths:
        return document
    path = paths[choice % len(paths)]
    old = at(path)
    values = [v for v in VALUES if _kind(v) != _kind(old) and (allow_null or v is not None)]
    parent = at(path[:-1])
    parent[path[-1]] = values[value_choice % len(values)]  # type: ignore[index]
    return document


def _retype_line(line: bytes, choice: int, value_choice: int, reseal: bool) -> bytes:
    """A cache line with a value of its head or rows replaced by one of another type; ``reseal``:
    with a checksum that matches (then only values that are not null are replaced, by values
    that are not null: a year is a string or null, and either is a timeline row's)."""
    text = line.decode("utf-8", "surrogateescape").rstrip("\n")
    if text.startswith("{"):  # the header: no checksum
        return (json.dumps(_retype(json.loads(text), choice, value_choice, allow_null=True)) + "\n").encode()
    head, notes, rows, checksum = text.split("\t")
    parts = [json.loads(head), json.loads(notes), json.loads(rows)]
    part = choice % 3
    parts[part] = _retype(parts[part], choice // 3, value_choice, allow_null=not reseal)
    body = "\t".join(json.dumps(value, ensure_ascii=number < 2) for number, value in enumerate(parts))
    if reseal:
        return seal(body).encode("utf-8", "surrogateescape")
    return f"{body}\t{checksum}\n".encode("utf-8", "surrogateescape")


@dataclass(frozen=True)
class Damage:
    """One change to the cache file; positions are fractions of its length, or of its lines."""

    kind: str
    """``truncate``, ``set`` (a byte), ``flip`` (bits of a byte), ``drop`` or ``duplicate`` (a
    line), ``retype`` (a JSON value; sealed again or not)."""

    where: float
    value: int
    other: float
    reseal: bool

    def apply(self, data: bytes, original: set[bytes]) -> bytes:
        """``data`` changed; ``original``: the cache's lines as the build wrote them."""
        lines = data.splitlines(keepends=True)
        at = int(self.where * len(data))
        line = int(self.where * len(lines))
        if self.kind == "truncate":
            return data[:at]
        if self.kind in ("set", "flip") and at < len(data):
            byte = self.value % 256 if self.kind == "set" else data[at] ^ (1 + self.value % 255)
            return data[:at] + bytes([byte]) + data[at + 1 :]
        if not lines:
            return data
        if self.kind == "drop":
            return b"".join(lines[:line] + lines[line + 1 :])
        if self.kind == "duplicate":
            to = int(self.other * (len(lines) + 1))
            return b"".join([*lines[:to], lines[line], *lines[to:]])
        if self.kind == "retype":
            # A line an earlier damage left unreadable stays as it is.
            # Sealed again only as it was written: two changes of types, the second sealed, may
            # leave a value of the right type (a number for a number), a lie no check can see.
            reseal = self.reseal and lines[line] in original
            with contextlib.suppress(ValueError, KeyError, TypeError, IndexError):
                lines[line] = _retype_line(lines[line], self.value, int(self.other * 1000), reseal)
            return b"".join(lines)
        return data


damages = st.builds(
    Damage,
    st.sampled_from(["truncate", "set", "flip", "drop", "duplicate", "retype"]),
    st.floats(0, 1, exclude_max=True),
    st.integers(0, 10**6),
    st.floats(0, 1, exclude_max=True),
    st.booleans(),
)


# Each example builds the small project three times (tens of milliseconds, more on a busy machine):
# 100 examples locally, 300 in CI, where the CI profile's 2,000 would take minutes.
@settings(max_examples=300 if os.environ.get("CI") == "true" else 100)
@given(st.lists(damages, min_size=1, max_size=3))
def test_a_damaged_cache_gives_the_pages_of_a_build_without_one(
    pristine: Pristine, damage: list[Damage]
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="cache-damage-"))
    try:
        root = copy_project(pristine, folder / "project")
        path = root / CACHE_FILE
        data = path.read_bytes()
        original = set(data.splitlines(keepends=True))
        for change in damage:
            data = change.apply(data, original)
        path.write_bytes(data)
        rebuild_and_check(pristine, root)
    finally:
        shutil.rmtree(folder)
