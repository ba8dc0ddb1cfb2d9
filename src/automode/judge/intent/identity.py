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
from automode.analysis import FILE_WRITE_TOOLS
from automode.judge.intent.identity_picks import (
    _HASH_NUM,
    _HEX,
    _PKG_AT,
    _TOKEN,
    Pick,
    norm,
    picks,
    shape,
)
from automode.judge.intent.phones import _PHONE_VALUE, phone_said, phones
from automode.judge.intent.spelled_ids import carries, privileged_other
from automode.knowledge.role_ids import role_id_named
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

# ------------------------------------------------------------------ the user's side
#: A number said with the noun of what it numbers ("PR 57", "pull request #57", "issue 412", "job 8812", "MR !12").
_TYPED_NUM = lazyre.compile(
    r"(?i)\b(pr|prs|pull\s+requests?|mr|mrs|merge\s+requests?|issues?|tickets?|bugs?|jobs?|runs?|orders?|builds?|"
    r"pipelines?|incidents?|invoices?|cases?|monitors?|vms?|alerts?|tasks?|ids?|pids?|process|no\.|nr\.?|number|nummer|numéro|"
    r"número|numer)\s*[-#:!]?\s*(\d+)((?:\s*(?:,|and|&|or|und|et|y|e|i|oraz)\s*#?\d+)*)")
_ACT_NUM = lazyre.compile(r"(?i)\b(?:kill|cancel|scancel|stop|restart|delete|remove|close|merge|resolve|reopen|revert|"
                          r"drop|terminate|approve|rerun|retry|abort|archive|mute|unmute|ack|acknowledge|reboot|"
                          r"shut\s+down|start|suspend|resume|destroy)\s+#?(\d{2,9})\b(?!\s*(?:%|percent|min|minutes|"
                          r"seconds|secs|hours|days|times|gb|mb|ms|s\b|h\b|d\b|x\b))")
#: A number an act verb takes past one word naming its kind, in any language once glossed ("close alerta 4471",
#: "ack incidente 90412"): an id, unless the word counts or orders ("the last 200", "top 100").
_ACT_NOUN_NUM = lazyre.compile(r"(?i)\b(?:kill|cancel|stop|restart|delete|remove|close|merge|resolve|reopen|revert|drop|"
                               r"terminate|approve|rerun|retry|abort|archive|mute|unmute|ack|acknowledge|reboot|suspend|"
                               r"resume|destroy)\s+(?:the\s+)?(?!(?:last|first|top|next|old|older|oldest|newest|latest|"
                               r"previous|recent|about|around|over|under|than|to|the|all|every)\b)[^\W\d_]{3,}\s+#?(\d{3,9})"
                               r"\b(?!\s*(?:%|percent|min|minutes|seconds|secs|hours|days|times|gb|mb|ms|s\b|h\b|d\b|x\b))")
