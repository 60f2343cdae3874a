"""The participants page: every named person of the archive, with links to each of their comments.

Named people are the discussions' authors, the "Name says:" authors and the signed names; comments
with neither are counted as anonymous, not listed. Built from :class:`Summary` objects only.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TextIO

from generator.analysis.summary import Summary, key
from generator.pages import html
from generator.pages.annotate import id_label
from generator.pages.discussion import first_words
from generator.pages.frontmatter import front_matter
from generator.pages.paths import PARTICIPANTS_PAGE, from_root, page_url, sub_page
from generator.pages.rows import ARTICLE, COMMENTS, PersonKey, PersonRow, Ranked
from generator.pages.split import initial, initial_file, initial_label
from generator.pages.subnav import SubPage, nav_block, neighbours
from generator.pages.words import plural
from generator.read.slugs import slugify


@functools.lru_cache(maxsize=4096)
def person_key(name: str) -> PersonKey:
    """The :data:`PersonKey` of ``name`` (kept for the names seen last, as :func:`key`: a name
    comes back in many discussions, and its initial takes a Unicode normalisation)."""
    # The initial of the key, not of the name: names of one key are one person, so they must
    # have one initial (a lone combining "\u0345" casefolds to the letter "ι").
    person = key(name)
    return PersonKey(initial(person), person)


def participant_rows(summary: Summary) -> list[PersonRow]:
    """The lines ``summary`` adds to the people's lists, each with the key that orders the page:
    people by initial, then A–Z by name (case and spacing aside), each person's articles, then
    their comments, in seed order when the rows are added in seed order and sorted stably."""
    rows: list[PersonRow] = []
    page = page_url(summary.slug)
    title = html.text(summary.title)
    if summary.author:
        line = f'<li>article: <a href="{page}">{title}</a></li>'
        rows.append(PersonRow(person_key(summary.author), ARTICLE, summary.author, 0, line))
    for participation in summary.participants:
        ids = participation.comments
        # The count is said once, by the person's heading; here each comment is a link with its
        # first words, so a reader can tell which one to open.
        openings = participation.openings or ("",) * len(ids)
        # A list, not a generator: a line per comment of the archive.
        links = "".join(
            [
                f'<li><a class="participant-comment" href="{page}#{comment_id}">{id_label(comment_id)}</a>'
                f"{_words(opening)}</li>"
                for comment_id, opening in zip(ids, openings, strict=True)
            ]
        )
        line = f'<li><a href="{page}">{title}</a><ul class="participant-comments">{links}</ul></li>'
        rows.append(PersonRow(person_key(participation.name), COMMENTS, participation.name, len(ids), line))
    return rows


def _words(opening: str) -> str:
    """A comment's first words after its link, escaped ("" for a comment without text)."""
    if not opening:
        return ""
    return f' <span class="participant-gist">{first_words(opening)}</span>'


@dataclass(frozen=True)
class Person:
    """One person of the page, as read off the sorted rows."""

    initial: str
    """The initial they are listed under (see :func:`~generator.pages.split.initial`)."""

    name: str
    """Their name as first written in seed order."""

    anchor: str
    """Their section's id, unique on the page (and across the sub-pages of a split page)."""

    comments: int
    """Number of their comments."""

    articles: int
    """Number of articles they wrote."""

    lines: list[str]
    """Their rows' lines, in page order."""

    def counts(self) -> str:
        """``3 comments · 1 article`` (``1 article`` for an author who did not comment)."""
        counts = [plural(self.comments, "comment")] if self.comments or not self.articles else []
        if self.articles:
            counts.append(plural(self.articles, "article"))
        return " · ".join(counts)

    def section(self) -> str:
        """Their section of the page, lines ending with a newline (the lines link from the
        site's root)."""
        lines = "".join(f"{line}\n" for line in self.lines)
        return (
            '<section class="participant">\n'
            f'<h2 id="{self.anchor}">{html.text(self.name)}</h2>\n'
            f'<p class="participant-counts">{self.counts()}</p>\n'
            f'<ul class="participant-links">\n{lines}</ul>\n</section>\n'
        )


def people(rows: Iterable[Ranked[PersonRow]]) -> Iterator[Person]:
    """Every person of the page, from their rows (:func:`participant_rows`) in page order: by
    person, then kind, then the order they were added."""
    taken: set[str] = set()
    for who, group in itertools.groupby(rows, key=lambda ranked: ranked.row.person):
        listed = list(group)
        # The name as first written in seed order: the first added (articles are listed before
        # comments, so the first listed is not always the first written).
        name = min(listed, key=lambda ranked: ranked.added).row.name
        comments = sum(ranked.row.comments for ranked in listed)
        articles = sum(1 for ranked in listed if ranked.row.kind == ARTICLE)
        anchor = base = "p-" + (slugify(name) or "person")
        number = 1
        while anchor in taken:
            number += 1
            anchor = f"{base}-{number}"
        taken.add(anchor)
        yield Person(who.initial, name, anchor, comments, articles, [ranked.row.line for ranked in listed])


