"""Assembling a :class:`ParsedPage` from what a text format found, the same way for every
text/markdown/RST format: article body, head fields, count/truncation bookkeeping, dates.

Truncation reasons (``ParsedPage.truncation_reasons``), in the order they are checked:

- ``load-more``: a "Load More Comments" button, unless the page declares a count that the
  parsed comments already reach (018: the button is printed with "0 Comments");
- ``comment-pagination``: "« Previous / 1 / 2", "Older Comments", ``comment-page-N`` links;
- ``file-cut``: the file ends inside the comment list — a dataset that cuts pages at ~8.2k
  characters and appends "..." (005 016), or a file that stops mid-word (not at a reply
  button or a date line: converters that write no final newline end whole pages so) — or
  starts inside it (a record's tail above the first record header, which a format module
  reports: 039);
- ``collapsed-text``: a comment's text is shortened behind "see more"/"더 보기";
- ``see-all``: a "view all comments" link stands for comments not on the page;
- ``declared-exceeds-parsed``: the page's own count is larger than what was parsed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import dates, postratings
from ..errors import PageRejected
from ..htmlpage.body import UI_LINES  # the share and like buttons' labels, as HTML bodies drop them
from ..htmlpage.text import squash
from ..language import page_language
from ..model import ParsedComment, ParsedPage
from ..options import ParseOptions
from ..replies import resolve_reply_markers
from ..urls import site_of
from . import pagehead
from . import textblocks as tb
from .wordpress_text_layouts import FORM_TITLES, TRAILING_REPLY_WORDS

# The number of a count header: digits, or the word WordPress's translations use for one
# ("One thought on “T”", "Ein Gedanke zu „T“", "Une réflexion sur « T »"; from the default
# themes' translations: "Jeden komentarz do “T”" (pl), "Eén gedachte over “T”" (nl),
# "“T” için bir yorum" (tr), where the number word stands before the last word).
ONE_WORDS = ("one", "ein", "eine", "un", "une", "uno", "una", "um", "uma", "een", "eén", "één",
             "jeden", "bir")
_NUMBER = r"(?P<n>\d[\d,.]*|" + "|".join(ONE_WORDS) + ")"
_QUOTES = "“”\"«»„"
# Count headers: (pattern, group holding the number, group holding the block's title or None).
# Nouns and prepositions of the comment-count heading of WordPress's default themes
# (twentysixteen's "%1$s thoughts on &ldquo;%2$s&rdquo;") in de, fr, es, it, pt_BR, nl, pl:
# "N Gedanken zu", "N pensées sur", "N opiniones en", "Un commento su", "N pensieri riguardo",
# "N comentários em", "N gedachten aan", "Eén gedachte over", "N komentarze/komentarzy do".
COUNT_HEADERS = [
    # (with the readers' compounds and genitives: "Leserkommentare", "lezersreacties",
    # "läsarkommentarer", "commentaires des lecteurs", "komentarze czytelników")
    re.compile(r"^(?P<n>\d[\d,.]*)\s*(?:comments?|reader comments?|leser[- ]?kommentare?|kommentare?|kommentarer|"
               r"l[äæ]s[ae]rkommentarer|lezersreacties|commentaires?|comentarios?|commenti|"
               r"reacties|comentários|komentar|komentarz[ey]?|bình luận|responses?|thoughts?|yorum)\b"
               r"(?:\s+(?:des lecteurs|de (?:los )?lectores|dei lettori|dos leitores|der leser|czytelników))?"
               r":?(?:\s+(?:on|for|en|zu|sur|em)\s+[“\"«„]\s*(?P<t>.+?)\s*[”\"»“])?\s*:?\s*$", re.I),
    re.compile(_NUMBER + r"\s+(?:thoughts?|responses?|repl(?:y|ies)|reactions?|archived comments?|"
               r"comments?|respuestas?|réponses?|antworten|antwort|gedanken?|kommentare?|réflexions?|"
               r"commentaires?|comentarios?|pensées?|opini(?:ón|on|ones)|comment[oi]|pensier[oi]|"
               r"coment[aá]rios?|gedachten?|komentarz[ey]?|respostas?|rispost[ae])\s+"
               r"(?:on|to|for|en|a|à|zu|sur|über|em|su|riguardo|aan|over|do|para)\s+[“\"«„]?\s*(?P<t>.+?)\s*[”\"»“]?\s*$",
               re.I),
    # Title first: "T: 3 комментария" (ru: "%2$s: %1$s комментари(й|я|ев)"),
    # "“T” için 3 yorum" (tr: "&ldquo;%2$s&rdquo; için %1$s yorum", one: "bir").
    re.compile(r"^(?P<t>\S.*?):\s*(?P<n>\d[\d,.]*)\s+комментари(?:й|я|ев)\s*$", re.I),
    re.compile(r"^[“\"«„](?P<t>.+?)[”\"»“]\s+için\s+" + _NUMBER + r"\s+yorum\s*$", re.I),
    # "Comments (12)", "Kommentare (3)", "Discussion (217)" (Easel, ComicPress)
    re.compile(r"^(?:comments|kommentare|commentaires|comentarios|responses|discussion|diskussion)"
               r"\s*\(\s*(?P<n>\d+)\s*\)\s*$", re.I),
    re.compile(r"^(?:комментариев|комментарии|комментария|комментарий)\s*:?\s*(?P<n>\d+)\s*$", re.I),
    re.compile(r"^(?P<n>\d+)\s+(?:комментари[а-я]*)(?:\s+читателей)?\s*$", re.I),
    # ja core: "「T」への2件のフィードバック", "「T」への2件の返信" (Twenty Twenty and later)
    re.compile(r"^「(?P<t>.+?)」への\s*(?P<n>\d+)\s*件の(?:フィードバック|返信)\s*$"),
    # ko core: "“T”에 대한 3개의 생각"
    re.compile(r"^[“\"](?P<t>.+?)[”\"]\s*에\s*대한\s*(?P<n>\d+)\s*개의\s*(?:생각|댓글)\s*$"),
    # ru themes: "10 комментариев к “T”" (a real page; core's own form is "T: N комментариев")
    re.compile(r"^(?P<n>\d+)\s+комментари(?:ев|я|й)\s+к\s+[“\"«„](?P<t>.+?)[”\"»“]\s*$", re.I),
    re.compile(r"^《?(?P<t>.*?)》?有(?P<n>\d+)(?:个|個)?(?:想法|评论|評論|条评论)\s*$"),
    re.compile(r"^(?:댓글|응답)\s*\(?\s*(?P<n>\d+)\s*개?\s*\)?\s*$"),
    re.compile(r"^(?P<n>\d+)\s*(?:개의 댓글|개의 생각|件のコメント|件の返信|件のフィードバック|条评论|則留言)\s*$"),
]
# "[7 comments]()" (Disqus toolbar in markdown) reduces to "7 comments" after tb.plain().


def count_header(line: str) -> tuple[int, str | None] | None:
    """(declared count, block title or None) for a comment-count header line."""
    return _count_header_plain(tb.plain(line.strip().lstrip("#").strip()))


def may_have_number_word(s: str) -> bool:
    """Does ``s`` hold a number word where a count header puts it: first ("One thought on
    “T”") or before the last word (Turkish "“T” için bir yorum")?"""
    words = s.split()
    return bool(words) and (words[0].strip("#*_").casefold() in ONE_WORDS
                            or len(words) > 2 and words[-2].casefold() in ONE_WORDS)


# Icon fonts (Font Awesome, theme icon sets) draw with Private Use Area characters, which
# text converters keep.
_ICON_LEAD = re.compile(r"^[\ue000-\uf8ff\s]+")

# Title first, then the count: "T — 38 Comments" (Weaver and other older themes).
_TITLE_THEN_COUNT = re.compile(r"^[_*“\"]*(?P<t>\S.*?)[_*”\"]*\s+[—–]\s+(?P<n>\d[\d,.]*)\s+(?:comments?|"
                               r"kommentare?|commentaires?|comentarios?|commenti|responses?|replies)\s*$", re.I)
_WITH_TITLE_THEN_COUNT = [*COUNT_HEADERS, _TITLE_THEN_COUNT]


# The form's link after a count heading's closing quote: no quote of its own and short ("”
# | Leave a Comment!"); a quoted word inside the title ("“The word “woke” – a history”") is no end.
_TITLE_TAIL = re.compile(r"[”»\"]\s+[|–—-]\s+[^”»\"“«]{1,40}$")


def _count_header_plain(unmarked: str) -> tuple[int, str | None] | None:
    """:func:`count_header` of a line given as ``tb.plain()`` of it stripped of its heading
    marks, for a caller that has that already."""
    # "35 Comments »": an arrow linking to the form (Kubrick); Easel's "¬"
    s = unmarked.strip(" *_-»›→¬")
    if "\ue000" <= s[:1] <= "\uf8ff":
        s = _ICON_LEAD.sub("", s)  # an icon font's glyph before the count ("\ue910 25 kommentarer")
    if s.endswith("}") and (attrs := pagehead.HEADING_ATTRS.search(s)) is not None:
        s = s[:attrs.start()].strip(" *_-»›→¬")  # pandoc's "{#comments-title}" after a heading
    s = s.removeprefix(".. rubric::").strip()
    if not s or len(s) > 300:
        return None
    if not tb.has_digit(s) and not may_have_number_word(s):
        return None
    # "T — 38 Comments" is tried only where a dash is: its title part matches any text.
    for pattern in _WITH_TITLE_THEN_COUNT if "—" in s or "–" in s else COUNT_HEADERS:
        m = pattern.match(s)
        if m:
            word = m.group("n").casefold() in ONE_WORDS
            if word and not any(q in s for q in _QUOTES):
                continue  # "One reply to the question is no." is prose; headers quote the title
            digits = "1" if word else re.sub(r"\D", "", m.group("n"))
            if not digits:
                continue
            title = m.groupdict().get("t")
            if title and not any(q in s for q in _QUOTES):
                # Only a quoted title names a post: an unquoted one may be prose ("3 comments
                # over the years"), and a block title decides whether the comments belong to
                # another post (wordpress_text._foreign_block).
                title = None
            # "… “T” | Leave a Comment!": the form link after the title's closing quote (read on
            # the line before its arrows are stripped: "« T »" ends in a quote, not a tail)
            line = unmarked.strip()
            if title and (tail := _TITLE_TAIL.search(line)) is not None and title.endswith(line[tail.start():]):
                title = title[:len(title) - len(line) + tail.start()]
            return int(digits), (title.strip() if title else None)
    return None


_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)\s*$")
_SEE_MORE = frozenset(["see more", "[see more]", "…더 보기", "더 보기", "read more", "show more",
                       "mehr anzeigen", "voir plus", "ver más"])
