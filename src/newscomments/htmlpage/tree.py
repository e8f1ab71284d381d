"""Small walks over a parsed DOM shared by the HTML formats."""

from __future__ import annotations


def common_ancestor(first, last):
    """The lowest common ancestor of two nodes; for the first and the last of a set of nodes in
    document order it is the lowest common ancestor of the whole set."""
    seen = set()
    node = first
    while node is not None:
        seen.add(node.mem_id)
        node = node.parent
    node = last
    while node is not None and node.mem_id not in seen:
        node = node.parent
    return node


def owner(node, index: dict, owners: dict):
    """The value ``index`` holds (by ``mem_id``) for the nearest of ``node`` and its ancestors
    listed there, or None. ``owners`` remembers the answer for every node passed on the way up,
    so the nodes of one subtree are climbed through once however many of them are asked about."""
    path = []
    k = None
    while node is not None:
        key = node.mem_id
        if key in owners:
            k = owners[key]
            break
        k = index.get(key)
        path.append(key)
        if k is not None:
            break
        node = node.parent
    for key in path:
        owners[key] = k
    return k


def matches(node, selector: str):
    """The elements ``node.css(selector)`` lists, in its order, for loops that mostly stop at
    the first and change nothing in the tree: the first costs a walk up to it (css_first), the
    rest a walk of the whole subtree. css() lists nodes in document order, so its first is the
    one css_first finds."""
    first = node.css_first(selector)
    if first is None:
        return
    yield first
    rest = iter(node.css(selector))
    next(rest)  # ``first`` again
    yield from rest


def in_aside(node) -> bool:
    """Whether ``node`` is in a sidebar, a block or widget, a related-posts list, navigation or a
    footer: the loose date selectors (a node's ``.submitted``, a ``.byline``) also match the
    teasers there, which Drupal's Garland prints before the post."""
    node = node.parent
    while node is not None and node.tag not in ("body", "html"):  # Garland's body: "sidebar-left"
        if node.tag in ("aside", "nav", "footer"):
            return True
        attrs = node.attributes
        named = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".casefold()
        if any(w in named for w in ("sidebar", "widget", "related", "teaser")) or "block" in named.split():
            return True
        node = node.parent
    return False
