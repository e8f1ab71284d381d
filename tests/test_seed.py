"""The founding page: exact facts the foundation issue names, through parse_page and through
the built tables."""

from __future__ import annotations

from datetime import datetime

import pytest

import newscomments
from newscomments.formats import wpdiscuz_text

from .conftest import SEED

BOILERPLATE = ["Notify of", "Inline Feedbacks", "View all comments", "Article Rating", "4.5 2 votes",
               "Previous article", "Next article"]


@pytest.fixture(scope="module")
def page():
    return newscomments.parse_page(SEED)


def test_seed_file_is_the_shared_seed_byte_for_byte():
    data = SEED.read_bytes()
    assert not data.endswith(b"\n")  # the file has no final newline
    assert b"Reply to\xc2\xa0 Candel" in data  # no-break space + space


def test_detected_as_wpdiscuz_text(page):
    assert page.format == "wpdiscuz_text"
    assert page.comment_system == "wpdiscuz"
    assert wpdiscuz_text.detect(SEED.read_bytes(), ".txt") > 0.5
    assert page.page_id == "000_89020e0c9fef06d9"


def test_article_fields(page):
    paras = page.body.split("\n\n")
    assert len(paras) == 11
    assert paras[0].startswith("Turkish Foreign Minister Mevlut Cavusoglu has rejected NATO")
    assert paras[-1].endswith("from Russia and Ukraine last July 2022.")
    assert page.title is None
    assert page.credit == "RT. com / ABC Flash Point News 2023."
    assert page.previous_title == "USA still building vulnerable Aircraft Carriers in the Hyper-sonic missile era?"
    assert page.next_title == "Russia received Nobel price for the development of Laser Technology"
    assert page.language == "en"
    assert page.declared_comment_count is None
    assert page.truncated is False
    assert page.published is None


def test_no_boilerplate_left(page):
    for text in [page.body] + [c.text for c in page.comments]:
        for b in BOILERPLATE + ["RT. com / ABC"]:
            if b == "RT. com / ABC" and text is page.body:
                continue
            assert b not in text, (b, text[:80])


def test_five_comments_in_page_order_with_times(page):
    assert [c.position for c in page.comments] == [0, 1, 2, 3, 4]
    times = [c.posted.local for c in page.comments]
    assert times == [datetime(2023, 2, 23, h, m) for h, m in [(20, 54), (20, 56), (20, 57), (20, 59), (21, 1)]]
    assert [c.posted.raw for c in page.comments] == [
        "23-02-23 20:54", "23-02-23 20:56", "23-02-23 20:57", "23-02-23 20:59", "23-02-23 21:01"]
    for c in page.comments:
        # 23-02-23 reads the same as YY-MM-DD and DD-MM-YY: decided, and not ambiguous.
        assert c.posted.order_basis == "readings-agree"
        assert c.posted.ambiguous is False
        assert c.posted.precision == "minute"
        assert c.posted.utc is None


def test_authors(page):
    c = page.comments
    assert [x.author for x in c] == ["Candel", None, "Gino8877", "Kidnapped by System", None]
    assert [x.author_source for x in c] == ["inferred", "unknown", "inferred", "explicit", "unknown"]


def test_reply_edges(page):
    c = page.comments
    assert [x.parent_position for x in c] == [None, 0, None, 2, None]
    assert c[1].parent_method == c[3].parent_method == "reply-marker-unnamed"
    assert c[1].reply_to_name == "Candel" and c[3].reply_to_name == "Gino8877"
    assert 0 < c[1].parent_confidence < 1


def test_image_only_comment(page):
    c = page.comments[1]
    assert c.is_image_only is True and c.text == ""
    assert [x.is_image_only for x in page.comments] == [False, True, False, False, False]
    assert page.comments[0].text.startswith("Russia can and will source all it needs itself.")
    assert page.comments[4].text.endswith("Washington D.C. is in no hurry to do this.")


def test_article_rating(page):
    r = page.rating
    assert (r.value, r.votes, r.scale_min, r.scale_max, r.scale_source) == (4.5, 2, 1.0, 5.0, "default")


def test_parse_page_from_bytes_equals_from_path(page):
    again = newscomments.parse_page(SEED.read_bytes(), page_id=SEED.stem, suffix=".txt")
    assert again == page


def test_built_tables_hold_the_seed_facts():
    arts = newscomments.load("articles", split="train")
    coms = newscomments.load("comments", split="train")
    edges = newscomments.load("reply_edges", split="train")
    ratings = newscomments.load("ratings", split="train")
    assert arts.num_rows == 1 and coms.num_rows == 5 and edges.num_rows == 2 and ratings.num_rows == 1
    a = arts[0]
    assert a["title"] is None and a["credit"] == "RT. com / ABC Flash Point News 2023."
    assert a["parsed_comment_count"] == 5 and a["comment_system"] == "wpdiscuz"
    rows = coms.to_list()
    ids = [r["comment_id"] for r in rows]
    assert [r["parent_id"] for r in rows] == [None, ids[0], None, ids[2], None]
    assert [r["author_source"] for r in rows] == ["inferred", "unknown", "inferred", "explicit", "unknown"]
    assert rows[0]["author_key"] is not None and rows[1]["author_key"] is None
    # pseudonyms by default: no names in the published tables
    assert all(r["author_name"] is None and r["reply_to_name"] is None for r in rows)
    # the "Reply to Candel" target and comment 1's inferred author share one key
    assert rows[1]["reply_to_author_key"] == rows[0]["author_key"]
    assert rows[3]["reply_to_author_key"] == rows[2]["author_key"]
    assert {(e["child_id"], e["parent_id"], e["method"]) for e in edges.to_list()} == {
        (ids[1], ids[0], "reply-marker-unnamed"), (ids[3], ids[2], "reply-marker-unnamed")}
    r = ratings[0]
    assert (r["target_type"], r["kind"], r["value"], r["vote_count"], r["scale_max"]) == (
        "article", "stars", 4.5, 2, 5.0)
