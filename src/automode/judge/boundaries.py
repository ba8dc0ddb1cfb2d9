"""Stated boundaries and MCP calls (judge steps 1 and 2): a fence the user drew turns a matching action into a deny;
a side-effect MCP call is released, asked or refused by whether its destination values appear in the user's words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.judge.intent.acts import READ_SAID, acts, mcp_words, ref_kinds
from automode.judge.intent.envdrift import _looks_only
from automode.judge.intent.facts_args import _git_push_target
from automode.judge.intent.held_back import about_a_kind
from automode.judge.intent.honoured import ELSE, copy_skipped, honoured, within_request
from automode.judge.intent.match import GENERIC_WORDS, object_matches, quote
from automode.judge.intent.objnames import any_object_matches
from automode.judge.intent.places import name_tokens, named_within, path_matches, stem, stems, under
from automode.judge.intent.review_flow import waits_for_ci
from automode.judge.intent.scope import env_of, value_drift
from automode.judge.intent.withdrawn import deletes_named, taken_back
from automode.judge.outcome import BEYOND, BOUNDARY, FOREIGN, RELEASED, SECRET_SEARCH, ctx_messages, judged
from automode.knowledge.modeflags import dry_form
from automode.model import Decision
from automode.rules.git import git_argv
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.acts import Acts
    from automode.judge.intent.match import Intent
    from automode.judge.intent.text import Boundary
    from automode.model import Finding
    from automode.rules.gitcall import GitCall
    from automode.shell.parse import Command


def boundary(d: Decision, found: list[Finding], a: Analysis, intent: Intent) -> Decision | None:

    act = acts(a, found)
    if (
        not act.classes
        and not act.runs
        and not any(b.kind in ("dryrun", "withdrawn", "hold") for _, b in intent.boundaries)
    ):
        return None
    root, home = a.root, a.ctx.home
    dry: bool | None = None  # (read on the first boundary it matters to)
    for idx, b in intent.boundaries:
        if b.kind in ("verb", "dryrun", "readonly") and dry is None:
            dry = _dry_only(a)
        if dry and b.kind in ("verb", "dryrun", "readonly"):
            continue  # `alembic upgrade --sql`, `rsync -n`, `-WhatIf`: the program's own dry form does not do the act
        who = "your configuration" if idx == -2 else "the project instructions" if idx == -1 else "you"
        if b.kind == "hold" and (back := taken_back(a, act, intent, b.text)):
            return judged(d, "deny", back, BOUNDARY)  # "nvm, keep them" and a delete of the logs named before
        if b.kind == "scope" and b.scope:
            outside = [p for p in act.writes if not under(p, b.scope, root, home)]
            outside = [p for p in outside if not _asked_for_path(p, idx, intent, root, home)]
            if outside:
                return judged(
                    d,
                    "deny",
                    f"outside the scope {who} set ({quote(b.text)}): changes {outside[0]}",
                    BOUNDARY,
                )
            continue
        if b.kind == "dryrun":
            ran = _ran_without_dry_run(a, b)
            if ran is not None:
                return judged(d, "deny", f"{who} asked for a dry run ({quote(b.text, 80)}); `{ran[:80]}` runs it for real",
                             BOUNDARY)  # fmt: skip
            continue
        if b.kind == "deps":
            if act.installs:
                return judged(
                    d,
                    "deny",
                    f"installs {', '.join(act.installs[:3])}, but {who} said {quote(b.text)}",
                    BOUNDARY,
                )
            continue
        hit = act.classes & b.verbs
        if act.runs and b.kind in ("verb", "withdrawn") and "run" in b.verbs and (b.strong or b.weak):
            hit = hit | {"run"}  # "don't rerun the backfill" names what must not run again
        if act.runs and b.kind == "verb" and b.verbs & {"run", "said:run", "said:execute"} and not (b.strong or b.weak) \
                and _runs_now(a):
            hit = hit | {"said:run"}  # "léigh an README amháin, ná rith aon rud": nothing at all is to run
        if not hit and b.kind == "withdrawn" and a.action.tool.startswith("mcp__"):
            hit = _tool_named(a.action.tool, b)  # "add Ana as a reviewer …, not now": `request_reviewers`
        if not hit and b.kind == "withdrawn" and "delete" in b.verbs and deletes_named(a, b.strong, b.weak):
            hit = frozenset({"delete"})  # "delete dist and build" … "nur dist": `rm -rf dist build` (build output)
        if not hit and b.kind == "verb" and "publish" in b.verbs and "push" in act.classes:
            from automode.judge.intent.publish_later import release_push

            pushed = release_push(a, intent)  # "don't publish yet" and a push that starts the release workflow
            if pushed:
                return judged(d, "ask", f"{who} said {quote(b.text)}; `{pushed}` pushes to where a release workflow "
                              "may publish", BOUNDARY)
        if not hit:
            continue  # nothing of what it fences (the checks below only ever let an act through)
        if (
            b.kind in ("readonly", "verb", "handsoff", "spared")
            and (_else_said(b.text) or about_a_kind(b))
            and within_request(a, found, intent)
        ):
            continue  # "delete the old installers … don't touch anything else": the installers are not "else"
        if b.kind == "readonly" and act.writes and not (act.classes & b.verbs) - {"update", "create", "touch"} \
                and all(_asked_for_path(p, idx - 1, intent, root, home) for p in act.writes):
            continue  # "clone it into ~/scratch and tell me how it works, just read it": the clone is the request
        if b.kind in ("except", "spared") and not _acts_on_named(a, b):
            continue  # "delete every 'filename', except ./path/to/filename": a filter that leaves it out honours it
        skipped = copy_skipped(a, b) if hit and b.kind == "verb" else ""
        if skipped:
            return judged(d, "deny", f"{who} said {quote(b.text)}; `{skipped}` deletes it without that copy", BOUNDARY)
        if not hit or (b.kind in ("verb", "handsoff", "spared") and honoured(a, b)):
            continue  # (`… | grep -v release/ | xargs git branch -d` keeps "anything under release/")
        fenced = _fenced_envs(frozenset(b.strong), frozenset(b.weak))
        if fenced and act.envs:
            if not act.envs & fenced:
                continue  # "don't touch the production database" does not fence the staging one
            if not (b.strong | b.weak) - GENERIC_WORDS:
                return judged(d, "deny", f"this would {_hit_word(hit)} in {sorted(act.envs & fenced)[0]}, but {who} said "
                             f"{quote(b.text)}", BOUNDARY)  # fmt: skip
        strong, weak = b.strong, b.weak
        if (
            fenced
        ):  # the environment is not known here: only the fence's own names can match ("the billing db")
            strong, weak = strong - GENERIC_WORDS, weak - GENERIC_WORDS
            if not strong and not weak:
                continue
        if b.kind == "withdrawn":
            if (strong or weak) and (_names_part(strong, weak, act, root, home) or deletes_named(a, strong, weak)):
                verb = _hit_word(hit)
                return judged(d, "deny", f"you took this back or put it off: {quote(b.text, 100)}"
                             + (f" (this would {verb} it)" if verb != "do" else ""), BOUNDARY)  # fmt: skip
            continue
        reading = hit <= READ_SAID  # a read is fenced only by a boundary that names what not to read
        if reading:
            # only the words of the clause the read verb governs ("don't look at the customers tests, fix src/ only":
            # customers and tests, not src)
            fenced_words = _read_clause_words(b.text, hit)
            strong, weak = strong & fenced_words, weak & fenced_words
            if not (strong or weak):
                continue
        if strong or weak:
            names_ok = (
                any(path_matches(p, strong, weak, root, home) or _read_under(p, strong, root) for p in act.reads)
                if reading else
                any_object_matches(act.names, strong, weak, fence=b.kind in ("spared", "except"))
                or any(path_matches(p, strong, weak, root, home) for p in act.writes)
                or not stems(weak).isdisjoint(_name_stems(act))
                or (b.kind == "reserved" and a.action.tool.startswith("mcp__")  # "i'll open the PR myself":
                    and not stems(weak).isdisjoint(stem(w) for w in mcp_words(a.action.tool)))  # create_pull_request
            )
            if (
                not names_ok
                and d.verdict == "allow"
                and b.kind in ("verb", "handsoff", "spared")
                and _picked(act.names, a)
            ):
                # names picked at run time from a listing that nothing narrows: the fenced ones may be among them
                return judged(d, "ask", f"this would {_hit_word(hit)} names picked at run time, and nothing leaves out "
                             f"what {who} said to keep ({quote(b.text, 80)})", BOUNDARY)  # fmt: skip
            if not names_ok:
                continue
        verb = _hit_word(hit)
        return judged(d, "deny", f"this would {verb}, but {who} said {quote(b.text)}", BOUNDARY)
    return None


@lru_cache(maxsize=256)
def _else_said(text: str) -> bool:
    """The boundary fences everything the request did not name ("don't touch anything else"): once per boundary."""
    return ELSE.search(text) is not None


@lru_cache(maxsize=256)
def _fenced_envs(strong: frozenset[str], weak: frozenset[str]) -> frozenset[str]:
    """The environments a boundary's words name ("don't touch the production database"): once per boundary."""
    return frozenset(env_of(w) for w in strong | weak) - {""}


