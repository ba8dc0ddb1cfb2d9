"""Secret flows (issue 10 §5): where credentials come from and where they must not go.

Sources: secret environment variables, secret-looking literal values, commands that print a credential, credential
files, and shell variables assigned from any of these. Sinks: network requests (URL, headers, body, standard input),
URLs stored for later use (a git remote, a registry), public or shared places (issues, PR bodies, gists, commits,
chat and mail, MCP tools that post), client-exposed variables of web frameworks, files of the project and log
statements, prompts handed to sub-agents. A credential also has an owner: `$GITHUB_TOKEN` belongs to GitHub's hosts,
and sent anywhere else it leaves its owner's hands.

The facts are data under `data/flows/` (JSON: each file's `_about` says where they come from), loaded once.
`flows(a)` returns every (secret, sink) pair of one analysed action; rules in `automode.rules.secrets` judge them.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from functools import cache

from automode import lazyre
from automode.dc import dataclass
from automode.hosts import is_local
from automode.literals import gate_of
from automode.typing_lite import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from automode.effects import Effect
    from automode.shell.parse import Command

DATA = os.path.join(os.path.dirname(__file__), "data", "flows")  # a str: pathlib costs a cold hook ~1 ms
INTERNAL_HOST = lazyre.compile(
    r"^(10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+)$|\.(internal|local|lan|corp|intranet|home\.arpa)$|^[a-z0-9-]+$"
)
#: A variable named in any shell's syntax, group 1 its name: POSIX `$X`/`${X}`, PowerShell `$env:X`/`${env:X}`,
#: cmd.exe `%X%` (a percent-encoded byte is two hex digits, never a name that starts with a letter and ends with `%`).
ENV_REF = lazyre.compile(r"(?:\$\{?(?:(?i:env):)?|%(?=[A-Za-z_][A-Za-z0-9_]*%))([A-Za-z_][A-Za-z0-9_]*)")
URL_WORD = lazyre.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]{1,15}://")
SAME_CHAR_RUN = lazyre.compile(r"(.)\1{5,}")
PERCENT = lazyre.compile(r"%(3[AaDd]|2[Ff]|40|26)")


@dataclass(frozen=True, slots=True)
class Secret:
    what: str  # how a reason names it: "$GITHUB_TOKEN", "a GitHub token", "`gh auth token`", "/home/u/.aws/credentials"
    service: str  # the service that issued it ("" = unknown)
    kind: str  # "env" | "value" | "command" | "file"


@dataclass(frozen=True, slots=True)
class Flow:
    secret: Secret
    sink: str  # "network" | "url" | "public" | "client" | "file" | "log" | "delegate"
    where: str  # host, place (`gh issue create`, an MCP tool), variable, path
    committed: bool = False  # file sinks: the same action commits the change
    ships: bool = False  # file sinks: a file built into what is shipped (an image layer, a manifest applied to a cluster)
    mutates: bool = (
        False  # network sinks: the request sends data or changes something (POST, PUT, PATCH, DELETE, a body)
    )


@dataclass(frozen=True)
class Tables:
    values: tuple[tuple[str, str, str, str], ...]  # (id, name, service, regex source): compiled on first hit
    any_value: re.Pattern[str]
    assigned: re.Pattern[str]
    assigned_min: int
    url_password: re.Pattern[str]
    placeholders: tuple[str, ...]
    env_name: re.Pattern[str]
    env_not_secret: re.Pattern[str]
    env_public: re.Pattern[str]
    client_prefixes: tuple[str, ...]
    client_secret_name: re.Pattern[str]
    services: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]  # name -> (hosts, self-hosted names)
    service_env: re.Pattern[str]  # one alternation, a named group per service
    commands: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...]
    files: tuple[tuple[re.Pattern[str], str], ...]
    exfil_hosts: tuple[str, ...]
    public_commands: tuple[tuple[tuple[str, ...], frozenset[str], bool, bool], ...]
    mcp_public: re.Pattern[str]
    mcp_read: re.Pattern[str]
    dns_tools: frozenset[str]
    publish_words: re.Pattern[str]
    query_paths: re.Pattern[str]
    shortest_value: int  # the fewest characters any of `any_value`, `assigned`, `url_password` can match
    value_gate: (
        Callable[[str], bool] | None
    )  # false only for text `any_value` cannot match (automode.literals)
    url_password_gate: Callable[[str], bool] | None


def _read(name: str) -> str:
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return f.read()


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_read(name))
    return data


@cache
def tables() -> Tables:
    v, s, e, src, sk = (
        load("values.json"),
        load("services.json"),
        load("env.json"),
        load("sources.json"),
        load("sinks.json"),
    )
    values = tuple((x["id"], x["name"], x["service"], x["re"]) for x in v["values"])
    return Tables(
        values=values,
        any_value=re.compile("|".join(f"(?:{x['re']})" for x in v["values"])),
        assigned=re.compile(v["assigned"]["re"]),
        assigned_min=int(v["assigned"]["min_len"]),
        url_password=re.compile(v["url_password"]["re"]),
        placeholders=tuple(v["placeholders"]),
        env_name=re.compile(e["name"], re.I),
        env_not_secret=re.compile(e["not_secret"], re.I),
        env_public=re.compile(e["public"], re.I),
        client_prefixes=tuple(e["client_prefixes"]),
        client_secret_name=re.compile(e["client_secret_name"], re.I),
        services={k: (tuple(x["hosts"]), tuple(x["self_hosted"])) for k, x in s["services"].items()},
        service_env=re.compile("|".join(f"(?P<{k}>{x['env']})" for k, x in s["services"].items())),
        commands=tuple((tuple(c[0]), c[1], tuple(c[2])) for c in src["commands"]),
        files=tuple((re.compile(p), svc) for p, svc in src["files"]),
        exfil_hosts=tuple(sk["exfil_hosts"]),
        public_commands=tuple(
            (tuple(c[0]), frozenset(c[1]), bool(c[2]), bool(c[3])) for c in sk["public_commands"]
        ),
        mcp_public=re.compile(sk["mcp_public"], re.I),
        mcp_read=re.compile(sk["mcp_read"], re.I),
        dns_tools=frozenset(sk["dns_tools"]),
        publish_words=re.compile(sk["publish_words"], re.I),
        query_paths=re.compile(sk["query_paths"], re.I),
        # Derived from the patterns by automode.literals and stored with them (a test keeps them equal).
        shortest_value=int(v["prefilter"]["shortest"]),
        value_gate=gate_of(v["prefilter"]["value_literals"], v["prefilter"]["value_trie"]),
        url_password_gate=gate_of(v["prefilter"]["url_password_literals"]),
    )


# ------------------------------------------------------------------ sources
def secret_env_name(name: str) -> bool:
    """Does an environment variable of this name hold a credential (GITHUB_TOKEN yes, TOKENIZERS_PARALLELISM no)?"""
    t = tables()
    return bool(t.env_name.search(name)) and not t.env_not_secret.search(name)


@cache
def command_names() -> frozenset[str]:
    """First words of the credential-printing commands (for indexing rules without compiling the tables)."""
    return frozenset(c[0][0] for c in load("sources.json")["commands"])


@cache
def _value_re(source: str) -> re.Pattern[str]:
    return re.compile(source)


def env_service(name: str) -> str:
    m = tables().service_env.search(name)
    return m.lastgroup or "" if m else ""


def env_secret(name: str) -> Secret | None:
    """`$NAME` as a secret when it is named like a credential. Environment variables are upper case by convention;
    a lower-case `$password` is a script's own local and is not counted here."""
    if not name.isupper() or not secret_env_name(name):
        return None
    return Secret(f"${name}", env_service(name), "env")


