"""Where a command lands, read from the words that choose it: hosts, brokers, clusters, namespaces, inventories,
config files and URLs (session 27, R4).

A command picks its environment in its own words more often than in a variable: `kcat -b kafka-stg-1.int:9092`,
`helm rollback payments 41 -n pay-stg`, `ansible web-3.stg -i inventories/stg`, `k6 run --config k6/stg.json`,
`nats pub -s nats://nats-uat:4222`, `ssh deploy@app-1.stg.acme.io`, `curl -X POST https://hooks.staging.acme.io/…`.
This table says, per program family, which option values and which positional words are such a place (sources:
each program's CLI reference / --help: kcat, rpk, kafka-console-producer, nats, mosquitto_pub, mqttx, rabbitmqadmin,
helm, kubectl/oc/argocd/flux/kustomize, ansible(-playbook), k6, artillery, locust, vegeta, hey, wrk, ab, oha,
bombardier, ghz, jmeter, redis-cli/valkey-cli, psql, mysql/mariadb, mongosh, cqlsh, clickhouse-client, nomad, vault,
consul, etcdctl, kamal, skaffold, serverless/sst, wrangler, terraform/tofu/terragrunt, pulumi), and `places(cmd)`
gives (where, value) for each. The environment a value names is `knowledge.envmarkers.env_of`'s.

Load generators (`LOADS`) act whatever they read: a run sends load at the place its config or URL names.
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.script import Command

#: Options of any program whose value says where it lands (the long forms are unambiguous across CLIs).
LONG_PLACE_OPTS = frozenset({
    "--env", "--environment", "--stage", "--context", "--kube-context", "--kubecontext", "--profile", "--stack",
    "--target", "--namespace", "--cluster", "--workspace", "--subscription", "--account", "--host", "--hostname",
    "--server", "--servers", "--brokers", "--broker", "--broker-list", "--bootstrap-server", "--bootstrap-servers",
    "--url", "--uri", "--addr", "--address", "--endpoint", "--endpoint-url", "--inventory", "--inventory-file",
    "--limit", "--kubeconfig", "--destination", "--connection", "--db-url", "--database-url", "--project",
    "--project-id", "--app", "--site", "--space", "--tenant", "--deployment", "--alias", "--org", "--bucket",
    "--database", "--db", "--dst", "--dest", "--stage-name", "--env-name", "--environment-name", "--instance",
    "--resource-group", "--configuration", "--config-name", "--remote",
})  # fmt: skip
#: Short options (and single-dash long ones) that choose the place in one program family only: program -> options.
_SHORT_ROWS: tuple[tuple[str, str], ...] = (
    ("kcat kafkacat", "-b -F"),
    ("kafka-console-producer kafka-console-producer.sh kafka-console-consumer kafka-console-consumer.sh "
     "kafka-topics kafka-topics.sh kafka-configs kafka-configs.sh kafka-consumer-groups kafka-consumer-groups.sh", ""),
    ("rpk", "-X"),
    ("kafkactl", "-C --context"),
    ("nats", "-s --context"),
    ("mosquitto_pub mosquitto_sub mosquitto_rr", "-h -L"),
    ("mqttx", "-h -l"),
    ("rabbitmqadmin", "-H -N -V"),
    ("amqp-publish amqp-consume", "-u"),
    ("helm helmfile", "-n -e --kube-context -f --values"),
    ("kubectl oc kubecolor argocd flux kustomize kapp velero stern istioctl linkerd", "-n --context --server -f -k "
     "--filename --kustomize"),
    ("ansible ansible-playbook ansible-console", "-i -l"),
    ("k6", "-c --config -e --env"),
    ("artillery", "-e -t -c --config --environment --target"),
    ("locust", "-H --config"),
    ("jmeter", "-q -G -J"),
    ("redis-cli valkey-cli keydb-cli", "-h -u"),
    ("psql pgcli", "-h -d"),
    ("mysql mariadb mycli mysqladmin", "-h"),
    ("mongosh mongo", ""),
    ("clickhouse-client clickhouse", "-h"),
    ("nomad", "-address -namespace -region"),
    ("vault", "-address -namespace -ns"),
    ("consul", "-http-addr -namespace -partition"),
    ("etcdctl", "--endpoints"),
    ("kamal", "-d --destination"),
    ("skaffold", "-p --profile --kube-context"),
    ("serverless sls sst", "-s --stage"),
    ("wrangler", "-e"),
    ("terraform tofu terragrunt", "-var-file -chdir"),
    ("pulumi", "-s --stack -C --cwd"),
    ("dbt", "-t --target --profiles-dir"),
    ("doppler", "-c --config -p --project"),
    ("infisical", "--env"),
    ("aws", "--profile"),
    ("gcloud", "--project --configuration"),
    ("az", "--subscription"),
    ("fly flyctl", "-a --app -c --config"),
    ("heroku", "-a --app -r --remote"),
    ("docker", "-H -c"),
    ("eas", "-e --environment --branch --channel"),
    ("vercel", "--scope -S"),
)
SHORT_PLACE_OPTS: dict[str, frozenset[str]] = {
    p: frozenset(o.split()) for progs, o in _SHORT_ROWS for p in progs.split()
}
#: Programs whose first operand is the host or the host pattern they act on.
HOST_FIRST = frozenset({"ansible", "ansible-console", "ssh", "mosh", "autossh", "cqlsh", "et", "pssh"})
#: Programs whose operands carry a host before a colon (`host:path`, `user@host:path`).
HOST_COLON = frozenset({"scp", "rsync", "sftp"})
#: Deploy tools whose stage or environment is an operand (`cap staging deploy`, `mina production deploy`, `dep deploy
#: stage=staging`, `zappa update staging`, `eb deploy app-staging`, `envoy run deploy --env=`): every operand counts.
STAGE_OPERANDS = frozenset({"cap", "capistrano", "mina", "dep", "zappa", "eb", "shipit", "fab", "ansistrano",
                            # (a release, an app, a job or a service named for its environment: `helm upgrade
                            # search-staging`, `argocd app sync payments-staging`, `nomad job run api-stg.nomad`)
                            "helm", "helmfile", "argocd", "flux", "kamal", "nomad", "kubectl", "oc", "skaffold",
                            "railway", "render", "dokku", "caprover", "juju"})
#: Flags that are an environment by themselves, per program (`vercel --prod`, `netlify deploy --prod`).
_PROD_FLAGS = {"--prod": "production", "--production": "production"}
ENV_FLAGS: dict[str, dict[str, str]] = {
    **{p: _PROD_FLAGS for p in ("vercel", "netlify", "ntl", "netlify-cli")},
    "amplify": {"--prod": "production"},
}
#: Task runners: a task's name that says an act on a place (`npm run deploy:staging`, `make release-prod`, `just
#: migrate stg`) names where it lands; a build mode (`build:prod`) does not.
RUNNERS = frozenset({"make", "gmake", "just", "task", "mage", "invoke", "inv", "rake", "npm", "yarn", "pnpm", "bun",
                     "composer", "nx", "turbo", "gradle", "gradlew", "mix"})
#: Words of a task's or a script's name that act somewhere else than this checkout.
PLACE_ACTS = lazyre.compile(
    r"(?i)(?:^|[^a-z])(?:deploy\w*|release\w*|publish\w*|push|migrat\w*|seed\w*|rollout|rollback|sync|upload\w*|"
    r"apply|destroy|promote|invalidat\w*|purge|restart|reset|drop|provision\w*|ship|cutover|replay|backfill|"
    r"load-?test|smoke|k6|soak|stress)(?:$|[^a-z])")
#: Load generators: a run sends load at the place its config or URL names, whatever else it reads.
LOADS: dict[str, frozenset[str]] = {
    "k6": frozenset({"run", "cloud"}),
    "artillery": frozenset({"run", "quick", "run-fargate", "run-lambda"}),
    "locust": frozenset(),  # (no subcommand: the run is the program)
    "vegeta": frozenset({"attack"}),
    **dict.fromkeys(("hey", "wrk", "wrk2", "ab", "oha", "bombardier", "ghz", "siege", "autocannon", "h2load", "jmeter",
                     "gatling", "gatling.sh", "drill", "plow"), frozenset()),
}
#: Options whose value is a file: its base name names the place (`k6/stg.json`, `inventories/uat`, `values-prod.yaml`).
FILE_OPTS = frozenset({"-F", "-c", "--config", "-i", "--inventory", "--inventory-file", "-var-file", "--var-file",
                       "--kubeconfig", "-C", "--profiles-dir", "-q", "-chdir", "--cwd", "-f", "--values", "-k",
                       "--filename", "--kustomize"})
_URL = lazyre.compile(r"(?i)\b[a-z][a-z0-9+.-]{1,15}://(?:[^@/\s'\"]*@)?([^/\s:'\",;?#]+)")
_USER_HOST = lazyre.compile(r"^(?:[\w.-]+@)?([A-Za-z0-9][\w.-]*)(?::|$)")


def _name(program: str) -> str:
    return program.rsplit("/", 1)[-1]


#: Tunnels to this machine: a port of the place opened on the loopback, nothing changed there (session 28, T6): program
#: -> subcommand paths (kubernetes.io `kubectl port-forward`, `oc port-forward`; `flyctl proxy`; Teleport `tsh proxy
#: db|app|kube`; `cloud-sql-proxy`; `gcloud compute start-iap-tunnel`; `aws ssm start-session` with a port-forwarding
#: document; `az network bastion tunnel`; `ssh -N -L`).
TUNNELS: dict[str, tuple[tuple[str, ...], ...]] = {
    "kubectl": (("port-forward",),), "oc": (("port-forward",),), "kubecolor": (("port-forward",),),
    "fly": (("proxy",),), "flyctl": (("proxy",),), "tsh": (("proxy",),), "cloud-sql-proxy": ((),),
    "cloud_sql_proxy": ((),), "gcloud": (("compute", "start-iap-tunnel"),), "az": (("network", "bastion", "tunnel"),),
    "aws": (("ssm", "start-session", "--document-name=AWS-StartPortForwardingSession"),
            ("ssm", "start-session", "--document-name=AWS-StartPortForwardingSessionToRemoteHost"),),
}


def tunnel(cmd: Command) -> bool:
    """`cmd` only opens a port of a remote place on this machine (`kubectl port-forward svc/api 8080:80`)."""
    name = _name(cmd.name)
    words = [w.value for w in cmd.argv[1:]]
    if name == "ssh":
        flags = "".join(w[1:] for w in words if w.startswith("-") and not w.startswith("--"))
        return "L" in flags and "N" in flags
    joined = []
    i = 0
    while i < len(words):  # (`--document-name X` read as one word)
        w = words[i]
        if w.startswith("--") and "=" not in w and i + 1 < len(words) and not words[i + 1].startswith("-"):
            joined += [w, f"{w}={words[i + 1]}"]
            i += 2
            continue
        joined.append(w)
        i += 1
    return any(all(p in joined for p in path) for path in TUNNELS.get(name, ()))


def loads(cmd: Command) -> bool:
    """A load generator's run (`k6 run`, `artillery run`, `locust`, `hey URL`)."""
    subs = LOADS.get(_name(cmd.name))
    if subs is None:
        return False
    if not subs:
        return True
    first = next((w for w in cmd.args if not w.startswith("-")), "")
    return first in subs


