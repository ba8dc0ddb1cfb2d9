"""Project tasks named for a consequential act (issue 10, session 8): `make deploy`, `npm run release`, `bazel run
//svc:push_image`, `just publish`, `nx run api:deploy`, `gradle publish`. automode cannot read the task's body (a
Makefile or package.json the session did not write), but the name a project gives a task says what it is for: a
task named for a deploy, a release or a teardown is that act until shown otherwise.

`RUNNERS` is the knowledge: a task runner -> how its command line names the task(s). Facts from each tool's docs:
GNU make (targets are positional words without `=`), just/task(go-task)/rake/invoke/mage/doit/fab/ant (positional
task names), npm/yarn/pnpm/bun (`run NAME`, and `yarn NAME`/`pnpm NAME`/`bun run NAME` shorthands), composer
`run-script NAME` / `run NAME`, pdm/hatch `run NAME`, nx (`run PROJECT:TARGET`, `run-many -t TARGET`), turbo/lerna
`run TARGET`, Gradle (positional task names, `:proj:task`), sbt (positional commands, `+cmd`), Bazel/Buck2 `run
//pkg:target` (the target's name), cargo-make `make NAME`, earthly `+target`, tox `-e ENV`, nox `-s SESSION`.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

#: runner -> (words that come before the task names, "all" = every positional is a task, options whose value is one)
RUNNERS: dict[str, tuple[frozenset[str], bool, frozenset[str]]] = {
    **dict.fromkeys(("make", "gmake", "just", "task", "rake", "invoke", "inv", "mage", "doit", "fab", "ant", "gradle",
                     "gradlew", "./gradlew", "sbt", "earthly", "cake", "grunt", "gulp", "jake", "brunch",
                     # poethepoet, cargo-make's `makers`, Robo and Phing (PHP), nps
                     "poe", "makers", "robo", "phing", "nps"),
                    (frozenset(), True, frozenset())),
    **dict.fromkeys(("npm", "bun"), (frozenset({"run", "run-script"}), False, frozenset())),
    **dict.fromkeys(("yarn", "pnpm"), (frozenset({"run"}), True, frozenset())),  # `yarn deploy` runs the script too
    "composer": (frozenset({"run-script", "run"}), False, frozenset()),
    **dict.fromkeys(("pdm", "hatch"), (frozenset({"run"}), False, frozenset())),
    **dict.fromkeys(("nx", "turbo", "lerna"), (frozenset({"run", "run-many"}), False, frozenset({"-t", "--target", "--targets"}))),
    **dict.fromkeys(("bazel", "bazelisk", "buck2", "buck", "pants"), (frozenset({"run"}), False, frozenset())),
    # `cargo run --bin purge`, `go run ./cmd/nuke-tenants`, `dotnet run --project tools/Purge`: the program the project
    # built for the act, run by its name (`_LEAD_REQUIRED`: `cargo build --bin purge` only builds it)
    "cargo": (frozenset({"make", "run"}), False, frozenset({"--bin", "--example"})),
    "go": (frozenset({"run"}), False, frozenset()),
    "dotnet": (frozenset({"run"}), False, frozenset({"--project", "-p"})),
    "tox": (frozenset(), False, frozenset({"-e"})),
    "nox": (frozenset(), False, frozenset({"-s", "--session", "--sessions"})),
    # Maven goals (`mvn flyway:clean`, `mvn liquibase:dropAll`: plugin:goal words), Mix tasks (`mix tenants.purge`), dbt macros (`dbt run-operation
    # drop_relations_matching`: docs.getdbt.com/reference/commands/run-operation), Deno tasks (`deno task deploy`)
    **dict.fromkeys(("mvn", "mvnw", "./mvnw", "mix"), (frozenset(), True, frozenset())),
    "dbt": (frozenset({"run-operation"}), False, frozenset()),
}
#: Runners whose task is named only after their run word (`cargo run`, `go run`, `dotnet run`), never after another.
_LEAD_REQUIRED = frozenset({"cargo", "go", "dotnet"})
#: Task-name words and the act they name (names split on - _ : . / + and case changes): what a project calls a task
#: or a script that deploys (`deploy_prod.sh`, `make ship`, `rollout`), publishes (`release.sh`, `publish_to_pypi.py`,
#: `pushImage`), tears down (`nuke-data.sh`, `teardown`, `drop_db`), sends to people (`send_newsletter.py`, `notify`,
#: `announce`, `email-users`), pays (`run_payouts`, `refunds`) or rotates credentials (`rotate-secrets.sh`).
ACT_WORDS: dict[str, str] = {
    **dict.fromkeys(("deploy", "deploys", "deployment", "redeploy", "ship", "rollout", "promote", "provision", "apply",
                     "golive", "cutover", "failover"), "deploy"),
    **dict.fromkeys(("release", "publish", "upload", "push", "publishsigned", "sonatypebundlerelease",
                     "sonatyperelease", "publishtomavencentral", "publishplugins", "pushimage", "ghpages"), "publish"),
    **dict.fromkeys(("destroy", "teardown", "nuke", "purge", "wipe", "drop", "dropdb", "obliterate", "uninstall",
                     "uninstaller", "decommission", "deprovision", "gc", "reap", "expunge",
                     # personal data written over for good (`users:anonymize[all]`, `redact_pii`)
                     "anonymize", "anonymise", "pseudonymize", "pseudonymise", "redact"), "delete"),
    **dict.fromkeys(("send", "notify", "email", "emails", "mail", "mailer", "newsletter", "broadcast", "announce",
                     "tweet", "sms", "blast", "campaign", "mailout", "mailshot"), "send"),
    **dict.fromkeys(("payout", "payouts", "refund", "refunds", "disburse", "disbursement"), "pay"),
    **dict.fromkeys(("rotate", "revoke"), "rotate"),
}
#: Act words that name a project script's act only beside a word of what it acts on: `rotate_logs.sh` rotates log
#: files here, `rotate-secrets.sh` credentials others use; `apply_fix.py` edits code, `make apply` applies a plan.
NEEDS_OBJECT: dict[str, frozenset[str]] = {
    "rotate": frozenset({"secret", "secrets", "key", "keys", "credential", "credentials", "token", "tokens", "password",
                         "passwords", "cert", "certs", "certificate", "certificates", "creds", "apikey", "apikeys"}),
    "revoke": frozenset({"secret", "secrets", "key", "keys", "credential", "credentials", "token", "tokens", "access",
                         "sessions", "cert", "certs", "creds"}),
}
#: Act words that a script's file name does not make its act (`apply_fix.py`, `apply_patch.py`, `promote_type.py`,
#: `provision_fixtures.py`): a task runner's target of that name is the tool's documented act, a script's is not.
SCRIPT_WEAK = frozenset({"apply", "promote", "provision", "push", "upload", "drop", "ship"})
#: Words that destroy stored data when the task name also names the data (`reset-db`, `flush_redis`, `clear-data`,
#: `truncate_tables`): alone they are as often a build's or a UI's own reset.
RESET_WORDS = frozenset({"reset", "flush", "truncate", "clear", "erase", "empty", "recreate", "clean", "cleanup",
                         # migrations taken back (`liquibase:rollback`, `npm run migrate:down`, `flyway:undo`)
                         "rollback", "downgrade", "down", "undo", "revert"})
DATA_WORDS = frozenset({"db", "dbs", "database", "databases", "data", "schema", "tables", "table", "redis", "mongo",
                        "postgres", "pg", "mysql", "elastic", "es", "index", "indices", "bucket", "buckets", "storage",
                        "volumes", "queue", "queues", "users", "prod", "production", "records", "cache", "flyway",
                        "liquibase", "relations", "relation", "schemas", "models", "snapshots", "seeds", "migrate",
                        "migration", "migrations"})  # fmt: skip
#: Words that make a task a look (session 18): verbs that only read, and nouns of what an act left behind.
READ_VERBS = frozenset({"list", "ls", "show", "describe", "inspect", "view", "get", "whoami", "print", "display"})
READ_NOUNS = frozenset({"status", "logs", "log", "info", "history", "stats", "versions", "version", "state"})
#: Words in a task name that keep it on this machine or in a dry run.
LOCAL_WORDS = frozenset({"local", "dev", "development", "localhost", "dry", "dryrun", "check", "test", "tests", "plan",
                         "diff", "preview", "snapshot", "changelog", "notes", "publishlocal", "publishm2",
                         "publishtomavenlocal", "mavenlocal", "m2", "kind", "minikube", "sandbox", "draft", "fixtures",
                         "mock", "fake", "example", "demo", "template", "tmp", "temp", "ci", "lint", "validate",
                         "verify", "spec", "e2e"})  # fmt: skip
#: Runner options that take a value (a directory, a file, a job count), never a task name.
VALUE_OPTS = frozenset({"-C", "--directory", "-f", "--file", "--makefile", "-I", "--include-dir", "-o", "-W", "-j",
                        "-p", "--project", "-c", "--config", "--justfile", "--taskfile", "-d", "--dir",
                        # Maven's (-pl modules, -P profiles, -s settings, -rf resume, -T threads) and Gradle's `-x TASK`
                        # (a task excluded, not run), dbt's `--args`, `--target`, `--profile`, `--vars`
                        "-pl", "--projects", "-P", "--activate-profiles", "-s", "--settings", "-gs", "-rf",
                        "--resume-from", "-T", "--threads", "-x", "--exclude-task", "--args", "--target", "-t",
                        "--profile", "--vars", "--profiles-dir", "--project-dir",
                        # pnpm/yarn/npm workspace selectors (`pnpm --filter api db:reset`, `npm -w api run x`)
                        "--filter", "-F", "--workspace", "-w",
                        # Gradle's report tasks take what they list (`dependencies --configuration releaseRuntimeClasspath`,
                        # `dependencyInsight --dependency okhttp`): a configuration's name, not a task (session 20, K4)
                        "--configuration", "--dependency"})  # fmt: skip
#: Tasks a runner ships, documented to build or to list here, whatever their name says (session 20, K4): Mix's
#: `release` assembles a release into `_build` (hexdocs.pm/mix/Mix.Tasks.Release.html; `mix hex.publish` publishes),
#: `assets.deploy` builds minified assets (Phoenix), `escript.build` / `archive.build` build files; Gradle's help tasks
#: (`dependencies`, `dependencyInsight`, `tasks`, `properties`, `projects`, `buildEnvironment`, `outgoingVariants`)
#: print reports (docs.gradle.org/current/userguide/command_line_interface.html#sec:command_line_project_reporting).
OWN_TASKS: dict[str, frozenset[str]] = {
    "mix": frozenset({"release", "assets.deploy", "escript.build", "archive.build", "compile", "deps.get", "deps.tree",
                      "help", "phx.digest"}),
    **dict.fromkeys(("gradle", "gradlew", "./gradlew"), frozenset({
        "dependencies", "dependencyinsight", "tasks", "properties", "projects", "buildenvironment", "outgoingvariants",
        "resolvableconfigurations", "javatoolchains", "help", "model", "components", "dependentcomponents"})),
}
#: Words that make a task a build of the release variant, not a release (Android's `assembleRelease`).
BUILD_WORDS = frozenset({"assemble", "bundle", "build", "compile", "lint", "package", "sign", "archive", "install",
                         "link", "strip", "bench", "verify", "template", "templates", "render", "generate", "gen",
                         "watch", "serve", "fmt", "format", "typecheck"})  # fmt: skip
_SPLIT = lazyre.compile(r"[-_:./+@#]+|(?<=[a-z0-9])(?=[A-Z])")


#: A project's own script, run by path or by its interpreter: its file name is its task name (`./scripts/deploy_prod.sh`,
#: `bash scripts/release.sh`, `python scripts/publish_to_pypi.py`, `node scripts/deploy.js`, `pwsh ./Deploy-Prod.ps1`).
SCRIPT_EXTS = lazyre.compile(r"(?i)\.(?:sh|bash|zsh|ksh|fish|py|js|mjs|cjs|ts|mts|rb|pl|php|ps1|psm1|bat|cmd|r|exs|lua)$")
INTERPRETERS = frozenset({"bash", "sh", "zsh", "dash", "ksh", "fish", "python", "python3", "python2", "node", "nodejs",
                          "ruby", "perl", "php", "pwsh", "powershell", "powershell.exe", "pwsh.exe", "rscript", "tsx",
                          "ts-node", "bun", "deno", "elixir", "lua", "source", "."})  # fmt: skip
#: Interpreter options whose value is not the script (`bash -c` runs a string: the shell reads it as commands).
_INTERP_VALUE_OPTS = frozenset({"-W", "-X", "-O", "-o", "--require", "-r", "--import", "--loader", "-e", "-c",
                                "--eval", "-ExecutionPolicy", "-executionpolicy"})
_SYSTEM_DIRS = ("/usr/", "/bin/", "/sbin/", "/opt/", "/etc/", "/lib", "/snap/", "/nix/")


def script_name(cmd: Command) -> str:
    """The stem of the project script a command runs ("" when it runs none): by path (`./scripts/deploy_prod.sh`,
    `bin/release`), by its interpreter (`bash x.sh`, `python scripts/publish.py`, `python -m scripts.deploy`,
    `deno run deploy.ts`, `pwsh -File Deploy.ps1`)."""
    path = script_path(cmd)
    return path.rsplit(".", 1)[-1] if path.startswith("-m ") else _stem(path) if path else ""


def script_path(cmd: Command) -> str:
    """The path of the project script a command runs, as written (`-m MODULE` for a Python module); "" for none."""
    first = cmd.argv[0].value if cmd.argv and not cmd.argv[0].dynamic else ""
    base = cmd.name.rsplit("/", 1)[-1].lower()
    if base not in INTERPRETERS:
        if ("/" in first and not first.startswith(_SYSTEM_DIRS)) or SCRIPT_EXTS.search(first):
            return first
        return ""
    words = [w.value for w in cmd.argv[1:12] if not w.dynamic]
    if words and words[0] == "run" and base in ("deno", "bun"):
        words = words[1:]
    skip = False
    for i, w in enumerate(words):
        if skip:
            skip = False
            continue
        if w == "-m" and i + 1 < len(words) and base.startswith("python"):
            return f"-m {words[i + 1]}"
        if w.lower() == "-file" and i + 1 < len(words):
            return words[i + 1]
        if w in ("-c", "-e", "--eval", "-Command", "-command"):
            return ""  # code on the command line: read as code, not by a name
        if w.startswith("-"):
            skip = w in _INTERP_VALUE_OPTS
            continue
        return w if SCRIPT_EXTS.search(w) or "/" in w else ""
    return ""


def _stem(path: str) -> str:
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    return SCRIPT_EXTS.sub("", name)


#: Options with which a project script or task only shows what it would do (`--dry-run`, `-n`, `--plan`, PowerShell
#: `-WhatIf`): nothing is deployed, sent or torn down.
DRY_OPTIONS = frozenset({"--dry-run", "--dryrun", "--dry", "-n", "--noop", "--no-op", "--plan", "--check", "--preview",
                         "--simulate", "--what-if", "-whatif", "--list", "--help", "--diff", "--validate"})  # fmt: skip


_DENO_TASK: tuple[frozenset[str], bool, frozenset[str]] = (frozenset({"task"}), False, frozenset())
#: Runners whose `run NAME` runs a script the project's manifest names (or a program of its environment: hatch
#: `[ENV:]SCRIPT`, pdm/rye/pixi scripts, poetry and uv run): the command the lowering sees is the name itself.
SCRIPT_VIA = frozenset({"hatch run", "pdm run", "rye run", "pixi run", "poetry run", "uv run"})


def task_names(cmd: Command) -> list[str]:
    """The task names a runner command runs ([] when `cmd` is no task runner, or runs none by name, or only shows
    what it would do); a project script's file name is its task name."""
    if any(w.value.lower().split("=", 1)[0] in DRY_OPTIONS for w in cmd.argv[1:] if not w.dynamic):
        return []
    spec = RUNNERS.get(cmd.name) or RUNNERS.get(cmd.name.rsplit("/", 1)[-1])
    if spec is None and cmd.name == "deno" and len(cmd.argv) > 2 and cmd.argv[1].value == "task":
        spec = _DENO_TASK  # `deno task deploy` (docs.deno.com/runtime/reference/cli/task), not `deno run deploy.ts`
    if spec is None and cmd.via and cmd.via[-1] in SCRIPT_VIA and not cmd.name_dynamic and "/" not in cmd.name:
        return [cmd.name]  # `hatch run db:truncate`, `pdm run wipe_cache`, `uv run deploy-prod`: a project script by name
    if spec is None:
        stem = script_name(cmd)
        parts = {p.lower() for p in _SPLIT.split(stem) if p}
        if not stem or (parts & SCRIPT_WEAK and not parts & (ACT_WORDS.keys() - SCRIPT_WEAK)
                        and not parts & DATA_WORDS):
            return []  # `apply_fix.py`, `push_notifications.py`: the word names no act of a script (`drop_db.sh` does)
        return [stem]
    lead, every, opts = spec
    words = [w for w in cmd.argv[1:] if not w.dynamic]
    if cmd.name in _LEAD_REQUIRED and not any(w.value in lead for w in words[:1]):
        return []  # (`cargo build --bin purge`, `go build ./cmd/deploy`: built, not run)
    if cmd.name in ("yarn", "pnpm", "npm", "bun") and len(words) > 2 and words[0].value in ("workspace", "-w", "--workspace"):
        words = words[2:]  # `yarn workspace api run db:drop`: the workspace named, then its script
    out: list[str] = []
    after_lead = not lead
    skip = -1
    positional = 0
    for i, w in enumerate(words):
        v = w.value
        if i == skip:
            continue
        if v == "--":
            break  # the task's own arguments follow (`bazel run //x:push -- --tag=prod`)
        name, eq, val = v.partition("=")
        if name in opts:
            out += (val or (words[i + 1].value if i + 1 < len(words) else "")).split(",")
            skip = i + 1 if not eq else skip
            continue
        if name in VALUE_OPTS and not eq:
            skip = i + 1
            continue
        if v.startswith("-") or (eq and cmd.name in ("make", "gmake")):
            continue
        positional += 1
        if v in lead and not out and not after_lead:
            after_lead = True
            continue
        if after_lead or (every and not lead) or (every and not out and positional == 1):
            out.append(v)
            if not every:
                break
    own = OWN_TASKS.get(cmd.name) or OWN_TASKS.get(cmd.name.rsplit("/", 1)[-1]) or frozenset()
    # (`:app:dependencies`: the help task of one project; `mix release`: Mix's own build of a release)
    return [t for t in out if t and t.rsplit(":", 1)[-1].lower() not in own]


