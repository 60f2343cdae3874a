"""The bytes of a saved page to text: the character set from the byte order mark, else from the
page's own ``<meta charset>`` or ``<meta http-equiv="Content-Type">`` (looked for in its first
kilobytes, as browsers do), else UTF-8 with the seeds' declared fallback, Windows-1252, for bytes
that are not UTF-8 (:func:`generator.read.seedfile.decode`). Every guess is reported as a warning.
"""

from __future__ import annotations

import codecs
import zlib

from lxml import etree

from generator.errors import SeedError
from generator.model import Diagnostic
from generator.read import seedfile

PRESCAN_BYTES = 4096
"""How far into the page its character set declaration is looked for (browsers look at 1024
bytes; saved pages often put a long ``<title>`` or inline style first)."""

# The labels that browsers read as another encoding than Python's codec of that name
# (WHATWG Encoding Standard): Latin-1 and ASCII are read as Windows-1252 everywhere.
_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "windows-1252": "cp1252",
    "x-sjis": "shift_jis",
    "utf8": "utf-8",
    "unicode": "utf-8",
}


def gunzip(data: bytes, source: str, limit: int) -> bytes:
    """The content of a gzip file, refused past ``limit`` bytes (a small file can unpack to gigabytes)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as error:
        raise SeedError(source, 1, f"expected a gzip-compressed page, found damaged data ({error})") from None
    if len(out) > limit:
        raise SeedError(
            source, 1, f"expected a page of at most {limit // 2**20} MiB once unpacked, found more"
        )
    if not inflater.eof:
        raise SeedError(source, 1, "expected a gzip-compressed page, found one cut short")
    return out


def declared(data: bytes) -> str | None:
    """The character set the page's ``<meta>`` declares in its first :data:`PRESCAN_BYTES`, if any."""
    head = data[:PRESCAN_BYTES]
    if not head.strip():
        return None
    # Latin-1 maps every byte to a character: the ASCII markup reads the same in any
    # ASCII-compatible encoding, which is what the declaration is allowed to name.
    parser = etree.HTMLParser(no_network=True, remove_comments=True, encoding="iso-8859-1")
    root = etree.fromstring(head, parser=parser)
    if root is None:
        return None
    for meta in root.iter("meta"):
        charset = meta.get("charset")
        if charset and charset.strip():
            return charset.strip().lower()
        if (meta.get("http-equiv") or "").strip().lower() == "content-type":
            for part in (meta.get("content") or "").split(";"):
                key, _, value = part.partition("=")
                if key.strip().lower() == "charset" and value.strip(" \"'"):
                    return value.strip(" \"'").lower()
    return None


def decode(data: bytes, source: str) -> seedfile.SeedText:
    """Decode a page's bytes (see the module docstring); raises :class:`SeedError` only for binary data."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return seedfile.decode(data, source)  # the byte order mark wins over any declaration
    name = declared(data)
    codec = _ALIASES.get(name, name) if name else None
    if codec is not None:
        try:
            codec = codecs.lookup(codec).name
        except LookupError:
            warning = Diagnostic(source, 1, f"unknown character set {name!r} declared; read as UTF-8")
            seed = seedfile.decode(data, source)
            return seedfile.SeedText(seed.text, (warning, *seed.warnings))
        if codec.startswith(("utf-16", "utf-32")):
            codec = "utf-8"  # a declaration found by reading the bytes as ASCII cannot be UTF-16
    if codec is None or codec == "utf-8":
        return seedfile.decode(data, source)
    text = data.decode(codec, errors="replace")
    warnings: tuple[Diagnostic, ...] = ()
    if "\ufffd" in text and b"\xef\xbf\xbd" not in data:
        warnings = (Diagnostic(source, 1, f"bytes not valid in the declared {name} replaced by U+FFFD"),)
    if "\x00" in text:
        raise SeedError(source, 1, "expected text, found a NUL byte (a binary file?)")
    return seedfile.SeedText(text, warnings)


def is_gzip(data: bytes) -> bool:
    """Whether the bytes start like a gzip file."""
    return data[:2] == b"\x1f\x8b"
