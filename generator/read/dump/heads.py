"""Comment headers: who wrote a comment and when, in the shapes themes print them.

"Name says:" over a date line, "Name on DATE", "by Name » DATE", a bare name line above a date
line, in several languages ("sagt:", "dijo:", "a dit :", "пишет:" …). Names lose the avatar
text dumpers leave beside them ("Avatar Kristine Kristine", "[a4e] Art Edwards",
"yourname@yourdomain.com'yourname@yourdomain.com' Florina"); what is removed is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from generator.model import SourceLine
from generator.read.dates import find_date
from generator.read.dump import chrome
from generator.read.dump.dumplines import MARKER_FIRST, Line, Lines, item_column

SAYS_VERBS = frozenset(
    [
        "says",
        "said",
        "wrote",
        "writes",
        "commented",
        "replied",
        "sagt",
        "schreibt",
        "schrieb",
        "meint",
        "dijo",
        "dice",
        "escribió",
        "comentó",
        "dit",
        "écrit",
        "scrive",
        "zegt",
        "schreef",
        "пишет",
        "написал",
        "disse",
        "diz",
        "escreveu",
        "zei",
    ]
)
"""The verb after a name in a header ("Name says:"), any of several languages."""
_SAYS_TWO = frozenset({"a dit", "a écrit", "ha scritto", "hat gesagt", "ha detto"})


@dataclass(frozen=True)
class Says:
    """Where the verb of a "Name says:" header starts in its line, and the verb as written."""

    start: int
    verb: str


@lru_cache(maxsize=1024)
def find_says(text: str) -> Says | None:
    """The "says:" at the end of ``text`` ("Kristine says:", "Bob sagt:", "Anne a dit :")."""
    stripped = text.rstrip().removesuffix(":").removesuffix("...").removesuffix("…").rstrip()
    if not stripped or (len(stripped) == len(text.rstrip()) and not stripped.endswith(_VERB_ENDS)):
        return None
    head, _, last = stripped.rpartition(" ")
    folded = last.casefold()
    if (folded not in SAYS_VERBS and folded not in _SAYS_LAST) or not head:
        return None
    before, _, previous = head.rpartition(" ")
    if f"{previous} {last}".casefold() in _SAYS_TWO and before:
        return Says(len(before), text[len(before) :].strip())
    if folded not in SAYS_VERBS:
        return None  # "gesagt" alone, without its "hat"
    return Says(len(head), text[len(head) :].strip())


def _glued_says(text: str) -> Says | None:
    """The "says:" of a header whose name runs into it ("Karlsays:"): Twenty Twenty prints the
    verb for screen readers in a span of its own, with no space before it. Only with its colon,
    and only over a date line (the caller's test): a word such as "Essays:" is a heading."""
    stripped = text.rstrip()
    if not stripped.endswith(":"):
        return None
    word = stripped[:-1].rstrip().rpartition(" ")[2]
    folded = word.casefold()
    for verb in _GLUED_VERBS:
        if folded.endswith(verb) and len(folded) > len(verb):
            start = len(stripped[:-1].rstrip()) - len(verb)
            return Says(start, text[start:].strip())
    return None


_GLUED_VERBS = tuple(sorted(SAYS_VERBS, key=len, reverse=True))
"""The verbs longest first: "Annaschreibt:" ends in "schreibt", not in a shorter verb."""

_date_span = lru_cache(maxsize=1024)(find_date)
""":func:`find_date`, remembered: a line of text with a number is searched as a header's own
date and again as the date line under the line above it (a search that finds nothing is the
slowest kind)."""

_SAYS_LAST = frozenset(verb.rpartition(" ")[2] for verb in _SAYS_TWO)
"""The last words of the two-word verbs ("gesagt", "detto")."""
_LAST_WORDS = SAYS_VERBS | _SAYS_LAST
"""What a "Name says:" header's last word may be (the pre-test's look at it)."""

_VERB_ENDS = tuple(sorted({verb[-2:] for verb in SAYS_VERBS}))
"""Endings of the verbs: "Bob says" without a colon is a header too (Genesis prints it so)."""


_PLACEHOLDER = re.compile(r"\[[^\]]{0,40}\]")
"""w3m's image placeholder (``[a4e]``, ``[avatar]``) or a stray bracketed alt text."""
_EMAIL = re.compile(r"\S{0,80}@\S{1,80}\.\S{1,40}")
_AVATAR = re.compile(
    r"^(?:(?:user\s)?avatar|profile\s(?:picture|photo|image)|profilbild|foto|photo|image|gravatar|"
    r"imagen\sde\sperfil|photo\sde\sprofil)(?:\s(?:of|for|de|von|du|di))?(?:\s|$)",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(
    r"^(?P<alt>(?P<who>.{1,60}?)(?:'s|’s)\s(?:avatar|profile picture|photo))\s(?P<name>(?P=who))$",
    re.IGNORECASE,
)
"""wordpress.com's "Kristine's avatar Kristine": the alt text, then the name it repeats."""
_CONNECT_TEXT = (
    "on at am um le el il op en em a à | · • — – - , : » « ( ) # by von por par door di da posted publié "
    "gepostet publicado veröffentlicht pubblicato geplaatst said says wrote on: permalink edited bearbeitet "
    "editado modifié uhr h beitrag post posts reply antwort re: geschrieben written min mins soumis "
    "submitted répondu replied respondió"
)
_CONNECT = frozenset(_CONNECT_TEXT.split())
"""Words that may stand around a date in a header without being a name or text."""
_MAX_NAME = 60
_WEEKDAY_TEXT = (
    "mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday mo di mi do fr "
    "sa so montag dienstag mittwoch donnerstag freitag samstag sonntag lun mar mié mie jue vie sáb sab dom "
    "lunes martes miércoles jueves viernes sábado domingo lundi mardi mercredi jeudi vendredi samedi "
    "dimanche"
)
WEEKDAYS = frozenset(_WEEKDAY_TEXT.split())
"""Weekday names and abbreviations that may stand before a date ("Di 14. Apr 2020, 15:30")."""
MAX_DATE_LINE = 120
"""Longest line that may be the date line under a header (the dialect looks for headers above such lines)."""


@dataclass
class Head:
    """A comment header found at some line."""

    first: int
    """Index of its first line (the dump's line list)."""
    last: int
    """Index of its last line."""
    author: str | None
    date: str | None
    """The date as written ("October 20, 2019 at 1:31 pm"), or None."""
    kind: str = "comment"
    """"comment", "deleted", "pingback" or "trackback"; "unnamed" only where the dialect marks a
    page of names over text whose names it cannot find (refused by its parse)."""
    says: str = ""
    """The verb of a "Name says:" header, as written ("sagt:", "a dit :")."""
    shape: str = ""
    """How the header was written ("says+date", "name+date", "name/date", …): comments of one
    page share a shape, which tells them from an article byline."""
    dropped: list[SourceLine] = field(default_factory=list)
    footer: int = -1
    """Index of the comment's date line under its text (Blogger's classic template prints
    "Name said..." over the text and the date after it), or -1."""


def read_head(lines: Lines, index: int) -> Head | None:
    """The header starting at ``lines[index]``, or None when no header starts there."""
    line = lines[index]
    if line is None or len(line.content) > 200 or not _may_start(lines, index, line):
        return None
    return _read(lines, index, line)


def full_read(lines: Lines, index: int) -> Head | None:
    """:func:`read_head` without the pre-test: what the pre-test must agree with (tested so)."""
    line = lines[index]
    if line is None or len(line.content) > 200:
        return None
    return _read(lines, index, line)


def _read(lines: Lines, index: int, line: Line) -> Head | None:
    """:func:`full_read` of ``line``, the line at ``index`` its caller has looked up already."""
    ping = chrome.ping(line.content)
    if ping is not None:
        return _ping_head(lines, index, ping)
    name, junk = clean_name(line.content, line.number)
    first = index
    # The line above is made only where it may matter (most are the comment above's "Reply").
    above = lines[index - 1] if index and name.casefold().rstrip(" :") in SAYS_VERBS else None
    if above is not None and not (above.content and chrome.is_action(above.content)):  # "Reply" is no name
        # lynx wrapped a long name: "3. Innendämmung: drei Erfahrungsberichte | Bauen …" / "sagt:"
        first = index - 1
        name, junk = clean_name(f"{above.content} {line.content}", above.number)
    says = find_says(name)
    # Only a list item's first line (a marker first) may hold the start of the name.
    above = (
        lines[index - 1]
        if says and index and first == index and lines.text(index - 1)[:1] in MARKER_FIRST
        else None
    )
    if says and above is not None and above.marker and item_column(above) == line.indent and above.content:
        # The item's first line holds the start of a name the dumper wrapped ("= Avatar Stefan
        # Brückner Stefan" / "Brückner sagt:").
        joined, more = clean_name(f"{above.content} {line.content}", above.number)
        if find_says(joined) and plausible_name(joined[: find_says(joined).start].strip()):  # type: ignore[union-attr]
            first, name, junk, says = index - 1, joined, more, find_says(joined)
    if says:
        author = name[: says.start].strip()
        date_at = _date_line(lines, _next(lines, index))
        # A name, its "says:" and a date line under it: sure enough for a long name (a pinging
        # site's title "Bread diary, week 12 | Tom & Jerry's Kitchen"); alone, a plain name.
        if not (plausible_name(author) or (date_at is not None and _plausible_title(author))):
            return None
        verb = says.verb
        if date_at is not None:
            date_index, date = date_at
            return Head(first, date_index, author, date, says=verb, shape="says+date", dropped=junk)
        return Head(first, index, author, None, says=verb, shape="says", dropped=junk)
    glued = _glued_says(name)
    if glued is not None:
        date_at = _date_line(lines, _next(lines, index))
        author = name[: glued.start].strip()
        if date_at is not None and plausible_name(author):
            date_index, date = date_at
            # A shape of its own: where most headers are not glued, a word such as "Edit:" or
            # "Credit:" over a date line (ending in "dit") is a comment's text, not a header.
            return Head(first, date_index, author, date, says=glued.verb, shape="glued+date", dropped=junk)
    inline = _name_and_date(name)
    if inline is not None:
        found, date = inline
        if found is None:
            if _under_byline(lines, index):
                return None
            return Head(index, index, None, date, shape="date", dropped=junk)
        removed: list[str] = []
        author = _undouble(found, removed)
        junk += [SourceLine(line.number, piece, "avatar text") for piece in removed]
        return Head(index, index, author, date, shape="name+date", dropped=junk)
    person = plausible_name(name)
    if (person or _plausible_title(name)) and not chrome.is_action(name) and not _BY.match(name):
        date_at = _date_line(lines, _next(lines, index))
        below = lines[date_at[0]] if date_at is not None else None
        # A list item's name over a date outside the item is a menu entry above a date header;
        # a story's title over its "Publié le 29/10/2012" is a list of stories' entry (a pinging
        # site's title is no publication's).
        if (
            date_at is not None
            and below is not None
            and not (line.marker and below.indent < item_column(line))
            and (person or not _PUBLISHED.match(below.content))
        ):
            return Head(index, date_at[0], name, date_at[1], shape="name/date", dropped=junk)
    return None


_PUBLISHED = re.compile(
    r"(?:published|publié|publiée|veröffentlicht|publicado|publicada|pubblicato|gepubliceerd)\b",
    re.IGNORECASE,
)
"""A publication's label opening a date line ("Publié le 29/10/2012", "Published on …"); not
"Posted on", which comments' meta says too."""


_BY = re.compile(r"(?:[Bb]y|.{1,60}\sBy)\s")
"""A name line that opens with "By" over a date line is an article's byline ("By Nathan Willis" /
"March 25, 2015", each story of a front page; "Recent Features  By Jonathan Corbet" where a
sidebar stands beside it), not a comment's header; a forum's "by Karl » DATE" has its date on
the line."""


def _under_byline(lines: Lines, index: int) -> bool:
    """Whether the line above ``index`` (a blank line between at most) is a "By Name" byline."""
    for above in (index - 1, index - 2):
        line = lines[above] if above >= 0 else None
        if line is not None:
            return len(line.content) <= _MAX_NAME + 3 and _BY.match(line.content) is not None
    return False


def may_start_head(lines: Lines, index: int) -> bool:
    """False only where :func:`read_head` finds no header: the line has none of what each of its
    shapes needs (a "says" verb at its end, a date of its own, a date line under it, a ping).

    Half the lines the dialect tries are prose with a number or a year in them; this settles
    them for a fraction of what the full reading costs. The name the full reading works on is the
    line's words with an avatar's alt text and doubled words cut from the front: its last word is
    the line's, and a date in it is a date in the line (a line with a placeholder or an address
    in it, whose cleaning may change more, is read in full)."""
    line = lines[index]
    assert line is not None
    return _may_start(lines, index, line)


def _may_start(lines: Lines, index: int, line: Line) -> bool:
    """:func:`may_start_head` of ``line``, the line at ``index``."""
    text = line.content
    if "[" in text or "@" in text:
        return True
    collapsed = " ".join(text.split())
    if collapsed.rstrip(" :.…").rpartition(" ")[2].casefold() in _LAST_WORDS:
        return True
    if _date_span(collapsed) is not None or chrome.ping(text) is not None:
        return True
    return _date_line(lines, _next(lines, index)) is not None


def _ping_head(lines: Lines, index: int, ping: tuple[str, str]) -> Head:
    kind, rest = ping
    line = lines[index]
    assert line is not None
    name, junk = clean_name(rest, line.number)
    inline = _name_and_date(name)
    if inline is not None and inline[0]:
        return Head(index, index, inline[0], inline[1], kind=kind, shape="ping", dropped=junk)
    date_at = _date_line(lines, _next(lines, index))
    last, date = date_at if date_at is not None else (index, None)
    return Head(index, last, name or None, date, kind=kind, shape="ping", dropped=junk)


def _next(lines: Lines, index: int) -> int | None:
    """The next non-blank line after ``index`` (at most one blank line between)."""
    for candidate in (index + 1, index + 2):
        if candidate < len(lines) and lines.text(candidate):
            return candidate
    return None


def _date_line(lines: Lines, index: int | None) -> tuple[int, str] | None:
    """``(index, date)`` when ``lines[index]`` is a line holding a date and nothing else of note."""
    if index is None:
        return None
    text = lines.text(index)
    if not text or len(text) > MAX_DATE_LINE:
        return None
    # The whole line: "23. Juni 2016" starts like a numbered list item.
    if "[" in text:
        text = _PLACEHOLDER.sub(" ", text)
    span = _date_span(text)
    if span is None or not _only_connectors(text[span[1] :]):
        return None
    start = span[0]
    if not _only_connectors(text[:start]):
        # Its weekday goes with the date ("Tue, 03/03/2020 - 10:00", Drupal's own format).
        head, _, last = text[:start].rstrip(" ,").rpartition(" ")
        if last.casefold().rstrip(".") not in WEEKDAYS or not _only_connectors(head):
            return None
        start = len(head)
    return index, text[start : span[1]].strip(" ,")


def _name_and_date(text: str) -> tuple[str | None, str] | None:
    """``(name, date)`` for "Name on DATE", "by Name » DATE", "DATE | Name"; None otherwise."""
    if len(text) > 160:
        return None
    span = _date_span(text)
    if span is None:
        return None
    before, date, after = text[: span[0]], text[span[0] : span[1]].strip(" ,"), text[span[1] :]
    head, _, last = before.rstrip(" ,").rpartition(" ")
    if last.casefold().rstrip(".") in WEEKDAYS:  # "Di 14. Apr 2020": the weekday goes with the date
        before, date = head + " ", f"{last} {date}"
    if _only_connectors(after):
        if before.rstrip().endswith(":") and not LABEL_WORDS.isdisjoint(before.casefold().split()):
            return None  # a page's label: "Latest update : 2015-05-12", "Date created: …"
        name = _strip_connectors(before)
    elif _only_connectors(before) and not _date_words_only(after):
        name = _strip_connectors(after)
    else:
        return None
    says = find_says(name)
    if says:
        name = name[: says.start].strip()
    if not name or labels_only(name):
        # A date alone, or after a page's label without its colon ("Mis à jour le 29/10/2012",
        # "Post date"): no one's name.
        return None, date
    return (name, date) if plausible_name(name) else None


def labels_only(name: str) -> bool:
    """Whether a "name" before a date is a label's words ("Mis à jour", "Last updated")."""
    words = name.casefold().split()
    return not LABEL_WORDS.isdisjoint(words) and all(
        word in LABEL_WORDS or word in _LABEL_FILLERS for word in words
    )


def _date_words_only(after: str) -> bool:
    """Whether the words between a date and a name after it only lead to a date ("on", "am",
    "le"): "Today on Ars" is a heading, not Ars's comment of today ("DATE | Name" and "DATE by
    Name" are headers)."""
    lead = []
    for word in after.replace(",", " , ").split():
        if not _connector(word, False):
            break
        lead.append(word.casefold())
    return bool(lead) and all(word in _DATE_WORDS for word in lead)


_LABEL_TEXT = (
    "update updated created date modified published posted edited last aktualisiert erstellt datum "
    "geändert veröffentlicht actualizado actualización creado fecha publicado modificado jour "
    "publié créé modifié aggiornato aggiornamento pubblicato creato bijgewerkt gepubliceerd "
    "aangemaakt обновлено опубликовано создано дата"
)
LABEL_WORDS = frozenset(_LABEL_TEXT.split())
"""Words of a page's labels before a date ("Latest update :", "Date created :"), not of names."""
_LABEL_FILLERS = frozenset(
    [
        "mis",
        "à",
        "a",
        "le",
        "la",
        "el",
        "il",
        "on",
        "last",
        "latest",
        "zuletzt",
        "dernière",
        "ultima",
        "última",
        "the",
    ]
)
"""Small words of labels ("Mis à jour", "Last updated"), beside their :data:`LABEL_WORDS`."""
_DATE_TEXT = "on at am um le el il op en em a à"
_DATE_WORDS = frozenset(_DATE_TEXT.split())


def _only_connectors(text: str) -> bool:
    return not _strip_connectors(text, ids=True) or chrome.is_action(text.strip(" |·•-–—"))


def _strip_connectors(text: str, ids: bool = False) -> str:
    """``text`` without the connector words at either end ("by", "on", "|", "»", "Posted on");
    with ``ids``, also without a post's number or id ("#12", "comment-11", "post_3")."""
    words = text.replace(",", " , ").split()
    while words and _connector(words[0], ids):
        words.pop(0)
    while words and _connector(words[-1], ids):
        words.pop()
    return " ".join(words)


def _connector(word: str, ids: bool) -> bool:
    return word.casefold() in _CONNECT or word in ZONES or (ids and _POST_ID.fullmatch(word) is not None)


_ZONE_TEXT = "UTC GMT Z ET CT MT PT EST EDT CST CDT MST MDT PST PDT CET CEST BST IST AEST AEDT"
ZONES = frozenset(_ZONE_TEXT.split())
"""Time zones a date may end with ("5:00 AM PDT"), in capitals: "Ernesto Est" keeps his name."""


_POST_ID = re.compile(
    r"#?\d{1,6}|#?(?:comment|post|p|c|reply)[-_]?\d{1,9}|\(edited\)|\(bearbeitet\)", re.IGNORECASE
)


def _plausible_title(text: str) -> bool:
    """A pinging site's title as a name: longer than a person's, still no sentence."""
    return (
        0 < len(text) <= _MAX_TITLE_NAME
        and len(text.split()) <= _MAX_TITLE_WORDS
        and not text.endswith((".", "!", "?", ",", ":"))
        and "http" not in text
    )


_MAX_TITLE_WORDS = 14


_MAX_TITLE_NAME = 120


@lru_cache(maxsize=1024)
def plausible_name(text: str) -> bool:
    """Whether ``text`` could be a commenter's name: short, a few words, no sentence in it."""
    if not text or len(text) > _MAX_NAME or text[0] in _NOT_NAME_START:
        return False
    words = text.split()
    if len(words) > _MAX_NAME_WORDS or "http" in text or any(char in text for char in "!?;"):
        return False
    if text.endswith(".") and len(words[-1]) > 4:  # a sentence's end, not "Lucía P." or "Jr."
        return False
    if text.endswith(":") or "：" in text:
        # A label ("Registriert:", "Joined:") or a label and its value ("来源：网易科学人"): page
        # metadata, not a name.
        return False
    last = words[-1]
    if (len(words) >= _TITLED and last.casefold() in _TITLE_ENDS) or (
        "." in last and last[0].isdigit() and not last.strip("0123456789.")
    ):
        # A title cut before its date ("LWN.net Weekly Edition for"), a section's number ("4.1.")
        return False
    if not any(char.isalpha() for char in text):  # "0" above "вчера" is a number, not a name
        return False
    folded = text.casefold()
    if folded in _NOT_NAMES or (chrome.is_comments_heading(text) and not folded.startswith(_SORTS)):
        # A post's count of comments ("June 30, 2014 • No Comment", "8 Comments"), a screenshot's
        # file name over its date ("Screen Shot 2011-08-13 at 4.55.35 PM").
        return False
    return not chrome.is_action(text) and not chrome.closes_comments(text)


_SORTS = ("sort", "sortieren", "ordenar", "trier")
"""A comments heading's sort links ("Trier par …"): "Trier Fan" is a name."""
_NOT_NAMES = frozenset(
    [
        "no comment",
        "no comments",
        "keine kommentare",
        "sin comentarios",
        "aucun commentaire",
        "screen shot",
        "screenshot",
        "bildschirmfoto",
        "captura de pantalla",
        "capture d'écran",
        "capture d’écran",
    ]
)
"""Words that stand over or beside a date where a name would, and are none."""


_MAX_NAME_WORDS = 6
_TITLED = 3
"""Words a name must have for a last word such as "for" or "du" to end a title instead ("Jenny Du")."""
_TITLE_ENDS = frozenset(["for", "of", "the", "and", "with", "from", "für", "pour", "du", "des", "au", "aux"])
"""Words a name never ends with: a title ("Weekly Edition for", "Archive of") stops there."""
_NOT_NAME_START = frozenset("-–—•*#>|:,.")


def clean_name(text: str, number: int) -> tuple[str, list[SourceLine]]:
    """``text`` without avatar placeholders, alt texts and e-mail junk, and what was removed."""
    cleaned, removed = _cleaned(text)
    return cleaned, [SourceLine(number, piece, "avatar text") for piece in removed]


@lru_cache(maxsize=1024)
def _cleaned(text: str) -> tuple[str, tuple[str, ...]]:
    """:func:`clean_name` without line numbers, remembered: a commenter's header line recurs
    with every comment they write."""
    removed: list[str] = []
    cleaned = text
    if "[" in cleaned:
        removed += _PLACEHOLDER.findall(cleaned)
        cleaned = _PLACEHOLDER.sub(" ", cleaned)
    if "@" in cleaned:
        without = _EMAIL.sub(" ", cleaned)
        rest = " ".join(without.rstrip().removesuffix(":").rstrip(".…").split()).casefold()
        # Gravatar's e-mail junk beside a name goes; an address that is all the name stays.
        if rest and rest not in SAYS_VERBS and rest not in _SAYS_TWO:
            removed += _EMAIL.findall(cleaned)
            cleaned = without
    cleaned = " ".join(cleaned.split())
    avatar = _AVATAR.match(cleaned)
    if avatar and len(cleaned) > avatar.end():
        removed.append(avatar.group().strip())
        cleaned = cleaned[avatar.end() :].strip()
        cleaned = _undouble(cleaned, removed)
    else:
        cleaned = _undouble(cleaned, removed)
    return cleaned, tuple(piece for piece in removed if piece.strip())


def _undouble(text: str, removed: list[str]) -> str:
    """ "Kristine Kristine says:" (the avatar's alt text was the name) → "Kristine says:"."""
    says = find_says(text)
    name, tail = (text[: says.start], " " + text[says.start :].strip()) if says else (text, "")
    # Without an apostrophe the pattern cannot match; trying it costs a search of every start.
    possessive = _POSSESSIVE.match(name.strip()) if "'" in name or "’" in name else None
    if possessive:
        removed.append(name.strip()[: possessive.end("alt")])
        return possessive["name"] + tail
    words = name.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half and words[:half] == words[half:]:
        removed.append(" ".join(words[:half]))
        return " ".join(words[half:]) + tail
    return text
