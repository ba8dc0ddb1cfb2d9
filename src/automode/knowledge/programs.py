"""The program knowledge base (issue 10, points 1, 2 and 7): what each program can be made to do, as data.

Facts live in `knowledge/data/programs/<family>.toml`, one file per family of programs, each with a header saying
where its facts come from (man pages, the tools' own documentation, the public catalogue of what Unix programs can
be made to do). `programs_build` validates every file (a schema error names the file and the key) and writes the
same facts as a Python literal module, `programs_data.py`, which is what a hook process imports: parsing TOML costs more than
the 5 ms a cold process may spend on knowledge, a compiled literal costs well under 1 ms. A test checks that the
literal agrees with the TOML.

`effects(cmd, env)` turns the facts into effects for one simple command:

* options whose argument is a command line (`tar --to-command`, `rsync -e`, `zip -TT`) are lowered as shell by
  `programs_carry.lower_hook`, so the command they run is judged like any other; the option itself is an `exec` effect;
* options that load code from a file (`gdb -x`, `vim -S`, `--require`) are `exec` effects on that path;
* listening (`nc -l`, `python -m http.server`, `php -S`) is a `listen` effect with the address it binds;
* options that turn TLS or checksum verification off (`curl -k`, `--no-check-certificate`) are `network` effects with
  origin `insecure`;
* options and arguments that name hosts are `network` destinations; options that name files are reads and writes;
* changing privileges (`setcap`, `unshare -r`) is a `privilege` effect;
* wherever it appears, a secret path given to any program (known or not) is a read of that secret, unless the
  program only looks at metadata (`ls`, `stat`) or uses the credential without showing it (`ssh -i key`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from automode.effects import Effect
from automode.knowledge.program_keys import _keyed_code, escape_prefix
from automode.knowledge.programs_walk import Opt, _subcommand, _walk
from automode.paths import classify
from automode.shell.words import Word
from automode.typing_lite import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from automode.shell.commands import Env
    from automode.shell.parse import Command

class _LazyRe:
    """A regular expression compiled on first use: compiling every pattern at import slows a cold hook process."""

    __slots__ = ("_compiled", "_flags", "_pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern, self._flags, self._compiled = pattern, flags, None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            object.__setattr__(self, "_compiled", re.compile(self._pattern, self._flags))
        return getattr(self._compiled, name)


# ------------------------------------------------------------------ run time: compiled entries
class Spec:
    """One program's (or subcommand's) facts, compiled for lookups. A plain slotted class: a dataclass this wide
    costs a cold hook process milliseconds to create."""

    __slots__ = ("_with_arg", "arg_opts", "args", "bind_opts", "bundled", "caps", "carries_code", "code_keys", "code_opts", "code_words", "dest_opts", "does", "env_cmd", "env_code", "escape_prefixes", "extract", "extract_opts", "family", "flag_opts", "global_opts", "hosts", "inline_opts", "insecure_opts", "into_opts", "list_opts", "listen", "listen_opts", "listen_words", "load_args", "load_opts", "net_opts", "out_pos", "plain", "port_opts", "priv_opts", "privileged", "read_opts", "rest_after", "rest_skip", "runs_rest", "secret", "sub_opts", "subs", "unsafe_opts", "use_opts", "use_pos", "write_opts")

    does: str
    caps: frozenset[str]
    args: str
    code_opts: frozenset[str]
    load_opts: frozenset[str]
    inline_opts: frozenset[str]
    escape_prefixes: tuple[str, ...]
    read_opts: frozenset[str]
    write_opts: frozenset[str]
    net_opts: frozenset[str]
    listen_opts: frozenset[str]
    bind_opts: frozenset[str]
    port_opts: frozenset[str]
    insecure_opts: frozenset[str]
    priv_opts: frozenset[str]
    use_opts: frozenset[str]
    dest_opts: frozenset[str]
    extract_opts: frozenset[str]
    into_opts: frozenset[str]  # options naming a directory the program fills with files it names (`pip install --target`)
    list_opts: frozenset[str]  # options with which an extractor lists, tests or prints its members: nothing lands
    env_cmd: frozenset[str]
    env_code: frozenset[str]
    global_opts: frozenset[str]
    arg_opts: frozenset[str]
    flag_opts: frozenset[str]  # single-dash long flags (`gdb -nx -batch`, `vim -es`): never a cluster of letters
    sub_opts: frozenset[str]
    unsafe_opts: frozenset[str]
    load_args: bool
    rest_skip: int
    out_pos: int  # the positional argument (1-based) the program writes its output to (`uniq IN OUT`), 0: none
    use_pos: int  # the positional argument (1-based) naming a key the program only signs with (`gsutil signurl KEY`)
    carries_code: bool  # some option, argument or variable holds a command line (see `embedded`)
    plain: bool  # no fact beyond capabilities: only secret arguments matter
    code_words: tuple[str, ...]
    listen_words: tuple[str, ...]
    code_keys: Mapping[str, frozenset[str]]
    hosts: bool
    extract: bool
    privileged: bool
    bundled: bool
    runs_rest: bool
    rest_after: tuple[str, ...]  # with runs_rest: the words that come first (`git bisect run CMD`, `ip netns exec NS CMD`)
    secret: bool
    listen: str
    subs: Mapping[str, Spec]
    family: str


    def __init__(self, **kw: Any) -> None:
        for k, v in kw.items():
            setattr(self, k, v)
        self._with_arg: frozenset[str] | None = None

    def rest_from(self, pos: list[Word]) -> int | None:
        """Where the command a `runs_rest` program runs starts among its positional words, if it runs one."""
        if not self.runs_rest:
            return None
        after = self.rest_after
        if after and [w.value for w in pos[: len(after)]] != list(after):
            return None
        start = len(after) + self.rest_skip
        return start if len(pos) > start else None

    @property
    def with_arg(self) -> frozenset[str]:
        """Options known to take an argument (so the next word is not a positional)."""
        if self._with_arg is None:
            self._with_arg = self._options_with_arg()
        return self._with_arg

    def _options_with_arg(self) -> frozenset[str]:
        return (self.code_opts | self.load_opts | self.inline_opts | self.read_opts | self.write_opts | self.net_opts
                | self.bind_opts | self.port_opts | self.use_opts | self.dest_opts | self.into_opts | self.global_opts | self.arg_opts | self.sub_opts
                | frozenset(self.code_keys))  # fmt: skip


def _used_keys(cmd: Command, spec: Spec) -> list[str]:
    """The base name of the key file a subcommand only signs with (`use_pos`), as a one-item list; [] for none."""
    if not spec.subs:
        return []
    sub, _, _, pos = _resolve(cmd, spec)
    if not sub.use_pos or len(pos) < sub.use_pos or pos[sub.use_pos - 1].dynamic:
        return []
    return [pos[sub.use_pos - 1].value.rsplit("/", 1)[-1]]


def _spec(e: Mapping[str, Any], parent: Spec | None = None, family: str = "") -> Spec:
    def fs(k: str) -> frozenset[str]:
        own = frozenset(e.get(k, ()))
        # A subcommand keeps its program's global options (`git -c`, `ssh -o`): they may come before it.
        inherited = ("global_opts", "use_opts", "insecure_opts", "env_cmd", "env_code")
        return own | getattr(parent, k) if parent is not None and k in inherited else own

    caps = frozenset(e.get("caps", ())) | (parent.caps if parent is not None else frozenset())
    spec = Spec(
        does=e.get("does", ""), caps=caps, args=e.get("args", parent.args if parent else "content"),
        code_opts=fs("code_opts"), load_opts=fs("load_opts"), inline_opts=fs("inline_opts"),
        escape_prefixes=tuple(e.get("escape_prefixes", parent.escape_prefixes if parent else ())),
        read_opts=fs("read_opts"), write_opts=fs("write_opts"), net_opts=fs("net_opts"), listen_opts=fs("listen_opts"),
        bind_opts=fs("bind_opts"), port_opts=fs("port_opts"), insecure_opts=fs("insecure_opts"), priv_opts=fs("priv_opts"),
        use_opts=fs("use_opts"), dest_opts=fs("dest_opts"), extract_opts=fs("extract_opts"), into_opts=fs("into_opts"), list_opts=fs("list_opts"), env_cmd=fs("env_cmd"),
        env_code=fs("env_code"), global_opts=fs("global_opts"), arg_opts=fs("arg_opts"), flag_opts=fs("flag_opts"), sub_opts=fs("sub_opts"), unsafe_opts=fs("unsafe_opts"),
        load_args=bool(e.get("load_args", False)), rest_skip=int(e.get("rest_skip", 0)), out_pos=int(e.get("out_pos", 0)),
        use_pos=int(e.get("use_pos", 0)), code_words=tuple(e.get("code_words", ())), listen_words=tuple(e.get("listen_words", ())),
        code_keys={**(parent.code_keys if parent else {}), **{k: frozenset(x.lower() for x in v) for k, v in e.get("code_keys", {}).items()}},
        hosts=bool(e.get("hosts", False)), extract=bool(e.get("extract", False)),
        privileged=bool(e.get("privileged", False)), bundled=bool(e.get("bundled", parent.bundled if parent else False)),
        runs_rest=bool(e.get("runs_rest", False)), rest_after=tuple(e.get("rest_after", "").split()),
        secret=bool(e.get("secret", False)),
        listen=e.get("listen", ""), subs={}, family=family,
    )  # fmt: skip
    if "sub" in e:
        subs = {name: _spec(s, spec, family) for name, s in e["sub"].items()}
        spec.subs = subs
    # Most programs (grep, sed, python) carry no command line in their options: skip that walk for them.
    spec.carries_code = bool(spec.code_opts or spec.code_keys or spec.code_words or spec.runs_rest or spec.env_cmd
                             or spec.inline_opts) or any(x.carries_code for x in spec.subs.values())  # fmt: skip
    # Nothing but capabilities and the argument mode: only the secret-argument scan applies.
    spec.plain = not (spec.subs or spec.carries_code or spec.load_opts or spec.inline_opts or spec.read_opts
                      or spec.write_opts or spec.net_opts or spec.listen_opts or spec.bind_opts or spec.listen
                      or spec.listen_words or spec.insecure_opts or spec.priv_opts or spec.privileged or spec.extract
                      or spec.hosts or spec.secret or spec.load_args or spec.unsafe_opts or spec.env_code or spec.out_pos
                      or "network" in spec.caps or spec.use_opts or spec.into_opts)  # fmt: skip
    return spec


_INDEX: dict[str, str] | None = None  # name or alias -> entry name
_SPECS: dict[str, Spec] = {}


def _index() -> dict[str, str]:
    global _INDEX
    if _INDEX is None:
        from automode.knowledge.programs_data import PROGRAMS

        idx: dict[str, str] = {}
        for name, e in PROGRAMS.items():
            idx[name] = name
            for a in e.get("aliases", ()):
                idx[a] = name
        _INDEX = idx
    return _INDEX


def lookup(name: str) -> Spec | None:
    """The compiled entry for a command name (aliases and versioned names like `python3.12` included)."""
    key = _index().get(name)
    if key is None and "@" in name[1:]:
        name = name[0] + name[1:].split("@", 1)[0]  # `uvx ruff@0.7.4`, `npx prettier@3`: the tool, pinned
        key = _index().get(name)
    if key is None:
        base = VERSIONED_RE.sub("", name)
        key = _index().get(base) if base != name else None
        if key is None:
            return None
    spec = _SPECS.get(key)
    if spec is None:
        from automode.knowledge.programs_data import PROGRAMS

        spec = _SPECS[key] = _spec(PROGRAMS[key], family=PROGRAMS[key]["family"])
    return spec


VERSIONED_RE = _LazyRe(r"(-?\d+(\.\d+)*)$")


def known(name: str) -> bool:
    """In the program knowledge base, or a tool a control-plane verb table describes (`snow`, `sqlx`)."""
    if lookup(name) is not None:
        return True
    from automode.knowledge import control

    return name in control.index()


def names() -> list[str]:
    return sorted(_index())


# ------------------------------------------------------------------ facts -> effects
TLD_RE = _LazyRe(
    r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|net|org|io|dev|app|ai|co|sh|me|info|biz|xyz|cloud|tech|site|online|"
    r"us|uk|de|fr|nl|eu|ru|cn|jp|in|br|au|ca|ch|se|no|es|it|pl|be|at|internal|local|lan|corp|test|example|invalid|"
    r"onion|gov|edu|mil|int|tv|cc|ly|gg|to|so|run|pub|page|host|link|live|store|tools|services|systems|network)"
    r"(?::\d+)?$",
    re.I,
)  # fmt: skip
IP_RE = _LazyRe(r"^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:]+\])(:\d+)?$", re.I)
URL_RE = _LazyRe(r"^[a-z][a-z0-9+.-]*://", re.I)
LOCALHOST_RE = _LazyRe(r"^localhost(:\d+)?$", re.I)
USER_HOST_RE = _LazyRe(r"^[\w.-]+@([\w.-]+)(:.*)?$")
ALL_INTERFACES = frozenset({"0.0.0.0", "::", "[::]", "*", "0", "any", "all"})
LOCAL_ADDR_RE = _LazyRe(r"^(localhost|127\.\d+\.\d+\.\d+|::1|\[::1\])$")


def host_of(v: str) -> str | None:
    """The host a word names, if it names one: a URL, `user@host:path`, an IPv4 address or a domain name."""
    if URL_RE.match(v):
        from automode.shell.commands import url_host

        return url_host(v) or None
    m = USER_HOST_RE.match(v)
    if m is not None:
        h = m.group(1)
        return h if (m.group(2) is not None or TLD_RE.match(h) or IP_RE.match(h)) else None
    if IP_RE.match(v) or LOCALHOST_RE.match(v):
        return v.rsplit(":", 1)[0] if v.count(":") == 1 else v
    if TLD_RE.match(v):
        return v.rsplit(":", 1)[0]
    return None


def _pathlike(v: str) -> bool:
    if not v or "://" in v or "\n" in v:
        return False
    if v.startswith(("/", "~", "$HOME")):
        return True
    return " " not in v and ("/" in v or v.startswith(".") or ("." in v.strip(".") and not v.replace(".", "").isdigit()))


def _split_addr(v: str) -> tuple[str, str]:
    """`0.0.0.0:8000` -> (`0.0.0.0`, `8000`); `8000` -> (``, `8000`); `[::]:80` -> (`[::]`, `80`)."""
    if v.isdigit():
        return "", v
    if v.startswith("[") and "]" in v:
        host, _, rest = v[1:].partition("]")
        return host, rest.lstrip(":")
    if v.count(":") == 1:
        h, _, p = v.partition(":")
        return h, p
    return v, ""


def _resolve(cmd: Command, spec: Spec) -> tuple[Spec, int, list[Opt], list[Word]]:
    """The entry that applies (program or subcommand), where its arguments start, its options and positionals."""
    sub, start = _subcommand(cmd, spec)
    opts, pos = _walk(cmd, sub, start)
    if sub is not spec and start > 1:
        # Options before the subcommand belong to the program (`git -c k=v clone`, `ssh -o X host`).
        opts = [o for o in _walk(cmd, spec, 1)[0] if o.index < start - 1] + opts
    return sub, start, opts, pos


def effects(cmd: Command, env: Env) -> Iterator[Effect]:
    """Effects of one simple command that the program knowledge base knows, and its secret arguments."""
    if not cmd.argv or cmd.name_dynamic:
        return
    spec = lookup(cmd.name)
    if cmd.name in _BROKER_NAMES:
        from automode.knowledge.netfeed import broker_fed

        yield from broker_fed(cmd, cmd.text[:200])  # (`kafka-console-producer --bootstrap-server B < F`: F is sent to B)
    if spec is None or not (spec.runs_rest or spec.listen or spec.bind_opts or spec.listen_opts or spec.listen_words
                            or spec.subs):
        from automode.knowledge.binds import all_interfaces
        from automode.shell.wrappers import WRAPPERS

        if cmd.name not in WRAPPERS:  # (`nohup X --bind …`: the wrapped command is judged on its own)
            yield from all_interfaces(cmd)  # a bind option of a server the table has no listen facts for
    from automode.knowledge.optpower import library_effects

    yield from library_effects(cmd, env)  # (`curl --engine /tmp/x.so`, `ladspa=file=/tmp/x.so`: a library it loads)
    from automode.knowledge.debugbind import effects as debuggers

    yield from debuggers(cmd)  # (`node --inspect=0.0.0.0`, `dlv --headless --listen=:2345`: a debugger for the network)
    from automode.knowledge.daemons import effects as daemons

    yield from daemons(cmd)  # (`busybox httpd -p 0.0.0.0:80 -h /`, `x11vnc -nopw`: a daemon for the network)
    if spec is None:
        from automode.knowledge.argsecrets import secrets

        yield from secrets(cmd, env, inner_only=True) if cmd.name not in _TEXTUAL else ()  # (`-c 'Include /x'`)
        yield from _secret_args(cmd, env, cmd.argv[1:])
        return
    if spec.args == "none" and not (spec.use_opts and spec.hosts) and ("read" in spec.caps or "write" not in spec.caps) \
            and spec.caps - {"meta"} and cmd.name not in _TEXTUAL:
        # (`visudo -f /etc/sudoers.d/x` edits the file it names: a writer's file is no read)
        from automode.knowledge.argsecrets import secrets

        carried = _code_values(cmd, spec)  # (`borg --rsh 'ssh -i ~/.ssh/key'`: the lowered command judges the key)
        carried += _used_keys(cmd, spec)  # (`gsutil signurl KEY gs://b/o`: the key signs here, nothing prints it)
        yield from (e for e in secrets(cmd, env) if not any(e.target.rsplit("/", 1)[-1] in c for c in carried))
        # (`fping -f /etc/shadow`, `socat file:/etc/shadow -`: not a name, a file)
        if spec.code_words or spec.listen_words:
            from automode.knowledge.argsecrets import address_writes

            yield from address_writes(cmd, env)  # (`socat … OPEN:~/.bashrc,creat`: a relay writes a file)
    if spec.plain:
        if spec.args == "content" and cmd.name not in _extracted():
            yield from _secret_args(cmd, env, cmd.argv[1:], spec)
        return
    detail = cmd.text[:200]
    sub, _, opts, pos = _resolve(cmd, spec)
    skip: set[int] = set()  # argv indexes already turned into a precise effect (or a credential only used)
    for o in opts:
        if o.value is not None and (o.name in sub.use_opts or _precise(sub, o.name)):
            skip.add(o.vindex)
        yield from _option(cmd, env, sub, o, detail)
    for k, v in cmd.assigns:
        if k in sub.env_cmd or k in sub.env_code:
            yield Effect("exec", v.value[:200] or k, detail=detail, origin="dynamic" if v.dynamic else "option",
                         via=cmd.via, content=f"{k}={v.value}"[:400])  # fmt: skip
    if any(w.value in ("--help", "--version") for w in cmd.argv[1:]):
        yield from _secret_args(cmd, env, cmd.argv[1:], sub)  # describes itself: nothing listens or runs
        return
    bound = any(o.name in sub.bind_opts and o.value is not None for o in opts) and "listen" in sub.caps
    if (sub.listen or bound) and not any(o.name in sub.listen_opts for o in opts) and not (sub.hosts and not bound):
        # (`ssh HOST` listens only with -D/-L: its positional address is the host it logs in to, not a bind)
        yield Effect("listen", _listen_addr(cmd, sub, opts, pos), detail=detail, origin=cmd.name, via=cmd.via)
    for w in pos:
        up = w.value.upper()
        hit = next((p for p in sub.listen_words if up.startswith(p.upper())), None)
        if hit is not None and not w.dynamic:
            port, _, params = w.value[len(hit) :].partition(",")
            bind = next((x[5:] for x in params.split(",") if x.lower().startswith("bind=")), "0.0.0.0")
            yield Effect("listen", f"{bind}:{port}", detail=detail, origin=cmd.name, via=cmd.via)
        code = next((p for p in sub.code_words if up.startswith(p.upper())), None)
        if code is not None:
            yield Effect("exec", w.value[len(code) :][:200], detail=detail, origin="dynamic" if w.dynamic else "option",
                         via=cmd.via, content=w.value[:400])  # fmt: skip
    if sub.out_pos and len(pos) >= sub.out_pos and pos[sub.out_pos - 1].value not in ("-", "/dev/stdout", "/dev/null"):
        yield env.file("write", pos[sub.out_pos - 1], cmd, origin="option")  # `uniq IN OUT`, `xxd -r IN OUT`
    rest = sub.rest_from(pos)
    tail = pos[rest:] if rest is not None else []
    if tail:
        # (the command itself is lowered and judged like one typed directly: a name known only at run time asks there)
        yield Effect("exec", " ".join(w.value for w in tail)[:200], detail=detail, origin="option", via=cmd.via)
    if sub.load_args:
        for w in pos[:8]:
            e = env.file("exec", w, cmd)
            yield Effect("exec", e.target, e.pclass, detail=detail, origin="load", via=cmd.via, content=f"{cmd.name} {w.value}")
    if sub.secret:
        yield Effect("read", f"{cmd.name} {' '.join(cmd.args)}"[:120], "secret", detail=detail, origin="prints-secret", via=cmd.via)
    if "privilege" in sub.caps and sub.privileged:
        yield Effect("privilege", cmd.name, detail=detail, origin=cmd.name, via=cmd.via, content=" ".join(cmd.args)[:400])
    if sub.extract:
        yield from _extract(cmd, env, sub, opts, pos)
    if sub.hosts or ("network" in sub.caps and sub.args != "none"):
        hosts: list[str] = []
        for w in pos[:16]:
            if w.dynamic or (not sub.hosts and not URL_RE.match(w.value)):
                continue
            h = host_of(w.value)
            if h is not None:
                skip.update(i for i, x in enumerate(cmd.argv) if x is w)
                hosts.append(w.value if URL_RE.match(w.value) else h)
                yield Effect("network", hosts[-1], detail=detail, origin="fetch", via=cmd.via)
        from automode.knowledge.netfeed import fed

        yield from fed(cmd, hosts, detail)  # (`telnet HOST 25 < mail.txt`: what it is fed is sent)
    if sub.args == "content" and cmd.name not in _extracted():
        yield from _secret_args(cmd, env, [w for i, w in enumerate(cmd.argv) if i and i not in skip], sub)


#: Broker producers whose host is an option (`knowledge.netfeed.BROKERS`; kept here so the hook need not import it).
_BROKER_NAMES = frozenset({"kafka-console-producer", "kafka-console-producer.sh", "kcat", "kafkacat", "mosquitto_pub",
                           "amqp-publish", "nats", "logger"})  # fmt: skip


#: Names that print or send their words as text (an unknown program is read for secret paths inside its values).
_TEXTUAL = frozenset({"echo", "printf", "print", "say", "log", "notify", "wall", "logger", "git", "gh", "ssh", "curl", "grep",
                      "rg", "jq", "sed", "awk", "tee", "mail", "docker", "kubectl"})  # fmt: skip


def _code_values(cmd: Command, spec: Spec) -> list[str]:
    """The values of a program's options that carry a command line (`--rsh CMD`, `--rsh=CMD`)."""
    out: list[str] = []
    for i, w in enumerate(cmd.argv[1:], 1):
        name, eq, val = w.value.partition("=")
        if eq and name in spec.code_opts:
            out.append(val)
        elif w.value in spec.code_opts and i + 1 < len(cmd.argv):
            out.append(cmd.argv[i + 1].value)
    return out


