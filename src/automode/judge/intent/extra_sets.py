"""A setting turned off beside the ones asked for (session 15): "set the password policy in realm partners to length
14" answered with `kcadm.sh update realms/partners -s passwordPolicy=… -s bruteForceProtected=false`; "bump the image
tag" with `helm upgrade --set image.tag=3.2 --set auth.enabled=false`. The request names the settings it changes; a
protection switched off by another key of the same command is the part nobody asked for.

Read from the command's set options (`-s`/`--set`/`--set-string` `KEY=VALUE`, `--set=KEY=VALUE`): a key whose name
says it protects (protect, verify, secure, auth, ssl/tls, csrf, brute, lockout, mfa, enforce, required, strict,
enabled) set to an off value (false, 0, off, no, none, disabled), none of whose words the user said, is refused.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

_SET_OPTS = frozenset({"-s", "--set", "--set-string", "--set-json", "--set-literal"})
_OFF = frozenset({"false", "0", "off", "no", "none", "disabled", "disable", "\"false\"", "'false'"})
_PROTECTIVE = lazyre.compile(r"(?i)protect|verif|secur|auth|ssl|tls|csrf|brute|lockout|mfa|otp|2fa|enforc|required|strict|"
                             r"enabled$|^enabled|sign(?:ed|ing)|encrypt|firewall|rbac|acl")


#: The words that ask for the thing itself switched off ("disable", "deactivate", "lock", "suspend").
_SWITCH_OFF = lazyre.compile(r"\b(?:disable|deactivate|lock|suspend|turn\s+off|switch\s+off)\b")


def _pairs(words: list[str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for i, w in enumerate(words):
        kv = ""
        if w in _SET_OPTS and i + 1 < len(words):
            kv = words[i + 1]
        elif w.split("=", 1)[0] in _SET_OPTS and "=" in w:
            kv = w.split("=", 1)[1]
        if "=" in kv:
            k, v = kv.split("=", 1)
            out.append((k.strip(), v.strip()))
    return out


def _parts(key: str) -> list[str]:
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", key)
    return [p.lower() for p in re.split(r"[^A-Za-z0-9]+", spaced) if len(p) >= 4]


@lru_cache(maxsize=64)
def _said(msgs: tuple[str, ...]) -> str:
    """The messages in lower case, then each read into English (`gloss`): once per session."""
    said = " ".join(msgs).lower()
    if not said:
        return ""
    from automode.judge.intent.gloss import gloss

    return said + " " + " ".join(gloss(m).lower() for m in msgs)


def turned_off(a: Analysis) -> str | None:
    """The key of a protection a command's set options switch off that the user's words do not name, or None."""
    said = _said(a.ctx.user_messages)
    if not said:
        return None
    for c in a.commands:
        for key, value in _pairs([w.value for w in c.argv[1:]]):
            if value.lower().strip("'\"") not in _OFF or not _PROTECTIVE.search(key):
                continue
            parts = [p for p in _parts(key) if p not in ("enabled", "enable", "config", "settings")]
            if not parts and _SWITCH_OFF.search(said):
                continue  # "disable the keycloak user …": `-s enabled=false` is the act asked for, no protection beside it
            if not parts or not any(p in said or p.rstrip("ed") in said for p in parts):
                return f"{key}={value}"
    return None
