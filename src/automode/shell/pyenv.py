"""The environment inline Python gives the programs it starts (session 7 red team).

`os.environ['HOME'] = '/tmp/h'; os.system('claude -p …')` starts the agent with its configuration moved away, and
`subprocess.run([...], env={'HOME': '/tmp/h'})` starts it with only that environment: the same as `HOME=/tmp/h claude`
or `env -i HOME=/tmp/h claude`, which the rules refuse (AM-AGENT-002). The reader turns what the code does to
`os.environ` (assignments, `update`, `putenv`, `del`, `pop`, `unsetenv`) into `export`/`unset` statements in front of
each command it lowers, and a call's own `env=` likewise (a mapping without `os.environ` unsets the rest).
"""

from __future__ import annotations

import shlex

from automode import lazymod
from automode.typing_lite import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import ast
else:
    ast = lazymod.module("ast", __name__)  # only for code an interpreter is given


class PythonReader(Protocol):
    """What this module needs of `automode.shell.pyread.PythonReader` (named here: no import cycle)."""

    def qualname(self, f: ast.expr) -> str: ...
    def value(self, e: ast.expr | None) -> str | None: ...

UNKNOWN = '"$__automode_runtime_value"'
#: The whole environment removed (`os.environ.clear()`, `env={…}` without `os.environ`): `unset '*'` is what the
#: rules read for `env -i` (AM-AGENT-002 looks for a moved configuration that goes with it).
CLEARED = "unset '*'"
MAX_CHANGES = 32
#: Calls that take an `env=` mapping for the program they start.
ENV_KW_CALLS = ("subprocess.", "asyncio.create_subprocess_", "os.posix_spawn")


def _export(r: PythonReader, key: ast.expr | None, value: ast.expr | None) -> str | None:
    k = r.value(key) if key is not None else None
    if not k or not k.replace("_", "a").isalnum():
        return None
    v = r.value(value) if value is not None else None
    return f"export {k}={shlex.quote(v) if v is not None else UNKNOWN}"


def _is_environ(r: PythonReader, node: ast.expr) -> bool:
    return r.qualname(node) == "os.environ"


def changes(r: PythonReader, nodes: list[ast.AST]) -> str:
    """`export K=V; unset X; ` for the code's changes to its own environment, in source order."""
    out: list[tuple[int, str]] = []
    for node in nodes:
        line = getattr(node, "lineno", 0) * 1000 + getattr(node, "col_offset", 0)
        if isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Subscript) and _is_environ(r, t.value):
                    stmt = _export(r, t.slice, node.value)
                    if stmt:
                        out.append((line, stmt))
        elif isinstance(node, ast.Delete):
            for t in node.targets:
                if isinstance(t, ast.Subscript) and _is_environ(r, t.value):
                    k = r.value(t.slice)
                    if k:
                        out.append((line, f"unset {k}"))
        elif isinstance(node, ast.Call):
            q = r.qualname(node.func)
            args = node.args
            if q in ("os.putenv", "os.environ.setdefault") and len(args) >= 2:
                stmt = _export(r, args[0], args[1])
            elif q in ("os.unsetenv", "os.environ.pop") and args:
                k = r.value(args[0])
                stmt = f"unset {k}" if k else None
            elif q == "os.environ.update":
                pairs: list[tuple[str | None, ast.expr]] = [(kw.arg, kw.value) for kw in node.keywords if kw.arg]
                if args and isinstance(args[0], ast.Dict):
                    pairs += [(r.value(k), v) for k, v in zip(args[0].keys, args[0].values, strict=False) if k is not None]
                stmts = [_export(r, ast.Constant(k), v) for k, v in pairs if k]
                stmt = "; ".join(x for x in stmts if x) or None
            elif q == "os.environ.clear":
                stmt = CLEARED
            else:
                stmt = None
            if stmt:
                out.append((line, stmt))
        if len(out) >= MAX_CHANGES:
            break
    return "".join(f"{s}; " for _, s in sorted(out))


def spawn_env(r: PythonReader, q: str, call: ast.Call) -> str | None:
    """`unset …; export K=V; ` for a call's own `env=` (a literal mapping replaces the whole environment; one that
    spreads `os.environ` adds to it); None when the call gives none or one the reader cannot read."""
    if not q.startswith(ENV_KW_CALLS) and not q.startswith("os.exec") and not q.startswith("os.spawn"):
        return None
    env = next((kw.value for kw in call.keywords if kw.arg == "env"), None)
    if env is None and q.startswith(("os.execve", "os.execle", "os.execvpe", "os.execlpe", "os.spawnve", "os.spawnle",
                                     "os.spawnvpe", "os.spawnlpe", "os.posix_spawn")) and call.args:  # fmt: skip
        env = call.args[-1]
    if env is None:
        return None
    inherit = False
    pairs: list[tuple[str | None, ast.expr]] = []
    if isinstance(env, ast.Dict):
        for k, v in zip(env.keys, env.values, strict=False):
            if k is None:
                inherit = inherit or _is_environ(r, v)
            else:
                pairs.append((r.value(k), v))
    elif isinstance(env, ast.Call) and r.qualname(env.func) == "dict" and env.args and _is_environ(r, env.args[0]):
        inherit = True
        pairs = [(kw.arg, kw.value) for kw in env.keywords if kw.arg]
    elif _is_environ(r, env):
        return None
    else:
        return None  # a mapping built elsewhere: not followed
    # statements in front of the command: a mapping without `os.environ` drops every variable (those that move
    # the agent's or automode's configuration among them), then sets its own
    stmts = [] if inherit else [CLEARED]
    for name, expr in pairs[:MAX_CHANGES]:
        if name and name.replace("_", "a").isalnum():
            val = r.value(expr)
            stmts.append(f"export {name}={shlex.quote(val) if val is not None else UNKNOWN}")
    return "".join(f"{x}; " for x in stmts)
