"""Resident-mode hook client: forward one hook call to the per-user automode server, or decide in process.

Run as `python -I -S .../hook_client.py AGENT [--headless]`: standard library only, so the interpreter starts in
a few milliseconds. The server listens on a Unix socket in a private runtime directory; the client only talks to
a socket that is owned by this user, not reachable by others, and served by a process of this user. Whenever the
server is missing, stale (other code or interpreter) or misbehaves, the client starts a fresh one in the
background and decides this call itself, so a hook never depends on the server being up.
"""

from __future__ import annotations

import json
import os
import socket
import struct
import sys
import zlib

PROTOCOL = 1
PKG_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # .../automode
#: Variables the adapters read from the hook's environment (never anything that could loosen a decision).
FORWARD_ENV = ("CLAUDE_PROJECT_DIR", "GEMINI_PROJECT_DIR", "GEMINI_CWD")
SERVER_WAIT_S = 8.0  # then decide in process; stays below the hook timeout together with the fallback's own
FALLBACK_TIMEOUT_S = 15.0
MAX_REPLY = 4 * 1024 * 1024


def runtime_dir() -> str:
    """`$XDG_RUNTIME_DIR/automode` when that base is ours and private, else `/tmp/automode-<uid>`."""
    xdg = os.environ.get("XDG_RUNTIME_DIR")
    if xdg and os.path.isabs(xdg) and private_problem(xdg) is None:
        return os.path.join(xdg, "automode")
    return f"/tmp/automode-{os.getuid()}"


def socket_path() -> str:
    return os.path.join(runtime_dir(), "hook.sock")


def private_problem(path: str, kind: int = 0o040000) -> str | None:
    """Why `path` is not ours alone (wrong type, owner or permissions), or None if it is."""
    try:
        st = os.lstat(path)
    except OSError as exc:
        return f"{path}: {exc.strerror}"
    if st.st_mode & 0o170000 != kind:
        return f"{path} is not a {'directory' if kind == 0o040000 else 'socket'}"
    if st.st_uid != os.getuid():
        return f"{path} is owned by uid {st.st_uid}, not {os.getuid()}"
    if st.st_mode & 0o077:
        return f"{path} is accessible to other users (mode {st.st_mode & 0o777:o})"
    return None


def fingerprint() -> str:
    """Identifies the code a server runs: interpreter, protocol and every module's size and mtime. A server
    whose fingerprint differs from the client's is stale and gets replaced."""
    entries: list[str] = [sys.executable, str(PROTOCOL)]
    stack = [PKG_DIR]
    while stack:
        d = stack.pop()
        try:
            it = list(os.scandir(d))
        except OSError:
            continue
        for e in it:
            if e.is_dir(follow_symlinks=False):
                if e.name != "__pycache__":
                    stack.append(e.path)
            elif e.name.endswith(".py"):
                try:
                    st = e.stat()
                except OSError:
                    continue
                entries.append(f"{e.path}:{st.st_size}:{st.st_mtime_ns}")
    entries.sort()
    return f"{zlib.crc32(chr(10).join(entries).encode('utf-8', 'surrogateescape')):08x}-{len(entries)}"


def peer_uid(sock: socket.socket) -> int:
    _pid, uid, _gid = struct.unpack("3i", sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")))
    return int(uid)


def ask_server(header: dict[str, object], raw: bytes, timeout: float = SERVER_WAIT_S) -> dict[str, object] | str:
    """The server's JSON reply, or a string saying why there is none."""
    rdir = runtime_dir()
    problem = private_problem(rdir) or private_problem(os.path.join(rdir, "hook.sock"), 0o140000)
    if problem:
        return problem
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        s.settimeout(timeout)
        s.connect(os.path.join(rdir, "hook.sock"))
        if peer_uid(s) != os.getuid():
            return "the socket is served by another user's process"
        s.sendall(json.dumps(header).encode() + b"\n" + raw)
        s.shutdown(socket.SHUT_WR)
        chunks = []
        size = 0
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            size += len(chunk)
            if size > MAX_REPLY:
                return "reply too large"
            chunks.append(chunk)
    except OSError as exc:
        return f"server unreachable ({exc})"
    finally:
        s.close()
    try:
        reply = json.loads(b"".join(chunks))
    except ValueError:
        return "no valid reply from the server"
    return reply if isinstance(reply, dict) else "no valid reply from the server"


def start_server() -> None:
    """Start a detached server; it exits at once if another one holds the lock."""
    import subprocess

    rdir = runtime_dir()
    try:
        os.makedirs(rdir, mode=0o700, exist_ok=True)
        if private_problem(rdir):
            return
        log = os.open(os.path.join(rdir, "server.log"), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    except OSError:
        return
    keep = ("PATH", "HOME", "USER", "LOGNAME", "LANG", "LC_ALL", "TMPDIR", "XDG_RUNTIME_DIR", "XDG_DATA_HOME",
            "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")
    env = {k: os.environ[k] for k in keep if k in os.environ}  # no API keys in a long-lived process
    code = f"import sys; sys.path.insert(0, {os.path.dirname(PKG_DIR)!r}); from automode.adapters.resident import main; main()"
    try:
        subprocess.Popen([sys.executable, "-I", "-c", code], stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                         env=env, cwd="/", start_new_session=True, close_fds=True)
    except OSError:
        pass
    finally:
        os.close(log)


def in_process(agent: str, headless: bool, raw: bytes) -> int:
    """Decide here, as `automode hook` would: re-enable site-packages (we started with -S) and import automode."""
    import io
    import site

    sys.path.insert(0, os.path.dirname(PKG_DIR))
    site.main()
    from automode.adapters.run import main_in_process

    return main_in_process(agent, headless, FALLBACK_TIMEOUT_S, stdin=io.BytesIO(raw))


def main(argv: list[str]) -> int:
    agent = argv[0] if argv and not argv[0].startswith("-") else ""
    headless = "--headless" in argv[1:]
    if not agent or any(a not in ("--headless",) for a in argv[1:]):
        sys.stderr.write(f"automode blocked this: bad hook command {argv!r}. Nothing was run.\n")
        return 2
    try:
        raw = sys.stdin.buffer.read(16 * 1024 * 1024 + 1)
    except (OSError, ValueError) as exc:
        sys.stderr.write(f"automode blocked this: could not read the hook input ({exc}). Nothing was run.\n")
        return 2
    env = {k: os.environ[k] for k in FORWARD_ENV if k in os.environ}
    env["PWD"] = os.getcwd()
    header = {"v": fingerprint(), "agent": agent, "headless": headless, "env": env}
    reply = ask_server(header, raw)
    code = reply.get("code") if isinstance(reply, dict) and not reply.get("stale") else None
    if isinstance(reply, dict) and isinstance(code, int):
        out, err = reply.get("stdout"), reply.get("stderr")
        if isinstance(out, str) and out:
            sys.stdout.write(out)
        if isinstance(err, str) and err:
            sys.stderr.write(err)
        sys.stdout.flush()
        return code
    if isinstance(reply, str) and ("owned by" in reply or "accessible to other" in reply or "another user" in reply):
        sys.stderr.write(f"automode: not using the resident server: {reply}\n")
    start_server()  # no-op unless the runtime directory is private to us
    return in_process(agent, headless, raw)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
