"""Which requests release which rules: the judge's tables (rule -> verb classes, rules never released, words a
request must contain for some acts). Data only; `judge.intent.facts.target` reads them for each finding.
"""

from __future__ import annotations

from automode.judge.intent.lexicon import MAIN_BRANCH_NAMES

#: Which user verb classes can release a rule (rules not listed are never released by the embedded judge:
#: dynamic targets, config injection, secrets sent away, decoded code, security config files, unanalysable input).
RELEASE_VERBS: dict[str, frozenset[str]] = {
    "AM-DESTROY-004": frozenset({"delete"}),
    "AM-DESTROY-005": frozenset({"delete", "move"}),  # moving a tree out of the project is asked by "move"
    "AM-DESTROY-007": frozenset({"update", "create", "touch"}),
    "AM-DESTROY-010": frozenset({"delete", "reset"}),  # "reset my local db" wipes it
    "AM-DESTROY-011": frozenset({"delete"}),
    "AM-DESTROY-012": frozenset({"delete", "kill"}),
    "AM-GIT-001": frozenset({"reset", "delete"}),
    "AM-GIT-002": frozenset({"push"}),  # refined per command: force-push / delete
    "AM-GIT-003": frozenset({"skip"}),
    "AM-GIT-005": frozenset({"push"}),  # the URL or remote must be the user's words (foreign values cap at ask)
    "AM-EXFIL-002": frozenset({"read"}),
    "AM-EXFIL-003": frozenset({"read"}),
    "AM-EXFIL-021": frozenset({"read"}),  # the same read through an MCP tool
    "AM-EXFIL-004": frozenset({"send", "publish", "network"}),
    "AM-RCE-001": frozenset({"run", "install"}),
    "AM-RCE-004": frozenset({"run", "install"}),
    "AM-RCE-008": frozenset({"run", "install"}),  # a clone run where the user asked for it to be run
    "AM-RCE-024": frozenset({"run", "install"}),  # (a repository the user named, a scratch folder: the same)
    "AM-SEC-002": frozenset({"chmod"}),
    "AM-SEC-004": frozenset({"create", "update", "delete"}),
    "AM-SEC-005": frozenset({"privilege"}),
    "AM-SEC-011": frozenset({"privilege", "run"}),  # a container with control of the host: asked, still an ask
    "AM-SEC-060": frozenset({"run", "create", "install", "deploy"}),  # "start a postgres with trust auth on 5432"
    "AM-PERSIST-002": frozenset(
        {"create", "kill", "deploy", "run", "install", "skip"}
    ),  # schedule, enable, restart a service; disable one at boot ("disable nginx at boot")
    "AM-TRUST-001": frozenset({"publish"}),
    "AM-TRUST-008": frozenset({"deploy", "publish", "push", "send", "pay", "rotate", "grant"}),  # a task named for its act
    "AM-DESTROY-015": frozenset({"delete", "reset"}),  # a task named for a teardown
    "AM-TRUST-002": frozenset({"deploy", "push"}),  # "push the zip to the staging slot"
    "AM-TRUST-003": frozenset({"create", "update", "delete", "grant"}),
    "AM-TRUST-004": frozenset({"send", "merge"}),
    "AM-AGENT-003": frozenset({"update", "create", "touch"}),
    "AM-AGENT-004": frozenset({"delete", "force-push", "push", "publish", "deploy", "send", "pay", "merge", "reset",
                               "skip", "privilege", "rotate", "rollback", "unpublish", "deprecate",
                               "invalidate", "shutdown", "reboot", "drain"}),  # refined per prompt: facts._delegated_target
    "AM-RES-002": frozenset({"kill"}),
    "AM-RES-003": frozenset({"kill", "delete", "reset"}),  # "free port 3000, kill whatever holds it", "stop the test container"
    "AM-RES-014": frozenset({"run"}),  # "run the load test against staging"
    "AM-AGENT-014": frozenset({"create", "install", "update"}),  # "add the postgres MCP server"
    # A hook or login item inside the project that the user asked for by name ("add a pre-push hook", "set up husky");
    # rc files, launch agents and other persistence outside the project stay unreleasable (`target`).
    # An authorized key is access given to someone: "give Kemal access to deploy@box, his key is keys/kemal.pub".
    "AM-PERSIST-001": frozenset({"create", "update", "install", "touch", "grant"}),
    # Its removing half (it was one rule until the two got their own titles): released as it was.
    "AM-PERSIST-003": frozenset({"create", "update", "install", "touch"}),
}
#: Rules released only for a record rewritten without the lines a value the user named selects (`intent.linefilter`):
#: no request releases a wipe of the shell history or a log.
FILTERED: dict[str, frozenset[str]] = {"AM-SEC-006": frozenset({"delete", "reset"})}
#: Rules over a written file that a login item the user asked for by name may settle (`intent.persist`).
LOGIN_RULES = frozenset({"AM-PERSIST-001", "AM-PERSIST-002", "AM-PERSIST-003", "AM-AGENT-003",
                         "AM-DESTROY-007"})  # (a start-up file written new or over, outside the project: the same file)
