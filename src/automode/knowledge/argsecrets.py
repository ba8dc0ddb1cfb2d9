"""Secret files handed to programs whose arguments are not files (issue 10, point 4; session 14 class E2).

A program whose table says its positional words are not paths (`args = "none"`: hosts, keys, database names) still
reads a file it is pointed at through an option (`fping -f FILE`, `nft -f FILE`, `dmesg -F FILE`, `ltrace -F FILE`,
`apache2ctl -c 'Include FILE'`), an address form (`socat file:FILE`, `open:FILE`), or an absolute path where a name
was expected (`man /etc/shadow`, `sysctl -n /../../etc/shadow`): each prints or parses the file, and its errors quote
it. Any secret path among such words is a read of that secret, like `cat` of it. Relative words stay names (a host
called `id_rsa.example` is not a key file); programs that only look at metadata (`args = "meta"`) are not read here.

Sources: fping(8) `-f`, nft(8) `-f`, dmesg(1) `-F`, ltrace(1) `-F`, apachectl(8) `-c`/`-C`, socat(1) address types
`FILE:`/`OPEN:`/`GOPEN:`/`CREATE:`, man(1) (a path argument is a page to format), sysctl(8) (a key is a path under
/proc/sys), the public GTFOBins catalogue ("File read").
"""

from __future__ import annotations

from collections.abc import Iterator

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.effects import Effect
    from automode.shell.commands import Env
    from automode.shell.parse import Command

#: Address prefixes that name a file (socat, and `@file` of many tools).
_FILE_PREFIX = lazyre.compile(r"(?i)^(?:file|open|gopen|create|pipe|readline|unix-connect|exec:cat\s+)[:=]")
#: Absolute or home paths inside a longer value (`Include /etc/shadow`, `$(file </etc/shadow)`).
_INNER_PATH = lazyre.compile(r"(?:^|[\s<>(\"'=,{])((?:/|~/)[^\s<>()\"',;{}|]+)")
#: Option names whose value is a credential the program uses without showing it (`--vault-password-file`,
#: `--identity`, `--key-file`, `--cert`).
_USE_OPT = lazyre.compile(r"(?i)^--?[\w-]*(?:pass(?:word|wd)?|key|identity|cert|credential|token|secret|auth)[\w-]*$")
#: Option names whose value is text for people (a path in it is mentioned, not opened).
_TEXT_OPT = lazyre.compile(r"(?i)^--?(?:m|message|msg|body|title|comment|description|desc|subject|summary|text|note|"
                           r"reason|label|format|grep|pattern|regex|search|query|match)$")


def secrets(cmd: Command, env: Env, inner_only: bool = False) -> Iterator[Effect]:
    """Secret reads among the words of a program whose positional words are not files. `inner_only`: only paths
    inside longer values and address forms (a program no table knows: its plain words are read elsewhere)."""
    from automode.effects import Effect
    from automode.paths import classify

    prev = ""
    for w in cmd.argv[1:48]:
        v = w.value
        after = prev
        prev = v if v.startswith("-") and "=" not in v else ""
        if w.dynamic or not v or (after and (_TEXT_OPT.match(after) or _USE_OPT.match(after))):
            continue
        if v.startswith("-"):
            if "=" not in v or _TEXT_OPT.match(v.partition("=")[0]) or _USE_OPT.match(v.partition("=")[0]):
                continue
            v = v.partition("=")[2]
        bare = _FILE_PREFIX.sub("", v).lstrip("@")
        if inner_only and bare == v and " " not in v:
            continue
        v = bare
        cands = [v] if v.startswith(("/", "~/")) and " " not in v else [m.group(1) for m in _INNER_PATH.finditer(v)]
        for c in cands[:8]:
            info = classify(c, cmd.cwd or env.root, env.home, env.root)
            if info.cls == "secret":
                yield Effect("read", info.path, "secret", detail=cmd.text[:200], origin="argument", via=cmd.via)
                break


def code_secrets(code: str, cmd: Command, env: Env) -> Iterator[Effect]:
    """A secret path written as a literal in inline code of any language (`php -r 'readfile("/etc/shadow");'`,
    `julia -e 'open("/etc/shadow")'`, `make --eval '$(file </etc/shadow)'`, `latex '\\verbatiminput{/etc/shadow}'`):
    code that names a secret file opens it."""
    if "/" not in code:
        return
    from automode.effects import Effect
    from automode.paths import classify

    for m in list(_INNER_PATH.finditer(code))[:16]:
        info = classify(m.group(1).rstrip("}]"), cmd.cwd or env.root, env.home, env.root)
        if info.cls == "secret":
            yield Effect("read", info.path, "secret", detail=cmd.text[:200], origin="argument", via=cmd.via)
            return


#: socat addresses that name a file it writes: `CREATE:`, or `OPEN:`/`GOPEN:` with the `creat`/`append`/`trunc` option.
_WRITE_ADDR = lazyre.compile(r"(?i)^(?:create:([^,]+)|(?:open|gopen):([^,]+),(?:[^,]*,)*(?:creat|o-creat|append|trunc|o-trunc)\b)")


def address_writes(cmd: Command, env: Env) -> Iterator[Effect]:
    """Files a relay writes through its address words (`socat -u TCP:h:p OPEN:~/.bashrc,creat`, `CREATE:/x`)."""
    from automode.shell.words import Word

    for w in cmd.argv[1:16]:
        m = _WRITE_ADDR.match(w.value) if not w.dynamic else None
        if m is not None:
            p = m.group(1) or m.group(2)
            yield env.file("write", Word(p, p), cmd, origin="option")


#: Fixtures (tests/knowledge/test_argsecrets.py): commands and whether a secret read is found.
FIXTURES = [("fping -f /etc/shadow", True), ("nft -f /etc/shadow", True), ("dmesg -rF /etc/shadow", True),
            ("man /etc/shadow", True), ("sysctl -n /../../etc/shadow", True), ("socat -u file:/etc/shadow -", True),
            ("apache2ctl -c 'Include /etc/shadow'", True), ("ltrace -F /etc/shadow /dev/null", True),
            ("fping -f hosts.txt", False), ("nft list ruleset", False), ("man 5 shadow", False),
            ("sysctl -n net.ipv4.ip_forward", False), ("socat - TCP:localhost:80", False),
            ("journalctl --grep /etc/shadow", False), ("ping -c 1 example.com", False),
            ("ansible-vault rekey --vault-password-file ~/.vault-pass group_vars/prod/vault.yml", False)]  # fmt: skip
