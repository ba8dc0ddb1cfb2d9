"""What a SaaS tool call's values pick, against what the user named (class C1): the records, the channel, how many,
for how long, how much.

A call that does the named act can still do it to more than, or other than, what the user named: every incident
(`resolve_all: true`) where one was named; the item the user said to leave ("wait, leave ORB-512 open"); a channel id
that reads as another channel (`C01GENERAL` for "#payments-oncall"); a retention of -1 or 0 where "10 days" was
named; a mute with no end where "for 2 hours" was; a comment where the user said "add labels, nothing else". The
argument names come from `knowledge.saas_args`; the user's lengths of time and sizes from `intent.quantities`.
`beyond` returns ("deny" | "ask", why) or None; `judge.boundaries.mcp` calls it before a request releases the call.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from automode import lazyre
from automode.judge.intent.match import Intent
from automode.knowledge.saas_args import (
    CHANNEL_KEY,
    CONTAINERS,
    FILTER_KEY,
    LOCATING_KEY,
    bulk_switch,
    keys_of,
    setting_of,
    snake,
)
from automode.typing_lite import Any

# ------------------------------------------------------------------ records the user excluded
#: One record as a user names it: an id with letters and digits (`ORB-512`, `Q7XK2P`, `ENG-221`), `#318`, a number,
#: a channel (`#general`), a handle (`@dana`), an e-mail address.
_ITEM = r"(?:#[\w-]+|@[\w.-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[a-z]+-\d+|(?=[a-z]*\d)[a-z0-9]{5,}|\d{2,})"
_ITEM_RE = lazyre.compile(r"(?i)" + _ITEM)


def excluded(messages: tuple[str, ...]) -> set[str]:
    """Items the user's messages leave out, lower case (read by `intent.stance`, in any word order and language); a
    later message that names the item again without leaving it out (or says "close it too") takes it back in. Read
    once per session (a new set for each caller)."""
    return set(_excluded(tuple(messages)))


@lru_cache(maxsize=64)
def _excluded(messages: tuple[str, ...]) -> frozenset[str]:
    from automode.judge.intent.stance import left_out

    out: set[str] = set()
    for msg in messages:
        now = set(left_out(msg))
        named = set(_ITEM_RE.findall(msg.lower())) - now
        out = (out - named) | now
    return frozenset(out)


def _same_item(value: str, item: str) -> bool:
    """A call's value names the excluded item: the same id, or the item's number as the id's number (`ENG-221` for
    "not 221"), a channel with or without its `#`."""
    v = value.strip().lower().lstrip("#@")
    x = item.lower().lstrip("#@")
    if not v or not x:
        return False
    if v == x:
        return True
    return x.isdigit() and (re.fullmatch(rf"[a-z]+-0*{x}", v) is not None or v.lstrip("0") == x.lstrip("0"))


# ------------------------------------------------------------------ channels
_CHANNEL_NAMED = lazyre.compile(r"(?<![\w&#])#([a-z0-9][\w-]{1,79})")
_OPAQUE_ID = lazyre.compile(r"^[CGDU][A-Z0-9]{6,}$")


def _readable(cid: str) -> str:
    """The words a channel id spells (`C01GENERAL` -> general, `C07PAYONC` -> payonc), "" when it spells none
    (`C04Q2ZK7TL`)."""
    runs = re.findall(r"[A-Z]+", cid[1:])
    best = max(runs, key=len, default="")
    return "".join(runs).lower() if len(best) >= 4 and re.search(r"[AEIOU]", best) else ""


def _abbreviates(letters: str, name: str) -> bool:
    """`letters` abbreviate the channel `name` (`reltarn` for release-tarn, `payonc` for payments-oncall): they begin
    it and follow its letters in order."""
    flat = re.sub(r"[^a-z0-9]", "", name.lower())
    if not letters or not flat or letters[0] != flat[0]:
        return False
    if letters in flat or flat in letters:
        return True
    it = iter(flat)
    return all(c in it for c in letters)


def channel_beyond(inp: Mapping[str, Any], messages: tuple[str, ...]) -> tuple[str, str] | None:
    """A message posted to a channel the user excluded, or whose id reads as another channel than the ones they
    named (`channel_id: C01GENERAL` for "post it in #payments-oncall")."""

    values = [str(v).strip() for k, v in keys_of(inp) if CHANNEL_KEY.match(k) and isinstance(v, str) and v.strip()]
    if not values:
        return None
    text = "\n".join(messages).lower()
    left = {x.lstrip("#") for x in excluded(messages) if x.startswith("#")}
    named = {c for c in _CHANNEL_NAMED.findall(text)} - left
    for v in values:
        plain = v.lower().lstrip("#")
        if plain in left or (_OPAQUE_ID.match(v) and (r := _readable(v)) and any(_abbreviates(r, c) and not any(
                _abbreviates(r, n) for n in named) for c in left)):
            return "deny", f"you said to leave #{sorted(left)[0]} out, and this posts to {v}"
        if not named or plain in named:
            continue
        if _OPAQUE_ID.match(v) and v.upper() not in text.upper():
            r = _readable(v)
            if r and not any(_abbreviates(r, c) for c in named):
                return "deny", f"you named #{sorted(named)[0]}, and this posts to {v}, which reads as another channel"
    return None


# ------------------------------------------------------------------ every record
_ALL_SAID = lazyre.compile(r"(?i)\b(?:all|every\w*|each|bulk|whole|entire|tout\w*|alle\w*|todos?|todas?|tutt\w*)\b")
_ONE_ID = lazyre.compile(r"(?i)(?<![\w/-])(?:[a-z]+[-_][a-z0-9]*\d[a-z0-9]*|(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{5,}|#\d+)(?![\w-])|"
                         r"(?<![\w.])/[\w.-]+/[\w./-]+|\bhttps?://\S+")


def _named_some(text: str, nouns: set[str]) -> str:
    """A record the words name: an id (`Q7XK2P`, `ORB-512`, `#88`), a path or URL, or one thing of the tool's kind
    ("the incident", "that monitor")."""
    m = _ONE_ID.search(text)
    if m is not None:
        return m.group(0)
    from automode.judge.intent.mcp_named import _RECORD_NUMBER

    m = _RECORD_NUMBER.search(text)
    if m is not None:
        return m.group(0)  # "ticket 55102", "incident 4"
    for n in sorted(nouns):
        m = re.search(rf"(?i)\b{re.escape(n)}s?\s+#?\d{{2,}}\b", text) if len(n) >= 4 else None
        if m is not None:
            return m.group(0)
        m = re.search(rf"(?i)\b(?:the|this|that|one|a|an)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(n)}\b(?!s)", text)
        if m is not None and len(n) >= 4:
            return m.group(0)
    return ""


# ------------------------------------------------------------------ how long, how much
def _epoch(v: Any) -> float | None:
    """A moment as epoch seconds: a number (seconds or milliseconds) or ISO text."""
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (int, float)):
        return float(v) / (1000.0 if v > 1e11 else 1.0) if v > 1e8 else None
    from datetime import datetime

    s = str(v).strip()
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


def _setting_said(key: str, text: str) -> set[float]:
    """The numbers the user gives a setting ("the thermostat to 21 degrees", "brightness 40%", "priority 2")."""

    out: set[float] = set()
    for w in setting_of(key):
        if w in ("%", "°"):
            pat = rf"(-?\d+(?:\.\d+)?)\s*{re.escape(w)}"
        elif w == "degrees":
            pat = r"(-?\d+(?:\.\d+)?)\s*degrees?\b"
        else:
            pat = rf"\b{re.escape(w)}\w*\b[^.;,\d]{{0,30}}?(?:to|at|of|=|:)?\s*(-?\d+(?:\.\d+)?)\b(?!\s*(?:min|h|s|days?|hours?)\b)"
        out |= {float(m) for m in re.findall(pat, text)}
    return out


def _with_gloss(text: str, messages: Sequence[str]) -> str:
    """The user's words, and their English reading where a message is in another language (`intent.gloss`)."""
    from automode.judge.intent.gloss import gloss

    more = [g.lower() for m in messages if (g := gloss(m)) != m]
    return "\n".join([text, *more]) if more else text


