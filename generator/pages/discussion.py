"""Model to Markdown pages. Every piece of seed text goes out escaped inside raw HTML blocks.

Python-Markdown leaves ``<div markdown="0">`` blocks alone (md_in_html), so nothing a reader
wrote can turn into Markdown syntax; :mod:`generator.pages.html` makes it inert as HTML.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from generator.analysis.events import Event, extract_events
from generator.analysis.notes import NO_NOTES, Analysis, CommentNotes, analyse
from generator.analysis.summary import key
from generator.model import Comment, Discussion, walk
from generator.pages import annotate, html
from generator.pages.frontmatter import front_matter
from generator.pages.timeline_section import render_timeline_section
from generator.pages.words import plural, shorten


def label(comment: Comment) -> str:
    """The number a reader sees: ``#4`` for a top-level comment, ``#4.1.2`` for a reply."""
    return annotate.id_label(comment.id)


def posted_line(
    posted: dt.date | None, posted_text: str | None, category: str | None, author: str | None
) -> str:
    """The "Posted on … in … · By …" line, escaped, with the date as the seed wrote it."""
    parts = []
    if posted_text:
        when = html.text(posted_text)
        if posted:
            when = f'<time datetime="{posted.isoformat()}">{when}</time>'
        line = f"Posted on {when}"
        if category:
            line += f" in {html.text(category)}"
        parts.append(line)
    elif category:
        parts.append(f"In {html.text(category)}")
    if author:
        parts.append(f'By <span class="author">{html.text(author)}</span>')
    return " · ".join(parts)


def render_discussion(
    discussion: Discussion, events: tuple[Event, ...] | None = None, analysis: Analysis | None = None
) -> str:
    """The Markdown page of one discussion: header, article, timeline, comment threads, source notes.

    ``events`` are the discussion's dated events and ``analysis`` its :func:`analyse` when the
    caller has them already.
    """
    comments = walk(discussion.comments)
    out = _head(discussion, len(comments))
    if discussion.article:
        out.append('<div class="article" id="article" markdown="0">')
        out += html.paragraphs([p.text for p in discussion.article])
        out += ["</div>", ""]
    if discussion.comments and analysis is None:
        analysis = analyse(discussion)
    authors = {}
    op = key(discussion.author) if discussion.author else None
    op_comments = False  # whether the article's author comments
    if analysis is not None:
        notes_of = analysis.notes.get  # analysis.of() without a call of its own per comment
        for comment in comments:  # one pass for both
            name = notes_of(comment.id, NO_NOTES).name
            if name is not None:
                if name:
                    authors[comment.id] = annotate.escaped_name(name)
                if op is not None and not op_comments:  # _is_op()
                    op_comments = key(name) == op
    out += render_timeline_section(extract_events(discussion) if events is None else events, authors)
    if discussion.comments:
        assert analysis is not None
        out += ['<h2 id="comments">Comments</h2>', ""]
        replies = _reply_counts(comments)
        out += _overview(discussion.comments, replies, analysis)
        out += _legend(op_comments)
        _threads(discussion.comments, replies, analysis, out, op)
    if discussion.chrome:
        # Reported for completeness, but not content: kept out of the search index.
        out.append('<div class="source-notes" markdown="0" data-search-exclude>')
        out.append(
            "<details><summary>Lines of the saved file kept out of the content"
            " (site chrome, front matter)</summary><ul>"
        )
        texts = html.texts([c.text for c in discussion.chrome])
        out += [f"<li>line {c.line}: {t}</li>" for c, t in zip(discussion.chrome, texts, strict=True)]
        out += ["</ul></details>", "</div>", ""]
    return "\n".join(out)


