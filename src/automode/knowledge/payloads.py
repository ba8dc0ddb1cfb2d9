"""What a send carries when the words of the request do not show it (issue 10, session 10: class C1 exfil).

A request's body is often another command's output or a file written a moment before: `cat F | curl -d @-`,
`curl -F f=@F`, `gitleaks ... --report-path R && curl --data @R`, `tar czf - . | curl --data-binary @-`. Three kinds of
payload are secrets whatever their names say:

* an application's private data under the home directory (`~/.config/<app>`, `~/Library/Application Support/<app>`,
  `~/.local/share`, `AppData`): saved sessions, licences, vault keys, tokens (`APP_DATA`);
* the report of a secret scanner: it lists every secret found, in the clear (`SCANNER_REPORTS`; sources: gitleaks
  `--report-path`/`-r`, trufflehog and noseyparker write to standard output or `--output`, ggshield `--output`,
  kingfisher `--output`, whispers `--output`; detect-secrets' baseline holds hashes only and is not listed);
* the whole project (or home, or `/`) archived to standard output (`tar czf - .`, `zip -r - .`) with nothing that
  leaves its secret files out (`knowledge.sends.leaves_out_secrets`).

A token read into a header (`-H "Authorization: Bearer $(cat ~/.config/x/token)"`) is the credential's use, judged by
where it goes (AM-EXFIL-015), not a payload.
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect
    from automode.shell.parse import Command

#: MCP tool names (snake case) that upload, share or send the files their arguments name.
SENDING_TOOL = lazyre.compile(r"(?:^|_)(?:upload|uploads|put_object|put_file|share|send|publish|attach|transfer|sync|"
                              r"copy_to|export|files_upload|create_file|add_file)(?:_|$)")
#: Programs that send what they are given on standard input or as `@file`.
SENDERS = frozenset({"curl", "wget", "http", "https", "xh", "nc", "ncat", "netcat", "socat", "telnet"})
#: Secret scanners and the options naming the report they write (standard output is always theirs too).
SCANNER_REPORTS: dict[str, tuple[str, ...]] = {
    "gitleaks": ("--report-path", "-r"), "trufflehog": ("--output",), "noseyparker": ("--output", "-o"),
    "ggshield": ("--output", "-o"), "kingfisher": ("--output", "-o"), "whispers": ("--output", "-o"),
    "secretlint": ("--output",), "gittyleaks": (), "shhgit": (), "git-secrets": (),
}  # fmt: skip
_FILE_REF = lazyre.compile(r"@([^\s;'\"]+)")


#: Where applications keep their own data under a home directory (saved connections, sessions, tokens): macOS
#: ~/Library/Application Support and the like, XDG ~/.config and ~/.local/share, Windows AppData; one application's
#: folder or the whole place (`~/.config` holds gh, gcloud, rclone and every other tool's tokens).
APP_DATA = lazyre.compile(r"/(Library/(Application Support|Preferences|Containers|Group Containers|(?!Caches|Logs|Developer|Fonts)"
                          r"[A-Z][\w ]*/config)|\.config|\.local/share|AppData/(Roaming|Local))(/[^/]+|/?$)")


def _app_data(path: str, home: str) -> bool:
    return bool(home) and path.startswith(home.rstrip("/") + "/") and APP_DATA.search(path) is not None


def _feeding(a: Analysis) -> list[Command]:
    """The commands whose output a sender reads on standard input (the pipeline before it)."""
    out: list[Command] = []
    for c in a.commands:
        if c.name not in SENDERS:
            continue
        src, hops = c.pipe_from, 0
        while src is not None and hops < 16:
            out.append(src)
            src, hops = src.pipe_from, hops + 1
    return out


def _reports(a: Analysis) -> set[str]:
    """The files secret scanners in this action write their findings to."""
    out: set[str] = set()
    for c in a.commands:
        opts = SCANNER_REPORTS.get(c.name)
        if opts is None:
            continue
        words = [w.value for w in c.argv[1:]]
        for i, w in enumerate(words):
            name, eq, val = w.partition("=")
            if name in opts:
                v = val if eq else (words[i + 1] if i + 1 < len(words) else "")
                if v:
                    out.add(v)
        for r in c.redirects:
            if r.op in (">", ">>", ">|", "&>") and r.target is not None and not r.target.dynamic:
                out.add(r.target.value)
    return out


def carried(a: Analysis, sends: list[Effect]) -> str | None:
    """What secret payload the action's sends carry, described for a reason, or None."""
    from automode.knowledge import sends as copies
    from automode.paths import resolve

    if not sends:
        return None
    feeding = _feeding(a)
    texts = {c.text[:200] for c in feeding}
    for e in a.effects:
        if e.kind == "read" and e.detail in texts and _app_data(e.target, a.ctx.home):
            return f"{e.target} (an application's private data)"
    for c in feeding:
        if c.name in SCANNER_REPORTS:
            return f"the findings of `{c.name}` (the secrets it found)"
        s = copies.sent(c) if c.name in copies.PROGRAMS else None
        if s is not None and not copies.leaves_out_secrets(s):
            for t in s.trees:
                p = resolve(t, c.cwd or a.cwd, a.ctx.home).rstrip("/") or "/"
                if p == "/" or p == a.ctx.home.rstrip("/") or a.root.rstrip("/").startswith(p):
                    return f"the whole of {t} (with whatever .env files and keys it holds)"
    reports = {resolve(r, a.cwd, a.ctx.home) for r in _reports(a)}
    for e in sends:
        for m in _FILE_REF.finditer(e.content or ""):
            p = resolve(m.group(1), a.cwd, a.ctx.home)
            if _app_data(p, a.ctx.home):
                return f"{p} (an application's private data)"
            if p in reports:
                return f"{m.group(1)}, a secret scanner's report (the secrets it found)"
    return None


