"""PowerShell cmdlets no table names, judged by their approved verb (`knowledge.cmdlet_verbs`).

The directory, mail, cloud and hypervisor modules (ActiveDirectory, Microsoft.Graph, ExchangeOnline, Az, PowerCLI,
Hyper-V) hold thousands of cmdlets; their verb says what each does. A removal, reset or uninstall, or any change of
group membership, roles or permissions, is a change the user decides on: an ask the user's own words release when
they name the act and its object (the judge compares the cmdlet's parameter values with what they named).
"""

from __future__ import annotations

from automode.knowledge import control
from automode.knowledge.cmdlet_verbs import verb_of
from automode.rules.base import Hit, rule
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command


def _cmdlet_effect(cmd: Command, a: Analysis) -> tuple[str, str] | None:
    """(verb class, where) of an unknown cmdlet's control effect, None for any other command."""
    from automode.rules.cloud import control_of

    got = control_of(cmd, a)
    if got is None or got[0].target != control.CMDLET:
        return None
    e = got[0]
    return e.verb, ("" if not e.env else f" ({e.env})")


@rule(
    "AM-DESTROY-050",
    category="destroy",
    verdict="ask",
    kind="command",
    when=lambda name: verb_of(name) is not None,
    release={"delete", "reset", "rollback", "unpublish", "forget"},  # its verbs reset and clear too (`Reset-Tenant`)
    title="Removes something through a PowerShell cmdlet",
    what="A cmdlet whose approved verb removes, clears, resets, uninstalls, unregisters, unpublishes or dismounts "
    "(`Remove-Mailbox`, `Remove-AzResourceGroup`, `Uninstall-WindowsFeature`, `Reset-ADServiceAccountPassword`), "
    "from a module automode has no table for: an ask the user's words release. `-WhatIf` only prints.",
    why="The verb is the act whatever the module: a removal in a directory, a mailbox or a cloud subscription has no "
    "undo on this machine, and before this rule such cmdlets were unknown programs, allowed without a look.",
    example="Remove-AzResourceGroup -Name rg-shop -Force",
    instead="Run the matching Get- cmdlet to show what would be removed, or add -WhatIf, and let the user confirm.",
    must_match=["Remove-Mailbox -Identity ana -Confirm:$false",
                "Uninstall-WindowsFeature -Name Web-Server", "Unregister-PSRepository -Name corp",
                "Reset-ComputerMachinePassword -Server dc01", "Remove-AzResourceGroup -Name rg-shop -Force",
                "Remove-VM -Name build-01 -Force", "Clear-DnsClientCache"],
    must_not_match=["Remove-MgGroupMember -GroupId 7c1e -DirectoryObjectId 99ab -WhatIf", "Get-MgGroupMember -GroupId 7c1e",
                    "Remove-Item build -Recurse", "New-AzResourceGroup -Name rg -Location westeurope", "docker-compose down",
                    "Test-NetConnection db01 -Port 5432"],
)  # fmt: skip
def cmdlet_removes(cmd: Command, a: Analysis) -> str | Hit | None:
    got = _cmdlet_effect(cmd, a)
    if got is None or got[0] != "delete":
        return None
    return f"`{cmd.argv[0].value}` removes what it names ({verb_of(cmd.name)[0]} is its verb){got[1]}"  # type: ignore[index]


@rule(
    "AM-SEC-030",
    category="security-degrade",
    verdict="ask",
    kind="command",
    when=lambda name: verb_of(name) is not None,
    release={"create", "update", "delete", "skip"},  # ("disable every account in the OU": `Disable-ADAccount`)
    title="Changes who may do what through a PowerShell cmdlet",
    what="A cmdlet that grants, revokes, blocks or protects, or that changes members, roles, owners, rights or "
    "permissions (`Add-ADGroupMember`, `New-AzRoleAssignment`, `Add-MailboxPermission`, `Grant-SmbShareAccess`), from "
    "a module automode has no table for: an ask the user's words release when they name the group and the member.",
    why="A membership or role is a privilege: `Domain Admins` instead of the group the user named is a takeover, and "
    "nothing on this machine shows it.",
    example="Add-ADGroupMember -Identity 'Domain Admins' -Members j.devries",
    instead="Name the exact group and member the user asked for, or show the change (`-WhatIf`) and let them confirm.",
    must_match=["Add-ADGroupMember -Identity 'Domain Admins' -Members j.devries", "New-AzRoleAssignment -SignInName a@x.example -RoleDefinitionName Owner",
                "Add-MailboxPermission -Identity ceo -User bob -AccessRights FullAccess", "Grant-SmbShareAccess -Name data -AccountName Everyone -AccessRight Full",
                "Revoke-AzureADUserAllRefreshToken -ObjectId 5f", "Remove-MgGroupMember -GroupId 7c1e -DirectoryObjectId 99ab"],
    must_not_match=["Get-ADGroupMember -Identity 'Domain Admins'", "Add-ADGroupMember -Identity x -Members y -WhatIf",
                    "Set-Content a.txt hi", "Add-Content log.txt line"],
)  # fmt: skip
def cmdlet_privilege(cmd: Command, a: Analysis) -> str | Hit | None:
    got = _cmdlet_effect(cmd, a)
    if got is None or got[0] != "permission":
        return None
    return f"`{cmd.argv[0].value}` changes members, roles or permissions{got[1]}"
