"""Precompiled regular expressions (automode.retable): what the hook builds from the table is exactly what `re`
would compile, a pattern the table lacks still compiles, and a table built for another interpreter is ignored."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from automode import retable, retable_data


@pytest.mark.skipif(tuple(retable_data.KEY) != retable.key(), reason="table built for another interpreter")
def test_every_stored_program_is_what_re_compiles() -> None:
    stored = retable.table()
    assert len(stored) > 100
    for (pattern, flags), entry in stored.items():
        built = retable.build(pattern, entry)
        # Pattern equality compares flags, pattern text and the compiled program itself.
        assert built == re.compile(pattern, flags), pattern
        assert built.groupindex == re.compile(pattern, flags).groupindex


def test_a_table_for_another_interpreter_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(retable_data, "KEY", ((2, 7, 18), 0, 4, sys.byteorder))
    assert retable.table() == {}


PROBE = """
import re, sys
from automode import retable
assert retable.install()
stored = next(iter(retable.table()))
p = re.compile(*stored)
assert p == re.compile(*stored) and p is re.compile(*stored)
assert retable.BUILT[0] == 1
fresh = re.compile("never (stored )?here " + sys.argv[1])
assert fresh.match("never here x") and retable.BUILT[0] == 1
assert re.search(r"(?P<w>\\w+)", "  hi").group("w") == "hi"
print("ok")
"""


def test_a_hook_process_builds_stored_patterns_and_compiles_the_rest() -> None:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    proc = subprocess.run([sys.executable, "-c", PROBE, "x"], capture_output=True, text=True, env=env, timeout=60)
    assert proc.stdout.strip() == "ok", proc.stderr


def test_importing_automode_as_a_library_leaves_re_alone() -> None:
    code = "import re; c = re._compile; import automode; automode.check({'tool': 'Bash', 'input': {'command': 'ls'}}); print(re._compile is c)"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert proc.stdout.strip() == "True", proc.stderr
