"""Platform and cloud command lines that run a command on a machine, app or instance elsewhere:
`fly ssh console -C CMD`, `heroku run CMD`, `gcloud compute ssh VM --command CMD`, `aws ssm send-command
--parameters commands=[CMD]`, `az vm run-command invoke --scripts CMD`, `vagrant ssh -c CMD`, `lxc exec C -- CMD` …

The command is lowered as a remote command (`Command.remote` names where it runs), so `fly ssh console -C 'rm -rf
/data'` is a recursive delete of /data on the app's machine, judged like `ssh host 'rm -rf /data'`, not an unknown
argument of a platform CLI. `ssh`, `docker/kubectl exec` and fan-out tools (ansible, pdsh, salt) are in
`shell.remote`; this table holds the rest, from each tool's own reference:

fly(1) `fly ssh console -C/--command`, `fly machine exec ID CMD`; heroku(1) `heroku run CMD`, `run:detached`;
gcloud `compute ssh [--command] [-- CMD]`, `compute tpus tpu-vm ssh`, `cloud-shell ssh --command`, `alpha/beta`;
az `vm run-command invoke --scripts`, `vmss run-command invoke --scripts`, `container exec --exec-command`, `ssh vm
-- CMD`; aws `ssm send-command --parameters commands=…`, `ecs execute-command --command`; doctl `compute ssh
--ssh-command`; hcloud `server ssh NAME CMD`; eb `ssh --command`; vagrant `ssh -c/--command`; multipass `exec NAME
-- CMD`; lxc/incus `exec NAME -- CMD`; nomad `alloc exec ALLOC CMD`; limactl `shell NAME CMD`; colima `ssh --
CMD`; docker-machine `ssh NAME CMD`; oc `rsh POD CMD`; gh `codespace ssh -- CMD`; tsh `ssh HOST CMD` (Teleport);
mosh `HOST -- CMD`; kamal `app exec CMD`; platform/upsun `ssh CMD`; ddev `exec CMD`; lando `ssh -c CMD`;
devcontainer `exec CMD`; gcloud `compute instances create/add-metadata --metadata startup-script=CMD` runs at boot.
"""

from __future__ import annotations

import json

from automode import lazyre
from automode.shell.words import shell_quote
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from automode.shell.parse import Command
    from automode.shell.remote import Lowerer
    from automode.shell.words import Word


class Shell:
    """How one subcommand takes the command it runs elsewhere (a plain class: `typing` stays off the hook path)."""

    __slots__ = ("anywhere", "cmd_opts", "decode", "rest", "target", "with_arg")

    def __init__(self, *, cmd_opts: frozenset[str] = frozenset(), target: int = 0, rest: bool = False,
                 with_arg: frozenset[str] = frozenset(), decode: str = "", anywhere: bool = False) -> None:  # fmt: skip
        self.cmd_opts = cmd_opts  # options whose value is the command line
        self.target = target  # positional words naming the machine/app/instance before the command
        self.rest = rest  # the words after the target are the command (else only after `--`)
        self.with_arg = with_arg  # other options that take a value (skipped with it)
        self.decode = decode  # how a command option's value is written: "" (a command line), "ssm", "startup"
        self.anywhere = anywhere  # the tool's own options may follow the command's words (oclif: `heroku run X -a app`)


def _fs(*words: str) -> frozenset[str]:
    return frozenset(words)


#: Options that name where (app, project, zone, region, group …), skipped wherever they appear.
_PLACE = _fs("-a", "--app", "--project", "--zone", "--region", "-r", "--profile", "--account", "--configuration",
             "-g", "--resource-group", "--subscription", "-n", "--name", "--context", "--namespace", "-s", "--select",
             "--machine", "--org", "-o", "--output", "--instance-id", "--instance-ids", "--cluster", "--task",
             "--container", "--document-name", "--targets", "--comment", "--command-id", "--ssh-key-file",
             "--ssh-flag", "--worker", "-i", "--identity-file", "-l", "--login", "-p", "--port", "--proxy",
             "-d", "--destination", "--roles", "-h", "--hosts", "-c", "--config-file", "-e", "--environment",
             "-A", "--user", "-u", "--workspace-folder", "--container-id", "--config", "--codespace", "--repo",
             "-task", "-job", "-namespace", "-region", "-address", "--env", "--size", "--type", "--timeout",
             "--remote", "--vm-name", "--instance-name", "--parameters-file", "--ssh-key", "--key")  # fmt: skip

