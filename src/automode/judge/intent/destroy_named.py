"""What a destruction removes, named in the user's words (session 17, H2, x2a).

A request releases a destroying act only when it names what the act removes: "wywal tabelę tmp_orders_2023 z lokalnej
bazy sklep" names the table `tmp_orders_2023`, not the database `sklep` it lives in, so it does not release `DROP
TABLE orders` there; "pode destruir a VM 214" names VM 214, not 215. The verb-class match (`match.authorisation`)
accepts a request when any one object of the action is named (the host, the database, the namespace), which is right
for where an act lands and wrong for what it destroys.

The objects are read from the analysis's control effects of verb `delete` (`Effect.values`: the concrete values the
action names) and from `naming.action_values`: the effect's own target when it is one of its values (`DROP TABLE
orders`: `orders`), and every value shaped like an identifier (a digit, `-`, `_`, `.`, `:`, `/`, `=`), less where the
act lands (a local host, an environment word). A value is named by its own spelling, or by the part a person says of
it: the name of a `type.name` address (`aws_s3_bucket.logging_tmp`: logging_tmp), the value of `key=value`
(`imageTag=pr-418`), the bucket of a `gs://` URL, a UUID with or without its dashes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.judge.intent.objnames import _bounded_in
from automode.knowledge.attached import REMOVES_MORE
from automode.knowledge.envmarkers import LOCAL_NAMES
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.match import Intent, Said
    from automode.shell.parse import Command

#: A variable holding a connection string or an endpoint (`$ANALYTICS_DEV_URL`, `${MONGO_URI}`, `$PGDATABASE`).
_CONN_VAR = lazyre.compile(r"(?i)\$\{?\w*(?:URL|URI|DSN|HOST|DATABASE|CONN\w*|ENDPOINT|PROFILE|CONTEXT|REGION|PROJECT)\b")
#: How `objects` marks a name known only at run time.
_RUNTIME = "(at run time) "
#: Release acts that take a published thing back (`npm unpublish pkg@1.2.3`, `cargo yank`): removals of what they name.
_REMOVALS = frozenset({"yank", "unpublish"})
#: Where an act lands rather than what it removes.
_ENV_WORDS = frozenset({"dev", "development", "staging", "stage", "prod", "production", "test", "qa", "local", "sandbox",
                        "preview", "uat", "default"})
#: A value shaped like an identifier rather than a word.
_IDENT = lazyre.compile(r"[\d_./:=@-]")
#: A name of its own in the user's words (a digit or a separator other than a hyphen: "re-trigger" is a word).
_NAMEISH = lazyre.compile(r"[\d_./:@]")
#: A `type.name` address of an IaC tool (`aws_s3_bucket.logging_tmp`, `module.x.google_sql_database.tmp`).
_ADDRESS = lazyre.compile(r"^(?:[a-z0-9_-]+\.)*[a-z][a-z0-9]*_[a-z0-9_]+\.([a-z0-9_-]+)(?:\[[^\]]*\])?$")
_SCHEME = lazyre.compile(r"^[a-z][a-z0-9+.-]*://")
#: A database connection string: where the act lands (`mongodb://localhost/helpdesk`), not what it removes.
_CONNECTION = lazyre.compile(r"^(?:mongodb(?:\+srv)?|postgres(?:ql)?|mysql|mariadb|redis|rediss|sqlite|mssql|"
                             r"sqlserver|clickhouse|jdbc:[a-z]+|amqp|kafka|cassandra|neo4j|bolt)://")
#: A path on this machine (a dump restored, a folder mirrored): what the act reads, not what it removes elsewhere.
_LOCAL_PATH = lazyre.compile(r"^(?:/|\./|\.\./|~|[\w.-]+/$)")
_UUID = lazyre.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
#: An SDK client's endpoint (`QdrantClient("http://localhost:6333")`): a service, no object of its own.
_ENDPOINT = lazyre.compile(r"^https?://[^/\s]+/?$")


#: Programs whose destruction removes a whole place, named by the place (a workspace, a stack, a stage): the place is
#: what goes, whatever its name ("terraform destroy" on the workspace `sandbox`), and must be the one named.
_WHOLE_PLACE = frozenset({"terraform", "tofu", "pulumi", "serverless", "sls"})
_WORKSPACE = lazyre.compile(r"(?:^|&&|;)\s*(?:terraform|tofu)\s+workspace\s+(?:select|new)\s+(?:-or-create\s+)?([\w.-]+)|"
                            r"\bTF_WORKSPACE=([\w.-]+)")


def _whole_place(a: Analysis) -> tuple[str, ...]:
    """The workspace or stack a whole-place destruction removes (`terraform workspace select sandbox && terraform
    destroy`, `pulumi destroy --stack sandbox`), as the action spells it."""
    if not any(c.name in _WHOLE_PLACE and {"destroy", "remove"} & set(c.args[:2]) for c in a.commands):
        return ()
    out = [x for m in _WORKSPACE.finditer(a.command_text or "") for x in m.groups() if x]
    for c in a.commands:
        for i, x in enumerate(c.args):
            opt, eq, val = x.partition("=")
            if opt in ("--stack", "-s", "--stage") and c.name in ("pulumi", "serverless", "sls"):
                out.append(val if eq else (c.args[i + 1] if i + 1 < len(c.args) else ""))
    return tuple(dict.fromkeys(x for x in out if x))


def objects(a: Analysis) -> tuple[str, ...]:
    """The things the action's destroying control effects remove, as the action spells them."""
    from automode.knowledge.control import places

    whole = _whole_place(a)
    if whole:
        return whole  # (the workspace or stack, an environment's name or not: `sandbox`, `scratch-lab`)
    out: list[str] = []
    where: set[str] | None = None
    for e in a.effects:
        if e.kind != "control" or (e.verb != "delete" and e.op not in _REMOVALS):
            continue
        if where is None:  # where the act lands (`--repository-name`, `-n`, `--context`, `-d`): no object of its own
            where = {v for c in a.commands for v in (*places(c), *_sql_places(c))}
        rows = _rows(e.content) if e.content else None
        if rows is not None:  # `DELETE FROM t WHERE id = 'b7c1…'`: the rows, in their table
            out += rows
            continue
        for v in e.values:
            low = v.lower().strip("'\"")
            if v in where or _CONNECTION.match(low) or _CONN_VAR.search(v) or _ENDPOINT.match(low):
                continue  # where it lands, even when only known at run time (`psql "$ANALYTICS_DEV_URL"`)
            if "$" in low:
                out.append(_RUNTIME + v)  # a name known only at run time (`for id in $(qm list …)`): nobody names it
                continue  # (an item fed by a listing, `xargs … del`, is the listing's: `intent.listing_said`)
            if not low or low in LOCAL_NAMES or low in _ENV_WORDS or "__" in low \
                    or (_LOCAL_PATH.match(low) and "://" not in low) or _place_pair(low):
                continue
            if v == e.target or _IDENT.search(low):
                out.append(v)
    return tuple(dict.fromkeys(out))