def publishable(name: str) -> bool:
    """A variable documented as safe in a browser (publishable, anon, site keys)."""
    return bool(tables().env_public.search(name))


def _looks_random(value: str) -> bool:
    low = value.lower()
    if value.startswith(("$", "%(", "{{", "<")) or SAME_CHAR_RUN.search(value):
        return False
    if not (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)):
        return False
    return not any(p in low for p in tables().placeholders)


def _placeholder_token(value: str) -> bool:
    """`AKIAIOSFODNN7EXAMPLE` (the AWS docs' key), `ghp_xxxxxxxxxxxxxxxxxxxx`."""
    return value.endswith(("EXAMPLE", "EXAMPLEKEY")) or bool(SAME_CHAR_RUN.search(value.split("_", 1)[-1]))


def values(text: str) -> list[Secret]:
    """Secret-looking literal values in `text`: issuer-prefixed tokens, private keys, JWTs, a credential's name with a
    random-looking value next to it, a password inside a URL."""
    t = tables()
    if len(text) < t.shortest_value:  # most words of a command: too short to hold any secret-looking value
        return []
    if "%" in text and PERCENT.search(text):
        # a URL-encoded value (a search query carrying `postgresql%3A%2F%2Fapp%3Apw%40host`) is read decoded too
        from urllib.parse import unquote

        text = f"{text} {unquote(text)}"
    out: list[Secret] = []
    if (t.value_gate is None or t.value_gate(text)) and t.any_value.search(text):
        for _id, name, svc, source in t.values:
            m = _value_re(source).search(text)
            if m and not _placeholder_token(m.group(0)):
                out.append(Secret(name, svc, "value"))
    for m in t.assigned.finditer(text):
        val = m.group(1)
        if len(val) >= t.assigned_min and _looks_random(val):
            out.append(
                Secret(
                    f"the value of {m.group(0).split('=')[0].split(':')[0].strip(chr(34) + chr(39) + ' ')[:40]}",
                    "",
                    "value",
                )
            )
            break
    for m in (
        t.url_password.finditer(text) if t.url_password_gate is None or t.url_password_gate(text) else ()
    ):
        if _looks_random(m.group(1)):
            out.append(Secret("a password in a URL", "", "value"))
            break
    return out


