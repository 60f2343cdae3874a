"""The home page: a card per discussion, newest first."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from generator.analysis.summary import Summary
from generator.pages import html
from generator.pages.discussion import posted_line
from generator.pages.frontmatter import front_matter
from generator.pages.paths import page_url
from generator.pages.rows import IndexKey, IndexRow
from generator.pages.words import plural, shorten


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
    if s.first_comment and s.last_comment:
        counts.append(_comment_dates(s.first_comment, s.last_comment))
    out.append(f'<p class="discussion-counts">{" · ".join(counts)}</p>')
    if s.excerpt:
        out.append(f'<p class="discussion-excerpt">{html.text(shorten(s.excerpt, 300))}</p>')
    out.append("</article>")
    key = IndexKey(s.posted is None, -(s.posted.toordinal() if s.posted else 0), s.slug)
    return IndexRow(key, "\n".join(out))


def _comment_dates(first: str, last: str) -> str:
    """When the comments were posted: one day, or the first and the last day."""
    days = [f'<time datetime="{html.text(iso)}">{html.text(iso[:10])}</time>' for iso in (first, last)]
    if first[:10] == last[:10]:
        return f"comments on {days[0]}"
    return f"comments {days[0]} to {days[1]}"


def index_lines(cards: Iterable[str], discussions: int, comments: int) -> Iterator[str]:
    """The home page's lines from its cards (:func:`index_row`) in page order, for ``discussions``
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
    yield from cards
    yield from ("</div>", "")
