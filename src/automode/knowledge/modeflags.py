"""In which mode a command runs (session 13, S3): the dry-run, plan, check and what-if forms of programs that change
things, and the forms that make a setting last beyond the session.

`DRY_ROWS`: a command of the row's program and subcommand runs for real unless it carries one of the row's dry
options (`--dry-run`, `--check`, `-WhatIf`, `--pretend`, `-n`); rows with `real` options run for real only when one
of them is given (`prettier --write`, `sed -i`, `eslint --fix`): without it the program only prints. `instead` is the
dry form to suggest (`terraform plan`). Sources: each program's manual (terraform/tofu `plan`, pulumi `preview`,
`cdk diff`, kubectl `--dry-run`/`diff`, helm `--dry-run`, helmfile `diff`, ansible `--check`, rsync `-n`, rclone
`--dry-run`, `aws s3 … --dryrun`, `gsutil rsync -n`, `az deployment … what-if`, git `push|clean|rm -n`, package
publishers' `--dry-run`, Laravel `migrate --pretend`, Django `migrate --plan`, Alembic `--sql`, Liquibase `update-sql`,
wp-cli `search-replace --dry-run`, Drush `--simulate`, Magento `setup:upgrade --dry-run`, composer/pip/apt simulate
options, Puppet `--noop`, Chef `--why-run`, certbot/borg/restic `--dry-run`, PowerShell `-WhatIf`
(about_CommonParameters), the formatters' check modes).

`SCOPE_ROWS`: commands whose change outlives the session (a user or machine scope, a saved default, a config file),
and the session form to suggest: `Set-ExecutionPolicy -Scope CurrentUser` (vs `-Scope Process`), `setx` (vs `$env:`),
`git config --global` (vs `-c`), `kubectl config use-context` (vs `--context`), `gcloud config set` (vs
`--project`), `pyenv global` (vs `pyenv shell`), `systemctl enable` (vs `start`), `firewall-cmd --permanent`.
"""

from __future__ import annotations

from functools import lru_cache

from automode import lazyre
from automode.dc import dataclass
from automode.shell.per_command import per_command
from automode.shell.pstext import WHATIF
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command


@dataclass(frozen=True, slots=True)
class DryRow:
    programs: frozenset[str]
    subs: tuple[tuple[str, ...], ...]  # subcommand word sequences (() = the program itself)
    dry: frozenset[str]  # options (or `opt=value`) that make it a dry run
    real: frozenset[str]  # options that make it change things (empty: it always does unless dry)
    instead: str
    #: for a program incidental to most requests (a build, a package install, a formatter), the words a dry request
    #: must say for it to be the one meant ("check the formatting", "what would apt install"); empty: any dry request
    words: frozenset[str] = frozenset()


