"""What a change to the agent's own settings does to the guard, read from the action (`confirm_floor`).

The line (product.md, drawn in `knowledge.agent_settings`): a change that loosens the guard or the agent's
permissions is refused even when the user asked for it; one that tightens it or leaves it alone (a model, a theme,
a deny rule, an MCP server the user named) is allowed when the user asked for it in so many words; what automode
cannot read stays an ask when asked. The change is read from:

* a Write or Edit of a settings file (the text it removes against the text it adds; a Write whose previous text the
  adapter did not supply is a new file: the adapters hand the current text of every existing file they write);
* a shell write with known text (`cat >> ~/.codex/config.toml <<EOF`): an append adds lines; an overwrite replaces
  what the file held, which automode does not know (unknown);
* `jq` rewriting the file (`jq '.ui.theme = "GitHub"' s.json > t && mv t s.json`): its assignments (`.a.b = v`,
  `+= [..]`, `del(.a)`, `. + {...}`) are the change;
* the agents' own commands (`claude mcp add NAME …`, `codex mcp add`, `gemini mcp add`, `claude config set K V`,
  `claude mcp remove`);
* deleting the agent's session transcripts (the user's own history: neutral).
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from automode import controls, lazyre
from automode.knowledge.agent_settings import (
    AGENT_ENV,
    HOOK,
    LOOSEN,
    MOVES_CONTROLS,
    NEUTRAL,
    TIGHTEN,
    UNKNOWN,
    Change,
    compare,
    worst,
)

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect
    from automode.model import Finding
    from automode.shell.parse import Command

#: Files whose text `knowledge.agent_settings` reads as settings (by base name).
SETTINGS_NAMES = frozenset({"settings.json", "settings.local.json", "managed-settings.json", ".claude.json", ".mcp.json",
                            "mcp.json", "config.toml", "managed_config.toml", "cli-config.json", ".aider.conf.yml",
                            ".aider.conf.yaml", ".automode.toml", "hooks.json", "config.json"})  # fmt: skip
#: automode's own configuration files: only a change that tightens them is ever the user's to ask for.
AUTOMODE_CONFIG = lazyre.compile(r"(?:^|/)(?:\.automode\.toml|automode/config\.toml)$")
#: Claude Code's session transcripts (`~/.claude/projects/<dir>/<id>.jsonl`): the user's own history.
TRANSCRIPT = lazyre.compile(r"/projects/[^/]+/[^/]*\.jsonl$|/projects/[^/]+/?$|/projects/[^/]+/\*\.jsonl$")


def settings_file(path: str) -> bool:
    return path.rsplit("/", 1)[-1] in SETTINGS_NAMES


def _env_loosens(name: str, value: str, added: bool) -> bool:
    from automode.knowledge.review import hooks_off

    return bool(AGENT_ENV.match(name)) or name in MOVES_CONTROLS or (added and hooks_off(name, value) is not None)


def _write_changes(a: Analysis, e: Effect) -> list[Change] | None:
    """The change one write effect makes to a settings file, or None when it is not one automode can read."""
    if not settings_file(e.target) or e.origin == "agent-cli":
        return None  # (an agent's own command: `_cli_changes` reads it)
    w = a.write
    if w is not None and w.path == e.target:
        return compare(e.target, w.old, w.new, _env_loosens)
    if a.shell and e.origin not in ("copy", "move"):
        from automode.shell.substitute import substitutions

        pairs = substitutions(a.command_text)  # `sed -i 's/"default"/"bypassPermissions"/'`: what goes, what comes
        if pairs:
            return [c for old, new in pairs for c in compare(e.target, old, new, _env_loosens)]
    if e.content is not None and e.origin not in ("copy", "move"):
        out = compare(e.target, "", e.content, _env_loosens)
        if not e.append:
            out.append(Change(UNKNOWN, f"replaces all of {e.target} (what it held is not known)"))
        return out
    jq = _jq_changes(a, e.target)
    if jq is not None:
        return jq
    return None


def _delete_changes(e: Effect) -> list[Change] | None:
    if TRANSCRIPT.search(e.target) and not e.recursive:
        return [Change(NEUTRAL, "deletes the agent's session transcripts")]
    return None


def changes(floor: list[Finding], a: Analysis) -> list[Change] | None:
    """Every change the floor findings' actions make to agent settings; None when one of them is something else
    (a hook script, a plugin, an agent started without checks, a file automode cannot read)."""
    from automode.effects import Effect
    from automode.judge.intent.facts_args import _sources

    out: list[Change] = []
    for f in floor:
        if f.rule.id != "AM-AGENT-001":
            return None
        seen = False
        for src in _sources(f, a):
            if not isinstance(src, Effect):
                return None
            seen = True
            got = _write_changes(a, src) if src.kind == "write" else _delete_changes(src) if src.kind == "delete" else None
            if got is None:
                got = _cli_changes(a, src)
            if got is None:
                return None
            out += got
        if not seen:
            return None
    return out


# ------------------------------------------------------------------ the agents' own commands
#: `<agent> mcp add NAME …` (and `add-json`), `<agent> mcp remove NAME`, `claude config set|add|remove KEY VALUE`.
_AGENTS = frozenset({"claude", "codex", "gemini", "qwen", "cursor-agent"})
#: Options of `mcp add` that take a value (their value is not the server's name).
_MCP_VALUED = frozenset({"-s", "--scope", "-t", "--transport", "-e", "--env", "-H", "--header", "--url", "--bearer-token-env-var"})


def _agent_call(a: Analysis) -> Command | None:
    return next((c for c in a.commands if c.name in _AGENTS and len(c.args) >= 2 and c.args[0] in ("mcp", "config")), None)


def _cli_changes(a: Analysis, e: Effect) -> list[Change] | None:
    """The change an agent's own command makes (the effect it writes is the agent's own file)."""
    cmd = _agent_call(a)
    if cmd is None or e.kind != "write":
        return None
    group, sub, rest = cmd.args[0], cmd.args[1], cmd.args[2:]
    if group == "mcp" and sub in ("add", "add-json", "add-from-claude-desktop"):
        if sub == "add-from-claude-desktop":
            return [Change(UNKNOWN, "imports every MCP server of Claude Desktop")]
        pos: list[str] = []
        skip = False
        for w in rest:
            if skip:
                skip = False
                continue
            if w in _MCP_VALUED:
                skip = True
                continue
            if w.startswith("-") and w != "--":
                continue
            if w != "--":
                pos.append(w)
        if not pos:
            return [Change(UNKNOWN, "adds an MCP server")]
        return [Change(UNKNOWN, f"adds the MCP server `{pos[0]}`", pos[0], tuple(pos[1:]))]
    if group == "mcp" and sub in ("remove", "rm", "delete"):
        return [Change(TIGHTEN, f"removes the MCP server `{rest[0] if rest else '?'}`")]
    if group == "config" and sub in ("set", "add", "remove", "rm") and len(rest) >= 2:
        key, value = [w for w in rest if not w.startswith("-")][:2] or ("", "")
        if sub == "set":
            from automode.knowledge.agent_settings import keys_for

            out = compare("x.json", "", json.dumps({key: value}), _env_loosens)
            kinds = {k.kind for k in keys_for((key,))}
            if kinds & {"hooks", "restrict"}:  # the whole list replaced: what it held (automode's hook) is gone
                out.append(Change(LOOSEN, f"replaces all of {key}"))
            elif kinds & {"grant", "servers", "env"}:
                out.append(Change(UNKNOWN, f"replaces all of {key}"))
            return out
        listed = json.dumps({key: [value]})
        return compare("x.json", "", listed, _env_loosens) if sub == "add" else compare("x.json", listed, "", _env_loosens)
    return None


# ------------------------------------------------------------------ jq
_JQ_ASSIGN = lazyre.compile(r"^\s*(\.[\w.\"\[\]-]+)\s*(\|?=|\+=)\s*(.+?)\s*$", re.S)
_JQ_DEL = lazyre.compile(r"^\s*del\((.+)\)\s*$", re.S)
_JQ_MERGE = lazyre.compile(r"^\s*\.\s*[+*]\s*(\{.*\})\s*$", re.S)


def _jq_path(p: str) -> tuple[str, ...]:
    return tuple(x for x in re.split(r"[.\[\]\"]+", p) if x)


def _nest(path: tuple[str, ...], value: object) -> object:
    for k in reversed(path):
        value = {k: value}
    return value


def _jq_changes(a: Analysis, target: str) -> list[Change] | None:
    """The change a `jq` filter makes to the settings file it reads (`jq F file > tmp && mv tmp file`)."""
    name = target.rsplit("/", 1)[-1]
    for c in a.commands:
        if c.name not in ("jq", "gojq", "yq") or not any(w.endswith(name) for w in c.args):
            continue
        prog = next((w for w in c.args if not w.startswith("-") and not w.endswith(name)), None)
        if prog is None:
            return None
        out: list[Change] = []
        for part in _split_pipes(prog):
            m = _JQ_ASSIGN.match(part)
            d = _JQ_DEL.match(part) if m is None else None
            g = _JQ_MERGE.match(part) if m is None and d is None else None
            try:
                if m is not None:
                    path, op, val = _jq_path(m.group(1)), m.group(2), json.loads(m.group(3))
                    out += compare("x.json", "", json.dumps(_nest(path, val)), _env_loosens)
                    if op != "+=":
                        out.append(Change(UNKNOWN if _jq_holds_list(path) else NEUTRAL, f"replaces {'.'.join(path)}"))
                elif d is not None:
                    for p in d.group(1).split(","):
                        path = _jq_path(p.strip())
                        dropped = compare("x.json", json.dumps(_nest(path, ["?"])), "", _env_loosens)
                        out += dropped or [Change(UNKNOWN, f"deletes {'.'.join(path)}")]
                elif g is not None:
                    out += compare("x.json", "", g.group(1), _env_loosens)
                else:
                    return None
            except ValueError:
                return None
        return out
    return None


def _jq_holds_list(path: tuple[str, ...]) -> bool:
    """An assignment replaces what was there: for a list of rules or servers, what was dropped is not known."""
    from automode.knowledge.agent_settings import keys_for

    return any(k.kind in ("grant", "restrict", "servers", "hooks", "env") for k in keys_for(path)) or not keys_for(path)


def _split_pipes(prog: str) -> list[str]:
    """A jq program's top-level `|` stages (not those inside brackets or strings)."""
    out, depth, cur, quote = [], 0, "", False
    for ch in prog:
        if ch == '"':
            quote = not quote
        elif not quote and ch in "([{":
            depth += 1
        elif not quote and ch in ")]}":
            depth -= 1
        if ch == "|" and depth == 0 and not quote and not cur.endswith("|") and not cur.rstrip().endswith(("=", "|")):
            out.append(cur)
            cur = ""
            continue
        cur += ch
    return [*out, cur] if cur.strip() else out


