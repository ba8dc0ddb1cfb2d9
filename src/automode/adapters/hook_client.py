"""Resident-mode hook client: forward one hook call to the per-user automode server, or decide in process.

Run as `python -I -S .../hook_client.py AGENT [--headless]`: standard library only, so the interpreter starts in
a few milliseconds. The server listens on a Unix socket in a private runtime directory; the client only talks to
a socket that is owned by this user, not reachable by others, and served by a process of this user. Whenever the
server is missing, stale (other code or interpreter) or misbehaves, the client starts a fresh one in the
background and decides this call itself, so a hook never depends on the server being up.
"""

# Every import here is paid on each hook call: `_socket`, not `socket` (which imports enum and selectors,
# ~10 ms); `posix`, not `os` (~1 ms); no json (~13 ms). `os` is imported only on the fallback paths.
import _socket
import posix
import struct
import sys

PROTOCOL = 3  # 3: a request may name the team's decision service (`--server URL`), which the server then asks
REQUEST_MAGIC = b"AMH2"
REPLY_MAGIC = b"AMR2"
PKG_DIR = __file__.rpartition("/")[0].rpartition("/")[0]  # .../automode (imported from an absolute path)
#: Variables the adapters read from the hook's environment (never anything that could loosen a decision): the
#: project, and where the agent and automode keep their controls (`automode.controls.ENV_VARS`, only ever protected).
FORWARD_ENV = ("CLAUDE_PROJECT_DIR", "GEMINI_PROJECT_DIR", "GEMINI_CWD", "AUTOMODE_CONFIG", "XDG_CONFIG_HOME",
               "XDG_DATA_HOME", "XDG_STATE_HOME", "AUTOMODE_AUDIT_URL", "XDG_RUNTIME_DIR", "CLAUDE_CONFIG_DIR",
               "CODEX_HOME", "GEMINI_CLI_HOME", "GEMINI_CLI_SYSTEM_SETTINGS_PATH", "GEMINI_CLI_SYSTEM_DEFAULTS_PATH",
               "CLAUDE_ENV_FILE", "PIPX_HOME", "UV_TOOL_DIR")
SERVER_WAIT_S = 8.0  # then decide in process; stays below the hook timeout together with the fallback's own
FALLBACK_TIMEOUT_S = 15.0
#: With `--server URL` (automode install --server): where the team's service token is, forwarded to our own server
#: (the same user's process, checked by `server_problem`) so that it can ask the service; never otherwise.
TEAM_ENV = ("AUTOMODE_SERVER_TOKEN", "AUTOMODE_SERVER_TOKEN_FILE")
SERVER_FIELD = "@server"  # the request's name/value pair carrying the team service's URL (not an environment name)
MAX_REPLY = 4 * 1024 * 1024


def getenv(name: str) -> str | None:
    v = posix.environ.get(name.encode())
    return v.decode("utf-8", "surrogateescape") if v is not None else None


def runtime_dir() -> str:
    return runtime_choice()[0]


def runtime_choice() -> tuple[str, str]:
    """(the runtime directory, why that one). In order: `$XDG_RUNTIME_DIR/automode` when that base is ours and
    private; `/tmp/automode-<uid>` when it is ours, or does not exist and /tmp is writable; else
    `<data dir>/automode/run` (an agent's own sandbox may leave /tmp read-only and XDG_RUNTIME_DIR unset, and
    another user may have taken the /tmp name). Client and server compute the same answer from the same
    environment; each directory is used only if it is ours and 0700 (checked where it is used)."""
    xdg = getenv("XDG_RUNTIME_DIR")
    if xdg and xdg.startswith("/") and private_problem(xdg) is None:
        return xdg.rstrip("/") + "/automode", "XDG_RUNTIME_DIR"
    why = "XDG_RUNTIME_DIR is not set" if not xdg else f"XDG_RUNTIME_DIR is not usable ({private_problem(xdg)})"
    tmp = f"/tmp/automode-{posix.getuid()}"
    try:
        st = posix.lstat(tmp)
    except OSError:
        if posix.access("/tmp", posix.W_OK | posix.X_OK):
            return tmp, why
        why += "; /tmp is not writable"
    else:
        if st.st_uid == posix.getuid() and posix.access(tmp, posix.W_OK | posix.X_OK):
            return tmp, why
        # Ours but not writable here: a sandbox that binds /tmp read-only over a directory made outside it.
        why += f"; {tmp} belongs to uid {st.st_uid}" if st.st_uid != posix.getuid() else f"; {tmp} is not writable here"
    data = getenv("XDG_DATA_HOME") or ((getenv("HOME") or "") + "/.local/share")
    if not data.startswith("/"):
        return tmp, why + "; no data dir either"
    return data.rstrip("/") + "/automode/run", why


