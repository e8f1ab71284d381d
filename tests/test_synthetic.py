"""The synthetic corpus: deterministic, parsed back exactly, every split filled, all rows synthetic."""

from __future__ import annotations

import json

import pytest

import newscomments
from newscomments import parse_page
from newscomments.build import build
from newscomments.options import ParseOptions
from newscomments.synthetic import generate


def _files(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_same_pages_and_seed_give_the_same_bytes(tmp_path):
    generate(tmp_path / "a", pages=6, seed=4)
    generate(tmp_path / "b", pages=6, seed=4)
    generate(tmp_path / "c", pages=6, seed=5)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert _files(tmp_path / "a") != _files(tmp_path / "c")
    assert sorted(_files(tmp_path / "a")) == [
        "gold.jsonl", "sources.tsv", "splits.tsv", "syn_0000_wpdiscuz_text.txt", "syn_0001_wpdiscuz_html.html",
        "syn_0002_wordpress_html.html", "syn_0003_wpdiscuz_text.txt", "syn_0004_wpdiscuz_html.html",
        "syn_0005_wordpress_html.html"]


def test_every_page_parses_back_to_its_gold(tmp_path):
    gold = generate(tmp_path, pages=12, seed=0)
    assert sum(len(g["comments"]) for g in gold) == 159
    for g in gold:
        page = parse_page(tmp_path / g["file"], options=ParseOptions(url=g["url"]))
        assert page.format == g["format"]
        assert len(page.comments) == len(g["comments"])
        for c, want in zip(page.comments, g["comments"]):
            assert c.text == want["text"]
            assert c.posted.local.isoformat() == want["posted_at"]
            assert c.net_votes == want["net_votes"]
            if g["format"] == "wpdiscuz_text":
                if want["author"] is not None:  # printed names come back; replies by marker only
                    assert c.author == want["author"]
            else:
                assert (c.author, c.parent_position, c.native_id) == (want["author"], want["parent_position"],
                                                                      want["native_id"])


def test_text_pages_look_like_the_seed(tmp_path):
    gold = [g for g in generate(tmp_path, pages=12, seed=0) if g["format"] == "wpdiscuz_text"]
    text = (tmp_path / gold[0]["file"]).read_text()
    assert "Notify of\n\nInline Feedbacks\nView all comments\n" in text
    assert "\nReply to\u00a0 " in text
    assert "Article Rating" in text
    comments = [c for g in gold for c in g["comments"]]
    printed = [c for c in comments if c["author"] is not None]
    assert (len(printed), len(comments)) == (24, 49)  # guests' names only


def test_build_fills_every_split_and_marks_rows_synthetic(tmp_path):
    generate(tmp_path / "raw", pages=9, seed=0)
    sources = (tmp_path / "raw" / "sources.tsv").read_text().splitlines()
    assert sources[0].endswith("\tsynthetic") and all(line.endswith("\ttrue") for line in sources[1:])
    report = build([tmp_path / "raw"], tmp_path / "out")
    assert report.splits == {"train": 3, "validation": 3, "test": 3}
    assert report.warnings == [] and report.pages_rejected == 0
    assert report.rows == {"articles": 9, "comments": 123, "reply_edges": 55, "ratings": 44}
    for table in ("articles", "comments", "reply_edges", "ratings"):
        dd = newscomments.load(table, data_dir=tmp_path / "out")
        assert all(all(dd[s]["synthetic"]) for s in dd)
    formats = {s: sorted(newscomments.load("articles", split=s, data_dir=tmp_path / "out")["source_format"])
               for s in ("train", "validation", "test")}
    assert all(f == ["wordpress_html", "wpdiscuz_html", "wpdiscuz_text"] for f in formats.values())


def test_gold_file_records_the_truth(tmp_path):
    generate(tmp_path, pages=3, seed=0)
    records = [json.loads(line) for line in (tmp_path / "gold.jsonl").read_text().splitlines()]
    text, wpd, wp = records
    assert all(c["net_votes"] is None for c in text["comments"] + wp["comments"])
    assert all(c["net_votes"] == c["true_net_votes"] for c in wpd["comments"])
    assert all(c["true_author"] for r in records for c in r["comments"])


def test_cli_rejects_zero_pages(tmp_path):
    from newscomments.cli import main
    assert main(["synthetic", str(tmp_path / "x"), "--pages", "0"]) == 2
    with pytest.raises(ValueError):
        generate(tmp_path / "y", pages=0)
