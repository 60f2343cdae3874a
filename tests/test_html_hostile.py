"""Hostile saved pages: nothing runs, nothing is fetched, the text stays plain, and a page that
cannot be read is refused in one line (``path:line: expected …, found …``), never a traceback."""

from __future__ import annotations

import dataclasses
import gzip
import http.server
import importlib
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from lxml import etree

from generator.errors import SeedError
from generator.model import THREAD_RISK, Discussion, walk
from generator.pages.discussion import render_discussion
from generator.read import seeds
from generator.read.html import parse
from tests.seedkit import cli


def page(comments: str, head: str = "", article: str = "<p>The article.</p>") -> str:
    """A WordPress-like page around ``comments`` (``li`` elements)."""
    return (
        f"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Hostile – Site</title>{head}</head>"
        f'<body><article><h1 class="entry-title">Hostile</h1><div class="entry-content">{article}</div>'
        f'</article><div id="comments"><ol class="comment-list">{comments}</ol></div></body></html>'
    )


def comment(number: int, text: str, replies: str = "", author: str = "Ann") -> str:
    """One WordPress comment, with ``replies`` (``li`` elements) nested under it."""
    children = f'<ol class="children">{replies}</ol>' if replies else ""
    return (
        f'<li id="comment-{number}" class="comment"><article class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard">'
        f'<img alt="avatar of {author}" src="x.png"><b class="fn">{author}</b>'
        ' <span class="says">says:</span></div><div class="comment-metadata">'
        f'<time datetime="2020-01-0{1 + number % 9}T10:00:00+00:00">Jan 1</time></div>'
        f'</footer><div class="comment-content">{text}</div></article>{children}</li>'
    )


def all_text(discussion: Discussion) -> str:
    """Every piece of text the model holds."""
    parts = [discussion.title, *(p.text for p in discussion.article)]
    for c in walk(discussion.comments):
        parts += [c.author or "", c.posted_text or "", *(p.text for p in c.paragraphs)]
    return "\n".join(parts)


def test_scripts_styles_templates_and_noscript_leave_no_text() -> None:
    head = (
        "<script>document.title='pwned'</script><style>body{background:url(http://evil.example/x)}</style>"
        '<link rel="stylesheet" href="http://evil.example/s.css"><base href="http://evil.example/">'
    )
    text = (
        "<p>Plain words.</p><script>alert('script')</script><style>p{}</style>"
        "<template><p>template words</p></template><noscript><p>Plain words.</p></noscript>"
        '<img src="http://evil.example/pixel.gif" onerror="alert(\'img\')">'
        '<iframe src="http://evil.example/frame"></iframe><object data="http://evil.example/o"></object>'
        '<svg onload="alert(1)"><text>svg words</text></svg>'
    )
    discussion = parse(page(comment(1, text), head=head), "h.html")
    (c,) = discussion.comments
    assert [p.text for p in c.paragraphs] == ["Plain words."]
    everything = all_text(discussion)
    for word in ("alert", "pwned", "template words", "svg words", "evil.example", "background"):
        assert word not in everything


def test_event_attributes_and_javascript_links_become_plain_text() -> None:
    text = (
        '<p onclick="steal()">Click <a href="javascript:alert(1)">here</a>, '
        '<a href="data:text/html,<script>x</script>">there</a> or '
        '<a href="https://ok.example/page" onmouseover="steal()">safe</a>.</p>'
    )
    (c,) = parse(page(comment(1, text)), "h.html").comments
    assert [p.text for p in c.paragraphs] == ["Click here, there or safe (https://ok.example/page)."]


def test_markup_in_text_is_decoded_to_plain_characters() -> None:
    text = "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#x263A; &nbsp;ok<br>second line</p>"
    (c,) = parse(page(comment(1, text)), "h.html").comments
    assert c.paragraphs[0].text == "<script>alert(1)</script> & \u263a \xa0ok\nsecond line".replace(
        " \xa0", " "
    )


