"""Dump dialects: each recognises one way of writing comments down, all produce the same model.

A dialect is a module with ``NAME``, ``sniff(lines) -> int`` (confidence 0-100) and
``parse(lines, source) -> Discussion``, and optionally ``REQUIRES``, a pattern every file of the
dialect holds (a file without it is not sniffed). :func:`parse` picks the most confident one; to add a
dialect, write such a module and list it in ``DIALECTS``. A file no dialect reads with
confidence (a README, a shopping list) is rejected with a :class:`SeedError`, never published
as a wrong thread.
"""

from __future__ import annotations

import dataclasses
import re
from types import ModuleType

from generator.errors import SeedError
from generator.model import Diagnostic, Discussion, Paragraph, SourceLine, walk
from generator.read.dialects import aggregator, indent, numbered, threaded
from generator.read.dialects.confidence import check_numbered, check_reading
from generator.read.dump.pagehead import headline_text
from generator.read.skeleton import check_filled
from generator.read.text import split_lines

DIALECTS: tuple[ModuleType, ...] = (aggregator, numbered, threaded)
"""Known dialects; on a tie the first listed wins. The aggregator dialect comes first: it is
certain or out (its headers are its own), and certain, it spares the others' sniffing."""


_FRONT_MATTER_LIMIT = 20
"""How far down a seed's front matter may close; a '---' further on is text, not front matter."""


def front_matter(lines: list[str]) -> tuple[str | None, list[SourceLine], list[str]]:
    """A seed may open with ``---``, ``slug: name``, ``---`` to choose its page's slug.

    Returns the slug, the front matter lines (reported with the page chrome, so nothing is lost)
    and the lines with the front matter blanked out (line numbers stay those of the file).
    Anything but exactly that shape is left alone as text: a seed that merely starts with
    ``---`` is not front matter.
    """
    if not lines or lines[0].strip() != "---":
        return None, [], lines
    end = next((i for i in range(1, min(len(lines), _FRONT_MATTER_LIMIT)) if lines[i].strip() == "---"), 0)
    if end != 2:
        return None, [], lines
    key, colon, value = lines[1].partition(":")
    if not colon or key.strip().lower() != "slug" or not value.strip():
        return None, [], lines
    kept = [SourceLine(number + 1, lines[number].strip()) for number in range(end + 1)]
    return value.strip(), kept, [""] * (end + 1) + lines[end + 1 :]


CERTAIN = 100
"""A sniff this sure ends the search: the dialects after it are not asked (their sniffing may
cost as much as a reading)."""


def _choose(lines: list[str], text: str) -> ModuleType:
    """The most confident dialect for ``lines``; on a tie the first listed."""
    best, best_score = DIALECTS[0], -1
    for module in DIALECTS:
        score = _sniff(module, lines, text)
        if score >= CERTAIN:
            return module
        if score > best_score:
            best, best_score = module, score
    return best


def _sniff(dialect: ModuleType, lines: list[str], text: str) -> int:
    """``dialect``'s confidence in ``lines``; 0 without sniffing when ``text`` lacks what the
    dialect's files always hold (its ``REQUIRES`` pattern, where it has one)."""
    required: re.Pattern[str] | None = getattr(dialect, "REQUIRES", None)
    if required is not None and required.search(text) is None:
        return 0
    score: int = dialect.sniff(lines)
    return score


def _second_look(discussion: Discussion, lines: list[str], source: str) -> Discussion:
    """The threaded reading of ``lines``, unless it left a numbered seed's comment headers in the
    text: then its "headers" were lines quoted inside comments ("Mary on March 3, 2012"), and the
    numbered reading is taken instead when it reads more comments, none of them at a line the
    threaded reading took for a header. Otherwise the threaded reading stands, with a warning on
    each header left in the text (the thread may be wrong there), so it is never published as
    read without a word."""
    missed = _missed_heads(discussion, lines)
    if not missed:
        return discussion
    read = walk(discussion.comments)
    try:
        other = numbered.parse(lines, source)
        check_numbered(other, lines, source)
    except SeedError:
        other = None
    if other is not None:
        theirs = walk(other.comments)
        if len(theirs) > len(read) and not {c.line for c in read} & {c.line for c in theirs}:
            return other
    risks = tuple(
        Diagnostic.thread_risk(
            source, paragraph.line, f"a numbered comment's header read as text: {paragraph.text[:60]!r}"
        )
        for paragraph in missed
    )
    return dataclasses.replace(discussion, warnings=(*discussion.warnings, *risks))


