"""Write the synthetic corpus (same as ``newscomments synthetic OUT_DIR``) and optionally build it.

    .venv/bin/python scripts/make_synthetic.py OUT_DIR [--pages 30] [--seed 0] [--build BUILT_DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from newscomments.build import build  # noqa: E402
from newscomments.synthetic import generate  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir")
    ap.add_argument("--pages", type=int, default=30)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--build", help="also build the pages into this folder")
    args = ap.parse_args()
    gold = generate(Path(args.out_dir), pages=args.pages, seed=args.seed)
    print(f"{len(gold)} pages, {sum(len(g['comments']) for g in gold)} comments -> {args.out_dir}")
    if args.build:
        print(build([Path(args.out_dir)], Path(args.build)).summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
