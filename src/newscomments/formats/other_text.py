"""Text and markdown pages whose comments are not WordPress's: Disqus, Blogger, Drupal,
Medium, Reddit and Movable Type, plus any text page with no comment section at all (an article
with zero comments). This is the fallback format: its ``detect`` always gives a small score, so
a text page is never rejected only because no comment system was recognised.

Each system is a row of :data:`SYSTEMS` (how to recognise it, where its comment list starts
and ends) and a small record grammar:

- **disqus** (Joplin/markdown clips): one header line per comment,
  ``[NAME](disqus.com/by/…)[Mod][*>* PARENT](…#comment-PID)•[AGE](…#comment-ID)``; a guest
  name is unlinked. The ``*>*`` link names the parent's id ("reply-link-id").
- **blogger**: ``NAME said...`` in the blog's language ("hat gesagt…", "a dit…", "dijo...":
  :data:`newscomments.formats.blogger_html.SAID_WORDS`; markdown, text, Jekyll ``###### At
  [DATE](#c), NAME said...``), from the "N comments:" heading to the translated "Post a
  Comment" / "Newer Post" links; the date follows the text — a permalink whose ``showComment=`` holds the exact
  epoch milliseconds, or a date line. Blogger's classic threads are flat.
  Its **threaded** layout (the default since 2012, see blogger_html) has no "said": each record
  is headed "NAME DATE" — glued ("Jonas BergNovember 3, 2019 at 9:44 PM", inscriptis), spaced
  (html-text) or markdown ``[NAME](profile)[DATE](…showComment=…)`` — where DATE is the
  leftmost tail of the line that parses as a whole date in any language dates knows ("3.
  November 2019 um 21:44"); a header opens the list, follows an action line, or carries (or
  sits under an avatar line carrying) a list marker. The text runs to Blogger's action lines
  ("Reply", "Delete", "ReplyDelete", "Replies", "Add comment", "Load more..."; in English,
  German and French, whose labels were taken from real blogs: a page in another language keeps
  its translated labels in its text). The parent is the nearest record whose list marker is indented less (inscriptis and
  markdown lists, method ``list-indent``); with no list markers (html-text) all are roots.
  Blogger prints "Load more..." on every threaded page (hidden by a class when nothing is left,
  which text cannot show), so it means ``load-more`` only when the "N comments:" heading counts
  more comments than the page holds. Detection: the said-words' byte test also takes
  "Load more..." (no extra byte search), and the decoded signal is an action line
  ("ReplyDelete", "Reply Delete", "Reply[Delete](…)", "AntwortenLöschen") or a "Replies" /
  "Add comment" / "Load more..." line (or the German one) before "Post a Comment".
- **drupal**: the meta lines of Drupal's themes ("Submitted by NAME on DATE", "DATE — NAME",
  "NAME on DATE Permalink", "NAME (not verified)" / DATE), with one of Drupal's own marks; see
  :mod:`drupal_text_records`.
- **medium** and **reddit**: no header line; each comment is anchored on its date line
  ("1월 31일", "2h ago"): the name is the line above it (badges "작성자"/"OP"/"MOD" and "•"
  skipped), the text runs to the footer (claps / "Upvote N Downvote Reply …"). Neither shows
  nesting in text, so every comment stays a root; the Reddit score after "Upvote" is the net
  vote count.

- **movabletype** (Movable Type and TypePad): each comment's text, then its footer line
  "Posted by: NAME | DATE" / "Posted by: NAME on DATE" (the colon tells it from the post's
  footer; the label in the blog's language: "Rédigé par :", "Verfasst von:", …), from the
  comment heading above the first footer ("3 Comments", "Comments") to the last footer; no
  heading, no list (a blog's front page signs its posts so). The articles schema has no name
  for the system: ``comment_system`` is "other" and a note names it.

Systems recognised but not parsed would give the article with a note
"comment system not supported: X"; every system above is parsed, so that note is only used
for a system listed in :data:`UNSUPPORTED` (their layouts are known, their grammars are not
written yet).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import dates
from ..decode import decode_page, normalize_newlines
from ..model import ParsedComment, ParsedPage, PostedTime
from ..options import ParseOptions
from . import pagehead, textpage
from .blogger_html import SAID_WORDS
from . import drupal_text_records as drupal_records
from . import wordpress_text_layouts as layouts
from . import textblocks as tb
from .comment_fields import name_around_date

NAME = "other_text"
VERSION = "other_text/15"
SUFFIXES = (".txt", ".md", ".markdown", ".rst")


@dataclass(frozen=True)
class System:
    name: str
    signal: re.Pattern  # found in the page -> this system
    start: re.Pattern | None  # first line of the comment list (None: first record)
    end: tuple[str, ...]  # normalised line prefixes that close the list
    # Literal text every match of ``signal`` contains (any one of them): a page without it
    # cannot match, and ``in`` is far cheaper than a multiline regex scan.
    hints: tuple[str, ...] = ()

    def found_in(self, text: str) -> bool:
        return any(h in text for h in self.hints) and self.signal.search(text) is not None


# Blogger's "NAME said..." (see blogger_html.SAID_WORDS) and the links that close its comment
# list ("Post a Comment", "Newer Post", "Older Post", "Subscribe to:") in its languages.
_SAID = r"(?:" + "|".join(map(re.escape, SAID_WORDS)) + r")(?:\\?\.\.\.|…)"  # pandoc: "said\..."
_BLOGGER_ENDS = tuple(s.casefold() for s in (
    "Post a Comment", "Newer Post", "Older Post", "Subscribe to:",
    "Kommentar veröffentlichen", "Neuerer Post", "Älterer Post", "Abonnieren",
    "Publier un commentaire", "Article plus récent", "Article plus ancien", "S'abonner à",
    "Publicar un comentario", "Entrada más reciente", "Entrada antigua", "Suscribirse a",
    "Posta un commento", "Post più recente", "Post più vecchio", "Iscriviti a",
    "Postar um comentário", "Postagem mais recente", "Postagem mais antiga", "Assinar:",
    "Een reactie posten", "Nieuwere post", "Oudere post", "Abonneren op:"))

class _SaidLine:
    r"""``re.compile(r"(?m)^.{1,120}? " + _SAID + r"\"?\s*$", re.I).search`` without a regex
    scan of every line (which costs milliseconds on a long page): each "..." or "…" is checked
    for a says-word right before it with a name of 1-120 characters from the line start, and
    only a quote and spaces after it."""

    _WORDS = tuple(" " + w for w in SAID_WORDS)
    _REST = re.compile(r"\"?[^\S\n]*(?:\n|\Z)")

    def search(self, text: str) -> bool | None:
        for dots in ("...", "…"):
            at = text.find(dots)
            while at >= 0:
                end = at + len(dots)
                if self._header_before(text, at) and self._REST.match(text, end):
                    return True
                at = text.find(dots, end)
        return None

    def _header_before(self, text: str, at: int) -> bool:
        before = text[max(0, at - 1000):at]
        line = before[before.rfind("\n") + 1:].lower()
        if line.endswith("\\"):
            line = line[:-1]  # pandoc's markdown escapes the dots: "NAME said\..."
        word = next((w for w in self._WORDS if line.endswith(w)), None)
        if word is None:
            return False
        name = line[:-len(word)]
        if len(name) > 120:
            # markup round the name (pandoc: "[]{#c1} [![Blogger](icon){style=…}]{.comment-icon}
            # [NAME](profile){rel=…}"): its shown text counts
            name = tb.plain(name).strip()
        return 1 <= len(name) <= 120


# Blogger's threaded layout (the default since 2012) has no "said": its records are headed
# "NAME DATE" (glued when the converter drops the markup between ``cite.user`` and the date
# link) and closed by the comment's action links. Blogger's English and German labels are
# known here, and its German and French ones as real blogs print them ("AntwortenLöschen",
# "Antworten", "Kommentar hinzufügen", "Weitere laden..."; "RépondreSupprimer", "Réponses",
# "Ajouter un commentaire", "Charger la suite..."); a blog shown in another language keeps
# its translated labels in the text.
_DELETE_LINES = ("ReplyDelete", "Reply Delete", "AntwortenLöschen", "Antworten Löschen",
                 "RépondreSupprimer", "Répondre Supprimer",
                 # fr_CA, es, pt_BR, it: Blogger's "Delete" is "Effacer", "Eliminar", "Excluir", "Elimina"
                 "RépondreEffacer", "Répondre Effacer", "ResponderEliminar", "Responder Eliminar",
                 "ResponderExcluir", "Responder Excluir", "RispondiElimina", "Rispondi Elimina")
_CHROME_LINES = ("Replies", "Add comment", "Load more...", "Load more…",
                 "Antworten", "Kommentar hinzufügen", "Weitere laden...", "Weitere laden…",
                 "Réponses", "Ajouter un commentaire", "Charger la suite...", "Charger la suite…")
_THREADED_FOOTERS = frozenset(tb.norm(s) for s in ("Reply", "Delete", "Löschen", "Répondre", "Supprimer",
                                                   "Responder", "Rispondi", "Effacer", "Eliminar", "Excluir",
                                                   "Elimina")
                              + _DELETE_LINES + _CHROME_LINES)
_THREADED_DELETE = frozenset(tb.norm(s) for s in _DELETE_LINES)
_THREADED_CHROME = frozenset(tb.norm(s) for s in _CHROME_LINES)
_LOAD_MORE = textpage.LOAD_MORE_LINES
_LIST_MARK = re.compile(r"^[ \t]*(?:\d+\.|[-*+])[ \t]+")
_BARE_MARK = re.compile(r"^[ \t]*(?:\d+\.|[-*+])$")  # a marker alone (its item's first block a div)
_LAST_LINK = re.compile(r"\[(?P<label>[^\]]+)\]\((?P<url>[^)\s]*)(?:\s+\"[^\"]*\")?\)$")
_DATE_SHAPE = re.compile(r"\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}")


def _footer_line(line: str) -> str:
    """A line as the threaded footers are compared: list marker, markup and spaces gone."""
    return tb.norm(tb.plain(_LIST_MARK.sub("", line)).strip())


def _threaded_signal(text: str) -> bool:
    """A "ReplyDelete" action line (glued by inscriptis, "Reply Delete" in html-text,
    "Reply[Delete](…)" in markdown), or Blogger's "Replies" / "Add comment" / "Load more..."
    line with the "Post a Comment" link after it."""
    post = max(text.find("Post a Comment"), text.find("Kommentar veröffentlichen"))
    for word, wanted in (("Delete", _THREADED_DELETE), ("Löschen", _THREADED_DELETE), ("Supprimer", _THREADED_DELETE),
                         ("Effacer", _THREADED_DELETE), ("Elimina", _THREADED_DELETE), ("Excluir", _THREADED_DELETE),
                         ("Replies", _THREADED_CHROME), ("Add comment", _THREADED_CHROME),
                         ("Load more", _THREADED_CHROME), ("Kommentar hinzufügen", _THREADED_CHROME),
                         ("Weitere laden", _THREADED_CHROME)):
        at = text.find(word)
        while at >= 0:
            if wanted is _THREADED_CHROME and (post < 0 or at > post):
                break
            lo = text.rfind("\n", 0, at) + 1
            hi = text.find("\n", at)
            if _footer_line(text[lo:hi if hi >= 0 else len(text)]) in wanted:
                return True
            at = text.find(word, at + len(word))
    return False


class _BloggerSignal:
    """Blogger in text: the classic "NAME said..." or the threaded layout's action lines."""

    _said = _SaidLine()

    def search(self, text: str) -> bool | None:
        return True if self._said.search(text) or _threaded_signal(text) else None


