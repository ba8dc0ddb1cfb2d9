"""Where agents and automode keep their controls: settings, hooks, permissions, MCP servers, state, audit, runtime.

One table (`ROOTS`) for every agent automode integrates with and for automode itself. Each row names a location
and the files in it that *control* the agent (they grant permissions or run code on every tool call: a write there
can switch automode's hook off); the rest of the location sits next to the controls (slash commands, notes).

A location is written three ways:

* `**/.claude`          a directory (or file) of that name anywhere: the project's and the user's alike;
* `/etc/claude-code`    an absolute place (`*` is one path segment, `<n>` a number);
* `$CLAUDE_CONFIG_DIR`  where an environment variable puts it (`$XDG_CONFIG_HOME/automode`): the adapters hand the
                        agent's real environment to the engine (`Context.agent_env`), so a moved directory is
                        protected where it really is, and `$CLAUDE_CONFIG_DIR/settings.json` written in a command is
                        recognised by its variable when automode does not know the value.

Pure: no I/O. `locate(path, ctx)` answers where a path falls; `may_locate(path)` whether a path only known at run
time (`$DIR/settings.json`, `~/.c*/settings.json`) could be one of the control files.
"""

from __future__ import annotations

import re
from fnmatch import fnmatchcase
from functools import lru_cache

from automode import lazyre
from automode.dc import dataclass
from automode.paths import resolve
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.model import Context


@dataclass(frozen=True, slots=True)
class Root:
    owner: str  # "claude-code", "codex", "gemini", ..., "automode"
    where: str  # `**/name`, `/absolute/path` or `$VAR[/sub]` (see the module doc)
    control: tuple[str, ...]  # paths under the root that control the agent: `name`, `dir/**`, `**` (all), `` (the root)
    example: str  # a control path this row must recognise (a fixture, with `~` for the home directory)
    plant: bool = False  # even an empty file or directory created there matters (a socket path, a lock)
    sidecars: bool = False  # a database file: its `-wal`, `-shm` and `-journal` files are the same store
    secret: tuple[str, ...] = ()  # paths under the root that even reading gives control (the key that signs answers)


#: `plugins/**` holds installed plugins (their hooks, MCP servers and commands run without any other setting: a plugin
#: replaced or added there runs as the agent's own); Gemini CLI's `extensions/**` likewise (MCP servers, hooks).
#: `projects/**` holds the session transcripts, where automode's hook reads the user's own words (they release what
#: the user asked for): a line written there is forged consent.
CLAUDE = ("settings.json", "settings.local.json", "managed-settings.json", "managed-mcp.json", "hooks/**", "mcp.json",
          "projects/**", "plugins/**")
CODEX = ("config.toml", "hooks.json", "hooks/**", "rules/**", "managed_config.toml", "requirements.toml")
GEMINI = ("settings.json", "hooks/**", "system-defaults.json", "mcp.json", "extensions/**")
GENERIC = ("settings.json", "settings.local.json", "hooks.json", "hooks/**", "config.toml", "mcp.json",
           "managed-settings.json", "cli-config.json", "permissions.json")  # fmt: skip
ALL = ("**",)
ITSELF = ("",)

#: Runtime dependencies automode's hook imports (top-level module names): their code runs inside every decision, so
#: their installed directories are as much automode's as its own package (`adapters.settings_file.hook_path`).
HOOK_DEPENDENCIES = ("tree_sitter", "tree_sitter_bash", "ahocorasick_rs", "sqlglot", "psycopg", "psycopg_binary")

#: automode's modules that hold or change its state, policy or trust: the audit store, the ask queue and the key that
#: signs answers (`audit`: `asks.answer` reads the key itself and signs), the hook adapters and their session state
#: (`adapters`: a made-up prompt recorded as the user's), the CLI and its subcommands (`cli`, `__main__`, `commands`:
#: ui, install, uninstall, review --apply), the team service and the sandbox launcher. Code the agent runs that imports
#: one has automode's own powers over its state: the Python reader records it as a write of automode's data directory
#: (`shell/interp.py`). The core (engine, analysis, rules, knowledge) decides without I/O and stays importable
#: (`from automode import decide`, `from automode.engine import Engine`).
AUTOMODE_STATE_MODULES = ("audit", "adapters", "commands", "cli", "__main__", "service", "sandbox")
AUTOMODE_STATE_RE = "|".join(re.escape(m) for m in AUTOMODE_STATE_MODULES)
#: Code that imports one of them: dotted (`import automode.audit.asks`, `from automode.audit.asks import answer as f`,
#: `importlib.import_module('automode.audit')`), by name from the package (`from automode import audit`,
#: `from automode import (cli,)`), or the hook's client stub (`hook_client`).
AUTOMODE_STATE_CODE = lazyre.compile(rf"\bautomode\s*\.\s*(?:{AUTOMODE_STATE_RE})\b|\bhook_client\b|"
                                     rf"\bfrom\s+automode\s+import\s*\(?[\w\s,\\]*?\b(?:{AUTOMODE_STATE_RE})\b")

