"""Every input gets one of two answers: parsed with a warning, or rejected with one clear line.

Files, encodings, line ends, invisible characters, odd structure and names, each a small case.
"""

from __future__ import annotations

import codecs
import os
import socket
from collections.abc import Callable
from pathlib import Path

import pytest

from generator import Discussion, SeedError, parse
from generator.build.report import BuildError
from generator.build.site import build
from generator.build.workers import read_seed, text_digest
from generator.model import THREAD_RISK, walk
from generator.pages.jsonout import discussion_dict
from tests.reference import load
from tests.seedkit import SEED, assert_nothing_lost, cli

# ---------------------------------------------------------------------------------------------
# Rejected: one line `path:line: expected …`, exit status 1, nothing written.


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _socket(path: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()  # the socket file stays behind, which is what a seeds folder would hold


def _outside_link(path: Path) -> None:
    outside = path.parent.parent / "outside.txt"
    outside.write_text(SEED, encoding="utf-8")
    path.symlink_to(outside)


REJECTED: dict[str, tuple[bytes | Callable[[Path], None], int, str]] = {
    "empty": (b"", 1, "found an empty file"),
    "whitespace only": (b"  \n\t\n\r\n   \n", 1, "found an empty file"),
    "NUL byte": (b"Title\n\nText\x00more\n", 3, "found a NUL byte"),
    "binary": (bytes(range(256)) * 4, 1, "found a NUL byte"),
    "UTF-16 without BOM": (SEED.encode("utf-16-le"), 1, "found a NUL byte"),
    "UTF-16 BOM, odd length": (codecs.BOM_UTF16_LE + b"T\x00i", 1, "expected UTF-16 text"),
    "directory": (lambda path: path.mkdir(), 1, "found a directory"),
    "named pipe": (_fifo, 1, "found a named pipe"),
    "socket": (_socket, 1, "found a socket"),
    "symlink outside seeds/": (_outside_link, 1, "found a symlink to"),
    "dangling symlink": (lambda path: path.symlink_to(path.parent / "gone"), 1, "expected a"),
}


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    return folder


def _make(path: Path, content: bytes | Callable[[Path], None]) -> None:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        content(path)


@pytest.mark.parametrize("case", REJECTED)
def test_rejected_with_one_line(case: str, seeds: Path, tmp_path: Path) -> None:
    content, line, expected = REJECTED[case]
    (seeds / "good.txt").write_text(SEED, encoding="utf-8")
    bad = seeds / "bad seed.txt"
    _make(bad, content)
    docs = tmp_path / "docs"
    result = cli("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [result.stderr.strip()], result.stderr
    assert result.stderr.startswith(f"{bad}:{line}: expected"), result.stderr
    assert expected in result.stderr
    assert not docs.exists(), "a rejected seed must stop the build before anything is written"


def test_every_rejection_is_reported_at_once(seeds: Path) -> None:
    (seeds / "a.txt").write_bytes(b"")
    (seeds / "b.txt").write_bytes(b"x\x00")
    with pytest.raises(BuildError) as caught:
        load(sorted(seeds.iterdir()), root=seeds)
    errors = [(e.source, e.line) for e in caught.value.errors]
    assert errors == [(str(seeds / "a.txt"), 1), (str(seeds / "b.txt"), 1)]


def test_symlink_inside_seeds_is_read(seeds: Path) -> None:
    (seeds / "real.txt").write_text(SEED, encoding="utf-8")
    (seeds / "alias.txt").symlink_to("real.txt")
    alias, real = load(sorted(seeds.iterdir()), root=seeds)
    assert alias.title == real.title
    assert (alias.slug, real.slug) == ("a-title-for-the-test", "a-title-for-the-test-2")


def test_parse_command_on_a_missing_file_is_one_line(tmp_path: Path) -> None:
    result = cli("parse", str(tmp_path / "nope.txt"))
    assert result.returncode == 1
    missing = tmp_path / "nope.txt"
    assert result.stderr == f"{missing}:1: expected a readable file (No such file or directory)\n"


def test_unwritable_docs_is_one_line(seeds: Path, tmp_path: Path) -> None:
    (seeds / "a.txt").write_text(SEED, encoding="utf-8")
    docs = tmp_path / "docs"
    docs.write_text("a file where the docs folder should be", encoding="utf-8")
    result = cli("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr


# ---------------------------------------------------------------------------------------------
# Encodings: read, with a warning where the file is not plain UTF-8; no mojibake.

WINDOWS_TEXT = "Title\n\nDon’t say “café” — it’s naïve… €5\n\n  1. Zoë says:\n\n    Ça va? ½\n"


def _load_one(seeds: Path, name: str, data: bytes) -> Discussion:
    (seeds / name).write_bytes(data)
    (discussion,) = load([seeds / name], root=seeds)
    return discussion


BOM_WARNING = "encoded as {} (byte order mark); read as such, not UTF-8"
ENCODED: dict[str, tuple[bytes, str | None]] = {
    "UTF-8": (WINDOWS_TEXT.encode("utf-8"), None),
    "UTF-8 with BOM": (codecs.BOM_UTF8 + WINDOWS_TEXT.encode("utf-8"), None),
    "UTF-16 LE with BOM": (
        codecs.BOM_UTF16_LE + WINDOWS_TEXT.encode("utf-16-le"),
        BOM_WARNING.format("UTF-16"),
    ),
    "UTF-16 BE with BOM": (
        codecs.BOM_UTF16_BE + WINDOWS_TEXT.encode("utf-16-be"),
        BOM_WARNING.format("UTF-16"),
    ),
    "UTF-32 LE with BOM": (
        codecs.BOM_UTF32_LE + WINDOWS_TEXT.encode("utf-32-le"),
        BOM_WARNING.format("UTF-32"),
    ),
    "cp1252": (WINDOWS_TEXT.encode("cp1252"), "not valid UTF-8 (byte 0x92); 12 bytes read as cp1252"),
}


@pytest.mark.parametrize("case", ENCODED)
def test_encodings_are_read_without_mojibake(case: str, seeds: Path) -> None:
    data, warning = ENCODED[case]
    discussion = _load_one(seeds, "seed.txt", data)
    expected = parse(WINDOWS_TEXT, str(seeds / "seed.txt"))
    assert discussion_dict(discussion)["article"] == discussion_dict(expected)["article"]
    assert discussion.comments == expected.comments
    assert discussion.title == "Title"
    messages = [w.message for w in discussion.warnings]
    assert messages == ([warning] if warning else [])


def test_latin1_is_read_as_cp1252(seeds: Path) -> None:
    text = "Título\n\nCafé à la crème, Straße, ½ £.\n"
    discussion = _load_one(seeds, "seed.txt", text.encode("latin-1"))
    assert discussion.article[0].text == "Café à la crème, Straße, ½ £."
    assert [(w.line, w.message) for w in discussion.warnings] == [
        (1, "not valid UTF-8 (byte 0xED); 7 bytes read as cp1252")
    ]


def test_stray_cp1252_byte_leaves_the_utf8_intact(seeds: Path) -> None:
    data = "Заголовок\n\nМир — ".encode() + b"don\x92t\n"
    discussion = _load_one(seeds, "seed.txt", data)
    assert (discussion.title, discussion.article[0].text) == ("Заголовок", "Мир — don’t")
    assert [(w.line, w.message) for w in discussion.warnings] == [
        (3, "not valid UTF-8 (byte 0x92); 1 byte read as cp1252")
    ]


def test_cp1252_undefined_byte_is_kept_not_dropped(seeds: Path) -> None:
    discussion = _load_one(seeds, "seed.txt", b"Title\n\nA\x81B\n")
    assert discussion.article[0].text == "A\x81B"


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["CRLF", "lone CR"])
def test_line_ends(newline: str) -> None:
    converted = parse(SEED.replace("\n", newline), "x.txt")
    assert discussion_dict(converted) == discussion_dict(parse(SEED, "x.txt"))
    assert converted.warnings == ()


# ---------------------------------------------------------------------------------------------
# Invisible and odd white space: indentation is normalised (with a warning), text is kept.

INDENTED: dict[str, tuple[Callable[[str], str], str]] = {
    "tabs": (
        lambda seed: seed.replace("  1.", "\t1.").replace("      Its", "\t\t\tIts").replace("    ", "\t\t"),
        "tab in the indentation (8 in all); a tab counts as 2 spaces (one level)",
    ),
    "no-break spaces": (
        lambda seed: seed.replace("    • ", "\u00a0\u00a0\u00a0\u00a0• "),
        "no-break or other non-ASCII space in the indentation (4 in all); read as a space",
    ),
    "ideographic and thin spaces": (
        lambda seed: seed.replace("  2.", "\u3000\u20092."),
        "no-break or other non-ASCII space in the indentation (2 in all); read as a space",
    ),
    "zero-width characters": (
        lambda seed: seed.replace("  1.", "\u200b  \ufeff1.").replace("    • ", "  \u200d  \u2060• "),
        "zero-width character in the indentation (4 in all); dropped",
    ),
}


@pytest.mark.parametrize("case", INDENTED)
def test_odd_indentation_gives_the_same_tree(case: str) -> None:
    change, warning = INDENTED[case]
    odd = parse(change(SEED), "x.txt")
    plain = parse(SEED, "x.txt")
    assert discussion_dict(odd)["comments"] == discussion_dict(plain)["comments"]
    assert [w.message for w in odd.warnings] == [warning]


def test_no_break_space_after_the_number() -> None:
    discussion = parse("Title\n\n  1.\u00a0Text\n  2.\u2003More\n", "x.txt")
    assert [(c.id, c.paragraphs[0].text) for c in discussion.comments] == [("c1", "Text"), ("c2", "More")]


def test_invisible_characters_in_text_are_kept() -> None:
    text = "zero\u200bwidth no\u00a0break soft\u00adhyphen joiner\u2060here"
    discussion = parse(f"Title\n\n{text}\n\n  1. {text}\n", "x.txt")
    assert discussion.article[0].text == text
    assert discussion.comments[0].paragraphs[0].text == text


def test_line_of_only_invisible_characters_is_blank() -> None:
    discussion = parse("Title\n\nOne\n\u200b\u00a0\nTwo\n", "x.txt")
    assert [p.text for p in discussion.article] == ["One", "Two"]


# ---------------------------------------------------------------------------------------------
# Structure: odd but readable, parsed with a warning and nothing lost.

STRUCTURE: dict[str, tuple[str, list[str], list[tuple[int, str]]]] = {
    "numbering gap": (
        "T\n\n  1. a\n\n  3. b\n",
        ["c1", "c3"],
        [(5, "comment 3 follows comment 1" + THREAD_RISK)],
    ),
    "repeated number": (
        "T\n\n  1. a\n\n  2. b\n\n  2. c\n\n    • d\n",
        ["c1", "c2", "c2_2", "c2_2-1"],
        [(7, "comment 2 follows comment 2" + THREAD_RISK)],
    ),
    "out of order": (
        "T\n\n  2. a\n\n  1. b\n",
        ["c2", "c1"],
        [
            (3, "comment 2 follows comment 0" + THREAD_RISK),
            (5, "comment 1 follows comment 2" + THREAD_RISK),
        ],
    ),
    "two-level jump": (
        "T\n\n  1. a\n\n      • b\n",
        ["c1", "c1-1"],
        [(5, "reply indented 2 levels below its parent; nested one level" + THREAD_RISK)],
    ),
    "comment with no text": (
        "T\n\n  1.\n\n  2. b\n",
        ["c1", "c2"],
        [(3, "comment c1 has no text")],
    ),
    "reply with no text": (
        "T\n\n  1. a\n\n    •\n",
        ["c1", "c1-1"],
        [(5, "comment c1-1 has no text")],
    ),
    "author but no text": (
        "T\n\n  1. Bob says:\n",
        ["c1"],
        [(3, "comment c1 has no text")],
    ),
    "text after the last comment": (
        "T\n\n  1. a\n\nSigned, the archivist.\n",
        ["c1"],
        [(5, "text less indented than comment c1; kept as part of it" + THREAD_RISK)],
    ),
    "reply bullet before any comment": (
        "T\n\n  • a stray bullet\n\nArticle.\n\n  1. a\n",
        ["c1"],
        [
            (
                3,
                "reply bullet before the first numbered comment; kept as article text" + THREAD_RISK,
            )
        ],
    ),
    "no title": (
        "\n\n  1. a\n",
        ["c1"],
        [(1, "no title line; using 'x' from the file name")],
    ),
    "no comments at all": ("T\n\nJust an article.\n", [], []),
    "no Posted on line": ("T\n\nBy Ann\n\nText.\n\n  1. a\n", ["c1"], []),
}


@pytest.mark.parametrize("case", STRUCTURE)
def test_odd_structure_is_parsed_with_warnings(case: str) -> None:
    text, ids, warnings = STRUCTURE[case]
    discussion = parse(text, "x.txt")
    assert [c.id for c in walk(discussion.comments)] == ids
    assert [(w.line, w.message) for w in discussion.warnings] == warnings
    assert_nothing_lost(text, discussion)


def test_empty_comments_page_renders(tmp_path: Path, seeds: Path) -> None:
    (seeds / "x.txt").write_text("T\n\nJust an article.\n", encoding="utf-8")
    build(seeds, tmp_path / "docs")
    page = (tmp_path / "docs" / "discussions" / "t.md").read_text(encoding="utf-8")
    assert "No comments" in page
    assert "Just an article." in page


def test_strict_turns_warnings_into_errors(seeds: Path) -> None:
    (seeds / "x.txt").write_text("T\n\n  1. a\n\n  3. b\n", encoding="utf-8")
    relaxed = cli("check", "--seeds", str(seeds))
    strict = cli("check", "--seeds", str(seeds), "--strict")
    assert relaxed.returncode == 0
    assert f"{seeds / 'x.txt'}:5: warning: comment 3 follows comment 1" in relaxed.stderr
    assert strict.returncode == 1
    assert strict.stderr.endswith("1 warning (--strict)\n")


def test_parser_raises_seed_error_for_empty_text() -> None:
    with pytest.raises(SeedError, match=r"^x\.txt:1: expected a discussion dump"):
        parse(" \n\ufeff", "x.txt")


# ---------------------------------------------------------------------------------------------
# Names: colliding slugs, non-Latin titles, odd file names.


def test_colliding_titles_get_distinct_slugs(seeds: Path) -> None:
    (seeds / "a.txt").write_text("Hero or Traitor?\n\nText.\n", encoding="utf-8")
    (seeds / "b.txt").write_text("Hero — or TRAITOR!\n\nText.\n", encoding="utf-8")
    first, second = load([seeds / "a.txt", seeds / "b.txt"], root=seeds)
    assert (first.slug, second.slug) == ("hero-or-traitor", "hero-or-traitor-2")
    taken = f"slug 'hero-or-traitor' is taken by {seeds / 'a.txt'}; this page is 'hero-or-traitor-2'"
    assert [str(w) for w in second.warnings] == [f"{seeds / 'b.txt'}:1: {taken}"]


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Виктор Беленко — герой или предатель?", "виктор-беленко-герой-или-предатель"),
        ("Ο Βελένκο: ήρωας ή προδότης;", "ο-βελένκο-ήρωας-ή-προδότης"),
        ("ベレンコ中尉亡命事件", "ベレンコ中尉亡命事件"),
        ("别连科叛逃 (1976)", "别连科叛逃-1976"),
        ("İstanbul IŞIK", "istanbul-isik"),
        ("हिन्दी समाचार", "हिन्दी-समाचार"),
        ("ข่าวไทย_ล่าสุด", "ข่าวไทย-ล่าสุด"),
        ("!!! ???", "discussion"),
    ],
)
def test_non_latin_titles_give_readable_slugs(title: str, slug: str, seeds: Path) -> None:
    (seeds / "x.txt").write_text(f"{title}\n\nText.\n", encoding="utf-8")
    (discussion,) = load([seeds / "x.txt"], root=seeds)
    assert discussion.slug == slug


