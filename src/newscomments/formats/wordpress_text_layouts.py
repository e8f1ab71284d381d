"""Header layouts of WordPress themes that print no "says:", as HTML-to-text converters print
them (helpers of :mod:`wordpress_text`).

Themes (Astra, GeneratePress, Kadence, Hestia, Soledad, Genesis child themes, wordpress.com
themes …) put the author and the date in one meta box. Inline markup becomes one line, in any
language::

    NAME DATE                       NAME, DATE Antworten        NAME · DATE
    NAME DATE - Reply               #### [NAME](url) * DATE     NAME __DATE     (icon residue)
    NAME on 11/08/2020 at 9:52      1. 1 / NAME DATE            (a comment number first)

:func:`split_name_date` finds the name/date split of such a line: the rest is a whole date,
the name looks like a name, and the line is not a date alone. It is tried only inside a
comment section opened by a count heading (prose has "NAME DATE" lines too).

The section of such themes opens at a bare or localised count heading ("9 Comments",
"8 Kommentare", "3 COMMENTS", already :func:`textpage.count_header`) or at a numberless
heading (:data:`SECTION_HEADINGS`: "Comments", "Kommentare", "Reader Interactions") when records
follow it.

Names lose what themes print beside them (:func:`clean_name`: the post author's badge
"Autor", Genesis's colonless "says"); date lines lose a leading "on" and a trailing reply
button (:func:`strip_date_lead`, :func:`strip_reply`).

Converter residue handled here: html2text's 78-column wrap that splits a link over lines
(:func:`join_wrapped_links`), node-per-line dumps (innerText-like) that split a count heading
round its quoted title and "Pingback: " from its link (:func:`join_split_nodes`), and the old
Kubrick-style footer "Comment by NAME — DATE" printed under the text (:func:`footer_at`).
"""

from __future__ import annotations

import re

from .. import dates
from . import pagehead
from . import textblocks as tb

# The reply button printed after the date on the same line ("NAME DATE Reply", "NAME, DATE
# Antworten", "NAME DATE - Reply"): WordPress core's "Reply" in the languages of its themes.
TRAILING_REPLY_WORDS = ("reply", "antworten", "antwort", "répondre", "responder", "responda", "rispondi", "返信",
                        "ответить", "odpowiedz", "beantwoorden", "cevapla", "svara", "vastaa",
                        # da/nb, cs, ro, hu: core's "Reply" in the locales of SAYS_WORDS_DATED
                        "svar", "odpovědět", "răspunde", "válasz")
# Easel/ComicPress put the permalink, printed "#", between: "DATE | # | Reply".
_TRAIL = re.compile(r"(?:\s*\|\s*#)?\s*(?:[-–—|·]\s*)?(?:" + "|".join(TRAILING_REPLY_WORDS) + r")\s*[↓→]?\s*$",
                    re.I)
# What themes print between name and date: a comma, a middle dot, a bar or dash, or a word
# ("on", de "am", fr "le", es "el", it "il", nl "op", pt "no"/"em": Divi's "NAME no DATE").
_SEP = re.compile(r"^(?:[,·•|–—-]|on|am|le|el|il|op|no|em|posted (?:at|on))\s+", re.I)  # Qode: "NAME Posted at TIME, DATE"
# Heading marks, a lone "*" between name and date (markdownify of a <span> pair) and "__"
# left by an icon font's empty <i> (hestia, soledad).
_GLUED_AFTER_LINK = re.compile(r"\)(?=[^\W\d_])")
_GLUED_BEFORE_LINK = re.compile(r"(?<=[^\W\d_])\[(?=[^\[\]]*\]\()")
_RESIDUE = re.compile(r"(?:^#+\s+)|(?<!\S)\*(?!\S)|(?<!\S)__(?=\S|$)")

# Numberless headings that open a comment section (twentytwenty "Comments", Genesis "Reader
# Interactions", translations of "Comments").
SECTION_HEADINGS = frozenset(s.casefold() for s in [
    "Comments", "Kommentare", "Commentaires", "Comentarios", "Comentários", "Commenti",
    "Reacties", "Komentarze", "Responses", "Reader Interactions", "Комментарии", "Yorumlar"])


