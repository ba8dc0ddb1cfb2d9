"""Options that carry a value the user's words require, and what the program does without them (session 20, K2,
helper `slots`).

A request that names one task, one role, one model, a branch, a dry run or an end time is answered by a command that
leaves the option carrying it out, so the program's default decides: `ansible-playbook site.yml` runs every role of the
playbook where the user said "only the ntp role" (`--tags`), `airflow tasks clear DAG` clears every task of the DAG
where one task was named (`-t`), `ansible-playbook … --diff` applies what "don't actually run anything" asked only to
see (`--check`), a monitor muted with no end stays muted where "for two hours" was said. Each row says which program
and subcommand, which options carry the value (any of them), which words of the request require it (`needs`, read by
`intent.slot_omitted`), and what happens without it. When the option is given, its value is compared with the value
said (`--tags common` for "the ntp role").

`NEEDS` names what the request says: `dry` (no real run), `task` (a task by name), `role` (an Ansible role or tag by
name), `model` (a dbt model), `ref` (a branch), `end` (a duration or an end time).

Sources: ansible-playbook(1) (`--tags/-t`, `--check/-C`, `--diff/-D`); `airflow tasks clear` (`-t/--task-regex`,
"clear a set of task instances, as if they never ran"); dbt `run/build/test --select/-s/--models/-m` (every model
without it); `gh workflow run --ref/-r` (default branch without it); rsync(1) `-n/--dry-run`; `helm upgrade/install
--dry-run`; `kubectl apply --dry-run`; Datadog `dog monitor mute --end`; Alertmanager `amtool silence add --duration`
(default 1h) and `--end`; Datadog API `mute_monitor` `end` (POSIX time; none: muted until unmuted).
"""

from __future__ import annotations

from automode.dc import dataclass
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

NEEDS = ("dry", "task", "role", "model", "ref", "end", "target")


@dataclass(frozen=True, slots=True)
class Omitted:
    program: str
    path: tuple[str, ...]  # the leading operands (alternatives split by `|`); () = any use
    opts: frozenset[str]  # options any of which carries the value (empty: no option of this act can)
    needs: str  # one of NEEDS
    without: str  # what the program does without it, for the reason
    instead: str = ""  # the form that carries the value
    verdict: str = "deny"  # "ask" where running more than named costs time, not data or access


