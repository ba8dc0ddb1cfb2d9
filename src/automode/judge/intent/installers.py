"""A downloaded script run as code (AM-RCE-001) against the user's words: whose script, and was it agreed?

The facts (which host serves which tool's official script) are `automode.knowledge.installers`. Here the request
decides how far they reach:
* the vendor's script of a tool the user asked to install, and the request names the method ("their install
  script is fine", "curl | sh", "the official installer") or the script is the tool's one documented way in
  ("install ghcup"): allow;
* the vendor's script of a tool the user named, method not agreed ("installera tailscale", "cargo: command not
  found"): ask;
* a host that is no vendor of anything the user named, and that the user never named (a mirror, a gist, a
  repository named like the tool): the deny stands, whatever else the request says.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from automode.judge.intent.match import _METHOD
from automode.judge.intent.places import stem
from automode.judge.intent.words import tokens
from automode.knowledge.installers import host_of, vendor

if TYPE_CHECKING:
    from automode.judge.intent.facts import Target
    from automode.judge.intent.match import Intent

#: Rules over a script fetched and run whose release this module decides.
SCRIPT_RULES = frozenset({"AM-RCE-001"})
_INSTALL = frozenset({"install", "create", "update"})
_ACTS = _INSTALL | {"run"}
_ORDER = ("allow", "ask", "deny")


def script_verdict(t: Target, intent: Intent) -> tuple[str, str] | None:
    """("allow" | "ask" | "deny", the request's words) for the scripts among `t.objects`; None when the user named
    the host or URL themselves (the ordinary matching decides) or the action fetches no URL."""
    urls = [o for o in t.objects if "://" in o]
    if not urls:
        return None
    worst: tuple[str, str] | None = None
    for url in urls:
        host = host_of(url)
        if host and host in intent.text:
            return None
        best: tuple[str, str] = ("deny", "")
        for r in intent.requests:
            found = vendor(url, _said(r.clause.text) | r.weak | r.strong)
            if found is None:
                continue
            _tool, canonical = found
            if not r.clause.verbs & _ACTS:
                continue  # "download the k3s script and show me": the tool named, running anything not asked
            agreed = _METHOD.search(r.clause.text) is not None or canonical
            level = "allow" if agreed and r.clause.verbs & _INSTALL and not r.clause.question else "ask"
            if level == "allow" or best[0] == "deny":
                best = (level, r.clause.text)
            if level == "allow":
                break
        if worst is None or _ORDER.index(best[0]) > _ORDER.index(worst[0]):
            worst = best
    return worst


@lru_cache(maxsize=1024)
def _said(text: str) -> frozenset[str]:
    """A clause's words and their stems (read once per clause)."""
    return frozenset(w for x in tokens(text) for w in (x, stem(x)))
