"""The one door from bytes to a DOM: a deterministic pre-scan, then selectolax (lexbor).

lexbor has no limits of its own and takes quadratic time on deep nesting (80k nested ``<div>``:
seconds) and on one tag with tens of thousands of attributes, so :func:`prescan` runs first and
raises :class:`PageRejected` with ``too-large``, ``too-deep``, ``too-many-attributes`` or
``too-many-nodes``. What it rejects depends only on the bytes and :class:`Limits`, never on time.

The pre-scan has two tiers, because a byte-by-byte tokenizer written in Python would cost as
much as parsing the page:

1. A vectorised upper bound (numpy, C speed, ~0.1 ms for a 150 KB page). Tags are found as
   ``<`` + letter; comments and raw-text elements (script, style, textarea, ...) are masked
   out. Depth is bounded per tag name: for each name, the most start tags not yet matched by an
   end tag of the same name (a running count clamped at zero, so stray end tags cannot hide
   later start tags); the bound is the sum over names. Void elements never count. Attributes
   are bounded by the separators between a tag's ``<`` and the next ``<``. Nodes are the start
   tags. When every bound is within the limits the page is accepted.
2. Otherwise (pages with many unclosed ``<p>``/``<li>``, or hostile input) a sequential scan
   with a tag stack that follows the HTML rules that matter for depth (void elements, implied
   ends of ``p``/``li``/``dd``/``dt``/``option``/table cells, raw text, self-closing tags inside
   ``svg``/``math``, end tags that close up to their open element or are ignored) decides, and
   counts the attributes of long tags exactly.

Known gaps of tier 1, kept on purpose for speed: an end tag hidden inside a *quoted attribute
value* (``title="x>y</div>"``) is counted as a real end tag, and a ``>`` inside a single-quoted
value of a tag that also has double-quoted values ends that tag early for the attribute count. Markup crafted that way can pass
tier 1 with deep nesting; the build's wall-clock backstop (a worker process) still bounds it.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from ..decode import decode_page
from ..errors import PageRejected
from ..options import Limits

VOID = frozenset(
    b"area base br col embed hr img input keygen link meta param source track wbr basefont "
    b"bgsound frame image".split())
RAW_TEXT = (b"script", b"style", b"textarea", b"title", b"xmp", b"iframe", b"noembed",
            b"noframes", b"plaintext")
# Tier 2 tokens: a comment opening, or a start/end tag with its name.
_TOKEN = re.compile(rb"<!--|<(/?)([A-Za-z][^\t\n\f\r />]*)")
# The rest of a tag after its name, honouring quoted values (which may hold '>').
_TAG_REST = re.compile(rb"""(?:[^>=]+|=\s*"[^"]*"|=\s*'[^']*'|=)*>?""")
_ATTR = re.compile(rb"""[^\s/>"'=][^\s/>=]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?""")
_LIST_SCOPE = frozenset([b"ol", b"ul", b"menu", b"table", b"html"])
_P_CLOSERS = frozenset(
    b"address article aside blockquote center details dialog dir div dl fieldset figcaption "
    b"figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section "
    b"table ul li dd dt".split())
_IMPLIED = {  # start tag -> open elements of these names it closes (within their scope)
    b"li": (b"li",), b"dt": (b"dt", b"dd"), b"dd": (b"dt", b"dd"),
    b"option": (b"option",), b"tr": (b"tr", b"td", b"th"), b"td": (b"td", b"th"),
    b"th": (b"td", b"th"),
}
_FOREIGN = frozenset([b"svg", b"math"])


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)
_FM_TITLE = re.compile(r"(?m)^title:\s*[\"']?(?P<t>.*?)[\"']?\s*$")


def front_matter_title(text: str) -> str | None:
    """The ``title:`` of a YAML front matter block (static-site copies of WordPress pages).
    Its ``date:`` is not used: those are migration or crawl dates (VARIANTS.md 1)."""
    m = _FRONT_MATTER.match(text)
    t = _FM_TITLE.search(m.group(1)) if m else None
    return t.group("t").strip() or None if t else None


def parse_document(data: bytes, limits: Limits) -> tuple[LexborHTMLParser, str]:
    """Pre-scan ``data``, decode it (:func:`newscomments.decode.decode_page`: BOM, UTF-8, the
    declared charset, cp1252; binary files rejected) and parse it. Returns the tree and the
    decoded text. A YAML front matter block is not page text and is cut off first."""
    if len(data) > limits.max_bytes:
        raise PageRejected("too-large", f"expected at most {limits.max_bytes} bytes, got {len(data)}")
    text = decode_page(data, html=True)  # rejects empty and binary files first
    prescan(data, limits)
    m = _FRONT_MATTER.match(text)
    return LexborHTMLParser(text[m.end():] if m else text), text


