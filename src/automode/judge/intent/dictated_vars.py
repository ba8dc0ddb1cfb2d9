"""A config variable set as dictated (session 22, M4): "pune LOG_LEVEL=warn pe notificari, doar în staging" answered
with `heroku config:set LOG_LEVEL=warn -a notificari-staging`.

A platform's config or secret store is set through `KEY=value` words (`heroku config:set`, `fly secrets set`,
`railway variables --set`, `vercel env add`, `dokku config:set`): the act is named when every pair the command sets
is one the user typed (the pair itself, or the key and its value as words) and every other name it acts on (the app,
the environment) is one the user named, word by word (`notificari-staging` for "notificari … staging"). Another app,
another environment or another value is not named and stays with the rule.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

_PAIR = lazyre.compile(r"^([A-Za-z_][A-Za-z0-9_]*)=(\S*)$")
_WORD = lazyre.compile(r"[\w.-]+")
#: A variable's name written as its own word (`netlify env:set API_URL VALUE`, `vercel env add API_URL`).
_KEY = lazyre.compile(r"^[A-Z][A-Z0-9_]*[A-Z0-9]$")


def dictated_setting(a: Analysis) -> str | None:
    """The user's words that dictate every `KEY=value` the command sets and name what it sets them on, else None."""
    if not a.shell or len(a.commands) != 1 or not a.ctx.user_messages:
        return None
    cmd = a.commands[0]
    if not any(e.kind == "control" and e.verb in ("update", "create", "secret") for e in a.effects):
        return None
    from automode.knowledge.scope_defaults import left_wide

    wide = left_wide(cmd)
    if wide is not None and ("every" in wide[1] or "whole" in wide[1]):
        return None  # no scope named (`netlify env:set K V` is every deploy context): the rule and AM-JUDGE-054 judge it
        # (a default that is the checkout's own app, `heroku config:set` from its git remote, stays as it was)
    said = "\n".join(a.ctx.user_messages[-3:])
    low = said.lower()
    words = {w.lower() for w in _WORD.findall(said)} | {p for w in _WORD.findall(low) for p in re.split(r"[-_.]", w) if p}
    words |= {w[:-1] for w in words if len(w) > 3 and w.endswith("s")}  # "deploy previews" names `deploy-preview`
    pairs = 0
    args = cmd.argv[1:]
    for i, w in enumerate(args):
        if w.dynamic:
            return None
        v = w.value
        m = _PAIR.match(v)
        if m is None and _KEY.match(v) and i + 1 < len(args) and not args[i + 1].value.startswith("-") \
                and not args[i + 1].dynamic:  # `netlify env:set API_URL https://…`: the pair written apart
            m = _PAIR.match(f"{v}={args[i + 1].value}")
            if m is None or not (m.group(0).lower() in low or (v.lower() in low and args[i + 1].value.lower() in low)):
                return None  # a pair the user did not type
            pairs += 1
            continue
        if m is not None:
            key, value = m.group(1), m.group(2)
            if v.lower() not in low and not (key.lower() in words and (not value or value.lower() in words)):
                return None  # a pair the user did not type
            pairs += 1
            continue
        if v.startswith("-") or ":" in v or v in ("set", "add", "config", "secrets", "env", "variables"):
            continue  # (the subcommand and option names)
        parts = [p for p in re.split(r"[-_.]", v.lower()) if p]
        if not parts or not all(p in words for p in parts):
            return None  # an app or environment the user did not name
    if not pairs:
        return None
    return next((m for m in reversed(a.ctx.user_messages) if any(p in m for p in ("=",))), a.ctx.user_messages[-1])[:200]