def file_service(path: str) -> str:
    for pat, svc in tables().files:
        if pat.search(path):
            return svc
    return ""


@cache
def _secret_commands() -> dict[str, tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...]]:
    """The credential-printing command rows by first word, in table order."""
    out: dict[str, list[tuple[tuple[str, ...], str, tuple[str, ...]]]] = {}
    for row in tables().commands:
        out.setdefault(row[0][0], []).append(row)
    return {k: tuple(v) for k, v in out.items()}


#: Sub-commands after a group prefix (`doppler secrets`, which alone prints every secret) that write: they print
#: the config's secrets afterwards too (DopplerHQ/cli#542), unless told to be silent (`--silent`).
_WRITE_SUBVERBS = frozenset({"delete", "set", "upload"})


def _silent_write(argv: list[str], n: int) -> bool:
    return len(argv) > n and argv[n].lower() in _WRITE_SUBVERBS and "--silent" in argv[n:]


def command_secret(cmd: Command) -> Secret | None:
    """Does this command print a credential (`gh auth token`, `op read …`, `kubectl get secret x -o yaml`)? A
    control-plane table that reads the command's options (`kubectl --context prod -n pay get secret x -o yaml`)
    covers what the argv prefixes of `sources.json` (which also name the credential's service) do not."""
    rows = _secret_commands().get(cmd.name)
    if rows is not None:
        argv = [cmd.name, *cmd.args]
        for prefix, svc, needs in rows:
            n = len(prefix)
            if argv[:n] == list(prefix) and (
                not needs or any(a == o or a.startswith(o + "=") for a in argv[n:] for o in needs)
            ) and not _silent_write(argv, n):
                return Secret(f"`{' '.join(argv[:n])}`", svc, "command")
    if control_secret(cmd) is not None:
        return Secret(f"`{' '.join([cmd.name, *cmd.args])[:60]}`", "", "command")
    return None


