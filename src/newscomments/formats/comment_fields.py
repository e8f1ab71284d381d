"""The fields of one comment element of a repeated group (see :mod:`.comment_groups`): its
date, author, text and id, read from its own parts.

- **Date**: a machine-readable ``datetime`` (or a date element's ``title`` timestamp), else the
  printed date in an element named for a date or time, else in one of its first or last short
  lines; never in the comment's text or a quotation.
- **Author**: an element named for one (its badges and "Author:" labels off; a UI word or a
  month is a name there; an op-ed's byline "Ein Kommentar von NAME" or a role "Speaker: NAME",
  "Started by NAME" is none), else the words around the date in its line ("Posted by: NAME on
  DATE", "NAME @ DATE", "Le DATE par NAME"), else a short line just above the date.
- **Text**: the element named for it (a class ending in ``content``, ``text``, ``body``,
  ``message``) that holds more than the header and no part of it, else the member's lines
  without the header and action links; the siblings after a header-only member; a member with
  a comment's id and no date is signed by the short element after it.
- A member holding the comment ids of two other comments (outside its replies) is a list; a
  member whose headline links to another page is a story card.
"""

from __future__ import annotations

import re

from .. import dates
from ..htmlpage.text import inline, paragraphs, squash
from .textblocks import BADGES

_AUTHOR = ("[class*=author i], [class*=auteur i], [class*=autor i], [class*=user-name i], "
           "[class*=username i], [class*=poster i], [class*=commenter i], [class*=nick i], "
           "[class*=name i], [class*=comment-user i], [class*=userlink i], [itemprop=author], .fn, cite")
_DATE_HOLDER = ("[class*=date i], [class*=time i], [class*=posted i], [class*=datum i], "
                "[class*=fecha i], [class*=published i]")
_TEXT_HOLDER = ("[class*=content i], [class*=text i], [class*=body i], [class*=message i], "
                "[class*=entry i], [class*=copy i]")
# A text holder's class ends with its word ("comment-content", "commtext", "panel-body"); a
# utility or a part's name does not ("text-muted", "message__author").
_TEXT_CLASS = re.compile(r"(?:content|text|body|message|entry|copy)$", re.I)
NAMES_AUTHOR = re.compile(r"author|auteur|autor|name|user|nick|poster|commenter|\bfn\b", re.I)
_MACHINE = "time[datetime], [datetime]"
_ISO_START = re.compile(r"^\d{4}-\d{2}-\d{2}")
_QUOTES = "blockquote, q"
_BADGE_CLASS = re.compile(r"badge|label|role|vip|insignia|flair|tag\b|rank", re.I)

# Labels before a name and joining words after it in a header line ("Posted by: NAME on",
# "Kommentar von NAME am", "NAME @", "NAME schrieb:"), in the languages of the date tables.
_LEAD = re.compile(
    r"^(?:#?\d+\.?\s+)?(?:(?:posted|submitted|written|comment(?:ed)?|kommentar|geschrieben|verfasst|eingetragen|"
    r"publié|posté|écrit|envoyé|commentaire|publicado|escrito|enviado|comentario|comentado|inviato|scritto|"
    r"commento|geplaatst|reactie|reply|antwort)\s+)?(?:by|von|par|por|da|door|de|от|przez)\s*:?\s+|"
    r"^(?:#?\d+\.?\s+)?(?:posted|submitted|written)\s*:\s*|"
    r"^(?:author|autor|auteur|autore|автор|作者|name|nom|nombre)\s*[:：]\s*", re.I)
_TRAIL = re.compile(
    r"(?:\s+(?:on|at|am|um|le|el|il|op|den|the|dnia|в|于|於)|\s*[,@|·•:–—»-]|"
    r"\s+(?:said|says|wrote|writes|schrieb|schreibt|meint|sagt|a écrit|écrit|dit|escribió|dice|dijo|"
    r"scrive|ha scritto|schreef|zegt|disse|diz|escreveu|написал|пишет|napisał))\s*:?\s*$", re.I)
LETTER = re.compile(r"[^\W\d_]")
# Action links, not text: "Reply", "edit delete reply", "Kommentar melden."
_UI_WORDS = frozenset(w.casefold() for w in (
    "reply", "replies", "antworten", "antwort", "répondre", "responder", "responde", "rispondi", "beantwoorden",
    "reageren", "odpowiedz", "ответить", "回覆", "回复", "返信", "답글", "edit", "delete", "report", "permalink",
    "link", "quote", "zitieren", "melden", "kommentar", "comment", "like", "likes", "dislike", "flag", "share",
    "signaler", "modifier", "supprimer", "bearbeiten", "löschen", "this", "to", "abuse", "spam", "↑", "↓", "#",
    "|", "·"))