def act_of(task: str) -> str:
    """The act a task name names ("deploy", "publish", "delete"), "" when none or when a word keeps it local."""
    from automode.knowledge.subverbs import TASK_ARGS

    task = m.group(1) if (m := TASK_ARGS.match(task)) else task  # `tenants:purge[acme]`: the task, not its arguments
    parts = {p.lower() for p in _SPLIT.split(task) if p}
    low = task.lower()
    whole = ACT_WORDS.get(re.sub(r"[^a-z]", "", low.rsplit(":", 1)[-1]))
    if parts & LOCAL_WORDS or low in LOCAL_WORDS or parts & READ_VERBS:
        return ""  # (`release:list`, `list-deploys`, `show-releases`: a look at what the act made)
    if parts & READ_NOUNS and not parts & (RESET_WORDS | {w for w, k in ACT_WORDS.items() if k == "delete"}):
        return ""  # `deploy:status`, `deploy-logs`, `publish-info`: what a deploy did (`purge-logs` still removes)
    if parts & RESET_WORDS and parts & DATA_WORDS:
        return "delete"  # `reset-db`, `flush_redis`, `truncate_tables`: the data it names is wiped
    for word, objects in NEEDS_OBJECT.items():
        if word in parts and not parts & objects:
            parts = parts - {word}
    if ":" in low and low.rsplit(":", 1)[-1] == "apply" and not parts & _APPLIES:
        return ""  # `spotless:apply`, `rewrite:apply`: a plugin's goal that rewrites the code, not a plan applied
    if whole in ("deploy", "publish", "delete") and low.rsplit(":", 1)[-1] not in NEEDS_OBJECT:
        return whole  # a task the tool documents by that name (`publishSigned`, `sonatypeBundleRelease`)
    if parts & BUILD_WORDS and not (parts & _PURGES and parts & (DATA_WORDS | _OBJECTS)):
        return ""  # `assembleRelease`, `bundleRelease`, `build-release`: the release build type, built here
    # (`purgeRemoteBuildCache`, `wipeBuildStorage`: a purge of what others share, whatever build word it carries)
    for p in parts:
        act = ACT_WORDS.get(p)
        if act:
            return act
    return _by_verb(task, parts)