# ------------------------------------------------------------------ servers named by the user
#: Words of an MCP server's definition that name no server (its launcher, the protocol, a generic host part).
GENERIC = frozenset({"mcp", "server", "servers", "modelcontextprotocol", "npx", "uvx", "node", "python", "python3", "docker",
                     "run", "http", "https", "sse", "www", "com", "dev", "io", "app", "api", "local", "localhost", "latest",
                     "stdio", "streamable", "remote", "official", "type", "url", "command", "args", "env", "bun", "bunx",
                     "pnpm", "dlx", "pipx", "org", "net", "cloud", "the", "for", "and", "transport", "scope", "project",
                     "user", "data", "tool", "tools", "proxy", "bridge", "plugin", "true", "false", "rm", "interactive"})  # fmt: skip
_WORD = lazyre.compile(r"[a-z][a-z0-9]{2,}")


def server_named(c: Change, said: str) -> bool:
    """Whether the user's words name the MCP server a change adds: by a word of its name, package or address that
    is not a launcher's or the protocol's (`GENERIC`)."""
    words = set(_WORD.findall(said.lower()))
    tokens = {t for v in (c.name, *c.values) for t in _WORD.findall(v.lower())} - GENERIC
    return bool(tokens & words)


#: A hook's output that answers the agent's permission question itself (Claude Code `permissionDecision`, the older
#: `decision: approve`, Gemini/Codex `allow`): such a hook approves what the guard would ask about.
_APPROVES = lazyre.compile(r"permissionDecision|[\"']?decision[\"']?\s*[:=]\s*[\\\"']*(?:approve|allow)|\bapprove\b|"
                           r"\bbypass\b|exit\s+0\s*$", re.I)
