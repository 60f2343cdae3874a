"""The part of a comment page above its comments: navigation, title, byline, article.

Dumps start with the site's name, menus and links; the title is the heading just before the
byline ("By admin", "Posted on …", a date), or the one the comments heading quotes ("12 thoughts
on “Title”"), not the first line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from generator.model import Paragraph, SourceLine
from generator.read.dates import find_date, read_dates
from generator.read.dump import chrome
from generator.read.dump.dumplines import Dump, Line
from generator.read.dump.heads import LABEL_WORDS, WEEKDAYS, ZONES, labels_only, plausible_name
from generator.read.dump.reflow import paragraphs_of, soft_break

_BYLINE = re.compile(
    r"^(?:(?:Posted|Published|Written|Geschrieben|Veröffentlicht|Publicado|Escrito|Publié|Écrit|Pubblicato)"
    r"(?:\s(?:on|am|el|le|il|by|von|por|par|da))?\s|By\s|Von\s|Por\s|Par\s|Door\s|Di\s|Autor:?\s|Author:?\s"
    r"|(?:Text|Texte|Texto)\s(?:by|par|de|por|von)\s(?-i:[A-ZÀ-Þ]))",
    re.IGNORECASE,
)
_AUTHOR = re.compile(
    r"(?:^|\s)(?:by|von|por|par|door|di|autor:?|author:?)\s(?P<name>[^|·•,]{1,60}?)(?=\s*(?:$|[|·•,]|\s\d|\s(?:at|on|am|um|el|le|à)\s))",
    re.IGNORECASE,
)
_LABELLED_AUTHOR = re.compile(r"Post author\s{0,2}(?P<name>[^\s|·•,][^|·•,]{0,59})$")
"""Twenty Twenty's post meta: the label for screen readers, then the name ("Post authorAnna")."""


def _labelled_author(text: str) -> str | None:
    """The name in Twenty Twenty's post meta ("Post authorBy Anna": the label for screen readers,
    the theme's "By", the name), or None."""
    found = _LABELLED_AUTHOR.match(text)
    if found is None:
        return None
    first, _, rest = found["name"].strip().partition(" ")
    name = rest if first.casefold() in _BY_WORDS and rest else found["name"].strip()
    return name if plausible_name(name) else None


_LABELLED_DATE = re.compile(r"Post date\s{0,2}")
"""And the date's label ("Post dateMarch 1, 2020")."""
_QUOTED = re.compile(r"[“„«\"‘‚‹]\s?(?P<title>[^“”„«»\"]{1,300}?)\s?[”“»\"’‘›]")
_NAVIGATION = frozenset(
    s.casefold()
    for s in [
        "menu",
        "main menu",
        "primary menu",
        "navigation",
        "toggle navigation",
        "skip to content",
        "skip to main content",
        "search",
        "menü",
        "zum inhalt springen",
        "menú",
        "saltar al contenido",
        "aller au contenu",
        "home",
    ]
)
_MAX_TITLE = 200
_BY_WORDS = frozenset(["by", "von", "por", "par", "door", "di", "da", "av", "af"])
"""The word a byline opens with, alone on a line above the name (a title never is)."""
_META_LINES = 3
"""Lines between a title and its byline that are taken for metadata (category, reading time)."""
_HANDLE = re.compile(r"(?:(?<=[^\W\d_])|\s)@\w+(?![\w.@])|\s\(@\w+\)")
"""A writer's handle after their name ("Alissa Wilkinson@alissamarie", "Ann Writer (@annwrites)"),
not an address's part ("ann@example.com")."""
_UPDATED = frozenset(
    [
        "updated",
        "update",
        "posted",
        "published",
        "modified",
        "edited",
        "aktualisiert",
        "veröffentlicht",
        "geändert",
        "actualizado",
        "publicado",
        "modificado",
        "publié",
        "modifié",
        "aggiornato",
        "pubblicato",
        "bijgewerkt",
        "gepubliceerd",
    ]
)
"""A date's label between a byline's name and the date ("Ann Writer Updated March 2, 2012")."""


def _name_before_date(text: str) -> list[str]:
    """The words of a byline's name in ``text``, all that stands before its date: without the
    writer's handle, the date's label and its weekday ("Alissa Wilkinson@alissamarie Updated",
    "Ann Writer Friday,", "Fischkopp82 » Di"). A weekday is the date's where it is written out, cut
    short with a full stop, or set after a separator ("Sun" in "By Li Sun March 2" is a name)."""
    words = (_HANDLE.sub(" ", text).strip(_SEPARATORS) or text).split()
    while words:
        bare = words[-1].casefold().strip(_SEPARATORS + ":.")
        if not bare:
            words.pop()  # a separator
        elif bare in _UPDATED:
            words.pop()
            if words and words[-1].casefold() in ("last", "zuletzt"):
                words.pop()  # "Last updated:"
        elif bare in WEEKDAYS and len(words) > 1 and not words[-2].strip(_SEPARATORS):
            del words[-2:]  # "» Di"
        elif bare in WEEKDAYS and (len(bare) >= _WEEKDAY_WRITTEN or words[-1].rstrip(",").endswith(".")):
            words.pop()
        else:
            break
    return words


_WEEKDAY_WRITTEN = 5
"""Letters of the shortest weekday written out ("lunes", "Monday", "Montag"; "Sun", "Do" are names too)."""
_SEPARATORS = " ,;|/·•–—-»:"
"""What stands between a byline's name and its date ("Ann Writer / March 2", "Ann Writer · …")."""
_LYNX_LOOK = 4
"""How many plain lines above the byline lynx's title may be."""


@dataclass
class PageHead:
    """What the top of a page says."""

    title: str = ""
    title_line: int = 0
    posted: dt.date | None = None
    posted_text: str | None = None
    posted_line: int = 0
    author: str | None = None
    article: list[Paragraph] = field(default_factory=list)
    chrome: list[SourceLine] = field(default_factory=list)


