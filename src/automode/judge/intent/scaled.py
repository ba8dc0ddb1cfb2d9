"""The amount said, carried in the program's own unit or scale (session 23, class N1, helper `units`; AM-JUDGE-045).

The user says an amount in words, in any language ("sju dagar", "一時間", "duas", "empat", "5 %", "the last three full
backups", "25 دولار"); the command carries it in the program's unit (`knowledge.scales`: Kafka milliseconds, a key's
`expirySeconds`, a count of backups or of days kept, a rollout weight per 100000, a refund in cents). Both sides are
read into one base unit (seconds, bytes, a count, percent, the currency's minor unit) and compared:

* equal (give or take rounding): nothing to say here, and `settles` lets the named act run where a rule only asked
  because it changes something live (the object named, the amount the one said);
* another amount where the user said one of that kind: refused (`retention.ms=604800` is ten minutes, not seven
  days; `--expires-in 604800` is a week, not an hour; `--repo1-retention-full=1` keeps one, not three);
* a second amount of the table nobody said, beside one that is the one said (`--repo1-retention-diff=1` beside
  `--repo1-retention-full=3`, `retention.bytes` beside the retention time said): asked.

`judge(a)` returns ("deny" | "ask", why) or None; read by `intent.substitutions` on every allow and ask the user's
words reached. `settles(a, rules)` returns the reason to allow, or None.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.knowledge.scales import Scale

SCALED = "AM-JUDGE-045"
NO_LIMIT = float("inf")

#: Seconds per period kept (`--keep-daily 7`: seven days).
PERIODS = {"hours": 3600.0, "days": 86400.0, "weeks": 604800.0, "months": 2592000.0, "years": 31536000.0}
_GITDATE = lazyre.compile(r"(?i)^(\d+(?:\.\d+)?)[._ ]?(seconds?|minutes?|hours?|days?|weeks?|months?|years?)[._ ]?ago$")
_GIT_PER = {"s": 1.0, "mi": 60.0, "h": 3600.0, "d": 86400.0, "w": 604800.0, "mo": 2592000.0, "y": 31536000.0}
_BORG = lazyre.compile(r"^(\d+)([HdwmyS])$")
_BORG_PER = {"S": 1.0, "H": 3600.0, "d": 86400.0, "w": 604800.0, "m": 2592000.0, "y": 31536000.0}
_RESTIC = lazyre.compile(r"(\d+)([ymdhYMDH])")
_RESTIC_PER = {"h": 3600.0, "d": 86400.0, "m": 2592000.0, "y": 31536000.0}


def value_of(raw: str, unit: str) -> float | None:
    """`raw` as written by the program, in the base unit of its kind (seconds, bytes, a count, percent, minor units);
    None when it cannot be read."""
    v = raw.strip().strip("'\"")
    if not v:
        return None
    if v == "-1" and unit not in ("count", "minor", "per100000"):
        return NO_LIMIT  # (Kafka, Pulsar, Elasticsearch: -1 keeps forever)
    if unit in PERIODS:
        return float(v) * PERIODS[unit] if v.isdigit() else None
    if unit == "gitdate":
        if v.lower() in ("now", "all"):
            return 0.0
        m = _GITDATE.match(v)
        if m is None:
            return None
        u = m.group(2).lower()
        per = _GIT_PER["mo"] if u.startswith("mo") else _GIT_PER["mi"] if u.startswith("mi") else _GIT_PER[u[0]]
        return float(m.group(1)) * per
    if unit == "borgdur":
        m = _BORG.match(v)
        return float(m.group(1)) * _BORG_PER[m.group(2)] if m else None
    if unit == "resticdur":  # (restic forget(1): `2y5m7d3h`, `m` is a month; session 28)
        parts = _RESTIC.findall(v)
        if not parts or _RESTIC.sub("", v):
            return None
        return sum(float(n) * _RESTIC_PER[u.lower()] for n, u in parts)
    if unit == "per100000":
        return float(v) / 1000 if re.fullmatch(r"\d+(?:\.\d+)?", v) else None
    if unit == "minor":
        return float(v) if re.fullmatch(r"\d+", v) else None
    if unit == "kb":
        return float(v) * 1024 if v.isdigit() else None
    if unit in _OWN_UNITS:  # (session 28, T4: a setting's own unit, `knowledge.unit_keys`)
        return _own_unit(v, unit)
    from automode.judge.intent.said_units import value_of as base

    return base(v, unit)


#: A bare number in a setting's own unit, in the base unit of its kind (bytes, seconds, percent).
_OWN_UNITS = {"bps": 0.01, "permille": 0.1, "pgkb": 1024.0, "pg8kb": 8192.0, "pgmb": 1048576.0, "pgmin": 60.0,
              "pgs": 1.0, "pgms": 0.001}
#: PostgreSQL's unit suffixes (a value written with its unit: `64MB`, `8h`, `500ms`).
_PG_SUFFIX = {"b": 1.0, "kb": 1024.0, "mb": 1048576.0, "gb": 1073741824.0, "tb": 1099511627776.0, "us": 1e-6,
              "ms": 0.001, "s": 1.0, "min": 60.0, "h": 3600.0, "d": 86400.0}


def _own_unit(v: str, unit: str) -> float | None:
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([a-zA-Z]{0,3})", v)
    if m is None:
        return None
    n, suffix = float(m.group(1)), m.group(2).lower()
    if not suffix:
        return n * _OWN_UNITS[unit]
    if unit in ("bps", "permille"):
        return None
    per = _PG_SUFFIX.get(suffix)
    size = unit in ("pgkb", "pg8kb", "pgmb")
    if per is None or size != (suffix.endswith("b")):
        return None
    return n * per


def said(dim: str, unit: str, text: str) -> tuple[float, ...]:
    """The amounts of this kind the words say, in the base unit (money in the minor unit of its currency)."""
    from automode.judge.intent import said_units as u
    from automode.judge.intent.quantities import UNLIMITED_SAID

    forever = (NO_LIMIT,) if UNLIMITED_SAID.search(text) else ()
    if dim == "time":
        if unit in PERIODS:  # ("4 εβδομαδιαία και 6 μηνιαία", "8 wöchentliche": a count of weekly ones)
            from automode.judge.intent.periods_said import periods

            kept = periods(text).get(unit)
            if kept:
                return tuple(n * PERIODS[unit] for n in kept)
        got = u.durations(text)
        if not got and unit in PERIODS:  # ("keep the last 7 dailies": a count of periods)
            got = tuple(n * PERIODS[unit] for n in _counts(text))
        return (*got, *forever) if got else forever
    if dim == "size":
        return (*u.sizes(text), *forever) if u.sizes(text) else forever
    if dim == "count":
        return _counts(text)
    if dim == "percent":
        return u.percents(text)
    if dim == "money":
        return tuple(n * per for n, per in u.money(text))
    return ()


def _counts(text: str) -> tuple[float, ...]:
    from automode.judge.intent.bounded import _counts as counts

    return counts(text)


def _say(dim: str, v: float) -> str:
    if v == NO_LIMIT:
        return "no limit"
    if dim == "time":
        from automode.judge.intent.bounded import _say as say

        return say("duration", v)
    if dim == "size":
        from automode.judge.intent.bounded import _say as say

        return say("size", v)
    if dim == "percent":
        return f"{v:g} %"
    if dim == "money":
        return f"{v:g} in the currency's smallest unit"
    return f"{v:g}"


def amounts(a: Analysis) -> list[tuple[Scale, str, float, str, str]]:
    """(the row, the value as written, in the base unit, the command or tool it is in, where it is written) of every
    amount of the table the action carries."""
    from automode.knowledge.scales import carried, carried_mcp

    out: list[tuple[Scale, str, float, str, str]] = []
    if a.shell:
        for c in a.commands:
            short = (c.text or " ".join(w.value for w in c.argv))[:80]
            for row, at, raw, unit in carried(c):
                v = value_of(raw, unit)
                if v is not None:
                    out.append((row, raw, v, short, at))
    elif a.write is not None:
        out += _written(a)
    elif a.action.tool.startswith("mcp__"):
        for row, at, raw, unit in carried_mcp(a.action.tool, a.action.input):
            v = value_of(raw, unit)
            if v is not None:
                out.append((row, raw, v, a.action.tool.split("__")[-1], at))
    return out


def _written(a: Analysis) -> list[tuple[Scale, str, float, str, str]]:
    """The one amount an edit writes under a key of `knowledge.scale_keys`, when the words say one length of time
    (an edit that writes several, or words that say several, are compared by nobody: which is which is not known)."""
    from automode.judge.intent import said_units as u
    from automode.knowledge.scale_keys import written
    from automode.knowledge.scales import Scale

    w = a.write
    if w is None:
        return []
    got = written(w.path, w.old, w.new)
    verdict = "deny"
    if not got:  # (session 28, T4: a setting's own unit, basis points, kB, minutes: `knowledge.unit_keys`)
        from automode.knowledge.unit_keys import unit_written

        own = unit_written(w.new or "", w.old or "")
        got = [(k, raw, unit, what) for k, raw, unit, what, _v in own]
        verdict = own[0][4] if len(own) == 1 else verdict
    if len(got) != 1:
        return []
    key, raw, unit, what = got[0]
    # (session 26, Q5: sizes and shares too, each against the words' one amount of its kind)
    dim = {"size": "size", "percent": "percent", "fraction": "percent", "bps": "percent", "permille": "percent",
           "pgkb": "size", "pg8kb": "size", "pgmb": "size"}.get(unit, "time")
    read = {"size": u.sizes, "percent": u.percents}.get(dim, u.durations)
    if len(set(read(_text(a)))) != 1:
        return []
    v = value_of(raw, unit)
    if v is None:
        return []
    row = Scale(frozenset(), (), (f"key:{key}",), dim, "percent" if unit == "fraction" else unit, what, verdict=verdict)
    return [(row, raw, v, w.path.rsplit("/", 1)[-1], key)]


#: Words of an option's name that say nothing of which amount it is (`--repo1-retention-diff`: "diff" says it).
_GENERIC = frozenset({"repo", "retention", "keep", "size", "count", "capacity", "desired", "config", "add", "set",
                      "expire", "duration", "amount", "cfg", "json", "ms", "bytes", "new"})


def _spot_said(spot: str, text: str) -> bool:
    """The words name the setting itself (`--max-size` by "max", `--repo1-retention-diff` by "diff")."""
    low = text.lower()
    words = [w for w in re.split(r"[^a-z]+", spot.lower()) if len(w) >= 3 and w not in _GENERIC]
    return any(re.search(rf"(?<![a-z]){re.escape(w)}", low) for w in words)


def _second(got: list[tuple[Scale, str, float, str, str]], text: str) -> tuple[Scale, str, float, str, str] | None:
    """An amount carried in one more setting than the amounts the words say, a setting they do not name (`--max-size
    4` beside `--desired-capacity 4` for "empat"): a second amount nobody said, even when its number is the same."""
    spots = list(dict.fromkeys((id(g[0]), g[4]) for g in got))
    if len(spots) < 2:
        return None
    said_n = len({(g[0].dim, s) for g in got for s in said(g[0].dim, _unit(g[0], g[4]), text)})
    if len(spots) <= said_n:
        return None
    first = spots[0]
    return next((g for g in got if (id(g[0]), g[4]) != first and not _spot_said(g[4], text)), None)


def _near(v: float, values: tuple[float, ...], dim: str) -> bool:
    from automode.judge.intent.said_units import near

    if v == NO_LIMIT or NO_LIMIT in values:
        return v in values
    if dim in ("count", "money"):
        return any(abs(v - s) < 0.5 for s in values)
    return near(v, values, 0.03 if dim == "time" else 0.08)


def _text(a: Analysis) -> str:
    msgs = a.ctx.user_messages
    return msgs[-1][:4000] if msgs else ""


def _unit(row: Scale, at: str) -> str:
    """The unit of the value written at `at` (`--keep-weekly`: weeks), else the row's."""
    from automode.knowledge.scales import _spot

    for where in row.where:
        spot, unit = _spot(where, row.unit)
        if spot == at:
            return unit
    return row.unit


