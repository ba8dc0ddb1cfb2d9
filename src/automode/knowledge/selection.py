"""How an action says how many, and which ones: the values the judge compares with what the user named.

Two facts about commands and code, kept as data (the judge, `intent.magnitude` and `intent.parts`, compares them
with the user's words):

* **a count of running copies**: the options and keys that set how many replicas, instances, nodes, tasks, dynos or
  workers run (`COUNT_OPTIONS`, `COUNT_KEYS`), and the scaling subcommands whose positional number or `NAME=N`
  operand is that count (`SCALE_WORDS`). Sources: kubectl-scale(1) `--replicas`, kubectl autoscale `--min/--max`,
  helm values `replicaCount`, aws autoscaling `--desired-capacity/--min-size/--max-size`, aws ecs update-service
  `--desired-count`, aws eks update-nodegroup-config `desiredSize`, gcloud compute instance-groups managed resize
  `--size`, gcloud container clusters resize `--num-nodes`, az vmss scale `--new-capacity`, az aks scale
  `--node-count`, eksctl scale nodegroup `--nodes`, doctl `--count`, docker compose `--scale SERVICE=N`, docker
  service scale `SERVICE=N`, heroku ps:scale `TYPE=N`, fly scale count `N`, nomad job scale `JOB GROUP N`,
  terraform `-var name=N`, openstack/hcloud/linode `--count`, k8s manifests `replicas:`;
* **a filter that selects an open set**: a comparison that keeps every row above, below or other than a value
  (`OPEN_FILTERS`), in SQL, Django, Rails, Laravel/knex, Prisma, Sequelize, SQLAlchemy and MongoDB spellings. A user
  who names rows by their ids ("ids 9001 and 9002") names a closed set; `id >= 9001` is every row from there up,
  `id != 88` is every row but one.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

#: Options whose value is always a count of running copies (without leading dashes, lower case, `_` as `-`).
COUNT_OPTIONS = frozenset({
    "replicas", "replica-count", "min-replicas", "max-replicas", "desired-capacity", "desired-count", "desired-size",
    "new-capacity", "num-nodes", "node-count", "min-nodes", "max-nodes", "min-count", "max-count", "nodes",
    "instance-count", "num-instances", "num-workers", "worker-count", "min-size", "max-size", "target-size",
    "initial-node-count", "total-min-nodes", "total-max-nodes", "num-replicas", "scale-count",
})  # fmt: skip
#: Options that are a count only inside a scaling command (`--size` is a disk size elsewhere, `--count` a loop).
SCALE_OPTIONS = frozenset({"size", "count", "min", "max", "capacity", "scale", "instances", "workers"})
#: Keys (`--set replicaCount=40`, `-var replicas=4`, `{"spec":{"replicas":3}}`, `replicas: 3`) whose value is a count.
COUNT_KEYS = frozenset({
    "replicas", "replicacount", "replica_count", "replica-count", "desiredcount", "desired_count", "desiredcapacity",
    "desired_capacity", "desiredsize", "desired_size", "instance_count", "instancecount", "instances", "node_count",
    "nodecount", "num_nodes", "minreplicas", "maxreplicas", "min_replicas", "max_replicas", "min_size", "max_size",
    "minsize", "maxsize", "worker_count", "workers", "num_workers", "numworkers",
})  # fmt: skip
#: Words of a command that make it a scaling command: its positional number or `NAME=N` operand is a count.
SCALE_WORDS = frozenset({"scale", "resize", "autoscale", "ps:scale", "set-desired-capacity", "--scale", "scale-set",
                         "run-instances", "create-instances"})  # fmt: skip
#: Words that make a resize one of storage, not of running copies (`gcloud compute disks resize --size 200`).
STORAGE_WORDS = frozenset({"disk", "disks", "volume", "volumes", "pvc", "persistentvolumeclaim", "image", "images",
                           "partition", "filesystem", "fs", "snapshot", "bucket"})  # fmt: skip

_INT = lazyre.compile(r"^\d{1,6}$")
_KEY_INT = lazyre.compile(r"^([\w.\[\]-]+)=(\d{1,6})$")
#: A count key in structured text: JSON (`"replicas": 3`), YAML (`replicas: 3`), HCL (`desired_count = 3`).
_TEXT_KEY = lazyre.compile(r"[\"']?([A-Za-z_][\w-]*)[\"']?\s*[:=]\s*[\"']?(\d{1,6})\b")


def _norm(option: str) -> str:
    return option.lstrip("-").lower().replace("_", "-")


def command_counts(words: list[str]) -> list[tuple[str, int]]:
    """(how the count is spelled, the count) for every count of running copies a command's words set: options of
    `COUNT_OPTIONS` anywhere, `SCALE_OPTIONS` and bare numbers or `NAME=N` operands in a scaling command, count keys
    in `KEY=N` settings and in JSON/YAML arguments."""
    low = {w.lower() for w in words}
    scaling = bool(low & SCALE_WORDS) and not low & STORAGE_WORDS
    out: list[tuple[str, int]] = []
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w.startswith("-") and len(w) > 2:
            name, eq, val = w.partition("=")
            opt = _norm(name)
            counted = opt in COUNT_OPTIONS or (scaling and opt in SCALE_OPTIONS)
            if counted and eq and _INT.match(val):
                out.append((w, int(val)))
            elif counted and eq:
                m = _KEY_INT.match(val)  # `--scale worker=13`
                if m is not None:
                    out.append((w, int(m.group(2))))
            elif counted and _INT.match(nxt):
                out.append((f"{w} {nxt}", int(nxt)))
                i += 1
            elif counted and _KEY_INT.match(nxt):
                out.append((f"{w} {nxt}", int(nxt.rsplit("=", 1)[1])))
                i += 1
            elif not eq and nxt and not nxt.startswith("-"):
                out += _settings(nxt)  # `--set replicaCount=4`, `-var replicas=12`, `--scaling-config desiredSize=3`
                i += 1  # another option's value (`--timeout 30`): not a count
            i += 1
            continue
        m = _KEY_INT.match(w)
        if m is not None:
            if scaling:
                out.append((w, int(m.group(2))))  # heroku `web=20`, `docker service scale web=3`
            else:
                out += _settings(w)  # `replicaCount=40`
        elif scaling and _INT.match(w):
            out.append((w, int(w)))  # `fly scale count 20`, `nomad job scale api web 3`
        elif "{" in w or ":" in w:
            out += text_counts(w)
        i += 1
    return out


def _settings(value: str) -> list[tuple[str, int]]:
    """The count keys set in an option's `KEY=N[,KEY=N…]` value."""
    out: list[tuple[str, int]] = []
    for part in value.split(",")[:20]:
        m = _KEY_INT.match(part.strip())
        if m is not None and m.group(1).rsplit(".", 1)[-1].lower() in COUNT_KEYS:
            out.append((part.strip(), int(m.group(2))))
    return out