def _setting(value: str) -> str:
    """A `KEY=VALUE` setting as `insecure_opts` lists it after its option (`-o userknownhostsfile=/dev/null`): case
    blind, no blanks around `=`, `KEY VALUE` read as `KEY=VALUE` (ssh_config(5) accepts both)."""
    k, eq, v = value.partition("=")
    if not eq:
        k, _, v = value.strip().partition(" ")
    return f"{k.strip().lower()}={v.strip().strip(chr(34) + chr(39)).lower()}"


def _precise(spec: Spec, n: str) -> bool:
    return n in spec.read_opts or n in spec.write_opts or n in spec.load_opts or n in spec.code_opts or n in spec.inline_opts \
        or n in spec.into_opts


def _option(cmd: Command, env: Env, spec: Spec, o: Opt, detail: str) -> Iterator[Effect]:
    n, w = o.name, o.value
    if n in spec.code_opts and w is not None:
        yield Effect("exec", w.value[:200], detail=detail, origin="dynamic" if w.dynamic else "option", via=cmd.via,
                     content=f"{n} {w.value}"[:400])  # fmt: skip
    elif n in spec.code_keys and w is not None and (val := _keyed_code(spec.code_keys[n], w.value)[1]):
        # (a key that holds no command falls through: `strace -o trace.log` writes a file, `-o '|CMD'` runs CMD)
        yield Effect("exec", val[:200], detail=detail, origin="dynamic" if w.dynamic else "option", via=cmd.via,
                     content=f"{n} {w.value}"[:400])  # fmt: skip
    elif n in spec.load_opts and w is not None:
        e = env.file("exec", w, cmd)
        yield Effect("exec", e.target, e.pclass, detail=detail, origin="load", via=cmd.via, content=f"{n} {w.value}"[:400])
    elif n in spec.inline_opts and w is not None:
        code = w.value
        if w.dynamic:
            yield Effect("exec", code[:200], detail=detail, origin="dynamic", via=cmd.via)
        elif not any(code.lstrip().startswith(escape_prefix(p)[0]) for p in spec.escape_prefixes):
            yield Effect("exec", code[:200], detail=detail, origin="inline", via=cmd.via, content=code[:400])
            from automode.knowledge.argsecrets import code_secrets

            yield from code_secrets(code, cmd, env)  # (`php -r 'readfile("/etc/shadow");'`)
    elif n in spec.read_opts and w is not None:
        yield env.file("read", w, cmd, origin="option")
    elif n in spec.write_opts and w is not None and w.value not in ("-", "/dev/null", "/dev/stdout", "/dev/stderr"):
        yield env.file("write", w, cmd, origin="option")
    elif n in spec.into_opts and w is not None:
        yield env.file("write", _inside(w), cmd, origin="install")  # files it names itself land there
    elif n in spec.net_opts and w is not None and not w.dynamic:
        h = host_of(w.value) or w.value.rsplit(":", 1)[0]
        yield Effect("network", w.value if URL_RE.match(w.value) else h, detail=detail, origin="fetch", via=cmd.via)
    if n in spec.listen_opts:
        yield Effect("listen", _listen_addr(cmd, spec, [o], [], w.value if w is not None else None), detail=detail,
                     origin=cmd.name, via=cmd.via)  # fmt: skip
    if n in spec.insecure_opts or (w is not None and (f"{n}={w.value}" in spec.insecure_opts
                                                     or f"{n} {_setting(w.value)}" in spec.insecure_opts)):
        target = next((hh for x in cmd.argv[1:] if not x.dynamic and (hh := host_of(x.value))), cmd.name)
        yield Effect("network", target, detail=detail, origin="insecure", via=cmd.via, content=n)
    if n in spec.unsafe_opts:
        yield Effect("exec", f"`{cmd.name} {n}` lets the files it reads run commands", detail=detail, origin="dynamic",
                     via=cmd.via, content=n)  # fmt: skip
    if n in spec.priv_opts:
        yield Effect("privilege", f"{cmd.name} {n}", detail=detail, origin=cmd.name, via=cmd.via,
                     content=" ".join(cmd.args)[:400])  # fmt: skip