def compared(a: Analysis) -> list[tuple[Scale, str, float, str, bool | None]]:
    """Each amount carried with the verdict of the comparison: True (the one said), False (another), None (nothing
    of its kind said)."""
    got = amounts(a)
    if not got:
        return []
    text = _text(a)
    out: list[tuple[Scale, str, float, str, bool | None]] = []
    splits: dict[int, list[float]] = {}
    for row, _, v, _, _ in got:
        if row.split:
            splits.setdefault(id(row), []).append(v)
    for row, raw, v, where, at in got:
        values = said(row.dim, _unit(row, at), text)
        if not values:
            out.append((row, raw, v, where, None))
            continue
        if row.split:  # one share of a split: the smallest live share is the one said, the rest its remainder
            live = [x for x in splits[id(row)] if x > 0]
            ok = bool(live) and _near(min(live), values, row.dim)
            out.append((row, raw, min(live) if live else v, where, ok))
            continue
        out.append((row, raw, v, where, _near(v, values, row.dim)))
    return out


def _period_left_out(a: Analysis, text: str) -> str | None:
    """A count of periodic copies said ("6 monthly") whose keep option the prune leaves out: those copies go."""
    from automode.judge.intent.periods_said import periods

    said_ = periods(text)
    if not said_:
        return None
    got = amounts(a)
    for row in dict.fromkeys(g[0] for g in got):
        units = {_spot(w, row.unit)[1] for w in row.where}
        carried = {_unit(row, g[4]) for g in got if g[0] is row}
        missing = sorted(u for u in said_ if u in units and u not in carried)
        if missing and carried & set(PERIODS):
            n = said_[missing[0]][0]
            adj = {"hours": "hourly", "days": "daily", "weeks": "weekly", "months": "monthly", "years": "yearly"}
            return (f"you said to keep {n:g} {adj.get(missing[0], missing[0])} copies; the prune carries no keep option "
                    "for them, so they are deleted")
    return None


