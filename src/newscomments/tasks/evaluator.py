"""The evaluator: check a predictions file strictly, then score it.

Order matters: nothing is scored until every line passed every check (malformed JSON, fields,
types, missing / extra / duplicate ids, parents that are unknown, in another article or not
earlier). Problems are collected and raised together as :class:`InvalidPredictions`, each
naming its line and ids.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

from ..errors import InputError, InvalidPredictions
from .data import TaskData
from .predictions import read_jsonl


def get_task(name: str) -> ModuleType:
    from . import TASKS
    if name not in TASKS:
        raise InputError(f"expected a task in {sorted(TASKS)}, got {name!r}")
    return TASKS[name]


def prepare(task: str, split: str = "test", data_dir: Path | str | None = None, **options) -> TaskData:
    module = get_task(task)
    unknown = sorted(set(options) - set(module.OPTIONS))
    if unknown:
        raise InputError(f"task {task}: expected options among {sorted(module.OPTIONS)}, got {unknown}")
    return module.prepare(split=split, data_dir=data_dir, **options)


def evaluate(task: str, predictions: Path | str | Iterable[dict], split: str = "test",
             data_dir: Path | str | None = None, data: TaskData | None = None, **options) -> dict:
    """Scores of ``predictions`` (a JSONL path, or dicts in memory) on ``split``.
    Pass ``data`` (from :func:`prepare`) to score several files against one preparation."""
    module = get_task(task)
    if data is None:
        data = prepare(task, split, data_dir, **options)
    elif data.task != task:
        raise InputError(f"expected data prepared for {task}, got data for {data.task}")
    if not data.ids:
        raise InputError(f"task {task}: split {data.split!r} has no articles this task can score "
                         f"(options {data.options})")
    records, problems = read_jsonl(predictions)
    problems += module.check(records, data)
    if problems:
        raise InvalidPredictions(problems)
    return module.score(records, data)
