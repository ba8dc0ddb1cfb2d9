"""Debuggers, consoles and remote shells bound to every interface (session 15, F3): whoever reaches the port runs
code in the process (a debugger evaluates expressions, a console is a REPL, a web terminal is a shell), so a bind to
`0.0.0.0` is remote code execution for the network, where the same server without its debugger is only a listener
(`binds.py`, AM-RCE-006).

One row per family: the programs (or `python -m` modules) it covers, the options that carry the bind address, the
switch that turns the debugger on when the server is otherwise a plain one (`flask run --debug`), the default bind
when no option gives one, and the options that keep it closed (a token, an auth). Addresses: `0.0.0.0`, `::`,
`[::]`, `*`, an empty host (`:2345` for Delve and gdbserver), `0` (Django's shorthand). A debugger inside a
container (`docker run … python -m debugpy --listen 0.0.0.0`) binds the container's interfaces: that is how it is
reached from the host, so it is flagged, and the rule asks rather than refuses.

Sources: the programs' own docs: Node `--inspect[-brk|-wait]=[host:]port` (localhost by default), debugpy
`--listen [host:]port` (localhost by default), ptvsd `--host`, Flask `run --debug/--debugger --host/-h` and
`FLASK_DEBUG`, django-extensions `runserver_plus` (the Werkzeug debugger), Delve `--headless --listen=[host]:port`,
gdbserver `[host]:port`, lldb-server `gdbserver|platform --listen`, JDWP `-agentlib:jdwp=…,address=[host:]port`
(and `-Xrunjdwp:`, `JAVA_TOOL_OPTIONS`/`JAVA_OPTS`/`MAVEN_OPTS`), Ruby `rdbg --open --host`, `rdebug-ide --host`,
Chrome `--remote-debugging-address`, Dart `--observe=port/host` and `--enable-vm-service=port/host`, Jupyter
`--ip` with an empty `token`, code-server `--bind-addr` with `--auth none`, openvscode-server `--host` with
`--without-connection-token`, ttyd and gotty (every interface unless told), wetty `--host`, rpyc's classic server,
dockerd `-H tcp://` without `--tlsverify`.
"""

from __future__ import annotations

from collections.abc import Iterator

from automode import lazyre
from automode.dc import dataclass
from automode.effects import Effect
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command


@dataclass(frozen=True, slots=True)
class Family:
    what: str  # the debugger or console, for the reason
    programs: frozenset[str]  # command names (or `python -m` module names)
    opts: frozenset[str]  # options whose value is the bind address (`--opt=v` or `--opt v`)
    needs: frozenset[str] = frozenset()  # words of which one must be present (the debugger switched on)
    default_all: bool = False  # binds every interface when no option says otherwise
    closed: frozenset[str] = frozenset()  # words that keep it closed or local (an option, `opt=value`)
    positional: bool = False  # the bind address is a positional `host:port` word (gdbserver)
    subs: frozenset[str] = frozenset()  # subcommands it must be run with ("" = any)
    needs_open: frozenset[str] = frozenset()  # words of which one must be present for it to be open (no token)


