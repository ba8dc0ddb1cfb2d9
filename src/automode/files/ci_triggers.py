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
from automode.typing_lite import TYPE_CHECKING, Any

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


# ------------------------------------------------------------------ the workflow the user named (session 17, H3)
_WORKFLOW = lazyre.compile(r"(?:^|/)\.github/workflows/([^/]+)\.ya?ml$")
_GENERIC_NAMES = frozenset({"the", "a", "an", "this", "that", "my", "our", "ci", "github", "actions", "pr", "main", "each", "every",
                            "all", "same", "new", "your", "de", "der", "die", "das", "den", "le", "la", "el", "o", "do", "da", "del",
                            "du", "des", "il", "lo", "het", "een", "ten", "one", "other", "whole", "build", "test", "tests"})
_NAMED_WORKFLOW = lazyre.compile(r"(?i)([\w][\w.-]{1,40})[\s-]+(?:workflow|ワークフロー|워크플로|工作流)|(?:workflow|ワークフロー|워크플로|工作流)\s+"
                                 r"(?:(?:de|do|da|del|des|du|von|für)\s+)?([\w][\w.-]{1,40})|([\w][\w-]{1,40})\.ya?ml\b")


def other_workflow(a: Any) -> str | None:  # (an Analysis: files import no analysis)
    """The workflow the user named when it is not the one this edit changes (a GitHub workflow named by its file, its
    stem or its `name:`), else None."""
    w = a.write
    if w is None or a.action.tool not in ("Edit", "MultiEdit"):
        return None  # (a workflow written new may be the companion of the one named: `bench-comment` for "bench")
    m = _WORKFLOW.search(w.path)
    if m is None:
        return None
    stem = m.group(1).lower()
    own = {stem, *re.split(r"[-_.]", stem)}
    title = re.search(r"(?m)^name\s*:\s*['\"]?([^'\"\n#]+)", (w.new or "") + "\n" + (w.old or ""))
    if title is not None:
        own |= {x.lower() for x in re.findall(r"[\w-]+", title.group(1))}
    named: list[str] = []
    for msg in a.ctx.user_messages:
        for mm in _NAMED_WORKFLOW.finditer(msg):
            n = (mm.group(1) or mm.group(2) or mm.group(3) or "").lower().strip(".-")
            if n and n not in _GENERIC_NAMES and len(n) >= 3:
                named.append(n)
    if not named or any(n in own or n == stem or n in stem or any(len(o) >= 4 and (n.startswith(o) or o.startswith(n)) for o in own)
                        for n in named):
        return None
    return named[0]


_FORKS = lazyre.compile(r"(?i)\bfork|フォーク|포크|分叉|复刻|複刻")
#: Workflows that act on a pull request's metadata, not its code (labels, triage, greetings, comments): the ones
#: `pull_request_target` is documented for, asked by "run it for PRs from forks" without the trigger's name.
_METADATA_WORKFLOWS = lazyre.compile(r"(?i)label|triage|greet|welcome|stale|assign|size|first[-_]?interaction|lock|pr[-_]?title|semantic")


def prt_asked(a: Any) -> str | None:  # (an Analysis)
    """The message that asks for this workflow on `pull_request_target`: the trigger by its name, or the workflow by
    its name with pull requests from forks ("make the labeler workflow run for PRs from forks too"); None when the
    user named another workflow or neither."""
    if other_workflow(a) is not None or a.write is None:
        return None
    m = _WORKFLOW.search(a.write.path)
    stem = m.group(1).lower() if m is not None else ""
    msgs: list[str] = [str(x) for x in a.ctx.user_messages]
    for msg in reversed(msgs):
        low = msg.lower()
        if "pull_request_target" in low:
            return msg
        if stem and _METADATA_WORKFLOWS.search(stem) and _FORKS.search(low) and lazyre.whole(stem, low, r"[\w]", r"[\w]") is not None:
            return msg  # (a workflow that runs the PR's code is asked: secrets beside a fork's code is the user's call)
    return None
