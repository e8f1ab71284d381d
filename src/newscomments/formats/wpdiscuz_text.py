"""wpDiscuz comment sections as a crawler's plain-text extraction prints them (the seed page).

Layout, top to bottom::

    article paragraphs ... credit line
    [rating block: "4.5 2 votes" / "Article Rating"]
    [Previous article<TITLE> / Next article<TITLE>]
    wpDiscuz chrome: Notify of / [N Comments] / sort bar / Inline Feedbacks / View all comments
    comment records, each:
        [badge] [AUTHOR] [AUTHOR again: avatar alt + name]   (often missing)
        [Reply to<NBSP> NAME]
        DATE
        <blank>
        TEXT paragraphs
        [net votes] [Reply]
    [Load More Comments]

A record's header (author lines, reply marker) is the run of non-blank lines directly above
its date line; a reply marker therefore starts a *new* record. Parents are resolved from the
markers by :mod:`newscomments.replies` (rules documented there). The 5-point scale of the rating
is wpDiscuz's default and is not printed, so it is recorded with ``scale_source="default"``.
"""

from __future__ import annotations

import re

from .. import dates
from ..decode import decode_page, normalize_newlines
from ..errors import PageRejected
from ..language import guess_language
from ..model import ParsedComment, ParsedPage
from ..options import ParseOptions
from ..replies import resolve_reply_markers
from . import textblocks as tb

NAME = "wpdiscuz_text"
VERSION = "wpdiscuz_text/1"
SUFFIXES = (".txt",)

_SIGNALS = ("Inline Feedbacks", "View all comments", "Notify of", "Article Rating",
            "Load More Comments", "wpDiscuz")
_TITLE_LABEL = re.compile(r"^\*{0,2}Title\*{0,2}\s*:\s*\*{0,2}\s*(?P<t>.+)$", re.I)
_SOURCE_LABEL = re.compile(r"^(?:#\s*)?\*{0,2}Source\*{0,2}\s*:\s*\*{0,2}\s*(?P<u>https?://\S+)", re.I)
_H1 = re.compile(r"^#\s+(?P<t>.+)$")
_BYLINE = re.compile(r"^(?:Posted By|Written by|By|Von|Par|Por)\s*:?\s+(?P<who>[^,\n]+?)\s*(?:,\s*(?P<date>.+))?$", re.I)
_VOTES = re.compile(r"^[+-]?\d+$")
_PINGBACK = re.compile(r"^\[(?:…|\.\.\.|&#8230;)\].*\[(?:…|\.\.\.|&#8230;)\]$", re.S)


def detect(data: bytes, suffix: str) -> float:
    head = data[:400_000].decode("utf-8", errors="ignore")
    hits = sum(1 for s in _SIGNALS if s in head)
    if hits == 0:
        return 0.0
    reply = 1 if re.search(r"(?m)^Reply to[\s\u00a0]+\S", head) else 0
    return min(1.0, 0.3 * hits + 0.2 * reply)


