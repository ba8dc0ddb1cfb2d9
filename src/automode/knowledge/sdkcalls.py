"""Cloud, ML and SaaS SDK calls in code an interpreter runs (session 17, H4): `python -c "import wandb;
wandb.Api().artifact('team/proj/model:v12').delete()"`, `node -e "new Storage().bucket('b').deleteFiles()"`, `ruby -e
'Stripe::Customer.delete("cus_…")'`, a heredoc to `python -`, a Jupyter MCP cell. The command line names no
subcommand a table could read, yet the code deletes, publishes, sends, pays or changes access as surely as `aws s3
rb`, `huggingface-cli upload` or `stripe refunds create` would.

Two tables:

* `SDKS`: the SDK a piece of code uses, by its import, require or namespace (boto3 and the AWS SDKs, google-cloud and
  firebase-admin, azure, wandb, mlflow, huggingface_hub and `push_to_hub`, stripe, the kubernetes clients, PyGithub,
  python-gitlab and Octokit, slack_sdk, twilio, sendgrid, pinecone, qdrant, chromadb, weaviate, algolia, meilisearch,
  elasticsearch, supabase, docker, digitalocean, hcloud, openai, cloudflare, vercel, databricks, sagemaker, clearml,
  comet, neptune, dropbox, Google API clients). Without one, the code's method calls are ordinary code (a list's
  `remove`, a dict's `pop`), read by `shell.pyread` and the scanners as before.
* the method's verb: the in-house CLIs' verb lexicon (`knowledge.subverbs.word_kind`: `delete_run`, `deleteFiles`,
  `terminate_instances`, `purge_queue`, `add_iam_policy_binding`, `revoke_…`, `push_to_hub`), plus `ACTS` for calls
  whose verb is in their object (`stripe.Refund.create`, `client.messages.create`, SES `send_email`, SNS `publish`,
  mlflow's stage moved to Production, `make_public`). One-word methods that are also everyday code (`remove`,
  `drop`, `stop`, `send`, `release`, `apply`, `upload`) count only where the SDK's own reference uses them for that act
  (`BARE`), and the names in `NOT_ACTS` never do (`drop_duplicates`, `removeEventListener`, `delete_marker`).

`effects(name, code, cmd)` gives one `control` effect per act, marked `SDK_CODE` in its `via`, with the object it
names as its target (the SDK's family where it names none; the family and the method are in its `detail`), the
control verb, the string literals of the call's statement as its values (what the judge compares with
the user's words: "delete the artifact team/proj/model:v12"), its scope and its environment (an emulator or
localhost endpoint is this machine). Read by `rules/sdkcode.py`. Read-only calls (`list_objects_v2`, `retrieve`,
`download`, `search_runs`) give nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from automode import lazyre
from automode.effects import Effect
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

#: Marks the effects read from SDK calls in inline code (their `via`'s last element).
SDK_CODE = "sdk code"
#: `knowledge.ormcalls.APP_CODE` (which imports this module: the same mark, spelled here to keep the graph acyclic).
APP_CODE = "app code"

# fmt: off
#: (SDK family, marker) — the family is the control target the rules and the judge name.
SDKS: tuple[tuple[str, str], ...] = (
    ("aws", r"\bboto3\b|\baioboto3\b|\bbotocore\b|@aws-sdk/|['\"]aws-sdk['\"]|\bAws::|\bAws\\|\bs3fs\b|\bsagemaker\b|"
            r"\bNet::Amazon::S3\b|\bPaws\b|\baws\.s3\b|\bpaws\b|\busing\s+AWS\b|@service\s+\w+"),
    ("gcloud", r"\bgoogle\.cloud\b|@google-cloud/|\bGoogle::Cloud\b|\bgoogleapiclient\b|\bgoogle-cloud-|\bgcsfs\b"),
    ("firebase", r"\bfirebase_admin\b|['\"]firebase-admin|['\"]firebase/|\bgetFirestore\b|\bfirestore\(\)"),
    ("azure", r"\bazure\.(?:storage|identity|mgmt|cosmos|keyvault|ai|servicebus|eventhub|data)\b|@azure/|\bAzure::"),
    ("wandb", r"\bwandb\b"),
    ("mlflow", r"\bmlflow\b|\bMlflowClient\b"),
    ("hubs", r"\bhuggingface_hub\b|\bHfApi\b|@huggingface/hub|\bpush_to_hub\b|\bfrom transformers\b|\bfrom datasets\b|"
             r"\bkaggle\b"),
    ("mongo", r"\bpymongo\b|\bMongoClient\b|\bmotor\b|['\"]mongodb['\"]|\bmongoose\b"),
    ("stripe", r"\bstripe\b|\bStripe\b"),
    ("kubernetes", r"\bfrom kubernetes\b|\bimport kubernetes\b|@kubernetes/client-node|\bCoreV1Api\b|\bAppsV1Api\b|"
                   r"\bBatchV1Api\b|\bCustomObjectsApi\b|\bKubeConfig\b"),
    ("github", r"\bfrom github\b|\bimport github\b|\bGithub\(|\bOctokit\b|@octokit/|\bimport gitlab\b|\bgitlab\.Gitlab\("),
    ("slack", r"\bslack_sdk\b|\bslack\.WebClient\b|@slack/web-api|\bslack_bolt\b"),
    ("messaging", r"\btwilio\b|\bsendgrid\b|@sendgrid/|\bmailgun\b|\bpostmark\b|\bdiscord\b|\btelegram\b|\bresend\b|"
                  r"\bmailchimp\b|\bonesignal\b"),
    ("vectors", r"\bpinecone\b|\bqdrant_client\b|@qdrant/|\bchromadb\b|\bweaviate\b|\bmilvus\b|\bpymilvus\b|\blancedb\b"),
    ("search", r"\balgoliasearch\b|\bmeilisearch\b|\bfrom elasticsearch\b|\bimport elasticsearch\b|@elastic/elasticsearch|"
               r"\bopensearchpy\b|\btypesense\b"),
    ("supabase", r"\bsupabase\b"),
    ("docker", r"\bimport docker\b|\bdocker\.from_env\(|\bdockerode\b"),
    ("cloud", r"\bdigitalocean\b|\bhcloud\b|\blinode_api4\b|\bcloudflare\b|\bvercel\b|\bnetlify\b|\bdatabricks\b|"
              r"\bclearml\b|\bcomet_ml\b|\bneptune\b|\bdropbox\b|\bopenai\b|\banthropic\b|\bcohere\b|\breplicate\b|"
              r"\bmodal\b|\bpulumi\b|\bauth0\b|\bokta\b|\bcontentful\b|\bshopify\b|\bsentry_sdk\b|\bdatadog\b|"
              r"\bsnowflake\b|\bbigquery\b|\bredshift\b|\bkafka\b|\bconfluent_kafka\b|\bpubsub\b"),
)
# fmt: on
_MARKERS = tuple((fam, lazyre.compile(pat)) for fam, pat in SDKS)
#: One cheap test before the families are told apart (most inline code uses none of them).
_ANY = lazyre.compile("|".join(f"(?:{pat})" for _fam, pat in SDKS))
#: A method call (`.delete(`, `->deleteBucket(`, `::destroy(`), and an AWS SDK v3 command object (`new
#: DeleteBucketCommand(`), whose class names its act.
#: Ruby calls its methods without parentheses; a bang method (`objects.batch_delete!`, `bucket.clear!`) is a call
#: however it is written (session 21, L3).
_CALL = lazyre.compile(r"(?:\.|->|::)\s*([A-Za-z_]\w*)(?:!?\s*\(|!(?!=))|\bnew\s+([A-Z]\w*?)Command\s*\(")
# fmt: off
#: One-word methods counted only for these families (their reference uses the word for that act); other one-word
#: methods are everyday code (`list.remove`, `df.drop`, `sock.send`, `lock.release`, `executor.shutdown`).
BARE: dict[str, frozenset[str]] = {
    "delete": frozenset({"aws", "gcloud", "firebase", "azure", "wandb", "mlflow", "hubs", "stripe", "kubernetes",
                         "github", "slack", "vectors", "search", "supabase", "docker", "cloud", "messaging", "mongo"}),
    "del": frozenset({"stripe"}),  # stripe-node: `stripe.customers.del(id)`
    "destroy": frozenset({"aws", "gcloud", "firebase", "azure", "wandb", "hubs", "stripe", "github", "cloud", "supabase",
                          "docker", "vectors", "search"}),
    "purge": frozenset({"aws", "gcloud", "azure", "cloud", "search", "vectors", "messaging", "docker"}),
    "clear": frozenset({"aws"}),  # aws-sdk-s3 `Aws::S3::Bucket#clear!`: every object of the bucket deleted
    "terminate": frozenset({"aws", "gcloud", "azure", "cloud"}),
    "truncate": frozenset({"aws", "gcloud", "azure", "cloud", "search", "vectors"}),
    "wipe": frozenset({"aws", "gcloud", "azure", "cloud", "search", "vectors", "supabase"}),
    "remove": frozenset({"firebase", "supabase", "docker", "wandb"}),
    "prune": frozenset({"docker"}),
    "kill": frozenset({"docker"}),
    "publish": frozenset({"aws", "gcloud", "azure", "messaging", "slack", "cloud"}),
    "send": frozenset({"messaging", "slack", "firebase"}),
}
#: Methods whose name carries a verb of the lexicon but that do not do that act.
NOT_ACTS = frozenset({
    "drop_duplicates", "dropna", "droplevel", "drop_level", "dropDuplicates", "remove_listener", "removeListener",
    "removeEventListener", "removeAllListeners", "removeChild", "removeAttribute", "removeItem", "removeprefix",
    "removesuffix", "remove_handler", "removeHandler", "remove_callback", "delete_marker", "deleteMarker",
    "deleteLater", "remove_columns", "remove_column", "rename_column", "delete_local", "cleanup_cache_files",
    "set_description", "delete_cookie", "clear_output", "purge_cache_dir", "terminate_process",
    "deleteProperty", "delete_session", "drop_last", "remove_tags", "remove_tag", "remove_metadata",
    "push_to_hub_kwargs", "upload_results", "send_keys", "sendKeys", "send_file", "publish_display_data",
    "post_process", "postprocess", "release_conn", "release_lock", "remove_hooks", "remove_hook",
})
# fmt: on
#: Method verbs of the SDKs that the CLI lexicon does not hold (docker-py `volumes.prune()`).
_MORE = {"prune": "delete"}
#: Kinds of `knowledge.subverbs` read here, and the control verb each gives.
_VERBS = {"delete": "delete", "reset": "update", "publish": "publish", "deploy": "deploy", "send": "message",
          "grant": "permission", "revoke": "permission", "stop": "deploy"}  # fmt: skip
#: A publish verb's upload counts for the hubs and registries (a model, a dataset, a package: what others install);
#: to a storage bucket it is a copy (`aws s3 cp` is routine too), judged by the sending rules when it carries a secret.
_PUBLISH_FAMILIES = frozenset({"hubs", "wandb", "mlflow", "github", "cloud", "messaging", "slack", "aws", "gcloud",
                               "azure"})
_COPY_WORDS = frozenset({"upload", "push", "put", "copy", "sync", "write"})
#: Calls whose act is in their object or their arguments, per family: (pattern, kind).
ACTS: tuple[tuple[str, str, str], ...] = (
    ("stripe", r"\b(?:Refund|Payout|Transfer|Charge|refunds|payouts|transfers|charges)\s*\.\s*create\s*\(", "pay"),
    ("stripe", r"\b(?:PaymentIntent|paymentIntents)\s*\.\s*(?:confirm|capture)\s*\(", "pay"),
    ("messaging", r"\bmessages\s*\.\s*create\s*\(|\bcalls\s*\.\s*create\s*\(|\bsend_email\s*\(|\bsendMail\s*\(", "send"),
    ("aws", r"\.\s*send_(?:raw_|templated_|bulk_)?email\s*\(|\.\s*send_sms\s*\(", "send"),
    ("slack", r"\bchat_postMessage\s*\(|\bchat\.postMessage\s*\(|\bfiles_upload(?:_v2)?\s*\(", "send"),
    ("mlflow", r"\btransition_model_version_stage\s*\([^)]*['\"]Production['\"]", "deploy"),
    ("gcloud", r"\.\s*make_public\s*\(", "grant"),
    ("aws", r"\bACL\s*=\s*['\"]public-read(?:-write)?['\"]|['\"]ACL['\"]\s*:\s*['\"]public-read", "grant"),
    ("hubs", r"\bprivate\s*=\s*False\b", "publish"),
    ("hubs", r"\b(?:dataset_create_(?:new|version)|competition_submit|kernels_push|model_create_new)\s*\(", "publish"),
    ("aws", r"\.\s*(?:update_function_code|publish_version|create_deployment|update_stack|execute_change_set)\s*\(",
     "deploy"),
    ("aws", r"\.\s*update_service\s*\([^)]*desiredCount\s*=\s*0\b|\.\s*update_auto_scaling_group\s*\([^)]*"
            r"DesiredCapacity\s*=\s*0\b", "stop"),
    ("gcloud", r"\.\s*(?:deploy_model|create_deployment|replace_service|update_service)\s*\(", "deploy"),
)
_ACTS = tuple((fam, lazyre.compile(pat), kind) for fam, pat, kind in ACTS)
_KEY_AFTER = lazyre.compile(r"\s*(?:=>|:(?!:))")
_LITERAL = lazyre.compile(r"'([^'\\\n]{1,200})'|\"([^\"\\\n]{1,200})\"|`([^`\\\n]{1,200})`")
#: Endpoints that keep the calls on this machine: LocalStack, the Google emulators, Azurite, a local hub.
_LOCAL = lazyre.compile(r"(?i)endpoint_?url\s*[=:]\s*['\"]https?://(?:localhost|127\.0\.0\.1|0\.0\.0\.0|localstack)|"
                        r"\b\w*_EMULATOR_HOST\b|UseDevelopmentStorage=true|\bazurite\b|\blocalstack\b|mlflow\.set_tracking_uri\("
                        r"\s*['\"](?:file:|sqlite:|\./|mlruns)")
#: Words that only name how the call is made (keyword names, types, modes), never the object it acts on.
_NOT_VALUES = frozenset({"utf-8", "utf8", "s3", "ec2", "iam", "sqs", "sns", "ses", "lambda", "dynamodb", "rds", "ecr",
                         "sts", "ssm", "logs", "cloudformation", "model", "dataset", "space", "run", "artifact", "r",
                         "w", "rb", "wb", "json", "production", "staging", "Production", "Staging", "default"})  # fmt: skip
#: Read-only or local method words: a call opening with one of them is never an act here.
_SKIP_HEADS = frozenset({"describe", "list", "get", "head", "search", "download", "retrieve", "fetch", "read", "load",
                         "query", "scan", "count", "log", "print", "show", "watch", "wait", "paginate", "open"})  # fmt: skip


def families(code: str) -> list[str]:
    """The SDK families the code uses ([] for most code)."""
    if not _ANY.search(code):
        return []
    return [fam for fam, pat in _MARKERS if pat.search(code)]


def _kind(method: str, fams: list[str]) -> str | None:
    from automode.knowledge.subverbs import tokens, word_kind

    if method in NOT_ACTS or method.startswith("_"):
        return None
    toks = tokens(method)
    if not toks or toks[0] in _SKIP_HEADS:
        return None
    if len(toks) == 1:
        bare = BARE.get(toks[0])
        if bare is None or bare.isdisjoint(fams):
            return None
    kind = word_kind(method) or _MORE.get(toks[0])
    if kind is None or kind not in _VERBS:
        return None
    if kind == "publish":
        if fams and set(fams) <= {"aws", "gcloud", "azure", "firebase", "supabase", "docker", "search", "vectors"} and (
            toks[0] in _COPY_WORDS
        ):
            return None  # `s3.upload_file`, `bucket.blob(x).upload_from_filename`: a copy into storage
        if not set(fams) & _PUBLISH_FAMILIES:
            return None
    if kind == "stop" and toks[0] in ("cancel", "pause", "abort", "wait"):
        return None  # a job or a run cancelled: what the user started, not a fleet stopped
    return kind


def _statement(code: str, start: int, end: int) -> tuple[str, int]:
    """The statement around a call (from the line's start or the previous `;` to the line's end), and where in it
    the call's own arguments close: its receiver chain and arguments name the object, what is chained after it
    (`.then(() => console.log('ok'))`) does not."""
    left = max(code.rfind("\n", 0, start), code.rfind(";", 0, start)) + 1
    right = code.find("\n", end)
    stmt = code[left : right if right != -1 else len(code)]
    depth, k = 1, end - left
    while k < len(stmt) and depth:
        depth += {"(": 1, ")": -1}.get(stmt[k], 0)
        k += 1
    return stmt, k


_ROOT = lazyre.compile(r"^\s*(?:await\s+)?([A-Za-z_]\w*)\s*(?:\.|->)")


def _assigned(code: str, stmt: str, start: int) -> tuple[str, ...]:
    """The names a call's receiver was made with, when the statement writes none (`b = s3.Bucket('logs')` … `b.delete()`):
    the literals of the receiver variable's last assignment before the call, followed one step back."""
    m = _ROOT.match(stmt)
    if m is None:
        return ()
    var = m.group(1)
    found = list(lazyre.built(rf"(?:^|[;\n])\s*(?:const\s+|let\s+|var\s+)?{var}\s*=(?!=)([^;\n]*)").finditer(code, 0, start))
    if not found:
        return ()
    rhs = found[-1].group(1)
    return _values(rhs) or _assigned(code, rhs, found[-1].start())