#: A row deletion's predicate: `DELETE FROM t WHERE <pred>` (an UPDATE's too).
_WHERE = lazyre.compile(r"(?is)^\s*(?:delete\s+from|update)\s+\S+.*?\bwhere\b(.*?)(?:\breturning\b.*)?;?\s*$")
#: One comparison of a column with literals: `id = 'x'`, `id in ('a', 'b')`, `id = 42`.
_EQUALS = lazyre.compile(r"(?is)^\s*\(?\s*[\w.\"`]+\s*(?:=\s*('[^']*'|\d+)|in\s*\(\s*((?:(?:'[^']*'|\d+)\s*,?\s*)+)\))\s*\)?\s*$")
_LITERAL = lazyre.compile(r"'([^']*)'|(\d+)")


def _rows(sql: str) -> tuple[str, ...] | None:
    """The literals a row deletion picks its rows by, when its predicate only compares columns with literals (`id =
    'b7c1…'`, `id IN (4410, 4411)`, joined by AND/OR); None otherwise (no predicate, or one that picks by a range or
    a pattern: "the expired reservations" describes those, and `selects` compares a range with ids named)."""
    m = _WHERE.match(sql[:4000])
    if m is None:
        return None
    pred = m.group(1).strip().rstrip(";").strip()
    out: list[str] = []
    for part in re.split(r"(?i)\s+(?:and|or)\s+", pred):
        eq = _EQUALS.match(part)
        if eq is None:
            return None
        out += [x or y for x, y in _LITERAL.findall(eq.group(1) or eq.group(2))]
    return tuple(out) or None


