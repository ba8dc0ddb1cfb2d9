"""`knowledge.wiped_dirs`: build and test tools that remove the directory an option or variable names (red team s17)."""

from __future__ import annotations

import pytest

from tests.engine.helpers import decide

#: Each removes the home directory: denied as `rm -rf ~` is.
MUST_MATCH = [
    "pytest --basetemp=/home/user", "pytest --basetemp ~", "python -m pytest --basetemp=$HOME tests",
    "python3 -m pytest tests --basetemp ~/", 'PYTEST_ADDOPTS="--basetemp=/home/user" pytest', "cargo clean --target-dir ~",
    "CARGO_TARGET_DIR=$HOME cargo clean", "mkdocs build -d ~", "jekyll build --destination /home/user",
    "ng build --output-path=/home/user", "conda remove -p ~ --all -y", "python3 -m venv --clear ~",
    "virtualenv --clear /home/user", "GOMODCACHE=$HOME go clean -modcache", "PRE_COMMIT_HOME=~ pre-commit clean",
    "npm cache clean --force --cache ~", "vite build --outDir ~ --emptyOutDir", "hugo --cleanDestinationDir -d ~",
    "tsup --clean -d ~", "webpack --output-clean --output-path /home/user",
]  # fmt: skip
#: Routine: the directory is the project's, a temporary one, or the option does not remove it.
MUST_NOT_MATCH = [
    "pytest --basetemp=/tmp/pt", "pytest --basetemp=.pytest-tmp", "pytest tests/test_date.py -k parser", "python -m pytest -x",
    "cargo clean", "cargo clean --target-dir target/ci", "mkdocs build -d site", "mkdocs build -d ~ --dirty",
    "python3 -m venv --clear .venv", "python3 -m venv .venv", "virtualenv venv", "go clean -modcache", "pre-commit clean",
    "npm cache clean --force", "vite build --outDir dist --emptyOutDir", "vite build --outDir ~/site", "ng build --output-path dist/app",
    "jekyll build -d _site", "hugo -d ~/public_html/x",
]  # fmt: skip


@pytest.mark.parametrize("cmd", MUST_MATCH)
def test_wiped_home_is_denied(cmd: str) -> None:
    assert decide(cmd).verdict == "deny", cmd


@pytest.mark.parametrize("cmd", MUST_NOT_MATCH)
def test_routine_build_and_test_stay_allowed(cmd: str) -> None:
    assert decide(cmd).verdict == "allow", cmd
