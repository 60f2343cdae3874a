"""Build a real site with real MkDocs from a chosen seeds folder, into a temporary project."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def generated_docs() -> set[str]:
    """Paths under docs/ that the generator writes: the ``/docs/…`` lines of .gitignore.

    A local build leaves them in docs/; they are not copied, so the test build makes its own.
    """
    lines = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    return {line.removeprefix("/docs/").rstrip("/") for line in lines if line.startswith("/docs/")}


def build_site(seeds: Path, project: Path) -> Path:
    """Build the repository's site configuration over ``seeds`` in ``project``; return the site folder.

    The project holds a copy of mkdocs.yml and the hand-written docs, and a link to the generator
    (the hook path in mkdocs.yml is relative), so the repository's own docs/ is never touched.
    """
    project.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    generated = {ROOT / "docs" / name for name in generated_docs()}
    shutil.copytree(
        ROOT / "docs",
        project / "docs",
        ignore=lambda folder, names: [name for name in names if Path(folder, name) in generated],
    )
    if (ROOT / "overrides").is_dir():  # a theme custom_dir, should the site get one
        shutil.copytree(ROOT / "overrides", project / "overrides")
    shutil.copytree(seeds, project / "seeds")
    (project / "generator").symlink_to(ROOT / "generator", target_is_directory=True)
    site = project / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return site