def strip_residue(s: str) -> str:
    """A header line without heading marks, lone "*" and icon "__" residue."""
    if "#" in s or "*" in s or "__" in s:
        s = _RESIDUE.sub(" ", s)
    return " ".join(s.split())


# The badge themes print beside the post author's name ("Author" is a role too, but "Editor",
# "Member" … can be part of a display name).
AUTHOR_BADGES = frozenset(s.casefold() for s in [
    "Author", "Autor", "Auteur", "Autore", "Autora", "Автор", "作者", "Yazar", "Post author",
    "Beitragsautor",
    # Twenty Twelve's "Post author" in zh_CN, ja, ru
    "文章作者", "投稿者", "Автор записи"])


# What a theme prints before the name: the comment's number ("#1", "3."), and the label of the
# Kubrick-style "Comment by NAME" header in the languages of the footers.
_NAME_LEAD = re.compile(r"^(?:#\d+\.?\s+|\d+\.\s+)?(?:(?:Comment|Kommentar|Commentaire|Comentario|Commento)"
                        r"\s+(?:by|von|de|par|di)\s+)?", re.I)


_HEADING_MARKS = re.compile(r"^#{1,6}\s+")


# What text renderers leave of the avatar before a name: the image's alt text ("Аватар
# NAME:", lynx), or placeholders in brackets (w3m "[6ab3] NAME", "[svg][6ab3]NAME", their width
# from the image's; lynx "[avatar-96x96.png]"; pandoc's plain "[]" / "[Avatar]"). Markdown
# links are gone by now (tb.plain), so a bracket group before the name is no link. A bullet
# glyph after an item's marker ("1. ● NAME says:") is an icon, not part of the name.
_AVATAR_LEAD = re.compile(r"^(?:(?:\[[^\[\]\s]{0,60}\]\s*)+|[●•◦▪■□☆○◆◇]\s+|(?:user\s+|profile\s+)?(?:avatar|аватар|awatar|gravatar)"
                          r"(?:\s+(?:photo|image|picture|icon))?\s+)(?=\S)", re.I)


# A line of a text browser's placeholders alone: an image without alt text as part of its file
# name in brackets (w3m: "[zFdxGE77vv]", "[dc63703] [gif]"). (Markdown links are gone by the
# time callers test a line's tb.plain text: brackets without a space inside are no link.)
_PLACEHOLDERS = re.compile(r"(?:\[[^\[\]\s]{0,60}\]\s*)+")


def is_placeholders(s: str) -> bool:
    """Is the stripped text ``s`` only image placeholders (see _PLACEHOLDERS)?"""
    return s[:1] == "[" and _PLACEHOLDERS.fullmatch(s) is not None


def strip_avatar(name: str) -> str:
    """``name`` without the avatar residue before it (see _AVATAR_LEAD)."""
    if name[:1] == "[" or name[:1].casefold() in "aаgup●•◦▪■□☆○◆◇":
        name = _AVATAR_LEAD.sub("", name, count=1)
    if name[:1] == "[" and "]" not in name:
        name = name[1:].lstrip()  # "[Matías": the name's link with its "](url)" cut off
    return name


def undoubled(name: str) -> str | None:
    """The name printed once, when ``name`` is one name printed twice ("Юрий Юрий"), else None."""
    words = name.split()
    half = len(words) // 2
    return " ".join(words[:half]) if half and len(words) % 2 == 0 and words[:half] == words[half:] else None


def clean_name(name: str, says_words: str) -> str:
    """A name without what themes print beside it: the role badge of the post's author
    (wordpress.com "Mathias Autor", "Author"), Genesis's "says" without a colon, a comment
    number or "Comment by" label before it ("#1 Kommentar von NAME"), the avatar's residue and a
    separator a theme prints between the name and the date ("NAME •")."""
    name = strip_avatar(name)
    if name[-1:] in _TRAILING_SEPARATORS:
        name = name.rstrip(" " + _TRAILING_SEPARATORS) or name  # "Rontea •": the separator before the date
    if name[:1] == "#" or name[:1].isdigit() or name[:3].casefold() == "com" or name[:3].casefold() == "kom":
        name = _NAME_LEAD.sub("", _HEADING_MARKS.sub("", name, count=1), count=1) or name
    words = name.split()
    if len(words) > 1 and re.fullmatch(rf"(?:{says_words}):?", words[-1], re.I):
        words.pop()
    if len(words) > 2 and tb.norm(" ".join(words[-2:])) in AUTHOR_BADGES:
        del words[-2:]  # "Post author" (Twenty Twelve's badge)
    elif len(words) > 1 and tb.norm(words[-1]) in AUTHOR_BADGES:
        words.pop()
    if len(words) > 1 and words[0].casefold() in _BUTTON_FIRST and (lead := _leading_button(words)):
        del words[:lead]  # the reply button a theme prints before the name (Customizr)
    return " ".join(words)


