"""What a task's own name says it does (session 26, Q2, helper `cli`; read by `judge.intent.looked_acts`): a task
is named by its verb, the first verb word of its own part (after the namespace of `coupons:count_expired`,
`orders:cancel_pending`, `users:list-inactive`), in any runner (rake, artisan, manage.py, mix, npm run, make, just).

* A read verb first (`count`, `list`, `show`, `report`, `stats`, `find`, `check`, `audit`, `preview`, `summary`)
  and no act verb after it: the task reads; "expired", "deleted", "stale" after it are the state of what it counts,
  not an act (`coupons:count_expired` for "how many expired coupons? there's a rake task that counts them").
* An act verb anywhere (`count_and_purge_expired`): the act decides, as before.
* Acts beyond the old tables, the first word of an application task's own name (rake, artisan, manage.py, mix; not
  a build tool's script): a state changed on records (`cancel`, `void`, `archive`, `deactivate`, `suspend`, `ban`,
  `revoke`, `reject`, `approve`, `anonymize`, `redact`, `reassign`) is a write; money moved (`refund`, `charge`,
  `payout`) a send. "How many pending orders?" answered with `orders:cancel_pending` is an act.
"""

from __future__ import annotations

import re

from automode import lazyre

#: Read verbs a task's name leads with.
READ_FIRST = frozenset({"count", "counts", "list", "ls", "show", "report", "reports", "print", "stats", "stat",
                        "find", "check", "audit", "preview", "summary", "summarize", "summarise", "tally", "total",
                        "totals", "inspect", "verify", "validate", "status", "info", "describe", "explain", "diff",
                        "lint", "doctor", "size", "sizes", "measure", "estimate", "display", "get", "view", "search",
                        "lookup", "query", "dry", "dryrun"})  # fmt: skip
#: Act words of a task's name beyond `looked_acts` (stems): a record's state changed, money moved.
WRITE_STEMS = lazyre.compile(r"(?i)^(?:cancel|void|archiv|deactivat|suspend|ban|revok|reject|approv|anonymi|redact|"
                             r"reassign|unsubscrib|terminat)\w*$")
SEND_STEMS = lazyre.compile(r"(?i)^(?:refund|charge|payout)\w*$")
#: A cheap test on a runner's command line for the stems above.
TASK_STEMS = lazyre.compile(r"(?i)cancel|void|archiv|deactivat|suspend|ban|revok|reject|approv|anonymi|redact|reassign|"
                            r"unsubscrib|terminat|refund|charge|payout")
#: Runners of an application's own tasks (not build tools: `npm run build:email-templates` names an output).
APP_RUNNERS = frozenset({"rake", "bin/rake", "rails", "bin/rails", "bundle", "php", "artisan", "python", "python3",
                         "manage.py", "./manage.py", "mix", "symfony", "console", "bin/console", "flask", "invoke",
                         "inv"})
_SPLIT = re.compile(r"[\s_:./-]+|(?<=[a-z])(?=[A-Z])")
#: A word that is the state of a thing (an adjective or participle), not an act: "expired", "deleted", "pending".
_STATE = lazyre.compile(r"(?i)^\w+(?:ed|ing)$|^(?:stale|old|pending|inactive|orphan\w*|unused|dead|overdue)$")


def own_words(name: str) -> list[str]:
    """The words of the task's own part (after its namespace), lower case."""
    own = name.rsplit(":", 1)[-1] if ":" in name else name
    return [w.lower() for w in _SPLIT.split(own) if w]


def reads(name: str, acts: re.Pattern[str]) -> bool:
    """The task's name leads with a read verb and no word after it is an act (`acts`, the caller's act words, or
    this module's), except the state of what it reads ("expired")."""
    words = own_words(name)
    if not words or words[0] not in READ_FIRST:
        return False
    for w in words[1:]:
        if _STATE.match(w):
            continue
        if acts.match(w) or WRITE_STEMS.match(w) or SEND_STEMS.match(w):
            return False
    return True


def act_of(name: str) -> str | None:
    """"update" or "send" for a task whose own name's first word changes records' state or moves money; None."""
    words = own_words(name)
    first = words[0] if words else ""
    if WRITE_STEMS.match(first) and not _STATE.match(first):
        return "update"
    if SEND_STEMS.match(first):
        return "send"
    return None