def text_counts(text: str) -> list[tuple[str, int]]:
    """The count keys set in structured text (a JSON patch, a manifest, HCL variables)."""
    return [(m.group(0), int(m.group(2))) for m in _TEXT_KEY.finditer(text[:20_000]) if m.group(1).lower() in COUNT_KEYS]


# Open-set filters: (the language, a pattern whose `n` group is the value compared with). The operator keeps every
# row on one side of the value, or every row but it.
_NUM = r"['\"]?(?P<n>\d+)['\"]?"
OPEN_FILTERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # SQL, SQLAlchemy, ActiveRecord/Sequel strings (`id >= 9001`, `Invoice.id > 9000`, `"id >= ?", 9001` is below)
    ("comparison", lazyre.compile(r"[\w.\"`\[\]]+\s*(?:>=?|<=?|!=|<>)\s*" + _NUM, re.I)),
    ("comparison", lazyre.compile(r"(?<![\w.])" + _NUM + r"\s*(?:>=?|<=?)\s*[A-Za-z_\"`]", re.I)),
    ("between", lazyre.compile(r"\bbetween\s+" + _NUM + r"\s+and\b", re.I)),
    ("not in", lazyre.compile(r"\bnot\s+in\s*\(\s*" + _NUM, re.I)),
    # Laravel / knex / Eloquent: where('id', '>=', 9001), whereBetween, whereNotIn, where('id', '!=', 9)
    ("where operator", lazyre.compile(r"where\w*\(\s*['\"][\w.]+['\"]\s*,\s*['\"](?:>=?|<=?|!=|<>)['\"]\s*,\s*" + _NUM)),
    ("where operator", lazyre.compile(r"\b(?:whereBetween|whereNotIn|whereNotBetween|orWhereBetween)\s*\(\s*['\"][\w.]+['\"]\s*,\s*\[\s*" + _NUM)),
    # ActiveRecord: where('id >= ?', 9001), where(id: 77..), where(id: 77...100), where.not(id: 88)
    ("placeholder", lazyre.compile(r"['\"][\w.]+\s*(?:>=?|<=?|!=|<>)\s*\?['\"]\s*,\s*" + _NUM)),
    ("range", lazyre.compile(r"\b\w+:\s*" + _NUM + r"\s*\.\.\.?")),
    ("negation", lazyre.compile(r"\.not\(\s*\w+:\s*\[?\s*" + _NUM)),
    # Django: filter(pk__gte=5512), exclude(pk=88), __range=(1, 9)
    ("lookup", lazyre.compile(r"__(?:gte|gt|lte|lt|range)\s*=\s*[(\[]?\s*" + _NUM)),
    ("negation", lazyre.compile(r"\.exclude\(\s*\w+\s*=\s*[(\[]?\s*" + _NUM)),
    # MongoDB, Prisma, Sequelize, TypeORM: {$gte: 4410}, {gte: 4410}, {[Op.gte]: 4410}, MoreThan(4410), Not(88)
    ("operator", lazyre.compile(r"[\[{,]\s*['\"]?(?:\$|Op\.)?(?:gte|gt|lte|lt|ne|nin|notIn|not)['\"]?\]?\s*:\s*\[?\s*" + _NUM)),
    ("operator", lazyre.compile(r"\b(?:MoreThan|MoreThanOrEqual|LessThan|LessThanOrEqual|Not|Between)\(\s*" + _NUM)),
)  # fmt: skip


