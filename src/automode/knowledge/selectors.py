"""Which arguments of a command or a tool call SELECT the object it acts on, and what kind of object each selects
(slot S1, "which object"): the judge compares the identifiers there with the ones the user named
(`judge.intent.identity`).

Families, from the tools' own references:
- PowerShell (ActiveDirectory, ExchangeOnline/Exchange, Az, Microsoft.Graph, Hyper-V, SqlServer, the core cmdlets):
  `-Identity` selects what the cmdlet's noun names (`Add-ADGroupMember -Identity` a group, `Remove-Mailbox -Identity`
  a mailbox); `-Members`/`-Member` principals; `-Name`, `-Id`, `-VMName`, `-ComputerName`, `-Database`,
  `-UserPrincipalName`, `-SamAccountName`, `-GroupName`, `-RoleDefinitionName`, `-SignInName`, `-PrimarySmtpAddress`,
  `-ProcessName`, `-ServiceName`, `-LiteralPath`/`-Path` the objects by their kind.
- Command-line flags across cloud, forge, package and database CLIs (aws, az, gcloud, gh, glab, heroku, fly, doctl,
  kubectl, helm, npm, adb, xcrun, psql/mysql, mongosh, redis-cli ...): `--instance-ids`, `--group(-name)`, `--role`,
  `--user(-name)`, `--member`, `--db`/`--dbname`/`--database`, `--branch`, `--bundle-id`, `--package(-name)`, `--repo`,
  `--to`/`--cc`/`--bcc`/`--recipient`, `--attach`/`--file` ... and any long flag whose name ends in `-id`, `-ids`,
  `-name`, `-key`, `-arn`, `-number` (a selector by its own name).
- MCP / REST argument names: the keys whose value is the record, person, group, file or branch picked (`issue_number`,
  `pull_number`, `issueIdOrKey`, `ticket_id`, `to`, `recipients`, `group_id`, `role`, `files`, `attachments`,
  `branch`, `package_name`, `database`, ...), read by `key_kind`.

Options that say WHERE (`--region`, `--context`, `-n`, `--profile`) or HOW (`--reason`, `--body`, `--squash`) are
not selectors: their values are another slot (S3) or free text.
"""

from __future__ import annotations

import re

from automode import lazyre

#: Object kinds a selector picks. "" = a kind told by the value's shape alone.
KINDS = ("pr", "issue", "project", "table", "group", "role", "principal", "mailbox", "host", "database", "branch", "package", "file",
         "record", "vm", "service", "process", "topic", "")

#: PowerShell parameters that select, with the kind they select ("noun": the kind of the cmdlet's noun).
PS_PARAMS: dict[str, str] = {
    "identity": "noun", "id": "noun", "name": "noun", "members": "principal", "member": "principal",
    "groupname": "group", "group": "group", "groupobjectid": "group", "roledefinitionname": "role", "role": "role",
    "rolename": "role", "signinname": "principal", "userprincipalname": "principal", "samaccountname": "principal",
    "user": "principal", "userid": "principal", "principalid": "principal", "objectid": "noun", "mailbox": "mailbox",
    "primarysmtpaddress": "mailbox", "emailaddress": "mailbox", "to": "principal", "cc": "principal", "bcc": "principal",
    "recipients": "principal", "computername": "host", "vmname": "vm", "vm": "vm", "database": "database",
    "databasename": "database", "serverinstance": "host", "processname": "process", "servicename": "service",
    "displayname": "noun", "literalpath": "file", "path": "file", "branch": "branch", "packagename": "package",
    "attachments": "file",
}  # fmt: skip

#: PowerShell parameters named like selectors that say where or how (`-ResourceGroupName` is a place; `-AppName`
#: of a log source, ...).
PS_NOT_SELECT = frozenset({"resourcegroupname", "location", "locationname", "tenantid", "subscriptionid",
                           "subscriptionname", "filename", "outputname", "logname", "sourcename", "modulename"})
