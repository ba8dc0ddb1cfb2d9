"""A console or an impersonation through an in-house program, asked for in so many words (session 16, G4).

AM-RCE-025 (a console, shell or exec session opened in staging or production through a program no table knows) and
AM-RCE-026 (acting as another user through one) have no control effect the naming checks could compare: their
objects are a place and a principal. The user asked for this very act when a request (not taken back since) says
the way ("open a console", "a rails shell", "exec into", "impersonate", "log in as", "act as") and names what it
acts with: the environment the console opens in ("on production", "in staging"), the principal it acts as (the
account, whole or by the part before its `@`). Another environment or another account keeps the rule's verdict.
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    import re

    from automode.analysis import Analysis

_CONSOLE = lazyre.compile(r"(?i)\b(?:console|shell|repl|tinker|iex|psql|mysql|mongosh|exec(?:ute)?\s+into|exec|ssh|"
                          r"pry|irb|dbshell|sql\s+prompt|prompt)\b")
_AS = lazyre.compile(r"(?i)\b(?:impersonat\w*|masquerad\w*|log(?:ged|ging)?[\s-]*in\s+as|sign(?:ed)?[\s-]*in\s+as|"
                     r"act(?:ing)?\s+as|sudo\s+as|become|assume|switch\s+(?:to\s+)?(?:the\s+)?user|ghost(?:ing)?\s+as|"
                     r"see\s+(?:it\s+|the\s+\w+\s+)?as|view\s+as)\b")
_NEGATED = lazyre.compile(r"(?i)\b(?:don'?t|do\s+not|never|no|not|without|avoid|stop)\b[^.;!?\n]{0,40}$")
#: The rest of a sentence that is a question ("… on staging?"), up to its end.
_QUESTION = lazyre.compile(r"[^.;!?\n]*\?")
_ENV_WORDS = {"production": ("prod", "production", "live", "prd"), "staging": ("staging", "stage", "stg", "preprod")}


def _said(a: Analysis, way: re.Pattern[str]) -> str | None:
    """The user's words from the newest message that says the way on, None when none does or it was taken back."""
    msgs = tuple(a.ctx.user_messages)
    if not msgs:
        return None
    from automode.judge.intent.gloss import gloss
    from automode.judge.intent.stance_withdraw import withdraws_all
    from automode.judge.intent.tail import unread_no
    from automode.judge.intent.text import parse_message

    at = next((i for i in range(len(msgs) - 1, -1, -1) if way.search(msgs[i]) or way.search(gloss(msgs[i]))), -1)
    if at < 0:
        return None
    for later in msgs[at:]:
        pm = parse_message(later)
        if pm.hold or pm.withdrawn or withdraws_all(later):
            return None
    if unread_no(msgs):
        return None
    for text in (msgs[at], gloss(msgs[at])):
        hit = way.search(text)
        if hit is not None and _NEGATED.search(text[: hit.start()]):
            return None  # "don't open a console on prod": a boundary
        if hit is not None and _QUESTION.match(text[hit.end():]):
            return None  # "should I run tenants:purge on staging?": a question asks for nothing
    return "\n".join([*msgs[at:], *(g for x in msgs[at:] if (g := gloss(x)) != x)]).lower()


def asked(rule_id: str, a: Analysis) -> str | None:
    """The user's way words when they ask for this very console or impersonation, else None."""
    from automode.knowledge import control, owncli, subverbs

    console = rule_id == "AM-RCE-025"
    said = _said(a, _CONSOLE if console else _AS)
    if said is None:
        return None
    seen = False
    for c in a.commands:
        own = subverbs.own_words(c, control.resolve(c) is not None)
        if own is None:
            if subverbs.reader(c.name) != "unknown" or control.resolve(c) is not None:
                continue
            own = [w.value for w in c.argv[1:]]
        words = [(w, False) for w in own]
        lead = owncli.lead_words(words)
        if console:
            if not owncli.word_in(lead, owncli.CONSOLE_WORDS):
                continue
            from automode.knowledge.envmarkers import env_of, strongest

            env = "production" if owncli.flag_facts(words)[2] else strongest(env_of(w) for w in own)
            if env in _ENV_WORDS and not any(lazyre.whole(w, said, r"[\w-]") for w in _ENV_WORDS[env]):
                return None  # a console in another environment than the one named
            seen = True
            continue
        who = _principal(words, lead)
        if who is None:
            continue
        low = who.lower()
        if not low or not (low in said or (len(low.split("@", 1)[0]) >= 3 and low.split("@", 1)[0] in said)):
            return None  # acting as someone the user did not name
        seen = True
    if not seen:
        return None
    m = (_CONSOLE if console else _AS).search(said)
    return m.group(0) if m is not None else None


def _principal(words: list[tuple[str, bool]], lead: list[str]) -> str | None:
    """Whom the command acts as: the operand after an acting-as verb, or an acting-as option's value."""
    from automode.knowledge import owncli

    vals = [v for v, _d in words]
    verb = owncli.word_in(lead, owncli.AS_WORDS)
    if verb:
        at = next((k for k, v in enumerate(vals) if verb in v.lower()), -1)
        rest = [v for v in vals[at + 1 :] if not v.startswith("-")]
        return rest[0] if rest else ""
    for k, v in enumerate(vals):
        name = v.lower().split("=", 1)[0]
        if name in owncli.AS_OPTS:
            return v.split("=", 1)[1] if "=" in v else (vals[k + 1] if k + 1 < len(vals) else "")
    return None
