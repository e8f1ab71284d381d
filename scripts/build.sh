#!/usr/bin/env bash
# Set up, then build the dataset from raw/ into processed/ and show where it went.
# Extra arguments go to `newscomments build` (e.g. other raw folders, --out DIR); their paths
# are taken from where you run this. Without arguments it builds the repository's raw/ into
# its processed/ from wherever it is run (from the repository root, so that the file names
# recorded in the build are the same in every clone).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
bash "$repo/scripts/setup.sh"
export HF_DATASETS_OFFLINE=1 HF_HUB_OFFLINE=1
if [ "$#" -eq 0 ]; then
    cd "$repo"
fi
"$repo/.venv/bin/newscomments" build "$@"
