"""Comments of a system no format module reads, found by the repetition of their markup.

Every comment system prints a page's comments as one repeated element per comment: Movable
Type's ``div#c123`` with a "Posted by: NAME on DATE" footer, TypePad's ``div.comment``,
Contao's ``div.comment_default``, a newspaper's own ``ul.comments-list > li`` with
``p.auteur`` and ``p.date``, a Bootstrap card of panels, headings "NAME @ DATE" each followed by
the text. :func:`read_groups` finds such a group and reads its members; ``generic_html`` calls
it when no format module claimed the page.

Where it looks: inside elements whose id or class names comments (``comment``, ``coment``,
``kommentar``, ``komentar``), and in the parent of an ``<a name="comments">`` anchor; never
inside navigation, forms, sidebars or "recent comments" widgets.

What a group is: two or more element children of one such container with the same tag and the
same first class (state classes such as ``odd``, ``reply`` or ``depth-2`` aside; an element
without a class is known by its id's prefix, "comment-" of ``comment-215101``), or with the
same tag whatever their classes (a class may only mark the writer: Dotclear's ``me``), or one
child with elements of its tag and class nested in it (one thread), or one child with a
comment's id (``c7``, ``comment-12``). The bare lists (``ul``, ``ol``, ``dl``, a table's
``tbody``) inside a container are containers too, and a heading named for comments
(``<h2 id="comments">``) makes its parent one. A member reads as a comment when it has

- a date: a machine-readable ``datetime``, else the printed date in an element named for a
  date or time, else in one of its first or last short lines;
- an author: an element named for one (``author``, ``auteur``, ``user-name``, ``cite``,
  ``.fn``, ...), else the words before the date in that line with their label ("Posted by:",
  "von", "par") and joining word ("on", "@", "|", "schrieb:") taken off;
- text: an element named for it (``content``, ``text``, ``body``, ``message``), else its
  lines without the date line, the author and action links ("Reply", "Kommentar melden").
  A member whose lines are all header (a heading "NAME @ DATE", Dotclear's ``dt``) takes the
  siblings after it, up to the next member, as its text; a member with a comment's id and no
  date is signed by the short element after it ("Posted by: NAME at DATE", Movable Type).

The items of a group are its members and the elements of their tag and class nested in them,
which are replies (method ``html-nesting``); nothing is guessed beyond that (no parent for a
reply printed flat). A group counts only when at least two of its items and two thirds of all
of them read as comments and at least half of those name an author; of several groups, the one
with the most comments wins. The search reads the first 60 items of each group only, does not
look again inside the items of a group it read, and stops after 3,000 items, so that long and
deeply nested lists cost one reading of each comment.
"""

from __future__ import annotations

import re

from .. import dates
from ..model import ParsedComment
from ..htmlpage.page import CommentSection, machine_or_printed
from ..htmlpage.text import inline, paragraphs, squash
from .textblocks import BADGES
from .wordpress_html import count_in_title

# Containers: ids and classes that name comments, and the anchor themes put before the list.
_AREAS = ("[id*=comment i], [class*=comment i], [id*=coment i], [class*=coment i], "
          "[id*=kommentar i], [class*=kommentar i], [id*=komentar i], [class*=komentar i]")
_ANCHORS = "a[name=comments], a[name=comment], a[id=comments]"
# A container inside one of these is a widget or a form, not the page's comment list.
# (The start of a class or id: "widget_recent_comments", "sidebar-1", "comment-form"; not
# "single-format-standard" or a layout class such as "has-sidebar". <body> is not looked at:
# its classes describe the page's layout, "right-sidebar nav-float-right".)
_NOT_AREA = re.compile(r"(?:^|\s)(?:wp-block-)?(?:recent|latest|popular|most|related|trending|widgets?|sidebar|"
                       r"respond|form|commentform|comment-form|nav|navigation|menu)(?=$|[\s_\d-])", re.I)
_AREA_LIMIT = 200  # containers looked at per page (each costs a walk of its children)
# Members read while looking for the group: each read walks the member's subtree, and nested
# containers would otherwise read the same subtree once per level.
_MEMBER_BUDGET = 3_000
_SAMPLE = 60

