"""The action side of intent matching: which kinds of act it is (verb classes) and which objects it names.

Rules are owned elsewhere and only say *that* they fired; the objects (branch, path, table, bucket, host, package)
are read from the Analysis: the commands a rule fires on, their arguments, and the effects' targets.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from automode import lazyre
from automode.dc import dataclass
from automode.judge.intent.computed import COMPUTED_RULES, named_whole
from automode.judge.intent.facts_args import _K8S as _K8S
from automode.judge.intent.facts_args import _K8S_PLACE as _K8S_PLACE
from automode.judge.intent.facts_args import _SQL_OBJ as _SQL_OBJ
from automode.judge.intent.facts_args import _SWITCH_VALUES as _SWITCH_VALUES
from automode.judge.intent.facts_args import _TIP_REWRITES as _TIP_REWRITES
from automode.judge.intent.facts_args import CLI_WORDS as CLI_WORDS
from automode.judge.intent.facts_args import PACKAGE_OPTS as PACKAGE_OPTS
from automode.judge.intent.facts_args import PATTERN_OPTS as PATTERN_OPTS
from automode.judge.intent.facts_args import SOURCE_OPTS as SOURCE_OPTS
from automode.judge.intent.facts_args import _args as _args
from automode.judge.intent.facts_args import _bounded_cleanup as _bounded_cleanup
from automode.judge.intent.facts_args import _git_push_target as _git_push_target
from automode.judge.intent.facts_args import _k8s_named as _k8s_named
from automode.judge.intent.facts_args import _package_places as _package_places
from automode.judge.intent.facts_args import _patterns as _patterns
from automode.judge.intent.facts_args import _rewrites_own_branch as _rewrites_own_branch
from automode.judge.intent.facts_args import _sources as _sources
from automode.judge.intent.kinds import GENERIC_TOOLS, command_kind
from automode.judge.intent.members import as_named, named_membership
from automode.judge.intent.named_slots import act_parts, copied_there, task_repositories_said
from automode.judge.intent.persist import (
    HOOK_DIR_WORDS,
    hooks_dir_set,
    introduced,
    later_file,
    login_item,
    more_words,
    remote_only_login,
    spawned,
    startup_file,
)
from automode.judge.intent.places import filtered_paths
from automode.judge.intent.privilege import own_membership
from automode.judge.intent.releases import (
    ACT_CATEGORIES,
    ASK_AT_MOST,
    BYPASS_WORDS,
    CATEGORY_VERBS,
    EFFECT_CLASSES,
    FILTERED,
    LOGIN_RULES,
    MAIN_BRANCHES,
    MCP_ONLY,
    NEEDS_KIND,
    NEVER,
    OWNER_WORDS,
    PUBLIC_WORDS,
    RELEASE_VERBS,
    SCHEDULE_WORDS,
    UNRELEASABLE_CLASSES,
)
from automode.judge.intent.remote_paths import named_remote, remote_log_paths
from automode.judge.intent.review_flow import opens_review
from automode.judge.intent.role_files import ROLE_FILE_VERBS, _instruction_files, _role_files
from automode.judge.intent.roles import role_words
from automode.judge.intent.said import joined, joined_lower
from automode.judge.intent.vocab import action_act, statement_act
from automode.knowledge.stoppers import FINDERS, LISTING_WORDS, feeder
from automode.paths import under
from automode.rules.writes import ASKED_WITH
from automode.rules.writes_tests import NAMED_BY

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect
    from automode.model import Finding
    from automode.shell.parse import Command

#: The account an access change is for: `repos/o/r/collaborators/NAME`, `orgs/o/memberships/NAME`, `--member=user:NAME`, `--add-user NAME`, `--assignee NAME`, `-f username=NAME`.
_GRANTEE = lazyre.compile(r"(?:/(?:collaborators|outside_collaborators|members|memberships|invitations)/|"
                          r"^--(?:member|add-user|assignee|grantee|user)=?(?:user:|serviceAccount:|group:|domain:)?|"
                          r"^(?:username|user|login|invitee_id|email)=)([\w.@+-]{2,})")  # fmt: skip
#: A number in the user's words, and the new margin of a loosened tolerance (`files.tolerance`: "from X to Y in").
_NUMBER_SAID = lazyre.compile(r"(?<![\w.])\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?![\w.])")
_TOLERANCE_TO = lazyre.compile(r"\bfrom \S+ to (\S+) in ")
#: The words that ask for the environment itself (a response that returns every variable).
ENV_WORDS = frozenset({"env", "environment", "variables", "vars", "envs", "environ"})
def _asked_with(rid: str) -> frozenset[str]:
    """The words a request for a weakening edit must contain (`automode.rules.writes.ASKED_WITH`): "fix the coverage
    failure" names the gate but asks for no lowering."""

    return ASKED_WITH.get(rid, frozenset())


