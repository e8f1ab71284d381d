"""Fixed splits: article-grouped, keyed-hash placed, stored, kept on rebuild."""

from __future__ import annotations

from collections import Counter

import pytest

import newscomments
from newscomments.build import BuildOptions, build
from newscomments.errors import InputError
from newscomments.splits import SplitSettings, assign, hash_split, read_pins

from .pages import wpdiscuz_text_page, write_pages


def _assignment(out):
    lines = (out / "splits.tsv").read_text().splitlines()[1:]
    return dict(line.split("\t") for line in lines)


def test_hash_split_is_stable_and_near_80_10_10():
    s = SplitSettings()
    counts = Counter(hash_split(f"a_{i:016x}", s) for i in range(20_000))
    assert hash_split("a_0123456789abcdef", s) == hash_split("a_0123456789abcdef", SplitSettings())
    assert abs(counts["train"] / 20_000 - 0.8) < 0.015
    assert abs(counts["validation"] / 20_000 - 0.1) < 0.01
    assert abs(counts["test"] / 20_000 - 0.1) < 0.01


def test_adding_pages_never_moves_an_existing_article(tmp_path):
    raw = tmp_path / "raw"
    write_pages(raw, range(1, 31))
    out = tmp_path / "out"
    build([raw], out)
    first = _assignment(out)
    assert set(first.values()) == {"train", "validation", "test"}
    write_pages(raw, range(31, 91))
    build([raw], out)
    second = _assignment(out)
    assert len(second) == 90
    assert {a: second[a] for a in first} == first


def test_pins_that_match_no_article_are_warned_about(tmp_path):
    raw = tmp_path / "raw"
    write_pages(raw, [1, 2])
    (raw / "splits.tsv").write_text("article_id\tsplit\na_58b0eb645c8a8a2a\ttest\n")  # a typo'd or stale id
    report = build([raw], tmp_path / "out")
    assert report.warnings[1:] == ["splits.tsv: 1 pinned article id(s) match no article of this build "
                               "(a_58b0eb645c8a8a2a); an article whose id changed is not held in its split by them"]


def test_pinned_splits_survive_a_change_of_salt(tmp_path):
    raw = tmp_path / "raw"
    write_pages(raw, range(1, 41))
    out = tmp_path / "out"
    build([raw], out)
    first = _assignment(out)
    # freeze: the assignments become an input beside the raw pages
    (raw / "splits.tsv").write_text((out / "splits.tsv").read_text())
    write_pages(raw, range(41, 61))
    build([raw], out, BuildOptions(splits=SplitSettings(salt="another-salt")))
    second = _assignment(out)
    assert {a: second[a] for a in first} == first
    moved_if_unpinned = {a for a in first if hash_split(a, SplitSettings(salt="another-salt")) != first[a]}
    assert moved_if_unpinned  # the pins, not luck, kept them in place


def test_syndicated_copies_share_a_split(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    text = wpdiscuz_text_page(7)
    # the same story reposted on 12 sites (different comments, same body)
    for i in range(12):
        (raw / f"copy_{i:02d}.txt").write_text(text.replace("Comment 0 on", f"Site {i} comment on"))
    out = tmp_path / "out"
    build([raw], out)
    assert len(set(_assignment(out).values())) == 1


def test_conflicting_pins_in_a_group_are_reported_not_moved():
    arts = [{"article_id": "a_" + "1" * 16, "body": "Same story."},
            {"article_id": "a_" + "2" * 16, "body": "same   STORY"}]
    pins = {"a_" + "1" * 16: "test", "a_" + "2" * 16: "train"}
    out, conflicts, n = assign(arts, pins, SplitSettings())
    assert out == {"a_" + "1" * 16: "test", "a_" + "2" * 16: "test"}
    assert len(conflicts) == 1 and "pinned to different splits" in conflicts[0]
    assert n == 2


def test_bad_splits_file_is_a_clear_error(tmp_path):
    p = tmp_path / "splits.tsv"
    p.write_text("article_id\tsplit\na_0000000000000000\tdev\n")
    with pytest.raises(InputError, match=r"splits.tsv:2: expected"):
        read_pins(p)


def test_bad_fractions_are_refused():
    with pytest.raises(InputError, match="summing to 1"):
        SplitSettings(fractions={"train": 0.9, "validation": 0.2, "test": 0.1})


def test_every_row_of_an_article_is_in_the_article_split(tmp_path):
    raw = tmp_path / "raw"
    write_pages(raw, range(1, 41))
    out = tmp_path / "out"
    build([raw], out)
    arts = newscomments.load("articles", data_dir=out)
    where = {r["article_id"]: s for s in arts for r in arts[s].to_list()}
    for table in ("comments", "reply_edges", "ratings"):
        dd = newscomments.load(table, data_dir=out)
        for s in dd:
            assert all(where[a] == s for a in dd[s]["article_id"])


def test_near_duplicate_copies_share_a_split_and_distinct_stories_do_not_group():
    from newscomments.splits import group_articles
    story = " ".join(f"word{i}" for i in range(200))
    edited = story.replace("word50 ", "changed ").replace("word150 ", "edited ") + " Reposted from Example."
    other = " ".join(f"token{i}" for i in range(200))
    arts = [{"article_id": "a_" + "3" * 16, "body": story},
            {"article_id": "a_" + "1" * 16, "body": edited},
            {"article_id": "a_" + "2" * 16, "body": other},
            {"article_id": "a_" + "4" * 16, "body": ""}]
    groups = group_articles(arts)
    assert groups == {"a_" + "1" * 16: ["a_" + "1" * 16, "a_" + "3" * 16],
                      "a_" + "2" * 16: ["a_" + "2" * 16], "a_" + "4" * 16: ["a_" + "4" * 16]}
    out, _, _ = assign(arts, {}, SplitSettings())
    assert out["a_" + "1" * 16] == out["a_" + "3" * 16]