def places(cmd: Command) -> list[tuple[str, str]]:
    """(the word as written, the name it places the act at) for each place `cmd` chooses in its own words."""
    prog = _name(cmd.name)
    short = SHORT_PLACE_OPTS.get(prog, frozenset())
    words = [w.value if not w.dynamic else "" for w in cmd.argv[1:]]
    out: list[tuple[str, str]] = []
    i = 0
    operands: list[str] = []
    while i < len(words):
        w = words[i]
        name, eq, val = w.partition("=")
        if w.startswith("-") and (name in LONG_PLACE_OPTS or name in short):
            if not eq and name in short and len(name) == 2 and len(w) > 2 and not w.startswith("--"):
                val = w[2:]  # (`-Fconf/stg.conf`, `-bkafka-stg:9092`)
            elif not eq:
                val = words[i + 1] if i + 1 < len(words) else ""
                i += 1
            if val:
                out.append((f"{name} {val}", _place_name(name, val)))
        elif w.startswith("-"):
            pass
        elif w:
            operands.append(w)
        i += 1
    if operands and prog in HOST_FIRST:
        m = _USER_HOST.match(operands[0])
        if m:
            out.append((operands[0], m.group(1)))
    if prog in HOST_COLON:
        out += [(w, w.split(":", 1)[0].rsplit("@", 1)[-1]) for w in operands if ":" in w and "://" not in w]
    for w in words:
        out += [(w, m.group(1)) for m in _URL.finditer(w)]
    if cmd.remote:
        out.append((cmd.remote, cmd.remote.rsplit("@", 1)[-1]))
    if prog in STAGE_OPERANDS:
        out += [(w, w.rsplit("=", 1)[-1]) for w in operands[:4]]
    flags = ENV_FLAGS.get(prog)
    if flags:
        out += [(w, flags[w]) for w in words if w in flags]
    if prog in RUNNERS:
        out += [(t, t) for t in [o for o in operands[:4] if o != "run"][:3] if PLACE_ACTS.search(t)]
    elif PLACE_ACTS.search(prog) and ("/" in cmd.name or prog.endswith((".sh", ".py", ".rb", ".ts", ".js"))):
        out += [(w, w) for w in operands[:3]]  # (`./scripts/deploy.sh staging`, `bin/release prod`)
    return out


