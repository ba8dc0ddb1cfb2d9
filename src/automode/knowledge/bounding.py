"""Options and operands that bound an act, and what the program does when the bound is left out (session 22, M1,
helper `bounds`; read by `judge.intent.bounded`, AM-JUDGE-044).

The user bounds the act (one version, one revision, one step of a job, one database, two hours, older than 7 days,
2 GB, the last 3); the command leaves out the option or the operand that carries the bound, so the program's default
reaches further: `npm deprecate pkg 'msg'` deprecates every version, `helm rollback rel` goes to the previous
revision, `rd run -j job` runs every step, `redis-cli FLUSHALL` empties every database, `tsh request create` without
`--max-duration` lasts the role's maximum, `find DIR -delete` without `-mtime` deletes files of any age. Or it
carries another amount than the one said (`--max-duration=2d` for "zwei Stunden", `--vacuum-size=200M` for "2 GB",
`-mtime +1` for "older than 7 days"): the amount is compared in one unit (`judge.intent.said_units`).

Each `Bound` row: the programs and leading operands of the act; `kind` (what the words must say for the row to
apply: `version`, `revision`, `step`, `queue`, `db`, `duration`, `age`, `size`, `count`); where the bound is carried
(`opts`, options any of which carries it, `KEY=` for an assignment operand like rake's `STEP=3`, `--filter=until`
for an option whose value starts so; `at`: `@` a version after the package operand, a digit the operand at that
index after the path, `--` the words after `--`); for amounts the unit the program writes (`said_units.UNIT_SPECS`)
and which way is wider (`more`: a larger value reaches further, `less`: a smaller one, `other`: any other value);
`present` (only the value is compared: leaving the option out is the narrow default); `trigger` (options the act
must carry to be the one bounded: `find … -delete`); `without` (what the default does, for the reason); `verdict`.

Sources: npm-deprecate(1) ("if no version is specified, or if all versions are deprecated"), npm-unpublish(1)
(without a version the whole package), helm rollback (`[REVISION]`: "If this argument is omitted or set to 0, it
will roll back to the previous release"), kubectl rollout undo (`--to-revision`, default 0: the previous),
argocd app rollback (`[ID]`, default the previous), heroku releases:rollback (the release before the current one),
Rundeck rd run (job options after `--`), Jenkins CLI build (`-p`), celery purge (`-Q`, every configured queue
without it), redis FLUSHALL ("the keys of all the existing databases") / FLUSHDB with `-n` (db 0 without it),
Teleport tsh request create (`--max-duration`, `--session-ttl`), vault token create (`-ttl`, `-period`,
`-explicit-max-ttl`; default the mount's TTL, 768h), kubectl create token (`--duration`, default 1h), aws sts
(`--duration-seconds`), gcloud iam service-accounts keys create / aws iam create-access-key (no expiry),
az role assignment create (permanent), aws lambda delete-function (`--qualifier`; without it every version),
gcloud secrets delete / az keyvault secret delete / vault kv metadata delete (every version),
find(1) (`-mtime/-atime/-ctime n` in days, `-mmin/-amin/-cmin` in minutes, `+n` more than n; `-size` with
c/w/b/k/M/G, 512-byte blocks by default), docker prune `--filter until=`, rclone delete (`--min-age`: "Only transfer files older than this in s or suffix
ms|s|m|h|d|w|M|y"), bq rm (`TABLE$PARTITION`), journalctl(1) `--vacuum-size/-time/-files`,
aws logs put-retention-policy `--retention-in-days`, rails `db:rollback STEP=`, helm `--history-max`, redis
EXPIRE (seconds) / PEXPIRE (milliseconds), Datadog `dog downtime post SCOPE START [END]` (without an end the downtime
lasts until cancelled).
"""

from __future__ import annotations

import re

from automode.dc import dataclass
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

KINDS = ("version", "revision", "step", "queue", "db", "duration", "age", "size", "count", "partition", "function",
         "resource")
#: Kinds whose bound is an amount (compared after unit conversion).
AMOUNTS = frozenset({"duration", "age", "size", "count"})


