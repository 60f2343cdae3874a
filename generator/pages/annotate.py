"""HTML for what :mod:`generator.analysis.notes` found in a comment: signed names, addressees,
reposts, references as links and the signature as its own paragraph.

Seed text stays escaped; the only links added point at anchors of the same page (``#c9``).
"""

from __future__ import annotations

import dataclasses
import functools

from generator.analysis.notes import CommentNotes
from generator.model import Comment
from generator.pages import html


def id_label(comment_id: str) -> str:
    """The number a reader sees for a comment id: ``#4`` for ``c4``, ``#4.1.2`` for ``c4-1-2``."""
    return "#" + comment_id[1:].replace("-", ".")


@functools.lru_cache(maxsize=4096)
def escaped_name(name: str) -> str:
    """:func:`html.text` of a writer's name, escaped once for all their comments (bounded cache)."""
    return html.text(name)


def byline(comment: Comment, notes: CommentNotes) -> str:
    """The author's name as shown in the comment's heading: said, signed, or "Anonymous"."""
    if comment.author:
        return f'<span class="comment-author">{escaped_name(comment.author)}</span>'
    if notes.name:
        return (
            '<span class="comment-author comment-author--signed" title="Signed at the end of the comment">'
            f"{escaped_name(notes.name)}</span>"
        )
    return '<span class="comment-author comment-author--anonymous">Anonymous</span>'


def meta(notes: CommentNotes) -> list[str]:
    """Items of the comment's meta line: whom it addresses, where else its text was posted."""
    items = []
    if notes.addressee:
        name = escaped_name(notes.addressee)
        if notes.addressee_comment:
            name = (
                f'<a class="comment-addressee-link" href="#{notes.addressee_comment}" '
                f'title="{name}’s comment {id_label(notes.addressee_comment)}">{name}</a>'
            )
        items.append(f'<span class="comment-addressee">to {name}</span>')
    if notes.duplicates:
        links = ", ".join(
            f'<a class="comment-duplicate-link" href="#{other}">{id_label(other)}</a>'
            for other in notes.duplicates
        )
        items.append(f'<span class="comment-duplicate">same text also posted as {links}</span>')
    return items


def body(comment: Comment, notes: CommentNotes) -> list[str]:
    """The comment's paragraphs: references linked, the signature in a paragraph of its own."""
    if not notes.links and notes.signature is None:  # most comments: their paragraphs as they are
        return html.paragraphs([paragraph.text for paragraph in comment.paragraphs])
    out = []
    last = len(comment.paragraphs) - 1
    for index, paragraph in enumerate(comment.paragraphs):
        anchors = [
            html.Anchor(
                link.start, link.end, f"#{link.target}", "comment-xref", f"Comment {id_label(link.target)}"
            )
            for link in notes.links
            if link.paragraph == index
        ]
        if index != last or notes.signature is None:
            out.append(html.paragraph(paragraph.text, anchors=anchors))
            continue
        split = notes.signature.start
        before = paragraph.text[:split].rstrip()
        if before:
            out.append(html.paragraph(before, anchors=[a for a in anchors if a.end <= len(before)]))
        shifted = [
            dataclasses.replace(a, start=a.start - split, end=a.end - split)
            for a in anchors
            if a.start >= split
        ]
        out.append(html.paragraph(paragraph.text[split:], "comment-signature", anchors=shifted))
    return out
