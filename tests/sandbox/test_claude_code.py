"""The real Claude Code CLI inside `automode run --sandbox --net trusted`, against the fake model server of
tests/integrations (on the host's loopback, reached only through automode's egress proxy)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.usefixtures("bwrap_ready")

claude_env = pytest.importorskip("tests.integrations.claude_env")
fake_anthropic = pytest.importorskip("tests.integrations.fake_anthropic")


@pytest.fixture(scope="module")
def claude() -> Path:
    return claude_env.claude_binary()  # type: ignore[no-any-return]


def _run_sandboxed(
    sb: Any, claude: Path, plan: list[tuple[str, dict[str, Any]]], *args: str
) -> tuple[Any, Any]:
    cfg = sb.home / ".config" / "automode"
    cfg.mkdir(parents=True, exist_ok=True)
    (cfg / "config.toml").write_text('[trust]\nhosts = ["127.0.0.1"]\n')
    with fake_anthropic.FakeAnthropic(plan) as fake:
        # NO_PROXY emptied: the fake API is on the host's 127.0.0.1, which inside the sandbox is not local.
        cmd = [sys.executable, "-m", "automode", "run", "--sandbox", "--net", "trusted", "--",
               "env", "NO_PROXY=", "no_proxy=", str(claude), "-p", "do the task", "--output-format", "stream-json",
               "--verbose", "--include-hook-events", *args]  # fmt: skip
        proc = subprocess.run(
            cmd, cwd=sb.project, env=sb.env(fake.url), stdin=subprocess.DEVNULL, capture_output=True, text=True,
            timeout=180,
        )  # fmt: skip
        events = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
        assert any(e.get("type") == "result" for e in events), f"rc {proc.returncode}: {proc.stderr[-2000:]}"
        return events, fake.tool_results()


def test_claude_code_runs_sandboxed(tmp_path: Path, claude: Path) -> None:
    sb = claude_env.Sandbox(tmp_path)
    (sb.home / ".ssh").mkdir()
    (sb.home / ".ssh" / "id_ed25519").write_text("FAKE-KEY-MATERIAL\n")
    command = (
        'cat ~/.ssh/id_ed25519; echo "key=$?"; echo hi > inside.txt; echo x > ~/outside.txt; echo "out=$?"'
    )
    _, results = _run_sandboxed(
        sb, claude, [("Bash", {"command": command})], "--dangerously-skip-permissions"
    )
    text = fake_anthropic.result_text(results[0])
    assert "FAKE-KEY-MATERIAL" not in text and "key=1" in text and "out=1" in text, text
    assert (sb.project / "inside.txt").exists() and not (sb.home / "outside.txt").exists()
    log = (sb.root / "data" / "automode" / "egress.jsonl").read_text().splitlines()
    assert log and all(json.loads(x)["verdict"] == "allow" for x in log)  # the model API calls, logged


def test_hooks_decide_inside_the_sandbox(tmp_path: Path, claude: Path) -> None:
    with claude_env.cleanup(claude_env.Sandbox(tmp_path)) as sb:
        sb.install("direct")
        plan = [("Bash", {"command": "git status", "description": "status"})]
        events, results = _run_sandboxed(sb, claude, plan, "--dangerously-skip-permissions")
        outs = claude_env.hook_outputs(events, "PreToolUse")
        assert outs and outs[0]["hookSpecificOutput"]["permissionDecision"] == "allow", outs
        assert "On branch main" in fake_anthropic.result_text(results[0])
        # The agent's settings (where the hooks live) stayed read-only inside: the hooks are still installed.
        assert "automode" in (sb.config / "settings.json").read_text()