def prescan(data: bytes, limits: Limits) -> None:
    """Raise :class:`PageRejected` when ``data`` exceeds any of ``limits`` (see module docs)."""
    if len(data) > limits.max_bytes:
        raise PageRejected("too-large", f"expected at most {limits.max_bytes} bytes, got {len(data)}")
    if data.count(b"<") <= min(limits.max_depth, limits.max_nodes) and len(data) < 2 * limits.max_attributes:
        return
    if _fast_bounds_ok(data, limits):
        return
    _sequential_scan(data, limits)


def _fast_bounds_ok(data: bytes, limits: Limits) -> bool:
    import numpy as np  # imported here: `import newscomments` stays cheap

    a = np.frombuffer(data, dtype=np.uint8)
    n = len(a)
    lt = np.flatnonzero(a[:-3] == 60)  # '<' with at least three bytes after it
    if len(lt) == 0:
        return True
    nxt = a[lt + 1]
    is_comment = (nxt == 33) & (a[lt + 2] == 45) & (a[lt + 3] == 45)
    is_end = nxt == 47
    name_at = lt + 1 + is_end
    first = a[name_at] | 0x20
    letter = (first >= 97) & (first <= 122)
    comments = lt[is_comment]
    keep = letter
    lt, is_end, name_at = lt[keep], is_end[keep], name_at[keep]
    if len(lt) == 0:
        return True
    # Name keys: the first 8 bytes of the name (lower-cased), exact for names of up to 8 bytes.
    idx = np.minimum(name_at[:, None] + np.arange(9), n - 1)
    win = a[idx] | 0x20
    alnum = ((win >= 97) & (win <= 122)) | ((win >= 48) & (win <= 57)) | (win == 45)
    run = np.cumprod(alnum, axis=1).astype(bool)
    long_name = run[:, 8]
    masked = np.where(run[:, :8], win[:, :8], 0).astype(np.uint64)
    keys = (masked << (np.arange(8, dtype=np.uint64) * np.uint64(8))).sum(axis=1)

    # Tokens inside comments and raw-text elements (script, style, ...) are not tags.
    raw = np.isin(keys, _raw_keys()) & ~long_name
    regions = _regions(data, comments.tolist(), lt[raw & ~is_end].tolist(), keys[raw & ~is_end].tolist(),
                       lt[raw & is_end], keys[raw & is_end])
    if regions:
        r_start = np.array([r[0] for r in regions])
        r_end = np.array([r[1] for r in regions])
        k = np.searchsorted(r_start, lt, side="right") - 1
        outside = (k < 0) | (lt >= r_end[np.maximum(k, 0)])
        lt, is_end, keys, long_name = lt[outside], is_end[outside], keys[outside], long_name[outside]
    if int((~is_end).sum()) > limits.max_nodes:
        return False
    counted = ~np.isin(keys, _void_keys()) | long_name
    # Names longer than 8 bytes share keys: their start tags count, their end tags never do.
    steps = np.where(is_end, -1, 1).astype(np.int64)
    steps[~counted] = 0
    steps[long_name & is_end] = 0
    sel = np.flatnonzero(counted & ~long_name)
    if len(sel):
        order = sel[np.argsort(keys[sel], kind="stable")]
        k_sorted, s_sorted = keys[order], steps[order]
        new_group = np.ones(len(k_sorted), dtype=bool)
        new_group[1:] = k_sorted[1:] != k_sorted[:-1]
        group = np.cumsum(new_group) - 1
        heads = np.flatnonzero(new_group)
        csum = np.cumsum(s_sorted)
        within = csum - (csum[heads] - s_sorted[heads])[group]  # running count per name
        # An end tag is stray when it takes its name's count below every earlier value (no
        # open element of that name to close): it must not lower the depth. One running
        # minimum over all names restarts per name because each name is shifted below the
        # previous ones.
        shift = group.astype(np.int64) * (2 * len(s_sorted) + 2)
        floor = np.minimum.accumulate(np.minimum(within, 0) - shift) + shift
        before = np.zeros(len(floor), dtype=np.int64)
        before[1:] = floor[:-1]
        before[heads] = 0
        stray = floor < before
        steps[order[stray]] = 0
    bound = int(np.cumsum(steps).max()) if len(steps) else 0
    if bound > limits.max_depth:
        return False
    # Attributes: a tag with k attributes has at least k separators (whitespace, '/', quotes)
    # between its '<' and its '>'. Quotes must balance there (only double quotes count when
    # there are any: alt="don't"); otherwise a '>' sits inside a quoted value and the tag is
    # longer than it looks, and the page goes to the sequential scan.
    starts = lt[~is_end]
    if len(starts):
        gt = np.flatnonzero(a == 62)
        j = np.searchsorted(gt, starts)
        tag_end = np.where(j < len(gt), gt[np.minimum(j, len(gt) - 1)], n)
        for i in np.flatnonzero(tag_end - starts > limits.max_attributes).tolist():
            chunk = data[int(starts[i]):int(tag_end[i])]
            if sum(chunk.count(c) for c in (b" ", b"\t", b"\n", b"\r", b"\f", b"/", b'"', b"'")) > limits.max_attributes:
                return False
        dq, sq = np.flatnonzero(a == 34), np.flatnonzero(a == 39)
        dq_n = np.searchsorted(dq, tag_end) - np.searchsorted(dq, starts)
        sq_n = np.searchsorted(sq, tag_end) - np.searchsorted(sq, starts)
        if ((dq_n & 1) | ((dq_n == 0) & (sq_n & 1))).any():
            return False
    return True


