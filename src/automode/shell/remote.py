"""Command lines that run on other machines or in containers: `ssh host CMD`, `docker exec C CMD`, `kubectl exec P --
CMD`, and fan-out tools judged like ssh (the remote command is lowered with `remote=` the hosts it reaches), so
`ansible all -m shell -a 'curl … | bash'` is a download run on every host, not an unknown argument.

Sources: ansible(1) (`-m`/`--module-name` picks the module, `command` by default; `-a`/`--args` is the command line
for command, shell, raw and script; `-b`/`--become` runs it as root), pssh(1)/parallel-ssh (the command is the first
word after the options), pdsh(1) and clush(1) (`-w`/`-g` name the hosts, the rest of the line is the command),
salt(1) (`salt TARGET cmd.run 'CMD'`; cmd.shell, cmd.script likewise).
"""

from __future__ import annotations

from automode import lazyre
from automode.shell import modules
from automode.shell.words import shell_quote
from automode.typing_lite import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Sequence

    from automode.shell.parse import Command


class Lowerer(Protocol):
    """What remote lowering needs of `automode.shell.lower.Lowerer` (which imports this module)."""

    def source(self, text: str, *, via: tuple[str, ...] = (), privileged: bool = False, remote: str | None = None,
               nesting: int = 0, cwd: str | None = None) -> None: ...  # fmt: skip


#: program -> (options that take a value, options that make the command run as root, how the command is given:
#: "args" = the value of -a/--args, "first" = the first word after the options, "rest" = every word after them,
#: "salt" = the words after a cmd.* function (or the function's own act), "local" = the same on this machine's minion
#: (salt-call), "dashdash" = the words after `--`, "query" = the second word (the first is a search for hosts),
#: "opt:X" = the value of option X)
RUNNERS: dict[str, tuple[frozenset[str], frozenset[str], str]] = {
    "ansible": (frozenset({"-i", "--inventory", "-m", "--module-name", "-a", "--args", "-u", "--user", "-l", "--limit",
                           "-f", "--forks", "-e", "--extra-vars", "-t", "--tree", "-B", "--background", "-P", "--poll",
                           "-c", "--connection", "-T", "--timeout", "--become-user", "--become-method", "-M",
                           "--module-path", "--private-key", "--key-file", "--vault-password-file"}),
                frozenset({"-b", "--become", "-K", "--ask-become-pass"}), "args"),
    "pssh": (frozenset({"-h", "--hosts", "-H", "--host", "-l", "--user", "-p", "--par", "-o", "--outdir", "-e",
                        "--errdir", "-t", "--timeout", "-O", "--option", "-x", "--extra-args", "-X"}), frozenset(), "first"),
    "pdsh": (frozenset({"-w", "-x", "-g", "-X", "-R", "-l", "-t", "-u", "-f", "-N"}), frozenset(), "rest"),
    "clush": (frozenset({"-w", "-x", "-g", "-X", "-l", "-f", "-t", "-u", "-o", "-O", "--options"}), frozenset(), "rest"),
    "salt": (frozenset({"-t", "--timeout", "-E", "-L", "-G", "-N", "-C", "-I", "--out", "-b", "--batch-size", "-c"}),
             frozenset(), "salt"),
}  # fmt: skip
# mussh(1) `-h HOST… -c CMD`; dsh(1) (dancer's shell) `-a|-g G|-m H -- CMD`; colmena(1) `exec --on NODES -- CMD`;
# pyinfra(1) `INVENTORY exec -- CMD`; knife ssh `QUERY CMD` (docs.chef.io/workstation/knife_ssh); salt-call(1)
RUNNERS.update({
    "mussh": (frozenset({"-h", "-H", "-l", "-L", "-i", "-o", "-m", "-t", "-s", "-C", "-c"}), frozenset(), "opt:-c"),
    "dsh": (frozenset({"-g", "-m", "-f", "-r", "-o", "-F", "-N"}), frozenset(), "rest"),
    "colmena": (frozenset({"--on", "--config", "-f", "--nix-option", "--parallel", "-p", "--exclude"}), frozenset(),
                "dashdash"),
    "pyinfra": (frozenset({"--user", "--port", "--key", "--key-password", "--password", "--sudo-user", "--su-user",
                           "--parallel", "--data", "--group-data", "--config", "--chdir", "--limit"}),
                frozenset({"--sudo"}), "dashdash"),
    "knife": (frozenset({"-x", "--ssh-user", "-i", "--ssh-identity-file", "-P", "--ssh-password", "-p", "--ssh-port",
                         "-C", "--concurrency", "-a", "--attribute", "-G", "--ssh-gateway", "-E", "--environment",
                         "-c", "--config"}), frozenset(), "query"),
    "salt-call": (frozenset({"-l", "--log-level", "--out", "-c", "--config-dir"}), frozenset(), "local"),
})  # fmt: skip
#: Runners whose fan-out is one subcommand (`colmena exec`, `pyinfra INVENTORY exec`, `knife ssh`).
SUBCOMMAND = {"colmena": "exec", "pyinfra": "exec", "knife": "ssh"}
RUNNERS["parallel-ssh"] = RUNNERS["pssh"]
RUNNERS["salt-ssh"] = RUNNERS["salt"]  # (salt-ssh(1): the same TARGET FUNCTION ARGS, over ssh without a minion)
RUNNERS["ansible-console"] = RUNNERS["ansible"]
#: ansible modules whose -a is a command line (docs.ansible.com ansible.builtin.command/shell/raw/script).
COMMAND_MODULES = frozenset({"command", "shell", "raw", "script", "ansible.builtin.command", "ansible.builtin.shell",
                             "ansible.builtin.raw", "ansible.builtin.script", "win_shell", "win_command"})  # fmt: skip
