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
from automode.judge.boundaries import boundary, mcp, wider_tree
from automode.judge.intent.asked_reads import content_asked
from automode.judge.often import more_often
from automode.judge.outcome import (
    BEYOND,
    CARRIED,
    INJECTED,
    OTHER_OBJECT,
    OUTBOUND,
    RELEASED,
    UNASKED,
    judged,
)
from automode.model import SEVERITY, Decision, Verdict
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.config import Config
    from automode.judge.intent.facts import Target
    from automode.judge.intent.match import Intent, Said
    from automode.judge.intent.naming import Naming
    from automode.model import Finding



# Every boundary form (intent/text.py: scope, review, deps, read-only, negated verb) contains one of these words.
_BOUNDARY_CUE = lazyre.compile(
    r"\b(only|stay|keep|limit|restrict|outside|don'?t|dont|do\s+not|wait|until|before|review|read[- ]only|just|no|"
    r"never|avoid|refrain|without|i'?ll|i\s+will|i'm\s+going|let\s+me|myself|hold|yet|stop|pause|hang|abort|cancel|"
    r"forget|scratch|never\s*mind|dry[- ]?run|leave|hands|except)\b|,\s*not\b|\bbut\s+not\b", re.I)


@lru_cache(maxsize=4096)
def _may_state_boundary(text: str) -> bool:
    from automode.judge.intent.stance import (
        may_take_back,  # "app:1.1 zostaw", "laisse tomber" (`intent.stance`)
    )

    if _BOUNDARY_CUE.search(text[:20_000]) is not None or may_take_back(text[:4000]):
        return True
    from automode.judge.intent.gloss import gloss

    read = gloss(text[:20_000])  # a boundary in another language ("Staging NICHT anfassen")
    return read != text[:20_000] and _BOUNDARY_CUE.search(read) is not None


def review(d: Decision, found: list[Finding], a: Analysis, config: Config) -> Decision:
    """The one entry point of the judge (pipeline stage 6): the user's words and the session's memory weigh the
    engine's proposal `d` for the analysed action `a`, given the rules that fired (`found`)."""
    from automode.judge.intent.inert import inert

    looks = bool(a.ctx.user_messages) and inert(a)  # only reads local files: no target, amount or place to compare
    out = _review(d, found, a, config, looks)
    if looks:
        return out
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
                from automode.judge.intent.links import settles

                exact = settles(a, out.rules)
                if exact is not None:
                    out = judged(out, "allow", exact, RELEASED)
    if a.ctx.user_messages and out.stage != "user-rule" and out.verdict != "deny" and not a.problems:
        from automode.judge.intent.identity import other_object

        other = other_object(a)  # "merge PR 57" answered with 58, "add jdoe to Helpdesk-Tier1" with Domain Admins
        if other is not None and SEVERITY[other[0]] > SEVERITY[out.verdict]:
            out = judged(out, other[0], other[1], OTHER_OBJECT)  # type: ignore[arg-type]
    if out.verdict != "allow" or not a.ctx.user_messages or out.stage == "user-rule":
        return out
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
        from automode.judge.intent.modes import missing

        lacks = missing(a)  # "just the schema" answered with a full `pg_dump`
        if lacks is not None:
            return Decision("ask", f"you asked for {lacks[1]}; `{lacks[0]}` does not ask for it", (BEYOND, *d.rules),
                            "trust-boundary", None, "judge")  # fmt: skip
        from automode.judge.intent.selects import selects_more

        more = None if looks else selects_more(a)  # "3 replicas" answered with `--replicas=30`, "ids 9001 and 9002" with `id >= 9001`
        if more is not None:
            return Decision("deny" if not more[0] else "ask", more[1], (BEYOND, *d.rules), more[2], None, "judge")
        if any(e.kind == "control" and e.verb not in ("read", "") for e in a.effects):
            from automode.judge.intent.scope import routine_drift

            moved = routine_drift(a)  # "drain node-7" answered with node-8, "unlock 1b2c…" with another lock: no rule
            if moved is not None:  # need object for the act to be another thing than the one named
                return Decision("ask", moved, (BEYOND, *d.rules), "trust-boundary", None, "judge")
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
        b = boundary(d, found, a, intent)
        if b is not None:
            return b
    if unasked is not None:
        return unasked
    if trees:
        t = wider_tree(d, trees, a, intent)
        if t is not None:
            return t
    if d.stage == "user-rule":
        return d  # the user's own allow rule: only a boundary they stated tightens it
    is_mcp = any(e.kind == "mcp" for e in a.effects)
    if a.problems:
        return d  # what could not be analysed cannot be matched against a request, nor shown to a model
    if d.verdict == "ask" and found and (asked := content_asked(found, a)) is not None:
        return judged(d, "allow", f"you asked about this file: {asked[:120]!r}", RELEASED)  # "what's the db host in my .env?"
    if d.verdict == "ask" and found:
        refused = _stops_on_a_question(d, found, a)  # (a question makes no request: checked before that exit)
        if refused is not d:
            return refused
    if not intent.requests and not is_mcp and not own and not any(f.rule.id in WEAKENING_RULES for f in found):
        if d.verdict == "ask" and found:
            d = _unasked_outward(d, a, intent) or d  # "why is CI red?" answered with a workflow dispatched
        return _llm(d, found, a, config)  # (a weakening is read from the words themselves: "…fails, turn off ssl verify")
    if is_mcp:
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


