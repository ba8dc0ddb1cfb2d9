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

from automode import lazyre
from automode.model import Decision
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.match import Said

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
    from automode.judge.intent.tail import unread_no
    from automode.judge.outcome import BEYOND, FENCE

    no = unread_no(tuple(a.ctx.user_messages))  # "delete a and b" … "não faça isso": not read, but a no
    if no:
        return Decision("ask", f"{d.reason} You asked for it, then wrote {no!r}, which reads like a no or a stop: "
                        "confirm.", (BEYOND, *out.rules), out.category, None, "judge")  # fmt: skip
    got = fenced(a)
    if got is None:
        return None
    category = out.category if out.category != "routine" else "trust-boundary"
    return Decision(got[0], got[1], (FENCE, *out.rules), category, None, "judge")  # type: ignore[arg-type]


def fenced(a: Analysis) -> tuple[str, str] | None:
    """("deny" | "ask", why) when a released action reaches past a fence its release did not look at."""
    if not a.ctx.user_messages or a.problems:
        return None
    r = _request(a)
    if r is None:
        return None
    for check in (_set_scope, _owner, _other_repo, _narrowed):
        got = check(a, r)
        if got is not None:
            return got
    return None


def fenced_clean(a: Analysis) -> tuple[str, str] | None:
    """The fences an allow no rule objected to still needs when it changes something (`intent.substitutions`, on
    every allow the user's words reached): a later narrowing to another member, an outward act on targets a listing
    picks (`git push origin $(git branch …)` for one branch)."""
    if not a.ctx.user_messages or a.problems or not a.shell and a.write is None and not a.action.tool.startswith("mcp__"):
        return None
    from automode.judge.intent.outward import outward

    out = (outward(a) or _pushes(a)) if a.shell else []
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
    return _narrowed(a, r) or (_other_repo(a, r) if out or a.action.tool.startswith("mcp__") else None)


def _held_now(a: Analysis) -> str:
    """The newest message, when it holds back or takes back what was asked before it ("wait, don't", "wacha
    kwanza", "mal langsam, …") and asks for nothing of its own."""
    msgs = a.ctx.user_messages
    if len(msgs) < 2:
        return ""
    from automode.judge.intent.text import parse_message

    from automode.judge.intent.stance import withdraws_all

    text = " ".join(msgs[-1].split())[:4000]
    whole = withdraws_all(text)
    if whole and len(whole) >= 0.6 * len(text):
        return whole  # the message is a withdrawal and little else ("warte, lass das lieber")
    last = parse_message(text)
    if not last.hold or last.consent or any(c.verbs - {"read"} and not c.question for c in last.clauses):
        return ""
    return last.hold


def _pushes(a: Analysis) -> list[str]:
    """The remotes `git push` commands push to ("" for the default one)."""
    out = []
    for c in a.commands:
        args = [w.value for w in c.argv[1:]]
        if c.name != "git" or "push" not in args[:3]:
            continue
        rest = [x for x in args[args.index("push") + 1:] if not x.startswith("-")]
        out.append(rest[0] if rest else "")
    return out


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
        if opts and any(w.value.split("=", 1)[0] in opts for w in c.argv[1:] if not w.dynamic):
            return c.text or c.name
    return ""


def _set_scope(a: Analysis, r: Said) -> tuple[str, str] | None:
    effs = [e for e in a.effects if e.kind == "control" and e.verb not in ("", "read") and e.scope in ("set", "all")]
    every = "" if effs else _every_member(a)
    if not effs and not every or _quantified(a, r):
        return None
    hard = any(e.verb in _HARD for e in effs)
    what = next((e.detail or e.target for e in effs), every)
    how = "every one of its kind" if every or any(e.scope == "all" for e in effs) else \
        "a set chosen by a listing, a pattern or a selector at run time"
    return ("deny" if hard else "ask"), (
        f"you asked {_quote(r)}, but `{_cmd(a)[:80]}` ({what}) acts on {how}, and your words do not say all of "
        "them (no \"all\", no pattern or filter of yours, no plural of the kind)")


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
    if words & _SWEEP_WORDS & acting:
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


