"""The benchmark and scoring scripts still run (tiny sizes, nothing written): a script that no
longer imports is found by CI, not by the next person who wants figures."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def run(*args: str) -> str:
    proc = subprocess.run([sys.executable, *args], cwd=REPO, capture_output=True, text=True,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def test_bench_text_runs():
    out = run("benchmarks/bench_text.py", "--seconds", "0.01", "--no-write", "--no-instructions")
    assert "| seed (wpdiscuz_text) | 3,783 |" in out and "Format detection on the seed" in out


def test_bench_data_runs():
    out = run("benchmarks/bench_data.py", "--rows", "2000", "--no-write")
    assert "2,000 comment rows" in out and "newscomments.load (verified)" in out


def test_thread_recovery_runs():
    out = run("scripts/thread_recovery.py", "--pages", "12", "--no-write")
    assert "synthetic HTML (12 pages, seed 0)" in out


def test_score_text_corpus_runs(corpus_dir):
    out = run("scripts/score_text_corpus.py", "--corpus", str(corpus_dir), "--no-write")
    assert "overall (26 pages)" in out


@pytest.mark.skipif(importlib.util.find_spec("trafilatura") is None,
                    reason="needs the bench extra (bash scripts/setup.sh bench)")
def test_score_bodies_runs(corpus_dir):
    out = run("scripts/score_bodies.py", "--corpus", str(corpus_dir / "html"), "--no-write")
    assert "**mean F1**" in out


CONVERTER_MODULES = ("inscriptis", "html2text", "markdownify", "html_text", "resiliparse", "html_to_markdown",
                     "markitdown", "trafilatura")


@pytest.mark.skipif(any(importlib.util.find_spec(m) is None for m in CONVERTER_MODULES),
                    reason="needs the bench extra (bash scripts/setup.sh bench)")
def test_score_converted_text_runs():
    out = run("scripts/score_converted_text.py", "--synthetic", "4", "--corpus", "/nonexistent",
              "--no-write")
    fixtures = len(list((REPO / "tests" / "fixtures" / "html").glob("*.html")))
    assert "corpus /nonexistent not found; real pages skipped" in out
    assert f"of {fixtures} fixtures, 0 of 0 real pages, 8 synthetic (4 threads" in out
    assert ("| page group | converter | pages | exact count | comment recall | author acc "
            "| reply-edge recall |") in out
    for group in ("all", "fixtures", "synthetic"):
        for name in ("inscriptis", "html2text", "markdownify", "html-text", "resiliparse",
                     "html-to-markdown", "markitdown", "trafilatura"):
            assert f"| {group} | {name} | " in out
    assert "| real pages |" not in out


def test_score_generic_reader_runs_and_keeps_its_floors():
    # The generic reader alone on the fixtures a format module reads: what it finds of their
    # comments must not fall, and it must invent none where the module finds none.
    out = run("scripts/score_generic_reader.py", "--corpus", "/nonexistent", "--no-write")
    row = next(line for line in out.splitlines() if line.startswith("| fixtures |"))
    pages, comments, found, authors, parents, empty, invented = row.strip("|").split("|")[1:8]
    assert (int(pages), int(comments)) == (43, 127)
    assert int(found) >= 80 and int(authors) >= 73 and int(parents) >= 77
    assert invented.strip().startswith("0 ")
    assert "| corpus excerpts |" not in out
