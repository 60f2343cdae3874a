"""Saved web pages (``*.html``, ``*.htm``, ``*.html.gz``) to the model: the article and the
comment tree as the markup states them.

The page is parsed with lxml (libxml2) and never runs: nothing is executed or fetched, and all
text in the model is plain text (see :mod:`generator.read.html.text`). The comments are found by
the recognisers of known engines (:mod:`.engines`), else by a general detector (:mod:`.generic`);
the choice and its score are reported as a note.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from generator.errors import SeedError
from generator.model import Comment, Diagnostic, Discussion, Paragraph, SourceLine, walk
from generator.read.dump.chrome import heading_count, is_comments_heading
from generator.read.html import article, dates, engines, generic
from generator.read.html.assemble import build_tree
from generator.read.html.found import Choice, Found
from generator.read.html.leftout import left_out
from generator.read.html.text import inline
from generator.read.html.tree import Element, parse_tree, strip_inert

NAME = "html"
"""The dialect name a discussion read from a saved page carries."""


def parse(text: str, source: str = "<html>") -> Discussion:
    """Read the decoded text of a saved page into a :class:`Discussion` (raises only :class:`SeedError`)."""
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise SeedError(source, 1, "expected an HTML page, found an empty file")
    root = parse_tree(text, source)
    meta = article.read_meta(root)
    lang = (root.get("lang") or "").split("-")[0].lower() or None
    removed = strip_inert(root)
    found, choice, topic = find_comments(root)
    warnings: list[Diagnostic] = []
    dates.fill_shown(found, lang)
    comments = build_tree(found, source, warnings)
    if topic is not None:
        # A forum's first post is the topic: its text is the article, its writer the author.
        body = topic.paragraphs
        boxes: frozenset[Element] = frozenset()
        meta.author = meta.author or topic.author
        meta.published = meta.published or topic.posted
    else:
        content = article.content_of(root, {f.element for f in found}, meta.url)
        body, boxes = content.paragraphs, content.boxes
    elements = {f.element for f in found}
    meta.published = meta.published or article.published_in_page(root, elements)
    meta.author = meta.author or article.author_in_page(root, elements)
    title = article.title_of(root, meta)
    if not title:
        raise SeedError(source, 1, "expected a page with a title (<title>, <h1> or og:title), found none")
    if not comments:
        heading = _counted_heading(root)
        if heading is not None:
            # The page says it has comments: published without them, it would say it had none.
            said, text, line = heading
            raise SeedError(
                source,
                line,
                f"expected {said} comment{'s' if said != 1 else ''}, as the heading {text!r} says "
                f"({choice.runner_up.removeprefix('; ') or 'no candidate'}), found none in markup the "
                "reader knows",
            )
    if not comments and not body:
        # All of the page left out: its markup is none the reader knows (a page published empty
        # would say nothing was there).
        raise SeedError(
            source,
            1,
            f"expected an article or comments ({choice.runner_up.removeprefix('; ') or 'no candidate'}), "
            "found neither in markup the reader knows",
        )
    published = _date(meta.published)
    # Only the general detector chooses among candidates: check reports which, and how sure it was.
    notes = []
    if choice.name.startswith(("generic", "none")):
        reading = f"comments read as {choice.name} (score {choice.score:g}){choice.runner_up}"
        notes.append(SourceLine(1, reading, "reader"))
    paragraphs = tuple(Paragraph(text, line) for text, line in body)
    kept = [title, meta.author or "", *(p.text for p in paragraphs), *_comment_texts(comments)]
    notes += removed
    notes += left_out(root, kept, elements, boxes)
    return Discussion(
        source=source,
        slug="",
        title=title,
        posted=published,
        posted_text=meta.published[:10] if published and meta.published else None,
        author=meta.author,
        category=None,
        article=paragraphs,
        comments=comments,
        chrome=tuple(sorted(notes, key=lambda note: note.line)),
        dialect=f"{NAME}/{choice.name.split()[0]}",
        title_line=0,
        warnings=tuple(warnings),
        url=meta.url,
    )


def _counted_heading(root: Element) -> tuple[int, str, int] | None:
    """The first heading that counts the page's comments ("3 comments:", "Kommentare (4)",
    "One thought on “…”"): its count, its text and its line; None without one, or a count of 0."""
    for heading in root.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        text = inline(heading, links=False)
        if not text or not is_comments_heading(text):
            continue
        said = heading_count(text) or 0
        if said:
            return said, text, heading.sourceline or 1
    return None


def _comment_texts(comments: tuple[Comment, ...]) -> Iterator[str]:
    for comment in walk(comments):
        yield comment.author or ""
        yield comment.posted_text or ""
        yield from (paragraph.text for paragraph in comment.paragraphs)


def find_comments(root: Element) -> tuple[list[Found], Choice, Found | None]:
    """The comments of the page by the first known engine whose markup is there, else by the
    detector; and, on a forum, its first post (the topic)."""
    for engine in engines.ENGINES:
        found = engines.find(root, engine)
        if found:
            topic = found.pop(0) if engine.first_is_article else None
            return found, Choice(engine.name, float(len(found))), topic
    found = engines.blogger_classic(root)
    if found:
        return found, Choice("blogger-classic", float(len(found))), None
    return (*generic.detect(root), None)


def _date(value: str | None) -> dt.date | None:
    """The date part of an ISO 8601 value, if it is one."""
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
