"""review-bypass on the code host: a merge past the branch's protection, an approval the agent gives in the user's
name, and the host's review settings loosened through its API or an MCP tool (branch protection and rulesets taken
off or weakened, required checks emptied, merge checks switched off, a check's status forged, a workflow disabled).

The review path itself (a branch pushed, a PR opened, a reviewer requested, a merge that waits for the checks) is
not here; tightening the same settings (a required check added, more approvals required) is an access change the
user may ask for (AM-TRUST-003, released when asked, named by the branch in the path: `review_objects`). The facts are in `knowledge/review.py` and
`files/review_settings.py`; sources: cli.github.com/manual (gh pr merge --admin, gh pr review --approve, gh workflow
disable), docs.github.com/rest (branches/branch-protection, repos/rules, commits/statuses, checks/runs, deployments/
environments), docs.gitlab.com/api (projects, protected_branches, merge_request_approvals), learn.microsoft.com/cli/
azure/repos/pr (set-vote), gitea.com/gitea/tea (pulls approve), the GitHub MCP server's tools
(create_pull_request_review, update_branch_protection).
"""

from __future__ import annotations

import json
import re

from automode import lazyre
from automode.rules.base import Hit, rule
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect
    from automode.shell.parse import Command

#: Commands whose subcommand approves a pull or merge request: (program, leading words, the option that makes a
#: review an approval, or "" when the words alone approve).
APPROVERS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("gh", ("pr", "review"), "--approve"), ("gh", ("pr", "review"), "-a"),
    ("glab", ("mr", "approve"), ""), ("tea", ("pulls", "approve"), ""), ("tea", ("pr", "approve"), ""),
    ("tea", ("pulls", "review"), "--approve"), ("az", ("repos", "pr", "set-vote"), "approve"),
    ("bkt", ("pr", "approve"), ""), ("bb", ("pr", "approve"), ""),
)  # fmt: skip
#: API paths of the review settings: branch protection and its parts, rulesets, protected branches and tags, merge
#: request approval settings and rules, push rules, deployment environments' protection rules, Bitbucket branch
#: restrictions, Azure Repos branch policies.
REVIEW_PATH = lazyre.compile(r"(?:^|/)(?:branches/[^/]+/protection|rulesets|protected_branches|protected_tags|approval_rules|"
                             r"approvals|approval_settings|push_rule|environments/[^/]+|branch-restrictions|"
                             r"policy/configurations)(?:/|$|\?)")  # fmt: skip
#: A check's result written by hand: a commit status or a check run reported as passed.
FORGED_PATH = lazyre.compile(r"(?:^|/)(?:statuses|check-runs|statuses/[0-9a-f$]|commits/[^/]+/statuses)")
#: Fields the host API accepts that loosen review beyond `files.review_settings.WEAK`: a whole part of the protection
#: set to null, self-review allowed, a bypass list given, signatures or linear history no longer required.
API_WEAK: dict[str, frozenset[str]] = {
    "required_status_checks": frozenset({"null", "{}"}), "required_pull_request_reviews": frozenset({"null", "{}"}),
    "prevent_self_review": frozenset({"false"}), "required_signatures": frozenset({"false"}),
    "required_linear_history": frozenset({"false"}), "required_conversation_resolution": frozenset({"false"}),
    "lock_branch": frozenset({"false"}), "contexts": frozenset({"[]"}), "checks": frozenset({"[]"}),
    "reviewers": frozenset({"", "[]"}), "wait_timer": frozenset({"0"}),
}  # fmt: skip
_PAIR = lazyre.compile(r"""["']?([A-Za-z_][\w-]*)(?:\[\])?["']?\s*(?:=|:)\s*(null|\[\s*\]|\{\s*\}|"[^"\n]*"|'[^'\n]*'|[^\s,'"}\]]*)""")
_WRITE_METHODS = frozenset({"post", "put", "patch", "delete"})
#: `gh api` / `glab api` options whose value is not the path.
_VALUED = frozenset({"-X", "--method", "-H", "--header", "-q", "--jq", "-f", "-F", "--field", "--raw-field", "--input", "-t",
                     "--template", "--hostname", "--cache", "-p", "--preview"})