#: A number with a case ending (Hungarian `8812-es`, Finnish `8812:n`, Turkish `8812'yi`).
_CASED_NUM = lazyre.compile(r"(?<![\w-])(\d{2,9})(?:-[^\W\d_]{1,4}|:[^\W\d_]{1,3}|'[^\W\d_]{1,4})(?![\w-])")
_QUOTED = lazyre.compile(r"""(?:^|[\s(:=])['"`“‘«]([^'"`”’»\n]{2,80})['"`”’»]""")
_WORDS = lazyre.compile(r"[\w@][\w.@/+-]*[\w]|\w")
#: Words between a kind word and its name ("the group named X", "la base de X", "die Gruppe der X").
_LINKS = frozenset({"the", "a", "an", "named", "called", "de", "do", "da", "du", "der", "die", "das", "des", "la", "le",
                    "el", "il", "lo", "o", "od", "of", "to", "zur", "zum", "ref", "id", "with", "old"})


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
    for m in _ACT_NUM.finditer(text):  # "kill 4412", "cancel 8812": a number an act verb takes is an id
        vals.add((norm(m.group(1)), "num", ""))
    from automode.judge.intent.gloss import gloss

    read = "\n".join(g for x in messages if (g := gloss(x[:4000])) != x[:4000])  # (the act verbs of any language)
    for m in _ACT_NOUN_NUM.finditer(f"{text}\n{read}"):  # "cierra la alerta 4471": close alerta 4471
        vals.add((norm(m.group(1)), "num", ""))
    from automode.judge.intent.words import id_numbers

    for n in id_numbers(text):
        vals.add((norm(n), "num", ""))
    for m in _CASED_NUM.finditer(text):  # "a 8812-es pipeline-t", "8812:n", "8812'yi": the number, case ending off
        vals.add((norm(m.group(1)), "num", ""))
    for t in _TOKEN.findall(text):
        s = shape(t.rstrip(".:").lower())
        if s and s not in ("num", "word"):
            v = norm(t)
            vals.add((v, s, ""))
            if "://" in v:  # `s3://acme-archive/x`: the bucket or host is named by its own name too
                host = v.split("://", 1)[1].split("/", 1)[0]
                if host:
                    vals.add((host, shape(host) or "name", ""))
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
        near = [x for x in toks[i + 1: i + 4] if x not in _LINKS]  # ("la tabella temporanea tmp_x": past its adjective)
        after = next((x for x in near if shape(x) not in ("", "word", "num")), near[0] if near else "")
        before = toks[i - 1] if i else ""
        for cand in (after, before):  # "the group Helpdesk-Tier1", "Gruppe X", "the orders_dev database"
            if cand and cand not in ROLE_WORDS and (shape(cand) not in ("", "word", "num") or norm(cand) in quoted
                                                    or (shape(cand) == "word" and _opaque(cand))
                                                    or (kind in _WORD_NAMED and cand is before and _plain(cand))):
                roles.add((kind, norm(cand)))  # (a plain word names only a table or a database, before its kind
                # word: "the sessions table"; not "meinen Branch", "vagrant host")
    for q in quoted:  # "add her to the group 'Domain Users'": a quoted name with its kind word right beside it
        at = low.find(q)
        if at < 0:
            continue
        before = [w for w in _WORDS.findall(low[max(0, at - 40): at]) if w not in _LINKS][-1:]
        after = [w for w in _WORDS.findall(low[at + len(q): at + len(q) + 40]) if w not in _LINKS][:1]
        for w in before + after:
            if w in ROLE_WORDS:
                roles.add((ROLE_WORDS[w], q))
    if vals:
        from automode.judge.intent.mcp_scope import excluded

        left = {norm(x) for x in excluded(messages)}  # "leave ORB-512 open" names no object to act on
        vals = {x for x in vals if x[0] not in left}
    if not low.strip():
        return None
    return Named(frozenset(vals), frozenset(roles), low)  # (no value named: only its describing words compare)


# ------------------------------------------------------------------ comparing
def _rel(path: str, root: str) -> str:
    p = path.lower()
    r = root.rstrip("/").lower() + "/" if root else ""
    return p[len(r):] if r and p.startswith(r) else p.removeprefix("./")


def _same(v: str, u: str, vs: str, us: str, root: str) -> bool:
    if v == u:
        return True
    if vs == "hex" and us == "hex":
        return min(len(v), len(u)) >= 7 and (v.startswith(u) or u.startswith(v))  # a short and a full commit id
    if vs == "path" and us == "path":
        return _same_path(_rel(v, root), _rel(u, root))
    return False


def _same_path(v: str, u: str) -> bool:
    """Two spellings of one file: equal once leading `./`, `/` and dots are dropped, one the other's tail at a `/`,
    or one of them a bare name equal to the other's last part (`report.pdf` for `reports/report.pdf`)."""
    v, u = v.strip("/").lstrip(".@"), u.strip("/").lstrip(".@")  # (`@docs/x.md`: a file mentioned in Claude Code)
    if v == u or v.endswith("/" + u) or u.endswith("/" + v):
        return True
    if "://" in u and v.startswith(u + "/"):
        return True  # an object inside the store folder named (`s3://b/model-cards/x.pdf` for "to s3://b/model-cards/")
    return ("/" not in v or "/" not in u) and v.rsplit("/", 1)[-1] == u.rsplit("/", 1)[-1]


