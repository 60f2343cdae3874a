"""The thread fixtures in tests/fixtures/threads: reproducible, and their truth agrees with their markup.

Three kinds of check:

- regenerating the fixtures (``python -m tests.threadpages.write``) into a temporary folder gives
  the committed bytes: HTML and truth files always, the w3m and lynx dumps when both tools are
  installed (under ``CI=true`` a missing tool fails the test instead of skipping it);
- a reading of every HTML file written here, per engine, with lxml and XPath (nothing from
  ``tests.threadpages``) finds exactly the truth file's comments: ids, authors, depth, parent,
  date, kind and text. The truth is written from the spec, so this keeps it honest to the markup;
- every comment's first words occur in every dump of its page, once white space (hard wrapping,
  indentation) and the dumpers' own marks are set aside.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import lxml.html
import pytest

from tests.threadpages import Comment, Page, render, write
from tests.threadpages.catalog import fixtures
from tests.threadpages.dumpers import TOOLS

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "threads"
TRUTHS = sorted(FIXTURES.glob("*.truth.json"))
NAMES = [p.name.removesuffix(".truth.json") for p in TRUTHS]
IN_CI = os.environ.get("CI") == "true"

Element = Any  # lxml ships no type information; its elements are used through XPath only


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def load_truth(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / f"{name}.truth.json").read_text(encoding="utf-8"))
    return data


# --- (a) regeneration -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One run of the writer's command line into a fresh folder (dumps only when both tools exist)."""
    out = tmp_path_factory.mktemp("threads")
    args = ["--out", str(out)] + (["--no-dumps"] if missing_tools() else [])
    assert write.main(args) == 0
    return out


def expected_files() -> set[str]:
    names = {f"{n}.{ext}" for n in NAMES for ext in ("html", "truth.json")}
    names |= {write.dump_name(n, tool, width) for n in NAMES for tool, width in write.DUMPS}
    return names | {write.TOOLS_FILE}


def test_catalog_and_committed_files_agree() -> None:
    catalog = {f.name for f in fixtures()}
    assert catalog == set(NAMES), "run `python -m tests.threadpages.write` after changing the catalog"
    committed = {p.name for p in FIXTURES.iterdir() if p.is_file()}
    assert committed == expected_files(), (
        f"missing: {sorted(expected_files() - committed)}; stale: {sorted(committed - expected_files())}"
    )


def test_pages_and_truth_regenerate_byte_for_byte(regenerated: Path) -> None:
    different = [
        f"{n}.{ext}"
        for n in NAMES
        for ext in ("html", "truth.json")
        if (regenerated / f"{n}.{ext}").read_bytes() != (FIXTURES / f"{n}.{ext}").read_bytes()
    ]
    assert not different, f"regenerated files differ from the committed ones: {different}"


def test_dumps_regenerate_byte_for_byte(regenerated: Path) -> None:
    missing = missing_tools()
    if missing:
        message = f"{' and '.join(missing)} not installed: the dumps cannot be regenerated"
        if IN_CI:
            pytest.fail(message + " (CI=true: the dumpers are required)")
        pytest.skip(message)
    versions = (regenerated / write.TOOLS_FILE).read_text(encoding="utf-8")
    committed_versions = (FIXTURES / write.TOOLS_FILE).read_text(encoding="utf-8")
    assert versions == committed_versions, (
        f"the dumps were made with\n{committed_versions}but this machine has\n{versions}"
        "regenerate with `python -m tests.threadpages.write` if the new output is right"
    )
    different = [
        write.dump_name(n, tool, width)
        for n in NAMES
        for tool, width in write.DUMPS
        if (regenerated / write.dump_name(n, tool, width)).read_bytes()
        != (FIXTURES / write.dump_name(n, tool, width)).read_bytes()
    ]
    assert not different, f"regenerated dumps differ from the committed ones: {different}"


# --- (b) an independent reading of the markup ----------------------------------------------------

