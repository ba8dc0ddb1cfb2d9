"""A value on an ordered scale said, another written (session 26, class Q5, helper `chosen`; read by
`intent.said_values`, AM-JUDGE-038).

* **a log level**: "set the api log level to info" answered with `LOG_LEVEL=debug`, "pon el nivel de log en warn"
  with `LOG_LEVEL=trace`: a level other than the one said (`knowledge.said_levels.LOG_LEVELS`, ranked) is refused,
  whichever way it moves. "from debug to info" says info. Read in commands (`KEY=VALUE` words, `--log-level X`) and
  in the lines an edit adds.
* **a permission triple**: "read-only" said (`said_kinds._only_read_said`, in many languages) and a RabbitMQ grant
  whose configure or write pattern grants something (`set_permissions -p analytics reporter '.*' '.*' '.*'`): refused.
  The same grant with `''` or `'^$'` for configure and write is the read-only one.

`changed(a, text)` returns ("deny", why) or None.
"""

from __future__ import annotations

import json
from functools import lru_cache

from automode import lazyre
from automode.knowledge.said_levels import (
    EMPTY,
    LADDERS,
    RATE_SAID,
    RATE_WRITTEN,
    REDIS_WRITE_RULES,
    TRIPLE_KEYS,
    TRIPLES,
)
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: "to", "auf", "à", "en", "на", "till", "naar", "a", "para", "per", "do", "olarak"... before the level said.
_TO = lazyre.compile(r"(?i)\b(?:to|auf|à|a|en|na|на|till|naar|para|per|do|zu|in|at)\s+[\"'`]?$")
_OPTION = lazyre.compile(r"(?i)^--?(?:log[-_]?level|loglevel|verbosity)(?:=(\w+))?$")


class _Ladder:
    """One ladder of `knowledge.said_levels.LADDERS`, compiled once."""

    def __init__(self, name: str, levels: tuple[tuple[int, frozenset[str], str], ...], keys: str, words: str) -> None:
        self.name = name
        self.levels = levels
        self.place = lazyre.compile(words)
        self.said = tuple((rank, lazyre.compile(r"(?i)(?<![A-Za-z0-9_-])(?:" + alts + r")(?![A-Za-z0-9_-])"))
                          for rank, _, alts in levels)
        self.names = {n: rank for rank, names, _ in levels for n in names}
        self.written = lazyre.compile(r"(?i)(?<![\w])(" + keys + r")[\"']?\s*(?:=|:|\s|\.|\(\s*\w*\.?)\s*[:\"']?([A-Za-z]+)\b")


_LADDERS = tuple(_Ladder(*row) for row in LADDERS)
_LOG = _LADDERS[0]


@lru_cache(maxsize=1024)  # (a session's words on each ladder: several sessions in a resident server)
def said_rank(text: str, ladder: int = 0) -> int | None:
    """The rank the words ask for on one ladder; None when they do not place the request on it, or name several
    levels with no one of them the target ("to info")."""
    lad = _LADDERS[ladder]
    if lad.place.search(text) is None:
        return None
    hits = sorted((m.start(), rank) for rank, pat in lad.said for m in pat.finditer(text))
    if not hits:
        return None
    ranks = {r for _, r in hits}
    if len(ranks) == 1:
        return hits[0][1]
    to = [r for at, r in hits if _TO.search(text[max(0, at - 12):at])]
    return to[-1] if to else None


def said_level(text: str) -> int | None:
    """The rank of the log level the words ask for (`said_rank` on the loggers' ladder)."""
    return said_rank(text, 0)


def _texts(a: Analysis) -> tuple[list[str], list[tuple[str, str, int]]]:
    """The texts an action writes (command words, lines an edit adds), and the log levels its options set."""
    opts: list[tuple[str, str, int]] = []
    texts: list[str] = []
    if a.shell:
        for c in a.commands:
            words = [w.value for w in c.argv[1:]]
            for i, w in enumerate(words):
                m = _OPTION.match(w)
                if m is not None:
                    val = m.group(1) or (words[i + 1] if i + 1 < len(words) else "")
                    if val.lower() in _LOG.names:
                        opts.append((w.split("=", 1)[0], val, _LOG.names[val.lower()]))
                    continue
                texts.append(w)
    elif a.write is not None:
        old = set((a.write.old or "").splitlines())
        texts = [line for line in (a.write.new or "").splitlines() if line not in old]
    return texts, opts


