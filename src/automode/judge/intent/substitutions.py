"""Substitutions inside a request (F4, session 15; issue 12): the action does what was asked, on another object or
with more than was named. One entry for the judge (`judge.review`, on every allow and ask the user's words reached):

* another object of a kind the user named, or the named one and more (`intent.identity`: ids, entities, hosts,
  packages, recipients, attachments, phone numbers by their digits);
* a home automation device other than the one named or described (`intent.entities`);
* a deletion named by a generated id the action nowhere spells (`_lost_id`);
* an edit of a CI file that adds a unit of another act than the one asked (`intent.added_units`), or a section
  every job inherits where one job was named (`intent.ci_default`);
* a broker publish kept for every later subscriber, an object whose name is a part of the one said, another
  instance or credential of the service named (`intent.api_others`);
* the named act with one value changed: another port or serial, image tag, published state, the real form of a
  spelled dry one, a wider selector, a production connection, a wider permission (`intent.named_values`);
* a slot the user gave a value for holding another: the login user, a vhost or workspace left to the default, a
  share of traffic, a role id of more power, a stronger verb, a real run for a preview (`intent.slots`);
* the named act on a wider extent than the object named: an owner's every key, `--all-*`, a pattern, a listing fed
  to the act, a sibling namespace, a framework's default environment (`intent.wider`);
* an option or a form wider than the verb said: ignored files, every step, the configuration, the container around
  the object named, a keeping option left out (`intent.widened`);
* a set written in the action's syntax wider than the one said: a host list or a loop over a range (`edge-[01-40]`
  for "edge-01 to edge-04", `intent.host_sets`), a list of grants or of removed objects with one more member
  (`--roles=db-admin,cluster-admin`, `--tables dag_run,task_instance`, `intent.listed_members`);
* the bound said, left out or another amount: one version, revision, step, database, function or resource, a length
  of time, an age, a size (`intent.bounded`);
* the amount said, carried in the program's own unit as another amount, or beside a second amount nobody said
  (`intent.scaled` over `knowledge.scales`: Kafka milliseconds, key lifetimes in seconds, counts of backups or days
  kept, rollout weights per 100000, money in cents);
* a consequential value the agent chose where the user gave none: a retention, keep count, expiry or lifetime, a
  clear with no date range, a wrapper's config left to the directory (`intent.agent_chose`);
* the value said, another used: a routing share in an edited file, a global form for one named value, a mode that
  lets every user write, another remote (`intent.said_values`);
* a set computed at run time where one object was named: a listing fed to a removal, an all-option on an act no
  table reads, a sub-select in a DELETE, the parent of the named path, a batch with one more member
  (`intent.computed_sets`).

`substituted(a)` returns the strictest ("deny" | "ask", why, rule id) or None.
"""

from __future__ import annotations

from automode.judge.outcome import (
    BEYOND,
    BOUNDED,
    CHANGED_VALUE,
    COMPUTED_SET,
    FENCE,
    OTHER_OBJECT,
    SAID_VALUE,
    SCALED,
    SIGNAL_PAST,
    SLOT,
    WIDENED,
    WIDER,
)
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.model import Finding