_REPLY_LABELS = frozenset(w.casefold() for w in (
    "reply", "antworten", "répondre", "responder", "rispondi", "beantwoorden", "reageren", "odpowiedz",
    "ответить", "回覆", "回复", "返信", "답글", "svara", "svar", "vastaa", "odpovědět", "válasz", "yanıtla",
    "reply ↓", "reply to this comment"))
_REPLY_HREF = re.compile(r"replytocom|[?&#]reply|/reply|#respond|antworten", re.I)
_MAX_NAME = 60
_COUNTER = re.compile(r"^\s*#?\d{1,6}\.?\s*$")
# a comment's running number before its header: "12. ", "3) ", "#4 " (a "#" needs no stop)
_LEADING_COUNTER = re.compile(r"^\s*(?:#\d{1,6}[.):]?|\d{1,6}[.)])\s+")

# A comment's own id ("c1952", "comment-4410", "comment-item-12", "reply-7"), not a list's.
ITEM_ID = re.compile(r"^(?!.*list)(?:[\w-]*?(?:comment|cmt|kommentar|komentar|coment|reply|antwort)[\w-]*?|c)"
                      r"[-_]?\d+$", re.I)
_ID = re.compile(r"^(?:[A-Za-z][\w-]{0,24}?)?[-_]?(\d+)$")  # "comment-4410", "c1201", "lk-88120"

def read_member(member, extent: list, in_reply=lambda node: False) -> dict | None:
    """A member's fields (see :mod:`.comment_groups`), or None when it does not read as a
    comment. ``extent``: the siblings after it up to the next member; ``in_reply(node)``:
    whether ``node`` is in a reply nested in the member."""
    if _is_list(member, in_reply) or _is_teaser(member):
        return None
    holders = _text_holders(member, in_reply)
    lines = lines_of(member)
    if not lines:
        return None
    header_lines = _outside(lines, member, holders)
    date_raw, iso, date_line = _date(member, header_lines, holders)
    if date_raw is None and iso is None:
        if extent and item_id(member):
            # Signed under the text, outside its element: "<div id=c1>TEXT</div><p class=posted>
            # Posted by: NAME at DATE</p>" (Movable Type's classic templates).
            footer = _footer(extent[0])
            if footer is None:
                return None
            date_raw, date_line = footer
            author = _author(extent[0], date_line, date_raw, lines_of(extent[0]))
            text = _text(member, lines, holders, None, None, None)
            if not text:
                return None
            return {"author": author, "date_raw": date_raw, "iso": None, "text": text,
                    "id": _native_id(member), "extent": [extent[0]]}
        return None
    author = _author(member, date_line, date_raw, header_lines, holders)
    text = _text(member, lines, holders, author, date_raw, date_line)
    used = []
    if not text and extent and _is_header_only(lines, author, date_raw, date_line):
        text = "\n\n".join(p for node in extent for p in paragraphs(node) if not is_ui(p))
        used = extent
    if not text:
        return None
    return {"author": author, "date_raw": date_raw, "iso": iso, "text": text, "id": _native_id(member),
            "extent": used}


def lines_of(node) -> list[str]:
    return [line for p in paragraphs(node) for line in p.split("\n")]


def _is_list(member, in_reply) -> bool:
    """Whether ``member`` holds elements with the comment ids of two other comments, outside its
    own replies (elements of the group's kind): a list of comments (JComments' wrapper lists),
    not one. (Its own parts may repeat its number: "div-comment-12" in "comment-12".)"""
    if ITEM_ID.match(member.attributes.get("id") or ""):
        return False  # a comment with its own id whose replies are of another kind
    own = _ID.match(member.attributes.get("id") or "")
    numbers = {own.group(1)} if own else set()
    others: set[str] = set()
    for inner in member.css("[id]")[:50]:
        value = inner.attributes.get("id") or ""
        if inner.mem_id == member.mem_id or not ITEM_ID.match(value):
            continue
        m = _ID.match(value)
        if m is None or m.group(1) in numbers or in_reply(inner):
            continue
        others.add(m.group(1))
        if len(others) >= 2:
            return True
    return False


