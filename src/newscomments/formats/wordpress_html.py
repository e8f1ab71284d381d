"""WordPress's own comment list in raw HTML (``wp_list_comments``; VARIANTS.md 13.2, 4.4).

Items are ``li.comment`` / ``li.pingback`` / ``li.trackback`` (the class names the kind) with
replies in a nested ``ol.children``/``ul.children``; with ``style="div"`` (Twenty Twenty and
other themes) they are ``div``s with the same classes and a ``depth-N`` class, the replies
nested directly inside their parent. WordPress never writes a parent id into
the markup, so the parent is the enclosing item (method ``html-nesting``, confidence 1.0) and
the depth is the number of enclosing items. A list printed flat (a ``style="div"`` callback
that closes its own element) is read from its ``depth-N`` classes (method ``depth-class``,
:func:`_by_depth_class`). Themes whose callback closes its own element
(Hestia; OceanWP puts comment_class() on an article inside the ``li``) leave the ``.children``
list right after the parent item instead of inside it: such a list counts as inside the item
before it, also behind line breaks, rules and empty spacer boxes. A theme whose callback writes
neither a list class nor comment_class() (Photome: ``div.comment#comment-N``) is read from the
items' core ids and kind classes alone, when nothing else is found (:func:`_id_items`). An
item's own fields are searched only in its own children, never in the nested replies.

Per item: id from ``li#comment-N``/``li#li-comment-N``, its first ``#comment-N``/
``#div-comment-N``/``#comment-item-N`` (Neve) box, or the element around it that has the id
(OceanWP, Sahifa); text from its innermost text box; author from ``.fn``
(``b``/``cite``, maybe a link), the themes' own name boxes, the reply link's "Reply to NAME",
the ``.comment-author`` text without its "says:" label (:data:`selectors.SAYS`), or what a
"NAME · DATE" header prints before the date; date from
``time[datetime]`` (or Soledad's ``span[datetime]``; local wall clock and UTC) with the printed
string kept, otherwise the printed string of the meta link or a date box, without a reply
label printed after it (Avada), parsed with all the page's dates; WordPress.com likes
(``#comment-like-count-N``). Archived Kubrick-style lists print
``<cite>Comment by NAME — DATE @ TIME</cite>`` after the text. The Disqus plugin's copy of a
synced thread (``#dsq-comments``, ``li#dsq-comment-N``) is this markup too; its comment
system is ``disqus``.

A page whose list markup was stripped to text (tags removed, ``NAME says:`` lines, stray
``</li>`` kept; corpus 011) is read by :func:`_stripped_list`, which uses the stray ``</li>``
tags to recover the nesting. A page with WordPress's markers but no core comment, whose
comments a plugin prints in its own markup, is read as ``generic_html`` reads other systems
(:mod:`.comment_groups`: ``comment_system`` "other", with a note).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import dates
from ..htmlpage import selectors as S
from ..htmlpage.counts import count_in_title, to_int
from ..htmlpage.dom import parse_document
from ..htmlpage.meta import extract_meta
from ..htmlpage.page import CommentSection, build_page
from ..htmlpage.systems import looks_like_html, wordpress_score
from ..htmlpage.text import INVISIBLE, inline, paragraphs, squash
from ..htmlpage.tree import common_ancestor, matches, owner
from ..model import ParsedComment, ParsedPage, PostedTime
from ..options import ParseOptions
from .comment_groups import read_groups
from .textblocks import BADGES, looks_like_name

NAME = "wordpress_html"
VERSION = "wordpress_html/13"
SUFFIXES = (".html", ".htm")

_DEPTH_CLASS = re.compile(r"^depth-\d+$")
# Stripped-markup fallback: "NAME says:" on its own line, then the date line.
_SAYS_LINE = re.compile(r"^\s*(?P<name>\S.{0,80}?)\s+(?P<says>says|dice|sagt|dit|diz|disse|zegt|scrive):\s*$", re.I)
_REPLY_LABELS = frozenset(s.casefold() for s in ["Reply", "Responder", "Antworten", "Répondre", "Rispondi", "Ответить"])
_TAG = re.compile(r"<[^>]*>")
_SAYS_LONGEST_FIRST = sorted(S.SAYS, key=len, reverse=True)
_SAYS_SUFFIXES = tuple(_SAYS_LONGEST_FIRST)
# What is dropped from a comment's text box before its text is read.
_TEXT_HIDDEN = INVISIBLE + ", " + S.WP_LIKES + ", [id^=comment-like-], .reply, " + S.WP_NOT_IN_TEXT
_OWN_TEXT_HIDDEN = INVISIBLE + ", " + S.WP_NOT_TEXT


def detect(data: bytes, suffix: str) -> float:
    if not looks_like_html(data):
        return 0.0
    score = wordpress_score(data)
    if score == 0.0 and b"comments-title" in data and re.search(
            rb"(?m)^\s*\S.{0,80}\s(?:says|dice|sagt|dit|diz):\s*$", data):
        score = 0.6  # a list whose markup was stripped (see _stripped_list)
    return score


def parse(data: bytes, page_id: str, options: ParseOptions | None = None) -> ParsedPage:
    options = options or ParseOptions()
    tree, text = parse_document(data, options.limits)
    meta = extract_meta(tree, url_hint=options.url, crawled_at=options.crawled_at, text=text)
    section = read_section(tree, options)
    if not section.comments:
        stripped = _stripped_list(text, options)
        if stripped is not None:
            section = stripped
    if not section.comments:
        # A WordPress page whose comments a plugin prints in its own markup: read from the
        # repetition of that markup, as generic_html reads other systems'.
        grouped = read_groups(tree)
        if grouped is not None:
            grouped.notes.append("comments read from the repetition of their markup (no WordPress comment list)")
            if grouped.declared is None:
                grouped.declared = section.declared
            section = grouped
    return build_page(tree, page_id, NAME, VERSION, meta, section, options)


def read_section(tree, options: ParseOptions) -> CommentSection:
    section = CommentSection(system="wordpress")
    items = _items(tree)
    index = {li.mem_id: k for k, li in enumerate(items)}
    fields = _fields(tree, items, index)
    fields["index"] = index
    fields["dates"] = _PageDates()
    fields["hidden"] = _hidden_texts(tree, items, fields["text"])
    fields["bare"] = _bare_items(tree, items, index, fields["text"])
    rows = [_read_item(li, fields, k) for k, li in enumerate(items)]
    posted = _dates(rows, options, fields["dates"])
    nesting = _nesting(items, index)
    links = [(parent, "html-nesting") for parent, _ in nesting]
    if items and all(parent is None for parent, _ in nesting):
        nesting, links = _by_depth_class(items, nesting)
    for k, (row, (parent, depth), (_, method)) in enumerate(zip(rows, nesting, links)):
        section.comments.append(ParsedComment(
            position=k, text=row["text"], author=row["author"],
            author_source="explicit" if row["author"] else "unknown", native_id=row["id"],
            posted=posted[k], kind=row["kind"], is_image_only=row["image_only"],
            parent_position=parent, parent_method=method if parent is not None else None,
            parent_confidence=1.0 if parent is not None else None, depth=depth,
            likes=row["likes"], upvotes=row["up"], downvotes=row["down"],
            net_votes=row["up"] - row["down"] if row["up"] is not None and row["down"] is not None else None))
    section.declared = _declared(tree)
    if _paged(tree):
        section.truncation.append("comment-pagination")
    if items and tree.css_first(S.WP_DISQUS_LIST) is not None:
        section.system = "disqus"  # the comments are Disqus's, printed by its WordPress plugin
    return section


# Fields looked up once per page (one selector run each, not one per item); every match
# belongs to the nearest enclosing item, so a reply's fields never land on its parent.
_FIELDS = {
    "id": S.WP_ID_HOLDERS, "fn": S.WP_AUTHOR_FN, "theme": S.WP_AUTHOR_THEMES,
    "reply": S.WP_REPLY_LINK, "author": ".comment-author", "datecls": S.WP_DATE_HOLDERS,
    "permalink": S.WP_PERMALINK, "header": S.WP_NAME_DATE_HEADER,
    "time": S.WP_TIME, "meta": S.WP_META, "likes": S.WP_LIKES, "text": S.WP_TEXT, "cite": "cite",
    "votes": S.WP_VOTES,
    # hCard's person: a theme's own name box around a bare name (get_comment_author_link()
    # prints no element for a commenter without a website: "<h4 class=vcard>NAME</h4>")
    "vcard": ".vcard",
}


def _fields(tree, items: list, index: dict) -> dict[str, dict[int, object]]:
    """Per field, each item's first match; for the text box its innermost one (see
    :data:`selectors.WP_TEXT`)."""
    out: dict[str, dict[int, object]] = {}
    if not items:
        return {name: {} for name in _FIELDS}
    # Every node that belongs to an item lies below the items' lowest common ancestor, so the
    # selectors run on that subtree only (the comment list, not the whole page).
    scope = common_ancestor(items[0], items[-1]) or tree.root
    owners: dict[int, int | None] = {}
    for name, selector in _FIELDS.items():
        found: dict[int, object] = {}
        for node in scope.css(selector):
            k = _owner(node, index, owners)
            if k is None:
                continue
            if k not in found or (name == "text" and _inside(node, found[k])):
                found[k] = node  # css() lists a box before the boxes inside it
        out[name] = found
    return out


def _hidden_texts(tree, items: list, texts: dict[int, object]) -> dict[int, list]:
    """For each item's text box, the elements in it that :data:`_TEXT_HIDDEN` matches (see
    :func:`_matches_in`)."""
    if not texts:
        return {}
    scope = common_ancestor(items[0], items[-1]) or tree.root
    return _matches_in(scope, _TEXT_HIDDEN, {node.mem_id: k for k, node in texts.items()})


def _bare_items(tree, items: list, index: dict, texts: dict[int, object]
                ) -> tuple[set[int], dict[int, list]] | None:
    """For pages where some item has no text box (its text is its own children, see
    :func:`_text`): the elements that match :data:`selectors.WP_NOT_TEXT`, by ``mem_id``, and
    for each own child of those items (by ``mem_id``) the elements in it that
    :data:`_OWN_TEXT_HIDDEN` matches (see :func:`_matches_in`); one selector run each over the
    comment list instead of one per child. WP_NOT_TEXT is a list of simple selectors and
    reading items only removes nodes, so what matches later is a subset of what matches now."""
    if len(texts) == len(items):
        return None
    scope = common_ancestor(items[0], items[-1]) or tree.root
    not_text = {node.mem_id for node in scope.css(S.WP_NOT_TEXT)}
    own = {child.mem_id: child.mem_id for k, li in enumerate(items) if k not in texts
           for child in _own_children(li, index)}
    return not_text, _matches_in(scope, _OWN_TEXT_HIDDEN, own)


def _matches_in(scope, selector: str, boxes: dict[int, int]) -> dict[int, list]:
    """The elements below ``scope`` that ``selector`` matches, listed under the key of every
    box around them (``boxes``: box ``mem_id`` -> key; a box that matches is listed under its
    own key), from one selector run instead of one ``drop(box, selector)`` per box.

    Decomposing a box's list when the box is read does what ``drop(box, selector)`` would do
    then: every alternative of the selectors used here is a simple selector (it looks at the
    node alone, and attributes never change), and reading items only removes nodes, so the
    matches in a box at that time are the listed ones still in it. A listed node that is no
    longer there was dismantled with what removed it (decompose() unlinks every node of a
    subtree), and decomposing it again changes nothing."""
    out: dict[int, list] = {}
    above: dict[int, tuple] = {}  # node mem_id -> keys of the boxes at or above it
    stop = scope.mem_id
    last = None
    for match in scope.css(selector):
        if match.mem_id == last:
            continue  # listed once per alternative it matches
        last = match.mem_id
        path = []
        keys: tuple = ()
        node = match
        while node is not None:
            key = node.mem_id
            if key in above:
                keys = above[key]
                break
            path.append(key)
            if key == stop:
                break
            node = node.parent
        for key in reversed(path):
            box = boxes.get(key)
            if box is not None:
                keys = keys + (box,)
            above[key] = keys
        for box in keys:
            out.setdefault(box, []).append(match)
    return out


def _inside(node, box) -> bool:
    """Whether ``box`` encloses ``node``."""
    node = node.parent
    while node is not None:
        if node.mem_id == box.mem_id:
            return True
        node = node.parent
    return False


def _owner(node, index: dict, owners: dict) -> int | None:
    """The position of the nearest item enclosing ``node`` (not ``node`` itself)."""
    parent = node.parent
    return owner(parent, index, owners) if parent is not None else None


def _items(tree) -> list:
    """The comment items in document order. lexbor lists a node once per alternative of the
    selector it matches (in document order, repeats side by side), so repeats are dropped."""
    items: list = []
    last = None
    selector = S.WP_ITEM_WITH_PINGS if tree.css_first(S.WP_PING_LISTS) is not None else S.WP_ITEM
    for node in tree.css(selector):
        if node.mem_id != last and _is_item(node):
            items.append(node)
        last = node.mem_id
    return _outside_widgets(tree, items or _id_items(tree))


def _outside_widgets(tree, items: list) -> list:
    """The items that are not in a widget, when the page has items outside widgets too: a
    "Recent Comments" widget may print other posts' comments with core's own markup
    (``ol.commentlist > li.comment``, even a second ``div#comments``). (A page builder may
    print the post's own list in a widget: a page whose every item is in one keeps them.)"""
    if not items:
        return items
    inside = {node.mem_id for widget in tree.css(S.WIDGETS) for node in widget.css(S.WP_ITEM_OR_ID)}
    outside = [li for li in items if li.mem_id not in inside] if inside else items
    return outside or items


_CORE_ID = re.compile(r"^comment-\d+$")


def _id_items(tree) -> list:
    """Items known by core's ``comment-N`` id and a kind class, or by that id on a list item,
    alone (:data:`selectors.WP_ID_ITEM`). Replies sit inside their parent's item (Kubrick's
    copies: ``li > ul > li``) or in a ``.children`` list beside it (Photome, see
    :func:`_item_at`); either way :func:`_nesting` finds the parent. A box inside an item that
    carries the same comment's id again is no item of its own."""
    found = [node for node in tree.css(S.WP_ID_ITEM) if _CORE_ID.match(node.attributes.get("id") or "")]
    ids = {node.mem_id: node.attributes.get("id") for node in found}
    out, last = [], None
    for node in found:
        if node.mem_id == last:
            continue
        last = node.mem_id
        up = node.parent
        while up is not None and up.mem_id not in ids:
            up = up.parent
        if up is None or ids[up.mem_id] != ids[node.mem_id]:
            out.append(node)
    return out


def _is_item(li) -> bool:
    """A comment item: an ``li`` with an id of the WordPress form, a depth-N class, or a place
    in a list; any other element only with a depth-N class (comment_class() writes one)."""
    attrs = li.attributes
    if any(_DEPTH_CLASS.match(c) for c in (attrs.get("class") or "").split()):
        return True
    if li.tag != "li":
        return False
    if not any(kind in (attrs.get("class") or "").split() for kind in S.WP_KINDS) and _holds_marked_item(li):
        return False  # a theme's wrapper around the item comment_class() marked (Sahifa)
    if S.WP_ID.match(attrs.get("id") or ""):
        return True
    parent = li.parent
    return parent is not None and _matches(parent, S.WP_LISTS + ", ol.children, ul.children")


def _holds_marked_item(li) -> bool:
    """Whether a child element of ``li`` has a depth-N class."""
    child = li.child
    while child is not None:
        if child.tag not in ("-text", "-comment") and any(
                _DEPTH_CLASS.match(c) for c in (child.attributes.get("class") or "").split()):
            return True
        child = child.next
    return False


def _matches(node, selector: str) -> bool:
    """Whether ``node`` itself matches (selectolax's css_matches also looks at descendants;
    css() lists the node itself first when it matches)."""
    first = node.css_first(selector)
    return first is not None and first.mem_id == node.mem_id


def _own_children(li, index: dict) -> list:
    """The item's own content: its element children except the nested replies (``index``:
    the items' positions by ``mem_id``)."""
    out = []
    child = li.child
    while child is not None:
        if child.tag not in ("-text", "-comment"):
            classes = (child.attributes.get("class") or "").split()
            if child.tag != "li" and "children" not in classes and child.mem_id not in index \
                    and not _holds_items(child, index):
                out.append(child)
        child = child.next
    return out


def _holds_items(node, index: dict) -> bool:
    """A replies list without the ``children`` class (Kubrick's copies: ``li > ul > li``)."""
    if node.tag not in ("ul", "ol"):
        return False
    child = node.child
    while child is not None:
        if child.mem_id in index:
            return True
        child = child.next
    return False


def _read_item(li, fields: dict, k: int) -> dict:
    attrs = li.attributes
    classes = (attrs.get("class") or "").split()
    kind = next((t for t in S.WP_KINDS if t in classes), None) or _ping_list_kind(li) or "comment"
    m = S.WP_ID.match(attrs.get("id") or "")
    if m is None and k in fields["id"]:
        m = S.WP_ID.match(fields["id"][k].attributes.get("id") or "")
    wrapper = li.parent
    if m is None and wrapper is not None and wrapper.mem_id not in fields["index"]:
        # comment_class() on a box inside the element that has the id (OceanWP:
        # li#comment-N.comment-container > article.comment.depth-N)
        m = S.WP_ID.match(wrapper.attributes.get("id") or "")
    cid = m.group("id") if m else None

    author = _author(fields["fn"].get(k)) or _heading_name(fields["theme"].get(k)) \
        or _reply_label(fields["reply"].get(k)) or _author(fields["author"].get(k), short=True) \
        or _vcard_name(fields["vcard"].get(k))
    date_raw, iso, shown_by = _date(fields["time"].get(k), fields["meta"].get(k))
    page_dates = fields["dates"]
    if iso is None and shown_by is not None:
        date_raw = _with_titled_time(shown_by, date_raw, page_dates)
    if iso is None and not page_dates.is_date(date_raw):
        reply = fields["reply"].get(k)
        label = inline(reply) if reply is not None else ""
        permalink = fields["permalink"].get(k)
        if cid is not None and permalink is not None and \
                not (permalink.attributes.get("href") or "").endswith(f"#comment-{cid}"):
            # The first "#comment-" link was one in the text (to another post's comment).
            permalink = li.css_first(f"a[href$='#comment-{cid}']") or permalink
        named = (fields["author"].get(k), fields["meta"].get(k))
        for holder in (fields["datecls"].get(k), permalink, *named):
            text = inline(holder) if holder is not None else ""
            # identity: selectolax nodes compare equal by their markup
            if holder is not None and any(holder is n for n in named) and author and text.startswith(author):
                text = text[len(author):].lstrip(" ,|·-–—")  # "NAME, DATE" in one box
            if label and text.endswith(label):  # Avada: "NAME DATE<a> - Reply</a>" in one box
                text = text[: len(text) - len(label)]
            if page_dates.is_date(text):
                date_raw = _with_titled_time(holder, squash(text), page_dates)
                break
    if author is None and date_raw and not page_dates.is_date(date_raw) and (split := _name_comma_date(date_raw, page_dates)):
        author, date_raw = split  # an unlinked name before the date in the meta box ("NAME, DATE")
    header = fields["header"].get(k)
    if author is None and header is not None and date_raw:
        printed = inline(header)
        if printed.endswith(date_raw):
            author = printed[: len(printed) - len(date_raw)].strip(" ,|-·") or None
    if date_raw and date_raw[-1] in _TRAILING_SEPARATORS:
        # the separator a theme prints before its reply link ("DATE · Reply"), left alone at
        # the deepest level where no reply link follows
        date_raw = date_raw.rstrip(_TRAILING_SEPARATORS + " ") or date_raw
    cite = fields["cite"].get(k)
    cited = inline(cite) if cite is not None else ""
    km = (S.KUBRICK_CITE.match(cited) or S.KUBRICK_CITE_NAME.match(cited)) if cited else None
    if km is not None:
        holder = cite.parent
        (holder if holder is not None and holder.tag == "p" else cite).decompose()
        if author is None or author == squash(km.group("name")) or cite.css_first(".fn") is None:
            author = squash(km.group("name"))
        if km.group("date"):
            date_raw = date_raw or squash(km.group("date").replace("@", " @ "))
        kind = S.KUBRICK_KINDS.get(km.group("kind").lower(), kind)

    likes = None
    like_node = fields["likes"].get(k)
    if like_node is not None:
        count_node = like_node.css_first(S.WP_LIKE_COUNT)
        if count_node is not None:
            likes = to_int(count_node.attributes.get("data-like-count"))
        if likes is None:
            lm = S.LIKED_BY.search(inline(like_node))
            likes = to_int(lm.group("n")) if lm else 0

    up = down = None
    votes = fields["votes"].get(k)
    if votes is not None:  # Comments Like Dislike: each count in its own box
        up, down = (to_int(inline(votes.css_first(sel))) if votes.css_first(sel) is not None else None
                    for sel in (S.WP_VOTE_UP, S.WP_VOTE_DOWN))

    if author is None and kind != "comment":
        link = li.css_first("a.url") or li.css_first("a[href]")
        author = inline(link) or None if link is not None else None  # the linking page's title
    box = fields["text"].get(k)
    if box is not None:
        # A text box that also holds the theme's name and date boxes (pixelninja's
        # .comment-text > .author, .date, .text): what gave the header is no text. (Commenters
        # cannot give their markup a class, so these are the theme's.)
        for name in ("fn", "theme", "datecls", "time", "header"):
            node = fields[name].get(k)
            if node is not None and node is not box and _inside(node, box) and node.css_first("p") is None:
                node.decompose()
    text = _text(box, li, fields["index"], fields["hidden"].get(k, ()), fields["bare"])
    if k not in fields["text"]:
        text, printed = _without_header_lines(text, author, date_raw, page_dates)
        if printed and iso is None and not page_dates.is_date(date_raw):
            date_raw = printed
    if kind != "comment" and not text and author and (whole := inline(li)).startswith(author):
        # A theme's own ping callback prints "<a class=url>TITLE</a> - […] excerpt […]" as bare
        # text in the item, no element of its own, or the ping's date: "TITLE on DATE".
        text = whole[len(author):].lstrip(_PING_TITLE_END)
        word, _, rest = text.partition(" ")
        dated = rest if word in _DATE_WORDS and page_dates.is_date(rest) else text if page_dates.is_date(text) else None
        if dated is not None:
            text = ""
            date_raw = dated if not date_raw or date_raw.endswith(dated) else date_raw
    if kind != "comment":
        text = S.PINGBACK_PREFIX.sub("", text, count=1)
        if author and text.startswith(author) and not text[len(author):].strip(_PING_TITLE_END + "()"):
            text = author  # "Pingback: TITLE ()": the title, and an empty edit link's remains
    elif (pm := S.PINGBACK_PREFIX.match(text)) and author is None:
        kind = "trackback" if pm.group("kind").casefold() in ("trackback", "トラックバック") else "pingback"
    elif _PINGBACK_EXCERPT.match(text) and li.css_first("a.url[href]") is not None:
        kind = "pingback"  # an item a theme's own loop prints alike: the linking post's "[…] excerpt […]"
    image_only = not text and li.css_first("img:not(.avatar)") is not None
    return {"id": cid, "kind": kind, "author": author, "date": date_raw, "iso": iso,
            "text": text, "likes": likes, "up": up, "down": down, "image_only": image_only}


def _ping_list_kind(li) -> str | None:
    """"pingback" or "trackback" for an item without a kind class in a list a theme keeps for
    pings (:data:`selectors.WP_PING_LISTS`: the list itself, or the box right around it when
    the list is a bare ``ol``), by the name ("pingback" when it names both or neither); None
    elsewhere, and for an item with a commenter's name box (a comment list wrapped in a box
    named for pings)."""
    up = li.parent
    if up is None or li.css_first(".comment-author, .fn, .vcard") is not None:
        return None
    if not _matches(up, S.WP_PING_LISTS) and not (up.tag in ("ol", "ul") and not up.attributes.get("class")
                                                  and up.parent is not None and _matches(up.parent, S.WP_PING_LISTS)):
        return None
    named = up if _matches(up, S.WP_PING_LISTS) else up.parent
    names = f"{named.attributes.get('id') or ''} {named.attributes.get('class') or ''}".casefold()
    return "trackback" if "trackback" in names and "ping" not in names else "pingback"


# WordPress's pingback text: an excerpt of the linking post between ellipses in brackets (the
# text formats' rule too).
_PINGBACK_EXCERPT = re.compile(r"^\[(?:…|\.\.\.)\].*\[(?:…|\.\.\.)\]$", re.S)
_TRAILING_SEPARATORS = "·|•–—-"
_PING_TITLE_END = " -–—:"
_DATE_WORDS = frozenset(["on", "at", "am", "le", "el", "il", "op", "em"])  # "TITLE on DATE"


def _without_header_lines(text: str, author: str | None, date_raw: str | None,
                          page_dates: _PageDates) -> tuple[str, str | None]:
    """An item's own text without the name and date lines that themes without a text box
    print before it as bare text ("<span class=author>NAME</span><br>DATE <p>TEXT"), and the
    date line when one was found there (a line that is wholly a date)."""
    header = {squash(x) for x in (author, date_raw) if x}
    lines = text.split("\n")
    i = 0
    printed = None
    while i < len(lines) and i < 3:
        line = squash(lines[i])
        if line and line not in header:
            if printed is not None or not page_dates.is_date(line):
                break
            printed = line
        i += 1
    return ("\n".join(lines[i:]).strip("\n") if i else text), printed


def _reply_label(link) -> str | None:
    if link is None:
        return None
    for label in (link.attributes.get("data-replyto"), link.attributes.get("aria-label")):
        m = S.WP_REPLY_LABEL.match(squash(label or ""))
        if m:
            return m.group("name").strip() or None
    return None


def _author(node, short: bool = False) -> str | None:
    """The name in ``node`` without a "says:" label; with ``short``, only a text that can be
    a name (a box that also holds the date is not)."""
    name = inline(node) if node is not None else ""
    if short and (len(name) > 60 or any(ch.isdigit() for ch in name[-12:])):
        return None
    if node is not None and not name:
        img = node.css_first("img[alt]")
        name = squash(img.attributes.get("alt") or "") if img is not None else ""
    if name and name[-1].isdigit() and node is not None and (link := node.css_first(S.WP_PERMALINK)) is not None:
        shown = inline(link)
        if shown and name.endswith(shown) and len(shown) < len(name):
            name = name[: len(name) - len(shown)]  # "<cite>NAME<a href=#comment-N>DATE</a></cite>"
    folded = name.casefold()
    if folded.endswith(_BADGE_ENDS) and node is not None and node.child is not None:
        name = _without_badges(node, name)
        folded = name.casefold()
    if folded.endswith(_SAYS_SUFFIXES):  # one C-level test; the loop finds the longest label
        for says in _SAYS_LONGEST_FIRST:
            if folded.endswith(says):
                name = name[: len(name) - len(says)].strip()
                break
    return name.strip(" ,:") or None


def _vcard_name(node) -> str | None:
    """The name a theme's hCard box prints bare (:func:`_author` with ``short``), without the
    reply or edit link some themes put in it, and never an avatar's alt text."""
    if node is None or not inline(node):
        return None
    name = _author(node, short=True)
    for link in node.css(S.WP_REPLY_LINK + ", .reply, .edit-link, .comment-edit-link"):
        shown = inline(link)
        if name and shown and name.endswith(shown) and len(shown) < len(name):
            name = name[: len(name) - len(shown)].strip(" |·-–—") or None
    return name


def _heading_name(node) -> str | None:
    """:func:`_author` of a theme's name box; a heading there (Anders Norén's ``.comment-header
    h4``) may be another theme's comment title instead ("Great article!", "Re: fares")."""
    name = _author(node)
    if name and node.tag in ("h3", "h4", "h5", "h6") and (
            name[-1] in "!?" and len(name.split()) > 1 or name[:3].casefold() == "re:" or len(name.split()) > 6):
        return None  # (one word may be a name: "Yahoo!")
    return name


# Role badges some themes print inside the name element ("NAME<br><span>Autor</span>",
# pipdig; "NAME <span class=badge>Author</span>"): the same role words as the text formats.
_BADGE_ENDS = tuple(BADGES) + ("post author", "beitragsautor")


def _without_badges(node, name: str) -> str:
    """``name`` without the text of the elements inside ``node`` that hold only a role badge.
    A name that is a role word alone ("admin", "Gast") is the commenter's name."""
    if name.casefold() in _BADGE_ENDS:
        return name
    badges = [el for el in node.css("*") if inline(el).casefold() in _BADGE_ENDS]
    if not badges:
        return name  # the badge word is part of the name's own text ("Guest Author")
    for el in badges:
        el.decompose()
    return inline(node)


def _name_comma_date(printed: str, page_dates) -> tuple[str, str] | None:
    """(name, date) of a meta box printed "NAME, DATE" / "NAME · DATE" / "NAME | DATE" whose
    name is no link (the linked name is read as the author before)."""
    m = _NAME_SEP_DATE.match(squash(printed))
    if m is None or not page_dates.is_date(m.group("date")):
        return None
    name = m.group("name").strip()
    if not looks_like_name(name) or name.casefold() in _META_LABELS or name.casefold().startswith("in reply to"):
        return None  # "Permalink | DATE", "Edited, DATE": a label, not a name
    return name, m.group("date")


_META_LABELS = frozenset(["permalink", "edit", "edited", "reply", "link", "posted", "updated", "antworten",
                          "répondre", "responder", "rispondi", "bearbeiten", "modifier", "editar"])


_NAME_SEP_DATE = re.compile(r"^(?P<name>[^,·|\d][^,·|]{0,60}?)\s*[,·|]\s+(?P<date>\S.{3,60})$")


def _date(time, meta) -> tuple[str | None, str | None, object]:
    """The printed date, the machine-readable datetime when the page gives one, and the link
    that printed the date (or None)."""
    if time is not None:
        # hCard's abbr carries the machine date in its title (Arras: abbr.comment-datetime)
        machine = time.attributes.get("datetime") or (time.attributes.get("title") if time.tag == "abbr" else None)
        return inline(time) or machine, machine, None
    if meta is None:
        return None, None, None
    link = meta.css_first("a[href*='#comment-']") or meta.css_first("a")
    raw = inline(link) if link is not None else inline(meta)
    return (raw or None), None, link


def _with_titled_time(link, shown: str | None, page_dates: _PageDates) -> str | None:
    """``shown``, or the title of the link that shows it when the title is a date that goes
    on from it: a theme that prints the day alone may keep the time in the permalink's title
    ("<a title="September 2, 2017 at 2:59 PM">September 2, 2017</a>", Anders Norén's)."""
    if not shown or link.tag != "a":
        return shown
    titled = squash(link.attributes.get("title") or "")
    if len(titled) > len(shown) and titled.startswith(shown) and page_dates.is_date(titled):
        return titled
    return shown


def _clean_date(raw: str | None) -> str | None:
    return squash(S.DATE_NOISE.sub(" ", raw)) if raw else raw


class _PageDates:
    """The date lookups of one page. The fallbacks ask about the same strings again, and the
    answers depend on the string alone, so each is cleaned once and parsed with one memo."""

    def __init__(self):
        self.memo: dict = {}  # dates.parse_date's and parse_page_dates's, for this page
        self._cleaned: dict[str, str] = {}

    def clean(self, raw: str | None) -> str | None:
        if not raw:
            return raw
        cleaned = self._cleaned.get(raw)
        if cleaned is None:
            cleaned = self._cleaned[raw] = _clean_date(raw)
        return cleaned

    def is_date(self, raw: str | None) -> bool:
        return bool(raw) and dates.parse_date(self.clean(raw), memo=self.memo) is not None


def _dates(rows: list[dict], options: ParseOptions, page_dates: _PageDates
           ) -> list[PostedTime | None]:
    memo = page_dates.memo
    shown = dates.parse_page_dates(
        [page_dates.clean(r["date"]) if not r["iso"] else None for r in rows],
        crawled_at=options.crawled_at, memo=memo)
    shown = [replace(pt, raw=r["date"]) if pt is not None else None for pt, r in zip(shown, rows)]
    out = []
    for row, pt in zip(rows, shown):
        if row["iso"]:
            machine = dates.parse_date(row["iso"].strip(), memo=memo)
            if machine is not None and machine.precision == "day" and row["date"]:
                # A date-only datetime attribute under a printed date and time ("<time
                # datetime="2020-12-24">December 24, 2020 at 3:53 am</time>"): the same day,
                # with the printed clock.
                printed = dates.parse_date(page_dates.clean(row["date"]).rstrip(" :"), memo=memo)
                if printed is not None and printed.local is not None and machine.local is not None \
                        and printed.local.date() == machine.local.date() and printed.precision != "day":
                    machine = printed
            if machine is not None:
                pt = dates.as_printed(machine, row["date"] or row["iso"])
            else:
                pt = dates.parse_date(row["date"], crawled_at=options.crawled_at, memo=memo) \
                    if row["date"] else None
        elif pt is None and row["date"]:
            pt = PostedTime(raw=row["date"])  # printed, but not a date we understand
        out.append(pt)
    return out


def _text(content, li, index: dict, hidden: list,
          bare: tuple[set[int], dict[int, list]] | None) -> str:
    """The text of an item: its text box without ``hidden`` (what :func:`_hidden_texts` found
    in it), or else its own children (``bare``: what :func:`_bare_items` found; never None
    for an item without a text box)."""
    if content is not None:
        for node in hidden:  # drop(content, _TEXT_HIDDEN), see _matches_in
            node.decompose()
        return "\n\n".join(paragraphs(content))
    # Older themes: the text is bare <p>s beside the author and meta boxes.
    not_text, hidden_in = bare
    paras: list[str] = []
    for node in _own_children(li, index):
        key = node.mem_id
        if key in not_text:
            continue
        for match in hidden_in.get(key, ()):  # drop(node, _OWN_TEXT_HIDDEN), see _matches_in
            match.decompose()
        paras.extend(paragraphs(node))
    return "\n\n".join(paras)


def _nesting(items: list, index: dict) -> list[tuple[int | None, int]]:
    """The position of each item's parent and the item's depth: the nearest enclosing item and
    the number of enclosing items (see :func:`_item_at`). The answer for every ancestor passed
    on the way up is remembered, so each node is looked at once per page, not once per item
    below it."""
    chains: dict[int, tuple[int | None, int]] = {}  # node -> (nearest item, items) at or above it
    out = []
    for li in items:
        path = []
        up: tuple[int | None, int] = (None, 0)
        node = li.parent
        while node is not None:
            key = node.mem_id
            if key in chains:
                up = chains[key]
                break
            path.append((key, _item_at(node, index)))
            node = node.parent
        for key, k in reversed(path):
            if k is not None:
                up = (k, up[1] + 1)
            chains[key] = up
        out.append(up)
    return out


def _by_depth_class(items: list, nesting: list) -> tuple[list, list]:
    """Parents from the ``depth-N`` classes of a list printed flat. A theme whose callback
    closes its own element with ``style="div"`` (WordPress then prints no replies container)
    leaves every item a sibling of the one before; comment_class() still writes each item's
    depth, and the walker prints the items in thread order, so an item's parent is the nearest
    earlier item one level up (method ``depth-class``). Used only when the markup nests nothing
    and the classes are consistent: the first item at depth 1, no item deeper than one level
    below the one before it; otherwise the structure is left as it is."""
    depths = []
    for li in items:
        found = [int(c[6:]) for c in (li.attributes.get("class") or "").split() if _DEPTH_CLASS.match(c)]
        depths.append(found[0] if len(found) == 1 else None)
    if (None in depths or depths[0] != 1 or max(depths) == 1
            or any(b > a + 1 for a, b in zip(depths, depths[1:]))):
        return nesting, [(parent, "html-nesting") for parent, _ in nesting]
    last_at: dict[int, int] = {}  # depth -> position of the latest item at that depth
    out, links = [], []
    for k, d in enumerate(depths):
        parent = last_at[d - 1] if d > 1 else None
        last_at[d] = k
        out.append((parent, d - 1))
        links.append((parent, "depth-class"))
    return out, links


def _item_at(node, index: dict) -> int | None:
    """The item ``node`` stands for. Normally the replies list (``.children``) lies inside the
    parent item; themes whose callback closes its own element (Hestia's ``</div>``; OceanWP's
    comment_class() box inside the ``li``) leave the list right after the parent, so a list's
    previous sibling (whose parent is the list's) stands for the item around it."""
    k = index.get(node.mem_id)
    if k is None and "children" in (node.attributes.get("class") or "").split():
        before = node.prev
        while before is not None and (before.tag in ("-text", "-comment") or _spacer(before)):
            before = before.prev
        if before is not None:
            k = index.get(before.mem_id)
    return k


def _spacer(node) -> bool:
    """A rule, a line break or an empty box that a theme prints between an item and its
    replies list (Photome: "<br class="clear"><hr><div style="height:20px"></div>")."""
    if node.tag in ("br", "hr"):
        return True
    if node.tag not in ("div", "span", "p"):
        return False
    child = node.child
    while child is not None:
        if child.tag != "-comment" and (child.tag != "-text" or (child.text_content or "").strip()):
            return False
        child = child.next
    return True


def _declared(tree) -> int | None:
    for node in matches(tree, S.WP_COUNT_TITLE):  # mostly the first
        n = count_in_title(inline(node))
        if n is not None:
            return n
    # A theme without the usual ids and classes: the heading right before the list (Arras:
    # "<h4 class=module-title>107 Comments</h4><ol id=commentlist>").
    listing = tree.css_first(S.WP_LISTS)
    heading = listing.prev if listing is not None else None
    while heading is not None and heading.tag in ("-text", "-comment"):
        heading = heading.prev
    if heading is not None and heading.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return count_in_title(inline(heading))
    return None


def _paged(tree) -> bool:
    nav = tree.css_first(S.WP_COMMENT_PAGING)
    return nav is not None and nav.css_first("a[href]") is not None


def _stripped_list(text: str, options: ParseOptions) -> CommentSection | None:
    """Comments of a list whose tags were stripped: ``NAME says:`` lines, a date line, the
    text, a reply label; a stray ``</li>`` closes the innermost open comment, so a comment
    that starts while another is still open is its reply."""
    start = text.find("comments-title")
    if start < 0:
        return None
    end = text.find("comment-reply-title", start)
    lines = text[start:end if end > 0 else len(text)].split("\n")
    heading = count_in_title(_TAG.sub(" ", "\n".join(lines[:4])).split(">")[-1])
    records: list[dict] = []
    stack: list[int] = []
    current = None
    for i, line in enumerate(lines):
        m = _SAYS_LINE.match(_TAG.sub("", line))
        if m and "<" not in m.group("name"):
            parent = stack[-1] if stack else None
            current = {"author": squash(m.group("name")), "date": None, "text": [],
                       "parent": parent, "depth": len(stack)}
            records.append(current)
            stack.append(len(records) - 1)
            continue
        if current is None:
            continue
        closes = line.count("</li>")
        plain = squash(_TAG.sub(" ", line))
        if current["date"] is None and plain and not current["text"]:
            current["date"] = plain
        elif plain.casefold() in _REPLY_LABELS:
            pass
        elif plain:
            current["text"].append(plain)
        for _ in range(closes):
            if stack:
                stack.pop()
    if not records:
        return None
    section = CommentSection(system="wordpress", declared=heading)
    section.notes.append("comment list markup stripped to text: comments read from "
                         "'NAME says:' lines, nesting from stray </li> tags")
    posted = dates.parse_page_dates([r["date"] for r in records], crawled_at=options.crawled_at)
    for k, r in enumerate(records):
        section.comments.append(ParsedComment(
            position=k, text="\n\n".join(r["text"]), author=r["author"], author_source="explicit",
            posted=posted[k] or (PostedTime(raw=r["date"]) if r["date"] else None),
            parent_position=r["parent"],
            parent_method="html-nesting" if r["parent"] is not None else None,
            parent_confidence=0.8 if r["parent"] is not None else None, depth=r["depth"]))
    return section
