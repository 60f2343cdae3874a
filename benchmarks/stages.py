"""Where the generator's time goes, stage by stage, on one core: ``python -m benchmarks.stages DIR``.

Runs each stage of :func:`generator.build.workers.process` (read, parse, analyse, summarize, render,
rows for the site-wide pages, encode) over the seeds of ``DIR`` in this one process and prints
the seconds and the share of each, best of ``--repeat`` runs (the machine is shared, the minimum
is the steadiest figure). ``--profile N`` prints the N functions with the most time of their own
instead.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.analysis.notes import analyse
from generator.analysis.summary import summarize
from generator.build.siterows import rows_json, summary_rows
from generator.pages.discussion import render_discussion
from generator.read import seeds
from generator.read.suffixes import is_seed

STAGES = ("read", "parse", "analyse", "summarize", "render", "rows", "encode")


def run_once(paths: list[Path]) -> dict[str, float]:
    """Seconds spent in each stage over all ``paths``."""
    spent = dict.fromkeys(STAGES, 0.0)

    def step(stage: str, work: Callable[..., Any], *args: Any) -> Any:
        start = time.perf_counter()
        value = work(*args)
        spent[stage] += time.perf_counter() - start
        return value

    for path in paths:
        seed = step("read", seeds.read, path)
        discussion = step("parse", seeds.parse, seed.text, str(path))
        analysis = step("analyse", analyse, discussion)
        summary = step("summarize", summarize, discussion, analysis)
        page = step("render", render_discussion, discussion, summary.events, analysis)
        rows = step("rows", summary_rows, summary)
        step("rows", rows_json, rows)
        step("encode", str.encode, page, "utf-8")
    return spent


def main(argv: list[str] | None = None) -> int:
    """Print the stage table (or a profile) for a folder of seeds."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.stages", description=__doc__)
    parser.add_argument("seeds", type=Path)
    parser.add_argument("--limit", type=int, default=100, help="first N seeds (default 100)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)
    paths = sorted(path for path in args.seeds.iterdir() if is_seed(path.name))[: args.limit]
    megabytes = sum(p.stat().st_size for p in paths) / 1e6
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(run_once, paths)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)
        return 0
    runs = [run_once(paths) for _ in range(args.repeat)]
    best = {stage: min(run[stage] for run in runs) for stage in STAGES}
    total = sum(best.values())
    for stage in STAGES:
        print(f"{stage:10} {best[stage]:7.3f} s  {100 * best[stage] / total:5.1f}%")
    print(f"{'total':10} {total:7.3f} s  {megabytes / total:5.1f} MB/s on one core ({len(paths)} seeds)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
