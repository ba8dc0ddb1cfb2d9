"""What a user sees in a terminal: colour only where it belongs, aligned columns, ellipses, help for every option,
suggestions for mistyped commands."""

from __future__ import annotations

import argparse
import importlib
import io
import json
import os
import pty
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from automode.cli import COMMANDS
from automode.commands import style

ESC = "\x1b["


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def _read_all(master: int) -> bytes:
    """Everything written to a pseudo-terminal until its other side closes."""
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    return b"".join(chunks)


def _in_a_terminal(*args: str, **env: str) -> str:
    """Run `automode ARGS` with stdout on a pseudo-terminal; return what it printed."""
    master, slave = pty.openpty()
    full = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM")}
    full.update(TERM="xterm", **env)
    proc = subprocess.Popen([sys.executable, "-m", "automode", *args], stdout=slave, stderr=subprocess.DEVNULL, env=full)
    os.close(slave)
    chunks = _read_all(master)
    proc.wait(timeout=120)
    os.close(master)
    return chunks.decode(errors="replace")


def test_colour_on_a_terminal_and_none_with_no_color() -> None:
    assert ESC in _in_a_terminal("demo"), "a terminal gets coloured verdicts"
    assert ESC not in _in_a_terminal("demo", NO_COLOR="1")


def test_no_escape_codes_when_not_a_terminal() -> None:
    p = subprocess.run([sys.executable, "-m", "automode", "demo"], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0 and ESC not in p.stdout and ESC not in p.stderr


def test_log_columns_align_with_and_without_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    """`automode log` lines: with colour on a terminal, once the escape codes are taken out, every field after the
    verdict starts in the same column for allow, ask and deny, and the text is the same as without colour."""
    from automode.commands.log import _line

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    rows = [{"ts": 1_700_000_000, "verdict": v, "session": "abcdef123", "tool": "Bash", "summary": "ls", "rules": [],
             "reason": "r"} for v in ("allow", "ask", "deny")]  # fmt: skip
    plain, coloured = [], []
    for r in rows:
        for out, colour in ((plain, False), (coloured, True)):
            tty = _Tty()
            style.emit(_line(r), stream=tty, colour=colour)
            out.append(tty.getvalue().splitlines()[0])
    assert all(ESC in c for c in coloured) and not any(ESC in p for p in plain)
    stripped = [re.sub(r"\x1b\[[0-9;]*m", "", c) for c in coloured]
    assert stripped == plain
    assert len({p.index("abcdef12") for p in plain}) == 1


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
    option = subprocess.run([sys.executable, "-m", "automode", "log", "--limt", "3"], capture_output=True, text=True, timeout=60)
    assert option.returncode == 2 and "did you mean: --limit?" in option.stderr
    version = subprocess.run([sys.executable, "-m", "automode", "--version"], capture_output=True, text=True, timeout=60)
    assert version.returncode == 0 and version.stdout.startswith("automode ")


def _parsers(parser: argparse.ArgumentParser, path: str) -> list[tuple[str, argparse.ArgumentParser]]:
    """The parser and every sub-parser under it (the whole argparse tree)."""
    out = [(path, parser)]
    for a in parser._actions:
        if isinstance(a, argparse._SubParsersAction):
            for sub, p in a.choices.items():
                out += _parsers(p, f"{path} {sub}")
    return out


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_option_of_every_command_is_documented(name: str) -> None:
    """Walk the argparse tree of `automode NAME`: every option and positional has a help text, and `--help` (as the
    real command prints it) shows each one with that text."""
    module = importlib.import_module(f"automode.commands.{COMMANDS[name][0]}")
    parser = argparse.ArgumentParser(prog=f"automode {name}")
    module.add_arguments(parser)
    shown_help = subprocess.run([sys.executable, "-m", "automode", name, "--help"], capture_output=True, text=True,
                                timeout=60, env={**os.environ, "COLUMNS": "200"}).stdout  # fmt: skip
    for path, p in _parsers(parser, f"automode {name}"):
        text = shown_help if path == f"automode {name}" else p.format_help()
        flat = " ".join(text.split())
        for a in p._actions:
            if a.help == argparse.SUPPRESS:
                continue
            assert a.help is not None and a.help.strip(), f"{path}: {a.option_strings or [a.dest]} has no help"
            for opt in a.option_strings:
                assert opt in text, f"{path} --help does not show {opt}"
            first = " ".join(a.help.split("%(")[0].split())[:30]
            assert first in flat, f"{path} --help does not explain {a.option_strings or [a.dest]}"


def _pty(args: list[str], env: dict[str, str], stdin: bytes = b"", cwd: str | None = None) -> str:
    """`automode ARGS` with stdout and stderr on one pseudo-terminal (progress lines included), stdin from a pipe."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "automode", *args], stdin=subprocess.PIPE, stdout=slave, stderr=slave,
                            env=env, cwd=cwd)  # fmt: skip
    os.close(slave)
    assert proc.stdin is not None
    proc.stdin.write(stdin)
    proc.stdin.close()
    chunks = [_read_all(master)]
    proc.wait(timeout=180)
    os.close(master)
    return b"".join(chunks).decode(errors="replace")


ESC_COMMAND = "printf '\x1b[31mred\x07' && rm -rf ~/old"  # an agent's command that carries escape codes itself


def test_no_color_means_no_escape_code_from_any_command(tmp_path: Path) -> None:
    """NO_COLOR=1 on a terminal: no command prints an escape code, whether its own colour, a progress line or one
    that arrived inside a recorded or explained command (shown as `\\x1b`). Every command's --help, and a real run of
    every command that runs to completion."""
    from automode.audit.row import build_row
    from automode.audit.store import open_store
    from automode.model import Action, Context, Decision

    home = tmp_path / "home"
    project = tmp_path / "project"
    home.mkdir()
    project.mkdir()
    db = str(tmp_path / "audit.db")
    store = open_store(db)
    store.insert([build_row(Decision("deny", "reason with \x1b]0;title\x07", ("AM-DESTROY-004",)), Action("Bash", {"command": ESC_COMMAND}, str(project)),
                            Context(cwd=str(project), session_id="s\x1b[2J"), agent="claude-code", ts=time.time() - 60, uid="esc-row")])  # fmt: skip
    store.close()
    env = {k: v for k, v in os.environ.items() if k != "TERM"}
    env.update(NO_COLOR="1", TERM="xterm", HOME=str(home), AUTOMODE_AUDIT_URL=db, XDG_RUNTIME_DIR=str(tmp_path / "run"))
    payload = json.dumps({"session_id": "s", "transcript_path": "", "cwd": str(project), "permission_mode": "default",
                          "hook_event_name": "PreToolUse", "tool_name": "Bash", "tool_input": {"command": ESC_COMMAND},
                          "tool_use_id": "t"}).encode()  # fmt: skip
    runs: list[tuple[list[str], bytes]] = [([name, "--help"], b"") for name in sorted(COMMANDS)]
    runs += [
        (["--help"], b""), (["--version"], b""), (["explian"], b""),
        (["check"], json.dumps({"tool": "Bash", "input": {"command": ESC_COMMAND}}).encode()),
        (["explain", ESC_COMMAND], b""), (["rules"], b""), (["rules", "AM-GIT-002"], b""), (["rules", "AM-JUDGE-001"], b""),
        (["bench", "--limit", "60"], b""), (["config"], b""), (["demo"], b""), (["hook", "claude-code"], payload),
        (["install", "claude-code", "--scope", "project", "--project", str(project), "--mode", "direct"], b""),
        (["doctor", "--project", str(project)], b""),
        (["uninstall", "claude-code", "--scope", "project", "--project", str(project)], b""),
        (["log", "--db", db], b""), (["stats", "--db", db], b""), (["review", "--db", db], b""),
    ]  # fmt: skip
    covered = {args[0] for args, _ in runs}
    assert set(COMMANDS) <= covered
    for args, stdin in runs:
        out = _pty(args, env, stdin, cwd=str(project))
        assert ESC not in out and "\x1b" not in out, (args, out[:400])
        if args[0] in ("explain", "log") and "--help" not in args:
            assert "\\x1b" in out, (args, out[:400])  # shown, not sent


def test_a_heartbeat_shows_a_long_run_on_a_terminal_and_nothing_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    tty = _Tty()
    with style.Heartbeat("automode bench --serve", delay=0.0, stream=tty):
        time.sleep(1.2)
    text = tty.getvalue()
    assert "automode bench --serve" in text and "0:00:0" in text  # the label and the elapsed time, drawn by rich
    assert text.endswith("\x1b[2K")  # the bar is removed at the end
    pipe = io.StringIO()
    with style.Heartbeat("x", delay=0.0, stream=pipe):
        time.sleep(0.6)
    assert pipe.getvalue() == ""


def test_a_counted_run_draws_a_bar_and_with_no_color_a_plain_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    tty = _Tty()
    with style.Progress("scoring", 40, delay=0.0, stream=tty) as p:
        for _ in range(40):
            p.tick()
            time.sleep(0.01)
    assert "scoring" in tty.getvalue() and "40/40" in tty.getvalue() and "━" in tty.getvalue()  # rich's bar
    monkeypatch.setenv("NO_COLOR", "1")
    plain = _Tty()
    with style.Progress("scoring", 40, delay=0.0, stream=plain) as p:
        for _ in range(40):
            p.tick()
            time.sleep(0.01)
    out = plain.getvalue()
    assert "scoring: [" in out and "/40" in out and "\x1b" not in out and out.endswith("\r")


def _columns(line: str) -> list[int]:
    """Where each run of text starts in a line (columns of a table)."""
    return [i for i, ch in enumerate(line) if ch != " " and (i == 0 or line[i - 1:i + 1].startswith("  "))]


def test_tables_stay_aligned_with_colour_on_a_terminal() -> None:
    """`automode rules` on a terminal: coloured verdicts, and once the escape codes are taken out every row's
    verdict and category start in the same columns as the header's."""
    import re

    raw = _in_a_terminal("rules", COLUMNS="250")
    assert ESC in raw
    lines = [re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", x).rstrip("\r") for x in raw.splitlines()]
    head = next(x for x in lines if x.startswith("id "))
    want = [head.index("verdict"), head.index("category")]
    rows = [x for x in lines if x.startswith("AM-")]
    assert len(rows) > 50
    for x in rows:
        assert x[want[0] - 1] == " " and x[want[0]] != " " and x[want[1] - 1] == " " and x[want[1]] != " ", x


def test_the_bench_report_explains_every_column(tmp_path: Path) -> None:
    from automode.commands.bench_report import COLUMNS

    p = subprocess.run([sys.executable, "-m", "automode", "bench", "--limit", "20"], capture_output=True, text=True,
                       timeout=300)  # fmt: skip
    assert p.returncode == 0, p.stderr
    legend = p.stdout.split("\nColumns\n", 1)[1].split("\nFigures\n", 1)[0]
    for header, _, meaning in COLUMNS:
        name = header.replace("\n", " ")
        assert any(line.startswith(name) and meaning in line for line in legend.splitlines()), header
    lines = p.stdout.splitlines()
    at = lines.index("Files")
    head = lines[at + 1:at + 3]  # the table's two header lines
    for h, _, _ in COLUMNS:  # a two-line header: its first line above, its second on the column names' line
        *top, bottom = h.split("\n")
        assert bottom in head[1] and all(t in head[0] for t in top), h
    # nothing printed as a Python dict, list or dataclass repr
    assert not re.search(r"\{'|\['|\w+\(\w+=", p.stdout), p.stdout


def test_a_report_goes_to_stdout_whole_while_the_bar_is_on_the_terminal() -> None:
    """stderr on a terminal (the bar is drawn there), stdout to a pipe: the report on stdout is exactly the JSON,
    nothing of the bar in it and nothing of it moved to stderr."""
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM")}
    env["TERM"] = "xterm"
    proc = subprocess.Popen([sys.executable, "-m", "automode", "bench", "--fuzz", "60", "--seed", "1", "--json"],
                            stdout=subprocess.PIPE, stderr=slave, env=env)  # fmt: skip
    os.close(slave)
    err = [_read_all(master)]
    out = proc.communicate(timeout=300)[0].decode()
    os.close(master)
    assert proc.returncode in (0, 1)
    report = json.loads(out)
    assert report["decisions"] == 60 and "\x1b" not in out
    assert '"decisions"' not in b"".join(err).decode(errors="replace")
