"""The least a Python build of this design can cost: ``python -m benchmarks.floor SEEDS OUT``.

Issue 6 asked for the generator within 3x of a bare line scan (:mod:`benchmarks.scan`), a target
since retired. This measures a lower bound for any pipeline shaped as the project's design card
requires (text → a typed model of frozen dataclasses → escaped raw-HTML pages, on the machine's
cores): each seed is read and split into comments at their numbers and bullets; each paragraph and
comment becomes one of the model's frozen dataclasses (:mod:`generator.model`); every paragraph is
HTML-escaped and the page is written. It does strictly less than the generator: no dialects, title,
article or page chrome, no recognisers (dates, names, links, quotes, duplicates), no summary, no
site-wide pages, no cache; it escapes with :func:`html.escape` alone, where the generator's
:func:`generator.pages.html.text` also closes bidi controls. Its time over the scan's is what the
design's shape alone costs (more than the whole 3x issue 6 asked for).
"""

from __future__ import annotations

import html
import multiprocessing
import os
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from generator.build.workers import PARALLEL_MIN
from generator.model import Comment, Paragraph

_START = re.compile(r"(\d+\.|[•*-]) ")
"""A comment's first line: its number or its reply bullet (the synthetic dialect's)."""


def model(text: str) -> list[Comment]:
    """The seed's comments (everything before the first is treated as one more comment)."""
    comments: list[Comment] = []
    paragraphs: list[Paragraph] = []
    lines: list[str] = []
    start = indent = first = 0

    def close_paragraph() -> None:
        if lines:
            paragraphs.append(Paragraph("\n".join(lines), first))
            lines.clear()

    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            close_paragraph()
            continue
        if _START.match(line):
            close_paragraph()
            # The model's own classes; the indentation stands in for the reply level, and replies
            # are not nested (the generator's work, not the floor's).
            comments.append(Comment(f"c{start}", len(comments), None, indent, tuple(paragraphs), start))
            paragraphs.clear()
            start, indent = number, len(raw) - len(raw.lstrip())
        if not lines:
            first = number
        lines.append(line)
    close_paragraph()
    comments.append(Comment(f"c{start}", len(comments), None, indent, tuple(paragraphs), start))
    return comments


def page(comments: list[Comment]) -> str:
    """The comments as raw HTML blocks, every text escaped."""
    parts: list[str] = []
    for comment in comments:
        parts.append(f'<article class="comment" id="{comment.id}" data-depth="{comment.depth}" markdown="0">')
        parts.extend(f"<p>{html.escape(paragraph.text)}</p>" for paragraph in comment.paragraphs)
        parts.append("</article>\n")
    return "\n".join(parts)


def one(job: tuple[str, str]) -> int:
    """Read, model, render and write one seed; returns its number of comments."""
    source, target = job
    comments = model(Path(source).read_text(encoding="utf-8"))
    Path(target).write_text(page(comments), encoding="utf-8", newline="\n")
    return len(comments)


def run(seeds: Path, out: Path) -> int:
    """Every seed of ``seeds`` through :func:`one`, into ``out``, on as many processes as the
    generator uses for as many seeds; returns the number of comments."""
    out.mkdir(parents=True, exist_ok=True)
    jobs = [(str(path), str(out / f"{path.stem}.md")) for path in sorted(seeds.glob("*.txt"))]
    workers = min(os.cpu_count() or 1, len(jobs) // PARALLEL_MIN)
    if workers < 2:
        return sum(map(one, jobs))
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        return sum(pool.map(one, jobs, chunksize=4))


if __name__ == "__main__":
    print(run(Path(sys.argv[1]), Path(sys.argv[2])))
