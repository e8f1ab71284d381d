"""Quality gate for the text/markdown/RST parsers on the shared corpus of real pages.

Expectations in tests/expected/text/ were written by reading each page (not by running the
parser). The corpus itself is never copied into the repository: these tests skip without it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newscomments

from .scripts import load_script

REPO = Path(__file__).resolve().parents[1]
EXPECTED = sorted((REPO / "tests" / "expected" / "text").glob("*.json"))
TEXT_SUFFIXES = (".txt", ".md", ".rst")
# Floors slightly below what the parsers reach (BENCHMARKS.md); a regression fails CI.
FLOORS = {"count": 0.95, "count_exact": 0.90, "authors": 0.95, "parents": 0.95, "kinds": 0.95,
          "rating": 0.95, "declared": 0.95, "truncated": 0.95}


def test_every_text_page_of_the_corpus_has_expectations(corpus_dir):
    pages = {p.name for p in corpus_dir.iterdir() if p.name[:3].isdigit() and p.suffix in TEXT_SUFFIXES}
    have = {json.loads(p.read_text(encoding="utf-8"))["file"] for p in EXPECTED}
    assert pages == have


@pytest.mark.parametrize("path", EXPECTED, ids=lambda p: p.stem[:12])
def test_page_matches_expectations(corpus_dir, path):
    exp = json.loads(path.read_text(encoding="utf-8"))
    page = newscomments.parse_page(corpus_dir / exp["file"])
    assert len(page.comments) == exp["comment_count"]
    assert [c.author for c in page.comments] == exp["authors"]
    assert [c.parent_position for c in page.comments] == exp["parents"]
    assert [c.kind for c in page.comments] == exp["kinds"]
    rating = None if page.rating is None else {"value": page.rating.value, "votes": page.rating.votes}
    assert rating == exp["rating"]
    if exp["comment_system"]:
        assert page.comment_system == exp["comment_system"]


def test_quality_floors(corpus_dir):
    _, overall = load_script("score_text_corpus").score_corpus(corpus_dir)
    for metric, floor in FLOORS.items():
        assert overall[metric] >= floor, f"{metric}: expected >= {floor}, got {overall[metric]:.3f}"


def test_foreign_comment_block_is_not_attached(corpus_dir):
    page = newscomments.parse_page(corpus_dir / "041_chandoo-dataentry-foreign-comment-block-excerpt.md")
    assert page.comments == ()
    assert any("different post" in n for n in page.notes)


def test_load_more_with_zero_declared_is_not_truncation(corpus_dir):
    page = newscomments.parse_page(corpus_dir / "018_sqreen-wayback-wpdiscuz-glued-0comments.md")
    assert page.declared_comment_count == 0 and not page.truncated
    page = newscomments.parse_page(corpus_dir / "001_restfulapi-hateoas-wpdiscuz-loadmore.txt")
    assert page.truncation_reasons == ("load-more", "declared-exceeds-parsed")


def test_cut_off_dataset_page(corpus_dir):
    page = newscomments.parse_page(corpus_dir / "016_haxx-curl801-wpnative-nested-truncated.md")
    assert "file-cut" in page.truncation_reasons and page.declared_comment_count == 44
    page = newscomments.parse_page(corpus_dir / "020_haxx-httpsig-wpnative-replytocom.md")
    assert not page.truncated  # cut in the sidebar, after the whole comment list


def test_blogger_epoch_timestamp(corpus_dir):
    page = newscomments.parse_page(corpus_dir / "036_projectperko-blogger-md-7comments-showComment.md")
    first = page.comments[0]
    assert first.native_id == "5668044544328092295"
    assert first.posted.raw == "9:15 AM" and first.posted.utc.isoformat() == "2013-02-14T17:15:01+00:00"
