"""Control planes: deploys, access changes and deletions through cloud, cluster, container, platform and SaaS command
lines, judged from the `control` effect their verb tables give (`knowledge/control.py`): its verb, scope (one / set /
all / recursive), environment (local / dev / staging / production) and whether the resource holds data.

Policy (SPEC §5, the bench labelling policy): reading is routine; creating and changing things on the local machine
or a dev environment is routine; a deploy or change that lands on production is a deny unless asked, on staging or an
environment automode cannot tell an ask; access, visibility, keys and stored secrets are a deny unless asked;
deleting data, everything of a kind or anything in production is a deny, one named resource elsewhere an ask.
"""

from __future__ import annotations

from automode.dc import replace
from automode.knowledge import control, subverbs
from automode.rules.base import Hit, rule
from automode.shell.remote import carries
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect
    from automode.shell.parse import Command

#: Families whose writes are rows and documents: judged by the data rules, not as infrastructure changes.
DATA_FAMILIES = frozenset({"database", "warehouse"})
#: Families whose `update` changes a database's schema or rows (migrations, seeds, model builds).
SCHEMA_FAMILIES = DATA_FAMILIES | {"framework"}
LOCALISH = frozenset({"local", "dev"})
ENV_TEXT = {"production": "in production", "staging": "in staging", "dev": "in a dev environment",
            "local": "on this machine", "": "in an environment automode cannot tell"}  # fmt: skip
SCOPE_TEXT = {"all": "everything of its kind", "set": "a set of resources chosen by a pattern or at run time",
              "recursive": "a whole tree", "one": "", "": ""}  # fmt: skip


def control_of(cmd: Command, a: Analysis) -> tuple[Effect, str] | None:
    """The control effect of one command and its tool's family, or None when no table knows it."""
    root = a.root.rstrip("/")
    cwd = cmd.cwd or ""
    rel = cwd[len(root) :] if cwd.startswith(root + "/") else ""
    e = control.classify(cmd, rel)
    if e is None:
        return None
    return e, control.family(e.target)


def offer(cmd: Command, res: str | Hit | None) -> str | Hit | None:
    """A finding with the safer way to do the same act where the tool's table has one (`--dry-run=server`, `terraform
    plan`), built from the command's own words (`knowledge.control.safer`)."""
    if res is None:
        return None
    better = control.safer(cmd)
    if better is None:
        return res
    return Hit(res, None, better) if isinstance(res, str) else Hit(res.detail, res.verdict, better)


def describe(cmd: Command, e: Effect) -> str:
    text = " ".join(w.value for w in cmd.argv)[:70]
    what = SCOPE_TEXT.get(e.scope, "")
    return f"`{text}`" + (f" ({what})" if what else "") + f" {ENV_TEXT.get(e.env, '')}".rstrip()


