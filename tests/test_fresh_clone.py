"""README's promise: on a fresh clone, ``make site`` sets everything up and builds the site.

The slow test of the suite (about a minute: it creates the clone's own .venv; pip's cache keeps
it off the network when warm). It clones the committed HEAD, so commit before running it.
``make test`` is the other README command and is what CI runs, so it is not run again here.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.sitebuild import ROOT, repo_discussions, snapshot, write_seeds


def fresh_environment() -> dict[str, str]:
    """The caller's environment without what ties it to this checkout's virtualenv or make."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "MAKEFLAGS", "MFLAGS", "MAKELEVEL"}
    }
    venv_bin = str(ROOT / ".venv" / "bin")
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p != venv_bin)
    return env


@pytest.mark.slow
def test_make_site_works_on_a_fresh_clone(tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True, capture_output=True)
    result = subprocess.run(
        ["make", "site"],
        cwd=clone,
        env=fresh_environment(),
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "site/ is ready" in result.stdout
    site = clone / "site"
    assert (site / "index.html").is_file()
    assert (site / "search" / "search_index.json").is_file()
    for discussion in repo_discussions():
        assert (site / "discussions" / f"{discussion.slug}.html").is_file(), discussion.source
    # Generated Markdown stays out of git: the build leaves the clone's tree clean.
    status = subprocess.run(
        ["git", "status", "--porcelain"], cwd=clone, capture_output=True, text=True, check=True
    )
    assert status.stdout == ""

    # README: a seed that cannot be read stops the build and leaves docs/ and site/ untouched.
    before = snapshot(clone / "docs"), snapshot(site)
    write_seeds(clone, {"050_bad.txt": b""})
    failed = subprocess.run(
        ["make", "site"], cwd=clone, env=fresh_environment(), capture_output=True, text=True, check=False
    )
    assert failed.returncode != 0
    assert "seeds/050_bad.txt:1: " in failed.stderr, failed.stderr
    assert "Traceback" not in failed.stderr, failed.stderr
    assert (snapshot(clone / "docs"), snapshot(site)) == before
