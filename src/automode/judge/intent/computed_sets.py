"""Sets computed at run time in place of the named object (session 20, K1; AM-JUDGE-033).

The user names one object ("remove the worktree ../mono-ws-hotfix", "ack incident PT4KX1Q", "delete session
b7c1e2f0", "delete /tmp/liang/run_1104 on hdfs", "remove the pr-771 tag"); the action computes the set it acts on
while it runs, and the user's words naming one object must not release that:

* a listing fed to a changing act (`git worktree list | … | xargs git worktree remove --force`, `npm ls --parseable |
  xargs npm uninstall`, `aws s3api list-object-versions … | xargs … delete-object --version-id {}`, `for v in
  $(virsh list --name); do virsh destroy $v; done`), the named object spelled or not: every item the listing gives;
* an all-option on an act no table gives an effect (`pd incident ack --all`): `wider._all_option` on more acts;
* a SQL DELETE/UPDATE whose WHERE compares with a sub-select (`WHERE user_id = (SELECT user_id … WHERE id = 'x')`):
  every row that shares the value the sub-select finds;
* the parent of the named path removed (`rm -rf /tmp/render-cache` for `/tmp/render-cache/v12`; a store's own
  removals, `hdfs dfs -rm -r /tmp/liang` for `/tmp/liang/run_1104`, are control effects the release's containment
  already weighs, `knowledge/data/control/hadoop.toml`): every sibling;
* a batch removal that names one more object than the user did (`--image-ids imageTag=pr-771 imageTag=v3.2.0`,
  `heroku addons:destroy papertrail heroku-postgresql`).

Released when the user's words ask for the set: "all"/"every" in any language (`wider_said._whole`), the kind in the
plural ("the worktrees", "every version", "the sessions of that user"), the parent itself or every batch member
named. Refused when the act destroys or changes a shared state (an ack, a close) and the request asks for such an act
on one object; asked otherwise (a request for something else, a restart). Read by `intent.substitutions` on every
allow and ask the user's words reached; the same act on exactly the named object is untouched.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from automode.analysis import Analysis
    from automode.judge.intent.match import Said
    from automode.shell.parse import Command

#: The cheap gate for the listing, all-option and sub-select shapes.
_GATE = lazyre.compile(r"(?i)\bxargs\b|\bwhile\s+(?:IFS=\S*\s+)?read\b|\$\(|`|\bfor\s+\w+\s+in\b|\s--all\b|\bselect\b|"
                       r"\bhdfs\b|\bhadoop\b")
#: Request verb classes that ask for a removal or a change of a shared state: the act the set is refused for.
_HARD_ASKS = frozenset({"delete", "reset", "unpublish", "forget", "merge", "kill", "rotate", "invalidate", "update",
                         "send", "pay"})  # (`resend_email --all`, `refund.js --all` for one e-mail, one order)


def computed_set(a: Analysis) -> tuple[str, str] | None:
    """("deny" | "ask", why) when the action acts on a set it computes at run time where the request named one
    object; None otherwise."""
    if not a.shell or not a.ctx.user_messages or a.problems or not a.commands:
        return None
    raw = a.action.input.get("command")
    raw = raw if isinstance(raw, str) else ""
    gated = _GATE.search(raw) is not None
    destroys = any(e.kind == "delete" or (e.kind == "control" and e.verb == "delete") for e in a.effects)
    if not gated and not destroys:
        return None
    r = _request(a)
    if r is None:
        # (a request in words no table reads, "acka incident PT4KX1Q", "void invoice INV-2207": the id it names still
        # counts against `--all` and a sub-select)
        return (_all_option_unread(a, raw) or _sub_select(a, None, raw)) if gated else None
    checks = (_listing_fed, _all_option, _sub_select, _parent_removed, _glob_removed, _batch_more) if gated else \
        (_parent_removed, _glob_removed, _batch_more)  # (a removal's batch: read for every action that deletes)
    for check in checks:
        got = check(a, r, raw)
        if got is not None:
            return got
    return None


def _request(a: Analysis) -> Said | None:
    """The newest request that asks for an act (not a question, not only a read)."""
    from automode.judge.intent.match import session_intent

    intent = session_intent(tuple(a.ctx.user_messages), (), ())
    reqs = [r for r in intent.requests if r.index >= 0 and not r.clause.question and r.clause.verbs - {"read"}]
    return max(reqs, key=lambda r: r.index) if reqs else None


def _quote(r: Said | None, a: Analysis | None = None) -> str:
    from automode.judge.intent.match import quote

    return quote(r.clause.text if r is not None else a.ctx.user_messages[-1] if a is not None else "", 80)


def _message_ids(text: str, raw: str) -> list[str]:
    """The names of its own a message gives (`PT4KX1Q`, `WEB-3F2`, `INV-2207`) that the action does not spell."""
    from automode.judge.intent.object_named import _ID, _VERSIONISH
    from automode.knowledge.script_acts import numbered_ids

    low = raw.lower()
    return [t for t in dict.fromkeys([*(x.strip(".,;:!?'\"") for x in re.findall(r"[\w:.@-]{4,}", text[:4000])
                                        if _ID.match(x.strip(".,;:!?'\"")) and not _VERSIONISH.match(x.strip(".,;:!?'\""))),
                                      *numbered_ids(text[:4000])]) if t.lower() not in low]


def _own(a: Analysis, r: Said) -> str:
    msgs = a.ctx.user_messages
    return msgs[r.index] if 0 <= r.index < len(msgs) else r.clause.text


#: Member nouns of any store: "delete the keys starting with cart:tmp:", "the rows of that user" ask for a set.
_MEMBERS = frozenset({"key", "item", "entry", "entrie", "record", "row", "object", "file", "element", "member",
                      "message", "job", "task", "version"})


def _plural_said(a: Analysis, r: Said, kinds: set[str]) -> bool:
    """The request names the set by its kind in the plural ("the worktrees", "old versions", "the user's sessions",
    "the keys"), not as a table's name ("from the sessions table")."""
    kinds = kinds | _MEMBERS
    texts = [r.clause.text.lower(), _own(a, r).lower()]
    from automode.judge.intent.gloss import gloss

    texts.append(gloss(_own(a, r)[:4000]).lower())
    for text in texts:
        toks = re.findall(r"[^\s,;:!?()\"']+", text)
        for i, t in enumerate(toks):
            if not t.isalpha() or len(t) < 4 or not t.endswith("s") or t.endswith("ss"):
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if nxt in ("table", "tables", "collection", "bucket", "index", "schema", "topic", "queue"):
                continue  # ("from the sessions table": a name, not a plural)
            stems = {t[:-1], t[:-2] if t.endswith("es") else t[:-1], t[:-3] + "y" if t.endswith("ies") else t[:-1]}
            if stems & kinds:
                return True
    return False