def test_html_comments_and_cdata_are_dropped() -> None:
    text = "<p>Seen<!-- hidden note --> words<![CDATA[ cdata words ]]>.</p><!-- <p>commented out</p> -->"
    (c,) = parse(page(comment(1, text)), "h.html").comments
    assert [p.text for p in c.paragraphs] == ["Seen words."]


def test_avatar_alt_text_is_no_part_of_the_name() -> None:
    (c,) = parse(page(comment(1, "<p>Hi.</p>", author="Zoë")), "h.html").comments
    assert c.author == "Zoë"
    assert "avatar" not in all_text(parse(page(comment(1, "<p>Hi.</p>")), "h.html"))


def test_malformed_nesting_is_read_without_a_traceback() -> None:
    broken = (
        '<li id="comment-1" class="comment"><b class="fn">Ann</b><div class="comment-content">'
        "<p>Unclosed <b>bold <i>italic</p><div>stray</span></table></li>"
        '<li id="comment-2" class="comment"><b class="fn">Bob</b><div class="comment-content"><p>Second.'
    )
    discussion = parse(page(broken), "h.html")
    ids = [c.source_id for c in walk(discussion.comments)]
    assert "comment-1" in ids and "comment-2" in ids
    assert "Second." in all_text(discussion)


def test_ten_thousand_comments() -> None:
    body = "".join(comment(n, f"<p>Comment number {n}.</p>") for n in range(1, 10_001))
    started = time.perf_counter()
    discussion = parse(page(body), "h.html")
    elapsed = time.perf_counter() - started
    comments = walk(discussion.comments)
    assert len(comments) == 10_000
    assert comments[-1].source_id == "comment-10000"
    assert comments[-1].paragraphs[0].text == "Comment number 10000."
    assert elapsed < 30


def test_nesting_a_thousand_deep() -> None:
    nested = ""
    for number in range(1000, 0, -1):
        nested = comment(number, f"<p>Depth {number - 1}.</p>", nested)
    discussion = parse(page(nested), "h.html")
    comments = walk(discussion.comments)
    assert len(comments) == 1000
    assert [c.depth for c in comments] == list(range(1000))
    assert comments[-1].paragraphs[0].text == "Depth 999."