def _named_by(rid: str) -> tuple[str, ...]:
    """The words that name what a command rule acts on when its arguments do not (`rules.writes_tests.NAMED_BY`):
    `jest -u src/cart` updates the snapshots, which is what a user calls it."""

    return NAMED_BY.get(rid, ())


_HEAD_REF = lazyre.compile(r"^(?:HEAD|@)(?:[~^]\d*)*$")  # "the previous commit": relative to where the user is
_SPLIT = lazyre.compile(r"[^a-z0-9]+")


#: A schema-qualified table (`analytics.tmp_churn`, `db.schema.table`): its last part is the name a request gives it.
_QUALIFIED = lazyre.compile(r"^[A-Za-z_][\w$]*(?:\.[A-Za-z_][\w$]*){1,2}$")

@dataclass(frozen=True, slots=True)
class Target:
    """What one finding acts on."""

    verbs: frozenset[str]  # user verb classes that can authorise it; empty = never released
    objects: tuple[str, ...]  # names the user would use: branch, bucket, table, host, package ... (any may match)
    paths: tuple[str, ...]  # files it deletes, overwrites or changes: every one must be named
    protected: tuple[str, ...]  # objects that need naming explicitly (main branches)
    implicit: bool  # nothing named: the current branch, the project
    cap: str  # "allow" or "ask": the most a request can release it to
    kinds: tuple[str, ...] = ()  # with nothing named, the tool the user must name instead (`terraform`, `crontab`)
    says: frozenset[str] = frozenset()  # the request must also contain one of these words (the kind of change)
    introduced: tuple[str, ...] = ()  # hosts, addresses, keys the written text brings in: each must be the user's
    named_only: bool = False  # released by any clause that names every `introduced` value, whatever its verb


def obj_tokens(obj: str) -> set[str]:
    return {t for t in _SPLIT.split(obj.lower()) if t}


HOOK_WORDS = ("hook", "hooks", "pre-commit", "precommit", "pre-push", "verify", "no-verify", "husky", "lefthook")


