"""The participants page: every named person of the archive, with links to each of their comments.

Named people are the discussions' authors, the "Name says:" authors and the signed names; comments
with neither are counted as anonymous, not listed. Built from :class:`Summary` objects only.
"""

from __future__ import annotations

import itertools
import tempfile
from collections.abc import Iterable, Iterator

from generator import html
from generator.annotate import id_label
from generator.render import front_matter, page_url, plural
from generator.spill import Row
from generator.summary import Summary, key
from generator.text import slugify

PAGE = "participants.md"
"""Path of the page, relative to the docs folder."""


PersonRow = tuple[tuple[str, int], tuple[str, int, str]]
"""One line of a person's list on the page: ``((name key, 0 for an article or 1 for comments),
(the name as written there, number of comments, the rendered line))`` (see :func:`participant_rows`)."""


def participant_rows(summary: Summary) -> list[PersonRow]:
    """The lines ``summary`` adds to the people's lists, each with the key that orders the page:
    people A–Z by name (case and spacing aside), each person's articles, then their comments, in
    seed order when the rows are added in seed order and sorted stably."""
    rows: list[PersonRow] = []
    page = page_url(summary.slug)
    title = html.text(summary.title)
    if summary.author:
        line = f'<li>article: <a href="{page}">{title}</a></li>'
        rows.append(((key(summary.author), 0), (summary.author, 0, line)))
    for participation in summary.participants:
        ids = participation.comments
        links = ", ".join(
            f'<a class="participant-comment" href="{page}#{comment_id}">{id_label(comment_id)}</a>'
            for comment_id in ids
        )
        line = f'<li>{plural(len(ids), "comment")} on <a href="{page}">{title}</a>: {links}</li>'
        rows.append(((key(participation.name), 1), (participation.name, len(ids), line)))
    return rows


def people_lines(rows: Iterable[Row], anonymous: int, *, spill: str | None = None) -> Iterator[str]:
    """The page's lines from every person's rows (:func:`participant_rows`, sorted by key and
    numbered in the order they were added). The page grows with the archive and the build writes
    it as it comes; the counts at its top are known only at the end, so the list goes to a
    temporary file (in ``spill``, else the system's) that follows the head."""
    everyone = named = 0
    with tempfile.TemporaryFile("w+", encoding="utf-8", newline="\n", dir=spill) as body:
        taken: set[str] = set()
        for _, group in itertools.groupby(rows, key=lambda row: row[0][0]):
            person: list[Row] = list(group)
            # The name as first written in seed order: the lowest addition number (articles are
            # sorted before comments, so the first row is not always the first written).
            name = min(person, key=lambda row: row[1])[2][0]
            comments = sum(value[1] for _key, _number, value in person)
            articles = sum(1 for (_name, kind), _number, _value in person if kind == 0)
            everyone += 1
            named += comments
            anchor = base = "p-" + (slugify(name) or "person")
            number = 1
            while anchor in taken:
                number += 1
                anchor = f"{base}-{number}"
            taken.add(anchor)
            counts = [plural(comments, "comment")]
            if articles:
                counts.append(plural(articles, "article"))
            body.write(
                '<section class="participant">\n'
                f'<h2 id="{anchor}">{html.text(name)}</h2>\n'
                f'<p class="participant-counts">{" · ".join(counts)}</p>\n'
                '<ul class="participant-links">\n'
            )
            body.writelines(f"{value[2]}\n" for _key, _number, value in person)
            body.write("</ul>\n</section>\n")
        yield from (
            front_matter({"title": "Participants", "hide": ["toc"]}),
            '<div class="participants-head" markdown="0">',
            "<h1>Participants</h1>",
            f'<p class="participants-counts">{plural(everyone, "named person", "named people")}'
            f" · {plural(named, 'comment')} by them · {plural(anonymous, 'anonymous comment')}"
            " (counted, not listed)</p>",
            '<p class="participants-note">A name is an article’s author, a “Name says:” author or a '
            "name signed at the end of a comment; a comment with none of these is anonymous.</p>",
            "</div>",
            "",
            '<div class="participant-list" markdown="0">',
        )
        body.seek(0)
        # Split at "\n" only (newline= above), so every line comes back exactly as written.
        yield from (line[:-1] for line in body)
    yield from ("</div>", "")
