"""Every release against every fence (session 18, class I1; AM-JUDGE-023).

A release (`judge.release`, `intent.naming`, the named-act readers) turns a soft rule's verdict into allow because
the user's words name the act and its object. Each session found one more path that released while the action
reached past a fence the release itself never looked at. This module is the one check that runs after every
release, whatever path granted it (`judge.review`, on each allow carrying `AM-JUDGE-002`), over the ACTION's extent
rather than the words that matched:

* targets chosen at run time or by a set: a changing control effect whose scope is a set or everything (`$(docker
  ps -aq)`, `… | xargs`, a loop over a listing, `--all`, a selector, `prune`) stands only when the user's words
  quantify over that scope: an "all"/"every" in any language, the pattern or selector written as it is, a word of
  the listing's own filter (`--merged` said "merged"), or the kind named in the plural ("the stopped containers").
  A named object that the gloss normalised away (Lithuanian "redis-test" read as "redis") no longer decides it:
  the absence of a quantifier does;
* an owner or organisation selector (`--org`, `--owner`, `--tenant`) whose value and noun the user never said:
  the organisation's secret is not the repository's;
* a later narrowing ("only the X one", "nur X", "tylko X", "只要 X"): the act on anything but X is no longer asked;
* a later message the reading could not place (`intent.tail.unread_no`, widened to pauses with no particle:
  "mal langsam, …", "wacha kwanza") stays in `judge.review`'s own check beside this one.

`fenced(a)` returns ("deny" | "ask", why) or None. A destruction, revocation or grant past the fence is refused;
anything else is asked.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.judge.intent.fences_narrow import _NAME_LIKE, _ONLY, _beside_only, _names, _qualifier
from automode.judge.intent.fences_place import other_repo, pushes, registry
from automode.model import Decision
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.match import Said
    from automode.judge.intent.text import Message
    from automode.shell.script import Command

#: Control verbs whose reach past the named object is refused rather than asked.
_HARD = frozenset({"delete", "permission", "secret"})
#: Words of a listing command that describe its output, not which members it picks.
_OUTPUT_WORDS = frozenset({
    "list", "lists", "get", "json", "name", "names", "output", "format", "value", "values", "query", "text", "quiet",
    "short", "refname", "true", "false", "table", "yaml", "wide", "columns", "column", "all", "only", "ids", "id",
    "show", "describe", "print", "porcelain", "plain", "raw", "tsv", "csv", "limit", "sort", "jsonpath", "template",
    "resource", "type", "items", "metadata", "filter", "select", "keys", "scan", "pattern", "count", "formula", "cask",
    "ls", "ps", "grep", "awk", "sed", "cut", "head", "tail", "xargs", "echo",
})  # fmt: skip
#: Subcommand words that quantify by themselves when the user says them ("prune the stopped containers").
_SWEEP_WORDS = frozenset({"prune", "purge", "cleanup", "autoremove", "sweep", "flushall", "flushdb", "gc"})


def after_release(d: Decision, out: Decision, a: Analysis) -> Decision | None:
    """The check `judge.review` runs on every allow a request released (`out`, from the engine's `d`): a later "no"
    the reading could not place (`intent.tail`), then the fences below. None when the release stands."""
    from automode.judge.outcome import BEYOND, FENCE

    no = taken_back(a)  # "delete a and b" … "não faça isso": not read, but a no
    if no:
        return Decision("ask", f"{d.reason} You asked for it, then wrote {no!r}, which reads like a no or a stop: "
                        "confirm.", (BEYOND, *out.rules), out.category, None, "judge")  # fmt: skip
    category = out.category if out.category != "routine" else "trust-boundary"
    from automode.judge.intent.forced import forced

    hurried = forced(a)  # "delete that pod" answered with `--grace-period=0 --force` (session 20, K4)
    if hurried is not None:
        from automode.judge.outcome import FORCED

        return Decision("ask", hurried[1], (FORCED, *out.rules), category, None, "judge")
    got = fenced(a)
    if got is None:
        return None
    return Decision(got[0], got[1], (FENCE, *out.rules), category, None, "judge")  # type: ignore[arg-type]


def taken_back(a: Analysis) -> str:
    """The newest message's words when they read like a no or a stop after the request (`intent.tail.unread_no`, a
    withdrawal or a pause), "" otherwise. For every release, and for the rules that read the words themselves
    (AM-DATA-002's grant named in so many words, `rules.data`)."""
    from automode.judge.intent.tail import unread_no

    return unread_no(tuple(a.ctx.user_messages)) or _holds(a)


def fenced(a: Analysis) -> tuple[str, str] | None:
    """("deny" | "ask", why) when a released action reaches past a fence its release did not look at."""
    if not a.ctx.user_messages or a.problems:
        return None
    r = _request(a)
    if r is None:
        return None
    for check in (_set_scope, _owner, other_repo, registry, _narrowed):
        got = check(a, r)
        if got is not None:
            return got
    return None


def fenced_clean(a: Analysis) -> tuple[str, str] | None:
    """The fences an allow no rule objected to still needs when it changes something (`intent.substitutions`, on
    every allow the user's words reached): a later narrowing to another member, an outward act on targets a listing
    picks (`git push origin $(git branch …)` for one branch)."""
    if not a.ctx.user_messages or a.problems or (not a.shell and a.write is None and not a.action.tool.startswith("mcp__")):
        return None
    from automode.judge.intent.outward import outward

    out = (outward(a) or pushes(a)) if a.shell else []
    changes = out or a.write is not None or any(e.kind in ("delete", "privilege", "mcp") or (e.kind == "control" and e.verb not in ("", "read"))
                         for e in a.effects)
    if not changes:
        return None
    held = _held_now(a)
    if held:
        return "ask", f"your last message ({held[:60]!r}) holds back what you asked before it; this still acts"
    r = _request(a)
    if r is None:
        return None
    if out and (listed := _listed_act(a)) and not _quantified(a, r):
        return "ask", (f"you asked {_quote(r)}, but `{listed[:80]}` acts on every item a listing gives, and your "
                       "words do not say all of them")
    return _narrowed(a, r) or (other_repo(a, r) if out or a.action.tool.startswith("mcp__") else None)


def _held_now(a: Analysis) -> str:
    """The newest message, when it holds back or takes back what was asked before it ("wait, don't", "wacha
    kwanza", "mal langsam, …"), asks for nothing of its own, and the action does what was asked before it."""
    msgs = a.ctx.user_messages
    if len(msgs) < 2:
        return ""
    held = _holds(a)
    if not held:
        return ""
    from automode.judge.intent.acts import acts
    from automode.judge.intent.match import session_intent

    prior = session_intent(tuple(msgs[:-1]), (), ())
    req = next((q for q in prior.requests if q.index >= 0 and not q.clause.question and q.clause.verbs - {"read"}), None)
    if req is None:
        return held  # (no request could be read before it: nothing says the act is still wanted)
    classes = {c for c in acts(a, []).classes if not c.startswith("said:")}
    if a.write is not None:
        classes |= {"update", "create", "touch", "edit", "write", "change"}
    return held if req.clause.verbs & classes else ""


def _holds(a: Analysis) -> str:
    msgs = a.ctx.user_messages
    from automode.judge.intent.stance_withdraw import withdraws_all
    from automode.judge.intent.text import parse_message

    text = " ".join(msgs[-1].split())[:4000]
    whole = withdraws_all(text)
    if whole and len(whole) >= 0.6 * len(text):
        return whole  # the message is a withdrawal and little else ("warte, lass das lieber")
    only = _ONLY.search(text[len(whole):]) if whole else None
    if only is not None and re.search(r"[^\W\d_]{2}", only.group(0)) and only.group(0) not in ("只要", "だけ", "のみ"):
        return ""  # "deixa pra lá, vou só rodar a migração nova": a correction to another act, which its words decide
    last = parse_message(text)
    if last.consent:
        return ""
    if not last.hold or any(c.verbs - {"read"} and not c.question for c in last.clauses):
        return _gloss_pause(a, text, last)
    return last.hold


#: A glossed message that opens with a pause or a stop ("fermati un attimo": "stop attimo"; "ni se te ocurra
#: todavía": "not ocurra yet"; "počkej, nech to být": "wait, keep it byt").
_PAUSE_HEAD = lazyre.compile(r"(?i)^\W*(?:wait|stop|hold|pause|halt|hang\s+on|not|don'?t|no|cancel|abort|leave|keep|forget|"
                             r"never\s*mind)\b")


#: A glossed message that opens by negating a verb ("don't run", "not delete yet").
_NEG_VERB = lazyre.compile(r"(?i)^\W*(?:don'?t|do\s+not|not|never)\s+(?:yet\s+)?([a-z]+)\b")
#: Acknowledgements that open with a "no" in their English reading ("no problem", "no rush", "not bad").
_ACK = lazyre.compile(r"(?i)^\W*(?:no|not)\s+(?:problem|problems|worries|worry|rush|hurry|stress|issue|issues|bad|big\s+deal)\b")


@lru_cache(maxsize=256)  # (a fact of the message: read once per session, not per action)
def _pause_read(text: str) -> tuple[str, bool, re.Match[str] | None]:
    """The message's English reading, whether it says all is fine, and the negated verb that opens that reading."""
    from automode.judge.intent.gloss import gloss
    from automode.judge.intent.tail import _FINE

    read = gloss(text)
    fine = bool(_FINE.search(text) or _FINE.search(read) or _ACK.search(read))
    return read, fine, (None if fine or read == text else _NEG_VERB.match(read))


def _gloss_pause(a: Analysis, text: str, msg: Message) -> str:
    """A short message in another language whose English reading opens with a pause or a stop, names nothing the
    action or the earlier messages name, and asks for nothing but the stop: the sign of a withdrawal no table holds."""
    if text.rstrip().endswith("?"):
        return ""
    read, fine, neg = _pause_read(text)
    if fine:
        return ""  # "kein Problem", "no worries": fine, not a stop
    if neg is not None:
        r = _request(a)  # "abhi mat chalao, Ravi ka session khula hai" read "don't run, …": the request's own verb
        if r is not None and neg.group(1).lower() in r.clause.verbs:
            return text  # negated, whatever reason follows (h19-0347, found by the lead's gate in session 18)
    if len(text.split()) > 6:
        return ""
    if read == text or _PAUSE_HEAD.search(read) is None:
        return ""  # (English, or a language the gloss does not read: the tables and `intent.tail` decide)
    if any(c.strong or c.verbs - {"kill", "read"} for c in msg.clauses):
        return ""
    before = "\n".join(a.ctx.user_messages[:-1]).lower()
    seen = (_cmd(a) if a.shell else str(a.action.input)).lower()
    from automode.judge.intent.match import GENERIC_WORDS
    from automode.knowledge.extent_marks import ENV_OF_VALUE

    names = {w for c in msg.clauses for w in c.weak if len(w) >= 3}
    if any(w in seen or w in before or w in ENV_OF_VALUE or w in GENERIC_WORDS for w in names):
        return ""  # it names something: a narrowing or a fence, which the reading of the words decides
    return text


def _listed_act(a: Analysis) -> str:
    """The text of a command whose operands a listing gives (`$(git branch …)`, `… | xargs -n1 git push origin`)."""
    from automode.judge.intent.wider import _listed

    raw = _cmd(a)
    for c in a.commands:
        if c.substituted or not any(w.dynamic for w in c.argv[1:]):
            continue
        if _listed(c, a, raw):
            return c.text or c.name
    return ""


def _request(a: Analysis) -> Said | None:
    from automode.judge.intent.match import session_intent

    intent = session_intent(tuple(a.ctx.user_messages), (), ())
    reqs = [r for r in intent.requests if r.index >= 0 and not r.clause.question and r.clause.verbs - {"read"}]
    return reqs[0] if reqs else None


def _quote(r: Said) -> str:
    from automode.judge.intent.match import quote

    return quote(r.clause.text, 80)


# ------------------------------------------------------------------ targets chosen at run time or by a set
#: Options that make a package tool act on every member of the workspace (`pnpm -r publish`, `npm publish
#: --workspaces`, `cargo publish --workspace`).
_EVERY_MEMBER: dict[str, frozenset[str]] = {
    "pnpm": frozenset({"-r", "--recursive"}), "npm": frozenset({"--workspaces", "-ws"}),
    "cargo": frozenset({"--workspace", "--all"}), "yarn": frozenset({"--all"}), "uv": frozenset({"--all-packages"}),
    "lerna": frozenset({"publish"}), "changeset": frozenset({"publish"}),
}


def _every_member(a: Analysis) -> str:
    for c in a.commands:
        opts = _EVERY_MEMBER.get(c.name.rsplit("/", 1)[-1])
        if opts and "publish" in [w.value for w in c.argv[1:4]] and any(w.value.split("=", 1)[0] in opts for w in c.argv[1:] if not w.dynamic):
            return c.text or c.name
    return ""


def _set_scope(a: Analysis, r: Said) -> tuple[str, str] | None:
    effs = [e for e in a.effects if e.kind == "control" and e.verb not in ("", "read") and e.scope in ("set", "all")]
    every = _every_member(a)
    if not effs and not every:
        effs = [e for e in a.effects if e.kind == "control" and e.verb not in ("", "read")]
        if not effs or not _listing_fed(a):
            return None  # (one target, unless a listing gives it: `… | jq -r '.[].name' | xargs -I{} heroku apps:destroy --app {}`)
        how = "every item a listing gives at run time"
    else:
        how = (every and "every member of the workspace") or _wide_form(a, hard=any(e.verb in _HARD for e in effs),
                                                                        named=_names_one(a, r))
    if not how or _quantified(a, r):
        return None  # (a scope the tool's own table gives, `terraform apply`, a TRUNCATE: the act named is all it does)
    hard = any(e.verb in _HARD for e in effs) and _names_one(a, r)  # (a sweep for "clear the cache": asked)
    what = next((e.detail or e.target for e in effs), every)
    return ("deny" if hard else "ask"), (
        f"you asked {_quote(r)}, but `{_cmd(a)[:80]}` ({what[:60]}) acts on {how}, and your words do not say all "
        "of them (no \"all\", no pattern or filter of yours, no plural of the kind)")


def _names_one(a: Analysis, r: Said) -> bool:
    """The request names one object by a name of its own (a digit or a joining mark in it): a set is another thing."""
    msgs = a.ctx.user_messages
    own = msgs[r.index] if 0 <= r.index < len(msgs) else r.clause.text
    from automode.judge.intent.wider_said import _MEASURE

    return any(_NAME_LIKE.search(t) and not _MEASURE.match(t) for t in _names(own)) or \
        any(_NAME_LIKE.search(s) and not _MEASURE.match(s) for s in r.clause.strong)  # ("40GB" is a size, no name)


#: Programs whose output is one value, not a listing of things (`$(date +%F)`, `$(git rev-parse HEAD)`).
_VALUE_MAKERS = frozenset({"date", "pwd", "cat", "echo", "printf", "basename", "dirname", "whoami", "hostname", "id",
                           "uuidgen", "openssl", "realpath", "readlink", "mktemp", "head", "tr", "git-rev-parse", "expr",
                           "seq", "jq", "yq", "node", "python", "python3", "sha256sum", "md5sum", "base64", "uname"})


def _fed_by_listing(c: Command, a: Analysis, raw: str) -> bool:
    """The operands of `c` come from another command's output that is a listing of things (fail closed: any feeder
    but a value maker), not from a value maker."""
    from automode.judge.intent.computed import _fed
    from automode.judge.intent.wider import _listed

    if _listed(c, a, raw):
        return True
    src = _fed(c, a.commands, raw)
    if src is None and c.via and c.via[-1] == "xargs":
        i = next((k for k, x in enumerate(a.commands) if x is c), 0)
        src = a.commands[i - 1].pipe_from if i > 0 else None
    hops = 0
    while src is not None and src.pipe_from is not None and src.name in _VALUE_MAKERS and hops < 8:
        src, hops = src.pipe_from, hops + 1  # (`heroku apps --json | jq -r '.[].name' | xargs …`: jq passes a listing on)
    from automode.knowledge.extent_marks import exact_filter

    if src is None or exact_filter(src, a.ctx.user_messages):
        return False  # (`docker ps -q --filter name=^pg-scratch$ | xargs docker rm -f`: the one name the user wrote)
    name = "git-rev-parse" if src.name == "git" and src.args[:1] == ["rev-parse"] else src.name
    return name not in _VALUE_MAKERS


#: Subcommands that sweep a whole kind by themselves (`docker container prune`, `mlflow gc`, `redis-cli FLUSHDB`).
_SWEEPS = frozenset({"prune", "purge", "gc", "autoremove", "flushall", "flushdb", "cleanup", "sweep", "vacuum"})


def _wide_form(a: Analysis, *, hard: bool, named: bool = True) -> str:
    """How the action itself widens its targets: a listing fed to it, an all-option, a sweep subcommand, a glob
    operand (for a destruction, a revocation or a grant); "" when its scope is only what its table says."""
    from automode.knowledge.extent_marks import ALL_OPTION, NOT_EXTENT, READ_ONLY_ALL, SHORT_ALL

    raw = _cmd(a)
    sources = {id(c.pipe_from) for c in a.commands if c.pipe_from is not None}
    for c in a.commands:
        if c.substituted or id(c) in sources:
            continue
        if (any(w.dynamic for w in c.argv[1:]) or (c.via and c.via[-1] == "xargs")) and _fed_by_listing(c, a, raw):
            return "every item a listing gives at run time"
        if c.name in READ_ONLY_ALL:
            continue
        for w in c.argv[1:]:
            if w.dynamic:
                continue
            v = w.value
            opt = v.split("=", 1)[0]
            if (ALL_OPTION.match(opt) and opt not in NOT_EXTENT) or opt in SHORT_ALL.get(c.name, ()):
                return f"everything `{opt}` takes"
            if v.lower() in _SWEEPS and named:  # (a sweep for a described effect, "free up the docker cache")
                return f"everything `{v}` sweeps"
            if hard and not v.startswith("-") and (w.glob or w.quoted) and re.search(r"[*?]", v) and "://" not in v[:5]:
                return f"whatever `{v}` matches"
            if hard and not v.startswith("-") and "://" in v[:8] and re.search(r"[*?]", v):
                return f"whatever `{v}` matches"
    return ""


def _listing_fed(a: Analysis) -> bool:
    """Some command of the action takes its operands from a listing's output at run time."""
    raw = _cmd(a)
    return any((any(w.dynamic for w in c.argv[1:]) or (c.via and c.via[-1] == "xargs")) and _fed_by_listing(c, a, raw)
               for c in a.commands if not c.substituted)


def _cmd(a: Analysis) -> str:
    raw = a.action.input.get("command")
    return raw if isinstance(raw, str) else a.action.tool


def _said_words(a: Analysis, r: Said) -> set[str]:
    """The words of the request's clause (glossed) and of its own message (as typed)."""
    msgs = a.ctx.user_messages
    own = msgs[r.index].lower() if 0 <= r.index < len(msgs) else ""
    return set(re.findall(r"[\w:*/.=-]+", r.clause.text)) | set(re.findall(r"[\w:*/.=-]+", own)) | \
        set(re.findall(r"\w+", r.clause.text)) | set(re.findall(r"\w+", own))


def _quantified(a: Analysis, r: Said) -> bool:
    """The user's words quantify over the action's set: all/every (any language), the pattern or selector as the
    action writes it, a filter word of the listing, the kind in the plural, a sweep verb (prune, purge)."""
    from automode.judge.intent.wider_said import _said_whole, _whole

    if _whole(r, a):
        return True
    from automode.judge.intent.levels_said import read_only_grant

    if read_only_grant(a):
        return True  # (read-only said, `set_permissions -p V U '^$' '^$' '.*'`: the read over the vhost is what was said)
    words = _said_words(a, r)
    acting: set[str] = set()
    listing: set[str] = set()
    sources = {id(c.pipe_from) for c in a.commands if c.pipe_from is not None}
    for c in a.commands:
        toks = [w.value for w in c.argv[1:] if not w.dynamic]
        for x in toks:
            v = x.strip("'\"")
            if len(v) >= 2 and re.search(r"[*?%=~^]", v) and not v.startswith("-") and _said_whole(v, a):
                return True  # the pattern or selector written as the action writes it (`session:*`, `app=worker`)
            if "=" in v and v.startswith("--") and _said_whole(v.split("=", 1)[1], a) and \
                    re.search(r"[*?%]", v.split("=", 1)[1]):
                return True
        bag = listing if (c.substituted or id(c) in sources) else acting
        bag.update(w for x in [c.name, *toks] for w in re.findall(r"[a-z][a-z0-9]+", x.lower()))
    if words & _SWEEP_WORDS & acting or any(len(w) >= 4 and x.startswith(w) for w in words for x in acting & _SWEEPS):
        return True  # the sweep said ("flush the local valkey cache": FLUSHDB)
    if _looked_up(a) or _glob_of_named(a) or _numbers_said(a, r):
        return True
    filters = {w for w in listing - acting if len(w) >= 4 and w not in _OUTPUT_WORDS}
    if any(_said_whole(w, a) for w in filters):
        return True  # the listing's own filter, said ("the merged branches", "the exited containers")
    kinds = acting | listing
    for w in words:
        if len(w) >= 4 and w.endswith("s") and not w.endswith("ss"):
            stem = w[:-2] if w.endswith("es") and w[:-2] in kinds else w[:-1]
            if stem in kinds or w in kinds:
                return True  # the kind in the plural ("the pods", "the branches")
    return False


def _looked_up(a: Analysis) -> bool:
    """A listing that looks up the named object itself (`kcadm.sh get users -q username=testuser-42`): a value of
    it, or of an option of it, is a name the user wrote."""
    from automode.judge.intent.wider_said import _said_whole

    sources = {id(c.pipe_from) for c in a.commands if c.pipe_from is not None}
    for c in a.commands:
        if not (c.substituted or id(c) in sources):
            continue
        from automode.knowledge.control import places

        place_values = {p.strip("'\"") for p in places(c)}
        for w in c.argv[1:]:
            v = w.value.strip("'\"")
            if v in place_values:
                continue  # (the namespace or account the listing looks in: a place, not the object looked up)
            for x in (v, v.split("=", 1)[-1]):
                if len(x) >= 3 and re.search(r"[\d_.:/-]", x) and not x.startswith("-") and _said_whole(x, a):
                    return True
    return False


def _glob_of_named(a: Analysis) -> bool:
    """A glob under a path whose last part the user named (`gs://b/tmp/run-0412/**` for "delete run-0412"): the
    named thing's contents, not a pattern over its siblings."""
    from automode.judge.intent.wider_said import _said_whole

    for c in a.commands:
        for w in c.argv[1:]:
            v = w.value
            if not re.search(r"[*?]", v):
                continue
            base = re.sub(r"/?\*\*?(?:/\*\*?)*$|/\*\.\w+$", "", v).rstrip("/")
            if base == v or "*" in base or "?" in base:
                continue
            last = base.rsplit("/", 1)[-1]
            if len(last) >= 3 and (_said_whole(last, a) or _said_whole(base, a)):
                return True
    return False


#: Options that set an amount on every member the action reaches rather than choose the members.
_SETTING_OPT = lazyre.compile(r"(?i)^--(?:replicas|scale|count|size|timeout|ttl|retries|concurrency|parallelism|memory|"
                              r"cpus?|port|priority|weight|percent(?:age)?|min[-_]?\w*|max[-_]?\w*|desired[-_]?\w*)(?:=|$)")


def _numbers_said(a: Analysis, r: Said) -> bool:
    """A filter value with a number the user said (`--older-than 30d` for "lebih dari 30 hari")."""
    text = "\n".join(a.ctx.user_messages).lower()
    said = set(re.findall(r"\d+", text))
    for c in a.commands:
        args = [w.value for w in c.argv[1:] if not w.dynamic]
        for i, x in enumerate(args):
            if not x.startswith("--") or _SETTING_OPT.match(x):
                continue  # (`--replicas=0` for "về 0" sets the members' size; it picks none of them)
            val = x.split("=", 1)[1] if "=" in x else (args[i + 1] if i + 1 < len(args) else "")
            nums = re.findall(r"\d+", val)
            if nums and len(val) <= 12 and all(n in said for n in nums):
                return True
    return False


# ------------------------------------------------------------------ an owner or organisation selector
_OWNER_NOUNS = {
    "--org": ("org", "orgs", "organization", "organisation", "organizations", "organisations", "organizacion",
              "organització", "organizació", "organització", "organização", "organisation", "organizzazione",
              "organisatie", "organizacja", "организация", "организации", "组织", "組織", "조직", "organisasi"),
    "--owner": ("owner", "owners", "team", "teams"),
    "--team": ("team", "teams", "equipo", "équipe", "equipa", "squadra", "zespół", "команда", "团队", "チーム", "팀"),
    "--tenant": ("tenant", "tenants", "mandant", "mandanten", "inquilino", "locataire"),
    "--group": ("group", "groups", "gruppe", "groupe", "grupo", "gruppo", "groep", "grupa", "группа", "группу", "grup",
                "그룹", "グループ", "组", "群组"),
}  # fmt: skip


#: Subcommand words of a setting stored for a project or for its whole owner.
_SETTING_NOUNS = frozenset({"variable", "variables", "var", "vars", "secret", "secrets", "env"})


def _owner(a: Analysis, r: Said) -> tuple[str, str] | None:
    from automode.judge.intent.wider_said import _said_whole

    if not any(e.kind == "control" and e.verb in _HARD for e in a.effects) and not (
            any(e.kind == "control" and e.verb in ("update", "create") for e in a.effects)
            and any(_SETTING_NOUNS & set(c.args[:3]) for c in a.commands)):
        return None  # (an upload's or a build's `--org` says where it goes: the place, not a wider selection; a
        # variable or secret set at the owner's level is every project's: `glab variable set X --group acme`)
    text = "\n".join(a.ctx.user_messages).lower()
    words = set(re.findall(r"\w+", text)) | set(re.findall(r"\w+", r.clause.text))
    from automode.judge.intent.owner_home import locates, owner_option

    for c in a.commands:
        args = [w.value for w in c.argv[1:] if not w.dynamic]
        for i, x in enumerate(args):
            opt, eq, val = x.partition("=")
            if not owner_option(c.name, opt):
                continue
            val = val if eq else (args[i + 1] if i + 1 < len(args) else "")
            if not val or val.startswith("-") or _said_whole(val, a) or locates(c, a):
                continue
            key = "--org" if opt.startswith("--org") else "--team" if opt.startswith("--team") else \
                "--tenant" if opt.startswith("--tenant") else "--group" if opt in ("--group", "-g") else "--owner"
            nouns = set(_OWNER_NOUNS.get(key, ())) | {opt.lstrip("-")}
            if words & nouns:
                continue
            return "deny", (
                f"you asked {_quote(r)}, but `{opt} {val}` acts for the whole {key.lstrip('-')} {val}, which your "
                "words never name: not the one thing you named")
    return None


# ------------------------------------------------------------------ a later narrowing to another member
def _narrowed(a: Analysis, r: Said) -> tuple[str, str] | None:
    """A message after the request that narrows it to a named member ("nur redis-cache bitte", "tylko worker-3b1a")
    while the action acts on a name an earlier message gave and the narrowing leaves out."""
    from automode.judge.intent.text import parse_message

    msgs = a.ctx.user_messages
    low = _cmd(a).lower() if a.shell else str(a.action.input).lower()
    squashed = re.sub(r"[-_.:/ ]", "", low)
    for k in range(len(msgs) - 1, 0, -1):
        text = " ".join(msgs[k].split())
        if len(text) > 160 or len(text.split()) > 12 or text.endswith("?"):
            break
        if any(c.verbs - {"read"} for c in parse_message(text).clauses):
            break  # a request of its own: what it names is the request's object, not a narrowing of an earlier one
        if _ONLY.search(text) is None:
            continue
        names = [n.rstrip("/") for n in _beside_only(text) if (_NAME_LIKE.search(n) or n.endswith("/")) and not _qualifier(n)]
        missing = [n for n in names if n not in low and re.sub(r"[-_.:/ ]", "", n) not in squashed]
        if not missing:
            continue
        before = {t for m in msgs[:k] for t in _names(m) if _NAME_LIKE.search(t)}
        acted = sorted(t for t in before if t not in names and t in low)
        if acted:
            hard = any(e.kind == "delete" or (e.kind == "control" and e.verb in _HARD) for e in a.effects)
            return ("deny" if hard else "ask"), (f"you asked {_quote(r)}, then narrowed it to {missing[0]} ({text[:60]!r}); "
                                                 f"this acts on {acted[0]}, not on {missing[0]}")
    return None