#: A cmdlet noun's words and the kind its `-Identity` / `-Name` / `-Id` selects.
PS_NOUN_KINDS: tuple[tuple[str, str], ...] = (
    ("groupmember", "group"), ("group", "group"), ("role", "role"), ("mailbox", "mailbox"), ("user", "principal"),
    ("computer", "host"), ("vm", "vm"), ("database", "database"), ("service", "service"), ("process", "process"),
    ("package", "package"), ("app", "package"), ("team", "group"), ("distributiongroup", "group"),
)
#: PowerShell verbs that only read or test (their selectors are not compared).
PS_READ_VERBS = frozenset({"get", "test", "show", "find", "search", "measure", "compare", "select", "format", "out",
                           "write", "read", "resolve", "trace", "watch", "wait", "convertto", "convertfrom", "export"})

#: Command-line flags that select, with the kind they select.
CLI_FLAGS: dict[str, str] = {
    "--instance-ids": "vm", "--instance-id": "vm", "--instance": "vm", "--vm": "vm", "--vm-name": "vm",
    "--group": "group", "--group-name": "group", "--groups": "group", "--role": "role", "--role-name": "role",
    "--user": "principal", "--user-name": "principal", "--username": "principal", "--member": "principal",
    "--assignee": "principal", "--principal": "principal", "--email": "principal", "--to": "principal",
    "--cc": "principal", "--bcc": "principal", "--recipient": "principal", "--reviewer": "principal",
    "--db": "database", "--dbname": "database", "--database": "database", "--db-name": "database",
    "--branch": "branch", "--head": "branch", "--delete": "branch", "--bundle-id": "package", "--package": "package",
    "--package-name": "package", "--app": "package", "--app-id": "package", "--repo": "", "--attach": "file",
    "--attachment": "file", "--file": "file", "--issue": "issue", "--pr": "pr", "--job-id": "record",
    "--run-id": "record", "--id": "", "--ids": "", "--name": "", "--key": "", "--service": "service",
    "--host": "host", "--hostname": "host", "--server": "host", "--node": "host", "--mailbox": "mailbox",
    "--limit": "host", "--queue": "topic", "--queue-url": "", "--topic": "topic", "--tag": "", "--snapshot": "",
    "--vhost": "", "--bucket": "", "--table": "table", "--table-name": "table", "--stack-name": "",
    # the version an acting subcommand acts on (`cargo yank --version 2.4.0`, `gem yank x -v`: not `--version` alone)
    "--version": "", "--vers": "",
}  # fmt: skip
#: Long flags selecting by their own name's last word (`--order-id`, `--monitor-ids`, `--cluster-name`, `--secret-arn`).
CLI_FLAG_SUFFIX = lazyre.compile(r"^--[a-z][a-z0-9-]*-(?:ids?|names?|keys?|arns?|numbers?|uuids?|identifiers?|urls?)$")
#: Flags that take no value (a word after them is an operand, not their value).
BOOLEAN_FLAGS = frozenset({"--squash", "--merge", "--rebase", "--force", "-f", "--yes", "-y", "--auto", "--admin",
                           "--confirm", "-d", "-D", "--quiet", "-q", "--dry-run", "--no-verify", "--all", "-a",
                           "--now", "--wait", "--web", "--draft", "--keep-data", "-k", "--if-exists", "-i", "-e",
                           "--recursive", "-r", "-R", "--verbose", "-v", "--delete-branch", "--sudo", "--no-prompt"})

#: Subcommand words after which a command's operands are the objects it acts on, whatever the program (`docker rm
#: a b`, `redis-cli DEL k`, `xcrun simctl uninstall booted ID`, `brew uninstall x`, `fly apps destroy x`).
ACT_WORDS = frozenset({"rm", "rmi", "del", "delete", "remove", "uninstall", "destroy", "drop", "purge", "kill", "stop",
                       "restart", "disable", "revoke", "terminate", "unpublish", "deprecate", "yank", "archive",
                       "close", "merge", "reopen", "unlink", "erase", "wipe", "reset", "cancel", "deactivate",
                       "suspend", "ban", "block", "unset", "unassign", "detach", "evict", "drain", "cordon",
                       "promote", "rollback", "unregistervm", "undefine", "shutdown", "reboot",
                       "poweroff", "start", "rerun", "retry", "approve", "lock", "unlock", "expire", "invalidate"})
