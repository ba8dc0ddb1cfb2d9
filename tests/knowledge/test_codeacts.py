"""The tables of session 19's J3: what inline code does to an application's data (`knowledge.codeacts`), and issuer
prefixes of credentials in values that leave (`knowledge.token_prefixes`), each against its fixtures."""

from __future__ import annotations

import pytest

from automode.knowledge import codeacts, token_prefixes


@pytest.mark.parametrize(("code", "orm", "want"), codeacts.FIXTURES)
def test_codeacts_rows(code: str, orm: bool, want: tuple[str, ...]) -> None:
    assert tuple(r.name for r, _ in codeacts.acts(code, orm)) == want


@pytest.mark.parametrize(("text", "encoded", "want"), token_prefixes.FIXTURES)
def test_token_prefixes(text: str, encoded: bool, want: bool) -> None:
    assert bool(token_prefixes.found(text, encoded)) is want


def test_every_act_row_is_exercised() -> None:
    matched = {r.name for code, orm, _ in codeacts.FIXTURES for r, _ in codeacts.acts(code, orm)}
    missing = {r.name for r in codeacts.ACTS} - matched
    assert not missing - {"resque", "delayed-job", "good-job", "solid-queue", "cachex"}, missing
