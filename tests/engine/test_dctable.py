"""Precompiled dataclass methods (automode.dctable): each stored code object is what Python compiles from the same
text, hook processes (-I -S) use them (making their classes without importing `dataclasses`, automode.dc_light), and
importing automode as a library leaves `dataclasses` alone."""

from __future__ import annotations

import os
import subprocess
import sys
import types

from automode import dctable_data, dctable_more_data


def _same(a: types.CodeType, b: types.CodeType) -> None:
    """The same program: bytecode, names, constants (nested code compared the same way), flags and arguments; only
    the file name and line numbers may differ."""
    for attr in ("co_code", "co_names", "co_varnames", "co_freevars", "co_cellvars", "co_flags", "co_argcount",
                 "co_kwonlyargcount", "co_posonlyargcount", "co_name", "co_qualname", "co_exceptiontable"):  # fmt: skip
        assert getattr(a, attr) == getattr(b, attr), attr
    assert len(a.co_consts) == len(b.co_consts)
    for x, y in zip(a.co_consts, b.co_consts, strict=True):
        if isinstance(x, types.CodeType):
            assert isinstance(y, types.CodeType)
            _same(x, y)
        else:
            assert x == y and type(x) is type(y)


def test_every_stored_method_is_what_python_compiles_from_its_text() -> None:
    assert len(dctable_data.CODES) > 50 and len(dctable_more_data.CODES) > 100
    assert not set(dctable_data.CODES) & set(dctable_more_data.CODES)
    for text, code in {**dctable_data.CODES, **dctable_more_data.CODES}.items():
        ns: dict[str, object] = {}
        exec(compile(text, "<string>", "exec", dont_inherit=True), {}, ns)  # as in dataclasses: no future flags
        compiled = ns["__create_fn__"]
        assert isinstance(compiled, types.FunctionType)
        _same(compiled.__code__, code)


PROBE = """
import sys
from automode import dctable
from automode.model import Action, Decision
a = Action(tool="Bash", input={"command": "ls"})
assert a == Action(tool="Bash", input={"command": "ls"}) and a != Action(tool="Bash", input={"command": "pwd"})
assert repr(a).startswith("Action(tool='Bash'") and a.cwd is None
try:
    a.tool = "Write"
except AttributeError as e:  # dataclasses.FrozenInstanceError, or automode.dc_light's
    assert type(e).__name__ == "FrozenInstanceError" and str(e) == "cannot assign to field 'tool'", e
    pass
else:
    raise AssertionError("not frozen")
d = Decision("deny", "why", rules=("AM-X",))
assert hash(d) == hash(Decision("deny", "why", rules=("AM-X",)))
assert Action.__init__.__qualname__ == "Action.__init__"
print(dctable.USED[0] >= 7, "dataclasses" in sys.modules)  # the model's seven classes at least
"""


def _run(*flags: str) -> str:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    code = f"import sys; sys.path[:0] = {sys.path!r}\n" + PROBE
    proc = subprocess.run([sys.executable, *flags, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def test_a_hook_process_makes_the_same_classes_from_the_table() -> None:
    assert _run("-I", "-S") == "True False"


def test_importing_automode_as_a_library_leaves_dataclasses_alone() -> None:
    assert _run() == "False True"