def read_pagehead(dump: Dump, stop: int, post: int = -1) -> PageHead:
    """Read ``dump.lines[:stop]``: everything above the first comment.

    ``post`` is the line of the first post's header where the article is the thread's first
    post (forums): its byline.
    """
    lines = [line for line in dump.lines[:stop] if line is not None]
    head = PageHead()
    heading = next((line for line in reversed(lines) if chrome.is_comments_heading(line.text)), None)
    quoted = None
    if heading is not None:
        at = lines.index(heading)
        text = heading.text
        if at + 1 < len(lines) and lines[at + 1].number == heading.number + 1:
            text += " " + lines[at + 1].text  # the heading wrapped ("162 Antworten auf „Altbau …")
        quoted = _QUOTED.search(text)
    if post >= 0:
        byline: int | None = next((i for i, line in enumerate(lines) if line.number == post + 1), None)
    else:
        byline = _past_masthead(
            lines, _byline(lines, 0, dump.wrap, dump.tool == "lynx"), dump.wrap, dump.tool == "lynx"
        )
    title_at = _title_index(
        lines, byline, quoted["title"] if quoted else None, dump.tool == "lynx", dump.wrap, dump.raw
    )
    if title_at is None:
        head.chrome += [SourceLine(line.number, line.text, "navigation") for line in lines]
        return head
    if byline is not None and byline == title_at - 1 and _date_only(lines[byline].text):
        # Blogger's date header over the title: the article's date (not a byline further down,
        # "Photo montage" / "by Salon)" of a picture's credit).
        _read_byline(head, lines[byline])
        head.chrome.append(SourceLine(lines[byline].number, lines[byline].text, "article meta"))
        lines = [*lines[:byline], *lines[title_at:]]
        title_at = byline
        # A byline right under the title names the writer (its date, where it shows one, is the
        # article's: the date above was a masthead's); further down, a picture's credit is none.
        below = _byline(lines, title_at + 1, dump.wrap, dump.tool == "lynx")
        near = below is not None and below - title_at <= _META_LINES
        byline = below if near and not any(map(is_prose, lines[title_at + 1 : below])) else None
    elif post < 0 and (byline is None or byline < title_at):
        byline = _byline(lines, title_at + 1, dump.wrap, dump.tool == "lynx")
    if post >= 0 and byline == title_at and byline + 1 < len(lines) and _date_only(lines[byline + 1].text):
        # The "post's header" is the title over its date (a block theme's, the comments under a
        # heading): the date's line is the byline.
        byline += 1
    title_at = _title_start(lines, title_at, dump.wrap)
    title = lines[title_at]
    head.title, head.title_line = title.text, title.number
    # A long title wraps: its next lines follow without a blank line (but not the byline).
    while (
        title_at + 1 < len(lines)
        and lines[title_at + 1].number == lines[title_at].number + 1
        and (byline is None or title_at + 1 < byline)
        and _could_be_title(lines[title_at + 1])
        and len(head.title) < _MAX_TITLE
        and dump.wrap
        and lines[title_at].width + 1 + len(lines[title_at + 1].text.split(" ", 1)[0]) > dump.wrap
    ):
        title_at += 1
        head.title += " " + lines[title_at].text
    head.chrome += [SourceLine(line.number, line.text, "navigation") for line in lines[:title_at]]
    article_from = title_at + 1
    wrapped_writer: Line | None = None  # the line the byline's "Par" and its name wrapped onto
    if byline is not None and byline > title_at:
        _read_byline(head, lines[byline])
        if byline + 1 < len(lines) and (
            writer := _wrapped_writer(lines[byline], lines[byline + 1], dump.wrap)
        ):
            head.author, wrapped_writer = writer, lines[byline + 1]
        if byline - title_at <= _META_LINES:  # a category or two between title and byline
            head.chrome += [
                SourceLine(line.number, line.text, "article meta")
                for line in lines[title_at + 1 : byline + 1]
            ]
            article_from = byline + 1
            labelled = (_labelled_author(line.content) for line in lines[title_at + 1 : byline + 1])
            head.author = head.author or next((name for name in labelled if name), None)
    signed: Line | None = None
    naming: list[Line] = []  # the lines between the byline and the writer's name under it
    writers = _listed_writers(lines, title_at)  # " 1. Sarah Archer" over the date or time
    if byline is not None and byline > title_at and head.author is None:
        # "por" on a line of its own, the name on the next ("• César Salza"), the date under.
        by = next((i for i in range(title_at + 1, byline) if lines[i].text.casefold() in _BY_WORDS), None)
        if by is not None and plausible_name(lines[by + 1].content):
            head.author = lines[by + 1].content
        elif writers and title_at + len(writers) + 1 == byline:
            head.author = ", ".join(line.content for line in writers)  # "1. Sarah Archer" / DATE
        else:
            # The date's line, then "By Ana Sandoiu" right under it, a line of its own.
            signed, head.author = _signed_under(lines, byline)
        if head.author is None and _date_only(lines[byline].text):
            # A block theme's date, a separator, "Por" and the name, each a line of its own,
            # and the post's category under them ("Publicado en Rutas").
            naming = _by_word_under(lines, byline)
            if naming:
                head.author = naming[-1].content
                signed = naming[-1]
    if byline is None:
        # The post's meta as a list right under the title ("• by: Maren Holt", "• From: Coast
        # Herald", "• March 13, 2015 9:00PM"): its author and date, no text of the article's.
        listed = _meta_list(lines, title_at)
        if listed:
            for line in listed:
                writer = _writer(line)
                if writer and head.author is None:
                    head.author = writer
                elif _date_only(_LABELLED_DATE.sub("", line.content, 1)) and head.posted_text is None:
                    _read_date(head, line)
            head.chrome += [SourceLine(line.number, line.text, "article meta") for line in listed]
            article_from = title_at + 1 + len(listed)
        elif writers:
            # The writers as a list, the time or the date under it ("1. Sarah Archer" / "1:39 PM
            # ET"): its date is the article's.
            head.author = ", ".join(line.content for line in writers)
            meta = lines[title_at + 1 : title_at + 2 + len(writers)]
            if _date_only(meta[-1].text):
                _read_date(head, meta[-1])
            head.chrome += [SourceLine(line.number, line.text, "article meta") for line in meta]
            article_from = title_at + 1 + len(meta)
    skip = {id(lines[byline]): "article meta"} if byline is not None else {}
    skip.update((id(line), "article meta") for line in naming)
    if signed is not None:
        skip[id(signed)] = "article meta"
    if wrapped_writer is not None:
        skip[id(wrapped_writer)] = "article meta"
    if byline is not None and byline > title_at and head.posted_text is None:
        # The date on a line of its own under a byline of a name alone (or with the writer's note).
        dated = range(byline + 1, min(byline + 1 + _TITLE_TO_TEXT, len(lines)))
        under = next((i for i in dated if _date_only(_unlabelled(lines[i].text))), None)
        if under is not None:
            _read_date(head, lines[under])
            skip[id(lines[under])] = "article meta"
    if byline is not None:
        # The post's category on the line under its byline ("Publié dans Patrimoine").
        at = lines.index(signed) if signed is not None else byline
        if (
            at + 1 < len(lines)
            and lines[at + 1].number == lines[at].number + 1
            and _is_category(lines, at + 1)
        ):
            skip[id(lines[at + 1])] = "article meta"
    footer = _footer_byline(lines, max(article_from, title_at + 1)) if head.author is None else []
    if footer:
        # Its first line names the writer; its labels and links under it are meta too.
        head.author = _writer_of(footer[0].text)
        skip.update((id(line), "article meta") for line in footer)
    if heading is not None:
        skip[id(heading)] = "comments heading"
    head.article = _article(lines[article_from:], title.number, skip, head.chrome, dump.wrap)
    return head


def _article(
    lines: list[Line], after: int, skip: dict[int, str], dropped: list[SourceLine], wrap: int
) -> list[Paragraph]:
    """The article's paragraphs from ``lines`` (below the title, at line ``after``), without the
    lines in ``skip`` (by identity, with the reason) and actions."""
    body: list[Line | None] = []
    last = after
    for line in lines:
        reason = skip.get(id(line)) or (
            "article action" if chrome.is_action(line.text) or chrome.is_rating(line.text) else ""
        )
        if not reason and ("[" in line.text or "__" in line.text) and chrome.is_form(line.text):
            # The form above the comments ("Your name [Anonymous ]"); lynx draws a rule so too.
            reason = "rule" if chrome.is_rule(line.text) else chrome.form_reason(line.text)
        if not reason and line.marker and chrome.is_comments_heading(line.content):
            reason = "article meta"  # "• 4 Comments": the post's meta links to its comments
        elif not reason and chrome.is_avatar_line(line.text):
            reason = "avatar text"  # the first commenter's picture, above the comments' first header
        if reason:
            dropped.append(SourceLine(line.number, line.text, reason))
            continue
        if line.number > last + 1:
            body.append(None)
        body.append(line)
        last = line.number
    end = _article_end(body, wrap)
    dropped += [
        SourceLine(
            line.number,
            line.text,
            "comments heading" if chrome.is_comments_heading(line.text) else _AFTER_ARTICLE,
        )
        for line in body[end:]
        if line is not None
    ]
    return paragraphs_of(body[:end], wrap)


_AFTER_ARTICLE = "after the article (related stories, tags, sidebar, footer)"


def _article_end(body: list[Line | None], wrap: int) -> int:
    """Where the page's furniture under the article starts in ``body`` (its lines, None for a
    blank line), or ``len(body)``: at a heading that closes articles ("Related coverage", "More
    stories", "Labels", "Share this article:") standing after the article's last sentence, with
    none after it. What stands between that sentence and the heading (a signature, a last list,
    the writer's line) stays the article's; a heading with a sentence after it (a box inside the
    story, "Read also" over a link, then more of the story) ends nothing, nor does any heading
    of an article without sentences (a page of lists)."""
    blocks: list[int] = []  # where each paragraph starts
    for index, line in enumerate(body):
        if line is not None and (index == 0 or body[index - 1] is None):
            blocks.append(index)
    last_sentence = -1
    for position, start in enumerate(blocks):
        stop = blocks[position + 1] if position + 1 < len(blocks) else len(body)
        if _has_sentence([line for line in body[start:stop] if line is not None], wrap):
            last_sentence = start
    if last_sentence < 0:
        return len(body)  # no sentence: a page of lists, whose end nothing here can tell
    for start in blocks:
        line = body[start]
        if start > last_sentence and line is not None and not line.marker and chrome.ends_article(line.text):
            return start
    return len(body)


