"""Comments of a system no format module reads, found by the repetition of their markup.

Every comment system prints a page's comments as one repeated element per comment: Movable
Type's ``div#c123`` with a "Posted by: NAME on DATE" footer, TypePad's ``div.comment``,
Contao's ``div.comment_default``, a newspaper's own ``ul.comments-list > li`` with
``p.auteur`` and ``p.date``, a Bootstrap card of panels, headings "NAME @ DATE" each followed by
the text. :func:`read_groups` finds such a group and reads its members; ``generic_html`` calls
it when no format module claimed the page.

**Where it looks.** In elements whose id or class names a comment section: a whole class or id
such as ``comments``, ``comment-list``, ``leserkommentare``, ``commentaires``, ``commenti``
("exactly named"), or one whose parts name comments and a list (``comments-card``,
``epoch-comments``, ``comment-tree``; ``reactions``, ``responses``, ``reacties`` and German
``kommentare``, which also name other things) ("named"), and the elements up to two levels
inside those; in the bare lists inside them (``ul``, ``ol``, ``dl``, a table's ``tbody``) and
the wrappers (up to two levels) between them and the comments; after an ``<a name="comments">``
anchor or a heading with such an id (its later siblings only). Never inside the element that
holds the post's text (``.entry-content``, ``[itemprop=articleBody]``): a thread there is
quoted. A class that says something *about* comments is no name for them: a state
(``comments-open``, ``has-comments``, ``no-comments``), an editorial kind (``commentary``, the
singular ``kommentar`` of a newspaper's op-ed, ``press-comments``, ``live-commentary``) or a
widget (``most-commented``, ``latestcomments``). Nothing inside navigation, forms (but one that
wraps the whole page), asides (but one named exactly for the comments) or widgets is looked at.

**What a group is.** Two or more element children of one such container with the same tag and
the same first class (state classes such as ``odd``, ``reply`` or ``depth-2`` aside; an element
without a class is known by its id's prefix, "comment-" of ``comment-215101``), or with the same
tag whatever their classes (a class may only mark the writer: Dotclear's ``me``), or one child
with elements of its tag and class nested in it (one thread), or one child with a comment's id.
Elements of the group's tag and class nested in a member are its replies (method
``html-nesting``); a reply printed flat that links to an earlier comment's anchor after reply
words ("in reply to <a href="#cmt-91">Ruth</a>", "@<a href="#c12">Ben</a>") has that comment
as parent (``native-parent-id``), the name as its ``reply_to_name``, and the marker line out
of its text.

**What a member must show.** A date, an author and text, read from its own parts by
:mod:`.comment_fields` (never from the comment's text or a quotation); a member holding two
other comments' ids is a list, not a comment.

**Evidence.** Dates, names and text alone also describe teasers, reviews, event lists and
author boxes. A group counts only with two readable comments at least (one, when it has a
comment's id under a section named exactly), two thirds of its items readable, half of them
signed (or reply links on them), and at least one sign of a comment system: comment ids on
the members (``c123``, ``comment-4410``), reply links in them, a class of theirs naming a
comment, a count or "Comments" heading at the top of the list, or headings holding only
"NAME @ DATE" each followed by its text. A container named exactly for comments adds a sign
but is none alone (a shop's reviews tab is ``#comments`` too). Nothing is read after a notice
that the section holds no comments ("Comments are closed.", "No comments yet"; unless the items
carry comment ids: a closed thread keeps its comments), under a "Comments (0)" heading, beside
a JavaScript system's empty embed (Disqus, Coral, Discourse, …), or from items that link to
comments on several other pages ("From the comments" boxes); a member whose headline links to
another page is a story card. Of several groups, the one with the most signs wins, then the
larger.

**Left alone.** A reply printed flat without such a link gets no parent (even where a
``depth-N`` class or an indent names it); a reply list printed beside its parent (JComments) is not read;
a page with several lists (a question and its answers, each with comments) gives the best one
only.

**Cost.** The search looks at the first 5,000 elements named for comments and 1,000 containers,
reads the first 60 items of each group only, does not look again inside the items of a group
it accepted, and stops after 3,000 items or 8 million characters of their text (wrappers
nested in wrappers would otherwise be read once per level); extents are found before any
element is removed, so long and deep lists cost one reading of each comment.
"""

