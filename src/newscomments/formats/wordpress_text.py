"""WordPress's own comment list (``wp_list_comments``) as text, markdown or reStructuredText.

A comment record is found by its *header*, then its date, then its text::

    [list marker] [avatar] NAME says:          ("Says:", "dice:", "sagt:"; "says:" may wrap
    [DATE](permalink#comment-ID)                onto the next line when NAME is a link)
    text ...
    [Reply](...?replytocom=ID#respond)         (absent at the maximum thread depth)

and the other header forms WordPress themes and exporters print (all in :data:`HEADERS`):
"NAME says: DATE" on one line (extractors that join the author and meta boxes),
"N.  NAME on DATE" (Jekyll export of old themes), "- _NAME (DATE)_:" (Hugo export),
"Pingback: TITLE | SITE" (a pingback; its author is the linking page's title). A list whose
items have no header at all but carry ``[Reply](…#comment-ID)`` links is a theme that prints
neither author nor date (012): each top-level item is one comment.

Themes that print no "says:" (:mod:`wordpress_text_layouts`; read only in a section opened by a
heading, :func:`_records`): "NAME DATE [Reply]" on one line ("NAME, DATE Antworten",
"NAME · DATE", "#### [NAME](…) * DATE", "NAME on 11/08/2020 at 9:52", a comment number first),
or NAME alone on a line ("NAME:" too) and DATE alone on the next one. They are merged with the
section's pingbacks, and a "says:" line of article prose does not hide them. Such themes print a
pingback with the same line, its title for a name ("TITLE DATE - Reply", "Pingback von TITLE |
DATE"): a title too long for a name is read when the "[…] excerpt […]" of a pingback follows. Node-per-line
dumps put a space-only line between NAME and "says:" (:func:`_says_below`); markdown glues
"NAMEsays:" after an avatar (:func:`_glued_says`). Themes that print the date under the text
(wordpress.com's, Anders Norén's) leave list items "N. NAME" / TEXT / DATE / Reply, a reply a
deeper item (:func:`_dated_item_comments`). Role badges ("Autor") and Genesis's colonless
"says" are not part of the name; like/edit buttons ("Gefällt mir", "(Edit)") not of the text.

The comment section starts at its count header ("N thoughts on “T”", "N Responses to “T”",
"N comentarios en “T”", ".. rubric:: …"; a bare "9 Comments" / "8 Kommentare" when records
follow, :func:`_next_is_header`), else at a numberless "Comments" heading with records below,
else at the first header, and ends at the first end marker (:data:`END_MARKERS`: "Leave a
Reply", "Recent Comments", …) after its first record (:func:`_end`: wordpress.com prints
"Comments are closed." above the list), so sidebars that look like comments ("X on
[Post](…#comment-ID)") are never read. A thread with wpDiscuz's marks ("Reply to NAME", votes
above "Reply", role badges) is left to wpdiscuz_text (:func:`_wpdiscuz_thread`).

Nesting: in markdown and RST the threads are nested lists; the column of a header's list
marker gives its depth and the nearest earlier header one level up is its parent (method
"list-indent"). A list item that holds only its marker or avatar above the header starts the
record and gives the column (pandoc's fenced items, crawlers' blank runs). When no record has a
list marker, an indenting converter's header columns stand for them (Twenty Twenty's nested
``div.comment`` in inscriptis, clippers' tab-indented blocks). Other plain-text dumps flatten
threads: their comments stay roots (a page that only shows "@Name:" addressing does not say
which comment is answered). pandoc's div fences and attribute blocks are read past
(:func:`textblocks.unfence_pandoc`).

Foreign blocks (041): when the count header names a post (“T”) other than the page's title
(and the page prints no heading or line with that title above the section: wordpress.com
pages put the blog's name in the first H1), or the comments' permalinks all point to one post while the page (its URL or its own Reply
links) is another, the block belongs to a different article: no comment is attached and a
note records it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .. import dates
from ..decode import decode_page, normalize_newlines
from ..model import ParsedComment, ParsedPage
from ..options import ParseOptions
from . import pagehead, textpage
from . import wordpress_text_layouts as layouts
from . import textblocks as tb

NAME = "wordpress_text"
VERSION = "wordpress_text/14"
SUFFIXES = (".txt", ".md", ".markdown", ".rst")

# tr, it: "diyor ki", "scrive" of WordPress core's "<span class=\"says\">says:</span>" (tr_TR 3.5, it_IT 4.6).
# de "schreibt": the says-word of German themes (and of wordpress.com's German comment form).
# ja: core's "%sより:" ("NAME より:"); fi: "NAME sanoo:".
SAYS_WORDS = "says|dice|sagt|dit|disse|zegt|говорит|пишет|說|说|mówi|diyor ki|scrive|schreibt|より|sanoo"
# Says-words that are common verbs of prose too ("Hun skriver:" before a quote): core's da, nb,
# sv, cs, ro, uk, el, ca, id translations of "says:", and "wrote" (da/nb "skrev", hu "írta").
# A header with one of them needs a date line below it.
SAYS_WORDS_DATED = "siger|sier|skriver|säger|skrev|napsal|napísal|spune|каже|λέει|diu|berkata|írta"
_ON_DATE_VERBS = SAYS_WORDS + "|wrote|said|schrieb"  # before "on DATE" only, never a header alone
# List markers: markdown's, and the bullets plain-text converters print for <li> (inscriptis:
# "*", "+", and "o" for the third level, always indented, as lynx does, which goes on with "#"
# and "@" (indented too); w3m: "•", "□", "☆", "○", "■" by level, "●" for a theme's styled list;
# others "◦", "▪", "‣", "⁃").
_BULLETS = "-*+•◦▪‣⁃□☆○■●"
_MARKERS = r"\d+[.)]|#\.|[" + re.escape(_BULLETS) + r"]|(?<=[ \t])[o#@]"
_LIST = re.compile(rf"^(?P<indent>[ \t]*)(?P<marker>{_MARKERS})[ \t]+(?P<rest>.*)$")
_LIST_START = re.compile(rf"[ \t]*(?:{_MARKERS})[ \t]")  # _LIST.match without the groups
HEADERS = {
    # kind -> pattern applied to the header text with list marker removed
    # Twenty Eleven and the themes that copy it: "NAME on DATE said:" (the date a permalink). First: its
    # translations end with a says-word of their own ("a dit :", "disse:").
    "on-said": re.compile(rf"^(?P<name>.+?)\s+{layouts.ON_SAID_JOIN}\s+(?P<date>\S.{{4,60}}?)\s+"
                          rf"{layouts.SAID_VERBS}\s*:\s*$", re.I),
    "says": re.compile(rf"^(?P<name>.+?)\s+(?:{SAYS_WORDS})\s*:\s*$", re.I),
    # zh_CN/zh_TW core: "%s<span class="says">说道：</span>", no space, a full-width colon.
    "says-dated": re.compile(rf"^(?P<name>.+?)\s+(?:{SAYS_WORDS_DATED})\s*:\s*$", re.I),
    # Twenty Twenty's screen-reader says-word glued to the name by a text renderer ("Ivansays:",
    # w3m, pandoc plain); read above a date line only, as the dated says-words are.
    "says-glued": re.compile(r"^(?P<name>[^\s:][^:]{0,60}?[^\s:])(?:says|sagt|dice|disse|zegt):\s*$"),
    "says-zh": re.compile(r"^(?P<name>\S.*?)\s*(?:说道|說道)\s*[:：]\s*$"),
    # Older themes' "NAME said," (Ocadia and its kin: a comma, not a colon); read above a date
    # line only, as the dated says-words are.
    "said-comma": re.compile(r"^(?P<name>.+?)\s+(?:said|says)\s*,\s*$", re.I),
    # Extractors that join the author and meta boxes: "NAME says: DATE" on one line.
    "says-date": re.compile(rf"^(?P<name>.+?)\s+(?:{SAYS_WORDS})\s*:\s*(?P<date>\S.{{4,60}})$", re.I),
    "hugo": re.compile(r"^_(?P<name>.+?)\s+\((?P<date>[^()]+)\)(?:_:|:_)\s*$"),
    # "NAME wrote on DATE:" (themes that print a verb; the closing colon makes it a header
    # outside a list too)
    "wrote-on": re.compile(r"^(?P<name>\S.{0,80}?)\s+(?:wrote|schrieb|a écrit|escribió|scrisse)\s+"
                           r"(?:on|am|le|el|il)\s+(?P<date>\S.{4,60}?)\s*:\s*$", re.I),
    # "Ping:" is wordpress.com's label in some themes (a pingback too).
    # ja core: "ピンバック:" / "トラックバック:"
    "pingback": re.compile(r"^(?P<kind>Pingback|Trackback|Ping|ピンバック|トラックバック)\s*[:：]\s*(?P<name>\S.*)$",
                           re.I),
    # "NAME on DATE" only inside a numbered list (prose has "X on Y" everywhere).
    # A colon may close it ("NAME wrote on DATE:", frontierline).
    "on-date": re.compile(r"^(?P<name>.+?)\s+on\s+(?P<date>[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}.*?):?\s*$"),
}
# Core's comment form heading ends with its cancel link, whatever title a theme gives the form
# ("Got Something to Say? … Cancel reply"): comment_form()'s "Cancel reply" in the languages
# of core's translations.
CANCEL_REPLY = tuple(s.casefold() for s in [
    "Cancel reply", "Antworten abbrechen", "Annuler la réponse", "Cancelar la respuesta",
    "Annulla risposta", "Cancelar resposta", "Отменить ответ", "取消回复", "Reactie annuleren",
    "Anuluj pisanie odpowiedzi", "Cevabı iptal et",
    "Antwort abbrechen"])  # de on wordpress.com ("Kommentar verfassen Antwort abbrechen")
END_MARKERS = tuple(s.casefold() for s in [
    "Leave a Reply", "Leave a Comment", "Leave a comment", "Deja un comentario", "Deja una respuesta",
    "Hinterlasse einen Kommentar", "Laisser un commentaire", "Оставить комментарий",
    "Оставьте комментарий",  # ru: a theme's form heading (a real page)
    # Core's comment navigation after the list (the_comments_navigation; zh_CN as a real page
    # prints it): the list has ended. Above the list it comes before the first record.
    "Comment navigation", "Comments navigation", "评论分页",
    "Добавить комментарий", "发表评论", "發表迴響", "Recent Comments", "Recent Posts",
    "Comments are closed", "You must be logged in", "Click here to cancel reply", "Post a Comment",
    "Archives", "Related Posts", "Add a comment",
    # de, it, pt_BR, nl, pl: "Leave a comment" and "Comments are closed." of twentysixteen's
    # translations (fr, es, ru "Leave a comment" are above).
    "Schreibe einen Kommentar", "Lascia un commento", "Deixe um comentário", "Laat een reactie achter",
    "Dodaj komentarz", "Kommentare sind geschlossen.", "Les commentaires sont fermés.",
    "Comentarios cerrados.", "I commenti sono chiusi.", "Os comentários estão desativados.",
    "Reacties zijn gesloten.", "Możliwość komentowania została wyłączona.", "Комментарии запрещены.",
    "Yorumlar kapatıldı.",
    # de, fr, es: wordpress.com's "Comments are closed." and core's "Recent Comments" / "Recent
    # Posts" widget titles (sidebars print "TITLE DATE" lines that look like records).
    "Die Kommentarfunktion ist geschlossen", "Neueste Kommentare", "Neueste Beiträge",
    "Commentaires récents", "Articles récents", "Comentarios recientes", "Entradas recientes",
    # pt_BR, tr: WordPress core's "Leave a Reply" and "Cancel reply" (comment-template.php).
    "Deixe uma resposta", "Cancelar resposta", "Bir Cevap Yazın", "Cevabı iptal et",
])
REPLY_WORDS = frozenset(s.casefold() for s in [
    "Reply", "Responder", "Responda", "Antworten", "Répondre", "Ответить", "回复", "回覆", "답글", "Rispondi",
    "Reply ↓", "Like", "Like Loading...", "Loading...", "Like Loading…", "Loading…", "Odpowiedz", "Beantwoorden",
    # The reply link for visitors when commenting needs an account (WordPress core's
    # "Log in to Reply" and its translations).
    "Log in to Reply", "Zum Antworten anmelden", "Connectez-vous pour répondre",
    "Inicia sesión para responder", "Accedi per rispondere",
    # pt_BR, tr, it: core's "Log in to Reply"; tr "Reply" (comment-template.php).
    "Faça login para responder", "Cevaplamak için giriş yapın", "Effettua il login per rispondere",
    "Cevapla",
    # fr: wordpress.com's reply link ("Réponse", a real French blog's).
    "Réponse",
    # da/nb, sv, fi, cs, ro, hu: core's "Reply" (see SAYS_WORDS_DATED).
    "Svar", "Svara", "Vastaa", "Odpovědět", "Răspunde", "Válasz",
    # Like and edit buttons (Jetpack's "Like", de "Liken"/"Gefällt mir", core's edit link
    # "(Edit)"/"(Bearbeiten)") that converters print on their own line under the text.
    "Liken", "Liken Liken", "Like Like", "Gefällt mir", "J'aime", "Me gusta", "Mi piace",
    "(Edit)", "(Bearbeiten)", "(Modifier)", "(Editar)", "(Modifica)"])
GENERIC_TITLES = frozenset(s.casefold() for s in [
    "Comments", "Comment", "Responses", "Kommentare", "Commentaires", "Comentarios", "Комментарии"])
_PINGBACK_TEXT = re.compile(r"^\[(?:…|\.\.\.|&#8230;)\].*\[(?:…|\.\.\.|&#8230;)\]$", re.S)


def detect(data: bytes, suffix: str) -> float:
    if not tb.head_decodes_cleanly(data):
        return _detect_text(tb.detect_head(data))
    # Byte searches first (see textblocks.head_has); the head is decoded only for a pattern
    # whose necessary parts are all there.
    # Both need a colon that ends a line; _ON_SAID's scan costs ~40x this test.
    colon_at_eol = _COLON_AT_EOL_BYTES.search(data, 0, tb.HEAD_BYTES) is not None
    says = colon_at_eol and _count_says(tb.detect_head(data), limit=3)
    if says < 3 and colon_at_eol and any(data.find(verb, 0, tb.HEAD_BYTES) >= 0 for verb in _SAID_BYTES):
        says += len(_ON_SAID.findall(tb.detect_head(data), 0))  # Twenty Eleven's
    if says < 3:
        says += data.count(_SAYS_ZH, 0, tb.HEAD_BYTES)  # "NAME说道：" (zh core)
    if says < 3:
        # pandoc's markdown keeps core's span round the says-word: "**NAME** [says:]{.says}",
        # "[says:]{.screen-reader-text .says}" (Twenty Nineteen)
        says += data.count(b".says}", 0, tb.HEAD_BYTES)
    counts = (_has_count_piece(data[:tb.HEAD_BYTES].lower())
              and _COUNT_LINE.search(tb.detect_head(data)) is not None)
    pingbacks = tb.count_line_starts_bytes(data, _PINGBACK, limit=2)
    hugo = (len(_HUGO_LINE.findall(tb.detect_head(data)))
            if tb.head_has(data, _HUGO_END) or tb.head_has(data, _HUGO_END2) else 0)
    score = 0.25 * min(says, 3) + (0.3 if counts else 0) + 0.1 * min(pingbacks, 2) + 0.25 * min(hugo, 2)
    if score < 0.5 and any(tb.head_has(data, lit) for lit in _FOOTER_LITERALS):
        score += 0.25 * _count_footers(tb.detect_head(data), limit=2)
    if score < 0.3 and _headed_records(tb.detect_head(data)):
        score += 0.3
    return min(0.95, score)


_SAYS_ZH_TEXT = "说道："  # zh core's says-word with its full-width colon
_SAYS_ZH = _SAYS_ZH_TEXT.encode()
# "NAME on DATE said:" at a line end (Twenty Eleven and its copies), counted like "says:".
_ON_SAID = re.compile(rf"(?im)\s{layouts.ON_SAID_JOIN}\s\S.{{4,400}}?\s{layouts.SAID_VERBS}\s*:\s*$")
_SAID_TEXTS = ("said", "Said", "sagte", "a dit", "dijo", "detto", " zei", "disse")  # SAID_VERBS' hints
_SAID_BYTES = tuple(verb.encode() for verb in _SAID_TEXTS)


def _detect_text(head: str) -> float:
    """detect() on the decoded head, for heads that do not decode cleanly."""
    says = _count_says(head, limit=3) + (len(_ON_SAID.findall(head)) if _COLON_AT_EOL.search(head) and any(
        verb in head for verb in _SAID_TEXTS) else 0) \
        + head.count(_SAYS_ZH_TEXT) + head.count(".says}")
    # Each full pattern runs only when a necessary part of it is in the page (same result).
    counts = _may_have_count_line(head) and _COUNT_LINE.search(head) is not None
    pingbacks = tb.count_line_starts(head, "Pingback:", limit=2)
    hugo = len(_HUGO_LINE.findall(head)) if ("_:" in head or ":_" in head) else 0
    score = 0.25 * min(says, 3) + (0.3 if counts else 0) + 0.1 * min(pingbacks, 2) + 0.25 * min(hugo, 2)
    if score < 0.5 and any(lit in head for lit in layouts.FOOTER_LITERALS):
        score += 0.25 * _count_footers(head, limit=2)
    if score < 0.3 and _headed_records(head):
        score += 0.3
    return min(0.95, score)


_FOOTER_LITERALS = tuple(tb.Literal(s) for s in layouts.FOOTER_LITERALS)


def _count_footers(head: str, limit: int) -> int:
    """Kubrick's "Comment by NAME — DATE" lines, up to ``limit``."""
    n = 0
    for lit in layouts.FOOTER_LITERALS:
        k = head.find(lit)
        while k >= 0 and n < limit:
            b = head.rfind("\n", 0, k) + 1
            e = head.find("\n", k)
            if not head[b:k].strip(" \t") and layouts.footer_at(head[b:e if e >= 0 else len(head)]):
                n += 1
            k = head.find(lit, k + 1)
    return min(n, limit)