_SEE_ALL = frozenset(["모든 댓글 보기", "view all comments", "see all responses", "see all comments",
                      "alle kommentare anzeigen", "voir tous les commentaires"])
# core's paginate_comments_links(): "1 … 3 Newer Comments →" (the whole line)
_PAGINATION = re.compile(r"(?:[\d\s….]*[←‹«]?\s*)"
                         r"(?:«\s*previous|older comments|newer comments|« older comments|"
                         r"newer comments »|previous comments|next comments|"
                         # pt_BR, tr: core's "&laquo; Older Comments", "Newer Comments &raquo;"
                         r"«?\s*comentários mais antigos|comentários mais recentes\s*»?|"
                         r"«?\s*eski yorumlar|yeni yorumlar\s*»?)(?:\s*[→›»])?$", re.I)
# A link to a page of the comments, or a permalink (or reply link) on a page past the first
# (core writes "comment-page-1" into every permalink once comments are paged, also when they
# fit on one page).
_PAGE_LINK = re.compile(r"comment-page-(?:\d+(?!\d)(?!/?(?:#comment-\d|\?replytocom=))|(?:[2-9]|\d\d+)(?!\d))",
                        re.I)


def is_cut_off(text: str) -> bool:
    """Did the file stop mid-sentence? "..." appended by a dataset that cuts pages, or a file
    that ends in the middle of a word without a final newline."""
    if text.endswith("\n"):
        return False
    if _ELLIPSIS_END.search(text[-20:]):
        # "..." appended by a cutting dataset, unless it closes Blogger's "Load more..." line
        return tb.norm(text[text.rfind("\n") + 1:].strip()) not in LOAD_MORE_LINES
    # A converter that writes no final newline (inscriptis) ends a whole page with the last
    # comment's reply button or date (wpDiscuz 5 prints the date last): a word, but no cut one.
    if not text[-1:].isalnum():
        return False
    last = text[text.rfind("\n") + 1:].strip()
    if last[:2] in ("* ", "- ", "+ ", "• "):
        last = last[2:].strip()  # a list item: Drupal's "* reply" link
    if last.casefold() in _REPLY_BUTTONS or last.lstrip("#").strip().casefold() in FORM_TITLES \
            or (len(last) <= 6 and last.lstrip("+-−").isdigit()) or last.casefold() in _LIST_CONTROLS \
            or pagination_marker(last):
        # a whole last line: the reply button, the comment form's title, the vote count
        # wpDiscuz prints under the last text when replies are off, a control under the list
        return False
    return not (len(last) <= 60 and dates.maybe_date(last) and dates.parse_date(last) is not None)


