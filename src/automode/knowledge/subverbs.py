"""The verb of a subcommand, a tool or a method decides its effect, for any program (issue 10, session 14 E1).

Programs no table knows, and known programs whose table has no entry for the subcommand, say what they do in the
verb of their subcommand: `winget uninstall`, `frobctl user-delete`, `acmectl DeleteUser`, `zork db:drop`, `orbit
fleet shutdown`, `relctl release publish`, `kcadm.sh add-roles`. One lexicon (`LEXICON`: a verb word -> the kind of
effect it names) reads them, for subcommands and compounds (`user-delete`, `delete_all`, `DeleteUser`, `db:drop`,
`pool-destroy`), and for MCP tool names and API method names (`rules.trust.MCP_VERBS` and the judge's
`acts.MCP_CLASSES` take its words). Read-only verbs (`READ_WORDS`: list, show, get, describe, status, ...) keep a
command routine, whatever follows them (`frobctl list-deleted`).

`effect(cmd, tool)` gives the `control` effect of such a command: target `SUBVERB`, its verb (`effects.VERBS`), the
values it names (what the judge compares with the user's words) and `op` where the verb is a release-control act
(`restart`, `scale`, `rollback`, `revoke`, `rotate`). `kind_of(cmd)` says which kind (`KINDS`), for the rules of
`rules/subverbs.py`, which make an unasked one an ask that the user naming the act releases.

Where it reads: for a program nobody knows, the first three positional words, up to the first operand (a path, a
number, a URL, `k=v`); for a program the knowledge base knows as a subcommand-style tool (package managers, device
and VM tools, developer CLIs), its first positional word only; never for programs whose arguments are data (`echo`,
`grep`, `cat`), interpreters and scripts (their arguments belong to the script: `knowledge.tasks` reads a script's
name), or project package managers (`npm uninstall x` edits the project's manifest, a routine change).
"""

from __future__ import annotations

from functools import lru_cache

from automode import lazyre
from automode.effects import Effect
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

#: The target of a control effect read from a subcommand's verb, not from a table.
SUBVERB = "subcommand verb"

# fmt: off
#: Kinds of effect a verb names, and per kind: the control verb (`effects.VERBS`), the words of the kind.
KINDS: dict[str, tuple[str, frozenset[str]]] = {
    # removed for good: records, accounts, apps, packages, data
    "delete": ("delete", frozenset({
        "delete", "del", "remove", "rm", "destroy", "drop", "purge", "erase", "wipe", "nuke", "truncate", "expunge",
        "obliterate", "unregister", "deregister", "undefine", "decommission", "retire", "offboard", "unenroll",
        "teardown", "forget", "evict", "shred", "trash", "discard", "remove_all", "deleteall", "flushall",
        "flushdb", "flush", "zap", "clear", "unpublish", "yank", "delist", "unshare", "unsubscribe", "unfollow",
        "uninstall", "autoremove", "remove-package", "unmerge", "rmi", "rb", "dropdb", "dropuser", "kill-all", "unprovision",
        "deprovision", "unassign", "unlist", "prune",
    })),
    # written over or taken back: a state replaced by another (a backup restored, a version rolled back)
    "reset": ("update", frozenset({
        "reset", "restore", "rollback", "revert", "overwrite", "reinit", "reinitialize", "reinitialise", "recreate",
        "reimage", "rebuild-db", "factory", "factoryreset", "downgrade", "undo", "reseed",
        "migrate-down", "rewind", "renumber", "reinstall", "reprovision", "factory-reset",
    })),
    # an image written onto an attached device or chip
    "flash": ("update", frozenset({"flash", "reflash", "burn", "sideload", "dfu", "program", "write_flash",
                                   "writeflash", "flashall"})),
    # who may do what: roles, members, owners, admins, invitations
    "grant": ("permission", frozenset({
        "grant", "assign", "elevate", "invite", "allowlist", "whitelist",
        "impersonate", "add-role", "add-roles", "add-member", "add-members", "add-admin", "make-admin",
        "set-role", "setrole", "add-user-to-group", "adduser", "add-owner", "transfer", "transfer-ownership", "chown",
    })),
    # access taken away or credentials turned over
    "revoke": ("permission", frozenset({
        "revoke", "disable", "deactivate", "suspend", "ban", "lock", "lockout", "expire", "rotate", "rekey",
        "regenerate-key", "reset-password", "kick", "demote", "remove-role", "remove-member", "unauthorize", "deny",
        "unverify", "invalidate", "set-password", "change-password", "update-password", "reset-pass",
        "resetpassword", "setpassword", "changepassword",
    })),
    # words to people: messages, mails, notifications, posts
    "send": ("message", frozenset({
        "send", "post", "notify", "email", "mail", "message", "broadcast", "announce", "tweet", "toot", "sms",
        "page", "alert", "ping-all", "publish-message", "reply", "forward", "comment", "mention", "blast",
    })),
    # a version out to others: packages, releases, artefacts, uploads
    "publish": ("publish", frozenset({
        "publish", "release", "upload", "push", "submit", "ship", "distribute", "syndicate", "share-link",
    })),
    # running software changed: deploys, rollouts, promotions
    "deploy": ("deploy", frozenset({
        "deploy", "redeploy", "rollout", "roll-out", "promote", "provision", "apply", "go-live", "cutover",
        "failover", "switchover",
    })),
    # a protection turned off: backups, encryption, audit logs, versioning, deletion protection (reached only through
    # `PROTECTION_NOUNS` beside a `_NEEDS_IDENTITY` verb: `x backup disable`, `x disable-encryption`)
    "weaken": ("update", frozenset()),
    # running software stopped, restarted or resized
    "stop": ("deploy", frozenset({
        "stop", "kill", "terminate", "halt", "shutdown", "poweroff", "power-off", "reboot", "restart", "bounce",
        "scale", "pause", "suspend-all", "drain", "cordon", "hibernate", "abort", "cancel", "stopall",
        "killall", "panic", "quiesce", "unmount", "umount", "eject",
    })),
}
#: Verbs that only look: a command whose subcommand opens with one of them changes nothing.
READ_WORDS = frozenset({
    "list", "ls", "show", "get", "describe", "desc", "status", "stat", "info", "inspect", "search", "find", "view",
    "diff", "plan", "check", "validate", "verify", "lint", "help", "version", "print", "display", "cat", "read",
    "fetch", "query", "count", "whoami", "ping", "test", "explain", "preview", "dry", "dryrun", "doctor", "audit",
    "logs", "log", "tail", "watch", "top", "stats", "history", "outdated", "lookup", "resolve", "tree", "which",
    "usage", "config-get", "export", "dump", "download", "pull", "clone", "open", "render", "template",
    "completion", "completions", "man", "docs", "health", "healthcheck", "ps", "env", "version-info", "compare",
    "report", "trace", "monitor", "scan", "analyze", "analyse", "estimate", "simulate", "whatif", "noop", "echo",
    "format-check", "probe", "discover", "detect", "list-all", "getall", "describe-all", "summary", "summarize",
})
# fmt: on
#: Nouns that turn a generic change (`add`, `set`, `create`, `update`, `remove`) into a change of who may do what.
PRIVILEGE_NOUNS = frozenset({"role", "roles", "member", "members", "permission", "permissions", "admin", "admins",
                             "owner", "owners", "acl", "acls", "rights", "privilege", "privileges", "grant", "grants",
                             "policy", "policies", "group", "groups", "collaborator", "collaborators", "access",
                             "scope", "scopes", "sudoer", "sudoers", "rolebinding", "binding", "bindings"})  # fmt: skip
