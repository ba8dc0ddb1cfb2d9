"""What the user held back (session 25, P4, issue 12): a negation, a reservation or a postponement scoped to one part of
a request, read from the English the gloss gives (`intent.gloss`, `lang_words_held`).

* `postponed(clause)`: the verb classes a clause puts off to later ("commit the retry fix, push later", "bump the
  version, publish it next week", "PRを作って、マージは後で"): the part of the clause with the postponing word, not the
  rest of it. `text.parse_message` makes them a boundary on that act (AM-JUDGE-001 through `judge.boundaries`), so the
  postponed verb is refused in any part of a compound command (`npm version minor && npm publish`), and takes them
  out of what the clause asks now; the parts asked now still release.
* `object_unread(text)`: a boundary whose object the reader could not take as a name because the word is also a
  verb ("don't delete the tag", "not the release", "don't push the build"): the boundary is about that one object, so
  an action that does exactly what the same message asked for by name is not what it fences
  (`judge.boundaries`, as "don't touch anything else"); every other act of the verb still is.
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.judge.intent.text_bounds import Boundary

#: Acts a postponement holds back: the ones that leave this machine or cannot be taken back.
HELD_ACTS = frozenset({"push", "force-push", "merge", "publish", "deploy", "send", "pay", "delete", "reset", "kill",
                       "install"})  # fmt: skip
#: Words that put an act off: later, tomorrow, next week, another time, not yet (a time of day alone is no deferral,
#: nor a duration or a deadline: "to zero for tonight", "until tomorrow", "by tomorrow").
_LATER = lazyre.compile(r"(?i)\b(?<!\bfor\s)(?<!\buntil\s)(?<!\btill\s)(?<!\bby\s)(?<!\bover\s)"
                        r"(?:later(?!\s+(?:than|version|versions|release|releases|one|ones)\b)|tomorrow|tonight|"
                        r"afterwards?|next\s+(?:week|month|sprint|time|release|cycle)|another\s+(?:time|day)|"
                        r"after\s+(?:lunch|dinner|the\s+weekend|the\s+holidays?|hours|the\s+freeze|the\s+demo|the\s+meeting)|"
                        r"some\s+other\s+(?:time|day)|for\s+later|not\s+(?:now|yet|today|tonight|right\s+now|right\s+away)|"
                        r"not\s+\w+\s+yet|(?:don'?t|do\s+not)\s+\w+\s+(?:\w+\s+){0,2}yet|"
                        # session 26 (Q4): "hold off on deleting it", "wait with the push"
                        r"hold\s+off|wait\s+(?:with|on|before)|(?:don'?t|do\s+not)\s+\w+\s+(?:\w+\s+){0,3}?for\s+now|"
                        # session 27 (R5): the act said as a noun that waits ("the push can wait", "apply must wait")
                        r"(?:can|will|must|should|has\s+to|have\s+to)\s+wait|waits)\b")
#: "For now" beside a keep ("keep the old key for now", "deja la vieja por ahora"): what is kept is not to be removed
#: yet (session 26, Q4); alone, "for now" is a temporary act ("skip the flaky test for now"), no deferral.
_FOR_NOW = lazyre.compile(r"(?i)\b(?:for\s+now|for\s+the\s+time\s+being|for\s+the\s+moment|until\s+further\s+notice)\b")
_KEEPING = lazyre.compile(r"(?i)\b(?:keep|leave|retain|preserve|hold\s+on\s+to)\b")
#: Where one part of a clause ends and the next begins: a comma, "and", "but", "then".
_PARTS = lazyre.compile(r"(?i)\s*[,;]\s*|\s+(?:and|but|then|while)\s+")
#: A condition or a purpose that carries the time ("once it's out later", "so we can push later"), or a state said
#: of a thing ("the PR is not yet merged", "it hasn't been deployed yet"): not a deferral.
_NOT_DEFER = lazyre.compile(r"(?i)\b(?:if|once|when|so\s+(?:that|we|i)|in\s+order\s+to|to\s+be|is|are|was|were|been|"
                            r"has|have|had|isn'?t|aren'?t|wasn'?t|hasn'?t|haven'?t|gets|got|\w+'s|\w+'re)\b")


def postponed(clause: str) -> list[tuple[str, frozenset[str]]]:
    """The parts of `clause` that carry a postponing word, each with the held acts (`HELD_ACTS`) it asks for."""
    later, for_now = _LATER.search(clause) is not None, _FOR_NOW.search(clause) is not None
    if not later and not for_now:
        return []
    from automode.judge.intent.words import tokens, verb_classes

    out: list[tuple[str, frozenset[str]]] = []
    for part in _PARTS.split(clause):
        if not part or _NOT_DEFER.search(part) is not None:
            continue
        if _LATER.search(part) is not None:
            acts = verb_classes(tokens(part), part) & HELD_ACTS or _noun_acts(part)
            if acts:
                out.append((part, frozenset(acts)))
        elif _FOR_NOW.search(part) is not None and _KEEPING.search(part) is not None:
            out.append((part, frozenset({"delete"})))  # "keep the old key for now": its removal waits
    return out


#: The verbs of doing that carry an act said as a noun to a later time ("apply comes later", "the push happens
#: tomorrow", "the publish can wait"): no object of the act.
_DEFER_PREDICATE = lazyre.compile(r"(?i)\b(?:comes?|coming|happens?|happening|will\s+happen|goes|is\s+due|takes\s+place|"
                                  r"(?:can|will|must|should|has\s+to|have\s+to)\s+wait|waits|we\s+do\s+it)\b")


def _noun_acts(part: str) -> frozenset[str]:
    """The held acts a part names as nouns before a deferring predicate ("the apply happens tomorrow")."""
    if _DEFER_PREDICATE.search(part) is None:
        return frozenset()
    from automode.judge.intent.words import VERB_CLASSES_OF, tokens

    head = part[: _DEFER_PREDICATE.search(part).start()]  # type: ignore[union-attr]
    return frozenset(c for t in tokens(head) for c in VERB_CLASSES_OF.get(t, frozenset())) & HELD_ACTS


def asked_now(clause: str) -> frozenset[str]:
    """The verb classes the parts of `clause` without a postponing word ask for."""
    from automode.judge.intent.words import tokens, verb_classes

    out: set[str] = set()
    for part in _PARTS.split(clause):
        if part and _LATER.search(part) is None and not (_FOR_NOW.search(part) and _KEEPING.search(part)):
            out |= verb_classes(tokens(part), part)
    return frozenset(out)


#: The word after a negated verb (and a determiner): its object, whatever else the word can be ("the tag", "its
#: build", "label" read from "不要删除标签").
_AFTER_NEG = lazyre.compile(r"(?i)\b(?:don'?t|do\s+not|never|not)\s+(?:yet\s+)?[a-z][\w-]*\s+"
                            r"(?:(?:the|its|their|his|her|my|our|your|this|that|these|those|any)\s+)?([a-z][a-z-]{2,})\b")


def object_unread(text: str) -> bool:
    """The boundary `text` names its object by a word the reader takes for a verb ("don't delete the tag")."""
    m = _AFTER_NEG.search(text)
    if m is None:
        return False
    from automode.judge.intent.words import VERB_WORDS

    return m.group(1).lower() in VERB_WORDS


def without_time(part: str) -> str:
    """A postponed part without its postponing words ("push it next week": "push it"): they name no object."""
    return _DEFER_PREDICATE.sub(" ", _KEEPING.sub(" ", _FOR_NOW.sub(" ", _LATER.sub(" ", part))))


def about_a_kind(b: Boundary) -> bool:
    """A verb boundary about one kind of object only, named by its kind ("don't delete the bucket", "tagは消さないで")
    or by a word the reader takes for a verb ("don't delete the tag"), with no name of its own: an action the same
    words ask for by name, in full, is not what it fences (`judge.boundaries`, beside "anything else")."""
    if b.kind != "verb" or b.strong:
        return False
    if not b.weak:
        return object_unread(b.text)
    from automode.judge.intent.lexicon import KIND_NOUNS

    return all(w in KIND_NOUNS or any(w in nouns for nouns in KIND_NOUNS.values()) for w in b.weak)