def _amounts(tool_words: list[str], inp: Mapping[str, Any], text: str) -> tuple[str, str] | None:
    """Lengths of time, sizes and counts the call sets, against the ones the user named; a silencing call (mute,
    snooze, downtime) without an end where the user named how long."""
    from automode.judge.intent.quantities import durations, near, say_time, size_beyond, time_beyond
    from automode.knowledge.saas_args import (
        END_KEY,
        SILENCING,
        START_KEY,
        count_noun,
        keys_of,
        seconds,
        size_bytes,
        size_unit,
        time_unit,
    )

    pairs = keys_of(inp)
    for k, v in pairs:
        if isinstance(v, (dict, list, bool)):
            continue
        unit = time_unit(k)
        if unit is not None and (s := seconds(v, unit)) is not None:
            why = time_beyond(s, text, k)
            if why:
                return "deny", why
            continue
        unit = size_unit(k)
        if unit is not None and (b := size_bytes(v, unit)) is not None:
            why = size_beyond(b, text, k)
            if why:
                return "deny", why
            continue
        said = _setting_said(k, text) if isinstance(v, (int, float)) else set()
        if said and float(v) not in said:
            return "deny", f"`{k}: {v}` is not the {'/'.join(f'{n:g}' for n in sorted(said))} you named"
        if count_noun(k) and isinstance(v, int):
            from automode.judge.intent.magnitude import count_beyond

            over = count_beyond([(f"{k}: {v}", v)], (text,))
            if over is not None:
                return "deny", f"`{over[0]}` is not the {'/'.join(str(n) for n in sorted(over[2]))} you named"
    if not set(tool_words) & SILENCING:
        return None
    from automode.judge.intent.bounds import UNTIL

    named = durations(text)
    until = UNTIL.search(text) if not named else None  # "mute monitor 48211093 tot 16:00 vandaag": an end, no length
    if not named and until is None:
        return None
    ends = [v for k, v in pairs if END_KEY.match(k)]
    lengths = [k for k, v in pairs if time_unit(k) is not None and v not in (None, "", 0)]
    if not lengths and not any(v not in (None, "", 0, False) for v in ends):
        return "ask", f"this silences it with no end, and you named {say_time(max(named)) if named else until.group(0)}"  # type: ignore[union-attr]
    if not named:
        return None
    starts = [t for k, v in pairs if START_KEY.match(k) and (t := _epoch(v)) is not None]
    stops = [t for v in ends if (t := _epoch(v)) is not None]
    if starts and stops:
        span = max(stops) - min(starts)
        if span > max(named) * 1.25 + 900 and not near(span, named, 0.25):
            return "ask", f"this silences it for {say_time(span)}, and you named {say_time(max(named))}"
    return None


