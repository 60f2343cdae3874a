"""Every regular expression of the package is checked for super-linear backtracking by recheck.

The patterns are collected twice over, so none is missed: the compiled patterns every module
holds (in its globals, or in tuples, lists, dicts and sets of them), and the string literals
the source passes to ``re.compile/search/match/…`` (found with ``ast``, including those inside
functions). A call of ``re`` with a pattern that is neither a literal nor module-level fails the
test, since it could not be checked. recheck (npm, pinned in package.json) runs once, in one
Node process, for the whole batch (tests/recheck_batch.mjs), on its native binary: if that is
missing, the test fails rather than skips.

A pattern must come out "safe" (linear), or stand in :data:`BOUNDED` with the reason it stays
linear in practice, and that reason is asserted in a test of its own below.
"""

from __future__ import annotations

import ast
import importlib
import json
import pkgutil
import random
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest

import generator
from generator.read.dialects.header import posted_line
from tests import test_linear_regexes
from tests.jsregex import UNBOUNDED, lookaheads, to_js

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "generator"
BATCH = Path(__file__).with_name("recheck_batch.mjs")
RE_FUNCTIONS = {"compile", "search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer"}
RECHECK_PARAMS = {
    # Milliseconds per pattern: a timeout ("unknown") fails the test. The automaton checker
    # settles most patterns in well under a second, but a multi-line pattern of negated classes
    # (pages/pager.py's _CARD_TITLE) took 4-13 s on the shared machine under load, and failed
    # at 10 s: the limit is for a checker that cannot settle, not for a busy machine.
    "timeout": 60_000,
    # The automaton checker is exact and deterministic; the fuzzer (recheck's fallback for what
    # the automaton cannot take) is random and its verdicts varied from run to run.
    "checker": "automaton",
}


class Found(NamedTuple):
    """One regular expression of the package."""

    where: str
    """``module:NAME`` of a module-level pattern, or ``path:line`` of a literal in the source."""
    pattern: str
    flags: int
    sticky: bool = False
    """Only ever tried at one position (``.match``/``.fullmatch``), so checked as anchored there."""


def _patterns_in(value: Any, name: str, seen: set[int]) -> list[tuple[str, re.Pattern[str]]]:
    if id(value) in seen:
        return []
    seen.add(id(value))
    if isinstance(value, re.Pattern):
        return [(name, value)]
    if isinstance(value, dict):
        return [
            found for key, item in value.items() for found in _patterns_in(item, f"{name}[{key!r}]", seen)
        ]
    if isinstance(value, tuple | list | frozenset | set):
        items = sorted(value, key=repr) if isinstance(value, frozenset | set) else value
        return [found for i, item in enumerate(items) for found in _patterns_in(item, f"{name}[{i}]", seen)]
    return []


def _uses() -> dict[str, set[str]]:
    """For each name in the package's source, how it is used: the method called on it
    (``NAME.match(…)`` gives "match"), or "other" (passed on, put in a tuple, iterated…)."""
    uses: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        called = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                target = node.func.value
                name = target.id if isinstance(target, ast.Name) else getattr(target, "attr", None)
                if name is not None:
                    uses.setdefault(name, set()).add(node.func.attr)
                    called.add(id(target))
        for node in ast.walk(tree):
            if id(node) in called:
                continue
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
                uses.setdefault(node.id, set()).add("other")
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load):
                uses.setdefault(node.attr, set()).add("other")
    return uses


def _anchored(compiled: re.Pattern[str]) -> bool:
    """Whether every match starts at the start of the text (``^`` without ``re.MULTILINE``, ``\\A``)."""
    tree = list(re._parser.parse(compiled.pattern, compiled.flags))  # type: ignore[attr-defined]
    if not tree or tree[0][0] != re._constants.AT:  # type: ignore[attr-defined]
        return False
    at = tree[0][1]
    return bool(
        at == re._constants.AT_BEGINNING_STRING  # type: ignore[attr-defined]
        or (at == re._constants.AT_BEGINNING and not compiled.flags & re.MULTILINE)  # type: ignore[attr-defined]
    )


