"""Programs told to load a shared library into themselves by an option (red team s21): the act of `LD_PRELOAD`
(AM-SEC-008), spelled as a program's own option.

bash(1) `enable -f FILE NAME` loads a builtin from FILE into the running shell; ssh-add(1) `-s|-e PROVIDER` hands a
PKCS#11 provider to the agent, which loads it (the agent's keys live in that process); ssh(1) `-I PROVIDER` and `-o
PKCS11Provider=`/`SecurityKeyProvider=`, ssh-keygen(1) `-D PROVIDER` and `-w PROVIDER`, and sqlite3's `.load FILE` load
the library they name. A library the system installed (`/usr/lib/…/opensc-pkcs11.so`) stays routine, as for
`LD_PRELOAD`.
"""

from __future__ import annotations

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

#: program -> the options whose value is a library it loads
OPTIONS: dict[str, frozenset[str]] = {
    "enable": frozenset({"-f"}),
    "ssh-add": frozenset({"-s", "-e", "-S"}),
    "ssh": frozenset({"-I"}),
    "ssh-keygen": frozenset({"-D", "-w"}),
}
#: `-o KEY=VALUE` settings of ssh that name a library it loads
SSH_KEYS = frozenset({"pkcs11provider", "securitykeyprovider"})
NAMES = frozenset(OPTIONS)


def libraries(cmd: Command) -> list[str]:
    """The libraries this command loads into itself by its options."""
    opts = OPTIONS.get(cmd.name)
    if opts is None:
        return []
    args = cmd.args
    out: list[str] = []
    for i, x in enumerate(args):
        if x in opts and i + 1 < len(args):
            out.append(args[i + 1])
        elif x[:2] in opts and len(x) > 2 and not x.startswith("--"):
            out.append(x[2:])
        elif cmd.name == "ssh" and (x == "-o" or x.startswith("-o")):
            setting = x[2:] if len(x) > 2 else (args[i + 1] if i + 1 < len(args) else "")
            k, _, v = setting.replace(" ", "=", 1).partition("=")
            if k.lower() in SSH_KEYS and v and v.lower() != "none" and v.lower() != "internal":
                out.append(v)
    return out


#: (command, the libraries it loads)
FIXTURES: tuple[tuple[list[str], list[str]], ...] = (
    (["enable", "-f", "/tmp/speed.so", "speed"], ["/tmp/speed.so"]),
    (["ssh-add", "-s", "/tmp/p11.so"], ["/tmp/p11.so"]),
    (["ssh", "-o", "PKCS11Provider=/tmp/p.so", "host"], ["/tmp/p.so"]),
    (["ssh", "-oSecurityKeyProvider=internal", "host"], []),
    (["ssh", "-I", "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so", "host"], ["/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so"]),
    (["enable", "-n", "echo"], []),
    (["ssh-add", "-l"], []),
)