#: HTTP clients whose method and URL say what a call to a code host's REST API does.
HTTP_CLIENTS = frozenset({"curl", "http", "https", "xh", "wget"})
_HTTP_METHOD = frozenset({"-X", "--request", "--method"})
_HTTP_DATA = lazyre.compile(r"^(?:-d|--data(?:-raw|-binary|-urlencode)?|--json|-F|--form|--body-data|--post-data)(?:=|$)")


def _http_call(cmd: Command) -> tuple[str, str] | None:
    """(method, URL path) of a curl/httpie/wget call to a code host's API (data without -X makes a POST)."""
    method, url, data = "", "", False
    args = cmd.args
    for i, w in enumerate(args):
        if w in _HTTP_METHOD and i + 1 < len(args):
            method = args[i + 1].lower()
        elif w.startswith("-X") and len(w) > 2:
            method = w[2:].lower()
        elif _HTTP_DATA.match(w):
            data = True
        elif "://" in w and not url:
            url = w.split("://", 1)[1].split("/", 1)[-1] if "/" in w.split("://", 1)[1] else ""
        elif cmd.name in ("http", "https", "xh") and w.upper() in ("PUT", "POST", "PATCH", "DELETE") and not method:
            method = w.lower()
    method = method or ("post" if data else "get")
    return (method, url) if method in _WRITE_METHODS and url else None


def _api_call(cmd: Command) -> tuple[str, str] | None:
    """(method, path) of `gh api` / `glab api` (fields without -X make a POST) or of an HTTP client's call, or None."""
    if cmd.name in HTTP_CLIENTS:
        return _http_call(cmd)
    if cmd.name not in ("gh", "glab") or cmd.args[:1] != ["api"]:
        return None
    method, path, fields = "", "", False
    args = cmd.args[1:]
    for i, w in enumerate(args):
        if w in ("-X", "--method") and i + 1 < len(args):
            method = args[i + 1].lower()
        elif w.startswith("--method="):
            method = w.split("=", 1)[1].lower()
        elif w.startswith("-X") and len(w) > 2:
            method = w[2:].lower()
        elif w in ("-f", "-F", "--field", "--raw-field", "--input") or w.startswith(("-f", "-F", "--field=", "--raw-field=")):
            fields = True
        elif not w.startswith("-") and not path and (i == 0 or args[i - 1] not in _VALUED):
            path = w
    method = method or ("post" if fields else "get")
    return (method, path) if method in _WRITE_METHODS else None


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(k.lower(), v.strip("\"'").strip().lower()) for k, v in _PAIR.findall(text[:20_000])]


def loosened_text(text: str) -> str:
    """The first review setting a text of fields (`-F k=v`, a JSON body, a jq assignment) loosens, as `key = value`."""
    from automode.files.review_settings import loosened

    pairs = _pairs(text)
    for k, v in pairs:
        if v in API_WEAK.get(k, ()):
            return f"{k} = {v or '(empty)'}"
        if k == "bypass_actors" or (k == "bypass_mode" and v == "always"):
            return f"{k} = {v or '…'}"
    lines = "\n".join(f"{k} = {v}" for k, v in pairs if v not in ("null", "[]", "{}"))
    return loosened("", lines)


