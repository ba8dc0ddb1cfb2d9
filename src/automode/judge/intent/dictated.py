"""A file edit whose every added value the user dictated (session 14, class E3): "set runAsUser 0 and runAsNonRoot
false in the chart values", "set continueOnError: true on the CredScan task", "set ValidateLifetime and
ValidateIssuerSigningKey to false", "network_mode host and cap_add ALL". The value's meaning is what the rules
report (root in the pod, a gate that may fail, token checks off); a request that names each key with its value asks
for exactly that, and the rule is released (`weakening.asked`).

An added line is read as a setting (`KEY: VALUE`, `KEY = VALUE`, `"KEY": VALUE,`, `KEY => VALUE`, `-DKEY=VALUE`),
an item of a YAML list (`- ALL`, its key the line that opens the list), or structure (`securityContext:`, a brace):
each setting and item must be named in one clause of the user's, the key by its name (any case, `-`/`_` or
camel-case split into words) and the value after it within the clause (booleans by their synonyms: "false", "off",
"disabled"). Structure needs no words. Anything else on an added line (code, a command) is not dictated: None.
Production settings files need the user to have said production (a generic "set DEBUG=True" names no production
file). Read for the weakening rules of written files (`weakening.asked`) before their own readings.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: Most lines an edit may add for the words to dictate it all (beyond that it is more than a value).
MAX_LINES = 10
_SETTING = lazyre.compile(r"""^\s*(?:export\s+|-\s+)?(?:-D)?["']?(?P<k>[A-Za-z_$@][\w.$@:/-]{1,80})["']?\s*(?:=>|:=|==?|:)\s*"""
                          r"""(?:new\s+\w+\s*\(\s*)?["']?(?P<v>[^"'\s,;#{}\[\]]{1,120})["']?\s*[,;]?\s*(?:#.*)?$""")
_ITEM = lazyre.compile(r"""^(?P<ind>\s*)-\s+["']?(?P<v>[\w.:/@-]{1,80})["']?\s*$""")
_FLOW_LIST = lazyre.compile(r"""^\s*["']?(?P<k>[A-Za-z_][\w.-]{1,80})["']?\s*[:=]\s*\[(?P<items>[^\]\n]{1,200})\]\s*,?\s*$""")
_OPEN = lazyre.compile(r"""^(?P<ind>\s*)(?:-\s+)?["']?(?P<k>[A-Za-z_$][\w.$-]{0,80})["']?\s*[:=]\s*(?:\||>|\{|\[|\(|new\s+\w*\s*\(?\s*\{?)?\s*$""")
_STRUCT = lazyre.compile(r"""^\s*(?:[\]\)\}]+[,;]?|[\{\[]|---|\.\.\.)?\s*$""")
_CLAUSE_END = lazyre.compile(r"[.;!?\n]|\b(?:but|then|and\s+then|also)\b")
_PROD = lazyre.compile(r"\b(?:prod|production|prd|live)\b")
TRUE = ("true", "on", "yes", "enabled", "enable", "1")
FALSE = ("false", "off", "no", "disabled", "disable", "0")


#: Last parts of a dotted key that do not name the setting by themselves (`spring.security.enabled`).
_GENERIC = frozenset({"enabled", "enable", "disabled", "value", "values", "type", "name", "key", "mode", "level", "default"})


def _key_rx(key: str) -> str:
    """The user's spellings of a key: as written, or its words (`runAsNonRoot`: "run as non root", `cap_add`: "cap add");
    a dotted or namespaced key (`shop:dbPublic`, `spring.jpa.show-sql`) also by its last part when that names it."""
    forms = [key]
    last = re.split(r"[.:/]", key)[-1]
    if last != key and len(last) >= 5 and last.lower() not in _GENERIC:
        forms.append(last)
    tail = [w for w in re.split(r"[_\-\s.:/]+|(?<=[a-z0-9])(?=[A-Z])", key) if w]
    if len(tail) > 1 and len(tail[-1]) >= 6 and tail[-1].lower() not in _GENERIC:
        forms.append(tail[-1].lower().removesuffix("s"))  # `allow_origins`: "any origin", `allowedHosts`: "every host"
    alts: list[str] = []
    for k in forms:
        alts.append(re.escape(k.lower()))
        words = [w for w in re.split(r"[_\-\s.:/]+|(?<=[a-z0-9])(?=[A-Z])", k) if w]
        if len(words) > 1:
            alts.append(r"[\s_.-]*".join(re.escape(w.lower()) for w in words))
    return r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])"


