"""Where a deploy or change lands when no option says (session 12, C3): the target options of deploy and
control-plane CLIs, and what the tool does without them.

Two kinds of option select where a command lands:

* **within one app** (`SLOT`): the option picks a slot, stage or environment of the same app, and leaving it out
  lands on a known one, often production: `az webapp deploy` without `--slot` deploys to the production slot
  (learn.microsoft.com/cli/azure/webapp: "--slot: the name of the slot; default to the productions slot if not
  specified"), `az webapp deployment slot swap --slot staging` swaps into `--target-slot` (default production),
  `func azure functionapp publish` without `--slot`, `wrangler deploy` without `--env` (the top-level worker),
  `kamal deploy` without `-d` (config/deploy.yml), `vercel --prod` / `netlify deploy --prod` (production; without it a
  preview / draft), `swa deploy` (preview unless `--env production`), `serverless|sls deploy` / `chalice deploy` /
  `sst deploy` (stage `dev` unless `--stage`), `gcloud app deploy` (promoted to all traffic unless `--no-promote`),
  `gcloud run deploy` (all traffic unless `--no-traffic` or `--tag`), `heroku pipelines:promote` and `vercel promote`
  (always the downstream / production app);
* **which app, project, cluster or account** (`PROJECT`): the option names it and leaving it out takes whatever the
  tool is configured for (`kubectl --context`, `helm --kube-context`, `aws --profile`, `gcloud --project`, `az
  --subscription`, `firebase --project`, `fly -a`, `heroku -a`, `pulumi --stack`, `railway -e`, `azd -e`, `eas
  --profile`, `supabase --project-ref`): automode cannot tell where that is.

The judge (`intent.landing`) compares with the environment the user named: a command that lands on production
without saying so, where they named staging, dev or a preview, is refused; one whose target is left to the
configuration is asked.
"""

from __future__ import annotations

from automode.dc import dataclass
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

SLOT = "slot"
PROJECT = "project"


@dataclass(frozen=True, slots=True)
class Landing:
    programs: frozenset[str]
    sub: tuple[str, ...]  # the subcommand words ("webapp", "deploy"); () for the program itself
    kind: str  # SLOT | PROJECT
    opts: frozenset[str]  # options whose value says where it lands
    default: str  # SLOT: where it lands without them ("production", "preview", "dev")
    prod_flags: frozenset[str]  # flags that put it on production (`--prod`)
    safe_flags: frozenset[str]  # flags that keep it off the live traffic (`--no-promote`, `--no-traffic`)


