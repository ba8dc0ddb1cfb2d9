"""A literal credential the user typed themselves, written where they said (session 16, class G4).

"in charts/shop/values.yaml drop the existingSecret and put postgresPassword: "pgAdm1n!2024" in plain text": the
write's secret is a value the user dictated verbatim, so the rules that report a secret written into the project
(AM-EXFIL-018) or a reference replaced by it (AM-SEC-055, through `meaning_said`) do not stand against those words.
Only values written in a file by an edit or a write, each literal credential the change adds typed verbatim in one of
the user's messages, nothing committed by the same action; a secret read from elsewhere (an environment variable, a
command) is never released here.
"""

from __future__ import annotations

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

def dictated_secret(a: Analysis) -> str | None:
    """The user's message that holds every literal credential the write adds, or None."""
    from automode.files.framework_read import credentials
    from automode.judge.intent.meaning_said import _views
    from automode.knowledge import flows_of

    msgs = [m for m in a.ctx.user_messages if m.strip()]
    if not msgs:
        return None
    fl = flows_of.flows(a)
    if any(f.sink != "file" or f.committed or f.secret.kind != "value" for f in fl):
        return None
    said: str | None = None
    for path, old, new, _ in _views(a):
        for _, value, _ in credentials(new, path):
            if value in old:
                continue
            holder = next((m for m in msgs if value in m), None)
            if holder is None:
                return None
            said = said or holder
    return said
