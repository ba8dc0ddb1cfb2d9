"""File transfer programs (scp, sftp, rsync, `docker|podman|kubectl cp`): what they read, send and write, and copies
to this machine. A secret fetched from another machine or a container (`scp host:~/.ssh/id_rsa .`, `docker cp
app:/root/.aws .`) is a read of that secret, named with its host: it lands here and can leave with the next call.

A copy "to a remote host" that is this machine (`localhost`, 127.x, ::1, or a host computed at run time) is a local
file operation: `scp s.json localhost:.claude/settings.json` rewrites the agent's settings (red team, session 5).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from automode.effects import Effect
from automode.hosts import is_loopback
from automode.shell.argv import positional
from automode.shell.fileenv import Env
from automode.shell.parse import Command
from automode.shell.words import Word


def remote_path(v: str) -> bool:
    """`host:path`, `user@host:path`; not a Windows drive (`C:\\x`, `C:/x`: an upper-case letter, as Windows writes
    drives). A lower-case one-letter host is a host (red team s12: `scp ~/.ssh/id_rsa h:/tmp` read as a download)."""
    return bool(re.match(r"^([\w.${}()-]+@)?[\w.${}()\[\]-]+:(?!//)", v)) and not v.startswith("/") and not re.match(r"^[A-Z]:[\\/]|^[a-z]:\\", v)


def _split_remote(v: str) -> tuple[str, str]:
    """`user@host:path` -> (host, path); an IPv6 host is bracketed (`[::1]:path`)."""
    user, at, rest = v.partition("@")
    rest = rest if at and ":" not in user else v
    if rest.startswith("["):
        host, _, tail = rest[1:].partition("]")
        return host, tail.removeprefix(":")
    host, _, path = rest.partition(":")
    return host, path


def remote_host(v: str) -> str:
    return _split_remote(v)[0]


def _loopback(host: str, dynamic: bool) -> bool:
    """This machine (`automode.hosts`), or a host computed at run time (`$(hostname)`) that may be it."""
    return (dynamic and "$" in host) or is_loopback(host)


def _here(w: Word, path: str) -> Word:
    """The local path a loopback copy names: relative paths are relative to the home directory, as ssh's are."""
    path = path or "."
    if not path.startswith(("/", "~")):
        path = "~/" + path
    return Word(path, w.raw, w.dynamic, w.glob)


def _loopback_files(kind: str, w: Word, cmd: Command, env: Env, **kw: object) -> Iterator[Effect]:
    """`scp x localhost:.claude/settings.json` writes the agent's own settings: the local effect beside the send."""
    host, path = _split_remote(w.value)
    if _loopback(host, w.dynamic):
        yield env.file(kind, _here(w, path), cmd, **kw)


def remote_secret(host: str, path: str, w: Word, cmd: Command, env: Env, home_relative: bool = True) -> Iterator[Effect]:
    """The read of a secret on another machine or in a container, when its path has a secret's shape (classified by
    shape: `~/.ssh/id_*`, `/root/.aws`, `/etc/shadow`, a service account token); ordinary remote files yield nothing."""
    if not path or (_loopback(host, w.dynamic) and home_relative):
        return  # (a loopback copy is judged as the local file it is)
    spelt = path if path.startswith(("/", "~")) or not home_relative else "~/" + path
    local = env.file("read", Word(spelt, spelt, w.dynamic, w.glob), cmd)
    if local.pclass == "secret":
        yield Effect("read", f"{host}:{path}", "secret", detail=cmd.text[:200], via=cmd.via, origin="remote")


def scp(cmd: Command, env: Env) -> Iterator[Effect]:
    pos = positional(cmd, frozenset({"-P", "-i", "-o", "-F", "-c", "-l", "-S", "-J"}))
    if len(pos) < 2:
        return
    dest = pos[-1]
    for w in pos[:-1]:
        if remote_path(w.value):
            yield from _loopback_files("read", w, cmd, env)
            yield from remote_secret(*_split_remote(w.value), w, cmd, env)
    if remote_path(dest.value):
        for w in pos[:-1]:
            if not remote_path(w.value):
                yield env.file("read", w, cmd)
        yield Effect("network", remote_host(dest.value), detail=cmd.text[:200], origin="send", via=cmd.via,
                     content=" ".join(w.value for w in pos[:-1]))  # fmt: skip
        yield from _loopback_files("write", dest, cmd, env, origin="copy")
    else:
        yield env.file("write", dest, cmd, origin="download")


# sftp batch commands (sftp(1) "INTERACTIVE COMMANDS") and the local effect each has on a loopback host:
# (effect kind, index of the remote path among the command's arguments; -1 = the last one).
SFTP_OPS: dict[str, tuple[str, int]] = {
    "put": ("write", -1), "reput": ("write", -1), "mput": ("write", -1), "get": ("read", 0), "reget": ("read", 0),
    "mget": ("read", 0), "rm": ("delete", 0), "rmdir": ("delete", 0), "rename": ("write", -1), "ln": ("write", -1),
    "symlink": ("write", -1), "chmod": ("write", -1), "chown": ("write", -1), "mkdir": ("write", 0),
}  # fmt: skip