def _missed_heads(discussion: Discussion, lines: list[str]) -> list[Paragraph]:
    """The paragraphs of ``discussion`` (its article's and its comments') that are a numbered
    seed's comment headers where that dialect puts them: a line of its own, "  1. Bob says:" at
    its top comments' columns, "• Carl says:" on a reply's bullet. (A dump's own headers are
    followed by a date; a list in a dump's comment is mostly indented further, but not where the
    comments start at the margin: there a list item "1. My doctor says:" alone in a paragraph is
    a false alarm, the price of never publishing the other case quietly.)"""
    paragraphs = [*discussion.article, *(p for c in walk(discussion.comments) for p in c.paragraphs)]
    # The ending first: a test made in C, which almost no paragraph passes.
    return [
        p
        for p in paragraphs
        if p.text.endswith(" says:") and "\n" not in p.text and _numbered_head(lines[p.line - 1])
    ]


def _numbered_head(line: str) -> bool:
    """Whether ``line`` is a numbered seed's comment header ("  1. Bob says:", "    • Carl says:"),
    as the numbered dialect reads it (its text stripped: white space may follow the colon)."""
    opening = numbered.TOP.match(line) or numbered.REPLY.match(line)
    return opening is not None and numbered.SAYS.match((opening["text"] or "").strip()) is not None


def _numbered_quoting(reading: Discussion, lines: list[str], source: str) -> Discussion | None:
    """The numbered reading of ``lines``, checked, where it reads more comments than the
    threaded ``reading`` and every header of that reading stands inside the text of its
    comments (quoted there), else None."""
    if threaded.is_page_dump(lines):
        return None  # a page's numbered lists (steps, stories) are no seed's comments
    try:
        other = numbered.parse(lines, source)
        check_numbered(other, lines, source)
    except SeedError:
        return None
    theirs, read = walk(other.comments), walk(reading.comments)
    # More comments than the headers read (a list of stories read as numbered comments has as
    # many), none of them at a header's line.
    if len(theirs) <= len(read):
        return None
    starts = {comment.line for comment in theirs}
    quoted = all(c.line > theirs[0].line and c.line not in starts for c in read)
    return other if quoted else None


def _page_of_stories(refused: threaded.NotAThread, lines: list[str], source: str) -> Discussion:
    """The page reading of a page's dump whose dated lines nothing marks as comments (a news
    page's lists of stories, a "Recommended" box, a byline and a caption): its article, no
    comments, a note on the lines that were not read as comments. Raises ``refused`` where the
    file is no page's dump (a text typed by hand, a README's dated changes), holds no page, or
    where the dated lines stand as comments' headers do, not as a list of stories'."""
    if not (threaded.is_page_dump(lines) or threaded.opens_as_page(lines)):
        raise refused
    try:
        page = threaded.parse_page(lines, source)
    except threaded.NoPage:
        raise refused from None
    if not threaded.lists_stories(lines, refused.reading, max(page.title_line, page.posted_line)):
        raise refused  # a comment section nothing marks as one: never published as the article
    if threaded.text_above(page):
        raise refused  # the page reading's title is a story's, under the article's own text
    dated = refused.reading.comments
    note = Diagnostic(
        source,
        refused.line,
        f"{len(walk(dated))} dated lines read as the page's, not as comments: nothing marks them as "
        "comments (no comments heading, 'Reply' links, 'says:' headers, replies or reply form)",
    )
    return dataclasses.replace(page, warnings=(*page.warnings, note))