#: Words of a hook command that start no program of their own (shells, launchers, plumbing).
_WRAPPERS = frozenset({"npx", "uvx", "bunx", "pnpm", "yarn", "npm", "run", "exec", "dlx", "python", "python3", "node", "bash",
                       "sh", "zsh", "env", "xargs", "jq", "cat", "echo", "printf", "read", "test", "if", "then", "fi", "do",
                       "done", "for", "while", "true", "tee", "grep", "sed", "awk", "head", "tail", "cd", "-m", "-c", "-y",
                       "--yes", "uv", "poetry", "bundle", "go", "cargo", "time", "nice", "timeout", "command"})  # fmt: skip
_SEGMENT = lazyre.compile(r"&&|\|\||[;|\n]|\$\(|`")


def _hook(c: Change, said: str) -> Change:
    """A hook command added to the agent's settings: loosening when it answers the permission question itself;
    neutral when every program it starts is one the user named ("run prettier after every edit"); else unknown."""
    cmd = c.values[0] if c.values else ""
    if _APPROVES.search(cmd):
        return Change(LOOSEN, f"adds a hook that answers the agent's permission prompts itself (`{cmd[:60]}`)")
    words = set(_WORD.findall(said.lower()))
    programs: list[str] = []
    for seg in _SEGMENT.split(cmd):
        for tok in seg.split():
            base = tok.strip("'\"").rsplit("/", 1)[-1].split("@", 1)[0].lower()
            if not base or base in _WRAPPERS or base.startswith(("-", "$", "{", ".")) or "=" in base:
                continue
            programs.append(base.rsplit(".", 1)[0] if base.endswith((".sh", ".py", ".js", ".ts")) else base)
            break
    if programs and all(any(t in words for t in _WORD.findall(p_)) for p_ in programs):
        return Change(NEUTRAL, f"adds a hook that runs {', '.join(dict.fromkeys(programs))}, which you named")
    return c


