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
    d = tool("mcp__github__update_issue", {"owner": "o", "repo": "r", "issue_number": 7, "state": "closed"}, msg)
    assert d.verdict == "deny" and "close" in d.reason
    ok = tool("mcp__github__update_issue", {"owner": "o", "repo": "r", "issue_number": 7, "labels": ["bug"]}, msg)
    assert ok.verdict == "allow"
