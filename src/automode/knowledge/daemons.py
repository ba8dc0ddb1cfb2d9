"""Network daemons and file servers: where they listen when no option says, which options move them, what directory
they hand out, and which switches leave them open to anyone (session 19; a knowledge gap: `busybox httpd -p
0.0.0.0:8080 -h /`, `x11vnc -forever -nopw`, `mongod --bind_ip_all`, `minio server ~/data` were silent allows).

A daemon bound to every interface is a `listen` effect (AM-RCE-006 asks). One that serves the home directory or `/`
hands its secrets to the network (AM-RCE-006 refuses: the effect carries `serves DIR`). One left open to anyone who
connects (a remote desktop with no password, Redis with protected mode off, a database with auth off) is a `listen`
effect with verb `execute`: whoever reaches the port controls it (AM-RCE-023 refuses, as for an open debugger).
Servers whose own table in `data/programs/*.toml` already says how they listen (`python -m http.server`, `php -S`,
`http-server`, `serve`) keep that listen effect; this table adds only the directory they serve.

Facts from the programs' own documentation: BusyBox `httpd -p [IP:]PORT -h HOME` (every interface, port 80),
darkhttpd `DIR --addr --port` (every interface), miniserve `PATH -i/--interfaces -p` (every interface), Caddy
`file-server --root --listen` (`:80`), Ruby un.rb `ruby -run -e httpd DIR -p --bind-address` (WEBrick: every
interface), pyftpdlib `-i/--interface -d/--directory -w` (every interface), updog `-d -p` (0.0.0.0:9090), webfsd
`-r -p -i`, twistd `web --path --listen/--port` (tcp:8080), simple-http-server `-i` (0.0.0.0), goshs `-d -i`
(0.0.0.0), static-web-server `-d -a` ([::]), MongoDB `mongod --bind_ip/--bind_ip_all` (localhost since 3.6, no auth
unless `--auth`), Redis `--bind --protected-mode` (localhost, protected), memcached `-l` (every interface),
PostgreSQL `-h`/`-c listen_addresses=` (localhost), Elasticsearch/OpenSearch `-E network.host=` (localhost), MinIO
`server --address` (`:9000`), NATS `-a/--addr` (0.0.0.0:4222), Consul `agent -client` (127.0.0.1), Vault `server -dev
-dev-listen-address` (127.0.0.1:8200), MailHog/Mailpit (0.0.0.0:1025/8025/8025), OpenSSH `sshd`, Dropbear
(every interface), `rsync --daemon` (873), Samba `smbd`, `nfsd`, x11vnc (every interface unless `-localhost`;
`-nopw`), TigerVNC `vncserver`/`Xvnc` (`-localhost`, `-SecurityTypes None`), Erlang `erl -name/-sname` and
Elixir `iex --name/--sname` (distribution: any node holding the cookie runs code).
"""

from __future__ import annotations

from collections.abc import Iterator

from automode import lazyre
from automode.dc import dataclass
from automode.effects import Effect
from automode.knowledge.debugbind import is_open
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command


@dataclass(frozen=True, slots=True)
class Daemon:
    what: str  # for the reason
    programs: frozenset[str]  # command names, `python -m` modules, `busybox`/`ruby -run -e` applets
    bind_opts: frozenset[str] = frozenset()  # options whose value is the bind address (`--opt=v`, `--opt v`, `-Ev`)
    default_all: bool = False  # every interface when no option says otherwise
    subs: frozenset[str] = frozenset()  # a subcommand it must be run with
    dir_opts: frozenset[str] = frozenset()  # options whose value is the directory it serves
    dir_pos: bool = False  # the first positional word is the directory it serves
    open_words: frozenset[str] = frozenset()  # switches that leave it open to anyone who connects
    open_default: bool = False  # open to anyone by default (no auth) when it listens on every interface
    local_words: frozenset[str] = frozenset()  # switches that keep it on localhost
    auth_words: frozenset[str] = frozenset()  # switches that require a password or token (still listening)
    all_words: frozenset[str] = frozenset()  # switches that bind every interface
    known: bool = False  # its own table already yields the listen effect: add only the served directory


