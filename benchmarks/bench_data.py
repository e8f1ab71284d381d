"""Validation, writing and loading of the built tables, each next to what a user would pick
instead, in one run. Prints a table and writes it into BENCHMARKS.md (bench-data section).

    python benchmarks/bench_data.py [--rows 300000] [--no-write]

- validation: our vectorised fast path (generated from schema/) vs ``jsonschema`` Draft 2020-12
  row by row (the reference; measured on a sample and scaled);
- writing: our deterministic Parquet writer (zstd 9, page checksums) vs ``polars.write_parquet``
  with its defaults;
- loading one table: ``newscomments.load`` (manifest check: sha256 of every file, schema check,
  in-memory DatasetDict) vs vanilla ``datasets.load_dataset`` on the same folder (first load
  and cached) vs ``polars.read_parquet``.

Each load runs in a fresh subprocess so its peak memory (max RSS) is its own.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "scripts"))
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def comment_rows(n: int) -> list[dict]:
    rng = random.Random(7)
    base = datetime(2024, 1, 1)
    rows = []
    for i in range(n):
        a = i // 50
        rows.append({
            "comment_id": f"c_{i:016x}", "article_id": f"a_{a:016x}", "position": i % 50,
            "native_id": str(i), "parent_id": f"c_{i - 1:016x}" if i % 50 and rng.random() < 0.4 else None,
            "depth": None, "author_key": f"u_{rng.randrange(10**6):016x}", "author_name": None,
            "author_source": "explicit", "posted_at": base + timedelta(minutes=i), "posted_at_utc": None,
            "posted_raw": "24-01-01 10:00", "posted_precision": "minute", "date_order": "YMD",
            "date_order_basis": "readings-agree", "date_ambiguous": False,
            "text": " ".join(rng.choice(["vote", "council", "the", "agree", "no", "why"]) for _ in range(25)),
            "kind": "comment", "is_image_only": False, "reply_to_author_key": None, "reply_to_name": None,
            "net_votes": rng.randrange(-3, 20), "upvotes": None, "downvotes": None, "likes": None,
            "synthetic": True})
    return rows


def timed(fn, repeat=3):
    best = float("inf")
    out = None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


LOADERS = {
    "newscomments.load (verified)": "import newscomments; d = newscomments.load('comments', data_dir=D); n = sum(x.num_rows for x in d.values())",
    "datasets.load_dataset, first": "import datasets; d = datasets.load_dataset(D, 'comments', cache_dir=C); n = sum(x.num_rows for x in d.values())",
    "datasets.load_dataset, cached": "import datasets; d = datasets.load_dataset(D, 'comments', cache_dir=C); n = sum(x.num_rows for x in d.values())",
    "polars.read_parquet": "import polars as pl, glob; n = pl.read_parquet(sorted(glob.glob(D + '/comments/*.parquet'))).height",
}


def run_loader(code: str, data_dir: Path, cache: Path) -> tuple[float, float, int]:
    prog = (f"import time, resource, json\nD = {str(data_dir)!r}\nC = {str(cache)!r}\n"
            f"t = time.perf_counter()\n{code}\n"
            # VmHWM, not ru_maxrss: the latter survives exec and would report the parent's peak
            "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]\n"
            "print(json.dumps([time.perf_counter() - t, int(hwm), n]))")
    r = subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    secs, rss_kb, n = json.loads(r.stdout.strip().splitlines()[-1])
    return secs, rss_kb / 1024, n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=300_000)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()

    import polars as pl
    import pyarrow as pa

    from newscomments.validate import jsonschema_errors, row_mask, rows_to_table
    from newscomments.storage import write_parquet
    from markers import replace_section

    rows = comment_rows(args.rows)
    table = rows_to_table("comments", rows)
    lines = [f"Python {platform.python_version()}, pyarrow {pa.__version__}, polars {pl.__version__}, "
             f"jsonschema {importlib.metadata.version('jsonschema')}; {platform.machine()}, {os.cpu_count()} cores; "
             f"{args.rows:,} comment rows; best of 3. `benchmarks/bench_data.py`.", ""]

    fast, mask = timed(lambda: row_mask("comments", table))
    sample = rows[:5000]
    ref, _ = timed(lambda: [jsonschema_errors("comments", r) for r in sample], repeat=1)
    ref_rate = len(sample) / ref
    assert not any(mask.to_pylist())
    lines += ["| validation | rows/s |", "|---|---:|",
              f"| fast path (pyarrow.compute, from schema/) | {args.rows / fast:,.0f} |",
              f"| jsonschema Draft 2020-12, row by row | {ref_rate:,.0f} |", ""]

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        ours, _ = timed(lambda: write_parquet(table, tmp / "ours.parquet"))
        df = pl.from_arrow(table)
        theirs, _ = timed(lambda: df.write_parquet(tmp / "polars.parquet"))
        lines += ["| write | rows/s | bytes |", "|---|---:|---:|",
                  f"| ours: pyarrow, zstd 9, page checksums, sorted | {args.rows / ours:,.0f} | {(tmp / 'ours.parquet').stat().st_size:,} |",
                  f"| polars.write_parquet (defaults) | {args.rows / theirs:,.0f} | {(tmp / 'polars.parquet').stat().st_size:,} |", ""]

        # a built folder to load: the same rows written the way a build writes them
        data = tmp / "data"
        _fake_build(data, table)
        cache = tmp / "hf-cache"
        lines += ["| load the comments table | seconds | peak RSS MB |", "|---|---:|---:|"]
        for name, code in LOADERS.items():
            secs, rss, n = run_loader(code, data, cache)
            assert n == args.rows, (name, n)
            lines.append(f"| {name} | {secs:.2f} | {rss:,.0f} |")
    text = "\n".join(lines)
    print(text)
    if not args.no_write:
        replace_section(REPO / "BENCHMARKS.md", "bench-data", text)


def _fake_build(folder: Path, table) -> None:
    """Write ``table`` as a built dataset (train split) with manifest and card, using the
    build's own writer, card and manifest code, so load() verifies it as it would a build."""
    import json as _json

    from newscomments.build import BuildOptions, BuildReport
    from newscomments.card import render_card
    from newscomments.manifest import build_manifest
    from newscomments.normalize import SAMPLE_KEY, Pseudonymizer
    from newscomments.schema import TABLES, empty_table
    from newscomments.storage import write_parquet, write_text

    tables = {t: empty_table(t) for t in TABLES}
    tables["comments"] = table
    written = [("comments/train-00000-of-00001.parquet", "comments", "train", table)]
    write_parquet(table, folder / written[0][0])
    assignment = {a: "train" for a in set(table.column("article_id").to_pylist())}
    for name in ("build_report.json", "rejects.tsv", "splits.tsv"):
        write_text(folder / name, "\n")
    write_text(folder / "README.md", render_card(written, tables, assignment))
    manifest = build_manifest(folder, written, assignment, tables, 0, BuildOptions(), BuildReport(),
                              Pseudonymizer(SAMPLE_KEY))
    write_text(folder / "manifest.json", _json.dumps(manifest, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
