"""Parse speed of the text formats on seed-sized pages, next to a bare regex line scan of
the same bytes (the ceiling for a Python text parser). Prints figures and writes them into
BENCHMARKS.md between the bench-text markers.

    python benchmarks/bench_text.py [--seconds 2] [--no-write]

Target (issue): >= 5,000 seed-sized pages/s on one core for the seed's format.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "scripts"))

from newscomments import formats  # noqa: E402
from score_text_corpus import write_section  # noqa: E402

START, END = "<!-- bench-text:start -->", "<!-- bench-text:end -->"
CORPUS = Path(os.environ.get("NEWSCOMMENTS_CORPUS", REPO.parent / "shared" / "corpus"))
_LINE_SCAN = re.compile(r"(?m)^(?:Reply to|\d{2}-\d{2}-\d{2} \d{2}:\d{2}|.{1,60} says:)")


def inputs() -> list[tuple[str, str, bytes]]:
    """(label, format, bytes): the seed, and corpus pages of each text format when present."""
    seed = (REPO / "raw" / "000_89020e0c9fef06d9.txt").read_bytes()
    out = [("seed (wpdiscuz_text)", "wpdiscuz_text", seed)]
    picks = {"wordpress_text": "027_mattdyson-robotarm-wpnative-pingback-flat.txt",
             "wpdiscuz_text": "010_baeldung-junit-wpdiscuz-replyto.md",
             "other_text": "036_projectperko-blogger-md-7comments-showComment.md"}
    for fmt, name in picks.items():
        if (CORPUS / name).exists():
            out.append((f"{name[:3]} ({fmt})", fmt, (CORPUS / name).read_bytes()))
    return out


def rate(fn, data: bytes, seconds: float) -> float:
    """Pages per second: median of 5 timed rounds after a warm-up."""
    fn(data)
    n = 1
    while True:  # calibrate the batch to ~seconds/5
        t = time.perf_counter()
        for _ in range(n):
            fn(data)
        dt = time.perf_counter() - t
        if dt > seconds / 5 / 4:
            break
        n *= 2
    batch = max(1, int(n * (seconds / 5) / max(dt, 1e-9)))
    rounds = []
    for _ in range(5):
        t = time.perf_counter()
        for _ in range(batch):
            fn(data)
        rounds.append(batch / (time.perf_counter() - t))
    return statistics.median(rounds)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=2.0)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    rows = ["| page | bytes | parse pages/s | parse MB/s | regex line scan pages/s | scan MB/s |",
            "|---|---:|---:|---:|---:|---:|"]
    for label, fmt, data in inputs():
        module = formats.FORMATS[fmt]
        parse = lambda d, m=module: m.parse(d, "bench")  # noqa: E731
        scan = lambda d: sum(1 for _ in _LINE_SCAN.finditer(d.decode("utf-8")))  # noqa: E731
        p, s = rate(parse, data, args.seconds), rate(scan, data, args.seconds)
        mb = len(data) / 1e6
        rows.append(f"| {label} | {len(data)} | {p:,.0f} | {p * mb:.1f} | {s:,.0f} | {s * mb:.1f} |")
    note = (f"One core, Python {platform.python_version()}, {platform.machine()}; medians of 5 "
            f"rounds; `benchmarks/bench_text.py`. Target: >= 5,000 seed-sized pages/s.\n\n")
    body = note + "\n".join(rows)
    print(body)
    if not args.no_write:
        write_section(REPO / "BENCHMARKS.md", START, END, body, "Text parsers: speed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