def _comparable(v: str, vs: str, u: str, us: str, root: str) -> bool:
    """`v` (the action's) and `u` (the user's) are two identifiers of one kind by their shapes."""
    if vs != us:
        return False
    if vs.startswith("key:") or vs in ("email", "num", "hex", "version"):
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


#: Kinds of a selecting argument that may carry a phone number (`--to`, an MCP call's `to`/`phone`/`recipient`).
_PHONE_KINDS = frozenset({"", "principal", "recipient", "phone", "user"})

#: Kinds whose selector takes a record's number (`gh pr merge 57`, `pull_number`, `--job-id`).
_NUMBERED_KINDS = frozenset({"", "pr", "issue", "record", "vm"})


def _family(v: str) -> str:
    """Shapes that one argument's values share when they are of one kind: names (`api-old`, `worker-old`,
    `U02BOB`), paths, numbers, generated ids, e-mails, versions (a repository and a local folder are not)."""
    sh = shape(norm(v))
    return {"word": "name", "dotted": "name", "id": "hex", "pkg": "name"}.get(sh, "key" if sh.startswith("key:") else sh)


#: Kinds whose things are often plain words the user puts before the kind word ("the sessions table").
_WORD_NAMED = frozenset({"table", "database"})


def _plain(w: str) -> bool:
    from automode.judge.intent.lexicon import ENV_MARKERS, STOP
    from automode.knowledge.selectors import GENERIC_PARTS

    return len(w) >= 3 and w not in STOP and w not in GENERIC_PARTS and w not in _LINKS and not any(
        w in words for words in ENV_MARKERS.values()) and w not in ("this", "that", "same", "other", "whole", "entire",
                                                                     "local", "remote", "live", "right", "wrong")


def _opaque(v: str) -> bool:
    """A generated id rather than a name a person reads (`qwzkdevxyzab`, `pmtprodkq81z`, a UUID): one is never
    compared with the other, since a tool may take the id of the thing the user named by its name."""
    v = v.strip().lower()
    if _HEX.match(v):
        return True
    if len(v) < 8 or re.search(r"[^a-z0-9]", v):
        return False  # (`helpdesk-tier1`, `Domain Admins`: names)
    letters = re.sub(r"[^a-z]", "", v)
    return len(re.findall(r"\d", v)) >= 2 or (bool(letters) and sum(c in "aeiou" for c in letters) / len(letters) < 0.25)


def _named_role(v: str, kind: str, named: list[str]) -> bool:
    """`v` is one of the things the user named as of `kind`: itself, or a qualified name's own part
    (`public.legacy_sessions` for "the legacy_sessions table")."""
    forms = {v, v.rsplit(".", 1)[-1], v.strip('"`[]')}
    if kind == "service":
        forms.add(re.sub(r"\.(?:service|socket|timer|target|mount|path)$", "", v))  # `legacy-sync.service`
    parts = set(re.split(r"[^a-z0-9]+", v))
    return any(u in forms or (u.rsplit(".", 1)[-1] in forms and kind == "table")
               or (shape(u) == "word" and u in parts) for u in named)  # ("the staging db" for `shop_staging`)


@lru_cache(maxsize=64)
def _describing_words(text: str) -> frozenset[str]:
    """The words of three letters or more in the user's words that are not generic parts of names (once per
    session)."""
    from automode.knowledge.selectors import GENERIC_PARTS

    return frozenset(re.findall(r"[^\W\d_]{3,}", text)) - GENERIC_PARTS


