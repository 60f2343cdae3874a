"""Build a real site with real MkDocs from a chosen seeds folder, into a temporary project."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

GENERATED = ("discussions", "index.md")
"""Pages the generator writes; a local build may have left them in docs/, so they are not copied."""


def build_site(seeds: Path, project: Path) -> Path:
    """Build the repository's site configuration over ``seeds`` in ``project``; return the site folder.

    The project holds a copy of mkdocs.yml and the hand-written docs, and a link to the generator
    (the hook path in mkdocs.yml is relative), so the repository's own docs/ is never touched.
    """
    project.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(
        ROOT / "docs",
        project / "docs",
        ignore=lambda folder, names: [
            name for name in names if Path(folder) == ROOT / "docs" and name in GENERATED
        ],
    )
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
