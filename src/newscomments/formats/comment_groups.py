"""Comments of a system no format module reads, found by the repetition of their markup.

Every comment system prints a page's comments as one repeated element per comment: Movable
Type's ``div#c123`` with a "Posted by: NAME on DATE" footer, TypePad's ``div.comment``,
Contao's ``div.comment_default``, a newspaper's own ``ul.comments-list > li`` with
``p.auteur`` and ``p.date``, a Bootstrap card of panels, headings "NAME @ DATE" each followed by
the text. :func:`read_groups` finds such a group and reads its members; ``generic_html`` calls
it when no format module claimed the page.

**Where it looks.** In elements whose id or class names a comment section: a whole class or id
such as ``comments``, ``comment-list``, ``kommentare``, ``commentaires``, ``reactions``
("exactly named"), or one whose parts name comments and a list (``comments-card``,
``epoch-comments``, ``comment-tree``) ("named"), and the elements up to two levels inside those;
in the bare lists inside them (``ul``, ``ol``, ``dl``, a table's ``tbody``) and the single
wrappers between them and the comments; after an ``<a name="comments">`` anchor or a heading
with such an id (its later siblings only). A class that says something *about* comments is no
name for them: a state (``comments-open``, ``has-comments``, ``no-comments``), an editorial
kind (``commentary``, the singular ``kommentar`` of a newspaper's op-ed, ``press-comments``,
``live-commentary``) or a widget (``most-commented``, ``latestcomments``). Nothing inside
navigation, forms, asides or widgets is looked at.

**What a group is.** Two or more element children of one such container with the same tag and
the same first class (state classes such as ``odd``, ``reply`` or ``depth-2`` aside; an element
without a class is known by its id's prefix, "comment-" of ``comment-215101``), or with the same
tag whatever their classes (a class may only mark the writer: Dotclear's ``me``), or one child
with elements of its tag and class nested in it (one thread), or one child with a comment's id.
Elements of the group's tag and class nested in a member are its replies (method
``html-nesting``).

**What a member must show.** A date: a machine-readable ``datetime``, else the printed date in
an element named for a date or time, else in one of its first or last short lines; never in the
comment's text or a quotation. An author: an element named for one (``author``, ``auteur``,
``user-name``, ``cite``, ``.fn``; its badges and "Author:" labels taken off), else the words
around the date in its line ("Posted by: NAME on DATE", "NAME @ DATE", "Le DATE par NAME"), else
a short line just above the date ("<b>NAME</b><br>DATE", "NAME says:"). Text: the element named
for it (a class ending in ``content``, ``text``, ``body``, ``message``) that holds more than the
header, else the member's lines without the header and action links ("Reply", "Kommentar
melden"). A member whose lines are all header (a heading "NAME @ DATE", Dotclear's ``dt``) takes
the siblings after it up to the next member as its text; a member with a comment's id and no
date is signed by the short element after it (Movable Type's "Posted by:" paragraph). A member
that holds two or more elements with comment ids of another kind is a list, not a comment.

**Evidence.** Dates, names and text alone also describe teasers, event lists and author boxes.
A group counts only with two readable comments at least (one, when it has a comment's id), two
thirds of its items readable and half of them signed (or comment ids or reply links on them),
and a sign of a comment system: its container named exactly for comments; or a named
container, the anchor or heading of a comment section, and one of: comment ids on the members
(``c123``, ``comment-4410``), reply links in them, a class of theirs naming a comment, a count
or "Comments" heading at the top of the list. Of several groups, the one with the most signs
wins, then the larger.

**Left alone.** A reply printed flat gets no parent (even where a "in reply to" link or a
``depth-N`` class names it); a reply list printed beside its parent (JComments) is not read;
a page with several lists (a question and its answers, each with comments) gives the best one
only.

**Cost.** The search reads the first 60 items of each group only, does not look again inside
the items of a group it accepted, and stops after 3,000 items; extents are found before any
element is removed, so long and deep lists cost one reading of each comment.
"""