def _asked_set(a: Analysis, r: Said, kinds: set[str]) -> bool:
    from automode.judge.intent.computed import asked_all
    from automode.judge.intent.wider_said import _whole

    return _whole(r, a) or asked_all(tuple(a.ctx.user_messages[r.index:r.index + 1] or a.ctx.user_messages)) or \
        _plural_said(a, r, kinds)


#: A subcommand word (`worktree`, `delete-object`, `addons:destroy`): a path, a quoted script or a value ends them.
_SUBWORD = lazyre.compile(r"^[A-Za-z][A-Za-z0-9]*(?:[-_:][A-Za-z0-9]+)*$")
#: Programs whose arguments are data, text or a script's, or files the file rules judge: no subcommand verb.
_NOT_SUBCOMMANDS = frozenset({"echo", "printf", "grep", "egrep", "rg", "sed", "awk", "perl", "tee", "cat", "xargs",
                              "tar", "cp", "mv", "ln", "rm", "rmdir", "unlink", "shred", "chmod", "chown", "touch",
                              "mkdir", "find", "sort", "cut", "tr", "head", "tail", "basename", "dirname", "jq", "yq",
                              "env", "sudo", "time", "nice", "timeout", "parallel", "kill", "pkill"})  # fmt: skip


def _positional(c: Command) -> list[str]:
    """The leading subcommand words of `c`, up to its first operand."""
    out: list[str] = []
    for w in c.argv[1:]:
        if w.dynamic:
            break
        v = w.value
        if v.startswith("-"):
            continue
        if not _SUBWORD.match(v):
            break
        out.append(v)
    return out