def parse(data: bytes, page_id: str, options: ParseOptions | None = None) -> ParsedPage:
    options = options or ParseOptions()
    if len(data) > options.limits.max_bytes:
        raise PageRejected("too-large", f"expected at most {options.limits.max_bytes} bytes, got {len(data)}")
    text = normalize_newlines(decode_page(data))
    lines = [line.rstrip() for line in text.split("\n")]

    start = _section_start(lines)
    head_end = start if start is not None else len(lines)
    meta_start, meta = _page_meta(lines[:head_end])
    article_lines = lines[:meta_start]
    title, url, byline, published_raw, body_lines = _head(article_lines)
    paras = [p for p in tb.paragraphs(body_lines) if tb.norm(p) not in tb.WPDISCUZ_CHROME]
    credit = None
    if len(paras) > 1 and _is_credit(paras[-1]):
        credit = paras.pop()
    body = "\n\n".join(paras)

    notes: list[str] = []
    truncation: list[str] = []
    comments: list[ParsedComment] = []
    declared = meta.get("declared")
    if start is not None:
        region, declared2, truncation = _comment_region(lines, start)
        declared = declared if declared is not None else declared2
        comments = _records(region, options)
        if len(comments) > options.limits.max_comments:
            raise PageRejected("too-many-comments",
                               f"expected at most {options.limits.max_comments} comments, got {len(comments)}")
        comments, notes = resolve_reply_markers(comments)
    if declared is not None and declared > len(comments):
        truncation.append("declared-exceeds-parsed")
    if not body and not comments:
        raise PageRejected("no-article", "expected an article body or comments, got neither")

    published = dates.parse_date(published_raw, crawled_at=options.crawled_at) if published_raw else None
    return ParsedPage(
        page_id=page_id, format=NAME, comment_system="wpdiscuz", body=body,
        comments=tuple(comments), title=title, url=url or options.url,
        site=_site(url or options.url), byline=byline, credit=credit, published=published,
        language=guess_language(body or " ".join(c.text for c in comments)),
        previous_title=meta.get("previous"), next_title=meta.get("next"),
        declared_comment_count=declared, truncated=bool(truncation),
        truncation_reasons=tuple(dict.fromkeys(truncation)), rating=meta.get("rating"),
        notes=tuple(notes), parser_version=VERSION,
    )


def _site(url: str | None) -> str | None:
    if not url:
        return None
    m = re.match(r"^[a-z]+://([^/:?#]+)", url, re.I)
    return m.group(1).lower().removeprefix("www.") if m else None


def _section_start(lines: list[str]) -> int | None:
    """Index of the first line of the wpDiscuz chrome that opens the comment section."""
    for i, line in enumerate(lines):
        if tb.norm(line) in tb.WPDISCUZ_SECTION_START:
            return i
    return None


def _page_meta(head: list[str]) -> tuple[int, dict]:
    """Find the rating block, previous/next links and a count header at the end of the
    article part. Returns where the article body ends and what was found."""
    meta: dict = {}
    first = len(head)
    for i, line in enumerate(head):
        n = tb.norm(line)
        if n in tb.ARTICLE_RATING_TITLES:
            # The value and count sit on the 1-3 non-blank lines above the title.
            j, run = i - 1, []
            while j >= 0 and len(run) < 3:
                if tb.is_blank(head[j]):
                    if run:
                        break
                    j -= 1
                    continue
                run.insert(0, head[j])
                rating = tb.parse_rating(" ".join(run))
                if rating is not None:
                    meta["rating"] = rating
                    first = min(first, j)
                    break
                j -= 1
            first = min(first, i)
        elif (nav := tb.split_nav(line)) is not None:
            meta[nav[0]] = nav[1] or None
            first = min(first, i)
        elif (count := tb.count_header(line)) is not None and i > 0 and first < len(head):
            meta["declared"] = count
    return first, meta


def _head(lines: list[str]) -> tuple[str | None, str | None, str | None, str | None, list[str]]:
    """Title, source URL, byline and its date from the top of the article; the rest is body."""
    title = url = byline = published = None
    body: list[str] = []
    for i, line in enumerate(lines):
        s = line.strip()
        if (m := _SOURCE_LABEL.match(s)) and url is None:
            url = m.group("u")
        elif (m := _TITLE_LABEL.match(s)) and title is None:
            title = m.group("t").strip()
        elif (m := _H1.match(s)) and title is None and not body:
            title = m.group("t").strip()
        elif (m := _BYLINE.match(s)) and byline is None and len(s) < 120 and i < 40:
            byline = m.group("who").strip()
            if m.group("date") and dates.parse_date(m.group("date").strip()):
                published = m.group("date").strip()
        else:
            body.append(line)
    return title, url, byline, published, body


def _is_credit(paragraph: str) -> bool:
    return len(paragraph) <= 100 and len(paragraph.split()) <= 12 and "\n" not in paragraph \
        and bool(tb.CREDIT.search(paragraph))


