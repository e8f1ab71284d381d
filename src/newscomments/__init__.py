"""newscomments: reader comments under news articles as schema-validated tables with fixed
splits and benchmark tasks.

Import is cheap: heavy modules (pyarrow, datasets) load only when a function needs them."""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import (  # noqa: E402
    ChecksumMismatch, IntegrityError, InputError, NewsCommentsError, PageRejected,
    ValidationFailed)
from .parse import parse_page  # noqa: E402


def load(table: str, split: str | None = None, data_dir=None):
    """See :func:`newscomments.loader.load`."""
    from .loader import load as _load
    return _load(table, split=split, data_dir=data_dir)


__all__ = ["__version__", "parse_page", "load", "NewsCommentsError", "PageRejected",
           "InputError", "ValidationFailed", "IntegrityError", "ChecksumMismatch"]