# Classes that mark a member's state, not its kind: left out of the group key.
_STATE = re.compile(r"^(?:odd|even|alt|first|last|reply|replies|child|children|parent|thread.*|depth.*|"
                    r"by.*|highlight.*|new|unread|approved|moderated|clearfix|clear|row|item|"
                    r"panel-default|card|media|well)$", re.I)
_DIGITS = re.compile(r"\d+")
# The ids CMSs give a comment's element ("c1952", "comment-4410"): one such item alone is a list.
_COMMENT_ID = re.compile(r"^(?:c|comment)[-_]?\d+$", re.I)
_ID = re.compile(r"^(?:[A-Za-z][\w-]{0,24}?)?[-_]?(\d+)$")  # "comment-4410", "c1201", "lk-88120"

_AUTHOR = ("[class*=author i], [class*=auteur i], [class*=autor i], [class*=user-name i], "
           "[class*=username i], [class*=poster i], [class*=commenter i], [class*=nick i], "
           "[class*=name i], [itemprop=author], .fn, cite")
_DATE_HOLDER = ("[class*=date i], [class*=time i], [class*=posted i], [class*=datum i], "
                "[class*=fecha i], [class*=published i]")
_TEXT_HOLDER = ("[class*=content i], [class*=text i], [class*=body i], [class*=message i], "
                "[class*=entry i]")
_MACHINE = "time[datetime], [datetime]"

# Labels before a name and joining words after it in a header line ("Posted by: NAME on",
# "Kommentar von NAME am", "NAME @", "NAME schrieb:"), in the languages of the date tables.
_LEAD = re.compile(
    r"^(?:#?\d+\.?\s+)?(?:(?:posted|submitted|written|comment(?:ed)?|kommentar|geschrieben|verfasst|eingetragen|"
    r"publié|posté|écrit|envoyé|commentaire|publicado|escrito|enviado|comentario|comentado|inviato|scritto|"
    r"commento|geplaatst|reactie|reply|antwort)\s+)?(?:by|von|par|por|da|door|de|от|przez)\s*:?\s+|"
    r"^(?:#?\d+\.?\s+)?(?:posted|submitted|written)\s*:\s*", re.I)
_TRAIL = re.compile(
    r"(?:\s+(?:on|at|am|um|le|el|il|op|den|the|dnia|в|于|於)|\s*[,@|·•:–—-]|"
    r"\s+(?:said|says|wrote|writes|schrieb|schreibt|meint|sagt|a écrit|écrit|dit|escribió|dice|dijo|"
    r"scrive|ha scritto|schreef|zegt|disse|diz|escreveu|написал|пишет|napisał))\s*:?\s*$", re.I)
_LETTER = re.compile(r"[^\W\d_]")
# Action links and counters, not text: "Reply", "edit delete reply", "Kommentar melden."
_UI_WORDS = frozenset(w.casefold() for w in (
    "reply", "replies", "antworten", "antwort", "répondre", "responder", "responde", "rispondi", "beantwoorden",
    "reageren", "odpowiedz", "ответить", "回覆", "回复", "edit", "delete", "report", "permalink", "link", "quote",
    "zitieren", "melden", "kommentar", "comment", "like", "likes", "dislike", "flag", "share", "signaler",
    "modifier", "supprimer", "bearbeiten", "löschen", "this", "to", "abuse", "spam", "↑", "↓", "#", "|", "·"))
_MAX_NAME = 60
_COUNTER = re.compile(r"^\s*#?\d{1,5}\.?\s*$")


def read_groups(tree) -> CommentSection | None:
    """The comments of the page's best repeated group (see module docs), or None. Reading them
    removes their elements from ``tree``: call before the body is extracted."""
    best = None
    budget = _MEMBER_BUDGET
    inside: set[int] = set()  # the items of the groups looked at: a list inside one is no list
    for container in _containers(tree):
        if _within(container, inside):
            continue
        for members in _groups(container):
            items = _items(container, members)
            tops = {m.mem_id for m in members}
            # A sample decides (its first items): reading every item of a long list twice
            # would double the cost of the page.
            sample = items[:_SAMPLE]
            budget -= len(sample)
            if budget < 0:
                break
            readable = [_reading(node, _extent(node, tops) if depth == 0 else []) for node, _, depth in sample]
            good = [r for r in readable if r is not None]
            alone = len(items) == 1 and good and good[0]["author"] and _COMMENT_ID.match(items[0][0].attributes.get("id") or "")
            if (len(good) < 2 and not alone) or 3 * len(good) < 2 * len(sample):
                continue
            if 2 * sum(1 for r in good if r["author"]) < len(good):
                continue
            inside.update(node.mem_id for node, _, _ in items)
            score = len(good) * len(items) / len(sample)
            if best is None or score > best[0]:
                best = (score, container, members, items)
        if budget < 0:
            break
    if best is None:
        return None
    _, container, members, items = best
    return _read(container, members, items)