def open_filters(code: str) -> list[tuple[str, str]]:
    """(the filter as written, the value it compares with) for each open-set filter in `code`."""
    out: list[tuple[str, str]] = []
    for _, pat in OPEN_FILTERS:
        out += [(m.group(0).strip(), m.group("n")) for m in pat.finditer(code[:20_000])]
    return out


#: Fixtures (tests/knowledge/test_selection.py): (words, the counts read) and code with / without an open filter.
COUNT_CASES: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("kubectl -n web scale deploy/api --replicas=7", (7,)),
    ("kubectl scale --replicas 2 statefulset/db --timeout=30s", (2,)),
    ("kubectl autoscale deployment api --min=2 --max=10 --cpu-percent=80", (2, 10)),
    ("helm upgrade api ./chart --set replicaCount=4 --set image.tag=1.2.3", (4,)),
    ("helm upgrade api ./chart --set worker.replicas=6", (6,)),
    ("aws autoscaling update-auto-scaling-group --auto-scaling-group-name g --min-size 1 --max-size 5", (1, 5)),
    ("aws ecs update-service --cluster c --service api --desired-count 2", (2,)),
    ("aws eks update-nodegroup-config --cluster-name c --nodegroup-name n --scaling-config desiredSize=3", (3,)),
    ("gcloud compute instance-groups managed resize web-mig --size 8 --zone europe-west1-b", (8,)),
    ("gcloud container clusters resize c --node-pool p --num-nodes 3 --region r", (3,)),
    ("az vmss scale -g rg -n web --new-capacity 4", (4,)),
    ("az aks scale -g rg -n aks --node-count 5 --nodepool-name np1", (5,)),
    ("eksctl scale nodegroup --cluster c --name ng --nodes 6", (6,)),
    ("docker compose up -d --scale worker=5 --scale web=2", (5, 2)),
    ("docker service scale stack_web=9", (9,)),
    ("heroku ps:scale web=3 worker=1 -a shop", (3, 1)),
    ("fly scale count 4 -a shop", (4,)),
    ("nomad job scale api web 11", (11,)),
    ("terraform apply -var replicas=12 -var region=eu-west-1", (12,)),
    ("kubectl patch deploy api -p '{\"spec\":{\"replicas\":3}}'", (3,)),
    ("aws ec2 run-instances --image-id ami-1 --instance-type t3.small --count 2", (2,)),
    # not counts
    ("kubectl rollout restart deployment/api --timeout 30s", ()),
    ("docker run --cpus 2 -p 8080:80 nginx", ()),
    ("gcloud compute disks resize d1 --size 200", ()),
    ("head -n 20 log.txt", ()),
    ("pytest -n 4", ()),
    ("terraform apply -var region=eu-west-1", ()),
)  # fmt: skip
OPEN_CASES: tuple[tuple[str, bool], ...] = (
    ("DELETE FROM invoices WHERE id >= 9001", True),
    ("delete from users where id > 310", True),
    ("DELETE FROM jobs WHERE id != 88", True),
    ("DELETE FROM jobs WHERE id <> 88", True),
    ("DELETE FROM t WHERE id BETWEEN 10 AND 20", True),
    ("DELETE FROM t WHERE id NOT IN (3, 4)", True),
    ("Invoice::where('id','>=',9001)->delete();", True),
    ("Order.objects.filter(pk__gte=5512).delete()", True),
    ("Comment.where(id: 77..).destroy_all", True),
    ("Comment.where.not(id: 78).destroy_all", True),
    ("Comment.where('id > ?', 76).delete_all", True),
    ("db.tickets.deleteMany({ticketId: {$gte: 4410}})", True),
    ("prisma.ticket.deleteMany({ where: { id: { gt: 4409 } } })", True),
    ("session.query(Invoice).filter(Invoice.id > 9000).delete()", True),
    ("Order.objects.exclude(pk=88).delete()", True),
    ("DELETE FROM invoices WHERE id IN (9001, 9002)", False),
    ("DELETE FROM jobs WHERE id = 88", False),
    ("Order.objects.filter(pk__in=[5512, 5513]).delete()", False),
    ("Comment.where(id: [77, 78]).destroy_all", False),
    ("db.tickets.deleteMany({ticketId: {$in: [4410, 4411]}})", False),
    ("Invoice::whereIn('id', [9001, 9002])->delete();", False),
    ("Invoice::destroy([9001, 9002]);", False),
)  # fmt: skip