ROOTS: tuple[Root, ...] = (
    # automode: configuration, state and audit store, runtime directory (the resident server's socket), its code.
    Root("automode", "**/.automode.toml", ITSELF, "/work/proj/.automode.toml"),
    Root("automode", "$AUTOMODE_CONFIG", ITSELF, "$AUTOMODE_CONFIG"),
    Root("automode", "$XDG_CONFIG_HOME/automode", ALL, "$XDG_CONFIG_HOME/automode/config.toml"),
    Root("automode", "**/.config/automode", ALL, "~/.config/automode/config.toml"),
    Root("automode", "$XDG_DATA_HOME/automode", ALL, "$XDG_DATA_HOME/automode/audit.db", sidecars=True, secret=("keys/**",)),
    Root("automode", "**/.local/share/automode", ALL, "~/.local/share/automode/audit.db", secret=("keys/**",)),
    Root("automode", "$XDG_STATE_HOME/automode", ALL, "$XDG_STATE_HOME/automode/spool/1.jsonl"),
    Root("automode", "**/.local/state/automode", ALL, "~/.local/state/automode/spool/1.jsonl"),
    Root("automode", "$AUTOMODE_AUDIT_URL", ITSELF, "$AUTOMODE_AUDIT_URL", sidecars=True),
    Root("automode", "$XDG_RUNTIME_DIR/automode", ALL, "$XDG_RUNTIME_DIR/automode/hook.sock", plant=True),
    Root("automode", "/run/user/<n>/automode", ALL, "/run/user/1000/automode/hook.sock", plant=True),
    Root("automode", "/tmp/automode-<n>", ALL, "/tmp/automode-1000/hook.sock", plant=True),
    Root("automode", "/etc/automode", ALL, "/etc/automode/config.toml"),
    # `automode ui --open` hands the browser a one-time login URL in a 0600 file here: read first, it logs in to the
    # page that answers pending asks.
    Root("automode", "/tmp/automode-ui-*", ALL, "/tmp/automode-ui-x1y2/open.html", secret=("**",)),
    Root("automode", "**/site-packages/automode", ALL, "/usr/lib/python3/site-packages/automode/engine.py"),
    Root("automode", "**/dist-packages/automode", ALL, "/usr/lib/python3/dist-packages/automode/adapters/hook_client.py"),
    *(Root("automode", f"**/{where}-packages/{dep}", ALL, f"/v/lib/python3.11/{where}-packages/{dep}/__init__.py")
      for dep in HOOK_DEPENDENCIES for where in ("site", "dist")),
    # The whole environment automode runs in when pipx or uv installed it (a `.pth` file, an installer run from its
    # `bin/` or a dependency swapped there runs inside every decision; red team s20). scripts/install.sh puts it
    # under `~/.local/share/automode/venv`, which the rows above hold.
    Root("automode", "$PIPX_HOME/venvs/automode", ALL, "$PIPX_HOME/venvs/automode/pyvenv.cfg"),
    Root("automode", "**/pipx/venvs/automode", ALL, "~/.local/share/pipx/venvs/automode/lib/python3.12/site-packages/x.pth"),
    Root("automode", "$UV_TOOL_DIR/automode", ALL, "$UV_TOOL_DIR/automode/pyvenv.cfg"),
    Root("automode", "**/uv/tools/automode", ALL, "~/.local/share/uv/tools/automode/bin/python"),
    # The commands themselves where a shell finds them (`~/.local/bin`, `/usr/local/bin`, `/opt/homebrew/bin`, and the
    # PATH directories not named `bin`: `/usr/local/sbin`, version managers' `shims`, pnpm's home, dotnet tools; red
    # team s20): a file written there under the agent's or automode's name runs instead of it (the hook command is
    # `automode hook ...`, the plugin's finds `automode` on PATH).
    *(Root(owner, f"**/{leaf}/{name}", ITSELF, f"~/.local/{leaf}/{name}")
      for owner, name in (("automode", "automode"), ("claude-code", "claude"), ("codex", "codex"), ("gemini", "gemini"))
      for leaf in ("bin", "sbin", "shims", "pnpm", ".dotnet/tools")),
    # Claude Code: user and project settings, hooks, managed settings, MCP servers.
    Root("claude-code", "$CLAUDE_CONFIG_DIR", (*CLAUDE, ".claude.json"), "$CLAUDE_CONFIG_DIR/settings.json"),
    Root("claude-code", "**/.claude", CLAUDE, "~/.claude/settings.json"),
    # Since v1.0.30 Claude Code keeps its user data (and reads settings) under the XDG config directory too (red team s17).
    Root("claude-code", "$XDG_CONFIG_HOME/claude", CLAUDE, "$XDG_CONFIG_HOME/claude/settings.json"),
    Root("claude-code", "**/.config/claude", CLAUDE, "~/.config/claude/settings.json"),
    Root("claude-code", "**/.claude.json", ITSELF, "~/.claude.json"),
    Root("claude-code", "**/.mcp.json", ITSELF, "/work/proj/.mcp.json"),
    # The file Claude Code sources before every Bash command (its SessionStart hooks write it): what it sets (PATH,
    # BASH_ENV, aliases, automode's variables) holds for every later command of the session (red team s14).
    Root("claude-code", "$CLAUDE_ENV_FILE", ITSELF, "$CLAUDE_ENV_FILE"),
    Root("claude-code", "/etc/claude-code", ALL, "/etc/claude-code/managed-settings.json"),
    Root("claude-code", "/Library/Application Support/ClaudeCode", ALL, "/Library/Application Support/ClaudeCode/managed-settings.json"),
    Root("claude-desktop", "**/Library/Application Support/Claude", ALL, "~/Library/Application Support/Claude/claude_desktop_config.json"),
    Root("claude-desktop", "**/.config/Claude", ("claude_desktop_config.json",), "~/.config/Claude/claude_desktop_config.json"),
    # Codex: config.toml (sandbox, approvals, MCP servers, features), hooks.json, execpolicy rules, managed config.
    Root("codex", "$CODEX_HOME", CODEX, "$CODEX_HOME/config.toml"),
    Root("codex", "**/.codex", CODEX, "~/.codex/hooks.json"),
    Root("codex", "/etc/codex", ALL, "/etc/codex/managed_config.toml"),
    # Gemini CLI (and Qwen Code, its fork): settings.json holds hooks, MCP servers and the approval mode.
    Root("gemini", "$GEMINI_CLI_HOME/.gemini", GEMINI, "$GEMINI_CLI_HOME/.gemini/settings.json"),
    Root("gemini", "**/.gemini", GEMINI, "~/.gemini/settings.json"),
    Root("gemini", "$GEMINI_CLI_SYSTEM_SETTINGS_PATH", ITSELF, "$GEMINI_CLI_SYSTEM_SETTINGS_PATH"),
    Root("gemini", "$GEMINI_CLI_SYSTEM_DEFAULTS_PATH", ITSELF, "$GEMINI_CLI_SYSTEM_DEFAULTS_PATH"),
    Root("gemini", "/etc/gemini-cli", ALL, "/etc/gemini-cli/settings.json"),
    Root("gemini", "/Library/Application Support/GeminiCli", ALL, "/Library/Application Support/GeminiCli/settings.json"),
    Root("qwen", "**/.qwen", (*GENERIC, "extensions/**"), "~/.qwen/settings.json"),
    # Other agents and editors whose settings start MCP servers or grant tool permissions.
    Root("cursor", "**/.cursor", GENERIC, "/work/proj/.cursor/mcp.json"),
    Root("continue", "**/.continue", (*GENERIC, "config.json", "config.yaml", "config.ts", "mcpServers/**"), "~/.continue/config.yaml"),
    Root("aider", "**/.aider*", ITSELF, "/work/proj/.aider.conf.yml"),
    Root("vscode", "**/.vscode", ("settings.json", "mcp.json"), "/work/proj/.vscode/mcp.json"),
    # Red team s12: the other agents' own settings, project and user level (MCP servers whose commands they start,
    # permissions, hooks, plugins), where the table had none; editors' user settings on every system; Windows places.
    # (A VS Code-style `settings.json` is a control only with assistant, MCP, task or trust keys: `rules.agent_control`.)
    *(Root(o, f"**/{name}", ITSELF, f"/work/proj/{name}") for o, name in (
        ("opencode", "opencode.json"), ("opencode", "opencode.jsonc"), ("crush", ".crush.json"), ("crush", "crush.json"))),
    *(Root(o, where, ctl, ex) for o, ctl, ex, wheres in (
        ("opencode", ("opencode.json", "opencode.jsonc", "config.json", "plugin/**", "plugins/**"), "~/.config/opencode/opencode.json",
         ("**/.opencode", "**/.config/opencode", "$XDG_CONFIG_HOME/opencode")),
        ("crush", ("crush.json",), "~/.config/crush/crush.json", ("**/.config/crush", "$XDG_CONFIG_HOME/crush")),
        ("goose", ("config.yaml", "permission.yaml"), "~/.config/goose/config.yaml", ("**/.config/goose", "$XDG_CONFIG_HOME/goose")),
        ("amp", ("settings.json",), "~/.config/amp/settings.json", ("**/.config/amp", "$XDG_CONFIG_HOME/amp")),
        ("kiro", ("settings/**", "hooks/**", "agents/**"), "/work/proj/.kiro/settings/mcp.json", ("**/.kiro",)),
        ("roo", ("mcp.json",), "/work/proj/.roo/mcp.json", ("**/.roo",)),
        ("amazonq", ("mcp.json", "cli-agents/**", "agents/**"), "~/.aws/amazonq/mcp.json", ("**/.amazonq", "**/.aws/amazonq")),
        ("windsurf", ("mcp_config.json",), "~/.codeium/windsurf/mcp_config.json", ("**/.codeium/windsurf",)),
        ("copilot", ("config.json", "mcp-config.json"), "~/.copilot/mcp-config.json", ("**/.copilot",)),
        ("factory", ("settings.json", "mcp.json", "config.json", "hooks/**"), "~/.factory/settings.json", ("**/.factory",)),
        ("cline", ALL, "~/.config/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json",
         ("**/globalStorage/saoudrizwan.claude-dev/settings", "**/globalStorage/rooveterinaryinc.roo-cline/settings")),
        ("zed", ("settings.json",), "/work/proj/.zed/settings.json", ("**/.zed", "**/.config/zed", "$XDG_CONFIG_HOME/zed")),
        ("vscode", ("settings.json", "mcp.json"), "~/.config/Code/User/mcp.json",
         ("**/Code/User", "**/Code - Insiders/User", "**/VSCodium/User", "**/Cursor/User", "**/Windsurf/User")),
        ("claude-desktop", ("claude_desktop_config.json",), "~/AppData/Roaming/Claude/claude_desktop_config.json",
         ("**/AppData/Roaming/Claude",)),
        ("claude-code", ALL, "/ProgramData/ClaudeCode/managed-settings.json", ("/ProgramData/ClaudeCode", "/Program Files/ClaudeCode")),
        ("gemini", ALL, "/ProgramData/gemini-cli/settings.json", ("/ProgramData/gemini-cli",)),
    ) for where in wheres),
)  # fmt: skip