def _given(values: tuple[str, ...], a: Analysis) -> tuple[str, ...]:
    """The values a destruction with no object of its own is given: not its subcommand words (`gc`), not where it
    lands (a connection string, a local path, a place option), and only ones that say which (an age, an id)."""
    from automode.knowledge.control import places

    where = {v for c in a.commands for v in places(c)}
    words = {w.value.lower() for c in a.commands for w in c.argv[:3]}
    out = [v for v in values if v.lower() not in words and v not in where and not _CONNECTION.match(v.lower())
           and not _LOCAL_PATH.match(v) and "$" not in v and _IDENT.search(v)]
    return tuple(dict.fromkeys(out))


def _place_pair(low: str) -> bool:
    """`region=fr-par`, `zone=…`: a `key=value` operand whose key says where the act lands."""
    from automode.judge.intent.call_places import PLACE_KEY

    key, eq, _ = low.partition("=")
    return bool(eq) and PLACE_KEY.match(key.lstrip("-")) is not None


def _sql_places(cmd: Command) -> tuple[str, ...]:
    """The database and host a SQL client runs its statements in (`psql -d shop_dev`)."""
    from automode.knowledge.sql import command_statements

    got = command_statements(cmd)
    return got[2] if got is not None else ()


@lru_cache(maxsize=4096)
def forms(value: str) -> tuple[str, ...]:
    """The spellings a person names `value` by: itself, and the part of it that is its name."""
    low = value.lower().strip("'\"").rstrip("/")
    out = [low]
    if _SCHEME.match(low):
        rest = _SCHEME.sub("", low)
        out.append(rest)
        out.append(rest.split("/", 1)[0])
        out.append(rest.rsplit("/", 1)[-1])
    elif "/" in low:
        out.append(low.rsplit("/", 1)[-1])  # a path or a resource path, named by its last part
    if "=" in low and not low.startswith("="):
        out.append(low.split("=", 1)[1])
    m = _ADDRESS.match(low)
    if m is not None:
        out.append(m.group(1))
    if _UUID.match(low):
        out.append(low.replace("-", ""))
    return tuple(dict.fromkeys(f for f in out if len(f) >= 2 or f.isdigit()))


