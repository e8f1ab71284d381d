"""Integrity: page checksums catch a flipped bit, truncated files give a clear error."""

from __future__ import annotations

import json
import shutil

import pyarrow.parquet as pq
import pytest

import newscomments
from newscomments.errors import IntegrityError
from newscomments.manifest import verify
from newscomments.storage import sha256_file

from .conftest import REPO


def _flip_in_data_page(path):
    md = pq.ParquetFile(path).metadata
    col = md.schema.names.index("text") if "text" in md.schema.names else 0
    cc = md.row_group(0).column(col)
    start = cc.dictionary_page_offset if cc.has_dictionary_page else cc.data_page_offset
    pos = start + cc.total_compressed_size - 8  # inside the last data page's payload
    blob = bytearray(path.read_bytes())
    blob[pos] ^= 0x10
    path.write_bytes(bytes(blob))


def test_flipped_bit_in_a_data_page_is_caught_even_with_a_matching_manifest(tmp_path):
    data = tmp_path / "processed"
    shutil.copytree(REPO / "processed", data)
    f = data / "comments" / "train-00000-of-00001.parquet"
    _flip_in_data_page(f)
    # forge the manifest so only the Parquet page checksum can notice
    m = json.loads((data / "manifest.json").read_text())
    for entry in m["files"]:
        if entry["path"] == "comments/train-00000-of-00001.parquet":
            entry["sha256"] = sha256_file(f)
    (data / "manifest.json").write_text(json.dumps(m))
    with pytest.raises(IntegrityError, match="expected a readable Parquet file"):
        newscomments.load("comments", data_dir=data)
    problems = verify(data)
    assert any("comments/train-00000-of-00001.parquet: unreadable Parquet" in p for p in problems)


def test_truncated_file_is_a_clear_error(tmp_path):
    data = tmp_path / "processed"
    shutil.copytree(REPO / "processed", data)
    f = data / "articles" / "train-00000-of-00001.parquet"
    f.write_bytes(f.read_bytes()[: f.stat().st_size // 2])
    m = json.loads((data / "manifest.json").read_text())
    for entry in m["files"]:
        if entry["path"] == "articles/train-00000-of-00001.parquet":
            entry["sha256"] = sha256_file(f)
    (data / "manifest.json").write_text(json.dumps(m))
    with pytest.raises(IntegrityError, match="articles/train-00000-of-00001.parquet: expected a readable Parquet file"):
        newscomments.load("articles", data_dir=data)


def test_broken_manifest_is_refused(tmp_path):
    data = tmp_path / "processed"
    shutil.copytree(REPO / "processed", data)
    (data / "manifest.json").write_text("{not json")
    with pytest.raises(IntegrityError, match="manifest.json: expected JSON"):
        newscomments.load("comments", data_dir=data)
    (data / "manifest.json").write_text(json.dumps({"manifest_version": 1}))
    with pytest.raises(IntegrityError, match="not a valid manifest"):
        newscomments.load("comments", data_dir=data)


def test_verify_lists_extra_and_missing_files(tmp_path):
    data = tmp_path / "processed"
    shutil.copytree(REPO / "processed", data)
    (data / "ratings" / "train-00000-of-00001.parquet").unlink()
    (data / "notes.txt").write_text("x")
    problems = verify(data)
    assert "ratings/train-00000-of-00001.parquet: listed in the manifest but missing" in problems
    assert "notes.txt: not listed in the manifest (extra file)" in problems