def target(f: Finding, a: Analysis) -> Target:
    from automode.effects import Effect

    rid = f.rule.id
    if rid in ("AM-RCE-021", "AM-RCE-022", "AM-SUPPLY-007", "AM-RCE-027", "AM-DESTROY-068", "AM-RCE-031", "AM-DESTROY-069"):
        from automode.judge.intent.option_said import option_target
        return option_target(f, a, Target)  # fmt: skip
    if rid in ("AM-RCE-023", "AM-SEC-051", "AM-SEC-052"):  # a place said in so many words only (`intent.place_said`), never a verb
        return Target(frozenset(), (), (), (), False, "ask")  # (a clone's script is named by its file name: below)
    if rid == "AM-SEC-005":
        from automode.judge.intent.privilege import privilege_target

        routine = privilege_target(a)  # root is how a routine command runs: a grant or the act it serves
        if routine is not None:
            root_verbs, root_names, root_says = routine
            return Target(root_verbs, (), (), (), bool(root_verbs), "allow" if root_verbs else "ask", root_names, root_says)
    pats: tuple[str, ...] | None = None
    if rid in FILTERED or (rid == "AM-EXFIL-002" and a.action.tool == "Bash"):
        from automode.judge.intent.linefilter import filter_patterns, rewrites_in_place

        pats = filter_patterns(a)  # the lines with a named value removed, not the record wiped
        if rid not in FILTERED and (pats is None or not rewrites_in_place(a)):
            pats = None  # a read of a secret file: judged below, as any read
        elif pats is None:  # (a log wiped on a named host, in a named place: judged as the delete it is)
            return Target(frozenset({"delete"}) if (gone := remote_log_paths(a)) else frozenset(), (), gone, (), False, "allow" if gone else "ask")
    if pats is not None:
        verbs_ = FILTERED.get(rid) or FILTERED["AM-SEC-006"]
        paths_ = tuple(e.target for e in a.effects if e.kind == "write" and e.pclass not in ("temp", "artefact"))
        return Target(verbs_, (), paths_, (), False, "allow", introduced=pats)
    if rid in ("AM-PERSIST-002", "AM-RES-002", "AM-SEC-005"):
        special = _special_target(f, a)  # cron entries removed by name; the machine stopped ("shut the mac down")
        if special is not None:
            return special
    if rid == "AM-GIT-003":

        dirs = hooks_dir_set([c for c in _sources(f, a) if not isinstance(c, Effect)])  # type: ignore[misc]
        if dirs is not None:  # "enable the hooks in .githooks": the directory is a value the user gives, not a word
            return Target(frozenset({"update", "create", "enable", "install", "run"}), (), (), (), True, "allow",
                          says=HOOK_DIR_WORDS, introduced=tuple(d.rstrip("/") for d in dirs))
    if rid == "AM-TRUST-001":
        from automode.judge.intent.handoffs import public_for_private

        if public_for_private(a) is not None:  # "upload it to our internal index" answered with `twine upload`
            return Target(frozenset(), (), (), (), False, "ask")
    if rid == "AM-TRUST-008":
        from automode.judge.intent.handoffs import task_says

        task_words = task_says(a)
        if task_words is not None:  # "publish it" for `just publish`, "run the prod deploy script"
            return Target(frozenset({"deploy", "publish", "push", "send", "pay", "rotate", "run", "grant"}), (), (), (), True,
                          "allow", says=task_words)
    if rid == "AM-PARSE-002" and a.shell:
        from automode.judge.intent.named_slots import cmdlet_target

        made = cmdlet_target(a)  # "register our internal feed at https://…": `Register-PSRepository` by its verb
        if made is not None:
            return Target(made[0], made[1], (), (), False, "allow", introduced=made[2])
    if rid in MCP_ONLY and not any(e.kind == "control" for e in a.effects):
        return Target(frozenset(), (), (), (), False, "ask")  # (a tool that runs SQL is judged by its statement)
    verbs = RELEASE_VERBS.get(rid) or f.rule.release or (CATEGORY_VERBS.get(f.rule.category, frozenset())
                                                         if rid not in NEVER else frozenset())  # fmt: skip
    cap = "ask" if rid in ASK_AT_MOST and not (rid == "AM-SEC-004" and (own_membership(a) or named_membership(a))) else "allow"
    if verbs and f.rule.category in ACT_CATEGORIES:

        act = action_act(a)
        sql = statement_act(a) if f.rule.kind == "effect" else None
        if act is not None:
            verbs = act.covered_by  # the command names its act: "restart" does not release an undo
        elif sql is not None:
            verbs = sql  # the statement names its act: an UPDATE is released by "set", "change", "update"
        else:
            # No word names a finer act: the control effect's own verb is what the action does ("set LOG_LEVEL=debug
            # on the api" asks for the `update` that `kubectl set env` is, though the rule is about deploying).
            verbs = verbs | frozenset().union(*(EFFECT_CLASSES.get(e.verb, frozenset()) for e in a.effects
                                                if e.kind == "control"))
    if rid == "AM-TRUST-002":
        from automode.judge.intent.subcommand_said import subcommand_said

        verbs = verbs | subcommand_said(a)  # "skaffold로 staging 프로필 run 해줘": the program's own verb, said with it
    if rid == "AM-TRUST-002" and any(e.kind == "control" and e.verb == "execute" for e in a.effects):
        verbs = verbs | carried_verbs(a)  # `kubectl exec -n prod pod -- rm -f /tmp/x`: the act it carries there
    if rid == "AM-TRUST-001":
        from automode.knowledge.publish import SITES

        if any(c.name in SITES for c in a.commands):
            verbs = verbs | {"publish", "deploy", "push"}  # "deploy the docs to GitHub Pages": a site is deployed
        if any(c.name in PUSHERS and "push" in c.args[:2] for c in a.commands):
            verbs = verbs | {"push"}  # `docker push`, `helm push`, `butler push`: "push it to our ghcr as 2.14.0"
        from automode.judge.intent.publish_said import said_verbs

        verbs = verbs | said_verbs(a)  # "push a beta to TestFlight", "send the apk to the testers on firebase"
    if rid == "AM-EXFIL-003" and a.shell:
        from automode.knowledge.shared_acts import made_credential

        if any(made_credential(c) for c in a.commands):
            verbs = verbs | {"create", "rotate"}  # "create a vault token…": the new token printed is what was asked for
    if not verbs:
        return Target(frozenset(), (), (), (), False, "ask")
    if verbs & {"delete"}:
        from automode.judge.intent.act_targets import mirror_verbs

        verbs = verbs | mirror_verbs(a)  # a download that prunes its local copy: "pull the data down into data/raw"
    if rid == "AM-EXFIL-004" and copied_there(a):
        verbs = verbs | {"read"}  # "скопіюй dist на web-01": a copy to the host named is the upload (`named_slots`)
    if rid == "AM-AGENT-003" and _instruction_files(a):
        verbs = verbs | {"send"}  # "tell claude in CLAUDE.md to use pnpm": what the agents are told is what is written
    if rid == "AM-AGENT-003" and _role_files(a):
        # A CI or pre-commit configuration is edited by whatever the request asks of the checks it runs ("stop codeql
        # running on docs PRs", "drop the black hook"); what the edit weakens is judged apart (AM-WRITE-003 and kin),
        # and the path must still be named, by its role ("CI") or its name.
        verbs = verbs | ROLE_FILE_VERBS

    login: dict[str, frozenset[str]] = {}
    # On another host (`ssh deploy@box 'cat >> ~/.ssh/authorized_keys' < keys/ci.pub`) the login item is that host's:
    # the host and every file sent there must be the user's words too (below).
    hosts = [c.remote.rsplit("@", 1)[-1] for c in a.commands if c.remote]
    if rid in LOGIN_RULES and (not hosts or remote_only_login(a, UNRELEASABLE_CLASSES)):
        login = {e.target: w for e in a.effects if e.kind in ("write", "chmod")
                 and (w := login_item(e.target, a.ctx.home)) is not None}  # fmt: skip
    for e in a.effects:
        if e.target in login:
            continue  # a login item the user may ask for by name (`intent.persist`)
        if (e.origin == "create" or e.kind == "write") and any(t.startswith(e.target.rstrip("/") + "/") for t in login):
            continue  # `mkdir -p ~/.config/systemd/user` for the unit written next, `cp x.lnk <Startup>/`: that item
        if e.kind in ("delete", "write", "chmod") and e.pclass in UNRELEASABLE_CLASSES and not named_remote(e, a) \
                and not (e.kind == "write" and e.append and e.target.startswith("/var/log/")) \
                and not (e.kind == "delete" and e.pclass == "system" and _bounded_cleanup(e.target, a)):
            # (a job's output appended to its own log, `>> /var/log/backup.log`, changes nothing of the system)
            return Target(frozenset(), (), (), (), False, "ask")
        if e.kind in ("delete", "write") and e.pclass == "protected" and not under(e.target, a.root) \
                and e.origin != "config-cli":  # a config command sets the keys it names, judged by what they do
            return Target(frozenset(), (), (), (), False, "ask")  # rc files, hooks, agent settings in $HOME
        if rid == "AM-PERSIST-001" and e.kind in ("write", "chmod") and not under(e.target, a.root):
            return Target(frozenset(), (), (), (), False, "ask")  # persistence outside the project: never by request
    objects: list[str] = []
    paths: list[str] = []
    protected: list[str] = []
    opener: Target | None = None
    others = False
    named_dests: tuple[str, ...] = ()  # destination URLs the user named by a word of theirs (`dest_words`)
    landed: list[str] = []  # the channels a publish names (`--tag next`): the user names them as what it publishes
    for src in _sources(f, a):
        if isinstance(src, Effect) and src.kind == "delegate":
            return _delegated_target(src, a)
        if isinstance(src, Effect) and src.kind == "exec" and src.origin == "remote":
            # Downloaded code is named by where it comes from ("their install script", the vendor's host).
            objects += [e.target for e in a.effects if e.kind == "network" and e.origin == "fetch"] or [src.target]
            continue
        if isinstance(src, Effect):
            if src.origin == "clone" and f.rule.kind == "action":
                continue  # the files a clone brings in are named by its source (the fetch above), not by a path
            (paths if src.kind in ("delete", "write", "chmod") else objects).append(src.target)
            if src.kind == "control" and src.origin == "data" and _QUALIFIED.match(src.target):
                objects.append(src.target.rsplit(".", 1)[1])  # `analytics.tmp_x`: the table the user names "tmp_x"
            if src.kind == "network" and "://" in src.target:
                from automode.knowledge.shared_acts import url_object

                leaf = url_object(src.target)  # `…/purge/product:8812`: the key the user names "product:8812"
                if leaf:
                    objects.append(leaf)
            continue
        cmd: Command = src  # type: ignore[assignment]
        if rid == "AM-GIT-001":
            from automode.judge.intent.act_targets import EVERY_REF, rewritten_refs

            refs = rewritten_refs(cmd, a)  # `git filter-repo --refs perf/simd`: the history of that branch only
            if refs is not None:  # (every ref rewritten is beyond a request about one branch: `scope.beyond`)
                objects += refs[0]
                protected += [r for r in refs[1] if r != EVERY_REF]
        if rid == "AM-GIT-002":
            verbs, names = _git_push_target(cmd, a)
            objects += names
            from automode.knowledge.review import protected_line

            protected += [n for n in names if n in MAIN_BRANCHES or protected_line(n)]  # release lines too
            continue
        opened = opens_review(cmd)
        if rid == "AM-TRUST-004" and opened is None and opens_review(cmd, any_repo=True) is not None:
            return Target(frozenset(), (), (), (), False, "ask")  # on another repository: never by request
        if rid == "AM-TRUST-004" and opened is not None:
            # "Open a PR" names the kind of thing, not its title: opening one on the project's own repository is
            # what was asked; another repository (`--repo`) is never released. Only when opening is all the action
            # does: `gh pr create && gh pr merge --auto` also merges, which "open a PR" does not ask for.
            # A pull request is the review path itself: a request to make, push, ship or send the work opens one
            # ("make the hotfix on a branch and get it out", "ship this"), as well as one that names it.
            opener = Target(frozenset({"create", "send", "publish", "push", "deploy"}), (), (), (), True, "allow")
            continue
        others = True
        objects += _args(cmd) + ([cmd.name] if "/" in cmd.argv[0].value and rid in ("AM-RCE-008", "AM-RCE-024") else [])
        if rid == "AM-TRUST-002":  # the app, stack or context chosen elsewhere (`export FLY_APP=x`, `kubectx x`)
            from automode.knowledge.envmarkers import env_of as marked
            from automode.knowledge.envselect import chosen

            objects += [v for v in chosen(cmd) if marked(v)]  # (a name with its environment in it: `ledger-staging`)
        if rid in ("AM-TRUST-001", "AM-TRUST-008"):
            from automode.judge.intent.channels import channel_object
            from automode.knowledge.publish import dest_words, registry_words

            objects = channel_object(cmd, a.ctx.user_messages, objects, landed)

            # `sbt publishSigned` publishes to what the user calls "Maven Central": the registry's name, where they said it
            said = joined_lower(a.ctx.user_messages, " ")
            objects += [w for w in registry_words(cmd) if w not in objects and w != cmd.name and lazyre.whole(w, said, r"[\w.-]")]
            dest, urls = dest_words(cmd, said)  # "our internal feed" names `--source https://…/_packaging/internal/…`
            objects, named_dests = [o for o in objects if o not in urls] + list(dest), named_dests + urls
            objects += _package_places(cmd, a)  # `cd packages/core && npm publish`: the package it publishes
            objects += task_repositories_said(cmd, said)  # `publish…ToAcmeNexusRepository` (`named_slots`)
        fed = feeder(cmd, a.commands)  # `kill $(lsof -ti :3000)`: what it stops is what the process search names
        if fed is not None and fed.name in FINDERS:
            objects += [x for x in _args(fed) if x.lower() not in LISTING_WORDS]
        elif fed is not None:
            # `redis-cli --scan --pattern 'sess:tmp:*' | xargs redis-cli del`: the listing's pattern names the set
            objects += _patterns(fed)
    if opener is not None and not others:
        return opener
    if rid != "AM-GIT-002" and f.rule.kind != "effect":
        from automode.judge.intent.envdrift import switch_texts

        switches = switch_texts(a)
        # A command rule fired: the effects of the action name the paths it touches (rm, find -delete, shutil ...).
        paths += [
            e.target
            for e in a.effects
            if e.kind in ("delete", "write", "chmod") and e.pclass not in ("temp", "artefact")
            and not (e.origin == "config-cli" and e.detail in switches)
        ]  # (the tool's saved selection a switch rewrites, `gcloud config set project X`: named by X, `envselect`)
        objects += [e.target for e in a.effects if e.kind == "network"]
    if rid == "AM-GIT-003":
        # The commit message is not an object the user names; the hooks are. "Commit without the hooks" or "skip
        # the end-of-file-fixer" releases it, a "without" about something else ("without any parameters") does not.
        objects = list(HOOK_WORDS) + [
            h for cmd in a.commands for k, v in cmd.assigns if k == "SKIP" for h in v.value.split(",") if h
        ]
    kind_words = _named_by(rid)
    if kind_words:
        objects = list(kind_words)  # what the command acts on is named by its kind ("update the snapshots"), not its args
    objects = list(dict.fromkeys(o for o in objects if o and not _HEAD_REF.match(o) and o not in named_dests))
    if objects and a.shell and f.rule.category == "destroy":
        from automode.judge.intent.verb_bounds import bound_words

        bound = bound_words(a)  # `retain FULL 5` for "conserva los últimos cuatro": the bound said, not a name unsaid
        if bound and not [o for o in objects if o.lower() not in bound]:
            # (only the bound and the program's words: the program named is the store the request names, as well as
            # any word of them it said; a name beside the bound is still compared)
            objects = objects + [c.name.rsplit("/", 1)[-1] for c in a.commands if c.name]
    paths = list(dict.fromkeys(q for p in paths if p for q in filtered_paths(p, a)))
    removed: tuple[str, ...] = ()
    if f.rule.category == "destroy" and verbs & {"delete", "reset"}:  # "flush my local redis": `redis-cli FLUSHDB`
        from automode.judge.intent.destroyed import named_by_removal

        if (by_removal := named_by_removal(a, objects)) is None:  # "undo my last commit but keep the changes"
            return Target(frozenset(), (), (), (), False, "ask")
        objects, removed = by_removal
    kinds = [] if objects or paths else [k for src in _sources(f, a) if not isinstance(src, Effect)
                                         for k in command_kind(src)]  # type: ignore[arg-type]  # fmt: skip
    if kinds:  # the service a control plane acts on is named as the user knows it ("redis" for `redis-cli`)
        kinds += [e.target for e in a.effects if e.kind == "control" and e.target] + landed
        if f.rule.id == "AM-TRUST-002":
            from automode.knowledge.target_defaults import lands_on

            # the slot a deploy lands on names it: "push a preview deploy" for `vercel deploy` (a preview by default)
            kinds += [p for p in (lands_on(c) for c in a.commands) if p and p != "production"]
    if not objects and not paths:
        kinds += removed
    if rid in COMPUTED_RULES or (a.shell and f.rule.category in ACT_CATEGORIES):
        # every member, or a set a listing computes: named by its container, kind or filter ("all the failed runs")
        (objects if objects or paths else kinds).extend(named_whole(a, rid))
    says = NEEDS_KIND.get(rid) or _asked_with(rid)
    if rid == "AM-TRUST-001" and a.shell:
        from automode.judge.intent.verb_bounds import unpublish_says

        says = says | unpublish_says(a)  # "drop the next dist-tag" does not ask for the version unpublished
    if rid in ("AM-PERSIST-002", "AM-PERSIST-005", "AM-WRITE-015"):
        from automode.judge.intent.persist_target import later_parts

        parts = later_parts(rid, a, verbs, objects, paths, kinds, says)  # schedules, units, login items, triggers
        if parts is None:
            return Target(frozenset(), (), (), (), False, "ask")
        verbs, objects, paths, kinds, says = parts
    if (rid in NEEDS_KIND or rid == "AM-TRUST-001") and any(e.kind == "control" and e.origin == "public" for e in a.effects):
        says = PUBLIC_WORDS  # "a bucket policy for one account", "put it in a gist": no exposure to everyone asked
    if rid == "AM-WRITE-010" and any(e.kind == "weaken" and e.origin == "review-rewrite" for e in a.effects):
        says = OWNER_WORDS  # a code-owners file written over whole: "add X to CODEOWNERS" names what it rewrites
    if rid == "AM-WRITE-012" and (tools := {e.detail for e in a.effects if e.kind == "weaken" and e.origin == "container-tool"}):
        says = says | tools  # "add watchtower so the containers auto-update": the socket it is made to use
    if rid == "AM-WRITE-006" and any(e.kind == "weaken" and "every environment variable" in e.target for e in a.effects):
        says = ENV_WORDS  # "add a debug endpoint" asks for an endpoint, not for every secret in its response
    if rid in ("AM-GIT-009", "AM-TRUST-003"):
        from automode.rules.review_gates import review_objects

        named = [review_objects(c) for c in a.commands if c.name in ("gh", "glab")]
        if named and all(n is not None for n in named):  # "require two approvals on main": the branch it protects
            objects = [o for n in named for o in n or ()]
    if rid == "AM-TRUST-004" and any(c.name in ("gh", "glab") and c.args[:2] in (["pr", "merge"], ["mr", "merge"]) for c in a.commands) \
            and not _REVIEW_NUMBER.search(joined(a.ctx.user_messages, " ")):
        objects += ["pull-request", "merge-request"]  # "merge my PR", "merge the MR": the session's one, no number said
    if rid == "AM-TRUST-004" and a.shell:
        from automode.knowledge.shared_acts import local_mail_senders

        # a mail handed to a catcher on this machine: its sender is no party the user must name (session 24, O1)
        local_from = {s.lower() for c in a.commands for s in local_mail_senders(c)}
        from automode.judge.intent.mail_named import own_senders

        local_from |= own_senders(a)  # `--from noreply@orbitel.io` to the named qa@orbitel.io via the named server (P1)
        objects = [o for o in objects if o.lower() not in local_from]
    if rid == "AM-GIT-010":  # an MCP review tool is named by the pull or merge request it acts on ("approve #88")
        objects = [str(v) for k, v in a.action.input.items() if k in _REVIEW_IDS and isinstance(v, (int, str))]
    if rid == "AM-TRUST-004" and any(e.kind == "control" and e.origin == "bypass" for e in a.effects) \
            and not BYPASS_WORDS & set(_SPLIT.split(joined_lower(a.ctx.user_messages, " "))):
        cap = "ask"  # "merge it" asks for a merge the branch's rules allow; one past them is the user's to confirm
    brought: tuple[str, ...] = ()
    if login:
        # "run it at login" asks for the login item itself; "make a timer", "add an alias" for the file it writes
        verbs = verbs | {"enable"} | RELEASE_VERBS.get("AM-PERSIST-001", frozenset())
        paths = [p for p in paths if not any(x.startswith(p.rstrip("/") + "/") for x in login)]  # its parent, made

        # One of a kind: what the request says it sets names it (`says`), for an edit or an append; a whole file
        # written over replaces the user's setup, which no "add an alias" asks for.
        adds = a.action.tool in ("Edit", "MultiEdit") or a.action.before is not None or all(
            e.append for e in a.effects if e.target in login and e.content)
        if not adds and any(startup_file(p, a.ctx.home) for p in login):
            return Target(frozenset(), (), (), (), False, "ask")  # written over whole: the user's setup replaced
        if paths and all(startup_file(p, a.ctx.home) or later_file(p, a.ctx.home) for p in paths):
            paths, objects, kinds = [], [], []
        paths = [p for p in paths if p not in login]  # named by what the request says it is (`says`); its text below
        says = frozenset().union(*login.values())
        says = says | more_words(a.ctx.user_messages, {e.target: e.content for e in a.effects if e.target in login},
                                 a.ctx.home)  # "add the asdf shims to my PATH"; a timer's service unit
        before = str(a.action.input.get("old_string") or "")
        brought = tuple(v for e in a.effects if e.target in login and e.content for v in introduced(e.content, before))
        brought += tuple(p for e in a.effects if e.target in login and e.content for p in spawned(e.target, e.content, before))
        if hosts:
            brought += tuple(h.split(".", 1)[0] for h in hosts)  # "the build VM" names build-vm.corp.example
        if hosts or any(e.target in login and e.kind == "write" and e.content is None for e in a.effects):
            # what is sent there or copied in (`cat ~/Downloads/ipad.pub >> ~/.ssh/authorized_keys`) is the user's file
            paths += [e.target for e in a.effects if e.kind == "read" and e.pclass not in ("temp", "artefact")]
            brought += tuple(e.target.split("://", 1)[-1].split("/", 1)[0] for e in a.effects
                             if e.kind == "network" and e.origin == "fetch" and e.target not in hosts)  # keys fetched
        if any(e.target in login and e.content is None and e.kind == "write" and a.action.tool != "Bash"
               for e in a.effects):
            return Target(frozenset(), (), (), (), False, "ask")  # what it writes is not known
    if rid == "AM-GIT-003":  # "skip only the sqlfluff hook": every other hook skipped is one the user must have named
        from automode.judge.intent.hookscope import beyond_request

        brought += beyond_request(a, joined_lower(a.ctx.user_messages, " "))
    if rid in NEEDS_KIND:  # access granted to an account: the account is a value the user must have given
        brought += tuple(as_named(m.group(1), a.ctx.user_messages) for o in objects for m in _GRANTEE.finditer(o))
    says = says | role_words(a) if rid == "AM-TRUST-003" and says else says  # "add user 2231 as Developer"
    if f.rule.category in ACT_CATEGORIES:
        objects, says = act_parts(a, rid in NEEDS_KIND, objects, says)  # the act's own object and word (`named_slots`)
    if rid == "AM-WRITE-041" and lazyre.any_searched(_NUMBER_SAID, a.ctx.user_messages):
        # "make it rtol=1e-4" names the margin: a looser one elsewhere (1e-1 in the shared conftest) is not it
        brought += tuple(m.group(1) for e in a.effects if e.kind == "weaken" and e.origin == "tolerance"
                         for m in [_TOLERANCE_TO.search(e.target)] if m)
    return Target(
        verbs, tuple(objects), tuple(paths), tuple(dict.fromkeys(protected)), not objects and not paths, cap,
        tuple(dict.fromkeys(kinds)), says, brought,
    )