DAEMONS: tuple[Daemon, ...] = (
    # file servers
    Daemon("BusyBox httpd", frozenset({"httpd", "busybox-httpd"}), frozenset({"-p"}), True, dir_opts=frozenset({"-h"})),
    Daemon("darkhttpd", frozenset({"darkhttpd"}), frozenset({"--addr"}), True, dir_pos=True),
    Daemon("miniserve", frozenset({"miniserve"}), frozenset({"-i", "--interfaces"}), True, dir_pos=True,
           open_words=frozenset({"-u", "--upload-files"})),
    Daemon("Caddy's file server", frozenset({"caddy"}), frozenset({"--listen", "-l"}), True, subs=frozenset({"file-server"}),
           dir_opts=frozenset({"--root", "-r"})),
    Daemon("WEBrick (ruby -run -e httpd)", frozenset({"un.httpd"}), frozenset({"--bind-address"}), True, dir_pos=True),
    Daemon("pyftpdlib", frozenset({"pyftpdlib"}), frozenset({"-i", "--interface"}), True, dir_opts=frozenset({"-d", "--directory"}),
           open_words=frozenset({"-w", "--write"})),
    Daemon("updog", frozenset({"updog"}), frozenset(), True, dir_opts=frozenset({"-d", "--directory"})),
    Daemon("webfsd", frozenset({"webfsd"}), frozenset({"-i"}), True, dir_opts=frozenset({"-r"})),
    Daemon("twistd web", frozenset({"twistd"}), frozenset(), True, subs=frozenset({"web"}), dir_opts=frozenset({"--path"})),
    Daemon("simple-http-server", frozenset({"simple-http-server"}), frozenset({"-i", "--ip"}), True, dir_pos=True,
           open_words=frozenset({"-u", "--upload"})),
    Daemon("goshs", frozenset({"goshs"}), frozenset({"-i", "--ip"}), True, dir_opts=frozenset({"-d", "--dir"})),
    Daemon("static-web-server", frozenset({"static-web-server"}), frozenset({"-a", "--host"}), True,
           dir_opts=frozenset({"-d", "--root"})),
    Daemon("Python's http.server", frozenset({"http.server", "SimpleHTTPServer"}), frozenset({"-b", "--bind"}), True,
           dir_opts=frozenset({"-d", "--directory"}), known=True),
    Daemon("PHP's built-in server", frozenset({"php"}), frozenset({"-S"}), dir_opts=frozenset({"-t"}), known=True),
    Daemon("http-server", frozenset({"http-server"}), frozenset({"-a"}), True, dir_pos=True, known=True),
    Daemon("serve", frozenset({"serve"}), frozenset({"-l", "--listen"}), True, dir_pos=True, known=True),
    # data stores and brokers
    Daemon("MongoDB with no auth", frozenset({"mongod"}), frozenset({"--bind_ip"}), all_words=frozenset({"--bind_ip_all"}),
           open_default=True, auth_words=frozenset({"--auth", "--keyFile"})),
    Daemon("Redis with protected mode off", frozenset({"redis-server", "valkey-server", "keydb-server"}), frozenset({"--bind"}),
           open_words=frozenset({"--protected-mode no"}), auth_words=frozenset({"--requirepass"})),
    Daemon("memcached", frozenset({"memcached"}), frozenset({"-l", "--listen"}), True),
    Daemon("PostgreSQL", frozenset({"postgres", "postmaster"}), frozenset({"-h", "listen_addresses"})),
    Daemon("Elasticsearch", frozenset({"elasticsearch", "opensearch"}), frozenset({"network.host", "http.host"}),
           open_words=frozenset({"xpack.security.enabled=false", "-Expack.security.enabled=false",
                                   "plugins.security.disabled=true", "-Eplugins.security.disabled=true"})),
    Daemon("MinIO", frozenset({"minio"}), frozenset({"--address"}), True, subs=frozenset({"server"})),
    Daemon("NATS", frozenset({"nats-server"}), frozenset({"-a", "--addr", "--net"}), True),
    Daemon("Consul's HTTP API", frozenset({"consul"}), frozenset({"-client"}), subs=frozenset({"agent"})),
    Daemon("a Vault dev server (root token, no TLS)", frozenset({"vault"}), frozenset({"-dev-listen-address"}),
           subs=frozenset({"server"}), open_default=True),
    Daemon("a mail catcher", frozenset({"mailhog", "MailHog", "mailpit"}), frozenset({"-smtp-bind-addr", "-ui-bind-addr",
                                                                                      "--smtp", "--listen"}), True),
    # logins, desktops and file shares
    Daemon("an SSH server", frozenset({"sshd", "dropbear"}), frozenset({"-o"}), True),
    Daemon("an rsync daemon", frozenset({"rsync"}), frozenset({"--address"}), True, subs=frozenset({"--daemon"})),
    Daemon("a Samba or NFS server", frozenset({"smbd", "nmbd", "nfsd", "rpc.nfsd", "unfsd"}), default_all=True),
    Daemon("a VNC server with no password", frozenset({"x11vnc"}), frozenset({"-listen"}), True, open_default=True,
           local_words=frozenset({"-localhost"}), auth_words=frozenset({"-rfbauth", "-passwd", "-usepw", "-passwdfile", "-unixpw"})),
    Daemon("a VNC server with no password", frozenset({"vncserver", "Xvnc", "tigervncserver", "Xtigervnc"}), frozenset({"-interface"}),
           True, open_words=frozenset({"-SecurityTypes=None", "-SecurityTypes None", "-securitytypes=none", "-securitytypes none"}),
           local_words=frozenset({"-localhost", "-localhost=yes", "-localhost yes"})),
    Daemon("Erlang distribution (any node with the cookie runs code)", frozenset({"erl", "iex", "elixir"}), frozenset(), True,
           subs=frozenset({"-name", "-sname", "--name", "--sname"}), local_words=frozenset({"-remsh", "--remsh"})),
)  # fmt: skip