class _DrupalSignal:
    """Drupal in text: meta lines of its comments and one of its own marks (see
    drupal_text_records)."""

    def search(self, text: str) -> bool | None:
        lines = text.split("\n")
        metas = drupal_records.records(lines, 0, len(lines), {})
        return True if metas and drupal_records.has_mark(text, metas) else None


# Literal text one of Drupal's marks holds (the byte test of detect()).
_DRUPAL_HINTS = ("Submitted by ", "not verified", "Permalink", "Permanenter Link", "Add new comment", "Soumis par",
                 "Eingereicht von", "Napsal uživatel",
                 "nicht überprüft", "non vérifié", "永久连接", "未验证")

# Movable Type and TypePad sign each comment under its text: "Posted by: NAME | DATE" (TypePad,
# MT 3's default templates) or "Posted by: NAME on DATE" / "at DATE", in the blog's language.
# The colon tells it from the post's own footer ("Posted by NAME at TIME", no colon).
_MT_LABELS = ("Posted by", "Verfasst von", "Geschrieben von", "Rédigé par", "Écrit par", "Publicado por",
              "Escrito por", "Scritto da", "Inviato da", "Geplaatst door", "Opublikował", "Опубликовал", "投稿")
_MT_FOOTER = re.compile(r"^[\s>*_]*(?:" + "|".join(map(re.escape, _MT_LABELS)) + r")\s*:\s*(?P<rest>\S.*)$", re.I)


