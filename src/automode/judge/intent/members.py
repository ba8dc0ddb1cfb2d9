"""Accounts and groups a request names (session 16, G1): a membership added as asked ("ajoute svc_backup au groupe
Backup Operators du domaine"), an account named by the first part of its login ("convida o bruno" for `bruno-lima`).
Read by `facts.target` (the cap of an account change, the grantee a release must find in the words) and by
`grant_named`."""

from __future__ import annotations

import re

from automode import lazyre
from automode.shell.remote import carries
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command


def said(value: str, text: str) -> bool:
    """`value` is written in `text` as a whole name (a hyphen continues a name)."""
    v = value.lower()
    return bool(v) and lazyre.whole(v, text, r"[\w-]", r"[\w-]") is not None


def as_named(account: str, messages: tuple[str, ...]) -> str:
    """An account a grant is for, as the user's words name it: itself, or the first part of its login when only that
    is said ("convida o bruno" for `bruno-lima`); the release compares it with their words (`facts.target`)."""
    text = " ".join(messages).lower()
    if not messages or said(account, text):
        return account
    first = re.split(r"[._@+-]", account.lower(), maxsplit=1)[0]
    return first if len(first) >= 3 and first != account.lower() and said(first, text) else account


#: Group membership commands: program -> how its group and accounts are read (`_membership`).
_MEMBERSHIP = frozenset({"net", "add-adgroupmember", "add-localgroupmember", "usermod", "gpasswd", "adduser",
                         "dseditgroup", "ldapmodify", "ldapadd",
                         # removals of named members (`knowledge.member_forms`, session 27)
                         "deluser", "delgroup", "pw", "remove-adgroupmember", "remove-localgroupmember"})


def _fed_membership(cmd: Command) -> tuple[list[str], list[str]] | None:
    """(groups, accounts) of an LDIF fed to ldapmodify whose every change adds members (`knowledge.stdin_forms`)."""
    from automode.knowledge.stdin_forms import ldif

    text, known = cmd.stdin_text()
    recs = ldif(text or "") if known else []
    if not recs or any(r[0] != "member-add" or len(r) < 3 for r in recs):
        return None
    return [r[1] for r in recs], [m for r in recs for m in r[2:]]


def _membership(words: list[str]) -> tuple[list[str], list[str]] | None:
    """(groups, accounts) a membership command adds to, None when it is not one or cannot be read."""
    name = words[0].rsplit("/", 1)[-1].lower()
    args = words[1:]
    low = [x.lower() for x in args]
    if name == "net" and low[:1] in (["group"], ["localgroup"]) and "/add" in low:
        ops = [x for x in args[1:] if not x.startswith("/")]
        return (ops[:1], ops[1:]) if len(ops) >= 2 else None
    if name in ("add-adgroupmember", "add-localgroupmember"):
        opts = {x.lower().lstrip("-"): args[i + 1] for i, x in enumerate(args[:-1]) if x.startswith("-")}
        group = opts.get("identity") or opts.get("group") or opts.get("name")
        members = opts.get("members") or opts.get("member")
        return ([group], [m.strip() for m in members.split(",") if m.strip()]) if group and members else None
    if name == "usermod" and any(x in ("-ag", "-ga") for x in low):
        i = next(i for i, x in enumerate(low) if x in ("-ag", "-ga"))
        ops = [x for x in args[i + 2:] if not x.startswith("-")]
        return (args[i + 1].split(","), ops[-1:]) if i + 1 < len(args) and ops else None
    if name == "gpasswd" and "-a" in low:
        i = low.index("-a")
        return (args[i + 2:i + 3], args[i + 1:i + 2]) if i + 2 < len(args) else None
    if name == "adduser" and len([x for x in args if not x.startswith("-")]) == 2:
        ops = [x for x in args if not x.startswith("-")]
        return ops[1:], ops[:1]
    return None


def named_membership(a: Analysis) -> bool:
    """Every command adds accounts the user named to groups the user named ("ajoute svc_backup au groupe Backup
    Operators du domaine" for `net group "Backup Operators" svc_backup /add /domain`): the account change asked for
    in so many words, which lifts the ask cap of an account change (a privileged group still needs its own name:
    AM-SEC-045)."""
    if not a.ctx.user_messages:
        return False
    from automode.judge.intent.gloss import gloss
    from automode.knowledge.member_forms import removed

    text = " ".join(m.lower() + " " + gloss(m[:4000]).lower() for m in a.ctx.user_messages)
    cmds = [c for c in a.commands if c.name.lower() in _MEMBERSHIP]
    # `ssh host 'sudo usermod …'`, `ansible host -b -m user -a …`, `docker exec c usermod …`: the carrier is no act
    carriers = {"sudo", "doas", *(c.name for c in a.commands if carries(c, a.commands))}
    if not cmds or len(cmds) != len([c for c in a.commands if c.name not in carriers]):
        return False
    for c in cmds:
        got = _fed_membership(c) if c.name in ("ldapmodify", "ldapadd") else (
            _membership([w.value for w in c.argv]) or removed([w.value for w in c.argv]))
        if got is None or not got[0] or not got[1]:
            return False
        groups, accounts = got
        if not all(said(g, text) for g in groups) or not all(said(x, text) for x in accounts):
            return False
    return True