FAMILIES: tuple[Family, ...] = (
    Family("the Node inspector", frozenset({"node", "nodejs", "deno", "bun", "nodemon", "ts-node", "tsx", "electron"}),
           frozenset({"--inspect", "--inspect-brk", "--inspect-wait"})),
    Family("debugpy", frozenset({"debugpy"}), frozenset({"--listen"})),
    Family("ptvsd", frozenset({"ptvsd"}), frozenset({"--host"})),
    Family("the Werkzeug debugger (flask --debug)", frozenset({"flask"}), frozenset({"--host", "-h"}),
           needs=frozenset({"--debug", "--debugger", "FLASK_DEBUG=1", "FLASK_DEBUG=true", "FLASK_DEBUG=True",
                            "FLASK_ENV=development"}), closed=frozenset({"--no-debugger", "--no-debug"}), subs=frozenset({"run"})),
    Family("the Werkzeug debugger (runserver_plus)", frozenset({"manage.py", "django-admin"}), frozenset(),
           positional=True, subs=frozenset({"runserver_plus"})),
    Family("Django's debug pages (DEBUG on)", frozenset({"manage.py", "django-admin"}), frozenset(), positional=True,
           subs=frozenset({"runserver"}), needs=frozenset({"DEBUG=1", "DEBUG=True", "DEBUG=true", "DJANGO_DEBUG=1",
                                                           "DJANGO_DEBUG=True", "DJANGO_DEBUG=true"})),
    Family("Laravel's debug mode (APP_DEBUG)", frozenset({"artisan"}), frozenset({"--host"}), subs=frozenset({"serve"}),
           needs=frozenset({"APP_DEBUG=true", "APP_DEBUG=1", "APP_DEBUG=True"})),
    Family("Delve", frozenset({"dlv"}), frozenset({"--listen", "-l"}), needs=frozenset({"--headless", "dap"})),
    Family("gdbserver", frozenset({"gdbserver", "gdbserver64"}), frozenset(), positional=True),
    Family("lldb-server", frozenset({"lldb-server"}), frozenset({"--listen"}), positional=True),
    Family("rdbg (Ruby debug)", frozenset({"rdbg"}), frozenset({"--host"}), needs=frozenset({"--open", "-O"})),
    Family("rdebug-ide", frozenset({"rdebug-ide"}), frozenset({"--host"})),
    Family("Chrome's remote debugging", frozenset({"chrome", "chromium", "chromium-browser", "google-chrome",
                                                    "google-chrome-stable", "chrome.exe", "msedge", "microsoft-edge"}),
           frozenset({"--remote-debugging-address"})),
    Family("the Dart VM service", frozenset({"dart"}), frozenset({"--observe", "--enable-vm-service"})),
    Family("a Jupyter server with no token", frozenset({"jupyter", "jupyter-lab", "jupyter-notebook", "jupyter-server",
                                                        "jupyterlab", "notebook", "voila"}),
           frozenset({"--ip", "--ServerApp.ip", "--NotebookApp.ip"}),
           needs_open=frozenset({"--ServerApp.token=", "--NotebookApp.token=", "--IdentityProvider.token=",
                                 "--ServerApp.token=''", "--NotebookApp.token=''", "--IdentityProvider.token=''",
                                 '--ServerApp.token=""', '--NotebookApp.token=""', '--IdentityProvider.token=""',
                                 "--no-token"})),
    Family("code-server with no auth", frozenset({"code-server"}), frozenset({"--bind-addr", "--host"}),
           needs_open=frozenset({"--auth=none", "--auth none"})),
    Family("openvscode-server with no token", frozenset({"openvscode-server", "code-server-oss"}), frozenset({"--host"}),
           needs_open=frozenset({"--without-connection-token"})),
    Family("a web terminal (ttyd)", frozenset({"ttyd"}), frozenset({"--interface", "-i"}), default_all=True),
    Family("a web terminal (gotty)", frozenset({"gotty"}), frozenset({"--address", "-a"}), default_all=True),
    Family("a web terminal (wetty)", frozenset({"wetty"}), frozenset({"--host"}), default_all=True),
    Family("rpyc's classic server", frozenset({"rpyc_classic", "rpyc_classic.py", "rpyc.cli.rpyc_classic"}),
           frozenset({"--host"}), default_all=True),
)  # fmt: skip

_BY_PROGRAM: dict[str, tuple[Family, ...]] = {}
for _f in FAMILIES:
    for _p in _f.programs:
        _BY_PROGRAM[_p] = (*_BY_PROGRAM.get(_p, ()), _f)
#: Interpreters whose `-m module` runs a family's program.
_PYTHONS = lazyre.compile(r"^(?:python(?:\d(?:\.\d+)?)?|py|pypy3?)$")
#: JDWP options in a JVM word or in a variable the JVM reads (`-agentlib:jdwp=…,address=*:5005`).
_JDWP = lazyre.compile(r"(?:-agentlib:jdwp=|-Xrunjdwp:)[^ '\"]*?address=([^, '\"]+)")
_JVM_VARS = frozenset({"JAVA_TOOL_OPTIONS", "JAVA_OPTS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", "MAVEN_OPTS",
                       "GRADLE_OPTS", "CATALINA_OPTS", "SBT_OPTS", "KAFKA_OPTS", "ES_JAVA_OPTS"})  # fmt: skip
_NODE_VARS = frozenset({"NODE_OPTIONS"})
#: The Docker daemon's API on TCP without TLS: a root shell for whoever connects.
_DOCKERD = frozenset({"dockerd", "docker-daemon"})
_ANY = frozenset({"0.0.0.0", "::", "[::]", "*", "0", "", "any", "all", "::0"})
#: An interface address other than the any-address (a LAN or public IP binds where the network reaches).
_ADDRESS = lazyre.compile(r"^(?:\d{1,3}(?:\.\d{1,3}){3}|\[?[0-9a-fA-F:]*:[0-9a-fA-F:]*\]?)$")
#: Options that take their value only after `=` (`--observe` alone is the default port on localhost).
_EQ_ONLY = frozenset({"--inspect", "--inspect-brk", "--inspect-wait", "--observe", "--enable-vm-service"})
_LOCAL = lazyre.compile(r"(?i)^(?:localhost|127\.\d+\.\d+\.\d+|::1|\[::1\]|lo|lo0)$")
#: Cheap test that a command can be one of these (checked before anything else is read).
TRIGGER = lazyre.compile(r"(?i)--inspect|debugpy|ptvsd|jdwp|flask|runserver_plus|\bdlv\b|gdbserver|lldb-server|rdbg|"
                         r"rdebug|remote-debugging-address|--observe|--enable-vm-service|jupyter|notebook|voila|"
                         r"code-server|ttyd|gotty|wetty|rpyc|dockerd|runserver|artisan")