def _headed_records(head: str) -> bool:
    """Does a count heading that starts with its number ("9 Comments", "8 Kommentare zu „T“"),
    a "Comments (12)" or "Комментариев: 55" heading or a "Comments" heading have records below it (the layouts
    without "says:" included)? Candidate lines are picked by string tests alone (no regex per
    line)."""
    if "\r" in head:
        head = normalize_newlines(head)  # as parse() reads the page (a CRLF file's lines end in "\r")
    if ":::" in head:
        head = tb.unfence_pandoc(head)  # as parse() reads the page
    lines = layouts.unglue_name_dates(head.split("\n"))  # as parse() reads the page
    headings = layouts.SECTION_HEADINGS
    for i in [k for k, line in enumerate(lines)
              if line and (line.lstrip(" \t#*_>[")[:1].isdigit()  # "[" : pandoc's "[[33]{.a} Comments]{.b}"
                           or len(line) < 48 and (line.strip(" \t#*_:>").casefold() in headings
                                                  or ")" in line and "(" in line and tb.has_digit(line)
                                                  # the count after its label: "Комментариев: 55"
                                                  or ": " in line and line.rstrip(" \t*_")[-1:].isdigit())
                           # a heading with the form's link glued after it (pandoc: and its id)
                           or len(line) < 90 and line.lstrip(" \t#*_>")[:4].casefold() in layouts.SECTION_HEADING_STARTS
                           # the title first: "《T》有81个想法" (zh), "「T」への2件のフィードバック" (ja)
                           or line.rstrip(" \t*_")[-2:] in _TITLE_FIRST_COUNT_ENDS
                           # (pandoc: with the heading's attributes, "… 有81个想法 {#id .comments-title}")
                           or line[-1] == "}" and _without_heading_attrs(line).rstrip(" \t*_")[-2:]
                           in _TITLE_FIRST_COUNT_ENDS)]:
        line = lines[i]
        if line[-1] == "}":
            line = _without_heading_attrs(line)
        if "]{" in line:
            line = tb.plain(line)  # pandoc's span round the number: "#### [6]{#comments} Respuestas a"
        if len(line) > 200 or line.lstrip(" \t#*_>")[1:3] in (". ", ") "):
            continue  # a numbered list item, not "9 Comments"
        if not _word_after_number(line):
            continue  # "23-02-23 20:54", "4.5": a date or a number, not "9 Comments"
        if tb.has_digit(line[:80]) and (_count_heading(line) or _glued_count_heading(line)) is not None \
                or layouts.is_section_heading(line):
            window = layouts.join_wrapped_links(lines[i:i + 40])  # as parse() reads them
            if _next_is_header(window, 0, bare_items=False) or _dated_items_below(window, 0) \
                    or _list_item_comments(window, 0, len(window)):
                return True  # (the last: items that end with their Reply link, no name or date)
    return False


_TITLE_FIRST_COUNT_ENDS = frozenset(["想法", "评论", "評論", "留言", "ック", "返信", "생각", "댓글"])


# pandoc's attributes of a heading, after a space ("## T {#id .comments-title}"): a span's come
# right after its "]" ("[[DATE](#c)]{#comment-465567}") and stay for tb.plain.
_HEADING_ATTRS = re.compile(r"\s+\{[#.][^{}]*\}\s*$")


def _without_heading_attrs(line: str) -> str:
    return _HEADING_ATTRS.sub("", line)


_THOUSANDS = re.compile(r"[.,]\d{3}(?!\d)")  # "1.234": a separator, not a decimal point ("4.5")


def _word_after_number(line: str) -> bool:
    """Does a line that starts with a number go on with a word, as a count heading does ("9
    Comments", "1.234 Kommentare", "52Comments")? A cheap test before the heading patterns:
    dates and vote counts ("23-02-23 20:54", "4") are most digit-led lines of a page."""
    s = line.lstrip(" \t#*_>")
    j = 0
    while j < len(s) and (s[j].isdigit() or s[j] in ".," and _THOUSANDS.match(s, j)):
        j += 1
    if j == 0:
        return True  # a numberless "Comments" heading: decided by the callers' own tests
    rest = s[j:j + 30]
    return (rest[:1].isspace() or rest[:1].isalpha()) and any(ch.isalpha() for ch in rest)


_COUNT_LINE = re.compile(r"(?im)^[#*\s.]*(?:rubric::\s*)?\d+\s+(?:thoughts?|responses?|comentarios|"
                         r"réflexions?|commentaires?|gedanken|kommentare|commenti|respuestas?|respostas?|"
                         r"réponses?|risposte|antworten)\s+(?:on|to|en|sur|zu|su|a|à|para|auf)\s")
# Lower-cased pieces of _COUNT_LINE's words. Under re.I only "s" has a non-ASCII partner
# ("ſ"), so pieces are cut around it: a page whose lower() holds none cannot match.
_COUNT_PIECES = ("thought", "ponse", "ponſe", "comentar", "flexion", "commentaire", "gedanken", "kommentare",
                 "commenti", "respuesta", "resposta", "rispost", "antworten")


def _may_have_count_line(head: str) -> bool:
    low = head.lower()
    return any(piece in low for piece in _COUNT_PIECES)


# The same on the raw head: in str.lower() only "İ" and "K" (Kelvin) give ASCII letters, and
# no piece holds an "i" or a "k", so a piece in the lowered text is one in the lowered bytes.
_COUNT_PIECES_BYTES = tuple(piece.encode() for piece in _COUNT_PIECES)


def _has_count_piece(low: bytes) -> bool:
    """Does the lowered head hold a piece (lowered once, not once per piece)?"""
    return any(piece in low for piece in _COUNT_PIECES_BYTES)
_PINGBACK, _HUGO_END, _HUGO_END2 = tb.Literal("Pingback:"), tb.Literal("_:"), tb.Literal(":_")
_HUGO_LINE = re.compile(r"(?m)^\s*[-+*]\s+_.+\(.+\)(?:_:|:_)\s*$")
# "(?im)\s(?:says|...)\s*:\s*$" read backwards from each colon that ends a line: such a colon
# is preceded by optional whitespace, a says-word and one whitespace character.
_COLON_AT_EOL = re.compile(r":[^\S\n]*(?:\n|\Z)")
# The same on UTF-8 bytes, widened: any byte of a non-ASCII character may be a space.
_COLON_AT_EOL_BYTES = re.compile(rb":[\t\x0b\x0c\r\x1c-\x1f \x80-\xff]*(?:\n|\Z)")
_SAYS_BEFORE = re.compile(rf"(?i)\s(?:{SAYS_WORDS}|{SAYS_WORDS_DATED})\Z")
_LONGEST_SAYS = max(len(w) for w in f"{SAYS_WORDS}|{SAYS_WORDS_DATED}".split("|")) + 1