def api_loosens(cmd: Command, a: Analysis) -> str | None:
    """What a host API call loosens in the review settings, or None."""
    call = _api_call(cmd)
    if call is None:
        return None
    method, path = call
    text = a.command_text or " ".join(cmd.args)
    if FORGED_PATH.search(path) and any(k in ("state", "conclusion") and v == "success" for k, v in _pairs(text)):
        return f"reports a check as passed by hand (`{path[:60]}`), without running it"
    if REVIEW_PATH.search(path):
        if method == "delete":
            return f"deletes review settings (`{path[:60]}`)"
        weak = loosened_text(text)
        if not weak and "branch-restrictions" in path and ("value", "0") in _pairs(text):
            weak = "value = 0"  # Bitbucket gives a restriction's count as `value` (`require_approvals_to_merge`)
        if weak:
            return f"sets `{weak}` on `{path[:60]}`"
        return None
    if cmd.name in HTTP_CLIENTS:
        return None  # (another API's fields are not a code host's review settings)
    weak = loosened_text(" ".join(cmd.args))  # project settings (`glab api -X PUT projects/x -f only_allow_…=false`)
    return f"sets `{weak}` on `{path[:60]}`" if weak and method in ("put", "patch", "post") else None


_NAMED_IN_PATH = lazyre.compile(r"(?:^|/)(?:branches|protected_branches|rulesets|environments|approval_rules)/([^/?]+)")


def review_objects(cmd: Command) -> list[str] | None:
    """What a user names a review-settings API call by: the branch, ruleset or environment in its path (`main` in
    `repos/o/r/branches/main/protection/...`), or None when the call is not one."""
    call = _api_call(cmd)
    if call is None or (REVIEW_PATH.search(call[1]) is None and FORGED_PATH.search(call[1]) is None):
        return None
    return [m.group(1).replace("%2F", "/") for m in _NAMED_IN_PATH.finditer(call[1])]


@rule(
    "AM-GIT-008",
    category="review-bypass",
    verdict="deny",
    kind="command",
    names={"gh", "glab", "az", "tea", "bkt", "bb"},
    release={"merge"},
    title="Merges past the branch protection or approves in the user's name",
    what="A merge that goes past the branch's required reviews and checks (`gh pr merge --admin`, `az repos pr update "
    "--bypass-policy true`: the control tables' `bypass`), and an approval the agent gives to a pull or merge request "
    "(`gh pr review --approve`, `glab mr approve`, `tea pulls approve`, `az repos pr set-vote --vote approve`, "
    "table `APPROVERS`). Released only by words that ask for exactly that: admin, bypass, override for the merge; "
    "approve, LGTM for the approval.",
    why="Review means a second person looked; an admin merge skips them, and an approval by the agent is one nobody gave.",
    example="gh pr merge 42 --admin --squash",
    instead="Merge without --admin once the checks and reviews pass (`gh pr merge --auto`), or leave comments and let a "
    "person approve.",
    must_match=["gh pr merge 42 --admin --squash", "gh pr review 42 --approve", "gh pr review 42 -a -b lgtm",
                "glab mr approve 17", "tea pulls approve 9", "az repos pr set-vote --id 318 --vote approve",
                "az repos pr update --id 3 --status completed --bypass-policy true"],
    must_not_match=["gh pr merge 42 --squash", "gh pr merge 42 --auto --squash", "gh pr review 42 --comment -b nit",
                    "gh pr review 42 --request-changes -b no", "glab mr view 17", "az repos pr set-vote --id 3 --vote reject"],
)  # fmt: skip
def merge_past_review(cmd: Command, a: Analysis) -> str | None:
    from automode.rules.cloud import control_of

    for prog, words, opt in APPROVERS:
        if cmd.name == prog and tuple(cmd.args[: len(words)]) == words:
            rest = cmd.args[len(words):]
            if not opt or opt in rest or any(x.startswith(opt + "=") for x in rest):
                if prog == "az" and not any(x in ("approve", "approve-with-suggestions") for x in rest):
                    continue
                return f"`{' '.join([cmd.name, *cmd.args])[:60]}` approves the change in the user's name"
    got = control_of(cmd, a)
    if got is not None and got[0].origin == "bypass":
        return f"`{' '.join([cmd.name, *cmd.args])[:60]}` merges past the branch's required reviews and checks"
    return None