#: A kind of `knowledge.subverbs` (its lexicon of verbs, shared with in-house CLIs) as the act of a task named by it.
_KIND_ACTS = {"delete": "delete", "publish": "publish", "deploy": "deploy", "send": "send", "grant": "grant"}


#: Prefixes of a `prefix:apply` task that apply infrastructure or a release (`terraform:apply`, `k8s:apply`).
_APPLIES = frozenset({"terraform", "tf", "tofu", "infra", "k8s", "kube", "kubernetes", "helm", "pulumi", "cdk", "deploy",
                      "prod", "production", "staging", "stack", "cluster", "plan"})


def _by_verb(task: str, parts: set[str]) -> str:
    """A task named by a verb no row here names, read with the in-house CLIs' verb lexicon (`knowledge.subverbs`):
    `deleteStagingRepo`, `tenants.purge`, `grant_select`, `revoke-sessions`. A generic remove or clear counts beside
    the data it names (`remove-volumes`), a revoke beside an account or a credential (`revoke-sessions`)."""
    from automode.knowledge.subverbs import IDENTITY_NOUNS, word_kind

    kind = word_kind(task.rsplit(":", 1)[-1]) or word_kind(task)
    if kind == "revoke":
        return "rotate" if parts & IDENTITY_NOUNS else ""
    act = _KIND_ACTS.get(kind or "", "")
    if act == "delete" and parts & _WEAK_REMOVE and not parts & ((DATA_WORDS - {"cache"}) | _OBJECTS):
        return ""  # `remove-unused`, `clear-screen`, `clean-dist`, `prune_cache`: the build's own leftovers
    return act