def _head(everyone: int, named: int, anonymous: int) -> list[str]:
    """The page's front matter and head (the same on the single page and the overview)."""
    return [
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
    ]


def people_lines(rows: Iterable[Ranked[PersonRow]], anonymous: int, scratch: TextIO) -> Iterator[str]:
    """The page's lines from every person's rows (:func:`participant_rows`, sorted by key and
    numbered in the order they were added). The page grows with the archive and the build writes
    it as it comes; the counts at its top are known only at the end, so the list goes to
    ``scratch`` (an empty text stream the caller gives, read and written with ``newline="\n"``,
    on disk for a large archive) and follows the head from there."""
    everyone = named = 0
    for person in people(rows):
        everyone += 1
        named += person.comments
        scratch.write(person.section())
    yield from _head(everyone, named, anonymous)
    yield '<div class="participant-list" markdown="0">'
    scratch.seek(0)
    # Split at "\n" only (see above), so every line comes back exactly as written.
    yield from (line[:-1] for line in scratch)
    yield from ("</div>", "")


def people_pages(
    rows: Iterable[Ranked[PersonRow]], anonymous: int, initials: Sequence[str], scratch: TextIO
) -> Iterator[tuple[str, Iterator[str]]]:
    """The split page: each initial's sub-page (its people's sections, as on the single page,
    between links to the sub-pages of the initials before and after it), then the overview
    (every name, linking to their section), as (path, lines) pairs. ``initials``:
    every initial of the rows, sorted (known before the rows are read, so the links are too).
    Each page's lines are to be read before the next pair is asked for (all of them are made in
    one pass over the rows); a page left unread is read to its end then. The overview's list
    waits in ``scratch`` (see :func:`people_lines`)."""
    totals = [0, 0]  # people, their comments
    letters: list[str] = []
    subs = [SubPage(initial_file(letter), initial_label(letter)) for letter in initials]
    place = {letter: index for index, letter in enumerate(initials)}
    for letter, group in itertools.groupby(people(rows), key=lambda person: person.initial):
        letters.append(letter)
        nav = nav_block("participants", "Participants", *neighbours(subs, place[letter]))
        page = _initial_page(letter, group, scratch, totals, nav)
        yield sub_page(PARTICIPANTS_PAGE, initial_file(letter)), page
        for _ in page:  # what the caller left unread
            pass
    jump = " · ".join(
        f'<a href="#initial-{html.text(initial_file(letter))}">{html.text(initial_label(letter))}</a>'
        for letter in letters
    )
    scratch.seek(0)
    # Split at "\n" only (see people_lines), so every line comes back exactly as written.
    body = (line[:-1] for line in scratch)
    head = _head(totals[0], totals[1], anonymous)
    tail = ["</div>", ""]
    start = [
        '<div class="participant-index" markdown="0">',
        f'<p class="participant-initials">{jump}</p>',
    ]
    yield PARTICIPANTS_PAGE, itertools.chain(head, start, body, tail)


def _initial_page(
    letter: str, group: Iterable[Person], overview: TextIO, totals: list[int], nav: list[str]
) -> Iterator[str]:
    """The sub-page of the people under ``letter``, ``nav`` (the links to its neighbours) at its
    top and bottom; writes their lines of the overview to ``overview`` and adds them to
    ``totals`` as it goes."""
    label = html.text(initial_label(letter))
    name = html.text(initial_file(letter))
    yield from (
        front_matter({"title": f"Participants: {initial_label(letter)}", "hide": ["toc"]}),
        '<div class="participants-head" markdown="0">',
        f"<h1>Participants: {label}</h1>",
        '<p class="participants-note">One page of the <a href="../participants.html">participants</a>,'
        " those whose name starts with this letter.</p>",
        "</div>",
        "",
        *nav,
        '<div class="participant-list" markdown="0">',
    )
    overview.write(
        f'<section class="participant-initial">\n<h2 id="initial-{name}">'
        f'<a href="participants/{name}.html">{label}</a></h2>\n<ul class="participant-names">\n'
    )
    for person in group:
        totals[0] += 1
        totals[1] += person.comments
        overview.write(
            f'<li><a href="participants/{name}.html#{person.anchor}">{html.text(person.name)}</a>'
            f' <span class="participant-counts">{person.counts()}</span></li>\n'
        )
        yield from_root(person.section()[:-1])
    overview.write("</ul>\n</section>\n")
    yield from ("</div>", "", *nav)
