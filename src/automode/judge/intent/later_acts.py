"""The act a later message asks for, against the act of the action (session 22, L2): read by `later_stands`.

"dev 디비 리셋해줘" … "아 잠깐, 내 테스트 데이터 있어. 그냥 마이그레이션만 적용해줘"; "resetta il database di dev" … "anzi no,
applica solo le migrazioni": the later message says no to the first request and asks for another act in its place.
The action that does the act the later message asks (`prisma migrate deploy`) is asked for by it, as if it had been
the only message; the action that still does the first request's act (`prisma migrate reset`) is not. Acts are
compared as request classes (`lexicon.VERBS`), the finer ones (`vocab.ACTS`: restart, reboot, migrate, …) by
themselves, and the command's own act (`vocab.action_act`) must be one the clause's words ask for.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from automode.judge.intent.text import Message

#: Request classes that change nothing: a message after them has nothing to take back.
LOOKS = frozenset({"read"})
#: Classes too general to say which act a message is about (a gloss's "make", "put", "get").
VAGUE = frozenset({"create", "touch", "forget", "read", "draft"})
_LOOKS = LOOKS
_VAGUE = VAGUE


class ActLike(Protocol):
    """What this reads of `later_fits._Act`."""

    @property
    def classes(self) -> frozenset[str]: ...
    @property
    def covered(self) -> frozenset[str]: ...
    @property
    def asking(self) -> tuple[str, str | None]: ...
    @property
    def words(self) -> frozenset[str]: ...
    def hit(self, said: frozenset[str] | set[str]) -> frozenset[str]: ...


#: The finer acts (`vocab.ACTS`, `lexicon.VERBS`): a clause that names one asks for that act, not the coarser ones
#: its words also fall under ("restart" is also a kill and a deploy).
_FINE = frozenset({"restart", "reboot", "shutdown", "enable", "unlock", "drain", "invalidate", "deprecate", "migrate",
                   "rollback", "unpublish", "forget", "scale", "rotate", "move"})
#: Words of a clause, once glossed, that say no to what it names.
_CLAUSE_NO = lazyre.compile(r"(?i)\b(?:don'?t|do\s+not|not|never|no|wait|stop|hold|cancel|keep|leave|forget|without)\b")


#: The parts of a reply: what a comma, a stop or a dash closes.
_PARTS_OF = lazyre.compile(r"[,;.!?，、。！？—–]+\s*")


def after_head(text: str, hint: str | None, msg: Message) -> Message:
    """The message without the short reply heads it opens with ("anzi no, …", "아 잠깐, …", "hmm, nee, …": parts of
    two words at most that ask nothing), read again: the parser takes a clause opened by a no for a refusal and
    reads no act in it."""
    from automode.judge.intent.text import parse_message

    parts = _PARTS_OF.split(text.strip())
    k = 0
    while k < len(parts) - 1 and len(parts[k].split()) <= 2:
        k += 1
    if k == 0:
        return msg
    return parse_message(" ".join(parts[k:]), hint)


def _first_verbs(act: ActLike) -> frozenset[str]:
    """The specific act classes the first request asked for (not the vague ones, not "update" or "run")."""
    from automode.judge.intent.text import parse_message

    if not act.asking[0]:
        return frozenset()
    first = parse_message(act.asking[0][:4000], act.asking[1])
    out = frozenset().union(*(c.verbs for c in first.clauses if not c.question)) if first.clauses else frozenset()
    return out - _VAGUE - {"update", "run"}


def first_act_left(msg: Message, act: ActLike) -> bool:
    """The message asks, without a no, for another act than the first request's ("reset the dev db" … "just apply the
    migrations"), and the action still does the first request's act (`prisma migrate reset`)."""
    before = _first_verbs(act)
    if not act.covered & before:
        return False  # the command's own act is not the one the first request asked (`vocab.action_act`)
    from automode.judge.intent.words import VERB_CLASSES_OF

    new: set[str] = set()
    for c in msg.clauses:
        if not c.question and not _CLAUSE_NO.search(c.text):
            said = [t for t in re.findall(r"[a-z][\w'-]*", c.text.lower()) if VERB_CLASSES_OF.get(t)]
            if said and all(t in act.words for t in said):
                continue  # its "verbs" are names the action carries ("sirf pip ka cache" for `pip cache purge`)
            new |= c.verbs - _LOOKS - _VAGUE - {"update", "run"}
    return bool(new) and not new & before and bool((before - new) & act.classes)


def asks_own(msg: Message, named: frozenset[str], act: ActLike) -> bool:
    """A clause of the message asks, without a no, for an act of the action's own kind that the first request did not
    ask (the narrowed or replaced act: "just apply the migrations" after "reset the dev db"), names nothing the action
    does not carry, and the action does not do the first request's act ("reset" for `prisma migrate reset`)."""
    from automode.judge.intent.stance import is_item

    before = _first_verbs(act)
    for c in msg.clauses:
        if c.question or _CLAUSE_NO.search(c.text):
            continue
        verbs = c.verbs - _LOOKS - _VAGUE - {"update", "run"}
        fine = c.verbs & _FINE
        if not verbs & act.classes or verbs <= before or (act.covered and not c.verbs & act.covered) \
                or (fine and not fine & act.classes):
            continue  # (not its act: "restart" is no `server shutdown`, "apply the migrations" no `migrate reset`)
        if (before - verbs) & act.classes:
            return False  # the action does the first request's act too (`migrate reset` for "reset" … "only migrate")
        items = frozenset(w for w in c.strong | c.weak if is_item(w))
        if act.hit(items) != items:
            continue  # about another thing ("only the stack feat-login" for another stack)
        return True
    return False


def bare(seg: str) -> bool:
    """A segment of nothing but a do-word, "now"-words and particles ("create je lah sekarang", the gloss of "buat je
    lah sekarang"): it names nothing, so it is about what was asked."""
    from automode.judge.intent.reask import _GO
    from automode.judge.intent.words import VERB_CLASSES_OF

    toks = [t for t in re.findall(r"[^\W\d_]+", seg.lower()) if len(t) > 3 and not _GO.fullmatch(t)]
    return len(toks) <= 1 and all(VERB_CLASSES_OF.get(t) for t in toks)  # (one do-word: not "create je build")