_KUBE = "--context --kube-context --kubeconfig --cluster -n --namespace"
_ROWS: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    # programs, subcommand, kind, target options, default, production flags, safe flags
    ("az", "webapp deploy", SLOT, "--slot -s", "production", "", ""),
    ("az", "webapp deployment source config-zip", SLOT, "--slot -s", "production", "", ""),
    ("az", "webapp deployment source config", SLOT, "--slot -s", "production", "", ""),
    ("az", "webapp deployment source sync", SLOT, "--slot -s", "production", "", ""),
    ("az", "webapp config appsettings set", SLOT, "--slot -s", "production", "", ""),
    ("az", "webapp config appsettings delete", SLOT, "--slot -s", "production", "", ""),
    ("az", "webapp config container set", SLOT, "--slot -s", "production", "", ""),
    ("az", "webapp config set", SLOT, "--slot -s", "production", "", ""),
    ("az", "webapp restart", SLOT, "--slot -s", "production", "", ""),
    ("az", "webapp stop", SLOT, "--slot -s", "production", "", ""),
    ("az", "functionapp deploy", SLOT, "--slot -s", "production", "", ""),
    ("az", "functionapp deployment source config-zip", SLOT, "--slot -s", "production", "", ""),
    ("az", "functionapp config appsettings set", SLOT, "--slot -s", "production", "", ""),
    ("az", "webapp deployment slot swap", SLOT, "--target-slot", "production", "", ""),
    ("az", "functionapp deployment slot swap", SLOT, "--target-slot", "production", "", ""),
    ("func", "azure functionapp publish", SLOT, "--slot", "production", "", ""),
    ("vercel", "", SLOT, "--target", "preview", "--prod --production", ""),
    ("vercel", "deploy", SLOT, "--target", "preview", "--prod --production", ""),
    ("vercel", "promote", SLOT, "", "production", "", ""),
    ("vercel", "rollback", SLOT, "", "production", "", ""),
    ("netlify", "deploy", SLOT, "--alias --branch", "preview", "--prod -p --prodIfUnlocked --prod-if-unlocked", ""),
    ("swa", "deploy", SLOT, "--env", "preview", "", ""),
    ("wrangler", "deploy", SLOT, "--env -e", "production", "", ""),
    ("wrangler", "publish", SLOT, "--env -e", "production", "", ""),
    ("wrangler", "secret put", SLOT, "--env -e", "production", "", ""),
    ("kamal", "deploy", SLOT, "-d --destination", "production", "", ""),
    ("kamal", "redeploy", SLOT, "-d --destination", "production", "", ""),
    ("kamal", "rollback", SLOT, "-d --destination", "production", "", ""),
    ("serverless sls", "deploy", SLOT, "--stage -s", "dev", "", ""),
    ("serverless sls", "remove", SLOT, "--stage -s", "dev", "", ""),
    ("chalice", "deploy", SLOT, "--stage", "dev", "", ""),
    ("sst", "deploy", SLOT, "--stage", "dev", "", ""),
    ("sst", "remove", SLOT, "--stage", "dev", "", ""),
    ("gcloud", "app deploy", SLOT, "", "production", "", "--no-promote"),
    ("gcloud", "run deploy", SLOT, "", "production", "", "--no-traffic --tag"),
    ("heroku", "pipelines:promote", SLOT, "", "production", "", ""),
    ("kubectl oc", "apply", PROJECT, _KUBE, "", "", ""),
    ("kubectl oc", "create", PROJECT, _KUBE, "", "", ""),
    ("kubectl oc", "delete", PROJECT, _KUBE, "", "", ""),
    ("kubectl oc", "replace", PROJECT, _KUBE, "", "", ""),
    ("kubectl oc", "patch", PROJECT, _KUBE, "", "", ""),
    ("kubectl oc", "scale", PROJECT, _KUBE, "", "", ""),
    ("kubectl oc", "set", PROJECT, _KUBE, "", "", ""),
    ("kubectl oc", "rollout restart", PROJECT, _KUBE, "", "", ""),
    ("kubectl oc", "rollout undo", PROJECT, _KUBE, "", "", ""),
    ("kubectl oc", "drain", PROJECT, _KUBE, "", "", ""),
    ("helm", "install", PROJECT, _KUBE, "", "", ""),
    ("helm", "upgrade", PROJECT, _KUBE, "", "", ""),
    ("helm", "uninstall", PROJECT, _KUBE, "", "", ""),
    ("helm", "rollback", PROJECT, _KUBE, "", "", ""),
    ("helmfile", "apply", PROJECT, "-e --environment --kube-context", "", "", ""),
    ("helmfile", "sync", PROJECT, "-e --environment --kube-context", "", "", ""),
    ("firebase", "deploy", PROJECT, "--project -P", "", "", ""),
    ("fly flyctl", "deploy", PROJECT, "-a --app -c --config", "", "", ""),
    ("fly flyctl", "secrets set", PROJECT, "-a --app -c --config", "", "", ""),
    ("heroku", "config:set", PROJECT, "-a --app -r --remote", "", "", ""),
    ("heroku", "config:unset", PROJECT, "-a --app -r --remote", "", "", ""),
    ("heroku", "releases:rollback", PROJECT, "-a --app -r --remote", "", "", ""),
    ("heroku", "container:release", PROJECT, "-a --app -r --remote", "", "", ""),
    ("heroku", "ps:scale", PROJECT, "-a --app -r --remote", "", "", ""),
    ("heroku", "pg:reset", PROJECT, "-a --app -r --remote", "", "", ""),
    ("pulumi", "up", PROJECT, "-s --stack", "", "", ""),
    ("pulumi", "destroy", PROJECT, "-s --stack", "", "", ""),
    ("railway", "up", PROJECT, "-e --environment -s --service", "", "", ""),
    ("azd", "deploy", PROJECT, "-e --environment", "", "", ""),
    ("azd", "up", PROJECT, "-e --environment", "", "", ""),
    ("eb", "deploy", PROJECT, "", "", "", ""),
    ("sam", "deploy", PROJECT, "--config-env --stack-name", "", "", ""),
    ("eas", "update", PROJECT, "--branch --channel --auto", "", "", ""),
    ("supabase", "db push", PROJECT, "--project-ref --db-url --linked --local", "", "", ""),
    ("supabase", "functions deploy", PROJECT, "--project-ref", "", "", ""),
    ("gcloud", "functions deploy", PROJECT, "--project", "", "", ""),
    # ansible's inventory: `-i/--inventory/--inventory-file`, else ANSIBLE_INVENTORY, else ansible.cfg's `inventory`
    # (docs.ansible.com/ansible/latest/inventory_guide: "the default location for the inventory is /etc/ansible/hosts";
    # a project's ansible.cfg names its own) — whichever environment that is (session 28, T6)
    ("ansible-playbook", "", PROJECT, "-i --inventory --inventory-file", "", "", ""),
    ("ansible", "", PROJECT, "-i --inventory --inventory-file", "", "", ""),
    # the cluster or account the tool's own config selects (session 28, T6): argo-cd.readthedocs.io (`--argocd-context`,
    # `--server`, `--core` with `--kube-context`: else the current argocd context), fluxcd.io/flux/cmd (`--context`,
    # `--kubeconfig`), skaffold.dev/docs/references/cli (`--kube-context`, `-p`), docs.aws.amazon.com/cdk/v2/guide/cli
    # (`--profile`, else the default profile), velero.io/docs (`--kubecontext`), docs.databricks.com/dev-tools/cli
    # (`-p/--profile`, else DEFAULT), kubectl node and metadata verbs
    *(("argocd", sub, PROJECT, "--argocd-context --server --kube-context --grpc-web-root-path", "", "", "")
      for sub in ("app sync", "app rollback", "app delete", "app set", "app terminate-op", "app patch",
                  "app actions run", "appset delete", "app create")),
    *(("flux", sub, PROJECT, "--context --kubeconfig", "", "", "")
      for sub in ("suspend", "resume", "delete", "create", "install", "uninstall", "bootstrap")),
    *(("skaffold", sub, PROJECT, "--kube-context --kubeconfig -p --profile", "", "", "")
      for sub in ("run", "deploy", "delete", "apply")),
    *(("cdk cdktf", sub, PROJECT, "--profile", "", "", "") for sub in ("deploy", "destroy")),
    *(("velero", sub, PROJECT, "--kubecontext --kubeconfig", "", "", "")
      for sub in ("backup create", "backup delete", "restore create", "schedule create", "schedule delete",
                  "schedule pause", "restore delete")),
    *(("databricks", sub, PROJECT, "-p --profile", "", "", "")
      for sub in ("jobs run-now", "jobs delete", "jobs reset", "jobs cancel-all-runs", "clusters delete",
                  "clusters permanent-delete", "clusters restart", "pipelines start-update", "pipelines delete",
                  "bundle deploy", "bundle destroy", "bundle run", "fs rm", "workspace delete", "secrets put-secret",
                  "secrets delete-scope")),
    *(("kubectl oc", sub, PROJECT, _KUBE, "", "", "")
      for sub in ("cordon", "uncordon", "taint", "label", "annotate", "edit", "rollout pause", "rollout resume",
                  "autoscale", "expose")),
)


