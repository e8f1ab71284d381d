"""Score the text/markdown/RST parsers against the hand-checked expectations of the shared
corpus (tests/expected/text/*.json): comment-count, author and parent accuracy per page and
overall. Prints a table and writes it into BENCHMARKS.md between the quality-text markers.

    python scripts/score_text_corpus.py [--corpus DIR] [--no-write]

Metrics (micro-averaged over comments, so long pages weigh more):
- count: per page 1 - |parsed - expected| / max(expected, parsed, 1); overall the mean, plus
  the share of pages with the exact count;
- authors: comments at the same position whose author equals the expected one (None = no
  author shown), divided by max(expected, parsed) comments;
- parents: the same for parent positions (None = root as displayed).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXPECTED = REPO / "tests" / "expected" / "text"
CORPUS = Path(os.environ.get("NEWSCOMMENTS_CORPUS", REPO.parent / "shared" / "corpus"))


def load_expectations() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(EXPECTED.glob("*.json"))]


def score_page(exp: dict, page) -> dict:
    got = list(page.comments)
    n_exp, n_got = exp["comment_count"], len(got)
    denom = max(n_exp, n_got)
    authors = sum(1 for i, c in enumerate(got[:n_exp]) if c.author == exp["authors"][i])
    parents = sum(1 for i, c in enumerate(got[:n_exp]) if c.parent_position == exp["parents"][i])
    kinds = sum(1 for i, c in enumerate(got[:n_exp]) if c.kind == exp["kinds"][i])
    rating = None if page.rating is None else {"value": page.rating.value, "votes": page.rating.votes}
    return {"file": exp["file"], "expected": n_exp, "parsed": n_got,
            "count": 1 - abs(n_exp - n_got) / max(denom, 1),
            "authors_ok": authors, "parents_ok": parents, "kinds_ok": kinds, "denom": denom,
            "rating_ok": rating == exp["rating"],
            "declared_ok": page.declared_comment_count == exp["declared_count"],
            "truncated_ok": page.truncated == exp["truncated"]}


def score_corpus(corpus: Path = CORPUS) -> tuple[list[dict], dict]:
    sys.path.insert(0, str(REPO / "src"))
    import newscomments

    rows = []
    for exp in load_expectations():
        page = newscomments.parse_page(corpus / exp["file"])
        rows.append(score_page(exp, page))
    total = sum(r["denom"] for r in rows) or 1
    overall = {
        "pages": len(rows),
        "count": sum(r["count"] for r in rows) / max(len(rows), 1),
        "count_exact": sum(r["expected"] == r["parsed"] for r in rows) / max(len(rows), 1),
        "authors": sum(r["authors_ok"] for r in rows) / total,
        "parents": sum(r["parents_ok"] for r in rows) / total,
        "kinds": sum(r["kinds_ok"] for r in rows) / total,
        "rating": sum(r["rating_ok"] for r in rows) / max(len(rows), 1),
        "declared": sum(r["declared_ok"] for r in rows) / max(len(rows), 1),
        "truncated": sum(r["truncated_ok"] for r in rows) / max(len(rows), 1),
    }
    return rows, overall


def table(rows: list[dict], overall: dict) -> str:
    out = ["| page | expected | parsed | count | authors | parents | rating | declared | truncated |",
           "|---|---:|---:|---:|---:|---:|:-:|:-:|:-:|"]
    yes = {True: "ok", False: "**no**"}
    for r in rows:
        d = r["denom"]
        out.append(f"| {r['file'][:48]} | {r['expected']} | {r['parsed']} | {r['count']:.2f} | "
                   f"{r['authors_ok']}/{d} | {r['parents_ok']}/{d} | {yes[r['rating_ok']]} | "
                   f"{yes[r['declared_ok']]} | {yes[r['truncated_ok']]} |")
    o = overall
    out.append(f"| **overall ({o['pages']} pages)** | | | {o['count']:.3f} (exact {o['count_exact']:.2f}) | "
               f"{o['authors']:.3f} | {o['parents']:.3f} | {o['rating']:.2f} | {o['declared']:.2f} | "
               f"{o['truncated']:.2f} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    rows, overall = score_corpus(args.corpus)
    body = table(rows, overall)
    print(body)
    if not args.no_write:
        note = ("Text/markdown/RST parsers against hand-checked expectations "
                "(`tests/expected/text/`, `scripts/score_text_corpus.py`).\n\n")
        sys.path.insert(0, str(REPO / "scripts"))
        from markers import replace_section
        replace_section(REPO / "BENCHMARKS.md", "quality-text", note + body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