def _page_after_comments(text: str, comments: list[ParsedComment]) -> bool:
    """Does the page go on for several lines after the last comment's text (a related-posts
    block, a footer)? Then a file that stops mid-word was cut there, after the comment list,
    and it is whole. (A file cut inside the list ends in the last comment's text or in the
    next header, within a line or two of it.)"""
    if not comments or not comments[-1].text:
        return False
    # The last line long enough to be found in the page alone (not "Thanks!" or a signature)
    last = [line.strip() for line in comments[-1].text.split("\n") if line.strip()]
    skipped = 0
    while last and len(last[-1]) < 12 and skipped < 3:
        last.pop()
        skipped += 1
    at = text.rfind(last[-1]) if last and len(last[-1]) >= 12 else -1
    if at < 0:
        return False  # the text was rewritten (escapes undone): no telling where it ends
    tail = [line.strip() for line in text[at + len(last[-1]):].split("\n") if line.strip()][skipped:]
    # The comment closed by its reply button: a cut header or text below it would be a line or
    # two. (Without the button, as in themes that print the name and date under the text, the
    # lines below may be the next comment's, cut before its footer.)
    if not tail or not _is_reply_button_line(tail[0]):
        return False
    # What a cut header holds besides its name and date: avatars, list markers, a pingback
    # list's heading ("Trackbacks")
    shown = [line for line in tail[1:] if not _TAIL_RESIDUE.match(tb.strip_images(line).strip())]
    if any(dates.maybe_date(line) and dates.find_date(tb.plain(line)) is not None or line.rstrip().endswith(":")
           for line in shown[:_CUT_TAIL_LINES]):
        return False  # a name and a date, or a "NAME says:", right below: the next comment's header
    return len(shown) > _CUT_TAIL_LINES


