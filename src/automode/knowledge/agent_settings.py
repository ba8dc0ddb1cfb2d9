"""The agent's own settings, key by key: which change loosens the guard, which tightens it, which leaves it alone.

This is where product.md's line is drawn (SPEC §3, the hard floor). A change to an agent's or automode's controls
that **loosens** the guard or the agent's permissions stays a deny even when the user asks for it (the user makes
it in their own editor): an allow rule or an allowed tool added, a deny or ask rule taken away, a permission mode that
skips prompts (`bypassPermissions`, Codex `approval_policy = "never"`, `danger-full-access`, Gemini `autoAccept`,
aider `yes-always`), hooks changed or taken out, the sandbox opened or switched off, folder trust off, a variable that
switches checks off (`AUTOMODE_*`, `HUSKY=0`), an MCP server nobody named. A change that **tightens** it (a deny or
ask rule added, an allow rule removed, a stricter mode, an MCP server removed) or that is **neutral** (the model, the
theme, the editor, the context file, the commit trailer, an MCP server the user named) is the user's to ask for.
What the table does not know (an `env` timeout, a status-line command, a hook added) is **unknown**: an ask when
asked, as before.

The table (`KEYS`) is matched on the tail of a key's path, so an Edit's fragment (`"defaultMode": "…"` without its
`permissions` object) still finds its key; a tail that fits several keys takes the strictest reading. Sources: Claude
Code settings (code.claude.com/docs/en/settings: permissions, hooks, sandbox, env, MCP), Codex config.toml
(developers.openai.com/codex/config-reference), Gemini CLI settings.json (geminicli.com/docs/get-started/configuration),
aider's .aider.conf.yml (aider.chat/docs/config), Cursor CLI permissions (cli-config.json) and automode's own
config (docs/config.md). Fixtures: tests/knowledge/test_agent_settings.py.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from automode import lazyre
from automode.dc import dataclass

#: Variables that switch automode's or an agent's checks off (`rules.agent_switch`, `AM-AGENT-002`), set on a
#: command, exported, or written into an agent's `env` settings.
AGENT_ENV = lazyre.compile(r"^(AUTOMODE_\w+|CLAUDE_CODE_\w*(BYPASS|SKIP|DISABLE)\w*|DCG_BYPASS|IS_SANDBOX|CLAUDE_PROJECT_DIR)$")
#: Variables that move where an agent or automode reads its controls (besides `AGENT_ENV`).
MOVES_CONTROLS = frozenset({"HOME", "CLAUDE_CONFIG_DIR", "CODEX_HOME", "GEMINI_CLI_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME",
                            "XDG_STATE_HOME", "XDG_RUNTIME_DIR", "PYTHONPATH", "PYTHONHOME", "LD_PRELOAD", "BASH_ENV"})  # fmt: skip

#: `Change.name` of a hook command added (`Change.values` holds the command).
HOOK = "<hook>"
EnvCheck = Callable[[str, str, bool], bool]
LOOSEN, TIGHTEN, NEUTRAL, UNKNOWN = "loosen", "tighten", "neutral", "unknown"
#: How much each direction weighs when one key path fits several rows: the strictest reading wins.
SEVERITY = {LOOSEN: 3, UNKNOWN: 2, TIGHTEN: 1, NEUTRAL: 0}


@dataclass(frozen=True, slots=True)
class Key:
    """One setting. `kind`: `rank` (values from tightest to loosest: a move right loosens), `flag` (`loose` values
    loosen, any other value tightens or is neutral; `default_loose`: the key absent is the loose state, so removing a
    tight value loosens), `grant` (a list whose items grant: added loosens, removed tightens), `restrict` (a list whose
    items restrict: added tightens, removed loosens), `neutral` (no bearing on the guard), `runs` (a command the agent
    runs: unknown), `hooks`, `servers` (MCP servers: named by the user or not), `env` (variables: by name)."""

    path: str
    kind: str
    values: tuple[str, ...] = ()
    default_loose: bool = False
    what: str = ""
    default: str = ""  # a `rank` key's value when it is absent


def _neutral(*paths: str) -> tuple[Key, ...]:
    return tuple(Key(p, "neutral") for p in paths)


KEYS: tuple[Key, ...] = (
    # Claude Code (settings.json, settings.local.json, managed settings) and Cursor CLI (cli-config.json)
    Key("permissions.allow", "grant", what="an allow rule"),
    Key("permissions.additionalDirectories", "grant", what="a directory the agent may use"),
    Key("permissions.deny", "restrict", what="a deny rule"),
    Key("permissions.ask", "restrict", what="an ask rule"),
    Key("permissions.defaultMode", "rank", ("plan", "dontask", "default", "acceptedits", "bypasspermissions"), what="the permission mode",
        default="default"),
    Key("permissions.disableBypassPermissionsMode", "flag", ("",), default_loose=True, what="the bypass-mode lock"),
    Key("disableAllHooks", "flag", ("true",), what="all hooks switched off"),
    Key("allowManagedHooksOnly", "flag", ("false",), default_loose=True, what="managed hooks only"),
    Key("allowManagedPermissionRulesOnly", "flag", ("false",), default_loose=True, what="managed permission rules only"),
    Key("enableAllProjectMcpServers", "flag", ("true",), what="every project MCP server enabled"),
    Key("enabledMcpjsonServers", "grant", what="an MCP server enabled"),
    Key("disabledMcpjsonServers", "restrict", what="an MCP server disabled"),
    Key("sandbox.enabled", "flag", ("false",), default_loose=True, what="the sandbox"),
    Key("sandbox.autoAllowBashIfSandboxed", "flag", ("true",), what="sandboxed commands allowed without asking"),
    Key("sandbox.allowUnsandboxedCommands", "flag", ("true",), what="commands outside the sandbox"),
    Key("sandbox.excludedCommands", "grant", what="a command run outside the sandbox"),
    Key("sandbox.network.allowedDomains", "grant", what="a domain the sandbox may reach"),
    Key("sandbox.network.allowUnixSockets", "grant", what="a socket the sandbox may reach"),
    Key("sandbox.network.allowLocalBinding", "flag", ("true",), what="local ports in the sandbox"),
    Key("hooks", "hooks", what="hooks"),
    Key("mcpServers", "servers", what="an MCP server"),
    Key("env", "env", what="an environment variable"),
    Key("statusLine", "runs", what="a status-line command"),
    Key("apiKeyHelper", "runs", what="a key helper command"),
    Key("awsAuthRefresh", "runs", what="a credential command"),
    Key("awsCredentialExport", "runs", what="a credential command"),
    Key("otelHeadersHelper", "runs", what="a telemetry helper command"),
    *_neutral("model", "outputStyle", "includeCoAuthoredBy", "cleanupPeriodDays", "language", "alwaysThinkingEnabled",
              "spinnerTipsEnabled", "verbose", "theme", "autoUpdates", "preferredNotifChannel", "forceLoginMethod",
              "companyAnnouncements", "editorMode", "autoCompactEnabled", "todoFeatureEnabled", "messageIdleNotifThresholdMs",
              "autoConnectIde", "diffTool", "showTurnDuration", "vimMode", "$schema"),
    # Codex (config.toml): tables read as dotted paths
    Key("approval_policy", "rank", ("untrusted", "on-request", "on-failure", "never"), what="the approval policy",
        default="on-request"),
    Key("ask_for_approval", "rank", ("untrusted", "on-request", "on-failure", "never"), what="the approval policy",
        default="on-request"),
    Key("sandbox_mode", "rank", ("read-only", "workspace-write", "danger-full-access"), what="the sandbox mode",
        default="workspace-write"),
    Key("sandbox_workspace_write.network_access", "flag", ("true",), what="network access from the sandbox"),
    Key("sandbox_workspace_write.writable_roots", "grant", what="a directory the sandbox may write"),
    Key("sandbox_workspace_write.exclude_slash_tmp", "flag", ("false",), default_loose=True, what="/tmp outside the sandbox"),
    Key("sandbox_workspace_write.exclude_tmpdir_env_var", "flag", ("false",), default_loose=True, what="$TMPDIR outside the sandbox"),
    Key("projects.trust_level", "rank", ("untrusted", "trusted"), what="a project's trust level", default="untrusted"),
    Key("trust_level", "rank", ("untrusted", "trusted"), what="a project's trust level", default="untrusted"),
    Key("mcp_servers", "servers", what="an MCP server"),
    Key("notify", "runs", what="a notification command"),
    *_neutral("model_reasoning_effort", "model_reasoning_summary", "model_verbosity", "hide_agent_reasoning",
              "show_raw_agent_reasoning", "file_opener", "profile", "model_context_window", "model_max_output_tokens",
              "disable_response_storage", "tui.notifications", "history.persistence", "review_model"),
    # Gemini CLI (settings.json, nested since v0.3 and flat before)
    Key("tools.autoAccept", "flag", ("true",), what="tool calls accepted without asking"),
    Key("autoAccept", "flag", ("true",), what="tool calls accepted without asking"),
    Key("tools.allowed", "grant", what="a tool run without asking"),
    Key("allowedTools", "grant", what="a tool run without asking"),
    Key("tools.exclude", "restrict", what="a tool taken away"),
    Key("excludeTools", "restrict", what="a tool taken away"),
    Key("tools.sandbox", "flag", ("false",), default_loose=True, what="the sandbox"),
    Key("sandbox", "flag", ("false",), default_loose=True, what="the sandbox"),
    Key("security.folderTrust.enabled", "flag", ("false",), default_loose=True, what="folder trust"),
    Key("folderTrust", "flag", ("false",), default_loose=True, what="folder trust"),
    Key("security.disableYoloMode", "flag", ("false",), default_loose=True, what="the YOLO-mode lock"),
    Key("defaultApprovalMode", "rank", ("plan", "default", "auto_edit", "yolo"), what="the approval mode", default="default"),
    Key("approvalMode", "rank", ("plan", "default", "auto_edit", "yolo"), what="the approval mode", default="default"),
    Key("mcp.allowed", "grant", what="an MCP server allowed"),
    Key("mcp.excluded", "restrict", what="an MCP server excluded"),
    Key("trustedFolders", "grant", what="a trusted folder"),
    *_neutral("ui.theme", "name", "fileName", "contextFileName", "preferredEditor", "hideBanner", "hideTips",
              "general.vimMode", "general.disableAutoUpdate", "ui.hideWindowTitle", "ui.showLineNumbers",
              "selectedAuthType", "maxSessionTurns", "usageStatisticsEnabled", "checkpointing.enabled"),
    # aider (.aider.conf.yml)
    Key("yes-always", "flag", ("true",), what="every confirmation answered yes"),
    Key("yes", "flag", ("true",), what="every confirmation answered yes"),
    Key("git-commit-verify", "flag", ("false",), what="git hooks skipped on commit"),
    Key("suggest-shell-commands", "flag", ("true",), what="shell commands suggested and run"),
    Key("lint-cmd", "runs", what="a lint command"),
    Key("test-cmd", "runs", what="a test command"),
    *_neutral("dark-mode", "light-mode", "auto-commits", "dirty-commits", "attribute-author", "attribute-committer",
              "editor-model", "weak-model", "architect", "edit-format", "map-tokens", "stream", "pretty", "auto-lint",
              "auto-test", "read", "show-diffs", "code-theme"),
    # automode (.automode.toml, config.toml): a project file may only tighten (docs/config.md)
    Key("boundaries", "restrict", what="a boundary"),
    Key("trust.domains", "grant", what="a trusted domain"),
    Key("trust.hosts", "grant", what="a trusted host"),
    Key("trust.repos", "grant", what="a trusted repository"),
    Key("trust.buckets", "grant", what="a trusted bucket"),
    Key("trust.registries", "grant", what="a trusted registry"),
    Key("trust.clusters", "grant", what="a trusted cluster"),
    # VS Code / Copilot-style MCP configuration (`.vscode/mcp.json`: "servers")
    Key("servers", "servers", what="an MCP server"),
)  # fmt: skip

#: The top-level key of automode's `[permissions]` in TOML: `allow`/`ask`/`deny` there read like Claude's.
_ALIASES = {"allow": "permissions.allow", "deny": "permissions.deny", "ask": "permissions.ask"}


def _split(path: str) -> tuple[str, ...]:
    return tuple(path.split("."))


_BY_LAST: dict[str, list[Key]] = {}
for _k in KEYS:
    _BY_LAST.setdefault(_split(_k.path)[-1].lower(), []).append(_k)


def keys_for(path: tuple[str, ...]) -> list[Key]:
    """Rows whose path fits the tail of `path` (an Edit fragment knows only its innermost keys). A path under a
    `hooks`, `servers` or `env` row is that row's."""
    low = tuple(p.lower() for p in path)
    for i, seg in enumerate(low):
        for k in _BY_LAST.get(seg, ()):
            if k.kind in ("hooks", "servers", "env") and i < len(low) - 1 and _fits(low[: i + 1], k):
                return [k]
    if len(low) == 1 and low[0] in _ALIASES:
        low = _split(_ALIASES[low[0]].lower())
    out = []
    for k in _BY_LAST.get(low[-1], ()) if low else ():
        if _fits(low, k):
            out.append(k)
    return out