def verdict(floor: list[Finding], a: Analysis, said: str, asked: bool) -> tuple[str, str] | None:
    """("allow" | "ask" | "deny", why) for a change to agent settings, or None when the action is not one
    `changes` can read (the caller keeps its decision). `said`: the user's words; `asked`: a request in force names
    the change (its kind of act and the file)."""
    got = changes(floor, a)
    if got is None:
        return None
    for i, c in enumerate(got):
        if c.name == HOOK and c.direction == UNKNOWN:
            got[i] = _hook(c, said)
    servers = [c for c in got if c.name and "MCP server" in c.what and c.direction == UNKNOWN]
    for c in servers:
        named = server_named(c, said)
        got[got.index(c)] = Change(NEUTRAL if named else LOOSEN, c.what + ("" if named else ", which you did not name"), c.name, c.values)
    got = [Change(NEUTRAL, c.what + " (the command you named)", c.name, c.values) if _dictated_allow(c, said) else c
           for c in got]
    direction = worst(got)
    loose = [c.what for c in got if c.direction == LOOSEN]
    if direction == LOOSEN:
        return "deny", "it loosens the guard: " + "; ".join(dict.fromkeys(loose))[:300]
    if not asked:
        return None
    if direction == UNKNOWN:
        return None
    what = "; ".join(dict.fromkeys(c.what for c in got))[:200] or "no permission, hook or server"
    return "allow", f"it {'tightens' if direction == TIGHTEN else 'leaves'} the guard ({what})"


#: "Without asking" in the user's words: the commands they name may run with no prompt.
_NO_PROMPT = lazyre.compile(r"(?i)\bwithout\s+(?:asking|a\s+prompt|prompting|confirmation|checking\s+with\s+me)\b|"
                            r"\b(?:don'?t|do\s+not|no\s+need\s+to)\s+ask\b|\bohne\s+(?:zu\s+|nach)?(?:fragen|nachzufragen|"
                            r"r[üu]ckfrage)\b|\bsans\s+(?:me\s+)?demander\b|\bsin\s+preguntar(?:me)?\b|\bsem\s+(?:me\s+)?perguntar\b|"
                            r"\bsenza\s+chiedere\b|\bzonder\s+(?:te\s+)?vragen\b|\bbez\s+pytania\b|\bбез\s+спроса\b|"
                            r"\bне\s+спрашивая\b|\bsormadan\b|묻지\s*말고|물어보지\s*말고|확인\s*없이|聞かずに|確認なしで|"
                            r"不用问|无需确认|不用确认")