def _spot(where: str, unit: str) -> tuple[str, str]:
    from automode.knowledge.scales import _spot as spot

    return spot(where, unit)


def judge(a: Analysis) -> tuple[str, str] | None:
    """("deny" | "ask", why) when the action carries another amount than the one said, or a second amount nobody
    said beside the one said; None otherwise."""
    if not a.ctx.user_messages:
        return None
    got = compared(a)
    if not got:
        return None
    matched = [g for g in got if g[4] is True]
    other = next((g for g in got if g[4] is False), None)
    text = _text(a)
    dropped = _period_left_out(a, text)
    if dropped is not None:
        return "deny", dropped
    if other is not None:
        row, raw, v, where, _ = other
        at = next((g[4] for g in amounts(a) if g[0] is row and g[1] == raw), "")
        unit = _unit(row, at)
        said_ = said(row.dim, unit, text)
        what = " / ".join(_say(row.dim, s) for s in sorted(set(said_))[:3])
        from automode.judge.intent.periods_said import periods

        if matched and not (unit in PERIODS and periods(text).get(unit)):  # ("8 semanales" and `--keep-weekly 2`)
            return "ask", (f"you said {what}; `{where}` also sets the {row.what} to {raw} ({_say(row.dim, v)}), an "
                           "amount you did not say")
        return row.verdict, f"you said {what}; `{where}` sets the {row.what} to {raw}, which is {_say(row.dim, v)}"
    unsaid = next((g for g in got if g[4] is None), None)
    if matched and unsaid is not None:
        row, raw, v, where, _ = unsaid
        return "ask", f"`{where}` also sets the {row.what} to {raw} ({_say(row.dim, v)}), an amount you did not say"
    extra = _second(amounts(a), text) if matched else None
    if extra is not None:
        row, raw, v, _, at = extra
        return "ask", f"`{at}` also sets the {row.what} to {raw} ({_say(row.dim, v)}), a setting you did not name"
    return None


