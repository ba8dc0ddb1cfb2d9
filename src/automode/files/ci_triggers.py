"""CI that no longer runs on pull requests: the checks a merge waits for are switched off at their trigger.

Sources: GitHub Actions "Events that trigger workflows" (`on: pull_request | pull_request_target | merge_group`, as a
word, a flow list or block keys); Azure Pipelines YAML schema (`pr: none`, `pr: [...]`, `trigger: none`); Bitbucket
Pipelines (`pull-requests:` pipelines); GitLab CI `workflow:rules` (`if: $CI_PIPELINE_SOURCE == "merge_request_event"`).

An edit weakens the checks when the workflow ran on pull requests before and, after it, runs on none (pushes only,
`workflow_dispatch`, a schedule, or `pr: none`). Dropping the push trigger while pull requests still run CI, or adding
triggers, is not a weakening.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.files.diff import Weakening, _rel
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.files import WriteView

#: Trigger names that validate a change before it merges, per CI system.
PR_EVENTS = ("pull_request", "pull_request_target", "merge_group", "pr", "pull-requests", "merge_request_event")
_KEY = lazyre.compile(r"(?m)^[ \t]*-?[ \t]*(pull_request_target|pull_request|merge_group|pr|pull-requests)[ \t]*:[ \t]*(\S.*)?$")
_FLOW = lazyre.compile(r"(?m)^[ \t]*on[ \t]*:[ \t]*\[?([\w, \t-]+)\]?[ \t]*$")
_MR_RULE = lazyre.compile(r"merge_request_event")
_NONE = lazyre.compile(r"^(?:none|\[\s*\]|false)\b")


def pr_triggers(text: str) -> set[str]:
    """The pull-request triggers a CI file (or a fragment of one) declares: `pull_request`, `pr`, ..."""
    out = {k for k, v in _KEY.findall(text) if not _NONE.match((v or "").strip())}
    for flow in _FLOW.findall(text):
        out |= {w.strip() for w in flow.split(",") if w.strip() in PR_EVENTS}
    if _MR_RULE.search(text):
        out.add("merge_request_event")
    return out


def removed(old: str, new: str) -> str:
    """The pull-request triggers an edit takes away when none is left ("" otherwise)."""
    was = pr_triggers(old)
    if not was or pr_triggers(new):
        return ""
    return ", ".join(sorted(was))


def weakening(w: WriteView, root: str) -> Weakening | None:
    gone = removed(w.old, w.new) if w.old else ""
    if not gone:
        return None
    return Weakening("gates", f"stops the CI in {_rel(w, root)} from running on pull requests ({gone} removed): the checks "
                     f"a merge waits for no longer run", gone)


#: The trigger that runs a fork's pull request in the base repository's context (docs.github.com/actions/reference/
#: events-that-trigger-workflows#pull_request_target).
PR_TARGET = lazyre.compile(r"^\s*(?:-\s*)?pull_request_target\s*:?|^\s*on\s*:\s*\[[^\]\n]*\bpull_request_target\b|"
                           r"^\s*on\s*:\s*pull_request_target\b", re.M)


def target_switched(w: WriteView, rel: str, pr_head: re.Pattern[str]) -> Weakening | None:
    """A workflow switched to `pull_request_target` by an edit that shows only part of it (whether a job checks out
    the pull request's code is out of view): a question (`ci-ask`, AM-WRITE-009)."""
    from automode.files.diff import _q, added

    m = added(PR_TARGET, w)
    if m is None or w.tool not in ("Edit", "MultiEdit") or pr_head.search(w.new):
        return None
    return Weakening("ci-ask", f"switches the workflow in {rel} to pull_request_target, which runs with the base repository's "
                     "secrets and write token: any job that checks out the pull request runs the fork's code with them", _q(m))
