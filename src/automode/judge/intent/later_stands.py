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
_TOKEN = lazyre.compile(r"[^\W_][\w./@:+#~-]*[^\W_]/?|[^\W_]")
_TOKEN_OR_MARK = lazyre.compile(r"[^\W_][\w./@:+#~-]*[^\W_]/?|[^\W_]|[,;:.!?()。、，；！？]")
_PUNCT = lazyre.compile(r"[,;:.!?()。、，；！？]")
_JOINED = lazyre.compile(r"[A-Z]?[a-z]+")
_PARTS = lazyre.compile(r"[-_./:@+#=~]+")
#: Code spans and quoted passages: an error message pasted is no "no" of the user's.
_QUOTED = lazyre.compile(r"```.*?```|`[^`\n]*`|\"[^\"\n]{12,}\"|“[^”\n]{12,}”", re.S)
#: Words a message names nothing by: pointers and the fillers of a reply.
_POINTER = frozenset({"it", "them", "that", "this", "those", "these", "one", "ones", "thing", "things", "stuff",
                      "es", "ihn", "sie", "den", "die", "das", "le", "la", "les", "ça", "ca", "lo", "los", "las", "eso",
                      "esa", "ese", "isso", "esse", "essa", "ela", "ele", "dele", "dela", "li", "quello", "quella",
                      "het", "dat", "go", "ją", "его", "её", "их", "это", "onu", "bunu", "det", "cái", "đó", "nó"})  # fmt: skip
#: Words of a reply that are its marks, not what it names.
_MARK_WORDS = frozenset({"actually", "never", "mind", "wait", "hold", "off", "stop", "pause", "not", "don", "don't",
                         "dont", "yet", "now", "only", "just", "keep", "leave", "forget", "cancel", "hmm", "well",
                         "second", "thought", "sorry", "please", "pls", "instead", "rather", "maybe", "ok", "okay",
                         "yes", "yeah", "no", "nope", "nah", "still", "first", "later", "after", "all", "anyway",
                         "also", "too", "again", "right", "time", "moment", "minute", "bit", "until", "till", "then",
                         "ahead", "go", "already", "sure", "fine", "for"})  # fmt: skip
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
    classes = _classes(a)
    if not classes - _LOOKS - {"touch"} or not _changes(a):
        return None
    text = _action_text(a)
    words = _words(text)
    if not words:
        return None
    from automode.judge.intent.gloss import language

    hints: list[str | None] = [None]
    for m in msgs[:-1]:
        hints.append(language(m[:2000]) or hints[-1])
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
        if low is None and not _may_lower(msgs[i], hints[i]):
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
    hard = bool(classes & _HARD) and bool(marks & {"stop", "no", "keep"})
    why = ("narrows what you asked before to something this does not fit" if "narrow" in marks
           else "reads as a stop, a no or a wait about what you asked before" if marks - {"unread"}
           else "could not be read, and names nothing this acts on")  # fmt: skip
    return ("deny" if hard else "ask",
            f"you asked {quote(msgs[first], 80)}, then wrote {quote(said, 80)}, which {why}; this still does the "
            "first request")


class _Act:
    """The action as the messages are compared with it: its verb classes, its words, what the request that asked
    for it named, its operands."""

    __slots__ = ("asked", "asking", "classes", "covered", "operands", "spared", "text", "words")

    def __init__(self, classes: frozenset[str], text: str, asked: frozenset[str], operands: frozenset[str],
                 spared: frozenset[str] = frozenset()) -> None:
        self.classes, self.text, self.asked, self.operands = classes, text.lower(), asked, operands
        self.words = _words(self.text)
        self.spared = spared  # words of the action's own inverted filters (`grep -v hotfix/`): what it leaves
        self.asking: tuple[str, str | None] = ("", None)  # the message that asked for the act, and its language
        self.covered: frozenset[str] = frozenset()  # the request classes that ask for the command's own act (`vocab`)

    def hit(self, said: frozenset[str] | set[str]) -> frozenset[str]:
        """What of `said` the action holds: its words, or a verb of its classes ("just get it committed")."""
        from automode.judge.intent.words import VERB_CLASSES_OF

        out = set(_hit(frozenset(said), self.words))
        for w in set(said) - out:
            kinds = (VERB_CLASSES_OF.get(w, frozenset()) - _VAGUE) & self.classes
            if not kinds:
                continue
            spelled = [v for v in self.words if VERB_CLASSES_OF.get(v, frozenset()) & kinds]
            if not spelled or any(v[:5] == w[:5] for v in spelled):
                out.add(w)  # a verb of its act ("committed" for `git commit`, "skip" for `--no-verify`), not another
                # verb of its class the command spells ("cordon" is no `drain`)
        return frozenset(out)


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


