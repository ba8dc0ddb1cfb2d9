"""What every adapter shares: a decide call that cannot raise, and the texts agents and users read."""

from __future__ import annotations

import os
import stat
import threading
import time
from collections.abc import Callable, Mapping

from automode import dc
from automode.judge import memory
from automode.model import Action, Context, Decision, Mode, SessionMemory, Verdict
from automode.typing_lite import Any

# Engines keyed by project root and the config files' mtimes: the resident server serves many projects, and a
# changed config must take effect without a restart.
_ENGINES: dict[tuple[str, tuple[int, ...]], Any] = {}
_ENGINE_LOCK = threading.Lock()


def _config_stamp(root: str) -> tuple[int, ...]:
    home = os.path.expanduser("~")
    xdg = os.environ.get("XDG_CONFIG_HOME") or os.path.join(home, ".config")
    stamp = []
    for path in ("/etc/automode/config.toml", os.path.join(xdg, "automode", "config.toml"), os.path.join(root, ".automode.toml")):
        try:
            stamp.append(os.stat(path).st_mtime_ns)
        except OSError:
            stamp.append(0)
    return tuple(stamp)


def engine_for(root: str | None) -> Any:
    """An engine with the configuration that applies in `root` (cached until a config file changes)."""
    key_root = root or os.getcwd()
    key = (key_root, _config_stamp(key_root))
    with _ENGINE_LOCK:
        eng = _ENGINES.get(key)
        if eng is None:
            from automode.config import load_config
            from automode.engine import Engine

            eng = Engine(load_config(key_root))
            for old in [k for k in _ENGINES if k[0] == key_root]:
                del _ENGINES[old]
            _ENGINES[key] = eng
        return eng


def failure(what: str, mode: Mode = "interactive") -> Decision:
    """The decision when automode itself could not decide: ask (the user may know), deny when nobody can answer."""
    verdict: Verdict = "deny" if mode == "headless" else "ask"
    return Decision(
        verdict,
        f"automode could not check this action ({what}), so it is not run without approval.",
        rules=("AM-INTERNAL-001",),
        category="unanalysable",
        stage="adapter",
    )


def decide(action: Action, ctx: Context, agent: str = "unknown") -> Decision:
    """Decide with the engine and record the decision in the audit trail (write-behind, never raises). For
    callers that answer exactly what the engine said; the others `decide_only`, then `record` what they answered."""
    d = _decide(action, ctx)
    record(d, action, ctx, agent)
    return d


def decide_only(action: Action, ctx: Context) -> Decision:
    """The engine's decision (fail-closed on any error), not recorded."""
    return _decide(action, ctx)


def record(answer: Decision, action: Action, ctx: Context, agent: str, engine: Decision | None = None) -> None:
    """Record the answer the agent received; `engine`, when it differs, is kept beside it (never raises)."""
    try:
        from automode import audit

        audit.record(answer, action, ctx, agent=agent, engine=engine)
    except Exception:
        pass