from __future__ import annotations

import re

from .. import dates
from ..model import ParsedComment
from ..htmlpage.page import CommentSection, machine_or_printed
from ..htmlpage.text import inline, paragraphs, squash
from .textblocks import BADGES
from .wordpress_html import count_in_title

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
    kommentarliste leserkommentare commentaires comentarios comentários comentarii komentarze
    komentáře kommentarer kommentit reacties reactions réactions responses""".split())
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
_AREA_LIMIT = 200  # containers looked at per page (each costs a walk of its children)
_MEMBER_BUDGET = 3_000  # items read while looking for the group
# Characters of text read while looking: members holding whole threads (wrappers nested in
# wrappers) would otherwise be read once per level.
_CHAR_BUDGET = 2_000_000
_CANDIDATES = 1_000  # elements whose id or class holds a comment word, looked at in page order
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
# A comment's own id ("c1952", "comment-4410", "comment-item-12", "r_3"), not a list's.
_ITEM_ID = re.compile(r"^(?!.*list)(?:[\w-]*?(?:comment|cmt|kommentar|komentar|coment|reply|antwort)[\w-]*?|c|r)"
                      r"[-_]?\d+$", re.I)
_ID = re.compile(r"^(?:[A-Za-z][\w-]{0,24}?)?[-_]?(\d+)$")  # "comment-4410", "c1201", "lk-88120"
_KIND_NAMES_COMMENT = re.compile(r"comment|kommentar|komentar|coment|reply|antwort|réponse|respuesta", re.I)

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
_NAMES_AUTHOR = re.compile(r"author|auteur|autor|name|user|nick|poster|commenter|\bfn\b", re.I)
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
_LETTER = re.compile(r"[^\W\d_]")
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
_LEADING_COUNTER = re.compile(r"^\s*#?\d{1,6}[.)]\s+")
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
            readable = [_reading(node, _extent(node, tops) if depth == 0 else [], key) for node, _, depth in sample]
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
    return _read(container, members, items)


def _signs(container, naming: str, members, good: list, key) -> int | None:
    """How many signs of a comment system the group shows (see module docs), or None when it
    does not count as comments."""
    if not good:
        return None
    ids = sum(1 for node, _ in good if _item_id(node)) * 2 >= len(good)
    # (one comment alone: with a comment's id, in a list named exactly or under its heading)
    alone = len(good) == 1 and len(members) == 1 and naming in ("exact", "scope") \
        and _ITEM_ID.match(members[0].attributes.get("id") or "") is not None
    if len(good) < 2 and not alone:
        return None
    replies = sum(1 for node, _ in good if _has_reply_action(node)) * 2 >= len(good)
    signed = sum(1 for _, r in good if r["author"]) * 2 >= len(good)
    if not signed and not (ids or replies):
        return None
    kind = key[1] is not None and bool(_KIND_NAMES_COMMENT.search(key[1]))
    heading = _section_heading(container, members) is not None
    if naming == "exact":
        signs = 1 + ids + replies + kind + heading
    elif naming in ("named", "scope") and (ids or replies or kind or heading):
        signs = ids + replies + kind + heading
    else:
        return None
    return signs


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
                add(inner, naming, depth=depth + 1)

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
        if naming != "none":
            add(node, naming)
    for anchor in tree.css(_ANCHORS):
        scope, first = _anchor_scope(anchor)
        if scope is not None and not _excluded(scope):
            add(scope, "scope", first)
    return out


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
    if node.tag in _NOT_AREA_TAGS:
        return True
    walk = node
    for _ in range(12):
        if walk is None or walk.tag in ("body", "html"):
            break
        if walk.tag in ("nav", "aside", "form", "header"):
            return True
        if any(_NOT_AREA.match(t) or _WIDGET_GLUED.match(t) for t in _tokens(walk)):
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
                             "strong", "em", "i", "input", "form") and _LETTER.search(child.text(deep=True)):
            # (an empty element between the items is a spacer, not a member: "<li></li><li>…")
            groups.setdefault(_key(child), []).append(child)
        child = child.next
    # (one member alone counts when replies of its kind are nested in it, or when it has a
    # comment's id)
    out = [m for m in groups.values() if len(m) >= 2 or _holds_own_kind(m[0]) or _item_id(m[0])]
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
    if key[1] is None or key[1] == "" and key[0] != "li":
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
        if parent is not None and not _LETTER.search(node.text(deep=True)):
            continue  # a spacer of the item's class
        index[node.mem_id] = len(items)
        items.append((node, parent, 0 if parent is None else items[parent][2] + 1))
    return items


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

def _reading(member, extent: list, key=None) -> dict | None:
    """A member's fields (see module docs), or None when it does not read as a comment."""
    if _is_list(member, key):
        return None
    holders = _text_holders(member, key)
    lines = _lines(member)
    if not lines:
        return None
    header_lines = _outside(lines, member, holders)
    date_raw, iso, date_line = _date(member, header_lines, holders)
    if date_raw is None and iso is None:
        if extent and _item_id(member):
            # Signed under the text, outside its element: "<div id=c1>TEXT</div><p class=posted>
            # Posted by: NAME at DATE</p>" (Movable Type's classic templates).
            footer = _footer(extent[0])
            if footer is None:
                return None
            date_raw, date_line = footer
            author = _author(extent[0], date_line, date_raw, _lines(extent[0]))
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
        text = "\n\n".join(p for node in extent for p in paragraphs(node) if not _is_ui(p))
        used = extent
    if not text:
        return None
    return {"author": author, "date_raw": date_raw, "iso": iso, "text": text, "id": _native_id(member),
            "extent": used}


