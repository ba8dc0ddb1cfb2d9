"""What a user sees in a terminal: colour only where it belongs, aligned columns, ellipses, help for every option,
suggestions for mistyped commands."""

from __future__ import annotations

import argparse
import importlib
import os
import pty
import subprocess
import sys

import pytest

from automode.cli import COMMANDS
from automode.commands import style

ESC = "\x1b["


def _in_a_terminal(*args: str, **env: str) -> str:
    """Run `automode ARGS` with stdout on a pseudo-terminal; return what it printed."""
    master, slave = pty.openpty()
    full = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM")}
    full.update(TERM="xterm", **env)
    proc = subprocess.Popen([sys.executable, "-m", "automode", *args], stdout=slave, stderr=subprocess.DEVNULL, env=full)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(master)
    return b"".join(chunks).decode(errors="replace")


def test_colour_on_a_terminal_and_none_with_no_color() -> None:
    assert ESC in _in_a_terminal("demo"), "a terminal gets coloured verdicts"
    assert ESC not in _in_a_terminal("demo", NO_COLOR="1")


def test_no_escape_codes_when_not_a_terminal() -> None:
    p = subprocess.run([sys.executable, "-m", "automode", "demo"], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0 and ESC not in p.stdout and ESC not in p.stderr


def test_verdict_columns_align_with_and_without_colour() -> None:
    for v in ("allow", "ask", "deny"):
        plain = style.verdict(v, False, upper=True)
        coloured = style.verdict(v, True, upper=True)
        assert len(plain) == 5
        assert coloured.replace(ESC + style._CODES[v] + "m", "").replace(ESC + "0m", "") == plain


def test_cut_marks_what_it_drops() -> None:
    assert style.cut("short", 10) == "short"
    long = style.cut("git push --force origin main && echo done", 20)
    assert len(long) == 20 and long.endswith("…")
    assert "\n" not in style.cut("a\nb", 10)


def test_progress_is_silent_off_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    with style.Progress("x", 10, delay=0.0) as p:
        for _ in range(10):
            p.tick()
    assert capsys.readouterr().err == ""


def test_mistyped_command_gets_a_suggestion() -> None:
    p = subprocess.run([sys.executable, "-m", "automode", "explian", "ls"], capture_output=True, text=True, timeout=60)
    assert p.returncode == 2 and "did you mean: explain?" in p.stderr
    top = subprocess.run([sys.executable, "-m", "automode", "--help"], capture_output=True, text=True, timeout=60)
    assert "--version" in top.stdout


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_option_of_every_command_is_documented(name: str) -> None:
    module = importlib.import_module(f"automode.commands.{COMMANDS[name][0]}")
    parser = argparse.ArgumentParser(prog=f"automode {name}")
    module.add_arguments(parser)
    undocumented = [a.option_strings or [a.dest] for a in parser._actions
                    if a.help is None or (a.help != argparse.SUPPRESS and not a.help.strip())]  # fmt: skip
    assert not undocumented, f"automode {name}: options without help: {undocumented}"
