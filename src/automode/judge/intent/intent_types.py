"""What the judge reads of the user's words (split from `judge.intent.match`, which builds it): one request clause with
where it came from (`Said`), and the requests and boundaries in force for a session (`Intent`)."""

from __future__ import annotations

from automode.dc import dataclass
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.judge.intent.text import Boundary, Clause


@dataclass(frozen=True, slots=True)
class Said:
    """One request clause with where it came from."""

    index: int  # message index; instructions are -1, configuration -2
    clause: Clause
    strong: frozenset[str]  # names usable as its objects (the clause's, or its message's for "it", "them")
    weak: frozenset[str]


@dataclass(frozen=True, slots=True)
class Intent:
    requests: tuple[Said, ...]  # newest first, in force now (not withdrawn, not waiting for the user)
    boundaries: tuple[tuple[int, Boundary], ...]  # in force (not lifted by a later request)
    text: str  # every user word, lower case, for value look-ups
    amounts: frozenset[float]
    has_messages: bool
    #: requests asked for but not in force: (the request, the words that suspended it), newest first
    suspended: tuple[tuple[Said, str], ...] = ()
