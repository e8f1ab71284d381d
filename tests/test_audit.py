"""The leakage audit: each check on hand-made rows, the shipped data and a synthetic build pass,
and a build with a near-duplicate article across splits fails with exit code 1."""

from __future__ import annotations

from newscomments.audit import audit, audit_rows, jaccard, shingles, words
from newscomments.build import build
from newscomments.cli import main
from newscomments.normalize import article_id_for
from newscomments.synthetic import generate

from .conftest import REPO

BODY = " ".join(f"word{i}" for i in range(40))


def _a(aid, split, body=BODY):
    return {"article_id": aid, "_split": split, "body": body}


def _c(cid, aid, split, text="", author=None, parent=None):
    return {"comment_id": cid, "article_id": aid, "_split": split, "text": text, "author_key": author,
            "parent_id": parent}


def _count(report, name):
    return next(c.count for c in report.checks if c.name == name)


def test_exact_and_near_duplicate_articles_across_splits():
    near = BODY.replace("word20", "changed")
    r = audit_rows([_a("a1", "train"), _a("a2", "test"), _a("a3", "validation", near),
                    _a("a4", "train", "short body")], [], [])
    assert _count(r, "article-exact-duplicates") == 1
    assert _count(r, "article-near-duplicates") == 2  # a3 with a1 and with a2
    assert not r.clean
    # Same split: not a leak.
    assert audit_rows([_a("a1", "train"), _a("a2", "train")], [], []).clean


def test_near_duplicate_threshold_is_jaccard_of_word_3_shingles():
    a = shingles(words(BODY))
    b = shingles(words(BODY.replace("word20", "changed")))
    assert jaccard(a, b) == 35 / 41  # 38 shingles each, 3 differ
    assert jaccard(a, shingles(words(BODY.upper()))) == 1.0


def test_comment_duplicates_skip_short_texts():
    long = "the harbour plan will cost far more than the council admits today"
    r = audit_rows([], [_c("c1", "a1", "train", long), _c("c2", "a2", "test", long.upper() + "!"),
                        _c("c3", "a1", "train", "Thanks!"), _c("c4", "a2", "test", "Thanks!")], [])
    assert _count(r, "comment-exact-duplicates") == 1
    assert _count(r, "comment-near-duplicates") == 0


def test_authors_shared_between_splits():
    r = audit_rows([], [_c("c1", "a1", "train", author="u_1"), _c("c2", "a2", "test", author="u_1"),
                        _c("c3", "a3", "test", author="u_2"), _c("c4", "a4", "test", author="u_2")], [])
    assert _count(r, "authors-across-splits") == 1
    assert r.checks[4].examples == ["author u_1 in ['test', 'train']"]


def test_reply_chains_cut_by_a_split_or_a_missing_parent():
    comments = [_c("p", "a1", "train"), _c("k", "a2", "test", parent="p"), _c("m", "a1", "train", parent="gone")]
    edges = [{"child_id": "k", "parent_id": "p", "article_id": "a2"}]
    r = audit_rows([], comments, edges)
    assert _count(r, "reply-chains-cut") == 3
    assert "parent_id k (test/a2) -> p (train/a1)" in r.checks[5].examples


def test_shipped_data_and_synthetic_build_are_clean(tmp_path):
    assert audit(REPO / "processed").clean
    assert main(["audit", str(REPO / "processed")]) == 0
    generate(tmp_path / "raw", pages=30, seed=0)
    build([tmp_path / "raw"], tmp_path / "out")
    report = audit(tmp_path / "out")
    assert report.clean, report.render()
    assert report.rows["articles"] == 30


def test_near_duplicate_pages_pinned_to_different_splits_fail_the_audit(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    body = ("The port authority approved the harbour expansion on Monday after months of talks with "
            "shipping firms, citing costs of 400 million and about 900 new jobs in the region by 2026.")
    for n, (text, split) in enumerate([(body, "train"), (body.replace("Monday", "Tuesday"), "test")]):
        (raw / f"p{n}.txt").write_text(f"{text}\n\nNotify of\n\nInline Feedbacks\nView all comments\n"
                                       f"24-03-0{n + 1} 10:00\n\nComment {n} on the plan.\n")
    (raw / "splits.tsv").write_text("article_id\tsplit\n" + "".join(
        f"{article_id_for(f'p{n}', None)}\t{s}\n" for n, s in enumerate(["train", "test"])))
    build([raw], tmp_path / "out")
    assert main(["audit", str(tmp_path / "out")]) == 1
    out = capsys.readouterr().out
    assert "LEAK article-near-duplicates: 1" in out and "leaks found" in out
