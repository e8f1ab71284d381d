"""Options a parser may receive. Parsers are pure functions of (bytes, options)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Limits:
    """Deterministic caps: a page over any of them is rejected with that reason, so what is
    rejected never depends on how fast the machine is."""

    max_bytes: int = 20_000_000
    max_comments: int = 50_000
    max_depth: int = 512  # HTML element nesting
    max_attributes: int = 1_000  # attributes on one HTML tag
    max_nodes: int = 2_000_000  # HTML elements in one page


@dataclass(frozen=True)
class ParseOptions:
    # Where and when the page was fetched, when known (from raw/sources.tsv). The crawl time is
    # the only reference against which relative ages ("8 months ago") are resolved.
    url: str | None = None
    crawled_at: datetime | None = None
    limits: Limits = field(default_factory=Limits)