_LOGGER_NAME = lazyre.compile(r"""(?i)\bname\s*=\s*["']([\w.$-]+)["']""")


def _written(a: Analysis, ladder: int) -> list[tuple[str, str, int, str]]:
    """(key, value, rank, the logger the line names or "") of every level of one ladder the action writes."""
    lad = _LADDERS[ladder]
    texts, opts = _texts(a)
    out = [(k, v, r, "") for k, v, r in opts] if ladder == 0 else []
    for t in texts:
        named = _LOGGER_NAME.search(t)
        for m in lad.written.finditer(t[:4000]):
            key, val = m.group(1), m.group(2)
            if key.lower() == "level" and "log" not in t.lower() and "<root" not in t.lower():
                continue
            if val.lower() in lad.names:
                out.append((key, val, lad.names[val.lower()], named.group(1) if named else ""))
    return out


@lru_cache(maxsize=256)  # (a fact of the words: once per session)
def _specific(text: str) -> tuple[int, ...]:
    return tuple(i for i, lad in enumerate(_LADDERS) if i and lad.place.search(text) is not None)


def _level(a: Analysis, text: str) -> tuple[str, str] | None:
    # (a request placed on a specific ladder, "OkHttp logging to BASIC in debug builds", is not on the loggers' one)
    for i in _specific(text) or range(len(_LADDERS)):
        lad = _LADDERS[i]
        said = said_rank(text, i)
        if said is None:
            continue
        written = _written(a, i)
        # (a key that also takes the level said, `if (DEBUG) Level.BASIC else Level.NONE`, is the level said)
        keeps = {k.lower() for k, _, r, _ in written if r == said}
        for key, val, rank, logger in written:
            if rank != said and key.lower() not in keeps:
                if logger and logger.lower() not in text.lower():
                    # (another logger than the one named, `org.apache.kafka` for "the root log level": which
                    # logger the user meant is theirs to say; published h18-0245 asks)
                    return "ask", (f"you asked about another logger; `{logger}` is set to `{val}`, not the level "
                                   "you said")
                name = next(sorted(names)[0] for r, names, _ in lad.levels if r == said)
                more = "more is logged" if rank < said else "less is logged"
                if i:
                    more = "more is logged" if rank > said else "less is logged"
                return "deny", f"you asked for the level {name}; `{key}` is set to `{val}`, another level ({more})"
    return None


def _grants(a: Analysis) -> list[tuple[str, list[str]]]:
    """(the command, its configure / write patterns) of every permission triple the action sets."""
    out: list[tuple[str, list[str]]] = []
    for c in a.commands:
        name = c.name.rsplit("/", 1)[-1]
        # (the word as written: `"^$"` in double quotes is the empty pattern, whatever the parser made of its `$`)
        words = [w.raw.strip("'\"") if w.raw and w.raw[:1] in "'\"" else w.value for w in c.argv[1:]]
        plain: list[str] = []
        skip = False
        for w in words:
            if skip:
                skip = False
                continue
            if w in ("-p", "--vhost", "-n", "--node"):
                skip = True
                continue
            if w.startswith("-") and w not in ("-",):
                continue
            plain.append(w)
        for prog, sub, at in TRIPLES:
            if name != prog or not plain or plain[0] != sub:
                continue
            ops = plain[1:]
            pats = [ops[i] if 0 <= i < len(ops) else "" for i in at[:2] if i >= 0]
            if len(ops) >= max(at) + 1:
                out.append(((c.text or " ".join(w.value for w in c.argv))[:80], pats))
        kv = {k.lower(): v for k, _, v in (w.partition("=") for w in words) if k.lower() in TRIPLE_KEYS}
        if name == "rabbitmqadmin" and "permission" in words and kv:
            out.append(((c.text or name)[:80], [kv.get("configure", ""), kv.get("write", "")]))
        for w in words:
            if "/api/permissions/" in " ".join(words) and w.lstrip()[:1] == "{":
                try:
                    body = json.loads(w)
                except ValueError:
                    continue
                if isinstance(body, dict):
                    out.append(((c.text or name)[:80], [str(body.get("configure", "")), str(body.get("write", ""))]))
    return out


