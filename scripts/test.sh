#!/usr/bin/env bash
# Set up everything the tests need (Python deps, then the system/npm deps in .ci/deps.d/) and run the suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
for dep in .ci/deps.d/*.sh; do
  [ -e "$dep" ] || continue
  echo "== setting up: $dep"
  bash "$dep" || echo "!! $dep failed; tests that need it will say so"
done
if [ "$#" -eq 0 ]; then
  echo "== ruff and mypy --strict"
  .venv/bin/ruff check src tests
  .venv/bin/mypy src/automode
fi
.venv/bin/python -m pytest "$@"
