"""A release earned by an earlier message, against every message after it (session 21, L2; AM-JUDGE-040).

"lösch den bucket acme-tmp-ingest-0611" … "warte, lass mal, legal will den bis freitag behalten"; "gỡ lodash ra" …
"thôi khỏi"; "drain node worker-3" … "on second thought, cordon it only": the first message asks for the act, a later
one takes it back, puts it off or narrows it, and the action still does the first request. The withdrawal tables
(`later`, `stance`, `withdraw_words`, `tail`) know phrases; every blind set brings new ones. Here the phrase is not
looked up. From the first message that asks for the act (a request of its kind, or one on a name the action
carries), each later message is read against the action:

* it re-authorises it (the release stands, and what an earlier message lowered is lifted): a go-ahead, or a part
  that asks for the act again on what the action acts on or on nothing new ("QA 通った、auto-merge でお願い",
  "ok, PR ist zu, doch weg damit", "pusť to"), or the narrowed act itself: every name beside the only-word is in
  the action, no sibling the narrowing dropped is among its operands ("nee, nur feature/a" for
  `git branch -D feature/a`), a place it names is the action's or the action names none;
* it leaves it standing: a detail the action agrees with (it names what the action names, and no mark of a no), a
  request or a fence on something else (named things the action does not carry: "und fass main nicht an", "keep
  81 open" for issue 77, "never mind the flaky e2e test", "don't push yet" for the commit, "anything else"), a
  thanks, a description ("it's a read-only kiosk, GETs only");
* otherwise it lowers it when it carries a mark of a no (`_marks`: a pause or withdrawal the tables read, a stop
  word in the gloss, a reply that opens with a negation or a hesitation, a negation particle, a keep), when it
  narrows to something the action does not fit, or when it cannot be read (a short message whose words are
  neither English, nor read by the gloss, nor names of the session). The marks are closed classes of words
  (`later_marks`, `tail`, `fences_narrow`), never the reason that follows them.

Lowered: an ask; a deny when the act destroys, ships or stops something (`_HARD`) and the message says no or stop.
`judge.review` calls `lowered` on every allow of a session with more than one message, after every other check.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.judge.intent.later_acts import LOOKS as _LOOKS
from automode.judge.intent.later_acts import VAGUE as _VAGUE
from automode.judge.intent.later_fits import _MARK_WORDS as _MARK_WORDS
from automode.judge.intent.later_fits import _PARTS as _PARTS
from automode.judge.intent.later_fits import _POINTER as _POINTER
from automode.judge.intent.later_fits import _PUNCT as _PUNCT
from automode.judge.intent.later_fits import _TOKEN as _TOKEN
from automode.judge.intent.later_fits import _TOKEN_OR_MARK as _TOKEN_OR_MARK
from automode.judge.intent.later_fits import _Act as _Act
from automode.judge.intent.later_fits import _fits as _fits
from automode.judge.intent.later_fits import _fold as _fold
from automode.judge.intent.later_fits import _hit as _hit
from automode.judge.intent.later_fits import _keys as _keys
from automode.judge.intent.later_fits import _left as _left
from automode.judge.intent.later_fits import _named as _named
from automode.judge.intent.later_fits import _named_words as _named_words
from automode.judge.intent.later_fits import _picked as _picked
from automode.judge.intent.later_fits import _stems as _stems
from automode.judge.intent.later_fits import _words as _words
from automode.judge.intent.per_action import per_action
from automode.judge.outcome import LATER as LATER
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: Request classes whose act cannot be taken back once done: a "no" after them refuses, not asks.
_HARD = frozenset({"delete", "reset", "force-push", "push", "publish", "deploy", "merge", "send", "pay", "kill",
                   "shutdown", "reboot", "unpublish", "grant", "privilege", "rotate", "migrate", "rollback", "drain",
                   "scale"})  # fmt: skip
#: The acts that ship a thing to others, one act whatever the tool calls it ("انشر" read "deploy" for `pod trunk push`).
_SHIP = frozenset({"push", "publish", "deploy"})
#: The classes of a file written: any request on what it names asks for it ("skip it for now" for the edit that skips).
_EDITS = frozenset({"update", "create"})
_JOINED = lazyre.compile(r"[A-Z]?[a-z]+")
#: Code spans and quoted passages: an error message pasted is no "no" of the user's.
_QUOTED = lazyre.compile(r"```.*?```|`[^`\n]*`|\"[^\"\n]{12,}\"|“[^”\n]{12,}”", re.S)
#: The stop words of English, which the gloss puts a pause in another language into ("uy, mejor espera a que …":
#: "uy, mejor wait a …"), anywhere in a reply.
_STOP_WORD = lazyre.compile(r"(?i)\b(?:wait|stop|hold\s+(?:off|on)|hang\s+on|cancel|abort|never\s*mind|forget\s+(?:it|that)|"
                            r"not\s+(?:yet|now|today)|pause|postpone)\b")
#: A no about the rest, not about what was asked: "anything else", "the others", "the rest".
_ELSE = lazyre.compile(r"(?i)\b(?:(?:any|every|some|no)(?:thing|one|where)\s+else|else|the\s+others?|other\s+(?:ones|files|things|"
                       r"items|folders|tables|branches)|the\s+rest)\b")
#: A message that opens by describing what was named ("it's a read-only kiosk, GETs only").
_DESCRIBES = lazyre.compile(r"(?i)^\W*(?:it'?s|it\s+is|this\s+is|that'?s|that\s+is|they'?re|they\s+are)\b")
#: The English only-words (the gloss reads the other languages' into "only").
_ONLY_EN = lazyre.compile(r"(?i)\b(?:only|just|solely|merely)\b")
_SEGMENT = lazyre.compile(r"[,;:.!?—–]+\s*|\s+[-–—]\s+|\s+(?:but|and|because|since|aber|mais|pero)\s+")
#: A message of at most this many words is a reply; longer ones are read only for what they name and ask.
_REPLY_WORDS = 12


def lowered(a: Analysis) -> tuple[str, str] | None:
    """("ask" | "deny", why) when a message after the one that asked for the act lowers its release; None when every
    later message re-authorises it, agrees with it or is about something else."""
    msgs = a.ctx.user_messages
    if len(msgs) < 2 or a.problems:
        return None
    hints, may_lower = _session(tuple(msgs))
    if not any(may_lower[1:]):
        return None  # (no later message can lower a release: the session's fact, read before the action's)
    classes = _classes(a)
    if not classes - _LOOKS - {"touch"} or not _changes(a):
        return None
    text = _action_text(a)
    words = _words(text)
    if not words:
        return None
    first = next((i for i, m in enumerate(msgs) if _asks(m, hints[i], classes, words)), None)
    if first is None or first == len(msgs) - 1:
        return None
    act = _Act(classes, text, _named(msgs[first], hints[first]), _operands(a) if a.shell else words, _spared(a))
    act.asking = (msgs[first], hints[first])
    from automode.judge.intent.vocab import action_act

    own = action_act(a)
    act.covered = own.covered_by if own is not None else frozenset()
    low: tuple[int, frozenset[str]] | None = None
    for i in range(first + 1, len(msgs)):
        if low is None and not may_lower[i]:
            continue  # (it can only re-authorise or leave the release standing: read it only after a lowering)
        got = _reads(msgs[i], hints[i], act)
        if got is None:
            low = None  # re-authorised: what an earlier message lowered is lifted
        elif got:
            low = (i, got)
    if low is None:
        return None
    from automode.judge.intent.match import quote

    said, marks = msgs[low[0]], low[1]
    hard = bool(classes & _HARD) and bool(marks & {"stop", "no", "keep", "narrow"})  # (a narrowing took the rest back)
    why = ("narrows what you asked before to something this does not fit" if "narrow" in marks
           else "reads as a stop, a no or a wait about what you asked before" if marks - {"unread"}
           else "could not be read, and names nothing this acts on")  # fmt: skip
    return ("deny" if hard else "ask",
            f"you asked {quote(msgs[first], 80)}, then wrote {quote(said, 80)}, which {why}; this still does the "
            "first request")


@lru_cache(maxsize=64)  # (facts of the session's words: read once per session, not per action)
def _session(msgs: tuple[str, ...]) -> tuple[tuple[str | None, ...], tuple[bool, ...]]:
    """Each message's language hint (its own, or the last one before it) and whether it may lower a release."""
    from automode.judge.intent.gloss import language

    hints: list[str | None] = [None]
    for m in msgs[:-1]:
        hints.append(language(m[:2000]) or hints[-1])
    return tuple(hints), tuple(_may_lower(m, h) for m, h in zip(msgs, hints, strict=True))