#: Released only by the judge's reading of the call's values (`judge.boundaries.mcp`), never by a verb and a word of its name.
MCP_ONLY = frozenset({"AM-TRUST-005"})
#: Rules added later fall back on their category; these never are released (their risk is not a question of intent).
NEVER = frozenset({"AM-DESTROY-006", "AM-GIT-004", "AM-EXFIL-001", "AM-EXFIL-005", "AM-RCE-002", "AM-SEC-001",
                   "AM-SEC-003", "AM-PARSE-001", "AM-INTERNAL", "AM-INTERNAL-001"})  # fmt: skip
CATEGORY_VERBS: dict[str, frozenset[str]] = {
    "destroy": frozenset({"delete"}),
    "trust-boundary": frozenset({"publish", "deploy", "send", "merge", "push"}),
    "review-bypass": frozenset({"skip"}),
}
#: Rules whose act a generic verb does not name: "fix the README" is no request to make the repository public. The
#: request must also say one of these words (who may see or do what).
NEEDS_KIND: dict[str, frozenset[str]] = {
    "AM-TRUST-003": frozenset({"public", "private", "visibility", "visible", "access", "permission", "permissions", "grant",
                               "share", "shared", "role", "roles", "acl", "policy", "protect", "protection", "require",
                               "readable", "writable", "open", "expose", "invite", "collaborator", "member", "owner",
                               "nobody", "anyone", "publicly", "outside",
                               # the review settings a branch's protection holds ("make e2e a required check")
                               "required", "approvals", "approval", "reviews", "reviewers", "ruleset", "rulesets",
                               # keys and stored secrets, the rule's other half ("rotate the leaked key")
                               "key", "keys", "token", "tokens", "credential", "credentials", "secret", "secrets",
                               # directory accounts and groups ("add svc-build to the Build Operators group", "disable
                               # jdoe's account", "forward her mail to the shared box"): the objects must still be named
                               "group", "groups", "membership", "account", "accounts", "mailbox", "forward", "forwarding",
                               "password", "passwords", "disable", "enable", "unlock", "admin", "admins", "delegate",
                               "delegation", "sharing", "guest", "guests", "external",
                               # a user's tags (RabbitMQ `set_user_tags`: the tag is the user's role)
                               "tag", "tags",
                               # a parameter store's entry ("delete the SSM parameter /app/staging/old_url"; session 21)
                               "parameter", "parameters",
                               # a game server's whitelist ("add kirill to the whitelist"; session 23; ops and bans
                               # name their own act: `vocab.SELF_SAID`)
                               "whitelist", "allowlist"}),
}  # fmt: skip
#: Words a request must hold to release a merge past the branch protection or an approval (AM-GIT-008), the host's
#: review settings loosened (AM-GIT-009) or an approval by an MCP tool (AM-GIT-010): "merge it with admin", "approve
#: PR 88", "drop the required approvals to 0" ask for them; "merge 57 once CI is green", "get it approved" do not.
APPROVE_WORDS = frozenset({"approve", "approval", "lgtm", "sign-off", "signoff"})
_LOOSEN_WORDS = frozenset({"remove", "removing", "drop", "delete", "disable", "off", "lower", "reduce", "relax", "loosen",
                           "bypass", "skip", "zero", "0", "without", "unprotect", "exempt", "allow", "evaluate", "optional",
                           "fewer", "less", "force", "pass", "passed", "success", "green"})  # fmt: skip
