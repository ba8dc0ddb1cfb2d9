"""The unit or scale each program writes an amount in (session 23, class N1, helper `units`; read by
`judge.intent.scaled`, AM-JUDGE-045).

The user says an amount ("sju dagar", "一時間", "duas", "5 %", "the last three full backups", "25 دولار"); the command
carries it in the program's own unit: Kafka's `retention.ms` in milliseconds, a Tailscale key's `expirySeconds`,
pgBackRest's `--repo1-retention-full` as a count of full backups, borg's `--keep-daily` as a count of days, a
LaunchDarkly rollout weight per 100000, a Stripe `amount` in the currency's minor unit (cents), git's
`--expire=90.days.ago`, an ASG's `--desired-capacity` or a Heroku formation's `web=2` as a count. Each `Scale` row
says where the amount is written and in what unit, so one comparison (`judge.intent.scaled`) reads every program of
the kind the same way.

A row: the programs and leading operands of the act (`path`, alternatives split by `|`, read case-insensitively, a
path word may be preceded by connection options); `where` the amount is written:
* `--opt` (an option, `--opt=V` or `--opt V`; `re:PATTERN` for a family of options, `--repo1-retention-full`,
  `--repo2-retention-full`);
* `cfg:KEY` (a `KEY=V` item in the comma list a config option carries: `--add-config retention.ms=…,retention.bytes=…`,
  `--config retention.ms=…`, `--set`, `-c`);
* `NAME=` (an operand `NAME=N`, any name: a Heroku process type `web=2`);
* `json:KEY` (a key of the JSON the command sends to `host`, or of an MCP call whose tool name matches `tool`);
* `at:N` (the operand at index N after the path);
* `kv:KEY` (an operand `KEY=VALUE` after the path: vault's `ttl=24h`), `expr:interval` (`knowledge.scale_exprs`).
`dim` is what kind of amount it is (`time`, `size`, `count`, `percent`, `money`) and `unit` how it is written:
`said_units.UNIT_SPECS` (`ms`, `s`, `go`, `day`, `size`, `count`) and the scales this table adds: `gitdate`
(`90.days.ago`, `2.weeks.ago`, `now`, `never`), `days`/`hours`/`weeks`/`months`/`years` (a count of periods kept:
`--keep-daily 7` is seven days), `borgdur` (`7d`, `2w`, `1m` is a month, `1y`), `per100000` (a share of 100000:
5000 is 5 %), `minor` (money in the currency's minor unit), `kb` (kilobytes, Postgres memory settings).

Sources: Kafka topic configs (retention.ms, segment.ms, delete.retention.ms, local.retention.ms in ms; retention.bytes,
segment.bytes, local.retention.bytes in bytes), Redpanda `rpk topic alter-config --set`, pgBackRest user guide
(`--repoN-retention-full`, `-diff`, `-archive`: counts of backups), borg prune (`--keep-within` H/d/w/m/y, `--keep-
hourly/daily/weekly/monthly/yearly` N periods), restic forget (`--keep-daily` …, `--keep-within 1y5m7d2h`), Heroku
`ps:scale TYPE=N`, AWS Auto Scaling `--desired-capacity`/`--min-size`/`--max-size`, ECS `--desired-count`, Azure
`vmss scale --new-capacity`, GCE `instance-groups managed resize --size`, `fly scale count N`, `mix ecto.rollback
--step/-n` (default one), golang-migrate `down N`, alembic `downgrade -N`, git-reflog(1) `--expire`,
`--expire-unreachable` and git-gc(1) `--prune` (approxidate), Alertmanager `amtool silence add --duration`, headscale
`preauthkeys create --expiration`, Tailscale API keys `expirySeconds`, LaunchDarkly semantic patch `rolloutWeights`
(per 100000), Stripe API `amount` (smallest currency unit), RabbitMQ policies `message-ttl`/`expires` (ms), SQS
`MessageRetentionPeriod`/`VisibilityTimeout` (s), Pub/Sub `--message-retention-duration` (Go-like), Azure Log
Analytics `--retention-time` (days), Postgres `ALTER SYSTEM SET work_mem` (kB when bare).
"""

from __future__ import annotations

import json
import re

from automode.dc import dataclass
from automode.knowledge.bounding import path_at
from automode.knowledge.scales_api import ROWS as API_ROWS
from automode.knowledge.scales_cli import ROWS as CLI_ROWS
from automode.knowledge.scales_copies import ROWS as COPIES_ROWS
from automode.knowledge.scales_more import ROWS as MORE_ROWS
from automode.typing_lite import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from automode.shell.parse import Command

