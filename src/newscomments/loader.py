"""Loading the built tables as Hugging Face datasets (and polars / Arrow views).

The loader trusts nothing it has not checked: it reads the manifest and the files it needs
through one open handle on the data folder, verifies each file's sha256 against the manifest
and the Arrow schema against the one derived from ``schema/``, and only then builds the
datasets. Because the bytes are verified in memory and the datasets are built from them, no
stale Hugging Face cache can be served (that cache is keyed on modification times only).

A rebuild swaps the folder in one atomic step; a load that started on the old folder keeps
reading it through its handle, and one that loses a file to the swap starts over, so a load
gives the complete old or the complete new dataset, never a mix.
"""

from __future__ import annotations

import hashlib
import os
import warnings
from pathlib import Path

import pyarrow as pa

from .errors import ChecksumMismatch, IntegrityError, InputError
from .manifest import read_manifest
from .schema import TABLES, arrow_schema, features, schema_version
from .splits import SPLITS
from .storage import read_parquet_bytes, sha256_bytes

REPO_PROCESSED = Path(__file__).resolve().parents[2] / "processed"
_ATTEMPTS = 5


def default_data_dir() -> Path:
    """Where a load without ``data_dir`` reads: ``$NEWSCOMMENTS_DATA``; else ``processed/``
    in the working folder when it holds a build (where ``newscomments build`` writes by
    default, so what was just built is what is loaded); else the shipped sample."""
    env = os.environ.get("NEWSCOMMENTS_DATA")
    if env:
        return Path(env)
    here = Path("processed")
    if (here / "manifest.json").is_file():
        return here
    if (REPO_PROCESSED / "manifest.json").is_file():
        return REPO_PROCESSED
    raise InputError("expected a built dataset: pass data_dir=, set NEWSCOMMENTS_DATA, or run "
                     f"`newscomments build` (looked for processed/manifest.json here and in {REPO_PROCESSED})")


def read_tables(table: str, data_dir: Path | str | None = None) -> tuple[dict[str, pa.Table], dict]:
    """Verified Arrow tables of one table, per split, and the manifest they came from."""
    if table not in TABLES:
        raise InputError(f"expected one of the tables {list(TABLES)}, got {table!r}")
    folder = Path(data_dir) if data_dir is not None else default_data_dir()
    if not folder.is_dir():
        raise InputError(f"{folder}: expected a folder with a built dataset, got no such folder")
    last: Exception | None = None
    for _ in range(_ATTEMPTS):
        try:
            return _read_once(folder, table)
        except (FileNotFoundError, _Raced) as exc:
            last = exc  # a rebuild swapped the folder under us: read the new one
    if isinstance(last, _Raced):
        raise last.error
    raise IntegrityError(f"{folder}: files kept disappearing while loading ({last})")


class _Raced(Exception):
    def __init__(self, error: Exception):
        self.error = error


def _read_once(folder: Path, table: str) -> tuple[dict[str, pa.Table], dict]:
    dir_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        return _read_from(folder, dir_fd, table)
    except (IntegrityError, OSError) as exc:
        # A rebuild swapped the folder and is deleting the old one we were reading: whatever
        # went wrong, start over on the new one.
        if _folder_changed(folder, dir_fd):
            raise _Raced(exc) from exc
        raise
    finally:
        os.close(dir_fd)