def _fits(low: tuple[str, ...], k: Key) -> bool:
    want = tuple(p.lower() for p in _split(k.path))
    n = min(len(want), len(low))
    if want[-n:] != low[-n:]:
        return False
    # a path longer than the row's must not put it under another agent's table of the same last word
    return not (len(low) > len(want) and k.kind not in ("hooks", "servers", "env") and want[0] in ("sandbox", "tools") and low[-len(want) - 1] in ("sandbox", "tools"))


# ------------------------------------------------------------------ reading settings text
Entry = tuple[tuple[str, ...], str]  # (key path; for a list item, the list's path), the value as written

_JSON_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+')


def _unquote(s: str) -> str:
    s = s.strip()
    if len(s) >= 2 and s[0] == s[-1] and s[0] in "\"'":
        s = s[1:-1]
    return s


def json_entries(text: str) -> list[Entry]:
    """Scalars of a JSON text or fragment with the keys above them (as far as the fragment shows them)."""
    stack: list[tuple[str, str]] = []  # (container type, its key)
    pending: str | None = None
    out: list[Entry] = []
    toks = _JSON_TOKEN.findall(text[:200_000])
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t in "{[":
            key = pending if pending is not None else (stack[-1][1] if stack and stack[-1][0] == "[" else "")
            stack.append((t, key))
            pending = None
        elif t in "}]":
            if stack:
                stack.pop()
            pending = None
        elif t in ":,":
            pass
        elif nxt == ":" and (not stack or stack[-1][0] == "{"):
            pending = _unquote(t)
            i += 1
        else:
            path = tuple(k for _, k in stack if k)
            out.append(((*path, pending) if pending is not None else path, _unquote(t)))
            pending = None
        i += 1
    return out