def test_markup_nested_past_the_parser_limit_is_refused_in_one_line() -> None:
    deep = "<div>" * 5000 + "x" + "</div>" * 5000
    with pytest.raises(SeedError) as caught:
        parse(page(comment(1, deep)), "deep.html")
    assert str(caught.value).startswith("deep.html:")
    assert "expected markup nested at most" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_fifty_megabyte_page(tmp_path: Path) -> None:
    filler = "<p>" + "word " * 200 + "</p>\n"
    article = filler * (50_000_000 // len(filler))
    path = tmp_path / "big.html"
    path.write_text(page(comment(1, "<p>After the long article.</p>"), article=article), encoding="utf-8")
    assert path.stat().st_size > 50_000_000
    seed = seeds.read(path)
    discussion = seeds.parse(seed.text, str(path))
    assert [p.text for c in discussion.comments for p in c.paragraphs] == ["After the long article."]
    assert len(discussion.article) == 50_000_000 // len(filler)


def test_invalid_bytes_are_read_with_the_declared_fallback(tmp_path: Path) -> None:
    path = tmp_path / "bytes.html"
    path.write_bytes(page(comment(1, "<p>caf\xe9 OK</p>")).encode("utf-8").replace("é".encode(), b"\xe9"))
    seed = seeds.read(path)
    assert any("not valid UTF-8" in w.message for w in seed.warnings)
    (c,) = seeds.parse(seed.text, str(path)).comments
    assert c.paragraphs[0].text == "café OK"


def test_declared_charset_is_used(tmp_path: Path) -> None:
    path = tmp_path / "latin.html"
    html = page(comment(1, "<p>Grüße</p>")).replace("<meta charset=utf-8>", '<meta charset="windows-1252">')
    path.write_bytes(html.encode("cp1252"))
    seed = seeds.read(path)
    (c,) = seeds.parse(seed.text, str(path)).comments
    assert c.paragraphs[0].text == "Grüße"
    http_equiv = '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
    russian = page(comment(1, "<p>Привет</p>"), head=http_equiv).replace("<meta charset=utf-8>", "")
    path.write_bytes(russian.replace("–", "-").encode("koi8-r"))
    (c,) = seeds.parse(seeds.read(path).text, str(path)).comments
    assert c.paragraphs[0].text == "Привет"


@pytest.mark.parametrize("label", ["iso-8859-15", "windows-1252", "shift_jis"])
def test_a_page_saved_again_as_utf8_under_its_old_declaration_is_read_as_utf8(
    tmp_path: Path, label: str
) -> None:
    # Read as declared, "kilómetros" came out "kilÃ³metros": the bytes are UTF-8 throughout.
    path = tmp_path / "resaved.html"
    html = page(comment(1, "<p>a 70 kilómetros de Lyon, ¿verdad?</p>")).replace(
        "charset=utf-8", f"charset={label}"
    )
    path.write_bytes(html.encode("utf-8"))
    seed = seeds.read(path)
    assert [w.message for w in seed.warnings] == [
        f"{label!r} declared, but the bytes are UTF-8; read as UTF-8"
    ]
    (c,) = seeds.parse(seed.text, str(path)).comments
    assert c.paragraphs[0].text == "a 70 kilómetros de Lyon, ¿verdad?"


def test_byte_order_mark_wins(tmp_path: Path) -> None:
    path = tmp_path / "bom.html"
    path.write_bytes(page(comment(1, "<p>Grüße</p>")).encode("utf-16"))
    (c,) = seeds.parse(seeds.read(path).text, str(path)).comments
    assert c.paragraphs[0].text == "Grüße"


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("empty.html", b"", "expected an HTML page, found an empty file"),
        ("blank.html", b"  \n\t ", "expected an HTML page, found an empty file"),
        ("nul.html", b"<html>\x00\x00</html>", "expected text, found a NUL byte"),
        ("bad.html.gz", b"\x1f\x8bnot really gzip", "expected a gzip-compressed page, found damaged data"),
        ("cut.html.gz", gzip.compress(b"<html><title>x</title>" * 100)[:30], "found one cut short"),
        # Every word of the page in markup the reader does not know: never published empty.
        (
            "unknown.html",
            b"<html><title>A page</title><div class=x><div class=y>Hello there, a note.</div></div></html>",
            "expected an article or comments (no candidate), found neither",
        ),
        # The page counts its comments, none is in markup the reader knows: never published without.
        (
            "counted.html",
            b"<html><title>A page</title><div class=entry-content><p>Words.</p></div><h3>3 comments:</h3>"
            b"<div class=x><b>Karl</b> <i>hello</i></div></html>",
            "expected 3 comments, as the heading '3 comments:' says (no candidate), found none",
        ),
    ],
)
def test_refusals_are_one_line(tmp_path: Path, name: str, data: bytes, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(SeedError) as caught:
        seeds.parse(seeds.read(path).text, str(path))
    message = str(caught.value)
    assert message.startswith(f"{path}:") and expected in message and "\n" not in message


def test_gzip_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("generator.read.seedfile.MAX_BYTES", 1_000_000)
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(gzip.compress(b" " * 5_000_000))
    with pytest.raises(SeedError, match="once unpacked"):
        seeds.read(path)


def test_cli_refuses_a_bad_page_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"<html>\x00</html>")
    result = cli("parse", str(bad))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"{bad}:1: expected")


# -- nothing named by the page is fetched or read ----------------------------------------------