def sftp(cmd: Command, env: Env) -> Iterator[Effect]:
    """sftp's destination is its first operand; with a loopback host, the batch on stdin (`<<<`, heredoc, `-b -`)
    is what it does to local files. A batch file (`-b file`) is code the action loads (the `exec` effect of its
    option table), judged like a project script; its content was judged when it was written."""
    pos = positional(cmd, frozenset({"-P", "-i", "-o", "-F", "-c", "-l", "-S", "-J", "-b", "-B", "-D", "-R", "-s"}))
    if not pos:
        return
    host = _split_remote(pos[0].value)[0]
    yield Effect("network", host, detail=cmd.text[:200], origin="send", via=cmd.via)
    if not _loopback(host, pos[0].dynamic):
        return
    batch = next((b.value for a, b in zip(cmd.argv, cmd.argv[1:], strict=False) if a.value == "-b"), "-")
    text, known = cmd.stdin_text() if batch == "-" else (None, False)
    if not known or text is None:
        return
    for line in text.splitlines()[:200]:
        parts = line.strip().lstrip("-").split()
        op = SFTP_OPS.get(parts[0].lower()) if parts else None
        if op is None or len(parts) < 2:
            continue
        args = [a for a in parts[1:] if not a.startswith("-")] or parts[1:]
        target = args[op[1]] if op[0] != "write" or len(args) > 1 or parts[0] in ("mkdir",) else args[0].rsplit("/", 1)[-1]
        yield env.file(op[0], _here(Word(target, target), target), cmd, origin="copy")


def rsync(cmd: Command, env: Env) -> Iterator[Effect]:
    pos = positional(cmd, frozenset({"-e", "--rsh", "--exclude", "--include", "--filter", "-f", "--files-from", "--port"}))
    if len(pos) < 2:
        return
    if any(w.value == "--dry-run" or (w.value[:1] == "-" and w.value[1:2] != "-" and w.value[1:].isalpha() and "n" in w.value)
           for w in cmd.argv[1:]):  # `rsync -n` / `--dry-run`: lists what it would do and changes nothing
        yield from (Effect("network", remote_host(w.value), detail=cmd.text[:200], origin="fetch", via=cmd.via)
                    for w in pos if remote_path(w.value))
        return
    deleting = any(w.value.startswith("--delete") for w in cmd.argv)
    # `--remove-source-files`: the sources are deleted once sent (a move), the destination keeps what it had
    moving = any(w.value == "--remove-source-files" for w in cmd.argv)
    for w in pos[:-1]:
        if remote_path(w.value):
            yield Effect("network", remote_host(w.value), detail=cmd.text[:200], origin="fetch", via=cmd.via)
            yield from _loopback_files("read", w, cmd, env)
            yield from remote_secret(*_split_remote(w.value), w, cmd, env)
            if moving:
                yield from _loopback_files("delete", w, cmd, env, origin="move")
        else:
            yield env.file("read", w, cmd)
            if moving:
                yield env.file("delete", w, cmd, origin="move")  # (its files; the directories stay)
    dest = pos[-1]
    if remote_path(dest.value):
        yield Effect("network", remote_host(dest.value), detail=cmd.text[:200], origin="send", via=cmd.via,
                     content=" ".join(w.value for w in pos[:-1]))  # fmt: skip
        yield from _loopback_files("write", dest, cmd, env, origin="copy", recursive=True)
        if deleting:
            yield from _loopback_files("delete", dest, cmd, env, recursive=True, origin="mirror")
    else:
        yield env.file("write", dest, cmd, origin="copy", recursive=True)  # a tree lands in the destination
        if deleting:
            yield env.file("delete", dest, cmd, recursive=True, origin="mirror")
    for i, w in enumerate(cmd.argv[1:], 1):  # `--backup-dir=DIR`: the files rsync replaces are moved there, by name
        v = w.value
        bdir = v.split("=", 1)[1] if v.startswith("--backup-dir=") else (
            cmd.argv[i + 1].value if v == "--backup-dir" and i + 1 < len(cmd.argv) else None)  # fmt: skip
        if bdir:
            member = bdir.rstrip("/") + "/__archive_member__"  # names known only when it runs (`commands_net.ARCHIVE_MEMBER`)
            yield env.file("write", Word(member, member, w.dynamic), cmd, origin="copy")


CONTAINER_CP = frozenset({"docker", "podman", "nerdctl", "finch", "kubectl", "oc", "kubecolor"})


def container_cp(cmd: Command, env: Env) -> Iterator[Effect]:
    """`docker cp CONTAINER:PATH DEST` and `kubectl cp [NS/]POD:PATH DEST` (`-c` names a container): a secret inside
    the container copied out is a secret read; what is copied lands in DEST."""
    args = cmd.argv[1:]
    i = 0
    while i < len(args) and args[i].value.startswith("-"):
        i += 2 if args[i].value in ("-n", "--namespace", "--context", "-c", "--container", "-H", "--host") else 1
    if i >= len(args) or args[i].value != "cp":
        return
    pos = positional(cmd, frozenset({"-c", "--container", "-n", "--namespace", "--context", "--retries", "-H", "--host"}))
    pos = [w for w in pos if w.value != "cp"]
    if len(pos) != 2:
        return
    src, dest = pos
    host, sep, path = src.value.partition(":")
    if sep and host and not src.value.startswith(("/", ".", "~")):
        yield from remote_secret(host, path, src, cmd, env, home_relative=False)
    if ":" not in dest.value or dest.value.startswith(("/", ".", "~")):
        yield env.file("write", dest, cmd, origin="copy", recursive=True)  # into this machine (a `c:` container too)