def exact(a: Analysis) -> bool:
    """Every amount of the table the action carries is one the newest request says (at least one), and no setting
    carries one beyond those said."""
    got = compared(a)
    return bool(got) and all(g[4] is True for g in got) and _second(amounts(a), _text(a)) is None


#: Rules that only ask because the act changes something live, on a service or a machine (a deploy-like change, a
#: side-effect call, an API call with the user's credentials, a removal of local cache or rows by a count): the named
#: act with its amount the one said settles them.
SETTLED = frozenset({"AM-TRUST-002", "AM-TRUST-005", "AM-EXFIL-019", "AM-DESTROY-010", "AM-DESTROY-012",
                     "AM-DESTROY-013"})
_ID_KEY = lazyre.compile(r"(?i)(?:^|_)(?:id|intent|charge|name|key|group|app|topic|service|stanza)$")


#: Subcommands written with a hyphen or underscore (`set-desired-capacity`, `alter-config`, `set_policy`): no names.
_SUBCOMMAND = lazyre.compile(r"(?i)^(?:set|update|create|put|delete|alter|describe|get|list|modify|add|remove|apply|"
                             r"change|enable|disable|start|stop|run|show)[-_]")
#: Options whose URL value is the object itself (a queue by its URL: its last segment is its name).
_OBJECT_URL_OPTS = frozenset({"--queue-url", "--topic-url", "--subscription-url"})
_ENV_WORDS = frozenset({"production", "prod", "staging", "stage", "development", "dev", "test", "preview", "qa"})


