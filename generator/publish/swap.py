"""``make site``: MkDocs builds into a fresh folder, which then takes the site folder's place in
one step, so ``site/`` is at every instant either the whole previous site or the whole new one.

A failed build (a rejected seed, a warning under ``--strict``) or a killed one leaves ``site/``
as it was: its fresh folder is removed then, or by the next build if the process was killed.
The swap is one ``renameat2(RENAME_EXCHANGE)`` on Linux (``renamex_np(RENAME_SWAP)`` on macOS):
the two folders trade names atomically and the old site, now under the fresh folder's name, is
removed afterwards. Where neither call exists (or the file system refuses it), the old site is
renamed aside and the new one renamed in: two renames, with an instant in between when there
is no ``site/``. ``site/`` stays a plain folder (not a symlink), so ``site/index.html`` opens from
``file://`` and any tool that copies the site sees a folder.

One site build at a time (:mod:`generator.build.lock`, on :data:`SITE_LOCK` beside the site
folder): a second one waits, saying so in one line, then builds from the seeds as they are then.
"""

from __future__ import annotations

import ctypes
import errno
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from generator.build import lock

SITE_LOCK = ".generator-site.lock"
"""The lock file of site builds, beside the site folder."""

FRESH_PREFIX = ".generator-site-"
"""How a site build's fresh folder is named, beside the site folder (then
:func:`tempfile.mkdtemp`'s random part)."""

_FRESH_NAME = re.compile(re.escape(FRESH_PREFIX) + r"[A-Za-z0-9_]{8}")


Engine = Callable[[Path, Path], int]
"""A site build: the configuration, the fresh folder to build into; the exit status."""


def build_site(
    config: Path, site_dir: Path, waiting: Callable[[str], None] | None = None, engine: Engine | None = None
) -> int:
    """``mkdocs build --strict`` of ``config`` (or ``engine``'s build, see
    :func:`generator.publish.zensical.zensical_build`) into a fresh folder, swapped in for
    ``site_dir`` if it succeeds; the build's exit status (its output goes where this process's goes)."""
    site_dir = Path(os.path.abspath(site_dir))
    with lock.exclusive(site_dir.parent / SITE_LOCK, waiting):
        remove_stale_builds(site_dir)
        fresh = tempfile.mkdtemp(prefix=FRESH_PREFIX, dir=site_dir.parent)
        try:
            status = (engine or mkdocs_build)(config, Path(fresh))
            if status == 0:
                swap(Path(fresh), site_dir)
            return status
        finally:
            _remove(Path(fresh))  # the old site, after a swap


def mkdocs_build(config: Path, fresh: Path) -> int:
    """``mkdocs build --strict`` of ``config`` into ``fresh``; its exit status."""
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)]
    return subprocess.run([*command, "--site-dir", str(fresh)], check=False).returncode


def swap(fresh: Path, site_dir: Path) -> None:
    """Put the folder ``fresh`` in the place of ``site_dir``; the old site is left at ``fresh``."""
    if not os.path.lexists(site_dir):
        os.rename(fresh, site_dir)
        return
    if _exchange(fresh, site_dir):
        return
    aside = fresh.with_name(fresh.name + ".old")
    os.rename(site_dir, aside)
    try:
        os.rename(fresh, site_dir)
    except OSError:
        os.rename(aside, site_dir)  # the old site back: never no site at all
        raise
    os.rename(aside, fresh)


def _exchange(first: Path, second: Path) -> bool:
    """Swap the names of two paths atomically; False where the system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:  # pragma: no cover (no C library to load)
        return False
    a, b = os.fsencode(first), os.fsencode(second)
    renameat2 = getattr(libc, "renameat2", None)  # Linux, glibc 2.28 or later
    renamex_np = getattr(libc, "renamex_np", None)  # macOS 10.12 or later
    if renameat2 is not None:
        at_fdcwd, rename_exchange = -100, 2
        result = renameat2(at_fdcwd, a, at_fdcwd, b, rename_exchange)
    elif renamex_np is not None:  # pragma: no cover (macOS)
        rename_swap = 2
        result = renamex_np(a, b, rename_swap)
    else:  # pragma: no cover (other systems)
        return False
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):  # this file system cannot
        return False
    raise OSError(code, os.strerror(code), str(second))


def remove_stale_builds(site_dir: Path) -> list[str]:
    """Remove the fresh folders beside ``site_dir`` that killed site builds left; their names.
    Call only with the site lock held."""
    removed = []
    for name in sorted(os.listdir(site_dir.parent)):
        if _FRESH_NAME.fullmatch(name) or _FRESH_NAME.fullmatch(name.removesuffix(".old")):
            _remove(site_dir.parent / name)
            removed.append(name)
    return removed


def _remove(path: Path) -> None:
    """Remove a folder (or whatever stands at ``path``: a swapped-out symlink), if anything."""
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.exists():
        shutil.rmtree(path, ignore_errors=True)
