"""The user's role or set name inside a body, a plain word or a name argument (session 20, K2, helper `slots`;
AM-JUDGE-030 through `intent.slots.changed`).

"add nomsa to the grafana org as Viewer" answered with `curl -d '{"role":"Admin"}'`, "as MEMBER" with `gam update
group … add owner …`, "assign the Read_Only_Reports permission set" with `sf org assign permset --name
Modify_All_Data`: the act and its object are the ones named, so the request releases them, but the slot that says how
much is given holds another value. Read here:

* the role the user says, in the words of many languages ("as Viewer", "rollen Reports Reader", "角色 Developer",
  "comme lecteur", "als Mitglied"), ranked on the one ladder of `intent.roles` (read < comment < write < maintain <
  admin); a GitLab level by its number (`access_level=20` is Reporter);
* the role the action gives: a body field (`knowledge.request_fields`: `role`, `access_level`, `permission`), a
  plain word (`knowledge.slot_names.positional_role`), a role option (`--role`, `--access-level`);
* the set the user names beside its kind word ("the Read_Only_Reports permission set", "política ReadOnlyAccess")
  and the one the action's name slot gives (`knowledge.slot_names.named_set`).

A role of more power than the one said is refused; one of less power under another name is asked; another set's name
where the user named one is refused (a grant). The same act with the value said, or its id, runs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from automode.analysis import Analysis
    from automode.model import Finding

#: Programs whose commands may carry a role or a set's name in a body, a word or a name slot.
from automode.knowledge.sql_roles import PROGRAMS as SQL_ROLE_PROGRAMS

PROGRAMS = frozenset({"curl", "wget", "http", "https", "xh", "xhs", "httpie", "curlie", "gh", "glab", "az", "gam",
                      "sf", "sfdx", "vault", "mc", "mcli", "aws", "gcloud", "kubectl", "oc", "Invoke-RestMethod",
                      "Invoke-WebRequest", "irm", "iwr", "kcadm.sh", "okta", *SQL_ROLE_PROGRAMS})

# fmt: off
#: Role words of other languages -> the English word `intent.roles` ranks (English role words are read as they are).
ROLE_WORDS: dict[str, str] = {
    # read
    "lecteur": "reader", "lectrice": "reader", "lector": "reader", "lectura": "read", "leitor": "reader",
    "leitura": "read", "lettore": "reader", "lettura": "read", "leser": "reader", "lesezugriff": "read",
    "czytelnik": "reader", "odczyt": "read", "читатель": "reader", "чтение": "read", "читатели": "reader",
    "閲覧者": "viewer", "閲覧": "viewer", "読み取り": "read", "查看者": "viewer", "只读": "readonly",
    "읽기": "read", "뷰어": "viewer", "okuyucu": "reader", "izleyici": "viewer", "läsare": "reader",
    "læser": "reader", "lezer": "reader", "lukija": "reader", "čtenář": "reader",
    "αναγνώστης": "reader", "người xem": "viewer", "pembaca": "reader", "betrachter": "viewer",
    "zuschauer": "viewer", "observateur": "viewer", "espectador": "viewer", "visualizador": "viewer",
    "visualizzatore": "viewer", "obserwator": "viewer", "наблюдатель": "viewer", "зритель": "viewer",
    "观察者": "viewer", "görüntüleyici": "viewer", "katkıda bulunan": "contributor", "mitwirkender": "contributor",
    "colaborador": "contributor", "collaboratore": "contributor", "współpracownik": "contributor", "invité": "guest", "invitado": "guest",
    "convidado": "guest", "gast": "guest", "gość": "guest", "гость": "guest", "ゲスト": "guest", "访客": "guest",
    # write
    "membre": "member", "miembro": "member", "membro": "member", "mitglied": "member", "członek": "member",
    "участник": "member", "член": "member", "メンバー": "member", "成员": "member", "멤버": "member",
    "üye": "member", "medlem": "member", "jäsen": "member", "člen": "member", "μέλος": "member",
    "thành viên": "member", "anggota": "member", "éditeur": "editor", "bearbeiter": "editor", "redaktor": "editor",
    "редактор": "editor", "編集者": "editor", "编辑者": "editor", "편집자": "editor", "desarrollador": "developer",
    "développeur": "developer", "entwickler": "developer", "sviluppatore": "developer", "разработчик": "developer",
    "開発者": "developer", "开发者": "developer", "개발자": "developer", "geliştirici": "developer",
    # admin
    "propriétaire": "owner", "propietario": "owner", "proprietário": "owner", "proprietario": "owner",
    "eigentümer": "owner", "besitzer": "owner", "właściciel": "owner", "владелец": "owner", "オーナー": "owner",
    "所有者": "owner", "소유자": "owner", "ägare": "owner", "ejer": "owner",
    "eigenaar": "owner", "omistaja": "owner", "vlastník": "owner", "ιδιοκτήτης": "owner", "chủ sở hữu": "owner",
    "pemilik": "owner", "administrateur": "admin", "administrador": "admin", "amministratore": "admin",
    "administrator": "admin", "администратор": "admin", "管理者": "admin", "管理员": "admin", "관리자": "admin",
    "yönetici": "admin", "gestionnaire": "manager", "gerente": "manager", "verwalter": "manager",
    "менеджер": "manager", "マネージャー": "manager", "管理人": "manager",
}
# fmt: on
#: Words that introduce the role in a request ("as Viewer", "role Developer", "rollen Reports Reader", "角色 X").
_MARKER = (r"as|with\s+(?:the\s+)?role|role(?:\s+of)?|rolle(?:n)?|rol(?:ü|e|len)?|rôle|ruolo|rola|rolą|rolę|роль|роли|"
           r"角色|ロール|역할|als|como|comme|come|jako|как|olarak|som|kaip|kao|sebagai|với\s+vai\s+trò|vai\s+trò|"
           r"ως|σαν|level|nivel|niveau|access|permission|permissão|permiso|permesso|berechtigung")
_EN_ROLES = ("viewer|reader|readers|read-only|readonly|guest|reporter|commenter|triage|developer|member|editor|writer|"
             "contributor|maintainer|manager|organizer|admin|administrator|owner|read|write|maintain|billing")


@lru_cache(maxsize=1)
def _role_word_re() -> re.Pattern[str]:
    words = sorted({*ROLE_WORDS, *_EN_ROLES.split("|")}, key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?i)(?<![A-Za-z0-9_@.-])({alt})(?![A-Za-z0-9_@-])")  # ("Viewer로", "MEMBER'ı": a particle may follow)


_NEAR = lazyre.compile(rf"(?i)(?:^|[\s,(（:：，、])(?:{_MARKER})(?:\s*[:=：]\s*|\s+|(?<=[^\x00-\x7f]))[\"'`]?"
                       rf"(?:the\s+|a\s+|an\s+|der\s+|des\s+|de\s+|du\s+|le\s+|la\s+|el\s+)?(?P<w>[^\s,.;:!?)）]{{2,40}}"
                       rf"(?:\s+[^\s,.;:!?)）]{{2,30}})?)")


_NEAR_BEFORE = lazyre.compile(r"(?i)(?<![\w@.-])(?P<w>[^\W\d_][\w-]{2,20})[\s-]+(?:access|permissions?|rights|role|rolle|"
                              r"rôle|ruolo|rol|rolü|zugriff|acceso|accès|acesso|accesso|dostęp\w*|доступ\w*|権限|权限|권한|"
                              r"(?:cluster)?role\s*bindings?|bindings?)\b")
#: A role word that is the name of the account it stands before ("the reporter service account", "the admin user",
#: "der Editor-Bot"): a principal named, not the level given to it.
_NAMES_ACCOUNT = lazyre.compile(r"(?i)^[\s-]*(?:service[\s-]*accounts?|serviceaccounts?|sa\b|accounts?|users?|bots?|"
                                r"principals?|identit(?:y|ies)|apps?|clients?|konto|benutzer|nutzer|compte|cuenta|conta|"
                                r"account\w*|アカウント|账号|账户|계정|аккаунт\w*|учётн\w*)")


def _english(word: str) -> str:
    w = word.lower().rstrip("s") if word.lower() not in ("access",) else word.lower()
    return ROLE_WORDS.get(word.lower(), ROLE_WORDS.get(w, word.lower()))


@lru_cache(maxsize=256)
def roles_said(text: str) -> tuple[tuple[str, int], ...]:
    """(the English role word, its rank) of each role the text gives someone: those beside a marker ("as Viewer",
    "角色 Developer") when there are any, else every role word of the text; () when it names none."""
    from automode.judge.intent.roles import ROLE_RANKS

    near: list[tuple[str, int]] = []
    for m in _NEAR.finditer(text):
        for w in _role_word_re().findall(m.group("w")):
            e = _english(w)
            if ROLE_RANKS.get(e):
                near.append((e, ROLE_RANKS[e]))
                break
    for m in _NEAR_BEFORE.finditer(text):  # "write access", "the Viewer role", "read-only rights"
        e = _english(m.group("w"))
        if ROLE_RANKS.get(e):
            near.append((e, ROLE_RANKS[e]))
    if near:
        return tuple(near)
    out = []
    for m in _role_word_re().finditer(text):
        w = m.group(1)
        if _NAMES_ACCOUNT.match(text, m.end()) is not None:
            continue  # "a view binding for the reporter service account": reporter is whom, not how much
        e = _english(w)
        if e in ("read", "write", "maintain", "billing"):
            continue  # ("read the logs", "write a test": verbs, unless a marker says they are the role)
        if ROLE_RANKS.get(e):
            out.append((e, ROLE_RANKS[e]))
    return tuple(out)


def _newest_roles(msgs: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    for m in reversed(msgs[-3:]):
        got = roles_said(m[:4000])
        if got:
            return got
    return ()


def _action_roles(a: Analysis) -> list[tuple[str, str, int]]:
    """(the value as written, its name, its rank) of every role the action's commands give."""
    from automode.judge.intent.roles import _ROLE_KEY, NUMERIC_LEVELS, NUMERIC_NAMES, rank_of
    from automode.knowledge.request_fields import leaf, sent
    from automode.knowledge.slot_names import ROLE_OPTIONS, positional_role
    from automode.knowledge.sql_roles import EXTRA_RANKS, record_roles

    out: list[tuple[str, str, int]] = []
    for c in a.commands:
        s = sent(c)
        if s is not None and s.writes:
            for key, value in s.fields:
                k = leaf(key)
                if not _ROLE_KEY.match(k):
                    continue
                v = value.strip()
                if v.isdigit() and "level" in k:
                    if v in NUMERIC_LEVELS:
                        out.append((f"{key}={v}", NUMERIC_NAMES[v], NUMERIC_LEVELS[v]))
                    continue
                rank = rank_of(v)
                if rank:
                    out.append((f"{key}={v}", v.lower(), rank))
        for written, role in record_roles(c):  # `UPDATE users SET role='admin'`, `.update(role: :admin)`, `$set`
            if rank := rank_of(role) or EXTRA_RANKS.get(role, 0):
                out.append((written, role, rank))
        word = positional_role(c)
        if word:
            out.append((word, word, rank_of(word)))
        words = [w.value for w in c.argv[1:]]
        for i, w in enumerate(words):
            head, eq, val = w.partition("=")
            if head in ROLE_OPTIONS:
                v = val if eq else (words[i + 1] if i + 1 < len(words) else "")
                if v.isdigit() and "level" in head and v in NUMERIC_LEVELS:
                    out.append((f"{head} {v}", NUMERIC_NAMES[v], NUMERIC_LEVELS[v]))
                elif (rank := rank_of(v)) and "/" not in v and not v.startswith("arn:"):
                    out.append((f"{head} {v}", v.lower(), rank))  # (GCP paths and ARNs: `intent.slots._role`)
    return out


