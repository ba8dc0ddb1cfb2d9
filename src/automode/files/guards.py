"""A condition that loses a security check (issue 11 §3): `if (origin && ALLOWED.has(origin))` → `if (origin)`.

An edit that keeps a condition but drops one of its terms, where the term dropped is a check by its words (an
allow-list look-up, a permission, a role, a signature, a token, a validation), lets through what the term turned
away: with `&&` every caller that passed the rest, with `||` in a refusal every caller the term refused. The words are
data (`CHECK_WORDS`); the comparison is term by term, so a rename or a term added is no finding.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.files.diff import TEST_PATH, Weakening, _rel
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.files import WriteView

#: Words (whole words of an identifier, lower case) that make a term of a condition a security check.
CHECK_WORDS = frozenset({"allowed", "allowlist", "whitelist", "whitelisted", "allowlisted", "permitted", "permission",
                         "permissions", "authorized", "authorised", "authenticated", "authorize", "authorise", "auth",
                         "admin", "superuser", "staff", "role", "roles", "owner", "owns", "verified", "verify", "valid",
                         "validate", "signature", "csrf", "xsrf", "trusted", "scope", "scopes", "can", "may", "acl",
                         "grant", "granted", "entitled", "entitlement", "policy", "secure", "sanitized", "safe",
                         "approved", "member", "membership", "subscribed", "banned", "blocked", "blocklist", "denylist",
                         "blacklist", "suspended", "expired", "revoked", "rate", "limited", "throttled", "mfa", "otp",
                         "tenant", "belongs", "access", "perm", "perms", "authz", "authn"})  # fmt: skip
CODE_FILE = lazyre.compile(r"\.(py|js|jsx|ts|tsx|mjs|cjs|rb|php|go|java|kt|cs|swift|rs|ex|exs|scala|dart)$")
_COND = lazyre.compile(r"^\s*(?:\}\s*)?(?:if|elif|elsif|unless|else\s+if|when|while|guard)\b\s*\(?(.*?)\)?\s*(?:\{|:|then|do)?\s*$")
_SPLIT = lazyre.compile(r"\s*(?:&&|\|\||\band\b|\bor\b)\s*")
_OPS = lazyre.compile(r"&&|\|\||\band\b|\bor\b")


def _words(term: str) -> set[str]:
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", term)
    return {w for w in re.split(r"[^A-Za-z0-9]+", s.lower()) if w}


def _terms(cond: str) -> list[str]:
    return [" ".join(t.strip("() !").split()) for t in _SPLIT.split(cond) if t.strip("() !")]


def check_dropped(w: WriteView, root: str) -> Weakening | None:
    """The first condition the edit keeps but for a security term it drops."""
    if not w.before_known or not w.old or not CODE_FILE.search(w.path) or TEST_PATH.search(w.path):
        return None
    if not _OPS.search(w.old):
        return None
    new_lines = {ln.strip() for ln in w.new.splitlines()}
    added = [m for ln in w.new.splitlines() if ln.strip() and ln.strip() not in set(x.strip() for x in w.old.splitlines())
             and (m := _COND.match(ln)) is not None]
    if not added:
        return None
    for ln in w.old.splitlines():
        if ln.strip() in new_lines or not _OPS.search(ln):
            continue
        m = _COND.match(ln)
        if m is None:
            continue
        old_terms = _terms(m.group(1))
        for a in added:
            new_terms = _terms(a.group(1))
            if not new_terms or len(new_terms) >= len(old_terms) or not set(new_terms) < set(old_terms):
                continue
            gone = [t for t in old_terms if t not in new_terms]
            checks = [t for t in gone if _words(t) & CHECK_WORDS]
            if checks:
                return Weakening("auth-exempt", f"drops the check `{checks[0][:60]}` from a condition in {_rel(w, root)}",
                                 " ".join(ln.split())[:80])
    return None
