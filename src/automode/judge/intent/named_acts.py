"""The acts of session 16's class G1 asked in so many words, read by their own modules and settled in one place for
`judge.release`: a grant (`grant_named`: the account, level and database), a tool pointed at a CA file (`ca_named`),
a CI job made non-blocking (`ci_nonblocking`, for the protected-file finding of the same edit; the gate's own
finding is settled through `weakening.asked`)."""

from __future__ import annotations

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.match import Intent

#: Grants read from their statements (SQL, store users).
GRANT_RULES = frozenset({"AM-TRUST-003", "AM-DATA-002"})
#: Rules a tool pointed at a CA file fires: verification stays on, with the user's root added.
CA_RULES = frozenset({"AM-AGENT-003", "AM-SUPPLY-001", "AM-GIT-004", "AM-WRITE-004", "AM-SEC-003", "AM-SUPPLY-002"})
RULES = GRANT_RULES | CA_RULES


def settle(rid: str, a: Analysis, intent: Intent) -> tuple[str, str] | None:
    """("allow", the words) | ("deny" | "ask", why) for the finding `rid`, None when none of these acts is read."""
    if rid in GRANT_RULES:
        from automode.judge.intent.grant_named import settle as granted

        return granted(a, intent)
    from automode.judge.intent.ca_named import settle as ca_given

    got = ca_given(a)
    if got is None and rid == "AM-AGENT-003":
        from automode.judge.intent.ci_nonblocking import settle as nonblocking

        got = nonblocking(a)
    return got