def socket_path() -> str:
    return runtime_dir() + "/hook.sock"


def private_problem(path: str, kind: int = 0o040000) -> str | None:
    """Why `path` is not ours alone (wrong type, owner or permissions), or None if it is."""
    try:
        st = posix.lstat(path)
    except OSError as exc:
        return f"{path}: {exc.strerror}"
    if st.st_mode & 0o170000 != kind:
        return f"{path} is not a {'directory' if kind == 0o040000 else 'socket'}"
    if st.st_uid != posix.getuid():
        return f"{path} is owned by uid {st.st_uid}, not {posix.getuid()}"
    if st.st_mode & 0o077:
        return f"{path} is accessible to other users (mode {st.st_mode & 0o777:o})"
    return None


def fingerprint() -> str:
    """Names the server a client wants, cheaply (it is computed on every hook call): protocol, interpreter (inode
    and size of the executable) and the package's location. A server whose fingerprint differs from the client's
    steps down. Edits to the code itself are the server's to notice (`code_stamp`, rechecked every
    CODE_CHECK_S): walking the package on every call cost about 1 ms of each round trip."""
    exe = posix.stat(sys.executable)
    return f"{PROTOCOL}-{exe.st_ino:x}-{exe.st_size:x}-{PKG_DIR}"


#: How often a running server compares the package on disk with the one it loaded (`code_stamp`).
CODE_CHECK_S = 1.0


def code_stamp() -> str:
    """Identifies the code on disk: every module's size and mtime. The server takes it at start and steps down
    once it changes (an upgrade, an edit), so the next call starts a server running the current code."""
    entries: list[tuple[int, int, int]] = []
    stack = [PKG_DIR]
    while stack:
        d = stack.pop()
        try:
            it = list(posix.scandir(d))
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
                entries.append((len(e.path), st.st_size, st.st_mtime_ns))
    entries.sort()
    # hash() of ints and tuples of ints is not randomised per process (only str/bytes hashing is).
    return f"{len(entries)}-{hash(tuple(entries)) & 0xFFFFFFFFFFFF:012x}"


def peer_uid(sock: _socket.socket) -> int:
    return peer_cred(sock)[1]


def peer_cred(sock: _socket.socket) -> tuple[int, int]:
    """(pid, uid) of the process at the other end of a Unix socket, from the kernel (SO_PEERCRED)."""
    pid, uid, _gid = struct.unpack("3i", sock.getsockopt(_socket.SOL_SOCKET, _socket.SO_PEERCRED, struct.calcsize("3i")))
    return int(pid), int(uid)


#: The environment a server is started with: nothing else (no LD_PRELOAD, no API keys in a long-lived process).
SERVER_ENV = ("PATH", "HOME", "USER", "LOGNAME", "LANG", "LC_ALL", "TMPDIR", "XDG_RUNTIME_DIR", "XDG_DATA_HOME",
              "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")


def server_argv() -> list[str]:
    """The exact command line of the server this client starts (and the only one it will talk to)."""
    code = (f"import sys; sys.path.insert(0, {PKG_DIR.rpartition('/')[0]!r}); "
            "from automode.adapters.resident import main; main()")
    return [sys.executable, "-I", "-c", code]


def _read(path: str, limit: int = 1 << 16) -> bytes:
    fd = posix.open(path, posix.O_RDONLY)
    try:
        return posix.read(fd, limit)
    finally:
        posix.close(fd)


def start_time(pid: int) -> str:
    """The process's start time in clock ticks since boot (/proc/PID/stat field 22): with the pid, it names one
    process for the life of the system (a pid can be reused, the pair cannot)."""
    stat = _read(f"/proc/{pid}/stat")
    return stat.rpartition(b")")[2].split()[19].decode()