def _within(node, ids: set[int]) -> bool:
    while node is not None:
        if node.mem_id in ids:
            return True
        node = node.parent
    return False


def _containers(tree):
    seen: set[int] = set()
    out = []
    for node in list(tree.css(_AREAS)) + [_anchor_scope(a) for a in tree.css(_ANCHORS)]:
        if node is not None and node.tag in _HEADING_TAGS:
            node = node.parent  # "<h2 id="comments">", the comments its siblings (Movable Type)
        if node is None or node.mem_id in seen or _excluded(node):
            continue
        # and the bare lists in it: "<div id="comments"><h3>…</h3><dl>" (Dotclear), "<ol>",
        # a table's rows
        for inner in [node] + [c for c in node.iter() if c.tag in _LISTS]:
            if inner.mem_id not in seen:
                seen.add(inner.mem_id)
                out.append(inner)
        if len(out) >= _AREA_LIMIT:
            break
    return out


_LISTS = frozenset(["ul", "ol", "dl", "tbody"])  # (a table's rows are in its tbody, implied or not)


_HEADING_TAGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])


def _anchor_scope(anchor):
    """The element holding what follows an ``<a name="comments">``: its parent, or higher while
    the parent holds nothing else (the anchor alone in a ``<p>`` that a heading closed)."""
    node = anchor.parent
    while node is not None and node.parent is not None and _element_children(node) <= 1:
        node = node.parent
    return node


def _element_children(node) -> int:
    n, child = 0, node.child
    while child is not None:
        n += child.tag not in ("-text", "-comment")
        child = child.next
    return n


def _excluded(node) -> bool:
    if node.tag in ("form", "nav", "aside", "header", "select", "textarea", "input", "button", "a",
                    "img", "script", "style", "head", "link", "meta"):
        return True
    walk = node
    for _ in range(12):
        if walk is None or walk.tag in ("body", "html"):
            break
        attrs = walk.attributes
        named = f"{attrs.get('id') or ''} {attrs.get('class') or ''}"
        if walk.tag in ("nav", "aside", "form", "header") or _NOT_AREA.search(named):
            return True
        walk = walk.parent
    return False


def _key(node) -> tuple[str, str]:
    """(tag, first class that is no state class, digits out); an element without one is known by
    its id's prefix ("#comment-" of "comment-215101", "#c" of "c1"), or by nothing ("")."""
    attrs = node.attributes
    classes = (attrs.get("class") or "").split()
    first = next((c for c in classes if not _STATE.match(c)), "")
    if not first:
        m = _ID_PREFIX.match(attrs.get("id") or "")
        return node.tag, "#" + m.group(1).casefold() if m else ""
    return node.tag, _DIGITS.sub("", first.casefold())


_ID_PREFIX = re.compile(r"^([A-Za-z][\w-]{0,24}?[-_]?)\d+$")


def _groups(container):
    groups: dict[tuple[str, str], list] = {}
    child = container.child
    while child is not None:
        if child.tag not in ("-text", "-comment", "script", "style", "br", "hr", "a", "img", "span", "b",
                             "strong", "em", "i", "input", "form") and _LETTER.search(child.text(deep=True)):
            # (an empty element between the items is a spacer, not a member: "<li></li><li>…")
            groups.setdefault(_key(child), []).append(child)
        child = child.next
    # (one member alone counts when replies of its tag and class are nested in it: a thread)
    out = [m for m in groups.values() if len(m) >= 2 or _holds_own_kind(m[0]) or _COMMENT_ID.match(m[0].attributes.get("id") or "")]
    by_tag: dict[str, list] = {}
    for (tag, _), members in groups.items():
        by_tag.setdefault(tag, []).extend(members)
    # A tag's members across their classes too: the classes may only mark the writer ("me" on
    # the blog owner's Dotclear comments). Back in page order.
    for tag, members in by_tag.items():
        if len(members) >= 2 and len({_key(m) for m in members}) > 1:
            out.append(sorted(members, key=_order(container)))
    return out