#: The bind of a family that listens everywhere by default (no option given: `ttyd bash`): asked, not refused.
DEFAULT_ALL = "0.0.0.0 (its default)"


def _host(addr: str) -> str:
    """The host part of a bind value: `0.0.0.0:9229` -> `0.0.0.0`, `:2345` -> ``, `9229` -> `localhost` (a bare port
    binds the program's default, local for every family that takes one), `8181/0.0.0.0` (Dart) -> `0.0.0.0`."""
    v = addr.strip("'\"")
    if "/" in v and not v.startswith(("tcp://", "unix://")):
        return v.split("/", 1)[1]
    v = v.removeprefix("tcp://")
    if v.isdigit():
        return "localhost"
    if v.startswith("["):
        return v[: v.index("]") + 1] if "]" in v else v
    if v.count(":") == 1:
        return v.split(":", 1)[0]
    return v


def is_open(addr: str) -> bool:
    """A bind value that reaches every interface (or an outside address)."""
    h = _host(addr)
    return h.lower() in _ANY or (_ADDRESS.match(h) is not None and not _LOCAL.match(h))


def _value(args: list[str], i: int, opts: frozenset[str]) -> str | None:
    w = args[i]
    name, eq, val = w.partition("=")
    if name not in opts:
        return None
    if eq:
        return val
    if name in _EQ_ONLY:
        return "localhost"  # `--inspect` alone: 127.0.0.1:9229
    return args[i + 1] if i + 1 < len(args) else None


def _family_of(cmd: Command) -> tuple[tuple[Family, ...], list[str]] | None:
    name = cmd.name.rsplit("/", 1)[-1]
    args = [w.value for w in cmd.argv[1:]]
    if _PYTHONS.match(name) and len(args) >= 2 and args[0] == "-m":
        mod = args[1]
        if mod in _BY_PROGRAM:
            return _BY_PROGRAM[mod], args[2:]
        name, args = mod, args[2:]
    if (_PYTHONS.match(name) or name == "php") and args and args[0].rsplit("/", 1)[-1] in _BY_PROGRAM:
        return _BY_PROGRAM[args[0].rsplit("/", 1)[-1]], args[1:]  # `python manage.py runserver_plus`, `php artisan serve`
    fams = _BY_PROGRAM.get(name)
    return (fams, args) if fams is not None else None


def _bound(fam: Family, args: list[str], text: str) -> str | None:
    """The open bind address of a family's command, None when it is local, closed or the debugger is off."""
    if fam.subs and not (set(args) & fam.subs):
        return None
    words = set(args) | {a.split("=", 1)[0] for a in args}
    if fam.needs and not (words & fam.needs or any(n in text for n in fam.needs if "=" in n)):
        return None
    if fam.closed & words:
        return None
    if fam.needs_open and not any(n in args or n in text for n in fam.needs_open):
        return None
    addr: str | None = None
    for i in range(len(args)):
        v = _value(args, i, fam.opts)
        if v is not None:
            addr = v
    if addr is None and fam.positional:
        pos = [a for a in args if not a.startswith("-") and (":" in a or a in _ANY) and not a.startswith(("/", "."))]
        addr = pos[0] if pos else None
        if addr is not None and ":" not in addr and addr != "0":
            addr = None
    if addr is None:
        return DEFAULT_ALL if fam.default_all else None
    return addr if is_open(addr) else None