def _comment_region(lines: list[str], start: int) -> tuple[list[str], int | None, list[str]]:
    """The lines holding comment records: after the opening chrome, before the first end
    marker. Also returns a count header found in the chrome and truncation reasons."""
    declared = None
    truncation: list[str] = []
    i = start
    # Skip the chrome (and blank lines, count headers) that precedes the first record.
    while i < len(lines):
        n = tb.norm(lines[i])
        if tb.is_blank(lines[i]) or n in tb.WPDISCUZ_CHROME:
            i += 1
        elif (c := tb.count_header(lines[i])) is not None:
            declared = c
            i += 1
        elif n.isdigit() and i + 1 < len(lines) and tb.norm(lines[i + 1]) in ("comments", "comment"):
            declared = int(n)  # "36\nComments"
            i += 2
        elif n in tb.TRUNCATION_MARKERS:
            truncation.append(tb.TRUNCATION_MARKERS[n])
            i += 1
        else:
            break
    end = len(lines)
    for j in range(i, len(lines)):
        n = tb.norm(lines[j])
        if n in tb.TRUNCATION_MARKERS:
            truncation.append(tb.TRUNCATION_MARKERS[n])
        if n in tb.SECTION_END:
            end = j
            break
    return lines[i:end], declared, truncation


def _records(region: list[str], options: ParseOptions) -> list[ParsedComment]:
    date_rows = [i for i, line in enumerate(region)
                 if not tb.is_blank(line) and dates.parse_date(line.strip()) is not None]
    # Header of each record: the contiguous non-blank lines right above its date.
    headers: list[tuple[int, str | None, str | None]] = []  # (header start, author, reply name)
    prev_date = -1
    for d in date_rows:
        top, author, reply = d, None, None
        j = d - 1
        if j > prev_date and (m := tb.REPLY_TO.match(region[j].strip())):
            reply, top, j = _reply_name(m.group("name")), j, j - 1
        names: list[str] = []
        while j > prev_date and not tb.is_blank(region[j]) and len(names) < 3:
            s = region[j].strip()
            if tb.norm(s) in tb.BADGES:
                top, j = j, j - 1
                continue
            if not tb.looks_like_name(s) or (names and s != names[0]):
                break
            names.append(s)
            top, j = j, j - 1
        if names:
            author = names[0]
        # Lines above the header but below the previous date that are not blank belong to
        # the previous comment's text (this happens only when no blank line separates them).
        headers.append((top, author, reply))
        prev_date = d

    raws = [region[d].strip() for d in date_rows]
    posted = dates.parse_page_dates(raws, crawled_at=options.crawled_at)
    comments = []
    for k, d in enumerate(date_rows):
        end = headers[k + 1][0] if k + 1 < len(date_rows) else len(region)
        body_lines = region[d + 1:end]
        text, votes = _text_and_votes(body_lines)
        _, author, reply = headers[k]
        kind, image_only = "comment", False
        if tb.norm(text) in tb.IMAGE_ONLY_BODIES:
            text, image_only = "", True
        elif _PINGBACK.match(text.strip()):
            kind = "pingback"
        comments.append(ParsedComment(
            position=k, text=text, author=author,
            author_source="explicit" if author else "unknown", posted=posted[k], kind=kind,
            is_image_only=image_only, reply_to_name=reply, net_votes=votes))
    return comments


def _reply_name(raw: str) -> str:
    m = tb.REPLY_LINK.match(raw.strip())
    return (m.group("name") if m else raw).strip()


def _text_and_votes(lines: list[str]) -> tuple[str, int | None]:
    """Comment text with hard line breaks kept; a trailing "N / Reply" footer is the net vote
    count, not text."""
    body = list(lines)
    while body and tb.is_blank(body[-1]):
        body.pop()
    votes = None
    if body and tb.norm(body[-1]) == "reply":
        body.pop()
        while body and tb.is_blank(body[-1]):
            body.pop()
        if body and _VOTES.match(body[-1].strip()):
            votes = int(body.pop().strip())
    return "\n\n".join(tb.paragraphs(body)), votes


__all__ = ["NAME", "VERSION", "SUFFIXES", "detect", "parse"]