#: Variables the adapters copy from the agent's environment into `Context.agent_env`.
ENV_VARS: tuple[str, ...] = tuple(dict.fromkeys(r.where[1:].split("/", 1)[0] for r in ROOTS if r.where.startswith("$")))


def _glob_re(glob: str) -> str:
    return re.escape(glob).replace("<n>", r"\d+").replace(r"\*", "[^/]*")


_STATIC = [r for r in ROOTS if not r.where.startswith("$")]
_ALTERNATIVES = [f"(?P<r{i}>{'.*/' if r.where.startswith('**/') else ''}{_glob_re(r.where.removeprefix('**/'))})"
                 for i, r in enumerate(_STATIC)]  # fmt: skip
_STATIC_RE = lazyre.compile("^(?:" + "|".join(_ALTERNATIVES) + ")(?=/|$)")
#: The same table on file systems that ignore case (macOS and Windows by default): `.Claude/Settings.json` is the
#: project's `.claude/settings.json` there, so a path is also looked up without regard to case.
_STATIC_RE_I = lazyre.compile("^(?:" + "|".join(_ALTERNATIVES) + ")(?=/|$)", re.I)


def _control_re(control: tuple[str, ...]) -> re.Pattern[str]:
    parts = []
    for c in control:
        if c == "**":
            parts.append(".*")
        elif c.endswith("/**"):
            parts.append(re.escape(c[:-3]) + "(?:/.*)?")
        else:
            parts.append(re.escape(c))
    return re.compile("^(?:" + "|".join(parts) + ")$")