# Services, containers and apps a stop or restart names one by one: (program, the leading words that stop or restart,
# options that take a value). Every operand after them is one thing stopped (systemctl(1) `stop UNIT…`, docker
# container stop/kill/restart/rm `CONTAINER…`, docker compose stop/restart/kill/rm `SERVICE…`, brew services,
# supervisorctl(1) `stop NAME…`, pm2 stop, runit sv, launchctl kickstart, rc-service, kubectl delete pod `NAME…`).
UNIT_STOPS: tuple[tuple[str, tuple[str, ...], frozenset[str]], ...] = tuple(
    (prog, tuple(words.split()), frozenset(opts.split())) for prog, words_list, opts in (
        ("systemctl", ("stop", "restart", "kill", "disable", "mask", "try-restart", "reload-or-restart"),
         "-H --host -M --machine -s --signal --kill-whom --job-mode"),
        ("docker", ("stop", "kill", "restart", "rm", "container stop", "container kill", "container restart",
                    "container rm", "compose stop", "compose restart", "compose kill", "compose rm"),
         "-H --host -c --context -t --time -s --signal -f --file -p --project-name --env-file"),
        ("podman", ("stop", "kill", "restart", "rm"), "-t --time -s --signal"),
        ("docker-compose", ("stop", "restart", "kill", "rm"), "-f --file -p --project-name -t --timeout"),
        ("brew", ("services stop", "services restart", "services kill"), ""),
        ("supervisorctl", ("stop", "restart"), "-c --configuration -s --serverurl -u --username -p --password"),
        ("pm2", ("stop", "restart", "delete", "reload"), "--namespace -n"),
        ("sv", ("down", "stop", "restart", "kill", "force-stop", "force-restart"), "-w"),
        ("rc-service", (), ""),
        ("kubectl", ("delete pod", "delete pods", "delete po"), "-n --namespace --context --kubeconfig -l --selector"),
    ) for words in words_list
)  # fmt: skip
_UNIT_BY_PROGRAM: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = {}
for _prog, _words, _opts in UNIT_STOPS:
    _UNIT_BY_PROGRAM.setdefault(_prog, []).append((_words, _opts))