@rule(
    "AM-GIT-009",
    category="review-bypass",
    verdict="deny",
    kind="command",
    names={"gh", "glab", *HTTP_CLIENTS},
    release={"update", "delete", "skip", "create"},
    title="Loosens the host's review settings or forges a check",
    what="A `gh api` / `glab api` call (or the same REST call made with curl, httpie or wget) that deletes branch protection, a ruleset or approval rules, sets one of their "
    "fields to a weaker value (required reviews or checks null or emptied, `enforcement=disabled`, `enforce_admins="
    "false`, a bypass list, self-review allowed, `only_allow_merge_if_pipeline_succeeds=false`, approvals before merge "
    "0: `files/review_settings.py` and `API_WEAK`), reports a commit status or check run as passed by hand, or "
    "disables a workflow (`gh workflow disable`). Tightening the same settings is AM-TRUST-003's.",
    why="These settings are how the team makes sure a second person and the checks see each change; a status written "
    "by hand tells the merge button a check passed that never ran.",
    example="gh api -X PUT repos/o/r/rulesets/42 -f enforcement=disabled",
    instead="Tell the user which rule blocks the merge and why; changing it is the repository maintainers' call.",
    must_match=["gh api -X DELETE repos/o/r/branches/main/protection",
                "gh api -X PUT repos/o/r/rulesets/42 -f enforcement=disabled",
                "gh api -X PATCH repos/o/r/branches/main/protection/required_pull_request_reviews -F required_approving_review_count=0",
                "gh api -X PUT repos/o/r/branches/main/protection -F required_status_checks=null -F enforce_admins=false",
                "glab api -X PUT projects/o%2Fr -f only_allow_merge_if_pipeline_succeeds=false",
                "glab api --method POST projects/o%2Fr/approvals -f approvals_before_merge=0",
                "gh api -X POST repos/o/r/statuses/abc123 -f state=success -f context=ci/build",
                "gh workflow disable ci.yml", "gh api -X PUT repos/o/r/environments/prod -F wait_timer=0 -F prevent_self_review=false",
                "curl -X DELETE -H 'Authorization: token x' https://api.github.com/repos/o/r/branches/main/protection",
                "curl -X PUT https://api.bitbucket.org/2.0/repositories/o/r/branch-restrictions/12 -d '{\"value\": 0}'"],
    must_not_match=["gh api repos/o/r/branches/main/protection",
                    "gh api -X POST repos/o/r/branches/main/protection/required_status_checks/contexts -f 'contexts[]=build'",
                    "gh api -X PATCH repos/o/r/branches/main/protection/required_pull_request_reviews -F required_approving_review_count=2",
                    "gh api -X PUT repos/o/r/rulesets/42 -f enforcement=active", "gh workflow enable ci.yml",
                    "gh api -X POST repos/o/r/statuses/abc -f state=pending -f context=deploy", "gh workflow run ci.yml",
                    "curl https://api.github.com/repos/o/r/branches/main/protection", "curl -X POST https://x.example/api/items -d '{\"value\": 0}'"],
)  # fmt: skip
def review_settings_api(cmd: Command, a: Analysis) -> str | None:
    if cmd.name == "gh" and cmd.args[:2] == ["workflow", "disable"]:
        return f"`gh workflow disable {' '.join(cmd.args[2:3])}` switches the workflow's checks off for every push"
    return api_loosens(cmd, a)


#: MCP tools that approve a review or change branch protection, by the words of their name.
_MCP_REVIEW = lazyre.compile(r"(?:pull_request_review|merge_request_review|submit_review|approve|protection|ruleset)", re.I)