@lru_cache(maxsize=1024)  # (the action's text, read three times a decision; the messages' texts, once a session)
def _words(text: str) -> frozenset[str]:
    out: set[str] = set()
    for t in _TOKEN.findall(text.lower()):
        out.add(t.rstrip("/"))
        out.update(p for p in _PARTS.split(t) if len(p) >= 2 or p.isdigit())
    return frozenset(out)


def _hit(said: frozenset[str], words: frozenset[str]) -> frozenset[str]:
    """What of `said` the action's `words` hold (whole, in parts, or by stem)."""
    stems = _stems(words)
    out = set()
    for s in said:
        core, stemmed, parts, digits = _keys(s)
        if s in words or core in words or (stemmed and stemmed in stems) or (parts and all(p in words for p in parts)) \
                or (digits and digits in words):
            out.add(s)  # ("auto-merge" for `gh pr merge --auto`; "4.95" for `"amount": 495`)
    return frozenset(out)


@lru_cache(maxsize=8192)  # (a word of the session's messages, compared with every action's words)
def _keys(s: str) -> tuple[str, str, tuple[str, ...], str]:
    """How `_hit` finds a said word in an action's words: its core, the stem of a core of three letters or more, its
    parts when it has several and each is a word of three letters or more, its digits when it is a decimal."""
    from automode.judge.intent.places import stem

    core = s.strip(".-/~")
    parts = [p for p in _PARTS.split(core) if p]
    return (core, stem(core) if len(core) >= 3 else "",
            tuple(parts) if len(parts) > 1 and all(p.isalpha() and len(p) >= 3 for p in parts) else (),
            re.sub(r"[.,]", "", core) if re.fullmatch(r"\d+[.,]\d+", core) else "")


@lru_cache(maxsize=256)  # (the same action's words, asked for every message of the session)
def _stems(words: frozenset[str]) -> frozenset[str]:
    from automode.judge.intent.places import stem

    return frozenset(stem(w) for w in words if len(w) >= 3)


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


