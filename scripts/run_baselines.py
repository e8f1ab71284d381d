"""Run every baseline of every task on a synthetic build (and on a build of the shared corpus
when it exists, reported apart) and write the results table into BENCHMARKS.md.

    .venv/bin/python scripts/run_baselines.py [--pages 300] [--seed 0] [--seeds 5] [--no-write]

Synthetic: ``newscomments.synthetic`` pages built with author names kept (the names are
invented), scored on the test split. Corpus: ../shared/corpus (text pages and html/) built with
the default pseudonymised build (no names), scored on all splits together (baselines learn
nothing; the corpus is small). Randomised baselines: mean ± std over seeds.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from newscomments.build import BuildOptions, build  # noqa: E402
from newscomments.synthetic import generate  # noqa: E402
from newscomments.tasks import evaluate, prepare  # noqa: E402
from newscomments.tasks.baselines import BASELINES, RANDOMISED, predict  # noqa: E402
from markers import replace_section  # noqa: E402
from newscomments.tasks.report import cell, table  # noqa: E402

CORPUS = Path(os.environ.get("NEWSCOMMENTS_CORPUS", REPO.parent / "shared" / "corpus"))
SETTINGS = [("reply-parent", {"gold": "structural"}), ("reply-parent", {"gold": "structural+markers"}),
            ("vote-ranking", {})]
COLUMNS = {"reply-parent": ["accuracy", "macro_accuracy", "reply_f1", "root_f1", "mrr", "hits@3"],
           "vote-ranking": ["ndcg@3", "ndcg@5", "ndcg@10", "ndcg"]}


def score_all(data_dir: Path, split: str, seeds: int) -> list[str]:
    out = []
    for task, options in SETTINGS:
        try:
            data = prepare(task, split, data_dir, **options)
        except Exception as exc:  # noqa: BLE001 - reported in the table
            out.append(f"{task} {options}: not scored ({exc})")
            continue
        if not data.ids:
            out.append(f"\n**{task}** {_opts(options)}: no scorable articles in split {split}.\n")
            continue
        rows, size = [], ""
        for name in BASELINES[task]:
            runs = [evaluate(task, predict(task, name, data.inputs, seed=s), data=data)
                    for s in (range(seeds) if name in RANDOMISED else [0])]
            size = f"{runs[0]['articles']} articles, {runs[0]['comments']} scored comments"
            rows.append([name] + [cell([r[c] for r in runs]) for c in COLUMNS[task]])
        out.append(f"\n**{task}** {_opts(options)} — split `{split}`, {size}\n")
        out.append(table(["baseline"] + COLUMNS[task], rows))
    return out


def _opts(options: dict) -> str:
    return ", ".join(f"{k} = `{v}`" for k, v in options.items())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--seed", type=int, default=0, help="synthetic corpus seed")
    ap.add_argument("--seeds", type=int, default=5, help="seeds of the randomised baselines")
    ap.add_argument("--no-write", action="store_true", help="print only; leave BENCHMARKS.md alone")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        generate(tmp / "raw", pages=args.pages, seed=args.seed)
        build([tmp / "raw"], tmp / "built", BuildOptions(keep_author_names=True))
        parts = ["## Benchmark tasks: baselines\n",
                 "Tasks and gold: `src/newscomments/tasks/` (`reply-parent`, `vote-ranking`); score a "
                 "predictions file with `newscomments evaluate TASK FILE [--split test]`. "
                 f"Baselines of `newscomments.tasks.baselines`, `scripts/run_baselines.py` "
                 f"(randomised ones: mean ± std over {args.seeds} seeds).",
                 f"\n### Synthetic corpus ({args.pages} pages, seed {args.seed}; names kept)"]
        parts += score_all(tmp / "built", "test", args.seeds)
        if CORPUS.is_dir():
            paths = [CORPUS] + ([CORPUS / "html"] if (CORPUS / "html").is_dir() else [])
            report = build(paths, tmp / "corpus")
            parts.append(f"\n### Real pages: `../shared/corpus` ({report.pages_parsed} pages parsed, "
                         f"{report.pages_rejected} rejected; pseudonymised, no names)")
            parts += score_all(tmp / "corpus", "all", args.seeds)
        else:
            parts.append(f"\n(Shared corpus not found at {CORPUS}: real-page results not run.)")
    body = "\n".join(parts) + "\n"
    print(body)
    if not args.no_write:
        replace_section(REPO / "BENCHMARKS.md", "baselines", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