from __future__ import annotations

import re

from .. import dates
from ..model import ParsedComment
from ..htmlpage.counts import count_in_title
from ..htmlpage.page import CommentSection, machine_or_printed
from ..htmlpage.text import inline
from .comment_fields import ITEM_ID, LETTER, NAMES_AUTHOR, has_reply_action, is_ui, item_id, read_member

# --- where: containers --------------------------------------------------------------------

# Candidates (a broad net; _area_name() decides), and the anchors themes put before the list.
_AREAS = ("[id*=comment i], [class*=comment i], [id*=coment i], [class*=coment i], "
          "[id*=kommentar i], [class*=kommentar i], [id*=komentar i], [class*=komentar i], "
          "[id*=reaction i], [class*=reaction i], [id*=réaction i], [class*=réaction i], "
          "[id*=reacties i], [class*=reacties i], [id*=responses i], [class*=responses i]")
_ANCHORS = "a[name=comments], a[name=comment], a[id=comments], a[name=kommentare], a[id=kommentare]"
# Whole tokens that name a comment section.
# (Not German "kommentare" alone: a newspaper's opinion section is called so too.)
_EXACT = frozenset("""comments comment-list commentlist comments-list commentslist comment_list comments_list
    kommentarliste leserkommentare commentaires comentarios comentários comentarii commenti komentarze
    komentáře kommentarer kommentit""".split())
# Parts of a token: a word for the comments themselves, or one for a comment with a list word.
_SECTION_PARTS = frozenset("""comments kommentare leserkommentare commentaires comentarios comentários
    komentarze kommentarer reacties reactions réactions responses commentlist commentslist""".split())
_ONE_PARTS = frozenset("comment kommentar commentaire comentario komentar cmt".split())
_LIST_PARTS = frozenset("""list area section box tree thread threads wrap wrapper container block holder zone
    panel card items stream inner outer all main""".split())
# Parts that make a token a state, an editorial kind or a widget, not the section's name.
_NOT_SECTION_PARTS = frozenset("""open opened closed close enabled disabled has no with without sans count counts
    number num link links toggle show hide form respond title heading header icon button btn meta rss feed
    policy rules notice status off on allowed editor editorial press expert redaktion live chat recipe top most
    recent latest popular hot best featured related teaser teasers widget sidebar summary preview excerpt
    forum topics product review reviews rating ratings nav navigation menu footer share social count-text""".split())
# Glued widget names: "mostcommented", "latestcomments", "topkommentare".
_WIDGET_GLUED = re.compile(r"^(?:wp-?block-?)?(?:most|latest|recent|top|popular|hot|best|last|new|meist|neueste)"
                           r"[-_]?(?:comment|kommentar|commentaire|comentario|reaction)", re.I)
# An element whose own class or id starts so is a widget, a form or navigation: nothing in it is
# looked at. (<body>'s classes describe the layout, "right-sidebar nav-below-header": not read.)
_NOT_AREA = re.compile(r"^(?:wp-block-)?(?:widget|sidebar|respond|commentform|comment-form|comment-respond|"
                       r"recentcomments|recent-comments|latest-comments|related|popular|most-)|"
                       r"^(?:nav|navigation|menu|sidebar|secondary|widget-area)$", re.I)
_NOT_AREA_TAGS = frozenset(["form", "nav", "aside", "header", "select", "textarea", "input", "button", "a",
                            "img", "script", "style", "head", "link", "meta", "template", "noscript"])
