"""Article bodies of real pages against hand-checked references (token F1; skipped when the
shared corpus is absent). References and scoring: scripts/score_bodies.py."""

from __future__ import annotations

from pathlib import Path

from newscomments import parse_page

from .scripts import load_script

REPO = Path(__file__).resolve().parents[1]
BODIES = sorted((REPO / "tests" / "expected" / "html" / "bodies").glob("*.json"))
# Below what the parser reaches on every page (BENCHMARKS.md): a regression fails CI.
PAGE_FLOOR = 0.90
MEAN_FLOOR = 0.95


def test_body_f1_against_references(corpus_dir):
    score = load_script("score_bodies")
    f1s = {}
    for ref in BODIES:
        page = parse_page(corpus_dir / "html" / (ref.stem + ".html"))
        f1s[ref.stem] = score.f1(page.body, score.load_reference(ref))[2]
    assert len(f1s) >= 3
    low = {k: round(v, 3) for k, v in f1s.items() if v < PAGE_FLOOR}
    assert not low, f"body F1 below {PAGE_FLOOR}: {low}"
    assert sum(f1s.values()) / len(f1s) >= MEAN_FLOOR


def test_token_bag_is_a_bag_of_hashed_words():
    score = load_script("score_bodies")
    bag = score.token_bag("The cat, the CAT and the dog.")
    assert sum(bag.values()) == 7 and len(bag) == 4  # the x3, cat x2, and, dog
    assert score.f1("the cat", bag)[0] == 1.0  # every candidate token is in the reference
    assert score.f1("", bag) == (0.0, 0.0, 0.0)
