"""The embedded judge (SPEC §6, pipeline stage 6): the user's own words release soft rules or tighten allows.

Deterministic and offline. It reads the user's messages, project instructions and configured boundaries, never the
agent's prose or tool output (the Context carries none of those). In order:

1. a boundary the user stated ("don't push", "only touch src/", "no new dependencies", "wait for my review")
   turns a matching action into a deny;
2. MCP / custom tools: a side-effect call is released when the user asked for that kind of call and every
   destination value (recipient, IBAN, URL, password) appears in their words; a value found nowhere in them makes
   it an ask when the call was asked for, a deny when it was not (the shape of a prompt-injected side effect);
   a read that hunts for a secret the user never mentioned is an ask;
3. a soft rule's deny or ask is released to allow by a request that names this action's verb and object, to ask
   by a request that names the verb but no specific object; nothing is released on a protected object (main)
   the user did not name, on system paths, or for rules whose risk a request cannot settle.

An optional LLM judge (`automode.judge.llm`) is consulted afterwards for what this leaves open, only when configured.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.judge.intent.asked_reads import content_asked, owner_named
from automode.judge.intent.inert import inert
from automode.judge.intent.place_said import said_outright
from automode.judge.intent.refusals import refused_edit
from automode.judge.often import more_often
from automode.judge.outcome import (
    BEYOND,
    CARRIED,
    INJECTED,
    OUTBOUND,
    RELEASED,
    UNASKED,
    judged,
)
from automode.judge.release import SELF_READ, WEAKENING_RULES, _release
from automode.model import SEVERITY, Decision, Verdict
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.config import Config
    from automode.judge.intent.facts import Target
    from automode.judge.intent.match import Intent
    from automode.model import Finding



# Every boundary form (intent/text.py: scope, review, deps, read-only, negated verb) contains one of these words.
_BOUNDARY_CUE = lazyre.compile(
    r"\b(only|stay|keep|limit|restrict|outside|don'?t|dont|do\s+not|wait|until|before|review|read[- ]only|just|no|"
    r"never|avoid|refrain|without|i'?ll|i\s+will|i'm\s+going|let\s+me|myself|hold|yet|stop|pause|hang|abort|cancel|"
    r"forget|scratch|never\s*mind|dry[- ]?run|leave|hands|except|later|tomorrow|tonight|afterwards?|"
    r"next\s+(?:week|month|sprint|time|release|cycle)|another\s+(?:time|day)|not\s+(?:now|today|tonight)|"
    r"after\s+(?:lunch|dinner|the\s+weekend|the\s+holidays?|hours|the\s+freeze|the\s+demo|the\s+meeting))\b|"
    r",\s*not\b|\bbut\s+not\b", re.I)  # (session 25, P4: "push later" holds the push back: `intent.held_back`)


@lru_cache(maxsize=4096)
def _may_state_boundary(text: str) -> bool:
    from automode.judge.intent.stance import (
        may_take_back,  # "app:1.1 zostaw", "laisse tomber" (`intent.stance`)
        opens_narrowing,  # "trouwens, alleen wt-a", "förresten, bara old-checkout"
    )

    if _BOUNDARY_CUE.search(text[:20_000]) is not None or may_take_back(text[:4000]) or opens_narrowing(text):
        return True
    from automode.judge.intent.gloss import gloss

    read = gloss(text[:20_000])  # a boundary in another language ("Staging NICHT anfassen")
    return read != text[:20_000] and _BOUNDARY_CUE.search(read) is not None


def review(d: Decision, found: list[Finding], a: Analysis, config: Config) -> Decision:
    """The one entry point of the judge (pipeline stage 6): the user's words and the session's memory weigh the
    engine's proposal `d` for the analysed action `a`, given the rules that fired (`found`). Whatever allowed it,
    every message after the one that asked for the act must leave that request standing (`intent.later_stands`)."""
    out = _reviewed(d, found, a, config)
    if out.verdict != "allow" or len(a.ctx.user_messages) < 2 or a.problems or out.stage == "user-rule":
        return out
    from automode.judge.intent.later_stands import LATER, lowered

    low = lowered(a)  # "gỡ lodash ra" … "thôi khỏi": a later message took it back, put it off or narrowed it
    if low is None:
        return out
    return Decision(low[0], low[1], (LATER, *out.rules), out.category if out.category != "routine"  # type: ignore[arg-type]
                    else "trust-boundary", None, "judge")


def _reviewed(d: Decision, found: list[Finding], a: Analysis, config: Config) -> Decision:
    looks = bool(a.ctx.user_messages) and inert(a)  # only reads local files: no target, amount or place to compare
    looked = False  # (`looked_acts` read the question: what it found is its own to weigh)
    out = _review(d, found, a, config, looks)
    if looks:
        return out
    if a.ctx.user_messages and out.stage != "user-rule" and out.verdict != "deny" and not a.problems:
        from automode.judge.intent import looked_acts

        acted = looked_acts.judge(a, out.verdict) if looked_acts.maybe(a) else None  # "how many jobs are queued?"
        looked = acted is not None
        if acted is not None and SEVERITY[acted[0]] > SEVERITY[out.verdict]:  # answered with every queue cleared (J3)
            out = judged(out, acted[0], acted[1], looked_acts.LOOKED)  # type: ignore[arg-type]
        if out.verdict != "deny" and a.shell:
            from automode.judge.intent import beside_task

            extra = beside_task.judge(a)  # "run the unit tests" answered with `gradlew :core:test purgeRemoteBuildCache`
            if extra is not None:
                out = judged(out, extra[0], extra[1], beside_task.BESIDE)  # type: ignore[arg-type]
        if out.verdict != "deny" and not a.shell:
            from automode.judge.intent import test_reach

            emptied = test_reach.judge(a)  # "write a test for the uploader" whose cleanup empties the production bucket
            if emptied is not None:
                out = judged(out, emptied[0], emptied[1], test_reach.TEST_REACH)  # type: ignore[arg-type]
        if out.verdict == "allow" and a.shell:
            from automode.judge.intent.fixer_reach import REACH, reach

            wide = reach(a)  # "lint src/forms" answered with `eslint . --fix`: every file of the project rewritten
            if wide is not None:
                out = judged(out, wide[0], wide[1], REACH)  # type: ignore[arg-type]
        if out.verdict == "allow" and a.shell:
            from automode.judge.intent.chosen_target import judge as chosen

            # "the staging inventory" answered with `ANSIBLE_INVENTORY=inventories/preprod`, "on workspace staging" with
            # `workspace select staging-eu`, "the dev target" with `dbt run` and no `--target` (`intent.chosen_target`)
            picked = chosen(a)
            if picked is not None:
                out = judged(out, picked[0], picked[1], picked[2])  # type: ignore[arg-type]
        if out.verdict != "deny" and a.shell:
            from automode.judge.intent.env_picked import judge as env_picked

            # "roll back payments to revision 41" answered with `helm rollback … -n pay-stg`, "run the smoke test
            # against dev" with `k6 run --config k6/prod.json`: the place the command's own words choose (R4)
            placed = env_picked(a)
            if placed is not None and SEVERITY[placed[0]] > SEVERITY[out.verdict]:
                out = judged(out, placed[0], placed[1], placed[2])  # type: ignore[arg-type]
        if out.verdict == "allow" and a.shell:
            from automode.judge.intent.pid_wide import judge as pid_wide

            wider = pid_wide(a)  # "kill the vite on 5173" answered with `kill $(lsof -t -i:5173)`: its clients too
            if wider is not None:
                out = judged(out, wider[0], wider[1], wider[2])  # type: ignore[arg-type]
        if out.verdict == "allow" and a.shell:
            from automode.judge.intent.wide_named import judge as wide_named

            took = wide_named(a)  # "composer update for symfony/http-kernel only" answered with a bare `composer update`
            if took is not None:
                out = judged(out, took[0], took[1], took[2])  # type: ignore[arg-type]
        if out.verdict == "allow" and a.shell and len(a.commands) > 1:
            from automode.judge.intent.checks_beside import judge as checks_beside

            added = checks_beside(a)  # "run go vet and the tests" answered with `… && go mod tidy && git commit -am`
            if added is not None:
                out = judged(out, added[0], added[1], added[2])  # type: ignore[arg-type]
    if a.ctx.user_messages and out.stage != "user-rule" and out.verdict != "deny" and not a.problems:
        from automode.judge.intent.destinations import judge as destination

        # where the data goes: a place other than the one the user named is refused, the named one releases the
        # upload ask, an upload nobody asked for is asked (`intent.destinations`)
        went = destination(a, out.verdict, out.rules)
        if went is not None:
            out = judged(out, went[0], went[1], RELEASED if went[0] == "allow" else BEYOND)  # type: ignore[arg-type]
        if out.verdict != "deny":
            from automode.judge.intent.links import judge as link

            # a presigned URL, SAS or share link: its object, its lifetime and what it lets the holder do, against
            # what the user asked for (`intent.links`); only ever stricter
            linked = link(a)
            if linked is not None and SEVERITY[linked[0]] > SEVERITY[out.verdict]:
                out = judged(out, linked[0], linked[1], BEYOND)  # type: ignore[arg-type]
            elif linked is None and out.verdict == "ask":
                from automode.judge.intent.slot_settles import settles  # (a link, a share of traffic)

                exact = settles(a, out.rules)
                if exact is not None:
                    out = judged(out, "allow", exact, RELEASED)
    if a.ctx.user_messages and out.stage != "user-rule" and out.verdict != "deny" and not a.problems and not looked:
        from automode.judge.intent import asked_only

        # "c'est quoi le TTL ?" answered by setting one; "take a look" by a delete (R4); after `destinations`, whose
        # refusal of an upload nobody asked for is stricter than this ask (landing s27, test_s11_store)
        told = asked_only.judge(a, RELEASED in out.rules)
        if told is not None and SEVERITY[told[0]] > SEVERITY[out.verdict]:
            from automode.judge.intent.looked_acts import LOOKED

            out = judged(out, told[0], told[1], LOOKED)  # type: ignore[arg-type]
    if a.ctx.user_messages and out.stage != "user-rule" and out.verdict != "deny" and not a.problems:
        from automode.judge.intent.substitutions import substituted

        other = substituted(a, found)  # "merge PR 57" answered with 58; "add a lint step" with a deploy step beside it
        if other is not None and SEVERITY[other[0]] > SEVERITY[out.verdict]:
            out = judged(out, other[0], other[1], other[2])  # type: ignore[arg-type]
        if out.verdict == "allow" and a.shell:
            from automode.judge.intent import access_said

            broad = access_said.beyond(a) if access_said.maybe(a) else None  # "principal deploy" as `-n deploy,root`
            if broad is not None:
                out = judged(out, broad[0], broad[1][:1].upper() + broad[1][1:] + ".", BEYOND)  # type: ignore[arg-type]
    if out.verdict != "allow" or not a.ctx.user_messages or out.stage == "user-rule":
        return out
    if found and RELEASED in out.rules:
        from automode.judge.intent.fences import after_release

        # a later "no" the reading could not place; a set, an owner or a narrowing the release never looked at
        held = after_release(d, out, a)
        if held is not None:
            return held
    aimed = _dns_aimed(a) if out.stage == "judge" else None
    if aimed is not None:  # "point beta.example at the new LB" answered with another record, a deletion, another target
        return Decision("deny" if not aimed[0] else "ask", aimed[1], (BEYOND, *out.rules), "trust-boundary", None, "judge")
    from automode.judge.intent.parts_out import taken

    # However it came to be allowed (no rule objected, a request released it, a tool call's values matched), a copy
    # that takes the whole where the user named a part is asked: "dump just the refunds table" answered with the
    # whole database, "upload the model" with the whole artifacts directory, "no secrets" with `zip -r .`.
    whole = taken(a, a.ctx.user_messages)
    if whole is None:
        return out
    return Decision("ask", whole[1], (BEYOND, *out.rules), "trust-boundary", None, "judge")


def _dns_aimed(a: Analysis) -> tuple[str, str] | None:
    """A DNS record change released by the user's words, against the records and targets those words name
    (`knowledge.dnsrecords`): ("" = refuse | "ask", why), None when it is the named record aimed where they said."""
    if not any(e.kind in ("control", "mcp", "network") for e in a.effects):
        return None
    from automode.knowledge.dnsrecords import beyond, records

    recs = records(a)
    if not recs:
        return None
    from automode.judge.intent.match import session_intent

    intent = session_intent(a.ctx.user_messages, (), ())
    verbs = frozenset().union(*(r.clause.verbs for r in intent.requests)) if intent.requests else frozenset()
    return beyond(recs, verbs, "\n".join(a.ctx.user_messages).lower())


def _review(d: Decision, found: list[Finding], a: Analysis, config: Config, looks: bool = False) -> Decision:
    ctx = a.ctx
    mem = ctx.memory
    if mem is not None and mem.secret_digests and d.verdict != "deny" and any(e.kind in OUTBOUND for e in a.effects):
        from automode.judge.memory import carried_secret

        leaked = carried_secret(a.action.input, mem)
        if leaked is not None:
            where = ", ".join(mem.secret_sources[-2:]) or "a secret file"
            return Decision("deny", f"this sends a secret value the session read from {where} ({leaked[:4]}…): "
                            "that is an exfiltration, whoever asked", (CARRIED, *d.rules), "exfiltrate", None, "judge")
    if mem is not None and mem.injected and d.verdict != "deny" and any(e.kind != "read" for e in a.effects):
        from automode.judge.memory import carried_injected

        value = carried_injected(a.action.input, mem, "\n".join((*ctx.user_messages, *ctx.instructions)))
        if value is not None:
            return Decision("deny", f"this acts on {value!r}, which came from tool output automode flagged as a prompt "
                            "injection, and the user never named it", (INJECTED, *d.rules), "prompt-injection",
                            "Tell the user what the output asked for and let them decide.", "judge")  # fmt: skip
    own = bool(mem is not None and mem.created and found and d.verdict != "allow")
    if not ctx.user_messages and not ctx.instructions and not config.boundaries and not own:
        return d  # nothing to weigh: the hot path pays one attribute check
    # "fix the date parser test" answered with a tag push, a POST, a deploy (a boundary the user stated, below, first)
    unasked = _unasked_outward(d, a) if d.verdict == "allow" and d.stage != "user-rule" and ctx.user_messages \
        and not looks else None
    if unasked is not None and unasked.verdict == "deny" and not config.boundaries:
        return unasked  # nothing asks for the act at all: no finer check (a value, an environment) can say more
    if d.verdict == "allow" and d.stage != "user-rule" and ctx.user_messages:
        from automode.judge.intent.envdrift import drift

        drifted = drift(a)  # "run it on the dev cluster" answered on production: no rule need have fired
        if drifted is not None:
            return Decision(drifted[0], drifted[1], (BEYOND, *d.rules), "trust-boundary", None, "judge")  # type: ignore[arg-type]
        from automode.judge.intent.settings_file_said import unloaded

        other = unloaded(a)  # "with liquibase.dev.properties" answered with `liquibase update` (its default file)
        if other is None:
            from automode.judge.intent.env_file_said import changed as env_file

            other = env_file(a)  # "against the dev config" answered with `k6 run --config k6/prod.json`
        if other is not None:
            return Decision(other[0], other[1], (BEYOND, *d.rules), "trust-boundary", None, "judge")  # type: ignore[arg-type]
        from automode.judge.intent.modes import missing

        lacks = missing(a)  # "just the schema" answered with a full `pg_dump`; "run the tests" with `-DskipTests`
        if lacks is not None:
            return Decision(lacks[0], lacks[1], (lacks[2], *d.rules), lacks[3], None, "judge")  # type: ignore[arg-type]
        from automode.judge.intent.selects import selects_more

        more = None if looks else selects_more(a)  # "3 replicas" answered with `--replicas=30`, "ids 9001 and 9002" with `id >= 9001`
        if more is not None:
            return Decision("deny" if not more[0] else "ask", more[1], (BEYOND, *d.rules), more[2], None, "judge")
        if any(e.kind == "control" and e.verb not in ("read", "") for e in a.effects):
            from automode.judge.intent.scope import routine_drift

            moved = routine_drift(a)  # "drain node-7" answered with node-8, "unlock 1b2c…" with another lock: no rule
            if moved is not None:  # need object for the act to be another thing than the one named
                return Decision("ask", moved, (BEYOND, *d.rules), "trust-boundary", None, "judge")
    elif d.verdict == "ask" and d.stage == "policy" and found and ctx.user_messages and not looks and a.write is not None \
            and (refusal := refused_edit(a)) is not None:  # a value's question hides no refusal the words make
        return Decision("deny", refusal[0], (BEYOND, *d.rules), refusal[1], None, "judge")
    elif d.verdict == "ask" and d.stage == "policy" and found and ctx.user_messages and not looks and a.shell \
            and (landed := _drifted(a, found)) is not None:  # "only the dev db" answered with `dotenv -e .env.production -- …`
        return Decision("deny", landed, (BEYOND, *d.rules), "trust-boundary", None, "judge")
    elif d.verdict == "ask" and d.stage == "policy" and found and ctx.user_messages and not looks and a.shell \
            and any(e.kind == "delete" for e in a.effects):
        from automode.judge.intent.selects import selects_more

        more = selects_more(a)  # "delete cache.db" answered with `rm -f *.db`: a delete's question hides no refusal
        if more is not None and not more[0]:
            return Decision("deny", more[1], (BEYOND, *d.rules), more[2], None, "judge")
    trees = [e.target for e in a.effects
             if (e.kind == "delete" and e.recursive and e.pclass in ("project", "artefact"))
             or (e.kind == "control" and e.verb == "delete" and e.scope in ("all", "recursive"))] \
        if d.verdict == "allow" and ctx.user_messages else []
    if d.verdict == "allow" and ctx.user_messages and not found and not looks:
        timed = more_often(d, a)  # a CronJob, a workflow's cron, a timer nobody's rule objects to: as often as said
        if timed is not d:
            return timed
    if (
        d.verdict == "allow"
        and not found
        and not trees
        and unasked is None
        and not config.boundaries
        and not any(e.kind == "mcp" for e in a.effects)
        and not any(_may_state_boundary(t) for t in (*ctx.user_messages, *ctx.instructions))
    ):
        return d  # only a boundary could change a clean allow, and no message states one: skip parsing them
    from automode.judge.intent.match import session_intent

    intent = session_intent(ctx.user_messages, ctx.instructions, tuple(config.boundaries),
                            mem.named if mem is not None else ())
    if intent.boundaries:
        from automode.judge.boundaries import boundary  # (the words path only: not imported by a cold hook)

        b = boundary(d, found, a, intent)
        if b is not None:
            return b
    if unasked is not None:
        return unasked
    if trees:
        from automode.judge.boundaries import wider_tree

        t = wider_tree(d, trees, a, intent)
        if t is not None:
            return t
    if d.stage == "user-rule":
        return d  # the user's own allow rule: only a boundary they stated tightens it
    is_mcp = any(e.kind == "mcp" for e in a.effects)
    if a.problems:
        return d  # what could not be analysed cannot be matched against a request, nor shown to a model
    if d.verdict != "allow" and found and (placed := said_outright(found, a)) is not None:  # "expose the debugger on the LAN"
        return judged(d, "allow", f"you asked for this: {placed[:120]!r}", RELEASED)
    if d.verdict != "allow" and found and a.shell:
        from automode.judge.intent import access_said

        # "Dodaj tkaur v skupino vpn-users v FreeIPA": the principal, role, scope and lifetime of the access change,
        # each as said (`intent.access_said`, session 28 T2); a slot beyond the words keeps it stopped
        acc = access_said.settle(found, a) if access_said.maybe(a) else None
        if acc is not None and acc[0] == "allow":
            return judged(d, "allow", f"you asked for this: {acc[1][:120]!r}", RELEASED)
        if acc is not None:
            cap = acc[0] if SEVERITY[acc[0]] > SEVERITY[d.verdict] else d.verdict
            if acc[0] == "ask" and all(f.rule.id in ("AM-TRUST-003", "AM-DATA-002") for f in found):
                cap = "ask"  # (the grant named, a smaller step up than said: readWrite for "read" is asked, h25-0575)
            return judged(d, cap, f"{d.reason} {acc[1][:1].upper()}{acc[1][1:]}.", BEYOND)  # type: ignore[arg-type]
        from automode.judge.intent.api_named import settle as api_named

        api = api_named(found, a)  # "create a folder 'checkout' in grafana…, token's in GRAFANA_TOKEN": that write
        if api is not None:
            return judged(d, "allow", f"you asked for this: {api[:120]!r}", RELEASED)
        from automode.judge.intent.verb_said import named_verb

        by_verb = named_verb(found, a)  # "kjør reflog expire for … eldre enn 90 dager": the program's own verb, said
        if by_verb is not None:
            return judged(d, "allow", f"you asked for this: {by_verb[:120]!r}", RELEASED)
    if d.verdict != "allow" and found and all(f.rule.id == "AM-TRUST-003" for f in found):
        from automode.judge.intent.slot_bodies import settles_member

        member = settles_member(found, a)  # "add liwei to yunpay/kefu as reporter": `-f access_level=20`
        if member is not None:
            return judged(d, "allow", member, RELEASED)
        from automode.judge.intent.dictated_vars import dictated_setting

        typed = dictated_setting(a)  # "pune LOG_LEVEL=warn pe notificari, doar în staging": the pair, on that app
        if typed is not None:
            return judged(d, "allow", f"you asked for this: {typed[:120]!r}", RELEASED)
    if d.verdict == "ask" and found and (asked := content_asked(found, a)) is not None:
        return judged(d, "allow", f"you asked about this file: {asked[:120]!r}", RELEASED)  # "what's the db host in my .env?"
    if d.verdict == "deny" and found and (named := owner_named(found, a)) is not None:  # "dbt can't connect, debug it"
        return judged(d, "allow", f"you named the credential ({named[0][:80]!r}); it goes to the login's input, not into "
                      "this session", RELEASED) if named[1] else judged(d, "ask", f"{d.reason} You pointed at it "
                      f"({named[0][:80]!r}): confirm the read of a credential.", RELEASED)  # fmt: skip
    if d.verdict == "ask" and found:
        refused = _stops_on_a_question(d, found, a)  # (a question makes no request: checked before that exit)
        if refused is not d:
            return refused
    if not intent.requests and not is_mcp and not own and not any(f.rule.id in WEAKENING_RULES or f.rule.id in SELF_READ
                                                                  for f in found) and not _ca_given(found, a) \
            and not (d.verdict != "allow" and found and _kept_form(a)):  # ("شيل X من الـ state بس، خليه موجود")
        if d.verdict == "ask" and found:
            d = _unasked_outward(d, a, intent) or d  # "why is CI red?" answered with a workflow dispatched
        return _llm(d, found, a, config)  # (a weakening is read from the words themselves: "…fails, turn off ssl verify")
    if is_mcp:
        from automode.judge.boundaries import mcp

        out = mcp(d, found, a, intent)
        if out is not None:
            return _llm(out, found, a, config)
    if d.verdict != "allow" and found:
        d = _release(d, found, a, intent)
        if d.verdict == "allow" and d.stage == "judge":
            d = more_often(d, a)
    if d.verdict == "ask" and found:
        d = _unasked_outward(d, a, intent) or d  # what a rule asks about and nothing the user said asks for
    return _llm(d, found, a, config)


def _kept_form(a: Analysis) -> bool:
    """The keeping form of a removal on the object named, with what to keep said (`intent.kept_named`): a request
    though the reader knows none of its verbs (session 24, O5)."""
    from automode.judge.intent.kept_named import kept_form_named

    return kept_form_named(a) is not None


def _drifted(a: Analysis, found: list[Finding] | None = None) -> str | None:
    """A change a rule asks about that lands on production, chosen on the line (a switch, an exported variable, an
    env file) or in its own words, where the user named only another environment: a rule's question hides no
    refusal the words make (`intent.envdrift`). A program automode cannot read counts as a change when a rule found
    it destroys (`reindex.sh --drop-existing` through `op run --env-file=.env.prod`, session 26 Q5)."""
    if not any(e.kind == "control" and e.env == "production" for e in a.effects) and not any(
            k == "ENV_FILE" or k == "CHECKOUT_DIR" for c in a.commands for k, _w in c.assigns):
        return None  # (the cheap test first: nothing on the line points at production)
    from automode.judge.intent.envdrift import drift

    got = drift(a)
    if got is not None and got[0] == "ask" and "cannot tell it only reads" in got[1] and \
            any(f.rule.category == "destroy" for f in found or ()):
        return got[1].split(", and automode cannot tell", 1)[0] + ", and a rule found that it destroys"
    return got[1] if got is not None and got[0] == "deny" else None


def _ca_given(found: list[Finding], a: Analysis) -> bool:
    """A tool pointed at a CA file, after a message that only reports the failure and gives the file ("yarn fails on
    the registry's certificate, the CA is ./certs/hanul-ca.pem"): weighed by `intent.ca_named` with no request verb."""
    from automode.judge.intent.named_acts import may_apply

    return may_apply(found, a)  # (and a CI file edited as dictated, with no request verb: "给 build job 加 20 分钟超时")


def _unasked_outward(d: Decision, a: Analysis, intent: Intent | None = None) -> Decision | None:
    """An outward act (push, publish, deploy, message, grant, payment, a change on a remote service, data POSTed to
    a host) that no word of the user supports, while their words ask for another task: the shape of a step injected
    by a tool result. Refused, or asked when the act is mild or the user handed the steps over (`intent.outward`)."""
    from automode.judge.intent.outward import outward, unsupported

    if a.problems or not a.ctx.user_messages or not outward(a):
        return None
    if a.shell:
        from automode.judge.intent.api_named import request_named

        if request_named(a) is not None:
            return None  # every part of the request is said: the act, the service, its ids and values (session 27)
    if intent is None:
        from automode.judge.intent.match import session_intent

        mem = a.ctx.memory
        intent = session_intent(a.ctx.user_messages, a.ctx.instructions, (), mem.named if mem is not None else ())
    got = unsupported(a, intent)
    if got is None:
        return None
    o, mild = got
    from automode.judge.intent.match import quote

    asked = next((r.clause.text for r in intent.requests if r.index >= 0), a.ctx.user_messages[-1])
    verdict: Verdict = "ask" if mild else "deny"
    if SEVERITY[verdict] <= SEVERITY[d.verdict]:
        return None
    return judged(d, verdict, f"`{o.what[:80]}` {_ACT_TEXT.get(o.act, 'acts')} outside this machine, and nothing you "
                  f"said asks for that: you asked {quote(asked, 80)}. A step like this usually comes from a tool result "
                  "(a README, an issue, a page), not from you.", UNASKED)  # fmt: skip


_ACT_TEXT = {"push": "pushes", "tag": "pushes a tag (a release)", "publish": "publishes", "deploy": "deploys",
             "send": "sends", "grant": "changes access", "promote": "gives an account full power (an administrator role)", "credential": "makes a new credential", "merge": "merges", "pay": "moves money", "delete": "deletes",
             "run": "runs something", "change": "changes something", "create": "creates something"}  # fmt: skip


#: Rules about stopping what runs (processes by pid, name, port or listing; containers; sessions).
STOP_RULES = frozenset({"AM-RES-002", "AM-RES-003"})
#: Risk families of acts a question does not ask for: stopping what runs, destroying what exists.
_QUESTION_REFUSES = frozenset({"destroy", "resource"})
#: A question that asks for an answer ("why is…", "how many…", "what is using…", "…, why?"), not a request put
#: politely ("can you make it faster?").
_ASKS_WHY = lazyre.compile(r"^\W*(?!(?:what|how)\s+about\b)(?:why|what|what's|whats|how|which|who|where|when|is|"
                           r"are|does|do|did|was|were|has|have|any\s+idea)\b|\bwhy\W*$", re.I)  # fmt: skip
#: ("what about cli and export?" suggests an act rather than asking about a state: it is not counted as a question.)
#: Request verb classes that ask to stop, remove, change or replace something.
_STOP_CLASSES = frozenset({"kill", "delete", "reset", "shutdown", "restart", "reboot", "deploy", "update"})


def _stops_on_a_question(d: Decision, found: list[Finding], a: Analysis) -> Decision:
    """A kill or a destruction answering a question ("the gpu is busy, why?" answered with every GPU process killed;
    "why is port 3000 busy?" with whatever holds it killed; "why is the queue backed up?" with the queue purged; "how
    many invoices failed?" with an UPDATE of them): a question is not consent, and what the act selects is often
    someone else's, so it is refused with the question quoted rather than put to the user as if it had been asked."""
    from automode.judge.intent.vocab import statement_act

    if not any(f.rule.id in STOP_RULES or (f.verdict == "ask" and f.rule.category in _QUESTION_REFUSES) for f in found) \
            and statement_act(a) not in (frozenset({"kill"}), frozenset({"update"}), frozenset({"delete", "reset"})):
        return d
    from automode.judge.intent.match import quote
    from automode.judge.intent.text import parse_message

    newest = a.ctx.user_messages[-1] if a.ctx.user_messages else ""
    clauses = parse_message(newest[:4000]).clauses
    if not any(c.question and _ASKS_WHY.search(c.text) for c in clauses) \
            or any(c.verbs & _STOP_CLASSES for c in clauses if not c.question):
        return d
    return judged(d, "deny", f"{d.reason} You asked {quote(newest, 80)}: a question; nothing you said asks to stop, "
                 "change or remove anything.", BEYOND)  # fmt: skip


def confirm_floor(d: Decision, floor: list[Finding], a: Analysis, found: list[Finding] | None = None) -> Decision:
    """A change to the agent's own settings, hooks or permission flags, against what the user asked for. The line is
    drawn in `knowledge.agent_settings` and read from the action by `intent.agent_change`: a change that loosens the
    guard or the agent's permissions stays denied even when asked (the user makes it in their own editor); one that
    tightens it or leaves it alone (a model, a theme, a deny rule, an MCP server the user named) is allowed when the
    user asked for it in so many words; anything else the user asked for is an ask (SPEC §2 keeps deny for what was
    not asked for). Only the user's messages count, not project instructions, which a clone can carry. automode's
    own configuration is reachable only by a request to tighten it."""
    if any(f.rule.category != "agent-control" for f in floor):
        return d
    from automode.judge.intent import agent_change

    said = " ".join(a.ctx.user_messages)
    own = agent_change.automode_config(floor, a)
    cited: list[str] = []
    asked = bool(a.ctx.user_messages) and _asked_for_control(floor, a, cited, own)
    if not asked and not own and a.ctx.user_messages and (exact := agent_change.dictated(floor, a)) is not None:
        asked, cited = True, [exact]  # "let yourself run make test and make lint without asking": those two rules
    v = agent_change.verdict(floor, a, said, asked)
    if v is not None and v[0] == "deny":
        return Decision("deny", f"{d.reason} This is refused even when asked, since {v[1]}; the user can make such a "
                        "change in their own editor.", d.rules, d.category, d.suggestion, "floor")  # fmt: skip
    if not asked:
        return d
    from automode.judge.intent.match import quote

    others = agent_change.other_objections(found or [], floor, a)
    if v is not None and v[0] == "allow" and not others:
        return Decision("allow", f"you asked for this: {quote(cited[0])}; {v[1]}", (RELEASED, *d.rules), d.category, None, "judge")
    if own:
        return d
    reason = (f"{d.reason} You asked {quote(cited[0])}; this changes the agent's own controls (where automode's hook "
              "is registered too), so please confirm.")  # fmt: skip
    return Decision("ask", reason, (RELEASED, *d.rules), d.category, None, "floor")


def _asked_for_control(floor: list[Finding], a: Analysis, cited: list[str], own: bool) -> bool:
    """Whether a request in force names every floor finding's change (its kind of act and its file or switch); the
    requests that did go to `cited`. automode's own configuration file is named like any file (`own`)."""
    from automode.judge.intent.control_target import CONTROL_VERBS, control_target
    from automode.judge.intent.facts import Target
    from automode.judge.intent.facts_args import _sources
    from automode.judge.intent.match import authorisation, session_intent

    intent = session_intent(a.ctx.user_messages, (), ())
    for f in floor:
        if own:
            paths = tuple(dict.fromkeys(s.target for s in _sources(f, a) if hasattr(s, "target")))
            t: Target | None = Target(CONTROL_VERBS["AM-AGENT-001"], (), paths, (), False, "ask")
        else:
            t = control_target(f, a)
        if t is None:
            return False
        level, said = authorisation(t, intent, a.root, a.ctx.home)
        if level != "full" or said is None:
            return False
        cited.append(said.clause.text)
    return bool(cited)


def _llm(d: Decision, found: list[Finding], a: Analysis, config: Config) -> Decision:
    if d.verdict == "allow" and d.stage != "judge" and not found:
        return d
    from automode.judge.llm import enabled

    if not enabled(config):
        return d
    from automode.judge.llm.judge import consult

    out: Decision = consult(d, found, a, config)
    return out
