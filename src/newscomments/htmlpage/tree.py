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
