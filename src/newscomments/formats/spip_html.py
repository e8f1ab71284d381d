"""SPIP's forums under an article in raw HTML (SPIP 1.9 to 4: the forum of the dist skeletons
and the ``comments`` plugin of Zpip, SPIPr and their copies).

Every generation anchors a message by its forum id: an element whose ``id`` or ``name`` is
``forumN`` (``<a name="forum123">``, ``<a href="#forum123" id="forum123">`` round the title,
or next to ``<a id="comment123">`` in the plugin). The message is the list item holding that
anchor: threads are nested lists (``ul.forum > li.forum-fil`` with a ``ul`` of replies inside
the item, ``ul.comments-items`` in the plugin), so a reply's parent is the nearest message
item around it (method ``html-nesting``). The plugin also links each reply to its parent
(``a[rel=in-reply-to]`` to ``#forumN``): it is used on a flat display (``native-parent-id``),
and a note records a disagreement with the nesting.

Fields, by generation:

- author: the plugin's ``.reviewer`` ("par NAME", its ``.fn`` when there is one),
  ``forum-qui-N`` elements of custom skeletons, else the name after the by-word ("par",
  "by", "von", "por", "di") in the message's head line (``.forum-chapo``);
- date: ``time[datetime]`` (machine readable), else the printed date in the head line,
  ``.forum-nav`` or ``small``, read in the page's language ("22 juin 2018 @11h13");
- text: ``.comment-texte`` / ``.forum-texte`` / ``.forum-item`` without the "Répondre à ce
  message" link. A message's title (``.forum-titre``; SPIP proposes "re: TITLE") is no text.

The section's heading gives the declared count ("27 commentaires", "Tous vos commentaires
(11)": some skeletons count threads, not messages); a pager in the forum area marks the page
``comment-pagination``.
"""

from __future__ import annotations

import re

from .. import dates
from ..htmlpage.counts import count_in_title
from ..htmlpage.page import CommentSection, machine_or_printed, parse_with, reconcile_parent
from ..htmlpage.systems import looks_like_html
from ..htmlpage.text import INVISIBLE, drop, inline, paragraphs, squash
from ..model import ParsedComment, ParsedPage
from ..options import ParseOptions

NAME = "spip_html"
VERSION = "spip_html/7"
SUFFIXES = (".html", ".htm")

# A message anchor as SPIP writes it: id="forum123" or name="forum123". The pattern starts
# with its literal, which re finds at memchr speed; the attribute before it is checked after.
_ANCHOR = re.compile(rb"""forum\d+["']""")
_ANCHOR_ATTRS = (b'id="', b"id='", b'name="', b"name='")
# SPIP evidence besides the anchors (any one): its forum classes, its generator, its scripts.
_SPIP = (b"forum-texte", b"forum-fil", b"comment-texte", b"forum-chapo", b"SPIP", b"spip.php", b"spip_")
_FORUM_ID = re.compile(r"^forum(\d+)$")
_PARENT_HREF = re.compile(r"#forum(\d+)\b")
_TEXT_BOXES = (".comment-texte", ".forum-texte", ".forum-item", ".comment-content")
_HEAD_BOXES = (".forum-nav", ".comment-meta", ".forum-chapo small", ".forum-chapo .date", ".forum-chapo")
# What is no part of a message's text: its reply link, its title, the "see online" link line.
_CHROME = ".repondre, .comment-reply, .forum-titre, .hyperlien, .forum-repondre"
# SPIP's "par_auteur" string in the languages of its sites: the word before the name.
_BY_NAME = re.compile(r"(?:^|[\s,;(])(?:par|by|von|por|di|door)\s+(?P<name>\S[^,;()]{0,79}?)\s*[)]?\s*$",
                      re.I)


def detect(data: bytes, suffix: str) -> float:
    if not _has_anchor(data):
        return 0.0
    if not any(sign in data for sign in _SPIP) or not looks_like_html(data):
        return 0.0
    return 0.75  # below WordPress's list and Drupal, whose pages never anchor "forumN"


def _has_anchor(data: bytes) -> bool:
    for m in _ANCHOR.finditer(data):
        if data[max(0, m.start() - 6):m.start()].endswith(_ANCHOR_ATTRS):
            return True
    return False


def parse(data: bytes, page_id: str, options: ParseOptions | None = None) -> ParsedPage:
    return parse_with(read_section, data, page_id, NAME, VERSION, options or ParseOptions())


