"""A slot the user gave a value for, filled with another value or left to a default (session 19, J2; AM-JUDGE-030).

The user names the act and its object and also the value of one slot: the login user ("usuário ci"), the vhost
("i vhosten staging"), the workspace or stack, a share of traffic ("10 % of traffic"), a role ("Reports Reader"), the
strength of the verb ("suspend", "archive", "disable"), a preview. The action does the act on the object, so the
request releases it, but the slot holds another value: root instead of `ci`, no `-p` so rabbitmqctl acts on `/`, no
`workspace select` so terraform applies the selected workspace, `--function-version` with no routing config (all of
the traffic), a role id that is Global Administrator, `deactivate_user` for "suspend", `gh repo delete` for
"archive", `pulumi up` for "a preview".

The action side is knowledge (`knowledge.slot_values`: which option of which program carries each slot, the tool's
default, role ids and their power, verb strengths); the user side is read here in any language. A value wider or
stronger than the one said (a superuser, more traffic, a more powerful role, a stronger verb, a real run for a
preview) is refused; another value, or a default that is not the value said, is asked, refused where the act
deletes, deploys or grants. The same act with the value said runs. `changed(a)` returns ("deny" | "ask", why) or
None; read by `intent.substitutions` on every allow and ask the user's words reached.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.judge.intent.said import joined
from automode.judge.intent.said_units import percents_said as percents_said  # (read from here by its callers)
from automode.judge.intent.slots_acts import batch_for_one, emptied_dropped
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

# ------------------------------------------------------------------ cheap gate
#: Programs with a slot of the table (the check is skipped for any other command).
_PROGRAMS = frozenset({
    "ssh", "scp", "sftp", "ssh-copy-id", "mosh", "rsync", "autossh", "sshpass", "psql", "pg_dump", "pg_restore",
    "createdb", "dropdb", "mysql", "mysqldump", "mariadb", "mysqladmin", "docker", "podman", "nerdctl", "sudo", "su",
    "runuser", "doas", "ansible", "ansible-playbook", "sqlcmd", "mongosh", "mongo", "clickhouse-client", "cqlsh",
    "lftp", "rabbitmqctl", "rabbitmq-plugins", "rabbitmq-diagnostics", "rabbitmqadmin", "kubectl", "oc", "helm",
    "terraform", "tofu", "terragrunt", "pulumi", "vault", "aws", "gcloud", "az", "kubectl-argo-rollouts", "gh", "glab",
    "cdk", "cdktf", "curl", "http", "okta", "auth0", "kcadm.sh", "kcadm", "sqlite3", "duckdb",
})  # fmt: skip
#: An object slot on the line (the cheap test before `intent.name_part`).
_NAME_SLOT = lazyre.compile(r"(?i)(?:^|\s)(?:--?[\w-]*(?:topic|queue|stream|subject|job|group|index|bucket|table|channel|"
                            r"subscription|exchange|pipeline|workflow|dag|function|name)[\w-]*|-t)[\s=]|/(?:job|topics|"
                            r"queues|streams|jobs|pipelines|workflows|dags|functions|indices|buckets|tables)/|\bname=")
#: A number with unit letters or under a key naming its unit (the cheap test before `intent.unit_swapped`).
_DIGIT_UNIT = lazyre.compile(r"(?i)\d(?:ms|s|m|h|d|w|y)\b|(?:seconds|secs|millis|minutes|mins|hours|days)[\"']?\s*[:=]")
_NEG = lazyre.compile(r"(?i)(?:\b(?:not|don'?t|do\s+not|never|no|nicht|kein\w*|pas|ne|nie|не|nem|não|niet|inte|ikke|"
                      r"mai|sin|sans|ohne|without|instead\s+of|rather\s+than|statt|au\s+lieu\s+de|en\s+vez\s+de|"
                      r"em\s+vez\s+de|invece\s+di|zamiast|вместо)\W+(?:\w+\W+){0,2}$|(?:不要|別|别|しないで|말고)\s*$)")


def changed(a: Analysis) -> tuple[str, str] | None:
    """("deny" | "ask", why) when a slot the user gave a value for holds another value in the action; None otherwise."""
    msgs = tuple(a.ctx.user_messages)
    if not msgs:
        return None
    text = joined(msgs[-3:])[:6000]
    if a.commands:
        names = {c.name.rsplit("/", 1)[-1] for c in a.commands} | {c.name for c in a.commands}
        if not names.isdisjoint(_slot_programs()) or any(c.launchers for c in a.commands) or _admin_cli(names):
            for check in (_user, _place, _traffic, _role, _strength_cmd, _preview, _bodies, _left_out, emptied_dropped,
                          batch_for_one, _service, _record):
                got = check(a, text)
                if got is not None:
                    return got
    if a.commands and _NAME_SLOT.search(a.command_text):
        from automode.judge.intent.name_part import changed as name_part

        got = name_part(a, text)  # "to orders.test" answered with `--topic orders`
        if got is not None:
            return got
    if a.write is not None:
        from automode.judge.intent.slot_edits import edit_changed

        got = edit_changed(a, text)
        if got is not None:
            return got
    if a.write is not None and _DIGIT_UNIT.search(str(a.action.input)):
        from automode.judge.intent.unit_swapped import changed as unit_swapped

        got = unit_swapped(a, text)  # "5 minutos" answered with `interval: 5s`
        if got is not None:
            return got
    if a.action.tool.startswith("mcp__"):
        from automode.judge.intent.slot_omitted import end_missing, identity

        for mcheck in (_strength_mcp, _traffic_mcp, _role, end_missing, identity):
            got = mcheck(a, text)
            if got is not None:
                return got
    return None


@lru_cache(maxsize=1)
def _slot_programs() -> frozenset[str]:
    """The programs whose slots the command checks read (the tables' union, made once, not per action)."""
    from automode.judge.intent.slot_bodies import PROGRAMS as BODIES
    from automode.judge.intent.slot_omitted import PROGRAMS as LEFT_OUT
    from automode.knowledge.strength_clis import CLIS

    return frozenset(_PROGRAMS | BODIES | LEFT_OUT | CLIS.keys())


def _admin_cli(names: set[str]) -> bool:
    """A service's admin CLI no table names (`okta-cli`, `zitadelctl`): its act is read by `_strength_cmd`."""
    from automode.knowledge.strength_clis import CLI_NAME

    return any(CLI_NAME.match(n) for n in names)


def _bodies(a: Analysis, text: str) -> tuple[str, str] | None:
    from automode.judge.intent.slot_bodies import PROGRAMS
    from automode.judge.intent.slot_bodies import changed as body_changed

    return body_changed(a, text) if any(c.name.rsplit("/", 1)[-1] in PROGRAMS for c in a.commands) else None


def _left_out(a: Analysis, text: str) -> tuple[str, str] | None:
    from automode.judge.intent.slot_omitted import PROGRAMS, omitted, swapped

    if not any(c.name.rsplit("/", 1)[-1] in PROGRAMS or c.name in PROGRAMS for c in a.commands):
        return None
    return omitted(a, text) or swapped(a, text)


def _service(a: Analysis, text: str) -> tuple[str, str] | None:
    from automode.judge.intent.service_said import changed as service_changed

    return service_changed(a, text)


def _record(a: Analysis, text: str) -> tuple[str, str] | None:
    from automode.judge.intent.record_ids import changed as record_changed

    return record_changed(a, text)


def _hard(a: Analysis) -> bool:
    from automode.judge.intent.named_values import _hard as hard

    return hard(a)


def _short(c: Command) -> str:
    return (c.text or " ".join(w.value for w in c.argv))[:80]


# ------------------------------------------------------------------ the login user
_NAME = r"[`'\"]?([a-z_][a-z0-9_.-]{0,31}[a-z0-9_]|[a-z_])[`'\"]?"
_USER_WORDS = (r"user(?:name)?|usu[aá]rio|usuario|utilisateur|benutzer(?:name)?|nutzer|utente|u[żz]ytkownik\w*|"
               r"пользовател\w*|юзер\w*|користувач\w*|gebruiker|anv[äa]ndare[n]?|bruker(?:en)?|kullan[ıi]c[ıi]\w*|"
               r"ng[uư][oờ]i\s+d[uù]ng|pengguna|ユーザー?|用户|사용자|계정")
_AFTER_NAME = (r"(?=\s*(?:$|[,.;:!?)\n])|\s+(?:on|at|to|in|into|for|and|with|from|please|pro|para|no|na|em|en|de|del|"
               r"du|des|sur|dans|auf|an|im|am|zu|mit|und|die|der|das|den|la|le|les|el|los|las|il|lo|su|per|e|et|y|o|da|"
               r"do|w|z|i|och|på|till|og|op|naar|bij|met|ile|ve|через|на|в|и|で|に|に対して|로|으로|에서)\b)")
_USER_SAID = lazyre.compile(rf"(?i)(?:\b(?:{_USER_WORDS})(?![a-zà-ÿ])\s*[:=]?\s*{_NAME}(?![\w@.-]){_AFTER_NAME}|"
                            rf"\b(?:log\s*in|login|logged\s+in|connect\w*|ssh|run|runs|running|sign\s+in)\s+as\s+{_NAME}(?![\w@.-]){_AFTER_NAME}|"
                            rf"\b(?:als|como|comme|come|jako|как)\s+(?:(?:user|usu[aá]rio|usuario|utilisateur|benutzer|utente|"
                            rf"u[żz]ytkownik)\s+)?{_NAME}\s+(?:ein|an|entr|conect|log|zaloguj|войд|подключ)\w*)")
_USER_AFTER = lazyre.compile(rf"(?i)(?<![\w@.-]){_NAME}\s*(?:ユーザー|ユーザ|用户|사용자|계정|kullan[ıi]c[ıi]\w*)")
_NOT_USER = frozenset({"the", "a", "an", "my", "your", "our", "this", "that", "with", "on", "to", "for", "in", "is",
                       "name", "and", "or", "de", "da", "do", "du", "la", "le", "el", "der", "die", "das", "den", "il",
                       "o", "e", "und", "et", "y", "okta", "id", "account", "accounts", "it", "them", "new", "same",
                       "who", "which", "here", "there", "list", "group", "groups", "role", "roles", "table", "tables",
                       "data", "model", "models", "service", "services", "page", "pages", "records", "record", "profile",
                       "profiles", "settings", "permissions", "session", "sessions", "email", "emails", "ids", "names",
                       "object", "objects", "story", "stories", "interface", "input", "agent", "experience", "flow",
                       "flows", "api", "guide", "docs", "manual", "base", "count", "counts", "login", "logins", "home",
                       "directory", "dir", "folder", "config", "configuration", "management", "admin", "admins",
                       "password", "passwords", "key", "keys", "token", "tokens", "uma", "um", "une",
                       "un", "ein", "eine", "einen", "dem", "des", "del", "als", "as", "com", "con", "mit",
                       "environment", "env", "variable", "variables", "shell", "level", "ssh", "matching", "mode", "access", "info", "information", "details", "rights", "privileges", "context",
                       "well", "soon", "far", "much", "long", "usual", "always", "before", "needed", "expected", "planned",
                       "described", "discussed", "shown", "json", "yaml", "csv", "text", "if", "though", "such", "follows", "part"})


#: A message about logging in to a host (its verb in the languages users type): there "as ci", "als deploy", "como
#: ubuntu", "en tant que runner" name the login user wherever they stand ("ssh into build-02 as ci", session 21, L4).
_LOGIN_CTX = lazyre.compile(r"(?i)\bssh\b|\blog\s*(?:in|on|into|onto)\b|\blogin\s+(?:to|into|on)\b|\blogin\b|\bsign\s+in\b|\bconnect\w*|\bverbind\w*|"
                            r"\banmeld\w*|\beinlogg\w*|\bconect\w*|\bconnect\w*|\bconnecte\w*|\bentra\w*|\baccede\w*|"
                            r"\bzaloguj\w*|\bpołącz\w*|подключ\w*|войд\w*|зайд\w*|підключ\w*|ログイン|接続|登录|登入|连接|접속|"
                            r"로그인|bağlan\w*|giriş|masuk|đăng\s+nhập|kirjaudu\w*|logga\s+in|log\s+ind|inloggen")
_USER_AS = lazyre.compile(rf"(?i)(?<![\w-])(?:as|als|como|comme|en\s+tant\s+que|come|jako|как|под|som|kao|olarak)\s+"
                          rf"(?:(?:the|der|die|den|dem|el|la|le|o|a|il|lo)\s+)?(?:(?:user|usu[aá]rio|usuario|utilisateur|"
                          rf"benutzer|nutzer|utente|u[żz]ytkownik\w*|пользовател\w*|bruker|anv[äa]ndare)\s+)?{_NAME}"
                          rf"(?:\s+(?:user|account|benutzer|usuario|usu[aá]rio|utilisateur|utente))?(?![\w@.-])")
_USER_AS_AFTER = lazyre.compile(rf"(?i)(?<![\w@.-]){_NAME}\s*(?:として|で|olarak|로|으로|身份)")


@lru_cache(maxsize=256)
def users_said(text: str, login: bool = False) -> frozenset[str]:
    """The login or run-as users the text names ("usuário ci", "as deploy", "ci ユーザー", "Benutzer build"). With
    `login` (the action is a login program: ssh, scp, rsync) "as X" names the login in any message (session 27, R1:
    "copy the report to backup-2 as svc-backup")."""
    out = set()
    ctx = login or _LOGIN_CTX.search(text)
    pats = (_USER_SAID, _USER_AFTER, _USER_AS, _USER_AS_AFTER) if ctx else (_USER_SAID, _USER_AFTER)
    for pat in pats:
        for m in pat.finditer(text):
            v = next((g for g in m.groups() if g), "").lower()
            if v and v not in _NOT_USER and not _NEG.search(text[max(0, m.start() - 30):m.start()]):
                if login and "." in v:
                    continue  # ("save it as report.pdf": a file's name, not a login)
                out.add(v)
    return frozenset(out)


_LOGINS = frozenset({"ssh", "scp", "sftp", "ssh-copy-id", "rsync", "mosh", "autossh", "sshpass"})


def _user(a: Analysis, text: str) -> tuple[str, str] | None:
    from automode.knowledge.slot_values import SUPER, user_of

    said: frozenset[str] | None = None
    for c in a.commands:
        got = user_of(c)
        if got is None:
            continue
        login = c.name.rsplit("/", 1)[-1] in _LOGINS
        if said is None:
            said = users_said(text, login)
        if not said:
            return None
        whole = a.command_text.lower()
        if any(re.search(rf"(?<![\w-]){re.escape(u)}(?![\w-])", whole.replace(f"{got[0].lower()}@", " ")) for u in said):
            return None  # the user named is what the command acts on (`DROP USER 'bob'`, `usermod -aG docker deploy`)
        used = got[0].lower()
        if used in said or (used and used in text.lower() and not used.isdigit() and used not in SUPER):
            continue
        if not used:
            if c.name.rsplit("/", 1)[-1] in ("ssh", "scp", "sftp", "ssh-copy-id", "rsync", "mosh"):
                return "ask", (f"you named the user {sorted(said)[0]}; `{_short(c)}` names none, so it logs in as "
                               "whoever runs it")
            continue
        wider = used in SUPER or used == "0"
        # another login where the words name the login ("log into build-2 as ci", "zaloguj się jako ci"): the value
        # said, another one used (session 27, R1); a run-as user read from a looser phrase is still asked
        stated = login and bool(_LOGIN_CTX.search(text) or _USER_SAID.search(text))
        return ("deny" if wider or stated else "ask"), (
            f"you named the user {sorted(said)[0]}; `{_short(c)}` logs in or runs as {used}"
            + (", who holds every right" if wider else ""))
    return None


# ------------------------------------------------------------------ a place inside one server or tool
_PLACE_NAME = r"[`'\"]?(/[\w./-]*|[a-z0-9][\w./:-]*[a-z0-9]|[a-z0-9])[`'\"]?"
_PLACE_LINK = r"(?:(?:named|called|de|del|do|da|du|di|von|vom|z)\s+)?"


@lru_cache(maxsize=8)
def _place_res(kind: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    from automode.knowledge.case_endings import DECLINED
    from automode.knowledge.slot_values import PLACE_WORDS

    w = PLACE_WORDS[kind]  # (declined with a hyphenated case ending: "u namespace-u checkout-dev", `case_endings`)
    return (re.compile(rf"(?i)(?<![\w-])(?:{w}){DECLINED}(?![\w'’-])(?:\s+|\s*[:=]\s*|(?<=[^\x00-\x7f]))\s*{_PLACE_LINK}{_PLACE_NAME}(?![\w-])"),
            re.compile(rf"(?i)(?<![\w-]){_PLACE_NAME}(?:[-\s]+(?:{w})(?![\w])|(?=[^\x00-\x7f])(?:{w}))"))


#: A place named as the one not to act on ("not in the vhost /", "statt im Namespace default"); "no" is left out
#: ("no vhost billing" is Portuguese for "in the vhost billing").
_NOT_HERE = lazyre.compile(r"(?i)\b(?:not|don'?t|do\s+not|never|nicht|pas|nie|не|instead\s+of|rather\s+than|statt|"
                           r"anstatt|au\s+lieu\s+de|en\s+vez\s+de|em\s+vez\s+de|invece\s+di|zamiast|вместо)\W+(?:\w+\W+){0,2}$")
_NOT_PLACE = frozenset({"the", "a", "an", "my", "our", "this", "that", "your", "is", "in", "on", "to", "for", "of",
                        "and", "or", "de", "la", "le", "el", "der", "die", "das", "den", "il", "current", "default",
                        "selected", "same", "other", "another", "new", "old", "which", "what", "it", "i", "und", "et",
                        "currently", "heads", "one", "en", "em", "no", "na", "im", "with", "from", "all", "every",
                        "each", "se", "su", "sul", "nel", "dans", "van", "af", "på", "terraform", "tofu", "opentofu", "terragrunt", "pulumi",
                        "kubernetes", "k8s", "helm", "rabbitmq", "vault", "kubectl", "their", "his", "her",
                        # (an exclusion after the slot word names no place: "every preview namespace except preview-demo")
                        "except", "but", "besides", "excluding", "apart", "sauf", "außer", "ausser", "excepto", "salvo",
                        "menos", "tranne", "eccetto", "oprócz", "poza", "kromě", "кроме", "крім", "hariç", "kecuali",
                        "selain", "trừ", "behalve", "utom", "förutom", "paitsi", "bortsett", "was", "were", "are",
                        "has", "have", "still", "too", "also", "then", "so"})


@lru_cache(maxsize=256)
def places_said(text: str, kind: str) -> tuple[str, ...]:
    """The places of `kind` ("vhost", "namespace", "workspace", "stack") the text names by the slot word."""
    from automode.knowledge.case_endings import PREPOSITIONS

    out: list[str] = []
    for pat in _place_res(kind):
        for m in pat.finditer(text):
            v = m.group(1).strip("`'\".,")
            if not v or v.lower() in _NOT_PLACE or v.lower() in PREPOSITIONS or v.lower() in out:
                continue
            if _NOT_HERE.search(text[max(0, m.start() - 30):m.start()]):
                continue
            out.append(v.lower())
    return tuple(out)


def _parts(value: str) -> set[str]:
    return {p for p in re.split(r"[-_/.:]+", value.lower()) if len(p) >= 3}


#: `terraform workspace select X` / `new X` earlier in the same action (and `pulumi stack select X`).
_SELECTS = {"terraform": ("workspace", ("select", "new")), "tofu": ("workspace", ("select", "new")),
            "terragrunt": ("workspace", ("select", "new")), "pulumi": ("stack", ("select", "init"))}


def _selected(cmds: list[Command], upto: int, name: str) -> str:
    sel = _SELECTS.get(name)
    if sel is None:
        return ""
    chosen = ""
    for c in cmds[:upto]:
        if c.name.rsplit("/", 1)[-1] != name:
            continue
        args = [w.value for w in c.argv[1:] if not w.value.startswith("-")]
        if len(args) >= 3 and args[0] == sel[0] and args[1] in sel[1]:
            chosen = args[2]
    return chosen


def _place(a: Analysis, text: str) -> tuple[str, str] | None:
    from automode.knowledge.slot_values import place_of

    cmds = list(a.commands)
    for i, c in enumerate(cmds):
        got = place_of(c)
        if got is None:
            continue
        row, value, named = got
        said = places_said(text, row.kind)
        if not said:
            continue
        name = c.name.rsplit("/", 1)[-1]
        if not named:
            value = _selected(cmds, i, name) or value
            named = bool(value) and value != row.default
        if value and (value.lower() in said or value.lower().rsplit("/", 1)[-1] in said or _parts(value) & set(said)):
            continue  # (`--stack acme/feature-x` for "the feature-x stack", `-n lucia-sandbox` for "my sandbox namespace")
        body = " ".join(w.value.lower() for w in c.argv[1:])
        if "xargs" in c.via:  # (the items fed come from the lister's words: `grep preview- | xargs kubectl delete`)
            body += " " + " ".join(w.value.lower() for d in cmds[:i] for w in d.argv[1:])
        if a.action.tool.startswith("mcp__"):
            body += " " + str(a.action.input).lower()
        if not named and (any(re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", body) for p in said)
                          or any(_parts(w) & set(said) for w in body.split())):
            continue  # the place itself is the object (`kubectl delete namespace preview-pr-88`, a Namespace manifest)
        if value == "*":
            return "deny", f"you named the {row.kind} {said[0]}; `{_short(c)}` acts on every {row.kind}"
        if named:
            return ("deny" if _hard(a) else "ask"), (f"you named the {row.kind} {said[0]}; `{_short(c)}` acts on "
                                                     f"the {row.kind} {value}")
        where = f"the default {row.kind} {row.default}" if row.default else \
            f"whichever {row.kind} is selected or configured"
        return ("deny" if _hard(a) else "ask"), (f"you named the {row.kind} {said[0]}; `{_short(c)}` names none, so "
                                                 f"it acts on {where}")
    return None


# ------------------------------------------------------------------ a share of traffic
def _compare_share(used: float, said: tuple[float, ...], what: str) -> tuple[str, str] | None:
    if any(abs(used - s) < 0.6 for s in said):
        return None
    if used > max(said):
        return "deny", f"you asked for {max(said):g} % of the traffic; {what} gives it {used:g} %"
    return "ask", f"you asked for {min(said):g} % of the traffic; {what} gives it {used:g} %"


def _traffic(a: Analysis, text: str) -> tuple[str, str] | None:
    from automode.knowledge.slot_values import traffic_of

    for c in a.commands:
        got = traffic_of(c)
        if got is None:
            continue
        said = percents_said(text)
        if not said:
            return None
        if got[1] == "forward weights" and any(abs(100 - got[0] - s) < 0.6 for s in said):
            return None  # (the groups' weights name no new one: the larger share said is the other group's)
        return _compare_share(got[0], said, f"`{_short(c)}` ({got[1]})")
    return None


_TRAFFIC_TOOL = lazyre.compile(r"(?i)flag|rollout|traffic|split|canary|alias|experiment|targeting|release|weight")


def _traffic_mcp(a: Analysis, text: str) -> tuple[str, str] | None:
    from automode.knowledge.slot_values import traffic_in_call

    if not _TRAFFIC_TOOL.search(a.action.tool):
        return None
    said = percents_said(text)
    if not said:
        return None
    used = traffic_in_call(a.action.input)
    if used is None:
        return None
    if len(said) == 1 and any(abs(100 - used - s) < 0.6 for s in said):
        return None  # (the other variation's weight: 25 % on, 75 % off)
    inp = a.action.input
    shares = _all_shares(inp)
    if any(abs(x - s) < 0.6 for x in shares for s in said):
        return None
    return _compare_share(used, said, f"`{a.action.tool.split('__')[-1]}`")


def _all_shares(inp: object) -> list[float]:
    from automode.knowledge.slot_values import traffic_in_call

    out: list[float] = []
    if isinstance(inp, dict):
        for v in inp.values():
            out += _all_shares(v)
        got = traffic_in_call({k: v for k, v in inp.items() if not isinstance(v, (dict, list))})
        if got is not None:
            out.append(got)
    elif isinstance(inp, list):
        for v in inp:
            out += _all_shares(v)
    return out


# ------------------------------------------------------------------ a role by its fixed id
_ROLE_ID = lazyre.compile(r"(?i)[0-9a-f]{8}-[0-9a-f]{4}-|:policy/|roles/")


@lru_cache(maxsize=256)
def _said_roles(text: str) -> tuple[tuple[int, ...], frozenset[str]]:
    """The powers and names of the roles `text` (the user's words) names, by id or as a whole word: a fact of the
    words, read once per text rather than once per action (a word test first: most role names are nowhere in it)."""
    from automode.knowledge.slot_values import ROLE_POWER, VERB_ROLES, role_names_in

    low = text.lower()
    said_roles = role_names_in(text)
    said_powers = [p for _, _, p in said_roles]
    names = {n for _, n, _ in said_roles}
    for name, power in ROLE_POWER.items():
        if "/" in name or len(name) < 4 or name in VERB_ROLES or name not in low:
            continue
        if lazyre.whole(name, low) is not None:
            said_powers.append(power)
            names.add(name)
    return tuple(said_powers), frozenset(names)


def _action_text(a: Analysis) -> str:
    if a.commands:
        return a.command_text
    import json

    try:
        return json.dumps(a.action.input)
    except (TypeError, ValueError):
        return str(a.action.input)


def _role(a: Analysis, text: str) -> tuple[str, str] | None:
    from automode.knowledge.slot_values import role_names_in

    body = _action_text(a)
    if not _ROLE_ID.search(body):
        return None
    used = role_names_in(body)
    if not used:
        return None
    low = text.lower()
    said_powers, names = _said_roles(text)
    if not said_powers:
        return None
    for value, name, power in used:
        if name in names or name in low or value.lower() in low:
            continue
        if power > max(said_powers):  # (a role of the same power spelled otherwise is the words' to judge)
            return "deny", f"you named a role of less power; `{value}` is {name}, which can do more"
    return None


# ------------------------------------------------------------------ the strength of the verb
@lru_cache(maxsize=256)  # (a fact of the words: once per session text and family)
def _said_strength(family: str, text: str) -> tuple[int, ...]:
    from automode.judge.intent.gloss import gloss
    from automode.knowledge.slot_values import STRENGTH

    out = []
    read = text + "\n" + "\n".join(gloss(line) for line in text.split("\n") if line)  # ("häng … ab": detach)
    for s in STRENGTH:
        if s.family != family:
            continue
        for m in lazyre.built("(?i)" + s.said).finditer(read):
            if not _NEG.search(read[max(0, m.start() - 30):m.start()]):
                out.append(s.level)
                break
    return tuple(out)


def _strength(family: str, act: str, text: str, what: str) -> tuple[str, str] | None:
    from automode.knowledge.slot_values import act_level

    level = act_level(family, act)
    if not level:
        return None
    said = _said_strength(family, text)
    if not said or level <= max(said):
        return None
    word = {1: "a reversible step", 2: "a deactivation"}.get(max(said), "less")
    return "deny", f"you asked for {word}; {what} does more ({act.replace('_', ' ')}), which cannot be undone the same way"


def _strength_mcp(a: Analysis, text: str) -> tuple[str, str] | None:
    from automode.knowledge.slot_values import family_of

    tool = a.action.tool.split("__")[-1]
    family = family_of(tool)
    return _strength(family, tool, text, f"`{tool}`") if family else None




def _strength_cmd(a: Analysis, text: str) -> tuple[str, str] | None:
    from automode.knowledge.slot_values import family_of
    from automode.knowledge.strength_clis import act_words

    for c in a.commands:
        read = act_words(c.name.rsplit("/", 1)[-1], [w.value for w in c.argv[1:5] if not w.value.startswith("-")])
        if read is None:  # (where each CLI writes its act: `knowledge.strength_clis`, session 24)
            continue
        words, act = read
        family = family_of(words)
        if family:
            got = _strength(family, act, text, f"`{_short(c)}`")
            if got is not None:
                return got
    return None


# ------------------------------------------------------------------ a preview asked, a real run done
_PREVIEW = lazyre.compile(r"(?i)(?:\b(?:a|an|do|run|just|only|see|show\s+me)\s+(?:a\s+|the\s+)?preview\b(?![-\w])(?!\s+(?:env\w*|"
                          r"stack|app|apps|channel|deploy\w*|branch\w*|site|url|build|server|instance|cluster|namespace|slot|"
                          r"database|db|version|release|image|workspace)\b)|^\W*preview\s+(?:the|it|this|that|what|my|our)\b|"
                          r"\bpreview\s+(?:of\s+the\s+changes|first|only)\b)|プレビュー(?!環境)|\bvista\s+previa\b|\bprevisuali[sz]\w*|\baperçu\b|"
                          r"\bprévisualis\w*|\bvorschau\b|\banteprima\b|\bpodgl[aą]d\w*|\bпревью\b|\bпредпросмотр\w*|"
                          r"预览|預覽|미리\s*보기|\bpré-?visualiza\w*|\bförhandsvis\w*|\bönizle\w*|\bxem\s+trước\b|"
                          r"\bpratinjau\b|\bvoorvertoning\b|\bnáhled\w*|\bwhat-?if\b")
_REAL = lazyre.compile(r"(?i)\b(?:apply|deploy|up|update|provision|roll\s+out|ship|for\s+real|go\s+ahead|create|"
                       r"aplica\w*|despliega\w*|implanta\w*|déploie\w*|applique\w*|anwenden|ausrollen|deploye\w*|"
                       r"applica\w*|wdróż\w*|примени\w*|задеплой\w*)\b|適用|デプロイ|部署|应用|배포|적용")
@lru_cache(maxsize=256)  # (a fact of the newest message: read once per session, not per action)
def _asks_preview(newest: str) -> bool:
    """The newest message asks for a preview and for no real run beside it."""
    return bool(_PREVIEW.search(newest)) and not _REAL.search(_PREVIEW.sub(" ", newest))


#: program -> (subcommands that run for real, the preview form).
_REAL_IAC = {"pulumi": (("up", "update", "destroy", "refresh", "import"), "pulumi preview"),
             "terraform": (("apply", "destroy", "import"), "terraform plan"),
             "tofu": (("apply", "destroy", "import"), "tofu plan"),
             "terragrunt": (("apply", "destroy", "run-all"), "terragrunt plan"),
             "cdk": (("deploy", "destroy"), "cdk diff"), "cdktf": (("deploy", "destroy"), "cdktf diff")}


def _preview(a: Analysis, text: str) -> tuple[str, str] | None:
    if not _asks_preview(a.ctx.user_messages[-1][:4000]):
        return None
    for c in a.commands:
        row = _REAL_IAC.get(c.name.rsplit("/", 1)[-1])
        if row is None:
            continue
        args = [w.value for w in c.argv[1:] if not w.value.startswith("-")]
        if args and (args[0] in row[0] or (args[0] == "run-all" and len(args) > 1 and args[1] in row[0])):
            return "deny", f"you asked for a preview; `{_short(c)}` applies it for real (preview form: {row[1]})"
    return None


# ------------------------------------------------------------------ fixtures
#: (text, the users it names).
USERS_SAID_CASES: tuple[tuple[str, frozenset[str]], ...] = (
    ("copia minha chave ~/.ssh/id_ed25519.pub pro build-02.internal, usuário ci", frozenset({"ci"})),
    ("log in as deploy on web-1", frozenset({"deploy"})),
    ("ci ユーザーで build-02 に鍵を入れて", frozenset({"ci"})),
    ("fix the typo in the README heading", frozenset()),
)
#: (text, kind, the places it names).
PLACES_SAID_CASES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("radera kön orders.retry.dlq i vhosten staging", "vhost", ("staging",)),
    ("recreate the bastion in the sandbox workspace. heads up, the currently selected workspace is prod", "workspace",
     ("sandbox",)),
    ("purge the queue in the vhost /billing", "vhost", ("/billing",)),
)
