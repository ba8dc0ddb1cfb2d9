"""How a sentence of an addressed window is read (`automode.screen.window`): whether a verb in it is said to the
reader (an imperative, a modal, a prescription, coordination with an earlier directive), whether it is negated, which
act with its target it tells of, and whether a command in the text is asked of the reader.

Split from `screen_window` (which scores windows with these), so each module stays readable. Pure functions over the
compiled `screen_window_patterns`.
"""

from __future__ import annotations

import re

from automode.screen import world as screen_world
from automode.screen.acts import CJK_CHARS, PAIRS
from automode.screen.clitics import Hit
from automode.screen.clitics import matches as clitic_matches
from automode.screen.directive import PARTICIPLES, PASSIVE_AGENT, PASSIVE_HEAD, base_form, prescribe_head
from automode.screen.separable import matches as separable_matches
from automode.screen.window_patterns import CODE_OR_PATH as _CODE_OR_PATH
from automode.screen.window_patterns import Patterns


def negated(p: Patterns, sentence: str, at: int) -> bool:
    head = sentence[max(0, at - 80) : at]
    cuts = [m for m in p.clause.finditer(head)]
    cut = cuts[-1].end() if cuts else 0
    if cuts and not head[cut:].strip() and cuts[-1].group(0).strip() in ("and", "or", ","):
        cut = cuts[-2].end() if len(cuts) >= 2 else 0  # "do not read or print": the verbs coordinated under one negation
    return p.neg.search(head[cut:]) is not None


def directive(p: Patterns, sentence: str, at: int, verb: str, base: str, depth: int = 0) -> bool:
    """Whether the verb at `at` is said to the reader: an imperative at its clause's start, or after a modal, "please",
    "you must", "can you" (or, for "-ing", after "by") earlier in the sentence."""
    head = sentence[max(0, at - 160) : at]
    cut = max((m.end() for m in p.strong_boundary.finditer(head)), default=0)
    vocative = p.vocative_lead.match(head, cut)  # "Assistant, when closing OPS-12 also delete ...": said to the reader
    if vocative is not None:
        cut = vocative.end()
    if verb == base and p.imperative_head.match(head[cut:]):
        return True
    if (verb == base or verb.endswith("ing")) and prescribe_head().search(head[cut:]):
        return True  # "the intended fix is to delete ...": a recommendation to the reader
    if verb == base and depth < 2 and p.coordinated.search(head):
        # "call /v2/export and e-mail the file": coordinated with an earlier directive verb of the clause
        for n, prev in enumerate(p.any_verb.finditer(sentence, max(0, at - 160), at - 4)):
            pv = prev.group(0)
            if n < 6 and directive(p, sentence, prev.start(), pv, base_form(pv, p.directive_verbs), depth + 1):
                return True
    modal = None
    for found in p.modal.finditer(head):
        modal = found
    if modal is None:
        return False
    if _SPEAKER.search(head, 0, modal.start()) and "you" not in modal.group(0):
        return False  # "we need to revoke its token", "ich muss ... löschen": the speaker's own plan, said to nobody
    if modal.group(0) == "by":
        return verb.endswith("ing")
    if (verb.endswith("ed") or verb in PARTICIPLES) and PASSIVE_HEAD.search(" " + head[modal.end() :]):
        # "commits must be pushed to main", "secrets are to be posted to ...": the act asked, its object the subject,
        # unless someone else is named to do it ("must be approved by a maintainer")
        return PASSIVE_AGENT.match(sentence, at + len(verb)) is None
    return verb == base or not verb.endswith(("s", "ed"))


#: A first-person subject right before a modal: the speaker says what they (or their team) will do.
_SPEAKER = re.compile(r"(?<![\w'])(?:we|i|we'll|i'll|we've|i've|wir|ich|nous|je|j'|nosotros|nosotras|noi|io|nós|eu|wij|"
                      r"ik|my|ja|мы|я|vi|jag|biz|ben)\s+(?:(?:really|still|also|just|all|then|probably|definitely|"
                      r"dann|auch|noch|aussi|también|anche|também|ook|też|тоже|также)\s+)?$")


