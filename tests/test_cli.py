"""The CLI through real subprocesses: the seed facts once more, exit codes, messages."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pyarrow.parquet as pq

from .conftest import REPO, SEED

CLI = [sys.executable, "-m", "newscomments.cli"]


def run(*args, cwd=None):
    return subprocess.run(CLI + list(args), capture_output=True, text=True, cwd=cwd)


def test_build_the_seed_through_the_cli(tmp_path):
    out = tmp_path / "processed"
    r = run("build", str(REPO / "raw"), "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert "pages read 1: parsed 1, rejected 0, duplicate 0, removed 0" in r.stdout
    assert "rows: articles 1, comments 5, reply_edges 2, ratings 1" in r.stdout
    assert f"written to {out}" in r.stdout
    arts = pq.read_table(out / "articles" / "train-00000-of-00001.parquet").to_pylist()
    assert len(arts) == 1
    a = arts[0]
    assert a["title"] is None and len(a["body"].split("\n\n")) == 11
    assert a["credit"] == "RT. com / ABC Flash Point News 2023."
    assert a["previous_title"].startswith("USA still building vulnerable Aircraft Carriers")
    assert a["next_title"] == "Russia received Nobel price for the development of Laser Technology"
    com = pq.read_table(out / "comments" / "train-00000-of-00001.parquet").to_pylist()
    assert [c["posted_at"].strftime("%Y-%m-%d %H:%M") for c in com] == [
        "2023-02-23 20:54", "2023-02-23 20:56", "2023-02-23 20:57", "2023-02-23 20:59", "2023-02-23 21:01"]
    assert [c["author_source"] for c in com] == ["inferred", "unknown", "inferred", "explicit", "unknown"]
    assert [c["is_image_only"] for c in com] == [False, True, False, False, False]
    ids = [c["comment_id"] for c in com]
    assert [c["parent_id"] for c in com] == [None, ids[0], None, ids[2], None]
    edges = pq.read_table(out / "reply_edges" / "train-00000-of-00001.parquet").to_pylist()
    assert sorted((e["child_id"], e["parent_id"]) for e in edges) == sorted([(ids[1], ids[0]), (ids[3], ids[2])])
    rating = pq.read_table(out / "ratings" / "train-00000-of-00001.parquet").to_pylist()
    assert [(x["value"], x["vote_count"], x["scale_max"]) for x in rating] == [(4.5, 2, 5.0)]


def test_build_with_names_shows_them(tmp_path):
    out = tmp_path / "p"
    assert run("build", str(SEED), "--out", str(out), "--keep-author-names").returncode == 0
    r = run("show", "000_89020e0c9fef06d9", "--dir", str(out))
    assert r.returncode == 0
    lines = r.stdout.splitlines()
    assert lines[0].endswith("(no title)")
    assert "Candel 23-02-23 20:54" in lines[1]
    assert lines[2].startswith("    - ") and "[image]" in lines[2]  # the reply is indented
    assert "Kidnapped by System 23-02-23 20:59" in lines[4] and lines[4].startswith("    - ")


def test_defaults_build_raw_into_processed(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / SEED.name).write_bytes(SEED.read_bytes())
    r = run("build", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "processed" / "manifest.json").is_file()
    assert run("verify", cwd=tmp_path).returncode == 0
    r = run("info", cwd=tmp_path)
    assert "train: 1 articles; articles 1, comments 5, reply_edges 2, ratings 1" in r.stdout


def test_verify_reports_a_changed_file(tmp_path):
    out = tmp_path / "p"
    run("build", str(SEED), "--out", str(out))
    f = out / "ratings" / "train-00000-of-00001.parquet"
    f.write_bytes(f.read_bytes()[:-10])
    r = run("verify", str(out))
    assert r.returncode == 1
    assert "ratings/train-00000-of-00001.parquet: expected sha256" in r.stdout


def test_freeze_splits_writes_pins(tmp_path):
    out = tmp_path / "p"
    run("build", str(SEED), "--out", str(out))
    r = run("freeze-splits", str(out), "--to", str(tmp_path / "splits.tsv"))
    assert r.returncode == 0
    assert (tmp_path / "splits.tsv").read_text() == (REPO / "raw" / "splits.tsv").read_text()


def test_user_mistakes_are_one_line_errors_with_exit_2(tmp_path):
    r = run("build", str(tmp_path / "missing"), "--out", str(tmp_path / "o"))
    assert r.returncode == 2 and "does not exist" in r.stderr and "Traceback" not in r.stderr
    r = run("build", str(SEED), "--out", str(tmp_path / "o"), "--key-file", str(tmp_path / "nokey"))
    assert r.returncode == 2 and "expected a readable key file" in r.stderr
    r = run("show", "nope", "--dir", str(REPO / "processed"))
    assert r.returncode == 2 and "expected an article id or page id" in r.stderr
    r = run("info", str(tmp_path))
    assert r.returncode == 1 and "expected a manifest" in r.stderr
    r = run("build", "/dev/null", "--out", str(tmp_path / "o"))
    assert r.returncode == 2 and "/dev/null: expected a raw page or a folder of raw pages, got a special file" in r.stderr
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "seed.txt").write_bytes(SEED.read_bytes())
    r = run("build", "pages", "--out", ".", cwd=tmp_path)  # would have replaced the working folder
    assert r.returncode == 2 and "expected an output folder apart from the raw inputs" in r.stderr
    assert (tmp_path / "pages" / "seed.txt").read_bytes() == SEED.read_bytes()
    r = run("build", "pages", "--out", str(tmp_path / "o"), "--page-timeout", "-1")
    assert r.returncode == 2 and "--page-timeout: expected a number of seconds >= 0 (0 = off), got -1" in r.stderr
    # a path that is no folder is the user's mistake, not a failed check of a build
    for command in ("verify", "info", "validate"):
        r = run(command, str(tmp_path / "nosuch"))
        assert r.returncode == 2 and "expected a folder with built tables, got no such folder" in r.stderr
        r = run(command, str(SEED))
        assert r.returncode == 2 and "expected a folder with built tables, got a file" in r.stderr


def test_sample_key_on_other_data_warns_loudly(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "mine.txt").write_text(SEED.read_text(encoding="utf-8") + "\n\nextra", encoding="utf-8")
    r = run("build", str(raw), "--out", str(tmp_path / "o"))
    assert r.returncode == 0
    assert "WARNING: PSEUDONYM KEY" in r.stderr
    key = tmp_path / "key"
    key.write_text("my secret\n")
    r = run("build", str(raw), "--out", str(tmp_path / "o2"), "--key-file", str(key))
    assert "PSEUDONYM KEY" not in r.stderr
    assert json.loads((tmp_path / "o2" / "manifest.json").read_text())["pseudonyms"]["key"] == "user"


def test_commands_refuse_what_would_lose_a_users_files_or_give_nothing(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "seed.txt").write_bytes(SEED.read_bytes())
    r = run("validate", str(raw))  # a folder of pages, not a build
    assert r.returncode == 2 and "expected built tables (folders articles, comments, reply_edges, ratings), got none" in r.stderr
    out = tmp_path / "out"
    assert run("build", str(raw), "--out", str(out)).returncode == 0
    shutil.rmtree(out / "comments")
    r = run("validate", str(out))
    assert r.returncode == 1 and r.stdout.splitlines()[1] == f"  - {out / 'comments'}: expected the comments table's folder (the manifest lists its files), got none"
    # rows in a split other than their article's (files swapped between splits)
    syn, built = tmp_path / "syn", tmp_path / "syn_data"
    assert run("synthetic", str(syn), "--pages", "12").returncode == 0
    assert run("build", str(syn), "--out", str(built)).returncode == 0
    a, b = built / "comments" / "test-00000-of-00001.parquet", built / "comments" / "validation-00000-of-00001.parquet"
    a_bytes, b_bytes = a.read_bytes(), b.read_bytes()
    a.write_bytes(b_bytes)
    b.write_bytes(a_bytes)
    r = run("validate", str(built))
    assert r.returncode == 1 and f"{a}: " in r.stdout and "row(s) of articles of another split" in r.stdout
    assert run("--version").stdout == "newscomments 0.1.0\n"
    # synthetic never writes over a folder of the user's (its sources.tsv would go)
    (raw / "sources.tsv").write_text("page_id\tfile\tsha256\tformat\turl\tcrawled_at\n")
    r = run("synthetic", str(raw), "--pages", "2")
    assert r.returncode == 2 and "expected a new or empty folder, or an earlier synthetic corpus" in r.stderr
    assert (raw / "sources.tsv").read_text().count("\n") == 1
    assert run("synthetic", str(syn), "--pages", "5").returncode == 0
    assert run("synthetic", str(syn), "--pages", "2").returncode == 0  # an earlier corpus: replaced whole
    assert len(list(syn.glob("syn_*"))) == 2
    # freeze-splits keeps the pins of articles this build left out
    pins = tmp_path / "splits.tsv"
    pins.write_text("article_id\tsplit\na_0000000000000001\ttest\n")
    r = run("freeze-splits", str(out), "--to", str(pins))
    assert r.returncode == 0 and "pinned 1 article(s)" in r.stdout and "kept 1 earlier pin(s)" in r.stdout
    assert pins.read_text().splitlines()[1] == "a_0000000000000001\ttest"
    (tmp_path / "linked.tsv").symlink_to(pins)  # a shared pins file linked in: written through
    assert run("freeze-splits", str(out), "--to", str(tmp_path / "linked.tsv")).returncode == 0
    assert (tmp_path / "linked.tsv").is_symlink()
    r = run("freeze-splits", str(out), "--to", str(tmp_path / "nodir" / "splits.tsv"))
    assert r.returncode == 2 and "expected a file in an existing folder" in r.stderr
    # a baseline with nothing to predict says so rather than write an empty file
    assert run("build", str(SEED), "--out", str(out)).returncode == 0
    r = run("baseline", "reply-parent", "previous-comment", "--data-dir", str(out), "--split", "test",
            "--out", str(tmp_path / "p.jsonl"))
    assert r.returncode == 2 and "has no articles this task can score" in r.stderr
    assert not (tmp_path / "p.jsonl").exists()
    # predictions never go over a page or into a built dataset
    for target, expected in [(raw / "seed.txt", "expected a new file or an earlier predictions file"),
                             (built / "preds.jsonl", "expected a path outside a built dataset")]:
        r = run("baseline", "reply-parent", "previous-comment", "--data-dir", str(built), "--out", str(target))
        assert r.returncode == 2 and expected in r.stderr
    assert (raw / "seed.txt").read_bytes() == SEED.read_bytes() and not (built / "preds.jsonl").exists()
    # a folder of the user's own gold.jsonl and sources.tsv is no synthetic corpus
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "gold.jsonl").write_text("{}\n")
    (mine / "sources.tsv").write_text("page_id\tfile\tsha256\tformat\turl\tcrawled_at\n")
    r = run("synthetic", str(mine), "--pages", "2")
    assert r.returncode == 2 and (mine / "gold.jsonl").read_text() == "{}\n"
