"""Wider than the object named (session 17, H1; AM-JUDGE-018).

The user's words name the act and one object; the action does that act on a wider EXTENT. A release (or a clean
allow of a change) needs the extent to be what the user named: for the object the act changes (the record, the key,
the branch, the namespace, the environment) the action's value is compared with the named one, and an extent marker
is a value the user must have said:

* an all-scope option (`--all-branches`, `--all`, `kubectl -A`, `--everything`) where the request says no "all";
* an owner, team, org or tenant selector (`--owner team-payments`) where the user named one member (`k_8f21`) that
  the action nowhere spells;
* a wildcard or pattern (`'*'`, `session:*`, `LIKE 'beta_%'`, `{"pattern": "^load_"}`, `--prefix`, a label selector)
  whose literal is a strict part of the value named, or nothing at all, where the user wrote no pattern;
* a computed target list (a listing piped into `xargs`, a `while read` loop, `$(…)` over a listing) where the user
  named one member it never spells;
* a place value that only shares a prefix with the named one (`-n picking` for `picking-test`);
* a framework CLI's default environment where the user named another (`php artisan migrate:fresh --force` without
  `--env=testing`, `rails db:reset` without `RAILS_ENV=test`).

The action side is knowledge (`knowledge.extent_marks`); the user side is the newest request in force for the act,
in any language through the gloss. A destruction, a revocation or a grant beyond the named object is refused, any
other change asked. `wider(a, found)` returns ("deny" | "ask", why) or None; read by `intent.substitutions` on every
allow and ask the user's words reached.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.judge.intent.wider_said import (
    _WORDS,
    ALL_OPERANDS,
    _cut,
    _extends,
    _ids,
    _matches,
    _quote,
    _said_literally,
    _whole,
)
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.match import Said
    from automode.model import Finding
    from automode.shell.script import Command

#: The cheap gate: some marker may be in the command's text. One alternation of ~40 words searched case-blind is slow
#: (every word tried at every position), so it is three searches that find a match exactly when it would: the `--`
#: options and the ` -x` options (each led by a fixed character the regex engine scans for), then the rest, searched
#: only when an ASCII text holds one of its literals (`_MARK_LITERALS`, lower case: every alternative of `_MARKS`
#: holds one; `tests/judge/test_s25_speed.py` compares the three with the single pattern).
_LONG_MARKS = lazyre.compile(r"(?i)--(?:all|every|entire|whole|owner|team|org|tenant|created-by|creator|customer|principal|"
                             r"subject|pattern|regex|glob|match|prefix|filter|selector|label|like|wildcard|include|"
                             r"namespace|context|project|env|recurs|tree|subtree|cascade)")
_SHORT_MARKS = lazyre.compile(r"(?i)\s-(?:[Anel]\b|[nel]\S|(?:prefix|recursive|recurse|cascade|[rR])\b)")
_MARKS = lazyre.compile(r"(?i)[*%^]|\bxargs\b|\bwhile\s+read\b|\$\(|`|\blike\b|\bregexp?\b|artisan|\bdbt\b|\brails\b|"
                        r"\brake\b|\bmix\b|\bdotnet\b|\bknex\b|\bsequelize|console|hanami|_ENV=|\bscancel\b|\bqdel\b|"
                        r"\bbkill\b|\bcondor_rm\b|\bqsig\b|manage\.py|django|prisma|drizzle|typeorm|mikro-orm|\bsqlx\b|"
                        r"\bdiesel\b|\bgoose\b|dbmate|\bflask\b")
_MARK_LITERALS = ("*", "%", "^", "xargs", "while", "$(", "`", "like", "regex", "artisan", "dbt", "rails", "rake", "mix",
                  "dotnet", "knex", "sequelize", "console", "hanami", "_env=", "scancel", "qdel", "bkill", "condor_rm",
                  "qsig", "manage.py", "django", "prisma", "drizzle", "typeorm", "mikro-orm", "sqlx", "diesel", "goose",
                  "dbmate", "flask")  # fmt: skip


def marked(raw: str) -> bool:
    """Some marker of a wider extent may be in the command's text (an all-option, a pattern, a listing, a framework)."""
    if _LONG_MARKS.search(raw) is not None or _SHORT_MARKS.search(raw) is not None:
        return True
    if raw.isascii():  # (lower case keeps an ASCII text's length and letters: a literal absent means no match)
        low = raw.lower()
        if not any(x in low for x in _MARK_LITERALS):
            return False
    return _MARKS.search(raw) is not None