@pytest.mark.parametrize("name", ["with spaces.txt", "Ünïcødé — name.txt", "日本語.txt", "-dash.txt"])
def test_odd_seed_file_names(name: str, seeds: Path, tmp_path: Path) -> None:
    (seeds / name).write_text(SEED, encoding="utf-8")
    result = cli("build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"))
    assert result.returncode == 0, result.stderr
    assert f"{seeds / name}: discussions/a-title-for-the-test.md" in result.stdout
    assert (tmp_path / "docs" / "discussions" / "a-title-for-the-test.md").is_file()


def test_title_from_odd_file_name(seeds: Path) -> None:
    (seeds / "Ünïcødé_name.txt").write_text("\n  1. only a comment\n", encoding="utf-8")
    (discussion,) = load([seeds / "Ünïcødé_name.txt"], root=seeds)
    assert (discussion.title, discussion.slug) == ("Ünïcødé name", "unicøde-name")


@pytest.mark.parametrize(
    "data",
    [
        SEED.encode("utf-8"),
        codecs.BOM_UTF8 + SEED.encode("utf-8"),
        ("Caf\u00e9 " + SEED).encode("cp1252"),
        codecs.BOM_UTF16_LE + SEED.encode("utf-16-le"),
        ("Caf\u00e9 " + SEED).encode("utf-8"),
    ],
    ids=["utf-8", "utf-8 with bom", "cp1252", "utf-16", "non-ascii utf-8"],
)
def test_a_seed_digest_is_that_of_its_text_encoded_as_utf8(tmp_path: Path, data: bytes) -> None:
    # The file's own bytes stand in for the encoded text only where they are exactly that.
    path = tmp_path / "seed.txt"
    path.write_bytes(data)
    seed, digest = read_seed(path)
    assert digest == text_digest(seed.text)
    assert (seed.utf8 is not None) == (data == seed.text.encode("utf-8"))