@dataclass(frozen=True, slots=True)
class Bound:
    programs: frozenset[str]
    path: tuple[str, ...]  # leading operands (case-insensitive), alternatives split by `|`
    kind: str  # one of KINDS
    opts: tuple[tuple[str, str], ...]  # (option, the unit its value is written in, "" for names)
    without: str  # what the program does without the bound
    instead: str = ""  # the form that carries it
    verdict: str = "deny"
    at: str = ""  # "@" (pkg@version), "0".."9" (the operand at that index after the path), "--" (after `--`)
    wider: str = "more"  # "more" | "less" | "other"
    present: bool = False  # only a value given is compared (the default is the narrow one)
    trigger: frozenset[str] = frozenset()  # options the act must carry to be the bounded act


def _b(programs: str, path: str, kind: str, opts: str, without: str, instead: str = "", verdict: str = "deny",
       at: str = "", wider: str = "more", present: bool = False, trigger: str = "") -> Bound:
    pairs = tuple((o.split(":", 1)[0], o.split(":", 1)[1] if ":" in o else "") for o in opts.split() if o)
    return Bound(frozenset(programs.split()), tuple(path.split()), kind, pairs, without, instead, verdict, at, wider,
                 present, frozenset(trigger.split()))


#: Options that take a value, per program: their values are not operands.
VALUE_OPTS: dict[str, frozenset[str]] = {
    "npm": frozenset({"--registry", "--otp", "--userconfig", "-w", "--workspace", "--tag"}),
    "helm": frozenset({"-n", "--namespace", "--kube-context", "--kubeconfig", "--timeout", "--history-max", "-f",
                       "--values", "--set", "--version", "--repo"}),
    "kubectl": frozenset({"-n", "--namespace", "--context", "--kubeconfig", "--to-revision", "--duration", "-l",
                          "--selector", "--cluster", "--user", "--audience", "-o", "--output"}),
    "argocd": frozenset({"--server", "--auth-token", "--grpc-web-root-path", "--app-namespace", "-N", "--timeout"}),
    "heroku": frozenset({"-a", "--app", "-r", "--remote"}),
    "rd": frozenset({"-p", "--project", "-j", "--job", "-i", "--id", "-l", "--loglevel", "-u", "--user", "-F",
                     "--filter", "-d", "--delay", "-@", "--at"}),
    "redis-cli": frozenset({"-h", "-p", "-a", "-n", "-u", "--user", "--pass", "-s", "-r", "-i", "--tls",
                            "--cacert", "--cert", "--key", "--sni"}),
    "find": frozenset(),
    "celery": frozenset({"-A", "--app", "-b", "--broker", "-Q", "--queues", "-X", "--exclude-queues", "--workdir",
                         "--config", "--result-backend", "-l", "--loglevel"}),
    "jenkins-cli": frozenset({"-s", "-auth", "-p", "-i"}),
    "dog": frozenset({"--message", "--recurrence", "--timezone", "--monitor_id", "--monitor_tags", "--config",
                      "--api-key", "--application-key"}),
}
for _alias in ("valkey-cli", "keydb-cli"):
    VALUE_OPTS[_alias] = VALUE_OPTS["redis-cli"]
VALUE_OPTS["oc"] = VALUE_OPTS["kubectl"]

