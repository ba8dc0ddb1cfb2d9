"""Access granted exactly as said (session 28, T2): the principal, the role, the scope and the lifetime of an access
change, each read from the command (`knowledge.access_forms`) and compared with the user's words.

"Dodaj tkaur v skupino vpn-users v FreeIPA" answered with `ipa group-add-member vpn-users --users=tkaur`, "Daj
użytkownikowi reporting dostęp tylko do odczytu na vhoście /analytics" with `rabbitmqctl set_permissions -p
/analytics reporting '^$' '^$' '.*'`, "svc.local 用の証明書を 1 日だけ有効で発行して" with `step ca certificate
svc.local … --not-after 24h`: every slot the command fills is a value the message says, so the access rules'
question (and the key file the program reads itself, the root it runs as, the principal it deletes) is answered.
The message must not be a question nor say "don't"; a deletion or revocation needs a request that takes away.

A slot beyond the words keeps the change stopped, whatever else would release it:

* a role of a higher level than said (`.*` configure for "read-only", `readwrite` or `consoleAdmin` for `readonly`,
  Owner's GUID for "Reader", `All` for "read"): refused;
* a wider scope (the default vhost `/` or the subscription where a vhost or resource group was said, a cluster role
  binding for a namespace, every topic): refused;
* one principal more than named (`--users=mkraus,pweber`, `-n deploy,root`): refused;
* a longer lifetime than said (`ttl=8760h` for "24 hours", `-days 3650` for "30 days"): refused.

A slot the words do not settle either way (no principal named, a scope or role never mentioned, a lifetime set where
none was said) leaves the decision to the other readings. `settle(found, a)` and `beyond(a)` return ("allow" |
"deny" | "ask", why) or None.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.knowledge.access_forms import Access
    from automode.model import Finding

#: The rules an access change fires on its own account: the access change, a grant on a database, the key file the
#: program reads itself (a CA key, a keytab), the principal it deletes, root for the program that needs it.
RULES = frozenset({"AM-TRUST-003", "AM-DATA-002", "AM-EXFIL-002", "AM-DESTROY-011", "AM-SEC-005"})
#: Levels of the roles of these programs the common table (`roles.ROLE_RANKS`) does not know (RabbitMQ tags and
#: its permission triple, MinIO policies, Kafka operations), on its ladder: read 1 … admin 5.
EXTRA_RANKS = {"configure": 5, "administrator": 5, "impersonator": 5, "policymaker": 4, "management": 1,
               "monitoring": 1, "consoleadmin": 5, "diagnostics": 1, "writeonly": 3, "alter": 4, "alterconfigs": 4,
               "describeconfigs": 1, "clusteraction": 5, "idempotentwrite": 3, "rwx": 3, "rw-": 3, "-w-": 3,
               "+@read": 1, "+@write": 3, "+@keyspace": 3, "+@all": 5, "allcommands": 5, "+@admin": 5,
               "+@dangerous": 5, "+@connection": 1, "+get": 1, "+info": 1, "createrole": 5, "superuser": 5}
#: Verb classes of a request that takes access away.
_TAKES = frozenset({"delete", "rotate", "reset", "revoke", "disable"})
#: A message that says not to ("don't", "never", "nicht", "不要"), read on the message and its gloss.
_NOT = lazyre.compile(r"(?i)\b(?:don'?t|do\s+not|never|not\s+yet|nicht|ne\s+pas|no\s+(?:le|la|les|lo)s?\b|nie\s+|не\s+)|"
                      r"不要|别|しないで|하지\s*마")
#: Words that ask for every object of a scope ("all topics", "every bucket").
#: The wildcard or root said on its own ("on /", "topic *"), not as part of a name (`sales.*`, `/analytics`).
_STANDALONE = {"*": lazyre.compile(r"(?:^|\s)[\"'`]?\*[\"'`]?(?:\s|$|[,.;:])"),
               "/": lazyre.compile(r"(?:^|\s)[\"'`]?/[\"'`]?(?:\s|$|[,.;:])")}
_ALL = lazyre.compile(r"(?i)\b(?:all|every|any|alle[ns]?|tous|toutes|todos|todas|tutti|wszystk\w*|все\w*)\b|全部|すべて|모든")


#: Database consoles whose statements hold grants (`knowledge.grants`: SQL GRANT, SQL Server role members, MongoDB).
SQL_CONSOLES = frozenset({"psql", "mysql", "mariadb", "snowsql", "mongosh", "mongo", "cockroach", "sqlcmd",
                          "clickhouse-client", "usql", "trino", "cqlsh", "pgcli", "mycli", "vsql", "bq"})
#: The schemas a database console acts on when none is named, and the words that name a schema or database.
_DEFAULT_SCHEMAS = frozenset({"public", "dbo"})
_SCHEMA_WORDS = (r"schema\w*|sch[ée]ma\w*|esquema\w*|database|\bdb\b|datenbank\w*|base\s+de\s+datos|banco\s+de\s+dados|"
                 r"baz[aie]\s+danych|база\s+данных|схем\w+|スキーマ|数据库|架构|스키마|데이터베이스")
#: A grant on every database (`ON *.*`), which the statement reader gives no scope.
_EVERY_DB = lazyre.compile(r"(?is)\bGRANT\b.*?\bON\s+\*\.\*")


def maybe(a: Analysis) -> bool:
    """The cheap test: a command of a program the table reads, or a database console."""
    from automode.knowledge.access_forms import PROGRAMS

    return any(c.name in PROGRAMS or c.name in SQL_CONSOLES for c in a.commands)


def _accesses(a: Analysis) -> list[Access]:
    from automode.knowledge.access_forms import Access, read

    out = [x for x in (read(c) for c in a.commands) if x is not None]
    if any(c.name in SQL_CONSOLES for c in a.commands):
        from automode.judge.intent.grant_named import grants

        every = any(_EVERY_DB.search(" ".join(w.value for w in c.argv)[:20_000]) for c in a.commands
                    if c.name in SQL_CONSOLES) or any(e.content and _EVERY_DB.search(e.content[:20_000])
                                                      for e in a.effects if e.kind == "control")
        for g in grants(a):
            scopes = tuple(s for s in g.scopes if s.lower() not in _DEFAULT_SCHEMAS) + (("*",) if every else ())
            default = not scopes and any(s.lower() in _DEFAULT_SCHEMAS for s in g.scopes)  # `public` for "reporting"
            out.append(Access("sql", "grant", tuple(g.accounts), tuple(g.roles), scopes or tuple(g.scopes)[:1] if default
                              else scopes, "", "go", default, _SCHEMA_WORDS, r"\bpublic\b|\bdbo\b", ()))
    return out


@lru_cache(maxsize=512)  # (a fact of the words: read once per session)
def _read_message(text: str) -> tuple[str, bool, frozenset[str], tuple[float, ...]]:
    """(the message and its gloss, lower case; whether it asks for nothing: a question or a "don't"; its verb
    classes; the lengths of time it says, in seconds)."""
    from automode.judge.intent.gloss import gloss
    from automode.judge.intent.said_units import durations
    from automode.judge.intent.text import parse_message

    read = gloss(text[:4000])
    low = f"{text.lower()} \n {read.lower()}"
    m = parse_message(text[:4000])
    clauses = m.clauses
    idle = (bool(clauses) and all(c.question for c in clauses)) or _NOT.search(low) is not None
    verbs = frozenset().union(*(c.verbs for c in clauses if not c.question)) if clauses else frozenset()
    return low, idle, verbs, tuple(durations(text[:4000])) + tuple(durations(read))


def _named(value: str, text: str) -> bool:
    from automode.judge.intent.members import said

    v = value.strip().strip("'\"")
    if not v:
        return False
    if said(v, text):
        return True
    bare = v.split("@", 1)[0] if "/" in v else v  # a Kerberos principal without its realm
    if bare != v and said(bare, text):
        return True
    first = re.split(r"[._@+-]", v.lower(), maxsplit=1)[0]
    return len(first) >= 3 and first != v.lower() and "/" not in first and said(first, text)


#: Words that say "not" before a role ("not an admin", "sin superusuario", "ohne Admin-Rechte", "no owner").
_NEGATORS = r"(?:not|no|without|never|sin|sans|ohne|kein\w*|nicht|non|nie|bez|без|не|não|sem|geen|zonder|inte|utan|ikke|ei|ne|nem|değil|niet)"


def _refused(role: str, low: str) -> bool:
    """The role said under a negation ("a gitea user, not an admin" for `--admin`)."""
    words = [w for w in re.split(r"[/:._\s-]+", role.lower()) if len(w) >= 4] or [role.lower()]
    return any(lazyre.built(rf"\b{_NEGATORS}\s+(?:\w+\s+){{0,2}}?{re.escape(w[:9])}", re.I).search(low) is not None
               for w in words)


def _rank(role: str) -> int:
    from automode.judge.intent.roles import rank_of

    low = role.strip().strip("'\"").lower()
    return EXTRA_RANKS.get(low) or rank_of(role)


def _role_named(role: str, text: str) -> bool:
    from automode.judge.intent.grant_named import _role_named as named

    if named(role.strip("'\""), text):
        return True
    low = role.strip().strip("'\"").lower()
    if len(low) == 36 and low.count("-") == 4:
        from automode.knowledge.role_ids import ROLE_IDS

        name = ROLE_IDS.get(low)
        return name is not None and lazyre.whole(name, text) is not None
    tail = re.split(r"[/:]", low)[-1]
    return tail != low and len(tail) >= 3 and lazyre.whole(tail, text) is not None


#: Certificate profiles and PKI roles by their words: a leaf certificate's (client, server, peer, web), and one that
#: signs others (a CA, an intermediate), which only its own name asks for.
_LEAF = lazyre.compile(r"(?i)(?:^|[-_.])(?:client|server|peer|www|web|leaf|user|host|node|service|svc|default|tls|"
                       r"mtls|email|smime|codesign\w*)(?:$|[-_.\d])")
_SIGNER = lazyre.compile(r"(?i)(?:^|[-_.])(?:ca|intermediate|inter|root|sign|signing|subca|issuer)(?:$|[-_.\d])")


def _profile_named(role: str, text: str) -> bool:
    """A certificate profile or PKI role named by one of its words ("a client cert" for `-profile client-1d`), or a
    leaf certificate's profile where none that signs others is asked for."""
    if _LEAF.search(role) is not None and _SIGNER.search(role) is None:
        return True
    return _role_named(role, text) or any(len(p) >= 3 and not p.isdigit() and lazyre.whole(p, text) is not None
                                          for p in re.split(r"[-_.\d]+", role.lower()))


