"""The dumps' build with the least reading: ``python -m benchmarks.readerfloor SEEDS DOCS``.

The generator's own build (``python -m generator build --seeds SEEDS --docs DOCS``: its workers,
analysis, pages, feeds, site-wide pages, cache) with one thing changed: each dump is read by
:func:`read`, which knows nothing but the layout :mod:`benchmarks.dumps` writes (a title on line
10, the article down to the "N thoughts on" heading, then per comment a right-aligned number or a
bullet, "Avatar Name Name says:", a date line, the text and "Reply"). It finds the same comments,
authors, nesting, dates and words as the threaded reader does on that corpus
(``tests/test_reader_floor.py``; all but a last line the reader takes for a signature, where one
author's two comments happen to end alike), and every other line is listed as left out, as the
reader lists its page chrome. What the real build costs over this one is the price of reading dumps
nobody laid out for the reader; what this one leaves of the 10 MB/s budget (1.46 s for 14.6 MB) is
what a reader may add.
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections.abc import Callable
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple

from generator.build import workers
from generator.build.manifest import CACHE_FILE
from generator.model import Comment, Discussion, Paragraph, SourceLine
from generator.read.dates import read_dates
from generator.read.text import parse_date

_HEADER = re.compile(r"(?P<indent> *)(?:(?P<number>\d{1,4})\.|\S) Avatar (?P<name>.+) says:")
"""A comment's first line: its number (top level) or its bullet (a reply), then the avatar's
alt text and the name."""
_TITLE_LINE = 10
"""The title's line in every page :mod:`benchmarks.dumps` writes."""
_BYLINE_LINE = 12
"""Its byline's line: "By Ann March 3, 2020"."""
_LINE = attrgetter("line")


class _Found(NamedTuple):
    """A comment as read, before the tree is made."""

    depth: int
    number: int
    """Its list number (top-level comments), or 0."""
    author: str
    date: str
    """Its date as shown."""
    paragraphs: list[Paragraph]
    line: int
    """Its header's line number."""


def read(text: str, source: str) -> Discussion:
    """The discussion of one dump of :mod:`benchmarks.dumps` (and only of such a dump), with the
    notes the threaded reader gives the same lines (its byline, each comment's avatar text,
    "says:" and "Reply"), so that what comes after the reading has as much to do."""
    lines = text.split("\n")
    notes: list[SourceLine] = []
    kept: set[int] = {_TITLE_LINE - 1, _BYLINE_LINE - 1}
    # "By Ann March 3, 2020": the writer is one word.
    _, author, date = lines[_BYLINE_LINE - 1].strip().split(" ", 2)
    notes.append(SourceLine(_BYLINE_LINE, lines[_BYLINE_LINE - 1].strip(), "article meta"))
    index = _BYLINE_LINE
    article: list[Paragraph] = []
    while "thoughts on “" not in lines[index]:
        index = _paragraph(lines, index, article, kept, stop=lambda line: "thoughts on “" in line)
    found: list[_Found] = []
    indents: list[int] = []  # the open replies' bullet columns, outermost first
    while index < len(lines):
        header = _HEADER.fullmatch(lines[index])
        if header is None:
            index += 1
            continue
        number = int(header["number"] or 0)
        if number:
            indents.clear()
        else:
            while indents and indents[-1] >= len(header["indent"]):
                indents.pop()
            indents.append(len(header["indent"]))
        words = header["name"].split()
        name = " ".join(words[: len(words) // 2])  # the avatar's alt text is the name again
        notes += [
            SourceLine(index + 1, "Avatar", "avatar text"),
            SourceLine(index + 1, name, "avatar text"),
            SourceLine(index + 1, "says:", "comment header"),
        ]
        kept.update((index, index + 1))
        paragraphs: list[Paragraph] = []
        at = index + 2
        while lines[at].strip() != "Reply":
            at = _paragraph(lines, at, paragraphs, kept, stop=lambda line: line.strip() == "Reply")
        notes.append(SourceLine(at + 1, "Reply", "comment action"))
        kept.add(at)
        found.append(_Found(len(indents), number, name, lines[index + 1].strip(), paragraphs, index + 1))
        index = at
    posted = read_dates([item.date for item in found])
    comments = _tree(found, [item.iso if item else None for item in posted])
    notes += [
        SourceLine(number + 1, line.strip())
        for number, line in enumerate(lines)
        if line.strip() and number not in kept
    ]
    notes.sort(key=_LINE)
    title = lines[_TITLE_LINE - 1].strip()
    return Discussion(
        source,
        "",
        title,
        parse_date(date),
        date,
        author,
        None,
        tuple(article),
        comments,
        tuple(notes),
        "floor",
        _TITLE_LINE,
        _BYLINE_LINE,
    )


def _paragraph(
    lines: list[str], index: int, out: list[Paragraph], kept: set[int], *, stop: Callable[[str], bool]
) -> int:
    """The paragraph starting at ``index`` (blank lines before it skipped) added to ``out``; the
    index after it. A paragraph ends at a blank line or where ``stop`` says a line is no text."""
    while not lines[index].strip():
        index += 1
    if stop(lines[index]):
        return index
    first, words = index, []
    while lines[index].strip() and not stop(lines[index]):
        words.append(lines[index].strip())
        kept.add(index)
        index += 1
    out.append(Paragraph(" ".join(words), first + 1))
    return index


def _tree(found: list[_Found], posted: list[str | None]) -> tuple[Comment, ...]:
    """The comments of ``found`` (in page order, each with its depth) as the model's tree."""
    parents: list[int] = []
    open_: list[int] = []
    for position, item in enumerate(found):
        del open_[item.depth :]
        parents.append(open_[-1] if open_ else -1)
        open_.append(position)
    ids: list[str] = []
    counts: dict[int, int] = {}
    for parent in parents:
        counts[parent] = counts.get(parent, 0) + 1
        ids.append(f"c{counts[parent]}" if parent < 0 else f"{ids[parent]}-{counts[parent]}")
    children: list[list[Comment]] = [[] for _ in found]
    tops: list[Comment] = []
    for position in range(len(found) - 1, -1, -1):
        item = found[position]
        comment = Comment(
            ids[position],
            item.number,
            item.author,
            item.depth,
            tuple(item.paragraphs),
            item.line,
            tuple(reversed(children[position])),
            posted[position],
            item.date,
        )
        (children[parents[position]] if parents[position] >= 0 else tops).append(comment)
    return tuple(reversed(tops))


def _load_seed(path: Path, root: Path | None = None) -> tuple[Discussion, str]:
    seed, digest = workers.read_seed(path, root)
    return read(seed.text, str(path)), digest


def run(seeds: Path, docs: Path) -> None:
    """The generator's build of ``seeds`` into ``docs``, each dump read by :func:`read`.

    ``docs`` must not be there yet (a build over an earlier one skips what it knows), and the
    build's cache goes to a temporary folder: a later build of the real reader never takes the
    floor's pages for its own."""
    from generator.build.site import build

    if docs.exists():
        raise SystemExit(f"{docs}: expected a folder that is not there yet, found one")
    # The workers are forked from this process: they read with the floor's reader too.
    original, workers.load_seed = workers.load_seed, _load_seed
    try:
        with tempfile.TemporaryDirectory() as folder:
            build(seeds, docs, cache_file=Path(folder) / CACHE_FILE)
    finally:
        workers.load_seed = original


if __name__ == "__main__":
    run(Path(sys.argv[1]), Path(sys.argv[2]))