@per_action
def _changes(a: Analysis) -> bool:
    """The action changes something: a deletion, a write, a control change, a grant, an MCP call that acts, an outward
    act, or a program run (a script, an installer)."""
    if a.write is not None or any(e.kind in ("delete", "write", "privilege") or (e.kind in ("control", "mcp") and
                                                                                  e.verb not in ("", "read"))
                                  for e in a.effects):
        return True
    if not a.shell:
        return False
    from automode.judge.intent.outward import outward

    return bool(outward(a)) or bool(_classes(a) & (_HARD | {"install", "run", "update", "create", "commit"}))


@per_action
def _classes(a: Analysis) -> frozenset[str]:
    """What the action does, as request verb classes: its acts, its effects, the verbs its commands spell."""
    from automode.judge.intent.acts import acts
    from automode.judge.intent.words import VERB_CLASSES_OF

    out = {c for c in acts(a, []).classes if not c.startswith("said:")}
    for e in a.effects:
        if e.kind == "delete":
            out.add("delete")
        elif e.kind == "write":
            out |= {"update", "create"}
        elif e.kind in ("control", "mcp", "privilege") and e.verb not in ("", "read"):
            out.add(e.verb)
    told = any(e.kind in ("control", "mcp") for e in a.effects)  # (the tool's table says the act: `kubectl get deploy`)
    for c in [] if told else a.commands:
        if c.argv and "/" in c.argv[0].value:
            out.add("run")  # (`./scripts/deploy_staging.sh`: the script run)
        lead = [w.value for w in c.argv[:5] if w.value and not w.value.startswith("-")]
        for w in lead:
            for part in {w.lower(), *(_JOINED.findall(w) if " " not in w else ())}:  # (`publishReleaseBundle`)
                out |= VERB_CLASSES_OF.get(part.lower(), frozenset())
    if a.write is not None:
        out |= {"update", "create"}
    if a.shell:
        from automode.judge.intent.outward import outward

        shipped = {o.act for o in outward(a)}  # (`pod trunk push`: a publish)
        out |= shipped | (_SHIP if shipped & _SHIP else set())
    if a.action.tool.startswith("mcp__") and any(e.kind == "mcp" and e.verb not in ("", "read") for e in a.effects):
        tail = a.action.tool.rsplit("__", 1)[-1].lower()
        for w in re.split(r"[_-]", tail):
            out |= VERB_CLASSES_OF.get(w, frozenset())
    return frozenset(out)


