"""The discussion archive's command line: turns archived web discussions (the seeds: plain-text
dumps and saved web pages in a folder) into the Markdown pages of an MkDocs site."""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import time
from pathlib import Path

# Only the manifest is imported up front: a build that finds nothing changed (the usual re-run)
# prints the last report without loading the rest of the generator.
from generator.build import manifest
from generator.errors import shown_path  # imports nothing
from generator.pages.split import SPLIT_BYTES
from generator.pages.words import plural  # imports nothing
from generator.read.suffixes import SEED_SUFFIXES

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing
if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable
    from typing import Any, TextIO

PROG = "python -m generator"

EXIT_STATUS = """\
exit status:
  0  done
  1  a seed was rejected (one line per problem: path:line: what was expected), a file
     could not be written, or --strict and there were warnings
  2  wrong usage: an unknown command or option, a missing or empty seeds folder
"""

QUIET, NORMAL, VERBOSE = 0, 1, 2
"""How much a command prints (``--quiet``, neither, ``--verbose``)."""

PROGRESS_MIN = 20
"""Seeds in a run from which a progress bar is shown (on a terminal, outside CI)."""


class _Help(argparse.RawDescriptionHelpFormatter):
    """Descriptions and examples as written (their line breaks kept)."""


def _command(commands: Any, name: str, summary: str, description: str, examples: str) -> Any:
    """A command's parser: ``summary`` in the list of commands; the description, the examples
    and the exit statuses in its own ``--help``."""
    return commands.add_parser(
        name,
        help=summary,
        description=description,
        epilog=f"examples:\n{examples}\n{EXIT_STATUS}",
        formatter_class=_Help,
    )


def _parser() -> argparse.ArgumentParser:
    """The commands and their options."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=__doc__,
        formatter_class=_Help,
        epilog=f"""\
examples:
  {PROG} build                     write docs/ from seeds/ (make site runs it for you)
  {PROG} check --strict            what is wrong with any seed, warnings included
  {PROG} new "Belenko lands"       start a seed to type a discussion in by hand

