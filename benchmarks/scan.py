"""The baseline the generator is held to: read every seed and look at each line, nothing more.

Run as a child process (``python -m benchmarks.scan DIR``) so it pays the same start-up as the
generator does.
"""

from __future__ import annotations

import sys
from pathlib import Path


def scan(folder: Path) -> int:
    """Count the non-blank lines of every ``*.txt`` file of ``folder``, decoding them as UTF-8."""
    count = 0
    for path in sorted(folder.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                count += 1
    return count


if __name__ == "__main__":
    print(scan(Path(sys.argv[1])))
