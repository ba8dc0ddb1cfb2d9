"""An option or a form wider than the verb the user said (session 21, L1; AM-JUDGE-037).

The user names a verb and one object, and the rules' findings are released by that request; the action carries an
option or takes a form that reaches further than the verb (`knowledge.widening`): `git clean -fdx` for "the untracked
files" (the ignored ones too), `argo rollouts promote --full` for "one step", `apt-get purge` where "keep the config"
was said, `terraform destroy` with no `-target` for one resource address, `az group delete` for one storage account
in it, `hub-tool repo rm acme/api` for the tag `acme/api:pr-221`, `adb uninstall` without `-k` where "keep the data"
was said; a removal's form that takes what the user said to keep (`intent.kept_forms`: `virsh undefine
--remove-all-storage` for "keep the disks", `git worktree remove --force` for "don't force it"). The widening runs only when the user's words name it itself (its option as written, or the words of
`knowledge.widening.WORDS`, as typed or read into English, not negated, asked or taken back since); words that keep
what it removes refuse it. Each row says whether what it adds is refused (a destruction, a gate passed) or asked.

`widened(a, found)` returns ("deny" | "ask", why) or None; read by `intent.substitutions` on every allow and ask the
user's words reached.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.model import Finding
    from automode.shell.parse import Command

#: The cheap gate: a program some table names.
_PROGRAMS: frozenset[str] | None = None


def _programs() -> frozenset[str]:
    global _PROGRAMS
    if _PROGRAMS is None:
        from automode.knowledge.widening import KEEPERS, PARENTS, ROWS, SELECTORS

        _PROGRAMS = frozenset(p for rows in (ROWS, KEEPERS, SELECTORS, PARENTS) for r in rows for p in r.programs)
    return _PROGRAMS


def widened(a: Analysis, found: tuple[Finding, ...] | list[Finding] = ()) -> tuple[str, str] | None:
    """("deny" | "ask", why) when the action is wider than the verb said and the words never name the widening."""
    if not a.ctx.user_messages or not a.shell or not a.commands:
        return None
    rows = _rows_unnamed(a)
    if rows is not None:
        return rows
    if not any(_dry(c) for c in a.commands):
        from automode.judge.intent.kept_forms import taken

        form = taken(a)  # "keep the config" answered with `dpkg -P`, "leave the resources" with the default cascade
        if form is not None:
            return form
        from automode.judge.intent.kept_names import removed_kept

        named = removed_kept(a)  # "keep the registry container kind-registry" and `… && docker rm -f kind-registry`
        if named is not None:
            return named
        from automode.judge.intent.saved_said import skipped

        cond = skipped(a)  # "export ci-runner-3, then delete it" and `lxc delete ci-runner-3` alone (session 28)
        if cond is not None:
            return cond
        from automode.judge.intent.old_kept import old_removed

        old = old_removed(a)  # "a new key, the old one stays for now" and `gh ssh-key delete 4411` (session 28)
        if old is not None:
            return old
    progs = _programs()
    cmds = [c for c in a.commands if c.name.rsplit("/", 1)[-1] in progs and not _dry(c)]
    if not cmds:
        return None if any(_dry(c) for c in a.commands) else _derived(a)  # `revoke --cascade` (session 23)
    for check in (_option, _keeper, _selector, _parent):
        for c in cmds:
            got = check(c, a)
            if got is not None:
                return got
    return _derived(a)


def _dry(c: Command) -> bool:
    """A dry run, a plan or a preview: it shows what the wider form would take and takes nothing."""
    dry = _dry_options()
    return any(x.split("=", 1)[0].lower() in dry for x in c.args)


@lru_cache(maxsize=1)
def _dry_options() -> frozenset[str]:
    from automode.knowledge.tasks import DRY_OPTIONS

    return DRY_OPTIONS - {"-n", "--list", "--help"}  # (made once, not once per word)


def _short(c: Command) -> str:
    return (c.text or " ".join(w.value for w in c.argv))[:80]


def _pattern(key: str) -> re.Pattern[str]:
    from automode.knowledge.widening import WORDS

    return lazyre.built(rf"(?i)(?<![\w-])(?:{WORDS[key]})")


def _said(a: Analysis, pattern: re.Pattern[str]) -> str | None:
    """The user's words that name the widening (`owncli_said._said`); a clause read as taking one part back ("fully,
    skip the remaining steps") still names it, unless the whole request is withdrawn or held."""
    from automode.judge.intent.owncli_said import _NEGATED, _QUESTION
    from automode.judge.intent.owncli_said import _said as said

    got = said(a, pattern)
    if got is not None:
        return got
    from automode.judge.intent.gloss import gloss
    from automode.judge.intent.stance_withdraw import withdraws_all
    from automode.judge.intent.tail import unread_no
    from automode.judge.intent.text import parse_message

    msgs = tuple(a.ctx.user_messages)
    if not msgs or unread_no(msgs) or any(parse_message(m).hold or withdraws_all(m) for m in msgs[-2:]):
        return None
    for text in (msgs[-1], gloss(msgs[-1])):
        hit = pattern.search(text)
        if hit is not None and not _NEGATED.search(text[: hit.start()]) and not _QUESTION.match(text[hit.end():]):
            return text
    return None