def _count_says(head: str, limit: int) -> int:
    r"""``len(re.findall(r"(?im)\s(?:SAYS_WORDS|SAYS_WORDS_DATED)\s*:\s*$", head))``, up to ``limit``. Every
    match holds exactly one colon and matches never compete for one, so counting the colons
    that end a line and have a says-word before them gives the same number."""
    n = 0
    for m in _COLON_AT_EOL.finditer(head):
        b = m.start()
        while b > 0 and head[b - 1].isspace():
            b -= 1
        if _SAYS_BEFORE.search(head, max(0, b - _LONGEST_SAYS), b) is not None:
            n += 1
            if n >= limit:
                break
    return n


@dataclass
class _Record:
    line: int  # first line of the header
    body_start: int  # first line after header (and date)
    indent: int | None  # list-marker column, None when not in a list
    name: str | None
    kind: str = "comment"
    date_raw: str | None = None
    links: list[str] = field(default_factory=list)  # URLs of the header and date lines


def parse(data: bytes, page_id: str, options: ParseOptions | None = None) -> ParsedPage:
    options = options or ParseOptions()
    textpage.reject_if_too_large(data, options)
    text = tb.inline_reference_links(normalize_newlines(decode_page(data)))
    text = tb.unfence_pandoc(text) if b":::" in data else text  # bytes: a memchr-speed test
    lines = [line.rstrip() for line in _rst_to_lines(text)]
    if "](" in text:
        lines = layouts.join_wrapped_links(lines)
    if "“\n" in text or "„\n" in text or "«\n" in text or "back: \n" in text or "back:\n" in text:
        lines = layouts.join_split_nodes(lines)
    if any(verb in text for verb in _SAID_TEXTS):
        lines = layouts.split_one_line_records(lines)
    lines = layouts.unglue_name_dates(lines)
    memo: dict = {}  # this page's dates, taken apart once (dates.parse_date)
    region = _region(lines, memo)
    if region.start is None and any(lit in text for lit in layouts.FOOTER_LITERALS):
        region = _footer_region(lines, memo)
    start, end, declared, block_title = region.start, region.end, region.declared, region.title
    head = pagehead.read_head(lines, limit=start if start is not None else None)
    notes: list[str] = []
    reasons: list[str] = []
    comments: list[ParsedComment] = []
    if start is not None:
        records = _records(lines, region, memo)
        if records:
            _undouble_names(records)
            _without_by_label(records)
            comments = _comments(lines, records, end, memo)
            if len(comments) < 2 or declared is not None and declared > len(comments):
                # A one-line comment's text above its date can pass for a NAME / DATE header:
                # the dated items win when they hold every record's header (a list inside a
                # comment's text holds none of the others').
                spans: list[tuple[int, int]] = []
                dated = _dated_item_comments(lines, start, end, memo, spans=spans)
                if len(dated) > len(comments) and all(any(a <= r.line < b for a, b in spans) for r in records):
                    comments = dated
            if comments and all(c.kind == "comment" for c in comments):
                # after the last record, and no deeper than the records (not a heading in a text)
                last = max(r.line for r in records)
                col = min(_column(lines[r.line]) for r in records)
                comments += _listed_pings(lines, last, end, len(comments), comments[0].depth, col)
        else:
            comments = _footer_comments(lines, start, end, memo) or _dated_item_comments(lines, start, end, memo) \
                or _list_item_comments(lines, start, end)
        if len(comments) == 1 and comments[0].posted is None and declared is None and block_title is None \
                and not textpage.is_cut_off(text):
            # One dateless "NAME says:" and nothing else of a comment section (no count
            # heading, no date) in a whole file: a quotation in the article ("Plantur sagt:"),
            # not a comment. (A file cut after the header keeps it: the date may be cut away.)
            comments, start = [], None
            head = pagehead.read_head(lines)
    if start is not None:
        if head.title is not None and tb.norm(head.title) in GENERIC_TITLES:
            head.title = None  # a comments-only page ("title: Comments")
        foreign = _foreign_block(block_title, head, comments, lines[start:end], lines[:start])
        if block_title and (head.title is None or head.title_weak) and not foreign:
            head.title = block_title  # the post the comment header names
            if head.published is None and (k := _line_of(block_title, lines[:start])) is not None:
                # the post's meta line under its title line, now that the title is known
                # (plain-text dumps mark no heading): "Di NAME il DATE in CAT"
                head.published, who = pagehead.meta_below(lines, k + 1, start)
                head.byline = head.byline or who
        if foreign:
            notes.append(f"comment block belongs to a different post ({foreign}); "
                         f"{len(comments)} comments not attached to this article")
            comments, declared = [], None
        if any(textpage.pagination_marker(line) for line in lines[start:min(len(lines), end + 30)]):
            reasons.append("comment-pagination")
    return textpage.finish(page_id=page_id, name=NAME, version=VERSION, system="wordpress",
                           lines=lines, text=text, head=head,
                           region=(start, end) if start is not None else None,
                           comments=comments, declared=declared, reasons=reasons, notes=notes,
                           options=options, resolve_markers=False, date_memo=memo)


# --- reStructuredText ---------------------------------------------------------------------

_RST_SPAN = re.compile(r"`[^`]+`__?")


def _rst_to_lines(text: str) -> list[str]:
    """pandoc's RST of a WordPress page: raw-HTML directives dropped, link spans that wrap over
    lines joined (the date "`November 22, 2016 at 6:08\\n   am <url>`__"), "#." items kept."""
    if ".. raw:: html" not in text and ".. rubric::" not in text:
        return text.split("\n")
    text = _RST_SPAN.sub(lambda m: " ".join(m.group(0).split()), text)
    out: list[str] = []
    skip_indent: int | None = None
    for line in text.split("\n"):
        indent = len(line) - len(line.lstrip())
        if skip_indent is not None:
            if not line.strip() or indent > skip_indent:
                continue
            skip_indent = None
        if line.strip() == ".. raw:: html":
            skip_indent = indent
            continue
        if line.lstrip().startswith(":name:") or line.strip() == "#.":
            continue
        stripped = line.lstrip()
        if stripped.startswith("| "):  # RST line block: one printed line each
            line = line[:indent] + stripped[2:]
        out.append(line)
    return out


# --- the comment section -----------------------------------------------------------------

@dataclass
class _Region:
    start: int | None
    end: int
    declared: int | None = None
    title: str | None = None
    headed: bool = False  # opened by a count heading or a "Comments" heading (not a header)


def _region(lines: list[str], memo: dict | None = None) -> _Region:
    """The comment section: from its count heading (the last one that names a post or a
    "says:" header or list follows, else the first one other records follow), else from a
    numberless "Comments" heading records follow, else from the first header; to the first
    end marker after its first record."""
    start = declared = title = None
    candidates: list[tuple[int, tuple[int, str | None]]] = []
    glued: list[tuple[int, tuple[int, str | None]]] = []
    for i, line in enumerate(lines):
        # The number is near the start ("3 thoughts on “T”") or, when the title comes first,
        # near the end ("T: 3 комментария", "“T” için bir yorum").
        if not line or not (tb.has_digit(line[:80]) or tb.has_digit(line[-30:])
                            or textpage.may_have_number_word(line.lstrip("#*_ \t"))):
            continue
        found = _count_heading(line)
        if found is None:
            if (glue := _glued_count_heading(line)) is not None:
                glued.append((i, glue))
            continue
        if title is not None and found[1] is None:
            continue  # a bare count line after a heading that names the post: inside its list
        if found[1] is not None or _next_is_header(lines, i, loose=False, memo=memo):
            start, (declared, title) = i, found
        else:
            candidates.append((i, found))
    if start is None:
        # Themes without "says:": the first count heading with records below. (Later ones
        # are those of related-post lists: "1 Kommentar" above "Rezept vom 9 Nov. 2014".)
        # A heading glued to its call to comment comes last: such lines stand in footers
        # ("1,284 Comments Since We Started") and in comments ("2 Thoughts From …") too.
        start, (declared, title) = next(((i, found) for i, found in candidates + glued
                                         if _next_is_header(lines, i, memo=memo) or _dated_items_below(lines, i)),
                                        (None, (None, None)))
    headed = start is not None
    if start is None:
        start = _section_heading(lines, memo)
        headed = start is not None
    if start is None:
        for i in range(len(lines)):
            if _header_at(lines, i) is not None:
                start = i
                break
        # A count heading above the reply form, the list below the form (Newspack and other
        # themes that print the form first): the nearest one counts the list.
        above = [found for i, found in candidates if start is not None and 0 < start - i <= _FORM_SPAN]
        if above:
            declared, title = above[-1]
    if start is None:
        return _Region(None, len(lines))
    return _Region(start, _end(lines, start, headed, memo), declared, title, headed)


# Lines a reply form with its rules takes between a count heading and the list below it.
_FORM_SPAN = 60
_VOTES = re.compile(r"^[-+]?\d{1,5}$")


def _wpdiscuz_thread(lines: list[str], j: int) -> bool:
    """Is the thread that starts at line j wpDiscuz's (its text dump has NAME and DATE lines
    too)? wpDiscuz prints "Reply to NAME" above a reply's date and the vote count alone on a
    line above "Reply"; WordPress's list prints neither."""
    prev = ""
    for k in range(j, min(len(lines), j + 60)):
        s = lines[k].strip()
        if not s:
            continue
        if tb.REPLY_TO.match(s) and len(s) < 80 or _VOTES.match(prev) and tb.norm(s) in REPLY_WORDS:
            return True
        prev = s
    return False


def _count_heading(line: str) -> tuple[int, str | None] | None:
    """textpage.count_header, also of a heading printed with a link beside it ("4 Comments .
    Leave new", "3 Comments | Add yours": the count and the form link in one meta line)."""
    found = textpage.count_header(line)
    if found is None and line[-1:] == "}":
        line = pagehead.HEADING_ATTRS.sub("", line)  # pandoc's "{#comments .title}" after the tail
    if found is None and layouts.has_tail_separator(line):
        found = textpage.count_header(layouts.before_tail(line))
        if found is not None:
            found = (found[0], None)
    return found


def _glued_count_heading(line: str) -> tuple[int, None] | None:
    """The count heading and the theme's call to write a comment, glued into one line by a
    converter: "33 LESER-KOMMENTARE Geben Sie jetzt Ihre Meinung zu diesem Thema ab", "12
    Comments **Join the discussion**" (the count's words end where a capitalised word
    follows). Any "1,284 Comments Since We Started" line has that shape too, so _region takes
    it only where no other count heading opens the list."""
    if len(line) >= 200 or not line.lstrip(" \t#*_>[")[:1].isdigit():
        return None
    words = tb.plain(line.strip().lstrip("#").strip()).split()
    if not words or not words[0][:1].isdigit():
        return None
    for k in (2, 3, 4, 5):  # the count, its noun and the readers' genitive ("des lecteurs")
        if len(words) > k + 1 and words[k][:1].isupper():
            found = textpage.count_header(" ".join(words[:k]))
            if found is not None:
                return found[0], None
    return None


def _section_heading(lines: list[str], memo: dict | None) -> int | None:
    """A numberless "Comments" heading (twentytwenty, Genesis "Reader Interactions") with
    records below it."""
    for i, line in enumerate(lines):
        if line and layouts.is_section_heading(line) and _next_is_header(lines, i, memo=memo):
            return i
    return None


def _end(lines: list[str], start: int, loose: bool, memo: dict | None) -> int:
    """The first end marker ("Leave a Reply", "Comments are closed" …) after the section's
    first record. wordpress.com themes print "Comments are closed." between the count
    heading and the list: a marker with no record above it but one right below is skipped.
    (A section's first record is the line it opens at or follows within a few lines.)"""
    seen_record = False
    for j in range(start + 1, len(lines)):
        raw = lines[j].strip()
        if raw[-1:] == "}" and "reply-title" in raw:
            # pandoc keeps the reply form heading's id (core's comment_form(): "{#reply-title
            # .comment-reply-title}"), whatever its text and language
            n = "leave a reply"
        else:
            n = tb.norm(tb.plain(raw.lstrip("#").strip()))
        if not n or not (n.startswith(END_MARKERS) or n.endswith(CANCEL_REPLY) and _form_heading(lines[j], n)
                         or _form_title_line(n)):
            continue
        seen_record = seen_record or _record_in(lines, start, min(j, start + 15), loose, memo)
        if seen_record or not _record_in(lines, j + 1, _after_lines(lines, j + 1, 12), loose, memo):
            return j
        seen_record = True  # the records below this marker
    return len(lines)