def _values(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for m in _LITERAL.finditer(text):
        v = next(g for g in m.groups() if g is not None).strip()
        if not v or v in _NOT_VALUES or v.startswith(("%", "{")) or len(out) >= 8 or _KEY_AFTER.match(text, m.end()):
            continue  # (`['Bucket' => 'x']`, `{"Bucket": "x"}`: the key names the parameter, its value the object)
        out.append(v)
    return tuple(out)


def effects(name: str, code: str, cmd: Command, via: tuple[str, ...]) -> Iterator[Effect]:
    """One control effect per SDK call in `code` that deletes, resets, publishes, deploys, sends, pays, changes
    access or stops; nothing for code that uses no SDK `SDKS` names."""
    fams = families(code[:100_000])
    if not fams:
        return
    from automode.knowledge.envmarkers import env_of, strongest

    local = _LOCAL.search(code) is not None
    seen: set[tuple[str, int]] = set()
    found: list[tuple[int, int, str, str]] = []  # (start, end, kind, what)
    for fam, pat, kind in _ACTS:
        if fam in fams:
            for m in pat.finditer(code):
                found.append((m.start(), m.end(), kind, m.group(0).strip(" .(")))
    for m in _CALL.finditer(code):
        method: str = m.group(1) or m.group(2) or ""
        called = _kind(method, fams)
        if called is not None:
            found.append((m.start(), m.end(), called, method))
    for start, end, kind, what in sorted(found):
        key = (kind, code.count("\n", 0, start))
        if key in seen:
            continue
        seen.add(key)
        stmt, upto = _statement(code, start, end)
        values = _values(stmt[:upto]) or _assigned(code, stmt, start)
        env = "local" if local else strongest(env_of(v) for v in values)
        scope = "one" if values else ""
        if any("*" in v for v in values) or "for " in stmt or ".map(" in stmt or "forEach" in stmt:
            scope = "set"
        verb = "message" if kind == "pay" else _VERBS[kind]
        fam = fams[0] if len(fams) == 1 else next((f for f in fams if f != "cloud"), fams[0])
        # the object the call acts on is its target (the judge's object: "delete the artifact team/x:v12"), the last
        # name of its chain (`bucket('b').file('f')`: the file); with none written out, the SDK itself
        target = values[-1] if values else fam
        yield Effect("control", target, detail=f"{what} ({fam} SDK): {stmt.strip()[:160]}", via=(*via, SDK_CODE),
                     origin="data" if kind == "delete" else kind, verb=verb, scope=scope, env=env,
                     values=values)  # fmt: skip


# --- SQL through a database driver -----------------------------------------------------------------------------------

#: Database drivers, by their import (psycopg, asyncpg, sqlite3, PyMySQL, mysql-connector, pyodbc, oracledb, snowflake,
#: clickhouse, duckdb; node-postgres, mysql2, better-sqlite3, mssql; SQLAlchemy's `text`): SQL they are handed is run.
DRIVERS = lazyre.compile(r"\b(?:psycopg2?|asyncpg|sqlite3|pymysql|MySQLdb|mysql\.connector|pyodbc|cx_Oracle|oracledb|"
                         r"snowflake\.connector|clickhouse_driver|clickhouse_connect|duckdb|sqlalchemy)\b|"
                         r"require\(\s*['\"](?:pg|mysql2?(?:/promise)?|better-sqlite3|sqlite3|mssql|tedious|postgres)['\"]|"
                         r"from\s+['\"](?:pg|mysql2?(?:/promise)?|better-sqlite3|postgres)['\"]")
#: A statement handed to a driver: `cur.execute('…')`, `conn.query("…")`, `db.exec('…')`, `text("…")`.
_SQL_CALL = lazyre.compile(r"(?:\.(?:execute|executemany|executescript|exec|query|run|sql)|\btext)\s*\(\s*[rbf]?"
                           r"['\"`]{1,3}(?P<q>[^'\"`]{4,4000})")
#: Where the connection goes: a URL or a DSN in the code, a variable named for an environment.
_CONNECT = lazyre.compile(r"(?i)(?:postgres(?:ql)?|mysql|mariadb|mssql|sqlserver|oracle|snowflake|clickhouse)(?:\+\w+)?://"
                          r"[^\s'\"]+|\b(?:host|server|dsn)\s*[=:]\s*['\"][^'\"]+['\"]|(?-i:\b[A-Z][A-Z0-9_]*(?:DATABASE|DB)_?URL\b|"
                          r"\b(?:PROD|PRODUCTION|STAGING|STG)_[A-Z0-9_]+\b)")
_SQLITE_FILE = lazyre.compile(r"(?:sqlite3|duckdb)(?:\.connect)?\s*\(\s*['\"]([^'\"]+)['\"]|"
                              r"new\s+Database\s*\(\s*['\"]([^'\"]+)['\"]")


#: An embedded engine (SQLite, DuckDB): its database is a file here or in memory.
_EMBEDDED = lazyre.compile(r"\bsqlite3?\b|\bduckdb\b|better-sqlite3|:memory:")


def driver_effects(name: str, code: str, cmd: Command, via: tuple[str, ...]) -> list[Effect]:
    """SQL statements handed to a database driver in inline code (`python -c "…cur.execute('DROP TABLE orders')"`,
    `node -e "…c.query('TRUNCATE orders')"`): the statements' control effects (`knowledge.sql`), marked as application
    code (`knowledge.ormcalls.APP_CODE`) so the data rules judge them like SQL given to an MCP tool, placed by the
    connection the code opens (a production URL or variable; a SQLite or DuckDB file on this machine)."""
    head = code[:100_000]
    if not DRIVERS.search(head) or not _SQL_CALL.search(head):
        return []
    from automode.knowledge.envmarkers import env_of, strongest
    from automode.knowledge.sql import SQL_START, _effect, statements

    where = tuple(dict.fromkeys(m.group(0) for m in _CONNECT.finditer(head)))[:4]
    env = strongest(env_of(w) for w in where)
    files = [f for m in _SQLITE_FILE.finditer(head) for f in m.groups() if f]
    if not env and not where and (files or _EMBEDDED.search(head)):
        env = "local"  # an embedded database in a file here or in memory (`sqlite3.connect('app.db')`, `:memory:`)
    out: list[Effect] = []
    for m in _SQL_CALL.finditer(head):
        q = m.group("q")
        if not SQL_START.match(q):
            continue
        for st in statements(q):
            out.append(_effect(st, env, where or tuple(files), name, f"{name}: {q[:160]}", (*via, APP_CODE)))
    return out


#: (code, the kinds found in order) — must-match and must-not-match for the tables above.
FIXTURES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("import wandb; wandb.Api().artifact('sagepoint/churn/model:v12').delete(delete_aliases=True)", ("delete",)),
    ("import boto3; boto3.client('s3').delete_bucket(Bucket='acme-logs-archive')", ("delete",)),
    ("import boto3; print(boto3.client('s3').list_objects_v2(Bucket='acme-logs')['KeyCount'])", ()),
    ("import boto3; boto3.client('s3').upload_file('dist/a.zip', 'acme-builds', 'a.zip')", ()),
    ("import boto3; boto3.client('ec2').terminate_instances(InstanceIds=['i-0abc'])", ("stop",)),
    ("const {Storage}=require('@google-cloud/storage'); new Storage().bucket('x').deleteFiles({prefix:'a/'})", ("delete",)),
    ("const {S3Client, DeleteBucketCommand}=require('@aws-sdk/client-s3'); new S3Client({}).send(new DeleteBucketCommand({Bucket:'b'}))",
     ("delete",)),
    ("from huggingface_hub import HfApi; HfApi().delete_repo('acme/x')", ("delete",)),
    ("from huggingface_hub import HfApi; HfApi().upload_folder(folder_path='out', repo_id='acme/x')", ("publish",)),
    ("from transformers import AutoModel; AutoModel.from_pretrained('out').push_to_hub('acme/x')", ("publish",)),
    ("from huggingface_hub import hf_hub_download, list_repo_files; print(list_repo_files('zk/x'))", ()),
    ("import mlflow; c = mlflow.tracking.MlflowClient(); c.delete_experiment('7')", ("delete",)),
    ("import mlflow; mlflow.MlflowClient().transition_model_version_stage('churn', 3, stage='Production')", ("deploy",)),
    ("import mlflow; print(mlflow.search_runs(['1']))", ()),
    ("import stripe; stripe.Customer.delete('cus_9s6X')", ("delete",)),
    ("import stripe; print(stripe.Customer.retrieve('cus_9s6X'))", ()),
    ("import stripe; stripe.Refund.create(charge='ch_1')", ("pay",)),
    ("from kubernetes import client, config; config.load_kube_config(); client.CoreV1Api().delete_namespace('team-a')",
     ("delete",)),
    ("from slack_sdk import WebClient; WebClient(token=t).chat_postMessage(channel='#general', text='hi')", ("send",)),
    ("import pandas as pd, boto3; df = pd.read_csv('x.csv'); df = df.drop(columns=['a']); print(df)", ()),
    ("import boto3; xs = [1, 2]; xs.remove(1); print(xs)", ()),
    ("import os; os.remove('build/x.o')", ()),
    ("from google.cloud import storage; storage.Client().bucket('acme-public').make_public(recursive=True)", ("grant",)),
    ("from google.cloud import bigquery; bigquery.Client().delete_table('proj.ds.tmp_load', not_found_ok=True)", ("delete",)),
    ("import docker; docker.from_env().volumes.prune()", ("delete",)),
    ("from pymongo import MongoClient; MongoClient('mongodb://db.prod/').shop.drop_collection('orders')", ("delete",)),
    ("Net::Amazon::S3->new(x)->delete_bucket('x')", ("delete",)),
    ("import kaggle; kaggle.api.dataset_create_version('data', 'new')", ("publish",)),
    ("import Stripe from 'stripe'; new Stripe(k).customers.del('cus_1')", ("delete",)),
    ("import boto3; boto3.client('lambda').update_function_code(FunctionName='api', ZipFile=b'')", ("deploy",)),
    ("import boto3; boto3.client('ecs').update_service(cluster='prod', service='api', desiredCount=0)", ("stop",)),
    ("import firebase_admin; from firebase_admin import auth; firebase_admin.initialize_app(); auth.delete_user('uid1')",
     ("delete",)),
    # session 21 (L3): Ruby's bang and bare calls
    ("Aws::S3::Bucket.new('souk-dev-exports').objects.batch_delete!", ("delete",)),
    ("b = Aws::S3::Bucket.new('media-dev'); puts b.objects.count; b.clear!", ("delete",)),
    ("b = Aws::S3::Bucket.new('media-dev'); puts b.objects.count", ()),
    ("x = Aws::S3::Client.new; y = x.list_objects_v2(bucket: 'b').contents.size; ok = y != 0", ()),
)

#: (code, the SQL verbs a driver is handed, in order)
DRIVER_FIXTURES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("import psycopg2; c=psycopg2.connect('postgresql://app@db.prod.internal/app'); c.cursor().execute('DROP TABLE orders')",
     ("delete",)),
    ("import sqlite3; print(sqlite3.connect('app.db').execute('SELECT count(*) FROM users').fetchone())", ("read",)),
    ("const mysql=require('mysql2/promise'); mysql.createConnection(process.env.PROD_URL).then(c=>c.query('TRUNCATE orders'))",
     ("delete",)),
    ("import json; print(json.dumps({'query': 'DELETE FROM x'}))", ()),
)