def _split(s: str) -> frozenset[str]:
    return frozenset(s.split())


LANDINGS: tuple[Landing, ...] = tuple(
    Landing(_split(p), tuple(s.split()), k, _split(o), d, _split(pf), _split(sf)) for p, s, k, o, d, pf, sf in _ROWS
)
#: The cloud CLIs whose every changing call lands in the account, project or subscription configured unless an option
#: names it (docs.aws.amazon.com/cli: `--profile`, else `AWS_PROFILE`/default; cloud.google.com/sdk: `--project`, else
#: the active configuration; learn.microsoft.com/cli/azure: `--subscription`, else the default account), and the
#: words of their changing operations (aws operations by prefix: `update-service`, `put-object`, `delete-stack`).
CLOUD_OPTS: dict[str, frozenset[str]] = {"aws": frozenset({"--profile"}), "gcloud": frozenset({"--project"}),
                                         "az": frozenset({"--subscription"})}
_AWS_CHANGES = ("create-", "delete-", "update-", "put-", "modify-", "run-", "start-", "stop-", "terminate-", "reboot-",
                "register-", "deregister-", "attach-", "detach-", "associate-", "disassociate-", "set-", "execute-",
                "invoke", "deploy", "publish", "send-", "restore-", "import-", "cancel-", "reset-", "replace-")
