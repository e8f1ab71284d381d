"""Row checks (a vectorised fast path generated from schema/*.json, with ``jsonschema`` to
explain the rows it rejects) and cross-table checks. Every function returns a list of
problems; nothing stops at the first.

The fast path covers exactly what the table schemas can say about one row — Arrow types and
nullability, ``enum``, ``pattern``, ``minimum``/``maximum``, ``minLength`` — so it agrees
with ``jsonschema`` on every row (a property test proves it). ``jsonschema`` (Draft 2020-12)
is the reference; it is ~50x slower, so it only runs on rows the fast path flagged, and in
tests.
"""

from __future__ import annotations

import functools
from datetime import datetime, timezone

import pyarrow as pa
import pyarrow.compute as pc

from .schema import TABLES, arrow_schema, field_types, json_schema

MAX_EXPLAINED = 20  # rows per table explained with jsonschema; the rest are counted


def _ecma_pattern(validator, pattern, instance, schema):
    """``pattern`` with ECMA-262 semantics, as JSON Schema specifies: a final ``$`` matches
    only at the end of the string. Python's ``re`` (used by jsonschema) also lets it match
    before a final newline, which would accept "a_0123456789abcdef\n" as an id."""
    import re

    from jsonschema.exceptions import ValidationError
    if isinstance(instance, str) and not re.search(re.sub(r"(?<!\\)\$$", r"\\Z", pattern), instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def _is_json_number(checker, instance) -> bool:
    """JSON has no NaN or infinity: a non-finite float is not a JSON number."""
    import math

    import jsonschema
    if not jsonschema.Draft202012Validator.TYPE_CHECKER.is_type(instance, "number"):
        return False
    return not (isinstance(instance, float) and not math.isfinite(instance))


@functools.cache
def _validator(name: str):
    import jsonschema
    base = jsonschema.Draft202012Validator
    strict = jsonschema.validators.extend(
        base, {"pattern": _ecma_pattern},
        type_checker=base.TYPE_CHECKER.redefine("number", _is_json_number))
    return strict(json_schema(name))


def to_json_row(row: dict) -> dict:
    """An Arrow row (as Python values) in its JSON form: timestamps as ISO strings."""
    out = {}
    for k, v in row.items():
        if isinstance(v, datetime):
            if v.tzinfo is not None:
                v = v.astimezone(timezone.utc).replace(tzinfo=None).isoformat(timespec="seconds") + "Z"
            else:
                v = v.isoformat(timespec="seconds")
        out[k] = v
    return out


def jsonschema_errors(name: str, row: dict) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path)) or '(row)'}: {e.message}"
            for e in sorted(_validator(name).iter_errors(to_json_row(row)), key=lambda e: list(map(str, e.path)))]


def schema_problems(name: str, table: pa.Table, where: str) -> list[str]:
    """Differences between a table's Arrow schema and the one derived from schema/."""
    want = arrow_schema(name)
    got = table.schema
    problems = []
    if got.names != want.names:
        missing = [n for n in want.names if n not in got.names]
        extra = [n for n in got.names if n not in want.names]
        problems.append(f"{where}: expected columns {want.names}, got {got.names}"
                        f" (missing {missing}, extra {extra})")
    for f in want:
        if f.name in got.names:
            g = got.field(f.name)
            if g.type != f.type:
                problems.append(f"{where}: column {f.name}: expected type {f.type}, got {g.type}")
            elif g.nullable != f.nullable:
                problems.append(f"{where}: column {f.name}: expected nullable={f.nullable}, got {g.nullable}")
    return problems


