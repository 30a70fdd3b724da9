#!/usr/bin/env bash
# Installs everything the tests need, then runs them. CI (.ci/run) calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh dev
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 HF_DATASETS_OFFLINE=1
python3 -m ruff check toolkit tests benchmarks scripts
python3 -m mypy  # files and settings: [tool.mypy] in pyproject.toml
python3 -m pytest -q "$@"
