"""processed/manifest.json: per file rows and sha256, schema hashes, parser versions, split
settings and input counts — and its verification (``newscomments verify`` and the loader).

The manifest is written last, so a folder with a manifest is a complete build."""

from __future__ import annotations

import functools
import hashlib
import json
import os
from pathlib import Path

from . import __version__
from .errors import ChecksumMismatch, IntegrityError
from .formats import FORMATS
from .schema import TABLES, json_schema, schema_hash, schema_version
from .splits import GROUPING, SPLITS

MANIFEST_FILE = "manifest.json"
# Files a build writes besides the tables; all are listed with their checksums.
SIDE_FILES = ("README.md", "build_report.json", "rejects.tsv", "splits.tsv")


def _ids_digest(ids: list[str]) -> str:
    return hashlib.sha256("\n".join(sorted(ids)).encode("utf-8")).hexdigest()


def build_manifest(folder: Path, written, assignment, tables, n_pinned, options, report, pseudo) -> dict:
    from .storage import sha256_file
    files = []
    for rel, name, split, shard in written:
        p = folder / rel
        files.append({"path": rel, "sha256": sha256_file(p), "bytes": p.stat().st_size,
                      "rows": shard.num_rows, "table": name, "split": split})
    for rel in SIDE_FILES:
        p = folder / rel
        files.append({"path": rel, "sha256": sha256_file(p), "bytes": p.stat().st_size,
                      "rows": None, "table": None, "split": None})
    splits = {}
    for s in SPLITS:
        ids = [a for a, v in assignment.items() if v == s]
        splits[s] = {"articles": len(ids), "article_ids_sha256": _ids_digest(ids),
                     "rows": {t: sum(f["rows"] for f in files if f["table"] == t and f["split"] == s)
                              for t in TABLES}}
    manifest = {
        "manifest_version": 1, "dataset": "newscomments", "package_version": __version__,
        # the versions of the format modules that produced these rows
        "parser_versions": {name: FORMATS[name].VERSION for name in
                            sorted(set(tables["articles"].column("source_format").to_pylist()))},
        "schema_version": schema_version(),
        "schemas": {t: schema_hash(t) for t in TABLES + ("manifest",)},
        "pseudonyms": {"key": "sample" if pseudo.is_sample else "user",
                       "author_names_kept": options.keep_author_names},
        "split_settings": {"method": "keyed-hash", "salt": options.splits.salt,
                           "fractions": dict(options.splits.fractions), "grouping": GROUPING,
                           "pinned": n_pinned},
        "inputs": {"pages_read": report.pages_read, "pages_parsed": report.pages_parsed,
                   "pages_rejected": report.pages_rejected, "pages_duplicate": report.pages_duplicate,
                   "pages_removed": report.pages_removed, "other_paths": len(report.other_paths)},
        "splits": splits,
        "files": sorted(files, key=lambda f: f["path"]),
    }
    check_manifest_document(manifest, folder / MANIFEST_FILE)
    return manifest


@functools.cache
def _manifest_validator():
    import jsonschema
    return jsonschema.Draft202012Validator(json_schema("manifest"))


def check_manifest_document(doc: dict, where: Path) -> None:
    errors = sorted(_manifest_validator().iter_errors(doc), key=lambda e: list(map(str, e.path)))
    if errors:
        raise IntegrityError(f"{where}: not a valid manifest: " + "; ".join(
            f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in errors[:10]))


def read_manifest(folder: Path, *, dir_fd: int | None = None) -> dict:
    try:
        if dir_fd is not None:
            fd = os.open(MANIFEST_FILE, os.O_RDONLY, dir_fd=dir_fd)
            with os.fdopen(fd, "rb") as f:
                raw = f.read()
        else:
            raw = (folder / MANIFEST_FILE).read_bytes()
    except FileNotFoundError:
        raise IntegrityError(f"{folder / MANIFEST_FILE}: expected a manifest (a complete build), "
                             "got no such file") from None
    try:
        doc = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise IntegrityError(f"{folder / MANIFEST_FILE}: expected JSON, got {exc}") from None
    check_manifest_document(doc, folder / MANIFEST_FILE)
    return doc


def verify(folder: Path, *, tables: tuple[str, ...] | None = None) -> list[str]:
    """Every problem between a folder and its manifest: changed, missing and extra files,
    row counts, schema hashes. Empty list = intact."""
    from .storage import read_parquet_bytes, sha256_bytes
    folder = Path(folder)
    problems: list[str] = []
    manifest = read_manifest(folder)
    for t in TABLES:
        if manifest["schemas"].get(t) != schema_hash(t):
            problems.append(f"{t}: built with schema sha256 {manifest['schemas'].get(t)}, "
                            f"this package has {schema_hash(t)} (schema/{t}.schema.json changed)")
    listed = {f["path"]: f for f in manifest["files"]}
    for rel, f in sorted(listed.items()):
        if tables is not None and f["table"] not in tables:
            continue
        p = folder / rel
        if not p.is_file():
            problems.append(f"{rel}: listed in the manifest but missing")
            continue
        data = p.read_bytes()
        actual = sha256_bytes(data)
        if actual != f["sha256"]:
            problems.append(str(ChecksumMismatch(rel, f["sha256"], actual)))
            continue
        if f["rows"] is not None:
            try:
                n = read_parquet_bytes(data).num_rows
            except Exception as exc:  # noqa: BLE001 - reported, not raised
                problems.append(f"{rel}: unreadable Parquet: {exc}")
                continue
            if n != f["rows"]:
                problems.append(f"{rel}: expected {f['rows']} rows, got {n}")
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        if p.is_file() and rel != MANIFEST_FILE and rel not in listed:
            problems.append(f"{rel}: not listed in the manifest (extra file)")
    return problems
