"""The comment tree of a dump, from its comment headers and the columns their text starts at.

A comment opens at its header (or at the list marker just before it); its column is where its
text starts. A later comment whose column is further right is a reply to it; one at the same
column or further left closes it. Every line between two headers belongs to the innermost open
comment whose column it reaches; what is not comment text (actions, ratings, forms) is dropped
with a reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from operator import attrgetter

from generator.model import Comment, Diagnostic, Paragraph, SourceLine
from generator.read.dump import chrome
from generator.read.dump.dumplines import MARKER, MARKER_FIRST, Dump, Line, item_column, list_end
from generator.read.dump.heads import Head, clean_name
from generator.read.dump.reflow import paragraphs

_AVATAR_AFTER = re.compile(r".{1,60}?(?:'s|’s)?\s(?:avatar|profile picture|photo|Profilbild)", re.IGNORECASE)
"""An avatar's alt text that names the commenter first ("Kristine Avatar")."""


@dataclass(slots=True)
class Node:
    """A comment while its lines are collected."""

    head: Head
    anchor: int
    """Index of its first line (its list marker, or its header)."""
    column: float
    """Where its text starts; a fraction more for a reply lynx dumped at its parent's column."""
    depth: int
    parent: Node | None
    number: int
    id: str
    marker_number: int
    """The list number it was dumped with (0 for a bullet or none)."""
    text_column: int
    """Where its text lines start (left of ``column`` for an item lynx dumped without marker)."""
    body: list[int] = field(default_factory=list)
    """Indices of its text lines; -1 for a blank line."""
    children: list[Node] = field(default_factory=list)
    posted: str | None = None
    posted_text: str | None = None


@dataclass
class Thread:
    """The comments of a page, in document order, and what was dropped from among them."""

    nodes: list[Node]
    dropped: list[SourceLine]
    warnings: list[Diagnostic]
    end: int
    """Index of the first line after the comment section."""


def anchor_of(dump: Dump, head: Head) -> tuple[int, float, list[SourceLine]]:
    """Where a comment opens and its column: its header's list marker, or one just before it
    holding only an avatar (``" 1. [avatar]"`` over ``"Kristine says:"``)."""
    lines = dump.lines
    line = lines[head.first]
    assert line is not None
    if line.marker:
        return head.first, item_column(line), []
    before = head.first - 1
    item = (lines[before - 1] or _NO) if before > 0 and lines[before] is None else _NO
    picture = item.content
    if picture[:1] == "[" and picture[-1:] == "]" and item.marker and line.indent >= item_column(item):
        # w3m sets a blank line between an item's picture ("1. [picture]") and the header under
        # it, in the item (a header further left follows a list of pictures in a comment's text).
        before -= 1
    if before >= 0 and lines[before] is not None:
        previous = lines[before]
        assert previous is not None
        if previous.marker:
            name, junk = clean_name(previous.content, previous.number)
            if not name:
                return before, item_column(previous), junk
            if _AVATAR_AFTER.fullmatch(previous.content) and name.startswith(head.author or "\0"):
                return (
                    before,
                    item_column(previous),
                    [SourceLine(previous.number, previous.content, "avatar text")],
                )
    return head.first, line.indent, []


def header_rest(dump: Dump, head: Head) -> list[SourceLine]:
    """The words of a comment's header lines that are neither its author, nor its date, nor
    dropped with a reason already ("says:", "Beitrag von", "| Reply"): listed, so nothing of the
    seed goes missing without a line and a reason."""
    # The lines as their Line entries hold them (stripped), read from the raw lines: this runs
    # for every comment, and a Line is only needed for a list marker.
    found = list(map(str.strip, dump.raw[head.first : head.last + 1]))
    # One text for all the header's lines: a date may wrap ("2." / "November 2016 um 8:59 Uhr"),
    # and may start like a list marker ("4. November 2016"), so the lines go in whole.
    text = " ".join(filter(None, found))
    for piece in chain((head.author, head.date), map(_TEXT, head.dropped)):
        if not piece:
            continue
        # Names and dates may be glued together ("Aisha RahmanApril 27, 2016"): cut, not split.
        if piece in text:
            text = text.replace(piece, " " * len(piece), 1)
            continue
        at = text.find(" ".join(piece.split()))
        if at >= 0:
            text = text[:at] + " " * len(piece) + text[at + len(piece) :]
    rest: list[SourceLine] = []
    start = 0
    for index, line in enumerate(found, head.first):
        if not line:
            continue  # a blank line: no Line, not in the text
        left = text[start : start + len(line)]
        start += len(line) + 1
        if left.isspace():
            continue  # all of it cut out above (a date line, most often)
        marker = (dump.lines[index] or _NO).marker if line[0] in MARKER_FIRST else ""
        if marker and left.startswith(marker):
            left = left[len(marker) :]  # the list's own number or bullet, not the seed's words
        words = list(filter(_ALNUM.search, left.split()))
        if words:
            reason = "deleted comment's placeholder" if head.kind == "deleted" else "comment header"
            rest.append(SourceLine(index + 1, " ".join(words), reason))
    return rest