_GO = "go"
# fmt: off
BOUNDS: tuple[Bound, ...] = (
    # one version
    _b("npm", "deprecate", "version", "", "every version of the package is deprecated",
       "npm deprecate PKG@VERSION 'MESSAGE'", at="@"),
    _b("npm", "unpublish", "version", "", "the whole package is unpublished, every version",
       "npm unpublish PKG@VERSION", at="@"),
    _b("aws", "lambda delete-function", "version", "--qualifier", "every version of the function is deleted, "
       "with its aliases", "aws lambda delete-function --function-name F --qualifier VERSION"),
    _b("gcloud", "secrets delete", "version", "", "the secret is deleted with every version",
       "gcloud secrets versions destroy VERSION --secret NAME"),
    _b("az", "keyvault secret delete", "version", "", "the secret is deleted with every version",
       "az keyvault secret set-attributes --version VERSION --enabled false"),
    _b("vault", "kv metadata delete", "version", "", "every version of the secret and its metadata are deleted",
       "vault kv destroy -versions=N PATH"),
    _b("vault", "kv delete|destroy", "version", "-versions --versions", "the latest version is deleted, not the one "
       "named", "vault kv delete -versions=N PATH"),
    # one revision
    _b("helm", "rollback", "revision", "", "it rolls back to the previous revision, not the one named",
       "helm rollback RELEASE REVISION", at="1"),
    _b("kubectl oc", "rollout undo", "revision", "--to-revision", "it undoes to the previous revision, not the one "
       "named", "kubectl rollout undo … --to-revision=N"),
    _b("kubectl", "argo rollouts undo", "revision", "--to-revision", "it undoes to the previous revision",
       "kubectl argo rollouts undo ROLLOUT --to-revision=N"),
    _b("argocd", "app rollback", "revision", "", "it rolls back to the previous deployed revision",
       "argocd app rollback APP ID", at="1"),
    _b("heroku", "rollback|releases:rollback", "revision", "", "it rolls back to the release before the current one",
       "heroku rollback vN -a APP", at="0"),
    # one step, task or queue
    _b("rd", "run", "step", "", "the job runs with its default options (every step it has)",
       "rd run -j JOB -- -OPTION VALUE", at="--"),
    _b("jenkins-cli", "build", "step", "-p", "the job runs with its default parameters (every stage)",
       "jenkins-cli build JOB -p NAME=VALUE"),
    _b("celery", "purge", "queue", "-Q --queues", "every queue the app consumes is purged",
       "celery -A APP purge -Q QUEUE"),
    # one database
    _b("redis-cli valkey-cli keydb-cli", "flushall", "db", "", "every database of the server is emptied, not the "
       "one named", "redis-cli -n N FLUSHDB"),
    _b("redis-cli valkey-cli keydb-cli", "flushdb", "db", "-n", "database 0 is emptied, not the one named",
       "redis-cli -n N FLUSHDB"),
    # a length of time for access or a credential
    _b("tsh", "request create", "duration", f"--max-duration:{_GO} --session-ttl:{_GO}",
       "the access lasts the role's maximum session (often days)", "tsh request create … --max-duration=2h"),
    _b("vault", "token create", "duration", f"-ttl:{_GO} --ttl:{_GO} -period:{_GO} -explicit-max-ttl:{_GO}",
       "the token lives the auth mount's default TTL (32 days unless configured)", "vault token create … -ttl=1h"),
    _b("kubectl oc", "create token", "duration", f"--duration:{_GO}", "the token lives the default hour",
       "kubectl create token SA --duration=10m", verdict="ask"),
    # (session 26, Q5: more credentials and certificates with a lifetime of their own)
    _b("keytool", "", "duration", "-validity:day", "the certificate lasts the default 90 days", "keytool … -validity N",
       verdict="ask", present=True),
    _b("kubeadm", "token create", "duration", f"--ttl:{_GO}", "the token lives the default 24 hours",
       "kubeadm token create --ttl 1h", verdict="ask", present=True),
    _b("consul", "acl token create", "duration", f"-expires-ttl:{_GO}", "the token never expires",
       "consul acl token create … -expires-ttl=1h", verdict="ask"),
    _b("nomad", "acl token create", "duration", f"-ttl:{_GO}", "the token never expires",
       "nomad acl token create … -ttl=1h", verdict="ask"),
    _b("aws", "sts assume-role|get-session-token|get-federation-token", "duration", "--duration-seconds:s",
       "the credentials last the default (one to twelve hours)", "aws sts … --duration-seconds N", verdict="ask"),
    _b("gcloud", "iam service-accounts keys create", "duration", "", "the key never expires",
       "a short-lived token (gcloud auth print-access-token --impersonate-service-account …)"),
    _b("aws", "iam create-access-key", "duration", "", "the key never expires",
       "temporary credentials (aws sts assume-role --duration-seconds N)"),
    _b("az", "role assignment create", "duration", "", "the assignment never expires",
       "a time-bound eligible assignment (PIM)"),
    # an age, a size, a count kept or undone
    _b("find", "", "age", "-mtime:findday -atime:findday -ctime:findday -mmin:findmin -amin:findmin -cmin:findmin "
       "-newermt: -newer:", "every file it selects is deleted, whatever its age", "find DIR -type f -mtime +N -delete",
       wider="less", trigger="-delete"),
    _b("find", "", "size", "-size:findsize", "every file it selects is deleted, whatever its size",
       "find DIR -type f -size +N -delete", wider="less", trigger="-delete"),
    _b("docker podman", "system|image|container|builder|volume|network prune", "age", f"--filter=until:{_GO}",
       "everything unused is removed, whatever its age", "docker … prune --filter until=24h", wider="less"),
    _b("journalctl", "", "age", f"--vacuum-time:{_GO}", "", wider="less", present=True),
    _b("journalctl", "", "size", "--vacuum-size:size", "", wider="less", present=True),
    _b("journalctl", "", "count", "--vacuum-files:count", "", wider="less", present=True),
    _b("aws", "logs put-retention-policy", "age", "--retention-in-days:day", "", wider="less", present=True),
    _b("rails rake", "db:rollback|db:migrate:down", "count", "STEP=:count", "", wider="more", present=True),
    _b("helm", "upgrade|install", "count", "--history-max:count", "", wider="less", present=True),
    _b("restic", "forget", "count", "--keep-last:count", "", wider="less", present=True),
    _b("git", "reset", "count", "HEAD~:rel", "", wider="more", present=True),
    _b("php", "artisan queue:clear", "queue", "--queue", "the connection's default queue is cleared, not the one named",
       "php artisan queue:clear CONNECTION --queue=QUEUE"),
    _b("argo", "delete", "age", f"--older:{_GO}", "every workflow it selects is deleted, whatever its age",
       "argo delete --older 7d …", wider="less", trigger="--all -A --completed --prefix -l --selector"),
    _b("ssh-keygen", "", "duration", f"-V:{_GO}", "the certificate it signs never expires",
       "ssh-keygen -s CA -V +1d …", trigger="-s"),
    _b("step", "ca certificate|certificate create", "duration", f"--not-after:{_GO}",
       "the certificate lasts the authority's default", "step ca certificate … --not-after 24h", verdict="ask"),
    _b("openssl", "req|x509|ca", "duration", "-days:day", "the certificate lasts the default 30 days",
       "openssl … -days N", verdict="ask", present=True),
    _b("dog", "downtime post", "duration", "--end:", "the downtime never ends: every monitor it matches stays muted",
       "dog downtime post SCOPE START END", at="2"),
    _b("redis-cli valkey-cli keydb-cli", "expire|setex|getex", "duration", "", "", wider="other", present=True,
       at="1:s"),
    _b("redis-cli valkey-cli keydb-cli", "pexpire|psetex", "duration", "", "", wider="other", present=True,
       at="1:ms"),
    # an age (session 24, O2): rclone's filters bound what `delete` removes; without `--min-age` every file goes
    _b("rclone", "delete", "age", f"--min-age:{_GO}", "every file under the path is deleted, whatever its age",
       "rclone delete REMOTE:PATH --min-age 30d", wider="less"),
    # one partition (session 24, O2): BigQuery's `TABLE$YYYYMMDD` decorator names it; without it `bq rm` removes the
    # whole table, every partition
    _b("bq", "rm", "partition", "", "the whole table is deleted, every partition", "`bq rm -t 'PROJECT:DS.TABLE$PARTITION'`",
       at="$"),
    # an age carried as a date computed back from now (session 25, P2): airflow db clean removes the metadata rows
    # older than `--clean-before-timestamp` (airflow.apache.org "db clean"; the option is required)
    _b("airflow", "db clean", "age", "--clean-before-timestamp:ago", "", wider="less", present=True),
    # one member of a deployed kind (session 25, P2): "just the sendWelcome function" is `--only functions:NAME`;
    # `--only functions` (or no `--only`) deploys every function of the project (firebase deploy --help: "--only
    # <targets> only deploy to specified, comma-separated targets (e.g. "hosting,storage,functions:fnName")");
    # `serverless deploy` without `function -f NAME` redeploys the whole service (serverless.com/framework/docs:
    # "deploy function: deploys a single function"); terraform `-target=ADDRESS` ("focus on a subset of resources")
    _b("firebase", "deploy", "function", "--only", "every function of the project is deployed (with the hosting "
       "and rules it lists), not the one named", "firebase deploy --only functions:NAME", verdict="ask"),
    _b("serverless sls", "deploy", "function", "-f --function", "the whole service is deployed, every function",
       "serverless deploy function -f NAME", verdict="ask"),
    _b("terraform tofu terragrunt", "apply|destroy", "resource", "-target", "every resource of the configuration is "
       "planned and applied, not the one named", "terraform apply -target=ADDRESS", verdict="ask"),
)
# fmt: on