#: Generic change verbs that name a privilege change beside `PRIVILEGE_NOUNS` (`add-roles`, `set_permissions`,
#: `AddMember`, `update-policy`); `remove`/`delete` beside them is a revoke.
_GENERIC = frozenset({"add", "set", "create", "update", "put", "attach", "bind", "append", "edit", "modify", "new"})
_TAKE = frozenset({"remove", "delete", "del", "rm", "drop", "detach", "unbind", "unassign", "strip"})
#: Words too weak alone in a compound's second place (`test-upload`, `log-cleaner`): a compound is read by its verb
#: token anywhere except these, which only count as the whole word or the first token.
LEADING_ONLY = frozenset({"page", "program", "undo", "apply", "lock", "deny", "allow", "alert", "comment", "mention",
                          "message", "post", "mail", "email", "sms", "tweet", "toot", "notify", "release", "clear",
                          "flush", "forget", "ship", "push", "reply", "forward", "panic", "eject", "trash",
                          "transfer", "expire", "abort", "cancel", "invalidate"})  # fmt: skip
LEXICON: dict[str, str] = {w: k for k, (_v, words) in KINDS.items() for w in words}
#: The request verb classes (`judge.intent.lexicon.VERBS`) that ask for each kind: the rules' `release`, and the
#: classes of an MCP tool's verb (`judge.intent.acts.MCP_CLASSES`).
RELEASE: dict[str, frozenset[str]] = {
    "delete": frozenset({"delete", "reset", "rollback", "unpublish", "forget"}),
    "reset": frozenset({"delete", "reset", "rollback", "unpublish", "forget"}),
    "flash": frozenset({"deploy", "publish", "install"}),
    "grant": frozenset({"grant", "privilege", "rotate", "chmod", "create", "update", "delete"}),
    "revoke": frozenset({"grant", "privilege", "rotate", "chmod", "create", "update", "delete", "skip", "kill"}),
    "send": frozenset({"send", "publish", "deploy", "push"}),
    "publish": frozenset({"send", "publish", "deploy", "push"}),
    "deploy": frozenset({"send", "publish", "deploy", "push"}),
    "stop": frozenset({"kill", "restart", "reboot", "shutdown", "scale", "drain", "deploy"}),
    "weaken": frozenset({"skip", "update", "delete"}),
}
#: Every word of a change kind, for MCP tool names (`rules.trust.MCP_VERBS`).
CHANGE_WORDS = frozenset(w for w in LEXICON if "-" not in w)
#: The release-control acts (`effects.OPS`) some verbs name more finely than their kind.
_OPS = {"restart": "restart", "reboot": "restart", "bounce": "restart", "scale": "scale", "rollback": "rollback",
        "revert": "rollback", "undo": "rollback", "downgrade": "rollback", "revoke": "revoke", "rotate": "rotate",
        "rekey": "rotate", "promote": "promote", "pause": "pause", "abort": "abort", "cancel": "cancel",
        "yank": "yank", "unpublish": "yank", "publish": "publish", "push": "publish", "upload": "publish",
        "release": "publish", "submit": "publish"}  # fmt: skip

