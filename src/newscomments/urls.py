"""The site of an article URL, for every format.

A capture in the Wayback Machine (``https://web.archive.org/web/20160330101229/http://host/...``,
maybe with a ``id_``/``im_`` flag after the timestamp) belongs to the archived page's site, not
to web.archive.org: crawls hold many such captures, and their canonical links point back into
the archive. The URL itself is kept as printed."""

from __future__ import annotations

import re

_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://(?:web\.archive\.org/web/\d+[a-z_]*/(?:[a-z]+:/+)?)?([^/:?#@]+)",
                   re.I)


def site_of(url: str | None) -> str | None:
    """The host of ``url`` without "www.", lower-cased (the archived host for a Wayback
    capture); None when ``url`` has no scheme and host."""
    if not url:
        return None
    m = _HOST.match(url)
    return m.group(1).lower().removeprefix("www.") if m else None