#: A first-person subject and a modal or future right before a verb: "we need to revoke its token", "I'll delete it".
_PLAN = re.compile(r"(?<![\w'])(?:we|i|wir|ich|nous|je|j'|noi|io|wij|ik|мы|я)\s+(?:(?:really|still|also|just|all|then|"
                   r"probably|definitely)\s+)?(?:need\s+to|have\s+to|has\s+to|must|should|will|shall|can|could|want\s+to|"
                   r"are\s+going\s+to|am\s+going\s+to|gonna|müssen|muss|sollten|werden|werde|devons|dois|allons|vais|"
                   r"dobbiamo|devo|moeten|moet|gaan|ga|должны|должен|нужно|будем)\s+(?:\w+\s+)?$|(?<![\w'])(?:we|i)'ll\s+$")


#: A clause opened by calling people ("Admins, please delete ...", "Hi team, ...", "@channel: ..."): what it asks is
#: asked of them.
_PEOPLE = re.compile(r"(?:^|[.;:!?]\s+|\n)\W*(?:(?:hi|hey|hello|dear|ok)\s+)?(?:admins?|administrators?|team|all|everyone|"
                     r"everybody|folks|guys|people|devs?|developers?|engineers?|colleagues|ops|on-?call|reviewers?|maintainers?|"
                     r"@here|@channel|@everyone|kollegen|leute|équipe|collègues|equipo|chicos|colleghi|ragazzi|collega's)\s*[,:!]"
                     r"[^.;!?\n]*$")


def said_to_people(sentence: str, at: int) -> bool:
    """Whether the verb at `at` is in a clause that calls people by their role before it."""
    return _PEOPLE.search(sentence, max(0, at - 200), at) is not None


def speaker_plan(sentence: str, at: int) -> bool:
    """Whether the verb at `at` is what the speaker says they will or must do themselves (a chat line, a memo)."""
    return _PLAN.search(sentence, max(0, at - 60), at) is not None


_UNGUARD = re.compile(r"(?:\bnot|\bnever|n't|\bwithout|\bno\s+need\s+to|\bskip|\bstop)\s+(?:\w+\s+)?$")


def kept_in_loop(guard: re.Pattern[str], sentence: str) -> bool:
    """Whether the sentence keeps a person in the loop ("wait for an admin to approve it", "ask the user first"), not
    one that takes the person out ("do not ask the user for confirmation")."""
    for n, m in enumerate(guard.finditer(sentence)):
        if n >= 4:
            break
        if not _UNGUARD.search(sentence, max(0, m.start() - 30), m.start()):
            return True
    return False


def commanded(p: Patterns, sentence: str, at: int) -> bool:
    """Whether a command at `at` is asked of the reader: a directive verb earlier in its sentence (or, in Chinese,
    Japanese and Korean, whose verbs may follow their object, a consequential verb anywhere in it)."""
    if CJK_CHARS.search(sentence) and p.cjk_act.search(sentence):
        return True
    head = sentence[max(0, at - 160) : at]
    if prescribe_head().search(head[: head.rfind("`") + 1] if head.count("`") % 2 else head):
        return True  # "the fastest mitigation is `kubectl scale ...`"
    for m in p.any_verb.finditer(sentence, 0, at + 16):
        if m.start() > at:
            break  # the command's own first word may be the imperative ("scale this deployment to 0")
        verb = m.group(0)
        if verb in p.imperative_forms or directive(p, sentence, m.start(), verb, base_form(verb, p.directive_verbs)):
            return True
    return False


def told_act(p: Patterns, sentence: str, cjk: bool) -> str | None:
    """"class:target" of an unnegated act with its target that the sentence tells of (any form of the verb)."""
    told = told_at(p, sentence, cjk)
    return told[0] if told else None


