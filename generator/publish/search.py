"""The site's search engine, chosen in mkdocs.yml: ``extra: archive: search: material | pagefind``.

``material`` (the default) is Material's built-in search: one JSON index the browser downloads
whole before the first query; fine for a few discussions, megabytes for an archive. ``pagefind``
runs `Pagefind <https://pagefind.app>`_ (PyPI ``pagefind[bin]``) over the built site: the browser
fetches only the index chunks and fragments a query needs, and each comment heading's id gives a
sub-result, so results still land on the comment.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

SEARCH_ENGINES = ("material", "pagefind")
"""Values of the ``search`` option; the first is the default."""

ASSET_DIR = "assets/archive"
"""Where the search box's script and style go in the built site."""

BUNDLE_DIR = "pagefind"
"""Pagefind's output folder in the built site (its default)."""

_ASSETS = Path(__file__).parent / "assets"
RESULTS_SHOWN = 4
"""Results the search box shows before "Load more" (``pageSize`` in pagefind-search.js)."""

ASSETS = ("pagefind-search.js", "pagefind-search.css")
"""The search box files copied into the site with Pagefind."""

CONTENT_TAG = '<article class="md-content__inner md-typeset">'
"""The opening tag of the page content in Material's page template."""


def mark_for_pagefind(html: str, meta: Mapping[str, object]) -> str:
    """Mark the page content for Pagefind, unless the page is kept out of search.

    Pagefind indexes only what ``data-pagefind-body`` marks once any page has it: so not Material's
    header, navigation and footer, nor 404.html, nor pages whose front matter says
    ``search: {exclude: true}`` (as for Material's search).
    """
    search = meta.get("search")
    if isinstance(search, Mapping) and search.get("exclude"):
        return html
    return html.replace(CONTENT_TAG, CONTENT_TAG[:-1] + " data-pagefind-body>", 1)


EXCLUDE_SELECTORS = ("[data-search-exclude]", ".headerlink")
"""What neither search indexes: collapsed-comment labels, reply meta lines, permalink signs."""


class SearchConfigError(ValueError):
    """The ``search`` option names no known engine."""


def search_engine(extra: Mapping[str, object]) -> str:
    """The engine named by ``extra: archive: search:`` in mkdocs.yml (``material`` if unset)."""
    archive = extra.get("archive") or {}
    if not isinstance(archive, Mapping):
        raise SearchConfigError("extra.archive: expected a mapping of options")
    engine = archive.get("search", SEARCH_ENGINES[0])
    if engine not in SEARCH_ENGINES:
        raise SearchConfigError(
            f"extra.archive.search: expected one of {', '.join(SEARCH_ENGINES)}, found {engine!r}"
        )
    return str(engine)


def pagefind_css() -> list[str]:
    """Style sheets every page links when Pagefind is the engine (relative to the site root)."""
    return [f"{BUNDLE_DIR}/pagefind-ui.css", f"{ASSET_DIR}/pagefind-search.css"]


def pagefind_javascript() -> list[str]:
    """Scripts every page loads when Pagefind is the engine: its UI, then our search box."""
    return [f"{BUNDLE_DIR}/pagefind-ui.js", f"{ASSET_DIR}/pagefind-search.js"]


def index_site(site_dir: Path) -> str:
    """Copy the search box into ``site_dir`` and run Pagefind over it; returns Pagefind's report.

    Raises :class:`RuntimeError` with Pagefind's output when it fails.
    """
    assets = site_dir / ASSET_DIR
    assets.mkdir(parents=True, exist_ok=True)
    for name in ASSETS:
        shutil.copyfile(_ASSETS / name, assets / name)
    command = [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(site_dir),
        "--output-subdir",
        BUNDLE_DIR,
        "--exclude-selectors",
        ",".join(EXCLUDE_SELECTORS),
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode:
        raise RuntimeError(f"pagefind failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    return result.stdout
