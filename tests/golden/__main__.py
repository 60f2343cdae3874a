"""``python -m tests.golden``: regenerate the golden files (see :mod:`tests.golden`)."""

from __future__ import annotations

import sys

from tests.golden import GOLDEN_DIR, regenerate


def main() -> int:
    """Regenerate and say what changed."""
    written, removed = regenerate()
    for name in written:
        print(f"wrote {GOLDEN_DIR.name}/{name}")
    for name in removed:
        print(f"removed {GOLDEN_DIR.name}/{name}")
    if not written and not removed:
        print("golden files are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
