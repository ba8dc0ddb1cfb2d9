#!/usr/bin/env bash
# Set up automode (.venv) and run the main job on its embedded default: a realistic agent session, decided offline.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/automode demo "$@"
