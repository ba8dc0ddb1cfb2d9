"""A secret stored in the named service from the file the user named (session 26, Q1): "agrega NEXT_PUBLIC_MAPS_KEY
(está en maps.key) solo para preview en vercel" answered with `vercel env add NEXT_PUBLIC_MAPS_KEY preview <
maps.key`. AM-TRUST-003 asks about a stored secret changed and AM-EXFIL-002 about a key file read; the file goes to
the secret store the words name, under the name and for the environment they say.

`STORES`: the programs whose command stores a secret read from stdin (vercel(1) `env add NAME [ENV]`, gh `secret
set NAME` / `variable set NAME`, wrangler `secret put NAME`, firebase `functions:secrets:set NAME`, doppler `secrets
set NAME`), with the lead words and the operands that are the name and the environment. The release needs the
program (or its vendor) said, every operand and option value said, and the file fed on stdin named in the words; a
file nobody named (`< ~/.aws/credentials`), another environment, another name keeps the ask.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.model import Finding

#: program -> (lead words, the vendor words that name it)
STORES: Mapping[str, tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]] = {
    "vercel": ((("env", "add"),), ("vercel",)),
    "gh": ((("secret", "set"), ("variable", "set")), ("github", "gh")),
    "wrangler": ((("secret", "put"),), ("cloudflare", "wrangler", "worker", "workers")),
    "firebase": ((("functions:secrets:set",),), ("firebase",)),
    "doppler": ((("secrets", "set"),), ("doppler",)),
}
#: Environment words a store command carries as its scope.
_ENVS = ("preview", "production", "development", "staging", "dev", "prod", "test", "qa", "release")
#: The rules a stored secret fires on its own account: a stored secret changed, a key file read for it.
RULES = frozenset({"AM-TRUST-003", "AM-EXFIL-002"})


def _said(value: str, text: str) -> bool:
    v = value.lower().strip("'\"")
    return bool(v) and re.search(r"(?<![\w.-])" + re.escape(v) + r"(?![\w-]|\.\w)", text) is not None


def stored_named(found: list[Finding], a: Analysis) -> str | None:
    """The user's words that ask for this secret stored, when the action is one store every part of which they say."""
    pending = [f for f in found if f.verdict != "allow"]
    if not pending or any(f.rule.floor or f.rule.id not in RULES for f in pending):
        return None
    if not a.shell or len(a.commands) != 1 or not a.ctx.user_messages:
        return None
    c = a.commands[0]
    spec = STORES.get(c.name)
    if spec is None or c.remote or any(w.dynamic for w in c.argv):
        return None
    leads, vendors = spec
    vals = [w.value for w in c.argv[1:]]
    lead = next((lw for lw in leads if tuple(v.lower() for v in vals[:len(lw)]) == lw), None)
    if lead is None:
        return None
    rest = [v.partition("=")[2] if v.startswith("--") and "=" in v else v for v in vals[len(lead):]]
    rest = [v for v in rest if v and not v.startswith("-")]
    files = [r.target.value for r in c.redirects if r.op == "<" and r.target is not None]
    if len(files) != 1 or any(r.op in ("<<", "<<<", "<<-") for r in c.redirects):
        return None
    name = files[0].rsplit("/", 1)[-1]
    if c.name == "vercel" and len(rest) < 2:
        return None  # (no environment: every one of them, the widest default scope)
    for msg in reversed(a.ctx.user_messages):
        text = msg.lower()
        if any(re.search(r"(?<![\w-])" + e + r"(?![\w-])", text) for e in _ENVS) and not any(
                v.lower() in _ENVS for v in rest):
            continue  # (the words name an environment the command does not carry: the default scope is wider)
        if not any(re.search(r"(?<![\w.-])" + re.escape(v), text) for v in vendors):
            continue
        if not (_said(files[0], text) or _said(name, text)):
            continue
        if all(_said(v, text) for v in rest):
            return msg
    return None
