"""Access links against what the user asked for (session 11, surface S2: presigned URLs, SAS tokens, share links).

A link is its object sent to whoever holds it, for as long as it lives (`knowledge.links` reads one from a command).
Compared with the user's words:

* nothing asks for a link, a URL, a share or access: asked (the link lands in the agent's context and wherever it
  is pasted next);
* the user named the object(s) and the link is for another one, or for a whole bucket, container or account: refused;
* the user said how long ("valid for an hour", "24h", "for a week") and the link lives longer (the tool's default
  counts: `mc share` gives 7 days): refused; nothing said and a link that never expires or lives more than 7 days:
  asked;
* a link that lets its holder write or delete when the user asked for a download link: refused.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.knowledge.links import NEVER, links
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.knowledge.links import Link

#: Words that ask for a link or for access to be handed out.
ASKS = lazyre.compile(r"(?i)\b(?:links?|urls?|presign\w*|pre-sign\w*|signed|sign|sas|share\w*|download\w*|"
                      r"access|expir\w*|valid|token|"
                      # the same in the languages `intent.gloss` reads: lien, enlace, Link, collegamento, ссылка ...
                      r"lien|enlace|v[ií]nculo|liga|collegamento|koppeling|länk|odkaz|odnośnik|bağlantı|tautan|"
                      r"ссылк\w*|посилання|t[ée]l[ée]chargement|descarga|herunterladen)\b|リンク|链接|連結|링크|رابط|लिंक|"
                      # a link or URL glued to the words around it in scripts without spaces ("署名付きURLを")
                      r"(?<=[^\x00-\x7f])(?:URL|url|link)|(?:URL|url|link)(?=[^\x00-\x7f])|署名付き|签名|서명|ลิงก์|ลิงค์")
#: Words that ask for a link to write through (an upload link, a drop box for someone's files).
WRITE_WORDS = lazyre.compile(r"(?i)\b(?:upload\w*|put|write|writ\w*|drop\s+off|send\s+(?:me|us)\s+(?:the|their|a)|"
                             r"submit\w*|delete)\b")
_NUMBER = {"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0,
           "seven": 7.0, "ten": 10.0, "fifteen": 15.0, "twelve": 12.0, "thirty": 30.0, "half an": 0.5, "24": 24.0}
_SPAN = lazyre.compile(r"(?i)\b(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|ten|twelve|fifteen|thirty|half\s+an)"
                       r"[\s-]*(seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|w|months?)\b")
_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, "w": 604800.0, "mo": 2592000.0}
_FILE = lazyre.compile(r"(?<![\w@])(?:[\w.-]+/)*[\w-][\w.-]*\.[a-z0-9]{1,8}(?![\w/])", re.I)
_TLDS_SKIP = frozenset({"com", "net", "org", "io", "dev", "app"})
WEEK = 604800.0
DAY = 86400.0


def _unit(word: str) -> float:
    w = word.lower()
    if w.startswith("mo"):
        return _UNITS["mo"]
    if w.startswith("mi") or w == "m":
        return _UNITS["m"]
    return _UNITS.get(w[0], 0.0)


@lru_cache(maxsize=256)
def said_lifetime(text: str) -> float:
    """The longest lifetime the user's words give a link ("valid for an hour", "24h", "for 2 days"); 0 when none. In
    words of other languages, the longest length of time they name that is not an age (`intent.said_units`: "válida
    por 15 minutos", "2時間で", "valabil o oră", "อายุ 1 ชั่วโมง")."""
    from automode.judge.intent.said_units import spans

    best = 0.0
    if not _SPAN.search(text):
        best = max((s for s, age in spans(text) if not age), default=0.0)
    for m in _SPAN.finditer(text):
        n = m.group(1).lower()
        num = float(n) if n[0].isdigit() else _NUMBER.get(re.sub(r"\s+", " ", n), 1.0)
        before = text[max(0, m.start() - 40): m.start()].lower()
        # (a span written as the link's adjective, "a 2-hour link", "a one-day URL", is its lifetime: session 26)
        if not re.search(r"\b(?:for|valid|expir\w*|lasts?|within|live|ttl|good|up to|in|only)\b|\b\d+$", before) \
                and not re.match(r"(?i)\d+[hdwms]\b", m.group(0)) and not re.match(r"(?i)[\w.]+-(?!\s)", m.group(0)):
            continue
        best = max(best, num * _unit(m.group(2)))
    return best


def _names(text: str, prefixes: bool = False) -> set[str]:
    """The objects a message spells: URIs' keys and file names (`q1.pdf`, `reports/2024/q1.pdf`); with `prefixes`,
    also the paths it names (`myminio/inbox`): enough to name a link's object, never to refuse one."""
    out: set[str] = set()
    for w in text.split():
        w = w.strip("`'\"()[]{}<>,;!?")
        if "://" in w:
            key = w.split("://", 1)[1].split("/", 1)[1] if "/" in w.split("://", 1)[1] else ""
            if key.strip("/"):
                out.add(key.strip("/").lower())
        elif prefixes and "/" in w and not w.startswith(("/", "~", "@")):
            out.add(w.strip("/").lower())  # `myminio/inbox`, `reports/2024`: a prefix named
    for m in _FILE.finditer(text):
        name = m.group(0).lower()
        if name.rsplit(".", 1)[-1] not in _TLDS_SKIP:
            out.add(name)
    return out


def _obj_key(obj: str) -> str:
    o = obj.strip("'\"")
    if "://" in o:
        rest = o.split("://", 1)[1]
        if ".core.windows.net" in rest or "amazonaws.com" in rest or "googleapis.com" in rest:
            rest = rest.split("/", 1)[1] if "/" in rest else ""
        return (rest.split("/", 1)[1] if "/" in rest else "").strip("/").lower()
    if ":" in o:
        o = o.split(":", 1)[1]
    return o.strip("/").split("/", 1)[1].lower() if o.count("/") >= 1 and not o.startswith("/") else o.lower()


def _named(obj: str, names: set[str], text: str) -> bool:
    key = _obj_key(obj)
    base = key.rsplit("/", 1)[-1]
    return bool(key) and (key in names or base in names or any(n.endswith("/" + base) or key.endswith(n) for n in names)
                          or (len(base) > 3 and base in text))


#: Objects whose contents are secrets or a whole database: Terraform state, dumps, backups, env files, keys.
_SECRET_OBJECT = lazyre.compile(r"(?i)(?:\.tfstate(?:\.backup)?|\.env(?:\.[\w-]+)?|\.pem|\.key|\.p12|\.pfx|\.kdbx|"
                                r"\.dump|\.sql(?:\.gz)?|\.bak|\.sqlite3?|\.db|id_(?:rsa|ed25519|ecdsa)|credentials(?:\.\w+)?|"
                                r"secrets?\.(?:ya?ml|json|env))$")


def _holds_secrets(obj: str) -> bool:
    return _SECRET_OBJECT.search(obj.strip("'\"").rstrip("/")) is not None


def _span(seconds: float) -> str:
    if seconds == -1.0:
        return "never expires"
    for unit, size in (("days", 86400.0), ("hours", 3600.0), ("minutes", 60.0)):
        if seconds >= size:
            n = seconds / size
            return f"lasts {n:g} {unit}" if n != 1 else f"lasts 1 {unit[:-1]}"
    return f"lasts {seconds:g} seconds"


def judge(a: Analysis) -> tuple[str, str] | None:
    """(verdict, reason) when an access link of the action is not the one the user asked for, else None."""

    found: list[Link] = list(links(a.commands))
    if not found or not a.ctx.user_messages:
        return None
    text = " ".join(m[:8000] for m in a.ctx.user_messages)
    if ASKS.search(text) is None:
        what = ", ".join(found[0].objects)[:80] or "what it names"
        return "ask", f"this makes a link that lets whoever holds it read {what}; nothing you said asks for one"
    names = _names(text)
    limit = said_lifetime(text)
    for ln in found:
        shown = ", ".join(ln.objects)[:80]
        held = next((o for o in ln.objects if _holds_secrets(o) and not _named(o, names, text.lower())), None)
        if held is not None:
            return "deny", f"this link hands out {held[:80]}, which holds secrets or a whole database, and you did not name it"
        if ln.writes and not WRITE_WORDS.search(text):
            return "deny", f"this link to {shown} lets whoever holds it write or delete there; you asked for access to read"
        if names and ln.whole:
            return "deny", f"you named {sorted(names)[0]}; this link reaches all of {shown}"
        if names and ln.objects and not all(_named(o, names, text.lower()) for o in ln.objects):
            other = next(o for o in ln.objects if not _named(o, names, text.lower()))
            return "deny", f"you asked for a link to {', '.join(sorted(names))[:80]}; this one is for {other[:80]}"
        if limit and (ln.lifetime == NEVER or ln.lifetime > limit * 1.01):
            how = "as given" if ln.given else f"the {ln.program} default"
            return "deny", (f"you asked for a link valid for {_span(limit)[6:]}; this one {_span(ln.lifetime)} "
                            f"({how})")
        if not limit and (ln.lifetime == NEVER or ln.lifetime > WEEK * 1.01):
            return "ask", f"this link to {shown} {_span(ln.lifetime)}; you did not say how long it should work"
        if not limit and ln.given and ln.lifetime > max(ln.default, DAY) * 1.01 \
                and not _number_said(text):
            # (session 26, Q5: a lifetime longer than the program's own and than a day, where none was said, is the
            # agent's choice; a one-day link to the file named stays routine, published t5b-0278)
            own = f"the {ln.program} default is {_span(ln.default)[6:]}" if ln.default > 0 else "no lifetime was said"
            return "ask", f"this link to {shown} {_span(ln.lifetime)}, a lifetime the agent chose ({own})"
    return None


def _number_said(text: str) -> bool:
    from automode.judge.intent.agent_chose import number_said

    return number_said(text)


#: Rules that only say a link or share is made (the control tables' `share|signurl|link` as an access change, an
#: outward act nobody asked for): a link the user asked for, exactly as asked, settles them.
SETTLED = frozenset({"AM-TRUST-003", "AM-JUDGE-008"})


def settles(a: Analysis, rules: tuple[str, ...]) -> str | None:
    """The reason to allow when the action only makes links the user asked for, each for an object they named, read
    only, within the lifetime they said (or a week when they said none); None otherwise."""

    found = list(links(a.commands))
    if not found or not rules or not set(rules) <= SETTLED or not a.ctx.user_messages:
        return None
    texts = {ln.text for ln in found}
    if any(e.kind == "control" and e.detail not in texts for e in a.effects):
        return None  # something else than the links is done here
    text = " ".join(m[:8000] for m in a.ctx.user_messages)
    names, limit = _names(text, prefixes=True), said_lifetime(text)
    if ASKS.search(text) is None or not names or judge(a) is not None:
        return None
    for ln in found:
        if (ln.writes and not WRITE_WORDS.search(text)) or ln.whole or not ln.objects or not all(
                _named(o, names, text.lower()) for o in ln.objects):
            return None
        if ln.lifetime == NEVER or ln.lifetime > (limit * 1.01 if limit else WEEK * 1.01):
            return None
    return f"you asked for a link to {', '.join(sorted(names))[:80]}; this makes exactly that one"
