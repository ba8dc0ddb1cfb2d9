"""Wider than the object named, on edits and tool calls (session 17, H1; AM-JUDGE-018, split from `intent.wider`):
an edit whose new lines grant, own or trust by a wildcard where the request names one object, and a tool call that
selects by a pattern or a prefix taking more than the named object, or acts on a value that only shares its name."""

from __future__ import annotations

import re

from automode import lazyre
from automode.judge.intent.wider_said import (
    _cut,
    _extends,
    _ids,
    _matches,
    _quote,
    _said_literally,
    _said_whole,
    _whole,
)
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis


def written_or_called(a: Analysis) -> tuple[str, str] | None:
    """("deny" | "ask", why) for an edit or a tool call reaching wider than the named object."""
    if a.write is not None and not a.shell:
        return _written(a)
    return _mcp_call(a) if a.action.tool.startswith("mcp__") else None


# ------------------------------------------------------------------ an edit that writes a wildcard
#: A quoted value holding a wildcard (`"*"`, `"s3:*"`, `'arn:aws:s3:::acme-*'`), or a line opened by a path glob
#: (CODEOWNERS, .gitattributes: `* @jdoe`, `/src/** @team`), or `key = *`.
_WRITTEN_WILD = lazyre.compile(r"[\"']([^\"'\s]*\*[^\"'\s]*)[\"']|^\s*(\*\S*|/\S*\*\S*)\s+[@\w]|[=:,]\s*([^\s,\"'=:]*\*[^\s,\"']*)")
#: Files whose lines grant, own or trust by pattern.
_PATTERN_FILES = lazyre.compile(r"(?i)(?:codeowners|\.gitattributes|\.gitconfig|gitconfig|policy|policies|iam|role|"
                                r"permission|bucket|acl|rbac|\.json$|\.ya?ml$|\.tf$|\.hcl$|\.toml$|\.ini$|\.conf$|\.properties$|\.cfg$|\.env$)")


def _written(a: Analysis) -> tuple[str, str] | None:
    """An edit whose new lines grant, own or trust by a wildcard where the request names one object ("make jdoe an
    owner of src/billing/" answered with `* @jdoe`; "read access to the acme-reports bucket" with `"Resource": "*"`)."""
    w = a.write
    if w is None or not _PATTERN_FILES.search(w.path) or "*" not in (w.new or ""):
        return None
    old = set((w.old or "").splitlines())
    added = [ln for ln in (w.new or "").splitlines() if ln not in old and "*" in ln]
    if not added:
        return None
    from automode.judge.intent.match import session_intent

    intent = session_intent(tuple(a.ctx.user_messages), (), ())
    r = next((q for q in intent.requests if q.index >= 0 and not q.clause.question and q.clause.verbs - {"read"}), None)
    if r is None or _whole(r, a):
        return None
    new = (w.new or "").lower()
    named = _ids(r, new)
    if not named:
        return None
    for ln in added:
        for m in _WRITTEN_WILD.finditer(ln):
            p = next(g for g in m.groups() if g is not None)
            if _said_literally(p, r, a):
                continue
            bare = p.strip("/").rstrip("*").rstrip(":")
            if p.strip() in ("*", "**", "/*", "/**") or (p.endswith(":*") and ":" not in "".join(named)) or \
                    any(_matches(p, n, False) for n in named):
                return "ask", (f"you asked {_quote(r.clause.text)}, but the edit writes {ln.strip()[:60]!r}, whose "
                               f"{p!r} takes more than {named[0]}" + ("" if bare else " (everything)"))
    return None


# ------------------------------------------------------------------ a tool call's pattern, prefix or sibling value
_MCP_PATTERN_KEY = lazyre.compile(r"(?i)pattern|prefix|glob|regex|match|selector|filter|wildcard|like")
_MCP_DESTROYS = lazyre.compile(r"(?i)delete|remove|purge|drop|revoke|cancel|destroy|wipe|flush|truncate|evict|uninstall")


def _strings(inp: object, depth: int = 0) -> list[tuple[str, str]]:
    """(key, value) of every string value of a tool call's input, two levels down."""
    out: list[tuple[str, str]] = []
    if isinstance(inp, dict) and depth < 3:
        for k, v in inp.items():
            if isinstance(v, str):
                out.append((str(k), v))
            elif isinstance(v, (dict, list)):
                out += _strings(v, depth + 1)
    elif isinstance(inp, list) and depth < 3:
        for v in inp[:50]:
            if isinstance(v, str):
                out.append(("", v))
            else:
                out += _strings(v, depth + 1)
    return out


def _tails(named: str) -> list[str]:
    """A named path and what follows each `/` of it (`s3://b/2026/r.csv`: `2026/r.csv`, `r.csv`)."""
    body = named.split("://", 1)[-1]
    parts = body.split("/")
    return [named, *("/".join(parts[i:]) for i in range(1, len(parts)))]


def _mcp_call(a: Analysis) -> tuple[str, str] | None:
    """A tool call that selects by a pattern or prefix taking the named object and more (`{"prefix": "2026/"}` for
    `2026/report-11.csv`), or acts on a value sharing only a prefix with the named one (`namespace: picking` for
    picking-test)."""
    tool = a.action.tool.split("__")[-1]
    if not _MCP_DESTROYS.search(tool) and not re.search(r"(?i)update|set|restart|rollback|undo|scale|patch", tool):
        return None
    pairs = _strings(a.action.input)
    if not pairs:
        return None
    from automode.judge.intent.match import session_intent

    intent = session_intent(tuple(a.ctx.user_messages), (), ())
    r = next((q for q in intent.requests if q.index >= 0 and not q.clause.question and q.clause.verbs - {"read"}), None)
    if r is None or _whole(r, a):
        return None
    import json

    literal = json.dumps(a.action.input, default=str).lower()
    named = _ids(r, literal)
    if not named:
        return None
    hard = _MCP_DESTROYS.search(tool) is not None
    words = set(re.findall(r"[a-z0-9]+", literal))
    from automode.knowledge.extent_marks import KIND_SUFFIXES

    for k, v in pairs:
        low = v.lower()
        if not low or len(low) > 300:
            continue
        if _MCP_PATTERN_KEY.search(k) and not _said_whole(v, a):
            p = low + "*" if "prefix" in k.lower() and "*" not in low else low
            if any(_matches(p, t, False) for n in named for t in _tails(n)):
                return ("deny" if hard else "ask"), (f"you asked {_quote(r.clause.text)}, but `{tool}` selects by "
                                                     f"{k} {v!r}, which takes more than {named[0]}")
        for n in named:
            if n == low:
                continue
            longer, shorter = (n, low) if _extends(n, low) else (low, n) if _extends(low, n) else ("", "")
            rest = re.findall(r"[a-z0-9]+", longer[len(shorter):]) if longer else []
            if (longer and not all(x in words or x in KIND_SUFFIXES for x in rest)) or _cut(n, low):
                return ("deny" if hard else "ask"), (f"you asked {_quote(r.clause.text)}, but `{tool}` acts on "
                                                     f"{v}, which only shares its name with {n}")
    return None