_TRAILING_SEPARATORS = "•·|–—"


# "By" before a name in a meta line ("by NAME on DATE", fr "par NAME le DATE", de "Von NAME am
# DATE", sv "av", it "di"): a theme's label when every header of the page begins with it (a
# name may begin so too: "Par Lindqvist", "Door Verhoeven", "von Hagen").
BY_WORDS = frozenset(["by", "par", "por", "door", "przez", "von", "av", "di"])


_BUTTON_FIRST = frozenset(["log", "reply", "antworten", "répondre", "responder", "rispondi",
                           "back", "haut", "nach", "volver"])
_LEADING_BUTTONS = (("log", "in", "to", "reply"), ("reply",), ("antworten",), ("répondre",), ("responder",),
                    ("rispondi",),
                    # the previous comment's "back to top" link (Drupal themes), which converters
                    # that print no indentation (inscriptis) leave on the line above the name
                    ("back", "to", "top"), ("haut", "de", "page"), ("nach", "oben"), ("volver", "arriba"))
_BACK_TO_TOP = frozenset(s.casefold() for s in [
    "Back to top", "Top", "Go to top", "Scroll to top", "Haut de page", "Retour en haut", "Nach oben",
    "Zurück nach oben", "Zum Seitenanfang", "Volver arriba", "Torna su", "Voltar ao topo",
    "Terug naar boven", "Do góry", "Наверх"])


def is_back_to_top(line: str) -> bool:
    """A "back to top" link under a comment: the phrase as a link, a list item or beside an
    arrow ("* haut de page", "[Top](#top)", "↑ Back to top"). Plain words are a sentence's
    ("… Nach oben" may end a comment)."""
    s = line.strip()
    marked = s[:2] in ("* ", "- ", "+ ", "• ") or s[:1] == "[" or "↑" in s or "⇧" in s
    return marked and tb.norm(tb.plain(s.lstrip("*-+• ")).strip("↑⇧ ")) in _BACK_TO_TOP


def _leading_button(words: list[str]) -> int:
    """How many of the first words are a reply button's label ("Log in to Reply NAME")."""
    low = [w.casefold() for w in words[:4]]
    for button in _LEADING_BUTTONS:
        if tuple(low[:len(button)]) == button and len(words) > len(button):
            return len(button)
    return 0


def strip_reply(s: str) -> str:
    """A date line without the reply button themes print after it ("DATE - Antworten"), and
    without Easel's permalink "| #" (alone at the deepest level, where no reply button is)."""
    if s and s[-1].isalpha():
        s = _TRAIL.sub("", s).strip()
    return _HASH_PERMALINK.sub("", s) if s.endswith("#") else s


_HASH_PERMALINK = re.compile(r"\s*(?:\|\s*)?#$")


def strip_date_lead(s: str) -> str:
    """A date line without the word themes print before the date ("on 11/08/2020 at 9:52"),
    and without the machine date html-to-markdown prints after an ``<abbr title>`` ("Posted
    September 28, 2015 at 11:38 PM (2015-09-28T23:38:20+02:00)")."""
    if s[-1:] == ")" and (m := _ISO_AFTER.search(s)) is not None:
        s = s[:m.start()]
    return _SEP.sub("", s, count=1) if s[:1].isalpha() else s


_ISO_AFTER = re.compile(r"\s*\(\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?\)$")


def unglue_link(s: str) -> str:
    """Markdown glues the next word to a link: "[Run Editor](url)on June 2, 2021" (Divi), and a
    link to the word before it: "Post author[April 27, 2015](url)" (a badge before the date)."""
    if ")" not in s:
        return s
    return _GLUED_BEFORE_LINK.sub(" [", _GLUED_AFTER_LINK.sub(") ", s))