def _form_title_line(n: str) -> bool:
    """Is the normalised line ``n`` the comment form's title (any language layouts.FORM_TITLES
    lists) alone or with its cancel link ("Kommentar verfassen Antwort abbrechen")? A sentence
    that begins with the title's words is a comment's ("Kommentar verfassen dauert hier …")."""
    n = n.rstrip(" :.!")
    if n in layouts.FORM_TITLES:
        return True
    return any(n.endswith(c) and n[:-len(c)].rstrip(" :.!|–-") in layouts.FORM_TITLES for c in CANCEL_REPLY)


def _form_heading(raw: str, n: str) -> bool:
    """A line ending with "Cancel reply" that is the reply form's heading, not a sentence of a
    comment: the label alone, or a short heading or a line with the cancel link (markdown)."""
    if n in CANCEL_REPLY:
        return True
    s = raw.strip()
    return len(n) <= 100 and (s[:1] == "#" or "#respond" in s or "cancel-comment-reply" in s)


def _after_lines(lines: list[str], i: int, n: int) -> int:
    """The index after the first ``n`` non-blank lines from i on (the blank lines that
    unfenced pandoc divs leave count for nothing)."""
    k = i
    while k < len(lines) and n:
        n -= bool(lines[k].strip())
        k += 1
    return k


def _record_in(lines: list[str], a: int, b: int, loose: bool, memo: dict | None) -> bool:
    return any(lines[k].strip() and _record_starts(lines, k, loose, memo) for k in range(a, b))


def _record_starts(lines: list[str], j: int, loose: bool = True, memo: dict | None = None) -> bool:
    """Does a header or a NAME line followed by a DATE line start at line j?"""
    if _header_at(lines, j, loose, memo) is not None:
        return True
    return loose and _name_date_at(lines, j, len(lines), memo) is not None


def _next_is_header(lines: list[str], i: int, bare_items: bool = True, loose: bool = True,
                    memo: dict | None = None) -> bool:
    """Does a record (or, with ``bare_items``, any list item) follow line i? detect() wants
    a record: a count link in a list ("- [2 comments]()") is Disqus's toolbar. Not ``loose``:
    the next non-blank line is a strict header or a list item. ``loose``: the layouts without
    "says:" count too, and up to two short lines may come between (themes print "Add yours",
    "Comment navigation" or, on wordpress.com, "Comments are closed." above the list); a
    role badge above the first name ("Guest", "Gast") is wpDiscuz's thread, not WordPress's."""
    seen = 0
    for j in range(i + 1, min(len(lines), i + (40 if loose else 12))):  # dumps print many blank lines
        s = lines[j].strip()
        if not s:
            continue
        if not loose:
            return _header_at(lines, j) is not None or bare_items and bool(_LIST.match(lines[j]))
        if tb.norm(tb.plain(s)) in tb.BADGES:
            return False
        if _record_starts(lines, j, memo=memo):
            return not _wpdiscuz_thread(lines, j)
        if bare_items and _LIST.match(lines[j]):
            return True
        if s.isdigit() or _is_bare_marker(s):
            continue  # an item's marker alone ("1." in lynx) or the theme's comment number
        if tb.is_residue(s):
            continue  # a rule between the heading and the list ("---", any length)
        if _is_reply_button(s, _button_text(s)):
            continue  # a theme that prints the reply link above the name
        # avatars aside (pandoc plain prints an image without alt text as "[]"); a link counts
        # by its label ("[Leave a Reply](…#reply-title)")
        shown = tb.plain(tb.strip_images(s)).strip() if "](" in s else s
        if "[]" in shown:
            shown = _split_marker(shown.replace("[]", ""))[1]
        seen += 1 if shown else 0
        if seen > 2 or len(shown) > 60:
            return False
    return False


def _split_marker(line: str) -> tuple[int | None, str]:
    m = _LIST.match(line) or (_BARE_MARKER.match(line) if len(line.lstrip()) <= 6 else None)
    if m:
        return len(m.group("indent").expandtabs(4)), m.group("rest")
    return None, line.strip()


# A list item's marker alone on its line (pandoc's item whose first block is a div fence).
_BARE_MARKER = re.compile(rf"^(?P<indent>[ \t]*)(?P<marker>{_MARKERS})(?P<rest>)$")


def _is_bare_marker(line: str) -> bool:
    """Is ``line`` a list marker alone, however deeply indented (lynx's nested items)?"""
    return len(line.lstrip()) <= 6 and _BARE_MARKER.match(line) is not None


_SAYS_ALONE = re.compile(rf"^(?:{SAYS_WORDS})\s*:\s*$", re.I)
_SAID_ALONE = re.compile(rf"^{layouts.SAID_VERBS}\s*:$", re.I)


class _NameDate:
    """A re.Match stand-in for a "NAME DATE" header (wordpress_text_layouts.split_name_date)."""

    def __init__(self, name: str, date: str):
        self._groups = {"name": name, "date": date}

    def group(self, key: str) -> str:
        return self._groups[key]


def _header_at(lines: list[str], i: int, loose: bool = False, memo: dict | None = None
               ) -> tuple[str, re.Match | _NameDate, int, int | None] | None:
    """(kind, match, number of lines used, list column) when a header starts at line i. In a
    list item the header is the item's whole first paragraph (converters wrap long items:
    "[JK](url) on January\n    16th, 2009 11:51 pm"); outside lists it is one line, or two
    when the second is a lone "says:" ("[Raphael](http://nil/)\n     says:"; node-per-line
    dumps put a space-only line between them). ``loose`` (inside a section opened by a count
    heading) also reads the "NAME DATE [Reply]" line of themes without "says:"."""
    line = lines[i]
    if not line.strip() or len(line) > 600:
        return None
    # Cheap trigger before joining a window: outside a list every strict header form needs a
    # colon ("says:", "Pingback:", "_:"), on this line or on a lone "says:" line below it.
    says_below = _says_below(lines, i)
    if not loose and ":" not in line and "：" not in line and says_below is None and not _LIST_START.match(line):
        return None
    indent, rest = _split_marker(line)
    if rest[-1:] == "}":
        rest = _without_heading_attrs(rest)  # pandoc: "#### NAME … DATE: {#name-wrote-on .entry-title}"
    parts = [rest]
    used = 1
    if says_below is not None and indent is None:
        parts.append(lines[says_below].strip())
        used = says_below - i + 1
    else:
        for j in range(i + 1, min(len(lines), i + 6)):
            nxt = lines[j].strip()
            if not nxt or indent is None or _is_bare_marker(lines[j]):
                break  # (a marker alone: lynx's next item whose content starts with a block, "3.")
            if _LIST.match(lines[j]) and not (nxt[:2] == "- " and tb.norm(nxt[2:]) in REPLY_WORDS):
                break  # a list item, but for the "- Reply" that ends a "NAME DATE - Reply" header wrapped before it
            parts.append(nxt)
        used = len(parts)
    # Compact list renderers (lynx, w3m) print an item's header, date and text as one block
    # without blank lines: a header form that closes with its colon ("NAME says:", "NAME on
    # DATE said:") on the item's first line is the header alone.
    if indent is not None and len(parts) > 1 and parts[0].endswith((":", "：")) \
            and (found := _strict_header(parts[:1], lines, i, 1, indent, memo)) is not None \
            and (found[0] in _DATED_KINDS or _dated_below(lines, i + 1, memo)):
        return found  # (its date right below it: "* The README says:" in a comment is a quotation)
    if len(parts) < 6:
        found = _strict_header(parts, lines, i, used, indent, memo)
        if found is not None:
            return found
        joined = " ".join(parts).strip()
        if loose and tb.has_digit(joined) and layouts.footer_at(joined) is None:
            found = _name_date_header(parts, indent, memo) or _pingback_title_header(lines, i + used, parts, indent, memo)
            if found is not None:
                return found
    if loose and indent is not None and len(parts) > 1 and layouts.footer_at(parts[0]) is None:
        # A compact item (lynx): its first line alone is the "NAME DATE - Reply" header, or a
        # pingback's "TITLE DATE - Reply" with the excerpt on the next line. A header longer
        # than the renderer's width (a pingback's title; lynx and w3m wrap at 80 columns) goes
        # on over the next lines, each but the last filled to near that width.
        for n in range(1, min(_WRAPPED_HEADER_LINES, len(parts) - 1) + 1):
            head = parts[:n]
            if tb.has_digit(" ".join(head)):
                found = _name_date_header(head, indent, memo) or _pingback_title_header(lines, i + n, head, indent, memo)
                if found is not None:
                    return found
            if len(lines[i + n - 1]) < _WRAPPED_WIDTH:
                break  # this line was not wrapped: the header ends in it or nowhere
    return None


_WRAPPED_HEADER_LINES = 4
_WRAPPED_WIDTH = 60  # a line hard-wrapped at 80 columns reaches at least this far


# Header forms that hold their date (the others take it from the line below).
_DATED_KINDS = frozenset(["on-date", "on-said", "hugo", "says-date", "name-date", "wrote-on"])


def _strict_header(parts: list[str], lines: list[str], i: int, used: int, indent: int | None,
                   memo: dict | None) -> tuple[str, re.Match, int, int | None] | None:
    """The header forms of :data:`HEADERS` (and a glued "NAMEsays:") in the header text
    ``parts``, which take ``used`` lines from line i."""
    joined = " ".join(parts).strip()
    # no strict form without a colon but "NAME on DATE" and "NAME said,"
    if ":" in joined or "on" in joined or "：" in joined or "d," in joined or "s," in joined:
        candidate = tb.strip_images(tb.plain(joined)).strip()
        for kind, pattern in HEADERS.items():
            if kind == "on-date" and indent is None or kind == "says-zh" and "道" not in candidate:
                continue
            m = pattern.match(joined if kind == "hugo" else candidate)
            if m and (fit := _plausible(kind, m)) and (fit is True or _dated_below(lines, i + used, memo)):
                return kind, m, used, indent
        m = _glued_says(joined)
        if m is not None:
            return "says", m, used, indent
    return None


def _says_below(lines: list[str], i: int) -> int | None:
    """The line of a lone "says:" right below line i (one blank line between allowed)."""
    n = len(lines)
    j = i + 1 if i + 1 < n and lines[i + 1] else i + 2  # lines are rstripped: blank is ""
    if j >= n or ":" not in lines[j]:  # the cheap test first: this runs for every line
        return None
    nxt = lines[j].strip()
    if "{" in nxt:
        nxt = tb.plain(nxt)  # pandoc's "[dit :]{.says}"
    return j if _SAYS_ALONE.match(nxt) else None


# Markdown converters glue the author to the says-word when both are inline next to an avatar
# (twentytwenty's "<b>NAME</b><span>says:</span>"): "![](avatar)Maria Lopezsays:".
_GLUED_SAYS = re.compile(rf"^!\[[^\]]*\]\([^)]*\)\s*(?P<name>[^\s:].{{0,80}}?)(?:{SAYS_WORDS}):\s*$")


# Twenty Twenty's author link holds the name and the screen-reader "says:" with no space:
# html2text prints "[Saket Rungtasays:](url)".
# The same without a link or avatar: twentytwenty's unlinked "<b class="fn">NAME</b>" in bold.
_BOLD_GLUED_SAYS = re.compile(rf"^\*\*(?P<name>[^*\s][^*]{{0,80}}?)\*\*(?:{SAYS_WORDS}):\s*$")
_LINKED_GLUED_SAYS = re.compile(rf"^\[(?P<name>[^\s:\[\]][^\[\]]{{0,80}}?)(?:{SAYS_WORDS}):\]\([^)]*\)\s*$")


def _glued_says(joined: str) -> re.Match | None:
    if joined.startswith("[") and joined.endswith(")"):
        m = _LINKED_GLUED_SAYS.match(joined)
    elif joined.startswith("![") and joined.endswith(":"):
        m = _GLUED_SAYS.match(joined)
    elif joined.startswith("**") and joined.endswith(":"):
        m = _BOLD_GLUED_SAYS.match(joined)
    else:
        return None
    return m if m is not None and _plausible("says", m) is True else None


