"""Handlers of ``newscomments evaluate | audit | synthetic`` (registered in :mod:`newscomments.cli`,
which turns library errors into exit codes). Like the CLI, these print; the library does not."""

from __future__ import annotations

import json
from pathlib import Path

EXIT_OK, EXIT_FAILED = 0, 1


def add_parsers(sub) -> None:
    e = sub.add_parser("evaluate", help="check a predictions file strictly and score it on a split")
    e.add_argument("task", help="task name (reply-parent, vote-ranking)")
    e.add_argument("predictions", help="JSON lines file of predictions")
    e.add_argument("--split", default="test", help="train, validation, test or all (default: test)")
    e.add_argument("--data-dir", default=None, help="built dataset (default: $NEWSCOMMENTS_DATA, else ./processed "
                                                     "when it holds a build, else the shipped sample)")
    e.add_argument("--gold", default=None, help="reply-parent gold: structural (default) or structural+markers")
    e.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    e.set_defaults(func=cmd_evaluate)

    b = sub.add_parser("baseline", help="write a baseline's predictions file for a task and split")
    b.add_argument("task", help="task name (reply-parent, vote-ranking)")
    b.add_argument("baseline", help="baseline name (see the task's BASELINES)")
    b.add_argument("--split", default="test", help="train, validation, test or all (default: test)")
    b.add_argument("--data-dir", default=None, help="built dataset (default: $NEWSCOMMENTS_DATA, else ./processed "
                                                     "when it holds a build, else the shipped sample)")
    b.add_argument("--gold", default=None, help="reply-parent gold the predictions are for: structural "
                                               "(default) or structural+markers (it scores more comments)")
    b.add_argument("--seed", type=int, default=0, help="seed of randomised baselines")
    b.add_argument("--out", default="-", help="predictions file (default: standard output)")
    b.set_defaults(func=cmd_baseline)

    a = sub.add_parser("audit", help="look for leaks across splits (duplicates, shared authors, cut chains)")
    a.add_argument("dir", nargs="?", default="processed", help="a built dataset folder (default: processed/)")
    a.set_defaults(func=cmd_audit)

    s = sub.add_parser("synthetic", help="write a deterministic synthetic corpus of raw pages with gold")
    s.add_argument("out_dir")
    s.add_argument("--pages", type=int, default=30, help="number of article pages (default: 30)")
    s.add_argument("--seed", type=int, default=0)
    s.set_defaults(func=cmd_synthetic)


def cmd_evaluate(args) -> int:
    from . import evaluate
    options = {"gold": args.gold} if args.gold is not None else {}
    scores = evaluate(args.task, Path(args.predictions), split=args.split, data_dir=args.data_dir, **options)
    if args.json:
        print(json.dumps(scores, sort_keys=True))
    else:
        for k, v in scores.items():
            print(f"{k}: {v:.4f}" if isinstance(v, float) else f"{k}: {v}")
    return EXIT_OK


def cmd_baseline(args) -> int:
    import sys

    from ..errors import InputError
    from ..loader import default_data_dir
    from . import get_task, prepare
    from .baselines import BASELINES, predict
    get_task(args.task)
    if args.baseline not in BASELINES[args.task]:
        raise InputError(f"expected a {args.task} baseline in {sorted(BASELINES[args.task])}, got {args.baseline!r}")
    options = {"gold": args.gold} if args.gold is not None else {}
    if args.out != "-":
        _check_predictions_target(Path(args.out))  # before the work, not after it
    data = prepare(args.task, args.split, args.data_dir, **options)
    if not data.ids:  # an empty predictions file would only fail at `evaluate`
        raise InputError(f"task {args.task}: split {data.split!r} of {args.data_dir or default_data_dir()} has no "
                         f"articles this task can score (options {data.options})")
    lines = "".join(json.dumps(p, sort_keys=True) + "\n" for p in predict(args.task, args.baseline, data.inputs, args.seed))
    if args.out == "-":
        sys.stdout.write(lines)
    else:
        try:
            Path(args.out).write_text(lines, encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{args.out}: expected a file to write the predictions to, got "
                             f"{exc.strerror or exc}") from None
        print(f"wrote {lines.count(chr(10))} predictions to {args.out}", file=sys.stderr)
    return EXIT_OK


def _check_predictions_target(out: Path) -> None:
    """A predictions file goes where no data lives: not into a built dataset (its files are
    checksummed; a new one breaks it), not over a file that is not an earlier predictions file."""
    from ..errors import InputError
    if (out.parent / "manifest.json").is_file():
        raise InputError(f"{out}: expected a path outside a built dataset, got one in {out.parent}")
    if out.is_file() and out.stat().st_size:
        with open(out, "rb") as f:
            first = f.readline(1_000_000).strip()
        try:
            ok = isinstance(json.loads(first), dict)
        except ValueError:
            ok = False
        if not ok:
            raise InputError(f"{out}: expected a new file or an earlier predictions file (JSON lines) to "
                             "overwrite, got a file holding something else")


def cmd_audit(args) -> int:
    from ..audit import audit
    report = audit(Path(args.dir))
    print(report.render())
    return EXIT_OK if report.clean else EXIT_FAILED


def cmd_synthetic(args) -> int:
    from ..errors import InputError
    from ..synthetic import generate
    if args.pages < 1:
        raise InputError(f"--pages: expected at least 1, got {args.pages}")
    gold = generate(Path(args.out_dir), pages=args.pages, seed=args.seed)
    n = sum(len(g["comments"]) for g in gold)
    print(f"wrote {len(gold)} synthetic pages ({n} comments), sources.tsv, splits.tsv and gold.jsonl "
          f"to {args.out_dir}")
    return EXIT_OK