def control_secret(cmd: Command) -> Effect | None:
    """The control effect of a command that prints a stored secret (its table's entry has origin "secret"), with the
    environment it reads from; None for anything else."""
    from automode.knowledge import control

    if cmd.name not in control.index() and not control.RUNNERS.match(cmd.name):
        return None
    e = control.classify(cmd)
    return e if e is not None and e.verb == "read" and e.origin == "secret" else None


@cache
def _mcp_secret_re() -> re.Pattern[str]:
    return re.compile(load("sources.json")["mcp_secret_read"])


def mcp_secret(tool: str, inp: Any) -> str | None:
    """An MCP call that returns a stored secret's value (`mcp__vault__read_secret`, `…__get_secret_value`): the
    environment its inputs name ("" when none), or None for any other call."""
    if not tool.startswith("mcp__") or not _mcp_secret_re().search(tool.rsplit("__", 1)[-1]):
        return None
    from automode.knowledge.envmarkers import env_of, strongest

    vals = [v for v in (inp.values() if isinstance(inp, dict) else ()) if isinstance(v, str)]
    return strongest(env_of(v) for v in vals[:20]) or ""


@cache
def _filters() -> dict[str, re.Pattern[str]]:
    return {c: re.compile(rx) for c, rx in load("sources.json")["hidden_filters"]}


@cache
def _hidden() -> dict[str, tuple[str, ...]]:
    return {c: tuple(opts) for c, opts in load("sources.json")["hidden_output"]}


def hides_output(cmd: Command) -> bool:
    """Does this command print only a count, a file name, an exit status or a digest of what it reads?"""
    if cmd.name in ("jq", "gojq", "jaq", "yq"):
        # the filter is the first word that is not an option (`jq -r '.data | keys[]'`)
        f = next((a for a in cmd.args if not a.startswith("-")), None)
        return f is not None and bool(_filters()[cmd.name].match(f))
    opts = _hidden().get(cmd.name)
    if opts is None:
        return False
    if not opts:
        return True
    for a in cmd.args:
        if a == "--":
            break
        if a in opts or a.split("=", 1)[0] in opts:
            return True
        if a.startswith("-") and not a.startswith("--") and any(o[1:] in a[1:] for o in opts if len(o) == 2):
            return True
    return False


# ------------------------------------------------------------------ hosts
def _in_domains(host: str, domains: tuple[str, ...]) -> bool:
    whole, subs = _domain_sets(domains)
    return host in whole or host.endswith(subs)


