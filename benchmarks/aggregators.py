"""A synthetic archive of Hacker News and old Reddit pages as w3m dumps them (the "aggregator"
dialect).

Written directly in w3m's layout, without running it, as :mod:`benchmarks.dumps` does: Hacker
News' header with its parent/prev/next links, the text with the spacer image or vote arrow beside
a line, "reply"; old Reddit's header with its three scores and reply count, the text, the list of
actions. Sizes match :mod:`benchmarks.corpus` (pages of 20-180 comments, up to 6 deep).
"""

from __future__ import annotations

import random
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.corpus import _paragraph

_USERS = ("zokier", "nanosec", "tmpfs_tom", "wget_r", "sedawk", "pipefail", "kqr", "dang_it", "baud300")


@dataclass
class Comment:
    """A comment of a synthetic page: its depth and its replies."""

    depth: int
    """0 for a top-level comment."""
    replies: list[Comment] = field(default_factory=list)
    """Its direct replies, in page order."""


def tree(rng: random.Random, count: int) -> list[Comment]:
    """``count`` comments in a random forest, up to 6 deep."""
    roots: list[Comment] = []
    path: list[Comment] = []
    for _ in range(count):
        depth = 0 if not path or rng.random() < 0.35 else min(len(path), rng.randint(1, len(path)), 6)
        del path[depth:]
        comment = Comment(depth)
        (path[-1].replies if path else roots).append(comment)
        path.append(comment)
    return roots


def page_order(comments: list[Comment]) -> list[tuple[Comment, bool, bool]]:
    """Every comment in page order, with whether it has a sibling before and after it."""
    out: list[tuple[Comment, bool, bool]] = []
    stack = [(comments, 0)]
    while stack:
        siblings, at = stack.pop()
        if at == len(siblings):
            continue
        stack.append((siblings, at + 1))
        out.append((siblings[at], at > 0, at < len(siblings) - 1))
        stack.append((siblings[at].replies, 0))
    return out


def _wrapped(text: str, indent: int) -> list[str]:
    return [" " * indent + line for line in textwrap.wrap(text, width=80 - indent)]


def _descendants(comment: Comment) -> int:
    return sum(1 + _descendants(reply) for reply in comment.replies)


def hacker_news(rng: random.Random, index: int, comments: list[Comment]) -> str:
    """One Hacker News item page with ``comments``, as w3m dumps it at 80 columns."""
    lines = ["● Hacker News new | past | comments | ask | show | jobs | submit         login"]
    lines += [f"   Ask HN: question number {index} about keeping things"]
    lines += [f"   {rng.randint(5, 900)} points by {rng.choice(_USERS)} 9 hours ago | hide | past | favorite"]
    lines += [
        *_wrapped(" ".join(_paragraph(rng, 300)), 3),
        "   [" + " " * 76 + "]",
        "",
        "   [add comment]",
        "",
    ]
    for comment, before, after in page_order(comments):
        indent = 4 + 2 * min(comment.depth, 1)
        links = (["parent", "root"] if comment.depth else []) + (["prev"] if before else [])
        links += ["next"] if after else []
        shown = " | " + " | ".join(links) if links else ""
        lines += ["", f"{' ' * indent}{rng.choice(_USERS)} {rng.randint(1, 23)} hours ago{shown} [–]", ""]
        for number in range(rng.choice((1, 1, 2, 3))):
            if number:
                lines.append("")
            text = _wrapped(" ".join(_paragraph(rng, 220)), indent)
            beside = "[s]" if comment.depth else "*"
            text[len(text) // 2] = beside + text[len(text) // 2][len(beside) :]
            lines += text
        lines += ["", f"{' ' * indent}reply"]
    lines += ["", "   Guidelines | FAQ | Lists | API | Security | Legal | Apply to YC | Contact", ""]
    return "\n".join(lines) + "\n"


def old_reddit(rng: random.Random, index: int, comments: list[Comment]) -> str:
    """One old Reddit comments page with ``comments``, as w3m dumps it at 80 columns."""
    lines = ["jump to content", "my subreddits", "", "this post was submitted on 2024-03-05", ""]
    lines += [f"Question number {index} about switches (self.keyboards)", ""]
    lines += [f"submitted 22 hours ago by {rng.choice(_USERS)}", ""]
    lines += ["  • 30 comments", "  • share", "  • save", ""]
    count = len(page_order(comments))
    lines += [
        *_wrapped(" ".join(_paragraph(rng, 300)), 0),
        "",
        f"all {count} comments",
        "sorted by:",
        "best",
        "",
    ]
    for comment, _, _ in page_order(comments):
        score = rng.randint(1, 400)
        children = _descendants(comment)
        plural = "child" if children == 1 else "children"
        lines += [
            f"[–]{rng.choice(_USERS)} {score} points{score + 1} points{score + 2} points "
            f"{rng.randint(1, 23)} hours ago ({children} {plural})",
            "",
        ]
        for number in range(rng.choice((1, 1, 2, 3))):
            if number:
                lines.append("")
            lines += _wrapped(" ".join(_paragraph(rng, 220)), 0)
        lines += ["", "  • permalink", "  • embed", "  • save", "  • report", "  • reply", ""]
    return "\n".join(lines) + "\n"


def write_aggregator_dumps(folder: Path, pages: int, seed: int = 2007) -> int:
    """Write ``pages`` dumps (Hacker News and old Reddit in turn, 20-180 comments each); their
    size in bytes."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for index in range(pages):
        page = old_reddit if index % 2 else hacker_news
        path = folder / f"{index:05d}_aggregator.txt"
        path.write_text(page(rng, index, tree(rng, rng.randint(20, 180))), encoding="utf-8")
        total += path.stat().st_size
    return total
