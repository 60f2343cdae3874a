"""``python -m generator add SOURCE``: a saved page or a text dump copied into the seeds folder
under a clean name, or a page downloaded from an http(s) address (with a time limit and a size
cap; nothing but the one page is fetched, and it is not parsed beyond a check that it reads)."""

from __future__ import annotations

import shutil
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from generator.errors import SeedError
from generator.read.slugs import slugify
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
    stem = slugify(name[: len(name) - len(suffix)]) or "page"
    out = stem + (suffix or ".html")
    assert is_seed(out)
    return out


def _default_name(source: str, is_url: bool) -> str:
    if not is_url:
        return Path(source).name
    parts = urllib.parse.urlsplit(source)
    path = [part for part in parts.path.split("/") if part]
    return (path[-1] if path else parts.hostname or "page").removesuffix(".php")


def download(url: str) -> bytes:
    """The bytes at ``url`` (http or https only), refused past :data:`MAX_DOWNLOAD` bytes."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        # Redirects are followed only to http(s) (urllib refuses other schemes on redirect).
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            data: bytes = response.read(MAX_DOWNLOAD + 1)
    except urllib.error.HTTPError as error:
        raise SeedError(url, 1, f"expected the page, found HTTP {error.code} {error.reason}") from None
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", None) or error
        raise SeedError(url, 1, f"expected the page, found a failed download ({reason})") from None
    if len(data) > MAX_DOWNLOAD:
        raise SeedError(url, 1, f"expected a page of at most {MAX_DOWNLOAD // 2**20} MiB, found more")
    return data
