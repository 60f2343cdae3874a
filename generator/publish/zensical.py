"""What the MkDocs hook adds to pages as MkDocs renders them, added to a site Zensical built.

Zensical reads mkdocs.yml but runs no MkDocs hooks, so ``make site-zensical`` (``python -m
generator site --engine zensical``, :func:`zensical_build`) runs the generator first, then
Zensical, then :func:`finish` (alone: ``python -m generator.publish.zensical SITE [DOCS]
[CONFIG]``). As
:mod:`generator.publish.hook` does, it gives each discussion page its foot of links to the
previous and next discussions (:mod:`generator.pages.pager`) and, where it has one, the link to
its comment feed in its head; lights the menu entry of the section a page outside the menu
belongs to (the archive for a discussion page); and gives the site's feed the site's name and
base (:mod:`generator.publish.feeds`). Running it twice changes nothing more.
"""

from __future__ import annotations

import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from generator.errors import shown_path
from generator.pages.pager import Pager, archive_order
from generator.pages.paths import INDEX_PAGE, section_of
from generator.pages.words import plural
from generator.publish.current import mark_current
from generator.publish.feeds import publish_feed

DERIVED_PREFIX = ".generator-zensical-"
"""How Zensical's configuration during a build is named, beside mkdocs.yml: it inherits it, with
the fresh folder as ``site_dir`` (Zensical has no option for that); removed after the build."""

_ARTICLE_END = "</article>"
_PAGER_CLASS = 'class="discussion-pager"'
_COMMENT_FEED = 'rel="alternate feed"'
_TITLE = re.compile(r"<h1>([^<]*)</h1>")
_NAV_ITEM = '<li class="md-nav__item'
_NAV_ENTRY = re.compile(r'<li class="md-nav__item">\s{0,200}<a href="([^"<>]{0,1000})" class="md-nav__link')
"""A menu entry not lit, and the address it links to (Material's markup, the theme's own)."""


def finish(site: Path, docs: Path, site_name: str = "", site_url: str | None = None) -> int:
    """Add the hook's additions to the pages of ``site`` made from ``docs`` (``site_name`` and
    ``site_url`` as mkdocs.yml sets them); returns the number of pages changed."""
    publish_feed(site, site_name, site_url)
    index = docs / INDEX_PAGE
    pager = Pager(archive_order(index.read_text(encoding="utf-8") if index.exists() else ""))
    changed = 0
    for page in sorted(site.rglob("*.html")):
        relative = page.relative_to(site).as_posix()
        source = relative.removesuffix(".html") + ".md"
        html = page.read_text(encoding="utf-8")
        foot = pager.foot(source)  # None: no discussion page
        done = add_foot(html, foot)
        feed = page.with_suffix(".xml")
        if foot is not None and feed.is_file():
            done = add_comment_feed(done, feed.name)
        section = section_of(source)
        if section is not None:
            done = light_section(
                done,
                posixpath.relpath(section.removesuffix(".md") + ".html", posixpath.dirname(relative) or "."),
            )
        done = mark_current(done)
        if done != html:
            page.write_text(done, encoding="utf-8")
            changed += 1
    return changed


def add_foot(html: str, foot: str | None) -> str:
    """``html`` with ``foot`` at the end of its article (where the hook appends it to the
    content), unless it has one already."""
    if foot is None or _PAGER_CLASS in html:
        return html
    at = html.rfind(_ARTICLE_END)
    if at < 0:
        return html
    return f"{html[:at]}{foot}\n{html[at:]}"


def add_comment_feed(html: str, href: str) -> str:
    """``html`` with the link to its discussion's comment feed ``href`` in its head, as
    ``overrides/main.html`` writes it from the hook's page data, unless it has one already."""
    title = _TITLE.search(html)
    if _COMMENT_FEED in html or title is None or "</head>" not in html:
        return html
    link = f'<link {_COMMENT_FEED} type="application/atom+xml" title="Comments on {title[1]}" href="{href}">'
    return html.replace("</head>", f"  {link}\n</head>", 1)


def light_section(html: str, href: str) -> str:
    """``html`` with the first menu entry linking to ``href`` marked active (Material's class),
    unless an entry is active already."""
    if "md-nav__item--active" in html:
        return html
    for entry in _NAV_ENTRY.finditer(html):
        if entry[1] == href:
            at = entry.start() + len(_NAV_ITEM)
            return f"{html[:at]} md-nav__item--active{html[at:]}"
    return html