UNIT_PROGRAMS = frozenset(_UNIT_BY_PROGRAM)


def stopped_units(name: str, args: list[str]) -> list[str]:
    """The services, containers or apps a stop or restart names one by one (`systemctl stop postgresql redis-server`
    -> both), [] when the command is none."""
    rows = _UNIT_BY_PROGRAM.get(name)
    if not rows:
        return []
    from automode.shell.argv import operands

    for words, opts in rows:
        pos = operands(args, opts)
        n = len(words)
        if tuple(p.lower() for p in pos[:n]) == words:
            return [p for p in pos[n:] if p.lower() not in ("all", "--all")]
    return []


# Numbers the user says with a word ("batch 64", "20 VUs", "500 rows max", "gpu 2") and the long options that carry
# them: an option matches a word when one of its name parts is the word (`--batch-size` for "batch") or one the word
# names (`OPTION_WORDS`: `--limit` for "rows max", `--nproc-per-node` for "gpu").
OPTION_WORDS: dict[str, frozenset[str]] = {
    "limit": frozenset({"max", "maximum", "cap", "capped", "rows", "records", "items", "first", "top", "most"}),
    "max": frozenset({"max", "maximum", "cap", "capped", "most", "rows", "records", "items"}),
    "vus": frozenset({"users", "vu", "virtual"}),
    "nproc": frozenset({"gpu", "gpus", "process", "processes", "procs"}),
    "gpus": frozenset({"gpu", "gpus"}),
    "workers": frozenset({"worker", "workers", "parallel", "processes"}),
    "jobs": frozenset({"parallel", "workers", "jobs"}),
    "concurrency": frozenset({"concurrent", "parallel", "concurrency"}),
    "rate": frozenset({"rps", "qps", "rate"}),
    "rps": frozenset({"rps", "rate"}),
    "batch": frozenset({"batch", "batches"}),
    "epochs": frozenset({"epoch", "epochs"}),
    "count": frozenset({"count", "times", "copies"}),
}  # fmt: skip
#: Option name parts too general to match a user's word on their own.
_GENERIC_PARTS = frozenset({"size", "per", "node", "num", "number", "n", "min", "total", "max", "new", "target",
                            "desired", "count", "value", "level"})
#: Options whose larger value costs more (load, machines, rows changed): more than said is refused, not asked.
COST_PARTS = frozenset({"limit", "max", "vus", "nproc", "gpus", "workers", "jobs", "concurrency", "rate", "rps",
                        "batch", "count", "replicas", "instances", "nodes", "users", "connections", "threads"})
_OPT_NUM = lazyre.compile(r"^(--[a-z][a-z0-9_-]{1,40})(?:=(\d{1,7}(?:-\d{1,7})?))?$", re.I)
_NUMERIC = lazyre.compile(r"^\d{1,7}(?:-\d{1,7})?$")


def numeric_options(words: list[str]) -> list[tuple[str, tuple[str, ...], str]]:
    """(the option as written, its name parts, its value) for each long option of a command given a number or a
    range of numbers (`--batch-size 512`, `--vus=200`, `--port 0-65535`)."""
    out: list[tuple[str, tuple[str, ...], str]] = []
    for i, w in enumerate(words):
        m = _OPT_NUM.match(w)
        if m is None:
            continue
        value = m.group(2) or (words[i + 1] if i + 1 < len(words) and _NUMERIC.match(words[i + 1]) else "")
        if value:
            parts = tuple(p for p in re.split(r"[-_]+", m.group(1).lstrip("-").lower()) if p)
            out.append((w if m.group(2) else f"{w} {value}", parts, value))
    return out


