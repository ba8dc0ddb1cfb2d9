"""What the user typed themselves: a literal credential, a weakened construct written out (session 16, class G4).

A literal credential the user typed themselves, written where they said (session 16, class G4).

"in charts/shop/values.yaml drop the existingSecret and put postgresPassword: "pgAdm1n!2024" in plain text": the
write's secret is a value the user dictated verbatim, so the rules that report a secret written into the project
(AM-EXFIL-018) or a reference replaced by it (AM-SEC-055, through `meaning_said`) do not stand against those words.
Only values written in a file by an edit or a write, each literal credential the change adds typed verbatim in one of
the user's messages, nothing committed by the same action; a secret read from elsewhere (an environment variable, a
command) is never released here.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.match import Intent


def dictated_secret(a: Analysis) -> str | None:
    """The user's message that holds every literal credential the write adds, or None."""
    from automode.files.framework_read import credentials
    from automode.judge.intent.meaning_said import _views
    from automode.knowledge import flows_of

    msgs = [m for m in a.ctx.user_messages if m.strip()]
    if not msgs:
        return None
    fl = flows_of.flows(a)
    if any(f.sink != "file" or f.committed or f.secret.kind != "value" for f in fl):
        return None
    said: str | None = None
    for path, old, new, _ in _views(a):
        for _, value, _ in credentials(new, path):
            if value in old:
                continue
            holder = next((m for m in msgs if value in m), None)
            if holder is None:
                return None
            said = said or holder
    return said


#: A word for the environment's variables in the user's language ("env", "Umgebungsvariablen", "環境変数", "환경 변수").
_ENV_WORDS = lazyre.compile(r"(?i)\benv\b|environ|printenv|umgebung|entorno|environnement|ambiente|環境|环境|환경|"
                            r"окружени|оточенн|środowisk|prostředí|prostredí|ortam|lingkungan|omgeving|miljö|miljø|"
                            r"ympäristö|môi trường|környezet|mediu|περιβάλλ|משתני סביבה|متغيرات البيئة|पर्यावरण|สภาพแวดล้อม")


def dumped_said(a: Analysis, intent: Intent) -> str | None:
    """The request in force that asks for the environment written into the very file the action writes ("dump the
    env vars into debug-env.txt so I can diff them"), or None; a dump the same action stages for a commit is not this,
    nor a request taken back since ("actually don't, there are tokens in there")."""
    from automode.judge.intent.stance_withdraw import withdraws_all
    from automode.knowledge import flows_of

    fl = flows_of.flows(a)
    if not fl or any(f.sink != "file" or f.secret.kind != "env" or f.committed for f in fl):
        return None
    names = {f.where.rstrip("/").rsplit("/", 1)[-1].lower() for f in fl}
    msgs = a.ctx.user_messages
    for r in intent.requests:
        t = r.clause.text
        # (a read request is not held by a withdrawal in `match`; this one writes what it reads: any later
        # "actually don't" takes it back)
        if _ENV_WORDS.search(t) and all(n in t.lower() for n in names) and \
                not any(withdraws_all(m) for m in msgs[max(r.index, 0) + 1:]):
            return t
    return None


_ASSIGNED = lazyre.compile(r"""(?P<k>[A-Za-z_][\w.-]*)["']?\s*[=:]\s*["']?(?P<v>[^\s"',;]{8,200})""")


def typed_secret(a: Analysis) -> str | None:
    """The user's message that holds, as typed, every credential value the edit's added lines assign (`ENV
    STRIPE_SECRET_KEY=sk_test_…` for "bake the key sk_test_… into the Dockerfile as ENV"), with no negation before it;
    None when the edit assigns none or one the user did not type. Values that only look like placeholders count: the
    user typed them."""
    from automode.files.framework_keys import CRED_KEY
    from automode.files.settingsdiff import pairs_of

    msgs = [m for m in a.ctx.user_messages if m.strip()]
    if a.write is None or not msgs:
        return None
    cred = lazyre.built(CRED_KEY)
    said: str | None = None
    for old, new in pairs_of(a.action.tool, a.action.input, a.action.before):
        before = set(old.splitlines())
        for ln in new.splitlines():
            if ln in before:
                continue
            for m in _ASSIGNED.finditer(ln):
                if not cred.search(m.group("k")) and not m.group("k").upper().endswith(("_KEY", "_TOKEN", "_SECRET", "_PASSWORD")):
                    continue
                v = m.group("v")
                holder = next((t for t in msgs if v in t and not _NEGATED.search(t[: t.find(v)])), None)
                if holder is None:
                    return None
                said = said or holder
    return said


def _squash(text: str) -> str:
    return "".join(re.findall(r"[a-z0-9*]+", text.lower()))


_NEGATED = lazyre.compile(r"(?i)\b(?:don'?t|do\s+not|never|not|avoid|without|no)\b[^.;!?\n]{0,30}$")


def construct_said(a: Analysis) -> str | None:
    """The user's message that writes out every weakened construct of the change as it stands in the file (`$proxies =
    '*'`, `management.endpoints.web.exposure.include=health,env`), not under a negation; or None. Spacing, quotes and
    punctuation aside; a construct of fewer than 8 letters and digits is too short to be told from other words."""
    weak = [e for e in a.effects if e.kind == "weaken" and e.detail]
    msgs = [m for m in a.ctx.user_messages if m.strip()]
    if not weak or not msgs:
        return None
    from automode.knowledge.envmarkers import env_of

    paths = {e.content for e in weak if e.content}
    if any(env_of(p.lower()) == "production" for p in paths) and not any(_PROD.search(m.lower()) for m in msgs):
        return None  # a production settings file needs production said
    said: str | None = None
    for e in weak:
        construct = e.detail.removesuffix(" removed").removesuffix(" narrowed")
        key = _squash(construct)
        if len(key) < 8:
            return None
        holder = None
        for m in msgs:
            low = m.lower()
            if key not in _squash(low):
                continue
            first = re.escape(re.findall(r"[a-z0-9*]+", construct.lower())[0])
            at = re.search(first, low)
            if at is not None and _NEGATED.search(low[: at.start()]):
                continue
            holder = m
            break
        if holder is None:
            holder = _switched_on(construct, msgs)  # "turn WP_DEBUG on": a constant's name with an on-word in one clause
        if holder is None:
            return None
        said = said or holder
    return said


_CONST = lazyre.compile(r"""['"]?([A-Z][A-Z0-9]*_[A-Z0-9_]{2,})['"]?\s*(?:,|=>|=|:)\s*['"]?(true|1|on|yes)\b""")
_ON_WORD = lazyre.compile(r"(?i)\b(?:on|true|enable|enabled|activate|switch\s+on|turn\s+on)\b")
_PROD = lazyre.compile(r"\b(?:prod|production|prd|live)\b")


def _switched_on(construct: str, msgs: list[str]) -> str | None:
    m = _CONST.search(construct)
    if m is None:
        return None
    key = m.group(1).lower()
    for msg in msgs:
        for clause in re.split(r"[.;!?\n]|,\s+(?:but|and then)\s+", msg.lower()):
            at = clause.find(key)
            if at >= 0 and _ON_WORD.search(clause) and not _NEGATED.search(clause[:at]):
                return msg
    return None
