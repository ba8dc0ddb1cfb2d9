"""What a PowerShell cmdlet does, read from its approved verb, for every cmdlet no table names (issue 10).

PowerShell names commands Verb-Noun from a closed list of approved verbs (learn.microsoft.com, "Approved Verbs for
PowerShell Commands"; `Get-Verb` prints it). The verb is the cmdlet's act whatever module it comes from: the Active
Directory, Entra (`Mg*`), Exchange, Azure (`Az*`), SharePoint, VMware (PowerCLI), Hyper-V and SQL Server modules
number thousands of cmdlets, and `Remove-MgGroupMember` removes as surely as `Remove-Item`. Before this table a
cmdlet outside `shell.powershell.CMDLETS` was an unknown program, a silent allow whatever its verb.

`effect` gives the control effect of such a cmdlet: its verb class (`effects.VERBS`), the values of its parameters
(what the judge compares with what the user named), and whether it runs on another machine (`-Server`,
`-ComputerName`, a session). Verbs that only read or print are `shell.powershell.READ_VERBS` and give no effect.
`-WhatIf` makes any cmdlet a read: it prints what it would do.
"""

from __future__ import annotations

from automode import lazyre
from automode.effects import Effect
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

#: Approved verb -> the control verb of its act (`effects.VERBS`). Groups as the approved-verb list has them.
VERB_CLASS: dict[str, str] = {
    # Common
    "add": "create", "clear": "delete", "close": "update", "copy": "create", "enter": "execute", "exit": "update",
    "hide": "update", "lock": "update", "move": "update", "new": "create", "open": "update", "optimize": "update",
    "pop": "update", "push": "update", "redo": "update", "remove": "delete", "rename": "update", "reset": "delete",
    "resize": "update", "set": "update", "skip": "update", "step": "update", "switch": "update", "undo": "update",
    "unlock": "update",
    # Communications
    "connect": "update", "disconnect": "update", "send": "message",
    # Data
    "backup": "create", "checkpoint": "create", "compress": "create", "dismount": "delete", "edit": "update",
    "expand": "create", "export": "create", "initialize": "delete", "merge": "update", "mount": "update",
    "publish": "publish", "restore": "update", "save": "create", "sync": "update", "unpublish": "delete",
    "update": "update",
    # Diagnostic
    "repair": "update",
    # Lifecycle
    "approve": "update", "build": "create", "complete": "update", "deny": "update", "deploy": "deploy",
    "disable": "update", "enable": "update", "install": "create", "invoke": "execute", "register": "create",
    "request": "create", "restart": "deploy", "resume": "deploy", "start": "deploy", "stop": "deploy",
    "submit": "publish", "suspend": "deploy", "uninstall": "delete", "unregister": "delete",
    # Security
    "block": "permission", "grant": "permission", "protect": "permission", "revoke": "permission",
    "unblock": "permission", "unprotect": "permission",
    # Other
    "use": "update",
}  # fmt: skip

#: Nouns that make any change a change of who may do what: a group's members, a role assignment, a permission, an
#: access rule (`Add-ADGroupMember`, `New-AzRoleAssignment`, `Add-MailboxPermission`, `Set-SPOUser -IsSiteCollectionAdmin`).
PRIVILEGE_NOUN = lazyre.compile(r"(?i)(member|role|permission|access|acl|rights|delegat|admin|owner|privilege)")
#: Nouns of accounts: disabling or locking one takes someone's access away (`Disable-ADAccount`, `Lock-…User`).
IDENTITY_NOUN = lazyre.compile(r"(?i)(account|user|principal|mailbox|login|identity|member)")
#: Parameters that run the cmdlet on (or against) another machine or service endpoint.
REMOTE_PARAMS = frozenset({"-server", "-computername", "-session", "-cimsession", "-pssession", "-connectionuri",
                           "-serverinstance", "-hostname"})  # fmt: skip
#: Switches that take no value (a parameter followed by another parameter or nothing is a switch anyway).
_DRY = frozenset({"-whatif"})
MAX_VALUES = 12


def verb_of(name: str) -> tuple[str, str] | None:
    """(approved verb, noun) of a Verb-Noun command name in lower case, None for any other name or an unapproved
    verb (a script or program with a dash in its name: `docker-compose`, `run-tests`)."""
    from automode.shell.powershell import VERB_NOUN

    m = VERB_NOUN.match(name)
    if m is None:
        return None
    verb = m.group(1).lower()
    return (verb, m.group(2).lower()) if verb in VERB_CLASS else None


def params(words: list[str]) -> tuple[list[str], set[str]]:
    """The values a cmdlet's words name (parameter values and positional operands, in order) and its parameters."""
    values: list[str] = []
    names: set[str] = set()
    k = 0
    while k < len(words):
        w = words[k]
        if w.startswith("-") and len(w) > 1 and not w[1].isdigit():
            name, _, inline = w.partition(":")
            names.add(name.lower())
            if inline:
                values.append(inline)
            elif k + 1 < len(words) and not words[k + 1].startswith("-"):
                values.append(words[k + 1])
                k += 1
        elif w:
            values.append(w)
        k += 1
    out = [v.strip("'\"") for v in values if v.strip("'\"") and v.strip("'\"").lower() not in ("$true", "$false")]
    return out[:MAX_VALUES], names


def effect_verb(name: str, words: list[str]) -> tuple[str, tuple[str, ...], bool] | None:
    """(control verb, values, remote) of a cmdlet the tables do not know, from its approved verb and its
    parameters; None when the name is not Verb-Noun with an approved verb of change."""
    vn = verb_of(name)
    if vn is None:
        return None
    verb, noun = vn
    values, names = params(words)
    if names & _DRY:
        return "read", tuple(values), False
    cls = VERB_CLASS[verb]
    if cls in ("create", "update", "delete") and PRIVILEGE_NOUN.search(noun):
        cls = "permission"  # `Add-ADGroupMember`, `Remove-AzRoleAssignment`: who may do what
    elif verb in ("disable", "lock", "suspend", "block") and IDENTITY_NOUN.search(noun):
        cls = "permission"  # `Disable-ADAccount`, `Disable-LocalUser`: someone locked out
    return cls, tuple(values), bool(names & REMOTE_PARAMS)


def control_effect(cmd: Command) -> Effect | None:
    """A PowerShell cmdlet no table names, read by its approved verb: `Remove-MgGroupMember` deletes,
    `Add-ADGroupMember` changes who may do what, with the values the judge compares with the user's words."""
    if "-" not in cmd.name or cmd.name_dynamic:
        return None
    from automode.shell.powershell import cmdlet, reads_only

    if cmdlet(cmd.name) is not None or reads_only(cmd.name):
        return None  # lowered as its POSIX equivalent, read elsewhere, or it only reads
    got = effect_verb(cmd.name, [w.value for w in cmd.argv[1:]])
    if got is None:
        return None
    verb, values, _remote = got  # (where it runs is left unknown: a directory or tenant, not a stage)
    src = cmd.pipe_from
    while src is not None and src.name in ("where-object", "select-object", "sort-object", "foreach-object"):
        src = src.pipe_from
    every = not values and src is not None and src.name.startswith("get-") and verb != "read"
    return Effect("control", "powershell cmdlet", detail=(cmd.text or " ".join(w.value for w in cmd.argv))[:200], via=cmd.via,
                  origin="identity" if verb == "permission" else "", verb=verb,
                  scope="all" if every else "one" if values else "", env="", values=values, op="")  # fmt: skip
