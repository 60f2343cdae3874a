"""The participants page: every named person of the archive, with links to each of their comments.

Named people are the discussions' authors, the "Name says:" authors and the signed names; comments
with neither are counted as anonymous, not listed. Built from :class:`Summary` objects only.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from generator import html
from generator.annotate import id_label
from generator.render import front_matter, page_url, plural
from generator.summary import Summary, key
from generator.text import slugify

PAGE = "participants.md"
"""Path of the page, relative to the docs folder."""


@dataclass(frozen=True)
class Person:
    """One named person of the archive and where they wrote."""

    name: str
    """The name as first written (in seed order)."""

    articles: tuple[Summary, ...]
    """The discussions whose article they wrote."""

    comments: tuple[tuple[Summary, tuple[str, ...]], ...]
    """Per discussion they commented on, the ids of their comments there."""

    @property
    def count(self) -> int:
        """Number of their comments, all discussions together."""
        return sum(len(ids) for _summary, ids in self.comments)


def people(summaries: list[Summary]) -> list[Person]:
    """Every named person of ``summaries``, A–Z; spellings differing only in case are one person."""
    names: dict[str, str] = {}
    articles: dict[str, list[Summary]] = {}
    comments: dict[str, list[tuple[Summary, tuple[str, ...]]]] = {}
    for summary in summaries:
        if summary.author:
            names.setdefault(key(summary.author), summary.author)
            articles.setdefault(key(summary.author), []).append(summary)
        for participation in summary.participants:
            names.setdefault(key(participation.name), participation.name)
            comments.setdefault(key(participation.name), []).append((summary, participation.comments))
    return [
        Person(names[k], tuple(articles.get(k, ())), tuple(comments.get(k, ())))
        for k in sorted(names, key=lambda k: (k, names[k]))
    ]


def render_participants(summaries: list[Summary]) -> str:
    """The Markdown of ``participants.md``: people A–Z, each with counts and comment links."""
    return "\n".join(participant_lines(summaries))


def participant_lines(summaries: list[Summary]) -> Iterator[str]:
    """The lines of :func:`render_participants`, one at a time: at archive scale the page is
    many megabytes, which the build writes as they come rather than holding them whole."""
    everyone = people(summaries)
    named = sum(p.count for p in everyone)
    anonymous = sum(s.anonymous for s in summaries)
    yield from (
        front_matter({"title": "Participants", "hide": ["toc"]}),
        '<div class="participants-head" markdown="0">',
        "<h1>Participants</h1>",
        f'<p class="participants-counts">{plural(len(everyone), "named person", "named people")}'
        f" · {plural(named, 'comment')} by them · {plural(anonymous, 'anonymous comment')}"
        " (counted, not listed)</p>",
        '<p class="participants-note">A name is an article’s author, a “Name says:” author or a '
        "name signed at the end of a comment; a comment with none of these is anonymous.</p>",
        "</div>",
        "",
        '<div class="participant-list" markdown="0">',
    )
    taken: set[str] = set()
    for person in everyone:
        anchor = base = "p-" + (slugify(person.name) or "person")
        number = 1
        while anchor in taken:
            number += 1
            anchor = f"{base}-{number}"
        taken.add(anchor)
        counts = [plural(person.count, "comment")]
        if person.articles:
            counts.append(plural(len(person.articles), "article"))
        yield '<section class="participant">'
        yield f'<h2 id="{anchor}">{html.text(person.name)}</h2>'
        yield f'<p class="participant-counts">{" · ".join(counts)}</p>'
        yield '<ul class="participant-links">'
        for summary in person.articles:
            yield f'<li>article: <a href="{page_url(summary.slug)}">{html.text(summary.title)}</a></li>'
        for summary, ids in person.comments:
            links = ", ".join(
                f'<a class="participant-comment" href="{page_url(summary.slug)}#{comment_id}">'
                f"{id_label(comment_id)}</a>"
                for comment_id in ids
            )
            yield (
                f'<li>{plural(len(ids), "comment")} on <a href="{page_url(summary.slug)}">'
                f"{html.text(summary.title)}</a>: {links}</li>"
            )
        yield from ("</ul>", "</section>")
    yield from ("</div>", "")