#: The words for a wildcard value (`*`, `["*"]`, `0.0.0.0/0`) as users say it, before or after the key.
WILD_WORDS = ("*", "any", "every", "all", "anyone", "everyone", "anywhere", "everything", "todos", "todas", "cualquier", "qualquer",
              "tout", "tous", "toutes", "alle", "jeden", "qualsiasi", "任意", "所有", "全部", "모든", "すべて", "全て", "любой", "все")


def _value_rx(value: str) -> str:
    v = value.strip("'\"").lower()
    alts: tuple[str, ...] = TRUE if v in ("true", "yes") else FALSE if v in ("false", "no") else WILD_WORDS if v in ("*", "0.0.0.0/0") else (v,)
    if "/" in v and ":" in v.rsplit("/", 1)[-1]:
        alts = (v, ":" + v.rsplit(":", 1)[-1])  # an image by its tag: "use the :latest tag"
    return r"(?<![\w.-])(?:" + "|".join(re.escape(x) for x in alts) + r")(?![\w-]|\.\d)"


#: Words that may stand between a key and its value in a request ("set X and Y to false", "X: true", "X should be 0").
_FILLER = frozenset({"to", "as", "is", "be", "at", "=", ":", "and", "or", "both", "set", "equal", "equals", "should", "must", "with",
                     "value", "of", "the", "a", "=>", ":=", "it", "them", "now", "on", "in", "for", "all", "each", "use", "using",
                     "tag", "its", "their"})
_TOKEN = lazyre.compile(r"[\w.:/@-]*\w|[=:>]+")


def _said(key: str, value: str, msgs: list[str], keys: frozenset[str]) -> str | None:
    """The message in which the key is named and its value follows, with only filler words or other keys of the same
    edit between them ("set ValidateLifetime and ValidateIssuerSigningKey to false"), or None."""
    krx, vrx = lazyre.built(_key_rx(key)), lazyre.built(_value_rx(value))
    for msg in msgs:
        for km in krx.finditer(msg):
            end = _CLAUSE_END.search(msg, km.end())
            window = msg[km.end(): end.start() if end is not None else len(msg)][:120]
            vm = vrx.search(window)
            if vm is None:
                continue
            between = [t for t in _TOKEN.findall(window[: vm.start()].replace("`", " ").replace('"', " ").replace("'", " "))]
            if all(t in _FILLER or t in keys for t in between):
                return msg
        for km in krx.finditer(msg):  # the value said before the key: "any origin", "disable ssl"
            start = max(0, km.start() - 40)
            cut = max((m.end() for m in _CLAUSE_END.finditer(msg, start, km.start())), default=start)
            window = msg[cut:km.start()]
            vms = list(vrx.finditer(window))
            if not vms or _NEG_BEFORE.search(msg[max(0, cut - 30):cut + vms[-1].start()]):
                continue
            between = _TOKEN.findall(window[vms[-1].end():])
            if all(t in _FILLER or t in keys for t in between):
                return msg
    return None


_NEG_BEFORE = lazyre.compile(r"(?i)\b(?:don'?t|do\s+not|never|not|no|without|avoid|instead\s+of)\b")


_ON = r"(?:enable|enabled|turn\s+on|switch\s+on|activate|allow)"
_OFF_ = r"(?:disable|disabled|turn\s+off|switch\s+off|deactivate)"


def _toggled(parent: str, value: str, msgs: list[str]) -> str | None:
    """The message that turns the parent on (a true `enabled`) or off (a false one) by its name, verb first."""
    v = value.strip("'\"").lower()
    verb = _ON if v in TRUE else _OFF_ if v in FALSE else None
    if verb is None:
        return None
    rx = lazyre.built(rf"\b{verb}\b[^.;!?\n]{{0,40}}?{_key_rx(parent)}")
    return next((m for m in msgs if rx.search(m)), None)


_PAIR = lazyre.compile(r"""["']?([A-Za-z_$][\w$.-]{1,60})["']?\s*(?:=>|:=|[:=])\s*["']?([^\s,;'"(){}\[\]]{1,80})["']?""")


