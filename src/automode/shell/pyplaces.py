"""Where Python's own location calls point (issue 13): `site.getusersitepackages()`, `sysconfig.get_paths()['purelib']`,
`site.USER_SITE`, `sys.prefix`. Code that writes `sitecustomize.py` or a `.pth` file into the directory such a call
returns plants code every later Python process runs, automode's own hook included; folded to a representative path,
the write meets the persistence rules like the same write spelled with a literal path.

The paths are representative, not this machine's: the rules read the kind of place (`…/site-packages/x.pth`), and
automode decides before the code runs, in a process that may not be the agent's interpreter.
"""

from __future__ import annotations

from automode import lazymod
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    import ast
    from typing import Protocol

    class _Reader(Protocol):  # the part of `shell.pyread.PythonReader` read here (no import: no cycle)
        aliases: dict[str, str]

        def qualname(self, f: ast.expr) -> str: ...

        def value(self, e: ast.expr | None) -> str | None: ...
else:
    ast = lazymod.module("ast", __name__)

USER_SITE = "~/.local/lib/python3/site-packages"
SYSTEM_SITE = "/usr/lib/python3/site-packages"

# Calls with no argument (or whose arguments do not change the kind of place) -> the place.
PLACE_CALLS: dict[str, str] = {
    "site.getusersitepackages": USER_SITE,
    "site.getuserbase": "~/.local",
    "sysconfig.get_path": SYSTEM_SITE,  # refined by its first argument below
    "distutils.sysconfig.get_python_lib": SYSTEM_SITE,
}
# Calls that return a list or a dict of places: any element is a place of that kind.
PLACE_LISTS: dict[str, str] = {
    "site.getsitepackages": SYSTEM_SITE,
    "sys.path": SYSTEM_SITE,
}
# sysconfig's scheme keys (`sysconfig.get_paths()[key]`, `sysconfig.get_path(key)`).
SCHEME_KEYS: dict[str, str] = {
    "purelib": SYSTEM_SITE, "platlib": SYSTEM_SITE, "stdlib": "/usr/lib/python3", "platstdlib": "/usr/lib/python3",
    "scripts": "/usr/bin", "data": "/usr", "include": "/usr/include/python3", "platinclude": "/usr/include/python3",
}  # fmt: skip
# Module attributes that hold a place.
PLACE_ATTRS: dict[str, str] = {
    "site.USER_SITE": USER_SITE,
    "site.USER_BASE": "~/.local",
    "site.PREFIXES": "/usr",
    "sys.prefix": "/usr",
    "sys.base_prefix": "/usr",
    "sys.exec_prefix": "/usr",
    "sys.base_exec_prefix": "/usr",
    "sys.executable": "/usr/bin/python3",
}


def call_place(qualname: str, first_arg: str | None) -> str | None:
    """The place a location call returns, or None when `qualname` is not one."""
    if qualname in ("sysconfig.get_path",):
        return SCHEME_KEYS.get(first_arg or "purelib")
    return PLACE_CALLS.get(qualname)


def indexed_place(qualname: str, key: str | None) -> str | None:
    """`site.getsitepackages()[0]`, `sysconfig.get_paths()['purelib']`, `sys.path[1]`: the place the element holds."""
    if qualname == "sysconfig.get_paths":
        return SCHEME_KEYS.get(key or "")
    return PLACE_LISTS.get(qualname)


def place_value(r: _Reader, e: ast.expr) -> str | None:
    """The place an expression the constant folder does not know holds: a location attribute, call or element."""
    if isinstance(e, ast.Attribute):
        return PLACE_ATTRS.get(r.qualname(e))
    if isinstance(e, ast.Name):
        return PLACE_ATTRS.get(r.aliases.get(e.id, ""))
    if isinstance(e, ast.Subscript):
        base = e.value
        q = r.qualname(base.func) if isinstance(base, ast.Call) else r.qualname(base)
        return indexed_place(q, r.value(e.slice)) if q else None
    return None


def shape(r: _Reader, e: ast.expr | None) -> str | None:
    """A path expression with unknown parts as `<dynamic>` and the known ones kept (`<dynamic>/x.pth` for
    `prefix() + '/x.pth'`), so rules that read a file's name still see it; None when no part is known."""
    if e is None:
        return None
    v = r.value(e)
    if v is not None:
        return v
    parts: list[ast.expr] = []
    if isinstance(e, ast.BinOp) and isinstance(e.op, (ast.Add, ast.Div)):
        parts = [e.left, e.right]
    elif isinstance(e, ast.JoinedStr):
        parts = list(e.values)
    elif isinstance(e, ast.Call) and r.qualname(e.func) in ("os.path.join", "posixpath.join", "pathlib.Path", "Path"):
        parts = list(e.args)
    if not parts:
        return None
    out = []
    for p in parts:
        v = p.value if isinstance(p, ast.Constant) and isinstance(p.value, str) else r.value(p.value if isinstance(p, ast.FormattedValue) else p)
        out.append(v if v is not None else "<dynamic>")
    if all(x == "<dynamic>" for x in out):
        return None
    sep = "" if isinstance(e, ast.JoinedStr) or (isinstance(e, ast.BinOp) and isinstance(e.op, ast.Add)) else "/"
    return sep.join(out)
