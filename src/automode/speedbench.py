"""`automode bench --speed`: the ratios of issue 14, from one run, so machines can be compared.

Every figure is a ratio against a reference measured beside it in the same loop (interleaved repetitions, medians),
which survives a noisy or shared machine where absolute times do not:

* cold hook round trip (`automode hook claude-code --mode direct` through `/bin/sh -c`) vs a bare
  `python -I -S -c pass`;
* resident hook round trip (the `-I -S` client handing the call to the per-user server) vs the same bare start;
* an in-process Bash decision vs a bare tree-sitter parse of the same command (real agent traffic when the corpora
  are beside the repository, the packaged demo session otherwise);
* a decision with a 20-message session vs the same action with no user messages.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from typing import Any

from automode.hookbench import _drained
from automode.model import Action, Context

BENCH_HOME = "/home/user"
SESSION = (
    "the login page throws a 500 when the password is empty, can you look?",
    "it's in src/auth/views.py I think",
    "yes, add a test for it too",
    "run the whole test suite after",
    "don't touch the migrations",
    "ok that looks right",
    "also the README mentions the old endpoint, fix that",
    "and bump the version in pyproject to 2.3.1",
    "no, keep the changelog as it is",
    "commit it on the feature branch",
    "what does the CI config run?",
    "fine, leave CI alone",
    "can you make the error message friendlier",
    "something like 'please enter your password'",
    "good. now run ruff on the package",
    "fix what it finds in src/auth only",
    "thanks, and the type errors?",
    "ok, mypy on src/auth too",
    "great, push the branch when the tests pass",
    "and open a PR against main",
)


def _median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else 0.0


def traffic(files: list[str], limit: int = 1500) -> list[tuple[Action, Context]]:
    """Bash actions of real agent traffic (the first corpus files given that exist), else the demo session."""
    from automode.api import action_from_json, context_from_json

    out: list[tuple[Action, Context]] = []
    for path in files:
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                try:
                    rec = json.loads(line)
                    if rec["action"].get("tool") != "Bash":
                        continue
                    out.append((action_from_json(rec["action"]), context_from_json(rec.get("context") or {}, home=BENCH_HOME)))
                except (ValueError, KeyError, TypeError, AttributeError):
                    continue
                if len(out) >= limit:
                    return out
    if not out:
        from importlib import resources

        demo = resources.files("automode") / "data" / "demo_session.jsonl"
        for line in demo.read_text(encoding="utf-8").splitlines():
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            act = rec.get("action") or rec
            if isinstance(act, dict) and act.get("tool") == "Bash":
                out.append((action_from_json(act), Context(cwd="/work/app", project_root="/work/app", home=BENCH_HOME)))
    return out


def in_process(actions: list[tuple[Action, Context]], rounds: int = 3) -> dict[str, Any]:
    """Decision vs bare parse, and with vs without a 20-message session, interleaved per action."""
    import tree_sitter_bash
    from tree_sitter import Language, Parser

    from automode.api import default_engine

    parser = Parser(Language(tree_sitter_bash.language()))
    engine = default_engine()
    parse_us: list[float] = []
    decide_us: list[float] = []
    bare_us: list[float] = []
    words_us: list[float] = []
    cpu_bare: list[float] = []  # the deciding thread's CPU time: a loaded machine preempts longer decisions more
    cpu_words: list[float] = []
    for _ in range(rounds):
        for action, ctx in actions:
            cmd = action.input.get("command")
            if not isinstance(cmd, str):
                continue
            src = cmd.encode("utf-8", "replace")
            t0 = time.perf_counter()
            parser.parse(src)
            t1 = time.perf_counter()
            engine.decide(action, ctx)
            t2 = time.perf_counter()
            bare = Context(cwd=ctx.cwd, project_root=ctx.project_root, home=ctx.home, git=ctx.git)
            c2 = time.thread_time_ns()
            engine.decide(action, bare)
            c3 = time.thread_time_ns()
            t3 = time.perf_counter()
            engine.decide(action, Context(cwd=ctx.cwd, project_root=ctx.project_root, home=ctx.home, git=ctx.git,
                                          user_messages=SESSION))  # fmt: skip
            t4 = time.perf_counter()
            cpu_bare.append((c3 - c2) / 1e3)
            cpu_words.append((time.thread_time_ns() - c3) / 1e3)
            parse_us.append((t1 - t0) * 1e6)
            decide_us.append((t2 - t1) * 1e6)
            bare_us.append((t3 - t2) * 1e6)
            words_us.append((t4 - t3) * 1e6)
    p, d, b, w = _median(parse_us), _median(decide_us), _median(bare_us), _median(words_us)
    # Rule checks per decision, indexed by trigger (engine) vs the whole catalogue on everything: the index's work.
    from automode.engine import Engine

    whole = Engine(engine.config, indexed=False)
    run: list[float] = []
    every: list[float] = []
    for action, ctx in actions:
        a = engine.analyze(action, ctx)
        run.append(engine.checks(a))
        every.append(whole.checks(a))
    return {
        "rule_checks_p50": _median(run), "rule_checks_whole_p50": _median(every),
        "actions": len(actions), "parse_p50_us": round(p, 1), "decide_p50_us": round(d, 1),
        "decide_vs_parse": round(d / p, 2) if p else 0.0,
        "no_messages_p50_us": round(b, 1), "session20_p50_us": round(w, 1),
        "session20_vs_none": round(w / b, 2) if b else 0.0,
        "session20_vs_none_cpu": round(_median(cpu_words) / _median(cpu_bare), 2) if _median(cpu_bare) else 0.0,
    }  # fmt: skip


def _sh(cmd: str, payload: bytes, env: dict[str, str], cwd: str) -> float:
    t0 = time.perf_counter()
    subprocess.run(["/bin/sh", "-c", cmd], input=payload, capture_output=True, env=env, cwd=cwd, timeout=60)
    return (time.perf_counter() - t0) * 1000


def _payloads(project: str) -> Iterator[bytes]:
    samples = (
        {"tool_name": "Bash", "tool_input": {"command": "git status"}},
        {"tool_name": "Bash", "tool_input": {"command": "pytest -q tests && git diff --stat"}},
        {"tool_name": "Edit", "tool_input": {"file_path": "src/app.py", "old_string": "a", "new_string": "b"}},
    )
    i = 0
    while True:
        s = samples[i % len(samples)]
        i += 1
        yield json.dumps({"session_id": "automode-speedbench", "transcript_path": "", "cwd": project,
                          "permission_mode": "default", "hook_event_name": "PreToolUse",
                          "tool_use_id": f"toolu_speed{i}", **s}).encode()  # fmt: skip


def hooks(n: int = 30) -> dict[str, Any]:
    """Cold and resident hook round trips vs a bare interpreter start, interleaved, in a private runtime dir."""
    from automode.adapters.settings_file import hook_command
    from automode.hookbench import _stop_server, _wait_for_server

    bare_cmd = f"{sys.executable} -I -S -c pass"
    with tempfile.TemporaryDirectory(prefix="automode-speedbench-", ignore_cleanup_errors=True) as tmp, _drained(tmp):
        project = os.path.join(tmp, "project")
        runtime = os.path.join(tmp, "run")
        os.makedirs(project)
        os.makedirs(runtime, mode=0o700)
        env = {k: v for k, v in os.environ.items() if not k.startswith("AUTOMODE_")}
        env.update(XDG_DATA_HOME=os.path.join(tmp, "data"), XDG_RUNTIME_DIR=runtime, CLAUDE_PROJECT_DIR=project)
        cold_cmd = hook_command("claude-code", resident=False)
        resident_cmd = hook_command("claude-code", resident=True)
        payloads = _payloads(project)
        try:
            _sh(resident_cmd, next(payloads), env, project)  # starts the server
            resident_ok = _wait_for_server(env)
            bare: list[float] = []
            cold: list[float] = []
            resident: list[float] = []
            for _ in range(2):  # warm-up of the file cache
                _sh(bare_cmd, b"", env, project)
                _sh(cold_cmd, next(payloads), env, project)
            from automode.audit.spool import wait_drained

            for _ in range(n):
                bare.append(_sh(bare_cmd, b"", env, project))
                cold.append(_sh(cold_cmd, next(payloads), env, project))
                # Untimed: the cold hook's detached audit drainer would otherwise share the CPU with the next
                # measurement (agents' hook calls are seconds apart, so it is done long before the next one).
                wait_drained(os.path.join(tmp, "data"))
                if resident_ok:
                    resident.append(_sh(resident_cmd, next(payloads), env, project))
        finally:
            _stop_server(runtime)
    b = _median(bare)
    out: dict[str, Any] = {"n": n, "bare_python_ms": round(b, 2), "cold_ms": round(_median(cold), 2),
                           "cold_vs_bare": round(_median(cold) / b, 2) if b else 0.0}  # fmt: skip
    if resident:
        out.update(resident_ms=round(_median(resident), 2), resident_vs_bare=round(_median(resident) / b, 2) if b else 0.0)
    else:
        out["resident_error"] = "the resident server did not come up"
    return out


_COUNT_COMPILES = """
import json, os, sys
sys.path += {path!r}
import re._compiler as c
n = [0]
_compile = c.compile
def counted(*a, **k):
    n[0] += 1
    return _compile(*a, **k)