_F = frozenset
_ROWS: tuple[tuple[str, str, str, str, str], ...] = (
    # programs | subcommands (comma-separated sequences) | dry options | real options | the dry form
    ("terraform tofu terragrunt", "apply,destroy,import,state rm,state mv,taint,untaint,force-unlock", "", "",
     "terraform plan"),
    ("pulumi", "up,update,destroy,refresh,import,state delete", "--preview-only", "", "pulumi preview"),
    ("cdk cdktf", "deploy,destroy", "", "", "cdk diff"),
    ("kubectl oc", "apply,create,delete,replace,patch,scale,set,annotate,label,rollout restart,rollout undo,drain,"
     "cordon,taint,autoscale,expose,run", "--dry-run", "", "kubectl diff, or --dry-run=server"),
    ("helm", "install,upgrade,uninstall,rollback,delete", "--dry-run", "", "helm upgrade --dry-run (or helm diff)"),
    ("helmfile", "apply,sync,destroy,delete", "", "", "helmfile diff"),
    ("ansible-playbook", "", "--check -C", "", "ansible-playbook --check --diff"),
    ("rsync", "", "-n --dry-run", "", "rsync -n"),
    ("rclone", "sync,copy,move,delete,purge,deletefile,rmdirs,dedupe,cleanup,copyto,moveto,bisync", "--dry-run", "",
     "rclone --dry-run"),
    ("aws", "s3 sync,s3 cp,s3 mv,s3 rm", "--dryrun", "", "aws s3 … --dryrun"),
    ("gsutil", "rsync", "-n", "", "gsutil rsync -n"),
    ("s3cmd", "sync,del,rm,put", "--dry-run -n", "", "s3cmd --dry-run"),
    ("azcopy", "sync,copy,remove,rm", "--dry-run", "", "azcopy --dry-run"),
    ("mc", "mirror,rm", "--dry-run", "", "mc --dry-run"),
    ("az", "deployment group create,deployment sub create,deployment mg create,deployment tenant create",
     "--what-if -c --confirm-with-what-if", "", "az deployment … what-if"),
    ("git", "push,clean,rm,remote prune,filter-repo", "-n --dry-run", "", "git … --dry-run"),
    ("npm pnpm yarn", "publish,unpublish,audit fix,prune,dedupe", "--dry-run", "", "npm publish --dry-run"),
    ("cargo", "publish", "--dry-run -n", "", "cargo publish --dry-run"),
    # cargo-release (github.com/crate-ci/cargo-release, 0.22+): a dry run unless `--execute`/`-x` is given
    ("cargo", "release", "", "--execute -x", "cargo release (without --execute)"),
    ("poetry", "publish", "--dry-run", "", "poetry publish --dry-run"),
    ("mix", "hex.publish", "--dry-run", "", "mix hex.publish --dry-run"),
    ("dart flutter", "pub publish", "--dry-run -n", "", "dart pub publish --dry-run"),
    ("artisan", "migrate,migrate:rollback,migrate:reset,migrate:refresh,migrate:fresh", "--pretend", "",
     "php artisan migrate --pretend"),
    ("manage.py django-admin", "migrate", "--plan", "", "manage.py migrate --plan"),
    ("manage.py django-admin", "makemigrations", "--dry-run --check", "", "makemigrations --dry-run"),
    ("alembic", "upgrade,downgrade", "--sql", "", "alembic upgrade --sql"),
    ("liquibase", "update,rollback,rollback-count,rollback-to-date,drop-all,dropAll", "", "", "liquibase update-sql"),
    ("flyway", "migrate,clean,repair,undo,baseline", "-dryRunOutput", "", "flyway info / validate"),
    ("wp", "search-replace,plugin update,theme update,core update", "--dry-run", "", "wp … --dry-run"),
    ("drush", "sql:sync,sql-sync,rsync,updatedb,updb,deploy,config:import,cim,pm:uninstall,pmu,sql:drop,entity:delete,"
     "user:cancel", "--simulate", "", "drush … --simulate"),
    ("magento", "setup:upgrade", "--dry-run", "", "bin/magento setup:upgrade --dry-run"),
    ("composer", "update,install,require,remove,upgrade", "--dry-run", "", "composer … --dry-run"),
    ("pip pip3", "install", "--dry-run", "", "pip install --dry-run"),
    ("apt apt-get aptitude", "install,remove,purge,upgrade,dist-upgrade,full-upgrade,autoremove",
     "-s --simulate --dry-run --just-print --no-act --recon", "", "apt-get -s"),
    ("dnf yum", "install,remove,erase,upgrade,update,autoremove", "--assumeno", "", "dnf … --assumeno"),
    ("brew", "cleanup,autoremove", "-n --dry-run", "", "brew cleanup -n"),
    ("make gmake", "", "-n --dry-run --just-print --recon", "", "make -n"),
    ("puppet", "apply,agent", "--noop", "", "puppet apply --noop"),
    ("chef-client", "", "--why-run -W", "", "chef-client --why-run"),
    ("certbot", "renew,certonly,delete,revoke", "--dry-run", "", "certbot --dry-run"),
    ("salt salt-call salt-ssh", "state.apply,state.highstate,state.sls,state.single", "test=True test=true", "",
     "salt … test=True"),
    ("borg", "prune,delete,compact,recreate", "--dry-run -n", "", "borg … --dry-run"),
    ("restic", "forget,prune", "--dry-run -n", "", "restic forget --dry-run"),
    ("zfs", "destroy", "-n", "", "zfs destroy -n"),
    ("lvremove lvreduce lvresize", "", "--test -t", "", "--test"),
    ("nix-collect-garbage", "", "--dry-run", "", "nix-collect-garbage --dry-run"),
    ("nixos-rebuild darwin-rebuild home-manager", "switch,boot,test", "", "", "nixos-rebuild dry-activate / build"),
    ("argocd", "app sync", "--dry-run", "", "argocd app sync --dry-run (or app diff)"),
    ("sam", "deploy", "--no-execute-changeset", "", "sam deploy --no-execute-changeset"),
    ("aws", "cloudformation deploy", "--no-execute-changeset", "", "--no-execute-changeset"),
    # print unless told to write: real only with the option that writes
    ("sed gsed", "", "", "-i --in-place", "sed without -i"),
    ("perl", "", "", "-i -pi", "perl without -i"),
    ("prettier", "", "--check -c --list-different -l", "--write -w", "prettier --check"),
    ("eslint stylelint standard biome oxlint", "", "", "--fix --write --apply --apply-unsafe", "without --fix"),
    ("ruff", "check", "", "--fix --unsafe-fixes", "ruff check"),
    ("ruff", "format", "--check --diff", "", "ruff format --check"),
    ("black isort yapf autopep8", "", "--check --diff -c --check-only", "", "black --check"),
    ("rubocop standardrb", "", "", "-a -A --autocorrect --autocorrect-all --fix", "rubocop (no -a)"),
    ("gofmt goimports shfmt", "", "", "-w", "gofmt -l / -d"),
    ("clang-format yapf", "", "", "-i", "clang-format --dry-run"),
    ("rustfmt", "", "--check", "", "rustfmt --check"),
    ("cargo", "fmt", "--check", "", "cargo fmt --check"),
    ("terraform tofu", "fmt", "-check", "", "terraform fmt -check"),
    ("mix", "format", "--check-formatted --dry-run", "", "mix format --check-formatted"),
    ("dotnet", "format", "--verify-no-changes", "", "dotnet format --verify-no-changes"),
    ("php-cs-fixer", "fix", "--dry-run", "", "php-cs-fixer fix --dry-run"),
    ("sqlfluff", "fix", "", "", "sqlfluff lint"),
    ("phpcbf", "", "", "", "phpcs"),
)  # fmt: skip


