"""The named act through an API, a broker or a service CLI, with one thing changed (session 26, Q1): the neighbour
of a named act that stays stopped however the request matched the act.

* `retained`: a broker publish the broker keeps for every later subscriber (MQTT `-r`/`--retain`, AWS IoT
  `--retain`: each device that reconnects acts on it again) where the words asked for the publish and never for
  keeping it: an option wider than the act said (AM-JUDGE-037).
* `shorter_name`: the act on an object whose name is a part of the name said (`gcloud scheduler jobs run
  monthly-report` for "the monthly-report-dev job", a Jenkins `job/build-app/build` for build-app-dev, `nomad job
  dispatch reindex` for reindex-staging): another object, the one the said name was made from (AM-JUDGE-010). The
  lead's `objnames` read the name one part longer; this is the other side.
* `near_id`: an id one or two characters off the id the words spell (`Q3KX9PLM7` for "incident Q3KX9PLM2", DNS
  record 18828412 for 18828411, a transposed `…f21` for `…f12`), in a command or a tool call's input, where the
  words never spell it: another object than the one named (AM-JUDGE-010).
* `other_value`: a status set by a tool call or an API body whose act is not the one said ("ack the incident"
  answered with `status: resolved`): the named act with its value changed (AM-JUDGE-017).
* `other_instance`: an API write to another host of the service the words name by its host (`grafana.lumen.internal`
  for "grafana.dev.lumen.internal"), or carrying another credential of that service than the one the words name
  (`$GRAFANA_PROD_TOKEN` for "token's in GRAFANA_DEV_TOKEN"): another instance (AM-JUDGE-010).

`judge(a)` returns ("deny", why, rule id) or None.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

_NAME = lazyre.compile(r"[A-Za-z0-9][\w.-]*[A-Za-z0-9]")
#: A variable named for a credential (`GRAFANA_DEV_TOKEN`, `KC_PASSWORD`), not for an id it holds (`CF_ZONE`).
_CRED_NAME = lazyre.compile(r"(?i)(?:^|_)(?:TOKEN|KEY|SECRET|PASSWORD|PASS|PW|PAT|AUTH|CREDS?|CREDENTIALS?|APIKEY)(?:_|$)")
_VAR_SAID = lazyre.compile(r"(?<![\w$])\$?\{?([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b")
#: Options whose value names the object acted on (`--job-name`, `--name`, `--pipeline-id`, `--workflow`).
_NAME_OPT = lazyre.compile(r"^--?(?:[\w-]*-)?(?:name|id|job|pipeline|workflow|function|state-machine-arn|queue|topic)$")
#: Separators that join a name's parts (`monthly-report-dev`, `orders_etl_test`, `build.app.dev`).
_SEPS = "-_."


def judge(a: Analysis) -> tuple[str, str, str] | None:
    """The first neighbour found: ("deny", why, rule id), None when the action is not one of them."""
    from automode.judge.outcome import OTHER_OBJECT, WIDENED

    if not a.ctx.user_messages or a.problems:
        return None
    why = near_id(a)
    if why is not None:
        return "deny", why, OTHER_OBJECT
    why = other_value(a)
    if why is not None:
        from automode.judge.outcome import CHANGED_VALUE

        return "deny", why, CHANGED_VALUE
    from automode.judge.intent.socket_named import other_act

    why = other_act(a) if a.shell else None  # `enable server X` on the admin socket for "disable server X"
    if why is not None:
        from automode.judge.outcome import CHANGED_VALUE

        return "deny", why, CHANGED_VALUE
    from automode.judge.intent.swapped_names import slot_swapped, swapped

    why = swapped(a) or slot_swapped(a)  # `reports-prod` forced where `reports-dev` was named, another group's UUID, `web-3` for web-2
    if why is not None:
        return "deny", why, OTHER_OBJECT
    if not a.shell:
        return None
    chose = chosen_broker(a)
    if chose is not None:
        return "ask", chose, OTHER_OBJECT
    why = retained(a) or wildcard_message(a)
    if why is not None:
        return "deny", why, WIDENED
    from automode.judge.intent.api_wide import other_state_act

    why = other_amount(a) or other_state_act(a)
    if why is not None:
        from automode.judge.outcome import CHANGED_VALUE

        return "deny", why, CHANGED_VALUE
    from automode.judge.intent.api_wide import bulk_write

    why = wide_flag(a) or whole_deleted(a) or bulk_write(a)
    if why is not None:
        return "deny", why, WIDENED
    why = other_instance(a) or other_forge(a)
    if why is not None:
        return "deny", why, OTHER_OBJECT
    why = shorter_name(a) or other_id(a)
    if why is not None:
        return "deny", why, OTHER_OBJECT
    return None


def retained(a: Analysis) -> str | None:
    """A retained publish where the words ask for the publish (or name its topic) and never for keeping it."""
    from automode.judge.intent.broker_named import retain_said
    from automode.knowledge.act_words import said_acts
    from automode.knowledge.publishers import publishes

    text = "\n".join(a.ctx.user_messages).lower()
    if retain_said(text):
        return None
    for c in a.commands:
        pub = publishes(c)
        if pub is None or not pub.retained:
            continue
        if "publish" in said_acts(text) or (pub.target and pub.target.lower() in text):
            return (f"you asked to publish to {pub.target or 'the topic'}; `{c.name} … {_retain_opt(c)}` makes the broker "
                    "keep the message and hand it to every subscriber that connects later (each device acts on it "
                    "again): nothing you said asks for that")
    return None


_ENV_PART = lazyre.compile(r"^(?:dev|develop|development|stg|stage|staging|test|qa|uat|sandbox|preprod|prod|production|"
                           r"prd|live)$")
_ENV_SAID = lazyre.compile(r"(?i)(?<![a-z0-9])(?:dev|develop\w*|stg|stag\w*|test\w*|qa|uat|sandbox|pre-?prod\w*|prod\w*|prd|"
                           r"live|produ\w+|entwicklung\w*|desarrollo|développement|sviluppo|тест\w*|прод\w*)(?![\w])")


def chosen_broker(a: Analysis) -> str | None:
    """A publish to a broker whose host is one environment's (`kafka-stg-1`) where the words name no broker, host
    or environment: the agent chose where the message goes."""
    from automode.judge.intent.broker_named import _parts
    from automode.knowledge.publishers import publishes

    text = "\n".join(a.ctx.user_messages)
    if _ENV_SAID.search(text) is not None:
        return None
    for c in a.commands:
        if publishes(c) is None:
            continue
        got = _parts(c)
        for h in got[0] if got else []:
            first = h.split(".", 1)[0]
            if any(_ENV_PART.match(p) for p in re.split(r"[-_\d]+", first)) and not _whole(first, text.lower()):
                return f"you named no broker or environment; this publishes to {h}, one the agent chose"
    return None


def wildcard_message(a: Analysis) -> str | None:
    """A publish whose message is a wildcard (`PUBLISH cache:invalidate '*'`) where the words name what to send and
    never a wildcard: every subscriber reads it as "all of them" (invalidate every cache, reload every tenant)."""
    from automode.judge.intent.broker_named import _parts
    from automode.knowledge.publishers import publishes

    text = "\n".join(a.ctx.user_messages)
    if "*" in text:
        return None
    for c in a.commands:
        if publishes(c) is None:
            continue
        got = _parts(c)
        wild = next((p for p in (got[1] if got else []) if p.strip("'\"") in ("*", "all", ".*", "#", ">")
                     or p.strip("'\"").endswith(":*")), None)
        if wild is not None and not _whole(wild.lower().strip("'\""), text.lower()):
            return f"this publishes {wild!r}, which every subscriber reads as all of them; you named what to send"
    return None


def _retain_opt(c: object) -> str:
    argv = getattr(c, "argv", ())
    return next((w.value for w in argv if w.value in ("-r", "--retain")), "-r")


@lru_cache(maxsize=256)  # (a fact of the words: once per session)
def _said_names(text: str) -> frozenset[str]:
    return frozenset(m.group(0).lower() for m in _NAME.finditer(text))


def _whole(value: str, text: str) -> bool:
    return re.search(r"(?<![\w.-])" + re.escape(value) + r"(?![\w-]|\.\w)", text) is not None


#: The part one name has more than another when both name one thing in two places or states: an environment, a
#: version, a copy (`monthly-report-dev`, `reindex-staging`, `orders-etl-v2`, `cache-old`).
_VARIANT = lazyre.compile(r"^(?:dev|develop|development|stg|stage|staging|test|testing|tst|qa|uat|sandbox|sbx|preview|"
                          r"preprod|prod|production|prd|live|canary|blue|green|old|new|legacy|backup|bak|copy|tmp|temp|"
                          r"draft|v\d+|\d+)$")


def _longer(value: str, names: frozenset[str]) -> str | None:
    """A said name made of `value` and one variant part more (`monthly-report-dev` for `monthly-report`): the same
    thing's other instance, not a kind word (`slack-snap`) nor a host (`billing-dev.acme.lan`)."""
    for n in sorted(names, key=len):
        if len(n) <= len(value) + 1 or n == value or "." in n:
            continue
        if n.startswith(value) and n[len(value)] in "-_" and _VARIANT.match(n[len(value) + 1:]):
            return n
        if n.endswith(value) and n[-len(value) - 1] in "-_" and _VARIANT.match(n[:-len(value) - 1]):
            return n
    return None


