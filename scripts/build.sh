#!/usr/bin/env bash
# Set up, then build the dataset from raw/ into processed/ and show where it went.
# Extra arguments go to `newscomments build` (e.g. other raw folders, --out DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export HF_DATASETS_OFFLINE=1 HF_HUB_OFFLINE=1
.venv/bin/newscomments build "$@"