def _seconds(x: Access) -> float | None:
    from automode.judge.intent.said_units import value_of

    v = x.lifetime.strip().strip("'\"").lower()
    if not v:
        return None
    if "forever" in v or v in ("always", "0", "-1", "inf", "infinite"):
        return float("inf")
    if x.unit == "year" and re.fullmatch(r"\d+(?:\.\d+)?", v):
        return float(v) * 31536000.0  # (`az ad sp create-for-rbac --years 2`)
    got = value_of(v, x.unit)
    if got is None and re.fullmatch(r"\+?\d+\s*(?:months?|years?)", v):
        n = float(re.sub(r"\D", "", v))
        return n * (31536000.0 if "year" in v else 2592000.0)
    return got


def _level_words(low: str) -> int:
    from automode.judge.intent.roles import requested

    return requested(low) or requested(f"access {low}")


#: Verb classes of a request that gives or makes access (add, give, grant, create, issue, set).
_GIVES = frozenset({"grant", "create", "install", "update", "send", "rotate", "deploy", "publish", "config", "write"})
#: Words of a message that puts the act off, keeps it for the user, only looks, or reports it done (read on the
#: message and its English gloss, where no request verb was read).
_NOT_NOW = lazyre.compile(r"(?i)\b(?:later|tomorrow|tonight|next\s+(?:week|month|sprint|time)|after\s+the|myself|i'?ll|"
                          r"i\s+will|let\s+me|wait|until|hold|check|whether|verify|see\s+if|find\s+out|look|why|how|"
                          r"what|which|was|were|already|yesterday|has\s+been|have\s+been)\b")