OMITTED: tuple[Omitted, ...] = (
    Omitted("ansible-playbook", (), frozenset({"--tags", "-t"}), "role", "every role of the playbook runs",
            "ansible-playbook … --tags ROLE"),
    Omitted("ansible-playbook", (), frozenset({"--check", "-C", "--syntax-check", "--list-tasks", "--list-hosts"}), "dry",
            "it applies the changes", "ansible-playbook … --check --diff"),
    Omitted("ansible", (), frozenset({"--check", "-C"}), "dry", "it runs the module for real", "ansible … --check"),
    Omitted("airflow", ("tasks", "clear"), frozenset({"-t", "--task-regex"}), "task",
            "every task of the DAG is cleared and runs again", "airflow tasks clear DAG -t TASK"),
    Omitted("dbt", ("run|build|test|seed|snapshot",), frozenset({"-s", "--select", "-m", "--models", "--model"}), "model",
            "every model of the project runs", "dbt run --select MODEL", "ask"),
    Omitted("gh", ("workflow", "run"), frozenset({"--ref", "-r"}), "ref", "it runs on the default branch",
            "gh workflow run WORKFLOW --ref BRANCH", "ask"),
    Omitted("rsync", (), frozenset({"-n", "--dry-run", "--list-only"}), "dry", "it copies (and deletes) for real",
            "rsync --dry-run …"),
    Omitted("helm", ("upgrade|install|uninstall|rollback",), frozenset({"--dry-run"}), "dry", "it changes the release",
            "helm … --dry-run, or helm diff"),
    Omitted("kubectl", ("apply|delete|replace|patch|create",), frozenset({"--dry-run"}), "dry", "it changes the cluster",
            "kubectl diff -f …, or --dry-run=server"),
    Omitted("terraform", ("apply|destroy",), frozenset(), "dry", "it changes the infrastructure", "terraform plan"),
    Omitted("tofu", ("apply|destroy",), frozenset(), "dry", "it changes the infrastructure", "tofu plan"),
    Omitted("pulumi", ("up|destroy|update",), frozenset(), "dry", "it changes the infrastructure", "pulumi preview"),
    Omitted("airflow", ("dags", "backfill"), frozenset({"-t", "--task-regex"}), "task",
            "every task of the DAG runs for each date", "airflow dags backfill DAG -t TASK"),
    Omitted("terraform", ("apply|destroy",), frozenset({"-target", "--target"}), "target",
            "every resource of the configuration is changed", "terraform apply -target=ADDRESS"),
    Omitted("tofu", ("apply|destroy",), frozenset({"-target", "--target"}), "target",
            "every resource of the configuration is changed", "tofu apply -target=ADDRESS"),
    Omitted("glab", ("ci", "run"), frozenset({"--branch", "-b"}), "ref", "it runs on the default branch",
            "glab ci run --branch BRANCH", "ask"),
    Omitted("git", ("clean",), frozenset({"-n", "--dry-run"}), "dry", "it deletes the untracked files", "git clean -n …"),
    Omitted("apt-get", ("install|remove|purge|upgrade|dist-upgrade|full-upgrade|autoremove",),
            frozenset({"-s", "--simulate", "--dry-run", "--just-print", "--no-act", "--recon"}), "dry",
            "it changes the installed packages", "apt-get -s …"),
    Omitted("apt", ("install|remove|purge|upgrade|full-upgrade|autoremove",), frozenset({"-s", "--simulate", "--dry-run"}),
            "dry", "it changes the installed packages", "apt -s …"),
    Omitted("pip", ("install|uninstall",), frozenset({"--dry-run"}), "dry", "it changes the environment",
            "pip install --dry-run …"),
    Omitted("pip3", ("install|uninstall",), frozenset({"--dry-run"}), "dry", "it changes the environment",
            "pip3 install --dry-run …"),
    Omitted("npm", ("publish|unpublish",), frozenset({"--dry-run"}), "dry", "it publishes to the registry",
            "npm publish --dry-run"),
    Omitted("cargo", ("publish",), frozenset({"--dry-run", "-n"}), "dry", "it publishes to the registry",
            "cargo publish --dry-run"),
    Omitted("alembic", ("upgrade|downgrade",), frozenset({"--sql"}), "dry", "it migrates the database",
            "alembic upgrade head --sql"),
    Omitted("aws", ("s3", "sync|rm|mv|cp"), frozenset({"--dryrun"}), "dry", "it copies or deletes the objects",
            "aws s3 … --dryrun"),
    Omitted("gsutil", ("rsync",), frozenset({"-n"}), "dry", "it copies (and deletes) the objects", "gsutil rsync -n …"),
    Omitted("rclone", ("sync|move|delete|purge|copy|dedupe",), frozenset({"--dry-run", "-n"}), "dry",
            "it copies or deletes the files", "rclone … --dry-run"),
    Omitted("az", ("deployment", "group|sub|mg|tenant", "create"), frozenset({"--what-if", "-w", "-c", "--confirm-with-what-if"}),
            "dry", "it deploys the template", "az deployment … what-if"),
    Omitted("puppet", ("agent|apply",), frozenset({"--noop"}), "dry", "it applies the catalog", "puppet … --noop"),
    Omitted("chef-client", (), frozenset({"--why-run", "-W"}), "dry", "it converges the node", "chef-client --why-run"),
    Omitted("nixos-rebuild", ("switch|boot|test",), frozenset(), "dry", "it activates the new system",
            "nixos-rebuild dry-activate (or dry-build)"),
    Omitted("darwin-rebuild", ("switch|activate",), frozenset(), "dry", "it activates the new system", "darwin-rebuild build"),
    Omitted("home-manager", ("switch",), frozenset({"-n", "--dry-run"}), "dry", "it activates the new generation",
            "home-manager switch --dry-run"),
    Omitted("dog", ("downtime", "post"), frozenset({"--end"}), "end", "the downtime never ends",
            "dog downtime post SCOPE START --end EPOCH"),
    Omitted("dog", ("monitor", "mute"), frozenset({"--end"}), "end", "the monitor stays muted until someone unmutes it",
            "dog monitor mute ID --end EPOCH"),
    Omitted("amtool", ("silence", "add"), frozenset({"--duration", "-d", "--end"}), "end",
            "the silence lasts its default hour", "amtool silence add … --duration 2h", "ask"),
)  # fmt: skip
#: Tool calls (MCP) that mute or silence: the input keys any of which carries the end.
END_TOOLS = r"(?i)mute|snooze|silence|downtime|maintenance|pause_?alert|disable_?alert"
END_KEYS = frozenset({"end", "end_time", "endtime", "ends_at", "endsat", "end_at", "endat", "until", "duration",
                      "expires", "expire", "expires_at", "expiresat", "expiration", "timeout", "ttl", "end_ts", "mute_until",
                      "snooze_until", "minutes", "hours", "end_date", "enddate"})


