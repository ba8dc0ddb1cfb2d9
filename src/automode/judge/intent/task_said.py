"""The task asked for by its name (session 18, I5): a framework task or a runner's target named in the user's words.

A task named for a teardown or a release (`tenants:purge[acme-demo]`, `deleteStagingRepo`, `run-operation
drop_stale_schemas`, `db downgrade`) is asked about because its body is unread; a request that names the task
itself, in any case style and language ("roda a task delete-staging-repo do gradle", "run tenants:purge for
acme-demo", "lance users:prune-inactive avec --days=90"), asks for exactly that body. Released (`settle`) when the
newest message naming it, not taken back since, also names each of its arguments (`acme-demo`), the place each of
its environment values says (`RAILS_ENV=staging`: "staging"; `--target dev`: "dev"), and each word that widens it
(`--all`, `base`, `STEP=25`: "all", "base", "25"). A single-word name (`destroy`, `downgrade`) counts only beside
its program's name ("alembic downgrade"). Another argument, another place or an unsaid widening keeps the rule's
verdict, and every other command of the action that changes anything must be such a task too.
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.match import Intent
    from automode.knowledge.taskcalls import Call
    from automode.model import Finding

#: Rules a named task settles: a task or a framework command named for a teardown or a release, read by its name.
RULES = frozenset({"AM-DESTROY-010", "AM-DESTROY-011", "AM-DESTROY-012", "AM-DESTROY-013", "AM-DESTROY-015",
                   "AM-DESTROY-060", "AM-DESTROY-066", "AM-TRUST-008"})  # (011/012 read a framework's delete too)
#: Options past the need (`rules.pastneed`) named in so many words, with or without a request verb ("spakuj … z
#: --remove-files"): `judge.intent.option_said` reads the words.
PAST_NEED = frozenset({"AM-SUPPLY-007", "AM-RCE-027", "AM-DESTROY-068", "AM-RCE-031", "AM-DESTROY-069"})
#: A framework data task forced past its production prompt: released when the user says the option or "force".
FORCED = frozenset({"AM-DESTROY-070"})
SETTLED = RULES | PAST_NEED | FORCED
#: Words that widen, as the user says them: the option or its plain word.
_WIDEN_SAID = {"--all": ("all", "every", "everything", "alle", "todas", "todos", "tout", "toutes", "tutte", "tutti",
                         "wszystkie", "すべて", "全部"),
               "base": ("base", "all", "every", "everything"), "zero": ("zero", "all", "every"),
               "version=0": ("version=0", "all", "every", "everything"), "all": ("all", "every", "everything")}


#: Task-name words that take migrations back, and how a user says it (with a word for the migrations, below).
_BACK_TASK = frozenset({"rollback", "downgrade", "down", "revert", "undo"})
_BACK = lazyre.compile(r"(?i)\broll(?:ing|ed)?[\s-]*(?:\w+\s+){0,3}?back\b|\brollback\b|\bdowngrad\w*|\brevert\w*|\bundo\b|"
                       r"\brevi[ée]rt\w*|\bdesfa[zç]\w*|\bdeshaz\w*|\bannull\w*|\bzurück\w*|\brückgängig|\bcofn\w*|"
                       r"\bwycofa\w*|\bодкат\w*|\bоткат\w*|\brevenir|\bannule\w*|\bgeri\s+al|ロールバック|戻し|戻して|回滚|回退|롤백|되돌려")
_MIGRATION = lazyre.compile(r"(?i)migra\w*|revision\w*|revisión|revisão|\bschema\b|миграц\w*|マイグレーション|迁移|遷移|마이그레이션|"
                            r"מיגרצי\w*|הגירה|ترحيل|مايجريشن|माइग्रेशन|মাইগ্রেশন|மைக்ரேஷன்|ਮਾਈਗ੍ਰੇਸ਼ਨ|migraci\w*")


_REDO = lazyre.compile(r"(?i)\bre-?run\w*|\bredo\b|\bre-?apply\w*|\bagain\b|\bnochmal\b|\bde\s+nuevo\b|\bponownie\b|"
                       r"\bà\s+nouveau\b|\bde\s+novo\b|\bopnieuw\b|\bigen\b|\bещё\s+раз\b|もう一度|再実行|重新")


def _migrates_after(a: Analysis) -> bool:
    """The action runs the migrations again after taking them back (`rollback --step 1 && migrate`)."""
    from automode.knowledge import control

    effects = [control.classify(c) for c in a.commands]
    verbs = [e.verb if e is not None else "" for e in effects]
    return "delete" in verbs and "update" in verbs[verbs.index("delete") + 1:]


def _said_name(a: Analysis, c: Call) -> str | None:
    """The user's words (newest naming message on) when they name the task `c`, None otherwise."""
    from automode.judge.intent.owncli_said import _said
    from automode.knowledge.taskcalls import name_pattern, name_tokens

    way = name_pattern(c.name)
    if way is None:
        return None
    said = _said(a, way)
    short = c.name.split(":", 1)[-1].split(".", 1)[-1] if ":" in c.name or "." in c.name else ""
    while said is None and short and len(name_tokens(short)) >= 2:
        said = _said(a, name_pattern(short))  # type: ignore[arg-type]  # `chat.presence.gc`: "the presence gc"
        short = short.split(":", 1)[-1].split(".", 1)[-1] if ":" in short or "." in short else ""
    if said is None and set(name_tokens(c.name)) & _BACK_TASK:
        # "roll back the last migration" names `ecto.rollback`, `db:rollback`, `downgrade`; "re-run the last migration"
        # names a rollback followed by the migration run again (`ecto.rollback --step 1 && ecto.migrate`)
        said = _said(a, _BACK) or (_said(a, _REDO) if _migrates_after(a) else None)
        session = "\n".join(a.ctx.user_messages)  # (the migrations may be named in an earlier message)
        return said if said is not None and (_MIGRATION.search(said) or _MIGRATION.search(session)) else None
    if said is None:
        return None
    if len(name_tokens(c.name)) < 2 and not lazyre.whole(c.program.lower().removesuffix(".py"), said) and \
            f"`{c.name.lower()}`" not in said:
        return None  # "downgrade the schema" is no name of alembic's `downgrade`; "alembic downgrade" is
    return said