def row_mask(name: str, table: pa.Table) -> pa.ChunkedArray | pa.Array:
    """Boolean array: True where a row breaks a per-row rule of the schema."""
    bad = pa.array([False] * table.num_rows, pa.bool_())
    for col, prop in json_schema(name)["properties"].items():
        arr = table.column(col)
        jtype, nullable = field_types(prop)
        checks = []
        if not nullable:
            checks.append(pc.is_null(arr))
        if "enum" in prop:
            values = [v for v in prop["enum"] if v is not None]
            # is_in says False for a null; nulls are the nullability check's business
            checks.append(pc.and_(pc.is_valid(arr), pc.invert(pc.is_in(arr, value_set=pa.array(values, arr.type)))))
        if "pattern" in prop and not pa.types.is_timestamp(arr.type):
            checks.append(pc.invert(pc.match_substring_regex(arr, prop["pattern"])))
        if "minLength" in prop:
            checks.append(pc.less(pc.utf8_length(arr), prop["minLength"]))
        if "minimum" in prop:
            checks.append(pc.less(arr, prop["minimum"]))
        if "maximum" in prop:
            checks.append(pc.greater(arr, prop["maximum"]))
        if jtype == "number":
            checks.append(pc.invert(pc.is_finite(arr)))
        for c in checks:
            bad = pc.or_(bad, pc.fill_null(c, False))
    return bad


def row_problems(name: str, table: pa.Table, where: str) -> list[str]:
    """Per-row schema problems, explained by jsonschema for the first rows flagged."""
    mask = row_mask(name, table)
    idx = pc.indices_nonzero(mask).to_pylist()
    problems = []
    for i in idx[:MAX_EXPLAINED]:
        row = table.slice(i, 1).to_pylist()[0]
        errors = jsonschema_errors(name, row) or ["rejected by the fast path"]
        problems.extend(f"{where}: row {i}: {e}" for e in errors)
    if len(idx) > MAX_EXPLAINED:
        problems.append(f"{where}: {len(idx) - MAX_EXPLAINED} more rows break the schema")
    return problems


def rows_to_table(name: str, rows: list[dict]) -> pa.Table:
    """Rows (dicts with every schema key) -> an Arrow table of the derived schema. Raises
    pa.ArrowInvalid / ArrowTypeError for a value of the wrong type."""
    schema = arrow_schema(name)
    cols = {f.name: [r[f.name] for r in rows] for f in schema}
    arrays = [pa.array(cols[f.name], type=f.type) for f in schema]
    return pa.Table.from_arrays(arrays, schema=schema)