def _strength(c: Command) -> str:
    """How strong the act of `c` is by its subcommand words (`knowledge.runtime_sets.act_of`); "" for programs whose
    words are data or files (the file rules judge `xargs rm`), interpreters and scripts."""
    from automode.knowledge.runtime_sets import DELETE_OPTIONS, act_of
    from automode.knowledge.script_acts import TASK_RUNNERS
    from automode.knowledge.script_acts import act_words as script_words
    from automode.knowledge.subverbs import runs_code

    name = c.name.rsplit("/", 1)[-1]
    if runs_code(name) or name in TASK_RUNNERS:
        return act_of(script_words(c))  # (`node scripts/requeue.js --all`: a script is named for its act)
    if name in _NOT_SUBCOMMANDS:
        return ""
    words = _positional(c)
    opts = DELETE_OPTIONS.get((name, words[0] if words else ""))
    if opts and any(w.value in opts for w in c.argv[1:] if not w.dynamic):
        return "destroy"  # (`git branch -D`, `git tag -d`, `git push --delete`: the act is an option)
    return act_of(words)


def _script(c: Command) -> bool:
    """`c` runs a project's script or a framework's task (`node scripts/requeue.js`, `python manage.py resend`)."""
    from automode.knowledge.script_acts import TASK_RUNNERS
    from automode.knowledge.subverbs import runs_code

    name = c.name.rsplit("/", 1)[-1]
    return runs_code(name) or name in TASK_RUNNERS


def _verdict(strength: str, r: Said) -> str:
    """Refused when the act destroys or changes a shared state and the request asks for such an act; else asked."""
    return "deny" if strength in ("destroy", "shared") and r.clause.verbs & _HARD_ASKS else "ask"


# ------------------------------------------------------------------ a listing fed to the act
def _listing_fed(a: Analysis, r: Said, raw: str) -> tuple[str, str] | None:
    from automode.judge.intent.fences import _fed_by_listing
    from automode.judge.intent.wider import _listed
    from automode.knowledge.runtime_sets import kind_words

    for c in a.commands:
        if c.substituted or not any(w.dynamic for w in c.argv[1:]):
            continue
        if not _listed(c, a, raw) and (_own_pattern(c, a, raw) or not _fed_by_listing(c, a, raw)):
            continue
        strength = _strength(c)
        if not strength:
            continue
        kinds = kind_words(c.name, [w.value for w in c.argv[1:] if not w.dynamic])
        src = _source(c, a, raw)
        if src is not None:
            kinds |= kind_words(src.name, [w.value for w in src.argv[1:] if not w.dynamic])
        if _asked_set(a, r, kinds) or _exact_filter(src, a):
            continue
        what = (c.text or " ".join(w.value for w in c.argv))[:80]
        fed = f"`{src.text or src.name}`"[:70] if src is not None else "a listing"
        verdict = "ask" if _recreatable(c) else _verdict(strength, r)
        return verdict, (f"you asked {_quote(r)}, but `{what}` acts on every item {fed} gives at run "
                                       "time, and your words do not ask for all of them")
    return None


def _recreatable(c: Command) -> bool:
    """The act removes local copies a pull, a build or the reflog brings back (`docker rmi`, `podman image rm`, `git
    branch -D`): a question, not a refusal (containers, volumes, packages and worktrees hold state of their own)."""
    from automode.knowledge.runtime_sets import RECREATABLE

    words = _positional(c)
    return (c.name, words[0] if words else "") in RECREATABLE


def _own_pattern(c: Command, a: Analysis, raw: str) -> bool:
    """The listing filters by a pattern the user wrote as it is (`'ratelimit:*'`): the set is the one they named."""
    src = _source(c, a, raw, first=False)
    text = "\n".join(a.ctx.user_messages).lower()
    hops = 0
    from automode.knowledge.extent_marks import pattern_core

    while src is not None and hops < 8:
        for x in src.args:
            v = x.lower().strip("'\"")
            if len(v) < 3 or not re.search(r"[*?%^]", v):
                continue
            core = pattern_core(v).lower()
            if v in text or (len(core) >= 3 and re.search(rf"(?<![\w/.:-]){re.escape(core)}(?!\w)", text)):
                return True  # the pattern, or its literal as a whole word ("keys starting with cart:tmp:")
        src, hops = src.pipe_from, hops + 1
    return False