def _asks_now(a: Analysis, i: int, x: Access, low: str) -> bool:
    """Message `i` asks for this act now: a request in force from it whose verbs give (or take away, for a deletion),
    none of its requests waiting for a condition; or, where no request verb could be read at all ("…에 Reader 역할
    줘", "発行して"), nothing in it that puts the act off, keeps it, only looks or reports it done."""
    from automode.judge.intent.match import session_intent

    intent = session_intent(a.ctx.user_messages, (), ())
    if any(sus.index == i for sus, _why in intent.suspended):
        return False
    mine = [r for r in intent.requests if r.index == i and not r.clause.question]
    if mine:
        want = _TAKES if x.act in ("delete", "revoke") else _GIVES
        if any(r.clause.verbs & want and not r.clause.condition for r in mine):
            return True
        # "… view ロールを付けて" read as a request to read: the level said of the access, nothing that only looks
        return x.act not in ("delete", "revoke") and _level_words(low) > 0 and _NOT_NOW.search(low) is None and all(
            r.clause.verbs <= {"read"} and not r.clause.condition for r in mine)
    m = _read_message(a.ctx.user_messages[i])
    return not m[2] and _NOT_NOW.search(low) is None


def _compare(x: Access, low: str, verbs: frozenset[str], said_times: tuple[float, ...], whole: str,
             role_low: str = "") -> tuple[str, str]:
    """("allow", "") when every slot is said; ("deny" | "ask", why) for a slot beyond the words; ("", why) for a slot
    the words do not settle."""
    from automode.judge.intent.roles import LEVEL_NAMES, requested

    takes = x.act in ("delete", "revoke")
    if takes and not verbs & _TAKES:
        return "", "no request takes it away"
    if not takes and verbs and verbs <= _TAKES:
        return "", "the request takes access away"
    named = [p for p in x.principals if _named(p, low)]
    if len(named) < len(x.principals):
        other = next(p for p in x.principals if p not in named)
        if named or _named(other, whole):
            return "deny", f"this also gives access to `{other}`, which you did not name here"
        return "", "the principal is not named"
    if not x.principals and x.act != "keys":
        return "", "no principal"
    # the level said, or the level of the roles named by their own names ("SELECT on schema reporting": reading)
    scope_low, low = low, role_low or low
    want = requested(low) or requested(f"access {low}") or max(
        (_rank(r) for r in x.roles if x.act != "issue" and _role_named(r, low)), default=0)  # ("die Policy readonly")
    for role in x.roles:
        if x.act == "issue":
            if not _profile_named(role, low):
                return "", f"the profile `{role}` is not named"
            continue
        rank = _rank(role)
        if _refused(role, low):
            return "deny", f"you said not to give `{role}`"
        if _role_named(role, low):
            continue
        if rank and want and rank < want and role_low and role_low != scope_low:
            return "", f"a later message names another role than `{role}`"  # ("actually make it data editor")
        if rank and want and rank <= want:
            continue
        if rank and want:  # (an admin's role for a read or write request is refused, a step up is asked: `grant_named`)
            cap = "deny" if rank >= 5 and want <= 3 else "ask"
            return cap, f"you asked for {LEVEL_NAMES[want]} access; this gives `{role}` ({LEVEL_NAMES[rank]})"
        if rank >= 5:
            return "ask", f"this gives `{role}` ({LEVEL_NAMES[rank]}), which nothing you said asks for"
        return "", f"the role `{role}` is not named"
    low = scope_low
    for scope in x.scopes:
        wide_words = x.scope_words and any(  # ("rolebinding, ei clusterrolebinding": the wide scope said under a "not")
            lazyre.built(rf"\b{_NEGATORS}\s+(?:\w+\s+){{0,1}}?$", re.I).search(low[max(0, m.start() - 24):m.start()]) is None
            for m in lazyre.built(x.scope_words, re.I).finditer(low))
        if x.default_scope:
            if wide_words and not (x.default_words and lazyre.built(x.default_words, re.I).search(low)):
                return "deny", f"this acts on the default ({scope}), not on the one you named"
            continue
        if scope == "cluster" and x.scope_words:
            if not wide_words:
                return "deny", "this gives it across the whole cluster, where you named one place"
            continue
        if scope in ("*", "/") and _STANDALONE.get(scope, _ALL).search(low) is None:
            if _ALL.search(low) is None:
                return "deny", f"this gives it on every {'resource' if scope == '*' else 'path'} (`{scope}`)"
            continue
        if not _named(scope, low):
            return "", f"the scope `{scope}` is not named"
    life = _seconds(x)
    if said_times:
        if life is None:
            return "", "the lifetime is the program's default"
        if life > max(said_times) * 1.08:
            return "deny", f"this is valid for longer (`{x.lifetime}`) than you said"
    elif life is not None and x.act == "issue":
        return "", "a lifetime nobody said"
    return "allow", ""