def _numbered_or_page(discussion: Discussion, lines: list[str], source: str) -> Discussion:
    """The numbered reading of ``lines``, checked; but a w3m or lynx dump of a page with no
    comments (an article alone) is read as a page: its title past the navigation, its byline,
    not its first line as the title (nor lynx's link list as comments)."""
    comments = walk(discussion.comments)
    try:
        check_numbered(discussion, lines, source)
    except SeedError as refused:
        # A dump of a page (a menu, lynx's links) whose numbered lists are the article's or
        # lynx's link list: the page, read as one (which refuses it where it shows comments, a
        # heading, "Reply" links or undated headers); a seed typed by hand (a README, a shopping
        # list), refused.
        if not threaded.is_page_dump(lines):
            raise
        try:
            return threaded.parse_page(lines, source)
        except threaded.NoPage:
            raise refused from None
    if not comments and not discussion.title_line and len(discussion.article) >= _PAGE_PARAGRAPHS:
        page = _untitled_page(lines, source)
        if page is not None:
            return page
    # A page's numbered lists that name no one and give no date ("Most Popular", a how-to's
    # steps, a footer's links), or that the numbered reading warns ten times and more may be
    # no thread (a wiki's references, the last running on into the footer): the page, where it
    # opens as one (a menu before any text, lynx's marks, w3m's glyphs). Comments typed by hand
    # may be anonymous, under a title and text that come first ("  • Flour" after them).
    # The page's own text comes first: a title over a list and two lines is no page.
    anonymous = not any(comment.author or comment.posted_text for comment in comments)
    risky = sum(1 for warning in discussion.warnings if warning.risky) >= _RISKY_ON_A_PAGE
    texted = any(paragraph.text.count(" ") >= threaded.PROSE_SPACES for paragraph in discussion.article)
    if (
        threaded.is_page_dump(lines) and (not comments or threaded.in_link_list(lines, comments[0].line))
    ) or ((anonymous or risky) and texted and threaded.opens_as_page(lines)):
        try:
            return threaded.parse_page(lines, source)
        except threaded.NoPage:
            if comments:
                raise
            # No title and paragraph past the menus (a short seed typed by hand, a list): the
            # numbered reading stands, checked above.
    return discussion


def _untitled_page(lines: list[str], source: str) -> Discussion | None:
    """The page reading of a dump that the seeds' layout reads with no comment and no title line
    over paragraphs of text: no seed typed by hand, which opens with its title, but a page whose
    dump opens with lines run together ("Blog" / "Insights" / the title / "Published on: …").
    Only where the page reading anchors its title with a dated byline under it, and the title
    reads as a headline (no sentence of the text); else None (the file's name stays the title,
    with its warning, or the checks after this one read the page)."""
    if threaded.is_page_dump(lines):
        return None  # the page is read as one by the checks after this one, where it reads as one
    try:
        page = threaded.parse_page(lines, source)
    except SeedError:
        return None
    # A title's first letter is a capital: a small one is a line that goes on from the one above
    # ("A walk along the coast" / "with the kids in March"), typed over two lines.
    if not 0 < page.title_line < page.posted_line or not headline_text(page.title) or page.title[0].islower():
        return None
    # Lines over the title in its block: a breadcrumb's short steps ("Blog" / "Insights"), not a
    # title typed over two lines ("Minutes of the park meeting" / "Held in the Library Hall").
    words = len(page.title.split())
    index = page.title_line - 2
    while index >= 0 and lines[index].strip():
        above = len(lines[index].split())
        if above > 3 or above >= words:
            return None
        index -= 1
    return page


_RISKY_ON_A_PAGE = 10
"""Warnings that the thread may be wrong past which a page dump's numbered reading is no thread."""
_PAGE_PARAGRAPHS = 5
"""Paragraphs of text under an untitled top that make a dump a page's, not a fragment typed by hand."""


def parse(text: str, source: str = "<text>") -> Discussion:
    """Parse the text of one dump into a :class:`Discussion` (raises only :class:`SeedError`)."""
    text = text.removeprefix("\ufeff")
    slug, front, lines = front_matter(split_lines(text))
    lines, warnings = indent.normalize(lines, source, text)
    # After normalising, a file of white space and zero-width characters has only blank lines.
    if not any(line.strip() for line in lines):
        raise SeedError(
            source, 1, "expected a discussion dump (a title, an article, comments), found an empty file"
        )
    # A seed begun with `python -m generator new` is published only once it is filled in.
    check_filled(lines, source)
    dialect = _choose(lines, text)
    try:
        discussion: Discussion = dialect.parse(lines, source)
    except threaded.NotAThread as refused:
        # Dated lines quoted in a numbered seed's comments ("Mary on March 3, 2012"), which
        # nothing else marks as a dump's comments: the seed's own reading, where it holds them.
        numbered_reading = _numbered_quoting(refused.reading, lines, source)
        if numbered_reading is None:
            numbered_reading = _page_of_stories(refused, lines, source)
        discussion = numbered_reading
    else:
        if dialect is numbered:
            discussion = _numbered_or_page(discussion, lines, source)
        elif dialect is threaded:
            discussion = _second_look(discussion, lines, source)
    check_reading(discussion, lines, source)
    if warnings:
        discussion = dataclasses.replace(discussion, warnings=(*warnings, *discussion.warnings))
    if slug is not None:
        discussion = dataclasses.replace(discussion, slug=slug, chrome=(*front, *discussion.chrome))
    return discussion