def _name_stems(act: Acts) -> frozenset[str]:
    """The stems of the names an action mentions (`acts`), read once per action: every boundary compares them."""
    got = _STEMS_OF[0]
    if got[0] is not act:
        got = (act, frozenset(stem(n) for n in act.names))
        _STEMS_OF[0] = got
    return got[1]


_STEMS_OF: list[tuple[object, frozenset[str]]] = [(None, frozenset())]  # one slot: the last action's `Acts`


def _runs_now(a: Analysis) -> bool:
    """A shell action that runs a program of its own commands now, not lines of a script it writes for later."""
    return a.shell and any(not any(v.startswith("script ") or "(runs later)" in v for v in c.via) for c in a.commands)


def _dry_only(a: Analysis) -> bool:
    """Every command of a shell action that could act runs in its program's dry form (`knowledge.modeflags`)."""
    if not a.shell or not a.commands:
        return False

    dry = [dry_form(c) for c in a.commands]
    return any(dry) and all(d or _looks_only(c.name, c.args, a) for d, c in zip(dry, a.commands, strict=True))


def _picked(names: frozenset[str], a: Analysis) -> bool:
    """The action's targets are chosen at run time from a listing (`… | xargs git branch -d`)."""
    return any("__stdin_item__" in n for n in names) or any(
        w.raw == "<stdin>" for c in a.commands for w in c.argv[1:] if w.dynamic
    )


