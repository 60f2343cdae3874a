"""The "threaded" dialect: text dumps of real comment pages, made by w3m or lynx.

Comments are found by their headers (a name and a date, in the shapes and languages themes print
them, see :mod:`generator.read.dump.heads`); nesting comes from the column each comment's text starts
at, whatever the list markers (any bullet glyph, right-aligned numbers, nested numbers) and
steps. Everything that is not a title, article or comment text (menus, actions, ratings, reply
forms, sidebars, footers, lynx's link list) is kept in ``Discussion.chrome`` with its reason.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import operator
import re
from collections import Counter
from collections.abc import Sequence

from generator.errors import SeedError
from generator.model import Comment, Diagnostic, Discussion, Paragraph, SourceLine, walk
from generator.read.dates import RELATIVE_WORDS, PostedAt, read_dates, relative_span
from generator.read.dump import chrome
from generator.read.dump.dumplines import MARKER, Dump, Line, Lines, list_end, read_dump, references_start
from generator.read.dump.heads import MAX_DATE_LINE, Head, clean_name, find_says, plausible_name, read_head
from generator.read.dump.pagehead import (
    PageHead,
    headline_text,
    in_list_item,
    is_headline,
    is_prose,
    names_writer,
    read_pagehead,
)
from generator.read.dump.threadtree import Node, Thread, build, drop_signatures, freeze

NAME = "threaded"

CONFIDENT = 90
"""What :func:`sniff` answers for a page whose comment headers agree (above "numbered"'s 80)."""

_LANG_WORDS = {
    "de": ("sagt:", "schreibt:", "meint:", "antworten", " um ", " uhr"),
    "es": ("dijo:", "dice:", "responder", " a las "),
    "fr": ("a dit :", "écrit :", "répondre", " à "),
    "it": ("scrive:", "rispondi", " alle "),
    "nl": ("zegt:", "reageren", " om "),
    "ru": ("пишет:", "ответить"),
}


def sniff(lines: list[str]) -> int:
    """How sure we are (0-100) that ``lines`` is a comment page dump: sure when two or more
    dated comment headers share a shape (or one follows a comments heading)."""
    dump, found = _found(lines)
    if found and found[0].kind == "unnamed":
        return CONFIDENT
    dated = _two_dated(found)
    if not dated or (len(dated) == 1 and not _under_heading(dump, dated[0].first)):
        return 0  # most seeds of other dialects end here, without the costlier steps below
    heads = _read(lines)[1]
    dated = _two_dated(heads)
    if len(dated) >= 2 or (dated and _under_heading(dump, heads[0].first)):
        return CONFIDENT
    return 0


def _under_heading(dump: Dump, first: int) -> bool:
    """Whether the header at ``first`` is a page's one comment: a comments heading stands above
    it with no paragraph of text between ("Comment activity" in a news site's menu, an article,
    then a footer's "Today on Ars" is no comment)."""
    heading = _heading_index(dump, first)
    if heading is None:
        return False
    # A line or two of prose may stand between ("Comments are moderated before they appear").
    prose = (line for line in dump.lines[heading + 1 : first] if line is not None and is_prose(line))
    return sum(1 for _ in itertools.islice(prose, _NOTE_LINES + 1)) <= _NOTE_LINES


_NOTE_LINES = 3
"""Lines of prose a page may show between its comments heading and its one comment."""


def _two_dated(heads: list[Head]) -> list[Head]:
    """The first two headers with a date (all :func:`sniff` needs to know).

    A date alone on its line names nobody: two such lines are a seed's title that is a date
    ("today", "вчера") over its "Posted on Jan 1, 2000" line, not comment headers, and count
    only with a third (a page of anonymous comments, dated and nothing else)."""
    dated = [head for head in heads if head.date]
    bare = sum(1 for head in dated if head.shape == "date")
    if 0 < bare < _MIN_BARE_DATES:
        dated = [head for head in dated if head.shape != "date"]
    return dated[:2]


_MIN_BARE_DATES = 3


_CACHE: dict[str, tuple[list[str], object]] = {}
"""The last file read: :func:`sniff` and :func:`parse` get the same list of lines in turn."""


def _found(lines: list[str]) -> tuple[Dump, list[Head]]:
    """The dump and every comment header in it (read once per file)."""
    cached = _CACHE.get("found")
    if cached is not None and cached[0] is lines:
        return cached[1]  # type: ignore[return-value]
    dump = read_dump(lines)
    try:
        result = dump, find_heads(dump)
    except _Unnamed as unnamed:
        # Sure of the page, and sure its comments cannot be read: parse says so.
        result = dump, [Head(unnamed.index, unnamed.index, None, None, kind="unnamed", shape="unnamed")]
    _CACHE["found"] = (lines, result)
    return result


def _read(lines: list[str]) -> tuple[Dump, list[Head], int]:
    """The dump, the headers that open its comments and where its comment section ends."""
    cached = _CACHE.get("read")
    if cached is not None and cached[0] is lines:
        return cached[1]  # type: ignore[return-value]
    dump, found = _found(lines)
    heads, end = _choose(dump, found)
    result = dump, heads, end
    _CACHE["read"] = (lines, result)
    return result


_HINT = re.compile(
    (
        r"0(?:000|[:h.]00| h 00|"
        r"(?P<age> {1,2}(?:sec|min|hour|hr|day|week|month|year|"
        r"Sekunde|Minute|Stunde|Tag|Woche|Monat|Jahr|segundo|minuto|hora|día|semana|mes|año|seconde|heure|jour|"
        r"semaine|mois|an|giorn|settiman|ann|or[ae]|uur|dag|we[e]?k|maand|jaar|секунд|минут|час|дн|недел|месяц|год|лет)))"
    ).encode()
)
"""Where a date may be: a year, a time, "3 days"; searched in the text's UTF-8 with every digit
made "0" (:data:`_ZEROS`). It starts with that one byte, so the search skips along in C from
digit to digit (a class of digits to start with costs four times more, a date pattern at every
position ten times more again). Its classes hold ASCII only and its words are literals: it
matches where it would in the text."""

_ZEROS = bytes.maketrans(b"123456789", b"000000000")

_WORD_HINT_TEXT = "ago ingback rackback deleted removed gelöscht entfernt eliminado supprimé omment omentario"
_WORD_HINTS = [word.encode() for word in [*_WORD_HINT_TEXT.split(), "ust now", "ust  now", "ust\u00a0now"]]
"""Words of headers without digits: relative dates, pings, deleted comments' placeholders; "just
now" (or "Just now") as a phrase: "just" or "now" alone stand in every other paragraph."""
_AGO = b"ago"
"""The word hint that is a relative date's word, as :data:`_AGE` is a number's unit."""

_RELATIVE_WORDS = [(word.encode(), word.capitalize().encode()) for word in RELATIVE_WORDS]
"""The words of relative dates in UTF-8, in lower case and capitalised."""

_AGE = "age"
"""The group of :data:`_HINT` that is a number and a unit ("3 days"), as relative dates have."""


def _candidates(raw: list[str]) -> list[int]:
    """Indices of the lines a comment header may start at, found by searching the whole text.

    A header holds a date, or stands one line (or a blank line) above a line that is little
    more than a date; a long line with a year in it is text, and so are the lines above it.
    The lines of ``raw`` hold no line break (they are split on them).
    """
    # Only lines short enough to be a header are searched: a seed of unwrapped paragraphs is
    # mostly long lines, and their years and times would cost a search and be skipped anyway.
    short: Sequence[int]
    if max(map(len, raw), default=0) <= _MAX_HEAD_LINE:
        short, text = range(len(raw)), "\n".join(raw)  # a wrapped dump: every line
    else:
        short = [index for index, line in enumerate(raw) if len(line) <= _MAX_HEAD_LINE]
        text = "\n".join([raw[index] for index in short])
    # The searches run on the text's UTF-8 (see :data:`_HINT`); the words hold no digits. A
    # word's bytes stand only where the word does: each search finds the same rows as in the text.
    data = text.encode("utf-8", "surrogatepass").translate(_ZEROS)
    hints = list(_HINT.finditer(data))
    hint_rows = _rows(data, [match.start() for match in hints])
    rows = list(hint_rows)
    # Pings and deleted comments only matter beside dated headers; without a single short line
    # with a date-like number (a seed of long lines of prose), they are not looked for.
    if any(len(raw[short[row]]) <= MAX_DATE_LINE + _MAX_INDENT for row in hint_rows):
        ages = set(_rows(data, [match.start() for match in hints if match.group(_AGE)]))
        for word in _WORD_HINTS:
            hits = _rows(data, _find_all(data, word))
            rows += hits
            if word == _AGO:
                ages.update(hits)
        # A page that dates a comment "vor 2 Jahren" dates others "vor einem Jahr" or "gestern":
        # relative dates without a digit, looked for only where one with a number (or an "ago")
        # is a relative date indeed (the words are common in prose, each costs a search).
        if any(relative_span(raw[short[row]]) for row in ages):
            rows += _relative_rows(text, data)
    found: set[int] = set()
    for index in {short[row] for row in rows}:
        found.add(index)
        if len(raw[index].strip()) <= MAX_DATE_LINE and index:
            found.add(index - 1 if raw[index - 1].strip() or index < 2 else index - 2)
    return sorted(found)


def _relative_rows(text: str, data: bytes) -> list[int]:
    """The rows of ``text`` (``data``: its UTF-8, digits made "0") that hold a word of
    :data:`RELATIVE_WORDS` in any case (but see below)."""
    lowered = text.lower()
    rows: list[int] = []
    # Where a letter's lower case is longer ("İ"), the words are looked for as written, in lower
    # case and capitalised, as they were when the search counted positions in the lowered text
    # (they were no longer the lines' own): kept so, the same lines are found as before.
    if len(lowered) == len(text):
        folded = lowered.encode("utf-8", "surrogatepass")
        for word, _ in _RELATIVE_WORDS:
            rows += _rows(folded, _find_all(folded, word))
    else:
        for word, capitalised in _RELATIVE_WORDS:
            rows += _rows(data, _find_all(data, word))
            rows += _rows(data, _find_all(data, capitalised))
    return rows


def _find_all(data: bytes, word: bytes) -> list[int]:
    """Where ``word`` starts in ``data``, every time (searched in C, a hit at a time)."""
    found: list[int] = []
    position = data.find(word)
    while position >= 0:
        found.append(position)
        position = data.find(word, position + len(word))
    return found


def _rows(data: bytes, positions: list[int]) -> list[int]:
    """The rows (line indices) of ``data`` that hold ``positions``, each row once; ``positions``
    must be in ascending order (the rows are counted on from one to the next)."""
    rows: list[int] = []
    row = counted = 0  # data[counted] is on row ``row``
    line_end = -1
    for position in positions:
        if position <= line_end:
            continue  # another hit on a row taken already: a line of many numbers costs no more
        row += data.count(b"\n", counted, position)
        counted = position
        rows.append(row)
        line_end = data.find(b"\n", position)
        if line_end < 0:
            line_end = len(data)
    return rows


_MAX_INDENT = 40
_MAX_HEAD_LINE = 240
"""Longest raw line (indentation included) that may hold a comment header."""


def find_heads(dump: Dump) -> list[Head]:
    """Every comment header of the dump, in order (a header's lines are not searched again)."""
    lines = dump.lines
    heads: list[Head] = []
    covered = -1
    raw = dump.raw
    for index in _candidates(raw):
        line = lines[index] if index > covered and len(raw[index]) <= _MAX_HEAD_LINE else None
        if line is None or len(line.content) > _MAX_HEAD:
            continue
        if chrome.is_deleted(line.content):
            if heads and index - heads[-1].last <= _DELETED_GAP and heads[-1].kind == "comment":
                heads[-1].kind = "deleted"  # a header, then the placeholder of what it said
            else:
                heads.append(Head(index, index, None, None, kind="deleted", shape="deleted"))
            covered = index
            continue
        head = read_head(lines, index)
        if head is not None:
            heads.append(head)
            covered = head.last
    return _listed_dates(dump, _footer_dates(lines, heads))


def _footer_dates(lines: Lines, heads: list[Head]) -> list[Head]:
    """Blogger's classic template prints "Name said..." over a comment's text and its date on a
    line after the text. The date line was read as a header of a date alone (or, under a short
    last line such as a signature, as a name over a date); the "said..." header above it, read
    without a date or never looked at (no date under it), is the comment's header, with that date
    (where most such dates have one)."""
    footers = [
        index
        for index, head in enumerate(heads)
        if head.kind == "comment" and head.shape in ("date", "name/date") and head.says == ""
    ]
    if len(footers) < _FOOTERS:
        return heads
    found: dict[int, Head] = {}
    replaced: set[int] = set()
    for position in footers:
        footer = heads[position]
        header: Head | None = None
        if position and heads[position - 1].shape == "says" and heads[position - 1].date is None:
            header = heads[position - 1]  # read already: its text's first line held a number
            replaced.add(position - 1)
        else:
            # The first "said..." line after the comment above: the header (a line of its text
            # that ends so, "Then my husband said:", comes after it).
            low = heads[position - 1].last + 1 if position else 0
            for index in range(low, footer.first):
                line = lines[index]
                if line is None or not line.content.endswith(_SAID_ENDS) or not find_says(line.content):
                    continue
                header = read_head(lines, index)
                if header is not None and header.shape != "says":
                    header = None
                break
        if header is None:
            continue
        # The date line: a date alone, or under a short last line of the text (kept as text).
        header.date, header.shape, header.footer = footer.date, "says+footer", footer.last
        if footer.shape == "date":
            header.dropped += footer.dropped
        found[position] = header
    if len(found) < _FOOTERS or len(found) * 2 <= len(footers):
        return heads
    return [found.get(position, head) for position, head in enumerate(heads) if position not in replaced]


def _listed_dates(dump: Dump, heads: list[Head]) -> list[Head]:
    """Drupal's comment template in some themes (the ACLU's) prints the author's name on a line
    of its own, the text, then a list of links: "reply", the date, the time (a reply too deep to
    be answered has no "reply"). The date item was read as a header of a date alone, or of the
    text's last line over it, with no text under it (the text is above); the name over the text
    is the comment's header, with that date. Only where most dates among the comments are so."""
    lines = dump.lines
    items = [_footer_item(lines, head) for head in heads]
    footers = [position for position, item in enumerate(items) if item is not None]
    # Most dates among the comments' (a sidebar's dated posts after them do not count).
    if len(footers) < _FOOTERS or len(footers) * 2 <= footers[-1] - footers[0] + 1:
        return heads
    found: dict[int, Head] = {}
    for position in footers:
        footer, item = heads[position], items[position]
        assert item is not None  # a footer's
        before = items[position - 1] if position else None
        # The comment above ends with its list of links; the first one, at the page's form,
        # heading or list (a menu) above it.
        low = (
            list_end(dump, before) if before is not None else heads[position - 1].last + 1 if position else 0
        )
        name = _name_over_text(dump, low, item, bounded=before is not None)
        if name is None:
            # The dates alone would be the headers, each over the next comment's name and
            # text: refused rather than read so (by parse, which knows the file).
            raise _Unnamed(footer.last)
        line = lines[name]
        assert line is not None  # a name was read from it
        author, junk = clean_name(line.content, line.number)
        dropped = junk + (footer.dropped if footer.shape == "date" else [])
        found[position] = Head(
            name, name, author, footer.date, shape="name+footer", dropped=dropped, footer=footer.last
        )
    return [found.get(position, head) for position, head in enumerate(heads)]


class _Unnamed(Exception):
    """A page of :func:`_listed_dates`'s layout where a comment's name was not found."""

    def __init__(self, index: int) -> None:
        super().__init__(index)
        self.index = index
        """Index of the date line the name was looked for above."""


_UNNAMED = (
    "expected each comment's name alone over its text (its date in the list of links under it), "
    "found none over the text above this date"
)


def _footer_item(lines: Lines, head: Head) -> int | None:
    """Index of the first item of the list of links the header's date stands in, where it is
    such a list under a comment's text: right under a "reply" item, or first, over the time."""
    at = head.last
    line = lines[at]
    if head.shape not in ("date", "name/date") or line is None or not line.marker:
        return None
    above = lines[at - 1] if at else None
    if above is not None and above.marker and above.column == line.column and chrome.is_action(above.content):
        return at - 1
    below = lines[at + 1] if at + 1 < len(lines) else None
    first = above is None or not (above.marker and above.indent == line.indent)  # of its list
    if first and below is not None and below.marker and below.column == line.column:
        return at if chrome.TIME.fullmatch(below.content) else None
    return None


def _name_over_text(dump: Dump, low: int, item: int, *, bounded: bool) -> int | None:
    """Index of the name over a comment's text that ends above the list of links whose first
    item is at ``item``: the first line from ``low`` on (``bounded``: where the list of the
    comment above ends), or after the nearest form, comments heading or closing heading above
    (unbounded, a list's item at the links' column too: a menu over the first comment), where it
    is a name alone with a blank line and text under it; else None."""
    raw, lines = dump.raw, dump.lines
    indent = _column(lines[item])  # the lists' items stand there; a text's own "- " stands elsewhere
    top = item
    while top > low:
        text = raw[top - 1].strip()
        line = lines[top - 1]
        if line is not None and (
            (line.marker and line.indent == indent and not bounded)
            or chrome.closes_comments(text)
            or chrome.is_form(text)
            or chrome.is_comments_heading(text)
        ):
            break
        top -= 1
    first = next((index for index in range(top, item) if raw[index].strip()), None)
    if first is None or first + 2 >= item or raw[first + 1].strip() or not raw[first + 2].strip():
        return None
    line = lines[first]
    if line is None or line.marker or not plausible_name(clean_name(line.content, line.number)[0]):
        return None
    return first


_SAID_ENDS = ("...", "…", ":")
_FOOTERS = 2
"""Headers with their date under their text needed before a page is read so."""


_MAX_HEAD = 200
"""Longest line read as a comment header; a longer one is text."""
_DELETED_GAP = 2
"""A deleted comment's placeholder this close under a header is that comment's text."""


def _heading_index(dump: Dump, before: int) -> int | None:
    """Index of the last comments heading ("12 thoughts on …") above line ``before``, or None."""
    for index in range(before - 1, -1, -1):
        line = dump.lines[index]
        if line is not None and not line.marker and chrome.is_comments_heading(line.text):
            if _among_tools(dump, line):
                continue  # a story's tools' link to its comments: a byline under it is no comment's
            return index
    return None


def _choose(dump: Dump, heads: list[Head]) -> tuple[list[Head], int]:
    """The headers that open comments, and the index where the comment section ends.

    Headers above the comments heading are the article's byline; without a heading, leading
    headers of another shape than most are. Among comments whose headers mostly share a shape,
    one of another shape is a comment's text (see :func:`_one_template`). The section ends at a
    reply form, sidebar or footer heading no further right than the comments.
    """
    if not heads:
        return [], len(dump.lines)
    # An article may carry a dated byline or two above the comments heading, not more.
    heading = _heading_index(dump, heads[min(2, len(heads) - 1)].first)
    after = [head for head in heads if heading is None or head.first > heading]
    # A heading whose count the headers after it meet heads them; else one further down may.
    line = dump.lines[heading] if heading is not None else None
    said = chrome.heading_count(line.text) if line is not None else None
    below = _counted_below(dump, after) if said != len(after) else None
    if below is not None:
        heading = below
    if heading is not None:
        after = [head for head in heads if head.first > heading]
        if after and _box_under_heading(dump, heading, after[0].first):
            # "Comments" over "most popular": a script fills the section in, and the saved page
            # shows a box of stories under the heading, titles over their dates; no comments.
            return [], len(dump.lines)
        if after:
            heads = after
    shapes = Counter(head.shape for head in heads if head.shape not in ("deleted", "ping", "says"))
    if shapes:
        main = shapes.most_common(1)[0][0]
        first = next(i for i, head in enumerate(heads) if head.shape == main)
        heads = heads[first:]
        families = Counter(_FAMILY.get(shape, shape) for shape in shapes.elements())
        family = _FAMILY.get(main, main)
        if families[family] >= _SHAPED and families[family] * 2 > families.total():
            heads = _one_template(dump, heads, family)
    heads = [head for head in heads if head.shape != "says" or head.date is not None]
    if not heads:
        return [], len(dump.lines)
    end = _section_end(dump, heads)
    return [head for head in heads if head.first < end], end


def _box_under_heading(dump: Dump, heading: int, first: int) -> bool:
    """Whether a box of stories ("most popular") stands between the comments heading and the
    first header with no prose after its heading (an article's text after a box in it, then the
    comments, is no empty section: "Comments (3)" may link to them from the top)."""
    lines = [line for line in dump.lines[heading + 1 : first] if line is not None]
    box = next((i for i in range(len(lines) - 1, -1, -1) if chrome.is_widget_heading(lines[i].text)), None)
    return box is not None and not any(map(is_prose, lines[box + 1 :]))


def _counted_below(dump: Dump, heads: list[Head]) -> int | None:
    """Index of a comments heading with a count below the first headers ("2 comments on …"),
    not further right than the headers above it (a "2 replies" line in a thread) nor over pings
    ("Trackbacks (2)"), whose count the headers under it meet exactly: the ones above it are
    posts ("More articles", "Related": a title over its date), not comments."""
    if len(heads) < 2:
        return None
    raw = dump.raw
    firsts = [head.first for head in heads]
    # The least column of the headers above each one: a heading further right is in a thread.
    leftmost = list(itertools.accumulate((_column(dump.lines[head.first]) for head in heads), min))
    for index in range(heads[0].first + 1, heads[-1].first):
        text = raw[index].lstrip()
        # A counted heading starts with its number (or "There are"), or holds it in brackets:
        # tests in C first.
        if "(" not in text and not text[:1].isdigit() and not text.startswith(chrome.COUNT_OPENINGS):
            continue
        line = dump.lines[index]
        if line is None or line.marker or not _FORMAL_COUNT.match(line.text):
            continue
        folded = line.text.casefold()
        if "trackback" in folded or "pingback" in folded:
            continue
        above = bisect.bisect_left(firsts, index)
        # A "2 replies" line in a thread, a comment's "1 comment on the recipe" stand further
        # right than the headers above (lynx sets a heading two columns in).
        inside = line.indent > leftmost[above - 1] + _HEADING_INDENT
        if not inside and chrome.heading_count(line.text) == len(heads) - above:
            return index
    return None


_HEADING_INDENT = 2
_FORMAL_COUNT = re.compile(
    r"(?:(?:There (?:are|is|were|was)|Es gibt|Hay|Il y a) )?[0-9]{1,6}\s{1,2}"
    r"(?:(?:thoughts?|responses?|comments?|Kommentare?|comentarios?|commentaires?|Gedanken|réflexions?|commenti|"
    r"reacties)(?:\s(?:on|to|zu|auf|sur|à|en|a|su|per|op)\s(?:[“\"„«‘‚'].{1,300}|[^:]{1,300}))?"
    r"|(?:replies|Antworten|respuestas|réponses)\s(?:on|to|zu|auf|sur|à|en|a|su|per|op)\s"
    r"(?:[“\"„«‘‚'].{1,300}|[^:]{1,300}))\s{0,2}[.:»]?$"
    r"|(?:Comments?|Kommentare|Comentarios|Commentaires|Commenti|Reacties|Responses|Discussion|Diskussion)"
    r"\s{0,2}\([0-9]{1,6}\)\s{0,2}:?$",
    re.IGNORECASE,
)
"""A comments heading that counts them and says nothing else ("2 comments on “…”", "2 Responses
to Baking bread", "There are 13 comments", "Comments (4)", "2 Replies to “…”"), not a comment's
line that starts so ("1 comment on the recipe: …", with its colon), a thread's "2 replies" (its
replies' count) nor a "Like (2)"."""


_SHAPED = 3
"""Headers of the page's shape (more than half of all) needed before a header of another shape
is taken for text."""


_FAMILY = {"name/date": "name+date"}
"""Shapes of one template: a name and its date on a line, or wrapped to two ("Name on" / DATE)."""


def _one_template(dump: Dump, heads: list[Head], family: str) -> list[Head]:
    """The headers without those of another shape than the page's (``family``), which are
    comments' text: one template prints every comment's header ("Update:" over a date, "— Bob,
    12 March 2020" among "Name says:" headers). Where the comments are a list, a header that
    opens a list item is kept whatever its shape (a long name wrapped away from its verb)."""
    lines = dump.lines
    own = [head for head in heads if _FAMILY.get(head.shape, head.shape) == family]
    listed = sum(1 for head in own if _opens_item(lines[head.first])) * _LISTED[1] >= len(own) * _LISTED[0]
    return [
        head
        for head in heads
        if _FAMILY.get(head.shape, head.shape) == family
        or head.shape in ("deleted", "ping", "says")
        or (listed and _opens_item(lines[head.first]))
    ]


_LISTED = (3, 4)
"""The least share of the page's headers that must open list items for it to be a list."""


def _opens_item(line: Line | None) -> bool:
    return line is not None and bool(line.marker)


def _section_end(dump: Dump, heads: list[Head]) -> int:
    """The first line after the comments: a closing heading at or left of the comments' column;
    where the last comment's date is in a list under its text, the first line after that list."""
    lines, raw = dump.lines, dump.raw
    if heads[-1].shape == "name+footer":
        return list_end(dump, heads[-1].footer)
    column = min(_column(lines[head.first]) for head in heads)
    last_head = heads[-1].last
    in_heads = {index for head in heads for index in range(head.first, head.last + 1)}
    further = " " * (column + 1)  # the start of a line indented further right than the comments
    start = heads[0].first
    # Most lines are text further right than the comments: passed over in one comprehension.
    nearer = [index for index, text in enumerate(raw[start:], start) if not text.startswith(further)]
    for index in nearer:
        stripped = raw[index].strip()
        # Blank lines, the headers' own, and lines too long to be a heading.
        if not stripped or index in in_heads or len(stripped) > _MAX_CLOSING:
            continue
        # Before the last header the line may be a comment's own text: only a heading that is
        # the whole line (or a form) ends the comments there.
        before = index < last_head
        if chrome.closes_comments(stripped, whole=before):
            line = lines[index]
            if not before or (line is not None and not line.marker):
                return index
    return len(raw)


_MAX_CLOSING = 300
"""Longest line that may open a reply form, sidebar or footer."""


def _column(line: Line | None) -> int:
    return 0 if line is None else line.indent


def parse(lines: list[str], source: str) -> Discussion:
    """Parse the lines of a dump in this dialect (see the module docstring)."""
    found = _found(lines)[1]
    if found and found[0].kind == "unnamed":
        raise SeedError(source, found[0].first + 1, _UNNAMED)
    dump, heads, end = _read(lines)
    if not heads:
        raise SeedError(source, 1, "expected comment headers (a name and a date), found none")
    post = -1
    lead = _found(lines)[1][0]
    # A forum's first post names its author: a date alone over the first of the page's comments,
    # shaped like the others, is that comment's header (a page of anonymous comments), never
    # the article's byline. A topic's title stands above its first post: a "header" on the
    # page's first line is none (Blogger's blog name over its date header, "Lost in JIT" /
    # "Thursday, October 27, 2011", over the post's title).
    if (
        _article_is_post(dump, lead)
        and not (heads[0] is lead and lead.author is None)
        and any(map(str.strip, dump.raw[: lead.first]))
    ):
        post = lead.first
        if heads[0] is lead:
            heads = heads[1:]
    thread = build(dump, heads, end, source)
    drop_signatures(thread, dump)
    _check_count(dump, heads, len(thread.nodes), source, thread.warnings)
    _check_texts(thread.nodes, source)
    unmarked = _unmarked(dump, thread, heads)
    first = thread.nodes[0].anchor if thread.nodes else end
    page = read_pagehead(dump, first, post)
    # The article's date is read with the comments': "03/01/2020" takes the page's day/month order.
    posted = _date_comments(thread.nodes, dump, source, thread.warnings, page.posted_text)
    if posted is not None and posted.iso:
        page.posted = dt.date.fromisoformat(posted.iso[:10])
    _check_flat_order(thread.nodes, source, thread.warnings)
    # From the raw lines (a line's text is the raw line stripped): a page's footer and sidebars
    # need no list markers or columns.
    tail = [
        SourceLine(index + 1, text, _tail_reason(text))
        for index, text in enumerate(map(str.strip, dump.raw[end:]), end)
        if text
    ]
    dropped = _listed([*page.chrome, *thread.dropped, *tail, *dump.dropped], dump, lines)
    warnings = list(thread.warnings)
    if not page.title:
        warnings.append(Diagnostic(source, 1, "no title found above the comments"))
    discussion = Discussion(
        source=source,
        slug="",
        title=page.title or "Untitled",
        posted=page.posted,
        posted_text=page.posted_text,
        author=page.author,
        category=None,
        article=tuple(page.article),
        comments=freeze(thread, dump),
        chrome=tuple(dropped),
        dialect=NAME,
        title_line=page.title_line,
        posted_line=page.posted_line,
        warnings=tuple(warnings),
    )
    if unmarked:
        raise NotAThread(
            source,
            heads[0].first + 1,
            "expected a comment section (a comments heading, 'Reply' links, 'says:' headers, replies "
            f"or a reply form), found {len(heads)} dated lines and nothing else of comments (a page's "
            "lists of stories?)",
            discussion,
        )
    return discussion


def is_page_dump(lines: list[str]) -> bool:
    """Whether ``lines`` are a w3m or lynx dump of a web page (whatever it holds): lynx's link
    list or link markers, w3m's glyphs of nested lists ("□", "☆"), or a menu of a dumper's
    bullets, a few words each ("  • Home", "     * Blog"; a seed typed by hand has its "  • "
    lines too, but of sentences)."""
    if _dumper_marks(lines):
        return True
    # A page's menus stand in its first half (a footer's too, in a short page), above any
    # numbered comment of a seed (whose short replies, "• Well said.", are none);
    # a list in a seed's article comes after its first prose, and one of sentences is no menu.
    top = itertools.takewhile(lambda line: not _SEED_COMMENT.match(line), lines[: len(lines) // 2 + 1])
    menu = (line for line in top if _MENU_ITEM.match(line) and len(line.split()) <= _MENU_WORDS + 1)
    return sum(1 for _ in itertools.islice(menu, _MENU_ITEMS)) >= _MENU_ITEMS


def opens_as_page(lines: list[str]) -> bool:
    """Whether ``lines`` open as a page's dump, before any text: lynx's marks, w3m's glyphs of
    nested lists, or a menu above the first line of prose (a seed typed by hand opens with its
    title and text; a list of its own comes after them)."""
    if _dumper_marks(lines):
        return True
    present: list[Line] | None = None  # the dump's lines, made once where a headline needs them
    texted = False  # whether a line of text came before: a seed's first line is its title
    for number, line in enumerate(lines):
        if _MENU_ITEM.match(line) and len(line.split()) <= _MENU_WORDS + 1:
            return True
        indent = len(line) - len(line.lstrip(" "))
        # Words, not spaces: a form's field ("Username [                    ]") is no prose; nor
        # is a headline over its byline set as a list (see pagehead.is_headline).
        if len(line.split()) > PROSE_SPACES and not MARKER.match(line, indent):
            if not texted or not headline_text(line.strip()):
                return False
            if present is None:
                present = [entry for entry in read_dump(lines).lines if entry is not None]
            at = bisect.bisect_left(present, number + 1, key=_NUMBER)
            if not is_headline(present, at):
                return False
        texted = texted or bool(line.strip())
    return False


_NUMBER = operator.attrgetter("number")


def _dumper_marks(lines: list[str]) -> bool:
    """Whether a dumper's own marks show: lynx's link list or link markers, w3m's glyphs of
    nested lists."""
    return read_dump(lines).tool == "lynx" or any(map(_W3M_NESTED.match, lines))


_W3M_NESTED = re.compile(r" {2,40}[□☆■★◎] \S")
"""An item of a nested list as w3m draws it: a glyph no one types in a seed by hand."""
_MENU_ITEM = re.compile(r" {1,8}[•*] \S")
_SEED_COMMENT = re.compile(r" {1,3}[0-9]{1,9}\.(?:\s|$)")
"""A seed's numbered comment ("  1. Dan says:", "  2. The stigma of …"), where the seed dialect
reads one."""
_MENU_ITEMS = 2
_MENU_WORDS = 3


def in_link_list(lines: list[str], number: int) -> bool:
    """Whether line ``number`` is in lynx's link list at the end of ``lines``."""
    return number > references_start(lines)


class NoPage(SeedError):
    """A dump :func:`parse_page` finds no page in: no title and no paragraph of text."""


class NotAThread(SeedError):
    """Headers :func:`parse` found, that nothing else on the page marks as comments."""

    def __init__(self, source: str, line: int, message: str, reading: Discussion) -> None:
        super().__init__(source, line, message)
        self.reading = reading
        """The reading refused: a numbered seed's may hold such headers in quotes (see
        :func:`generator.read.dialects.parse`)."""


def lists_stories(lines: list[str], reading: Discussion, below: int) -> bool:
    """Whether the lines ``reading`` took for comments' headers (those under line ``below``, the
    page's own byline) stand as a list of stories' dates and bylines do: each on a list item or
    in one ("• Previous issue February 22nd 2018", "1. Telegraph cartoons" / "21 Nov 2017"), or
    right under a title of its own ("Story 0" / "Jane Doe on March 3, 2012") under a heading.
    A comment's header stands under the text of the comment before it, opens its list item
    with its text inside, or stands under a heading that names comments: those are refused,
    never published as the article's text."""
    dump = _found(lines)[0]
    present = [line for line in dump.lines if line is not None]
    where = {line.number: index for index, line in enumerate(present)}
    comments = [comment for comment in walk(reading.comments) if comment.line > below]
    if comments and _named_comments_above(dump, comments[0].line - 1):
        return False  # "Reader responses" over names and dates: a comment section, whatever its shape
    previous: Comment | None = None
    for comment in comments:
        index = where.get(comment.line)
        if index is None:
            return False
        line = present[index]
        if line.marker or in_list_item(present, index, dump.tool == "lynx"):
            if line.marker and _comment_item(present, where, line, comment):
                return False  # "1. Jane Doe on March 3, 2012" / her text: a comment as a list item
            previous = comment
            continue
        above = present[index - 1] if index else None
        if (
            above is None
            or above.marker
            or not headline_text(above.text)
            or len(above.text.split()) > _STORY_TITLE_WORDS
        ):
            return False
        if previous is None:
            # The first title stands under a heading ("More from the blog"), not right under the
            # article's last sentence (a comment's subject, "Great post", over its header).
            over = present[index - 2] if index >= 2 else None
            if over is not None and over.text.rstrip(_QUOTES).endswith((".", "!", "?")):
                return False
        elif " ".join(paragraph.text for paragraph in previous.paragraphs) == above.text:
            return False  # the "title" is all the comment above said ("Love this walk")
        previous = comment
    return True


_STORY_TITLE_WORDS = 16
"""Most words of a story's title over its byline in a list of stories."""


def _comment_item(present: list[Line], where: dict[int, int], line: Line, comment: Comment) -> bool:
    """Whether the list item ``line`` opens with the header of ``comment`` (a name and a date)
    and holds its text, a sentence, inside: a comment set as a list item, not a story."""
    if comment.author is None or not comment.paragraphs:
        return False
    paragraph = comment.paragraphs[0]
    at = where.get(paragraph.line)
    if at is None:
        return False
    first = present[at]
    inside = first.indent >= line.column - 1 and first.indent > line.indent
    return (
        inside
        and paragraph.text.count(" ") >= _ITEM_TEXT_SPACES
        and paragraph.text.rstrip(_QUOTES).endswith((".", "!", "?"))
    )


_ITEM_TEXT_SPACES = 4
"""Spaces in a comment's text under its header in a list item: five words and more."""


def text_above(page: Discussion) -> bool:
    """Whether a paragraph of prose (:data:`_TEXT_WORDS` words and more, ended as a sentence is,
    no list's item) stands above the title of ``page`` (a page reading), left out with the
    navigation: then the title is a story's in a list after the article's text ("More from the
    blog" / "Story 0" over "Jane Doe on March 3, 2012"), and the reading is no page's."""
    paragraphs: list[list[str]] = []
    last = -1
    for line in page.chrome:
        if line.line >= page.title_line:
            break
        if line.line != last + 1:
            paragraphs.append([])
        paragraphs[-1].append(line.text)
        last = line.line
    for paragraph in paragraphs:
        text = " ".join(paragraph)
        if (
            MARKER.match(text) is None
            and text.count(" ") + 1 >= _TEXT_WORDS
            and text.rstrip(_QUOTES).endswith((".", "!", "?"))
        ):
            return True
    return False


_TEXT_WORDS = 12
"""Words of a paragraph of the article's text (a menu's entry or a tagline has fewer)."""
_QUOTES = "\"'”’»)"
"""What may close a sentence after its full stop."""


def parse_page(lines: list[str], source: str) -> Discussion:
    """A page dump without comments (an article, a story, a news page): its title found past
    the navigation, its byline's date and author, its text as the article. Raises
    :class:`NoPage` where no title and no paragraph of text are found, :class:`SeedError` where
    the page heads comments or shows undated headers (they would be published as the article)."""
    dump = read_dump(lines)
    page = read_pagehead(dump, len(lines))
    if not page.title or not any(paragraph.text.count(" ") >= PROSE_SPACES for paragraph in page.article):
        first = next((number for number, line in enumerate(lines, 1) if line.strip()), 1)
        raise NoPage(
            source, first, "expected a page dump with a title and a paragraph of text, found neither"
        )
    # The page heads its comments ("3 Comments", "One thought on …") or shows headers without
    # a date ("Bob wrote:") and none were read: its article would hold them. A story's tools
    # over its byline (the dated one read, or "By …" right under them where the byline shows
    # no date) end with a link to the comments that heads none.
    for line in dump.lines:
        if line is None or line.marker:
            continue
        if (
            chrome.is_comments_heading(line.text)
            and line.text.rstrip(" :").casefold() != _LABEL
            and not (
                (line.number < page.posted_line or _byline_under(dump, line)) and _among_tools(dump, line)
            )
        ):
            notes = _script_notes(dump, line.number)
            if notes and not chrome.heading_count(line.text):
                # "Comments" over "Please enable JavaScript to view the comments powered by
                # Disqus": a script fills the section in, and the page as saved holds none.
                _leave_out(page, [line, *notes], "comments loaded by a script, not in the page")
                continue
            raise SeedError(
                source,
                line.number,
                f"expected comments under {line.text[:60]!r} (a name and a date each), found none",
            )
    # Undated headers ("Bob wrote:"), or "Reply" under comments whose headers the reader does not
    # know (Kinja's "3/09/15 8:12am"): read as a page, the comments would be its article.
    undated: list[Line] = []
    replies: list[Line] = []
    for line in dump.lines:
        if line is not None:
            if _undated_header(line, dump):
                undated.append(line)
            elif _REPLY_LINK.fullmatch(line.content):
                replies.append(line)
    if len(undated) >= _MIN_UNDATED:
        raise SeedError(
            source,
            undated[0].number,
            f"expected comment headers with a name and a date, found {len(undated)} without a date "
            f"like {undated[0].text[:60]!r}",
        )
    if len(replies) >= _MIN_UNDATED:
        raise SeedError(
            source,
            replies[0].number,
            f"expected comment headers (a name and a date) over the comments that {len(replies)} "
            f"'Reply' links like {replies[0].text[:40]!r} show, found none",
        )
    dropped = _listed([*page.chrome, *dump.dropped], dump, lines)
    return Discussion(
        source=source,
        slug="",
        title=page.title,
        posted=page.posted,
        posted_text=page.posted_text,
        author=page.author,
        category=None,
        article=tuple(page.article),
        comments=(),
        chrome=tuple(dropped),
        dialect=NAME,
        title_line=page.title_line,
        posted_line=page.posted_line,
    )


def _byline_under(dump: Dump, line: Line) -> bool:
    """Whether the line right under ``line`` (blank lines between) opens as a byline naming a
    writer ("By Erin Cunningham March 18 at 3:57 PM", a date without its year)."""
    below = next(
        (other for other in itertools.islice(dump.lines, line.number, None) if other is not None), None
    )
    return below is not None and not below.marker and names_writer(below.text)


_LABEL = "comment"
"""The word alone, with no count and in the singular, labels a form's field or a table's column
("Entity status | Assoc status | Comment", which lynx sets a cell a line): a page whose comments
are unread heads them "Comments", "3 Comments", "One comment"."""


def _among_tools(dump: Dump, line: Line) -> bool:
    """Whether a comments "heading" without a count is the last of a story's tools, right under
    :data:`_TOOLS_ABOVE` of them with no blank line between ("Share via Email" / "Print Article" /
    "Comments"): a link to where the comments would be, not their heading (which stands apart).
    Only over the page's text: a few words of prose above it at most (a summary, a notice, a
    cookie banner), twice as many below; under the article it heads the comments ("Posted in
    Travel" / "Tags: coast" / "Comments"; a post's tools over its one comment)."""
    if chrome.heading_count(line.text) is not None:
        return False
    index, run = line.number - 1, 0
    while run < _TOOLS_ABOVE and index > 0:
        index -= 1
        text = dump.raw[index].strip()
        if dump.raw[index] and (not text or (text[0] == "[" and text[-1] == "]")):
            continue  # a link of a picture: w3m's "[bubble]", or lynx's "[36]" with its mark taken away
        if not text or not chrome.is_story_tool(text):
            break
        run += 1
    if run < _TOOLS_ABOVE:
        return False
    # Over the page's text: little prose above (a summary, a notice, a cookie banner), more below.
    above = below = 0
    for other in dump.lines:
        if other is not None and is_prose(other):
            if other.number < line.number:
                above += len(other.text.split())
            else:
                below += len(other.text.split())
    return above < _LEAD_WORDS and above * 2 < below


_TOOLS_ABOVE = 3
_LEAD_WORDS = 60
"""Most words of prose above a story's tools at the top of its page (a summary, a notice)."""


def _script_notes(dump: Dump, number: int) -> list[Line]:
    """The lines under the heading at line ``number`` that say a script loads the comments
    ("Loading Comments...", "Powered by Livefyre"), among the few lines right under it."""
    following = (line for line in dump.lines[number:] if line is not None)
    notes = []
    for line in itertools.islice(following, _NOTE_LINES):
        if not _SCRIPT_NOTE.search(line.text):
            break
        notes.append(line)
    return notes


_SCRIPT_NOTE = re.compile(
    r"enable javascript|javascript (?:is )?(?:required|disabled)|loading comments|view the comments"
    r"|comments? (?:are )?powered by|powered by (?:disqus|livefyre|facebook|viafoura|spot\.im|openweb|coral)",
    re.IGNORECASE,
)
"""What a comment section filled in by a script shows until the script has run."""


def _leave_out(page: PageHead, lines: list[Line], reason: str) -> None:
    """Take ``lines`` out of the page's article and list them as dropped: a paragraph of them
    alone goes; one that goes on with other text stays whole in the article, nothing of it lost."""
    texts = {line.number: " ".join(line.text.split()) for line in lines}
    kept: list[Paragraph] = []
    gone: set[int] = set()
    for paragraph in page.article:
        text, number, own = " ".join(paragraph.text.split()), paragraph.line, ""
        while number in texts and len(own) < len(text):
            own = f"{own} {texts[number]}".strip()
            number += 1
        if own and own == text:
            gone.update(range(paragraph.line, number))
        else:
            kept.append(paragraph)
    page.article = kept
    listed = {item.line for item in page.chrome}
    page.chrome += [
        SourceLine(line.number, line.text, reason)
        for line in lines
        if line.number in gone and line.number not in listed
    ]


_REPLY_LINK = re.compile(
    r"(?:\d{1,6})?(?:Reply|Antworten|Responder|Répondre|Rispondi|Reageren|Ответить)(?:\s?↓)?",
    re.IGNORECASE,
)
"""A comment's "Reply" link on a line of its own, a count of likes glued before it ("924Reply")."""
PROSE_SPACES = 7
"""A paragraph of text has eight words or more."""
_MIN_UNDATED = 2
_MAX_UNDATED_NAME = 40


def _undated_header(line: Line, dump: Dump) -> bool:
    """A short line of a name and a says verb alone ("Bob wrote:", "Anna sagt:") over text at
    its own column (over a quote set further in, "Linus Torvalds wrote:" is its attribution)."""
    says = find_says(line.content) if len(line.content) <= _MAX_HEAD and line.content.endswith(":") else None
    if says is None or not 0 < says.start <= _MAX_UNDATED_NAME:
        return False
    below = next((other for other in dump.lines[line.number : line.number + 3] if other is not None), None)
    # A list item's text goes on at its text's column ("1. Bob says:" over its comment).
    return below is not None and below.indent <= (line.column if line.marker else line.indent)


_LINE = operator.attrgetter("line")
"""A dropped line's number (what they are sorted by), read in C."""


def _unmarked(dump: Dump, thread: Thread, heads: list[Head]) -> bool:
    """Whether nothing marks the headers as comments: no comments heading above them, no "says"
    verb, no ping, no action ("Reply", "Antworten") or form under any, none nested under another
    (but a box of stories under the article's date, :func:`_story_box`), and no reply form ("Leave
    a Reply") or link to more comments where they end. Such headers
    are a page's lists of stories: a line over a date line ("Galleries", "News latest" of a news
    site), a date under each title of a "Recommended" box; read as a thread, they would be
    published as comments."""
    if not heads or any(head.says or head.kind != "comment" for head in heads):
        return False  # no headers left: the one there was the first post's, and no comments follow
    # A name and a date on one line ("Mary Smith on March 3, 2012") is a comment header's own
    # shape under a heading that names comments ("Reader comments"); under "More from the blog"
    # it is a story's byline, as a line over a date line or a date alone are a list of stories'.
    one_line = sum(1 for head in heads if head.shape not in _STORY_SHAPES) * 2 > len(heads)
    if one_line and _named_comments_above(dump, heads[0].first):
        return False
    if _heading_index(dump, heads[0].first) is not None or any(
        item.reason in _COMMENT_CHROME for item in thread.dropped
    ):
        return False
    return (
        _story_box(heads, thread.nodes) or not _nested_replies(dump, thread.nodes)
    ) and not _ends_as_comments(dump, thread.end)


def _story_box(heads: list[Head], nodes: list[Node]) -> bool:
    """Whether the "replies" are a box of stories set in under the article's date: every header
    a date alone (no one named), one at the top (the article's date, over its text of
    :data:`_ARTICLE_LINES` lines and more, three times as long as any reply's) and every other
    under it with a few lines (a picture's text, a story's title), as in a "Recommended" box that
    dates each story. An anonymous thread has more comments at the top, or says more in them."""
    if len(nodes) < 2 or not all(head.shape == "date" for head in heads):
        return False
    sizes = [sum(1 for line in node.body if line >= 0) for node in nodes]
    longest = max(sizes[1:])
    return (
        all(node.parent is nodes[0] for node in nodes[1:])
        and longest <= _BOX_LINES
        and sizes[0] >= max(_ARTICLE_LINES, _BOX_LINES * longest)
    )


_BOX_LINES = 3
"""Most lines under a story's date in a box of stories."""
_ARTICLE_LINES = 10
"""Fewest lines of the article's text over a box of stories under its date."""


_STORY_SHAPES = frozenset(("name/date", "date"))


def _nested_replies(dump: Dump, nodes: list[Node]) -> bool:
    """Whether some comments are nested under others as replies are: a list item under a list
    item, or set in under its parent with no list marker of its own (a <blockquote>, a <dd>); or
    list items with text of their own under lines that are no items, where two headers stand at
    the top (a thread whose comments are <div>s and whose replies are a list). List items under
    the one header at the top, or with no text ("• Previous issue February 22nd 2018", a pager's,
    under an article's "Issue 162  March 1st 2018"), are a list after the article's text."""
    loose: set[int] = set()  # the parents of list items whose own line is no item
    for node in nodes:
        if node.parent is None:
            continue
        line, parent = dump.lines[node.anchor], dump.lines[node.parent.anchor]
        if line is None or not line.marker or (parent is not None and parent.marker):
            return True
        if max(node.body, default=-1) >= 0:
            loose.add(node.parent.anchor)
    # Under one such line only, and that line the only one at the top: a list after the article.
    tops = sum(1 for node in nodes if node.parent is None)
    return len(loose) >= _LOOSE_PARENTS or (bool(loose) and tops >= _LOOSE_PARENTS)


_LOOSE_PARENTS = 2


def _named_comments_above(dump: Dump, first: int) -> bool:
    """Whether the line above the first header (blank lines between) is a short heading that
    names comments in a form no comments heading has ("Reader comments", "Leserkommentare")."""
    above = next(
        (dump.raw[index].strip() for index in range(first - 1, -1, -1) if dump.raw[index].strip()), ""
    )
    return len(above) <= _MAX_NAMED_HEADING and any(word in above.casefold() for word in _COMMENT_WORDS)


_MAX_NAMED_HEADING = 60
_COMMENT_WORDS = (
    "comment",
    "kommentar",
    "comentario",
    "commentaire",
    "commento",
    "commenti",
    "reactie",
    "reaction",
    "response",
    "respuesta",
    "réponse",
    "discussion",
    "diskussion",
)


def _ends_as_comments(dump: Dump, end: int) -> bool:
    """Whether the line that ends the comment section opens a reply form or links to more
    comments ("Leave a Reply", "« Older Comments"), as only a comment section's end does."""
    return end < len(dump.raw) and dump.raw[end].strip().casefold().startswith(chrome.REPLY_FORMS)


_COMMENT_CHROME = frozenset(("comment action", "reply form", "rating", "comment time"))


def _check_texts(nodes: list[Node], source: str) -> None:
    """Refuse a reading where most comments (two thirds) have no text: their headers were found, but the
    text is somewhere the reader did not look (a theme that prints the name, the text, then the
    date in a list of links under it reads as dates with nothing under them)."""
    empty = [node for node in nodes if node.head.kind == "comment" and max(node.body, default=-1) < 0]
    if len(empty) >= _MIN_EMPTY and len(empty) * 3 > len(nodes) * 2:
        raise SeedError(
            source,
            empty[0].head.first + 1,
            f"expected each comment's text under its header, found {len(empty)} of {len(nodes)} comments "
            "without any (their text is laid out in a way the reader does not know)",
        )


_MIN_EMPTY = 3


def _check_count(dump: Dump, heads: list[Head], found: int, source: str, warnings: list[Diagnostic]) -> None:
    """The comments heading's count ("28 thoughts on …") against the comments found: far fewer is
    a page whose comments cannot be told apart (refused), a few off is worth a warning."""
    if not heads:
        return
    at = _heading_index(dump, heads[min(2, len(heads) - 1)].first)
    said = chrome.heading_count(dump.raw[at].strip()) if at is not None else None
    if at is None or said is None:
        return
    if found * 2 < said and _paged(dump):
        warnings.append(
            Diagnostic(
                source,
                at + 1,
                f"the heading counts {said} comments, {found} are on this page of comments "
                "(the others are on the pages its 'older/newer comments' links lead to)",
            )
        )
        return
    if found * 2 < said:
        raise SeedError(
            source,
            at + 1,
            f"expected {said} comments, as this heading says, each with a name and a date; found {found}",
        )
    if found != said and not _POSTS.search(dump.raw[at]):
        warnings.append(
            Diagnostic.thread_risk(source, at + 1, f"the heading counts {said} comments, {found} were found")
        )


def _paged(dump: Dump) -> bool:
    """Whether the page links to other pages of its comments (WordPress shows 50 a page)."""
    folded = "\n".join(dump.raw).casefold()
    return any(phrase in folded for phrase in chrome.COMMENT_PAGES)


def _article_is_post(dump: Dump, head: Head) -> bool:
    """Whether the first header is the article's own (a forum's first post): no comments
    heading, and no paragraph of text above it."""
    heading = _heading_index(dump, head.first)
    # "15 posts" counts the first post too: a forum's heading, above the article.
    if (heading is not None and not _POSTS.search(dump.raw[heading])) or head.kind != "comment":
        return False
    lines = dump.lines
    item = -1  # the text column of the list item the lines go on in (a menu's long entries)
    for index in range(head.first):
        line = lines[index]
        if line is None or line.marker:
            item = line.column if line is not None else -1
            continue
        if line.indent == item:
            continue
        item = -1
        if not is_prose(line):
            continue
        following = lines[index + 1]
        # A paragraph: a long line, or one of several (a title of eight words is neither, nor a
        # line over a form's field: "Call us or Click Here" / "_____ Search").
        if line.text.count(" ") >= _PARAGRAPH_WORDS or (
            following is not None and not following.marker and not chrome.is_form(following.text)
        ):
            return False
    return True


_PARAGRAPH_WORDS = 15
_POSTS = re.compile(r"[0-9] (?:posts?|Beiträge?|mensajes|messages)\b", re.IGNORECASE)


def _listed(dropped: list[SourceLine], dump: Dump, lines: list[str]) -> list[SourceLine]:
    """The dropped lines in line order; lynx's as they stood, link markers and all."""
    dropped.sort(key=_LINE)
    return [_as_written(item, dump, lines) for item in dropped] if dump.widths else dropped


def _as_written(item: SourceLine, dump: Dump, lines: list[str]) -> SourceLine:
    index = item.line - 1
    if index in dump.widths and item.text == dump.raw[index].strip():
        return SourceLine(item.line, lines[index].strip(), item.reason)
    return item


def _tail_reason(text: str) -> str:
    if chrome.is_form(text):
        return chrome.form_reason(text)
    return "after the comments (form, sidebar, footer)"


def _date_comments(
    nodes: list[Node], dump: Dump, source: str, warnings: list[Diagnostic], article: str | None
) -> PostedAt | None:
    """Read every comment's date, all together (the page's day/month order comes from all),
    with the ``article``'s date as its byline wrote it; returns the article's date read so."""
    dated = [node for node in nodes if node.head.date]
    lang = _language(nodes)
    texts = [node.head.date or "" for node in dated]
    read = read_dates([*texts, article] if article else texts, lang=lang)
    for node, posted in zip(dated, read, strict=False):
        node.posted_text = node.head.date
        if posted is None:
            warnings.append(Diagnostic(source, node.head.last + 1, f"unrecognised date {node.head.date!r}"))
        elif posted.relative:
            warnings.append(
                Diagnostic(source, node.head.last + 1, f"relative date {posted.text!r} kept as text, no day")
            )
        else:
            node.posted = posted.iso
    return read[-1] if article else None


def _check_flat_order(nodes: list[Node], source: str, warnings: list[Diagnostic]) -> None:
    """Warn when no comment is indented but their dates go back and forth: a flat page lists
    comments oldest or newest first, so the replies are nested by something the dump dropped
    (CSS margins) and the thread is shown flat, in page order."""
    if any(node.depth for node in nodes):
        return
    stamps = [(node, node.posted) for node in nodes if node.posted]
    steps = [
        (later, earlier < now) for (_, earlier), (later, now) in itertools.pairwise(stamps) if earlier != now
    ]
    if len({forward for _, forward in steps}) < 2:
        return
    back = next(node for node, forward in steps if forward != steps[0][1])
    warnings.append(
        Diagnostic.thread_risk(
            source,
            back.head.first + 1,
            "no comment is indented, yet their dates go back and forth (comment "
            f"{back.number} at {back.posted}): replies are probably nested in a way the dump does "
            "not show; the thread is shown flat, in page order",
        )
    )


def _language(nodes: list[Node]) -> str | None:
    """The page's language, guessed from its comment headers (it settles ambiguous dates)."""
    folded = [f" {(node.head.date or '').casefold()} {node.head.says.casefold()} " for node in nodes[:200]]
    if not folded:
        return None
    # A vote per header that holds a word: each word is searched for once in all the headers
    # together (no word holds a line break, so none is found across two headers).
    text = "\n".join(folded)
    ends = list(itertools.accumulate(len(header) + 1 for header in folded))
    votes: Counter[str] = Counter()
    for lang, words in _LANG_WORDS.items():
        votes[lang] = sum(_headers_with(text, ends, word) for word in words)
    if votes.most_common(1)[0][1] < 2:
        return None
    return votes.most_common(1)[0][0]


def _headers_with(text: str, ends: list[int], word: str) -> int:
    """How many of the headers joined in ``text`` hold ``word`` (each header ends before its
    offset in ``ends``)."""
    count = 0
    position = text.find(word)
    while position >= 0:
        count += 1
        position = text.find(word, ends[bisect.bisect_right(ends, position)])
    return count