def _subs(s: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(x.split()) for x in s.split(",")) if s else ((),)


#: Programs incidental to most requests, by the words that name what they do.
_INCIDENTAL: dict[str, str] = {
    **dict.fromkeys(("make", "gmake"), "make makefile target build"),
    **dict.fromkeys(("composer", "pip", "pip3", "apt", "apt-get", "aptitude", "dnf", "yum", "brew"),
                    "install installs installed package packages dependency dependencies upgrade update apt pip brew "
                    "composer dnf yum cleanup autoremove"),
    **dict.fromkeys(("sed", "gsed", "perl"), "sed perl replace substitute rewrite edit"),
    **dict.fromkeys(("prettier", "eslint", "stylelint", "standard", "biome", "oxlint", "ruff", "black", "isort", "yapf",
                     "autopep8", "rubocop", "standardrb", "gofmt", "goimports", "shfmt", "clang-format", "rustfmt",
                     "php-cs-fixer", "sqlfluff", "phpcbf"),
                    "format formatting formatter formatted lint linter linting style fix fixes autofix prettier eslint "
                    "ruff black isort rubocop gofmt rustfmt"),
}  # fmt: skip


def _incidental(programs: str, subs: str) -> frozenset[str]:
    if subs in ("fmt", "format"):  # (`cargo fmt`, `mix format`, `dotnet format`, `terraform fmt`, `ruff format`)
        return _F(["format", "formatting", "formatter", "formatted", "fmt", "style", "lint"])
    return _F(_INCIDENTAL.get(programs.split()[0], "").split())


DRY_ROWS: tuple[DryRow, ...] = tuple(DryRow(_F(p.split()), _subs(s), _F(d.split()), _F(r.split()), i, _incidental(p, s))
                                     for p, s, d, r, i in _ROWS)
_BY_PROGRAM: dict[str, tuple[DryRow, ...]] = {}
for _r in DRY_ROWS:
    for _p in _r.programs:
        _BY_PROGRAM[_p] = (*_BY_PROGRAM.get(_p, ()), _r)
