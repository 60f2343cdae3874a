"""Small measuring tools: a timed child process with its peak memory, file trees, page weights."""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}


@dataclass(frozen=True)
class Run:
    """One finished child process."""

    seconds: float
    """Wall time."""

    cpu_seconds: float
    """User and system time of the process and the children it waited for: steadier than wall
    time on a busy machine, though blind to what running on two cores saves."""

    peak_rss_mb: float
    """Largest resident set of the process or any of its children, in MB."""

    output: str
    """Standard output and error together."""


def timed(command: list[str], cwd: Path) -> Run:
    """Run ``command`` to the end; fail loudly (with its output) if it fails."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    assert process.stdout is not None
    output = process.stdout.read()
    process.stdout.close()  # reaped by wait4 below, so Popen never closes it
    # wait4 gives the child's own rusage; ru_maxrss also covers the children it reaped.
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}):\n{output[-4000:]}")
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, output)


def tree_state(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``folder`` with its inode and modification time: a write changes one."""
    state: dict[str, tuple[int, int]] = {}
    for path in folder.rglob("*"):
        if path.is_file():
            info = path.stat()
            state[path.relative_to(folder).as_posix()] = (info.st_ino, info.st_mtime_ns)
    return state


def changed(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> list[str]:
    """Files written, created or removed between two :func:`tree_state` snapshots."""
    return sorted(path for path in before.keys() | after.keys() if before.get(path) != after.get(path))


def tree_bytes(folder: Path) -> int:
    """Total size of the files under ``folder``."""
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


class _Text(HTMLParser):
    """Collects the text of the comment bodies of a discussion page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth:
            self.depth += tag != "br"
        elif tag == "div" and ("class", "comment-body") in attrs:
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag != "br":
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.parts.append(data)


def comment_text_bytes(page: str) -> int:
    """UTF-8 bytes of the comment text on a rendered discussion page (markup excluded)."""
    parser = _Text()
    parser.feed(page)
    return len("".join(parser.parts).encode("utf-8"))


def page_weights(pages: list[Path]) -> tuple[int, int]:
    """Median HTML size of ``pages`` and the median of each page's chrome (HTML minus comment text)."""
    sizes, chrome = [], []
    for page in pages:
        data = page.read_text(encoding="utf-8")
        size = len(data.encode("utf-8"))
        sizes.append(size)
        chrome.append(size - comment_text_bytes(data))
    return int(statistics.median(sizes)), int(statistics.median(chrome))