# The elements that hold the post's text and nothing else (not "postcontent" or "entry",
# which themes also wrap around the comment section, nor an <article> marked articleBody).
_POST_TEXT = ", ".join(f"{tag}{name}" for tag in ("div", "section") for name in (
    "[itemprop=articleBody]", ".entry-content", ".entry_content", ".article-content", ".article_content",
    ".article-body", ".article__body", ".articlebody", ".story-body"))
_AREA_LIMIT = 1_000  # containers looked at per page (each costs a walk of its children)
_MEMBER_BUDGET = 3_000  # items read while looking for the group
# Characters of text read while looking: members holding whole threads (wrappers nested in
# wrappers) would otherwise be read once per level.
_CHAR_BUDGET = 8_000_000
_CANDIDATES = 5_000  # elements whose id or class holds a comment word, looked at in page order
_SAMPLE = 60
_LISTS = frozenset(["ul", "ol", "dl", "tbody"])  # (a table's rows are in its tbody, implied or not)
_HEADING_TAGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])

# --- what: members ------------------------------------------------------------------------

# Classes that mark a member's state, not its kind: left out of the group key.
_STATE = re.compile(r"^(?:odd|even|alt|first|last|reply|replies|child|children|parent|thread.*|depth.*|"
                    r"level.*|by.*|highlight.*|new|unread|approved|moderated|clearfix|clear|row|item|"
                    r"panel-default|card|media|well|me|own|self|mine)$", re.I)
_DIGITS = re.compile(r"\d+")
_ID_PREFIX = re.compile(r"^([A-Za-z][\w-]{0,24}?[-_]?)\d+$")
# (Not "antwort", "réponse", "respuesta": an FAQ's answers are called so too.)
_KIND_NAMES_COMMENT = re.compile(r"comment|kommentar|komentar|coment|reply", re.I)

_SECTION_HEADINGS = frozenset(s.casefold() for s in (
    "Comments", "Comments:", "Reader comments", "Kommentare", "Leserkommentare", "Commentaires", "Comentarios",
    "Commenti", "Reacties", "Reactions", "Réactions", "Responses", "Komentarze", "Комментарии", "评论", "評論",
    "留言", "コメント", "댓글", "Discussion", "Diskussion"))


def read_groups(tree) -> CommentSection | None:
    """The comments of the page's best repeated group (see module docs), or None. Reading them
    removes their elements from ``tree``: call before the body is extracted."""
    best = None
    budget, chars = _MEMBER_BUDGET, _CHAR_BUDGET
    inside: set[int] = set()  # the items of the groups accepted: a list inside one is no list
    # A list inside the post's text is quoted in it (a thread pasted into an article).
    inside.update(node.mem_id for node in tree.css(_POST_TEXT))
    for container, naming, after in _containers(tree):
        if _within(container, inside):
            continue
        for members in _groups(container, after):
            items = _items(container, members)
            key = _group_key(members)
            tops = {m.mem_id for m in members}
            sample = items[:_SAMPLE]  # (reading every item of a long list twice would double its cost)
            budget -= len(sample)
            chars -= sum(len(node.text(deep=True)) for node, _, _ in sample)  # (counted in C)
            if budget < 0 or chars < 0:
                break
            readable = [read_member(node, _extent(node, tops) if depth == 0 else [],
                                    lambda n, m=node: _in_reply(n, m, key)) for node, _, depth in sample]
            good = [(node, r) for (node, _, _), r in zip(sample, readable) if r is not None]
            signs = _signs(container, naming, members, good, key) if _ratio_ok(good, sample) else None
            if signs is None:
                continue
            inside.update(node.mem_id for node, _, _ in items)
            score = (signs, len(good) * len(items) / len(sample))
            if best is None or score > best[0]:
                best = (score, container, members, items)
        if budget < 0 or chars < 0:
            break
    if best is None:
        return None
    _, container, members, items = best
    section = _read(container, members, items)
    return section if section.comments else None