def _name_date_header(parts: list[str], indent: int | None, memo: dict | None
                      ) -> tuple[str, _NameDate, int, int | None] | None:
    """"NAME DATE [Reply]" as one line (or a list item's first paragraph). Themes that number
    their comments print the number first in the item ("1. 1" / "Julia on 11/08/2020")."""
    first = 1 if len(parts) > 1 and parts[0].strip().isdigit() else 0
    for used in range(len(parts), first, -1):
        raw = " ".join(parts[first:used])
        candidate = tb.strip_images(tb.plain(layouts.unglue_link(raw))).strip(" *_")
        found = layouts.split_name_date(candidate, memo)
        if found is not None:
            return "name-date", _NameDate(layouts.clean_name(found[0], SAYS_WORDS), found[1]), used, indent
    return None


def _pingback_title_header(lines: list[str], below: int, parts: list[str], indent: int | None,
                           memo: dict | None) -> tuple[str, _NameDate, int, int | None] | None:
    """"TITLE DATE [Reply]" above a "[…] excerpt […]": a pingback in a theme that prints it with
    the comments' one-line header, its author the linking post's title (longer than any name,
    often with colons, bars and dashes). The excerpt marks below say what it is."""
    if not _pingback_text_below(lines, below, len(lines)):
        return None
    first = 1 if len(parts) > 1 and parts[0].strip().isdigit() else 0
    candidate = tb.strip_images(tb.plain(" ".join(parts[first:]))).strip(" *_")
    found = layouts.split_title_date(candidate, memo)
    if found is None:
        return None
    return "name-date", _NameDate(found[0], found[1]), len(parts), indent


_PINGBACK_OPEN = re.compile(r"^\\?\[(?:…|\.\.\.|&#8230;)\\?\]")  # markdown may escape it: "\[...\]"
_NAME_MARKS = frozenset("#—–")
_LEADING_MARKS = re.compile(r"^(?:#{1,6}\s+)?(?:[—–]\s+)?")


def _plausible(kind: str, m: re.Match) -> bool | str:
    """Whether the match's name can be a commenter's; "title" for a "says:" name only a
    linking post's title can be, and "dated" for a header with one of SAYS_WORDS_DATED: the
    caller accepts either only when a date line follows."""
    name = tb.plain(m.group("name")).strip(" *_")
    if kind == "pingback":
        return bool(name)
    if not name or len(name) > 160 or name.endswith((".", "?", "!")) and len(name.split()) > 6:
        return False
    if kind in ("on-date", "on-said", "hugo", "says-date", "name-date", "wrote-on"):
        return len(name) <= 120 and dates.parse_date(" ".join(m.group("date").split())) is not None
    if len(name.split()) <= 12 and len(name) <= 120:
        return "dated" if kind in ("says-dated", "says-glued", "said-comma") else True
    # A pingback's name is the linking post's title and its site ("TITLE | SITE", "TITLE –
    # SITE"): longer than any person's name, and accepted only above a date (prose says
    # "X - Y says:" too).
    return "title" if len(name.split()) <= 24 and _TITLE_SITE.search(name) is not None else False


def _dated_below(lines: list[str], k: int, memo: dict | None) -> bool:
    """Is the next non-blank line (within two) a whole date?"""
    for j in range(k, min(len(lines), k + 3)):
        s = lines[j].strip()
        if s:
            label = tb.plain(s).strip()
            return dates.maybe_date(label) and dates.parse_date(label, memo=memo) is not None
    return False


_TITLE_SITE = re.compile(r"\s[|–—-]\s+\S[^|–—]*$")


def _headers(lines: list[str], start: int, end: int, memo: dict, loose: bool = False) -> list[_Record]:
    records: list[_Record] = []
    i = start
    while i < end:
        found = _header_at(lines, i, loose, memo)
        if found is None:
            i += 1
            continue
        kind, m, used, indent = found
        raw_header = " ".join(lines[k].strip() for k in range(i, i + used))
        name = layouts.strip_avatar(tb.plain(tb.strip_images(m.group("name"))).strip(" *_"))
        if name[:1] in _NAME_MARKS:
            name = _LEADING_MARKS.sub("", name)  # "#### — NAME says:": a heading and a dash
        rec = _Record(line=i, body_start=i + used, indent=indent, name=name,
                      links=tb.link_targets(raw_header))
        if kind == "pingback":
            rec.kind = "trackback" if m.group("kind").casefold() in ("trackback", "トラックバック") else "pingback"
            if ":" in name and (split := layouts.split_title_date(name, memo)) is not None and ":" in split[1]:
                # the one-line header's date after the title ("Pingback: TITLE Posted at
                # 08:15h, 24 February Reply"): a date with its clock, which titles do not hold
                rec.name, rec.date_raw = split
        elif kind in ("on-date", "on-said", "hugo", "says-date", "name-date", "wrote-on"):
            rec.date_raw = " ".join(m.group("date").split())
            if kind == "name-date":
                labelled, rec.name = layouts.ping_label(rec.name)
                rec.kind = labelled or rec.kind
            if kind == "on-date":  # "NAME wrote on DATE:" (frontierline): the verb is no name
                rec.name = layouts.clean_name(name, _ON_DATE_VERBS)
        else:
            _take_date(lines, rec, end, memo)
        if indent is None:  # an item whose marker line holds only its avatar or nothing
            _start_at_marker(lines, rec, start)
        records.append(rec)
        i = rec.body_start
    return records


def _records(lines: list[str], region: _Region, memo: dict) -> list[_Record]:
    """The section's records. "says:" headers first; a section opened by a heading also reads
    the "NAME DATE" line and the NAME line / DATE line layouts of themes without "says:"
    (one "Pingback:" item or a "says:" line of article prose does not hide them)."""
    start, end = region.start, region.end
    records = _headers(lines, start, end, memo)
    if not region.headed or sum(r.kind == "comment" for r in records) >= 2:
        return records
    loose = _headers(lines, start, end, memo, loose=True)
    by_line = _name_date_records(lines, start, end, memo)
    # One list can mix both forms (markdownify: NAME / DATE lines for a root, "[NAME](…)
    # [DATE](…)" for a reply whose avatar link wraps the name).
    best = sorted(loose + [r for r in by_line if not any(_overlap(r, o) for o in loose)],
                  key=lambda r: r.line)
    if _weight(best) <= _weight(records):
        return records
    return best


def _weight(records: list[_Record]) -> tuple[int, int]:
    """Comments first, then all records (a list of pingbacks alone is still a list)."""
    return sum(r.kind == "comment" for r in records), len(records)


def _overlap(a: _Record, b: _Record) -> bool:
    return a.line <= b.line < a.body_start or b.line <= a.line < b.body_start


def _name_date_records(lines: list[str], start: int, end: int, memo: dict) -> list[_Record]:
    """Records of themes that print no "says:" (many current themes): the author's name alone
    on a line ("NAME:" when a date follows), the date alone on the next non-blank line, then
    the text. Read only inside a section opened by a heading. In markdown the threads are
    nested lists: a record's column is its list marker's, as for the other header forms
    (html2text indents only the marker or avatar line above the name), else where its name
    starts."""
    records: list[_Record] = []
    i = start + 1
    while i < end:
        found = _name_date_at(lines, i, end, memo)
        if found is None:
            i += 1
            continue
        name, s, j, label = found
        marker_col, _ = _split_marker(lines[i])
        rec = _Record(line=i, body_start=j + 1, name=name, date_raw=label,
                      indent=lines[i].find(s) if marker_col is None else marker_col,
                      links=tb.link_targets(s) + tb.link_targets(lines[j]))
        _start_at_marker(lines, rec, start)
        records.append(rec)
        i = j + 1
    return _without_theme_label(records)


def _undouble_names(records: list[_Record]) -> None:
    """Themes that give the avatar the author's name for its alt text print the name twice
    in a text dump ("Юрий Юрий:", lynx). Undone when two records at least show it, so that one
    commenter who typed a name twice ("Roberto Roberto") keeps it."""
    once = [layouts.undoubled(r.name) if r.name else None for r in records]
    if sum(n is not None for n in once) >= 2:
        for r, n in zip(records, once):
            r.name = n or r.name


def _without_by_label(records: list[_Record]) -> None:
    """Names that all begin with the same by-word ("par JPA", "par BINH"): the theme's label
    before the name, taken off. Two comments at least, so that one "Par Lindqvist" keeps his
    name."""
    named = [r for r in records if r.kind == "comment" and r.name]
    firsts = {r.name.split(" ", 1)[0].casefold() for r in named}
    if len(named) < 2 or len(firsts) != 1 or firsts.pop() not in layouts.BY_WORDS \
            or any(" " not in r.name for r in named):
        return
    for r in named:
        r.name = r.name.split(" ", 1)[1].strip()


def _without_theme_label(records: list[_Record]) -> list[_Record]:
    """Records whose "NAME WORD:" headers all end with the same lower-case WORD: a theme's own
    "says" label that SAYS_WORDS does not list ("Dentaku meant:", SemPress), taken off the
    names. Two records at least, so that one name's last word is not taken for a label."""
    last = [r.name.rsplit(" ", 1) for r in records if r.name]
    if len(records) < 2 or len(last) != len(records) or any(len(parts) != 2 for parts in last):
        return records
    words = {parts[1] for parts in last}
    if len(words) == 1 and (word := words.pop()).isalpha() and word.islower():
        for r, parts in zip(records, last):
            r.name = parts[0]
    return records


def _name_date_at(lines: list[str], i: int, end: int, memo: dict | None
                  ) -> tuple[str, str, int, str] | None:
    """(name, name line's text, date line, date label) of a NAME line / DATE line record."""
    _, s = _split_marker(lines[i])
    if not s or len(s) > 300 or _SAYS_ALONE.match(s):
        return None  # a lone "says:" is the end of a header, never a name
    if s[-1] == "}":
        s = pagehead.HEADING_ATTRS.sub("", s)  # pandoc's "##### NAME {#name .comment-name}"
    if s[-1] == "\\":
        s = s[:-1].rstrip()  # markdown's hard line break after the name (pandoc: "[NAME]{.author}\\")
    name = tb.plain(tb.strip_images(s)).strip(" *_")
    name = name[:-1].rstrip() if name.endswith(":") else name  # "NAME:" above a date line
    name = layouts.clean_name(name, SAYS_WORDS)
    if not name or tb.norm(name) in REPLY_WORDS:
        return None
    titled = not (tb.looks_like_name(name) or _long_title_case_name(name))
    if titled and (len(name) > 200 or name[-1] in ".!?:"):
        return None  # neither a name nor a linking post's title (see below)
    # Node-per-line dumps (innerText) put blank or space-only lines and the post author's
    # badge ("Post author") between the name and the date.
    j = i + 1
    while j < end and j - i <= 24 and (not lines[j].strip() or tb.norm(lines[j]) in layouts.AUTHOR_BADGES):
        j += 1
    if j >= end or j - i > 24:
        return None
    if titled and not _pingback_text_below(lines, j + 1, end):
        return None  # a title is a pingback's name only above a "[…] excerpt […]"
    label = layouts.strip_date_lead(layouts.strip_reply(tb.plain(lines[j].strip()).strip()))
    if label[:1] in _BULLETS + "o" and label[1:2] == " ":  # ("o": inscriptis's third-level bullet)
        label = label[2:].lstrip()  # the date's own list item, when a theme prints its meta as a list
    if not (dates.maybe_date(label) and dates.parse_date(label, memo=memo) is not None):
        label = _date_first(label)
        if label is None:
            return None
    return name, s, j, label


_CLOCK = re.compile(r"\d\s*[:h.]\s*\d\d\b")


def _date_first(line: str) -> str | None:
    """The date that starts a date line a theme goes on after ("10 mars 2021 à 13 h 28 depuis 2
    jours - Commentaire n° 440"): a whole absolute date to the minute, else None."""
    if len(line) > 120 or not line[:1].isalnum() or _CLOCK.search(line, 0, 40) is None:
        return None  # to the minute: a clock near the start
    found = dates.find_date(line)
    if found is None or found.precision != "minute" or not line.startswith(found.raw):
        return None
    return found.raw