_SPLIT = lazyre.compile(r"[-_:./]+|(?<=[a-z0-9])(?=[A-Z])")
#: A word that is an operand, not a subcommand: a path, a file, a URL, a number, an assignment, an address, a
#: version, quoted text.
_OPERAND = lazyre.compile(r"://|[=@\s/\\.]|^[~$%{(\[<'\"\d]")
#: Variables that say where a framework's mail goes, and the values that keep it on this machine (Laravel, Django,
#: Symfony, Rails): a send command run with them reaches nobody.
_MAIL_SWITCHES = frozenset({"MAIL_MAILER", "MAIL_DRIVER", "EMAIL_BACKEND", "MAILER_DSN", "DELIVERY_METHOD",
                            "ACTION_MAILER_DELIVERY_METHOD", "MAIL_TRANSPORT", "SMS_DRIVER", "NOTIFICATION_DRIVER"})
_MAIL_LOCAL = lazyre.compile(r"(?i)^(?:log|array|null|console|file|locmem|test|dummy|memory|null://\S*|"
                             r"django\.core\.mail\.backends\.(?:console|locmem|filebased|dummy)\.\w+)$")
#: Revoking verbs that take access away only from an account or a credential (`disable-user`, `key disable`); of
#: anything else they switch a setting (`telemetry disable`, `cache expire`).
_NEEDS_IDENTITY = frozenset({"disable", "deactivate", "suspend", "lock", "lockout", "expire", "deny", "invalidate"})
IDENTITY_NOUNS = frozenset({"user", "users", "account", "accounts", "member", "members", "key", "keys", "token",
                            "tokens", "login", "logins", "mfa", "2fa", "sso", "principal", "principals", "credential",
                            "credentials", "apikey", "apikeys", "client", "clients", "tenant", "tenants", "team",
                            "teams", "group", "groups", "role", "roles", "admin", "admins", "session", "sessions",
                            "password", "passwords", "cert", "certs", "certificate", "certificates", "secret",
                            "secrets", "serviceaccount", "sa", "identity", "identities", "device", "devices"})  # fmt: skip


#: What a disabling verb turns off when it is no account (session 22, lead): a protection of data or of the record of
#: what happened. `x backup disable`, `x disable-versioning`, `x audit-log deactivate`: a security degrade the user
#: names (`rules.subverbs`, AM-SEC-058), not a setting like `telemetry disable`.
PROTECTION_NOUNS = frozenset({"backup", "backups", "snapshot", "snapshots", "pitr", "encryption", "encrypt", "kms",
                              "audit", "auditlog", "auditing", "logging", "versioning", "retention", "protection",
                              "firewall", "waf", "ddos", "mfa", "2fa", "tfa", "otp", "totp", "tls", "ssl", "https",
                              "hsts", "signing", "verification", "scanning", "scanner", "antivirus", "defender",
                              "monitoring", "alerting", "alerts", "guardduty", "cloudtrail", "lock", "immutability",
                              "worm", "replication", "deletion", "purge", "rbac", "acl", "auth", "authentication"})  # fmt: skip


def _needs_identity(word: str) -> bool:
    toks = tokens(word)
    return bool(toks) and (toks[0] in _NEEDS_IDENTITY or toks[-1] in _NEEDS_IDENTITY)


_TAILS = frozenset({"all", "everything", "force", "now", "forced", "hard", "data", "tables", "records", "items"})
_SMALL = lazyre.compile(r"(?i)^(?:\d{1,3}|true|false|yes|no|on|off)$")
_ROUTE = lazyre.compile(r"^[A-Za-z][\w-]*(?:[:/][A-Za-z][\w-]*)+$")
#: Options that only print or simulate: the command changes nothing.
DRY = frozenset({"--dry-run", "--dryrun", "--whatif", "--what-if", "--plan", "--simulate", "--noop", "--help", "-h",
                 "--version", "--check", "--preview", "-n", "/?", "/h", "/help"})  # fmt: skip
ALL_OPTIONS = frozenset({"--all", "-a", "-A", "--everything", "--all-namespaces"})