{EXIT_STATUS}
Each command's options: {PROG} COMMAND --help""",
    )
    commands = parser.add_subparsers(dest="command", required=True, title="commands", metavar="COMMAND")
    seeds_help = f"the folder of seeds: {', '.join(f'*{s}' for s in SEED_SUFFIXES)} (default: %(default)s)"

    build_cmd = _command(
        commands,
        "build",
        "write the Markdown pages of every seed into the docs folder",
        "Read every seed of the seeds folder and write the site's Markdown pages into the docs\n"
        "folder: a page per discussion, the home page, the participants and the timeline. Only\n"
        "pages whose content changed are written; pages of removed seeds are deleted. A rejected\n"
        "seed stops the build and leaves the pages as they were. Prints a line per discussion\n"
        "and a summary; warnings go to standard error, grouped per seed. make site runs this\n"
        "through MkDocs (mkdocs.yml's hook), so you need it only to look at the Markdown.",
        f"  {PROG} build\n  {PROG} build --seeds my-seeds --docs my-docs --strict\n",
    )
    check_cmd = _command(
        commands,
        "check",
        "read every seed (or the FILEs given) and report problems; writes nothing",
        "Read every seed as the build does and report what the build would: a line per\n"
        "discussion, warnings grouped per seed, rejected seeds (path:line: what was expected).\n"
        "Writes nothing. With FILEs, each is read alone: its dialect, comments and warnings.",
        f"  {PROG} check --strict\n  {PROG} check --show-dropped seeds/my-page.html\n",
    )
    for command in (build_cmd, check_cmd):
        command.add_argument("--seeds", type=Path, default=Path("seeds"), metavar="DIR", help=seeds_help)
        command.add_argument("--strict", action="store_true", help="exit 1 when there are warnings")
        loud = command.add_mutually_exclusive_group()
        loud.add_argument(
            "-q",
            "--quiet",
            dest="level",
            action="store_const",
            const=QUIET,
            default=NORMAL,
            help="print only errors (and, with --strict, the warnings that fail it)",
        )
        loud.add_argument(
            "-v",
            "--verbose",
            dest="level",
            action="store_const",
            const=VERBOSE,
            help="print every warning, and every line left out of the content (page chrome)",
        )
    build_cmd.add_argument(
        "--docs",
        type=Path,
        default=Path("docs"),
        metavar="DIR",
        help="the MkDocs docs folder the pages go to (default: %(default)s)",
    )
    build_cmd.add_argument(
        "--split-bytes",
        type=_bytes,
        default=SPLIT_BYTES,
        metavar="N",
        help="split a site-wide page whose rows pass N characters (default: %(default)s)",
    )
    check_cmd.add_argument(
        "files", nargs="*", type=Path, metavar="FILE", help="check these seeds only (not --seeds)"
    )
    check_cmd.add_argument(
        "--show-dropped", action="store_true", help="list every line left out of the content, and why"
    )

    parse_cmd = _command(
        commands,
        "parse",
        "print the parsed model of one seed as JSON",
        "Read one seed and print what the generator makes of it as JSON on standard output:\n"
        "title, date, author, article, the comments with their replies, dates found in the\n"
        "text, and warnings (ARCHITECTURE.md documents each field).",
        f"  {PROG} parse seeds/001_66734cbd72f3e3fc.txt\n",
    )
    parse_cmd.add_argument(
        "file",
        type=Path,
        metavar="FILE",
        help="the seed to read: a text dump (*.txt) or a saved web page (*.html, *.htm, *.html.gz)",
    )

    add_cmd = _command(
        commands,
        "add",
        "copy a saved page (or download one) into the seeds folder",
        "Copy a saved web page or a text dump into the seeds folder under a clean name, or\n"
        "download one (http or https only). Prints the new seed's path.",
        f"  {PROG} add ~/Downloads/page.html\n  {PROG} add https://example.org/post --name belenko.html\n",
    )
    add_cmd.add_argument("source", metavar="SOURCE", help="a saved page or text dump, or an http(s) address")
    add_cmd.add_argument("--name", help="the seed's file name (default: from the source)")
    add_cmd.add_argument(
        "--seeds",
        type=Path,
        default=Path("seeds"),
        metavar="DIR",
        help="the seeds folder (default: %(default)s)",
    )

    new_cmd = _command(
        commands,
        "new",
        "start a seed to type a discussion in by hand",
        "Write a seed skeleton in the seed dialect, named after TITLE, for a discussion you type\n"
        "in by hand: each part to replace starts with a pencil mark. Then check FILE tells what\n"
        "is left to do, one thing at a time; the build refuses a seed with a mark left in it.\n"
        "Never overwrites a file.",
        f'  {PROG} new "Belenko lands in Hakodate"\n  {PROG} new "Belenko" --date 1976-09-06\n',
    )
    new_cmd.add_argument("title", metavar="TITLE", help="the discussion's title (its first line)")
    new_cmd.add_argument(
        "--seeds",
        type=Path,
        default=Path("seeds"),
        metavar="DIR",
        help="the seeds folder (default: %(default)s)",
    )
    new_cmd.add_argument(
        "--date", type=_date, metavar="YYYY-MM-DD", help='its "Posted on" date (default: today)'
    )
    new_cmd.add_argument("--name", help="the seed's file name (default: from the title, *.txt)")

    site_cmd = _command(
        commands,
        "site",
        "build the site with MkDocs and swap it in at once (make site)",
        "Run mkdocs build --strict into a fresh folder beside the site folder, then put it in\n"
        "the site folder's place in one step, so the site folder is always a whole site (the\n"
        "previous one if the build fails). One site build at a time: a second one waits.",
        f"  {PROG} site\n  {PROG} site --site-dir public\n",
    )
    site_cmd.add_argument(
        "-f",
        "--config-file",
        type=Path,
        default=Path("mkdocs.yml"),
        metavar="FILE",
        help="the MkDocs configuration (default: %(default)s)",
    )
    site_cmd.add_argument(
        "--engine",
        choices=("mkdocs", "zensical"),
        default="mkdocs",
        help="MkDocs (with the hook), or Zensical (make site-zensical) (default: %(default)s)",
    )
    site_cmd.add_argument(
        "--site-dir",
        type=Path,
        default=Path("site"),
        metavar="DIR",
        help="the site folder (default: %(default)s)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 rejected input, 2 usage)."""
    args = _parser().parse_args(argv)
    if args.command == "add":
        return _add(args.source, args.seeds, args.name)
    if args.command == "new":
        return _new(args.title, args.seeds, args.name, args.date)
    if args.command == "site":
        from generator.publish.swap import build_site
        from generator.publish.zensical import zensical_build

        try:
            engine = zensical_build if args.engine == "zensical" else None
            return build_site(args.config_file, args.site_dir, _say, engine)
        except OSError as error:
            where = error.filename or args.site_dir
            print(f"{where}: cannot write: {error.strerror or error}", file=sys.stderr)
            return 1
    if args.command == "check" and (args.files or args.show_dropped):
        from generator.build.site import seed_paths  # *.txt, *.html … (generator.read.suffixes)

        if not args.files and (problem := _seeds_problem(args.seeds)):
            return _usage(problem)
        return _check_files(
            args.files or seed_paths(args.seeds), show_dropped=args.show_dropped, level=args.level
        )
    if args.command in ("build", "check") and (problem := _seeds_problem(args.seeds)):
        return _usage(problem)
    start = time.perf_counter()
    if args.command == "build":
        known = manifest.unchanged(args.seeds, args.docs, args.split_bytes)
        if known is not None:
            return _print_report(known, level=args.level, strict=args.strict, start=start, changed=None)

    import dataclasses

    from generator.build import jsonstream
    from generator.build.report import BuildError
    from generator.build.site import build
    from generator.build.workers import load_seed
    from generator.errors import SeedError
    from generator.pages.jsonout import discussion_dict
    from generator.read.slugs import base_slug

    bar = _Progress(args.level) if args.command != "parse" else None
    try:
        if args.command == "parse":
            discussion, _ = load_seed(args.file)
            # One seed: no collision to settle, its slug is its own.
            discussion = dataclasses.replace(discussion, slug=base_slug(discussion.slug, discussion.title))
            jsonstream.dump(discussion_dict(discussion), sys.stdout)
            sys.stdout.write("\n")
            return 0
        write = args.command == "build"
        docs = args.docs if write else Path("docs")  # check reads the cache beside it, writes nothing
        split = args.split_bytes if write else SPLIT_BYTES
        report = build(args.seeds, docs, write=write, split=split, progress=bar, waiting=_say)
    except (SeedError, BuildError) as error:
        if bar is not None:
            bar.close()
        print(error, file=sys.stderr)
        return 1
    except BrokenPipeError:
        raise  # `… | head` closed the pipe: handled below, where the process ends
    except OSError as error:
        if bar is not None:
            bar.close()
        # Writing the pages failed (a read-only or full disk): one line, not a traceback.
        where = error.filename or getattr(args, "docs", "")
        print(f"{where}: cannot write: {error.strerror or error}", file=sys.stderr)
        return 1
    if bar is not None:
        bar.close()
    if report.cache_problem is not None:
        print(report.cache_problem, file=sys.stderr)
    changed = (len(report.written), len(report.removed)) if write else None
    return _print_report(
        report.outcome(),
        level=args.level,
        strict=args.strict,
        start=start,
        changed=changed,
        checked=not write,
    )


def _say(message: str) -> None:
    """Print a one-line message about the build (not its report) on standard error."""
    print(message, file=sys.stderr, flush=True)


def _seeds_problem(folder: Path) -> str | None:
    """Why ``folder`` is no seeds folder (one line, ``path: what was expected``), or None."""
    kinds = ", ".join(f"*{suffix}" for suffix in SEED_SUFFIXES)
    if not folder.exists():
        return f"{folder}: expected a folder of seeds ({kinds}), found nothing there"
    if not folder.is_dir():
        return f"{folder}: expected a folder of seeds ({kinds}), found a file"
    if not manifest.seed_names(folder):
        return f"{folder}: expected seeds ({kinds}), found none in the folder"
    return None


def _usage(problem: str) -> int:
    """Print a usage problem (one line); the exit status of wrong usage."""
    print(problem, file=sys.stderr)
    return 2


class _Progress:
    """The progress bar of a long run (tqdm, imported only then): shown on a terminal from
    :data:`PROGRESS_MIN` seeds on, never when standard error is not a terminal, in CI (where
    ``CI`` is set) or with ``--quiet``; it leaves nothing behind once closed."""

    def __init__(self, level: int) -> None:
        self.wanted = level > QUIET and sys.stderr.isatty() and not os.environ.get("CI")
        """Whether a bar may be shown at all."""
        self.bar: Any = None

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            if not self.wanted or total < PROGRESS_MIN:
                return
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="seed", file=sys.stderr, leave=False, dynamic_ncols=True)
        self.bar.update(done - self.bar.n)

    def close(self) -> None:
        """Take the bar off the terminal."""
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _check_files(files: list[Path], *, show_dropped: bool, level: int = NORMAL) -> int:
    """``check FILE…``: each seed's dialect and comment count, its warnings (summarised unless
    ``--verbose``) and, with ``--show-dropped``, every line left out of its content with its line
    number and the reason."""
    from generator.errors import SeedError
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
        if level > QUIET:
            comments, shown = plural(count, "comment"), shown_path(str(path))
            print(f"{shown}: {discussion.dialect} dialect, {comments}, title {discussion.title!r}")
        warnings = [(w.source, w.line, w.message) for w in (*seed.warnings, *discussion.warnings)]
        if level > QUIET:
            _write_lines(sys.stderr, (f"{line}\n" for line in grouped(warnings, everything=level == VERBOSE)))
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