def _has_sentence(lines: list[Line], wrap: int) -> bool:
    """Whether a paragraph (its lines, wrapped at ``wrap``) holds a sentence of the article's. The
    paragraph is cut where the page's text broke, not the dumper's wrapping (w3m runs a story's
    last lines together with a credit, "Photos: Tom Pryce", where the page set no space between
    them), and at each list item; a piece is a sentence that ends as a sentence ends (not in
    the dots of a teaser cut short), of :data:`_SENTENCE_WORDS` words and more
    (:data:`_ITEM_WORDS` for a list item). A notice of rights ("Copyright © 2015 …") and what
    follows it in the paragraph are none (the story's lines before a "© Tom Pryce" still are)."""
    piece: list[Line] = []
    for position, line in enumerate(lines):
        piece.append(line)
        following = lines[position + 1] if position + 1 < len(lines) else None
        if following is not None and not following.marker and soft_break(line, following, wrap):
            continue  # the piece goes on: the dumper wrapped it here
        if _RIGHTS.search(" ".join(part.text for part in piece)):
            return False  # a notice of rights, and what goes on after it ("This material may not …")
        if _is_sentence(piece):
            return True
        piece = []
    return False


def _is_sentence(piece: list[Line]) -> bool:
    """Whether the lines of one piece of a paragraph (see :func:`_has_sentence`) are a sentence."""
    end = piece[-1].text.rstrip(_CLOSERS)
    if not end.endswith(_SENTENCE_ENDS) or end.endswith(".."):
        return False
    text = " ".join(line.content if index == 0 else line.text for index, line in enumerate(piece))
    if piece[0].marker:
        # A list item ending in a question is a headline in a box of stories ("Can Reddit's new
        # policies really prevent …?"), more often than the article's own point.
        return text.count(" ") + 1 >= _ITEM_WORDS and not end.endswith("?")
    return text.count(" ") + 1 >= _SENTENCE_WORDS


_RIGHTS = re.compile(r"©|all rights reserved|copyright\s{0,2}(?:\(c\)\s{0,2})?\d{4}", re.IGNORECASE)
"""A notice of rights: a footer's, not the article's."""
_SENTENCE_WORDS = 3
_ITEM_WORDS = 8
"""Words a list item needs for its full stop to end a sentence of the article's."""
_CLOSERS = "\"'”’»)] "
_SENTENCE_ENDS = (".", "!", "?")


def _byline(lines: list[Line], start: int, wrap: int, lynx: bool) -> int | None:
    """The first byline from ``lines[start]`` on in no list item (a story's in a box of related
    ones, "• [photo]" / "Harvard University" / "21 Nov 2017, 11:26pm", is no byline of the
    article's; the post's own meta as a list has each line an item of its own, see
    :func:`_meta_list`; ``lynx``: the dump is lynx's), and not the rest of a sentence the dumper
    wrapped at ``wrap`` columns ("… Mozilla Persona will be shutting down on" / "November 30,
    2016.")."""
    found = (index for index in range(start, len(lines)) if _is_byline(lines[index]))
    return next(
        (
            index
            for index in found
            # The post's own meta as a list right under its title ("• By Ann Writer" / "March 2,
            # 2012") is no story's in a list.
            if (
                not in_list_item(lines, index, lynx)
                or (start and lines[start].marker and index - start <= _META_LINES)
            )
            and not (
                index
                and lines[index - 1].number + 1 == lines[index].number
                and is_prose(lines[index - 1])
                and soft_break(lines[index - 1], lines[index], wrap)
            )
        ),
        None,
    )


def _past_masthead(lines: list[Line], byline: int | None, wrap: int, lynx: bool) -> int | None:
    """The story's byline where ``byline`` is a newspaper's date of the day over its menus ("La
    Une du 30 avril 2015": a date with words of its own that name no writer, then the sections,
    a list of :data:`_MENU_ITEMS` links and more, and no text): the next byline, under the menus
    and the story's headline; else ``byline``."""
    while byline is not None:
        text = lines[byline].text
        span = find_date(text)
        if (
            span is None
            or _AUTHOR.search(text)
            or _name_before(text, span)
            or _BYLINE.match(text)
            or _date_only(text)
        ):
            # A writer's byline (a share bar or the tags under it are no menus), or a post's date
            # under its title (a list of links in the post, a guest post's headline under it).
            return byline
        later = _byline(lines, byline + 1, wrap, lynx)
        if later is None:
            return byline
        # The story's headline over its byline may read as prose (a sentence's words): the lines
        # right over it are not looked at, but one of them must be a headline.
        between = lines[byline + 1 : later]
        head = len(between)
        while head > 0 and len(between) - head < _HEAD_LINES and not between[head - 1].marker:
            head -= 1
        menus = between[:head]
        if (
            head == len(between)
            or not any(map(_could_be_title, between[head:]))
            or sum(1 for line in menus if line.marker) < _MENU_ITEMS
            or any(map(is_prose, menus))
        ):
            return byline
        byline = later
    return byline


_MENU_ITEMS = 5
"""List items (a menu's links) between a masthead's date and the story's byline, at least."""
_HEAD_LINES = 4
"""Lines over a story's byline that may be its headline and summary, wrapped."""


def in_list_item(lines: list[Line], index: int, lynx: bool) -> bool:
    """Whether ``lines[index]`` (no list item's first line) goes on a list item above it: set in
    at the item's text's column, a few lines under its marker, with no sentence left of it
    between ("  • [photo]" / "    Title" / "     1. Mark Byrnes" / "    Jul 17, 2014"; lynx sets
    the title at the margin, ``lynx``; w3m sets in every line of an item). An article's byline
    stands at the margin of its text, left of any list's, or centred, or set right, at no
    item's column."""
    indent = lines[index].indent
    for above in range(index - 1, max(index - 1 - _ITEM_LINES, -1), -1):
        line = lines[above]
        if line.marker and line.indent < indent and abs(line.column - indent) <= 1:
            return True
        if not line.marker and line.indent > indent + 1:
            return False  # a line set further right between (a centred headline): no item's
        if not line.indent and not lynx:
            return False  # w3m sets no line of an item at the margin: a heading (the title) between
        if line.indent < indent and is_prose(line) and line.text.rstrip(_CLOSERS).endswith(_SENTENCE_ENDS):
            return False  # a sentence of the article's: the date is no list's (lynx's titles end so not)
    return False


_ITEM_LINES = 12
"""Lines of a list item above its date: its picture, its title, its summary, its author."""


def _is_byline(line: Line) -> bool:
    """A line naming the article's author or date: "By admin", "Posted on …", "2019-10-19 by x"."""
    if line.marker:
        return False
    if len(line.text) > 160:
        # A name and the writer's note after it ("By Alex Heath, a deputy editor and author of …").
        return _BYLINE.match(line.text) is not None and _named_by(line.text)
    span = find_date(line.text)
    if _BYLINE.match(line.text):
        return span is not None or _undated_byline(line.text)
    if span is None or not any(char.isdigit() for char in line.text[span[0] : span[1]]):
        return False  # a word alone ("HOY" over a news site's trending topics) dates nothing
    text = _without_update(line.text, span)
    return (
        span[1] - span[0] >= len(text) // 2
        or _AUTHOR.search(text) is not None
        or _name_before(text, span) is not None
    )


def names_writer(text: str) -> bool:
    """Whether a line opens as a byline that names a writer: "By" (or "Posted by", "Par", …) and
    a person's capitalised name of two words at least ("By Erin Cunningham March 18 at 3:57 PM");
    "By the time …", "By posting a comment …", "Par contre" and "By seaview77" do not."""
    found = _BYLINE.match(text)
    if found is None:
        return False
    words = text[found.end() :].split()[: _NAME_WORDS[0]]
    return len(words) == _NAME_WORDS[0] and _person(" ".join(words))