@rule(
    "AM-GIT-010",
    category="review-bypass",
    verdict="deny",
    kind="effect",
    names={"mcp"},
    release={"merge", "update", "delete"},
    title="Approves or loosens review through an MCP tool",
    what="An MCP tool call that approves a pull or merge request (`create_pull_request_review` or "
    "`submit_pending_pull_request_review` with `event: APPROVE`, `approve_merge_request`) or writes branch protection "
    "or a ruleset with weaker values (the fields of AM-GIT-009).",
    why="The approval is one nobody gave; the protection is how the team makes sure a second person looks.",
    example="mcp__github__create_pull_request_review {event: 'APPROVE', pull_number: 88}",
    instead="Leave the review as comments (`event: COMMENT`) and let a person approve.",
    must_match=[{"tool": "mcp__github__create_pull_request_review", "input": {"pull_number": 88, "event": "APPROVE", "body": "LGTM"}},
                {"tool": "mcp__gitlab__approve_merge_request", "input": {"merge_request_iid": 4}},
                {"tool": "mcp__github__update_branch_protection", "input": {"branch": "main", "enforce_admins": False,
                                                                            "required_pull_request_reviews": None}}],
    must_not_match=[{"tool": "mcp__github__create_pull_request_review", "input": {"pull_number": 88, "event": "COMMENT", "body": "nit"}},
                    {"tool": "mcp__github__get_pull_request_reviews", "input": {"pull_number": 88}},
                    {"tool": "mcp__github__update_branch_protection", "input": {"branch": "main", "required_approving_review_count": 2}}],
)  # fmt: skip
def mcp_review(e: Effect, a: Analysis) -> str | None:
    from automode.effects import mcp_name

    name = mcp_name(e.target)
    if not _MCP_REVIEW.search(name) or re.search(r"^(?:get|list|search|read)_", name):
        return None
    inp = a.action.input
    event = str(inp.get("event") or inp.get("state") or "").upper()
    if event == "APPROVE" or (re.search(r"approve", name) and "unapprove" not in name):
        return f"`{e.target}` approves the change in the user's name"
    if re.search(r"protection|ruleset", name):
        body = json.dumps(inp, default=str)[:20_000]
        weak = loosened_text(body)
        if weak:
            return f"`{e.target}` sets `{weak}`"
    return None


@rule(
    "AM-GIT-011",
    category="review-bypass",
    verdict="ask",
    kind="effect",
    names={"write"},
    release={"update", "create", "delete"},
    title="Rewrites the code owners in a way automode cannot read",
    what="A shell command that changes a CODEOWNERS file (any of its places: `files/owners.py`) without the new text "
    "being known (`perl -pi`, `sed -i`, `awk -i inplace`, a script): whether an owner is taken off cannot be seen. "
    "Writes with known text (the file tools, a heredoc) are compared line by line by AM-WRITE-010.",
    why="Code owners decide who must review a change; an edit nobody can read may take the required reviewer off.",
    example="perl -pi -e 's/ @acme\\/security//' .github/CODEOWNERS",
    instead="Edit the file with the editor tool, so the change can be read, or tell the user what should change.",
    must_match=["perl -pi -e 's/ @acme\\/security//' .github/CODEOWNERS", "sed -i '/security/d' CODEOWNERS",
                "sed -i 's/@a/@b/' .gitlab/CODEOWNERS"],
    must_not_match=["cat .github/CODEOWNERS", "perl -pi -e 's/a/b/' src/app.py", "touch .github/CODEOWNERS",
                    "echo '/docs/ @acme/docs' >> .github/CODEOWNERS"],
)  # fmt: skip
def owners_unread(e: Effect, a: Analysis) -> str | Hit | None:
    from automode.files import owners

    if e.origin in ("create", "copy", "move") or owners.PATH.search(e.target) is None or not a.shell:
        return None
    gone = _owner_dropped(a.command_text)  # (`sed -i s/A/B/` knows only its replacement, not the lines it changes)
    if gone is not None:
        return Hit(f"takes {gone} out of {e.target.rsplit('/', 1)[-1]} (an in-place substitution or line delete)", "deny")
    from automode.shell.substitute import substitutions

    if e.content is not None and not substitutions(a.command_text):
        return None
    return f"changes {e.target.rsplit('/', 2)[-2] + '/' if '/.' in e.target else ''}CODEOWNERS in a way automode cannot read"


