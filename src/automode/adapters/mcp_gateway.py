"""MCP gateway: front any stdio MCP server and gate every `tools/call` (SPEC §10).

    automode mcp-gateway [--name NAME] -- <server command...>

The agent starts the gateway instead of the server. The gateway starts the server as its own client (the
official `mcp` SDK, 2.x), lists its tools unchanged, and runs each call through automode first as the action
`mcp__<name>__<tool>`. A deny, or an ask nobody could answer, comes back as a tool error carrying the reason;
the server never sees the call. Any failure while deciding is a deny.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence
from typing import Any

from automode.adapters import approval, base
from automode.model import Action, Context

DECISION_TIMEOUT_S = 10.0


def tool_action_name(server: str, tool: str) -> str:
    return f"mcp__{server}__{tool}"


def _refusal(text: str) -> Any:
    import mcp.types as types

    return types.CallToolResult(content=[types.TextContent(type="text", text=text)], is_error=True)


async def serve(command: Sequence[str], *, name: str | None = None, headless: bool = False, prompt: bool = True,
                timeout: float = DECISION_TIMEOUT_S) -> None:
    import anyio
    import mcp.types as types
    from mcp import ClientSession
    from mcp.client.stdio import StdioServerParameters, stdio_client
    from mcp.server.lowlevel import Server
    from mcp.server.stdio import stdio_server

    cwd = os.getcwd()
    params = StdioServerParameters(command=command[0], args=list(command[1:]), env=dict(os.environ), cwd=cwd)
    async with stdio_client(params) as (up_read, up_write), ClientSession(up_read, up_write) as upstream:
        init = await upstream.initialize()
        server_name = name or _slug(init.server_info.name if init.server_info else "") or "server"

        # Tool annotations as the server declared them (readOnlyHint, destructiveHint, ...), for the engine.
        annotations: dict[str, dict[str, Any]] = {}

        def remember(result: types.ListToolsResult) -> types.ListToolsResult:
            for t in result.tools:
                if t.annotations is not None:
                    annotations[t.name] = t.annotations.model_dump(exclude_none=True, by_alias=True)
            return result

        async def on_list_tools(ctx: Any, p: types.PaginatedRequestParams | None) -> types.ListToolsResult:
            return remember(await upstream.list_tools(params=p))

        async def on_call_tool(ctx: Any, p: types.CallToolRequestParams) -> Any:
            if p.name not in annotations:
                with contextlib.suppress(Exception):  # a client may call without listing first
                    remember(await upstream.list_tools())
            action = Action(tool=tool_action_name(server_name, p.name), input=dict(p.arguments or {}), cwd=cwd,
                            annotations=annotations.get(p.name))  # fmt: skip
            context = Context(cwd=cwd, project_root=cwd, home=os.path.expanduser("~"),
                              mode="headless" if headless else "interactive", agent_env=base.agent_env(),
                              project_controls=base.project_controls(cwd), links=base.links(p.arguments, cwd))
            try:
                d = await anyio.to_thread.run_sync(
                    lambda: approval.gate(action, context, "an MCP client", prompt=prompt, timeout=timeout),
                    abandon_on_cancel=True)
            except Exception as exc:  # fail closed
                d = base.failure(f"internal error: {type(exc).__name__}: {exc}", "headless")
            if d.verdict != "allow":
                return _refusal(base.deny_message(d))
            return await upstream.call_tool(p.name, p.arguments)

        caps = init.capabilities
        gateway = Server(
            f"automode-gateway/{server_name}",
            version=init.server_info.version if init.server_info else "",
            instructions=init.instructions,
            on_list_tools=on_list_tools if caps.tools is not None else None,
            on_call_tool=on_call_tool if caps.tools is not None else None,
        )
        async with stdio_server() as (read, write):
            await gateway.run(read, write, gateway.create_initialization_options())


def _slug(name: str) -> str:
    """A server name as agents spell it in tool ids (`mcp__<name>__tool`): `secure-filesystem-server` ->
    `secure-filesystem-server`; anything outside [A-Za-z0-9_-] becomes `_`."""
    return "".join(c if c.isalnum() or c in "_-" else "_" for c in name).strip("_")


def main(command: Sequence[str], *, name: str | None, headless: bool, prompt: bool, timeout: float) -> int:
    import anyio

    if not command:
        print("automode mcp-gateway: give the server command after --", file=sys.stderr)
        return 2
    try:
        anyio.run(lambda: serve(command, name=name, headless=headless, prompt=prompt, timeout=timeout))
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        # No tools are served at all: nothing can run ungated.
        print(f"automode mcp-gateway: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0
