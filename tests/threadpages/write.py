"""Regenerate the committed fixtures: ``python -m tests.threadpages.write [--out DIR] [--no-dumps]``.

For every catalog page NAME it writes ``NAME.html``, ``NAME.truth.json`` and the text dumps listed
in :data:`DUMPS`, plus ``tools.txt`` naming the w3m and lynx versions the dumps came from. A second
run gives byte-identical files.
"""

from __future__ import annotations

import argparse
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.threadpages import dump, render, truth_json
from tests.threadpages.catalog import fixtures
from tests.threadpages.dumpers import TOOLS, version

FIXTURES_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "threads"
DUMPS: tuple[tuple[str, int], ...] = (("w3m", 80), ("w3m", 200), ("w3m", 10000), ("lynx", 80), ("lynx", 200))
"""(tool, width) of every dump made of every page."""
TOOLS_FILE = "tools.txt"


def dump_name(name: str, tool: str, width: int) -> str:
    """``NAME.w3m-80.txt`` and so on."""
    return f"{name}.{tool}-{width}.txt"


def pages() -> dict[str, bytes]:
    """Every page's HTML and truth file, by file name."""
    files: dict[str, bytes] = {}
    for fixture in fixtures():
        files[f"{fixture.name}.html"] = render(fixture.engine, fixture.page).encode("utf-8")
        files[f"{fixture.name}.truth.json"] = truth_json(fixture.page, fixture.engine).encode("utf-8")
    return files


def dumps(htmls: dict[str, bytes]) -> dict[str, bytes]:
    """Every dump of every page (``htmls`` as :func:`pages` gives them), plus ``tools.txt``."""
    jobs = [
        (file[: -len(".html")], tool, width, html.decode("utf-8"))
        for file, html in htmls.items()
        if file.endswith(".html")
        for tool, width in DUMPS
    ]

    def one(job: tuple[str, str, int, str]) -> tuple[str, bytes]:
        name, tool, width, html = job
        return dump_name(name, tool, width), dump(html, tool, width, f"{name}.html").encode("utf-8")

    with ThreadPoolExecutor(max_workers=min(16, (os.cpu_count() or 2) * 2)) as pool:
        files = dict(pool.map(one, jobs))
    files[TOOLS_FILE] = "".join(f"{tool}: {version(tool)}\n" for tool in TOOLS).encode("utf-8")
    return files


def write_all(out: Path, with_dumps: bool = True) -> list[Path]:
    """Write every fixture file into ``out`` (created if missing); returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    files = pages()
    if with_dumps:
        files |= dumps(files)
    written = []
    for file, data in sorted(files.items()):
        path = out / file
        path.write_bytes(data)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(prog="python -m tests.threadpages.write", description=__doc__)
    parser.add_argument(
        "--out", type=Path, default=FIXTURES_DIR, help=f"folder to write (default {FIXTURES_DIR})"
    )
    parser.add_argument(
        "--no-dumps", action="store_true", help="only HTML and truth files (no w3m or lynx needed)"
    )
    args = parser.parse_args(argv)
    written = write_all(args.out, with_dumps=not args.no_dumps)
    print(f"wrote {len(written)} files to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