def _without_update(text: str, span: tuple[int, int]) -> str:
    """``text`` up to the end of its date (at ``span``) where the rest says when the story was
    updated ("AFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)", "Le Monde |
    04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par", the writer's name wrapped onto
    the next line); else ``text`` whole."""
    after = text[span[1] :]
    second = find_date(after)
    if second is None:
        return text
    label = after[: second[0]].strip(_CLAUSE_MARKS)
    tail = after[second[1] :].strip(_CLAUSE_MARKS)
    if not label or not labels_only(label) or (tail and tail.casefold() not in _BY_WORDS):
        return text
    return text[: span[1]]


_CLAUSE_MARKS = " ()[]|•·,;:-–—"
"""What stands around a byline's update clause or a date's label: brackets, separators, colons."""


def _unlabelled(text: str) -> str:
    """``text`` from its date on where a label stands before it ("Latest update : 2015-05-12")."""
    span = find_date(text)
    return text[span[0] :] if span is not None and _labelled(text, span) else text


def _labelled(text: str, span: tuple[int, int]) -> bool:
    """Whether a label stands before the date at ``span`` and nothing else ("Latest update :
    2015-05-12", "Date created:")."""
    label = text[: span[0]].strip(_CLAUSE_MARKS)
    return bool(label) and labels_only(label)


def _name_before(text: str, span: tuple[int, int]) -> str | None:
    """The author's name before the date of a byline without "By" ("Sarah Gooding March 9, 2017
    13": a name of two to four capitalised words, the date, the comments' count at most)."""
    after = text[span[1] :].strip()
    if after and not after.isdigit():
        return None
    name = text[: span[0]].strip(" ·|,-–—")
    words = name.split()
    if not _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1] or not all(word[0].isupper() for word in words):
        return None
    if not plausible_name(name) or any(char.isdigit() for char in name):
        return None
    # A label before the date ("Posted On", "Last Updated") names no one.
    return None if not LABEL_WORDS.isdisjoint(name.casefold().split()) else name


_NAME_WORDS = (2, 4)


def _wrapped_writer(line: Line, following: Line, wrap: int) -> str | None:
    """The writer a byline names last, after its date, where the dumper wrapped the name (or
    all of it but "Par") onto the next line ("Le Monde | 04.05.2015 à 13h36 • Mis à jour le … |
    Par Martin" / "Untersinger (avec Damien Leloup et Morgane Tual)"): the line ends in the by-word
    and a word at most, and the next word would not have fitted (``wrap``); else None (a name
    whole on the line, "By Ann Writer" over "Harbour Correspondent", is read from the line)."""
    if following.number != line.number + 1 or following.marker or not soft_break(line, following, wrap):
        return None
    last = line.text.rsplit("|", 1)[-1].split()
    if not last or last[0].casefold() not in _BY_WORDS or len(last) > _WRAPPED_WORDS:
        return None
    # The name up to a separator, a note in brackets after it kept, as where the line is whole.
    named = _NAME_END.split(" ".join([*last[1:], following.text]), maxsplit=1)[0].strip()
    name = named.split("(", 1)[0].strip()
    if not _person(name):
        return None
    return named if named.count("(") == named.count(")") and len(named) <= _MAX_NAMED else name


_WRAPPED_WORDS = 2
"""The by-word and the name's first word at most, at the end of a byline whose name wrapped."""
_NAME_END = re.compile(r"[|•·,]")
"""What ends a byline's name: a separator, a comma."""
_MAX_NAMED = 120
"""Longest writer's name with its note in brackets ("Martin Untersinger (avec Damien Leloup et …)")."""


def _signed_under(lines: list[Line], byline: int) -> tuple[Line | None, str | None]:
    """The line right under a dated byline that names the writer and nothing else ("By Ana
    Sandoiu"), and the name; ``(None, None)`` where there is none (a subheading, "By Popular
    Demand", stands apart, a blank line above it)."""
    if byline + 1 >= len(lines) or find_date(lines[byline].text) is None:
        return None, None
    below = lines[byline + 1]
    if below.number != lines[byline].number + 1 or below.marker or _BYLINE.match(below.text) is None:
        return None, None
    author = _AUTHOR.search(below.text)
    # The words up to a comma: a note on the writer may follow ("Posted by Dave Smith, Developer
    # Advocate for IoT"), a few words and no sentence ("By Christmas Day, the wall will be …").
    named, _, note = below.text.partition(",")
    if note and (len(note.split()) > _NOTE_WORDS or note.rstrip(_CLOSERS).endswith(_SENTENCE_ENDS)):
        return None, None
    if author is None or find_date(below.text) is not None or len(named.split()) > _BYLINE_WORDS + 1:
        return None, None
    # A person's capitalised name of two words and more, not a subheading ("By the numbers",
    # "By Design", "By Land and Sea").
    name = author["name"].strip()
    words = name.split()
    if (
        len(words) < _NAME_WORDS[0]
        or not all(word[0].isupper() for word in words)
        or not plausible_name(name)
    ):
        return None, None
    if not _undated_byline(below.text):
        return None, None
    # Names after the comma, the last after "and", are co-writers as often as a job's words
    # ("By Ana Sandoiu, Tim Newman and Maria Cohut", "By Ann Writer, Senior Writer and Deputy
    # Editor"): no writer is named, and the line stays in the text.
    if _CO_WRITERS.search(note):
        return None, None
    return below, name


_NOTE_WORDS = 6
"""Most words of a note on the writer after the name ("Developer Advocate for IoT")."""
_CO_WRITERS = re.compile(r"\s(?:and|&|und|y|et|e|en)\s")
"""What stands before the last of several writers' names: "and" in a few languages."""


def _by_word_under(lines: list[Line], byline: int) -> list[Line]:
    """The lines under a byline of a date alone that name the writer: separators ("—"), the
    word a byline opens with alone on its line ("Por", "By") and the name on the next, the last;
    empty where they are not there (within a few lines, no blank line but one between each)."""
    meta: list[Line] = []
    last = lines[byline].number
    for line in lines[byline + 1 : byline + 1 + _META_LINES]:
        if line.number > last + 2 or line.marker:
            return []
        last = line.number
        meta.append(line)
        if meta[-2:-1] and meta[-2].text.casefold() in _BY_WORDS:
            return meta if plausible_name(line.content) else []
        if line.text.casefold() not in _BY_WORDS and any(char.isalnum() for char in line.text):
            return []
    return []


def _is_category(lines: list[Line], index: int) -> bool:
    """Whether ``lines[index]`` names the post's category ("Publié dans Patrimoine"): a few words
    that open so, no sentence, nothing run on under it ("Published in 1851, Moby Dick is …" /
    "a long novel …" is the text's)."""
    line = lines[index]
    if not _CATEGORY.match(line.text) or len(line.text.split()) > _CATEGORY_WORDS:
        return False
    if line.text.rstrip(_CLOSERS).endswith(_SENTENCE_ENDS):
        return False
    return index + 1 >= len(lines) or lines[index + 1].number > line.number + 1


_CATEGORY_WORDS = 8
"""Most words of a category's line ("Posted in Travel, Walks and Coast")."""
_CATEGORY = re.compile(
    r"(?:Posted|Filed|Published|Publicado|Publicada|Publié|Publiée|Veröffentlicht|Pubblicato|Gepubliceerd)"
    r"\s(?:in|under|en|dans|unter|em|op)(?:\s|$)",
    re.IGNORECASE,
)
"""A post's category under its byline ("Publicado en Rutas", "Filed under News")."""