DIMS = ("time", "size", "count", "percent", "money")
UNITS = frozenset({"ms", "s", "go", "day", "size", "count", "gitdate", "hours", "days", "weeks", "months", "years",
                   "borgdur", "resticdur", "per100000", "minor", "kb", "percent", "fraction"})


@dataclass(frozen=True, slots=True)
class Scale:
    programs: frozenset[str]
    path: tuple[str, ...]
    where: tuple[str, ...]  # `--opt` (a split's: `--opt NAME=N …`), `re:PATTERN`, `cfg:KEY`, `NAME=`, `json:KEY`, `at:N`
    dim: str  # one of DIMS
    unit: str  # one of UNITS
    what: str  # what the amount is, for the reason ("retention", "link lifetime", "desired capacity")
    host: str = ""  # `json:` rows of a command: the host the JSON is sent to (a suffix)
    tool: str = ""  # `json:` rows of an MCP call: a regex the tool name must match
    split: bool = False  # several values are one split of a whole (rollout weights): the smallest share is the one said
    named: str = ""  # a regex of the words (any language) that name what the act keeps or changes, for acts whose
    # object no option names (backups kept, migrations rolled back): `judge.intent.scaled.settles` needs them said
    obj: str = ""  # `at:N`: the operand that names the object acted on (a Redis key): the words must name it
    settles: frozenset[str] = frozenset()  # rules beyond `scaled.SETTLED` the exact amount on the named object settles
    verdict: str = "deny"  # another amount than the one said: refused, or asked where only a copy is lost sooner
    chosen: str = ""  # what a value nobody said does (session 26, Q5): "loses" (data kept less long or in fewer copies),
    # "exposes" (access open longer or to more), "scales" (how many copies run: cost and load; session 28, T4); such a
    # value is the agent's choice and is asked
    # (`judge.intent.agent_chose`). Money is not marked: the amount of a charge looked up is the one meant.


def _s(programs: str, path: str, where: str, dim: str, unit: str, what: str, **kw: Any) -> Scale:
    return Scale(frozenset(programs.split()), tuple(path.split()), tuple(where.split()), dim, unit, what, **kw)


_KAFKA = "kafka-configs kafka-configs.sh kafka-topics kafka-topics.sh"
#: Words for backups, archives and snapshots kept, in the languages the judge reads.
BACKUPS = (r"(?i)back\s*-?ups?|sauvegard\w*|sicherung\w*|respaldo\w*|copias?\s+de\s+seguridad|cópias?\s+de\s+segurança|"
           r"kopi\w*\s+zapasow\w*|резервн\w*|бэкап\w*|бекап\w*|yedek\w*|cadangan|varmuuskopi\w*|biztonsági\s+mentés\w*|"
           r"archiv\w*|arkiv\w*|arkisto\w*|snapshot\w*|instantán\w*|istantane\w*|migawk\w*|снимк\w*|snapshots?|"
           r"backup\w*|bản\s+sao\s+lưu|fullbackup\w*|バックアップ|スナップショット|アーカイブ|备份|備份|快照|백업|스냅샷|"
           r"نسخ\w*\s+احتياط\w*|پشتیبان|גיבוי\w*|बैकअप|ব্যাকআপ")
#: Words for database migrations.
MIGRATIONS = (r"(?i)migra\w*|마이그레이션|マイグレーション|迁移|遷移|ميغريشن|مایگریشن|мигра\w*|міграц\w*|μετανάστευσ\w*|"
              r"माइग्रेशन")
