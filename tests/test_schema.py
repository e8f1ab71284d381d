"""schema/ is the single source of truth: Arrow schemas and datasets.Features derive from it,
the written files carry exactly that schema, and every row validates with jsonschema."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newscomments import model
from newscomments.schema import (TABLES, arrow_schema, features, field_types, json_schema,
                                 schema_hash, schema_version)
from newscomments.validate import jsonschema_errors

from .conftest import REPO

# Hashes of the schema files at each released schema version. Changing a schema without
# bumping "x-schema-version" (and adding its hashes there) fails the first test.
PINNED_FILE = REPO / "tests" / "expected" / "schema_hashes.json"


def test_schema_change_requires_version_bump():
    pinned = json.loads(PINNED_FILE.read_text())
    version = schema_version()
    assert version in pinned, f"schema version {version} has no pinned hashes in {PINNED_FILE}"
    for name in TABLES + ("manifest",):
        assert schema_hash(name) == pinned[version][name], (
            f"schema/{name}.schema.json changed without bumping x-schema-version ({version})")


@pytest.mark.parametrize("name", TABLES)
def test_arrow_and_features_agree_with_json_schema(name):
    doc = json_schema(name)
    props = doc["properties"]
    schema = arrow_schema(name)
    feats = features(name)
    assert schema.names == list(props) == list(feats) == doc["required"]
    assert doc["additionalProperties"] is False
    for f in schema:
        jtype, nullable = field_types(props[f.name])
        assert f.nullable == nullable
        expected = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(),
                    "boolean": pa.bool_()}[jtype]
        if "x-arrow" in props[f.name]:
            assert pa.types.is_timestamp(f.type)
            assert str(f.type) == props[f.name]["x-arrow"]
        else:
            assert f.type == expected
        assert feats[f.name].pa_type == f.type


def test_enums_match_the_model():
    c = json_schema("comments")["properties"]
    assert [v for v in c["author_source"]["enum"] if v] == list(model.AUTHOR_SOURCES)
    assert [v for v in c["kind"]["enum"] if v] == list(model.COMMENT_KINDS)
    assert [v for v in c["posted_precision"]["enum"] if v] == list(model.DATE_PRECISIONS)
    assert [v for v in c["date_order"]["enum"] if v] == list(model.DATE_ORDERS)
    assert [v for v in c["date_order_basis"]["enum"] if v] == list(model.DATE_ORDER_BASES)
    assert json_schema("reply_edges")["properties"]["method"]["enum"] == list(model.EDGE_METHODS)


def _parquet_files():
    return sorted((REPO / "processed").glob("*/*.parquet"))


def test_committed_files_exist():
    assert {p.parent.name for p in _parquet_files()} == set(TABLES)


@pytest.mark.parametrize("path", _parquet_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_written_file_has_exactly_the_derived_schema_and_valid_rows(path):
    table = pq.read_table(path)
    name = path.parent.name
    assert table.schema.equals(arrow_schema(name), check_metadata=True)
    meta = pq.ParquetFile(path).metadata
    assert meta.created_by.startswith("parquet-cpp-arrow version 26.0.1")
    for row in table.to_pylist():
        assert jsonschema_errors(name, row) == []


def test_a_built_wheel_carries_every_schema_file():
    # The package reads schema/ through its `schemas` link; an installed wheel has no link, so
    # the package data must copy every schema file in (a wheel without them failed to import
    # its tables' schemas).
    import tomllib
    patterns = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["newscomments"]
    package = REPO / "src" / "newscomments"
    shipped = {p.resolve() for pattern in patterns for p in package.glob(pattern)}
    assert {p.resolve() for p in (REPO / "schema").glob("*.json")} <= shipped
    assert len(list((REPO / "schema").glob("*.json"))) == len(TABLES) + 1