def _footer_byline(lines: list[Line], start: int) -> list[Line]:
    """A post's footer under the last sentence of its text, before anything that ends the article:
    "Posted by Moira Kettering at 09:15" (Blogger's, see :func:`_writer_of`), and the labels,
    category or links right under it ("Labels: Free Patterns"); its lines, or none. Only the
    first such line from ``start`` on is looked at: one under a sentence the dumper wrapped ("…
    was drawn" / "Posted by Ann Writer at 09:15") is none, and so is one with a sentence under it.
    Under a short last line ("Thanks for reading!") a footer is not told from a quoted post's
    header or a live blog's update, and is left in the text."""
    for at in range(start, len(lines)):
        line = lines[at]
        if not line.marker and chrome.ends_article(line.text):
            return []  # past the text: a box of recent posts, each with its footer
        if line.marker or len(line.text) > _MAX_BYLINE or not _FOOTER_OPENER.match(line.text):
            continue
        if _writer_of(line.text) is None:
            continue
        if not _after_paragraph(lines, at, start):
            return []
        found = [line]
        for index in range(at + 1, min(at + 1 + _FOOTER_LINES, len(lines))):
            below = lines[index]
            if below.number != found[-1].number + 1 or not (
                _LABELS.match(below.text) or _is_category(lines, index) or chrome.is_action(below.text)
            ):
                break
            found.append(below)
        # The text ends there: no sentence goes on under it (a share bar's links, the comments'
        # heading may).
        after = at + len(found)
        return [] if after < len(lines) and _opens_sentences(lines, after) else found
    return []


def _opens_sentences(lines: list[Line], at: int) -> bool:
    """Whether a paragraph of prose starts at ``lines[at]`` and ends a sentence (its lines run
    on without a blank line)."""
    if not is_prose(lines[at]) or chrome.is_comments_heading(lines[at].text):
        return False
    end = at
    while (
        end + 1 < len(lines) and lines[end + 1].number == lines[end].number + 1 and not lines[end + 1].marker
    ):
        end += 1
    return lines[end].text.rstrip(_CLOSERS).endswith(_SENTENCE_ENDS)


def _after_paragraph(lines: list[Line], at: int, start: int) -> bool:
    """Whether ``lines[at]`` stands right under a paragraph of prose (a blank line between at
    most) whose last line ends a sentence."""
    above = at - 1
    if above < start or lines[above].number < lines[at].number - 2:
        return False
    if not lines[above].text.rstrip(_CLOSERS).endswith(_SENTENCE_ENDS):
        return False
    while above >= start and not is_prose(lines[above]):
        if above == start or lines[above - 1].number != lines[above].number - 1:
            return False
        above -= 1  # the paragraph's wrapped last line ("back."): a line of it above is prose
    return above >= start


_FOOTER_OPENER = re.compile(
    r"(?:Posted|Written|Published|Publicado|Publicada|Publié|Publiée|Écrit|Eingestellt|Geschrieben|Veröffentlicht"
    r"|Pubblicato|Scritto|Geplaatst|Geschreven)\s(?:by|por|par|von|da|door)\s",
    re.IGNORECASE,
)
"""How a post's footer opens its byline ("Posted by", "Publicado por", "Eingestellt von"; a bare
"By Boat at 9:15" under the text is the text's)."""
_MAX_BYLINE = 160
"""Longest line a footer's byline may be (a name, a time or a date, a few words between)."""
_FOOTER_LINES = 2
"""Lines under a post's footer byline that are its meta: its labels, its category, its links."""
_LABELS = re.compile(r"(?:Labels|Libellés|Etiquetas|Etichette|Tags|Schlagwörter)\s?:\s", re.IGNORECASE)
"""A post's labels in its footer ("Labels: Free Patterns", Blogger's)."""


def _writer_of(text: str) -> str | None:
    """The name in a footer's byline ("Posted by Moira Kettering at 09:15"): a person's name or a
    user's one word, followed by the time and nothing more ("Published by Fourth Estate on 5 March
    2020" is a book's publisher)."""
    found = _AUTHOR.search(text)
    if found is None:
        return None
    rest, end = text[found.end("name") :], len(text) - found.end("name")
    while end and not (rest[end - 1].isalnum() or rest[end - 1] == "."):
        end -= 1  # a separator, a glyph after the time ("09:15 ●")
    rest = _COMMENT_COUNT.sub("", rest[:end]).strip(_SEPARATORS)
    word, _, after = rest.partition(" ")
    rest = after if word.casefold() in _CONNECTORS else rest
    words = found["name"].strip(_SEPARATORS).split()
    while words and words[-1].casefold() in _CONNECTORS:
        words.pop()  # Blogger's Spanish "Publicado por Ann Writer en 09:15", "a la(s) 09:15"
    name = " ".join(words)
    # Without a time after it, "By Popular Demand" and "Von Berlin nach Hamburg" are subheadings;
    # a person's name, or a user's one word ("Montag bis Freitag um 9:15" is the text's).
    if not (_person(name) or (len(words) == 1 and plausible_name(name))):
        return None
    return name if _TIME_ONLY.fullmatch(rest) else None


_COMMENT_COUNT = re.compile(
    r"\s(?:\d{1,6}|no|no hay|keine|sin|aucun|nessun|geen|nenhum)\s(?:comments?|kommentare?|comentarios?"
    r"|comentários?|commentaires?|comment[oi]|reacties|opmerkingen|responses?|replies|reply):?$",
    re.IGNORECASE,
)
"""A footer's link to the comments after its time ("at 12:55 AM 3 comments", "No comments")."""
_CONNECTORS = frozenset(
    ["at", "on", "am", "um", "el", "le", "à", "a", "alle", "om", "en", "la(s)", "las", "às", "op"]
)
"""The word between a footer's name and its time ("at 09:15", "um 9:15", "à 09:15")."""


def _undated_byline(text: str) -> bool:
    """Whether a line that opens as a byline and shows no date is one: a name or a few ("By
    admin", "By Ann Lee, Editor, and Bo Ek, Staff Writer"), not a sentence ("By the time the
    island showed on the horizon, she had read …", a wrapped line's "by public officials.")."""
    words = text.split()
    if (text[0].islower() and text.endswith(".")) or any(":" in word for word in words[2:]):
        # A sentence's end; a headline ("By The Numbers: What Our Readers Baked"), where the
        # colon of "Author: Jane Doe" or "Posted by: admin" comes no later than the second word.
        return False
    if len(words) <= _BYLINE_WORDS or _named_by(text):
        return True
    named = [word for word in words[1:] if word.casefold() not in _BYLINE_SMALL]
    return sum(1 for word in named if word[:1].isupper()) * 3 >= len(named) * 2


def _named_by(text: str) -> bool:
    """Whether a byline names its writer, then says who they are after a comma ("By Alex Heath,
    a deputy editor and author of the Command Line newsletter")."""
    name, comma, _ = text.partition(",")
    words = name.split()[1:]
    # Two words at least: "By Tuesday, the protesters had …" opens a sentence.
    return (
        bool(comma)
        and _NAME_WORDS[0] <= len(words) <= _BYLINE_WORDS
        and all(word[:1].isupper() and word.casefold().rstrip(".") not in WEEKDAYS for word in words)
        and find_date(name) is None
    )


_BYLINE_WORDS = 4
_BYLINE_SMALL = frozenset(["and", "&", "und", "y", "et", "e", "en", "of", "von", "de", "van", "and,"])
_DEK_GAP = 2
"""Lines from a headline to the summary under it (a blank line between)."""
_DEK_WORDS = 6
_HEADLINE_WORDS = 3
"""Words of a headline over its summary: fewer is a site's name ("Jo's Blog") as often as not."""


def _dek(text: str, first: Line, above: Line) -> bool:
    """Whether ``text`` (its lines from ``first`` on, wrapped or not) is a story's summary under
    its headline ``above``: a sentence (six words and more, ended by one full stop after a small
    letter or a digit: not "…", "...", "U.S.") right under a heading of three words and more
    that has none."""
    return (
        first.number - above.number <= _DEK_GAP
        and len(text.split()) >= _DEK_WORDS
        and len(text) > 2
        and text[-1] == "."
        and (text[-2].islower() or text[-2].isdigit())
        and len(above.text.split()) >= _HEADLINE_WORDS
        and not above.text.endswith((".", "…"))
    )