def grouped(items: Iterable[tuple[str, int, str]], *, everything: bool = False) -> list[str]:
    """Warnings (``path, line, message``, grouped by path as a build reports them) as lines: a
    file with more than one starts with how many it has, then its warnings as
    :func:`summarise` shortens them (all of them if ``everything``)."""
    out: list[str] = []
    for source, group in itertools.groupby(items, key=lambda item: item[0]):
        found = list(group)
        if len(found) > 1:
            out.append(f"{shown_path(source)}: {plural(len(found), 'warning')}")
        if everything:
            out.extend(f"{shown_path(path)}:{line}: warning: {message}" for path, line, message in found)
        else:
            out.extend(summarise(found, "warning"))
    return out


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


def _new(title: str, seeds: Path, name: str | None, posted: dt.date | None) -> int:
    """``new``: write a seed skeleton (:mod:`generator.read.skeleton`); its path on standard
    output and what to do next on standard error, or one line saying why not."""
    import datetime as dt

    from generator.read.skeleton import skeleton, title_problem
    from generator.read.slugs import slugify

    problem = title_problem(title)
    if problem is not None:
        return _usage(f"TITLE: {problem}")
    title = " ".join(title.split())
    name = name or f"{slugify(title) or 'discussion'}.txt"
    if "/" in name or "\\" in name or name in (".", "..") or not name.lower().endswith(".txt"):
        return _usage(f"--name {name}: expected a file name ending in .txt, without a folder")
    target = seeds / name
    text = skeleton(title, posted or dt.date.today())
    try:
        seeds.mkdir(parents=True, exist_ok=True)
        with open(target, "x", encoding="utf-8") as stream:  # "x": never overwrites
            stream.write(text)
    except FileExistsError:
        print(f"{target}: exists already; edit it, or choose another --name", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"{error.filename or target}: cannot write: {error.strerror or error}", file=sys.stderr)
        return 1
    print(target)
    print(
        f"Replace each part that starts with \u270e, then run: {PROG} check {target}",
        file=sys.stderr,
    )
    return 0