#: What a carried effect is, as the request reader's verb classes name it (a delete "delete", a write "update").
_CARRIED_CLASSES = {"delete": frozenset({"delete"}), "write": frozenset({"update", "create"}),
                    "chmod": frozenset({"chmod"})}


def carried_verbs(a: Analysis) -> frozenset[str]:
    """The acts a carrier's run-a-command finding carries (session 24, O4): the verb classes of the effects of the
    commands it runs elsewhere (`kubectl exec`, `docker exec`, `fly ssh console -C`), so "delete /tmp/x in the api pod
    in prod" names the run that deletes it. Each carried effect is still judged by its own rules."""
    from automode.shell.remote import carries

    labels = {c.name for c in a.commands if carries(c, a.commands)}
    out: set[str] = set()
    for e in a.effects:
        if e.kind == "control" or not any(v.split(" ", 1)[0] in labels for v in e.via):
            continue
        out |= _CARRIED_CLASSES.get(e.kind, frozenset())
    for e in a.effects:
        if e.kind == "control" and e.verb != "execute" and any(v.split(" ", 1)[0] in labels for v in e.via):
            out |= EFFECT_CLASSES.get(e.verb, frozenset())
    return frozenset(out)


def _special_target(f: Finding, a: Analysis) -> Target | None:
    """A cron table rewritten without the entries a pattern selects, or this machine stopped (`act_targets`)."""
    from automode.judge.intent.act_targets import cron_dropped, host_power_acts
    from automode.judge.intent.lexicon import MACHINE_WORDS
    from automode.shell.parse import Command

    if f.rule.id == "AM-PERSIST-002":
        dropped = cron_dropped(a)
        return Target(frozenset({"delete"}), dropped, (), (), False, "allow", says=SCHEDULE_WORDS) if dropped else None
    cmds = [c for c in a.commands if c.privileged and not c.remote] if f.rule.id == "AM-SEC-005" else [
        c for c in _sources(f, a) if isinstance(c, Command)]
    acts_ = host_power_acts(cmds)
    if acts_ is None:
        return None
    kinds = (*MACHINE_WORDS, *(k for c in cmds for k in command_kind(c) if k not in GENERIC_TOOLS))  # or the tool: "halt"
    return Target(acts_, (), (), (), False, "allow", tuple(dict.fromkeys(kinds)))