_BY_PROGRAM: dict[str, tuple[Daemon, ...]] = {}
for _d in DAEMONS:
    for _p in _d.programs:
        _BY_PROGRAM[_p] = (*_BY_PROGRAM.get(_p, ()), _d)
_PYTHONS = lazyre.compile(r"^(?:python(?:\d(?:\.\d+)?)?|py|pypy3?)$")
#: Cheap test that a command can be one of these (checked before anything else is read).
TRIGGER = lazyre.compile(r"httpd|darkhttpd|miniserve|caddy|-run|pyftpdlib|updog|webfsd|twistd|simple-http-server|goshs|"
                         r"static-web-server|http\.server|SimpleHTTPServer|php|http-server|serve|mongod|redis-server|"
                         r"valkey-server|keydb-server|memcached|postgres|postmaster|elasticsearch|opensearch|minio|nats-server|"
                         r"consul|vault|mailhog|MailHog|mailpit|sshd|dropbear|rsync|smbd|nmbd|nfsd|unfsd|vnc|erl|iex|elixir")
#: Served directories that hand out secrets: the home directory and the file system's root.
_WIDE_DIRS = lazyre.compile(r"^(?:/|~/?|\$HOME/?|\$\{HOME\}/?|/home/[^/]+/?|/Users/[^/]+/?|/root/?|/etc/?)$")