def _signs(container, naming: str, members, good: list, key) -> int | None:
    """How many signs of a comment system the group shows (see module docs), or None when it
    does not count as comments."""
    if not good:
        return None
    ids = sum(1 for node, _ in good if item_id(node)) * 2 >= len(good)
    # (one comment alone: with a comment's id, in a list named exactly or under its heading)
    alone = len(good) == 1 and len(members) == 1 and naming in ("exact", "scope") \
        and ITEM_ID.match(members[0].attributes.get("id") or "") is not None
    if len(good) < 2 and not alone:
        return None
    replies = sum(1 for node, _ in good if has_reply_action(node)) * 2 >= len(good)
    signed = sum(1 for _, r in good if r["author"]) * 2 >= len(good)
    if not signed and not replies:
        return None  # (anonymous comments come with reply links; ids alone number anything)
    kind = key[1] is not None and bool(_KIND_NAMES_COMMENT.search(key[1]))
    shown = _section_heading(container, members)
    if shown is not None and _count(shown) == 0:
        return None  # "Comments (0)": whatever follows is no comment of this page
    heading = shown is not None
    if _closed_before(container, members) and not ids:
        return None  # (a closed thread may keep its comments above or below the notice)
    if _about_other_pages(good):
        return None  # "From the comments": other pages' comments, each linking to its story
    # headings that hold nothing but "NAME @ DATE", each followed by its text: a comment header
    headers = all(r["extent"] and r["author"] for _, r in good)
    if not (ids or replies or kind or heading or headers):
        return None  # (a container named for comments alone: reviews, reactions, author boxes)
    return (naming == "exact") + ids + replies + kind + heading + headers


# "Comments are closed." / "No comments yet" above a list: what follows is not its comments
# (author boxes, the cook's notes, related posts).
_CLOSED = re.compile(
    r"comments? (?:are|is) (?:closed|disabled|turned off)|comments on this \w+ are closed|no comments yet|"
    r"be the first to comment|commenting (?:has been|is) (?:switched off|closed|disabled|turned off)|"
    r"nobody has commented|no one has commented|kommentare sind (?:geschlossen|deaktiviert)|kommentarfunktion (?:ist )?"
    r"(?:geschlossen|deaktiviert)|noch keine kommentare|commentaires sont fermés|aucun commentaire|"
    r"comentarios están cerrados|no hay comentarios|commenti (?:sono )?chiusi|reacties zijn gesloten|"
    r"комментарии (?:закрыты|отключены)|暂不开放评论|评论已关闭|評論已關閉|暂无评论", re.I)


def _closed_before(container, members) -> bool:
    """Whether the comment area says, before the group, that it holds no comments ("Comments
    are closed." above author boxes or the next posts), or holds a JavaScript system's empty
    embed (whose comments the saved page does not have: what is visible beside it is not them).
    Looked at: what precedes the first member in its container, and what precedes the
    container and its two ancestors in theirs."""
    node, stop, seen = members[0], None, 0
    for _ in range(4):
        sibling = node.prev
        while sibling is not None and seen < 3000:
            if sibling.tag not in ("-comment", "script", "style"):
                shown = sibling.text(deep=True)
                seen += len(shown)
                if _CLOSED.search(shown) or sibling.tag != "-text" and _is_embed(sibling):
                    return True
            sibling = sibling.prev
        if node.mem_id == container.mem_id:
            stop = 2
        node = node.parent
        if node is None or node.tag in ("body", "html", "main", "article"):
            break
        if stop is not None:
            stop -= 1
            if stop < 0:
                break
    return False


# The empty containers JavaScript comment systems fill in.
_EMBEDS = ("#disqus_thread, [id^=coral_], .coral-talk, .fb-comments, #isso-thread, #commento, "
           "#hyvor-talk-view, [data-spotim-module], .giscus, .utterances, #remark42, .viafoura, #livefyre, "
           "#discourse-comments, iframe[src*='/embed/comments']")


def _is_embed(node) -> bool:
    return node.css_first(_EMBEDS) is not None


