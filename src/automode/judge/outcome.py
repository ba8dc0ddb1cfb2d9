"""What the judge's verdicts carry: the rule ids it reports and the one way it rewrites a decision.

Kept apart from the stages (`automode.judge`, `automode.judge.boundaries`) so each can import it without a cycle.
"""

from __future__ import annotations

from automode.model import Decision, Verdict
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

BOUNDARY = "AM-JUDGE-001"  # a stated boundary forbids it
RELEASED = "AM-JUDGE-002"  # the user asked for exactly this
FOREIGN = "AM-JUDGE-003"  # values found nowhere in the user's words
SECRET_SEARCH = "AM-JUDGE-004"  # hunting for a secret the user did not mention
CARRIED = "AM-JUDGE-006"  # sends a secret value the session read earlier (session memory)
#: Effects through which a value leaves the machine.
OUTBOUND = frozenset({"network", "mcp"})
BEYOND = "AM-JUDGE-005"  # asked for, but the action goes beyond what was named (environment, reach)
INJECTED = "AM-JUDGE-007"  # acts on a value that a flagged (prompt-injected) tool output proposed
UNASKED = "AM-JUDGE-008"  # an outward act (push, send, deploy, grant…) nothing the user said asks for
OTHER_OBJECT = "AM-JUDGE-010"  # selects another object of a kind the user named, or more of them (slot S1)
UNNAMED_DESTROYED = "AM-JUDGE-021"  # destroys another thing than the one named, or a set picked at run time
DESTROYS_MORE = "AM-JUDGE-022"  # a destruction's option removes more than the thing named (disks, volumes, backups)
CHANGED_VALUE = "AM-JUDGE-017"  # the named act with one value the user named changed (a port, a tag, a draft, a stack)
FENCE = "AM-JUDGE-023"  # released, but past a fence the release never looked at (a run-time set, an owner, a narrowing)
SIGNAL_PAST = "AM-JUDGE-029"  # a signal past the pid named: every process, a user's, a name's, the process group
FORCED = "AM-JUDGE-036"  # a delete made forced and immediate (no grace period) where the user asked only to delete
SLOT = "AM-JUDGE-030"  # a slot the user gave a value for holds another (a user, a vhost, a share, a role, a verb's strength)
COMPUTED_SET = "AM-JUDGE-033"  # a set computed at run time (a listing, --all, a sub-select, a parent) for one named object
LATER = "AM-JUDGE-040"  # a later message took back, put off or narrowed the act the action still does (session 21, L2)
WIDENED = "AM-JUDGE-037"  # an option or a form wider than the verb said (`--full`, `-x`, `purge`, the parent container)
BOUNDED = "AM-JUDGE-044"  # the bound said (a version, revision, step, database, duration, age, size), left out or another
SCALED = "AM-JUDGE-045"  # the amount said, carried in the program's unit as another amount, or a second amount nobody said
CHOSEN = "AM-JUDGE-065"  # a consequential value (retention, keep count, expiry, date range) the agent chose, none said
TARGET_CHOSEN = "AM-JUDGE-066"  # a wrapper's config or environment left to the directory for a change, none named
SAID_VALUE = "AM-JUDGE-038"  # the value said, another used (a routing share, a global form for one value, a mode, a remote)
WIDER = "AM-JUDGE-018"  # the named act on a wider extent than the object named (an owner, a pattern, --all, a sibling)


def judged(d: Decision, verdict: Verdict, reason: str, rule: str) -> Decision:
    rules = tuple(dict.fromkeys([rule, *d.rules]))
    category = d.category if d.category != "routine" or verdict == "allow" else "trust-boundary"
    return Decision(verdict, reason, rules, category, d.suggestion if verdict != "allow" else None, "judge")


def ctx_messages(a: Analysis) -> tuple[str, ...]:
    return tuple(a.ctx.user_messages)