def _mt_footer(line: str):
    """(name, date, native id) of a Movable Type footer line, or None."""
    m = _MT_FOOTER.match(line)
    if m is None:
        return None
    rest = tb.plain(m.group("rest")).strip()
    if len(rest) > 160:
        return None
    found = dates.find_date(rest)
    if found is None:
        return None
    return name_around_date(rest, found.raw), found, tb.comment_id_in(m.group("rest"))


class _MovableTypeSignal:
    """Two footer lines at least (one could be a post's)."""

    def search(self, text: str) -> bool | None:
        seen = 0
        for label in _MT_LABELS:
            at = text.find(label)
            while at >= 0 and seen < 2:
                lo = text.rfind("\n", 0, at) + 1
                hi = text.find("\n", at)
                seen += _mt_footer(text[lo:hi if hi >= 0 else len(text)]) is not None
                at = text.find(label, at + len(label))
        return True if seen >= 2 else None


SYSTEMS = (
    System("disqus", re.compile(r"disqus\.com/(?:by|home)/|Powered by Disqus"),
           re.compile(r"^-?\s*\[\d+ comments?\]\(\)", re.I), ("powered by disqus",),
           hints=("disqus.com/", "Powered by Disqus")),
    System("blogger", _BloggerSignal(),
           # Its count heading, "N comments:" in the blog's language (a heading in markdown).
           re.compile(r"^#*\s*(?:\d+\s+\w+:|comments)\s*$", re.I),
           _BLOGGER_ENDS, hints=("...", "…", "Delete", "Replies", "Add comment", "Löschen", "Supprimer")),
    System("drupal", _DrupalSignal(), None, drupal_records.ENDS, hints=_DRUPAL_HINTS),
    System("reddit", re.compile(r"(?m)^Upvote\n-?\d+\n\nDownvote"),
           re.compile(r"^(?:Comments Section|Sort by:)$"), (), hints=("Upvote\n",)),
    System("medium", re.compile(r"(?m)^\*\*(?:댓글|Responses)\s*\(\d+(?:개)?\)\*\*$"),
           re.compile(r"^\*\*(?:댓글|Responses)\s*\(\d+(?:개)?\)\*\*$"),
           ("모든 댓글 보기", "see all responses", "see all comments"), hints=("**댓글", "**Responses")),
    System("movabletype", _MovableTypeSignal(), None, (), hints=_MT_LABELS),
)
# Systems the articles schema has no name for: "other", and a note names them.
_UNNAMED_SYSTEMS = frozenset(["movabletype"])
# Byte hints of detect(): each system's hints, but Blogger's "..." is in most long pages, so
# its said-words before the dots are looked for instead (_said_in_bytes).
# Movable Type's labels are left out: no other text format claims its pages, so the fallback
# score is enough, and parse() finds its footers; thirteen more byte searches would cost every
# text page.
_HINTS = tuple(tb.Literal(h) for s in SYSTEMS if s.name not in ("blogger", "movabletype") for h in s.hints)
_SAID_BYTES = tuple((" " + w).encode() for w in SAID_WORDS) + tuple((" " + w.capitalize()).encode()
                                                                    for w in SAID_WORDS)
# The threaded layout's "Load more..." link, which Blogger prints on every threaded page
# (hidden by a class when nothing is left: converters keep it): its dots are found anyway.
_SAID_BYTES += (b"Load more",)


def _said_in_bytes(data: bytes) -> bool:
    """Is a says-word (or the threaded layout's "Load more") right before some "..." or "…"
    in the head? (A cheap necessary test of Blogger's signal, the decoded text decides; a
    threaded page without its "Load more..." line is still found when another system's hint
    makes detect() decode the head.)"""
    for dots in (b"...", b"\xe2\x80\xa6"):  # find() loops: a regex alternation tries every byte
        at = data.find(dots, 0, tb.HEAD_BYTES)
        while at >= 0:
            before = data[max(0, at - 17):at]
            if before[-1:] == b"\\":
                before = before[:-1]  # pandoc's markdown escapes the first dot: "said\..."
            if before.endswith(_SAID_BYTES):
                return True
            at = data.find(dots, at + 3, tb.HEAD_BYTES)
    return False
