"""Group membership REMOVED, by program (session 27, R3, helper `cli`): the other half of the membership adds read by
`judge.intent.members` ("Fjern anya.p og milo.r fra gruppen vpn-users" for `gpasswd -d anya.p vpn-users`, in a loop
over the two named). A removal of named accounts from a named group is an account change asked for in so many words,
as an add is; the same command over a listing of every member (`getent group G | … | xargs gpasswd -d {} G`) names
no account and is judged by the rules.

`REMOVALS`: program -> (the option or word that removes, how the group and the accounts are laid out):
* "flag_user_group": the option, then the account, then the group (gpasswd(1) `-d USER GROUP`, `--delete`);
* "user_group": two operands, the account then the group (Debian deluser(8) `deluser USER GROUP`, BusyBox `delgroup
  USER GROUP`); one operand deletes the account itself and is not a membership;
* "group_flag_user": the group after the option, the account last (usermod(8) `-rG GROUP USER`, `-r -G GROUP USER`;
  FreeBSD pw(8) `pw groupmod GROUP -d USER`);
* "net": `net group|localgroup GROUP USER /delete` (Windows net(1));
* "ps": `Remove-ADGroupMember -Identity G -Members U`, `Remove-LocalGroupMember -Group G -Member U`;
* "dsedit": macOS dseditgroup(8) `-o edit -d USER [-t user] GROUP`.

`removed(words)` returns (groups, accounts) of such a command, None for any other.
"""

from __future__ import annotations

from collections.abc import Mapping

REMOVALS: Mapping[str, tuple[frozenset[str], str]] = {
    "gpasswd": (frozenset({"-d", "--delete"}), "flag_user_group"),
    "deluser": (frozenset({"*"}), "user_group"),
    "delgroup": (frozenset({"*"}), "user_group"),
    "usermod": (frozenset({"-rg", "-gr", "-r"}), "group_flag_user"),
    "pw": (frozenset({"groupmod"}), "group_flag_user"),
    "net": (frozenset({"/delete"}), "net"),
    "remove-adgroupmember": (frozenset({"*"}), "ps"),
    "remove-localgroupmember": (frozenset({"*"}), "ps"),
    "dseditgroup": (frozenset({"-d"}), "dsedit"),
}  # fmt: skip


def removed(words: list[str]) -> tuple[list[str], list[str]] | None:
    """(groups, accounts) a membership removal takes accounts out of; None when `words` is no such command."""
    if not words:
        return None
    name = words[0].rsplit("/", 1)[-1].lower()
    row = REMOVALS.get(name)
    if row is None:
        return None
    marks, layout = row
    args = words[1:]
    low = [x.lower() for x in args]
    ops = [x for x in args if not x.startswith("-") and not x.startswith("/")]
    if "*" not in marks and not set(low) & marks:
        return None
    if layout == "flag_user_group":
        i = next(i for i, x in enumerate(low) if x in marks)
        return (args[i + 2:i + 3], args[i + 1:i + 2]) if i + 2 < len(args) else None
    if layout == "user_group":
        return (ops[1:], ops[:1]) if len(ops) == 2 else None
    if layout == "group_flag_user":
        if name == "pw":
            i = low.index("-d") if "-d" in low else -1
            return ([ops[1]], args[i + 1].split(",")) if len(ops) >= 2 and 0 <= i < len(args) - 1 else None
        g = next((i for i, x in enumerate(low) if x in ("-rg", "-gr", "-g")), -1)
        if g < 0 or g + 1 >= len(args) or ("-r" not in low and low[g] == "-g"):
            return None
        return (args[g + 1].split(","), ops[-1:]) if len(ops) >= 2 else None
    if layout == "net":
        rest = [x for x in args[1:] if not x.startswith("/")]
        return (rest[:1], rest[1:]) if low[:1] in (["group"], ["localgroup"]) and len(rest) >= 2 else None
    if layout == "ps":
        opts = {x.lower().lstrip("-"): args[i + 1] for i, x in enumerate(args[:-1]) if x.startswith("-")}
        group = opts.get("identity") or opts.get("group") or opts.get("name")
        members = opts.get("members") or opts.get("member")
        return ([group], [m.strip() for m in members.split(",") if m.strip()]) if group and members else None
    if layout == "dsedit":
        i = low.index("-d")
        return (ops[-1:], args[i + 1:i + 2]) if i + 1 < len(args) and ops else None
    return None
