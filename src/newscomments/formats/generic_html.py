"""Any HTML article page: the low-confidence fallback of the HTML formats.

A page whose comment section no other module understands is still an article. Its comments are
read from the repetition of their markup when :mod:`.comment_groups` finds a group of them
(``comment_system`` "other", with a note saying so and naming the system when the page does);
otherwise it is returned with zero comments, ``comment_system`` "none" or the system it shows
but we do not parse ("disqus", "blogger", or "other" with the name in a note: "comment system
not supported: X"). Only a page with neither an article body nor comments is rejected
(``no-article``).
"""

from __future__ import annotations

from ..htmlpage.dom import parse_document
from ..htmlpage.meta import extract_meta
from ..htmlpage.page import CommentSection, build_page
from ..htmlpage.systems import looks_like_html, other_system
from ..model import ParsedPage
from ..options import ParseOptions
from .comment_groups import read_groups

NAME = "generic_html"
VERSION = "generic_html/11"
SUFFIXES = (".html", ".htm")

_SCHEMA_SYSTEMS = frozenset(["disqus", "blogger"])  # named in the articles schema's enum


def detect(data: bytes, suffix: str) -> float:
    return 0.1 if looks_like_html(data) else 0.05


def parse(data: bytes, page_id: str, options: ParseOptions | None = None) -> ParsedPage:
    options = options or ParseOptions()
    tree, text = parse_document(data, options.limits)
    meta = extract_meta(tree, url_hint=options.url, crawled_at=options.crawled_at, text=text)
    found = other_system(data)
    grouped = read_groups(tree)
    if grouped is not None:
        grouped.notes.append(f"comments read from the repetition of their markup (comment system: {found or 'not named'})")
        return build_page(tree, page_id, NAME, VERSION, meta, grouped, options)
    section = CommentSection(system="none")
    if found is not None:
        section.system = found if found in _SCHEMA_SYSTEMS else "other"
        section.notes.append(f"comment system not supported: {found}")
    return build_page(tree, page_id, NAME, VERSION, meta, section, options)