def _listen_addr(cmd: Command, spec: Spec, opts: list[Opt], pos: list[Word], value: str | None = None) -> str:
    """Where a listener binds: an address in the option's own value (`-D 0.0.0.0:1080`, `--inspect=0.0.0.0:9229`,
    `-L [bind:]port:host:port`), its bind option, a positional address, else the program's default."""
    all_opts, all_pos = _walk(cmd, spec)
    bind = port = None
    if value is not None and re.fullmatch(r"[\w.:\[\]*-]+", value):
        parts = value.replace("[", "").replace("]", "").split(":") if value.count(":") < 6 else [value]
        if len(parts) in (2, 4):
            bind, port = parts[0], parts[1]
        elif parts and parts[0].isdigit():
            port = parts[0]
        elif len(parts) == 1 and parts[0]:
            bind = parts[0]
    if bind is None:
        bind = next((o.value.value for o in all_opts if o.name in spec.bind_opts and o.value is not None), None)
    if port is None:
        port = next((o.value.value for o in all_opts if o.name in spec.port_opts and o.value is not None), None)
    if bind is None:
        for w in all_pos:
            h, p = _split_addr(w.value)
            if h and (LOCAL_ADDR_RE.match(h) or h in ALL_INTERFACES or IP_RE.match(h)):
                bind, port = h, port or p
                break
    if port is None:
        port = next((w.value for w in all_pos if w.value.isdigit()), "")
    addr = bind if bind else ("127.0.0.1" if spec.listen == "local" else "0.0.0.0")
    return f"{addr}:{port}" if port else addr