def _read_from(folder: Path, dir_fd: int, table: str) -> tuple[dict[str, pa.Table], dict]:
    manifest = read_manifest(folder, dir_fd=dir_fd)
    if manifest["schema_version"] != schema_version():
        # Loadable (the files still verify), but its columns mean what an older schema said.
        warnings.warn(f"{folder}: built with schema {manifest['schema_version']}, this package has "
                      f"{schema_version()}; rebuild it to get the current columns", stacklevel=4)
    listed = [f for f in manifest["files"] if f["table"] == table]
    _check_listing(folder, dir_fd, table, listed)
    out: dict[str, list[pa.Table]] = {s: [] for s in SPLITS}
    for f in sorted(listed, key=lambda f: f["path"]):
        fd = os.open(f["path"], os.O_RDONLY, dir_fd=dir_fd)
        with os.fdopen(fd, "rb") as fh:
            data = fh.read()
        actual = sha256_bytes(data)
        if actual != f["sha256"]:
            raise ChecksumMismatch(str(folder / f["path"]), f["sha256"], actual)
        try:
            t = read_parquet_bytes(data)
        except (pa.ArrowInvalid, OSError) as exc:
            raise IntegrityError(f"{folder / f['path']}: expected a readable Parquet file, got: {exc}") from None
        want = arrow_schema(table)
        if not t.schema.equals(want, check_metadata=False):
            raise IntegrityError(f"{folder / f['path']}: expected the schema of {table} "
                                 f"({want.to_string(show_schema_metadata=False)}), got "
                                 f"{t.schema.to_string(show_schema_metadata=False)}")
        out[f["split"]].append(t)
    tables = {s: pa.concat_tables(ts) if ts else arrow_schema(table).empty_table()
              for s, ts in out.items()}
    for s in SPLITS:
        expected = manifest["splits"][s]["rows"][table]
        if tables[s].num_rows != expected:
            raise IntegrityError(f"{folder}: {table}/{s}: expected {expected} rows (manifest), got {tables[s].num_rows}")
    return tables, manifest


def _check_listing(folder: Path, dir_fd: int, table: str, listed: list[dict]) -> None:
    """Refuse missing or extra Parquet files in the table's folder."""
    try:
        sub = os.open(table, os.O_RDONLY | os.O_DIRECTORY, dir_fd=dir_fd)
    except FileNotFoundError:
        if listed:
            raise IntegrityError(f"{folder / table}: expected the folder with {len(listed)} file(s) "
                                 "listed in the manifest, got no such folder") from None
        return
    try:
        present = {f"{table}/{n}" for n in os.listdir(sub)}
    finally:
        os.close(sub)
    names = {f["path"] for f in listed}
    missing, extra = sorted(names - present), sorted(present - names)
    if missing:
        raise IntegrityError(f"{folder}: expected files listed in the manifest, missing: {missing}")
    if extra:
        raise IntegrityError(f"{folder}: expected only the files listed in the manifest, got extra: {extra}")


def _folder_changed(folder: Path, dir_fd: int) -> bool:
    try:
        return os.stat(folder).st_ino != os.fstat(dir_fd).st_ino
    except FileNotFoundError:
        return True


def load(table: str, split: str | None = None, data_dir: Path | str | None = None):
    """A ``datasets.DatasetDict`` with train/validation/test (or one ``Dataset`` when ``split``
    is given) of a built table, with the schema's features. Works offline."""
    import datasets
    from datasets.table import InMemoryTable

    if split is not None and split not in SPLITS:
        raise InputError(f"expected a split in {list(SPLITS)}, got {split!r}")
    tables, manifest = read_tables(table, data_dir)
    feats = features(table)

    def make(s: str):
        info = datasets.DatasetInfo(features=feats, description=f"newscomments {table} ({s})")
        # The fingerprint (what `datasets` keys its caches on) comes from the verified
        # checksums: hashing the table again would cost more than reading it.
        return datasets.Dataset(InMemoryTable(tables[s]), info=info, split=datasets.NamedSplit(s),
                                fingerprint=_fingerprint(manifest, table, s))

    if split is not None:
        return make(split)
    return datasets.DatasetDict({s: make(s) for s in SPLITS})


def _fingerprint(manifest: dict, table: str, split: str) -> str:
    files = sorted(f["sha256"] for f in manifest["files"] if f["table"] == table and f["split"] == split)
    key = "\n".join([manifest["schemas"][table], table, split, *files])
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def load_polars(table: str, split: str | None = None, data_dir: Path | str | None = None):
    """A polars DataFrame of one split, or of all splits with a ``split`` column."""
    import polars as pl

    if split is not None and split not in SPLITS:
        raise InputError(f"expected a split in {list(SPLITS)}, got {split!r}")
    tables, _ = read_tables(table, data_dir)
    if split is not None:
        return pl.from_arrow(tables[split])
    frames = [pl.from_arrow(tables[s]).with_columns(pl.lit(s).alias("split")) for s in SPLITS]
    return pl.concat(frames)