_TEXT = attrgetter("text")
_ALNUM = re.compile(r"[^\W_]")
"""A letter or digit (``str.isalnum``): a word of a header with none is punctuation ("|", "–")."""


def build(dump: Dump, heads: list[Head], end: int, source: str) -> Thread:
    """The comment tree of ``heads`` (chosen, in document order) over ``dump.lines[:end]``."""
    lines = dump.lines
    state = _State(dump, source)
    # Looked up once, not for every comment.
    stack, nodes, dropped = state.stack, state.nodes, state.dropped
    tops = 0
    anchors = [anchor_of(dump, head) for head in heads]
    firsts = [lines[anchor] or _NO for anchor, _, _ in anchors]
    marked = [anchor for (anchor, _, _), line in zip(anchors, firsts, strict=True) if line.marker]
    # Less indented than every listed comment: a heading between two lists ("Trackbacks").
    state.outer = min((_indent(dump.raw[anchor]) for anchor in marked), default=-1)
    listed = 2 * len(marked) > len(heads)
    for position, head in enumerate(heads):
        anchor, column, junk = anchors[position]
        dropped += junk
        line = firsts[position]
        number = _number(line)
        text_column = int(column)
        if not line.marker and listed and stack:
            # lynx drops the marker of an item that follows nested lists: a top-level one
            column, number = stack[0].column, stack[0].marker_number + 1 if stack[0].marker_number else 0
            if len(stack) > 1:
                state.warnings.append(
                    Diagnostic.thread_risk(
                        state.source,
                        anchor + 1,
                        "comment without its list marker after nested replies (lynx drops it): "
                        "taken as top-level, its nesting is a guess",
                    )
                )
            stack.clear()
        column = _nest(stack, column, number)
        parent = stack[-1] if stack else None
        if parent is None:
            tops += 1
            ordinal, ident = tops, f"c{tops}"
        else:
            ordinal = len(parent.children) + 1
            ident = f"{parent.id}-{ordinal}"
        node = Node(
            head, anchor, column, len(stack), parent, ordinal, ident, number, min(text_column, int(column))
        )
        if head.last < head.footer:
            # Blogger's text is a <dd> under its "Name said..." <dt>: set in from the header.
            first = next((i for i in range(head.last + 1, head.footer) if dump.raw[i].strip()), head.footer)
            node.text_column = max(node.text_column, _indent(dump.raw[first]))
        if parent is None and state.section_kind and head.kind == "comment":
            head.kind = state.section_kind
        if parent is not None:
            parent.children.append(node)
        nodes.append(node)
        stack.append(node)
        dropped += head.dropped
        dropped += header_rest(dump, head)
        stop = min(heads[position + 1].first, anchors[position + 1][0]) if position + 1 < len(heads) else end
        if head.last < head.footer < stop:
            # The date under the comment's text (Blogger): the text runs up to it.
            state.collect(head.last + 1, head.footer, node)
            dropped.append(SourceLine(head.footer + 1, dump.raw[head.footer].strip(), "comment date"))
            after = head.footer + 1
            if head.shape == "name+footer":
                # The rest of the list of links the date stands in ("6:32 PM", "Log in to post
                # comments"): the comment's links, not its text.
                links_end = min(list_end(dump, head.footer), stop)
                for index in range(after, links_end):
                    text = dump.raw[index].strip()
                    dropped.append(SourceLine(index + 1, text, _not_text(text) or "comment links"))
                after = max(after, links_end)
            state.collect(after, stop, node)
        else:
            state.collect(head.last + 1, stop, node)
    return Thread(nodes, dropped, state.warnings, end)