def _pingback_text_below(lines: list[str], k: int, end: int) -> bool:
    """Does a pingback's "[…] excerpt" start the next non-blank line (within five: pandoc's
    blanked div fences stand between)?"""
    end = min(end, len(lines), k + 5)
    while k < end and not lines[k].strip():
        k += 1
    return k < end and _PINGBACK_OPEN.match(lines[k].strip()) is not None


def _long_title_case_name(name: str) -> bool:
    """A display name longer than :func:`tb.looks_like_name` allows, above a date line: up to
    ten words, most of them capitalised ("Council of The Ten Thousand Setting Suns"), with no
    sentence's end. Prose lines are mostly lower case."""
    words = name.split()
    if not 6 < len(words) <= 10 or len(name) > 80 or name[-1] in ".!?;:,":
        return False
    alpha = [w for w in words if w[:1].isalpha()]
    return sum(w[0].isupper() for w in alpha) * 2 > len(alpha) + 1


def _start_at_marker(lines: list[str], rec: _Record, floor: int) -> None:
    """A record whose name is below an avatar-only or bare list marker line (Divi: "1. ![](…)"
    then "NAME DATE"; html2text indents only that line) starts there, and nests by that
    marker's column."""
    # A section found by its first header (no heading above it) starts at that header: the
    # first record's own marker line above it is still the record's ("    1." / "   NAME
    # sagt:", lynx).
    top = _record_top(lines, rec.line, floor if rec.line > floor else max(-1, floor - 3))
    column = _split_marker(lines[top])[0] if top != rec.line else None
    rec.line = top
    if column is not None:
        rec.indent = column


# A linked avatar whose image is gone: "[![](src)]( )" leaves "[]( )" (markdownify, hestia).
_EMPTY_LINK = re.compile(r"\[\s*\]\([^)]*\)")


def _record_top(lines: list[str], i: int, floor: int) -> int:
    """The first line of a record whose name is at line ``i``: the avatar-only or bare list
    marker line just above it (blank lines between), if there is one; above an avatar, the
    list item holding only the comment's number ("1. 1" / avatar / NAME) too."""
    top = i
    k = i - 1
    steps = 2
    reply_first = False
    while steps > 0:
        steps -= 1
        gap = k
        while k > floor and not lines[k].strip():
            k -= 1
        # two blank lines at most in converters' output; crawlers keep runs of them (one per
        # empty element)
        if k <= floor or gap - k > 12:
            break
        marker, rest = _split_marker(lines[k])
        if top == i and marker is not None and len(rest) <= 40 and tb.norm(tb.plain(rest)) in REPLY_WORDS:
            # the reply link printed above the name (as the first item of the comment's meta
            # list: "+ Antworten" / "+ NAME" / "+ DATE"): the item above it opens the record
            top, k, steps, reply_first = k, k - 1, steps + 1, True
            continue
        # (pandoc plain prints an avatar without alt text as "[]": read as one above a reply
        # link only, where the list items are the meta's)
        bare = reply_first and rest.replace("[]", "").strip() == ""
        if marker is None and "![" not in rest and not bare:
            break  # neither a list marker nor an image
        left = _EMPTY_LINK.sub("", tb.plain(tb.strip_images(rest))).strip(" *_")
        left = "" if bare else left
        if left and marker is not None and top == i and left == tb.plain(lines[i].strip()).strip(" *_"):
            left = ""  # the avatar's alt text, the name itself, on the item's marker line (lynx)
        # the comment's number may share the marker's line with the avatar ("1. 1 ![](…)")
        if left and not (marker is not None and left.isdigit() and (top != i or "![" in rest)):
            break
        top, k = k, k - 1
        if marker is not None:
            break  # the list item starts here
    return top


def _take_date(lines: list[str], rec: _Record, end: int, memo: dict) -> None:
    """The date line(s) right after a "says:" header (a permalink in markdown/RST). ``memo``:
    the page's, for dates.parse_date."""
    j = rec.body_start
    while j < end and not lines[j].strip():
        j += 1
    if j >= end:
        return
    found = None
    for used in (1, 2):
        if j + used > end or used == 2 and (not lines[j + 1].strip() or len(lines[j + 1].strip()) > 30):
            break  # (a second line only as the date's short rest: hard-wrapped dumps)
        raw = " ".join(lines[k].strip() for k in range(j, j + used))
        label = tb.plain(raw).strip()
        if label[:1] == "#":
            label = label.lstrip("#").strip()  # "##### [DATE](…#comment-N)": a heading
        label = re.sub(r"\s*<https?://[^>]*>`?_*$", "", label).strip("` ")
        if dates.maybe_date(label) and dates.parse_date(label, memo=memo) is not None:
            found = (label, raw, used)
            # A dump wrapped at a fixed width cuts the date: "May 26, 2011" / "at 11:27 am",
            # "January 10," / "2012 at 7:42 am". The next line goes on when both read as one.
    if found is not None:
        rec.date_raw, raw, used = found
        rec.links += tb.link_targets(raw)
        rec.body_start = j + used


def _without_running_numbers(bodies: list[tuple[str, list, int | None]]) -> list[tuple[str, list, int | None]]:
    """Texts without the theme's running comment number printed above the next name, which a
    converter without list markers (html-text) leaves as the text's last line: "…\n\n4" under
    comment 3. Taken off only when most texts but the last end so, counting up in page order."""
    ends = [text.rsplit("\n", 1)[-1].strip() for text, _, _ in bodies[:-1]]
    numbered = [k for k, last in enumerate(ends) if last.isdigit() and "\n" in bodies[k][0]]
    if len(numbered) < 2 or len(numbered) * 3 < len(ends) * 2 \
            or any(int(ends[b]) - int(ends[a]) != b - a for a, b in zip(numbered, numbered[1:])):
        return bodies
    cut = set(numbered)
    return [(text.rsplit("\n", 1)[0].rstrip() if k in cut else text, ids, likes)
            for k, (text, ids, likes) in enumerate(bodies)]


def _comments(lines: list[str], records: list[_Record], end: int, memo: dict
              ) -> list[ParsedComment]:
    _indent_by_column(lines, records)
    _siblings_by_number(lines, records)
    nested = any(r.indent is not None for r in records) and len({r.indent for r in records}) > 1
    raw_bodies = []
    for k, rec in enumerate(records):
        stop = records[k + 1].line if k + 1 < len(records) else _list_end(lines, rec, end)
        body_lines, reply_ids, likes = _body(lines[rec.body_start:stop])
        if k + 1 < len(records):
            nxt = lines[records[k + 1].line]
            marker = _split_marker(nxt)[0]
            _without_next_avatar(body_lines, marker if marker is not None else _column(nxt))
        raw_bodies.append((body_lines, reply_ids, likes))
    _without_number_labels([body for body, _, _ in raw_bodies])
    _dates_below_texts(records, [body for body, _, _ in raw_bodies], memo)
    bodies = []
    for rec, (body_lines, reply_ids, likes) in zip(records, raw_bodies):
        text = tb.text_block(body_lines)
        if rec.kind == "comment" and _PINGBACK_TEXT.match(text):
            rec.kind = "pingback"  # decided before the nesting: a pingback is never a reply
        bodies.append((text, reply_ids, likes))
    bodies = _without_running_numbers(bodies)
    if records and (first := _reply_id_above(lines, records[0].line)) is not None:
        # The theme prints each comment's reply button above its name (Qode's Bridge): the
        # id a record's text ends with is the next record's.
        ids = [[first]] + [reply_ids[-1:] for _, reply_ids, _ in bodies[:-1]]
        bodies = [(text, own, likes) for (text, _, likes), own in zip(bodies, ids)]
    method, confidence = "list-indent", 0.95
    if not nested and (levels := _levels_by_numbers(lines, records, memo)) is not None:
        for rec, level in zip(records, levels):
            rec.indent = level
        nested, method, confidence = True, "list-number", 0.9
    stack: list[tuple[int, int]] = []  # (list column, position)
    out: list[ParsedComment] = []
    for k, rec in enumerate(records):
        text, reply_ids, likes = bodies[k]
        kind = rec.kind
        native = next((tb.comment_id_in(u) for u in rec.links if tb.comment_id_in(u)), None)
        native = native or next(iter(reply_ids), None)
        parent = depth = None
        if nested and rec.indent is not None:
            while stack and stack[-1][0] >= rec.indent:
                stack.pop()
            # Core prints no reply button under a pingback: a record below one is no reply to
            # it (a converter nested the list under a ping whose element was left open).
            ancestors = [entry for entry in stack if records[entry[1]].kind == "comment"]
            parent = ancestors[-1][1] if ancestors else None
            depth = len(ancestors)
            stack.append((rec.indent, k))
        posted = dates.parse_date(rec.date_raw, memo=memo) if rec.date_raw else None
        author = rec.name or None
        out.append(ParsedComment(
            position=k, text=text if kind == "comment" or text else "", author=author,
            author_source="explicit" if author else "unknown", native_id=native, posted=posted,
            kind=kind, parent_position=parent, parent_method=method if parent is not None else None,
            parent_confidence=confidence if parent is not None else None, depth=depth, likes=likes))
    return out


# The theme's label with the comment's running number under its date ("Commentaire n° 440",
# "Comment #12"; markdownify prints it as a list item of its own).
_NUMBER_LABEL = re.compile(r"^(?:[-*+]\s+)?(?:\\?-\s*)?(?:comment|commentaire|kommentar|comentario|commento|komentarz)"
                           r"\s*(?:n°|no\.?|nr\.?|#)?\s*\d{1,6}$", re.I)


def _without_number_labels(bodies: list[list[str]]) -> None:
    """The bodies without the number label that opens them (see _NUMBER_LABEL), when it is the
    theme's: every body (two at least) opens with one. (A reader's "Comment #1" stays text.)"""
    firsts = [next((j for j, line in enumerate(body) if line.strip()), None) for body in bodies]
    labelled = [k for k, (body, j) in enumerate(zip(bodies, firsts))
                if j is not None and j < 2 and _NUMBER_LABEL.match(body[j].strip())]
    if len(labelled) < 2 or len(labelled) < len(bodies):
        return
    for k in labelled:
        del bodies[k][:firsts[k] + 1]


def _dates_below_texts(records: list[_Record], bodies: list[list[str]], memo: dict) -> None:
    """"says:" records with no date line under their headers whose texts end with a line that
    is a whole date: the theme prints the date below the text (Flatsome: "NAME says:" / TEXT /
    DATE / Reply). Taken as a layout only: every such record's text ends so, or none is
    touched (a reader may end a comment with a date)."""
    undated = [k for k, rec in enumerate(records) if rec.date_raw is None and rec.kind == "comment"]
    found = {}
    for k in undated:
        body = bodies[k]
        j = len(body) - 1
        while j >= 0 and not body[j].strip():
            j -= 1
        if j < 1:
            return  # a text of one line (or none): no date below a text
        label = layouts.strip_reply(tb.plain(body[j].strip()).strip())
        if not (dates.maybe_date(label) and dates.parse_date(label, memo=memo) is not None):
            return
        found[k] = (j, label)
    for k, (j, label) in found.items():
        records[k].date_raw = label
        del bodies[k][j:]


def _without_next_avatar(body: list[str], next_column: int) -> None:
    """``body`` without its last line when that is the next record's list item holding only
    a text browser's placeholders for the avatar ("2. [f65393b] [gif]", w3m; "2. 4
    [019f71b995e7]" after the theme's comment number; pandoc plain's "- []"), once: the next
    header (its list marker's column, or its own, ``next_column``) stands inside that item. A
    reader's "- [sic]" at or right of the next header's column is text."""
    if body and body[-1].rstrip().endswith("]") and (m := _LIST.match(body[-1])) is not None \
            and len(m.group("indent").expandtabs(4)) < next_column \
            and layouts.is_placeholders(_COMMENT_NUMBER.sub("", m.group("rest").strip(), count=1)):
        body.pop()
        while body and not body[-1].strip():
            body.pop()


def _reply_id_above(lines: list[str], i: int) -> str | None:
    """The id of a reply button in the few non-blank lines right above line i (the first
    record's name), avatars and list markers aside."""
    seen = 0
    for k in range(i - 1, max(-1, i - 30), -1):
        s = lines[k].strip()
        if not s:
            continue
        if _is_reply_button(s, _button_text(s)) and (m := tb.REPLYTOCOM.search(s)) is not None:
            # (below a text's last line, it is the button of a comment whose header was not
            # read: "42cats DATE" / text / Reply, then the first record)
            return None if _prose_above(lines, k) else m.group("id")
        seen += 1
        if seen > 3:
            break
    return None


