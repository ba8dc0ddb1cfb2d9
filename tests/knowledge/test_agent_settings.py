"""Which way a change to an agent's own settings moves the guard (`knowledge.agent_settings`): every agent's file
format, whole files and Edit fragments, both sides of each key."""

from __future__ import annotations

import pytest

from automode.knowledge.agent_settings import (
    LOOSEN,
    NEUTRAL,
    TIGHTEN,
    UNKNOWN,
    compare,
    json_entries,
    toml_entries,
    worst,
)

CASES: list[tuple[str, str, str, str]] = [
    # Claude Code: permission rules, modes, hooks, sandbox, MCP servers, neutral keys
    ("settings.json", '"allow": [\n "Bash(mix test:*)"', '"allow": [\n "Bash(mix test:*)",\n "Bash(mix format:*)"', LOOSEN),
    ("settings.json", '"deny": [\n', '"deny": [\n "Bash(terraform destroy:*)",\n', TIGHTEN),
    ("settings.json", '"ask": [\n "Bash(git push:*)"\n]', '"ask": []', LOOSEN),
    ("settings.json", '"allow": ["Bash(npm test)", "Bash(curl:*)"]', '"allow": ["Bash(npm test)"]', TIGHTEN),
    ("settings.json", '', '{"permissions": {"defaultMode": "bypassPermissions"}}', LOOSEN),
    ("settings.json", '"defaultMode": "acceptEdits"', '"defaultMode": "plan"', TIGHTEN),
    ("settings.json", '', '{"permissions": {"additionalDirectories": ["/"]}}', LOOSEN),
    ("settings.json", '"disableAllHooks": false', '"disableAllHooks": true', LOOSEN),
    ("settings.json", '"hooks": {"PreToolUse": [{"matcher": "*", "hooks": [{"command": "automode hook"}]}]}', '', LOOSEN),
    ("settings.json", '{}', '{"hooks": {"PostToolUse": [{"matcher": "Edit", "hooks": [{"command": "ruff format"}]}]}}', UNKNOWN),
    ("settings.json", '"sandbox": {"enabled": true}', '"sandbox": {"enabled": false}', LOOSEN),
    ("settings.json", '', '{"enableAllProjectMcpServers": true}', LOOSEN),
    ("settings.json", '"model": "sonnet"', '"model": "opus"', NEUTRAL),
    ("settings.json", '"includeCoAuthoredBy": true', '"includeCoAuthoredBy": false', NEUTRAL),
    ("settings.json", '"env": {', '"env": {\n "AUTOMODE_MODE": "off",', UNKNOWN),  # the env tables are the caller's
    ("settings.json", '', '{"statusLine": {"type": "command", "command": "~/bin/status.sh"}}', UNKNOWN),
    ("settings.json", '{}', '{"permissions": {}}', UNKNOWN),
    # Codex
    ("config.toml", 'approval_policy = "never"\n', 'approval_policy = "on-request"\n', TIGHTEN),
    ("config.toml", '', 'approval_policy = "never"\n', LOOSEN),
    ("config.toml", 'sandbox_mode = "read-only"\n', 'sandbox_mode = "danger-full-access"\n', LOOSEN),
    ("config.toml", '[sandbox_workspace_write]\nnetwork_access = false\n', '[sandbox_workspace_write]\nnetwork_access = true\n', LOOSEN),
    ("config.toml", 'model = "o4-mini"\n', 'model = "gpt-5-codex"\n', NEUTRAL),
    ("config.toml", 'model_reasoning_effort = "low"\n', 'model_reasoning_effort = "high"\n', NEUTRAL),
    ("config.toml", '[projects."/home/me/x"]\ntrust_level = "untrusted"\n', '[projects."/home/me/x"]\ntrust_level = "trusted"\n', LOOSEN),
    ("config.toml", '[mcp_servers.pg]\ncommand = "npx"\n', '', TIGHTEN),
    # Gemini CLI
    ("settings.json", '', '{"ui": {"theme": "GitHub"}}', NEUTRAL),
    ("settings.json", '', '{"context": {"fileName": ["CONTRIBUTING.md"]}}', NEUTRAL),
    ("settings.json", '', '{"tools": {"autoAccept": true}}', LOOSEN),
    ("settings.json", '', '{"tools": {"allowed": ["run_shell_command"]}}', LOOSEN),
    ("settings.json", '', '{"tools": {"exclude": ["run_shell_command"]}}', TIGHTEN),
    ("settings.json", '', '{"security": {"folderTrust": {"enabled": false}}}', LOOSEN),
    ("settings.json", '"security": {"disableYoloMode": true}', '"security": {"disableYoloMode": false}', LOOSEN),
    ("settings.json", '"sandbox": false', '"sandbox": "docker"', TIGHTEN),
    # aider
    (".aider.conf.yml", '', 'yes-always: true\n', LOOSEN),
    (".aider.conf.yml", '', 'git-commit-verify: false\n', LOOSEN),
    (".aider.conf.yml", '', 'model: sonnet\ndark-mode: true\n', NEUTRAL),
    # automode's own configuration: a project file may only tighten
    (".automode.toml", 'deny = ["Read(./.env)"]\n', 'deny = ["Read(./.env)", "Bash(kubectl delete *)"]\n', TIGHTEN),
    (".automode.toml", '[permissions]\nallow = []\n', '[permissions]\nallow = ["Bash(*)"]\n', LOOSEN),
    (".automode.toml", '', 'boundaries = ["never push to main"]\n', TIGHTEN),
    (".automode.toml", '[trust]\ndomains = []\n', '[trust]\ndomains = ["paste.example"]\n', LOOSEN),
    (".automode.toml", '', '[judge]\nurl = "https://x.example"\n', UNKNOWN),
]


@pytest.mark.parametrize(("path", "old", "new", "want"), CASES, ids=[f"{i:02d}-{c[3]}" for i, c in enumerate(CASES)])
def test_direction(path: str, old: str, new: str, want: str) -> None:
    got = compare(path, old, new)
    assert worst(got) == want, got


def test_added_servers_are_reported_by_name_for_the_judge() -> None:
    got = compare(".mcp.json", '{"mcpServers": {}}', '{"mcpServers": {"sentry": {"url": "https://mcp.sentry.dev/mcp"}}}')
    assert [(c.direction, c.name, c.values) for c in got] == [(UNKNOWN, "sentry", ("https://mcp.sentry.dev/mcp",))]


def test_env_variables_are_judged_by_the_callers_table() -> None:
    got = compare("settings.json", '"env": {', '"env": {\n "HUSKY": "0",', lambda n, v, added: n == "HUSKY" and v == "0")
    assert worst(got) == LOOSEN


def test_readers_keep_the_keys_above_a_value() -> None:
    assert (("permissions", "allow"), "Bash(x)") in json_entries('{"permissions": {"allow": ["Bash(x)"]}}')
    assert (("sandbox_workspace_write", "network_access"), "true") in toml_entries("[sandbox_workspace_write]\nnetwork_access = true\n")
    assert (("mcp_servers", "pg", "args"), "-y") in toml_entries('[mcp_servers.pg]\nargs = ["-y", "x"]\n')