_CONTROL = {r: _control_re(r.control) for r in ROOTS}
_SECRET = {r: _control_re(r.secret) for r in ROOTS if r.secret}


@dataclass(frozen=True, slots=True)
class Location:
    root: Root
    base: str  # the root as an absolute path
    rel: str  # the path below it ("" for the root itself)

    @property
    def control(self) -> bool:
        return _CONTROL[self.root].match(self.rel) is not None

    @property
    def secret(self) -> bool:
        """Whether even reading this path gives control (automode's answer-signing key)."""
        pat = _SECRET.get(self.root)
        return pat is not None and pat.match(self.rel) is not None

    @property
    def is_root(self) -> bool:
        return self.rel == ""

    @property
    def plant_matters(self) -> bool:
        """Whether creating an empty file or directory here changes something: a runtime path (a socket planted in
        its place), a file location, or a config file name (an empty settings file breaks the agent's settings)."""
        return self.root.plant or "" in self.root.control or self.rel.endswith((".json", ".toml"))


@lru_cache(maxsize=256)
def env_roots(agent_env: tuple[tuple[str, str], ...], cwd: str | None, home: str) -> tuple[tuple[Root, str], ...]:
    """The `$VAR` rows resolved with the environment's values (every value given: the adapters may know the same
    variable from two processes), each also under a placeholder `/${VAR}` that stands for the variable itself."""
    values: dict[str, list[str]] = {}
    for k, v in agent_env:
        if k in ENV_VARS and v:
            values.setdefault(k, []).append(v)
    out: list[tuple[Root, str]] = []
    for r in ROOTS:
        if not r.where.startswith("$"):
            continue
        var, _, sub = r.where[1:].partition("/")
        for v in values.get(var, []):
            if var == "AUTOMODE_AUDIT_URL":
                if re.match(r"^[a-z][\w+.-]*://", v) and not v.startswith("sqlite:"):
                    continue  # a database server, not a file
                v = re.sub(r"^sqlite:(//)?", "", v).split("?", 1)[0]
            base = resolve(v + ("/" + sub if sub else ""), cwd, home)
            if base != "/":
                out.append((r, base))
        out.append((r, "/${" + var + "}" + ("/" + sub if sub else "")))
    return tuple(out)