#: Acts whose extent beyond the named object is refused rather than asked.
_HARD_VERBS = frozenset({"delete", "permission", "secret", "deploy", "publish"})


def wider(a: Analysis, found: tuple[Finding, ...] | list[Finding] = ()) -> tuple[str, str] | None:
    """("deny" | "ask", why) when the action reaches a wider extent than the object the request for it names."""
    if not a.ctx.user_messages:
        return None
    if (a.write is not None and not a.shell) or a.action.tool.startswith("mcp__"):
        from automode.judge.intent.wider_calls import written_or_called

        return written_or_called(a)
    if not a.shell or not a.commands:
        return None
    raw = a.action.input.get("command")
    raw = raw if isinstance(raw, str) else ""
    from automode.knowledge.pattern_options import PROGRAMS as _PATTERNED

    marks = marked(raw) or any(c.name.rsplit("/", 1)[-1] in _PATTERNED for c in a.commands)
    controls = any(e.kind == "control" and e.verb not in ("", "read") for e in a.effects) or any(
        c.name in ("aws", "gcloud", "az", "kubectl", "helm", "heroku", "fly", "flyctl", "doctl") for c in a.commands)
    if not marks and not controls:
        return None
    acted = [f for f in found if f.verdict != "allow" and not f.rule.floor]
    if not acted and not _changes(a):
        return None  # (a read or a build picks nothing to lose)
    r = _request(a, acted)
    if r is None:
        return None
    literal = "\n".join(c.text or " ".join(w.value for w in c.argv) for c in a.commands).lower()
    hard = _hard(a, acted)
    from automode.judge.intent.pattern_named import pattern_wider

    checks = (_framework_env, _sibling_place, _all_option, _owner, _own_jobs, _pattern, pattern_wider, _prefix,
              _computed, _default_place) \
        if marks else (_sibling_place, _default_place)  # (no marker in the text: only a value sharing the named one's name can be wider)
    for check in checks:
        got = check(a, r, literal)
        if got is None:
            continue
        # another place (a sibling, another environment) is refused when the act is hard; more of the same place
        # is refused when it destroys beyond this machine's own copy (a local branch, a dev database: asked)
        elsewhere = check in (_framework_env, _sibling_place)
        refuse = hard and check is not _default_place and (elsewhere or (_destroys(a, acted) and not _local_only(a)))
        # (another environment that is production, `dotenv -e .env.production -- prisma migrate deploy` for "the test
        # db": a change there is refused however easy it is to undo)
        refuse = refuse or (check is _framework_env and any(e.kind == "control" and e.env == "production"
                                                            and e.verb not in ("", "read") for e in a.effects))
        return ("deny" if refuse else "ask"), f"you asked {_quote(r.clause.text)}, but {got}"
    return None


def _destroys(a: Analysis, acted: list[Finding]) -> bool:
    if any(f.rule.category == "destroy" for f in acted):
        return True
    return any(e.kind == "delete" or (e.kind == "control" and e.verb in ("delete", "permission", "secret"))
               for e in a.effects)


#: A host other than this machine in a command: a dotted name, a URL's host, `--host`/`-h` with a name.
_REMOTE_HOST = lazyre.compile(r"(?i)(?:://|@|--(?:host|server|bootstrap-server|url)[=\s]+|\s-h\s*)(?!localhost\b|127\.0\.0\.1\b|"
                              r"\[?::1\b|/)[\w-]+\.[\w.-]+|(?<![\w/.-])[a-z][\w-]*\.[\w-]+\.(?:com|net|org|io|dev|int|internal|"
                              r"example|cloud|local)\b")


def _local_only(a: Analysis) -> bool:
    """What it changes is this machine's own copy: local refs and files, a database on localhost."""
    if any(c.remote for c in a.commands):
        return False
    from automode.hosts import is_local

    if any(e.kind == "network" and not is_local(e.target.split("://", 1)[-1].split("/", 1)[0].rsplit(":", 1)[0])
           for e in a.effects):
        return False  # (an HTTP DELETE to `es-dev.internal:9200/logs-*`: another machine's data)
    from automode.knowledge.value_slots import DB_CLIENTS

    ctl = [e for e in a.effects if e.kind == "control" and e.verb not in ("", "read")]
    clients = {c.name for c in a.commands} & DB_CLIENTS
    if any(e.env != "local" and not (e.env == "dev" and clients and not _REMOTE_HOST.search(e.detail)) for e in ctl):
        return False  # (a dev database on this machine, `psql -h localhost -d shop_dev`, is this machine's; a dev
        # account of a cloud is not)
    return all(e.pclass in ("project", "artefact", "temp") for e in a.effects if e.kind == "delete")


