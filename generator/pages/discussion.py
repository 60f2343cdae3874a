"""Model to Markdown pages. Every piece of seed text goes out escaped inside raw HTML blocks.

Python-Markdown leaves ``<div markdown="0">`` blocks alone (md_in_html), so nothing a reader
wrote can turn into Markdown syntax; :mod:`generator.pages.html` makes it inert as HTML.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from generator.analysis.events import Event, extract_events
from generator.analysis.notes import Analysis, CommentNotes, analyse
from generator.analysis.summary import Summary
from generator.build.sort import Row
from generator.model import Comment, Discussion, walk
from generator.pages import annotate, html, plainyaml
from generator.pages.paths import page_url
from generator.pages.timeline_section import render_timeline_section


def front_matter(fields: dict[str, object]) -> str:
    """YAML front matter; yaml quotes whatever a title holds (``"``, ``:``, ``---``).

    String values are HTML-escaped: MkDocs and Material insert page meta into the HTML as it
    stands (the title into ``<title>``, the header and the search index, which shows titles as
    HTML; author and description into ``<meta>`` attributes).
    """
    escaped = {
        key: html.text(value) if isinstance(value, str) else value
        for key, value in fields.items()
        if value is not None
    }
    body = plainyaml.dump(escaped)
    if body is None:
        import yaml  # only here: loading it takes longer than most builds need it

        body = yaml.safe_dump(escaped, allow_unicode=True, sort_keys=False, width=1_000_000)
    return f"---\n{body}---\n"


def plural(count: int, word: str, words: str | None = None) -> str:
    """``1 comment``, ``2 comments``; ``words`` for irregular plurals (``reply``, ``replies``)."""
    return f"{count} {word}" if count == 1 else f"{count} {words or word + 's'}"


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
    summary = (
        f"{plural(len(comments), 'comment')} in {plural(len(discussion.comments), 'thread')}"
        if comments
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
                "description": _shorten(description, 160),
                "hide": ["toc"],
            }
        ),
        '<div class="discussion-head" markdown="0">',
        f"<h1>{html.text(discussion.title)}</h1>",
        f'<p class="discussion-meta" id="posted">{meta}</p>',
        f'<p class="discussion-counts">{summary}</p>',
        "</div>",
        "",
    ]
    if discussion.article:
        out.append('<div class="article" id="article" markdown="0">')
        out.extend(html.paragraph(p.text) for p in discussion.article)
        out += ["</div>", ""]
    out += render_timeline_section(extract_events(discussion) if events is None else events)
    if discussion.comments:
        if analysis is None:
            analysis = analyse(discussion)
        out += ['<h2 id="comments">Comments</h2>', ""]
        _threads(discussion.comments, comments, analysis, out)
    if discussion.chrome:
        # Reported for completeness, but not content: kept out of the search index.
        out.append('<div class="source-notes" markdown="0" data-search-exclude>')
        out.append(
            "<details><summary>Lines of the saved file kept out of the content"
            " (site chrome, front matter)</summary><ul>"
        )
        out.extend(f"<li>line {c.line}: {html.text(c.text)}</li>" for c in discussion.chrome)
        out += ["</ul></details>", "</div>", ""]
    return "\n".join(out)


def _threads(
    threads: tuple[Comment, ...], comments: list[Comment], analysis: Analysis, out: list[str]
) -> None:
    """Append the HTML of every thread to ``out``: each comment and its replies in nested
    ``<details>``, one line per item; iterative, threads can be deep.

    Everything goes into the page's one list of lines, in one walk: a page holds thousands of
    comments, and per-comment generators and joins took a large part of its rendering time.
    """
    replies = _reply_counts(comments)
    for root in threads:
        out.append('<div class="thread" markdown="0">')
        # A comment to open (with the "in reply to" link its parent made once for all its
        # replies), or the closing tags of a comment whose replies are done.
        stack: list[tuple[Comment, str] | str] = [(root, "")]
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                out.append(item)
                continue
            comment, reply_to = item
            number = annotate.id_label(comment.id)  # label(comment), one call fewer
            _comment_open(comment, number, reply_to, analysis.of(comment), replies[id(comment)], out)
            if comment.replies:
                out.append('<div class="comment-replies">')
                stack.append("</div></details>")
                link = f'in reply to <a class="comment-parent" href="#{comment.id}">{number}</a>'
                stack.extend((reply, link) for reply in reversed(comment.replies))
            else:
                out.append("</details>")
        out += ["</div>", ""]


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
    comment: Comment, number: str, reply_to: str, notes: CommentNotes, replies: int, out: list[str]
) -> None:
    """Append the opening of a comment's ``<details>`` to ``out``: toggle, heading, meta line and
    text (its lines joined by line breaks, as the page joins everything).

    ``number`` is the comment's :func:`label`, ``reply_to`` the "in reply to" link to its parent
    ("" for a top-level comment).

    The heading sits beside the text, not inside ``<summary>``: Material's search closes a
    section when the element around its heading closes, and the text must stay in the
    comment's own section so a search result lands on the comment.
    """
    author = annotate.escaped_name(notes.name) if notes.name else "Anonymous"
    meta = [reply_to] if reply_to else []
    if notes.addressee or notes.duplicates:
        meta += annotate.meta(notes)
    if replies:
        count = plural(replies, "reply", "replies")
        hidden = f" · {count} hidden"
        meta.append(count)
    else:
        hidden = ""
    # One string for the lines every comment has: the page joins its lines with "\n" anyway.
    out.append(
        f'<details class="comment" open data-depth="{comment.depth}" data-line="{comment.line}">\n'
        f'<summary title="Collapse or expand {number} and its replies">'
        f'<span class="comment-collapsed" data-search-exclude>{author} {number}{hidden}</span>'
        "</summary>\n"
        f'<h3 class="comment-title" id="{comment.id}">{annotate.byline(comment, notes)} '
        f'<a class="comment-permalink" href="#{comment.id}">{number}</a></h3>'
    )
    if meta:
        out.append(f'<p class="comment-meta" data-search-exclude>{" · ".join(meta)}</p>')
    out.append('<div class="comment-body">')
    out += annotate.body(comment, notes)
    out.append("</div>")


IndexRow = tuple[tuple[bool, int, str], str]
"""A discussion's card on the home page: the key that orders the page (newest first, undated
last, then by slug) and the card's HTML (see :func:`index_row`)."""