_TOML_TABLE = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_TOML_PAIR = re.compile(r"""^\s*((?:"[^"]*"|'[^']*'|[\w.-]+)(?:\s*\.\s*(?:"[^"]*"|'[^']*'|[\w-]+))*)\s*=\s*(.*)$""")
_TOML_KEYPART = re.compile(r""""([^"]*)"|'([^']*)'|([\w-]+)""")
_TOML_VALUE = re.compile(r""""(?:[^"\\]|\\.)*"|'[^']*'|[^\s,\[\]{}=#]+""")


def _toml_key(s: str) -> tuple[str, ...]:
    return tuple(m.group(1) or m.group(2) or m.group(3) or "" for m in _TOML_KEYPART.finditer(s))


def toml_entries(text: str) -> list[Entry]:
    """`key = value` pairs of a TOML text or fragment under their `[table]` (dotted keys and inline tables split)."""
    table: tuple[str, ...] = ()
    out: list[Entry] = []
    open_list: tuple[str, ...] | None = None
    for line in text[:200_000].splitlines():
        s = line.split(" #", 1)[0].strip()
        if not s or s.startswith("#"):
            continue
        if open_list is not None:
            out += [(open_list, _unquote(v)) for v in _TOML_VALUE.findall(s.replace("]", " "))]
            if "]" in s:
                open_list = None
            continue
        m = _TOML_TABLE.match(s)
        if m is not None and "=" not in s:
            table = _toml_key(m.group(1))
            continue
        m = _TOML_PAIR.match(s)
        if m is None:
            continue
        key, value = (*table, *_toml_key(m.group(1))), m.group(2).strip()
        if value.startswith("{"):
            inner = value.strip("{} ")
            for part in re.split(r",\s*(?=[\w\"'-]+\s*=)", inner):
                pm = _TOML_PAIR.match(part)
                if pm is not None:
                    sub = (*key, *_toml_key(pm.group(1)))
                    out += [(sub, _unquote(v)) for v in _TOML_VALUE.findall(pm.group(2).replace("[", " ").replace("]", " "))]
            continue
        if value.startswith("["):
            out += [(key, _unquote(v)) for v in _TOML_VALUE.findall(value[1:].replace("]", " "))]
            if "]" not in value:
                open_list = key
            continue
        out.append((key, _unquote(value)))
    return out


