"""vote-ranking: NDCG on hand-computed cases, tie-breaking, the input checks, a synthetic build."""

from __future__ import annotations

import math

import pytest

from newscomments.build import build
from newscomments.errors import InvalidPredictions
from newscomments.synthetic import generate
from newscomments.tasks import evaluate, prepare
from newscomments.tasks.data import TaskData

# One article, votes 3, 1, -1 at positions 0, 1, 2 -> gains 4, 2, 0.
DATA = TaskData(task="vote-ranking", split="test", options={}, inputs=[],
                ids={"a": "A", "b": "A", "c": "A"}, gold={"a": 3, "b": 1, "c": -1},
                position={"a": ("A", 0), "b": ("A", 1), "c": ("A", 2)})


def _scores(a, b, c):
    return [{"comment_id": "a", "score": a}, {"comment_id": "b", "score": b}, {"comment_id": "c", "score": c}]


def test_ndcg_hand_computed():
    s = evaluate("vote-ranking", _scores(1, 2, 0), data=DATA)  # order b, a, c -> gains 2, 4, 0
    ideal = 4 + 2 / math.log2(3)
    assert s["ndcg"] == pytest.approx((2 + 4 / math.log2(3)) / ideal)
    assert s["ndcg"] == pytest.approx(0.859719, abs=1e-6)
    assert s["ndcg@1"] == pytest.approx(0.5)
    assert (s["articles"], s["comments"]) == (1, 3)


def test_perfect_and_reversed_rankings():
    assert evaluate("vote-ranking", _scores(3, 2, 1), data=DATA)["ndcg"] == pytest.approx(1.0)
    worst = evaluate("vote-ranking", _scores(1, 2, 3), data=DATA)  # gains 0, 2, 4
    assert worst["ndcg"] == pytest.approx((2 / math.log2(3) + 4 / 2) / (4 + 2 / math.log2(3)))
    assert worst["ndcg@1"] == 0.0


def test_ties_go_to_page_order():
    assert evaluate("vote-ranking", _scores(0, 0, 0), data=DATA)["ndcg"] == pytest.approx(1.0)
    assert evaluate("vote-ranking", _scores(0, 5, 5), data=DATA)["ndcg@1"] == pytest.approx(0.5)


@pytest.mark.parametrize("bad, message", [
    ("1", "line 1: comment a: expected score to be a finite number, got str '1'"),
    (True, "line 1: comment a: expected score to be a finite number, got bool True"),
    (float("nan"), "line 1: comment a: expected score to be a finite number, got float nan"),
    (None, "line 1: comment a: expected score to be a finite number, got null None"),
])
def test_score_must_be_a_finite_number(bad, message):
    with pytest.raises(InvalidPredictions) as exc:
        evaluate("vote-ranking", _scores(bad, 1, 0), data=DATA)
    assert exc.value.problems == [message]


def test_nan_in_a_file_is_malformed_json(tmp_path):
    f = tmp_path / "p.jsonl"
    f.write_text('{"comment_id": "a", "score": NaN}\n{"comment_id": "b", "score": 1}\n{"comment_id": "c", "score": 0}\n')
    with pytest.raises(InvalidPredictions) as exc:
        evaluate("vote-ranking", f, data=DATA)
    assert exc.value.problems[0].startswith("line 1: expected a JSON object, got malformed JSON")
    assert exc.value.problems[1] == "missing predictions for 1 comment_id(s): a"


def test_missing_extra_and_duplicate_ids():
    with pytest.raises(InvalidPredictions) as exc:
        evaluate("vote-ranking", _scores(1, 2, 3)[:2] + [{"comment_id": "a", "score": 0},
                                                          {"comment_id": "z", "score": 0}], data=DATA)
    assert sorted(exc.value.problems) == sorted([
        "line 4: comment_id z is not an input of this task and split (extra id)",
        "lines 1, 3: duplicate comment_id a", "missing predictions for 1 comment_id(s): c"])


def test_synthetic_build_scores_only_pages_that_show_votes(tmp_path):
    gold = generate(tmp_path / "raw", pages=6, seed=3)
    build([tmp_path / "raw"], tmp_path / "out")
    data = prepare("vote-ranking", "all", tmp_path / "out")
    shown = [g for g in gold if g["format"] == "wpdiscuz_html"]
    assert len(data.inputs) == len(shown) == 2
    assert sorted(data.gold.values()) == sorted(c["net_votes"] for g in shown for c in g["comments"])
    assert all("net_votes" not in c and "upvotes" not in c for a in data.inputs for c in a["comments"])