@dataclass
class _State:
    """The comments read so far and what the lines between them said."""

    dump: Dump
    source: str
    nodes: list[Node] = field(default_factory=list)
    stack: list[Node] = field(default_factory=list)
    """The current comment and the comments it replies to, top-level first."""
    dropped: list[SourceLine] = field(default_factory=list)
    warnings: list[Diagnostic] = field(default_factory=list)
    outer: int = -1
    """Indentation of the least indented comment marker (-1: comments are not a list)."""
    section_kind: str = ""
    """"trackback" or "pingback" after a heading of that name between comment lists."""

    def collect(self, start: int, stop: int, node: Node) -> None:
        """Give the lines from ``start`` to ``stop`` (those between two headers) to the comments
        they belong to.

        This runs for every line of a page's comments, so it works on the raw lines: a strip,
        an indentation and a cheap look at the first character for most of them.
        """
        raw = self.dump.raw
        column = node.text_column
        outer = min(self.outer, column)
        body = node.body
        quoting = ""
        closed = has_text = False
        # Looked up once, not for every line.
        rule_chars, is_rule, not_text, prose_start = (
            chrome.RULE_CHARS,
            chrome.is_rule,
            _not_text,
            _prose_start,
        )
        max_chrome, max_words, plain_first = _MAX_CHROME, _MAX_ACTION_WORDS, _PLAIN_FIRST
        quote_column = column + 1
        dropped, add = self.dropped, body.append
        margin_text = self._margin_text(stop, column)
        quoted: list[int] = []  # lines dropped as an indented quote
        mark, before = len(dropped), len(body)
        for index, text in enumerate(raw[start:stop], start):
            stripped = text.strip()
            if not stripped:
                add(-1)
                continue
            if closed:
                dropped.append(SourceLine(index + 1, stripped, "post header"))
                continue
            first = stripped[0]
            if first in rule_chars and is_rule(stripped):
                dropped.append(SourceLine(index + 1, stripped, "rule"))
                # After a rule, forums print the next post's author block: no text until its header.
                closed = True
                continue
            # A line of many words is prose, what _not_text says of it first, told here without
            # a call: most lines of a comment are such.
            if (
                len(stripped) <= max_chrome
                and not (
                    stripped.count(" ") > max_words and (first in plain_first or prose_start(stripped, first))
                )
                and (reason := not_text(stripped))
            ):
                dropped.append(SourceLine(index + 1, stripped, reason))
                continue
            indent = len(text) - len(text.lstrip(" "))
            # The attribution's pattern tries every length of name: only a line with a colon can hold it.
            if quoting == "paragraph" or (not has_text and ":" in stripped and _WROTE.match(stripped)):
                # lynx does not indent a forum's quote: "Uwe hat geschrieben: ↑DATE" and its paragraph.
                quoting = "paragraph"
                self.dropped.append(SourceLine(index + 1, stripped, "quote of another comment"))
                if index + 1 < len(raw) and not raw[index + 1].strip():
                    quoting = ""
                continue
            if indent > quote_column and (quoting or self._quote_starts(body, stripped)):
                quoting = "indented"
                self.dropped.append(SourceLine(index + 1, stripped, "quote of another comment"))
                quoted.append(index)
                continue
            quoting = ""
            if indent >= column:
                add(index)
                has_text = True
            elif indent < outer and margin_text(index):
                # lynx sets preformatted text at the margin: the comment's own, as its text goes on.
                add(index)
                has_text = True
            elif indent < outer:
                self.dropped.append(SourceLine(index + 1, stripped, "heading between comment lists"))
                self.stack.clear()
                folded = stripped.casefold()
                # Pings listed apart ("Trackbacks", "Pingbacks"): which of the two each one is, the
                # dump does not say; pingbacks are the usual kind.
                self.section_kind = "pingback" if "trackback" in folded or "pingback" in folded else ""
            else:
                _place(index, indent, self.stack, node)
        if quoted and max(body, default=-1) < 0:
            self._own_quote(start, stop, body, quoted, mark, before)

    def _own_quote(
        self, start: int, stop: int, body: list[int], quoted: list[int], mark: int, before: int
    ) -> None:
        """A comment whose every line of text is indented as a quote wrote that text itself:
        w3m indents a ``<blockquote>`` that some themes wrap each comment's text in, and a quote
        of another comment is followed by the comment's own words (the comment has none here:
        ``body`` holds blank lines only). The lines (dropped from ``mark`` on, the body's from
        ``before`` on) go back to it."""
        taken = set(quoted)
        raw = self.dump.raw
        body[before:] = [
            index if index in taken else -1
            for index in range(start, stop)
            if index in taken or not raw[index].strip()
        ]
        self.dropped[mark:] = [
            item
            for item in self.dropped[mark:]
            if not (item.line - 1 in taken and item.reason == "quote of another comment")
        ]

    def _margin_text(self, stop: int, column: int) -> Callable[[int], bool]:
        """Whether a line left of every comment is preformatted text of the comment (lynx sets
        ``<pre>`` at the margin, and its lines keep their own indents): the lines after it go on
        left of the comment's column until one at it (more text, its "Reply", a reply to it). A
        heading between two lists is followed by a comment at the lists' column; a page's footer
        by anything else. Each run of such lines is looked at once."""
        raw = self.dump.raw
        lynx = self.dump.tool == "lynx"
        run_end, run_text = -1, False

        def margin_text(index: int) -> bool:
            nonlocal run_end, run_text
            if index < run_end:
                return run_text
            after = index + 1
            while after < stop and (not raw[after].strip() or _indent(raw[after]) < column):
                after += 1
            run_end, run_text = after, lynx and after < len(raw) and _indent(raw[after]) >= column
            return run_text

        return margin_text

    def _quote_starts(self, body: list[int], stripped: str) -> bool:
        """Whether a line indented under a comment's text opens a quote (a blockquote of an
        earlier comment), rather than continuing a list: it follows the comment's header or an
        attribution ("nas_nora:", "Uwe hat geschrieben:"), which goes with it."""
        if stripped[0] in MARKER_FIRST and MARKER.match(stripped):
            return False
        last = next((i for i in reversed(body) if i >= 0), -1)
        if last < 0:
            return True
        before = self.dump.raw[last].strip()
        # A quote stands apart from its attribution; a line set in right under one ending in a
        # colon is preformatted text going on ("for day in week:" / "    feed(starter)").
        if before.endswith(":") and len(before) <= _MAX_ATTRIBUTION and body[-1] < 0:
            while body and body[-1] != last:
                body.pop()
            body.pop()
            self.dropped.append(SourceLine(last + 1, before, "quote of another comment"))
            return True
        return False


