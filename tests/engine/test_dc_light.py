"""automode.dc_light makes, without importing `dataclasses`, exactly the classes `dataclasses` makes (issue 14: a
cold hook process never imports it). Every automode class is made both ways, in a hook process (`-I -S`) and as a
library, and compared: fields, defaults, `__match_args__`, `__slots__`, docstring, hash, class attributes, and each
generated method's code, defaults, closure values and names."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys

import pytest

from automode import dc_light
from automode.adapters.settings_file import hook_path

PROBE = r"""
import importlib, json, pkgutil, re, sys, types
sys.path[:0] = {path!r}
import automode
from automode import dc_light
from automode.dc import fields

def val(v):
    if type(v).__name__ in ("_MISSING_TYPE", "_Missing"):
        return "MISSING"
    if isinstance(v, (types.FunctionType, type)):
        mod = "DC" if v.__module__ in ("dataclasses", "automode.dc_light") else v.__module__
        return f"{{mod}}.{{v.__qualname__}}"
    return re.sub(r" at 0x[0-9a-f]+", "", repr(v))

def code(c):  # the compiler flag of `from __future__ import annotations` (dc_light's own helpers) aside
    return [c.co_code.hex(), c.co_names, c.co_varnames, c.co_freevars, c.co_cellvars, c.co_flags & ~0x1000000, c.co_argcount,
            c.co_kwonlyargcount, c.co_posonlyargcount, c.co_name, c.co_qualname, c.co_exceptiontable.hex(),
            [code(k) if isinstance(k, types.CodeType) else repr(k) for k in c.co_consts]]

def fn(f):
    out = {{"qualname": f.__qualname__, "name": f.__name__, "doc": f.__doc__, "code": code(f.__code__),
           "module": "DC" if f.__module__ in ("dataclasses", "automode.dc_light") else f.__module__,
           "defaults": [val(d) for d in f.__defaults__ or ()], "kwdefaults": val(f.__kwdefaults__),
           "annotations": {{k: val(v) for k, v in f.__annotations__.items()}} if f.__module__ not in ("dataclasses", "automode.dc_light") else None,
           "closure": {{n: (fn(c.cell_contents) if n == "user_function" else val(c.cell_contents))
                       for n, c in zip(f.__code__.co_freevars, f.__closure__ or ())}},
           "globals": f.__module__ in ("dataclasses", "automode.dc_light") or f.__globals__ is vars(sys.modules[f.__module__])}}
    if hasattr(f, "__wrapped__"):
        out["wrapped"] = fn(f.__wrapped__)
    return out

def attr(v):
    if isinstance(v, types.FunctionType):
        return fn(v)
    if isinstance(v, types.MemberDescriptorType):
        return "member"
    if isinstance(v, (property, staticmethod, classmethod)):
        return type(v).__name__
    return val(v)

out, real = {{}}, []
for mod in pkgutil.walk_packages(automode.__path__, "automode."):
    if mod.name.endswith(("_build", "_data", "__main__")) or ".service" in mod.name:
        continue
    try:
        m = importlib.import_module(mod.name)
    except Exception:
        continue
    for obj in list(vars(m).values()):
        if not isinstance(obj, type) or obj.__module__ != m.__name__:
            continue
        if not (hasattr(obj, "__dataclass_fields__") or hasattr(obj, "__automode_fields__")):
            continue
        if "__automode_fields__" in vars(obj):
            dc_light.materialize(obj)  # the methods a hook process makes on first use, made now to compare them
        if "__dataclass_fields__" in vars(obj):
            real.append(obj.__qualname__)
        out[f"{{m.__name__}}.{{obj.__qualname__}}"] = {{
            "bases": [val(b) for b in obj.__bases__], "doc": obj.__doc__,
            "fields": [[f.name, f.type, val(f.default), val(f.default_factory), f.init, f.repr, f.hash, f.compare,
                        f.kw_only, dict(f.metadata)] for f in fields(obj)],
            "attrs": {{k: attr(v) for k, v in vars(obj).items()
                      if k not in ("__dataclass_fields__", "__dataclass_params__", "__automode_fields__", "__dict__", "__weakref__")}},
        }}