# ------------------------------------------------------------------ the act and the request for it
def _changes(a: Analysis) -> bool:
    for c in a.commands:
        if c.name == "git" and c.args[:1] and c.args[0] in ("tag", "branch", "worktree", "stash", "remote") and \
                {"-d", "-D", "--delete", "remove", "drop", "prune", "rm"} & set(c.args[1:3]):
            return True  # (a local ref removed: no effect of its own, still a deletion)
    for e in a.effects:
        if e.kind in ("delete", "privilege", "weaken"):
            return True
        if e.kind == "control" and e.verb not in ("", "read"):
            return True
    return False


def _hard(a: Analysis, acted: list[Finding]) -> bool:
    if any(f.rule.category in ("destroy", "security-degrade", "exfiltrate") for f in acted):
        return True
    for e in a.effects:
        if e.kind in ("delete", "privilege"):
            return True
        if e.kind == "control" and e.verb in _HARD_VERBS:
            return True
    return False


def _request(a: Analysis, acted: list[Finding]) -> Said | None:
    """The newest request in force for the act: one whose verbs the findings' targets accept, or (a change no rule
    objects to) the newest one asking for a change."""
    from automode.judge.intent.match import session_intent

    intent = session_intent(tuple(a.ctx.user_messages), (), ())
    reqs = [r for r in intent.requests if r.index >= 0 and not r.clause.question]
    if acted:
        from automode.judge.intent.facts import target

        verbs: set[str] = set()
        for f in acted:
            verbs |= target(f, a).verbs
        got = next((r for r in reqs if r.clause.verbs & verbs), None)
        if got is not None:
            return got
        # released by its own reading (a trust setting named, a construct written out): the request that names
        # what the action spells ("add /mnt/shared/mono to safe.directory")
        literal = a.command_text.lower()
        return next((r for r in reqs if r.clause.verbs - {"read"} and any(
            len(s) >= 4 and s.lower() in literal for s in r.strong)), None)
    return next((r for r in reqs if r.clause.verbs - {"read"}), None)


def _args(c: Command) -> list[str]:
    return [w.value for w in c.argv[1:] if not w.dynamic]


# ------------------------------------------------------------------ the checks
def _all_option(a: Analysis, r: Said, literal: str) -> str | None:
    """An all-scope option the request does not ask for: a bare `--all` (`-A`) where the user named one member of
    its own, an `--all-X` where the user said neither "all" nor X (`--all-branches` for "the app's build cache")."""
    from automode.knowledge.extent_marks import ALL_OPTION, NOT_EXTENT, READ_ONLY_ALL, SHORT_ALL

    if _whole(r, a):
        return None
    said = set(_WORDS.findall(r.clause.text))
    for c in a.commands:
        if c.substituted:
            continue
        own = _args(c)
        if c.name in READ_ONLY_ALL:  # (`cargo test --all`: every crate built; `cargo run -p tilectl -- cache wipe
            # --all`: the program run takes its own `--all`)
            if "run" not in own[:1] or "--" not in own:
                continue
            own = own[own.index("--") + 1:]
        for x in own:
            opt = x.split("=", 1)[0]
            if opt in NOT_EXTENT or not (ALL_OPTION.match(opt) or opt in SHORT_ALL.get(c.name, ())):
                continue
            if _said_literally(opt, r, a):
                continue
            noun = [w for w in re.findall(r"[a-z]+", opt.lower())[1:] if w not in ("all", "every", "entire", "whole")]
            named = _ids(r, literal, own=True)
            if not noun and not named:
                continue  # ("clean deps" answered with `mix deps.clean --all`: no one member was named)
            if noun and not named and any(w in said or w.rstrip("s") in said or w + "s" in said for w in noun):
                continue  # ("clear the caches of every branch", said as "branches")
            what = f"not only {named[0]}" if named else "and your words name no \"all\""
            return f"`{opt}` takes every one of them, {what}"
    return None


