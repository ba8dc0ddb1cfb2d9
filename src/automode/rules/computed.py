"""Computed and widened targets (session 15, F2): an act whose target set is every member of something.

`knowledge.extent` knows the command forms that act on a container or on every member of it (a subcommand with no
selector: `airflow tasks clear DAG` without `-t/-s/-e`, `tmutil deletelocalsnapshots /`, `celery control shutdown`
without `-d`; an option or a word that means all). Where no other knowledge gives such a command an effect (the
program has no table, or its table reads the subcommand as routine), this rule is its effect of last resort: a
deletion or a roll-back of every member is refused, a stop or restart of every member asked, unless the user asked
for it in so many words (the judge compares "all"/"every"/the container with the words, `judge.intent.extent`).
Caches, build stores and local dev stacks emptied or restarted stay routine.
"""

from __future__ import annotations

from automode.knowledge.computed import COMPUTED
from automode.knowledge.extent import PROGRAMS, Container, container_of
from automode.knowledge.slot_values import copy_id_host
from automode.knowledge.subverbs import DRY
from automode.rules.base import Hit, rule
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect
    from automode.shell.parse import Command

#: Containers whose emptying or restart is routine upkeep: caches, stores of downloads, logs, local dev stacks,
#: a project's own environment or requirements.
ROUTINE_CONTAINERS = frozenset({"cache", "caches", "modcache", "cellar", "store", "logs", "requirements", "venv",
                                "generations", "compose", "gems", "system"})  # fmt: skip
#: Acts refused (the members are gone or written back) and asked (they stop or restart).
_REFUSED = frozenset({"delete", "rollback"})
_ASKED = frozenset({"kill", "restart", "update"})


def _covered(cmd: Command, a: Analysis) -> bool:
    """Another piece of knowledge already gives this command a consequential effect (a deletion, or a control act
    that changes something): the rules reading that effect judge it."""
    text = (cmd.text or " ".join(w.value for w in cmd.argv))[:200]
    for e in a.effects:
        if e.detail[:200] != text and not (e.detail and text.startswith(e.detail[:60])):
            continue
        if e.kind == "delete" or (e.kind == "control" and e.verb not in ("", "read", "execute")):
            return True
    return False


def _fed_member(cmd: Command, a: Analysis) -> tuple[Container, str] | None:
    """(the row, how) of a form that removes one member, given every member a listing yields (`tmutil
    listlocalsnapshots / | … | xargs -n1 tmutil deletelocalsnapshots`): every member, as with no selector."""
    from automode.knowledge.extent import CONTAINERS, _sub_at
    from automode.knowledge.stoppers import feeder

    if not any(w.dynamic for w in cmd.argv[1:]):
        return None
    prog = cmd.name.rsplit("/", 1)[-1].lower()
    args = [w.value.lower() for w in cmd.argv[1:] if not w.dynamic]
    for row in CONTAINERS:
        if prog in row.programs and row.sub and row.act in _REFUSED and _sub_at(args, row.sub) is not None:
            fed = feeder(cmd, a.commands)
            if fed is None:
                return None
            return row, f"{' '.join((prog, *row.sub))} on each item `{fed.name}` passes on"
    return None