print(json.dumps({{"classes": out, "real": real, "dataclasses_imported_by_automode": "dataclasses" in sys.modules}}))
"""


def _classes(*flags: str) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AUTOMODE_")}
    proc = subprocess.run([sys.executable, *flags, "-c", PROBE.format(path=hook_path())], capture_output=True,
                          text=True, env=env, timeout=300)  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    got: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return got


def test_a_hook_process_makes_every_automode_class_as_dataclasses_does() -> None:
    light, real = _classes("-I", "-S"), _classes()
    assert light["real"] == []  # none was handed to `dataclasses` in a hook process
    assert real["real"] != []
    a, b = light["classes"], real["classes"]
    assert isinstance(a, dict) and isinstance(b, dict)
    assert len(b) > 50
    assert sorted(a) == sorted(b)
    for name in b:
        assert a[name] == b[name], name


@dc_light.dataclass(frozen=True, slots=True)
class Point:
    x: int
    y: int = 0
    tags: list[str] = dc_light.field(default_factory=list, compare=False)


@dc_light.dataclass
class Box:
    """A box."""

    items: list[int] = dc_light.field(default_factory=list)
    n: int = dc_light.field(init=False, default=3)

    def __post_init__(self) -> None:
        self.n = len(self.items)


def test_light_classes_behave_as_dataclasses() -> None:
    p = Point(1)
    assert p == Point(1, 0, ["other"]) and p != Point(2) and hash(p) == hash(Point(1, 0))
    assert repr(p) == "Point(x=1, y=0, tags=[])" and Point.__match_args__ == ("x", "y", "tags")
    assert Point.__doc__ == "Point(x: 'int', y: 'int' = 0, tags: 'list[str]' = <factory>)"
    with pytest.raises(AttributeError, match="cannot assign to field 'x'"):
        p.x = 2  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(p)) == p
    assert dc_light.replace(p, y=5) == Point(1, 5) and [f.name for f in dc_light.fields(p)] == ["x", "y", "tags"]
    b = Box([1, 2])
    assert b.n == 2 and Box.__hash__ is None and Box.__doc__ == "A box."
    with pytest.raises(ValueError, match="init=False"):
        dc_light.replace(b, n=1)
    with pytest.raises(ValueError, match="mutable default"):

        @dc_light.dataclass
        class Bad:
            xs: list[int] = []  # noqa: RUF012


def test_what_it_does_not_make_is_made_by_dataclasses() -> None:
    import dataclasses

    @dc_light.dataclass(order=True)
    class Ordered:
        a: int
        b: list[int] = dc_light.field(default_factory=list)

    assert dataclasses.is_dataclass(Ordered) and Ordered(1) < Ordered(2) and Ordered(1).b == []


def test_methods_other_than_init_are_made_on_first_use_and_behave_the_same() -> None:
    """A hook process makes `__repr__`, `__eq__`, `__hash__`, `__setattr__` and `__delattr__` when first called: a
    stand-in until then, the method itself after, on the dataclass (a subclass using it changes nothing)."""

    @dc_light.dataclass(frozen=True, slots=True)
    class Pair:
        a: int
        b: str = "x"

    class Sub(Pair):
        __slots__ = ()

    lazy = {n for n, v in vars(Pair).items() if getattr(v, "__automode_lazy__", None) is not None}
    assert lazy == {"__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__"}
    s = Sub(1)
    assert s == Sub(1) and s != Sub(2) and hash(s) == hash(Pair(1)) and repr(s).endswith(".Sub(a=1, b='x')")
    with pytest.raises(AttributeError, match="cannot assign to field 'a'"):
        s.a = 3  # type: ignore[misc]
    with pytest.raises(AttributeError, match="cannot delete field 'b'"):
        del Pair(2).b  # type: ignore[misc]
    left = {n for n, v in vars(Pair).items() if getattr(v, "__automode_lazy__", None) is not None}
    assert left == set() and "__eq__" not in vars(Sub)
    assert Pair.__eq__.__qualname__.endswith("Pair.__eq__") and Pair.__hash__.__qualname__.endswith("Pair.__hash__")

    @dc_light.dataclass
    class Own:
        n: int

        def __repr__(self) -> str:
            return "own"

    assert repr(Own(1)) == "own" and Own(1) == Own(1) and Own.__hash__ is None


def test_automode_code_takes_dataclass_helpers_from_automode_dc() -> None:
    """`dataclasses.replace`/`fields` fail on the classes a hook process makes (automode.dc_light): every module
    imports them from `automode.dc`, which picks the kind the process uses."""
    from pathlib import Path

    src = Path(dc_light.__file__).parent
    own = {"dc.py", "dc_light.py", "dctable.py", "dctable_build.py"}
    offenders = [str(p.relative_to(src)) for p in src.rglob("*.py") if p.name not in own
                 and ("from dataclasses import" in (t := p.read_text(encoding="utf-8")) or "import dataclasses" in t)]
    assert offenders == [], offenders
