"""The command line as a person meets it: its help, its mistakes (each one line and an exit status),
``--quiet`` and ``--verbose``, the summary, the progress bar, and ``new`` → ``check`` → ``build``."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from benchmarks.corpus import write_corpus
from generator.model import THREAD_RISK
from tests.sitebuild import ENV, SEEDS, repo_seeds, run_generator, snapshot, write_seeds

COMMANDS = ("build", "check", "parse", "add", "new")


def help_text(*args: str) -> str:
    result = run_generator(Path.cwd(), *args, "--help")
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    return result.stdout


def test_the_help_lists_the_commands_an_example_and_the_exit_statuses() -> None:
    text = help_text()
    for command in COMMANDS:
        assert re.search(rf"^    {command} +\S", text, re.MULTILINE), command
    assert "examples:\n  python -m generator build" in text
    assert re.search(r"exit status:\n  0  done\n  1  a seed was rejected.*\n(.*\n)*  2  wrong usage", text)
    assert "``" not in text


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_s_help_says_what_it_does_with_an_example_and_exit_statuses(command: str) -> None:
    text = help_text(command)
    usage, description = text.split("\n\n")[:2]
    assert usage.startswith(f"usage: python -m generator {command} ")
    assert len(description.split()) >= 12, description  # a sentence or more, not a label
    assert f"examples:\n  python -m generator {command}" in text
    assert "exit status:" in text and "  2  wrong usage" in text
    assert "`" not in text
    # Every option with a default says it.
    options = text[text.index("\noptions:\n") :]
    for option in ("--seeds DIR", "--docs DIR", "--split-bytes N"):
        if option in options:
            entry = options[options.index(option) :].split("\n  -", 1)[0]
            assert "(default: " in entry, entry


def test_parse_describes_its_file_and_check_offers_no_docs_folder() -> None:
    assert re.search(r"^  FILE +the seed to read: a text dump", help_text("parse"), re.MULTILINE)
    check = help_text("check")
    assert "--docs" not in check
    assert "FILE" in check and "-q, --quiet" in check and "-v, --verbose" in check
    assert "(default: seeds)" in help_text("build") and "(default: docs)" in help_text("build")


@pytest.mark.parametrize("command", ["build", "check"])
@pytest.mark.parametrize("folder", ["missing", "empty", "a-file", "not-seeds"])
def test_no_seeds_is_one_line_and_exit_2(tmp_path: Path, command: str, folder: str) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "a-file").write_text("x")
    (tmp_path / "not-seeds").mkdir()
    (tmp_path / "not-seeds" / "notes.md").write_text("# not a seed\n")
    before = snapshot(tmp_path)
    result = run_generator(tmp_path, command, "--seeds", folder)
    assert result.returncode == 2
    assert result.stdout == ""
    kinds = "(*.txt, *.html, *.htm, *.html.gz, *.htm.gz)"
    expected = {
        "missing": f"expected a folder of seeds {kinds}, found nothing there",
        "empty": f"expected seeds {kinds}, found none in the folder",
        "a-file": f"expected a folder of seeds {kinds}, found a file",
        "not-seeds": f"expected seeds {kinds}, found none in the folder",
    }[folder]
    assert result.stderr == f"{folder}: {expected}\n"
    assert snapshot(tmp_path) == before  # no docs/, no cache


def test_check_with_show_dropped_and_no_seeds_is_exit_2(tmp_path: Path) -> None:
    result = run_generator(tmp_path, "check", "--show-dropped")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith("seeds: expected a folder of seeds") and result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("build", "--split-bytes", "many"), "argument --split-bytes: not a number of bytes: 'many'"),
        (("check", "--docs", "docs"), "unrecognized arguments: --docs"),
        (("build", "--quiet", "--verbose"), "argument -v/--verbose: not allowed with argument -q/--quiet"),
        (("new", "x", "--date", "6 Sept"), "argument --date: expected a date as YYYY-MM-DD, found '6 Sept'"),
        (("parse",), "the following arguments are required: FILE"),
        (("frobnicate",), "argument COMMAND: invalid choice: 'frobnicate'"),
    ],
)
def test_usage_mistakes_exit_2_with_what_was_wrong(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    result = run_generator(tmp_path, *args)
    assert (result.returncode, result.stdout) == (2, "")
    assert message in result.stderr.splitlines()[-1]
    assert "Traceback" not in result.stderr


ODD = "Pages Menu\n\nA title\n\nPosted on Aug 27, 2008\n\nArticle text.\n\n" + "".join(
    f"  {n}. Ann says:\n\n    Hello {n}.\n\n" for n in (1, 3, 5, 7, 9, 11)
)
"""A seed with page chrome and five warnings of one kind (each comment skips a number)."""

ONE = "A lone title\n\nPosted on Aug 27, 2008\n\nText.\n\n  1. Bob says:\n\n    Hi.\n"
"""A seed with one comment in one thread, no warning, no chrome."""


def test_a_build_prints_a_line_per_discussion_with_plurals_and_a_summary(tmp_path: Path) -> None:
    write_seeds(tmp_path, {"one.txt": ONE})
    result = run_generator(tmp_path, "build")
    assert (result.returncode, result.stderr) == (0, "")
    line, summary = result.stdout.splitlines()
    assert line == "seeds/one.txt: discussions/a-lone-title.md: 1 comment in 1 thread"
    assert re.fullmatch(
        r"1 discussion, 1 comment, 1 event, 0 warnings; 5 pages written, 0 removed in \d+\.\d s", summary
    ), summary
    again = run_generator(tmp_path, "build")
    assert again.stdout.splitlines()[-1].endswith("; nothing changed in 0.0 s")


def test_warnings_are_grouped_per_seed_and_chrome_is_shown_only_when_verbose(tmp_path: Path) -> None:
    write_seeds(tmp_path, {"odd.txt": ODD, "one.txt": ONE})
    result = run_generator(tmp_path, "build")
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        "seeds/odd.txt: 5 warnings",
        "seeds/odd.txt:13: warning: comment 3 follows comment 1" + THREAD_RISK,
        "seeds/odd.txt:17: warning: comment 5 follows comment 3" + THREAD_RISK,
        "seeds/odd.txt:21: warning: comment 7 follows comment 5" + THREAD_RISK,
        "seeds/odd.txt: and 2 more like this",
    ]
    assert "2 discussions, 7 comments, " in result.stdout
    assert ", 5 warnings, 1 line left out as page chrome (--verbose lists them); " in result.stdout
    verbose = run_generator(tmp_path, "build", "--verbose")
    assert verbose.stderr.splitlines() == [
        "seeds/odd.txt:1: note: page chrome left out of the content: 'Pages Menu'",
        "seeds/odd.txt: 5 warnings",
        *(
            f"seeds/odd.txt:{line}: warning: comment {n + 2} follows comment {n}{THREAD_RISK}"
            for line, n in zip((13, 17, 21, 25, 29), (1, 3, 5, 7, 9), strict=True)
        ),
    ]
    assert "page chrome (--verbose" not in verbose.stdout


@pytest.mark.parametrize("command", ["build", "check"])
def test_quiet_prints_nothing_but_what_fails(tmp_path: Path, command: str) -> None:
    write_seeds(tmp_path, {"odd.txt": ODD, "one.txt": ONE})
    quiet = run_generator(tmp_path, command, "--quiet")
    assert (quiet.returncode, quiet.stdout, quiet.stderr) == (0, "", "")
    strict = run_generator(tmp_path, command, "--quiet", "--strict")
    assert (strict.returncode, strict.stdout) == (1, "")
    assert strict.stderr.splitlines()[0] == "seeds/odd.txt: 5 warnings"
    assert strict.stderr.endswith("\n5 warnings (--strict)\n")
    write_seeds(tmp_path, {"bad.txt": ""})
    rejected = run_generator(tmp_path, command, "--quiet")
    assert (rejected.returncode, rejected.stdout) == (1, "")
    assert (
        rejected.stderr == "seeds/bad.txt:1: expected a discussion dump (a title, an article, comments), "
        "found an empty file\n"
    )


def run_on_terminal(project: Path, *args: str, env: dict[str, str]) -> tuple[int, str, str]:
    """``python -m generator ARGS`` with standard error on a pseudo-terminal; exit status, standard
    output, and what the terminal showed."""
    main, terminal = pty.openpty()
    # A terminal of 24 rows and 100 columns (a new pseudo-terminal has no size at all).
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", *args],
        cwd=project,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=terminal,
    )
    os.close(terminal)
    shown = bytearray()
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # Linux: EIO once the child has closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    os.close(main)
    assert process.stdout is not None
    out = process.stdout.read().decode()
    process.stdout.close()
    return process.wait(timeout=600), out, shown.decode(errors="replace")


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project of 24 seeds: enough for a progress bar."""
    project = tmp_path_factory.mktemp("many")
    write_corpus(project / "seeds", 24, seed=3)
    return project