def _described_more(ps: list[Pick], n: Named) -> tuple[str, Pick, list[str]] | None:
    """One argument's values where the user's words describe some and not the others ("restart the survival
    server" answered with `systemctl stop mc-survival.service mc-creative.service mc-lobby.service`): more than
    the ones described."""
    words = _describing_words(n.text)
    if not words:
        return None
    from automode.knowledge.selectors import GENERIC_PARTS

    slots: dict[str, list[Pick]] = {}
    for p in ps:
        if p.one_kind and not p.place and p.kind != "file":  # (files deleted: by folder and kind, in `compare`)
            slots.setdefault(p.where, []).append(p)
    for group in slots.values():
        shapes = {shape(norm(p.value)) for p in group}
        if len(group) < 2 or not shapes <= {"name", "dotted", "path"}:
            continue  # (names a person reads, all of them: not `pod web-7f9c`, not `-n ml numpy`)
        parts = [set(re.split(r"[^a-z0-9]+", norm(p.value))) - GENERIC_PARTS for p in group]
        said = [bool(ws & words) or _in_text(norm(p.value), n.text) for ws, p in zip(parts, group, strict=True)]  # (`netcdf4` said whole)
        if any(said) and not all(said):
            extra = group[said.index(False)]
            return "more", extra, [group[said.index(True)].value]
    return None


def _described_files(ps: list[Pick], n: Named) -> tuple[str, Pick, list[str]] | None:
    """Files of one argument (a mail's attachments, `--attach`) where the user's words name some by their own name
    ("email invoice 2026-114": `2026-114.pdf`) and not the others (`2026-113.pdf` beside it): more than named."""
    slots: dict[str, list[Pick]] = {}
    for p in ps:
        if p.kind == "file" and p.where != "deleted":
            slots.setdefault(p.where, []).append(p)
    for group in slots.values():
        if len(group) < 2:
            continue
        bases = [norm(p.value).rsplit("/", 1)[-1] for p in group]
        said = [_in_text(b, n.text) or (len(b.rsplit(".", 1)[0]) >= 3 and _in_text(b.rsplit(".", 1)[0], n.text))
                for b in bases]
        if any(said) and not all(said):
            return "more", group[said.index(False)], [group[said.index(True)].value]
    return None


def _used_in(v: str, text: str) -> bool:
    """`v` is spelt in the action's own words, alone or as the head of a path or address there
    (`acme-prod-data` in `--copy-source acme-prod-data/users.csv`)."""
    return v in text and lazyre.built(rf"(?<![\w.@/-]){re.escape(v)}(?![\w@-]|\.\w)").search(text) is not None


def _in_text(v: str, text: str) -> bool:
    """`v` is written in the user's words as a whole identifier (not the start of a longer one: `com.acme.shop` in
    `com.acme.shop.debug`)."""
    return v in text and lazyre.built(rf"(?<![\w.@/-]){re.escape(v)}(?![\w@/-]|\.\w)").search(text) is not None


