"""The one door from bytes to a DOM: a deterministic pre-scan, then selectolax (lexbor).

lexbor has no limits of its own and takes quadratic time on deep nesting (80k nested ``<div>``:
seconds) and on one tag with tens of thousands of attributes, so :func:`prescan` runs first and
raises :class:`PageRejected` with ``too-large``, ``too-deep``, ``too-many-attributes`` or
``too-many-nodes``. What it rejects depends only on the bytes and :class:`Limits`, never on time.

The pre-scan has two tiers, because a byte-by-byte tokenizer written in Python would cost as
much as parsing the page:

1. :func:`_quick_bounds_ok`: the sequential scan's own rules, vectorised (numpy, a few passes
   over the bytes plus a short loop over comments, raw-text elements and tags whose quoted
   values hold a ``>``); see the comment above it. It bounds depth per name and caps the
   implicitly closed groups (``p``, ``li``, ``dd``/``dt``, ``option``) by the open scope
   elements, so unclosed ``<li>``/``<p>`` pass. Every page of the shared corpus passes here.
   It only ever accepts what tier 2 accepts (property test in tests/test_html_prescan.py).
2. Otherwise (hostile input, markup tier 1 cannot bound, or a small page with at most 200
   ``<``, where numpy's fixed cost exceeds the scan's) the sequential scan with a tag
   stack that follows the HTML rules that matter for depth (void elements, implied ends of
   ``p``/``li``/``dd``/``dt``/``option``/table cells, raw text, self-closing tags inside
   ``svg``/``math``, end tags that close up to their open element or are ignored) decides, and
   counts the attributes of long tags exactly.

An earlier vectorised tier was removed: it counted an end tag hidden in a quoted attribute
value (``b='x></div>'`` in a tag that also has double-quoted values) as real, so 2,000-deep
nesting written that way reached lexbor. tests/test_html_prescan.py pins that case.
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
    if m:
        return LexborHTMLParser(text[m.end():]), text
    # lexbor reads bytes as UTF-8 and encodes a str to UTF-8 first: a page whose text is its
    # bytes read as UTF-8 (no BOM, NUL or bad byte taken out) is handed over as it is, saving
    # that copy.
    if _utf8_of(data, text):
        return LexborHTMLParser(data), text
    return LexborHTMLParser(text), text


def _utf8_of(data: bytes, text: str) -> bool:
    """Whether ``data`` is ``text`` encoded as UTF-8. (Decoding and comparing costs about half
    of what encoding does; strict UTF-8 decodes no surrogates, so it round-trips exactly.)"""
    if len(text) == len(data):
        return data.isascii()  # (UTF-8 of any other text is longer than the text)
    if len(text) > len(data):
        return False
    try:
        return data.decode("utf-8") == text
    except UnicodeDecodeError:
        return False


_SMALL_BYTES, _SMALL_TAGS = 32_768, 200  # pages the sequential scan reads faster than tier 1


def prescan(data: bytes, limits: Limits) -> None:
    """Raise :class:`PageRejected` when ``data`` exceeds any of ``limits`` (see module docs)."""
    if len(data) > limits.max_bytes:
        raise PageRejected("too-large", f"expected at most {limits.max_bytes} bytes, got {len(data)}")
    # (Length first: counting "<" reads the whole page, and only tiny pages can pass.)
    if len(data) < 2 * limits.max_attributes and data.count(b"<") <= min(limits.max_depth, limits.max_nodes):
        return
    # Tier 1 only accepts what the scan accepts, so which one runs first never changes the
    # answer. Its numpy calls cost about half a millisecond however small the page; on a page
    # with few tags the scan is cheaper, and it decides alone.
    if len(data) <= _SMALL_BYTES and data.count(b"<") <= _SMALL_TAGS:
        _sequential_scan(data, limits)
        return
    if _quick_bounds_ok(data, limits):
        return
    _sequential_scan(data, limits)


# --- tier 0: the sequential scan's own rules, vectorised -----------------------------------------
#
# Whatever _quick_bounds_ok accepts, _sequential_scan accepts (tests/test_html_prescan.py checks
# this on generated hostile markup). It reads the bytes the way the scan does:
#
# - A token starts at "<" + letter, "</" + letter or "<!--". Its name runs to the first of
#   \t \n \f \r space / > (the scan's _TOKEN) and is compared lower-cased, byte for byte: names
#   of up to 8 bytes are exact keys, longer ones never close anything.
# - A tag ends at the first ">" outside a quoted value (the scan's _TAG_REST). Every "<" before
#   a tag's first ">" is inside that tag. A quoted value that runs past the first ">" is found
#   from the quotes (an opening quote follows "=" and maybe spaces; it closes at the next quote
#   of its kind); such tags, raw-text elements and comments are handled one by one in a short
#   loop, and everything inside them is no tag.
# - Depth: for each name, the start tags not yet matched by an end tag of that name (a running
#   count clamped at zero) bounds the open elements of that name. The scan closes p, li, dd/dt
#   and option implicitly unless a scope element (ol ul menu table html div) is in between, so
#   two open elements of one of these groups always have a scope element between them: their
#   number is at most 1 + the open scope elements. The bound is the sum over names with each
#   group capped that way. Tags written "<x/>" count as open (the scan ignores "/>" only inside
#   svg/math).
# - Attributes are counted exactly (the scan's _ATTR) on the rare tags longer than the limit.

_GROUPS = ((b"p",), (b"li",), (b"dd", b"dt"), (b"option",))
_SCOPE = (b"ol", b"ul", b"menu", b"table", b"html", b"div")
_WS = b" \t\n\r\f\v"


def _quick_bounds_ok(data: bytes, limits: Limits) -> bool:
    import numpy as np  # imported here: `import newscomments` stays cheap

    n = len(data)
    a = np.frombuffer(data, dtype=np.uint8)
    lt = np.flatnonzero(a == 60)
    if len(lt) == 0:
        return True
    gt = np.flatnonzero(a == 62)
    # Past the end of the page every read sees spaces: a space ends a name and is neither a
    # letter nor any byte of "/" or "!--", as the end of the page is for the scan.
    padded = np.frombuffer(data + b" " * 16, dtype=np.uint8)
    b1, b2 = padded[lt + 1], padded[lt + 2]  # the bytes after each "<"
    letter1, letter2 = _LETTER[b1], _LETTER[b2]
    is_end = (b1 == 47) & letter2
    is_comment = (b1 == 33) & (b2 == 45) & (padded[lt + 3] == 45)
    keep = letter1 | is_end | is_comment
    lt, is_end, is_comment = lt[keep], is_end[keep], is_comment[keep]
    # Every "<" before the first ">" of a token is inside that token.
    nxt = np.searchsorted(gt, lt)
    first = np.ones(len(lt), dtype=bool)
    first[1:] = nxt[1:] != nxt[:-1]
    lt, is_end, is_comment, nxt = lt[first], is_end[first], is_comment[first], nxt[first]
    gt_padded = np.append(gt, n)  # no ">" after a token: it runs to the end of the page
    tag_end = gt_padded[nxt]  # each token's first ">"

    keys, long_name, name_end = _names(padded, lt + 1 + is_end, n)
    flagged = _quoted_past_first_gt(a, data, lt, tag_end, n)
    kind = _kinds(keys, long_name)  # what each name is: void, raw text, scope, group
    raw = ((kind & _RAW) != 0) & ~is_end & ~is_comment
    for i in np.flatnonzero(long_name & ~is_end & ~is_comment).tolist():
        if data[int(lt[i]) + 1:int(lt[i]) + 10].lower() == b"plaintext":
            return False  # the one raw-text name longer than a key: left to the scan
    events = np.flatnonzero(is_comment | raw | flagged)
    if len(events) > 5_000:
        return False  # not worth a Python loop: the other tiers decide
    cut = _excluded(data, lt, tag_end, name_end, events, is_comment, raw)
    if cut is None:
        return False
    ends = np.array(cut[1], dtype=np.int64)
    tag_end = tag_end.copy()
    for i, end in cut[2].items():
        tag_end[i] = end
    if len(ends):
        starts = np.array(cut[0], dtype=np.int64)
        k = np.searchsorted(starts, lt, side="right") - 1
        outside = (k < 0) | (lt >= ends[np.maximum(k, 0)])
    else:
        outside = np.ones(len(lt), dtype=bool)
    tag = outside & ~is_comment
    start = tag & ~is_end
    if int(start.sum()) > limits.max_nodes:
        return False
    long_tags = np.flatnonzero(start & (tag_end - name_end > limits.max_attributes))
    for i in long_tags.tolist():
        if len(_ATTR.findall(data, int(name_end[i]), int(tag_end[i]))) > limits.max_attributes:
            return False
    counted = tag & ~raw & ((kind & _VOID) == 0)
    return _depth_bound(keys, long_name, is_end, counted, kind) <= limits.max_depth


def _names(padded, at, n: int):
    """Lower-cased 8-byte keys of the names starting at ``at``; names of 9 bytes or more (or
    holding a NUL, which would make two names share a key) are marked long. Also where each
    name ends. ``padded`` is the page followed by at least 9 spaces (a space ends a name, as
    the end of the page does)."""
    import numpy as np
    # The 8 bytes at each position as one (unaligned) word, and the tests on whole words: on
    # a few thousand names, 2-D fancy indexing and per-row reductions cost several times more.
    words = np.ndarray((len(padded) - 7,), dtype="<u8", buffer=padded, strides=(1,))
    win = words[at]
    term = _NAME_END[win.view(np.uint8)].reshape(-1, 8)
    ended = term.view("<u8").ravel() != 0
    long_name = ~ended & ~_NAME_END[padded[at + 8]]  # 9 bytes or more
    length = np.where(ended, np.argmax(term, axis=1), 8)
    mask = _PREFIX_MASK[length]
    keys = _LOWER[win.view(np.uint8)].view("<u8") & mask
    # A NUL (mapped to 1) inside the name: a zero byte of keys ^ 0x0101.. within mask (the
    # exact zero-byte test: no carry crosses a byte).
    x = keys ^ _ONES
    zero = ~(((x & _LOW7) + _LOW7) | x | _LOW7)
    long_name |= (zero & mask) != 0
    # A long name shares its first 8 bytes with a short one ("<abcdefghi>", "</abcdefgh>"): as
    # a key it would be closed by that name's end tags, which the scan never does. Key 0 is no
    # name's, and long end tags close nothing (_depth_bound).
    keys[long_name] = 0
    return keys, long_name, np.minimum(at + length, n)


# What a name is, as bits: one lookup (one searchsorted) classifies every token of a page.
# Names longer than a key (8 bytes) are never any of these. The group number (1-4, an index
# into _GROUPS plus one) sits in the bits from _GROUP_SHIFT up.
_VOID, _RAW, _SCOPE_BIT = 1, 2, 4
_GROUP_SHIFT = 3
_KIND_TABLE: list = []  # [sorted keys, their kind bits], built on first use


def _kind_table():
    import numpy as np
    if not _KIND_TABLE:
        bits: dict[int, int] = {}
        for names, bit in ((VOID, _VOID), (RAW_TEXT, _RAW), (_SCOPE, _SCOPE_BIT)):
            for name in names:
                if len(name) <= 8:
                    bits[_key(name)] = bits.get(_key(name), 0) | bit
        for number, names in enumerate(_GROUPS, 1):
            for name in names:
                bits[_key(name)] = bits.get(_key(name), 0) | number << _GROUP_SHIFT
        keys = sorted(bits)
        _KIND_TABLE[:] = [np.array(keys, dtype=np.uint64), np.array([bits[k] for k in keys], dtype=np.int64)]
    return _KIND_TABLE


def _kinds(keys, long_name):
    """The kind bits of each name key (0 for names that are none of the special ones)."""
    import numpy as np
    table_keys, table_bits = _kind_table()
    i = np.minimum(np.searchsorted(table_keys, keys), len(table_keys) - 1)
    return np.where((table_keys[i] == keys) & ~long_name, table_bits[i], 0)


def _tables():
    import numpy as np
    letter = np.zeros(256, dtype=bool)
    letter[65:91] = letter[97:123] = True
    lower = np.arange(256, dtype=np.uint8)
    lower[65:91] += 32
    lower[0] = 1  # a NUL byte must not read as the zero padding of a key
    name_end = np.zeros(256, dtype=bool)
    name_end[[9, 10, 12, 13, 32, 47, 62]] = True
    opens_quote = np.zeros(256, dtype=bool)  # a quote after one of these opens a value
    opens_quote[[61, 32, 9, 10, 13, 12, 11]] = True
    # The low ``i`` bytes of a word, for a name of ``i`` bytes.
    prefix_mask = np.array([(1 << 8 * i) - 1 for i in range(9)], dtype=np.uint64)
    return letter, lower, name_end, opens_quote, prefix_mask


class _LazyTable:
    """A numpy lookup table built on first use (numpy is imported lazily)."""

    def __init__(self, i: int):
        self.i = i
        self.table = None

    def __getitem__(self, idx):
        if self.table is None:
            self.table = _tables()[self.i]
        return self.table.take(idx)  # as table[idx], in a third of the time


_LETTER, _LOWER, _NAME_END, _OPENS_QUOTE, _PREFIX_MASK = (_LazyTable(i) for i in range(5))
# Word constants of the NUL test in _names (every byte 0x01, every byte 0x7f).
_ONES, _LOW7 = 0x0101010101010101, 0x7F7F7F7F7F7F7F7F


def _quoted_past_first_gt(a, data: bytes, lt, tag_end, n: int):
    """Tokens that may hold a quoted value running past their first ">": an opening-looking
    quote (after "=" or whitespace) inside the token whose closing quote lies beyond it."""
    import numpy as np
    flagged = np.zeros(len(lt), dtype=bool)
    for q in (34, 39):
        pos = np.flatnonzero(a[:n] == q)
        if len(pos) < 2:
            continue
        opener = _OPENS_QUOTE[a[np.maximum(pos - 1, 0)]]  # after "=" or whitespace
        closer = np.empty(len(pos), dtype=np.int64)
        closer[:-1] = pos[1:]
        closer[-1] = -1
        sel = np.flatnonzero(opener & (closer >= 0))
        if not len(sel):
            continue
        o, c = pos[sel], closer[sel]
        t = np.searchsorted(lt, o, side="right") - 1
        ok = t >= 0
        t, o, c = t[ok], o[ok], c[ok]
        inside = o < tag_end[t]
        flagged[t[inside & (c > tag_end[t])]] = True
    return flagged


def _excluded(data: bytes, lt, tag_end, name_end, events, is_comment, raw):
    """Walk comments, raw-text elements and tags with long quoted values in page order, as the
    scan does. Returns (starts, ends) of the byte ranges that hold no tags, and the true ends
    of the tags measured exactly; None when a case is better left to the scan."""
    starts: list[int] = []
    ends: list[int] = []
    true_end: dict[int, int] = {}
    pos = -1
    n = len(data)
    # Plain lists: indexing numpy arrays one element at a time costs more than the loop body.
    rows = zip(events.tolist(), lt[events].tolist(), name_end[events].tolist(),
               is_comment[events].tolist(), raw[events].tolist())
    for i, p, name_at, comment, raw_text in rows:
        if p < pos:
            continue  # inside a comment, a raw-text element or a tag
        if comment:
            end = data.find(b"-->", p + 4)
            pos = n if end < 0 else end + 3
            starts.append(p + 1)
            ends.append(pos)
            continue
        m = _TAG_REST.match(data, name_at)
        end = m.end()
        true_end[i] = end - 1 if data[end - 1:end] == b">" else end
        if raw_text:
            if m.group(0).endswith(b"/>"):
                return None  # raw text or not depends on svg/math: the scan knows
            pos = _raw_close(data, b"</" + data[p + 1:name_at].lower(), end)
        else:
            pos = end
        starts.append(p + 1)
        ends.append(pos)
    return starts, ends, true_end


def _raw_close(data: bytes, close: bytes, at: int) -> int:
    """Where ``close`` ("</name", lower-cased) first occurs from ``at`` in any ASCII case (the
    scan's ``lowered.find``), or the end of ``data``: each "</" is compared, so a raw-text
    element costs a few memchr-speed finds instead of a case-insensitive regex search."""
    width = len(close)
    at = data.find(b"</", at)
    while at >= 0:
        if data[at:at + width].lower() == close:
            return at
        at = data.find(b"</", at + 2)
    return len(data)


def _depth_bound(keys, long_name, is_end, counted, kind) -> int:
    import numpy as np
    idx = np.flatnonzero(counted)
    if not len(idx):
        return 0
    k, end, long_, kind = keys[idx], is_end[idx], long_name[idx], kind[idx]
    steps = np.where(end, -1, 1).astype(np.int64)
    steps[long_ & end] = 0  # a long name never closes anything
    # Per name, an end tag that would take its running count below zero closes nothing.
    order = np.argsort(k, kind="stable")
    ks, ss = k[order], steps[order]
    new_group = np.ones(len(ks), dtype=bool)
    new_group[1:] = ks[1:] != ks[:-1]
    group = np.cumsum(new_group) - 1
    heads = np.flatnonzero(new_group)
    csum = np.cumsum(ss)
    within = csum - (csum[heads] - ss[heads])[group]
    shift = group.astype(np.int64) * (2 * len(ss) + 2)
    floor = np.minimum.accumulate(np.minimum(within, 0) - shift) + shift
    before = np.zeros(len(floor), dtype=np.int64)
    before[1:] = floor[:-1]
    before[heads] = 0
    steps[order[floor < before]] = 0
    total = np.cumsum(steps)
    scope = np.cumsum(np.where((kind & _SCOPE_BIT) != 0, steps, 0))
    # The open elements of each group (one row per group), each capped at 1 + open scopes.
    group = kind >> _GROUP_SHIFT
    rows = np.zeros((len(_GROUPS) + 1, len(steps)), dtype=np.int64)
    rows[group, np.arange(len(steps))] = steps
    open_ = np.cumsum(rows[1:], axis=1)
    total = total - open_.sum(axis=0) + np.minimum(open_, 1 + scope).sum(axis=0)
    return int(total.max())


def _key(name: bytes) -> int:
    return int.from_bytes(name[:8].ljust(8, b"\0"), "little")


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
