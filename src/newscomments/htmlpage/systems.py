"""Which comment system a page uses, from its bytes alone (cheap: used by ``detect()``)."""

from __future__ import annotations

import re
from itertools import islice

from . import selectors as S

# wpDiscuz: a rendered comment wrapper, or its thread container (an empty, lazy-loaded thread).
_WPD_COMMENT = re.compile(rb"""id=["']?w(?:pd|c)-comm-\d+_\d+""")  # 7.x; 5.x/6.x
# (Split in two: a pattern that starts with a literal is searched for that literal first,
# an alternation at the top is tried at every byte.)
_WPD_THREAD_ID = re.compile(rb"""id=["']?(?:wpdcom|wpd-threads|wpcomm|wcThreadWrapper)\b""")
_WPD_THREAD_LIST = b"wpd-thread-list"
_WPD = re.compile(b"wpd")
# WordPress's comment list, or one of its items (li with a comment/pingback class and an id).
_WP_ITEM = re.compile(rb"""["'\s](?:comment|pingback|trackback)\s[^"'<>]{0,200}\bdepth-1\b""")


def wpdiscuz_score(data: bytes) -> float:
    # Substring tests first: memchr-speed, and most pages have no wpDiscuz at all ("wpd" is in
    # every marker below, so one scan settles those pages; re finds a three-byte literal in
    # half the time ``in`` takes).
    if _WPD.search(data) is None:
        return 0.0
    if (b"wpd-comm-" in data or b"wc-comm-" in data) and _WPD_COMMENT.search(data):
        return 0.95
    if _WPD_THREAD_LIST in data or _WPD_THREAD_ID.search(data):
        return 0.9
    return 0.0


def wordpress_score(data: bytes) -> float:
    """WordPress's list markup: a comment-list container, items with ``depth-N`` classes and
    ``comment-N`` ids (comment_class() and wp_list_comments() always write them)."""
    lst = b"commentlist" in data or b"comment-list" in data
    item = False
    at = data.find(b"depth-1")
    while at >= 0 and not item:  # the class list around each "depth-1"
        item = _WP_ITEM.search(data, max(0, at - 220), at + 8) is not None
        at = data.find(b"depth-1", at + 7)
    if item and lst:
        return 0.85
    if item or lst:
        return 0.7
    if b"comment-reply-link" in data and _WP_ID_ATTR.search(data) is not None:
        # Core's reply link (comment_reply_link) beside items with core's ids: a theme whose
        # callback prints neither a list class nor comment_class() (ThemeGoods' Photome).
        return 0.6
    if b"comments" in data and _COMMENTS_ID.search(data) is not None and _WP_LI_ID.search(data) is not None:
        # Kubrick's comments.php copied by old themes: "<div id="comments">", a bare <ol>, and
        # items "<li class="alt" id="comment-N">"
        return 0.6
    return 0.0


_COMMENTS_ID = re.compile(rb"""id=["']?comments["'\s>]""")
_WP_LI_ID = re.compile(rb"""<li\s[^>]*?\bid=["']comment-\d+["']""")


# An element with core's comment-N id and a kind class (selectors.WP_ID_ITEM), either order.
# (Bounded lookaheads: a run of unclosed "<x " would otherwise make the scan quadratic.)
_WP_ID_ATTR = re.compile(rb"""<[a-z]+\s(?=[^>]{0,400}?\bid=["']?comment-\d+["'\s>])"""
                         rb"""(?=[^>]{0,400}?\bclass=["']?(?:[^"'>]{0,300}\s)?(?:comment|pingback|trackback)["'\s>])""")


def other_system(data: bytes) -> str | None:
    """The name of a comment system we recognise but do not parse, or None."""
    for name, needles in S.OTHER_SYSTEMS:
        if any(n in data for n in needles):
            return name
    return None


_TAGS = re.compile(rb"<(?:/?[A-Za-z][A-Za-z0-9]*[\s>/]|!--|!doctype)", re.I)


def looks_like_html(data: bytes) -> bool:
    """Markup, not text: a few tags near the start (pages saved from a view or an excerpt need
    not begin with <html>)."""
    # The third match settles it: findall would go on through the whole 8 KB.
    return next(islice(_TAGS.finditer(data, 0, 8192), 2, None), None) is not None