def _extract(cmd: Command, env: Env, spec: Spec, opts: list[Opt], pos: list[Word]) -> Iterator[Effect]:
    """Archive extraction writes where it is pointed (`-C /usr/local/bin`, `-d ~/.ssh`); members with absolute or
    `..` paths (`tar -P`) can land anywhere."""
    if spec.extract_opts:
        first = cmd.argv[1].value if len(cmd.argv) > 1 and not cmd.argv[1].dynamic else ""
        bundled = spec.bundled and first and not first.startswith("-")
        if not any(o.name in spec.extract_opts for o in opts) and not (
            bundled and any(len(x) == 2 and x[1] in first for x in spec.extract_opts)
        ):
            return
    dest = next((o.value for o in opts if o.name in spec.dest_opts and o.value is not None), None)
    if dest is not None:
        yield env.file("write", _inside(dest), cmd, origin="extract")
    placed = dest is not None
    for w in pos:
        v = w.value
        if not w.dynamic and not ARCHIVE_RE.search(v) and (v.startswith("/") or v.startswith("../") or "/../" in v):
            placed = True
            yield env.file("write", _inside(w) if v.endswith("/") or not spec.extract_opts else w, cmd, origin="extract")
    if not placed and not any(o.name in spec.list_opts for o in opts):
        # No destination: the members land in the working directory (`cd ~/.claude && tar -xf c.tar`).
        yield env.file("write", Word("./" + ARCHIVE_MEMBER, "./" + ARCHIVE_MEMBER), cmd, origin="extract")
    if any(o.name in ("-P", "--absolute-names", "--absolute-paths") for o in opts):
        yield Effect("write", "/", "dynamic", detail=cmd.text[:200], origin="extract", via=cmd.via,
                     content="members with absolute paths")  # fmt: skip


