"""Assembling a :class:`ParsedPage` the same way for every HTML format: metadata, then the
comments the format found, then the body (which removes nodes, so it comes last), then the
checks every page gets (comment limit, declared vs parsed count, article or nothing)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..errors import PageRejected
from ..language import page_language
from .. import dates
from ..model import ArticleRating, ParsedComment, ParsedPage, PostedTime
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


def reconcile_parent(section: CommentSection, k: int, nested: int | None, named: int | None,
                     own_id: str, named_id: str | None, ids: list[str]) -> tuple[int | None, str | None]:
    """(parent position, method) of comment ``k`` from the markup's nesting (``nested``) and
    the parent id the markup names (``named``: its position, ``named_id``: the id). The nesting
    wins (``html-nesting``); a named parent serves a flat display (``native-parent-id``) when it
    comes earlier; a disagreement is noted on ``section``."""
    if nested is not None:
        if named is not None and named != nested:
            section.notes.append(f"comment {own_id}: nested under comment {ids[nested]}, "
                                 f"but its markup names {named_id} as its parent")
        return nested, "html-nesting"
    if named is not None and named < k:
        return named, "native-parent-id"
    return None, None


def machine_or_printed(iso: str | None, printed: str | None,
                       shown: PostedTime | None) -> PostedTime | None:
    """A comment's time: the machine-readable ``iso`` under the ``printed`` string when it
    parses, else the printed date as read in the page's language (``shown``), else the printed
    string kept unparsed."""
    if iso:
        machine = dates.parse_date(iso.strip())
        if machine is not None:
            return dates.as_printed(machine, printed or iso)
    if shown is None and printed:
        return PostedTime(raw=printed)  # printed, but not a date we understand
    return shown


def _without_false_utc(comments: list[ParsedComment], offset, why: str, notes: list[str]) -> list[ParsedComment]:
    """``comments`` whose time claims the UTC offset the page showed false (``why``: how; see
    meta._false_theme_offset) keep their local time and lose the UTC one."""
    out = []
    dropped = 0
    for c in comments:
        t = c.posted
        if t is not None and t.utc is not None and t.local is not None \
                and t.local - t.utc.replace(tzinfo=None) == offset:
            c = replace(c, posted=replace(t, utc=None))
            dropped += 1
        out.append(c)
    if dropped:
        hours = offset.total_seconds() / 3600
        times = "comment time claims" if dropped == 1 else "comment times claim"
        notes.append(f"{dropped} {times} UTC{hours:+g}, {why}: kept as local times")
    return out


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
    if meta.false_offset is not None:
        comments = _without_false_utc(comments, meta.false_offset, meta.false_offset_why, section.notes)
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
    language = meta.language
    if language is None or language == "en" and len(body) >= _TRUSTED_BODY:
        # WordPress's default locale writes lang="en-US" on blogs in every language: an English
        # label is checked against the article's words.
        guessed = page_language(body, [c.text for c in comments])
        language = guessed if language is None or guessed is not None else language
    return ParsedPage(
        page_id=page_id, format=fmt, comment_system=section.system, body=body,
        comments=tuple(comments), title=meta.title, url=meta.url or options.url,
        site=meta.site or site_of(options.url), byline=meta.byline, published=meta.published, language=language,
        declared_comment_count=declared, truncated=bool(truncation),
        truncation_reasons=tuple(dict.fromkeys(truncation)),
        rating=section.rating or meta.rating, notes=tuple(meta.notes) + tuple(section.notes),
        parser_version=version)


_TRUSTED_BODY = 400  # characters of article text that the word counts can be trusted on