def _tool_named(tool: str, b: Boundary) -> frozenset[str]:
    """An MCP tool whose own name says what the taken-back words asked for ("reviewers" in `request_reviewers`): the
    act is that tool's, whatever verb class its name falls in."""

    said = {stem(w) for w in b.weak if len(w) >= 4}
    return frozenset({"do"}) if said & {stem(w) for w in mcp_words(tool) if len(w) >= 4} else frozenset()


def _names_part(strong: frozenset[str], weak: frozenset[str], act: Acts, root: str, home: str) -> bool:
    """The action acts on the part a later message took back: one of its specific names, or two of its describing
    words (one when it has one): "the flaky test" is not every test, "e2e" is `test:e2e`."""

    if strong and (
        any(object_matches(n, strong, frozenset()) for n in act.names)
        or any(path_matches(p, strong, frozenset(), root, home) for p in act.writes)
    ):
        return True
    words = {stem(w) for w in weak if len(w) >= 3}
    if not words:
        return False
    have = set().union(*(name_tokens(n) for n in act.names), *(name_tokens(p) for p in act.writes))
    return len(words & have) >= min(2, len(words))


def _acts_on_named(a: Analysis, b: Boundary) -> bool:
    """What a request left out ("…, not the one with the client") is what this action acts on: the values of a tool
    call, or a target of the action's effects; not a word of a command, which may be the filter that leaves it out
    (`find . -name f -not -path ./keep/f -delete`)."""

    if a.action.tool != "Bash":
        return True  # a tool call's values are what it acts on

    targets = [e.target for e in a.effects if e.target] + [v for e in a.effects for v in e.values]
    for cmd in a.commands:
        g = git_argv(cmd)
        if g is not None and g.sub == "push":
            verbs, refs = _git_push_target(cmd, a)
            targets += [*refs, *ref_kinds(verbs, refs)]  # the branches a push lands on, and what a deleted ref is
        refs_named, kinds = _refs_deleted(cmd, g)
        targets += refs_named + ([] if b.strong else kinds)  # ("keep the branch hotfix-12": not every branch)
    return any_object_matches(frozenset(targets), b.strong, b.weak, fence=True)