def _triple(a: Analysis, text: str) -> tuple[str, str] | None:
    if not a.shell:
        return None
    from automode.judge.intent.said_kinds import _only_read_said

    if not _only_read_said(text):
        return None
    for cmd, pats in _grants(a):
        wide = [p for p in pats if p.strip("'\"") not in EMPTY]
        if wide:
            return "deny", (f"you asked for read-only access; `{cmd}` also grants configure or write on "
                            f"`{wide[0]}`")
    for c in a.commands:  # a Redis ACL user given commands that write ("يقرأ بس" answered with `+@all`)
        words = [w.value for w in c.argv[1:]]
        low = [w.lower() for w in words]
        if c.name.rsplit("/", 1)[-1] in ("redis-cli", "valkey-cli", "keydb-cli") and "setuser" in low:
            rule = next((w for w in low if w in REDIS_WRITE_RULES), None)
            if rule is not None:
                return "deny", f"you asked for read-only access; the ACL rule `{rule}` lets the user write"
    return None


def read_only_grant(a: Analysis) -> bool:
    """The action sets permission triples that grant neither configure nor write, and the words said read-only: the
    read pattern over the vhost (`'.*'`) is the access said, not a set the words failed to quantify."""
    if not a.shell or not a.ctx.user_messages:
        return False
    from automode.judge.intent.said_kinds import _only_read_said

    grants = _grants(a)
    return bool(grants) and _only_read_said("\n".join(a.ctx.user_messages[-2:])[:6000]) and \
        all(p.strip("'\"") in EMPTY for _, pats in grants for p in pats)


_RATE_SAID = lazyre.compile(RATE_SAID)
_RATE_WRITTEN = lazyre.compile(RATE_WRITTEN)


def _per_second(unit: str) -> float | None:
    u = unit.lower()
    if u.startswith(("s", "saniye", "сек", "毎秒", "每秒", "초")):
        return 1.0
    if u.startswith(("mi", "dakika", "мин", "毎分", "每分", "分", "분")) or u == "m":
        return 1 / 60
    if u.startswith(("h", "st", "heure", "ora", "godzin", "час", "saat")):
        return 1 / 3600
    if u.startswith("d"):
        return 1 / 86400
    return None


@lru_cache(maxsize=256)
def rates_said(text: str) -> tuple[float, ...]:
    """The rates the words say, per second ("100 requests per minute" is 1.67)."""
    out: list[float] = []
    for m in _RATE_SAID.finditer(text[:4000]):
        n, u = (m.group("n"), m.group("u")) if m.group("n") else (m.group("n2"), m.group("u2"))
        per = _per_second(u or "")
        if n and per is not None:
            out.append(float(n) * per)
    return tuple(out)


def _rate(a: Analysis, text: str) -> tuple[str, str] | None:
    said = rates_said(text)
    if not said:
        return None
    texts, _ = _texts(a)
    for t in texts:
        for m in _RATE_WRITTEN.finditer(t[:4000]):
            n, u = (m.group("n"), m.group("u")) if m.group("n") else (m.group("n2"), m.group("u2"))
            per = _per_second(u or "")
            if per is None:
                continue
            v = float(n) * per
            if not any(abs(v - s) <= 0.02 * s for s in said):
                return "deny", (f"you said a rate of {said[0] * 60:g} a minute; `{m.group(0).strip()}` is {v * 60:g} a "
                                "minute")
    return None


def changed(a: Analysis, text: str) -> tuple[str, str] | None:
    if not (a.shell or a.write is not None):
        return None
    return _triple(a, text) or _level(a, text) or _rate(a, text)