UNSUPPORTED: dict[str, re.Pattern] = {
    "facebook": re.compile(r"fb-comments|Facebook Comments Plugin"),
    "commento": re.compile(r"Powered by Commento"),
    # dev.to and other Forem sites: "Top comments (N)" above the thread, "Code of Conduct •
    # Report abuse" under it
    "forem": re.compile(r"(?m)^#*\s*Top comments \(\d+\)\s*$|Code of Conduct\s*•\s*Report abuse"),
    # Substack: the thread's heading under every post that has one
    "substack": re.compile(r"(?m)^#*\s*Discussion about this post\s*$"),
}

# Converters pad the parts with spaces (Joplin's web clipper: "[NAME](…)    •  [AGE](…)").
_DISQUS_HEADER = re.compile(
    r"^(?:\[(?P<name>[^\]]+)\]\((?P<profile>[^)]*)\)|(?P<guest>[^\[\]•]{1,80}?))\s*(?P<badge>Mod)?\s*"
    r"(?:\[\*>\*\s*(?P<parent>[^\]]+)\]\((?P<purl>[^)]*)\))?\s*•\s*\[(?P<age>[^\]]+)\]\((?P<url>[^)]*)\)\s*$")
# (A migration to a static site may print each header as a heading: "#### NAME said...")
# Old templates: "At DATE, NAME said…" (the date linked to the comment, or plain in a text dump).
_BLOGGER_HEADER = re.compile(
    r"^(?:#+\s*At \[(?P<date>[^\]]+)\]\([^)]*\)(?:\{[^}]*\})?,\s*|At (?P<plain_date>[^\[\]]{6,40}?(?:\d{4}|\d:\d\d(?:\s*[AaPp]\.?[Mm]\.?)?))\s*,\s+|"
    r"#{1,6}\s+)?(?P<name>.+?) " + _SAID + r"\"?\s*$")
_SHOW_COMMENT = re.compile(r"showComment=(?P<ms>\d{10,13})(?:#c(?P<id>\d+))?")
_DRUPAL_HEADER = re.compile(r"^Submitted by (?P<name>.+?) on (?P<date>.+?)\s+Comment #(?P<n>\d+)\s*$")
# Date-anchored systems: badges before a name, footer lines after a text.
BADGES = frozenset(s.casefold() for s in ["OP", "MOD", "Mod", "작성자", "Author", "•", "·"])
FOOTERS = {
    "reddit": frozenset(s.casefold() for s in ["Upvote", "Downvote", "Reply", "Award", "Share"]),
    "medium": frozenset(s.casefold() for s in ["답글", "Reply", "응답", "취소"]),
}
_REPLIES_COUNT = re.compile(r"^\d+\s*(?:개 답글|repl(?:y|ies))$", re.I)
_CLAPS = re.compile(r"^\d+(?:[.,]\d+)?\s*(?:천|만|[kK])?$")


def detect(data: bytes, suffix: str) -> float:
    # A system's signal needs one of its hints: byte searches (see textblocks.head_has) rule
    # most pages out without decoding them.
    found = [tb.head_has(data, hint) for hint in _HINTS] + [_said_in_bytes(data)]
    if not any(found) and (None not in found or tb.head_decodes_cleanly(data)):
        return 0.05
    head = tb.detect_head(data)
    if ":::" in head:
        head = tb.unfence_pandoc(head)  # as parse() reads the page (pandoc's dashes: "DATE --- NAME")
    if "](" in head:
        head = "\n".join(layouts.join_wrapped_links(head.split("\n")))  # as parse() reads it
    if any(s.found_in(head) for s in SYSTEMS):
        return 0.6
    return 0.05  # any text page: an article with zero comments


def parse(data: bytes, page_id: str, options: ParseOptions | None = None) -> ParsedPage:
    options = options or ParseOptions()
    textpage.reject_if_too_large(data, options)
    text = tb.inline_reference_links(normalize_newlines(decode_page(data)))
    text = tb.unfence_pandoc(text) if b":::" in data else text  # bytes: a memchr-speed test
    lines = [line.rstrip() for line in text.split("\n")]
    signals = text  # where the systems' signals are looked for
    if "](" in text:
        joined = layouts.join_wrapped_links(lines)  # html2text's 78 columns wrap inside links
        if len(joined) != len(lines):
            lines, signals = joined, "\n".join(joined)
    if "\n:   " in text:
        # pandoc's definition lists (Blogger's classic dl#comments-block: dt NAME said..., dd
        # text, dd date): a definition is its text, indented
        lines = [" " + line[1:] if line[:4] == ":   " else line for line in lines]
    system = next((s for s in SYSTEMS if s.found_in(signals)), None)
    notes: list[str] = []
    reasons: list[str] = []
    comments: list[ParsedComment] = []
    declared = None
    region = None
    name = "none"
    if system is None:
        unsupported = next((k for k, p in UNSUPPORTED.items() if p.search(text)), None)
        if unsupported:
            name = "other"  # the schema's enum has no value for it
            notes.append(f"comment system not supported: {unsupported}")
        elif (zero := _blogger_without_comments(lines)) is not None:
            name, declared = "blogger", 0
            region = (zero, zero + 1)
    else:
        name = system.name
        if name == "drupal":  # its region comes from its meta lines: one scan gives both
            memo: dict = {}
            start, end, metas = _drupal_region(lines, memo)
            comments = drupal_records.comments(lines, [m for m in metas if start <= m[0] < end], end, memo)
        elif name == "movabletype":
            start, end, comments = _movabletype(lines)
        else:
            start, end = _region(lines, system)
            comments = _GRAMMARS[name](lines, start, end, reasons)
        if name in _UNNAMED_SYSTEMS:
            notes.append(f"comments read as {name}'s footer lines")
            name = "other"
        if start < len(lines):  # (no list where a grammar found no start: Movable Type's heading)
            region = (start, end)
            declared = _declared(lines, start, end)
            if any(textpage.see_all(x) for x in lines[start:min(len(lines), end + 2)]):
                reasons.append("see-all")
        else:
            name, notes = "none", []
    head = pagehead.read_head(lines, limit=region[0] if region else None)
    return textpage.finish(page_id=page_id, name=NAME, version=VERSION, system=name, lines=lines,
                           text=text, head=head, region=region, comments=comments,
                           declared=declared, reasons=reasons, notes=notes, options=options,
                           resolve_markers=False)