BLOCKS = frozenset(
    {"address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figure", "footer", "form", "h1"}
    | {"h2", "h3", "h4", "h5", "h6", "header", "li", "main", "nav", "ol", "p", "pre", "section", "table"}
    | {"tr", "td", "ul"}
)


def has_class(el: Element, name: str) -> bool:
    return name in (el.get("class") or "").split()


def paragraphs(container: Element, skip: Callable[[Element], bool] = lambda el: False) -> str:
    """Visible text as paragraphs joined by a blank line, lines by ``\\n`` (``<br>``), spaces folded.

    Block elements separate paragraphs, ``<br>`` breaks a line and two in a row a paragraph, as a
    browser shows them. Elements for which ``skip`` is true are left out (their tail text is not).
    """
    blocks: list[list[str]] = [[""]]

    def new_block() -> None:
        if blocks[-1] != [""]:
            blocks.append([""])

    def visit(node: Element) -> None:
        for child in node:
            if isinstance(child.tag, str) and not skip(child):
                if child.tag == "br":
                    blocks[-1].append("")
                elif child.tag in BLOCKS:
                    new_block()
                    blocks[-1][-1] += child.text or ""
                    visit(child)
                    new_block()
                elif child.tag not in ("script", "style"):
                    blocks[-1][-1] += child.text or ""
                    visit(child)
            blocks[-1][-1] += child.tail or ""

    blocks[-1][-1] += container.text or ""
    visit(container)
    out: list[str] = []
    for block in blocks:
        group: list[str] = []
        for line in [" ".join(line.split()) for line in block] + [""]:
            if line:
                group.append(line)
            elif group:
                out.append("\n".join(group))
                group = []
    return "\n\n".join(out)


def first_words(text: str) -> str:
    return " ".join(text.split()[:8])


def one(el: Element, path: str) -> Element | None:
    found = el.xpath(path)
    assert len(found) <= 1, f"{path} matched {len(found)} elements under {el.get('id')}"
    return found[0] if found else None


def text_at(el: Element, path: str) -> str:
    found = one(el, path)
    return " ".join(found.text_content().split()) if found is not None else ""


def attr_at(el: Element, path: str) -> str | None:
    found = el.xpath(path)
    assert len(found) <= 1, f"{path} matched {len(found)} values under {el.get('id')}"
    return str(found[0]) if found else None


CLASS = "contains(concat(' ', normalize-space(@class), ' '), ' {} ')"

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
}


def shown_date(text: str, lang: str) -> str | None:
    """A shown date without a machine-readable twin, read back: naive ISO, the way the truth writes it."""
    if not text:
        return None
    months = MONTHS[lang].split()
    if lang == "en":
        m = re.fullmatch(r"(\w+) (\d+), (\d{4}) at (\d+):(\d\d) ([ap]m|[AP]M)", text)
        assert m, f"unexpected English date {text!r}"
        hour = int(m[4]) % 12 + (12 if m[6].lower() == "pm" else 0)
        when = datetime(int(m[3]), months.index(m[1]) + 1, int(m[2]), hour, int(m[5]))
    elif lang == "de":
        m = re.fullmatch(r"(\d+)\. (\w+) (\d{4}) um (\d+):(\d\d) Uhr", text)
        assert m, f"unexpected German date {text!r}"
        when = datetime(int(m[3]), months.index(m[2]) + 1, int(m[1]), int(m[4]), int(m[5]))
    else:
        m = re.fullmatch(r"(\d+) (\w+) (\d{4}) a las (\d+):(\d\d)", text)
        assert m, f"unexpected Spanish date {text!r}"
        when = datetime(int(m[3]), months.index(m[2]) + 1, int(m[1]), int(m[4]), int(m[5]))
    return when.isoformat()


@dataclass
class Read:
    source_id: str
    author: str
    depth: int
    parent: str | None
    posted: str | None
    kind: str
    text: str


def kind_from_classes(el: Element) -> str:
    for kind in ("pingback", "trackback"):
        if has_class(el, kind):
            return kind
    return "deleted" if has_class(el, "deleted-comment") else "comment"