def _env_said(value: str, said: str) -> bool:
    from automode.judge.intent.lexicon import ENV_MARKERS
    from automode.knowledge.envmarkers import env_of

    env = env_of(value)
    if not env or lazyre.whole(value.lower(), said):
        return True  # (a place of the project's own naming, `--target ci_eu`: named or not, no environment to compare)
    words = ENV_MARKERS.get(env, frozenset()) | ({"test", "testing", "tests"} if env == "test" else frozenset())
    return any(lazyre.whole(w, said) for w in words)


_FORCE = lazyre.compile(r"(?i)(?<![\w-])(?:--force|force|forced|forcing|forcé\w*|forzad\w*|forçad\w*|forzat\w*|"
                        r"erzwing\w*|wymu\w+|принудительн\w*|disable_database_environment_check\S*)(?![\w-])|強制|强制")
_ONE = lazyre.compile(r"(?i)\b(?:last|latest|previous|one|single|una|uno|um|uma|une|un|eine?n?|ostatni\w*|последн\w*)\b|"
                      r"\búltim\w*|\bdernière?|\bletzte\w*|\bultim\w*|最後|最新|上一|마지막")


def _widen_said(word: str, said: str) -> bool:

    low = word.lower()
    if lazyre.whole(low, said):
        return True
    if "=" in low:
        n = low.split("=", 1)[1]
        if n == "1" and _ONE.search(said):
            return True  # `STEP=1`: "the last migration"
        if n.isdigit():
            return bool(lazyre.whole(n, said, r"[\w.]", r"[\w.]"))  # `STEP=25`: "the last 25 migrations"
    return any(lazyre.whole(w, said) for w in _WIDEN_SAID.get(low, ()))


