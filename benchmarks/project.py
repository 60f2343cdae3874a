"""Throw-away MkDocs projects for the benchmark: the archive itself, and the plain-page floor."""

from __future__ import annotations

import html
import shutil
from pathlib import Path
from typing import Any

import yaml

from generator import parse
from generator.model import walk
from generator.pages.paths import PAGE_DIR

REPO = Path(__file__).resolve().parent.parent
"""The repository whose generator, hook, mkdocs.yml and hand-written pages are measured."""


def _config(search: str | None, options: dict[str, Any] | None = None) -> dict[str, Any]:
    config: dict[str, Any] = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    config["hooks"] = [str(REPO / "generator" / "publish" / "hook.py")]
    theme = config.get("theme") or {}
    if "custom_dir" in theme:  # the repository's template overrides (the feed links)
        theme["custom_dir"] = str(REPO / theme["custom_dir"])
    config.pop("watch", None)
    archive = {**(options or {}), **({"search": search} if search else {})}
    if archive:
        config.setdefault("extra", {}).setdefault("archive", {}).update(archive)
    return config


def _copy_hand_written(docs: Path) -> None:
    """The committed pages and assets of docs/ (generated pages are left to the generator)."""
    generated = {REPO / "docs" / PAGE_DIR, REPO / "docs" / "index.md"}
    for source in (REPO / "docs").iterdir():
        if source in generated or source.name.startswith("."):
            continue
        if source.is_dir():
            shutil.copytree(source, docs / source.name)
        else:
            shutil.copy2(source, docs / source.name)


def archive_project(root: Path, seeds: Path, search: str | None = None, **options: Any) -> Path:
    """A copy of the repository's site set-up reading ``seeds``; returns its mkdocs.yml.

    ``options`` go to ``extra: archive:`` beside ``search``.
    """
    if root.exists():
        shutil.rmtree(root)
    (root / "docs").mkdir(parents=True)
    _copy_hand_written(root / "docs")
    (root / "seeds").symlink_to(seeds.resolve())
    config_file = root / "mkdocs.yml"
    config_file.write_text(yaml.safe_dump(_config(search, options), sort_keys=False), encoding="utf-8")
    return config_file


def floor_project(root: Path, seeds: Path) -> Path:
    """The same text as plain Markdown pages: one paragraph per comment, no structure, no hook.

    What MkDocs and Material cost for this much text no matter how the generator renders it.
    """
    if root.exists():
        shutil.rmtree(root)
    pages = root / "docs" / PAGE_DIR
    pages.mkdir(parents=True)
    _copy_hand_written(root / "docs")
    for number, seed in enumerate(sorted(seeds.glob("*.txt"))):
        discussion = parse(seed.read_text(encoding="utf-8"), str(seed))
        out = [f"# {html.escape(discussion.title)}", ""]
        out += [html.escape(" ".join(p.text.split())) + "\n" for p in discussion.article]
        for comment in walk(discussion.comments):
            out.append(html.escape(" ".join(" ".join(p.text.split()) for p in comment.paragraphs)) + "\n")
        (pages / f"page-{number:05d}.md").write_text("\n".join(out), encoding="utf-8")
    (root / "docs" / "index.md").write_text("# Archive\n\nThe plain-page floor.\n", encoding="utf-8")
    config = _config(None)
    del config["hooks"]
    config_file = root / "mkdocs.yml"
    config_file.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return config_file