#: Teardown words whose act a build word beside them does not undo (`purgeRemoteBuildCache`).
_PURGES = frozenset({"purge", "wipe", "nuke", "destroy", "obliterate", "expunge", "drop", "teardown"})
#: Removal words that name a teardown only beside what holds data (`remove-volumes`, `clear_queue`).
_WEAK_REMOVE = frozenset({"remove", "rm", "clear", "del", "discard", "forget", "evict", "trash", "zap", "uninstall", "prune",
                          "unlist", "unassign", "unsubscribe", "unfollow", "unshare", "flush"})
#: What a teardown task removes that holds other people's work: repositories, releases, tenants, accounts, buckets.
_OBJECTS = frozenset({"repo", "repos", "repository", "repositories", "release", "releases", "tenant", "tenants",
                      "account", "accounts", "bucket", "buckets", "environment", "environments", "env", "envs",
                      "stack", "stacks", "cluster", "clusters", "namespace", "namespaces", "volume", "volumes",
                      "artifact", "artifacts", "package", "packages", "image", "images", "snapshot", "snapshots",
                      "backup", "backups", "branch", "branches", "deployment", "deployments", "service", "services",
                      "topic", "topics", "collection", "collections", "objects", "files", "uploads",
                      "staging", "remote"})  # fmt: skip


