"""Growth on hostile seeds: ``python -m benchmarks.growth [--n N]`` (a row of ``make bench``).

A seed holding a long run of one character, placed where a recogniser looks (after a year, in a
"Posted on" line, before an "@", after a URL, in a signature line, in a comment's text, in a
w3m dump's comment header, in a Hacker News header, in a saved page's comment), is timed at run
lengths n and 4n for every ASCII punctuation character, space and tab. Each stage (parse,
analyse with its summary, render) and the whole build (``python -m generator build`` on a folder
of all those seeds) should grow about 4x; the table gives the worst growth per stage and what
caused it. Times are the best of a few runs, and a case whose 4n time is under :data:`FLOOR`
seconds is left out of the worst growth: timer noise, not work.
"""

from __future__ import annotations

import argparse
import string
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from benchmarks.measure import timed
from generator.analysis.notes import analyse
from generator.analysis.summary import summarize
from generator.pages.discussion import render_discussion
from generator.read import seeds

REPO = Path(__file__).resolve().parent.parent
THREADS = REPO / "tests" / "fixtures" / "threads"
CHARACTERS = string.punctuation + " \t"
FLOOR = 0.003
"""Seconds: a stage faster than this at 4n is too quick for its growth to mean anything."""

_TEXT = """A title for the growth benchmark

Posted on Aug 27, 2008 by Someone{posted}.

By Someone

In 1990{year} the article's only paragraph ends.

  1. Alice says:

    Write to me at alice{at}@example.org, or see http://example.org/a{url} for more.

    • A reply to it: I think{comment} indeed.
      -- Bob{signature}Jones

  2. Second comment, dated Sep 1, 2008.
"""
_TEXT_CONTEXTS = ("year", "posted", "at", "url", "signature", "comment")
_DUMP = THREADS / "blogger_en_cowl.w3m-80.txt"
_DUMP_HEADER = "Aisha RahmanApril 27, 2016 at 10:58 AM"
_AGGREGATOR = THREADS / "hackernews_en_archive.w3m-80.txt"
_AGGREGATOR_HEADER = "zokier 8 hours ago | next [–]"
_PAGE = THREADS / "blogger_en_cowl.html"
_PAGE_COMMENT = "Good point, Aisha Rahman. For what it&#x27;s worth,"
CONTEXTS = (*_TEXT_CONTEXTS, "dump header", "aggregator header", "html comment")
"""Where the run goes, one seed per (character, context)."""


@dataclass(frozen=True)
class Seed:
    """One hostile seed."""

    name: str
    """File name, with the suffix that picks its reader."""
    data: bytes
    """The file's bytes."""


def _html_escape(run: str) -> str:
    return run.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def hostile(character: str, context: str, n: int) -> Seed:
    """The seed with a run of ``n`` ``character`` in ``context``."""
    run = character * n
    code = f"{ord(character):02x}-{context.replace(' ', '-')}"
    if context in _TEXT_CONTEXTS:
        fields = dict.fromkeys(_TEXT_CONTEXTS, "")
        fields[context] = run
        return Seed(f"{code}.txt", _TEXT.format(**fields).encode())
    if context == "dump header":
        text = _DUMP.read_text(encoding="utf-8")
        assert _DUMP_HEADER in text
        text = text.replace(_DUMP_HEADER, _DUMP_HEADER.replace("Rahman", "Rahman" + run), 1)
        return Seed(f"{code}.txt", text.encode())
    if context == "aggregator header":
        text = _AGGREGATOR.read_text(encoding="utf-8")
        assert _AGGREGATOR_HEADER in text
        text = text.replace(_AGGREGATOR_HEADER, _AGGREGATOR_HEADER.replace(" |", run + " |"), 1)
        return Seed(f"{code}.txt", text.encode())
    text = _PAGE.read_text(encoding="utf-8")
    assert _PAGE_COMMENT in text
    text = text.replace(_PAGE_COMMENT, _PAGE_COMMENT + _html_escape(run), 1)
    return Seed(f"{code}.html", text.encode())


def _best(work: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    best, value = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        value = work()
        best = min(best, time.perf_counter() - start)
    return best, value


def stage_times(seed: Seed, repeat: int) -> dict[str, float]:
    """Seconds of parse, analyse (with the summary) and render of one seed."""
    text = _read(seed)
    parse, discussion = _best(lambda: seeds.parse(text, seed.name), repeat)

    def analysis() -> Any:
        found = analyse(discussion)
        return found, summarize(discussion, found)

    analyse_s, (found, summary) = _best(analysis, repeat)
    render, _ = _best(lambda: render_discussion(discussion, summary.events, found), repeat)
    return {"parse": parse, "analyse": analyse_s, "render": render}


def _read(seed: Seed) -> str:
    """The seed's text as the build reads it (charset, BOM, gzip)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / seed.name
        path.write_bytes(seed.data)
        return seeds.read(path).text


class Worst(NamedTuple):
    """The worst growth of one stage."""

    stage: str
    """parse, analyse, render or build."""
    growth: float
    """Time at 4n over time at n."""
    cause: str
    """The character and context, or "all seeds" for the build."""
    seconds: float
    """Time at 4n."""


def _build_seconds(folder: Path, cases: list[Seed]) -> float:
    seeds_dir = folder / "seeds"
    seeds_dir.mkdir(parents=True)
    for seed in cases:
        (seeds_dir / seed.name).write_bytes(seed.data)
    command = [sys.executable, "-m", "generator", "build", "--seeds", "seeds", "--docs", "docs"]
    return timed(command, folder).seconds


def measure(n: int, repeat: int = 3, build: bool = True) -> list[Worst]:
    """The worst growth from n to 4n of each stage over every character and context."""
    worst: dict[str, Worst] = {}
    slowest: dict[str, Worst] = {}  # shown for a stage with no case above FLOOR
    for character in CHARACTERS:
        for context in CONTEXTS:
            small = stage_times(hostile(character, context, n), repeat)
            large = stage_times(hostile(character, context, 4 * n), repeat)
            for stage, seconds in large.items():
                row = Worst(stage, seconds / small[stage], f"{character!r} {context}", seconds)
                if seconds >= FLOOR and (stage not in worst or row.growth > worst[stage].growth):
                    worst[stage] = row
                if stage not in slowest or seconds > slowest[stage].seconds:
                    slowest[stage] = row
    worst = {**slowest, **worst}
    if build:
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            times = []
            for size in (n, 4 * n):
                cases = [hostile(c, context, size) for c in CHARACTERS for context in CONTEXTS]
                times.append(_build_seconds(root / str(size), cases))
        worst["build"] = Worst("build", times[1] / times[0], f"{len(cases)} seeds", times[1])
    return [worst[s] for s in ("parse", "analyse", "render", "build") if s in worst]


def table(n: int, rows: list[Worst]) -> str:
    """The growth rows as ``make bench`` prints them."""
    lines = [
        f"growth n={n} -> 4n (linear ~4x): worst case per stage over {len(CHARACTERS)} characters x "
        f"{len(CONTEXTS)} contexts"
    ]
    for row in rows:
        lines.append(f"  {row.stage:8} {row.growth:6.1f}x  {row.seconds:8.3f} s at 4n  ({row.cause})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the growth table."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.growth", description=__doc__)
    parser.add_argument("--n", type=int, default=10_000, help="the shorter run length (default 10,000)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-build", action="store_true", help="skip the whole-build row")
    args = parser.parse_args(argv)
    print(table(args.n, measure(args.n, args.repeat, not args.no_build)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