def _date_only(text: str) -> bool:
    """A line's text that is a date alone, or with its weekday ("Wednesday, April 27, 2016")."""
    span = find_date(text)
    if span is None:
        return False
    rest = (text[: span[0]] + text[span[1] :]).replace(",", " ").split()
    # Beside it its weekday, its zone, a separator or a post's number ("·", "1"), and a word
    # that leads to it ("le 9 mars 2017", "am 10. März"), but no label ("Update: March 10,
    # 2017") and no name ("quietgrid March 4, 2021": a forum post's header).
    words = [
        word
        for word in rest
        if word not in ZONES and word.casefold().rstrip(".") not in WEEKDAYS and any(map(str.isalpha, word))
    ]
    return not words or (len(words) == 1 and words[0].islower() and len(words[0]) <= _LEAD_LETTERS)


_LEAD_LETTERS = 3
"""Letters of the word before a date ("le", "am", "on"); a longer one is a name or a label."""


"""Time zones a date line may end with ("Sunday, Feb 1, 2015 11:57 AM UTC")."""


_PROSE_SPACES = 7
"""Spaces in a line of prose: eight words or more."""


def is_prose(line: Line) -> bool:
    """A line of running text: eight words or more, not a list item, not page chrome, not a
    row of links run together ("Horóscopo Pronóstico Tránsito Loterías y quinielas Feriados")."""
    return (
        not line.marker
        and line.text.count(" ") >= _PROSE_SPACES
        and not _capitalised(line.text)
        and not _is_byline(line)
        and not chrome.closes_comments(line.text)
        and not chrome.is_form(line.text)
    )


def _capitalised(text: str) -> bool:
    """Whether most words of a line open with a capital (a menu's links, a headline in title
    case): a sentence's do not, a German one's neither (its nouns are a third of its words)."""
    words = text.split()
    return sum(1 for word in words if word[:1].isupper()) * 3 > len(words) * 2


def _title_index(
    lines: list[Line],
    byline: int | None,
    quoted: str | None,
    lynx: bool,
    wrap: int,
    raw: Sequence[str],
) -> int | None:
    """Which line is the title: the one the comments heading quotes; else the nearest plain line
    above the byline or, failing that, above the article's first paragraph of prose."""
    if quoted:
        wanted = " ".join(quoted.split()).casefold()
        for index, line in enumerate(lines):
            text = line.text.casefold()
            if text == wanted:
                return index
            if wanted.startswith(text + " ") and index + 1 < len(lines):
                # A title wrapped over two or three lines.
                joined = " ".join(other.text for other in lines[index : index + 3]).casefold()
                if joined.startswith(wanted):
                    return index
    prose = next(
        (index for index, line in enumerate(lines) if is_prose(line) and not is_headline(lines, index)), None
    )
    limit = byline if byline is not None else prose
    # A date under "por" and the name ("por" / "• César Salza" / DATE) is a byline's, under the title.
    signed = byline is not None and any(
        lines[i].text.casefold() in _BY_WORDS for i in range(max(0, byline - 2), byline)
    )
    if byline is not None and not signed:
        # A headline over its writers' list over the date ("1. Sarah Archer" / DATE): the date's.
        above = byline - 1
        while above > 0 and lines[above].marker and _person(lines[above].content):
            above -= 1
        signed = above < byline - 1 and bool(_listed_writers(lines, above))
    if byline is not None and not signed and _date_only(lines[byline].text) and byline + 2 < len(lines):
        # Blogger's date header stands above the title: "2019-10-19", "Title", then the text.
        after = lines[byline + 1]
        # Further down, past a wrapped title's end or a picture's alt text ("Google Icon"), only
        # under the blog's name (the first line) or a menu's entry: a theme's date under its
        # title, over a subheading and the text, leaves the title above.
        under_name = byline <= 1 or _in_list(lines, byline - 1)
        reach = byline + 2 + (_TITLE_TO_TEXT if under_name else 0)
        first = next((i for i in range(byline + 2, min(reach + 1, len(lines))) if is_prose(lines[i])), None)
        if (
            _could_be_title(after)
            and not _sentence_line(lines, byline + 1)
            and not _is_byline(after)
            and first is not None
        ):
            return byline + 1
    if limit is not None:
        found = [
            i for i in range(limit - 1, -1, -1) if _could_be_title(lines[i]) and not _is_byline(lines[i])
        ]
        # A picture's caption runs on under the picture's text ("[TELEMMGLPI]" / "Zimbabwe
        # president Robert Mugabe with …"), over the byline, below the headline.
        captions = _captions(lines, limit)
        found = [index for index in found if index not in captions] or found
        toolbar = _toolbar_above(lines, limit, raw)
        if toolbar < limit:
            # A story's tools right over its byline ("Share on Facebook" / … / "Print Article" /
            # "Comments"), a link a line: the headline stands above them.
            found = [index for index in found if index < toolbar] or found
        # A news story's summary ("dek") stands between its headline and the byline: a sentence,
        # ended by its full stop, right under a heading that has none.
        # The summary may wrap: its lines follow one another, the headline stands apart.
        wrapped = 1
        while wrapped < len(found) and _wraps_into(lines[found[wrapped]], lines[found[wrapped - 1]], wrap):
            wrapped += 1
        summary = " ".join(lines[index].text for index in reversed(found[:wrapped]))
        if wrapped < len(found) and _dek(summary, lines[found[wrapped - 1]], lines[found[wrapped]]):
            found = found[wrapped:]
        if lynx:
            # lynx sets headings at the margin and text three columns in: the nearest heading.
            heading = next((i for i in found[:_LYNX_LOOK] if lines[i].indent == 0), None)
            if heading is not None:
                return heading
        if (
            len(found) > 1
            and found[0] == limit - 1
            and lines[found[0]].number + 1 == lines[limit].number
            and (
                lines[found[1]].number + 1 < lines[found[0]].number
                or len(lines[found[1]].text.split()) >= len(lines[found[0]].text.split())
            )
        ):
            # Right on top of the byline, without a blank line: its category ("Backups & Storage");
            # the title stands apart above it, or has more words ("Blog" / "Insights" / the
            # title / "Published on …" is a breadcrumb's last step over the title).
            return found[1]
        if found:
            return found[0]
    return next((index for index, line in enumerate(lines) if _could_be_title(line)), None)


def _captions(lines: list[Line], stop: int) -> set[int]:
    """The indices of ``lines[:stop]`` that hold a picture's text or its caption: a block of lines
    that opens with the picture's text in brackets ("[TELEMMGLPI]" over "Zimbabwe president
    Robert Mugabe with …", lynx's "[TELEMMGLPICT…" wrapped over two lines and the caption after
    its "]") and goes on as a caption does (a credit, a sentence, more words than a title). A
    headline under a picture in its block ("[hero]" / "A walk along the coast") is none. A block
    that opens with a credit ("© …") is a caption too."""
    found: set[int] = set()
    start = 0
    while start < stop:
        end = start + 1  # the block is lines[start:end], each line right under the one before
        while end < len(lines) and lines[end].number == lines[end - 1].number + 1:
            end += 1
        if lines[start].text.startswith("["):
            text = " ".join(line.text for line in lines[start:end])
            picture = _PICTURE.match(text)
            # The picture's text alone on its line, or a file's name or address ("[Update] A
            # title" is a title's own word in brackets).
            if picture is not None and (
                picture.end() >= len(lines[start].text) or any(char in picture.group() for char in "./_")
            ):
                caption = text[picture.end() :].strip()
                if (
                    not caption
                    or _CREDIT.search(caption) is not None
                    or len(caption) > _MAX_HEADLINE
                    or not headline_text(caption)
                ):
                    found.update(range(start, end))
        elif lines[start].text.startswith("©"):
            # The caption opens with its credit where lynx shows nothing of a picture without its
            # text ("© Munir uz Zaman, AFP | Police forensics investigate …" / "in February").
            found.update(range(start, end))
        start = end
    return found