def split_name_date(s: str, memo: dict | None = None) -> tuple[str, str] | None:
    """(name, date) of a one-line "NAME DATE [Reply]" header, or None."""
    if not tb.has_digit(s) or len(s) > 160:
        return None  # every date of these themes has a digit
    found = _split_name_date(s, memo)
    if found is None and (at := _badge_glued_at(s)) is not None:
        # Converters that join inline elements without a space (resiliparse) glue the date to
        # the author's badge before it: "Mathias Autor11. Dezember 2012 um 13:19", "Mathias
        # Post authorDecember 11, 2012". (Only after a badge: a name glued to its date is how
        # link-stripped Blogger headers look, "Unknown5 août 2015", and those are other_text's.)
        found = _split_name_date(f"{s[:at]} {s[at:]}", memo)
    return found


# (a fixed order: a set's order changes with the process's string hashing)
_BADGES_LONGEST_FIRST = tuple(sorted(AUTHOR_BADGES, key=lambda b: (-len(b), b)))


def _badge_glued_at(s: str) -> int | None:
    """Where the date begins in a header whose author badge is glued to it, or None."""
    low = s.casefold()
    for badge in _BADGES_LONGEST_FIRST:
        k = low.find(badge)
        while k > 0:
            end = k + len(badge)
            if low[k - 1] == " " and end < len(s) and s[end].isalnum() and (s[end].isdigit() or s[end].isupper()):
                return end
            k = low.find(badge, k + 1)
    return None


def _split_name_date(s: str, memo: dict | None) -> tuple[str, str] | None:
    s = _TRAIL.sub("", strip_residue(s)).strip()
    if s.endswith(" #"):
        s = _HASH_PERMALINK.sub("", s)  # the permalink printed "#" after the date (WooThemes' span.perma)
    words = s.split()
    if not 1 < len(words) <= 18:
        return None  # a header is a name and a date, not a sentence of text
    # The date starts at most three words before its first digit ("on Tue, March 3, 2022").
    # (A name may hold digits, "Christophe31": the date's first number starts its word, and
    # the first word is the name's in any case.)
    first_digit = next((k for k, w in enumerate(words) if k and w[:1].isdigit()), 0)
    found: tuple[str, str] | None = None
    when = None
    for k in range(max(1, first_digit - 3), min(7, len(words), first_digit + 1)):
        name = " ".join(words[:k]).rstrip(",·•|–—-: ").strip()
        if not name or tb.has_digit(name[:1]) or not any(ch.isalpha() for ch in name):
            continue
        rest = _SEP.sub("", " ".join(words[k:])).strip()
        if not rest or not tb.has_digit(rest) or not tb.looks_like_name(name):
            continue
        if k > 1 and words[k - 1] in _DATE_LEAD_WORDS:
            continue  # "Rezept vom DATE", "Posted on DATE": a label before a date, not a name
        pt = dates.parse_date(rest, memo=memo) if dates.maybe_date(rest) else None
        if pt is None:
            continue
        if found is None:
            if dates.parse_date(s, memo=memo) is not None and not (
                    words[0][:1].isupper() and words[0].casefold() in dates.INNER_FILLER):
                return None  # a date alone ("March 3, 2022"): a NAME/DATE record's date line
                # ("Den March 3, 2015 at 11:40 am" is a commenter named Den)
            if words[k - 1][-1] in _NAME_ENDS:
                return name, rest  # "NAME, Do 9 Apr 2020": the separator says where the name ends
            found, when = (name, rest), pt.local
        elif pt.local == when and words[k - 1][:1].isupper() and words[k - 1].lower() not in dates.FILLER:
            # A capitalised word that may open a date or end a name ("Stargazer Sam January 8,
            # 2025": "sam" is a French weekday): without a separator the shorter date keeps the
            # name whole. A filler ("on DATE") stays with the date.
            found = (name, rest)
        else:
            break
    return found


def split_title_date(s: str, memo: dict | None = None) -> tuple[str, str] | None:
    """(title, date) of a "TITLE DATE [Reply]" line: the longest run of at most eight final
    words that is a whole date, and at least one word before it. Used only where the text
    below marks a pingback (a title is no name: :func:`split_name_date` refuses it)."""
    if len(s) > 400:
        return None
    words = _TRAIL.sub("", strip_residue(s)).strip().split()
    for k in range(max(1, len(words) - 8), len(words)):
        rest = _SEP.sub("", " ".join(words[k:])).strip()
        if dates.maybe_date(rest) and dates.parse_date(rest, memo=memo) is not None:
            title = " ".join(words[:k]).rstrip(",·•|–—-: ").strip()
            return (title, rest) if title else None
    return None


