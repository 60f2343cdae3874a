"""MkDocs hook (``hooks:`` in mkdocs.yml): regenerate the pages from ``seeds/`` before each build.

A thin adapter: :func:`generator.build.site.build` writes the pages, :mod:`generator.publish.fastpages` spares
MkDocs the work a generated page does not need, :mod:`generator.publish.search` wires the search engine.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from generator.build import manifest
from generator.errors import shown_path
from generator.model import threatens_thread
from generator.pages.pager import Pager, archive_order
from generator.pages.paths import INDEX_PAGE, section_of
from generator.pages.split import SPLIT_BYTES
from generator.publish import fastpages
from generator.publish.current import mark_current
from generator.publish.feeds import publish_feed
from generator.publish.search import (
    SearchConfigError,
    index_site,
    mark_for_pagefind,
    pagefind_css,
    pagefind_javascript,
    search_engine,
)

log = logging.getLogger("mkdocs.hooks.generator")

_generated: set[str] = set()
"""Discussion pages (paths relative to the docs folder) the generator made in this build: raw
HTML blocks only, like the site-wide pages of :func:`fastpages.site_page_kind` ``RAW``."""
_comment_feeds: set[str] = set()
"""The discussions' comment feeds the generator made in this build (``discussions/<slug>.xml``)."""
_bodies: dict[str, str] = {}
"""Page bodies held between ``on_page_markdown`` and ``on_page_content``."""
_stashed: dict[str, list[str]] = {}
"""Raw blocks of the timeline-like pages, held while Markdown reads the rest of the page."""
_full: dict[str, str] = {}
"""Pages whose HTML Material's search sees in lean form, until ``on_page_context`` puts it back."""
_pager = Pager([])
"""The previous / next links of the discussion pages, in the home page's order."""
_lit: list[Any] = []
"""The nav entry shown as the current section while a page outside the nav renders."""


def _material_search(config: Any) -> Any | None:
    plugin = config.plugins.get("material/search") or config.plugins.get("search")
    return plugin if plugin is not None and getattr(plugin.config, "enabled", True) else None


def on_config(config: Any) -> Any:
    """Refuse directory URLs (pages link to ``….html``); wire the search engine the config names."""
    if config.use_directory_urls:
        raise PluginError("generator: set 'use_directory_urls: false' in mkdocs.yml")
    try:
        engine = search_engine(config.extra)
    except SearchConfigError as error:
        raise PluginError(f"generator: {error}") from None
    if engine == "pagefind":
        search = _material_search(config)
        if search is not None:
            search.config.enabled = False
        config.extra_css.extend(pagefind_css())
        config.extra_javascript.extend(pagefind_javascript())
    return config


def on_pre_build(config: Any) -> None:
    """Parse every seed and write the pages whose content changed; a rejected seed stops the build."""
    seeds, docs = Path(config.config_file_path).parent / "seeds", Path(config.docs_dir)
    # Nothing changed since the last build (`mkdocs serve` rebuilding for an edit of a
    # hand-written page, say): its report stands, and the generator is not even loaded.
    split = _split(config)
    outcome, written, removed = manifest.unchanged(seeds, docs, split), 0, 0
    if outcome is None:
        from generator.build.report import BuildError
        from generator.build.site import build

        try:
            report = build(seeds, docs, split=split, waiting=_waiting)
        except BuildError as error:
            raise PluginError(f"generator: seeds rejected:\n{error}") from None
        except OSError as error:
            # A read-only or full disk, a folder where a page goes: one line, as the command
            # line has it (MkDocs shows a traceback for anything but its own errors).
            where = shown_path(str(error.filename or docs))
            raise PluginError(f"generator: {where}: cannot write: {error.strerror or error}") from None
        if report.cache_problem is not None:
            log.info("generator: %s", report.cache_problem)
        outcome, written, removed = report.outcome(), len(report.written), len(report.removed)
    _generated.clear()
    _generated.update(page for page in outcome.pages() if page.endswith(".md"))
    _comment_feeds.clear()
    _comment_feeds.update(page for page in outcome.pages() if page.endswith(".xml"))
    _bodies.clear()
    _stashed.clear()
    _full.clear()
    global _pager
    _pager = Pager(archive_order(_read(docs / INDEX_PAGE)))
    for source, line, message in outcome.notes:
        log.debug("%s:%d: %s", shown_path(source), line, message)
    for source, line, message in outcome.warnings:
        # What may make a thread wrong is a WARNING, so `mkdocs build --strict` (make site)
        # stops on it with the file and line rather than publish a wrong thread. What is merely
        # odd is INFO: the seed reads right and the site builds (`check --strict` gates those).
        say = log.warning if threatens_thread(message) else log.info
        say("seed warning: %s:%d: %s", shown_path(source), line, message)
    discussions = len(outcome.discussions)
    if not discussions:
        # Unlike `python -m generator build`, which refuses a missing or empty seeds folder (a
        # mistyped --seeds), the site builds: its seeds folder is always the one beside
        # mkdocs.yml, and a site with no discussion yet (a new archive) is a site.
        log.info("generator: %s holds no seeds (*.txt, *.html …): the archive is empty", seeds)
    log.info("generator: %d discussions, %d pages written, %d removed", discussions, written, removed)