#: Commands that print the whole environment or the shell history, with the options that keep them doing so.
_DUMPS: dict[str, frozenset[str] | None] = {
    "env": frozenset({"-0", "--null"}), "printenv": frozenset({"-0", "--null"}), "set": frozenset(),
    "export": frozenset({"-p"}), "declare": frozenset({"-p", "-x", "-px", "-xp"}),
    "typeset": frozenset({"-p", "-x", "-px", "-xp"}), "history": None,  # None: any arguments
}  # fmt: skip


def environment_dump(c: Command | None) -> str | None:
    """The command of `c`'s pipeline that prints the environment or history (`env`, `env | base64`), else None.
    `set -e`, `printenv HOME` and `env X=1 cmd` print nothing of the kind."""
    while c is not None:
        opts = _DUMPS.get(c.name, frozenset())
        if c.name in _DUMPS and (opts is None or all(x in opts for x in c.args)):
            return c.name
        c = c.pipe_from
    return None


def code_read(e: Effect, a: Analysis) -> str | None:
    """A file that the same inline code reads when it sends (`requests.post(url, files={'f': open('data.csv')})`,
    `fetch(url, {body: fs.readFileSync('data.csv')})`): what the send carries, or None."""
    if not e.via or e.origin != "send":
        return None
    return next((x.target for x in a.effects if x.kind == "read" and x.via == e.via and x.detail == e.detail), None)


_STDIN_SENDERS = frozenset({"nc", "ncat", "netcat", "socat", "telnet"})


def piped_secret(c: Command) -> tuple[str, str] | None:
    """(what, host) when `c` sends its standard input to a remote host (`curl -d @-`, `--data-binary @-`, `-T -`,
    `nc host port`) and a command upstream of its pipe prints a stored secret (`flows.command_secret`)."""
    from automode.hosts import is_local
    from automode.knowledge import flows
    from automode.shell.commands import url_host

    if c.pipe_from is None or c.name not in _STDIN_SENDERS | {"curl", "wget", "http", "https", "xh"}:
        return None
    args = c.args
    reads_stdin = (
        c.name in _STDIN_SENDERS
        or any(
            x.endswith("@-") or (x == "-" and i > 0 and args[i - 1] in ("-T", "--upload-file"))
            for i, x in enumerate(args)
        )
        or c.name in ("http", "https", "xh")
    )
    if not reads_stdin:
        return None
    bare = [x for x in args if not x.startswith("-")][:1] if c.name in _STDIN_SENDERS else []  # `nc -q1 host 9000`
    hosts = [url_host(x) for x in args if "://" in x] or bare
    host = next((h for h in hosts if h and not is_local(h)), None)
    if host is None:
        return None
    src: Command | None = c.pipe_from
    hops = 0
    while src is not None and hops < 8:
        s = flows.command_secret(src)
        if s is not None and flows.host_relation(s.service, host) != "own":
            return s.what, host
        src, hops = src.pipe_from, hops + 1
    return None