def _refs_deleted(cmd: Command, g: GitCall | None) -> tuple[list[str], list[str]]:
    """What a command deletes that no effect names (session 23, N4), (names, kinds): the branches or tags of `git
    branch -D`/`git tag -d` and their kind, and the kind of thing an option deletes beside the object (`gh pr merge
    --delete-branch`, `glab mr merge --remove-source-branch`): "keep the branch wal-exp" fences them."""
    from automode.knowledge.attached import ATTACHED_NOUNS, attached_removal

    names: list[str] = []
    kinds: list[str] = []
    if g is not None and g.sub in ("branch", "tag") and {"-d", "-D", "--delete"} & set(g.args):
        names += [x for x in g.args if not x.startswith("-")]
        kinds.append(g.sub)
    took = attached_removal(cmd)
    if took is not None:
        kinds += sorted(ATTACHED_NOUNS.get(took, frozenset({took})))
    return names, kinds


SCOPE_WORDS = {"all": "every item", "recursive": "the whole"}


def wider_tree(d: Decision, trees: list[str], a: Analysis, intent: Intent) -> Decision | None:
    """A project tree removed whole where the user's newest deletion request named a part inside it and not the tree
    ("remove the stale exports in data/exports/2025/" vs `rm -rf data/exports`): refused (asked for a build output,
    which the next build makes again), saying which part was named."""
    from automode.judge.intent.parts import FILTER

    literal = "\n".join(c.text or " ".join(w.value for w in c.argv) for c in a.commands).lower()
    for r in intent.requests:
        if not r.clause.verbs & {"delete", "reset"}:
            continue
        wipes = [
            e
            for e in a.effects
            if e.kind == "control" and e.verb == "delete" and e.scope in ("all", "recursive")
        ]
        filters = sorted(s for s in r.strong if FILTER.match(s) and s.lower() not in literal)
        if wipes and filters:
            # "delete the keys starting with sess:tmp: in the local redis" vs `redis-cli FLUSHALL`: routine locally,
            # but not what was named
            return judged(
                d,
                "deny",
                f"You asked {quote(r.clause.text, 80)}: you named only the {', '.join(filters[:3])} "
                f"ones; this deletes {SCOPE_WORDS.get(wipes[0].scope, 'all')} of {wipes[0].target}.",
                BEYOND,
            )
        for tree in trees:
            part = named_within(tree, r.strong, r.clause.text, a.root)
            if part is not None and not path_matches(tree, r.strong, frozenset(), a.root, a.ctx.home):
                rel = tree.removeprefix(a.root.rstrip("/") + "/")
                built = any(e.target == tree and e.pclass == "artefact" for e in a.effects)  # rebuilt on the next build
                return judged(d, "ask" if built else "deny", f"You asked {quote(r.clause.text, 80)}: you named {part}; "
                             f"this removes all of {rel}.", BEYOND)  # fmt: skip
        return None  # the newest deletion request decides
    return None


def _ran_without_dry_run(a: Analysis, b: Boundary) -> str | None:
    """A command that runs the program a dry-run request named (`drop_stale_features` for "the stale-feature
    cleanup") without any dry-run option: the text of that command, else None."""
    from automode.judge.intent.text import DRY_FLAGS

    compound = [name_tokens(x) for x in b.strong if "-" in x or "_" in x or "." in x]
    weak = {stem(w) for w in b.weak if len(w) >= 4}

    for cmd in a.commands:
        words = [w.value for w in cmd.argv if not w.dynamic]
        if any(w.lower() in DRY_FLAGS or w.lower().startswith("--dry-run=") for w in words) or dry_form(cmd):
            continue  # (a program's own dry form: `salt … test=True`, `-WhatIf`, `--pretend`)
        named = [w for w in words[:4] if not w.startswith("-")]
        toks = set().union(*(name_tokens(w) for w in named)) if named else set()
        if (
            any(object_matches(w, b.strong, frozenset()) for w in named)
            or any(n and n <= toks for n in compound)
            or len(weak & toks) >= 2
        ):
            return cmd.text or " ".join(words)
    return None


def _asked_for_path(path: str, idx: int, intent: Intent, root: str, home: str) -> bool:

    return any(r.index > idx and r.clause.verbs & {"update", "create", "touch", "delete"} and
               path_matches(path, r.clause.strong, r.clause.weak, root, home) for r in intent.requests)  # fmt: skip