def tokens(word: str) -> list[str]:
    """A subcommand, tool or method name in words, lower case: `DeleteUser` -> delete user, `db:drop` -> db drop,
    `user-delete` -> user delete, `delete_all` -> delete all."""
    return [t.lower() for t in _SPLIT.split(word) if t]


@lru_cache(maxsize=2048)
def word_kind(word: str) -> str | None:
    """The kind (`KINDS`) a subcommand word names, "read" for a read-only one, None for a word that names neither.
    A compound is read by its first token when that is a verb (`delete_all`, `list-deleted`, `add-roles`), else by
    its last verb token (`user-delete`, `db:drop`, `pool-destroy`)."""
    low = word.lower()
    if low in LEXICON:
        return LEXICON[low]
    if low in READ_WORDS:
        return "read"
    tail = low.rsplit(":", 1)[1] if ":" in low.strip(":") else ""
    if tail and tokens(tail)[:1] != [] and tokens(tail)[0] not in LEADING_ONLY:
        kind = word_kind(tail)  # `users:prune-inactive`, `tenants:purge`: the command after its namespace
        if kind is not None:  # (`optimize:clear`, `cache:clear`: a weak word alone, read as before)
            return kind
    toks = tokens(word)
    if not toks:
        return None
    whole = "".join(toks)
    if whole in LEXICON:
        return LEXICON[whole]
    head = toks[0]
    if head in READ_WORDS:
        return "read"
    nouns = set(toks[1:]) & PRIVILEGE_NOUNS
    if head in _GENERIC and nouns:
        return "grant"
    if head in _TAKE and nouns:
        return "revoke"
    if head in LEXICON:
        return LEXICON[head]
    last = len(toks) - 1
    while toks[last] in _TAILS and last > 1:
        last -= 1  # `drop-all`, `user-delete-force`: the verb before its qualifier
    for k in range(len(toks) - 1, 0, -1):
        t = toks[k]
        if t in READ_WORDS:
            return "read"
        if k != last:
            continue  # a verb inside a compound is a noun there (`expect_send_pairs`); the last word is its verb
        if t in LEXICON and t not in LEADING_ONLY:
            if t in _TAKE | {"delete"} and set(toks[:k]) & PRIVILEGE_NOUNS and k == len(toks) - 1:
                return "revoke"  # `role-delete`, `member_remove`: who may do what
            return LEXICON[t]
    return None


def _values(words: list[str]) -> tuple[list[str], set[str]]:
    """The operands and option values of the words after the verb, and the options given."""
    values: list[str] = []
    opts: set[str] = set()
    k = 0
    while k < len(words):
        w = words[k]
        if w.startswith("-") and len(w) > 1 and not w[1].isdigit():
            name, eq, val = w.partition("=")
            opts.add(name)
            if eq:
                values.append(val)
            elif k + 1 < len(words) and not words[k + 1].startswith("-"):
                values.append(words[k + 1])
                k += 1
        elif w:
            values.append(w)
        k += 1
    # a count, a step or a switch's value is no object the user names (`--step=1`, `-n 3`, `--force true`)
    return [v for v in values if v and not _SMALL.match(v)][:12], opts


#: A rake/rails task with its arguments in brackets (`tenants:purge[acme-demo]`, `db:seed[small,fast]`).
TASK_ARGS = lazyre.compile(r"^([A-Za-z_][\w:.-]*)\[([^\]]*)\]$")


def unbracket(words: list[str]) -> list[str]:
    """The words with a rake task's bracketed arguments as words of their own: `tenants:purge[acme]` -> `tenants:purge`,
    `acme` (guides.rubyonrails.org/command_line.html, ruby.github.io/rake: `rake task[arg1,arg2]`)."""
    if not any("[" in w for w in words):
        return words
    out: list[str] = []
    for w in words:
        m = TASK_ARGS.match(w)
        out += [m.group(1), *(x.strip() for x in m.group(2).split(",") if x.strip())] if m else [w]
    return out


