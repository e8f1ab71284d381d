"""wpDiscuz comment sections in raw HTML (wpDiscuz 7.x markup, VARIANTS.md 13.1).

Each comment is a ``div.wpd-comment`` whose id ``wpd-comm-{ID}_{PARENT}`` names the comment and
its parent (``_0``: a root), so parents come from the ids (method ``native-parent-id``), not
from reply markers; replies are also DOM descendants of their parent, which gives the depth.
A comment's own fields live in its ``.wpd-comment-wrap`` (the replies follow it inside the same
wrapper, so a search in the whole wrapper would find the replies' fields too).

Page-level: the declared count (``.wpd-thread-info[data-comments-count]``), the post rating
widget (``#wpd-post-rating``: ``.wpdrv`` average, ``.wpdrc`` count; 0 votes -> no average), and
the "Load More Comments" pagination (truncation ``load-more`` unless the block is hidden).
Dates are the ``title`` of ``.wpd-comment-date`` in the site's own format, parsed all together
so the page's dates decide the order of numeric dates.
"""

from __future__ import annotations

from .. import dates
from ..htmlpage import selectors as S
from ..htmlpage.dom import parse_document
from ..htmlpage.meta import extract_meta
from ..htmlpage.page import CommentSection, build_page
from ..htmlpage.systems import looks_like_html, wpdiscuz_score
from ..htmlpage.text import INVISIBLE, drop, inline, paragraphs, squash
from ..model import ArticleRating, ParsedComment, ParsedPage
from ..options import ParseOptions

NAME = "wpdiscuz_html"
VERSION = "wpdiscuz_html/1"
SUFFIXES = (".html", ".htm")

_KINDS = ("pingback", "trackback")


def detect(data: bytes, suffix: str) -> float:
    if not looks_like_html(data):
        return 0.0
    return wpdiscuz_score(data)


def parse(data: bytes, page_id: str, options: ParseOptions | None = None) -> ParsedPage:
    options = options or ParseOptions()
    tree, text = parse_document(data, options.limits)
    meta = extract_meta(tree, url_hint=options.url, crawled_at=options.crawled_at, text=text)
    section = read_section(tree, options)
    return build_page(tree, page_id, NAME, VERSION, meta, section, options)


def read_section(tree, options: ParseOptions) -> CommentSection:
    section = CommentSection(system="wpdiscuz")
    wrappers = [(n, m) for n in tree.css(S.WPD_COMMENT)
                if (m := S.WPD_ID.match(n.attributes.get("id") or ""))]
    rows = [_read_comment(n, m.group("id"), m.group("parent"), section.notes, k)
            for k, (n, m) in enumerate(wrappers)]
    posted = dates.parse_page_dates([r["date"] for r in rows], crawled_at=options.crawled_at)
    position = {r["id"]: k for k, r in enumerate(rows)}
    for k, (row, (node, _)) in enumerate(zip(rows, wrappers)):
        parent = None
        if row["parent"] != "0":
            parent = position.get(row["parent"])
            if parent is None or parent >= k:
                section.notes.append(f"comment {k} (id {row['id']}): parent id {row['parent']} "
                                     "is not an earlier comment on the page; kept as a root")
                parent = None
        section.comments.append(ParsedComment(
            position=k, text=row["text"], author=row["author"],
            author_source="explicit" if row["author"] else "unknown", native_id=row["id"],
            posted=posted[k], kind=row["kind"], is_image_only=row["image_only"],
            reply_to_name=row["reply_to"], parent_position=parent,
            parent_method="native-parent-id" if parent is not None else None,
            parent_confidence=1.0 if parent is not None else None, depth=_depth(node),
            net_votes=row["net"], upvotes=row["up"], downvotes=row["down"]))
    section.declared = _declared(tree)
    section.rating = _rating(tree)
    if _load_more_visible(tree):
        section.truncation.append("load-more")
    return section


def _read_comment(node, cid: str, parent: str, notes: list[str], k: int) -> dict:
    own = _own_box(node)
    author_node = own.css_first(S.WPD_AUTHOR)
    if author_node is not None:
        for nick in author_node.css(S.WPD_NICENAME):
            nick.decompose()
    author = inline(author_node) or None
    if author is None:
        avatar = own.css_first(S.WPD_AVATAR_ALT)
        author = squash(avatar.attributes.get("alt") or "") or None if avatar is not None else None
    date_node = own.css_first(S.WPD_DATE)
    date = None
    if date_node is not None:
        date = squash(date_node.attributes.get("title") or "") or inline(date_node) or None
    reply_to = None
    marker = own.css_first(S.WPD_REPLY_TO)
    if marker is not None:
        link = marker.css_first("a")
        reply_to = inline(link) if link is not None else None
        if not reply_to:
            if date_node is not None:
                date_node.decompose()
            reply_to = S.WPD_REPLY_PREFIX.sub("", inline(marker)).strip() or None
    text_node = own.css_first(S.WPD_TEXT)
    text, image_only = "", False
    if text_node is not None:
        drop(text_node, INVISIBLE)
        text = "\n\n".join(paragraphs(text_node))
        image_only = not text and text_node.css_first("img") is not None
    net, up, down = _votes(own)
    others = _anchor_ids(node, own) - {cid}
    if others:
        notes.append(f"comment {k}: wrapper id {cid} disagrees with its anchors "
                     f"({', '.join(sorted(others))}); the wrapper's id is used")
    classes = set((node.attributes.get("class") or "").split())
    kind = next((t for t in _KINDS if t in classes), "comment")
    avatar_img = own.css_first(".wpd-avatar img")
    src = avatar_img.attributes.get("src") or "" if avatar_img is not None else ""
    if kind == "comment":
        kind = next((t for t in _KINDS if f"/{t}." in src), "comment")
    return {"id": cid, "parent": parent, "author": author, "date": date, "reply_to": reply_to,
            "text": text, "image_only": image_only, "net": net, "up": up, "down": down,
            "kind": kind}


def _anchor_ids(node, own) -> set[str]:
    """Comment ids named by a comment's other anchors: the right box, the clipboard link and
    the reply-form anchor (all normally equal to the wrapper's id)."""
    ids = set()
    right = own.css_first(".wpd-comment-right[id^=comment-]")
    if right is not None:
        ids.add(right.attributes.get("id", "").removeprefix("comment-"))
    clip = own.css_first("[data-wpd-clipboard]")
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
        if child.tag == "div" and "wpd-comment-wrap" in (child.attributes.get("class") or "").split():
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


def _votes(own) -> tuple[int | None, int | None, int | None]:
    like = own.css_first(S.WPD_VOTE_LIKE)
    dislike = own.css_first(S.WPD_VOTE_DISLIKE)
    if like is not None or dislike is not None:
        up = _int(like.attributes.get("title") or like.text()) if like is not None else None
        down = _int(dislike.attributes.get("title") or dislike.text()) if dislike is not None else None
        if down is not None:
            down = abs(down)
        net = (up or 0) - (down or 0) if up is not None or down is not None else None
        return net, up, down
    result = own.css_first(S.WPD_VOTE_NET)
    if result is None:
        return None, None, None
    return _int(result.attributes.get("title") or result.text()), None, None


def _declared(tree) -> int | None:
    info = tree.css_first(S.WPD_THREAD_INFO)
    return _int(info.attributes.get("data-comments-count")) if info is not None else None


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
