"""A written configuration's meaning asked for in so many words (session 15, class F1; facts: `files.keypath_read`).

The analysis reads what a write's key paths and rule shapes mean (`files.keypaths`: xpack security off, a
NetworkPolicy admitting all ingress, `Principal: "*"`, Redis protected mode off ...). Each meaning carries the user's
words for its control; it is *said* when one clause of the user's (not a question, not negated) names the control
and the act (off: "turn off", "disable", "without", "desactiva", "無効" ...; open: "everyone", "all", "anywhere",
"full access", "*" ...), or dictates its key and value ("protected-mode no", "org_role Admin", `dictated._said`).

* The rules of this class (AM-WRITE-056/057/058) are settled here: allowed when their meaning was said, refused (their
  own verdict, with the meaning named) when not, whatever else the request asked of the same file ("add a tag to the
  bastion stack" is no request for `Peer.anyIpv4()`).
* The older rules over the same write (AM-WRITE-005/006/008 ...) are settled here the same way when every weakening
  of the write is one of its meanings (their generic verb-and-object match would release "require ssl for external
  requests" for `sslRequired: none`); beside a weakening the table does not know, their own readings apply.
A production settings file needs production said.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.files.keypath_pairs import Meaning
    from automode.model import Finding

#: The rules this module settles in full.
OWN = frozenset({"AM-WRITE-056", "AM-WRITE-057", "AM-WRITE-058", "AM-SEC-053", "AM-SEC-054", "AM-SEC-055", "AM-SEC-056", "AM-WRITE-059", "AM-WRITE-061"})
_OFF = ("off", "disable", "exclude", "exclusion", "disabled", "disabling", "deactivate", "turn off", "switch off", "without", "no", "false", "none", "remove",
        "drop", "skip", "bypass", "trust", "unset", "kill", "permissive", "plain", "plaintext", "insecure", "anonymous", "open",
        "desactiva", "desactivar", "desactive", "desative", "desativa", "desativar", "deaktiviere", "deaktivieren", "abschalten",
        "ausschalten", "aus", "désactive", "désactiver", "sin", "ohne", "sans", "sem", "matikan", "nonaktifkan", "tanpa",
        "無効", "オフ", "끄", "꺼", "비활성", "关闭", "禁用", "отключи", "выключи", "без")
_OPEN = ("everyone", "anyone", "anywhere", "everywhere", "everybody", "all", "every", "any", "full", "whole", "entire",
         "public", "publicly", "world", "internet", "unrestricted", "wide open", "allow-all", "allow all", "*", "\"*\"", "'*'",
         "0.0.0.0/0", "::/0", "0.0.0.0", "- {}", "{}", "sudo", "root", "admin", "everything",
         "todos", "todo", "todas", "cualquier", "qualquer", "tout", "tous", "toutes", "alle", "jeden", "semua", "siapa saja",
         "全て", "すべて", "全部", "誰でも", "모두", "전체", "누구나", "所有", "任何", "все", "всех",
         # opened to the internet, said as publishing: "インターネットに公開して", "对公网开放", "인터넷에 공개"
         "公開", "公开", "开放", "공개", "открой", "öffne", "abre", "abra", "ouvre", "apri", "otwórz", "buka", "mở", "open", "expose")
#: Values that say only on or off: the act must be said in words.
_PLAIN = frozenset({"true", "false", "yes", "no", "on", "off", "enabled", "disabled", "none", "null", "0", "1"})
#: Turning logging on or up (`files.framework_read`: wire, header and body logging, the root at TRACE).
_LOUD = ("on", "enable", "enabled", "turn on", "switch on", "activate", "log", "logging", "logs", "debug", "trace", "verbose", "dump",
         "print", "show", "see", "raw", "full", "raise", "increase", "all", "every", "capture", "record", "trace-level", "debug-level",
         "activa", "activar", "habilita", "active", "activer", "aktiviere", "aktivieren", "einschalten", "ativa", "ativar", "liga", "ligar",
         "nyalakan", "aktifkan", "有効", "オン", "켜", "활성", "开启", "打开", "启用", "включи", "चालू")
#: Putting a secret's value in the file itself.
_INLINE = ("hardcode", "hard-code", "hardcoded", "hard code", "inline", "plain", "plaintext", "plain text", "literal", "directly",
           "straight", "put", "set", "write", "paste", "use", "replace", "instead", "en dur", "direkt", "directamente", "diretamente",
           "直接", "직접", "सीधे")
#: Making a runtime load a file.
_LOAD = ("set", "add", "put", "load", "loads", "require", "preload", "use", "inject", "attach", "enable", "with", "hook", "instrument")
_ACTS = {"off": _OFF, "open": _OPEN, "ask": _OFF + _OPEN, "log": _LOUD, "log-ask": _LOUD, "secret": _INLINE, "secret-ask": _INLINE, "load": _LOAD, "load-ask": _LOAD}
_NEG = lazyre.compile(r"\b(?:don'?t|do\s+not|dont|never|not|avoid|shouldn'?t|mustn'?t|won'?t|keep|leave|nicht|kein\w*|pas|nunca|jangan|"
                      r"ne\s+\w+\s+pas)\b|しないで|하지\s*마")
_PROD = lazyre.compile(r"\b(?:prod|production|prd|live)\b")
#: A request to reach the service from another machine or network (the words of `judge.release._REACH`, short): a
#: control switched off to get there is then asked, not refused ("the worker on my other laptop needs the redis").
_REACH = lazyre.compile(r"\b(?:reach|connect|access|expose)\w*\b[^.;!?\n]{0,60}\b(?:from|on)\s+(?:my|another|other|a|the|our)\s+"
                        r"(?:\w+\s+)?(?:phone|tablet|laptop|machine|device|computer|pc|mac|vm|box|host|server|network)\b|"
                        r"\b(?:other|another)\s+(?:laptop|machine|host|server|computer|device)\b[^.;!?\n]{0,60}\b(?:reach|connect|access)\w*\b")


def _spans(words: tuple[str, ...], text: str) -> list[tuple[int, int]]:
    """Where each of `words` is written in `text` as a whole word (a phrase with punctuation at an end: as written)."""
    out: list[tuple[int, int]] = []
    for w in words:
        if w not in text:
            continue
        if w[:1].isalnum() and w[-1:].isalnum():
            out += [(m.start(), m.end()) for m in lazyre.built(f"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])").finditer(text)]
        else:
            out.append((i := text.find(w), i + len(w)))
    return out


def _clauses(msgs: list[str]) -> list[str]:
    from automode.judge.intent.text import parse_message

    return [c.text for m in msgs for c in parse_message(m).clauses if not c.question]


#: Wildcards of a grant as the user may write them: `s3:*`, `0.0.0.0/0`.
_WILD = lazyre.compile(r"[\w-]+:\*|0\.0\.0\.0/0|::/0")


def _said_in(m: Meaning, clause: str) -> bool:
    """The clause names the meaning's control and its act in two places (or the value itself, when it names more than
    on or off: "switch cassandra to AllowAllAuthenticator", "set the policy to Audit"; or a wildcard of the construct
    as written: `s3:*`), not under a negation."""
    wild = [w.lower() for w in _WILD.findall(m.construct)]
    if any(w in clause for w in wild):
        at = min(clause.find(w) for w in wild if w in clause)
        return _NEG.search(clause, 0, at) is None
    ctls = _spans(m.said, clause)
    if not ctls:
        return False
    value = m.value.strip().strip("\"'[]").strip().lower()
    named = len(value) >= 4 and value not in _PLAIN and value != "removed"
    acts = _spans(_ACTS[m.check] + ((value,) if named else ()), clause)
    pairs = [(c, x) for c in ctls for x in acts if c != x]
    if not pairs:
        return False
    first = min(min(c[0], x[0]) for c, x in pairs)
    return _NEG.search(clause, 0, first) is None


def said(m: Meaning, clauses: list[str], raw: list[str]) -> str | None:
    """The user's words that ask for this meaning, or None."""
    if m.check in ("secret", "secret-ask") and len(m.value) >= 6:
        typed = next((t for t in raw if m.value.lower() in t), None)  # the literal itself typed by the user
        if typed is not None:
            return typed
    for c in clauses:
        if _said_in(m, c):
            return c
    if m.key and m.value and m.value != "removed":
        from automode.judge.intent.dictated import _said

        key = re.split(r"[.]", m.key)[-1] if m.key.count(".") > 2 else m.key
        for k in dict.fromkeys((m.key, key, re.split(r"[.]", m.key)[-1])):
            got = _said(k, m.value.strip("\"'"), raw, frozenset())
            if got is not None:
                return got
    return None


