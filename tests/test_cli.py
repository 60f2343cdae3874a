"""``python -m generator parse | build | check`` as a user runs them, in a fresh process."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.sitebuild import ROOT, SEEDS, age, repo_seeds, run_generator, snapshot, write_seeds

SEED_001 = "001_66734cbd72f3e3fc.txt"
SLUG_001 = "russian-pilot-escaped-to-usa-on-super-secret-air-force-mig-25-jet"


def readme_parse_example() -> dict[str, Any]:
    """The JSON example of ``parse`` in ARCHITECTURE.md."""
    readme = (ROOT / "ARCHITECTURE.md").read_text("utf-8")
    match = re.search(r"^`parse` prints:\n\n```json\n(.*?)^```", readme, re.MULTILINE | re.DOTALL)
    assert match, "ARCHITECTURE.md documents the output of `parse` in a ```json block"
    example: dict[str, Any] = json.loads(match[1])
    return example


def parse_seed(path: Path) -> dict[str, Any]:
    result = run_generator(ROOT, "parse", str(path.relative_to(ROOT)))
    assert result.returncode == 0, result.stderr
    out: dict[str, Any] = json.loads(result.stdout)
    return out


def check_comment_types(comment: dict[str, Any], documented: set[str]) -> None:
    assert set(comment) == documented, comment["id"]
    assert isinstance(comment["id"], str)
    assert isinstance(comment["number"], int)
    assert comment["author"] is None or isinstance(comment["author"], str)
    assert isinstance(comment["depth"], int)
    assert isinstance(comment["line"], int)
    assert all(isinstance(p, str) for p in comment["paragraphs"])
    for reply in comment["replies"]:
        assert reply["depth"] == comment["depth"] + 1
        assert reply["id"].startswith(comment["id"] + "-")
        check_comment_types(reply, documented)


@pytest.mark.parametrize("seed", sorted(repo_seeds()))
def test_parse_prints_the_documented_json(seed: str) -> None:
    example = readme_parse_example()
    model = parse_seed(SEEDS / seed)
    assert set(model) == set(example)
    assert model["source"] == f"seeds/{seed}"
    for key in ("slug", "title", "dialect"):
        assert isinstance(model[key], str) and model[key], key
    assert dt.date.fromisoformat(model["posted"])
    for key in ("author", "category"):
        assert model[key] is None or isinstance(model[key], str), key
    assert model["article"] and all(isinstance(p, str) for p in model["article"])
    assert all(set(c) == {"line", "text"} for c in model["chrome"])
    assert all(isinstance(w, str) for w in model["warnings"])
    documented = set(example["comments"][0])
    for comment in model["comments"]:
        assert comment["depth"] == 0
        check_comment_types(comment, documented)


def test_parse_seed_001_matches_the_readme_example() -> None:
    example = readme_parse_example()
    model = parse_seed(SEEDS / SEED_001)
    for key in ("source", "slug", "title", "posted", "author", "category", "dialect"):
        assert model[key] == example[key], key
    (documented_c6,) = example["comments"]
    c6 = model["comments"][5]
    (reply,) = c6["replies"]
    assert (reply["id"], reply["number"], reply["author"], reply["depth"], reply["line"]) == (
        "c6-1",
        1,
        "Douglas",
        1,
        47,
    )
    assert reply["paragraphs"][0].startswith("Good point Lee. I’m glad that he went over to the West.")
    assert reply["replies"] == []
    (documented_reply,) = documented_c6["replies"]
    for key in ("id", "number", "author", "depth", "line"):
        assert c6[key] == documented_c6[key], key
        assert reply[key] == documented_reply[key], key


def test_check_validates_and_writes_nothing(tmp_path: Path) -> None:
    write_seeds(tmp_path, repo_seeds())
    result = run_generator(tmp_path, "check")
    assert result.returncode == 0, result.stderr
    *lines, summary = result.stdout.splitlines()
    assert lines == [
        "seeds/000_82b469e70e26f95b.txt: discussions/author-pov-viktor-belenko-hero-or-traitor.md: "
        "75 comments in 31 threads",
        f"seeds/{SEED_001}: discussions/{SLUG_001}.md: 11 comments in 10 threads",
    ]
    assert re.fullmatch(
        r"2 discussions, 86 comments, 38 events, 0 warnings, 2 lines left out as page chrome "
        r"\(--verbose lists them\); checked, nothing written in \d+\.\d s",
        summary,
    ), summary
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == [
        "seeds",
        "seeds/000_82b469e70e26f95b.txt",
        f"seeds/{SEED_001}",
    ]


def test_check_leaves_existing_pages_alone(tmp_path: Path) -> None:
    write_seeds(tmp_path, {SEED_001: (SEEDS / SEED_001).read_bytes()})
    assert run_generator(tmp_path, "build").returncode == 0
    age(tmp_path / "docs")
    before = snapshot(tmp_path / "docs")
    (tmp_path / "seeds" / SEED_001).unlink()  # a build now would remove the page
    write_seeds(tmp_path, {"002.txt": "Another title\n\nText.\n"})
    assert run_generator(tmp_path, "check").returncode == 0
    assert snapshot(tmp_path / "docs") == before


# Inputs no dialect can read (odd but readable ones are parsed with a warning instead).
BAD_SEEDS = {"empty": b"", "blank": b"  \n\n \n"}


@pytest.mark.parametrize("command", ["build", "check"])
@pytest.mark.parametrize("bad", sorted(BAD_SEEDS))
def test_rejected_seed_one_line_exit_1_pages_untouched(tmp_path: Path, command: str, bad: str) -> None:
    write_seeds(tmp_path, repo_seeds())
    assert run_generator(tmp_path, "build").returncode == 0
    age(tmp_path / "docs")
    before = snapshot(tmp_path / "docs")
    write_seeds(tmp_path, {"050_bad.txt": BAD_SEEDS[bad]})
    result = run_generator(tmp_path, command)
    assert result.returncode == 1
    assert re.fullmatch(r"seeds/050_bad\.txt:\d+: \S[^\n]*\n", result.stderr), result.stderr
    assert result.stdout == ""
    assert snapshot(tmp_path / "docs") == before


@pytest.mark.parametrize("bad", sorted(BAD_SEEDS))
def test_parse_of_a_rejected_seed_is_one_line(tmp_path: Path, bad: str) -> None:
    write_seeds(tmp_path, {"bad.txt": BAD_SEEDS[bad]})
    result = run_generator(tmp_path, "parse", "seeds/bad.txt")
    assert (result.returncode, result.stdout) == (1, "")
    assert re.fullmatch(r"seeds/bad\.txt:\d+: \S[^\n]*\n", result.stderr), result.stderr


def test_usage_error_exits_2(tmp_path: Path) -> None:
    result = run_generator(tmp_path, "frobnicate")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_parse_into_a_closed_pipe_is_quiet() -> None:
    """`python -m generator parse FILE | head -1` must not end in a BrokenPipeError traceback."""
    import subprocess
    import sys

    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "parse", str(SEEDS / "000_82b469e70e26f95b.txt")],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.read(1) == b"{"
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.stderr.close()
    process.wait(timeout=30)
    assert "Traceback" not in stderr
