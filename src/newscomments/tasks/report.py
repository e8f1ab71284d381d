"""Markdown tables of scores and the marked sections of BENCHMARKS.md they go into."""

from __future__ import annotations

import statistics


def cell(values: list[float | None]) -> str:
    """One value, or mean ± population std over seeds; "–" when undefined."""
    vals = [v for v in values if v is not None]
    if not vals:
        return "–"
    if len(values) == 1:
        return f"{vals[0]:.3f}"
    return f"{statistics.fmean(vals):.3f} ± {statistics.pstdev(vals):.3f}"


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join(["---"] + ["---:"] * (len(header) - 1)) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)
