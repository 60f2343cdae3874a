"""The site's copy of the Atom feed, given what only MkDocs knows: the site's name as its title
and, when ``site_url`` is set, an ``xml:base`` (RFC 4287 section 2) that makes its relative links
absolute. The feed in the docs folder (:mod:`generator.pages.feed`) stays as the build wrote it,
with links relative to the site's root, which is what a site without ``site_url`` serves."""

from __future__ import annotations

import os
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from generator.pages.feed import ATOM
from generator.pages.paths import FEED_PAGE

XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"


def publish_feed(site_dir: Path, site_name: str, site_url: str | None) -> None:
    """Give the built site's feed its title and (with ``site_url``) its base; nothing when the
    site has no feed (a docs folder the generator never wrote)."""
    path = site_dir / FEED_PAGE
    try:
        tree = ET.parse(path)  # the build's own file: no entity or DTD in it
    except FileNotFoundError:
        return
    feed = tree.getroot()
    title = feed.find(f"{{{ATOM}}}title")
    if title is not None and site_name:
        title.text = site_name
    author = feed.find(f"{{{ATOM}}}author/{{{ATOM}}}name")
    if author is not None and site_name:
        author.text = site_name
    if site_url:
        feed.set(XML_BASE, site_url if site_url.endswith("/") else site_url + "/")
    ET.register_namespace("", ATOM)
    handle, staged = tempfile.mkstemp(dir=site_dir, prefix=".feed-", suffix=".xml")
    try:
        with os.fdopen(handle, "wb") as stream:
            tree.write(stream, encoding="utf-8", xml_declaration=True)
        os.replace(staged, path)
    except BaseException:
        os.unlink(staged)
        raise