def cross_table_problems(tables: dict[str, pa.Table]) -> list[str]:
    """Rules across tables: foreign keys, edges agreeing with parent_id, no cycles, a reply
    not earlier than its parent, ratings on existing targets and within their scale."""
    problems: list[str] = []
    arts = tables["articles"].select(["article_id"]).to_pylist()
    article_ids = [r["article_id"] for r in arts]
    aset = set(article_ids)
    if len(aset) != len(article_ids):
        problems.append("articles: duplicate article_id values")
    com = tables["comments"].select(["comment_id", "article_id", "parent_id", "posted_at",
                                     "date_ambiguous", "position"]).to_pylist()
    cmap = {}
    for r in com:
        if r["comment_id"] in cmap:
            problems.append(f"comments: duplicate comment_id {r['comment_id']}")
        cmap[r["comment_id"]] = r
        if r["article_id"] not in aset:
            problems.append(f"comments: comment {r['comment_id']} points at missing article {r['article_id']}")
    positions: dict[str, list[int]] = {}
    for r in com:
        positions.setdefault(r["article_id"], []).append(r["position"])
    for aid, pos in positions.items():
        if len(set(pos)) != len(pos):
            problems.append(f"comments: duplicate positions in article {aid}")
    edges = tables["reply_edges"].to_pylist()
    edge_parent = {}
    for e in edges:
        child, parent = cmap.get(e["child_id"]), cmap.get(e["parent_id"])
        if e["child_id"] in edge_parent:
            problems.append(f"reply_edges: comment {e['child_id']} has more than one parent edge")
        edge_parent[e["child_id"]] = e["parent_id"]
        if child is None:
            problems.append(f"reply_edges: child {e['child_id']} is not a comment")
        if parent is None:
            problems.append(f"reply_edges: parent {e['parent_id']} of {e['child_id']} is not a comment")
        if e["article_id"] not in aset:
            problems.append(f"reply_edges: edge {e['child_id']}->{e['parent_id']} points at missing article {e['article_id']}")
        if child and parent:
            if not (child["article_id"] == parent["article_id"] == e["article_id"]):
                problems.append(f"reply_edges: {e['child_id']}->{e['parent_id']} crosses articles")
            if e["child_id"] == e["parent_id"]:
                problems.append(f"reply_edges: {e['child_id']} replies to itself")
            elif parent["position"] >= child["position"] and child["article_id"] == parent["article_id"]:
                problems.append(f"reply_edges: {e['child_id']} (position {child['position']}) replies to a later comment {e['parent_id']} (position {parent['position']})")
            t_c, t_p = child["posted_at"], parent["posted_at"]
            if t_c and t_p and not child["date_ambiguous"] and not parent["date_ambiguous"] and t_c < t_p:
                problems.append(f"reply_edges: {e['child_id']} posted {t_c} is earlier than its parent {e['parent_id']} posted {t_p}")
    for r in com:
        if r["parent_id"] != edge_parent.get(r["comment_id"]):
            problems.append(f"comments: parent_id of {r['comment_id']} is {r['parent_id']} but reply_edges says {edge_parent.get(r['comment_id'])}")
    problems.extend(_cycles(edge_parent))
    for r in tables["ratings"].to_pylist():
        target = r["target_id"]
        if r["target_type"] == "article":
            ok = target in aset and target == r["article_id"]
        else:
            ok = target in cmap and cmap[target]["article_id"] == r["article_id"]
        if not ok:
            problems.append(f"ratings: {r['kind']} rating points at missing {r['target_type']} {target}")
        if r["kind"] == "stars":
            v, lo, hi = r["value"], r["scale_min"], r["scale_max"]
            if lo is None or hi is None or lo > hi:
                problems.append(f"ratings: star rating of {target} has no valid scale ({lo}..{hi})")
            elif v is not None and not lo <= v <= hi:
                problems.append(f"ratings: star rating {v} of {target} lies outside its scale {lo}..{hi}")
            if r["vote_count"] == 0 and v is not None:
                problems.append(f"ratings: star rating of {target} has 0 votes but a value {v}")
    return problems


def _cycles(parent_of: dict[str, str]) -> list[str]:
    problems, done = [], set()
    for start in sorted(parent_of):
        path, node = [], start
        seen_here = set()
        while node in parent_of and node not in done:
            if node in seen_here:
                cycle = path[path.index(node):]
                problems.append(f"reply_edges: cycle {' -> '.join(cycle + [node])}")
                break
            seen_here.add(node)
            path.append(node)
            node = parent_of[node]
        done.update(seen_here)
    return problems


def validate_tables(tables: dict[str, pa.Table], where: dict[str, str] | None = None) -> list[str]:
    """Every problem of a set of four tables: schema, rows, cross-table rules. A table whose
    schema is off is still checked row by row and across tables when it can be cast to the
    schema's types, so one wrong type does not hide a broken edge."""
    problems: list[str] = []
    where = where or {t: t for t in TABLES}
    usable: dict[str, pa.Table] = {}
    for name in TABLES:
        table = tables[name]
        sp = schema_problems(name, table, where[name])
        problems.extend(sp)
        if sp:
            try:
                table = table.select(arrow_schema(name).names).cast(arrow_schema(name))
            except (KeyError, pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError, ValueError):
                problems.append(f"{where[name]}: cannot be read with the schema's types; its rows and "
                                "cross-table rules were not checked")
                continue
        problems.extend(row_problems(name, table, where[name]))
        usable[name] = table
    if len(usable) == len(TABLES):
        problems.extend(cross_table_problems(usable))
    return problems