def _is_teaser(member) -> bool:
    """Whether the member's headline links to another page ("<a href="/comment/2015/story/">
    <h3>Headline</h3></a>"): a card of a story list, not a comment (whose subject, if it has
    one, links to its own anchor)."""
    for heading in member.css("h2, h3, h4")[:2]:
        link = heading.css_first("a[href]") or _link_around(heading)
        if link is None or "#" in (link.attributes.get("href") or "#"):
            continue
        marks = " ".join(filter(None, (heading.attributes.get("class"), heading.attributes.get("itemprop"),
                                       link.attributes.get("class"), link.attributes.get("rel"))))
        if not NAMES_AUTHOR.search(marks) and not _COMMENTER_LINK.search(marks):
            return True  # (a commenter's name heading linking to their site is no headline)
    return False


_COMMENTER_LINK = re.compile(r"nofollow|external|ugc", re.I)


def _link_around(node):
    walk = node.parent
    for _ in range(2):
        if walk is None:
            return None
        if walk.tag == "a":
            return walk
        walk = walk.parent
    return None


def _text_holders(member, in_reply) -> list:
    """The elements in ``member`` named for its text; not one that holds its header too (the
    whole comment's "comment-body" around the name, the date and the text), nor one in a reply
    nested in it."""
    markers = [n for sel in (_MACHINE, _DATE_HOLDER, _AUTHOR)
               for n in [x for x in member.css(sel)[:2] if x.mem_id != member.mem_id][:1]]
    out = []
    for node in member.css(_TEXT_HOLDER)[:_FIRST]:
        if node.mem_id != member.mem_id and any(_TEXT_CLASS.search(c) for c in
                                                 (node.attributes.get("class") or "").split()) \
                and not any(_inside_any(m, [node]) for m in markers) and not in_reply(node):
            out.append(node)
    return out


# Candidates looked at in one member (for its text, author, ids): its own come first in page
# order, and a member holding a whole thread must not cost a walk per element of it.
_FIRST = 8


def _outside(lines: list[str], member, holders: list) -> list[str]:
    """The member's lines that are not in its text or in a quotation: where its header is."""
    inner: dict[str, int] = {}
    for node in holders + member.css(_QUOTES)[:_FIRST]:
        for line in lines_of(node):
            inner[line] = inner.get(line, 0) + 1
    if not inner:
        return lines
    outside = []
    for line in lines:  # (each line of theirs once: the header may print the same words)
        if inner.get(line, 0) > 0:
            inner[line] -= 1
        else:
            outside.append(line)
    return outside


def _inside_any(node, holders: list) -> bool:
    ids = {h.mem_id for h in holders}
    walk = node
    while walk is not None:
        if walk.mem_id in ids:
            return True
        walk = walk.parent
    return False


def _footer(node) -> tuple[str, str] | None:
    """(date, line) of a short element that signs the comment before it, or None."""
    lines = lines_of(node)
    if not lines or len(lines) > 2 or len(lines[-1]) > 160:
        return None
    found = dates.find_date(lines[-1])
    return (found.raw, lines[-1]) if found is not None else None


def _date(member, lines: list[str], holders: list) -> tuple[str | None, str | None, str | None]:
    """(printed date, machine-readable date, the line the printed date is on), from the
    member's header lines (``lines``) and its elements outside the text and quotations."""
    quotes = member.css(_QUOTES)[:_FIRST]
    for machine in member.css(_MACHINE)[:_FIRST]:
        if machine.mem_id == member.mem_id or _inside_any(machine, holders + quotes):
            continue
        iso = machine.attributes.get("datetime")
        printed = inline(machine)
        if printed or iso:
            return printed or None, iso, _line_with(lines, printed) if printed else None
    for holder in member.css(_DATE_HOLDER)[:_FIRST]:
        if holder.mem_id == member.mem_id or _inside_any(holder, holders + quotes):
            continue
        shown = " ".join(lines_of(holder))  # "DATE<br>TIME"
        if shown and len(shown) <= 120:
            found = _find_date(shown)
            if found is not None:
                # the full time in its title, when the page shows less ("Jul 17" over
                # title="2009-07-17 13:39:26Z")
                titled = [holder, *holder.css("[title]")][:4]
                title = next((t for n in titled if _ISO_START.match(t := n.attributes.get("title") or "")), "")
                title = title.replace(" ", "T", 1) if title[10:11] == " " else title  # "2009-07-17 13:39:26Z"
                iso = title if title and dates.parse_date(title) is not None else None
                return found.raw, iso, _line_with(lines, found.raw)
    for line in lines[:3] + lines[-2:]:
        if len(line) <= 160:
            found = _find_date(line)
            if found is not None:
                return found.raw, None, line
    return None, None, None


