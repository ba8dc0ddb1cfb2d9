"""In-house programs and what their flags say (session 16, G4): where a project's own CLI keeps its subcommand.

No table knows a project's own tools, but they say what they do in the words after the program: `./bin/tenantctl
purge --tenant acme --yes`, `python scripts/ops.py wipe-cache --all-tenants`, `node tools/admin.js delete-users`,
`deno run -A tools/kv.ts flush`, `go run ./cmd/admin revoke-tokens --all`, `cargo run --bin opsctl -- drop-index x`,
`dotnet run --project tools/Admin -- reset-tenant contoso`, `java -jar build/libs/admin-cli.jar publish`. This module
finds the program and its argument words on every such surface (`invocation`); `knowledge.subverbs` reads the verb of
those words with its one lexicon, and `rules/owncli.py` judges the flags beside it (`flag_facts`): the confirmation
skipped (`--yes`, `--force`, `-Confirm:$false`), every member selected (`--all`, `--all-tenants`, `'*'`), production
named (`--prod`, `--env=production`), acting as someone else (`--as admin`, `--impersonate`).

The surfaces (facts from each tool's docs): a program run by a path that is not a system directory (`./bin/x`,
`bin/x`, `tools/x.sh`, `~/bin/x`; a wrapper's inner command is lowered to this first: `bundle exec bin/ops`, `uv run
scripts/ops.py`, `docker compose run app ./bin/x`); an interpreter given a script or a module (`python [-u] FILE`,
`python -m MODULE`, `node FILE`, `tsx FILE`, `ruby FILE`, `php FILE`, `bash FILE`, `pwsh -File FILE`, `deno run
[-A] FILE`, `bun run FILE`); `go run [build flags] PKG|FILES.go [--] ARGS`; `cargo run [opts] -- ARGS`; `dotnet run
[opts] -- ARGS`; `java [opts] -jar FILE.jar ARGS`. The core does no I/O: the program's body is never read here (a
script written in the same action is judged by its commands: `knowledge.tasks.body_known`).
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

#: Interpreters that run a script file named as their first operand (their options before it are theirs).
INTERPRETERS = frozenset({"python", "python2", "python3", *(f"python3.{i}" for i in range(6, 16)), "py", "pypy",
                          "pypy3", "node", "nodejs", "tsx", "ts-node", "ruby", "perl", "php", "bash", "sh", "zsh",
                          "dash", "ksh", "pwsh", "powershell", "powershell.exe", "pwsh.exe", "rscript", "Rscript",
                          "elixir", "lua", "deno", "bun", "groovy", "kotlin", "scala", "julia"})  # fmt: skip
#: Interpreter options whose value is the next word (never the script).
_VALUE_OPTS = frozenset({"-W", "-X", "-O", "-o", "--require", "-r", "--import", "--loader", "--experimental-loader",
                         "-ExecutionPolicy", "-executionpolicy", "--config", "-c", "--allow-read", "--env-file",
                         "--import-map", "--conditions", "-I", "-C"})  # fmt: skip
#: Options that run code given on the command line: no script file, nothing to read here.
_CODE_OPTS = frozenset({"-c", "-e", "--eval", "-p", "--print", "-Command", "-command", "-EncodedCommand", "-r"})
#: `go run` build flags that take a value as the next word.
_GO_VALUE = frozenset({"-C", "-tags", "-ldflags", "-gcflags", "-asmflags", "-mod", "-modfile", "-overlay", "-pgo",
                       "-exec", "-p", "-o", "-toolexec", "-buildmode", "-compiler", "-installsuffix", "-pkgdir"})  # fmt: skip
#: Directories whose programs are the system's or a package manager's, not the project's.
_SYSTEM_DIRS = ("/usr/", "/bin/", "/sbin/", "/opt/", "/etc/", "/lib", "/snap/", "/nix/", "/System/", "C:/Windows",
                "c:/windows", "/Library/")  # fmt: skip
#: Project entry points whose own tables know their subcommands (`./manage.py flush`, `bin/rails db:drop`), build
#: wrappers whose words are tasks (`./gradlew publish`: `knowledge.tasks`), and the project's test runners.
_TABLED = frozenset({"manage.py", "artisan", "console", "rails", "rake", "gradlew", "gradlew.bat", "mvnw", "mvnw.cmd",
                     "sbt", "configure", "bootstrap", "autogen.sh", "setup.py", "runtests.py", "run_tests.py",
                     "pytest", "jest", "vitest", "mocha", "phpunit", "rspec", "behave", "cucumber", "tox", "nox",
                     "cake", "dune", "pants", "bazel", "bazelisk", "buck2", "mage", "just", "make", "task",
                     "husky", "lefthook", "pre-commit", "wp", "drush", "craft", "bench", "yii", "symfony",
                     "spark", "occ", "magento", "n98-magerun2", "n98-magerun", "terminus", "sail", "vendor"})  # fmt: skip
#: `python -m MODULE` for tools everyone has (their verbs are theirs: `python -m pip uninstall`, `-m venv`).
_STD_MODULES = frozenset({"pip", "pytest", "unittest", "venv", "virtualenv", "http.server", "json.tool", "build",
                          "ensurepip", "pdb", "cProfile", "profile", "timeit", "trace", "doctest", "compileall",
                          "py_compile", "zipfile", "tarfile", "webbrowser", "site", "sysconfig", "platform", "black",
                          "ruff", "mypy", "flake8", "pylint", "isort", "coverage", "uvicorn", "gunicorn", "hypercorn",
                          "IPython", "jupyter", "notebook", "debugpy", "pipx", "poetry", "pre_commit", "mkdocs",
                          "sphinx", "pydoc", "tox", "nox", "pyright", "bandit", "twine", "wheel", "setuptools",
                          "spacy", "nltk", "streamlit", "locust", "pyinstaller", "nuitka", "cython", "grpc_tools.protoc",
                          "uv", "hatch", "pdm", "flit", "maturin", "smtpd", "calendar", "base64", "gzip", "tokenize",
                          "dis", "ast", "asyncio", "sqlite3", "ipykernel", "pyclean", "pip_audit", "safety"})  # fmt: skip
_SCRIPT = lazyre.compile(r"(?i)\.(?:sh|bash|zsh|ksh|fish|py|pyw|js|mjs|cjs|ts|mts|cts|tsx|jsx|rb|pl|php|ps1|psm1|bat|cmd|r|exs|ex|lua|groovy|kts|jl)$")
_TEST = lazyre.compile(r"(?i)(?:^|[/\\])(?:tests?|spec|specs|__tests__|e2e|testdata|fixtures?)(?:[/\\]|$)|(?:^|[/\\_.-])(?:test|spec)s?[_.-]|_test\.\w+$")


class Invocation:
    """An in-house program and its argument words: `label` names it in reasons (`./bin/tenantctl`, `scripts/ops.py`,
    `./cmd/admin`), `words` are (value, dynamic) after it, `how` is "path", "script", "module" or "toolchain"."""

    __slots__ = ("how", "label", "words")

    def __init__(self, label: str, words: list[tuple[str, bool]], how: str) -> None:
        self.label = label
        self.words = words
        self.how = how


def may_run(name: str) -> bool:
    """Whether a command of this name may run an in-house program (the rules' cheap trigger)."""
    return name in INTERPRETERS or name in _TOOLCHAINS or bool(_SCRIPT.search(name)) or name.endswith(".exe")


#: The toolchains' own subcommands (and the plugins with tables of their own: `cargo make`, `dotnet ef`); any other
#: first word is an external subcommand or a local tool (`cargo sqlx`, `cargo shuttle`, `dotnet acme-admin`).
_BUILTINS: dict[str, frozenset[str]] = {
    "cargo": frozenset({"build", "b", "check", "c", "clean", "doc", "d", "new", "init", "add", "remove", "rm", "run",
                        "r", "test", "t", "bench", "update", "search", "publish", "install", "uninstall", "fmt",
                        "clippy", "fix", "tree", "vendor", "metadata", "package", "login", "logout", "owner", "yank",
                        "help", "version", "fetch", "generate-lockfile", "locate-project", "pkgid", "read-manifest",
                        "report", "rustc", "rustdoc", "verify-project", "config", "info", "make", "nextest", "watch",
                        "expand", "audit", "deny", "outdated", "llvm-cov", "tarpaulin", "udeps", "machete", "binstall",
                        "sort", "edit", "set-version", "upgrade", "insta", "criterion", "flamegraph", "bloat", "miri",
                        "fuzz", "hack", "semver-checks", "msrv", "about", "license", "cyclonedx", "zigbuild", "cross",
                        "ndk", "apk", "tauri", "leptos", "component", "wasi", "build-sbf", "test-sbf", "xwin",
                        "sweep", "cache", "modules", "geiger", "vet", "public-api", "doc-coverage", "readme",
                        "generate", "sqlx-prepare"}),
    "dotnet": frozenset({"build", "run", "test", "new", "add", "remove", "restore", "publish", "pack", "clean", "format",
                         "watch", "tool", "nuget", "sln", "list", "ef", "user-secrets", "dev-certs", "workload", "sdk",
                         "help", "store", "msbuild", "vstest", "migrate", "fsi", "outdated", "reportgenerator",
                         "stryker", "csharpier", "husky", "serve", "dump", "trace", "counters", "gcdump", "monitor",
                         "script", "exec", "build-server", "package", "reference"}),
}  # fmt: skip
#: A container run whose command is the image's own program (`docker run IMAGE WORDS`, `podman run`, `nerdctl run`).
_IMAGE_VIA = lazyre.compile(r"^(?:docker|podman|nerdctl|finch|lima nerdctl) run \S+$")
_TOOLCHAINS = frozenset({"go", "cargo", "dotnet", "java", "gradle", "gradlew", "mvn", "mvnw", "lein", "mix", "sbt",
                         "swift"})


def invocation(cmd: Command) -> Invocation | None:
    """The in-house program `cmd` runs and its words, None when it runs none (or one a table knows)."""
    if not cmd.argv or cmd.argv[0].dynamic:
        return None
    first = cmd.argv[0].value.replace("\\", "/")
    words = [(w.value, w.dynamic) for w in cmd.argv[1:]]
    base = first.rsplit("/", 1)[-1]
    stem = base[:-4] if base.lower().endswith(".exe") else base
    if "/" in first and base not in INTERPRETERS and stem not in _TOOLCHAINS:
        if first.startswith(_SYSTEM_DIRS) or stem in _TABLED or _TEST.search(first) or "node_modules/" in first:
            return None
        return Invocation(first, words, "path")
    name = cmd.name.rsplit("/", 1)[-1]
    if cmd.via and _IMAGE_VIA.match(cmd.via[0]) and "/" not in first and not _SCRIPT.search(first):
        # `docker run --rm ghcr.io/acme/tenantctl purge --yes`: the image's entrypoint given these words
        return Invocation(cmd.via[0].split(" ", 2)[-1], [(first, False), *words], "image")
    if name in _TOOLCHAINS or stem in _TOOLCHAINS:
        return _toolchain(stem if stem in _TOOLCHAINS else name, words)
    if name in INTERPRETERS or stem in INTERPRETERS:
        return _script(stem if stem in INTERPRETERS else name, words)
    return None


def _script(interp: str, words: list[tuple[str, bool]]) -> Invocation | None:
    """`python [opts] FILE ARGS`, `python -m MODULE ARGS`, `deno run [opts] FILE ARGS`, `pwsh -File FILE ARGS`."""
    k = 0
    if interp in ("deno", "bun") and words[:1] and words[0][0] == "run":
        k = 1
    while k < len(words):
        v, dyn = words[k]
        if dyn:
            return None
        if v in _CODE_OPTS and not (interp in ("deno", "bun") and v == "-r"):
            return None  # code on the command line is read as code (`shell/interp`)
        if v == "-m" and interp.startswith(("python", "py")) and k + 1 < len(words):
            mod = words[k + 1][0]
            if mod in _STD_MODULES or mod.split(".", 1)[0] in _STD_MODULES or _TEST.search(mod.replace(".", "/")):
                return None
            return Invocation(mod, words[k + 2 :], "module")
        if v.lower() == "-file" and k + 1 < len(words):
            k += 1
            v = words[k][0]
        elif v.startswith("-"):
            k += 2 if v in _VALUE_OPTS and "=" not in v else 1
            continue
        path = v.replace("\\", "/")
        base = path.rsplit("/", 1)[-1]
        if not (_SCRIPT.search(path) or "/" in path) or base in _TABLED or _TEST.search(path):
            return None
        if path.startswith(_SYSTEM_DIRS) or "node_modules/" in path or "://" in path or path.startswith(("npm:", "jsr:")):
            return None
        return Invocation(path, words[k + 1 :], "script")
    return None


def _toolchain(tool: str, words: list[tuple[str, bool]]) -> Invocation | None:
    """`go run PKG ARGS`, `cargo run … -- ARGS`, `dotnet run … -- ARGS`, `java … -jar FILE.jar ARGS`."""
    vals = [v for v, _d in words]
    if tool in ("gradle", "gradlew", "mvn", "mvnw", "sbt"):
        return _passed(tool, vals)
    if tool == "cargo" and vals[:1] == ["xtask"]:
        return Invocation("xtask", words[1:], "toolchain")  # the `cargo xtask` convention: the project's own tasks
    if tool in ("cargo", "dotnet") and vals and not vals[0].startswith("-") and vals[0] not in _BUILTINS[tool]:
        # an external subcommand or a local tool: `cargo sqlx database drop -y` runs `cargo-sqlx`, `dotnet acme-admin
        # purge` the manifest's tool
        return Invocation(f"{tool}-{vals[0]}" if tool == "cargo" else vals[0], words[1:], "toolchain")
    if tool == "dotnet" and vals[:2] == ["tool", "run"] and len(vals) > 2:
        return Invocation(vals[2], words[3:], "toolchain")
    if tool == "lein" and vals[:1] == ["run"]:
        k = 3 if vals[1:2] == ["-m"] and len(vals) > 2 else 1
        rest = words[k + 1 :] if vals[k : k + 1] == ["--"] else words[k:]
        return Invocation(vals[2] if k == 3 else "lein run", rest, "toolchain")
    if tool == "mix" and vals[:1] == ["run"]:
        k = 1
        while k < len(vals) and vals[k].startswith("-"):
            if vals[k] in ("-e", "--eval", "-r", "--require"):
                return None
            k += 1
        if k >= len(vals) or not vals[k].endswith((".exs", ".ex")) or _TEST.search(vals[k]):
            return None
        return Invocation(vals[k], words[k + 1 :], "toolchain")
    if tool == "swift" and vals[:1] == ["run"]:
        k = 1
        while k < len(vals) and vals[k].startswith("-"):
            k += 2 if vals[k] in ("-c", "--configuration", "--package-path", "--scratch-path", "-Xswiftc") else 1
        if k >= len(vals):
            return None
        return Invocation(vals[k], words[k + 2 :] if vals[k + 1 : k + 2] == ["--"] else words[k + 1 :], "toolchain")
    if tool == "java":
        if "-jar" not in vals:
            return None
        k = vals.index("-jar")
        if k + 1 >= len(vals) or _TEST.search(vals[k + 1]):
            return None
        return Invocation(vals[k + 1], words[k + 2 :], "toolchain")
    if not vals or vals[0] != "run":
        return None
    if tool == "go":
        k = 1
        while k < len(vals) and vals[k].startswith("-"):
            k += 2 if vals[k] in _GO_VALUE and "=" not in vals[k] else 1
        if k >= len(vals):
            return None
        label = vals[k]
        k += 1
        while k < len(vals) and label.endswith(".go") and vals[k].endswith(".go"):
            k += 1  # `go run main.go admin.go purge`
        rest = words[k + 1 :] if k < len(vals) and vals[k] == "--" else words[k:]
        return Invocation(label, rest, "toolchain")
    if "--" not in vals:
        return None  # `cargo run`, `dotnet run`: the project's own program with no arguments of its own
    k = vals.index("--")
    label = tool + " run"
    for opt in ("--bin", "-p", "--package", "--project", "--example"):
        if opt in vals[:k] and vals.index(opt) + 1 < k:
            label = vals[vals.index(opt) + 1]
            break
    return Invocation(label, words[k + 1 :], "toolchain")


def _passed(tool: str, vals: list[str]) -> Invocation | None:
    """The words a build tool hands the project's program in one value: `./gradlew :admin:run --args='purge --all'`,
    `mvn exec:java -Dexec.mainClass=x.Admin -Dexec.args='purge'`, `sbt "admin/run purge --all"`."""
    import shlex

    label, text = "", None
    if tool in ("gradle", "gradlew"):
        if not any(v == "run" or v.endswith(":run") for v in vals):
            return None
        label = next((v.rsplit(":run", 1)[0].strip(":") or "run" for v in vals if v == "run" or v.endswith(":run")), "run")
        text = next((v.split("=", 1)[1] for v in vals if v.startswith("--args=")), None)
        if text is None and "--args" in vals and vals.index("--args") + 1 < len(vals):
            text = vals[vals.index("--args") + 1]
    elif tool in ("mvn", "mvnw"):
        if not any(v.startswith("exec:") for v in vals):
            return None
        label = next((v.split("=", 1)[1] for v in vals if v.startswith("-Dexec.mainClass=")), "exec")
        text = next((v.split("=", 1)[1] for v in vals if v.startswith(("-Dexec.args=", "-Dexec.arguments="))), None)
    else:  # sbt: a command word `run ARGS` or `proj/run ARGS`, quoted as one
        for v in vals:
            head, _sp, rest = v.partition(" ")
            if head == "run" or head.endswith("/run"):
                label, text = head.rsplit("/run", 1)[0] if "/" in head else "run", rest
                break
    if not text:
        return None
    try:
        parts = shlex.split(text)
    except ValueError:
        parts = text.split()
    return Invocation(label, [(p, False) for p in parts], "toolchain")


# ------------------------------------------------------------------------------------------------ flags
#: Options that skip the program's own confirmation: the act runs at once, with no last look by a person.
CONFIRM_SKIP = frozenset({"--yes", "-y", "--force", "-f", "--no-confirm", "--noconfirm", "--no-prompt", "--noprompt",
                          "--assume-yes", "--non-interactive", "--noninteractive", "--noinput", "--no-input",
                          "--skip-confirmation", "--skip-confirm", "--no-interaction", "--confirm",
                          "--confirmed", "--i-am-sure", "--im-sure", "--really", "--yes-i-really-mean-it",
                          "--i-know-what-i-am-doing", "--i-know-what-im-doing", "--auto-approve", "--approve",
                          "-force", "-confirm:$false", "-confirm:false", "--quiet-yes", "--unattended", "--batch",
                          "--no-dry-run", "--execute", "--commit", "--apply"})  # fmt: skip
#: Options that select every member of what the verb acts on (beyond these, `--all-<noun>` and `--every-<noun>`).
EVERY = frozenset({"--all", "-a", "-A", "--everything", "--every", "--all-tenants", "--all-users", "--all-namespaces",
                   "--global", "--all-envs", "--all-environments", "--all-regions", "--all-accounts", "--all-orgs",
                   "--wildcard", "-all", "-recurse"})  # fmt: skip
_EVERY = lazyre.compile(r"(?i)^--?(?:all|every)[-_]\w+$")
_EVERY_VALUE = frozenset({"*", "all", "'*'", '"*"', "%", "everything"})
#: Options that name production themselves (`--prod`, `--live`); `--env=production` is read from the value.
PROD_OPTS = frozenset({"--prod", "--production", "--live", "-prod", "-production", "--prd"})
#: Options that act as someone else (the value is who): an admin's or a customer's session, a root shell.
AS_OPTS = frozenset({"--as", "--as-user", "--impersonate", "--sudo", "--become", "--become-user", "--run-as",
                     "--runas", "--login-as", "--act-as", "--on-behalf-of", "--masquerade", "--su", "--as-admin",
                     "--as-root", "--superuser", "--root"})  # fmt: skip
#: Options that only look or only rehearse (the command then changes nothing).
DRY_OPTS = frozenset({"--dry-run", "--dryrun", "--dry", "--noop", "--no-op", "--plan", "--check", "--preview",
                      "--simulate", "--what-if", "-whatif", "--diff", "--help", "-h", "--validate", "--list",
                      "--pretend"})  # fmt: skip
#: Options named for a destruction, on a program whose verb says nothing (`./bin/sync --purge`, `seed.js --drop`).
_DESTROY_OPT = lazyre.compile(r"(?i)^--(?:purge|wipe|drop|truncate|nuke|erase|destroy|obliterate|flushall|flush-all|"
                              r"(?:delete|drop|wipe|purge|erase|truncate)[-_](?:all|everything|db|database|data|"
                              r"tables?|schema|users?|tenants?|records|existing|index(?:es)?|collections?|buckets?)|"
                              r"reset[-_](?:db|database|data|schema|tables?|all)|clean[-_]slate|fresh[-_]db)(?:=\S*)?$")


def option_names(words: list[tuple[str, bool]]) -> list[str]:
    """The options among a program's words, lower case, without their `=value` (PowerShell `-Confirm:$false` kept)."""
    out: list[str] = []
    for v, _d in words:
        if v == "--":
            break
        if v.startswith("-") and len(v) > 1 and not v[1].isdigit():
            low = v.lower()
            out.append(low if low.startswith("-confirm:") else low.split("=", 1)[0])
    return out


def flag_facts(words: list[tuple[str, bool]]) -> tuple[bool, bool, bool, bool]:
    """(confirmation skipped, every member selected, production named by an option, acting as someone else)."""
    opts = option_names(words)
    skip = any(o in CONFIRM_SKIP for o in opts)
    every = any(o in EVERY or _EVERY.match(o) for o in opts) or any(
        v in _EVERY_VALUE or (v.startswith("-") and v.partition("=")[2].lower() in _EVERY_VALUE) for v, d in words if not d)
    prod = any(o in PROD_OPTS for o in opts)
    act_as = any(o in AS_OPTS for o in opts)
    return skip, every, prod, act_as


_YES = frozenset({"y", "yes", "yes!", "confirm", "confirmed", "i am sure", "i'm sure", "ok", "proceed", "delete",
                  "purge", "wipe", "drop"})  # fmt: skip


def confirmed_by_input(cmd: Command) -> bool:
    """The program's question answered before it is asked: `yes | ./bin/x purge`, `echo y | x wipe`, `x drop <<< y`."""
    src = cmd.pipe_from
    if src is not None and src.name == "yes":
        return True
    text, known = cmd.stdin_text()
    if not known or not text:
        return False
    first = next((ln.strip().lower() for ln in text.splitlines() if ln.strip()), "")
    return first in _YES


#: Variables that name where a program acts (`APP_ENV=production ./bin/x purge`, `STAGE=prod`, `DATABASE_URL=$PROD_URL`).
ENV_VAR = lazyre.compile(r"(?i)(?:^|_)(?:ENV|ENVIRONMENT|STAGE|TIER|URL|URI|DSN|HOST)$")


#: Options that hand a console its code on the command line (`tinker --execute`, `rails runner`, `psql -c`).
_INLINE = frozenset({"--execute", "--eval", "--command", "--code", "--exec", "--script", "--sql", "--query"})


def inline_code(words: list[tuple[str, bool]]) -> bool:
    """A console told what to run on its command line: what it runs is in the action, not typed later."""
    return any(o in _INLINE for o in option_names(words))


def dry(words: list[tuple[str, bool]]) -> bool:
    """The command only rehearses or shows (`--dry-run`, `--plan`, `-WhatIf`)."""
    return any(o in DRY_OPTS for o in option_names(words))


def destroy_option(words: list[tuple[str, bool]]) -> str:
    """The first option named for a destruction (`--purge`, `--drop-tables`, `--wipe-data`), "" for none."""
    for v, _d in words:
        if v == "--":
            break
        if _DESTROY_OPT.match(v):
            return v
    return ""


# --------------------------------------------------------------------------------------------- fixtures
#: command -> (how, label, first word after the program) expected from `invocation` (None: no in-house program).
INVOCATION_FIXTURES: dict[str, tuple[str, str, str] | None] = {
    "./bin/tenantctl purge --tenant acme --yes": ("path", "./bin/tenantctl", "purge"),
    "python scripts/ops.py wipe-cache --all-tenants": ("script", "scripts/ops.py", "wipe-cache"),
    "python3 -u tools/admin.py drop-tenant x": ("script", "tools/admin.py", "drop-tenant"),
    "python -m tools.admin wipe": ("module", "tools.admin", "wipe"),
    "node tools/admin.js delete-users": ("script", "tools/admin.js", "delete-users"),
    "deno run -A tools/kv.ts flush --all": ("script", "tools/kv.ts", "flush"),
    "go run ./cmd/admin revoke-tokens --all": ("toolchain", "./cmd/admin", "revoke-tokens"),
    "go run -tags prod main.go purge": ("toolchain", "main.go", "purge"),
    "cargo run --bin opsctl -- drop-index products": ("toolchain", "opsctl", "drop-index"),
    "dotnet run --project tools/Admin -- reset-tenant contoso": ("toolchain", "tools/Admin", "reset-tenant"),
    "java -jar build/libs/admin-cli.jar publish": ("toolchain", "build/libs/admin-cli.jar", "publish"),
    "pwsh -File ./tools/admin.ps1 purge": ("script", "./tools/admin.ps1", "purge"),
    "bash scripts/db.sh migrate down": ("script", "scripts/db.sh", "migrate"),
    "python -m pip uninstall requests": None, "python -c 'print(1)'": None, "node -e 'x()'": None,
    "python manage.py flush": None, "./gradlew publish": None, "/usr/bin/env x": None, "cargo run": None,
    "cargo build --release": None, "go test ./...": None, "go run": None, "python tests/test_api.py delete": None,
    "./node_modules/.bin/jest --all": None, "java -cp x.jar Main": None, "python": None,
    "cargo xtask purge-cache --all": ("toolchain", "xtask", "purge-cache"),
    "./gradlew :admin:run --args='delete-user u-1 --yes'": ("toolchain", "admin", "delete-user"),
    "mvn -q exec:java -Dexec.mainClass=com.acme.Admin -Dexec.args='rotate-keys --all'": ("toolchain", "com.acme.Admin", "rotate-keys"),
    "sbt 'admin/run purge --all'": ("toolchain", "admin", "purge"),
    "lein run -m acme.admin purge --all": ("toolchain", "acme.admin", "purge"),
    "mix run priv/scripts/purge.exs --all": ("toolchain", "priv/scripts/purge.exs", "--all"),
    "swift run admin-cli wipe --force": ("toolchain", "admin-cli", "wipe"),
    "cargo sqlx database drop -y": ("toolchain", "cargo-sqlx", "database"),
    "dotnet acme-admin purge --all": ("toolchain", "acme-admin", "purge"),
    "dotnet tool run acme-admin purge": ("toolchain", "acme-admin", "purge"), "cargo clippy --fix": None,
    "dotnet ef database drop --force": None, "cargo make deploy": None, "dotnet build": None,
    "./gradlew build": None, "mvn package": None, "mix run -e 'IO.puts 1'": None, "swift build": None,
    "./gradlew test --args='x'": None,
}  # fmt: skip
#: argv after the program -> flag_facts expected.
FLAG_FIXTURES: dict[str, tuple[bool, bool, bool, bool]] = {
    "purge --tenant acme --yes": (True, False, False, False),
    "wipe-cache --all-tenants --force": (True, True, False, False),
    "revoke-tokens --all": (False, True, False, False),
    "promote web --prod": (False, False, True, False),
    "impersonate --as admin@acme.io": (False, False, False, True),
    "Remove-Tenant -Name x -Confirm:$false": (True, False, False, False),
    "delete --tenant '*'": (False, True, False, False),
    "show --tenant acme": (False, False, False, False),
    "list -- --yes": (False, False, False, False),
    "purge --tenant=all": (False, True, False, False),
}  # fmt: skip


# ------------------------------------------------------------------------------------- consoles and other users
#: Subcommand words that open a shell, a console or a query session where the program points (a live database, a
#: production container): what is typed there is not read by anyone before it runs.
CONSOLE_WORDS = frozenset({"console", "shell", "exec", "ssh", "attach", "repl", "psql", "mysql", "mongosh", "sql",
                           "dbshell", "db-shell", "rails-console", "tinker", "iex", "remote-console", "run-remote",
                           "remote-exec", "run-command", "run-on", "eval", "tunnel", "port-forward", "remote", "login", "connect-db", "db-console", "dbconsole", "irb", "pry"})  # fmt: skip
#: Subcommand words that act as another principal: a customer's or an admin's session, a root shell.
AS_WORDS = frozenset({"impersonate", "sudo", "su", "become", "masquerade", "login-as", "loginas", "act-as", "actas",
                      "assume", "assume-role", "switch-user", "sudo-as", "as-user", "runas", "run-as", "ghost",
                      "spoof", "su-as"})  # fmt: skip
_TOKEN = lazyre.compile(r"[-_:./]+|(?<=[a-z0-9])(?=[A-Z])")


def lead_words(words: list[tuple[str, bool]], limit: int = 2) -> list[str]:
    """The first `limit` subcommand words (positional, before an option's value or an operand), lower case."""
    out: list[str] = []
    after_opt = False
    for v, d in words:
        if v == "--" or len(out) >= limit:
            break
        if v.startswith("-"):
            after_opt = "=" not in v
            continue
        if d or after_opt or any(ch in v for ch in "=@/\\.'\" ") or v[:1].isdigit():
            after_opt = False
            if out:
                break
            continue
        out.append(v.lower())
    return out


def word_in(words: list[str], table: frozenset[str]) -> str:
    """The first of `words` (or the last part of a compound: `user-impersonate`, `db:console`, not `sql-sync`) that
    `table` holds, "" for none."""
    for w in words:
        if w in table:
            return w
        parts = [t.lower() for t in _TOKEN.split(w) if t]
        if len(parts) > 1 and parts[-1] in table:
            return parts[-1]
    return ""


#: argv after the program -> (console word, acting-as word) expected from `lead_words` + `word_in`.
LEAD_FIXTURES: dict[str, tuple[str, str]] = {
    "console --env production": ("console", ""), "db:console -e prod": ("console", ""),
    "impersonate admin@acme.io": ("", "impersonate"), "users impersonate 42": ("", "impersonate"),
    "exec web-1 -- bash": ("exec", ""), "show --tenant acme": ("", ""), "--as admin status": ("", ""),
    "deploy web": ("", ""), "src/console.py": ("", ""), "sql-sync @prod @self": ("", ""),
    "shell-completion bash": ("", ""),
}  # fmt: skip
