"""The README's screenshots are taken by the same code as ``make screenshots``, on the session's
site: a change that breaks them (a selector gone, a blank page) fails here."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tests.browser.screenshots import SHOTS, VIEWPORT, png_size, take

if TYPE_CHECKING:
    from playwright.sync_api import Browser

    from tests.browser.conftest import Served


def test_screenshots_are_taken_and_light(browser: Browser, site: Served, tmp_path: Path) -> None:
    discussion = max(site.discussions(), key=lambda url: (site.root / url[len(site.url) :]).stat().st_size)
    written = take(browser, site.url, tmp_path, discussion[len(site.url) :])
    assert [path.name for path in written] == [shot.name for shot in SHOTS]
    for path in written:
        assert png_size(path) == (VIEWPORT["width"], VIEWPORT["height"])
        # A page with text on it; a blank or error page compresses to a few kilobytes.
        assert 30_000 < path.stat().st_size < 300_000, (path.name, path.stat().st_size)
