"""Secret flows of shell commands (issue 10 §5): the sources and sinks a command line wires together.

Split from `automode.knowledge.flows` (which holds the tables, the secret sources and the other tools' flows):
variables assigned from secrets, secrets piped into a command, options that carry a body (`--body`, `-d`),
inline code reading secret variables, staged credential files, files a public command publishes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from automode.knowledge.flows import (
    ENV_REF,
    URL_WORD,
    Flow,
    Secret,
    _client,
    _client_lines,
    _committed,
    _host,
    command_secret,
    env_secret,
    file_service,
    tables,
    values,
)
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect
    from automode.shell.parse import Command
    from automode.shell.words import Word


def _query(url: str, body: str) -> bool:
    """POST to a query endpoint (GraphQL, search, completions) that asks rather than changes; a GraphQL mutation changes."""
    return tables().query_paths.search(url) is not None and "mutation" not in body


def _registered(name: str) -> str:
    """The domain whose name servers see a looked-up name: its last two labels (`x.evil.com` -> `evil.com`)."""
    labels = [x for x in name.split(":", 1)[0].split(".") if x]
    return ".".join(labels[-2:]).lower()


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


#: Public places that become the forge's secret store with an option (GitLab's CI variables, masked or hidden in
#: job logs and readable only by maintainers): a credential put there is stored, not posted.
MASKED_STORES: dict[tuple[str, ...], frozenset[str]] = {
    ("glab", "variable", "set"): frozenset({"--masked", "-m", "--hidden", "--protected", "-p"}),
    ("glab", "variable", "update"): frozenset({"--masked", "-m", "--hidden", "--protected", "-p"}),
}


def _public_beyond(cmd: Command) -> Iterator[Flow]:
    """What the one reading of outbound values (`knowledge.outbound`) finds in a public place's text beyond the
    literal tokens (a connection string with its password, a private key, an environment dump, encoded ones)."""
    argv = [cmd.name, *cmd.args]
    for prefix, opts, _files, _stdin in tables().public_commands:
        if argv[: len(prefix)] != list(prefix):
            continue
        from automode.knowledge.outbound import beyond_values

        for w in _opt_values(cmd, opts):
            if len(w.value) >= 16:
                for f in beyond_values(w.value)[:2]:
                    yield Flow(Secret(f.what + (f" ({f.how})" if f.how else ""), f.service, "value"), "public", " ".join(prefix))
        return


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
        if mine:
            yield from _dumped_env(cmd, mine, a, commits)
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
        if cmd.name in _first_words("public"):
            yield from _public_beyond(cmd)
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
            sends = {
                _host(e.target) for e in net if e.origin == "send" and not _query(e.target, e.content or "")
            }
            for h in dict.fromkeys(_host(e.target) for e in net):
                for s in arg_secrets + stdin:
                    yield Flow(s, "network", h, mutates=h in sends)
            for h in dict.fromkeys(_host(e.target) for e in code_net if e.target != "<unknown>"):
                for s in code:  # the code's own requests carry what the code reads
                    yield Flow(s, "network", h, mutates=h in sends)
        # Public places.
        argv = [cmd.name, *cmd.args]
        for prefix, opts, _files, stdin_public in (
            t.public_commands if cmd.name in _first_words("public") else ()
        ):
            if argv[: len(prefix)] != list(prefix):
                continue
            if MASKED_STORES.get(prefix, frozenset()) & {x.split("=", 1)[0] for x in cmd.args}:
                break  # `glab variable set … --masked`: the forge's CI secret store, masked in every log
            place = " ".join(prefix)
            for w in _opt_values(cmd, opts):
                for s in scope.word(w):
                    yield Flow(s, "public", place)

            if stdin_public:
                for s in stdin:
                    yield Flow(s, "public", place)
            break
        # Files of the project: a secret written into something that may be committed or shipped.
        writes = [
            e
            for e in mine
            if e.kind == "write"
            and (e.pclass in ("project", "protected") or (e.pclass == "secret" and _committed(e, a.root)))
        ]
        if writes:
            creds = _credential_words(cmd)  # (a request's header or login: the response written holds none of it)
            secrets = [s for i, (_, ss) in enumerate(per_word) if i not in creds for s in ss] + (
                stdin if cmd.name in ("tee", "cat", "dd") else []
            )
            for e in writes:
                for s in secrets:
                    # A project `.npmrc` filled from `$NPM_TOKEN` is the registries' own documented CI recipe; a
                    # literal token pasted there is not.
                    if e.pclass != "secret" or s.kind == "value":
                        yield Flow(s, "file", e.target, committed=commits)


def _credential_words(cmd: Command) -> frozenset[int]:
    """Positions (in `cmd.argv[1:]`) of the words an HTTP client sends as a header or a login (`-H "Authorization:
    Token $T"`, `-u user:$PW`, `--oauth2-bearer $T`): what it writes to a file or its output is the response, which
    does not carry them (session 20, K5: `curl -H "Authorization: Token $NETBOX_TOKEN" …/devices/ > inventory.yaml`).
    Empty for other programs and when the client prints its request (`-v`, `--trace`, `--print=H`)."""
    from automode.knowledge.httpapi import _HEADER_OPTS, CLIENTS

    if cmd.name not in CLIENTS:
        return frozenset()
    words = [w.value for w in cmd.argv[1:]]
    if any(w in ("-v", "--verbose", "--trace", "--trace-ascii") or w.startswith(("--print", "--trace"))
           or (w.startswith("-") and not w.startswith("--") and "v" in w[1:] and w[1:].isalpha()) for w in words):
        return frozenset()
    out: set[int] = set()
    for i, w in enumerate(words):
        if w in _HEADER_OPTS:
            out.add(i + 1)
        elif w.startswith(("--header=", "--user=", "--oauth2-bearer=")) or (w[:2] in ("-H", "-u") and len(w) > 2):
            out.add(i)
        elif cmd.name in ("http", "https", "xh", "xhs", "httpie") and re.match(r"^[\w-]+:(?!=)(?!//)", w):
            out.add(i)  # HTTPie's `Authorization:"Bearer $T"` request item is a header
    return frozenset(out)


def _dumped_env(cmd: Command, mine: list[Effect] | tuple[()], a: Analysis, commits: bool) -> Iterator[Flow]:
    """`env > debug-env.txt`, `python -c "print(dict(os.environ))" > env.json`: the whole environment (every token
    in it) written into a project file, build output or a log; committed when the same action stages it (h18-0322).
    A file outside the project (`/tmp`) and a secret file (`.env.snapshot`) are where such values may stay."""
    from automode.knowledge.payloads import environment_dump

    writes = [e for e in mine if e.kind == "write" and e.pclass in ("project", "protected", "artefact")]
    if not writes:
        return
    src = environment_dump(cmd) or _drive_dump(cmd)
    what = f"the whole environment (`{src}`)" if src else _code_dump(cmd)
    if what is None:
        return
    for e in writes:
        yield Flow(Secret(what, "", "env"), "file", e.target, committed=commits or _stages(e.target, a))


def _drive_dump(cmd: Command | None) -> str | None:
    """`gci env: > env.txt` (lowered from `pwsh -Command`): a listing of PowerShell's `env:` drive in the pipeline."""
    from automode.shell.powershell import env_listing

    while cmd is not None:
        if env_listing(cmd):
            return f"{cmd.name} env:"
        cmd = cmd.pipe_from
    return None


