"""Matching the user's words against an action: object names, authorising requests, boundaries in force."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from automode import lazyre
from automode.dc import replace
from automode.judge.intent.clause_tails import with_lists
from automode.judge.intent.gloss import gloss as gloss_of
from automode.judge.intent.gloss import language
from automode.judge.intent.held import CHANGE_VERBS as CHANGE_VERBS
from automode.judge.intent.held import HELD_VERBS as HELD_VERBS
from automode.judge.intent.intent_types import Intent as Intent
from automode.judge.intent.intent_types import Said as Said
from automode.judge.intent.later import HOLD
from automode.judge.intent.object_named import cloud_identity_named, describing_only
from automode.judge.intent.object_said import (
    _ENV_WORDS,
    _composed,
    _kind_said,
    _names,
    _names_kind,
    _project_env_store,
)
from automode.judge.intent.object_said import GENERIC_WORDS as GENERIC_WORDS
from automode.judge.intent.object_said import IRREVERSIBLE as IRREVERSIBLE
from automode.judge.intent.objnames import VERSION as VERSION
from automode.judge.intent.objnames import _bounded_in as _bounded_in
from automode.judge.intent.objnames import object_matches as object_matches
from automode.judge.intent.objnames import version_key as version_key
from automode.judge.intent.places import name_tokens, named_within, path_matches, stem
from automode.judge.intent.reask import reasked
from automode.judge.intent.stance import act_said_again, narrowed_to, narrowing_text, ordinal
from automode.judge.intent.text import (
    DRAFT_STRIPS,
    FOR_REAL,
    PERMIT,
    SAID,
    VERB_WORDS,
    Boundary,
    Clause,
    idents,
    parse_message,
)
from automode.judge.intent.words import REWRITE as _REWRITE

if TYPE_CHECKING:
    from automode.judge.intent.facts import Target

#: "that"/"which" opening a relative clause after a noun ("the files that are gone", "the ones which I deleted").
_RELATIVE = lazyre.compile(r"(?<=[a-z])\s+(?:that|which)\s+(?=(?:are|is|was|were|have|has|had|i|we|you|they|he|she|"
                           r"no\s+longer|still|used\s+to)\b)")
_THE_ONES = lazyre.compile(r"\b(?:the|those)\s+ones\b")
_PRONOUN = lazyre.compile(r"\b(it|them|that|this|those|these|both|everything|him|her)\b")


#: A message opening with a refusal and going on ("no, open a PR instead", "nein, lieber …", "nie, jednak …"): a
#: correction of what was asked before, in the languages of the gloss ("no worries" is no refusal: no mark after it).
_CORRECTION = lazyre.compile(r"(?i)^\s*(?:no|nope|nah|nein|nee|non|nie|n[ãa]o|nej|ne|нет|ні|hay[ıi]r|не|いや|いいえ|아니|아뇨|"
                             r"不|不是|不要|لا)\s*[,!.;:\u2014\u2013\uff0c\u3001]\s*(?=\S)")


#: A word that is a value (an address, a path, an id, a version): what a gloss may cut from a particle.
_VALUE_LIKE = lazyre.compile(r"[@/\d]|\w\.\w|\w-\w")


@lru_cache(maxsize=256)
def session_intent(
    messages: tuple[str, ...], instructions: tuple[str, ...], config_bounds: tuple[str, ...], named: tuple[str, ...] = ()
) -> Intent:
    """The session's requests and boundaries, reading messages in order: a later withdrawal ("hold off", "not yet")
    suspends what was asked before until it is asked again or the user consents ("go ahead"); a request that waits for
    the user ("once I say so", "after I review it") is suspended from the start. "It", "that", "them" name what the
    user named last, in any message (a question or a remark: "the parkr_dev database is corrupted" … "yes, wipe it"),
    or before the transcript window, in the values the session memory kept (`named`)."""
    requests: list[Said] = []
    suspended: list[tuple[Said, str]] = []
    bounds: list[tuple[int, Boundary]] = []
    amounts: set[float] = set()
    last: tuple[frozenset[str], frozenset[str]] = (frozenset(v.lower() for v in named), frozenset())
    sources = [(-2, t) for t in config_bounds] + [(-1, t) for t in instructions] + list(enumerate(messages))
    rewrote = False  # a message asked to rewrite the branch's history: a later push of it must force
    spoken: str | None = None  # the language of the user's messages so far
    for idx, text in sources:
        corrected = _CORRECTION.match(text) if idx >= 0 and requests else None
        if corrected is not None:
            # "no, do a normal PR after all", "nie, jednak zrób PR": the request before is replaced by what follows
            held = [r for r in requests if r.index >= 0 and r.clause.verbs & HELD_VERBS]
            requests = [r for r in requests if r not in held]
            suspended += [(r, text[:120]) for r in held]
            text = text[corrected.end():]
        msg = parse_message(text, spoken if idx >= 0 else None)  # (a short reply read in the language of the one before)
        if idx >= 0:
            spoken = language(text[:2000]) or spoken
        amounts |= msg.amounts
        # "don't rerun it": a run boundary is about what was named last; with nothing named it fences nothing
        bounds += [(idx, rb) for b in msg.boundaries if (rb := _resolved(b, last) if idx >= 0 else b) is not None]
        if idx == -2:
            continue
        took_back = False  # this message held what was asked before: its "cancel that" asks for nothing itself
        if idx >= 0 and msg.hold and _narrowing(idx, text, msg.clauses, requests) is None:
            # ("vent, kun stacken feat-login": a wait that narrows asks for the narrowed act, read below)
            held = [r for r in requests if r.index >= 0 and r.clause.verbs & HELD_VERBS]
            took_back = bool(held)
            if held:
                requests = [r for r in requests if r not in held]
                suspended += [(r, msg.hold) for r in held]
                asked_now = frozenset().union(*(c.verbs for c in msg.clauses if not c.question)) if msg.clauses else frozenset()
                verbs = frozenset().union(*(r.clause.verbs & DRAFT_STRIPS for r in held)) - asked_now
                bounds.append((idx, Boundary("hold", verbs, frozenset(), frozenset(), None, msg.hold)))  # (`withdrawn`)
        if idx >= 0 and msg.withdrawn:
            requests, suspended, bounds = _take_back(idx, msg.withdrawn, requests, suspended, bounds)
        if idx >= 0 and not msg.consent and any(c.verbs - {"read"} and not c.question for c in msg.clauses):
            # the next task ends a permission given for one occasion ("skip the hook for this commit")
            requests = [r for r in requests if not r.clause.once or r.index < 0]
        if idx >= 0 and msg.consent:
            # "go ahead": what was waiting is asked for now (a later index lifts the holds it was under)
            for r, _ in suspended:
                requests.append(Said(idx, _unconditional(r.clause), r.strong, r.weak))
            requests += [Said(idx, _unconditional(r.clause), r.strong, r.weak) for r in requests
                         if r.clause.condition and r.index < idx]  # fmt: skip
            suspended = []
        narrowed = _narrowing(idx, text, msg.clauses, requests)
        if narrowed is not None:  # "actually only staging", "only mine, the ones starting with ines/"
            requests = narrowed[0]
            bounds += [(idx, b) for b in narrowed[2]]  # the members of the list it did not pick are left out
        ms = frozenset().union(*(c.strong for c in msg.clauses)) if msg.clauses else frozenset()
        mw = frozenset().union(*(c.weak for c in msg.clauses)) if msg.clauses else frozenset()
        before = last
        if not ms and not mw and idx >= 0:
            ms, mw = last  # "deploy it now": the objects named last
        elif idx >= 0 and not ms:
            ms = last[0]  # "yes, drop it, nothing reads it": the specific names came earlier
        for c in with_lists(msg.clauses):
            if c.question or not c.verbs or (narrowed is not None and c.text == narrowed[1]):
                continue
            if took_back and HOLD.match(c.text):
                continue  # "delete a and b" … "cancel that": a withdrawal, not a request to cancel (delete) them
            if rewrote and "push" in c.verbs:
                c = replace(c, verbs=c.verbs | {"force-push"})  # "rebase my branch on main" … "looks good, push it"
            # "it", "them", nothing named, or a permission ("the usual installer is fine"): the message's objects
            # ("the files that are gone": a relative clause, no reference; "the ones that are merged": "the ones" is)
            pronoun = bool(_PRONOUN.search(_RELATIVE.sub(" ", c.text)) or _THE_ONES.search(c.text))
            wide = pronoun or not (c.strong or c.weak) or bool(PERMIT.match(c.text))
            said = Said(idx, c, c.strong | ms if wide else c.strong, c.weak | mw if wide else c.weak)
            if pronoun and idx >= 0 and all(x.lstrip("#").isdigit() for x in c.strong):
                # "plan looks fine, apply it": "it" is what was named before too (the staging plan); a number in the
                # clause is a reference ("skip it for now, it's tracked in #311"), not what "it" points at
                said = Said(idx, c, said.strong | before[0], said.weak | before[1])
            if (again := reasked(said, c, idx, suspended, pronoun, _left_as_is(text, spoken) if suspended else frozenset())) is not None:  # "ok, put it on auto-merge then"
                said = Said(idx, *again)  # (what the pause held)
            if c.condition == "user":
                suspended.append((said, c.text))
            else:
                requests.append(said)
            if said.strong or said.weak:
                last = (said.strong, said.weak)
        if idx >= 0 and suspended and not msg.hold and not msg.withdrawn and not corrected:
            requests, suspended = _echoed(idx, text, spoken, messages, requests, suspended)  # "sawa, nimemaliza, ifute"
        if idx >= 0 and last == before and ms - last[0] and not msg.hold:
            last = (ms, frozenset())  # a message that asks nothing still names what "it" will mean next
        rewrote = rewrote or (idx >= 0 and any(_REWRITE.search(c.text) for c in msg.clauses if not c.question))
        redo = _REDO_HEAD.match(text.lower()) if idx >= 0 and last == before else None
        if redo is not None and redo.group(1) not in VERB_WORDS:
            last = (last[0], frozenset({redo.group(2)}))  # "retrain the model": "it" is the training run
    live = [(i, b) for i, b in bounds if not _lifted(i, b, requests)]
    text = "\n".join(t for _, t in sources).lower()
    # values the gloss cut from a particle ("li@x.example에게", "acme-devで"): looked up as the user gave them (s20 K4)
    cut = {w.strip(".,;:") for _, t in sources if language(t[:2000]) for w in gloss_of(t[:4000]).lower().split()
           if _VALUE_LIKE.search(w) and w.strip(".,;:") not in text}
    text = text + ("\n" + " ".join(sorted(cut)) if cut else "")
    return Intent(tuple(reversed(requests)), tuple(live), text, frozenset(amounts), bool(messages),
                  tuple(reversed(suspended)))  # fmt: skip


def _left_as_is(text: str, hint: str | None) -> frozenset[str]:
    """The words of a message in another language that its gloss left as they were and that are no English words nor
    names ("beleza, já podem apagar": beleza, podem): they name nothing a request is about."""
    from automode.judge.intent.gloss import _ENGLISH
    from automode.judge.intent.stance import is_item

    read = gloss_of(text[:4000], hint)
    if read == text[:4000]:
        return frozenset()
    said = {w for w in re.findall(r"[^\W\d_][\w'-]*", text.lower())}
    kept = {w for w in re.findall(r"[^\W\d_][\w'-]*", read.lower())}
    return frozenset(w for w in said & kept if w not in _ENGLISH and not is_item(w))


def _echoed(idx: int, text: str, hint: str | None, messages: tuple[str, ...], requests: list[Said],
            suspended: list[tuple[Said, str]]) -> tuple[list[Said], list[tuple[Said, str]]]:
    """A later message that repeats the word that asked for a suspended request, with no mark of a no
    (`reask_echo`): that request is asked again, by this message, about what it named."""
    from automode.judge.intent.reask_echo import echoed

    for r, _why in reversed(suspended):
        if not 0 <= r.index < idx or any(q.index == idx and q.clause.verbs & r.clause.verbs for q in requests):
            continue
        if echoed(text, hint, messages[r.index], None, r.clause.strong | r.clause.weak):
            again = Said(idx, replace(r.clause, text=f"{text} ({r.clause.text})"), r.strong, r.weak)
            return [*requests, again], [(q, w) for q, w in suspended if q is not r]
    return requests, suspended


#: A message that narrows the request before it: "actually only staging", "just the ones starting with ines/".
_NARROW = lazyre.compile(r"^\W*(?:(?:actually|wait|sorry|ok|okay|oh|no|hmm|but|and|for\s+now|rather)\W+)*(?:only|just)\b",
                         re.I)  # ("no wait, for now only staging")
_NARROW_HEADS = frozenset({"the", "those", "these", "that", "this", "my", "mine", "our", "ours", "on", "in", "for", "to",
                           "one", "ones", "two", "three",
                           # articles of the languages a narrowing is read from ("seulement le fichier config", "solo el
                           # archivo", "nur den worker", "alleen het"): a noun phrase follows, not an imperative
                           "le", "la", "les", "l", "el", "los", "las", "il", "lo", "gli", "der", "die", "das", "den", "dem",
                           "het", "de", "o", "os", "as", "det", "ett"})
_PATTERN_PHRASE = lazyre.compile(r"\b(?:starting|beginning|ending|prefixed|suffixed)\s+(?:with|by)\b")


def _narrowing(idx: int, text: str, clauses: tuple[Clause, ...], requests: list[Said],
               ) -> tuple[list[Said], str, list[Boundary]] | None:
    """A message that only narrows what was asked last ("deploy the berth slots branch" … "actually only staging";
    "clean up the stale branches on origin" … "actually only mine, the ones starting with ines/"): those requests
    now name what the narrowing names (its own names replace theirs; its describing words are added), and the
    narrowing clause asks nothing of its own. (requests, the narrowing clause's text), None when it is no narrowing."""
    read = narrowing_text(text) if idx >= 0 and clauses else text  # "nur den worker", "session:1 だけ"
    asked = frozenset().union(*(r.clause.verbs for r in requests if 0 <= r.index < idx)) - {"read"}
    text = act_said_again(read, asked) if idx >= 0 and clauses else read  # "oh, only drop tmp_a"
    m0 = _NARROW.match(text) if idx >= 0 and clauses else None
    if m0 is None:
        return None
    head = re.match(r"\s*([\w./:@-]+)", text[m0.end():])
    word = head.group(1).lower() if head else ""
    if not (word in _NARROW_HEADS or word in _ENV_WORDS or re.search(r"[-/_.0-9]", word)
            or any(word in r.clause.weak or stem(word) in {stem(w) for w in r.clause.weak} for r in requests
                   if 0 <= r.index < idx)):  # "delete dist and build" … "nur dist"; "all stacks" … "only stack X"
        return None  # "ok just pin it back to 1.59.1": an imperative, not a part of the request before
    c0 = clauses[0]
    if c0.question or (c0.verbs and not (c0.verbs <= {"create", "run"} and _PATTERN_PHRASE.search(c0.text))
                       and not (text != read and c0.verbs <= asked) and not _verbs_name_objects(c0.text, requests, idx)):
        return None
    prev = [r for r in requests if 0 <= r.index < idx and r.clause.verbs - {"read"}]
    m = _NARROW.match(text)
    span = re.split(r"[,;.!?]|\s[-–—]\s|\bbut\b", text[m.end() if m else 0:], maxsplit=1)[0]
    if _PATTERN_PHRASE.search(text) and not re.search(r"[/\w-]{2,}[/_:*-]", span):
        span = text[m.end() if m else 0:]  # "only mine, the ones starting with ines/": the pattern says which
    n_strong, n_weak = idents(span)  # only the narrowing words ("only staging", not "prod is frozen" after it)
    n_weak = n_weak - {"mine", "ones", "one", "starting", "beginning", "ending", "prefixed", "suffixed"}
    if not n_strong and not n_weak:  # "solo il file dump": a word of a name the request gave (dump.sql)
        n_weak = frozenset(w for w in re.findall(r"[\w-]+", span.lower()) if len(w) >= 3 and w in _object_parts(requests, idx))
    if not prev or not (n_strong or n_weak or ordinal(span)):
        return None
    latest = max(r.index for r in prev)
    out: list[Said] = []
    left: list[Boundary] = []
    for r in requests:
        if r in prev and r.index == latest:
            # "tmp_a, tmp_b and tmp_c" … "only tmp_a" / "just the first one": tmp_a picked, the others left out
            ns, ls, lw = narrowed_to(r.clause.text, span, n_strong | n_weak)
            nw = frozenset() if ns else n_weak
            ns = ns or n_strong
            if (ls or lw) and r.clause.verbs & HELD_VERBS:
                left.append(Boundary("withdrawn", r.clause.verbs & HELD_VERBS, ls, lw, None, f"{c0.text} (not {', '.join(sorted(ls | lw))})"))
            strong = ns or (r.clause.strong - ls)  # (the names left out are no longer asked for)
            weak = nw | (frozenset() if ns else r.clause.weak - lw)
            kept = r.clause.text
            for x in ls:  # (the names left out are no longer in what the request says: "report.csv and dump.sql")
                kept = re.sub(rf"(?<![\w./-]){re.escape(x)}(?![\w/-]|\.\w)", "", kept)
            if ls:
                kept = re.sub(r"\s*(?:,|\band\b|\bor\b)\s*(?=(?:,|\band\b|\bor\b|$))", "", " ".join(kept.split()))
            c = replace(r.clause, text=f"{' '.join(kept.split())} ({c0.text})", strong=strong, weak=weak)
            out.append(Said(idx, c, strong | (r.strong - r.clause.strong if not ns else frozenset()), weak))
        else:
            out.append(r)
    return out, c0.text, left


def _verbs_name_objects(clause: str, requests: list[Said], idx: int) -> bool:
    """Every word of a narrowing clause that could be a verb names an object of the requests before it ("in effetti
    solo il file dump" after "elimina report.csv e dump.sql": `dump` is the file, not an act)."""
    from automode.judge.intent.words import VERB_CLASSES_OF

    verbs = [w for w in re.findall(r"[\w-]+", clause.lower()) if VERB_CLASSES_OF.get(w)]
    objs = _object_parts(requests, idx)
    return bool(verbs) and all(w in objs for w in verbs)


def _object_parts(requests: list[Said], idx: int) -> set[str]:
    """The words of the names the requests before message `idx` gave (`dump.sql`: dump, sql)."""
    return {p for r in requests if 0 <= r.index < idx for n in r.clause.strong | r.clause.weak
            for p in re.split(r"[^\w-]+|[-_]", n.lower()) if p}


def _take_back(idx: int, parts: tuple[tuple[str, frozenset[str], frozenset[str], frozenset[str]], ...],
               requests: list[Said], suspended: list[tuple[Said, str]], bounds: list[tuple[int, Boundary]],
               ) -> tuple[list[Said], list[tuple[Said, str]], list[tuple[int, Boundary]]]:
    """A message that takes back or defers a named part of what was asked ("never mind e2e, just run the unit tests",
    "we'll do prod tomorrow"): the requests that name it are suspended, and acting on it is fenced until the user asks
    for it again. A part no request named ("prod" after "run it against staging") fences the acts asked for last."""
    for text, ws, ww, verbs in parts:
        hit = [r for r in requests if 0 <= r.index < idx and _about(r, ws, ww)]
        # "close 41 and 42" … "never mind 42": the request stands for 41; 42 is fenced below
        whole = [r for r in hit if not (ws and ws < r.clause.strong and not ww - GENERIC_WORDS)]
        if hit:
            requests = [r for r in requests if r not in whole]
            suspended = suspended + [(r, text) for r in whole]
        elif not verbs:
            latest = max((r.index for r in requests if 0 <= r.index < idx), default=None)
            hit = [r for r in requests if r.index == latest]
        acts = (verbs or frozenset().union(*(r.clause.verbs for r in hit))) & HELD_VERBS if hit or verbs else frozenset()
        if acts:
            bounds = [*bounds, (idx, Boundary("withdrawn", acts, ws, ww, None, text))]
    return requests, suspended, bounds


def _about(r: Said, strong: frozenset[str], weak: frozenset[str]) -> bool:
    """The request names the part a later message takes back ("the full e2e suite" and "e2e")."""
    if r.strong & strong:
        return True
    own = weak - GENERIC_WORDS or weak  # "never mind the staging e2e" is about e2e; "prod can wait" about prod
    return bool({stem(w) for w in own} & {stem(w) for w in r.weak | r.clause.weak})


def _about_again(r: Said, b: Boundary) -> bool:
    """A later request names what a withdrawal took back: a name of it, or a word of it in another form ("the reviews"
    for "as reviewers")."""
    if r.strong & b.strong:
        return True
    mine = {w[:5] if len(w) >= 5 else w for w in r.clause.weak - GENERIC_WORDS}
    return bool(mine & {w[:5] if len(w) >= 5 else w for w in b.weak - GENERIC_WORDS})


_REDO_HEAD = lazyre.compile(r"^\W*(?:please\s+|can\s+you\s+|could\s+you\s+)?(re-?([a-z]{4,}))\b")


def _resolved(b: Boundary, last: tuple[frozenset[str], frozenset[str]]) -> Boundary | None:
    if b.kind != "verb" or b.strong or b.weak or {v for v in b.verbs if not v.startswith(SAID)} != {"run"}:
        return b
    if not last[0] and not last[1]:
        return None
    return Boundary(b.kind, b.verbs, last[0], last[1], b.scope, b.text)


def _unconditional_said(r: Said) -> Said:
    return Said(r.index, _unconditional(r.clause), r.strong, r.weak)


def _unconditional(c: Clause) -> Clause:
    return Clause(c.text, c.verbs, c.strong, c.weak, c.question, "", c.draft, c.once)




def _lifted(idx: int, b: Boundary, requests: list[Said]) -> bool:
    """A boundary from message i is lifted by a later message asking for that very kind of act."""
    if idx < 0:
        return False  # configuration and project instructions are never lifted by the session
    if b.kind == "dryrun" and any(r.index > idx and not r.clause.draft and FOR_REAL.search(r.clause.text)
                                  for r in requests):
        return True  # "dry run is clean, publish 0.9.2 for real": the dry run asked before is over
    for r in requests:
        verbs = r.clause.verbs | ({"touch"} if r.clause.verbs & CHANGE_VERBS else set()) | \
            ({"said:run"} if "run" in r.clause.verbs else set())  # ("now run its install script" after "run nothing")
        if b.kind == "withdrawn" and r.index > idx and r.clause.verbs and _about_again(r, b):
            return True  # "it's ready, request the reviews": what was put off is asked for again, in any words
        if r.index <= idx or not (verbs & b.verbs):
            continue
        if b.kind == "scope":
            continue  # lifted per object instead (see `scope_allows`)
        if not (b.strong or b.weak):
            return True
        if (r.strong & b.strong) or ({stem(w) for w in r.weak} & {stem(w) for w in b.weak}):
            return True
    return False


#: A recipient, a URL, an account number (`pkg@3.2.0-beta.4` is a package at its version, no recipient).
_VALUE = lazyre.compile(
    r"[\w.+-]+@(?!v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?(?![\w.]))[\w-]+(?:\.[\w-]+)+|\b(?:https?|ftp|wss?)://[^\s\"'<>]+|\b[A-Z]{2}\d{2}[A-Z0-9]{8,30}\b"
)


#: Accounts that log in to machines (cloud images' default users, service accounts): `root@host` is an ssh
#: destination, and the host is what the user names.
LOGIN_USERS = frozenset({"root", "admin", "deploy", "ubuntu", "ec2-user", "centos", "debian", "fedora", "core", "pi",
                         "nixos", "git", "ansible", "opc", "azureuser", "bitnami", "vagrant", "alpine", "arch"})  # fmt: skip


def _ssh_login_named(value: str, text: str) -> bool:
    user, _, host = value.partition("@")
    first = host.split(".", 1)[0]
    return user in LOGIN_USERS and (host in text or (len(first) >= 3 and first in text and lazyre.built(rf"\b{re.escape(first)}\b").search(text) is not None))


def foreign_values(objects: tuple[str, ...], intent: Intent, r: Said | None = None) -> list[str]:
    """Recipients, URLs and account numbers among the objects that appear nowhere in the user's words. With a request
    `r` that names the install method, a URL on the named tool's own domain (`get.pnpm.io` for "pnpm") is named."""
    out: list[str] = []
    vendor = {stem(w) for w in r.weak | r.strong if len(w) >= 3} if r is not None and _METHOD.search(r.clause.text) else set()
    for o in objects:
        for v in _VALUE.findall(o):
            v2 = v.lower().rstrip("/.,")
            host = v2.split("://", 1)[1].split("/", 1)[0].split(":", 1)[0] if "://" in v2 else None
            if v2 in intent.text or (host is not None and host in intent.text):
                continue
            if host in _FORGES and _repo_path(v2) in intent.text:
                continue  # `https://github.com/jdoe/dotfiles` for "clone jdoe/dotfiles": the repository by its name
            if cloud_identity_named(v2, intent.text):
                continue  # `ci@proj.iam.gserviceaccount.com` for "the ci service account in proj": an identity, no recipient
            if _ssh_login_named(v2, intent.text):
                continue  # `root@pantry.lan` is a login on the host "pantry" the user named, not a mail recipient
            if r is not None and host is not None and _url_named(v2, host, r, intent.text):
                continue  # `DELETE http://es-dev.int:9200/logs-2024.10.01` for "index logs-2024.10.01 on the dev es"
            labels = host.split(".") if host else []
            if len(labels) >= 2 and stem(labels[-2]) in vendor:
                continue
            out.append(v)
    return out


#: Code forges whose URLs name a repository as `owner/name`.
_FORGES = frozenset({"github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "git.sr.ht", "gitee.com"})


def _repo_path(url: str) -> str:
    """`owner/name` of a forge URL (never empty: a URL with no such path gives the whole URL)."""
    segs = [x for x in url.split("://", 1)[-1].split("?", 1)[0].split("/")[1:] if x]
    return "/".join(segs[:2]).removesuffix(".git") if len(segs) >= 2 else url


_LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "0.0.0.0", "::1", "[::1]"})
#: The API endpoints of the clouds' own services (AWS, Google Cloud, Azure): a queue or table URL there names the
#: service by its region, never a host the agent picked.
_CLOUD_API_DOMAINS = (".amazonaws.com", ".amazonaws.com.cn", ".googleapis.com", ".core.windows.net", ".azure.com")


def _url_named(url: str, host: str, r: Said, text: str) -> bool:
    """A service's URL named by its parts: the thing it acts on (its last path segment) is a name the request gives,
    and its host is this machine or one the user's words describe by its first label (`es-dev` for "the dev es
    cluster"). Which environment the host is in is `scope.beyond`'s to compare."""
    path = url.split("://", 1)[1].split("?", 1)[0].split("#", 1)[0]
    segs = [x for x in path.split("/")[1:] if x]
    if len(segs) >= 2 and segs[-1].lower() in _api_acts() and segs[-2].lower() not in _api_acts():
        # `…/users/00u1…/lifecycle/suspend`, `…/alerts/ID/acknowledge`: the act's own words close the path, the
        # object is the id before them (session 21, L5)
        segs = [x for x in segs[:-1] if x.lower() != "lifecycle"] if segs[-2].lower() == "lifecycle" else segs[:-1]
        if host not in _LOCAL_HOSTS and segs and segs[-1] in r.strong and _service_said(host, text):
            return True
    if segs and host not in _LOCAL_HOSTS and segs[-1] in r.strong and _ID_LIKE.search(segs[-1]) and _known_api(host):
        return True  # an id the user gave, at the end of a known service's API path (`…/dns_records/7c41aa09e2`)
    if not segs:  # a server's base URL is where it acts ("the jenkins job old-build": `-s http://jenkins.local/`)
        return len(first := host.split(".", 1)[0]) >= 3 and re.search(rf"\b{re.escape(first)}\b", text) is not None
    if host.endswith(_CLOUD_API_DOMAINS):
        # (a cloud's own endpoint, `sqs.us-east-1.amazonaws.com`, is the service itself, not a recipient: its queue
        # `…/111122223333/orders-dev` is named by "the dev orders queue")
        return segs[-1] in r.strong or _composed(name_tokens(segs[-1]), r)
    if segs[-1] not in r.strong:
        return False  # (a script's name, `install.sh`, is no name the user gave: "the usual curl | sh" names no host)
    if host in _LOCAL_HOSTS:
        return True
    words = set(re.findall(r"[a-z0-9]+", text))
    if any(len(p) >= 2 and p in words for p in re.split(r"[-_]", host.split(".", 1)[0])):
        return True
    # the object and the container it lives in, both by their names (`…/_snapshot/backup_s3/nightly-2026-11-30` for
    # "the nightly-2026-11-30 snapshot in the backup_s3 repo"): the path says which server's object it is
    if any(len(x) >= 3 and not x.startswith("_") and x in r.strong for x in segs[:-1]):
        return True
    # a forge's `owner/name` spelled across two segments (`…/repos/azienda/infra-docs/collaborators/marco-rossi` for
    # "marco-rossi … the azienda/infra-docs repo"): the container named as the user wrote it
    from itertools import pairwise

    return any(f"{a}/{b}".lower() in r.strong for a, b in pairwise(segs[:-1]))


def _api_acts() -> frozenset[str]:
    from automode.judge.intent.vocab import ACT_WORDS

    return ACT_WORDS


#: An id as people quote it: six characters or more, with a digit (a record id, a uuid, an account number).
_ID_LIKE = lazyre.compile(r"^(?=.*\d)[\w.:-]{6,}$")


def _known_api(host: str) -> bool:
    """The host answers for a service the API tables know (`knowledge.httpapi`: api.cloudflare.com, api.github.com)."""
    from automode.knowledge.httpapi import service_of

    return service_of(host) is not None


def _service_said(host: str, text: str) -> bool:
    """A label of the API's host other than its top level is a word of the user's ("okta" for summit.okta.com,
    "opsgenie" for api.opsgenie.com): the service is named."""
    words = set(re.findall(r"[a-z0-9-]+", text)) | set(re.findall(r"[a-z0-9]+", text))
    labels = host.lower().split(".")[:-1]
    return any(len(x) >= 4 and x not in ("www", "api", "apis") and x in words for x in labels)


#: "my branch", "this branch", "the current branch": the branch the session is on, named without its name.
_MY_BRANCH = lazyre.compile(r"\b(?:my|this|the\s+current|current|our|the\s+feature|the)\s+(?:feature\s+)?branch\b")
#: The request names how to install ("their install script", "the usual installer", "curl | sh"): then a vendor's own
#: host (its registrable name is the tool the user named) counts as named.
_METHOD = lazyre.compile(r"\b(?:installer|installers|(?:install|installation|setup|bootstrap)\s+script|script|curl|wget)\b|\|\s*(?:ba)?sh\b")


@lru_cache(maxsize=4096)
def _says_words(text: str) -> frozenset[str]:
    """A clause's words for the kind of change it says (whole tokens, and their letter runs: "read_only", "read")."""
    return frozenset(re.findall(r"[a-z0-9_]+", text)) | frozenset(re.findall(r"[a-z]+", text))


_ASSIGNMENT = lazyre.compile(r"^[A-Za-z_][A-Za-z0-9_]{1,63}=\S{1,200}$")


def _assignment_said(objects: tuple[str, ...], text: str) -> bool:
    """A setting written out as the action has it (`LOG_LEVEL=debug` for `heroku config:set LOG_LEVEL=debug`): the
    assignment says what is stored, as a kind word would (session 22); every assignment the action makes is said."""
    sets = [o for o in objects if _ASSIGNMENT.match(o)]
    return bool(sets) and all(lazyre.whole(o.lower(), text, r"[\w=-]") for o in sets)


def authorisation(t: Target, intent: Intent, root: str, home: str, *, waits_for_ci: bool = False,
                  branch: str | None = None, tests_first: bool = False, acts: str = "") -> tuple[str, Said | None]:
    """("full" | "partial" | "none", the request that matched best). A request made "once CI passes" is only partial
    for an action that does not itself wait for CI; "my branch" names the session's current `branch`."""
    best: tuple[str, Said | None] = ("none", None)
    if any(v.lower() not in intent.text and v.lower().replace("-", " ") not in intent.text for v in t.introduced):
        return best  # the written text brings a host, an address or a key the user never gave (whichever request)
    for r in intent.requests:
        if t.says and t.says.isdisjoint(_says_words(r.clause.text)) and not _assignment_said(t.objects, r.clause.text):
            continue  # a permission change named only by a generic verb ("fix it")
        if r.clause.condition in ("ci", "tests") and not waits_for_ci and not (r.clause.condition == "tests" and tests_first):
            met, _ = authorisation(t, Intent((_unconditional_said(r),), (), intent.text, intent.amounts, True), root, home)
            if met != "none" and best[0] == "none":
                best = ("partial", r)
            continue
        if not (r.clause.verbs & t.verbs) and not (t.named_only and t.introduced and not r.clause.question):
            continue
        if t.protected and t.verbs & {"force-push"}:
            continue  # rewriting a shared branch's history is never released by words ("rebase X on main" names main)
        if t.protected and not all(p.lower() in r.strong or p.lower() in r.weak for p in t.protected):
            # "force-push my branch" is not a force-push to main. A plain push the user asked for ("let's push to
            # GH") may well be to main when the session works on main: that is the user's call, so ask.
            # A push from another branch onto a protected one (`git push origin HEAD:main` from feat/x) is not the
            # push the user means by "push it": it lands the work without the review (a deny).
            onto_own = branch is None or all(p.lower() == branch.lower() for p in t.protected)
            if t.verbs & {"push", "merge"} and not t.verbs & {"force-push", "delete", "reset"} and best[0] == "none" and onto_own:
                best = ("partial", r)
            continue
        if t.paths:
            # a path that holds what the user named is "named" here so that `beyond` refuses it and says why
            hit = [p for p in t.paths if path_matches(p, r.strong, r.weak, root, home) or named_within(p, r.strong, r.clause.text, root)]
            level = "full" if len(hit) == len(t.paths) else "partial" if hit or not r.strong else "none"
        elif t.objects:
            mine = branch is not None and branch in t.objects and bool(_MY_BRANCH.search(r.clause.text))
            level = (
                "full"
                if mine or any(_names(o, r, strict=bool(t.verbs & IRREVERSIBLE), text=intent.text) for o in t.objects)
                or any(_project_env_store(o, r, root) for o in t.objects)
                else "partial"
                if not r.strong
                else "none"
            )
            if level == "full" and acts and not mine and describing_only(t.objects, r, acts):
                level = "partial"  # "revoke key k_8f21" is not `--reason rotated`'s object (`intent.object_named`)
        else:
            # Nothing specific to name (the project, the current branch): the user must still name the tool, or a
            # generic verb elsewhere in the message ("add a test", "the password is empty") would release it.
            level = "full" if not t.kinds or any(_names_kind(k, _kind_said(r.clause.text)) for k in t.kinds) else "partial"
            if level == "partial" and "publish" in t.verbs and t.implicit:
                from automode.judge.intent.act_said import bare_publish

                level = "full" if bare_publish(r.clause.text, r.strong, r.weak, t.kinds) else level  # "CI is groen, publish maar"
        if level == "full" and foreign_values(t.objects, intent, r):
            level = "partial"  # a recipient, URL or account the agent chose: the user did not name it
        if level == "full":
            return level, r
        if level == "partial" and best[0] == "none":
            best = (level, r)
    return best


def quote(text: str, limit: int = 120) -> str:
    t = " ".join(text.split())
    return f'"{t[:limit]}{"…" if len(t) > limit else ""}"'


__all__ = [
    "Intent",
    "Said",
    "authorisation",
    "idents",
    "object_matches",
    "path_matches",
    "quote",
    "session_intent",
]