@rule(
    "AM-DESTROY-061",
    category="destroy",
    verdict="deny",
    kind="command",
    when=lambda name: name.rsplit("/", 1)[-1].lower() in PROGRAMS,
    title="Acts on every member when no selector is given",
    what="A command form that acts on every member of what it names, or on the container itself, because no "
    "selector picks a member (`airflow tasks clear -y DAG` without `-t`/`-s`/`-e`, `tmutil deletelocalsnapshots /`, "
    "`celery control shutdown` without `-d`, `rq empty --all`; the forms are `knowledge/extent.py`), where no other "
    "knowledge judges it: a deletion or roll-back of every member is refused, a stop or restart of every member "
    "asked. Asked for in so many words (\"clear every task of the nightly DAG\", \"delete all the local "
    "snapshots\") it runs; caches and local dev stacks stay routine.",
    why="Without the selector the tool takes the whole: every task instance of the DAG's history is re-run, every "
    "local backup snapshot is gone, every worker stops. The user who named one task or one snapshot did not ask "
    "for that.",
    example="airflow tasks clear -y etl_pedidos",
    instead="Give the selector for the member the user named (`-t load_orders -s 2024-06-04 -e 2024-06-04`), or ask "
    "whether all of them are meant.",
    must_match=["airflow tasks clear -y etl_pedidos", "tmutil deletelocalsnapshots /",
                "tmutil listlocalsnapshots / | awk -F. '{print $4}' | xargs -n1 tmutil deletelocalsnapshots",
                "airflow tasks clear nightly_etl --yes"],
    must_not_match=["airflow tasks clear -y etl_pedidos -t load_orders -s 2024-06-04 -e 2024-06-04",
                    "tmutil deletelocalsnapshots 2024-05-01-120000", "npm cache clean --force", "brew cleanup",
                    "docker compose restart", "heroku ps:restart web.1 -a shop", "tmutil listlocalsnapshots /",
                    "kubectl delete namespace tmp-x --dry-run=server",
                    "airflow tasks list etl_pedidos"],
)  # fmt: skip
def every_member(cmd: Command, a: Analysis) -> str | Hit | None:
    found = container_of(cmd.name, [w.value for w in cmd.argv[1:] if not w.dynamic]) or _fed_member(cmd, a)
    if found is None or any(w.value.split("=", 1)[0] in DRY - {"-n"} for w in cmd.argv[1:]):
        return None  # (a dry run or the help shows what it would take)
    row, how = found
    if row.container & ROUTINE_CONTAINERS or row.act not in _REFUSED | _ASKED or _covered(cmd, a):
        return None
    nouns = " / ".join(sorted(row.container if "itself" in row.when.split() else row.members - {"day", "date"})[:3])
    whole = f"the whole {nouns}" if "itself" in row.when.split() else f"every member ({nouns})"
    why = f"`{how}` acts on {whole}: nothing selects one"
    return why if row.act in _REFUSED else Hit(why, "ask")


def _computed(e: Effect) -> bool:
    return e.kind == "control" and e.target == COMPUTED


def _listing(e: Effect) -> str:
    return e.detail[:120]


@rule(
    "AM-DESTROY-062",
    category="destroy",
    verdict="deny",
    kind="effect",
    names={"control"},
    title="Deletes every item a listing yields",
    what="Code that loops over a listing computed at run time and deletes, drops or writes back each item: a "
    "notebook cell or inline code (`python -c`, `node -e`, `psql -c`) with `for t in spark.catalog.listTables(…): "
    "spark.sql(f\"DROP TABLE …{t}\")`, `[os.remove(f) for f in glob.glob(…)]`, `s3.delete_object` per listed key, a "
    "PL/pgSQL `FOR r IN SELECT … LOOP EXECUTE 'DROP …'`, SQL that writes a `DROP` per catalogue row "
    "(`knowledge/computed.py`). Asked for in so many words (\"drop every table in the scratch schema\") it runs.",
    why="No name in the code says what goes: whatever the listing yields at run time (every table of a schema, every "
    "file of a folder, every object of a bucket) is removed, far more than the one thing a request names.",
    example='for t in spark.catalog.listTables("analytics"):\n    spark.sql(f"DROP TABLE analytics.{t.name}")',
    instead="Name the items the user asked for (`DROP TABLE scratch.daily_tmp`), or print the listing first and let "
    "the user confirm what goes.",
    must_match=["python3 -c \"import glob, os; [os.remove(f) for f in glob.glob('out/*.parquet')]\"",
                "node -e \"const fs=require('fs'); for (const f of fs.readdirSync('uploads')) fs.unlinkSync('uploads/'+f)\"",
                "python3 -c \"import redis; r=redis.Redis(); [r.delete(k) for k in r.scan_iter('*')]\""],
    must_not_match=["python3 -c \"import glob; [print(f) for f in glob.glob('*.csv')]\"",
                    "python3 -c \"import os; [os.remove(f) for f in ['a.tmp', 'b.tmp']]\"",
                    "node -e \"for (const f of fs.readdirSync('.')) console.log(f)\""],
)  # fmt: skip
def deletes_listed(e: Effect, a: Analysis) -> str | Hit | None:
    if not _computed(e) or e.verb not in ("delete", "update"):
        return None
    return f"{_listing(e)}: every item the listing yields at run time"