_MAX_ATTRIBUTION = 80
_WROTE = re.compile(
    r"^\S.{0,60}? (?:hat geschrieben|wrote|schrieb|escribió|a écrit|ha scritto|schreef)\s?:", re.IGNORECASE
)
"""A forum quote's attribution ("Uwe hat geschrieben: ↑Di 14. Apr 2020, 15:30…")."""
_MAX_CHROME = 120
"""Longest line that may be an action, rating or form line; longer ones are text."""
_MAX_ACTION_WORDS = 8
_PLAIN_FIRST = frozenset("abcdefghijklmnopqrstuvwxyzäöüéèàçñ")
"""A line starting with a small letter and of many words is text (actions are a few words)."""


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _nest(stack: list[Node], column: float, number: int) -> float:
    """Close the comments ``stack`` that a comment at ``column`` is not inside; its column.

    Columns decide, except where lynx dumps nested lists at one column: there a "1." right
    under a comment opens its replies, and "N." follows "N-1." at that column as its sibling.
    """
    top = stack[-1] if stack else None
    if number == 1 and top is not None and top.column // 1 == column and top.marker_number:
        return top.column + (1 - top.column % 1) / 2  # further right than its parent, left of any column
    if number > 1:
        for sibling in range(len(stack) - 1, -1, -1):
            if stack[sibling].marker_number != number - 1:
                continue
            if stack[sibling].column // 1 == column:
                column = stack[sibling].column
                del stack[sibling:]
                return column
            if number == _TEN and stack[sibling].column // 1 + 1 == column:
                # Numbers a theme prints as text, not a list's: "10." sets its text a column
                # right of "9." (lists set them right-aligned; past 99, see item_column).
                del stack[sibling:]
                return column
    while stack and stack[-1].column >= column:
        stack.pop()
    return column


_TEN = 10
"""The first number of two digits."""


def _number(line: Line | None) -> int:
    """The number of a numbered list marker ("12." → 12), 0 otherwise."""
    if line is None or not line.marker.endswith("."):
        return 0
    return int(line.marker[:-1])


_NO = Line(0, 0, "", "", 0, "", 0)


def _place(index: int, indent: int, stack: list[Node], node: Node) -> None:
    """A line less indented than its comment: it belongs to the innermost open comment it is
    indented under (the rest of a parent's text after its replies), else to the comment."""
    owner = next((open_ for open_ in reversed(stack) if int(open_.column) <= indent), node)
    if owner.depth > node.depth:
        owner = node
    if owner is not node and owner.body and owner.body[-1] >= 0:
        owner.body.append(-1)  # text after the replies starts a paragraph of its own
    owner.body.append(index)


def _not_text(text: str) -> str:
    """Why a line inside a comment is not its text ("comment action", "rating", …), or ""."""
    first = text[0]
    if first.isalpha() and "[" not in text and not chrome.may_be_action(text):
        # Most lines of a comment: no rule or form field opens with a letter, and no action
        # with their first word; a note or a rating is all they may still be, unless prose.
        note = _note(text)
        if note:
            return note
        rating = chrome.may_be_rating(text) and chrome.is_rating(text)
        return (
            "rating"
            if rating and not (text.count(" ") > _MAX_ACTION_WORDS and _prose_start(text, first))
            else ""
        )
    return _chrome(text)