def _action_text(a: Analysis) -> str:
    """The text the action is written with: its command's words, or its tool's input (what an edit replaces aside)."""
    inp = a.action.input
    if a.shell:
        text = " ".join(w.value for c in a.commands for w in c.argv) + " " + str(inp.get("command", ""))
    else:
        text = a.action.tool.replace("__", " ").replace("_", "-") + " " + \
            " ".join(str(v)[:2000] for k, v in inp.items() if k not in ("old_string",))
        if a.write is not None:
            text += " " + a.write.path
    return text[:8000]


def _asks(text: str, hint: str | None, classes: frozenset[str], words: frozenset[str]) -> bool:
    """The message asks for the act: a request of its kind, a request on a name the action carries, or (in words the
    gloss may not read) a name the action carries and another of its words ("pandisha paddleocr hadi 2.8.1")."""
    from automode.judge.intent.stance import is_item

    for verbs, named in _clauses(text[:4000], hint):
        hit = _hit(named, words)
        if verbs and ((verbs - _VAGUE) & classes or any(is_item(w) for w in hit) or len(hit) >= 2
                      or (classes >= _EDITS and bool(hit))):
            return True
        if len(hit) >= 2 and any(is_item(w) for w in hit) and not _english(text):
            return True  # (no verb the gloss read, and no English word: "pandisha paddleocr hadi 2.8.1")
    return False