def _fold(w: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", w.lower()) if not unicodedata.combining(ch))


def _left(text: str, read: str) -> frozenset[str]:
    """The words the gloss left as they were (accents aside: "drüberschauen", "druberschauen")."""
    return frozenset(_fold(w) for w in _words(text)) & frozenset(_fold(w) for w in _words(read)) if read != text \
        else frozenset()


def _named(text: str, hint: str | None, known: frozenset[str] = frozenset()) -> frozenset[str]:
    """What a message names: its identifiers and content words, without marks and pointers; in a message the gloss
    read, a word it left as it was counts only when it is a name, English, or `known` (the action's, the request's)."""
    sure, left_as_was = _named_words(text, hint)
    return sure | frozenset(w for w in left_as_was if _hit(frozenset({w}), known)) if left_as_was else sure


@lru_cache(maxsize=1024)  # (the message's own part of `_named`: once per session, not per action)
def _named_words(text: str, hint: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """(the words `_named` keeps whatever is known, the words it keeps only when `known` holds them)."""
    from automode.judge.intent.gloss import _ENGLISH, gloss
    from automode.judge.intent.lexicon import STOP
    from automode.judge.intent.stance import is_item
    from automode.judge.intent.text import parse_message

    msg = parse_message(text[:4000], hint)
    read = gloss(text[:4000], hint)
    left = _left(text, read)
    out: set[str] = set()
    maybe: set[str] = set()
    for c in msg.clauses:
        for w in c.strong | c.weak:
            w = w.lower()
            if w in STOP or w in _POINTER or w in _MARK_WORDS or len(w) < 2:
                continue
            if read != text[:4000] and not is_item(w) and _fold(w).strip(".") in left and w not in _ENGLISH:
                maybe.add(w)
                continue
            out.add(w)
    for t in _TOKEN.findall(text.lower()):
        if is_item(t) and re.search(r"[a-z0-9]", t):
            out.add(t.strip(".,:;"))
    return frozenset(out), frozenset(maybe)


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
    from automode.judge.intent.stance import exclusions, withdraws_all
    from automode.judge.intent.tail import _CJK, _FINE, _PARTICLES
    from automode.judge.intent.text import _NEGATED, parse_message

    msg = parse_message(text, hint)
    read = gloss(text, hint)
    out: set[str] = set()
    fine = _FINE.search(text) is not None or _FINE.search(read) is not None
    short = len(text.split()) <= _REPLY_WORDS
    if msg.hold or msg.withdrawn or withdraws_all(text) or (read != text and withdraws_all(read)):
        out.add("stop")
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
    from automode.judge.intent.later_acts import after_head, asks_own

    told = after_head(text, hint, msg)  # ("anzi no, applica solo le migrazioni": what follows the "no" asks)
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


def _fits(text: str, hint: str | None, act: _Act) -> bool:
    """The action is the narrowed act itself: every name the only-word picks is in the action and one word at least
    (or it points back: "just those"), and no name of the first request the narrowing dropped, of the kind it
    picked, is among the action's operands ("the cache and the logs" … "just the cache")."""
    from automode.judge.intent.gloss import gloss
    from automode.judge.intent.lexicon import ENV_MARKERS
    from automode.judge.intent.stance import is_item
    from automode.judge.intent.words import VERB_CLASSES_OF, VERB_WORDS

    read = gloss(text, hint)
    picked, pointed = _picked(text)
    if read != text or hint is not None:
        more, pointed_read = _picked(read)
        left = _left(text, read)
        # (in another language its own words count as names only; the gloss's reading gives the words, less what it
        # left as it was: "finalement, only cache")
        picked = frozenset(w for w in picked if is_item(w) or act.hit({w}))
        picked |= frozenset(w for w in more if is_item(w) or _fold(w) not in left or act.hit({w}))
        pointed = pointed or pointed_read
    envs = {env for env, marks in ENV_MARKERS.items() if marks & picked}
    placed = False  # ("dev db only", "nur staging": a place; the action names it, or none)
    if envs:
        named_envs = {env for env, marks in ENV_MARKERS.items()
                      if any(re.search(rf"\b{m}\b", act.text) for m in marks)}  # (a word of its own: not `stg_orders`)
        if named_envs - envs:
            return False  # it names another place ("only staging" for `--context prod`)
        picked = frozenset(w for w in picked if not any(w in ENV_MARKERS[e] for e in envs))
        placed = True
    items = frozenset(w for w in picked if is_item(w) and "only" not in w.split("-"))  # (not "read-only")
    said_before = _words(" ".join(act.asked))
    if act.hit(items) | _hit(items, said_before) != items:
        return False  # a name the action does not carry, nor the first request ("only worker-b" for `--all`)
    acts = frozenset(w for w in picked if (VERB_CLASSES_OF.get(w, frozenset()) - _VAGUE - {"run"}) & act.classes)
    if act.hit(acts) != acts:
        return False  # another act named ("cordon it only" for `kubectl drain`)
    if not act.hit(picked) and not pointed and not (items and _hit(items, said_before) == items) and not placed:
        return False  # ("just that one line", "only that week": it points back at what was asked)
    if picked and all(w in VERB_WORDS for w in picked):
        return True  # the act narrowed, its object kept ("cordon it only")
    if not items or not _hit(items, _words(" ".join(act.asked))):
        return True  # a member of what the first request described ("every service" … "only api")
    said_now = _named(text, hint, act.words | act.asked) | picked
    heads = {re.split(r"[-_./:@]", w, maxsplit=1)[0] for w in items}
    dropped = frozenset(w for w in act.asked - said_now if is_item(w) and re.split(r"[-_./:@]", w, maxsplit=1)[0] in heads)
    # (its siblings: "tmp_a, tmp_b and tmp_c" … "only tmp_a", not the database `shop_dev` they are in)
    return not _hit(dropped, act.operands)


def _picked(text: str) -> tuple[frozenset[str], bool]:
    """The words beside an only-word (up to three after it, two before it: a postposed "only"), in Latin letters or
    digits (what the action can spell), without fillers; and whether a pointer is among them ("just those")."""
    from automode.judge.intent.fences_narrow import _ONLY
    from automode.judge.intent.lexicon import STOP

    toks = _TOKEN_OR_MARK.findall(text.lower())
    out: set[str] = set()
    pointed = False
    for i, t in enumerate(toks):
        if _ONLY.fullmatch(t) is None and not (_ONLY.search(t) and not re.search(r"[a-z0-9]", t)):
            glued = re.match(r"(.+?[a-z0-9])(?:만|だけ|のみ)$", t)
            if glued is not None:
                out.add(glued.group(1))
            continue
        after = toks[i + 1:i + 4]
        before = toks[max(0, i - 2):i]
        after = after[:next((k for k, u in enumerate(after) if _PUNCT.fullmatch(u)), len(after))]
        before = before[next((k + 1 for k in range(len(before) - 1, -1, -1) if _PUNCT.fullmatch(before[k])), 0):]
        for u in (*after, *before):
            pointed = pointed or u in _POINTER
            if u.isascii() and re.search(r"[a-z0-9]", u) and u not in STOP and u not in _POINTER \
                    and u not in _MARK_WORDS and _ONLY.fullmatch(u) is None and (len(u) >= 2 or u.isdigit()):
                out.add(u.strip(".,:;"))
    return frozenset(out), pointed


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
