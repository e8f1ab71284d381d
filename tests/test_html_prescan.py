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
