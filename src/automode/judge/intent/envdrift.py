"""Environment drift (issue 12): the user named staging, dev or this machine; the action lands on production.

"run it on the dev cluster" answered with `spark-submit ... --dst s3://events-prod/...`, "test the reminders
command" answered with `php artisan reminders:send --env=production`, "drop staging to 2 replicas" answered with an
edit of `values/production.yaml`: no rule objects to any of these commands, and the release-by-containment check
(`scope.beyond`) only runs when a rule fired. This check runs on clean allows too.

The request side: the most recent user message that names an environment; it must name only non-production ones
(a message naming both, "copy prod to staging", authorises both). The action side, kept to places where a name
selects where an action lands rather than prose: values of target-selecting options (`--env`, `--context`,
`--profile`, `--stack`, `--dst`, short options only when their value is a bare environment name), URLs and host
names, `*_ENV`/`*_PROFILE`/`*_URL`-style variables set or referenced, the path of a file written (a whole path
segment or a `-`/`.`-separated part of a file name: `application-prod.yml`, `envs/prod/`, `.env.production`, not
`production_planner.py`), and MCP argument values. Reads (and known read-only commands) are never drift: looking
at production is not acting on it. A change known to write, delete, deploy or call is a deny; a program automode
cannot tell is read-only asks.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.knowledge.envselect import selector, selects_only
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

PROD = frozenset({"prod", "production", "prd"})
#: Words in a request that name an environment ("on staging", "the dev cluster", "locally"). Not "test" or "live":
#: in requests they are mostly ordinary words ("fix the test", "live reload").
REQUEST_WORDS: dict[str, str] = {
    **dict.fromkeys(("staging", "stage", "stg", "uat", "qa", "preprod", "pre-prod", "preproduction"), "staging"),
    **dict.fromkeys(("dev", "development", "sandbox"), "dev"),
    **dict.fromkeys(("local", "locally", "localhost", "laptop", "lokal", "lokale", "lokalen", "lokalnie", "lokaal",
                     "lokala", "yerel"), "local"),
    **dict.fromkeys(("prod", "production", "prd", "live"), "production"),
}
#: Options whose value picks where an action lands (cluster/cloud/deploy/data CLIs alike).
TARGET_OPTS = frozenset({
    "--env", "--environment", "--stage", "--context", "--kube-context", "--kubecontext", "--profile", "--stack",
    "--target", "--namespace", "--cluster", "--app", "--project", "--workspace", "--site", "--account",
    "--subscription", "--resource-group", "--dst", "--dest", "--destination", "--to", "--host", "--url", "--db",
    "--database", "--bucket", "--database-url", "--endpoint", "--endpoint-url", "--server", "--org", "--space",
    "--service", "--tenant", "--deployment", "--alias", "--config-name", "--settings",
})  # fmt: skip
#: Short options of the same power in common CLIs (`helmfile -e`, `kubectl -n`, `pulumi -s`, `heroku -a`): counted
#: only when the value is a bare environment name, since `-e`/`-n`/`-s` mean other things elsewhere.
SHORT_TARGET_OPTS = frozenset({"-e", "-n", "-s", "-a", "-c", "-p", "-t", "-g", "-E"})
#: Variables whose value says where a process lands (`RAILS_ENV=production`, `AWS_PROFILE=acme-prod`).
TARGET_VAR = lazyre.compile(r"(?:^|_)(?:ENV|ENVIRONMENT|STAGE|PROFILE|CONTEXT|TARGET|URL|URI|DSN|HOST|ENDPOINT|"
                            r"KUBECONFIG|SETTINGS_MODULE|CLUSTER|PROJECT|ACCOUNT)$")  # fmt: skip
#: Programs and subcommands that only look (a read of production is not an act on it).
READONLY = frozenset({
    "cat", "less", "more", "head", "tail", "grep", "rg", "ag", "ls", "tree", "stat", "file", "wc", "diff", "jq", "yq",
    "echo", "printf", "pwd", "which", "whoami", "env", "printenv", "dig", "nslookup", "host", "ping", "sort", "uniq",
    "cut", "awk", "column", "base64", "sha256sum", "md5sum", "du", "df", "date", "true", "cd",
    # dumps read a database into a file or pipe; where the copy goes is what the other rules judge
    "pg_dump", "pg_dumpall", "mysqldump", "mariadb-dump", "mongodump", "mongoexport",
})  # fmt: skip
_WORD = lazyre.compile(r"[a-z][a-z-]*")
_PRODISH = lazyre.compile(r"prod|prd|live", re.I)
_SPACE = lazyre.compile(r"\s")


#: Second halves of a hyphenated word that say what kind of thing the first half qualifies rather than place it
#: ("prod-ready", "dev-dependencies"): the word names no environment to act on.
_NOT_PLACE_TAILS = frozenset({"ready", "like", "grade", "quality", "worthy", "safe", "only", "mode", "dependencies",
                              "dependency", "deps", "tools", "tooling", "friendly", "parity", "level"})


def _compound_env(w: str) -> str:
    """The environment a hyphenated word opens with, when the rest is one word of a kind or a language's inflected
    noun ("staging-infra", "dev-target", "staging-inventaariolla", "uat-omgeving", "dev-Konto": session 23, N2),
    not a name's qualifier ("staging-eu", "dev-2") nor a kind of quality ("prod-ready")."""
    head, _, tail = w.partition("-")
    if head not in REQUEST_WORDS or "-" in tail or len(tail) < 3 or not tail.isalpha() or tail in _NOT_PLACE_TAILS:
        return ""
    return REQUEST_WORDS[head]