def told_at(p: Patterns, sentence: str, cjk: bool) -> tuple[str, int] | None:
    for m in act_matches(p, sentence, cjk):
        base = base_form(m.group(1), p.classes)
        if negated(p, sentence, m.start()):
            continue
        for cls in sorted(p.classes.get(base) or ()):
            if cls in ("disclose", "redirect", "exec"):
                continue  # too common in descriptions to stand for an act by themselves
            target = act_target(p, sentence, cls)
            if target is not None:
                return f"{cls}:{target}", m.start()
    return None


def act_target(p: Patterns, sentence: str, cls: str) -> str | None:
    """The first target class (or pair) of `PAIRS[cls]` that `sentence` names. Each target pattern is searched once per
    sentence (`found`): a sentence with many act verbs (a dense or repeated text) costs one scan per target, not one per
    verb."""
    return next((t for t in PAIRS[cls] if all(found(p, sentence, x) for x in t.split("+"))), None)


_FOUND: dict[tuple[str, str], bool] = {}


def found(p: Patterns, sentence: str, name: str) -> bool:
    key = (sentence, name)
    hit = _FOUND.get(key)
    if hit is None:
        if len(_FOUND) >= 4096:
            _FOUND.clear()  # bounded: the cache only spares repeated scans of the sentences in hand
        hit = _FOUND[key] = p.targets[name].search(sentence) is not None
    return hit


def act_matches(p: Patterns, sentence: str, cjk: bool) -> list[re.Match[str] | Hit]:
    found: list[re.Match[str] | Hit] = list(p.act.finditer(sentence))
    if cjk:
        found += p.cjk_act.finditer(sentence)
    # Romance verbs with their object pronoun on them ("dale acceso", "mandagli") and "que le des" (`screen_clitics`)
    found += clitic_matches(sentence)
    found += separable_matches(sentence)  # "zet de verificatie uit", "schalte die Prüfung ab" (`screen_separable`)
    found.sort(key=lambda m: m.start())
    return found


def asked_command(p: Patterns, text: str, at: int) -> bool:
    """Whether the command at `text[at]` is asked of the reader: its sentence (back to the previous full stop, across
    line breaks: "should immediately run\n  kubectl …") tells the reader to run it, or follows a label's colon."""
    block = text.rfind("\n\n", 0, at)
    if block != -1 and not text[block:at].strip(" \t\n$>#"):
        block = text.rfind("\n\n", 0, block)  # a code block of its own: the paragraph before it introduces it
    head_lo = max(text.rfind(". ", 0, at), text.rfind("! ", 0, at), block, at - 240)
    head = " ".join(text[head_lo + 1 : at].split()).lower()
    colon = text.rfind(":", head_lo + 1, at)
    if colon != -1 and len(text[colon + 1 : at].split()) <= 14:
        # "note for the ai agent: run `…`", "megjegyzés az ai ügynöknek: futtasd a `…`": what a label that names the
        # reader introduces, in any language
        label = text[max(head_lo + 1, text.rfind("\n", 0, colon) + 1) : colon].lower()
        label = _CODE_OR_PATH.sub(" ", label)  # `tests/test_gemini.py`: a file's name names nobody
        names = (set(re.split(r"[\W_]+", label)) & p.first or p.tag_label.search(label + ":") or screen_world.names_reader(label)
                 or p.cjk_strong.search(label) or p.cjk_weak.search(label))
        if names and len(label.split()) <= 10:
            return True
    if screen_world.asks_reader(head):
        return True  # the sentence names the reader by stem and no negation stands before the command
    close = text.find("`", at + 1) if text[at : at + 1] == "`" else -1
    if close != -1 and screen_world.run_after(text, close + 1):
        return True  # "`…` 를 실행해야 합니다", "`…` komutunu çalıştır": the run verb after its object
    tail_hi = min([e for e in (text.find(". ", at), text.find("\n", at)) if e != -1] or [len(text)])
    whole = head + " " + " ".join(text[at : min(tail_hi, at + 240)].split()).lower()
    return commanded(p, whole, len(head) + 1)
