"""The model as JSON, the format of ``python -m generator parse`` (documented in ARCHITECTURE.md)."""

from __future__ import annotations

from typing import Any

from generator.analysis.events import Event, extract_events
from generator.model import Comment, Discussion, walk


def comment_dict(comment: Comment, replies: list[dict[str, Any]]) -> dict[str, Any]:
    """One comment as a JSON object, its already converted ``replies`` nested in it."""
    return {
        "id": comment.id,
        "number": comment.number,
        "author": comment.author,
        "depth": comment.depth,
        "line": comment.line,
        "source_id": comment.source_id,
        "paragraphs": [p.text for p in comment.paragraphs],
        "posted": comment.posted,
        "posted_text": comment.posted_text,
        "kind": comment.kind,
        "replies": replies,
    }


def event_dict(event: Event) -> dict[str, Any]:
    """One dated event as a JSON object."""
    return {
        "date": event.date,
        "precision": event.precision,
        "kind": event.kind,
        "text": event.text,
        "snippet": event.snippet,
        "where": event.where,
        "line": event.line,
    }


def discussion_dict(discussion: Discussion) -> dict[str, Any]:
    """The whole discussion as a JSON-ready dict."""
    converted: dict[int, dict[str, Any]] = {}
    # Children before parents, without recursion: threads can nest a thousand deep.
    for comment in reversed(walk(discussion.comments)):
        converted[id(comment)] = comment_dict(comment, [converted.pop(id(r)) for r in comment.replies])
    return {
        "source": discussion.source,
        "slug": discussion.slug,
        "title": discussion.title,
        "posted": discussion.posted.isoformat() if discussion.posted else None,
        "author": discussion.author,
        "category": discussion.category,
        "dialect": discussion.dialect,
        "article": [p.text for p in discussion.article],
        "comments": [converted[id(c)] for c in discussion.comments],
        "chrome": [{"line": c.line, "text": c.text} for c in discussion.chrome],
        "events": [event_dict(e) for e in extract_events(discussion)],
        "warnings": [str(w) for w in discussion.warnings],
    }