#: (program, subcommand words) -> how it takes the command it runs elsewhere.
SHELLS: dict[tuple[str, ...], Shell] = {
    ("fly", "ssh", "console"): Shell(cmd_opts=_fs("-C", "--command")),
    ("fly", "console"): Shell(cmd_opts=_fs("-C", "--command")),
    ("fly", "machine", "exec"): Shell(target=1, rest=True),
    ("fly", "machines", "exec"): Shell(target=1, rest=True),
    ("heroku", "run"): Shell(rest=True, anywhere=True),
    ("heroku", "run:detached"): Shell(rest=True, anywhere=True),
    ("heroku", "run:inside"): Shell(target=1, rest=True, anywhere=True),
    ("gcloud", "compute", "ssh"): Shell(cmd_opts=_fs("--command"), target=1),
    ("gcloud", "compute", "tpus", "tpu-vm", "ssh"): Shell(cmd_opts=_fs("--command"), target=1),
    ("gcloud", "cloud-shell", "ssh"): Shell(cmd_opts=_fs("--command")),
    ("gcloud", "workstations", "ssh"): Shell(cmd_opts=_fs("--command"), target=1),
    ("az", "vm", "run-command", "invoke"): Shell(cmd_opts=_fs("--scripts")),
    ("az", "vm", "run-command", "create"): Shell(cmd_opts=_fs("--script")),
    ("az", "vmss", "run-command", "invoke"): Shell(cmd_opts=_fs("--scripts")),
    ("az", "container", "exec"): Shell(cmd_opts=_fs("--exec-command")),
    ("az", "containerapp", "exec"): Shell(cmd_opts=_fs("--command")),
    ("az", "ssh", "vm"): Shell(),
    ("aws", "ssm", "send-command"): Shell(cmd_opts=_fs("--parameters"), decode="ssm"),
    ("aws", "ecs", "execute-command"): Shell(cmd_opts=_fs("--command")),
    ("doctl", "compute", "ssh"): Shell(cmd_opts=_fs("--ssh-command"), target=1),
    ("hcloud", "server", "ssh"): Shell(target=1, rest=True),
    ("eb", "ssh"): Shell(cmd_opts=_fs("--command", "-c"), target=1),
    ("vagrant", "ssh"): Shell(cmd_opts=_fs("-c", "--command")),
    ("multipass", "exec"): Shell(target=1, rest=True),
    ("lxc", "exec"): Shell(target=1, rest=True),
    ("incus", "exec"): Shell(target=1, rest=True),
    ("nomad", "alloc", "exec"): Shell(target=1, rest=True),
    ("limactl", "shell"): Shell(target=1, rest=True),
    ("colima", "ssh"): Shell(),
    ("docker-machine", "ssh"): Shell(target=1, rest=True),
    ("oc", "rsh"): Shell(target=1, rest=True),
    ("gh", "codespace", "ssh"): Shell(),
    ("tsh", "ssh"): Shell(target=1, rest=True),
    ("mosh",): Shell(target=1),
    ("kamal", "app", "exec"): Shell(rest=True),
    ("platform", "ssh"): Shell(rest=True),
    ("upsun", "ssh"): Shell(rest=True),
    ("ddev", "exec"): Shell(rest=True),
    ("lando", "ssh"): Shell(cmd_opts=_fs("-c", "--command")),
    ("devcontainer", "exec"): Shell(rest=True),
    ("gcloud", "compute", "instances", "create"): Shell(cmd_opts=_fs("--metadata"), target=1, decode="startup"),
    ("gcloud", "compute", "instances", "add-metadata"): Shell(cmd_opts=_fs("--metadata"), target=1, decode="startup"),
    # Android devices: `adb [-s SERIAL] shell CMD`, `adb exec-out CMD` run CMD on the device
    ("adb", "shell"): Shell(rest=True),
    # Guests run from their host (session 23, class N3): Proxmox pct(1) `exec VMID -- CMD`, qm(1) `guest exec VMID --
    # CMD` (through the QEMU guest agent); LXC's lxc-attach(1) `-n NAME -- CMD`; OpenVZ/Virtuozzo vzctl(8) `exec|exec2
    # CTID CMD` and prlctl(8) `exec NAME CMD`; Juju `ssh UNIT CMD`, `exec --unit|--machine|--all -- CMD`; libvirt
    # virsh(1) `qemu-agent-command DOMAIN JSON` (`guest-exec` runs `path` with `arg`); VBoxManage guestcontrol `VM
    # run --exe PATH -- ARGV0 ARGS`; AWS Session Manager `start-session --document-name AWS-StartInteractiveCommand |
    # AWS-StartNonInteractiveCommand --parameters command=CMD` (docs.aws.amazon.com/systems-manager: the document
    # runs `command` in a shell on the instance); utmctl `exec VM --cmd`; orbctl `run -m MACHINE CMD`
    ("pct", "exec"): Shell(target=1),
    ("qm", "guest", "exec"): Shell(target=1, with_arg=_fs("--timeout", "--pass-stdin", "--synchronous")),
    ("lxc-attach",): Shell(with_arg=_fs("-P", "--lxcpath", "-e", "--elevated-privileges", "-s", "--namespaces",
                                        "-L", "--pty-log", "--set-var", "-v", "-f", "--rcfile", "--uid", "--gid")),
    ("vzctl", "exec"): Shell(target=1, rest=True),
    ("vzctl", "exec2"): Shell(target=1, rest=True),
    ("prlctl", "exec"): Shell(target=1, rest=True),
    ("juju", "ssh"): Shell(target=1, rest=True, with_arg=_fs("-m", "--model", "--proxy", "--pty", "--container")),
    ("juju", "exec"): Shell(with_arg=_fs("-m", "--model", "--unit", "--machine", "--application", "--timeout",
                                         "--format", "--execution-group", "--operator")),
    ("juju", "run"): Shell(target=1, rest=True, with_arg=_fs("-m", "--model", "--unit", "--machine", "--application",
                                                            "--timeout", "--format", "--params", "--string-args")),
    ("virsh", "qemu-agent-command"): Shell(target=1, rest=True, decode="qga",
                                           with_arg=_fs("--timeout", "-c", "--connect")),
    ("vboxmanage", "guestcontrol"): Shell(target=1, decode="vbox", rest=True,
                                          with_arg=_fs("--username", "--password", "--passwordfile", "--domain")),
    ("aws", "ssm", "start-session"): Shell(cmd_opts=_fs("--parameters"), decode="ssm"),
    ("utmctl", "exec"): Shell(target=1, cmd_opts=_fs("--cmd")),
    ("adb", "exec-out"): Shell(rest=True),
    # Session 24 (O4): more ways in. crictl(1) `exec [-i -t -s] CONTAINER CMD` (CRI containers, kubernetes.io
    # "crictl"); containerd's ctr `task exec --exec-id ID CONTAINER CMD`; Eternal Terminal et(1) `HOST -c CMD`;
    # HashiCorp Boundary `connect ssh -target-id T -- ARGS` (the extra words go to ssh after the host: its command);
    # Railway `ssh [-s SERVICE] [-e ENV] -- CMD`; Render `ssh SERVICE -- CMD`
    ("crictl", "exec"): Shell(target=1, rest=True, with_arg=_fs("--timeout", "--transport")),
    ("ctr", "task", "exec"): Shell(target=1, rest=True, with_arg=_fs("--exec-id", "--user", "--cwd", "--fifo-dir",
                                                                   "--log-uri", "--env")),
    ("ctr", "t", "exec"): Shell(target=1, rest=True, with_arg=_fs("--exec-id", "--user", "--cwd", "--fifo-dir",
                                                                "--log-uri", "--env")),
    ("et",): Shell(cmd_opts=_fs("-c", "--command"), target=1, with_arg=_fs("-t", "--tunnel", "-r", "--reversetunnel",
                                                                          "--jumphost", "--jport", "--serverfifo")),
    ("boundary", "connect", "ssh"): Shell(with_arg=_fs("-target-id", "-target-name", "-target-scope-id",
                                                       "-target-scope-name", "-host-id", "-username", "-style",
                                                       "-addr", "-listen-addr", "-listen-port", "-authz-token")),
    ("railway", "ssh"): Shell(with_arg=_fs("--service", "--environment", "--project")),
    ("render", "ssh"): Shell(target=1),
    # CLIs whose own global option or alias sends the whole command elsewhere: `wp --ssh=user@host/path CMD`,
    # `wp @prod CMD`, `drush @prod CMD`, `drush --uri=… --ssh-options …` (wp-cli "Running commands remotely", Drush
    # site aliases): the same command, run on that host
    ("wp",): Shell(cmd_opts=_fs("--ssh"), decode="self"),
    ("drush",): Shell(decode="self"),
}  # fmt: skip
SHELLS[("VBoxManage", "guestcontrol")] = SHELLS[("vboxmanage", "guestcontrol")]
for _k in [k for k in SHELLS if k[0] == "fly"]:
    SHELLS[("flyctl", *_k[1:])] = SHELLS[_k]