#: `docker compose` options before its subcommand that take a value.
COMPOSE_WITH_ARG = frozenset({"-f", "--file", "-p", "--project-name", "--profile", "--env-file", "--project-directory",
                              "--ansi", "--progress", "--parallel"})  # fmt: skip
SALT_FUNCTIONS = frozenset({"cmd.run", "cmd.shell", "cmd.run_all", "cmd.run_stdout", "cmd.script", "cmd.exec_code"})


#: Carriers whose `via` label is `NAME HOSTS` (the host or hosts the command runs on follow the name).
HOST_LABELS = frozenset({"ssh", "autossh", *RUNNERS})


_PARTS = lazyre.compile(r"(?:[^,\[]|\[[^\]]*\])+")  # (a comma inside brackets is the range's own)
_RANGE = lazyre.compile(r"^([\w.-]*)\[([\d,\s:-]+)\]([\w.-]*)$")  # (ansible writes `web[01:20]`)


def expand_hosts(pattern: str, limit: int = 64) -> list[str]:
    """The hosts a pdsh/clush/ansible host list names (pdsh(1) "HOSTLIST EXPRESSIONS": `db[1-3]`, `web[01-08,10]`,
    ansible's `web[01:20]`, comma lists): [] when it is no such list or names more than `limit`."""
    out: list[str] = []
    for part in _PARTS.findall(pattern):
        m = _RANGE.match(part.strip())
        if m is None:
            if not part.strip() or any(c in part for c in "[]*?"):
                return []
            out.append(part.strip())
            continue
        head, spans, tail = m.groups()
        for span in spans.split(","):
            lo, _, hi = span.strip().replace(":", "-").partition("-")
            if not lo.isdigit() or (hi and not hi.isdigit()):
                return []
            end = int(hi) if hi else int(lo)
            if end - int(lo) > limit:
                return []
            out += [f"{head}{str(n).zfill(len(lo))}{tail}" for n in range(int(lo), end + 1)]
        if len(out) > limit:
            return []
    return out


#: Prefixes of a `Command.remote` label that name the carrier, not the place (`container:web-1`, `incus:ci-3`,
#: `aws:i-0ab…`, `fly:shop-stg`: `shell.remote_shells` labels the place with the program that reaches it).
_CARRIER_PREFIX = lazyre.compile(r"^(?:container|[a-z][a-z0-9-]*):(?=.)")


def far_name(remote: str) -> str:
    """The machine, instance, app or container a carried command runs on, as a person names it: `deploy@box` ->
    `box`, `aws:i-0ab12` -> `i-0ab12`, `fly:shop-stg` -> `shop-stg`, `container:web-1` -> `web-1`; "" for none.
    (An ssh host is never spelled with a colon; a label's program prefix always is.)"""
    if not remote or remote in ("hosts", "remote"):
        return ""
    m = _CARRIER_PREFIX.match(remote)
    name = remote[m.end() :] if m else remote
    name = name.rsplit("@", 1)[-1]
    return "" if name == "remote" else name


def far_of(e_via: tuple[str, ...], commands: Sequence[Command]) -> str:
    """The place an effect happens on when a carrier runs the command that has it (its `via` is that command's), else
    "": every carrier alike (ssh, fan-out runners, guests, run-command documents, platform shells, containers)."""
    if not e_via:
        return ""
    for c in commands:
        if c.remote and c.via == e_via:
            return far_name(c.remote)
    return ""


