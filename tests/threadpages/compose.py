"""Deterministic discussions: a :class:`Plan` and a seed give the same :class:`Page` every time.

The shape (how many comments, how deep, how many pings, which comment was deleted) is fixed by the
plan; names, text, timing and sibling order come from ``random.Random(plan.seed)``. The requested
maximum depth is always reached, by one back-and-forth chain.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, timezone

from tests.threadpages.common import STRINGS
from tests.threadpages.content import LANGUAGES, Language, Topic
from tests.threadpages.dates import FORMATS, relative_en
from tests.threadpages.engines import REGISTRY
from tests.threadpages.spec import Comment, EngineInfo, Page

_GREETING = re.compile(r"^(Hallo|Moin|Liebe/r|Hola|Bonjour)\b")
_LINK_LEAD = {
    "en": "Details here:",
    "de": "Mehr dazu hier:",
    "es": "Más información aquí:",
    "fr": "Plus de détails ici :",
}
_DELETED = {
    "blogger": "This comment has been removed by the author.",
    "reddit": "[removed]",
    "news": "Dieser Kommentar wurde von der Redaktion entfernt.",
}


@dataclass(frozen=True)
class Plan:
    """Everything that makes one fixture page, apart from the random choices."""

    name: str
    engine: str
    topic: Topic
    lang: str
    count: int
    """Comments in total, pings and deleted ones included."""
    max_depth: int
    seed: int
    published: datetime
    """The article's date; aware when the engine's markup gives an offset, naive otherwise."""
    date_format: str | None
    """Key in :data:`tests.threadpages.dates.FORMATS`; ``None`` for "3 hours ago"."""
    article_date_format: Callable[[datetime], str]
    ids: str
    """``wp``, ``astra``, ``news``, ``blogger``, ``discourse``, ``phpbb``, ``reddit`` or ``hn``."""
    post_id: int
    naive_posted: bool = False
    """Comment dates without an offset (the engine shows no machine-readable date)."""
    zulu: bool = False
    """Write UTC as ``Z`` (Discourse) rather than ``+00:00``."""
    pingbacks: int = 0
    trackbacks: int = 0
    deleted: int = 0
    """Comments with replies that were deleted afterwards."""
    deleted_style: str = "wp"
    quote_rate: float = 0.0
    top_level_rate: float = 0.4
    shuffle_siblings: bool = False
    """Siblings in score order (reddit, Hacker News) instead of oldest first."""
    tz: timezone = field(default=UTC)
    """The site's offset: shown dates are local to it."""

    @property
    def engine_info(self) -> EngineInfo:
        """What the plan's engine can show (short pings, pings last, line breaks)."""
        return REGISTRY[self.engine].info


def _cap(text: str) -> str:
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :]
    return text


def _sentence(clause: str) -> str:
    return clause if clause[-1] in ".!?" else clause + "."


