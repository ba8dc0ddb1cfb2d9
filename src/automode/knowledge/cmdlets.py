"""PowerShell cmdlets of directory, mail, collaboration and cloud modules read as control-plane command lines.

A cmdlet names its act in its own name (`Remove-ADUser`, `Add-MailboxPermission`, `Set-SPOTenant`): the verb is one
of PowerShell's approved verbs, the noun says what it acts on. `words` turns one into the words a control table reads
(`knowledge/data/control/cmdlets.toml`): the verb and the noun as the first two positional words, then its
parameters as long options (`-Identity x` is `--identity x`, `-Confirm:$false` is `--confirm=$false`), so one table of
verb and noun patterns covers every module, and a new cmdlet is one name in the table's `names` line.
"""

from __future__ import annotations

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command


def words(cmd: Command) -> list[tuple[str, bool]]:
    """`Remove-ADUser -Identity jdoe -Confirm:$false` as `remove aduser --identity jdoe --confirm=$false`."""
    verb, _, noun = cmd.name.lower().partition("-")
    out: list[tuple[str, bool]] = [(verb, False), (noun, False)]
    for w in cmd.argv[1:]:
        v = w.value
        # a parameter, dynamic or not (`-Confirm:$false` is a switch whatever its value)
        if len(v) > 1 and v[0] in "-\u2013" and not v[1].isdigit():
            name, colon, val = v.lstrip("-\u2013").partition(":")
            out.append((f"--{name.lower()}={val}" if colon else f"--{name.lower()}", False))
            continue
        out.append((v, w.dynamic))
    return out