def read_wordpress_classic(doc: Element, lang: str) -> Iterator[Read]:
    for li in doc.xpath("//ol[@class='commentlist']//li[@id]"):
        body = one(li, f"./div[{CLASS.format('comment-body')}]")
        yield Read(
            source_id=li.get("id"),
            author=text_at(body, f"./div[{CLASS.format('comment-author')}]/cite[@class='fn']"),
            depth=int(li.xpath("count(ancestor::ul[@class='children'])")),
            parent=attr_at(li, "ancestor::li[1]/@id"),
            posted=shown_date(text_at(body, f"./div[{CLASS.format('commentmetadata')}]/a"), lang),
            kind=kind_from_classes(li),
            text=paragraphs(body, lambda el: el.tag == "div"),
        )


def read_wordpress_block(doc: Element, lang: str) -> Iterator[Read]:
    for li in doc.xpath("//ol[@class='wp-block-comment-template']//li[@id]"):
        own = one(li, "./div")
        yield Read(
            source_id=li.get("id"),
            author=text_at(own, f".//div[{CLASS.format('wp-block-comment-author-name')}]"),
            depth=int(li.xpath("count(ancestor::ol[@class='children'])")),
            parent=attr_at(li, "ancestor::li[1]/@id"),
            posted=attr_at(own, f".//div[{CLASS.format('wp-block-comment-date')}]/time/@datetime"),
            kind=kind_from_classes(li),
            text=paragraphs(one(own, f".//div[{CLASS.format('wp-block-comment-content')}]")),
        )


def read_genesis(doc: Element, lang: str) -> Iterator[Read]:
    lists = "//ol[@class='comment-list' or @class='ping-list']"
    for li in doc.xpath(f"{lists}//li[@id]"):
        article = one(li, "./article")
        yield Read(
            source_id=li.get("id"),
            author=text_at(article, "./header/p[@class='comment-author']//span[@itemprop='name']"),
            depth=int(li.xpath("count(ancestor::ul[@class='children'])")),
            parent=attr_at(li, "ancestor::li[1]/@id"),
            posted=attr_at(article, "./header//time[@class='comment-time']/@datetime"),
            kind=kind_from_classes(li),
            text=paragraphs(one(article, "./div[@class='comment-content']")),
        )


def read_generatepress(doc: Element, lang: str) -> Iterator[Read]:
    for li in doc.xpath("//ol[@class='comment-list']//li[@id]"):
        article = one(li, "./article")
        kind = kind_from_classes(li)
        if article is None:  # a short ping: "Pingback: <a>site</a>" and nothing else
            yield Read(li.get("id"), text_at(li, "./div[@class='comment-body']/a"), 0, None, None, kind, "")
            continue
        content = one(article, f"./div[{CLASS.format('comment-content')}]")
        yield Read(
            source_id=li.get("id"),
            author=text_at(article, ".//div[@class='comment-author-info']//cite[@class='fn']"),
            depth=int(li.xpath("count(ancestor::ul[@class='children'])")),
            parent=attr_at(li, "ancestor::li[1]/@id"),
            posted=attr_at(article, ".//div[contains(@class, 'comment-metadata')]//time/@datetime"),
            kind=kind,
            text=paragraphs(content, lambda el: has_class(el, "reply")),
        )


def read_astra(doc: Element, lang: str) -> Iterator[Read]:
    for li in doc.xpath("//ol[@class='ast-comment-list']//li"):
        article = one(li, "./article")
        kind = kind_from_classes(li)
        if article is None:
            yield Read(li.get("id"), text_at(li, "./p/a"), 0, None, None, kind, "")
            continue
        section = one(article, f".//section[{CLASS.format('ast-comment-content')}]")
        yield Read(
            source_id=article.get("id"),
            author=text_at(article, ".//div[@class='ast-comment-cite-wrap']/cite/b[@class='fn']"),
            depth=int(li.xpath("count(ancestor::ol[@class='children'])")),
            parent=attr_at(li, "ancestor::li[1]/article/@id"),
            posted=attr_at(article, ".//div[@class='ast-comment-time']//time/@datetime"),
            kind=kind,
            text=paragraphs(section, lambda el: has_class(el, "ast-comment-edit-reply-wrap")),
        )