def carries(cmd: Command, commands: Sequence[Command]) -> bool:
    """`cmd` runs another command of the same action elsewhere (ssh, a fan-out tool, a container or cloud
    run-command, a protocol client): some other command's `via` names it as the carrier it came through."""
    head = cmd.name
    return any(c is not cmd and any(v.split(" ", 1)[0] == head for v in c.via) for c in commands)


def fan_out(lw: Lowerer, cmd: Command, nesting: int) -> None:
    """Lower the command a fan-out tool runs on its hosts, as a remote command."""
    spec = RUNNERS.get(cmd.name)
    if spec is None:
        return
    with_value, become, how = spec
    words = cmd.argv[1:]
    pre: list[str] = []  # (`pyinfra INVENTORY exec`: the words before the subcommand name the hosts)
    if cmd.name in SUBCOMMAND:
        vals = [w.value for w in words]
        if SUBCOMMAND[cmd.name] not in vals:
            return
        k = vals.index(SUBCOMMAND[cmd.name])
        pre, words = [v for v in vals[:k] if not v.startswith("-")], words[k + 1 :]
    opts: dict[str, str] = {}
    pos: list[str] = []
    tail: list[str] = []
    privileged = cmd.privileged
    i = 0
    while i < len(words):
        v = words[i].value
        name, eq, glued = v.partition("=") if v.startswith("--") else (v, "", "")
        if v == "--" and how == "dashdash":
            rest = words[i + 1 :]
            tail = [rest[0].value] if len(rest) == 1 else [" ".join(shell_quote(w) for w in rest)]
            break
        if v == "--" or (pos and how in ("first", "rest") and not v.startswith("-")):
            pos += [w.value for w in words[i + (v == "--") :]]
            break
        if v.startswith("-") and len(v) > 1:
            if name in become:
                privileged = True
            if name in with_value:
                opts[name] = glued if eq else (words[i + 1].value if i + 1 < len(words) else "")
                i += 1 if eq else 2
                continue
            i += 1
            continue
        pos.append(v)
        i += 1
    hosts = pos[0] if pos and how in ("args", "salt", "query") else next(
        (v for k, v in opts.items() if k in ("-w", "-h", "-H", "-g", "-m", "--on")), pre[0] if pre else "hosts")
    hosts = opts.get("-l") or opts.get("--limit") or hosts if how == "args" else hosts  # (ansible's --limit narrows)
    texts: list[str] = tail
    if how == "local":  # `salt-call cmd.run CMD`: this machine's own minion
        texts = [" ".join(pos[1:])] if pos[:1] and pos[0] in SALT_FUNCTIONS else modules.salt(pos[0], pos[1:]) if pos else []
        for text in texts:
            lw.source(text, via=(*cmd.via, cmd.name), privileged=privileged, nesting=nesting + 1, cwd=cmd.cwd)
        return
    if how == "args":
        module = opts.get("-m") or opts.get("--module-name") or "command"
        args = opts.get("-a") or opts.get("--args") or ""
        # a command module's -a is a command line; another module's act is the command that does it (`shell.modules`)
        texts = [args] if module in COMMAND_MODULES else modules.ansible(module, args)
    elif how == "first":
        texts = pos[:1]
    elif how == "rest":
        texts = [" ".join(pos)]
    elif how == "salt" and len(pos) >= 3 and pos[1] in SALT_FUNCTIONS:
        texts = [" ".join(pos[2:])]
    elif how == "salt" and len(pos) >= 2:
        texts = modules.salt(pos[1], pos[2:])  # `salt 'db*' file.remove /var/lib/mysql`, `state.single user.present …`
    elif how == "query":
        texts = pos[1:2]
    elif how.startswith("opt:"):
        texts = [opts.get(how[4:], "")]
    for text in texts:
        if text.strip():
            lw.source(text, via=(*cmd.via, f"{cmd.name} {hosts}"), privileged=privileged, remote=hosts or "hosts",
                      nesting=nesting + 1, cwd=None)  # fmt: skip


def fed_to(text: str, cmd: Command) -> str:
    """The command line a carrier runs, with the carrier's own known input as its input (`ssh h bash -s <<EOF`,
    `ssh db psql < <<SQL`, `docker exec -i pg psql <<SQL`): the far command reads what is fed to the carrier."""
    fed, known = cmd.stdin_text()
    if fed is None or not known or not fed.strip() or _FED_END in fed:
        return text
    return f"{text} <<'{_FED_END}'\n{fed.rstrip(chr(10))}\n{_FED_END}"


