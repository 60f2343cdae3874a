"""``add`` with an http(s) address against servers on 127.0.0.1 started here that answer badly:
not HTTP at all, a body cut short of its ``Content-Length``, a redirect to another kind of
address. Each is refused in one line, and no seed file is left behind."""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.errors import SeedError
from generator.read import fetch

PAGE = b"<!DOCTYPE html><html><head><title>Fetched</title></head><body><p>Whole page.</p></body></html>"


@pytest.fixture
def ftp_listener() -> Iterator[socket.socket]:
    """A socket that stands in for an FTP server: whether anyone connected is looked at later."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.setblocking(False)
    try:
        yield listener
    finally:
        listener.close()


def _connected(listener: socket.socket) -> bool:
    try:
        connection, _ = listener.accept()
    except BlockingIOError:
        return False
    connection.close()
    return True


@pytest.fixture
def server(ftp_listener: socket.socket) -> Iterator[str]:
    ftp_port = ftp_listener.getsockname()[1]

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/garbage":
                self.wfile.write(b"GARBAGE\r\n\r\n")
            elif self.path == "/short":
                self.send_response(200)
                self.send_header("Content-Length", str(len(PAGE) + 1000))
                self.end_headers()
                self.wfile.write(PAGE)  # and the connection closes (HTTP/1.0)
            elif self.path.startswith("/to-"):
                target = {
                    "/to-ftp": f"ftp://127.0.0.1:{ftp_port}/page.html",
                    "/to-file": "file:///etc/passwd",
                    "/to-page": "/page",
                    "/to-hop": "/to-ftp",
                }[self.path]
                self.send_response(302)
                self.send_header("Location", target)
                self.send_header("Content-Length", "0")
                self.end_headers()
            else:
                self.send_response(200)
                self.send_header("Content-Length", str(len(PAGE)))
                self.end_headers()
                self.wfile.write(PAGE)

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _refused(url: str, seeds: Path) -> str:
    with pytest.raises(SeedError) as caught:
        fetch.add(url, seeds)
    message = str(caught.value)
    assert message.startswith(f"{url}:1: expected ") and "\n" not in message
    assert not seeds.exists() or not list(seeds.iterdir())  # nothing saved
    return message


def test_a_whole_page_and_an_http_redirect_are_saved(server: str, tmp_path: Path) -> None:
    assert fetch.add(f"{server}/page", tmp_path).read_bytes() == PAGE
    assert fetch.add(f"{server}/to-page", tmp_path, name="redirected").read_bytes() == PAGE


def test_a_reply_that_is_not_http_is_refused_in_one_line(server: str, tmp_path: Path) -> None:
    message = _refused(f"{server}/garbage", tmp_path)
    assert "expected an HTTP reply, found a broken one (BadStatusLine" in message


def test_a_body_cut_short_of_its_length_is_refused(server: str, tmp_path: Path) -> None:
    message = _refused(f"{server}/short", tmp_path)
    assert message.endswith(f"expected {len(PAGE) + 1000} bytes (Content-Length), found {len(PAGE)}")


def test_a_redirect_to_ftp_is_refused_without_a_connection(
    server: str, tmp_path: Path, ftp_listener: socket.socket, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fetch, "TIMEOUT", 3.0)  # a reader that did follow would wait for a banner
    message = _refused(f"{server}/to-ftp", tmp_path)
    assert "expected a redirect to an http(s) address, found one to 'ftp://127.0.0.1:" in message
    # Two redirects: the report names the address asked for, not the one that redirected.
    assert "found one to 'ftp://127.0.0.1:" in _refused(f"{server}/to-hop", tmp_path)
    assert not _connected(ftp_listener)
    assert "file:///etc/passwd" in _refused(f"{server}/to-file", tmp_path)  # urllib's own refusal


def test_download_takes_http_addresses_only(tmp_path: Path) -> None:
    for url in ("ftp://127.0.0.1/x.html", "file:///etc/passwd", "data:text/html,<p>x</p>"):
        with pytest.raises(SeedError, match="expected an http\\(s\\) address, found another kind"):
            fetch.download(url)