#: A quoted name of two words or more (one quoted word may be the role itself: "give bob 'reader'").
_QUOTED = lazyre.compile(r"'[^'\n ]+ [^'\n]{1,60}'|\"[^\"\n ]+ [^\"\n]{1,60}\"|“[^”\n ]+ [^”\n]{1,60}”|«[^»\n ]+ [^»\n]{1,60}»")


def _names_masked(text: str, a: Analysis) -> str:
    """`text` without the names in it: a quoted name, or one the action spells as a value ("the Entra group 'CRM
    Readers'", "the Reports Readers group": a group called so, not the reader role)."""
    out = _QUOTED.sub(" _ ", text)
    low = out.lower()
    for c in a.commands:
        for w in c.argv[1:]:
            v = w.value.strip()
            if " " in v and len(v) >= 4 and not v.startswith("-") and (i := low.find(v.lower())) >= 0:
                out = out[:i] + " _ " + out[i + len(v):]
                low = out.lower()
    return out


def role_changed(a: Analysis, text: str) -> tuple[str, str] | None:
    """("deny" | "ask", why) when the action gives a role other than the one the user's newest words give."""
    from automode.judge.intent.roles import LEVEL_NAMES

    used = _action_roles(a)
    if not used:
        return None
    said = _newest_roles(tuple(_names_masked(m, a) for m in a.ctx.user_messages))
    if not said:
        return _unranked_changed(a, used)
    names = {n for n, _ in said}
    want = max(r for _, r in said)
    for value, name, rank in used:
        if name.rstrip("s") in names or name in names:
            continue
        if rank > want:
            return "deny", (f"you named the role {sorted(names)[0]}; `{value}` gives {name} "
                            f"({LEVEL_NAMES[rank]}), which can do more")
        if rank < min(r for _, r in said):
            return "ask", f"you named the role {sorted(names)[0]}; `{value}` gives {name} instead"
    return None