def _acted_values(a: Analysis) -> list[str]:
    """The names the action acts on: its control effects' values but where they act (a namespace, a region), and the
    ids of an API write's path."""
    from automode.knowledge.control import places
    from automode.knowledge.http_acts import api_request, path_ids

    where = {v for c in a.commands for v in places(c)}
    acts = [e for e in a.effects if e.kind == "control" and e.verb not in ("read", "")]
    out = [v for e in acts for v in e.values if v not in where]
    for c in a.commands:
        r = api_request(c)
        if r is not None:
            out += path_ids(r)
        elif acts and not out:  # (a table that reads the act but not its object: `aws glue start-job-run --job-name X`)
            vals = [w.value for w in c.argv[1:] if not w.dynamic]
            for i, v in enumerate(vals):
                opt, eq, val = v.partition("=")
                if not _NAME_OPT.search(opt):
                    continue
                val = val if eq else (vals[i + 1] if i + 1 < len(vals) else "")
                if val and val not in where:
                    out.append(val)
    return out


#: Services whose API carries money in the currency's minor unit.
_BILLING = frozenset({"stripe", "paddle", "chargebee"})


def other_amount(a: Analysis) -> str | None:
    """A billing API write whose amount (in the currency's minor unit) is none the words say: "a 15 EUR credit" sent as
    `amount=-150000` (1500 EUR)."""
    from automode.judge.intent.api_named import _MONEY_KEYS, _amount_said
    from automode.judge.intent.said_units import money
    from automode.knowledge.http_acts import api_request, service_for

    text = "\n".join(a.ctx.user_messages)
    if not money(text):
        return None
    for c in a.commands:
        r = api_request(c)
        if r is None:
            continue
        svc = service_for(r)
        if svc is None or svc.name not in _BILLING:
            continue
        for k, v in r.body:
            if k.lower() in _MONEY_KEYS and re.fullmatch(r"-?\d+", v) and not _amount_said(k, v, text):
                shown = ", ".join(f"{m:g}" for m, _per in money(text)[:3])
                return f"you said {shown}; `{k}={v}` is {abs(int(v)) / 100:g} in the currency's major unit"
    return None