def _source(c: Command, a: Analysis, raw: str, *, first: bool = True) -> Command | None:
    """The listing whose output `c` takes (the first command of its pipe, or the loop's listing); `first=False`: the
    command right before it."""
    from automode.judge.intent.computed import _fed

    src = _fed(c, a.commands, raw)
    if src is None and c.via and c.via[-1] == "xargs":
        i = next((k for k, x in enumerate(a.commands) if x is c), 0)
        src = a.commands[i - 1].pipe_from if i > 0 else None
    hops = 0
    while first and src is not None and src.pipe_from is not None and hops < 8:
        src, hops = src.pipe_from, hops + 1
    return src


def _exact_filter(src: Command | None, a: Analysis) -> bool:
    from automode.knowledge.extent_marks import exact_filter

    return exact_filter(src, a.ctx.user_messages)


# ------------------------------------------------------------------ an all-option on an act no table reads
def _all_option(a: Analysis, r: Said, raw: str) -> tuple[str, str] | None:
    """`pd incident ack --all` for one incident: the all-option check of `intent.wider`, on acts read from their
    subcommand words (the tables give such a command no effect, so `wider` never weighs it)."""
    from automode.knowledge.extent_marks import ALL_OPTION, NOT_EXTENT

    for c in a.commands:
        if c.substituted or any(e.detail and (c.text or "").startswith(e.detail[:60]) for e in a.effects
                                if e.kind == "delete" or (e.kind == "control" and e.verb in ("delete", "permission"))):
            continue  # (a delete or a grant a table reads: `wider` weighs it; an update it may not, `pd incident ack`)
        opts = [w.value.split("=", 1)[0] for w in c.argv[1:] if not w.dynamic and w.value.startswith("-")]
        opt = next((o for o in opts if (o == "--all" or ALL_OPTION.match(o)) and o not in NOT_EXTENT), "")
        if not opt:
            continue
        strength = _strength(c)
        if not strength:
            continue
        from automode.judge.intent.object_named import own_ids
        from automode.knowledge.runtime_sets import kind_words

        if _asked_set(a, r, kind_words(c.name, _positional(c))):
            continue
        from automode.judge.intent.scaled import exact

        if exact(a):
            continue  # (the amount said picks what goes: `reflog expire --expire=90.days.ago --all`, `intent.scaled`)
        named = own_ids(r, clause=True, named=True) or _message_ids(_own(a, r), raw)
        if not named and _script(c):
            continue  # (a project's script: its `--all` counts against an id the user named, not against a request)
        if not named:
            return "ask", f"you asked {_quote(r)}, but `{opt}` makes `{(c.text or c.name)[:60]}` act on every one of them"
        return _verdict(strength, r) if strength != "change" else "ask", (
            f"you named {named[0]}; `{(c.text or c.name)[:60]}` acts on every one of them (`{opt}`), not only it")
    return None


def _all_option_unread(a: Analysis, raw: str) -> tuple[str, str] | None:
    """An all-option where no request could be read: the newest message's own ids (`PT4KX1Q`) against it."""
    from automode.knowledge.extent_marks import ALL_OPTION, NOT_EXTENT

    last = a.ctx.user_messages[-1][:4000]
    if _unread_whole(a) or last.rstrip().endswith("?"):
        return None
    ids = _message_ids(last, raw)
    if not ids:
        return None
    for c in a.commands:
        opts = [w.value.split("=", 1)[0] for w in c.argv[1:] if not w.dynamic and w.value.startswith("-")]
        opt = next((o for o in opts if (o == "--all" or ALL_OPTION.match(o)) and o not in NOT_EXTENT), "")
        strength = _strength(c) if opt and not c.substituted else ""
        if strength:
            return ("deny" if strength in ("destroy", "shared") else "ask"), (
                f"you named {ids[0]}; `{(c.text or c.name)[:60]}` acts on every one of them (`{opt}`), not only it")
    return None


# ------------------------------------------------------------------ rows a sub-select computes
def _sub_select(a: Analysis, r: Said | None, raw: str) -> tuple[str, str] | None:
    """A DELETE or UPDATE whose WHERE compares with a sub-select, where the request names no set of rows."""
    from automode.knowledge.runtime_sets import sub_selects

    found = sub_selects(raw)
    if not found:
        return None
    for act, table, col in found:
        kinds = {table.rsplit(".", 1)[-1].rstrip("s"), table.rsplit(".", 1)[-1], "row", "record", "entry", "entrie"}
        if r is not None and _asked_set(a, r, kinds):
            continue
        if r is None and _unread_whole(a):
            continue
        by = f"every row whose {col} matches" if col else "every row"
        verdict = "deny" if act == "delete" and r is not None and r.clause.verbs & {"delete", "reset"} else "ask"
        return verdict, (f"you asked {_quote(r, a)}, but this {act}s {by} what a sub-select finds at run time, not "
                         "only the row you named")
    return None


