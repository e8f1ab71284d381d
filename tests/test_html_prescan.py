"""The two tiers of the HTML pre-scan agree: whatever the fast vectorised bound accepts, the
sequential scan accepts too (the fast bound may only be more cautious)."""

from __future__ import annotations

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


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=120))
def test_fast_bound_never_accepts_what_the_scan_rejects(pieces):
    data = "".join(pieces).encode()
    if dom._fast_bounds_ok(data, LIMITS):
        assert _sequential_ok(data)


def test_ordinary_nesting_passes_the_fast_tier():
    data = b"<html><body>" + b"<div><p>x</p><ul><li>a</li><li>b</li></ul></div>" * 500 + b"</body></html>"
    assert dom._fast_bounds_ok(data, Limits())


def test_unclosed_list_items_go_to_the_scan_and_pass():
    data = b"<html><body>" + b"<div><ul><li>a<li>b</ul></div>" * 500 + b"</body></html>"
    assert not dom._fast_bounds_ok(data, Limits())  # 1000 <li> never closed by name
    dom.prescan(data, Limits())  # the sequential scan knows </ul> closes them


# --- tier 0 (_quick_bounds_ok): the sequential scan's rules, vectorised ----------------------

# Markup that tokenizes differently for a naive scan: quoted '>' and end tags inside attribute
# values (double, single, unquoted), names with odd bytes, raw text, svg self-closing tags,
# implied ends, and names longer than a key.
_HOSTILE = _PIECES + [
    '<div title="</div>">', "<div title=</div>>", "<a b='x>y' c=\"z\">", "<a b=\"1\" c='x></div>'>",
    '"', "'", "=", ">", "<", "<DIV>", "</DiV>", '<div"x>', "<textarea>", "</textarea>", "<Script/>",
    "<table>", "<tr>", "<td>", "</table>", "<option>", "<dd>", "<dt>", "<ol>", "</ol>", "<title>",
    "</title x='>'>", "<p/>", "<div/>", "<plaintext>", "<longername1>", "</longername1>", "<!-->",
    '<x ="a>b">', "<abcdefgh>", "</abcdefgh>", " a=1", '<a a="b" c= "d>e">', "<a\x00b>", "</a\x00b>"]


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