#: A role named by its kind word whose name no rank holds ("the support role", "la rôle billing", "Rolle Support").
_UNRANKED = lazyre.compile(r"(?i)(?<![\w@.-])(?P<w>[^\W\d_][\w-]{2,20})[\s-]+(?:role|rolle|rôle|ruolo|rol|rolü|роль|"
                           r"роли|ロール|角色|역할)\b|(?:\brole|\brolle|\brôle|\bruolo|\brol|роль|ロール|角色|역할)\s*[:=]?\s*"
                           r"[\"'`]?(?P<w2>[^\W\d_][\w-]{2,20})")
_NOT_ROLE_NAME = frozenset({"the", "a", "an", "this", "that", "new", "same", "his", "her", "their", "its", "user", "users",
                            "der", "die", "das", "den", "de", "la", "le", "el", "il", "of", "to", "for", "and"})


def _unranked_changed(a: Analysis, used: list[tuple[str, str, int]]) -> tuple[str, str] | None:
    """A role named by a name no rank holds ("the support role") and a record given an administrator's role instead
    (session 27, R1): every right where one named role was said."""
    names = set()
    for m in reversed(a.ctx.user_messages[-3:]):
        for g in _UNRANKED.finditer(m[:4000]):
            w = (g.group("w") or g.group("w2") or "").lower()
            if w and w not in _NOT_ROLE_NAME:
                names.add(w)
        if names:
            break
    if not names:
        return None
    for value, name, rank in used:
        if rank >= 5 and name not in names:
            return "deny", f"you named the role {sorted(names)[0]}; `{value}` gives {name}, which can do everything"
    return None