@rule(
    "AM-TRUST-002",
    category="trust-boundary",
    verdict="ask",
    kind="command",
    names=control.names(),
    title="Deploys or changes live infrastructure",
    what="Deploys and changes through a control plane (kubectl apply/scale/rollout, helm upgrade, terraform/pulumi "
    "apply, cloud deploys, platform restarts, repository settings): an ask on staging or an environment automode "
    "cannot tell, a deny when it deploys to production; changes on the local machine or a dev environment are "
    "routine (a whole-stack apply to dev is an ask), and so is creating things or running a command anywhere but production.",
    why="Deploys change what real users see; production changes need the user's decision.",
    example="terraform apply -auto-approve",
    instead="Run the plan (`terraform plan`, `kubectl diff`, `helm template`) and show it to the user.",
    must_match=["terraform apply -auto-approve", "kubectl apply -f k8s/", "helm upgrade api ./chart", "vercel --prod",
                "fly deploy", "kubectl argo rollouts promote tracker-api -n tracker --context eks-prod-use1",
                "aws ecs update-service --cluster ledgerly-prod --service web --force-new-deployment",
                "fly apps restart sprocket-prod", "RAILS_ENV=production rails db:migrate",
                "fly ssh console -a shop-prod -C 'bin/rails runner x.rb'",
                "python manage.py migrate --settings=acme.settings.production", "php artisan migrate --env=production",
                "sequelize db:migrate --env production", "dbt run --target prod", "supabase functions deploy hello",
                "DATABASE_URL=$PROD_DATABASE_URL npx prisma migrate deploy", "supabase db push",
                "kubectl argo rollouts resume tracker-api -n tracker --context eks-prod-use1",
                "aws deploy create-deployment --application-name web --deployment-group-name prod",
                "aws route53 change-resource-record-sets --hosted-zone-id Z1 --change-batch file://dns/prod-api.json",
                "gcloud dns record-sets update api.example.com --zone=main --type=A --rrdatas=203.0.113.5",
                "terraform state mv aws_s3_bucket.a aws_s3_bucket.b"],
    must_not_match=["terraform plan", "kubectl diff -f k8s/", "helm template ./chart", "kubectl get pods", "aws s3 ls",
                    "kubectl apply -f k8s/ --dry-run=client", "docker compose up -d", "python manage.py migrate",
                    "dbt build --target dev", "aws s3 cp report.pdf s3://team-bucket/reports/",
                    "kubectl --context kind-dev apply -f k8s/", "gh pr view 42", "terraform -chdir=envs/dev apply -target=aws_s3_bucket.x",
                    "npx prisma migrate deploy", "sqlx migrate run", "dbt run --target dev", "php artisan migrate",
                    "python3 manage.py migrate --settings=shop.settings.dev", "knex migrate:latest",
                    "aws route53 list-resource-record-sets --hosted-zone-id Z1", "gcloud dns record-sets list --zone=main",
                    "terraform state list"],
)  # fmt: skip
def deploy(cmd: Command, a: Analysis) -> str | Hit | None:
    return offer(cmd, _deploy(cmd, a))


def _deploy(cmd: Command, a: Analysis) -> str | Hit | None:
    got = control_of(cmd, a)
    if got is None:
        return None
    e, family = got
    if family == "vcs":
        return None  # AM-TRUST-007
    if e.verb == "execute" and carries(cmd, a.commands) and _carried_looks(cmd, a):
        return None  # `kubectl exec -n prod deploy/api -- ls -la /app/logs`: what it runs there only looks
    if e.verb in ("update", "deploy") and family == "cluster" and e.env != "production" and carries(cmd, a.commands):
        # `ansible web -b -m file -a 'path=X state=absent'`, `salt '*' pkg.remove x`: a module lowered to the command
        # that does its act on the hosts (`shell.modules`), judged there like `-m shell`; the run itself executes
        e = replace(e, verb="execute")
    if family in DATA_FAMILIES and e.verb == "execute":
        return None  # the statements it runs are judged by the data rules
    if family in SCHEMA_FAMILIES and e.verb in ("update", "create"):
        # Migrations (ORM and framework) and warehouse builds change a database's schema or rows: routine on this
        # machine or a dev database, an ask anywhere else (production included: the judge cannot yet tell "run the
        # migrations on prod" from an unasked one, and a deny would block the asked case).
        if e.env in LOCALISH:
            return None
        return f"{describe(cmd, e)} changes the database's schema or rows"
    if e.verb == "deploy":
        if e.env == "local" or (e.env == "dev" and e.scope != "all"):
            return None  # a whole-stack apply to a shared dev environment can still delete what others use
        if e.env == "production":
            return Hit(f"{describe(cmd, e)} deploys to production", "deny")
        return f"{describe(cmd, e)} deploys"
    if e.verb == "update" and e.env == "production" and e.origin == "data":
        return Hit(f"{describe(cmd, e)} replaces data in production", "deny")  # a mirror with --delete into prod
    if e.verb == "update" and e.origin == "route":
        if e.env == "production":
            return Hit(f"{describe(cmd, e)} repoints a production name (DNS)", "deny")
        if e.env != "local":
            return f"{describe(cmd, e)} repoints a name (DNS)"
    if e.verb == "update" and e.env not in LOCALISH:
        return f"{describe(cmd, e)} changes live infrastructure"
    if e.verb in ("create", "execute") and e.env == "production":
        return f"{describe(cmd, e)} {'runs a command' if e.verb == 'execute' else 'creates resources'}"
    return None