# ------------------------------------------------------------------ "add labels, nothing else"
_ONLY = lazyre.compile(r"(?i)(?<![\w-])(?:nothing\s+else|nothing\s+more|and\s+no(?:thing)?\s+other|only\s+(?=[a-z]+\s)|"
                       r"just\s+(?=(?:add|set|change|label|tag|assign|move|rename|update)\b))")


#: Third-person subject pronouns (she, he, they) of the languages requests come in: "…, she only reviews MRs" says
#: what the person named will do, never a limit on the task (session 27, R2).
_THIRD = frozenset({"she", "he", "they", "ji", "jis", "jie", "jos", "sie", "er", "elle", "il", "ils", "elles", "ella",
                    "él", "el", "ellos", "ellas", "lei", "lui", "loro", "zij", "hij", "ze", "hon", "han", "hun", "hen",
                    "hän", "ona", "on", "oni", "one", "ő", "ők", "ea", "ei", "ele", "ela", "eles", "elas", "viņa",
                    "viņš", "tā", "o", "они", "она", "он", "вона", "він", "вони", "היא", "הוא", "هو", "هي", "او",
                    "他", "她", "他们", "她们", "그", "그녀", "彼", "彼女", "dia", "mereka", "siya", "sila", "anh", "chị",
                    "cô", "bà", "ông", "ayo", "yeye", "wao", "वह", "वे", "সে", "তারা"})  # fmt: skip


def _third_person(before: str) -> bool:
    """The sub-clause that holds the limit word has a third person for its subject."""
    part = re.split(r"[,;:()]|\s[-–—]\s", before)[-1]
    return any(w in _THIRD for w in re.findall(r"[^\W\d_]+", part.lower())[:3])


def _third_in_raw(text: str, at: int, messages: tuple[str, ...] | list[str]) -> bool:
    """The same sub-clause (by its place between commas) of a message in the user's own language has a third person
    for its subject, where the gloss dropped the pronoun ("…, sie schaut nur Merge Requests an" -> "look only …")."""
    n = len(re.split(r"[,;:()]", text[:at])) - 1
    for msg in messages:
        parts = re.split(r"[,;:()]", msg)
        if n < len(parts) and n and _third_person(parts[n].strip() + " "):
            return True
    return False