_CREDIT = re.compile(
    r"\b(?:credits?|photo(?:graph)?s?|pictures?|images?|foto|bild|crédit)\s?(?::|by\b)"
    r"|(?:/|\(|\b(?:photo|image)s?\s)\s?(?:getty|reuters|afp|ap|epa|shutterstock)\b"
    r"|\b(?:getty images|reuters|afp|ap|epa|shutterstock)\)?\s*$|©",
    re.IGNORECASE,
)
"""A picture's credit in its caption, by its shape ("Credit: HARARE HERALD", "Photo by …",
"Benoit Tessier/Reuters", "(AP Photo)", an agency last); a headline's "Photo essay:" or "Getty
Museum" is none."""
_MAX_HEADLINE = 120
"""Longest caption that may be a headline set under its picture."""


_PICTURE = re.compile(r"\[[^\[\]]{0,300}\]")
"""A picture's text as w3m and lynx show it: its alt text or file name in brackets."""


def _sentence_line(lines: list[Line], index: int) -> bool:
    """Whether ``lines[index]`` is a paragraph's sentence, not a title that ends as one does ("Why
    does my loaf come out flat every time?", "Sourdough basics."): prose ended by a full stop that
    goes on in the next line, or longer than a title is."""
    line = lines[index]
    if not is_prose(line):
        return False
    goes_on = index + 1 < len(lines) and lines[index + 1].number == line.number + 1
    if line.text[-1] == ".":
        return goes_on or len(line.text.split()) > _TITLE_WORDS
    # The first line of a paragraph the dumper wrapped ("We walked along … on a windy morning" /
    # "in March, and …"): a sentence's words, longer than a title, ended by a full stop.
    block = [line.text]
    while goes_on and index + 1 < len(lines) and not lines[index + 1].marker:
        index += 1
        block.append(lines[index].text)
        goes_on = index + 1 < len(lines) and lines[index + 1].number == lines[index].number + 1
    text = " ".join(block).rstrip(_CLOSERS)
    if len(block) < 2 or not text.endswith("."):
        return False
    # As for a line: a title ends so only when it is short ("… in one day!" may be a title's end).
    return len(text.split()) > _TITLE_WORDS


_TITLE_WORDS = 15
"""Most words of a title ending with a full stop; a line of more is a paragraph."""


def _toolbar_above(lines: list[Line], limit: int, raw: Sequence[str]) -> int:
    """Where a run of a story's tools over ``lines[limit]`` starts ("Share on Facebook" / … /
    "Print Article" / "Comments": a link a line, no blank line between, :data:`_TOOLBAR_LINKS` of
    them at least from a tool to the last line over the byline, all but a third of them tools),
    or ``limit`` where there is none. ``raw``: the dump's lines (see :func:`_adjacent`)."""
    if limit < 1 or len(lines[limit - 1].text.split()) > _TOOL_LINE_WORDS:
        return limit
    start = limit - 1  # the byline may stand apart from the tools (lynx sets a blank line)
    while (
        start > 0
        and _adjacent(lines[start - 1], lines[start], raw)
        and len(lines[start - 1].text.split()) <= _TOOL_LINE_WORDS
    ):
        start -= 1
    end = limit
    if end - 1 > start and lines[end - 1].text in lines[limit].text:
        end -= 1  # the writer's picture's alt text, the byline's name ("Erin Cole" / "By Erin Cole, …")
    if not chrome.is_story_tool(lines[end - 1].text):
        return limit  # the tools reach the byline (a headline under a follow bar is no tool)
    while start < end and not chrome.is_story_tool(lines[start].text):
        start += 1
    run = lines[start:end]
    tools = sum(1 for line in run if chrome.is_story_tool(line.text))
    return start if len(run) >= _TOOLBAR_LINKS and tools * 3 >= len(run) * 2 else limit


def _adjacent(above: Line, below: Line, raw: Sequence[str]) -> bool:
    """Whether no blank line stands between two lines of the dump ``raw``: only, at most, lines of
    white space, which a link of a picture leaves where lynx printed no text of it ("[36]", its
    mark taken away)."""
    return all(text and not text.strip() for text in raw[above.number : below.number - 1])


_TOOL_LINE_WORDS = 4
"""Most words of a story's tool's line ("Share on Google Plus")."""
_TOOLBAR_LINKS = 5


def is_headline(lines: list[Line], index: int) -> bool:
    """Whether ``lines[index]``, a line of many words, is a headline in sentence case ("Angry
    media won't buckle over new surveillance laws" over "• by: Laurie Oakes"), not the
    article's first prose: a line of its own (blank lines around it) that reads as one
    (:func:`headline_text`) over its byline set as a list (:func:`_meta_list`). A line of text
    with no full stop over a list of another kind is the text's ("So why cross at night?")."""
    line = lines[index]
    alone = (index == 0 or lines[index - 1].number + 1 < line.number) and (
        index + 1 == len(lines) or lines[index + 1].number > line.number + 1
    )
    return (
        alone
        and headline_text(line.text)
        and (bool(_meta_list(lines, index)) or _authors_above_time(lines, index))
    )


def _authors_above_time(lines: list[Line], title_at: int) -> bool:
    """Whether a list of the writers' names (a person's name an item, a few items) stands right
    under the title, with the date or time of the post under it (" 1. Sarah Archer" / "1:39 PM
    ET": the byline of a news site that lists its authors in an <ol>)."""
    return bool(_writers_over_time(lines, title_at))


def _writers_over_time(lines: list[Line], title_at: int) -> list[Line]:
    """The items of the writers' list of :func:`_authors_above_time`, or none."""
    index = title_at + 1
    while (
        index < len(lines)
        and index - title_at <= _META_ITEMS
        and lines[index].marker
        and lines[index].number <= lines[index - 1].number + 2
        and _person(lines[index].content)
    ):
        index += 1
    if index == title_at + 1 or index == len(lines) or lines[index].number > lines[index - 1].number + 2:
        return []
    text = lines[index].text
    return lines[title_at + 1 : index] if _date_only(text) or _TIME_ONLY.fullmatch(text) else []


def _listed_writers(lines: list[Line], title_at: int) -> list[Line]:
    """The writers' list of :func:`_authors_above_time` where it names the article's writers: a
    numbered list (" 1. Sarah Archer", a news site's <ol> of its authors), not a list of bullets,
    whose capitalised words are a post's categories as often ("• Travel Tips")."""
    writers = _writers_over_time(lines, title_at)
    return (
        writers
        if all(
            line.marker[:-1].isdigit() and _MENU_WORDS.isdisjoint(line.content.casefold().split())
            for line in writers
        )
        else []
    )


_MENU_WORDS = frozenset(
    [
        "home",
        "about",
        "contact",
        "archive",
        "archives",
        "blog",
        "page",
        "pages",
        "us",
        "me",
        "imprint",
        "impressum",
        "kontakt",
        "inicio",
        "contacto",
        "accueil",
    ]
)
"""Words of a menu's entries that read as names ("Home Page", "About Me", "Contact Us": Blogger's
pages gadget as a numbered list)."""


def _person(text: str) -> bool:
    """Whether ``text`` is a person's name alone: two to four capitalised words ("Sarah Archer",
    "J. R. O’Brien Jr.")."""
    words = text.split()
    return (
        _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1]
        and all(word[:1].isupper() and word.translate(_NAME_MARKS).isalpha() for word in words)
        and plausible_name(text)
    )


_NAME_MARKS = str.maketrans("", "", "-'’.")
"""Marks a name's words may hold besides letters: hyphens, apostrophes, an initial's full stop."""


_TIME_ONLY = re.compile(
    r"(?:[01]?\d|2[0-3])(?::[0-5]\d(?:\s?[AaPp]\.?[Mm]\.?)?|\.[0-5]\d\s?[AaPp]\.?[Mm]\.?)(?:\s[A-Z]{1,5})?"
)
"""A time alone ("1:39 PM ET", "10.02 am"): the post's, under its byline, on a news site's page of
today ("3.11" and "10.04 LTS" are versions)."""


def headline_text(text: str) -> bool:
    """Whether a line's text (stripped) may be a headline: it opens with a letter or digit and
    ends with one (or with a question, an exclamation, a quote), and holds no sentence's end:
    no full stop, no menu's arrows, no caption's "… two years. Source: Supplied"."""
    return (
        text[0].isalnum()
        and (text[-1].isalnum() or text[-1] in _HEADLINE_ENDS)
        and _SENTENCE_END.search(text) is None
    )


