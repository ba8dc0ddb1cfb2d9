"""A request whose verb no gloss reads, naming exactly the record a mild tool call acts on (judge/intent/unread_verb.py).

Each allowed case was an ask before (friction): the user named the record and the call, in words whose verb automode
cannot read. The refused cases keep what the reading must not release: another record, a value nobody named, a
remark rather than a request, an act that is not mild.
"""

from __future__ import annotations

import pytest

from tests.judge.helpers import expect, tool

GH = {"owner": "acme", "repo": "shop"}


@pytest.mark.parametrize(("name", "inp", "said", "want"), [
    ("mcp__atlassian__jira_transition_issue", {"issue_key": "PORT-882", "transition_id": "31"},
     "passe port-881 et port-882 en done, transition 31", "allow"),
    ("mcp__github__add_issue_comment", {**GH, "issue_number": 318, "body": "Corrigido no branch fix/date-picker."},
     "318번 이슈에 fix/date-picker 브랜치에서 고쳤다고 댓글 달아줘", "allow"),
    ("mcp__linear__update_issue", {"id": "ENG-412", "stateId": "Done"}, "ENG-412 → Done, bitte", "allow"),
    ("mcp__jira__jira_add_comment", {"issue_key": "OPS-77", "comment": "Deployed to staging."},
     "OPS-77 に「staging にデプロイ済み」とコメントしといて", "allow"),
    # another record, a value nobody named, a remark, an act that is not mild: not released by an unread verb
    ("mcp__atlassian__jira_transition_issue", {"issue_key": "PORT-883", "transition_id": "31"},
     "passe port-881 et port-882 en done, transition 31", "not-allow"),
    ("mcp__atlassian__jira_transition_issue", {"issue_key": "PORT-882", "transition_id": "41"},
     "passe port-881 et port-882 en done, transition 31", "not-allow"),
    ("mcp__github__merge_pull_request", {**GH, "pull_number": 318}, "PR 318 ist fertig", "not-allow"),
    ("mcp__github__update_issue", {**GH, "issue_number": 318, "state": "closed"}, "issue 318 est cassé ?", "not-allow"),
    ("mcp__github__add_issue_comment", {"owner": "other-org", "repo": "tools", "issue_number": 318, "body": "done"},
     "318번 이슈에 댓글 달아줘", "not-allow"),
])  # fmt: skip
def test_a_clause_naming_the_record(name: str, inp: dict[str, object], said: str, want: str) -> None:
    got = tool(name, inp, said)
    expect(got.verdict, want, (name, said, got.reason))


@pytest.mark.xfail(strict=True, reason="a forge MCP file delete is analysed as a local project delete (routine), not as "
                   "a commit to the remote branch (knowledge/mcp_args remote_store lacks the forges)")
def test_a_forge_file_delete_on_main_after_a_remark() -> None:
    got = tool("mcp__github__delete_file", {**GH, "path": "docs/old.md", "branch": "main"}, "docs/old.md 은 오래됐어")
    expect(got.verdict, "not-allow", got.reason)