for _k in [k for k in SHELLS if k[0] == "gcloud" and k[1] != "alpha"]:
    SHELLS[("gcloud", "beta", *_k[1:])] = SHELLS[("gcloud", "alpha", *_k[1:])] = SHELLS[_k]
#: Options of `_PLACE`'s spelling that are flags for a program (`adb -d`: the USB device, `adb -e`: the emulator).
_FLAGS: dict[str, frozenset[str]] = {"adb": _fs("-d", "-e", "-a"), "crictl": _fs("-i", "-t", "-s", "-it"),
                                     "ctr": _fs("-t", "-d", "--tty", "--detach")}
#: The programs the lowerer hands to `lower` (the first word of a key).
PROGRAMS = frozenset(k[0] for k in SHELLS)
_DEPTH = max(len(k) for k in SHELLS)
_SSM_ITEM = lazyre.compile(r"""["']((?:[^"'\\]|\\.)*)["']""")
_STARTUP = lazyre.compile(r"(?s)(?:^|,)\s*startup-script\s*=\s*(.*)$")


def _decode(how: str, value: str) -> list[str]:
    """The command lines an option's value holds."""
    if how == "ssm":
        # `commands=["a","b"]`, `commands=a`, `'{"commands":["a","b"]}'` (AWS-RunShellScript's parameter)
        try:
            data = json.loads(value)
        except ValueError:
            data = None
        if isinstance(data, dict):
            got = data.get("commands", data.get("command"))
            return [c for c in (got if isinstance(got, list) else [got]) if isinstance(c, str)]
        # (`command=CMD`: AWS-StartInteractiveCommand / AWS-StartNonInteractiveCommand's one parameter)
        m = _SSM_KEY.search(value)
        if m is None:
            return []
        body = value[m.end() :]
        items = _SSM_ITEM.findall(body)
        return [i.replace('\\"', '"') for i in items] if items else [body.strip().strip("[]")]
    if how == "startup":
        m = _STARTUP.search(value)
        return [m.group(1)] if m else []
    if how == "qga":
        return _qga(value)
    if how == "vbox":
        return _vbox(value)
    return [value]