_GLOBAL_VALUED = frozenset({"--profile", "--region", "--output", "--endpoint-url", "--project", "--subscription",
                            "--format", "--zone", "--account", "--configuration", "--query", "-o", "-g", "--resource-group"})
_CLOUD_CHANGES = frozenset({"deploy", "create", "delete", "update", "patch", "resize", "apply", "set", "restart", "stop",
                            "start", "swap", "add-iam-policy-binding", "remove-iam-policy-binding", "set-iam-policy",
                            "rollback", "scale", "upgrade", "import"})
LANDING_PROGRAMS = frozenset({*(p for r in LANDINGS for p in r.programs), *CLOUD_OPTS})
#: Subcommand words of `vercel` that are no deploy (`vercel env add`, `vercel domains ls`).
_VERCEL_OTHER = frozenset({"env", "domains", "dns", "alias", "link", "pull", "login", "logout", "logs", "ls", "list",
                           "rm", "remove", "inspect", "secrets", "certs", "projects", "project", "teams", "whoami",
                           "git", "integration", "bisect", "build", "dev", "init", "redeploy", "switch", "help",
                           "promote", "rollback", "deploy", "blob", "telemetry", "target"})  # fmt: skip


def _opt(word: str) -> str:
    return word.split("=", 1)[0]


def landing(cmd: Command) -> tuple[Landing, str, str] | None:
    """(the row, how the command says where it lands: "option" VALUE, "prod" FLAG, "safe" FLAG or "default" "", the
    value or flag) for a command of the table; None for any other."""
    name = cmd.name.rsplit("/", 1)[-1]
    if name not in LANDING_PROGRAMS:
        return None
    args = [w.value for w in cmd.argv[1:]]
    if name == "ansible" and _ansible_reads(args):
        return None  # (`ansible web -m ping`: a look at the hosts lands nowhere)
    pos = [x for x in args if not x.startswith("-")]
    for row in LANDINGS:
        if name not in row.programs:
            continue
        if row.sub:
            at = next((i for i in range(min(len(args), 6)) if tuple(args[i:i + len(row.sub)]) == row.sub), None)
            if at is None:
                continue
            rest = args[at + len(row.sub):]
        elif name == "vercel" and pos and pos[0] in _VERCEL_OTHER:
            continue
        else:
            rest = args
        for x in rest:
            if _opt(x) in row.prod_flags:
                return row, "prod", x
        for i, x in enumerate(rest):
            if _opt(x) in row.opts:
                value = x.split("=", 1)[1] if "=" in x else (rest[i + 1] if i + 1 < len(rest) and not rest[i + 1].startswith("-") else "")
                return row, "option", value or x
        if name in ("kubectl", "oc", "helm") and any(_opt(x) in row.opts for x in args):
            return row, "option", ""  # a global option before the subcommand (`kubectl --context dev apply`)
        for x in rest:
            if _opt(x) in row.safe_flags:
                return row, "safe", x
        chosen = _selector_assign(cmd)
        if chosen:  # `ANSIBLE_INVENTORY=inventories/preprod ansible-playbook …`: the command's own words choose
            return row, "option", chosen
        return row, "default", ""
    return _cloud(name, args)


