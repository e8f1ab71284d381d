"""Metric functions: pure, on plain Python lists; each documents its edge cases."""

from __future__ import annotations

import math
from collections.abc import Sequence


def mean(values: Sequence[float]) -> float | None:
    """Arithmetic mean; None for no values (never 0, which would look like a score)."""
    return sum(values) / len(values) if values else None


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """(precision, recall, F1); each is 0.0 when its denominator is 0."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def reciprocal_rank(ranking: Sequence, gold) -> float:
    """1 / (1-based rank of ``gold`` in ``ranking``); 0.0 when it is not ranked."""
    for i, item in enumerate(ranking):
        if item == gold:
            return 1.0 / (i + 1)
    return 0.0


def hit_at(ranking: Sequence, gold, k: int) -> float:
    return 1.0 if gold in list(ranking[:k]) else 0.0


def dcg(gains: Sequence[float], k: int | None = None) -> float:
    """Sum of gain_i / log2(i + 1) over the first k ranks (i is 1-based)."""
    top = gains if k is None else gains[:k]
    return sum(g / math.log2(i + 2) for i, g in enumerate(top))


def ndcg(ranked_gains: Sequence[float], k: int | None = None) -> float | None:
    """DCG@k of the ranking over DCG@k of the ideal ordering; None when the ideal DCG is 0
    (nothing to rank: every gain 0)."""
    ideal = dcg(sorted(ranked_gains, reverse=True), k)
    if ideal == 0:
        return None
    return dcg(ranked_gains, k) / ideal
