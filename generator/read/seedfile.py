"""Seed files to text: refuse what is not a seed, decode what is, and report every oddity.

Seeds are UTF-8. Other encodings are read when they can be read without guessing (a UTF-16 or
UTF-32 byte order mark) or with one declared fallback: bytes that are not valid UTF-8 are read
as Windows-1252 (cp1252, the superset of Latin-1 that browsers use for "latin1"), byte by
byte, so the UTF-8 parts of a mixed file stay intact. Either way the seed gets a warning.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from generator.errors import SeedError
from generator.model import Diagnostic

MAX_BYTES = 256 * 1024 * 1024
"""Largest seed read (256 MiB): far above any real page, low enough not to exhaust memory."""

FALLBACK = "cp1252"
"""The declared fallback for bytes that are not UTF-8."""

# (byte order mark, codec, name shown in the warning); UTF-32 LE first, it begins like UTF-16 LE.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", ""),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

# surrogateescape turns each undecodable byte 0xNN into U+DCNN; map those to Windows-1252. The five
# bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become U+0081 … as in browsers.
_ESCAPED = re.compile("[\udc80-\udcff]")
_CP1252 = {
    0xDC00 + byte: bytes([byte]).decode(FALLBACK, errors="ignore") or chr(byte) for byte in range(0x80, 0x100)
}
_LINE_END = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class SeedText:
    """The decoded text of a seed and what was odd about reading it."""

    text: str
    """The seed's text, byte order mark removed."""

    warnings: tuple[Diagnostic, ...] = ()
    """Oddities of the file itself (encoding); the text was kept."""

    utf8: bytes | None = None
    """The file's bytes when they are the text encoded as UTF-8, exactly (valid UTF-8 without a
    byte order mark: nearly every seed), so that its digest needs no second encoding; else None."""


def line_of(text: str, index: int) -> int:
    """1-based line of ``text[index]``, counting CRLF, CR and LF as line ends (as the parser does)."""
    return sum(1 for _ in _LINE_END.finditer(text, 0, index)) + 1


def read(path: Path, root: Path | None = None) -> SeedText:
    """Read the seed at ``path``; with ``root``, refuse a symlink that leads outside that folder.

    Raises :class:`SeedError` for anything that is not a readable regular file of text.
    """
    return decode(read_bytes(path, root), str(path))


def read_bytes(path: Path, root: Path | None = None) -> bytes:
    """The bytes of the seed at ``path``, refused as :func:`read` refuses (saved pages are decoded
    by their own reader, :mod:`generator.read.html.charset`)."""
    source = str(path)
    try:
        # A first look, for a message that names what the path is; what is read is checked
        # again, on the open file (see _open_seed).
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise SeedError(source, 1, f"expected a seed file, found {_kind(info.st_mode)}")
        if info.st_size > MAX_BYTES:
            raise SeedError(
                source, 1, f"expected a seed of at most {MAX_BYTES // 2**20} MiB, found {info.st_size} bytes"
            )
        handle = _open_seed(path, root)
        with os.fdopen(handle, "rb") as stream:
            opened = os.fstat(stream.fileno())
            if not stat.S_ISREG(opened.st_mode):
                raise SeedError(source, 1, f"expected a seed file, found {_kind(opened.st_mode)}")
            if opened.st_size > MAX_BYTES:
                raise SeedError(source, 1, f"expected a seed of at most {MAX_BYTES // 2**20} MiB")
            # read(n) sets aside n bytes first: ask for the size the file has (and one byte more),
            # then for the rest of the allowance only if it grew meanwhile.
            data = stream.read(min(opened.st_size, MAX_BYTES) + 1)
            if len(data) <= MAX_BYTES and len(data) > opened.st_size:
                data += stream.read(MAX_BYTES + 1 - len(data))
    except OSError as error:
        raise SeedError(source, 1, f"expected a readable file ({error.strerror or error})") from None
    if len(data) > MAX_BYTES:
        raise SeedError(source, 1, f"expected a seed of at most {MAX_BYTES // 2**20} MiB")
    return data


# Non-blocking: a named pipe swapped in for the seed must not hang the build (it is refused once
# open, by fstat). Not following a symlink where none is expected (see _open_seed).
_READ = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
OPENAT = bool(_NOFOLLOW and _DIRECTORY and os.open in os.supports_dir_fd)
"""Whether a file can be opened relative to a folder's descriptor without following links (not
on Windows, where :func:`_open_seed` compares the open file with the entry checked instead)."""