def read(words: list[str], limit: int = 3) -> tuple[str, str, list[str], set[str]] | None:
    """(kind, the subcommand words up to the verb, values, options) of a command's arguments (after the program
    name), or None when no verb of change is found among its first `limit` positional words (before an operand)."""
    words = unbracket(words)
    pos: list[int] = []
    after_option = False
    for k, w in enumerate(words):
        if w.startswith("-") or w in DRY:
            if w in DRY:
                return None
            after_option = "=" not in w
            continue
        if not after_option or (w.lower() in LEXICON and w.lower() not in LEADING_ONLY):
            pos.append(k)  # (a word after an option may be its value: `--message hi`, `--profile prod`)
        after_option = False
    if not pos:
        return None
    found: tuple[int, int, str] | None = None
    if limit == 3 and len(pos) > 3 and all(_GROUP_WORD.match(words[k]) for k in pos[:3]) \
            and word_kind(words[pos[3]]) == "delete":
        limit = 4  # `ovhcloud cloud project instance delete x`: three group words before a removal verb
    for n, k in enumerate(pos[:limit]):
        w = words[k]
        if _OPERAND.search(w) and not _ROUTE.match(w):
            break
        if w[:1].isupper() and len(tokens(w)) == 1:
            continue  # a capitalised word is a title or a name (`dunstify "Title" "Message"`), not a subcommand
        kind = word_kind(w)
        if kind == "read":
            return None  # `x release show 2.4`, `x deploy status`: a look at what it names
        if kind is not None:
            found = (n, k, kind)  # the last verb of the lead is its act (`release publish 2.4`: a publish)
    if found is None:
        return None
    n, k, kind = found
    if _needs_identity(words[k]):
        near = {t for j in pos[max(0, n - 1) : n + 2] for t in tokens(words[j])}
        if not near & IDENTITY_NOUNS:
            if near & PROTECTION_NOUNS and set(tokens(words[k])) & {"disable", "deactivate", "suspend"}:
                kind = "weaken"  # `x backup disable`, `x disable-encryption`: a protection turned off
            else:
                return None  # `next telemetry disable`, `x cache expire`: a setting turned off, not an account
    lead = " ".join(words[j] for j in pos[: n + 1])
    vals, opts = _values(words[k + 1 :])
    return kind, lead, vals, opts


#: A subcommand group's word (`cloud`, `project`, `instance`): lower case letters, no operand's marks.
_GROUP_WORD = lazyre.compile(r"^[a-z][a-z-]{1,24}$")


def unknown(cmd: Command) -> Effect | None:
    """The control effect of a program no table names: a cmdlet by its approved verb (`knowledge.cmdlet_verbs`),
    any other program by its subcommand's verb."""
    from automode.knowledge.cmdlet_verbs import control_effect, verb_of

    if "-" in cmd.name and verb_of(cmd.name) is not None:
        return control_effect(cmd)
    return effect(cmd)


def effect(cmd: Command, table: tuple[str, str, str] | None = None,
           words: list[tuple[str, bool]] | None = None) -> Effect | None:
    """The control effect of a command whose subcommand's verb says what it does: a program no table knows (`table`
    None), or one whose table (name, family, default environment) has no entry for the subcommand (`words`: its
    words after the tool, as `control.resolve` reads them)."""
    if not cmd.argv or cmd.name_dynamic:
        return None
    own = own_words(cmd, table is not None)
    if own is None and table is None and "/" in cmd.argv[0].value:
        return None  # (a project's script with no subcommand, `./deploy_prod.sh`: `knowledge.tasks` reads its name)
    got = kind_of(cmd, words if table is not None else None)
    if got is None:
        return None
    kind, lead, values, opts = got
    if own is None and table is not None and kind in TABLE_SKIPS.get(table[1], TABLE_SKIPS.get(table[0], frozenset())):
        return None
    if kind == "send" and any(k in _MAIL_SWITCHES and _MAIL_LOCAL.match(v.value) for k, v in cmd.assigns):
        return None  # `MAIL_MAILER=log php artisan reminders:send`: the mail goes to a log, nobody receives it
    from automode.knowledge import publish, sends

    if publish.act(cmd) is not None or sends.sent(cmd) is not None:
        return None  # a publish or a copy out that knowledge reads (`hexo deploy`, `b2 file upload`, `mike deploy`)
    from automode.knowledge.envmarkers import env_of, strongest

    verb = KINDS[kind][0]
    scope = "all" if opts & ALL_OPTIONS else ("one" if values else "")
    from automode.knowledge.owncli import ENV_VAR, flag_facts

    placed = [env_of(v.value) for k, v in cmd.assigns if ENV_VAR.search(k)]  # `RAILS_ENV=staging bin/rails x:purge`
    env = strongest([*placed, *(env_of(v) for v in values)]) or (table[2] if table is not None and own is None else "")
    if own is not None or table is None:

        _skip, every, prod, _as = flag_facts([(w, False) for w in (own if own is not None else values)])
        scope = "all" if every and own is not None else scope
        env = "production" if prod else strongest([env, *(env_of(v.value) for k, v in cmd.assigns if ENV_VAR.search(k))])
    op = next((_OPS[t] for t in reversed(tokens(lead.replace(" ", "-"))) if t in _OPS), "")
    return Effect("control", SUBVERB, detail=(cmd.text or " ".join(w.value for w in cmd.argv))[:200], via=cmd.via,
                  origin="identity" if kind == "grant" else "", verb=verb, scope=scope, env=env,
                  values=tuple(dict.fromkeys(values)), op=op)  # fmt: skip


