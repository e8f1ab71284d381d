"""newscomments.load: DatasetDict with the schema's features, after checking the manifest."""

from __future__ import annotations

import os
import shutil

import datasets
import pytest

import newscomments
from newscomments.errors import ChecksumMismatch, IntegrityError, InputError
from newscomments.loader import load_polars
from newscomments.schema import TABLES, features

from .conftest import REPO
from .pages import write_pages


@pytest.mark.parametrize("table", TABLES)
def test_load_gives_three_splits_with_schema_features(table):
    dd = newscomments.load(table)
    assert isinstance(dd, datasets.DatasetDict)
    assert list(dd) == ["train", "validation", "test"]
    for split in dd.values():
        assert split.features == features(table)
    # the one-page sample: everything in train, empty splits still exist and load
    assert dd["validation"].num_rows == 0 and dd["test"].num_rows == 0
    assert dd["train"].num_rows == {"articles": 1, "comments": 5, "reply_edges": 2, "ratings": 1}[table]


def test_load_one_split_gives_a_dataset():
    ds = newscomments.load("comments", split="train")
    assert isinstance(ds, datasets.Dataset) and ds.split == "train"
    assert ds.num_rows == 5


def test_vanilla_load_dataset_works_without_our_code():
    dd = datasets.load_dataset(str(REPO / "processed"), "comments")
    assert list(dd) == ["train"]  # the card lists only non-empty splits
    assert dd["train"].num_rows == 5
    assert dd["train"].features == features("comments")
    assert dd["train"]["posted_raw"][0] == "23-02-23 20:54"


def test_changed_file_raises_a_named_error_with_both_hashes(tmp_path):
    data = tmp_path / "processed"
    shutil.copytree(REPO / "processed", data)
    f = data / "comments" / "train-00000-of-00001.parquet"
    blob = bytearray(f.read_bytes())
    blob[len(blob) // 2] ^= 0x01
    f.write_bytes(bytes(blob))
    with pytest.raises(ChecksumMismatch) as info:
        newscomments.load("comments", data_dir=data)
    err = info.value
    assert err.path.endswith("comments/train-00000-of-00001.parquet")
    assert err.expected != err.actual and len(err.actual) == 64
    assert err.expected in str(err) and err.actual in str(err)
    # other tables are untouched and still load
    assert newscomments.load("articles", data_dir=data)["train"].num_rows == 1


def test_missing_and_extra_files_are_refused(tmp_path):
    data = tmp_path / "processed"
    shutil.copytree(REPO / "processed", data)
    shutil.copy(data / "ratings" / "train-00000-of-00001.parquet", data / "ratings" / "test-00000-of-00001.parquet")
    with pytest.raises(IntegrityError, match="extra"):
        newscomments.load("ratings", data_dir=data)
    os.remove(data / "reply_edges" / "train-00000-of-00001.parquet")
    with pytest.raises(IntegrityError, match="missing"):
        newscomments.load("reply_edges", data_dir=data)


def test_stale_cache_is_never_served_after_a_same_mtime_change(tmp_path):
    raw = tmp_path / "raw"
    write_pages(raw, [1, 2, 3])
    out = tmp_path / "out"
    from newscomments.build import build
    build([raw], out)
    before = newscomments.load("comments", data_dir=out)
    n_before = sum(d.num_rows for d in before.values())
    f = next((out / "comments").glob("*.parquet"))
    st = os.stat(f)
    # replace the dataset by a different build, keeping the file's modification time
    write_pages(raw, [4])
    build([raw], tmp_path / "other")
    for g in (tmp_path / "other").rglob("*"):
        if g.is_file():
            dst = out / g.relative_to(tmp_path / "other")
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(g, dst)
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns))
    after = newscomments.load("comments", data_dir=out)
    assert sum(d.num_rows for d in after.values()) == n_before + 3


def test_bad_arguments_are_clear_errors(tmp_path):
    with pytest.raises(InputError, match="expected one of the tables"):
        newscomments.load("votes")
    with pytest.raises(InputError, match="expected a split"):
        newscomments.load("comments", split="dev")
    with pytest.raises(InputError, match=r"expected a split in \['train', 'validation', 'test'\], got 'dev'"):
        load_polars("comments", split="dev")
    with pytest.raises(InputError, match="no such folder"):
        newscomments.load("comments", data_dir=tmp_path / "nothing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(IntegrityError, match="expected a manifest"):
        newscomments.load("comments", data_dir=tmp_path / "empty")


def test_without_a_data_dir_the_build_in_the_working_folder_is_loaded(tmp_path, monkeypatch):
    # `newscomments build` writes ./processed by default: that is what a load then reads;
    # elsewhere the shipped sample.
    monkeypatch.delenv("NEWSCOMMENTS_DATA", raising=False)
    monkeypatch.chdir(tmp_path)
    assert newscomments.load("articles", split="train").num_rows == 1  # the shipped sample
    write_pages(tmp_path / "raw", range(1, 13))
    newscomments.build.build([tmp_path / "raw"], tmp_path / "processed")
    assert sum(d.num_rows for d in newscomments.load("articles").values()) == 12


def test_a_build_of_another_schema_loads_with_a_warning(tmp_path):
    import json
    out = tmp_path / "old"
    shutil.copytree(REPO / "processed", out)
    manifest = json.loads((out / "manifest.json").read_text())
    manifest["schema_version"] = "1.0.0"
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    with pytest.warns(UserWarning, match=r"built with schema 1.0.0, this package has 1\.4\.1; rebuild it"):
        assert newscomments.load("comments", split="train", data_dir=out).num_rows == 5


def test_polars_view():
    df = load_polars("comments")
    assert df.shape[0] == 5 and set(df["split"].to_list()) == {"train"}
    assert df.filter(df["is_image_only"])["position"].to_list() == [1]


def test_fingerprints_follow_the_manifest_checksums(tmp_path):
    from newscomments.build import build
    dd = newscomments.load("comments")
    again = newscomments.load("comments")
    assert dd["train"]._fingerprint == again["train"]._fingerprint
    assert len({d._fingerprint for d in dd.values()}) == 3
    raw = tmp_path / "raw"
    write_pages(raw, [1])
    build([raw], tmp_path / "out")
    other = newscomments.load("comments", data_dir=tmp_path / "out")
    non_empty = [s for s in other if other[s].num_rows]
    assert non_empty and all(other[s]._fingerprint != dd[s]._fingerprint for s in non_empty)
    # empty splits hold the same (nothing) and share a fingerprint
    assert all(other[s]._fingerprint == dd[s]._fingerprint for s in other if s not in non_empty and dd[s].num_rows == 0)
