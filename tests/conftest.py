"""Shared fixtures: the repository's seeds and a real MkDocs build of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import Discussion, parse

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_000 = SEEDS / "000_82b469e70e26f95b.txt"
SEED_001 = SEEDS / "001_66734cbd72f3e3fc.txt"


@pytest.fixture(scope="session")
def seed_000() -> Discussion:
    return parse(SEED_000.read_text(encoding="utf-8"), "seeds/000_82b469e70e26f95b.txt")


@pytest.fixture(scope="session")
def seed_001() -> Discussion:
    return parse(SEED_001.read_text(encoding="utf-8"), "seeds/001_66734cbd72f3e3fc.txt")