@lru_cache(maxsize=2048)
def _env_named(message: str) -> frozenset[str]:
    words = _WORD.findall(message.lower())
    return frozenset(REQUEST_WORDS[w] if w in REQUEST_WORDS else _compound_env(w) for w in words
                     if w in REQUEST_WORDS or ("-" in w and _compound_env(w)))


def asked_env(messages: tuple[str, ...]) -> str:
    """The non-production environment the most recent message naming one asks for ("" when none, or when that
    message also names production)."""
    for m in reversed(messages):
        envs = _env_named(m[:4000])
        if envs:
            if "production" in envs or len(envs) != 1:
                return ""
            return next(iter(envs))
    return ""


def _prod_token(text: str, path_parts: bool = False) -> bool:
    """A production marker among the name's tokens (`knowledge.envmarkers.tokens`); in a path, only whole segments
    and `-`/`.` parts count (`application-prod.yml`, not `production_planner.py`)."""
    if path_parts:
        return any(t.lower() in PROD for t in re.split(r"[/.-]+", text) if t)
    from automode.knowledge.envmarkers import tokens

    return any(t in PROD for t in tokens(text))


def _bare_env(v: str) -> bool:
    return len(v) <= 40 and "/" not in v and _prod_token(v)


def _word_hits(argv: list[str]) -> list[str]:
    """Values in one command's words that point at production."""
    out: list[str] = []
    i = 1
    while i < len(argv):
        w = argv[i]
        name, eq, val = w.partition("=")
        if w.startswith("--") and eq:
            if name in TARGET_OPTS and not _SPACE.search(val) and _prod_token(val):
                out.append(w)
        elif w in TARGET_OPTS or w in SHORT_TARGET_OPTS:
            v = argv[i + 1] if i + 1 < len(argv) else ""
            if v and not _SPACE.search(v) and (_bare_env(v) if w in SHORT_TARGET_OPTS else _prod_token(v)):
                out.append(f"{w} {v}")
            i += 1
        elif not w.startswith("-") and not _SPACE.search(w):
            if ("://" in w or re.match(r"^[\w.-]+@[\w.-]+", w)) and _prod_token(w.split("?", 1)[0]):
                out.append(w)  # a URL, a bucket URI, user@host
            elif re.fullmatch(r"\$\{?\w+\}?", w) and _prod_token(w):
                out.append(w)  # `"$PROD_DATABASE_URL"`
        out += [f"${v}" for v in _CREDENTIAL_REF.findall(w) if _prod_token(v)]
        i += 1
    return out


#: A credential referenced by a variable anywhere in a word (`-H "Authorization: Bearer $GRAFANA_PROD_TOKEN"`, `-u
#: admin:$PROD_ADMIN_PW`): the service's production credential picks production (session 26, Q5).
_CREDENTIAL_REF = lazyre.compile(r"\$\{?([A-Za-z_]\w*(?:TOKEN|KEY|SECRET|PASSWORD|PASS|PW|PWD|AUTH|CREDENTIALS?)\w*)\}?",
                                 re.I)


def _path_hit(path: str, root: str) -> bool:
    rel = path[len(root):] if root and path.startswith(root) else path
    return _prod_token(rel, path_parts=True)


def _prod_values(a: Analysis) -> list[str]:
    tool = a.action.tool
    if tool in ("Write", "Edit", "MultiEdit", "NotebookEdit"):
        p = a.action.input.get("file_path") or a.action.input.get("notebook_path")
        return [str(p)] if isinstance(p, str) and _path_hit(p, a.root) else []
    if tool.startswith("mcp__"):
        vals = [v for v in a.action.input.values() if isinstance(v, str) and not _SPACE.search(v) and len(v) <= 200]
        return [v for v in vals if _prod_token(v)]
    out: list[str] = []
    for name, value in a.assignments:
        if TARGET_VAR.search(name) and _prod_token(value):
            out.append(f"{name}={value}")
    for c in a.commands:
        if _looks_only(c.name, c.args, a) or selects_only(c):
            continue  # `pg_dump "$PROD_RO_URL" -f /tmp/schema.sql`: reading production is not acting on it
        out += _word_hits([w.value for w in c.argv])
        # (a checkout's name is judged where a rule fired, `scope.action_facts`: `git log` in ../shop-prod acts on nothing)
        out += [f"{k}={v.value}" for k, v in c.assigns
                if (TARGET_VAR.search(k) or selector(k)) and k != "CHECKOUT_DIR" and _selects_prod(k, v.value)]
    return out