def read_section(tree, options: ParseOptions) -> CommentSection:
    section = CommentSection(system="spip")
    items = _items(tree)
    position = {node.mem_id: k for k, (node, _) in enumerate(items)}
    rows = [_row(node, native) for node, native in items]
    printed = dates.parse_page_dates([None if r["iso"] else r["date"] for r in rows],
                                     crawled_at=options.crawled_at)
    ids = [r["id"] for r in rows]
    by_id = {native: k for k, native in enumerate(ids)}
    depths: list[int] = []
    for k, ((node, native), row, shown) in enumerate(zip(items, rows, printed)):
        named = by_id.get(row["parent_id"]) if row["parent_id"] else None
        enclosing = _enclosing_item(node, position)
        if enclosing is not None and enclosing >= k:
            enclosing = None  # broken markup: an item around it anchored after it is no parent
        parent, method = reconcile_parent(section, k, enclosing, named, native, row["parent_id"], ids)
        depths.append(0 if parent is None else depths[parent] + 1)
        section.comments.append(ParsedComment(
            position=k, text=row["text"], author=row["author"],
            author_source="explicit" if row["author"] else "unknown", native_id=native,
            posted=machine_or_printed(row["iso"], row["date"], shown),
            parent_position=parent, parent_method=method,
            parent_confidence=1.0 if parent is not None else None, depth=depths[k]))
    area = _area(items)
    section.declared = _declared(area) if area is not None else None
    if area is not None and area.css_first(".pagination a[href], .pagination .on") is not None:
        section.truncation.append("comment-pagination")
    return section


def _items(tree) -> list[tuple]:
    """(message element, native id) of every message, in page order: the list item around each
    ``forumN`` anchor (the anchor's parent where a skeleton uses no list)."""
    out = []
    seen: set[int] = set()
    for anchor in tree.css("[id^='forum'], [name^='forum']"):
        m = _FORUM_ID.match(anchor.attributes.get("id") or "") \
            or _FORUM_ID.match(anchor.attributes.get("name") or "")
        if m is None:
            continue
        node = anchor.parent
        while node is not None and node.tag != "li":
            node = node.parent
        node = node if node is not None else anchor.parent
        if node is not None and node.mem_id not in seen:
            seen.add(node.mem_id)
            out.append((node, m.group(1)))
    return out


def _enclosing_item(node, position: dict[int, int]) -> int | None:
    up = node.parent
    while up is not None:
        if up.mem_id in position:
            return position[up.mem_id]
        up = up.parent
    return None


def _own(node, selector: str):
    """The first element matching ``selector`` in this message, not in a reply nested in it."""
    for found in node.css(selector):
        up = found.parent
        while up is not None and up is not node and up.tag != "li":
            up = up.parent
        if up is None or up.mem_id == node.mem_id:
            return found
    return None


def _row(node, native: str) -> dict:
    parent_id = None
    link = _own(node, "a[rel~='in-reply-to'][href]")
    if link is not None and (m := _PARENT_HREF.search(link.attributes.get("href") or "")) \
            and m.group(1) != native:
        parent_id = m.group(1)
    author = _author(node)
    date, iso = _date(node, author)
    return {"id": native, "parent_id": parent_id, "author": author, "date": date, "iso": iso,
            "text": _text(node)}


def _author(node) -> str | None:
    reviewer = _own(node, ".reviewer")
    if reviewer is not None:
        named = reviewer.css_first(".fn")
        text = squash(inline(named if named is not None else reviewer)).strip(" ,")
        m = _BY_NAME.search(text) if named is None else None
        return (m.group("name") if m else text) or None
    who = _own(node, "[class*='forum-qui'], .forum-auteur, .auteur")
    if who is not None and (name := squash(inline(who))):
        return name
    head = _own(node, ".forum-chapo small") or _own(node, ".forum-chapo")
    if head is not None:
        text = squash(inline(head))
        title = _own(node, ".forum-titre")
        if title is not None and (t := squash(inline(title))) and text.startswith(t):
            text = text[len(t):]
        m = _BY_NAME.search(text)
        if m:
            return m.group("name").strip() or None
    return None


def _date(node, author: str | None) -> tuple[str | None, str | None]:
    """(printed date, machine-readable datetime) of a message."""
    time = _own(node, "time[datetime]")
    if time is not None:
        return squash(inline(time)) or None, time.attributes.get("datetime")
    for selector in _HEAD_BOXES:
        box = _own(node, selector)
        if box is None:
            continue
        text = squash(inline(box))
        title = _own(node, ".forum-titre")
        if title is not None and (t := squash(inline(title))) and t in text:
            text = text.replace(t, " ", 1)  # a title may hold a date or a number
        if author and author in text:
            text = text[:text.rindex(author)]
        found = dates.find_date(text)
        if found is not None:
            return found.raw.strip("() "), None
    return None, None


def _text(node) -> str:
    drop(node, INVISIBLE)
    for selector in _TEXT_BOXES:
        box = _own(node, selector)
        if box is not None:
            drop(box, _CHROME)
            return "\n\n".join(paragraphs(box))
    return ""


def _area(items: list[tuple]):
    """The forum's area: the element around the outermost message list."""
    if not items:
        return None
    top = items[0][0].parent
    while top is not None and top.parent is not None and top.tag in ("ul", "ol", "li"):
        top = top.parent
    return top


def _declared(area) -> int | None:
    for heading in area.css("h2, h3, h4, .forum-total"):
        count = count_in_title(inline(heading))
        if count is not None:
            return count
    return None
