"""automode.lazymod: a module bound lazily is imported on its first use and then is the real module."""

from __future__ import annotations

import subprocess
import sys
import types

from automode import lazymod
from automode.adapters.settings_file import hook_path


def test_the_stand_in_imports_on_first_use_and_gives_way_to_the_module() -> None:
    holder = types.ModuleType("automode_test_holder")
    sys.modules[holder.__name__] = holder
    try:
        holder.colorsys = lazymod.module("colorsys", holder.__name__)  # type: ignore[attr-defined]
        assert not isinstance(holder.colorsys, types.ModuleType)  # type: ignore[attr-defined]
        assert holder.colorsys.rgb_to_hsv(1.0, 0.0, 0.0) == (0.0, 1.0, 1.0)  # type: ignore[attr-defined]
        import colorsys

        assert holder.colorsys is colorsys  # type: ignore[attr-defined]
    finally:
        del sys.modules[holder.__name__]


def test_a_lazily_bound_module_is_not_imported_until_used() -> None:
    code = ("import sys\nfrom automode.shell import codeflow\nassert 'ast' not in sys.modules\n"
            "codeflow.ast.parse('x = 1')\nassert 'ast' in sys.modules and codeflow.ast is sys.modules['ast']\n")  # fmt: skip
    # a hook process (-I -S): as a library, dataclasses imports inspect, which imports ast
    proc = subprocess.run([sys.executable, "-I", "-S", "-c", f"import sys; sys.path[:0] = {hook_path()!r}\n" + code],
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
