"""Token F1 of article bodies against hand-checked references.

References: ``tests/expected/html/bodies/<page>.txt`` (the article text written by reading each
page of ``shared/corpus/html``). Compares our body (``newscomments.parse_page``) with
``trafilatura.extract(html, include_comments=False)`` and writes the table between
``<!-- bench-bodies:start -->`` and ``<!-- bench-bodies:end -->`` in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from importlib.metadata import version
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "scripts"))

from markers import replace_section  # noqa: E402

_TOKEN = re.compile(r"\w+", re.UNICODE)


def f1(candidate: str, reference: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of the bag of lower-cased word tokens."""
    c, r = Counter(_TOKEN.findall(candidate.lower())), Counter(_TOKEN.findall(reference.lower()))
    overlap = sum((c & r).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    p, rec = overlap / sum(c.values()), overlap / sum(r.values())
    return p, rec, 2 * p * rec / (p + rec)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus" / "html")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    import trafilatura

    from newscomments import parse_page
    from newscomments.decode import decode_page

    refs = sorted((REPO / "tests" / "expected" / "html" / "bodies").glob("*.txt"))
    rows = ["| page | ours P / R / F1 | trafilatura P / R / F1 |", "|---|---:|---:|"]
    totals = {"ours": [], "trafilatura": []}
    for ref_path in refs:
        data = (args.corpus / (ref_path.stem + ".html")).read_bytes()
        reference = ref_path.read_text(encoding="utf-8")
        ours = parse_page(data, page_id=ref_path.stem, suffix=".html").body
        theirs = trafilatura.extract(decode_page(data, html=True), include_comments=False) or ""
        a, b = f1(ours, reference), f1(theirs, reference)
        totals["ours"].append(a[2])
        totals["trafilatura"].append(b[2])
        rows.append(f"| {ref_path.stem} | {a[0]:.2f} / {a[1]:.2f} / {a[2]:.2f} | {b[0]:.2f} / {b[1]:.2f} / {b[2]:.2f} |")
    mean = {k: sum(v) / len(v) for k, v in totals.items()}
    rows.append(f"| **mean F1** | **{mean['ours']:.2f}** | **{mean['trafilatura']:.2f}** |")
    table = "\n".join([
        f"Article bodies vs hand-checked references (`tests/expected/html/bodies/`, {len(refs)} pages); "
        f"token F1 on lower-cased words; trafilatura {version('trafilatura')}.", ""] + rows)
    print(table)
    if not args.no_write:
        replace_section(REPO / "BENCHMARKS.md", "bench-bodies", table)
        print("\nwritten to BENCHMARKS.md")


if __name__ == "__main__":
    main()