c.compile = counted
from automode import retable
retable.install()  # as the hook process does (adapters.run.main_in_process)
from automode.adapters.claude_code import handle
imported = len(sys.modules)
n0 = n[0]
handle(sys.stdin.buffer.read(), os.environ, False)
from automode import dctable
print(json.dumps({{"at_import": n0, "total": n[0], "precompiled": retable.BUILT[0], "dataclass_methods": dctable.USED[0]}}))
"""


def cold_imports() -> dict[str, Any]:
    """What one cold decision (the installed direct hook, a Bash `git status`) imports, by -X importtime: the
    number of modules, how many are automode's, the heaviest by their own import time, and how many regular
    expressions the process compiles (at import and in all). A rise in any of these is a cold-start regression."""
    from automode.adapters.settings_file import hook_command, hook_path

    py = sys.executable
    cmd = hook_command("claude-code", resident=False)
    prefix = f"{__import__('shlex').quote(py)} -I -S"
    assert cmd.startswith(prefix)
    with tempfile.TemporaryDirectory(prefix="automode-speedbench-", ignore_cleanup_errors=True) as tmp, _drained(tmp):
        project = os.path.join(tmp, "project")
        os.makedirs(project)
        env = {k: v for k, v in os.environ.items() if not k.startswith("AUTOMODE_")}
        env.update(XDG_DATA_HOME=os.path.join(tmp, "data"), XDG_RUNTIME_DIR=tmp, CLAUDE_PROJECT_DIR=project)
        payload = next(_payloads(project))
        proc = subprocess.run(["/bin/sh", "-c", prefix + " -X importtime" + cmd[len(prefix):]], input=payload,
                              capture_output=True, env=env, cwd=project, timeout=60)  # fmt: skip
        mods: dict[str, int] = {}
        for line in proc.stderr.decode(errors="replace").splitlines():
            parts = line.removeprefix("import time:").split("|")
            if line.startswith("import time:") and len(parts) == 3 and parts[0].strip().isdigit():
                mods[parts[2].strip()] = int(parts[0])
        counted = subprocess.run([py, "-I", "-S", "-c", _COUNT_COMPILES.format(path=hook_path())], input=payload,
                                 capture_output=True, env=env, cwd=project, timeout=60)  # fmt: skip
    try:
        compiles = json.loads(counted.stdout.decode().strip().splitlines()[-1])
    except (ValueError, IndexError):
        compiles = {"error": counted.stderr.decode(errors="replace")[-300:]}
    heaviest = sorted(mods.items(), key=lambda kv: -kv[1])[:8]
    return {"modules": len(mods), "automode_modules": sum(m.startswith("automode") for m in mods),
            "heaviest_self_ms": {m: round(us / 1000, 2) for m, us in heaviest}, "regex_compiles": compiles}


def run(files: list[str], n: int = 30) -> dict[str, Any]:
    return {"hooks": hooks(n), "cold_imports": cold_imports(), "in_process": in_process(traffic(files))}


def format_report(r: dict[str, Any]) -> str:
    h, p = r["hooks"], r["in_process"]
    lines = [
        "speed ratios (medians of interleaved repetitions; compare ratios across machines, not times):",
        f"  cold hook round trip      {h['cold_ms']:8.2f} ms  = {h['cold_vs_bare']:5.2f}x bare `python -I -S -c pass` "
        f"({h['bare_python_ms']:.2f} ms)   target <= 4x",
    ]
    c = r.get("cold_imports")
    if c:
        rx = c["regex_compiles"]
        lines.append(f"    a cold decision imports {c['modules']} modules ({c['automode_modules']} automode) and compiles "
                     + (f"{rx['total']} regexes ({rx['at_import']} at import; {rx['precompiled']} more built from "
                        f"automode.retable, {rx.get('dataclass_methods', 0)} dataclass methods from automode.dctable)"
                        if "total" in rx else "? regexes")
                     + "; heaviest (own import time, -X importtime): "
                     + ", ".join(f"{m} {ms:.1f} ms" for m, ms in c["heaviest_self_ms"].items()))
    if "resident_ms" in h:
        lines.append(f"  resident hook round trip  {h['resident_ms']:8.2f} ms  = {h['resident_vs_bare']:5.2f}x bare start"
                     "                          target <= 1.3x")  # fmt: skip
    else:
        lines.append(f"  resident hook round trip  {h['resident_error']}")
    lines += [
        f"  Bash decision p50         {p['decide_p50_us']:8.1f} µs  = {p['decide_vs_parse']:5.2f}x a bare tree-sitter parse "
        f"({p['parse_p50_us']:.1f} µs, {p['actions']} commands)   target <= 5x (issue 14), <= 8x (issue 10)",
        f"  20-message session        {p['session20_p50_us']:8.1f} µs  = {p['session20_vs_none']:5.2f}x the same action without "
        f"messages ({p['no_messages_p50_us']:.1f} µs)   target <= 1.2x"
        + (f"; {p['session20_vs_none_cpu']:.2f}x in CPU time" if "session20_vs_none_cpu" in p else ""),
    ]
    if "rule_checks_p50" in p:
        lines.append(f"    rule checks per Bash decision p50: {p['rule_checks_p50']:g} run by trigger, of "
                     f"{p['rule_checks_whole_p50']:g} for the whole catalogue on everything (automode.rules.base: triggers)")
    return "\n".join(lines)
