"""Python code read through its own `ast`: `python -c`, `python3 - <<EOF`, `.py` files an action writes and runs.

A small constant folder (`p = '/etc'; shutil.rmtree(os.path.join(p, 'x'))`) names the paths; the calls that matter
(deletes, writes, process spawns, sockets, exec of decoded or downloaded code) become effects, by the tables in
`automode.shell.pycalls`. Code that does not parse is salvaged line by line (`automode.shell.pysalvage`).
"""

from __future__ import annotations

import re
import shlex

from automode import controls, lazymod
from automode.effects import Effect
from automode.paths import classify
from automode.shell import pyenv, pyplaces
from automode.shell.codeflow import SOCKET_SENDS, EnvSends
from automode.shell.pycalls import (
    DATA_READ_CALLS,
    DECODE_HINTS,
    DELETE_CALLS,
    EXEC_ARGV,
    NET_CALLS,
    SHELL_CALLS,
    WRITE_CALLS,
)
from automode.shell.pysalvage import salvage_python
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    import ast
else:
    ast = lazymod.module("ast", __name__)  # only for code an interpreter is given

if TYPE_CHECKING:
    from automode.shell.lower import Lowerer
    from automode.shell.parse import Command

PATH_CTORS = frozenset({"pathlib.Path", "Path", "pathlib.PosixPath", "PosixPath", "pathlib.PurePath", "PurePath"})
# Path methods with an effect on the path they are called on: method -> effect kind ("open" reads its mode).
PATH_METHODS = {"unlink": "delete", "rmdir": "delete", "write_text": "write", "write_bytes": "write", "touch": "write",
                "mkdir": "write", "symlink_to": "write", "hardlink_to": "write", "read_text": "read",
                "read_bytes": "read", "open": "open", "rename": "move", "replace": "move", "chmod": "chmod"}  # fmt: skip
PROC_SCANS = frozenset({"psutil.process_iter", "psutil.pids"})
PROC_KILLS = frozenset({"kill", "terminate", "send_signal"})
SOCKET_READS = frozenset({"recv", "recvfrom", "recv_into", "makefile"})
MAX_EXEC_DEPTH = 4  # exec() of folded code that itself execs folded code ...


def _effectful(q: str) -> bool:
    """A qualified name whose call has an effect the reader follows (a spawn, a delete, a write, a request, eval)."""
    return (q in SHELL_CALLS or q in EXEC_ARGV or q in DELETE_CALLS or q in WRITE_CALLS or q in NET_CALLS
            or q in ("eval", "exec", "compile", "open", "builtins.exec", "builtins.eval", "io.open")
            or q.startswith("subprocess."))  # fmt: skip


def _writes(mode: str | None) -> bool:
    """An `open` mode that writes ('w', 'a', 'x', '+')."""
    return bool(mode) and any(c in (mode or "") for c in "wax+")


_FORMAT_FIELD = {"%": re.compile(r"%[-#0 +]*\d*(?:\.\d+)?[sdrai]"), "{}": re.compile(r"\{(?:\d*|![rsa])?\}")}


def _formatted(fmt: str, args: list[str | None], style: str, lw: Lowerer) -> str | None:
    """`%`/`str.format` with positional fields only, every argument known; None otherwise."""
    fields = _FORMAT_FIELD[style].findall(fmt)
    if len(fields) != len(args) or any(a is None for a in args) or "%%" in fmt or "{{" in fmt:
        return None
    out = iter(a for a in args if a is not None)
    text = _FORMAT_FIELD[style].sub(lambda _m: next(out), fmt)
    return text if lw.budget.take(len(text), "folded Python string") else None