# Blogger's count heading when a post has no comment (its English and Italian, from real pages).
_BLOGGER_NO_COMMENTS = frozenset(["no comments:", "nessun commento:"])


def _blogger_without_comments(lines: list[str]) -> int | None:
    """The line of Blogger's "No comments:" heading, when one of the links that close its
    comment section follows it ("Post a Comment", "Newer Post", in the blog's language)."""
    for i, line in enumerate(lines):
        if "omment" in line and ":" in line:  # (both headings hold them: one C search each)
            if tb.plain(line).strip(" #*_").casefold() in _BLOGGER_NO_COMMENTS:
                following = (tb.plain(x).strip(" #*_[]").casefold() for x in lines[i + 1:i + 30])
                if any(f.startswith(_BLOGGER_ENDS) for f in following):
                    return i
    return None


def _region(lines: list[str], system: System) -> tuple[int, int]:
    start = 0
    if system.start is not None:
        start = next((i for i, x in enumerate(lines) if system.start.match(x.strip())), None)
        if start is None and system.name == "blogger":
            start = _first_said(lines)  # no "N comments:" heading (a migrated copy's own heading)
        start = start or 0
    end = len(lines)
    for j in range(start + 1, len(lines)):
        n = tb.norm(tb.plain(lines[j].strip().lstrip("-").strip()))
        raw = lines[j].strip()
        if n[:1] == "[":  # a link that html2text wrapped onto the next line: its URL, or its label
            if (m := _WRAPPED_LINK.match(raw)) is not None:
                n = tb.norm(m.group("label"))
            elif "](" not in raw and j + 1 < len(lines):
                n = tb.norm(tb.plain(raw + " " + lines[j + 1].strip()))
        if system.end and n and (n.startswith(system.end) or raw.startswith(system.end)):
            end = j
            break
    return start, end


def _is_name_line(lines: list[str], j: int) -> bool:
    """A bold line followed (after a badge) by a date: a Medium commenter, not a heading."""
    k = j + 1
    seen = 0
    while k < len(lines) and seen < 3:
        s = lines[k].strip()
        if s:
            seen += 1
            if tb.norm(s) in BADGES:
                k += 1
                continue
            return _date(s) is not None
        k += 1
    return False


# The label under a count printed on a line of its own ("21\nGo to comments" in a Reddit post's
# action bar, "36\nComments").
_COUNT_LABELS = tb.COUNT_WORDS | {"go to comments"}


def _declared(lines: list[str], start: int, end: int) -> int | None:
    for i in range(max(0, start - 5), min(end, start + 5)):
        found = textpage.count_header(lines[i])
        if found is not None:
            return found[0]
    # The post's action bar sits a little further above the section.
    for i in range(max(0, start - 15), min(end, start + 5)):
        s = lines[i].strip()
        if s.isdigit() and s.isascii():
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j < len(lines) and tb.norm(lines[j]) in _COUNT_LABELS:
                return int(s)
    return None


def _date(s: str):
    s = tb.plain(s).strip()
    if not s or not dates.maybe_date(s):
        return None
    return dates.parse_date(s)


def _disqus(lines: list[str], start: int, end: int, reasons: list[str]) -> list[ParsedComment]:
    heads = []
    for i in range(start, end):
        m = _DISQUS_HEADER.match(lines[i].strip())
        if m:
            heads.append((i, m))
    out: list[ParsedComment] = []
    by_id: dict[str, int] = {}
    for k, (i, m) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else end
        body = []
        for line in lines[i + 1:stop]:
            s = line.strip()
            if s in ("-",) or s.startswith(("- [−]", "- [*⚑*]", "[![Avatar]", "![Avatar]")):
                continue
            if textpage.see_more(s):
                reasons.append("collapsed-text")
                continue
            body.append(s)
        native = tb.comment_id_in(m.group("url"))
        parent = parent_id = None
        if m.group("purl"):
            parent_id = tb.comment_id_in(m.group("purl"))
            parent = by_id.get(parent_id) if parent_id else None
        author = (m.group("name") or m.group("guest") or "").strip() or None
        c = ParsedComment(position=k, text=tb.text_block(body), author=author,
                          author_source="explicit" if author else "unknown", native_id=native,
                          posted=_date(m.group("age")), reply_to_name=m.group("parent"),
                          parent_position=parent,
                          parent_method="reply-link-id" if parent is not None else None,
                          parent_confidence=0.98 if parent is not None else None)
        out.append(c)
        if native:
            by_id.setdefault(native, k)
    return out