def read_wordpress_com(doc: Element, lang: str) -> Iterator[Read]:
    for li in doc.xpath("//ol[@class='comment-list']//li[@id]"):
        article = one(li, "./article")
        kind = kind_from_classes(li)
        if article is None:
            yield Read(li.get("id"), text_at(li, "./div[@class='comment-body']/a"), 0, None, None, kind, "")
            continue
        yield Read(
            source_id=li.get("id"),
            author=text_at(article, ".//div[contains(@class, 'comment-author')]/b[@class='fn']"),
            depth=int(li.xpath("count(ancestor::ol[@class='children'])")),
            parent=attr_at(li, "ancestor::li[1]/@id"),
            posted=attr_at(article, ".//div[@class='comment-metadata']//time/@datetime"),
            kind=kind,
            # Jetpack's "Like" line sits inside the comment's content but is not its text.
            text=paragraphs(
                one(article, "./div[@class='comment-content']"), lambda el: has_class(el, "comment-likes")
            ),
        )


def read_news_site(doc: Element, lang: str) -> Iterator[Read]:
    comment = CLASS.format("comment")
    for div in doc.xpath(f"//div[@class='comments__list']//div[{comment}]"):
        yield Read(
            source_id=div.get("id"),
            author=text_at(div, "./div[@class='comment__header']/span[@class='comment__author']"),
            depth=int(div.xpath("count(ancestor::div[@class='comment__replies'])")),
            parent=attr_at(div, f"ancestor::div[{comment}][1]/@id"),
            posted=attr_at(div, "./div[@class='comment__header']/time/@datetime"),
            kind="deleted" if has_class(div, "comment--deleted") else "comment",
            text=paragraphs(one(div, f"./div[{CLASS.format('comment__body')}]")),
        )


def read_blogger(doc: Element, lang: str) -> Iterator[Read]:
    for li in doc.xpath(f"//div[@id='comment-holder']//li[{CLASS.format('comment')}]"):
        block = one(li, "./div[@class='comment-block']")
        link = one(block, "./div[@class='comment-header']/span[contains(@class, 'datetime')]/a")
        assert link is not None
        posted = shown_date(" ".join(link.text_content().split()), lang)
        # The permalink's ?showComment= is the same moment in epoch milliseconds (this blog is on UTC).
        epoch = re.search(r"showComment=(\d+)", link.get("href"))
        assert epoch and posted
        assert datetime.fromtimestamp(int(epoch[1]) / 1000, UTC).replace(tzinfo=None).isoformat() == posted
        content = one(block, "./p[@class='comment-content']")
        assert content is not None
        yield Read(
            source_id=li.get("id"),
            author=text_at(block, "./div[@class='comment-header']/cite[@class='user']"),
            depth=int(li.xpath("count(ancestor::div[@class='comment-replies'])")),
            parent=attr_at(li, "ancestor::li[1]/@id"),
            posted=posted,
            kind="deleted" if content.xpath("./span[@class='deleted-comment']") else "comment",
            text=paragraphs(content),
        )


def read_discourse_crawler(doc: Element, lang: str) -> Iterator[Read]:
    for post in doc.xpath(f"//div[@itemprop='comment' and {CLASS.format('crawler-post')}]"):
        yield Read(
            source_id=post.get("id"),
            author=text_at(post, ".//span[@class='creator']//span[@itemprop='name']"),
            depth=0,
            parent=None,
            posted=attr_at(post, ".//time[@class='post-time']/@datetime"),
            kind="comment",
            # A quote of an earlier post is the post's context, not its words.
            text=paragraphs(one(post, "./div[@class='post']"), lambda el: has_class(el, "quote")),
        )