class PythonReader(EnvSends):
    """Walk a Python module for the calls that have effects; fold constants where it can. What its network calls
    carry of the environment comes from `EnvSends` (`automode.shell.codeflow`), shared with code written to files."""

    def __init__(self, cmd: Command, lw: Lowerer) -> None:
        self.cmd = cmd
        self.lw = lw
        self.aliases: dict[str, str] = {}
        self.consts: dict[str, str] = {}
        self.path_names: set[str] = set()  # names bound to pathlib.Path objects
        self.net_names: set[str] = set()  # names bound to data fetched from the network
        self.label = (*cmd.via, f"{cmd.name} code")
        self.depth = 0
        self.decoded = False
        self.has_socket = False
        self.net_input = False  # the code reads from a socket
        self.env_names: dict[str, str] = {}  # local name -> what of the environment it holds
        self.socket_sends: list[ast.Call] = []  # `s.sendall(...)`: data written to a connection
        self.env_prefix = ""  # `export K=V; unset X; ` for what the code did to os.environ before it starts programs
        self.spawn_env: str | None = None  # the same for a call's own `env=`
        hook = dict(cmd.assigns).get("PYTHONBREAKPOINT") or getattr(lw, "exported", {}).get("PYTHONBREAKPOINT")
        if hook is not None and not hook.dynamic and hook.value not in ("", "0"):
            self.aliases["breakpoint"] = hook.value  # `PYTHONBREAKPOINT=os.system`: breakpoint(CMD) calls it (red team s14)

    def run(self, code: str) -> None:
        if self.depth >= MAX_EXEC_DEPTH:
            self.lw.out.problem("the inline Python code execs code nested too deeply to analyse")
            return
        if not self.lw.budget.take(len(code), "Python program") or not self.lw.budget.step():
            self.lw.spent()
            return
        try:
            tree = ast.parse(code)
        except SyntaxError as exc:
            repaired = salvage_python(code, exc)
            if repaired is None:
                self.lw.out.problem("the inline Python code could not be parsed")
                return
            tree, why = repaired
            self.lw.out.notes.append(f"the inline Python code does not compile ({why}), so Python runs none of it; "
                                     "it was judged as repaired")  # fmt: skip
        except (ValueError, RecursionError, MemoryError):
            self.lw.out.problem("the inline Python code could not be parsed")
            return
        if ("automode" in code or "hook_client" in code) and controls.AUTOMODE_STATE_CODE.search(code[:controls.MAX_CODE_SCAN]):
            # `from automode.audit.asks import answer`: the code runs automode's own state code (it signs answers to
            # pending asks with the key it reads itself, records prompts, rewrites the hook settings).
            self.effect("write", f"{self.lw.home}/.local/share/automode", origin="automode-code",
                        content="code that imports automode's state modules (audit store, asks, hook state, CLI)")
        self.decoded = self.decoded or any(h in code for h in DECODE_HINTS)
        self.has_socket = self.has_socket or "socket" in code
        self.depth += 1
        try:
            self.visit(tree)
        except RecursionError:
            self.lw.out.problem("the inline Python code nests too deeply to analyse")
        finally:
            self.depth -= 1

    def visit(self, tree: ast.AST) -> None:
        nodes = list(ast.walk(tree))
        if not self.lw.budget.step(len(nodes)):
            self.lw.spent()
            return
        for node in nodes:
            if isinstance(node, ast.Import):
                for a in node.names:
                    self.aliases[a.asname or a.name.split(".")[0]] = a.name if a.asname else a.name.split(".")[0]
            elif isinstance(node, ast.ImportFrom) and node.module:
                for a in node.names:
                    self.aliases[a.asname or a.name] = f"{node.module}.{a.name}"
        calls = [n for n in nodes if isinstance(n, ast.Call)]
        self.function_aliases(nodes, calls)
        self.net_input = self.net_input or (self.has_socket and any(
            isinstance(c.func, ast.Attribute) and c.func.attr in SOCKET_READS for c in calls))  # fmt: skip
        if self.has_socket:
            self.socket_sends += [c for c in calls if isinstance(c.func, ast.Attribute) and c.func.attr in SOCKET_SENDS]
        self.assignments(nodes)
        self.env_prefix = pyenv.changes(self, nodes)
        if self.bind_params(nodes, calls):
            self.assignments(nodes)  # values that depend on the parameters
        for node in nodes:
            if isinstance(node, ast.While) and any(
                isinstance(n, ast.Call) and self.qualname(n.func) in ("os.fork", "multiprocessing.Process") for n in ast.walk(node)
            ):
                self.effect("exec", "os.fork() in an endless loop", origin="fork-loop")
        handles = self.write_handles(nodes)
        texts: dict[str, list[str | None]] = {}
        for node in calls:
            f = node.func
            if isinstance(f, ast.Attribute) and f.attr in ("write", "writelines") and isinstance(f.value, ast.Name) \
                    and f.value.id in handles and node.args:
                arg = node.args[0]
                elts = arg.elts if f.attr == "writelines" and isinstance(arg, ast.List | ast.Tuple) else [arg]
                texts.setdefault(f.value.id, []).extend(self.value(x) for x in elts)
            self.call(node)
        for name, pieces in texts.items():
            # `with open(p, 'w') as f: f.write(T)`: the text is the file's content, judged like a Write of it.
            text = "".join(t for t in pieces if t is not None) if None not in pieces else None
            self.path_effect("write", handles[name].args[0], content=text)

    def function_aliases(self, nodes: list[ast.AST], calls: list[ast.Call]) -> None:
        """`f = os.system; f(CMD)`, `run = functools.partial(subprocess.run, check=True)`, `f = getattr(os, 'system')`:
        a name bound to a function with an effect is that function (red team s14). A reference to one that goes
        anywhere else (`[os.system][0](CMD)`, `map(os.system, cmds)`, `(lambda f: f(CMD))(os.system)`, a dict) runs it
        under a name automode does not follow: a problem, so the action asks."""
        bound: set[int] = set()
        for node in nodes:
            if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)):
                continue
            value = node.value
            if isinstance(value, ast.Call) and self.qualname(value.func) in ("functools.partial", "partial") and value.args:
                value = value.args[0]
            if isinstance(value, (ast.Attribute, ast.Name)) or (isinstance(value, ast.Call) and self.qualname(value.func) in ("getattr", "builtins.getattr")):
                q = self.qualname(value)
                if _effectful(q):
                    self.aliases[node.targets[0].id] = q
                    bound.add(id(value))
        funcs = {id(c.func) for c in calls}
        for node in nodes:
            if id(node) in funcs or id(node) in bound or not isinstance(node, (ast.Attribute, ast.Name)) or not isinstance(node.ctx, ast.Load):
                continue
            q = self.qualname(node)
            if q in SHELL_CALLS or q in EXEC_ARGV:
                self.lw.out.problem(f"the inline Python code hands {q} on as a value (it runs under a name automode does not follow)")
                self.effect("exec", f"{q} called under another name", origin="dynamic")
                return

    def write_handles(self, nodes: list[ast.AST]) -> dict[str, ast.Call]:
        """Names bound to a file opened for writing: `with open(p, 'w') as f`, `f = open(p, 'w')`."""
        out: dict[str, ast.Call] = {}
        for node in nodes:
            pairs = [(i.context_expr, i.optional_vars) for i in node.items] if isinstance(node, ast.With) else \
                [(node.value, node.targets[0])] if isinstance(node, ast.Assign) and len(node.targets) == 1 else []
            for value, target in pairs:
                if isinstance(target, ast.Name) and self.opened_for_write(value):
                    assert isinstance(value, ast.Call)
                    out[target.id] = value
        return out

    def assignments(self, nodes: list[ast.AST]) -> None:
        """Fold `name = <expr>` bindings (breadth-first, so module level before function bodies)."""
        for node in nodes:
            if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)):
                continue
            name = node.targets[0].id
            if self.is_path_expr(node.value):
                self.path_names.add(name)
            if self.from_network(node.value):
                self.net_names.add(name)
            v = self.value(node.value)
            if v is not None:
                self.consts.setdefault(name, v)
        self.env_assignments(nodes)

    def bind_params(self, nodes: list[ast.AST], calls: list[ast.Call]) -> bool:
        """`def f(cmd): os.system(cmd)` + `f('rm -rf /')`: a parameter every call passes the same constant to is
        folded to that constant (parameters that get different or unknown values stay unknown)."""
        defs = {n.name: n for n in nodes if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
        if not defs:
            return False
        seen: dict[str, set[str | None]] = {}
        for c in calls:
            fn = defs.get(c.func.id) if isinstance(c.func, ast.Name) else None
            if fn is None:
                continue
            params = [a.arg for a in fn.args.args]
            for p, arg in zip(params, c.args, strict=False):
                seen.setdefault(p, set()).add(self.value(arg))
                if self.from_network(arg):
                    self.net_names.add(p)
            for kw in c.keywords:
                if kw.arg in params:
                    seen.setdefault(kw.arg, set()).add(self.value(kw.value))
        bound = False
        for p, vals in seen.items():
            if len(vals) == 1 and None not in vals and p not in self.consts:
                self.consts[p] = next(v for v in vals if v is not None)
                bound = True
        return bound

    def qualname(self, f: ast.expr) -> str:
        parts: list[str] = []
        while isinstance(f, ast.Attribute):
            parts.append(f.attr)
            f = f.value
        if isinstance(f, ast.Name):
            parts.append(self.aliases.get(f.id, f.id))
        elif isinstance(f, ast.Call):
            q = self.qualname(f.func)
            if q in ("getattr", "builtins.getattr") and len(f.args) >= 2:
                parts.append(self.dynamic_attr(f.args[0], f.args[1]))  # `getattr(os, 'sys'+'tem')` is `os.system`
            else:
                mod = self.value(f.args[0]) if f.args and q in ("__import__", "importlib.import_module", "builtins.__import__") else None
                parts.append(mod if mod else q + "()")  # `__import__('os').system` is `os.system`
        elif isinstance(f, ast.Subscript):
            # `vars(os)['system']`, `os.__dict__['system']`, `globals()['os']`, `sys.modules['os']`
            base = f.value
            inner = base.func if isinstance(base, ast.Call) else None
            inner_q = self.qualname(inner) if inner is not None else ""
            if isinstance(base, ast.Call) and inner_q in ("vars", "builtins.vars") and base.args:
                parts.append(self.dynamic_attr(base.args[0], f.slice))
            elif isinstance(base, ast.Attribute) and base.attr == "__dict__":
                parts.append(self.dynamic_attr(base.value, f.slice))
            elif inner_q in ("globals", "locals", "builtins.globals") or self.qualname(base) in ("sys.modules", "__builtins__", "builtins.__dict__", "__builtins__.__dict__"):
                key = self.value(f.slice)
                if key is None:
                    self.lw.out.problem("the inline Python code looks a name up by a key only known at run time")
                    return ""
                parts.append(self.aliases.get(key, key))
            else:
                return ""
        else:
            return ""
        return ".".join(reversed(parts))

    def dynamic_attr(self, obj: ast.expr, name: ast.expr) -> str:
        """The qualified name of `getattr(obj, name)`; an unknown name on a module is a problem (ask)."""
        base = self.qualname(obj)
        attr = self.value(name)
        module = (isinstance(obj, ast.Name) and obj.id in self.aliases) or base in ("builtins", "__builtins__") or (
            isinstance(obj, ast.Call) and base in self.aliases.values())
        if attr is None and not module:
            return ""  # `getattr(args, field)`: an attribute of data, not of a module
        if attr is None:
            self.lw.out.problem(f"the inline Python code reaches an attribute of `{base or 'an object'}` by a name only known at run time")
            return f"{base}.<dynamic>"
        return f"{base}.{attr}" if base else attr

    def is_path_expr(self, e: ast.expr | None) -> bool:
        if isinstance(e, ast.Name):
            return e.id in self.path_names
        if isinstance(e, ast.Call):
            q = self.qualname(e.func)
            return q in PATH_CTORS or q.endswith(("Path.home", "Path.cwd")) or (
                isinstance(e.func, ast.Attribute) and e.func.attr in ("resolve", "expanduser", "absolute", "joinpath", "with_name", "with_suffix")
                and self.is_path_expr(e.func.value))
        if isinstance(e, ast.BinOp) and isinstance(e.op, ast.Div):
            return self.is_path_expr(e.left)
        return False

    def from_network(self, e: ast.expr | None) -> bool:
        """The expression is (or is built from) data downloaded in this code."""
        if e is None:
            return False
        for n in ast.walk(e):
            if isinstance(n, ast.Name) and n.id in self.net_names:
                return True
            if isinstance(n, ast.Call) and self.qualname(n.func) in NET_CALLS:
                return True
        return False

    def value(self, e: ast.expr | None) -> str | None:
        """Fold a string expression where every part is known (within the action's budget: a fold that would
        grow past it is unknown, and the budget records a problem)."""
        if e is None:
            return None
        if not self.lw.budget.step():
            return None
        if isinstance(e, ast.Constant) and isinstance(e.value, (str, bytes)):
            return e.value if isinstance(e.value, str) else e.value.decode("utf-8", "replace")
        if isinstance(e, ast.Name) and e.id in self.consts:
            return self.consts[e.id]
        if isinstance(e, ast.BinOp) and isinstance(e.op, ast.Mod) and isinstance(e.left, ast.Constant) and isinstance(e.left.value, str):
            parts = e.right.elts if isinstance(e.right, ast.Tuple) else [e.right]  # `'%s/.cla%s' % (home, 'ude')`
            return _formatted(e.left.value, [self.value(x) for x in parts], "%", self.lw)
        if isinstance(e, ast.BinOp) and isinstance(e.op, (ast.Add, ast.Div)):
            a, b = self.value(e.left), self.value(e.right)
            if a is None or b is None or not self.lw.budget.take(len(a) + len(b) + 1, "folded Python string"):
                return None
            return a + b if isinstance(e.op, ast.Add) else a.rstrip("/") + "/" + b
        if isinstance(e, ast.JoinedStr):
            out = []
            for part in e.values:
                if isinstance(part, ast.Constant):
                    out.append(str(part.value))
                elif isinstance(part, ast.FormattedValue):
                    v = self.value(part.value)
                    if v is None:
                        return None
                    out.append(v)
            if not self.lw.budget.take(sum(map(len, out)), "folded Python string"):
                return None
            return "".join(out)
        if isinstance(e, ast.Call):
            return self.call_value(e)
        if isinstance(e, ast.Subscript) and self.qualname(e.value) == "os.environ":
            key = self.value(e.slice)
            return "~" if key == "HOME" else None
        return pyplaces.place_value(self, e)  # `site.USER_SITE`, `site.getsitepackages()[0]`

    def call_value(self, e: ast.Call) -> str | None:
        q = self.qualname(e.func)
        args = [self.value(a) for a in e.args]
        if not self.lw.budget.take(sum(len(a) for a in args if a is not None), "folded Python string"):
            return None
        if q in ("os.path.join", "posixpath.join") and args and all(a is not None for a in args):
            import posixpath

            return posixpath.join(*[a for a in args if a is not None])
        if q in ("os.path.expanduser", "os.path.abspath", "os.path.realpath", "os.path.normpath", "str", "os.fspath", *PATH_CTORS) and len(args) == 1:
            return args[0]
        if q in PATH_CTORS and len(args) > 1 and all(a is not None for a in args):
            import posixpath

            return posixpath.join(*[a for a in args if a is not None])
        if q.endswith(("Path.home", "os.path.expanduser")) and not args:
            return "~"
        if q in ("os.getenv", "os.environ.get") and args and args[0] == "HOME":
            return "~"
        if q == "os.getcwd":
            return "."
        if (place := pyplaces.call_place(q, args[0] if args else None)) is not None:
            return place  # `site.getusersitepackages()`: where code every Python process runs is planted
        if isinstance(e.func, ast.Attribute) and e.func.attr in ("encode", "decode", "strip", "resolve", "expanduser", "absolute") and not e.args:
            return self.value(e.func.value)  # `'rm -rf /'.encode()`, `Path('~/x').expanduser()`
        if isinstance(e.func, ast.Attribute) and e.func.attr == "format" and not e.keywords:
            fmt = self.value(e.func.value)  # `'{}/.claude/settings.json'.format(home)`
            return None if fmt is None else _formatted(fmt, args, "{}", self.lw)
        if isinstance(e.func, ast.Attribute) and e.func.attr == "joinpath" and args and all(a is not None for a in args):
            base = self.value(e.func.value)
            return None if base is None else "/".join([base.rstrip("/"), *[a for a in args if a is not None]])
        if isinstance(e.func, ast.Attribute) and e.func.attr == "join" and len(e.args) == 1 and isinstance(e.args[0], (ast.List, ast.Tuple)):
            sep = self.value(e.func.value)
            parts = [self.value(x) for x in e.args[0].elts]
            if sep is not None and all(p is not None for p in parts) and self.lw.budget.take(
                sum(len(p) for p in parts if p is not None) + len(sep) * len(parts), "folded Python string"
            ):
                return sep.join(p for p in parts if p is not None)  # `' '.join(['rm', '-rf', '/'])`
        return None

    def effect(self, kind: str, target: str, **kw: object) -> None:
        self.lw.out.effects.append(Effect(kind, target, detail=self.cmd.text[:200], via=self.label, **kw))  # type: ignore[arg-type]

    def path_effect(self, kind: str, e: ast.expr | None, **kw: object) -> None:
        v = self.value(e)
        if v is None and e is not None and kind in ("write", "delete"):
            # Not foldable: its literal pieces may still spell part of an agent's control location (`'.cla' + x`).
            pieces = [n.value for n in ast.walk(e) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
            pieces += [self.consts[n.id] for n in ast.walk(e) if isinstance(n, ast.Name) and n.id in self.consts]
            frag = controls.control_fragment(pieces)
            if frag is not None:
                self.lw.out.problem(f"the Python code {kind}s a path assembled at run time from pieces of {frag}")
            v = pyplaces.shape(self, e)  # `prefix() + '/x.pth'`: the name is known where the directory is not
        info = classify(v if v is not None else "<dynamic>", self.cmd.cwd or self.lw.cwd, self.lw.home, self.lw.cwd, v is None)
        self.lw.out.effects.append(Effect(kind, info.path, info.cls, detail=self.cmd.text[:200], via=self.label, **kw))  # type: ignore[arg-type]

    def source(self, text: str) -> None:
        text = self.env_prefix + (self.spawn_env or "") + text
        self.lw.source(text, via=self.label, privileged=self.cmd.privileged, nesting=len(self.label) + 1, cwd=self.cmd.cwd)

    def call(self, node: ast.Call) -> None:
        q = self.qualname(node.func)
        short = q.rsplit(".", 1)[-1]
        first = node.args[0] if node.args else None
        if q in EXEC_ARGV or q in SHELL_CALLS or (q.startswith("subprocess.") and short in ("run", "call", "Popen", "check_output", "check_call")):
            self.spawn_env = pyenv.spawn_env(self, q, node)
            try:
                if q in EXEC_ARGV:
                    self.exec_argv(q, node)
                else:
                    self.shell(q, first)
            finally:
                self.spawn_env = None
        elif q in DELETE_CALLS:
            self.path_effect("delete", first, recursive=DELETE_CALLS[q])
        elif q in DATA_READ_CALLS:
            self.path_effect("read", first)  # `pd.read_csv('data/leads.csv')`: the file's content is in the program
        elif q in ("open", "io.open", "builtins.open", "codecs.open"):
            mode = self.open_mode(node, 1)
            self.path_effect("write" if _writes(mode) else "read", first, append="a" in (mode or ""))
        elif isinstance(node.func, ast.Attribute) and node.func.attr in PATH_METHODS and self.path_method(node, node.func.attr):
            pass
        elif isinstance(node.func, ast.Attribute) and node.func.attr == "write" and node.args and self.opened_for_write(node.func.value):
            # `open('docker-compose.yml', 'w').write(TEXT)`: the folded text is the file's content, judged like a
            # Write of it (the analysis hands written text to files/, as for `cat > f <<EOF`).
            assert isinstance(node.func.value, ast.Call)
            self.path_effect("write", node.func.value.args[0], content=self.value(node.args[0]))
        elif q in WRITE_CALLS:
            dst = node.args[1] if len(node.args) > 1 else None
            if q in ("shutil.move", "os.rename", "os.replace"):
                self.path_effect("delete", first, origin="move")
            elif q not in ("os.mkdir", "os.makedirs"):
                self.path_effect("read", first)
            self.path_effect("write", dst if q not in ("os.mkdir", "os.makedirs") else first)
        elif q in ("os.chmod", "os.chown", "os.lchown", "os.fchmod"):
            self.chmod(q, first, node.args[1] if len(node.args) > 1 else None)
        elif q in NET_CALLS or (short in ("connect", "connect_ex", "sendto") and self.has_socket):
            self.network(q, node)
        elif q in ("eval", "exec", "compile", "builtins.exec", "builtins.eval"):
            self.exec_code(q, first)
        elif q in ("os.kill", "os.killpg"):
            pid = node.args[0] if node.args else None
            pid_text = str(pid.value) if isinstance(pid, ast.Constant) else "$PID"
            self.source(f"kill {pid_text}")
        elif q in PROC_SCANS:
            self.source("ps -e")  # the process table is scanned: kills below pick their targets from it
        elif short in PROC_KILLS and isinstance(node.func, ast.Attribute) and "psutil" in self.aliases.values():
            self.source("kill -9 $PID")
        elif (q == "os.dup2" and self.has_socket) or (q == "pty.spawn" and self.net_input):
            self.effect("exec", "a socket wired to a process's stdin/stdout (reverse shell)", origin="reverse-shell")
        elif q in ("os.setuid", "os.setgid", "os.seteuid"):
            self.effect("exec", f"{q}() changes the process identity", origin="privilege")
        elif q in ("pickle.loads", "marshal.loads") and self.decoded:
            self.effect("exec", f"{q}() of decoded data", origin="decoded")

    def opened_for_write(self, e: ast.expr) -> bool:
        """`open(PATH, 'w')` (or 'a', 'x', '+') written inline, the receiver of a `.write(...)`."""
        if not (isinstance(e, ast.Call) and e.args and self.qualname(e.func) in ("open", "io.open", "builtins.open", "codecs.open")):
            return False
        return _writes(self.open_mode(e, 1))

    def open_mode(self, node: ast.Call, pos: int) -> str | None:
        """The folded mode argument of an `open` call (positional at `pos`, or `mode=`); 'r' when absent."""
        if len(node.args) > pos:
            return self.value(node.args[pos])
        return next((self.value(k.value) for k in node.keywords if k.arg == "mode"), "r")

    def path_method(self, node: ast.Call, method: str) -> bool:
        """`Path('/etc/x').unlink()`, `p = Path('/etc') / 'x'; p.write_text(...)`. False: not a Path receiver."""
        assert isinstance(node.func, ast.Attribute)
        recv = node.func.value
        if not self.is_path_expr(recv):
            return False
        kind = PATH_METHODS[method]
        if kind == "open":
            kind = "write" if _writes(self.open_mode(node, 0)) else "read"
        if kind == "move":
            self.path_effect("delete", recv, origin="move")
            self.path_effect("write", node.args[0] if node.args else None)
        elif kind == "chmod":
            self.chmod("os.chmod", recv, node.args[0] if node.args else None)
        elif method in ("write_text", "write_bytes") and node.args:
            self.path_effect(kind, recv, content=self.value(node.args[0]))  # the text is the file's content
        else:
            self.path_effect(kind, recv)
        return True

    def chmod(self, q: str, target: ast.expr | None, mode: ast.expr | None) -> None:
        detail = oct(mode.value) if isinstance(mode, ast.Constant) and isinstance(mode.value, int) else "chmod"
        v = self.value(target)
        info = classify(v or "<dynamic>", self.cmd.cwd or self.lw.cwd, self.lw.home, self.lw.cwd, v is None)
        self.lw.out.effects.append(Effect("chmod", info.path, info.cls, detail=f"chmod {detail}", origin=q, via=self.label))

    def exec_code(self, q: str, first: ast.expr | None) -> None:
        lit = self.value(first)
        if lit is not None:
            self.run(lit)  # folded code is read like the rest
            return
        self.effect("exec", f"{q}() of code built at run time", origin=self.code_origin(first))

    def code_origin(self, e: ast.expr | None) -> str:
        """Where run-time-built code comes from: the network, a socket (a remote shell), a decoder, or unknown."""
        if self.from_network(e):
            return "remote"
        if self.net_input:
            return "reverse-shell"
        return "decoded" if self.decoded else "dynamic"

    def exec_argv(self, q: str, node: ast.Call) -> None:
        """`os.execvp('rm', ['rm', '-rf', d])`, `os.execl('/bin/rm', 'rm', '-rf', d)`, `os.spawnlp(P_WAIT, 'rm', ...)`,
        `os.posix_spawnp('rm', argv, env)`: the program is one argument and its argv another (or the rest), whose
        first element is only argv[0]; judged as the command `PROGRAM ARGV[1:]`."""
        prog_at, argv_at, varargs = EXEC_ARGV[q]
        args = node.args
        if len(args) <= prog_at:
            return
        prog = self.value(args[prog_at])
        if varargs:
            rest: list[ast.expr] = list(args[argv_at:])
            if q.endswith(("le", "lpe")) and rest:
                rest = rest[:-1]  # execle/spawnle: the last argument is the environment
            if q != "asyncio.create_subprocess_exec":
                rest = rest[1:]  # argv[0]
        else:
            lst = args[argv_at] if len(args) > argv_at else None
            rest = list(lst.elts[1:]) if isinstance(lst, (ast.List, ast.Tuple)) else []
            if lst is not None and not isinstance(lst, (ast.List, ast.Tuple)):
                prog = None  # an argv built elsewhere
        parts = [self.value(e) for e in rest]
        if prog is None or any(p is None for p in parts):
            self.shell(q, None)  # known only at run time
            return
        self.source(shlex.join([prog, *(p for p in parts if p is not None)]))

    def shell(self, q: str, first: ast.expr | None) -> None:
        if isinstance(first, (ast.List, ast.Tuple)):
            parts = [self.value(e) for e in first.elts]
            if all(p is not None for p in parts):
                self.source(shlex.join([p for p in parts if p is not None]))
                return
        else:
            text = self.value(first)
            if text is not None:
                self.source(text)
                return
        origin = self.code_origin(first)
        if origin == "reverse-shell":
            self.effect("exec", f"{q}() runs commands received over a socket (a remote shell)", origin=origin)
            return
        self.lw.out.problem(f"{q}() runs a command that is only known at run time")
        self.effect("exec", f"{q}() of a command built at run time", origin=origin)

    def network(self, q: str, node: ast.Call) -> None:
        target = None
        if node.args:
            a = node.args[0]
            target = self.value(a.elts[0]) if isinstance(a, ast.Tuple) and a.elts else self.value(a)
        for k in node.keywords:
            if k.arg in ("url", "host"):
                target = self.value(k.value) or target
        socket = q.startswith("socket.") or q.rsplit(".", 1)[-1] in ("connect", "connect_ex", "sendto")
        # a method named as a value (`requests.request("PUT", url)`, `Request(url, method="DELETE")`) and urllib's
        # data argument (`urlopen(url, data)`: a POST) write as the named calls do (session 24, O1)
        method = next((self.value(k.value) for k in node.keywords if k.arg == "method"), None)
        if q.endswith(".request") and node.args and len(node.args) >= 2:
            method = self.value(node.args[0]) or method
            target = self.value(node.args[1]) or target
        sending = q.endswith(("post", "put", "patch", "delete", "SMTP", "SMTP_SSL", "FTP", "sendto")) or any(
            k.arg in ("data", "json", "files") for k in node.keywords
        ) or (socket and bool(self.socket_sends)) or (q.endswith(("urlopen", "Request")) and len(node.args) >= 2) \
            or (method or "").upper() in ("POST", "PUT", "PATCH", "DELETE")
        self.effect("network", target or "<dynamic>", origin="send" if sending else "fetch")
        self.mark_send(q, node, self.socket_sends if socket else [])
