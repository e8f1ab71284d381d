"""Parse one page in Python, with exactly the code the build uses."""

from __future__ import annotations

from pathlib import Path

from . import formats
from .decode import check_page_bytes, to_utf8_if_wide
from .errors import PageRejected
from .model import ParsedPage
from .options import ParseOptions


def parse_page(data: bytes | str | Path, *, page_id: str | None = None, suffix: str | None = None,
               format: str | None = None, options: ParseOptions | None = None) -> ParsedPage:
    """Parse a raw page given as bytes or as a path.

    ``suffix`` (".txt", ".html", ...) picks the candidate formats when ``data`` is bytes;
    ``format`` forces one registered format. Raises :class:`PageRejected` with a reason code
    for a page that cannot become an article."""
    if isinstance(data, (str, Path)):
        path = Path(data)
        page_id = page_id or path.stem
        suffix = suffix or path.suffix
        data = path.read_bytes()
    if page_id is None:
        raise ValueError("expected page_id for a page given as bytes, got None")
    options = options or ParseOptions()
    if len(data) > options.limits.max_bytes:
        raise PageRejected("too-large", f"expected at most {options.limits.max_bytes} bytes, got {len(data)}")
    check_page_bytes(data)
    data = to_utf8_if_wide(data)
    if format is not None:
        if format not in formats.FORMATS:
            raise ValueError(f"expected one of the formats {sorted(formats.FORMATS)}, got {format!r}")
        module = formats.FORMATS[format]
    else:
        module = formats.detect(data, suffix or ".txt")
    page = module.parse(data, page_id, options)
    # Caps hold for every format, whatever each module checks on its own.
    if len(page.comments) > options.limits.max_comments:
        raise PageRejected("too-many-comments", f"expected at most {options.limits.max_comments} "
                           f"comments on a page, got {len(page.comments)}")
    return page
