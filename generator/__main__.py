"""Command line: ``python -m generator parse FILE | build | check | add | site``."""

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


def _parser() -> argparse.ArgumentParser:
    """The commands and their options."""
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
    check_cmd = commands.choices["check"]
    check_cmd.add_argument("files", nargs="*", type=Path, help="check these seeds only (not --seeds)")
    check_cmd.add_argument(
        "--show-dropped", action="store_true", help="list every line left out of the content, and why"
    )
    add_cmd = commands.add_parser("add", help="copy a saved page (or download one) into the seeds folder")
    add_cmd.add_argument("source", help="a saved page or text dump, or an http(s) address")
    add_cmd.add_argument("--name", help="the seed's file name (default: from the source)")
    add_cmd.add_argument("--seeds", type=Path, default=Path("seeds"), help="the seeds folder")
    site_cmd = commands.add_parser(
        "site", help="build the site with MkDocs into a fresh folder, then swap it in at once (make site)"
    )
    site_cmd.add_argument("-f", "--config-file", type=Path, default=Path("mkdocs.yml"), help="MkDocs config")
    site_cmd.add_argument("--site-dir", type=Path, default=Path("site"), help="the site folder")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 rejected input, 2 usage)."""
    args = _parser().parse_args(argv)
    if args.command == "add":
        return _add(args.source, args.seeds, args.name)
    if args.command == "site":
        from generator.publish.swap import build_site

        try:
            return build_site(args.config_file, args.site_dir, _say)
        except OSError as error:
            where = error.filename or args.site_dir
            print(f"{where}: cannot write: {error.strerror or error}", file=sys.stderr)
            return 1
    if args.command == "check" and (args.files or args.show_dropped):
        from generator.build.site import seed_paths  # *.txt, *.html … (generator.read.suffixes)

        return _check_files(args.files or seed_paths(args.seeds), show_dropped=args.show_dropped)
    if args.command == "build":
        known = manifest.unchanged(args.seeds, args.docs, args.split_bytes)
        if known is not None:
            return _print_report(known, strict=args.strict)

    import dataclasses

    from generator.build import jsonstream
    from generator.build.report import BuildError
    from generator.build.site import build
    from generator.build.workers import load_seed
    from generator.errors import SeedError
    from generator.pages.jsonout import discussion_dict
    from generator.read.slugs import base_slug

    try:
        if args.command == "parse":
            discussion, _ = load_seed(args.file)
            # One seed: no collision to settle, its slug is its own.
            discussion = dataclasses.replace(discussion, slug=base_slug(discussion.slug, discussion.title))
            jsonstream.dump(discussion_dict(discussion), sys.stdout)
            sys.stdout.write("\n")
            return 0
        split = args.split_bytes if args.command == "build" else SPLIT_BYTES
        report = build(args.seeds, args.docs, write=args.command == "build", split=split, waiting=_say)
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
    if report.cache_problem is not None:
        print(report.cache_problem, file=sys.stderr)
    return _print_report(report.outcome(), strict=args.strict, written=written, removed=removed)


def _say(message: str) -> None:
    """Print a one-line message about the build (not its report) on standard error."""
    print(message, file=sys.stderr, flush=True)


def _check_files(files: list[Path], *, show_dropped: bool) -> int:
    """``check FILE…``: each seed's dialect and comment count, its warnings (summarised) and, with
    ``--show-dropped``, every line left out of its content with its line number and the reason."""
    from generator.errors import SeedError, shown_path
    from generator.model import walk
    from generator.read import seeds

    status = 0
    for path in files:
        try:
            seed = seeds.read(path)  # a saved page goes to the HTML reader, a dump to the dialects
            discussion = seeds.parse(seed.text, str(path))
        except SeedError as error:
            print(error, file=sys.stderr)
            status = 1
            continue
        count = len(walk(discussion.comments))
        shown = shown_path(str(path))
        print(f"{shown}: {discussion.dialect} dialect, {count} comments, title {discussion.title!r}")
        warnings = [(w.source, w.line, w.message) for w in (*seed.warnings, *discussion.warnings)]
        _write_lines(sys.stderr, (f"{line}\n" for line in summarise(warnings, "warning")))
        if show_dropped:
            _write_lines(
                sys.stdout,
                (
                    f"{shown_path(str(path))}:{item.line}: dropped ({item.reason}): {_shown(item.text)}\n"
                    for item in discussion.chrome
                ),
            )
    return status


def _shown(text: str) -> str:
    """Seed text for a terminal: control and format characters (escape sequences, bidi
    overrides) as ``\\x1b``-style escapes, so a seed cannot drive the terminal it is checked in."""
    if text.isprintable():
        return text
    return "".join(
        char if char.isprintable() else char.encode("unicode_escape").decode("ascii") for char in text
    )


SUMMARY_FIRST = 3
"""Warnings of one kind shown for a file before the rest are counted ("and 12 more like this")."""


def summarise(items: Iterable[tuple[str, int, str]], label: str) -> list[str]:
    """``path:line: label: message`` lines, at most :data:`SUMMARY_FIRST` of a kind per file.

    A kind is the message with its numbers and quoted parts left out, so "comment c4 has no
    text" and "comment c9 has no text" are alike; the rest of a kind becomes one line.
    """
    from generator.errors import shown_path

    out: list[str] = []
    seen: dict[tuple[str, str], int] = {}
    last: dict[tuple[str, str], int] = {}
    for source, line, message in items:
        key = (source, _kind(message))
        seen[key] = seen.get(key, 0) + 1
        if seen[key] <= SUMMARY_FIRST:
            out.append(f"{shown_path(source)}:{line}: {label}: {message}")
            last[key] = len(out)
    # The "and N more" line goes right after the last one shown of its kind (in reverse, so the
    # positions of the earlier insertions stay right).
    for key, position in sorted(last.items(), key=lambda item: -item[1]):
        more = seen[key] - SUMMARY_FIRST
        if more > 0:
            out.insert(position, f"{shown_path(key[0])}: and {more} more like this")
    return out


def _kind(message: str) -> str:
    """A warning without its particulars: numbers, quoted text and comment anchors removed."""
    import re

    return re.sub(r"'[^']*'|\"[^\"]*\"|\bc\d[\w-]*|\d+", "#", message)


def _add(source: str, seeds: Path, name: str | None) -> int:
    """``add``: the new seed's path on standard output, or one line saying why not."""
    from generator.errors import SeedError
    from generator.read.fetch import add

    try:
        target = add(source, seeds, name)
    except SeedError as error:
        print(error, file=sys.stderr)
        return 1
    except OSError as error:
        print(f"{error.filename or seeds}: cannot write: {error.strerror or error}", file=sys.stderr)
        return 1
    print(target)
    return 0


def _bytes(value: str) -> int:
    """A number of bytes for ``--split-bytes`` (as the hook's ``split_bytes``: never negative)."""
    number = int(value) if value.strip().isdecimal() else -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"not a number of bytes: {value!r}")
    return number


def _print_report(outcome: manifest.Outcome, *, strict: bool, written: int = 0, removed: int = 0) -> int:
    """Print what a build did (the same whether it ran or found nothing changed); the exit status."""
    from generator.errors import shown_path

    notes = (f"{shown_path(source)}:{line}: note: {message}\n" for source, line, message in outcome.notes)
    # Warnings of one kind in one file are summarised: the first few, then how many more.
    warnings = (f"{line}\n" for line in summarise(outcome.warnings, "warning"))
    _write_lines(sys.stderr, itertools.chain(notes, warnings))
    lines = (
        f"{shown_path(source)}: discussions/{slug}.md: {comments} comments in {threads} threads\n"
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
