"""The README is for newcomers (issue 17): short, the two commands, the pictures it promises,
and the way to the full reference."""

from __future__ import annotations

import re

from tests.browser.screenshots import FOLDER, SHOTS, VIEWPORT, png_size
from tests.sitebuild import ROOT

README = ROOT / "README.md"


def test_the_readme_is_short_and_keeps_the_two_commands() -> None:
    text = README.read_text(encoding="utf-8")
    assert len(text.encode("utf-8")) < 8192
    assert "make site " in text and "make test " in text


def test_the_readme_shows_the_committed_screenshots() -> None:
    text = README.read_text(encoding="utf-8")
    for shot in SHOTS:
        committed = FOLDER / shot.name
        assert f"](screenshots/{shot.name})" in text
        assert png_size(committed) == (VIEWPORT["width"], VIEWPORT["height"])
        assert committed.stat().st_size < 300_000


def test_every_local_link_of_the_readme_leads_somewhere() -> None:
    text = README.read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", text)
    assert "ARCHITECTURE.md" in links
    for link in links:
        assert (ROOT / link).exists(), link