# "Pingback von TITLE | DATE": the label some themes print before a one-line header's title
# (en, de, fr, es, it, nl, pl), not part of it.
_PING_LABEL = re.compile(r"^(?P<kind>Pingback|Trackback)(?:\s+(?:by|von|de|par|da|di|van|od))?\s*:?\s+(?=\S)",
                         re.I)


def ping_label(name: str) -> tuple[str | None, str]:
    """("pingback" / "trackback" / None, the name without that label)."""
    if name[:1] not in "PpTt":
        return None, name
    m = _PING_LABEL.match(name)
    return (m.group("kind").lower(), name[m.end():]) if m else (None, name)


_NAME_ENDS = frozenset(",·•|–—-:")
# Lower-case words that introduce a date and never end a name.
_DATE_LEAD_WORDS = frozenset(["on", "at", "from", "since", "vom", "am", "um", "seit", "le", "du",
                              "de", "del", "el", "il", "dal", "op", "em", "no", "na"])
_TAIL = re.compile(r"\s*[.·•|–—-]\s+\S.{0,40}$")


def has_tail_separator(line: str) -> bool:
    return len(line) < 120 and (". " in line or " · " in line or " | " in line or " – " in line
                                or " - " in line or " • " in line or " — " in line)


def before_tail(line: str) -> str:
    """A heading line without the short link text after its separator ("4 Comments . Leave new")."""
    return _TAIL.sub("", line.strip())


def is_section_heading(line: str) -> bool:
    """A numberless "Comments" heading line (markdown marks and emphasis aside), also with the
    theme's link to the form glued after it ("Kommentare Schreibe einen Kommentar")."""
    s = line.strip()
    if not s or len(s) > 80:
        return False
    if s[-1] == "}":
        s = pagehead.HEADING_ATTRS.sub("", s)  # pandoc's "### Kommentare {#comments-title}"
    n = tb.norm(tb.plain(s.lstrip("#").strip()).strip(" *_:"))
    if n in SECTION_HEADINGS:
        return True
    head, _, rest = n.partition(" ")
    rest = rest.strip(" *_:!.")
    return head in SECTION_HEADINGS and (rest in FORM_CALLS or rest in POST_QUALIFIERS)


# What follows "Comments" in a heading that names no post: "Comments on this post", pl
# "Komentarze do wpisu", de "Kommentare zum Beitrag", … (casefolded).
POST_QUALIFIERS = frozenset(s.casefold() for s in [
    "on this post", "on this article", "on this entry", "to this post", "on this story",
    "zum Beitrag", "zu diesem Beitrag", "zum Artikel", "zu diesem Artikel",
    "sur cet article", "à cet article", "sur ce billet", "a este artículo", "en este artículo",
    "a esta entrada", "su questo articolo", "a questo articolo", "neste artigo", "a este artigo",
    "op dit bericht", "bij dit artikel", "do wpisu", "do artykułu", "к записи", "к статье"])


# The comment form's title (core's and its translations'), casefolded.
FORM_TITLES = frozenset(s.casefold() for s in [
    "Leave a Reply", "Leave a Comment", "Add a comment", "Post a Comment", "Schreibe einen Kommentar",
    "Kommentar verfassen", "Laisser un commentaire", "Deja una respuesta", "Deja un comentario",
    "Lascia un commento", "Deixe uma resposta", "Deixe um comentário", "Laat een reactie achter",
    "Dodaj komentarz", "Оставить комментарий", "Добавить комментарий", "发表评论"])
# The form's heading or link as themes word it too, glued after a "Comments" heading.
FORM_CALLS = FORM_TITLES | frozenset(s.casefold() for s in [
    "Write a comment", "Hinterlasse einen Kommentar", "Kommentar schreiben"])
SECTION_HEADING_STARTS = frozenset(h.split()[0][:4] for h in SECTION_HEADINGS)


