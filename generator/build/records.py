"""A build's per-seed records on disk: appended one at a time, read back in order.

What a build reports (a line per discussion, the warnings, the notes) and what it needs once
every seed is in (the pages to move, their stamps) grows with the archive; kept as Python
objects it would cost a kilobyte or more a seed. :class:`Records` keeps each record as a line of
JSON in an anonymous temporary file instead, so the build's memory stays flat, and reads them
back as a sequence when they are wanted.
"""

from __future__ import annotations

import json
import tempfile
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, BinaryIO, Generic, TypeVar, overload

T = TypeVar("T")
U = TypeVar("U")

CHUNK = 1 << 16
"""Bytes read from the file at a time."""


class _OnDisk(Sequence[T], Generic[T]):
    """What :class:`Records` and :class:`Batches` share: a length kept as records are added,
    indexing by reading up to the record, and equality with any sequence of the same records."""

    _count: int

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...

    def __getitem__(self, index: int | slice) -> T | Sequence[T]:
        if isinstance(index, slice):
            return list(self)[index]
        position = index + self._count if index < 0 else index
        if not 0 <= position < self._count:
            raise IndexError("records index out of range")
        for number, record in enumerate(self):
            if number == position:
                return record
        raise AssertionError("unreachable: the file holds every record")

    def __eq__(self, other: object) -> bool:
        """Equal to any sequence of the same records in the same order (a list, a tuple, other
        records on disk), as a tuple compares with a tuple."""
        if not isinstance(other, Sequence) or isinstance(other, (str, bytes)):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # contents change: not hashable


class Records(_OnDisk[T]):
    """A sequence of records kept in a temporary file (unnamed: it outlives the folder it was
    made in, and goes when the last :class:`Records` reading it is collected).

    Each record is turned into JSON data by ``encode`` and back by ``decode``. Reading goes
    through the file each time (:meth:`__iter__`; indexing reads up to the record), so a
    caller that wants the records more than once, or at random, makes a list of them."""

    def __init__(
        self,
        folder: str | None = None,
        encode: Callable[[T], Any] = lambda record: record,
        decode: Callable[[Any], T] = lambda data: data,
    ) -> None:
        """An empty sequence whose file is made in ``folder`` (the system's temporary folder
        if None)."""
        self._file = _File(folder)
        self._encode, self._decode = encode, decode
        self._count = 0
        self._pending: list[bytes] = []

    @classmethod
    def of(cls, records: Iterable[T], folder: str | None = None) -> Records[T]:
        """The records of ``records`` (JSON data as they are), in a new file."""
        made: Records[T] = cls(folder)
        made.extend(records)
        return made

    def append(self, record: T) -> None:
        """Add ``record`` at the end."""
        # ASCII: a seed's path may hold a lone surrogate (a byte that is not UTF-8), which JSON
        # escapes and reads back as it was.
        self._pending.append(json.dumps(self._encode(record)).encode("ascii"))
        self._count += 1
        if len(self._pending) >= 256:
            self._flush()

    def extend(self, records: Iterable[T]) -> None:
        """Add each of ``records`` at the end."""
        for record in records:
            self.append(record)

    def _flush(self) -> None:
        if self._pending:
            self._file.stream.seek(0, 2)
            self._file.stream.write(b"\n".join(self._pending) + b"\n")
            self._pending = []

    def append_encoded(self, text: str) -> None:
        """Add a record already encoded: the JSON text of its data (ASCII, one line), which
        :meth:`__iter__` decodes as it decodes the others."""
        self._pending.append(text.encode("ascii"))
        self._count += 1
        if len(self._pending) >= 256:
            self._flush()

    def view(self, decode: Callable[[Any], U]) -> Records[U]:
        """The same records, their JSON data read by ``decode`` instead (sharing the file: add
        none after this)."""
        self._flush()
        view: Records[U] = Records.__new__(Records)
        view._file, view._encode, view._decode = self._file, _read_only, decode
        view._count, view._pending = self._count, []
        return view

    def __iter__(self) -> Iterator[T]:
        decode = self._decode
        for line in self.encoded():
            yield decode(json.loads(line))

    def encoded(self) -> Iterator[bytes]:
        """Each record's JSON text (ASCII, one line), as written."""
        self._flush()
        count, offset, rest = self._count, 0, b""
        while count:
            # Seek before each read: another reader of the same file may have moved it.
            self._file.stream.seek(offset)
            chunk = self._file.stream.read(CHUNK)
            if not chunk:
                raise ValueError("a records file ended early")
            offset += len(chunk)
            lines = (rest + chunk).split(b"\n")
            rest = lines.pop()
            yield from lines[:count]
            count -= min(count, len(lines))

    def __repr__(self) -> str:
        return f"Records({list(self)!r})"