#: Programs whose own name is the act: every operand is an object acted on (`kill 4412`, `scancel 88123`,
#: `dropdb shop_dev`, `userdel kim`), with the kind it is.
PROGRAM_ACTS: dict[str, str] = {
    "kill": "process", "scancel": "record", "qdel": "record", "bkill": "record", "condor_rm": "record",
    "dropdb": "database", "dropuser": "principal", "userdel": "principal", "deluser": "principal",
    "groupdel": "group", "delgroup": "group", "rmmod": "package", "dpkg-purge": "package",
}  # fmt: skip
#: Short options that take a value (where the statement runs, who runs it), per program: the word after them is
#: no object acted on (`dropdb -h ci-db.lan test_shop_pr_311`: the host, then the database).
_PG_CLIENT = frozenset({"-h", "-p", "-U", "-d", "-T", "-O", "-E", "-l", "-S", "-j"})
SHORT_VALUE_OPTS: dict[str, frozenset[str]] = {
    **{p: _PG_CLIENT for p in ("dropdb", "createdb", "dropuser", "createuser", "vacuumdb", "reindexdb", "clusterdb")},
    **{p: frozenset({"-h", "-P", "-u", "-S", "-D"}) for p in ("mysqladmin", "mariadb-admin")},
    **{p: frozenset({"-h", "-p", "-a", "-n", "-u"}) for p in ("redis-cli", "valkey-cli", "keydb-cli")},
    "kill": frozenset({"-s", "-n"}), "scancel": frozenset({"-u", "-p", "-A", "-M", "-n", "-w"}),
}  # fmt: skip
#: The kind of the operands an acting subcommand of a program names (`brew uninstall x`: a package).
PROGRAM_KINDS: dict[str, str] = {
    **{p: "package" for p in ("pip", "pip3", "pipx", "uv", "npm", "pnpm", "yarn", "bun", "brew", "apt", "apt-get",
                              "dnf", "yum", "zypper", "pacman", "apk", "gem", "cargo", "conda", "mamba", "choco",
                              "winget", "scoop", "snap", "flatpak", "adb", "composer", "dotnet", "go", "opam",
                              "cabal", "stack", "nix-env", "sdk", "asdf", "mise", "rustup", "helm")},
    **{p: "container" for p in ("docker", "podman", "nerdctl", "ctr", "crictl")},
    **{p: "service" for p in ("systemctl", "service", "launchctl", "rc-service", "sv", "supervisorctl", "pm2")},
    **{p: "vm" for p in ("virsh", "qm", "pct", "vboxmanage", "multipass", "lxc", "incus", "vagrant", "limactl",
                         "colima", "prlctl", "vmrun")},
}  # fmt: skip
#: Programs whose operands name hosts (the first operand that is not an option, `user@` stripped).
HOST_OPERAND = frozenset({"ssh", "mosh", "autossh", "telnet", "rsh"})
#: Programs whose numbered operands are of one kind, by (program, subcommand).
NUMBERED = {("gh", "pr"): "pr", ("gh", "issue"): "issue", ("glab", "mr"): "pr", ("glab", "issue"): "issue",
            ("hub", "pr"): "pr", ("tea", "pr"): "pr", ("tea", "pulls"): "pr", ("tea", "issues"): "issue",
            ("gh", "run"): "record", ("glab", "ci"): "record"}  # fmt: skip

#: MCP / REST keys that select, after `saas_args.snake`; the kind is read from the key by `key_kind`.
SELECT_KEY = lazyre.compile(
    r"^(?:\w+_)?(?:ids?|keys?|id_or_key|number|numbers|iid|gid|uuid|slug|identifier|name|names|to|cc|bcc|recipients?|"
    r"emails?|email_address|user|users|username|member|members|assignees?|group|groups|role|roles|team|teams|files?|"
    r"attachments?|paths?|branch|branches|ref|head|package|package_name|bundle_id|host|hostname|database|db|account|"
    r"mailbox|vm|instance|instances|ticket|issue|pull|record|records|entity_id)$")
#: Keys that are never the selected object (where, how, free text).
NOT_SELECT_KEY = lazyre.compile(r"^(?:owner|repo|repository|project|project_id|org|organization|workspace|cloud_id|"
                                r"team_id|zone_id|region|namespace|context|env|environment|file_name|display_name|"
                                r"from|from_email|sender|reply_to|base|title|subject|body|text|content|message)$")


