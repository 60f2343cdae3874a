"""A synthetic archive in the seed dialect ("numbered"), the same for every run of one seed.

Discussions look like the real seeds: chrome lines, a title, a "Posted on" line, an optional
byline, article paragraphs, then numbered comments whose replies are "•" bullets indented two
spaces per level (depth 0-6), with or without "Name says:" headers, text wrapped over one to
three lines per paragraph. Lengths follow the seeds: about 450 bytes of text per comment.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass
from pathlib import Path

SIZES = {"S": 10, "M": 200, "L": 1000}
"""Number of discussions of each benchmark size; each has 100 comments on average."""

MAX_DEPTH = 6
"""Deepest reply level the writer produces."""

_WORD_TEXT = (
    "the of and to a in that is was he for it with as his on be at by had not are but from or have "
    "an they which one you were her all she there would their we him been has when who will more no "
    "if out so said what up its about into than them can only other new some could time these two "
    "may then do first any my now such like our over man me even most made after also did many "
    "before must through back years where much your way well down should because each just those "
    "people how too little state good very make world still own see men work long get here between "
    "both life being under never day same another know while last might us great old year off come "
    "since against go came right used take three pilot plane jet Soviet Union Belenko MiG-25 Japan "
    "Hakodate defection traitor hero country family Russia America freedom radar engine airbase "
    "squadron interview book Barron Foxbat intelligence Cold War KGB asylum Siberia Chuguyevka "
    "“quoted” ‘single’ — – … don’t isn’t he’s they’re café naïve Zürich Москва 東京 R&D <b>bold?</b> "
    "a<b 5>3 &amp; #hashtag *stars* _under_ [link](x) `code` 1976 2008 100,000 $40,000"
)
_WORDS = _WORD_TEXT.split()


_SYLLABLES = "ka ro vin de mal tor si nu bel en ko gra pi lo stan mir ov ich ta re"


def _vocabulary(size: int = 20_000) -> tuple[list[str], list[float]]:
    """The words above, then made-up ones, with Zipf's frequencies (the n-th word 1/n as often).

    A real archive has thousands of distinct words, most of them rare; search indexes (Pagefind
    splits its index by word) would look far smaller or larger with a few equally common words.
    """
    syllables = _SYLLABLES.split()
    made_up = random.Random(0)
    words = list(dict.fromkeys(_WORDS))
    seen = set(words)
    while len(words) < size:
        word = "".join(made_up.choice(syllables) for _ in range(made_up.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    cumulative = list(itertools.accumulate(1 / rank for rank in range(1, len(words) + 1)))
    return words, cumulative


_VOCABULARY, _CUMULATIVE = _vocabulary()

_NAME_TEXT = (
    "Dan Douglas Chrisco Rusty Slaven Lee Lindberg tanksoldier Mike Frankie Robert Gigi Al Thompson "
    "Miguel Vargas-Caba tim Anna Kowalski Jürgen O’Brien Ивана 山田 Sam Ng"
)
_NAMES = _NAME_TEXT.split()

_CATEGORIES = ("Stuff We Like", "History", "Aviation", "Cold War")
_MONTH_TEXT = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"
_MONTHS = _MONTH_TEXT.split()
_FULL_MONTH_TEXT = "January February March April May June July August September October November December"
_FULL_MONTHS = _FULL_MONTH_TEXT.split()


@dataclass(frozen=True)
class SeedFacts:
    """What the parser must find in one written seed."""

    name: str
    """File name under the corpus folder."""

    title: str
    """The title line."""

    comments: int
    """Number of comments, replies included."""

    threads: int
    """Number of top-level comments."""

    deepest: int
    """Deepest reply level."""

    named: int
    """Comments with a "Name says:" header."""

    size: int
    """File size in bytes."""


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choices(_VOCABULARY, cum_weights=_CUMULATIVE, k=words))
    if rng.random() < 0.03:
        text += f" https://example.org/{rng.randrange(10_000)}/page.htm"
    return text[0].upper() + text[1:] + rng.choice(".....!?")


def _paragraph(rng: random.Random, mean_bytes: int) -> list[str]:
    """One paragraph as one to three lines (dumps break long comments at arbitrary lines)."""
    target = max(20, int(rng.lognormvariate(0, 0.6) * mean_bytes))
    sentences: list[str] = []
    while sum(len(s) + 1 for s in sentences) < target:
        sentences.append(_sentence(rng, rng.randint(5, 25)))
    cuts = sorted(rng.sample(range(1, len(sentences)), min(len(sentences) - 1, rng.randint(0, 2))))
    return [" ".join(sentences[a:b]) for a, b in zip([0, *cuts], [*cuts, len(sentences)], strict=True)]


def _date(rng: random.Random) -> tuple[str, str]:
    year, month, day = rng.randint(2005, 2024), rng.randint(1, 12), rng.randint(1, 28)
    return f"{_MONTHS[month - 1]} {day}, {year}", f"{_FULL_MONTHS[month - 1]} {day}, {year}"


def discussion_text(rng: random.Random, index: int, comments: int) -> tuple[str, SeedFacts]:
    """The text of one seed with about ``comments`` comments, and the facts a parser must find."""
    title = f"Discussion {index}: " + " ".join(rng.choice(_WORDS[:200]) for _ in range(rng.randint(3, 9)))
    lines: list[str] = []
    short, long = _date(rng)
    if rng.random() < 0.5:
        lines += ["Pages Menu", "", "Categories Menu", "", f"Posted on {short} in {rng.choice(_CATEGORIES)}"]
        lines += ["", title, "", f"By {rng.choice(_NAMES)} {rng.choice(_NAMES)}", ""]
    else:
        lines += [title, "", f"Posted on {long} by {rng.choice(_NAMES)}", ""]
    for _ in range(rng.randint(2, 9)):
        lines += [*_paragraph(rng, 500), ""]
    lines.append("")
    named = 0
    mode = rng.choice(("says", "anonymous", "mixed"))
    threads = deepest = 0
    depth = 0
    for _ in range(comments):
        # A new thread 40% of the time; otherwise a reply, often one level below the last comment.
        if threads == 0 or rng.random() < 0.4:
            depth = 0
        elif rng.random() < 0.45:
            depth = min(depth + 1, MAX_DEPTH)
        else:
            depth = rng.randint(1, max(1, depth))
        deepest = max(deepest, depth)
        if depth == 0:
            threads += 1
            lead, column = f"  {threads}. ", 4
        else:
            lead, column = " " * (2 + 2 * depth) + "• ", 4 + 2 * depth
        body: list[list[str]] = [_paragraph(rng, 220) for _ in range(rng.choice((1, 1, 1, 2, 2, 3)))]
        if mode == "says" or (mode == "mixed" and rng.random() < 0.5):
            named += 1
            body.insert(0, [f"{rng.choice(_NAMES)} says:"])
        pad = " " * column
        first = True
        for paragraph in body:
            if not first:
                lines.append("")
            for line in paragraph:
                lines.append((lead if first else pad) + line)
                first = False
        lines.append("")
    text = "\n".join(lines) + "\n"
    name = f"{index:05d}_synthetic.txt"
    facts = SeedFacts(name, title, comments, threads, deepest, named, len(text.encode("utf-8")))
    return text, facts


def write_corpus(folder: Path, discussions: int, seed: int = 1976) -> list[SeedFacts]:
    """Write ``discussions`` seeds into ``folder`` (20-180 comments each, 100 on average)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    facts: list[SeedFacts] = []
    for index in range(discussions):
        text, fact = discussion_text(rng, index, rng.randint(20, 180))
        (folder / fact.name).write_text(text, encoding="utf-8")
        facts.append(fact)
    return facts
