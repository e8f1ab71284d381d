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
its date line; a reply marker therefore starts a *new* record.

HTML-to-text converters often print no chrome line at all, only the thread's count line
("13 Comments", "13" / "Comments", "5 Kommentare") above the records, or not even that. The
thread then opens at the count line, or at the first record, when the records carry
wpDiscuz's marks (a badge or reply marker in the header, a vote total in the footer): see
:mod:`newscomments.formats.wpdiscuz_text_records`, which also gives detect() its score for
such pages (below every WordPress signal, so "NAME says:" pages stay WordPress's).

Node-per-line dumps (every text node on a line of its own) split the header: a line of only
white space between the header and its date is no break there (:func:`_without_space_lines`;
the lines are right-stripped only after that check), a bare "Reply to" line takes its name
from the next line, and a vote total sits on the text's last line with no blank line above
it (:func:`_bare_vote_counts`).

wpDiscuz 5 ("wc-comment" markup) prints the date at the right of the footer, so in text the
date *closes* each record: [badge] NAME / TEXT / "4 Reply" / DATE. When most dates follow a
footer line, records are read that way (:func:`_footer_dated_records`). Copied from a browser
the footer runs into the date ("9  REPLY3 months ago"), and clippers print the vote icons'
titles round the count ("**Vote Up0**Vote Down ** Reply"): both are put back in that form
first (:func:`_unglue_footers`).

The last record ends after its "N / Reply" footer when it has one: what follows is the page
after the thread (:func:`_last_record_end`). A paragraph that opens nearly every comment is an
add-on's, not text (:func:`_without_shared_lead`).

A "Reply to NAME" where NAME signs two or more earlier comments is decided by the list
indentation a converter kept (inscriptis): the nearest less-indented ancestor signed NAME
(:func:`_indent_parents`, method "list-indent"); flat texts leave it to replies.py.

wpDiscuz's "separate votes" option prints likes and dislikes as two counts ("5" / "2") under
the text; their difference is the net vote count (:func:`_split_votes`, :func:`_likes_above`).

Markdown conversions and padded text dumps (VARIANTS 4.1/4.2) separate every line by blank
lines, so there the header is read in *loose* mode: walking up from the date over blank lines,
icon residue ("**", "__") and share links (whose ``%23comment-ID`` is the comment's native id),
taking an avatar image ``![NAME](gravatar)`` (the top of a wpDiscuz record), a badge ("Author",
"Mod"), the name (``[NAME](profile)`` -> NAME) and a reply marker, and stopping at the previous
record's footer (net votes, "Reply"), at a chrome line or at the previous date. Without an
avatar or footer to anchor it, at most one name line (printed once or twice) is taken. In
those layouts the "Reply to NAME" marker may also sit *below* the date, before the text
(010); it belongs to that record. A linked marker ``Reply to [NAME](#comment-ID)`` gives the
parent's native id (method "reply-link-id" when that id is a comment on the page). A record
whose avatar is wpDiscuz's ``trackback.png``/``pingback.png`` is a trackback/pingback, as is a
text wrapped in "[…] … […]"; its author is the linking page's title.

Inferring an unnamed author: see :mod:`newscomments.replies` (rule 3). Parents are resolved from the
markers by :mod:`newscomments.replies` (rules documented there). The 5-point scale of the rating
is wpDiscuz's default and is not printed, so it is recorded with ``scale_source="default"``.
"""

from __future__ import annotations

import re
from .. import dates
from ..decode import decode_page, normalize_newlines
from ..errors import PageRejected
from ..language import page_language
from ..model import ParsedComment, ParsedPage
from ..options import ParseOptions
from ..replies import name_key, resolve_marker_fields
from ..urls import site_of
from . import pagehead, textpage
from . import textblocks as tb
from . import wordpress_text_layouts as layouts
from . import wpdiscuz_text_records as chromeless

NAME = "wpdiscuz_text"
VERSION = "wpdiscuz_text/12"
SUFFIXES = (".txt", ".md", ".markdown")

# "Inline Feedback" also finds "Inline Feedbacks"; German pages print the singular.
_SIGNALS = ("Inline Feedback", "View all comments", "Notify of", "Article Rating",
            "Load More Comments", "wpDiscuz", "Alle Kommentare anzeigen", "Benachrichtige mich bei",
            # wpDiscuz's French, Italian, Russian, Spanish and Dutch "View all comments" and
            # "new replies to my comments".
            "Afficher tous les commentaires", "nouvelles réponses à mes commentaires",
            "Visualizza tutti i commenti", "nuove repliche ai miei commenti",
            "Посмотреть все комментарии", "новых ответах на мои комментарии",
            "nuevas respuestas a mis comentarios", "nieuwe reacties op mijn commentaren zijn",
            # Brazilian Portuguese and Polish "View all comments" and "new replies to my
            # comments", Turkish "new replies to my comments" (wpDiscuz's language files).
            "Ver todos os comentários", "novas respostas aos meus comentários",
            "Zobacz wszystkie komentarze", "nowe odpowiedzi na moje komentarze",
            "Benim yorumuma yeni yanıt geldiğinde",
            # wpDiscuz's class names as pandoc's markdown writes them on its fenced divs
            # ("::: wpd-comment-header", "{#wpd-threads .wpd-thread-wrapper}"; "wc-": wpDiscuz
            # 5), not as a CSS rule in a post about styling them would (".wpd-comment-header {")
            "::: wpd-comment-header", "{#wpd-threads", "::: wc-comment-header")
_TITLE_LABEL = re.compile(r"^\*{0,2}Title\*{0,2}\s*:\s*\*{0,2}\s*(?P<t>.+)$", re.I)
_SOURCE_LABEL = re.compile(r"^(?:#\s*)?\*{0,2}(?:URL )?Source\*{0,2}\s*:\s*\*{0,2}\s*(?P<u>https?://\S+)", re.I)
_H1 = re.compile(r"^#\s+(?P<t>.+)$")
_BYLINE = re.compile(r"^(?:Posted By|Written by|By|Von|Par|Por)\s*:?\s+(?P<who>[^,\n]+?)\s*(?:,\s*(?P<date>.+))?$", re.I)
_BYLINE_FIRST = frozenset("PpWwBbVv")
_HEAD_FIRST = _BYLINE_FIRST | {"#"}
_VOTES = re.compile(r"^[+-]?\d+$")
_REPLY_LINK_ONLY = re.compile(r"^\[\s*(?P<name>[^\]\[]{1,60}?)\s*\]\((?:[^)\s]*)#comment-(?P<id>\d+)\)$")
_PINGBACK = re.compile(r"^\[(?:…|\.\.\.|&#8230;)\].*\[(?:…|\.\.\.|&#8230;)\]$", re.S)


def detect(data: bytes, suffix: str) -> float:
    # Byte searches in the raw head (see textblocks.head_has): no decoding, no regex.
    hits = 0
    unsure = False  # a signal missing from the bytes might be in the decoded text
    for signal in _SIGNAL_LITERALS:
        found = tb.head_has(data, signal)
        if found:
            hits += 1
            if hits == 4:
                return 1.0  # 0.3 * 4 > 1: capped, whatever else the page holds
        unsure = unsure or found is None
    if unsure and not tb.head_decodes_cleanly(data):
        return _detect_text(tb.detect_head(data)) or _detect_records(tb.detect_head(data))
    if hits == 0:
        if chromeless.may_have_marks(data) or data.find(b"Vote Down", 0, tb.HEAD_BYTES) >= 0:
            return _detect_records(tb.detect_head(data))
        return 0.0
    return min(1.0, 0.3 * hits + 0.2 * _reply_line(data))


# A thread read from its records alone (no chrome string): less than any positive WordPress
# signal (one "says:" header is 0.25, its count line 0.3) and other_text's named systems
# (0.6), more than other_text's article-without-comments (0.05).
_RECORDS_ONLY = 0.22


def _detect_records(head: str) -> float:
    """_RECORDS_ONLY when the head holds a chrome-less wpDiscuz thread (see
    wpdiscuz_text_records), else 0."""
    lines = [line.rstrip() for line in head.split("\n")]
    memo: dict = {}
    if "Vote Down" in head or "REPLY" in head:
        lines = _unglue_footers(lines, memo, "Vote Up" in head)
    norms = tb.line_norms(lines)
    start = chromeless.region_start(lines, norms, lambda line: _is_date(line, memo))
    return _RECORDS_ONLY if start is not None else 0.0


_SIGNAL_LITERALS = tuple(tb.Literal(s) for s in _SIGNALS)
_REPLY_TO_TAIL = re.compile(r"Reply to[\s\u00a0]+\S")


def _detect_text(head: str) -> float:
    """detect() on the decoded head, for heads that do not decode cleanly."""
    hits = sum(1 for s in _SIGNALS if s in head)
    if hits == 0:
        return 0.0
    # "(?m)^Reply to[\s\u00a0]+\S" without a regex scan of the whole page.
    reply = 1 if tb.line_starts_with(head, "Reply to", _REPLY_TO_TAIL) else 0
    return min(1.0, 0.3 * hits + 0.2 * reply)


def _reply_line(data: bytes) -> int:
    """1 when a line of the (cleanly decoding) head matches ``^Reply to[\\s\\u00a0]+\\S``:
    the pattern is tried on a short decoded window after each "Reply to" at a line start."""
    i = data.find(b"Reply to", 0, tb.HEAD_BYTES)
    while i >= 0:
        if i == 0 or data[i - 1] == 10:  # "\n"
            window = data[i:min(i + 256, tb.HEAD_BYTES)].decode("utf-8", errors="ignore")
            if _REPLY_TO_TAIL.match(window):
                return 1
            if window[8:].isspace():  # only spaces up to the window's end: undecided here
                return 1 if tb.line_starts_with(tb.detect_head(data), "Reply to", _REPLY_TO_TAIL) else 0
        i = data.find(b"Reply to", i + 1, tb.HEAD_BYTES)
    return 0


def parse(data: bytes, page_id: str, options: ParseOptions | None = None) -> ParsedPage:
    options = options or ParseOptions()
    if len(data) > options.limits.max_bytes:
        raise PageRejected("too-large", f"expected at most {options.limits.max_bytes} bytes, got {len(data)}")
    text = tb.inline_reference_links(decode_page(data))
    text = tb.unfence_pandoc(text) if b":::" in data else text  # bytes: a memchr-speed test
    if "\r" in text:  # one C search; the two replaces scan twice
        text = normalize_newlines(text)
    raw_lines = text.split("\n")
    if _may_have_space_lines(text):
        lines = _without_space_lines(raw_lines)
    else:
        lines = [line.rstrip() for line in raw_lines]
    # each such line has one "](" ("]" first: one-character searches are the fast ones)
    markdown = "]" in text and text.count("](") >= 3 and suffix_is_markdown(lines)
    if markdown:
        lines = layouts.join_wrapped_links(lines)  # html2text's 78 columns wrap inside links
    lines = _unglue(lines, text)
    memo: dict = {}  # this page's dates, taken apart once (dates.parse_date)
    vote_titles = b"Vote Up" in data
    if vote_titles or _has_glued_footer(data):
        lines = _unglue_footers(lines, memo, vote_titles)
    # Every scan below compares these, not the raw lines; prose lines are not normalised.
    norms = tb.line_norms(lines)

    start, meta_rows, head_rows = _scan(lines, norms)  # memo: this page's dates, taken apart once
    if start is not None and (above := _count_above(norms, start)) is not None:
        start = above  # the thread's count header over the sort bar that opened it
        meta_rows = [r for r in meta_rows if r < start]
        head_rows = [r for r in head_rows if r < start]
    if start is None:  # no chrome line: a count over the sort bar, or the records themselves
        start = _count_over_sort_bar(norms)
        if start is None:
            start = chromeless.region_start(lines, norms, lambda line: _is_date(line, memo))
        if start is not None:
            meta_rows = [r for r in meta_rows if r < start]
            head_rows = [r for r in head_rows if r < start]
    head_end = start if start is not None else len(lines)
    meta_start, meta = _page_meta(lines[:head_end], norms, meta_rows)
    article_lines = lines[:meta_start]
    title, url, byline, published_raw, body_lines = _head(article_lines, head_rows)
    head = pagehead.read_head(article_lines)
    fm_start = head.body_start
    paras = textpage.without_footer([p for p in tb.paragraphs(_without_chrome_tail(body_lines[fm_start:]))
                                     if not tb.norm_in(p, tb.WPDISCUZ_CHROME)])
    credit = None
    if len(paras) > 1 and _is_credit(paras[-1]):
        credit = paras.pop()
    body = "\n\n".join(paras)
    if markdown:
        body = textpage.body_text(article_lines[fm_start:])
    title = head.title if head.title is not None else title
    if title is not None and title.startswith(("http://", "https://")):
        title = None  # "# <url>" is a source header, not a title
    url = head.url or url
    byline = byline or head.byline

    notes: list[str] = []
    truncation: list[str] = []
    comments: list[ParsedComment] = []
    declared = meta.get("declared")
    if start is not None:
        (first, end), declared2, truncation = _comment_region(lines, norms, start)
        region, region_norms = lines[first:end], norms[first:end]
        declared = declared if declared is not None else declared2
        if declared is None:
            declared = _declared_in_chrome(lines, norms, start, memo)
        loose = markdown or _has_footers(region, region_norms)
        # Records are field dicts until every link is known: each ParsedComment is built once.
        records = _records(region, region_norms, options, memo, loose=loose)
        _without_shared_lead(records)
        _without_nicenames(records)
        if _without_read_more(records):
            truncation.append("collapsed-text")
        linked = _link_parents(records)
        if any(line[:1] in _INDENT for line in region[:8]):  # inscriptis indents the whole list
            _indent_parents(records, region, memo, loose)
            _indent_threads(records, region, memo, loose)
        if len(records) > options.limits.max_comments:
            raise PageRejected("too-many-comments",
                               f"expected at most {options.limits.max_comments} comments, got {len(records)}")
        notes = resolve_marker_fields(records, threads_in_order=True)
        _ids_from_reply_links(records, linked)
        comments = [ParsedComment(**r) for r in records]
    if "load-more" in truncation and declared is not None and declared <= len(comments):
        truncation.remove("load-more")  # the button is printed even when nothing is left (018)
    if start is not None and textpage.is_cut_off(text) and _region_reaches_end(norms, start):
        truncation.append("file-cut")
    if declared is not None and declared > len(comments):
        truncation.append("declared-exceeds-parsed")
    if not body and not comments and start is None:
        raise PageRejected("no-article", "expected an article body or comments, got neither")

    published = dates.parse_date(published_raw, crawled_at=options.crawled_at) if published_raw else None
    published = published or head.published
    notes = notes + head.notes
    published = pagehead.check_published(published, [c.posted for c in comments], notes)
    return ParsedPage(
        page_id=page_id, format=NAME, comment_system="wpdiscuz", body=body,
        comments=tuple(comments), title=title, url=url or options.url,
        site=site_of(url or options.url), byline=byline, credit=credit, published=published,
        language=page_language(body, [c.text for c in comments]),
        previous_title=meta.get("previous", head.previous_title),
        next_title=meta.get("next", head.next_title),
        declared_comment_count=declared, truncated=bool(truncation),
        truncation_reasons=tuple(dict.fromkeys(truncation)), rating=meta.get("rating"),
        notes=tuple(notes), parser_version=VERSION,
    )


# The first word of wpDiscuz's sort bar, in the languages of WPDISCUZ_CHROME.
_SORT_WORDS = frozenset(s.casefold() for s in [
    "Newest", "Oldest", "Most Voted", "Newest Most Voted", "Oldest Newest", "Neueste", "Älteste",
    "Plus récent", "Le plus ancien", "Più recenti", "Vecchi", "Новые", "Старые", "más nuevo",
    "más antiguo", "Nieuwste", "Oudste", "mais recentes", "mais antigos", "Najnowsze", "Najstarsze",
    "En Yeniler", "Eskiler"])


def _count_above(norms: list[str], i: int) -> int | None:
    """The line of a count header right above line ``i`` (blank lines between), or None."""
    j = i - 1
    while j > 0 and not norms[j]:
        j -= 1
    return j if j >= 0 and len(norms[j]) <= 40 and tb.count_header(norms[j], norms[j]) is not None else None


def _count_over_sort_bar(norms: list[str]) -> int | None:
    """The line of a count header ("1 Comment") right above wpDiscuz's sort bar ("oldest" /
    "newest"): the thread's head where the page shows neither the subscription line nor the
    info bar (subscriptions off, comments loaded later by script)."""
    for i in range(1, len(norms)):
        if norms[i] in _SORT_WORDS and (j := _count_above(norms, i)) is not None \
                and any(n in _SORT_WORDS or n in _LOAD_MORE for n in norms[i + 1:i + 4]):
            return j  # (the bar's second word or the load button: a bar, not a word in prose)
    return None


_LOAD_MORE = frozenset(["load more comments"])


def _may_have_space_lines(text: str) -> bool:
    """Can ``text`` hold a line of only spaces or tabs and empty lines? (Such a line ends with
    a space or a tab: one C search, and a one-character search for the tab, which most texts
    lack.)"""
    return "\n\n" in text and (" \n" in text or ("\t" in text and "\t\n" in text))


def _without_space_lines(raw: list[str]) -> list[str]:
    """The right-stripped lines without a line of only white space that stands between a
    record's header and its date line, when the text also has empty lines: node-per-line
    dumps (selectolax/BeautifulSoup text with a separator) print the whitespace text node
    after wpDiscuz's header ("Reply to" / NAME / " " / DATE) as a line of its own, while their
    paragraph breaks are empty lines. Elsewhere such a line stays a break (code blocks in
    markdown, padded dumps whose every line carries spaces)."""
    lines = [line.rstrip() for line in raw]
    if all(raw):  # no empty line: the dump's breaks are the space lines themselves
        return lines
    keep = [True] * len(lines)
    for i in range(1, len(lines) - 1):
        if raw[i] and not lines[i] and lines[i - 1] and lines[i + 1] and _is_date(lines[i + 1]):
            keep[i] = False
    return [line for line, k in zip(lines, keep) if k]


def _without_chrome_tail(lines: list[str]) -> list[str]:
    """``lines`` without the chrome lines that end them ("Subscribe", "Login" above "Notify
    of"): they share a paragraph, which as a whole is in no table."""
    end = len(lines)
    while end and (tb.is_blank(lines[end - 1]) or tb.norm_in(lines[end - 1], tb.WPDISCUZ_CHROME)):
        end -= 1
    return lines if end == len(lines) else lines[:end]


def _scan(lines: list[str], norms: list[str]) -> tuple[int | None, list[int], list[int]]:
    """One walk over the lines above the comment section, for the scans of the page head:
    (the index of the first wpDiscuz chrome line that opens the comment section; the rows :func:`_page_meta` reads,
    which are neither blank nor prose; the rows :func:`_head` reads, whose stripped text starts
    with a character of ``_HEAD_FIRST`` or holds a colon). Rows are in order."""
    meta_rows: list[int] = []
    head_rows: list[int] = []
    for i, n in enumerate(norms):
        if n in tb.WPDISCUZ_SECTION_START:
            return i, meta_rows, head_rows
        if n and n is not tb.PROSE:
            meta_rows.append(i)
        line = lines[i]
        if line and (line.lstrip()[:1] in _HEAD_FIRST or ":" in line):
            head_rows.append(i)
    return None, meta_rows, head_rows


def _page_meta(head: list[str], norms: list[str], rows: list[int] | None = None
               ) -> tuple[int, dict]:
    """Find the rating block, previous/next links and a count header at the end of the
    article part. Returns where the article body ends and what was found. ``norms`` holds
    the normalised lines (at least as many as ``head``); ``rows``, when given, the indices of
    ``head`` whose norm is neither blank nor PROSE (see :func:`_scan`), the only ones read."""
    meta: dict = {}
    first = len(head)
    if rows is None:
        rows = [i for i in range(len(head)) if norms[i] and norms[i] is not tb.PROSE]
    for i in rows:
        line, n = head[i], norms[i]
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
        elif (nav := tb.split_nav(line, n)) is not None:
            meta[nav[0]] = nav[1] or None
            first = min(first, i)
        elif i > 0 and first < len(head) and (count := tb.count_header(line, n)) is not None:
            meta["declared"] = count
    return first, meta


def _head(lines: list[str], rows: list[int] | None = None
          ) -> tuple[str | None, str | None, str | None, str | None, list[str]]:
    """Title, source URL, byline and its date from the top of the article; the rest is body.
    Only lines whose stripped text starts with a character of ``_HEAD_FIRST`` or holds a colon
    can be one of them (both labels need a colon, an H1 a "#", a byline one of the first
    letters of _BYLINE's words, and no other character case-folds to them); ``rows`` may give
    their indices (see :func:`_scan`; indices past ``lines`` are ignored)."""
    title = url = byline = published = None
    if rows is None:
        rows = [i for i, line in enumerate(lines)
                if line and (line.lstrip()[:1] in _HEAD_FIRST or ":" in line)]
    taken: list[int] = []  # rows that are no body line, in order
    for i in rows:
        if i >= len(lines):
            break
        s = lines[i].strip()
        labelled = ":" in s
        if labelled and url is None and (m := _SOURCE_LABEL.match(s)):
            url = m.group("u")
        elif labelled and title is None and (m := _TITLE_LABEL.match(s)):
            title = m.group("t").strip()
        elif title is None and i == len(taken) and s[:1] == "#" and (m := _H1.match(s)):
            title = m.group("t").strip()  # i == len(taken): every line above it was taken
        elif (byline is None and i < 40 and len(s) < 120 and s[:1] in _BYLINE_FIRST
              and (m := _BYLINE.match(s))):
            byline = m.group("who").strip()
            if m.group("date") and dates.parse_date(m.group("date").strip()):
                published = m.group("date").strip()
        elif labelled and pagehead.is_label(s):
            pass  # other page metadata (pagehead reads it): no body line
        else:
            continue
        taken.append(i)
    if not taken:
        return title, url, byline, published, lines
    body: list[str] = []
    a = 0
    for i in taken:
        body += lines[a:i]
        a = i + 1
    body += lines[a:]
    return title, url, byline, published, body


def _is_credit(paragraph: str) -> bool:
    return len(paragraph) <= 100 and len(paragraph.split()) <= 12 and "\n" not in paragraph \
        and bool(tb.CREDIT.search(paragraph))


def _comment_region(lines: list[str], norms: list[str], start: int
                    ) -> tuple[tuple[int, int], int | None, list[str]]:
    """(first, end) of the lines holding comment records: after the opening chrome, before
    the first end marker. Also returns a count header found in the chrome and truncation
    reasons."""
    declared = None
    truncation: list[str] = []
    i = start
    # Skip the chrome (and blank lines, count headers) that precedes the first record.
    while i < len(lines):
        n = norms[i]
        if tb.is_blank(lines[i]) or n in tb.WPDISCUZ_CHROME or tb.is_drawn_form(lines[i]):
            i += 1
        elif (c := tb.count_header(lines[i], n)) is not None:
            declared = c
            i += 1
        elif n.isdigit() and i + 1 < len(lines) and norms[i + 1] in tb.COUNT_WORDS:
            declared = int(n)  # "36\nComments"
            i += 2
        elif n in tb.TRUNCATION_MARKERS:
            truncation.append(tb.TRUNCATION_MARKERS[n])
            i += 1
        else:
            break
    end = len(lines)
    for j in range(i, len(lines)):
        n = norms[j]
        if n in tb.TRUNCATION_MARKERS:
            truncation.append(tb.TRUNCATION_MARKERS[n])
        if n in tb.SECTION_END:
            end = j
            break
    return (i, end), declared, truncation


def _date_rows(region: list[str], memo: dict, loose: bool) -> list[int]:
    """The rows of the region's date lines, one per record; loose layouts may wrap a date in
    markup (links, icon residue)."""
    if loose:
        return [i for i, line in enumerate(region) if line.strip() and _is_date(line, memo)]
    # maybe_date() first: parse_date() is far slower and most lines are prose. The memo lets
    # parse_page_dates() reuse what these calls took apart.
    return [i for i, line in enumerate(region) if (s := line.strip()) and len(s) <= 80
            and dates.maybe_date(s) and dates.parse_date(s, memo=memo) is not None]


_INDENT = frozenset(" \t")


def _indent_parents(records: list[dict], region: list[str], memo: dict, loose: bool) -> None:
    """Decide an ambiguous "Reply to NAME" (two or more earlier comments signed NAME) by the
    list indentation a converter kept (inscriptis indents each reply one level deeper than its
    parent): the parent is the nearest *ancestor* signed NAME, the ancestors being the earlier
    records each less indented than the last (method "list-indent"). Without indentation, or
    without such an ancestor, replies.py decides by name as before."""
    ambiguous = _ambiguous_replies(records)
    if not ambiguous:
        return
    rows = _date_rows(region, memo, loose)
    if len(rows) != len(records):
        return
    cols = [len(region[d]) - len(region[d].lstrip()) for d in rows]
    if min(cols) == max(cols):
        return  # a flat dump: indentation says nothing
    for k in ambiguous:
        key = name_key(records[k]["reply_to_name"])
        level = cols[k]
        for j in range(k - 1, -1, -1):
            if cols[j] >= level:
                continue
            level = cols[j]  # an ancestor of k
            if records[j]["author"] and name_key(records[j]["author"]) == key:
                records[k].update(parent_position=j, parent_method="list-indent", parent_confidence=0.9)
                break


def _indent_threads(records: list[dict], region: list[str], memo: dict, loose: bool) -> None:
    """A thread that prints no "Reply to NAME" at all (wpDiscuz 5 in some themes) keeps its
    nesting only as the indentation an indenting converter gives each reply (inscriptis): the
    parent is the nearest earlier record less indented than it (method "list-indent"). Only
    when no record has a marker or a parent yet, and the first record is the least indented
    (a reply never comes first)."""
    if len(records) < 2 or any(r.get("reply_to_name") or r.get("parent_position") is not None for r in records):
        return
    rows = _date_rows(region, memo, loose)
    if len(rows) != len(records):
        return
    cols = [len(region[d]) - len(region[d].lstrip()) for d in rows]
    if min(cols) == max(cols) or cols[0] != min(cols):
        return
    stack: list[tuple[int, int]] = []  # (column, position)
    for k, col in enumerate(cols):
        while stack and stack[-1][0] >= col:
            stack.pop()
        if stack:
            records[k].update(parent_position=stack[-1][1], parent_method="list-indent", parent_confidence=0.9)
        records[k]["depth"] = len(stack)
        stack.append((col, k))


def _ambiguous_replies(records: list[dict]) -> list[int]:
    """Positions of unresolved replies whose NAME signs two or more earlier comments."""
    signed: dict[str, int] = {}
    out = []
    for k, r in enumerate(records):
        marker = r.get("reply_to_name")
        if marker and r.get("parent_position") is None and signed.get(name_key(marker), 0) >= 2:
            out.append(k)
        if r["author"]:
            key = name_key(r["author"])
            signed[key] = signed.get(key, 0) + 1
    return out


# wpDiscuz's "(@nicename)" after a registered commenter's display name (wpd-user-nicename)
_NICENAME = re.compile(r"\s*\(@[\w.-]{1,60}\)$")


def _without_nicenames(records: list[dict]) -> None:
    """Authors without the "(@nicename)" wpDiscuz prints after a registered user's display
    name ("Berta (@berta)"): the name a "Reply to NAME" marker uses is the display name."""
    for r in records:
        author = r.get("author")
        if author and author.endswith(")") and (m := _NICENAME.search(author)) is not None and m.start() > 0:
            r["author"] = author[:m.start()]


def _records(region: list[str], norms: list[str], options: ParseOptions, memo: dict,
             loose: bool = False) -> list[dict]:
    """The comment records of the region, as ParsedComment field dicts."""
    if loose:
        return _loose_records(region, norms, options, memo)
    date_rows = _date_rows(region, memo, loose=False)
    if chromeless.dates_close_records(norms, date_rows):
        return _footer_dated_records(region, norms, date_rows, options, memo)
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
            if norms[j] in tb.BADGES:
                top, j = j, j - 1
                continue
            if len(names) == 1 and reply is None and norms[j] in chromeless.BARE_REPLY_TO:
                reply, top, j = names.pop(), j, j - 1  # "Reply to" / NAME: a node-per-line dump
                continue
            if not tb.looks_like_name(s) or (names and s != names[0]) or tb.EDITED_NOTE.match(s) \
                    or s.lstrip("+-−").isdigit():
                break  # a bare number is the vote count under the previous text, not a name
            names.append(s)
            top, j = j, j - 1
        if names:
            author = names[0]
        # Lines above the header but below the previous date that are not blank belong to
        # the previous comment's text (this happens only when no blank line separates them).
        headers.append((top, author, reply))
        prev_date = d

    raws = [region[d].strip() for d in date_rows]
    posted = dates.parse_page_dates(raws, crawled_at=options.crawled_at, memo=memo)
    ends = [headers[k + 1][0] for k in range(len(date_rows) - 1)]
    if date_rows:
        ends.append(_last_record_end(region, norms, date_rows[-1] + 1, len(region)))
    bodies = [_text_and_votes(region, norms, d + 1, ends[k]) for k, d in enumerate(date_rows)]
    bodies = _bare_vote_counts(bodies)
    records = []
    for k, d in enumerate(date_rows):
        text, votes = bodies[k]
        _, author, reply = headers[k]
        kind, image_only = "comment", False
        if tb.norm_in(text, tb.IMAGE_ONLY_BODIES):
            text, image_only = "", True
        elif text[:1] == "[" and _PINGBACK.match(text):  # text is stripped (paragraphs)
            kind = "pingback"
        records.append(dict(
            position=k, text=text, author=author,
            author_source="explicit" if author else "unknown", posted=posted[k], kind=kind,
            is_image_only=image_only, reply_to_name=reply, net_votes=votes))
    return records


# --- loose layouts: markdown conversions and padded text dumps ------------------------------

_AVATAR = re.compile(r"^\[?!\\?\[(?P<alt>[^\]]*?)\\?\]\((?P<src>[^)]*)\)(?:\]\([^)]*\))?$")
_SHARE = re.compile(r"share on|%23comment-\d+|sharer|intent/tweet", re.I)
_OPEN_URL = re.compile(r"\]\(https?://[^)]*$")  # a link whose URL goes on past the line's end
_ICON_EDGE = re.compile(r"^(?:\*\*|__)\s*|\s*(?:\*\*|__)$")
_KIND_IMAGES = {"trackback.png": "trackback", "pingback.png": "pingback"}
_DIGIT = re.compile(r"\d")
_LINK_LINE = re.compile(r"^\[[^\]]+\]\([^)]*\)$")
_LINKED_REPLY = re.compile(r"#comment-(?P<id>\d+)")


def suffix_is_markdown(lines: list[str]) -> bool:
    """Markdown conversions link everything; crawler text dumps do not."""
    return sum(1 for line in lines[:3000] if "](" in line) >= 3


def _unglue(lines: list[str], text: str) -> list[str]:
    """Split chrome that a converter glued onto one line ("…0Comments******Inline
    FeedbacksView all commentsLoad More Comments", 018) back into lines. ``text`` is the
    lines joined: most pages have no line with two of the pieces, which it shows cheaply."""
    if not _two_pieces_on_a_line(text):
        return lines
    out = []
    for line in lines:
        if len(line) > 40 and sum(1 for k in _GLUED_CHROME if k in line) >= 2:
            out.extend(p for p in _GLUE_SPLIT.split(line.replace("*", "")) if p)
        else:
            out.append(line)
    return out


_GLUED_CHROME = ("Notify of", "Inline Feedbacks", "View all comments", "Load More Comments")
# wpDiscuz 5's footer copied from a browser: votes, the reply button (upper case by its style)
# and the date with nothing between them ("9  REPLY3 months 11 days ago").
_GLUED_FOOTER_DATE = re.compile(r"^(?P<footer>\s*[+-]?\d{1,6}\s+(?:REPLY|Reply))(?P<date>\S.{2,60})$")


# wpDiscuz 5's vote icons carry the titles "Vote Up" / "Vote Down", which clippers print
# round the count: "**Vote Up0**Vote Down ** Reply".
_VOTE_UP_DOWN = re.compile(r"^[*_\s]*Vote Up\s*(?P<votes>[+-]?\d{1,6})[*_\s]*Vote Down[*_\s]*(?P<reply>Reply)?\s*$")


def _has_glued_footer(data: bytes) -> bool:
    """Does a reply button of the page's bytes run into what follows it ("REPLY3 months"), as
    in wpDiscuz 5's copied footer? C searches for the button; most pages' "Reply" is followed
    by a space or a line end ("Reply to NAME", "Reply")."""
    for word in (b"REPLY", b"Reply"):
        at = data.find(word)
        while at >= 0:
            nxt = data[at + 5:at + 6]
            if nxt.isdigit() and data[at - 1:at] in (b" ", b"\t"):
                return True
            at = data.find(word, at + 5)
    return False


def _unglue_footers(lines: list[str], memo: dict, vote_titles: bool) -> list[str]:
    """wpDiscuz 5's footers in the form its records are read in (NAME / TEXT / "9 Reply" /
    DATE): a date glued to the footer goes onto a line of its own, the vote icons' titles
    round the count are dropped (``vote_titles``: the page holds "Vote Up")."""
    out = []
    for line in lines:
        if line[:1].isdigit() and "eply" in line.lower() and (m := _GLUED_FOOTER_DATE.match(line)) \
                and dates.maybe_date(date := m.group("date").strip()) \
                and dates.parse_date(date, memo=memo) is not None:
            out.extend((m.group("footer").strip(), date))
        elif vote_titles and "Vote Up" in line and (m := _VOTE_UP_DOWN.match(line)) is not None:
            out.append(f"{m.group('votes')} Reply" if m.group("reply") else m.group("votes"))
        elif vote_titles and line[:2] == "**" and _is_date(line, memo):
            out.append(_clean(line))  # the clock icon's residue before the date
        else:
            out.append(line)
    return out


def _two_pieces_on_a_line(text: str) -> bool:
    """Does a line of ``text`` hold two different pieces of _GLUED_CHROME? Looks only at the
    lines where a piece occurs (C-level searches), not at every line."""
    first = [(k, i) for k in _GLUED_CHROME if (i := text.find(k)) >= 0]
    if len(first) < 2:
        return False
    present = [k for k, _ in first]
    for key, i in first:
        while i >= 0:
            a = text.rfind("\n", 0, i) + 1
            b = text.find("\n", i)
            b = len(text) if b < 0 else b
            # A line that is the piece alone holds no other: no piece contains another.
            if b - a > len(key) and sum(1 for k in present if k in text[a:b]) >= 2:
                return True
            i = text.find(key, b)
    return False


_GLUE_SPLIT = re.compile(r"(?=Notify of|Inline Feedbacks|View all comments|Load More Comments|"
                         r"(?<!\d)\d+\s?Comments?(?=Inline|$))")


def _has_footers(region: list[str], norms: list[str]) -> bool:
    """Vote totals followed by "Reply" (lynx and ASEC dumps) anchor records in loose mode."""
    if tb.WPDISCUZ_REPLY_WORDS.isdisjoint(norms):
        return False
    rows = [n for x, n in zip(region, norms) if x.strip()]
    return any(a.lstrip("-").isdigit() and b in tb.WPDISCUZ_REPLY_WORDS for a, b in zip(rows, rows[1:]))


def _declared_in_chrome(lines: list[str], norms: list[str], start: int, memo: dict) -> int | None:
    """A count header anywhere in the chrome before the first comment ("96 Comments" after
    a consent form, "[417]{.wpdtc} Comments" in pandoc output)."""
    # The count sits in the thread head, a few lines above or below the info bar.
    for i in range(max(0, start - 40), min(len(lines), start + 400)):
        line = lines[i]
        if not line or norms[i] is tb.PROSE and _long_plain_prose(line):
            continue
        if not _DIGIT.search(line):
            continue  # every count header and every date but "an hour ago" has a digit
        s = tb.plain(_clean(line)).strip()
        if not s:
            continue
        # norm(s) is the line's own norm when cleaning changed nothing (most lines).
        if (c := tb.count_header(s, norms[i] if s == lines[i] else None)) is not None:
            return c
        if s.isdigit() and i + 1 < len(lines) and (norms[i + 1] in tb.COUNT_WORDS
                                                   or norms[i + 1] in _FORM_HEADINGS):
            return int(s)  # "36 / Comments"; wpDiscuz 5's count bubble in its form heading
        if _is_date(s, memo):
            break
    return None


# wpDiscuz 5 prints the count bubble inside its form heading ("26" / "Leave a Reply", its
# default phrase; a translated page keeps its count in the text).
_FORM_HEADINGS = frozenset(["leave a reply"])


def _long_plain_prose(line: str) -> bool:
    """A prose line (see tb.line_norms: it starts with a letter) without markup and longer
    than a date can be: cleaning leaves it as it is, so it is no count header, no number and
    no date (maybe_date() takes at most 80 characters). _declared_in_chrome skips it."""
    return not tb.has_markup(line) and len(line.strip()) > 80


def _region_reaches_end(norms: list[str], start: int) -> bool:
    return tb.SECTION_END.isdisjoint(norms[start:])


def _clean(line: str) -> str:
    if "**" not in line and "__" not in line:
        return line.strip()  # _ICON_EDGE needs one of them (and is slow on a long line)
    return _ICON_EDGE.sub("", line.strip()).strip()


def _is_date(line: str, memo: dict | None = None) -> bool:
    s = tb.plain(_clean(line)).strip()
    return bool(s) and dates.maybe_date(s) and dates.parse_date(s, memo=memo) is not None


def _last_record_end(region: list[str], norms: list[str], a: int, b: int) -> int:
    """Where the last record ends: after its "N / Reply" footer (the vote total, then the
    reply button), the last thing wpDiscuz prints in a record. What follows opens no record
    (the next one would have its own date line): it is the page after the thread (a
    related-posts heading, social links, a search form), not the comment's text. ``b`` when
    the record has no such footer (the seed prints none)."""
    prev = None  # the last non-blank line seen
    for j in range(a, b):
        if tb.is_blank(region[j]):
            continue
        if prev is not None and _VOTES.match(prev) \
                and tb.norm(tb.plain(_clean(region[j]))) in tb.WPDISCUZ_REPLY_WORDS:
            return j + 1
        prev = _clean(region[j])
    return b


def _is_footer(s: str) -> bool:
    n = tb.norm(s)
    return n in tb.WPDISCUZ_REPLY_WORDS or _VOTES.match(n) is not None


def _loose_records(region: list[str], norms: list[str], options: ParseOptions, memo: dict
                   ) -> list[dict]:
    date_rows = _date_rows(region, memo, loose=True)
    if chromeless.dates_close_records(norms, date_rows):
        return _footer_dated_records(region, norms, date_rows, options, memo)
    anchored = _has_footers(region, norms)
    heads = []
    prev = -1
    for d in date_rows:
        heads.append(_loose_header(region, norms, d, prev, anchored))
        prev = d
    raws = [tb.plain(_clean(region[d])).strip() for d in date_rows]
    posted = dates.parse_page_dates(raws, crawled_at=options.crawled_at, memo=memo)
    out = []
    for k, d in enumerate(date_rows):
        top, author, reply, reply_id, kind, native = heads[k]
        end = heads[k + 1][0] if k + 1 < len(date_rows) else _last_record_end(region, norms, d + 1, len(region))
        text, votes, reply2, reply_id2, native2 = _loose_body(region[d + 1:end])
        if reply is None:
            reply, reply_id = reply2, reply_id2
        native = native or native2
        out.append(_loose_record(k, text, author, posted[k], kind, reply, reply_id, votes, native))
    return out


def _loose_record(position: int, text: str, author: str | None, posted, kind: str,
                  reply: str | None, reply_id: str | None, votes: int | None,
                  native: str | None = None) -> dict:
    """A loose-mode record's field dict: an image placeholder is no text, a "[…] … […]" text
    is a pingback's excerpt."""
    image_only = False
    if tb.norm_in(text, tb.IMAGE_ONLY_BODIES):
        text, image_only = "", True
    elif kind == "comment" and _PINGBACK.match(text.strip()):
        kind = "pingback"
    return dict(
        position=position, text=text, author=author,
        author_source="explicit" if author else "unknown", native_id=native,
        posted=posted, kind=kind, is_image_only=image_only, reply_to_name=reply,
        net_votes=votes, parent_method=f"link:{reply_id}" if reply_id else None)


def _footer_dated_records(region: list[str], norms: list[str], date_rows: list[int],
                          options: ParseOptions, memo: dict) -> list[dict]:
    """Records of wpDiscuz 5's layout, whose date is the last line of each record (see
    wpdiscuz_text_records.dates_close_records): [badge] [avatar] NAME, [reply marker], TEXT,
    footer (votes, "Reply"), DATE. Lines after the last date belong to no record."""
    raws = [tb.plain(_clean(region[d])).strip() for d in date_rows]
    posted = dates.parse_page_dates(raws, crawled_at=options.crawled_at, memo=memo)
    out = []
    prev = -1
    for k, d in enumerate(date_rows):
        lines, ns = region[prev + 1:d], norms[prev + 1:d]
        prev = d
        end, votes = chromeless.footer_above(ns, len(ns))
        start, author, reply, reply_id, kind = _footer_dated_header(lines, ns, end)
        text = tb.text_block(lines[start:end])
        out.append(_loose_record(k, text, author, posted[k], kind, reply, reply_id, votes))
    return out


def _footer_dated_header(lines: list[str], norms: list[str], end: int):
    """(first text line, author, reply name, reply target id, kind) of a footer-dated record:
    badges, avatars and a reply marker are skipped; the first name-like line with text below
    it is the author (printed twice by some converters: avatar alt and name)."""
    author = reply = reply_id = None
    kind = "comment"
    i = 0
    while i < end:
        raw = lines[i].strip()
        s = _clean(raw)
        if not s or tb.is_residue(raw):
            i += 1
            continue
        if norms[i] in tb.BADGES:  # the badge opens the header: a "name" above it was chrome
            author = None
            i += 1
            continue
        if (m := _AVATAR.match(s)) is not None:
            kind = next((v for key, v in _KIND_IMAGES.items() if key in m.group("src")), kind)
            i += 1
            continue
        if reply is None and (m := tb.REPLY_TO.match(s)) is not None:
            reply, reply_id = _reply_name(m.group("name")), _link_id(m.group("name"))
            i += 1
            continue
        name = tb.plain(s).strip()
        if (author is None or name == author) and tb.looks_like_name(name) and _text_below(lines, i + 1, end):
            author = name
            i += 1
            continue
        break
    return i, author, reply, reply_id, kind


def _text_below(lines: list[str], a: int, b: int) -> bool:
    return any(line.strip() for line in lines[a:b])


def _loose_header(region: list[str], norms: list[str], d: int, floor: int, anchored: bool):
    """(top line, author, reply name, reply target id, kind, native id) of the record whose
    date is at ``d``; see the module docs for the walk."""
    names: list[str] = []
    reply = reply_id = native = None
    kind = "comment"
    top = d
    j = d - 1
    while j > floor:
        raw = region[j].strip()
        s = _clean(raw)
        if not s or tb.is_residue(raw):
            j -= 1
            continue
        if _is_footer(s):
            break
        n = tb.norm(tb.plain(s))
        if n in tb.BADGES:  # before the chrome: "Guest" is both a badge and a form label
            top, j = j, j - 1
            continue
        if n in tb.WPDISCUZ_CHROME or n in tb.WPDISCUZ_SECTION_START or tb.count_header(s) is not None:
            break
        if _SHARE.search(s) and (tb.plain(s).replace("*", "").strip() in ("", "Share") or _OPEN_URL.search(s)) \
                or "Share On" in s:
            native = native or tb.comment_id_in(s)
            top, j = j, j - 1
            continue
        if (m := tb.REPLY_TO.match(s)) is not None and not names:
            reply, reply_id = _reply_name(m.group("name")), _link_id(m.group("name"))
            top, j = j, j - 1
            continue
        if len(names) == 1 and reply is None and chromeless.is_bare_reply_to(s):
            reply = names.pop()  # "Reply to" / NAME: a node-per-line dump split the marker
            top, j = j, j - 1
            continue
        if (m := _AVATAR.match(s)) is not None:
            src = m.group("src")
            kind = next((v for k, v in _KIND_IMAGES.items() if k in src), kind)
            if not names and kind == "comment" and m.group("alt").strip():
                names.append(m.group("alt").strip())
            top = j
            # A badge ("Author", "Mod") is printed above the avatar.
            k = j - 1
            while k > floor and not region[k].strip():
                k -= 1
            if k > floor and norms[k] in tb.BADGES:
                top = k
            break
        name = tb.plain(s).strip()
        if names and name != names[0] and not anchored:
            break
        linked = _LINK_LINE.match(s) is not None and len(name) <= 150
        if not anchored and not (tb.looks_like_name(name) or linked) or len(name) > 300:
            break
        names.append(name)
        top, j = j, j - 1
        if len(names) >= 2 and not anchored:
            break
    author = names[0] if names else None
    return top, author, reply, reply_id, kind, native


def _loose_body(lines: list[str]):
    """(text, net votes, reply name, reply target id, native id) from the lines after a date."""
    keep: list[str] = []
    reply = reply_id = native = None
    split_marker = False  # a bare "Reply to" above the text: its name is the next line
    in_share = False  # inside a share link whose URL holds the text's line breaks
    for idx, line in enumerate(lines):
        s = _clean(line)
        if in_share:
            in_share = ")" not in s  # the line that closes the link holds the other share links
            native = native or tb.comment_id_in(s)
            continue
        if not s or tb.is_residue(line.strip()):
            keep.append("")
            continue
        if _SHARE.search(s) and _OPEN_URL.search(s):
            # "[__](https://twitter.com/intent/tweet?text=" + the comment's own lines + "&url=…)"
            in_share = True
            continue
        if split_marker:
            reply, split_marker = _reply_name(s), False
            continue
        if reply is None and chromeless.is_bare_reply_to(s) and not any(x.strip() for x in keep):
            split_marker = True
            continue
        if "Share On" in s or (_SHARE.search(s) and not tb.plain(s).replace("*", "").strip()):
            native = native or tb.comment_id_in(s)
            continue
        if (m := tb.REPLY_TO.match(s)) is not None and not any(x.strip() for x in keep):
            reply, reply_id = _reply_name(m.group("name")), _link_id(m.group("name"))
            continue
        if reply is None and not any(x.strip() for x in keep) and not _goes_on_lower(lines, idx):
            if tb.norm(s) in tb.BADGES:
                continue  # the commenter's role badge, printed after the date
            if (m := _REPLY_LINK_ONLY.match(s)) is not None and tb.looks_like_name(m.group("name")):
                # a "Reply to" marker whose words a site emptied or an icon replaced: the link
                # to the parent alone ("[ NAME ](…#comment-N)")
                reply, reply_id = m.group("name").strip(), m.group("id")
                continue
        keep.append(s)
    while keep and not keep[-1].strip():
        keep.pop()
    votes = None
    if keep and tb.norm(keep[-1]) in tb.WPDISCUZ_REPLY_WORDS:
        keep.pop()
        while keep and not keep[-1].strip():
            keep.pop()
    if keep and _VOTES.match(keep[-1].strip()):
        last = keep.pop().strip()
        likes = _likes_above(keep) if _UNSIGNED.match(last) else None
        votes = int(last) if likes is None else likes - int(last)
    del keep[_before_edit_note(keep, 0, len(keep)):]
    return tb.text_block(keep), votes, reply, reply_id, native


def _goes_on_lower(lines: list[str], k: int) -> bool:
    """Does the next non-empty line after ``lines[k]`` start in lower case (the sentence that
    line begins goes on: "[this answer](…)" / "is right")?"""
    nxt = next((x.strip() for x in lines[k + 1:k + 4] if x.strip()), "")
    return nxt[:1].islower()


def _link_id(raw: str) -> str | None:
    m = _LINKED_REPLY.search(raw)
    return m.group("id") if m else None


def _without_read_more(records: list[dict]) -> bool:
    """wpDiscuz shortens long texts on the server and ends them with "… Read more »": the
    control is no text, and the rest of the comment is not on the page (True when a text
    carried it)."""
    cut = False
    for r in records:
        text = r["text"]
        if text.endswith(_READ_MORE) and (m := _READ_MORE_TAIL.search(text)) is not None:
            r["text"] = text[:m.start()].rstrip()
            cut = True
    return cut


_READ_MORE = ("Read more »", "Read more &raquo;")
_READ_MORE_TAIL = re.compile(r"\s*(?:…|\.\.\.)?\s*Read more (?:»|&raquo;)$")


def _without_shared_lead(records: list[dict]) -> None:
    """A paragraph that opens the text of nearly every comment (four in five, three at least)
    is what an add-on prints in each of them (the report button's tooltip of wpDiscuz's
    flagging add-on, "Click to flag and open …"; pingbacks have none), not what anyone wrote:
    it is taken off, in place."""
    texts = [r["text"] for r in records if r["text"]]
    if len(texts) < 3:
        return
    lead = texts[0].split("\n\n", 1)[0]
    if len(lead) < 20:
        return
    opened = [t.startswith(lead) and t[len(lead):len(lead) + 2] in ("", "\n\n") for t in texts]
    if sum(opened) < 3 or 5 * sum(opened) < 4 * len(texts):
        return
    for r in records:
        if r["text"].startswith(lead) and r["text"][len(lead):len(lead) + 2] in ("", "\n\n"):
            r["text"] = r["text"][len(lead):].lstrip("\n")


def _link_parents(records: list[dict]) -> dict[int, str]:
    """Resolve "Reply to [NAME](#comment-ID)" links (``parent_method`` "link:ID", loose mode)
    to the earlier comment with that native id (method "reply-link-id"), in place; the rest is
    left to the name rules of replies.py. Returns the ids of the links left unresolved, by the
    position of the reply that holds them."""
    by_id: dict[str, int] = {}
    unresolved: dict[int, str] = {}
    for r in records:
        method = r.get("parent_method")
        if method and method.startswith("link:"):
            target = method[5:]
            r["parent_method"] = None
            if target in by_id:
                r.update(parent_position=by_id[target], parent_method="reply-link-id",
                         parent_confidence=0.98)
            else:
                unresolved[r["position"]] = target
        native = r.get("native_id")
        if native is not None:
            by_id.setdefault(native, r["position"])
    return unresolved


def _ids_from_reply_links(records: list[dict], linked: dict[int, str]) -> None:
    """A reply whose link names its parent's id ("Reply to [Markus](#comment-23410)") and whose
    parent was found by name: the parent's id is that one when the page printed none for it
    (wpDiscuz links the marker to the parent's anchor)."""
    if not linked:
        return
    taken = {r.get("native_id") for r in records}
    for position, target in linked.items():
        parent = records[position].get("parent_position")
        if parent is not None and records[parent].get("native_id") is None and target not in taken:
            records[parent]["native_id"] = target
            taken.add(target)


def _reply_name(raw: str) -> str:
    m = tb.REPLY_LINK.match(raw.strip())
    return (m.group("name") if m else raw).strip()


def _text_and_votes(lines: list[str], norms: list[str], a: int, b: int) -> tuple[str, int | None]:
    """Comment text of ``lines[a:b]`` with hard line breaks kept; a trailing "N / Reply"
    footer is the net vote count, not text, and a "Last edited" note above it is no text
    either. ``norms`` are the lines' norms."""
    b = _before_edit_note(lines, a, b)
    votes = None
    if b > a and norms[b - 1] in tb.WPDISCUZ_REPLY_WORDS:
        b -= 1
        while b > a and tb.is_blank(lines[b - 1]):
            b -= 1
        if b > a and _VOTES.match(lines[b - 1].strip()):
            votes = int(lines[b - 1].strip())
            b -= 1
        b = _before_edit_note(lines, a, b)
    return "\n\n".join(tb.paragraphs(lines[a:b])), votes


def _bare_vote_counts(bodies: list[tuple[str, int | None]]) -> list[tuple[str, int | None]]:
    """Vote counts printed without a "Reply" line under them (the button is an icon the
    extraction dropped): when every record of the page ends with a paragraph that is only a
    signed number, that number is its net vote count. One record alone proves nothing.
    Node-per-line dumps print no blank line above the number: there, every record's last
    *line* being such a number is the same proof."""
    bodies = [_split_votes(text, votes) for text, votes in bodies]
    if len(bodies) < 2 or any(votes is not None for _, votes in bodies):
        return bodies
    for sep in ("\n\n", "\n"):
        split = _split_last(bodies, sep)
        if split is not None:
            return split
    return bodies


_UNSIGNED = re.compile(r"^\d{1,6}$")


def _likes_above(keep: list[str]) -> int | None:
    """The likes count printed above a dislikes count (see _split_votes) at the end of
    ``keep``, which then loses it; None when the line above is no lone unsigned number or
    itself follows one (a list of numbers is text)."""
    rows = [i for i, x in enumerate(keep) if x.strip()]
    if len(rows) >= 2 and _UNSIGNED.match(keep[rows[-1]].strip()) and not _VOTES.match(keep[rows[-2]].strip()):
        likes = int(keep[rows[-1]].strip())
        del keep[rows[-1]:]
        return likes
    return None


def _split_votes(text: str, votes: int | None) -> tuple[str, int | None]:
    """A "Reply to NAME" where NAME signs two or more earlier comments is decided by the list
indentation a converter kept (inscriptis): the nearest less-indented ancestor signed NAME
(:func:`_indent_parents`, method "list-indent"); flat texts leave it to replies.py.

wpDiscuz's "separate votes" option prints likes and dislikes as two counts under the
    text ("5" / "2"): a text ending in two lines of only an unsigned number each ends in that
    pair, and the net vote count is their difference. Two bare numbers closing a comment are
    no prose, so one record suffices."""
    if votes is not None or not text[-1:].isdigit():
        return text, votes
    lines = text.split("\n")
    if len(lines) >= 3 and _UNSIGNED.match(lines[-1]) and _UNSIGNED.match(lines[-2]) \
            and not _UNSIGNED.match(lines[-3]):
        return "\n".join(lines[:-2]).rstrip("\n"), int(lines[-2]) - int(lines[-1])
    return text, votes


def _split_last(bodies: list[tuple[str, int | None]], sep: str) -> list[tuple[str, int]] | None:
    """Every body split at its last ``sep`` into (text, votes), or None when one body's last
    piece is not a signed number (most pages: the first record's is prose)."""
    split = []
    for text, _ in bodies:
        head, _, last = text.rpartition(sep)
        if not (_VOTES.match(last) and "\n" not in last):
            return None
        split.append((head.rstrip("\n"), int(last)))
    return split


def _before_edit_note(lines: list[str], a: int, b: int) -> int:
    """``b`` moved up over trailing blank lines and a "Last edited" note (tb.EDITED_NOTE)."""
    while b > a and tb.is_blank(lines[b - 1]):
        b -= 1
    if b > a and lines[b - 1][:1] in _EDIT_NOTE_FIRST and tb.EDITED_NOTE.match(lines[b - 1].strip()):
        b -= 1
        while b > a and tb.is_blank(lines[b - 1]):
            b -= 1
    return b


# First characters of a line EDITED_NOTE can match (after up to "**"/"__" and spaces).
_EDIT_NOTE_FIRST = frozenset("LlZzDdÚúUuПпOo*_ \t")


__all__ = ["NAME", "VERSION", "SUFFIXES", "detect", "parse"]