class _Recorder(http.server.BaseHTTPRequestHandler):
    """Answers every request with text that must never reach the model, and records it."""

    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.requests.append(self.path)
        body = b'<!ENTITY served "SERVED-WORDS">SERVED-WORDS'
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def recorder() -> Iterator[tuple[str, list[str]]]:
    """A server on 127.0.0.1 and the paths requested from it."""
    requests: list[str] = []
    handler = type("Handler", (_Recorder,), {"requests": requests})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", requests
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_entities_dtds_and_includes_are_neither_fetched_nor_read(
    tmp_path: Path, recorder: tuple[str, list[str]]
) -> None:
    url, requests = recorder
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-WORDS", encoding="utf-8")
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY ext "DTD-WORDS">', encoding="utf-8")
    # The control: libxml2 here does read a local file an entity names when a parser lets it,
    # so the file's words missing below mean the reader did not let it.
    control = f'<!DOCTYPE r [<!ENTITY f SYSTEM "{secret.as_uri()}">]><r>&f;</r>'.encode()
    assert etree.fromstring(control, etree.XMLParser(resolve_entities=True)).text == "SECRET-WORDS"
    doctype = (
        f'<!DOCTYPE html SYSTEM "{dtd.as_uri()}" [<!ENTITY f SYSTEM "{secret.as_uri()}">'
        f'<!ENTITY g SYSTEM "{url}/entity"><!ENTITY % p SYSTEM "{url}/p.dtd"> %p;]>'
    )
    text = (
        "<p>Before &f; &g; &ext; &served; after.</p>"
        f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{secret.as_uri()}" parse="text"/>'
        f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{url}/xinclude" parse="text"/>'
        f'<p><img src="{url}/pixel.gif"><iframe src="{url}/frame"></iframe>'
        f'<object data="{secret.as_uri()}"></object><a href="{url}/linked">linked</a></p>'
    )
    head = (
        f'<link rel="stylesheet" href="{url}/style.css"><base href="{url}/">'
        f'<meta http-equiv="refresh" content="0; url={url}/refresh"><?xml-stylesheet href="{url}/pi.xsl"?>'
    )
    path = tmp_path / "entities.html"
    path.write_text(page(comment(1, text), head=head).replace("<!DOCTYPE html>", doctype), encoding="utf-8")
    discussion = seeds.parse(seeds.read(path).text, str(path))
    everything = all_text(discussion)
    assert "Before" in everything and "linked" in everything  # the page itself was read
    for words in ("SECRET-WORDS", "DTD-WORDS", "SERVED-WORDS"):
        assert words not in everything
    assert requests == []


@pytest.mark.parametrize(
    "address",
    [
        "javascript:alert(1)",
        " JavaScript:alert(document.cookie)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "ftp://files.example/page.html",
        "file:///etc/passwd",
        "//blog.example/no-scheme/",
        "vbscript:msgbox(1)",
    ],
)
@pytest.mark.parametrize("where", ["canonical", "og:url"])
def test_an_address_that_is_not_http_gives_no_original_page_link(address: str, where: str) -> None:
    attribute = address.replace('"', "&quot;")
    if where == "canonical":
        head = f'<link rel="canonical" href="{attribute}">'
    else:
        head = f'<meta property="og:url" content="{attribute}">'
    discussion = parse(page(comment(1, "<p>Hi.</p>"), head=head), "h.html")
    assert discussion.url is None
    markdown = render_discussion(discussion)
    assert "Original page" not in markdown and "alert" not in markdown and "passwd" not in markdown
    # The same page with an http(s) address has the link: the test above can fail.
    good = page(comment(1, "<p>Hi.</p>"), head=head.replace(attribute, "https://blog.example/p/"))
    assert "Original page" in render_discussion(parse(good, "h.html"))