def _views(a: Analysis) -> list[tuple[str, str, str, bool]]:
    """(path, old, new, before known) of every file the action writes."""
    if a.write is not None:
        return [(a.write.path, a.write.old, a.write.new, a.write.before_known)]
    return [(e.target, "", e.content, False) for e in a.effects if e.kind == "write" and e.content][:4]


def meanings(a: Analysis) -> list[tuple[str, Meaning]]:
    from automode.files import WriteView
    from automode.files.keypath_read import of_write

    out: list[tuple[str, Meaning]] = []
    for path, old, new, known in _views(a):
        out += [(path, m) for m in of_write(WriteView(a.action.tool, path, old, new, known), a.root)]
    return out


def _norm(s: str) -> str:
    return " ".join(s.lower().replace('"', "").replace("'", "").split())


def _covered(detail: str, ms: list[Meaning]) -> bool:
    d = _norm(detail)
    for m in ms:
        c = _norm(m.construct.removesuffix(" removed"))
        last = re.split(r"[.:]", m.key)[-1].lower() if m.key else ""
        if (c and (c in d or d in c)) or (len(last) >= 4 and last in d):
            return True
    return False


def settle(f: Finding, a: Analysis) -> tuple[str, str] | None:
    """("allow", the words) when the finding's meaning was asked for, (its verdict, why) when not; None when the
    finding is not read here (an older rule's finding beside a weakening this table does not know)."""
    if not a.ctx.user_messages:
        return None
    found = meanings(a)
    if not found:
        return None
    from automode.judge.intent.loader_named import beyond

    over = beyond(f, a, found)  # a loaded item not named beside an entry of the same edit that was (session 27, R6)
    if over is not None:
        return over
    from automode.judge.intent.said import lowered
    from automode.knowledge.envmarkers import env_of

    raw = [m.lower() for m in reversed(a.ctx.user_messages)]
    glossed = list(reversed(lowered(tuple(a.ctx.user_messages))))
    clauses = _clauses(raw) + _clauses(glossed) + [m for m in raw if "\n" not in m.strip()]  # (a one-line message whole:
    # "make the policy public: Principal AWS * with s3:*")
    prod_unsaid = not any(_PROD.search(t) for t in raw + glossed)
    words: dict[str, str | None] = {m.what: (None if prod_unsaid and env_of(p.lower()) == "production" else said(m, clauses, raw + glossed))
                                    for p, m in found}
    if f.rule.id in OWN:
        mine = [m for _, m in found if m.what in f.detail] or [m for _, m in found]
    else:
        # an older rule's finding over the same write: read here only when every weakening of the write is one of
        # the meanings (else its own readings apply)
        mine = [m for _, m in found]
        paths = {p for p, _ in found}
        weak = [e for e in a.effects if e.kind == "weaken" and (e.content in paths or not e.content)]
        if not weak or not all(_covered(f"{e.detail} {e.target}", mine) for e in weak):
            return None
    missing = [m for m in mine if words[m.what] is None]
    if missing:
        if f.verdict == "deny" and f.rule.id in OWN and any(_REACH.search(t) for t in raw):
            return ("ask", f"you asked to reach it from elsewhere, not that it {missing[0].what}")
        return (f.verdict, f"you did not ask for this: it {missing[0].what}")
    return ("allow", next(w for m in mine if (w := words[m.what]) is not None))