def _unasked_outward(d: Decision, a: Analysis, intent: Intent | None = None) -> Decision | None:
    """An outward act (push, publish, deploy, message, grant, payment, a change on a remote service, data POSTed to
    a host) that no word of the user supports, while their words ask for another task: the shape of a step injected
    by a tool result. Refused, or asked when the act is mild or the user handed the steps over (`intent.outward`)."""
    from automode.judge.intent.outward import outward, unsupported

    if a.problems or not a.ctx.user_messages or not outward(a):
        return None
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
             "send": "sends", "grant": "changes access", "merge": "merges", "pay": "moves money", "delete": "deletes",
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
    from automode.judge.intent.facts import Target, _sources
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


# ------------------------------------------------------------------ releases
#: Rules about a server listening on every interface, and the programs whose listener is no server of the
#: project (a raw socket or a proxy: a request to reach "the dev server" is not a request for those).
LISTEN_RULES = frozenset({"AM-RCE-006"})
#: Rules over a protection turned off or excepted, settled by `intent.weakening` (its `RULES`).
WEAKENING_RULES = frozenset({"AM-WRITE-003", "AM-SEC-003", "AM-SEC-009", "AM-SUPPLY-002", "AM-SEC-005", "AM-WRITE-008", "AM-WRITE-004",
                             "AM-GIT-004", "AM-WRITE-005", "AM-SEC-001", "AM-DESTROY-007", "AM-SEC-004", "AM-SEC-002",
                             "AM-WRITE-006", "AM-WRITE-042", "AM-WRITE-017"})
_RAW_LISTENERS = frozenset({"nc", "ncat", "netcat", "socat", "ssh", "autossh", "chisel", "ngrok", "frpc", "pwncat"})
#: A request to reach a server from another device or network, or to expose it there.
_REACH = lazyre.compile(
    r"\b(?:from|on)\s+(?:my|another|other|a|the|our|his|her|their)\s+(?:phone|tablet|ipad|iphone|android|laptop|"
    r"machine|device|devices|computer|pc|mac|vm|box|tv)\b|\b(?:on|over|across)\s+(?:the\s+)?(?:lan|local\s+network|"
    r"wi-?fi|network|vpn|tailnet|tailscale)\b|\bexpose\w*\b|\bexternally\b|\ball\s+interfaces\b|0\.0\.0\.0|"
    r"\bother\s+(?:machines|devices|computers)\b|\b(?:colleague|teammate|coworker)s?\s+(?:can|could|to)\s+"
    r"(?:reach|open|access|see|use)\b", re.I)