_KEEP = "--keep-{}:{} -{}:{}"
_NAMED = {"@backups": BACKUPS, "@migrations": MIGRATIONS}
# fmt: off
SCALES: tuple[Scale, ...] = (
    # retention and lifetimes in milliseconds, seconds, Go durations
    _s(_KAFKA, "", "cfg:retention.ms cfg:local.retention.ms cfg:delete.retention.ms cfg:segment.ms", "time", "ms",
       "topic retention", chosen="loses"),
    _s(_KAFKA, "", "cfg:retention.bytes cfg:local.retention.bytes cfg:segment.bytes", "size", "size",
       "topic retention size", chosen="loses"),
    _s("rpk", "topic", "cfg:retention.ms cfg:segment.ms", "time", "ms", "topic retention", chosen="loses"),
    _s("rpk", "topic", "cfg:retention.bytes cfg:segment.bytes", "size", "size", "topic retention size", chosen="loses"),
    _s("rabbitmqctl rabbitmqadmin", "", "json:message-ttl json:x-message-ttl json:expires json:x-expires", "time", "ms",
       "message TTL", chosen="loses"),
    _s("aws", "sqs set-queue-attributes|create-queue", "cfg:MessageRetentionPeriod cfg:VisibilityTimeout", "time", "s",
       "queue retention", settles=frozenset({"AM-TRUST-003"})),
    _s("gcloud", "pubsub", "--message-retention-duration --topic-message-retention-duration", "time", "go",
       "message retention", chosen="loses"),
    _s("az", "monitor log-analytics workspace", "--retention-time", "time", "day", "log retention", chosen="loses"),
    _s("amtool", "silence add", "--duration -d", "time", "go", "silence"),
    _s("headscale", "preauthkeys create", "--expiration -e", "time", "go", "key lifetime", chosen="exposes"),
    _s("curl http https xh wget", "", "json:expirySeconds", "time", "s", "key lifetime", host="api.tailscale.com",
       chosen="exposes"),
    _s("git", "reflog expire", "--expire --expire-unreachable", "time", "gitdate", "reflog expiry", chosen="loses"),
    _s("git", "gc|prune", "--prune --expire", "time", "gitdate", "prune age", chosen="loses"),
    _s("git", "worktree prune", "--expire", "time", "gitdate", "prune age"),
    # counts of periods or of backups kept
    _s("borg borg2", "prune", _KEEP.format("hourly", "hours", "H", "hours") + " " + _KEEP.format("daily", "days", "d", "days")
       + " " + _KEEP.format("weekly", "weeks", "w", "weeks") + " " + _KEEP.format("monthly", "months", "m", "months")
       + " " + _KEEP.format("yearly", "years", "y", "years"), "time", "", "archives kept", named=BACKUPS, chosen="loses"),
    _s("borg borg2", "prune", "--keep-within", "time", "borgdur", "archives kept", named=BACKUPS, chosen="loses"),
    _s("restic", "forget", "--keep-hourly:hours --keep-daily:days --keep-weekly:weeks --keep-monthly:months "
       "--keep-yearly:years -H:hours -d:days -w:weeks -m:months -y:years", "time", "", "snapshots kept", named=BACKUPS,
       chosen="loses"),
    _s("pgbackrest", "", r"re:--repo\d*-retention-(?:full|diff|archive) --retention-full --retention-diff "
       "--retention-archive", "count", "count", "backups kept", named=BACKUPS, chosen="loses"),
    # wal-g delete retain FULL|FIND_FULL N (wal-g docs, "delete": keep N full backups, the rest deleted; session 25,
    # P2; the bare `retain N` form would read FULL as its count: not a row)
    _s("wal-g wal-g-pg", "delete retain full|find_full", "at:0", "count", "count", "backups kept", named=BACKUPS,
       chosen="loses"),
    # how many copies, steps (session 28, T4: a count of running copies nobody said is the agent's choice: "scales")
    _s("heroku", "ps:scale|scale", "NAME=", "count", "count", "dynos", chosen="scales"),
    _s("aws", "autoscaling set-desired-capacity|update-auto-scaling-group", "--desired-capacity --min-size --max-size",
       "count", "count", "capacity", chosen="scales"),
    _s("aws", "ecs update-service|create-service", "--desired-count", "count", "count", "tasks", chosen="scales"),
    _s("az", "vmss scale", "--new-capacity", "count", "count", "capacity", chosen="scales"),
    _s("gcloud", "compute instance-groups managed resize", "--size", "count", "count", "instances", chosen="scales"),
    _s("fly flyctl", "scale count", "at:0", "count", "count", "machines", chosen="scales"),
    _s("mix", "ecto.rollback", "--step -n", "count", "count", "migrations rolled back", named=MIGRATIONS),
    _s("migrate", "down", "at:0", "count", "count", "migrations rolled back", named=MIGRATIONS),
    # shares and money
    _s("curl http https xh", "", "json:rolloutWeights", "percent", "per100000", "rollout", host="app.launchdarkly.com",
       split=True, chosen="exposes"),
    _s("", "", "json:amount", "money", "minor", "amount", tool=r"(?i)stripe.*(?:refund|charge|payment|payout|transfer|"
       r"invoice|credit)"),
    _s("stripe", "refunds|charges|payment_intents|payouts|transfers", "--amount", "money", "minor", "amount"),
    _s("stripe", "coupons", "--duration-in-months", "time", "months", "coupon duration"),
    # more programs (session 24): retention in days, Go and Elasticsearch durations, Redis expiry, SQL intervals
    *(_s(p, path, where, dim, unit, what, **kw) for p, path, where, dim, unit, what, kw in MORE_ROWS),
    # service CLIs' amounts (session 26, Q1): BigQuery expirations in seconds, stream retention in hours
    *(_s(p, path, where, dim, unit, what, **kw) for p, path, where, dim, unit, what, kw in API_ROWS),
    # service CLIs' own bounds (session 26, Q2): `mlflow gc --older-than`, `restic forget --keep-last`, roll-back steps
    *(_s(p, path, where, dim, unit, what, **{k: _NAMED.get(str(v), v) for k, v in kw.items()})
      for p, path, where, dim, unit, what, kw in CLI_ROWS),
    # running copies and snapshot windows (session 28, T4): replicas, node counts, restic `--keep-within`
    *(_s(p, path, where, dim, unit, what, **{k: _NAMED.get(str(v), v) for k, v in kw.items()})
      for p, path, where, dim, unit, what, kw in COPIES_ROWS),
)
# fmt: on