# ------------------------------------------------------------------ MCP
#: Review rules over MCP calls that this path settles with the call itself, once the user's words ask for the act.
MCP_GATES = frozenset({"AM-TRUST-005", "AM-GIT-010", "AM-EXFIL-047"})  # (personal values: the call's values are weighed here)


def mcp(d: Decision, found: list[Finding], a: Analysis, intent: Intent) -> Decision | None:
    from automode.judge.intent import mcp, mcp_against, mcp_values

    if not intent.has_messages:
        return None
    tool = a.action.tool
    side = [f for f in found if f.rule.id == "AM-TRUST-005"]
    if not side:
        if d.verdict != "deny" and mcp.tool_classes(tool)[0] - {"read", "draft"} and not any(f.rule.floor for f in found):
            from automode.judge.intent.extent import beyond_member
            from automode.judge.intent.mcp_scope import beyond as scope_beyond

            # a call read as its command line (`kubectl_scale {replicas: 300}`), or one no rule fired on
            scoped = scope_beyond(tool, intent, a.action.input, a.ctx.user_messages) or _slots(a)
            wide = beyond_member(a) if scoped is None else None
            if wide is not None:  # a call that takes the container of the member named (`delete_repository`)
                return judged(d, "deny" if not wide[0] else "ask", wide[1], BEYOND)
            if scoped is not None:
                return judged(d, scoped[0], scoped[1], BEYOND)  # type: ignore[arg-type]
        if d.verdict == "allow" and not found:
            secret = mcp_against.secret_search(a.action.input, intent)
            if secret:
                return judged(
                    d,
                    "ask",
                    f"`{tool}` searches for a {secret}, which nothing you said asks for",
                    SECRET_SEARCH,
                )
        return None
    if any(f.rule.floor or (f.rule.id not in MCP_GATES and f.verdict != "allow") for f in found):
        return None  # other rules object too: leave them to the general release path
    if any(f.rule.id == "AM-GIT-010" for f in found):
        from automode.judge.intent.releases import NEEDS_KIND

        if not NEEDS_KIND["AM-GIT-010"] & set(re.findall(r"[a-z0-9_-]+", intent.text)):
            return None  # an approval nobody asked for in so many words ("approve #57"): the general path refuses it
    from automode.judge.intent.grant_named import settle as grant_settled

    granted = grant_settled(a, intent)  # a database tool's GRANT, a store user created: the account, level, database named
    if granted is not None:
        return judged(d, granted[0], f"you asked for this: {quote(granted[1])}" if granted[0] == "allow"  # type: ignore[arg-type]
                      else f"{d.reason} {granted[1][:1].upper()}{granted[1][1:]}.", RELEASED if granted[0] == "allow" else BEYOND)
    posts = mcp.tool_classes(tool)[0] & {
        "create",
        "send",
        "push",
        "publish",
    }  # (a label changed there posts nothing)
    elsewhere = (
        mcp.other_repository(a.action.input, a.ctx.git.remotes if a.ctx.git else {}, intent.text)
        if posts
        else None
    )
    if elsewhere is not None:  # "open an issue for the bug we found" filed in another project's tracker
        return judged(d, "deny", f"this acts on the repository {elsewhere[0]}; you are working in {elsewhere[1]} and did "
                     "not name it", BEYOND)  # fmt: skip
    from automode.judge.intent.selects import other_members

    more = other_members(a)
    if more is not None:  # "resolve incident Q2WXYZ8" answered with two more incidents beside it
        return judged(d, "deny", more[1], BEYOND)
    shared = mcp_against.shared_branch(tool, intent, a.action.input)
    if shared is not None:
        branch, why = shared
        if why:
            return judged(d, "deny", f"this commits straight to {branch}, and {why}", BEYOND)
        return judged(d, "ask", f"this commits straight to {branch}, which nothing you said names", BEYOND)
    if mcp_values.made_public_unasked(a.action.input, intent, tool):  # `acl: public-read`, `type: anyone`, `"Principal": "*"`
        why = "you said private" if "private" in intent.text else "nothing you said asks for that"
        return judged(d, "deny", f"`{tool}` makes it public (visible to anyone), and {why}", BEYOND)
    against = mcp_against.contradiction(tool, intent, a.action.input)
    if against is not None:
        said, why = against
        return judged(d, "deny", f"you asked {quote(said.clause.text, 80)}, but {why}", BEYOND)
    from automode.judge.intent.mcp_scope import beyond as scope_beyond

    scoped = scope_beyond(tool, intent, a.action.input, a.ctx.user_messages) or _slots(a)
    if scoped is not None:  # every incident for the one named, the item the user left out, a mute with no end; another
        return judged(d, scoped[0], scoped[1], BEYOND)  # type: ignore[arg-type]  # region, a real run for a dry one
    from automode.judge.intent.extent import beyond_member

    wide = beyond_member(a)
    if wide is not None:  # "delete the branch old-experiment" answered with `delete_repository`
        return judged(d, "deny" if not wide[0] else "ask", wide[1], BEYOND)
    vals = mcp.values(a.action.input, intent, tool)
    from automode.judge.intent.own_address import own_recipients

    vals = own_recipients(vals, a)  # "email me the summary": the user's own mailbox (`lea@…` in /home/lea)
    req = mcp.request_for(tool, vals, intent, mcp.identifiers(a.action.input), a.action.input)
    if req is None:  # "passe port-881 en done": a clause naming the record whose verb no gloss reads
        from automode.judge.intent.unread_verb import unread_request

        req = unread_request(tool, a.action.input, intent, a.ctx.user_messages, vals,
                             a.ctx.git.remotes if a.ctx.git else {})
    if req is None and any(e.kind == "control" and e.verb == "delete" for e in a.effects):
        from automode.judge.intent.destroy_named import said_all

        req = said_all(frozenset({"delete"}), a, intent)  # "delete reminder b7c1… in dev": the rows an SQL tool removes
    if req is not None and mcp.is_draft(tool, a.action.input):
        vals = []  # a draft sends nothing: whom it is addressed to is settled when the user sends it
    foreign = [v for v in vals if v.found == "no"]
    partial = [v for v in vals if v.found == "partial"]
    if req is not None and req.clause.condition in ("ci", "tests") and not waits_for_ci(a):  # (`enable_auto_merge` waits)
        return judged(d, "ask", f"{d.reason} You asked {quote(req.clause.text, 80)}; this call does not wait for the checks "
                     "to pass.", RELEASED)  # fmt: skip
    if req is not None and not foreign and not partial:
        from automode.judge.intent.roles import beyond as role_beyond

        over = role_beyond(mcp.pairs(a.action.input), req.clause.text, intent.text)
        if over is None:  # "add the TXT record" answered with a CNAME; "refund ch_test_1" with `ch_live_2`
            from automode.judge.intent.call_places import leaf_values
            from automode.judge.intent.drift import call_values

            # (a record's zone, a row's project: where the act lands, not a sibling of the value named)
            over = value_drift(leaf_values(call_values(a.action.input), intent.text), req, ctx_messages(a))
        if over is None and (people := mcp_values.personal_data(a.action.input, intent)) is not None:
            over = ("people", people)  # (an ask) "tell #general the export finished" with a customer list in the text
        if over is not None:  # "view access" answered with `writer`
            return judged(d, "deny" if not over[0] else "ask", f"{d.reason} You asked {quote(req.clause.text, 80)}, but "
                         f"{over[1]}.", BEYOND)  # fmt: skip
        return judged(d, "allow", f"you asked for this: {quote(req.clause.text)}", RELEASED)
    if req is not None:
        v = (foreign or partial)[0]
        if v.found == "no" and v.kind == "recipient" and "delete" in mcp.tool_classes(tool)[0]:
            return judged(d, "deny", f"you asked {quote(req.clause.text, 80)}, but this removes {v.value!r}, which you did "
                         "not name", FOREIGN)  # fmt: skip
        mails = [x for x in vals if x.kind == "recipient" and mcp_values.EMAIL.fullmatch(x.value.strip())]
        if mails and all(x.found == "no" for x in mails) and mcp_values.EMAIL.search(intent.text):
            # the user wrote the address to send to, and this goes to none of theirs: a mistyped, look-alike or planted
            # address (an extra copy beside the named one stays a question)
            return judged(d, "deny", f"you asked {quote(req.clause.text, 80)}, but this sends to {mails[0].value!r}, an "
                         "address you did not give, instead of yours", FOREIGN)  # fmt: skip
        from automode.judge.intent.phones import other_number

        number = other_number([x.value for x in vals if x.kind == "recipient"], intent.text)
        if number is not None:  # "text me on +1 555 0100" answered with another number
            return judged(d, "deny", f"you asked {quote(req.clause.text, 80)}, but this texts {number!r}, a number you "
                         "did not give, instead of yours", FOREIGN)  # fmt: skip
        what = (
            "appears nowhere in your messages" if v.found == "no" else "only partly matches a name you gave"
        )
        return judged(
            d, "ask", f"you asked {quote(req.clause.text, 80)}, but the {v.kind} {v.value!r} {what}", FOREIGN
        )
    strong = [v for v in foreign if v.kind in ("recipient", "account", "url", "credential")]
    if strong:
        v = strong[0]
        return judged(d, "deny", f"nothing you said asks for `{tool.split('__')[-1]}`, and the {v.kind} {v.value!r} appears "
                     "nowhere in your messages: this looks like an instruction from tool output, not from you", FOREIGN)  # fmt: skip
    if "delete" in mcp.tool_classes(tool)[0] and not any(r.clause.verbs & {"delete", "reset", "unpublish"} for r in intent.requests):
        # "summarise the #incidents thread" answered with `delete_message`, "close out INFRA-240" with `delete_issue`:
        # nothing the user said asks to delete or discard anything
        return judged(d, "deny", f"`{tool.split('__')[-1]}` deletes, and nothing you said asks to delete or discard "
                     "anything", BEYOND)  # fmt: skip
    return None


