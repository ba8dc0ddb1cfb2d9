"""The per-language gloss table and word order for `gloss`: folding, clauses, separable and final verbs moved to
English order, and the glossed text rendered. Split from `gloss` for the project's ~600-line limit; `gloss`
re-exports every name."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache

from automode.judge.intent import lang_words_loan as _loan
from automode.judge.intent.lang_words import SEPARABLE
from automode.judge.intent.lang_words_destroy import SEPARABLE as SEPARABLE_DESTROY
from automode.judge.intent.lang_words_kept import SEPARABLE as SEPARABLE_KEPT
from automode.judge.intent.lang_words_ops import SEPARABLE_OPS
from automode.judge.intent.lang_words_said import level_word
from automode.judge.intent.lexicon import VERBS

_VERB_GLOSS = frozenset().union(*VERBS.values()) - {"please", "can", "could", "you", "do", "make", "get", "go"}


#: Languages whose accents carry the word (Vietnamese "dọn" clean, "đơn" order): compared as written only.
_NO_FOLD = frozenset({"vi"})


class _Table:
    """One language's forms, normalised once: exact words, stems, phrases (first word -> [(words, gloss)])."""

    def __init__(self, lang: str, entries: Mapping[str, str], shared: Mapping[str, str] | None, unspaced: bool) -> None:
        self.lang = lang
        self.exact: dict[str, str] = {}
        self.stems: dict[str, str] = {}
        self.phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self.unspaced: list[tuple[str, str]] = []
        self.fold = lang not in _NO_FOLD
        self._seen: dict[str, tuple[str, int] | None] = {}  # (`word`'s answers: a long message repeats its words)
        # Spelled as written first, then without accents: "dá" (give) and "da" (of) stay apart in Portuguese.
        for folded in (False, True):
            for source in (entries, shared or {}):
                for gloss_, forms in source.items():
                    for form in forms.split():
                        self._add(form.lower(), gloss_, unspaced, folded)
        self.unspaced.sort(key=lambda x: -len(x[0]))
        self.pattern = re.compile("|".join(re.escape(f).replace("_", r"\s*") for f, _ in self.unspaced)) \
            if self.unspaced else None  # fmt: skip
        self.sep = {(_fold(v), _fold(p)): g for v, p, g in (*SEPARABLE.get(lang, ()), *SEPARABLE_OPS.get(lang, ()),
                                                                *SEPARABLE_DESTROY.get(lang, ()), *SEPARABLE_KEPT.get(lang, ()),
                                                                *_loan.SEPARABLE.get(lang, ()))}

    def _add(self, form: str, gloss_: str, unspaced: bool, folded: bool) -> None:
        if folded and not self.fold:
            return
        fold = _fold if folded else str
        if unspaced:
            if not folded:
                self.unspaced.append((form, gloss_))
            return
        if "_" in form:
            words = tuple(fold(x) for x in form.split("_"))
            if (words, gloss_) not in self.phrases.get(words[0], []):
                self.phrases.setdefault(words[0], []).append((words, gloss_))
            return
        table = self.stems if form.endswith("*") else self.exact
        table.setdefault(fold(form.rstrip("*")), gloss_)

    def word(self, w: str) -> tuple[str, int] | None:
        """(gloss, length of the stem that matched; 0 for a whole word) or None."""
        try:
            return self._seen[w]
        except KeyError:
            pass
        if len(self._seen) >= 65536:  # (bounded: a resident server reads many sessions)
            self._seen.clear()
        got = self._seen[w] = self._word(w)
        return got

    def _word(self, w: str) -> tuple[str, int] | None:
        cands = (w, _fold(w)) if self.fold else (w,)
        for cand in cands:
            if cand in self.exact:
                return self.exact[cand], 0
        for cand in cands:
            for n in range(len(cand), 2, -1):
                g = self.stems.get(cand[:n])
                if g is not None:
                    return g, n
        return None


@lru_cache(maxsize=65536)  # (pure on the word; a long message folds the same words for every language tried)
def _fold(w: str) -> str:
    """Lower case without accents (ß -> ss, ł -> l, ı -> i, đ -> d): users often type without them."""
    w = w.lower().replace("ß", "ss").replace("ł", "l").replace("ı", "i").replace("đ", "d").replace("ø", "o")
    if w.isascii():
        return w
    return "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))


# An item: (kind, text). Kinds: "g" an English gloss, "w" a word or name kept as it is, "p" punctuation,
# "n" a negation, "r" the user keeping the act, "c" a condition closing its clause, "s" a separable verb's first part.
Item = tuple[str, str]


