"""Rows sorted by key in bounded memory: an external merge sort for the site-wide pages.

The timeline and the participants page list rows of every discussion in an order that is known
only once every discussion is in (dates, names). Holding them all would make the build's memory
grow with the archive; instead rows are buffered up to a budget, then sorted and written to a
run file, and reading merges the runs. An archive small enough never touches the disk.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import marshal
import operator
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, NamedTuple

Row = tuple[Any, int, Any]
"""A row as read back: its key, its number in the order rows were added, and its value."""

BUDGET = 2_000_000
"""Bytes of rows (as their adders count them) buffered before a sorted run goes to disk."""

FAN_IN = 64
"""Most run files kept before they are merged into one."""

BLOCK = 64
"""Rows pickled together in a run file (and read back together)."""

_KEY = operator.itemgetter(0)
"""A row's key, which alone sorts it."""

_LENGTH = 8
"""Bytes of a marshalled block's length in a run file."""

ROW_BYTES = 200
"""What a row costs in memory besides its text (the tuples, the key, the number)."""


class Codec(NamedTuple):
    """How a block of rows goes to a run file with :mod:`marshal` and comes back: ``pack``
    makes it plain data (tuples, strings, numbers, None), ``unpack`` makes the rows again.

    Rows of named tuples cost pickle a call into Python each (``__reduce_ex__``), five times
    what the rest of pickling them costs; marshal writes plain tuples at C speed."""

    pack: Callable[[list[Row]], Any]
    unpack: Callable[[Any], list[Row]]


class SortedRows:
    """Rows ``(key, value)`` added in any order, read back sorted by key; rows with equal keys come
    back in the order they were added (the merge is stable, like :func:`sorted`).

    Rows are kept as ``(key, number, value)``, sorted and merged by their key alone: both are
    stable, and a run holds rows added after those of the runs before it, so rows with equal
    keys keep the order of their numbers without the numbers being compared (archives have
    thousands of rows on the same date: comparing the rows whole, the numbers that settle
    their ties cost fifteen times what the keys do). Values are never compared."""

    def __init__(self, folder: str | None = None, budget: int = BUDGET, codec: Codec | None = None) -> None:
        """Spill runs to temporary files in ``folder`` (the system's temporary folder if None)
        once ``budget`` bytes of rows are buffered; with ``codec`` the run files are written
        with :mod:`marshal` (see :class:`Codec`), else pickled (any picklable value)."""
        self._folder = folder
        self._budget = budget
        self._codec = codec
        self._buffered = 0
        self._buffer: list[Row] = []
        self._runs: list[str] = []
        self._added = 0

    def __len__(self) -> int:
        return self._added

    def add(self, key: Any, value: Any, text: int = 0) -> None:
        """Add a row holding about ``text`` characters; keys must be comparable with each other
        (values are never compared)."""
        self._buffer.append((key, self._added, value))
        self._added += 1
        self._buffered += text + ROW_BYTES
        if self._buffered >= self._budget:
            self._spill()

    def extend(self, rows: Sequence[tuple[Any, Any, int]]) -> None:
        """:meth:`add` for each ``(key, value, text)`` of ``rows`` (one call for a discussion's
        rows: a call per row costs as much as the rest of adding it)."""
        start = self._added
        added = [(key, start + offset, value) for offset, (key, value, _text) in enumerate(rows)]
        self._buffer += added
        self._added += len(added)
        self._buffered += sum(text for _key, _value, text in rows) + ROW_BYTES * len(added)
        if self._buffered >= self._budget:
            self._spill()

    @property
    def runs(self) -> int:
        """Number of run files written so far."""
        return len(self._runs)

    def _spill(self) -> None:
        self._buffer.sort(key=_KEY)
        self._runs.append(self._write_run(self._buffer))
        self._buffer = []
        self._buffered = 0
        if len(self._runs) >= FAN_IN:
            # Reading merges every run at once, a file open for each: past FAN_IN runs they are
            # merged into one, so a huge archive cannot run out of file handles.
            merged = self._write_run(heapq.merge(*(self._read_run(path) for path in self._runs), key=_KEY))
            self.close()
            self._runs = [merged]

    def _write_run(self, rows: Iterable[Row]) -> str:
        handle, path = tempfile.mkstemp(prefix="rows-", suffix=".run", dir=self._folder)
        codec = self._codec
        with os.fdopen(handle, "wb") as stream:
            # In blocks: one dump a row costs more than the row, one for the run would be read
            # back whole.
            for block in _blocks(rows):
                if codec is None:
                    pickle.dump(block, stream, protocol=pickle.HIGHEST_PROTOCOL)
                else:
                    # Each block after its length: marshal.load() on a file reads it a field
                    # at a time, a call into the file for each.
                    data = marshal.dumps(codec.pack(block))
                    stream.write(len(data).to_bytes(_LENGTH, "little"))
                    stream.write(data)
        return path

    def _read_run(self, path: str) -> Iterator[Row]:
        codec = self._codec
        with open(path, "rb") as stream:
            while True:
                if codec is None:
                    try:
                        block: list[Row] = pickle.load(stream)
                    except EOFError:
                        return
                else:
                    length = stream.read(_LENGTH)
                    if not length:
                        return
                    block = codec.unpack(marshal.loads(stream.read(int.from_bytes(length, "little"))))
                yield from block

    def __iter__(self) -> Iterator[Row]:
        """Every row, sorted; may be read several times."""
        self._buffer.sort(key=_KEY)
        if not self._runs:
            return iter(self._buffer)
        # The buffer last: its rows came after every run's (equal keys come out in the order of
        # the iterables).
        runs = (self._read_run(path) for path in self._runs)
        return heapq.merge(*runs, iter(self._buffer), key=_KEY)

    def close(self) -> None:
        """Delete the run files (the rows are gone from then on)."""
        for path in self._runs:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)
        self._runs = []
        self._buffer = []
        self._buffered = 0


def _blocks(rows: Iterable[Row]) -> Iterator[list[Row]]:
    iterator = iter(rows)
    while block := list(itertools.islice(iterator, BLOCK)):
        yield block