# ------------------------------------------------------------------ an owner or organisation selector
_OWNER_NOUNS = {
    "--org": ("org", "orgs", "organization", "organisation", "organizations", "organisations", "organizacion",
              "organització", "organizació", "organització", "organização", "organisation", "organizzazione",
              "organisatie", "organizacja", "организация", "организации", "组织", "組織", "조직", "organisasi"),
    "--owner": ("owner", "owners", "team", "teams"),
    "--team": ("team", "teams", "equipo", "équipe", "equipa", "squadra", "zespół", "команда", "团队", "チーム", "팀"),
    "--tenant": ("tenant", "tenants", "mandant", "mandanten", "inquilino", "locataire"),
}  # fmt: skip


def _owner(a: Analysis, r: Said) -> tuple[str, str] | None:
    from automode.judge.intent.wider_said import _said_whole
    from automode.knowledge.extent_marks import OWNER_OPTIONS

    if not any(e.kind == "control" and e.verb not in ("", "read") for e in a.effects):
        return None
    text = "\n".join(a.ctx.user_messages).lower()
    words = set(re.findall(r"\w+", text)) | set(re.findall(r"\w+", r.clause.text))
    for c in a.commands:
        args = [w.value for w in c.argv[1:] if not w.dynamic]
        for i, x in enumerate(args):
            opt, eq, val = x.partition("=")
            if opt not in OWNER_OPTIONS:
                continue
            val = val if eq else (args[i + 1] if i + 1 < len(args) else "")
            if not val or val.startswith("-") or _said_whole(val, a):
                continue
            key = "--org" if opt.startswith("--org") else "--team" if opt.startswith("--team") else \
                "--tenant" if opt.startswith("--tenant") else "--owner"
            nouns = set(_OWNER_NOUNS.get(key, ())) | {opt.lstrip("-")}
            if words & nouns:
                continue
            hard = any(e.kind == "control" and e.verb in _HARD | {"deploy", "publish"} for e in a.effects)
            return ("deny" if hard else "ask"), (
                f"you asked {_quote(r)}, but `{opt} {val}` acts for the whole {key.lstrip('-')} {val}, which your "
                "words never name: not the one thing you named")
    return None


# ------------------------------------------------------------------ another repository than the one named
_REPO_OPTIONS = frozenset({"--repo", "-R", "--repository"})
_FORGE_CLIS = frozenset({"gh", "glab", "hub", "tea", "fj"})
_API_REPO = lazyre.compile(r"(?i)^/?(?:api/v\d/)?(?:repos|projects)/([\w.-]+)/([\w.-]+)(?:/|$)")


def _repos(a: Analysis) -> list[str]:
    """The repositories (`owner/name`) the action names: a forge CLI's `--repo`, an API path, an MCP call's owner and
    repo arguments."""
    out: list[str] = []
    inp = a.action.input
    if a.action.tool.startswith("mcp__"):
        owner, repo = inp.get("owner"), inp.get("repo")
        if isinstance(owner, str) and isinstance(repo, str) and owner and repo:
            out.append(f"{owner}/{repo}".lower())
        return out
    for c in a.commands:
        if c.name not in _FORGE_CLIS:
            continue
        args = [w.value for w in c.argv[1:] if not w.dynamic]
        for i, x in enumerate(args):
            opt, eq, val = x.partition("=")
            if opt in _REPO_OPTIONS:
                val = val if eq else (args[i + 1] if i + 1 < len(args) else "")
                if "/" in val:
                    out.append(val.lower().rstrip("/"))
            elif args[:1] == ["api"] and (m := _API_REPO.match(x)) is not None:
                out.append(f"{m.group(1)}/{m.group(2)}".lower())
    return out


def _current_repo(a: Analysis) -> str:
    git = a.ctx.git
    url = (git.remotes or {}).get("origin", "") if git is not None else ""
    m = re.search(r"[:/]([\w.-]+)/([\w.-]+?)(?:\.git)?/?$", url)
    return f"{m.group(1)}/{m.group(2)}".lower() if m else ""


def _other_repo(a: Analysis, r: Said) -> tuple[str, str] | None:
    """A repository the user never named, where they named one or left it to be this one ("delete the secret of the
    repo hooky" answered with `--repo pebble-post/ledger`; "delete release v1.4.0-rc1" with `--repo acme/infra`)."""
    text = "\n".join(a.ctx.user_messages).lower()
    remotes = set((a.ctx.git.remotes or {}) if a.ctx.git is not None else ()) | {"origin", "upstream"}
    for remote in _pushes(a) if a.shell else ():
        said = {x for x in remotes if re.search(rf"(?<![\w/.-]){re.escape(x.lower())}(?![\w/-])", text)}
        if remote and said and remote.lower() not in said and "://" not in remote and "@" not in remote:
            return "ask", (f"you asked {_quote(r)}, naming {sorted(said)[0]}, but this pushes to {remote}")
    repos = _repos(a)
    if not repos:
        return None
    here = _current_repo(a)
    for repo in repos:
        name = repo.rsplit("/", 1)[-1]
        if repo in text or (len(name) >= 3 and name in text) or repo == here:
            continue
        hard = any(e.kind == "control" and e.verb in _HARD for e in a.effects) or "delete" in a.action.tool
        return ("deny" if hard else "ask"), (f"you asked {_quote(r)}, but this acts on the repository {repo}, "
                                             "which your words never name")
    return None


