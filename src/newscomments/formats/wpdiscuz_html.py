"""wpDiscuz comment sections in raw HTML (wpDiscuz 7.x markup, VARIANTS.md 13.1; the 5.x/6.x
markup, the same structure with ``wc-`` class names, is read by the same selectors).

Each comment is a ``div.wpd-comment`` whose id ``wpd-comm-{ID}_{PARENT}`` names the comment and
its parent (``_0``: a root), so parents come from the ids (method ``native-parent-id``), not
from reply markers; replies are also DOM descendants of their parent, which gives the depth
(on a thread displayed flat the depth follows the named parents).
A comment's own fields live in its ``.wpd-comment-wrap`` (5.x: ``.wc-comment-right``; the replies
follow it inside the same wrapper, so a search in the whole wrapper would find the replies'
fields too).

Page-level: the declared count (``.wpd-thread-info[data-comments-count]``; 5.x: the count line
or the bubble of its form heading), the post rating widget (``#wpd-post-rating``: ``.wpdrv``
average, ``.wpdrc`` count; 0 votes -> no average), the "Load More Comments" pagination
(truncation ``load-more`` unless the block is hidden), and the "… Read more »" control of
texts wpDiscuz shortened on the server (no text; truncation ``collapsed-text``).
Dates are the ``title`` of ``.wpd-comment-date`` in the site's own format, parsed all together
so the page's dates decide the order of numeric dates.
"""

from __future__ import annotations

from .. import dates
from ..htmlpage import selectors as S
from ..htmlpage.page import CommentSection, parse_with
from ..htmlpage.systems import looks_like_html, wpdiscuz_score
from ..htmlpage.text import INVISIBLE, drop, inline, paragraphs, squash
from ..htmlpage.tree import common_ancestor, owner
from ..model import ArticleRating, ParsedComment, ParsedPage
from ..options import ParseOptions

NAME = "wpdiscuz_html"
VERSION = "wpdiscuz_html/11"
SUFFIXES = (".html", ".htm")

_KINDS = ("pingback", "trackback")
# Dropped from a comment's text box before its text is read.
_TEXT_HIDDEN = INVISIBLE + ", " + S.WPD_CHROME_IN_TEXT


def detect(data: bytes, suffix: str) -> float:
    if not looks_like_html(data):
        return 0.0
    return wpdiscuz_score(data)


def parse(data: bytes, page_id: str, options: ParseOptions | None = None) -> ParsedPage:
    return parse_with(read_section, data, page_id, NAME, VERSION, options or ParseOptions())


def read_section(tree, options: ParseOptions) -> CommentSection:
    section = CommentSection(system="wpdiscuz")
    wrappers = [(n, m) for n in tree.css(S.WPD_COMMENT)
                if (m := S.WPD_ID.match(n.attributes.get("id") or ""))]
    # Texts wpDiscuz shortened ("… Read more »"); read before the texts drop the control.
    collapsed = tree.css_first(S.WPD_READ_MORE) is not None
    boxes = _boxes(tree, [n for n, _ in wrappers])
    rows = [_read_comment(n, m.group("id"), m.group("parent"), section.notes, k, box)
            for k, ((n, m), box) in enumerate(zip(wrappers, boxes))]
    posted = dates.parse_page_dates([r["date"] for r in rows], crawled_at=options.crawled_at)
    position = {r["id"]: k for k, r in enumerate(rows)}
    depths: list[int] = []
    for k, (row, (node, _)) in enumerate(zip(rows, wrappers)):
        parent = None
        if row["parent"] != "0":
            parent = position.get(row["parent"])
            if parent is None or parent >= k:
                section.notes.append(f"comment {k} (id {row['id']}): parent id {row['parent']} "
                                     "is not an earlier comment on the page; kept as a root")
                parent = None
        # The wrappers' nesting gives the depth; a thread displayed flat (every wrapper at
        # level 1) still names its parents, and the depth follows them.
        depth = _depth(node)
        if parent is not None and depth <= depths[parent]:
            depth = depths[parent] + 1
        depths.append(depth)
        section.comments.append(ParsedComment(
            position=k, text=row["text"], author=row["author"],
            author_source="explicit" if row["author"] else "unknown", native_id=row["id"],
            posted=posted[k], kind=row["kind"], is_image_only=row["image_only"],
            reply_to_name=row["reply_to"], parent_position=parent,
            parent_method="native-parent-id" if parent is not None else None,
            parent_confidence=1.0 if parent is not None else None, depth=depth,
            net_votes=row["net"], upvotes=row["up"], downvotes=row["down"]))
    section.declared = _declared(tree)
    section.rating = _rating(tree)
    if _load_more_visible(tree):
        section.truncation.append("load-more")
    if collapsed:
        section.truncation.append("collapsed-text")  # wpDiscuz cut these texts on the server
    return section