#: Interpreters and runners whose first argument is the program (`php artisan`, `python manage.py`, `bin/magento`).
_SCRIPTS = {"artisan": "artisan", "manage.py": "manage.py", "magento": "magento"}
#: PowerShell cmdlets that change something and take the common parameter `-WhatIf` (verbs of about_CommonParameters'
#: ShouldProcess cmdlets).
PS_CHANGING = lazyre.compile(r"(?i)^(?:remove|set|new|stop|restart|move|rename|clear|disable|enable|uninstall|install|"
                             r"update|add|copy|reset|start|suspend|resume|unregister|register|publish|import|mount|"
                             r"dismount|format|initialize|rename|grant|revoke|block|unblock|invoke|out)-[a-z]+$")


def program_of(cmd: Command) -> tuple[str, list[str]]:
    """The program a command runs and its arguments, looking through `php artisan`, `python manage.py`."""
    name = cmd.name.rsplit("/", 1)[-1].lower()
    args = [w.value for w in cmd.argv[1:]]
    if args and name.startswith(("php", "python", "py")):
        first = args[0].rsplit("/", 1)[-1]
        if first in _SCRIPTS:
            return _SCRIPTS[first], args[1:]
    if name in _SCRIPTS:
        return _SCRIPTS[name], args
    return name, args


def _has(opts: frozenset[str], args: list[str]) -> str:
    for x in args:
        o = x.split("=", 1)[0]
        if o in opts or x in opts:
            if "=" in x and x.split("=", 1)[1].lower() in ("none", "false", "0", "no"):
                continue  # `--dry-run=none`: off
            return x
        if len(x) > 2 and x[0] == "-" and x[1] != "-" and x[1:].isalpha() and len(x) <= 8 and any(
                len(s) == 2 and s[1] in x[1:] for s in opts if s.startswith("-")):  # a cluster of short flags (`rsync -avn`)
            return x
    return ""


_WORD = lazyre.compile(r"[a-z-]+")


#: Commands that are the dry form of another act: they make its plan and change nothing until it is executed (session
#: 25, P4: "make the change set, don't execute it yet"). aws-cloudformation(1) `create-change-set` ("a change set lets
#: you see how the changes might impact your running resources … before implementing them"; `execute-change-set` runs
#: it), gcloud infra-manager `previews create`.
PREVIEWS: frozenset[tuple[str, ...]] = frozenset({("aws", "cloudformation", "create-change-set"),
                                                  ("gcloud", "infra-manager", "previews", "create")})


@per_command
def dry_form(cmd: Command) -> bool:
    """`cmd` is a program of `DRY_ROWS` run in its dry form (`salt … test=True`, `-WhatIf`, `prettier --check`), or
    the plan of another act (`PREVIEWS`)."""
    name, args = program_of(cmd)
    if cmd.name and PS_CHANGING.match(cmd.name):
        return any(WHATIF.match(x) for x in args)
    pos = [x for x in args if not x.startswith("-")]
    if any((name, *pos[: len(p) - 1]) == p for p in PREVIEWS):
        return True
    for row in _BY_PROGRAM.get(name, ()):
        for sub in row.subs:
            if sub and tuple(pos[: len(sub)]) != sub and not any(tuple(pos[i:i + len(sub)]) == sub for i in range(1, 3)):
                continue
            return bool(row.dry and _has(row.dry, args)) or bool(row.real and not _has(row.real, args))
    return False


def row_of(cmd: Command) -> DryRow | None:
    """The row of `DRY_ROWS` a command is of (its program and subcommand), whatever its mode; None for others."""
    name, args = program_of(cmd)
    pos = [x for x in args if not x.startswith("-")]
    for row in _BY_PROGRAM.get(name, ()):
        for sub in row.subs:
            if not sub or tuple(pos[: len(sub)]) == sub or any(tuple(pos[i:i + len(sub)]) == sub for i in range(1, 3)):
                return row
    return None


@lru_cache(maxsize=1)
def fixer_programs() -> frozenset[str]:
    """The programs of the rows whose words say format or lint (`intent.fixer_reach`'s formatters and fixers), by the
    name `program_of` gives: the action-side gate of that check (`judge.intent.gate_index`)."""
    return frozenset(p for r in DRY_ROWS if "format" in r.words or "lint" in r.words for p in r.programs)