# Lines of no text: a list marker or number alone, an emptied link, a pingback list's heading.
_TAIL_RESIDUE = re.compile(r"^(?:[-*+•o]|\d{1,3}[.)]|\[\s*\]\([^)]*\)|\[\]|trackbacks?|pingbacks?|"
                           r"trackbacks? (?:&|and) pingbacks?)?\s*$", re.I)


def _is_reply_button_line(line: str) -> bool:
    s = tb.norm(tb.plain(line.lstrip("*-+• ").strip()))
    return s.rstrip("↓→ ") in _REPLY_BUTTONS


# Lines of text a cut header may show below the last reply button (its name, date, a title).
_CUT_TAIL_LINES = 3
_REPLY_BUTTONS = frozenset(TRAILING_REPLY_WORDS)
# The buttons some themes print under the list (Newspack's "Expand comments").
_LIST_CONTROLS = frozenset(["expand comments", "load more comments", "show more comments", "view more comments",
                            "show all comments", "view all comments"])
# Blogger's threaded "Load more..." link (printed on every threaded page; en, de, fr), as tb.norm
# gives it.
LOAD_MORE_LINES = frozenset(tb.norm(s) for s in ("Load more...", "Load more…", "Weitere laden...", "Weitere laden…",
                                                 "Charger la suite...", "Charger la suite…"))


def pagination_marker(line: str) -> bool:
    n = tb.norm(line)
    # two searches: an alternation at the top of one pattern is tried at every position
    return _PAGINATION.match(n) is not None or ("comment-page-" in n and _PAGE_LINK.search(n) is not None)


def see_more(line: str) -> bool:
    n = tb.norm(tb.plain(line))
    # norm() is NFKC: "…" is "..." there, so the table is compared in the same form.
    return n in _SEE_MORE_NORMS or n.endswith(_KO_SEE_MORE)


_SEE_MORE_NORMS = frozenset(tb.norm(s) for s in _SEE_MORE)
_KO_SEE_MORE = tb.norm("…더 보기")


def see_all(line: str) -> bool:
    return tb.norm(tb.plain(line)) in _SEE_ALL


def without_title(body: str, title: str | None) -> str:
    """``body`` without a first paragraph that is the title itself (a text dump prints the
    headline as its first line, with no heading mark to tell it apart)."""
    if not title or not body:
        return body
    first, _, rest = body.partition("\n\n")
    first, title = " ".join(first.split()).casefold(), " ".join(title.split()).casefold()
    if first == title:
        return rest
    # a clipper's browser title: the post's title and the site's name ("T » Site", "Site | T")
    seps = pagehead.TITLE_SEPARATORS
    if len(first) < len(title) + 80 and (first.startswith(title) and first[len(title):].startswith(seps)
                                         or first.endswith(title) and first[:-len(title)].endswith(seps)):
        return rest
    return body