# A comment's fields: looked up once per page, each selector run over the whole thread (see
# _boxes), instead of one css_first per comment and field.
_FIELDS = {
    "author": S.WPD_AUTHOR, "avatar_alt": S.WPD_AVATAR_ALT, "date": S.WPD_DATE,
    "reply_to": S.WPD_REPLY_TO, "text": S.WPD_TEXT, "like": S.WPD_VOTE_LIKE,
    "dislike": S.WPD_VOTE_DISLIKE, "net": S.WPD_VOTE_NET,
    "right": ".wpd-comment-right[id^=comment-], .wc-comment-right[id^=comment-]",
    "clip": "[data-wpd-clipboard]",
    "avatar": ".wpd-avatar img",
}


class _Box:
    """The own box of one comment (:func:`_own_box`) and the first match of each of
    :data:`_FIELDS` in it (itself included), as ``own.css_first(selector)`` gives it.

    ``first`` is None when the page's boxes could not be read all at once; every lookup then
    runs on the box. Reading a comment removes nodes from its box (a nickname, a date, hidden
    elements of the text); after the first such removal (``changed()``) the lookups run on
    the box again, so a removed node is never returned."""

    def __init__(self, own, first: dict | None = None, nicks: bool = True, hidden: bool = True):
        self.own = own
        self.first = first
        self.nicks = nicks  # may hold a nickname (WPD_NICENAME)
        self.hidden = hidden  # its text box may hold something _TEXT_HIDDEN matches

    def find(self, field: str):
        if self.first is None:
            return self.own.css_first(_FIELDS[field])
        return self.first.get(field)

    def changed(self) -> None:
        self.first = None


def _boxes(tree, wrappers: list) -> list[_Box]:
    """The own box of each comment with its fields. Every field selector runs once over the
    thread, and each match goes to the box around it. Boxes normally never nest (a comment's
    replies follow its box); when one does (broken markup, or a wrapper without its own box),
    a match would belong to two boxes and one comment's removals could reach another's box,
    so that page is read box by box as before."""
    owns = [_own_box(n) for n in wrappers]
    if not owns:
        return []
    # Wrappers come in document order and each box is (in) its wrapper: everything that
    # belongs to a box lies below the lowest common ancestor of the first and last wrappers.
    scope = common_ancestor(wrappers[0], wrappers[-1]) or tree.root
    index = {own.mem_id: k for k, own in enumerate(owns)}
    if len(index) < len(owns) or any(_inside_other(own, index, scope.mem_id) for own in owns):
        return [_Box(own) for own in owns]
    owners: dict[int, int | None] = {}
    first: list[dict] = [{} for _ in owns]
    for field, selector in _FIELDS.items():
        for node in scope.css(selector):
            k = owner(node, index, owners)
            if k is not None and field not in first[k]:
                first[k][field] = node
    with_nick = {owner(n, index, owners) for n in scope.css(S.WPD_NICENAME)}
    # The text boxes with something _TEXT_HIDDEN matches in them (themselves included).
    text_of = {box["text"].mem_id: k for k, box in enumerate(first) if "text" in box}
    hidden: set[int] = set()
    seen: set[int] = set()
    for node in scope.css(_TEXT_HIDDEN):
        while node is not None and node.mem_id not in seen:
            seen.add(node.mem_id)
            if node.mem_id in text_of:
                hidden.add(text_of[node.mem_id])
            node = node.parent
    return [_Box(own, first[k], k in with_nick, k in hidden) for k, own in enumerate(owns)]


def _inside_other(own, index: dict, stop: int) -> bool:
    """Whether another box encloses ``own`` (looking up to the scope node ``stop``)."""
    if own.mem_id == stop:
        return False
    node = own.parent
    while node is not None:
        key = node.mem_id
        if key in index:
            return True
        if key == stop:
            return False
        node = node.parent
    return False


