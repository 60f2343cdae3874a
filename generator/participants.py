"""The participants page: every named person of the archive, with links to each of their comments.

Named people are the discussions' authors, the "Name says:" authors and the signed names; comments
with neither are counted as anonymous, not listed. Built from :class:`Summary` objects only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator import html
from generator.annotate import id_label
from generator.render import front_matter, page_url, plural
from generator.summary import Summary, key
from generator.text import slugify

PAGE = "participants.md"
"""Path of the page, relative to the docs folder."""


@dataclass
class _Person:
    """What the page shows about one name (built up while reading the summaries)."""

    name: str
    articles: list[Summary] = field(default_factory=list)
    comments: list[tuple[Summary, tuple[str, ...]]] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(len(ids) for _summary, ids in self.comments)


def _people(summaries: list[Summary]) -> list[_Person]:
    people: dict[str, _Person] = {}
    for summary in summaries:
        if summary.author:
            people.setdefault(key(summary.author), _Person(summary.author)).articles.append(summary)
        for participation in summary.participants:
            person = people.setdefault(key(participation.name), _Person(participation.name))
            person.comments.append((summary, participation.comments))
    return sorted(people.values(), key=lambda p: (key(p.name), p.name))


def render_participants(summaries: list[Summary]) -> str:
    """The Markdown of ``participants.md``: people A–Z, each with counts and comment links."""
    people = _people(summaries)
    named = sum(p.count for p in people)
    anonymous = sum(s.anonymous for s in summaries)
    out = [
        front_matter({"title": "Participants", "hide": ["toc"]}),
        '<div class="participants-head" markdown="0">',
        "<h1>Participants</h1>",
        f'<p class="participants-counts">{plural(len(people), "named person", "named people")}'
        f" · {plural(named, 'comment')} by them · {plural(anonymous, 'anonymous comment')}"
        " (counted, not listed)</p>",
        '<p class="participants-note">A name is an article’s author, a “Name says:” author or a '
        "name signed at the end of a comment; a comment with none of these is anonymous.</p>",
        "</div>",
        "",
        '<div class="participant-list" markdown="0">',
    ]
    taken: set[str] = set()
    for person in people:
        anchor = base = "p-" + (slugify(person.name) or "person")
        number = 1
        while anchor in taken:
            number += 1
            anchor = f"{base}-{number}"
        taken.add(anchor)
        counts = [plural(person.count, "comment")]
        if person.articles:
            counts.append(plural(len(person.articles), "article"))
        out.append('<section class="participant">')
        out.append(f'<h2 id="{anchor}">{html.text(person.name)}</h2>')
        out.append(f'<p class="participant-counts">{" · ".join(counts)}</p>')
        out.append('<ul class="participant-links">')
        for summary in person.articles:
            out.append(f'<li>article: <a href="{page_url(summary.slug)}">{html.text(summary.title)}</a></li>')
        for summary, ids in person.comments:
            links = ", ".join(
                f'<a class="participant-comment" href="{page_url(summary.slug)}#{comment_id}">'
                f"{id_label(comment_id)}</a>"
                for comment_id in ids
            )
            out.append(
                f'<li>{plural(len(ids), "comment")} on <a href="{page_url(summary.slug)}">'
                f"{html.text(summary.title)}</a>: {links}</li>"
            )
        out += ["</ul>", "</section>"]
    out += ["</div>", ""]
    return "\n".join(out)