def _key(name: bytes) -> int:
    return int.from_bytes(name[:8].ljust(8, b"\0"), "little")


def _raw_keys():
    import numpy as np
    return np.array([_key(v) for v in RAW_TEXT], dtype=np.uint64)


def _void_keys():
    import numpy as np
    return np.array([_key(v) for v in VOID if len(v) <= 8], dtype=np.uint64)


def _regions(data: bytes, comments: list[int], raw_starts: list[int], raw_keys: list[int],
             raw_end_pos, raw_end_keys) -> list[tuple[int, int]]:
    """(start, end) byte ranges of comments and raw-text element contents, in page order. An
    unclosed comment or raw-text element runs to the end, as it does in a browser."""
    import numpy as np
    events = sorted([(p, 0, 0) for p in comments] + list(zip(raw_starts, [1] * len(raw_starts), raw_keys)))
    regions: list[tuple[int, int]] = []
    pos = -1
    n = len(data)
    for start, kind, key in events:
        if start < pos:
            continue  # inside a region already excluded
        if kind == 0:
            end = data.find(b"-->", start + 4)
            end = n if end < 0 else end + 3
        else:
            ends = raw_end_pos[(raw_end_keys == np.uint64(key)) & (raw_end_pos > start)]
            end = int(ends[0]) if len(ends) else n
        regions.append((start + 1, end))
        pos = end
    return regions


def _sequential_scan(data: bytes, limits: Limits) -> None:
    stack: list[bytes] = []
    nodes = 0
    foreign = 0  # open svg/math elements: inside them '/>' really closes a tag
    lowered = data.lower()
    pos, n = 0, len(data)
    while pos < n:
        m = _TOKEN.search(data, pos)
        if m is None:
            break
        if m.group(0) == b"<!--":
            end = data.find(b"-->", m.end())
            pos = n if end < 0 else end + 3
            continue
        name = m.group(2).lower()
        rest = _TAG_REST.match(data, m.end())
        pos = rest.end()
        if m.group(1):  # end tag
            if name in stack:
                while stack:
                    top = stack.pop()
                    if top in _FOREIGN:
                        foreign -= 1
                    if top == name:
                        break
            continue
        nodes += 1
        if nodes > limits.max_nodes:
            raise PageRejected("too-many-nodes", f"expected at most {limits.max_nodes} HTML elements, got more")
        span = rest.end() - m.end()
        if span > limits.max_attributes:
            count = len(_ATTR.findall(data, m.end(), rest.end()))
            if count > limits.max_attributes:
                raise PageRejected(
                    "too-many-attributes",
                    f"expected at most {limits.max_attributes} attributes on one tag, got {count} "
                    f"on <{name.decode('ascii', 'replace')}> at byte {m.start()}")
        if name in VOID or (foreign and rest.group(0).endswith(b"/>")):
            continue
        if name in RAW_TEXT:
            end = lowered.find(b"</" + name, pos)
            pos = n if end < 0 else end
            continue
        if name == b"p" or name in _P_CLOSERS:
            _close_open(stack, (b"p",), _LIST_SCOPE)
        if name in _IMPLIED:
            _close_open(stack, _IMPLIED[name], _LIST_SCOPE)
        stack.append(name)
        if name in _FOREIGN:
            foreign += 1
        if len(stack) > limits.max_depth:
            raise PageRejected("too-deep", f"expected HTML nesting of at most {limits.max_depth} "
                               f"elements, got deeper at byte {m.start()}")


def _close_open(stack: list[bytes], names: tuple[bytes, ...], scope: frozenset) -> None:
    """Pop up to the nearest open element in ``names`` unless a scope boundary comes first."""
    for i in range(len(stack) - 1, -1, -1):
        if stack[i] in names:
            del stack[i:]
            return
        if stack[i] in scope or stack[i] == b"div":
            return