def _about_other_pages(good: list) -> bool:
    """Whether the items link to comments on several other pages ("/story-a/#comment-12",
    "/story-b/#comment-40"): a box of other stories' comments. (A comment's permalink to
    itself is a full URL too, but the same page for every item.)"""
    pages = set()
    linked = 0
    for node, _ in good:
        link = node.css_first("a[href*='#comment']")
        href = link.attributes.get("href") or "" if link is not None else ""
        if href and not href.startswith("#"):
            linked += 1
            pages.add(href.split("#", 1)[0])
    return linked * 2 >= len(good) and len(pages) >= 2


def _ratio_ok(good: list, sample: list) -> bool:
    return 3 * len(good) >= 2 * len(sample)


def _within(node, ids: set[int]) -> bool:
    while node is not None:
        if node.mem_id in ids:
            return True
        node = node.parent
    return False


def _tokens(node) -> list[str]:
    attrs = node.attributes
    return f"{attrs.get('id') or ''} {attrs.get('class') or ''}".casefold().split()


def _area_name(node) -> str:
    """"exact", "named" or "none" (see module docs)."""
    best = "none"
    for token in _tokens(node):
        if token in _EXACT:
            return "exact"
        if _WIDGET_GLUED.match(token):
            continue
        parts = re.split(r"[-_]+", token)
        if any(p in _NOT_SECTION_PARTS for p in parts):
            continue
        if any(p in _SECTION_PARTS or p.endswith(("kommentare", "comments")) for p in parts) \
                or any(p in _ONE_PARTS for p in parts) and any(p in _LIST_PARTS for p in parts):
            best = "named"
    return best


def _containers(tree):
    """(container, naming, first member allowed or None) of every place the comments may be."""
    seen: set[int] = set()
    out: list[tuple] = []

    def add(node, naming, after=None, depth=0):
        if node.mem_id in seen or len(out) >= _AREA_LIMIT:
            return
        seen.add(node.mem_id)
        out.append((node, naming, after))
        # the bare lists in it ("<div id=comments><h3>…</h3><dl>", a table's rows) and the
        # wrappers between it and the comments ("section#comments > div.container > div.thread")
        for inner in node.iter():
            if inner.tag in _LISTS or depth < 2 and _is_wrapper(inner):
                # (named by its own class when it has one that names the comments; otherwise
                # it only lies inside such a section: "named", never "exact")
                own = _area_name(inner)
                add(inner, own if own != "none" else "named", depth=depth + 1)

    for node in tree.css(_AREAS)[:_CANDIDATES]:
        if len(out) >= _AREA_LIMIT:
            break
        if _excluded(node):
            continue
        if node.tag in _HEADING_TAGS:  # "<h2 id="comments">": its later siblings
            if _area_name(node) != "none" and node.parent is not None and not _excluded(node.parent):
                add(node.parent, "scope", node)
            continue
        naming = _area_name(node)
        if naming == "none":
            naming = _named_above(node)
        if naming != "none" and _can_hold_a_list(node):  # (not a "3 comments" marker)
            add(node, naming)
    for anchor in tree.css(_ANCHORS):
        scope, first = _anchor_scope(anchor)
        if scope is not None and not _excluded(scope):
            add(scope, "scope", first)
    return out


def _can_hold_a_list(node) -> bool:
    """Two elements in it, or one that holds elements (a wrapper): markers such as
    "<div class="inline-comments"><span>+</span></div>" hold no list and take no place in
    the search's limits."""
    child, seen = node.child, None
    while child is not None:
        if child.tag not in ("-text", "-comment"):
            if seen is not None:
                return True
            seen = child
        child = child.next
    return seen is not None and _element_children(seen) > 0


def _named_above(node) -> str:
    """"named" when one of the two elements above ``node`` is named for the comments
    ("div#comment-box > div#comment-text > ul…")."""
    walk = node.parent
    for _ in range(2):
        if walk is None or walk.tag in ("body", "html"):
            break
        if _area_name(walk) != "none":
            return "named"
        walk = walk.parent
    return "none"


