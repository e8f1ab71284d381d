"""Rendering pages with known structure as seed-like text and parsing them back."""

from __future__ import annotations

from datetime import datetime

from newscomments import parse_page
from newscomments.formats import wpdiscuz_text
from newscomments.model import ParsedComment, ParsedPage, PostedTime
from newscomments.render import RenderOptions, render_wpdiscuz_text
from newscomments.synthetic import generate
from newscomments.tasks.thread_recovery import recover, recover_pages


def _c(k, author, parent=None, text=None, minute=0):
    return ParsedComment(position=k, text=text or f"Comment number {k} about the harbour plan.", author=author,
                         author_source="explicit", posted=PostedTime(raw="", local=datetime(2023, 2, 23, 20, minute)),
                         parent_position=parent)


PAGE = ParsedPage(page_id="t", format="wpdiscuz_html", comment_system="wpdiscuz",
                  body="The council met on Tuesday.\n\nIt voted on the plan.",
                  comments=(_c(0, "Candel"), _c(1, "Gino8877", 0, minute=1), _c(2, "Lena Berg", minute=2),
                            _c(3, "Kidnapped by System", 2, minute=3)))


def test_render_is_seed_like_and_keeps_only_the_chosen_names():
    r = render_wpdiscuz_text(PAGE, RenderOptions(shown=frozenset({1, 3})))
    assert r.positions == (0, 1, 2, 3) and r.shown == (1, 3) and r.undated == 0
    tail = r.text.split("View all comments\n", 1)[1]
    assert tail == ("23-02-23 20:00\n\nComment number 0 about the harbour plan.\n\n"
                    "Gino8877\nReply to\u00a0 Candel\n23-02-23 20:01\n\nComment number 1 about the harbour plan.\n\n"
                    "23-02-23 20:02\n\nComment number 2 about the harbour plan.\n\n"
                    "Kidnapped by System\nKidnapped by System\nReply to\u00a0 Lena Berg\n23-02-23 20:03\n\n"
                    "Comment number 3 about the harbour plan.\n")


def test_parsing_the_render_recovers_the_seed_like_threads():
    r = render_wpdiscuz_text(PAGE, RenderOptions(shown=frozenset({1, 3})))
    parsed = wpdiscuz_text.parse(r.text.encode(), "t")
    assert [c.parent_position for c in parsed.comments] == [None, 0, None, 2]
    assert [c.author_source for c in parsed.comments] == ["inferred", "explicit", "inferred", "explicit"]
    s = recover(PAGE, RenderOptions(shown=frozenset({1, 3}))).summary()
    assert (s["parent_accuracy"], s["edge_f1"]) == (1.0, 1.0)
    assert s["by_method"] == {"reply-marker-unnamed": {"edges": 2, "right": 2}}
    assert s["inferred_authors"] == {"inferred": 2, "right": 2}


def test_a_named_marker_can_pick_the_wrong_comment_by_that_author():
    page = ParsedPage(page_id="t2", format="wordpress_html", comment_system="wordpress", body="Body text here.",
                      comments=(_c(0, "Ana"), _c(1, "Ana", minute=1), _c(2, "Bo", 0, minute=2)))
    s = recover(page, RenderOptions(shown=frozenset({0, 1, 2}))).summary()
    # "Reply to Ana" goes to the nearest comment signed Ana (1), not to 0.
    assert s["by_method"] == {"reply-marker-named": {"edges": 1, "right": 0}}
    assert (s["edge_precision"], s["edge_recall"]) == (0.0, 0.0)
    assert s["parent_accuracy"] == 2 / 3


def test_recovery_on_synthetic_html_pages(tmp_path):
    generate(tmp_path, pages=12, seed=0)
    pages = [parse_page(p) for p in sorted(tmp_path.glob("*.html"))]
    s = recover_pages(pages).summary()
    assert (s["pages"], s["gold_comments"], s["aligned"], s["gold_edges"]) == (8, 110, 110, 53)
    # Rule 0 of replies.py (the reply's own thread first) took these from 0.8636 / 0.7170 /
    # 29 of 44 named edges right.
    assert round(s["parent_accuracy"], 4) == 0.9818
    assert round(s["edge_f1"], 4) == 0.9623
    assert s["by_method"] == {"reply-marker-named": {"edges": 36, "right": 34},
                              "reply-marker-unnamed": {"edges": 17, "right": 17}}
    assert s["by_method"]["reply-marker-unnamed"]["edges"] == s["inferred_authors"]["inferred"]
