"""``python -m benchmarks [S M L] [--search material|pagefind]``: see benchmarks/run.py."""

import sys

from benchmarks.run import main

sys.exit(main())
