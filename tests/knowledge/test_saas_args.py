"""`knowledge.saas_args`: the argument names of SaaS tool calls that carry bulk switches, lengths of time, sizes and
counts (must-match / must-not-match from the servers' schemas)."""

from __future__ import annotations

from typing import Any

import pytest

from automode.knowledge import saas_args


@pytest.mark.parametrize(("fn", "arg", "want"), saas_args.FIXTURES, ids=[f"{f[0]}:{f[1]}" for f in saas_args.FIXTURES])
def test_fixture(fn: str, arg: Any, want: object) -> None:
    assert saas_args.run_fixture(fn, arg) == want


@pytest.mark.parametrize(("key", "want"), [("resolveAll", "resolve_all"), ("retention.ms", "retention_ms"),
                                           ("retentionTimeInMinutes", "retention_time_in_minutes"), ("To", "to")])
def test_snake(key: str, want: str) -> None:
    assert saas_args.snake(key) == want