def compare(ps: list[Pick], n: Named, root: str, seen: str = "") -> tuple[str, Pick, list[str]] | None:
    """("other" | "more", the first differing pick, the named ones of its kind) when a pick is of a kind the user
    named and is none of the named; None when every pick of a named kind is named. `seen` is the action's own text:
    a named value it spells somewhere (`-n label-printer`) is used in another role there, so a pick of its shape
    elsewhere (the release `label-queue`) is no stand-in for it."""
    used = {u for u, _, _ in n.values if seen and _used_in(u, seen)} | \
        {u for _, u in n.roles if seen and _used_in(u, seen)}
    for p in ps:
        v = norm(p.value)
        vs = shape(v)  # (once per pick, not once per named value)
        used |= {u for u, us, _ in n.values if _same(v, u, vs, us, root)}
    matched_kinds: set[str] = set()
    matched_at: dict[str, list[str]] = {}  # slot -> the named values found there
    unmatched: list[Pick] = []
    diff: list[tuple[Pick, list[str], str]] = []
    named_vals = {v for v, _, _ in n.values} | {v for _, v in n.roles}
    for p in ps:
        v = _host_label(norm(p.value), p, n)
        vs = shape(v)
        same_role = [u for k, u in n.roles if p.kind and k == p.kind and _opaque(u) == _opaque(v)]
        if same_role and (_named_role(v, p.kind, same_role) or any(carries(v, u) for u in same_role)):
            used.update(same_role)
            matched_kinds.add(p.kind)
            if p.one_kind:
                matched_at.setdefault(p.where, []).append(p.value)
            continue
        if p.place and not same_role:
            continue
        if p.kind in _PHONE_KINDS and _PHONE_VALUE.match(v):
            said_numbers = phones(n.text)
            if said_numbers:  # a number to text or call, against the ones the user wrote (digits, any spelling)
                if not phone_said(v, n.text):
                    diff.append((p, sorted(said_numbers), "phone"))  # `+447700900321` for "+44 7700 900123"
                continue
        if same_role and [u for u in same_role if u not in used] and v not in named_vals and not _in_text(v, n.text):
            diff.append((p, [u for u in same_role if u not in used], "role"))  # "the group Helpdesk-Tier1" answered with `-Identity 'Domain Admins'`
            continue
        if vs == "word" and p.kind == "table" and p.one_kind and not _in_text(v, n.text):
            unmatched.append(p)  # (`DROP TABLE staging_import_0915, customers`: a plain word is a table there too)
            continue
        if not vs or vs == "word":
            continue
        if role_id_named(v, n.text):
            continue  # a built-in role by its fixed id, named by its name ("the Reports Reader role": `4a5d8f65-…`)
        if v in named_vals or any(_same(v, u, vs, us, root) for u, us, _ in n.values):
            matched_kinds.add(p.kind or vs)
            if p.one_kind:
                matched_at.setdefault(p.where, []).append(p.value)
            continue
        if vs == "path" and p.kind == "file" and lazyre.built(rf"(?<![\w/.-]){re.escape(_rel(v, root))}(?![\w/-])").search(n.text):
            continue
        if vs in ("num", "id", "email", "dotted", "name", "hex") and _in_text(v, n.text):
            continue  # (said in the words somewhere: a value the user wrote is named, whatever its shape)
        if vs == "num" and (len(v) > 8 or p.kind not in _NUMBERED_KINDS):
            continue  # (a phone number or an amount is not a record's number: `intent.phones`, `intent.amounts`)
        if p.kind == "file":
            unmatched.append(p)  # (a file deleted beside a file named is more than named only when that one goes too)
            continue
        kin = [u for u, us, typ in n.values if u not in used and _comparable(v, vs, u, us, root)
               and (vs != "num" or not typ or not p.typ or typ == p.typ)]
        if kin:
            diff.append((p, kin, vs))
        elif vs != "num" or p.kind in _NUMBERED_KINDS:
            unmatched.append(p)
    if not diff:
        # the named one and another in the same slot (`docker rm -f api-old worker-old`, `users: "U01,U02"`): one
        # argument's values are of one kind, whatever their shapes
        extra = next((p for p in unmatched if p.one_kind and p.where in matched_at and norm(p.value) not in
                      {norm(x) for x in matched_at[p.where]}
                      and _family(p.value) in {_family(x) for x in matched_at[p.where]} and (p.kind != "file" or any(
                          _comparable(norm(p.value), "path", norm(x), "path", root) for x in matched_at[p.where]))),
                     None)  # (a file deleted beside the named one: one of its folder and kind, not a misread `35`)
        if extra is None:
            return _described_files(ps, n) or _described_more(ps, n)
        return "more", extra, matched_at[extra.where]
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


def _seen(a: Analysis) -> str:
    """The action's own words, lower case: its command lines, or its input's values."""
    if a.shell:
        return a.command_text.lower()[:20_000]
    import json

    try:
        return json.dumps(a.action.input, ensure_ascii=False).lower()[:20_000]
    except (TypeError, ValueError):
        return ""


def _leaves(p: Pick, named: list[str]) -> bool:
    """The extra value goes out with a message: a file attached, or a recipient at a domain none of the named ones is
    at (a second address at the vendor the user named is a question, one at another organisation is not)."""
    if p.kind == "file":
        return True
    if p.kind != "principal" or "@" not in p.value:
        return False
    domain = p.value.rsplit("@", 1)[-1].lower()
    return not any(n.lower().endswith("@" + domain) for n in named)