def read_phpbb(doc: Element, lang: str) -> Iterator[Read]:
    posts = doc.xpath(f"//div[{CLASS.format('post')} and starts-with(@id, 'p')]")
    for post in posts[1:]:  # the first post is the topic itself, the article
        yield Read(
            source_id=post.get("id"),
            author=text_at(post, ".//p[@class='author']//a[@class='username']"),
            depth=0,
            parent=None,
            posted=attr_at(post, ".//p[@class='author']/time/@datetime"),
            kind="comment",
            text=paragraphs(one(post, ".//div[@class='content']"), lambda el: el.tag == "blockquote"),
        )


def read_reddit_old(doc: Element, lang: str) -> Iterator[Read]:
    comment = CLASS.format("comment")
    for thing in doc.xpath(f"//div[@class='commentarea']//div[{CLASS.format('thing')} and {comment}]"):
        tagline = one(thing, "./div[contains(@class, 'entry')]/p[@class='tagline']")
        deleted = has_class(thing, "deleted")
        yield Read(
            source_id=thing.get("id"),
            author=text_at(tagline, "./em" if deleted else "./a[contains(@class, 'author')]"),
            depth=int(thing.xpath("count(ancestor::div[@class='child'])")),
            parent=attr_at(thing, f"ancestor::div[{comment}][1]/@id"),
            posted=attr_at(tagline, "./time/@datetime"),
            kind="deleted" if deleted else "comment",
            text=paragraphs(one(thing, "./div[contains(@class, 'entry')]/form//div[@class='md']")),
        )


def read_hackernews(doc: Element, lang: str) -> Iterator[Read]:
    # Rows are flat; only the indent image's width (40 px a level) says how deep a comment is, so
    # the parent is the latest row one level up.
    path: list[str] = []
    for row in doc.xpath(f"//table[@class='comment-tree']//tr[{CLASS.format('comtr')}]"):
        width = int(attr_at(row, ".//td[@class='ind']/img/@width") or "0")
        depth, rest = divmod(width, 40)
        assert rest == 0 and str(depth) == attr_at(row, ".//td[@class='ind']/@indent")
        del path[depth:]
        title = attr_at(row, ".//span[@class='age']/@title") or ""
        yield Read(
            source_id=row.get("id"),
            author=text_at(row, ".//a[@class='hnuser']"),
            depth=depth,
            parent=path[-1] if path else None,
            posted=title.split()[0] if title else None,
            kind="comment",
            text=paragraphs(one(row, f".//div[{CLASS.format('commtext')}]")),
        )
        path.append(row.get("id"))


READERS: dict[str, Callable[[Element, str], Iterator[Read]]] = {
    "wordpress_classic": read_wordpress_classic,
    "wordpress_block": read_wordpress_block,
    "genesis": read_genesis,
    "generatepress": read_generatepress,
    "astra": read_astra,
    "wordpress_com": read_wordpress_com,
    "news_site": read_news_site,
    "blogger": read_blogger,
    "discourse_crawler": read_discourse_crawler,
    "phpbb": read_phpbb,
    "reddit_old": read_reddit_old,
    "hackernews": read_hackernews,
}


def same_moment(a: str | None, b: str | None) -> bool:
    """Equal dates, offsets included (a naive date never equals an aware one)."""
    if a is None or b is None:
        return a is b
    x, y = datetime.fromisoformat(a), datetime.fromisoformat(b)
    return x.utcoffset() == y.utcoffset() and x.replace(tzinfo=None) == y.replace(tzinfo=None)


