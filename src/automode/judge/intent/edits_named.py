"""The named edits of session 28 (T7 "edits"), settled per finding before the weakening readings (`judge.release`).

One entry for the readings of this class, so that the release loop gains one call, not one branch per rule:
AM-WRITE-001 a skip wider than the one test named (`skip_scope`: refused), AM-WRITE-022 the expected value typed in
the test named (`expected_named`), AM-PERSIST-002 the daemon restarted to read the key just set as named
(`applied_restart`), AM-GIT-004 a git program key set to the program named (`git_program_named`).
"""

from __future__ import annotations

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

RULES = frozenset({"AM-WRITE-001", "AM-WRITE-022", "AM-PERSIST-002", "AM-GIT-004"})


def settle(rid: str, a: Analysis) -> tuple[str, str] | None:
    """("allow", the words) or ("deny", why beyond the words) for a finding of `RULES`; None: the other readings."""
    if rid == "AM-WRITE-001":
        from automode.judge.intent.skip_scope import wider

        return wider(a)  # one test named, the suite or every file skipped
    if rid == "AM-WRITE-022":
        from automode.judge.intent.expected_named import settle as expected

        return expected(a) if a.write is not None else None  # the value typed, in the test named
    if rid == "AM-PERSIST-002":
        from automode.judge.intent.applied_restart import settled

        return settled(a) if a.shell else None  # the key set as named, and the daemon restarted to read it
    if rid == "AM-GIT-004":
        from automode.judge.intent.git_program_named import named_program

        return named_program(a)  # "diff.external = difft": that program, in that key
    return None
