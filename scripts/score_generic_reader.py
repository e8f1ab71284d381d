"""How the generic comment reader does where the truth is known.

``generic_html`` reads the comments of systems no module knows from the repetition of their
markup (``newscomments.formats.comment_groups``). Its own pages have no truth to score against,
so this script runs the reader alone on the pages a format module reads (wpDiscuz, WordPress,
Blogger, Drupal, SPIP), whose comments that module gives, and counts per group of pages:

- of the module's comments, how many the reader finds, with the same author and the same
  parent (compared position by position);
- on the pages where the module finds no comment, how many the reader would invent.

Pages: the HTML fixtures in ``tests/fixtures/html``, the HTML excerpts of ``shared/corpus`` and
the whole pages of ``shared/corpus/html`` (both skipped when absent). Writes the table between
``<!-- generic-reader:start -->`` and ``<!-- generic-reader:end -->`` in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "scripts"))

from markers import publish  # noqa: E402
from newscomments import parse_page  # noqa: E402
from newscomments.errors import PageRejected  # noqa: E402
from newscomments.formats.comment_groups import read_groups  # noqa: E402
from newscomments.htmlpage.dom import parse_document  # noqa: E402
from newscomments.options import Limits  # noqa: E402


def score(paths: list[Path]) -> dict:
    total = {"pages": 0, "comments": 0, "found": 0, "authors": 0, "parents": 0,
             "empty_pages": 0, "invented": 0, "invented_pages": 0}
    for path in paths:
        data = path.read_bytes()
        try:
            page = parse_page(data, page_id=path.stem, suffix=".html")
        except PageRejected:
            continue
        if page.format == "generic_html":
            continue  # (no truth: these are the reader's own pages)
        tree, _ = parse_document(data, Limits())
        section = read_groups(tree)
        got = section.comments if section is not None else ()
        if not page.comments:
            total["empty_pages"] += 1
            total["invented"] += len(got)
            total["invented_pages"] += bool(got)
            continue
        total["pages"] += 1
        total["comments"] += len(page.comments)
        total["found"] += min(len(got), len(page.comments))
        for truth, mine in zip(page.comments, got):
            total["authors"] += truth.author == mine.author
            total["parents"] += truth.parent_position == mine.parent_position
    return total


def groups(corpus: Path) -> list[tuple[str, list[Path]]]:
    out = [("fixtures", sorted((REPO / "tests" / "fixtures" / "html").glob("*.html")))]
    if corpus.is_dir():
        out.append(("corpus excerpts", sorted(corpus.glob("*.html"))))
        out.append(("corpus whole pages", sorted((corpus / "html").glob("*.html"))))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    rows = ["| pages | with comments | comments | found | authors right | parents right | "
            "without comments | invented comments (pages) |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, paths in groups(args.corpus):
        t = score(paths)
        rows.append(f"| {name} | {t['pages']} | {t['comments']} | {t['found']} | {t['authors']} | {t['parents']} | "
                    f"{t['empty_pages']} | {t['invented']} ({t['invented_pages']}) |")
    table = "\n".join([
        "The generic reader alone (`formats/comment_groups.py`) on the pages a format module reads, "
        "against that module's comments (`scripts/score_generic_reader.py`; compared position by "
        "position).", ""] + rows)
    publish("generic-reader", table, write=not args.no_write)


if __name__ == "__main__":
    main()