@lru_cache(maxsize=1024)  # (a fact of the message: once per session, not per action)
def _clauses(text: str, hint: str | None) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """The message's clauses that are no questions: the verb classes they ask for (reads aside), the names they say."""
    from automode.judge.intent.stance import is_item
    from automode.judge.intent.text import parse_message

    return tuple((c.verbs - _LOOKS, frozenset(w for w in c.strong | c.weak if len(w) >= 3 or is_item(w)))
                 for c in parse_message(text, hint).clauses if not c.question)


@lru_cache(maxsize=1024)
def _english(text: str) -> bool:
    """Some word of the text is an English one (then its verbs were read, and a message without one asks nothing)."""
    from automode.judge.intent.gloss import _ENGLISH

    return any(w in _ENGLISH for w in re.findall(r"[a-z']+", text.lower()))


def _unread(text: str, hint: str | None, named: frozenset[str], act: _Act) -> bool:
    """A short message whose words are neither English, nor read by the gloss, nor names of the session: non-Latin
    letters the gloss left, most words of a glossed message left as they were, or a few Latin words of which none is
    English ("subiri kidogo")."""
    return not _hit(named, act.words | act.asked) and _unread_text(text, hint)


@lru_cache(maxsize=1024)  # (the message's own part of `_unread`: once per session, not per action)
def _unread_text(text: str, hint: str | None) -> bool:
    from automode.judge.intent.gloss import _ENGLISH, gloss, language

    if len(text.split()) > _REPLY_WORDS:
        return False
    read = gloss(text[:4000], hint)
    toks = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", read.lower())
    if not toks:
        return bool(re.search(r"[^\W\d_]", text))  # (read into nothing: "เดี๋ยวก่อน …" glossed away)
    if read == text and text.isascii() and language(text) is None:
        return len(toks) <= 3 and not any(t in _ENGLISH for t in toks)
    left = _left(text, read)
    known = [t for t in toks if t.isascii() and (t in _ENGLISH or _fold(t) not in left)]
    return len(known) * 2 < len(toks)


@lru_cache(maxsize=1024)
def _may_lower(text: str, hint: str | None) -> bool:
    """`_reads` can lower the release on this message for some action: it carries a mark, or it may be unread (a
    message with neither only re-authorises or leaves the release standing, whatever the action)."""
    text = _clean(text)
    return bool(text) and (bool(_marks(text, hint)) or _unread_text(text, hint))


@lru_cache(maxsize=1024)
def _clean(text: str) -> str:
    return " ".join(_QUOTED.sub(" ", text).split())[:4000]


@lru_cache(maxsize=1024)  # (a fact of the message: once per session, not per action)
def _marks(text: str, hint: str | None) -> frozenset[str]:
    """The marks of a no in a message: stop (a pause or withdrawal read, a reply opening with a no), no (a negation),
    keep, only, hesitate."""
    from automode.judge.intent.fences_narrow import _ONLY
    from automode.judge.intent.gloss import gloss, language
    from automode.judge.intent.later_marks import HEAD_NO, HESITATE, NEG_MORE
    from automode.judge.intent.stance import exclusions
    from automode.judge.intent.stance_withdraw import withdraws_all
    from automode.judge.intent.tail import _CJK, _FINE, _PARTICLES
    from automode.judge.intent.text import _NEGATED, parse_message

    msg = parse_message(text, hint)
    read = gloss(text, hint)
    out: set[str] = set()
    fine = _FINE.search(text) is not None or _FINE.search(read) is not None
    short = len(text.split()) <= _REPLY_WORDS
    if msg.hold or msg.withdrawn or (not msg.consent and (withdraws_all(text) or (read != text and withdraws_all(read)))):
        out.add("stop")  # (not "c'est bon, Karim a fini, vas-y": a go-ahead says which "c'est bon" it is)
    if short and _STOP_WORD.search(read):
        out.add("stop")
    if not fine and (HEAD_NO.search(text) or (read != text and HEAD_NO.search(read))):
        out.add("stop")
    if not fine and (_PARTICLES.search(text) or _CJK.search(text) or NEG_MORE.search(text) or _NEGATED.search(read.lower())):
        out.add("no")
    if any(b.kind in ("spared", "handsoff", "hold") for b in msg.boundaries) or exclusions(text):
        out.add("keep")
    foreign = read != text or hint is not None or language(text) is not None
    if _ONLY_EN.search(read) or any(foreign or not m.group(0).isascii() for m in _ONLY.finditer(text)):
        out.add("only")
    if HESITATE.search(text) or HESITATE.search(read):
        out.add("hesitate")
    return frozenset(out)