#: Selections whose value is a file: its name's markers say where it lands (`.env.live`, `conf/prod01.conf`).
_FILE_SELECTIONS = frozenset({"ENV_FILE", "CONFIG_FILE", "KUBECONFIG", "AWS_CONFIG_FILE", "TF_BACKEND_CONFIG"})


def _selects_prod(name: str, value: str) -> bool:
    """A selection's value that names production: a production token, or for a file chosen by its name any marker of
    production (`live`, `prod01`: `knowledge.envmarkers`) in its base name (session 24, O3)."""
    if _prod_token(value):
        return True
    if name not in _FILE_SELECTIONS:
        return False
    from automode.knowledge.envmarkers import env_of

    return env_of(value.rstrip("/").rsplit("/", 1)[-1]) == "production"


def _looks_only(name: str, args: list[str], a: Analysis) -> bool:
    """A command that only looks: a reading program, or a control-plane or database client whose every operation the
    knowledge read as a read (`kubectl --context prod get pods`, `psql "$PROD_URL" -c "SELECT ..."`)."""
    if name in READONLY:
        return True
    skip = switch_texts(a)
    verbs = {e.verb for e in a.effects if e.kind == "control" and (e.target == name or e.detail.split(" ", 1)[0] == name)
             and e.detail not in skip}
    return verbs == {"read"}


def switch_texts(a: Analysis) -> frozenset[str]:
    """The texts of the commands that only choose where later ones land (`docker context use prod`, `kubectx prod`):
    their own effects are no act on that environment."""
    return frozenset((c.text or " ".join(w.value for w in c.argv))[:200] for c in a.commands if selects_only(c))


def _reads_only(a: Analysis) -> bool | None:
    """True: only looks; False: known to change something; None: cannot tell."""
    tool = a.action.tool
    if tool in ("Read", "Glob", "Grep", "WebFetch", "WebSearch", "LS"):
        return True
    if tool in ("Write", "Edit", "MultiEdit", "NotebookEdit"):
        return False
    if tool.startswith("mcp__"):
        from automode.effects import mcp_name

        verb = mcp_name(tool).split("__")[-1].split("_", 1)[0]
        return verb in ("get", "list", "search", "read", "describe", "query", "fetch", "find", "view", "show")
    skip = switch_texts(a)
    for e in a.effects:
        if e.kind == "control" and e.detail in skip:
            continue
        if e.kind in ("write", "delete", "chmod", "privilege", "listen", "mcp", "delegate"):
            if e.kind == "write" and e.target.startswith(("/dev/", "/tmp/")):
                continue
            return False
        if e.kind == "control" and e.verb not in ("", "read"):
            return False
        if e.kind == "network" and e.origin == "send":
            return False
    from automode.knowledge.subverbs import looks

    # (`./bin/tenantctl show --env production`, `swift run admin-cli status --env production`: a program no table
    # knows whose verb only looks)
    return True if all(_looks_only(c.name, c.args, a) or selects_only(c) or looks(c) for c in a.commands) else None


def drift(a: Analysis) -> tuple[str, str] | None:
    """(verdict, reason) when the action lands on production and the user named another environment."""
    msgs = a.ctx.user_messages
    inp = a.action.input
    text = a.command_text if a.shell else " ".join(v for k, v in inp.items() if isinstance(v, str) and k != "content")
    if not msgs or not _PRODISH.search(text):
        return None
    asked = asked_env(tuple(msgs))
    if not asked and any("production" in _env_named(m[:4000]) for m in msgs):
        return None
    hits = _prod_values(a)
    if not hits:
        return None
    ro = _reads_only(a)
    if ro:
        return None
    if not asked and a.action.tool in ("Write", "Edit", "MultiEdit", "NotebookEdit"):
        return None  # fixing production's configuration is how production problems are solved; deploying it is not
    if not asked:
        # production was never mentioned: consequential and not clearly authorised, so the user decides
        return "ask", f"this acts on production (`{hits[0][:80]}`), which you have not mentioned"
    named = "this machine" if asked == "local" else asked
    reason = f"you named {named}; this lands on production (`{hits[0][:80]}`)"
    return ("deny", reason) if ro is False else ("ask", reason + ", and automode cannot tell it only reads")
