"""A Python regular expression written as a JavaScript one, for recheck (tests/test_linear_patterns.py).

The translation goes through Python's own parse tree (``re._parser``), so verbose patterns,
named groups, inline and scoped flags come out as Python reads them. It is written for
recheck's *automaton* checker, which is exact and deterministic but takes no look-around and no
back-reference, and it is conservative: the JavaScript pattern backtracks at least as much as
the Python one.

- Possessive repeats and atomic groups (no backtracking into them) become ordinary ones.
- A look-around is dropped (it is taken to hold, so more paths are tried); what it costs at
  each position is checked apart (:func:`lookarounds`). Only a look-behind that opens the
  pattern becomes what it stands for under a search: ``(?<=Y)X`` is ``(?:Y)X``, and
  ``(?<![c])X`` with a one-character class is ``(?:^|[^c])X``, which, like it, lets a search
  start ``X`` only after a character not in ``c``.
- A back-reference becomes a copy of its group.
- A scoped ``(?i:...)`` makes the whole pattern case-insensitive (more characters overlap).
- ``\\d``, ``\\w`` and ``\\s`` are Unicode classes as in Python (JavaScript's ``u`` flag), not
  JavaScript's ASCII ones, unless the pattern has ``re.ASCII``.
- ``$`` and ``\\Z`` are JavaScript's ``$``, ``^`` and ``\\A`` its ``^`` (line ends under ``m``).
"""

from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any, NamedTuple


class JsPattern(NamedTuple):
    """A pattern as recheck takes it."""

    source: str
    """The JavaScript source, without slashes."""
    flags: str
    """JavaScript flags: always ``u``, plus ``i``, ``m``, ``s`` as the Python flags ask."""


_CATEGORIES_UNICODE = {
    C.CATEGORY_DIGIT: r"\p{Nd}",
    C.CATEGORY_NOT_DIGIT: r"\P{Nd}",
    C.CATEGORY_WORD: r"\p{L}\p{N}\p{M}_",
    C.CATEGORY_SPACE: r"\s\x1c-\x1f\x85",
    C.CATEGORY_NOT_SPACE: r"\S",
}
_CATEGORIES_ASCII = {
    C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W",
    C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S",
}


def _char(code: int) -> str:
    """One code point, escaped unless it is an ASCII letter or digit."""
    if chr(code).isascii() and chr(code).isalnum():
        return chr(code)
    return f"\\u{{{code:x}}}"