# --- names glued to their dates ------------------------------------------------------------
# A theme that prints the author and the date in adjacent inline elements loses the space
# between them in most converters: "* Lukem26.01.2008, 19:31". The date is numeric and to the
# minute; the name is the shortest start of the item that leaves one ("soda226.01.2008, 19:30"
# is "soda2"); or the date starts with a capital glued to a small letter ("LukemJanuary 26,
# 2008 at 7:31 pm", _glued_month_date). Only list items, and only when two at least show it.
_ITEM_LEAD_PATTERN = r"^(?P<lead>[ \t]*(?:[-*+•◦▪□☆○■●o]|\d{1,4}[.)])[ \t]+)"  # a list item's marker
_GLUED_NAME_DATE = re.compile(_ITEM_LEAD_PATTERN + r"(?P<name>[^\s\d][^\n]*?[^\s.,:;/|-])"
                              r"(?P<date>(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}),?[ \t]+"
                              r"(?:um[ \t]+|at[ \t]+|o[ \t]+|à[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp][Mm])?)[ \t]*$")


_ITEM_LEAD = re.compile(_ITEM_LEAD_PATTERN)


def _glued_month_date(line: str) -> dict | None:
    """The parts of a list item whose name, ending in a small letter or a digit ("soda2"), is
    glued to a date that starts with a capital and runs to the minute ("LukemJanuary 26, 2008
    at 7:31 pm"; the first such joint whose rest is a whole date: "McDonaldJanuary …"), or
    None."""
    lead = _ITEM_LEAD.match(line)
    if lead is None or len(line) > 160:
        return None
    s = line[lead.end():]
    for k in range(2, len(s) - 6):
        if s[k].isupper() and (s[k - 1].islower() or s[k - 1].isdigit()):
            tail = s[k:]
            found = dates.parse_date(tail) if dates.maybe_date(tail) else None
            if found is not None and found.precision in ("minute", "second"):
                return {"lead": lead.group("lead"), "name": s[:k], "date": tail}
    return None


# Markdown: the name (or its link) glued to the date's link ("* [Lukem](/)[26.01.2008, 19:31](#comment-915)",
# "* soda2[26.01.2008, 19:30](#comment-914)").
_GLUED_LINKS = re.compile(r"^(?P<lead>[ \t]*(?:[-*+]|\d{1,4}[.)])[ \t]+)(?P<name>\[[^\]\n]+\]\([^)\s]*\)|[^\s\[\]][^\[\]\n]*[^\s\[\]])"
                          r"(?P<date>\[(?P<label>[^\]\n]*\d[^\]\n]*)\]\([^)\s]*\))[ \t]*$")


def unglue_name_dates(lines: list[str]) -> list[str]:
    """``lines`` with a space between a list item's name and the date glued to it (see
    _GLUED_NAME_DATE, _glued_month_date), or between the name's link and the date's
    (_GLUED_LINKS), when two items at least read so."""
    hits = []
    for i, line in enumerate(lines):
        if line[-1:].isdigit() or line[-1:] in ("m", "M"):  # the date's minutes or its "PM"
            m = _GLUED_NAME_DATE.match(line)
            # the date glued to a word ("soda2"), not the end of a spaced date ("Jutta | 1")
            if m is not None and any(ch.isalpha() for ch in m.group("name").split()[-1]):
                hits.append((i, m.groupdict()))
            elif m is None and (parts := _glued_month_date(line)) is not None:
                hits.append((i, parts))
        elif line[-1:] == ")" and "](" in line and (m := _GLUED_LINKS.match(line)) is not None \
                and dates.maybe_date(m.group("label")) and dates.parse_date(m.group("label")) is not None:
            hits.append((i, m.groupdict()))
    if len(hits) < 2 or any(line.strip() in _BLOGGER_ACTIONS for line in lines):
        return lines  # (Blogger's threaded headers glue so too: those are other_text's)
    out = list(lines)
    for i, parts in hits:
        out[i] = f"{parts['lead']}{parts['name']} {parts['date']}"
    return out


# Blogger's action lines under each threaded comment (other_text reads those pages).
_BLOGGER_ACTIONS = frozenset(["ReplyDelete", "Reply Delete", "AntwortenLöschen", "Antworten Löschen",
                              "RépondreSupprimer", "Répondre Supprimer"])


# --- node-per-line dumps -------------------------------------------------------------------