NEEDS_KIND["AM-GIT-008"] = frozenset({"admin", "administrator", "bypass", "bypassing", "override", "overriding", *APPROVE_WORDS})
NEEDS_KIND["AM-GIT-009"] = _LOOSEN_WORDS
NEEDS_KIND["AM-GIT-010"] = APPROVE_WORDS | _LOOSEN_WORDS
NEEDS_KIND["AM-GIT-011"] = frozenset({"codeowners", "owners", "owner", "ownership"})
#: A service started with its login off on a published port (AM-SEC-060): "start a postgres for the tests" is no
#: request to drop its password; "with trust auth", "without a password", "no auth" are.
NEEDS_KIND["AM-SEC-060"] = frozenset({"trust", "password", "passwordless", "auth", "authentication", "anonymous", "anonymously",
                                      "login", "token", "security", "insecure", "open", "unauthenticated", "noauth"})
#: Words without which a request releases a merge past the branch's required reviews and checks (`gh pr merge
#: --admin`, `--bypass-policy true`) only to an ask: "merge it with admin, it's a hotfix", "override the protection".
BYPASS_WORDS = frozenset({"admin", "administrator", "bypass", "bypassing", "override", "overriding", "force", "forced",
                          "policy", "policies", "protection", "protections", "anyway", "regardless", "despite",
                          "unreviewed", "without"})  # fmt: skip
#: Words naming the code-owners file, for a rewrite of it whose previous content is unknown.
OWNER_WORDS = frozenset({"codeowners", "owners", "owner", "ownership"})
#: Words a request for making something public must contain (a control effect with origin "public": `Principal: *`,
#: allUsers, `--visibility public`, a share with anyone).
PUBLIC_WORDS = frozenset({"public", "publicly", "everyone", "everybody", "anyone", "anybody", "world", "anonymous",
                          "unauthenticated", "allusers", "open"})  # fmt: skip


#: Control-effect verbs (`effects.VERBS`) whose request classes release the act they are, whatever the rule.
EFFECT_CLASSES: dict[str, frozenset[str]] = {
    "update": frozenset({"update"}), "create": frozenset({"create"}), "delete": frozenset({"delete"}),
    "deploy": frozenset({"deploy"}), "publish": frozenset({"publish"}),
}  # fmt: skip
#: Rules over acts on remote resources and data, whose verb lists give way to the act a command names (`vocab`).
ACT_CATEGORIES = frozenset({"destroy", "trust-boundary", "resource", "persistence"})
#: Released at most to ask: an explicit request is evidence, but the policy keeps a person in the loop.
ASK_AT_MOST = frozenset({"AM-EXFIL-002", "AM-SEC-004", "AM-SEC-011", "AM-SEC-013"})
#: Path classes whose destruction or change no request releases (SPEC §5 catastrophic: system files, devices,
#: rc files and other protected places outside the project).
#: Programs that put a command on a schedule, and the words that ask for one (a recurrence, a time, the tool).
SCHEDULERS = frozenset({"crontab", "at", "batch"})
SCHEDULE_WORDS = frozenset({
    "cron", "crontab", "cronjob", "schedule", "scheduled", "nightly", "daily", "hourly", "weekly", "monthly", "every",
    "each", "recurring", "periodically", "periodic", "later", "tonight", "tomorrow", "hour", "hours", "minutes", "am",
    "pm", "midnight", "noon", "morning", "evening", "night", "timer", "reboot", "startup", "boot", "at",
})  # fmt: skip
UNRELEASABLE_CLASSES = frozenset({"system", "critical", "device"})
MAIN_BRANCHES = MAIN_BRANCH_NAMES
