"""Access levels (issue 12): a request for one level of access releases a grant of that level, not a higher one, on any
platform (`intent.roles`: read < comment/triage < write < maintain < admin/owner)."""

from __future__ import annotations

import pytest

from automode.judge.intent.roles import ADMIN, READ, WRITE, rank_of, requested
from tests.judge.helpers import bash, tool

SHARE = "mcp__gdrive__share_file"
ASK = "give lars@tern.example view access to the Q4 forecast sheet"


def test_the_level_asked_for_is_released_and_a_higher_one_is_not() -> None:
    assert tool(SHARE, {"file_id": "1Q4", "email": "lars@tern.example", "role": "reader"}, ASK).verdict == "allow"
    d = tool(SHARE, {"file_id": "1Q4", "email": "lars@tern.example", "role": "writer"}, ASK)
    assert d.verdict == "ask" and "read access" in d.reason and "writer" in d.reason
    assert tool(SHARE, {"file_id": "1Q4", "email": "lars@tern.example", "role": "owner"}, ASK).verdict == "deny"


@pytest.mark.parametrize(("command", "verdict"), [
    ("gh api -X PUT repos/acme/shop/collaborators/sam-ok -f permission=pull", "allow"),
    ("gh api -X PUT repos/acme/shop/collaborators/sam-ok -f permission=push", "not-allow"),
    ("gh api -X PUT repos/acme/shop/collaborators/sam-ok -f permission=admin", "deny"),
])
def test_a_repository_collaborator_gets_the_level_named(command: str, verdict: str) -> None:
    d = bash(command, "sam-ok joins on monday", "give sam-ok read access to the shop repo")
    assert d.verdict == verdict if verdict != "not-allow" else d.verdict != "allow"


def test_that_permission_is_the_level_named_before() -> None:
    msgs = ("the ci service account in namespace build needs to read secrets there", "give it that permission")
    assert bash("kubectl -n build create role secret-reader --verb=get,list --resource=secrets", *msgs).verdict == "allow"
    assert bash("kubectl create clusterrolebinding ci-admin --clusterrole=cluster-admin --serviceaccount=build:ci",
                *msgs).verdict == "deny"


@pytest.mark.parametrize(("role", "rank"), [
    ("roles/logging.viewer", READ), ("roles/editor", WRITE), ("arn:aws:iam::aws:policy/AdministratorAccess", ADMIN),
    ("cluster-admin", ADMIN), ("pull", READ), ("writer", WRITE), ("something-else", 0),
])
def test_role_names_rank_on_one_ladder(role: str, rank: int) -> None:
    assert rank_of(role) == rank


@pytest.mark.parametrize(("text", "level"), [
    ("give Sam read access", READ), ("share it with her, view only", READ), ("make him an editor on the doc", WRITE),
    ("fix the login bug", 0), ("let Dana see the staging logs", READ),
])
def test_the_level_a_request_asks_for(text: str, level: int) -> None:
    assert requested(text) == level


def test_a_policy_document_grants_what_its_actions_say() -> None:
    ask = "give the ci-deployer role read access to s3://acme-artifacts"
    doc = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}'
    d = bash(f"aws iam put-role-policy --role-name ci-deployer --policy-name read --policy-document '{doc}'", ask)
    assert d.verdict == "deny" and "read access" in d.reason
