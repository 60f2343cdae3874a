"""Hostile text is inert and literal, proven on the HTML of a real MkDocs build.

Each hostile string goes into a seed's title, article, comment author and comment text. A second
site is built from the same seeds with every line replaced by a harmless word; the two sites must
have the same elements and attributes, page by page, and the hostile pages must show each string
as the text it is.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.pages import html
from generator.pages.paths import FEED_PAGE
from tests.reference import SITE_PAGES, load
from tests.sitebuild import make_project, run_mkdocs

HOSTILE = [
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "<iframe src=//evil.example/frame></iframe>",
    "<svg><script>alert(1)</script></svg> <style>body{display:none}</style>",
    "'\"><img src=x onerror=alert(1)>",
    "</div></details></div></article> <details open><summary>x",
    '<a href="javascript:alert(1)">click</a>',
    "javascript:alert(document.cookie)",
    "[click](javascript:alert(1)) <javascript:alert(1)>",
    "![img](javascript:alert(1))",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "[d](data:text/html,<script>alert(1)</script>) ![s](data:image/svg+xml,<svg onload=alert(1)>)",
    "<!-- an unclosed comment",
    "<!-- more -->",
    "]]> <![CDATA[ x ]]>",
    '{#evil .danger onclick="alert(1)"}',
    "Text {: onclick=alert(1) } and {: #id }",
    '<div markdown="1">*x*</div>',
    "# Heading",
    "## Sub {#c1}",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "- item\n- item two\n* star\n1) one",
    "*emphasis* **strong** _u_ `code` <b>bold</b>",
    "==mark== ~~del~~ ^^ins^^ ~sub~ ^sup^ ++ctrl+alt++",
    ":smile: :material-alert: :fontawesome-brands-github:",
    "$$x^2$$ \\(x\\) $y$",
    '!!! note "Title"\nbody of the note\n??? danger',
    "{{ config.site_name }} {% include 'base.html' %} {# c #}",
    "---\ntitle: injected\n---",
    "&lt;b&gt; &amp;amp; &#60;script&#62; &quot; &nbsp;",
    "\u202eevil\u202c and \u202eunclosed override \u2067isolate",
    'Say "hi": now — key: value',
    "[^1] and [ref][r]\n[^1]: a footnote\n[r]: /local",
    "\x02wzxhzdk:0\x03 placeholder",
    "Line one  \nline two\\\nline three",
]
"""Strings that would become markup, links, attributes or template code if not escaped."""


def _seed(lines: list[str]) -> str:
    """A seed holding ``lines`` (the hostile string's lines) in every place seed text goes."""
    one_line = " ".join(lines)
    body = "\n".join(lines)
    indented = "\n".join("      " + line for line in lines)
    return (
        f"{one_line}\n\n"
        f"Before {one_line} after.\n\n"
        f"{body}\n\n"
        # A dated sentence: the timeline pages quote it.
        f"On September 6, 1976 the pilot said {one_line} and landed.\n\n"
        f"  1. {one_line[:70]} says:\n\n"
        f"    Comment {one_line} end.\n\n"
        f"    • Reply:\n{indented}\n"
    )


def _harmless(text: str, seed: int) -> list[str]:
    # One name per seed, as the hostile strings are: site-wide pages group comments by author.
    return [f"harmless{seed}x{index}" for index, _ in enumerate(text.split("\n"))]


class _Shape(HTMLParser):
    """Every element's tag and attribute names, and the text, of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, tuple[str, ...]]] = []
        self.attributes: list[tuple[str, str, str]] = []
        self.text: list[str] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, tuple(sorted(name for name, _ in attrs))))
        self.attributes.extend((tag, name, value or "") for name, value in attrs)
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        self.elements.append(("/" + tag, ()))
        self._in_title = False

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._in_title:
            self.title += data

    def handle_comment(self, data: str) -> None:
        self.elements.append(("!--", ()))


# The foot of a discussion page links its neighbours in the archive, which differ between the
# twins (their titles sort differently): its links are held to their one shape here, then left out.
_PAGER = re.compile(r'<nav class="discussion-pager" [^>]*>(.*?)</nav>')
_PAGER_LINK = re.compile(
    r'<a class="discussion-pager__(prev|next)" rel="\1" href="[^"<>]+\.html">'
    r'<span class="discussion-pager__dir">[^<]*</span><span class="discussion-pager__title">[^<]*</span></a>'
)


def _without_pager(page: str) -> str:
    def check(match: re.Match[str]) -> str:
        up = '<a class="discussion-pager__up" href="../index.html">All discussions</a>'
        assert _PAGER_LINK.sub("", match[1]) == up, match[0]
        return '<nav class="discussion-pager"></nav>'

    return _PAGER.sub(check, page)


def _shape(path: Path) -> _Shape:
    shape = _Shape()
    shape.feed(_without_pager(path.read_text(encoding="utf-8")))
    shape.close()
    return shape


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The hostile site and its harmless twin, built by real MkDocs."""
    built = []
    twins: tuple[tuple[str, Callable[[str, int], list[str]]], ...] = (
        ("hostile", lambda s, _: s.split("\n")),
        ("harmless", _harmless),
    )
    for name, transform in twins:
        seeds = {f"{index:02d}.txt": _seed(transform(s, index)) for index, s in enumerate(HOSTILE)}
        project = make_project(tmp_path_factory.mktemp(name) / "project", seeds)
        result = run_mkdocs(project, project / "site").result
        assert result.returncode == 0, result.stderr
        built.append(project)
    return built[0], built[1]


def _page(project: Path, index: int) -> Path:
    seeds = project / "seeds"
    discussions = load(sorted(seeds.glob("*.txt")), root=seeds)  # together: slugs can collide
    return project / "site" / "discussions" / f"{discussions[index].slug}.html"


@pytest.mark.parametrize("index", range(len(HOSTILE)), ids=[repr(s)[1:30] for s in HOSTILE])
def test_adds_no_element_or_attribute(index: int, sites: tuple[Path, Path]) -> None:
    hostile, harmless = (_shape(_page(project, index)) for project in sites)
    assert hostile.elements == harmless.elements


@pytest.mark.parametrize("index", range(len(HOSTILE)), ids=[repr(s)[1:30] for s in HOSTILE])
def test_is_shown_literally(index: int, sites: tuple[Path, Path]) -> None:
    lines = HOSTILE[index].split("\n")
    one_line = " ".join(lines)
    shown = _shape(_page(sites[0], index))
    text = "".join(shown.text)
    assert shown.title == f"{_visible(one_line)} - Belenko discussion archive"
    assert _visible(f"Comment {one_line} end.") in text
    assert _visible(f"Before {one_line} after.") in text
    for line in lines:
        assert _visible(line) in text
    description = [value for tag, name, value in shown.attributes if (tag, name) == ("meta", "content")]
    assert _visible(" ".join(f"Before {one_line} after.".split())) in description


def _visible(text: str) -> str:
    """What a reader sees of seed text: itself, placeholder bytes shown as U+FFFD, bidi closed."""
    return html.close_bidi(text.replace("\x02", "\ufffd").replace("\x03", "\ufffd"))


@pytest.mark.parametrize(
    "page", [path.removesuffix(".md") + ".html" for path, _ in SITE_PAGES if path.endswith(".md")]
)
def test_site_wide_pages_add_nothing(page: str, sites: tuple[Path, Path]) -> None:
    hostile, harmless = (_shape(project / "site" / page) for project in sites)
    assert hostile.elements == harmless.elements


def test_the_feed_adds_nothing(sites: tuple[Path, Path]) -> None:
    """Hostile titles, names and text stay text in the Atom feed: the same elements as the
    harmless site's, and valid XML."""
    hostile, harmless = (
        [element.tag for element in ET.parse(project / "site" / FEED_PAGE).iter()] for project in sites
    )
    assert hostile == harmless


def test_index_shows_every_title_literally(sites: tuple[Path, Path]) -> None:
    text = "".join(_shape(sites[0] / "site" / "index.html").text)
    assert all(_visible(" ".join(s.split("\n"))[:40]) in text for s in HOSTILE)


def _search_entries(project: Path) -> dict[str, list[dict[str, str]]]:
    """The search index entries of ``project``, by page; a discussion page named by its seed."""
    seeds = project / "seeds"
    by_slug = {d.slug: d.source for d in load(sorted(seeds.glob("*.txt")), root=seeds)}
    entries: dict[str, list[dict[str, str]]] = {}
    for entry in json.loads((project / "site" / "search" / "search_index.json").read_text("utf-8"))["docs"]:
        page = entry["location"].split("#")[0]
        slug = page.removeprefix("discussions/").removesuffix(".html")
        entries.setdefault(Path(by_slug[slug]).name if slug in by_slug else page, []).append(entry)
    return entries


def test_search_index_adds_no_markup(sites: tuple[Path, Path]) -> None:
    hostile, harmless = (_search_entries(project) for project in sites)
    assert hostile.keys() == harmless.keys()
    tags = re.compile(r"<(/?[a-zA-Z][\w-]*)")
    for page, entries in hostile.items():
        twins = harmless[page]
        assert len(entries) == len(twins), page
        for mine, twin in zip(entries, twins, strict=True):
            # Material renders titles and texts as HTML: the same tags as the harmless twin, no more.
            assert tags.findall(mine["title"]) == tags.findall(twin["title"]), mine["title"]
            assert tags.findall(mine["text"]) == tags.findall(twin["text"]), mine["text"]
    titles = {entry["title"] for entries in hostile.values() for entry in entries}
    for string in HOSTILE:
        assert html.text(" ".join(string.split("\n"))) in titles


def test_only_http_urls_become_links(tmp_path: Path) -> None:
    text = (
        "See http://example.com/a?b=1&c=2, https://x.org/p_(q)). HTTP://UPPER.EXAMPLE "
        "javascript:alert(1) data:text/html,x ftp://files.example //evil.example "
        'https://ok.example/"onmouseover="alert(1)'
    )
    project = make_project(tmp_path / "p", {"a.txt": f"Links\n\n{text}\n\n  1. {text}\n"})
    result = run_mkdocs(project, project / "site").result
    assert result.returncode == 0, result.stderr
    shape = _shape(project / "site" / "discussions" / "links.html")
    links = [value for tag, name, value in shape.attributes if (tag, name) == ("a", "href")]
    seed_links = [link for link in links if "example" in link.lower() or "x.org" in link]
    expected = [
        "http://example.com/a?b=1&c=2",
        "https://x.org/p_(q)",
        "HTTP://UPPER.EXAMPLE",
        "https://ok.example/",
    ]
    assert seed_links == expected * 2
    rels = [value for tag, name, value in shape.attributes if (tag, name) == ("a", "rel")]
    assert rels.count("nofollow ugc noopener") == len(seed_links)
    for _, name, value in shape.attributes:
        if name in {"href", "src", "action", "formaction"}:
            assert not value.lower().startswith(("javascript:", "data:")), value
