"""The resident decision server: one per user, on a Unix socket (0600 in a 0700 directory), started on demand
by `hook_client.py` and gone after IDLE_EXIT_S without a request.

It holds the engine warm so a hook round trip costs a process start of a `-I -S` interpreter plus a socket call.
Only peers of the same uid are served (SO_PEERCRED). A request from a client with another fingerprint (protocol,
interpreter, package location) gets "stale" and the server steps down, so the next call starts a fresh one; the
server itself compares the code on disk with what it loaded every CODE_CHECK_S and steps down once it changed.

The answer goes out before anything else: audit records made while deciding are held (`audit.hold`) until the
reply is sent, so the audit writer's thread does not take the GIL from the decision in flight.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import signal
import socket
import struct
import sys
import threading
import time

from automode.adapters import hook_client
from automode.adapters.hookio import HookResult, block_exit

IDLE_EXIT_S = 30 * 60
READ_TIMEOUT_S = 10.0
MAX_REQUEST = 16 * 1024 * 1024 + 64 * 1024
#: Each decision runs under this deadline (below the hook's own fail-safe at run.DEFAULT_TIMEOUT, 20 s): the engine
#: checks it as it goes and answers ask once it has passed; a decision still not back GRACE_S later is answered
#: with the fail-safe ask by the server, which then steps down so that the next call starts a fresh one.
DECIDE_DEADLINE_S = 10.0
GRACE_S = 1.0


class Server:
    def __init__(self, rdir: str, deadline_s: float = DECIDE_DEADLINE_S) -> None:
        self.rdir = rdir
        self.deadline_s = deadline_s
        self.wedged = False  # a decision overran its deadline and may still hold the engine
        self.path = os.path.join(rdir, "hook.sock")
        self.fingerprint = hook_client.fingerprint()
        self.code = hook_client.code_stamp()
        self.code_checked = time.monotonic()
        self.decide_lock = threading.Lock()  # the engine (tree-sitter parsers) is not assumed thread-safe
        self.stop = threading.Event()
        self.last_request = time.monotonic()
        self.sock: socket.socket | None = None
        self.inode = 0

    def bind(self) -> None:
        tmp = f"{self.path}.{os.getpid()}"
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        old = os.umask(0o077)
        try:
            s.bind(tmp)
        finally:
            os.umask(old)
        os.chmod(tmp, 0o600)
        s.listen(64)
        os.replace(tmp, self.path)  # atomic: clients see the old socket or ours, never none
        self.inode = os.lstat(self.path).st_ino
        s.settimeout(1.0)
        self.sock = s

    def still_bound(self) -> bool:
        """False once our socket file is gone or replaced: nobody can reach us any more."""
        try:
            return os.lstat(self.path).st_ino == self.inode
        except OSError:
            return False

    def unbind(self) -> None:
        with contextlib.suppress(OSError):
            if os.lstat(self.path).st_ino == self.inode:
                os.unlink(self.path)
        if self.sock:
            self.sock.close()

    def warm_up(self) -> None:
        from automode import rules
        from automode.adapters.run import handle_safely

        rules.load_all()  # a cold hook imports rule modules by trigger; a server pays for all of them once, here

        payload = {"hook_event_name": "PreToolUse", "tool_name": "Bash", "tool_input": {"command": "git status"},
                   "cwd": os.path.expanduser("~")}
        handle_safely("claude-code", json.dumps(payload).encode(), {}, False)

    def serve_forever(self) -> None:
        assert self.sock is not None
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                if time.monotonic() - self.last_request > IDLE_EXIT_S or not self.still_bound():
                    break
                self.check_code()
                continue
            except OSError:
                break
            self.last_request = time.monotonic()
            threading.Thread(target=self.handle, args=(conn,), daemon=True).start()

    def check_code(self) -> None:
        """Step down once the package on disk is not the one this server loaded (checked every CODE_CHECK_S)."""
        now = time.monotonic()
        if now - self.code_checked < hook_client.CODE_CHECK_S:
            return
        self.code_checked = now
        if hook_client.code_stamp() != self.code:
            self.stop.set()
            self.unbind()  # new clients start a current server at once

    def handle(self, conn: socket.socket) -> None:
        from automode import audit

        with conn:
            audit.hold()
            try:
                if hook_client.peer_uid(conn) != os.getuid():
                    return
                conn.settimeout(READ_TIMEOUT_S)
                data = self._read(conn)
                conn.sendall(self.answer(data))
            except OSError:
                return
            finally:
                audit.release()
        self.check_code()

    @staticmethod
    def _read(conn: socket.socket) -> bytes:
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = conn.recv(65536)
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > MAX_REQUEST:
                raise OSError("request too large")
            chunks.append(chunk)

    def answer(self, data: bytes) -> bytes:
        try:
            fields, raw = hook_client.decode_request(data)
        except (ValueError, struct.error):
            return hook_client.REPLY_MAGIC + b"Ebad request"
        if not fields or fields[0] != self.fingerprint:
            self.stop.set()  # another version is calling: step down, the client starts a fresh server
            return hook_client.REPLY_MAGIC + b"S"
        if fields[1:2] == ["ping"]:
            return hook_client.REPLY_MAGIC + b"P" + struct.pack("!I", os.getpid())
        from automode.adapters.run import ADAPTERS

        if len(fields) < 4 or fields[1] != "hook" or fields[2] not in ADAPTERS or len(fields) % 2:
            return hook_client.REPLY_MAGIC + b"Ebad request"
        env = dict(zip(fields[4::2], fields[5::2], strict=True))
        agent, headless = fields[2], fields[3] == "1"
        # The team's service (`--server URL`): asked while we decide, its answer kept only when stricter, with the
        # same budget and the same note when it does not answer as the direct hook (adapters/remote.py).
        server = env.pop(hook_client.SERVER_FIELD, None)
        team = {k: env.pop(k) for k in hook_client.TEAM_ENV if k in env}
        call = None
        if server and server.startswith(("http://", "https://")):
            from automode.adapters.remote import ServiceCall

            who = {k: os.environ[k] for k in ("USER", "LOGNAME") if k in os.environ}
            call = ServiceCall(server, agent, raw, {**who, **team}, headless)
        res = self.decide(agent, raw, env, headless)
        if call is not None:
            from automode.adapters.remote import DEFAULT_BUDGET, stricter

            res = stricter(res, call, DEFAULT_BUDGET)
        return hook_client.encode_decision(res.code, res.stdout, res.stderr)

    def decide(self, agent: str, raw: bytes, env: dict[str, str], headless: bool) -> HookResult:
        """One decision under the deadline, never longer than deadline + GRACE_S: past it, the fail-safe answer (an
        ask; a deny in headless sessions) and the server steps down instead of queueing every later call behind a
        decision that does not end."""
        from automode.adapters.run import handle_safely, load_adapter
        from automode.shell.budget import deadline

        box: list[HookResult] = []
        done = threading.Event()

        def work() -> None:
            try:
                with self.decide_lock, deadline(self.deadline_s):
                    box.append(handle_safely(agent, raw, env, headless))
            finally:
                done.set()

        threading.Thread(target=work, daemon=True).start()
        if done.wait(self.deadline_s + GRACE_S) and box:
            return box[0]
        self.wedged = True
        self.stop.set()
        self.unbind()  # new clients start a fresh server at once
        why = f"automode gave no decision within {self.deadline_s:g} s"
        try:
            return load_adapter(agent).fail_safe(raw, why, headless)
        except Exception:
            return block_exit(why)


def main() -> int:
    rdir = hook_client.runtime_dir()
    os.makedirs(rdir, mode=0o700, exist_ok=True)
    problem = hook_client.private_problem(rdir)
    if problem:
        print(f"automode resident server: refusing to run: {problem}", file=sys.stderr)
        return 1
    lock_fd = os.open(os.path.join(rdir, "server.lock"), os.O_RDWR | os.O_CREAT, 0o600)
    deadline = time.monotonic() + 3.0
    while True:  # a stale server may still be stepping down
        try:
            fcntl.flock(lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if time.monotonic() > deadline:
                return 0  # another live server holds it
            time.sleep(0.05)
    os.ftruncate(lock_fd, 0)
    os.write(lock_fd, f"{os.getpid()}\n".encode())
    server = Server(rdir)

    def on_term(*_: object) -> None:
        # Exit here and now: a SystemExit raised inside a decision would be caught as a failure like any other.
        server.unbind()
        os.ftruncate(lock_fd, 0)
        from automode import audit

        audit.spool_pending()  # the next process commits what this one had not
        os._exit(0)

    signal.signal(signal.SIGTERM, on_term)
    try:
        try:
            server.warm_up()
        except Exception as exc:  # serve anyway: every request is fail-closed on its own
            print(f"automode resident server: warm-up failed: {exc}", file=sys.stderr)
        server.bind()
        server.serve_forever()
    finally:
        server.unbind()
        os.ftruncate(lock_fd, 0)  # the pid file names a live server or nothing
        os.close(lock_fd)
    if server.wedged:
        os._exit(0)  # a decision thread that overran may still be running: do not wait for it
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