#: Options whose value is a list of `KEY=VALUE` configs.
CONFIG_OPTS = frozenset({"--add-config", "--config", "--set", "-c", "--attributes", "--alter-config"})
#: Options that take a value (so the value is not an operand), beyond those of the rows.
VALUE_OPTS = frozenset({"--bootstrap-server", "--zookeeper", "--entity-type", "--entity-name", "--topic", "-a", "--app",
                        "--auto-scaling-group-name", "--cluster", "--service", "--resource-group", "-g", "--name", "-n",
                        "--zone", "--region", "--profile", "--stanza", "-r", "--remote", "--alertmanager.url",
                        "--comment", "-c", "--author", "--user", "--namespace", "--queue-url", "-path", "-database",
                        "--source", "--database", "--config"})


def _base(name: str) -> str:
    return name.rsplit("/", 1)[-1]


def _words(cmd: Command) -> list[str]:
    return [w.value for w in cmd.argv[1:]]


def _operands(words: list[str], row: Scale) -> list[str]:
    takes = VALUE_OPTS | {_spot(w, "")[0] for w in row.where if w.startswith("-")}
    out: list[str] = []
    skip = False
    for w in words:
        if skip:
            skip = False
            continue
        if w.startswith("-") and len(w) > 1 and not w[1:].isdigit():
            skip = "=" not in w and w in takes
            continue
        out.append(w)
    return out


def _option(words: list[str], opt: str) -> list[tuple[str, str]]:
    """(the option as written, its value) for every value `words` give the option `opt` (`re:PATTERN` for a family of
    options)."""
    out: list[tuple[str, str]] = []
    pat = re.compile(opt[3:]) if opt.startswith("re:") else None
    for i, w in enumerate(words):
        head, eq, val = w.partition("=")
        if (pat is not None and pat.fullmatch(head)) or head == opt:
            if eq:
                out.append((head, val))
            elif i + 1 < len(words) and (not words[i + 1].startswith("-") or words[i + 1][1:].isdigit()):
                out.append((head, words[i + 1]))
    return out


def _configs(words: list[str], key: str) -> list[str]:
    out: list[str] = []
    for i, w in enumerate(words):
        head, eq, val = w.partition("=")
        if head not in CONFIG_OPTS:
            continue
        raw = val if eq else (words[i + 1] if i + 1 < len(words) else "")
        for item in re.split(r"[,\s]+", raw.strip("'\"[]{}")):
            k, eq2, v = item.partition("=")
            if eq2 and k.strip("'\"").lower() == key.lower():
                out.append(v.strip("'\""))
    return out


def _json_values(obj: Any, key: str, depth: int = 0) -> list[Any]:
    out: list[Any] = []
    if depth > 6:
        return out
    if isinstance(obj, dict):
        for k, v in obj.items():
            if str(k) == key:
                out.append(v)
            elif isinstance(v, (dict, list)):
                out += _json_values(v, key, depth + 1)
    elif isinstance(obj, list):
        for v in obj[:200]:
            out += _json_values(v, key, depth + 1)
    return out