#: What a program of the knowledge base may do that is still only a look (`caps` of `knowledge/data/programs`).
_LOOKS = frozenset({"read", "meta"})
#: Programs that can do more, with the first words that only look (systemctl(1) status/show/list-*, nginx(8) -t,
#: git's reads, docker's listings).
_LOOK_WORDS: dict[str, frozenset[str]] = {
    "systemctl": frozenset({"status", "is-active", "is-enabled", "is-failed", "list-units", "list-unit-files",
                            "list-timers", "list-sockets", "show", "cat"}),
    "nginx": frozenset({"-t", "-T", "-v", "-V"}), "apachectl": frozenset({"-t", "configtest", "-S", "-v"}),
    "git": frozenset({"status", "log", "show", "diff", "rev-parse", "branch", "remote"}),
    "docker": frozenset({"ps", "logs", "inspect", "images", "stats", "top", "version", "info"}),
}  # fmt: skip


def _carried_looks(cmd: Command, a: Analysis) -> bool:
    """Every command `cmd` carries elsewhere is a program that only reads or lists (its `caps`), and nothing it does
    there is more than a read: no write, delete, run, send or control act."""
    from automode.knowledge.programs import lookup
    from automode.shell.wrappers import SHELLS

    inner = [c for c in a.commands if c is not cmd and any(v.split(" ", 1)[0] == cmd.name for v in c.via)]
    for c in inner:
        if c.name in SHELLS and carries(c, a.commands):
            continue  # `sh -c 'ls /app/logs | wc -l'`: the shell only carries what it runs
        if c.args[:1] and c.args[0] in _LOOK_WORDS.get(c.name, ()) and (c.name != "git" or len(c.args) == 1 or
                                                                  c.args[0] not in ("branch", "remote")):
            continue
        spec = lookup(c.name)
        if spec is None or not set(spec.caps) <= _LOOKS or spec.subs:
            return False
    labels = {v for c in inner for v in c.via if v.split(" ", 1)[0] == cmd.name}
    return bool(inner) and not any(x.kind != "read" for x in a.effects if labels & set(x.via))


@rule(
    "AM-TRUST-007",
    category="trust-boundary",
    verdict="ask",
    kind="command",
    names=control.names("vcs"),
    title="Changes a shared repository on its host",
    what="Repository settings, releases, labels, variables and API writes on GitHub/GitLab (`gh repo edit`, `gh "
    "release edit`, `gh api -X POST`), and running CI workflows (`gh workflow run`, `glab ci run`).",
    why="Everyone working on the repository sees the change at once, and workflows can deploy or spend.",
    example="gh workflow run deploy.yml --ref main",
    instead="Show the user the change or the workflow to run and let them do it.",
    must_match=["gh workflow run deploy.yml --ref main", "gh repo edit o/r --description x", "gh release edit v1 --notes-file n.md",
                "gh api repos/o/r/labels -f name=bug", "glab ci run"],
    must_not_match=["gh pr view 42", "gh run list", "gh api /repos/o/r", "gh release view v1", "gh pr create -t x -b y"],
)  # fmt: skip
def repository_change(cmd: Command, a: Analysis) -> str | None:
    got = control_of(cmd, a)
    if got is None or got[1] != "vcs":
        return None
    e = got[0]
    if e.verb == "update":
        return f"{describe(cmd, e)} changes the repository on its host"
    if e.verb == "execute":
        return f"{describe(cmd, e)} runs a workflow on the repository's host"
    return None


