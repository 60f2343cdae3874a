"""The one error type the generator raises for bad input."""

from __future__ import annotations


class SeedError(Exception):
    """A seed that cannot be turned into a discussion; prints as ``path:line: what was expected``."""

    def __init__(self, source: str, line: int, message: str) -> None:
        super().__init__(f"{shown_path(source)}:{line}: {message}")
        self.source = source
        """Path of the offending seed."""
        self.line = line
        """1-based line of the offending text (1 when the whole file is at fault)."""
        self.message = message
        """What was expected there."""

    def __reduce__(self) -> tuple[type[SeedError], tuple[str, int, str]]:
        # A worker process sends its rejections back pickled; an exception is rebuilt from its
        # args, which here are the formatted message alone.
        return SeedError, (self.source, self.line, self.message)


def shown_path(path: str) -> str:
    """``path`` fit for a terminal or a log: a file name that is not UTF-8 holds lone surrogates
    (Python's name for an undecodable byte), shown as ``\\xff``-style escapes; any other
    character as it is."""
    if path.isprintable():
        return path
    try:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate no file name holds: escaped as Python writes it
        return path.encode("ascii", "backslashreplace").decode("ascii")