#: QEMU guest agent commands (qemu.org/docs "QEMU Guest Agent Protocol Reference") -> the command line that does the
#: same act in the guest; `guest-exec` runs `path` with `arg` (the others are filled from their arguments).
QGA: dict[str, str] = {
    "guest-set-user-password": "usermod --password {password} {username}",
    "guest-shutdown": "shutdown -h now",
    "guest-suspend-disk": "systemctl hibernate",
    "guest-fsfreeze-freeze": "fsfreeze --freeze /",
    "guest-ssh-add-authorized-keys": "tee -a /home/{username}/.ssh/authorized_keys",
    "guest-ssh-remove-authorized-keys": "ssh-keygen -R {username}",
    "guest-file-open": "touch {path}",
}


def _qga(value: str) -> list[str]:
    """`virsh qemu-agent-command DOM '{"execute":"guest-exec","arguments":{"path":"/bin/rm","arg":["-rf","/x"]}}'`."""
    try:
        data = json.loads(value)
    except ValueError:
        return []
    if not isinstance(data, dict) or not isinstance(data.get("execute"), str):
        return []
    raw = data.get("arguments")
    args: dict[str, object] = raw if isinstance(raw, dict) else {}
    name = data["execute"]
    if name == "guest-exec":
        path, argv = args.get("path"), args.get("arg", [])
        if not isinstance(path, str) or not isinstance(argv, list):
            return []
        return [" ".join(shell_quote_text(str(x)) for x in (path, *argv))]
    form = QGA.get(name)
    if form is None:
        return []
    if name == "guest-file-open" and str(args.get("mode", "r"))[:1] not in ("w", "a"):
        return []
    return [form.format_map(_Missing({k: shell_quote_text(str(v)) for k, v in args.items()}))]