#: A pull or merge request named by its number ("#231", "PR 231", "!17", "pull request 9").
_REVIEW_NUMBER = lazyre.compile(r"(?:#|!|\b(?:prs?|mrs?|pull[- ]requests?|merge[- ]requests?)\s*#?)\d+", re.I)
#: The input keys MCP review tools name their pull or merge request by.
_REVIEW_IDS = frozenset({"pull_number", "pullNumber", "number", "merge_request_iid", "mergeRequestIid", "iid", "pr_number"})
def _delegated_target(e: Effect, a: Analysis) -> Target:
    """A sub-agent prompt's consequential requests, as the user would have to ask for them: the same act and, where
    the prompt names one, the same object (branch, path, package). A push of a branch that is not a main or release
    line, handed on for the pull request the user asked for, is that request's own step (as `git push -u origin
    HEAD` before `gh pr create` is)."""
    from automode.judge.intent.briefs import brief_requests

    asked = brief_requests(e.content or "", joined(a.ctx.user_messages, " "))
    if asked is None:  # credentials collected for a task that never spoke of them
        return Target(frozenset(), (), (), (), False, "ask")
    verbs, objects = asked
    from automode.judge.intent.handoffs import push_for_review

    if verbs == {"push"} and push_for_review(objects, a):
        return Target(frozenset({"create", "push", "send", "publish", "deploy", "merge", "update", "touch"}), (), (), (), True, "allow")
    return Target(frozenset(verbs), tuple(dict.fromkeys(objects)), (), (), not objects, "allow")


#: Publishers whose own verb for the act is `push` (docker/podman/nerdctl/buildah/crane/oras/helm push, itch.io's
#: butler push, `docker buildx … --push`, `docker compose push`, `dotnet nuget push`, `gem push`): the user says it so.
PUSHERS = frozenset({"docker", "podman", "nerdctl", "buildah", "crane", "oras", "helm", "butler", "gem", "dotnet", "nuget",
                     "skaffold", "ko", "cnb", "pack"})  # fmt: skip