def module_patterns() -> list[Found]:
    """Every compiled pattern held by a module of the package, in its globals or their containers.

    A pattern bound to a name that the source only ever calls ``.match``/``.fullmatch`` on is
    tried at one position per call, and is checked so (JavaScript's sticky flag).
    """
    uses = _uses()
    found: dict[tuple[str, int], Found] = {}
    for info in pkgutil.walk_packages(generator.__path__, "generator."):
        module = importlib.import_module(info.name)
        seen: set[int] = set()
        for name, value in vars(module).items():
            for where, compiled in _patterns_in(value, f"{info.name}:{name}", seen):
                key = (compiled.pattern, compiled.flags)
                match_only = (
                    value is compiled and bool(uses.get(name)) and uses[name] <= {"match", "fullmatch"}
                )
                sticky = match_only or _anchored(compiled)
                found.setdefault(key, Found(where, compiled.pattern, compiled.flags, sticky))
    return sorted(found.values())


def _is_re_call(node: ast.Call) -> bool:
    func = node.func
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id == "re"
        and func.attr in RE_FUNCTIONS
    )


def _literal_flags(node: ast.Call) -> int:
    """The ``flags`` of a call when written as ``re.X | re.Y``; 0 when absent."""
    value: ast.expr | None = next((k.value for k in node.keywords if k.arg == "flags"), None)
    if value is None and node.func.attr == "compile" and len(node.args) > 1:  # type: ignore[attr-defined]
        value = node.args[1]
    flags = 0
    for part in ast.walk(value) if value is not None else ():
        if isinstance(part, ast.Attribute) and isinstance(part.value, ast.Name) and part.value.id == "re":
            flags |= int(getattr(re, part.attr))
    return flags


class SourceCalls(NamedTuple):
    """What the source passes to ``re``'s functions."""

    literals: list[Found]
    """Patterns written as string literals."""
    unchecked: list[str]
    """``path:line`` of calls whose pattern is built at run time inside a function."""


