"""What the comments say about each other: references, addressees, signatures and reposts.

A pure function of the model: :func:`analyse` reads a discussion and returns frozen notes per
comment id, which the renderer shows; nothing here writes HTML.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from generator.analysis.addressee import find_addressee
from generator.analysis.duplicates import duplicate_groups
from generator.analysis.signatures import Signature, find_signature
from generator.analysis.urls import url_spans
from generator.analysis.xrefs import find_references
from generator.model import Comment, Discussion, walk


@dataclass(frozen=True)
class Link:
    """A reference in a comment's text to another comment of the same page."""

    paragraph: int
    """Index of the paragraph (in ``Comment.paragraphs``) holding the reference."""

    start: int
    """Offset of the referring text in the paragraph."""

    end: int
    """Offset just past the referring text."""

    target: str
    """Id of the comment referred to (``c9``); it exists on the page."""


@dataclass(frozen=True)
class CommentNotes:
    """What the analysis found in one comment."""

    name: str | None = None
    """Who wrote it: the ``Name says:`` author, else the signed name, else ``None`` (anonymous)."""

    signature: Signature | None = None
    """The signature ending the comment's last paragraph, if any."""

    addressee: str | None = None
    """The name the comment addresses in its opening words, if any."""

    addressee_comment: str | None = None
    """Id of the comment of the person addressed: the parent if its writer has that name, else the
    nearest earlier comment whose writer has it; ``None`` when no comment on the page is theirs."""

    links: tuple[Link, ...] = ()
    """References to other comments of the page, in text order."""

    duplicates: tuple[str, ...] = ()
    """Ids of the other comments of the page with the same text, in page order."""


NO_NOTES = CommentNotes()
"""The notes of a comment in which nothing was found."""


@dataclass(frozen=True)
class Analysis:
    """The notes of every comment of a discussion in which something was found."""

    notes: Mapping[str, CommentNotes] = field(default_factory=lambda: MappingProxyType({}))
    """Notes by comment id; comments without any are left out."""

    def of(self, comment: Comment) -> CommentNotes:
        """The notes of ``comment`` (empty notes when nothing was found)."""
        return self.notes.get(comment.id, NO_NOTES)


def signature_of(comment: Comment) -> Signature | None:
    """The signature ending ``comment``, if its last paragraph ends with one."""
    if not comment.paragraphs:
        return None
    return find_signature(comment.paragraphs[-1].text, alone=len(comment.paragraphs) == 1)


def name_of(comment: Comment) -> str | None:
    """Who wrote ``comment``: its ``Name says:`` author, else its signed name, else ``None``."""
    if comment.author:
        return comment.author
    signature = signature_of(comment)
    return signature.name if signature else None


def _links(comment: Comment, ids: frozenset[str]) -> tuple[Link, ...]:
    links = []
    for index, paragraph in enumerate(comment.paragraphs):
        refs = find_references(paragraph.text)
        if not refs:  # most paragraphs: no need to look for URLs
            continue
        urls = url_spans(paragraph.text)
        for ref in refs:
            target = f"c{ref.number}"
            if target not in ids or target == comment.id:
                continue
            if "\n" in paragraph.text[ref.start : ref.end]:
                continue
            if any(ref.start < end and start < ref.end for start, end in urls):
                continue
            links.append(Link(index, ref.start, ref.end, target))
    return tuple(links)


def answers_to(addressee: str, name: str) -> bool:
    """Whether a comment by ``name`` can be the one ``addressee`` speaks to: the whole name or its
    first word ("Al" for "Al Thompson"), case aside."""
    wanted = " ".join(addressee.split()).casefold()
    written = " ".join(name.split()).casefold()
    return wanted == written or wanted == written.split(" ", 1)[0]


def _addressed(
    comment: Comment, addressee: str, earlier: list[tuple[str, str]], parents: dict[str, str]
) -> str | None:
    """The comment ``addressee`` names: the parent if it is theirs, else their latest earlier one."""
    parent = parents.get(comment.id)
    for comment_id, name in reversed(earlier):
        if comment_id == parent and answers_to(addressee, name):
            return comment_id
    for comment_id, name in reversed(earlier):
        if answers_to(addressee, name):
            return comment_id
    return None


def analyse(discussion: Discussion) -> Analysis:
    """Notes for every comment of ``discussion``: who wrote it, whom it addresses, what it cites."""
    comments = walk(discussion.comments)
    ids = frozenset(c.id for c in comments)
    parents = {reply.id: c.id for c in comments for reply in c.replies}
    earlier: list[tuple[str, str]] = []
    twins: dict[str, tuple[str, ...]] = {}
    for group in duplicate_groups(comments):
        for member in group:
            twins[member] = tuple(other for other in group if other != member)
    notes: dict[str, CommentNotes] = {}
    only_named: dict[str, CommentNotes] = {}
    for comment in comments:
        signature = signature_of(comment)
        name = comment.author or (signature.name if signature else None)
        addressee = find_addressee(comment.paragraphs[0].text) if comment.paragraphs else None
        links = _links(comment, ids)
        duplicates = twins.get(comment.id, ())
        # Most comments have no notes: building a CommentNotes for each only to find it equal to
        # NO_NOTES cost more than the recognisers that found nothing (profiled). Of the others,
        # most have a name and nothing else: one (frozen) CommentNotes serves all of a name's.
        if signature is None and addressee is None and not links and not duplicates:
            if name is not None:
                found = only_named.get(name)
                if found is None:
                    found = only_named[name] = CommentNotes(name=name)
                notes[comment.id] = found
        else:
            notes[comment.id] = CommentNotes(
                name=name,
                signature=signature,
                addressee=addressee,
                addressee_comment=_addressed(comment, addressee, earlier, parents) if addressee else None,
                links=links,
                duplicates=duplicates,
            )
        if name:
            earlier.append((comment.id, name))
    return Analysis(MappingProxyType(notes))
