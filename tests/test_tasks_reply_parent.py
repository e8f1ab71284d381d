"""reply-parent: the evaluator's input checks (one test per case), metrics on a hand-computed
case, and inputs/gold from real builds (the seed, synthetic pages)."""

from __future__ import annotations

import json

import pytest

from newscomments.build import build
from newscomments.errors import InputError, InvalidPredictions
from newscomments.synthetic import generate
from newscomments.tasks import evaluate, prepare
from newscomments.tasks.data import TaskData

from .conftest import SEED

# Two articles: A (c1, c2, c3) and B (d1, d2). Gold: c2 -> c1, c3 -> c1, d2 -> d1.
DATA = TaskData(
    task="reply-parent", split="test", options={"gold": "structural"}, inputs=[],
    ids={"c1": "A", "c2": "A", "c3": "A", "d1": "B", "d2": "B"},
    gold={"c1": None, "c2": "c1", "c3": "c1", "d1": None, "d2": "d1"},
    position={"c1": ("A", 0), "c2": ("A", 1), "c3": ("A", 2), "d1": ("B", 0), "d2": ("B", 1)})
GOOD = [{"comment_id": "c1", "parent_id": None}, {"comment_id": "c2", "parent_id": "c1"},
        {"comment_id": "c3", "parent_id": "c2"}, {"comment_id": "d1", "parent_id": None},
        {"comment_id": "d2", "parent_id": None}]


def _problems(records, data=DATA) -> list[str]:
    with pytest.raises(InvalidPredictions) as exc:
        evaluate("reply-parent", records, data=data)
    return exc.value.problems


def _with(cid: str, **fields) -> list[dict]:
    return [dict(r, **fields) if r["comment_id"] == cid else r for r in GOOD]


def test_scores_a_hand_computed_case():
    s = evaluate("reply-parent", GOOD, data=DATA)
    assert s["comments"] == 5 and s["articles"] == 2 and s["replies"] == 3
    assert s["accuracy"] == pytest.approx(0.6)
    assert s["macro_accuracy"] == pytest.approx((2 / 3 + 1 / 2) / 2)
    assert (s["reply_precision"], s["reply_recall"]) == (pytest.approx(1.0), pytest.approx(2 / 3))
    assert s["reply_f1"] == pytest.approx(0.8) and s["root_f1"] == pytest.approx(0.8)
    assert s["mrr"] is None and s["hits@1"] is None


def test_ranking_gives_mrr_and_hits():
    ranked = [dict(r, ranking=rk) for r, rk in zip(GOOD, [[None], ["c1", None], ["c2", "c1", None],
                                                          [None], [None, "d1"]])]
    s = evaluate("reply-parent", ranked, data=DATA)
    assert s["mrr"] == pytest.approx((1 + 1 + 0.5 + 1 + 0.5) / 5)
    assert s["hits@1"] == pytest.approx(0.6) and s["hits@3"] == pytest.approx(1.0)


def test_scores_compare_predictions_with_gold_not_gold_with_itself():
    perfect = [{"comment_id": c, "parent_id": p} for c, p in DATA.gold.items()]
    assert evaluate("reply-parent", perfect, data=DATA)["accuracy"] == 1.0
    wrong = [{"comment_id": "c1", "parent_id": None}, {"comment_id": "c2", "parent_id": None},
             {"comment_id": "c3", "parent_id": "c2"}, {"comment_id": "d1", "parent_id": None},
             {"comment_id": "d2", "parent_id": None}]
    assert evaluate("reply-parent", wrong, data=DATA)["accuracy"] == pytest.approx(0.4)


def test_malformed_json_line_is_named_by_line_number(tmp_path):
    f = tmp_path / "p.jsonl"
    lines = [json.dumps(r) for r in GOOD]
    lines.insert(2, '{"comment_id": "c9", parent_id: null')
    f.write_text("\n".join(lines) + "\n")
    problems = _problems(f)
    assert problems[0].startswith("line 3: expected a JSON object, got malformed JSON")


def test_a_line_that_is_not_an_object_is_rejected(tmp_path):
    f = tmp_path / "p.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in GOOD) + '\n\n["c1", null]\n')
    assert _problems(f) == ["line 7: expected a JSON object, got list"]


def test_missing_id_is_named():
    assert _problems(GOOD[:4]) == ["missing predictions for 1 comment_id(s): d2"]


def test_extra_id_is_named():
    problems = _problems(GOOD + [{"comment_id": "zz", "parent_id": None}])
    assert problems == ["line 6: comment_id zz is not an input of this task and split (extra id)"]


def test_duplicate_id_names_both_lines():
    problems = _problems(GOOD + [{"comment_id": "c2", "parent_id": None}])
    assert problems == ["lines 2, 6: duplicate comment_id c2"]


def test_unknown_parent_id_is_named():
    assert _problems(_with("c3", parent_id="c_nope")) == [
        "line 3: comment c3: parent_id c_nope is not a comment of this task's inputs (unknown parent id)"]


def test_parent_in_another_article_is_rejected():
    assert _problems(_with("d2", parent_id="c1")) == [
        "line 5: comment d2: parent_id c1 is under article A, not under B (parent must be in the same article)"]


