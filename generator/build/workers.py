"""Phase one of the build, one seed at a time: read, parse, render its page and its rows for the
site-wide pages (:mod:`generator.build.siterows`), keep only the few figures the report needs.

A discussion is held in memory only while its own page is rendered; the rendered page waits in a
staging folder until every seed has been accepted (a rejected seed must leave ``docs/``
untouched). Seeds are independent, so with many of them the work is spread over the machine's
cores, results coming back in seed order. A cache (see :mod:`generator.build.cache`) lets an unchanged
seed skip all of it.
"""

from __future__ import annotations

import collections
import dataclasses
import gc
import itertools
import os
import tempfile
import threading
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence, Sized
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar, cast

from generator.analysis.notes import analyse
from generator.analysis.summary import summarize
from generator.build.cacheline import file_digest
from generator.build.report import NO_NOTES, Notes, encoded_notes
from generator.build.siterows import rows_json, summary_rows
from generator.errors import SeedError
from generator.model import Diagnostic, Discussion
from generator.pages.discussion import render_discussion
from generator.pages.feed import comment_feed_lines
from generator.pages.paths import feed_path, page_path
from generator.read import seedfile, seeds
from generator.read.slugs import base_slug

T = TypeVar("T")

PARALLEL_MIN = 16
"""Seeds to parse below which worker processes cost more than they save."""


@dataclass(frozen=True)
class Task:
    """One seed to process."""

    path: str
    """The seed file."""

    docs_dir: str
    """The docs folder, to compare the rendered page with the one already there."""

    staging: str | None
    """Folder for a page that differs from the one in place; ``None`` renders nothing (check only)."""

    target_slug: str | None = None
    """The slug the page will be written under, when known; else its slug before collisions."""

    root: str | None = None
    """The seeds folder: a seed that is a symlink leading outside it is refused."""


@dataclass(frozen=True)
class SeedResult:
    """What the build keeps of one seed once its page is rendered."""

    base: str
    """The discussion's slug before collisions are settled."""

    comments: int
    """Number of comments, replies included (for the build's report)."""

    threads: int
    """Number of top-level comments (for the build's report)."""

    events: int
    """Number of dated events (for the build's report)."""

    title_line: int
    """Line of the title (for the slug-collision warning)."""

    warnings: tuple[Diagnostic, ...]
    """Oddities found while parsing."""

    notes: Notes
    """Lines kept out of the content (page chrome), each with its note; the report names the
    seed once for them all."""

    staged: str | None = None
    """The rendered page in the staging folder, when it differs from the page in place."""

    feed: bool = False
    """Whether the discussion has a comment feed (some of its comments have a date)."""

    feed_staged: str | None = None
    """Its rendered comment feed in the staging folder, when it differs from the one in place."""

    compared_slug: str | None = None
    """The slug whose page in place was compared (and found equal unless ``staged``)."""

    digest: str = ""
    """SHA-256 of the seed's bytes."""

    rows: str | None = None
    """What the discussion adds to the site-wide pages, under ``compared_slug``, as the cache
    keeps it (:func:`generator.build.siterows.rows_json`); rendered here so that the work is spread over
    the workers. None when not building."""

    error: SeedError | None = None
    """Why the seed was rejected (then nothing else is meaningful)."""


def read_seed(path: Path, root: Path | None = None) -> tuple[seedfile.SeedText, str]:
    """A seed read as :func:`generator.read.seedfile.read` reads it, and the digest of its text."""
    seed = seeds.read(path, root)
    # The file's own bytes when they are the text's UTF-8: the same digest, one encoding fewer.
    return seed, file_digest(seed.utf8) if seed.utf8 is not None else text_digest(seed.text)


def load_seed(path: Path, root: Path | None = None) -> tuple[Discussion, str]:
    """A seed read and parsed (the file's own warnings first), and the digest of its text; raises
    :class:`SeedError` for a seed that cannot be read. The slug is the seed's before collisions."""
    seed, digest = read_seed(path, root)
    discussion = seeds.parse(seed.text, str(path))
    if seed.warnings:
        discussion = dataclasses.replace(discussion, warnings=(*seed.warnings, *discussion.warnings))
    return discussion, digest


def text_digest(text: str) -> str:
    """SHA-256 of a seed's decoded text (what the pages are made from)."""
    return file_digest(text.encode("utf-8", "surrogatepass"))


def chrome_note(text: str) -> str:
    """The report's note on a line of page chrome kept out of the content."""
    return f"page chrome left out of the content: {text!r}"


def process(task: Task) -> SeedResult:
    """Parse one seed and render its page; never raises for a bad seed (see ``error``)."""
    try:
        discussion, digest = load_seed(Path(task.path), Path(task.root) if task.root else None)
    except SeedError as error:
        return SeedResult("", 0, 0, 0, 0, (), NO_NOTES, error=error)
    base = base_slug(discussion.slug, discussion.title)
    slug = task.target_slug or base
    # Rendering needs the comment analysis, and the summary's names are in it: made once.
    analysis = analyse(discussion) if task.staging is not None else None
    summary = dataclasses.replace(summarize(discussion, analysis), slug=base)
    notes = encoded_notes([(c.line, chrome_note(c.text)) for c in discussion.chrome])
    warnings, title_line = discussion.warnings, discussion.title_line
    staged: str | None = None
    feed: list[str] | None = None
    feed_staged: str | None = None
    rows: str | None = None
    if task.staging is not None:
        rows = rows_json(summary_rows(dataclasses.replace(summary, slug=slug)))
        page = render_discussion(dataclasses.replace(discussion, slug=slug), summary.events, analysis)
        data = page.encode("utf-8")
        feed = comment_feed_lines(dataclasses.replace(discussion, slug=slug))
        del discussion  # only its figures and rows outlive this function
        staged = _stage(data, Path(task.docs_dir) / page_path(slug), task.staging, ".md")
        if feed is not None:
            feed_data = "\n".join(feed).encode("utf-8")
            feed_staged = _stage(feed_data, Path(task.docs_dir) / feed_path(slug), task.staging, ".xml")
    else:
        del discussion
    return SeedResult(
        base=base,
        comments=summary.comments,
        threads=summary.threads,
        events=len(summary.events),
        title_line=title_line,
        warnings=warnings,
        notes=notes,
        staged=staged,
        feed=feed is not None,
        feed_staged=feed_staged,
        compared_slug=slug if task.staging is not None else None,
        rows=rows,
        digest=digest,
    )