def _decide(action: Action, ctx: Context) -> Decision:
    """Decide with the engine; any exception becomes a fail-closed Decision instead of propagating."""
    t0 = time.perf_counter_ns()
    try:
        d: Decision = engine_for(ctx.root).decide(action, ctx)
        if d.verdict not in ("allow", "ask", "deny"):
            return failure(f"engine returned verdict {d.verdict!r}", ctx.mode)
    except Exception as exc:  # fail closed: no error inside automode may let an action through
        d = failure(f"internal error: {type(exc).__name__}: {exc}", ctx.mode)
        return Decision(d.verdict, d.reason, d.rules, d.category, d.suggestion, d.stage, (time.perf_counter_ns() - t0) // 1000)
    if ctx.mode == "headless" and d.verdict == "ask":
        # SPEC §2: nobody can answer in headless mode. The engine should already do this; make sure.
        return Decision("deny", d.reason, d.rules, d.category, d.suggestion, d.stage, d.elapsed_us)
    return d


def _rules(d: Decision) -> str:
    return f" [{', '.join(d.rules)}]" if d.rules else ""


def deny_message(d: Decision) -> str:
    """What the model reads after a deny: why, the safer way, and not to route around it (SPEC §8)."""
    parts = [f"automode blocked this action: {d.reason.rstrip()}{_rules(d)}"]
    if d.suggestion:
        parts.append(f"A safer way: {d.suggestion.rstrip()}")
    parts.append(
        "Do not try to reach the same effect another way (another tool, spelling, script or file); "
        "carry on with the rest of the task, and if this step is really needed, tell the user so they can do it themselves."
    )
    return "\n".join(parts)


def ask_message(d: Decision) -> str:
    """What the user reads in the agent's approval prompt."""
    reason = d.reason.rstrip()
    return f"{reason if reason.startswith('automode') else 'automode: ' + reason}{_rules(d)}"


def needs_approval_message(d: Decision) -> str:
    """A deny that replaces an ask nobody could answer (no prompt attached)."""
    return (
        f"automode needs the user's approval for this action and no one could be asked: {d.reason.rstrip()}{_rules(d)}\n"
        "Do not try to reach the same effect another way; tell the user what you wanted to do so they can approve or run it."
    )


def str_or_none(obj: Mapping[str, Any], key: str) -> str | None:
    v = obj.get(key)
    return v if isinstance(v, str) and v else None


def cwd_of(payload: Mapping[str, Any], env: Mapping[str, str], key: str = "cwd") -> str:
    """The agent's working directory: from the payload, else the hook's (PWD is forwarded by the resident client)."""
    cwd = str_or_none(payload, key)
    if cwd and os.path.isabs(cwd):
        return cwd
    pwd = env.get("PWD")
    return pwd if pwd and os.path.isabs(pwd) else os.getcwd()


def strictest(decisions: list[Decision]) -> Decision:
    """One decision for an agent call that is several actions (a patch touching many files): the strictest."""
    order = {"allow": 0, "ask": 1, "deny": 2}
    return max(decisions, key=lambda d: order[d.verdict])


def decide_all(actions: list[Action], ctx: Context, agent: str = "unknown") -> Decision:
    if not actions:
        return failure("the call names no action automode could check", ctx.mode)
    return strictest([decide(a, ctx, agent) for a in actions])


def decide_escalated(actions: list[Action], ctx: Context, agent: str) -> tuple[Decision, str | None]:
    """The strictest decision over the call's actions, counted for denial escalation (hooks without a stop field
    may ignore the summary), and recorded as answered: the deciding action's row holds the answer the agent got,
    with the engine's own verdict beside it when escalation changed it."""
    if not actions:
        d = failure("the call names no action automode could check", ctx.mode)
        return d, None
    decisions = [_decide(a, ctx) for a in actions]
    d = strictest(decisions)
    i = decisions.index(d)
    final, stop = escalate(actions[i], ctx, d)
    remember_before(actions, ctx, final)
    for j, (a, dj) in enumerate(zip(actions, decisions, strict=True)):
        if j == i:
            record(final, a, ctx, agent, engine=dj)
        else:
            record(dj, a, ctx, agent)
    return final, stop


def escalate(action: Action, ctx: Context, d: Decision) -> tuple[Decision, str | None]:
    """Denial escalation (SPEC §8), counted per session across hook processes: (decision, stop summary or None)."""
    try:
        from automode.escalation import after_decision

        esc = after_decision(ctx.session_id, action, d, ctx.mode)
        return esc.decision, esc.stop
    except Exception as exc:  # counting failed: answer the decision as it is
        import sys

        print(f"automode: denial counter unavailable ({exc})", file=sys.stderr)
        return d, None


#: Agent permission modes in which an "ask" is never put to the user: Claude Code's (and Codex's, same hook input)
#: `bypassPermissions` runs the call, `dontAsk` refuses it, `auto` hands it to the agent's own classifier. In those an
#: ask becomes a deny with the same reason (SPEC §2), as in a headless session.
UNATTENDED_MODES = frozenset({"bypassPermissions", "dontAsk", "auto"})


def session_mode(payload: Mapping[str, Any], headless: bool) -> tuple[Mode, str]:
    """(automode's mode, the agent's permission mode) from a hook's input (`permission_mode`) and the --headless flag."""
    agent_mode = payload.get("permission_mode")
    agent_mode = agent_mode[:40] if isinstance(agent_mode, str) else ""
    return ("headless" if headless or agent_mode in UNATTENDED_MODES else "interactive"), agent_mode


def agent_env(env: Mapping[str, str] | None = None) -> tuple[tuple[str, str], ...]:
    """The variables that say where agents and automode keep their controls (`automode.controls.ENV_VARS`), from
    the hook's environment `env` and from this process's own (the resident server's may differ): both count."""
    from automode.controls import ENV_VARS

    out: list[tuple[str, str]] = []
    for src in (env or {}, os.environ):
        for k in ENV_VARS:
            v = src.get(k)
            if isinstance(v, str) and v and (k, v) not in out:
                out.append((k, v))
    return tuple(out)


def run_files(tool_input: object, cwd: str | None, session: str | None) -> tuple[tuple[str, str], ...]:
    """The files a shell command may run that changed during the session (`automode.adapters.runfiles`)."""
    if not session or not isinstance(tool_input, Mapping):
        return ()
    from automode.adapters.runfiles import read_run_files
    from automode.adapters.transcript import STARTED

    command = tool_input.get("command", tool_input.get("cmd"))
    if isinstance(command, list):
        command = " ".join(str(x) for x in command)
    return read_run_files(command, cwd, os.path.expanduser("~"), STARTED.get(session))


def links(tool_input: object, cwd: str | None) -> tuple[tuple[str, str], ...]:
    """Symbolic links on the action's paths and the home-level control locations (`automode.adapters.links`)."""
    from automode.adapters.links import found_links

    try:
        return found_links(tool_input, cwd, os.path.expanduser("~"))
    except Exception:  # a broken path must not cost the decision
        return ()


def project_controls(root: str | None) -> tuple[str, ...]:
    """The control files of `controls.PROJECT_CONTROLS` that exist under the project root (a few `stat` calls)."""
    from automode.controls import PROJECT_CONTROLS

    if not root or not os.path.isabs(root):
        return ()
    from itertools import islice

    try:
        with os.scandir(root) as it:
            top: set[str] | None = {e.name for e in islice(it, 4096)}
    except (OSError, ValueError):
        return ()
    if top is not None and len(top) >= 4096:
        top = None  # a huge directory: look each one up instead
    found: list[str] = []
    for rel in PROJECT_CONTROLS:
        if top is not None and rel.split("/", 1)[0] not in top:
            continue
        try:
            if os.path.lexists(os.path.join(root, rel)):
                found.append(rel)
        except (OSError, ValueError):
            continue
    return tuple(found)


def hook_context(payload: Mapping[str, Any], env: Mapping[str, str], headless: bool, project_env: str | None = None) -> Context:
    """Context for hook protocols that carry a session id but no transcript (Codex, Gemini CLI): the user's
    messages are the ones recorded for the session at UserPromptSubmit/BeforeAgent."""
    from automode.adapters.transcript import session_messages

    cwd = cwd_of(payload, env)
    session = str_or_none(payload, "session_id")
    try:
        messages = session_messages(session, None) if session else []
    except OSError:
        messages = []
    root = (env.get(project_env) if project_env else None) or cwd
    mode, agent_mode = session_mode(payload, headless)
    return Context(cwd=cwd, project_root=root, home=os.path.expanduser("~"), user_messages=tuple(messages), mode=mode,
                   session_id=session, instructions=project_instructions(root), agent_mode=agent_mode,
                   memory=session_memory(session), agent_env=agent_env(env), project_controls=project_controls(root),
                   run_files=run_files(payload.get("tool_input") or payload.get("tool_args"), cwd, session),
                   links=links(payload.get("tool_input") or payload.get("tool_args"), cwd))  # fmt: skip


# ---------------------------------------------------------------- session memory (issue 12)
def session_memory(session: str | None) -> SessionMemory | None:
    from automode.adapters.state import load_memory

    try:
        return load_memory(session)
    except OSError:
        return None  # no memory only makes automode forget what the session made: stricter, never looser


def remember_before(actions: list[Action], ctx: Context, d: Decision) -> None:
    """After an allowed call: files it writes that do not exist yet become the session's own (it may delete them);
    the values the user named so far are kept (bounded), for "it" once their message leaves the transcript window.
    After an allowed or asked call (the user may approve it): the places it fetches content into (a clone, a
    download, an archive unpacked), so that building, running or trusting them later is judged as code from there."""
    if d.verdict == "deny" or not ctx.session_id:
        return
    _remember_fetched(actions, ctx)
    if d.verdict != "allow":
        return
    said = memory.user_named(ctx.user_messages[-3:])
    known = set(ctx.memory.named) if ctx.memory is not None else set()
    if [v for v in said if v not in known]:
        _update_memory(ctx.session_id, lambda m: memory.named(m, said))
    new = []
    for a in actions:
        p = a.input.get("file_path") if a.tool in ("Write", "NotebookEdit") else None
        if isinstance(p, str) and p:
            path = os.path.normpath(os.path.join(ctx.cwd or "/", os.path.expanduser(p)))
            if not os.path.lexists(path):
                new.append(path)
    if new:
        _update_memory(ctx.session_id, lambda m: memory.created(m, new))


#: Words of a shell command that may fetch content: only then is an allowed command analysed again for the places
#: it fetches into (`knowledge.fetched.places`), and the knowledge imported.
MAY_FETCH = ("clone", "checkout", " co ", "submodule", "tar ", "unzip", "7z", "unrar", "curl", "wget", "aria2c", "bsdtar")


def _remember_fetched(actions: list[Action], ctx: Context) -> None:
    todo = [a for a in actions if a.tool == "Bash" and isinstance(c := a.input.get("command"), str) and any(w in c for w in MAY_FETCH)]
    if not todo:
        return
    from automode.knowledge import fetched

    found: list[tuple[str, str, str]] = []
    for a in todo:
        an = engine_for(ctx.root).analyze(a, ctx)
        found += [(p.path, p.kind, p.source) for p in fetched.places(an.commands, an.effects, ctx.home)]
    if found and ctx.session_id:
        session = ctx.session_id
        _update_memory(session, lambda m: memory.fetched(m, found))


def remember_after(action: Action, ctx: Context, response: Any) -> None:
    """After a call ran: when it read a secret file, digests of the values it showed (never the values)."""
    if not ctx.session_id or response is None:
        return
    a = engine_for(ctx.root).analyze(action, ctx)
    sources = [e.target for e in a.effects if e.kind == "read" and e.pclass == "secret"]
    if not sources:
        return
    text = "\n".join(memory.strings(response))
    _update_memory(ctx.session_id, lambda m: memory.read_secret(m, sources[0], text))


def remember_injection(session: str | None, values: list[str]) -> None:
    """A flagged output proposed these values: later actions that act on them need the user's own words."""
    if session and values:
        _update_memory(session, lambda m: memory.injected(m, values))


def _update_memory(session: str, change: Callable[[SessionMemory | None], SessionMemory]) -> None:
    from automode.adapters.state import update_memory

    try:
        update_memory(session, change)
    except OSError as exc:
        import sys

        print(f"automode: session memory unavailable ({exc})", file=sys.stderr)


INSTRUCTION_FILES = ("CLAUDE.md", ".claude/CLAUDE.md", "AGENTS.md", "GEMINI.md")
_INSTRUCTIONS: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {}


def project_instructions(root: str | None) -> tuple[str, ...]:
    """The project's agent instruction files (CLAUDE.md, AGENTS.md, GEMINI.md), which the judge reads as the
    user's words (never lifting a boundary the user stated). Cached by mtime: the resident server reuses them."""
    if not root:
        return ()
    paths = [os.path.join(root, name) for name in INSTRUCTION_FILES]
    stamp = []
    for p in paths:
        try:
            stamp.append(os.stat(p).st_mtime_ns)
        except OSError:
            stamp.append(0)
    cached = _INSTRUCTIONS.get(root)
    if cached is not None and cached[0] == tuple(stamp):
        return cached[1]
    texts = []
    for p, t in zip(paths, stamp, strict=True):
        if t:
            try:
                with open(p, encoding="utf-8", errors="replace") as fh:
                    texts.append(fh.read(20_000))
            except OSError:
                continue
    _INSTRUCTIONS[root] = (tuple(stamp), tuple(texts))
    return tuple(texts)


#: Tools that replace a whole file, and the input key of its path: the adapter reads the file as it is now so the
#: core can compare what the write removes with what it adds (issue 11); the core itself reads no files.
WHOLE_FILE_WRITES = {"Write": "file_path", "write_file": "file_path", "create_file": "path"}
BEFORE_MAX_BYTES = 512 * 1024


def with_before(action: Action) -> Action:
    """The action with `before` set to the target file's current text, when it is an existing regular file of at
    most BEFORE_MAX_BYTES (larger, unreadable or missing files: None, which the core reads as "not known")."""
    key = WHOLE_FILE_WRITES.get(action.tool)
    path = action.input.get(key) if key else None
    if not isinstance(path, str) or not path or action.before is not None:
        return action
    full = os.path.join(action.cwd or os.getcwd(), os.path.expanduser(path))
    try:
        st = os.stat(full)
        if not stat.S_ISREG(st.st_mode) or st.st_size > BEFORE_MAX_BYTES:
            return action
        with open(full, encoding="utf-8", errors="replace") as fh:
            before = fh.read(BEFORE_MAX_BYTES + 1)
    except FileNotFoundError:
        return _with_shadowed(action, os.path.normpath(full))
    except OSError:
        return action
    return dc.replace(action, before=before)


SHADOWED_MAX_BYTES = 64 * 1024


def _with_shadowed(action: Action, full: str) -> Action:
    """A new file named like a tool's configuration (`files.new_config.NAMES`): the action with `shadowed` set to the
    project's files of that tool it would be read instead of (`new_config.candidates`: the same directory's
    lower-precedence files, the nearest-file tools' files up to the working directory), each regular file of at most
    SHADOWED_MAX_BYTES; nothing read for any other name."""
    from automode.files.new_config import NAMES, candidates

    if os.path.basename(full) not in NAMES:
        return action
    read: list[tuple[str, str]] = []
    for p in candidates(full, os.path.normpath(action.cwd or os.getcwd())):
        try:
            st = os.stat(p)
            if not stat.S_ISREG(st.st_mode) or st.st_size > SHADOWED_MAX_BYTES:
                continue
            with open(p, encoding="utf-8", errors="replace") as fh:
                read.append((p, fh.read(SHADOWED_MAX_BYTES)))
        except OSError:
            continue
        if len(read) >= 6:
            break
    return dc.replace(action, shadowed=tuple(read)) if read else action
