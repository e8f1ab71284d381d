"""Article fields of a text/markdown/RST page: front matter, title, source URL, byline, the
published date, previous/next article. Shared by every text format; pure functions of lines.

Where each field comes from, first match wins:

- **title**: a ``**Title**: T`` label (threat-report dumps put a generic H1 above it); the
  front-matter ``title``; a heading pandoc marks as the post's (``{.entry-title}``); the first
  ATX (``# T``) or setext (``T\\n===``) H1 that is not a URL, a ``Source:`` header or the blog's
  name (``{#site-title}``, a link home). Otherwise None (the seed has no title line). A
  front-matter title that is the heading plus the site's name ("Post | Site") gives the heading.
  Front matter is YAML between "---", TOML between "+++", Nikola's ``.. key: value`` lines (whose
  date is the post's: a blog's own source file) or a "Key: value" meta block naming a title.
- **url**: front-matter ``url``/``link``/``original_url``; a ``Source:``/``원본 URL:`` label,
  a crawler's ``<!-- source: URL -->``, a clipper's ``[Original](URL)``; an H1 that is only a
  URL; else ``options.url`` (the caller's).
- **byline**: "Posted By NAME , DATE", "Written by: NAME", "by [NAME](url)", "Posted by NAME at",
  "By NAME | @handle | DATE", "Posted on DATE by NAME"; a line that is only a link to an
  ``/author/SLUG/`` archive under the title; the name after the by-word in the meta line under
  the title ("DATE av NAME | 5 kommentarer").
- **published** (the rule for untrusted front matter):

  1. a date the page prints as the article's date — a byline date, "Posted on DATE",
     "Last Updated:/Last modified: DATE", "This entry was posted on DATE", a Blogger date
     heading, or a date line directly under the title (alone or among the other words of the
     post's meta line);
  2. else a ``/YYYY/MM/DD/`` date in the article URL (day precision);
  3. else the front-matter ``date`` only when the front matter *also* has a separate crawl
     date (``fetch_date``, ``crawled``, ``retrieved``...) that differs from it, i.e. the
     exporter kept the two apart. A lone front-matter date is often the crawl or migration
     date (VARIANTS §1), so it is not used, and a note says so.

  Whatever is chosen is never later than the earliest absolute comment date (checked by the
  caller through :func:`check_published`).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit
from dataclasses import dataclass, field

from .. import dates
from ..model import PostedTime
from . import textblocks as tb

CRAWL_DATE_KEYS = ("fetch_date", "fetched", "crawled", "crawled_at", "crawl_date", "retrieved",
                   "retrieved_at", "scraped_at", "saved", "clipped")
URL_KEYS = ("url", "link", "original_url", "source_url", "canonical", "permalink", "source", "url_source")
AUTHOR_KEYS = ("author", "authors", "byline", "creator")
# Keys that name the publication date itself (a plain "date" is often the crawl's).
PUBLISHED_KEYS = ("published", "publication_date", "published_at", "date_published", "pubdate",
                  "published_time")  # jina reader's header: "Published Time: …"

_FM_LINE = re.compile(r"^(?P<k>[A-Za-z_][\w-]*)\s*:\s*(?P<v>.*)$")
_LABEL = re.compile(r"^[-*\s]*\**(?P<k>Title|Source|URL|URL Source|원본 URL|Original|Quelle|Fuente)\**\s*:\s*\**\s*(?P<v>.+?)\s*$", re.I)
# An archiver's quoted source line ("> **Original:** <URL>"): a URL only (a quoted "Title:"
# line is a quotation in the post).
_QUOTED_SOURCE = re.compile(r"^>\s*\**(?:Source|URL|Original|Quelle|Fuente)\**\s*:\s*\**\s*<?(?P<u>https?://[^\s>]+)>?\s*$",
                            re.I)
# The other header lines of a reader-mode converter ("Title:", "URL Source:", "Published Time:",
# then "Markdown Content:" above the page): metadata, never body text.
_CONVERTER_LABEL = re.compile(r"^(?:Published Time|Markdown Content)\s*:", re.I)
# A crawler's provenance comment on the first lines ("<!-- source: URL -->").
_SOURCE_COMMENT = re.compile(r"^<!--\s*(?:source|url|original(?:[ _]url)?|canonical)\s*:\s*(?P<u>https?://\S+?)\s*-->$",
                             re.I)
# pandoc's attribute block after a heading ("T {#slug .entry-title}"); "site-title" marks the
# blog's name, not the post's.
HEADING_ATTRS = re.compile(r"\s*\{(?P<a>[#.][^{}]*)\}\s*$")
# A note-taking clipper's link to the page it saved: "[Original](URL)", "[Source](URL)".
_SOURCE_LINK = re.compile(r"^\[(?:Original|Source|Quelle|Fuente|Source URL|원본|原文)\]\((?P<u>https?://[^)\s]+)\)$", re.I)
# A line that is only a link to a WordPress author archive ("/author/SLUG/"): the byline.
_AUTHOR_LINK = re.compile(r"^\[(?P<who>[^\]\[]{2,60})\]\((?:https?://[^)\s]*)?/author/[^)\s/]+/?\)$")
_H1 = re.compile(r"^#\s+(?P<t>.+?)\s*#*$")
_SETEXT = re.compile(r"^=+\s*$")
_SETEXT_ANY = re.compile(r"^(?:=+|-+)\s*$")
# An H1 that is a link to the site's root is the blog's name (classic themes print the post
# title in a smaller heading linked to its permalink: "# [Blog](https://blog/)" then
# "### [Post](https://blog/2008/03/post.html)").
# (A saved copy links home relatively: "../../../../index.html".)
_HOME_LINK = re.compile(r"^\[(?P<label>[^\]]+)\]\((?:(?:https?:)?//[^/\s)]+/?|/|(?:\.\./)+(?:index\.html?)?)"
                        r"(?:\s+\"[^\"]*\")?\)$")
_LINKED_HEADING = re.compile(r"^#{2,4}\s+\[(?P<label>[^\]]+)\]\((?P<url>[^)\s]+)(?:\s+\"[^\"]*\")?\)\s*#*$")
_URL_ONLY = re.compile(r"^(?:source\s*:\s*)?<?(?P<u>https?://\S+?)>?$", re.I)
# First characters of long lines that are not prose: headings, links, images, tags, tables,
# list items, front matter.
_NOT_PROSE_FIRST = frozenset("#[!<|*-+>{=")
_ARTICLE_BEGUN = 300  # characters of prose: about two paragraphs
_BYLINE = [
    # (pattern, has date group)
    # "Posted by NAME on DATE …" / "… at DATE" / "… - DATE" (and their translations: "Veröffentlicht
    # von NAME am DATE", "Publié par NAME le DATE"): a digit within the date's first three words
    # ("on Wednesday, June 24th"; "at home" is no date)
    re.compile(r"^(?:Posted by|Veröffentlicht von|Geschrieben von|Publié par|Publicado por|Pubblicato da|"
               r"Geplaatst door)\s+(?P<who>[^,|]{1,60}?)(?:\s+(?:on|at|am|um|le|el|en|il|op)|\s*[-–—|/])\s+"
               r"(?P<date>(?=(?:[^\W\d_]+\.?,?\s+){0,2}\d).+)$", re.I),
    re.compile(r"^Posted By\s+(?P<who>[^,]+?)\s*,\s*(?P<date>.+)$", re.I),
    # "Author: NAME" with its colon: "Author Information" is a heading, "authorized_…" a word
    re.compile(r"^(?:Written by\s*:?|(?:Author|Autor|Auteur|Autore|Autora|Автор|投稿者)\s*[:：])\s*(?P<who>\S.{0,60})$", re.I),
    # Twenty Twenty / Twenty Twenty-One: the screen-reader label before "By NAME"
    re.compile(r"^Post author\s+(?:by\s+)?(?P<who>\S.{0,60})$", re.I),
    # "By NAME | @handle | DATE": the name, and the date among the parts after it
    re.compile(r"^by\s+(?P<who>[^|·•]{1,60}?)\s*[|·•]\s*(?P<date>.+)$", re.I),
    re.compile(r"^by\s+(?P<who>\S.{0,60})$", re.I),
    re.compile(r"^Posted by\s+(?P<who>.+?)\s+at\s+.+$", re.I),
]
_DATE_LABEL = re.compile(
    r"^(?:Posted on|Post date|Published(?: on| Time)?|Last Updated|Last modified|Updated|Veröffentlicht am|"
    r"Publié le|Publicado el|This entry was posted on|投稿日|"
    # Twenty Ten to Twelve's footer: "This entry was posted in CATS [and tagged TAGS] on DATE by NAME."
    r"This entry was posted in\s.{1,200}?\son)\s*[:：]?\s*(?P<date>.*?)"
    # Twenty Ten/Eleven: "Posted on DATE by NAME" (fr "Publié le DATE par NAME", de, es)
    r"(?:\s+(?:by|par|von|por)\s+(?P<who>[^|,]{1,60}?))?(?:\s+(?:in|under)\s+.*|\s+(?:This entry was posted|Dieser Eintrag wurde|"
    r"Cette entrée a été publiée|Esta entrada fue publicada)\b.*)?$", re.I)  # the footer's next sentence
_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>0[1-9]|1[0-2])/(?P<d>0[1-9]|[12]\d|3[01])/")
NAV_WORDS = {"previous": "previous", "next": "next", "previous post": "previous",
             "next post": "next", "previous article": "previous", "next article": "next",
             "older post": "previous", "newer post": "next"}
_NAV_GLUED = re.compile(r"^(?:«\s*|←\s*)?(?P<w>Previous Post|Next Post|Previous article|Next article)\s*(?P<t>\S.*?)\s*(?:»|→)?$", re.I)


@dataclass
class Head:
    title: str | None = None
    url: str | None = None
    byline: str | None = None
    published: PostedTime | None = None
    previous_title: str | None = None
    next_title: str | None = None
    front_matter: dict = field(default_factory=dict)
    body_start: int = 0  # first line after the front matter
    notes: list[str] = field(default_factory=list)
    # The title is a "# " heading found only after the article had begun (no other title on
    # the page): maybe a section or a code comment, so a comment header's title wins over it.
    title_weak: bool = False


def front_matter(lines: list[str]) -> tuple[dict, int]:
    """Front matter (flat pairs) and the index of the line after it: YAML between "---" lines
    (``key: value``), or TOML between "+++" lines (``key = value``, Hugo's other form)."""
    if not lines:
        return {}, 0
    if lines[0].strip() not in ("---", "+++"):
        return _metadata_lines(lines)
    fence = lines[0].strip()
    pair = _FM_LINE if fence == "---" else _TOML_LINE
    out: dict = {}
    for i in range(1, min(len(lines), 200)):
        s = lines[i].rstrip()
        if s.strip() == fence or fence == "---" and s.strip() == "...":
            return out, i + 1
        m = pair.match(s)
        if m and not s.startswith((" ", "\t", "-", "#")):
            out[m.group("k").lower()] = m.group("v").strip().strip("\"'")
    return {}, 0


_TOML_LINE = re.compile(r"^(?P<k>[A-Za-z_][\w-]*)\s*=\s*(?P<v>.*)$")
# Nikola's metadata, written as reST comments (".. title: T"; in markdown maybe inside
# "<!--" / "-->"), and the "Key: value" lines that open a page for Python-Markdown's and
# MultiMarkdown's meta extensions (Pelican: "Title: T" / "Date: …"), up to the first blank line.
_NIKOLA_LINE = re.compile(r"^\.\. (?P<k>[a-z_]+): ?(?P<v>.*)$")
_META_LINE = re.compile(r"^(?P<k>[A-Za-z][A-Za-z_]*(?: [A-Za-z][A-Za-z_]*)?): (?P<v>\S.*)$")  # "Fetched BJT: …"


def _metadata_lines(lines: list[str]) -> tuple[dict, int]:
    """Nikola's ``.. key: value`` lines, or a meta block of ``Key: value`` lines that names a
    ``title`` (two lines at least), at the top of the page: (pairs, index after them), or
    ({}, 0)."""
    first = 1 if lines[0].strip() == "<!--" else 0
    pattern = _NIKOLA_LINE if lines[first:first + 1] and lines[first].startswith(".. ") else _META_LINE
    out: dict = {}
    i = first
    while i < min(len(lines), 60) and (m := pattern.match(lines[i].rstrip())) is not None:
        out[m.group("k").lower().replace(" ", "_")] = m.group("v").strip().strip("\"'")
        i += 1
    if first and lines[i:i + 1] == ["-->"]:
        i += 1
    elif i < len(lines) and lines[i].strip():
        return {}, 0  # the block must end at a blank line (or its comment's end)
    if pattern is _META_LINE and (i < 2 or "title" not in out):
        return {}, 0
    if pattern is _NIKOLA_LINE and "date" in out:
        # the blog's own source file, never a crawler's: its date is the post's
        out.setdefault("published", out.pop("date"))
    return (out, i) if out else ({}, 0)


def read_head(lines: list[str], *, limit: int | None = None) -> Head:
    """Article fields from the page's lines; ``limit`` stops the scan (the comment section)."""
    fm, start = front_matter(lines)
    head = Head(front_matter=fm, body_start=start)
    end = len(lines) if limit is None else limit
    label_title = None
    h1 = None
    home_h1 = False  # an H1 linking to the site's root was seen (the blog's name)
    printed_date = None
    post_heading = None  # a heading pandoc marks as the post's title (".entry-title")
    h1_line = None
    # Characters of long plain lines so far (60 or more: prose, wrapped at 78 by html2text or
    # not; menus and labels are shorter): past _ARTICLE_BEGUN the article has begun (see below).
    prose = 0
    late_h1 = None
    sections = False
    in_code = False
    for i in range(start, end):
        raw = lines[i].strip()
        if not raw:
            continue
        # Each recogniser runs only on lines that can match it: a label needs a colon, an H1
        # a "#", a setext title an "=" rule below; the rest dispatch on the first character
        # (see _BYLINE_FIRST and friends). Most article lines are prose and match none: a line
        # without markup (so ``s`` below is ``raw``), colon or "Post", whose first character
        # starts no recogniser and which is longer than a bare "Previous" is skipped at once.
        if (raw[0] not in _LOUD_FIRST and ":" not in raw and "Post" not in raw and len(raw) > 8
                and raw[-1] not in _NAV_EDGE and not tb.has_markup(raw)
                and not (h1 is None and i + 1 < end and _first_char(lines[i + 1]) == "=")):
            if len(raw) >= 60:
                prose += len(raw)
            continue
        # (Fence lines hold markup, so they never take the quick path above.)
        if raw[0] in "`~[" and (tb.is_fence(raw) or raw in ("[code]", "[/code]")):
            # a fenced code block (html2text: "[code]" … "[/code]"): its "# " lines are code
            # comments
            in_code = raw != "[/code]" and (raw == "[code]" or not in_code)
            continue
        if in_code:
            continue
        if len(raw) >= 60 and raw[0] not in _NOT_PROSE_FIRST:
            prose += len(raw)
        if raw[:4] == "<!--" and (m := _SOURCE_COMMENT.match(raw)) is not None:
            head.url = head.url or m.group("u")
            continue
        if raw[0] == "[" and raw[-1] == ")":
            if (m := _SOURCE_LINK.match(raw)) is not None:
                head.url = head.url or m.group("u")
                continue
            # Under the title (or near the top of a page without one): further down such
            # links are commenters' names.
            near = i - h1_line <= 15 if h1_line is not None else i - start < 40
            if head.byline is None and near and (m := _AUTHOR_LINK.match(raw)) is not None \
                    and tb.looks_like_name(m.group("who").strip()):
                head.byline = m.group("who").strip()
                continue
        if raw[0] == ">" and ":" in raw and (m := _QUOTED_SOURCE.match(raw)) is not None:
            head.url = head.url or m.group("u")
            continue
        if ":" in raw and (m := _LABEL.match(raw)) is not None:
            key, value = m.group("k").casefold(), _unquoted(tb.plain(m.group("v")).strip())
            if key == "title" and label_title is None:
                label_title = value
            elif head.url is None and value.lstrip("<").startswith("http"):
                head.url = value.lstrip("<").split()[0].rstrip(">")  # "<URL>": markdown's autolink
            continue
        if raw[0] == "#" and h1 is None and (home_h1 or _under_date_heading(lines, i, start)) \
                and (m := _LINKED_HEADING.match(raw)) is not None and _HOME_LINK.match(f"[x]({m.group('url')})") is None:
            # the post's heading linked to its permalink under the blog's name, or under the date
            # header of classic Blogger ("## Friday, April 15, 2011" / "### [T](permalink)")
            h1 = tb.plain(m.group("label")).strip() or None
            if not home_h1 and (u := m.group("url")).startswith(("http://", "https://")) and _own_link(lines, u):
                head.url = head.url or u
            continue
        if raw[-1] == "}" and _hidden_heading(raw):
            continue  # "Navigation {#navigation .assistive-text}": for screen readers only
        if raw[0] == "#" and (m := _H1.match(raw)) is not None:
            heading, site_heading = _without_attrs(m.group("t").strip())
            if h1 is None and not home_h1 and (site_heading or _HOME_LINK.match(heading) is not None):
                home_h1 = True
                continue
            text = tb.plain(heading).strip()
            if site_heading is False and post_heading is None:
                post_heading = text
            if (u := _URL_ONLY.match(text)) is not None:
                head.url = head.url or u.group("u")
            elif h1 is None and text and prose > _ARTICLE_BEGUN:
                # Past two paragraphs of prose a "# " line is hardly the page title: a section
                # of the article, or a code comment that a text dump left at a line's start.
                # Kept as a weak title for a page that names no other (unless it starts in
                # lower case, as code comments do and titles do not).
                if late_h1 is None and not text[:1].islower() and not sections:
                    late_h1 = text
            elif h1 is None and text:
                h1, h1_line = text, i
                # A date printed right under the title is the article's date (news layouts),
                # alone or in the post's meta line ("DATE av NAME | 5 kommentarer").
                if printed_date is None:
                    printed_date, who = meta_below(lines, i + 1, end)
                    head.byline = head.byline or who
                    head.url = head.url or _dated_permalink(lines, i + 1, end)
            continue
        if (h1 is None and i + 1 < end and _first_char(lines[i + 1]) == "="
                and _SETEXT.match(lines[i + 1].strip()) and not raw.startswith(("-", "*", "|"))):
            heading, site_heading = _without_attrs(raw)
            if site_heading:
                home_h1 = True
            else:
                h1, h1_line = tb.plain(heading).strip(), i
                if site_heading is False and post_heading is None:
                    post_heading = h1
                if printed_date is None:
                    printed_date, who = meta_below(lines, i + 2, end)  # below the "===" rule
                    head.byline = head.byline or who
            continue
        if (post_heading is None and raw[-1] == "}" and i + 1 < end and _first_char(lines[i + 1]) in "=-"
                and _SETEXT_ANY.match(lines[i + 1].strip())
                and _without_attrs(raw)[1] is False):
            post_heading = tb.plain(_without_attrs(raw)[0]).strip()  # a smaller heading marked as the post's title
            continue
        s = tb.plain(raw).strip()
        if s[:2] in _ITEM_MARKS and s[2:].lstrip().startswith(("Post ", "投稿")):
            # Twenty Twenty's meta list: "* Post author By NAME", "* Post date DATE"; ja "* 投稿者: NAME"
            s = s[2:].lstrip()
        first = s[:1]
        if head.byline is None and i - start < 400 and first in _BYLINE_FIRST:
            for pattern in _BYLINE:
                if (m := pattern.match(s)) is not None:
                    who = m.group("who").strip(" ,")
                    if "date" not in pattern.groupindex and tb.has_digit(who) \
                            and (glued := _GLUED_YEAR.search(who)) is not None:
                        who = who[:glued.end(1)]  # a theme's published and (hidden) updated dates glued by a converter
                    if "date" not in pattern.groupindex and tb.has_digit(who) \
                            and (found := dates.find_date(who)) is not None and who.find(found.raw) > 0:
                        # "by NAME May 5, 2025May 2, 2025" (Newspack): the date ends the name
                        printed_date = printed_date or found
                        who = who[:who.find(found.raw)].strip(" ,|·–—-")
                    if tb.looks_like_name(who):
                        head.byline = who
                        if "date" in pattern.groupindex and printed_date is None:
                            printed_date = _as_date(m.group("date")) or _found_date(m.group("date"))
                    break
        if head.byline is None and s[:7] == "Author " and i - start < 400 \
                and (who := _author_without_colon(s, lines[i + 1].strip() if i + 1 < end else "")):
            head.byline = who
        if printed_date is None and _first_char(s, " *_") in _DATE_LABEL_FIRST:
            labelled = s.strip("*_ ")
            if (m := _DATE_LABEL.match(labelled)) is not None:
                printed_date = _as_date(m.group("date")) or _date_below(lines, i + 1, min(end, i + 3))
                who = (m.group("who") or "").strip()
                if who.endswith(".") and len(who.rsplit(" ", 1)[-1]) > 2:
                    who = who[:-1]  # "… por NAME." ends a sentence ("Kartik B." keeps its initial)
                if printed_date is not None and head.byline is None and who and tb.looks_like_name(who):
                    head.byline = who
        if raw.startswith("## "):
            printed_date = printed_date or _as_date(tb.plain(raw[3:]))
        if raw[:2] == "##":
            sections = True  # a section heading: a page title would have come before it
        if "[" in raw and raw.count("[") > raw.count("]"):  # a link label wrapped onto the next line
            following = lines[i + 1].strip() if i + 1 < len(lines) else ""
            nav = _nav_glued(tb.plain(raw + " " + following).strip())  # the next line is used up
        elif (nav := _nav_glued(s)) is None and (word := _bare_nav_word(s)) is not None:
            nav = _nav_below(word, lines[i + 1].strip() if i + 1 < len(lines) else "")
        if nav is not None:
            which, title = nav
            if which == "previous" and head.previous_title is None:
                head.previous_title = title
            elif which == "next" and head.next_title is None:
                head.next_title = title
    head.title = label_title or _without_site_name(fm.get("title"), post_heading or h1) or post_heading or h1
    if head.title is None and not fm and (first := _dated_first_line(lines, start, end)) is not None:
        # A page that marks no heading but opens with a line and the post's date line under
        # it ("TITLE" / "May 31, 2015 NAME"): that line is the title, a weak one (a comment
        # count heading that names the post replaces it).
        (head.title, dated, who), head.title_weak = first, True
        printed_date = printed_date or dated
        head.byline = head.byline or who
    if head.title is None and late_h1 is not None:
        head.title, head.title_weak = late_h1, True
    head.url = fm_url(fm) or head.url
    if fm:
        head.byline = head.byline or fm_author(fm)
    head.published = printed_date or (fm and _fm_published(fm)) or _url_date(head.url) \
        or _front_matter_date(fm, head.notes)
    return head


def _author_without_colon(s: str, below: str) -> str | None:
    """The name in "Author NAME": the default themes' screen-reader label before the post's
    author (Twenty Fifteen, Sixteen), which converters print with the name and the next label
    glued on ("Author Ruth AdlerPosted on"). Not a heading ("Author Information" over a rule)."""
    if below and _SETEXT_ANY.match(below):
        return None
    who = _NEXT_LABEL.split(s[7:].strip(), 1)[0].strip(" ,|")
    if not who or who.split()[0].casefold() in _AUTHOR_HEADING_WORDS:
        return None
    return who if tb.looks_like_name(who) else None


# The default themes' screen-reader labels that follow the author's name in the entry footer.
_NEXT_LABEL = re.compile(r"\s*(?:Posted on|Categories|Tags|Leave a comment|Format)\b")
_AUTHOR_HEADING_WORDS = frozenset(["information", "info", "bio", "box", "archive", "archives", "details",
                                   "profile", "page", "name", "posts"])


def _dated_first_line(lines: list[str], start: int, end: int
                      ) -> tuple[str, PostedTime, str | None] | None:
    """(title, date, byline) when the first non-blank line is a title-like line (short, no
    sentence's end) and the next one is the post's date or meta line (see meta_below). The
    post's category links that themes print above the title as a list ("* News") come first."""
    i = _next_line(lines, start, end)
    for _ in range(_CATEGORY_ITEMS + 1):
        if i is None or not _SHORT_ITEM.match(lines[i]):
            break
        i = _next_line(lines, i + 1, end)
    else:
        return None  # more items than a post's categories: a menu
    title = _title_like(lines[i]) if i is not None else None
    if title is None:
        return None
    dated, who = meta_below(lines, i + 1, end)
    if dated is None:
        return None
    # Blogger: the blog's name, the date header alone, then the post's title above its text
    d = _next_line(lines, i + 1, end)
    t = _next_line(lines, d + 1, end) if d is not None and who is None and _as_date(lines[d].strip()) else None
    after = _next_line(lines, t + 1, end) if t is not None else None
    if t is not None and after is not None and (post := _title_like(lines[t])) is not None \
            and len(post.split()) >= 3 and len(lines[after].strip()) > len(post):
        title = post  # (a one- or two-word line there is the article's first subheading)
    return title, dated, who


_CATEGORY_ITEMS = 3
_SHORT_ITEM = re.compile(r"^\s*[-*+•]\s+\S.{0,30}$")


def _next_line(lines: list[str], i: int, end: int) -> int | None:
    """The first non-blank line from i on, within five lines."""
    return next((k for k in range(i, min(end, i + 5)) if lines[k].strip()), None)


# Separators between a post's title and the site's name in a page's <title> ("Post | Site",
# "Post – Site": WordPress's default), which converters copy into the front matter.
TITLE_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ", " » ", " · ", " • ")


def _without_site_name(title: str | None, heading: str | None) -> str | None:
    """The front matter's ``title``, or the page's heading when the title is that heading and
    the site's name joined by a separator (either way round)."""
    if not title or not heading or title == heading:
        return title
    if title.startswith(heading) and title[len(heading):].startswith(TITLE_SEPARATORS):
        return heading
    if title.endswith(heading) and title[:-len(heading)].endswith(TITLE_SEPARATORS):
        return heading
    return title


def _own_link(lines: list[str], url: str) -> bool:
    """Does another line of the page link to ``url``'s host (the post's own site, not another
    site a Blogger title links to)?"""
    host = urlsplit(url).hostname
    needle = f"//{host}/" if host else None
    return bool(needle) and sum(line.count(needle) for line in lines) >= 2


def _dated_permalink(lines: list[str], i: int, end: int) -> str | None:
    """The address of a date under the title that links to the post ("[June 27, 2012](URL)",
    as themes print the post's date), or None."""
    at = next((j for j in range(i, min(end, i + 3)) if lines[j].strip()), None)
    m = _DATE_LINK.match(lines[at].strip()) if at is not None else None
    return m.group("url") if m and _as_date(m.group("label")) is not None else None


_DATE_LINK = re.compile(r"^\[(?P<label>[^\]]{4,60})\]\((?P<url>https?://[^)\s]+)(?:\s+\"[^\"]*\")?\)$")


def _under_date_heading(lines: list[str], i: int, start: int) -> bool:
    """Is the line above ``i`` (blank lines between) a heading that is a date alone (classic
    Blogger's date header)?"""
    j = i - 1
    while j >= start and not lines[j].strip():
        j -= 1
    return j >= start and lines[j].startswith("#") and _as_date(tb.plain(lines[j].lstrip("#").strip())) is not None


def _title_like(line: str) -> str | None:
    """A line that can be a page's title: short, not a sentence's end, not a quotation."""
    title = tb.plain(line.strip()).strip(" *_#")
    if not title or len(title) > 150 or title[-1] in ".!:;,\"”»" or tb.is_residue(title):
        return None
    return title


def is_label(line: str) -> bool:
    """A "**Title**: …" / "**Source**: …" header line, a converter's "Published Time: …" /
    "Markdown Content:" or a crawler's "<!-- source: URL -->" (page metadata, not body text)."""
    s = line.strip()
    return bool(_LABEL.match(s) or _CONVERTER_LABEL.match(s) or s[:4] == "<!--" and _SOURCE_COMMENT.match(s)
                or s[:1] == ">" and _QUOTED_SOURCE.match(s))


# Classes that hide an element from sight (WordPress core's and themes' screen-reader text,
# Bootstrap's, and older themes' "assistive-text"), as pandoc writes them in a heading's
# attribute block.
_HIDDEN_CLASS = re.compile(r"\.(?:assistive-text|screen-reader-text|sr-only|visually-hidden|screen-reader|"
                           r"visuallyhidden|hidden)(?=\s|$)")


def _hidden_heading(raw: str) -> bool:
    m = HEADING_ATTRS.search(raw)
    return m is not None and _HIDDEN_CLASS.search(m.group("a")) is not None


def _without_attrs(heading: str) -> tuple[str, bool | None]:
    """A heading without pandoc's trailing attribute block, and what that block says: True
    when it names the site's title or description (the blog's name above the post), False
    when it names the post's title (``.entry-title``, ``.post-title``), else None."""
    if not heading.endswith("}") or (m := HEADING_ATTRS.search(heading)) is None:
        return heading, None
    attrs = m.group("a")
    if "site-title" in attrs or "site-description" in attrs:
        return heading[:m.start()], True
    return heading[:m.start()], False if "entry-title" in attrs or "post-title" in attrs else None


def _unquoted(value: str) -> str:
    """A label's value without the quotes YAML-like wrappers put round it ("title: "T"")."""
    if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value


def fm_author(fm: dict) -> str | None:
    """The first author a front matter names ("author: NAME", "authors: ["A", "B"]")."""
    for key in AUTHOR_KEYS:
        v = fm.get(key, "").strip()
        if v.startswith("[") and v.endswith("]"):
            v = v[1:-1].split(",")[0].strip().strip("\"'")
        if v and tb.looks_like_name(v):
            return v
    return None


def fm_url(fm: dict) -> str | None:
    for key in URL_KEYS:
        v = fm.get(key, "")
        if v.startswith("http"):
            return v
    return None


def nav_line(s: str, following: str) -> tuple[str, str] | None:
    """("previous"|"next", title) for "Previous PostTITLE" (glued by converters) or a bare
    "Previous" line followed by the title on the next line."""
    if (nav := _nav_glued(s)) is not None:
        return nav
    word = _bare_nav_word(s)
    return _nav_below(word, following) if word is not None else None


def _nav_glued(s: str) -> tuple[str, str] | None:
    """("previous"|"next", title) for "Previous PostTITLE" and the like, glued by converters."""
    # The split below only cuts at these (case-sensitive) words; without them the one part is
    # ``s`` itself, which _NAV_GLUED can match only from one of its first characters.
    cut = "Previous Post" in s or "Next Post" in s
    if cut or _first_char(s) in _NAV_FIRST:
        for part in _NAV_SPLIT.split(s) if cut else (s,):
            m = _NAV_GLUED.match(part.strip())
            if m and m.group("t") and not m.group("t").isdigit():
                return NAV_WORDS[m.group("w").casefold()], m.group("t").strip("* ")
    return None


def _bare_nav_word(s: str) -> str | None:
    """"previous" or "next" when that word is all of ``s`` (emphasis and arrows aside)."""
    key = s.strip(_NAV_EDGE)
    if len(key) > 8:  # longer than "previous", and casefold() never shortens a string
        return None
    key = key.casefold()
    return key if key in ("previous", "next") else None


def _nav_below(word: str, following: str) -> tuple[str, str] | None:
    """The title on the line after a bare "Previous"/"Next" line."""
    if following and not following.strip().isdigit() and 3 < len(following) < 150 \
            and not _NAV_GLUED.match(following):
        return NAV_WORDS[word], tb.plain(following).strip()
    return None


def _first_char(s: str, skip: str = "") -> str:
    """``s.lstrip()[:1]`` (or ``s.strip(skip)[:1]``) without copying ``s``."""
    c = s[:1]
    if skip:
        return s.lstrip(skip)[:1] if c and c in skip else c
    return s.lstrip()[:1] if c.isspace() else c


_NAV_SPLIT = re.compile(r"(?=(?:Previous|Next) Post)")
# First characters that can start a match of the patterns above, under re.I: the ASCII
# letters and their case partners (only "i", "k" and "s" have non-ASCII partners in Python's
# re, and no pattern here starts with one of them).
_NAV_FIRST = frozenset("«←PpNn")
# Posted, Written, Author (and "Автор", "投稿者"), by; Veröffentlicht, Geschrieben, Geplaatst
_BYLINE_FIRST = frozenset("PpWwAaBbАа投VG")
_ITEM_MARKS = frozenset(["* ", "- ", "• ", "+ "])
_GLUED_YEAR = re.compile(r"\b((?:19|20)\d\d)(?=[^\W\d_])")
_DATE_LABEL_FIRST = frozenset("PpLlUuVvTt投")  # Posted, Published, Last, Updated, Veröff., This, 投稿日
_NAV_EDGE = "*_ «»←→"  # stripped off a bare "Previous"/"Next"
# First characters of a line that some recogniser of read_head may act on.
_LOUD_FIRST = frozenset("#") | _BYLINE_FIRST | _DATE_LABEL_FIRST | _NAV_FIRST | frozenset(_NAV_EDGE)


def _found_date(raw: str) -> PostedTime | None:
    """The date among other parts of a byline ("@handle |February 28, 2020")."""
    pt = dates.find_date(tb.plain(raw))
    return pt if pt is not None and pt.local is not None else None


def _as_date(raw: str | None) -> PostedTime | None:
    if not raw:
        return None
    raw = tb.plain(raw).strip(" *_,")
    if not raw or not dates.maybe_date(raw):
        return None
    pt = dates.parse_date(raw)
    return pt if pt is not None and pt.local is not None else None


def meta_below(lines: list[str], i: int, end: int) -> tuple[PostedTime | None, str | None]:
    """(date, byline) of the line under a title: a date alone, or the post's meta line that
    holds one among other words ("Publicado el 17/09/2015 por NAME.", "vrijdag 25 januari 2008
    in Uncategorized door NAME | 2 comments"), with the name after its by-word."""
    at = next((j for j in range(i, min(end, i + 3)) if lines[j].strip()), None)
    line = lines[at].strip() if at is not None else ""
    if not line:
        return None, None
    if tb.norm(line) in _BY_WORDS_ALONE:
        # A dump that prints every node on its own line: "By" / "NAME" / "-" / "DATE" (tagDiv
        # Newspaper in inscriptis); the meta line is the run of short lines from the by-word.
        run = [line]
        for j in range(at + 1, min(end, at + 6)):
            part = lines[j].strip()
            if not part or len(part) > 40:
                break
            run.append(part)
        line = " ".join(run)
    if (alone := _as_date(line)) is not None:
        # the name on the next line of the same meta block ("28. November 2019" / "von NAME")
        below = next((lines[j].strip() for j in range(at + 1, min(end, at + 3)) if lines[j].strip()), "")
        m = _BY_LINE.match(tb.plain(below).strip())
        who = m.group("who").strip() if m else None
        return alone, who if who and tb.looks_like_name(who) and not tb.has_digit(who) else None
    plain = tb.plain(line)
    if len(plain) > 160 or len(plain.split()) > 30 or not tb.has_digit(plain):
        return None, None
    if (glued := _GLUED_DATES.match(plain)) is not None:
        plain = glued.group(1) + " " + plain[glued.end():]  # "May 31, 2015May 24, 2016 NAME": the first
    found = dates.find_date(plain)
    if found is None or found.local is None:
        return None, None
    m = _BY_NAME.search(plain)
    who = m.group("who").strip() if m else None
    return found, who if who and tb.looks_like_name(who) and not tb.has_digit(who) else None


# The published and the updated date that a converter glued ("May 31, 2015May 24, 2016":
# two <time> elements without a space between; Twenty Fourteen to Seventeen print both).
_GLUED_DATES = re.compile(r"^(\S.*?\d{4})[^\W\d_]{3,}\.? \d{1,2}, \d{4}")


# A by-word and the name after it, up to a separator (a spaced dash too), a joining word or
# the line's end.
_BY_WORDS = ("by", "par", "por", "door", "av", "von", "di")  # en, fr, es, nl, sv/no, de, it
_BY_NAME = re.compile(rf"(?:^|\s)(?:{'|'.join(_BY_WORDS)})" r"\s+(?P<who>[^|·•,./\d]{2,60}?)"
                      r"(?=\s*(?:[|·•,./]|\s[-–—]\s|\s(?-i:in|under|le|el|am|on|op|em|i|på|il|dans|en|im|no|na)\s|$))",
                      re.I)
_BY_LINE = re.compile(rf"^(?:{'|'.join(_BY_WORDS)})" r"\s+(?P<who>[^|·•,/\d]{2,60})$", re.I)
_BY_WORDS_ALONE = frozenset(_BY_WORDS + ("von:", "by:"))


def _date_below(lines: list[str], i: int, end: int) -> PostedTime | None:
    for j in range(i, min(end, i + 3)):
        s = lines[j].strip()
        if s:
            return _as_date(s)
    return None


def _url_date(url: str | None) -> PostedTime | None:
    if not url or (m := _URL_DATE.search(url)) is None:
        return None
    raw = f"{m.group('y')}-{m.group('m')}-{m.group('d')}"
    pt = dates.parse_date(raw)
    return PostedTime(raw=m.group(0), local=pt.local, precision="day", order="YMD",
                      order_basis="unambiguous") if pt else None


def _fm_published(fm: dict) -> PostedTime | None:
    """The date under a key that names the publication itself ("publication_date")."""
    for key in PUBLISHED_KEYS:
        if fm.get(key) and (pt := dates.parse_date(fm[key])) is not None and pt.local is not None:
            return pt
    return None


def _front_matter_date(fm: dict, notes: list[str]) -> PostedTime | None:
    value = fm.get("date")
    if not value:
        return None
    crawl = next((fm[k] for k in CRAWL_DATE_KEYS if fm.get(k)), None)
    pt = dates.parse_date(value)
    if crawl is None or pt is None or pt.local is None:
        notes.append(f"front-matter date {value!r} not used as the published date: "
                     "it is often the crawl or migration date")
        return None
    crawl_pt = dates.parse_date(crawl)
    if crawl_pt is not None and crawl_pt.local is not None and crawl_pt.local.date() == pt.local.date():
        notes.append(f"front-matter date {value!r} equals the crawl date; not used")
        return None
    return pt


def check_published(published: PostedTime | None, comment_times: list[PostedTime | None],
                    notes: list[str]) -> PostedTime | None:
    """Drop a published date later than the earliest absolute comment date (it cannot be the
    article's date then: it is a crawl, migration or modification date)."""
    if published is None or published.local is None:
        return published
    known = [t.local for t in comment_times if t is not None and t.local is not None
             and t.precision != "relative"]
    if known and published.local.date() > min(known).date():
        notes.append(f"published date {published.raw!r} is later than the first comment; dropped")
        return None
    return published
