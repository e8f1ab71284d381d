"""The build: accounting, determinism, atomic output, the committed processed/."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import newscomments
from newscomments.build import BuildOptions, build
from newscomments.errors import InputError
from newscomments.manifest import verify

from .conftest import REPO, SEED
from .pages import write_pages


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_committed_processed_equals_a_fresh_build_of_raw(tmp_path):
    out = tmp_path / "processed"
    build([REPO / "raw"], out)
    assert _files(out) == _files(REPO / "processed")


def test_same_input_same_bytes_for_any_worker_count(tmp_path):
    raw = tmp_path / "raw"
    write_pages(raw, range(1, 13))
    shutil.copy(SEED, raw)
    build([raw], tmp_path / "a")
    build([raw], tmp_path / "b")
    build([raw], tmp_path / "c", BuildOptions(workers=2))
    a = _files(tmp_path / "a")
    assert a == _files(tmp_path / "b") == _files(tmp_path / "c")
    assert len([k for k in a if k.endswith(".parquet")]) >= 4


def test_counts_add_up_and_everything_is_accounted_for(tmp_path):
    raw = tmp_path / "raw"
    pages = write_pages(raw, [1, 2, 3])
    shutil.copy(pages[0], raw / "page_copy.txt")  # same bytes as page_0001
    (raw / "empty.txt").write_bytes(b"")
    (raw / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (raw / "notes.csv").write_text("a,b\n")
    (raw / "README.md").write_text("# About these pages\n\nCrawled in May.\n")
    (raw / "sub").mkdir()
    report = build([raw], tmp_path / "out")
    assert report.pages_read == 6
    assert (report.pages_parsed, report.pages_rejected, report.pages_duplicate) == (3, 2, 1)
    assert report.counts_add_up()
    assert {(r["page_id"], r["reason"]) for r in report.rejects} == {("empty", "empty"), ("image", "not-text")}
    assert report.duplicates == [{"page_id": "page_copy", "file": "raw/page_copy.txt",
                                  "reason": "same-bytes", "duplicate_of": "page_0001"}]
    assert sorted(o["path"] for o in report.other_paths) == ["raw/README.md", "raw/notes.csv", "raw/sub"]
    rejects = (tmp_path / "out" / "rejects.tsv").read_text().splitlines()
    assert rejects[0] == "page_id\tfile\toutcome\treason\tmessage"
    assert [r.split("\t")[:4] for r in rejects[1:]] == [
        ["empty", "raw/empty.txt", "rejected", "empty"], ["image", "raw/image.txt", "rejected", "not-text"],
        ["page_copy", "raw/page_copy.txt", "duplicate", "same-bytes"]]
    saved = json.loads((tmp_path / "out" / "build_report.json").read_text())
    assert saved["pages_read"] == 6 and len(saved["rejects"]) == 2
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["inputs"] == {"pages_read": 6, "pages_parsed": 3, "pages_rejected": 2,
                                  "pages_duplicate": 1, "pages_removed": 0, "other_paths": 3}


def test_output_is_complete_and_verifies(tmp_path):
    raw = tmp_path / "raw"
    write_pages(raw, range(1, 21))
    out = tmp_path / "out"
    report = build([raw], out)
    assert verify(out) == []
    assert report.rows == {"articles": 20, "comments": 60, "reply_edges": 20, "ratings": 20}
    for p in out.glob("*/*.parquet"):
        md = pq.ParquetFile(p).metadata
        assert md.num_row_groups == 1
        assert md.row_group(0).column(0).compression == "ZSTD"
    # nothing left behind in the parent folder
    assert sorted(x.name for x in tmp_path.iterdir()) == ["out", "raw"]


def test_rebuild_replaces_the_old_output_atomically(tmp_path):
    raw = tmp_path / "raw"
    write_pages(raw, [1, 2])
    out = tmp_path / "out"
    build([raw], out)
    # a file of the user's in it would go with the old build: refused, nothing touched
    (out / "stray.txt").write_text("left by hand")
    write_pages(raw, [3])
    with pytest.raises(InputError, match=r"expected an earlier build holding only what a build writes, got other "
                                         r"files too \(stray.txt\)"):
        build([raw], out)
    assert (out / "stray.txt").read_text() == "left by hand"
    (out / "stray.txt").unlink()
    build([raw], out)
    assert json.loads((out / "manifest.json").read_text())["inputs"]["pages_parsed"] == 3
    assert sorted(x.name for x in tmp_path.iterdir()) == ["out", "raw"]


def test_failed_build_leaves_the_old_output_untouched(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    write_pages(raw, [1])
    out = tmp_path / "out"
    build([raw], out)
    before = _files(out)
    import newscomments.build as b
    monkeypatch.setattr(b, "render_card", lambda *a: (_ for _ in ()).throw(RuntimeError("boom")))
    write_pages(raw, [2])
    with pytest.raises(RuntimeError):
        build([raw], out)
    assert _files(out) == before
    assert sorted(x.name for x in tmp_path.iterdir()) == ["out", "raw"]


def test_missing_input_path_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        build([tmp_path / "nope"], tmp_path / "out")


def test_sources_list_checksum_mismatch_rejects_the_page(tmp_path):
    raw = tmp_path / "raw"
    write_pages(raw, [1, 2])
    (raw / "sources.tsv").write_text(
        "page_id\tfile\tsha256\tformat\turl\tcrawled_at\n"
        f"page_0001\tpage_0001.txt\t{'0' * 64}\twpdiscuz_text\thttps://news.example/1\t2024-04-01T10:00:00\n")
    report = build([raw], tmp_path / "out")
    assert report.pages_rejected == 1 and report.rejects[0]["reason"] == "checksum-mismatch"
    assert report.counts_add_up()


def test_sources_list_gives_url_and_crawl_time(tmp_path):
    raw = tmp_path / "raw"
    write_pages(raw, [1])
    (raw / "sources.tsv").write_text(
        "page_id\tfile\tsha256\tformat\turl\tcrawled_at\n"
        "p1\tpage_0001.txt\t\t\thttps://News.Example/story/1/#c\t2024-04-01T10:00:00\n")
    out = tmp_path / "out"
    build([raw], out)
    a = newscomments.load("articles", data_dir=out)
    row = [r for s in a.values() for r in s.to_list()][0]
    assert row["page_id"] == "p1" and row["url"] == "https://News.Example/story/1/#c"
    assert row["site"] == "news.example"
    assert str(row["crawled_at"]) == "2024-04-01 10:00:00"


def test_bad_sources_list_is_a_clear_error(tmp_path):
    raw = tmp_path / "raw"
    write_pages(raw, [1])
    (raw / "sources.tsv").write_text("file\turl\npage_0001.txt\thttp://x\n")
    with pytest.raises(InputError, match="sources.tsv: expected the header"):
        build([raw], tmp_path / "out")


def test_keep_author_names_is_opt_in(tmp_path):
    out = tmp_path / "out"
    build([SEED], out, BuildOptions(keep_author_names=True))
    rows = newscomments.load("comments", split="train", data_dir=out).to_list()
    assert [r["author_name"] for r in rows] == ["Candel", None, "Gino8877", "Kidnapped by System", None]
    assert rows[1]["reply_to_name"] == "Candel"


def test_pseudonym_key_changes_keys_and_sample_key_warns_on_other_data(tmp_path):
    out_a, out_b = tmp_path / "a", tmp_path / "b"
    rep_a = build([SEED], out_a)
    build([SEED], out_b, BuildOptions(pseudonym_key=b"secret"))
    ka = newscomments.load("comments", split="train", data_dir=out_a)["author_key"]
    kb = newscomments.load("comments", split="train", data_dir=out_b)["author_key"]
    assert ka[0] != kb[0] and ka[0] is not None and kb[0] is not None
    assert rep_a.warnings == []  # the shipped sample with the sample key: fine
    raw = tmp_path / "raw"
    write_pages(raw, [1])
    rep = build([raw], tmp_path / "c")
    assert any("PSEUDONYM KEY" in w for w in rep.warnings)
    assert json.loads((tmp_path / "b" / "manifest.json").read_text())["pseudonyms"]["key"] == "user"


def test_synthetic_flag_from_sources_list_marks_every_table(tmp_path):
    raw = tmp_path / "raw"
    write_pages(raw, [1, 2])
    (raw / "sources.tsv").write_text(
        "page_id\tfile\tsha256\tformat\turl\tcrawled_at\tsynthetic\n"
        "page_0001\tpage_0001.txt\t\t\t\t\ttrue\n"
        "page_0002\tpage_0002.txt\t\t\t\t\tfalse\n")
    out = tmp_path / "out"
    report = build([raw], out)
    assert len(report.warnings) == 1  # page_0002 is real data under the sample key
    for table in ("articles", "comments", "reply_edges", "ratings"):
        dd = newscomments.load(table, data_dir=out)
        flags = {}
        for s in dd:
            for r in dd[s].to_list():
                flags.setdefault(r["article_id"], set()).add(r["synthetic"])
        assert sorted(map(sorted, flags.values())) == [[False], [True]]


def test_a_hung_parser_is_rejected_by_the_backstop_and_the_build_goes_on(tmp_path, monkeypatch):
    import time

    from newscomments.formats import wpdiscuz_text
    raw = tmp_path / "raw"
    write_pages(raw, [1, 2, 3])
    (raw / "page_0002.txt").write_text((raw / "page_0002.txt").read_text() + "\n\nHANG")
    real = wpdiscuz_text.parse

    def sometimes_hangs(data, page_id, options=None):
        if b"HANG" in data:
            time.sleep(60)
        return real(data, page_id, options)

    monkeypatch.setattr(wpdiscuz_text, "parse", sometimes_hangs)  # inherited by forked workers
    report = build([raw], tmp_path / "out", BuildOptions(page_timeout=2.0, workers=2))
    assert (report.pages_parsed, report.pages_rejected) == (2, 1)
    assert report.rejects[0]["page_id"] == "page_0002" and report.rejects[0]["reason"] == "timeout"
    # the same pages without the hang give the same rows for 1 or 2 workers, in or out of process
    (raw / "page_0002.txt").unlink()
    build([raw], tmp_path / "a", BuildOptions(page_timeout=30.0, workers=2))
    build([raw], tmp_path / "b")
    assert _files(tmp_path / "a") == _files(tmp_path / "b")


def test_a_page_whose_rows_break_the_schema_is_rejected_and_the_build_goes_on(tmp_path, monkeypatch):
    from dataclasses import replace

    from newscomments.formats import wpdiscuz_text
    raw = tmp_path / "raw"
    write_pages(raw, [1, 2, 3])
    real = wpdiscuz_text.parse

    def bad_code_on_page_2(data, page_id, options=None):
        page = real(data, page_id, options)
        if page_id == "page_0002":  # a code the articles schema does not list
            page = replace(page, truncated=True, truncation_reasons=("pagination",))
        return page

    monkeypatch.setattr(wpdiscuz_text, "parse", bad_code_on_page_2)
    report = build([raw], tmp_path / "out")
    assert (report.pages_read, report.pages_parsed, report.pages_rejected) == (3, 2, 1)
    assert report.counts_add_up()
    reject = report.rejects[0]
    assert (reject["page_id"], reject["file"], reject["reason"]) == ("page_0002", "raw/page_0002.txt", "invalid-output")
    assert reject["message"].startswith("expected rows that pass schema/, got: articles: ")
    assert "'pagination' does not match" in reject["message"]
    assert verify(tmp_path / "out") == []
    assert report.rows["articles"] == 2
    comments = pq.read_table(tmp_path / "out" / "comments").to_pylist()
    articles = pq.read_table(tmp_path / "out" / "articles").to_pylist()
    assert {c["article_id"] for c in comments} <= {a["article_id"] for a in articles}


def test_every_fixture_page_builds_into_valid_tables(tmp_path):
    # Every format's output on every hand-written fixture passes the schemas and the
    # cross-table rules.
    fixtures = REPO / "tests" / "fixtures"
    report = build([fixtures / "html", fixtures / "text"], tmp_path / "out")
    assert report.counts_add_up()
    assert report.pages_parsed + report.pages_rejected + report.pages_duplicate == report.pages_read
    assert report.pages_parsed >= 80
    assert verify(tmp_path / "out") == []
    articles = pq.read_table(tmp_path / "out" / "articles").to_pylist()
    assert {"drupal", "wordpress", "wpdiscuz", "blogger"} <= {a["comment_system"] for a in articles}


def test_odd_files_in_a_crawl_go_to_the_rejects_not_a_traceback(tmp_path):
    import os
    raw = tmp_path / "raw"
    write_pages(raw, [1, 2])
    (raw / "loop1.txt").symlink_to(raw / "loop2.txt")
    (raw / "loop2.txt").symlink_to(raw / "loop1.txt")
    (raw / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(raw / "stuck.txt")  # reading it would wait forever
    bad_name = os.fsencode(raw) + b"/caf\xe9.txt"
    with open(bad_name, "wb") as f:
        f.write((raw / "page_0001.txt").read_bytes() + b"\nmore")
    with open(os.fsencode(raw) + b"/notes\xe9.dat", "wb") as f:
        f.write(b"not a page")
    report = build([raw], tmp_path / "out")
    assert (report.pages_read, report.pages_parsed, report.pages_rejected) == (7, 2, 5)
    assert report.counts_add_up()
    assert sorted((r["file"], r["reason"]) for r in report.rejects) == [
        ("raw/caf\\xe9.txt", "bad-file-name"), ("raw/gone.txt", "unreadable"), ("raw/loop1.txt", "unreadable"),
        ("raw/loop2.txt", "unreadable"), ("raw/stuck.txt", "not-a-file")]
    assert next(r for r in report.rejects if r["reason"] == "not-a-file")["message"] == \
        "expected a regular file, got a named pipe"
    assert {"path": "raw/notes\\xe9.dat", "why": "not a page: expected one of ['.htm', '.html', '.markdown', "
            "'.md', '.rst', '.txt']"} in report.other_paths
    assert "raw/caf\\xe9.txt\trejected\tbad-file-name" in (tmp_path / "out" / "rejects.tsv").read_text()


def test_the_output_folder_is_never_one_that_holds_other_files_or_the_inputs(tmp_path):
    raw = tmp_path / "raw"
    write_pages(raw, [1])
    (tmp_path / "notes.txt").write_text("my notes\n")
    for out, expected in [(tmp_path, "expected an output folder apart from the raw inputs, got one that holds"),
                          (raw, "expected an output folder apart from the raw inputs"),
                          ("", "--out: expected a folder for the built dataset, got an empty path"),
                          (tmp_path / "notes.txt", "expected a folder for the built dataset, got a file")]:
        with pytest.raises(InputError, match=expected):
            build([raw], out)
    other = tmp_path / "results"
    other.mkdir()
    (other / "thesis.tex").write_text("x")
    with pytest.raises(InputError, match="expected a new or empty folder, or an earlier build"):
        build([raw], other)
    assert (other / "thesis.tex").read_text() == "x" and (tmp_path / "notes.txt").read_text() == "my notes\n"
    assert sorted(p.name for p in raw.iterdir()) == ["page_0001.txt"]
    build([raw], tmp_path / "empty_ok")  # new; then an earlier build is replaced
    assert build([raw], tmp_path / "empty_ok").pages_parsed == 1


def test_a_build_that_makes_no_article_leaves_the_earlier_one_in_place(tmp_path):
    raw = tmp_path / "raw"
    write_pages(raw, [1, 2])
    out = tmp_path / "out"
    build([raw], out)
    before = _files(out)
    nested = tmp_path / "nested"
    (nested / "day1").mkdir(parents=True)
    with pytest.raises(InputError, match=r"expected raw pages .* got none \(1 other path\(s\) not read, e.g. "
                                         r"'nested/day1': folder: builds do not descend"):
        build([nested], out)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    with pytest.raises(InputError, match=r"got none of 1 \(rejected 1, duplicate 0, removed 0; bad/empty.txt: "
                                         r"\[empty\] expected a page with text"):
        build([bad], out)
    assert _files(out) == before


def test_user_files_in_other_encodings_are_named_errors(tmp_path):
    raw = tmp_path / "raw"
    write_pages(raw, [1])
    (raw / "sources.tsv").write_bytes(b"\xff\xfepage_id\tfile\n")
    with pytest.raises(InputError, match=r"sources.tsv: expected a sources.tsv in UTF-8, got undecodable bytes at offset 0"):
        build([raw], tmp_path / "out")
    # a byte-order mark, as spreadsheet programs save one, is no part of the header
    (raw / "sources.tsv").write_text("\ufeffpage_id\tfile\tsha256\tformat\turl\tcrawled_at\n"
                                     "p1\tpage_0001.txt\t\t\thttps://x.example/p1\t\n", encoding="utf-8")
    assert build([raw], tmp_path / "out").pages_parsed == 1
    (raw / "splits.tsv").write_bytes(b"article_id\tsplit\n\xff\n")
    with pytest.raises(InputError, match=r"splits.tsv: expected a splits.tsv in UTF-8"):
        build([raw], tmp_path / "out")


def test_sources_rows_that_name_a_file_twice_a_path_or_a_non_url_are_errors(tmp_path):
    raw = tmp_path / "raw"
    write_pages(raw, [1, 2])
    head = "page_id\tfile\tsha256\tformat\turl\tcrawled_at\n"
    for rows, expected in [
            ("a\tpage_0001.txt\t\t\t\t\nb\tpage_0001.txt\t\t\t\t\n",
             r"sources.tsv:3: expected each file once, got 'page_0001.txt' again \(first as page 'a'\)"),
            ("a\t../raw/page_0001.txt\t\t\t\t\n", r"sources.tsv:2: expected the name of a file in this folder, got the path"),
            ("a\tpage_0001.txt\t\t\tnot a url\t\n", r"sources.tsv:2: expected an absolute URL \(scheme://...\), got 'not a url'")]:
        (raw / "sources.tsv").write_text(head + rows)
        with pytest.raises(InputError, match=expected):
            build([raw], tmp_path / "out")


def test_repeated_page_ids_name_their_files_and_empty_files_are_each_empty(tmp_path):
    raw = tmp_path / "raw"
    write_pages(raw, [1])
    (raw / "page_0001.md").write_text("# Another page\n\nText.\n")
    with pytest.raises(InputError, match=r"got 1 repeated: 'page_0001': raw/page_0001.md, raw/page_0001.txt"):
        build([raw], tmp_path / "out")
    (raw / "page_0001.md").unlink()
    for n in (1, 2, 3):
        (raw / f"e{n}.txt").write_bytes(b"")
    report = build([raw], tmp_path / "out")
    assert sorted((r["page_id"], r["reason"]) for r in report.rejects) == [("e1", "empty"), ("e2", "empty"), ("e3", "empty")]
    assert report.duplicates == [] and report.counts_add_up()


def test_an_output_folder_is_replaced_only_when_it_is_a_build_of_ours_and_nothing_else(tmp_path):
    from newscomments.build import _inside
    raw = tmp_path / "raw"
    write_pages(raw, [1])
    app = tmp_path / "public"
    app.mkdir()
    (app / "manifest.json").write_text('{"name": "My PWA", "start_url": "/"}')  # a web app's, not ours
    (app / "index.html").write_text("<p>app</p>")
    with pytest.raises(InputError, match="whose manifest.json is not a newscomments build's"):
        build([raw], app)
    assert sorted(p.name for p in app.iterdir()) == ["index.html", "manifest.json"]
    # the same folder by another name (a link here; a bind mount or a case-insensitive name
    # alike) is found by the file system's identity, not by comparing paths
    (tmp_path / "alias").symlink_to(raw)
    assert _inside(tmp_path / "alias" / "page_0001.txt", raw) and not _inside(raw, tmp_path / "public")
    # a temporary folder of the user's beside the output is no leftover of a build
    (tmp_path / ".out.tmp-backup").mkdir()
    build([raw], tmp_path / "out")
    assert (tmp_path / ".out.tmp-backup").is_dir()
    # a table without rows has no folder, and validate finds nothing missing
    from newscomments.cli import main
    bare = tmp_path / "bare"
    bare.mkdir()
    (bare / "plain.md").write_text("# A post\n\nThe article's only paragraph, long enough to be a body.\n")
    build([bare], tmp_path / "bare_out")
    assert not (tmp_path / "bare_out" / "ratings").exists()
    assert main(["validate", str(tmp_path / "bare_out")]) == 0


def test_pages_are_never_read_whole_when_too_large_and_must_not_change_while_read(tmp_path):
    from newscomments.build import _parse_one
    from newscomments.options import Limits
    raw = tmp_path / "raw"
    pages = write_pages(raw, [1, 2])
    big = raw / "big.txt"
    with open(big, "wb") as f:
        f.truncate(50_000)  # sparse: its size is known without reading it
    report = build([raw], tmp_path / "out", BuildOptions(limits=Limits(max_bytes=20_000)))
    assert [(r["page_id"], r["reason"], r["message"]) for r in report.rejects] == [
        ("big", "too-large", "expected at most 20000 bytes, got 50000")]
    res = _parse_one((str(pages[0]), "0" * 64, "page_0001", None, None, None, Limits()))
    assert res[:2] == ("rejected", "changed-while-reading")


def test_sources_listing_odd_files_and_names_that_break_lines(tmp_path):
    raw = tmp_path / "raw"
    pages = write_pages(raw, [1])
    pages[0].rename(raw / "story.php")  # listed: a page whatever its suffix
    (raw / "sources.tsv").write_text("page_id\tfile\tsha256\tformat\turl\tcrawled_at\n"
                                     "story\tstory.php\t\twpdiscuz_text\thttps://x.example/story\t\n")
    (raw / "odd\rname.txt").write_bytes(b"")
    report = build([raw], tmp_path / "out")
    assert report.pages_parsed == 1 and report.rejects[0]["reason"] == "empty"
    rows = (tmp_path / "out" / "rejects.tsv").read_text().split("\n")
    assert rows[1].split("\t")[:4] == ["odd name", "raw/odd name.txt", "rejected", "empty"]
    (raw / "sources.tsv").unlink()
    (raw / "sources.tsv").symlink_to(tmp_path / "gone.tsv")
    with pytest.raises(InputError, match="sources.tsv: expected a sources.tsv file, got a link to nothing"):
        build([raw], tmp_path / "out")


def test_a_folder_given_twice_is_read_once(tmp_path):
    raw = tmp_path / "raw"
    write_pages(raw, [1, 2])
    report = build([raw, tmp_path / "raw" / ".." / "raw"], tmp_path / "out")
    assert (report.pages_read, report.pages_parsed) == (2, 2)