def _num(v: float) -> str:
    """A number as a plain decimal (`7776000`, not `7.776e+06`: the value readers take digits)."""
    return str(int(v)) if float(v).is_integer() else f"{v:.6f}".rstrip("0")


def _json_at(body: Any, key: str) -> list[Any]:
    """The values of `key` in `body`; for `PARENT.KEY`, only those inside what a `PARENT` key holds."""
    parent, dot, leaf = key.rpartition(".")
    if not dot:
        return _json_values(body, key)
    return [x for held in _json_values(body, parent) for x in _json_values(held, leaf)]


def named_operands(cmd: Command) -> list[str]:
    """The operands that name the object of an act of the table (a Redis key): `Scale.obj`."""
    name = _base(cmd.name)
    words = _words(cmd)
    out: list[str] = []
    for row in SCALES:
        if not row.obj or name not in row.programs:
            continue
        pos = _operands(words, row)
        start = path_at(pos, row.path)
        if start is None:
            continue
        after = pos[start + len(row.path):]
        i = int(row.obj[3:])
        out += [after[i]] if len(after) > i else []
    return out


def _bodies(words: list[str]) -> list[Any]:
    """The JSON documents among a command's words (a request body, a policy definition)."""
    out: list[Any] = []
    for w in words:
        body = w.split("=", 1)[1] if w.startswith("--") and "=" in w else w
        if body.lstrip()[:1] in ("{", "["):
            try:
                out.append(json.loads(body))
            except ValueError:
                continue
    return out


def _flat(values: list[Any]) -> list[str]:
    """Numbers and strings as written; a mapping of shares (`{"on": 5000, "off": 95000}`) as its values."""
    out: list[str] = []
    for v in values:
        if isinstance(v, dict):
            out += [str(x) for x in v.values() if isinstance(x, (int, float, str)) and not isinstance(x, bool)]
        elif isinstance(v, (int, float, str)) and not isinstance(v, bool):
            out.append(str(v))
    return out


def _listed(words: list[str], opt: str) -> list[str]:
    """The `NAME=N` items an option lists, comma-separated or as the words after it (session 28, T4)."""
    out: list[str] = []
    for i, w in enumerate(words):
        head, eq, val = w.partition("=")
        if head != opt:
            continue
        vals = [val] if eq else []
        for nxt in words[i + 1:] if not eq else ():
            if nxt.startswith("-") or "=" not in nxt:
                break
            vals.append(nxt)
        out += [item for v in vals for item in v.split(",") if re.fullmatch(r"[\w.@-]+=\d+(?:\.\d+)?", item)]
    return out


def _spot(where: str, unit: str) -> tuple[str, str]:
    """(where the value is, its unit): `--keep-daily:days` gives its own unit, every other form the row's."""
    if where.startswith("-") and ":" in where:
        opt, _, own = where.partition(":")
        return opt, own
    return where, unit


def carried(cmd: Command) -> list[tuple[Scale, str, str, str]]:
    """(the row, where the value is written (the option, config key or operand name), the value as written, its
    unit) for every amount of the table the command carries."""
    name = _base(cmd.name)
    words = _words(cmd)
    out: list[tuple[Scale, str, str, str]] = []
    for row in SCALES:
        if name not in row.programs:
            continue
        pos = _operands(words, row)
        start = path_at(pos, row.path)  # (anywhere: a client's first operands may be connection values)
        if start is None:
            continue
        if row.host and not any(row.host in w for w in words):
            continue
        for where in row.where:
            spot, unit = _spot(where, row.unit)
            found: list[tuple[str, str]] = []  # (where it is written: the option, key or operand name; the value)
            if spot.startswith("-") and row.split:  # (`--to-revisions=rev-2=10,rev-1=90`: the `NAME=N` items listed)
                found = [(spot, item.rsplit("=", 1)[1]) for item in _listed(words, spot)]
            elif spot.startswith(("-", "re:")):
                found = _option(words, spot)
            elif spot.startswith("cfg:"):
                found = [(spot, v) for v in _configs(words, spot[4:])]
            elif spot.startswith("kv:"):  # (`vault write pki/issue/web ttl=24h`: a `KEY=VALUE` operand)
                key = spot[3:].lower()
                found = [(spot, v.split("=", 1)[1]) for v in pos[start + len(row.path):]
                         if "=" in v and v.split("=", 1)[0].lower() == key]
            elif spot == "NAME=":
                after = pos[start + len(row.path):]
                found = [(v.split("=", 1)[0] + "=", v.split("=", 1)[1].split(":", 1)[0]) for v in after
                         if re.fullmatch(r"[\w-]+=\d+(?::\S+)?", v)]
            elif spot.startswith("json:"):
                found = [(spot, v) for v in _flat([x for b in _bodies(words) for x in _json_at(b, spot[5:])])]
            elif spot == "expr:interval":
                from automode.knowledge.scale_exprs import intervals

                found = [(spot, _num(v)) for w in words for _, v in intervals(w)]
            elif spot in ("expr:pgsize", "expr:pgtime"):
                from automode.knowledge.scale_exprs import settings

                found = [(spot, _num(v)) for w in words for _, v in settings(w, row.dim)]
            elif spot.startswith("at:"):
                after = pos[start + len(row.path):]
                i = int(spot[3:])
                found = [(spot, after[i])] if len(after) > i else []
            out += [(row, at, v, unit) for at, v in found]
    return out


