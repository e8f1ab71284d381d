"""JSON Schema -> Arrow schema -> ``datasets.Features``: one source of truth.

The files in ``schema/`` (reached through the package's ``schemas`` link) are the truth. Each
table schema is a flat object: every property is required (a row always has every key) and a
``null`` in its ``type`` makes it nullable. Types map as::

    string  -> string           (or the Arrow type named by "x-arrow", used for timestamps)
    integer -> int64
    number  -> float64
    boolean -> bool

Field order is the schema's property order; ``x-sort-key`` gives the row order of the written
files; ``x-schema-version`` is bumped whenever a schema changes (a test holds the hashes).
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path

import pyarrow as pa

TABLES = ("articles", "comments", "reply_edges", "ratings")
SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"

_SCALARS = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(),
            "boolean": pa.bool_()}
_XARROW = {"timestamp[ms]": pa.timestamp("ms"), "timestamp[ms, tz=UTC]": pa.timestamp("ms", tz="UTC")}


@functools.cache
def json_schema(name: str) -> dict:
    if name not in TABLES and name != "manifest":
        from .errors import UnknownTable
        raise UnknownTable(f"expected one of the tables {list(TABLES)}, got {name!r}")
    return json.loads((SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8"))


def schema_hash(name: str) -> str:
    """sha256 of the schema's canonical JSON (sorted keys, no whitespace)."""
    canonical = json.dumps(json_schema(name), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def schema_version() -> str:
    versions = {json_schema(t)["x-schema-version"] for t in TABLES + ("manifest",)}
    if len(versions) != 1:
        raise RuntimeError(f"expected one schema version across schema/, got {sorted(versions)}")
    return versions.pop()


def field_types(prop: dict) -> tuple[str, bool]:
    """(JSON type, nullable) of one property."""
    types = prop["type"] if isinstance(prop["type"], list) else [prop["type"]]
    nullable = "null" in types
    rest = [t for t in types if t != "null"]
    if len(rest) != 1:
        raise ValueError(f"expected one non-null JSON type, got {types}")
    return rest[0], nullable


@functools.cache
def arrow_schema(name: str) -> pa.Schema:
    doc = json_schema(name)
    fields = []
    for col, prop in doc["properties"].items():
        jtype, nullable = field_types(prop)
        atype = _XARROW[prop["x-arrow"]] if "x-arrow" in prop else _SCALARS[jtype]
        fields.append(pa.field(col, atype, nullable=nullable))
    return pa.schema(fields, metadata={b"newscomments.table": name.encode(),
                                       b"newscomments.schema_version": doc["x-schema-version"].encode()})


def features(name: str):
    """``datasets.Features`` of a table, derived from its Arrow schema."""
    import datasets
    return datasets.Features.from_arrow_schema(arrow_schema(name))


def sort_key(name: str) -> list[str]:
    return list(json_schema(name)["x-sort-key"])


def empty_table(name: str) -> pa.Table:
    return arrow_schema(name).empty_table()