def kind_of(cmd: Command, table_words: list[tuple[str, bool]] | None = None) -> tuple[str, str, list[str], set[str]] | None:
    """(kind, subcommand words, values, options) of a command read by its verb, None when the program's arguments
    are not a subcommand (data, a script's) or no verb of change stands where a subcommand does. `table_words`: the
    words after the tool of a program a control table knows (`control.resolve`: `python manage.py purge_users`)."""
    own = own_words(cmd, table_words is not None)
    if own is not None:
        return read(own) or _phrase(own) or _stem_verb(cmd, own)
    name = cmd.name
    how = reader(name)
    in_table = table_words is not None
    if how is None and not in_table:
        return None
    if table_words is not None:
        if name.rsplit("/", 1)[-1] in _PROJECT_TOOLS:
            return None  # `./gradlew publishToMavenLocal`: a task's name (`knowledge.tasks` reads it)
        words = [v if not d else "$x" for v, d in table_words]
    else:
        words = [w.value if not w.dynamic else "$x" for w in cmd.argv[1:]]
    got = read(words, 2 if in_table or how == "known" else 3)
    if got is None and how == "unknown" and len(tokens(name)) > 1 and not any(x in DRY for x in words):
        kind = word_kind(name)  # the program's own name is the compound (`kafka-delete-records`, `kill-port`)
        if kind is not None and kind != "read":
            vals, opts = _values(words)
            return kind, name, vals, opts
    if got is None and how == "unknown":
        return _phrase(words)
    return got


def looks(cmd: Command) -> bool:
    """An in-house program or one no table knows whose subcommand's verb only looks (`./bin/x show`, `frobctl
    status --env production`, `swift run admin-cli list`)."""
    words = own_words(cmd)
    if words is None:
        if reader(cmd.name) != "unknown" or "/" in (cmd.argv[0].value if cmd.argv else "/"):
            return False
        words = [w.value if not w.dynamic else "$x" for w in cmd.argv[1:]]
    lead = next((w for w in words if not w.startswith("-")), "")
    return bool(lead) and not _OPERAND.search(lead) and word_kind(lead) == "read"


def own_words(cmd: Command, tabled: bool = False) -> list[str] | None:
    """The argument words of the in-house program `cmd` runs (`knowledge.owncli`: `./bin/tenantctl purge`, `python
    scripts/ops.py wipe`, `go run ./cmd/admin revoke`, `cargo run --bin x -- drop`), None when it runs none. A
    program a table knows (`tabled`) is read here only when a toolchain runs the project's own program."""
    from automode.knowledge.owncli import invocation

    inv = invocation(cmd)
    if inv is None or (tabled and inv.how != "toolchain"):
        return None
    if inv.how == "image" and reader(inv.words[0][0]) != "unknown":
        return None  # a known program run in the image (`docker run img python x.py`): read as itself
    base = inv.label.rsplit("/", 1)[-1].removesuffix(".exe")
    if inv.how == "path" and (base in _PROJECT_TOOLS or base in LOCAL_TOOLS or _PM_DIRS.search(inv.label)):
        return None  # a known program run by its path (`.venv/bin/pip uninstall x`, `vendor/bin/phpunit`)
    return [v if not d else "$x" for v, d in inv.words]


def _stem_verb(cmd: Command, words: list[str]) -> tuple[str, str, list[str], set[str]] | None:
    """A script whose words hold no verb, read by its file's name (`mix run priv/scripts/purge_sessions.exs --all`,
    `python scripts/wipe_cache.py --tenant a`): the name says what it is for (`knowledge.tasks` reads it too)."""
    from automode.knowledge.owncli import invocation

    inv = invocation(cmd)
    if inv is None or inv.how not in ("script", "toolchain", "path") or not words or any(w in DRY for w in words):
        return None  # (a script run bare, `./scripts/wipe-local-cache.sh`, is read by its name in `knowledge.tasks`)
    stem = inv.label.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0] if "." in inv.label.rsplit("/", 1)[-1] \
        else inv.label.rsplit("/", 1)[-1]
    if len(tokens(stem)) < 2 and not _SCRIPT.search(inv.label):
        return None  # a bare program name (`./bin/purge`) whose words said nothing: its name is read by `tasks`
    if {t.lower() for t in tokens(stem)} & _LOCAL_STEM:
        return None  # `wipe-local-cache`, `reset_test_db`: kept on this machine by its own name
    kind = word_kind(stem)
    if kind in (None, "read", "deploy", "publish", "send") or (words and word_kind(words[0]) == "read"):
        return None  # (a script named for a deploy, a release or a send: `knowledge.tasks` reads its name)
    vals, opts = _values(words)
    return kind, stem, vals, opts


#: Directories where package managers put other people's programs (a virtualenv, vendored binaries, tool caches).
_PM_DIRS = lazyre.compile(r"(?:^|/)(?:\.?venv|\.?env|\.tox|\.nox|vendor/bin|\.bundle|site-packages|\.cargo/bin|go/bin|"
                          r"\.local/bin|\.pyenv|\.rbenv|\.nvm|\.volta|\.asdf|\.mise|\.sdkman|conda|miniconda\d?|"
                          r"anaconda\d?|\.pixi|\.gradle|\.m2)/")