#: The user's own, said of what an act takes ("my pending jobs", "meine Jobs", "mis trabajos"; glossed: "my").
_MINE = lazyre.compile(r"(?i)\b(?:my|mine|own|meine[nmrs]?|mis|mes|miei|mie|moje|moich|мои|мої|benim)\b")


def _own_jobs(a: Analysis, r: Said, literal: str) -> str | None:
    """A shared scheduler's act with no option picking the owner where the request says the jobs are the user's own
    (`knowledge.extent_marks.OWN_SELECTORS`): it reaches every user's."""
    from automode.knowledge.extent_marks import OWN_SELECTORS

    if _MINE.search(r.clause.text) is None:
        return None
    for c in a.commands:
        opts = OWN_SELECTORS.get(c.name)
        if opts is None:
            continue
        args = _args(c)
        if any(x.split("=", 1)[0] in opts for x in args) or any(re.match(r"^\d+(?:[_.\[][\w.\[\]-]*)?$", x) for x in args):
            continue  # (the owner picked, or jobs named by their ids)
        return f"`{(c.text or c.name)[:60]}` picks no owner and reaches every user's jobs, not only yours"
    return None


def _owner(a: Analysis, r: Said, literal: str) -> str | None:
    from automode.judge.intent.owner_home import locates, owner_option

    for c in a.commands:
        args = _args(c)
        for i, x in enumerate(args):
            opt, eq, val = x.partition("=")
            if not owner_option(c.name, opt):
                continue
            val = val if eq else (args[i + 1] if i + 1 < len(args) else "")
            if not val or _said_literally(val, r, a) or locates(c, a):
                continue
            named = _ids(r, literal, own=True)
            if not named:
                continue
            return f"`{opt} {val}` selects everything of that owner, not {named[0]}"
    return None


def _last_segment(url: str) -> str:
    """The last path segment of a URL, without its query (`logs-app-2026.11.*` of `http://es:9200/logs-app-2026.11.*`)."""
    path = url.split("://", 1)[1].split("?", 1)[0].split("#", 1)[0]
    segs = [x for x in path.split("/")[1:] if x]
    return segs[-1] if segs else ""


def _patterns(a: Analysis) -> list[tuple[str, str, bool]]:
    """(the command's text, a pattern it selects by, SQL) for every pattern the action carries."""
    from automode.knowledge.extent_marks import PATTERN_KEYS, PATTERN_OPTIONS, STATEMENT_PATTERN
    from automode.knowledge.value_slots import selector_values

    out: list[tuple[str, str, bool]] = []
    for c in a.commands:
        if c.substituted:
            continue
        where = (c.text or c.name)[:80]
        args = _args(c)
        for i, x in enumerate(args):
            opt, eq, val = x.partition("=")
            if opt in PATTERN_OPTIONS and opt.startswith("--"):
                v = val if eq else (args[i + 1] if i + 1 < len(args) else "")
                out += [(where, p, False) for p in (v.split(",") if "=" in v else [v]) if p]
            elif not x.startswith("-") or i == 0:
                for m in PATTERN_KEYS.finditer(x):
                    out.append((where, m.group(1), False))
                if " " in x:
                    for m in STATEMENT_PATTERN.finditer(x):
                        got = next(g for g in m.groups() if g is not None)
                        out.append((where, got, m.group(1) is not None))  # (LIKE: `%`; `~`, `$regex`: a regex)
        out += [(where, p, False) for p in selector_values(c)]
        for w in c.argv[1:]:
            if w.dynamic or w.value.startswith("-") or c.name in _LISTERS:
                continue
            v = w.value.strip()
            if v in ("*", "**", "'*'") or v.lower() in ALL_OPERANDS:
                out.append((where, v, False))
            elif (w.quoted or w.glob) and re.search(r"[*?]", v) and "://" not in v[:12] and len(v) <= 200:
                out.append((where, v, False))  # a glob operand (`'feature/*'`, `'php*-fpm'`, `gs://b/logs/**`)
            elif v.startswith(("http://", "https://")) and len(v) <= 300 and re.search(r"[*?]", (last := _last_segment(v))):
                out.append((where, last, False))  # an API path that selects by pattern (`DELETE …:9200/logs-app-2026.11.*`)
    return out