_FED_END = "AUTOMODE_FED_END"


def ssh(lw: Lowerer, cmd: Command, nesting: int) -> None:
    """`ssh HOST CMD` (or the command on its input): CMD runs on HOST (with the input fed to ssh). autossh(1) takes
    ssh's options after its own `-M PORT`."""
    with_arg = set(["-b", "-c", "-D", "-E", "-e", "-F", "-I", "-i", "-J", "-L", "-l", "-m", "-O", "-o", "-p", "-Q", "-R", "-S", "-W", "-w", "-B"])
    if cmd.name == "autossh":
        with_arg.add("-M")
    args = cmd.argv[1:]
    i = 0
    host: str | None = None
    while i < len(args):
        v = args[i].value
        if v.startswith("-") and len(v) > 1:
            i += 2 if v in with_arg else 1
            continue
        host = v
        i += 1
        break
    rest = args[i:]
    if host and rest:
        text = fed_to(" ".join(w.value for w in rest), cmd)
        lw.source(text, via=(*cmd.via, f"ssh {host}"), privileged=cmd.privileged, remote=host,
                    nesting=nesting + 1, cwd=None)  # fmt: skip
    elif host and not rest:
        fed, known = cmd.stdin_text()
        if fed is not None and known:
            lw.source(fed, via=(*cmd.via, f"ssh {host}"), remote=host, nesting=nesting + 1, cwd=None)


def container_exec(lw: Lowerer, cmd: Command, nesting: int) -> None:
    """`docker exec C CMD`, `kubectl exec P -- CMD`, `docker compose exec S CMD`: CMD runs in the container."""
    args = cmd.argv[1:]
    # Global options before the subcommand: `kubectl --context prod -n x exec ...`, `docker -H host exec ...`.
    global_with_arg = {"--context", "--kubeconfig", "-n", "--namespace", "--cluster", "--user", "-s", "--server",
                       "--token", "-H", "--host", "-c", "--config", "-l", "--log-level", "--as", "--as-group"}  # fmt: skip
    while args and args[0].value.startswith("-"):
        args = args[2:] if args[0].value in global_with_arg else args[1:]
    if (args and args[0].value == "compose") or cmd.name in ("docker-compose", "podman-compose"):
        # `docker compose -f x.yml exec -T redis redis-cli FLUSHALL`: the service's container runs the rest
        args = args[1:] if args and args[0].value == "compose" else args
        while args and args[0].value.startswith("-"):
            args = args[2:] if args[0].value in COMPOSE_WITH_ARG and "=" not in args[0].value else args[1:]
    if not args or args[0].value not in ("exec", "run", "debug"):
        return
    sub = args[0].value
    with_arg = {"-e", "--env", "-u", "--user", "-w", "--workdir", "--env-file", "--detach-keys", "-c", "--container",
                "-n", "--namespace", "--name", "-v", "--volume", "--network", "--entrypoint", "-p", "--publish",
                "--image", "--mount", "--platform", "--context", "--kubeconfig", "--pull",
                # docker-run(1) options that take a value (`--restart unless-stopped postgres:16`: the image is next)
                "--restart", "-h", "--hostname", "-l", "--label", "--label-file", "--cpus", "-m", "--memory",
                "--memory-swap", "--shm-size", "--add-host", "--device", "--cap-add", "--cap-drop", "--log-driver",
                "--log-opt", "--ulimit", "--gpus", "--dns", "--ip", "--expose", "--health-cmd", "--runtime",
                "--security-opt", "--stop-signal", "--stop-timeout", "--tmpfs", "--group-add", "--ipc", "--pid",
                "--cidfile", "--network-alias", "--cpuset-cpus", "--volumes-from", "--link", "--userns", "--uts",
                "--cgroupns", "--mac-address", "--sysctl", "--annotation"}  # fmt: skip
    i = 1
    target: str | None = None
    while i < len(args):
        v = args[i].value
        if v == "--":
            i += 1
            break
        if v.startswith("-"):
            i += 2 if v in with_arg else 1
            continue
        if target is None:
            target = v
            i += 1
            if cmd.name in ("kubectl", "oc"):
                continue  # kubectl takes the command after `--`
            break
        i += 1
    rest = args[i:]
    if target and rest and sub in ("exec", "run"):
        label = f"{cmd.name} {sub} {target}"
        argv_text = fed_to(" ".join(shell_quote(w) for w in rest), cmd)
        lw.source(argv_text, via=(*cmd.via, label), remote=f"container:{target}", nesting=nesting + 1, cwd=None)