#: Words in a script's name that keep what it does on this machine or in a rehearsal (as `knowledge.tasks` reads them).
_LOCAL_STEM = frozenset({"local", "dev", "development", "localhost", "test", "tests", "tmp", "temp", "sandbox",
                         "fixtures", "mock", "fake", "demo", "example", "dry", "dryrun", "kind", "minikube", "ci"})


#: A database noun and the word that takes it back (`migrate down`, `db fresh`, `schema redo`): a reset.
_DB_NOUNS = frozenset({"migrate", "migration", "migrations", "db", "database", "schema", "ecto", "knex"})
_DB_BACK = frozenset({"down", "fresh", "refresh", "redo", "rollback", "reset", "wipe", "drop", "truncate"})


def _phrase(words: list[str]) -> tuple[str, str, list[str], set[str]] | None:
    """A reset said in two words no lexicon entry holds alone (`./bin/db migrate down --all`, `x db fresh`)."""
    if any(w in DRY for w in words):
        return None
    pos = [w for w in words[:6] if not w.startswith("-")][:3]
    toks = [t for w in pos if not _OPERAND.search(w) or _ROUTE.match(w) for t in tokens(w)]
    for k, t in enumerate(toks[:-1]):
        if t in _DB_NOUNS and toks[k + 1] in _DB_BACK:
            at = next((j for j, w in enumerate(words) if toks[k + 1] in tokens(w)), len(words) - 1)
            vals, opts = _values(words[at + 1 :])
            return "reset", " ".join(words[: at + 1]), vals, opts
    return None


# Tools whose arguments are data, files, build targets or packages: a verb-like word there is not a deletion.
LOCAL_TOOLS = frozenset(
    {"echo", "printf", "grep", "egrep", "fgrep", "rg", "ag", "ack", "sed", "awk", "gawk", "test", "[", "[[", "man",
     "info", "help", "tldr", "which", "type", "whatis", "apropos", "command", "builtin", "hash", "cat", "less", "more",
     "head", "tail", "ls", "cd", "touch", "mkdir", "cp", "mv", "ln", "rm", "rmdir", "find", "fd", "xargs", "parallel",
     "rsync", "git", "docker", "podman", "nerdctl", "kubectl", "oc", "helm", "make", "just", "task", "ninja", "cmake",
     "mvn", "gradle", "ant", "bazel", "npm", "yarn", "pnpm", "bun", "npx", "pip", "pip3", "uv", "poetry", "pipx",
     "conda", "mamba", "micromamba", "cargo", "go", "gem", "bundle", "composer", "apt", "apt-get", "aptitude", "dpkg",
     "yum", "dnf", "zypper", "pacman", "brew", "port", "snap", "flatpak", "nix", "nix-env", "pytest", "tox", "nox",
     "systemctl", "service", "crontab", "ufw", "iptables", "jq", "yq", "ssh", "scp", "curl", "wget", "tar", "zip",
     "unzip", "vim", "nano", "emacs", "code", "open", "history", "alias", "unalias", "set", "unset", "export", "trap",
     "read", "true", "false", "source", "eval", "exec", "rustup", "nvm", "pyenv", "asdf", "mise", "dotnet", "flutter",
     "dart", "swift", "xcrun", "xcodebuild", "keytool", "launchctl", "trash", "shred", "truncate", "sqlite3", "psql",
     "mysql", "tmux", "screen", "django-admin", "manage.py", "rails", "rake", "prisma", "php", "artisan", "mix",
     "dune", "stack", "cabal", "opam", "sbt", "lein", "pre-commit", "ruff", "black", "eslint", "prettier", "tsc",
     "jest", "vitest", "mocha", "playwright", "cypress", "ansible", "ansible-playbook", "vagrant", "minikube", "kind",
     "k3s", "virsh", "multipass", "lxc", "ollama", "hf", "huggingface-cli", "wandb", "dvc", "mlflow", "git-lfs",
     "sudo", "env", "ipcrm", "tput", "clear", "reset", "stty", "userdel", "groupdel", "deluser", "delgroup",
     "apply_patch", "applypatch"}  # (Codex's own edit tool: its argument is a patch, read by shell/envelope)
)  # fmt: skip
INTERPRETERS = lazyre.compile(r"^(python\S*|pypy\S*|node(js)?|ruby|perl|php|deno|bun|bash|sh|zsh|dash|ksh|fish|lua\S*|julia|"
                          r"rscript|java|scala|kotlin|groovy|dotnet|erl|elixir|swift|go)$|\.(py|sh|js|ts|rb|pl|php|bash)$")  # fmt: skip


@lru_cache(maxsize=1)
def _carriers() -> frozenset[str]:
    """Wrappers and fan-out runners (`pdsh -w app-[1-3] sudo systemctl restart x`, `schroot -c c -- sudo …`): their
    words are the command they carry, lowered and judged as itself (`shell.unwrap`, `shell.remote.fan_out`), never
    the verbs of a program no table knows (session 26, helper `carried`)."""
    from automode.shell.remote import RUNNERS
    from automode.shell.wrappers import WRAPPERS

    return frozenset(RUNNERS) | frozenset(WRAPPERS)