def _head(discussion: Discussion, count: int) -> list[str]:
    """Front matter, title, date line, counts and the original page's address."""
    # The count links to the comments: after a long article and its timeline they start screens down.
    summary = (
        f'<a class="discussion-jump" href="#comments">Comments ({count})</a>'
        f" in {plural(len(discussion.comments), 'thread')}"
        if count
        else "No comments"
    )
    description = discussion.article[0].text if discussion.article else discussion.title
    meta = posted_line(discussion.posted, discussion.posted_text, discussion.category, discussion.author)
    out = [
        front_matter(
            {
                "title": discussion.title,
                "date": discussion.posted.isoformat() if discussion.posted else None,
                "author": discussion.author,
                "description": shorten(description, 160),
                # The dump dialect the seed was read in; the seeds' own ("numbered") is the
                # default and goes unnamed, so their pages stay as they were.
                "dialect": discussion.dialect if discussion.dialect != "numbered" else None,
                # The right-hand column holds the thread overview where there are threads.
                "hide": None if discussion.comments else ["toc"],
            }
        ),
        '<div class="discussion-head" markdown="0">',
        f"<h1>{html.text(discussion.title)}</h1>",
        f'<p class="discussion-meta" id="posted">{meta}</p>',
        f'<p class="discussion-counts">{summary}</p>',
        "</div>",
        "",
    ]
    if discussion.url:  # a saved page's canonical address: escaped like all seed text
        link = f'<a href="{html.text(discussion.url)}" rel="{html.LINK_REL}">Original page</a>'
        out[-2:-2] = [f'<p class="discussion-source">{link}</p>']
    return out


CONTINUE_DEPTH = 6
"""Reply levels a block of a thread nests; the replies of a comment at this level of its block go
on in a block of their own after it ("Continue this thread", as on Reddit and lobste.rs).
Chromium nests elements no deeper than about 250 levels, and replies past that fell out of their
thread; a block nests two elements a level. Six is where the stylesheet stops indenting (at
375 px a level takes 16 px): every level of a block is shown by its indentation."""


OP_MARK = '<span class="comment-op" title="Wrote the article" data-search-exclude>author</span>'
"""Beside the name of the article's author where they comment (as Hacker News marks the poster)."""


def _is_op(notes: CommentNotes, op: str | None) -> bool:
    """Whether the comment of ``notes`` is by the article's author (whose name's key is ``op``)."""
    return op is not None and notes.name is not None and key(notes.name) == op


def _legend(op: bool) -> list[str]:
    """How names are shown, with the very styles of the comments: said ("Name says:"), signed at
    the end of the comment, or neither; and the article author's mark when ``op`` (they comment).
    Kept out of the search index."""
    items = [
        '<span class="comment-author">Name</span> wrote “Name says:”',
        '<span class="comment-author comment-author--signed">Name</span> signed at the end',
        '<span class="comment-author comment-author--anonymous">Anonymous</span> gave no name',
    ]
    if op:
        items.append(f"{OP_MARK} wrote the article")
    return [
        '<div class="comment-legend" markdown="0" data-search-exclude>',
        f"<p>Names: {' · '.join(items)}</p>",
        "</div>",
        "",
    ]


