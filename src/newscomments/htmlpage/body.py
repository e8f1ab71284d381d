"""The article body of an HTML page as clean paragraphs joined by a blank line.

1. The container is the first element matching :data:`selectors.BODY_CONTAINERS` (the markup
   CMSs and themes use for the post text, best first) that holds some paragraph text; failing
   that, the element holding the most ``<p>`` text. When an element inside it that names the
   post text itself (:data:`selectors.BODY_POST_TEXT`) holds at least 80% of its paragraph
   text, that element is taken instead (themes mark the whole article as its body). A post
   without <p> is found by its text: an element naming the post text, else, when no <p> of
   the page holds a sentence, the article element (the densest <p> block would be the page).
2. Inside it, navigation, share buttons, related posts, author boxes, captions, players, the
   article's header, the comment section and the comment form, ads and the invisible elements
   (scripts, styles, ...) are removed (:data:`selectors.BODY_BOILERPLATE`).
3. Its text is split into paragraphs at block elements; UI lines (``Share this:``, ...) and a
   repeated title are dropped.

Call it *after* the comments were read: it removes nodes from the tree.
"""

from __future__ import annotations

import re

from . import selectors as S
from .text import INVISIBLE, drop, paragraphs, squash
from .tree import in_aside, matches

# Lines that are a share/like widget's label, not article text (compared case-folded).
UI_LINES = frozenset(s.casefold() for s in [
    "Share this:", "Like this:", "Related", "Loading...", "Like Loading...", "Teilen mit:",
    "Gefällt mir:", "Gefällt mir Wird geladen …", "Gefällt mir Wird geladen...", "Ähnliche Beiträge",
    "Partager :", "J'aime :", "J’aime :", "Compartir:", "Me gusta:", "Comparte esto:",
    "Share", "Teilen", "Tweet", "Pin", "Print", "Email", "Drucken", "Related posts",
    "Ähnliche Artikel", "Das könnte dich auch interessieren", "Advertisement", "Anzeige",
    "Werbung", "Continue reading", "Weiterlesen", "Read more", "Mehr lesen"])
_MIN_TEXT = 150
_SENTENCE = 40  # characters: more than a skip link or a menu entry
# A paragraph with more characters than the longest UI line that are neither whitespace nor a
# zero-width space cannot squash to a UI line (casefold never shortens a string), so the
# squash and casefold of every long paragraph are skipped.
_LONGER_THAN_UI = re.compile(r"(?:[\s\u200b]*[^\s\u200b]){%d}" % (max(map(len, UI_LINES)) + 1))
_ALNUM = re.compile(r"[^\W_]")  # str.isalnum() of one character, as a regex
_NOT_BODY_TEXT = INVISIBLE + ", " + S.BODY_BOILERPLATE
# The boilerplate boxes without the states that hide an element ([hidden], aria-hidden, an
# inline display:none): a preloader or an open dialog hides the whole page's wrapper for a while.
_BOILERPLATE_BOXES = ", ".join(sel for sel in (x.strip() for x in S.BODY_BOILERPLATE.split(","))
                               if not sel.startswith(("[hidden", "[aria-hidden", "[style")))


def extract_body(tree, title: str | None = None) -> str:
    # The comment section and the form go first, page-wide: on a page that is mostly comments
    # (an excerpt of the comment area) the densest text would otherwise be a comment.
    body_node = tree.css_first("body") or tree.root
    if body_node is None:
        return ""
    drop(body_node, S.COMMENT_AREAS)
    container = _container(tree)
    if container is None:
        return ""
    # The full selector lists, not pruned to the names in the container: serialising the
    # container and collecting its names cost about three times what lexbor takes to test every
    # alternative on every node of it. Both lists in one walk: their alternatives look at a node
    # and its ancestors only, which a removal leaves alone for every node it leaves in place, so
    # removing the matches of one list and then those of the other removes the same nodes.
    drop(container, _NOT_BODY_TEXT)
    paras = [p for p in paragraphs(container) if _ALNUM.search(p) and not _is_ui_line(p)]
    if paras and title and squash(paras[0]).casefold() == squash(title).casefold():
        paras = paras[1:]
    return "\n\n".join(paras)


def _is_ui_line(para: str) -> bool:
    return _LONGER_THAN_UI.match(para) is None and squash(para).casefold() in UI_LINES


def _container(tree):
    # Selector by selector, best first. (One walk with all of them as a selector list, to skip
    # those that match nothing, costs more than the walks it saves: lexbor tests every
    # alternative on every node.)
    for selector in S.BODY_CONTAINERS:
        for node in matches(tree, selector):
            if _p_text(node) >= _MIN_TEXT:
                return _inner(node)
    # Posts written as text and <br> without <p> (Blogger's editor, old WordPress posts): an
    # element that names the post text and holds enough text of its own, before the densest
    # <p> block, which on such a page is a sidebar widget or a comment.
    for selector in S.BODY_POST_TEXT:
        for node in matches(tree, selector):
            if len(squash(node.text(deep=True))) >= _MIN_TEXT:
                return node
    densest, p_text = _densest(tree)
    if p_text < _SENTENCE:
        # No <p> holds a sentence (a skip link's at most; Drupal 6 forum topics): the densest
        # block is the page with its menus. The article element is nearer the post.
        return _article_element(tree) or densest
    return densest