def _literal(opt: str) -> re.Pattern[str]:
    return lazyre.built(rf"(?i)(?<![\w-]){re.escape(opt)}(?![\w-])")


def _kept(a: Analysis, pattern: re.Pattern[str]) -> str | None:
    from automode.judge.intent.attached_said import _kept as kept

    return kept(a, pattern)


def _option(c: Command, a: Analysis) -> tuple[str, str] | None:
    from automode.knowledge.widening import widenings

    for row, opt in widenings(c):
        if row.kind == "extraneous" and _own_prefix(c, a):
            continue
        pat = _pattern(row.said)
        kept = _kept(a, pat)
        if kept is not None:
            return "deny", f"you said {kept!r}; `{_short(c)}` {row.what}"
        if _said(a, pat) is not None or _said(a, _literal(opt)) is not None:
            continue
        how = f"`{opt}`" if opt.startswith("-") else f"the form `{opt}`"
        return row.verdict, f"you did not ask for {how}: `{_short(c)}` {row.what}"
    return None


def _own_prefix(c: Command, a: Analysis) -> bool:
    """The destination is a prefix the user named inside a bucket (`s3://previews/pr-88/` for "under pr-88/"): what
    the sync deletes there is that prefix's own earlier copy, not the bucket's other objects (shared ss-0009)."""
    pos = [w.value for w in c.argv[1:] if not w.dynamic and not w.value.startswith("-")]
    dest = pos[-1] if pos else ""
    if "://" not in dest:
        return False
    path = [x for x in dest.split("://", 1)[1].split("/")[1:] if x]
    if not path:
        return False
    from automode.judge.intent.destroy_named import named_in

    text = "\n".join(a.ctx.user_messages).lower()
    return named_in(path[-1], text)


_KEEP_NEAR = 48


def _keeps(text: str, noun: str) -> str | None:
    """The words of `text` that keep the thing `noun` names ("behold dataene", "keep the release history", "-k")."""
    from automode.knowledge.widening import KEEP, KEPT_NOUNS

    pat = lazyre.built(rf"(?i)(?<![\w-])(?:{KEEP})(?:[^.;!?\n]{{0,{_KEEP_NEAR}}}?)(?<![\w-])(?:{KEPT_NOUNS[noun]})|"
                       rf"(?<![\w-])(?:{KEPT_NOUNS[noun]})(?:[^.;!?\n]{{0,24}}?)(?<![\w-])(?:{KEEP})")
    m = pat.search(text)
    return m.group(0) if m is not None else None


def _keeper(c: Command, a: Analysis) -> tuple[str, str] | None:
    from automode.judge.intent.gloss import gloss
    from automode.knowledge.widening import keepers_left

    rows = keepers_left(c)
    if not rows:
        return None
    for row in rows:
        for m in reversed(a.ctx.user_messages[-2:]):
            words = _keeps(m, row.noun) or _keeps(gloss(m), row.noun)
            if words is not None:
                from automode.judge.intent.kept_forms import detached_named

                if detached_named(a, c, m):
                    return None  # (the kept disk named and detached before the removal: session 28)
                opt = sorted(row.opts)[0]
                return row.verdict, (f"you said {words!r}; `{_short(c)}` leaves out `{opt}`, so {row.without}")
    return None


