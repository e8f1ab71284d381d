"""Reading a predictions file strictly: every line must be one JSON object.

Problems are collected, not raised one by one, so a user sees every bad line at once; each
names its line number. Checks of fields, types and ids are the tasks' (they know the fields);
the helpers here are shared by them.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from pathlib import Path

from ..textfiles import read_user_text

Record = tuple[int, dict]  # (1-based line number, object)


def read_jsonl(source: Path | str | Iterable[dict]) -> tuple[list[Record], list[str]]:
    """Records and problems from a JSONL file (or from dicts in memory, numbered from 1).
    Blank lines are allowed and skipped; anything else that is not a JSON object is a problem."""
    if isinstance(source, (str, Path)):
        text = read_user_text(Path(source), "a predictions file of JSON lines")
        items = enumerate(text.splitlines(), start=1)
        records, problems = [], []
        for n, line in items:
            if not line.strip():
                continue
            try:
                obj = json.loads(line, parse_constant=_no_constant)
            except (json.JSONDecodeError, ValueError) as exc:
                problems.append(f"line {n}: expected a JSON object, got malformed JSON ({exc})")
                continue
            if not isinstance(obj, dict):
                problems.append(f"line {n}: expected a JSON object, got {type(obj).__name__}")
                continue
            records.append((n, obj))
        return records, problems
    records, problems = [], []
    for n, obj in enumerate(source, start=1):
        if not isinstance(obj, dict):
            problems.append(f"line {n}: expected a JSON object, got {type(obj).__name__}")
        else:
            records.append((n, obj))
    return records, problems


def _no_constant(name: str):
    raise ValueError(f"{name} is not valid JSON")


def type_name(value) -> str:
    return "null" if value is None else type(value).__name__


def check_keys(n: int, obj: dict, required: tuple[str, ...], optional: tuple[str, ...]) -> list[str]:
    problems = []
    missing = [k for k in required if k not in obj]
    extra = sorted(k for k in obj if k not in required and k not in optional)
    if missing:
        problems.append(f"line {n}: expected the field(s) {missing}, got none")
    if extra:
        problems.append(f"line {n}: expected only the fields {list(required + optional)}, got also {extra}")
    return problems


def is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def check_ids(records: list[Record], expected: dict[str, str], *, what: str = "comment_id") -> tuple[dict[str, Record], list[str]]:
    """Index records by ``what``; report ids that are not strings, unknown (extra),
    duplicated or missing. Returns (id -> record of its first line, problems)."""
    problems: list[str] = []
    seen: dict[str, Record] = {}
    lines: dict[str, list[int]] = {}
    for n, obj in records:
        cid = obj.get(what)
        if what not in obj:
            continue  # reported by check_keys
        if not isinstance(cid, str):
            problems.append(f"line {n}: expected {what} to be a string, got {type_name(cid)} {cid!r}")
            continue
        lines.setdefault(cid, []).append(n)
        if cid not in expected:
            problems.append(f"line {n}: {what} {cid} is not an input of this task and split (extra id)")
            continue
        seen.setdefault(cid, (n, obj))
    for cid, ns in lines.items():
        if len(ns) > 1:
            problems.append(f"lines {', '.join(map(str, ns))}: duplicate {what} {cid}")
    missing = [cid for cid in expected if cid not in lines]
    if missing:
        shown = ", ".join(missing[:10]) + (f" ... ({len(missing)} in all)" if len(missing) > 10 else "")
        problems.append(f"missing predictions for {len(missing)} {what}(s): {shown}")
    return seen, problems
