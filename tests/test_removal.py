"""Removal lists applied at build time; pseudonyms consistent across tables."""

from __future__ import annotations

import pytest

import newscomments
from newscomments.build import BuildOptions, build
from newscomments.errors import InputError
from newscomments.removal import read_removal_list

from .conftest import SEED
from .pages import write_pages


def _rows(out, table):
    dd = newscomments.load(table, data_dir=out)
    return [r for s in dd.values() for r in s.to_list()]


def test_remove_a_page_counts_it_as_removed(tmp_path):
    raw = tmp_path / "raw"
    write_pages(raw, [1, 2, 3])
    rm = tmp_path / "remove.txt"
    rm.write_text("# take-down request 2024-05\npage:page_0002\n")
    report = build([raw], tmp_path / "out", BuildOptions(removal=read_removal_list(rm)))
    assert (report.pages_read, report.pages_parsed, report.pages_removed) == (3, 2, 1)
    assert report.counts_add_up()
    assert sorted(r["page_id"] for r in _rows(tmp_path / "out", "articles")) == ["page_0001", "page_0003"]
    assert "page_0002\traw/page_0002.txt\tremoved\tremoval-list" in (tmp_path / "out" / "rejects.tsv").read_text()


def test_remove_an_author_drops_their_comments_and_orphans_replies(tmp_path):
    rm = tmp_path / "remove.txt"
    rm.write_text("author:Candel\n")
    out = tmp_path / "out"
    report = build([SEED], out, BuildOptions(removal=read_removal_list(rm)))
    assert report.comments_removed == 1
    com = _rows(out, "comments")
    assert [c["position"] for c in com] == [1, 2, 3, 4]
    assert com[0]["parent_id"] is None  # replied to the removed comment: now a root
    edges = _rows(out, "reply_edges")
    assert len(edges) == 1 and edges[0]["child_id"] == com[2]["comment_id"]
    assert _rows(out, "articles")[0]["parsed_comment_count"] == 4


def test_entries_that_remove_nothing_are_warned_about_and_names_stay_out_of_the_report(tmp_path):
    rm = tmp_path / "remove.txt"
    rm.write_text("page:page_0009\npage:page_0001\ncomment:c_0000000000000000\nauthor:Nobody Here\n"
                  "author_key:u_0000000000000000\n")
    raw = tmp_path / "raw"
    write_pages(raw, [1, 2])
    report = build([raw], tmp_path / "out", BuildOptions(removal=read_removal_list(rm)))
    assert report.pages_removed == 1
    assert report.warnings[1:] == ["remove.txt: 4 entries matched nothing in these pages: page:page_0009, "
                               "comment:c_0000000000000000, author_key:u_0000000000000000, author:(a name)"]
    assert "Nobody" not in (tmp_path / "out" / "build_report.json").read_text()


def test_removals_on_a_page_dropped_as_a_same_url_copy_are_not_counted(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_bytes(SEED.read_bytes())
    (raw / "b.txt").write_bytes(SEED.read_bytes() + b"\n")  # other bytes, the same page
    (raw / "sources.tsv").write_text("page_id\tfile\tsha256\tformat\turl\tcrawled_at\n"
                                     "a\ta.txt\t\t\thttps://x.example/story\t\nb\tb.txt\t\t\thttps://x.example/story\t\n")
    rm = tmp_path / "remove.txt"
    rm.write_text("author:Candel\n")
    report = build([raw], tmp_path / "out", BuildOptions(removal=read_removal_list(rm)))
    assert (report.pages_parsed, report.pages_duplicate, report.comments_removed) == (1, 1, 1)
    assert not any("matched nothing" in w for w in report.warnings)


def test_remove_a_comment_by_id(tmp_path):
    out = tmp_path / "a"
    build([SEED], out)
    target = _rows(out, "comments")[4]["comment_id"]
    rm = tmp_path / "remove.txt"
    rm.write_text(f"comment:{target}\n")
    build([SEED], tmp_path / "b", BuildOptions(removal=read_removal_list(rm)))
    assert target not in {c["comment_id"] for c in _rows(tmp_path / "b", "comments")}
    assert len(_rows(tmp_path / "b", "comments")) == 4


def test_bad_removal_list_is_a_clear_error(tmp_path):
    rm = tmp_path / "remove.txt"
    rm.write_text("page:x\nuser:bob\n")
    with pytest.raises(InputError, match=r"remove.txt:2: expected 'page:"):
        read_removal_list(rm)
    with pytest.raises(InputError, match="expected a removal list that can be read, got No such file"):
        read_removal_list(tmp_path / "missing.txt")


def test_pseudonyms_are_consistent_across_pages_and_fields(tmp_path):
    raw = tmp_path / "raw"
    write_pages(raw, [1])
    # the same commenter on a second page, and replied to by name there
    (raw / "page_0002.txt").write_text((raw / "page_0001.txt").read_text().replace("story 1", "story 2")
                                       .replace("Story 1", "Story 2"))
    out = tmp_path / "out"
    build([raw], out)
    com = _rows(out, "comments")
    by_article = {}
    for c in com:
        by_article.setdefault(c["article_id"], []).append(c)
    a, b = by_article.values()
    assert a[0]["author_key"] == b[0]["author_key"] is not None
    assert a[1]["reply_to_author_key"] == a[0]["author_key"]
    assert all(c["author_name"] is None for c in com)
