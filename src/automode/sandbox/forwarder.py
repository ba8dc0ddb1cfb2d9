"""In-sandbox relay for `--net trusted`, run as a script (stdlib only, `python -I -S`) as the sandbox's command:

    forwarder.py PORT UNIX_SOCKET -- AGENT COMMAND...

The sandbox's network namespace has only its own loopback, so the agent cannot reach the egress proxy's host
address. This binds 127.0.0.1:PORT *before* the agent starts (no race), detaches a relay daemon that copies each
connection to the proxy's Unix socket (bind-mounted into the sandbox), and then execs the agent, so the agent
keeps this PID, its stdio, its signals and its exit status. The daemon is double-forked so the agent never sees
it as a child, and it exits when the agent does (it watches a pidfd of this process), PID namespace or not.

Start-up is on the agent's critical path: the path to exec imports only `os`, `sys` and `_socket` (importing
`socket`, `selectors` and `threading` would cost ~15 ms); the daemon imports them after the fork.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # not `from typing import ...`: importing typing costs ~9 ms here
if TYPE_CHECKING:
    import socket


def relay(a: socket.socket, b: socket.socket) -> None:
    """Copy bytes both ways until both directions are closed (also used by the proxy)."""
    import contextlib
    import selectors
    import socket

    sel = selectors.DefaultSelector()
    sel.register(a, selectors.EVENT_READ, b)
    sel.register(b, selectors.EVENT_READ, a)
    open_dirs = 2
    try:
        while open_dirs:
            for key, _ in sel.select():
                src: socket.socket = key.fileobj  # type: ignore[assignment]
                dst: socket.socket = key.data
                try:
                    data = src.recv(65536)
                except OSError:
                    data = b""
                if data:
                    try:
                        dst.sendall(data)
                        continue
                    except OSError:
                        return
                sel.unregister(src)
                open_dirs -= 1
                with contextlib.suppress(OSError):
                    dst.shutdown(socket.SHUT_WR)
    finally:
        sel.close()


def _serve(listen_fd: int, agent_pidfd: int, unix_path: str) -> None:
    import selectors
    import socket
    import threading

    def one(client: socket.socket) -> None:
        with client, socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as up:
            try:
                up.connect(unix_path)
            except OSError:
                return
            relay(client, up)

    listener = socket.socket(fileno=listen_fd)
    sel = selectors.DefaultSelector()
    sel.register(listener, selectors.EVENT_READ)
    sel.register(agent_pidfd, selectors.EVENT_READ)  # readable once the agent has exited
    while True:
        for key, _ in sel.select():
            if key.fileobj == agent_pidfd:
                return
            client, _ = listener.accept()
            threading.Thread(target=one, args=(client,), daemon=True).start()


def main(argv: list[str]) -> int:
    if len(argv) < 5 or argv[3] != "--":
        print("usage: forwarder.py PORT UNIX_SOCKET -- COMMAND...", file=sys.stderr)
        return 2
    import _socket

    port, unix_path, command = int(argv[1]), argv[2], argv[4:]
    listener = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM)
    listener.setsockopt(_socket.SOL_SOCKET, _socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    listener.listen(128)
    agent_pidfd = os.pidfd_open(os.getpid())  # this process, which becomes the agent; close-on-exec here
    pid = os.fork()
    if pid == 0:
        if os.fork() == 0:
            # The relay must not hold the agent's stdio open (a reader of its pipes would never see EOF).
            devnull = os.open(os.devnull, os.O_RDWR)
            for fd in (0, 1, 2):
                os.dup2(devnull, fd)
            try:
                _serve(listener.detach(), agent_pidfd, unix_path)
            finally:
                os._exit(0)
        os._exit(0)
    os.waitpid(pid, 0)
    listener.close()
    try:
        os.execvp(command[0], command)
    except OSError as e:
        print(f"automode run: cannot run {command[0]}: {e.strerror}", file=sys.stderr)
        return 127 if isinstance(e, FileNotFoundError) else 126
    return 0  # not reached


if __name__ == "__main__":
    sys.exit(main(sys.argv))