def _prose_above(lines: list[str], k: int) -> bool:
    """Is the first line above line k with text in it (avatars, markers and pandoc's fences
    aside) a sentence's, not a heading's?"""
    for j in range(k - 1, max(-1, k - 8), -1):
        s = lines[j].strip()
        if s.startswith("#") or layouts.is_section_heading(s) or textpage.count_header(s) is not None:
            return False  # the list's heading: nothing of a comment stands between
        if s.startswith((":::", "{")) or s.endswith("}") and "{" in s:
            continue  # pandoc's fences and attribute lines
        shown = tb.plain(tb.strip_images(s)).strip(" *_-+:")
        if len(shown) > 3:
            return len(shown) >= 8 and " " in shown
    return False


_NUMBER_MARK = re.compile(r"^[ \t]*(\d{1,4})[.)][ \t]")


def _siblings_by_number(lines: list[str], records: list[_Record]) -> None:
    """An item numbered right after the item above it is that item's sibling, however deeper a
    converter indented it (a replies list starts again at 1): a list item the page left open
    nests the rest of its list in the converter's output."""
    prev_number = prev = None
    for rec in records:
        m = _NUMBER_MARK.match(lines[rec.line]) if rec.indent is not None else None
        number = int(m.group(1)) if m else None
        if number is not None and prev is not None and prev_number is not None \
                and number == prev_number + 1 and rec.indent > prev.indent:
            rec.indent = prev.indent
        prev_number, prev = number, rec


def _levels_by_numbers(lines: list[str], records: list[_Record], memo: dict) -> list[int] | None:
    """Thread levels from the numbers of ordered lists that a converter printed at one column
    (the nesting lost, the numbering kept): every replies list starts again at 1, and after
    it an outer list goes on where it stopped. So an item numbered 1 (not the first) opens a
    level under the item before it, and an item numbered n goes on a level whose last item
    was n-1. When several levels could take it ("1, 1, 2": a second reply or a second
    thread), the dates decide: WordPress lists each level oldest first, so only a level whose
    last item is not younger than this one can take it. A pingback numbered 1 starts a list
    of its own (themes list pings apart; a pingback is never a reply). None when the records
    are not all numbered, nothing restarts, three items or more are all numbered 1, or the
    numbers and dates leave no reading or more than one (the thread then stays flat)."""
    if len(records) < 2:
        return None
    numbers = []
    for rec in records:
        m = _NUMBER_MARK.match(lines[rec.line])
        if m is None:
            return None
        numbers.append(int(m.group(1)))
    if numbers[0] != 1 or 1 not in numbers[1:] or max(numbers) == 1 and len(numbers) > 2:
        return None  # all "1." (three items or more): markdown's lazy numbering, no structure
    when = [_local_time(rec, memo) for rec in records]
    last = [(1, 0)]  # per open level: (its last number, the record that has it)
    levels = [0]
    for k in range(1, len(records)):
        n = numbers[k]
        if n == 1:
            if records[k].kind != "comment" or records[k - 1].kind != "comment":
                last = [(1, k)]  # a list of pings, or the comments' list after one
            else:
                last.append((1, k))
            levels.append(len(last) - 1)
            continue
        candidates = [d for d in range(len(last) - 1, -1, -1) if last[d][0] == n - 1]
        if len(candidates) > 1:
            if when[k] is None or any(when[last[d][1]] is None for d in candidates):
                return None
            candidates = [d for d in candidates if when[last[d][1]] <= when[k]]
        if len(candidates) != 1:
            return None  # no level fits, or the dates leave more than one reading
        level = candidates[0]
        if level and records[k].kind != "comment":
            return None  # a pingback never replies
        del last[level + 1:]
        last[level] = (n, k)
        levels.append(level)
    return levels


def _local_time(rec: _Record, memo: dict):
    posted = dates.parse_date(rec.date_raw, memo=memo) if rec.date_raw else None
    return posted.local if posted is not None else None


def _indent_by_column(lines: list[str], records: list[_Record]) -> None:
    """Themes that nest replies as blocks inside blocks, not list items (Twenty Twenty's
    ``div.comment``), keep the thread as indentation in an indenting converter's text
    (inscriptis): when no record has a list marker, the headers' columns stand for the list
    columns, provided the first header is the least indented (a reply never comes first)."""
    if len(records) < 2 or any(r.indent is not None for r in records):
        return
    columns = [_column(lines[r.line]) for r in records]
    if len(set(columns)) > 1 and columns[0] == min(columns):
        for r, column in zip(records, columns):
            r.indent = column


def _list_end(lines: list[str], rec: _Record, end: int) -> int:
    """Where the last record of an indented list ends: at the first line after a blank one
    that is back at (or left of) the record's list column, when its text is indented deeper
    (the page's footer after the list: wordpress.com's "Create your new blog …"). Markdown's
    lazy lines sit at column 0 right under the item, never after a blank line."""
    if rec.indent is None:
        return end
    first = next((k for k in range(rec.body_start, end) if lines[k].strip()), None)
    if first is None or _column(lines[first]) <= rec.indent:
        return end
    for k in range(first + 1, end):
        if lines[k].strip() and not lines[k - 1].strip() and _column(lines[k]) <= rec.indent:
            return k
    return end