def only_other(tool_words: list[str], inp: Mapping[str, Any], intent: Intent,
               messages: tuple[str, ...] | list[str] = ()) -> str | None:
    """The user limited the task to one change ("add labels, nothing else", "only assign it"), and the call makes
    another: a comment, a state change, a field the clause does not name."""
    from automode.judge.intent.acts import MCP_CLASSES
    from automode.judge.intent.places import stem

    for r in intent.requests:
        text = r.clause.text
        m = _ONLY.search(text)
        if m is None or _third_person(text[:m.start()]) or _third_in_raw(text, m.start(), messages):
            continue  # ("add ruta.k as Reporter, she only reviews MRs": what the person will do, not the task's limit)
        words = {stem(w) for w in re.findall(r"[a-z][a-z-]+", text)}
        heads = [w for w in tool_words[1:] if w not in CONTAINERS] or [w for w in tool_words if w not in MCP_CLASSES
                                                                        and w not in CONTAINERS]
        if any(stem(h) in words for h in heads):
            return None
        changed = [k for k, v in keys_of(inp) if not LOCATING_KEY.match(k) and not isinstance(v, (dict, list))]
        if changed and all(any(stem(p) in words for p in k.split("_")) for k in changed):
            return None
        what = heads[-1] if heads else (changed[0] if changed else "")
        return f"you limited it to {text.rstrip('.')!r}, and this {'adds a ' + what if heads else 'sets ' + what}"
    return None


# ------------------------------------------------------------------ another record of the named kind
_ID_TOKEN = lazyre.compile(r"(?i)(?<![\w@./-])(?=[\w-]*\d)(?=[\w-]*[a-z])[a-z][\w-]{3,}(?![\w@-])")
_SKIP_KEYS = frozenset({"body", "text", "content", "message", "description", "title", "summary", "comment", "note",
                        "subject", "reason", "query", "name", "branch", "ref", "head", "base", "path", "file"})


@lru_cache(maxsize=256)  # (a fact of a request's clause: read once per session, not per action)
def _ids_said(text: str) -> frozenset[str]:
    return frozenset(t.lower() for t in _ID_TOKEN.findall(text))


def other_record(inp: Mapping[str, Any], intent: Intent) -> str | None:
    """An id of the same kind as one a request names, and not that one: `pi_3Pc…fake10` for the named `pi_3Pc…fake01`,
    `KIT-111` for "KIT-101, KIT-104 and KIT-110", `acct_1Zz9…` for the named `acct_1PqX…` (a planted or misread id)."""
    from automode.judge.intent.drift import siblings

    said = {t for r in intent.requests for t in _ids_said(r.clause.text)}
    if not said:
        return None
    for k, v in keys_of(inp):
        if k in _SKIP_KEYS or not isinstance(v, str) or not _ID_TOKEN.fullmatch(v.strip()):
            continue
        low = v.strip().lower()
        if low in said or re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", intent.text):
            continue
        other = next((s for s in sorted(said) if siblings(low, s)), None)
        if other is not None:
            return f"you named {other}, and this acts on {v}"
    return None


def more_records(inp: Mapping[str, Any], intent: Intent, nouns: set[str]) -> str | None:
    """A list of record ids where the user named one thing of the kind ("ack the incident for api-gw" answered with
    three incidents) and no id: more records than named."""

    lists = [(k, v) for k, v in keys_of(inp) if k.endswith("ids") and isinstance(v, list) and len(v) > 1]
    if not lists or _ALL_SAID.search(intent.text):
        return None
    kinds = {k.removesuffix("_ids").removesuffix("ids").split("_")[-1] for k, _ in lists} - {""}
    for n in sorted(nouns & kinds if kinds else nouns):  # (`incident_ids` for "the incident"; not `service_ids`)
        if len(n) >= 4 and re.search(rf"\b(?:the|this|that|one)\s+(?:[\w-]+\s+){{0,2}}?{re.escape(n)}\b(?!s)", intent.text) \
                and not re.search(rf"\b{re.escape(n)}s\b|\b(?:two|three|both|these|those|them)\b", intent.text):
            return f"you named one {n}, and `{lists[0][0]}` lists {len(lists[0][1])}"
    return None