def carried_mcp(tool: str, inp: Any) -> list[tuple[Scale, str, str, str]]:
    """The same for an MCP call's input."""
    out: list[tuple[Scale, str, str, str]] = []
    for row in SCALES:
        if not row.tool or not re.search(row.tool, tool):
            continue
        for where in row.where:
            if where.startswith("json:"):
                out += [(row, where, v, row.unit) for v in _flat(_json_values(inp, where[5:]))]
    return out


def covers(program: str, option: str) -> bool:
    """A row of the table reads this option of this program (its unit is the table's, not a guess from its name)."""
    name = _base(program)
    for row in SCALES:
        if name not in row.programs:
            continue
        for where in row.where:
            spot = _spot(where, "")[0]
            if spot == option or (spot.startswith("re:") and re.fullmatch(spot[3:], option)) or \
                    (spot.startswith("cfg:") and spot[4:].lower() == option.lower()):
                return True
    return False


#: Fixtures (`tests/knowledge/test_scales.py`): (command, the values carried as (where, value, unit)).
FIXTURES: tuple[tuple[str, tuple[tuple[str, str, str], ...]], ...] = (
    ("kafka-configs --bootstrap-server k:9092 --alter --entity-type topics --entity-name t --add-config retention.ms=604800",
     (("cfg:retention.ms", "604800", "ms"),)),
    ("kafka-topics.sh --bootstrap-server k:9092 --alter --topic t --config retention.ms=1,retention.bytes=2G",
     (("cfg:retention.ms", "1", "ms"), ("cfg:retention.bytes", "2G", "size"))),
    ("wal-g delete retain FULL 5 --confirm", (("at:0", "5", "count"),)),
    ("pgbackrest --stanza=main expire --repo1-retention-full=3 --repo1-retention-diff=1",
     (("--repo1-retention-full", "3", "count"), ("--repo1-retention-diff", "1", "count"))),
    ("borg prune --keep-daily 7 --list /mnt/backup/borg-nas", (("--keep-daily", "7", "days"),)),
    ("borg prune -d 7 -w 4 /mnt/b", (("-d", "7", "days"), ("-w", "4", "weeks"))),
    ("heroku ps:scale web=2 -a crm-sync-staging", (("web=", "2", "count"),)),
    ("heroku ps:scale web=2:standard-2x worker=1 -a app", (("web=", "2", "count"), ("worker=", "1", "count"))),
    ("aws autoscaling set-desired-capacity --auto-scaling-group-name g --desired-capacity 4",
     (("--desired-capacity", "4", "count"),)),
    ("mix ecto.rollback --step 1", (("--step", "1", "count"),)),
    ("git reflog expire --expire=90.days.ago --all", (("--expire", "90.days.ago", "gitdate"),)),
    ("amtool silence add alertname=X --duration=2h", (("--duration", "2h", "go"),)),
    ("curl -X POST https://api.tailscale.com/api/v2/tailnet/-/keys -d '{\"expirySeconds\":7200}'",
     (("json:expirySeconds", "7200", "s"),)),
    ("migrate -path db/migrations -database $DB down 2", (("at:0", "2", "count"),)),
)
#: Commands that carry no amount of the table.
NOT_CARRIED: tuple[str, ...] = ("heroku ps -a app", "kafka-topics --list --bootstrap-server k:9092",
                                "git reflog show", "borg list /mnt/b", "aws autoscaling describe-auto-scaling-groups",
                                "curl -d '{\"expirySeconds\":7200}' https://example.com/keys")