_YAML_LINE = re.compile(r"^(\s*)(-\s+)?(?:([\w.$-]+|\"[^\"]*\"|'[^']*')\s*:(?:\s+(.*))?|(.+))$")


def yaml_entries(text: str) -> list[Entry]:
    """`key: value` lines and `- item` lines of a YAML text, under the keys their indentation puts them."""
    stack: list[tuple[int, str]] = []
    out: list[Entry] = []
    for line in text[:200_000].splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _YAML_LINE.match(line.split(" #", 1)[0].rstrip())
        if m is None:
            continue
        indent = len(m.group(1)) + (len(m.group(2)) if m.group(2) else 0)
        while stack and stack[-1][0] >= (len(m.group(1)) if m.group(2) else indent):
            stack.pop()
        path = tuple(k for _, k in stack)
        if m.group(3) is not None:
            key, value = _unquote(m.group(3)), (m.group(4) or "").strip()
            if value and value not in ("|", ">"):
                if value.startswith("["):
                    out += [((*path, key), _unquote(v)) for v in _TOML_VALUE.findall(value.strip("[]"))]
                else:
                    out.append(((*path, key), _unquote(value)))
            else:
                stack.append((indent, key))
        elif m.group(5) is not None:
            out.append((path, _unquote(m.group(5))))
    return out


