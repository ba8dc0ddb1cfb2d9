"""Servers bound to every interface through a bind option, for programs the knowledge base has no listen facts for
(issue 10, session 8): `clojure -M -m nrepl.cmdline --bind 0.0.0.0`, `jupyter lab --ip=0.0.0.0`, `iex --sname x
--erl "-kernel inet_dist_use_interface {0,0,0,0}"` aside, the spelling is a bind-named option whose value is the
any-address. A program whose table already says how it listens (`programs.Spec.listen`, `bind_opts`) is judged by
its own facts; this is the fallback for the rest, so the listen rule (AM-RCE-006) sees what it cannot name.

Option names from the servers' own docs: `--bind`/`-b` (gunicorn, rails, nrepl, http.server), `--host`/`-H`
(uvicorn, vite, flask, next), `--ip` (jupyter, `--ServerApp.ip`), `--listen`/`--listen-address`/`--bind-address`
(many Go and Rust servers, kubectl port-forward `--address`), `--addr`, `--interface`.
"""

from __future__ import annotations

from collections.abc import Iterator

from automode.effects import Effect
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

BIND_OPTS = frozenset({"--bind", "-b", "--host", "-H", "--ip", "--listen", "--listen-address", "--bind-address",
                       "--address", "--addr", "--interface", "--listen-addr", "--http-addr", "--web.listen-address"})  # fmt: skip
#: Config-style options whose last dotted part names the bind address (`--ServerApp.ip=0.0.0.0`).
BIND_SUFFIXES = (".ip", ".host", ".bind", ".address", ".listen")
ANY_ADDRESSES = frozenset({"0.0.0.0", "::", "[::]"})


def _any(value: str) -> bool:
    v = value.strip("'\"")
    host = v.rsplit(":", 1)[0] if v.count(":") == 1 or v.startswith("[") else v
    return host in ANY_ADDRESSES or v in ANY_ADDRESSES


def all_interfaces(cmd: Command) -> Iterator[Effect]:
    """A `listen` effect for each bind option of `cmd` that names every interface."""
    words = [w for w in cmd.argv[1:] if not w.dynamic]
    for i, w in enumerate(words):
        name, eq, val = w.value.partition("=")
        named = name in BIND_OPTS or (name.startswith("--") and name.lower().endswith(BIND_SUFFIXES))
        if not named:
            continue
        if not eq:
            if i + 1 >= len(words):
                continue
            val = words[i + 1].value
        if _any(val) or (val.strip("'\"") == "*" and name.startswith("--")):  # `--ServerApp.ip='*'`
            yield Effect("listen", val if ":" in val.strip("[]") and val.count(":") == 1 else "0.0.0.0",
                         detail=cmd.text[:200], origin=cmd.name, via=cmd.via)
            return
