"""Release by containment (issue 12): a request releases an action only within what it named.

The action side is the analysis's structured effects (`Effect.verb/scope/env/values`, filled by the knowledge for
control planes and data stores); where an effect does not carry them, the few facts this needs are derived from the
values the finding acts on: environment markers in names, contexts, URLs, variables and the working directory; a
scope wider than one named thing (every resource, every namespace, a wildcard, a name only known at run time).
The request side is the clause the user said: the environment it names and whether it names a subset.

`beyond()` answers what part of the action goes beyond the request, in words for the reason, or None.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from automode import lazyre
from automode.dc import dataclass
from automode.judge.intent.computed import fed_by_listing, hosts_beyond, listing_names
from automode.judge.intent.lexicon import ENV_MARKERS, LOCAL_WORDS, QUALIFIERS
from automode.judge.intent.parts import WIDER, other_object, unmet_filter
from automode.judge.intent.places import named_within, path_matches
from automode.judge.intent.said import joined
from automode.judge.intent.scope_named import _DESCRIBED as _DESCRIBED
from automode.judge.intent.scope_named import _HARMLESS as _HARMLESS
from automode.judge.intent.scope_named import _ONLY as _ONLY
from automode.judge.intent.scope_named import _described as _described
from automode.judge.intent.scope_named import _only_named as _only_named
from automode.judge.intent.scope_named import _runs_in_named as _runs_in_named
from automode.judge.intent.scope_named import _selection_named as _selection_named
from automode.judge.intent.scope_named import _unnamed_data_options as _unnamed_data_options
from automode.judge.intent.scope_named import _what as _what
from automode.judge.intent.text import id_numbers
from automode.judge.intent.trust_words import store_release
from automode.judge.intent.value_drift import _acted_values
from automode.judge.intent.value_drift import routine_drift as routine_drift
from automode.judge.intent.value_drift import value_drift as value_drift
from automode.judge.intent.vocab import extras
from automode.judge.intent.whole import _PATTERN, asks_whole
from automode.knowledge.envselect import selector
from automode.knowledge.publish import act as publish_act
from automode.knowledge.selection import left_out

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.facts import Target
    from automode.judge.intent.match import Said

_PART = lazyre.compile(r"[^a-z0-9]+")
#: Options that widen a command to every resource of its kind or every namespace (cluster and cloud CLIs alike).
ALL_FLAGS = frozenset({"--all", "-A", "--all-namespaces", "--all-projects", "--all-regions", "--all-buckets"})
#: Programs whose `-A` appends one rule (`iptables -A INPUT …`) or grants permissions (`deno test -A`: judged as such by
#: `rules.pastneed`), not "all namespaces" as in kubectl.
_APPENDS = frozenset({"iptables", "ip6tables", "iptables-nft", "iptables-legacy", "ip6tables-nft", "ip6tables-legacy",
                      "ebtables", "arptables", "nft", "deno"})
#: Stand-ins for a value only known at run time (xargs, find -exec, loops): not a thing the user named.
KILL_BY_NAME = frozenset({"pkill", "killall", "skill", "slay"})  # processes chosen by name, not by id
STDIN_ITEM = "__stdin_item__"  # an item `xargs`/`parallel` reads from its input (`shell.fanout`)
RUNTIME = lazyre.compile(r"__stdin_item__|\{\}|\$\{?\w+\}?|\$\(")
#: A saved plan file given to an apply (`terraform apply rds.tfplan`).
#: Whole-stack applies of infrastructure tools, and the words that name such a stack's tool or unit.
_IAC_APPLY = lazyre.compile(r"(?:[A-Za-z_]\w*=\S*\s+)*(?:\S*/)?(?:terraform|tofu|terragrunt|pulumi)\b")  # (`TF_WORKSPACE=dev terraform`)
_IAC_WORDS = frozenset({"terraform", "tofu", "opentofu", "terragrunt", "pulumi", "infra", "infrastructure", "stack", "iac"})
#: Words naming the container an apply works in, as the request limits it ("only the staging workspace").
_CONTAINER_WORDS = frozenset({"workspace", "workspaces", "context", "cluster", "namespace", "environment", "env", "project",
                              "account", "subscription", "profile", "app"})
_PLAN_FILE = lazyre.compile(r"\bapply\b.*\s(?:[\w./-]+\.(?:tfplan|plan)|(?:[\w./-]+/)?(?:tfplan|plan|plan\.out|tf\.plan|[\w-]+\.tfplan\.out))(?:\s|$)")
#: A request to apply the plan saved earlier: an apply that computes a new one is not it.
_SAVED_PLAN = lazyre.compile(r"(?i)\bsaved\s+plan\b|\bplan\s*file\b|\btfplan\b")
#: Loop variables of a shell `for` and how an argument spells one (`$v`, `${v}`, `$h.example.internal`).
_LOOP = lazyre.compile(r"\bfor\s+([A-Za-z_]\w*)\s+in\b")
_VAR = lazyre.compile(r"^\$(?:\{(\w+)\}|(\w+)).*$", re.S)
#: Subcommands that act on every item of their kind, whatever the user named (`git stash clear` drops every stash).
EVERY_SUBCOMMANDS = frozenset({("git", "stash", "clear")})
#: A name computed at run time from other output (xargs, find -exec, a loop over a listing).
COMPUTED = lazyre.compile(r"__stdin_item__|\{\}")
#: SQL that empties a whole table (every row, no WHERE), against a request that names some of its rows.
_WHOLE_SQL = lazyre.compile(r"\b(?:truncate\s+(?:table\s+)?[\w.\"`]+|delete\s+from\s+[\w.\"`]+\s*(?:;|$|'|\"))", re.I)


@dataclass(frozen=True, slots=True)
class Facts:
    env: str  # "" unknown, else one of effects.ENVIRONMENTS
    every: str  # what makes it reach everything of its kind (`--all`, a whole table), in words; "" = not
    picks: tuple[str, ...]  # values that select several things: wildcards, names only known at run time
    literal: str  # the action's text, for "is the named thing in it"
    remote: bool  # acts on a shared remote (a pushed branch), not this machine
    published: str = ""  # the most public place a publish in it lands ("public", "test", ...; `knowledge.publish`)


@lru_cache(maxsize=4096)
def env_of(text: str) -> str:
    """The environment a name, context, URL, variable or path points at ("" when none is marked)."""
    parts = [p for p in _PART.split(text.lower()) if p]
    for env, markers in ENV_MARKERS.items():
        if any(p in markers for p in parts):
            return env
    return ""


def action_facts(t: Target, a: Analysis) -> Facts:
    envs: set[str] = set()
    every, remote, published = "", False, ""
    picks: list[str] = []
    texts: list[str] = []
    for e in a.effects:
        if e.env:
            envs.add(e.env)
        if e.kind == "control" and e.scope == "all":
            every = every or f"every {e.target}"
        elif e.kind == "control" and e.scope == "set":
            picks += list(e.values) or [e.target]
        if e.kind == "control":
            # `xargs az group delete --name {}`: a name that a listing computes at run time is a set, whatever the
            # user named (the listing's filter is not the user's name).
            picks += [v for v in e.values if COMPUTED.search(v)]
    root = a.root.rstrip("/") + "/" if a.root else ""
    for o in (*t.objects, *t.paths):
        if len(o.split()) >= 3 and a.action.tool == "Bash":
            continue  # a sentence in a command (a comment's body, a commit message) is no name: "aria-live" is no production
        # a file of the project is named by its place in it: `~/dev/shop/keys/ci.pub` is no dev environment
        envs.add(env_of(o[len(root):] if root and o.startswith(root) else o))
        if RUNTIME.search(o):
            picks.append(o)  # `ANALYTICS_DEV.{}`: the names come from a listing at run time
    raw = a.action.input.get("command") if a.action.tool == "Bash" else None
    loops = frozenset(_LOOP.findall(raw)) if isinstance(raw, str) and "for" in raw else frozenset()
    # the user named ids ("pid 23110"): targets a listing feeds through xargs (`nvidia-smi … | xargs kill`) are a set
    # picked at run time, whichever ids it holds
    fed = bool(id_numbers(joined(a.ctx.user_messages)))
    for cmd in a.commands:
        if any(v.startswith("script ") for v in cmd.via):
            continue  # the lines of a script being written run later, if ever: the write is the act here
        text = cmd.text or " ".join(w.value for w in cmd.argv)
        texts.append(text.lower())
        # where a switch, an export, an env file or another checkout sent it (`cd ../shop-prod && make deploy`)
        envs.update(env_of(w.value) for k, w in cmd.assigns[:8] if not w.dynamic and selector(k))
        if (cmd.name, *cmd.args[:2]) in EVERY_SUBCOMMANDS:
            every = every or f"`{' '.join((cmd.name, *cmd.args[:2]))}`"
        kept_out = left_out(cmd)
        for w in cmd.argv[1:]:
            v = w.value
            if v in kept_out:
                continue  # `find . -name '*.orig' -not -path './.git/*'`: a wildcard that leaves out, not one that reaches
            if loops and w.dynamic and _VAR.sub(lambda m: m.group(1) or m.group(2), v) in loops:
                picks.append(v)  # `for v in 0.9.0 0.9.1 …; do cargo yank --version $v`: the act repeats over a set
            if v in ALL_FLAGS and not (v == "-A" and cmd.name in _APPENDS):
                every = every or f"`{v}`"
            elif (((w.dynamic or RUNTIME.search(v)) and any(v in o for o in t.objects)) or ("*" in v and not v.startswith("-"))
                  or (fed and w.dynamic and v == STDIN_ITEM)):
                picks.append(v)
        if fed and cmd.name in KILL_BY_NAME and cmd.args and not cmd.args[-1].startswith("-"):
            # "kill pid 18244" answered with `pkill MSBuild` (`taskkill /IM`, `Stop-Process -Name` lower to it): every
            # process of that name, the one named among them or not
            picks.append(cmd.args[-1])
            if "$" in v or "_URL" in v.upper():  # `psql "$PRODUCTION_DATABASE_URL"`
                envs.add(env_of(v))
        if _WHOLE_SQL.search(text):
            every = every or "the whole table"
        if cmd.name == "git" and cmd.args[:1] == ["push"]:
            remote = True
        done = publish_act(cmd)
        if done is not None and done.dest in ("public", "test"):
            remote = True  # "publish it locally" answered with `sbt publishSigned`: a registry others install from
        if done is not None and PUBLISH_RANK.get(done.dest, 0) > PUBLISH_RANK.get(published, 0):
            published = done.dest
    envs.discard("")
    guests = {env_of(c.remote.partition(":")[2]) for c in a.commands if c.remote} - {""}
    if guests:  # `docker exec redis-staging redis-cli DEL k`: the act runs where the guest named is, not on this
        envs = (envs - {"local"}) | guests  # machine's own (the carrier's effect says local; session 27, R3)
    if not envs and a.cwd and a.root and a.cwd.startswith(a.root):
        envs.add(env_of(a.cwd[len(a.root):]))  # `envs/prod`: the directory the command runs in
        envs.discard("")
    env = next(iter(envs)) if len(envs) == 1 else ("production" if "production" in envs else "")
    return Facts(env, every, tuple(dict.fromkeys(picks)), "\n".join(texts), remote, published)


def requested_publish(r: Said) -> str:
    """The publish destination short of the public registry a request names ("upload it as a candidate", "push it to
    testpypi", "a dry run of the publish"), or ""."""
    text = r.clause.text.lower()
    for pat, dest in PUBLISH_ASKED:
        if pat.search(text):
            return dest
    return ""


#: "I already ran the e2e suite locally", "it works locally": where something was done or seen, not what to act on.
_LOCAL_REPORT = lazyre.compile(r"\b(?:ran|tested|built|checked|verified|works?|worked|passe[sd]|passing|reproduced|tried|"
                               r"looks?|looked|renders?|rendered|runs|running)\b"
                               r"[^,;.!?]{0,60}?\blocal(?:ly)?\b")


#: "both locally and on github", "here and on the remote": the shared copy is named beside the local one.
_AND_REMOTE = lazyre.compile(r"\b(?:local(?:ly)?|here)\s+(?:and|&|as\s+well\s+as|plus)\s+(?:on\s+|in\s+|from\s+)?(?:the\s+)?"
                             r"(?:remote|origin|upstream|github|gitlab|bitbucket|server)\b|\b(?:remote|origin|upstream|"
                             r"github|gitlab|bitbucket)\s+(?:and|&|as\s+well\s+as|plus)\s+(?:the\s+)?local(?:ly)?\b")


def _narrows(text: str) -> bool:
    """A later message that takes back or narrows ("no wait, only staging", "نه صبر کن، فعلاً فقط staging")."""
    from automode.judge.intent.fences_narrow import _ONLY as ONLY_WORDS
    from automode.judge.intent.later_marks import HEAD_NO, HESITATE

    head = text[:400]
    return bool(HEAD_NO.search(head) or HESITATE.search(head) or ONLY_WORDS.search(head))


def requested_env(r: Said) -> str:
    envs = ({env_of(w) for w in r.weak | r.strong} - {""}) | _clause_envs(r.clause.text)
    return next(iter(envs)) if len(envs) == 1 else ""


@lru_cache(maxsize=256)  # (a fact of the clause: read once per session, not per action)
def _clause_envs(text: str) -> frozenset[str]:
    """The environments a clause's words give beside its names: this machine, a store's release (production)."""
    envs: set[str] = set()
    text = _LOCAL_REPORT.sub(" ", text)
    if set(re.findall(r"[a-z]+", text)) & LOCAL_WORDS and not _AND_REMOTE.search(text):
        envs.add("local")
    if store_release(text):
        envs.add("production")  # "send it for App Store review": a store's release is its production
    return frozenset(envs)


#: How public a publish destination is (`knowledge.publish`), and the request words that name one short of public.
PUBLISH_RANK = {"dry": 1, "local": 2, "draft": 2, "test": 3, "public": 4}
PUBLISH_ASKED = ((lazyre.compile(r"^(?!.*\bfor\s+real\b)(?:.*\b(?:do|run|try|start\s+with|just)\s+(?:a\s+|the\s+)?dry[- ]?run\b|"
                                 r"\W*(?:please\s+|just\s+|first\s+)?dry[- ]?run\s+(?:the|it|this|that|a)\b|"
                                 r".*\bas\s+a\s+dry[- ]?run\b|.*\bwithout\s+(?:actually\s+)?(?:publishing|uploading)\b)"), "dry"),
                 (lazyre.compile(r"\bcandidates?\b|\btest\s?pypi\b|\btest\.pypi\.org\b|\btest\s+(?:index|registry|feed)\b"), "test"))


def beyond(t: Target, a: Analysis, r: Said) -> tuple[str, str] | None:
    """What part of the action goes beyond the request `r` that names it, as (the most it can be released to:
    "" = nothing, "ask", WIDER = more than it named: an ask, a deny when it destroys; the words for the reason), or
    None when it is within."""
    f = action_facts(t, a)
    asked_env = requested_env(r)
    if asked_env == "production" and len(a.ctx.user_messages) > 1 and _narrows(a.ctx.user_messages[-1]):
        from automode.judge.intent.envdrift import asked_env as narrowed

        # "deploy supplies to production" then "no wait, only staging for now": the newest place named stands
        asked_env = narrowed(tuple(a.ctx.user_messages[-1:])) or asked_env
    words = set(re.findall(r"[a-z]+", r.clause.text))
    # "delete my local redis", "reset the db": the store named by what the act removes, no part of it picked
    whole = asks_whole(r.clause.text) or (t.implicit and not r.strong and not words & QUALIFIERS
                                          and not _PATTERN.search(r.clause.text) and not words.isdisjoint(t.kinds))
    asked_pub = requested_publish(r) if f.published else ""
    if asked_pub and PUBLISH_RANK[f.published] > PUBLISH_RANK[asked_pub]:
        return "", f"you asked for {'a dry run' if asked_pub == 'dry' else 'a test or candidate upload'}; this publishes to the public registry"
    from automode.judge.intent.channels import beyond as channel_beyond
    from automode.judge.intent.channels import image_beyond, registry_beyond

    lands = channel_beyond(a, a.ctx.user_messages) or registry_beyond(a, a.ctx.user_messages) \
        or image_beyond(a, a.ctx.user_messages)
    if lands is not None:  # "publish it as next" answered with `npm publish` (latest)
        return lands
    from automode.judge.intent.act_targets import EVERY_REF, rewritten_refs

    if _WHEN_DONE.search(r.clause.text) and not _chained_on_success(a):
        # "run the export, and when it finishes shut this vm down" answered with `export; shutdown`: it goes on even
        # when the first step fails
        return "ask", "you asked for it once the step before finishes; this runs it even if that step fails"
    spot = _one_spot(r.clause.text) if any(e.kind == "weaken" and "whole project" in e.target for e in a.effects) else None
    if spot is not None:  # "silence the lint error for that line" answered with the rule off everywhere
        return "", f"you asked for {spot}; this turns the check off for the whole project"

    if any(EVERY_REF in (rewritten_refs(c, a) or ((), ()))[1] for c in a.commands):
        return "", "this rewrites the history of every branch and tag, not only the one you named"
    if asked_env == "local" and f.remote:
        return "", "you named the local one; this also acts on the shared remote"
    if asked_env and f.env and f.env != asked_env and not {asked_env, f.env} <= {"local", "dev"} \
            and not (asked_env == "preview" and f.env == "dev"):  # (the effects' markers count a preview as dev)
        # ("my dev db" is the one this machine runs, `rails db:drop` locally; "my local one" a dev environment's)
        return "", f"you named {'the local one' if asked_env == 'local' else asked_env}; this targets {f.env}"
    if asked_env and not f.env and t.verbs & {"delete", "reset"} and _store_by_variable(a):
        # "drop test_runs in my local mongo" vs `mongosh "$MONGO_URI"`: where the variable points is not known
        return "ask", f"you named {'the local one' if asked_env == 'local' else asked_env}; automode cannot tell " \
                      "where this connection points"
    hosts = hosts_beyond(a, r.clause.text, r.strong)
    if hosts is not None:  # "restart IIS on web-test-01" answered with `-ComputerName (Get-Content servers.txt)`
        return hosts
    from automode.judge.intent.roles import beyond as role_beyond
    from automode.judge.intent.roles import command_pairs

    over = role_beyond((p for c in a.commands for p in command_pairs([w.value for w in c.argv[1:] if not w.dynamic])),
                       r.clause.text, joined(a.ctx.user_messages))  # fmt: skip
    if over is not None:  # "give Sam read access" answered with `permission=admin`
        return over
    from automode.judge.intent.extra_sets import turned_off

    off = turned_off(a)
    if off is not None:  # "set the password policy to length 14" answered with `-s bruteForceProtected=false` too
        return "", f"this also sets `{off}`, a protection switched off that you did not name"
    moved = value_drift(_acted_values(t, a, r), r, a.ctx.user_messages)
    if moved is not None:  # "delete the secret kestrel/legacy-mapbox-token" answered with `kestrel/mapbox-token`
        return moved
    from automode.judge.intent.selects import asked_words, selects_more

    wider = selects_more(a)
    if wider is not None:  # "open 5432 to the VPN range 10.40.0.0/16" answered with `0.0.0.0/0`; "3 replicas" with 30
        return wider[0], wider[1]
    only = _only_named(t, r)
    if only and (_runs_in_named(a, only) or (_selection_named(a, words) and {w.strip() for w in only.split(",")}
                                                <= _IAC_WORDS | _CONTAINER_WORDS)):
        # ("only the staging workspace" for `terraform workspace select staging && terraform apply`: the container)
        only = ""  # `cd envs/sandbox && terraform destroy` for "only sandbox": what it manages there is the named one
    if only:
        # "deploy only the catalog service to production" vs `helmfile -e production apply`: everything it manages
        return WIDER, f"you asked only for {only}; this names no one thing and acts on all that it manages"
    prefix = _STARTING.search(r.clause.text)
    if prefix is not None and prefix.group(1)[-1] in "/-_.:":
        # "the ones starting with lena/": every name of that shape the action acts on must start with it
        p = prefix.group(1).lower()
        sep = p[-1]
        other = [o for o in t.objects if sep in o and not o.lower().startswith(p) and "://" not in o]
        if other:
            return WIDER, f"you named the ones starting with {p}; this also acts on {other[0]}"
    operands = {x.rstrip("/").lower() for x in (*t.paths, *t.objects)}
    for o in (*t.paths, *t.objects):
        part = named_within(o, r.strong, r.clause.text, a.root)
        if part is not None and part.rstrip("/").lower() in operands - {o.rstrip("/").lower()}:
            continue  # "sync site/ to s3://b": the source the action names too, not a part of the bucket
        if part is not None and not _copied_from(part, a):
            return WIDER, f"you named {part}; this reaches all of {o}"
    narrower = unmet_filter(t, a, r, f.literal) or other_object(t, a, r) or other_kind(t, r) or _part_of_store(t, a, r)
    if narrower is not None:  # "the 2023 .gz under logs/" vs `rm -rf logs`; "nuke the cache" vs `rm -rf ~/.gradle`
        return narrower
    adds = _only_adds(r.clause.text)
    dropped = _dropped_line(a) if adds else None
    if dropped is not None:
        return "ask", f"you asked to add; this edit also removes `{dropped[:60]}`"
    replaced = _replaces_whole(a) if adds else None
    if replaced is not None:
        return "ask", f"you asked to add; this replaces {replaced}"
    for opt, x in extras(a):
        if not asked_words(r.clause.text) & x.asked_by and opt.lower() not in r.clause.text:
            return x.cap, f"you asked for {_what(r)}; `{opt}` {x.adds}"
    extra = _unnamed_data_options(t, a, words)
    if extra:
        return WIDER, f"you asked for {_what(r)}; `{extra}` also removes data you did not name"
    # (a name in a description after the request, "flush db 3, it's the rate-limit test db", says what db 3 is)
    described = _described(r.clause.text)
    named_in = bool(r.strong) and all(any(s == o.lower() for o in t.objects) for s in r.strong if s not in described) \
        and not r.strong <= described
    iac = any(_IAC_APPLY.match(x.strip()) for x in f.literal.splitlines()) and bool(words & _IAC_WORDS
                                                                                  or _selection_named(a, words)) \
        and not (_SAVED_PLAN.search(r.clause.text) and not _PLAN_FILE.search(f.literal))  # ("apply the saved plan")
    if f.every and not whole and not named_in and not (_PLAN_FILE.search(f.literal) and "plan" in words) and not iac \
            and not _amount_bounds(a):
        # (a stack's apply is the unit an infrastructure tool works in: "pulumi up on the dev stack", "apply the
        # terraform changes on dev" name all that `pulumi up` / `terraform apply` reaches; session 16)
        # ("flush redis db 2" names the db `-n 2` empties; "everything of its kind" is within what was named)
        # (applying a saved plan the user reviewed applies what it showed: "plan looks fine, apply it")
        return WIDER, f"you asked for {_what(r)}; this reaches {f.every}"
    ids = id_numbers(joined(a.ctx.user_messages)) if f.picks else frozenset()
    # ("delete all the stopped docker containers": the kind of what a listing yields names the set it computes)
    listed = {x.lower() for x in listing_names(a)} if f.picks and fed_by_listing(a) else set()
    if f.picks and a.shell:
        from automode.judge.intent.host_sets import action_sets

        listed |= {h.lower() for _, hosts, _ in action_sets(a) for h in hosts}  # `web[01:05]`: its hosts, one by one
    if f.picks and _pattern_said(f.picks, r, a.ctx.user_messages):
        return None  # "clear the ratelimit:* keys" answered with `--scan --pattern 'ratelimit:*' | xargs … DEL`
    for p in f.picks:
        # "200 jobs" counts; "booking 88213" names one: a set picked by another condition does not contain it
        named = [s for s in r.strong if len(s) >= 2 and (s in ids or s.count(".") > 1 or not s.replace(",", "").replace(".", "").isdigit())]
        if "*" in p:
            # A name filter (`-name '*.orig'`) only narrows the place it searches; a path pattern must stay inside
            # a place the user named (`exp-1*` next to the named `exp-17/` reaches its siblings).
            head = p.split("*", 1)[0]
            if "/" not in head or "**/" in p or whole:
                continue  # a name filter over a tree (find -name), or "all the ..." asked for every match
            place = head.rsplit("/", 1)[0].lower().rstrip("/")
            if any(s in head.lower() for s in named if len(s) >= 3):
                continue  # `dist/pkg-2.4.0*` is the named 2.4.0's files
            if any(s.lower() in p.rsplit("/", 1)[-1].lower() for s in named if len(s) >= 2) \
                    and path_matches(place, r.strong, r.weak, a.root, a.ctx.home):
                continue  # `~/Downloads/*.dmg` for "the .dmg installers in my Downloads folder": the named kind there
            if named and not any(place.startswith(s.rstrip("/")) and s.rstrip("/") for s in named) \
                    and not _built_here(place, named, a):
                return WIDER, f"you named {_what(r)}; the wildcard `{p}` reaches more than that"
            continue
        missing = [s for s in named if s not in f.literal and not _spelt_out(s, f.literal) and s not in listed
                   and not _date_in(s, f.literal.lower())]  # ("the 2024-01-01 partition": `t$20240101`)
        if missing and (set(missing) - ids or not [s for s in named if s in ids and s in f.literal]):
            how = "picks its targets at run time" if RUNTIME.search(p) else "selects its targets by another condition"
            return "ask", f"you named {_what(r)}; this {how}"
    return None


def _date_in(said: str, literal: str) -> bool:
    from automode.judge.intent.parts import _date_in as date_in

    return date_in(said, literal)


def _spelt_out(word: str, literal: str) -> bool:
    """"PR"/"MR" are spelled out before matching (`pull-request`): the command says `pr` (`preview-pr-412`)."""
    short = {"pull-request": "pr", "merge-request": "mr"}.get(word)
    return short is not None and re.search(rf"(?<![a-z]){short}(?![a-z])", literal) is not None


def _pattern_said(picks: tuple[str, ...], r: Said, messages: tuple[str, ...]) -> bool:
    """The action picks its targets by a name pattern the user wrote as it is (`ratelimit:*`, `ff:*`, `logs-2023.*`):
    the names it computes from that pattern are the ones named. A path pattern is judged by its place instead."""
    said = "\n".join(messages).lower()
    pats = [p.lower() for p in picks if "*" in p and "/" not in p and len(p.replace("*", "")) >= 3]
    return any(re.search(rf"(?<![\w*:.-]){re.escape(p)}(?![\w*])", said) for p in pats)


#: "when it finishes", "once that's done", "after the export completes": an act that waits for the step before.
_WHEN_DONE = lazyre.compile(r"\b(?:when|once|after|as\s+soon\s+as)\s+(?:it|that|this|the\s+[\w-]+|[\w-]+)\s+(?:is\s+|has\s+)?"
                            r"(?:finish(?:es|ed)?|done|complete[sd]?|succeed(?:s|ed)?|over|through)\b")


def _chained_on_success(a: Analysis) -> bool:
    """Every step of the command runs only if the one before it succeeded (`a && b`), or it is one step."""
    raw = a.action.input.get("command") if a.action.tool == "Bash" else None
    if not isinstance(raw, str) or len(a.commands) < 2:
        return True
    parts = re.split(r"\s*&&\s*", raw.strip())
    return not any(c in p for p in parts for c in (";", "||", "\n")) and not any(
        re.search(r"(?<![&>])&(?![&>])", p) for p in parts)


#: A request scoped to one place in the code: a line, a call site, inline, with a comment next to it.
_SPOT = lazyre.compile(r"\b(?:(?:that|this|the|one|a|single|each)\s+(?:line|lines|call|site|statement|spot|place|occurrence|"
                       r"usage|function|file)|inline|next[- ]line|disable-next-line|with\s+a\s+comment|per[- ]line|per[- ]file)\b")


def _copied_from(part: str, a: Analysis) -> bool:
    """`part` is what a copy of the action sends (`build/` of `aws s3 sync build/ s3://site --delete`): the user named
    the source, not a part of the destination it mirrors into."""
    from automode.knowledge import sends

    want = part.strip().lstrip("./").rstrip("/")
    if want and any(e.kind == "read" and (e.target.rstrip("/") == want or e.target.rstrip("/").endswith("/" + want))
                    for e in a.effects):
        return True  # the file the action reads and sends
    if want and any(e.kind == "network" and e.origin == "send" and e.content and re.search(
            r"@(?:\./)?" + re.escape(want) + r"(?:$|[;,\s\"'])", e.content) for e in a.effects):
        return True  # a file a request carries (`curl -F file=@logs/crash.log https://0x0.st`)
    return bool(want) and any(src.lstrip("./").rstrip("/") == want for s in sends.sends(a.commands) for src in s.sources)


def _one_spot(text: str) -> str | None:
    m = _SPOT.search(text)
    return m.group(0) if m else None


def _part_of_store(t: Target, a: Analysis, r: Said) -> tuple[str, str] | None:
    """"Truncate the sessions table in my local postgres" answered with `dropdb`, "drop the carts collection" with
    `db.dropDatabase()`: the request names a part of the store, the action removes all of it."""
    if not t.verbs & {"delete", "reset"}:
        return None
    from automode.judge.intent.destroyed import part_named, whole_store

    part = part_named(r.clause.text)
    if part is None or not whole_store(a):
        return None
    return WIDER, f"you named the {part}; this removes the whole database"


#: Compression suffixes: `*.sql.gz` is a compressed SQL dump, `*.log.zst` a compressed log (the kind is the inner one).
_PACKED = frozenset({"gz", "bz2", "xz", "zst", "lz4", "lzma", "z", "zip", "br", "7z"})


def other_kind(t: Target, r: Said) -> tuple[str, str] | None:
    """The request names files by their kind ("the old installers", "the ISO images") and the action reaches a file of
    another kind by its extension (`*.pdf`): beyond what was named."""
    from automode.judge.intent.lexicon import FILE_KINDS
    from automode.judge.intent.places import weak_stems

    kinds = [w for w in weak_stems(r.weak) if w in FILE_KINDS]
    if not kinds or not t.verbs & {"delete"}:
        return None
    for p in t.paths:
        base = p.rstrip("/").rsplit("/", 1)[-1]
        ext = base.rsplit(".", 1)[-1].lower().strip("*") if "*" in base and "." in base else ""  # a set by its name
        inner = base.rsplit(".", 2)[-2].lower() if ext in _PACKED and base.count(".") >= 2 else ""  # `*.sql.gz`
        if ext and not base.endswith("(matching)") and not any(ext in FILE_KINDS[k] or inner in FILE_KINDS[k]
                                                                for k in kinds) \
                and not path_matches(p, r.strong - {s for s in r.strong if "/" in s}, frozenset(), "", ""):
            return WIDER, f"you named the {', '.join(sorted(kinds))} files; this reaches {base}"
    return None


#: Options that say where a build step writes what it makes (`dotnet pack -o out`, `cargo package --target-dir`).
_OUT_OPTS = frozenset({"-o", "--output", "--out", "--out-dir", "--outdir", "--output-dir", "-d", "--dest", "--target-dir"})


def _built_here(place: str, named: list[str], a: Analysis) -> bool:
    """The wildcard's directory is where an earlier step of the same action put what it built from a thing the user
    named (`dotnet pack src/Orders.Contracts -o out && dotnet nuget push out/*.nupkg`): it holds that build."""
    rel = place.removeprefix(a.root.rstrip("/").lower() + "/").removeprefix("./")
    for cmd in a.commands:
        args = [w.value for w in cmd.argv[1:] if not w.dynamic]
        outs = {v for i, w in enumerate(args) for k, eq, v0 in [w.partition("=")] if k in _OUT_OPTS
                for v in ([v0] if eq else args[i + 1: i + 2])}
        if rel in {o.lower().removeprefix("./").rstrip("/") for o in outs} and any(
                s.lower() in x.lower() for s in named if len(s) >= 3 for x in args):
            return True
    return False


#: Request verbs that only add ("add a line to AGENTS.md", "append node 22 to the matrix").
ADDING = frozenset({"add", "append", "include", "insert", "put", "register", "list"})
_WORD = lazyre.compile(r"[a-z][a-z'-]*")


def _amount_bounds(a: Analysis) -> bool:
    """Every amount the action carries in its program's unit is the one the request says (`intent.scaled`: `git
    reflog expire --expire=90.days.ago --all` for "entries older than 90 days"): the amount picks what goes, the
    all-option only says where to look."""
    from automode.judge.intent.scaled import exact

    return exact(a)


def _only_adds(text: str) -> bool:
    """The request's change verbs are all verbs that add ("add ruff to the pre-commit config")."""
    from automode.judge.intent.text import QUOTED, VERB_CLASSES_OF

    text = QUOTED.sub(" ", text)  # "saying to run `make check`": a quote is what is added, not how
    words = [w for t in text.split() if not any(c in t for c in "/._=@:") for w in _WORD.findall(t)]  # not names
    change = {w for w in words if VERB_CLASSES_OF.get(w, frozenset()) & {"update", "delete", "reset", "create"}}
    return bool(change) and change <= ADDING


def _dropped_line(a: Analysis) -> str | None:
    """A line an Edit removes: in the old text and in no new line, not even extended ("node: [18, 20]" grown to
    "node: [18, 20, 22]" is kept)."""
    inp = a.action.input
    if a.action.tool not in ("Edit", "MultiEdit"):
        return None
    pairs = [(e.get("old_string"), e.get("new_string")) for e in inp.get("edits") or () if isinstance(e, dict)]
    pairs.append((inp.get("old_string"), inp.get("new_string")))
    for old, new in pairs:
        if not isinstance(old, str) or not isinstance(new, str):
            continue
        kept = [set(_TOKENS.findall(n)) for n in new.splitlines()]
        for line in old.splitlines():
            toks = set(_TOKENS.findall(line))
            # kept, extended ("node: [18, 20, 22]") or rewritten in place ("cargo test" -> "cargo nextest run")
            if toks and not any(toks <= k or len(toks & k) * 2 >= len(toks | k) for k in kept):
                return line.strip()
    return None


_TOKENS = lazyre.compile(r"[A-Za-z0-9_]+")


def _replaces_whole(a: Analysis) -> str | None:
    """What a shell command replaces wholesale where the user asked to add to it: a crontab installed from input that
    does not start from the current one (`echo … | crontab -`, not `(crontab -l; echo …) | crontab -`), a file
    written with `>` or `tee` instead of appended to."""
    if a.action.tool != "Bash":
        return None
    cron = [c for c in a.commands if c.name == "crontab"]
    if cron and not any("-l" in c.args for c in cron) and any(not set(c.args) & {"-l", "-e", "-r"} for c in cron):
        return "the whole crontab"
    for e in a.effects:
        if e.kind == "write" and not e.append and e.pclass not in ("temp", "artefact") and e.content is not None:
            return e.target
    return None


def _store_by_variable(a: Analysis) -> bool:
    """The action changes a data store reached through a variable whose environment nothing marks."""
    if not any(e.kind == "control" and e.origin == "data" and not e.env for e in a.effects):
        return False
    return any(w.dynamic and w.value.startswith("$") and not env_of(w.value) for c in a.commands for w in c.argv[1:])


#: A part named by how its names start ("the ones starting with lena/", "prefixed tmp_").
_STARTING = lazyre.compile(r"\b(?:starting|beginning|prefixed)\s+(?:with\s+|by\s+)?[`'\"]?([\w./:-]+)")