def real_run(cmd: Command, said: str = "") -> tuple[str, str] | None:
    """(the command, its dry form) when `cmd` is a program of `DRY_ROWS` run for real; None when it runs in its dry
    form, only prints, is no program of the table, or is an incidental one (`DryRow.words`) the dry request (`said`,
    lower case; "" = any) does not name."""
    name, args = program_of(cmd)
    if cmd.name and PS_CHANGING.match(cmd.name):
        if any(WHATIF.match(x) for x in args):
            return None
        return cmd.text or cmd.name, f"{cmd.name} -WhatIf"
    rows = _BY_PROGRAM.get(name)
    if not rows:
        return None
    pos = [x for x in args if not x.startswith("-")]
    for row in rows:
        for sub in row.subs:
            if sub and tuple(pos[: len(sub)]) != sub and not any(tuple(pos[i:i + len(sub)]) == sub for i in range(1, 3)):
                continue
            if row.dry and _has(row.dry, args):
                return None
            if row.real and not _has(row.real, args):
                return None
            if said and row.words and row.words.isdisjoint(_WORD.findall(said)):
                return None  # ("dry-run the deploy" says nothing of the `make build` before it)
            return (cmd.text or " ".join(w.value for w in cmd.argv))[:120], row.instead
    return None


# ------------------------------------------------------------------ scope: session or lasting
#: (program, subcommand words, options that make it lasting (any of them; "" = always), options that keep it to the
#: session or process, the session form)
_SCOPE: tuple[tuple[str, str, str, str, str], ...] = (
    ("set-executionpolicy", "", "", "-scope=process", "Set-ExecutionPolicy -Scope Process"),
    ("setx", "", "", "", "$env:NAME = … (this session)"),
    ("git", "config", "--global --system", "", "git -c key=value …"),
    ("kubectl oc", "config use-context,config set-context,config set-cluster,config set-credentials,config set", "", "",
     "kubectl --context …"),
    ("gcloud", "config set,config configurations activate,auth application-default set-quota-project", "", "",
     "--project / CLOUDSDK_CORE_PROJECT=…"),
    ("az", "account set,config set,configure", "", "", "--subscription …"),
    ("aws", "configure set,configure", "", "", "--profile / AWS_PROFILE=…"),
    ("docker", "context use", "", "", "docker --context … / DOCKER_CONTEXT=…"),
    ("npm pnpm yarn", "config set,config delete", "", "--location=project", "npm_config_…=… for one run"),
    ("pip pip3", "config set,config unset", "", "--site", "PIP_…=… for one run"),
    ("conda", "config", "", "--env", "conda … for one run"),
    ("poetry", "config", "", "--local", "poetry config --local"),
    ("nvm", "alias default", "", "", "nvm use"),
    ("pyenv rbenv nodenv goenv jenv plenv", "global", "", "", "pyenv shell"),
    ("asdf", "global,set -u,set --home", "", "", "asdf shell"),
    ("mise rtx", "use", "-g --global", "", "mise shell"),
    ("rustup", "default", "", "", "rustup run / +toolchain"),
    ("sdk", "default", "", "", "sdk use"),
    ("fnm", "default", "", "", "fnm use"),
    ("defaults", "write,delete", "", "", "(no session form)"),
    ("gsettings", "set,reset", "", "", "(no session form)"),
    ("dconf", "write,reset", "", "", "(no session form)"),
    ("systemctl", "enable,disable,mask,set-default", "", "--runtime", "systemctl start/stop (this boot only)"),
    ("firewall-cmd", "", "--permanent", "", "firewall-cmd without --permanent (runtime)"),
    ("chsh", "", "", "", "exec the shell in this session"),
    ("update-alternatives", "--set,--config,--install", "", "", "(no session form)"),
    ("hostnamectl", "set-hostname", "", "--transient", "hostnamectl --transient"),
    ("timedatectl", "set-timezone", "", "", "TZ=… for one run"),
    ("networksetup", "", "", "", "(no session form)"),
    ("nmcli", "connection modify,con mod,c modify", "", "", "nmcli … (temporary: -- +ipv4 …)"),
    ("reg", "add,delete", "", "", "(no session form)"),
    ("set-itemproperty new-itemproperty", "", "", "", "(no session form)"),
)  # fmt: skip
SCOPE_ROWS: dict[str, tuple[tuple[tuple[str, ...], ...], frozenset[str], frozenset[str], str]] = {}
for _p, _s, _l, _k, _i in _SCOPE:
    for _n in _p.split():
        SCOPE_ROWS[_n] = (_subs(_s), _F(_l.split()), _F(_k.split()), _i)