def _selector_assign(cmd: Command) -> str:
    """The value of a selector variable (`envselect.SELECTOR_VARS`: `ANSIBLE_INVENTORY`, `AWS_PROFILE`, `KUBECONFIG`)
    set in the command's own environment, else ""."""
    from automode.knowledge.envselect import SELECTOR_VARS

    return next((w.value for k, w in cmd.assigns if k in SELECTOR_VARS and w.value and not w.dynamic), "")


#: Ansible modules that only read the hosts (docs.ansible.com: ping, setup, gather_facts, stat, debug, *_info/*_facts).
_ANSIBLE_READ_MODULES = frozenset({"ping", "setup", "gather_facts", "stat", "debug", "slurp", "find", "fetch",
                                   "ansible.builtin.ping", "ansible.builtin.setup", "ansible.builtin.stat"})


def _ansible_reads(args: list[str]) -> bool:
    mod = next((args[i + 1] for i, x in enumerate(args[:-1]) if x in ("-m", "--module-name")), "")
    mod = mod or next((x.split("=", 1)[1] for x in args if x.startswith("--module-name=")), "")
    return mod in _ANSIBLE_READ_MODULES or mod.endswith(("_info", "_facts")) or "--list-hosts" in args


def slot_of(row: Landing, how: str, value: str) -> str:
    """Where a slot row's command lands, as `landing` read it: "production", "preview", an environment, the tool's
    default, or "=VALUE" for a slot of a name no environment word tells."""
    from automode.knowledge.envmarkers import env_of

    if how == "prod":
        return "production"
    if how == "safe":
        return "preview"
    return (env_of(value) or f"={value}") if how == "option" else row.default


def lands_on(cmd: Command) -> str:
    """The slot a deploy lands on when the command itself says it or the tool's default does (`vercel deploy`: a
    preview; `vercel deploy --prod`: production), "" for a command of no slot row. A request that names this place
    ("push a preview deploy") names what the deploy acts on (session 20, K4)."""
    got = landing(cmd)
    if got is None or got[0].kind != SLOT:
        return ""
    lands = slot_of(*got)
    return "" if lands.startswith("=") else lands


def landings(cmd: Command) -> list[tuple[Landing, str, str]]:
    """`landing`, and for a cloud CLI's slot row (`gcloud run deploy`: which share of the traffic) also its account
    row (which project: `--project`), each compared on its own."""
    got = landing(cmd)
    if got is None:
        return []
    name = cmd.name.rsplit("/", 1)[-1]
    if got[0].kind == SLOT and name in CLOUD_OPTS:
        more = _cloud(name, [w.value for w in cmd.argv[1:]])
        return [got, more] if more is not None else [got]
    return [got]


