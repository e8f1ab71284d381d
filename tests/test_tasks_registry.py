"""Meta-tests over the task registry and the baselines; the metric functions."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscomments.build import build
from newscomments.synthetic import generate
from newscomments.tasks import TASKS, evaluate, metrics, prepare
from newscomments.tasks.baselines import BASELINES, RANDOMISED, predict

TESTS = Path(__file__).resolve().parent


@pytest.mark.parametrize("name", sorted(TASKS))
def test_every_task_is_complete_and_has_its_evaluator_tests(name):
    module = TASKS[name]
    assert module.NAME == name
    assert module.TABLES and set(module.TABLES) <= {"articles", "comments", "reply_edges", "ratings"}
    assert "JSON lines" in module.expected_input_format
    assert all(callable(getattr(module, f)) for f in ("prepare", "check", "score"))
    assert (TESTS / f"test_tasks_{name.replace('-', '_')}.py").is_file()
    assert set(BASELINES) == set(TASKS)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("syn")
    generate(tmp / "raw", pages=9, seed=0)
    build([tmp / "raw"], tmp / "out")
    return tmp / "out"


def test_every_baseline_passes_the_checks_on_every_split(built):
    for task in TASKS:
        for split in ("train", "validation", "test"):
            data = prepare(task, split, built)
            assert data.ids, (task, split)
            for name in BASELINES[task]:
                scores = evaluate(task, predict(task, name, data.inputs, seed=1), data=data)
                assert scores["comments"] == len(data.gold if task == "reply-parent" else data.ids)


def test_baseline_figures_on_the_synthetic_test_split(built):
    rp = prepare("reply-parent", "test", built)
    got = {b: round(evaluate("reply-parent", predict("reply-parent", b, rp.inputs), data=rp)["accuracy"], 4)
           for b in BASELINES["reply-parent"]}
    assert rp.ids and len(rp.gold) == 25
    assert got == {"all-root": 0.44, "previous-comment": 0.52, "previous-other-author": 0.52,
                   "text-address": 0.64, "random-earlier": 0.24}
    vr = prepare("vote-ranking", "test", built)
    ndcg = round(evaluate("vote-ranking", predict("vote-ranking", "page-order", vr.inputs), data=vr)["ndcg"], 4)
    assert ndcg == 0.9409


def test_randomised_baselines_depend_on_the_seed_only(built):
    data = prepare("reply-parent", "train", built)
    for name in RANDOMISED & set(BASELINES["reply-parent"]):
        a = predict("reply-parent", name, data.inputs, seed=1)
        assert a == predict("reply-parent", name, data.inputs, seed=1)
        assert a != predict("reply-parent", name, data.inputs, seed=2)


def test_metric_functions_on_hand_computed_values():
    assert metrics.mean([]) is None and metrics.mean([1, 2]) == 1.5
    assert metrics.f1(2, 0, 1) == (1.0, 2 / 3, 0.8)
    assert metrics.f1(0, 0, 0) == (0.0, 0.0, 0.0)
    assert metrics.reciprocal_rank(["x", None, "y"], None) == 0.5
    assert metrics.reciprocal_rank(["x"], "y") == 0.0
    assert metrics.hit_at(["x", "y", "z"], "z", 2) == 0.0 and metrics.hit_at(["x", "y", "z"], "z", 3) == 1.0
    assert metrics.dcg([3, 2, 1]) == pytest.approx(3 + 2 / 1.584963 + 1 / 2, abs=1e-6)
    assert metrics.ndcg([0, 0]) is None
    assert metrics.ndcg([1, 0, 2], k=2) == pytest.approx(1 / (2 + 1 / 1.584963), abs=1e-6)
