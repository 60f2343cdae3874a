"""Command line: ``python -m generator parse FILE | build | check``."""

from __future__ import annotations

import argparse
import itertools
import os
import sys
from pathlib import Path

# Only the manifest is imported up front: a build that finds nothing changed (the usual re-run)
# prints the last report without loading the rest of the generator.
from generator.build import manifest
from generator.pages.split import SPLIT_BYTES

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import TextIO


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 rejected input, 2 usage)."""
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    parse_cmd = commands.add_parser("parse", help="print the parsed model of one seed as JSON")
    parse_cmd.add_argument("file", type=Path)
    for name, text in (("build", "write the Markdown pages"), ("check", "validate the seeds, write nothing")):
        command = commands.add_parser(name, help=text)
        command.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of *.txt seeds")
        command.add_argument("--docs", type=Path, default=Path("docs"), help="MkDocs docs folder")
        command.add_argument("--strict", action="store_true", help="treat warnings as errors")
    commands.choices["build"].add_argument(
        "--split-bytes",
        type=_bytes,
        default=SPLIT_BYTES,
        metavar="N",
        help=f"split a site-wide page whose rows pass N characters (default {SPLIT_BYTES})",
    )
    args = parser.parse_args(argv)
    if args.command == "build":
        known = manifest.unchanged(args.seeds, args.docs, args.split_bytes)
        if known is not None:
            return _print_report(known, strict=args.strict)

    from generator.build import jsonstream
    from generator.build.site import BuildError, build, load
    from generator.errors import SeedError
    from generator.pages.jsonout import discussion_dict

    try:
        if args.command == "parse":
            (discussion,) = load([args.file])  # load() settles the slug
            jsonstream.dump(discussion_dict(discussion), sys.stdout)
            sys.stdout.write("\n")
            return 0
        split = args.split_bytes if args.command == "build" else SPLIT_BYTES
        report = build(args.seeds, args.docs, write=args.command == "build", split=split)
    except (SeedError, BuildError) as error:
        print(error, file=sys.stderr)
        return 1
    except BrokenPipeError:
        raise  # `… | head` closed the pipe: handled below, where the process ends
    except OSError as error:
        # Writing the pages failed (a read-only or full disk): one line, not a traceback.
        where = error.filename or getattr(args, "docs", "")
        print(f"{where}: cannot write: {error.strerror or error}", file=sys.stderr)
        return 1
    written, removed = len(report.written), len(report.removed)
    return _print_report(report.outcome(), strict=args.strict, written=written, removed=removed)


def _bytes(value: str) -> int:
    """A number of bytes for ``--split-bytes`` (as the hook's ``split_bytes``: never negative)."""
    number = int(value) if value.strip().isdecimal() else -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"not a number of bytes: {value!r}")
    return number


def _print_report(outcome: manifest.Outcome, *, strict: bool, written: int = 0, removed: int = 0) -> int:
    """Print what a build did (the same whether it ran or found nothing changed); the exit status."""
    notes = (f"{source}:{line}: note: {message}\n" for source, line, message in outcome.notes)
    warnings = (f"{source}:{line}: warning: {message}\n" for source, line, message in outcome.warnings)
    _write_lines(sys.stderr, itertools.chain(notes, warnings))
    lines = (
        f"{source}: discussions/{slug}.md: {comments} comments in {threads} threads\n"
        for source, slug, comments, threads in outcome.discussions
    )
    tail = [f"{written} pages written, {removed} removed\n"] if written or removed else []
    _write_lines(sys.stdout, itertools.chain(lines, tail))
    if strict and outcome.warnings:
        sys.stderr.write(f"{len(outcome.warnings)} warnings (--strict)\n")
        return 1
    return 0


def _write_lines(stream: TextIO, lines: Iterable[str], batch: int = 1000) -> None:
    """Write ``lines`` a batch at a time: standard error is line-buffered, and an archive has
    thousands of notes (a write each would be slow), but a report may be too large to hold whole
    (it is read off a file, see :class:`generator.build.site.Report`)."""
    iterator = iter(lines)
    while chunk := "".join(itertools.islice(iterator, batch)):
        stream.write(chunk)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:
        # `… | head` closed the pipe: not an error worth a traceback (see Python's signal docs).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