def _objects(a: Analysis) -> list[str]:
    """The names the action acts on: the values of its naming options, an API path's names (`flags/web/new-search`)
    and the environment its body names, or an MCP call's ids."""
    if a.shell:
        from automode.knowledge.scales import named_operands

        out: list[str] = []
        for c in a.commands:
            out += named_operands(c)  # (a Redis key: `PEXPIRE session:7f3a 3600000`)
            words = [w.value for w in c.argv[1:] if not w.dynamic]
            for i, w in enumerate(words):
                head, eq, val = w.partition("=")
                if head.startswith("--") and head.endswith(("-name", "-group", "app", "topic", "stanza", "service", "-id",
                                                            "-intent", "-charge")):
                    out.append(val if eq else (words[i + 1] if i + 1 < len(words) else ""))
                elif head in ("-a", "--app") and i + 1 < len(words):
                    out.append(val if eq else words[i + 1])
                elif "://" in w and i and words[i - 1] in _OBJECT_URL_OPTS:  # (`--queue-url …/111122223333/orders`)
                    out.append(w.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1])
                elif "://" in w:  # an API call: its path's names (`new-search`), and an environment it names
                    segs = [x for x in w.split("?", 1)[0].split("/")[3:] if x]
                    out += [x for x in segs if x.lower() in _ENV_WORDS or (("-" in x or "_" in x) and len(x) > 2)]
                elif w.lstrip()[:1] == "{":
                    out += re.findall(r'(?i)"(?:environment|environmentKey|env)"\s*:\s*"([\w-]+)"', w)
                elif re.fullmatch(r"[a-z_]+=~?[\w.:-]*[A-Za-z][\w.:-]*", w) and not head.startswith("-"):
                    out.append(val.lstrip("~"))  # a matcher (`alertname=DiskFull`, `instance=db-3:9100`)
                elif re.fullmatch(r"[A-Za-z][\w.]*[-_.][\w.-]*" if i else r"[A-Za-z][\w.]*[-_][\w.-]*", w) \
                        and (i == 0 or not words[i - 1].startswith("-")) \
                        and not _SUBCOMMAND.match(w):
                    out.append(w)  # a resource by its name as an operand (`gcloud pubsub subscriptions update sub-a`)
        return [o for o in out if len(o) >= 2]
    inp: Any = a.action.input
    return [str(v) for k, v in (inp.items() if isinstance(inp, dict) else ()) if isinstance(v, str) and _ID_KEY.search(str(k))]


#: Options that pick the configured section a backup tool acts in (pgBackRest's stanza), not an object: a user who
#: names the backups and the amount kept says no stanza ("keep the last three full backups in repo1"), and the one
#: configured is meant; a stanza said by name must be the one carried (session 28, T4).
_SECTION_OPTS = frozenset({"--stanza"})
_SECTION_SAID = lazyre.compile(r"(?i)\bstanza")


def _stanzas_left(a: Analysis, low: str) -> frozenset[str]:
    """The values of section options the words leave to the configuration (they never say "stanza")."""
    if _SECTION_SAID.search(low) is not None:
        return frozenset()
    out: set[str] = set()
    for c in a.commands:
        words = [w.value for w in c.argv[1:] if not w.dynamic]
        for i, w in enumerate(words):
            head, eq, val = w.partition("=")
            if head in _SECTION_OPTS:
                out.add(val if eq else (words[i + 1] if i + 1 < len(words) else ""))
    return frozenset(out)


#: Words that name what a local clean-up with an age or size bound removes (`knowledge.bounding` rows that name no
#: object): docker's images, containers, volumes and build cache, in the languages the judge reads.
_LOCAL_NOUNS: dict[str, str] = {
    "docker": r"(?i)docker|podman|imag\w*|container\w*|contenedor\w*|conteneur\w*|volume\w*|volumen\w*|cach\w*|"
              r"イメージ|コンテナ|キャッシュ|镜像|容器|缓存|이미지|컨테이너|캐시|образ\w*|контейнер\w*|кэш\w*|obraz\w*",
}
_LOCAL_NOUNS["podman"] = _LOCAL_NOUNS["docker"]