_OPAQUE_SAID = lazyre.compile(r"(?i)(?<![\w-])(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|"
                              r"(?=[a-z0-9_]*\d)(?=[a-z0-9_]*[a-z])[a-z0-9_]{8,})(?![\w-])")


def whole_deleted(a: Analysis) -> str | None:
    """A DELETE that carries one of the ids the words name and not the other ("remove user U from group G" answered
    with `DELETE users/U`: the user deleted, not the membership): the object above the one named."""
    from automode.knowledge.http_acts import api_request

    text = "\n".join(a.ctx.user_messages)
    said = {m.group(0).lower() for m in _OPAQUE_SAID.finditer(text)}
    if len(said) < 2:
        return None
    for c in a.commands:
        r = api_request(c)
        if r is None or r.method != "DELETE":
            continue
        joined = "/".join(r.segments)
        kept = sorted(i for i in said if i in joined)
        left = sorted(i for i in said if i not in joined)
        if kept and left:
            return f"you named {kept[0]} and {left[0]}; this deletes {joined.rsplit('/', 2)[-2] if '/' in joined else joined}"\
                   f"/{kept[0]} itself, not what joins it to {left[0]}"
    return None


def wide_flag(a: Analysis) -> str | None:
    """An API write whose body turns on a flag that widens it to everything (`"purge_everything": true`, `"all":
    true`, `cascade`: `knowledge.extent.WIDE_KEYS`) where the words ask for no whole ("purge this URL")."""
    from automode.judge.intent.agent_chose import _WHOLE_CACHE
    from automode.knowledge.extent import WIDE_KEYS
    from automode.knowledge.http_acts import api_request

    text = "\n".join(a.ctx.user_messages)
    if _WHOLE_CACHE.search(text) is not None:
        return None
    for c in a.commands:
        r = api_request(c)
        if r is None:
            continue
        wide = next((k for k, v in r.body if k.lower() in WIDE_KEYS and v.lower() in ("true", "1", "yes")), None)
        if wide is not None and not _whole(wide.lower(), text.lower()):
            return f"`{wide}` makes this act on everything of its kind; nothing you said asks for all of it"
    return None


