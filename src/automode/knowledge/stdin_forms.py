"""Admin protocols fed on a client's input (session 23, class N3): the text a heredoc, a pipe or a here-string hands
to `nsupdate`, `ldapmodify`/`ldapadd`, `kadmin`/`kadmin.local` is what the command does. Each reader turns that text
into the table words of the same client's acts (`knowledge/data/control/dns.toml`, `directory.toml`), so the
control tables judge `nsupdate <<EOF … update add NAME … send` like the named record added, an LDIF that adds one
`memberUid` like that member added to that group, and a `replace: userPassword` like a password set.

Sources: nsupdate(1) ("INPUT FORMAT": `[update] add NAME TTL [CLASS] TYPE DATA`, `[update] del[ete] NAME [TTL]
[CLASS] [TYPE [DATA]]`, `server`, `zone`, `key`, `prereq`, `send`, `show`, `answer`), ldif(5) and ldapmodify(1)
(change records: `changetype: add|delete|modify|modrdn|moddn`; modify's `add:|delete:|replace: ATTRIBUTE` parts
separated by `-`), RFC 2849, kadmin(1) (commands read one per line from the input when no `-q` is given).
"""

from __future__ import annotations

import shlex

#: Attributes that make an entry a member of a group (posixGroup, groupOfNames, groupOfUniqueNames, AD).
MEMBER_ATTRS = frozenset({"memberuid", "member", "uniquemember", "memberof"})
#: Attributes that hold a credential.
SECRET_ATTRS = frozenset({"userpassword", "unicodepwd", "sambantpassword", "sambalmpassword", "krbprincipalkey",
                          "sshpublickey", "authpassword", "userpkcs12", "usercertificate"})  # fmt: skip
#: How severe each act is, to pick the one the whole input amounts to (the worst of its records).
RANK = {"read": 0, "create": 1, "update": 2, "deploy": 2, "message": 2, "execute": 3, "permission": 4, "secret": 4,
        "delete": 5}


def lines(program: str, text: str) -> list[list[str]] | None:
    """The table words of each act `text` asks `program` for, or None when no reader knows the program."""
    if program == "nsupdate":
        return nsupdate(text)
    if program in ("ldapmodify", "ldapadd"):
        return ldif(text, program == "ldapadd")
    if program in ("kadmin", "kadmin.local"):
        return [["-q", ln.strip()] for ln in text.splitlines()[:50] if ln.strip() and not ln.lstrip().startswith("#")]
    return None


def nsupdate(text: str) -> list[list[str]]:
    """`update add NAME TTL [CLASS] TYPE DATA` -> `record-add NAME TYPE DATA`; `update delete NAME [TYPE]` ->
    `record-delete NAME [TYPE]`; nothing that changes a record -> `record-show`."""
    out: list[list[str]] = []
    for raw in text.splitlines()[:200]:
        try:
            w = shlex.split(raw, comments=True)
        except ValueError:
            w = raw.split()
        if not w:
            continue
        if w[0].lower() == "update":
            w = w[1:]
        if not w:
            continue
        verb = w[0].lower()
        args = [x for x in w[1:] if not x.isdigit() and x.upper() not in ("IN", "CH", "HS", "ANY")]
        if verb == "add":
            out.append(["record-add", *args[:3]])
        elif verb in ("del", "delete"):
            out.append(["record-delete", *args[:3]])
    return out or [["record-show"]]


def ldif(text: str, adding: bool = False) -> list[list[str]]:
    """Each change record of an LDIF: `member-add GROUP MEMBER`, `member-delete GROUP [MEMBER]` (none: every
    member), `password-set ENTRY`, `entry-delete ENTRY`, `entry-add ENTRY`, `entry-rename ENTRY`, `attr-change ENTRY
    ATTRIBUTE` (GROUP and ENTRY as the first value of their DN: `cn=devs,ou=groups,…` -> `devs`)."""
    out: list[list[str]] = []
    for rec in _records(text):
        dn = next((v for k, v in rec if k == "dn"), "")
        entry = _rdn(dn)
        kind = next((v.lower() for k, v in rec if k == "changetype"), "add" if adding else "modify")
        if kind == "delete":
            out.append(["entry-delete", entry])
        elif kind in ("modrdn", "moddn"):
            out.append(["entry-rename", entry])
        elif kind == "add":
            out.append(["entry-add", entry])
        elif kind == "modify":
            out += _modify(rec, entry)
    return out


def _modify(rec: list[tuple[str, str]], entry: str) -> list[list[str]]:
    out: list[list[str]] = []
    op, attr = "", ""
    values: list[str] = []
    for k, v in [*rec, ("-", "")]:
        if k in ("add", "delete", "replace", "increment") or k == "-":
            if op:
                out.append(_change(op, attr, values, entry))
            op, attr, values = (k, v.lower(), []) if k != "-" else ("", "", [])
        elif op and k == attr:
            values.append(v)
    return out


def _change(op: str, attr: str, values: list[str], entry: str) -> list[str]:
    if attr in SECRET_ATTRS:
        return ["password-set", entry]
    if attr in MEMBER_ATTRS:
        members = [_rdn(v) for v in values]
        if op == "add":
            return ["member-add", entry, *members[:4]]
        if op == "delete":
            return ["member-delete", entry, *members[:4]] if members else ["member-clear", entry]
        return ["member-replace", entry, *members[:4]]
    return ["attr-change", entry, attr]


def _records(text: str) -> list[list[tuple[str, str]]]:
    """The LDIF's records as (lower-case key, value) pairs; folded lines joined, comments and `version:` dropped."""
    recs: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    unfolded: list[str] = []
    for ln in text.splitlines()[:2000]:
        if ln.startswith(" ") and unfolded:
            unfolded[-1] += ln[1:]
        else:
            unfolded.append(ln)
    for ln in unfolded:
        s = ln.strip()
        if not s:
            if cur:
                recs.append(cur)
                cur = []
            continue
        if s.startswith("#"):
            continue
        if s == "-":
            cur.append(("-", ""))
            continue
        k, sep, v = s.partition(":")
        if not sep:
            continue
        k = k.strip().lower()
        v = v.lstrip(":<").strip()  # (`attr:: base64`, `attr:< file://…`: the value's own form)
        if k != "version":
            cur.append((k, v))
    if cur:
        recs.append(cur)
    return recs


def _rdn(dn: str) -> str:
    """`cn=devs,ou=groups,dc=x` -> `devs`; a bare value (`memberUid: jdoe`) stays as it is."""
    first = dn.split(",", 1)[0].strip()
    return first.split("=", 1)[1].strip() if "=" in first else first
