"""Deep threads continue in blocks of their own, so no page nests deeper than a browser lays out.

Chromium stops nesting elements past about 250 levels: replies of a 300-deep thread fell out of
their parent's thread. Past :data:`CONTINUE_DEPTH` levels in a block, a comment's replies go on in
a "continued" block after it that links back to the comment; anchors and aria-level are the
comment's own.
"""

from __future__ import annotations

from pathlib import Path

from generator import parse
from generator.model import Discussion, walk
from generator.pages.discussion import CONTINUE_DEPTH, render_discussion
from tests.htmlpage import Element, main_content, parse_html
from tests.sitebuild import make_project, run_mkdocs
from tests.test_size import deep_seed

DOM_LIMIT = 64
"""The deepest nesting a built page may have, Material's own wrappers included."""


def nesting(root: Element) -> int:
    """Levels of elements below ``root``, itself included."""
    deepest, stack = 0, [(root, 1)]
    while stack:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in element.children if isinstance(child, Element))
    return deepest


def page_of(discussion: Discussion) -> Element:
    """The rendered page's Markdown, its raw HTML blocks parsed (no front matter)."""
    markdown = render_discussion(discussion)
    return parse_html(markdown.split("\n---\n", 1)[1])


def check_threads(discussion: Discussion, page: Element) -> None:
    """Every comment once, with its true depth and a link to its true parent; every continuation
    linked both ways."""
    comments = walk(discussion.comments)
    parents = {reply.id: comment.id for comment in comments for reply in comment.replies}
    headings = [h for h in page.find_all("h3") if "comment-title" in h.classes]
    assert sorted(h.get("id") or "" for h in headings) == sorted(c.id for c in comments)
    ids = page.by_id()
    for comment in comments:
        (heading,) = ids[comment.id]
        assert heading.get("aria-level") == (str(comment.depth + 3) if comment.depth else None)
    for details in page.find_all("details", cls="comment"):
        heading = next(c for c in details.children if isinstance(c, Element) and c.tag == "h3")
        links = [a for a in details.find_all("a", cls="comment-parent") if a in _own_meta(details)]
        anchor = heading.get("id") or ""
        if anchor in parents:
            assert [a.get("href") for a in links] == [f"#{parents[anchor]}"]
        else:
            assert not links
    continues = page.find_all("p", cls="comment-continues")
    blocks = {block.get("id"): block for block in page.find_all("div", cls="thread--continued")}
    assert len(continues) == len(blocks)
    for paragraph in continues:
        (link,) = paragraph.find_all("a")
        block = blocks[(link.get("href") or "")[1:]]
        (back,) = block.find("p", cls="thread-continued").find_all("a")
        assert f"continued-{(back.get('href') or '')[1:]}" == block.get("id")


def _own_meta(details: Element) -> list[Element]:
    """The links of a comment's own meta line (not its replies')."""
    metas = [c for c in details.children if isinstance(c, Element) and "comment-meta" in c.classes]
    return [a for meta in metas for a in meta.find_all("a")]


def test_a_thousand_deep_thread_nests_only_a_block_deep() -> None:
    discussion = parse(deep_seed(1_000), "deep.txt")
    page = page_of(discussion)
    check_threads(discussion, page)
    # No deeper than a thread that reaches the limit, and far from Chromium's 250 levels.
    assert nesting(page) == nesting(page_of(parse(deep_seed(CONTINUE_DEPTH), "deep.txt"))) < 24
    # Comments in reading order: a chain reads top to bottom, block after block.
    headings = [h.get("id") for h in page.find_all("h3") if "comment-title" in h.classes]
    assert headings == [c.id for c in walk(discussion.comments)]
    assert len(page.find_all("div", cls="thread--continued")) == (1_000 - 1) // CONTINUE_DEPTH


def test_branching_deep_threads_keep_every_reply_and_its_parent() -> None:
    # A root with two deep chains, each branching again past the limit.
    lines = ["Branches", "", "  1. Root says:", "", "    root"]
    for branch in (1, 2):
        for level in range(1, 3 * CONTINUE_DEPTH):
            lines.append(" " * (2 + 2 * level) + f"• branch {branch} level {level}")
        lines.append(" " * (2 + 2 * (CONTINUE_DEPTH + 2)) + f"• side reply of branch {branch}")
    lines += ["  2. Shallow says:", "", "    shallow", "", "    • a reply"]
    discussion = parse("\n".join(lines) + "\n", "branches.txt")
    assert max(c.depth for c in walk(discussion.comments)) == 3 * CONTINUE_DEPTH - 1
    page = page_of(discussion)
    check_threads(discussion, page)
    assert nesting(page) == nesting(page_of(parse(deep_seed(CONTINUE_DEPTH), "deep.txt")))


def test_a_thread_as_deep_as_the_limit_is_unchanged() -> None:
    # Only threads deeper than the limit change: their pages are as before up to it.
    deep = parse(deep_seed(CONTINUE_DEPTH), "deep.txt")
    deeper = parse(deep_seed(CONTINUE_DEPTH + 1), "deep.txt")
    assert "continued" not in render_discussion(deep)
    assert 'id="continued-c1' in render_discussion(deeper)


def test_a_built_thousand_deep_page_nests_less_than_64(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", {"deep.txt": deep_seed(1_000)})
    result = run_mkdocs(project, project / "site").result
    assert result.returncode == 0, result.stderr
    page = parse_html((project / "site" / "discussions" / "deep-thread.html").read_text(encoding="utf-8"))
    assert nesting(page) <= DOM_LIMIT
    content = main_content(page)
    assert len([h for h in content.find_all("h3") if "comment-title" in h.classes]) == 1_001