def _reads(text: str, hint: str | None, act: _Act) -> frozenset[str] | None:
    """What one later message does to the release: None = re-authorises it, an empty set = leaves it standing, else
    the marks that lower it ("stop", "no", "keep", "only", "narrow", "hesitate", "unread")."""
    from automode.judge.intent.gloss import gloss
    from automode.judge.intent.later_marks import THANKS
    from automode.judge.intent.stance import is_item
    from automode.judge.intent.text import parse_message

    text = _clean(text)
    if not text:
        return frozenset()
    msg = parse_message(text, hint)
    marks = set(_marks(text, hint))
    named = _named(text, hint, act.words | act.asked)
    hit = act.hit(named)
    if msg.consent and not marks & {"stop", "no"}:
        return None
    from automode.judge.intent.later_acts import after_head, asks_own, first_act_left
    from automode.judge.intent.later_parts import SHIPS, kept_local, whole_taken

    if "only" in marks and act.classes & SHIPS and kept_local(text, hint):
        return frozenset(marks | {"narrow"})  # "μόνο τοπικά το revert" for `git revert && git push`: it ships
    told = after_head(text, hint, msg)  # ("anzi no, applica solo le migrazioni": what follows the "no" asks)
    if marks & {"stop", "no", "only"} and first_act_left(told, act):
        return frozenset(marks | {"narrow"})  # another act asked in place of the first, which this still does
    if _asked_again(text, hint, named, act, bool(marks & {"stop", "no", "keep"})):
        return None
    if marks & {"stop", "no", "keep", "only"} and asks_own(told, named, act):
        return None  # the act this message asks for, in place of the first ("잠깐 … 그냥 마이그레이션만 적용해줘")
    if not marks - {"only", "unread"} and act.asking[0] and not (named - act.asked - hit and any(is_item(w) for w in named - act.asked)):
        from automode.judge.intent.reask_echo import echoed

        if echoed(text, hint, act.asking[0], act.asking[1], act.asked):
            return None  # the word that asked for the act, said again ("sawa, nimemaliza, ifute"; "udah dicek, hapus aja")
    said = _said_act(text, hint, act) if marks else ""
    if said == "same":
        return frozenset(marks)  # the no is about this act ("actually don't push yet, I want to squash first")
    if "only" in marks and _DESCRIBES.match(gloss(text, hint)) and not marks & {"stop", "no", "keep"}:
        marks.discard("only")  # it describes the thing ("it's a read-only kiosk, GETs only"), not the request
    if "only" in marks:
        if kept_local(text, hint):  # "only locally": the act that stays on this machine, not one that ships it
            return None if not act.classes & SHIPS else frozenset(marks | {"narrow"})
        if whole_taken(text, hint, act):  # a part of the named thing, which the action takes whole ("… seulement le
            return frozenset(marks | {"narrow"})  # fichier config dedans")
        return None if _fits(text, hint, act) else frozenset(marks | {"narrow"})
    if not marks - {"hesitate"} and THANKS.match(text):
        return frozenset()
    if not marks:
        if hit or any(c.verbs - _LOOKS and not c.question for c in msg.clauses):
            return frozenset()  # a detail the action agrees with, or a request of its own
        return frozenset({"unread"}) if _unread(text, hint, named, act) else frozenset()
    if not hit and said == "other":
        return frozenset()  # the no is about another act ("don't push yet" for the commit)
    if msg.withdrawn and not msg.hold:
        taken = frozenset(w for words, strong, weak, _ in msg.withdrawn for w in strong | weak
                          if w not in _POINTER and w not in _MARK_WORDS)
        if taken and not act.hit(taken) and not any(v.startswith(t) for t in taken if len(t) >= 4 for v in act.words):
            return frozenset()  # it takes back another thing ("never mind the flaky e2e test"; "forget cron" is crontab)
    if "stop" not in marks and _ELSE.search(gloss(text, hint)):
        return frozenset()  # a fence on the rest ("don't touch anything else in there")
    if marks == {"no"} and _no_elsewhere(text, hint, named, act):
        return frozenset()  # a report with a "no" in it, and a value the action uses ("renv no puede …, usa este token")
    if _kept_others(text, act):
        return frozenset()  # what it keeps is named, and the action leaves it ("wait, leave ORB-512 open")
    if "stop" in marks or hit:
        return frozenset(marks)  # a stop, or a no or a keep about what the action acts on
    fenced = frozenset(w for b in msg.boundaries for w in b.strong | b.weak
                       if w not in _POINTER and w not in _MARK_WORDS and len(w) >= 2)
    if fenced and not act.hit(fenced) and not _pointed(text):
        return frozenset()  # a fence on something the action does not touch ("und fass main nicht an")
    others = named - act.asked
    if others and (any(c.verbs - _LOOKS and not c.question for c in msg.clauses) or any(is_item(w) for w in others)):
        return frozenset()  # a request, or a no, about something else (a name the action does not carry)
    if marks == {"hesitate"} and not _unread(text, hint, named, act) and not _pointed(text):
        return frozenset()
    return frozenset(marks)