def server_problem(sock: _socket.socket, rdir: str) -> str | None:
    """Why the process serving `sock` is not the server a client of this user started, or None if it is.

    Checked against the kernel and /proc, not against anything the server says: the peer's uid; its executable
    is this interpreter; its command line is exactly `server_argv()`; its environment holds only SERVER_ENV
    names (no LD_PRELOAD or PYTHON* that could change the code it runs); and its pid and start time match a launch
    record a client wrote (0600) in the private runtime directory when it started that server."""
    try:
        pid, uid = peer_cred(sock)
        if uid != posix.getuid():
            return "the socket is served by another user's process"
        if posix.readlink(f"/proc/{pid}/exe") != posix.readlink("/proc/self/exe"):
            return f"the socket is served by another program (pid {pid}), not automode's server"
        want = b"\0".join(a.encode("utf-8", "surrogateescape") for a in server_argv()) + b"\0"
        if _read(f"/proc/{pid}/cmdline", len(want) + 2) != want:
            return f"the socket is served by another command (pid {pid}), not automode's server"
        names = {v.partition(b"=")[0] for v in _read(f"/proc/{pid}/environ", 1 << 20).split(b"\0") if v}
        extra = sorted(n.decode(errors="replace") for n in names - {k.encode() for k in SERVER_ENV})
        if extra:
            return f"the server (pid {pid}) runs with an environment automode does not give it ({', '.join(extra[:3])})"
        rec = rdir + f"/launched/{pid}"
        if private_problem(rec, 0o100000) or _read(rec, 64).decode().strip() != start_time(pid):
            return f"the server (pid {pid}) was not started by an automode hook client"
    except (OSError, ValueError, IndexError, UnicodeDecodeError) as exc:
        return f"cannot check who serves the socket ({exc})"
    return None


# Wire format (no json on the client: importing it costs more than the whole socket round trip).
# request: REQUEST_MAGIC, u32 field count, each field as u32 length + bytes, then the raw hook payload.
#   fields: fingerprint, kind ("hook" | "ping"), agent, headless ("0" | "1"), then env name/value pairs; with
#   `--server URL` also the pair ("@server", URL) and the TEAM_ENV pairs that are set (taken out before deciding).
# reply: REPLY_MAGIC, then b"D" + i32 exit code + u32-prefixed stdout + u32-prefixed stderr (a decision),
#   b"S" (stale: the server steps down), b"P" + u32 pid (pong), or b"E" + message (bad request).


def encode_request(fields: list[str], raw: bytes = b"") -> bytes:
    parts = [REQUEST_MAGIC, struct.pack("!I", len(fields))]
    for f in fields:
        b = f.encode("utf-8", "surrogateescape")
        parts += [struct.pack("!I", len(b)), b]
    parts.append(raw)
    return b"".join(parts)


def decode_request(data: bytes) -> tuple[list[str], bytes]:
    if not data.startswith(REQUEST_MAGIC):
        raise ValueError("bad request")
    (count,), pos = struct.unpack_from("!I", data, 4), 8
    fields = []
    for _ in range(count):
        (n,) = struct.unpack_from("!I", data, pos)
        pos += 4
        if pos + n > len(data):
            raise ValueError("truncated request")
        fields.append(data[pos:pos + n].decode("utf-8", "surrogateescape"))
        pos += n
    return fields, data[pos:]


def encode_decision(code: int, out: str, err: str) -> bytes:
    o, e = out.encode(), err.encode()
    return REPLY_MAGIC + b"D" + struct.pack("!iI", code, len(o)) + o + struct.pack("!I", len(e)) + e


def decode_reply(data: bytes) -> tuple[str, int, str, str]:
    """(kind, code or pid, stdout, stderr); kind is "D", "S", "P" or "E"."""
    if not data.startswith(REPLY_MAGIC) or len(data) < 5:
        raise ValueError("bad reply")
    kind = chr(data[4])
    if kind == "D":
        code, n = struct.unpack_from("!iI", data, 5)
        out = data[13:13 + n]
        (m,) = struct.unpack_from("!I", data, 13 + n)
        err = data[17 + n:17 + n + m]
        if len(out) != n or len(err) != m:
            raise ValueError("truncated reply")
        return kind, code, out.decode(), err.decode()
    if kind == "P":
        return kind, struct.unpack_from("!I", data, 5)[0], "", ""
    return kind, 0, "", data[5:].decode(errors="replace")


def ask_server(fields: list[str], raw: bytes = b"", timeout: float = SERVER_WAIT_S) -> tuple[str, int, str, str] | str:
    """The server's decoded reply (see decode_reply), or a string saying why there is none."""
    rdir = runtime_dir()
    path = rdir + "/hook.sock"
    problem = private_problem(rdir) or private_problem(path, 0o140000)
    if problem:
        return problem
    s = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    chunks = []
    try:
        s.settimeout(timeout)
        s.connect(path)
        who = server_problem(s, rdir)
        if who:
            return who
        s.sendall(encode_request(fields, raw))
        s.shutdown(_socket.SHUT_WR)
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
        return decode_reply(b"".join(chunks))
    except (ValueError, struct.error, UnicodeDecodeError):
        return "no valid reply from the server"


