"""Text, markdown and RST pages whose comment section is raw HTML.

Static-site imports of blogs keep the old comment list as an HTML block in the post's source
(WordPress to Pelican, Gatsby, Hugo or Jekyll; Blogger to Jekyll or Octopress), and converters
that keep raw HTML (pandoc's markdown) leave the comment markup among the text. The text
formats see tags there, not comments. Here the article is read as text (``other_text``'s rules
for the head and body, on the lines above the block) and the comments by the HTML format
modules from the block itself, which keeps the thread structure and the machine-readable dates.

The block starts at a line that opens an element named for comments (``<div
id="comments">``, ``<ol class="commentlist">``, ``<div class='comments'>``; the opening tag
may follow a list marker): of those before the first comment's own markup, the first from
which only markup and headings lead to it (no prose: a box named for a reader's comment in the
article is no start). Lines in fenced code never start one, nor indented lines but under RST's
``.. raw:: html`` directive. The block runs to the end of the page. Readings, first that gives
comments wins:

1. the text formats on the page as it is, when they find at least as many comments as the
   block gives (markup shown in an article, one comment left in HTML among markdown ones);
   read without the tags when theirs would glue the block's markup into a text;
2. the HTML format that recognises the block best (names left in markdown by a converter,
   "[Ed](url)", read plainly; nesting that only unclosed boxes make is no reply);
3. the text formats on the page without its tags (a converter kept the divs and wrote names,
   dates and lists in markdown);
4. an importer's own list of named items without dates (jekyll-import's Blogger comments).

The article is the text above the block, read by ``other_text`` without its tags.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace

from ..decode import decode_page, normalize_newlines
from ..errors import PageRejected
from ..language import page_language
from ..htmlpage.dom import parse_document
from ..htmlpage.text import paragraphs, squash
from ..model import ParsedComment, ParsedPage
from ..options import ParseOptions
from . import other_text, pagehead, textpage
from . import textblocks as tb
from . import wordpress_text_layouts as layouts

NAME = "embedded_html"
VERSION = "embedded_html/1"
SUFFIXES = other_text.SUFFIXES

# An opening tag of a block element whose id or class names comments, alone or after a list
# marker, at a line's start. (Only the first 300 bytes of the tag are read.)
_AREA_START = re.compile(
    rb"(?mi)^(?P<indent>[ \t]*)(?:(?:[-*+]|\d{1,3}[.)])[ \t]+)?<(?:div|ol|ul|section|dl)\b[^>\n]{0,300}?"
    rb"\b(?:id|class)[ \t]*=[ \t]*[\"'](?:[^\"'\n]*[\s_-])?comment")
# The markup of one comment that some HTML format reads (WordPress's item or body, Blogger's
# block, wpDiscuz's wrapper, Drupal's article, an imported list's own "comment" div).
_COMMENT_MARK = re.compile(rb"(?i)<(?:li|div|article)\b[^>\n]{0,300}?\b(?:id[ \t]*=[ \t]*[\"'](?:li-)?comment-\d|"
                           rb"class[ \t]*=[ \t]*[\"'](?:[^\"'\n]*\s)?(?:comment|comment-body|comment-block|wpd-comment)[\"'\s])")
_FENCE = re.compile(rb"(?m)^[ \t]{0,3}(?:```|~~~)")
_RAW_DIRECTIVE = re.compile(r"^\s*\.\. raw::\s*html\s*$")


def detect(data: bytes, suffix: str) -> float:
    if b"<" not in data or b"omment" not in data:
        return 0.0
    return 0.97 if _area_start(data) is not None else 0.0


def _area_start(data: bytes) -> int | None:
    """The byte offset of the line that opens the comment block, or None: of the lines that
    open an element named for comments before the first comment's mark, the first from which
    only markup, headings and blank lines lead to it (a box named for a reader's comment in the
    article's text, with prose after it, is no start)."""
    starts: list[int] = []
    mark = None
    for m in _AREA_START.finditer(data, 0, tb.HEAD_BYTES):
        start = m.start()
        if mark is not None and start > mark:
            break
        if _in_fence(data, start):
            continue
        if len(m.group("indent").expandtabs(4)) >= 4 and not _under_raw_directive(data, start):
            continue  # a markdown code block
        if mark is None:
            found = _COMMENT_MARK.search(data, start)
            if found is None:
                return None
            mark = found.start()
        starts.append(start)
    if not starts:
        return None
    k = len(starts) - 1
    while k > 0 and not _prose_between(data, starts[k - 1], starts[k]):
        k -= 1
    return starts[k]


def _prose_between(data: bytes, a: int, b: int) -> bool:
    """Is there a line of prose between offsets ``a`` and ``b``: text outside markup, or eight
    words and more in a tag that is no heading (a comment list's wrappers hold a count heading
    at most)?"""
    for line in data[a:b].split(b"\n")[1:]:
        s = line.strip()
        if not s or s[:1] == b"#" or _LIST_MARKUP.match(s) or _HEADING_TAG.match(s):
            continue
        if s[:1] != b"<" or len(_TAG_BYTES.sub(b" ", s).split()) >= 8:
            return True
    return False


_HEADING_TAG = re.compile(rb"^<h[1-6]\b", re.I)
_TAG_BYTES = re.compile(rb"<[^<>]*>")


_LIST_MARKUP = re.compile(rb"^(?:[-*+]|\d{1,3}[.)])(?:\s+<|\s*$)")  # "1.  <div …>", a bare marker


def _in_fence(data: bytes, offset: int) -> bool:
    """Is ``offset`` inside fenced code (an odd number of fence lines above it)?"""
    return len(_FENCE.findall(data, 0, offset)) % 2 == 1


def _under_raw_directive(data: bytes, offset: int) -> bool:
    """Is the indented line at ``offset`` in the content of RST's ``.. raw:: html``?"""
    above = data[:offset].decode("utf-8", errors="ignore").split("\n")
    indent = len(data[offset:data.find(b"<", offset)].decode("utf-8", errors="ignore").expandtabs(4))
    for line in reversed(above[:-1]):
        if not line.strip():
            continue
        if len(line) - len(line.lstrip()) < indent:
            return _RAW_DIRECTIVE.match(line) is not None
    return False


def parse(data: bytes, page_id: str, options: ParseOptions | None = None) -> ParsedPage:
    options = options or ParseOptions()
    textpage.reject_if_too_large(data, options)
    text = normalize_newlines(decode_page(data))
    data = text.encode("utf-8")
    start = _area_start(data)
    if start is None:
        raise PageRejected("unknown-format", "expected a comment section of raw HTML in the text, got none")
    block = data[start:]
    # The block as the site printed it (an importer copied it), for the HTML formats.
    if not _under_raw_directive(data, start) and b"<pre" not in block.lower():
        # Markdown ends an HTML block at a blank line: what follows is a paragraph of its own
        # (an importer that dropped the <p> tags left blank lines between paragraphs).
        block = _BLANK_LINES.sub(b"\n<p></p>\n", block)
    html_page = _comments_of(block, page_id, options)
    # 1. A page the text formats read as it is keeps their reading (and their name), unless
    # the block gives more comments (markup shown in an article, one comment left in HTML).
    as_is = _text_parse(text, page_id, options)
    if as_is is not None and as_is.comments and (html_page is None or len(as_is.comments) >= len(html_page.comments)):
        if not any(_TAG.search(c.text) for c in as_is.comments):
            return as_is
        # the block's markup glued to the comments around it: the text without its tags
        stripped = _text_parse(_as_text(text), page_id, options)
        if stripped is not None and len(stripped.comments) >= len(as_is.comments):
            return replace(stripped, format=NAME, parser_version=VERSION)
        return as_is
    if html_page is not None and html_page.comments:  # 2. the HTML formats' reading
        comments = tuple(_plain_author(c) for c in html_page.comments)
        if _unclosed(block) and any(c.parent_method == "html-nesting" for c in comments):
            # An importer that never closed its comment boxes nests each in the one before:
            # the nesting of such markup is no reply (Movable Type exports to Jekyll).
            comments = tuple(replace(c, parent_position=None, parent_method=None, parent_confidence=None,
                                     depth=0) if c.parent_method == "html-nesting" else c for c in comments)
        if html_page.declared_comment_count is None and (declared := _declared_above(data[:start])) is not None:
            html_page = replace(html_page, declared_comment_count=declared,
                                truncated=html_page.truncated or declared > len(comments),
                                truncation_reasons=html_page.truncation_reasons + (
                                    ("declared-exceeds-parsed",) if declared > len(comments) else ()))
        return _joined(_article(data[:start], page_id, options), comments, html_page, [], options)
    # 3. Tags among markdown (a converter kept the divs and wrote names, dates and lists in
    # markdown): the text without its tags, read by the text formats.
    text_page = _text_parse(_as_text(text), page_id, options)
    if text_page is not None and text_page.comments:
        return replace(text_page, format=NAME, parser_version=VERSION)
    # 4. An importer's own list of named items, without dates.
    if named := _named_items(block, options):
        note = "comments read from an imported list of named items in raw HTML"
        return _joined(_article(data[:start], page_id, options), named, None, [note], options)
    if text_page is not None:
        return replace(text_page, format=NAME, parser_version=VERSION)  # an article, no comments
    raise PageRejected("no-article", "expected an article body or comments, got neither")


def _article(head: bytes, page_id: str, options: ParseOptions) -> ParsedPage | None:
    """The article above the block, read as text without its tags (None: no article)."""
    try:
        return other_text.parse(_as_text(_without_comment_heading(head.decode("utf-8"))).encode("utf-8"),
                                page_id, options)
    except PageRejected:
        return None


def _joined(article: ParsedPage | None, comments: tuple[ParsedComment, ...], html_page: ParsedPage | None,
            notes: list[str], options: ParseOptions) -> ParsedPage:
    """The article's fields with the comments and the comment section's fields."""
    body = article.body if article else ""
    notes = (list(article.notes) if article else []) + (list(html_page.notes) if html_page else []) + notes
    published = pagehead.check_published(article.published if article else None,
                                         [c.posted for c in comments], notes)
    return ParsedPage(
        page_id=article.page_id if article else html_page.page_id, format=NAME,
        comment_system=html_page.comment_system if html_page else "other",
        body=body, comments=comments, title=article.title if article else None,
        url=article.url if article else options.url, site=article.site if article else None,
        byline=article.byline if article else None, credit=article.credit if article else None,
        published=published, language=page_language(body, [c.text for c in comments]),
        previous_title=article.previous_title if article else None,
        next_title=article.next_title if article else None,
        declared_comment_count=html_page.declared_comment_count if html_page else None,
        truncated=html_page.truncated if html_page else False,
        truncation_reasons=html_page.truncation_reasons if html_page else (),
        rating=html_page.rating if html_page else None,
        notes=tuple(dict.fromkeys(notes)), parser_version=VERSION)


def _text_parse(text: str, page_id: str, options: ParseOptions) -> ParsedPage | None:
    """``text`` parsed by the text format most confident it reads it (None: rejected)."""
    from . import FORMATS  # the registry imports this module

    data = text.encode("utf-8")
    best, best_score = FORMATS["other_text"], 0.0
    for name in ("wpdiscuz_text", "wordpress_text", "other_text"):
        score = FORMATS[name].detect(data, ".md")
        if score > best_score:
            best, best_score = FORMATS[name], score
    try:
        return best.parse(data, page_id, options)
    except PageRejected:
        return None


def _comments_of(block: bytes, page_id: str, options: ParseOptions) -> ParsedPage | None:
    """The comment block parsed as a page by the HTML format most confident it reads it (the
    registry's own choice for an ".html" page), or None."""
    from . import detect as detect_format  # the registry imports this module

    doc = b"<html><body>" + block + b"</body></html>"
    try:
        return detect_format(doc, ".html").parse(doc, page_id, options)
    except PageRejected:
        return None


def _named_items(block: bytes, options: ParseOptions) -> tuple[ParsedComment, ...]:
    """Comments of a list an importer wrote in its own markup, which no format module knows
    and which has no dates (jekyll-import's Blogger comments: ``div.comment`` items, each
    with a ``.author`` and a ``.content``): items whose class is "comment" with a part named
    for the author and one for the text. The block is named for comments and sits in a post's
    source, so no date is needed to tell them from other lists."""
    try:
        tree, _ = parse_document(b"<html><body>" + block + b"</body></html>", options.limits)
    except PageRejected:
        return ()  # hostile markup (nesting past the limit): no comments from it, the article stays
    out: list[ParsedComment] = []
    for item in tree.css(".comment"):
        author = item.css_first("[class~=author], [class~=comment-author], [class~=name]")
        content = item.css_first("[class~=content], [class~=comment-content], [class~=text], [class~=body]")
        if author is None or content is None:
            continue
        name = squash(author.text(deep=True)).strip()
        text = "\n".join(paragraphs(content)).strip()
        if name and text:
            out.append(ParsedComment(position=len(out), text=text, author=name, author_source="explicit",
                                     depth=0))
    return tuple(out)


# Tags an importer or converter left in the text (an opening tag may wrap over lines): removed,
# their text kept; a line break and a paragraph's end stay breaks.
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_BR = re.compile(r"(?i)<br\s*/?>")
_P_END = re.compile(r"(?i)</p\s*>")


def _as_text(text: str) -> str:
    """``text`` without HTML tags, entities decoded, lines right-stripped."""
    if "<" not in text:
        return text
    text = _TAG.sub("", _P_END.sub("\n\n", _BR.sub("\n", text)))
    return "\n".join(line.rstrip() for line in html.unescape(text).split("\n"))


def _plain_author(comment):
    """A name a converter left in markdown ("[Ed](https://…)", "**Ann**") read plainly."""
    if comment.author and ("](" in comment.author or "*" in comment.author or "_" in comment.author):
        plain = tb.plain(comment.author).strip()
        if plain and plain != comment.author:
            return replace(comment, author=plain)
    return comment


def _unclosed(block: bytes) -> bool:
    """Does the block leave most of its ``<div>`` elements open?"""
    lowered = block.lower()
    return lowered.count(b"</div") * 2 < lowered.count(b"<div")


_BLANK_LINES = re.compile(rb"\n[ \t]*\n(?:[ \t]*\n)*")


def _declared_above(head: bytes) -> int | None:
    """The count of a heading right above the block ("## 3 comments")."""
    for line in reversed(head.decode("utf-8").split("\n")[-4:]):
        plain = tb.plain(_TAG.sub("", line)).strip(" #*_:")
        if plain and (found := textpage.count_header(plain)) is not None:
            return found[0]
    return None


def _without_comment_heading(text: str) -> str:
    """The article's text without what ends it above the block: RST's raw directive, a
    comments heading ("## Comments", "<h2>Comments</h2>") and blank lines."""
    lines = text.split("\n")
    while lines:
        s = lines[-1].strip()
        plain = tb.plain(re.sub(r"<[^>]*>", "", s)).strip(" #*_:")
        if not s or _RAW_DIRECTIVE.match(s) or (plain and (layouts.is_section_heading(plain)
                                                         or textpage.count_header(plain) is not None)):
            lines.pop()
            continue
        break
    return "\n".join(lines)