def _operands(cmd: Command) -> tuple[list[str], list[str], list[str]]:
    """(the operands before `--`, the words as written before `--`, the words after `--`)."""
    name = cmd.name.rsplit("/", 1)[-1]
    takes = VALUE_OPTS.get(name, frozenset())
    words = [w.value for w in cmd.argv[1:]]
    tail: list[str] = []
    if "--" in words:
        i = words.index("--")
        words, tail = words[:i], words[i + 1:]
    pos: list[str] = []
    skip = False
    for w in words:
        if skip:
            skip = False
            continue
        if w.startswith("-") and len(w) > 1:
            skip = w in takes
            continue
        pos.append(w)
    return pos, words, tail


def path_at(pos: list[str], path: tuple[str, ...]) -> int | None:
    """The index in `pos` where `path` starts: at 0, or (for a client whose first operands are connection values, like
    redis-cli's) anywhere, read case-insensitively."""
    if not path:
        return 0
    n = len(path)
    for i in range(0, max(1, len(pos) - n + 1)):
        if len(pos) >= i + n and all(p.lower() in alt.lower().split("|") for p, alt in zip(pos[i:i + n], path, strict=False)):
            return i
    return None


def _opt_value(words: list[str], opt: str) -> str | None:
    """The value `words` give the option (`--x=v`, `--x v`, `KEY=v` for `KEY=`, `--filter until=v` for
    `--filter=until`), "" for a switch, None when absent."""
    if opt == "HEAD~":  # (`git reset HEAD~3`, `HEAD^^`, `@~2`: how many commits back)
        for w in words:
            m = re.fullmatch(r"(?:HEAD|@)((?:~\d*|\^+)+)", w)
            if m is not None:
                return w
        return None
    if opt.endswith("="):
        key = opt[:-1].lower()
        for w in words:
            k, eq, v = w.partition("=")
            if eq and k.lower() == key:
                return v
        return None
    head, _, prefix = opt.partition("=")
    for i, w in enumerate(words):
        k, eq, v = w.partition("=")
        if k != head:
            continue
        nxt = words[i + 1] if i + 1 < len(words) else ""
        val = v if eq else (nxt if not nxt.startswith("-") or nxt[1:].isdigit() else "")  # (`-mtime -7`)
        if prefix:
            p, peq, rest = val.partition("=")
            if peq and p.lower() == prefix:
                return rest
            continue
        return val
    return None