# Elements that hold a post, for pages without <p>: the article or main column (the
# BODY_CONTAINERS after the post-text names) and WordPress's post wrappers.
_ARTICLE_ELEMENTS = (".hentry", "[id^=post-]", ".post") + S.BODY_CONTAINERS[len(S.BODY_POST_TEXT):] + ("[role=main]",)
# Names of boxes that hold another post's teaser or a promotion, not the post.
_NOT_THE_POST = ("teaser", "related", "featured", "promo", "widget", "sidebar", "card")


def _article_element(tree):
    """The post's element on a page without paragraphs: of the article elements outside asides
    and teaser boxes that hold at least 150 characters besides boilerplate, the first (best
    selector first, then in page order: WordPress's post wrapper before the column around it
    with its breadcrumb; a thread's first post) that is no box inside a candidate twice its
    size and holds a quarter of the page's text (else the post is elsewhere: a table layout, a
    bare div, and the element a card inside it)."""
    found: dict[int, tuple[int, int, object]] = {}  # mem_id -> (text, order, node)
    for selector in _ARTICLE_ELEMENTS:
        for node in matches(tree, selector):
            if node.mem_id in found or in_aside(node):
                continue
            named = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}".casefold()
            if any(w in named for w in _NOT_THE_POST):
                continue
            if (n := _text_besides_boilerplate(node)) >= _MIN_TEXT:
                found[node.mem_id] = (n, len(found), node)
    page = tree.css_first("body")
    least = _text_besides_boilerplate(page) // 4 if page is not None else 0
    for n, _, node in sorted(found.values(), key=lambda v: v[1]):
        # (a thread's posts: the first of siblings alike holds less than a quarter when the
        # replies are long)
        if (n >= least or _has_a_twin(node)) and not _inside_a_larger(node, n, found):
            return node
    return None


def _has_a_twin(node) -> bool:
    """Whether a sibling element of ``node`` has its tag and class (a list of posts)."""
    classes = node.attributes.get("class")
    for step in ("prev", "next"):
        sibling = getattr(node, step)
        while sibling is not None and sibling.tag in ("-text", "-comment"):
            sibling = getattr(sibling, step)
        if sibling is not None and sibling.tag == node.tag and sibling.attributes.get("class") == classes:
            return True
    return False


def _inside_a_larger(node, n: int, found: dict) -> bool:
    """Whether ``node`` (``n`` characters) is a box inside another candidate twice its size."""
    up = node.parent
    while up is not None and up.tag not in ("body", "html"):
        if up.mem_id in found and found[up.mem_id][0] >= 2 * n:
            return True
        up = up.parent
    return False


def _text_besides_boilerplate(node) -> int:
    """About how much text ``node`` keeps once its boilerplate is dropped (no more than that:
    boilerplate nested in boilerplate is subtracted twice)."""
    total = len(squash(node.text(deep=True)))
    if total < _MIN_TEXT:
        return total
    return total - sum(len(squash(n.text(deep=True))) for n in node.css(_NOT_BODY_TEXT))


def _inner(node):
    """``node``, or an element inside it that names the post text itself and holds most of its
    paragraph text (themes put ``itemprop=articleBody`` or ``.entry`` on the whole article, with
    the header, author box and related posts, around the ``.entry-content``)."""
    # One walk with all the names first: mostly only ``node`` itself matches, and then no
    # single selector can match anything else in it.
    if all(inner.mem_id == node.mem_id for inner in node.css(_POST_TEXT)):
        return node
    total = _all_p_text(node)
    for selector in S.BODY_POST_TEXT:
        for inner in node.css(selector):
            if inner.mem_id != node.mem_id and _all_p_text(inner) >= 0.8 * total:
                return inner
    return node


_POST_TEXT = ", ".join(S.BODY_POST_TEXT)


def _all_p_text(node) -> int:
    return sum(len(p.text(deep=True)) for p in node.css("p"))


def _p_text(node) -> int:
    total = 0
    for p in node.css("p"):
        total += len(p.text(deep=True))
        if total >= _MIN_TEXT:
            break
    return total


def _densest(tree) -> tuple:
    """The element whose own <p> children hold the most text (the usual body of a page that
    has no recognisable container), and that text's length. Paragraphs in boilerplate do not
    count: the box would be dropped whole (an author bio, a post footer)."""
    scores: dict[int, list] = {}
    boilerplate = {p.mem_id for box in tree.css(_BOILERPLATE_BOXES) for p in box.css("p")}
    for p in tree.css("p"):
        parent = p.parent
        if parent is None or p.mem_id in boilerplate:
            continue
        key = parent.mem_id
        entry = scores.setdefault(key, [parent, 0])
        entry[1] += len(p.text(deep=True))
    if not scores:
        return tree.css_first("body"), 0
    best = max(scores.values(), key=lambda e: e[1])
    return best[0], best[1]