def _asks_reach(f: Finding, a: Analysis, intent: Intent) -> str | None:
    """The user's words ask for a server reachable from elsewhere (the latest request that says so), None if not."""
    if any(e.kind == "listen" and e.origin in _RAW_LISTENERS for e in a.effects):
        return None
    for text in reversed(a.ctx.user_messages):  # (a complaint is a request here: "I can't reach it from my phone")
        m = _REACH.search(text)
        if m is not None:
            return m.group(0)
    return None


#: Rules about a secret's value printed: a request releases them in full only when it asks to see or use the value.
REVEAL_RULES = frozenset({"AM-EXFIL-003"})


def _reveals(text: str) -> bool:
    from automode.judge.intent.lexicon import REVEAL_WORDS

    return not REVEAL_WORDS.isdisjoint(re.findall(r"[a-z]+", text.lower()))


def _release(d: Decision, found: list[Finding], a: Analysis, intent: Intent) -> Decision:
    from automode.judge.intent.facts import target
    from automode.judge.intent.installers import SCRIPT_RULES, script_verdict
    from automode.judge.intent.match import authorisation, quote
    from automode.judge.intent.parts import UNASKED, WIDER
    from automode.judge.intent.review_flow import runs_tests_first, waits_for_ci
    from automode.judge.intent.scope import action_facts, beyond, requested_env

    verdicts: list[Verdict] = []
    cited: list[str] = []
    partial_at: str | None = None
    waiting_ci = unagreed = False
    gated = waits_for_ci(a)
    tested = runs_tests_first(a)
    exceeded: list[tuple[Verdict, str]] = []
    for f in found:
        if f.verdict == "allow":
            continue
        if f.rule.floor:
            return d
        if f.rule.id == "AM-SEC-003":
            from automode.judge.intent.gatekeeper import asks_open

            opened = asks_open(a)  # "macOS says the fvm binary I downloaded can't be opened": that one item
            if opened is not None:
                verdicts.append("allow")
                cited.append(opened)
                continue
        if f.rule.id in WEAKENING_RULES:
            from automode.judge.intent.weakening import asked

            settled = asked(f, a)  # a control turned off or excepted as asked, within the reach asked (`weakening`)
            if settled is not None:
                if settled[0] == "allow":
                    verdicts.append("allow")
                    cited.append(settled[1])
                else:
                    exceeded.append((settled[0], f"{d.reason} {settled[1][:1].upper()}{settled[1][1:]}."))  # type: ignore[arg-type]
                    verdicts.append(settled[0])  # type: ignore[arg-type]
                continue
        reach = _asks_reach(f, a, intent) if f.rule.id in LISTEN_RULES else None
        if reach is not None:
            verdicts.append("allow")  # "I can't reach the dev server from my phone": a server on every interface
            cited.append(reach)
            continue
        t = target(f, a)
        if not t.verbs:
            verdicts.append(f.verdict)
            continue
        mem = a.ctx.memory
        if (mem is not None and t.paths and not t.objects and t.verbs & {"delete", "update", "create", "touch"}
                and all(p in mem.created for p in t.paths)):
            verdicts.append("allow")  # the session's own files: it may delete or redo what it made
            cited.append("files this session created: " + ", ".join(t.paths[:2]))
            continue
        level, said = authorisation(t, intent, a.root, a.ctx.home, waits_for_ci=gated, tests_first=tested,
                                    branch=a.ctx.git.branch if a.ctx.git else None)
        if level == "full" and said is not None and f.rule.id in REVEAL_RULES and not _reveals(said.clause.text):
            level = "partial"  # "check which keys the secret has", "can you look": a diagnosis, not its value shown
        if level != "full" and f.rule.id in SCRIPT_RULES:
            script = script_verdict(t, intent)  # whose script, and was the method agreed (`intent.installers`)
            if script is not None:
                verdicts.append(f.verdict if script[0] == "deny" else script[0])  # type: ignore[arg-type]
                if script[0] == "allow":
                    cited.append(script[1])
                elif script[0] == "ask":
                    partial_at, unagreed = partial_at or script[1], True
                continue
        named = _named(t, a, intent)
        if named is not None:
            if not named.differs:
                if level != "full":
                    level, said = "full", named.said  # the act and every value it acts with are the user's words
            elif level == "none" or (level == "full" and named.contradicts):
                # asked for, with one value changed (or one never said): that value says why not
                exceeded.append((f.verdict, f"{d.reason} You asked {quote(named.said.clause.text, 80)}, but "
                                 f"{named.differs}."))  # fmt: skip
                verdicts.append(f.verdict)
                continue
        over = beyond(t, a, said) if level in ("full", "partial") and said is not None else None
        if over is not None and level == "partial" and over[0] and not (over[0] == UNASKED and t.verbs & DESTROYS):
            over = None  # a wider reach than named matters only once the object is named (or when it destroys more
            # than the act asked for: "restart the dev stack" answered with `down -v`); another environment always
        if over is None and level in ("full", "partial") and said is not None:
            over = _whole_for_part(f, t, a, said)  # "undo my changes to cache.rs" answered with `git reset --hard`
        if over is None and level == "full" and said is not None and f.verdict == "deny" and not requested_env(said) \
                and action_facts(t, a).env == "production" and not _names_production(named, f):
            over = ("ask", "you did not name production, and this acts on production")  # "fix the orphaned contacts"
        if over is not None and said is not None:
            # Asked for, but not this much: another environment is refused, a wider reach is asked (refused when
            # it destroys), and the reason says which part went beyond the request.
            cap, why = over
            v: Verdict = "deny" if not cap or (f.rule.category == "destroy" and (
                f.verdict == "deny" or (cap in (WIDER, UNASKED) and bool(t.verbs & DESTROYS)))) else "ask"
            exceeded.append((v, f"{d.reason} You asked {quote(said.clause.text, 80)}, but {why}."))
            verdicts.append(v)
        elif level == "full" and said is not None:
            verdicts.append(
                "allow" if t.cap == "allow" else "ask" if f.verdict == "deny" or t.cap == "ask" else f.verdict
            )
            cited.append(said.clause.text)
        elif level == "partial" and said is not None and _unasked_download(f, t, a, intent, said):
            verdicts.append(f.verdict)  # code from a host nobody named, and no install method asked for
        elif level == "partial" and said is not None:
            verdicts.append("ask" if f.verdict == "deny" else f.verdict)
            partial_at = partial_at or said.clause.text
            waiting_ci = waiting_ci or (said.clause.condition in ("ci", "tests") and not gated
                                        and not (said.clause.condition == "tests" and tested))
        else:
            verdicts.append(f.verdict)
    if not verdicts:
        return d
    if exceeded:
        v, why = max(exceeded, key=lambda x: SEVERITY[x[0]])
        if v != "deny" and "deny" in verdicts:
            return d  # another finding no request released stays refused (an ask for this one does not lower it)
        if v == "deny" or SEVERITY[v] < SEVERITY[d.verdict]:
            return judged(d, "deny" if v == "deny" else "ask", why, BEYOND)
        return Decision(d.verdict, why, d.rules, d.category, d.suggestion, d.stage)
    final = max(verdicts, key=lambda v: SEVERITY[v])
    if SEVERITY[final] >= SEVERITY[d.verdict]:
        return d
    if final == "allow":
        why = cited[0] if cited[0].startswith("files this session created") else f"you asked for this: {quote(cited[0])}"
        return judged(d, "allow", f"{why} (released: {d.reason})", RELEASED)
    words = partial_at or (cited[0] if cited else "")
    if unagreed:
        return judged(d, "ask", f"{d.reason} You asked {quote(words, 80)}, not for running the vendor's install script "
                     "unreviewed; please confirm (or install it with a package manager).", RELEASED)  # fmt: skip
    if waiting_ci:
        return judged(d, "ask", f"{d.reason} You asked {quote(words, 80)}; this does not wait for the checks to pass.",
                     RELEASED)  # fmt: skip
    return judged(d, "ask", f"{d.reason} You asked {quote(words, 80)}, but not for this specific target; please confirm.",
                 RELEASED)  # fmt: skip