def no_ci() -> dict[str, str]:
    return {key: value for key, value in ENV.items() if key != "CI"}


@pytest.mark.parametrize("command", ["build", "check"])
def test_a_progress_bar_on_a_terminal(many: Path, command: str) -> None:
    status, out, shown = run_on_terminal(many, command, env=no_ci())
    assert status == 0, shown
    assert re.search(r"\d+/24 \[", shown), shown  # tqdm: "12/24 [00:01<00:01, 9.1seed/s]"
    assert "seed/s]" in shown
    assert "24 discussions" in out and "%|" not in out


@pytest.mark.parametrize(
    "case", ["ci", "quiet", "few seeds", "not a terminal"], ids=lambda case: case.replace(" ", "-")
)
def test_no_progress_bar_otherwise(many: Path, tmp_path: Path, case: str) -> None:
    if case == "not a terminal":
        result = subprocess.run(
            [sys.executable, "-m", "generator", "check"],
            cwd=many,
            env=no_ci(),
            capture_output=True,
            text=True,
        )
        assert (result.returncode, result.stderr) == (0, "")
        return
    project, args, env = many, ["check"], no_ci()
    if case == "ci":
        env = {**env, "CI": "true"}
    elif case == "quiet":
        args.append("--quiet")
    else:
        project = tmp_path
        write_seeds(project, repo_seeds())
    status, _, shown = run_on_terminal(project, *args, env=env)
    assert (status, shown) == (0, "")