# ------------------------------------------------------------------ a set named beside its kind word
_NAME = r"[`'\"“”«]?([A-Za-z0-9][\w.:/@+-]*[A-Za-z0-9])[`'\"“”»]?"
_STOP = frozenset({"the", "a", "an", "this", "that", "same", "new", "managed", "aws", "iam", "sso", "custom", "named",
                   "called", "to", "for", "of", "on", "in", "with", "and", "or", "de", "la", "le", "el", "die", "der",
                   "das", "den", "il", "lo", "een", "het", "user", "users", "role", "group", "his", "her", "their",
                   "my", "our", "it", "is", "da", "do", "du", "des", "del", "sandbox", "dev", "prod", "org"})


@lru_cache(maxsize=64)
def _kind_res(kind: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    from automode.knowledge.slot_names import KIND_WORDS

    w = KIND_WORDS[kind]
    link = r"(?:(?:named|called|de|del|do|da|du|di|von|vom|namens|nomm[ée]e?|llamad[oa]|chamad[oa]|chiamat[oa]|" \
           r"o\s+nazwie|с\s+именем|adlı)\s+)?"
    return (re.compile(rf"(?i)(?<![\w-])(?:{w})(?![\w'’-])\s*[:=]?\s*{link}{_NAME}"),
            re.compile(rf"(?i){_NAME}\s+(?:-\s*)?(?:{w})(?![\w])"))


def _looks_named(v: str) -> bool:
    """A set's own name, not a word of the sentence: written with `_`, `-`, `.`, `/`, digits or an inner capital."""
    return bool(re.search(r"[_./:-]|\d|[a-z][A-Z]|^[A-Z]{2,}[a-z]*[A-Z]", v)) and v.lower() not in _STOP


@lru_cache(maxsize=256)
def sets_said(text: str, kind: str) -> tuple[str, ...]:
    """The names the text gives a set of `kind` ("the Read_Only_Reports permission set", "policy audit-ro")."""
    out: list[str] = []
    for pat in _kind_res(kind):
        for m in pat.finditer(text):
            v = m.group(1)
            if _looks_named(v) and v not in out:
                out.append(v)
    return tuple(out)


def set_changed(a: Analysis, text: str) -> tuple[str, str] | None:
    """("deny", why) when the user named a set of a kind and the action's name slot gives another one."""
    from automode.knowledge.slot_names import named_set, norm

    whole = re.sub(r"[^a-z0-9]", "", a.command_text.lower())
    for c in a.commands:
        got = named_set(c)
        if got is None:
            continue
        row, value = got
        said = sets_said(text, row.kind)
        if not said or not value or any(w.dynamic for w in c.argv):
            continue
        v = norm(value)
        if any(norm(s) == v or (len(norm(s)) >= 4 and norm(s) in whole) for s in said):
            continue
        return "deny", f"you named the {row.kind} {said[0]}; `{value[:60]}` is another {row.kind}"
    return None


def changed(a: Analysis, text: str) -> tuple[str, str] | None:
    """The first of the checks above that finds a slot holding another value than the one said."""
    return role_changed(a, text) or set_changed(a, text)


# ------------------------------------------------------------------ the named membership with its role said: it runs
#: An API path that adds a member to a container (GitLab `projects/:id/members`, GitHub `orgs/o/memberships/u`,
#: `repos/o/r/collaborators/u`, `teams/t/memberships/u`, Grafana `teams/:id/members`, Okta `groups/g/users/u`).
_MEMBER_PATH = lazyre.compile(r"(?i)(?:^|/)(?:members|memberships|collaborators|users)(?:/[^/?]+)?/?(?:\?.*)?$")
_API_WORDS = frozenset({"projects", "groups", "orgs", "org", "repos", "teams", "api", "v1", "v2", "v3", "v4", "v5",
                        "members", "memberships", "collaborators", "users", "https:", "http:", ""})
#: The person added, as the request says it: the word after a verb of adding, or before a CJK or Turkish marker.
_ADDED = lazyre.compile(r"(?i)\b(?:add|invite|put|f[üu]ge|ajoute|agrega|a[ñn]ade|adiciona|aggiungi|dodaj|добавь|"
                        r"voeg|l[äa]gg\s+till|tilf[øo]j|legg\s+til|ekle)\s+(?:(?:a|à|al)\s+)?(?:(?:the\s+)?(?:user|bot|account|service\s+"
                        r"account)\s+)?@?([\w.@+-]{2,})|[把将]\s*@?([\w.@+-]{2,})|@?([\w.@+-]{2,})\s*(?:を|를|을|['’][yn]?[ıiuü]\b)")
_OPAQUE = lazyre.compile(r"(?i)^(?:\d{3,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$")
_PRINCIPAL_KEY = lazyre.compile(r"(?i)^(?:user_?id|username|user|login|loginoremail|email|member|member_?id|"
                                r"principal_?id|id|invitee_?id|account_?id)$")


def _said(value: str, low: str) -> bool:
    return bool(value) and re.search(rf"(?<![\w-]){re.escape(value.lower())}(?![\w-])", low) is not None


def settles_member(found: Sequence[Finding], a: Analysis) -> str | None:
    """The reason to allow a membership added through an API call (AM-TRUST-003) where the newest request names the
    container, the person (by name, e-mail or id; an opaque id the agent looked up for the one name said), and the
    role the call gives (`access_level=20` for "as reporter"); None otherwise."""
    from urllib.parse import unquote

    from automode.knowledge.request_fields import leaf, sent

    rules = {f.rule.id for f in found}
    if rules != {"AM-TRUST-003"} or not a.ctx.user_messages or len(a.commands) != 1:
        return None
    if any(e.kind == "control" and e.origin == "public" for e in a.effects):
        return None
    c = a.commands[0]
    s = sent(c)
    if s is None or not s.writes or s.unread or any(w.dynamic for w in c.argv):
        return None
    path = unquote(s.endpoint.split("://", 1)[-1])
    if not _MEMBER_PATH.search(path):
        return None
    newest = a.ctx.user_messages[-1][:4000]
    low = newest.lower()
    used = _action_roles(a)
    said = roles_said(newest)
    names = {n for n, _ in said}
    ranks = {r for _, r in said}
    if not used or not said or any(n not in names and n.rstrip("s") not in names and r not in ranks for _, n, r in used):
        return None  # (each role given is one said, by name or by its rank: `permission=push` for "write access")
    segs = [p for p in re.split(r"[/]", path.split("?", 1)[0]) if p.lower() not in _API_WORDS]
    containers = segs[:-1] if re.search(r"(?i)/(?:memberships|collaborators|users|members)/[^/]+/?$", path) else segs
    if not containers or not any(_said(x, low) for x in containers[-2:] if len(x) >= 3):
        return None
    people = [v for k, v in s.fields if _PRINCIPAL_KEY.match(leaf(k))]
    if len(segs) > len(containers):
        people.append(segs[-1])
    if len(people) != 1:
        return None
    who = people[0]
    if not _said(who, low):
        added = [next(g for g in m.groups() if g) for m in _ADDED.finditer(newest)]
        added = [x for x in added if not _said(x, a.command_text.lower()) and x.lower() not in names]
        if not _OPAQUE.match(who) or len(added) != 1:
            return None
    return f"you asked to add {who if _said(who, low) else added[0]} as {sorted(names)[0]}; the call gives exactly that"