def _is_wrapper(node) -> bool:
    return node.tag == "table" or node.tag in ("div", "section", "main") and _element_children(node) >= 2


def _anchor_scope(anchor):
    """(the element holding what follows an ``<a name="comments">``, the element to start
    after): its parent, or higher while the parent holds nothing else (the anchor alone in a
    ``<p>`` that a heading closed)."""
    start, node = anchor, anchor.parent
    while node is not None and node.parent is not None and node.tag not in ("body", "html") \
            and _element_children(node) <= 1:
        start, node = node, node.parent
    return node, start


def _element_children(node) -> int:
    n, child = 0, node.child
    while child is not None:
        n += child.tag not in ("-text", "-comment")
        child = child.next
    return n


def _excluded(node) -> bool:
    if node.tag in _NOT_AREA_TAGS and not (node.tag == "aside" and _area_name(node) == "exact"):
        return True
    walk = node
    for _ in range(12):
        if walk is None or walk.tag in ("body", "html"):
            break
        if walk.tag in ("nav", "header") or any(_NOT_AREA.match(t) or _WIDGET_GLUED.match(t) for t in _tokens(walk)):
            return True
        # An aside is a sidebar unless it is named exactly for the comments ("<aside
        # id="comments">"); a form is the comment form unless it wraps the page (ASP.NET's
        # WebForms put the whole page in one <form>).
        if walk.tag == "aside" and _area_name(walk) != "exact":
            return True
        if walk.tag == "form" and walk.css_first("h1, article, main") is None:
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


def _groups(container, after=None):
    groups: dict[tuple[str, str], list] = {}
    child = container.child
    if after is not None:  # the scope of an anchor or heading: what follows it
        child = after.next
    while child is not None:
        if child.tag not in ("-text", "-comment", "script", "style", "br", "hr", "a", "img", "span", "b",
                             "strong", "em", "i", "input", "form") and LETTER.search(child.text(deep=True)):
            # (an empty element between the items is a spacer, not a member: "<li></li><li>…")
            groups.setdefault(_key(child), []).append(child)
        child = child.next
    # (one member alone counts when replies of its kind are nested in it, or when it has a
    # comment's id)
    out = [m for m in groups.values() if len(m) >= 2 or _holds_own_kind(m[0]) or item_id(m[0])]
    by_tag: dict[str, list] = {}
    for (tag, _), members in groups.items():
        by_tag.setdefault(tag, []).extend(members)
    # A tag's members across their classes too: the classes may only mark the writer ("me" on
    # the blog owner's Dotclear comments). Back in page order.
    for tag, members in by_tag.items():
        if len(members) >= 2 and len({_key(m) for m in members}) > 1:
            out.append(sorted(members, key=_order(container)))
    return out


_CSS_SAFE = re.compile(r"^#?[\w-]+$")


def _holds_own_kind(node) -> bool:
    """Whether an element of ``node``'s tag and class (or id prefix) is nested in it (lexbor
    walks the subtree, not Python)."""
    tag, kind = _key(node)
    if not kind or not _CSS_SAFE.match(kind) or not _CSS_SAFE.match(tag):
        return False  # (a class of other characters would make the selector unparsable)
    if kind.startswith("#"):
        found = node.css(f'{tag}[id^="{kind[1:]}"]')
    else:
        classes = (node.attributes.get("class") or "").split()
        first = next(c for c in classes if not _STATE.match(c))
        if not _CSS_SAFE.match(first):
            return False
        found = node.css(f'{tag}[class~="{first}"]')
    return sum(1 for n in found if _key(n) == (tag, kind)) >= 2  # itself and one inside


def _order(container):
    rank = {}
    child, k = container.child, 0
    while child is not None:
        rank[child.mem_id] = k
        child, k = child.next, k + 1
    return lambda node: rank[node.mem_id]


def _group_key(members) -> tuple[str, str | None]:
    """The tag and class of a group's members; no class when they differ (see ``_groups``)."""
    keys = {_key(m) for m in members}
    return members[0].tag, next(iter(keys))[1] if len(keys) == 1 else None