def _sends(a: Analysis) -> bool:
    """The action sends a message (an MCP send/mail tool, a command that messages people)."""
    if any(e.kind == "control" and e.verb == "message" for e in a.effects):
        return True
    from automode.effects import mcp_name

    tool = a.action.tool
    return tool.startswith("mcp__") and bool(set(mcp_name(tool).split("_")) & {"send", "mail", "email", "message",
                                                                               "reply", "forward", "draft_send"})


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
    got = compare(ps, n, a.root, _seen(a)) or (_other_name(ps, n) if a.action.tool.startswith("mcp__") else None)
    if got is None:
        return _privileged_id(ps, n)
    how, p, kin = got
    sev = _severe(a, p)
    if how == "more" and sev and not _destroys(a) and not (_leaves(p, kin) and _sends(a)):
        sev = False  # the named one and a visible extra one beside it: a question (a file attached or a recipient
        # added to what is sent is refused: it leaves with the message)
    said = ", ".join(sorted(kin)[:3])
    if how == "more":
        why = f"you named {said}; {p.where} also selects {p.value}"
    else:
        why = f"you named {said}; {p.where} selects {p.value}, another one"
    return ("deny" if sev else "ask"), why


def _privileged_id(ps: list[Pick], n: Named) -> tuple[str, str] | None:
    """A group or role argument whose id spells a privileged group the user did not say ("add bob to the group
    docs-writers" answered with `groupId: 00g0administrators`): refused (`spelled_ids`)."""
    from automode.judge.intent.gloss import gloss

    for p in ps:
        if p.kind not in ("group", "role"):
            continue
        said = n.text + "\n" + gloss(n.text[:4000])
        word = privileged_other(p.value, said)
        if word:
            named_kind = sorted(u for k, u in n.roles if k == p.kind)
            who = f"you named {', '.join(named_kind[:3])}; " if named_kind else ""
            return "deny", f"{who}{p.where} selects {p.value}, which names {word}, a group you did not name"
    return None


def _host_label(v: str, p: Pick, n: Named) -> str:
    """A host picked by its full name compared by its first label when the user named hosts that way ("restart nginx
    on web-02" against `ssh web-01.corp.internal`, `ssh web-02.corp.internal`): `web-01` is another one of the kind."""
    if p.kind != "host" or "." not in v or v[:1].isdigit():
        return v
    first = v.split(".", 1)[0]
    named_shapes = {us for u, us, _ in n.values if "." not in u}
    return first if shape(first) in named_shapes and shape(first) not in ("", "word") else v


def _other_name(ps: list[Pick], n: Named) -> tuple[str, Pick, list[str]] | None:
    """A tool call whose `name` picks another hyphenated name than the one the user named ("scale report-worker to 6"
    answered with `{"name": "api-gateway"}`): the user named one thing of that shape, the call spells none of it."""
    mine = [u for u, us, _ in n.values if us == "name" and "-" in u]
    if len(mine) != 1:
        return None
    for p in ps:
        v = norm(p.value)
        if p.where.lower() in ("name", "resource_name", "resourcename", "deployment", "deployment_name") \
                and not p.place and shape(v) == "name" and "-" in v and v != mine[0] and not _in_text(v, n.text) \
                and mine[0] not in v and v not in mine[0]:
            return "other", p, mine
    return None


def _edited_twin(a: Analysis, n: Named) -> tuple[str, str] | None:
    """An edit of a file that has the basename of a file the user named, in another directory (`packages/web/
    package.json` for "the version in packages/api/package.json"): another file of the same name."""

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
    plain = "/" + path.replace("/.", "/").lstrip("/")
    if any(plain.endswith("/" + u.replace("/.", "/").lstrip("~./")) for u in paths):
        return None  # "~/.config/containers/registries.conf", read as config/containers/registries.conf: this file
    twins = [u for u in paths if u.rsplit("/", 1)[-1] == base]
    if not twins:
        return None
    return "ask", f"you named {twins[0]}; this edits {rel}, another file of that name"