def _judge(a: Analysis) -> tuple[str, str] | None:
    got = _accesses(a)
    if not got or not a.ctx.user_messages:
        return None
    msgs = a.ctx.user_messages
    whole = "\n".join(m.lower() for m in msgs)
    out: tuple[str, str] | None = None
    for x in got:
        best: tuple[str, str] | None = None
        for i in range(len(msgs) - 1, -1, -1):  # the newest message that names the principals, and what came after
            text = msgs[i]
            low, idle, verbs, times = _read_message(text)
            if x.principals and not any(_named(p, low) for p in x.principals):
                continue
            if idle or not _asks_now(a, i, x, low):
                return None
            role_low = low
            for later in msgs[i + 1:]:  # "actually make it data editor": a later message names the role or place
                more = _read_message(later)
                low, times = f"{low} \n {more[0]}", more[3] or times
                if _level_words(more[0]) or any(_role_named(r, more[0]) for r in x.roles):
                    role_low = more[0]  # (the newest message that names a role or a level decides the role)
            verdict, why = _compare(x, low, verbs, times, whole, role_low)
            best = (verdict, why if verdict != "allow" else text.strip()[:160])
            break
        if best is None or not best[0]:
            return None
        if best[0] != "allow":
            return best
        out = out or best
    return out


def _keys_only(found: list[Finding], a: Analysis) -> bool:
    """Every secret file the action reads is a key file an access command takes itself (a CA key, a keytab)."""
    keys = {k.rsplit("/", 1)[-1] for x in _accesses(a) for k in x.keys}
    reads = [e.target for e in a.effects if e.kind == "read" and e.pclass == "secret"]
    return bool(reads) and all(t.rsplit("/", 1)[-1] in keys for t in reads)