def index_row(s: Summary) -> IndexRow:
    """The card ``s`` adds to the home page, with the key that orders it there."""
    out = [
        '<article class="discussion-card">',
        f'<h2><a href="{page_url(s.slug)}">{html.text(s.title)}</a></h2>',
    ]
    meta = posted_line(s.posted, s.posted_text, s.category, s.author)
    if meta:
        out.append(f'<p class="discussion-meta">{meta}</p>')
    counts = [
        plural(s.comments, "comment"),
        plural(s.threads, "thread"),
        f"deepest reply level {s.deepest}",
        f'<a href="participants.html">{plural(s.people(), "named participant")}</a>',
    ]
    if s.anonymous:
        counts.append(plural(s.anonymous, "anonymous comment"))
    out.append(f'<p class="discussion-counts">{" · ".join(counts)}</p>')
    if s.excerpt:
        out.append(f'<p class="discussion-excerpt">{html.text(_shorten(s.excerpt, 300))}</p>')
    out.append("</article>")
    return (s.posted is None, -(s.posted.toordinal() if s.posted else 0), s.slug), "\n".join(out)


def index_lines(rows: Iterable[Row], discussions: int, comments: int) -> Iterator[str]:
    """The home page's lines from its cards (:func:`index_row`) sorted by key, for ``discussions``
    discussions of ``comments`` comments in all."""
    yield from (
        front_matter({"title": "Archive", "hide": ["toc"]}),
        '<div class="archive-head" markdown="0">',
        "<h1>Discussion archive</h1>",
        f'<p class="archive-counts">{plural(discussions, "discussion")}, {plural(comments, "comment")}.</p>',
        "</div>",
        "",
        '<div class="discussion-list" markdown="0">',
    )
    yield from (card for _key, _number, card in rows)
    yield from ("</div>", "")


def _shorten(value: str, limit: int) -> str:
    value = " ".join(value.split())
    if len(value) <= limit:
        return value
    return value[:limit].rsplit(" ", 1)[0] + " …"