def _lines(node) -> list[str]:
    return [line for p in paragraphs(node) for line in p.split("\n")]


def _is_list(member, key) -> bool:
    """Whether ``member`` holds elements with the comment ids of two other comments, outside its
    own replies (elements of the group's kind): a list of comments (JComments' wrapper lists),
    not one. (Its own parts may repeat its number: "div-comment-12" in "comment-12".)"""
    own = _ID.match(member.attributes.get("id") or "")
    numbers = {own.group(1)} if own else set()
    others: set[str] = set()
    for inner in member.css("[id]")[:50]:
        value = inner.attributes.get("id") or ""
        if inner.mem_id == member.mem_id or not _ITEM_ID.match(value):
            continue
        m = _ID.match(value)
        if m is None or m.group(1) in numbers or _in_reply(inner, member, key):
            continue
        others.add(m.group(1))
        if len(others) >= 2:
            return True
    return False


def _in_reply(node, member, key) -> bool:
    walk = node
    while walk is not None and walk.mem_id != member.mem_id:
        if key is not None and _same(walk, key):
            return True
        walk = walk.parent
    return False


def _text_holders(member, key=None) -> list:
    """The elements in ``member`` named for its text; not one that holds its header too (the
    whole comment's "comment-body" around the name, the date and the text), nor one in a reply
    nested in it."""
    markers = [n for sel in (_MACHINE, _DATE_HOLDER, _AUTHOR)
               for n in [x for x in member.css(sel)[:2] if x.mem_id != member.mem_id][:1]]
    out = []
    for node in member.css(_TEXT_HOLDER)[:_FIRST]:
        if node.mem_id != member.mem_id and any(_TEXT_CLASS.search(c) for c in
                                                 (node.attributes.get("class") or "").split()) \
                and not any(_inside_any(m, [node]) for m in markers) and not _in_reply(node, member, key):
            out.append(node)
    return out


# Candidates looked at in one member (for its text, author, ids): its own come first in page
# order, and a member holding a whole thread must not cost a walk per element of it.
_FIRST = 8