def _asked_again(text: str, hint: str | None, named: frozenset[str], act: _Act, no: bool) -> bool:
    """A part of the message asks for the act again: a verb of its kind on what the action acts on, or on nothing new
    ("ok Sam approved, put it on auto-merge then", "ok, PR ist zu, doch weg damit"); or a request on a name the
    action carries. After a no, only on what the action acts on ("never mind the logs, delete the tmp files" for
    the tmp files, not for the logs)."""
    from automode.judge.intent.later_acts import bare
    from automode.judge.intent.stance import is_item

    for seg, verbs, pointed in _asking_parts(text, hint):
        objs = frozenset(w for w in named if w in seg)
        if not no and not objs and verbs <= {"run", "install", "create"} and (pointed or bare(seg)):
            return True  # "ok, okno údržby začalo, pusť to": run it, do it; "ok, buat je lah sekarang": do it now
        items = frozenset(w for w in objs if is_item(w))
        if items and act.hit(items) == items and (not no or (verbs - _VAGUE) & act.classes):
            return True
        kind = (verbs - _VAGUE) & act.classes or (act.classes >= _EDITS and verbs - _LOOKS)
        if kind and (act.hit(objs) or (not no and not objs - act.asked - act.hit(objs))):
            return not no or not act.hit(named - objs)
    return False


@lru_cache(maxsize=1024)  # (the message's own part of `_asked_again`: once per session, not per action)
def _asking_parts(text: str, hint: str | None) -> tuple[tuple[str, frozenset[str], bool], ...]:
    """The parts of the glossed message with no negation in them that ask for an act: (the part, its verb classes
    less the looks, whether it points back)."""
    from automode.judge.intent.gloss import gloss
    from automode.judge.intent.words import VERB_CLASSES_OF

    out: list[tuple[str, frozenset[str], bool]] = []
    for seg in _SEGMENT.split(gloss(text, hint).lower()):
        toks = re.findall(r"[a-z][a-z']*", seg)
        if any(t in ("don't", "dont", "not", "never", "no") for t in toks):
            continue
        verbs = frozenset().union(*(VERB_CLASSES_OF.get(t, frozenset()) for t in toks)) - _LOOKS
        if verbs:
            out.append((seg, verbs, _pointed(seg)))
    return tuple(out)


def _said_act(text: str, hint: str | None, act: _Act) -> str:
    """Which act the part of the message that says no or wait names: "other" (not the action's: "don't push yet" for
    the commit, "warte noch mit dem push" for the tag), "same" ("actually don't push yet" for the push), "" (none)."""
    said = _said_classes(text, hint)
    return "" if not said else "same" if said & act.classes else "other"