def _threads(
    threads: tuple[Comment, ...],
    replies: dict[int, int],
    analysis: Analysis,
    out: list[str],
    op: str | None = None,
) -> None:
    """Append the HTML of every thread to ``out``: each comment and its replies in nested
    ``<details>``, one line per item; iterative, threads can be deep. Replies deeper than
    :data:`CONTINUE_DEPTH` in a block continue in a block after it, which links back to their
    parent; anchors and ``aria-level`` stay those of the comment's true depth. ``replies``: the
    :func:`_reply_counts`; ``op``: the key of the article author's name, whose comments are marked.

    Everything goes into the page's one list of lines, in one walk: a page holds thousands of
    comments, and per-comment generators and joins took a large part of its rendering time.
    """
    notes_of = analysis.notes.get
    for root in threads:
        # Blocks to write: the thread, then each comment whose replies continue, in page order
        # (a stack: a block's continuations follow it, before the next block's).
        blocks: list[Comment | None] = [None]
        while blocks:
            parent = blocks.pop()
            continued: list[Comment] = []
            # A comment to open (with the "↑" link to its parent, made once for all its replies,
            # and its level in the block), or the closing tags of a comment whose replies are done.
            stack: list[tuple[Comment, str, int] | str]
            if parent is None:
                out.append('<div class="thread" markdown="0">')
                stack = [(root, "", 0)]
            else:
                link = _parent_link(parent.id, annotate.id_label(parent.id))
                out += [
                    f'<div class="thread thread--continued" id="continued-{parent.id}" markdown="0">',
                    f'<p class="thread-continued" data-search-exclude>Continued from {link}</p>',
                    '<div class="comment-replies">',
                ]
                stack = ["</div>", *((reply, link, 1) for reply in reversed(parent.replies))]
            while stack:
                item = stack.pop()
                if isinstance(item, str):
                    out.append(item)
                    continue
                comment, reply_to, level = item
                number = "#" + comment.id[1:].replace("-", ".")  # label(comment), without its calls
                notes = notes_of(comment.id, NO_NOTES)  # analysis.of(comment)
                mark = op is not None and notes.name is not None and key(notes.name) == op  # _is_op()
                _comment_open(comment, number, reply_to, notes, replies[id(comment)], out, op=mark)
                if comment.replies and level == CONTINUE_DEPTH:
                    continued.append(comment)
                    out.append(
                        f'<p class="comment-continues" data-search-exclude><a href="#continued-{comment.id}">'
                        f"Continue this thread ↓</a></p></details>"
                    )
                elif comment.replies:
                    out.append('<div class="comment-replies">')
                    stack.append("</div></details>")
                    link = _parent_link(comment.id, number)
                    stack.extend((reply, link, level + 1) for reply in reversed(comment.replies))
                else:
                    out.append("</details>")
            out += ["</div>", ""]
            blocks.extend(reversed(continued))


def _parent_link(parent_id: str, number: str) -> str:
    """The "↑ #4.1" link of a reply to its parent."""
    return f'<a class="comment-parent" href="#{parent_id}" title="In reply to {number}">↑ {number}</a>'


GIST = 60
"""Characters of a comment's first words shown where it is collapsed or listed in the overview."""


def gist(comment: Comment) -> str:
    """The first words of ``comment``, escaped: what a collapsed comment and the overview show."""
    if not comment.paragraphs:
        return ""
    return first_words(comment.paragraphs[0].text)


def first_words(text: str) -> str:
    """The first words of a comment whose first paragraph is ``text``, escaped (its :func:`gist`)."""
    # Each is shown on its page twice (a thread's first comment in the overview too) and on the
    # participants page, made from the same strings: the last ones are kept, short ones only,
    # so that what is kept stays small (a long paragraph is rare, and cut quickly anyway).
    if len(text) > _KEPT_TEXT:
        return _escaped_gist(shorten(text, GIST))
    return _kept_first_words(text)


_KEPT_TEXT = 2000


@lru_cache(maxsize=1024)
def _kept_first_words(text: str) -> str:
    return _escaped_gist(shorten(text, GIST))


def _escaped_gist(short: str) -> str:
    """:func:`html.text` of ``short``, a :func:`shorten` of a comment's text."""
    # Most are cut (" …" ends them) after ASCII words: the ellipsis holds nothing to escape and
    # no bidi control, and the words alone take the quick ASCII path of html.text.
    head = short[:-2]
    if short.endswith(" …") and head.isascii():
        return html.text(head) + " …"
    return html.text(short)


