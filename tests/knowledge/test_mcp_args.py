"""The MCP argument tables (`knowledge.mcp_args`): every fixture, read the way analysis reads it."""

from __future__ import annotations

from typing import Any

import pytest

from automode.knowledge import mcp_args, mcp_cli


def _run(fn: str, tool: str, inp: dict[str, Any]) -> object:
    if fn == "code":
        got = mcp_args.code_payload(tool, inp)
        return got[0] if got else None
    if fn == "stdin":
        got = mcp_args.stdin_payload(tool, inp)
        return got[0] if got else None
    if fn == "cli":
        return mcp_cli.cli_line(tool, inp)
    if fn == "remote":
        return mcp_args.remote_store(tool)
    if fn == "http":
        return mcp_cli.http_line(tool, inp)
    if fn == "ssh":
        return mcp_cli.ssh_line(tool, inp)
    if fn == "verb":
        from automode.effects import mcp_name
        from automode.rules.trust import MCP_VERBS

        return MCP_VERBS.search(mcp_name(tool)) is not None
    if fn == "guard":
        return mcp_args.guard_loosened(tool, inp) is not None
    raise AssertionError(fn)


@pytest.mark.parametrize(("fn", "tool", "inp", "want"), mcp_args.FIXTURES, ids=[f"{f[0]}:{f[1]}" for f in mcp_args.FIXTURES])
def test_fixture(fn: str, tool: str, inp: dict[str, Any], want: object) -> None:
    assert _run(fn, tool, inp) == want


def test_file_urls() -> None:
    assert mcp_args.file_urls([("url", "file:///home/u/.aws/credentials"), ("url", "https://x.example")]) == [
        "/home/u/.aws/credentials"]
    assert mcp_args.file_urls([("text", "file:///etc/passwd")]) == []


def test_lowered() -> None:
    assert mcp_args.lowered("python", "print(1)") == "python3 -c 'print(1)'"
    assert mcp_args.lowered("shell", "ls -la") == "ls -la"
    assert mcp_args.lowered("sql", "select 1") is None
