"""What a reader's browser downloads to answer the first search query.

Material's search loads its whole index (``search/search_index.json``) before it can answer.
Pagefind loads a small entry file, its WebAssembly, the index chunks holding the query's words
and one fragment per result shown (``RESULTS_SHOWN``); that is measured by running a real query
with Pagefind's own ``pagefind.js`` under Node against the site served over HTTP on the
loopback, counting the bytes served.
"""

from __future__ import annotations

import functools
import json
import subprocess
import threading
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from generator.publish.search import RESULTS_SHOWN

QUERY_SCRIPT = Path(__file__).with_name("pagefind_query.mjs")
"""Runs one Pagefind query under Node and prints the results as JSON."""


@dataclass(frozen=True)
class QueryResult:
    """One Pagefind query and what it cost."""

    results: list[dict[str, Any]]
    """The first results: ``url``, ``title`` and ``anchors`` (sub-result URLs)."""

    count: int
    """How many pages matched."""

    bytes_served: int
    """Bytes the server sent for the query (index entry, WebAssembly, chunks, fragments)."""


class _CountingHandler(SimpleHTTPRequestHandler):
    served: list[int]

    def copyfile(self, source: Any, outputfile: Any) -> None:
        data = source.read()
        self.served.append(len(data))
        outputfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def pagefind_query(site: Path, query: str) -> QueryResult:
    """Run ``query`` against the Pagefind index of ``site`` as a browser would."""
    served: list[int] = []
    handler = type("Handler", (_CountingHandler,), {"served": served})
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        result = subprocess.run(
            ["node", str(QUERY_SCRIPT), str(site.resolve()), base, query, str(RESULTS_SHOWN)],
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
    finally:
        server.shutdown()
        server.server_close()
    data = json.loads(result.stdout)
    return QueryResult(data["results"], data["count"], sum(served))


def first_query_bytes(site: Path, search: str, query: str = "pilot") -> int:
    """Bytes of search data fetched for a first query on ``site`` built with ``search``.

    For Pagefind this counts ``pagefind.js`` too (read from disk by the Node script, fetched by a
    browser); the search box's own script and style load with every page and are not counted.
    """
    if search == "material":
        return (site / "search" / "search_index.json").stat().st_size
    if search == "pagefind":
        script = (site / "pagefind" / "pagefind.js").stat().st_size
        return pagefind_query(site, query).bytes_served + script
    raise ValueError(f"unknown search {search!r}")