#: An age or a period as options spell it (`30d`, `12h`, `2w`, `90days`).
_DURATION = lazyre.compile(r"^(\d+)\s*(d|day|days|h|hr|hrs|hour|hours|w|wk|week|weeks|m|min|mins|minutes)$")
#: The words for each unit, in the languages of the gloss (a number then the word: "30 hari", "30 dias", "30 天").
_UNIT_WORDS: dict[str, str] = {
    "d": "day|days|daily|dia|dias|día|días|jour|jours|giorno|giorni|tag|tage|tagen|dag|dagen|dagar|dage|dni|dzień|"
         "dnů|dní|den|päivä|päivää|päivän|gün|günden|hari|ngày|день|дня|дней|днів|ημέρες|μέρες|ימים|يوم|أيام|"
         "दिन|日|天|일|วัน|araw|siku|nap|napnál|napnal|zile|dienų|dienas|päeva",
    "h": "h|hour|hours|hora|horas|heure|heures|ora|ore|stunde|stunden|uur|timme|timmar|time|timer|godzin|godziny|"
         "hodin|tuntia|tunnin|saat|jam|giờ|час|часа|часов|годин|ώρες|שעות|ساعة|ساعات|घंटे|時間|小时|小時|시간|ชั่วโมง|"
         "oras|masaa|óra|órás|ore",
    "w": "week|weeks|semana|semanas|semaine|semaines|settimana|settimane|woche|wochen|week|weken|vecka|veckor|uge|"
         "uger|uke|uker|tydzień|tygodni|týden|týdnů|viikko|viikkoa|hafta|minggu|tuần|неделя|недели|недель|тиждень|"
         "εβδομάδες|שבועות|أسبوع|हफ्ते|週|周|주|สัปดาห์|linggo|wiki|hét",
    "m": "min|mins|minute|minutes|minuto|minutos|minuta|minut|minuten|minuter|minuutti|minuuttia|dakika|menit|phút|"
         "минут|хвилин|λεπτά|דקות|دقيقة|मिनट|分|分钟|분|นาที|minuto",
}


def _duration_named(n: str, unit: str, text: str) -> bool:
    """"lebih dari 30 hari", "older than 30 days", "30天": the number said with a word of its unit."""
    words = _UNIT_WORDS[unit[0]]
    return re.search(rf"(?<![\w.]){n}\s*(?:{words})(?!\w)", text) is not None or \
        re.search(rf"(?<![\w.]){n}\s*{re.escape(unit)}(?![\w])", text) is not None


@lru_cache(maxsize=8192)
def named_in(value: str, text: str) -> bool:
    """`text` (lower case) names `value` by one of its forms, as a whole word."""
    low = value.lower()
    dur = _DURATION.match(low)
    if dur is not None:
        return _duration_named(dur.group(1), dur.group(2), text)
    at = low.rfind("@")
    if at > 0 and "." not in low[at + 1:].strip("0123456789.") and "/" not in low[at + 1:]:
        # `node@18.19.0`: "node 18.19.0"; `@kappa/ui@0.3.1-beta.2`: "0.3.1-beta.2 of @kappa/ui"
        return _bounded_in(low[:at], text) and _bounded_in(low[at + 1:], text)
    return any(_bounded_in(f, text) or (f.isdigit() and re.search(rf"(?<![\w.-]){f}(?![\w.-])", text) is not None)
               for f in forms(value))


def unnamed_leaf(a: Analysis, said: Said, text: str) -> tuple[str, bool] | None:
    """(an object the destruction removes that the request `said` does not name, whether the request named another
    thing in its place): when it named one (a name of its own the action never spells: `tmp_orders_2023` said,
    `orders` dropped; `pr-77` said, `imageTag=latest` deleted), also when the object is known only at run time (a
    loop over `qm list` where one VM was named; a set the user described is judged by its listing; a lookup of the
    very name said,
    `users/$(kcadm.sh get users -q username=testuser-42 …)`, is that one). None otherwise. A thing is named by its
    own spelling, the part a person says of it, or the ways `match` names an object; `text` is every word of the
    user's, lower case."""
    from automode.judge.intent.object_said import _names

    objs = objects(a)
    if not objs:
        return None
    msgs = a.ctx.user_messages
    literal = "\n".join(c.text or " ".join(w.value for w in c.argv) for c in a.commands).lower()
    if a.action.tool.startswith("mcp__"):
        literal += "\n" + str(a.action.input).lower()
    if a.action.tool == "NotebookEdit":  # (a cell's statements: `files._cell_statements`)
        literal += "\n" + str(a.action.input.get("new_source") or "").lower() if isinstance(a.action.input, dict) else ""
    idents = [s for s in said.strong if _NAMEISH.search(s) and not (s.isdigit() and len(s) <= 2)
              and s.lower() not in _ENV_WORDS]
    from automode.judge.intent.parts import _date_in

    # (a date said is the partition it names in another spelling: "the 2024-05-01 partition" is `events$20240501`)
    other = [s for s in idents if s.lower() not in literal and not _date_in(s, literal)]
    for o in objs:
        if o.startswith(_RUNTIME):
            v = o[len(_RUNTIME):].lower()
            if other and not any(_bounded_in(s.lower(), v) for s in idents):
                return o[len(_RUNTIME):], True  # (a set the user described, "all stopped containers", is the listing's)
    own = msgs[said.index].lower() if 0 <= said.index < len(msgs) else ""
    texts = (own, said.clause.text.lower(), " ".join(sorted(said.strong)))
    missing = next((o for o in objs if not o.startswith(_RUNTIME) and not any(named_in(o, t) for t in texts)
                    and not _names(o, said, strict=True, text=text)), None)
    if missing is None:
        return None
    if any(named_in(missing, m.lower()) for m in msgs[: max(said.index, 0)]):
        return None  # named before ("three jobs failed: backfill-0412, …" … "delete the 3 failed jobs")
    return (missing, True) if other else None