def applies(cmd: Command) -> list[tuple[Bound, str | None, str]]:
    """(the row, the bound the command gives or None when left out, the unit of that value) for each row whose act
    the command is."""
    name = cmd.name.rsplit("/", 1)[-1]
    out: list[tuple[Bound, str | None, str]] = []
    pos, words, tail = _operands(cmd)
    for row in BOUNDS:
        if name not in row.programs:
            continue
        start = path_at(pos, row.path)
        if start is None or (start > 0 and name not in ("redis-cli", "valkey-cli", "keydb-cli")):
            continue
        if row.trigger and not any(w in row.trigger for w in words) and not _exec_rm(words, row.trigger):
            continue
        after = pos[start + len(row.path):]
        given: str | None = None
        unit = ""
        for opt, u in row.opts:
            got = _opt_value(words, opt)
            if got is not None:
                given, unit = got, u
                break
        if given is None and row.at:
            given, unit = _at(row.at, after, tail)
        out.append((row, given, unit))
    return out


def other_bounds(cmd: Command, row: Bound) -> list[tuple[str, str]]:
    """(value, unit) of each option of `row` the command gives after the first one `applies` reads: a second amount
    carries a bound too (`vault token create -ttl=2h -period=720h`: the period renews the token for ever)."""
    _pos, words, _tail = _operands(cmd)
    got = [(v, u) for opt, u in row.opts if (v := _opt_value(words, opt)) is not None]
    return got[1:]


def _exec_rm(words: list[str], trigger: frozenset[str]) -> bool:
    """`find … -exec rm {} +` is `-delete`."""
    return "-delete" in trigger and any(w in ("-exec", "-execdir", "-ok") and i + 1 < len(words) and
                                        words[i + 1].rsplit("/", 1)[-1] in ("rm", "unlink", "shred")
                                        for i, w in enumerate(words))