def effects(cmd: Command) -> Iterator[Effect]:
    """A `listen` effect with verb `execute` for each debugger or console `cmd` opens to every interface."""
    if cmd.name_dynamic or not cmd.argv:
        return
    text = cmd.text or " ".join(w.value for w in cmd.argv)
    assigns = [(k, w.value) for k, w in cmd.assigns]
    if not TRIGGER.search(text) and not any(k in _JVM_VARS or k in _NODE_VARS for k, _ in assigns):
        return
    found: list[tuple[str, str]] = []
    for k, v in assigns:  # variables the runtime reads: `NODE_OPTIONS=--inspect=0.0.0.0`, `JAVA_TOOL_OPTIONS=…jdwp…`
        if k in _NODE_VARS:
            for part in v.split():
                addr = _value([part], 0, FAMILIES[0].opts)
                if addr is not None and is_open(addr):
                    found.append(("the Node inspector", addr))
        if k in _JVM_VARS and (m := _JDWP.search(v)) is not None and is_open(m.group(1)):
            found.append(("the JVM debugger (JDWP)", m.group(1)))
    for w in cmd.argv[1:]:
        m = _JDWP.search(w.value)
        if m is not None and is_open(m.group(1)):
            found.append(("the JVM debugger (JDWP)", m.group(1)))
            break
    name = cmd.name.rsplit("/", 1)[-1]
    if name in _DOCKERD:
        args = [w.value for w in cmd.argv[1:]]
        if "--tlsverify" not in args:
            for i, a in enumerate(args):
                v = a.split("=", 1)[1] if a.startswith(("--host=", "-H=")) else (args[i + 1] if a in ("-H", "--host") and i + 1 < len(args) else "")
                if v.startswith("tcp://") and is_open(v):
                    found.append(("the Docker daemon's API without TLS", v))
    got = _family_of(cmd)
    if got is not None:
        fams, args = got
        for fam in fams:
            addr = _bound(fam, args, text + " " + " ".join(f"{k}={v}" for k, v in assigns))
            if addr is not None:
                found.append((fam.what, addr))
                break
    for what, addr in found[:1]:
        yield Effect("listen", addr or "0.0.0.0", detail=f"{what}: {text[:160]}", origin=name, via=cmd.via, verb="execute",
                     content=what)


#: Fixtures: (command, opens a debugger or console to every interface).
CASES: tuple[tuple[str, bool], ...] = (
    ("node --inspect=0.0.0.0:9229 server.js", True), ("node --inspect server.js", False),
    ("node --inspect=9229 server.js", False), ("node --inspect-brk=[::]:9229 app.js", True),
    ("NODE_OPTIONS=--inspect=0.0.0.0:9229 npm run dev", True), ("NODE_OPTIONS=--inspect npm run dev", False),
    ("python -m debugpy --listen 0.0.0.0:5678 app.py", True), ("python -m debugpy --listen 5678 app.py", False),
    ("python3 -m debugpy --listen 127.0.0.1:5678 --wait-for-client app.py", False),
    ("flask --app app run --debug --host 0.0.0.0", True), ("flask --app app run --host 0.0.0.0", False),
    ("FLASK_DEBUG=1 python -m flask run -h 0.0.0.0", True), ("flask run --debug", False),
    ("python manage.py runserver_plus 0.0.0.0:8000", True), ("python manage.py runserver 0.0.0.0:8000", False),
    ("dlv debug --headless --listen=:2345 --accept-multiclient", True),
    ("dlv debug --headless --listen=127.0.0.1:2345", False), ("dlv debug ./cmd/api", False),
    ("gdbserver 0.0.0.0:1234 ./app", True), ("gdbserver :1234 ./app", True), ("gdbserver localhost:1234 ./app", False),
    ("java -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005 -jar app.jar", True),
    ("java -agentlib:jdwp=transport=dt_socket,server=y,address=localhost:5005 -jar app.jar", False),
    ("JAVA_TOOL_OPTIONS='-agentlib:jdwp=transport=dt_socket,server=y,address=0.0.0.0:5005' mvn spring-boot:run", True),
    ("rdbg --open --host 0.0.0.0 --port 12345 bin/rails s", True), ("rdbg --open bin/rails s", False),
    ("chromium --headless --remote-debugging-address=0.0.0.0 --remote-debugging-port=9222", True),
    ("chromium --headless --remote-debugging-port=9222", False),
    ("dart run --observe=8181/0.0.0.0 bin/server.dart", True), ("dart run --observe bin/server.dart", False),
    ("jupyter lab --ip=0.0.0.0 --no-browser --ServerApp.token=''", True), ("jupyter lab --ip=0.0.0.0 --no-browser", False),
    ("code-server --bind-addr 0.0.0.0:8080 --auth none", True), ("code-server --bind-addr 0.0.0.0:8080", False),
    ("ttyd -p 7681 bash", True), ("ttyd -i lo -p 7681 bash", False), ("gotty -w bash", True),
    ("dockerd -H tcp://0.0.0.0:2375", True), ("dockerd -H tcp://0.0.0.0:2376 --tlsverify", False),
    ("DEBUG=1 python manage.py runserver 0.0.0.0:8000", True), ("DEBUG=1 python manage.py runserver", False),
    ("APP_DEBUG=true php artisan serve --host=0.0.0.0", True), ("php artisan serve --host=0.0.0.0", False),
    ("npm run dev -- --host 0.0.0.0", False), ("uvicorn app:app --host 0.0.0.0 --reload", False),
)
