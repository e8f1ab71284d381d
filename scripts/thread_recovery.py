"""Thread recovery from text dumps: render HTML pages with known structure as seed-like text,
parse the text back with wpdiscuz_text, score its reply edges against the HTML's; write the
table into BENCHMARKS.md.

    .venv/bin/python scripts/thread_recovery.py [--pages 120] [--seed 0] [--no-write]

Gold pages: the wpDiscuz and WordPress HTML pages of a synthetic corpus, and the real HTML pages
of ../shared/corpus (*.html and html/*.html) that ``wpdiscuz_html`` / ``wordpress_html`` parse.
Names kept: 40% of records (keyed hash of page id and position; ``RenderOptions``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from newscomments import parse_page  # noqa: E402
from newscomments.errors import PageRejected  # noqa: E402
from newscomments.render import RenderOptions  # noqa: E402
from newscomments.synthetic import generate  # noqa: E402
from markers import replace_section  # noqa: E402
from newscomments.tasks.report import table  # noqa: E402
from newscomments.tasks.thread_recovery import recover_pages  # noqa: E402

CORPUS = Path(os.environ.get("NEWSCOMMENTS_CORPUS", REPO.parent / "shared" / "corpus"))


def row(label: str, s: dict) -> list[str]:
    def f(x):
        return "–" if x is None else f"{x:.3f}"
    named = s["by_method"].get("reply-marker-named", {"edges": 0, "right": 0})
    unnamed = s["by_method"].get("reply-marker-unnamed", {"edges": 0, "right": 0})
    inf = s["inferred_authors"]
    return [label, str(s["pages"]), str(s["gold_comments"]), str(s["parsed_comments"]), str(s["aligned"]),
            f(s["parent_accuracy"]), str(s["gold_edges"]), f(s["edge_precision"]), f(s["edge_recall"]),
            f(s["edge_f1"]), f"{named['right']}/{named['edges']}", f"{unnamed['right']}/{unnamed['edges']}",
            f"{inf['right']}/{inf['inferred']}"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=120)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    options = RenderOptions()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp), pages=args.pages, seed=args.seed)
        syn = [parse_page(p) for p in sorted(Path(tmp).glob("*.html"))]
        rows.append(row(f"synthetic HTML ({args.pages} pages, seed {args.seed})",
                        recover_pages(syn, options).summary()))
    if CORPUS.is_dir():
        real = []
        for p in sorted(list(CORPUS.glob("*.html")) + list(CORPUS.glob("html/*.html"))):
            try:
                real.append(parse_page(p))
            except PageRejected:
                continue
        rows.append(row("real HTML, ../shared/corpus", recover_pages(real, options).summary()))
    header = ["gold pages", "pages", "gold comments", "parsed", "aligned", "parent acc.", "gold edges",
              "edge P", "edge R", "edge F1", "named marker right", "unnamed marker right", "inferred authors right"]
    body = ("## Thread recovery from text dumps\n\nRender HTML pages with known structure as a crawler's wpDiscuz text dump (nesting flattened, "
            f"{options.name_fraction:.0%} of author lines kept, `Reply to NAME` kept), parse with "
            "`wpdiscuz_text`, score against the HTML (`scripts/thread_recovery.py`, "
            "`newscomments.tasks.thread_recovery`). Only pages with comments parsed by "
            "`wpdiscuz_html`/`wordpress_html` count. Parent accuracy counts roots; edges are reply edges.\n\n"
            + table(header, rows) + "\n")
    print(body)
    if not args.no_write:
        replace_section(REPO / "BENCHMARKS.md", "thread-recovery", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