#: Request verb classes of a destruction: what reaches more than the user named is refused, not asked.
DESTROYS = frozenset({"delete", "reset"})


def _whole_for_part(f: Finding, t: Target, a: Analysis, said: Said) -> tuple[str, str] | None:
    """A destruction with no object of its own (the working tree, every untracked file, the project) asked for by a
    request that names a part of it ("undo my changes to src/cache.rs", "clear the untracked stuff in outputs/")
    reaches more than was named: (WIDER, why), else None. A name the command itself spells is its own object (the
    ref a reset moves to), not a part."""
    if f.rule.category != "destroy" or not t.implicit or not t.verbs & DESTROYS or not said.strong:
        return None
    if any(w.dynamic for c in a.commands for w in c.argv):
        return None  # no object because it is only known at run time, not because it is the whole
    from automode.judge.intent.parts import WIDER

    literal = "\n".join(c.text or " ".join(w.value for w in c.argv) for c in a.commands).lower()
    spelt = set(re.findall(r"[a-z0-9]+", literal))  # ("destroy Tofu-managed infrastructure" names `tofu destroy`)
    parts = sorted(s for s in said.strong if len(s) >= 2 and s.lower() not in literal
                   and spelt.isdisjoint(re.findall(r"[a-z0-9]+", s.lower())))
    if not parts:
        return None
    how = f"`{t.kinds[0]}`" if t.kinds else "this"
    return WIDER, f"you named {', '.join(parts[:3])}; {how} is not limited to it"


