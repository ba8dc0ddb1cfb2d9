"""`knowledge.computed`: loops over a computed listing that act on each item (session 15, F2)."""

from __future__ import annotations

import pytest

from automode.knowledge.computed import CASES, loops


@pytest.mark.parametrize("code,want", CASES, ids=[c[0][:40] for c in CASES])
def test_loops(code: str, want: tuple[str, str] | None) -> None:
    got = loops(code)
    assert ((got[0].kind, got[0].act) if got else None) == want, got