def _stage(data: bytes, target: Path, staging: str, suffix: str) -> str | None:
    """``data`` in a new file of the staging folder, unless ``target`` holds it already (then
    None): the file to move into place once every seed is accepted."""
    try:
        if target.read_bytes() == data:
            return None
    except OSError:
        pass
    handle, staged = tempfile.mkstemp(dir=staging, suffix=suffix)
    with os.fdopen(handle, "wb") as stream:
        stream.write(data)
    return staged


def _may_fork(workers: int) -> bool:
    # Workers are forked (spawning one re-runs the parent's main script, which an MkDocs hook
    # does not own); forking a process with other threads running (mkdocs serve) is unsafe, so
    # then everything runs here, one thing after the other, as for a small archive.
    return workers >= 2 and threading.active_count() == 1 and hasattr(os, "fork")


AHEAD = 4
"""Chunks of seeds handed to each worker ahead of the one whose result is awaited: enough to keep
the workers busy, few enough that neither the tasks nor the results waiting to be taken in
grow with the archive."""

CHUNK = 4
"""Seeds a worker is handed at a time."""

LAST_ONE_BY_ONE = 4
"""Per worker, the seeds at the end handed over one at a time: a worker that finishes its last
chunk has nothing else to do while another works through its own, and the build's tail waits
for the slower (a seed is a few tens of milliseconds)."""


def process_all(tasks: Iterable[Task], count: int | None = None) -> Generator[SeedResult, None, None]:
    """:func:`process` over ``tasks`` (``count`` of them; ``len(tasks)`` if None), in order; on
    several cores when there are many. ``tasks`` is read as the workers need them."""
    if count is None:
        count = len(tasks) if isinstance(tasks, Sized) else 0
    workers = min(os.cpu_count() or 1, count // PARALLEL_MIN)
    if not _may_fork(workers):
        yield from map(process, tasks)
        return
    # Imported here: a no-op rebuild should not pay for loading them.
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_worker_start) as pool:
        # Not pool.map: it takes every task at once and holds a future for each chunk (and each
        # result until it is taken), all of which grow with the archive.
        waiting: collections.deque[Future[list[SeedResult]]] = collections.deque()
        chunks = _chunks(tasks, CHUNK, count, workers * LAST_ONE_BY_ONE)
        for chunk in itertools.islice(chunks, workers * AHEAD):
            waiting.append(pool.submit(_process_chunk, chunk))
        try:
            while waiting:
                results = waiting.popleft().result()
                for chunk in itertools.islice(chunks, 1):
                    waiting.append(pool.submit(_process_chunk, chunk))
                yield from results
        finally:
            for future in waiting:  # closed early (a rejected seed, an interrupt): drop the rest
                future.cancel()


GC_THRESHOLD = 20_000
"""Allocations between a worker's young-generation collections (Python's default is 700)."""


def _worker_start() -> None:
    # A worker makes a seed's model and page and drops them: millions of short-lived objects
    # with almost no cycles, so the collector's frequent passes find nothing. Fewer passes, and
    # none over what the worker inherited from the parent (frozen: it is never freed here, and
    # left unscanned its pages are not copied on write), measured 2-4% fewer instructions a seed
    # (callgrind); the memory a pass would free waits at most 20,000 allocations.
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, 20, 20)


def _chunks(tasks: Iterable[Task], size: int, count: int, last: int = 0) -> Iterator[list[Task]]:
    """``tasks`` (``count`` of them) in chunks of ``size``, but for the ``last`` ones, one each."""
    iterator = iter(tasks)
    while chunk := list(itertools.islice(iterator, min(size, count - last) if count > last else 1)):
        count -= len(chunk)
        yield chunk


def _process_chunk(tasks: list[Task]) -> list[SeedResult]:
    return [process(task) for task in tasks]


_JOBS: list[Callable[[], object]] = []
"""The jobs of the running :func:`run_jobs`: a forked process finds them in its copy of this
process's memory, so they need not be pickled (nor what they use: the site-wide pages' rows)."""


def _run_job(index: int) -> object:
    return _JOBS[index]()


def run_jobs(jobs: Sequence[Callable[[], T]], *, seeds: int) -> list[T]:
    """Each job's result, in order: the first job in a forked process while this one does the
    others, for an archive of ``seeds`` seeds large enough for it to pay (else one by one here)."""
    if len(jobs) < 2 or not _may_fork(min(os.cpu_count() or 1, seeds // PARALLEL_MIN)):
        return [job() for job in jobs]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    _JOBS[:] = jobs
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork")) as pool:
            first = pool.submit(_run_job, 0)
            rest = [job() for job in jobs[1:]]
            return [cast(T, first.result()), *rest]
    finally:
        _JOBS.clear()