class _Writer:
    """Picks names and sentences, preferring the ones used least so far on the page."""

    def __init__(self, rng: random.Random, plan: Plan) -> None:
        self.rng = rng
        self.plan = plan
        self.lang: Language = LANGUAGES[plan.lang]
        self.clause_uses = dict.fromkeys(plan.topic.clauses, 0)
        names = list(plan.topic.names or self.lang.names)
        names = [n for n in names if n != plan.topic.author]
        rng.shuffle(names)
        self.names = names
        # A few regulars write most comments: Zipf-like weights over a shuffled list.
        self.name_weights = [1.0 / (i + 1) ** 0.9 for i in range(len(names))]
        self.openings: set[str] = set()
        self.in_comment: set[str] = set()

    def name(self, avoid: str | None) -> str:
        for _ in range(20):
            name = self.rng.choices(self.names, self.name_weights)[0]
            if name != avoid:
                return name
        return self.names[0] if self.names[0] != avoid else self.names[1]

    def clause(self) -> str:
        # Never the same sentence twice in one comment; across the page, the least used first.
        clauses = [c for c in self.clause_uses if c not in self.in_comment]
        weights = [1.0 / (1 + self.clause_uses[c]) ** 3 for c in clauses]
        choice = self.rng.choices(clauses, weights)[0]
        self.clause_uses[choice] += 1
        self.in_comment.add(choice)
        return choice

    def sentence(self, lead_in: bool) -> str:
        text = _sentence(self.clause())
        if lead_in:
            lead = self.rng.choice(self.lang.lead_ins)
            return f"{lead} {_cap(text) if self.lang.capital_after_lead_in else text}"
        return _cap(text)

    def paragraph(self) -> str:
        count = self.rng.choices((1, 2, 3), (45, 40, 15))[0]
        return " ".join(self.sentence(i == 0 and self.rng.random() < 0.3) for i in range(count))

    def _compose(self, reply_to: str | None) -> tuple[str, ...]:
        rng = self.rng
        self.in_comment = set()
        if rng.random() < 0.06:
            return (rng.choice(self.lang.short),)
        count = rng.choices((1, 2, 3), (55, 30, 15))[0]
        paragraphs = [self.paragraph() for _ in range(count)]
        if reply_to is not None and rng.random() < 0.45:
            thanks = rng.choice(self.lang.thanks).format(name=reply_to)
            if _GREETING.match(thanks):
                if self.plan.engine_info.line_breaks:
                    paragraphs[0] = f"{thanks}\n{paragraphs[0]}"
            elif thanks.endswith((",", ":", "but")):
                # The opener runs on into a sentence: a clause as written (no forced capital) follows.
                clause = _sentence(self.clause())
                if self.lang.capital_after_lead_in:
                    clause = _cap(clause)
                paragraphs[0] = f"{thanks} {clause} {paragraphs[0]}"
            else:
                paragraphs[0] = f"{thanks} {paragraphs[0]}"
        if self.plan.engine_info.line_breaks and self.plan.topic.multiline and rng.random() < 0.08:
            paragraphs.append(rng.choice(self.plan.topic.multiline))
        if rng.random() < 0.05:
            root = re.match(r"https?://[^/]+", self.plan.topic.url)
            site = root.group(0) if root else "https://example.org"
            paragraphs[-1] += f" {_LINK_LEAD[self.plan.lang]} {site}/notes/{rng.randrange(100, 999)}"
        return tuple(paragraphs)

    def text(self, reply_to: str | None) -> tuple[str, ...]:
        """A comment's paragraphs, retried until its first eight words are new on the page."""
        for _ in range(30):
            paragraphs = self._compose(reply_to)
            opening = " ".join(" ".join(paragraphs).split()[:8])
            if opening not in self.openings:
                break
        self.openings.add(opening)
        return paragraphs


@dataclass
class _Node:
    index: int
    parent: int | None
    depth: int
    time: datetime
    author: str = ""
    source_id: str = ""
    kind: str = "comment"
    paragraphs: tuple[str, ...] = ()
    quote_of: str | None = None
    author_url: str | None = None
    children: list[int] = field(default_factory=list)


