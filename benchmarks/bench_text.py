"""Parse speed of the text formats, next to a bare regex line scan of the same bytes (the
ceiling for a Python text parser). Prints a table and writes it into BENCHMARKS.md between
the bench-text markers.

    python benchmarks/bench_text.py [--seconds 2] [--no-write]

Each page is timed twice: through ``newscomments.parse_page`` (what the build calls: every
registered text format's ``detect()`` and then the chosen ``parse()``) and through the
format module's ``parse()`` alone. Rates use CPU time of this process (``time.process_time``),
so other work on a shared machine inflates them less than wall time would.

Pages: the seed, one corpus page per text format when the corpus is present, and a synthetic
wpDiscuz text page with 10,000 comments (every second one a "Reply to NAME"), generated here.
A 1,000-comment page of the same shape is timed too: per-comment cost of the two must stay
close, or some step is worse than linear.

The times move with the load of the shared machine (the same code has measured anywhere between
440 and 780 µs per seed parse in one hour), so the run also counts the instructions of one seed
parse with valgrind's callgrind when valgrind is installed: a figure that stays the same from run
to run for the same code, for comparing commits (``--no-instructions`` skips it).

Target (issue): >= 5,000 seed-sized pages/s on one core for the seed's format (<= 200 µs CPU per
page, format detection included), and <= 15 µs for the text formats' detect() on the seed.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "scripts"))

import newscomments  # noqa: E402
from newscomments import formats  # noqa: E402
from markers import cpu_model, replace_section  # noqa: E402

CORPUS = Path(os.environ.get("NEWSCOMMENTS_CORPUS", REPO.parent / "shared" / "corpus"))
_LINE_SCAN = re.compile(r"(?m)^(?:Reply to|\d{2}-\d{2}-\d{2} \d{2}:\d{2}|.{1,60} says:)")
NBSP = "\u00a0"


def synthetic_wpdiscuz(comments: int) -> bytes:
    """A seed-shaped wpDiscuz text page: article, rating, chrome, then ``comments`` records;
    every second record replies by name to an author printed earlier."""
    parts = ["A council met on Tuesday and voted on the budget for the coming year.", "",
             "Agency wire / Example News 2024.", "", "4.5 12 votes", "Article Rating",
             "Previous articleAn earlier story", "Next articleA later story", "Notify of", "",
             "Inline Feedbacks", "View all comments"]
    for k in range(comments):
        if k % 2:
            parts.append(f"Reply to{NBSP} Reader{k - 1}")
        else:
            parts.append(f"Reader{k}")
        day, minute = 1 + (k // 1440) % 28, k % 1440
        parts += [f"24-03-{day:02d} {minute // 60:02d}:{minute % 60:02d}", "",
                  f"Comment {k}: I think the budget vote was fine, and so was item {k % 97}.", ""]
    return "\n".join(parts).rstrip("\n").encode("utf-8")


def inputs() -> list[tuple[str, str, str, bytes]]:
    """(label, format, suffix, bytes)."""
    seed = (REPO / "raw" / "000_89020e0c9fef06d9.txt").read_bytes()
    out = [("seed (wpdiscuz_text)", "wpdiscuz_text", ".txt", seed)]
    picks = [("010", "wpdiscuz_text", "010_baeldung-junit-wpdiscuz-replyto.md"),
             ("027", "wordpress_text", "027_mattdyson-robotarm-wpnative-pingback-flat.txt"),
             ("036", "other_text", "036_projectperko-blogger-md-7comments-showComment.md")]
    for label, fmt, name in picks:
        if (CORPUS / name).exists():
            out.append((f"{label} ({fmt})", fmt, Path(name).suffix, (CORPUS / name).read_bytes()))
    out.append(("synthetic 1,000 comments", "wpdiscuz_text", ".txt", synthetic_wpdiscuz(1_000)))
    out.append(("synthetic 10,000 comments", "wpdiscuz_text", ".txt", synthetic_wpdiscuz(10_000)))
    return out


def rate(fn, seconds: float) -> float:
    """Calls per CPU second: median of 5 timed rounds after a warm-up and a calibration."""
    return rates(fn, seconds)[0]


def rates(fn, seconds: float) -> tuple[float, float]:
    """(calls per CPU second, calls per wall-clock second), each the median of 5 rounds."""
    clock = time.process_time
    t = clock()
    fn()
    first = clock() - t
    n = 1
    while first < seconds / 20:  # calibrate the batch to ~seconds/5 per round
        t = clock()
        for _ in range(n):
            fn()
        dt = clock() - t
        if dt > seconds / 20:
            first = dt / n
            break
        n *= 2
    batch = max(1, int(seconds / 5 / max(first, 1e-9)))
    rounds, walls = [], []
    for _ in range(5):
        t, w = clock(), time.perf_counter()
        for _ in range(batch):
            fn()
        rounds.append(batch / max(clock() - t, 1e-9))
        walls.append(batch / max(time.perf_counter() - w, 1e-9))
    return statistics.median(rounds), statistics.median(walls)


_COUNTED = 200
_PARSES = """
import sys
sys.path.insert(0, {src!r})
import newscomments
data = open({seed!r}, "rb").read()
for _ in range(5 + int(sys.argv[1])):
    newscomments.parse_page(data, page_id="bench", suffix=".txt")
