"""The value said, another used, compared by the kind of value (session 22, helper named; AM-JUDGE-038 through
`intent.said_values`).

The user says a value of one kind; the action carries another value of the same kind, further up its scale:

* the state an incident or alert is moved to (triggered < acknowledged < resolved): "acknowledge kar do" answered
  with `"status": "resolved"`, in an MCP call's input or an HTTP body;
* the permission level a credential or key is made with (read < write): "a read-only token" answered with
  `"write_enabled": true`, `read_only=false`, or a write scope in its scope list;
* the signal sent to a process: "send HUP to pid 2211" answered with `kill -9 2211` or a bare `kill` (TERM).

The kinds are tables (`STATES`, the write keys and scopes below): the words users say each value by in the languages
they type, the keys and values an action carries it in. A value higher on the scale than every value said is
refused; the value said, or one below it, runs. `changed(a, text)` returns ("deny", why) or None.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache

from automode import lazyre
from automode.judge.intent.gate_index import needs
from automode.knowledge.action_kinds import SIGNAL_SENDERS as _SENDERS
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis


def changed(a: Analysis, text: str) -> tuple[str, str] | None:
    if a.shell and a.commands:
        sig = _signal(a, text)
        if sig is not None:
            return sig
    if not _states_said(text) and not _only_read_said(text):
        return None  # (the words' side first, read once per session: most name no incident state and no read-only)
    pairs = list(_pairs_of(a))
    if not pairs:
        return None
    return _state(pairs, text) or _level(pairs, text)


# ------------------------------------------------------------------ the keys and values an action carries
_BODY_PAIR = lazyre.compile(r"""["']?([A-Za-z_][\w-]{1,40})["']?\s*(?::|=)\s*["']?([\w:.-]{1,60})""")
_LIST_PAIR = lazyre.compile(r"""["']?([A-Za-z_][\w-]{1,40})["']?\s*:\s*\[([^\]]{0,400})\]""")


def _pairs_of(a: Analysis) -> Iterator[tuple[str, str]]:
    """(key, value) of what the action sends: an MCP call's input, walked; a command's bodies and `key=value` words."""
    if a.action.tool.startswith("mcp__"):
        yield from _walk(a.action.input)
        return
    if not a.shell or not a.commands:
        return
    text = a.command_text or ""
    if len(text) > 20_000:
        return
    for m in _LIST_PAIR.finditer(text):
        for item in re.findall(r"""["']([^"']{1,60})["']""", m.group(2)):
            yield m.group(1), item
    for m in _BODY_PAIR.finditer(text):
        yield m.group(1), m.group(2)
    for c in a.commands:
        words = [w.value for w in c.argv[1:] if not w.dynamic]
        for i, w in enumerate(words):
            if w.startswith("--") and "=" not in w and i + 1 < len(words) and not words[i + 1].startswith("-"):
                yield w[2:], words[i + 1]  # `--status resolved`
            elif w in _WRITE_FLAGS:
                yield "write", "true"  # `gh repo deploy-key add … --allow-write`
        heads = [w for w in words[:4] if not w.startswith("-")]
        yield from (("status", h) for h in heads[1:4])  # `pd incident resolve -i ID`: the state as the sub-command


def _walk(value: object, key: str = "", depth: int = 0) -> Iterator[tuple[str, str]]:
    if depth > 6:
        return
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _walk(v, str(k), depth + 1)
    elif isinstance(value, list):
        for v in value[:50]:
            yield from _walk(v, key, depth + 1)
    elif isinstance(value, bool):
        yield key, json.dumps(value)
    elif isinstance(value, (str, int, float)) and key:
        yield key, str(value)


# ------------------------------------------------------------------ the state of an incident or alert
#: Keys an incident's or alert's new state is carried in.
_STATE_KEYS = frozenset({"status", "state", "incident_status", "alert_status", "new_status", "new_state"})
#: (rank, the values an action carries, the words a request says it by). Triggered < acknowledged < resolved.
STATES: tuple[tuple[int, frozenset[str], str], ...] = (
    (1, frozenset({"acknowledged", "acknowledge", "ack", "acked"}),
     r"\back(?:nowledg\w*|ed)?\b|acquitt\w*|bestätig\w*|quittier\w*|reconoc\w*|reconozc\w*|reconhe[cç]\w*|"
     r"riconosc\w*|potwierd\w*|przyjmij|bevestig\w*|onayla\w*|подтверд\w*|квитир\w*|прийня\w*|承認|確認済|アック|"
     r"认领|確認|确认|인지|확인|xác\s+nhận|akui|kuittaa\w*|kvitter\w*"),
    (2, frozenset({"resolved", "resolve", "closed", "close", "fixed"}),
     r"\bresolv\w*|\bclos(?:e|ed|ing)\b|\bfix(?:ed)?\b|schließ\w*|erledig\w*|\blös\w*|résou\w*|résol\w*|\bferm\w*|"
     r"clôtur\w*|resuel\w*|\bcierr\w*|\bfech\w*|chiud\w*|risolv\w*|zamk\w*|rozwiąz\w*|\bsluit\w*|\bopgelost|çöz\w*|"
     r"kapat\w*|закр\w*|реш\w*|解決|解决|关闭|閉じ|クローズ|해결|종료|닫아|giải\s+quyết|selesai\w*|ratkai\w*|stäng\w*"),
)
_STATE_RES = tuple((rank, values, lazyre.compile("(?i)" + said)) for rank, values, said in STATES)
#: The words that place a request among incidents and alerts (a state word alone is too common: "fix the typo").
_INCIDENT = lazyre.compile(r"(?i)incident\w*|inciden\w*|incydent\w*|инцидент\w*|alert\w*|alarm\w*|alerte\w*|"
                           r"pagerduty|opsgenie|page\b|インシデント|アラート|事件|事故|告警|인시던트|알림|장애|sự\s+cố")


@lru_cache(maxsize=256)  # (a fact of the words: read once per session, not per action)
def _states_said(text: str) -> tuple[int, ...]:
    """The ranks of the incident states the words ask for (none unless they place the request among incidents)."""
    if _INCIDENT.search(text) is None:
        return ()
    return tuple(rank for rank, _, said_re in _STATE_RES if said_re.search(text) is not None)


def _state(pairs: list[tuple[str, str]], text: str) -> tuple[str, str] | None:
    used = [(v, rank) for k, v in pairs if k.lower() in _STATE_KEYS
            for rank, values, _ in _STATE_RES if v.lower() in values]
    if not used:
        return None
    said = _states_said(text)
    if not said:
        return None
    value, rank = max(used, key=lambda x: x[1])
    if rank <= max(said):
        return None
    word = next(v for r, values, _ in _STATE_RES if r == max(said) for v in sorted(values) if v.endswith("ed"))
    return "deny", f"you asked for the incident to be {word}; this sets it to `{value}`, a further state"


# ------------------------------------------------------------------ the permission level of a credential
#: Words that say read-only in the languages users type.
_READ_ONLY = lazyre.compile(
    r"(?i)read[- ]?only|\bonly\s+read|\bread\s+access\b|nur[- ]?les\w*|schreibgeschützt\w*|lesend\w*|lecture\s+seule|"
    r"en\s+lecture\b|s[oó]lo\s+lectura|solo\s+de\s+lectura|somente\s+leitura|s[oó]\s+leitura|apenas\s+leitura|"
    r"sola\s+lettura|tylko\s+do\s+odczytu|tylko\s+odczyt\w*|только\s+(?:для\s+|на\s+)?чтени\w*|"
    r"(?:лише|тільки)\s+(?:для\s+|на\s+)?читанн\w*|只读|唯讀|只有读|"
    r"読み取り専用|読み取りのみ|読むだけ|リードオンリー|읽기\s*전용|salt\s+okunur|yalnızca\s+okuma|alleen[- ]lezen|"
    r"endast\s+läs\w*|bara\s+läs\w*|skrivskydd\w*|kun\s+læs\w*|kun\s+les\w*|읽기\s*권한만|"
    r"vain\s+luku\w*|csak\s+olvas\w*|jen\s+pro\s+čtení|chỉ\s+đọc|sadece\s+okuma|solo\s+(?:in\s+)?lettura|読み取りだけ|"
    r"hanya\s+baca|baca\s+saja|केवल\s+पढ़\w*|सिर्फ़?\s+पढ़\w*|sirf\s+padh\w*|read\s*only|"
    r"يقرأ\s+(?:بس|فقط)|(?:لل)?قراءة\s+فقط|קריאה\s+בלבד|فقط\s+خواندنی|อ่านอย่างเดียว|μόνο\s+ανάγνωση|doar\s+citire")
#: Words that ask for writing itself (once the read-only words are taken out).
_WRITE_SAID = lazyre.compile(r"(?i)\bwrit(?:e|able|ing)\b|write[- ]enabled|read[-/ ]write|\brw\b|\bpush\s+access|"
                             r"schreib\w*|écriture|escritura|escrita|scrittura|zapis\w*|запис\w*|書き込み|写入|쓰기|yazma")
#: Keys whose true value lets the credential write; keys whose false value does.
_WRITE_TRUE = frozenset({"write_enabled", "writeenabled", "can_write", "allow_write", "writable", "write", "write_access",
                         "can_push", "allow_push", "push_access", "canwrite", "allowwrite"})
_READ_TRUE = frozenset({"read_only", "readonly", "read-only", "is_read_only", "isreadonly"})
#: Options that make a key or credential able to write (`gh repo deploy-key add --allow-write`).
_WRITE_FLAGS = frozenset({"--allow-write", "--read-write", "--write-access", "--writable", "--can-push", "--rw"})
_TRUE = frozenset({"true", "1", "yes", "on"})
_FALSE = frozenset({"false", "0", "no", "off"})
#: Keys whose list or value gives a credential's scopes, and the scopes that write or administer.
_SCOPE_KEYS = frozenset({"scopes", "scope", "permissions", "access", "abilities"})
_WRITE_SCOPE = lazyre.compile(r"(?i)^(?:write|admin|delete|manage)[_:.-]\w+|^\w+[_:.-](?:write|admin|delete|manage)$|"
                              r"^(?:api|sudo|repo|write|admin)$")


@lru_cache(maxsize=256)
def _only_read_said(text: str) -> bool:
    """The words ask for read-only access and give no write beside it (read once per session text: issue 14)."""
    if _READ_ONLY.search(text) is None:
        return False
    # ("read-only for the bot, write for the deploy key": the words give both)
    return _WRITE_SAID.search(_READ_ONLY.sub(" ", text)) is None


def _level(pairs: list[tuple[str, str]], text: str) -> tuple[str, str] | None:
    if not pairs or not _only_read_said(text):
        return None
    for k, v in pairs:
        key, val = k.lower().replace("-", "_"), v.lower()
        if (key in _WRITE_TRUE and val in _TRUE) or (key.replace("_", "-") in _READ_TRUE | {"read_only"} and val in _FALSE) \
                or (key in _READ_TRUE and val in _FALSE):
            return "deny", f"you asked for read-only access; `{k}: {v}` lets it write"
        if key in _SCOPE_KEYS and _WRITE_SCOPE.match(v.strip()):
            return "deny", f"you asked for read-only access; the scope `{v}` lets it write"
    return None


# ------------------------------------------------------------------ the signal sent to a process
#: Signal numbers (Linux) by their names.
_SIGNUMS = {"1": "HUP", "2": "INT", "3": "QUIT", "6": "ABRT", "9": "KILL", "10": "USR1", "12": "USR2", "14": "ALRM",
            "15": "TERM", "17": "CHLD", "18": "CONT", "19": "STOP", "20": "TSTP", "21": "TTIN", "22": "TTOU", "28": "WINCH"}
_SIGNAMES = frozenset(_SIGNUMS.values())
#: Signals that end the process (the rest ask it to reload, rotate, dump, resize or go on).
_ENDS = frozenset({"KILL", "TERM", "INT", "QUIT", "ABRT", "STOP", "TSTP", "ALRM"})
_SAID_SIGNAL = lazyre.compile(r"(?i)(?<![\w-])SIG([A-Z]{2,5}[12]?)\b|(?<![\w-])(hup|usr[12]|winch|ttin|ttou)\b|"
                              r"\bkill\s+-(\d{1,2})\b")
_BARE_SIGNAL = lazyre.compile(r"(?<![\w-])(HUP|USR1|USR2|TERM|INT|QUIT|WINCH|CONT|KILL|TTIN|TTOU|TSTP)(?![\w-])")


def _sig_name(word: str) -> str:
    w = word.upper().removeprefix("SIG")
    return _SIGNUMS.get(w, w)


def _sent(words: list[str], default: str) -> str | None:
    """The signal a sender's arguments give (`-HUP`, `-1`, `-s HUP`, `--signal=SIGHUP`), else its default."""
    for i, w in enumerate(words):
        if w in ("-s", "-n", "--signal") and i + 1 < len(words):
            return _sig_name(words[i + 1])
        if w.startswith("--signal="):
            return _sig_name(w.split("=", 1)[1])
        if w.startswith("-") and not w.startswith("--") and len(w) > 1:
            name = _sig_name(w[1:])
            if name in _SIGNAMES:
                return name
    return default


@needs("signal_sender")  # (the user's words are read for signals only when a command sends one)
def _signal(a: Analysis, text: str) -> tuple[str, str] | None:
    said = {_sig_name(next(g for g in m.groups() if g)) for m in _SAID_SIGNAL.finditer(text)}
    said |= {m.group(1) for m in _BARE_SIGNAL.finditer(text)}
    said &= _SIGNAMES
    if not said:
        return None
    for c in a.commands:
        name = c.name.rsplit("/", 1)[-1]
        if name not in _SENDERS:
            continue
        words = [w.value for w in c.argv[1:]]
        if name in ("docker", "podman", "systemctl") and (not words or words[0] != "kill"):
            continue
        used = _sent(words, _SENDERS[name])
        if used is None or used in said:
            continue
        if used in _ENDS and not said & _ENDS:
            return "deny", f"you asked to send {'/'.join(sorted(said))}; this sends {used}, which ends the process"
        return "ask", f"you asked to send {'/'.join(sorted(said))}; this sends {used}"
    return None