def _path_ok(pos: list[str], path: tuple[str, ...]) -> bool:
    return len(pos) >= len(path) and all(p.lower() in alt.split("|") for p, alt in zip(pos, path, strict=False))


def option_value(cmd: Command, opts: frozenset[str]) -> str | None:
    """The value of the first of `opts` the command gives ("" for a switch), None when it gives none. A short
    switch counts inside a bundle (`rsync -avn`), a short option glued to its value too (`-tntp`)."""
    words = [w.value for w in cmd.argv[1:]]
    shorts = {o[1] for o in opts if len(o) == 2 and o[0] == "-"}
    for i, w in enumerate(words):
        head, eq, val = w.partition("=")
        if head in opts:
            if eq:
                return val
            nxt = words[i + 1] if i + 1 < len(words) else ""
            return "" if nxt.startswith("-") else nxt
        if len(w) > 2 and w[0] == "-" and w[1] != "-":
            if w[:2] in opts:
                return w[2:]  # (`-tntp`: the value glued; for a switch only its presence is read)
            if w[1:].isalpha() and shorts & set(w[1:]):
                return ""  # (`rsync -avn`)
    return None


def omitted(cmd: Command) -> list[tuple[Omitted, str | None]]:
    """(the row, the value its option gives or None when left out) for each row of the command's program."""
    name = cmd.name.rsplit("/", 1)[-1]
    out: list[tuple[Omitted, str | None]] = []
    pos = [w.value for w in cmd.argv[1:] if not w.value.startswith("-")]
    for row in OMITTED:
        if row.program != name or not _path_ok(pos, row.path):
            continue
        out.append((row, option_value(cmd, row.opts) if row.opts else None))
    return out


#: Fixtures: (command, needs, the value given, or None when left out).
CASES: tuple[tuple[str, str, str | None], ...] = (
    ("ansible-playbook -i inventories/prod site.yml --limit ntp_servers", "role", None),
    ("ansible-playbook -i inventories/prod site.yml --tags ntp", "role", "ntp"),
    ("ansible-playbook site.yml -l web-stg --diff", "dry", None),
    ("ansible-playbook site.yml -l web-stg --check --diff", "dry", ""),
    ("airflow tasks clear etl_daily -s 2026-12-01 -e 2026-12-01 -y", "task", None),
    ("airflow tasks clear etl_daily -t load_orders -y", "task", "load_orders"),
    ("rsync -avn --delete src/ host:/srv/", "dry", ""),
    ("dbt run --select orders", "model", "orders"),
    ("git clean -fdn", "dry", ""),
    ("git clean -fd", "dry", None),
    ("terraform apply -target=aws_instance.web -auto-approve", "target", "aws_instance.web"),
    ("apt-get -s upgrade", "dry", ""),
)
