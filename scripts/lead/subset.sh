#!/usr/bin/env bash
# The landing subset of tests on /work/batch (tests/judge included since session 23: three judge failures reached main without it), plus the changed test files.
cd /work/batch
CH=$(git diff main --name-only -- tests | grep '\.py$' | grep -v __init__ | tr '\n' ' ')
PYTHONPATH=/work/batch/src nice /work/main/.venv/bin/python -m pytest -q -x -p no:cacheprovider tests/engine tests/knowledge tests/rules tests/shell tests/files tests/judge tests/integrations/test_cold_imports.py tests/integrations/test_python_api.py $CH "$@" 2>&1 | tail -5
