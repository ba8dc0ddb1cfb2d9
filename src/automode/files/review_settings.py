"""Review settings written as code: the keys that decide who must approve and what must pass before a merge.

One table for every place these settings are kept as text: Terraform providers (github_branch_protection,
github_repository_ruleset, gitlab_branch_protection, gitlab_project, gitlab_project_level_mr_approvals,
gitlab_project_approval_rule, azuredevops_branch_policy_min_reviewers / _build_validation), probot `settings.yml`
(the GitHub REST branch-protection fields), Mergify conditions. Sources: registry.terraform.io docs of the
integrations/github, gitlabhq/gitlab and microsoft/azuredevops providers; docs.github.com/rest/branches/
branch-protection and /rest/repos/rules; docs.gitlab.com/api/protected_branches and merge_request_approvals;
docs.mergify.com/conditions.

A key weakens review when its new value is in the key's weak set (a bool flipped, a ruleset no longer enforced), a
count drops (`required_approving_review_count = 0`) or is taken out, or an access level widens (`push_access_level =
"developer"`).
"""

from __future__ import annotations

import re

from automode import lazyre

WEAK: dict[str, frozenset[str] | str] = {  # key -> its weak values, or "<" (a count lowered)
    "required_approving_review_count": "<", "approvals_required": "<", "approvals_before_merge": "<",
    "reviewer_count": "<", "minimum_approver_count": "<", "minimumapprovercount": "<",
    "approved-reviews-by": "<",  # Mergify: `#approved-reviews-by>=2`
    "enforce_admins": frozenset({"false"}), "dismiss_stale_reviews": frozenset({"false"}),
    "require_code_owner_reviews": frozenset({"false"}), "code_owner_approval_required": frozenset({"false"}),
    "require_last_push_approval": frozenset({"false"}),
    "allow_force_pushes": frozenset({"true"}), "allows_force_pushes": frozenset({"true"}), "allow_force_push": frozenset({"true"}),
    "allow_deletions": frozenset({"true"}), "allows_deletions": frozenset({"true"}),
    "enforcement": frozenset({"disabled", "evaluate"}),
    "submitter_can_vote": frozenset({"true"}), "creator_vote_counts": frozenset({"true"}),
    "merge_requests_author_approval": frozenset({"true"}), "merge_requests_disable_committers_approval": frozenset({"false"}),
    "reset_approvals_on_push": frozenset({"false"}), "on_push_reset_approved_votes": frozenset({"false"}),
    "allow_completion_with_rejects_or_waits": frozenset({"true"}),
    "only_allow_merge_if_pipeline_succeeds": frozenset({"false"}),
    "only_allow_merge_if_all_discussions_are_resolved": frozenset({"false"}),
}  # fmt: skip
# Bypass lists (`bypass_actors`, `pull_request_bypassers`) are left out: naming one release bot there is how teams let
# automation past a review rule, and which actor the user meant is a judgement this table cannot make.
#: GitLab access levels, most people first (docs.gitlab.com/api/protected_branches: 0 no one, 30 developer, 40
#: maintainer, 60 admin): a push or merge level moved towards the front lets more people past review.
LEVELS = {"developer": 30, "30": 30, "developers + maintainers": 30, "maintainer": 40, "40": 40, "admin": 60, "60": 60,
          "no one": 100, "0": 100}  # fmt: skip
LEVEL_KEYS = frozenset({"push_access_level", "merge_access_level", "unprotect_access_level"})
#: Keys too generic to read on their own: they count only in a text about branch policies or rulesets.
SCOPED: dict[str, frozenset[str]] = {"enabled": frozenset({"false"}), "blocking": frozenset({"false"}),
                                     "strict": frozenset({"false"})}
SCOPE_WORDS = ("branch_policy", "ruleset", "branch_protection", "protected_branch")
WORDS = frozenset({*WEAK, *LEVEL_KEYS, *SCOPED, "bypass", "approval", "review"})

_KV = lazyre.compile(r"""(?m)^[ \t]*-?[ \t]*["']?#?([\w-]+)["']?[ \t]*(?:[:=]|>=)[ \t]*["']?([\w. +-]*?)["']?[ \t]*,?[ \t]*(?:#.*)?$""")
_BLOCK = lazyre.compile(r"(?m)^[ \t]*([\w-]+)[ \t]*(?:\{|:[ \t]*$|=[ \t]*\[)")


def _values(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for k, v in _KV.findall(text):
        out.setdefault(k.lower(), []).append(v.strip().lower())
    for k in _BLOCK.findall(text):
        out.setdefault(k.lower(), []).append("{")
    return out


def _num(v: str) -> float | None:
    try:
        return float(v)
    except ValueError:
        return None


def loosened(old: str, new: str) -> str:
    """The first review setting the change weakens, as `key = value` ("" when none)."""
    low = new.lower()
    if not any(w in low or w in old.lower() for w in WORDS):
        return ""
    was, now = _values(old), _values(new)
    scoped = any(w in (low + old.lower()) for w in SCOPE_WORDS)
    for key, vals in now.items():
        weak = WEAK.get(key) or (SCOPED.get(key) if scoped else None)
        before = was.get(key, [])
        for v in vals:
            if weak == "<":
                n, olds = _num(v), [x for x in (_num(b) for b in before) if x is not None]
                if n is not None and ((olds and n < min(olds)) or (not olds and n == 0)):
                    return f"{key} = {v}"
            elif isinstance(weak, frozenset) and v in weak and not any(b in weak for b in before):
                return f"{key} = {v}"
            elif key in LEVEL_KEYS and v in LEVELS:
                olds = [LEVELS[b] for b in before if b in LEVELS]
                if (olds and LEVELS[v] < min(olds)) or (not olds and LEVELS[v] <= 30):
                    return f"{key} = {v}"
    # A count or condition taken out altogether (`- "#approved-reviews-by>=1"` deleted from a Mergify rule).
    for key in was:
        if WEAK.get(key) == "<" and key not in now and re.search(r"approved-reviews-by|approvals_required|"
                                                                 r"required_approving_review_count", key):
            return f"{key} removed"
    return ""