def _note(text: str) -> str:
    """A picture's alt text ("Profile picture for user Karl") or the note under a comment not
    approved yet, each on a line of its own: why it is no text; else ""."""
    if chrome.is_avatar_line(text):
        return "avatar text"
    if chrome.is_moderation_note(text):
        return "moderation note"
    return ""


@lru_cache(maxsize=4096)
def _chrome(text: str) -> str:
    """:func:`_not_text` the long way. Remembered: the same action lines ("Reply", "Like")
    stand under most comments."""
    if text.count(" ") > _MAX_ACTION_WORDS and _prose_start(text, text[0]):
        return ""
    if chrome.is_action(text):
        return "comment action"
    note = _note(text)
    if note:
        return note
    if chrome.is_rule(text):
        return "rule"
    if chrome.may_be_rating(text) and chrome.is_rating(text):
        return "rating"
    if ("[" in text or text[0] == "_") and chrome.is_form(text):
        return chrome.form_reason(text)
    if _TIME_ITEM.fullmatch(text):
        return "comment time"  # Drupal's "• reply • April 5, 2018 • 6:32 PM" under the text
    return ""


_TIME_ITEM = re.compile(r"[•*+o#@◦▪-] {1,3}" + chrome.TIME.pattern)


def _prose_start(text: str, first: str) -> bool:
    """Whether a line of many words (``first`` its first character) is prose: a small letter
    first, or a letter and more than a rating ("Rated …", at most 60 characters) without the
    brackets of a form field."""
    return first in _PLAIN_FIRST or (first.isalpha() and len(text) > chrome.MAX_RATING and "[" not in text)


def drop_signatures(thread: Thread, dump: Dump) -> None:
    """Forum signatures: the same last line under two or more posts of one author is theirs,
    not the posts' text ("Becken: 240 l, Südamerika"); it is dropped with that reason."""
    by_author: dict[str, list[tuple[Node, int]]] = {}
    for node in thread.nodes:
        last = next((i for i in reversed(node.body) if i >= 0), -1)
        # A body holds line indices and -1 for blank lines: the lines of text are all the rest.
        if node.head.author and last >= 0 and len(node.body) - node.body.count(-1) > 1:
            by_author.setdefault(node.head.author, []).append((node, last))
    for posts in by_author.values():
        if len(posts) < _SIGNED_POSTS:
            continue
        texts = [dump.raw[last].strip() for _, last in posts]
        seen: dict[str, int] = {}
        for text in texts:
            seen[text] = seen.get(text, 0) + 1
        for (node, last), text in zip(posts, texts, strict=True):
            if seen[text] >= _SIGNED_POSTS:
                node.body[len(node.body) - 1 - node.body[::-1].index(last)] = -1
                thread.dropped.append(SourceLine(last + 1, text, "signature"))


_SIGNED_POSTS = 2


def _kind(kind: str, texts: list[Paragraph]) -> str:
    """A comment whose text is an excerpt in "[…] … […]" is a pingback: WordPress quotes the
    linking post so, and some themes show pings like comments, with no other sign."""
    # Each excerpt's mark opens with a bracket: a look at one character rules out most texts.
    if kind == "comment" and texts and texts[0].text[:1] == "[" and texts[0].text.startswith(_EXCERPT):
        return "pingback"
    return kind


_EXCERPT = ("[…]", "[...]", "[&hellip;]")


def freeze(thread: Thread, dump: Dump) -> tuple[Comment, ...]:
    """The frozen comment tree (replies before the comments they answer, without recursion)."""
    done: dict[int, Comment] = {}
    for node in reversed(thread.nodes):
        body = node.body
        while body and body[-1] < 0:
            body.pop()
        texts = paragraphs(dump, body)
        if node.head.shape == "deleted":  # a placeholder standing alone is the comment's text
            placeholder = dump.lines[node.head.first]
            if placeholder is not None:
                texts.insert(0, Paragraph(placeholder.content, placeholder.number))
        comment = Comment(
            id=node.id,
            number=node.number,
            author=node.head.author,
            depth=node.depth,
            paragraphs=tuple(texts),
            line=node.anchor + 1,
            replies=tuple([done.pop(id(child)) for child in node.children]) if node.children else (),
            posted=node.posted,
            posted_text=node.posted_text,
            kind=_kind(node.head.kind, texts),
        )
        done[id(node)] = comment
    return tuple(done[id(node)] for node in thread.nodes if node.parent is None)