@cache
def _domain_sets(domains: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The domains themselves and their subdomains' suffixes (issue 14: one set test and one `endswith` per host, not
    one concatenation per domain; the tables are a few fixed tuples)."""
    return frozenset(domains), tuple("." + d for d in domains)


def host_relation(service: str, host: str) -> str:
    """ "own" (the service's hosts), "self-hosted" (a host named after the service: maybe its own instance), "internal"
    (private addresses and names), "local", or "foreign"."""
    h = host.lower().rstrip(".")
    if is_local(h):
        return "local"
    svc = tables().services.get(service)
    if svc is not None:
        hosts, names = svc
        if _in_domains(h, hosts):
            return "own"
        registered = "".join(h.split(".")[-2:])
        if any(len(stem) >= 5 and stem in registered for stem in (d.split(".")[0] for d in hosts)):
            return "foreign"  # a look-alike: registry.npmjs-mirror.net, github-status.io
        first = h.split(".", 1)[0]
        if first == service or first in names:
            return "self-hosted"
    if INTERNAL_HOST.search(h):
        return "internal"
    return "foreign"


def exfil_host(host: str) -> bool:
    """A request catcher, paste site, file drop or tunnel: anyone can read what is sent there."""
    return _in_domains(host.lower().rstrip("."), tables().exfil_hosts)


def client_exposed(name: str) -> bool:
    return name.startswith(tables().client_prefixes)


# ------------------------------------------------------------------ flows of one action
# (analysis, its flows), replaced as one object: rules ask several times per decision, and decisions of other threads
# (the resident server) must never read one analysis with another's flows.
def _host(url: str) -> str:
    from automode.shell.commands import url_host

    return url_host(url)


def _client(name: str, secrets: list[Secret]) -> Iterator[Flow]:
    """`NEXT_PUBLIC_X=…`: the value is compiled into the JavaScript every visitor downloads."""
    if not client_exposed(name) or publishable(name):
        return
    t = tables()
    if t.client_secret_name.search(name) and not secrets:
        yield Flow(Secret(f"${name}", "", "env"), "client", name)
        return
    for s in secrets:
        if s.kind == "env" and publishable(s.what.lstrip("$")):
            continue
        yield Flow(s, "client", name)


CLIENT_LINE = lazyre.compile(r"\b([A-Z][A-Z0-9]*_[A-Z0-9_]+)[\"']?\s{0,3}[=:]\s{0,3}(.{0,300})")
LOG_CALL = lazyre.compile(r"\b(log(ger|ging)?|console|print|printf|println|puts|fmt\.Print\w*|System\.out|Rails\.logger|warn|info|debug|error)\b[.\w]*\s*\(?[^\n]{0,200}"
                      r"(os\.environ|os\.getenv|getenv|process\.env|ENV\[|System\.getenv|env::var|Environment\.GetEnvironmentVariable)[\[.(\s\"']*([A-Z][A-Z0-9_]+)")  # fmt: skip


ENV_ACCESS = lazyre.compile(
    r"(?:process\.env\.|process\.env\[[\"']|import\.meta\.env\.|os\.environ\[[\"']|os\.getenv\([\"']|ENV\[[\"']|ENV\.fetch\([\"']|getenv\([\"']|"
    r"\bprintenv\s+|GetEnvironmentVariable\(\s*[\"']|Deno\.env\.get\(\s*[\"'])([A-Z][A-Z0-9_]+)"
)


def text_secrets(text: str) -> list[Secret]:
    """Secrets named in a piece of text (a config value, code): `$NAME`, `process.env.NAME`, literal values."""
    out = [
        s for s in (env_secret(x) for x in ENV_REF.findall(text) + ENV_ACCESS.findall(text)) if s is not None
    ]
    return out + values(text)


def _client_lines(text: str) -> Iterator[Flow]:
    """`NEXT_PUBLIC_X=…` lines of a dotenv file, `VITE_X: process.env.Y` entries of a config."""
    for line in text.splitlines()[:2000]:
        if "_" not in line:
            continue
        for m in CLIENT_LINE.finditer(line):
            if client_exposed(m.group(1)):
                yield from _client(m.group(1), text_secrets(m.group(2)))


@cache
def _committed_config() -> re.Pattern[str]:
    return re.compile(load("sinks.json")["committed_configs"])


def _committed(e: Effect, root: str) -> bool:
    """A credential file inside the project that projects commit by convention (a project `.npmrc`)."""
    r = root.rstrip("/") + "/"
    return e.target.startswith(r) and _committed_config().search(e.target[len(r) :]) is not None


KIND_SECRET = lazyre.compile(r"^kind:\s*(?:Secret|SealedSecret|ExternalSecret)\b", re.M)


@cache
def _shipped_files() -> re.Pattern[str]:
    return re.compile(load("sinks.json")["shipped_files"])


def _ships(e: Effect, root: str) -> bool:
    """A file whose content is built into what ships: a container build file (its ENV and ARG values stay in the
    image's layers and history), a compose file or a cluster manifest (applied as written, readable by everyone who
    can read the cluster's objects), a chart's values."""
    r = root.rstrip("/") + "/"
    rel = e.target[len(r) :] if e.target.startswith(r) else e.target
    return _shipped_files().search(rel) is not None