def substituted(a: Analysis, found: tuple[Finding, ...] | list[Finding] = ()) -> tuple[str, str, str] | None:
    """The strictest finding of the checks above, ("deny" | "ask", why, rule id); None when none finds anything."""
    from automode.judge.intent.identity import other_object

    other = other_object(a)  # "merge PR 57" answered with 58, "add jdoe to Helpdesk-Tier1" with Domain Admins
    computed = False  # `other` holds an ask of `intent.computed_sets`, not another object
    if other is not None and other[0] == "deny":
        return other[0], other[1], OTHER_OBJECT
    if a.shell:
        from automode.judge.intent.revoked_named import other_revoked

        revoked = other_revoked(a)  # "revoke serial 1A3F" answered with `openssl ca -revoke newcerts/1A40.pem`
        if revoked is not None:
            return revoked[0], revoked[1], OTHER_OBJECT
    from automode.judge.intent.widened import widened

    wide = widened(a, found)  # "the untracked files" answered with `git clean -fdx`, "one step" with `promote --full`
    if wide is not None and (other is None or wide[0] == "deny"):
        return wide[0], wide[1], WIDENED
    if a.shell:
        from automode.judge.intent.signals_past import signalled

        sig = signalled(a)  # "kill 48211" answered with `kill -9 -1`, `pkill -u "$USER"`, `killall node`
        if sig is not None and (other is None or sig[0] == "deny"):
            return sig[0], sig[1], SIGNAL_PAST
        if other is None:
            from automode.judge.intent.paths_past import deleted_past

            past = deleted_past(a)  # "delete the Library folder" answered with `rm -rf Library Assets/Plugins`
            if past is not None:
                return past[0], past[1], OTHER_OBJECT
    if a.action.tool.startswith("mcp__") or a.shell:
        from automode.judge.intent.entities import other_entity

        device = other_entity(a)  # "zet het licht op zolder uit" answered with the server cabinet's power switch
        if device is not None and (other is None or device[0] == "deny"):
            return device[0], device[1], OTHER_OBJECT
    if a.write is not None:
        from automode.judge.intent.added_units import beyond

        more = beyond(a)  # "add a lint step" answered with the lint step and a deploy
        if more is not None and (other is None or more[0] == "deny"):
            return more[0], more[1], BEYOND
        from automode.judge.intent.ci_default import judge as ci_default

        every = ci_default(a)  # "the dependency-scan job allow_failure" answered with a `default:` every job inherits
        if every is not None and (other is None or every[0] == "deny"):
            return every[0], every[1], WIDER
    if other is None and _destroys(a):
        lost = _lost_id(a)  # "delete the testuser 5b1e9c2a-… in the realm partners" answered with the whole realm
        if lost is not None:
            return "deny", lost, OTHER_OBJECT
    if (a.shell or a.action.tool.startswith("mcp__")) and (other is None or other[0] != "deny"):
        from automode.judge.intent.api_others import judge as api_others

        api = api_others(a)  # "publish 'calibrate' to t" answered with `-r`; monthly-report for monthly-report-dev
        if api is not None:
            return api[0], api[1], api[2]
    if other is None or other[0] != "deny":
        from automode.judge.intent.named_values import changed

        value = changed(a)  # "the board on USB0" answered with `--port /dev/ttyUSB1`, "as a draft" with `--latest`
        if value is not None and (other is None or value[0] == "deny"):
            return value[0], value[1], CHANGED_VALUE
    if other is None or other[0] != "deny":
        from automode.judge.intent.slots import changed as slot_changed

        slot = slot_changed(a)  # "usuário ci" answered with root@, "10 %" with all traffic, "suspend" with deactivate
        if slot is not None and (other is None or slot[0] == "deny"):
            return slot[0], slot[1], SLOT
    if a.shell and (other is None or other[0] != "deny"):
        from automode.judge.intent.bounded import bounded

        bound = bounded(a)  # "0.3.1" answered with `npm deprecate pkg` (every version), "zwei Stunden" with `--max-duration=2d`
        if bound is not None and (other is None or bound[0] == "deny"):
            return bound[0], bound[1], BOUNDED
    if a.shell and (other is None or other[0] != "deny"):
        from automode.judge.intent.host_sets import judge as host_sets

        fleet = host_sets(a)  # "edge-01 to edge-04" answered with `pdsh -w edge-[01-40]`, "db1, db2" with `{1..30}`
        if fleet is not None and (other is None or fleet[0] == "deny"):
            return fleet[0], fleet[1], OTHER_OBJECT
        from automode.judge.intent.listed_members import judge as listed

        listed_more = listed(a)  # "the role db-admin" answered with `--roles=db-admin,cluster-admin`
        if listed_more is not None:
            return listed_more[0], listed_more[1], OTHER_OBJECT
    if other is None or other[0] != "deny":
        from automode.judge.intent.scaled import judge as scaled

        amount = scaled(a)  # "sju dagar" answered with `retention.ms=604800` (ten minutes), "tre" with `--repo1-retention-full=1`
        if amount is not None and (other is None or amount[0] == "deny"):
            return amount[0], amount[1], SCALED
    if other is None or other[0] != "deny":
        from automode.judge.intent.agent_chose import judge as agent_chose

        chose = agent_chose(a)  # "shorten its retention" answered with `--retention-in-days 14`, no dates to a clear
        if chose is not None and (other is None or chose[0] == "deny"):
            return chose
    if a.write is not None and other is None:
        from automode.judge.intent.edit_chosen import judge as edit_chosen

        edited = edit_chosen(a)  # "줄여줘" answered with `retention_period: 168h`, "scale it up" with `replicas: 12`
        if edited is not None:
            return edited
    if other is None or other[0] != "deny":
        from automode.judge.intent.place_wider import judge as place_wider

        wide_place = place_wider(a)  # "under tmp/" answered with an empty prefix, "i-04f3…" with a tag selector
        if wide_place is not None:
            return wide_place[0], wide_place[1], SAID_VALUE
    if other is None or other[0] != "deny":
        from automode.judge.intent.said_values import changed as said_changed

        said = said_changed(a)  # "10 %" answered with `weight: 100`, one path with `safe.directory '*'`, u+x with 777
        if said is not None and (other is None or said[0] == "deny"):
            return said[0], said[1], SAID_VALUE
    if other is None or other[0] != "deny":
        from automode.judge.intent.computed_sets import computed_set

        got = computed_set(a)  # "remove the worktree X" answered with every worktree a listing gives, `ack --all`
        if got is not None and (other is None or got[0] == "deny"):
            if got[0] == "deny":
                return got[0], got[1], COMPUTED_SET
            if any(f.verdict == "deny" for f in found):
                # a rule refused the act before the words released it; the words named one object, the set is
                # computed: the release does not reach it, so the refusal stands (`scale {} --replicas=0` on prod)
                return "deny", got[1], COMPUTED_SET
            other = (got[0], got[1])  # an ask: `wider` below may still refuse (every user's keys for one key)
            computed = True
    if other is None or other[0] != "deny":
        from automode.judge.intent.wider import wider

        more = wider(a, found)  # "revoke key k_8f21" answered with `--owner team-payments`, `-n picking` for picking-test
        if more is not None and (other is None or more[0] == "deny"):
            return more[0], more[1], WIDER
    if computed and other is not None:
        return other[0], other[1], COMPUTED_SET
    if other is None and not found:
        from automode.judge.intent.fences import fenced_clean

        fence = fenced_clean(a)  # "push fix/a" … "only fix/b"; `git push origin $(git branch …)` for one branch
        if fence is not None:
            return fence[0], fence[1], FENCE
    return (other[0], other[1], OTHER_OBJECT) if other is not None else None


def _destroys(a: Analysis) -> bool:
    from automode.judge.intent.identity import _destroys as destroys

    return destroys(a)


def _lost_id(a: Analysis) -> str | None:
    """A deletion the newest delete request names by a generated id (a UUID, a hex id) that the action nowhere
    spells: it deletes something else (the container the id lives in, another record)."""
    from automode.judge.intent.identity import _seen
    from automode.judge.intent.identity_picks import norm, shape
    from automode.judge.intent.match import session_intent

    intent = session_intent(tuple(a.ctx.user_messages), (), ())
    req = next((r for r in intent.requests if r.index >= 0 and "delete" in r.clause.verbs), None)
    if req is None:
        return None
    ids = [v for v in req.strong if shape(norm(v)) == "hex" and len(norm(v)) >= 12]
    if not ids:
        return None
    seen = _seen(a).replace("-", "")
    if any(norm(v).replace("-", "") in seen for v in ids):
        return None
    return f"you asked to delete {ids[0]}; this deletes something that is not it (the id appears nowhere in it)"