def test_parent_not_earlier_is_rejected():
    later = _problems(_with("c2", parent_id="c3"))
    assert later == ["line 2: comment c2 (position 1): parent_id c3 is at position 2, not earlier "
                     "(a parent must come before its reply)"]
    assert "not earlier" in _problems(_with("c2", parent_id="c2"))[0]  # itself


def test_wrong_types_are_rejected():
    assert _problems(_with("c2", parent_id=1)) == [
        "line 2: comment c2: expected parent_id to be a comment id string or null, got int 1"]
    problems = _problems([{"comment_id": 5, "parent_id": None}] + GOOD[1:])
    assert problems[0] == "line 1: expected comment_id to be a string, got int 5"
    assert problems[1] == "missing predictions for 1 comment_id(s): c1"


def test_missing_and_unknown_fields_are_rejected():
    assert _problems([{"comment_id": "c1"}] + GOOD[1:]) == ["line 1: expected the field(s) ['parent_id'], got none"]
    problems = _problems(_with("c1", parent=None))
    assert problems == ["line 1: expected only the fields ['comment_id', 'parent_id', 'ranking'], got also ['parent']"]


def test_ranking_checks():
    base = [dict(r, ranking=[r["parent_id"]]) for r in GOOD]
    bad_first = [dict(r, ranking=[None, "c1"]) if r["comment_id"] == "c2" else r for r in base]
    assert _problems(bad_first) == ["line 2: comment c2: expected ranking[0] to equal parent_id 'c1', got None"]
    repeated = [dict(r, ranking=["c1", "c1"]) if r["comment_id"] == "c2" else r for r in base]
    assert _problems(repeated) == ["line 2: comment c2: ranking repeats ['c1']"]
    later = [dict(r, ranking=["c1", "c3"]) if r["comment_id"] == "c2" else r for r in base]
    assert "ranking item c3 is at position 2, not earlier" in _problems(later)[0]
    partial = base[:2] + GOOD[2:]
    assert _problems(partial) == ["ranking given on 2 line(s) but missing on lines 3, 4, 5 (give it on every line or on none)"]
    empty = [dict(r, ranking=[]) if r["comment_id"] == "c1" else r for r in base]
    assert _problems(empty) == ["line 1: comment c1: expected ranking to be a non-empty list, got list []"]


def test_every_problem_is_reported_at_once():
    records = [{"comment_id": "c1", "parent_id": "c2"}, {"comment_id": "c2", "parent_id": 3},
               {"comment_id": "c2", "parent_id": None}]
    problems = _problems(records)
    assert len(problems) == 4  # duplicate c2, missing 3 ids, c1's later parent, c2's wrong type


def test_unknown_option_and_empty_split_are_input_errors(tmp_path):
    out = tmp_path / "seed"
    build([SEED], out)
    with pytest.raises(InputError, match="expected gold to be one of"):
        prepare("reply-parent", split="train", data_dir=out, gold="all")
    with pytest.raises(InputError, match="expected options among"):
        prepare("vote-ranking", split="train", data_dir=out, gold="structural")
    with pytest.raises(InputError, match="has no articles this task can score"):
        evaluate("reply-parent", [], split="test", data_dir=out)


def test_seed_inputs_hide_inferred_authors_and_markers(tmp_path):
    out = tmp_path / "seed"
    build([SEED], out)
    assert prepare("reply-parent", "train", out).ids == {}  # text page, no structural edges
    data = prepare("reply-parent", "train", out, gold="structural+markers")
    (article,) = data.inputs
    cs = article["comments"]
    # Candel and Gino8877 are inferred from later "Reply to" markers: the table has their keys,
    # the inputs must not.
    from newscomments.tasks.data import split_rows
    table = sorted(split_rows("comments", "train", out), key=lambda c: c["position"])
    assert [c["author_source"] for c in table] == ["inferred", "unknown", "inferred", "explicit", "unknown"]
    assert table[0]["author_key"] is not None
    assert [c["author_key"] is not None for c in cs] == [False, False, False, True, False]
    assert set(cs[0]) == {"comment_id", "position", "author_key", "author_name", "posted_at", "posted_raw",
                          "text", "kind", "is_image_only"}
    ids = [c["comment_id"] for c in cs]
    assert data.gold == {ids[0]: None, ids[1]: ids[0], ids[2]: None, ids[3]: ids[2], ids[4]: None}


def test_synthetic_build_gold_matches_the_generator(tmp_path):
    gold = generate(tmp_path / "raw", pages=6, seed=3)
    build([tmp_path / "raw"], tmp_path / "out")
    data = prepare("reply-parent", "all", tmp_path / "out")
    html = [g for g in gold if g["format"] != "wpdiscuz_text"]
    assert len(data.inputs) == len(html) == 4
    assert len(data.gold) == sum(len(g["comments"]) for g in html)
    replies = sum(1 for g in html for c in g["comments"] if c["parent_position"] is not None)
    assert sum(1 for v in data.gold.values() if v is not None) == replies
    marked = prepare("reply-parent", "all", tmp_path / "out", gold="structural+markers")
    assert len(marked.inputs) == 6
