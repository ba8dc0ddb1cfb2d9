"""A tool's home that keeps credentials is not a cache (paths._holds_secret): `rm -rf ~/.gradle` also deletes
gradle.properties (signing and publishing credentials); `~/.gradle/caches` is the cache the user means."""

from __future__ import annotations

import pytest

from automode.model import Context
from tests.engine.helpers import decide

CTX = Context(cwd="/home/maya/src/app", project_root="/home/maya/src/app", home="/home/maya")


@pytest.mark.parametrize("cmd", ["rm -rf ~/.gradle", "rm -rf /home/maya/.gradle && ./gradlew assembleDebug"])
def test_deleting_a_tool_home_with_credentials_is_not_cache_cleaning(cmd: str) -> None:
    assert decide(cmd, CTX).verdict != "allow"


@pytest.mark.parametrize("cmd", ["rm -rf ~/.gradle/caches", "rm -rf ~/.gradle/caches/transforms-3", "rm -rf .gradle",
                                 "rm -rf ~/.cache/pip", "rm -rf build .gradle"])  # fmt: skip
def test_the_caches_themselves_stay_disposable(cmd: str) -> None:
    assert decide(cmd, CTX).verdict == "allow"
