"""Benchmark tasks. One module per task; this dict is the only registry.

A task module provides ``NAME``, ``TABLES`` (the tables it reads), ``OPTIONS`` (option name ->
allowed values, first = default), ``expected_input_format`` (the predictions file it scores),
``prepare(split, data_dir, **options) -> TaskData`` (inputs and gold from the built tables),
``check(records, data) -> problems`` and ``score(records, data) -> dict``.

    from newscomments.tasks import evaluate, prepare
    data = prepare("reply-parent", split="test")          # data.inputs: what a model sees
    scores = evaluate("reply-parent", "predictions.jsonl", split="test")
"""

from __future__ import annotations

from types import ModuleType

from . import reply_parent, vote_ranking
from .evaluator import evaluate, get_task, prepare

TASKS: dict[str, ModuleType] = {
    reply_parent.NAME: reply_parent,
    vote_ranking.NAME: vote_ranking,
}

__all__ = ["TASKS", "evaluate", "get_task", "prepare"]