def assigned(cmd: Command) -> list[tuple[str, str]]:
    """(NAME=value, the name it places the act at) for each selection the command runs with (`KUBECONFIG=~/.kube/stg`,
    `AWS_PROFILE=staging`, an env file, a checkout: `knowledge.envselect.carry`), build modes (`NODE_ENV`) left out."""
    from automode.knowledge.envselect import selector

    out: list[tuple[str, str]] = []
    for k, w in cmd.assigns[:12]:
        if w.dynamic or not w.value or k in MODE_VARS or not (selector(k) or _TARGET_VAR.search(k)):
            continue
        out.append((f"{k}={w.value}", _place_name("-F" if k.endswith(("FILE", "KUBECONFIG", "DIR")) else "", w.value)))
    return out


#: Variables that set a build or run mode more than a target (as `judge.intent.chosen_target._MODE_VARS`).
MODE_VARS = frozenset({"NODE_ENV", "FLASK_ENV", "BABEL_ENV", "MIX_ENV", "GO_ENV"})
_TARGET_VAR = lazyre.compile(r"(?:^|_)(?:HOST|ENDPOINT|URL|URI|DSN|CONTEXT|PROFILE|CLUSTER|PROJECT|ADDR|BROKERS?|"
                             r"BOOTSTRAP_SERVERS|KUBECONFIG|INVENTORY|NAMESPACE|WORKSPACE|STACK|TARGET)$")


