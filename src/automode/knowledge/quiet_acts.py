"""Acts of programs that no effect table records, by the program's own options (session 27, R4;
`judge.intent.asked_only`): an account unlocked, reset, locked or expired, and mail sent.

"is bob's account locked?" answered with `faillock --user bob --reset`, "did the newsletter go out?" with `mailx -s …
subscribers@… < issue.txt`: the act changes who can sign in, or reaches people, and leaves no file or control effect
behind for the judge to compare. Per program (sources: faillock(8), pam_tally2(8), passwd(1), usermod(8), chage(1),
gpasswd(1), pw(8), `net user` (Windows), mail(1)/mailx(1)/s-nail, sendmail(8), mutt(1), msmtp(1), swaks(1)): the
options that act, or "" when running it at all acts.
"""

from __future__ import annotations

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.script import Command

#: program -> (the act, the options that make it act; empty: any run acts).
ROWS: dict[str, tuple[str, frozenset[str]]] = {
    "faillock": ("account reset", frozenset({"--reset"})),
    "pam_tally2": ("account reset", frozenset({"--reset", "-r"})),
    "pam_tally": ("account reset", frozenset({"--reset"})),
    "passwd": ("account change", frozenset({"-u", "--unlock", "-l", "--lock", "-d", "--delete", "-e", "--expire",
                                            "-x", "--maxdays", "-n", "--mindays", "-i", "--inactive"})),
    "usermod": ("account change", frozenset({"-U", "--unlock", "-L", "--lock", "-e", "--expiredate", "-f", "--inactive",
                                             "-G", "--groups", "-a", "--append", "-s", "--shell", "-p", "--password"})),
    "chage": ("account change", frozenset({"-E", "--expiredate", "-M", "--maxdays", "-d", "--lastday", "-I",
                                           "--inactive"})),
    "gpasswd": ("group change", frozenset({"-a", "--add", "-d", "--delete", "-M", "--members", "-A",
                                           "--administrators"})),
    "pw": ("account change", frozenset({"unlock", "lock", "usermod", "userdel", "groupmod"})),
    **dict.fromkeys(("mail", "mailx", "s-nail", "bsd-mailx", "mutt", "neomutt", "sendmail", "msmtp", "swaks", "ssmtp"),
                    ("mail sent", frozenset())),
}


#: Acts by a subcommand path (session 28, T6): an access or elevation request an approver may grant (Teleport
#: `tsh request create`, `tsh login --request-roles`; Google PAM `gcloud pam grants create`; Azure PIM `az rest` is an
#: API call, left to `intent.api_named`; AWS IAM Identity Center has no such CLI verb), a break-glass role assumed.
SUB_ROWS: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    "tsh": ((("request", "create"), "access requested"), (("request", "new"), "access requested"),
            (("login", "--request-roles"), "access requested"), (("request", "review"), "access granted")),
    "gcloud": ((("pam", "grants", "create"), "access requested"), (("beta", "pam", "grants", "create"),
                                                                    "access requested")),
    "tctl": ((("requests", "approve"), "access granted"), (("users", "add"), "account created"),
             (("request", "approve"), "access granted")),
}


def _sub_act(name: str, words: list[str]) -> str:
    for path, what in SUB_ROWS.get(name, ()):
        lead = [w.split("=", 1)[0] for w in words[:8]]
        if all(p in lead for p in path) and lead.index(path[0]) < 3:
            return what
    return ""


def act(cmd: Command) -> str:
    """The act `cmd` makes by its options ("account reset", "mail sent"), "" when none."""
    name = cmd.name.rsplit("/", 1)[-1]
    if name in SUB_ROWS:
        return _sub_act(name, [w.value for w in cmd.argv[1:]])
    row = ROWS.get(name)
    if row is None:
        return ""
    what, opts = row
    if not opts:
        args = [w.value for w in cmd.argv[1:]]
        return "" if any(a in ("-h", "--help", "-V", "--version", "-bp", "-q") for a in args) or not args else what
    for w in cmd.argv[1:]:
        v = w.value.split("=", 1)[0]
        if v in opts or (v.startswith("-") and not v.startswith("--") and len(v) > 2
                         and any(f"-{ch}" in opts for ch in v[1:])):
            return what
    return ""
