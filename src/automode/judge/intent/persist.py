"""Login items a user may ask for by name outside the project (issue 12: "AM-PERSIST-001 outside the project is never
releasable, even when the user asked for a login item").

A user service, a launch agent, an autostart entry or an authorized key is persistence by design: it runs or admits
someone at every login. Asked for in so many words ("start tensorboard automatically when I log in", "add my laptop
key to authorized_keys") it is the user's own setup; the request must name the item and say it is a login item, and
everything the written text brings that the user did not give (a host, an address, a key) keeps it unreleased.
Shell rc files, git hooks in $HOME and the agents' own settings are not in this table and stay unreleasable.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Mapping

from automode import lazyre
from automode.hosts import is_loopback

#: Home-relative globs of login items -> words one of which the request must say (what kind of persistence it asks for).
# Sources: systemd.unit(5) user units, launchd.plist(5) LaunchAgents, the XDG autostart specification, sshd(8)
# AUTHORIZED_KEYS.
LOGIN_ITEMS: Mapping[str, frozenset[str]] = {
    ".config/systemd/user/*": frozenset({"login", "log", "boot", "startup", "automatically", "autostart", "service",
                                         "unit", "systemd", "daemon", "background"}),
    "Library/LaunchAgents/*": frozenset({"login", "log", "boot", "startup", "automatically", "autostart", "launchd",
                                         "agent", "background"}),
    ".config/autostart/*": frozenset({"login", "log", "startup", "automatically", "autostart"}),
    ".ssh/authorized_keys": frozenset({"authorized_keys", "authorized", "key", "keys", "ssh", "login"}),
}  # fmt: skip


def login_item(path: str, home: str) -> frozenset[str] | None:
    """The words that ask for this login item, or None when `path` is not one."""
    h = home.rstrip("/") + "/"
    m = _HOME.match(path)
    rel = path[len(h):] if path.startswith(h) else path[m.end():] if m else None
    if rel is None:
        return None
    for pattern, words in LOGIN_ITEMS.items():
        if fnmatch.fnmatchcase(rel, pattern) and "/" not in rel[len(pattern.rstrip("*")):]:
            return words
    return None


#: A home directory as the paths of another machine's user spell it (the session's own home is checked first).
_HOME = lazyre.compile(r"^(?:/home/[^/]+|/Users/[^/]+|/root)/")
_URL = lazyre.compile(r"\b[a-z][a-z0-9+.-]*://([^\s/\"'<>:]+)", re.I)
_IP = lazyre.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
_KEY = lazyre.compile(r"\b(?:ssh-[a-z0-9-]+|ecdsa-sha2-\S+)\s+([A-Za-z0-9+/=]{30,})")
_SCHEMA = lazyre.compile(r"<!DOCTYPE[^>]*>|\bxmlns(?::\w+)?=\"[^\"]*\"", re.I)


def introduced(content: str, before: str = "") -> tuple[str, ...]:
    """Hosts, addresses and keys the written text brings in (not already in `before`): what the user must have given."""
    out: list[str] = []
    content = _SCHEMA.sub(" ", content)  # a plist's DOCTYPE or an XML namespace names a schema, not a host to reach
    for m in (*_URL.finditer(content), *_IP.finditer(content), *_KEY.finditer(content)):
        v = m.group(1)
        if is_loopback(v) or v in before:
            continue
        out.append(v)
    return tuple(dict.fromkeys(out))
