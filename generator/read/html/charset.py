"""The bytes of a saved page to text: the character set from the byte order mark, else from the
page's own ``<meta charset>`` or ``<meta http-equiv="Content-Type">`` (looked for in its first
kilobytes, as browsers do), else UTF-8 with the seeds' declared fallback, Windows-1252, for bytes
that are not UTF-8 (:func:`generator.read.seedfile.decode`). Every guess is reported as a warning.

A page that declares another character set but whose bytes beyond ASCII are all valid UTF-8 is
read as UTF-8, with a warning: it was saved again as UTF-8 with its old declaration kept (a page
really written in ISO-8859-15 or Shift_JIS is almost never valid UTF-8; read so, the saved page
was garbled: "kilÃ³metros").

Only web encodings are followed (:func:`web_codec`), read as browsers read them: a page that
declares anything else (``rot13``, ``base64``, ``unicode_escape``, a name nobody knows) is read as
one that declares nothing, with a warning that names the declaration.
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

# What a page may declare is a web encoding (WHATWG Encoding Standard), not any Python codec:
# codecs.lookup also accepts rot13, base64, zlib, idna, punycode, unicode_escape and the like,
# which raise on text or quietly rewrite it ("\x41" read as "A"). A declaration is looked up
# first among the standard's labels that Python does not know, then through Python's aliases;
# the codec found must be one the standard names, read as browsers read it.
_LABELS = {
    "iso-8859-8-i": "iso8859-8",
    "logical": "iso8859-8",
    "visual": "iso8859-8",
    "csiso88598i": "iso8859-8",
    "windows-874": "cp874",
    "dos-874": "cp874",
    "x-mac-cyrillic": "mac-cyrillic",
    "x-mac-ukrainian": "mac-cyrillic",
    "koi": "koi8-r",
    "koi8": "koi8-r",
    "koi8-ru": "koi8-u",
    "windows-31j": "cp932",
    "x-sjis": "cp932",
    "csgb2312": "gb18030",
    "x-gbk": "gb18030",
    "x-euc-jp": "euc_jp",
    "cseuckr": "cp949",
    "windows-949": "cp949",
    "x-x-big5": "big5hkscs",
    "unicode": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    **{f"x-cp{n}": f"cp{n}" for n in range(1250, 1259)},
}

# Python's name of each codec the standard names, to the codec its decoder matches: Latin-1 and
# ASCII are read as Windows-1252 everywhere, Shift_JIS as Windows-31J, and so on; a UTF-16
# declaration found by reading the bytes as ASCII cannot be true, so the page is UTF-8.
_WEB_CODECS = {
    "utf-8": "utf-8",
    "utf-16": "utf-8",
    "utf-16-le": "utf-8",
    "utf-16-be": "utf-8",
    "cp866": "cp866",
    **{f"iso8859-{n}": f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)},
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "koi8-r": "koi8-r",
    "koi8-u": "koi8-u",
    "mac-roman": "mac-roman",
    "mac-cyrillic": "mac-cyrillic",
    "cp874": "cp874",
    **{f"cp{n}": f"cp{n}" for n in range(1250, 1259)},
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "big5": "big5hkscs",
    "big5hkscs": "big5hkscs",
    "euc_jp": "euc_jp",
    "iso2022_jp": "iso2022_jp",
    "shift_jis": "cp932",
    "cp932": "cp932",
    "euc_kr": "cp949",
    "cp949": "cp949",
}


def web_codec(label: str) -> str | None:
    """The Python codec that reads a declared character set as browsers do; None when the label
    names no web encoding (``rot13``, ``base64``, ``unicode_escape``, ``utf-7``, an unknown name)."""
    label = label.strip().lower()
    name = _LABELS.get(label, label)
    try:
        name = codecs.lookup(name).name
    except (LookupError, ValueError):  # ValueError: a NUL in the name
        return None
    return _WEB_CODECS.get(name)


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
    if name is None:
        return seedfile.decode(data, source)
    codec = web_codec(name)
    if codec == "utf-8":
        return seedfile.decode(data, source)
    if codec is not None and not data.isascii() and _utf8(data):
        warning = Diagnostic(source, 1, f"{name[:40]!r} declared, but the bytes are UTF-8; read as UTF-8")
        seed = seedfile.decode(data, source)
        return seedfile.SeedText(seed.text, (warning, *seed.warnings))
    text: str | None = None
    if codec is not None:
        try:
            text = data.decode(codec, errors="replace")
        except (LookupError, UnicodeError):
            text = None
    if text is None:
        # Read as a page that declares nothing would be: the declaration cannot be followed.
        warning = Diagnostic(source, 1, f"unknown character set {name[:40]!r} declared; read as UTF-8")
        seed = seedfile.decode(data, source)
        return seedfile.SeedText(seed.text, (warning, *seed.warnings))
    warnings: tuple[Diagnostic, ...] = ()
    if "\ufffd" in text and b"\xef\xbf\xbd" not in data:
        warnings = (Diagnostic(source, 1, f"bytes not valid in the declared {name} replaced by U+FFFD"),)
    if "\x00" in text:
        raise SeedError(source, 1, "expected text, found a NUL byte (a binary file?)")
    return seedfile.SeedText(text, warnings)


def _utf8(data: bytes) -> bool:
    """Whether ``data`` is valid UTF-8 (checked in C, nothing kept)."""
    try:
        codecs.decode(data, "utf-8")
    except UnicodeDecodeError:
        return False
    return True


def is_gzip(data: bytes) -> bool:
    """Whether the bytes start like a gzip file."""
    return data[:2] == b"\x1f\x8b"