_HEADLINE_ENDS = frozenset("?!'\"’”")
_SENTENCE_END = re.compile(r"[^\W\d_]{2}[.!?] [^\W\d_]")
"""A sentence's end inside a line ("… for two years. Source: Supplied"): a caption, no headline
("U.S. strikes" is no such end: one letter before the stop)."""


def _meta_list(lines: list[Line], title_at: int) -> list[Line]:
    """The list right under the title (a blank line between at most) when it is the post's
    meta: a few items, one naming the writer ("by: Maren Holt"), the others its source or its
    date; else nothing (a list of the story's key points, an event's date and place)."""
    items: list[Line] = []
    for index in range(title_at + 1, min(title_at + 2 + _META_ITEMS, len(lines))):
        line = lines[index]
        gap = 2 if index == title_at + 1 else 1
        if not line.marker or line.number > lines[index - 1].number + gap:
            break
        items.append(line)
    if len(items) > _META_ITEMS:
        return []  # a longer list: the story's key points
    return items if any(map(_writer, items)) else []


def _writer(item: Line) -> str | None:
    """The post's writer a list item names ("by: Maren Holt", not "By: the end of June, all the
    tickets were gone"), or None."""
    labelled = _labelled_author(item.content)
    if labelled is not None:
        return labelled  # Twenty Twenty's "Post authorBy Anna"
    found = _LISTED_AUTHOR.fullmatch(item.content)
    if found is None or not plausible_name(found["name"]):
        return None
    if ":" not in item.content[: found.start("name")]:
        # "By Jane Porter": without a colon only "by", and a person's name of capitalised
        # words ("By 2030, most cars …", "Di Maria scores twice", "Par 3 holes" are text).
        words = found["name"].split()
        person = _NAME_WORDS[0] <= len(words) <= _BYLINE_WORDS and all(
            word[:1].isupper() and word.isalpha() for word in words
        )
        if not person or not item.content[:3].casefold().startswith("by"):
            return None
    return found["name"]


_META_ITEMS = 4
_LISTED_AUTHOR = re.compile(
    r"(?:by|von|por|par|door|di|author|autor)(?:\s?:\s{0,2}|\s{1,2})(?P<name>\S.{0,59})", re.IGNORECASE
)
"""A meta list's item naming the writer ("by: Maren Holt", "By Jane Porter", "Autor: Jan Kowalski")."""


def _in_list(lines: list[Line], index: int) -> bool:
    """Whether ``lines[index]`` is a list item's, its first line or the next ("  • " over
    "    Log out Sign in": an item opening with a block)."""
    line = lines[index]
    if line.marker:
        return True
    above = lines[index - 1] if index else None
    if above is None or not above.marker:
        return False
    return above.column == line.indent and above.number + 1 == line.number


def _title_start(lines: list[Line], index: int, wrap: int) -> int:
    """The first line of the title whose line ``index`` is (the nearest plain line above the
    byline is a wrapped title's last): the lines above it that the dumper filled to its width."""
    for _ in range(_TITLE_LINES - 1):
        if (
            not index
            or not _wraps_into(lines[index - 1], lines[index], wrap)
            or not _could_be_title(lines[index - 1])
        ):
            break
        index -= 1
    return index


def _wraps_into(above: Line, line: Line, wrap: int) -> bool:
    """Whether ``line`` goes on the text of ``above``, wrapped at the dump's width: right under
    it, no further left (lynx centres a centred heading's next lines), and its first word would
    not have fitted; a breadcrumb trail ("Home / Garden / Glass", two separators and more) goes
    on into nothing ("Opinion | The council …" does)."""
    return (
        bool(wrap)
        and above.number + 1 == line.number
        and above.indent <= line.indent
        and above.width + 1 + len(line.text.split(" ", 1)[0]) > wrap
        and not any(above.text.count(separator) >= 2 for separator in _TRAIL)
    )


_TRAIL = (" / ", " » ", " > ", " › ", " | ")

_TITLE_LINES = 3
_TITLE_TO_TEXT = 3
"""Lines between a title and its text: the title's wrapped end, a picture's alt text, a summary."""


def _read_date(head: PageHead, line: Line) -> tuple[int, int] | None:
    """The article's date from a line that holds it; where it stands in the line."""
    span = find_date(line.text)
    if span is not None:
        text = line.text[span[0] : span[1]].strip(" ,")
        (posted,) = read_dates([text])
        head.posted_text, head.posted_line = text, line.number
        if posted is not None and posted.iso:
            head.posted = dt.date.fromisoformat(posted.iso[:10])
    return span


def _could_be_title(line: Line) -> bool:
    text = line.text
    folded = text.casefold()
    if line.marker or len(text) > _MAX_TITLE or folded in _NAVIGATION or folded in _BY_WORDS:
        return False
    if chrome.is_rule(text) or not any(map(str.isalnum, text)) or _PICTURE.fullmatch(text):
        return False  # a rule, or a picture ("[]", "[TELEMMGLPI]")
    if _TIME_ONLY.fullmatch(text):
        return False  # the post's time under its byline ("1:39 PM ET")
    if _MARKUP.search(text) or _MARKUP_LINE.fullmatch(text):
        return False  # a script's or a tracker's markup the dumper showed as text ("&U=")
    return not (chrome.is_action(text) or chrome.closes_comments(text) or chrome.is_form(text))


_MARKUP = re.compile(r"[\"']></?[a-zA-Z]|%[0-9A-Fa-f]{2}[^\s%]*%[0-9A-Fa-f]{2}")
"""A tag's quoted attribute closing it right before the next tag, or a web address's escapes
(``%2fX%3d``), in a line: a tracker's ``<img src="…">`` left in a ``<noscript>`` that w3m shows as
text ("<div style=\"…\"><img …", "13i75ena1%2fN%3dkDR…"), no title; "Styling <input
type=range>" and 'Use <a href="/"> links well' are headlines."""
_MARKUP_LINE = re.compile(
    r"[^\s<]*</[a-zA-Z]+>|[a-z]+>|[?&][\w.-]+=\S*|[^\s?]+\?[^\s=]*=[^\s&]*&\S*|[\w-]+=[\"']\S*"
)
"""A line that is the rest of such markup, as the dumper wraps it: a closing tag ("</div>", lynx's
"div>"), a query's piece ("&U="), an address with a query ("b5.yahoo.co.jp/b?P=…&T="), an
attribute's value ('src="http://…')."""


def _read_byline(head: PageHead, line: Line) -> None:
    """The article's author and date from its byline."""
    span = _read_date(head, line)
    author = _AUTHOR.search(line.text)
    if author is None and span is not None:
        # The name glued to the date before it ("14 septembre 2013Par Hélène Gaudry").
        author = _AUTHOR.match(line.text[span[1] :])
        if author is not None:
            # Unless the name runs on glued to what follows, spans the page set side by side ("Ann
            # WriterLeave a comment", "Ann Writer5 min read"; "Ann McDonald" so too is left out).
            name = author["name"]
            glued = any(a.islower() and (b.isupper() or b.isdigit()) for a, b in pairwise(name))
            head.author = None if glued else name.strip(_SEPARATORS) or None
            return
    if author:
        name = author["name"]
        words = name.split()
        # The name ends where the date starts: "By Ann Writer March 2, 2012" stops the pattern
        # at the day's digits, with the month still in the name; what stands between them is not
        # the name's either (see :func:`_name_before_date`).
        if span is not None and author.start("name") <= span[0]:
            between = line.text[author.end("name") : span[0]]
            if span[0] < author.end("name") or not between.strip(_SEPARATORS):
                words = _name_before_date(line.text[author.start("name") : span[0]])
        # And before the separator between them ("Por Diego Salvatierra / 3 de mayo de 2021").
        head.author = " ".join(words).strip(_SEPARATORS) or None
    elif span is not None:
        head.author = _name_before(_without_update(line.text, span), span)