_OPEN_QUOTES = ("“", "„", "«", '"', "‘")
_CLOSE_QUOTES = frozenset(["”", "“", "»", '"', "’", "‘"])
_ALONE_PREFIXES = frozenset(["pingback:", "trackback:"])


def join_split_nodes(lines: list[str]) -> list[str]:
    """A dump that prints every text node on its own line (innerText-like) splits a count
    heading round its quoted title ("8 thoughts on “" / "T" / "”") and a pingback's label from
    its link ("Pingback: " / "TITLE"). Both are joined back into one line."""
    out: list[str] = []
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        s = line.strip()
        if s and (s.endswith(_OPEN_QUOTES) and tb.has_digit(s) or s.casefold() in _ALONE_PREFIXES):
            nxt = [k for k in range(i + 1, min(n, i + 8)) if lines[k].strip()][:2]
            if s.casefold() in _ALONE_PREFIXES and nxt:
                out.append(line.rstrip() + " " + lines[nxt[0]].strip())
                i = nxt[0] + 1
                continue
            if len(nxt) == 2 and lines[nxt[1]].strip() in _CLOSE_QUOTES:
                out.append(line.rstrip() + lines[nxt[0]].strip() + lines[nxt[1]].strip())
                i = nxt[1] + 1
                continue
        out.append(line)
        i += 1
    return out


# --- html2text's wrapped links --------------------------------------------------------------