def _holds_own_kind(node) -> bool:
    """Whether an element of ``node``'s tag and class (or id prefix) is nested in it (lexbor
    walks the subtree, not Python)."""
    tag, kind = _key(node)
    if not kind or '"' in kind or "\\" in kind:
        return False
    if kind.startswith("#"):
        found = node.css(f'{tag}[id^="{kind[1:]}"]')
    else:
        classes = (node.attributes.get("class") or "").split()
        first = next(c for c in classes if not _STATE.match(c))
        found = node.css(f'{tag}[class~="{first}"]')
    return sum(1 for n in found if _key(n) == (tag, kind)) >= 2  # itself and one inside


def _order(container):
    rank = {}
    child, k = container.child, 0
    while child is not None:
        rank[child.mem_id] = k
        child, k = child.next, k + 1
    return lambda node: rank[node.mem_id]


_NOT_EXTENT = frozenset(["-text", "-comment", "script", "style", "noscript", "template", "iframe", "object", "svg"])


def _extent(member, ids: set[int]) -> list:
    """The siblings after a member, up to the next member: its text when it holds only a header
    (a heading "NAME @ DATE", Dotclear's ``dt`` before its ``dd``)."""
    out = []
    node = member.next
    while node is not None and node.mem_id not in ids:
        if node.tag not in _NOT_EXTENT:
            if node.tag in ("form", "h1", "h2", "h3", "h4", "h5", "h6") and node.tag != member.tag:
                break
            out.append(node)
        node = node.next
    return out


def _reading(member, extent: list) -> dict | None:
    """A member's fields (see module docs), or None when it does not read as a comment."""
    lines = [line for p in paragraphs(member) for line in p.split("\n")]
    if not lines:
        return None
    date_raw, iso, date_line = _date(member, lines)
    used = []
    if date_raw is None and iso is None and extent and _COMMENT_ID.match(member.attributes.get("id") or ""):
        # Signed under the text, outside its element: "<div id=c1>TEXT</div><p class=posted>
        # Posted by: NAME at DATE</p>" (Movable Type's classic templates).
        footer = _footer(extent[0])
        if footer is None:
            return None
        date_raw, date_line = footer
        author = _author(extent[0], date_line, date_raw)
        text = _text(member, lines, None, None, None)
        if not text:
            return None
        return {"author": author, "date_raw": date_raw, "iso": None, "text": text, "id": _native_id(member),
                "extent": [extent[0]]}
    if date_raw is None and iso is None:
        return None
    author = _author(member, date_line, date_raw)
    text = _text(member, lines, author, date_raw, date_line)
    if not text and extent and _is_header_only(lines, author, date_raw, date_line):
        text = "\n\n".join(p for node in extent for p in paragraphs(node) if not _is_ui(p))
        used = extent
    if not text:
        return None
    return {"author": author, "date_raw": date_raw, "iso": iso, "text": text, "id": _native_id(member),
            "extent": used}


def _footer(node) -> tuple[str, str] | None:
    """(date, line) of a short element that signs the comment before it, or None."""
    lines = [line for p in paragraphs(node) for line in p.split("\n")]
    if not lines or len(lines) > 2 or len(lines[-1]) > 160:
        return None
    found = dates.find_date(lines[-1])
    return (found.raw, lines[-1]) if found is not None else None


def _date(member, lines: list[str]) -> tuple[str | None, str | None, str | None]:
    """(printed date, machine-readable date, the line the printed date is on)."""
    machine = member.css_first(_MACHINE)
    iso = machine.attributes.get("datetime") if machine is not None else None
    printed = inline(machine) if machine is not None else None
    if printed:
        return printed, iso, _line_with(lines, printed)
    for holder in member.css(_DATE_HOLDER):
        shown = " ".join(line for p in paragraphs(holder) for line in p.split("\n"))  # "DATE<br>TIME"
        if shown and len(shown) <= 120:
            found = dates.find_date(shown)
            if found is not None:
                return found.raw, iso, _line_with(lines, found.raw)
    for line in lines[:3] + lines[-2:]:
        if len(line) <= 160:
            found = dates.find_date(line)
            if found is not None:
                return found.raw, iso, line
    return None, iso, None