def start_server() -> None:
    """Start a detached server; it exits at once if another one holds the lock. Writes the launch record
    (`launched/<pid>`: the start time) that clients check before they trust a server."""
    import os
    import subprocess

    rdir = runtime_dir()
    try:
        os.makedirs(rdir, mode=0o700, exist_ok=True)
        os.makedirs(rdir + "/launched", mode=0o700, exist_ok=True)
        if private_problem(rdir) or private_problem(rdir + "/launched"):
            return
        log = os.open(os.path.join(rdir, "server.log"), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    except OSError:
        return
    env = {k: os.environ[k] for k in SERVER_ENV if k in os.environ}
    try:
        proc = subprocess.Popen(server_argv(), stdin=subprocess.DEVNULL, stdout=log, stderr=log, env=env, cwd="/",
                                start_new_session=True, close_fds=True)
        _write_launch_record(rdir + "/launched", proc.pid)
    except OSError:
        pass
    finally:
        os.close(log)


def _write_launch_record(d: str, pid: int) -> None:
    import contextlib  # only when starting a server: too slow to import on every call
    import os

    for name in os.listdir(d):  # records of servers that are gone
        if name.isdigit() and not os.path.exists(f"/proc/{name}"):
            with contextlib.suppress(OSError):
                os.unlink(os.path.join(d, name))
    tmp = os.path.join(d, f".{pid}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
    try:
        os.write(fd, (start_time(pid) + "\n").encode())
    finally:
        os.close(fd)
    os.replace(tmp, os.path.join(d, str(pid)))


def in_process(agent: str, headless: bool, raw: bytes, server: str | None = None) -> int:
    """Decide here, as `automode hook` would: re-enable site-packages (we started with -S) and import automode.
    With a team `server`, ask it beside the local decision as the direct hook does (adapters/remote.py)."""
    import io
    import os
    import site

    sys.path.insert(0, os.path.dirname(PKG_DIR))
    site.main()
    from automode.adapters.run import main_in_process

    return main_in_process(agent, headless, FALLBACK_TIMEOUT_S, stdin=io.BytesIO(raw), server=server)


def parse_args(argv: list[str]) -> tuple[str, bool, str | None] | None:
    """(agent, headless, team service URL) from `AGENT [--headless] [--server URL]`, or None when malformed."""
    agent = argv[0] if argv and not argv[0].startswith("-") else ""
    headless, server = False, None
    rest = argv[1:]
    i = 0
    while i < len(rest):
        if rest[i] == "--headless":
            headless = True
        elif rest[i] == "--server" and i + 1 < len(rest) and rest[i + 1].startswith(("http://", "https://")):
            server = rest[i + 1]
            i += 1
        else:
            return None
        i += 1
    return (agent, headless, server) if agent else None


def main(argv: list[str]) -> int:
    parsed = parse_args(argv)
    if parsed is None:
        sys.stderr.write(f"automode blocked this: bad hook command {argv!r}. Nothing was run.\n")
        return 2
    agent, headless, server = parsed
    try:
        raw = sys.stdin.buffer.read(16 * 1024 * 1024 + 1)
    except (OSError, ValueError) as exc:
        sys.stderr.write(f"automode blocked this: could not read the hook input ({exc}). Nothing was run.\n")
        return 2
    fields = [fingerprint(), "hook", agent, "1" if headless else "0", "PWD", posix.getcwd()]
    for k in FORWARD_ENV:
        v = getenv(k)
        if v is not None:
            fields += [k, v]
    if server:
        fields += [SERVER_FIELD, server]
        for k in TEAM_ENV:
            v = getenv(k)
            if v is not None:
                fields += [k, v]
    reply = ask_server(fields, raw)
    if isinstance(reply, tuple) and reply[0] == "D":
        _, code, out, err = reply
        if out:
            sys.stdout.write(out)
        if err:
            sys.stderr.write(err)
        sys.stdout.flush()
        return code
    if isinstance(reply, str) and not reply.startswith(("server unreachable", "no valid reply")) \
            and "No such file" not in reply:
        sys.stderr.write(f"automode: not using the resident server: {reply}\n")
    start_server()  # no-op unless the runtime directory is private to us
    return in_process(agent, headless, raw, server)


def run(argv: list[str]) -> None:
    """`main`, then end the process at once: the answer is written and flushed, so the interpreter's clean-up
    (about a millisecond, a tenth of the whole call) buys nothing. A failed flush is a block (exit 2)."""
    code = main(argv)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        code = 2
    posix._exit(code)


if __name__ == "__main__":
    run(sys.argv[1:])