def entries(path: str, text: str) -> list[Entry]:
    low = path.lower()
    if low.endswith(".toml"):
        return toml_entries(text)
    if low.endswith((".yml", ".yaml")) or low.rsplit("/", 1)[-1].startswith(".aider"):
        return yaml_entries(text)
    return json_entries(text)


# ------------------------------------------------------------------ comparing
@dataclass(frozen=True, slots=True)
class Change:
    """One thing a settings change does: its direction, a line saying what, and (for servers, variables, hooks) the
    name it adds so the judge can compare it with the user's words."""

    direction: str
    what: str
    name: str = ""
    values: tuple[str, ...] = ()


def _rank(k: Key, v: str) -> int | None:
    v = v.lower()
    return k.values.index(v) if v in k.values else None


def _scalar(k: Key, path: tuple[str, ...], old: str | None, new: str | None) -> Change | None:
    label = ".".join(path)
    if k.kind == "neutral":
        return Change(NEUTRAL, f"sets {label}")
    if k.kind == "runs":
        return Change(UNKNOWN, f"sets {k.what} ({label} = {new or old})")
    if k.kind == "rank":
        base = _rank(k, k.default) or 0
        o = _rank(k, old) if old is not None else base
        n = _rank(k, new) if new is not None else base
        if n is None:
            return Change(UNKNOWN, f"sets {k.what} to `{new}`")
        if o is None or n > o:
            return Change(LOOSEN, f"sets {k.what} to `{new}`" if new is not None else f"removes {k.what} `{old}`")
        return Change(TIGHTEN if n < o else NEUTRAL, f"sets {k.what} to `{new}`")
    if k.kind == "flag":
        loose = {x.lower() for x in k.values}
        if new is not None:
            if new.lower() in loose or (k.values == ("",) and new.lower() != "disable"):
                return Change(LOOSEN, f"turns {k.what} {'off' if k.default_loose else 'on'} ({label} = {new})")
            return Change(TIGHTEN if (old is not None and old.lower() in loose) or k.default_loose else NEUTRAL, f"sets {label} to {new}")
        if old is not None and old.lower() not in loose and k.default_loose:
            return Change(LOOSEN, f"removes {label} = {old} ({k.what} falls back to off)")
        return Change(NEUTRAL, f"removes {label}")
    return None


def _env(name: str, value: str, added: bool, loosens: EnvCheck | None) -> Change:
    if loosens is not None and loosens(name, value, added):
        return Change(LOOSEN, f"sets {name}={value}, which switches a check off or moves the agent's controls")
    return Change(UNKNOWN, f"{'sets' if added else 'removes'} the variable {name}", name)