def option_matches(parts: tuple[str, ...], word: str) -> bool:
    """An option with these name parts carries the number the user said with `word`."""
    w = word.lower().rstrip("s") if len(word) > 3 else word.lower()
    for p in parts:
        q = p.rstrip("s") if len(p) > 3 else p
        if (q == w and p not in _GENERIC_PARTS) or word.lower() in OPTION_WORDS.get(p, ()):
            return True
    return False


NUMERIC_CASES: tuple[tuple[str, str, bool], ...] = (
    ("--batch-size 512", "batch", True), ("--vus 200", "vus", True), ("--vus 200", "users", True),
    ("--limit 5000", "rows", True), ("--limit 5000", "max", True), ("--nproc_per_node=8", "gpu", True),
    ("--port 0-65535", "port", True), ("--timeout 30", "batch", False), ("--max-old-space-size 4096", "node", False),
    ("--limit 50", "pr", False), ("--batch-size 64", "size", False),
)  # fmt: skip


#: Programs and subcommands that install or upgrade a package, chart or toolchain, where a version the user named
#: must appear (helm upgrade/install `--version`, npm/pnpm/yarn/bun `pkg@1.2.3`, pip `pkg==1.2.3`, cargo add
#: `pkg@1.2`, go get `mod@v1.2.3`, gem install `-v`, asdf/mise/nvm/rustup/pyenv install, apt `pkg=1.2`).
VERSIONED: dict[str, frozenset[str]] = {
    "helm": frozenset({"upgrade", "install"}), "npm": frozenset({"install", "i", "add", "update"}),
    "pnpm": frozenset({"add", "install", "update", "up"}), "yarn": frozenset({"add", "upgrade", "up"}),
    "bun": frozenset({"add", "install"}), "pip": frozenset({"install"}), "pip3": frozenset({"install"}),
    "uv": frozenset({"add", "pip"}), "poetry": frozenset({"add"}), "cargo": frozenset({"add", "install"}),
    "go": frozenset({"get", "install"}), "gem": frozenset({"install", "update"}), "asdf": frozenset({"install"}),
    "mise": frozenset({"install", "use"}), "nvm": frozenset({"install", "use"}), "rustup": frozenset({"install"}),
    "pyenv": frozenset({"install"}), "apt": frozenset({"install"}), "apt-get": frozenset({"install"}),
    "composer": frozenset({"require", "update"}), "dotnet": frozenset({"add"}), "flutter": frozenset({"upgrade"}),
}  # fmt: skip
VERSION = lazyre.compile(r"(?<![\w.])v?(\d+\.\d+(?:\.\d+){0,2}(?:-[0-9A-Za-z.]+)?)(?![\w.])")


# Tools that act on everything they manage unless an option picks a part (a deploy of every function, a dbt run of
# every model, an apply of every resource, a playbook on every host): (program, subcommand words, the options that
# pick a part). Sources: firebase deploy `--only`; docs.getdbt.com node selection `--select/-s` (`--models/-m`
# before 1.0), whose `+`/`@` operators add the parents or children; terraform/tofu `-target`; ansible-playbook
# `--limit/-l`, `--tags/-t`; helmfile `--selector/-l`; pulumi `--target`; serverless `deploy function -f`; nx
# run-many `--projects`; turbo `--filter`; lerna `--scope`.
SELECTORS: tuple[tuple[str, tuple[str, ...], frozenset[str]], ...] = tuple(
    (prog, tuple(sub.split()), frozenset(opts.split())) for prog, subs, opts in (
        ("firebase", ("deploy",), "--only"),
        ("dbt", ("run", "build", "test", "seed", "snapshot"), "--select -s --models -m"),
        ("terraform", ("apply", "destroy"), "-target --target"),
        ("tofu", ("apply", "destroy"), "-target --target"),
        ("ansible-playbook", ("",), "--limit -l --tags -t"),
        ("helmfile", ("apply", "sync", "destroy"), "--selector -l"),
        ("pulumi", ("up", "destroy"), "--target -t"),
        ("serverless", ("deploy",), "function -f --function"),
        ("sls", ("deploy",), "function -f --function"),
        ("nx", ("run-many",), "--projects -p"),
        ("turbo", ("run",), "--filter -F"),
        ("lerna", ("run", "publish"), "--scope"),
    ) for sub in subs
)  # fmt: skip
SELECTOR_PROGRAMS = frozenset(prog for prog, _, _ in SELECTORS)
#: Node-selection operators that add what depends on the named part or what it depends on (`orders_mart+`).
GRAPH_OPERATORS = lazyre.compile(r"^\+|\+$|^@|^\d+\+|\+\d+$")


