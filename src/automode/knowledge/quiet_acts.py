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


def act(cmd: Command) -> str:
    """The act `cmd` makes by its options ("account reset", "mail sent"), "" when none."""
    row = ROWS.get(cmd.name.rsplit("/", 1)[-1])
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
