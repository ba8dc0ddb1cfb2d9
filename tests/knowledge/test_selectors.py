"""The selector tables (`knowledge.selectors`): which arguments pick the object, and of what kind."""

from __future__ import annotations

import pytest

from automode.knowledge.selectors import FIXTURES, flag_kind, key_kind, ps_kind


@pytest.mark.parametrize(("table", "given", "want"), FIXTURES, ids=[f"{t}:{g[0]}{g[1]}" for t, g, _ in FIXTURES])
def test_fixture(table: str, given: tuple[str, str], want: str | None) -> None:
    if table == "ps":
        assert ps_kind(*given) == want
    elif table == "flag":
        assert flag_kind(given[0]) == want
    else:
        assert key_kind(given[0]) == want