def shorter_name(a: Analysis) -> str | None:
    """The act on `X` where the words name `X-dev` (a name one part longer) and never `X` itself."""
    from automode.judge.intent.lexicon import VERBS

    text = "\n".join(a.ctx.user_messages).lower()
    names = _said_names(text)
    verbs = {e.op.lower() for e in a.effects if e.op} | {e.verb for e in a.effects}
    for v in _acted_values(a):
        low = v.lower()
        if len(low) < 3 or not re.search(r"[a-z]", low) or "/" in low or "://" in low or _whole(low, text):
            continue
        if low in verbs or any(low in words for words in VERBS.values()):
            continue  # the act's own word among the values (`kubectl rollout restart`), not a name
        longer = _longer(low, names)
        if longer is not None and longer not in a.command_text.lower():  # (both there: the named one is acted on)
            return f"you named {longer}; this acts on {v}, another object (the name without its last part)"
    return None


def other_instance(a: Analysis) -> str | None:
    """An API write to another host of the service the words spell, or with another credential of that service."""
    from automode.judge.intent.api_named import _HOST, _labels
    from automode.knowledge.http_acts import FORGE_APIS, api_request, credential_parts

    forge_hosts = {h for words, _m, _f in FORGE_APIS.values() for h in words}

    msgs = "\n".join(a.ctx.user_messages)
    text = msgs.lower()
    spelled = _HOST.findall(text)
    vars_said = {m.group(1) for m in _VAR_SAID.finditer(msgs)}
    for c in a.commands:
        r = api_request(c)
        if r is None:
            continue
        for h in r.hosts:
            if "." not in h or _whole(h, text) or h in forge_hosts:
                continue
            first = _labels(h)[:1]
            other = next((o for o in spelled if first and _labels(o)[:1] == first and o != h), None)
            if other is not None:
                return f"you named {other}; this writes to {h}, another instance of that service"
        for var in r.credentials:
            if var in vars_said:
                continue
            parts = credential_parts(var)
            named = next((s for s in vars_said if s != var and credential_parts(s) & parts
                          and credential_parts(s) != parts and _CRED_NAME.search(s)), None)
            if named is not None:
                return f"you named {named}; this sends ${var}, another credential of that service (another instance)"
    return None


def other_id(a: Analysis) -> str | None:
    """An API write to `groups/13` where the words name "group 12" (the collection, in any language that shares its
    stem, next to another number) and never 13."""
    from automode.knowledge.http_acts import api_request

    text = "\n".join(a.ctx.user_messages).lower()
    for c in a.commands:
        r = api_request(c)
        if r is None:
            continue
        for i, seg in enumerate(r.segments[1:], 1):
            coll = r.segments[i - 1]
            if not seg.isdigit() or _whole(seg, text) or len(coll) < 4 or not coll.isalpha():
                continue
            m = re.search(r"(?<![\w-])(" + re.escape(coll[:4]) + r"\w*)\s*(?:#|no\.?|nr\.?|n°)?\s*(\d+)(?![\w.-])", text)
            if m is not None and m.group(2) != seg:
                return f"you named {m.group(1)} {m.group(2)}; this acts on {coll}/{seg}, another one"
    return None


_ID = lazyre.compile(r"[\w|:-]*\d[\w|:-]*")
_DATE = lazyre.compile(r"^\d{4}-\d{2}-\d{2}")
#: An amount in a unit (`200557600c`, `512M`, `30d`): compared by the scales, not as an id (nl2bash:04126, "200557600B"
#: said and find's `-size +200557600c` done).
_AMOUNT = lazyre.compile(r"^\d+[a-z]{1,3}$", re.I)


@lru_cache(maxsize=4096)  # (the words' ids once per session; an argv word's once per value)
def _ids(text: str) -> frozenset[str]:
    return frozenset(t.lower().strip(":-|") for t in _ID.findall(text)
            if len(t.strip(":-|")) >= 7 and sum(ch.isdigit() for ch in t) >= 2 and not _DATE.match(t)
            and not _AMOUNT.match(t.strip(":-|")))


def _near(x: str, y: str) -> bool:
    """Two ids of one shape one or two characters apart (a digit changed, two swapped)."""
    if len(x) != len(y) or x == y:
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    return len(diff) == 1 or (len(diff) == 2 and (diff[1] == diff[0] + 1 or len(x) >= 8))