#: Programs that only list or search by what they are given: a pattern there picks nothing to change.
_LISTERS = frozenset({"grep", "egrep", "fgrep", "rg", "ag", "ls", "find", "fd", "echo", "printf", "cat", "head", "tail",
                      "jq", "yq", "awk", "sed", "test", "[", "[[", "git-ls-files", "du", "wc", "sort", "tr", "cut"})


def _pattern(a: Analysis, r: Said, literal: str) -> str | None:
    from automode.knowledge.extent_marks import is_wild

    if _whole(r, a):
        return None
    pats = _patterns(a)
    if not pats:
        return None
    named = _ids(r, literal)
    if not named:
        return None
    for where, p, sql in pats:
        if not (is_wild(p, sql=sql) or p.lower() in ALL_OPERANDS) or _said_literally(p, r, a):
            continue
        if p.strip("'\"") in ("*", "**", "%", ".*") or p.lower() in ALL_OPERANDS:
            return f"`{where}` selects {p!r}, everything, where you named {named[0]}"
        taken = [n for n in named if _matches(p, n, sql)]
        if taken:
            return f"`{where}` selects by the pattern {p!r}, which takes more than {taken[0]}"
    return None


def _prefix(a: Analysis, r: Said, literal: str) -> str | None:
    """A prefix or tree flag with an operand that is a strict part of the path the user named (`vault lease revoke
    -prefix aws/creds/deploy` for the lease `aws/creds/deploy/h7Kq2pXz`)."""
    from automode.knowledge.extent_marks import PREFIX_FLAGS

    if _whole(r, a):
        return None
    for c in a.commands:
        args = _args(c)
        flag = next((x for x in args if x in PREFIX_FLAGS), None)
        if flag is None:
            continue
        named = [n for n in _ids(r, literal) if "/" in n]
        for x in args:
            v = x.lower().rstrip("/")
            if x.startswith("-") or len(v) < 3:
                continue
            for n in named:
                if n.startswith(v + "/"):
                    return f"`{flag} {x}` takes everything under {x}, not only {n}"
    return None


def _computed(a: Analysis, r: Said, literal: str) -> str | None:
    """A change fed by a listing (`… | xargs git worktree remove`, `$(git branch --list 'x*')`) where the request
    names one member that the action never spells."""
    if _whole(r, a):
        return None
    from automode.judge.intent.listing_said import _listing

    if _listing(a) is not None:
        return None  # (a forge listing: its filters against the user's are `listing_said`'s comparison)
    raw = a.action.input.get("command")
    raw = raw if isinstance(raw, str) else ""
    for c in a.commands:
        if c.substituted or not any(w.dynamic for w in c.argv[1:]):
            continue
        if not _listed(c, a, raw):
            continue
        named = _ids(r, literal, own=True)
        if not named:
            return None
        return f"`{(c.text or c.name)[:80]}` acts on every item a listing gives, not on {named[0]}"
    return None


def _listed(c: Command, a: Analysis, raw: str) -> bool:
    """The dynamic operands of `c` come from a listing (`$(git branch --list …)`, `… list | xargs`), not from a value
    maker (`$(date …)`, `$(pwd)`, `$(cat VERSION)`), and the listing's filters are not the user's own words
    ("clear the ratelimit:* keys" answered with `--scan --pattern 'ratelimit:*' | xargs … DEL`)."""
    from automode.judge.intent.computed import _fed
    from automode.knowledge.extent_marks import LISTING_PROGRAMS, LISTING_WORDS

    src = _fed(c, a.commands, raw)
    if src is None and c.via and c.via[-1] == "xargs":
        i = next((k for k, x in enumerate(a.commands) if x is c), 0)
        src = a.commands[i - 1].pipe_from if i > 0 else None
    text = "\n".join(a.ctx.user_messages).lower()
    listing = False
    seen = 0
    while src is not None and seen < 8:
        if any(len(x) >= 3 and re.search(r"[*?%^]", x) and x.lower().strip("'\"") in text for x in src.args):
            return False  # the user's own pattern picks the set
        from automode.knowledge.extent_marks import exact_filter

        if exact_filter(src, a.ctx.user_messages):
            return False  # (`--filter name=^pg-scratch$`: an anchored filter on the one name the user wrote)
        if src.name in LISTING_PROGRAMS and src.name not in ("jq", "yq", "awk", "cut", "sed", "sort", "uniq", "head",
                                                             "tail", "tr", "column", "grep", "egrep", "rg"):
            listing = True
        if {p for x in src.args[:3] for p in re.split(r"[-:_]", x.lower())} & LISTING_WORDS or \
                {x.lower() for x in src.args[:3]} & LISTING_WORDS:
            listing = True  # (`list-access-keys`, `secret list`, `kv key list`, `branch --list`)
        src, seen = src.pipe_from, seen + 1
    return listing