def _open_seed(path: Path, root: Path | None) -> int:
    """A descriptor of the file at ``path`` (raises OSError); with ``root``, of a file inside
    that folder, whatever happens to ``path`` meanwhile.

    A symlink is followed as far as ``root`` allows: its target, resolved once, must lie inside
    ``root``; then it is opened from ``root``'s descriptor a component at a time, none of them
    followed if it is a link. So the file opened is the one checked: a seed, or a folder on its
    way, swapped for a link to a secret between the check and the read is refused, not read
    (the open fails), and the caller's fstat of the descriptor sees what is read."""
    if root is None:
        return os.open(path, _READ)
    real_root = os.path.realpath(root)
    try:
        target = os.path.realpath(path)
    except OSError as error:
        if error.errno == errno.EINVAL:  # a link when looked at, no link when its target was read
            raise SeedError(
                str(path), 1, f"expected a seed inside {root}; it changed while being read"
            ) from None
        raise
    try:
        relative = os.path.relpath(target, real_root)
    except ValueError:  # on another drive (Windows)
        relative = os.pardir
    if relative == os.curdir or relative.split(os.sep, 1)[0] == os.pardir or os.path.isabs(relative):
        raise SeedError(str(path), 1, f"expected a seed inside {root}, found a symlink to {target}")
    if not OPENAT:
        handle = os.open(target, _READ)
        opened, entry = os.fstat(handle), os.stat(target, follow_symlinks=False)
        if (opened.st_dev, opened.st_ino) != (entry.st_dev, entry.st_ino):
            os.close(handle)
            raise SeedError(str(path), 1, f"expected a seed inside {root}; it changed while being read")
        return handle
    *folders, name = relative.split(os.sep)
    folder = os.open(real_root, os.O_RDONLY | _DIRECTORY)
    try:
        for part in folders:
            inner = os.open(part, os.O_RDONLY | _DIRECTORY | _NOFOLLOW, dir_fd=folder)
            os.close(folder)
            folder = inner
        return os.open(name, _READ | _NOFOLLOW, dir_fd=folder)
    except OSError as error:
        if error.errno in (errno.ELOOP, errno.ENOTDIR):  # a link where the check found none
            raise SeedError(
                str(path), 1, f"expected a seed inside {root}; it became a symlink while being read"
            ) from None
        raise
    finally:
        os.close(folder)


def decode(data: bytes, source: str) -> SeedText:
    """Decode the bytes of a seed (see the module docstring); raises :class:`SeedError` for binary data."""
    warnings: list[Diagnostic] = []
    utf8: bytes | None = None
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as error:
                raise SeedError(
                    source, 1, f"expected {name} text after its byte order mark ({error.reason})"
                ) from None
            if name:
                warnings.append(
                    Diagnostic(source, 1, f"encoded as {name} (byte order mark); read as such, not UTF-8")
                )
            break
    else:
        try:
            # Valid UTF-8 (nearly every seed) decodes without escapes: no need to look for them.
            text, first, utf8 = data.decode("utf-8"), None, data
        except UnicodeDecodeError:
            text = data.decode("utf-8", errors="surrogateescape")
            first = _ESCAPED.search(text)
        if first:
            count = len(_ESCAPED.findall(text))
            byte = ord(first.group()) - 0xDC00
            line = line_of(text, first.start())
            text = _ESCAPED.sub(lambda match: _CP1252[ord(match.group())], text)
            warnings.append(
                Diagnostic(
                    source,
                    line,
                    f"not valid UTF-8 (byte 0x{byte:02X}); {plural_bytes(count)} read as {FALLBACK}",
                )
            )
    nul = text.find("\x00")
    if nul >= 0:
        raise SeedError(
            source,
            line_of(text, nul),
            "expected text, found a NUL byte (a binary file, or UTF-16 without a byte order mark?)",
        )
    return SeedText(text, tuple(warnings), utf8)


def plural_bytes(count: int) -> str:
    """``1 byte``, ``2 bytes``."""
    return f"{count} byte" if count == 1 else f"{count} bytes"


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "something that is not a regular file"