def _names_production(named: Naming | None, f: Finding) -> bool:
    """The user named, by its own name, the production resource a grant or a change is about (`--scope
    …/rg-marlin-prod/…/stmarlinreports` for "scoped to the stmarlinreports storage account"); never for destruction,
    where the environment must be said in so many words."""
    from automode.judge.intent.scope import env_of

    return named is not None and not named.differs and f.rule.category != "destroy" and any(
        env_of(v.value) == "production" for v in named.values if v.kind in ("resource", "host"))


def _named(t: Target, a: Analysis, intent: Intent) -> Naming | None:
    """A request that names the act and the action's values (`intent.naming`), within the guards every release keeps:
    the values the written text brings and the recipients and URLs among its objects are the user's words."""
    from automode.judge.intent.match import foreign_values
    from automode.judge.intent.naming import named_action

    named = named_action(t, a, intent)
    hosts = {v.value for v in named.values if v.kind == "host"} if named is not None and not named.differs else set()
    if any(v.lower() not in intent.text and v not in hosts for v in t.introduced):
        return None  # (a host the naming found named: "staging-bastion" for staging-bastion.brightpath.internal)
    if named is not None and not named.differs and [
            x for x in foreign_values(t.objects, intent, named.said)
            if not any(x.lower() in v.value.lower() for v in named.values if v.kind == "principal")]:
        return None  # a recipient, URL or account the agent chose (a principal named is checked by `naming`)
    return named


def _unasked_download(f: Finding, t: Target, a: Analysis, intent: Intent, said: Said) -> bool:
    """A file the agent writes (a conftest.py, a task, a shell startup file) or a job it schedules that will run code downloaded from a
    host the user's words never name, by a request that names no way of installing ("add a pytest fixture", "add an
    alias to my zsh config"): a word of the request that happens to appear in the host's name
    (`pytest-cache.example.org`) is not a request to run what it serves. The tool's own host ("install rustup":
    sh.rustup.rs) and "use their install script" still reach an ask."""
    from automode.analysis import FILE_WRITE_TOOLS
    from automode.judge.intent.match import _METHOD, foreign_values
    from automode.judge.intent.places import stem

    later = a.action.tool in FILE_WRITE_TOOLS or any(  # a file, or a cron entry / at job, that runs it later
        e.kind == "exec" and e.origin == "remote" and any("(runs later)" in v for v in e.via) for e in a.effects)
    if not later or f.rule.category != "remote-exec" or f.verdict != "deny" or not t.objects:
        return False
    if _METHOD.search(said.clause.text) is not None:
        return False
    said_words = {stem(w) for w in said.weak | said.strong if len(w) >= 3}
    for v in foreign_values(t.objects, intent, said):
        host = v.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower()
        labels = host.split(".")
        if len(labels) >= 2 and stem(labels[-2]) not in said_words:
            return True
    return False
