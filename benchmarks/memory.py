"""``make bench-memory``: the generator's peak memory as the archive grows (issue 6: flat, <200 MB).

For each size (discussions) it builds the synthetic corpus of :mod:`benchmarks.corpus` from
scratch - fresh docs folder, no cache, the command ``make bench`` times - and records the peak
resident set of the generator's own process apart from that of its largest forked worker, then
fits a line through the parent's peaks: MB per 1,000 discussions is the figure that says
whether memory is flat. Results go to ``benchmarks/results/memory.json``.

``make bench`` reports one ``ru_maxrss`` for the generator and its workers together (the
largest of them), which cannot tell a parent that keeps every discussion from a worker that
handles one big seed. Here the generator runs under a few lines of Python (:data:`WRAPPER`)
that run it exactly as ``python -m generator`` does, then read ``getrusage`` in its own
process: ``RUSAGE_SELF`` is the parent alone, ``RUSAGE_CHILDREN`` the largest child it reaped.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from benchmarks import corpus
from benchmarks.measure import timed
from benchmarks.project import REPO

WORK = REPO / "benchmarks" / "work" / "memory"
RESULTS = REPO / "benchmarks" / "results" / "memory.json"
DEFAULT_SIZES = (100, 500, 1000, 2000)
SEED = 1976
"""The corpus writer's RNG seed (``write_corpus``'s default, as ``make bench`` uses)."""

# Run as ``python -c WRAPPER OUT build --seeds … --docs …``. runpy runs generator/__main__.py as
# ``python -m generator`` would (same code, same sys.argv); SystemExit carries its exit status.
# The wrapper starts no thread: the generator forks workers only when it is single-threaded.
# Workers are reaped by the generator's process pool before it returns; reaping exited ones
# here too keeps a straggler's peak from being left out of RUSAGE_CHILDREN. The parent's
# resident set at each fork is noted because a forked worker starts with it mapped: a worker
# peak close to it is mostly pages shared with the parent, not the worker's own.
WRAPPER = """\
import json, os, resource, runpy, sys
out = sys.argv[1]
del sys.argv[1]
at_fork = []
def note_fork():
    try:
        with open("/proc/self/status", encoding="utf-8", errors="replace") as status_file:
            at_fork.extend(int(line.split()[1]) for line in status_file if line.startswith("VmRSS:"))
    except OSError:
        pass
os.register_at_fork(before=note_fork)
status = 0
try:
    runpy.run_module("generator", run_name="__main__", alter_sys=True)
except SystemExit as stop:
    status = stop.code
while True:
    try:
        if os.waitpid(-1, os.WNOHANG)[0] == 0:
            break
    except ChildProcessError:
        break
self = resource.getrusage(resource.RUSAGE_SELF)
children = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(out, "w", encoding="utf-8") as file:
    json.dump({"self_maxrss_kb": self.ru_maxrss, "children_maxrss_kb": children.ru_maxrss,
               "rss_at_fork_kb": at_fork}, file)
sys.exit(status)
"""


@dataclass(frozen=True)
class Point:
    """One full build of one corpus size."""

    discussions: int
    """Number of seeds in the corpus."""

    comments: int
    """Comments in the corpus, replies included."""

    seeds_mb: float
    """Size of the seeds, in MB (10^6 bytes)."""

    seconds: float
    """Wall time of the build, interpreter start-up included."""

    parent_peak_mb: float
    """Peak resident set of the generator's own process (``RUSAGE_SELF``), in MiB as ``make
    bench`` counts them."""

    worker_peak_mb: float | None
    """Peak resident set of its largest forked child (``RUSAGE_CHILDREN``), or ``None`` when the
    build forked none (a small archive runs in one process). A forked child starts with the
    parent's pages mapped (copy-on-write), so this includes what it shares with the parent."""

    combined_peak_mb: float
    """The larger of the two, as seen from outside: the figure ``make bench`` reports."""

    forks: int
    """Processes the generator forked (its workers)."""

    parent_at_fork_mb: float | None
    """The parent's largest resident set at a fork (``None`` without forks): what a worker
    starts with, shared with the parent until either writes to it."""


