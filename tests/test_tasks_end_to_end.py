"""From a fresh checkout: synthetic pages -> build -> baseline predictions -> `newscomments evaluate`,
all as subprocesses of the command line; and a bad predictions file rejected with exit code 2."""

from __future__ import annotations

import json
import subprocess
import sys

from newscomments.tasks import prepare
from newscomments.tasks.baselines import predict


def _cli(*args, cwd):
    return subprocess.run([sys.executable, "-m", "newscomments.cli", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def test_synthetic_build_baseline_evaluate(tmp_path):
    r = _cli("synthetic", "raw", "--pages", "9", "--seed", "0", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "wrote 9 synthetic pages" in r.stdout
    r = _cli("build", "raw", "--out", "built", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "articles per split: train 3, validation 3, test 3" in r.stdout
    preds = tmp_path / "previous.jsonl"
    r = _cli("baseline", "reply-parent", "previous-comment", "--data-dir", "built", "--out", preds, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    data = prepare("reply-parent", "test", tmp_path / "built")
    assert [json.loads(x) for x in preds.read_text().splitlines()] == \
        predict("reply-parent", "previous-comment", data.inputs)
    r = _cli("evaluate", "reply-parent", preds, "--split", "test", "--data-dir", "built", "--json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    scores = json.loads(r.stdout)
    assert (scores["articles"], scores["comments"]) == (2, 25)
    assert round(scores["accuracy"], 4) == 0.52
    assert (round(scores["mrr"], 4), scores["hits@3"], scores["reply_recall"]) == (0.6262, 0.64, 1.0)

    # A broken file: a later parent and a malformed line -> exit 2, each problem named.
    lines = preds.read_text().splitlines()
    first = json.loads(lines[0])
    first["parent_id"] = json.loads(lines[1])["comment_id"]
    first["ranking"] = [first["parent_id"]] + [x for x in first["ranking"] if x != first["parent_id"]]
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join([json.dumps(first)] + lines[1:5] + ["{oops"] + lines[5:]) + "\n")
    r = _cli("evaluate", "reply-parent", bad, "--data-dir", "built", cwd=tmp_path)
    assert r.returncode == 2
    assert "line 6: expected a JSON object, got malformed JSON" in r.stderr
    assert f"line 1: comment {first['comment_id']} (position 0): parent_id {first['parent_id']} is at position 1" in r.stderr

    # Gold with "Reply to" markers scores more comments: the baseline writes predictions for it.
    r = _cli("evaluate", "reply-parent", preds, "--data-dir", "built", "--gold", "structural+markers", cwd=tmp_path)
    assert r.returncode == 2 and "missing predictions for 11 comment_id(s)" in r.stderr
    marked = tmp_path / "marked.jsonl"
    r = _cli("baseline", "reply-parent", "previous-comment", "--data-dir", "built", "--gold", "structural+markers",
             "--out", marked, cwd=tmp_path)
    assert r.returncode == 0 and "wrote 36 predictions" in r.stderr
    r = _cli("evaluate", "reply-parent", marked, "--data-dir", "built", "--gold", "structural+markers", "--json",
             cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert (json.loads(r.stdout)["comments"], json.loads(r.stdout)["gold"]) == (36, "structural+markers")
    r = _cli("baseline", "reply-parent", "previous-comment", "--data-dir", "built", "--gold", "nope", cwd=tmp_path)
    assert r.returncode == 2 and "expected gold to be one of ['structural', 'structural+markers']" in r.stderr
    r = _cli("baseline", "vote-ranking", "page-order", "--data-dir", "built", "--gold", "structural", cwd=tmp_path)
    assert r.returncode == 2 and "expected options among [], got ['gold']" in r.stderr

    r = _cli("audit", "built", cwd=tmp_path)
    assert r.returncode == 0 and "clean: no leaks across splits" in r.stdout
    r = _cli("baseline", "reply-parent", "oracle", "--data-dir", "built", cwd=tmp_path)
    assert r.returncode == 2 and "expected a reply-parent baseline in" in r.stderr
    r = _cli("evaluate", "no-such-task", preds, "--data-dir", "built", cwd=tmp_path)
    assert r.returncode == 2 and "expected a task in ['reply-parent', 'vote-ranking']" in r.stderr