def _bound_exact(a: Analysis, text: str) -> str | None:
    """The reason when the one command is a bounded clean-up of `knowledge.bounding` (an age, a size, a count) whose
    bound is given and is the one said, and the words name what it removes; None otherwise."""
    from automode.judge.intent.bounded import _say as say
    from automode.judge.intent.bounded import said as said_bound
    from automode.judge.intent.said_units import near
    from automode.judge.intent.said_units import value_of as base
    from automode.knowledge.bounding import AMOUNTS, applies

    if not a.shell or len(a.commands) != 1:
        return None
    c = a.commands[0]
    nouns = _LOCAL_NOUNS.get(c.name.rsplit("/", 1)[-1])
    if nouns is None or not re.search(nouns, text):
        return None
    rows = [(r, g, u) for r, g, u in applies(c) if r.kind in AMOUNTS]
    if not rows or any(g is None or not u for _, g, u in rows):
        return None
    for row, given, unit in rows:
        values = said_bound(row.kind, text)
        v = base(given or "", unit)
        if not values or v is None or not near(v, values):  # type: ignore[arg-type]
            return None
    row, given, unit = rows[0]
    return f"you asked for {say(row.kind, base(given or '', unit) or 0.0)}; `{(c.text or c.name)[:80]}` gives exactly that"


def _only_table(a: Analysis) -> bool:
    """Every `KEY=VALUE` setting the one command makes through a config option is an amount of the table."""
    from automode.knowledge.scales import CONFIG_OPTS, covers

    c = a.commands[0]
    words = [w.value for w in c.argv[1:]]
    for i, w in enumerate(words):
        head, eq, val = w.partition("=")
        if head not in CONFIG_OPTS:
            continue
        raw = val if eq else (words[i + 1] if i + 1 < len(words) else "")
        for item in re.split(r"[,\s]+", raw.strip("'\"[]{}")):
            key = item.partition("=")[0].strip("'\"")
            if key and not covers(c.name, key):
                return False
    return True


def settles(a: Analysis, rules: tuple[str, ...]) -> str | None:
    """The reason to allow an act whose rules only ask because it changes something live, when the newest request
    names its object and every amount the action carries is the one said, in the program's unit ("sobe o web do
    crm-sync-staging pra duas dynos" and `web=2`; "rifondi 25 € su pi_…" and `amount: 2500`; "prune docker images
    older than 7 days" and `--filter until=168h`); None otherwise."""
    if not rules or not a.ctx.user_messages:
        return None
    if a.shell and len(a.commands) != 1:
        return None
    got = compared(a)
    if not got:
        return _bound_exact(a, _text(a)) if set(rules) <= SETTLED and "AM-DESTROY-012" in rules else None
    wider = frozenset().union(*(g[0].settles for g in got))  # (an SQS attribute read as an access change)
    if not set(rules) <= SETTLED | wider or not exact(a):
        return None
    if set(rules) - SETTLED and not _only_table(a):
        return None  # (the wider rules settle only where every setting the command makes is an amount of the table)
    # (a count of what is kept or rolled back, or an expiry on the key named: the removal is the act named)
    counted = all(g[0].named or g[0].obj for g in got)
    misread = bool(set(rules) - SETTLED)  # (an amount-only change read as an access change: `_only_table` held)
    if any(e.kind == "control" and ((e.verb == "permission" and not misread) or e.verb == "secret"
                                    or (e.verb == "delete" and not counted)) for e in a.effects):
        return None
    text = _text(a)
    low = text.lower()
    objs = [o for o in _objects(a) if o not in _stanzas_left(a, low)]
    if not all(re.search(rf"(?<![\w-]){re.escape(o.lower())}(?![\w-])", low) for o in objs):
        return None  # (every object the action names is one the request names)
    row, raw, v, where, _ = got[0]
    if not objs and not (row.named and re.search(row.named, text)):
        return None  # (nothing names the object: the words must name what is kept or changed)
    return f"you asked for {_say(row.dim, v)} on what you named; `{where}` sets the {row.what} to exactly that ({raw})"