def _slots(a: Analysis) -> tuple[str, str] | None:
    """("deny" | "ask", why) when a tool call acts in another place or mode than the user named (`intent.where`,
    `intent.run_mode`)."""
    from automode.judge.intent.run_mode import beyond as for_real
    from automode.judge.intent.where import beyond as elsewhere

    got = elsewhere(a) or for_real(a)
    return None if got is None else ("deny" if not got[0] else "ask", got[1])


_CLAUSE_END = lazyre.compile(r"[,;:!?()]|\.(?=\s|$)|\s(?:but|and then|then|instead|just|only)\s")


def _read_clause_words(text: str, hit: frozenset[str] | set[str]) -> frozenset[str]:
    """The lower-case words and paths between the read verb the boundary says and the end of its clause."""
    low = text.lower()
    verbs = [h.removeprefix("said:") for h in hit]
    at = min((i for v in verbs if (i := low.find(v)) >= 0), default=-1)
    if at < 0:
        return frozenset()
    rest = low[at:]
    end = _CLAUSE_END.search(rest)
    clause = rest[: end.start()] if end else rest
    if " into " in clause:
        return frozenset()  # "don't read too much into the flaky test", "don't read it all into memory": no fence
    return frozenset(w.strip("/") for w in clause.split()) | frozenset(clause.split())