def _outside(lines: list[str], member, holders: list) -> list[str]:
    """The member's lines that are not in its text or in a quotation: where its header is."""
    inner: dict[str, int] = {}
    for node in holders + member.css(_QUOTES)[:_FIRST]:
        for line in _lines(node):
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
    lines = _lines(node)
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
        shown = " ".join(_lines(holder))  # "DATE<br>TIME"
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
            if not _is_ui(above) and not _COUNTER.match(above):
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


def _explicit_name(shown: str) -> str | None:
    """A name printed in an element named for it: labels and says-words off; a UI word or a
    month is a name here ("Reply", "April")."""
    name = squash(shown)
    for _ in range(3):
        shorter = _TRAIL.sub("", _LEAD.sub("", name)).strip()
        if shorter == name:
            break
        name = shorter
    if not name or len(name) > _MAX_NAME or len(name.split()) > 6 or not _LETTER.search(name):
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
    return _clean_name(before) or (_clean_name(after) if _LIST_SEP.match(after) else None)


_AFTER_BY = re.compile(r"^[\s,]*(?:by|von|par|por|door|da|de|от|przez|\||—|–|-|·)\s+", re.I)
_LIST_SEP = re.compile(r"^\s*[,|·•–—-]")


def _clean_name(text: str) -> str | None:
    name = _explicit_name(_LEADING_COUNTER.sub("", text))
    if name is None or _is_ui(name) or dates.find_date(name) is not None:
        return None
    return name


def _is_ui(line: str) -> bool:
    words = re.split(r"[\s|·•/]+", line.casefold().strip(" .:!()[]"))
    return all(w.strip(".:!()[]") in _UI_WORDS for w in words if w)


def _text(member, lines: list[str], holders: list, author: str | None, date_raw: str | None,
          date_line: str | None) -> str:
    for holder in holders:
        paras = [p for p in paragraphs(holder) if not _is_ui(p)]
        text = _without_header("\n\n".join(paras), author, date_raw, date_line)
        if text:
            return text
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
    while lines and (_header_line(lines[0], author, date_raw, date_line) or _is_ui(lines[0]) or not lines[0].strip()):
        lines.pop(0)
    while lines and (_header_line(lines[-1], author, date_raw, date_line) or _is_ui(lines[-1]) or not lines[-1].strip()):
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
    return all(_header_line(line, author, date_raw, date_line) or _is_ui(line) or _COUNTER.match(line)
               for line in lines)


def _item_id(node) -> str | None:
    """The member's own comment id, on it or on the first element in it with an id or a name
    ("<li><a name="comment-58824406">"), when it looks like one (see ``_ITEM_ID``)."""
    attrs = node.attributes
    for value in (attrs.get("id"), attrs.get("data-comment-id"), attrs.get("data-id")):
        if value and (_ITEM_ID.match(value) or value.isdigit() and attrs.get("id") != value):
            return value
    for inner in node.css("[id], a[name]")[:4]:  # (its first few: an anchor, then the item's box)
        if inner.mem_id == node.mem_id:
            continue
        a = inner.attributes
        value = a.get("id") or a.get("name") or ""
        if _ITEM_ID.match(value):
            return value
    return None


def _has_reply_action(node) -> bool:
    for link in node.css("a, button"):
        label = inline(link).casefold()
        if label in _REPLY_LABELS or _REPLY_HREF.search(link.attributes.get("href") or ""):
            return True
    return False


def _native_id(member) -> str | None:
    found = _item_id(member)
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
            if head is not None and not _within(container, {head.mem_id}):
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
    readings: list = [None] * len(items)
    for k in range(len(items) - 1, -1, -1):  # replies first: each is gone before its parent is read
        node, _, _ = items[k]
        for link in node.css("a, span, button"):
            shown = inline(link)
            if shown and _is_ui(shown) and len(shown) < 40 \
                    and not _NAMES_AUTHOR.search(link.attributes.get("class") or ""):
                link.decompose()  # "Report" glued to the last sentence (a name "Reply" stays)
        readings[k] = _reading(node, extents.get(node.mem_id, []), key)
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
    return CommentSection(system="other", comments=comments,
                          declared=_count(heading) if heading is not None else None)
