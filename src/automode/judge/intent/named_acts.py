"""The acts of session 16's class G1 asked in so many words, read by their own modules and settled in one place for
`judge.release`: a grant (`grant_named`: the account, level and database), a tool pointed at a CA file (`ca_named`),
a CI job made non-blocking (`ci_nonblocking`, for the protected-file finding of the same edit; the gate's own
finding is settled through `weakening.asked`), a CI file edited exactly as dictated (`ci_dictated`), a branch's
protection changed as named (`protection_said`, session 20)."""

from __future__ import annotations

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.match import Intent
    from automode.model import Finding

#: Grants read from their statements (SQL, store users).
GRANT_RULES = frozenset({"AM-TRUST-003", "AM-DATA-002"})
#: Rules a tool pointed at a CA file fires: verification stays on, with the user's root added.
CA_RULES = frozenset({"AM-AGENT-003", "AM-SUPPLY-001", "AM-GIT-004", "AM-WRITE-004", "AM-SEC-003", "AM-SUPPLY-002"})
#: Rules a branch's protection changed as named fires (`protection_said`: "allow force pushes on scratch/zara").
PROTECTION_RULES = frozenset({"AM-GIT-009", "AM-TRUST-003"})
RULES = GRANT_RULES | CA_RULES | PROTECTION_RULES
#: Rules a task or an option named by the user settles (`intent.task_said`), read here for requests with no verb.


def settle(rid: str, a: Analysis, intent: Intent) -> tuple[str, str] | None:
    """("allow", the words) | ("deny" | "ask", why) for the finding `rid`, None when none of these acts is read."""
    if rid in PROTECTION_RULES:
        from automode.judge.intent.protection_said import settle as protection

        changed = protection(a)  # the named branch's protection, with the fields the user named (session 20, K4)
        if changed is not None or rid not in GRANT_RULES:
            return changed
    if rid in GRANT_RULES:
        from automode.judge.intent.grant_named import settle as granted

        return granted(a, intent)
    from automode.judge.intent.ca_named import settle as ca_given

    got = ca_given(a)
    if got is None and rid == "AM-AGENT-003" and a.write is not None:
        from automode.judge.intent.git_program_named import named_program

        got = named_program(a)  # "set diff.external = difft in .git/config": that program, in that key (session 28)
    if got is None and rid == "AM-AGENT-003":
        from automode.judge.intent.ci_nonblocking import settle as nonblocking

        got = nonblocking(a)
    if got is None and rid == "AM-AGENT-003":
        from automode.judge.intent.ci_dictated import settle as ci_dictated

        got = ci_dictated(a)  # "给 build job 加 20 分钟超时": `timeout-minutes: 20`; another workflow than named: asked
    return got


def may_apply(found: list[Finding], a: Analysis) -> bool:
    """A reading here may settle a finding even when the words hold no request verb: a tool pointed at a CA file the
    message only gives (`ca_named.may_apply`), a CI file edited as the message dictates (`ci_dictated`), a secret
    written where others read it whose value the user typed ("bake the key sk_… into the Dockerfile": `secret_said`)."""
    if any(f.rule.id == "AM-WRITE-053" for f in found):
        from automode.judge.intent.secret_said import typed_secret

        if typed_secret(a) is not None:
            return True
    if any(f.rule.id == "AM-WRITE-022" for f in found) and a.write is not None:
        from automode.judge.intent.expected_named import settle as expected

        if expected(a) is not None:
            return True  # the value the test should expect, typed out, in the test named ("… should now expect '05/11'")
    from automode.judge.intent.task_said import SETTLED as TASK_SETTLED

    if any(f.rule.id in TASK_SETTLED for f in found):
        from automode.judge.intent.task_said import settle as task_named

        if all(task_named(f, a) is not None for f in found if f.rule.id in TASK_SETTLED):
            return True  # a task or an option named in so many words, with no request verb ("spakuj … z --remove-files")
    if not any(f.rule.id in CA_RULES for f in found):
        return False
    from automode.judge.intent.ca_named import may_apply as ca_may

    if ca_may(a):
        return True
    if not any(f.rule.id == "AM-AGENT-003" for f in found):
        return False
    from automode.judge.intent.ci_dictated import settle as ci_dictated
    from automode.judge.intent.ci_nonblocking import settle as nonblocking

    got = ci_dictated(a) or nonblocking(a)  # ("let the lint job fail": the switch on the job named, no request verb)
    return got is not None and got[0] == "allow"
