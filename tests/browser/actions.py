"""What a reader does and sees, as small helpers shared by the browser tests."""

from __future__ import annotations

import re

from tests.browser.conftest import Tab


def comment(anchor: str) -> str:
    """Selector of the ``<details>`` of the comment whose heading has id ``anchor``."""
    return f"details.comment:has(> h3#{anchor})"


def in_viewport(tab: Tab, anchor: str) -> bool:
    """True when the heading ``anchor`` is shown and its top lies inside the window."""
    return bool(
        tab.page.evaluate(
            """id => { const r = document.getElementById(id).getBoundingClientRect();
                       return r.height > 0 && r.top >= 0 && r.top < innerHeight; }""",
            anchor,
        )
    )


def highlighted(tab: Tab, anchor: str) -> bool:
    """True when the comment ``anchor`` is the CSS :target and drawn with a background."""
    return bool(
        tab.page.evaluate(
            """id => { const h = document.getElementById(id);
                       const bg = getComputedStyle(h.parentElement.querySelector(':scope > .comment-body'))
                                  .backgroundColor;
                       return h.matches(':target') && bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent'; }""",
            anchor,
        )
    )


def set_hash(tab: Tab, fragment: str) -> None:
    """Change the address's fragment, as a link on the page would, and wait for its hashchange."""
    tab.page.evaluate(
        """h => new Promise(done => {
             addEventListener('hashchange', () => setTimeout(done), {once: true});
             location.hash = h;
           })""",
        fragment,
    )


def search(tab: Tab, words: str) -> list[str]:
    """Type ``words`` into the search box as a reader would; the result links, once they show."""
    page = tab.page
    page.locator("label.md-header__button[for='__search']:visible, .md-search__input:visible").first.click()
    page.locator(".md-search__input").press_sequentially(words, delay=30)
    page.locator(".md-search-result__item").first.wait_for()
    # Results beyond the first few of a page sit in a closed "more on this page" box; open them.
    for more in page.locator(".md-search-result__more > summary").all():
        more.click()
    return [
        a.get_attribute("href") or ""
        for a in page.locator(".md-search-result__list a.md-search-result__link").all()
    ]


def set_scheme(tab: Tab, scheme: str) -> None:
    """Click the palette toggle in the header until the page shows ``scheme``."""
    for _ in range(2):
        if tab.page.locator("body").get_attribute("data-md-color-scheme") == scheme:
            return
        tab.page.locator("form[data-md-component='palette'] label.md-header__button:visible").click()
    assert tab.page.locator("body").get_attribute("data-md-color-scheme") == scheme


OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll('.md-content *')]
    .filter(e => e.getClientRects().length && e.getBoundingClientRect().right > width + 0.5)
    .map(e => e.tagName + '.' + e.className + '#' + e.id);
  return {scroll: document.documentElement.scrollWidth - width, wide: wide.slice(0, 5)};
}"""


def no_sideways_scroll(tab: Tab) -> None:
    """Assert that nothing on the page is wider than the window."""
    result = tab.page.evaluate(OVERFLOW)
    assert result == {"scroll": 0, "wide": []}


def pagefind_search(tab: Tab, words: str) -> list[str]:
    """Type ``words`` into the archive's Pagefind box; the links of the nested (comment) results
    of ``words`` themselves, not of a part typed so far (Pagefind searches as the reader types,
    and on a busy machine the results of "Poss" may still show when "Possum" is in the box)."""
    page = tab.page
    page.locator("#archive-search .pagefind-ui__search-input").press_sequentially(words, delay=30)
    # The count as the reader's locale writes it ("1,234"); a search with no results never
    # gets here, and the wait fails the test.
    done = re.compile(rf"^\s*[0-9][0-9,.\u00a0\u202f]* results? for {re.escape(words)}\s*$")
    page.locator("#archive-search .pagefind-ui__message", has_text=done).wait_for()
    # Each result loads its page's fragment on its own, under a placeholder until then: on a
    # busy machine the participants page's may show before the discussion's.
    page.locator("#archive-search .pagefind-ui__loading").first.wait_for(state="detached")
    nested = page.locator("#archive-search .pagefind-ui__result-nested a.pagefind-ui__result-link")
    nested.first.wait_for()
    return [a.get_attribute("href") or "" for a in nested.all()]