def _separable(clause: list[Item], t: _Table) -> list[Item]:
    out = list(clause)
    for i, (k, w) in enumerate(out):
        if k != "s":
            continue
        base = _fold(w)
        for j in range(len(out) - 1, i, -1):
            part = _fold(out[j][1])
            g = next((g for (v, p), g in t.sep.items() if p == part and base in (v, v + "e", v + "t", v + "st")), None)
            if g is not None:
                out[i], out[j] = ("g", g), ("x", "")
                break
        else:
            hit = t.word(w)
            out[i] = ("g", hit[0]) if hit and hit[0] else ("w", w) if not hit else ("x", "")
    for i, (k, w) in enumerate(out):
        if k == "q":  # a particle no verb took: the word it is on its own
            hit = t.word(w)
            out[i] = ("g", hit[0]) if hit and hit[0] else ("x", "")
    return [x for x in out if x[0] != "x"]


def _clauses(items: list[Item]) -> list[list[Item]]:
    out: list[list[Item]] = [[]]
    for it in items:
        if it[0] == "p" or (it[0] == "g" and it[1] in ("but", "then")):
            out.append([it])
            out.append([])
        else:
            out[-1].append(it)
    return out


def _is_verb(it: Item) -> bool:
    """A glossed verb, or an English verb left as it was ("push मत करो", "no hagas push")."""
    low = it[1].lower()
    # ("give access": 권한 줘; "give": "… roles/viewer … بده", "… de do"; "suspend": "… を一時停止して")
    return it[0] in ("g", "w") and (low in _VERB_GLOSS or (it[0] == "g" and (low in _GLOSS_VERBS or low.startswith("give "))))


#: Glosses that are verbs of a clause though the request reader reads them only in phrases ("give X the viewer role",
#: "suspend her account"): a verb-final language's clause is put verb first around them too (session 20, K4).
_GLOSS_VERBS = frozenset({"give", "suspend", "block", "unblock"})


#: Languages whose verb closes its clause ("4.0.0-rc.1 を next タグで公開して", "把 4.0.0-rc.1 用 next 标签发布"):
#: the verb is read first, as English says it ("publish 4.0.0-rc.1 next").
_VERB_FINAL = frozenset({"ja", "ko", "zh", "tr", "hi", "hl"})


#: Words that belong to the verb after them ("force push", "just delete"): the verb is not moved away from them.
_VERB_BOUND = frozenset({"force", "just", "only", "again", "also", "too", "then", "now", "please", "not", "don't"})


def _verb_first(c: list[Item], start: int = 0, anywhere: bool = False) -> list[Item]:
    """A clause (from `start`: past a condition that opens it) whose one verb closes it, with the verb first:
    "4.0.0-rc.1 next publish" -> "publish 4.0.0-rc.1 next" (a word before a verb would read it as a noun: "the next
    publish"); a list of names before it stays its object ("a, b, c delete" -> "delete a, b, c")."""
    words = [i for i in range(start, len(c)) if c[i][0] in ("g", "w") and c[i][1] not in ("please", "")]
    if anywhere and len(words) >= 2:  # Chinese puts the object before the verb and the place after it ("把 X 推到 Y")
        verbs = [i for i in words if _is_verb(c[i])]
        if len(verbs) == 1 and verbs[0] != words[0] and c[verbs[0] - 1][1].lower() not in _VERB_BOUND:
            words = words[: words.index(verbs[0]) + 1]
    if len(words) < 2 or not _is_verb(c[words[-1]]) or any(_is_verb(c[i]) and not level_word([x[1] for x in c], i) for i in words[:-1]):
        return c
    last = words[-1]
    bound = last  # the words that belong to the verb go with it ("tmp_a only drop": only drop tmp_a)
    while bound > start and c[bound - 1][0] in ("g", "w") and c[bound - 1][1].lower() in _VERB_BOUND:
        bound -= 1
    if bound == words[0]:
        return c
    return [*c[:start], *c[bound:last + 1], *c[start:bound], *c[last + 1:]]


def _held_cut(c: list[Item], verb_final: bool) -> int:
    """Where a clause that asks for one act and holds back another splits (session 25, P4: "ลบ subscription X อย่าลบ
    topic", "X'i sil Y'yi silme"): before the negated verb that follows an asked verb and its object, or, in a
    verb-final language, after the asked verb whose object closes it. 0: no such split (a negation that governs the
    verb before it, "lösch X nicht", stays where it is)."""
    for i, it in enumerate(c):
        if it[0] == "g" and it[1].startswith("don't "):
            start = i
        elif it[0] == "n":
            after = [j for j in (i + 1, i + 2) if j < len(c) and _is_verb(c[j])]
            before = [j for j in (i - 1, i - 2) if j >= 0 and _is_verb(c[j])] if verb_final else []
            if not after and not before:
                return 0
            start = i if after else before[0]
        else:
            continue
        asked = [j for j in range(start) if _is_verb(c[j]) and c[j][1].lower() not in _VERB_BOUND
                 and (c[j][0] == "g" or not verb_final)]  # (an English word before a verb-final verb is its object)
        if not asked:
            return 0
        cut = asked[-1] + 1 if verb_final else start
        while verb_final and cut < start and c[cut][0] == "g" and c[cut][1].lower() in ("and", "then", "also", "please"):
            cut += 1  # ("삭제하고": delete and; the connective stays with the asked verb)
        objects = [j for j in (range(cut) if verb_final else range(asked[0] + 1, cut)) if c[j][0] == "w"
                   or (c[j][0] == "g" and not _is_verb(c[j]) and c[j][1].lower() not in _VERB_BOUND)]
        return cut if objects and 0 < cut < len(c) else 0
    return 0