def body_text(lines: list[str], skip: frozenset[int] = frozenset()) -> str:
    """Article body from markdown/text lines: headings, images, link-only lines (menus,
    share bars), code fences and chrome dropped; paragraphs joined by a blank line."""
    out: list[str] = []
    cur: list[str] = []
    fence = False
    for i, line in enumerate(lines):
        s = line.strip()
        if s[:1] in "`~" and tb.is_fence(s):
            fence = not fence
            continue
        if i in skip or not s or tb.is_residue(s) or s.startswith((":::", ".. ")):
            if cur:
                out.append(" ".join(cur))
                cur = []
            continue
        if fence:
            continue
        # Link-only lines (menus, share bars): _LINK_ONLY, or nothing left without the markup;
        # but a link a hard-wrapped paragraph put on a line of its own, prose on both sides, is
        # part of the sentence ("un ottimo" / "[articolo](…)" / "in proposito").
        if s.startswith("#") or _LINK_ONLY.match(s) and not (cur and _is_prose(cur[-1]) and _prose_follows(lines, i)):
            continue
        unmarked = tb.plain(s)  # what count_header(s) reads: s is stripped, no heading
        p = unmarked.strip()
        if not p or pagehead.is_label(s) or _count_header_plain(unmarked):
            continue
        if i + 1 < len(lines) and lines[i + 1].strip().startswith(("===", "---")) \
                and not lines[i + 1].strip().strip("=-"):
            continue  # a setext heading (the title)
        if tb.norm(p) not in tb.WPDISCUZ_CHROME:
            cur.append(p)
    if cur:
        out.append(" ".join(cur))
    return "\n\n".join(p for p in without_footer(out) if len(p) > 1)


def _prose_follows(lines: list[str], i: int) -> bool:
    """Is the line after ``lines[i]`` more of a paragraph's prose (not blank, not a link, a
    list item or a heading)?"""
    nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
    return _is_prose(nxt) and nxt[:1] not in "#*-+[!|>" and not nxt[:1].isdigit() and not _LINK_ONLY.match(nxt)


def _is_prose(line: str) -> bool:
    """Three words of letters at least (not a menu's or a share bar's label)."""
    return sum(1 for w in line.split() if w[:1].isalpha()) >= 3


def without_footer(paras: list[str]) -> list[str]:
    """``paras`` without the post's footer that ends them: share and like buttons, print and
    tip-jar labels, the categories, and a "Related posts" heading with the teasers under it
    (titles and dates: no paragraph of prose after it)."""
    paras = [p for p in (_without_label_lines(p) for p in paras) if p]
    for k in range(len(paras) - 1, max(-1, len(paras) - 40), -1):
        if len(paras[k]) <= 40 and squash(paras[k]).casefold() in _RELATED_HEADINGS:
            if all(len(line) <= 120 for p in paras[k + 1:] for line in p.split("\n")):
                paras = paras[:k]
            break
    while paras and _is_footer_line(paras[-1]):
        paras.pop()
    return paras


_RELATED_HEADINGS = frozenset(s.casefold() for s in [
    "Related", "Related posts", "Related Posts", "Related articles", "You may also like",
    "Ähnliche Beiträge", "Ähnliche Artikel", "Das könnte dich auch interessieren",
    "Articles similaires", "Artículos relacionados", "Articoli correlati", "Похожие записи"])


def _without_label_lines(para: str) -> str:
    """A paragraph without its lines that are a plugin's button labels alone, maybe printed
    twice ("Print Friendly, PDF & EmailPrint Friendly, PDF & Email")."""
    if "\n" not in para and len(para) > 80 or _LABELS.search(para) is None:
        return para
    return "\n".join(line for line in para.split("\n") if _LABELS.sub("", line).strip())


# Button labels of widely used plugins (Print Friendly & PDF, Buy Me a Coffee).
_LABELS = re.compile(r"Print Friendly, PDF & Email|Buy me a coffee", re.I)


def _is_footer_line(para: str) -> bool:
    """A paragraph of a post's footer as converters print it: a share or like button's label
    ("Like Loading...", Jetpack's "Click to email a link to a friend (Opens in new window)"),
    the post's categories or tags ("Categories: A, B")."""
    if len(para) > 200:
        return False
    return "(Opens in new window)" in para or squash(para).casefold() in UI_LINES \
        or (m := _TAXONOMY.match(para)) is not None and _a_list(para[m.end() - 1:])