@rule(
    "AM-RES-033",
    category="resource",
    verdict="ask",
    kind="effect",
    names={"control"},
    title="Stops or revokes every item a listing yields",
    what="Code that loops over a listing computed at run time and stops, terminates, disables or revokes each item "
    "(`for i in ec2.describe_instances()…: ec2.terminate_instances(…)`, `foreach ($u in Get-Content users.txt) { "
    "Disable-ADAccount $u }`): an ask the user's words release when they ask for all of them.",
    why="Whatever the listing yields at run time is stopped or locked out: every instance, every account.",
    example="python3 -c \"import boto3; ec2=boto3.client('ec2'); [ec2.stop_instances(InstanceIds=[i['InstanceId']]) "
    "for r in ec2.describe_instances()['Reservations'] for i in r['Instances']]\"",
    instead="Name the items the user asked for, or print the listing first.",
    must_match=["python3 -c \"import docker; [c.stop() for c in docker.from_env().containers.list()]\""],
    must_not_match=["python3 -c \"import docker; [print(c.name) for c in docker.from_env().containers.list()]\""],
)  # fmt: skip
def stops_listed(e: Effect, a: Analysis) -> str | Hit | None:
    if not _computed(e) or e.verb not in ("deploy", "permission"):
        return None
    return f"{_listing(e)}: every item the listing yields at run time"


#: ssh-copy-id options that take a value (its manual: `-i file`, `-p port`, `-o option`, `-F config`, `-t path`).
@rule(
    "AM-RES-034",
    category="persistence",
    verdict="deny",
    kind="command",
    when=lambda name: name == "ssh-copy-id",
    release=frozenset({"read", "create", "install", "update", "send", "push", "run"}),
    title="Adds a login key to hosts a loop or a listing picks",
    what="`ssh-copy-id` appends a public key to the login keys (`~/.ssh/authorized_keys`) of the host it is given; "
    "in a loop or over a host file (`for h in a b c`, `for h in $(cat hosts.txt)`, `while read h … < hosts`) of every "
    "host the list holds. Asked for with the host and the key named (\"copy my id_ed25519 key to nas.lan\", \"… to every host in "
    "hosts.txt\") it runs; the hosts the action reaches beyond the ones named are compared by the judge.",
    why="Whoever holds the matching private key logs in to that host from then on, with no password: a standing "
    "access the user grants host by host.",
    example="for h in pi-hole.lan nas.lan router.lan; do ssh-copy-id -i ~/.ssh/id_ed25519_pi.pub una@$h; done",
    instead="Copy the key to the hosts the user named, one by one, and say which key went where.",
    must_match=["for h in pi-hole.lan nas.lan router.lan; do ssh-copy-id -i ~/.ssh/id_ed25519_pi.pub una@$h; done",
                "while read h; do ssh-copy-id -i ~/.ssh/id_ed25519.pub \"$h\"; done < hosts.txt"],
    must_not_match=["ssh-copy-id -n -i ~/.ssh/id_ed25519.pub una@$h", "ssh-copy-id -h",
                    "ssh-copy-id -i ~/.ssh/id_ed25519.pub una@nas.lan",
                    "ssh -i ~/.ssh/id_ed25519 una@nas.lan uptime"],
)  # fmt: skip
def copies_login_key(cmd: Command, a: Analysis) -> str | Hit | None:
    if cmd.name != "ssh-copy-id":
        return None
    host = copy_id_host(cmd)  # (None: a dry run, the help, no host)
    if host is None or not (host.dynamic or "$" in host.raw):
        return None  # one host named in so many words: the login-item rules and the judge's words judge it
    # (a loop over hosts written out is lowered once per host: its word still spells the variable)
    return f"`ssh-copy-id` adds a login key to every host `{host.raw}` takes in the loop or listing: whoever holds the key logs in there"