def _resolve(cmd: Command) -> tuple[tuple[Daemon, ...], list[str]] | None:
    name = cmd.name.rsplit("/", 1)[-1]
    args = [w.value for w in cmd.argv[1:]]
    if _PYTHONS.match(name) and len(args) >= 2 and args[0] == "-m":
        name, args = args[1], args[2:]
    elif name == "busybox" and args:
        name, args = ("busybox-httpd" if args[0] == "httpd" else args[0]), args[1:]
    elif name == "ruby" and len(args) >= 3 and args[:2] == ["-run", "-e"] and args[2] == "httpd":
        name, args = "un.httpd", args[3:]
    elif name in ("npx", "pnpx", "bunx") and args:
        name, args = args[0], args[1:]
    if name == "php" and "-S" not in args:
        return None
    fams = _BY_PROGRAM.get(name)
    return (fams, args) if fams is not None else None


def _value(args: list[str], opts: frozenset[str]) -> str | None:
    """The last value of one of `opts`: `--opt v`, `--opt=v`, `-E opt=v`, `-Eopt=v`, `-c opt=v`."""
    got = None
    for i, a in enumerate(args):
        w = a[2:] if a.startswith(("-E", "-c")) and len(a) > 2 and "=" in a else a
        name, eq, val = w.partition("=")
        if name in opts:
            got = val if eq else (args[i + 1] if i + 1 < len(args) else None)
        elif a in ("-E", "-c") and i + 1 < len(args) and args[i + 1].partition("=")[0] in opts:
            got = args[i + 1].partition("=")[2]
    return got.strip("'\"") if got is not None else None


def _served(d: Daemon, args: list[str]) -> str | None:
    v = _value(args, d.dir_opts) if d.dir_opts else None
    if v is None and d.dir_pos:
        v = next((a for a in args if not a.startswith("-") and not a.isdigit() and ":" not in a), None)
    return v


def _words(args: list[str]) -> set[str]:
    return set(args) | {" ".join(args[i : i + 2]) for i in range(len(args) - 1)}


def effects(cmd: Command) -> Iterator[Effect]:
    """A `listen` effect for a daemon bound to every interface (content `serves DIR` when it hands out a directory;
    verb `execute` when it is left open to anyone who connects)."""
    if cmd.name_dynamic or not cmd.argv:
        return
    text = cmd.text or " ".join(w.value for w in cmd.argv)
    if not TRIGGER.search(text):
        return
    got = _resolve(cmd)
    if got is None:
        return
    fams, args = got
    words = _words(args)
    low = {w.lower() for w in words}
    for d in fams:
        if d.subs and not (set(args) & d.subs):
            continue
        if d.local_words & words:
            continue
        addr = _value(args, d.bind_opts) if d.bind_opts else None
        if addr is not None and addr.isdigit():
            addr = f"0.0.0.0:{addr}" if d.default_all else None  # a port alone: the program's default bind
        open_bind = bool(d.all_words & words) or (is_open(addr) if addr is not None else d.default_all)
        if not open_bind:
            continue
        served = _served(d, args)
        wide = served is not None and _WIDE_DIRS.match(served) is not None
        if d.known and not wide:
            continue  # (its own table's listen effect says the rest)
        opened = bool(d.open_words & words or {w.lower() for w in d.open_words} & low) or (
            d.open_default and not d.auth_words & words)
        content = f"serves {served}" if wide else d.what
        yield Effect("listen", addr or "0.0.0.0", detail=f"{d.what}: {text[:160]}", origin=cmd.name, via=cmd.via,
                     verb="execute" if opened else "", content=content)
        return


