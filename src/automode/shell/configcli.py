"""Tools' configuration commands as the writes they make (session 7 red team; session 8 matrix).

`npm config set script-shell /tmp/sh` writes `script-shell=/tmp/sh` into `~/.npmrc`, as `echo … >> ~/.npmrc` would;
`bundle config set --global ssl_verify_mode 0` writes `BUNDLE_SSL_VERIFY_MODE: "0"` into `~/.bundle/config`; `git
config --global http.sslVerify false` writes `[http] sslVerify = false` into `~/.gitconfig`. Each is lowered to a
write of that file (`origin="config-cli"`, appended) with the setting in the file's own syntax, so the file analysis
(`automode.files`: what the file runs, the package sources it names, the security settings it weakens) judges the
command and the spelled-out edit alike. The tools, their scopes, files and syntaxes are data:
`shell.configcli_data.TOOLS`.

Besides the file, each KEY VALUE is read as a setting by its whole dotted name (`safe.directory`, `auth/disable_ssl_
validation`), which a sectioned file loses: a name that carries a security concept (`files.concepts`) whose value
weakens it is reported like the same setting in a file (`weaken` effects); written into the user's or the machine's
configuration even a weaker concept is noticed (`config-wide`, AM-SEC-013), and a one-run override is an ask
(`config-ask`, AM-SEC-012). The same reading covers the settings
no file holds (`sysctl -w`, `defaults write`, `gsettings set`: `configcli_data.SETTINGS`) and, as a fallback, any
other tool's `config set|--set|--add|--global KEY VALUE`.

`npm pkg set scripts.X=…` and `npm set-script` write a script into `package.json` that `npm run` runs.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from automode import lazyre
from automode.dc import dataclass
from automode.effects import Effect
from automode.shell import firewalls
from automode.shell.configcli_data import TOOLS, Tool
from automode.shell.words import Word
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.fileenv import Env
    from automode.shell.script import Command

#: Programs whose configuration command is in the table, and those that set a machine or desktop setting.
SETTERS = frozenset({"sysctl", "defaults", "gsettings"})
PROGRAMS = frozenset({p for t in TOOLS for p in t.programs} | SETTERS | firewalls.PROGRAMS)
#: The fallback's spellings of a configuration write by a tool not in the table.
GENERIC_SET = frozenset({"set", "--set", "--add", "--global", "-g", "--system", "--user", "add", "--append"})
OUTSIDE = frozenset({"user", "system", "env"})  # scopes outside the project: the user's or the machine's
PENDING = "config-setting"  # a `weaken` effect's origin while the setting awaits its reading (`files.configset`)
MAX_PAIRS = 24


@dataclass(frozen=True, slots=True)
class Pair:
    key: str
    value: str
    listed: bool = False  # added to a list (`--add`)


@dataclass(frozen=True, slots=True)
class ConfigWrite:
    tool: Tool | None  # None: the fallback (a tool not in the table)
    program: str
    scope: str  # user | system | project | env | file | "" (unknown)
    path: str  # the file written ("" when no file is modelled)
    pairs: tuple[Pair, ...]
    ident: tuple[tuple[str, str], ...] = ()  # `opts` shape: the positional words by name (`name`, `url`)


# ------------------------------------------------------------------------------------------------ reading a command
def _values(words: list[str], t: Tool) -> tuple[list[str], dict[str, list[str]]]:
    """Positional words and options (name -> values; a flag has ["true"], `--k=v` ["v"])."""
    pos: list[str] = []
    opts: dict[str, list[str]] = {}
    takes = t.file_opts | t.value_opts | {o for o, s in t.scopes if s == "@"}
    i = 0
    ended = False
    while i < len(words):
        x = words[i]
        if ended or not x.startswith("-") or len(x) == 1 or x[1:2].isdigit() or (" " in x and x not in opts):
            pos.append(x)
        elif x == "--":
            ended = True
        elif x in t.set_opts and i + t.arity < len(words):
            opts.setdefault(x, []).append("\0".join(words[i + 1:i + 1 + t.arity]))
            i += t.arity
        elif "=" in x and x.startswith("--"):
            k, v = x.split("=", 1)
            opts.setdefault(k, []).append(v)
        elif i + 1 < len(words) and (x in takes or (t.shape == "opts" and _takes_value(t, x, words[i + 1]))):
            opts.setdefault(x, []).append(words[i + 1])
            i += 1
        else:
            opts.setdefault(x, []).append("true")
        i += 1
    return pos, opts


def _takes_value(t: Tool, opt: str, nxt: str) -> bool:
    """An `opts`-shape option followed by a plain word: `--server https://…` takes it, `--insecure-skip-tls-verify`
    (a switch, which names a state) does not."""
    if not opt.startswith("--") or nxt.startswith("-") or opt in dict(t.scopes) or opt in t.list_opts:
        return False
    return not re.search(r"insecure|skip|allow|verify|embed|pass-credentials|force|no-", opt)


def _pair(text: str, listed: bool = False) -> Pair:
    k, _, v = text.partition("=")
    return Pair(k, v, listed)


def _scope(t: Tool, opts: dict[str, list[str]]) -> str:
    for o, s in t.scopes:
        if o in opts:
            if s == "@":
                v = opts[o][-1]
                return {"global": "system"}.get(v, v)
            return s
    return t.default


def parse(cmd: Command) -> list[ConfigWrite]:
    """The configuration writes of one command (a table tool, or the fallback's `config set KEY VALUE`)."""
    if len(cmd.argv) < 3 or any(w.dynamic for w in cmd.argv[1:3]):
        return []
    words = [w.value for w in cmd.argv[1:60]]
    out: list[ConfigWrite] = []
    for t in TOOLS:
        if cmd.name not in t.programs:
            continue
        got = _table_write(t, cmd.name, words)
        if got is not None:
            out.append(got)
            break
    if not out and cmd.name not in PROGRAMS:
        got = _generic(cmd.name, words)
        if got is not None:
            out.append(got)
    return out


def _table_write(t: Tool, program: str, words: list[str]) -> ConfigWrite | None:
    pos, opts = _values(words, t)
    verb = next((v for v in t.verbs if tuple(pos[:len(v)]) == v), None)
    if verb is None or any(r in opts for r in t.reads):
        return None
    rest = pos[len(verb):]
    if rest and rest[0] in t.reads:
        return None
    listed = any(o in opts for o in t.list_opts) or (bool(verb) and verb[-1] in ("append", "prepend"))
    pairs: list[Pair] = []
    ident: list[tuple[str, str]] = []
    if t.shape == "kv" and rest and "=" in rest[0] and all("=" in x for x in rest):
        pairs += [_pair(x, listed) for x in rest]  # `npm config set a=1 b=2`
    elif t.shape == "kv" and len(rest) >= 2:
        pairs.append(Pair(rest[0], " ".join(rest[1:]), listed))
    elif t.shape == "pairs":
        if t.scopes and not any(o in opts for o, _ in t.scopes) and not t.default:
            return None  # `go env GOPATH`: a read; only `-w` writes
        pairs += [_pair(p) for p in rest if "=" in p]
    elif t.shape == "set-opt":
        for o in sorted(t.set_opts & opts.keys()):
            for v in opts[o]:
                kv = v.split("\0") if "\0" in v else v.split("=", 1) if "=" in v and not t.list_key else [t.list_key, v]
                if len(kv) == 2 and kv[0]:
                    pairs.append(Pair(kv[0], kv[1], o in t.list_opts))
    elif t.shape == "opts":
        ident = list(zip(t.positional_keys, rest, strict=False))
        skip = t.file_opts | t.value_opts | {o for o, _ in t.scopes}
        pairs += [Pair(k.lstrip("-"), v) for k, vs in opts.items() if k.startswith("--") and k not in skip for v in vs]
        if not pairs and not ident:
            return None
    if not pairs and not ident:
        return None
    scope = _scope(t, opts)
    path = t.path(scope)
    for fo in t.file_opts:
        if fo in opts:
            scope, path = "file", opts[fo][-1]
    return ConfigWrite(t, program, scope, path, tuple(pairs[:MAX_PAIRS]), tuple(ident))


def _generic(program: str, words: list[str]) -> ConfigWrite | None:
    """`<tool> config set|--set|--add|--global KEY VALUE` or `<tool> config KEY VALUE` of a tool not in the table."""
    i = next((j for j, w in enumerate(words[:3]) if w == "config" or w.endswith((".config", ":config"))), -1)
    if i < 0:
        return None  # (`mix hex.config KEY VALUE`, `rebar3 hex config`: a namespaced config command too)
    rest = words[i + 1:]
    scope = "user"
    flags = [x for x in rest if x.startswith("-")]
    if any(x in ("--local", "--project", "--workspace") for x in flags):
        scope = "project"
    elif any(x in ("--system", "--machine") for x in flags):
        scope = "system"
    plain = [x for x in rest if not x.startswith("-") or "=" in x.lstrip("-")]
    said = [x for x in rest if x in GENERIC_SET]
    plain = [x for x in plain if x not in GENERIC_SET]
    pairs: list[Pair] = []
    if len(plain) == 2 and "=" not in plain[0] and not re.fullmatch(r"get|list|show|view|unset|delete|remove|edit", plain[0]):
        pairs.append(Pair(plain[0].lstrip("-"), plain[1], "--add" in said or "add" in said))
    elif said or (plain and all("=" in p for p in plain)):
        pairs += [_pair(p.lstrip("-")) for p in plain if "=" in p]
    if not pairs:
        return None
    return ConfigWrite(None, program, scope, "", tuple(pairs[:MAX_PAIRS]))


# ------------------------------------------------------------------------------------------------ the file's text
def render(w: ConfigWrite) -> str:
    """The settings as the file holds them (what `echo … >> FILE` would have to write)."""
    fmt = w.tool.fmt if w.tool is not None else ""
    out: list[str] = []
    for p in w.pairs:
        k, v = p.key.strip("'\""), p.value
        if fmt == "npmrc" or fmt == "env":
            out.append(f"{k}={v}")
        elif fmt == "gitconfig":
            parts = k.split(".")
            if len(parts) >= 2:
                sub = ".".join(parts[1:-1])
                head = f'[{parts[0]} "{sub}"]' if sub else f"[{parts[0]}]"
                out.append(f"{head}\n\t{parts[-1]} = {_quoted(v, always=False)}")
        elif fmt == "bundle":
            out.append(f"BUNDLE_{k.replace('.', '__').replace('-', '___').upper()}: {json.dumps(v)}")
        elif fmt in ("ini", "gcloud"):
            sep = "/" if fmt == "gcloud" else "."
            sect, _, leaf = k.rpartition(sep) if sep in k else ("core" if fmt == "gcloud" else "default", "", k)
            out.append(f"[{sect}]\n{leaf} = {v}")
        elif fmt == "toml":
            out.append(f"{k} = {_scalar(v)}")
        elif fmt == "yaml" and w.ident:
            ident = dict(w.ident)
            body = "".join(f"\n  {kk.replace('-', '_') if w.program == 'helm' else kk}: {_scalar(vv)}" for kk, vv in
                           [*((x, y) for x, y in w.ident if x != "name"), *((q.key, q.value) for q in w.pairs)])
            out.append(f"- name: {ident.get('name', '')}{body}")
            break
        elif fmt == "yaml":
            out.append(f"{k}:\n  - {_scalar(v)}" if p.listed else f"{k}: {_scalar(v)}")
        elif fmt == "composer":
            out.append(_composer(w))
            break
        elif fmt == "nuget":
            attrs = "".join(f' {_camel(q.key)}="{q.value}"' for q in w.pairs if w.ident)
            if w.ident:
                url = dict(w.ident).get("url", "")
                out.append(f'<packageSources>\n  <add key="{url}" value="{url}"{attrs} />\n</packageSources>')
                break
            out.append(f'<config>\n  <add key="{k}" value="{v}" />\n</config>')
        else:
            out.append(f"{k} = {v}")
    return "\n".join(out) + "\n" if out else ""


def _camel(opt: str) -> str:
    head, *rest = opt.split("-")
    return head + "".join(x.title() for x in rest)


def _scalar(v: str) -> str:
    if re.fullmatch(r"true|false|-?\d+(\.\d+)?", v) or v[:1] in "[{":
        return v
    return json.dumps(v)


def _quoted(v: str, *, always: bool) -> str:
    return json.dumps(v) if always or re.search(r"[\s;#\"]", v) else v


def _composer(w: ConfigWrite) -> str:
    """`composer config KEY VALUE...`: `repositories.NAME TYPE URL` and `extra.*` are top-level properties, the
    rest are settings under `config`."""
    doc: dict[str, object] = {}
    for p in w.pairs:
        head, _, name = p.key.partition(".")
        vals = p.value.split(" ")
        if head == "repositories" and name:
            doc.setdefault("repositories", {})[name] = {"type": vals[0], "url": vals[-1]} if len(vals) > 1 else vals[0]  # type: ignore[index]
        elif head in ("extra", "scripts", "suggest"):
            doc.setdefault(head, {})[name] = p.value  # type: ignore[index]
        else:
            val: object = {"true": True, "false": False}.get(p.value, p.value)
            doc.setdefault("config", {})[p.key] = val  # type: ignore[index]
    return json.dumps(doc)


# ------------------------------------------------------------------------------------------------ programs run later
@dataclass(frozen=True, slots=True)
class Finding:
    check: str  # the weakening family (`files.settings_table`), or config-off | config-ask | config-wide | config-runs
    what: str


#: Where installed programs live: a setting naming one of these runs the machine's own tool.
_INSTALLED = lazyre.compile(r"^(?:/usr/|/bin/|/sbin/|/opt/|/nix/store/|/Applications/|/Library/|/snap/|[A-Za-z]:\\Program Files)")
_PATHLIKE = lazyre.compile(r"(?:^|[\s=\"'])((?:~|\$\{?\w+\}?|\.{0,2})?/[^\s\"']+|[A-Za-z]:\\[^\s\"']+)")


def runs_later(key: str, value: str, where: str, program: str) -> Finding | None:
    """A setting whose value is a program the tool starts later (`node-options=--require F`, `script-shell`,
    `credential_process`, `-toolexec=`), written into the user's or the machine's configuration: every later run
    of the tool, in every project, starts it. A file of the user's or the project's is planted (deny); an installed
    program is the user's choice of tool; a shell line is asked about."""
    v = value.strip()
    paths = [m.group(1) for m in _PATHLIKE.finditer(v)]
    planted = [p for p in paths if not _INSTALLED.match(p)]
    if planted:
        return Finding("config-runs", f"makes every {program} run start {planted[0][:80]} ({key}) via {where}")
    if re.search(r"[;|&`]|\$\(", v):
        return Finding("config-runs-ask", f"makes every {program} run start `{v[:60]}` ({key}) via {where}")
    return None


# ------------------------------------------------------------------------------------------------ effects
#: Long options whose name may carry a security concept (`--insecure`, `--no-gpgcheck`, `--no-gpg-verify`), and the
#: options that carry a setting inside (`dnf --setopt=repo.gpgcheck=0`, `nix --option require-sigs false`).
_FLAG_WORDS = lazyre.compile(r"^--[\w-]*(?:insecure|verify|gpg|sig|ssl|tls|cert|trust|unsafe|sandbox|security|check)", re.I)
_CARRIERS = frozenset({"--setopt", "--option", "--set-option"})


def concerns(cmd: Command) -> bool:
    """Worth parsing: a table program, any program with a `config` word near the front (the fallback), or one with
    a long option whose name may name a check."""
    if cmd.name in PROGRAMS:
        return True
    if len(cmd.argv) >= 4 and any(w.value == "config" or w.value.endswith((".config", ":config")) for w in cmd.argv[1:4]):
        return True
    return any(_FLAG_WORDS.match(w.value) or w.value.split("=", 1)[0] in _CARRIERS for w in cmd.argv[1:60])


def option_settings(cmd: Command) -> Iterator[Effect]:
    """Long options that set a check for this run (`conan remote add x URL --insecure`, `zypper addrepo
    --no-gpgcheck`, `nix build --option require-sigs false`): each a setting read by its name, for one run (an ask
    when it weakens a strong concept); `--save` (dnf config-manager) keeps it (the user's configuration)."""
    words = [w.value for w in cmd.argv[1:60]]
    scope = "outside" if "--save" in words else "once"
    for i, x in enumerate(words):
        k, eq, v = x.partition("=")
        if k in _CARRIERS:
            inner = v if eq else (f"{words[i + 1]}={words[i + 2]}" if k == "--option" and i + 2 < len(words) else
                                  words[i + 1] if i + 1 < len(words) else "")
            ik, ieq, iv = inner.partition("=")
            if ieq:
                yield setting(cmd, ik, iv, f"this {cmd.name} run" if scope == "once" else f"{cmd.name}'s configuration", cmd.name, scope)
        elif _FLAG_WORDS.match(x):
            yield setting(cmd, k[2:], v if eq else "true", f"this {cmd.name} run", cmd.name, "once")


def writes(cmd: Command, env: Env) -> Iterator[Effect]:
    if cmd.name in ("npm", "pnpm"):
        yield from _npm_scripts(cmd, env)
    if cmd.name in SETTERS:
        yield from _settings_effects(cmd)
        return
    if cmd.name in firewalls.PROGRAMS:
        yield from firewalls.openings(cmd)
        return
    if cmd.name not in PROGRAMS and not any(w.dynamic for w in cmd.argv[1:3]):
        yield from option_settings(cmd)
    for w in parse(cmd):
        outside = w.scope in OUTSIDE
        e: Effect | None = None
        if w.path:
            e = env.file("write", Word(w.path, w.path), cmd, origin="config-cli", content=render(w), append=True)
            yield e
            outside = outside or (w.scope == "file" and e.pclass not in ("project", "protected", "temp", "artefact"))
        where = e.target if e is not None else f"{w.program}'s configuration"
        once = w.tool is not None and not w.tool.paths
        for p in w.pairs:
            if w.tool is not None and w.tool.runs and re.fullmatch(w.tool.runs, p.key.lower()):
                f = runs_later(p.key, p.value, where, w.program)
                if f is not None and not outside:
                    # the project's own file (`yarn config set scriptShell /tmp/x.sh` writes .yarnrc.yml): a program of
                    # the project is its code; one from a shared or home place is asked about (red team s14)
                    f = Finding("config-runs-ask", f.what) if re.search(r"(?:^|[\s=])(?:/tmp/|/var/tmp/|/dev/shm/|~|\$\{?HOME)", p.value) else None
                if f is not None:
                    yield Effect("weaken", f.what, detail=cmd.text[:200], origin=f.check, content=where, via=cmd.via)
                    continue
            scope = "once" if once else "outside" if outside else "project"
            yield setting(cmd, p.key, p.value, f"this {w.program} run" if once else where, w.program, scope)


def _settings_effects(cmd: Command) -> Iterator[Effect]:
    """`sysctl [-w] NAME=VALUE ...`, `defaults write DOMAIN KEY [-type] VALUE`, `gsettings set SCHEMA KEY VALUE`."""
    args = [w.value for w in cmd.argv[1:40]]
    pairs: list[tuple[str, str]] = []
    if cmd.name == "sysctl":
        pairs = [tuple(a.split("=", 1)) for a in args if "=" in a and not a.startswith("-")]  # type: ignore[misc]
    elif cmd.name == "defaults" and args[:1] == ["write"]:
        rest = [a for a in args[1:] if not re.fullmatch(r"-(?:currentHost|host)", a)]
        vals = [a for a in rest[2:] if not a.startswith("-")]
        if len(rest) >= 3 and vals:
            domain = rest[0].rsplit("/", 1)[-1].removesuffix(".plist")
            pairs = [(f"{domain}.{rest[1]}", vals[0])]
    elif cmd.name == "gsettings" and args[:1] == ["set"] and len(args) >= 4:
        pairs = [(f"{args[1].split(':', 1)[0]}.{args[2]}", args[3])]
    for k, v in pairs[:MAX_PAIRS]:
        yield setting(cmd, k, v, f"the {'kernel' if cmd.name == 'sysctl' else 'system'} settings", cmd.name, "outside")


def setting(cmd: Command, key: str, value: str, where: str, program: str, scope: str) -> Effect:
    """A setting written by a config command, to be read by its whole name (`files.configset.resolve`, which the
    analysis runs on every action's effects: the concept table belongs to the file layer). `scope`: outside (the
    user's or the machine's configuration), project, or once (one run's override)."""
    return Effect("weaken", key, detail=cmd.text[:200], origin=PENDING, content=value, via=cmd.via, values=(where, program, scope))


def _npm_scripts(cmd: Command, env: Env) -> Iterator[Effect]:
    """`npm pkg set scripts.X=…` and `npm set-script X …`: a script written into package.json."""
    if any(w.dynamic for w in cmd.argv[1:3]):
        return
    ops = [w.value for w in cmd.argv[1:40] if not w.value.startswith("-")]
    scripts: dict[str, str] = {}
    if ops[:2] == ["pkg", "set"]:
        scripts = {k[len("scripts."):]: v for k, _, v in (p.partition("=") for p in ops[2:] if "=" in p) if k.startswith("scripts.")}
        other = _pkg_tree([p for p in ops[2:] if "=" in p and not p.startswith("scripts.")])
        if other:  # `npm pkg set 'jest.setupFiles[0]=…'`: any other key, as the JSON it writes (session 28)
            text = json.dumps({**other, **({"scripts": scripts} if scripts else {})}, indent=2)
            yield env.file("write", Word("package.json", "package.json"), cmd, origin="config-cli", content=text, append=True)
            return
    elif ops[:1] == ["set-script"] and len(ops) >= 3:
        scripts = {ops[1]: ops[2]}
    if scripts:
        text = json.dumps({"scripts": scripts})
        yield env.file("write", Word("package.json", "package.json"), cmd, origin="config-cli", content=text, append=True)


def _pkg_tree(pairs: list[str]) -> dict[str, object]:
    """`a.b[0]=x`, `a.b[1]=y`, `c=z` as the nested object `npm pkg set` writes ({"a": {"b": ["x", "y"]}, "c": "z"})."""
    out: dict[str, object] = {}
    for pair in pairs[:32]:
        key, _, value = pair.partition("=")
        parts = [p for p in re.split(r"\.|\[(\d+)\]", key) if p]
        node: dict[str, object] = out
        for i, part in enumerate(parts[:-1]):
            nxt = node.setdefault(part, [] if parts[i + 1].isdigit() else {})
            if isinstance(nxt, list):
                nxt.append(value)
                break
            if not isinstance(nxt, dict):
                break
            node = nxt
        else:
            if parts and not parts[-1].isdigit():
                node[parts[-1]] = value
    return out