class Batches(_OnDisk[T]):
    """A sequence of records kept a batch to a line: what :meth:`extend` adds at once (a seed's
    notes) is one line of JSON, read back as its records one by one.

    A dump of a comment page leaves out hundreds of lines (menus, "Reply" links, avatars), each
    a note: one line of JSON for each would cost more than reading the page."""

    def __init__(
        self,
        folder: str | None = None,
        encode: Callable[[T], Any] = lambda record: record,
        decode: Callable[[Any], T] = lambda data: data,
    ) -> None:
        """An empty sequence whose file is made in ``folder`` (see :class:`Records`)."""
        self._batches: Records[list[T]] = Records(
            folder,
            lambda batch: [encode(record) for record in batch],
            lambda data: [decode(item) for item in data],
        )
        self._count = 0

    def append(self, record: T) -> None:
        """Add ``record`` at the end."""
        self.extend((record,))

    def extend(self, records: Iterable[T]) -> None:
        """Add ``records`` at the end, as one batch."""
        batch = list(records)
        if batch:
            self._batches.append(batch)
            self._count += len(batch)

    def view(self, decode: Callable[[Any], U]) -> Batches[U]:
        """The same records, each one's JSON data read by ``decode`` instead (see :meth:`Records.view`)."""
        view: Batches[U] = Batches.__new__(Batches)
        view._batches = self._batches.view(lambda data: [decode(item) for item in data])
        view._count = self._count
        return view

    def __iter__(self) -> Iterator[T]:
        for batch in self._batches:
            yield from batch

    def __repr__(self) -> str:
        return f"Batches({list(self)!r})"


class Keyed(_OnDisk[T]):
    """A sequence of records added a group at a time under one key (a seed's notes, under the
    seed's path): a group is one line of JSON, ``[key, [item, …]]``, read back as a record per
    item, made by ``decode(key, item)``.

    A dump of a comment page leaves out hundreds of lines (menus, "Reply" links, avatars), each
    a note: the key written once, and each item a plain pair, the group costs one ``json.dumps``
    of plain data and no Python call per note; the notes arrive from the workers as that text
    already (:meth:`add_encoded`)."""

    def __init__(
        self, folder: str | None = None, decode: Callable[[Any, Any], T] = lambda key, item: item
    ) -> None:
        """An empty sequence whose file is made in ``folder`` (see :class:`Records`)."""
        self._groups: Records[list[Any]] = Records(folder)
        self._decode = decode
        self._count = 0

    def add(self, key: Any, items: Sequence[Any]) -> None:
        """Add ``items`` (JSON data) under ``key`` at the end, as one group."""
        if items:
            self._groups.append([key, items])
            self._count += len(items)

    def add_encoded(self, key: Any, count: int, items: str) -> None:
        """:meth:`add` for ``count`` items already encoded: ``items`` is the JSON text of their
        list (ASCII, one line), written as it is."""
        if count:
            self._groups.append_encoded(f"[{json.dumps(key)}, {items}]")
            self._count += count

    def view(self, decode: Callable[[Any, Any], U]) -> Keyed[U]:
        """The same records, made by ``decode`` instead (sharing the file: add none after this)."""
        view: Keyed[U] = Keyed.__new__(Keyed)
        view._groups, view._decode, view._count = self._groups.view(_same), decode, self._count
        return view

    def groups(self) -> Iterator[tuple[Any, list[Any]]]:
        """Each group as added: its key and its items' JSON data (no record made)."""
        for group in self._groups:
            yield group[0], group[1]

    def encoded_groups(self) -> Iterator[tuple[Any, str]]:
        """Each group as added: its key and the JSON text of its items' list, as written (the
        manifest copies a seed's notes as they came from the worker, not decoded and encoded
        again: a dump of a comment page has hundreds)."""
        for line in self._groups.encoded():
            # The line is "[key, items]" (see add and add_encoded): the key read, the rest kept.
            text = line.decode("ascii")
            key, end = _KEY.raw_decode(text, 1)
            if not text.startswith(", ", end) or not text.endswith("]"):
                raise ValueError("not a group of records")
            yield key, text[end + 2 : -1]

    def __iter__(self) -> Iterator[T]:
        decode = self._decode
        for key, items in self._groups:
            for item in items:
                yield decode(key, item)

    def __repr__(self) -> str:
        return f"Keyed({list(self)!r})"


_KEY = json.JSONDecoder()
"""Reads a group's key at the start of its line (see :meth:`Keyed.encoded_groups`)."""


def _same(data: Any) -> Any:
    return data


class _File:
    """A temporary file, closed (and so deleted) once no :class:`Records` reads it (the records
    and their views, :meth:`Records.mapped`, share it), without the warning an unclosed file
    gives when it is collected."""

    __slots__ = ("__weakref__", "stream")

    def __init__(self, folder: str | None) -> None:
        self.stream: BinaryIO = tempfile.TemporaryFile(dir=folder)  # noqa: SIM115 (closed below)
        weakref.finalize(self, self.stream.close)


def _read_only(record: object) -> object:
    raise TypeError("records seen through mapped() take no new records")