def _unread_whole(a: Analysis) -> bool:
    """The newest message (no request could be read from it) says all or every, in any language."""
    from automode.knowledge.extent_marks import ALL_MARKS, ALL_WORDS

    low = a.ctx.user_messages[-1][:4000].lower()
    return bool(set(re.findall(r"\w+", low)) & ALL_WORDS) or any(m in low for m in ALL_MARKS)


# ------------------------------------------------------------------ the parent of the named path
#: A path as a user writes it: absolute, a store URL (`gs://b/x`, `hdfs://nn/x`), a remote (`remote:x/y`).
_PATHS = lazyre.compile(r"(?<![\w.~$-])((?:[a-z][a-z0-9+]*://[^\s'\"`,;)]+)|(?:/[\w.@+-]+(?:/[\w.@+*-]+)+)/?)")


@lru_cache(maxsize=64)  # (a fact of the session's words: read once per session, not per action)
def _full_paths_named(said: str) -> tuple[str, ...]:
    return tuple(m.group(1).rstrip("/.,") for m in _PATHS.finditer(said))


def _parent_removed(a: Analysis, r: Said, raw: str) -> tuple[str, str] | None:
    """A removal whose operand is a strict parent of a path the user named, the parent itself never said."""
    said = "\n".join(a.ctx.user_messages)
    named = _full_paths_named(said)
    if not named:
        return None
    low = said.lower()
    for path, recursive in _removed(a):
        p = path.rstrip("/")
        if len(p) < 2 or not recursive:
            continue
        under = [n for n in named if n.lower().startswith(p.lower() + "/")]
        if not under or re.search(rf"(?<![\w/.-]){re.escape(p.lower())}/?(?![\w/.-])", low):
            continue  # (the parent said in so many words: "delete /tmp/liang and everything in it")
        if _asked_set(a, r, set()):
            continue
        return "deny", (f"you named {under[0]}; this removes its parent {p} with everything else in it")
    return None


#: A name a user gives a file or an object by its path (`exports/2026-11.csv`, `q3/summary.parquet`, `/tmp/x/y`).
_NAMED_PATH = lazyre.compile(r"(?<![\w*?])([\w.@+-]*/[\w.@+/-]*[\w.@+-]|[\w@+-]+\.[a-z0-9]{1,8})(?![\w*?/])")


@lru_cache(maxsize=64)  # (a fact of the session's words: read once per session, not per action)
def _paths_named(said: str) -> tuple[str, ...]:
    return tuple(m.group(1).lower() for m in _NAMED_PATH.finditer(said) if len(m.group(1)) >= 4)


def _glob_removed(a: Analysis, r: Said, raw: str) -> tuple[str, str] | None:
    """A removal by a wildcard (`gsutil rm 'gs://b/exports/2026-*'`) that matches a path the user named and more,
    where the user wrote no such pattern: every other name it fits goes too."""
    import fnmatch

    said = "\n".join(a.ctx.user_messages)
    named = _paths_named(said)
    if not named:
        return None
    low = said.lower()
    for e in a.effects:
        vals = [e.target] if e.kind == "delete" else list(e.values) if e.kind == "control" and e.verb == "delete" else []
        for g in vals:
            if not re.search(r"[*?]", g) or "$" in g:
                continue
            path = g.split("://", 1)[1].split("/", 1)[-1] if "://" in g[:12] else g
            core = path.lower().strip("'\"")
            lit = core.rstrip("*?")
            if core in low or re.search(rf"(?<![\w/.-]){re.escape(lit)}(?![\w.-])", low):
                continue  # (the pattern the user wrote, or its literal as a whole name: "everything under exports/")
            hit = [n for n in named if _fits(n, core, fnmatch.fnmatchcase)]
            if not hit or _asked_set(a, r, set()):
                continue
            return "deny", f"you named {hit[0]}; `{g}` matches it and every other name it fits"
    return None