def slope_per_1000(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Least-squares slope of ``ys`` against ``xs``, times 1,000 (MB per 1,000 discussions).

    0 for a single size (nothing to grow against); needs at least two distinct ``xs`` otherwise.
    """
    if len(xs) != len(ys):
        raise ValueError("as many x as y values expected")
    if len(xs) < 2:
        return 0.0
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    if spread == 0:
        raise ValueError("at least two distinct sizes expected")
    return 1000 * sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread


def table(points: Sequence[Point]) -> str:
    """The points as an aligned text table, then the parent's growth per 1,000 discussions."""
    heads = ("discussions", "seeds MB", "seconds", "parent peak MB", "largest worker MB", "parent at fork MB")
    rows = [
        (
            f"{p.discussions:,}",
            f"{p.seeds_mb:.1f}",
            f"{p.seconds:.2f}",
            f"{p.parent_peak_mb:.0f}",
            "no worker" if p.worker_peak_mb is None else f"{p.worker_peak_mb:.0f}",
            "-" if p.parent_at_fork_mb is None else f"{p.parent_at_fork_mb:.0f}",
        )
        for p in points
    ]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(heads)]
    lines = ["  ".join(h.rjust(w) for h, w in zip(heads, widths, strict=True))]
    lines += ["  ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)) for row in rows]
    xs = [p.discussions for p in points]
    growth = slope_per_1000(xs, [p.parent_peak_mb for p in points])
    lines.append(f"parent peak grows {growth:+.1f} MB per 1,000 discussions (least squares)")
    workers = [p for p in points if p.worker_peak_mb is not None]
    if len({p.discussions for p in workers}) >= 2:
        worker_growth = slope_per_1000(
            [p.discussions for p in workers], [p.worker_peak_mb or 0.0 for p in workers]
        )
        lines.append(f"largest worker grows {worker_growth:+.1f} MB per 1,000 discussions")
    return "\n".join(lines)


def _writer_digest() -> str:
    """A digest of the corpus writer's source: a changed writer means the corpus is rewritten."""
    return hashlib.sha256(Path(corpus.__file__).read_bytes()).hexdigest()


def ensure_corpus(folder: Path, discussions: int) -> dict[str, Any]:
    """The corpus of ``discussions`` seeds under ``folder``/seeds, written unless already there.

    Reused when ``folder``/corpus.json records the same size, RNG seed and writer source and
    every seed is present; returns that record (with the corpus's comments and bytes).
    """
    seeds, stamp = folder / "seeds", folder / "corpus.json"
    wanted = {"discussions": discussions, "seed": SEED, "writer": _writer_digest()}
    if stamp.exists():
        record: dict[str, Any] = json.loads(stamp.read_text(encoding="utf-8"))
        if {k: record.get(k) for k in wanted} == wanted and len(list(seeds.glob("*.txt"))) == discussions:
            return record
    shutil.rmtree(seeds, ignore_errors=True)
    stamp.unlink(missing_ok=True)
    facts = corpus.write_corpus(seeds, discussions, SEED)
    record = {**wanted, "comments": sum(f.comments for f in facts), "bytes": sum(f.size for f in facts)}
    # Written last: a run cut short while writing seeds leaves no record, so it is redone.
    stamp.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return record


def measure(folder: Path, discussions: int) -> Point:
    """Write (or reuse) the corpus under ``folder`` and time one full build of it."""
    record = ensure_corpus(folder, discussions)
    run = folder / "run"  # fresh docs folder; the cache would live here too, so none is found
    shutil.rmtree(run, ignore_errors=True)
    run.mkdir(parents=True)
    usage_file = run / "rusage.json"
    command = [sys.executable, "-c", WRAPPER, str(usage_file), "build"]
    command += ["--seeds", str(folder / "seeds"), "--docs", str(run / "docs")]
    result = timed(command, run)
    usage = json.loads(usage_file.read_text(encoding="utf-8"))
    children_kb, at_fork = usage["children_maxrss_kb"], usage["rss_at_fork_kb"]
    return Point(
        discussions=discussions,
        comments=record["comments"],
        seeds_mb=record["bytes"] / 1e6,
        seconds=result.seconds,
        parent_peak_mb=usage["self_maxrss_kb"] / 1024,
        worker_peak_mb=children_kb / 1024 if children_kb else None,
        combined_peak_mb=result.peak_rss_mb,
        forks=len(at_fork),
        parent_at_fork_mb=max(at_fork) / 1024 if at_fork else None,
    )


def summary(points: Sequence[Point]) -> dict[str, Any]:
    """What goes to the JSON file: every point and the growth figures."""
    xs = [p.discussions for p in points]
    workers = [p for p in points if p.worker_peak_mb is not None]
    worker_xs = {p.discussions for p in workers}
    return {
        "points": [asdict(p) for p in points],
        "parent_mb_per_1000_discussions": slope_per_1000(xs, [p.parent_peak_mb for p in points]),
        "worker_mb_per_1000_discussions": (
            slope_per_1000([p.discussions for p in workers], [p.worker_peak_mb or 0.0 for p in workers])
            if len(worker_xs) >= 2
            else None
        ),
        "cpus": os.cpu_count(),
        "python": sys.version.split()[0],
    }


def main(argv: list[str] | None = None) -> int:
    """Measure every size given (default 100, 500, 1,000 and 2,000 discussions)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.memory", description=__doc__)
    parser.add_argument("sizes", nargs="*", type=int, default=list(DEFAULT_SIZES), help="discussions")
    parser.add_argument("--work", type=Path, default=WORK, help="corpora and builds go under WORK/<n>/")
    parser.add_argument("--out", type=Path, default=RESULTS, help="JSON results file")
    args = parser.parse_args(argv)
    if any(n < 1 for n in args.sizes):
        parser.error("sizes are numbers of discussions, at least 1")
    points = []
    for n in sorted(set(args.sizes)):
        point = measure(args.work / str(n), n)
        points.append(point)
        worker = "no worker" if point.worker_peak_mb is None else f"{point.worker_peak_mb:.0f} MB"
        print(
            f"{n} discussions: {point.seconds:.2f} s, parent {point.parent_peak_mb:.0f} MB, "
            f"largest worker {worker}",
            flush=True,
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(summary(points), indent=2) + "\n", encoding="utf-8")
    print()
    print(table(points))
    print(f"(written to {args.out})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
