"""Aggregator pages — Hacker News and old Reddit — dumped by w3m or lynx.

Both write a comment as a header line, its text, then its actions. Hacker News:
``zokier 8 hours ago | parent | prev | next [–]``, the text, ``reply``. Old Reddit:
``[–]stab_wrangler 214 points215 points216 points 21 hours ago (3 children)``, the text, then
``• permalink • embed • save • report • reply``.

Neither shows its nesting in a way a dump keeps: Hacker News indents by a spacer image that w3m
draws a column or two wide whatever the depth and lynx not at all; old Reddit by CSS margins. But
both say it in the header, and with the page order that gives the tree exactly: Hacker News links
a comment to the sibling before and after it ("prev", "next") and to its "parent" when it is a
reply; old Reddit counts every comment's replies at all levels ("(3 children)"). Ages are
relative to when the page was saved ("8 hours ago"): kept as written, with one warning.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import attrgetter

from generator.errors import SeedError
from generator.model import Comment, Diagnostic, Discussion, SourceLine
from generator.read.dates import PostedAt, read_dates
from generator.read.dump.dumplines import MARKER, MARKER_FIRST, Dump, Line, read_dump
from generator.read.dump.reflow import Row, paragraphs_of, paragraphs_of_rows

NAME = "aggregator"

UNSURE = 75
"""Two comment headers and no byline: a page cut short, or headers quoted in another seed (the
numbered dialect's 80 wins where there are numbered comments)."""

CONFIDENT = 100
"""Certain (:data:`generator.read.dialects.CERTAIN`): the whole header, collapse link, age and
all, is these sites' alone. The "threaded" reader's name-and-date headers match it too, but
that reader cannot tell their nesting."""

REQUIRES = re.compile(r"\[[–+-]\]")
"""The collapse link, as w3m or lynx writes it: a file without one is not sniffed at all (one
search of the whole text costs less than a look at each line)."""

_HN_HEAD = re.compile(
    r"(?P<author>[\w-]+) (?P<age>[0-9]+ (?:second|minute|hour|day|month|year)s? ago"
    r"|on [A-Z][a-z][a-z] [0-9]+, [0-9]+)"
    r"(?P<links>(?: \| (?:parent|context|root|prev|next|flag|favorite|edit|delete))*) \[[–+-]\]"
)
"""A Hacker News comment header, whole (it is short: no dump wraps it)."""

_REDDIT_HEAD = re.compile(
    r"\[[–+-]\] ?(?P<author>\[deleted\]|[\w-]+)(?: ?\[[SMA]\])?"
    r"(?: (?:-?[0-9]+ points?)(?:-?[0-9]+ points?)?(?:-?[0-9]+ points?)?| \[score hidden\])? "
    r"(?P<age>[0-9]+ (?:second|minute|hour|day|month|year)s? ago)\*?"
    r"(?: - stickied comment)?(?: \((?P<children>[0-9]+) child(?:ren)?\))?"
)
"""An old Reddit comment header, whole (lynx may wrap it over two or three lines): the author
with the submitter's, a moderator's or an admin's mark, the three scores (only one shows in a
browser) or "[score hidden]", the age with the edited mark, and the replies at all levels."""


def _has_toggle(text: str) -> bool:
    """Whether a line holds the collapse link both sites put on every comment's header: "[–]" (an
    en dash; "[-]" where the dump was made in ASCII; "[+]" on a comment shown collapsed, for its
    low score). Three tests in C: a loop over the three would cost a frame a line."""
    return "[–]" in text or "[-]" in text or "[+]" in text


_REDDIT_START = re.compile(r"\[[–+-]\] ?(?:\[deleted\]|[\w-]{1,40})(?: |$|\[)")
"""The first line of an old Reddit header."""

_MAX_HEAD_LINES = 3

_HN_BYLINE = re.compile(r"[0-9]{1,7} points? by (?P<author>[\w-]{1,40}) (?P<age>[^|]{1,40}?)(?: \||$)")
_REDDIT_BYLINE = re.compile(r"submitted (?P<age>.{1,40}?) by (?P<author>[\w-]{1,40})")
"""A story's byline: its author and its age (or date) as shown."""
_SOURCE = re.compile(r" \((?:self\.[\w-]{1,60}|[\w-]{1,60}(?:\.[\w-]{1,60}){1,6}(?:/[^\s()]{0,100})?)\)$")
"""What follows a story's title: its site ("(example.com)") or subreddit ("(self.keyboards)")."""

_REDDIT_ACTIONS = frozenset(
    [
        *[
            "permalink",
            "embed",
            "save",
            "unsave",
            "report",
            "reply",
            "parent",
            "edit",
            "delete",
            "source",
            "share",
            "hide",
            "crosspost",
        ],
        "give award",
        "load more comments",
    ]
)
"""The actions listed under an old Reddit comment or post (each a list item of its own)."""

_REDDIT_COMMENTS = re.compile(r"(?:all )?[0-9]{1,7} comments?|(?:no|[0-9]{1,7}) comments")
_SPACER = re.compile(r"\[s(?:\.gif)?\]|\*|[━─]+")
"""What the left-hand cells of a Hacker News comment leave in a dump: the spacer image's name
(w3m, lynx) or a rule as wide as w3m draws it, and the vote arrow (a bullet): beside the text
in w3m, or on lines of their own."""
_SPACER_BESIDE = re.compile(r"(?:\[s\]|\*|[━─]+) +")
_SPACER_FIRST = frozenset("[*━─")


@dataclass(slots=True)
class _Head:
    """A comment header as read (not frozen: a frozen class's constructor, once a comment, cost
    three times as much)."""

    first: int
    """Index of its first line."""
    last: int
    """Index of its last line (old Reddit headers may be wrapped)."""
    site: str
    """``hn`` or ``reddit``: the header's shape."""
    author: str
    age: str
    indent: int = 0
    """Hacker News: the column its first line starts at; w3m sets what the row's left-hand cells
    hold (a spacer image, the vote arrow) left of it, beside the text."""
    reply: bool = False
    """Hacker News: it links to a parent."""
    prev: bool = False
    """Hacker News: it links to the sibling before it."""
    next: bool = False
    """Hacker News: it links to the sibling after it."""
    children: int | None = None
    """Old Reddit: its replies at all levels, as its header counts them."""


@dataclass(slots=True)
class _Node:
    head: _Head
    lines: list[Row | None] = field(default_factory=list)
    replies: list[_Node] = field(default_factory=list)
    parent: _Node | None = None
    depth: int = 0


def sniff(lines: list[str]) -> int:
    """How sure (0-100) that ``lines`` is a Hacker News or old Reddit page: the whole header,
    collapse link, age and all, is these sites' alone. Certain (:data:`CONFIDENT`) when the
    story's byline ("107 points by …", "submitted … by …") stands above the first header. Without
    it, two headers give :data:`UNSURE`, below a numbered seed's confidence: headers quoted in a
    seed of numbered comments do not take it over; a single one counts for nothing."""
    found = 0
    for index, line in enumerate(lines):
        if "[" not in line or not _has_toggle(line):
            continue
        text = _strip_lynx(line.strip())
        hn = _hn_head(lines, index, text)
        if hn is not None:
            first, pattern, hint = hn[1], _HN_BYLINE, "points by "
        elif _reddit_head(lines, index, text) is not None:
            first, pattern, hint = index, _REDDIT_BYLINE, "submitted "
        else:
            continue
        if found:
            return UNSURE
        if _byline(lines, first, pattern, hint):
            return CONFIDENT
        found += 1
    return 0


def _byline(lines: list[str], before: int, pattern: re.Pattern[str], hint: str) -> bool:
    """Whether a line above line ``before`` is a byline of ``pattern`` (``hint``: a part of it)."""
    return any(hint in line and pattern.match(_strip_lynx(line.strip())) for line in lines[:before])


def _reddit_head(raw: list[str], index: int, first: str) -> tuple[re.Match[str], int] | None:
    """The old Reddit header starting at line ``index`` (its text ``first``) and its last line."""
    if not _REDDIT_START.match(first):
        return None
    joined, best = first, None
    for last in range(index, min(index + _MAX_HEAD_LINES, len(raw))):
        if last > index:
            more = _strip_lynx(raw[last].strip())
            if not more:
                break
            joined += " " + more
        found = _REDDIT_HEAD.fullmatch(joined)
        if found is not None:
            best = found, last
            if found["children"] is not None:
                break  # whole: the count ends a header
    # Without its count, a header may have been wrapped before it ("… 21 hours ago" and "(1
    # child)" on the next line): the longest whole header is the header.
    return best


_LYNX_LINK = re.compile(r"\[[0-9]{1,6}\]")


def _strip_lynx(text: str) -> str:
    """``text`` without lynx's link numbers (sniffing reads the lines as they are)."""
    return _LYNX_LINK.sub("", text) if "[" in text else text


def parse(lines: list[str], source: str) -> Discussion:
    """Parse the lines of an aggregator page's dump (see the module docstring)."""
    dump = read_dump(lines)
    heads = list(_heads(dump))
    if not heads:
        raise SeedError(source, 1, "expected Hacker News or old Reddit comment headers, found none")
    hacker_news = heads[0].site == "hn"
    heads = [head for head in heads if head.site == heads[0].site]
    dropped: list[SourceLine] = list(dump.dropped)
    warnings: list[Diagnostic] = []
    nodes: list[_Node] = []
    ends = [head.first for head in heads[1:]] + [len(dump.lines)]
    cells: dict[int, int] = {}
    for head, end in zip(heads, ends, strict=True):
        for index in range(head.first, head.last + 1):
            if text := dump.raw[index].strip():
                dropped.append(SourceLine(index + 1, text, "comment header"))
        nodes.append(_Node(head, _text(dump, head.last + 1, end, head.indent, hacker_news, dropped, cells)))
    roots = _hn_tree(nodes, source, warnings) if hacker_news else _reddit_tree(nodes, source, warnings)
    page = _page_head(dump, heads[0].first, hacker_news, dropped)
    comments = _freeze(roots, cells if dump.wrap else None, source, warnings)
    title = page.title
    posted = page.posted
    if posted is None and page.age is not None and not page.age.endswith(" ago"):
        (read,) = read_dates([page.age])  # Hacker News dates an old story: "on Mar 5, 2024"
        posted = _iso_date(read.iso[:10]) if read is not None and read.iso else None
    if not title:
        warnings.append(Diagnostic(source, 1, "no title found above the comments"))
    return Discussion(
        source=source,
        slug="",
        title=title or "Untitled",
        posted=posted,
        posted_text=page.posted.isoformat() if page.posted else page.age,
        author=page.author,
        category=None,
        article=tuple(paragraphs_of(page.article, dump.wrap)),
        comments=comments,
        chrome=tuple(sorted(_as_written(dropped, dump, lines), key=attrgetter("line"))),
        dialect=NAME,
        title_line=page.title_line,
        warnings=tuple(warnings),
    )


def _heads(dump: Dump) -> Iterator[_Head]:
    """Every comment header of the dump, in page order."""
    raw = dump.raw
    # The lines with a collapse link, picked out in one pass: a test of each line by a generator
    # of the three toggles cost a tenth of the reading (a call of _has_toggle each, a twentieth).
    toggled = [
        index
        for index, text in enumerate(raw)
        if "[" in text and ("[–]" in text or "[-]" in text or "[+]" in text)
    ]
    after = 0  # the first line not yet read (a wrapped Reddit header spans more than one)
    for index in toggled:
        if index < after:
            continue
        after = index + 1
        stripped = raw[index].strip()
        # A Hacker News header ends with its toggle; an old Reddit one opens with it.
        hn = _hn_head(raw, index, stripped) if stripped[-1] == "]" else None
        if hn is not None:
            found, first = hn
            author, age, links = found.group("author", "age", "links")
            top = raw[first]
            yield _Head(
                first,
                index,
                "hn",
                author,
                age,
                indent=len(top) - len(top.lstrip(" ")),
                reply=" parent" in links,
                prev=" prev" in links,
                next=" next" in links,
            )
            continue
        reddit = _reddit_head(raw, index, stripped)
        if reddit is not None:
            found, last = reddit
            children = int(found["children"] or 0)
            yield _Head(index, last, "reddit", found["author"], found["age"], children=children)
            after = last + 1


def _hn_head(raw: list[str], index: int, last: str) -> tuple[re.Match[str], int] | None:
    """The Hacker News header ending at line ``index`` (its text ``last``: where the toggle is)
    and its first line: w3m and lynx wrap a long one (a deep reply's, in a narrow cell)."""
    joined = last
    for first in range(index, max(index - _MAX_HEAD_LINES, -1), -1):
        if first < index:
            above = _strip_lynx(raw[first].strip())
            if not above:
                return None
            joined = f"{above} {joined}"
        found = _HN_HEAD.fullmatch(joined)
        if found is not None:
            return found, first
    return None


def _text(
    dump: Dump,
    start: int,
    end: int,
    column: int,
    hacker_news: bool,
    dropped: list[SourceLine],
    cells: dict[int, int],
) -> list[Row | None]:
    """A comment's text lines (None for a blank line): from its header to its actions (the last
    "reply" link, the last run of actions that starts with "permalink": a comment may say
    "reply", or list "save" as an item of its own); what follows, up to the next header, is
    listed as dropped. ``cells`` keeps the right edge of the text at each text column, the
    longest line's: w3m wraps a comment in its table cell, narrower than the dump, so the dump's
    width cannot tell a wrap."""
    out: list[Row | None] = []
    raw, widths = dump.raw, dump.widths
    stop = end
    word = "reply" if hacker_news else "permalink"  # in every line that ends the text: a test in C first
    for back in range(end - 1, start - 1, -1):
        if word in raw[back] and _ends_text(raw[back], hacker_news):
            stop = back
            break
    # One pass per line, the tests inlined: this loop reads most of the page.
    for index in range(start, stop):
        line = raw[index]
        text = line.strip()
        if not text:
            if out:
                out.append(None)
            continue
        indent = len(line) - len(line.lstrip(" "))
        if hacker_news and text[0] in _SPACER_FIRST:
            if _SPACER.fullmatch(text):
                # Alone on its line, it stands where the text has a blank line (w3m centres the cell).
                dropped.append(SourceLine(index + 1, text, "vote arrow or spacer image"))
                if out:
                    out.append(None)
                continue
            beside = _SPACER_BESIDE.match(line, indent) if indent < column else None
            if beside is not None:
                # w3m sets the row's spacer image or vote arrow beside a line of the text.
                dropped.append(SourceLine(index + 1, beside.group().strip(), "vote arrow or spacer image"))
                indent, text = beside.end(), line[beside.end() :].strip()
        marker = MARKER.match(line, indent) if text[0] in MARKER_FIRST else None
        opens, column = ("", indent) if marker is None else (marker["marker"], marker.end())
        # Most lines end without white space: their length is their width, no copy made to tell it.
        width = (widths and widths.get(index)) or (len(line) if line[-1] == text[-1] else len(line.rstrip()))
        if width > cells.get(indent, 0):
            cells[indent] = width
        out.append((index + 1, indent, text, opens, column, width))
    while out and out[-1] is None:
        out.pop()
    for after in range(stop, end):
        if text := raw[after].strip():
            dropped.append(SourceLine(after + 1, text, _after_text(text, hacker_news)))
    return out


@functools.lru_cache(maxsize=256)
def _after_text(text: str, hacker_news: bool) -> str:
    """Why a stripped line between a comment's text and the next header is dropped (most are the
    same few actions, under every comment: remembered)."""
    if hacker_news and _SPACER.fullmatch(text):
        return "vote arrow or spacer image"
    return "comment action" if _is_action(text, hacker_news) else "page chrome"


def _ends_text(line: str, hacker_news: bool) -> bool:
    """Whether a line opens a comment's actions: Hacker News' "reply", old Reddit's "permalink"
    (the first of its list of actions, under every comment)."""
    text = line.strip()
    if hacker_news:
        return text == "reply"
    marker, _, action = text.partition(" ")
    return len(marker) == 1 and action.strip() == "permalink"


def _is_action(text: str, hacker_news: bool) -> bool:
    """Whether a stripped line is a comment's action: Hacker News' "reply", one of old Reddit's
    list of actions ("• permalink")."""
    if hacker_news:
        return text == "reply"
    marker, _, action = text.partition(" ")
    return len(marker) == 1 and action.strip() in _REDDIT_ACTIONS


def _hn_tree(nodes: list[_Node], source: str, warnings: list[Diagnostic]) -> list[_Node]:
    """The tree of Hacker News comments from their links: a reply with no "prev" link is the
    first reply to the comment just before it; one with a "prev" link follows the deepest open
    comment that has a "next" link."""
    roots: list[_Node] = []
    path: list[_Node] = []
    for node in nodes:
        head = node.head
        if head.reply and not head.prev and path:
            _attach(node, path[-1], roots)
            path.append(node)
            continue
        if head.reply:
            while path and not path[-1].head.next:
                path.pop()
            if not path:
                if roots:
                    what = "a reply whose earlier sibling is not on the page; read as top-level"
                    warnings.append(Diagnostic.thread_risk(source, head.first + 1, what))
                else:  # a page of one sub-thread ("context"): what it shows hangs together
                    what = "the page starts with a reply (its parent is not on the page); read as top-level"
                    warnings.append(Diagnostic(source, head.first + 1, what))
                _attach(node, None, roots)
                path = [node]
                continue
            sibling = path.pop()
            _attach(node, sibling.parent, roots)
            path.append(node)
            continue
        _attach(node, None, roots)
        path = [node]
    return roots


def _reddit_tree(nodes: list[_Node], source: str, warnings: list[Diagnostic]) -> list[_Node]:
    """The tree of old Reddit comments from their counts: the ``n`` comments after one with
    "(n children)" are its replies, at all levels."""
    roots: list[_Node] = []
    open_: list[tuple[_Node, int]] = []  # a comment and the index of its last reply
    for position, node in enumerate(nodes):
        while open_ and open_[-1][1] < position:
            open_.pop()
        parent, parent_end = open_[-1] if open_ else (None, len(nodes) - 1)
        end = position + (node.head.children or 0)
        if end > parent_end:
            warnings.append(
                Diagnostic.thread_risk(
                    source,
                    node.head.first + 1,
                    f"the header counts {node.head.children} replies below this comment, "
                    f"{parent_end - position} follow it here",
                )
            )
            end = parent_end
        _attach(node, parent, roots)
        open_.append((node, end))
    return roots


def _attach(node: _Node, parent: _Node | None, roots: list[_Node]) -> None:
    node.parent = parent
    if parent is None:
        node.depth = 0
        roots.append(node)
    else:
        node.depth = parent.depth + 1
        parent.replies.append(node)


def _freeze(
    roots: list[_Node], cells: dict[int, int] | None, source: str, warnings: list[Diagnostic]
) -> tuple[Comment, ...]:
    """The frozen comments, replies first (no recursion: threads can be deep); their hard wraps
    joined again at the right edge of their cells (``cells`` by text column; None when the dump
    was not wrapped)."""
    order: list[tuple[_Node, str, int]] = []
    stack = [(node, f"c{number}", number) for number, node in reversed(list(enumerate(roots, 1)))]
    while stack:
        node, anchor, number = stack.pop()
        order.append((node, anchor, number))
        if node.replies:  # most have none: no generator made for them
            stack.extend(
                (reply, f"{anchor}-{n}", n) for n, reply in reversed(list(enumerate(node.replies, 1)))
            )
    # The headers' own pattern tells an age ("8 hours ago"): only a date is read as one.
    ages = [node.head.age for node, _, _ in order]
    relative = [node for node, _, _ in order if node.head.age.endswith(" ago")]
    dates: list[PostedAt | None] = [None] * len(order)
    if len(relative) < len(order):  # most pages give ages only: nothing to read
        dated = iter(read_dates([age for age in ages if not age.endswith(" ago")]))
        dates = [None if age.endswith(" ago") else next(dated) for age in ages]
        for (node, _, _), date in zip(order, dates, strict=True):
            if date is None and not node.head.age.endswith(" ago"):
                what = f"unrecognised date {node.head.age!r}; kept as text"
                warnings.append(Diagnostic(source, node.head.first + 1, what))
    if relative:
        warnings.append(
            Diagnostic(
                source,
                relative[0].head.first + 1,
                f"{len(relative)} comment {'dates are' if len(relative) > 1 else 'date is'} relative "
                f"({relative[0].head.age!r}, to when the page was saved): kept as written, with no day",
            )
        )
    done: dict[int, Comment] = {}
    for (node, anchor, number), date in reversed(list(zip(order, dates, strict=True))):
        head = node.head
        done[id(node)] = Comment(
            id=anchor,
            number=number,
            author=head.author,
            depth=node.depth,
            paragraphs=tuple(paragraphs_of_rows(node.lines, cells)),
            line=head.first + 1,
            replies=tuple([done.pop(id(reply)) for reply in node.replies]) if node.replies else (),
            posted=date.iso if date is not None else None,
            posted_text=head.age,
            kind="deleted" if head.author == "[deleted]" else "comment",
        )
    return tuple(done.pop(id(root)) for root in roots)


@dataclass(frozen=True)
class _Page:
    title: str | None
    title_line: int
    author: str | None
    age: str | None
    posted: dt.date | None
    article: list[Line | None]


_SUBMITTED_ON = re.compile(r"this post was submitted on (?P<date>[0-9]{4}-[0-9]{2}-[0-9]{2})")
"""old Reddit's sidebar: the post's date, where the byline has only its age."""


def _page_head(dump: Dump, first: int, hacker_news: bool, dropped: list[SourceLine]) -> _Page:
    """Title, byline and article: the byline ("107 points by tmpfs_tom 19 hours ago", "submitted
    22 hours ago by linear_larry") is found above the comments, the title just above it (Hacker
    News: its line; old Reddit: its lines, lynx may wrap it), the article after it. Everything
    else above the comments is listed as page chrome."""
    lines = dump.lines
    byline_pattern = _HN_BYLINE if hacker_news else _REDDIT_BYLINE
    byline = next(
        (
            index
            for index in range(first)
            if (line := lines[index]) is not None and byline_pattern.match(line.text)
        ),
        None,
    )
    posted = None
    if not hacker_news:
        on = next(
            (
                found
                for line in lines[:first]
                if line is not None and (found := _SUBMITTED_ON.fullmatch(line.text))
            ),
            None,
        )
        posted = _iso_date(on["date"]) if on is not None else None
    if byline is None:
        _chrome(lines[:first], "page chrome", dropped)
        return _Page(None, 0, None, None, posted, [])
    by = lines[byline]
    assert by is not None
    found = byline_pattern.match(by.text)
    assert found is not None
    above = [index for index in range(byline - 1, -1, -1) if lines[index] is not None]
    block = above[:1]
    if not hacker_news:
        block = [index for n, index in enumerate(above) if index == above[0] - n][:_MAX_TITLE_LINES][::-1]
    title = " ".join(line.text for index in block if (line := lines[index]) is not None) or None
    if title is not None:
        bare = _SOURCE.sub("", title)
        if bare != title:
            dropped.append(SourceLine(block[-1] + 1, title[len(bare) :].strip(), "the story's site"))
        title = bare
    _chrome(lines[: block[0] if block else byline], "page chrome", dropped)
    dropped.append(SourceLine(by.number, by.text, "byline"))
    start = byline + 1
    # lynx wraps Hacker News' byline: "| favorite | 25 comments" on the next line.
    wrapped = by.text
    while hacker_news and wrapped.endswith("|") and start < first and (rest := lines[start]) is not None:
        dropped.append(SourceLine(rest.number, rest.text, "byline"))
        wrapped = rest.text
        start += 1
    article: list[Line | None] = []
    ended = False
    for index in range(start, first):
        line = lines[index]
        if line is None:
            if article and article[-1] is not None:
                article.append(None)
            continue
        if ended or _article_chrome(line, hacker_news, not article):
            dropped.append(SourceLine(line.number, line.text, "page chrome"))
            if not hacker_news and _REDDIT_COMMENTS.fullmatch(line.text) and article:
                ended = True  # "all 30 comments": the comments' own chrome follows
            continue
        article.append(line)
    while article and article[-1] is None:
        article.pop()
    number = block[0] + 1 if block else 0
    return _Page(title, number, found["author"], found["age"], posted, article)


_MAX_TITLE_LINES = 3


def _iso_date(text: str) -> dt.date | None:
    """``2024-03-05`` as a date; None for one no calendar has (``2020-13-45``)."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _chrome(lines: list[Line | None], reason: str, dropped: list[SourceLine]) -> None:
    dropped.extend(SourceLine(line.number, line.text, reason) for line in lines if line is not None)


def _article_chrome(line: Line, hacker_news: bool, before_text: bool) -> bool:
    """Whether a line between the byline and the comments is the page's, not the article's."""
    text = line.text
    if hacker_news:
        # The reply form: a text area drawn as brackets (w3m) or underscores (lynx), its button.
        return text in ("[add comment]", "add comment") or not text.strip("[]_ ")
    if line.marker and (line.content in _REDDIT_ACTIONS or _REDDIT_COMMENTS.fullmatch(line.content)):
        return before_text
    return bool(_REDDIT_COMMENTS.fullmatch(text))


def _as_written(dropped: list[SourceLine], dump: Dump, lines: list[str]) -> list[SourceLine]:
    """lynx: a whole line dropped is listed as it stood, link numbers and all."""
    if not dump.widths:
        return dropped
    out = []
    for item in dropped:
        original = lines[item.line - 1].strip()
        whole = dump.raw[item.line - 1].strip() == item.text
        out.append(SourceLine(item.line, original, item.reason) if whole and original != item.text else item)
    return out
