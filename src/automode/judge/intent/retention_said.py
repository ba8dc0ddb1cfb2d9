"""A journal vacuum that keeps a working amount, where the user asked for old journals or logs to be cleaned up
(session 22, M3: `ssh log-3 'sudo journalctl --vacuum-time=14d'` for "ticket OPS-221: disk full on log-3, clean up
old journals").

AM-SEC-003 asks about such a vacuum (`rules.security.keeps_journal`: it deletes the oldest entries and keeps the
rest); a vacuum to nothing stays refused. The request releases it when a message asks for a removal ("clean up",
"delete", "räume … auf", "limpia": the `delete` verb class) of journals or logs, and, when the vacuum runs on another
host, names that host. A question ("how much disk are the journal logs using?") asks for nothing.
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.intent_types import Intent

#: Words for the journal or for logs, in the languages the gloss leaves as they are.
_LOGS = lazyre.compile(r"journal|jurnal|журнал|dziennik|günlük|(?<![\w-])logs?(?![\w-])|\blog\s*files?\b|protokoll|"
                       r"registros?\b|ログ|日志|日誌|로그|سجل")  # fmt: skip
#: The journal's own word for the act (journalctl(1) --vacuum-*), which the request reader has no verb for.
_VACUUM = lazyre.compile(r"(?i)\bvacuum")


def journal_cleanup(a: Analysis, intent: Intent) -> str | None:
    """The request's words when every journal vacuum of the action keeps a working amount and the user asked for the
    journals (or logs) to be cleaned up, on the host named where it runs elsewhere; else None."""
    from automode.judge.intent.remote_paths import host_said
    from automode.rules.security import keeps_journal

    vacuums = [c for c in a.commands if c.name == "journalctl" and any(x.startswith("--vacuum") for x in c.args)]
    if not vacuums or not all(keeps_journal(" ".join([c.name, *c.args])) for c in vacuums):
        return None
    asked = [r.clause.text for r in intent.requests if "delete" in r.clause.verbs and _LOGS.search(r.clause.text.lower())]
    asked += [m for m in a.ctx.user_messages if _VACUUM.search(m) and _LOGS.search(m.lower())]  # "vacuum the journal"
    said = " ".join(m.lower() for m in a.ctx.user_messages)
    if asked and all(host_said(c.remote.rsplit("@", 1)[-1].lower(), said) for c in vacuums if c.remote):
        return asked[0]
    return None