def _at(at: str, after: list[str], tail: list[str]) -> tuple[str | None, str]:
    where, _, unit = at.partition(":")
    if where == "@":
        pkg = after[0] if after else ""
        i = pkg.rfind("@")
        return (pkg[i + 1:] if i > 0 else None), unit
    if where == "--":
        return (" ".join(tail) if tail else None), unit
    if where == "$":  # (a table's partition decorator: `ds.events$20240301`)
        table = after[0] if after else ""
        return (table.split("$", 1)[1] if "$" in table else None), unit
    idx = int(where)
    return (after[idx] if len(after) > idx else None), unit


#: Fixtures (`tests/knowledge/test_bounding.py`): (command, kind, the bound given or None).
FIXTURES: tuple[tuple[str, str, str | None], ...] = (
    ("npm deprecate @acme/sdk 'use 0.3.2'", "version", None),
    ("npm deprecate @acme/sdk@0.3.1 'use 0.3.2'", "version", "0.3.1"),
    ("npm deprecate left-pad-x@'<2.0.0' 'old'", "version", "<2.0.0"),
    ("helm rollback payments -n pay", "revision", None),
    ("helm rollback payments 12 -n pay", "revision", "12"),
    ("helm -n pay rollback payments 12", "revision", "12"),
    ("kubectl rollout undo deployment/api --to-revision=4", "revision", "4"),
    ("kubectl rollout undo deployment/api -n shop", "revision", None),
    ("rd run -p Ops -j maintenance", "step", None),
    ("rd run -p Ops -j maintenance -- -task rebuild-index", "step", "-task rebuild-index"),
    ("redis-cli -h cache-1 FLUSHALL", "db", None),
    ("redis-cli -h cache-1 -n 3 flushdb", "db", "3"),
    ("tsh request create --roles=prod-readonly --reason x", "duration", None),
    ("tsh request create --roles=prod-readonly --max-duration 2h", "duration", "2h"),
    ("vault token create -policy=deploy -ttl=60m", "duration", "60m"),
    ("find /srv/tmp -type f -mtime +7 -delete", "age", "+7"),
    ("find /srv/tmp -type f -delete", "age", None),
    ("find /srv/tmp -type f -mtime -7 -delete", "age", "-7"),
    ("docker image prune -a --filter until=24h", "age", "24h"),
    ("journalctl --vacuum-size=2G", "size", "2G"),
    ("bin/rails db:rollback STEP=5", "count", "5"),
    ("redis-cli -h c EXPIRE session:abc 500", "duration", "500"),
    ("celery -A proj purge -Q emails", "queue", "emails"),
    ("git reset --hard HEAD~3", "count", "HEAD~3"),
    ("php artisan queue:clear redis --queue=emails", "queue", "emails"),
    ("ssh-keygen -s ca -I deploy -n deploy id.pub", "duration", None),
    ("ssh-keygen -s ca -I deploy -V +1d id.pub", "duration", "+1d"),
    ("dog downtime post '*' 1733560000", "duration", None),
    ("dog downtime post 'env:staging' 1733560000 1733563600", "duration", "1733563600"),
    ("bq rm -f -t 'acme:analytics.events'", "partition", None),
    ("rclone delete gdrive:backups", "age", None),
    ("rclone delete gdrive:backups --min-age 30d", "age", "30d"),
    ("bq rm -f -t 'acme:analytics.events$20240301'", "partition", "20240301"),
    ("airflow db clean --clean-before-timestamp 2024-01-01 --tables dag_run --yes", "age", "2024-01-01"),
    ("firebase deploy --only functions --project p", "function", "functions"),
    ("firebase deploy --only functions:sendWelcome", "function", "functions:sendWelcome"),
    ("firebase deploy --project p", "function", None),
    ("serverless deploy --stage dev", "function", None),
    ("serverless deploy function -f resize --stage dev", "function", "resize"),
    ("terraform apply -auto-approve", "resource", None),
    ("terraform apply -target=aws_s3_bucket.logs -auto-approve", "resource", "aws_s3_bucket.logs"),
)
#: Commands no row applies to.
NOT_BOUNDED: tuple[str, ...] = ("find /srv/tmp -type f -mtime +7", "npm publish", "helm status web",
                                "redis-cli -h cache-1 GET session:abc", "kubectl rollout status deployment/api")
