"""Shared fixtures: the repository's seeds and a real MkDocs build of them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from generator import Discussion, parse
from tests.sitebuild import SiteBuild, make_project, repo_seeds, run_mkdocs

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_000 = SEEDS / "000_82b469e70e26f95b.txt"
SEED_001 = SEEDS / "001_66734cbd72f3e3fc.txt"

# Property tests: 2,000 examples each in CI (CI=true), fewer locally; never a timing deadline,
# a slow shared machine must not turn into a flaky failure.
settings.register_profile(
    "ci", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.register_profile("dev", max_examples=200, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") == "true" else "dev")


@pytest.fixture(scope="session")
def seed_000() -> Discussion:
    return parse(SEED_000.read_text(encoding="utf-8"), "seeds/000_82b469e70e26f95b.txt")


@pytest.fixture(scope="session")
def seed_001() -> Discussion:
    return parse(SEED_001.read_text(encoding="utf-8"), "seeds/001_66734cbd72f3e3fc.txt")


@pytest.fixture(scope="session")
def site_build(tmp_path_factory: pytest.TempPathFactory) -> SiteBuild:
    """One real ``mkdocs build --strict`` of a copy of the repository, shared by the session.

    Read-only for the tests that use it; a test that changes a project builds its own
    (:mod:`tests.sitebuild`).
    """
    project = make_project(tmp_path_factory.mktemp("repo-site") / "project", repo_seeds())
    return run_mkdocs(project, project / "site")


@pytest.fixture(scope="session")
def built_site(site_build: SiteBuild) -> Path:
    """The folder of the session's built site; fails the test when the build failed."""
    if site_build.result.returncode != 0:
        pytest.fail(f"mkdocs build failed:\n{site_build.result.stderr}", pytrace=False)
    return site_build.site
