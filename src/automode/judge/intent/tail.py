"""A short last message with a "no" or a "stop" in it that the reading cannot place (issue 12, consent over time).

"delete hello-dolly and akismet" … "não faça isso", "jangan", "đừng", "stój", "रद्द करो": the withdrawal forms are
tables per language (`later.HOLD`, `stance`), and a language or idiom they lack left the earlier request in force,
so the deletion it took back was released as asked (a silent allow). The sign of a withdrawal is cheaper to know
than its grammar: a negation or stop particle, in any of the languages below, in a short message that the reading
found no request, object, consent or hold in. Such a message does not release what was asked before it: the judge
asks (`judge.review`). It never allows or denies by itself, and a message the reading understood is left to it.
"""

from __future__ import annotations

from functools import lru_cache

from automode import lazyre

#: Negation and stop particles, as whole words: en, de, nl, sv/da/no, fr, es/pt/it, pl/cs/ru/uk, tr, id/ms, vi,
#: hi, ar, el, he, fi, hu, ro.
_PARTICLES = lazyre.compile(
    r"(?i)(?<![\w])(?:no|not|nope|don'?t|stop|cancel|abort|undo|nein|nicht|kein|keine|halt|stopp|niet|geen|"
    r"inte|ikke|ej|nej|non|ne|pas|arr[êe]te|annule[rz]?|para|pare|pará|n[ãa]o|nao|cancela|cancele|anula|nada|basta|"
    r"fermati|ferma|annulla|nie|stój|stoj|anuluj|przesta[ńn]|нет|не|стоп|хватит|отмена|отмени|ні|hayır|hayir|"
    r"dur|durdur|iptal|vazge[çc]|jangan|tidak|batal|batalkan|berhenti|đừng|dừng|không|hủy|thôi|mat|nahin|nahi|"
    r"मत|नहीं|रुको|रद्द|لا|توقف|ألغ\w*|الغ\w*|μην|όχι|σταμάτα|אל|לא|עצור|ei|älä|lopeta|nem|nu|opre[sș]te)"
    r"(?![\w])")  # fmt: skip
#: The same for scripts written without spaces (zh, ja, ko): a substring is a sign.
_CJK = lazyre.compile(r"不|别|別|没|沒|取消|算了|停|やめ|止め|中止|キャンセル|ない|ダメ|だめ|하지\s*마|하지마|취소|중지|멈춰|안\s*돼|그만")
#: Fixed phrases with a "no" that mean "fine": "no worries", "kein Problem", "pas de souci", "没问题".
_FINE = lazyre.compile(r"(?i)\bno\s+(?:problem|worries|rush|hurry|pressure|stress|biggie|prob)|\bnot\s+(?:bad|a\s+problem)|"
                       r"kein(?:e)?\s+(?:problem|sorge|stress|eile)|pas\s+de\s+(?:souci|probl[èe]me|soucis)|"
                       r"no\s+(?:pasa\s+nada|hay\s+(?:problema|prisa))|de\s+nada|sem\s+problema|n[ãa]o\s+h[áa]\s+problema|"
                       r"nessun\s+problema|non\s+c'?[èe]\s+problema|geen\s+probleem|nie\s+ma\s+(?:problemu|sprawy)|"
                       r"нет\s+проблем|не\s+за\s+что|sorun\s+(?:yok|değil)|tidak\s+apa|không\s+sao|कोई\s+बात\s+नहीं|"
                       r"لا\s+(?:مشكلة|بأس)|没问题|沒問題|没事|不客气|不用谢|不错|問題ない|大丈夫|문제\s*없|괜찮")
_MAX_WORDS = 8
_MAX_CHARS = 60


@lru_cache(maxsize=256)
def unread_no(messages: tuple[str, ...]) -> str:
    """The newest message when it is a short "no"/"stop" the reading could not place after an earlier message, or ""."""
    if len(messages) < 2:
        return ""
    last = " ".join(messages[-1].split())
    if not last or len(last) > _MAX_CHARS or len(last.split()) > _MAX_WORDS or last.endswith("?"):
        return ""
    if (_PARTICLES.search(last) is None and _CJK.search(last) is None) or _FINE.search(last):
        return ""
    from automode.judge.intent.text import parse_message

    msg = parse_message(last)
    if msg.consent or msg.hold or msg.withdrawn or msg.boundaries:
        return ""  # read: the ordinary reading decides ("no, go ahead", "wait, not yet", "keep akismet")
    if any(c.verbs or c.strong or any(_PARTICLES.fullmatch(w) is None for w in c.weak) for c in msg.clauses):
        return ""  # a request of its own, or a thing named ("no, only staging-old", "bash, not zsh"): a correction
    return last