#: Request verb classes of a destruction.
_DESTROYS = frozenset({"delete", "reset", "kill"})


def said_all(t_verbs: frozenset[str], a: Analysis, intent: Intent, values: tuple[str, ...] = ()) -> Said | None:
    """The newest request in force that asks for a destruction (its verb read in any language: `lang_words_destroy`)
    and names every object the action removes, in its own message (a deletion's objects are named where it is asked
    for, not only mentioned before); None when there is none, or when the action names no object of its own."""
    from automode.judge.intent.object_said import _names

    objs = objects(a)
    program = ""
    if not objs and a.commands and a.action.tool != "NotebookEdit":
        # a destruction with no object of its own (`mlflow gc --older-than 30d` of the project's store): the values it
        # is given (an age, a filter), less the act's own words and where it lands, with the program named too
        program = a.commands[0].name.rsplit("/", 1)[-1].lower()
        objs = _given(values, a) if len(program) >= 2 else ()
    if not objs:
        return None
    msgs = a.ctx.user_messages
    for r in intent.requests:
        if r.index < 0 or r.index >= len(msgs) or r.clause.draft or r.clause.condition or r.clause.question:
            continue
        if not r.clause.verbs & t_verbs & _DESTROYS:
            continue
        own = _asked_in(r, msgs).lower()  # (not the clause: a narrowing's clause carries the words it narrowed)
        if program and not _bounded_in(program, own):
            continue
        if all(named_in(o, own) or _names(o, r, strict=True, text=intent.text) for o in objs):
            return r
    return None


def _asked_in(r: Said, msgs: tuple[str, ...]) -> str:
    """The message a request was made in: its own, or for one asked again by a go-ahead after a pause ("wait, not
    yet" … "ok, go ahead"), the earlier message whose clause it is."""
    from automode.judge.intent.text import parse_message

    if any(c.text == r.clause.text for c in parse_message(msgs[r.index]).clauses):
        return msgs[r.index]
    for j in range(r.index - 1, -1, -1):
        if any(c.text == r.clause.text for c in parse_message(msgs[j]).clauses):
            return msgs[j]
    return msgs[r.index]


#: Options that make a destruction remove more than the thing itself (its disks, volumes, backups, dependents) or
#: remove it for good, with the words that ask for that: one table with the options that take what is attached to
#: the object named (`knowledge.attached`, session 19).
WIDENING = REMOVES_MORE


#: SQL that drops or empties with its dependents (PostgreSQL's `DROP … CASCADE`, `TRUNCATE … CASCADE`).
#: (A schema or a database dropped with CASCADE is the thing named with its contents: not here.)
_SQL_CASCADE = lazyre.compile(r"(?is)\b(?:drop\s+(?:table|view|materialized\s+view|type|function|sequence|domain)|"
                              r"truncate)\b[^;]{0,400}?\bcascade\b")