def join_wrapped_links(lines: list[str]) -> list[str]:
    """html2text wraps at 78 columns, inside link labels and URLs too:
    "[October 1, 2024 at 7:22 pm](https://rail.\\nexample.org/night-\\ntrains/#comment-31)".
    A line with an unclosed "[" or "](" is joined with the next one (without a space inside a
    URL)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        joined = 0
        while i + 1 < len(lines) and ("[" in line or "](" in line) and _open_link(line) \
                and (joined < 4 or joined < _MAX_JOINED and (_in_url(line) or _in_title(line))):
            if not lines[i + 1].strip():
                # markdownify: a link around an avatar and the name, "[![](…)" / "" / "NAME](url)",
                # or a label with a paragraph break in it, "[10 mars 2021 à 13 h 28" / "" /
                # "depuis 2 jours](#comment-32532)"
                if i + 2 < len(lines) and "](" in lines[i + 2] and not _in_url(line) \
                        and (line.rstrip().endswith(")") or "[" not in lines[i + 2].split("](")[0]):
                    i += 1
                else:
                    break
            nxt = lines[i + 1].strip()
            if nxt[:3] in ("```", "~~~"):
                break  # a code fence ends what the "[" opened (code: "--db=\"[path\"")
            # a URL has no space: it broke anywhere, but for the space before its title
            glue = "" if _in_url(line) and nxt[:1] != '"' else " "
            line = line.rstrip() + glue + nxt
            i += 1
            joined += 1
        out.append(line)
        i += 1
    return out


# A run of wrapped links (a share bar's) goes on over many lines while a URL or a title is
# open; a label left open (a stray "[" in text: "^[[A" in a pasted terminal session) takes
# four lines at most.
_MAX_JOINED = 12


def _open_link(line: str) -> bool:
    """An unclosed link label ("[" without its "]": "[![](avatar)" opens a label), URL, or
    title after the URL ("](url "Link to this" / "comment")")."""
    return _in_url(line) or line.count("[") > line.count("]") or _in_title(line)


def _in_title(line: str) -> bool:
    k = line.rfind("](")
    if k < 0 or ")" in line[k + 2:]:
        return False
    rest = line[k + 2:]
    return rest.count(' "') == 1 and rest.count('"') == 1  # its title's quote opened, not closed


def _in_url(line: str) -> bool:
    k = line.rfind("](")
    return k >= 0 and ")" not in line[k + 2:] and " " not in line[k + 2:]


# --- "Comment by NAME — DATE" under the text -------------------------------------------------

# Kubrick (the old default theme) and themes derived from it print the meta line under the
# comment's text: "Comment by NAME — DATE @ TIME", "Pingback by TITLE — DATE" (de "Kommentar
# von"). The name may hold " — " itself (a pingback's "Post — Site"): the date is the last part.
FOOTER_WORDS = {"comment by": "comment", "pingback by": "pingback", "trackback by": "trackback",
                "kommentar von": "comment", "commentaire par": "comment", "comentario por": "comment"}
# html2text prints the dash as "--" (its ASCII fallback for "—").
FOOTER = re.compile(r"^(?P<kind>" + "|".join(FOOTER_WORDS) + r")\s+(?P<name>.+)\s+(?:[—–]|---?)\s+"  # pandoc: "---"
                    r"(?P<date>(?:(?!--)[^—–]){5,60})$", re.I)
FOOTER_LITERALS = ("Comment by ", "Pingback by ", "Trackback by ", "Kommentar von ", "Commentaire par ",
                   "Comentario por ")


def footer_at(line: str, memo: dict | None = None) -> tuple[str, str, str] | None:
    """(kind, name, date) of a "Comment by NAME — DATE" line."""
    s = line.strip()
    if not s or s[0] not in "CKPTckpt" or len(s) > 300:
        return None
    m = FOOTER.match(" ".join(tb.plain(s).split()))
    if m is None or dates.parse_date(m.group("date").strip(), memo=memo) is None:
        return None
    return FOOTER_WORDS[m.group("kind").casefold()], m.group("name").strip(), m.group("date").strip()


# --- one line per comment ----------------------------------------------------------------------

# Twenty Eleven's "NAME on DATE said:" in its translations: de "am … sagte:", fr "le … a dit :",
# es "el … dijo:", it "il … ha detto:", nl "op … zei:", pt "em … disse:".
ON_SAID_JOIN = r"(?:on|am|le|el|il|op|em)"
SAID_VERBS = r"(?:said|sagte|a dit|dijo|ha detto|zei|disse)"

# Twenty Eleven / Twenty Twelve's header "NAME on DATE said:" with the comment's text and its
# reply link after it on the same line: what a converter that prints each comment <article> as
# one paragraph makes of it.
_SAID_THEN_TEXT = re.compile(rf"^(?P<lead>\s*(?:[-*+]\s+|\d{{1,4}}[.)]\s+)?)(?P<header>\S.{{0,400}}?\s+{ON_SAID_JOIN}\s+"
                             rf"\S.{{3,400}}?\s+{SAID_VERBS}\s*:)\s+(?P<text>\S.*)$", re.I)
_HEADER_SAID = re.compile(rf"^(?P<name>\S.{{0,120}}?)\s+{ON_SAID_JOIN}\s+(?P<date>\S.{{4,60}}?)\s+{SAID_VERBS}\s*:$", re.I)
# A reply link closing the line: "[Reply ↓](…?replytocom=4348#respond)", in any language.
_TRAILING_REPLY_LINK = re.compile(r"\s*(?P<link>\[[^\[\]]{1,40}\]\([^()\s]*replytocom=\d+[^()\s]*\))\s*$")


def split_one_line_records(lines: list[str]) -> list[str]:
    """Lines that hold a whole "NAME on DATE said: TEXT [Reply ↓](…)" comment become the
    header line, the text line and the reply link's line, as other converters print them. The
    header must be one: a name of a few words and a whole date ("… on Monday he said: …" in
    prose has no date). A quotation has that form too ("The minister on March 3, 2020 said:
    …"), so the page must show the one-line form: two such lines that end with a comment's
    reply link (then the others are records too: the deepest replies have no reply link), or,
    where none has one (comments closed), three such lines."""
    found: dict[int, tuple[re.Match, re.Match | None]] = {}
    for i, line in enumerate(lines):
        m = _SAID_THEN_TEXT.match(line) if ":" in line else None
        header = tb.plain(m.group("header")).strip() if m else ""
        h = _HEADER_SAID.match(header) if m else None
        if h is None or len(h.group("name").split()) > 6 or not dates.maybe_date(h.group("date")) \
                or dates.parse_date(h.group("date")) is None:
            continue
        found[i] = (m, _TRAILING_REPLY_LINK.search(m.group("text")))
    replied = sum(reply is not None for _, reply in found.values())
    if replied < 2 and not (replied == 0 and len(found) >= 3):
        return lines
    out: list[str] = []
    for i, line in enumerate(lines):
        if i not in found:
            out.append(line)
            continue
        m, reply = found[i]
        pad = " " * len(m.group("lead"))
        text = m.group("text")
        out += [m.group("lead") + m.group("header"), "", pad + text[:reply.start()] if reply else pad + text]
        if reply:
            out += ["", pad + reply.group("link")]
    return out