def test_new_check_build(tmp_path: Path) -> None:
    made = run_generator(tmp_path, "new", "Belenko lands in Hakodate", "--date", "1976-09-06")
    assert made.returncode == 0, made.stderr
    seed = tmp_path / "seeds" / "belenko-lands-in-hakodate.txt"
    assert made.stdout == "seeds/belenko-lands-in-hakodate.txt\n"
    assert "then run: python -m generator check seeds/belenko-lands-in-hakodate.txt" in made.stderr
    text = seed.read_text("utf-8")
    assert text.startswith("Belenko lands in Hakodate\n\nPosted on September 6, 1976\n")
    # Each placeholder is named, one at a time, with its line and how many are left.
    lines = text.splitlines()
    left = sum(1 for line in lines if "\u270e " in line)
    assert left == 8
    while left:
        result = run_generator(tmp_path, "check", str(seed.relative_to(tmp_path)))
        assert result.returncode == 1 and result.stdout == ""
        number = next(n for n, line in enumerate(lines, 1) if "\u270e " in line)
        more = f"{left} placeholders left" if left > 1 else "the last placeholder"
        assert result.stderr.startswith(
            f"seeds/belenko-lands-in-hakodate.txt:{number}: expected your own text "
        )
        assert f"({more}; each starts with \u270e)\n" in result.stderr
        # A build refuses it too, and writes nothing.
        build = run_generator(tmp_path, "build")
        assert build.returncode == 1 and not (tmp_path / "docs").exists()
        lines[number - 1] = lines[number - 1].replace("\u270e ", "")
        if "By the article's author" in lines[number - 1]:
            lines[number - 1] = "By Tim"
        seed.write_text("\n".join(lines) + "\n", encoding="utf-8")
        left -= 1
    result = run_generator(tmp_path, "check", "--strict", str(seed.relative_to(tmp_path)))
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "seeds/belenko-lands-in-hakodate.txt: numbered dialect, 3 comments, "
        "title 'Belenko lands in Hakodate'\n"
    )
    built = run_generator(tmp_path, "build", "--strict")
    assert built.returncode == 0, built.stderr
    assert "discussions/belenko-lands-in-hakodate.md: 3 comments in 2 threads" in built.stdout
    page = (tmp_path / "docs" / "discussions" / "belenko-lands-in-hakodate.md").read_text("utf-8")
    assert "Belenko lands in Hakodate" in page and "By Tim" not in page and "Tim" in page
    assert "\u270e" not in page


def test_new_never_overwrites_and_refuses_bad_titles_and_names(tmp_path: Path) -> None:
    assert run_generator(tmp_path, "new", "A title").returncode == 0
    seed = tmp_path / "seeds" / "a-title.txt"
    seed.write_text("mine\n")
    again = run_generator(tmp_path, "new", "A title")
    assert (again.returncode, again.stdout) == (1, "")
    assert again.stderr == "seeds/a-title.txt: exists already; edit it, or choose another --name\n"
    assert seed.read_text() == "mine\n"
    for title, message in (
        ("  ", "TITLE: expected a title, found an empty one"),
        ("two\nlines", "TITLE: expected a title on one line, found line breaks or control characters"),
        ("x" * 201, "TITLE: expected a title of at most 200 characters, found 201"),
    ):
        result = run_generator(tmp_path, "new", title)
        assert (result.returncode, result.stdout, result.stderr) == (2, "", f"{message}\n")
    bad = run_generator(tmp_path, "new", "Other", "--name", "../escape.txt")
    assert (bad.returncode, bad.stderr) == (
        2,
        "--name ../escape.txt: expected a file name ending in .txt, without a folder\n",
    )
    assert sorted(p.name for p in (tmp_path / "seeds").iterdir()) == ["a-title.txt"]


def test_the_repository_seeds_hold_no_placeholder() -> None:
    assert all("\u270e " not in path.read_text("utf-8", errors="replace") for path in SEEDS.glob("*.txt"))