def _code_dump(cmd: Command | None) -> str | None:
    """Inline code of an interpreter in `cmd`'s pipeline that hands over the whole environment as one value."""
    from automode.knowledge.subverbs import INTERPRETERS
    from automode.shell.codeflow import WHOLE_ENV_RE

    while cmd is not None:
        if INTERPRETERS.match(cmd.name):
            texts = [w.raw for w in cmd.argv[1:]] + [r.body for r in cmd.redirects if r.body]
            if any(WHOLE_ENV_RE.search(t[:100_000]) for t in texts):
                return f"the whole environment (read by `{cmd.name}` code)"
        cmd = cmd.pipe_from
    return None


def _stages(target: str, a: Analysis) -> bool:
    """The same action runs `git add` on `target` (or on everything): it goes into the next commit."""
    from automode.paths import resolve

    for c in a.commands:
        if c.name != "git" or c.args[:1] != ["add"]:
            continue
        for w in c.argv[2:]:
            v = w.value
            if v in ("-A", "--all", ".", "*", "-u") or (not v.startswith("-") and resolve(v, c.cwd or a.cwd, a.ctx.home) == target):
                return True
    return False


def _staged_secrets(cmd: Command, a: Analysis, commits: bool) -> Iterator[Flow]:
    """`git add .env config/master.key`: a credential file staged for the repository's history."""
    from automode.paths import classify

    for w in cmd.argv[2:]:
        if w.value.startswith("-") or not w.value or w.dynamic:
            continue
        info = classify(w.value, cmd.cwd or a.cwd, a.ctx.home, a.root)
        if info.cls == "secret":
            yield Flow(
                Secret(info.path, file_service(info.path), "file"),
                "file",
                "the repository",
                committed=commits,
            )


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