def _blogger(lines: list[str], start: int, end: int, reasons: list[str]) -> list[ParsedComment]:
    lines = _said_unwrapped(lines, start, end)
    heads = [(i, m) for i in range(start, end)
             if (m := _BLOGGER_HEADER.match(_unshell(lines[i]))) is not None]
    if not heads:
        return _blogger_threaded(lines, start, end, reasons)
    if heads and _ends_with_date(lines[start:heads[0][0]]):
        # Blogger prints a comment's date under its text: text and a date above the first
        # "NAME said..." are the end of a comment whose start the file does not hold (039).
        reasons.append("file-cut")
    # The classic footer's date is inline after the text: a dump that joins it to the next
    # "NAME said..." ("October 23, 2007 at 4:01 PM Flesler said...") gives it back to the
    # comment above.
    names = [tb.plain(m.group("name")).strip() for _, m in heads]
    glued: list[PostedTime | None] = [None] * len(heads)
    for k, name in enumerate(names):
        # Blogger's footer date is whole, to the minute: "September 11 Truth" is a name
        if k and tb.has_digit(name[:12]) and (found := dates.find_date(name)) is not None \
                and found.precision in ("minute", "second") and name.startswith(found.raw) and name[len(found.raw):].strip():
            glued[k - 1], names[k] = found, name[len(found.raw):].strip()
    out: list[ParsedComment] = []
    for k, (i, m) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else end
        body = [_unshell(x) for x in lines[i + 1:stop]]
        header_date = m.group("date") or m.group("plain_date")
        posted = _date(header_date) if header_date else None
        native = None
        # Drop avatar/icon lines and separators; the last date-only line is the date.
        kept = []
        for s in body:
            t = s.strip()
            if (sc := _SHOW_COMMENT.search(t)) is not None:
                label = tb.plain(t).strip()
                posted = dates.from_epoch_ms(label, int(sc.group("ms")[:13].ljust(13, "0"))) or posted
                native = sc.group("id")
                continue
            if t and not tb.plain(t).strip() or tb.is_residue(t) or t.startswith(("[!\\[", "!\\[")):
                continue
            kept.append(s)
        while kept and not kept[-1].strip():
            kept.pop()
        if kept and posted is None and ((pt := _date(kept[-1].strip())) is not None
                                        or (pt := dates.parse_time_only(tb.plain(kept[-1]).strip())) is not None):
            posted = pt  # a template that prints the time alone ("11:20 PM"): no day, the string kept
            kept.pop()
        posted = posted or glued[k]  # the footer date a dump joined to the next "said" line
        author = names[k] or None
        out.append(ParsedComment(position=k, text=tb.text_block(kept), author=author,
                                 author_source="explicit" if author else "unknown",
                                 native_id=native, posted=posted))
    return out


_WRAPPED_LINK = re.compile(r"^\[(?P<label>[^\]\[]+)\]\([^)\s]*$")


def _first_said(lines: list[str]) -> int | None:
    """The first "NAME said..." line, or the heading line right above it; None when a
    comment's text and date are above it (a file cut inside the list: see _blogger)."""
    i = next((k for k, x in enumerate(lines) if "..." in x or "…" in x
              if _BLOGGER_HEADER.match(_unshell(x)) is not None), None)
    if i is None or _ends_with_date(lines[:i]):
        return None
    above = next((k for k in range(i - 1, max(-1, i - 4), -1) if lines[k].strip()), None)
    return above if above is not None and len(lines[above].strip()) <= 60 \
        and not lines[above].strip().endswith((".", "!", "?")) else i


_SAID_ALONE = re.compile(r"^\s*" + _SAID + r"\s*$", re.I)


def _said_unwrapped(lines: list[str], start: int, end: int) -> list[str]:
    """``lines`` with a "said..." that a converter wrapped onto a line of its own joined back
    to the name line above it (html2text: "[NAME](profile)" / "said...")."""
    alone = [i for i in range(max(start, 1), end) if ("..." in lines[i] or "…" in lines[i])
             and _SAID_ALONE.match(lines[i]) and lines[i - 1].strip()]
    if not alone:
        return lines
    lines = list(lines)
    for i in alone:
        lines[i - 1] = lines[i - 1].rstrip() + " " + lines[i].strip()
        lines[i] = ""
    return lines


def _threaded_header(line: str):
    """``(name, date text, permalink)`` of a threaded record's header line, or None: "NAME DATE"
    with the two glued or spaced, or markdown ``[NAME](profile)[DATE](permalink)``. The date is
    the longest tail of the line that parses as a whole date."""
    s = _LIST_MARK.sub("", line).strip()
    if not s or len(s) > 600:
        return None
    url = None
    if s.endswith(")") and (m := _LAST_LINK.search(s)) is not None:
        name, raw, url = tb.plain(s[:m.start()]).strip(), m.group("label").strip(), m.group("url")
        if not name or len(name) > 100 or not _DATE_SHAPE.search(raw) or _date(raw) is None:
            return None
        return name, raw, url
    s = tb.plain(s).strip()
    if len(s) > 160 or not _DATE_SHAPE.search(s):
        return None
    for k in range(1, len(s)):
        c, before = s[k], s[k - 1]
        # A date starts at a word after a space, or where a name is glued to it
        # ("BergNovember", "K.March", "Lind3."); the leftmost tail that parses wins.
        if not c.isalnum() or not (before.isspace() or c.isupper()
                                   or (c.isdigit() and not before.isdigit())):
            continue
        tail = s[k:].strip()
        if not _DATE_SHAPE.search(tail):
            return None
        if _date(tail) is not None:
            name = s[:k].strip()
            if not name or len(name) > 100 or _date(name) is not None:
                return None
            return name, tail, None
    return None


