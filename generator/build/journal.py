"""Putting a build's pages into the docs folder all or nothing, even across a kill.

Every page a build changes is first written in full to its staging folder (beside the docs
folder, so a page moves in by a rename), and every change is written down, one line each, in a
journal there: a staged page to move in, a stale page to remove. Nothing in the docs folder has
changed yet; a build that fails or is killed up to here leaves it as it was. Then the build
checks that the docs folder can take the changes (each folder a page goes to is writable, no
folder stands where a page goes), and renames the journal beside the docs folder
(:data:`~generator.build.manifest.JOURNAL_FILE`): the commit point. Then it makes the changes,
each one a rename or an unlink that is done again harmlessly, and removes the journal and the
staging folder.

A build killed after the commit point leaves the journal behind, and the next build (or any
command that writes the docs folder) completes it before anything else (:func:`recover`), so
the docs folder is then wholly the new build's. A staging folder left by a killed build is
removed then too (:func:`remove_stale_staging`). Both run under the build's lock
(:mod:`generator.build.lock`), so no other build's staging folder is taken for a stale one.

The journal lives beside the docs folder, like the cache, and is data, never trusted: it can only
move files out of a staging folder of this docs folder into generated pages' paths, and remove
generated pages (which the next build writes again); anything else in it is refused.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import shutil
import stat
import tempfile
from pathlib import Path
from typing import TextIO

from generator.build.manifest import JOURNAL_FILE
from generator.pages.paths import FOLDERS, is_discussion_page, is_site_page

STAGING_PREFIX = ".generator-staging-"
"""How a build's staging folder beside the docs folder is named (then :func:`tempfile.mkdtemp`'s
random part)."""

_STAGING_NAME = re.compile(re.escape(STAGING_PREFIX) + r"[A-Za-z0-9_]{8}")
_OLD_STAGING_NAME = re.compile(r"\.generator-[a-z0-9_]{8}")
"""How earlier versions named their staging folders (killed builds of theirs left some)."""
_JOURNAL_FILE = "journal"
"""The journal's name in the staging folder, while the build decides its changes."""

_KILL_AFTER = int(os.environ.get("GENERATOR_TEST_KILL_AFTER", "0"))
"""For the tests only: the checkpoint (see :func:`_checkpoint`) at which the process kills
itself (SIGKILL), as a crash or ``kill -9`` would, to check what a later build finds; 0: never."""
_checkpoints = 0


class JournalError(OSError):
    """A journal that cannot be completed: one line, naming the file that stands in the way."""


def journal_path(docs_dir: Path) -> Path:
    """Where the committed journal of ``docs_dir`` lives."""
    return docs_dir.parent / JOURNAL_FILE


def make_staging(docs_dir: Path) -> str:
    """A new staging folder beside ``docs_dir`` (its parent made if missing)."""
    docs_dir.parent.mkdir(parents=True, exist_ok=True)
    return tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=docs_dir.parent)


class Journal:
    """The changes one build makes to its docs folder, written down before any is made."""

    def __init__(self, docs_dir: Path, staging: str) -> None:
        """A journal for ``docs_dir`` whose pages wait in ``staging`` (see :func:`make_staging`)."""
        self.docs_dir, self.staging = docs_dir, staging
        self._path = os.path.join(staging, _JOURNAL_FILE)
        self._stream: TextIO = open(self._path, "w", encoding="utf-8")  # noqa: SIM115 (closed by commit/close)
        self._stream.write(json.dumps({"staging": os.path.basename(staging)}) + "\n")
        self._folders: set[str] = set()

    def move(self, staged: str, relative: str) -> None:
        """Move the staged page ``staged`` (a path in the staging folder) to ``relative``."""
        self._stream.write(json.dumps(["move", os.path.relpath(staged, self.staging), relative]) + "\n")
        self._folders.add(os.path.dirname(relative))

    def remove(self, relative: str) -> None:
        """Remove the stale page ``relative``."""
        self._stream.write(json.dumps(["remove", relative]) + "\n")

    def commit(self) -> None:
        """Check that the docs folder can take the changes, commit them (the journal renamed
        beside the docs folder), then make them (:func:`apply`). Raises OSError, the docs
        folder untouched, if a check fails."""
        self._stream.close()
        self._check()
        _checkpoint()
        os.replace(self._path, journal_path(self.docs_dir))
        _checkpoint()
        # The staging folder stays: the build still writes its cache from files there (it
        # removes the folder at its end; a kill before that leaves it to the next build).
        apply(self.docs_dir, remove_staging=False)

    def close(self) -> None:
        """Drop the journal (uncommitted: nothing was changed)."""
        self._stream.close()

    def _check(self) -> None:
        """Raise OSError unless every change can be made: each folder a page goes to exists
        (made now) and takes a new file, and no folder stands where a page goes."""
        for folder in sorted(self._folders):
            where = self.docs_dir / folder
            where.mkdir(parents=True, exist_ok=True)
            handle, probe = tempfile.mkstemp(dir=where, prefix=".generator-probe-")
            os.close(handle)
            os.unlink(probe)
        with open(self._path, encoding="utf-8") as stream:
            stream.readline()
            for line in stream:
                step = json.loads(line)
                target = self.docs_dir / step[-1]
                if step[0] == "move" and target.is_dir():
                    raise IsADirectoryError(errno.EISDIR, "a folder where a page goes", str(target))


