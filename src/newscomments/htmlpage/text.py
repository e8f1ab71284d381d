"""Text of a DOM subtree as the reader sees it: paragraphs split at block elements, ``<br>`` and
the end of a block as line breaks, whitespace collapsed as HTML does, and never the content of
scripts, styles or templates (they are removed first by :func:`drop`).

Speed: lexbor parses a CSS selector on every call (about a microsecond per comma-separated
alternative) and then tests every alternative on every node below the starting node. On the
small subtrees of comments the parse dominates, so the format modules run such selectors once
per page over the whole comment list and remove each comment's matches when they read it.
(On an article body the walk dominates, and serialising the body to prune the selector list
cost more than the walk it saved.)
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

BLOCKS = frozenset(
    "address article aside blockquote dd details dialog div dl dt figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot tr "
    "td th ul".split())


def _tag_id(name: str) -> int:
    """lexbor's id of a standard tag name: a fixed number, the same in every document and never
    given to another name, so comparing ids is comparing names."""
    return LexborHTMLParser("").create_node(name).tag_id


_BREAK_IDS = frozenset(map(_tag_id, BLOCKS))
_BR, _PRE, _IMG = _tag_id("br"), _tag_id("pre"), _tag_id("img")
_TEXT = LexborHTMLParser("<p>x</p>").css_first("p").child.tag_id  # a text node's
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


def paragraphs(node) -> list[str]:
    """Paragraphs of ``node``'s text, in document order; a block element starts a new one."""
    out: list[str] = []
    buf: list[str] = []
    add = buf.append
    pre = False
    # Whether any text here may keep its line breaks (see _keeps_lines): most nodes hold no
    # preformatted element and no white-space style, and then no text node is looked up.
    lined = node.css_first(_LINED) is not None or _keeps_lines(node)
    for n in node.traverse(include_text=True):
        # Tag ids, not names: ``tag`` builds a new string for every element.
        tag = n.tag_id
        if tag in _BREAK_IDS:
            if buf:
                _flush(buf, pre, out)
            pre = tag == _PRE
            continue
        # The end of a block is a line break, as the source line break after it is on pretty
        # pages: minified pages ("</div><a>date</a>", "</div> text") read the same.
        if buf and (prev := n.prev) is not None and _ends_in_block(prev):
            add("\n")
        if tag == _TEXT:
            t = n.text_content or ""
            # A line break in the source is a space (HTML's white space rules): only <br> and
            # the ends of blocks break a line, but in <pre> and its kin and where the page's own
            # style keeps line breaks ("white-space: pre-line", a comment box's).
            add(t.replace("\n", " ") if not pre and "\n" in t
                and not (lined and not t.isspace() and _keeps_lines(n)) else t)
        elif tag == _BR:
            add("\n")
        elif tag == _IMG and (typed := _typed_text(n)):
            add(typed)
    if buf:
        _flush(buf, pre, out)
    return out


_KEEPS_LINES = frozenset(["pre", "xmp", "listing", "plaintext", "textarea"])


def _keeps_lines(text_node) -> bool:
    """Whether an element around ``text_node`` shows its line breaks: a preformatted element,
    or an inline style "white-space: pre…" (pre, pre-wrap, pre-line)."""
    node = text_node.parent
    for _ in range(8):
        if node is None or node.tag in ("body", "html"):
            return False
        if node.tag in _KEEPS_LINES:
            return True
        style = node.attributes.get("style")
        if style and "white-space" in style and _WHITE_SPACE_PRE.search(style):
            return True
        node = node.parent
    return False


_LINED = "pre, xmp, listing, plaintext, textarea, [style*='white-space']"
_WHITE_SPACE_PRE = re.compile(r"white-space\s*:\s*(?:pre|break-spaces)", re.I)


def _typed_text(img) -> str | None:
    """What the writer typed where an image stands for it: WordPress turns emoji and smileys
    (":)", "😉") into ``img.emoji`` / ``img.wp-smiley`` whose alt is the typed text."""
    attrs = img.attributes
    classes = attrs.get("class") or ""
    return attrs.get("alt") if "emoji" in classes or "wp-smiley" in classes else None


def _ends_in_block(node) -> bool:
    """Whether ``node`` is a block or ends with one (``<a><div>name</div></a>``, whitespace
    after it aside), so that what follows it starts a new line."""
    for _ in range(4):  # a few levels: deeper wrapping is rare and a walk costs on every node
        tag = node.tag_id
        if tag in _BREAK_IDS:
            return True
        if tag == _TEXT:
            if not (node.text_content or "").isspace() or (node := node.prev) is None:
                return False
            continue
        if (node := node.last_child) is None:
            return False
    return False


def _flush(buf: list[str], pre: bool, out: list[str]) -> None:
    para = "".join(buf)
    buf.clear()
    if para.isspace():  # the whitespace between two blocks: strip() would leave nothing
        return
    # Every match of _SPACE_IN_LINE starts with two spaces or one of the other characters it
    # collapses: six substring tests cost half a regex pass, and most paragraphs have none.
    if not pre and ("  " in para or "\t" in para or "\r" in para or "\f" in para
                    or "\u00a0" in para or "\u200b" in para):
        # Collapsing runs that stop at line breaks on the whole paragraph gives each line what
        # collapsing it alone would (one regex call instead of one per line).
        para = _SPACE_IN_LINE.sub(" ", para)
    if pre:
        # Preformatted text as shown: its indentation and its blank lines are the code's.
        para = "\n".join(x.rstrip() for x in para.split("\n")).strip("\n")
    elif "\n" in para:
        para = "\n".join(line for line in (x.strip() for x in para.split("\n")) if line)
    else:
        para = para.strip()
    if para:
        out.append(para)


def inline(node) -> str:
    """The text of a small element (a name, a date) on one line."""
    if node is None:
        return ""
    return squash(node.text(deep=True, separator=""))


def squash(text: str) -> str:
    # As in _flush: every match of _SPACE starts with two spaces or another character it
    # collapses, and most short strings have none.
    if ("  " in text or "\n" in text or "\t" in text or "\r" in text or "\f" in text
            or "\u00a0" in text or "\u200b" in text):
        text = _SPACE.sub(" ", text)
    return text.strip()