# A post's categories or tags line (WordPress's entry footer; a few of its translations).
_TAXONOMY = re.compile(r"^(?:Categories|Category|Tags|Tagged|Filed under|Posted in|Kategorien|Kategorie|"
                       r"Schlagwörter|Catégories|Étiquettes|Categorías|Etiquetas|Categorie)\s*:\s*\S", re.I)


def _a_list(value: str) -> bool:
    """Is a label's value a list of terms ("Mac administration, macOS"), not a sentence?"""
    value = value.strip()
    return value[-1:] not in ".!?" and all(len(item.strip()) <= 40 for item in re.split(r"[,|·•;]", value))


_LINK_ONLY = re.compile(r"^(?:[-*+]\s+|\d+\.\s+)?(?:\[[^\]]*\]\([^)]*\)[\s|,.·•»/-]*|!\[[^\]]*\]\([^)]*\)\s*)+$")


def finish(*, page_id: str, name: str, version: str, system: str, lines: list[str], text: str,
           head: pagehead.Head, region: tuple[int, int] | None, comments: list[ParsedComment],
           declared: int | None, reasons: list[str], notes: list[str], options: ParseOptions,
           resolve_markers: bool = True, body: str | None = None,
           date_memo: dict | None = None) -> ParsedPage:
    """The common tail of every text format's ``parse``. ``date_memo``: the page's memo of
    dates.parse_date, when the format keeps one."""
    if len(comments) > options.limits.max_comments:
        raise PageRejected("too-many-comments",
                           f"expected at most {options.limits.max_comments} comments, got {len(comments)}")
    comments = _resolve_dates(comments, options, date_memo)
    if resolve_markers:
        comments, marker_notes = resolve_reply_markers(comments)
        notes = notes + marker_notes
    reasons = list(reasons)
    if "load-more" in reasons and declared is not None and declared <= len(comments):
        reasons.remove("load-more")
    if region is not None and is_cut_off(text) and region[1] >= len(lines) - 1 \
            and not _page_after_comments(text, comments):
        reasons.append("file-cut")
    if declared is not None and declared > len(comments):
        reasons.append("declared-exceeds-parsed")
    rating = None
    if body is None:
        start = head.body_start
        stop = region[0] if region is not None else len(lines)
        rated, rating = _rating_line(lines, start, stop)
        body = body_text(lines[start:stop], skip=frozenset([rated - start]) if rated is not None else frozenset())
        body = without_title(body, head.title)
    if not body and not comments and declared is None and region is None:
        raise PageRejected("no-article", "expected an article body or comments, got neither")
    notes = notes + head.notes
    published = pagehead.check_published(head.published, [c.posted for c in comments], notes)
    return ParsedPage(
        page_id=page_id, format=name, comment_system=system, body=body,
        comments=tuple(comments), title=head.title, url=head.url or options.url,
        site=site_of(head.url or options.url), byline=head.byline, published=published,
        language=page_language(body, [c.text for c in comments]),
        previous_title=head.previous_title, next_title=head.next_title,
        declared_comment_count=declared, truncated=bool(reasons),
        truncation_reasons=tuple(dict.fromkeys(reasons)), rating=rating, notes=tuple(dict.fromkeys(notes)),
        parser_version=version)


def _rating_line(lines: list[str], start: int, stop: int):
    """(index, rating) of the article's WP-PostRatings line, or (None, None)."""
    for i in range(start, stop):
        if "(" in lines[i] and (rating := postratings.read(lines[i])) is not None:
            return i, rating
    return None, None


def _resolve_dates(comments: list[ParsedComment], options: ParseOptions, memo: dict | None
                   ) -> list[ParsedComment]:
    """Re-read every comment date with the page's numeric order decided from all of them."""
    raws = [c.posted.raw if c.posted is not None and c.posted.utc is None else None for c in comments]
    if not any(raws):
        return comments
    parsed = dates.parse_page_dates(raws, crawled_at=options.crawled_at, memo=memo)
    out = []
    for c, raw, pt in zip(comments, raws, parsed):
        # Kept as it is when the date reads the same (the memo's very object, or none).
        changed = raw is not None and pt is not None and pt is not c.posted
        out.append(replace(c, posted=pt) if changed else c)
    return out


def reject_if_too_large(data: bytes, options: ParseOptions) -> None:
    if len(data) > options.limits.max_bytes:
        raise PageRejected("too-large", f"expected at most {options.limits.max_bytes} bytes, got {len(data)}")
