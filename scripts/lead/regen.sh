#!/usr/bin/env bash
# Regenerate every stored table of worktree $1 (default: cwd) after rule, regex, dataclass or KB changes.
set -e
WT=${1:-$PWD}
cd "$WT"
export PYTHONPATH="$WT/src"
PY=/work/main/.venv/bin/python
$PY -m automode.knowledge.programs_build >/dev/null
$PY -m automode.knowledge.control_build >/dev/null
$PY -m automode.rules.trigger_build >/dev/null
$PY -m automode.retable_build >/dev/null
$PY -m automode.dctable_build >/dev/null
$PY -m automode rules --programs > docs/programs.md
$PY -m automode rules --markdown > docs/rules.md
$PY -m automode rules --settings > docs/settings.md
git status --short | grep -v '^??' || true
