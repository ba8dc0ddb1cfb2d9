"""The thing attached to the named object, named in the user's words (session 19, J1; rules in `rules/attached.py`).

A request names the object of its act; the rules of `rules/attached.py` report what the action takes with it (an
option's head branch, tag, bucket contents, app data, every workspace package; a tool's home with its credentials;
the home-wide cache; a tool call's children or sub-tasks). Those findings are never released by the words that
name the act alone: `settle` releases one only when the user's words (their messages and their English reading,
not negated, asked or taken back since) name the attached thing itself ("samt Tag", "with the branch", "everything
in it", "in every package", "~/.gradle itself", "the whole ~/.cache"). With no such words the finding keeps its
verdict; the home-wide cache deleted beside other caches the user named ("the pytest and mypy caches") is refused.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.model import Finding

OPTION = "AM-DESTROY-071"
TOOL_HOME = "AM-DESTROY-072"
HOME_CACHE = "AM-DESTROY-073"
MCP_KEY = "AM-DESTROY-074"
RULES = frozenset({OPTION, TOOL_HOME, HOME_CACHE, MCP_KEY})


def _said(a: Analysis, pattern: re.Pattern[str]) -> str | None:
    """The user's words from the newest message that says `pattern` (as typed or as read into English), None when none
    does, or it was negated, asked or taken back since (`owncli_said._said`)."""
    from automode.judge.intent.owncli_said import _said as said

    return said(a, pattern)


def settle(f: Finding, a: Analysis) -> tuple[str, str] | None:
    """("allow", the words) when the user named the attached thing of finding `f`; ("deny", why) for the home-wide
    cache deleted where the user named other caches; None: the finding keeps its verdict."""
    if not a.ctx.user_messages:
        return None
    rid = f.rule.id
    if rid == OPTION:
        return _option(a)
    if rid == MCP_KEY:
        return _mcp(a)
    if rid == TOOL_HOME:
        return _tool_home(a)
    if rid == HOME_CACHE:
        return _home_cache(a)
    return None


def _kept(a: Analysis, pattern: re.Pattern[str]) -> str | None:
    """The clause of the user's words that keeps the attached thing ("den Tag behalten", "garde le tag", "タグは残して"),
    read by `stance.exclusions` in any language; None when none does (session 20, K4)."""
    from automode.judge.intent.gloss import gloss
    from automode.judge.intent.stance import exclusions

    for m in reversed(a.ctx.user_messages[-3:]):
        for clause, _strong, weak in exclusions(m[:4000]):
            if any(pattern.search(w) for w in weak) or pattern.search(gloss(clause)):
                return clause
    return None


def _option(a: Analysis) -> tuple[str, str] | None:
    from automode.knowledge.attached import attached, said_pattern

    keys = [(hit[0], hit[3]) for c in a.commands if (hit := attached(c)) is not None]
    if not keys:
        return None
    from automode.knowledge.attached import EMPTIES, EMPTY_SAID, IF_BELIEVED_EMPTY

    words = ""
    for opt, key in keys:
        if key in IF_BELIEVED_EMPTY and (_said(a, EMPTY_SAID) is None or _said(a, EMPTIES) is not None):
            continue  # "delete the bucket tmp-x" is the bucket with what is in it; "the empty bucket" is not; "empty
            # the bucket" ("vacía el bucket", read "empty bucket") asks for its contents to go
        plain = lazyre.built(rf"(?i)(?<![\w-]){re.escape(opt)}(?![\w-])")
        kept = _kept(a, said_pattern(key))
        if kept is not None:
            return "deny", f"you said {kept!r}; `{opt}` removes that too"
        said = _said(a, said_pattern(key)) or _said(a, plain)
        if said is None:
            return None
        words = words or said
    return "allow", (words or "the act with what it holds, as asked").split("\n", 1)[0]


def _mcp(a: Analysis) -> tuple[str, str] | None:
    from automode.knowledge.attached import mcp_attached, said_pattern

    got = mcp_attached(a.action.tool, a.action.input)
    if got is None:
        return None
    words = _said(a, said_pattern(got[1]))
    return ("allow", words.split("\n", 1)[0]) if words is not None else None


def _targets(a: Analysis, test: object) -> list[str]:
    return [e.target for e in a.effects if e.kind == "delete" and callable(test) and test(e)]


def _tool_home(a: Analysis) -> tuple[str, str] | None:
    """Released when the user names the directory itself: its path as written (`~/.gradle`, `.m2/`), or the whole of
    it ("the whole gradle home", "the entire .cargo folder"), not its tool's cache."""
    from automode.paths import holds_secret

    home = a.ctx.home.rstrip("/")
    dirs = _targets(a, lambda e: e.recursive and e.target.startswith(home + "/") and holds_secret(e.target, home))
    if not dirs:
        return None
    for d in dirs:
        rel = d[len(home) + 1:]
        bare = re.escape(rel.lstrip("."))
        pat = lazyre.built(
            rf"(?i)(?<![\w.])(?:~/|\$HOME/|{re.escape(home)}/)?{re.escape(rel)}(?![\w.-]|/\w)|"
            rf"\b(?:whole|entire|all\s+of)\s+(?:the\s+|my\s+)?(?:~/)?\.?{bare}\s+(?:home|dir|directory|folder)\b")
        if _said(a, pat) is None:
            return None
    return "allow", f"you named {dirs[0]} itself"


#: Words that name the whole home cache rather than one tool's ("the whole cache", "all my caches", "~/.cache").
_WHOLE_CACHE = lazyre.compile(
    r"(?i)~/\.cache|\$HOME/\.cache|(?<![\w/])\.cache(?:/|\b)(?!/\w)|library/caches(?!/\w)|"
    r"\b(?:all|every|whole|entire|complete)\s+(?:(?:my|the|of\s+the|of\s+my)\s+)?(?:home\s+|user\s+)?caches?\b|"
    r"\bhome(?:-dir(?:ectory)?)?\s+caches?\b|\bcaches?\s+(?:in|under)\s+(?:my\s+)?home\b")
#: A specific cache a user names (a tool's or a project directory's): another than the home-wide one.
_SPECIFIC = lazyre.compile(
    r"(?i)\b(?:pytest|mypy|ruff|pip|npm|yarn|pnpm|go-build|gradle|maven|cargo|poetry|uv|pre-commit|jest|babel|eslint|"
    r"webpack|vite|next|turbo|bazel|torch|huggingface|hf|playwright|puppeteer|cypress|electron|node-gyp|ccache|sccache|"
    r"zig|deno|bun|composer|nuget|conda|pipenv|black|isort|tox|nox|hypothesis|sass|parcel|docker|buildx|prisma)\b")


def _home_cache(a: Analysis) -> tuple[str, str] | None:
    said = _said(a, _WHOLE_CACHE)
    if said is not None:
        return "allow", said.split("\n", 1)[0]
    msgs = "\n".join(a.ctx.user_messages)
    m = _SPECIFIC.search(msgs)
    if m is None:
        return None  # ("clear the build caches": which ones is a question)
    return "deny", (f"you named the {m.group(0)} cache; this also deletes the whole home cache "
                    f"({', '.join(_targets(a, lambda e: True)[:1])}), every other tool's cache and the logins kept there")