@lru_cache(maxsize=4096)
def runs_code(name: str) -> bool:
    """Interpreters and scripts: their arguments belong to the program they run."""
    return bool(INTERPRETERS.search(name))


#: Per table family, the kinds its missing subcommands are not: a project's package manager removes or uploads
#: dependencies and packages its table judges (`yarn upload`, `poetry remove`), a push to a phone is a copy (`adb push`),
#: a data tool's push goes to the project's own remote (`dvc push`).
TABLE_SKIPS: dict[str, frozenset[str]] = {
    "toolchain": frozenset(KINDS), "registry": frozenset(KINDS), "device": frozenset({"publish", "send"}),
    "mlops": frozenset({"publish"}),
    # migrations rolled back or refreshed: the migration rules judge a database's schema (`rules.destroy`, AM-TRUST-002)
    "framework": frozenset({"reset"}), "database": frozenset({"reset"}), "warehouse": frozenset({"reset"}),
}
#: Project package managers and everyday local tools: their arguments are packages, files, targets or data.
_PROJECT_TOOLS = frozenset({"npm", "yarn", "pnpm", "bun", "npx", "pip", "pip3", "uv", "poetry", "pipx", "pipenv",
                            "pdm", "hatch", "conda", "mamba", "micromamba", "cargo", "go", "gem", "bundle",
                            "composer", "dotnet", "mix", "rustup", "nvm", "pyenv", "asdf", "mise", "rbenv",
                            "deno", "swift", "pub", "flutter", "dart", "renv", "R", "julia", "stack", "cabal",
                            "opam", "lein", "sbt", "mvn", "gradle", "bazel", "nix-shell", "direnv", "volta",
                            "fnm", "corepack", "pre-commit", "tox", "nox", "git", "hg", "svn", "jj",
                            # task runners: their words are task names, read by `knowledge.tasks`
                            "make", "gmake", "just", "task", "rake", "invoke", "inv", "mage", "doit", "fab", "ant",
                            "poe", "makers", "robo", "phing", "nps",
                            "gradlew", "earthly", "cake", "grunt", "gulp", "jake", "brunch", "nx", "turbo", "lerna",
                            "bazelisk", "buck2", "buck", "pants", "ninja", "meson", "scons", "xmake",
                            # agents and automode itself: their settings are judged key by key (`agent_settings`)
                            "automode", "claude", "codex", "gemini", "qwen", "aider", "cursor-agent", "opencode",
                            # Apple's tools run by xcrun: a local simulator's state, a build sent to be notarized
                            # (checked and stamped, not published: the user's "notarize" is its word)
                            "simctl", "notarytool", "stapler", "altool", "xcrun", "devicectl"})  # fmt: skip
#: Knowledge-base families whose programs take a subcommand first (`snap remove`, `virsh undefine`).
_SUB_FAMILIES = frozenset({"packages", "devtools", "toolchains", "sysadmin", "desktop", "servers", "vcs", "build"})
_NAME = lazyre.compile(r"^[A-Za-z0-9][\w.+-]*$")
_SCRIPT = lazyre.compile(r"(?i)\.(sh|bash|zsh|py|js|mjs|ts|rb|pl|php|ps1|bat|cmd|lua|r)$")


@lru_cache(maxsize=1)
def _kb_families() -> dict[str, str]:
    """Program name or alias -> its knowledge-base family; programs with subcommands of their own in the base
    (`git`, `gpg`, `rails`) are left out: the base reads them."""
    from automode.knowledge.programs_data import PROGRAMS

    out: dict[str, str] = {}
    for name, e in PROGRAMS.items():
        fam = "" if e.get("sub") else str(e.get("family", ""))
        for n in (name, *e.get("aliases", ())):
            out[n] = fam
    return out


@lru_cache(maxsize=4096)
def reader(name: str) -> str | None:
    """How a program's arguments are read for a verb: "unknown" (no table or knowledge names it: its first three
    positional words), "known" (a subcommand-style program the knowledge base knows: its first positional word),
    None (its arguments are data, a script's, or the project's packages)."""
    if not _NAME.match(name) or _SCRIPT.search(name) or name in _PROJECT_TOOLS:
        return None
    if runs_code(name) or name in _carriers():
        return None
    fam = _kb_families().get(name)
    if fam is not None:
        return "known" if fam in _SUB_FAMILIES and name not in LOCAL_TOOLS - SYSTEM_PMS else None
    if name in LOCAL_TOOLS - SYSTEM_PMS:
        return None
    return "unknown"


#: System package managers: an uninstall removes software from the machine, not a dependency from the project.
SYSTEM_PMS = frozenset({"apt", "apt-get", "aptitude", "dpkg", "yum", "dnf", "zypper", "pacman", "brew", "port",
                         "snap", "flatpak", "nix-env", "winget", "choco", "scoop", "apk", "pkg", "emerge", "xbps-remove",
                         "rpm", "mas", "softwareupdate"})  # fmt: skip