def _not_this(c: list[Item]) -> int:
    """In a verb-final clause, a negation that closes a name and is followed by the request's own object and verb
    ("staging 말고 dev 네임스페이스 삭제해줘": not staging, dev): its position; 0 when the clause is not so."""
    for i, it in enumerate(c):
        if it[0] != "n":
            continue
        if i == 0 or any(_is_verb(x) for x in c[:i]) or any(_is_verb(c[j]) for j in (i + 1, i + 2) if j < len(c)):
            return 0
        rest = c[i + 1:]
        if any(x[0] == "w" for x in c[:i]) and any(x[0] == "w" for x in rest) and _is_verb(
                next((x for x in reversed(rest) if x[0] in ("g", "w") and x[1] != "please"), ("p", ""))):
            return i
        return 0
    return 0


def _canonical(clause: list[Item], verb_final: bool = False, lang: str = "") -> list[Item]:
    """One clause in English order: "don't VERB" first, a closing condition first, "i'll VERB it myself" last; in a
    verb-final language, a closing verb first. A clause that asks for one act and holds back another is two."""
    c = list(clause)
    cut = _held_cut(c, verb_final) if not any(it[0] == "c" for it in c) else 0
    if cut:
        return [*_canonical(c[:cut], verb_final, lang), ("p", ","), *_canonical(c[cut:], verb_final, lang)]
    spared = _not_this(c) if verb_final else 0
    if spared:  # "staging 말고 dev 삭제해줘": delete dev, not staging (session 25, P4)
        return [*_canonical(c[spared + 1:], verb_final, lang), ("p", ","), ("g", "not"), *c[:spared]]
    front: list[Item] = []
    cond_end = 0
    for i, it in enumerate(c):
        if it[0] == "c":
            front.append(("g", "once"))
            c = [*c[:i], ("p", ","), *c[i + 1 :]]
            cond_end = i + 1
            break
    for it in list(c):
        if it[0] == "g" and it[1].startswith("don't "):
            c.remove(it)
            front.append(it)
    negated = False
    while any(it[0] == "n" for it in c):
        i = next(i for i, it in enumerate(c) if it[0] == "n")
        near = [j for j in (i + 1, i + 2, i - 1, i - 2) if 0 <= j < len(c) and _is_verb(c[j])]
        if near and not negated:
            verb = c[near[0]]
            front.append(("g", f"don't {verb[1]}"))
            c = [x for k, x in enumerate(c) if k not in (i, near[0])]
        elif negated:
            c = c[:i] + c[i + 1 :]  # "ne … pas": one negation
        else:
            c = c[:i] + c[i + 1 :]
            front.append(("g", "not"))  # "a main no": not to main, said first as English says it
        negated = True
    tail: list[Item] = []
    if any(it[0] == "r" for it in c):
        verbs = [it for it in c if _is_verb(it)]
        c = [it for it in c if it[0] != "r" and it not in verbs[:1]]
        tail = [("g", f"i'll {verbs[0][1] if verbs else 'do'} it myself")]
    if verb_final:
        c = _verb_first(c, min(cond_end, len(c)), lang == "zh")
    return front + c + tail


def _sentences(items: list[Item]) -> list[list[Item]]:
    out: list[list[Item]] = [[]]
    for it in items:
        out[-1].append(it)
        if it[0] == "p" and it[1] in ".!?;":
            out.append([])
    return out


def _render(items: list[Item], t: _Table, verb_final: bool = False) -> str:
    if t.sep:  # a separable verb's particle closes its sentence, past any clause break ("gooi die maar weg")
        items = [it for sentence in _sentences(items) for it in _separable(sentence, t)]
    words: list[str] = []
    after_comma = False  # a clause after a comma may close a list of names its verb governs ("a, b, c 삭제해줘")
    for clause in _clauses(items):
        # (Persian: only a closing "give" is moved; its other verbs read as they stand, as they always have)
        final = (t.lang in _VERB_FINAL or (verb_final and ("g", "give") in clause)) and not after_comma
        if clause:
            after_comma = clause[0] == ("p", ",") or (after_comma and clause[0][0] != "p")
        for k, w in _canonical(clause, final, t.lang) if clause and clause[0][0] != "p" else clause:
            if k == "p" and words:
                words[-1] += w
            elif w:
                words.append(w)
    return " ".join(words)
