"""The judge's MCP value vocabulary (`judge/intent/mcp.py`): what makes a call public, which environment its values
name, what a message body carries. Must-match and must-not-match, from real servers' argument shapes."""

from __future__ import annotations

from typing import Any

import pytest

from automode.judge.intent import mcp_values as mcp
from automode.judge.intent.match import session_intent

PUBLIC: list[tuple[dict[str, Any], bool]] = [
    ({"type": "anyone", "role": "reader"}, True),  # Google Drive permissions.create
    ({"acl": "public-read"}, True),  # S3 canned ACL
    ({"entity": "allUsers", "role": "READER"}, True),  # GCS bucket ACL
    ({"member": "allUsers"}, True),  # GCS IAM
    ({"visibility": "public"}, True),  # GitLab / GitHub
    ({"private": False}, True),  # GitHub create_repository
    ({"public": True}, True),  # Supabase storage bucket, Notion
    ({"access": "anyone_with_link"}, True),
    ({"Policy": '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject"}]}'}, True),
    ({"type": "user", "emailAddress": "a@b.example", "role": "reader"}, False),
    ({"visibility": "private"}, False),
    ({"private": True}, False),
    ({"acl": "private"}, False),
    ({"Policy": '{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::1:role/x"}}]}'}, False),
]


@pytest.mark.parametrize(("inp", "want"), PUBLIC)
def test_made_public(inp: dict[str, Any], want: bool) -> None:
    assert mcp._made_public(inp) is want


ENVS: list[tuple[dict[str, Any], str]] = [
    ({"environment": "production"}, "production"),
    ({"target": "production"}, "production"),  # Vercel
    ({"prod": True}, "production"),  # Netlify
    ({"environmentId": "production"}, "production"),  # Railway
    ({"app": "shop-prod"}, "production"),  # Fly, Heroku
    ({"env": "staging"}, "staging"),
    ({"target": "preview"}, "dev"),
    ({"project": "shop", "target": "HEAD"}, ""),
    ({"name": "prod-notes"}, ""),  # a record's name is not where the call acts
]


@pytest.mark.parametrize(("inp", "want"), ENVS)
def test_call_env(inp: dict[str, Any], want: str) -> None:
    assert mcp.call_env(inp) == want


CARRIED: list[tuple[dict[str, Any], str, bool]] = [
    ({"text": "Customers: a@x.io 415 555 0101, b@y.io 415 555 0102, c@z.io"}, "post the export count", True),
    ({"text": "your code is 492817"}, "tell them the deploy is done", True),
    ({"text": "<!channel> deploy done"}, "post the deploy status", True),
    ({"text": "<!channel> deploy done"}, "tell everyone in #eng the deploy is done", False),
    ({"text": "deploy done, 3 services, lag < 100"}, "post the deploy status", False),
    ({"text": "ping dana@acme.io"}, "post the deploy status", False),
]


@pytest.mark.parametrize(("inp", "said", "want"), CARRIED)
def test_personal_data(inp: dict[str, Any], said: str, want: bool) -> None:
    intent = session_intent((said,), (), (), ())
    assert (mcp.personal_data(inp, intent) is not None) is want
