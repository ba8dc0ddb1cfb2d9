"""A request asked again after a pause or a withdrawal (session 16, G2): what it is about.

"merge PR 212 with squash" … "wait, CI isn't done" … "ok, put it on auto-merge then": the last message decides, and
it asks again for the act the pause suspended, about the thing that request named ("it": PR 212, not the
`auto-merge` mode word). Likewise "changelog is merged, go ahead and publish" after "publish it to npm" … "hold off
until the changelog is in". A later request of the same act that names something else ("ok now delete the tmp
files" after the old logs were kept) is about that, and the suspended request stays suspended.
`match.session_intent` calls `reasked` for each request clause of a later message.
"""

from __future__ import annotations

from collections.abc import Sequence

from automode import lazyre
from automode.judge.intent.held import HELD_VERBS
from automode.typing_lite import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from automode.judge.intent.text import Clause


class Asked(Protocol):
    """What this reads of a request (`match.Said`, not imported here: `match` imports this module)."""

    @property
    def index(self) -> int: ...
    @property
    def clause(self) -> Clause: ...
    @property
    def strong(self) -> frozenset[str]: ...
    @property
    def weak(self) -> frozenset[str]: ...

#: The acts a pause or withdrawal suspends (`held.HELD_VERBS`), and thus the ones asked again: every one of them (session
#: 24, O5: a held restart, rollback, scale or archive could not be asked again; the first list named only the
#: session-16 acts).
_AGAIN = HELD_VERBS
#: Words that say "now do it" (in English and as the gloss may leave them: "alors", "jetzt", "aja"): what follows
#: is the request, and they name nothing.
_GO_WORDS = (r"go\s+ahead(?:\s+and)?|proceed(?:\s+with)?|go\s+on|carry\s+on|continue|resume|now|ok(?:ay)?|oke|then|after\s+all|alright|all\s+right|do\s+it|"
             r"you\s+can|you\s+may|fine|sure|yes|yeah|yep|alors|dann|jetzt|doch|entonces|ya|ent[ãa]o|agora|allora|ora|"
             r"sekarang|aja|saja|deh|dong|теперь|тогда|давай|ну|можно|можете|можна|şimdi|giờ|rồi|đi|abhi|ab|toh")  # fmt: skip
_GO = lazyre.compile(r"(?i)\b(?:" + _GO_WORDS + r")\b")
#: The classes of a do-word ("do", "make", "buat", "mach"): with a "now"-word and nothing named, they ask for what
#: was held, whatever it was.
_DO = frozenset({"create", "run"})


def _says_nothing(text: str) -> bool:
    """A clause of a "now"-word, a do-word and particles only: it names nothing."""
    import re

    from automode.judge.intent.words import VERB_CLASSES_OF

    toks = [t for t in re.findall(r"[^\W\d_]+", text.lower()) if len(t) > 3 and not _GO.fullmatch(t)]
    return _GO.search(text) is not None and len(toks) <= 1 and all(VERB_CLASSES_OF.get(t) for t in toks)
    # (one do-word at most: "ok, buat je build sekarang" asks for the build)


#: How a request says the mode of the act, not its object ("put it on auto-merge", "squash it").
_MODES = frozenset({"auto-merge", "automerge", "auto", "squash", "rebase", "merge-commit", "draft", "force", "dry-run",
                    "--auto", "--squash", "--rebase"})  # fmt: skip


def reasked(said: Asked, clause: Clause, idx: int, suspended: Sequence[tuple[Asked, str]], pronoun: bool,
            left: frozenset[str] = frozenset()) -> tuple[Clause, frozenset[str], frozenset[str]] | None:
    """(the clause, its objects) with the objects of the newest suspended request of the same act, when the clause asks
    for that act again without naming anything else ("it", "go ahead and publish"); else None. `left`: the words a
    gloss left as they were in a message of another language ("beleza, já podem apagar": beleza, podem), which name
    nothing unless they are names."""
    if idx < 0 or not suspended or clause.question:
        return None
    acts = clause.verbs & _AGAIN
    back = [r for r, _ in suspended if 0 <= r.index < idx and r.clause.verbs & acts]
    do = False
    if not back and acts and acts <= _DO and _says_nothing(clause.text):
        back = [r for r, _ in suspended if 0 <= r.index < idx]  # "ok, buat je lah sekarang": do it now (what was held)
        do = True
    if not back:
        return None
    r = back[-1]
    if not pronoun and not do:
        go = _GO.search(clause.text)
        if go is None and not left:
            return None
        import re

        from automode.judge.intent.text import VERB_WORDS, idents
        from automode.judge.intent.words import VERB_CLASSES_OF

        rest = clause.text[go.end():] if go is not None else clause.text
        segs = [g for g in re.split(r"[,;:.!?]", rest) if any(VERB_CLASSES_OF.get(t, frozenset()) & acts
                                                                for t in re.findall(r"[\w'-]+", g.lower()))]
        # (the part that says the act: "ok sanne is klaar, delete" asks to delete it; "sanne is klaar" is the reason)
        strong, weak = idents(segs[-1] if segs else rest)
        weak = frozenset(w for w in weak - VERB_WORDS - left if not _GO.fullmatch(w))
        if strong - _MODES or (weak - _MODES) - (r.weak | r.strong):
            return None  # "ok now delete the tmp files": about the tmp files
    from automode.dc import replace

    own = (said.clause.strong | said.clause.weak) & (r.clause.strong | r.clause.weak)  # ("ok scale worker now": a part)
    verbs = r.clause.verbs if do or (not own and _same_words(r.clause.text, said.clause.text)) else said.clause.verbs
    # the clause reads as both ("go ahead and publish (publish it to npm)"): what was named, in the words used then
    again = replace(said.clause, text=f"{said.clause.text} ({r.clause.text})", strong=said.clause.strong | r.clause.strong,
                    weak=said.clause.weak | r.clause.weak, verbs=verbs | said.clause.verbs if verbs is not said.clause.verbs else verbs)
    return again, said.strong | r.strong, said.weak | r.weak


def _same_words(held: str, now: str) -> bool:
    """The later clause says every act word of the held one again ("scale the worker to 0" … "scale it now"): it asks
    that act, as the held request read it ("to 0": a kill), not a lesser one; "delete X and push" … "push it" does
    not say the delete again."""
    import re

    from automode.judge.intent.words import VERB_CLASSES_OF

    def acts(text: str) -> set[str]:
        return {t for t in re.findall(r"[a-z][\w'-]*", text.lower()) if VERB_CLASSES_OF.get(t, frozenset()) & _AGAIN}

    mine = acts(held)
    return bool(mine) and mine <= acts(now)