def _find_date(line: str):
    """The date in a header line; a running number before it ("1000. Le 3 mars 2010") is no
    year of it (but "16. Dezember 2017" is a day)."""
    found = dates.parse_date(line) if dates.maybe_date(line) else None  # (mostly the whole line)
    if found is None:
        found = dates.find_date(line)
    if found is not None and found.local is not None and found.local.year < 1900 and _LEADING_COUNTER.match(line):
        found = dates.find_date(_LEADING_COUNTER.sub("", line))
    return found


def _line_with(lines: list[str], part: str) -> str | None:
    return next((line for line in lines if part in line), None)


def _author(member, date_line: str | None, date_raw: str | None, lines: list[str],
            holders: list = ()) -> str | None:
    for node in member.css(_AUTHOR)[:_FIRST]:
        if node.mem_id == member.mem_id or node.tag == "img" or _inside_any(node, list(holders)) \
                or any(_inside_any(h, [node]) for h in holders):
            continue
        shown = _own_name(node)
        if not shown:
            continue
        if date_raw and date_raw in shown:
            name = name_around_date(shown, date_raw)
        else:
            name = _explicit_name(shown)
        if name:
            return name
    if date_line and date_raw:
        name = name_around_date(date_line, date_raw)
        if name:
            return name
        # "<b>NAME</b><br>DATE", "NAME says:" above the date line
        at = lines.index(date_line) if date_line in lines else -1
        if at > 0:
            above = lines[at - 1]
            if not is_ui(above) and not _COUNTER.match(above):
                return _clean_name(above)
    return None


def _own_name(node) -> str:
    """The text of an author element without its badges: child elements marked as a badge,
    label or role, or whose text is a role word ("Author", "VIP")."""
    shown = inline(node)
    if len(shown) > 120:
        return ""
    for inner in node.css("*"):
        if inner.mem_id == node.mem_id:
            continue
        badge = inline(inner)
        if not badge or badge == shown:
            continue
        marked = _BADGE_CLASS.search(inner.attributes.get("class") or "") is not None
        if (marked or badge.casefold() in _BADGES) and shown.endswith(badge):
            shown = shown[: len(shown) - len(badge)].strip()
    return shown


_BADGES = BADGES | {"post author", "beitragsautor", "auteur de l'article", "autor del artículo", "vip"}


_ROLE_LABEL = re.compile(r"^(?:[^\W\d_][\w.-]*(?:\s[^\W\d_][\w.-]*)?\s?:\s+\S|started by\s|gestartet von\s|"
                         r"lancé par\s|iniciado por\s)", re.I)
_EDITORIAL_BYLINE = re.compile(r"^(?:ein|eine|a|an|un|une|uno|una|een)\s+\S+\s+(?:von|by|de|di|door|du)\s", re.I)


def _explicit_name(shown: str) -> str | None:
    """A name printed in an element named for it: labels and says-words off; a UI word or a
    month is a name here ("Reply", "April")."""
    name = squash(shown)
    if _EDITORIAL_BYLINE.match(name):
        return None  # "Ein Kommentar von NAME", "A commentary by NAME": an op-ed's byline
    for _ in range(3):
        shorter = _TRAIL.sub("", _LEAD.sub("", name)).strip()
        if shorter == name:
            break
        name = shorter
    if _ROLE_LABEL.match(name):
        return None  # "Speaker: NAME", "Started by NAME": a programme's or a forum index's
    if not name or len(name) > _MAX_NAME or len(name.split()) > 6 or not LETTER.search(name):
        return None
    return name


def name_around_date(line: str, date_raw: str) -> str | None:
    """The author in a header line around its date: after it when a by-word leads there
    ("Le 3 mars 2010, 14:05 par NAME", "May 3, 2010 | NAME"), else before it ("Posted by: NAME
    on DATE", "NAME @ DATE")."""
    before, _, after = line.partition(date_raw)
    m = _AFTER_BY.match(after)
    if m:
        return _clean_name(after[m.end():]) or _clean_name(before)
    if before.strip().casefold() in _DATE_JOINS:
        # "On DATE, NAME said:": the name follows, after the time the date left out and
        # before the verb ("Am 3. Mai 2010 um 10:12 Uhr schrieb NAME")
        rest = _SAID_AFTER.sub("", _TIME_LEFT.sub("", after.lstrip(" ,"))).strip(" ,:")
        return _clean_name(rest) if rest.casefold() not in _NOT_NAMES else None
    return _clean_name(before) or (_clean_name(after) if _LIST_SEP.match(after) else None)


