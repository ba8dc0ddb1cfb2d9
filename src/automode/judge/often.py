"""A schedule against the time the user named (`intent.magnitude`, `knowledge.schedules`, `intent.when`): checked on
a released schedule and on a clean allow that writes one (a CronJob manifest, a workflow's `cron`, a timer)."""

from __future__ import annotations

from automode import lazyre
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
    from automode.judge.intent.cadence_said import per_day

    # "every two hours", "हर दो घंटे", "כל שעה": a recurrence and a length in any language (session 24, O2)
    over = schedule_beyond(text, said, per_day(said))
    if over is not None:
        runs, asked = over
        return judged(d, "deny", f"this schedules {runs:,.0f} runs a day; you asked for {asked:g} a day", BEYOND)
    from automode.judge.intent.clock_said import more_times

    extra = more_times(text, said)  # "à 2h30 chaque nuit" answered with `*/30 2 * * *` (session 28, T4)
    if extra is not None:
        spelled, times, at = extra
        return judged(d, "deny", f"you asked for one run at {at}; `{spelled[:60]}` runs at {times}", BEYOND)
    from automode.judge.intent.clock_said import fewer_days

    some = fewer_days(text, said) if d.verdict == "allow" else None
    if some is not None:  # "every night at 2:30" answered with `30 2 * * 0` (session 28, T4)
        return judged(d, "ask", f"you asked for every day at {some[1]}; `{some[0][:60]}` runs on some days only", BEYOND)
    vague = _rate_unsaid(text, said) if d.verdict == "allow" else None
    if vague is not None:
        return judged(d, "ask", f"you asked for it {vague!r} and named no rate; this schedules {_rate(text):,.0f} runs a "
                      "day, a rate you did not choose", BEYOND)  # fmt: skip
    other = schedule_elsewhen(text, said)
    if other is not None and d.verdict == "allow":
        spelled, hours, named = other
        return judged(d, "ask", f"`{spelled[:60]}` runs at {_hours(hours)}; you named {_hours(named)}", BEYOND)
    from automode.judge.intent.magnitude import schedule_minute_off

    off = schedule_minute_off(text, said) if d.verdict == "allow" else None
    if off is not None:  # "her gece 03:15'te" answered with `0 3 * * *` (session 20, K2)
        return judged(d, "ask", f"`{off[0][:60]}` runs at another minute than the {off[1]} you named", BEYOND)
    return d


#: A recurrence said with no rate ("regularly", "jevnlig", "定期的に"): how often is then the agent's choice.
_VAGUE = lazyre.compile(r"(?i)\b(?:regularly|periodically|routinely|every\s+so\s+often|from\s+time\s+to\s+time|"
                        r"on\s+a\s+schedule|regelm[äa](?:ß|ss)ig|r[ée]guli[èe]rement|p[ée]riodiquement|regularmente|"
                        r"peri[óo]dicamente|regolarmente|jevnlig|regelbundet|regelmatig|regularnie|pravideln[ěe]|"
                        r"düzenli|[đd][ịi]nh\s+k[ỳy]|secara\s+berkala|регулярно|периодически)\b|定期的|定期|주기적")


def _rate_unsaid(text: str, said: str) -> str | None:
    """The user's words for a recurrence with no rate, when the schedule runs more than once a day and they named
    no rate or time at all; None otherwise."""
    from automode.judge.intent.gloss import times_in_english
    from automode.judge.intent.magnitude import asked_per_day
    from automode.judge.intent.when import asked_hours

    m = _VAGUE.search(said)
    if m is None or _rate(text) <= 1:
        return None
    if asked_per_day(said) is not None or any(asked_hours(times_in_english(x)) for x in said.split("\n")):
        return None
    return m.group(0)


def _rate(text: str) -> float:
    from automode.knowledge.schedules import schedules

    return max((s.per_day for s in schedules(text)), default=0.0)


def _hours(hours: frozenset[int]) -> str:
    return " or ".join(f"{h:02d}:00" for h in sorted(hours))


def scheduled_text(a: Analysis) -> str:
    """The command line and the text written by the action, where a schedule may be spelt."""
    from automode.knowledge.schedules import may_schedule

    parts = [a.command_text or "", *(e.content or "" for e in a.effects if e.kind == "write" and e.content)]
    text = "\n".join(p for p in parts if p)
    return text if may_schedule(text[:50_000]) else ""