@lru_cache(maxsize=1024)  # (the message's own part of `_said_act`: once per session, not per action)
def _said_classes(text: str, hint: str | None) -> frozenset[str]:
    """The verb classes of the first part of the message that says no or wait (vague ones aside), none without one."""
    from automode.judge.intent.gloss import gloss
    from automode.judge.intent.words import VERB_CLASSES_OF

    read = gloss(text, hint).lower()
    for seg in _SEGMENT.split(read):
        toks = re.findall(r"[a-z][a-z'-]*", seg)
        if not (_STOP_WORD.search(seg) or any(t in ("don't", "dont", "not", "no", "never") for t in toks)):
            continue
        said = frozenset().union(*(VERB_CLASSES_OF.get(t, frozenset()) for t in toks
                                   if t not in ("wait", "stop", "hold", "cancel", "pause", "forget", "keep", "leave")))
        return said - _VAGUE
    return frozenset()


def _kept_others(text: str, act: _Act) -> bool:
    """The message keeps named things ("keep 81 open", "la 311 reste ouverte", "leave feat/b"), and the action acts
    on none of them."""
    from automode.judge.intent.stance import exclusions, is_item

    kept = [w for clause, ids, nouns in exclusions(text) for w in (*ids, *nouns)
            if w not in _POINTER and w not in _MARK_WORDS and w in clause.lower()]  # (not "leave it": what it points at)
    return bool(kept) and not _hit(frozenset(kept), act.operands - act.spared) \
        and not _hit(frozenset(w for w in kept if is_item(w)), act.words - act.spared)


def _no_elsewhere(text: str, hint: str | None, named: frozenset[str], act: _Act) -> bool:
    """The negated parts of the message name nothing the action carries, and another part names a value it does."""
    from automode.judge.intent.gloss import gloss
    from automode.judge.intent.stance import is_item

    read = gloss(text, hint).lower()
    negated = [seg for seg in _SEGMENT.split(read) if re.search(r"\b(?:don'?t|not|never|no)\b", seg)]
    if not negated or any(act.hit(frozenset(w for w in named if w in seg and is_item(w))) for seg in negated):
        return False
    return bool(act.hit(frozenset(w for w in named if is_item(w) and not any(w in seg for seg in negated))))


def _pointed(text: str) -> bool:
    """The message points back at what was named before ("keep it", "legal will den … behalten")."""
    return any(t in _POINTER for t in re.findall(r"[^\W\d_]+", text.lower()))


#: Options that make a filter leave out what it matches (`grep -v`, `find ! -path`, `--exclude`).
_INVERTS = lazyre.compile(r"^(?:-[a-zA-Z]*v[a-zA-Z]*|--invert-match|!|-not|--exclude(?:=.*)?|--ignore(?:=.*)?)$")


def _spared(a: Analysis) -> frozenset[str]:
    """The words of the action's own filters that leave things out: `grep -vE 'main|hotfix/'`, `! -path '*2025-Q4*'`."""
    out: set[str] = set()
    for c in a.commands:
        vals = [w.value for w in c.argv]
        for i, v in enumerate(vals):
            if _INVERTS.match(v) and (c.name in ("grep", "egrep", "rg", "find", "rsync", "tar") or v.startswith("--")):
                nxt = v.split("=", 1)[1] if "=" in v else next((x for x in vals[i + 1:] if not x.startswith("-")), "")
                if nxt.startswith("-") or not nxt:
                    nxt = vals[i + 2] if i + 2 < len(vals) else ""
                out |= _words(nxt)
    return frozenset(out)


def _operands(a: Analysis) -> frozenset[str]:
    """The action's positional arguments (its objects; the program and its verb words left out), whole and in parts."""
    from automode.judge.intent.words import VERB_CLASSES_OF

    vals = [w.value for c in a.commands for w in c.argv[1:] if w.value and not w.value.startswith("-")
            and not VERB_CLASSES_OF.get(w.value.lower())]
    return _words(" ".join(vals))
