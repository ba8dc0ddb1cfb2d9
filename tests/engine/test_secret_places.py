"""The secret-file tables of `automode.secret_places`: every must-match path is a secret, every must-not-match path is
not (session 13, S6)."""

from __future__ import annotations

import pytest

from automode.paths import classify, is_secret_path
from automode.secret_places import MUST_MATCH, MUST_NOT_MATCH

HOME = "/home/dev"


@pytest.mark.parametrize("path", MUST_MATCH)
def test_secret_by_name_or_place(path: str) -> None:
    assert is_secret_path(path, HOME), path


@pytest.mark.parametrize("path", MUST_NOT_MATCH)
def test_not_a_secret(path: str) -> None:
    assert not is_secret_path(path, HOME), path


def test_a_project_password_file_is_classed_secret() -> None:
    assert classify("deploy/release.keystore.pass", "/home/dev/shop", HOME, "/home/dev/shop").cls == "secret"
