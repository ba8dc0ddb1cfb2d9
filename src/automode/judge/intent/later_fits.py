"""Which earlier action a later message points at, for `later_stands`: an action's words and classes, what a
message names of it, whether its words fit and the action picked. Split from `later_stands` for the project's
~600-line limit; `later_stands` re-exports every name."""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.judge.intent.later_acts import VAGUE as _VAGUE

_TOKEN = lazyre.compile(r"[^\W_][\w./@:+#~-]*[^\W_]/?|[^\W_]")


_TOKEN_OR_MARK = lazyre.compile(r"[^\W_][\w./@:+#~-]*[^\W_]/?|[^\W_]|[,;:.!?()。、，；！？]")


_PUNCT = lazyre.compile(r"[,;:.!?()。、，；！？]")


_PARTS = lazyre.compile(r"[-_./:@+#=~]+")


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
