"""The expected reading of a page, written from its spec alone (never from the rendered HTML)."""

from __future__ import annotations

import json

from tests.threadpages.spec import Page, first_words, text_of, walk


def truth(page: Page, engine: str) -> dict[str, object]:
    """Title, article data and every comment in document order, with depth and parent."""
    comments: list[dict[str, object]] = []
    for placed in walk(page.comments):
        c = placed.comment
        text = text_of(c)
        comments.append(
            {
                "source_id": c.source_id,
                "author": c.author,
                "posted": c.posted,
                "posted_text": c.posted_shown,
                "depth": placed.depth,
                "parent": placed.parent,
                "kind": c.kind,
                "first_words": first_words(text),
                "text": text,
            }
        )
    return {
        "title": page.title,
        "author": page.article_author,
        "published": page.article_published,
        "url": page.url,
        "engine": engine,
        "lang": page.lang,
        "comments": comments,
    }


def truth_json(page: Page, engine: str) -> str:
    """:func:`truth` as the file holds it: UTF-8 JSON, two-space indent, final newline."""
    return json.dumps(truth(page, engine), ensure_ascii=False, indent=2) + "\n"
