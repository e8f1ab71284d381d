"""Removal lists: pages, comments or authors to leave out of a build (take-down requests).

A removal list is a text file, one entry per line, ``#`` starts a comment::

    page:<page id>          the whole page (counted as "removed" in the build report)
    article:<article id>    the same, by article id
    comment:<comment id>    one comment
    author:<name>           every comment signed or inferred to be by this name
    author_key:<u_...>      the same, by pseudonymous key

A removed comment's replies stay, as roots (their edge is dropped, not re-attached to a
grandparent: that would invent a reply nobody wrote). Removal happens before splits and
validation, so the output is as if the removed items had never been crawled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .textfiles import read_user_text

_KINDS = ("page", "article", "comment", "author", "author_key")


@dataclass(frozen=True)
class RemovalList:
    pages: frozenset = frozenset()
    articles: frozenset = frozenset()
    comments: frozenset = frozenset()
    authors: frozenset = frozenset()  # names
    author_keys: frozenset = frozenset()
    source: str = ""
    counts: dict = field(default_factory=dict, compare=False)

    def is_empty(self) -> bool:
        return not (self.pages or self.articles or self.comments or self.authors or self.author_keys)


def read_removal_list(path: Path) -> RemovalList:
    text = read_user_text(Path(path), "a removal list")
    found: dict[str, set] = {k: set() for k in _KINDS}
    for n, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("author:") else line.strip()
        if not line:
            continue
        kind, sep, value = line.partition(":")
        value = value.strip()
        if not sep or kind not in _KINDS or not value:
            raise InputError(f"{path}:{n}: expected 'page:|article:|comment:|author:|author_key:' "
                             f"followed by a value, got {line!r}")
        if kind == "author_key" and not re.fullmatch(r"u_[0-9a-f]{16}", value):
            raise InputError(f"{path}:{n}: expected an author key u_<16 hex>, got {value!r}")
        found[kind].add(value)
    return RemovalList(frozenset(found["page"]), frozenset(found["article"]), frozenset(found["comment"]),
                       frozenset(found["author"]), frozenset(found["author_key"]), Path(path).name)


def apply_to_rows(rows: dict[str, list[dict]], removal: RemovalList, key_of) -> dict[str, int]:
    """Remove comments (by id or author) from one page's rows in place; returns counts.
    ``key_of`` maps a name to its pseudonymous key (so names never need to be stored)."""
    keys = set(removal.author_keys) | {key_of(n) for n in removal.authors}
    gone = {c["comment_id"] for c in rows["comments"]
            if c["comment_id"] in removal.comments or (c["author_key"] is not None and c["author_key"] in keys)}
    if not gone:
        return {"comments": 0}
    rows["comments"] = [c for c in rows["comments"] if c["comment_id"] not in gone]
    for c in rows["comments"]:
        if c["parent_id"] in gone:
            c["parent_id"] = None
    rows["reply_edges"] = [e for e in rows["reply_edges"] if e["child_id"] not in gone and e["parent_id"] not in gone]
    rows["ratings"] = [r for r in rows["ratings"] if r["target_id"] not in gone]
    for a in rows["articles"]:
        a["parsed_comment_count"] = len(rows["comments"])
    return {"comments": len(gone)}