def _same(node, key) -> bool:
    return node.tag == key[0] and (key[1] is None or _key(node)[1] == key[1])


def _items(container, members) -> list[tuple]:
    """(node, parent index or None, depth) of the members and of the elements of their tag and
    class nested in them, in page order. (Members of one tag but several classes, or of no
    class but a div's or p's: no nesting, any div in a comment's text would be a reply.)"""
    key = _group_key(members)
    top = {m.mem_id for m in members}
    if key[1] is None or key[1] == "" and key[0] != "li" or not _CSS_SAFE.match(key[0]):
        # (and a tag whose name a selector cannot hold: a broken page's "li\x06x")
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
        if parent is not None and not LETTER.search(node.text(deep=True)):
            continue  # a spacer of the item's class
        index[node.mem_id] = len(items)
        items.append((node, parent, 0 if parent is None else items[parent][2] + 1))
    return items


def _in_reply(node, member, key) -> bool:
    walk = node
    while walk is not None and walk.mem_id != member.mem_id:
        if key is not None and _same(walk, key):
            return True
        walk = walk.parent
    return False


_NOT_EXTENT = frozenset(["-text", "-comment", "script", "style", "noscript", "template", "iframe", "object", "svg"])


def _extent(member, ids: set[int]) -> list:
    """The siblings after a member, up to the next member: its text when it holds only a header
    (a heading "NAME @ DATE", Dotclear's ``dt`` before its ``dd``), or its signature."""
    out = []
    node = member.next
    while node is not None and node.mem_id not in ids:
        if node.tag not in _NOT_EXTENT:
            if node.tag in ("form", "h1", "h2", "h3", "h4", "h5", "h6") and node.tag != member.tag:
                break
            out.append(node)
        node = node.next
    return out


# --- reading one member -------------------------------------------------------------------

def _section_heading(container, members) -> str | None:
    """The count or "Comments" heading at the top of the list: the container's first element,
    or the element just before the container or its first member; never an ``h1``."""
    candidates = []
    for above in (container.parent, container.parent.parent if container.parent is not None else None):
        # (the heading of the section the list is wrapped in: "section#comments > h2 + div > div")
        if above is not None and above.tag not in ("body", "html"):
            head = above.child
            while head is not None and head.tag in ("-text", "-comment"):
                head = head.next
            if head is not None and head.tag in _HEADING_TAGS and not _within(container, {head.mem_id}):
                candidates.append(head)
    first = container.child
    while first is not None and first.tag in ("-text", "-comment"):
        first = first.next
    if first is not None and members and first.mem_id != members[0].mem_id:
        candidates.append(first)
    for node in (members[0] if members else None, container):
        prev = node.prev if node is not None else None
        seen = 0
        while prev is not None and seen < 3:  # (a line of notes may sit between: "Comments are
            if prev.tag not in ("-text", "-comment", "br", "hr"):  # listed oldest first")
                candidates.append(prev)
                seen += 1
            prev = prev.prev
    for node in candidates:
        if node.tag == "h1":
            continue
        shown = inline(node)
        if 0 < len(shown) <= 80 and (_count(shown) is not None or shown.casefold().strip(" :") in _SECTION_HEADINGS):
            return shown
    return None


# Words before a link to the comment replied to ("in reply to", "@NAME"): right before the link,
# and at the start of the marker's line in the text.
_REPLY_WORDS = ("in reply to", "replying to", "reply to", "als antwort auf", "antwort auf", "en réponse à",
                "réponse à", "en respuesta a", "respuesta a", "in risposta a", "em resposta a", "в ответ на",
                "ответ на", "回复", "回覆", "@")
_REPLY_BEFORE = re.compile(r"(?:" + "|".join(map(re.escape, _REPLY_WORDS)) + r")\s*$", re.I)
_REPLY_LINE = re.compile(r"^\s*(?:" + "|".join(map(re.escape, _REPLY_WORDS)) + ")", re.I)