def _line_with(lines: list[str], part: str) -> str | None:
    return next((line for line in lines if part in line), None)


def _author(member, date_line: str | None, date_raw: str | None) -> str | None:
    for node in member.css(_AUTHOR):
        if node.tag in ("img", "a") and not inline(node):
            continue
        name = _without_badge(node, inline(node))
        if date_raw and date_raw in name:
            name = name_around_date(name, date_raw)
        else:
            name = _clean_name(name)
        if name:
            return name
    if date_line and date_raw:
        return name_around_date(date_line, date_raw)
    return None


def _without_badge(node, name: str) -> str:
    """``name`` without a role badge printed in its own element at its end ("NAME <span>Post
    author</span>"); a name that is a role word alone stays."""
    for inner in node.css("*"):
        badge = inline(inner)
        if badge and badge.casefold() in _BADGES and name.endswith(badge) and len(name) > len(badge):
            return name[: len(name) - len(badge)].strip()
    return name


_BADGES = BADGES | {"post author", "beitragsautor", "auteur de l'article", "autor del artículo"}


def name_around_date(line: str, date_raw: str) -> str | None:
    """The author in a header line around its date: after it when a by-word leads there
    ("Le 3 mars 2010, 14:05 par NAME", "May 3, 2010 | NAME"), else before it ("Posted by: NAME
    on DATE", "NAME @ DATE")."""
    before, _, after = line.partition(date_raw)
    m = _AFTER_BY.match(after)
    if m:
        return _clean_name(after[m.end():]) or _clean_name(before)
    return _clean_name(before) or (_clean_name(after) if _LIST_SEP.match(after) else None)


_AFTER_BY = re.compile(r"^[\s,]*(?:by|von|par|por|door|da|de|от|przez|\||—|–|-|·)\s+", re.I)
_LIST_SEP = re.compile(r"^\s*[,|·•–—-]")


def _clean_name(text: str) -> str | None:
    name = squash(text)
    for _ in range(3):
        shorter = _TRAIL.sub("", _LEAD.sub("", name)).strip()
        if shorter == name:
            break
        name = shorter
    if not name or len(name) > _MAX_NAME or len(name.split()) > 6 or not _LETTER.search(name):
        return None
    if _is_ui(name) or dates.find_date(name) is not None:
        return None
    return name


def _is_ui(line: str) -> bool:
    words = re.split(r"[\s|·•/]+", line.casefold().strip(" .:!()[]"))
    return all(w.strip(".:!()[]") in _UI_WORDS for w in words if w)


def _text(member, lines: list[str], author: str | None, date_raw: str | None, date_line: str | None) -> str:
    for holder in member.css(_TEXT_HOLDER):
        if holder.mem_id == member.mem_id:
            continue
        paras = [p for p in paragraphs(holder) if not _is_ui(p)]
        shown = "\n\n".join(paras)
        if paras and (not date_raw or date_raw not in shown or len(shown) > 3 * len(date_line or "")):
            return _without_header("\n\n".join(paras), author, date_raw, date_line)
    paras = []
    for para in paragraphs(member):
        kept = [line for line in para.split("\n")
                if not _header_line(line, author, date_raw, date_line) and not _is_ui(line)]
        if kept:
            paras.append("\n".join(kept))
    if all(_COUNTER.match(para) for para in paras):
        return ""  # only the running number beside the header
    return "\n\n".join(paras).strip()


def _without_header(text: str, author: str | None, date_raw: str | None, date_line: str | None) -> str:
    lines = text.split("\n")
    while lines and (_header_line(lines[0], author, date_raw, date_line) or _is_ui(lines[0])):
        lines.pop(0)
    while lines and (_header_line(lines[-1], author, date_raw, date_line) or _is_ui(lines[-1])):
        lines.pop()
    return "\n".join(lines).strip()


def _header_line(line: str, author: str | None, date_raw: str | None, date_line: str | None) -> bool:
    if date_line and line == date_line or date_raw and line == date_raw:
        return True
    if author and line.startswith(author) and _clean_name(line) == author:
        return True  # "NAME schrieb:", "NAME says:"
    return False


def _is_header_only(lines, author, date_raw, date_line) -> bool:
    # (a comment's running number, "1." or "#12", is header too: Dotclear's dt)
    return all(_header_line(line, author, date_raw, date_line) or _is_ui(line) or _COUNTER.match(line)
               for line in lines)


