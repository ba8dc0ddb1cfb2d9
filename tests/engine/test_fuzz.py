"""Hostile input never crashes or raises: the parser-heavy part runs in a child process, so a segfault in the
tree-sitter grammar fails the test instead of killing pytest (issue 13, findings 5 and 7)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SRC = str(Path(__file__).resolve().parents[2] / "src")

# Contexts in which tree-sitter-bash's external scanner hands the look-ahead code point to isdigit()/isalpha():
# after `{` (brace range), `{1..`, `$` in a heredoc body, a test operator `-`, `${a?`.
CONTEXTS = ("echo {{{c}}}", "echo {c}", "echo {{1..{c}}}", "echo {{12{c}", "cat <<EOF\n${c}\nEOF", "[ -{c} x ]",
            "echo ${{a?{c}}}", "{c}{{", "x={{{c}", "echo {{{c},{c}}}", "{{{c}; }}", "case {c} in {{{c}) ;; esac")  # fmt: skip
WIDE = (0x100, 0x7FF, 0x800, 0x3000, 0xD800, 0xDFFF, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF)

CHILD = """
import json, sys
from automode.api import check
from automode.shell.parse import ShellState, default_env, parse_script
for src in json.load(sys.stdin):
    for _ in range(4):
        parse_script(src, ShellState("/p", default_env("/home/u", "/p")))
    d = check({"tool": "Bash", "input": {"command": src}})
    assert d.verdict in ("allow", "ask", "deny"), d
print("ok")
"""


def run_child(inputs: list[str], timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": SRC, "AUTOMODE_CONFIG": os.devnull}
    payload = json.dumps(inputs, ensure_ascii=True)
    return subprocess.run([sys.executable, "-c", CHILD], input=payload, capture_output=True, text=True, env=env,
                          timeout=timeout, check=False)  # fmt: skip


def test_code_points_above_ff_after_a_brace_do_not_crash_the_parser() -> None:
    # Whether the out-of-table read faults depends on the process's address layout: about half of the processes
    # died before the fix, so several processes are run.
    inputs = [ctx.format(c=chr(cp)) for ctx in CONTEXTS for cp in WIDE]
    for _ in range(6):
        res = run_child(inputs)
        assert res.returncode == 0, f"the parser process died (exit {res.returncode}): {res.stderr[-2000:]}"
        assert res.stdout.strip() == "ok"


def test_the_grammar_never_sees_a_code_point_above_ff() -> None:
    from automode.shell.treesit import neutralise

    for ctx in CONTEXTS:
        for cp in WIDE:
            data = ctx.format(c=chr(cp)).encode("utf-8", "surrogatepass")
            seen = neutralise(data)
            assert len(seen) == len(data)  # same offsets: the walker reads values from the original bytes
            assert max(map(ord, seen.decode("utf-8"))) <= 0xFF


def test_values_keep_the_original_characters() -> None:
    from automode.shell.lower import Lowerer

    lw = Lowerer("/home/u", "/p")
    lw.source("echo {\U0010ffff} \u4e2d\u6587 r\u00e9sum\u00e9")
    assert [w.value for w in lw.out.commands[0].argv] == ["echo", "{\U0010ffff}", "\u4e2d\u6587", "r\u00e9sum\u00e9"]