# ------------------------------------------------------------------ a campaign for a test, an empty filter
_CAMPAIGN = frozenset({"campaign", "campaigns", "newsletter", "broadcast", "blast", "announcement"})
_TEST_SAID = lazyre.compile(r"(?i)\b(?:test|preview|proof|only\s+(?:to\s+)?me|to\s+me\s+only|just\s+(?:to\s+)?me)\b")


def campaign_beyond(words: list[str], inp: Mapping[str, Any], intent: Intent) -> str | None:
    """A campaign sent to its list where the user asked for a test to themselves or a mail to one address ("send a
    test of the November newsletter to me", "email jordan@partner.example the changelog")."""
    from automode.judge.intent.mcp_values import EMAIL

    if not _CAMPAIGN & set(words) or not {"send", "schedule", "trigger"} & set(words):
        return None
    mails = set(EMAIL.findall(intent.text))
    if not (_TEST_SAID.search(intent.text) or mails):
        return None
    given = {str(v).lower() for k, v in keys_of(inp) if isinstance(v, str) and EMAIL.fullmatch(v.strip())}
    given |= {str(x).lower() for k, v in keys_of(inp) if isinstance(v, list) for x in v if isinstance(x, str)
              and EMAIL.fullmatch(x.strip())}
    if given and (not mails or given <= mails):
        return None  # (a test send to the addresses the user gave)
    who = sorted(mails)[0] if mails else "you"
    return f"this sends the campaign to its whole list, and you asked for {'a test to ' if _TEST_SAID.search(intent.text) else ''}{who}"


_CONDITION_SAID = lazyre.compile(r"(?i)\b(?:older\s+than|newer\s+than|before|after|since|where|whose|with\s+(?:status|state|tag)|"
                                 r"from\s+(?:user|the\s+user|customer)|that\s+(?:are|have|were)|which\s+(?:are|have|were)|"
                                 r"expired|stale|inactive|test\s+\w+|ending\s+in|starting\s+with|matching)\b")


# ------------------------------------------------------------------ a state the user did not ask for
_STATE_KEY = lazyre.compile(r"^(?:state|state_id|state_name|status|status_id|transition|transition_id|transition_name|"
                            r"state_event|new_state|new_status|workflow_state|resolution)$")
#: A state's words and the request words that ask for it ("close" for closed/done/completed, "ack" for acknowledged).
_STATE_WORDS: dict[str, frozenset[str]] = {
    "closed": frozenset({"close", "closed", "done", "finish", "finished", "complete", "completed", "resolve", "resolved",
                         "duplicate", "duplicates", "wontfix", "ship", "shipped", "fixed"}),
    "done": frozenset({"done", "close", "closed", "complete", "completed", "finish", "finished", "resolve", "resolved",
                       "ship", "shipped", "fixed"}),
    "completed": frozenset({"done", "close", "complete", "completed", "finish", "finished", "closed"}),
    "resolved": frozenset({"resolve", "resolved", "close", "closed", "fixed", "done"}),
    "canceled": frozenset({"cancel", "canceled", "cancelled", "drop", "abandon", "close", "wontfix", "obsolete"}),
    "cancelled": frozenset({"cancel", "canceled", "cancelled", "drop", "abandon", "close", "wontfix", "obsolete"}),
    "acknowledged": frozenset({"ack", "acknowledge", "acknowledged", "acked"}),
    "open": frozenset({"open", "reopen", "reopened", "unresolve"}),
    "reopen": frozenset({"open", "reopen", "reopened"}),
    "review": frozenset({"review"}), "progress": frozenset({"progress", "start", "started", "working", "pick"}),
    "ignored": frozenset({"ignore", "ignored", "mute", "silence"}), "solved": frozenset({"solve", "solved", "close", "done"}),
    "archived": frozenset({"archive", "archived"}), "backlog": frozenset({"backlog"}), "todo": frozenset({"todo"}),
    "triage": frozenset({"triage"}), "blocked": frozenset({"block", "blocked"}),
}  # fmt: skip


@lru_cache(maxsize=64)  # (a fact of the words: read once per session, not per action)
def _transitions_said(text: str) -> frozenset[str]:
    return frozenset(_TRANSITION_SAID.findall(text))


