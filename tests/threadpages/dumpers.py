"""Text dumps of a page made by w3m and lynx, the way a reader's archive would hold them.

The dumpers run with a fixed environment (C.UTF-8 locale, an empty home so no user settings are
read, no proxy or lynx variables) so the same page always gives the same bytes. lynx's link list
names the saved file's own path for relative links; that path is rewritten to
:data:`SAVED_DIR`, as if every page had been saved there.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

TOOLS = ("w3m", "lynx")
SAVED_DIR = "/home/reader/saved"
"""Where the dumps say the page was saved (lynx prints it in ``file://`` links)."""


def command(tool: str, width: int, path: Path) -> list[str]:
    """The dumper's command line for ``path`` at ``width`` columns (the executable found on PATH)."""
    exe = shutil.which(tool)
    if exe is None:
        raise FileNotFoundError(f"{tool} is not installed (not on PATH)")
    if tool == "w3m":
        return [exe, "-dump", "-T", "text/html", "-cols", str(width), "-O", "UTF-8", "-I", "UTF-8", str(path)]
    if tool == "lynx":
        return [exe, "-dump", f"-width={width}", "-display_charset=UTF-8", "-assume_charset=UTF-8", str(path)]
    raise ValueError(f"unknown dumper {tool!r}: expected one of {TOOLS}")


def _environment(home: Path) -> dict[str, str]:
    # Built from scratch rather than copied: LYNX_CFG, WWW_HOME, http_proxy, COLUMNS and the like
    # would otherwise change the output from one machine to the next.
    return {
        "PATH": os.environ.get("PATH", os.defpath),
        "HOME": str(home),
        "LC_ALL": "C.UTF-8",
        "LANG": "C.UTF-8",
        "TERM": "dumb",
        "TZ": "UTC",
    }


def dump(html: str, tool: str, width: int, name: str = "page.html") -> str:
    """``html`` as ``tool`` (``"w3m"`` or ``"lynx"``) dumps it at ``width`` columns.

    The page is written to a temporary file called ``name``; its directory shows up in lynx's link
    list as :data:`SAVED_DIR`. Raises ``FileNotFoundError`` when the tool is not installed and
    ``subprocess.CalledProcessError`` when it fails.
    """
    with tempfile.TemporaryDirectory(prefix="threadpages-") as tmp:
        root = Path(tmp)
        home = root / "home"
        saved = root / "saved"
        home.mkdir()
        saved.mkdir()
        path = saved / name
        path.write_bytes(html.encode("utf-8"))
        result = subprocess.run(
            command(tool, width, path),
            env=_environment(home),
            cwd=saved,
            capture_output=True,
            check=True,
            timeout=120,
        )
        out = result.stdout.decode("utf-8")
        for directory in {str(saved), os.path.realpath(saved)}:
            out = out.replace(f"file://localhost{directory}/", f"file://{SAVED_DIR}/")
            out = out.replace(f"file://{directory}/", f"file://{SAVED_DIR}/")
        return out


def version(tool: str) -> str:
    """The first line of the tool's version report (what the committed dumps were made with)."""
    exe = shutil.which(tool)
    if exe is None:
        raise FileNotFoundError(f"{tool} is not installed (not on PATH)")
    with tempfile.TemporaryDirectory(prefix="threadpages-") as tmp:
        result = subprocess.run(
            [exe, "-version"], env=_environment(Path(tmp)), capture_output=True, check=False, timeout=30
        )
    return result.stdout.decode("utf-8", "replace").splitlines()[0].strip()