def _blogger_threaded(lines: list[str], start: int, end: int,
                      reasons: list[str]) -> list[ParsedComment]:
    """Blogger's threaded layout: "NAME DATE" header, text, action lines ("ReplyDelete",
    "Replies", ...). The parent is the nearest record whose list marker is indented less (the
    marker is on the header line, or on the avatar image line above it in markdown); without
    list markers (html-text) every comment is a root."""
    heads = []
    # A header opens the list, follows an action line, or carries (or follows) a list marker:
    # a text line that happens to end with a date does not split a comment.
    opens = True
    for i in range(start + 1, end):
        t = lines[i].strip()
        if not t:
            continue
        bare = _BARE_MARK.match(lines[i]) is not None
        marker = bare or _LIST_MARK.match(lines[i]) is not None
        if (opens or marker) and (h := _threaded_header(lines[i])) is not None:
            heads.append((i, h, _marker_indent(lines, i, start)))
            opens = False
            continue
        # (pandoc's markdown, its div fences blanked: the item's marker alone, then the avatar
        # image on a line of its own, then the header)
        opens = _footer_line(t) in _THREADED_FOOTERS or bare or (marker and _is_avatar(_LIST_MARK.sub("", t))) \
            or (opens and _is_avatar(t))
    if not heads:
        return []
    nested = all(ind is not None for _, _, ind in heads)
    if not nested:
        # A record without a marker of its own (pandoc prints a thread's later reply so): the
        # headers' columns stand for the list's, when the first header is the least indented.
        columns = [len(lines[i]) - len(lines[i].lstrip()) for i, _, _ in heads]
        if len(set(columns)) > 1 and columns[0] == min(columns):
            heads = [(i, h, column) for (i, h, _), column in zip(heads, columns)]
            nested = True
    out: list[ParsedComment] = []
    stack: list[tuple[int, int]] = []  # (marker indent, position)
    more = False
    for k, (i, (name, raw, url), indent) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else end
        body: list[str] = []
        in_footer = False
        for line in lines[i + 1:stop]:
            t = line.strip()
            n = _footer_line(t) if t else ""
            if n in _THREADED_FOOTERS:
                in_footer = True
                more = more or n in _LOAD_MORE
                continue
            if in_footer or (t and not tb.plain(t).strip()) or tb.is_residue(t):
                continue
            body.append(line)
        # The avatar line of the next record (markdown) ends this one.
        while body and (not body[-1].strip() or _LIST_MARK.match(body[-1])):
            body.pop()
        posted = _date(raw)
        native = None
        if url and (sc := _SHOW_COMMENT.search(url)) is not None:
            posted = dates.from_epoch_ms(raw, int(sc.group("ms")[:13].ljust(13, "0"))) or posted
            native = sc.group("id")
        parent = None
        if nested:
            while stack and stack[-1][0] >= indent:
                stack.pop()
            parent = stack[-1][1] if stack else None
        out.append(ParsedComment(position=k, text=tb.text_block(body), author=name,
                                 author_source="explicit", native_id=native, posted=posted,
                                 parent_position=parent,
                                 parent_method="list-indent" if parent is not None else None,
                                 parent_confidence=0.9 if parent is not None else None,
                                 depth=len(stack) if nested else None))
        if nested:
            stack.append((indent, k))
    # Blogger prints its "Load more..." block on every page (hidden by a class when nothing is
    # left), so in text it only means more comments when the heading counts more than shown.
    declared = _declared(lines, start, end)
    if more and declared is not None and declared > len(out):
        reasons.append("load-more")
    return out


def _is_avatar(rest: str) -> bool:
    """Is ``rest`` (a list item's line after its marker) only an image: a markdown image
    (nothing left of it as plain text) or a text browser's placeholders?"""
    s = tb.plain(rest).strip()
    return not s or layouts.is_placeholders(s)


def _marker_indent(lines: list[str], i: int, floor: int) -> int | None:
    """Indentation of the list marker of the record headed at ``i``: on the header line, or on
    the avatar image line above it (markdown), or alone above that avatar line (pandoc's
    markdown, whose blanked div fences leave blank lines between); None when it has none."""
    line = lines[i]
    if _LIST_MARK.match(line) is not None:
        return len(line) - len(line.lstrip())
    for j in range(i - 1, max(floor, i - 12), -1):
        line = lines[j]
        if not line.strip():
            continue
        m = _LIST_MARK.match(line) or _BARE_MARK.match(line)
        if m is not None and _is_avatar(line[m.end():]):
            return len(line) - len(line.lstrip())
        if m is not None or not _is_avatar(line):
            break  # text, or a marker with text: not this record's
    return None


def _ends_with_date(lines: list[str]) -> bool:
    """Do ``lines`` end with a line that is only a date, after some other text?"""
    kept = [s for s in (_unshell(x).strip() for x in lines) if s]
    return len(kept) >= 2 and _date(kept[-1]) is not None and textpage.count_header(kept[0]) is None


def _unshell(line: str) -> str:
    """Blogger text pasted into a shell script (039): "#    text", 'echo "    text'."""
    s = re.sub(r"^(?:#|echo \")", "", line)
    return s


def _drupal_region(lines: list[str], memo: dict) -> tuple[int, int, list]:
    """(start, end, the page's meta lines): from the thread's heading ("Comments", "Comments
    (89)", "10 Comments", "评论") above the first meta line, or that comment's subject line, to
    Drupal's comment form."""
    metas = drupal_records.records(lines, 0, len(lines), memo)
    first = metas[0][0] if metas else 0
    start = first
    # The node's own submitted line comes before the thread's heading: the first heading
    # with a meta line within a few lines below it opens the thread.
    heading = next((j for j in range(len(lines)) if _comment_heading(lines[j])
                    and any(0 < i - j <= 12 for i, _ in metas)), None)
    if heading is not None:
        start = heading
        first = next(i for i, _ in metas if i > heading)
    else:
        j = first - 1
        while j > 0 and not lines[j].strip():
            j -= 1
        if j > 0 and first - j <= 3 and len(lines[j].strip()) <= 80:
            start = j  # the first comment's subject
    end = next((j for j in range(first + 1, len(lines))
                if tb.norm(tb.plain(lines[j].strip().lstrip("#").strip())).startswith(drupal_records.ENDS)), len(lines))
    return start, end, metas


_ZH_COMMENT_HEADINGS = frozenset(["评论", "評論"])  # beside layouts.SECTION_HEADINGS