def _overview(threads: tuple[Comment, ...], replies: dict[int, int], analysis: Analysis) -> list[str]:
    """The thread overview: a link per thread with its author, first words and reply count
    (``replies``: the :func:`_reply_counts`).

    A ``<details>`` so that on a narrow screen it costs one line; on a wide one the stylesheet
    shows it open in the right-hand column. Kept out of the search index: it repeats the comments.
    """
    out = [
        '<div class="thread-overview" markdown="0" data-search-exclude>',
        f'<details class="thread-overview__toggle"><summary>Threads ({len(threads)})</summary>',
        '<nav aria-label="Threads"><ol>',
    ]
    for root in threads:
        name = analysis.of(root).name
        author = annotate.escaped_name(name) if name else "Anonymous"
        count = replies[id(root)]
        tail = (
            f' <span class="thread-overview__count">{plural(count, "reply", "replies")}</span>'
            if count
            else ""
        )
        out.append(f'<li><a href="#{root.id}"><b>{author}</b> {gist(root)}</a>{tail}</li>')
    out += ["</ol></nav>", "</details>", "</div>", ""]
    return out


def _reply_counts(comments: list[Comment]) -> dict[int, int]:
    """Number of replies below each comment (by ``id()``), all in one pass over the page's
    comments in document order."""
    counts: dict[int, int] = {}
    for comment in reversed(comments):  # replies before the comment they answer
        below = len(comment.replies)
        for reply in comment.replies:
            below += counts[id(reply)]
        counts[id(comment)] = below
    return counts


def _comment_open(
    comment: Comment,
    number: str,
    reply_to: str,
    notes: CommentNotes,
    replies: int,
    out: list[str],
    *,
    op: bool = False,
) -> None:
    """Append the opening of a comment's ``<details>`` to ``out``: toggle, heading, meta line and
    text (its lines joined by line breaks, as the page joins everything).

    ``number`` is the comment's :func:`label`, ``reply_to`` the "↑" link to its parent ("" for a
    top-level comment); ``op``: the comment is by the article's author (marked so). Name,
    number, date, parent link and reply count share one line: the
    stylesheet runs the meta paragraph on after the heading.

    The heading sits beside the text, not inside ``<summary>``: Material's search closes a
    section when the element around its heading closes, and the text must stay in the
    comment's own section so a search result lands on the comment.
    """
    author = annotate.escaped_name(notes.name) if notes.name else "Anonymous"
    meta = []
    posted, when = comment.posted, comment.posted_text
    if when:
        # Both tested at once: a date and its ISO form rarely hold anything to escape.
        if not html.plain(f"{when}{posted}" if posted else when):
            when, posted = html.text(when), posted and html.text(posted)
        meta.append(f'<time datetime="{posted}">{when}</time>' if posted else when)
    if reply_to:
        meta.append(reply_to)
    if notes.addressee or notes.duplicates:
        meta += annotate.meta(notes)
    if replies:
        count = plural(replies, "reply", "replies")
        hidden = f" · {count} hidden"
        meta.append(count)
    else:
        hidden = ""
    # Screen readers hear the depth as the heading's level: a reply's heading is one level
    # below its parent's, so levels never skip (h3 stays the tag for the search index).
    level = f' aria-level="{comment.depth + 3}"' if comment.depth else ""
    first = first_words(comment.paragraphs[0].text) if comment.paragraphs else ""  # its gist()
    # One string for the lines every comment has: the page joins its lines with "\n" anyway.
    out.append(
        f'<details class="comment" open data-depth="{comment.depth}" data-line="{comment.line}">\n'
        f'<summary title="Collapse or expand {number} and its replies">'
        f'<span class="comment-collapsed" data-search-exclude>{author} {number}{hidden}'
        f' <span class="comment-gist">{first}</span></span>'
        "</summary>\n"
        f'<h3 class="comment-title" id="{comment.id}"{level}>{annotate.byline(comment, notes)}'
        f"{' ' + OP_MARK if op else ''} "
        f'<a class="comment-permalink" href="#{comment.id}">{number}</a></h3>'
    )
    if meta:
        out.append(f'<p class="comment-meta" data-search-exclude>{" · ".join(meta)}</p>')
    out.append('<div class="comment-body">')
    out += annotate.body(comment, notes)
    out.append("</div>")