def compare(path: str, old: str, new: str, env: EnvCheck | None = None) -> list[Change]:
    """What changing the settings file `path` from `old` to `new` does, one `Change` per entry added or removed.
    `old` empty: a new file. Texts the readers find nothing in give nothing. `env(name, value, added)`: whether a
    variable switches a check off (the rules' tables, handed in by the caller)."""
    was, now = Counter(entries(path, old)), Counter(entries(path, new))
    added, removed = now - was, was - now
    out: list[Change] = []
    servers: dict[tuple[str, str], list[str]] = {}  # (the servers key's path, server name) -> values, for added servers
    old_servers = {_server_of(p) for p, _ in was.elements()} - {None}
    new_servers = {_server_of(p) for p, _ in now.elements()} - {None}
    paired_old = {p: v for p, v in removed.elements()}
    paired_new = {p: v for p, v in added.elements()}
    for side, items in (("added", added), ("removed", removed)):
        for p, v in items.elements():
            ks = keys_for(p)
            if not ks:
                if side == "removed" and p in paired_new:
                    continue
                out.append(Change(UNKNOWN, f"{'sets' if side == 'added' else 'removes'} {'.'.join(p) or 'an entry'} ({v[:60]})"))
                continue
            for k in ks:
                c = _one(k, p, v, side, paired_old, paired_new, servers, old_servers, new_servers, env)
                if c is not None:
                    out.append(c)
    for (_, name), values in servers.items():
        out.append(Change(UNKNOWN, f"adds the MCP server `{name}`", name, tuple(values)))
    if not out and "".join(old.split()) != "".join(new.split()):
        out.append(Change(UNKNOWN, f"changes {path.rsplit('/', 1)[-1]} in a way automode does not read"))
    return out


def _server_of(p: tuple[str, ...]) -> tuple[str, str] | None:
    low = [x.lower() for x in p]
    for i, x in enumerate(low[:-1]):
        if x in ("mcpservers", "mcp_servers", "servers"):
            return (".".join(p[: i + 1]), p[i + 1])
    return None


def _one(k: Key, p: tuple[str, ...], v: str, side: str, paired_old: dict[tuple[str, ...], str],
         paired_new: dict[tuple[str, ...], str], servers: dict[tuple[str, str], list[str]],
         old_servers: set[tuple[str, str] | None], new_servers: set[tuple[str, str] | None],
         env: EnvCheck | None) -> Change | None:
    label = ".".join(p)
    if k.kind == "hooks":
        if side == "removed" or p in paired_old:
            return Change(LOOSEN, f"changes or removes the hooks ({label}: {v[:60]})")
        if p and p[-1].lower() == "command":  # what the hook runs: the judge compares it with the user's words
            return Change(UNKNOWN, f"adds a hook that runs `{v[:80]}`", HOOK, (v,))
        return Change(NEUTRAL, f"adds hook settings ({label}: {v[:40]})")  # its event, matcher, type, timeout
    if k.kind == "servers":
        srv = _server_of(p)
        if srv is None:
            return Change(UNKNOWN, f"changes {label}")
        if side == "removed":
            return Change(TIGHTEN, f"removes the MCP server `{srv[1]}`") if srv not in new_servers else None
        if srv in old_servers:
            return Change(UNKNOWN, f"changes the MCP server `{srv[1]}` ({label} = {v[:60]})", srv[1])
        servers.setdefault(srv, []).append(v)
        return None
    if k.kind == "env":
        name = p[-1] if p and p[-1].lower() != "env" else v.partition("=")[0]
        value = v if p and p[-1].lower() != "env" else v.partition("=")[2]
        if side == "removed" and p in paired_new:
            return None
        return _env(name, value, side == "added", env)
    if k.kind in ("grant", "restrict"):
        loosens = (k.kind == "grant") == (side == "added")
        verb = "adds" if side == "added" else "removes"
        return Change(LOOSEN if loosens else TIGHTEN, f"{verb} {k.what} `{v[:80]}`")
    if side == "removed" and p in paired_new:
        return None  # judged with the new value
    return _scalar(k, p, paired_old.get(p) if side == "added" else v, v if side == "added" else None)


def worst(changes: list[Change]) -> str:
    """The strictest direction of a change (a change that does nothing is neutral)."""
    return max((c.direction for c in changes), key=lambda d: SEVERITY[d], default=NEUTRAL)