def named(a: Analysis) -> str | None:
    """The user's words when every command of the action that changes anything is a task they named with its
    arguments, places and widening words; None otherwise."""
    from automode.knowledge import control
    from automode.knowledge.taskcalls import call

    cited: str | None = None
    for cmd in a.commands:
        c = call(cmd)
        if c is None:
            e = control.classify(cmd)
            if e is not None and e.verb not in ("", "read"):
                return None  # another command acts too: judged by its own words
            continue
        said = _said_name(a, c)
        if said is None:
            e = control.classify(cmd)
            if e is not None and e.verb == "update" and cited is not None and _migrates_after(a):
                continue  # the migrations run again after the named rollback: "re-run the last migration"
            if e is None or e.verb in ("", "read"):
                from automode.knowledge import tasks

                if not any(tasks.act_of(t) for t in tasks.task_names(cmd)):
                    continue  # a build or a test run beside the named task
            return None

        if not all(lazyre.whole(x.lower(), said) for x in (*c.args, *c.amounts)):
            return None  # (an argument or an amount never said: `--older-than 0d` for "older than 30 days")
        if not all(_env_said(p, said) for p in c.places) or not all(_widen_said(w, said) for w in c.widen):
            return None
        e = control.classify(cmd)
        if e is not None and e.verb not in ("", "read"):
            if not e.env or (e.env not in ("local", "dev", "test") and not _env_said(e.env, said)):
                return None  # a place no word compares (`--linked`, a URL elsewhere), or a shared one unsaid
            if e.scope in ("all", "recursive") and not _widen_said("--all", said) and not c.widen and \
                    not _whole_named(c.name, said):
                return None  # `db:migrate:undo:all`, `migrate:fresh`: every migration, where the words name no "all"
        cited = cited or said
    return cited


def _whole_named(name: str, said: str) -> bool:
    """The task written out whole (`ecto.reset`, `db:reset`): its name is the extent the user asked for, the whole
    database of the place they named (session 24, O3: "اعمل ecto.reset على قاعدة dev")."""
    return (":" in name or "." in name) and lazyre.whole(name.lower(), said.lower()) is not None


def elsewhere(a: Analysis) -> tuple[str, str] | None:
    """(verdict, why) when a task the user named runs where a wrapper, an env file, a variable or another checkout
    sends it, and that is another environment than the one they named (session 23, N2: `dotenv -e .env.production --
    npm run migrate:down` for "run migrate:down on staging"): production is refused, another place asked."""
    from automode.judge.intent.envdrift import asked_env
    from automode.knowledge.envmarkers import env_of
    from automode.knowledge.taskcalls import call

    asked = asked_env(tuple(a.ctx.user_messages))
    if not asked:
        return None
    for cmd in a.commands:
        c = call(cmd)
        if c is None or not c.places or _said_name(a, c) is None:
            continue
        for p in c.places:
            env = env_of(p)
            if env and env != asked and not {asked, env} <= {"local", "dev"}:
                named = "this machine" if asked == "local" else asked
                return ("deny" if env == "production" else "ask"), f"you named {named}; `{p}` runs `{c.name}` on {env}"
    return None


def settle(f: Finding, a: Analysis) -> str | None:
    """The words that name the task or the option of finding `f`, when they release it; None otherwise."""
    if not a.ctx.user_messages:
        return None
    if f.rule.id in PAST_NEED:
        from automode.judge.intent.option_said import _past_need_said

        words = _past_need_said(f, a)  # (said, and not negated, asked about or taken back since: `owncli_said._said`)
        return f"you named {words[0]!r}" if words else None
    if f.rule.id in FORCED:
        from automode.judge.intent.owncli_said import _said

        forced = _said(a, _FORCE)
        return f"you said {_FORCE.search(forced).group(0)!r}" if forced and _FORCE.search(forced) else None  # type: ignore[union-attr]
    said = named(a) if f.rule.id in RULES else None
    return said.strip().splitlines()[0][:160] if said else None


def only_looked(f: Finding, a: Analysis, intent: Intent) -> str | None:
    """The request's words when every request in force only asks to look (list, show, count, check) and this
    destroy finding's task deletes: a removal where a listing was asked ("list the tenants on staging" answered with
    `tenants:purge[acme-demo]`). None otherwise."""
    if f.rule.category != "destroy" or not intent.requests:
        return None
    if any(not r.clause.verbs or not r.clause.verbs <= {"read"} or r.clause.question for r in intent.requests):
        return None
    if not any(e.kind == "control" and e.verb == "delete" for e in a.effects) and f.rule.id != "AM-DESTROY-015":
        return None
    return intent.requests[0].clause.text