def _read(path: Path) -> str:
    """The text of ``path``, "" if it is missing (an archive without seeds has no home page)."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""


def _waiting(message: str) -> None:
    """Say that the build waits for another (INFO: waiting is no fault of the site's)."""
    log.info("generator: %s", message)


def _split(config: Any) -> int:
    """``extra: archive: split_bytes:`` (see :mod:`generator.pages.split`), the default if unset."""
    archive = config.extra.get("archive") or {}
    split = archive.get("split_bytes", SPLIT_BYTES)
    if type(split) is not int or split < 0:
        raise PluginError(f"generator: extra.archive.split_bytes must be a number of bytes, not {split!r}")
    return split


def _fast(config: Any) -> bool:
    archive = config.extra.get("archive") or {}
    return bool(archive.get("fast_pages", True))


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """A generated raw-HTML page skips Markdown: it is raw HTML blocks, which Markdown keeps as is.

    On the timeline, Markdown reads the headings only; its raw blocks wait aside.
    """
    if not _fast(config):
        return markdown
    kind = fastpages.site_page_kind(page.file.src_uri)
    if page.file.src_uri in _generated or kind == fastpages.RAW:
        _bodies[page.file.src_uri] = markdown
        return ""
    if kind == fastpages.MIXED:
        markdown, _stashed[page.file.src_uri] = fastpages.stash_raw_blocks(markdown)
    return markdown


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """The page body as its HTML; Material's search gets a lean copy (:mod:`generator.publish.fastpages`)."""
    blocks = _stashed.pop(page.file.src_uri, None)
    if blocks is not None:
        return fastpages.restore_raw_blocks(html, blocks)
    body = _bodies.pop(page.file.src_uri, None)
    if body is not None:
        html = fastpages.body_html(body)
    # A discussion page's links to its neighbours in the archive (see generator.pages.pager).
    foot = _pager.foot(page.file.src_uri)
    if foot is not None:
        html = f"{html}\n{foot}"
    if body is None:
        return html
    if _material_search(config) is None:
        return html
    _full[page.file.src_uri] = html
    return fastpages.search_html(html)


@event_priority(-100)  # after Material's search has indexed the lean copy
def on_page_context(context: Any, page: Any, config: Any, nav: Any) -> Any:
    """Put the whole page back before the template renders it; tell the template of the
    page's comment feed, if it has one (``overrides/main.html`` links it in the head); light the
    nav entry of the section of a page outside the nav."""
    feed = page.file.src_uri.removesuffix(".md") + ".xml"
    if feed in _comment_feeds:
        page.meta["comment_feed"] = feed.rsplit("/", 1)[-1]  # beside the page
    full = _full.pop(page.file.src_uri, None)
    if full is not None:
        page.content = fastpages.strip_search_attributes(full)
    _light_section(page, nav)
    return context


def _light_section(page: Any, nav: Any) -> None:
    """Mark the nav entry of the section a page outside the nav belongs to (the archive for a
    discussion, the participants or timeline page for their sub-pages) active, as MkDocs marks
    the page being rendered, so Material highlights it; :func:`on_post_page` puts it out."""
    section = section_of(page.file.src_uri)
    if section is None or nav is None or page in nav.pages:
        return
    for entry in nav.pages:
        if entry.file.src_uri == section:
            entry.active = True  # MkDocs activates the entry's parents too
            _lit.append(entry)
            return


def on_post_page(output: str, page: Any, config: Any) -> str:
    """Say which menu entry is lit to assistive technology (:mod:`generator.publish.current`);
    with ``search: pagefind``, mark the page's content for indexing (:mod:`generator.publish.search`)."""
    while _lit:  # the page is rendered: its section's entry is no longer the current one
        _lit.pop().active = False
    output = mark_current(output)
    if search_engine(config.extra) != "pagefind":
        return output
    return mark_for_pagefind(output, page.meta)


def on_post_build(config: Any) -> None:
    """Give the site's feed its title and base (:mod:`generator.publish.feeds`); with ``search:
    pagefind``, index the built site and add the search box's files."""
    publish_feed(Path(config.site_dir), config.site_name, config.site_url)
    if search_engine(config.extra) != "pagefind":
        return
    try:
        index_site(Path(config.site_dir))
    except RuntimeError as error:
        raise PluginError(f"generator: {error}") from None