class _Writer:
    def __init__(self, flags: int) -> None:
        self.ascii = bool(flags & re.ASCII)
        self.ignorecase = bool(flags & re.IGNORECASE)
        self.multiline = bool(flags & re.MULTILINE)
        self.groups: dict[int, str] = {}

    def category(self, category: Any) -> str:
        """A category (``\\w``…) as a piece of a class; ``\\W`` is handled by :meth:`klass`."""
        return (_CATEGORIES_ASCII if self.ascii else _CATEGORIES_UNICODE)[category]

    def klass(self, items: list[tuple[Any, Any]]) -> str:
        negate = bool(items) and items[0][0] == C.NEGATE
        if negate:
            items = items[1:]
        if not self.ascii and any(op == C.CATEGORY and arg == C.CATEGORY_NOT_WORD for op, arg in items):
            # [\W...] as an alternation, since a negated set cannot be put inside a JS class.
            rest = [(op, arg) for op, arg in items if not (op == C.CATEGORY and arg == C.CATEGORY_NOT_WORD)]
            parts = [r"[^\p{L}\p{N}\p{M}_]"] + ([self.klass(rest)] if rest else [])
            if not negate:
                return "(?:" + "|".join(parts) + ")"
            # [^\W…] is word characters less the rest: written as a class without look-ahead,
            # exactly for the usual [^\W\d] and [^\W\d_], else as all word characters (more).
            digits = (C.CATEGORY, C.CATEGORY_DIGIT) in rest
            underscore = (C.LITERAL, ord("_")) in rest
            if set(rest) <= {(C.CATEGORY, C.CATEGORY_DIGIT), (C.LITERAL, ord("_"))}:
                return (
                    "[\\p{L}\\p{M}"
                    + ("\\p{Nl}\\p{No}" if digits else "\\p{N}")
                    + ("" if underscore else "_")
                    + "]"
                )
            return r"[\p{L}\p{N}\p{M}_]"
        body = []
        for op, arg in items:
            if op == C.LITERAL:
                body.append(_char(arg))
            elif op == C.RANGE:
                body.append(f"{_char(arg[0])}-{_char(arg[1])}")
            elif op == C.CATEGORY:
                body.append(self.category(arg))
            else:
                raise ValueError(f"class item {op}")
        return ("[^" if negate else "[") + "".join(body) + "]"

    def write(self, tree: Any, dotall: bool, first: bool = False) -> str:
        out = []
        items = list(tree)
        for index, (op, arg) in enumerate(items):
            if first and index == 0 and op in (C.ASSERT, C.ASSERT_NOT) and arg[0] == -1:
                out.append(self.opening_lookbehind(op, arg[1], dotall))
            else:
                out.append(self.item(op, arg, dotall, first and index == 0))
        return "".join(out)

    def opening_lookbehind(self, op: Any, sub: Any, dotall: bool) -> str:
        if op == C.ASSERT:
            return f"(?:{self.write(sub, dotall)})"
        items = list(sub)
        if len(items) == 1 and items[0][0] == C.IN and (not items[0][1] or items[0][1][0][0] != C.NEGATE):
            return f"(?:^|{self.klass([(C.NEGATE, None), *items[0][1]])})"
        return ""

    def item(self, op: Any, arg: Any, dotall: bool, first: bool = False) -> str:
        if op == C.LITERAL:
            return _char(arg)
        if op == C.NOT_LITERAL:
            return f"[^{_char(arg)}]"
        if op == C.ANY:
            return r"[\s\S]" if dotall else r"[^\n]"
        if op == C.IN:
            return self.klass(list(arg))
        if op == C.BRANCH:
            return "(?:" + "|".join(self.write(branch, dotall, first) for branch in arg[1]) + ")"
        if op == C.SUBPATTERN:
            group, add, delete, sub = arg
            if add & re.IGNORECASE:
                self.ignorecase = True
            if add & re.MULTILINE:
                self.multiline = True
            inner_dotall = (dotall or bool(add & re.DOTALL)) and not delete & re.DOTALL
            inner = self.write(sub, inner_dotall)
            if group is not None:
                self.groups[group] = inner
            return f"(?:{inner})"
        if op == C.ATOMIC_GROUP:
            return f"(?:{self.write(arg, dotall)})"
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, high, sub = arg
            inner = f"(?:{self.write(sub, dotall)})"
            top = "" if high == C.MAXREPEAT else str(high)
            lazy = "?" if op == C.MIN_REPEAT else ""
            return f"{inner}{{{low},{top}}}{lazy}"
        if op == C.AT:
            return {
                C.AT_BEGINNING: "^",
                C.AT_BEGINNING_STRING: "^",
                C.AT_END: "$",
                C.AT_END_STRING: "$",
                C.AT_BOUNDARY: "\\b",
                C.AT_NON_BOUNDARY: "\\B",
            }[arg]
        if op in (C.ASSERT, C.ASSERT_NOT):
            return ""
        if op == C.GROUPREF:
            return f"(?:{self.groups[arg]})"
        if op == C.GROUPREF_EXISTS:
            # (?(n)yes|no): either branch may run, so both are alternatives.
            _group, yes, no = arg
            return "(?:" + self.write(yes, dotall) + "|" + (self.write(no, dotall) if no else "") + ")"
        raise ValueError(f"opcode {op}")


def to_js(pattern: str, flags: int) -> JsPattern:
    """``pattern`` compiled with ``flags`` (Python's), as a JavaScript pattern for recheck."""
    tree = _parser.parse(pattern, flags)
    state = tree.state.flags
    writer = _Writer(state)
    source = writer.write(tree, bool(state & re.DOTALL), first=True)
    js_flags = "u" + ("i" if writer.ignorecase else "") + ("m" if writer.multiline else "")
    return JsPattern(source, js_flags)


UNBOUNDED = int(C.MAXREPEAT)
"""What :func:`lookaheads` gives for a look-ahead with no limit on what it reads."""


def lookaheads(pattern: str, flags: int) -> list[int]:
    """The most characters each look-ahead of ``pattern`` can read (a look-behind is always of
    fixed, short width in Python), in the order they are written."""
    found: list[int] = []

    def walk(tree: Any) -> None:
        for op, arg in tree:
            if op in (C.ASSERT, C.ASSERT_NOT):
                direction, sub = arg
                if direction == 1:
                    found.append(min(sub.getwidth()[1], UNBOUNDED))
                walk(sub)
            elif op == C.BRANCH:
                for branch in arg[1]:
                    walk(branch)
            elif op == C.SUBPATTERN:
                walk(arg[3])
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
                walk(arg[2])
            elif op == C.ATOMIC_GROUP:
                walk(arg)
            elif op == C.GROUPREF_EXISTS:
                walk(arg[1])
                if arg[2]:
                    walk(arg[2])

    walk(_parser.parse(pattern, flags))
    return found
