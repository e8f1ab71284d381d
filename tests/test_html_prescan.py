"""The tiers of the HTML pre-scan agree: whatever the vectorised bound accepts, the sequential
scan accepts too (the fast tier may only be more cautious)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newscomments.errors import PageRejected
from newscomments.htmlpage import dom
from newscomments.options import Limits

_PIECES = ["<div>", "</div>", "<p>", "</p>", "<span>", "</span>", "<li>", "</li>", "<ul>", "</ul>",
           "<br>", "<img src=x>", "text ", "<!-- c -->", "<script>", "</script>", "<svg>",
           "<path/>", "</svg>", '<a title="x>y">', "</a>", "<!--", "-->", "<b>", "</b>"]
LIMITS = Limits(max_depth=12, max_attributes=5, max_nodes=200)


def _sequential_ok(data: bytes) -> bool:
    try:
        dom._sequential_scan(data, LIMITS)
    except PageRejected:
        return False
    return True


# --- tier 0 (_quick_bounds_ok): the sequential scan's rules, vectorised ----------------------

# Markup that tokenizes differently for a naive scan: quoted '>' and end tags inside attribute
# values (double, single, unquoted), names with odd bytes, raw text, svg self-closing tags,
# implied ends, and names longer than a key.
_HOSTILE = _PIECES + [
    '<div title="</div>">', "<div title=</div>>", "<a b='x>y' c=\"z\">", "<a b=\"1\" c='x></div>'>",
    '"', "'", "=", ">", "<", "<DIV>", "</DiV>", '<div"x>', "<textarea>", "</textarea>", "<Script/>",
    "<table>", "<tr>", "<td>", "</table>", "<option>", "<dd>", "<dt>", "<ol>", "</ol>", "<title>",
    "</title x='>'>", "<p/>", "<div/>", "<plaintext>", "<longername1>", "</longername1>", "<!-->",
    '<x ="a>b">', "<abcdefgh>", "</abcdefgh>", " a=1", '<a a="b" c= "d>e">', "<a\x00b>", "</a\x00b>",
    "</longerna>", "<a\x00>", "</a>"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_HOSTILE), max_size=120),
       st.sampled_from([Limits(max_depth=4, max_attributes=2, max_nodes=40), LIMITS]))
def test_quick_bound_never_accepts_what_the_scan_rejects(pieces, limits):
    data = "".join(pieces).encode()
    if dom._quick_bounds_ok(data, limits):
        try:
            dom._sequential_scan(data, limits)
        except PageRejected as e:
            raise AssertionError(f"tier 0 accepted what the scan rejects ({e.reason}): {data!r}")


def test_end_tags_hidden_in_attribute_values_cannot_hide_depth():
    # The former vectorised tier counted these as real end tags and let the page through.
    for tag in (b"<div a=\"1\" b='x></div>'>", b'<div title="x></div>">', b"<div title=</div>>"):
        data = b"<html><body>" + tag * 2_000 + b"x"
        try:
            dom.prescan(data, Limits())
        except PageRejected as e:
            assert e.reason == "too-deep"
        else:
            raise AssertionError(f"accepted 2000-deep nesting written as {tag!r}")


def test_unclosed_list_items_and_paragraphs_pass_tier_0():
    data = b"<html><body>" + b"<div><ul><li>a<li>b</ul><p>x<p>y</div>" * 500 + b"</body></html>"
    assert dom._quick_bounds_ok(data, Limits())  # implied ends are bounded by the scope elements


def test_real_pages_pass_tier_0(corpus_dir):
    pages = sorted((corpus_dir / "html").glob("*.html")) + sorted(corpus_dir.glob("0*.html"))
    assert pages
    slow = [p.name for p in pages if not dom._quick_bounds_ok(p.read_bytes(), Limits())]
    assert slow == []  # none of them needs the sequential scan


# --- routing and helpers of the pre-scan ------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_HOSTILE), max_size=120),
       st.sampled_from([Limits(max_depth=4, max_attributes=2, max_nodes=40), LIMITS]))
def test_prescan_answers_as_the_scan_whichever_tier_runs(pieces, limits):
    # Small pages go straight to the sequential scan, larger ones to tier 1 first: the answer
    # (accept, or the reason of the rejection) is the scan's either way.
    for data in ("".join(pieces).encode(), ("".join(pieces) + " " * dom._SMALL_BYTES).encode()):
        try:
            dom._sequential_scan(data, limits)
            expected = None
        except PageRejected as e:
            expected = e.reason
        try:
            dom.prescan(data, limits)
            got = None
        except PageRejected as e:
            got = e.reason
        assert got == expected, data[:200]


def test_small_hostile_pages_are_still_rejected():
    small = Limits(max_depth=20, max_attributes=5, max_nodes=50)
    cases = {
        b"<div>" * 30: "too-deep",
        b"<p " + b" ".join(b"a%d=1" % i for i in range(10)) + b">x": "too-many-attributes",
        b"<br>" * 60: "too-many-nodes",
        b"<div a=\"1\" b='x></div>'>" * 30: "too-deep",
    }
    for data, reason in cases.items():
        assert len(data) <= dom._SMALL_BYTES and data.count(b"<") <= dom._SMALL_TAGS
        try:
            dom.prescan(data, small)
        except PageRejected as e:
            assert e.reason == reason, (data[:60], e.reason)
        else:
            raise AssertionError(f"accepted {data[:60]!r}")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="<>/sScCrRiIpPtT x", max_size=60), st.integers(min_value=0, max_value=60))
def test_raw_text_end_is_found_as_a_case_insensitive_search(text, at):
    import re
    data = text.encode()
    for name in (b"script", b"style", b"title"):
        m = re.compile(b"</" + name, re.I).search(data, at)
        assert dom._raw_close(data, b"</" + name, at) == (m.start() if m else len(data))


def test_name_kinds_match_the_name_lists():
    import numpy as np
    names = sorted(set(dom.VOID) | set(dom.RAW_TEXT) | set(dom._SCOPE) | {b"p", b"li", b"dd", b"dt", b"option", b"span", b"a"})
    names = [n for n in names if len(n) <= 8]
    keys = np.array([dom._key(n) for n in names], dtype=np.uint64)
    kinds = dom._kinds(keys, np.zeros(len(names), dtype=bool)).tolist()
    groups = {n: g for g, members in enumerate(dom._GROUPS, 1) for n in members}
    for name, kind in zip(names, kinds):
        assert bool(kind & dom._VOID) == (name in dom.VOID), name
        assert bool(kind & dom._RAW) == (name in dom.RAW_TEXT), name
        assert bool(kind & dom._SCOPE_BIT) == (name in dom._SCOPE), name
        assert kind >> dom._GROUP_SHIFT == groups.get(name, 0), name
    assert not dom._kinds(keys, np.ones(len(names), dtype=bool)).any()  # long names: nothing


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_HOSTILE + ["<a", "<abcdefg", "<ABCDEFGH", "<a\x01b>", "\t", "/"]), max_size=60))
def test_name_keys_read_word_at_a_time_are_the_names(pieces):
    # _names reads 8 bytes at a time; each key must be the name as the scan's _TOKEN reads it,
    # lower-cased and zero-padded, and "long" exactly for names of 9+ bytes or with a NUL/\x01.
    import numpy as np
    data = "".join(pieces).encode()
    a = np.frombuffer(data, dtype=np.uint8)
    at = np.flatnonzero(a == 60) + 1
    if not len(at):
        return
    keys, long_name, name_end = dom._names(np.frombuffer(data + b" " * 16, dtype=np.uint8), at, len(data))
    for p, key, long_, end in zip(at.tolist(), keys.tolist(), long_name.tolist(), name_end.tolist()):
        m = re.compile(rb"[^\t\n\f\r />]*").match(data, p)
        name = m.group(0).lower()
        assert long_ == (len(name) > 8 or b"\0" in name or b"\1" in name), (data, p)
        assert end == p + min(len(name), 8)
        assert key == (0 if long_ else dom._key(name)), (data, p)


def test_a_long_name_is_not_closed_by_the_end_tag_of_its_8_byte_prefix():
    # "<abcdefghi>" and "</abcdefgh>" shared a key in the vectorised tier, which then let a
    # 3,000-deep page through that the scan rejects.
    data = b"<html><body>" + b"<abcdefghi></abcdefgh>" * 3000 + b" " * dom._SMALL_BYTES
    assert not dom._quick_bounds_ok(data, Limits())
    try:
        dom.prescan(data, Limits())
    except PageRejected as e:
        assert e.reason == "too-deep"
    else:
        raise AssertionError("a 3,000-deep page passed the pre-scan")
