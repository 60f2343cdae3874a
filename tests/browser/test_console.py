"""Every page of the site loads without a console error, an uncaught exception or a failed request."""

from __future__ import annotations

from tests.browser.actions import search, set_hash
from tests.browser.conftest import Served, Tab


def test_no_page_of_the_site_reports_an_error(site: Served, tab: Tab) -> None:
    pages = site.pages()
    assert {"index.html", "about.html", "404.html"} <= set(pages)
    assert len(site.discussions()) >= 2
    failures = {}
    for page in pages:
        tab.errors.clear()
        tab.goto(site.url + page)
        tab.page.wait_for_load_state("networkidle")  # the search worker loads its index after "load"
        if tab.errors:
            failures[page] = list(tab.errors)
    assert failures == {}


def test_the_scripts_run_without_error_when_used(deep_url: str, tab: Tab) -> None:
    tab.goto(deep_url)
    # Search first: Material closes the search box 125 ms after any change of the address's hash.
    assert search(tab, "depth")
    tab.page.keyboard.press("Escape")
    for name in ("Collapse all", "Expand all", "Collapse all"):
        tab.page.get_by_role("button", name=name).click()
    set_hash(tab, "c1-1-1-1")
    set_hash(tab, "no-such-comment")
    set_hash(tab, "%E0%A4%A")  # not valid percent-encoding
    assert tab.errors == []


def test_the_error_record_catches_errors(deep_url: str, tab: Tab) -> None:
    """The check above can fail: a script error, a console error and a missing file are all seen."""
    tab.goto(deep_url)
    tab.page.evaluate("console.error('logged')")
    tab.page.evaluate("setTimeout(() => { throw new Error('thrown'); })")
    tab.page.evaluate("fetch('/no-such-file.js').catch(() => {})")
    tab.page.wait_for_load_state("networkidle")
    tab.page.wait_for_function("() => true")
    text = "\n".join(tab.errors)
    assert "logged" in text and "thrown" in text and "404" in text, tab.errors
