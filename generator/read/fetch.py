"""``python -m generator add SOURCE``: a saved page or a text dump copied into the seeds folder
under a clean name, or a page downloaded from an http(s) address (with a time limit and a size
cap; nothing but the one page is fetched, and it is not parsed beyond a check that it reads)."""

from __future__ import annotations

import http.client
import shutil
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import IO

from generator.errors import SeedError
from generator.read.slugs import file_stem
from generator.read.suffixes import SEED_SUFFIXES, is_seed

TIMEOUT = 30.0
"""Seconds a download may stall before it is given up."""

MAX_DOWNLOAD = 64 * 1024 * 1024
"""Largest page downloaded (64 MiB): far above any real discussion page."""

USER_AGENT = "discussion-archive (python -m generator add)"


def add(source: str, seeds_dir: Path, name: str | None = None) -> Path:
    """Copy or download ``source`` into ``seeds_dir``; returns the new seed's path.

    Raises :class:`SeedError` (one line) when the source cannot be read or the name is taken.
    """
    is_url = source.lower().startswith(("http://", "https://"))
    target = seeds_dir / clean_name(name or _default_name(source, is_url), is_url)
    if target.exists():
        raise SeedError(str(target), 1, "expected a new seed name, found an existing file (use --name)")
    seeds_dir.mkdir(parents=True, exist_ok=True)
    if is_url:
        data = download(source)
        target.write_bytes(data)
        return target
    path = Path(source)
    if not path.is_file():
        raise SeedError(source, 1, "expected a saved page or a text dump, found no such file")
    shutil.copyfile(path, target)
    return target


def clean_name(name: str, is_url: bool = False) -> str:
    """A seed name of word characters and dashes, with a seed suffix (``.html`` if it had none)."""
    lowered = name.lower()
    suffix = next((s for s in sorted(SEED_SUFFIXES, key=len, reverse=True) if lowered.endswith(s)), "")
    stem = file_stem(name[: len(name) - len(suffix)], "page")
    out = stem + (suffix or ".html")
    assert is_seed(out)
    return out


def _default_name(source: str, is_url: bool) -> str:
    if not is_url:
        return Path(source).name
    parts = urllib.parse.urlsplit(source)
    path = [part for part in parts.path.split("/") if part]
    return (path[-1] if path else parts.hostname or "page").removesuffix(".php")


class _HttpRedirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http(s) addresses only: urllib's own handler also follows ``ftp://``."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        """The request for the redirect's target; :class:`SeedError` when it is not http(s)."""
        if not newurl.lower().startswith(("http://", "https://")):
            fp.close()  # the redirect's own reply, which urllib closes only when it follows
            raise SeedError(
                req.full_url, 1, f"expected a redirect to an http(s) address, found one to {newurl[:200]!r}"
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def download(url: str) -> bytes:
    """The bytes at ``url`` (http or https only), refused past :data:`MAX_DOWNLOAD` bytes, when
    cut short of its ``Content-Length``, or when redirected to another kind of address."""
    if not url.lower().startswith(("http://", "https://")):
        raise SeedError(url, 1, "expected an http(s) address, found another kind")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    opener = urllib.request.build_opener(_HttpRedirects)
    try:
        with opener.open(request, timeout=TIMEOUT) as response:
            data: bytes = response.read(MAX_DOWNLOAD + 1)
            length = response.headers.get("Content-Length")
    except SeedError as error:
        # A refused redirect names the address that redirected; the report names the one asked for.
        raise SeedError(url, 1, error.message) from None
    except urllib.error.HTTPError as error:
        error.close()
        raise SeedError(url, 1, f"expected the page, found HTTP {error.code} {error.reason}") from None
    except http.client.HTTPException as error:
        # A reply that is not HTTP (BadStatusLine), or one cut off mid-chunk (IncompleteRead).
        what = f"{type(error).__name__}: {str(error)[:200]!r}"
        raise SeedError(url, 1, f"expected an HTTP reply, found a broken one ({what})") from None
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", None) or error
        raise SeedError(url, 1, f"expected the page, found a failed download ({reason})") from None
    if len(data) > MAX_DOWNLOAD:
        raise SeedError(url, 1, f"expected a page of at most {MAX_DOWNLOAD // 2**20} MiB, found more")
    # http.client hands back what arrived when the server closes early: a saved page cut short
    # would read as a whole one with its last comments missing.
    declared = (length or "").strip()
    if declared.isascii() and declared.isdigit() and len(declared) < 20 and int(declared) > len(data):
        raise SeedError(url, 1, f"expected {int(declared)} bytes (Content-Length), found {len(data)}")
    return data