# ------------------------------------------------------------------ a later narrowing to another member
#: "only", per language, as a word (or a particle in the scripts written without spaces).
_ONLY = lazyre.compile(
    r"(?i)(?<!\w)(?:only|just|solely|nur|blo[ßs]|lediglich|seulement|uniquement|juste|s[óo]lo|solamente|[úu]nicamente|"
    r"s[óo]|somente|apenas|soltanto|alleen|enkel|slechts|bara|kun|endast|tylko|jedynie|jen|pouze|len|iba|только|лишь|"
    r"тільки|лише|sadece|yaln[ıi]zca|tik|tikai|ainult|vain|ainoastaan|csak|doar|numai|nom[ée]s|sols|hanya|cuma|"
    r"ch[ỉi]|lang|tu|pekee|sirf|kewal|केवल|सिर्फ|فقط|רק|μόνο)(?!\w)|只要?|仅|僅|だけ|のみ|만")
_FILLER = frozenset({
    "actually", "now", "for", "then", "instead", "one", "ones", "please", "maybe", "rather", "the", "that", "this",
    "bitte", "eigentlich", "doch", "mal", "mejor", "en", "fait", "na", "verdade", "in", "realtà", "realta", "o", "a",
    "el", "la", "le", "il", "de", "der", "die", "das", "den", "het", "een", "pas", "ok", "okay", "so", "well", "hmm",
    "wait", "no", "nope", "yes", "sorry", "oh", "ah", "eh", "und", "and", "et", "y", "e", "i", "w", "na", "to",
    "にして", "して", "ください", "要", "好", "吧",
})  # fmt: skip


def _narrowed(a: Analysis, r: Said) -> tuple[str, str] | None:
    """A message after the request's own that narrows it to a member the action never spells ("nur redis-cache
    bitte", "actually, only swiftlint for now"), or leaves out a name of the request that the action spells."""
    from automode.judge.intent.text import parse_message

    msgs = a.ctx.user_messages
    for k in range(len(msgs) - 1, 0, -1):
        text = " ".join(msgs[k].split())
        if len(text) > 120 or len(text.split()) > 10 or text.endswith("?"):
            break
        if any(c.verbs - {"read"} for c in parse_message(text).clauses):
            break  # a request of its own: what it names is the request's object, not a narrowing of an earlier one
        m = _ONLY.search(text)
        if m is None:
            continue
        names = _names(text)
        if not names:
            continue
        low = _cmd(a).lower() if a.shell else str(a.action.input).lower()
        squashed = re.sub(r"[-_.:/ ]", "", low)
        missing = [n for n in names if n not in low and re.sub(r"[-_.:/ ]", "", n) not in squashed]
        if missing:
            return "ask", (f"you asked {_quote(r)}, then narrowed it to {missing[0]} ({text[:60]!r}); this does not "
                           f"act on {missing[0]}")
        from automode.judge.intent.object_named import own_ids

        left = [i for i in own_ids(r, named=True) if i in low and i not in names]
        if left:
            return "ask", (f"you asked {_quote(r)}, then narrowed it to {names[0]} ({text[:60]!r}); this also acts "
                           f"on {left[0]}")
    return None


def _names(text: str) -> list[str]:
    """The name-like words of a narrowing message: everything but the "only" word, fillers and the gloss's own."""
    from automode.judge.intent.lexicon import STOP

    out = []
    for tok in re.findall(r"[\w][\w:./@#-]*[\w]|\w+", text.lower()):
        t = tok.strip(".:-/")
        if len(t) < 3 or _ONLY.fullmatch(t) or t in _FILLER or t in STOP:
            continue
        if not re.search(r"[a-z0-9]", t):
            continue  # (a word of another script: a verb or a particle, never a name here)
        out.append(t)
    return out
