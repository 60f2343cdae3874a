"""The hook's shortcuts for generated pages change nothing MkDocs would have produced."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import markdown
import pytest
import yaml

from benchmarks.corpus import write_corpus
from benchmarks.project import REPO, archive_project
from generator.build.site import seed_paths
from generator.pages.split import SPLIT_BYTES
from generator.publish.fastpages import (
    MIXED,
    MIXED_SITE_PAGES,
    RAW,
    RAW_SITE_PAGES,
    body_html,
    restore_raw_blocks,
    search_html,
    site_page_kind,
    stash_raw_blocks,
)
from tests.conftest import SEEDS
from tests.reference import SITE_PAGES, load, render_site

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}


def mkdocs_build(config: Path) -> Path:
    """``mkdocs build --strict`` of a project; returns its site folder."""
    site = config.parent / "site"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "--quiet",
            "-f",
            str(config),
            "--site-dir",
            str(site),
        ],
        capture_output=True,
        text=True,
        env=ENV,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return site


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("seeds")
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, folder)
    write_corpus(folder, 3, seed=5)
    return folder


def markdown_of_mkdocs_yml() -> markdown.Markdown:
    """Python-Markdown with the extensions and settings of the repository's mkdocs.yml."""
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    names: list[str] = []
    settings: dict[str, dict[str, object]] = {}
    for item in config["markdown_extensions"]:
        name, options = next(iter(item.items())) if isinstance(item, dict) else (item, {})
        names.append(name)
        settings[name] = options
    return markdown.Markdown(extensions=names, extension_configs=settings)


def test_every_site_page_takes_a_shortcut(seeds: Path) -> None:
    # fastpages names them without importing the build (the hook loads it on every page);
    # a site page renamed or added must be named there too (the feed is no page MkDocs renders).
    markdown = sorted(path for path, _ in SITE_PAGES if path.endswith(".md"))
    assert sorted((*RAW_SITE_PAGES, *MIXED_SITE_PAGES)) == markdown
    # Split pages too: every sub-page is covered by the rule.
    pages = [
        path
        for path in render_site(load(seed_paths(seeds)), split=1)
        if not path.startswith("discussions/") and path.endswith(".md")
    ]
    assert len(pages) > len(SITE_PAGES)
    assert all(site_page_kind(path) is not None for path in pages)


@pytest.mark.parametrize("split", [SPLIT_BYTES, 1])
def test_raw_pages_are_what_markdown_makes_of_them(seeds: Path, split: int) -> None:
    md = markdown_of_mkdocs_yml()
    pages = render_site(load(seed_paths(seeds)), split=split)
    discussions = {path: page for path, page in pages.items() if path.startswith("discussions/")}
    assert len(discussions) == 5
    raw = {path: page for path, page in pages.items() if site_page_kind(path) == RAW}
    assert len(raw) > len(RAW_SITE_PAGES) if split == 1 else set(raw) == set(RAW_SITE_PAGES)
    for path, page in {**discussions, **raw}.items():
        body = page.split("\n---\n", 1)[1]
        md.reset()
        assert body_html(body) == md.convert(body), path


@pytest.mark.parametrize(
    ("page", "stashed"),
    [
        ('## A { #a }\n\n<div markdown="0">\n<p>x</p>\n</div>\n', 1),
        ('## A\n\n<div class="s" markdown="0">\n<p>x</p>\n</div>\n\n### B\n\ntext\n', 1),
        (
            '# T\n\n<div markdown="0">\n<ol>\n<li>1</li>\n</ol>\n</div>\n\n'
            '<div markdown="0">\n<p>2</p>\n</div>',
            2,
        ),
        # A div inside a block: left to Markdown.
        ('## A\n\n<div markdown="0">\n<div>\n<p>x</p>\n</div>\n</div>\n\nafter\n', 0),
        # No blank line before it: not a block of the generator's, left to Markdown.
        ('text\n<div markdown="0">\n<p>x</p>\n</div>\n', 0),
    ],
)
def test_stashed_raw_blocks_give_what_markdown_makes(page: str, stashed: int) -> None:
    md = markdown_of_mkdocs_yml()
    whole = md.convert(page)
    md.reset()
    text, blocks = stash_raw_blocks(page)
    assert len(blocks) == stashed
    assert restore_raw_blocks(md.convert(text), blocks) == whole


@pytest.mark.parametrize("split", [SPLIT_BYTES, 1])
def test_timeline_is_what_markdown_makes_of_it_with_its_blocks_stashed(seeds: Path, split: int) -> None:
    md = markdown_of_mkdocs_yml()
    pages = render_site(load(seed_paths(seeds)), split=split)
    mixed = {path: page for path, page in pages.items() if site_page_kind(path) == MIXED}
    assert "timeline.md" in mixed
    for path, page in mixed.items():
        body = page.split("\n---\n", 1)[1]
        md.reset()
        whole, tokens = md.convert(body), md.toc_tokens  # type: ignore[attr-defined]
        md.reset()
        text, blocks = stash_raw_blocks(body)
        assert len(blocks) > (10 if path == "timeline.md" and split != 1 else 0), path
        # Every raw block but the head (right below the front matter, no blank line before it)
        # is stashed: on a year's page the links to its neighbours and each month's list too.
        assert len(blocks) == body.count('markdown="0"') - 1, path
        assert restore_raw_blocks(md.convert(text), blocks) == whole, path
        assert md.toc_tokens == tokens, path  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("page", "lean"),
    [
        (
            '<div><h3 id="c1">A <a href="#c1">#1</a></h3><p>x</p></div>',
            '<div><h3 id="c1">A #1</h3><p>x</p></div>',
        ),
        ("<details><summary><span data-search-exclude>A #1</span></summary><p>t</p></details>", "<p>t</p>"),
        ('<p data-search-exclude>in reply to <a href="#c1">#1</a></p><p>y</p>', "<p>y</p>"),
        (
            '<div data-search-exclude><h2 id="h">kept</h2></div>',
            '<div data-search-exclude><h2 id="h">kept</h2></div>',
        ),
        ("<p>a<br>b</p>", "<p>ab</p>"),
    ],
)
def test_search_html_drops_only_what_search_ignores(page: str, lean: str) -> None:
    assert search_html(page) == lean


def test_site_and_search_index_are_the_same_without_the_shortcuts(seeds: Path, tmp_path: Path) -> None:
    fast = mkdocs_build(archive_project(tmp_path / "fast", seeds))
    slow = mkdocs_build(archive_project(tmp_path / "slow", seeds, fast_pages=False))
    fast_files, slow_files = files(fast), files(slow)
    assert fast_files.keys() == slow_files.keys()
    assert "search/search_index.json" in fast_files
    for name, data in fast_files.items():
        if name.endswith(".gz"):  # sitemap.xml.gz embeds the build time
            continue
        assert data == slow_files[name], name
