"""Saved pages as seeds through the whole build: ``check``, ``build``, ``parse`` JSON, a real
``mkdocs build --strict``, the no-op re-run, and ``add`` (a copy, or a download from a server on
127.0.0.1 started here)."""

from __future__ import annotations

import gzip
import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.read.fetch import clean_name
from tests.seedkit import cli
from tests.sitebuild import SEEDS, make_project, run_generator, run_mkdocs
from tests.test_html_hostile import comment, page

HTML_SEED = page(
    comment(7, "<p>First words of seven.</p>", comment(8, "<p>A reply to seven.</p>", author="Bob"))
    + comment(9, "<p>Third comment https://example.org/link here.</p>"),
    head='<link rel="canonical" href="https://blog.example/hostile/">'
    '<meta property="og:title" content="Saved &amp; read">',
)
TEXT_SEED = sorted(SEEDS.glob("*.txt"))[0]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    seeds: dict[str, bytes | str] = {
        "a-page.html": HTML_SEED,
        "b-page.html.gz": gzip.compress(HTML_SEED.replace("Saved &amp; read", "Packed").encode()),
        TEXT_SEED.name: TEXT_SEED.read_bytes(),
        "notes.md": "not a seed",
    }
    return make_project(tmp_path_factory.mktemp("htmlsite") / "project", seeds)


def test_check_and_build_take_html_seeds(project: Path) -> None:
    checked = run_generator(project, "check")
    assert checked.returncode == 0, checked.stderr
    assert "seeds/a-page.html: discussions/saved-read.md: 3 comments in 2 threads" in checked.stdout
    assert "seeds/b-page.html.gz: discussions/packed.md: 3 comments in 2 threads" in checked.stdout
    assert "notes.md" not in checked.stdout + checked.stderr
    built = run_generator(project, "build")
    assert built.returncode == 0, built.stderr
    markdown = (project / "docs" / "discussions" / "saved-read.md").read_text(encoding="utf-8")
    assert '<a href="https://blog.example/hostile/" rel="nofollow ugc noopener">Original page</a>' in markdown
    assert "First words of seven." in markdown and "A reply to seven." in markdown
    again = run_generator(project, "build")
    assert again.returncode == 0 and again.stdout.splitlines()[:-1] == checked.stdout.splitlines()[:-1]


def test_parse_json_has_source_ids(project: Path) -> None:
    result = run_generator(project, "parse", "seeds/a-page.html")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    (first, second) = data["comments"]
    assert (first["source_id"], first["replies"][0]["source_id"], second["source_id"]) == (
        "comment-7",
        "comment-8",
        "comment-9",
    )
    assert first["replies"][0]["author"] == "Bob" and first["replies"][0]["depth"] == 1


def test_mkdocs_builds_the_html_seeds_pages(project: Path, tmp_path: Path) -> None:
    build = run_mkdocs(project, tmp_path / "site")
    assert build.result.returncode == 0, build.result.stderr
    html = (tmp_path / "site" / "discussions" / "saved-read.html").read_text(encoding="utf-8")
    assert "First words of seven." in html and "Original page" in html
    assert 'href="https://example.org/link"' in html  # the URL kept in the text is linked, inert


def test_add_copies_a_saved_page_under_a_clean_name(tmp_path: Path) -> None:
    source = tmp_path / "My Saved Page (1).HTML"
    source.write_text(HTML_SEED, encoding="utf-8")
    seeds = tmp_path / "seeds"
    result = cli("add", str(source), "--seeds", str(seeds))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(seeds / "my-saved-page-1.html")
    assert (seeds / "my-saved-page-1.html").read_text(encoding="utf-8") == HTML_SEED
    again = cli("add", str(source), "--seeds", str(seeds))
    assert again.returncode == 1 and "existing file" in again.stderr and again.stderr.count("\n") == 1
    missing = cli("add", str(tmp_path / "nope.html"), "--seeds", str(seeds))
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1


def test_clean_names() -> None:
    assert clean_name("Thread: about bread.html") == "thread-about-bread.html"
    assert clean_name("x.HTML.GZ") == "x.html.gz"
    assert clean_name("../../etc/passwd") == "etc-passwd.html"
    assert clean_name("viewtopic") == "viewtopic.html"


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path.startswith("/missing"):
            self.send_error(404, "Not Found")
            return
        body = HTML_SEED.encode() if not self.path.startswith("/huge") else b" " * (2 * 1024 * 1024)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_add_downloads_a_page(server: str, tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    result = cli("add", f"{server}/2021/03/hostile-thread/", "--seeds", str(seeds))
    assert result.returncode == 0, result.stderr
    assert (seeds / "hostile-thread.html").read_text(encoding="utf-8") == HTML_SEED
    named = cli("add", f"{server}/x", "--seeds", str(seeds), "--name", "Chosen Name")
    assert named.returncode == 0 and (seeds / "chosen-name.html").exists()


def test_add_reports_a_failed_download_in_one_line(server: str, tmp_path: Path) -> None:
    result = cli("add", f"{server}/missing", "--seeds", str(tmp_path))
    assert result.returncode == 1 and "HTTP 404" in result.stderr and result.stderr.count("\n") == 1
    closed = cli("add", "http://127.0.0.1:9/nothing-listens", "--seeds", str(tmp_path))
    assert closed.returncode == 1 and "failed download" in closed.stderr and closed.stderr.count("\n") == 1


def test_add_caps_the_download_size(server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.errors import SeedError
    from generator.read import fetch

    monkeypatch.setattr(fetch, "MAX_DOWNLOAD", 1024 * 1024)
    with pytest.raises(SeedError, match="at most 1 MiB"):
        fetch.add(f"{server}/huge", tmp_path)
    assert not list(tmp_path.iterdir())