def key_kind(key: str) -> str:
    """The kind of object an MCP key selects ("" when its shape must tell)."""
    k = key.lower()
    if re.search(r"(?:^|_)(?:project|project_ref|workspace|tenant|account|org|organization)(?:_id|_ref)?$", k):
        return "project"  # where the call acts, compared only with a place the user named by its kind word
    if "pull" in k or k in ("pr", "pr_number", "merge_request_iid", "mr_iid"):
        return "pr"
    if "issue" in k or "ticket" in k:
        return "issue"
    for word, kind in (("group", "group"), ("team", "group"), ("role", "role"), ("branch", "branch"), ("ref", "branch"),
                       ("head", "branch"), ("package", "package"), ("bundle", "package"), ("file", "file"),
                       ("attachment", "file"), ("path", "file"), ("database", "database"), ("host", "host"),
                       ("mailbox", "mailbox"), ("instance", "vm"), ("vm", "vm")):
        if word in k:
            return kind
    if re.search(r"(?:^|_)(?:to|cc|bcc|recipients?|emails?|user|users|username|members?|assignees?|account)$", k):
        return "principal"
    return ""


def ps_kind(cmdlet: str, param: str) -> str | None:
    """The kind a PowerShell parameter of `cmdlet` (`Verb-Noun`) selects; None when it selects nothing."""
    name = param.lower().lstrip("-").rstrip(":")
    kind = PS_PARAMS.get(name)
    if kind is None:
        # a parameter named for what it picks (`-WorkspaceId`, `-SubscriptionName`, `-ClusterIdentity`)
        return "" if re.fullmatch(r"[a-z]+(?:id|ids|identity)", name) and name not in PS_NOT_SELECT else None
    if kind != "noun":
        return kind
    noun = cmdlet.split("-", 1)[-1].lower()
    return next((k for w, k in PS_NOUN_KINDS if w in noun), "")


def flag_kind(flag: str) -> str | None:
    """The kind a command-line flag selects; None when it selects nothing (a place, a mode, text)."""
    f = flag.split("=", 1)[0]
    if f in CLI_FLAGS:
        return CLI_FLAGS[f]
    return "" if CLI_FLAG_SUFFIX.match(f) else None


#: Words of the user's that say what kind the identifier beside them is ("the group Helpdesk-Tier1", "Gruppe X",
#: "la branche X", "la base orders_dev", "skrzynkę X", "PR 57"), in the languages `intent.gloss` reads.
ROLE_WORDS: dict[str, str] = {
    "group": "group", "groups": "group", "gruppe": "group", "groupe": "group", "grupo": "group", "grupa": "group",
    "grupy": "group", "gruppo": "group", "groep": "group", "team": "group", "équipe": "group", "equipo": "group",
    "role": "role", "rolle": "role", "rôle": "role", "rol": "role", "rola": "role", "ruolo": "role", "papel": "role",
    "mailbox": "mailbox", "postfach": "mailbox", "skrzynkę": "mailbox", "skrzynka": "mailbox", "buzón": "mailbox",
    "boîte": "mailbox", "caixa": "mailbox",
    "branch": "branch", "branche": "branch", "zweig": "branch", "rama": "branch", "ramo": "branch", "gałąź": "branch",
    "database": "database", "datenbank": "database", "db": "database", "base": "database", "bazę": "database",
    "baza": "database", "banco": "database",
    "package": "package", "paket": "package", "paquet": "package", "paquete": "package", "pacote": "package",
    "pakiet": "package", "app": "package", "bundle": "package",
    "host": "host", "server": "host", "serveur": "host", "servidor": "host", "serwer": "host", "box": "host",
    "machine": "host", "vm": "vm", "instance": "vm",
    "project": "project", "projekt": "project", "projet": "project", "proyecto": "project", "projeto": "project",
    "progetto": "project", "workspace": "project", "tenant": "project",
    "table": "table", "tables": "table", "tabelle": "table", "tabla": "table", "tabela": "table", "tabulka": "table",
    "tabulku": "table", "tabella": "table", "tableau": "table", "таблицу": "table", "таблица": "table",
    "tabel": "table", "tabellen": "table", "tábla": "table", "táblát": "table", "tabeli": "table", "taulu": "table",
    "taulun": "table", "tablo": "table", "tablosu": "table", "bảng": "table",
    "user": "principal", "benutzer": "principal", "utilisateur": "principal", "usuario": "principal",
    "użytkownik": "principal", "usuário": "principal",
    # a unit or service by its name ("the legacy-sync service", "den Dienst nginx", "le service cron")
    "service": "service", "unit": "service", "dienst": "service", "servicio": "service", "serviço": "service",
    "servizio": "service", "usługę": "service", "usługa": "service",
    # a broker's topic, subject, channel or queue a message is produced to ("na topic test.pings", "le sujet x",
    # "la cola jobs"): another one is another object (session 24, O1)
    "topic": "topic", "topics": "topic", "topicu": "topic", "thema": "topic", "sujet": "topic", "tópico": "topic",
    "tema": "topic", "subject": "topic", "channel": "topic", "kanal": "topic", "canal": "topic", "queue": "topic",
    "cola": "topic", "fila": "topic", "kolejka": "topic", "kolejkę": "topic", "warteschlange": "topic",
}  # fmt: skip

