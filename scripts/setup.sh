#!/usr/bin/env bash
# Create .venv (if needed) and install the package with the given extras. Idempotent.
# Usage: scripts/setup.sh [EXTRAS]   e.g. scripts/setup.sh test
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
if [ ! -x .venv/bin/python ]; then
  # The pinned pyarrow and polars are built for Python 3.11 and later: say so, rather than let
  # pip fail with "No matching distribution".
  if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "setup: expected python3 to be Python 3.11 or later, got $(python3 --version 2>&1)" >&2
    exit 2
  fi
  python3 -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
fi
spec="."
[ -n "$extras" ] && spec=".[${extras}]"
.venv/bin/python -m pip install -q -e "$spec"
