"""Any seed to the model: text dumps through the dialects, saved pages through the HTML reader.

The build calls :func:`read` and :func:`parse` for every seed; which reader a seed goes to is
decided by its name (:mod:`generator.read.suffixes`), never by guessing from its content.
"""

from __future__ import annotations

from pathlib import Path

from generator.model import Discussion
from generator.read import dialects, seedfile
from generator.read.suffixes import is_html


def read(path: Path, root: Path | None = None) -> seedfile.SeedText:
    """The decoded text of a seed: a saved page's charset from its BOM or ``<meta>``, gzip unpacked."""
    if not is_html(path.name):
        return seedfile.read(path, root)
    from generator.read.html import charset  # lxml is loaded only for saved pages

    data = seedfile.read_bytes(path, root)
    if path.name.lower().endswith(".gz") or charset.is_gzip(data):
        data = charset.gunzip(data, str(path), seedfile.MAX_BYTES)
    return charset.decode(data, str(path))


def parse(text: str, source: str = "<text>") -> Discussion:
    """Parse a seed's decoded text with the reader its name calls for."""
    if is_html(source):
        from generator.read import html

        return html.parse(text, source)
    return dialects.parse(text, source)
