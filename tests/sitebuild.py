"""Real MkDocs builds and generator runs of a copy of this repository, in temporary folders.

:func:`make_project` copies what a build reads (mkdocs.yml, the hand-written ``docs/``, the
generator that mkdocs.yml names as its hook, any theme overrides) and puts the given seeds in
``seeds/``; :func:`run_mkdocs` and :func:`run_generator` run the real commands in a fresh
process, so a test sees exit codes and output exactly as a user would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from generator import Discussion, parse
from generator.build.site import seed_paths
from generator.pages.paths import FOLDERS, PAGE_DIR
from tests.reference import SITE_PAGES, assign_slugs, read_seed

ROOT = Path(__file__).resolve().parent.parent
"""The repository (or worktree) the tests run from."""

SEEDS = ROOT / "seeds"
"""The repository's seeds."""

_NOT_COPIED = {
    ".git",
    ".venv",
    ".site.new",
    "site",
    "seeds",
    "tests",
    "test-artifacts",
    "node_modules",
    "__pycache__",
    ".pytest_cache",
    ".mypy_cache",
    ".ruff_cache",
    ".hypothesis",
}

ENV = {
    **os.environ,
    # MkDocs 1.6 prints a banner about its successor on every run (the Makefile silences it too).
    "NO_MKDOCS_2_WARNING": "1",
    "DISABLE_MKDOCS_2_WARNING": "true",
}
"""Environment of the commands the tests run."""


@dataclass(frozen=True)
class SiteBuild:
    """A finished ``mkdocs build`` of a temporary project."""

    project: Path
    """The project folder (mkdocs.yml, docs/, seeds/ …)."""

    site: Path
    """The folder the site was built into."""

    result: subprocess.CompletedProcess[str]
    """The mkdocs process: exit code and output."""


def repo_discussions() -> list[Discussion]:
    """The repository's seeds parsed as a build parses them, sources written ``seeds/NAME``."""
    return assign_slugs([parse(read_seed(path), f"seeds/{path.name}") for path in seed_paths(SEEDS)])


def repo_seeds() -> dict[str, bytes]:
    """The repository's seeds, by file name."""
    return {path.name: path.read_bytes() for path in seed_paths(SEEDS)}


def _ignore(folder: str, names: list[str]) -> set[str]:
    ignored = {name for name in names if name in _NOT_COPIED or name.endswith(".egg-info")}
    if Path(folder).resolve() == ROOT / "docs":
        # Generated pages come from the seeds at build time; copying stale ones would hide bugs.
        generated = {PAGE_DIR, *FOLDERS.values()} | {path.split("/", 1)[0] for path, _ in SITE_PAGES}
        ignored |= generated & set(names)
    return ignored


def make_project(dest: Path, seeds: Mapping[str, bytes | str]) -> Path:
    """Copy the repository's build inputs to ``dest`` with ``seeds`` (name to content) as its seeds."""
    shutil.copytree(ROOT, dest, ignore=_ignore)
    write_seeds(dest, seeds)
    return dest


def write_seeds(project: Path, seeds: Mapping[str, bytes | str]) -> None:
    """Add (or overwrite) seed files of ``project``."""
    folder = project / "seeds"
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in seeds.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (folder / name).write_bytes(data)


def run_mkdocs(project: Path, site: Path, *, strict: bool = True) -> SiteBuild:
    """``mkdocs build`` of ``project`` into ``site``, run the way the Makefile runs it."""
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml")]
    command += ["--site-dir", str(site)] + (["--strict"] if strict else [])
    result = subprocess.run(command, cwd=project, env=ENV, capture_output=True, text=True, check=False)
    return SiteBuild(project, site, result)


def run_generator(
    project: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m generator ARGS`` in ``project`` (so paths in its output are relative)."""
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=project,
        env={**ENV, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file below ``folder``: content and modification time (ns), by relative path."""
    return {
        path.relative_to(folder).as_posix(): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def age(folder: Path, mtime_ns: int = 1_000_000_000 * 10**9) -> None:
    """Set every file's modification time below ``folder`` to ``mtime_ns`` (2001), so a rewrite
    shows even on file systems with coarse timestamps."""
    for path in folder.rglob("*"):
        if path.is_file():
            os.utime(path, ns=(mtime_ns, mtime_ns))