#: Parts of automode's own Python that every hook call runs (the hook is `sys.executable -I -S`): the virtual
#: environment's configuration (`pyvenv.cfg` names the interpreter and its standard library) and executables, the
#: interpreter it points at, the standard library (its compiled extensions in `lib-dynload` included) and libpython.
#: Taken from this process, which is automode's (the hook, the resident server) or embeds it (the Python API);
#: packages under the library's `site-packages` are the package rows' business, not the interpreter's.
OWN_PYTHON = "automode-python"


@lru_cache(maxsize=1)
def own_python() -> tuple[tuple[Root, str], ...]:
    import sys

    ver = f"{sys.version_info[0]}.{sys.version_info[1]}"
    out: list[tuple[Root, str]] = []
    if sys.prefix != sys.base_prefix:
        out.append((Root(OWN_PYTHON, sys.prefix, ("pyvenv.cfg", "bin/**"), sys.prefix + "/pyvenv.cfg"), sys.prefix))
    for base in dict.fromkeys((sys.base_prefix, sys.base_exec_prefix)):
        lib = f"{base}/lib/python{ver}"
        out.append((Root(OWN_PYTHON, lib, ALL, lib + "/json/__init__.py"), lib))
        libs = (f"libpython{ver}.so", f"libpython{ver}.so.1.0", f"libpython{ver}.dylib", f"libpython{ver}.a")
        out.append((Root(OWN_PYTHON, base + "/lib", libs, f"{base}/lib/{libs[1]}"), base + "/lib"))
        exes = (f"python{ver}", "python3", "python")
        out.append((Root(OWN_PYTHON, base + "/bin", exes, f"{base}/bin/{exes[0]}"), base + "/bin"))
    exe = getattr(sys, "_base_executable", "") or ""
    if exe.startswith("/"):
        out.append((Root(OWN_PYTHON, exe, ITSELF, exe), exe))
    # The directory automode's package is imported from is the first entry of the hook's path
    # (`adapters.settings_file.hook_path`): an editable checkout's `src/` as much as a site-packages. The package
    # there is automode's code, and a module placed beside it under a name the hook imports shadows the real one.
    pkg = own_package()
    if pkg:
        parent = pkg.rsplit("/", 1)[0]
        names = ("automode", *HOOK_DEPENDENCIES)
        own = tuple(x for n in names for x in (n, f"{n}/**", f"{n}.py", f"{n}.pth"))
        out.append((Root(OWN_PYTHON, parent, own, pkg + "/engine.py"), parent))
    roots = tuple((r, b) for r, b in out if b.startswith("/") and b != "/")
    _CONTROL.update({r: _control_re(r.control) for r, _ in roots})
    return roots


def own_package() -> str:
    """The directory of the automode package this process runs (absolute), or "" when it is not known."""
    import automode

    pkg = (getattr(automode, "__file__", "") or "").rsplit("/", 1)[0]
    return pkg if pkg.startswith("/") and pkg.endswith("/automode") else ""


def own_prefixes() -> tuple[str, ...]:
    """The Python installations automode runs from: its environment, the interpreter it was made from, and the
    directory its package is imported from (packages installed into any of them can replace what the hook runs)."""
    import sys

    pkg = own_package()
    return tuple(dict.fromkeys(p for p in (sys.prefix, sys.base_prefix, pkg.rsplit("/", 1)[0] if pkg else "") if p.startswith("/") and p != "/"))


def _own(path: str) -> Location | None:
    for r, base in own_python():
        if path == base or path.startswith(base + "/"):
            loc = Location(r, base, path[len(base) + 1 :])
            if loc.rel.split("/", 1)[0] in ("site-packages", "dist-packages") or "/site-packages/" in loc.rel:
                continue  # packages installed into that interpreter: the package rows say which are automode's
            if loc.control:
                return loc
    return None


_VAR_REF = lazyre.compile(r"^.*?/\$\{?(" + "|".join(map(re.escape, ENV_VARS)) + r")\}?(?=/|$)")


def locate(path: str, ctx: Context | None = None) -> Location | None:
    """Where `path` (absolute, normalised; `$VAR` kept for a variable) falls in the table, or None."""
    if ctx is None:
        return _locate(path, (), None, "/root")
    return _locate(path, ctx.agent_env, ctx.cwd, ctx.home)