def settle(found: list[Finding], a: Analysis) -> tuple[str, str] | None:
    """The access change read slot by slot, when every finding still standing is one it fires on its own account
    (`RULES`) and none is a floor: ("allow", the words) or ("deny" | "ask", why); None otherwise."""
    from automode.knowledge.access_forms import PROGRAMS

    pending = [f for f in found if f.verdict != "allow"]
    if not pending or any(f.rule.floor or f.rule.id not in RULES for f in pending) or not maybe(a):
        return None
    if any(f.rule.id == "AM-EXFIL-002" for f in pending) and not _keys_only(found, a):
        return None
    if any(f.rule.id == "AM-SEC-005" for f in pending) and any(
            c.privileged and c.name not in PROGRAMS and c.name not in SQL_CONSOLES for c in a.commands):
        return None
    got = _judge(a)
    if got is not None and got[0] == "allow" and any(f.rule.id == "AM-DESTROY-011" for f in pending) and not any(
            x.act in ("delete", "revoke") for x in _accesses(a)):
        return None
    return got


def beyond(a: Analysis) -> tuple[str, str] | None:
    """An access change no rule stopped whose slot goes beyond the words ("principal deploy" answered with `-n
    deploy,root`): ("deny" | "ask", why); None when it is as said or the words do not settle it."""
    got = _judge(a)
    return got if got is not None and got[0] != "allow" else None