def _column(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _body(lines: list[str]) -> tuple[list[str], list[str], int | None]:
    """A record's text lines without its Reply link and its likes line; ids named by that link
    (``?replytocom=ID`` / ``#comment-ID``: the comment's own id); the likes printed."""
    keep: list[str] = []
    ids: list[str] = []
    likes = None
    for line in lines:
        s = line.strip()
        plain = _button_text(s)
        if s and _is_reply_button(s, plain):
            m = tb.REPLYTOCOM.search(s) or tb.COMMENT_ID.search(s)
            if m:
                ids.append(m.group("id"))
            continue
        if plain.endswith(_LIKED_TAILS):
            m = _LIKED_BY.match(plain)
            if m:
                likes = int(m.group("n"))
                continue
        if plain[:1] in "lgj" and len(plain) <= 40 and _LIKE_BUTTONS.match(plain):
            continue  # the like button with its label repeated ("J'aimeJ'aime": none yet)
        keep.append(line)
    while keep and (not keep[0].strip() or len(keep[0].strip()) <= 3 and _BARE_MARKER.match(keep[0])
                    or _SAID_ALONE.match(keep[0].strip())):
        del keep[0]  # the empty last item of a meta list ("+ NAME" / "+ DATE" / "+ "), or the
        # header's verb that a converter wrapped below the date ("NAME am DATE" / "sagte:")
    while keep and (not keep[-1].strip() or tb.is_residue(keep[-1]) or _is_list_heading(keep[-1])
                    or len(keep[-1].strip()) <= 3 and _BARE_MARKER.match(keep[-1])
                    or layouts.is_back_to_top(keep[-1])
                    or _button_text(keep[-1].strip()) in _REPLY_WORDS_WITH_ARROW
                    or keep[-1].strip() in ("↓", "→")  # the reply link's arrow on its own line (pandoc)
                    or tb.norm(keep[-1]) == "by post author"  # Twenty Twenty's badge in the footer
                    or _next_item_top(keep)):
        keep.pop()
    return keep, ids, likes


def _button_text(s: str) -> str:
    """tb.norm(tb.plain(s)) without the arrow of Twenty Twelve's "Reply ↓" (in any language:
    "回复 ↓")."""
    plain = tb.norm(tb.plain(s))
    if plain[1:2] == " " and plain[:1] in _BULLETS + "o":
        plain = plain[2:]  # the button as an item of the comment's meta list ("+ Antworten")
    if plain[:1] == "[" and "]" not in plain:
        plain = plain[1:]  # "[Reply": a link whose "](url)" a converter cut off (unclosed)
    return plain[:-1].rstrip() if plain[-1:] in ("↓", "→") else plain


def _is_reply_button(s: str, plain: str) -> bool:
    """Is the stripped line ``s`` (``plain``: its _button_text) a comment's reply button: one of REPLY_WORDS, or only a short link to core's reply
    form of a comment (``?replytocom=ID``) whatever a theme labels it ("Reply to this comment")?"""
    if plain in REPLY_WORDS:
        # Like buttons print their label capitalised ("Like", "Gefällt mir"): a line "like"
        # in lower case is the commenter's own word.
        return not (plain in _LIKE_LABELS and tb.plain(s).lstrip("*-+• [")[:1].islower())
    if plain in _REPLY_WORDS_WITH_ARROW and s.rstrip(" )")[-1:] in ("↓", "→"):
        return True  # Twenty Twelve's "Reply ↓" in a locale whose bare word is also a word ("Antwort")
    return s[:1] == "[" and s[-1] == ")" and "replytocom=" in s and len(plain) <= 40 \
        and tb.REPLYTOCOM.search(s) is not None and s.count("](") == 1


# A header's trailing reply words not in REPLY_WORDS: a reply button with its arrow, or as the
# text's last line; a line "Antwort" inside a text is the commenter's word.
_REPLY_WORDS_WITH_ARROW = frozenset(layouts.TRAILING_REPLY_WORDS) - REPLY_WORDS
_LIKE_LABELS = frozenset(w for w in REPLY_WORDS if w.startswith(("like", "liken", "gefällt", "j'aime", "me gusta",
                                                                   "mi piace")))


_COMMENT_NUMBER = re.compile(r"^\d{1,5}\s+")


def _next_item_top(keep: list[str]) -> bool:
    """Is the last line the top of the next list item that the name line below opens: its
    marker alone ("2." in lynx), or the theme's comment number right under that marker?"""
    last = keep[-1]
    if _is_bare_marker(last):
        return True
    return last.strip().isdigit() and len(keep) > 1 and _is_bare_marker(keep[-2])


# wordpress.com's comment likes under the text, after its "Like" button: "Like Liked by 21
# people", de "Liken Gefällt 1 Person" (read on the casefolded plain line).
_LIKED_BY = re.compile(r"^(?:(?:like|liken|gefällt mir|j'aime)\s*)?(?:liked by|gefällt|aimé par)\s+(?P<n>\d+)\s+"
                       r"(?:people|person|personen|personnes?)$")
_LIKED_TAILS = ("people", "person", "personen", "personne", "personnes")
_LIKE_BUTTONS = re.compile(r"^(?:like|liken|j'aime|gefällt mir)(?:\s*(?:like|liken|j'aime|gefällt mir))+$")


def _is_list_heading(line: str) -> bool:
    s = line.strip()
    return len(s) < 40 and tb.norm(tb.plain(s.lstrip("#"))) in _LIST_HEADINGS


# Headings of a separate pingback list that themes print after the last comment (Genesis
# "Trackbacks", Enfold "Trackbacks & Pingbacks") and core's comment navigation
# (the_comments_navigation) after the list: not part of the last comment's text.
_PING_LIST_HEADINGS = frozenset(s.casefold() for s in [
    "Trackbacks/Pingbacks", "Pingbacks/Trackbacks", "Trackbacks", "Pingbacks", "Trackbacks & Pingbacks",
    "Trackbacks and Pingbacks", "Pingbacks & Trackbacks", "Pingbacks and Trackbacks"])
_LIST_HEADINGS = _PING_LIST_HEADINGS | frozenset(s.casefold() for s in [
    "Trackback", "Pingback", "Comment navigation",
    "Comments navigation", "Older Comments", "← Older Comments", "Newer Comments",
    "Newer Comments →", "Kommentar-Navigation", "Ältere Kommentare", "Neuere Kommentare"])


_ARCHIVED_COUNT = re.compile(r"^(?P<n>\d+)\s+archived\s+comments?$", re.I)


def _footer_region(lines: list[str], memo: dict) -> _Region:
    """The section of a Kubrick-style list with no count header parse knows ("53 archived
    comments" of static archives): it opens above the list item of the first footer."""
    first = next((k for k, line in enumerate(lines) if layouts.footer_at(line, memo) is not None), None)
    if first is None:
        return _Region(None, len(lines))
    window = range(first - 1, max(-1, first - 60), -1)
    heading = next((k for k in window if _ARCHIVED_COUNT.match(tb.plain(lines[k].strip().lstrip("#").strip()))), None)
    if heading is not None:
        n = int(_ARCHIVED_COUNT.match(tb.plain(lines[heading].strip().lstrip("#").strip())).group("n"))
        return _Region(heading, _end(lines, heading, False, memo), n, None, False)
    # No heading: the first footer's list item, else the paragraph above it.
    top = next((k for k in window if _LIST.match(lines[k])), None)
    if top is None:
        top = first - 1
        while top > 0 and not lines[top].strip():
            top -= 1
        para = top
        while para > 0 and lines[para - 1].strip() and top - para < 12:
            para -= 1
        # A dump without blank lines (one paragraph per line) gives no paragraph: one line.
        top = para if para > 0 and not lines[para - 1].strip() else top
    start = max(0, top - 1)
    return _Region(start, _end(lines, start, False, memo), None, None, False)


def _footer_comments(lines: list[str], start: int, end: int, memo: dict) -> list[ParsedComment]:
    """Kubrick-style lists print "Comment by NAME — DATE" *under* the text: each footer closes
    the comment whose text runs from the previous footer (or the section's start). The list
    is flat (old themes nest nothing)."""
    out: list[ParsedComment] = []
    first = start + 1
    for k in range(start + 1, end):
        found = layouts.footer_at(lines[k], memo) if "by" in lines[k] or "von" in lines[k] \
            or "par" in lines[k] or "por" in lines[k] else None
        if found is None:
            continue
        kind, name, date_raw = found
        chunk = lines[first:k]
        while chunk and not chunk[0].strip():
            chunk.pop(0)
        if chunk and _LIST.match(chunk[0]):
            chunk[0] = _LIST.match(chunk[0]).group("rest")
        body_lines, _, likes = _body(chunk)
        native = next((tb.comment_id_in(u) for u in tb.link_targets(lines[k]) if tb.comment_id_in(u)), None)
        out.append(ParsedComment(
            position=len(out), text=tb.text_block(body_lines), author=name, author_source="explicit",
            native_id=native, posted=dates.parse_date(date_raw, memo=memo), kind=kind, likes=likes))
        first = k + 1
    return out


def _listed_pings(lines: list[str], start: int, end: int, first: int, depth: int | None,
                  column: int = 0) -> list[ParsedComment]:
    """Pings a theme lists apart under a heading of their own ("Trackbacks/Pingbacks",
    Elegant Themes; Genesis's "Trackbacks"), each a list item "TITLE - […] excerpt […]" (the
    linking post's title, then its excerpt): pingbacks numbered on from ``first``, roots at
    ``depth`` (0 when the comments show their nesting); the heading at ``column`` or less."""
    out: list[ParsedComment] = []
    for i in range(start + 1, end):
        if not (len(lines[i]) < 60 and _column(lines[i]) <= column
                and tb.norm(tb.plain(lines[i].strip().lstrip("#").strip())) in _PING_LIST_HEADINGS):
            continue
        for line in lines[i + 1:end]:
            if not line.strip():
                continue
            m = _LIST.match(line)
            ping = _TITLE_EXCERPT.match(tb.plain(m.group("rest")).strip()) if m else None
            if ping is None:
                break
            out.append(ParsedComment(position=first + len(out), text=ping.group("excerpt"),
                                     author=ping.group("title"), author_source="explicit", kind="pingback",
                                     depth=depth))
        break
    return out


_TITLE_EXCERPT = re.compile(r"^(?P<title>\S.{0,300}?)\s+[-–—]\s+(?P<excerpt>\[(?:…|\.\.\.)\].*)$")


def _dated_item_comments(lines: list[str], start: int, end: int, memo: dict,
                         enough: int | None = None, spans: list | None = None) -> list[ParsedComment]:
    """Themes that print the date under the text (wordpress.com's Automattic themes, Anders
    Norén's) give no header: each comment is a list item opened by the name ("1. NAME", a reply
    as a deeper item), then its text, then the date alone on a line, then its buttons (Reply,
    Like: :func:`_body` drops them). Read as a layout: two or more items whose first line is a
    name, each ending with a date under a text, or none is read. A reply's parent is the
    nearest earlier item less indented (method "list-indent"). Half the items or more must
    show a comment's footer (a Reply or Like button, a comment link): a changelog or a list of
    results with dates is no comment list. An item that opens no comment may not sit in
    another's text at its level or above (its lines would be taken for the other's).
    ``enough``: stop after so many (detect() asks whether a section's first items are such
    comments). ``spans``: filled with each comment's (first line, end) in ``lines``."""
    items: list[tuple[int, int, str, int]] = []  # (line, marker column, name, name's line)
    for i in range(start + 1, end):
        m = _LIST.match(lines[i]) or _BARE_MARKER.match(lines[i])
        if m is None:
            continue
        named = i
        if not m.group("rest"):  # the marker alone, the name below it (pandoc's fenced items)
            named = next((j for j in range(i + 1, min(end, i + 4)) if lines[j].strip()), i)
        name = _IMAGE_LEFT.sub("", tb.plain(_LIST_START.sub("", lines[named], count=1)).strip())
        # a handle may hold digits ("tom1987"); a number as a word is no name ("Version 2")
        if named > i and _LIST_START.match(lines[named]) or not tb.looks_like_name(name) \
                or any(w.isdigit() for w in name.split()) \
                or dates.maybe_date(name) and dates.parse_date(name, memo=memo) is not None:
            continue
        items.append((i, len(m.group("indent")), name, named))
    if len(items) < 2:
        return []
    out: list[ParsedComment] = []
    stack: list[tuple[int, int]] = []  # (column, position) of the open ancestors
    footers = 0
    for k, (i, col, name, named) in enumerate(items):
        stop = items[k + 1][0] if k + 1 < len(items) else end
        block = lines[named + 1:stop]
        if any((m := _LIST.match(line)) is not None and len(m.group("indent")) <= col for line in block):
            return []
        body_lines, ids, likes = _body(block)
        footer = bool(ids) or likes is not None or any(_is_footer_button(line) for line in block)
        j = len(body_lines) - 1
        while j >= 0 and not body_lines[j].strip():
            j -= 1
        shown = tb.plain(body_lines[j].strip()).strip() if j >= 1 else ""
        label = layouts.strip_reply(shown)
        posted = dates.parse_date(label, memo=memo) if label and dates.maybe_date(label) else None
        if posted is None:
            return []  # not this layout: an item without a text and a date under it
        footers += footer or label != shown  # "DATE Reply" on one line
        while stack and stack[-1][0] >= col:
            stack.pop()
        parent = stack[-1][1] if stack else None
        out.append(ParsedComment(
            position=len(out), text=tb.text_block(body_lines[:j]), author=name, author_source="explicit",
            native_id=ids[0] if ids else None, posted=posted, likes=likes, depth=len(stack),
            parent_position=parent, parent_method="list-indent" if parent is not None else None,
            parent_confidence=0.9 if parent is not None else None))
        stack.append((col, len(out) - 1))
        if spans is not None:
            spans.append((i, stop))
        if len(out) == enough:
            break
    return out if footers * 2 >= len(out) else []


def _dated_items_below(lines: list[str], i: int) -> bool:
    """Do two comments of :func:`_dated_item_comments` follow the heading at line ``i`` (the
    section bounded at its end marker)?"""
    window = lines[i:i + 60]
    return len(_dated_item_comments(window, 0, _end(window, 0, False, None), {}, enough=2)) == 2


# An image's alt text a renderer leaves before the name: w3m's "[a]", pandoc plain's "[]"
_IMAGE_LEFT = re.compile(r"^\[[^\]\s]{0,12}\](?=\S)")


def _is_footer_button(line: str) -> bool:
    """A comment's Reply or Like button on a line of its own."""
    s = line.strip()
    if not s:
        return False
    plain = _button_text(s)
    return _is_reply_button(s, plain) or (len(plain) <= 40 and _LIKE_BUTTONS.match(plain) is not None)


def _list_item_comments(lines: list[str], start: int, end: int) -> list[ParsedComment]:
    """Themes that print neither author nor date (012): top-level list items that end with a
    ``[Reply](…#comment-ID)`` link are the comments."""
    items: list[tuple[int, int]] = []  # (first line, column)
    for i in range(start + 1, end):
        m = _LIST.match(lines[i])
        if m and m.group("marker")[0].isdigit():
            col = len(m.group("indent"))
            if not items or col <= items[0][1]:
                items.append((i, col))
    out: list[ParsedComment] = []
    for k, (i, col) in enumerate(items):
        stop = items[k + 1][0] if k + 1 < len(items) else end
        chunk = [_LIST.match(lines[i]).group("rest")] + lines[i + 1:stop]
        body_lines, ids, likes = _body(chunk)
        if not ids:
            return []  # not a comment list after all
        out.append(ParsedComment(position=len(out), text=tb.text_block(body_lines),
                                 native_id=ids[0], likes=likes))
    return out


def _foreign_block(block_title: str | None, head: pagehead.Head, comments: list[ParsedComment],
                   region: list[str], above: list[str]) -> str | None:
    if not comments:
        return None
    if block_title and head.title and not head.title_weak and _title_key(block_title) != _title_key(head.title) \
            and _title_key(block_title) not in _title_key(head.title) \
            and not _printed_above(block_title, above):
        return f"header names “{block_title}”, page title is “{head.title}”"
    permalink_paths = set()
    reply_paths = set()
    for line in region:
        for url in tb.link_targets(line):
            if not url.startswith("http") or "#comment-" not in url and "replytocom=" not in url:
                continue
            path = _url_path(url)
            if path is None:
                continue
            if tb.norm(tb.plain(line)).startswith(tuple(REPLY_WORDS)):
                reply_paths.add(path)
            elif tb.COMMENT_ID.search(url):
                permalink_paths.add(path)
    page_paths = set(reply_paths)
    if head.url and (path := _url_path(head.url)) is not None:
        page_paths.add(path)
    if len(permalink_paths) == 1 and page_paths and not (permalink_paths & page_paths) \
            and not (permalink_paths & _linked_paths(above)):
        return (f"comment permalinks point to {next(iter(permalink_paths))}, "
                f"the page is {sorted(page_paths)[0]}")
    return None


def _linked_paths(lines: list[str]) -> set[str]:
    """The paths the article part links to: a post reached by its slug links to its id path
    too ("#comments" count link, shortlink), and its comments' permalinks use that one."""
    out = set()
    for line in lines:
        if "](" in line:
            for url in tb.link_targets(line):
                if url.startswith("http") and (path := _url_path(url)) is not None:
                    out.add(path)
    return out


def _printed_above(title: str, above: list[str]) -> bool:
    """Does the page print the block's title as a heading or line above the section (or at the
    start of one)? Whole wordpress.com pages in markdown print the blog's name as an H1 above
    the post's own H1, and archivers their own heading: the first H1 (the head's title) is not
    always the post."""
    key = _title_key(title)
    # A line that starts with the title, then more words, is the page's <title> as text
    # ("T – Site Skip to content") when the title is long enough to be no common phrase.
    lead = key + " " if key.count(" ") >= 2 else None
    for line in above:
        if line.strip():
            k = _title_key(tb.plain(line.strip().lstrip("#")))
            if k == key or lead is not None and k.startswith(lead):
                return True
    return False


def _url_path(url: str) -> str | None:
    """The path of ``url`` without WordPress's comment-page segment (paged comments link to
    "POST/comment-page-2/#comment-ID": the same post); None for a URL urlsplit refuses
    ("http://[x", a broken IPv6 host that a mutated or damaged page can hold), which then
    says nothing about the block."""
    try:
        path = urlsplit(url).path.rstrip("/")
    except ValueError:
        return None
    return _COMMENT_PAGE.sub("", path) if "comment-page-" in path else path


_COMMENT_PAGE = re.compile(r"/comment-page-\d+$")


def _line_of(title: str, lines: list[str]) -> int | None:
    """The last line that is ``title`` alone (markup aside)."""
    key = _title_key(title)
    for k in range(len(lines) - 1, -1, -1):
        if lines[k] and _title_key(tb.plain(lines[k].strip().lstrip("#"))) == key:
            return k
    return None


def _title_key(title: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", title.casefold()).split())


__all__ = ["NAME", "VERSION", "SUFFIXES", "detect", "parse"]
