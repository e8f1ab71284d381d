"""The fast vectorised row check agrees with jsonschema (the reference) on every row."""

from __future__ import annotations

from datetime import datetime, timezone

import pyarrow as pa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscomments.schema import TABLES, arrow_schema, field_types, json_schema
from newscomments.validate import jsonschema_errors, row_mask


def _value(prop: dict, f: pa.Field):
    jtype, nullable = field_types(prop)
    options = []
    if pa.types.is_timestamp(f.type):
        tz = timezone.utc if f.type.tz else None
        options.append(st.datetimes(min_value=datetime(1970, 1, 2), max_value=datetime(2100, 1, 1),
                                    timezones=st.just(tz) if tz else st.none()).map(lambda d: d.replace(microsecond=0)))
    elif "enum" in prop:
        options.append(st.sampled_from([v for v in prop["enum"] if v is not None]))
        options.append(st.text(max_size=8))
    elif jtype == "string":
        if "pattern" in prop:
            options.append(st.from_regex(prop["pattern"], fullmatch=True))
        options.append(st.text(max_size=12))
    elif jtype == "integer":
        options.append(st.integers(min_value=-5, max_value=10**6))
    elif jtype == "number":
        options.append(st.floats(allow_nan=True, allow_infinity=True, width=64))
        options.append(st.floats(min_value=-1, max_value=2))
    elif jtype == "boolean":
        options.append(st.booleans())
    # a null sometimes even where the schema forbids it: both checks must refuse it
    options.append(st.none())
    return st.one_of(*options)


def rows(name: str):
    schema = arrow_schema(name)
    props = json_schema(name)["properties"]
    return st.lists(st.fixed_dictionaries({f.name: _value(props[f.name], f) for f in schema}),
                    min_size=1, max_size=8)


def _table(name, rs):
    schema = arrow_schema(name)
    relaxed = pa.schema([f.with_nullable(True) for f in schema])
    return pa.Table.from_pylist(rs, schema=relaxed)


for _name in TABLES:
    def _make(name):
        @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
        @given(rows(name))
        def test(rs):
            table = _table(name, rs)
            fast = row_mask(name, table).to_pylist()
            reference = [bool(jsonschema_errors(name, r)) for r in table.to_pylist()]
            assert fast == reference
        test.__name__ = f"test_fast_path_agrees_with_jsonschema_{name}"
        return test
    globals()[f"test_fast_path_agrees_with_jsonschema_{_name}"] = _make(_name)


def test_trailing_newline_in_an_id_is_refused_by_both():
    schema = arrow_schema("reply_edges")
    row = {"child_id": "c_0123456789abcdef\n", "parent_id": "c_0123456789abcdee",
           "article_id": "a_0123456789abcdef", "method": "html-nesting", "confidence": 1.0,
           "synthetic": False}
    table = pa.Table.from_pylist([row], schema=schema)
    assert row_mask("reply_edges", table).to_pylist() == [True]
    assert jsonschema_errors("reply_edges", row) == [
        "child_id: 'c_0123456789abcdef\\n' does not match '^c_[0-9a-f]{16}$'"]


def test_nan_and_infinity_are_not_json_numbers_for_either_check():
    row = {"target_type": "article", "target_id": "a_0000000000000000", "article_id": "a_0000000000000000",
           "kind": "stars", "value": float("nan"), "vote_count": 2, "scale_min": 1.0, "scale_max": 5.0,
           "scale_source": "default", "observed_at": None, "synthetic": False}
    for bad in (float("nan"), float("inf")):
        row["value"] = bad
        table = pa.Table.from_pylist([row], schema=arrow_schema("ratings"))
        assert row_mask("ratings", table).to_pylist() == [True]
        assert jsonschema_errors("ratings", row) == [f"value: {bad!r} is not of type 'number', 'null'"]