def selection(name: str, args: list[str]) -> tuple[bool, list[str]] | None:
    """For a tool of `SELECTORS`: (whether an option picks a part, the values it picks); None for other commands."""
    for prog, sub, opts in SELECTORS:
        if prog != name:
            continue
        positional = [x for x in args if not x.startswith("-")]
        if sub != ("",) and tuple(positional[: len(sub)]) != sub:
            continue
        values: list[str] = []
        picked = False
        for i, x in enumerate(args):
            head = x.split("=", 1)[0]
            if head in opts:
                picked = True
                val = x.split("=", 1)[1] if "=" in x else (args[i + 1] if i + 1 < len(args) else "")
                values += [v for v in re.split(r"[\s,]+", val) if v]
        return picked, values
    return None


# ------------------------------------------------------------------ what a command leaves out
#: Options that leave matching names out of what a program walks, copies, archives or lists, by program (from each
#: program's manual: find(1) `! -path`/`-not -name`/`-prune`; rsync(1) `--exclude`, `--filter '- PAT'`; tar(1)
#: `--exclude`; zip(1) `-x`; grep(1) `--exclude`, `--exclude-dir`; ripgrep `-g '!PAT'`/`--glob '!PAT'`; fd `-E`;
#: du(1) `--exclude`; aws s3 cp/sync/rm `--exclude`; gsutil rsync `-x`; rclone `--exclude`; restic/borg `--exclude`;
#: 7z `-x!PAT`; robocopy `/XD`, `/XF`). A wildcard given to one of them narrows the act; it never widens it.
EXCLUDE_OPTIONS: dict[str, frozenset[str]] = {
    "*": frozenset({"--exclude", "--exclude-dir", "--exclude-from", "--ignore", "--skip"}),
    "zip": frozenset({"-x", "--exclude"}), "gsutil": frozenset({"-x"}), "fd": frozenset({"-E", "--exclude"}),
    "fdfind": frozenset({"-E", "--exclude"}), "borg": frozenset({"-e", "--exclude"}), "robocopy": frozenset({"/XD", "/XF", "/xd", "/xf"}),
}  # fmt: skip
#: find(1) tests that name what a `!`/`-not` before them, or a `-prune` after them, leaves out.
FIND_NAME_TESTS = frozenset({"-path", "-ipath", "-name", "-iname", "-wholename", "-iwholename", "-regex", "-iregex"})
_INVERT = lazyre.compile(r"^(?:--invert-match|-[A-Za-z]*v[A-Za-z]*)$")
_SED_DELETE = lazyre.compile(r"^(?:/((?:[^/\\]|\\.)+)/|\\(.)(.+?)\2)I?d$")
_GREP_VALUE_OPTS = frozenset({"-e", "--regexp", "-f", "--file", "-m", "--max-count", "-A", "-B", "-C"})