def _place_name(option: str, value: str) -> str:
    """The name a place option's value gives: a file by its base name without extension, a URL by its host, a
    `host:port` list by its hosts."""
    if "://" in value:
        hosts = [m.group(1) for m in _URL.finditer(value)]
        return " ".join(hosts) or value
    if option in FILE_OPTS or "/" in value:
        base = value.rstrip("/").rsplit("/", 1)[-1]
        return base.rsplit(".", 1)[0] if "." in base else base
    return " ".join(part.rsplit("@", 1)[-1].split(":", 1)[0] for part in value.split(","))


#: Environment names in the words of other languages and scripts (the Latin `prod`/`staging`/`dev` are
#: `judge.intent.chosen_target.GROUPS`'): "produção", "на прод", "本番", "스테이징 kafka", "开发环境".
NATIVE_ENV_WORDS: tuple[tuple[str, str], ...] = (
    ("prod", r"produ[çc][ãa]o|producci[óo]n|produzione|produktion|productie|produkcj\w*|produkc[ei]|produksi|"
             r"(?<![а-яё])прод(?:а|е|у|акшн\w*|акшен\w*|уктив\w*)?(?![а-яё])|продакшн\w*|本番|生产|生產|正式环境|프로덕션|"
             r"운영\s*(?:환경|서버|db|클러스터)|üretim|canlı\s+ortam|sản\s*xuất|ייצור|الإنتاج|παραγωγή|"
             # (transliterations, session 28: Persian, Arabic, Hindi/Marathi/Nepali, Bengali, Thai, Hebrew, Greek,
             # Ukrainian, Georgian, Armenian, Urdu)
             r"پروداکشن|برودكشن|प्रोडक्शन|प्रॉडक्शन|प्रोड|প্রোডাকশন|โปรดักชั่?น|โปรด|פרודקשן|"
             r"פרוד|πρόντακ\w*|продакшен\w*|продакшн\w*|პროდაქშენ\w*|պրոդաքշն\w*|پروڈکشن"),
    ("staging", r"스테이징|ステージング|預發|预发|стейдж\w*|стейджинг\w*|preproducci[óo]n|pr[ée]-?produ[çc][ãa]o|"
                r"homologa[çc][ãa]o|homologaci[óo]n|pr[ée]-?prod\w*|"
                r"استیجینگ|استیجنگ|استیج|ستیجینگ|الستيجنج|ستيجنج|ستيجينج|ستيجينغ|بيئة\s+الاختبار\s+المرحلي|"
                r"स्टेजिंग|स्टेज(?:िंग)?|স্টেজিং|สเตจจิ้ง|สเตจจิง|สเตจ|סטייג'?ינג|סטייג'?|στέιτζινγκ|"
                r"стейджинг\w*|стейдж\w*|სტეიჯინგ\w*|ստեյջինգ\w*|اسٹیجنگ|staj(?:ing)?\s+ortam\w*|"
                r"ステージ環境|스테이지|预发布|預發佈|测试环境"),
    ("dev", r"개발\s*(?:환경|서버|db|클러스터)|開発環境|开发环境|開發環境|(?<![а-яё])дев(?![а-яё])|разработк\w*|"
            r"desenvolvimento|desarrollo|d[ée]veloppement|sviluppo|entwicklung\w*|ontwikkel\w*|"
            r"محیط\s+(?:توسعه|دیو)|دیو|بيئة\s+التطوير|डेव|डेवलपमेंट\s+(?:एनवायरनमेंट|सर्वर)|ডেভ|เดฟ|סביבת\s+פיתוח|"
            r"середовищ\w*\s+розробк\w*|geliştirme\s+ortam\w*|môi\s+trường\s+phát\s+triển"),
)
_NATIVE = tuple((g, lazyre.compile("(?i)" + rx)) for g, rx in NATIVE_ENV_WORDS)


def native_groups(messages: tuple[str, ...]) -> frozenset[str]:
    """The environment groups the newest message naming one in another language names."""
    for m in reversed(messages):
        found = frozenset(g for g, rx in _NATIVE if rx.search(m[:4000]))
        if found:
            return found
    return frozenset()
