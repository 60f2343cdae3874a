"""The README's screenshots: a discussion page and the timeline, as a reader first sees them.

``make screenshots`` (``python -m tests.browser.screenshots``) builds the repository's seeds with
MkDocs in a temporary folder, opens the pages in Debian's Chromium and writes the PNGs to
``screenshots/``; ``tests/browser/test_screenshots.py`` takes the same pictures of the session's
site, so a change that breaks them fails the tests.
"""

from __future__ import annotations

import struct
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tests.sitebuild import ROOT, make_project, repo_seeds, run_mkdocs

if TYPE_CHECKING:
    from playwright.sync_api import Browser

FOLDER = ROOT / "screenshots"
"""Where the README's screenshots are committed."""

VIEWPORT = {"width": 1280, "height": 720}
"""Wide enough for Material's three columns (the left menu goes below 1220 px), short enough
for a light PNG."""


@dataclass(frozen=True)
class Shot:
    """One screenshot: a page of the site and where in it the picture starts."""

    name: str
    """File name in :data:`FOLDER`."""
    page: str
    """The page, relative to the site root ("" for the first discussion page)."""
    scroll_to: str
    """A CSS selector scrolled to the top of the view ("" to keep the top of the page)."""


SHOTS = (
    Shot("discussion.png", "", "#comments, .comments, [id^='c1']"),
    Shot("timeline.png", "timeline.html", ""),
)


def png_size(path: Path) -> tuple[int, int]:
    """Width and height of the PNG at ``path``, from its IHDR chunk (fails on anything else)."""
    data = path.read_bytes()[:24]
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError(f"{path}: expected a PNG")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def take(browser: Browser, url: str, folder: Path, discussion: str) -> list[Path]:
    """Take :data:`SHOTS` of the site served at ``url`` into ``folder``; ``discussion`` is the
    page (relative to the site) shown in ``discussion.png``."""
    folder.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(color_scheme="light", viewport=VIEWPORT)  # type: ignore[arg-type]
    written = []
    try:
        page = context.new_page()
        for shot in SHOTS:
            page.goto(url + (shot.page or discussion), wait_until="load")
            if shot.scroll_to:
                # Below the sticky header, with a little of what comes before.
                page.evaluate(
                    "(selector) => window.scrollTo(0, document.querySelector(selector)"
                    ".getBoundingClientRect().top + window.scrollY - 72)",
                    shot.scroll_to,
                )
            path = folder / shot.name
            # Material's header swaps the site's name for the page title as the page scrolls:
            # transitions are run to their end, not caught halfway.
            page.wait_for_timeout(400)
            page.screenshot(path=str(path), type="png", animations="disabled")
            written.append(path)
    finally:
        context.close()
    return written


def main() -> int:
    """Build the repository's seeds and write the README's screenshots."""
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS
    from tests.browser.server import serve

    with tempfile.TemporaryDirectory() as scratch:
        project = make_project(Path(scratch) / "project", repo_seeds())
        build = run_mkdocs(project, project / "site")
        if build.result.returncode != 0:
            print(build.result.stderr, file=sys.stderr)
            return 1
        # The longest discussion: the one a reader needs the thread tools for.
        pages = (build.site / "discussions").glob("*.html")
        discussion = max(pages, key=lambda path: path.stat().st_size).relative_to(build.site)
        with serve(build.site) as url, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            for path in take(browser, url, FOLDER, discussion.as_posix()):
                print(f"{path.relative_to(ROOT)}: {path.stat().st_size // 1024} KB")
            browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
