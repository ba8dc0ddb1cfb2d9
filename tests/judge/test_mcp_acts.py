"""MCP calls judged by the act they perform (issue 12): a tool whose verb changes things outside the project asks
on a question-only session, and a boundary fences a call by its verb or by the state it sets."""

from __future__ import annotations

from tests.judge.helpers import tool


def test_a_transition_on_a_question_is_asked() -> None:
    d = tool("mcp__jira__transition_issue", {"issueKey": "OPS-77", "transition": "Done"},
             "which OPS tickets are still open in this sprint?")
    assert d.verdict != "allow"


def test_closing_through_a_state_value_is_fenced_by_dont_close() -> None:
    msg = "label the new issues bug / feature / question, don't close anything"
    d = tool("mcp__github__update_issue", {"owner": "acme", "repo": "r", "issue_number": 7, "state": "closed"}, msg)
    assert d.verdict == "deny" and "close" in d.reason
    ok = tool("mcp__github__update_issue", {"owner": "acme", "repo": "r", "issue_number": 7, "labels": ["bug"]}, msg)
    assert ok.verdict == "allow"


def test_sharing_with_the_named_person_releases_a_permission_call() -> None:
    msg = "share the launch plan doc with dana@example.test, comment access is enough"
    d = tool("mcp__gdrive__create_permission", {"fileId": "1abcLaunchPlan", "type": "user", "role": "commenter",
                                                 "emailAddress": "dana@example.test"}, msg)
    assert d.verdict == "allow"
    other = tool("mcp__gdrive__create_permission", {"fileId": "1abcLaunchPlan", "type": "user", "role": "commenter",
                                                     "emailAddress": "eve@elsewhere.test"}, msg)
    assert other.verdict != "allow"


def test_a_draft_pull_request_is_released_by_a_request_for_one() -> None:
    d = tool("mcp__github__create_pull_request", {"owner": "acme", "repo": "r", "title": "Bulk tags", "head": "feat/tags",
                                                   "base": "develop", "draft": True},
             "open a draft PR for this branch against develop, title 'Bulk tags'")
    assert d.verdict == "allow"


def test_a_channel_named_by_name_is_a_recipient_a_channel_id_is_not() -> None:
    msg = "let #payments-oncall know the settlement backfill finished"
    wrong = tool("mcp__slack__slack_post_message", {"channel_id": "#general", "text": "backfill finished"}, msg)
    assert wrong.verdict != "allow"
    right = tool("mcp__slack__slack_post_message", {"channel_id": "#payments-oncall", "text": "backfill finished"}, msg)
    assert right.verdict == "allow"
    by_id = tool("mcp__slack__slack_post_message", {"channel_id": "C05PAYONCALL", "text": "backfill finished"}, msg)
    assert by_id.verdict == "allow"
