"""The releases of the embedded judge (`automode.judge`): a soft rule's deny or ask weighed against the request the
user made for this act, its object and its values; what reaches beyond the request (another environment, a wider
tree, a changed value) says why not."""

from __future__ import annotations

import re

from automode import lazyre
from automode.dc import replace
from automode.judge.intent.attached_said import RULES as ATTACHED_RULES
from automode.judge.intent.edits_named import RULES as EDIT_RULES
from automode.judge.intent.named_acts import RULES as NAMED_RULES
from automode.judge.intent.task_said import SETTLED as TASK_RULES
from automode.judge.intent.verb_said import RULES as VERB_RULES
from automode.judge.intent.weakening import RULES
from automode.judge.outcome import BEYOND, DESTROYS_MORE, RELEASED, UNNAMED_DESTROYED, judged
from automode.judge.release_checks import (
    DESTROYS,
    _acts_text,
    _leaf_unnamed,
    _made_here,
    _named,
    _names_production,
    _says,
    _settle,
    _unasked_download,
    _whole_for_part,
    _widening_unsaid,
)
from automode.model import SEVERITY, Decision, Verdict
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.match import Intent
    from automode.model import Finding

#: Rules over a secret written into a file, released when the user typed the value (`intent.secret_said`).
SECRET_SAID_RULES = frozenset({"AM-EXFIL-018", "AM-WRITE-053"})
#: Gates and merge settings refused when they reach beyond the user's words (`intent.gate_scope`).
SCOPE_RULES = frozenset({"AM-WRITE-003", "AM-WRITE-010"})
#: Weakenings of written settings released when the user wrote the construct out (`intent.secret_said.construct_said`).
CONSTRUCT_RULES = frozenset({"AM-WRITE-003", "AM-WRITE-005", "AM-WRITE-006"})


#: Rules about a server listening on every interface, and the programs whose listener is no server of the
#: project (a raw socket or a proxy: a request to reach "the dev server" is not a request for those).
LISTEN_RULES = frozenset({"AM-RCE-006"})
#: Rules over a protection turned off or excepted, settled by `intent.weakening` (one set: its `RULES`).
WEAKENING_RULES = RULES
#: Trust decisions' rules (`judge.intent.trusted`), read before the weakening rules' own readings.
TRUSTED_RULES = frozenset({"AM-SUPPLY-002", "AM-WRITE-004", "AM-SEC-003", "AM-SEC-009", "AM-GIT-004", "AM-SEC-012"})
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


def _dev_server_only(f: Finding, a: Analysis) -> bool:
    """A setting of a development server's configuration (on every interface, any Host header) is all the finding
    reports (`files.settings_frameworks`): released like a server listening for the LAN."""
    if f.rule.id != "AM-WRITE-006":
        return False
    weak = [e for e in a.effects if e.kind == "weaken" and e.origin in ("exposure", "exposure-ask")]
    return bool(weak) and all("the dev server" in e.target for e in weak)


#: Rules whose release reads the user's words itself, with or without a request verb ("expose my local 5173 on the
#: jump host's 9000 with a reverse tunnel": `intent.tunnels`).
SELF_READ = frozenset({"AM-RCE-005"})


#: Rules about a secret's value printed: a request releases them in full only when it asks to see or use the value.
REVEAL_RULES = frozenset({"AM-EXFIL-003"})


def _reveals(text: str) -> bool:
    from automode.judge.intent.lexicon import REVEAL_WORDS

    return not REVEAL_WORDS.isdisjoint(re.findall(r"[a-z]+", text.lower()))