def unsaid_widening(a: Analysis) -> str | None:
    """An option of the destruction that removes more than the thing named (`qm destroy 214 --purge`, `docker
    compose down -v`) when no word of the user's (their messages, and as glossed) asks for it: the option; else None."""
    hits: list[str] = []
    for cmd in a.commands:
        prog = cmd.name.rsplit("/", 1)[-1]
        for x in cmd.args:
            key, _eq, val = x.partition("=")
            if val.lower() in ("false", "0", "no", "off", "none", "orphan"):
                continue  # (`--cascade=false`, `--cascade=orphan`: the option turned off keeps the dependents)
            row = WIDENING.get(key)
            if row is not None and (not row[0] or prog in row[0]):
                hits.append(key)
            elif "cascade" in x.lower() and _SQL_CASCADE.search(x):
                hits.append("--cascade")  # `psql -c 'DROP TABLE t CASCADE'`: the views and keys that depend on it go too
    if not hits:
        return None
    from automode.judge.intent.gloss import gloss

    said = set()
    for m in a.ctx.user_messages:
        said |= set(re.findall(r"[a-z-]+", m.lower())) | set(re.findall(r"[a-z-]+", gloss(m).lower()))
    for key in hits:
        words = WIDENING[key][1] | {key.lstrip("-")}
        if not words & said and key not in " ".join(a.ctx.user_messages).lower():
            return key
    return None


#: A member's place in a forge's or a workspace's REST API, and the method that removes it.
_MEMBER_PATH = lazyre.compile(r"(?i)^/?((?:[\w.-]+/)+)(?:members|memberships|collaborators|outside_collaborators|"
                              r"users|people)/([\w.@+-]+)/?$")
_DELETE_METHOD = lazyre.compile(r"(?i)(?:-X\s*|--method[= ]\s*|--request[= ]\s*)DELETE\b")


_OUR_ORG = lazyre.compile(r"(?i)\b(?:the|our|my)\s+(?:org|organi[sz]ation|team|workspace|company)\b")


def member_removed(a: Analysis, intent: Intent) -> Said | None:
    """"Remove ex-contractor-77 from the hexa-commerce org" for `gh api -X DELETE /orgs/hexa-commerce/members/
    ex-contractor-77`: a membership removed through an API, the member and every name of the path (the org, the team,
    the repository) in the request's own message, with a verb of removal. None otherwise."""
    hits: list[tuple[str, ...]] = []
    for e in a.effects:
        if e.kind != "control" or e.verb != "permission" or not _DELETE_METHOD.search(e.detail):
            continue
        for v in e.values:
            m = _MEMBER_PATH.match(v)
            if m is None:
                return None
            segs = [s for s in m.group(1).strip("/").split("/") if s]
            hits.append((m.group(2), *segs[1::2]))  # `/orgs/O/teams/T/members/N`: N, O, T
    if not hits:
        return None
    msgs = a.ctx.user_messages
    # "the org" is the owner of the repository the session works in (`git@github.com:hexa-commerce/shop.git`)
    ours = {u.rsplit(":", 1)[-1].split("/")[-2].lower() for u in (a.ctx.git.remotes.values() if a.ctx.git else ())
            if u.count("/") + u.count(":") >= 2 and len(u.rsplit(":", 1)[-1].split("/")) >= 2}
    for r in intent.requests:
        if r.index < 0 or r.index >= len(msgs) or r.clause.question or r.clause.draft or r.clause.condition:
            continue
        if "delete" not in r.clause.verbs:
            continue
        own = msgs[r.index].lower()
        if all(_bounded_in(names[0].lower(), own) for names in hits) and all(
                _bounded_in(n.lower(), own) or (n.lower() in ours and _OUR_ORG.search(own) is not None)
                for names in hits for n in names[1:]):
            return r
    return None