#: Fixtures: (command, effect expected: "" none, "listen", "execute" open to anyone, "serves" hands out home or /).
CASES: tuple[tuple[str, str], ...] = (
    ("busybox httpd -p 0.0.0.0:8080 -h /", "serves"), ("busybox httpd -p 127.0.0.1:8080 -h dist", ""),
    ("busybox httpd -f -p 8080 -h dist", "listen"), ("httpd -p 8080 -h .", "listen"),
    ("darkhttpd ~ --port 8080", "serves"), ("darkhttpd dist --addr 127.0.0.1 --port 8080", ""),
    ("miniserve ~ -i 0.0.0.0", "serves"), ("miniserve dist -i 127.0.0.1", ""), ("miniserve -u uploads", "execute"),
    ("caddy file-server --root ~ --listen :8080", "serves"), ("caddy file-server --listen 127.0.0.1:8080", ""),
    ("caddy run --config Caddyfile", ""), ("ruby -run -e httpd / -p 8080", "serves"),
    ("ruby -run -e httpd . -p 8080 --bind-address 127.0.0.1", ""),
    ("python3 -m pyftpdlib -w -d ~ -i 0.0.0.0", "serves"), ("python3 -m pyftpdlib -w -d dist", "execute"), ("python3 -m pyftpdlib -i 127.0.0.1 -d dist", ""),
    ("updog -d ~ -p 9090", "serves"), ("webfsd -p 8080 -r ~", "serves"), ("webfsd -p 8080 -i 127.0.0.1 -r dist", ""),
    ("twistd -n web --path ~ --listen tcp:8080", "serves"), ("twistd -n web --path dist", "listen"),
    ("simple-http-server -i 0.0.0.0 -u .", "execute"), ("simple-http-server -i 127.0.0.1 dist", ""),
    ("goshs -d ~ -i 0.0.0.0", "serves"), ("goshs -d dist -i 127.0.0.1", ""), ("static-web-server -d / -p 8787", "serves"),
    ("npx serve ~ -l 5000", "serves"), ("npx serve dist -l 5000", ""), ("python3 -m http.server 8000 --directory ~", "serves"),
    ("python3 -m http.server 8000 --directory dist", ""), ("php -S 0.0.0.0:8000 -t /", "serves"),
    ("php -S localhost:8000 -t public", ""), ("npx http-server ~ -a 0.0.0.0", "serves"),
    ("mongod --bind_ip_all", "execute"), ("mongod --dbpath ./data", ""), ("mongod --bind_ip 0.0.0.0 --auth", "listen"), ("mongod --bind_ip 0.0.0.0", "execute"),
    ("redis-server --protected-mode no --bind 0.0.0.0", "execute"), ("redis-server --bind 0.0.0.0", "listen"),
    ("redis-server", ""), ("redis-server --protected-mode no", ""), ("memcached -u nobody", "listen"), ("memcached -l 127.0.0.1", ""),
    ("postgres -D data -c listen_addresses='*'", "listen"), ("postgres -D data", ""),
    ("elasticsearch -E network.host=0.0.0.0", "listen"), ("elasticsearch", ""),
    ("elasticsearch -Expack.security.enabled=false", ""),
    ("elasticsearch -E network.host=0.0.0.0 -E xpack.security.enabled=false", "execute"),
    ("minio server ~/data", "listen"), ("minio server ./data --address 127.0.0.1:9000", ""),
    ("nats-server", "listen"), ("nats-server -a 127.0.0.1", ""), ("consul agent -dev -client 0.0.0.0", "listen"),
    ("consul agent -dev", ""), ("vault server -dev -dev-listen-address=0.0.0.0:8200", "execute"), ("vault server -dev", ""),
    ("mailhog", "listen"), ("sshd -p 2222 -f ./sshd_config", "listen"), ("dropbear -p 2222", "listen"),
    ("rsync --daemon --port 8730", "listen"), ("rsync -av src/ dst/", ""), ("smbd -F", "listen"),
    ("x11vnc -forever -nopw", "execute"), ("x11vnc -localhost -forever", ""), ("x11vnc -forever -rfbauth ~/.vnc/passwd", "listen"),
    ("vncserver :1 -SecurityTypes None", "execute"), ("vncserver :1 -localhost yes", ""),
    ("erl -name a@0.0.0.0 -setcookie x", "listen"), ("erl -noshell -s init stop", ""),
    ("erl -sname dbg -remsh switchyard@localhost -hidden", ""), ("iex --sname dev -S mix", "listen"),
)
