"""The decision model (SPEC §2): what the agent wants to do, the session around it, and the answer.

Pure data: no I/O, no imports from adapters. Everything here is immutable so one parsed configuration and one
Context can be shared across decisions without copying.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from automode.dc import dataclass, field
from automode.typing_lite import Any, Literal, Protocol

Verdict = Literal["allow", "ask", "deny"]
Mode = Literal["interactive", "headless"]

#: Order of severity: the strictest proposal wins.
SEVERITY: Mapping[str, int] = {"allow": 0, "ask": 1, "deny": 2}

#: SPEC §5 categories.
CATEGORIES = (
    "destroy",
    "exfiltrate",
    "remote-exec",
    "security-degrade",
    "persistence",
    "trust-boundary",
    "review-bypass",
    "agent-control",
    "resource",
    "prompt-injection",
    "unanalysable",
    "routine",
)


@dataclass(frozen=True, slots=True)
class Action:
    """One tool call as the agent sent it: `tool` (Bash, Write, mcp__srv__fn, ...) and its raw `input`."""

    tool: str
    input: Mapping[str, Any]
    cwd: str | None = None
    #: MCP tool annotations the server declared (`readOnlyHint`, `destructiveHint`, `openWorldHint`, ...). They are
    #: hints from a possibly untrusted server, so the policy only ever uses them to be stricter.
    annotations: Mapping[str, Any] | None = None
    #: For a Write over an existing file: its current content, read by the adapter (the core does no I/O), so the
    #: analysis can compare what the write removes with what it adds. None = not known (new file, or not supplied).
    before: str | None = None
    #: For a Write of a tool's configuration file: the project's other files of that tool it would shadow (a
    #: lower-precedence file of the same directory, or the same tool's file above it), as (absolute path, text), read
    #: by the adapter (`adapters.base.with_before`; `files.new_config` compares them). Empty = not known.
    shadowed: tuple[tuple[str, str], ...] = ()


def scrub_unpaired(value: Any, depth: int = 0) -> Any:
    """`value` with every lone surrogate (a `\\ud800` JSON escape without its pair: no encoder takes it) replaced by
    U+FFFD, through mappings and lists; what holds none is returned as it is."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
            return value
        except UnicodeEncodeError:
            import re

            return re.sub("[\ud800-\udfff]", "\ufffd", value)
    if depth > 64:
        return value
    if isinstance(value, Mapping):
        return {scrub_unpaired(k, depth + 1): scrub_unpaired(v, depth + 1) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(scrub_unpaired(v, depth + 1) for v in value)
    return value


@dataclass(frozen=True, slots=True)
class GitInfo:
    """The repository the session works in: current branch and configured remotes (name -> url)."""

    branch: str | None = None
    remotes: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SessionMemory:
    """What a session did before this action, kept by the adapters across hook calls (bounded) and handed to the core
    as data: files it created (it may delete its own), digests of secret values it read (sending one later is an
    exfiltration even when the value is spelled out literally), and the hosts and repositories the user named."""

    created: tuple[str, ...] = ()
    secret_digests: frozenset[str] = frozenset()
    secret_sources: tuple[str, ...] = ()  # where those secrets were read, for reasons
    named: tuple[str, ...] = ()
    #: Values (hosts, e-mail addresses, accounts, keys) proposed by tool output the screen flagged as a prompt
    #: injection (issue 18): a later action sending to or carrying one is denied unless the user named it.
    injected: tuple[str, ...] = ()
    #: Places whose content earlier actions fetched (a clone, a download, an archive unpacked), as
    #: "path\tkind\tsource" (`knowledge.fetched.remembered` reads them): building, running or trusting them later
    #: runs code from that source.
    fetched: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Context:
    """The session around an action. `user_messages` are the user's own words only (never agent prose)."""

    cwd: str | None = None
    project_root: str | None = None
    home: str = "/root"
    user_messages: tuple[str, ...] = ()
    git: GitInfo | None = None
    mode: Mode = "interactive"
    session_id: str | None = None
    #: Project instructions (CLAUDE.md, AGENTS.md): they count as the user's words for the judge, but an
    #: authorisation found there never lifts a boundary the user stated in a message.
    instructions: tuple[str, ...] = ()
    #: The agent's own permission mode as its hook reported it (`bypassPermissions`, `dontAsk`, ...), for reasons;
    #: adapters set `mode` to "headless" when that mode puts no question to the user.
    agent_mode: str = ""
    #: The session's memory (adapters load and update it; None when the agent gives no session).
    memory: SessionMemory | None = None
    #: The agent's environment values that say where agents and automode keep their controls (`CLAUDE_CONFIG_DIR`,
    #: `CODEX_HOME`, `XDG_*`, ...; the names are `automode.controls.ENV_VARS`), as (name, value) pairs filled by
    #: the adapters. They only ever add protected locations: the defaults are protected whatever they say.
    agent_env: tuple[tuple[str, str], ...] = ()
    #: Agent and automode control files found in the project (paths relative to the project root, from
    #: `controls.PROJECT_CONTROLS`), filled by the adapters: the core does no I/O. A command that rewrites the
    #: project's files from a source automode cannot read (`git checkout other`, `git apply x.patch`, an archive
    #: extracted there) can rewrite them, which matters only where they exist.
    project_controls: tuple[str, ...] = ()
    #: Files the action may run that changed during the session, as (absolute path, text), read by the adapters
    #: (`automode.adapters.runfiles`): a script written in one action and run in a later one is judged by what it
    #: holds, exactly as a file written earlier in the same action.
    run_files: tuple[tuple[str, str], ...] = ()
    #: Symbolic links among the leading directories of the action's paths and of the home-level control locations,
    #: as (absolute link, resolved target), read by the adapters (`automode.adapters.links`): a file effect under one
    #: is judged at the other too (a `cfg -> ~/.claude` link that came in an archive; `~/.claude -> ~/dotfiles/claude`).
    links: tuple[tuple[str, str], ...] = ()

    @property
    def root(self) -> str | None:
        """The directory treated as the project: the declared root, else the working directory."""
        return self.project_root or self.cwd


@dataclass(frozen=True, slots=True)
class Decision:
    verdict: Verdict
    reason: str
    rules: tuple[str, ...] = ()
    category: str = "routine"
    suggestion: str | None = None
    stage: str = "policy"
    elapsed_us: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "reason": self.reason,
            "rules": list(self.rules),
            "category": self.category,
            "suggestion": self.suggestion,
            "stage": self.stage,
            "elapsed_us": self.elapsed_us,
        }


class RuleInfo(Protocol):
    """What the decision needs to know of a rule (`automode.rules.base.Rule` is one); the model stays free of the
    rule machinery so that nothing in the core imports in a circle."""

    @property
    def id(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def verdict(self) -> Verdict: ...
    @property
    def title(self) -> str: ...
    @property
    def floor(self) -> bool: ...
    @property
    def suggestion(self) -> str | None: ...
    @property
    def kind(self) -> str: ...  # "command" | "effect" | "action"
    @property
    def names(self) -> frozenset[str] | None: ...
    @property
    def check(self) -> Callable[..., object]: ...
    @property
    def release(self) -> frozenset[str] | None: ...  # user verb classes that can release it (issue 11 rules)


@dataclass(frozen=True, slots=True)
class Finding:
    """One built-in rule that fired on an action, with the verdict it proposes and what it saw."""

    rule: RuleInfo
    verdict: Verdict
    detail: str
    suggestion: str | None = None  # built from the action by the rule (`Hit.suggestion`)