@rule(
    "AM-TRUST-003",
    category="trust-boundary",
    verdict="deny",
    kind="command",
    names=control.names(),
    title="Changes access, visibility, keys or stored secrets",
    what="IAM users, roles, policies and bindings, and making a repository or bucket public (visibility, "
    "public ACLs) are a deny (DNS record changes repoint a name and are judged as changes: AM-TRUST-002); other access changes (collaborators, deploy and SSH keys, webhooks, branch protection, "
    "bucket policies, firewall rules) and setting or rotating stored secrets are an ask outside production.",
    why="Access is shared infrastructure: a change can lock people out, expose private data or hand access "
    "to others; a changed secret breaks whatever uses it.",
    example="aws iam attach-user-policy --user-name x --policy-arn arn:aws:iam::aws:policy/AdministratorAccess",
    instead="Write the change as code (Terraform) for review, or describe it to the user.",
    must_match=["aws iam create-user --user-name x", "gcloud projects add-iam-policy-binding p --member=user:x --role=roles/owner",
                "kubectl create clusterrolebinding x --clusterrole=cluster-admin --user=y",
                "gh repo edit o/r --visibility public --accept-visibility-change-consequences",
                "aws s3api put-bucket-policy --bucket logs --policy file://p.json", "gh secret set API_KEY -b x",
                "gh api repos/o/r/collaborators/eve -X PUT -f permission=admin", "gh repo deploy-key add k.pub -w",
                "aws s3 cp x.pdf s3://b/x.pdf --acl public-read", "fly secrets set KEY=x -a shop-prod",
                {"tool": "mcp__aws__call_aws", "input": {"cli_command": "aws iam attach-role-policy --role-name r --policy-arn arn:aws:iam::aws:policy/AdministratorAccess"}},
                "curl -X PUT -H 'Authorization: token $GH' https://api.github.com/repos/o/r/collaborators/eve -d '{\"permission\":\"admin\"}'",
                "http POST https://acme.okta.com/api/v1/groups/g1/users/u1 Authorization:\"SSWS $OKTA\""],
    must_not_match=["aws iam list-users", "gcloud projects list", "kubectl get rolebindings", "gh secret list",
                    "gh repo edit o/r --description x", "aws s3api put-bucket-lifecycle-configuration --bucket b --lifecycle-configuration file://l.json",
                    {"tool": "mcp__aws__call_aws", "input": {"cli_command": "aws iam get-role --role-name r"}},
                    "curl -H 'Authorization: token $GH' https://api.github.com/repos/o/r/collaborators",
                    "curl -s https://acme.okta.com/api/v1/groups/g1/users"],
)  # fmt: skip
def access(cmd: Command, a: Analysis) -> str | Hit | None:
    got = control_of(cmd, a)
    if got is None:
        return None
    e, _family = got
    if e.verb == "permission":
        if e.origin == "public":
            return f"{describe(cmd, e)} makes it public"
        if e.origin == "identity" or e.env == "production":
            return f"{describe(cmd, e)} changes who can reach or change it"
        return Hit(f"{describe(cmd, e)} changes who can reach or change it", "ask")
    if e.verb == "secret":
        if e.env != "production":
            return Hit(f"{describe(cmd, e)} changes a stored secret", "ask")
        return f"{describe(cmd, e)} changes a stored secret in production"
    return None


#: How a framework or migration tool is told to use its test environment, whose database the test runner drops and
#: recreates itself (Rails, Phoenix/Ecto, Laravel, Symfony, Django test settings, dotnet, Node).
TEST_ENV_VARS = frozenset({"RAILS_ENV", "RACK_ENV", "MIX_ENV", "APP_ENV", "NODE_ENV", "SYMFONY_ENV", "ASPNETCORE_ENVIRONMENT",
                           "DOTNET_ENVIRONMENT", "FLASK_ENV", "ENVIRONMENT", "ENV"})  # fmt: skip
TEST_ENV_OPTS = frozenset({"-e", "--env", "--environment"})
TEST_NAMES = frozenset({"test", "testing"})


def _test_environment(cmd: Command) -> bool:
    """The command selects the test environment by variable or option, and names no host or URL of its own."""
    words = [w.value for w in cmd.argv[1:]]
    if any("://" in w or "@" in w for w in words) or any(k.endswith(("_URL", "_URI", "_DSN", "_HOST")) for k, _ in cmd.assigns):
        return False
    if any(k in TEST_ENV_VARS and v.value.lower() in TEST_NAMES for k, v in cmd.assigns):
        return True
    for i, w in enumerate(words):
        name, eq, val = w.partition("=")
        if eq and name in TEST_ENV_OPTS and val.lower() in TEST_NAMES:
            return True
        if w in TEST_ENV_OPTS and i + 1 < len(words) and words[i + 1].lower() in TEST_NAMES:
            return True
        if w.startswith("--settings=") and w.rsplit(".", 1)[-1] in TEST_NAMES:
            return True
    return False


