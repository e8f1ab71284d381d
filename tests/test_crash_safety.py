"""Crash safety: a build killed with SIGKILL at random moments leaves the complete old or the
complete new dataset, never a mix; a load during a rebuild gets one or the other."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time

import newscomments
from newscomments.build import build
from newscomments.manifest import verify

from .pages import write_pages

ROUNDS = 12


def _digest(out):
    m = json.loads((out / "manifest.json").read_text())
    return {f["path"]: f["sha256"] for f in m["files"]}


def test_sigkill_during_build_never_leaves_a_mix(tmp_path):
    old_raw, new_raw = tmp_path / "old", tmp_path / "new"
    write_pages(old_raw, range(1, 6))
    write_pages(new_raw, range(1, 60))
    out = tmp_path / "processed"
    build([new_raw], tmp_path / "reference")
    new_digest = _digest(tmp_path / "reference")
    build([old_raw], out)
    old_digest = _digest(out)
    rng = random.Random(20261128)
    seen = {"old": 0, "new": 0}
    for _ in range(ROUNDS):
        if _digest(out) == new_digest:  # start every round from the old dataset
            build([old_raw], out)
        proc = subprocess.Popen([sys.executable, "-m", "newscomments.cli", "build", str(new_raw),
                                 "--out", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 2.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert verify(out) == [], "the output folder does not match its manifest"
        digest = _digest(out)
        assert digest in (old_digest, new_digest)
        seen["old" if digest == old_digest else "new"] += 1
    # killed before and after the swap at least once each, so both outcomes were exercised
    assert seen["old"] >= 1
    # a later build cleans up whatever the killed ones left beside the output
    build([new_raw], out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new", "old", "processed", "reference"]


def test_load_while_another_process_rebuilds(tmp_path):
    a_raw, b_raw = tmp_path / "a", tmp_path / "b"
    write_pages(a_raw, range(1, 4))
    write_pages(b_raw, range(1, 9))
    out = tmp_path / "processed"
    build([a_raw], out)
    script = (
        "import sys\nfrom pathlib import Path\nfrom newscomments.build import build\n"
        f"for i in range(8):\n    build([Path({str(b_raw)!r} if i % 2 == 0 else {str(a_raw)!r})], Path({str(out)!r}))\n")
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    totals = set()
    try:
        while proc.poll() is None:
            dd = newscomments.load("comments", data_dir=out)
            totals.add(sum(d.num_rows for d in dd.values()))
    finally:
        proc.wait()
    assert proc.returncode == 0, proc.stderr.read().decode()
    assert totals <= {9, 24}  # 3 pages x 3 comments, or 8 pages x 3 comments; never a mix
    assert totals