def may_name_task(name: str) -> bool:
    """Whether a command of this name may run a task or a project script named for an act (the rules' trigger)."""
    low = name.lower()
    if low in RUNNERS or low in INTERPRETERS or SCRIPT_EXTS.search(low):
        return True
    parts = {p.lower() for p in _SPLIT.split(name) if p}
    if parts & ACT_WORDS.keys() or parts & RESET_WORDS:
        return True
    from automode.knowledge.subverbs import word_kind

    return word_kind(name) in _KIND_ACTS  # (`grant_select`, `tenants.purge` run by `hatch run`: read by its verb)


def body_known(cmd: Command, commands: list[Command], written: frozenset[str] = frozenset()) -> bool:
    """The script's own text is in the action (written in it, or shown by the context: `Context.run_files`): its
    commands are judged, not its name. `written`: the file names the action writes or the context shows."""
    if any(c is not cmd and c.via and c.via[0].startswith(f"{cmd.name} (file written") for c in commands):
        return True
    path = script_path(cmd)
    return bool(path) and path.replace("\\", "/").rsplit("/", 1)[-1] in written


#: A task's act as an outward act of `judge.intent.outward` (a teardown is judged by the destroy rules).
OUTWARD = {"deploy": "deploy", "publish": "publish", "send": "send", "pay": "pay", "rotate": "change", "grant": "change"}
_GENERIC_PARTS = frozenset({"scripts", "script", "run", "task", "tasks", "bin", "tools", "main", "all", "the", "and", "to"})


def outward_tasks(commands: list[Command], written: frozenset[str] = frozenset()) -> list[tuple[str, str, tuple[str, ...]]]:
    """(outward act, task name, words that name it) for each task or project script of `commands` named for an act
    that leaves this machine."""
    out: list[tuple[str, str, tuple[str, ...]]] = []
    for cmd in commands:
        for t in task_names(cmd):
            act = OUTWARD.get(act_of(t))
            if act is None or body_known(cmd, commands, written):
                continue
            parts = tuple(p.lower() for p in _SPLIT.split(t) if len(p) >= 3 and p.lower() not in _GENERIC_PARTS)
            out.append((act, t, parts))
    return out


def written_names(a: Analysis) -> frozenset[str]:
    """The file names an action writes or its context shows the text of (a script run after it is judged by that)."""
    return frozenset(p.rsplit("/", 1)[-1] for p in (*(e.target for e in a.effects if e.kind == "write"),
                                                     *(p for p, _ in a.ctx.run_files)))
