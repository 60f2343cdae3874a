"""File freshness, defined once: what a build records of a file to know later that it is the same.

Three strengths, for three uses: :func:`stamp` (size and modification time) for the pages a build
wrote; :func:`seed_stamp` (size, modification time, inode, change time) for the seeds, whose edits
may keep the modification time; :func:`full_stat` for the no-op manifest, which must see any change
at all. The generator's own source files are listed once (:func:`source_files`) for both the
cache's digest and the manifest's stats.

Imported by :mod:`generator.build.manifest`, which the no-op build loads first: nothing is
imported here that Python has not loaded at start-up.
"""

from __future__ import annotations

import os
import stat

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (see above)
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

Stamp = tuple[int, int]
"""Size and modification time (ns) of a file."""

RACY_NS = 100_000_000
"""A file modified less than this long (100 ms) before a build looked at it could be modified
again within the same tick of the file system's clock and keep its modification time: it is
not trusted to show a later change."""

PAGE_DEPENDENCIES = (
    ("dateutil", "python-dateutil"),
    ("yaml", "PyYAML"),
    ("dateparser", "dateparser"),
    ("lxml", "lxml"),
)
"""Packages whose code shapes the generated pages (dates in the text; front matter the plain
writer leaves to PyYAML; comment dates and month names; saved pages' HTML), as (module,
distribution): reinstalling one, an upgrade say, is a code change too."""


def stamp(path: str | os.PathLike[str]) -> Stamp | None:
    """Size and modification time of ``path`` (``None`` if it is missing)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


def full_stat(path: str) -> list[int]:
    """Size, modification time, inode and change time (ns) of ``path`` itself (a symlink is not
    followed); empty if missing."""
    try:
        info = os.lstat(path)
    except OSError:
        return []
    return [info.st_size, info.st_mtime_ns, info.st_ino, info.st_ctime_ns]


def seed_stamp(path: str | os.PathLike[str], now_ns: int) -> tuple[int, ...] | None:
    """Size, modification time, inode and change time of the seed at ``path`` (``None`` if it is
    missing), taken at ``now_ns`` (before the seed is read).

    The change time shows what the modification time does not (``cp -p``, ``touch -d``). A seed
    changed within :data:`RACY_NS` of ``now_ns`` could change again within the same tick of the
    file system's clock and keep every one of these: its stamp is then its size alone, which
    :func:`trusted_stamp` refuses, so the next build compares its SHA-256 instead.
    """
    try:
        info = os.stat(path)
    except OSError:
        return None
    if max(info.st_mtime_ns, info.st_ctime_ns) >= now_ns - RACY_NS:
        return (info.st_size,)
    return info.st_size, info.st_mtime_ns, info.st_ino, info.st_ctime_ns


def trusted_stamp(seen: tuple[int, ...] | None) -> bool:
    """Whether a :func:`seed_stamp` equal to the recorded one shows that the seed is the same."""
    return seen is not None and len(seen) == 4


def settled(path: str, start_ns: int) -> bool:
    """Whether the stat of ``path`` will show any later change: a plain file (a symlink is
    checked afresh each time: where does it lead now?), changed well before ``start_ns`` (its
    change time too: ``cp -p`` and ``touch -d`` give an old modification time)."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and max(info.st_mtime_ns, info.st_ctime_ns) < start_ns - RACY_NS


def package_folder() -> str:
    """The generator package's folder (the parent of this module's)."""
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def source_files() -> Iterator[tuple[str, str]]:
    """Every Python source file of the generator, as (path relative to the package, path), in a
    stable order: what its pages and reports depend on."""
    package = package_folder()
    for folder, subfolders, names in os.walk(package):
        subfolders[:] = sorted(d for d in subfolders if d != "__pycache__")
        for name in sorted(names):
            if name.endswith(".py"):
                path = os.path.join(folder, name)
                yield os.path.relpath(path, package).replace(os.sep, "/"), path


class SeedStamps:
    """Every seed's :func:`seed_stamp`, in seed order, as numbers in an array: a tuple of four
    integers costs about 200 bytes, the array 40 a seed."""

    _WIDTH = 5
    """Numbers a seed: how many of the stamp's are meaningful (-1 for no stamp), then the four."""

    _INODE = 2
    """Where a stamp has its inode: an unsigned 64-bit number (network and FUSE file systems give
    ones past 2**63), kept in the signed array as its two's complement; the times may be
    negative (before 1970), so the array is signed."""

    def __init__(self, stamps: Iterable[tuple[int, ...] | None]) -> None:
        import array  # only a full build needs it, not the no-op path

        self._numbers = array.array("q")
        for found in stamps:
            numbers = list(found or ())
            if len(numbers) > self._INODE and numbers[self._INODE] >= 2**63:
                numbers[self._INODE] -= 2**64
            self._numbers.append(-1 if found is None else len(numbers))
            self._numbers.extend((*numbers, *(0,) * (4 - len(numbers))))

    def __getitem__(self, index: int) -> tuple[int, ...] | None:
        start = index * self._WIDTH
        count = self._numbers[start]
        if count < 0:
            return None
        numbers = self._numbers[start + 1 : start + 1 + count].tolist()
        if count > self._INODE and numbers[self._INODE] < 0:
            numbers[self._INODE] += 2**64
        return tuple(numbers)
