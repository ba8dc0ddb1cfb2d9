"""A schedule against the time the user named (`intent.magnitude`, `knowledge.schedules`, `intent.when`): checked on
a released schedule and on a clean allow that writes one (a CronJob manifest, a workflow's `cron`, a timer)."""

from __future__ import annotations

from automode.judge.intent.said import joined
from automode.judge.outcome import BEYOND, judged
from automode.model import Decision
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis


def more_often(d: Decision, a: Analysis) -> Decision:
    """A schedule released by a request that runs far more often than the request said ("once a day at 7am" is not
    every minute): refused, since the excess is the part nobody asked for; one at another hour of the day than the
    one named ("매일 아침 9시에" answered with `0 3 * * *`): asked (`intent.magnitude`, `knowledge.schedules`)."""
    from automode.judge.intent.magnitude import schedule_beyond, schedule_elsewhen

    text = scheduled_text(a)
    if not text:
        return d
    said = joined(a.ctx.user_messages)
    over = schedule_beyond(text, said)
    if over is not None:
        runs, asked = over
        return judged(d, "deny", f"this schedules {runs:,.0f} runs a day; you asked for {asked:g} a day", BEYOND)
    other = schedule_elsewhen(text, said)
    if other is not None and d.verdict == "allow":
        spelled, hours, named = other
        return judged(d, "ask", f"`{spelled[:60]}` runs at {_hours(hours)}; you named {_hours(named)}", BEYOND)
    return d


def _hours(hours: frozenset[int]) -> str:
    return " or ".join(f"{h:02d}:00" for h in sorted(hours))


def scheduled_text(a: Analysis) -> str:
    """The command line and the text written by the action, where a schedule may be spelt."""
    from automode.knowledge.schedules import may_schedule

    parts = [a.command_text or "", *(e.content or "" for e in a.effects if e.kind == "write" and e.content)]
    text = "\n".join(p for p in parts if p)
    return text if may_schedule(text[:50_000]) else ""
