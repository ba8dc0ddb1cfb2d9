from __future__ import annotations

import pytest

from automode.files.secret_flow import MUST_MATCH, MUST_NOT_MATCH, flows


@pytest.mark.parametrize(("path", "code"), MUST_MATCH, ids=[f"{i}-{p}" for i, (p, _) in enumerate(MUST_MATCH)])
def test_must_match(path: str, code: str) -> None:
    assert flows(path, "", code), code


@pytest.mark.parametrize(("path", "code"), MUST_NOT_MATCH, ids=[f"{i}-{p}" for i, (p, _) in enumerate(MUST_NOT_MATCH)])
def test_must_not_match(path: str, code: str) -> None:
    assert not flows(path, "", code), flows(path, "", code)


def test_old_call_is_not_this_edits() -> None:
    line = "wandb.config.update(dict(os.environ))\n"
    assert not flows("train.py", "import os, wandb\n" + line, "import os, wandb\n" + line + "print(1)\n")
