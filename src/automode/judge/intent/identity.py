"""Which object (slot S1): the identifiers the user named against the identifiers in the action's selecting arguments.

The user names an object by an identifier: a number (PR, issue, job), a ticket key, a group or role, a package or
bundle id, a branch, a file, a host, a database, an account or e-mail, an instance id. The action selects its objects
through some of its arguments (which ones is knowledge: `knowledge.selectors`), on every surface: the operands and
selecting flags of a command line (PowerShell `-Identity`/`-Members` too), the values a control-plane operation acts
on, a remote command's host, the files a command deletes, the selecting keys of an MCP call, the identifiers a
sub-agent's brief names, the file an edit writes.

An identifier there of a KIND the user named (the same shape, or the same kind by the word beside it: "the group
Helpdesk-Tier1") that is none of the named ones is another object; the named one plus others of its kind is more than
named. The same object in another spelling is the same (`#57`, `57`, `PR-57`; case; quotes; a path relative or
absolute; `refs/heads/x`). `other_object` returns ("deny" | "ask", why) or None; the judge applies it to any allow
(however it came about) and tightens an ask to a deny where the action destroys, sends or grants.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.script import Command

# ------------------------------------------------------------------ shapes
_EMAIL = lazyre.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_NUM = lazyre.compile(r"^\d+$")
_KEY = lazyre.compile(r"^([a-z][a-z0-9]{0,9})-(\d+)$")
_VERSION = lazyre.compile(r"^v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$")
_PKG_AT = lazyre.compile(r"^(@?[\w.-]+(?:/[\w.-]+)?)@(v?\d[\w.+-]*)$")
_DOTTED = lazyre.compile(r"^[a-z][\w-]*(?:\.[a-z_][\w-]*){2,}$")
#: Number prefixes that only say what the number is (`PR-57`, `MR!12`, `GH-4`), not a project's key.
_NUM_PREFIX = {"pr": "pr", "mr": "pr", "pull": "pr", "gh": "", "issue": "issue", "bug": "issue"}


def shape(v: str) -> str:
    """The shape of one identifier: email, num, key:<prefix>, version, pkg, dotted, path, id, name, word ("" when it
    names nothing: free text, an option, a run-time value)."""
    if not v or len(v) > 200 or any(c in v for c in " \n$`{}*?") or v.startswith("-"):
        return ""
    if _EMAIL.match(v):
        return "email"
    if _NUM.match(v):
        return "num"
    m = _KEY.match(v)
    if m is not None:
        return "num" if m.group(1) in _NUM_PREFIX else f"key:{m.group(1)}"
    if _VERSION.match(v):
        return "version"
    if _PKG_AT.match(v):
        return "pkg"
    if "/" in v:
        return "path"
    from automode.judge.intent.drift import _ID_SHAPES

    if any(p.match(v) for p in _ID_SHAPES):
        return "id"
    from automode.judge.intent.drift import _FILE

    if _FILE.search(v) is not None:
        return "path"  # a file by its name (`report.pdf`, `users.db`)
    if _DOTTED.match(v):
        return "dotted"  # a bundle or package id (`com.acme.shop.debug`), a host name
    if re.search(r"[-_.:]", v) or (re.search(r"\d", v) and re.search(r"[a-z]", v)):
        return "name"
    return "word"


def norm(v: str) -> str:
    """One spelling of an identifier: lower case, no quotes or trailing punctuation, a number without its `#`/`PR-`,
    a branch without `refs/heads/`."""
    v = v.strip().strip("'\"`").rstrip(".,;:!?)").lower()
    v = v.removeprefix("refs/heads/").removeprefix("./")
    if v[:1] in "#!" and v[1:].isdigit():
        return v[1:].lstrip("0") or "0"
    m = _KEY.match(v)
    if m is not None and m.group(1) in _NUM_PREFIX:
        return m.group(2).lstrip("0") or "0"
    if v.isdigit():
        return v.lstrip("0") or "0"
    return v


# ------------------------------------------------------------------ the user's side
#: A number said with the noun of what it numbers ("PR 57", "pull request #57", "issue 412", "job 8812", "MR !12").
_TYPED_NUM = lazyre.compile(
    r"(?i)\b(pr|prs|pull\s+requests?|mr|mrs|merge\s+requests?|issues?|tickets?|bugs?|jobs?|runs?|orders?|builds?|"
    r"pipelines?|incidents?|invoices?|cases?|monitors?|vms?|alerts?|tasks?|ids?|no\.|nr\.?|number|nummer|numéro|"
    r"número|numer)\s*[-#:!]?\s*(\d+)((?:\s*(?:,|and|&|or|und|et|y|e|i|oraz)\s*#?\d+)*)")
_HASH_NUM = lazyre.compile(r"(?<![\w&])[#!](\d+)\b")
_TOKEN = lazyre.compile(r"[\w@][\w.@/:+~-]*[\w]|\w")
_QUOTED = lazyre.compile(r"""(?:^|[\s(:=])['"`“‘«]([^'"`”’»\n]{2,80})['"`”’»]""")
_WORDS = lazyre.compile(r"[\w@][\w.@/+-]*[\w]|\w")
#: Words between a kind word and its name ("the group named X", "la base de X", "die Gruppe der X").
_LINKS = frozenset({"the", "a", "an", "named", "called", "de", "do", "da", "du", "der", "die", "das", "des", "la", "le",
                    "el", "il", "lo", "o", "od", "of", "to", "zur", "zum"})


def _num_type(noun: str) -> str:
    n = noun.lower()
    if n.startswith(("pr", "pull", "mr", "merge")):
        return "pr"
    if n.startswith(("issue", "ticket", "bug")):
        return "issue"
    return ""


class Named:
    """The identifiers the user named: (normalised value, shape, type) plus the kinds their words give them."""

    __slots__ = ("roles", "text", "values")

    def __init__(self, values: frozenset[tuple[str, str, str]], roles: frozenset[tuple[str, str]], text: str) -> None:
        self.values = values  # (norm value, shape, num type or "")
        self.roles = roles  # (kind, norm value): "the group Helpdesk-Tier1"
        self.text = text


@lru_cache(maxsize=256)
def named(messages: tuple[str, ...]) -> Named | None:
    """What the user's messages name (every message: an object named anywhere in the session is a named one)."""
    from automode.knowledge.selectors import ROLE_WORDS

    text = "\n".join(m[:20_000] for m in messages)
    vals: set[tuple[str, str, str]] = set()
    roles: set[tuple[str, str]] = set()
    for m in _TYPED_NUM.finditer(text):
        typ = _num_type(m.group(1))
        for n in [m.group(2), *re.findall(r"\d+", m.group(3) or "")]:
            vals.add((norm(n), "num", typ))
    for m in _HASH_NUM.finditer(text):
        vals.add((norm(m.group(1)), "num", ""))
    from automode.judge.intent.words import id_numbers

    for n in id_numbers(text):
        vals.add((norm(n), "num", ""))
    for t in _TOKEN.findall(text):
        s = shape(t.rstrip(".:"))
        if s and s not in ("num", "word"):
            v = norm(t)
            vals.add((v, s, ""))
            p = _PKG_AT.match(v)
            if p is not None:
                vals.add((p.group(1), shape(p.group(1)) or "name", ""))
    for m in _QUOTED.finditer(text):
        vals.add((norm(m.group(1)), shape(m.group(1).lower()) or "quoted", ""))
    low = text.lower()
    quoted = {norm(m.group(1)) for m in _QUOTED.finditer(text)}
    toks = _WORDS.findall(low)
    for i, t in enumerate(toks):
        kind = ROLE_WORDS.get(t)
        if not kind:
            continue
        after = next((x for x in toks[i + 1: i + 4] if x not in _LINKS), "")
        before = toks[i - 1] if i else ""
        for cand in (after, before):  # "the group Helpdesk-Tier1", "Gruppe X", "the orders_dev database"
            if cand and cand not in ROLE_WORDS and (shape(cand) not in ("", "word", "num") or norm(cand) in quoted):
                roles.add((kind, norm(cand)))
    for q in quoted:  # "add her to 'Domain Users'": a quoted name with a kind word beside it
        at = low.find(q)
        near = _WORDS.findall(low[max(0, at - 30): at] + " " + low[at + len(q): at + len(q) + 30]) if at >= 0 else []
        for w in near:
            if w in ROLE_WORDS:
                roles.add((ROLE_WORDS[w], q))
    if not vals and not roles:
        return None
    return Named(frozenset(vals), frozenset(roles), low)


# ------------------------------------------------------------------ the action's side
class Pick:
    """One identifier an action selects, with the kind its slot gives it and where it was read."""

    __slots__ = ("kind", "typ", "value", "where")

    def __init__(self, value: str, kind: str, where: str, typ: str = "") -> None:
        self.value, self.kind, self.where, self.typ = value, kind, where, typ


def _cmdlet_picks(c: Command) -> list[Pick]:
    from automode.knowledge.selectors import PS_READ_VERBS, ps_kind

    verb = c.name.split("-", 1)[0]
    if verb in PS_READ_VERBS:
        return []
    out: list[Pick] = []
    argv = [w for w in c.argv[1:]]
    for i, w in enumerate(argv):
        if not w.value.startswith("-") or w.dynamic:
            continue
        name, _, inline = w.value.partition(":")
        kind = ps_kind(c.name, name)
        if kind is None:
            continue
        raw = inline if inline else (argv[i + 1].value if i + 1 < len(argv) and not argv[i + 1].dynamic else "")
        for v in re.split(r"\s*,\s*", raw):
            if v and not v.startswith("-"):
                out.append(Pick(v.strip("'\""), kind, f"{c.argv[0].value} {name}"))
    return out


def _flag_picks(c: Command) -> list[Pick]:
    from automode.knowledge.selectors import BOOLEAN_FLAGS, flag_kind

    out: list[Pick] = []
    words = [w for w in c.argv[1:]]
    for i, w in enumerate(words):
        if w.dynamic or not w.value.startswith("--"):
            continue
        flag, eq, val = w.value.partition("=")
        kind = flag_kind(flag)
        if kind is None or (flag in BOOLEAN_FLAGS and flag != "--delete"):
            continue
        vals = [val] if eq else [x.value for x in words[i + 1:] if not x.dynamic][:20]
        for v in vals:
            if v.startswith("-"):
                break
            for part in v.split(","):
                out.append(Pick(part, kind, f"{c.name} {flag}"))
            if eq or flag not in ("--instance-ids", "--ids", "--to", "--cc", "--bcc", "--attach", "--delete"):
                break
    return out


def _git_picks(c: Command) -> list[Pick]:
    args = [w.value for w in c.argv[1:] if not w.dynamic]
    if not args:
        return []
    if args[0] == "push" and ("--delete" in args or "-d" in args or any(a.startswith(":") for a in args)):
        ops = [a for a in args[1:] if not a.startswith("-")]
        return [Pick(a.lstrip(":"), "branch", "git push") for a in ops[1:]]
    if args[0] == "branch" and any(a in ("-d", "-D", "--delete") for a in args):
        return [Pick(a, "branch", "git branch") for a in args[1:] if not a.startswith("-")]
    return []


def picks(a: Analysis) -> list[Pick]:
    """The identifiers the action selects, on every surface, from the parts of it that change something."""
    tool = a.action.tool
    inp = a.action.input
    out: list[Pick] = []
    if tool.startswith("mcp__"):
        from automode.judge.intent.envdrift import _reads_only

        if _reads_only(a):
            return []
        from automode.knowledge.saas_args import keys_of
        from automode.knowledge.selectors import NOT_SELECT_KEY, SELECT_KEY, key_kind

        for k, v in keys_of(inp):
            if NOT_SELECT_KEY.match(k) or not SELECT_KEY.match(k):
                continue
            for x in (v if isinstance(v, list) else [v]):
                if isinstance(x, (str, int)) and not isinstance(x, bool):
                    kind = key_kind(k)
                    out.append(Pick(str(x), kind, k, kind if kind in ("pr", "issue") else ""))
        return out
    if tool in ("Task", "Agent"):
        prompt = inp.get("prompt")
        if isinstance(prompt, str):
            out += [Pick(m.group(1), "", "the sub-agent's brief") for m in _HASH_NUM.finditer(prompt[:8000])]
            out += [Pick(t, "", "the sub-agent's brief") for t in _TOKEN.findall(prompt[:8000])
                    if shape(t.lower()) in ("email",) or shape(t.lower()).startswith("key:")]
        return out
    if not a.shell:
        return out
    from automode.judge.intent.envdrift import READONLY
    from automode.knowledge.control import classify, places
    from automode.knowledge.selectors import HOST_OPERAND, NUMBERED

    for c in a.commands:
        if c.name in READONLY or not c.argv:
            continue
        if c.remote and ":" not in c.remote and c.name not in HOST_OPERAND:  # (ssh's host; not `container:node:20`)
            out.append(Pick(c.remote.split("@")[-1], "host", "the remote host"))
        if re.match(r"^[a-z]+-[a-z]", c.name) and "-" in c.name and c.argv[0].value[:1].isupper():
            out += _cmdlet_picks(c)
            continue
        if c.name == "git":
            out += _git_picks(c)
            continue
        e = classify(c)
        if e is None or e.verb in ("", "read"):
            continue
        where = set(places(c))
        args = c.args
        typ = next((t for (p, sub), t in NUMBERED.items() if c.name == p and args[:1] == [sub]), "")
        flagged = _flag_picks(c)
        taken = {p.value for p in flagged}
        out += flagged
        out += [Pick(v, "", f"`{c.name}`", typ) for v in e.values if v not in where and v not in taken]
    for e in a.effects:
        if e.kind == "delete" and not e.recursive and e.pclass in ("project", "artefact", "temp", "home"):
            out.append(Pick(e.target, "file", "deleted"))
    return out


# ------------------------------------------------------------------ comparing
def _rel(path: str, root: str) -> str:
    p = path.lower()
    r = root.rstrip("/").lower() + "/" if root else ""
    return p[len(r):] if r and p.startswith(r) else p.removeprefix("./")


def _same(v: str, u: str, vs: str, us: str, root: str) -> bool:
    if v == u:
        return True
    if vs == "path" and us == "path":
        return _same_path(_rel(v, root), _rel(u, root))
    return False


def _same_path(v: str, u: str) -> bool:
    """Two spellings of one file: equal once leading `./`, `/` and dots are dropped, one the other's tail at a `/`,
    or one of them a bare name equal to the other's last part (`report.pdf` for `reports/report.pdf`)."""
    v, u = v.strip("/").lstrip("."), u.strip("/").lstrip(".")
    if v == u or v.endswith("/" + u) or u.endswith("/" + v):
        return True
    return ("/" not in v or "/" not in u) and v.rsplit("/", 1)[-1] == u.rsplit("/", 1)[-1]


def _comparable(v: str, vs: str, u: str, us: str, root: str) -> bool:
    """`v` (the action's) and `u` (the user's) are two identifiers of one kind by their shapes."""
    if vs != us:
        return False
    if vs.startswith("key:") or vs in ("email", "num"):
        return True
    if vs == "id":
        from automode.judge.intent.drift import siblings

        return siblings(v, u)
    if vs == "dotted":
        lv, lu = v.split("."), u.split(".")
        return lv[:2] == lu[:2] or lv[-2:] == lu[-2:]
    if vs == "pkg":
        pv, pu = _PKG_AT.match(v), _PKG_AT.match(u)
        return pv is not None and pu is not None and pv.group(1) == pu.group(1)
    if vs == "path":
        rv, ru = _rel(v, root), _rel(u, root)
        dv, bv = rv.rsplit("/", 1) if "/" in rv else ("", rv)
        du, bu = ru.rsplit("/", 1) if "/" in ru else ("", ru)
        ext_v, ext_u = bv.rsplit(".", 1)[-1] if "." in bv else "", bu.rsplit(".", 1)[-1] if "." in bu else ""
        return bool("/" in ru and ((dv == du and ext_v == ext_u and ext_v) or (bv == bu and dv != du)))
    if vs == "name":
        from automode.judge.intent.drift import siblings

        return siblings(v, u)
    return False


#: Kinds whose selector takes a record's number (`gh pr merge 57`, `pull_number`, `--job-id`).
_NUMBERED_KINDS = frozenset({"", "pr", "issue", "record", "vm"})


def _in_text(v: str, text: str) -> bool:
    """`v` is written in the user's words as a whole identifier (not the start of a longer one: `com.acme.shop` in
    `com.acme.shop.debug`)."""
    return re.search(rf"(?<![\w.@/-]){re.escape(v)}(?![\w@/-]|\.\w)", text) is not None


def compare(ps: list[Pick], n: Named, root: str) -> tuple[str, Pick, list[str]] | None:
    """("other" | "more", the first differing pick, the named ones of its kind) when a pick is of a kind the user
    named and is none of the named; None when every pick of a named kind is named."""
    matched_kinds: set[str] = set()
    diff: list[tuple[Pick, list[str], str]] = []
    named_vals = {v for v, _, _ in n.values} | {v for _, v in n.roles}
    for p in ps:
        v = norm(p.value)
        vs = shape(v)
        same_role = [u for k, u in n.roles if p.kind and k == p.kind]
        if same_role and v not in named_vals and not _in_text(v, n.text):
            diff.append((p, same_role, "role"))  # "the group Helpdesk-Tier1" answered with `-Identity 'Domain Admins'`
            continue
        if not vs or vs == "word":
            continue
        if v in named_vals or any(_same(v, u, vs, us, root) for u, us, _ in n.values):
            matched_kinds.add(p.kind or vs)
            continue
        if vs == "path" and p.kind == "file" and re.search(rf"(?<![\w/.-]){re.escape(_rel(v, root))}(?![\w/-])", n.text):
            continue
        if vs in ("num", "id", "email", "dotted", "name") and _in_text(v, n.text):
            continue  # (said in the words somewhere: a value the user wrote is named, whatever its shape)
        if vs == "num" and (len(v) > 8 or p.kind not in _NUMBERED_KINDS):
            continue  # (a phone number or an amount is not a record's number: `intent.phones`, `intent.amounts`)
        kin = [u for u, us, typ in n.values if _comparable(v, vs, u, us, root)
               and (vs != "num" or not typ or not p.typ or typ == p.typ)]
        if kin:
            diff.append((p, kin, vs))
    if not diff:
        return None
    p, kin, how = diff[0]
    more = (p.kind or shape(norm(p.value))) in matched_kinds or how in matched_kinds
    return ("more" if more else "other"), p, kin


def _severe(a: Analysis, p: Pick) -> bool:
    """The action destroys, sends, publishes or grants (or the pick is a privileged group): a differing object is
    refused, not asked."""
    from automode.knowledge.selectors import PRIVILEGED

    if PRIVILEGED.match(p.value.strip()):
        return True
    if any(e.kind == "control" and e.verb in ("delete", "permission", "publish", "message", "deploy") for e in a.effects):
        return True
    tool = a.action.tool
    if tool.startswith("mcp__"):
        from automode.effects import mcp_name

        words = set(mcp_name(tool).split("_"))
        return bool(words & {"delete", "remove", "destroy", "purge", "merge", "send", "transfer", "pay", "grant",
                             "invite", "share", "publish", "upload", "post", "terminate", "drop"})
    if a.shell:
        return any((re.match(r"^(?:remove|disable|revoke|grant|add)-", c.name) and "member" in c.name) or
                   c.name.startswith(("remove-", "disable-", "revoke-", "grant-")) for c in a.commands)
    return False


def _destroys(a: Analysis) -> bool:
    if any(e.kind == "delete" or (e.kind == "control" and e.verb == "delete") for e in a.effects):
        return True
    from automode.effects import mcp_name

    tool = a.action.tool
    return tool.startswith("mcp__") and bool(set(mcp_name(tool).split("_")) & {"delete", "remove", "destroy", "purge",
                                                                               "terminate", "drop"})


def other_object(a: Analysis) -> tuple[str, str] | None:
    """("deny" | "ask", why) when the action selects an object of a kind the user named that is not the named one,
    or the named one and more of its kind; None otherwise (or when the user named no identifier)."""
    if not a.ctx.user_messages:
        return None
    n = named(tuple(a.ctx.user_messages))
    if n is None:
        return None  # (the user's side first, once per session: most requests name no identifier)
    ps = picks(a)
    if not ps:
        return _edited_twin(a, n)
    got = compare(ps, n, a.root)
    if got is None:
        return None
    how, p, kin = got
    sev = _severe(a, p)
    if how == "more" and sev and not _destroys(a):
        sev = False  # the named one and a visible extra one beside it (a cc, a second file): a question
    said = ", ".join(sorted(kin)[:3])
    if how == "more":
        why = f"you named {said}; {p.where} also selects {p.value}"
    else:
        why = f"you named {said}; {p.where} selects {p.value}, another one"
    return ("deny" if sev else "ask"), why


def _edited_twin(a: Analysis, n: Named) -> tuple[str, str] | None:
    """An edit of a file that has the basename of a file the user named, in another directory (`packages/web/
    package.json` for "the version in packages/api/package.json"): another file of the same name."""
    from automode.analysis import FILE_WRITE_TOOLS

    if a.action.tool not in FILE_WRITE_TOOLS:
        return None
    path = a.action.input.get("file_path") or a.action.input.get("path") or a.action.input.get("notebook_path")
    if not isinstance(path, str) or not path:
        return None
    rel = _rel(path, a.root)
    base = rel.rsplit("/", 1)[-1]
    paths = [u for u, us, _ in n.values if us == "path" and "/" in u]
    if not paths or any(_same_path(rel, _rel(u, a.root)) for u in paths):
        return None
    twins = [u for u in paths if u.rsplit("/", 1)[-1] == base]
    if not twins:
        return None
    return "ask", f"you named {twins[0]}; this edits {rel}, another file of that name"