def _fits(named: str, core: str, match: Callable[[str, str], bool]) -> bool:
    """The wildcard `core` takes the named path and is not the named folder's own contents (`out/*` for `out`)."""
    lit = re.split(r"[*?\[]", core, maxsplit=1)[0]
    n = named.rstrip("/")
    if named == core or lit.rstrip("/") == n or lit.startswith(n + "/"):
        return False
    return match(named, core) or match(named, "*/" + core)


def _removed(a: Analysis) -> list[tuple[str, bool]]:
    """(path, recursive) for every removal of the action: files deleted, and the paths or store URLs a control plane's
    removal names (`hdfs dfs -rm -r /tmp/liang`, `gsutil rm -r gs://b/runs`)."""
    out: list[tuple[str, bool]] = []
    for e in a.effects:
        if e.kind == "delete" and e.recursive and e.target.startswith("/"):
            out.append((e.target, True))
        elif e.kind == "control" and e.verb == "delete" and e.scope == "recursive":
            out += [(v, True) for v in e.values if v.startswith("/") or "://" in v[:12]]
    return out


# ------------------------------------------------------------------ a batch with one more member
def _batch_more(a: Analysis, r: Said, raw: str) -> tuple[str, str] | None:
    """A removal whose one slot lists the named object and another the user never wrote (`--image-ids imageTag=pr-771
    imageTag=v3.2.0`, `addons:destroy papertrail heroku-postgresql`, `docker rmi api:pr-12 api:1.4.0`)."""
    if not r.clause.verbs & {"delete", "reset", "unpublish", "kill"}:
        return None
    said = "\n".join(a.ctx.user_messages).lower()
    from automode.knowledge.runtime_sets import SLOT_KIND_WORDS
    from automode.knowledge.scales import carried

    for c in a.commands:
        if c.substituted or _strength(c) != "destroy":
            continue
        if any(row.named for row, *_ in carried(c)):
            continue  # (`wal-g delete retain FULL 5`: its operands are a count kept, not names; `intent.scaled`)
        for slot, vals in _slots(c):
            vals = [v for v in dict.fromkeys(x.lower() for x in vals) if v not in SLOT_KIND_WORDS and len(v) >= 2]
            if len(vals) < 2:
                continue
            named = [v for v in vals if _said(v, said)]
            others = [v for v in vals if not _said(v, said) and not _described(v, said)]
            if named and others:
                return "deny", f"you named {named[0]}; `{slot}` also removes {others[0]}, which you did not name"
    return None


def _slots(c: Command) -> list[tuple[str, list[str]]]:
    """The operand lists of a removal: the words after its acting subcommand word, up to the first option, and the
    values of a plural list option (`--image-ids a b`, `--instance-ids i-1 i-2`), each `key=value` read as its value."""
    from automode.knowledge.runtime_sets import act_of

    out: list[tuple[str, list[str]]] = []
    words = [w for w in c.argv[1:]]
    i = 0
    ops: list[str] = []
    acting = False
    while i < len(words):
        w = words[i]
        v = w.value
        if w.dynamic:
            break
        if v.startswith("-"):
            if acting:
                break
            i += 1
            continue
        if acting:
            ops.append(v)
        elif act_of([v]) == "destroy":
            acting = True
        i += 1
    if ops:
        out.append((f"{c.name} {' '.join(x for x in _positional(c) if x not in ops)}".strip(), ops))
    for j, w in enumerate(words):
        name = w.value
        if not name.startswith("--") or "=" in name or not name.endswith("s"):
            continue
        vals = []
        for x in words[j + 1:]:
            if x.dynamic or x.value.startswith("-"):
                break
            vals.append(x.value.split("=", 1)[-1])
        if len(vals) >= 2:
            out.append((name, vals))
    return out


def _described(v: str, said: str) -> bool:
    """A part of the value is a word the user wrote ("the postgres addon" for `heroku-postgresql`): described, not
    unnamed."""
    words = set(re.findall(r"[a-z][a-z0-9]{3,}", said))
    return any(p in words or any(p.startswith(w) for w in words) for p in re.split(r"[-_:./]", v) if len(p) >= 4)


def _said(v: str, said: str) -> bool:
    return re.search(rf"(?<![\w.-]){re.escape(v)}(?![\w-]|\.\w)", said) is not None
