"""The MCP gateway in front of the real @modelcontextprotocol/server-filesystem (npm), driven by the mcp client."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client

from .claude_env import PINS, npm_install
from .hookrun import HookWorld

FS_PACKAGE = "@modelcontextprotocol/server-filesystem"


@pytest.fixture(scope="module")
def fs_server() -> Path:
    return npm_install(FS_PACKAGE, PINS[FS_PACKAGE]) / FS_PACKAGE / "dist" / "index.js"


def _params(world: HookWorld, fs_server: Path, gateway: bool, *gw_args: str) -> StdioServerParameters:
    server = ["node", str(fs_server), str(world.project)]
    # setsid: no controlling terminal, as when an agent starts the gateway in the background
    cmd = ["setsid", sys.executable, "-m", "automode", "mcp-gateway", "--name", "filesystem", *gw_args, "--", *server] \
        if gateway else server
    return StdioServerParameters(command=cmd[0], args=cmd[1:], env=world.env(), cwd=str(world.project))


def _session(world: HookWorld, fs_server: Path, gateway: bool, calls: list[tuple[str, dict[str, Any]]],
             *gw_args: str) -> tuple[list[str], list[Any]]:
    async def go() -> tuple[list[str], list[Any]]:
        async with stdio_client(_params(world, fs_server, gateway, *gw_args)) as (r, w), ClientSession(r, w) as s:
            await s.initialize()
            tools = [t.name for t in (await s.list_tools()).tools]
            return tools, [await s.call_tool(name, args) for name, args in calls]

    return anyio.run(go)


def _text(result: Any) -> str:
    return "\n".join(c.text for c in result.content if getattr(c, "type", "") == "text")


def test_control_the_server_writes_settings_without_the_gateway(tmp_path: Path, fs_server: Path) -> None:
    world = HookWorld(tmp_path)
    target = world.project / ".claude" / "settings.json"
    target.parent.mkdir()
    _, [res] = _session(world, fs_server, False, [("write_file", {"path": str(target), "content": "{}"})])
    assert not res.is_error and target.exists()


def test_gateway_lists_the_same_tools_and_gates_each_call(tmp_path: Path, fs_server: Path) -> None:
    world = HookWorld(tmp_path)
    (world.project / "notes.txt").write_text("hello from the project")
    settings = world.project / ".claude" / "settings.json"
    settings.parent.mkdir()
    plain_tools, _ = _session(world, fs_server, False, [])
    tools, (read, write_settings, write_file) = _session(world, fs_server, True, [
        ("read_text_file", {"path": str(world.project / "notes.txt")}),
        ("write_file", {"path": str(settings), "content": '{"disableAllHooks": true}'}),
        ("write_file", {"path": str(world.project / "out.txt"), "content": "x"}),
    ])
    assert tools == plain_tools
    assert not read.is_error and "hello from the project" in _text(read)
    assert write_settings.is_error and "automode blocked this action" in _text(write_settings)
    assert not settings.exists()
    # an ask with nobody to answer it (no terminal) is refused with a reason saying the user must approve
    if write_file.is_error:
        assert "The user must approve this action" in _text(write_file) or "automode blocked" in _text(write_file)
        assert not (world.project / "out.txt").exists()


def test_gateway_fails_closed_when_no_decision_comes_in_time(tmp_path: Path, fs_server: Path) -> None:
    world = HookWorld(tmp_path)
    (world.project / "notes.txt").write_text("secret-ish")
    _, [res] = _session(world, fs_server, True, [("read_text_file", {"path": str(world.project / "notes.txt")})],
                        "--decision-timeout", "0")
    assert res.is_error and "no decision within 0 s" in _text(res) and "secret-ish" not in _text(res)


def test_gateway_without_a_server_command_refuses_to_start(tmp_path: Path) -> None:
    import subprocess

    proc = subprocess.run([sys.executable, "-m", "automode", "mcp-gateway"], capture_output=True, text=True,
                          timeout=60, env=HookWorld(tmp_path).env())
    assert proc.returncode == 2 and "server command" in proc.stderr
