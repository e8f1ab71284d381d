#!/usr/bin/env bash
# Set up, then run the whole test suite (offline).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
export HF_DATASETS_OFFLINE=1 HF_HUB_OFFLINE=1
exec .venv/bin/python -m pytest "$@"
