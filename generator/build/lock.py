"""One build at a time: an exclusive lock on a file beside the docs folder (or the site folder).

Two builds at once (a save in ``mkdocs serve`` and a ``make site``, say) would otherwise stage
and move pages over each other, and each take the other's staging folder for a stale one. The
second build waits for the first rather than refusing: the first may have read the seeds before
the edit that started the second, so only the second's result is up to date; and once the first
is done the second mostly finds nothing changed. While it waits, it says so, once, in one line
(naming the lock file), so a build that seems to hang explains itself.

The lock is ``flock`` on an open file: released by the system when its holder exits, however
it exits (a killed build leaves a lock file behind, but no lock: the next build takes it).
Where there is no ``fcntl`` (Windows), builds are not serialised.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover (Windows)
    fcntl = None  # type: ignore[assignment]


@contextmanager
def exclusive(path: Path, waiting: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the lock file ``path`` for the block (made, and removed at the end); if another
    process holds it, call ``waiting`` with a one-line message, then wait for it."""
    if fcntl is None:  # pragma: no cover (Windows)
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    told = False
    while True:
        handle = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if waiting is not None and not told:
                waiting(f"{path}: another build is running; waiting for it to finish")
                told = True
            fcntl.flock(handle, fcntl.LOCK_EX)
        # The holder removes the file as it lets go (so no lock file outlives the builds): a
        # lock taken on a file removed meanwhile is no lock; take the one at ``path`` now.
        try:
            opened, named = os.fstat(handle), os.stat(path, follow_symlinks=False)
            if (opened.st_dev, opened.st_ino) == (named.st_dev, named.st_ino):
                break
        except FileNotFoundError:
            pass
        os.close(handle)
    try:
        # Nothing is written to the file (not even a process id): a lock file is all it is.
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)  # still held: whoever opens the path now makes a new file
        os.close(handle)  # lets go of the lock