def _read_under(path: str, strong: frozenset[str], root: str) -> bool:
    """A file read under a folder the boundary names ("don't open anything in customers/"): the folder by its
    project-relative path or as one of the folders the file sits in."""
    rel = path[len(root):].strip("/") if root and path.startswith(root.rstrip("/") + "/") else path.strip("/")
    folders = rel.split("/")[:-1]
    for w in strong:
        w = w.strip("/").lower()
        if w and (w in folders or rel.lower().startswith(w + "/")):
            return True
    return False


def _hit_word(hit: set[str] | frozenset[str]) -> str:
    """The verb a boundary hit names, for the reason: a class ("push"), else the word said ("switch")."""
    from automode.judge.intent.text import SAID

    classes = sorted((h for h in hit if not h.startswith(SAID)), key=lambda h: (_HIT_ORDER.get(h, 50), h))
    return (
        ("change" if classes[0] in ("touch", "create") else classes[0])
        if classes
        else sorted(hit)[0].removeprefix(SAID)
    )


#: Which act a reason names first when a fence is hit by several (the most consequential).
_HIT_ORDER = {"force-push": 0, "delete": 1, "reset": 2, "publish": 3, "deploy": 4, "push": 5, "merge": 6, "send": 7,
              "pay": 8, "kill": 9, "install": 10, "update": 11, "touch": 12, "create": 13}  # fmt: skip