def recover(docs_dir: Path) -> bool:
    """Complete the journal a killed build left beside ``docs_dir``, if any; whether there was one.
    A journal that is damaged or not a build's is removed unapplied (the build that follows
    writes every page it needs all the same)."""
    return apply(docs_dir)


def apply(docs_dir: Path, *, remove_staging: bool = True) -> bool:
    """Make the changes of the committed journal of ``docs_dir`` (each one that is not made yet),
    then remove it (and its staging folder, if ``remove_staging``); whether there was a journal."""
    path = journal_path(docs_dir)
    try:
        info = os.stat(path, follow_symlinks=False)
    except FileNotFoundError:
        return False
    if not stat.S_ISREG(info.st_mode):
        raise JournalError(errno.EEXIST, "not a journal, where the build's journal goes", str(path))
    staging = None
    with open(path, encoding="utf-8") as stream:
        try:
            staging = _staging_of(docs_dir, json.loads(stream.readline()))
            for line in stream:
                _step(docs_dir, staging, json.loads(line))
                _checkpoint()
        except (ValueError, TypeError, KeyError, IndexError, RecursionError):
            pass  # damaged: what is left undone, the next build does anyway
    _prune(docs_dir)
    os.unlink(path)
    _checkpoint()
    if staging is not None and remove_staging:
        shutil.rmtree(staging, ignore_errors=True)
    return True


def _staging_of(docs_dir: Path, header: dict[str, object]) -> Path:
    """The staging folder a journal's header names: one beside ``docs_dir``, of a build's name."""
    name = header["staging"]
    if not isinstance(name, str) or _STAGING_NAME.fullmatch(name) is None:
        raise ValueError("not a staging folder")
    return docs_dir.parent / name


def _step(docs_dir: Path, staging: Path, step: list[object]) -> None:
    """Make one change of a journal, unless it is made already."""
    kind, *args = step
    if kind == "move":
        staged, relative = args
        if not (isinstance(staged, str) and isinstance(relative, str) and _generated(relative)):
            raise ValueError("not a page")
        if os.path.isabs(staged) or os.pardir in Path(staged).parts:
            raise ValueError("not a staged page")
        _move(staging / staged, docs_dir / relative)
    elif kind == "remove":
        (relative,) = args
        if not (isinstance(relative, str) and _generated(relative)):
            raise ValueError("not a page")
        (docs_dir / relative).unlink(missing_ok=True)
    else:
        raise ValueError(f"not a step: {kind!r}")


def _generated(relative: str) -> bool:
    """Whether ``relative`` is a path the build writes pages to."""
    # A page or a comment feed: never another file a user keeps in docs/discussions/.
    return (
        "\\" not in relative
        and relative.endswith((".md", ".xml"))
        and (is_discussion_page(relative) or is_site_page(relative))
    )


def _move(staged: Path, target: Path) -> None:
    """Move ``staged`` over ``target`` (nothing if it was moved already)."""
    if not staged.exists():
        return  # moved before the kill
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.is_dir():
        raise JournalError(errno.EISDIR, "a folder where a page goes", str(target))
    try:
        os.replace(staged, target)
    except OSError as error:
        if error.errno != errno.EXDEV:
            raise
        # The docs folder is on another file system (a symlink): copied beside the page, its
        # time kept (the page's stamp was taken off the staged file), then renamed over it.
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
        os.close(handle)
        try:
            shutil.copy2(staged, temporary)
            os.replace(temporary, target)
        except BaseException:
            os.unlink(temporary)
            raise
        staged.unlink()


def _prune(docs_dir: Path) -> None:
    """Remove the sub-pages' folders left empty: the family no longer splits, and nothing of it
    stays in the nav's way."""
    for folder in FOLDERS.values():
        # Not removed if not empty (the pages of a split, or the user's), or if missing.
        with contextlib.suppress(OSError):
            (docs_dir / folder).rmdir()


def remove_stale_staging(docs_dir: Path, keep: str | None = None) -> list[str]:
    """Remove the staging folders beside ``docs_dir`` that killed builds left (never ``keep``,
    this build's own); their names. Call only with the build's lock held."""
    removed: list[str] = []
    try:
        names = os.listdir(docs_dir.parent)
    except OSError:
        return removed
    for name in sorted(names):
        folder = docs_dir.parent / name
        ours = (_STAGING_NAME.fullmatch(name) or _OLD_STAGING_NAME.fullmatch(name)) and str(folder) != keep
        if ours and folder.is_dir() and not folder.is_symlink():
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(name)
    return removed


def _checkpoint() -> None:
    """Count a point where a kill would leave the docs folder in a state of its own: before and
    after the commit, after each change, after the journal is removed."""
    global _checkpoints
    _checkpoints += 1
    if _checkpoints == _KILL_AFTER:
        import signal

        os.kill(os.getpid(), signal.SIGKILL)