_HANDLE = lazyre.compile(r"@[\w.-]+(?:/[\w.-]+)?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _owner_dropped(text: str) -> str | None:
    """An owner handle an in-place edit's substitution removes (in the pattern, not the replacement) or a line delete
    whose pattern names one: the text the file will lose, read from the edit itself (`shell.substitute`)."""
    from automode.shell.substitute import substitutions

    for pat, repl in substitutions(text):
        for owner in _HANDLE.findall(pat):
            if str(owner) not in repl:
                return str(owner)
    return None


#: The hook names git runs (githooks(5)) that check a change before it lands.
CHECK_HOOKS = frozenset({"pre-commit", "prepare-commit-msg", "commit-msg", "pre-push", "pre-merge-commit", "pre-rebase",
                         "pre-receive", "update", "pre-applypatch", "applypatch-msg"})  # fmt: skip
#: Where a project's hooks live: git's own directory, and the hook managers' committed ones (husky, simple-git-hooks
#: and `core.hooksPath` directories by their usual names).
HOOK_DIR = lazyre.compile(r"/(?:\.git/hooks|\.husky|\.githooks|\.git-hooks|\.hooks)/([\w-]+)$")
#: Text that leaves a hook doing nothing: empty, a shebang alone, `exit 0`, `true`, `:`.
_NOOP = lazyre.compile(r"^\s*(?:#![^\n]*\n\s*)?(?:(?:exit\s+0|true|:)\s*;?\s*)?$")


@rule(
    "AM-GIT-012",
    category="review-bypass",
    verdict="deny",
    kind="effect",
    names={"write", "delete", "chmod"},
    release={"skip"},
    title="Switches a git hook off through its file",
    what="A check hook (`pre-commit`, `commit-msg`, `pre-push`, … in `.git/hooks/`, `.husky/`, `.githooks/`) emptied "
    "(`: > .git/hooks/pre-commit`, `truncate -s0`), replaced by a no-op (`exit 0`), deleted, moved away or made "
    "non-executable (`chmod -x`): the same as `--no-verify`, for every later commit too.",
    why="Hooks run the project's checks (secrets scanning, tests, lint); a hook file switched off ships what they would stop.",
    example=": > .git/hooks/pre-commit && git commit -am wip",
    instead="Run the hook's checks and fix what they report; skip them only when the user asks, for that commit.",
    must_match=[": > .git/hooks/pre-commit", "rm .git/hooks/pre-push", "chmod -x .husky/pre-commit",
                "truncate -s0 .husky/pre-push", "mv .git/hooks/pre-commit /tmp/x"],
    must_not_match=["cat .git/hooks/pre-commit", "chmod +x .husky/pre-commit", "ls .git/hooks",
                    "echo 'npx lint-staged' > .husky/pre-commit", "rm .git/hooks/pre-commit.sample"],
)  # fmt: skip
def hook_file_off(e: Effect, a: Analysis) -> str | None:
    m = HOOK_DIR.search(e.target)
    if m is None or m.group(1) not in CHECK_HOOKS:
        return None
    name = m.group(1)
    if e.kind == "delete":
        return f"removes the {name} hook"
    if e.kind == "chmod":
        if re.search(r"(?:^|\s)(?:[ugoa]*-[rwx]*x|0?[0-7][0-6][0-6]|0?[0-6][0-7][0-7])(?:\s|$)", e.detail or ""):
            return f"makes the {name} hook non-executable (git then skips it)"
        return None
    if e.origin in ("copy", "move", "create"):
        return None
    if e.content is None and e.detail.strip() in (":", "true", ""):
        return f"empties the {name} hook"
    if e.content is not None and _NOOP.match(e.content) and not e.append:
        return f"replaces the {name} hook with one that does nothing"
    return None
