"""A seed whose first thread goes far deeper than the repository's seeds (depth 9)."""

from __future__ import annotations

DEPTH = 9
"""Depth of the deepest reply: its id is ``c1`` followed by ``-1`` nine times."""

LONG_URL = "https://example.com/a/very/long/path/that/does/not/break/by/itself?query=averyveryverylongvalue"
"""An unbroken run of text, the usual cause of horizontal scrolling on a phone."""


def deepest_id(depth: int = DEPTH) -> str:
    """Anchor of the reply at ``depth`` in the first thread."""
    return "c1" + "-1" * depth


def deep_seed() -> str:
    """The seed text, in the "numbered" dialect: bullets two spaces deeper per reply level."""
    lines = [
        "Deep thread test page",
        "",
        "Posted on Aug 27, 2008 in Tests",
        "",
        "By Test Author",
        "",
        "An article paragraph for the page with a deep thread.",
        "",
        "",
        "  1. Root Person says:",
        "",
        "    The root comment of a deep thread.",
        "",
    ]
    for depth in range(1, DEPTH + 1):
        lines += [
            " " * (2 + 2 * depth) + f"• Reply at depth {depth}: a sentence long enough to wrap at phone "
            f"width, then a link that cannot break by itself {LONG_URL}&depth={depth}",
            "",
        ]
    lines += ["  2. Second Person says:", "", "    A second thread.", "", "    • A short reply.", ""]
    return "\n".join(lines)
