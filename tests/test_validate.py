"""validate: every row against the schemas plus the cross-table rules; every problem listed."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from newscomments.validate import cross_table_problems, validate_tables

from .conftest import REPO

CLI = [sys.executable, "-m", "newscomments.cli"]


def _tables():
    return {t: pq.read_table(REPO / "processed" / t / "train-00000-of-00001.parquet")
            for t in ("articles", "comments", "reply_edges", "ratings")}


def _set(table: pa.Table, col: str, values) -> pa.Table:
    i = table.schema.get_field_index(col)
    return table.set_column(i, table.schema.field(i), pa.array(values, table.schema.field(i).type))


def test_shipped_tables_are_valid():
    assert validate_tables(_tables()) == []


def test_cli_validate_passes_on_the_built_data():
    r = subprocess.run(CLI + ["validate", str(REPO / "processed")], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "valid (articles 1 rows, comments 5 rows, reply_edges 2 rows, ratings 1 rows" in r.stdout


def test_cli_validate_lists_a_broken_edge_a_foreign_key_and_a_type(tmp_path):
    data = tmp_path / "processed"
    shutil.copytree(REPO / "processed", data)
    t = _tables()
    # 1. an edge whose parent does not exist
    edges = t["reply_edges"]
    parents = edges.column("parent_id").to_pylist()
    parents[0] = "c_" + "f" * 16
    pq.write_table(_set(edges, "parent_id", parents), data / "reply_edges" / "train-00000-of-00001.parquet")
    # 2. a comment under an article that does not exist
    com = t["comments"]
    arts = com.column("article_id").to_pylist()
    arts[4] = "a_" + "0" * 16
    pq.write_table(_set(com, "article_id", arts), data / "comments" / "train-00000-of-00001.parquet")
    # 3. a column of the wrong type
    rat = t["ratings"]
    i = rat.schema.get_field_index("vote_count")
    rat = rat.set_column(i, pa.field("vote_count", pa.string()), pc.cast(rat.column(i), pa.string()))
    pq.write_table(rat, data / "ratings" / "train-00000-of-00001.parquet")

    r = subprocess.run(CLI + ["validate", str(data)], capture_output=True, text=True)
    assert r.returncode == 1
    out = r.stdout
    assert "parent c_ffffffffffffffff of " in out and "is not a comment" in out
    assert "points at missing article a_0000000000000000" in out
    assert "column vote_count: expected type int64, got string" in out
    assert "problem(s):" in out and "Traceback" not in out + r.stderr


def test_row_rules_are_reported_with_jsonschema_paths():
    t = _tables()
    t["comments"] = _set(t["comments"], "kind", ["comment", "reply", "comment", "comment", "comment"])
    t["ratings"] = _set(t["ratings"], "value", [7.5])
    problems = validate_tables(t)
    assert any("comments: row 1: kind: 'reply' is not one of" in p for p in problems)
    assert any("star rating 7.5" in p and "outside its scale 1.0..5.0" in p for p in problems)


def test_cross_table_rules_each_caught():
    t = _tables()
    com = t["comments"]
    ids = com.column("comment_id").to_pylist()
    # parent_id disagreeing with reply_edges, a forward reply, and a cycle
    parents = [ids[1], ids[0], None, ids[2], ids[3]]
    t["comments"] = _set(com, "parent_id", parents)
    problems = cross_table_problems(t)
    assert any(f"parent_id of {ids[0]} is {ids[1]} but reply_edges says None" in p for p in problems)
    edges = pa.Table.from_pylist(
        [{"child_id": ids[0], "parent_id": ids[1], "article_id": com.column("article_id")[0].as_py(),
          "method": "html-nesting", "confidence": 1.0, "synthetic": False},
         {"child_id": ids[1], "parent_id": ids[0], "article_id": com.column("article_id")[0].as_py(),
          "method": "html-nesting", "confidence": 1.0, "synthetic": False}],
        schema=t["reply_edges"].schema)
    t["reply_edges"] = edges
    problems = cross_table_problems(t)
    assert any("replies to a later comment" in p for p in problems)
    assert any(p.startswith("reply_edges: cycle ") for p in problems)


def test_reply_earlier_than_parent_is_caught():
    t = _tables()
    com = t["comments"]
    times = com.column("posted_at").to_pylist()
    times[1] = times[0].replace(hour=10)  # the reply (position 1) before its parent
    t["comments"] = _set(com, "posted_at", times)
    problems = cross_table_problems(t)
    assert any("is earlier than its parent" in p for p in problems)


def test_rating_on_a_missing_target_is_caught():
    t = _tables()
    t["ratings"] = _set(t["ratings"], "target_id", ["a_" + "9" * 16])
    assert any("points at missing article" in p for p in cross_table_problems(t))


@pytest.mark.parametrize("args", [["validate", "/nonexistent/folder"]])
def test_cli_validate_missing_folder_is_exit_2(args):
    r = subprocess.run(CLI + args, capture_output=True, text=True)
    assert r.returncode == 2
    assert "expected a folder with built tables" in r.stderr and "Traceback" not in r.stderr
