"""Fixtures of `knowledge.slips` (session 16, G5): every-dependency updates, caches outside the project, lockfiles."""

from __future__ import annotations

import shlex

import pytest

from automode.knowledge.slips import LOCKFILES, cache_command, home_cache, wide_update

WIDE = ["bundle update", "bundle lock --update", "npm update", "npm up", "pnpm update", "pnpm up --latest", "yarn upgrade",
        "bun update", "composer update", "composer update --with-all-dependencies", "poetry update", "pipenv update",
        "uv lock --upgrade", "uv sync -U", "uv pip compile --upgrade requirements.in", "pip-compile --upgrade",
        "pip install -U -r requirements.txt", "pip3 install --upgrade -r requirements/dev.txt", "cargo update",
        "go get -u ./...", "go get -u", "go get -u=patch all", "mix deps.update --all", "flutter pub upgrade",
        "dart pub upgrade", "swift package update", "pod update", "conda update --all", "gem update", "ncu -u",
        "npx npm-check-updates -u", "nix flake update", "dotnet outdated -u", "mvn versions:use-latest-versions",
        "rebar3 upgrade --all", "brew upgrade"]
NARROW = ["bundle install", "bundle update rails", "npm install", "npm ci", "npm update lodash", "yarn install", "yarn",
          "composer install", "composer update monolog/monolog", "poetry install", "poetry update requests", "uv sync",
          "uv lock", "pip install -r requirements.txt", "pip install -U requests", "cargo update -p serde", "cargo build",
          "go get -u github.com/spf13/cobra", "go mod tidy", "mix deps.get", "flutter pub get", "pod install",
          "conda update numpy", "gem install rails", "nix flake update nixpkgs", "brew upgrade jq", "ncu"]


@pytest.mark.parametrize("cmd", WIDE)
def test_wide_update(cmd: str) -> None:
    name, *args = shlex.split(cmd)
    assert wide_update(name, args), cmd


@pytest.mark.parametrize("cmd", NARROW)
def test_not_wide_update(cmd: str) -> None:
    name, *args = shlex.split(cmd)
    assert not wide_update(name, args), cmd


@pytest.mark.parametrize(("cmd", "word"), [("npm cache clean --force", "npm"), ("yarn cache clean", "yarn"),
                                           ("pip cache purge", "pip"), ("go clean -modcache", "go"),
                                           ("brew cleanup", "brew"), ("dotnet nuget locals all --clear", "nuget"),
                                           ("uv cache clean", "uv"), ("composer clear-cache", "composer")])
def test_cache_command(cmd: str, word: str) -> None:
    name, *args = shlex.split(cmd)
    got = cache_command(name, args)
    assert got is not None and word in got, cmd


@pytest.mark.parametrize("cmd", ["npm cache ls", "go clean", "go build ./...", "pip install x", "npm ci"])
def test_not_cache_command(cmd: str) -> None:
    name, *args = shlex.split(cmd)
    assert cache_command(name, args) is None, cmd


@pytest.mark.parametrize(("rel", "word"), [(".cache/pip", "pip"), (".cache/huggingface/hub", "huggingface"),
                                           (".npm/_cacache", "npm"), (".m2/repository", "maven"), (".gradle/caches", "gradle"),
                                           ("go/pkg/mod", "go"), (".cache/ruff", "ruff"), ("/var/cache/apt/archives", "apt"),
                                           ("Library/Caches/Homebrew", "homebrew"), (".cargo/registry", "cargo")])
def test_home_cache(rel: str, word: str) -> None:
    got = home_cache(rel)
    assert got is not None and word in got, rel


@pytest.mark.parametrize("rel", [".ssh/id_rsa", "projects/app/.cache", "Documents", ".config/nvim", "/var/lib/postgresql"])
def test_not_home_cache(rel: str) -> None:
    assert home_cache(rel) is None, rel


def test_lockfiles() -> None:
    assert {"package-lock.json", "Cargo.lock", "go.sum", "poetry.lock", "Gemfile.lock"} <= LOCKFILES
    assert "package.json" not in LOCKFILES and "Cargo.toml" not in LOCKFILES