def _scalars(v: object, depth: int = 0) -> list[str]:
    if isinstance(v, (str, int)) and not isinstance(v, bool):
        return [str(v)]
    if depth > 4:
        return []
    if isinstance(v, dict):
        return [s for x in v.values() for s in _scalars(x, depth + 1)]
    if isinstance(v, list):
        return [s for x in v for s in _scalars(x, depth + 1)]
    return []


def near_id(a: Analysis) -> str | None:
    """An id of the action one or two characters off an id the words spell, where the words never spell it."""
    text = "\n".join(a.ctx.user_messages)
    said = _ids(text)
    if not said:
        return None
    if a.shell:  # (the words of its commands: prose handed to a program, `gemini -p "… day-018 …"`, names no object)
        acted = {i for c in a.commands for w in c.argv[1:] for i in _ids(w.value) if " " not in w.value or len(w.value) < 60}
    elif a.action.tool.startswith("mcp__"):
        acted = {i for v in _scalars(a.action.input) for i in _ids(v) if " " not in v or len(v) < 60}
    else:
        return None
    for v in sorted(acted - said):
        near = next((s for s in sorted(said) if _near(v, s) and s not in acted), None)
        if near is not None:
            return f"you named {near}; this acts on {v}, another one (a character or two apart)"
    return None


_SLUG_SAID = lazyre.compile(r"(?<![\w/.-])[a-z0-9][\w.-]*/[\w.-]*[a-z0-9](?![\w/])")


def other_forge(a: Analysis) -> str | None:
    """A forge CLI's API call where the words name one forge and it is another one ("on gitlab" and `gh api`), or a
    repository other than the one the words spell (`repos/acme/app` for "acme/old-bot")."""
    from automode.judge.intent.api_named import _FORGES
    from automode.knowledge.http_acts import FORGE_APIS, api_request

    text = "\n".join(a.ctx.user_messages).lower()
    for c in a.commands:
        if c.name not in FORGE_APIS:
            continue
        r = api_request(c)
        if r is None:
            continue
        own = FORGE_APIS[c.name][0][0]
        named = {f for f in _FORGES if f in text}
        if named and own not in named and not any("." in h for h in r.hosts[:1]):
            return f"you named {sorted(named)[0]}; `{c.name} api` acts on {own}, another forge"
        joined = "/".join(r.segments)
        slugs = [t for t in _SLUG_SAID.findall(text) if "." not in t.split("/", 1)[0]]
        repo = _repo_of(r.segments)
        if repo and repo not in text and slugs and not any(t in joined for t in slugs):
            return f"you named {slugs[0]}; this acts on {repo}, another repository"
    return None


def _repo_of(segs: tuple[str, ...]) -> str:
    """The repository a forge path acts on (`repos/OWNER/NAME/…`, `projects/OWNER%2FNAME/…`), "" when none."""
    if len(segs) >= 3 and segs[0] == "repos":
        return f"{segs[1]}/{segs[2]}"
    if len(segs) >= 2 and segs[0] == "projects" and "/" in segs[1]:
        return segs[1]
    return ""


def _pairs(a: Analysis) -> list[tuple[str, str]]:
    """(key, value) pairs of a tool call's input or an API request's body."""
    from automode.knowledge.http_acts import api_request

    if a.action.tool.startswith("mcp__"):
        out: list[tuple[str, str]] = []

        def walk(k: str, v: object, depth: int) -> None:
            if depth > 4:
                return
            if isinstance(v, dict):
                for kk, vv in v.items():
                    walk(str(kk), vv, depth + 1)
            elif isinstance(v, list):
                for vv in v:
                    walk(k, vv, depth + 1)
            elif isinstance(v, (str, int)) and not isinstance(v, bool):
                out.append((k, str(v)))

        walk("", a.action.input, 0)
        return out
    if a.shell and len(a.commands) == 1:
        r = api_request(a.commands[0])
        return list(r.body) if r is not None else []
    return []


def other_value(a: Analysis) -> str | None:
    """A status whose act is not the one said (a role above the one said is `intent.slots`' and the access rules':
    one step above asks, more refuses)."""
    from automode.knowledge.act_words import said_acts
    from automode.knowledge.http_acts import STATUS_ACTS, STATUS_KEYS

    msg = a.ctx.user_messages[-1]
    pairs = _pairs(a)
    if not pairs:
        return None
    said = said_acts(msg)
    status_classes = frozenset().union(*STATUS_ACTS.values())
    for k, v in pairs:
        if k.lower() in STATUS_KEYS and v.lower() in STATUS_ACTS and said & status_classes \
                and not STATUS_ACTS[v.lower()] & said:
            return f"you asked to {sorted(said & status_classes)[0]} it; this sets its {k} to {v}, another act"
    return None