@lru_cache(maxsize=8192)
def _locate(path: str, agent_env: tuple[tuple[str, str], ...], cwd: str | None, home: str) -> Location | None:
    if "$" in path:
        path = _VAR_REF.sub(lambda m: "/${" + m.group(1) + "}", path, count=1)
    for r, base in env_roots(agent_env, cwd, home):
        if path == base or path.startswith(base + "/"):
            return _folded_rel(Location(r, base, path[len(base) + 1 :]))
        if r.sidecars and path.startswith(base + "-"):
            return Location(r, base, "")
    m = _STATIC_RE.match(path)
    if m is None or m.lastgroup is None:
        own = _own(path)
        if own is not None or path == path.lower():
            return own
        return _locate_folded(path, agent_env, cwd, home)
    r = _STATIC[int(m.lastgroup[1:])]
    return _folded_rel(Location(r, m.group(m.lastgroup), path[m.end() + 1 :]))


def _folded_rel(loc: Location) -> Location:
    """`~/.claude/Settings.json`: a control file when the file system ignores case."""
    if loc.rel != loc.rel.lower() and not loc.control:
        low = Location(loc.root, loc.base, loc.rel.lower())
        if low.control:
            return low
    return loc


def _locate_folded(path: str, agent_env: tuple[tuple[str, str], ...], cwd: str | None, home: str) -> Location | None:
    """`_locate` without regard to case (the path has capitals and matched nothing as written): the part below the
    location is compared in lower case, as a case-insensitive file system would find it."""
    low = path.lower()
    for r, base in env_roots(agent_env, cwd, home):
        b = base.lower()
        if low == b or low.startswith(b + "/"):
            return Location(r, base, low[len(b) + 1 :])
    m = _STATIC_RE_I.match(path)
    if m is None or m.lastgroup is None:
        return None
    r = _STATIC[int(m.lastgroup[1:])]
    return Location(r, m.group(m.lastgroup), low[m.end() + 1 :])


#: The last segments that identify a control file even when the directories before them are unknown: the control
#: files of the agents automode is installed into, the file-named locations, automode's store and socket. (The
#: generic names of other tools, `config.json`, `rules/`, would make every run-time path an ask.)
TAIL_OWNERS = frozenset({"claude-code", "codex", "gemini"})
#: Control files a project can hold (relative to its root) for the agents automode is installed into and for
#: automode itself, from the table's `**/name` rows: the adapters look which exist (`Context.project_controls`).
#: A directory entry (`.claude/hooks`) stands for the files under it.
PROJECT_CONTROLS: tuple[str, ...] = tuple(dict.fromkeys(
    r.where[3:] + ("/" + c.removesuffix("/**") if c else "")
    for r in ROOTS if r.where.startswith("**/") and "/" not in r.where[3:] and (r.owner in TAIL_OWNERS or r.owner == "automode")
    for c in r.control if c != "**" and "*" not in c.removesuffix("/**")
))  # fmt: skip

TAILS: frozenset[str] = frozenset(
    {c for r in ROOTS if r.owner in TAIL_OWNERS for c in r.control if c not in ("", "**", "rules/**")}
    | {r.where.rsplit("/", 1)[-1] for r in ROOTS if "" in r.control and r.where.startswith("**/") and "*" not in r.where[3:]}
    | {"audit.db", "hook.sock"}
)
_NAMES = sorted({seg for r in ROOTS if r.where.startswith("**/") for seg in r.where[3:].split("/") if "*" not in seg})
_UNKNOWN_SEGMENT = lazyre.compile(r"[$`*?\[]")


#: Agents' and automode's own directory names, for paths spelled in pieces (`'.cla' + x + '/settings.json'`).
FRAGMENT_NAMES = (".claude", ".codex", ".gemini", ".qwen", ".cursor", ".continue", "automode")