def _date(value: str) -> dt.date:
    """A date for ``new --date`` (ISO 8601, ``YYYY-MM-DD``)."""
    import datetime as dt

    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, found {value!r}") from None


def _bytes(value: str) -> int:
    """A number of bytes for ``--split-bytes`` (as the hook's ``split_bytes``: never negative)."""
    number = int(value) if value.strip().isdecimal() else -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"not a number of bytes: {value!r}")
    return number


def _print_report(
    outcome: manifest.Outcome,
    *,
    level: int,
    strict: bool,
    start: float,
    changed: tuple[int, int] | None,
    checked: bool = False,
) -> int:
    """Print what a build did (the same whether it ran or found nothing changed) and return the
    exit status: a line per discussion and a summary on standard output; warnings, grouped per
    seed, and (with ``--verbose``) the notes on standard error. ``changed``: the pages written
    and removed, None when nothing was written; ``checked``: ``check`` ran, not ``build``."""
    warnings = len(outcome.warnings)
    failed = strict and warnings > 0
    notes = (
        (f"{shown_path(source)}:{line}: note: {message}\n" for source, line, message in outcome.notes)
        if level == VERBOSE
        else ()
    )
    shown = (f"{line}\n" for line in grouped(outcome.warnings, everything=level == VERBOSE))
    _write_lines(sys.stderr, itertools.chain(notes, shown if level > QUIET or failed else ()))
    if level > QUIET:
        lines = (
            f"{shown_path(source)}: discussions/{slug}.md: "
            f"{plural(comments, 'comment')} in {plural(threads, 'thread')}\n"
            for source, slug, comments, threads, *_ in outcome.discussions
        )
        _write_lines(sys.stdout, lines)
        sys.stdout.write(_summary(outcome, changed, checked, time.perf_counter() - start, level))
    if failed:
        sys.stderr.write(f"{plural(warnings, 'warning')} (--strict)\n")
        return 1
    return 0


def _summary(
    outcome: manifest.Outcome, changed: tuple[int, int] | None, checked: bool, seconds: float, level: int
) -> str:
    """The last line of a report: discussions, comments, events, warnings, what was written,
    how long it took."""
    comments = events = 0
    for _, _, count, _, found, _ in outcome.discussions:
        comments += count
        events += found
    parts = [
        plural(len(outcome.discussions), "discussion"),
        plural(comments, "comment"),
        plural(events, "event"),
        plural(len(outcome.warnings), "warning"),
    ]
    if outcome.notes and level < VERBOSE:
        parts.append(f"{plural(len(outcome.notes), 'line')} left out as page chrome (--verbose lists them)")
    if checked:
        done = "checked, nothing written"
    elif changed is None:
        done = "nothing changed"
    else:
        done = f"{plural(changed[0], 'page')} written, {changed[1]} removed"
    return f"{', '.join(parts)}; {done} in {seconds:.1f} s\n"


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
