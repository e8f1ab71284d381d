"""Drupal's own comment threads in raw HTML (core's comment module, Drupal 6 to 11).

Every Drupal version renders a comment the same way around its theme's template: an empty
anchor ``<a id="comment-ID"></a>`` and right after it the comment element (``article`` or
``div``) whose classes include ``comment``. Drupal 8 and later also write
``data-comment-user-id`` on that element and may put the id on it. Replies are not inside their
parent: the comment module wraps each level of replies in a ``div.indented`` that follows the
parent's element. So the parent of a comment is the last comment before it one level of
``div.indented`` out (method ``html-nesting``: the reply sits in its parent's indented block),
and the depth is the number of ``div.indented`` around it.

Fields, by template generation:

- author: ``.comment__author`` (Drupal 8+ themes; the name element inside it when a theme puts
  the whole "Submitted by NAME DATE" line there), ``.username`` (the username theme hook),
  RDFa ``foaf:name`` / ``schema:name``; else the name in "Submitted by NAME on DATE", or after
  the date in Garland's (Drupal 6's default theme) "DATE — NAME";
- date: ``time[datetime]``, RDFa ``dc:date``/``schema:dateCreated`` ``content`` (machine
  readable); else ``.comment__time``, or the date in the "submitted" line ("par NAME le 7 mai
  2020 - 12:38."), read in the page's language by :mod:`newscomments.dates`. The
  ``data-comment-timestamp`` marker is the *last change*, not the posting time, and is ignored;
- text: the comment body field (``field-name-comment-body`` in 7, ``field--name-comment-body``
  in 8+), ``.comment__content`` or ``.content``; else the element without its header, footer,
  subject heading and links. The subject heading (often the first words of the body) is no text.

A reply whose page shows no indentation (a flat display) gets its parent from the markup's own
parent id when there is one: RDFa ``sioc:reply_of`` (Drupal 7) or the hidden "In reply to"
permalink (Drupal 8+), method ``native-parent-id``. A pager inside the comment area marks the
page ``comment-pagination`` (Drupal pages threads at 50 by default).
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
from .textblocks import looks_like_name

NAME = "drupal_html"
VERSION = "drupal_html/9"
SUFFIXES = (".html", ".htm")

# The anchor and the comment element right after it, as the comment module writes them.
_ANCHORED_ITEM = re.compile(
    rb"""<a id=["']comment-\d+["']\s*>\s*</a>\s*<(?:article|div)\b[^>]*\bclass=["'](?:[^"']*\s)?comment[\s"']""")
_D8_ITEM = re.compile(rb"""data-comment-user-id=["']\d+["']""")
# Drupal evidence besides the item markup (any one): reply links, RDFa types, class names,
# the generator or Drupal.settings. Byte tests (memchr speed): an alternation, or a
# case-insensitive regex, is tried at every byte of the page.
_DRUPAL = (b"/comment/reply/", b"sioct:Comment", b"Drupal", b"drupal", b"js-comment", b"comment-by-",
           b"by-anonymous")

_COMMENT_ID = re.compile(r"^comment-(\d+)$")
_PARENT_HREF = re.compile(r"#comment-(\d+)\b|/comment/(\d+)\b")
# A name element inside a theme's author box (Drupal 8+ RDFa, the username theme hook).
_NAME_INSIDE = ".username, [property~='schema:name'], [property~='foaf:name']"
_TEXT_BOXES = (".field-name-comment-body", ".field--name-comment-body", ".comment__content",
               ".comment-content", ".content")
_AUTHORS = (".comment__author", ".username", "[property~='foaf:name']", "[property~='schema:name']",
            ".author", ".comment-author")
# What is no part of a comment's text when no body box is found.
_CHROME = "header, footer, h2, h3, ul.links, .links, .submitted, .comment__meta, .permalink, mark, .new, " \
          ".user-picture, .parent, .visually-hidden, .element-invisible, .element-hidden"


def detect(data: bytes, suffix: str) -> float:
    # Each test is a C scan of the page, the rarest first: most pages have neither item form
    # (the anchor pattern's literal "<a id=" lets re skip to its candidates).
    if _ANCHORED_ITEM.search(data) is None and (
            b"data-comment-user-id" not in data or _D8_ITEM.search(data) is None):
        return 0.0
    if not any(sign in data for sign in _DRUPAL) or not looks_like_html(data):
        return 0.0
    return 0.8  # below WordPress's list (0.85) and wpDiscuz, which a Drupal page never has


def parse(data: bytes, page_id: str, options: ParseOptions | None = None) -> ParsedPage:
    return parse_with(read_section, data, page_id, NAME, VERSION, options or ParseOptions())


def read_section(tree, options: ParseOptions) -> CommentSection:
    section = CommentSection(system="drupal")
    items = _items(tree)
    submitted = [squash(inline(node.css_first(".submitted"))) for node, _ in items]  # before _text drops it
    rows = [_row(node, native) for node, native in items]
    _names_after_the_shared_label(rows, submitted)
    printed = dates.parse_page_dates([None if r["iso"] else r["date"] for r in rows],
                                     crawled_at=options.crawled_at)
    ids = [r["id"] for r in rows]
    by_id = {native: k for k, native in enumerate(ids)}
    last_at_depth: dict[int, int] = {}
    depths: list[int] = []
    for k, (row, shown) in enumerate(zip(rows, printed)):
        level = row["level"]
        named = by_id.get(row["parent_id"]) if row["parent_id"] else None
        parent, method = reconcile_parent(section, k, last_at_depth.get(level - 1) if level > 0 else None,
                                          named, row["id"], row["parent_id"], ids)
        last_at_depth[level] = k
        for deeper in [d for d in last_at_depth if d > level]:
            del last_at_depth[deeper]  # a later reply at that level belongs to a newer parent
        # The depth follows the parents, so it stays consistent for a reply whose parent is on
        # another page of the thread (it is a root here).
        depths.append(0 if parent is None else depths[parent] + 1)
        section.comments.append(ParsedComment(
            position=k, text=row["text"], author=row["author"],
            author_source="explicit" if row["author"] else "unknown", native_id=row["id"],
            posted=machine_or_printed(row["iso"], row["date"], shown),
            parent_position=parent, parent_method=method,
            parent_confidence=1.0 if parent is not None else None, depth=depths[k],
            net_votes=row["votes"][0], upvotes=row["votes"][1], downvotes=row["votes"][2]))
    section.declared = _declared(tree)
    if _paged(tree, items):
        section.truncation.append("comment-pagination")
    return section


def _items(tree) -> list[tuple]:
    """(element, native id) of every comment, in page order."""
    out = []
    seen: set[int] = set()
    for a in tree.css("a[id^='comment-']"):
        m = _COMMENT_ID.match(a.attributes.get("id") or "")
        if m is None or inline(a):
            continue  # an anchor with text is a link, not the comment module's anchor
        node = a.next
        while node is not None and node.tag == "-text" and not (node.text_content or "").strip():
            node = node.next
        if node is not None and _is_comment(node) and node.mem_id not in seen:
            seen.add(node.mem_id)
            out.append((node, m.group(1)))
    more = []
    for node in tree.css("[data-comment-user-id][id^='comment-']"):
        m = _COMMENT_ID.match(node.attributes.get("id") or "")
        if m is not None and node.mem_id not in seen and _is_comment(node):
            seen.add(node.mem_id)
            more.append((node, m.group(1)))
    if more and out:  # both forms on one page: back into page order
        order = {n.mem_id: k for k, n in enumerate(tree.root.traverse())}
        return sorted(out + more, key=lambda item: order[item[0].mem_id])
    return out or more


def _is_comment(node) -> bool:
    return node.tag in ("article", "div") and "comment" in (node.attributes.get("class") or "").split()


def _row(node, native: str) -> dict:
    level = 0  # the div.indented blocks around the comment
    up = node.parent
    while up is not None:
        if up.tag == "div" and "indented" in (up.attributes.get("class") or "").split():
            level += 1
        up = up.parent
    parent_id = None
    for link in node.css("[rel~='sioc:reply_of'][resource], .parent a[href], .visually-hidden a[href]"):
        m = _PARENT_HREF.search(link.attributes.get("resource") or link.attributes.get("href") or "")
        if m is not None and (m.group(1) or m.group(2)) != native:  # not its own permalink
            parent_id = m.group(1) or m.group(2)
            break
    author = _author(node)
    date, iso = _date(node, author)
    votes = _votes(node)
    return {"id": native, "level": level, "parent_id": parent_id, "author": author,
            "date": date, "iso": iso, "votes": votes, "text": _text(node)}


# The Vote Up/Down module's widgets: "upanddown" counts each way (widget.tpl.php). The
# one-number widgets ("updown", "plain") print unsigned points, the votes either way added up
# in Drupal 8 and later: no net count, so they are not read.
_VUD = ".vud-widget"


def _votes(node) -> tuple[int | None, int | None, int | None]:
    """(net, up, down) votes of a comment's Vote Up/Down widget, or Nones."""
    widget = node.css_first(_VUD)
    if widget is None:
        return None, None, None
    up, down = (_count(widget.css_first(sel)) for sel in (".up-current-score", ".down-current-score"))
    down = abs(down) if down is not None else None
    return (up - (down or 0) if up is not None else None), up, down


def _count(node) -> int | None:
    text = inline(node).replace("+", "").replace("\u2212", "-") if node is not None else ""
    return int(text) if text.lstrip("-").isdigit() else None


def _author(node) -> str | None:
    name = None
    for selector in _AUTHORS:
        found = node.css_first(selector)
        if found is not None and (inner := found.css_first(_NAME_INSIDE)) is not None and inline(inner):
            found = inner  # a theme's author box that holds the whole "Submitted by NAME DATE" line
        if found is not None and (name := UNVERIFIED.sub("", inline(found))):
            break
    else:
        submitted = node.css_first(".submitted")
        link = submitted.css_first("a[href*='/user']") if submitted is not None else None
        name = inline(link) if link is not None else _name_before_date(node) or _name_after_date(submitted)
    if name and _is_anonymous(node):
        # The "(not verified)" label in a language UNVERIFIED does not list ("(未验证)").
        name = _TRAILING_LABEL.sub("", name) or name
    return name or None


def _name_before_date(node) -> str | None:
    """The name in a bare "NAME on DATE" creator line (Drupal 7's RDFa ``sioc:has_creator``
    span of an anonymous comment, without a username element): what comes before the date,
    without the one joining word."""
    creator = node.css_first("[rel~='sioc:has_creator']")
    return _before_the_date(squash(inline(creator))) if creator is not None else None


def _before_the_date(text: str) -> str | None:
    """What comes before the first date in ``text``, without one joining word ("on", "le",
    "am", "el", "dne": short, lower case)."""
    found = dates.find_date(text)
    if found is None or (at := text.find(found.raw)) <= 0:
        return None
    words = text[:at].split()
    if len(words) > 1 and words[-1].isalpha() and words[-1].islower() and len(words[-1]) <= 4:
        words.pop()
    return " ".join(words).strip(" ,") or None


def _names_after_the_shared_label(rows: list[dict], submitted: list[str]) -> None:
    """Authors of comments whose "submitted" line names them without a link or a username
    element ("Napsal uživatel Anonymous dne DATE.", cs): core prints one translated string
    for every comment of the page, so the words all those lines start with are the label, and
    the name runs from there to the date (without the one joining word). No table of the
    label in every language is needed."""
    lines = [UNVERIFIED.sub("", s) for s in submitted if s]
    if len(lines) < 2 or not any(r["author"] is None for r in rows):
        return
    label = lines[0].split()
    for line in lines[1:]:
        words = line.split()
        n = 0
        while n < min(len(label), len(words)) and label[n] == words[n]:
            n += 1
        label = label[:n]
    # A label's words after its first are lower case ("Submitted by", "Napsal uživatel"): from
    # the first capital on, the shared words are a name the commenters share ("John Smith",
    # "John Doe"; every comment by "Anonymous"), part of their names.
    first_capital = next((i for i, word in enumerate(label) if i and word[:1].isupper()), len(label))
    label = label[:first_capital]
    if not label or any(ch.isdigit() for word in label for ch in word):
        return  # no shared label (Garland's "DATE — NAME" lines start with their dates)
    for row, line in zip(rows, submitted):
        if row["author"] is not None or not line:
            continue
        rest = " ".join(UNVERIFIED.sub("", line).split()[len(label):])
        name = _before_the_date(rest)
        if name and looks_like_name(name):
            row["author"] = name
            # the date as _date reads it when it knows the name: all that follows the name
            if row["iso"] is None and (shown := _date_in(rest[rest.find(name) + len(name):])) is not None:
                row["date"] = shown


def _name_after_date(submitted) -> str | None:
    """The name in Garland's (Drupal 6's default theme) "DATE — NAME" submitted line."""
    if submitted is None:
        return None
    text = UNVERIFIED.sub("", squash(inline(submitted)))
    seps = list(_NAME_SEPARATOR.finditer(text))
    if not seps or len(text) > 120:
        return None
    last = seps[-1]  # the date may hold a dash itself ("Sat, 20/11/2010 - 08:24 — NAME")
    name = text[last.end():].strip()
    if not name or dates.parse_date(text[:last.start()]) is None:
        return None
    return name


_NAME_SEPARATOR = re.compile(r"\s(?:—|–|-|by)\s")
_TRAILING_SEPARATOR = re.compile(r"\s*(?:—|–|-|\bby)\s*$")


def _is_anonymous(node) -> bool:
    classes = (node.attributes.get("class") or "").split()
    return "by-anonymous" in classes or "comment-by-anonymous" in classes


_TRAILING_LABEL = re.compile(r"\s*[(（][^()（）]{1,24}[)）]$")


# The label Drupal's username theme adds to an anonymous commenter's name (core's translations).
UNVERIFIED = re.compile(r"\s*\((?:not verified|nicht überprüft|non vérifié|no verificado|non verificato|"
                         r"niet geverifieerd|não verificado|niezweryfikowany|не проверено)\)", re.I)


def _date(node, author: str | None) -> tuple[str | None, str | None]:
    """(printed date, machine-readable datetime) of a comment whose author is ``author``."""
    time = node.css_first("time[datetime]")
    iso = time.attributes.get("datetime") if time is not None else None
    marked = None
    if not iso:
        marked = node.css_first("[property~='dc:date'][content], [property~='schema:dateCreated'][content]")
        iso = marked.attributes.get("content") if marked is not None else None
    if time is not None and (shown := squash(inline(time))):
        return shown, iso
    if marked is not None and dates.parse_date(shown := inline(marked)) is not None:
        return shown, iso  # the RDFa element holds the printed date alone
    box = node.css_first(".comment__time") or node.css_first(".submitted") or marked
    if box is None:
        return None, iso
    text = UNVERIFIED.sub("", squash(inline(box)))
    if author and author in text:
        at = text.index(author)
        # "Submitted by NAME on DATE"; Garland's "DATE — NAME" has nothing after the name
        after = text[at + len(author):]
        text = after if after.strip(" .") else _TRAILING_SEPARATOR.sub("", text[:at])
    if (shown := _date_in(text)) is None and (found := dates.find_date(text)) is not None:
        shown = found.raw  # a date followed by other words ("25 Jan 2018 Permalink")
    return shown, iso


def _date_in(text: str) -> str | None:
    """The date that ends a "submitted" line: the text after the name without the words that
    join them ("on", "le", "am") and the final full stop. Leading words without a digit are
    taken off while what remains still reads as a date, so no table of the joining words in
    every language is needed (a month name that starts the date stays: without it no date
    is left)."""
    words = text.strip(" .,:-|").split()
    found = None
    for skip in range(3):
        if skip and (any(ch.isdigit() for ch in words[skip - 1]) or words[skip - 1][-1] in ".,"):
            break  # a joining word has no digit and no stop ("Mon," and "Mo." are weekdays)
        candidate = " ".join(words[skip:]).rstrip(".")
        if not candidate:
            break
        if dates.parse_date(candidate) is not None:
            found = candidate
    return found


def _text(node) -> str:
    drop(node, INVISIBLE + ", " + _VUD)  # (the votes were read before)
    for selector in _TEXT_BOXES:
        box = node.css_first(selector)
        if box is not None:
            return "\n\n".join(paragraphs(box))
    drop(node, _CHROME)
    return "\n\n".join(paragraphs(node))


def _declared(tree) -> int | None:
    for heading in tree.css("#comments h2, #comments h3, .comment-wrapper > h2, section.comments > h2"):
        count = count_in_title(inline(heading))
        if count is not None:
            return count
    # Drupal 7's RDFa count of the node's comments: teasers of other nodes carry theirs too, so
    # only the count inside the node the comments reply to (its "about" is their reply_of).
    nodes = {link.attributes.get("resource") for link in tree.css("[rel~='sioc:reply_of'][resource]")
             if "/comment/" not in (link.attributes.get("resource") or "")}
    for replies in tree.css("[property~='sioc:num_replies'][content]"):
        value = (replies.attributes.get("content") or "").strip()
        up = replies  # its own "about" first: a full node page prints the count in its head's <meta>
        while up is not None and "about" not in up.attributes:
            up = up.parent
        if value.isdigit() and up is not None and up.attributes.get("about") in nodes:
            return int(value)
    return None


def _paged(tree, items: list[tuple]) -> bool:
    """A pager in the comment area: after the first comment, inside the element holding them."""
    if not items:
        return False
    area = items[0][0].parent
    while area is not None and area.tag not in ("section", "div"):
        area = area.parent
    while area is not None and area.parent is not None and area.tag == "div" and \
            "indented" in (area.attributes.get("class") or "").split():
        area = area.parent
    return area is not None and area.css_first(".pager, nav.pager, ul.pager") is not None