class _Missing(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "x"


def _vbox(value: str) -> list[str]:
    """`VBoxManage guestcontrol VM run --exe /bin/rm --username u -- rm -rf /home`: the program (`--exe`, else the
    first word after `--`) with the words after its argv[0]."""
    import shlex

    try:
        words = shlex.split(value)
    except ValueError:
        return []
    if not words or words[0] not in ("run", "start", "execute", "exec"):
        return []
    exe = ""
    tail: list[str] = []
    i = 1
    while i < len(words):
        w = words[i]
        if w == "--":
            tail = words[i + 1 :]
            break
        if w in ("--exe", "--image") and i + 1 < len(words):
            exe = words[i + 1]
        i += 2 if w in _VBOX_WITH_ARG else 1
    argv = [exe, *tail[1:]] if exe else tail
    return [" ".join(shell_quote_text(x) for x in argv)] if argv and argv[0] else []


_VBOX_WITH_ARG = frozenset({"--exe", "--image", "--username", "--password", "--passwordfile", "--domain", "--putenv",
                            "-E", "--timeout", "--cwd", "--profile", "--arg0"})  # fmt: skip
_SSM_KEY = lazyre.compile(r"(?:^|[\s,{])commands?=")


def shell_quote_text(v: str) -> str:
    import shlex

    return shlex.quote(v)


def _elsewhere(cmd: Command, spec: Shell) -> tuple[str, str] | None:
    """(host, the command without what sends it there) for a CLI whose option (anywhere: wp-cli's global flags may
    follow the subcommand) or leading `@alias` runs it elsewhere."""
    argv = cmd.argv
    for i, w in enumerate(argv[1:], 1):
        name, eq, glued = w.value.partition("=")
        if name in spec.cmd_opts:
            host = glued if eq else (argv[i + 1].value if i + 1 < len(argv) else "")
            return host.split("/", 1)[0] or "remote", _line([*argv[:i], *argv[i + (1 if eq else 2) :]])
    first = next((i for i, w in enumerate(argv[1:], 1) if not w.value.startswith("-")), None)
    if first is not None and argv[first].value.startswith("@") and len(argv[first].value) > 1:
        return argv[first].value[1:], _line([*argv[:first], *argv[first + 1 :]])
    return None


def _spec_at(cmd: Command) -> tuple[Shell | None, int, list[str]]:
    """(how the command takes what it runs elsewhere, where its arguments start, its subcommand path): the subcommand
    words, with the options before them that name where (`gcloud --project p compute ssh`)."""
    words = [w.value for w in cmd.argv]
    path: list[str] = [cmd.name]
    i = 1
    spec: Shell | None = SHELLS.get((cmd.name,))
    start = 1
    while i < len(words) and len(path) < _DEPTH:
        v = words[i]
        if v.startswith("-"):
            i += 2 if v in _PLACE and "=" not in v and v not in _FLAGS.get(cmd.name, ()) else 1
            continue
        path.append(v)
        i += 1
        if tuple(path) in SHELLS:
            spec, start = SHELLS[tuple(path)], i
    return spec, start, path


def carried_options(cmd: Command) -> frozenset[str]:
    """The options whose value this table already lowered as the command run elsewhere (`gcloud compute ssh
    --command`, `aws ecs execute-command --command`, `az vm run-command invoke --scripts`): the generic reader of
    command-carrying options (`knowledge.carriers.carried`) leaves them alone, so the far command is extracted once,
    on its host, and not a second time as if it ran here."""
    if cmd.name not in PROGRAMS:
        return frozenset()
    spec = _spec_at(cmd)[0]
    return spec.cmd_opts if spec is not None and spec.decode != "self" else frozenset()


def lower(lw: Lowerer, cmd: Command, nesting: int) -> None:
    """Lower the command a platform or cloud CLI runs elsewhere, as a remote command."""
    own = SHELLS.get((cmd.name,))
    if own is not None and own.decode == "self":
        got = None if cmd.remote is not None else _elsewhere(cmd, own)
        if got is not None:
            lw.source(got[1], via=(*cmd.via, cmd.name), privileged=cmd.privileged, remote=f"{cmd.name}:{got[0]}",
                      nesting=nesting + 1, cwd=None)  # fmt: skip
        return
    spec, start, path = _spec_at(cmd)
    if spec is None:
        return
    args = cmd.argv[start:]
    texts: list[str] = []
    pos: list[str] = []
    where = ""
    j = 0
    while j < len(args):
        w = args[j]
        v = w.value
        if v == "--":
            tail = args[j + 1 :]
            if tail:
                texts.append(_line(tail))
            break
        name, eq, glued = v.partition("=") if v.startswith("-") else (v, "", "")
        if v.startswith("-") and len(v) > 1:
            if name in spec.cmd_opts:
                value = glued if eq else (args[j + 1].value if j + 1 < len(args) else "")
                if not w.dynamic and not (not eq and j + 1 < len(args) and args[j + 1].dynamic):
                    texts += _decode(spec.decode, value)
                j += 1 if eq else 2
                continue
            if name in ("-a", "--app", "--instance-id", "--instance-ids", "--name", "-n", "--vm-name", "--targets") and not where:
                where = glued if eq else (args[j + 1].value if j + 1 < len(args) else "")
            own_flag = name in _FLAGS.get(cmd.name, ())  # (`crictl exec -i -t C CMD`: flags, not `-i FILE`)
            j += 2 if ((name in _PLACE and not own_flag) or name in spec.with_arg) and not eq else 1
            continue
        if len(pos) < spec.target:
            pos.append(v)
            j += 1
            continue
        if spec.rest:
            tail, named = _own_options_out(args[j:]) if spec.anywhere else (list(args[j:]), "")
            # (`virsh qemu-agent-command DOM JSON`, `VBoxManage guestcontrol VM run …`: the words hold the command)
            if spec.decode == "qga":
                texts += _decode("qga", tail[0].value) if tail and not tail[0].dynamic else []
            else:
                texts += _decode(spec.decode, _line(tail)) if spec.decode == "vbox" else [_line(tail)]
            where = where or named
            break
        j += 1
    label = " ".join(path)
    host = f"{cmd.name}:{(pos[0] if pos else where) or 'remote'}"
    for text in texts:
        if text.strip():
            lw.source(text, via=(*cmd.via, label), privileged=cmd.privileged, remote=host, nesting=nesting + 1,
                      cwd=None)  # fmt: skip


def _own_options_out(tail: Sequence[Word]) -> tuple[list[Word], str]:
    """The command's words without the tool's own place options among them (`heroku run rake db:seed -a app`), and
    the app those options name."""
    out: list[Word] = []
    app = ""
    k = 0
    while k < len(tail):
        w = tail[k]
        if k and w.value in _PLACE:
            if w.value in ("-a", "--app") and k + 1 < len(tail):
                app = tail[k + 1].value
            k += 2
            continue
        out.append(w)
        k += 1
    return out, app


def _line(tail: Sequence[Word]) -> str:
    """Words of a command as shell text; one word with spaces is a command line the tool hands to a shell."""
    if tail and " " in tail[0].value.strip():
        return " ".join([tail[0].value, *(shell_quote(w) for w in tail[1:])])
    return " ".join(shell_quote(w) for w in tail)