ARCHIVE_MEMBER = "__archive_member__"  # a file whose name is known only when it lands (rules/agent_control.py)


def _inside(w: Word) -> Word:
    """The members land inside the destination directory, they do not replace it."""
    return Word(w.value.rstrip("/") + "/" + ARCHIVE_MEMBER, w.raw, w.dynamic, w.glob)


ARCHIVE_RE = _LazyRe(r"\.(tar|tgz|tbz2?|txz|zip|jar|war|whl|7z|rar|gz|bz2|xz|zst|lz4|lzma|z|deb|rpm|apk|cpio|iso|dmg|pkg|ar)$", re.I)


_PRECISE: frozenset[str] | None = None


def _extracted() -> frozenset[str]:
    """Programs whose hand-written extractor already says which argument is read, written or deleted (the generic
    reader of `cat`-like programs guesses, so its programs are still scanned for secrets)."""
    global _PRECISE
    if _PRECISE is None:
        from automode.shell.commands import EXTRACTORS, IMPRECISE, _reader

        _PRECISE = frozenset(n for n, ex in EXTRACTORS.items() if ex is not _reader and n not in IMPRECISE)
    return _PRECISE


def _secret_args(cmd: Command, env: Env, words: list[Word], spec: Spec | None = None) -> Iterator[Effect]:
    """A secret path given to any program, as an argument, an option value (`--file=.env`) or `@file`, is read."""
    use = spec.use_opts if spec is not None else frozenset()
    prev = ""
    for w in words[:48]:
        v = w.value
        after_use = prev in use
        prev = v.partition("=")[0] if v.startswith("-") else ""
        if w.dynamic or after_use:
            continue
        if v.startswith("-") and "=" in v:
            if v.partition("=")[0] in use:
                continue
            v = v.partition("=")[2]
        elif v.startswith("@"):
            v = v[1:]
        elif v.startswith("-"):
            continue
        if not _pathlike(v):
            continue
        info = classify(v, cmd.cwd or env.root, env.home, env.root)
        if info.cls == "secret":
            yield Effect("read", info.path, "secret", detail=cmd.text[:200], origin="argument", via=cmd.via)