def _native_id(member) -> str | None:
    for node in [member, *member.css("[id], a[name]")][:6]:
        attrs = node.attributes
        for value in (attrs.get("id"), attrs.get("name")):
            m = _ID.match(value or "")
            if m:
                return m.group(1)
    return None


def _group_key(members) -> tuple[str, str | None]:
    """The tag and class of a group's members; no class when they differ (see ``_groups``)."""
    keys = {_key(m) for m in members}
    return members[0].tag, next(iter(keys))[1] if len(keys) == 1 else None


def _items(container, members) -> list[tuple]:
    """(node, parent index or None, depth) of the members and of the elements of their tag and
    class nested in them, in page order. (Members of one tag but several classes: no nesting.)"""
    key = _group_key(members)
    top = {m.mem_id for m in members}
    if key[1] is None or key[1] == "" and key[0] != "li":
        # (members of several classes, or of none but a div's or p's: any div in a comment's
        # text, or the article's own, would be a reply. A list item in a list item is one.)
        return [(m, None, 0) for m in members]
    index: dict[int, int] = {}
    items: list[tuple] = []
    stop = container.mem_id
    for node in container.css(key[0]):  # page order
        if not _same(node, key):
            continue
        parent, walk = None, node.parent
        while walk is not None and walk.mem_id != stop:
            if walk.mem_id in index:
                parent = index[walk.mem_id]
                break
            walk = walk.parent
        if parent is None and node.mem_id not in top:
            continue
        index[node.mem_id] = len(items)
        items.append((node, parent, 0 if parent is None else items[parent][2] + 1))
    return items


def _read(container, members, items) -> CommentSection:
    """The comments of the chosen group's items, each removed from the tree once read."""
    top = {m.mem_id for m in members}
    readings: list = [None] * len(items)
    for k in range(len(items) - 1, -1, -1):  # replies first: each is gone before its parent is read
        node, _, _ = items[k]
        extent = _extent(node, top) if node.mem_id in top else []
        for link in node.css("a, span, button"):
            if _is_ui(inline(link)) and inline(link):  # "Report" glued to the last sentence
                link.decompose()
        readings[k] = _reading(node, extent)
        for sibling in (readings[k] or {}).get("extent", []):
            sibling.decompose()
        node.decompose()
    kept = [k for k in range(len(items)) if readings[k] is not None]
    position = {k: i for i, k in enumerate(kept)}
    printed = dates.parse_page_dates([readings[k]["date_raw"] for k in kept])
    nested = any(items[k][2] for k in kept)
    comments = []
    for i, k in enumerate(kept):
        r = readings[k]
        _, parent, depth = items[k]
        while parent is not None and parent not in position:
            parent = items[parent][1]
        comments.append(ParsedComment(
            position=i, text=r["text"], author=r["author"],
            author_source="explicit" if r["author"] else "unknown", native_id=r["id"],
            posted=machine_or_printed(r["iso"], r["date_raw"], printed[i]),
            parent_position=position[parent] if parent is not None else None,
            parent_method="html-nesting" if parent is not None else None,
            depth=depth if nested else None))
    return CommentSection(system="other", comments=comments, declared=_declared(container))


_COUNTED = re.compile(r"comment|coment|kommentar|komentar|reactie|коммент|评论|評論|留言|コメント|댓글", re.I)
_NUMBER = re.compile(r"\d+")
_HEADINGS = "h1, h2, h3, h4, h5, h6, [class*=count i], [class*=title i]"


def _declared(container) -> int | None:
    """The count of a heading in the container or around it ("There are 13 comments",
    "留言列表 (42)"), read as core's count headings are (read before the items go)."""
    scope = container
    for _ in range(3):
        for heading in scope.css(_HEADINGS):
            shown = inline(heading)
            n = count_in_title(shown)
            if n is None and len(shown) <= 60 and _COUNTED.search(shown):
                numbers = _NUMBER.findall(shown)  # "There are 13 comments", "留言列表 (42)"
                n = int(numbers[0]) if len(numbers) == 1 else None
            if n is not None:
                return n
        if scope.parent is None or scope.tag == "body":
            break
        scope = scope.parent
    return None


def _same(node, key) -> bool:
    return node.tag == key[0] and (key[1] is None or _key(node)[1] == key[1])