def _read_comment(node, cid: str, parent: str, notes: list[str], k: int, box: _Box) -> dict:
    author_node = box.find("author")
    if author_node is not None and box.nicks:
        nicks = author_node.css(S.WPD_NICENAME)
        for nick in nicks:
            nick.decompose()
        if nicks:
            box.changed()
    author = inline(author_node) or None
    if author is None:
        avatar = box.find("avatar_alt")
        author = squash(avatar.attributes.get("alt") or "") or None if avatar is not None else None
    date_node = box.find("date")
    date = None
    if date_node is not None:
        date = squash(date_node.attributes.get("title") or "") or inline(date_node) or None
    reply_to = None
    marker = box.find("reply_to")
    if marker is not None:
        link = marker.css_first("a")
        reply_to = inline(link) if link is not None else None
        if not reply_to:
            if date_node is not None:
                date_node.decompose()
                box.changed()
            reply_to = S.WPD_REPLY_PREFIX.sub("", inline(marker)).strip() or None
    text_node = box.find("text")
    text, image_only = "", False
    if text_node is not None:
        if box.hidden or box.first is None:
            drop(text_node, _TEXT_HIDDEN)
            box.changed()
        text = "\n\n".join(paragraphs(text_node))
        image_only = not text and text_node.css_first("img") is not None
    net, up, down = _votes(box)
    others = _anchor_ids(node, box) - {cid}
    if others:
        notes.append(f"comment {k}: wrapper id {cid} disagrees with its anchors "
                     f"({', '.join(sorted(others))}); the wrapper's id is used")
    classes = set((node.attributes.get("class") or "").split())
    kind = next((t for t in _KINDS if t in classes), "comment")
    avatar_img = box.find("avatar")
    if avatar_img is None and kind == "comment":
        avatar_img = node.css_first(".wc-comment-left img[src]")  # 5.x: beside the own box
    src = avatar_img.attributes.get("src") or "" if avatar_img is not None else ""
    if kind == "comment":
        kind = next((t for t in _KINDS if f"/{t}." in src), "comment")
    return {"id": cid, "parent": parent, "author": author, "date": date, "reply_to": reply_to,
            "text": text, "image_only": image_only, "net": net, "up": up, "down": down,
            "kind": kind}


def _anchor_ids(node, box: _Box) -> set[str]:
    """Comment ids named by a comment's other anchors: the right box, the clipboard link and
    the reply-form anchor (all normally equal to the wrapper's id)."""
    ids = set()
    right = box.find("right")
    if right is not None:
        ids.add(right.attributes.get("id", "").removeprefix("comment-"))
    clip = box.find("clip")
    if clip is not None:
        ids.add((clip.attributes.get("data-wpd-clipboard") or "").rpartition("#comment-")[2])
    child = node.child
    while child is not None:
        anchor = child.attributes.get("id") or "" if child.tag == "div" else ""
        if anchor.startswith("wpdiscuz_form_anchor-"):
            ids.add(anchor.removeprefix("wpdiscuz_form_anchor-").split("_")[0])
            break
        child = child.next
    return {i for i in ids if i}


def _own_box(node):
    """The part of a comment wrapper that is the comment itself (not its replies)."""
    child = node.child
    while child is not None:
        if child.tag == "div" and any(c in S.WPD_OWN_BOX for c in (child.attributes.get("class") or "").split()):
            return child
        child = child.next
    return node


def _depth(node) -> int:
    depth = 0
    parent = node.parent
    while parent is not None:
        if parent.tag == "div" and S.WPD_ID.match(parent.attributes.get("id") or ""):
            depth += 1
        parent = parent.parent
    return depth


def _int(value: str | None) -> int | None:
    value = squash(value or "").replace("\u2212", "-").replace("+", "")
    try:
        return int(value)
    except ValueError:
        return None


def _votes(box: _Box) -> tuple[int | None, int | None, int | None]:
    like = box.find("like")
    dislike = box.find("dislike")
    if like is not None or dislike is not None:
        up = _int(like.attributes.get("title") or like.text()) if like is not None else None
        down = _int(dislike.attributes.get("title") or dislike.text()) if dislike is not None else None
        if down is not None:
            down = abs(down)
        net = (up or 0) - (down or 0) if up is not None or down is not None else None
        return net, up, down
    result = box.find("net")
    if result is None:
        return None, None, None
    return _int(result.attributes.get("title") or result.text()), None, None


def _declared(tree) -> int | None:
    info = tree.css_first(S.WPD_THREAD_INFO)
    if info is not None:
        return _int(info.attributes.get("data-comments-count"))
    count = tree.css_first(S.WPD_COUNT)
    return _int(count.attributes.get("title") or inline(count)) if count is not None else None


def _rating(tree) -> ArticleRating | None:
    box = tree.css_first(S.WPD_RATING)
    if box is None:
        return None
    count = _int(inline(box.css_first(S.WPD_RATING_COUNT))) or 0
    value_node = box.css_first(S.WPD_RATING_VALUE)
    value = None
    if count > 0 and value_node is not None:
        try:
            value = float(inline(value_node).replace(",", "."))
        except ValueError:
            value = None
        if value is not None and not 1.0 <= value <= 5.0:
            return None  # an average off the 5-star scale is no rating (as the text side reads it)
    return ArticleRating(votes=count, value=value)


def _load_more_visible(tree) -> bool:
    for block in tree.css(S.WPD_PAGINATION):
        if _hidden(block):
            continue
        if block.css_first(S.WPD_LOAD_MORE) is not None or "load more" in inline(block).casefold():
            return True
    return False


def _hidden(node) -> bool:
    while node is not None and node.tag not in ("body", "html"):
        attrs = node.attributes
        style = (attrs.get("style") or "").replace(" ", "").lower()
        if "display:none" in style or "hidden" in attrs:
            return True
        node = node.parent
    return False