def _shape(rng: random.Random, plan: Plan) -> list[tuple[int | None, int]]:
    """(parent index, depth) for every comment in creation order; the maximum depth is reached once."""
    nodes: list[tuple[int | None, int]] = [(None, 0)]
    chain_at = max(1, plan.count // 3) if plan.max_depth else plan.count
    while len(nodes) < plan.count:
        if len(nodes) == chain_at and len(nodes) + plan.max_depth < plan.count:
            # One back-and-forth that goes all the way down, so the deepest level always occurs.
            nodes.append((None, 0))
            for depth in range(1, plan.max_depth + 1):
                nodes.append((len(nodes) - 1, depth))
            continue
        if plan.max_depth == 0 or rng.random() < plan.top_level_rate:
            nodes.append((None, 0))
            continue
        eligible = [i for i, (_, d) in enumerate(nodes) if d < plan.max_depth]
        recent = eligible[-10:]
        parent = rng.choice(recent) if rng.random() < 0.75 else rng.choice(eligible)
        nodes.append((parent, nodes[parent][1] + 1))
    return nodes


def _ids(rng: random.Random, plan: Plan, count: int) -> list[str]:
    scheme = plan.ids
    out: list[str] = []
    number = {
        "wp": 1500,
        "astra": 880,
        "news": 48190,
        "phpbb": 241300,
        "reddit": 36**6 * 20,
        "hn": plan.post_id,
    }
    n = number.get(scheme, 0) + rng.randrange(1, 400)
    for i in range(count):
        n += rng.randrange(1, 6) if scheme in ("wp", "astra", "news") else rng.randrange(1, 60)
        if scheme in ("wp", "astra"):
            out.append(f"comment-{n}")
        elif scheme == "news":
            out.append(f"kommentar-{n}")
        elif scheme == "phpbb":
            out.append(f"p{n}")
        elif scheme == "discourse":
            out.append(f"post_{i + 2}")
        elif scheme == "blogger":
            out.append(f"c{rng.randrange(10**18, 9 * 10**18)}")
        elif scheme == "reddit":
            out.append("thing_t1_" + _base36(n))
        elif scheme == "hn":
            out.append(str(n))
        else:
            raise ValueError(f"unknown id scheme {scheme!r}")
    return out


def _base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = digits[r] + out
    return out or "0"


def _iso(t: datetime, plan: Plan) -> str:
    local = t.astimezone(plan.tz)
    if plan.naive_posted:
        return local.replace(tzinfo=None).isoformat(timespec="seconds")
    text = local.isoformat(timespec="seconds")
    return text.replace("+00:00", "Z") if plan.zulu else text


def build(plan: Plan) -> Page:
    """The page ``plan`` describes (same plan, same page, byte for byte once rendered)."""
    rng = random.Random(plan.seed)
    writer = _Writer(rng, plan)
    shape = _shape(rng, plan)
    start = plan.published if plan.published.tzinfo else plan.published.replace(tzinfo=plan.tz)
    t = start + timedelta(minutes=rng.randrange(8, 180))
    nodes: list[_Node] = []
    for i, (parent, depth) in enumerate(shape):
        # Busy at first, then slower: gaps grow with the thread's age.
        t += timedelta(minutes=rng.randrange(2, 40) + int(min(i, 30) * rng.random() * 3))
        nodes.append(_Node(i, parent, depth, t))
        if parent is not None:
            nodes[parent].children.append(i)
    ids = _ids(rng, plan, len(nodes))
    for node, source_id in zip(nodes, ids, strict=True):
        node.source_id = source_id
        parent_author = nodes[node.parent].author if node.parent is not None else None
        if parent_author is not None and parent_author != plan.topic.author and rng.random() < 0.15:
            node.author = plan.topic.author
        else:
            node.author = writer.name(parent_author)
        node.paragraphs = writer.text(parent_author)
        if rng.random() < 0.25 and plan.ids in ("wp", "astra"):
            node.author_url = f"https://{re.sub(r'[^a-z]', '', node.author.lower()) or 'site'}.example/"
    if plan.quote_rate:
        for node in nodes[1:]:
            if rng.random() < plan.quote_rate:
                node.quote_of = nodes[rng.randrange(max(0, node.index - 6), node.index)].source_id
    _add_pings(rng, plan, nodes)
    _delete(rng, plan, nodes)
    retrieved = max(n.time for n in nodes) + timedelta(minutes=rng.randrange(20, 150))
    comments = _tree(rng, plan, nodes, retrieved)
    return _page(plan, comments, retrieved, nodes)


def _add_pings(rng: random.Random, plan: Plan, nodes: list[_Node]) -> None:
    kinds = ["pingback"] * plan.pingbacks + ["trackback"] * plan.trackbacks
    sources = list(plan.topic.pings)
    tops = [n for n in nodes if n.parent is None and not n.children and n.index > 0]
    rng.shuffle(tops)
    for kind, node in zip(kinds, tops, strict=False):
        title, url = sources.pop(0)
        node.kind = kind
        node.author = title
        node.author_url = url
        node.quote_of = None
        if plan.engine_info.short_ping:
            node.paragraphs = ()
        else:
            node.paragraphs = (f"[…] {_sentence(_cap(rng.choice(plan.topic.clauses)))} […]",)


def _delete(rng: random.Random, plan: Plan, nodes: list[_Node]) -> None:
    candidates = [n for n in nodes if n.children and n.kind == "comment" and n.depth <= 1]
    rng.shuffle(candidates)
    for node in candidates[: plan.deleted]:
        node.kind = "deleted"
        style = plan.deleted_style
        if style == "wp":
            node.author = ""
            node.author_url = None
            node.paragraphs = (STRINGS[plan.lang]["deleted"],)
        elif style == "blogger":
            node.paragraphs = (_DELETED["blogger"],)
        elif style == "reddit":
            node.author = "[deleted]"
            node.paragraphs = (_DELETED["reddit"],)
        elif style == "news":
            node.author = ""
            node.paragraphs = (_DELETED["news"],)
        else:
            raise ValueError(f"unknown deleted style {style!r}")


def _tree(rng: random.Random, plan: Plan, nodes: list[_Node], retrieved: datetime) -> tuple[Comment, ...]:
    fmt = FORMATS[plan.date_format] if plan.date_format else None

    def shown(t: datetime) -> str:
        if fmt is None:
            return relative_en(t, retrieved)
        return fmt(t.astimezone(plan.tz))

    def order(indices: list[int]) -> list[int]:
        if plan.shuffle_siblings:
            indices = indices[:]
            rng.shuffle(indices)
        return indices

    def make(i: int) -> Comment:
        n = nodes[i]
        # What the page shows no date for gets none: placeholders of deleted comments, short pings.
        undated = (n.kind == "deleted" and plan.deleted_style in ("wp", "news")) or (
            n.kind in ("pingback", "trackback") and plan.engine_info.short_ping
        )
        return Comment(
            source_id=n.source_id,
            author=n.author,
            posted=None if undated else _iso(n.time, plan),
            posted_shown=None if undated else shown(n.time),
            paragraphs=n.paragraphs,
            kind=n.kind,
            replies=tuple(make(c) for c in order(n.children)),
            quote_of=n.quote_of,
            author_url=n.author_url,
        )

    tops = order([n.index for n in nodes if n.parent is None])
    if plan.engine_info.pings_last:
        tops = [i for i in tops if nodes[i].kind not in ("pingback", "trackback")] + [
            i for i in tops if nodes[i].kind in ("pingback", "trackback")
        ]
    comments = tuple(make(i) for i in tops)
    if plan.quote_rate:
        comments = _drop_forward_quotes(comments)
    return comments


def _drop_forward_quotes(comments: tuple[Comment, ...]) -> tuple[Comment, ...]:
    # Quotes were drawn in creation order; after any reordering only quotes of earlier posts stay.
    seen: set[str] = set()
    out = []
    for c in comments:
        if c.quote_of is not None and c.quote_of not in seen:
            c = replace(c, quote_of=None)
        seen.add(c.source_id)
        out.append(c)
    return tuple(out)


def _page(plan: Plan, comments: tuple[Comment, ...], retrieved: datetime, nodes: list[_Node]) -> Page:
    topic = plan.topic
    published = plan.published if plan.published.tzinfo else plan.published.replace(tzinfo=plan.tz)
    if plan.zulu:
        published_iso = published.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    else:
        published_iso = published.isoformat(timespec="seconds")
    # The sidebar's "Recent comments": the thread's latest commenters, mostly on this very post (two in
    # three), the rest on other posts, so their names and this title also appear outside the thread.
    commenters = list(dict.fromkeys(n.author for n in reversed(nodes) if n.kind == "comment"))[:5]
    others = topic.recent_posts or (topic.title,)
    recent = tuple(
        (name, topic.title if i % 3 != 2 else others[i // 3 % len(others)])
        for i, name in enumerate(commenters)
    )
    return Page(
        title=topic.title,
        site_name=topic.site_name,
        url=topic.url,
        article_author=topic.author,
        article_published=published_iso,
        article_paragraphs=topic.paragraphs,
        lang=plan.lang,
        comments=comments,
        article_published_shown=plan.article_date_format(published.astimezone(plan.tz))
        if plan.date_format
        else relative_en(published, retrieved),
        article_bullets=topic.bullets,
        article_steps=topic.steps,
        nav=topic.nav,
        categories=topic.categories,
        recent_posts=topic.recent_posts,
        recent_comments=recent,
        related=topic.related,
        retrieved=retrieved.astimezone(UTC).isoformat(timespec="seconds"),
        post_id=plan.post_id,
        tagline=topic.tagline,
    )
