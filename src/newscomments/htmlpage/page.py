"""Assembling a :class:`ParsedPage` the same way for every HTML format: metadata, then the
comments the format found, then the body (which removes nodes, so it comes last), then the
checks every page gets (comment limit, declared vs parsed count, article or nothing)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import PageRejected
from ..language import guess_language
from ..model import ArticleRating, ParsedComment, ParsedPage
from ..options import ParseOptions
from ..urls import site_of
from .body import extract_body
from .dom import parse_document
from .meta import ArticleMeta, extract_meta


@dataclass
class CommentSection:
    """What a format module found in the comment area of a page."""

    system: str
    comments: list[ParsedComment] = field(default_factory=list)
    declared: int | None = None
    truncation: list[str] = field(default_factory=list)
    rating: ArticleRating | None = None
    notes: list[str] = field(default_factory=list)


def parse_with(read_section, data: bytes, page_id: str, fmt: str, version: str,
               options: ParseOptions) -> ParsedPage:
    """The whole parse of an HTML format whose comments ``read_section(tree, options)`` reads:
    the document, its metadata, the comments, then :func:`build_page`."""
    tree, text = parse_document(data, options.limits)
    meta = extract_meta(tree, url_hint=options.url, crawled_at=options.crawled_at, text=text)
    return build_page(tree, page_id, fmt, version, meta, read_section(tree, options), options)


def build_page(tree, page_id: str, fmt: str, version: str, meta: ArticleMeta,
               section: CommentSection, options: ParseOptions) -> ParsedPage:
    comments = section.comments
    if len(comments) > options.limits.max_comments:
        raise PageRejected("too-many-comments",
                           f"expected at most {options.limits.max_comments} comments, got {len(comments)}")
    body = extract_body(tree, meta.title)
    if not body and not comments:
        raise PageRejected("no-article", "expected an article body or comments in the HTML page, got neither")
    declared = section.declared
    if declared is None and meta.comment_count is not None:
        declared = meta.comment_count
    truncation = list(section.truncation)
    if declared is not None and declared > len(comments):
        truncation.append("declared-exceeds-parsed")
    language = meta.language or guess_language(body or " ".join(c.text for c in comments))
    return ParsedPage(
        page_id=page_id, format=fmt, comment_system=section.system, body=body,
        comments=tuple(comments), title=meta.title, url=meta.url or options.url,
        site=meta.site or site_of(options.url), byline=meta.byline, published=meta.published, language=language,
        declared_comment_count=declared, truncated=bool(truncation),
        truncation_reasons=tuple(dict.fromkeys(truncation)),
        rating=section.rating or meta.rating, notes=tuple(meta.notes) + tuple(section.notes),
        parser_version=version)