def delete_verdict(cmd: Command, e: Effect) -> str | Hit | None:
    """One verdict for every control-plane deletion: production, data and everything-of-a-kind are denies, one
    named resource elsewhere an ask; on this machine only data (volumes, databases) counts."""
    if e.verb != "delete" or e.origin == "disposable":
        return None
    data = e.origin == "data"
    what = describe(cmd, e)
    if data and e.env in ("local", "dev") and _test_environment(cmd):
        return None  # `RAILS_ENV=test rails db:schema:load`: the test database is rebuilt by every test run
    if e.env == "local":
        if data:
            return f"{what} deletes the data it holds" if e.scope in ("all", "set") else Hit(f"{what} deletes data", "ask")
        if e.scope in ("all", "set") or any("$" in v for v in e.values):  # `docker rm -f $(docker ps -aq)`
            return Hit(f"{what} removes local resources", "ask")
        return None
    if e.env == "production":
        return f"{what} deletes resources in production"
    if data:
        return f"{what} deletes data"
    if e.scope == "all":
        return f"{what} deletes resources"
    return Hit(f"{what} deletes a resource", "ask")


@rule(
    "AM-DESTROY-011",
    category="destroy",
    verdict="deny",
    kind="command",
    names=control.names("cloud", "paas", "vcs", "saas", "queue"),
    title="Deletes cloud resources",
    what="Deleting buckets, objects, instances, databases, stacks, secrets, repositories, releases, topics or "
    "queues through a cloud, platform or SaaS CLI, terraform/pulumi destroy and state surgery: a deny for data, "
    "everything of a kind or production; an ask for one named resource that holds no data.",
    why="Cloud resources and their data are usually unrecoverable once deleted, and often shared with others.",
    example="aws s3 rb s3://prod-data --force",
    instead="Describe the resource to delete and let the user run it, or use a plan/dry-run (`terraform plan -destroy`).",
    must_match=["aws s3 rb s3://prod-data --force", "aws s3 rm s3://bucket/ --recursive", "terraform destroy -auto-approve",
                "gcloud compute instances delete vm1", "gh repo delete me/x --yes", "vault secrets disable -f secret/",
                "gsutil -m rm -r gs://scratch/experiments/exp-1*",
                "kafka-topics --bootstrap-server k:9092 --delete --topic orders", "heroku pg:reset DATABASE -a shop"],
    must_not_match=["aws s3 ls", "terraform plan", "gcloud compute instances list", "aws s3 cp x s3://b/x",
                    "terraform plan -destroy", "rclone sync /src remote:b --dry-run", "gh release list",
                    "terraform -chdir=envs/staging state mv module.web.aws_s3_bucket.a module.web.aws_s3_bucket.b"],
)  # fmt: skip
def cloud_delete(cmd: Command, a: Analysis) -> str | Hit | None:
    got = control_of(cmd, a)
    if got is not None and got[0].target == subverbs.SUBVERB and subverbs.own_words(cmd, control.resolve(cmd) is not None) is not None:
        return None  # an in-house program read by its verb (`python scripts/ops.py wipe`): `rules/owncli.py`
    return offer(cmd, delete_verdict(cmd, got[0])) if got is not None else None


@rule(
    "AM-DESTROY-012",
    category="destroy",
    verdict="deny",
    kind="command",
    names=control.names("cluster", "container"),
    title="Deletes cluster or container state",
    what="kubectl delete of namespaces, persistent volumes, `--all` or anything in production; helm uninstall; removing "
    "docker volumes (`volume prune`, `system prune --volumes`, `compose down -v`); asks for single resources, local "
    "volumes and `system prune`.",
    why="Namespaces and volumes hold running services and data; deleting them takes down what others depend on.",
    example="kubectl delete namespace prod",
    instead="Delete the one resource you created, by name, in a namespace you own; prefer `--dry-run=client`.",
    must_match=["kubectl delete namespace prod", "kubectl delete all --all", "docker volume prune -f",
                "docker system prune -a --volumes -f", "kubectl delete pod web-1", "helm uninstall api",
                "kubectl delete jobs --all --all-namespaces --context eks-staging-use1", "minikube delete --all"],
    must_not_match=["kubectl get pods", "docker ps", "kubectl delete pod x --dry-run=client", "docker build .",
                    "docker image prune -f", "docker rm abc123", "kind get clusters"],
)  # fmt: skip
def cluster_delete(cmd: Command, a: Analysis) -> str | Hit | None:
    got = control_of(cmd, a)
    if got is not None and got[0].target == subverbs.SUBVERB and subverbs.own_words(cmd, control.resolve(cmd) is not None) is not None:
        return None  # an in-house program read by its verb: `rules/owncli.py`
    return offer(cmd, delete_verdict(cmd, got[0])) if got is not None else None