#: An allow rule for one exact shell command (`Bash(make test)`): no wildcard, no second command chained in it.
_EXACT_RULE = lazyre.compile(r"^adds an allow rule `Bash\(([^()*`;&|$<>]+)\)`$")


#: Programs that run a project's own checks and builds: the commands a user lets an agent run without asking.
_CHECK_RUNNERS = frozenset({"make", "npm", "pnpm", "yarn", "bun", "pytest", "ruff", "mypy", "pyright", "eslint", "prettier",
                            "cargo", "go", "tox", "nox", "gradle", "./gradlew", "mvn", "./mvnw", "dotnet", "rspec", "rubocop",
                            "phpunit", "jest", "vitest", "tsc", "black", "isort", "flake8", "pylint", "golangci-lint",
                            "swift", "deno", "mix", "just", "task", "uv", "poetry", "hatch", "python", "python3", "bundle",
                            "ctest", "cmake", "ninja", "bazel", "stylelint", "biome", "shellcheck", "hadolint"})  # fmt: skip
#: Words that make such a command do more than a check (publish, deploy, install, run arbitrary code).
_NOT_A_CHECK = frozenset({"deploy", "publish", "release", "push", "upload", "install", "i", "add", "exec", "dlx", "x",
                          "run-script", "-c", "-e", "eval", "shell", "login", "clean-all", "nuke", "destroy"})  # fmt: skip


def _written_out(cmd: str, said: str) -> bool:
    """The user wrote the allow rule itself (`Bash(make test)`) and named the allow list it goes in ("lägg till exakt
    Bash(make test) … i allow-listan"): the entry dictated as it is stored (session 21, L5)."""
    rule = f"bash({' '.join(cmd.split()).lower()})"
    low = " ".join(said.split()).lower()
    return rule in low and re.search(r"\ballow", low) is not None


def _dictated_allow(c: Change, said: str) -> bool:
    """An allow rule added for exactly a command the user wrote, in a message that says to run it without asking
    ("let yourself run make test and make lint without asking"): the list they dictated, not a loosening."""
    if c.direction != LOOSEN:
        return False
    m = _EXACT_RULE.match(c.what)
    if m is None or not (_NO_PROMPT.search(said) or _written_out(m.group(1), said)):
        return False
    cmd = " ".join(m.group(1).split()).lower()
    words = cmd.split()
    if not words or cmd.endswith(":") or words[0] not in _CHECK_RUNNERS or set(words[1:]) & _NOT_A_CHECK:
        return False  # (a standing allow only for the project's checks: tests, linters, type checks, builds)
    return lazyre.whole(cmd, " ".join(said.split()).lower(), r"[\w./-]", r"[\w/-]") is not None


def dictated(floor: list[Finding], a: Analysis) -> str | None:
    """The user's message that dictates every change of this settings edit: allow rules for exactly the commands it
    names, to run without asking (`_dictated_allow`); None otherwise."""
    got = changes(floor, a)
    if not got:
        return None
    for m in reversed(a.ctx.user_messages):
        if all(_dictated_allow(c, m) for c in got):
            return m
    return None


def other_objections(found: list[Finding], floor: list[Finding], a: Analysis) -> list[Finding]:
    """Findings besides the floor's that object to something else than the settings change itself (a destroy rule
    on the same overwrite of `~/.claude.json` says nothing new)."""
    from automode.judge.intent.facts_args import _sources

    mine = {id(s) for f in floor for s in _sources(f, a)}
    return [f for f in found if not f.rule.floor and f.verdict != "allow" and f.rule.category != "agent-control"
            and not (f.rule.kind == "effect" and all(id(s) in mine for s in _sources(f, a)))]


def automode_config(floor: list[Finding], a: Analysis) -> bool:
    """Every floor finding is a write of automode's own configuration file (the only automode control a request can
    reach, and only to tighten it)."""
    from automode.effects import Effect
    from automode.judge.intent.facts_args import _sources

    srcs = [s for f in floor for s in _sources(f, a)]
    return bool(srcs) and all(isinstance(s, Effect) and s.kind == "write" and AUTOMODE_CONFIG.search(s.target) is not None
                              and controls.locate(s.target, a.ctx) is not None for s in srcs)  # fmt: skip
