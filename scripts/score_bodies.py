"""Token F1 of article bodies against hand-checked references.

References: ``tests/expected/html/bodies/<page>.json``, each the bag of word tokens of the
article text written by reading a page of ``shared/corpus/html`` by hand. The repository keeps
no page text: every token is stored as a short unkeyed hash (:func:`token_bag`), which is
all a bag-of-words F1 needs. ``--add REF.txt [...]`` turns plain-text references (kept outside
the repository) into such files.

Compares our body (``newscomments.parse_page``) with ``trafilatura.extract(html,
include_comments=False)`` and writes the table between ``<!-- bench-bodies:start -->`` and
``<!-- bench-bodies:end -->`` in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from importlib.metadata import version
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "scripts"))

from markers import publish  # noqa: E402

_TOKEN = re.compile(r"\w+", re.UNICODE)


BODIES = REPO / "tests" / "expected" / "html" / "bodies"


def token_bag(text: str) -> Counter:
    """The lower-cased word tokens of ``text``, each as the first 12 hex digits of its
    BLAKE2b hash (collisions among a page's few thousand tokens: about 1 in 10^8)."""
    return Counter(hashlib.blake2b(t.encode("utf-8"), digest_size=6).hexdigest()
                   for t in _TOKEN.findall(text.lower()))


def load_reference(path: Path) -> Counter:
    return Counter(json.loads(path.read_text(encoding="utf-8"))["bag"])


def write_reference(ref_txt: Path, out_dir: Path = BODIES) -> Path:
    bag = token_bag(ref_txt.read_text(encoding="utf-8"))
    out = out_dir / (ref_txt.stem + ".json")
    doc = {"page": ref_txt.stem, "tokens": sum(bag.values()), "bag": dict(sorted(bag.items()))}
    out.write_text(json.dumps(doc, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    return out


def f1(candidate: str, reference: Counter) -> tuple[float, float, float]:
    """Precision, recall and F1 of the bag of lower-cased word tokens."""
    c, r = token_bag(candidate), reference
    overlap = sum((c & r).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    p, rec = overlap / sum(c.values()), overlap / sum(r.values())
    return p, rec, 2 * p * rec / (p + rec)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus" / "html")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--add", type=Path, nargs="+", metavar="REF.txt",
                    help="turn plain-text references into token-bag files and stop")
    args = ap.parse_args()
    if args.add:
        for ref in args.add:
            print("wrote", write_reference(ref))
        return
    import trafilatura

    from newscomments import parse_page
    from newscomments.decode import decode_page

    refs = sorted(BODIES.glob("*.json"))
    rows = ["| page | ours P / R / F1 | trafilatura P / R / F1 |", "|---|---:|---:|"]
    totals = {"ours": [], "trafilatura": []}
    for ref_path in refs:
        data = (args.corpus / (ref_path.stem + ".html")).read_bytes()
        reference = load_reference(ref_path)
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
    publish("bench-bodies", table, write=not args.no_write)


if __name__ == "__main__":
    main()
