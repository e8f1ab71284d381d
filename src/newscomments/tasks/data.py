"""What every task reads: rows of the built tables of one split, checked by the loader."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pyarrow as pa

from ..errors import InputError
from ..loader import read_tables
from ..splits import SPLITS

ALL = "all"  # every split together (for baselines, which learn nothing, on small corpora)


def split_rows(table: str, split: str, data_dir: Path | str | None) -> list[dict]:
    """Rows of ``table`` in ``split`` (or in every split for ``"all"``), as dicts."""
    if split not in SPLITS + (ALL,):
        raise InputError(f"expected a split in {list(SPLITS) + [ALL]}, got {split!r}")
    tables, _ = read_tables(table, data_dir)
    chosen = [tables[s] for s in SPLITS] if split == ALL else [tables[split]]
    return pa.concat_tables(chosen).to_pylist()


def iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True)
class TaskData:
    """Inputs and gold of one task on one split.

    ``inputs``: one record per article (what a model sees). ``ids``: every id a predictions file
    must cover, mapped to its article. ``gold``: the gold of the scored ids (a subset of
    ``ids``). ``position``: comment id -> (article id, position) of every input comment."""

    task: str
    split: str
    options: dict
    inputs: list[dict]
    ids: dict[str, str]
    gold: dict[str, object]
    position: dict[str, tuple[str, int]] = field(default_factory=dict)
