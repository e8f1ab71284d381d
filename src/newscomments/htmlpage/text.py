"""Text of a DOM subtree as the reader sees it: paragraphs split at block elements, ``<br>`` as
a line break, whitespace collapsed as HTML does, and never the content of scripts, styles or
templates (they are removed first by :func:`drop`).

Speed: lexbor parses a CSS selector on every call (about a microsecond per comma-separated
alternative) and then tests every alternative on every node below the starting node. On the
small subtrees of comments the parse dominates: :func:`visible_paragraphs` collects the names
(tag, class, id, attribute) of the elements while reading the text and runs the selector only
when one of its alternatives could match them. The format modules go further and run such
selectors once per page over the whole comment list. (On an article body the walk dominates,
and serialising the body to prune the selector list cost more than the walk it saved.)
"""

from __future__ import annotations

import re
from functools import lru_cache

BLOCKS = frozenset(
    "address article aside blockquote dd details dialog div dl dt figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot tr "
    "td th ul".split())
_BREAKS = BLOCKS | {"pre"}
# Never text: removed from a subtree before its text is read.
INVISIBLE = "script, style, noscript, template, svg, math, iframe, object, canvas, button, select, textarea, input"
# Runs of HTML whitespace (and nbsp, zero-width space), each collapsed to one space. The
# patterns skip a lone " ": replacing it by itself changes nothing, and it is by far the most
# common run, so most substitutions (and most of the cost) go away.
_SPACE = re.compile(r"[\t\r\n\f\u00a0\u200b][ \t\r\n\f\u00a0\u200b]*| [ \t\r\n\f\u00a0\u200b]+")
_SPACE_IN_LINE = re.compile(r"[\t\r\f\u00a0\u200b][ \t\r\f\u00a0\u200b]*| [ \t\r\f\u00a0\u200b]+")  # without \n


def drop(node, selector: str = INVISIBLE) -> None:
    """Remove every element matching ``selector`` below ``node`` (mutates the tree)."""
    for n in node.css(selector):
        n.decompose()


def visible_paragraphs(node, hidden: str = INVISIBLE) -> list[str]:
    """:func:`paragraphs` of ``node`` after ``drop(node, hidden)``, without paying for the
    selector when nothing below ``node`` can match it: the paragraphs are read first, with the
    names of the elements met on the way, and only when some alternative of ``hidden`` could
    match are the elements dropped and the paragraphs read again."""
    names: set[str] = set()
    paras = paragraphs(node, names)
    if _possible(hidden, names):
        drop(node, hidden)
        paras = paragraphs(node)
    return paras


def paragraphs(node, names: set[str] | None = None) -> list[str]:
    """Paragraphs of ``node``'s text, in document order; a block element starts a new one.
    With ``names``, the tags ("t"+tag), class tokens ("."+class), ids ("#"+id) and attribute
    names ("["+name) of the elements met are added to it, lower-cased (see :func:`_possible`)."""
    out: list[str] = []
    buf: list[str] = []
    add = buf.append
    pre = False
    for n in node.traverse(include_text=True):
        tag = n.tag
        if tag == "-text":
            add(n.text_content or "")
            continue
        if names is not None and tag != "-comment":
            _add_names(names, tag, n.attributes)
        if tag == "br":
            add("\n")
        elif tag in _BREAKS:
            if buf:
                _flush(buf, pre, out)
            pre = tag == "pre"
    if buf:
        _flush(buf, pre, out)
    return out


def _add_names(names: set[str], tag: str, attrs: dict) -> None:
    names.add("t" + tag.lower())
    for key, value in attrs.items():
        key = key.lower()
        names.add("[" + key)
        if key == "class" and value:
            names.update("." + c for c in value.lower().split())
        elif key == "id" and value:
            names.add("#" + value.lower())


def _flush(buf: list[str], pre: bool, out: list[str]) -> None:
    para = "".join(buf)
    buf.clear()
    if para.isspace():  # the whitespace between two blocks: strip() would leave nothing
        return
    if not pre:
        # Collapsing runs that stop at line breaks on the whole paragraph gives each line what
        # collapsing it alone would (one regex call instead of one per line).
        para = _SPACE_IN_LINE.sub(" ", para)
    if "\n" in para:
        para = "\n".join(line for line in (x.strip() for x in para.split("\n")) if line)
    else:
        para = para.strip()
    if para:
        out.append(para)


def inline(node) -> str:
    """The text of a small element (a name, a date) on one line."""
    if node is None:
        return ""
    return _SPACE.sub(" ", node.text(deep=True, separator="")).strip()


def squash(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


# --- which selectors can match: the names they require --------------------------------------

# The names one simple selector requires: tag, .class, #id, [attribute.
_SEL_NAME = re.compile(r"([.#]?)(-?[_a-zA-Z][-_a-zA-Z0-9]*)|\[([-_a-zA-Z0-9:]+)")


@lru_cache(maxsize=256)
def _needles(selector: str) -> tuple[frozenset, tuple[tuple[str, frozenset], ...]]:
    """The alternatives of ``selector``, each with the set of names it requires ("t"+tag,
    "."+class, "#"+id, "["+attribute, lower-cased), and the union of those sets. What sits
    inside a pseudo-class (``:not(.x)``) or an attribute value is never required."""
    alts = []
    for alt in _split_alternatives(selector):
        bare = re.sub(r":[-a-zA-Z]+(?:\([^()]*\))?", " ", alt)
        bare = re.sub(r"\[([-_a-zA-Z0-9:]+)[^\]]*\]", r"[\1]", bare)
        req = set()
        for kind, name, attr in _SEL_NAME.findall(bare):
            req.add("[" + attr.lower() if attr else (kind or "t") + name.lower())
        alts.append((alt, frozenset(req)))
    union = frozenset().union(*(r for _, r in alts))
    return union, tuple(alts)


def _split_alternatives(selector: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(selector):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(selector[start:i].strip())
            start = i + 1
    parts.append(selector[start:].strip())
    return [p for p in parts if p]


def _possible(selector: str, names: set[str]) -> bool:
    union, alts = _needles(selector)
    if union.isdisjoint(names):
        return False
    return any(req <= names for _, req in alts)