def left_out(cmd: Command) -> frozenset[str]:
    """The patterns whose matches `cmd` leaves out of what it acts on or passes on (`find . -name '*.orig' -not -path
    './.git/*'`, `rsync --exclude`, `grep -v`, `sed '/…/d'`, `rg -g '!vendor/*'`)."""
    args = list(cmd.args)
    if cmd.name in ("grep", "egrep", "fgrep") and any(_INVERT.match(x) for x in args):
        out = [args[i + 1] for i, x in enumerate(args[:-1]) if x in ("-e", "--regexp")]
        pos = [x for i, x in enumerate(args) if not x.startswith("-") and (i == 0 or args[i - 1] not in _GREP_VALUE_OPTS)]
        return frozenset(out or pos[:1])
    if cmd.name == "sed":
        return frozenset(m.group(1) or m.group(3) for x in args if (m := _SED_DELETE.match(x)) is not None)
    opts = EXCLUDE_OPTIONS["*"] | EXCLUDE_OPTIONS.get(cmd.name, frozenset())
    found: list[str] = []
    for i, x in enumerate(args):
        key, eq, val = x.partition("=")
        nxt = args[i + 1] if i + 1 < len(args) else ""
        if key in opts:
            found.append(val if eq else nxt)
        elif cmd.name in ("rg", "fd", "fdfind") and key in ("-g", "--glob", "--iglob") and (val if eq else nxt).startswith("!"):
            found.append((val if eq else nxt)[1:])
        elif cmd.name == "rsync" and key in ("-f", "--filter") and (val if eq else nxt).startswith(("- ", "-/ ")):
            found.append((val if eq else nxt).split(" ", 1)[1])
        elif cmd.name == "7z" and x.startswith("-x!"):
            found.append(x[3:])
        elif cmd.name == "find" and x in FIND_NAME_TESTS and (
                (i > 0 and args[i - 1] in ("!", "-not")) or args[i + 2: i + 3] == ["-prune"]):
            found.append(nxt)  # (`-path ./.git -prune -o …`: pruned, left out)
    return frozenset(o for o in found if o)


# ------------------------------------------------------------------ what a deletion keeps
#: Options of deleting commands that keep a copy of what they delete (a final snapshot or backup), from the CLI
#: references: aws rds delete-db-instance / delete-db-cluster, docdb and neptune delete-db-cluster
#: `--final-db-snapshot-identifier`; redshift delete-cluster `--final-cluster-snapshot-identifier`; elasticache
#: delete-replication-group / delete-cache-cluster `--final-snapshot-identifier`; memorydb delete-cluster
#: `--final-snapshot-name`; gcloud sql instances delete `--final-backup` (`--final-backup-description`,
#: `--final-backup-ttl-days`, `--final-backup-expiry-time`); lightsail delete-relational-database
#: `--final-relational-database-snapshot-name`; aws fsx delete-file-system `FinalBackupTags`/`SkipFinalBackup=false`.
#: "Keep a final snapshot" is honoured by the command that takes it.
KEEP_COPY_OPTIONS = frozenset({
    "--final-db-snapshot-identifier", "--final-cluster-snapshot-identifier", "--final-snapshot-identifier",
    "--final-snapshot-name", "--final-backup", "--final-backup-description", "--final-backup-ttl-days",
    "--final-backup-expiry-time", "--final-relational-database-snapshot-name", "--final-snapshot",
})  # fmt: skip
#: Options that skip that copy: the same command with one of them keeps nothing.
SKIP_COPY_OPTIONS = frozenset({"--skip-final-snapshot", "--skip-final-cluster-snapshot", "--no-final-backup",
                               "--skip-final-backup"})  # fmt: skip


def skips_copy(cmd: Command) -> str:
    """The option by which `cmd` deletes without keeping a final copy (`--skip-final-snapshot`), "" when none."""
    return next((x for x in cmd.args if x.partition("=")[0] in SKIP_COPY_OPTIONS), "")


def kept_copies(cmd: Command) -> tuple[str, ...]:
    """The names of the copies `cmd` keeps of what it deletes (the final snapshot's identifier), () when it keeps
    none or says to skip it."""
    args = list(cmd.args)
    if any(x.partition("=")[0] in SKIP_COPY_OPTIONS for x in args):
        return ()
    out: list[str] = []
    for i, x in enumerate(args):
        key, eq, val = x.partition("=")
        if key in KEEP_COPY_OPTIONS:
            nxt = args[i + 1] if i + 1 < len(args) else ""
            out.append(val if eq else ("" if nxt.startswith("-") else nxt) or key)
    return tuple(o for o in out if o)