def _cloud(name: str, args: list[str]) -> tuple[Landing, str, str] | None:
    """A changing call of a cloud CLI (`CLOUD_OPTS`), as a row of its own: where it lands is its account option."""
    opts = CLOUD_OPTS.get(name)
    pos = [x for i, x in enumerate(args) if not x.startswith("-") and not (i and args[i - 1] in _GLOBAL_VALUED)]
    if opts is None or len(pos) < 2:
        return None
    if name == "aws":
        if pos[0] == "s3" or not pos[1].startswith(_AWS_CHANGES):
            return None  # (s3 copies name their bucket: `intent.destinations` judges where they go)
    elif not _CLOUD_CHANGES & set(pos[:5]):
        return None
    row = Landing(frozenset({name}), (), PROJECT, opts, "", frozenset(), frozenset())
    for i, x in enumerate(args):
        if _opt(x) in opts:
            return row, "option", x.split("=", 1)[1] if "=" in x else (args[i + 1] if i + 1 < len(args) else "")
    return row, "default", ""


#: Fixtures: (command, (how, value) it lands by, or None when it is no command of the table).
LANDING_CASES: tuple[tuple[str, tuple[str, str] | None], ...] = (
    ("az webapp deploy --resource-group rg-shop --name shop-web --src-path app.zip", ("default", "")),
    ("az webapp deploy -g rg-shop -n shop-web --src-path app.zip --slot staging", ("option", "staging")),
    ("az webapp deployment slot swap -g rg -n shop-web --slot staging", ("default", "")),
    ("az webapp deployment slot swap -g rg -n shop-web --slot staging --target-slot qa", ("option", "qa")),
    ("az webapp list -g rg", None),
    ("vercel --prod", ("prod", "--prod")),
    ("vercel deploy --prebuilt", ("default", "")),
    ("vercel env add API_KEY production", None),
    ("netlify deploy --dir dist --prod", ("prod", "--prod")),
    ("netlify deploy --dir dist", ("default", "")),
    ("wrangler deploy --env staging", ("option", "staging")),
    ("wrangler deploy", ("default", "")),
    ("serverless deploy --stage staging", ("option", "staging")),
    ("sls deploy", ("default", "")),
    ("gcloud app deploy app.yaml --no-promote", ("safe", "--no-promote")),
    ("gcloud run deploy api --image gcr.io/p/api:1 --no-traffic --tag canary", ("safe", "--no-traffic")),
    ("kubectl apply -f cm.yaml", ("default", "")),
    ("kubectl --context dev apply -f cm.yaml", ("option", "")),
    ("kubectl get pods", None),
    ("helm upgrade shop charts/shop -n shop-acc", ("option", "shop-acc")),
    ("firebase deploy --only hosting", ("default", "")),
    ("fly deploy -a shop-staging", ("option", "shop-staging")),
    ("heroku pipelines:promote -a shop-staging", ("default", "")),
    ("aws ecs update-service --cluster orders --service api --force-new-deployment", ("default", "")),
    ("aws --profile acme-staging ecs update-service --cluster orders --service api", ("option", "acme-staging")),
    ("aws ecs describe-services --cluster orders --services api", None),
    ("aws s3 cp report.csv s3://acme-reports/", None),
    ("gcloud compute instances delete web-1 --zone europe-west1-b", ("default", "")),
    ("gcloud compute instances list", None),
    ("az vm restart -g rg-shop-staging -n web-1", ("default", "")),
    ("ansible-playbook cleanup.yml -l app-dev-2", ("default", "")),
    ("ansible-playbook -i inventories/dev cleanup.yml -l app-dev-2", ("option", "inventories/dev")),
    ("ansible web -m ping", None),
    ("argocd app sync payments", ("default", "")),
    ("argocd app sync payments --argocd-context staging", ("option", "staging")),
    ("argocd app list", None),
    ("cdk deploy ApiStack --profile staging", ("option", "staging")),
    ("velero backup delete old-backup --confirm", ("default", "")),
    ("databricks jobs run-now 4411", ("default", "")),
    ("flux suspend helmrelease nightly -n jobs", ("default", "")),
    ("ansible web -b -m copy -a 'src=motd dest=/etc/motd'", ("default", "")),
)  # fmt: skip