def _comment_heading(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > 60:
        return False
    return (layouts.is_section_heading(s) or tb.norm(tb.plain(s.lstrip("#").strip())) in _ZH_COMMENT_HEADINGS
            or textpage.count_header(s) is not None)


def _date_anchored(system: str):
    footers = FOOTERS[system]

    def grammar(lines: list[str], start: int, end: int, reasons: list[str]) -> list[ParsedComment]:
        rows = [i for i in range(start + 1, end) if lines[i].strip() and _date(lines[i].strip())
                and _name_above(lines, i, start) is not None]
        out: list[ParsedComment] = []
        tops = [_name_above(lines, d, start)[0] for d in rows]
        for k, d in enumerate(rows):
            top, author = _name_above(lines, d, start)
            stop = tops[k + 1] if k + 1 < len(rows) else end
            text, votes, image_only = _anchored_body(lines[d + 1:stop], footers, reasons)
            out.append(ParsedComment(position=k, text=text, author=author,
                                     author_source="explicit", posted=_date(lines[d].strip()),
                                     net_votes=votes if system == "reddit" else None,
                                     likes=votes if system == "medium" else None,
                                     is_image_only=image_only))
        return out
    return grammar


def _name_above(lines: list[str], d: int, floor: int) -> tuple[int, str] | None:
    j = d - 1
    while j > floor:
        s = lines[j].strip()
        if not s or tb.norm(s) in BADGES:
            j -= 1
            continue
        name = tb.plain(s).strip()
        if tb.looks_like_name(name) and _date(name) is None and not _CLAPS.match(name) \
                and tb.norm(name) not in FOOTERS["reddit"] | FOOTERS["medium"]:
            return j, name
        return None
    return None


def _anchored_body(lines: list[str], footers: frozenset[str], reasons: list[str]):
    keep: list[str] = []
    votes = None
    image_only = False
    in_footer = False
    for i, line in enumerate(lines):
        s = line.strip()
        n = tb.norm(s)
        if n in footers or _REPLIES_COUNT.match(s):
            in_footer = True
            if n == "upvote":
                nxt = next((x.strip() for x in lines[i + 1:] if x.strip()), "")
                if re.fullmatch(r"-?\d+", nxt):
                    votes = int(nxt)
            continue
        if in_footer:
            continue
        if textpage.see_more(s):
            reasons.append("collapsed-text")
            continue
        if not keep and (s in ("•", "·") or re.match(r"^(?:Edited\s+)?\d+\s*\w+ ago$", s)
                         or s.startswith(("emoji:", "Profile Badge"))):
            continue
        if s.startswith("Profile Badge"):
            continue
        keep.append(line)
    while keep and not keep[-1].strip():
        keep.pop()
    if keep and _CLAPS.match(keep[-1].strip()):  # Medium claps sit between text and footer
        votes = _claps(keep.pop().strip())
    text = tb.text_block(keep)
    if tb.norm(text) in tb.IMAGE_ONLY_BODIES:
        text, image_only = "", True
    return text, votes, image_only


def _movabletype(lines: list[str]) -> tuple[int, int, list[ParsedComment]]:
    """Movable Type / TypePad: each comment's text, then its footer line. The list starts at the
    comment heading above the first footer ("3 Comments", "Comments"; without one there is no
    comment list) and ends at the last footer."""
    feet = [(i, f) for i, line in enumerate(lines) if (f := _mt_footer(line)) is not None]
    first = feet[0][0]
    start = next((i for i in range(first - 1, max(-1, first - 80), -1)
                  if textpage.count_header(lines[i]) is not None or tb.norm(tb.plain(lines[i].strip("# "))) in _MT_HEADINGS), None)
    if start is None:  # no comment heading: footers of posts on a blog's front page, say
        return len(lines), len(lines), []
    feet = [(i, f) for i, f in feet if i > start]
    out: list[ParsedComment] = []
    prev = start + 1
    for k, (i, (name, posted, native)) in enumerate(feet):
        body = [x for x in lines[prev:i] if tb.norm(x) not in _MT_CHROME and not _MT_FORM_LINK.search(tb.plain(x))]
        first_line = next((j for j, x in enumerate(body) if x.strip()), None)
        if first_line is not None:  # a template that puts each comment in a list item
            body[first_line] = _LIST_MARK.sub("", body[first_line])
        out.append(ParsedComment(position=k, text=tb.text_block(body), author=name,
                                 author_source="explicit" if name else "unknown", native_id=native,
                                 posted=posted))
        prev = i + 1
    return max(start, 0), feet[-1][0] + 1, out


_MT_HEADINGS = frozenset(tb.norm(s) for s in ("Comments", "Comments:", "Kommentare", "Commentaires",
                                              "Comentarios", "Commenti", "Reacties", "Комментарии", "コメント"))
# The link to the form at the top of the list ("Comments are listed in date ascending order
# (oldest first) | Post Comment", MT 3.0's template)
_MT_FORM_LINK = re.compile(r"\|\s*Post (?:a )?Comment\s*$", re.I)
_MT_CHROME = frozenset(tb.norm(s) for s in ("Reply", "Permalink", "Antworten", "Répondre", "Responder", "Rispondi"))


def _claps(s: str) -> int | None:
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*(천|만|[kK])?", s)
    if not m:
        return None
    value = float(m.group(1).replace(",", "."))
    return int(round(value * {"천": 1000, "만": 10000, "k": 1000, "K": 1000}.get(m.group(2) or "", 1)))


_GRAMMARS = {"disqus": _disqus, "blogger": _blogger,  # drupal: see parse()
             "reddit": _date_anchored("reddit"), "medium": _date_anchored("medium")}

__all__ = ["NAME", "VERSION", "SUFFIXES", "detect", "parse"]