#: A name as users write it after or before a kind noun.
_NAME = r"[`'\"]?([\w][\w.:/@-]{1,120}[\w])[`'\"]?"
_STOP = frozenset({"the", "a", "an", "from", "in", "of", "on", "to", "for", "and", "or", "with", "that", "this", "it",
                   "its", "my", "our", "your", "only", "just", "de", "da", "do", "du", "des", "la", "le", "les", "el",
                   "los", "las", "der", "die", "das", "den", "dem", "il", "lo", "gli", "i", "e", "y", "und", "et", "só",
                   "solo", "nur", "seulement", "inside", "within", "named", "called", "there", "here", "which", "one",
                   "all", "every", "each", "them", "they", "is", "are", "was", "be", "but", "not", "no", "by", "at",
                   "into", "out", "as", "then", "please", "group", "resource", "account", "storage", "namespace",
                   "project", "stack", "repository", "repo", "bucket", "release", "database", "workspace", "service",
                   "container", "tag", "image", "file", "component", "test", "tests", "snapshot", "snapshots"})
#: An IaC resource address (`google_compute_instance.scratch`, `module.net.aws_vpc.main`, a pulumi URN).
_ADDRESS = lazyre.compile(r"(?i)(?<![\w.])((?:module\.[\w-]+\.)*[a-z][a-z0-9]*_[a-z0-9_]+\.[\w-]+(?:\[[^\]\s]*\])?|"
                          r"urn:pulumi:\S+)")


def _messages(a: Analysis) -> list[str]:
    from automode.judge.intent.gloss import gloss

    out = []
    for m in a.ctx.user_messages[-2:]:
        out.append(m[:4000])
        g = gloss(m[:4000])
        if g != m[:4000]:
            out.append(g)
    return out


def _literal_text(a: Analysis) -> str:
    return "\n".join(c.text or " ".join(w.value for w in c.argv) for c in a.commands).lower()


def _in_action(name: str, literal: str) -> bool:
    n = name.lower().strip("'\"`.,")
    return n in literal or re.sub(r"[-_.:]", "", n) in re.sub(r"[-_.:]", "", literal)


def _children(a: Analysis, nouns: str) -> list[str]:
    """The names the user's words give things of the kinds `nouns` (or IaC addresses for "address") that the action
    never spells."""
    literal = _literal_text(a)
    out: list[str] = []
    for text in _messages(a):
        if nouns == "address":
            found = [m.group(1) for m in _ADDRESS.finditer(text)]
        else:
            # (each form on its own: "the tag 1.4.0-rc1" must not be read as "the" before "tag" and end there)
            before = lazyre.built(rf"(?i)(?<![\w-])(?:{nouns})(?![\w-])\s*[:=]?\s*{_NAME}")
            after = lazyre.built(rf"{_NAME}/?\s+(?:{nouns})(?![\w-])")  # ("the app/ prefix")
            found = [m.group(1) for pat in (before, after) for m in pat.finditer(text)]
        for name in found:
            low = name.lower().rstrip(".,;:")
            if len(low) < 3 or low in _STOP or _in_action(low, literal) or low in out:
                continue
            out.append(low)
    return out


def _selector(c: Command, a: Analysis) -> tuple[str, str] | None:
    from automode.knowledge.widening import unselected

    for row in unselected(c):
        named = _children(a, row.child)
        if not named:
            continue
        if row.child != "address" and _whole_said(a):
            continue
        return row.verdict, f"you named {named[0]}; `{_short(c)}` {row.what}"
    return None


def _whole_said(a: Analysis) -> bool:
    """The newest message asks for all of them ("update all the snapshots", "alle Snapshots")."""
    pat = _pattern("every")
    return any(pat.search(t) for t in _messages(a)[-2:])


#: Separators between a container's name and a member's (`acme/api:pr-221`, `pkg@1.2.3`, `s3://b/key`).
_MEMBER_SEP = (":", "@", "/", "#")