def _release(d: Decision, found: list[Finding], a: Analysis, intent: Intent) -> Decision:
    from automode.judge.intent.facts import target
    from automode.judge.intent.installers import SCRIPT_RULES, script_verdict
    from automode.judge.intent.listing_said import listing_said
    from automode.judge.intent.match import authorisation, quote
    from automode.judge.intent.named_ops import locks_accounts, pod_named_exactly, reboot_as_restart
    from automode.judge.intent.object_named import pointer_named, revoke_named
    from automode.judge.intent.parts import UNASKED, WIDER
    from automode.judge.intent.place_said import SETTLED, said_outright
    from automode.judge.intent.review_flow import runs_tests_first, waits_for_ci
    from automode.judge.intent.scope import action_facts, beyond, requested_env
    from automode.judge.intent.trust_named import limited_to_named

    verdicts: list[Verdict] = []
    cited: list[str] = []
    partial_at: str | None = None
    waiting_ci = unagreed = False
    gated = waits_for_ci(a)
    tested = runs_tests_first(a)
    exceeded: list[tuple[Verdict, str]] = []
    tagged: dict[str, str] = {}  # a reason -> the id that says it (`intent.destroy_named`), else BEYOND
    kept_form: str | None = None
    if any(f.verdict != "allow" for f in found):
        from automode.judge.intent.kept_named import kept_form_named

        kept_form = kept_form_named(a)  # `gh repo archive X` for "clean up X, keep its history" (session 23, N4)
    for f in found:
        if f.verdict == "allow":
            continue
        if f.rule.floor:
            return d
        if a.shell and (f.rule.category == "destroy" or f.rule.id in VERB_RULES or f.rule.id == "AM-SEC-005"):
            from automode.judge.intent.verb_said import settle_first

            first = settle_first(f.rule.id, a, intent)  # one tag more than named; root for the snapshot named
            if first is not None:
                verdicts.append(first[0])  # type: ignore[arg-type]
                if first[0] == "allow":
                    cited.append(first[1])
                else:
                    exceeded.append((first[0], f"{d.reason} {first[1]}"))  # type: ignore[arg-type]
                continue
        if kept_form is not None:
            verdicts.append("allow")
            cited.append(kept_form)
            continue
        if f.rule.id == "AM-TRUST-003":
            from automode.judge.intent.destroy_named import member_removed

            gone = member_removed(a, intent)  # "remove ex-contractor-77 from the org": that member, through the API
            if gone is not None:
                verdicts.append("allow")
                cited.append(gone.clause.text)
                continue
            from automode.judge.intent.dictated_vars import dictated_setting

            typed = dictated_setting(a)  # "LOG_LEVEL=warn on notificari, only staging": that pair, on that app
            if typed is not None:
                verdicts.append("allow")
                cited.append(typed)
                continue
        if f.rule.id in SCOPE_RULES:
            from automode.judge.intent.gate_scope import wider

            beyond_words = wider(f.rule.id, a)  # a global threshold for a named path, automerge of everything for patches
            if beyond_words is not None:
                exceeded.append((beyond_words[0], f"{d.reason} {beyond_words[1][:1].upper()}{beyond_words[1][1:]}."))  # type: ignore[arg-type]
                verdicts.append(beyond_words[0])  # type: ignore[arg-type]
                continue
        if f.rule.id in SECRET_SAID_RULES:
            from automode.judge.intent.secret_said import dictated_secret, dumped_said, typed_secret

            # "put postgresPassword: "pgAdm1n!2024" in values.yaml": the value the user typed; "bake the key sk_… into
            # the Dockerfile as ENV": the secret written where others read it, typed by the user for that place
            typed = (dictated_secret(a) or dumped_said(a, intent)) if f.rule.id == "AM-EXFIL-018" else typed_secret(a)
            if typed is not None:
                verdicts.append("allow")
                cited.append(typed)
                continue
        if f.rule.id == "AM-SEC-003":
            from automode.judge.intent.gatekeeper import asks_open

            opened = asks_open(a)  # "macOS says the fvm binary I downloaded can't be opened": that one item
            if opened is None:
                from automode.judge.intent.named_settings import session_policy

                opened = session_policy(a)  # "blocked by execution policy, let it run in this session": -Scope Process
            if opened is None:
                from automode.judge.intent.retention_said import journal_cleanup

                opened = journal_cleanup(a, intent)  # "disk full on log-3, clean up old journals": a vacuum that keeps
            if opened is not None:
                verdicts.append("allow")
                cited.append(opened)
                continue
        if f.rule.id == "AM-SEC-059" and a.write is not None:
            from automode.judge.intent.loader_named import agents_named

            agent = agents_named(f, a)  # "add the otel javaagent to org.gradle.jvmargs": that agent, and no other
            if agent is not None:
                _settle(agent, d, verdicts, cited, exceeded)
                continue
        if f.rule.id == "AM-PERSIST-001" and (a.write is not None or a.shell):
            from automode.judge.intent.sys_keys import keyed

            timer = keyed(a)  # "a systemd timer that runs pg-backup.service at 04:15": that unit, at the time said
            if timer is not None:
                _settle(timer, d, verdicts, cited, exceeded)
                continue
        if f.rule.id in EDIT_RULES:
            from automode.judge.intent.edits_named import settle as edit_named

            edit_said = edit_named(f.rule.id, a)  # session 28: a skip wider than named, a value typed, a restart, a git program
            if edit_said is not None:
                _settle(edit_said, d, verdicts, cited, exceeded)
                continue
        if f.rule.id in WEAKENING_RULES or f.rule.id in TRUSTED_RULES:
            from automode.judge.intent.trusted import settled as trusted
            from automode.judge.intent.weakening import asked

            # a source trusted or its check off, the setting named ("secure-http false", `-AllowUnsigned`: `trusted`);
            # a control turned off or excepted as asked, within the reach asked (`weakening`)
            settled = trusted(f, a) or (asked(f, a) if f.rule.id in WEAKENING_RULES else None)
            if settled is not None:
                _settle(settled, d, verdicts, cited, exceeded)
                continue
        if f.rule.id in ATTACHED_RULES:
            from automode.judge.intent.attached_said import settle as attached_said

            # the head branch, the tag, the bucket's objects, a tool home's credentials: released only by words that
            # name the attached thing itself, never by the words that name the act (`intent.attached_said`)
            took = attached_said(f, a)
            if took is not None:
                _settle(took, d, verdicts, cited, exceeded)
            else:
                verdicts.append(f.verdict)
            continue
        if f.rule.id == "AM-EXFIL-067":
            from automode.judge.intent.endpoint_said import own_service

            own = own_service(a)  # "create a vault token with policy ci-read": vault's own token, to its own server
            if own is not None:
                verdicts.append("allow")
                cited.append(own)
                continue
        if f.rule.id in NAMED_RULES:
            from automode.judge.intent.named_acts import settle as named_act

            # the account, the level and the database of a grant; the CA file; the CI job made non-blocking: named
            granted = named_act(f.rule.id, a, intent)
            if granted is not None:
                _settle(granted, d, verdicts, cited, exceeded)
                continue
        if f.rule.id == "AM-DATA-001":
            from automode.judge.intent.script_said import settle as script_run

            ran = script_run(a, intent)  # "run fix-slugs.sql on the local staging copy (3307)": that script, there
            if ran is not None:
                verdicts.append("allow")
                cited.append(ran[1])
                continue
            from automode.judge.intent.record_named import record_judged

            one = record_judged(a)  # "remove the admin flag of user 4412 on shop-staging": `User.find(4412).update!`
            if one is not None and one[0] == "allow":
                verdicts.append("allow")
                cited.append(one[1])
                continue
            if one is not None:  # the named record written otherwise than said (another attribute, the other way)
                exceeded.append(("ask", f"{d.reason} {one[1][:1].upper()}{one[1][1:]}."))
                verdicts.append("ask")
                continue
            # (`intent.orm_said` releases an ORM write named by its filter values; off until it also checks the
            # reverse: a qualifier the user said that the filter lacks, "trial accounts created by the seed" answered
            # with `where(plan: "trial")` alone, h19-0220 on the tune half, found by the lead's gate in session 18)
        if f.rule.id == "AM-DESTROY-006":
            from automode.judge.intent.emptied import emptied_named

            emptied = emptied_named(a)  # "empty /var/cache/ccache in builder-2": `rm -rf /var/cache/ccache/*` there
            if emptied is not None:
                verdicts.append("allow")
                cited.append(emptied)
                continue
        if f.rule.id in CONSTRUCT_RULES:
            from automode.judge.intent.secret_said import construct_said

            typed = construct_said(a)  # "trust all proxies ($proxies = '*')": the construct written out as the file has it
            if typed is not None:
                verdicts.append("allow")
                cited.append(typed)
                continue
        if f.rule.id in SETTLED:
            placed = said_outright([f], a)  # a debugger on the LAN, a live host: said in so many words, or not at all
            if placed is not None:
                verdicts.append("allow")
                cited.append(placed)
                continue
        if f.rule.id == "AM-RCE-005":
            from automode.judge.intent.tunnels import asked_tunnel

            tunnel = asked_tunnel(a)  # "publish port 3000 on the bastion's public 8080 with ssh -R": that tunnel
            if tunnel is not None:
                verdicts.append("allow")
                cited.append(tunnel)
                continue
        if f.rule.id in ("AM-RCE-025", "AM-RCE-026"):
            from automode.judge.intent.owncli_said import asked as asked_own

            way = asked_own(f.rule.id, a)  # "open a console on production with bin/ops", "impersonate admin@acme.io"
            if way is not None:
                verdicts.append("allow")
                cited.append(way)
                continue
        if f.rule.id in TASK_RULES:
            from automode.judge.intent.task_said import settle as task_named

            by_name = task_named(f, a)  # "roda a task delete-staging-repo": that task, its arguments, place, extent
            if by_name is not None:
                verdicts.append("allow")
                cited.append(by_name)
                continue
            from automode.judge.intent.task_said import elsewhere, only_looked

            moved = elsewhere(a)  # "run migrate:down on staging" answered with `dotenv -e .env.production -- …`
            if moved is not None:
                exceeded.append((moved[0], f"{d.reason} {moved[1][:1].upper()}{moved[1][1:]}."))  # type: ignore[arg-type]
                verdicts.append(moved[0])  # type: ignore[arg-type]
                continue

            looked = only_looked(f, a, intent)  # "list the tenants on staging" answered with `tenants:purge[…]`
            if looked is not None:
                exceeded.append(("deny", f"{d.reason} You asked {quote(looked, 80)}: a look, not a removal."))
                verdicts.append("deny")
                continue
        reach = _asks_reach(f, a, intent) if f.rule.id in LISTEN_RULES or _dev_server_only(f, a) else None
        if reach is not None:
            verdicts.append("allow")  # "I can't reach the dev server from my phone": a server on every interface
            cited.append(reach)
            continue
        t = revoke_named(reboot_as_restart(target(f, a), a, intent), a)  # "restart db-02" for `ssh db-02 sudo reboot`
        t = pointer_named(t, a)  # "point the staging alias at version 42" for `aws lambda update-alias`
        if t.objects and a.shell:
            from automode.judge.intent.owner_home import home_values

            homes = home_values(a)  # `--org <url>` where the named pipeline lives: no object, no recipient
            if homes and any(o in homes for o in t.objects):
                t = replace(t, objects=tuple(o for o in t.objects if o not in homes))
        if f.rule.id == "AM-SEC-004" and t.cap == "ask" and locks_accounts(a):
            t = replace(t, cap="allow")  # an account locked, as asked: reversible, no further question
        if not t.verbs:
            verdicts.append(f.verdict)
            continue
        listed = listing_said(t, a, intent)  # a set computed by the user's own filter (`intent.listing_said`)
        if listed is not None and listed[2] is not None:
            if listed[0] == "allow":
                verdicts.append("allow")
                cited.append(listed[1])
            else:
                exceeded.append(("deny", f"{d.reason} You asked {quote(listed[2].clause.text, 80)}, but {listed[1]}."))
                verdicts.append("deny")
            continue
        from automode.judge.intent.fed_named import fed_unnamed, fed_verdict

        if (every_fed := fed_unnamed(t, a, intent)) is not None:  # named members, a listing of all of them fed
            fv: Verdict = "ask" if fed_verdict(a) == "ask" else "deny"
            exceeded.append((fv, f"{d.reason} {every_fed}"))
            verdicts.append(fv)
            continue
        mem = a.ctx.memory
        if (mem is not None and t.paths and not t.objects and t.verbs & {"delete", "update", "create", "touch"}
                and all(p in mem.created for p in t.paths)):
            verdicts.append("allow")  # the session's own files: it may delete or redo what it made
            cited.append("files this session created: " + ", ".join(t.paths[:2]))
            continue
        level, said = authorisation(t, intent, a.root, a.ctx.home, waits_for_ci=gated, tests_first=tested,
                                    branch=a.ctx.git.branch if a.ctx.git else None, acts=_acts_text(a))
        if level == "full" and said is not None and f.rule.id in REVEAL_RULES and not _reveals(said.clause.text) \
                and not _made_here(a):  # (a credential the command makes: its value is what the user asked for)
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
        if level != "full" and (f.rule.category == "destroy" or "unpublish" in t.verbs):
            from automode.judge.intent.destroy_named import said_all

            every = said_all(t.verbs, a, intent, t.objects)  # "wywal tabelę tmp_x", "destroy logging_tmp": each object removed named
            if every is not None and _says(t, every):
                level, said = "full", every
        if level != "full" and (f.rule.category == "destroy" or f.rule.id in VERB_RULES):
            from automode.judge.intent.verb_said import verb_said

            by_verb = verb_said(t, a, intent)  # "kjør reflog expire …", "(ecto.rollback)": the program's own verb
            if by_verb is not None and _says(t, by_verb):
                level, said = "full", by_verb
        named = _named(t, a, intent)
        import os as _os
        if _os.environ.get("OWDBG"):
            print("DBG", f.rule.id, level, t.verbs, t.objects, t.paths, t.cap, named)
        if (named is not None and not named.contradicts) or (named is None and level != "none" and said is not None):
            from automode.judge.intent.trust_named import keeps

            cap, kept = keeps(named, said, f, a, level)  # a trust act's value unnamed, a scope or a run wider than named
            r = named.said if named is not None else said
            if kept and r is not None:
                held: Verdict = f.verdict if not cap or f.verdict == "ask" else "ask"
                exceeded.append((held, f"{d.reason} You asked {quote(r.clause.text, 80)}, but {kept}."))
                verdicts.append(held)
                continue
        if named is not None:
            if not named.differs:
                if level != "full":
                    level, said = "full", named.said  # the act and every value it acts with are the user's words
            elif level == "none" or (level in ("full", "partial") and named.contradicts):
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
        if over is None and level == "full" and said is not None \
                and (f.verdict == "deny" or (f.verdict == "ask" and named is None)) and not requested_env(said) \
                and action_facts(t, a).env == "production" and not _names_production(named, f) \
                and not pod_named_exactly(a, said) and not limited_to_named(a, said):
            # (a pod named by its generated name is that pod's restart; a run limited to the hosts named, theirs)
            over = ("ask", "you did not name production, and this acts on production")  # "fix the orphaned contacts"
            # (an ask too where the words name none of its values, session 25: "change the log analytics retention to
            # 90 days" answered on `law-nord-prod`; "reboot web-03 only" names the host a prod inventory holds)
        if over is not None and said is not None:
            # Asked for, but not this much: another environment is refused, a wider reach is asked (refused when
            # it destroys), and the reason says which part went beyond the request.
            cap, why = over
            v: Verdict = "deny" if not cap or (f.rule.category == "destroy" and (
                f.verdict == "deny" or (cap in (WIDER, UNASKED) and bool(t.verbs & DESTROYS)))) else "ask"
            exceeded.append((v, f"{d.reason} You asked {quote(said.clause.text, 80)}, but {why}."))
            verdicts.append(v)
        elif level == "full" and said is not None and f.rule.category == "destroy" and t.objects and \
                (leaf := _leaf_unnamed(a, said, intent)) is not None:
            # the request names where it lands (the database, the host), not what it destroys (`intent.destroy_named`)
            cut: Verdict = f.verdict if leaf[1] else "ask"  # another thing named in its place; a set picked at run time
            why_cut = f"{d.reason} You asked {quote(said.clause.text, 80)}, but not for {leaf[0]!r}."
            exceeded.append((cut, why_cut))
            tagged[why_cut] = UNNAMED_DESTROYED
            verdicts.append(cut)
        elif level == "full" and said is not None and f.rule.category == "destroy" and \
                (extra := _widening_unsaid(a)) is not None:
            why_more = (f"{d.reason} You asked {quote(said.clause.text, 80)}, but not for `{extra}`, which removes more "
                        "than the thing itself.")  # fmt: skip
            exceeded.append(("ask", why_more))
            tagged[why_more] = DESTROYS_MORE
            verdicts.append("ask")
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
    import os as _os
    if _os.environ.get("OWDBG"):
        print("DBG verdicts", verdicts, "exceeded", exceeded, "partial_at", partial_at, "cited", cited)
    if not verdicts:
        return d
    if exceeded:
        v, why = max(exceeded, key=lambda x: SEVERITY[x[0]])
        if v != "deny" and "deny" in verdicts:
            return d  # another finding no request released stays refused (an ask for this one does not lower it)
        if v == "deny" or SEVERITY[v] < SEVERITY[d.verdict]:
            return judged(d, "deny" if v == "deny" else "ask", why, tagged.get(why, BEYOND))
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
    if waiting_ci and any(r.clause.verbs & {"merge"} for r, _ in intent.suspended):
        return d  # the merge was held once already ("あ、QA まって") and asked again to wait for the checks: now is no
        # merge the user asked (session 23)
    if waiting_ci:
        return judged(d, "ask", f"{d.reason} You asked {quote(words, 80)}; this does not wait for the checks to pass.",
                     RELEASED)  # fmt: skip
    return judged(d, "ask", f"{d.reason} You asked {quote(words, 80)}, but not for this specific target; please confirm.",
                 RELEASED)  # fmt: skip
