"""Nothing lost, for saved pages: every word a reader of the page could see is in the model
(title, byline, article, comments' authors, dates and text) or listed as dropped with its line
and reason (``check --show-dropped``, the page's "Lines … kept out of the content").

The page's words are taken independently of the reader: lxml's own text of ``<body>``, less only
what is never shown as text (scripts, styles, templates, ``<noscript>`` copies).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree, html

from generator.model import Discussion, walk
from generator.read.html import parse

FIXTURES = Path(__file__).parent / "fixtures" / "threads"
PAGES = sorted(path.name for path in FIXTURES.glob("*.html"))
_WORD = re.compile(r"\w+")


def _page_words(text: str) -> Counter[str]:
    root = html.fromstring(text)
    etree.strip_elements(root, "script", "style", "template", "noscript", "head", with_tail=False)
    body = root.find("body")
    # Each text node apart: a block's words do not run into the next block's.
    return Counter(_WORD.findall(" ".join((body if body is not None else root).itertext())))


def _model_words(discussion: Discussion) -> Counter[str]:
    texts = [discussion.title, discussion.posted_text or "", discussion.author or ""]
    texts += [paragraph.text for paragraph in discussion.article]
    for comment in walk(discussion.comments):
        texts += [comment.author or "", comment.posted_text or ""]
        texts += [paragraph.text for paragraph in comment.paragraphs]
    texts += [item.text for item in discussion.chrome]
    return Counter(_WORD.findall("\n".join(texts)))


@pytest.mark.parametrize("name", PAGES)
def test_every_word_of_the_page_is_kept_or_listed_as_dropped(name: str) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    missing = _page_words(text) - _model_words(parse(text, name))
    assert not missing, f"{sum(missing.values())} words lost, e.g. {sorted(missing)[:12]}"


def test_menus_reply_links_buttons_and_hidden_text_are_listed_with_their_reason() -> None:
    page = """<!doctype html><html><head><title>A post</title></head><body>
<nav><a href="/">Home</a> <a href="/about">Aboutpage</a></nav>
<article><h1>A post</h1><div class="entry-content"><p>The article, in a sentence or two.</p></div></article>
<aside><h2>Blogroll</h2><ul><li>Elsewhereblog</li></ul></aside>
<div hidden>Secretword here</div>
<form><button>Sendbutton</button></form>
<footer>Copyrightline 2024</footer>
</body></html>"""
    reasons = {item.text: item.reason for item in parse(page, "p.html").chrome}
    assert reasons["Home Aboutpage"] == "navigation"
    assert reasons["Elsewhereblog"] == reasons["Blogroll"] == "sidebar"
    assert reasons["Secretword here"] == "hidden on the page"
    assert reasons["Sendbutton"] == "form control or embedded content"
    assert reasons["Copyrightline 2024"] == "footer"
