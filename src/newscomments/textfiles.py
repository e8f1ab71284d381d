"""The small text files a user hands a build (``sources.tsv``, ``splits.tsv``, removal lists):
one place that turns what can go wrong when reading them into an :class:`InputError` naming
the file and what was expected, rather than a traceback."""

from __future__ import annotations

from pathlib import Path

from .errors import InputError


def read_user_text(path: Path, what: str) -> str:
    """The text of ``path`` (UTF-8; a byte-order mark, as spreadsheet programs write one, is
    dropped). ``what`` names the file's role in the messages ("a sources.tsv")."""
    try:
        data = Path(path).read_bytes()
    except IsADirectoryError:
        raise InputError(f"{path}: expected {what}, got a folder") from None
    except OSError as exc:
        raise InputError(f"{path}: expected {what} that can be read, got {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: expected {what} in UTF-8, got undecodable bytes at offset {exc.start}") from None
    return text.removeprefix("\ufeff")