@lru_cache(maxsize=64)
def _states_said(text: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """(the words of the user's text, the states it names: "in review", "to done", a state word said alone), read
    once per session."""
    from automode.judge.intent.gloss import gloss

    # (and as read into English: "ferme PAY-311" closes it, "bersihin" cleans)
    said = frozenset(re.findall(r"[a-z]+", text)) | frozenset(
        w for line in text.split("\n") for w in re.findall(r"[a-z]+", gloss(line).lower()))
    named = sorted(p for p in _STATE_WORDS if (p in said and p not in ("open", "review", "done")) or
                   lazyre.built(rf"\b(?:in|to|as)\s+{p}\b").search(text))
    return said, tuple(named)


#: A workflow transition named by its number, in the languages of the gloss ("transition 31", "transizione 31").
_TRANSITION_SAID = lazyre.compile(r"\btransi(?:tion|zione|ción|cion|ção|cao|tie|tion)s?\s*(?:id\s*)?#?(\d+)\b")


def other_state(words: list[str], inp: Mapping[str, Any], intent: Intent) -> tuple[str, str] | None:
    """A change of a record's state (`stateId: done`, `state: closed`, a transition) that no word of the user's asks
    for: another state than one they named is refused ("comment that the fix is in review" answered with Done), a
    state change where they asked for something else ("label them") is asked."""

    if {"create", "new", "add", "file", "open"} & set(words[:1]) or not intent.requests:
        return None

    said, named_states = _states_said(intent.text)
    # the state a call sets: its own keys and those of a change it nests (`fields`, `transition`), not a filter's
    pairs = [(snake(str(k)), v) for k, v in inp.items()]
    pairs += [(snake(str(k2)), v2) for k, v in inp.items() if isinstance(v, dict) and not FILTER_KEY.match(snake(str(k)))
              for k2, v2 in v.items()]
    said_ids = _transitions_said(intent.text)  # "transition 31", "transizione 31"
    for k, v in pairs:
        if said_ids and k.startswith("transition") and isinstance(v, (str, int, dict)):
            ids = [str(x) for x in (v.values() if isinstance(v, dict) else [v]) if str(x).isdigit()]
            if ids and not said_ids & set(ids):
                return "deny", f"you named transition {sorted(said_ids)[0]}, and this makes transition {ids[0]}"
        if not _STATE_KEY.match(k) or not isinstance(v, (str, dict)) or not v:
            continue
        text = " ".join(str(x) for x in (v.values() if isinstance(v, dict) else [v]))
        parts = [p for p in re.findall(r"[a-z]+", text.lower()) if p in _STATE_WORDS]
        if not parts:
            continue
        if any(_STATE_WORDS[p] & said for p in parts):
            return None
        named = list(named_states)
        if named:
            return "deny", f"you named {named[0]}, and this sets `{k}` to {text}"
        return "ask", f"this sets `{k}` to {text}, which nothing you said asks for"
    return None


# ------------------------------------------------------------------ a flag for everyone, a copy to a list
_FLAG_TOOL = frozenset({"flag", "flags", "feature", "toggle", "toggles", "remoteconfig", "experiment", "rollout"})
#: An audience narrower than everyone, as users name it ("for internal testers", "the internal test org only (org_id
#: 7)", "to 10%", "for the beta cohort").
_AUDIENCE = lazyre.compile(r"(?i)\bfor\s+(?:the\s+|our\s+|a\s+)?(?:internal|beta|test|testers|qa|staff|employees?|"
                           r"dogfood\w*|early|selected|specific|pilot|few|some)\b|\bonly\s+for\b|\bfor\s+[\w\s-]{1,40}?\s+only\b|"
                           r"\b(?:org|user|account|tenant|team|customer)_?id\s*[=:]?\s*\d+|\b\d{1,2}(?:\.\d+)?\s*%|"
                           r"\b(?:segment|cohort|canary|beta\s+users|testers)\b")
_TARGETING = lazyre.compile(r"^(?:rules?|targets?|targeting|segments?|clauses?|rollout|weights?|percentage\w*|"
                            r"variations?_?weights?|audience\w*|user_?ids|org_?ids|constraints?|strateg\w+)$")


def flag_for_everyone(words: list[str], inp: Mapping[str, Any], intent: Intent) -> str | None:
    """A feature flag turned on for everyone (its default rule, `fallthrough`, `condition: default`, the whole
    flag on) where the user named a narrower audience: testers, an org, a segment, a percentage."""

    if not _FLAG_TOOL & set(words):
        return None
    audience = _AUDIENCE.search(intent.text)
    if audience is None:
        return None
    pairs = keys_of(inp)
    if any(_TARGETING.match(k) for k, _ in pairs) or any(isinstance(v, str) and re.search(r"/(?:rollout|rules|targets|"
                                                                                          r"segments)\b", v) for _, v in pairs):
        return None
    wide = [k for k, v in pairs if k == "fallthrough" or (k == "condition" and str(v).lower() in ("default", "", "all"))
            or (k == "on" and v is True) or (k == "value" and v is True and any(
                isinstance(p, str) and p.rstrip("/").endswith("/on") for _, p in pairs))]
    if wide:
        return f"this turns it on for everyone (`{wide[0]}`), and you named {audience.group(0).strip()}"
    return None


_LIST_MAILBOX = lazyre.compile(r"(?i)^(?:all|all[-_.]\w+|\w+[-_.]all|everyone|everybody|staff|all-?staff|company|"
                               r"employees|announce\w*|news|team|org|list|dl[-_.]\w+|\w+-list)@")


def copied_list(inp: Mapping[str, Any], intent: Intent) -> str | None:
    """A mail copied (cc, bcc) to a distribution list the user did not name: a reply to one person sent to
    all-staff@."""

    pairs = keys_of(inp)
    to = {str(x).lower().rsplit("@", 1)[-1] for k, v in pairs if k in ("to", "recipients", "recipient")
          for x in (v if isinstance(v, list) else [v]) if isinstance(x, str) and "@" in x}
    for k, v in pairs:
        if k not in ("cc", "bcc"):
            continue
        for x in v if isinstance(v, list) else [v]:
            if isinstance(x, str) and _LIST_MAILBOX.match(x.strip()) and x.strip().lower() not in intent.text \
                    and x.strip().lower().rsplit("@", 1)[-1] not in to:  # (the thread's own list on their side: asked)
                return f"this copies {x.strip()}, a list you did not name"
    return None


# ------------------------------------------------------------------ the judge's entry
def beyond(tool: str, intent: Intent, inp: Mapping[str, Any], messages: tuple[str, ...]) -> tuple[str, str] | None:
    """("deny" | "ask", why) when the call's values pick more than, or other than, what the user named."""
    from automode.judge.intent.acts import mcp_words

    words = mcp_words(tool)
    text = intent.text
    left = excluded(messages)
    if left:
        for k, v in keys_of(inp):
            if isinstance(v, (str, int)) and not isinstance(v, bool) and k not in ("body", "text", "content", "message"):
                hit = next((x for x in left if _same_item(str(v), x)), None)
                if hit is not None:
                    return "deny", f"you said to leave {hit} out, and this acts on {v}"
    ch = channel_beyond(inp, messages)
    if ch is not None:
        return ch
    from automode.judge.intent.mcp import tool_classes

    nouns = tool_classes(tool)[1]
    star = next((k for k, v in keys_of(inp) if (v == "*" or v == ["*"]) and k not in ("body", "text", "content")), "")
    if star and not _ALL_SAID.search(text):
        return "deny", f"`{star}: *` acts on every one of them, which you did not ask for"
    switch = bulk_switch(inp)
    if switch and not _ALL_SAID.search(text):
        if switch in ("filter", "filters", "where", "selector") and _CONDITION_SAID.search(text):
            return "deny", f"an empty `{switch}` picks every record, and you named which ones"
        one = _named_some(text, nouns)
        if one:  # (a whole cache purged for one file costs a refill, not a record: asked)
            return "ask" if {"cache", "caches", "cdn"} & set(words) else "deny", \
                f"`{switch}` acts on every one of them, and you named {one.strip()}"
    other = other_record(inp, intent)
    if other is not None:
        return "deny", other
    more = more_records(inp, intent, nouns)
    if more is not None:
        return "deny", more
    sent = campaign_beyond(words, inp, intent)
    if sent is not None:
        return "deny", sent
    wide = flag_for_everyone(words, inp, intent) or copied_list(inp, intent)
    if wide is not None:
        return "deny", wide
    state = other_state(words, inp, intent)
    if state is not None:
        return state
    from automode.judge.intent.devices import other_device

    device = other_device(tool, inp, intent)
    if device is not None:
        return "deny", device
    amounts = _amounts(words, inp, _with_gloss(text, messages))  # "6 个副本": the count in the user's language
    if amounts is not None:
        return amounts
    other = only_other(words, inp, intent, messages)
    if other is not None:
        return "deny", other
    return None
