"""Fixtures of the browser tests: real sites built with MkDocs, served locally, read in Chromium.

Locally, a machine without Chromium or Playwright skips these tests; in CI (``CI=true``) that is a
failure, since ``make test`` (scripts/system-packages) installs the browser.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.browser.deepseed import deep_seed
from tests.browser.server import serve
from tests.sitebuild import ROOT, make_project, run_mkdocs

if TYPE_CHECKING:
    from playwright.sync_api import Browser, ConsoleMessage, Page, Request, Response

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
"""Debian's Chromium; Playwright cannot download its own browser here."""

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]

ARTIFACTS = ROOT / "test-artifacts"
"""Screenshots for a person to look at (gitignored)."""

PHONE = {"width": 375, "height": 812}
"""A phone's viewport, in CSS pixels."""


def in_ci() -> bool:
    """True where a missing browser must fail the run instead of skipping."""
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def unavailable(reason: str) -> None:
    """Fail in CI, skip elsewhere."""
    if in_ci():
        pytest.fail(f"{reason} (CI=true: the browser tests must run)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Headless Debian Chromium driven by Playwright."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("the playwright package is not installed")
    if not CHROMIUM.exists():
        unavailable(f"{CHROMIUM} is missing (apt-get install chromium chromium-driver)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass(frozen=True)
class Served:
    """A built site and the URL it is served at."""

    url: str
    """Base URL, ending in ``/``."""

    root: Path
    """The site folder on disk."""

    def pages(self) -> list[str]:
        """Every HTML page, as a path relative to the site root."""
        return sorted(p.relative_to(self.root).as_posix() for p in self.root.rglob("*.html"))

    def discussions(self) -> list[str]:
        """The URLs of the discussion pages."""
        return [self.url + page for page in self.pages() if page.startswith("discussions/")]


@pytest.fixture(scope="session")
def site(built_site: Path) -> Iterator[Served]:
    """The session's real build of the repository's seeds, served over HTTP."""
    with serve(built_site) as url:
        yield Served(url, built_site)


@pytest.fixture(scope="session")
def deep_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """URL of the page of :func:`deep_seed`, in a site built with MkDocs and served like the real one."""
    project = make_project(tmp_path_factory.mktemp("deep") / "project", {"deep.txt": deep_seed()})
    build = run_mkdocs(project, project / "site")
    assert build.result.returncode == 0, build.result.stderr
    pages = sorted((build.site / "discussions").glob("*.html"))
    assert len(pages) == 1, pages
    with serve(build.site) as url:
        yield url + pages[0].relative_to(build.site).as_posix()


@dataclass
class Tab:
    """A page in a fresh browser context, with the errors it reported."""

    page: Page
    """The Playwright page."""

    errors: list[str] = field(default_factory=list)
    """Console errors, uncaught exceptions and failed requests, as text."""

    def goto(self, url: str) -> None:
        """Open ``url`` and wait until its scripts have run."""
        self.page.goto(url, wait_until="load")


def open_tab(browser: Browser, **context_options: object) -> Tab:
    """A new context (own storage: the palette choice does not leak) and page that records errors."""
    context = browser.new_context(color_scheme="light", **context_options)  # type: ignore[arg-type]
    tab = Tab(context.new_page())
    tab.page.set_default_timeout(10_000)

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            tab.errors.append(f"console: {message.text} ({message.location.get('url')})")

    tab.page.on("console", on_console)
    tab.page.on("pageerror", lambda error: tab.errors.append(f"uncaught: {error}"))

    def on_failed(request: Request) -> None:
        # A request the browser cancels because the page moved on (a click on a link while the
        # favicon is still loading) is no fault of the page; any other failure is.
        if request.failure != "net::ERR_ABORTED":
            tab.errors.append(f"request failed: {request.url} ({request.failure})")

    def on_response(response: Response) -> None:
        # A missing file is a response, not a failed request: count it as an error too.
        if response.status >= 400:
            tab.errors.append(f"HTTP {response.status}: {response.url}")

    tab.page.on("requestfailed", on_failed)
    tab.page.on("response", on_response)
    return tab


@pytest.fixture
def tab(browser: Browser) -> Iterator[Tab]:
    """A desktop-sized page."""
    opened = open_tab(browser, viewport={"width": 1280, "height": 900})
    yield opened
    opened.page.context.close()


@pytest.fixture
def phone(browser: Browser) -> Iterator[Tab]:
    """A phone-sized page (375 px wide)."""
    opened = open_tab(browser, viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    yield opened
    opened.page.context.close()