#: Groups and roles that give the run of a system: a member added there is a privilege change, never a slip.
PRIVILEGED = lazyre.compile(
    r"(?i)^(?:domain\s+admins|enterprise\s+admins|schema\s+admins|administrators|admins?|root|wheel|sudo|sudoers|"
    r"owners?|global\s+administrator|organization\s+management|account\s+operators|backup\s+operators|"
    r"cluster-admin|superusers?|roles/owner|roles/editor|[\w/.-]*admin[\w.-]*)$")

#: Name parts too common to say which one of several ("restart the api server" names no `api-*` unit by `api`).
GENERIC_PARTS = frozenset({"service", "services", "server", "servers", "app", "apps", "api", "web", "www", "prod",
                           "production", "staging", "stage", "dev", "development", "test", "testing", "main", "master",
                           "default", "worker", "workers", "local", "data", "backend", "frontend", "node", "host",
                           "daemon", "container", "pod", "job", "task", "timer", "socket", "target", "mount", "the",
                           "old", "new", "tmp", "temp", "cache", "logs", "log", "system", "user", "admin", "docker",
                           "and", "for", "all", "one", "two", "its", "our", "out", "off", "via", "from", "into", "file",
                           "files", "com", "org", "net", "example"})

#: must-match / must-not-match: (table, input, expected).
FIXTURES: tuple[tuple[str, tuple[str, str], str | None], ...] = (
    ("ps", ("Add-ADGroupMember", "-Identity"), "group"),
    ("ps", ("Remove-Mailbox", "-Identity"), "mailbox"),
    ("ps", ("Add-ADGroupMember", "-Members"), "principal"),
    ("ps", ("Stop-VM", "-Name"), "vm"),
    ("ps", ("Set-ADUser", "-Identity"), "principal"),
    ("ps", ("Remove-Item", "-LiteralPath"), "file"),
    ("ps", ("Add-ADGroupMember", "-Confirm"), None),
    ("ps", ("New-AzResourceGroup", "-Location"), None),
    ("ps", ("New-PowerBIReport", "-WorkspaceId"), ""),
    ("ps", ("New-AzVM", "-ResourceGroupName"), None),
    ("flag", ("--instance-ids", ""), "vm"),
    ("flag", ("--monitor-ids", ""), ""),
    ("flag", ("--cluster-name", ""), ""),
    ("flag", ("--region", ""), None),
    ("flag", ("--context", ""), None),
    ("flag", ("--reason", ""), None),
    ("flag", ("--db-snapshot-identifier", ""), ""),
    ("flag", ("--queue-url", ""), ""),
    ("flag", ("--limit", ""), "host"),
    ("key", ("pull_number", ""), "pr"),
    ("key", ("issue_id_or_key", ""), "issue"),
    ("key", ("group_id", ""), "group"),
    ("key", ("to", ""), "principal"),
    ("key", ("files", ""), "file"),
    ("key", ("project_id", ""), "project"),
    ("key", ("workspace_id", ""), "project"),
)
