"""Root privilege as the user asks for it (AM-SEC-005): `sudo` is how a routine system command runs, not what it does.

Only the commands of `ROUTINE_ROOT` are released: system administration whose whole effect is on the command line
and modelled elsewhere (a package manager installing or removing named packages, a service manager starting or
restarting a named unit, a kernel parameter, a firewall rule). For those the user settles the *how* in two ways: by
granting root in so many words ("you can use sudo", "sudo is fine here"), or by asking for the very act with its
object ("install glslc and spirv-tools from apt", "restart the tile-renderer service", "raise max_user_watches to
524288"). A command outside the table keeps the ask whatever was said: root around a fleet runner (`salt '*'
cmd.run …`), a shell, or a tool automode cannot see into is what the ask is for (the general reading still applies:
the user names root and the object, "create the link as root"). What the wrapped command does is
still judged by its own rules, which a request must settle too: no system file write, no control turned off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from automode import lazyre

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

#: (the user's verb classes that release it, the names a request must use for one of its parts, words the request
#: must contain); no verb classes: nothing releases it. `facts.target` makes the Target of it.
Routine = tuple[frozenset[str], tuple[str, ...], frozenset[str]]
#: Path classes whose change no request releases (`releases.UNRELEASABLE_CLASSES`).
_UNRELEASABLE = frozenset({"system", "critical", "device"})

INSTALL = frozenset({"install"})  # "add ffmpeg to the Dockerfile" asks for no install here (`says` below)
SERVICE = frozenset({"kill", "restart", "deploy"})
CHANGE = frozenset({"update", "create", "delete"})
#: program -> {first positional word (`*`: any, `-w`: that option) -> the user's verb classes that ask for it}
ROUTINE_ROOT: dict[str, dict[str, frozenset[str]]] = {
    **{pm: {"install": INSTALL, "update": INSTALL, "remove": CHANGE, "purge": CHANGE} for pm in ("apt", "apt-get", "aptitude")},
    **{pm: {"install": INSTALL, "remove": CHANGE, "erase": CHANGE} for pm in ("dnf", "yum", "zypper", "microdnf")},
    # a vendor's signing key imported for the packages the user asked for (its trust is judged by `intent.trusted`)
    "rpm": {"--import": INSTALL}, "rpmkeys": {"--import": INSTALL}, "apt-key": {"add": INSTALL},
    "apk": {"add": INSTALL, "del": CHANGE},
    # dpkg's removal is an option (`dpkg -r`, `-P`); `-i` installs a local file nobody vetted: not here
    "dpkg": {"-r": CHANGE, "--remove": CHANGE, "-P": CHANGE, "--purge": CHANGE}, "pacman": {"-S": INSTALL, "-Syu": INSTALL, "-R": CHANGE},
    "snap": {"install": INSTALL, "remove": CHANGE}, "flatpak": {"install": INSTALL, "uninstall": CHANGE},
    "port": {"install": INSTALL}, "pkg": {"install": INSTALL}, "emerge": {"*": INSTALL},
    "systemctl": {**{v: SERVICE for v in ("start", "stop", "restart", "reload", "try-restart", "reload-or-restart", "status")},
                  "disable": frozenset({"skip", "kill"})},  # "disable the legacy-sync service"
    "service": {"*": SERVICE}, "rc-service": {"*": SERVICE},
    "sysctl": {"-w": CHANGE}, "ufw": {"allow": CHANGE, "status": CHANGE},
    # SELinux labels and booleans (semanage(8), restorecon(8), chcon(1), setsebool(8)): "fix it without turning
    # selinux off" asks for the label, which changes no file's content; `setenforce 0` is not here
    "semanage": {"fcontext": CHANGE, "port": CHANGE, "boolean": CHANGE}, "restorecon": {"*": CHANGE},
    "chcon": {"*": CHANGE}, "setsebool": {"*": CHANGE},
    # a group membership added (`usermod -aG docker $USER`, `gpasswd -a me docker`; `-G` without `-a` replaces them)
    "usermod": {"-aG": CHANGE, "-a": CHANGE, "-Ga": CHANGE, "-L": CHANGE, "--lock": CHANGE, "-rG": CHANGE, "-r": CHANGE},
    "gpasswd": {"-a": CHANGE, "-d": CHANGE, "--delete": CHANGE},  # (-d: a member taken out, `knowledge.member_forms`)
    # an account locked or its validity ended (usermod(8) -L, passwd(1) -l, chage(1) -E): "lock pnovak's account"
    "passwd": {"-l": CHANGE, "--lock": CHANGE}, "chage": {"-E": CHANGE, "--expiredate": CHANGE},
    "dseditgroup": {"edit": CHANGE},
    # storage and backup administration a user names by the program's own verb and its object (session 26, Q2):
    # one snapshot, one volume, one backup set; zfs(8), zpool(8), lvm(8), snapper(8), timeshift, tmutil(8),
    # certbot, nix-collect-garbage(8), and the backup tools run as root or the database user (wal-g, pgBackRest,
    # borg, restic). What each removes is judged by its own rules and the words (`intent.verb_said`).
    "zfs": {v: CHANGE for v in ("destroy", "snapshot", "rollback", "create", "rename", "set", "inherit", "hold",
                                "release", "mount", "unmount", "promote")},
    "zpool": {v: CHANGE for v in ("scrub", "clear", "trim", "online", "offline")},
    **{lv: {"*": CHANGE} for lv in ("lvremove", "lvcreate", "lvextend", "lvresize", "lvrename", "vgcfgbackup")},
    "snapper": {v: CHANGE for v in ("delete", "create", "cleanup", "undochange", "rm")},
    "timeshift": {"--delete": CHANGE, "--create": CHANGE, "--delete-all": frozenset()},
    "tmutil": {v: CHANGE for v in ("deletelocalsnapshots", "delete", "localsnapshot", "thinlocalsnapshots")},
    "certbot": {v: CHANGE for v in ("revoke", "delete", "renew", "certonly")},
    "nix-collect-garbage": {"*": CHANGE},
    "wal-g": {v: CHANGE for v in ("delete", "backup-push")}, "pgbackrest": {"expire": CHANGE, "backup": CHANGE},
    "borg": {v: CHANGE for v in ("prune", "compact", "delete", "create")},
    "restic": {v: CHANGE for v in ("forget", "prune", "backup", "unlock")},
}  # fmt: skip
#: The storage and backup programs above (session 26): root for them is released by the act said (`verb_said.
#: root_said`); package managers and services keep their own reading here (an object said as a kind only, "install
#: a package" for `apt install package`, names nothing: tldr's apt/zypper/port records moved away at landing).
ROOT_BY_VERB = frozenset({"zfs", "zpool", "lvremove", "lvcreate", "lvextend", "lvresize", "lvrename", "vgcfgbackup",
                          "snapper", "timeshift", "tmutil", "certbot", "nix-collect-garbage", "wal-g", "pgbackrest",
                          "borg", "restic"})  # fmt: skip
#: Programs that change only the security labels of the paths they are given: a system path is labelled, not written.
LABELLERS = frozenset({"semanage", "restorecon", "chcon", "setsebool"})
SHELLS = frozenset({"bash", "sh", "zsh", "dash", "fish", "ksh", "csh", "tcsh", "su", "login"})
INSTALL_WORDS = frozenset({"install", "installs", "installed", "installing", "sudo", "doas"})
#: Nouns that say which kind of thing, not which one ("install a package", `apt install package`).
KIND_ONLY = frozenset({"package", "packages", "module", "modules", "service", "unit", "name", "bundle", "program"})
#: The user keeping root for themselves, in any message: then no request releases it ("don't use sudo", "no sudo",
#: "without root", "sudo is not needed"). Read here because the request reader has no boundary on privilege.
_NO_ROOT = lazyre.compile(r"\b(?:don'?t|do\s+not|never|no|without|avoid|not)\s+(?:\w+\s+){0,3}?(?:sudo|doas|root|as\s+root)\b|"
                          r"\b(?:sudo|root)\b[^.;,!?]{0,30}\b(?:not|isn'?t|never|no)\b")  # fmt: skip


def privilege_target(a: Analysis) -> Routine | None:
    """The target of a routine command run as root; None when one of them is not routine (then only the general
    reading applies: the user names root and the command's object, "… as root")."""
    never: Routine = (frozenset(), (), frozenset())
    root = [c for c in a.commands if c.privileged and not c.remote]
    if any(c.name in SHELLS or not c.name or c.name.startswith("-") for c in root):
        return never  # a root shell (`sudo -s`, `sudo su -`): what it will run is not on the command line
    if not all(_routine(c) is not None for c in root):
        return None
    if lazyre.any_searched(_NO_ROOT, lazyre.lower_each(tuple(a.ctx.user_messages))):  # (once per session)
        return never
    if any(e.kind in ("delete", "write", "chmod") and e.pclass in _UNRELEASABLE for e in a.effects):
        return never  # root used to change the system's own files: no request settles that here
    kinds: list[str] = []
    verbs = {"privilege"}
    for cmd in a.commands:
        if not cmd.privileged or cmd.remote:
            continue
        acts = _routine(cmd) or frozenset()
        if any(v not in ("sudo", "doas", "tmux send-keys") for v in cmd.via) or (cmd.name not in LABELLERS and _system_path(cmd, a)) \
                or ("tmux send-keys" in cmd.via and not pane_said(a)):
            return never  # through another wrapper or a shell, or given a system path (keys typed into a pane: the
            # command itself, session 28)
        verbs |= acts
        kinds += [v for v in cmd.via if v in ("sudo", "doas")]  # the grant names the wrapper: "you can use sudo"
        kinds.append(cmd.name)
        if cmd.name in LABELLERS:
            kinds.append("selinux")  # named by what it is: "fix the selinux labels", "…without turning selinux off"
        kinds += [o for o in _objects(cmd) if len(o) >= 3 and o.lower() not in KIND_ONLY]
    says = INSTALL_WORDS if verbs & INSTALL else frozenset()
    return frozenset(verbs), tuple(dict.fromkeys(kinds)), says


def _objects(cmd: Command) -> list[str]:
    """What the command acts on, as a user names it: its operands and option values, not its verbs."""
    from automode.judge.intent.text import VERB_WORDS

    out: list[str] = []
    for w in cmd.argv[1:]:
        v = w.value
        if w.dynamic or not v or v.lower() in VERB_WORDS:
            continue
        if v.startswith("-"):
            if "=" in v:
                out.append(v.split("=", 1)[1])
            continue
        out.append(v)
    return out


def _routine(cmd: Command) -> frozenset[str] | None:
    table = ROUTINE_ROOT.get(cmd.name)
    if table is None:
        from automode.knowledge.member_forms import removed

        return CHANGE if removed([w.value for w in cmd.argv]) else None  # named members out of a group
    first = next((x for x in cmd.args if not x.startswith("-") or x in table), "")
    return table.get(first) or table.get("*")


def _system_path(cmd: Command, a: Analysis) -> bool:
    from automode.knowledge.programs import _pathlike
    from automode.paths import classify

    for w in cmd.argv[1:]:
        v = w.value.partition("=")[2] if w.value.startswith("-") and "=" in w.value else w.value
        if w.dynamic or not _pathlike(v):
            continue
        if classify(v, cmd.cwd or a.cwd, a.ctx.home, a.root).cls in ("system", "critical", "secret", "protected", "device"):
            return True
    return False


#: A group membership added: (program, the option or word that adds, where the account is: "after" the group list
#: for usermod, "first" operand for gpasswd -a USER GROUP and adduser USER GROUP).
_MEMBER_ADDS = {"usermod": ("-aG", "-a", "-Ga"), "gpasswd": ("-a",), "adduser": (), "addgroup": (), "dseditgroup": ("-a",)}
#: The session's own account as a command spells it (the shell reads `$USER` as the placeholder `user`).
_OWN = lazyre.compile(r"\$\{?(?:USER|LOGNAME)\}?|\$\((?:whoami|id\s+-un)\)|`(?:whoami|id\s+-un)`")


def own_membership(a: Analysis) -> bool:
    """Every command adds the session's own account (`$USER`, `$(whoami)`, the home's name) to groups: the user's
    "add me to the docker group" is about their own account, which they may settle in words (the group must still
    be named, as the target's object)."""
    text = str(a.action.input.get("command") or "") if isinstance(a.action.input, dict) else ""
    own = {a.ctx.home.rstrip("/").rsplit("/", 1)[-1].lower()} - {"", "root"}
    if _OWN.search(text):
        own.add("user")
    cmds = [c for c in a.commands if c.name not in ("whoami", "id")]
    if not cmds or not own:
        return False
    for c in cmds:
        if c.name not in _MEMBER_ADDS:
            return False
        args = [w.value.lower() if not w.dynamic or not _OWN.fullmatch(w.value) else "user" for w in c.argv[1:]]
        if c.name == "usermod":
            if not any(x in ("-ag", "-a", "-ga") for x in args):
                return False
            who = [x for x in args if not x.startswith("-")][-1:]
        elif c.name == "dseditgroup":
            who = [args[i + 1] for i, x in enumerate(args[:-1]) if x == "-a"]
        else:
            ops = [x for x in args if not x.startswith("-")]
            if c.name == "gpasswd" and "-a" in args:
                who = [args[args.index("-a") + 1]] if args.index("-a") + 1 < len(args) else []
            elif c.name in ("adduser", "addgroup") and len(ops) == 2:
                who = ops[:1]
            else:
                return False
        if not who or any(w not in own for w in who):
            return False
    return True


def pane_said(a: Analysis) -> bool:
    """Every `tmux send-keys -t PANE` of the action types into a pane the user's words name ("tmux ops:1") the command
    they dictate ("send 'systemctl restart worker'"; root to run it is how it runs there)."""
    from automode.judge.intent.verb_bounds import _said

    low = "\n".join(a.ctx.user_messages).lower()
    panes = [x for c in a.commands if c.name == "tmux" and not c.via for i, x in enumerate(c.args[1:])
             if c.args[i] == "-t"]
    if not panes or not all(_said(p.lower(), low) for p in panes):
        return False
    typed = [c for c in a.commands if "tmux send-keys" in c.via]  # (and the keys are the ones the words dictate)
    return bool(typed) and all(" ".join(w.value for w in c.argv).lower() in low for c in typed)