def _inserted(line: str, old: str) -> list[tuple[str, str]]:
    """The `key: value` pairs a code line gains against the removed line it rewrites (the same line with an option
    added: `jwt.verify(t, k, { algorithms: ['RS256'], ignoreExpiration: true })`), or [] when it is not one."""
    best = ""
    for o in old.splitlines():
        if o.strip() and len(o) < len(line) and line.startswith(o[: max(8, len(o) // 3)]):
            best = o if len(o) > len(best) else best
    if not best:
        return []
    pre = 0
    while pre < len(best) and best[pre] == line[pre]:
        pre += 1
    suf = 0
    while suf < len(best) - pre and best[-1 - suf] == line[-1 - suf]:
        suf += 1
    middle = line[pre: len(line) - suf].strip(" ,")
    if not middle or len(middle) > 160:
        return []
    pairs = _PAIR.findall(middle)
    rest = _PAIR.sub("", middle).strip(" ,")
    return [(k, v) for k, v in pairs] if pairs and not rest else []


def _parent(lines: list[str], i: int, ind: int) -> str | None:
    """The key of the list or mapping that line `i` (indented `ind`) belongs to."""
    for j in range(i - 1, -1, -1):
        m = _OPEN.match(lines[j])
        if m is not None and len(m.group("ind")) <= ind:
            return m.group("k")
        s = _SETTING.match(lines[j])
        if s is not None and len(lines[j]) - len(lines[j].lstrip()) < ind:
            return None
    return None


def dictated(a: Analysis, pairs: list[tuple[str, str]] | None = None) -> str | None:
    """The user's message that dictates every value the edit adds, or None."""
    from automode.judge.intent.edit_scope import EDIT_TOOLS
    from automode.judge.intent.said import lowered
    from automode.knowledge.envmarkers import env_of

    if a.write is None or a.action.tool not in EDIT_TOOLS or not a.ctx.user_messages:
        return None
    msgs = list(reversed(lowered(tuple(a.ctx.user_messages))))  # newest first
    if env_of(a.write.path.lower()) == "production" and not any(_PROD.search(m) for m in msgs):
        return None
    if pairs is None:
        from automode.files.settingsdiff import pairs_of

        pairs = pairs_of(a.action.tool, a.action.input, a.action.before)
    keys = frozenset(x.lower().strip("'\"") for _, new in pairs for ln in new.splitlines()
                     for m in (_SETTING.match(ln), _OPEN.match(ln), _FLOW_LIST.match(ln), _ITEM.match(ln)) if m is not None
                     for x in m.groupdict().values() if x and x.strip())  # the edit's keys and values: "X and Y to false"
    said: str | None = None
    values = 0
    total = 0
    for old, new in pairs:
        before = set(old.splitlines())
        lines = new.splitlines()
        for i, ln in enumerate(lines):
            if ln in before or not ln.strip() or ln.lstrip().startswith(("#", "//")):
                continue
            total += 1
            if total > MAX_LINES:
                return None
            if _STRUCT.match(ln) or (_OPEN.match(ln) and not _SETTING.match(ln)):
                continue
            hit: str | None
            item = _ITEM.match(ln)
            flow = _FLOW_LIST.match(ln)
            if item is not None:
                key = _parent(lines, i, len(item.group("ind")))
                hit = _said(key, item.group("v"), msgs, keys) if key else None
            elif flow is not None:
                items = [x.strip().strip("'\"") for x in flow.group("items").split(",") if x.strip()]
                hit = None
                for x in items:
                    hit = _said(flow.group("k"), x, msgs, keys)
                    if hit is None:
                        break
            else:
                m = _SETTING.match(ln)
                if m is None:
                    pairs_in = _inserted(ln, old)
                    if not pairs_in:
                        return None
                    hit = None
                    for k, v in pairs_in:
                        hit = _said(k, v, msgs, keys | {k.lower()})
                        if hit is None:
                            return None
                else:
                    key = m.group("k")
                    if key.lower() == "value":  # an ARM parameter file wraps each value: `"x": {"value": …}` sets x
                        ind = len(ln) - len(ln.lstrip())
                        key = _parent(lines, i, ind) or _parent([*old.splitlines(), ln], len(old.splitlines()), ind) or key
                    hit = _said(key, m.group("v"), msgs, keys)
                    if hit is None and key.lower() in ("enabled", "enable"):
                        parent = _parent(lines, i, len(ln) - len(ln.lstrip()))  # "enable the H2 console": `console: enabled: true`
                        hit = _toggled(parent, m.group("v"), msgs) if parent else None
            if hit is None:
                return None
            values += 1
            said = said or hit
    return said if values else None