def _anchors(node) -> list[str]:
    """The ids and names a link to this comment can point at: its own, its first few parts'."""
    out = []
    for n in [node, *node.css("[id], a[name]")[:3]]:
        a = n.attributes
        out += [v for v in (a.get("id"), a.get("name")) if v]
    return out


def _named_parent(node, in_reply) -> tuple[str, str] | None:
    """(anchor, name) of a link to the comment this one replies to, with reply words before it
    ("in reply to <a href="#cmt-91">Ruth</a>", "@<a href="#c12">Ben</a>"), or None."""
    for link in node.css("a[href*='#']")[:8]:
        if in_reply(link):
            continue
        anchor = (link.attributes.get("href") or "").split("#", 1)[1]
        shown = inline(link)
        before = link.prev
        said = before.text_content if before is not None and before.tag == "-text" else ""
        if anchor and shown and (_REPLY_BEFORE.search(said or "") or shown.startswith("@")):
            return anchor, shown.lstrip("@").strip()
    return None


_COUNTED = re.compile(r"comment|coment|kommentar|komentar|reactie|réaction|reaction|коммент|评论|評論|留言|コメント|댓글",
                      re.I)
_NUMBER = re.compile(r"\d+")


def _count(shown: str) -> int | None:
    n = count_in_title(shown)
    if n is None and len(shown) <= 60 and _COUNTED.search(shown):
        numbers = _NUMBER.findall(shown)  # "There are 13 comments", "留言列表 (42)", "3 réactions"
        n = int(numbers[0]) if len(numbers) == 1 else None
    return n


# --- reading the group --------------------------------------------------------------------

def _read(container, members, items) -> CommentSection:
    """The comments of the chosen group's items, each removed from the tree once read."""
    top = {m.mem_id for m in members}
    key = _group_key(members)
    heading = _section_heading(container, members)
    # Extents first: a walk over siblings after their items were removed would cross every
    # text node they left (quadratic on a long list).
    extents = {node.mem_id: _extent(node, top) for node, _, _ in items if node.mem_id in top}
    anchors = {a: k for k, (node, _, _) in enumerate(items) for a in _anchors(node)}
    named = [_named_parent(node, lambda n, m=node: _in_reply(n, m, key)) for node, _, _ in items]
    readings: list = [None] * len(items)
    for k in range(len(items) - 1, -1, -1):  # replies first: each is gone before its parent is read
        node, _, _ = items[k]
        for link in node.css("a, span, button"):
            shown = inline(link)
            if shown and is_ui(shown) and len(shown) < 40 \
                    and not NAMES_AUTHOR.search(link.attributes.get("class") or ""):
                link.decompose()  # "Report" glued to the last sentence (a name "Reply" stays)
        readings[k] = read_member(node, extents.get(node.mem_id, []), lambda n, m=node: _in_reply(n, m, key))
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
        method = "html-nesting" if parent is not None else None
        reply_to = named[k][1] if named[k] else None
        if parent is None and named[k]:
            # A reply printed flat that links to its parent's anchor ("In reply to <a
            # href="#comment-1201">NAME</a>"): the parent is that earlier comment.
            linked = anchors.get(named[k][0])
            if linked is not None and linked in position and position[linked] < i:
                parent, method = linked, "native-parent-id"
        text = r["text"]
        if reply_to:
            text = "\n".join(line for line in text.split("\n")
                              if not _REPLY_LINE.match(line) or reply_to not in line).strip() or text
        comments.append(ParsedComment(
            position=i, text=text, author=r["author"],
            author_source="explicit" if r["author"] else "unknown", native_id=r["id"],
            posted=machine_or_printed(r["iso"], r["date_raw"], printed[i]),
            reply_to_name=reply_to,
            parent_position=position[parent] if parent is not None else None,
            parent_method=method, depth=depth if nested else None))
    return CommentSection(system="other", comments=comments,
                          declared=_count(heading) if heading is not None else None)