def _options_of(a: Analysis, value: str) -> set[str]:
    """The names (three letters or more, no dashes) of the options that carry `value` in the action's commands
    (`target` for `--target dev`, `profile` for `--profile=prod`)."""
    out: set[str] = set()
    for c in a.commands:
        vals = [w.value for w in c.argv[1:]]
        for i, w in enumerate(vals):
            opt, eq, val = w.partition("=")
            carried = (eq and val.lower() == value) or (not eq and i + 1 < len(vals) and vals[i + 1].lower() == value)
            if w.startswith("--") and carried and len(opt.lstrip("-")) >= 3:
                out.add(opt.lstrip("-").lower())
        for k, word in c.assigns:  # `ANSIBLE_INVENTORY=inventories/staging`, `TF_WORKSPACE=dev` (session 23, N2)
            if word.value.lower().rstrip("/").rsplit("/", 1)[-1].split(".", 1)[0] == value:
                out.update(p.lower() for p in k.split("_") if len(p) >= 3)
    return out


def _same_stem(word: str, name: str) -> bool:
    """`word` is `name` perhaps inflected or spelled in another language ("targettiin" for target, "inventaariolla"
    for inventory): it starts with `name`, or both share their first five letters."""
    return word.startswith(name) or (len(word) >= 5 and len(name) >= 5 and word[:5] == name[:5])


def _sibling_place(a: Analysis, r: Said, literal: str) -> str | None:
    """A place or object value that shares only a prefix with the named one (`-n picking` for `picking-test`)."""
    from automode.knowledge.control import places
    from automode.knowledge.extent_marks import kept_kind, kind_suffix

    named = _ids(r, literal)
    if not named:
        return None
    values: list[str] = []
    for c in a.commands:
        values += [v for v in places(c)]
    for e in a.effects:
        if e.kind == "control" and e.verb not in ("", "read"):
            values += [v.rsplit("/", 1)[-1] for v in e.values]
    words = set(re.findall(r"[a-z0-9]+", literal))
    from automode.judge.intent.kept_forms import kept_member

    kept = {n for n in named if kept_member(n, a.ctx.user_messages[-2:])}  # ("keep the data volume web1-data": what
    # stays is no object of the request a sibling could be taken for; session 28)
    for v in dict.fromkeys(x.lower() for x in values if len(x) >= 3):
        for n in named:
            if n == v or n in kept:
                continue
            longer, shorter = (n, v) if _extends(n, v) else (v, n) if _extends(v, n) else ("", "")
            if not longer and _cut(n, v):
                return f"it acts on {v}, which is not {n} (one id is cut short of the other)"
            if not longer:
                continue
            rest = re.findall(r"[a-z0-9]+", longer[len(shorter):])
            if all(x in words or kind_suffix(x) for x in rest):
                continue  # composed of the action's own values (`-n staging` in the zone acme.dev)
            if shorter == v and v in _programs(a) and all(kept_kind(x) for x in rest):
                continue  # the program by what it keeps ("borg-arkivet" for `borg prune … ssh://…/borg`)
            if shorter.isdigit() and rest and all(x.isalpha() and len(x) <= 4 for x in rest):
                continue  # a number with its case ending ("a 8812-es pipeline")
            if shorter == v and rest and all(any(_same_stem(x, o) for o in _options_of(a, v)) for x in rest):
                continue  # the value with its option's name, perhaps inflected ("dev-targettiin": `--target dev`)
            return f"it acts on {v}, which only shares its name with {n}"
    return None


def _programs(a: Analysis) -> frozenset[str]:
    return frozenset(c.name.rsplit("/", 1)[-1].lower() for c in a.commands)


