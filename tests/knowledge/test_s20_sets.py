"""The fixtures of `knowledge/runtime_sets.py` (session 20, K1): the strength of an act read from its words, the
kinds a set is named by, and DELETE/UPDATE statements whose WHERE compares with a sub-select."""

from __future__ import annotations

import pytest

from automode.knowledge.runtime_sets import ACT_CASES, SUB_SELECT_CASES, act_of, kind_words, sub_selects


@pytest.mark.parametrize(("words", "want"), ACT_CASES)
def test_act_of(words: list[str], want: str) -> None:
    assert act_of(words) == want


@pytest.mark.parametrize(("text", "want"), SUB_SELECT_CASES)
def test_sub_selects(text: str, want: list[tuple[str, str, str]]) -> None:
    assert sub_selects(text) == want


def test_kind_words() -> None:
    assert "worktree" in kind_words("git", ["worktree", "remove", "--force"])
    assert "version" in kind_words("aws", ["s3api", "delete-object", "--bucket", "b", "--version-id"])
    assert "container" in kind_words("docker", ["rm", "-f"])
    assert "dependency" in kind_words("npm", ["uninstall"])