def zensical_build(config: Path, fresh: Path) -> int:
    """The site of ``config`` (mkdocs.yml) built by Zensical into ``fresh``: the generator's
    build of the seeds beside it (as the hook runs it: the same split threshold, and an empty
    seeds folder is an empty archive), Zensical's, then :func:`finish`; 0, or 1 after one line
    on standard error (Zensical's own output goes where this process's goes)."""
    from generator.build.report import BuildError
    from generator.build.site import build
    from generator.pages.split import SPLIT_BYTES

    try:
        settings = _settings(config)
    except (OSError, yaml.YAMLError) as error:
        print(f"{config}: expected an MkDocs configuration ({error})", file=sys.stderr)
        return 1
    project = config.parent
    docs = project / str(settings.get("docs_dir") or "docs")
    extra = settings.get("extra")
    archive = extra.get("archive") if isinstance(extra, dict) else None
    split = archive.get("split_bytes", SPLIT_BYTES) if isinstance(archive, dict) else SPLIT_BYTES
    if type(split) is not int or split < 0:
        print(
            f"{config}: extra.archive.split_bytes must be a number of bytes, not {split!r}", file=sys.stderr
        )
        return 1
    try:
        report = build(project / "seeds", docs, split=split, waiting=_say)
    except BuildError as error:
        print(f"generator: seeds rejected:\n{error}", file=sys.stderr)
        return 1
    print(
        f"generator: {len(report.discussions)} discussions, {len(report.written)} pages written, "
        f"{len(report.removed)} removed",
        file=sys.stderr,
    )
    risky = 0
    for warning in report.warnings:
        where = f"{shown_path(warning.source)}:{warning.line}"
        print(f"seed warning: {where}: {warning.message}", file=sys.stderr)
        risky += warning.risky
    if risky:
        # As MkDocs' --strict stops on the hook's warning: no site with a thread that may be wrong.
        print(f"generator: {plural(risky, 'warning')} that a thread may be wrong: no site", file=sys.stderr)
        return 1
    command = _zensical()
    if command is None:
        print("zensical: not installed (make installs it in .venv)", file=sys.stderr)
        return 1
    # Zensical takes its site folder from its configuration only: one that inherits mkdocs.yml,
    # beside it (its paths are relative to it), unique to this build.
    handle, derived = tempfile.mkstemp(prefix=DERIVED_PREFIX, suffix=".yml", dir=project)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            # JSON strings are YAML strings: the names are quoted whatever they hold.
            stream.write(f"INHERIT: {json.dumps(config.name)}\nsite_dir: {json.dumps(str(fresh))}\n")
        status = subprocess.run([command, "build", "--strict", "-f", derived], check=False).returncode
    finally:
        os.unlink(derived)
    if status:
        return 1
    site_url = settings.get("site_url")
    finish(fresh, docs, str(settings.get("site_name") or ""), site_url if isinstance(site_url, str) else None)
    return 0


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _zensical() -> str | None:
    """The ``zensical`` command of this environment (``make`` installs it in .venv), or None."""
    beside = Path(sys.executable).parent / "zensical"
    return str(beside) if beside.exists() else shutil.which("zensical")


def _settings(config: Path) -> dict[str, Any]:
    """What mkdocs.yml sets (MkDocs' own tags such as ``!ENV`` read as plain values)."""

    class Loader(yaml.SafeLoader):
        """Safe, and lenient to tags of MkDocs' own."""

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    data = yaml.load(config.read_text(encoding="utf-8"), Loader=Loader)
    return data if isinstance(data, dict) else {}


def main(argv: list[str] | None = None) -> int:
    """``python -m generator.publish.zensical SITE [DOCS] [CONFIG]`` (``docs``, ``mkdocs.yml``)."""
    args = sys.argv[1:] if argv is None else argv
    if not 1 <= len(args) <= 3:
        print("usage: python -m generator.publish.zensical SITE [DOCS] [CONFIG]", file=sys.stderr)
        return 2
    site, docs = Path(args[0]), Path(args[1] if len(args) > 1 else "docs")
    config_file = Path(args[2] if len(args) > 2 else "mkdocs.yml")
    if not site.is_dir():
        print(f"{site}: expected the folder of a built site", file=sys.stderr)
        return 2
    try:
        config = yaml.safe_load(config_file.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        print(f"{config_file}: expected an MkDocs configuration ({error})", file=sys.stderr)
        return 2
    config = config if isinstance(config, dict) else {}
    site_url = config.get("site_url")
    changed = finish(
        site, docs, str(config.get("site_name") or ""), site_url if isinstance(site_url, str) else None
    )
    print(f"{site}: {changed} {'page' if changed == 1 else 'pages'} given the hook's additions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