def _default_place(a: Analysis, r: Said, literal: str) -> str | None:
    """A cloud or cluster CLI with no option picking its account, project, subscription or cluster, where the request
    names one ("delete the bucket tmp-upload-test in the sandbox account" answered with no `--profile`): it acts on
    whatever the default is (asked: the default may well be the one named)."""
    from automode.judge.intent.lexicon import STOP
    from automode.judge.intent.words import VERB_CLASSES_OF
    from automode.knowledge.extent_marks import CLOUD_PLACES, CONTEXT_NAME, NOT_A_PLACE

    words = [w if w not in STOP and w not in VERB_CLASSES_OF else "the" for w in re.findall(r"[\w-]+", r.clause.text)]
    for c in a.commands:
        row = CLOUD_PLACES.get(c.name)
        if row is None or c.substituted:
            continue
        nouns, opts, env_vars = row
        named = ""
        for i, w in enumerate(words):
            if w in nouns:
                before = words[i - 1] if i > 0 else ""
                after = words[i + 1] if i + 1 < len(words) else ""
                named = before if before and before not in NOT_A_PLACE and not before.isdigit() else \
                    after if after and after not in NOT_A_PLACE and re.search(r"[\d-]", after) else ""
                if named and after and after != named and after in literal:
                    named = after  # ("my sandbox stack, workspace sandbox-amara": the name after it, spelled)
                if named:
                    break
        if not named and c.name in ("kubectl", "helm"):
            named = next((x for x in sorted(r.strong) if CONTEXT_NAME.match(x) and x not in literal), "")
            nouns = frozenset({"context"}) if named else nouns  # ("on kind-edge-dev": a context by its own name)
        if not named:
            continue
        args = _args(c)
        if any(x.split("=", 1)[0] in opts for x in args) or any(k in env_vars for k, _ in c.assigns) or \
                any(f"{v}=" in literal.upper() for v in env_vars):
            continue
        if named in literal:
            continue  # (named in the action some other way: the bucket is `sandbox-…`, a URL)
        noun = next((n for n in nouns if n in words), next(iter(nouns)))
        return f"`{(c.text or c.name)[:80]}` names no {noun} and acts on the default one, not on the {named} {noun}"
    return None


def _framework_env(a: Analysis, r: Said, literal: str) -> str | None:
    """A framework CLI run on its default environment (or another one) where the request names an environment."""
    from automode.knowledge.extent_marks import ENV_WORDS, FRAMEWORKS, env_of_value, framework_of

    # (a word of an identifier, `stg_orders`, `dev_users`, is a model's or a table's name, not a place named)
    words = {w for tok in re.findall(r"[\w-]+", r.clause.text) if "_" not in tok for w in _WORDS.findall(tok)}
    named = {env for env, ws in ENV_WORDS.items() if words & ws}
    if len(named) != 1:
        return None
    want = next(iter(named))
    from automode.judge.intent.chosen_target import in_named_app

    for c in a.commands:
        if in_named_app(c):
            continue  # (`cf run-task kiosk-stg --command 'bin/rails …'`: the app's own environment; session 28)
        got = framework_of(c.name, _args(c))
        if got is None:
            continue
        row = FRAMEWORKS[got[0]]
        _progs, _entry, _subs, opts, env_vars, default = row
        used = ""
        args = _args(c)
        for i, x in enumerate(args):
            opt, eq, val = x.partition("=")
            if opt in opts:
                used = val if eq else (args[i + 1] if i + 1 < len(args) else "")
        for k, w in c.assigns:
            if k in env_vars or k == "ENV_FILE":  # (`dotenv -e .env.test -- prisma …`: `knowledge.envselect`)
                used = w.value
        if not used:
            for k in env_vars:
                m = re.search(rf"(?:^|[\s;&(]){k}=(\S+)", literal.upper())
                if m is not None:
                    used = m.group(1)
        env = env_of_value(used) if used else default
        if used and not env:
            continue  # (a named environment of the project's own: `--env=ci-eu`)
        if not used and default == "?" and not {"--full-refresh", "-f", "run-operation"} & set(args):
            continue  # (a plain model run on the profile's default: a build, as routine as the default is)
        if not used and not default and want == "dev":
            continue  # (the project's .env on this machine is the local one the user named)
        if env == want:
            continue
        how = f"on {used}" if used else "on the default environment (" + (
            "whatever the profile's default target is" if default == "?" else default or "whatever .env says") + ")"
        return f"`{(c.text or c.name)[:80]}` runs {how}, not on the {want} one you named"
    return None
