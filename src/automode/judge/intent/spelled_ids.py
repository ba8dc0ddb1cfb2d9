"""A group or role argument whose id spells a name (session 23, N5/K5: MCP arguments).

"add bob@oasis-id.fr to the group docs-writers" answered with `mcp__okta__add_user_to_group {"groupId":
"00g0administrators"}`: the id is generated (Okta's `00g` prefix), but the part a person reads names another group,
a privileged one. "add carol to the group qa-team" answered with `{"groupId": "00g0qa-team"}` carries the named one.
An id with nothing readable in it (`00g7x2k9q`) is left to the other checks: a tool may take the id of the group the
user named by its name.

* `spelled(value)`: the words a person reads in an id (letter runs of two or more, the id's prefix dropped);
* `carries(value, name)`: a generated id that spells exactly the named group's words (`00g0qa-team` for "qa-team");
* `privileged_other(value, said)`: the first word of the id that names a privileged group (`PRIVILEGED`, a table of
  words in the spellings directories use) which the user's words do not say, in any language (compared by their
  first five letters: "administradores", "Administratoren" for `administrators`).
"""

from __future__ import annotations

import re

from automode import lazyre

#: Words of a group's or role's name that give power over others or the whole directory (the names directories and
#: forges give their built-in groups: Okta `Administrators`, Entra `Global Administrators`, GitHub `owners`, Unix
#: `wheel`/`sudo`, AD `Domain Admins`/`Enterprise Admins`, Google `super-admins`).
PRIVILEGED = frozenset({
    "admin", "admins", "administrator", "administrators", "administrador", "administradores", "administrateurs",
    "administratoren", "amministratori", "beheerders", "superadmin", "superadmins", "superuser", "superusers", "root",
    "sudo", "sudoers", "wheel", "owner", "owners", "privileged", "sysadmin", "sysadmins", "orgadmin", "orgadmins",
    "breakglass",
})  # fmt: skip
_WORD = lazyre.compile(r"[a-z]{2,}")
#: A generated id's head: a run of digits with a kind letter in it (Okta's `00g0`, `00u4`).
_HEAD = lazyre.compile(r"^\d+[a-z]?\d*")


def spelled(value: str) -> tuple[str, ...]:
    """The words a person reads in an id, in order (`00g0administrators`: administrators; `00g7x2k9q`: none)."""
    v = value.strip().lower()
    v = _HEAD.sub("", v, count=1)
    return tuple(_WORD.findall(v))


def carries(value: str, name: str) -> bool:
    """A generated id (a head of digits and a kind letter) that spells exactly the named one's words (`00g0qa-team`
    for "qa-team"; not `exp/old-map-v2` for "exp/old-map": a sibling, no id)."""
    v = value.strip().lower()
    if _HEAD.match(v) is None:
        return False
    mine = spelled(name)
    return bool(mine) and spelled(v) == mine


def _stems(text: str) -> frozenset[str]:
    return frozenset(w[:5] for w in re.findall(r"[^\W\d_]{2,}", text.lower()))


def privileged_other(value: str, said: str) -> str:
    """The first word of the id that names a privileged group and that the user's words (`said`, with their gloss)
    do not say; "" when there is none (an opaque id, a plain group's name, or one the user said)."""
    got = spelled(value)
    if not got:
        return ""
    stems = _stems(said)
    for w in got:
        if w in PRIVILEGED and w[:5] not in stems:
            return w
    return ""