# -- declared character sets -------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "rot13",
        "rot_13",
        "base64",
        "hex",
        "zlib",
        "uu",
        "bz2",
        "quopri",
        "idna",
        "undefined",
        "punycode",
        "unicode_escape",
        "raw_unicode_escape",
        "utf-7",
        "cp037",
        "no-such-charset",
    ],
)
def test_a_declared_charset_that_is_no_web_encoding_is_read_as_utf8_with_a_warning(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / "charset.html"
    text = r"<p>Caf\xe9 \x41 \u0042 +AGEAYgBj- Grüße</p>"
    path.write_bytes(page(comment(1, text)).replace("charset=utf-8", f'charset="{name}"').encode("utf-8"))
    seed = seeds.read(path)
    assert [w.message for w in seed.warnings] == [f"unknown character set {name!r} declared; read as UTF-8"]
    (c,) = seeds.parse(seed.text, str(path)).comments
    assert c.paragraphs[0].text == r"Caf\xe9 \x41 \u0042 +AGEAYgBj- Grüße"  # nothing rewritten


def test_web_encoding_labels_read_as_browsers_read_them(tmp_path: Path) -> None:
    path = tmp_path / "labels.html"
    cases = [
        ("latin1", "cp1252", "€ café"),  # Latin-1 is Windows-1252 on the web: 0x80 is the euro sign
        ("us-ascii", "cp1252", "naïve"),
        ("windows-874", "cp874", "ภาษาไทย"),  # a WHATWG label Python does not know
        ("x-mac-cyrillic", "mac-cyrillic", "Привет"),
        ("shift_jis", "cp932", "①日本"),  # ① is in Windows-31J, not in Shift_JIS proper
        ("iso-8859-9", "cp1254", "İstanbul"),
    ]
    for label, codec, words in cases:
        html = page(comment(1, f"<p>{words}</p>")).replace("charset=utf-8", f'charset="{label}"')
        path.write_bytes(html.replace("–", "-").encode(codec))
        seed = seeds.read(path)
        assert seed.warnings == (), label
        (c,) = seeds.parse(seed.text, str(path)).comments
        assert c.paragraphs[0].text == words, label


# -- numbers in attributes ---------------------------------------------------------------------


def _hacker_news(indent: str, width: str) -> str:
    """The Hacker News page of the reader's spec, its one reply's indent cell rewritten."""
    module = importlib.import_module("tests.threadpages.engines.hackernews")
    spec = importlib.import_module("tests.test_html_reader")
    shown = dataclasses.replace(spec.SPEC, comments=spec._fit(spec.SPEC.comments, module.ENGINE))
    html: str = module.render(shown)
    cell = '<td class="ind" indent="1"><img src="s.gif" height="1" width="40">'
    assert html.count(cell) == 1
    return html.replace(
        cell, f'<td class="ind" indent="{indent}"><img src="s.gif" height="1" width="{width}">'
    )


@pytest.mark.parametrize(
    ("indent", "width", "depth", "warning"),
    [
        ("²", "²", 0, None),  # "²".isdigit(), but int() refuses it: neither is a number
        ("²", "40", 1, None),  # the spacer image's width is read when the indent is no number
        ("1１", "٤٠", 0, None),  # a full-width and an Arabic-Indic digit
        (
            "9" * 5000,
            "40",
            1,
            "reply at depth 9999 without a parent; read at 1" + THREAD_RISK,
        ),  # past int()'s 4300
        ("0" * 5000 + "1", "40", 1, None),
        ("", "9" * 5000, 1, "reply at depth 249 without a parent; read at 1" + THREAD_RISK),
    ],
)
def test_indents_that_are_no_small_number(indent: str, width: str, depth: int, warning: str | None) -> None:
    discussion = parse(_hacker_news(indent, width), "hn.html")
    comments = walk(discussion.comments)
    assert [(c.source_id, c.depth) for c in comments] == [
        ("comment-101", 0),
        ("comment-102", depth),
        ("comment-105", 0),
    ]
    assert comments[1].paragraphs[0].text == "Same here."
    # Capped, and a reply with no parent that deep is reported, not dropped.
    assert [w.message for w in discussion.warnings] == ([warning] if warning else [])


@pytest.mark.parametrize("depth", ["²", "9" * 5000, "٣"])
def test_depth_classes_that_are_no_small_number(depth: str) -> None:
    from tests.test_html_reader import UNKNOWN

    html = UNKNOWN.replace('<div class="note" id="n3">', f'<div class="note depth-{depth}" id="n3">')
    discussion = parse(html, "unknown.html")
    comments = walk(discussion.comments)
    assert [c.source_id for c in comments] == ["n1", "n2", "n3"]
    assert comments[2].paragraphs[0].text.startswith("Pull the plants")
    if depth.isascii():
        assert [w.message for w in discussion.warnings] == [
            "reply at depth 9998 without a parent; read at 2" + THREAD_RISK
        ]
    else:
        assert comments[2].depth == 0 and discussion.warnings == ()
