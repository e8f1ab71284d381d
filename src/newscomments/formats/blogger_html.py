"""Blogger (Blogspot) comment sections in raw HTML.

Blogger renders a post's comments on the server in one of two layouts of its Blog widget:

- **threaded** (``div.comments.threaded``, the default since 2012): each comment is an
  ``li.comment`` with id ``c{ID}``; its own fields are in its ``div.comment-block``
  (``cite.user`` name, maybe a profile link; ``span.datetime a`` the printed time, whose
  ``showComment={epoch ms}`` permalink gives the exact UTC time; ``.comment-content`` the
  text) and its replies in the ``div.comment-replies`` beside it, so the parent is the
  nearest enclosing item (method ``html-nesting``) and the depth the number of enclosing items.
- **classic** (``dl#comments-block``): flat ``dt#c{ID}`` ("NAME said..." in the blog's
  language; the template names its classes, ``comment-author`` or ``comment-poster``), then a
  ``dd`` with the text and one with the comment's own permalink (``#c{ID}``, in
  ``dd.comment-footer .comment-timestamp a`` or ``dd.comment-timestamp a``). Tags may be upper
  case.

The declared count is the ``#comments`` heading ("7 comments:"); a visible "Load more..." block
(Blogger pages its threads at 200) marks the page ``load-more``. The printed times are parsed
all together in the page's own format when a permalink has no epoch.
"""

from __future__ import annotations

import re

from .. import dates
from ..htmlpage.counts import count_in_title
from ..htmlpage.page import CommentSection, parse_with
from ..htmlpage.systems import looks_like_html
from ..htmlpage.text import INVISIBLE, drop, inline, paragraphs
from ..htmlpage.tree import owner
from ..model import ParsedComment, ParsedPage, PostedTime
from ..options import ParseOptions

NAME = "blogger_html"
VERSION = "blogger_html/9"
SUFFIXES = (".html", ".htm")

_ITEM_ID = re.compile(r"^c(\d+)$")
# Byte patterns of the two layouts' items (Blogger writes these attributes in this order).
# Case-blind: old templates and pages saved by old browsers write tags in upper case
# ("<DT class='comment-author' id='c…'>"). A classic item's classes are the template's own
# ("comment-author", "comment-poster"): its id "c{ID}" on a dt is what Blogger writes.
_THREADED_ITEM = re.compile(rb"""<li class=["']comment["'] id=["']c\d+["']""", re.I)
_CLASSIC_ITEM = re.compile(rb"""<dt\s[^<>]*?\bid=["']?c\d+["'\s>]""", re.I)
_BLOGGER, _HEAD = re.compile(rb"blog(?:ger|spot)"), 32_768
_EPOCH = re.compile(r"[?&]showComment=(\d{13})\b")
# "NAME said..." in the classic layout (and its text dumps, see other_text), in Blogger's
# languages: English, German, French, Spanish, Italian, Portuguese, Dutch, Russian, Polish,
# Turkish, Finnish, Swedish/Danish/Norwegian.
SAID_WORDS = ("said", "hat gesagt", "a dit", "dijo", "ha detto", "disse", "zei", "сказал(а)", "сказал",
              "napisał(a)", "pisze", "dedi ki", "kirjoitti", "skrev", "sa")
_SAID = re.compile(r"\s*(?:" + "|".join(map(re.escape, SAID_WORDS)) + r")\s*(?:\.\.\.|…)?\s*$", re.I)


def detect(data: bytes, suffix: str) -> float:
    if not looks_like_html(data):
        return 0.0
    # Every Blogger page names Blogger in its head (generator meta, feed and OpenID links,
    # blogspot URLs); looking only there keeps detect() cheap on the other pages.
    if _BLOGGER.search(data, 0, _HEAD) is None:
        return 0.0
    if _THREADED_ITEM.search(data) or _CLASSIC_ITEM.search(data):
        return 0.9
    return 0.0


def parse(data: bytes, page_id: str, options: ParseOptions | None = None) -> ParsedPage:
    return parse_with(read_section, data, page_id, NAME, VERSION, options or ParseOptions())