"""


def seed_instructions() -> float | None:
    """Instructions of one seed parse, counted by callgrind (None without valgrind)."""
    if shutil.which("valgrind") is None:
        return None
    script = _PARSES.format(src=str(REPO / "src"), seed=str(REPO / "raw" / "000_89020e0c9fef06d9.txt"))
    counts = []
    for n in (0, _COUNTED):
        out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                              sys.executable, "-c", script, str(n)],
                             capture_output=True, text=True, timeout=900)
        m = re.search(r"Collected : (\d+)", out.stderr)
        if out.returncode != 0 or m is None:
            return None
        counts.append(int(m.group(1)))
    return (counts[1] - counts[0]) / _COUNTED


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=2.0)
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--no-instructions", action="store_true",
                    help="skip the callgrind instruction count (about a minute)")
    args = ap.parse_args(argv)
    rows = ["| page | bytes | parse_page pages/s | CPU µs/page | wall pages/s | parse_page MB/s "
            "| module parse pages/s | regex line scan pages/s | scan MB/s |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    per_comment: dict[int, float] = {}
    for label, fmt, suffix, data in inputs():
        module = formats.FORMATS[fmt]
        full = lambda: newscomments.parse_page(data, page_id="bench", suffix=suffix)  # noqa: E731
        alone = lambda: module.parse(data, "bench")  # noqa: E731
        text = data.decode("utf-8")
        scan = lambda: sum(1 for _ in _LINE_SCAN.finditer(text))  # noqa: E731
        (p, wall), m, s = rates(full, args.seconds), rate(alone, args.seconds), rate(scan, args.seconds)
        mb = len(data) / 1e6
        rows.append(f"| {label} | {len(data):,} | {p:,.1f} | {1e6 / p:,.0f} | {wall:,.1f} "
                    f"| {p * mb:.2f} | {m:,.1f} | {s:,.0f} | {s * mb:.1f} |")
        if label.startswith("synthetic"):
            n = len(newscomments.parse_page(data, page_id="bench", suffix=suffix).comments)
            per_comment[n] = 1e6 / p / n
    note = (f"One core, CPU time; Python {platform.python_version()} "
            f"({platform.python_implementation()}), {platform.machine()}, {cpu_model()}; "
            f"medians of 5 rounds (wall pages/s: same rounds by the wall clock, which a shared "
            f"machine inflates); `benchmarks/bench_text.py`. "
            f"Target: >= 5,000 seed-sized pages/s through `parse_page`.\n\n")
    body = note + "\n".join(rows)
    seed = inputs()[0][3]
    text_formats = [m for m in formats.FORMATS.values() if ".txt" in m.SUFFIXES]
    detect_all = lambda: [m.detect(seed, ".txt") for m in text_formats]  # noqa: E731
    body += (f"\n\nFormat detection on the seed: {1e6 / rate(detect_all, args.seconds):.1f} µs CPU "
             f"for the {len(text_formats)} text formats' `detect()` together (target <= 15 µs).")
    if len(per_comment) == 2:
        (n1, c1), (n2, c2) = sorted(per_comment.items())
        body += (f"\n\nScaling: {c1:.1f} µs per comment at {n1:,} comments, {c2:.1f} µs at "
                 f"{n2:,} ({c2 / c1:.2f}x; 1.0 is linear).")
    if not args.no_instructions and (count := seed_instructions()) is not None:
        body += (f"\n\nInstructions per seed parse (`parse_page`, valgrind's callgrind, the "
                 f"difference of {_COUNTED} parses and none after a warm-up): {count / 1e6:.2f} "
                 "million. Unlike the times above, this count does not change with the load of a "
                 "shared machine: compare it across runs and commits.")
    print(body)
    if not args.no_write:
        replace_section(REPO / "BENCHMARKS.md", "bench-text", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
