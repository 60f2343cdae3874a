"""axe-core (package.json, installed by ``make test``) run in every page of the site: no serious or
critical violation. Plus what axe cannot judge: comment depth exposed, headings not skipping."""

from __future__ import annotations

from tests.browser.conftest import Served, Tab, unavailable
from tests.browser.deepseed import DEPTH, deepest_id
from tests.sitebuild import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"

RUN = """() => axe.run(document, {resultTypes: ['violations']}).then(r => r.violations
  .filter(v => v.impact === 'serious' || v.impact === 'critical')
  .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')))"""


def test_no_page_has_a_serious_accessibility_violation(site: Served, tab: Tab) -> None:
    if not AXE.exists():
        unavailable(f"{AXE} is missing (npm ci, as make test does)")
    failures = {}
    for page in site.pages():
        tab.goto(site.url + page)
        tab.page.add_script_tag(path=str(AXE))
        found = tab.page.evaluate(RUN)
        if found:
            failures[page] = found
    assert failures == {}


def test_axe_finds_what_it_should(site: Served, tab: Tab) -> None:
    """The check above can fail: an unlabelled button is reported."""
    if not AXE.exists():
        unavailable(f"{AXE} is missing (npm ci, as make test does)")
    tab.goto(site.url + "index.html")
    tab.page.evaluate("document.querySelector('.md-content').append(document.createElement('button'))")
    tab.page.add_script_tag(path=str(AXE))
    assert any(v.startswith("button-name") for v in tab.page.evaluate(RUN))


def test_a_replys_depth_is_its_heading_level(deep_url: str, tab: Tab) -> None:
    tab.goto(deep_url)
    levels = tab.page.evaluate(
        """ids => ids.map(id => { const h = document.getElementById(id);
                                  return Number(h.getAttribute('aria-level') || h.tagName.slice(1)); })""",
        [deepest_id(depth) for depth in range(DEPTH + 1)],
    )
    assert levels == [3 + depth for depth in range(DEPTH + 1)]  # one level per reply, none skipped
    roles = tab.page.evaluate(
        "() => [...document.querySelectorAll('h3.comment-title')].map(h => h.computedRole || 'heading')"
    )
    assert set(roles) == {"heading"}


def test_every_control_has_a_name(site: Served, tab: Tab) -> None:
    tab.goto(site.discussions()[0])
    unnamed = tab.page.evaluate(
        """() => [...document.querySelectorAll('.md-content button, .md-content summary, .thread-nav button')]
                 .filter(e => !(e.getAttribute('aria-label') || e.title || e.textContent.trim()))
                 .map(e => e.outerHTML.slice(0, 80))"""
    )
    assert unnamed == []