def read_section(tree, options: ParseOptions) -> CommentSection:
    section = CommentSection(system="blogger")
    rows = _threaded(tree) or _classic(tree)
    printed = dates.parse_page_dates([r["date"] for r in rows], crawled_at=options.crawled_at)
    for k, (row, shown) in enumerate(zip(rows, printed)):
        section.comments.append(ParsedComment(
            position=k, text=row["text"], author=row["author"],
            author_source="explicit" if row["author"] else "unknown", native_id=row["id"],
            posted=_posted(row, shown), parent_position=row["parent"],
            parent_method="html-nesting" if row["parent"] is not None else None,
            parent_confidence=1.0 if row["parent"] is not None else None, depth=row["depth"]))
    heading = tree.css_first("#comments h4, #comments h3, #comments h2")
    section.declared = _declared(inline(heading)) if heading is not None else None
    more = tree.css_first("#comments .loadmore")
    if more is not None and "hidden" not in (more.attributes.get("class") or "").split():
        section.truncation.append("load-more")
    return section


# Blogger prints its count heading as "N LABEL:", and a blog may rename the label ("1
# Meinungen:", "3 Gedanken:"): in Blogger's own heading a number, a word and the colon suffice.
_COUNT_LABEL = re.compile(r"^(\d+)\s+\w[^:]{0,30}:$")


def _declared(heading: str) -> int | None:
    count = count_in_title(heading)
    if count is None and (m := _COUNT_LABEL.match(heading)):
        count = int(m.group(1))
    return count


def _threaded(tree) -> list[dict]:
    items = [n for n in tree.css("li.comment[id]") if _ITEM_ID.match(n.attributes.get("id") or "")]
    index = {n.mem_id: k for k, n in enumerate(items)}
    owners: dict = {}
    rows = []
    for k, li in enumerate(items):
        # Items come in page order, so the enclosing item's depth is known already.
        parent = owner(li.parent, index, owners)
        depth = 0 if parent is None else rows[parent]["depth"] + 1
        box = _child(li, "comment-block") or li
        link = box.css_first(".datetime a, .comment-timestamp a")
        content = box.css_first(".comment-content")
        rows.append({
            "id": _ITEM_ID.match(li.attributes["id"]).group(1), "parent": parent, "depth": depth,
            "author": inline(box.css_first("cite.user, .user")) or None,
            "date": inline(link) or None, "href": link.attributes.get("href") if link is not None else None,
            "text": _text(content)})
    return rows


def _classic(tree) -> list[dict]:
    rows = []
    for dt in tree.css("dl#comments-block > dt[id]"):
        m = _ITEM_ID.match(dt.attributes.get("id") or "")
        if m is None:
            continue
        body = link = None
        node = dt.next
        own = f"a[href$='#c{m.group(1)}']"
        while node is not None and node.tag != "dt":
            if node.tag == "dd":
                # The template names its boxes ("comment-body" / "comment-footer",
                # "comment-timestamp"): the box with this comment's own permalink ("#c{ID}",
                # with or without "showComment=") is the footer, the first other one the text.
                # A text may quote another comment's permalink: only a box after the text is
                # taken for the footer by a bare "showComment" link.
                permalink = node.css_first(own) or node.css_first(".comment-timestamp a") \
                    or (node.css_first("a[href*=showComment]") if body is not None else None)
                if permalink is not None and link is None:
                    link = permalink
                elif body is None:
                    body = node
            node = node.next
        rows.append({
            "id": m.group(1), "parent": None, "depth": 0, "author": _classic_author(dt),
            "date": inline(link) or None, "href": link.attributes.get("href") if link is not None else None,
            "text": _text(body)})
    return rows


def _classic_author(dt) -> str | None:
    """The name in "NAME said...": the profile link's text, else the heading's own text."""
    for a in dt.css("a[href]"):
        if a.css_first("img") is None and (name := inline(a)):
            return name
    drop(dt, ".avatar-image-container, " + INVISIBLE)
    return _SAID.sub("", inline(dt)) or None


def _child(node, cls: str):
    child = node.child
    while child is not None:
        if child.tag == "div" and cls in (child.attributes.get("class") or "").split():
            return child
        child = child.next
    return None


def _text(node) -> str:
    if node is None:
        return ""
    drop(node, INVISIBLE)
    return "\n\n".join(paragraphs(node))


def _posted(row: dict, shown: PostedTime | None) -> PostedTime | None:
    """The permalink's epoch (exact UTC) with the printed string kept; else the printed time."""
    m = _EPOCH.search(row["href"] or "")
    if m is not None:
        exact = dates.from_epoch_ms(row["date"] or m.group(1), int(m.group(1)))
        if exact is not None:
            if shown is not None and shown.local is not None:
                return PostedTime(raw=exact.raw, local=shown.local, utc=exact.utc, precision=exact.precision,
                                  order=shown.order, order_basis=shown.order_basis, ambiguous=shown.ambiguous)
            return exact
    return shown
