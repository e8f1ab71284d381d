"""Text of a DOM subtree as the reader sees it: paragraphs split at block elements, ``<br>`` as
a line break, whitespace collapsed as HTML does, and never the content of scripts, styles or
templates (they are removed first by :func:`drop`)."""

from __future__ import annotations

import re

BLOCKS = frozenset(
    "address article aside blockquote dd details dialog div dl dt figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot tr "
    "td th ul".split())
# Never text: removed from a subtree before its text is read.
INVISIBLE = "script, style, noscript, template, svg, math, iframe, object, canvas, button, select, textarea, input"
_SPACE = re.compile(r"[ \t\r\n\f\u00a0\u200b]+")


def drop(node, selector: str = INVISIBLE) -> None:
    """Remove every element matching ``selector`` below ``node`` (mutates the tree)."""
    for n in node.css(selector):
        n.decompose()


def paragraphs(node) -> list[str]:
    """Paragraphs of ``node``'s text, in document order; a block element starts a new one."""
    out: list[str] = []
    buf: list[str] = []
    pre = False

    def flush() -> None:
        if buf:
            para = "".join(buf)
            lines = [line.strip() if pre else _SPACE.sub(" ", line).strip() for line in para.split("\n")]
            para = "\n".join(line for line in lines if line)
            if para:
                out.append(para)
            buf.clear()

    for n in node.traverse(include_text=True):
        tag = n.tag
        if tag == "-text":
            buf.append(n.text_content or "")
        elif tag == "br":
            buf.append("\n")
        elif tag in BLOCKS or tag == "pre":
            flush()
            pre = tag == "pre"
    flush()
    return out


def inline(node) -> str:
    """The text of a small element (a name, a date) on one line."""
    if node is None:
        return ""
    return _SPACE.sub(" ", node.text(deep=True, separator="")).strip()


def squash(text: str) -> str:
    return _SPACE.sub(" ", text).strip()