# The word that joins a date to the header of Movable Type's and Twenty Eleven's comments
# ("On DATE, NAME said:"; the same list as wordpress_text_layouts.ON_SAID_JOIN).
_DATE_JOINS = frozenset(["on", "am", "le", "el", "il", "op", "em"])
_TIME_LEFT = re.compile(r"^(?:um|at|à|a las|a la|alle|om|às|в)?\s*\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h|[ap]\.?\s?m\.?))?[\s,]*",
                        re.I)
_SAID_AFTER = re.compile(r"(?:^|\s+)(?:said|says|wrote|schrieb|sagte|a dit|a écrit|dijo|escribió|disse|scrisse|"
                         r"zei|schreef|skrev)\s*:?\s*$|^(?:schrieb|sagte)\s+", re.I)
_NOT_NAMES = frozenset(["edited", "(edited)", "updated", "permalink", "reply", "said", "says", "wrote"])
_AFTER_BY = re.compile(r"^[\s,]*(?:by|von|par|por|door|da|de|от|przez|\||—|–|-|·)\s+", re.I)
_LIST_SEP = re.compile(r"^\s*[,|·•–—-]")


def _clean_name(text: str) -> str | None:
    name = _explicit_name(_LEADING_COUNTER.sub("", text))
    if name is None or is_ui(name) or dates.find_date(name) is not None:
        return None
    return name


def is_ui(line: str) -> bool:
    words = re.split(r"[\s|·•/]+", line.casefold().strip(" .:!()[]"))
    return all(w.strip(".:!()[]") in _UI_WORDS for w in words if w)


def _text(member, lines: list[str], holders: list, author: str | None, date_raw: str | None,
          date_line: str | None) -> str:
    for holder in holders:
        paras = [p for p in paragraphs(holder) if not is_ui(p)]
        text = _without_header("\n\n".join(paras), author, date_raw, date_line)
        if text:
            return text
    paras = []
    for para in paragraphs(member):
        kept = [line for line in para.split("\n")
                if not _header_line(line, author, date_raw, date_line) and not is_ui(line)]
        if kept:
            paras.append("\n".join(kept))
    if all(_COUNTER.match(para) for para in paras):
        return ""  # only the running number beside the header
    return "\n\n".join(paras).strip()


def _without_header(text: str, author: str | None, date_raw: str | None, date_line: str | None) -> str:
    lines = text.split("\n")
    while lines and (_header_line(lines[0], author, date_raw, date_line) or is_ui(lines[0])
                     or not lines[0].strip()):
        lines.pop(0)
    while lines and (_header_line(lines[-1], author, date_raw, date_line) or is_ui(lines[-1])
                     or not lines[-1].strip()):
        lines.pop()
    return "\n".join(lines).strip()


def _header_line(line: str, author: str | None, date_raw: str | None, date_line: str | None) -> bool:
    if date_line and line == date_line or date_raw and line == date_raw:
        return True
    if author and line.startswith(author) and (line == author or _clean_name(line) == author
                                               or _explicit_name(line) == author):
        return True  # "NAME", "NAME schrieb:", "NAME says:", "NAME Author"
    return False


def _is_header_only(lines, author, date_raw, date_line) -> bool:
    # (a comment's running number, "1." or "#12", is header too: Dotclear's dt)
    return all(_header_line(line, author, date_raw, date_line) or is_ui(line) or _COUNTER.match(line)
               for line in lines)


def item_id(node) -> str | None:
    """The member's own comment id, on it or on the first element in it with an id or a name
    ("<li><a name="comment-58824406">"), when it looks like one (see ``ITEM_ID``)."""
    attrs = node.attributes
    for value in (attrs.get("id"), attrs.get("data-comment-id")):  # (not any "data-id": cards have one)
        if value and (ITEM_ID.match(value) or value.isdigit() and attrs.get("id") != value):
            return value
    for inner in node.css("[id], a[name]")[:4]:  # (its first few: an anchor, then the item's box)
        if inner.mem_id == node.mem_id:
            continue
        a = inner.attributes
        value = a.get("id") or a.get("name") or ""
        if ITEM_ID.match(value):
            return value
    return None


def has_reply_action(node) -> bool:
    for link in node.css("a, button"):
        label = inline(link).casefold()
        if label in _REPLY_LABELS or _REPLY_HREF.search(link.attributes.get("href") or ""):
            return True
    return False


def _native_id(member) -> str | None:
    found = item_id(member)
    if found:
        m = _ID.match(found)
        return m.group(1) if m else found
    for node in [member, *member.css("[id], a[name]")][:6]:
        attrs = node.attributes
        for value in (attrs.get("id"), attrs.get("name")):
            m = _ID.match(value or "")
            if m and "list" not in (value or "").casefold():
                return m.group(1)
    return None