def source_calls() -> SourceCalls:
    """Every call ``re.<function>(pattern, …)`` in the package's source."""
    literals: list[Found] = []
    unchecked: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        inside_functions = {
            id(node)
            for function in ast.walk(tree)
            if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
            for node in ast.walk(function)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not _is_re_call(node) or not node.args:
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                literals.append(Found(where, first.value, _literal_flags(node)))
            elif id(node) in inside_functions:
                unchecked.append(where)
    return SourceCalls(literals, unchecked)


def all_patterns() -> list[Found]:
    """The module-level patterns and the literals of the source, each pattern once."""
    unique: dict[tuple[str, int], Found] = {}
    for item in [*module_patterns(), *source_calls().literals]:
        unique.setdefault((item.pattern, item.flags & ~re.UNICODE), item)
    return list(unique.values())


def recheck(patterns: list[Found]) -> list[dict[str, Any]]:
    """recheck's verdict on each pattern, in order, from one Node process."""
    translated = [to_js(p.pattern, p.flags) for p in patterns]
    request = {
        "params": RECHECK_PARAMS,
        "workers": 2,
        "patterns": [
            {"source": js.source, "flags": js.flags + ("y" if p.sticky else "")}
            for p, js in zip(patterns, translated, strict=True)
        ],
    }
    done = subprocess.run(
        ["node", str(BATCH)],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, f"recheck failed (is `npm ci` done?): {done.stderr.strip()[-2000:]}"
    results: list[dict[str, Any]] = json.loads(done.stdout)
    return results


class Bound(NamedTuple):
    """Why a pattern recheck does not call linear stays linear where it is used."""

    kind: str
    """How that is checked: "one position" (only ever tried at one position: ``.match``, or a
    leading ``^``), "sliced" (its caller hands it at most :data:`SLICES` characters),
    "first character" (a search can start only at a character a leading look-ahead allows),
    "escaped" (it reads generated pages, where seed text has no ``<``) or "tested" (hostile
    inputs in tests/test_linear_regexes.py)."""
    reason: str
    """What keeps it linear."""


_NAME_RULE = "a name's words no longer overlap (names.WORD), so a failing try backtracks over each word once"
BOUNDED: dict[str, Bound] = {
    **{
        f"generator.analysis.addressee:{name}": Bound(
            "one position", f"tried once per comment, at the start of its first line; {_NAME_RULE}"
        )
        for name in ("_AGREE", "_GREETING", "_OPENING", "_REMARK", "_THANKS", "_THANKS_FOR")
    },
    "generator.analysis.datefinder:_COUNTED": Bound("one position", "tried right after a number only"),
    "generator.analysis.datefinder:_DAY_MONTH_NAME": Bound(
        "first character", "starts only at a digit or a month's capital after no word character"
    ),
    "generator.analysis.datefinder:_MONTH_YEAR": Bound(
        "first character", "starts only at a month's capital after no word character"
    ),
    "generator.analysis.xrefs:_PATTERNS[2]": Bound(
        "first character", 'starts only at "c", "p" or "r" (comment, post, reply)'
    ),
    "generator.analysis.datefinder:_NUMBERED": Bound(
        "sliced", "searched only in the last word of the 24 characters before a number"
    ),
    **{
        f"generator.analysis.signatures:{name}": Bound(
            "sliced", f"only the last signatures.LONGEST characters of a comment's last line; {_NAME_RULE}"
        )
        for name in ("_CLOSED", "_CLOSING_LINE", "_MARKED", "_NAME_LINE", "_NAME_PLACE_LINE")
    },
    "generator.read.dump.chrome:_FORM": Bound("sliced", "only lines of at most 300 characters (is_form)"),
    "generator.read.dialects.header:_BYLINE": Bound(
        "one position", r"one line, at its start: \S.{0,79}$ reads at most 80 characters past the spaces"
    ),
    **{
        f"generator.read.dialects.numbered:{name}": Bound(
            "one position", r"one line (no line break) at a time, where \s*(?P<text>.*)$ cannot fail"
        )
        for name in ("REPLY", "TOP")
    },
    "generator.publish.fastpages:_TAG": Bound("escaped", "every < of a generated page opens a tag"),
    "generator.publish.fastpages:_RAW_BLOCK": Bound(
        "escaped", "its <div markdown=0> lines are the generator's own, never seed text"
    ),
    "generator.analysis.datefinder:_URLISH": Bound(
        "tested", "its look-behind lets an address start only at a word's first character"
    ),
    "generator.build.rowcheck:_FRAGMENT": Bound(
        "tested", "its alternatives start with different characters and repeat possessively"
    ),
    "generator.analysis.sentences:_SENTENCE_END": Bound(
        "tested", "its look-behind lets a run of stops match only from its first stop"
    ),
}
"""Patterns recheck does not call linear (super-linear, or too big for its automaton checker in
the time given), with what keeps them linear where they are used (each checked below)."""

SLICES = {
    "generator.analysis.datefinder:_NUMBERED": 24,
    "generator.read.dump.chrome:_FORM": 300,
    **{
        f"generator.analysis.signatures:{name}": 200
        for name in ("_CLOSED", "_CLOSING_LINE", "_MARKED", "_NAME_LINE", "_NAME_PLACE_LINE")
    },
}
"""The most characters each "sliced" pattern may be handed."""

TESTED = {
    "generator.analysis.datefinder:_URLISH": "test_long_word_before_an_at_sign",
    "generator.analysis.sentences:_SENTENCE_END": "test_run_of_stops_without_a_sentence_after_it",
    "generator.build.rowcheck:_FRAGMENT": "test_forged_cache_rows_are_judged_in_linear_time",
}
"""The test of tests/test_linear_regexes.py that runs each "tested" pattern on hostile input."""


def test_every_re_call_can_be_checked() -> None:
    assert source_calls().unchecked == []


def test_the_collection_finds_the_patterns() -> None:
    """The walk sees patterns in tuples and dicts, and the ``ast`` scan those inside functions."""
    wheres = {p.where.split("[")[0] for p in all_patterns()}
    assert "generator.read.dialects.header:_BY_OR_IN" in wheres
    assert "generator.read.dates:_FORMS" in wheres
    literals = {p.pattern for p in source_calls().literals}
    assert r"[a-z]{2,3}(?:-[A-Za-z]{2,4})?" in literals
    assert len(all_patterns()) > 100


def test_recheck_finds_what_it_should() -> None:
    """The checker and the translation see a quadratic, an exponential and a linear pattern."""
    cases = [Found("x", r"\s+x\s+y", 0), Found("y", r"^(a+)+$", 0), Found("z", r"[^\W\d]\d+x", 0)]
    verdicts = recheck(cases)
    assert [v["status"] for v in verdicts] == ["vulnerable", "vulnerable", "safe"]
    assert verdicts[0]["complexity"]["degree"] == 2
    assert verdicts[1]["complexity"]["type"] == "exponential"


@pytest.fixture(scope="module")
def verdicts() -> dict[Found, dict[str, Any]]:
    """recheck's verdict on every pattern but the allow-listed ones (checked by their bounds)."""
    patterns = [p for p in all_patterns() if p.where not in BOUNDED]
    return dict(zip(patterns, recheck(patterns), strict=True))


class _Recorder:
    """A compiled pattern that records how many characters each call lets it read."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.widest = 0

    def _seen(self, string: str, pos: int = 0, endpos: int | None = None) -> None:
        end = len(string) if endpos is None else min(endpos, len(string))
        self.widest = max(self.widest, end - pos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self._seen(string, pos, endpos)
        return self.pattern.match(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self._seen(string, pos, endpos)
        return self.pattern.search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        self._seen(string, pos, endpos)
        return self.pattern.finditer(string, pos, endpos)


def _hostile_lines() -> list[str]:
    """Long lines that the sliced patterns' callers see."""
    return [
        "I agree. " + "-Xa" * 20_000,
        "Regards,\nJo Pc" + "-Xa" * 20_000,
        "Hi. Thanks, Jo Pc" + "-Xa" * 20_000,
        "Hi.\nRegards,\nJo Pc" + "-Xa" * 50 + "!?",
        "Hi.\nJo Pc" + "-Xa" * 50 + "!?",
        "-- Jo Pc" + "-Xa" * 20_000,
        "[" + " " * 20_000 + "]",
        "[" + " " * 250 + "]",
        "page " * 10_000 + "12 in 1990",
    ]


def test_sliced_patterns_see_short_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    """The callers of the "sliced" patterns hand them no more than :data:`SLICES` says."""
    from generator.analysis.datefinder import find_dates
    from generator.analysis.signatures import LONGEST, find_signature
    from generator.read.dump.chrome import is_form

    assert SLICES["generator.analysis.signatures:_MARKED"] == LONGEST
    recorders = {}
    for where in SLICES:
        module, name = where.split(":")
        recorder = _Recorder(getattr(importlib.import_module(module), name))
        monkeypatch.setattr(importlib.import_module(module), name, recorder)
        recorders[where] = recorder
    for line in _hostile_lines():
        find_signature(line, alone=False)
        is_form(line)
        find_dates(line)
    for where, recorder in recorders.items():
        assert 0 < recorder.widest <= SLICES[where], where


def test_bounds_hold() -> None:
    """Each allow-listed pattern is of the kind its entry says."""
    found = {p.where: p for p in all_patterns()}
    assert set(SLICES) == {where for where, bound in BOUNDED.items() if bound.kind == "sliced"}
    for where, bound in BOUNDED.items():
        pattern = found[where]
        if bound.kind == "one position":
            assert pattern.sticky, where
        elif bound.kind == "first character":
            first = next(iter(re._parser.parse(pattern.pattern, pattern.flags)))  # type: ignore[attr-defined]
            assert first[0] == re._constants.ASSERT and first[1][0] == 1, where  # type: ignore[attr-defined]
            assert first[1][1].getwidth() == (1, 1), where  # a look-ahead at one character
        elif bound.kind == "tested":
            assert callable(getattr(test_linear_regexes, TESTED[where])), where
        else:
            assert bound.kind in ("sliced", "escaped"), where


def test_generated_page_has_no_stray_angle_bracket() -> None:
    """What the "escaped" patterns rely on: in a page of a seed full of ``<``, each ``<`` opens a
    tag closed before the next ``<``, so the tag pattern reads each character once."""
    from benchmarks.growth import _read, hostile
    from generator.analysis.notes import analyse
    from generator.analysis.summary import summarize
    from generator.pages.discussion import render_discussion
    from generator.read import seeds

    for context in ("comment", "url", "html comment"):
        seed = hostile("<", context, 5_000)
        discussion = seeds.parse(_read(seed), seed.name)
        found = analyse(discussion)
        page = render_discussion(discussion, summarize(discussion, found).events, found)
        assert re.fullmatch(r"(?:[^<]++|<[^<>]*+>)*+", page), context


def test_every_pattern_is_linear(verdicts: dict[Found, dict[str, Any]]) -> None:
    unsafe = [
        f"{p.where}: {p.pattern!r} {v['status']} {v['complexity'] or v['error']} attack {v['attack']}"
        for p, v in verdicts.items()
        if v["status"] != "safe"
    ]
    assert unsafe == [], "\n".join(unsafe)


LOOKAHEADS = {
    **{
        f"generator.analysis.xrefs:_PATTERNS[{index}]": "tried only right after a comment number it matched"
        for index in (1, 2, 3, 4)
    },
    "generator.read.dump.pagehead:_AUTHOR": 'tried only at the ends of the 1-60 characters after a "by"',
}
"""Searched patterns with a look-ahead of no fixed limit, and why it is tried at few positions."""


def test_lookaheads_are_bounded() -> None:
    """The translation drops look-aheads (recheck's automaton takes none), so what one reads is
    checked here: a look-ahead of a searched pattern reads a bounded number of characters, or
    stands in :data:`LOOKAHEADS`."""
    unbounded = {
        p.where
        for p in all_patterns()
        if not p.sticky and any(width >= UNBOUNDED for width in lookaheads(p.pattern, p.flags))
    }
    assert unbounded == set(LOOKAHEADS)


def test_bounded_patterns_exist() -> None:
    """An allow-list entry of a pattern that was removed or renamed goes too."""
    assert set(BOUNDED) <= {p.where for p in all_patterns()}


_OLD_POSTED = re.compile(
    r"^Posted\s+on\s+(?P<date>.+?)(?:\s+by\s+(?P<author>.+?))?(?:\s+in\s+(?P<category>.+?))?$",
    re.IGNORECASE,
)


def test_posted_line_reads_as_the_pattern_did() -> None:
    """The "Posted on" reader (no longer one cubic pattern) splits every line as the pattern did."""
    rnd = random.Random(16)
    tokens = [" ", "  ", "\t", "\u00a0", "by", "BY", "in", "In", "x", "Aug 27, 2008", "ın", "bY ", " in "]
    for _ in range(30_000):
        value = "Posted on" + "".join(rnd.choice(tokens) for _ in range(rnd.randint(0, 10)))
        value = value.strip() + rnd.choice(["", "\n"])
        old = _OLD_POSTED.match(value)
        new = posted_line(value)
        assert (new is None) == (old is None), value
        if old and new:
            assert (new.date, new.author, new.category) == (old["date"], old["author"], old["category"]), (
                value
            )
    for value in (
        "Posted on",
        "Posted on x",
        "posted  ON Aug 1 by Al in Stuff",
        "Posted on a\nb",
        "Posted x",
    ):
        old = _OLD_POSTED.match(value)
        new = posted_line(value)
        assert (new and (new.date, new.author, new.category)) == (
            old and old.group("date", "author", "category")
        )