def control_fragment(pieces: list[str]) -> str | None:
    """The control directory a literal piece of an unfoldable path spells part of: the whole name, its start (with
    the dot, three characters or more) or its end (more than half of it). None for ordinary pieces."""
    for piece in pieces[:64]:
        for seg in re.split(r"[^\w.-]+", piece[:512]):  # `'%s/.cla%s'`, `'{}/.cl'`: a field ends a piece too
            if len(seg) < 3 or len(seg) > 64:
                continue
            for name in FRAGMENT_NAMES:
                if name in seg or (seg.startswith(".") and name.startswith(seg)) or (
                        name.endswith(seg) and len(seg) >= max(4, len(name) // 2 + 1)):  # fmt: skip
                    return name
    return None


def may_locate(path: str, ctx: Context | None = None) -> tuple[Location | None, str | None]:
    """For a path with parts only known at run time: the control location it becomes when a glob segment expands
    to one of the table's names (`~/.c*/settings.json`), else the tail that makes it a possible control file
    (`$DIR/settings.json` -> "settings.json"). (None, None) when nothing in the table fits."""
    segs = path.split("/")
    unknown = [i for i, s in enumerate(segs) if _UNKNOWN_SEGMENT.search(s)]
    if not unknown:
        return None, None
    for i in unknown:
        if "$" in segs[i] or "`" in segs[i] or segs[i] == "**" or i == len(segs) - 1:
            continue  # only a glob that spells a directory before a literal name (`find -name '*.c*'` is not one)
        for name in _NAMES:
            if fnmatchcase(name, segs[i]):
                loc = locate("/".join([*segs[:i], name, *segs[i + 1 :]]), ctx)
                if loc is not None and loc.control:
                    return loc, None
        head = "/".join(segs[: i + 1])
        if "$" not in head and "`" not in head and len(re.sub(r"\[[^\]]*\]|[*?]", "", segs[i])) >= 2:
            # `/tmp/automode-*/open.html`: an absolute location of the table (the page's one-time login directory)
            found = [loc for _r, base in concrete_roots(ctx.agent_env if ctx else (), ctx.home if ctx else "/root")
                     if glob_matches(head, base) and (loc := locate("/".join([base, *segs[i + 1 :]]), ctx)) is not None
                     and (loc.control or loc.secret)]  # fmt: skip
            if found:
                return next((x for x in found if x.secret), found[0]), None  # a secret first: reading it matters
    if (unknown[-1] == len(segs) - 1 and "**" not in segs and not any("$" in x or "`" in x for x in segs)
            and len(re.sub(r"\[[^\]]*\]|[*?]", "", segs[-1])) >= 2):  # fmt: skip
        # `rm -rf /tmp/automode-*`, `chmod 000 ~/.c*`: the last segment's pattern, aimed by a name (a bare `*` is a
        # sweep of the directory, the destroy rules' business), matches a location of the table
        ctx_env, ctx_home = (ctx.agent_env, ctx.home) if ctx is not None else ((), "/root")
        for r, base in concrete_roots(ctx_env, ctx_home):
            if glob_matches(path, base):
                return Location(r, base, ""), None
    tail = segs[unknown[-1] + 1 :]
    for k in range(len(tail)):
        t = "/".join(tail[k:])
        if t in TAILS or (t.startswith("hooks/") and "hooks/**" in TAILS):
            return None, t
    return None, None


@lru_cache(maxsize=64)
def concrete_roots(agent_env: tuple[tuple[str, str], ...], home: str) -> tuple[tuple[Root, str], ...]:
    """Every location of the table as one concrete path outside the project: the environment's, the `**/name` rows
    under the home directory, the absolute rows (`<n>` a number, `*` one name). For patterns (`/tmp/automode-*`)."""
    out = [(r, b) for r, b in env_roots(agent_env, None, home) if not b.startswith("/${")]
    for r in ROOTS:
        if r.where.startswith("**/") and "*" not in r.where[3:]:
            out.append((r, f"{home.rstrip('/')}/{r.where[3:]}"))
        elif r.where.startswith("/"):
            out.append((r, r.where.replace("<n>", "1000").replace("*", "x")))
    return tuple(out)


def holds_secret(path: str, ctx: Context | None) -> str | None:
    """The secret location of the table (automode's keys) that lies under the directory `path`, or None."""
    if not path.startswith("/") or "*" in path:
        return None
    prefix = path.rstrip("/") + "/"
    for r, base in concrete_roots(ctx.agent_env if ctx else (), ctx.home if ctx else "/root"):
        for sec in r.secret:
            where = base + "/" + sec.removesuffix("/**").removesuffix("**").rstrip("/")
            if where.startswith(prefix) or where.rstrip("/") == path.rstrip("/"):
                return where
    return None


def glob_matches(pattern: str, path: str) -> bool:
    """Whether the shell pattern `pattern` (absolute, no `**`) can name `path`: segment by segment, a name that starts
    with a dot only by a pattern that does too (the shell's rule)."""
    ps, xs = pattern.split("/"), path.split("/")
    if len(ps) != len(xs):
        return False
    for p, x in zip(ps, xs, strict=True):
        if p != x and ((x.startswith(".") and not p.startswith(".")) or not fnmatchcase(x, p)):
            return False
    return True


# Code that names a control location in a string: `'~/.claude/settings.json'`, `HOME + '/.codex/config.toml'`.
#: Substrings code must contain to name or reach a control location: a piece of every location's name, file name or
#: variable (`test_anchors_cover_the_table` checks each row's example has one). Plain `in` tests, once per text:
#: every Write of a program passes here, and a regular expression over a large file costs far more.
ANCHORS: tuple[str, ...] = ("claude", "Claude", "codex", "gemini", "Gemini", "qwen", "cursor/", "continue/", "vscode",
                            "mcp.json", "mcpServers", "automode", "settings.json", "settings.local", "config.toml",
                            "hooks.json", "audit.db", "hook.sock", "aider", "XDG_", "_HOME", "AUTOMODE", "GEMINI_CLI",
                            "-packages/", "opencode", "crush", "goose", "amp/", "kiro", ".roo", "amazonq", "windsurf",
                            "copilot", ".factory", "/User", "globalStorage", "ClaudeCode", "gemini-cli", "zed/", "CLAUDE_ENV")  # fmt: skip


@lru_cache(maxsize=64)
def may_reach(code: str) -> bool:
    """Whether `code` could name a control location at all (a cheap test before reading it). Code that spells a
    location in pieces (`'.cla' + 'ude'`) passes unread: what a program assembles at run time stays its run's
    question (when it runs, its command is judged)."""
    return any(w in code for w in ANCHORS)


_LITERAL = lazyre.compile(r"""(['"`])((?:\\.|(?!\1)[^\\\n]){0,300})\1""")
_HOME_FORMS = lazyre.compile(r"^(?:~|\$\{?HOME\}?|%USERPROFILE%)(?=/|$)")


def named_controls(code: str, ctx: Context, cwd: str | None) -> list[str]:
    """The control files a piece of code names in its string literals (resolved against the home directory and
    `cwd`), in order, without repeats. A literal that starts with `/.name/` is a tail joined to some directory
    at run time (`os.environ['HOME'] + '/.claude/settings.json'`) and counts as named too; a literal that is a
    location's variable (`'CLAUDE_CONFIG_DIR'`) names that location (`/${CLAUDE_CONFIG_DIR}`)."""
    encoded = _DECODE_CALL.search(code[:MAX_CODE_SCAN]) is not None
    if not may_reach(code) and not encoded:
        return []
    out: list[str] = []
    scan = code[:MAX_CODE_SCAN]
    for text in (*(m.group(2) for m in _LITERAL.finditer(scan)), *_joined_literals(scan)):
        if encoded:  # `open(base64.b64decode('L2hvbWUv…').decode(), 'w')`: the path the code decodes
            text = _decoded(text) or text
        if text in ENV_VARS:  # `os.environ['CLAUDE_CONFIG_DIR']`: the location the variable names
            for r in ROOTS:
                var, _, sub = r.where[1:].partition("/")
                if r.where.startswith("$") and var == text and (not sub or sub in code):
                    path = "/${" + var + "}" + ("/" + sub if sub else "")
                    if path not in out:
                        out.append(path)
            continue
        if "/" not in text or not any(w in text for w in ANCHORS):
            continue
        path = resolve(_HOME_FORMS.sub("~", text), cwd, ctx.home)
        loc = locate(path, ctx)
        if loc is not None and loc.control and path not in out:
            out.append(path)
    return out


MAX_CODE_SCAN = 100_000

#: Literals passed side by side to a path-joining call (`file.path(home, ".claude", "settings.json")`,
#: `filepath.Join(h, ".codex", "config.toml")`, `Path.Combine(...)`): read as one tail `/.claude/settings.json`.
_LITERAL_RUN = lazyre.compile(r"""(['"])([\w.-]{1,64})\1(?:\s*,\s*(['"])[\w./-]{1,128}\3)+""")


def _joined_literals(code: str) -> list[str]:
    """Runs of literals passed side by side to a path-joining call, each run as one tail (`/.claude/settings.json`)."""
    out = []
    for m in _LITERAL_RUN.finditer(code):
        parts = [t.group(2) for t in _LITERAL.finditer(m.group(0))]
        if parts[0].startswith(".") or parts[0] in ENV_VARS or any(a in m.group(0) for a in ANCHORS):
            out.append("/" + "/".join(p.strip("/") for p in parts))
    return out

#: Calls that decode a string literal in the languages the code reader knows (Python, Node, Ruby, Perl, PHP).
_DECODE_CALL = lazyre.compile(r"b64decode|b32decode|fromhex|unhexlify|\batob\(|['\"](?:base64|hex)['\"]|"
                              r"base64_decode|hex2bin|decode_base64|Base64\.|unpack1?\(\s*['\"][mH]|pack\(\s*['\"]H")
_B64 = lazyre.compile(r"[A-Za-z0-9+/_-]{12,}={0,2}")
_HEX = lazyre.compile(r"(?:[0-9a-fA-F]{2}){8,}")


def _decoded(text: str) -> str | None:
    """The text a base64 or hex literal decodes to, when it decodes to printable text; None otherwise."""
    import base64
    import binascii

    try:
        if _HEX.fullmatch(text):
            raw = bytes.fromhex(text)
        elif _B64.fullmatch(text):
            raw = base64.b64decode(text.replace("-", "+").replace("_", "/") + "=" * (-len(text) % 4))
        else:
            return None
        out = raw.decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    return out if out.isprintable() else None