#: .NET calls that set a variable for the user or the machine (`[Environment]::SetEnvironmentVariable(n, v, 'User')`).
_DOTNET_LASTING = lazyre.compile(r"(?i)SetEnvironmentVariable\s*\([^)]*,\s*['\"]?(?:\[EnvironmentVariableTarget\]::)?"
                                 r"(?:User|Machine)['\"]?\s*\)")


def lasting(cmd: Command) -> tuple[str, str] | None:
    """(the command, its session form) when `cmd` makes a change that outlives the session; None otherwise."""
    name = cmd.name.rsplit("/", 1)[-1].lower()
    text = cmd.text or " ".join(w.value for w in cmd.argv)
    if _DOTNET_LASTING.search(text):
        return text[:120], "$env:NAME = … (this session)"
    row = SCOPE_ROWS.get(name)
    if row is None:
        return None
    subs, lasting_opts, session_opts, instead = row
    args = [w.value for w in cmd.argv[1:]]
    low = [x.lower() for x in args]
    pos = [x for x in low if not x.startswith("-")]
    if not any(not s or tuple(pos[: len(s)]) == s or (s[0].startswith("-") and s[0] in low) for s in subs):
        return None
    joined = [f"{low[i]}={low[i + 1]}" if i + 1 < len(low) else low[i] for i in range(len(low))] + low
    if session_opts and any(o in joined or any(x.startswith(o) for x in low) for o in session_opts):
        return None
    if lasting_opts and not any(o in low or any(x.startswith(o + "=") for x in low) for o in lasting_opts):
        return None
    return text[:120], instead


#: Fixtures: (command, real run?) and (command, lasting?).
DRY_CASES: tuple[tuple[str, bool], ...] = (
    ("terraform apply -auto-approve", True), ("terraform plan -out tf.plan", False), ("rsync -avn --delete a/ h:/b/", False),
    ("rsync -av --delete a/ h:/b/", True), ("kubectl apply -f d.yaml --dry-run=server", False),
    ("kubectl apply -f d.yaml", True), ("kubectl get pods", False), ("php artisan migrate --force", True),
    ("php artisan migrate --pretend", False), ("ansible-playbook site.yml --check", False),
    ("ansible-playbook site.yml", True), ("prettier --write .", True), ("prettier --check .", False),
    ("Remove-Item C:\\x -Recurse", True), ("Remove-Item C:\\x -Recurse -WhatIf", False), ("Get-ChildItem C:\\x", False),
    ("git push origin main", True), ("git push --dry-run origin main", False), ("helm upgrade api ./c", True),
    ("wp search-replace old new --dry-run", False), ("sed -n 1,5p f", False), ("sed -i s/a/b/ f", True),
    ("salt '*' state.apply nginx", True), ("salt '*' state.apply nginx test=True", False), ("salt '*' test.ping", False),
    ("gsutil -m rsync -n -r out gs://b", False), ("gsutil -m rsync -r out gs://b", True),
    ("python manage.py migrate --plan", False), ("python manage.py migrate", True),
    ("aws cloudformation create-change-set --stack-name w --change-set-name p --template-body file://t.yaml", False),
)
SCOPE_CASES: tuple[tuple[str, bool], ...] = (
    ("Set-ExecutionPolicy RemoteSigned -Scope CurrentUser", True), ("Set-ExecutionPolicy Bypass -Scope Process", False),
    ("setx PATH C:\\tools", True), ("git config --global user.email a@b.c", True), ("git config user.email a@b.c", False),
    ("kubectl config use-context prod", True), ("kubectl --context dev get pods", False), ("pyenv global 3.12", True),
    ("pyenv shell 3.12", False), ("systemctl enable nginx", True), ("systemctl start nginx", False),
    ("firewall-cmd --add-port=8080/tcp", False), ("firewall-cmd --permanent --add-port=8080/tcp", True),
)
