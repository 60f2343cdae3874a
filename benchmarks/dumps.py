"""A synthetic archive of comment pages as w3m and lynx dump them (the "threaded" dialect).

Written directly in the dumpers' layout, without running them, so the corpus is the same on every
machine and quick to make: site name and menu, title, byline, article, "N thoughts on" heading,
then comments as WordPress themes print them: a right-aligned number (w3m ``" 9."``/``"10."``,
lynx ``"    9."``) or a nested bullet (w3m ``□ ☆ ○ ■``, lynx ``+ o # @``) two to three columns
further per level, "Avatar Name Name says:", a date line, text wrapped at 80 columns, "Reply";
then the reply form, a sidebar and lynx's link list. Sizes match :mod:`benchmarks.corpus`.
"""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

from benchmarks.corpus import _FULL_MONTHS, _NAMES, _paragraph

_W3M_BULLETS = "□☆○■★◎"
_LYNX_BULLETS = "+o#@=*"


def _date(rng: random.Random) -> str:
    year, month, day = rng.randint(2010, 2024), rng.randint(1, 12), rng.randint(1, 28)
    hour, minute = rng.randint(1, 12), rng.randint(0, 59)
    return f"{_FULL_MONTHS[month - 1]} {day}, {year} at {hour}:{minute:02d} {rng.choice(('am', 'pm'))}"


def _wrapped(text: str, column: int, width: int) -> list[str]:
    return textwrap.wrap(text, width=width - column, initial_indent="", subsequent_indent="") or [""]


def page_text(rng: random.Random, index: int, comments: int, tool: str) -> str:
    """One page's dump with ``comments`` comments, as ``tool`` (``w3m`` or ``lynx``) lays it out."""
    lynx = tool == "lynx"
    margin = "   " if lynx else ""
    title = f"Page {index}: " + " ".join(rng.choice(_NAMES) for _ in range(rng.randint(3, 6)))
    lines = ["Example Blog", "", "Just a blog", "", "Menu", "", "  • Home", "  • About", "", title, ""]
    lines += [f"{margin}By {rng.choice(_NAMES)} {_date(rng).split(' at ')[0]}", ""]
    for _ in range(rng.randint(2, 6)):
        text = " ".join(_paragraph(rng, 400))
        lines += [margin + line for line in _wrapped(text, len(margin), 80)] + [""]
    lines += [f"{comments} thoughts on “{title}”", ""]
    depth = threads = 0
    for _ in range(comments):
        depth = (
            0 if threads == 0 or rng.random() < 0.4 else min(depth + 1, 5) if rng.random() < 0.5 else depth
        )
        if depth == 0:
            threads += 1
            lead = f"{threads:>6}. " if lynx else f"{threads:>2}. "
        else:
            glyph = (_LYNX_BULLETS if lynx else _W3M_BULLETS)[(depth - 1) % 6]
            lead = (
                " " * ((7 if lynx else 4) + (3 if lynx else 4) * (depth - 1) + (0 if lynx else 2))
                + glyph
                + " "
            )
        column = len(lead)
        pad = " " * column
        name = rng.choice(_NAMES)
        lines.append(f"{lead}Avatar {name} {name} says:")
        lines.append(pad + _date(rng))
        if not lynx:
            lines.append("")
        for paragraph in range(rng.choice((1, 1, 2, 3))):
            if paragraph and not lynx:
                lines.append("")
            text = " ".join(_paragraph(rng, 220))
            lines += [pad + line for line in _wrapped(text, column, 80)]
        if not lynx:
            lines.append("")
        lines.append(pad + "Reply")
    lines += ["", "Leave a Reply", "", "[                    ]", "", "Recent Posts", "", "  • Older post", ""]
    if lynx:
        lines += ["References", ""] + [f"{n:>4}. https://example.org/{n}/" for n in range(1, 40)]
    return "\n".join(lines) + "\n"


def write_dumps(folder: Path, pages: int, seed: int = 1911) -> int:
    """Write ``pages`` dumps (w3m and lynx in turn, 20-180 comments each); their size in bytes."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for index in range(pages):
        text = page_text(rng, index, rng.randint(20, 180), "lynx" if index % 2 else "w3m")
        path = folder / f"{index:05d}_dump.txt"
        path.write_text(text, encoding="utf-8")
        total += path.stat().st_size
    return total
