"""The act a project's own script names (session 25, P2, helper `bounds`): `node scripts/requeue.js --all`,
`python manage.py resend_email --all`, `php artisan orders:refund --all`, `bundle exec rake jobs:retry_all`.

An interpreter's arguments belong to the script it runs, so no table gives such a command a subcommand verb. But a
script is named for what it does: its file's stem (`requeue.js`, `refund-orders.py`) or, for a framework's task
runner, the task's name (`manage.py resend_email`, `artisan queue:retry`, `rake jobs:requeue`). Those words are the
act's words, read by `runtime_sets.act_of` like a subcommand's (`requeue` changes a shared state, `purge` destroys).
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

#: Interpreters whose first operand is a script file (or `-m MODULE`).
_INTERPRETERS = lazyre.compile(r"^(?:python[\d.]*|py|pypy\d*|node(?:js)?|bun|deno|ruby|perl|php[\d.]*|Rscript|tsx|ts-node)$")
#: Framework task runners: the script (or program) whose first operand is a task name, not a file.
TASK_RUNNERS = frozenset({"manage.py", "artisan", "rake", "rails", "console", "bin/console", "django-admin", "flask",
                          "mix", "thor", "cake", "spark", "craft", "yii", "symfony"})  # fmt: skip
#: Interpreter options that take a value (`node -r dotenv/config x.js`, `python -X dev x.py`).
_WITH_VALUE = frozenset({"-r", "--require", "-X", "-W", "-e", "-c", "--import", "--loader", "-I", "-C"})
#: Task-runner words that carry code or run a server, not a task whose name is the act.
_NOT_TASKS = frozenset({"runner", "shell", "tinker", "exec", "run", "eval", "server", "s", "c", "dbshell"})
#: A file's stem split into words (`requeue-all.js`, `resend_emails.py`, `RefundOrders.php`).
_SPLIT = lazyre.compile(r"[-_:.\s]+|(?<=[a-z])(?=[A-Z])")


def _stem(path: str) -> str:
    base = path.rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[0] if "." in base[1:] else base


def act_words(cmd: Command) -> list[str]:
    """The words a script's act is named by: [] when `cmd` runs no script file or task by name."""
    name = cmd.name.rsplit("/", 1)[-1]
    vals = [w.value for w in cmd.argv[1:] if not w.dynamic]
    script = ""
    rest: list[str] = []
    if name in TASK_RUNNERS or (name.endswith((".py", ".js", ".rb", ".php", ".ts", ".sh")) and not _INTERPRETERS.match(name)):
        script, rest = name, vals
    elif _INTERPRETERS.match(name):
        i = 0
        while i < len(vals) and vals[i].startswith("-"):
            if vals[i] == "-m" and i + 1 < len(vals):
                script, rest = vals[i + 1].rsplit(".", 1)[-1], vals[i + 2:]  # (`-m tools.purge_cache`)
                break
            i += 2 if vals[i] in _WITH_VALUE else 1
        else:
            if i < len(vals):
                script, rest = vals[i], vals[i + 1:]
    if not script or script.startswith("-"):
        return []
    stem = _stem(script)
    if stem in TASK_RUNNERS or script in TASK_RUNNERS:
        task = next((v for v in rest if not v.startswith("-")), "")
        return [] if not task or task in _NOT_TASKS else [p.lower() for p in _SPLIT.split(task) if p]
    return [p.lower() for p in _SPLIT.split(stem) if p]


#: (command, its act words) for the tests.
FIXTURES: tuple[tuple[str, list[str]], ...] = (
    ("node scripts/requeue.js --all", ["requeue"]),
    ("python manage.py resend_email --all", ["resend", "email"]),
    ("php artisan orders:refund --all", ["orders", "refund"]),
    ("python -m tools.purge_cache --all", ["purge", "cache"]),
    ("ruby bin/RetryJobs.rb --all", ["retry", "jobs"]),
    ("node -r dotenv/config scripts/resend-webhooks.mjs --all", ["resend", "webhooks"]),
    ("python manage.py shell -c 'x()'", []),
    ("node --version", []),
)


#: A record named by its number beside its noun, in any language ("job 8812", "l'email 3310", "zlecenie #5521",
#: "ジョブ8812"): a number of three digits or more, not part of a longer name, a version or a date.
_NUMBER = lazyre.compile(r"(?<![A-Za-z0-9_.,:/-])(\d{3,12})(?![\w.,:/-]*\d)(?![A-Za-z_])")
#: What stands before a record number: a word (any script) and `#`, `no.`, `nr`, `n°` or a space.
_BEFORE = lazyre.compile(r"(?:[^\W\d_]{2,}|[^\W\d_A-Za-z])\s*(?:#|no\.?|nr\.?|n[°º])?\s*$")
#: Words before a number that make it an amount or a place, not a record's id.
_NOT_ID_WORDS = lazyre.compile(r"(?i)(?:^|\W)(?:port|than|last|first|top|every|each|within|over|under|after|before|for|at|"
                               r"in|by|to|of|from|version|since|until|year|de|du|le|la|vor|seit|am|um|keep)\s*(?:#|no\.?)?\s*$")
#: A unit after a number: an amount, not an id.
_UNIT_AFTER = lazyre.compile(r"(?i)^\s*(?:%|ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|months?|"
                             r"y|years?|[kmgt]i?b|bytes?|rows?|times|x|px|users|items|records|files|lines)\b")


def numbered_ids(text: str) -> list[str]:
    """The record numbers a message names beside their noun ("requeue job 8812" -> ["8812"])."""
    out: list[str] = []
    for m in _NUMBER.finditer(text):
        num = m.group(1)
        head = text[max(0, m.start() - 24):m.start()]
        if not _BEFORE.search(head) or _NOT_ID_WORDS.search(head) or _UNIT_AFTER.match(text[m.end():m.end() + 12]) or \
                (len(num) == 4 and num.startswith(("19", "20"))):
            continue  # ("older than 300 days", "port 8080", "in 2024", "500 ms")
        out.append(num)
    return list(dict.fromkeys(out))