@pytest.mark.parametrize("name", NAMES)
def test_markup_agrees_with_truth(name: str) -> None:
    truth = load_truth(name)
    # Every fixture is UTF-8, but not every page says so (Hacker News sends its charset only in the
    # HTTP header), so the encoding is given rather than guessed.
    parser = lxml.html.HTMLParser(encoding="utf-8")
    doc = lxml.html.document_fromstring((FIXTURES / f"{name}.html").read_bytes(), parser=parser)
    assert doc.xpath("//link[@rel='canonical']/@href") == [truth["url"]]
    assert truth["title"] in doc.xpath("string(//title)")
    read = list(READERS[truth["engine"]](doc, truth["lang"]))
    expected = truth["comments"]
    assert [r.source_id for r in read] == [c["source_id"] for c in expected]
    for r, c in zip(read, expected, strict=True):
        where = f"{name} {r.source_id}"
        assert (r.author, r.depth, r.parent, r.kind) == (c["author"], c["depth"], c["parent"], c["kind"]), (
            where
        )
        assert same_moment(r.posted, c["posted"]), f"{where}: markup says {r.posted}, truth {c['posted']}"
        assert first_words(r.text) == c["first_words"], where
        assert r.text == c["text"], where


def test_every_engine_and_language_is_covered() -> None:
    truths = [load_truth(n) for n in NAMES]
    assert {t["engine"] for t in truths} == set(READERS)
    for lang in ("en", "de", "es", "fr"):
        assert sum(t["lang"] == lang for t in truths) >= 2, lang
    sizes = sorted(len(t["comments"]) for t in truths)
    assert sum(s >= 150 for s in sizes) >= 2
    depths = [max(c["depth"] for c in t["comments"]) for t in truths]
    assert max(depths) >= 6


# --- (c) first words in every dump ---------------------------------------------------------------

# lynx numbers links ("[12]Reply"). w3m lays Hacker News' comment rows out as table columns, so the
# indent column's spacer image ("[s]", or a rule "━━━" when wide) and the vote arrow ("*") can stand
# at the start of a line of wrapped comment text. None of them is the comment's.
LYNX_LINK = re.compile(r"\[\d+\]")
COLUMN_MARK = re.compile("\\*|\\[s\\]|[\u2500-\u259f]+")


def squeeze(text: str) -> str:
    return "".join(token for token in text.split() if not COLUMN_MARK.fullmatch(token))


@pytest.mark.parametrize("name", NAMES)
def test_first_words_in_every_dump(name: str) -> None:
    truth = load_truth(name)
    dumps = {f"{tool}-{width}": FIXTURES / write.dump_name(name, tool, width) for tool, width in write.DUMPS}
    for label, path in dumps.items():
        text = path.read_text(encoding="utf-8")
        if label.startswith("lynx"):
            text = LYNX_LINK.sub("", text)
        flat = squeeze(text)
        for c in truth["comments"]:
            # A short ping has no text; its linking site's name is what the page shows.
            needle = squeeze(c["first_words"] or c["author"])
            assert needle in flat, f"{name} {label}: {c['source_id']} ({c['first_words'] or c['author']!r})"


# --- the spec refuses what an engine cannot show -------------------------------------------------


def small_page(comments: tuple[Comment, ...]) -> Page:
    return Page(
        "T", "Site", "https://example.org/t/", "Ann", "2024-01-01T10:00:00+00:00", ("Text.",), "en", comments
    )


def test_render_refuses_a_tree_the_markup_cannot_state() -> None:
    reply = Comment("p2", "Bob", "2024-01-01T11:00:00+00:00", "x", ("Re.",))
    nested = small_page((Comment("p1", "Al", "2024-01-01T10:30:00+00:00", "x", ("Hi.",), replies=(reply,)),))
    with pytest.raises(ValueError, match="deeper than phpbb"):
        render("phpbb", nested)
    ping = Comment(
        "comment-3", "Site", "2024-01-01T12:00:00+00:00", "x", ("[…] excerpt […]",), kind="pingback"
    )
    with pytest.raises(ValueError, match="without an excerpt"):
        render("astra", small_page((ping,)))
    broken = Comment("2", "cat", "2024-01-01T10:30:00", "1 hour ago", ("line\nbreak",))
    with pytest.raises(ValueError, match="line break"):
        render("hackernews", small_page((broken,)))