def _parent(c: Command, a: Analysis) -> tuple[str, str] | None:
    from automode.knowledge.widening import parents

    rows = parents(c)
    if not rows:
        return None
    if not _asks_removal(a):
        return None
    literal = _literal_text(a)
    values = [w.value.lower().strip("'\"") for w in c.argv[1:] if not w.dynamic and len(w.value) >= 3]
    for row in rows:
        for text in _messages(a):
            for tok in re.findall(r"[\w][\w.:/@#-]*[\w]", text.lower()):
                if tok in literal:
                    continue
                for v in values:
                    if v.startswith("-"):
                        continue
                    if any(tok.startswith(v + s) for s in _MEMBER_SEP):
                        return "deny", (f"you named {tok}, a part of {v}; `{_short(c)}` removes {row.what}")
        named = _children(a, row.children)
        if named:
            return "deny", f"you named {named[0]}; `{_short(c)}` removes {row.what} around it"
    return None


def _asks_removal(a: Analysis) -> bool:
    """A request of the newest messages asks for a removal (or a stop, for a compose project's services)."""
    from automode.judge.intent.match import session_intent

    intent = session_intent(tuple(a.ctx.user_messages), (), ())
    return any(r.clause.verbs & {"delete", "reset", "kill", "stop", "update"} and not r.clause.question
               for r in intent.requests if r.index >= max(0, len(a.ctx.user_messages) - 2))


def _rows_unnamed(a: Analysis) -> tuple[str, str] | None:
    """A row deletion or update that picks its rows by literals (`WHERE id IN (5012, 5013)`), where the user named
    some of them and not the others: the others are rows nobody named (h21-0034)."""
    if not any(e.kind == "control" and e.verb in ("delete", "update") and e.content for e in a.effects):
        return None
    from automode.judge.intent.destroy_named import _rows, named_in

    text = "\n".join(a.ctx.user_messages).lower()
    for e in a.effects:
        if e.kind != "control" or e.verb not in ("delete", "update") or not e.content or _rows(e.content) is None:
            continue
        for _col, lits in _columns(e.content):  # (`id IN (42, 43) AND is_test = 1`: the ids, apart from the flag)
            named = [x for x in lits if named_in(x, text)]
            other = [x for x in lits if not named_in(x, text)]
            if named and other:
                return "deny", (f"you named {named[0]}; `{e.content[:70]}` also {e.verb}s the row {other[0]}, which "
                                "you did not name")
    return None


_COMPARE = lazyre.compile(r"(?is)([\w.\"`]+)\s*(?:=\s*('[^']*'|\d+)|in\s*\(\s*((?:(?:'[^']*'|\d+)\s*,?\s*)+)\))")
_LIT = lazyre.compile(r"'([^']*)'|(\d+)")


def _columns(sql: str) -> list[tuple[str, list[str]]]:
    """The literals a row deletion's predicate compares each column with (`id IN (5012, 5013)` -> id: 5012, 5013)."""
    pred = re.split(r"(?i)\bwhere\b", sql, maxsplit=1)[-1]
    cols: dict[str, list[str]] = {}
    for m in _COMPARE.finditer(pred[:4000]):
        col = m.group(1).strip("\"`").lower().rsplit(".", 1)[-1]
        cols.setdefault(col, []).extend(x or y for x, y in _LIT.findall(m.group(2) or m.group(3)))
    return list(cols.items())


def _derived(a: Analysis) -> tuple[str, str] | None:
    """The act on the object named carried to what was derived from it (session 23, N4): "revoke API key k_8f21"
    answered with `keyctl revoke --key k_8f21 --cascade` (every key derived from it), "delete report.csv" with `mc rm
    --versions` (every version); `knowledge.derived` says which options do that, for any program. Released when the
    user's words name the derived objects or the option; refused when they keep them, asked otherwise."""
    from automode.knowledge.derived import SAID, derived

    got = [(c, hit) for c in a.commands if not c.substituted and (hit := derived(c)) is not None]
    if not got:
        return None
    pat = lazyre.built(rf"(?i)(?<![\w-])(?:{SAID})")
    for c, (opt, what) in got:
        kept = _kept(a, pat)
        if kept is not None:
            return "deny", f"you said {kept!r}; with `{opt}`, `{_short(c)}` {what}"
        if _said(a, pat) is not None or _said(a, _literal(opt)) is not None or \
                _said(a, _literal(opt.lstrip("-"))) is not None:
            continue
        return "ask", f"you did not ask for `{opt}`: `{_short(c)}` {what}"
    return None

