"""The target chosen outside the command's own flags, against the environment named (session 23, N2).

Three readings, each only ever stricter than the decision it reviews, and only for an action that is not known to
only read:

* **another or an adjacent name** (AM-JUDGE-048): the user named an environment ("the staging inventory", "workspace
  staging", "the uat environment"); a selection made elsewhere than the command's own flags (an inline or exported
  variable, a wrapper's profile, an env or secrets file, a switch earlier on the line: `knowledge.envselect.carry`)
  names an environment by another word ("preprod" where "staging" was said, "qa" for "uat", `.env.test` for "dev"),
  or, for the selections whose name IS the environment's (a workspace, a stack, an inventory, a dbt target, a
  secrets config), a sibling of the named one with a qualifier nobody said (`staging-eu`, `uat-2`, `dev-legacy`).
  Asked: which of the two the user meant is theirs to say. Production where another was named stays the drift
  check's (`intent.envdrift`) and the release's (`intent.scope`) to refuse.
* **the default kept** (AM-JUDGE-049): a framework CLI of `knowledge.extent_marks.FRAMEWORKS` or a project tool of
  `PROJECT_DEFAULTS` whose command names no environment
  (`dbt run` without `--target`, `firebase firestore:delete` without `--project`, `bin/rails db:seed:replant` without
  `RAILS_ENV`), where the user named one that is not the tool's documented default: asked, since the configured
  default decides and it may not be the one named.
* **the scope left wide** (AM-JUDGE-054, session 24 O3): the user named an environment and a changing command of
  `knowledge.scope_defaults` names no scope by option, variable or earlier switch: `gh secret set X` without `--env`
  is the whole repository's, `glab variable set` without `--scope` every environment's, `hcloud server delete`
  without `--context` the active context's. Asked, unless the words ask for the wide scope ("a repository secret",
  "for all environments").
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.script import Command

ADJACENT = "AM-JUDGE-048"
DEFAULT_KEPT = "AM-JUDGE-049"

#: Environment words by the name they stand for: two words of one group name the same environment.
GROUPS: dict[str, str] = {
    **dict.fromkeys(("prod", "production", "prd", "prods"), "prod"),
    **dict.fromkeys(("staging", "stage", "stg"), "staging"),
    **dict.fromkeys(("preprod", "preproduction", "prestaging"), "preprod"),
    "uat": "uat", "qa": "qa", "ci": "ci", "demo": "demo", "preview": "preview",
    **dict.fromkeys(("dev", "development", "develop", "devel"), "dev"),
    **dict.fromkeys(("test", "testing"), "test"),
    **dict.fromkeys(("sandbox", "sbx"), "sandbox"),
    **dict.fromkeys(("local", "localhost"), "local"),
}
#: The environment class of each group (`knowledge.envmarkers`), for a default's comparison.
CLASS = {"prod": "production", "staging": "staging", "preprod": "staging", "uat": "staging", "qa": "staging",
         "ci": "dev", "demo": "dev", "preview": "dev", "dev": "dev", "test": "dev", "sandbox": "dev", "local": "local"}
#: Words too common in requests to name an environment by themselves ("fix the test", "a quick demo", "in CI").
_ORDINARY = frozenset({"test", "testing", "ci", "demo", "preview", "local", "localhost", "stage"})
#: An ordinary word used as a place: "the test database", "testdatenbank", "base de test", "テスト環境".
_TEST_PLACE = lazyre.compile(
    r"(?i)\b(?:test|testing|ci|demo|local)[\s-]*(?:database|db|env\w*|target|project|instance|schema|server|stack|"
    r"cluster|account|profile|config|inventory|workspace|datenbank|umgebung|omgeving|milj\w+|ymp\w+)\b|"
    r"\b(?:base|banco|bd|bdd|entorno|ambiente|environnement|database|db|env|target|profile)\s+(?:de\s+|di\s+|du\s+)?"
    r"(?:données\s+de\s+|dados\s+de\s+|datos\s+de\s+)?(?:test|teste|testing|prueba|pruebas|ci)\b|"
    r"\bRAILS_ENV=test\b|\btestowej\b|テスト(?:環境|DB|データベース)|测试(?:环境|数据库)|테스트\s*(?:환경|DB|데이터베이스)")
_TEST_WORD = {"teste": "test", "prueba": "test", "pruebas": "test", "testowej": "test"}
#: Variables whose value is the environment's own name (a workspace, a stack, an inventory, a target, a config):
#: a qualifier beside the named word makes it a sibling of the named one.
#: (A project's id or alias carries the project's own name beside the environment, `rutas-dev`: not one of them.)
NAME_IS_ENV = frozenset({"TF_WORKSPACE", "PULUMI_STACK", "ANSIBLE_INVENTORY", "DBT_TARGET", "DOPPLER_CONFIG",
                         "INFISICAL_ENV", "SUMMON_ENV", "RAILWAY_ENVIRONMENT",
                         # a namespace is the place itself: `kubens dev-shared` for "the dev namespace" (session 24)
                         "KUBE_NAMESPACE", "HELM_NAMESPACE", "NOMAD_NAMESPACE", "CONSUL_NAMESPACE", "VAULT_NAMESPACE",
                         "CONFLUENT_ENVIRONMENT", "EB_ENVIRONMENT"})
#: Variables that set a build or run mode more than a target (`NODE_ENV=test npx playwright test` against staging),
#: and the checkout a command runs in (judged by the release and the drift check).
_MODE_VARS = frozenset({"NODE_ENV", "FLASK_ENV", "BABEL_ENV", "CHECKOUT_DIR"})
#: Parts of a file name that say what kind of file it is, not which one.
_FILE_WORDS = frozenset({"env", "enc", "ini", "yaml", "yml", "json", "hcl", "tfvars", "cfg", "conf", "toml", "secrets",
                         "secret", "sops", "config", "inventory", "inventories", "hosts", "kube", "kubeconfig", "envrc"})


def _tokens(text: str) -> list[str]:
    from automode.knowledge.envmarkers import tokens

    return tokens(text)


@lru_cache(maxsize=512)
def said_groups(messages: tuple[str, ...]) -> frozenset[str]:
    """The environment groups the newest message naming one names ("staging-inventaariolla" → staging; "the test
    database" → test; "fix the test" → none)."""
    for m in reversed(messages):
        text = m[:4000]
        toks = [t for t in _tokens(text) if t in GROUPS and t not in _ORDINARY]
        for hit in _TEST_PLACE.finditer(text):
            toks += [_TEST_WORD.get(t, t) for t in _tokens(hit.group(0)) if _TEST_WORD.get(t, t) in GROUPS]
        groups = frozenset(GROUPS[t] for t in toks)
        if groups:
            return groups
    return frozenset()


def _name(value: str) -> str:
    """The name a selection's value gives (`inventories/preprod` → preprod, `acme/staging` → staging,
    `~/.kube/staging-eu.yaml` → staging-eu)."""
    return value.rstrip("/").rsplit("/", 1)[-1]


def _consequential(a: Analysis) -> bool:
    from automode.judge.intent.envdrift import _reads_only

    return _reads_only(a) is not True


def adjacent(a: Analysis) -> tuple[str, str] | None:
    """("ask", why) when a selection made elsewhere names another environment word than the one said, or a sibling
    of it (see the module's doc); None otherwise."""
    from automode.knowledge.envselect import selector, selects_only

    picks = [(k, w.value) for c in a.commands if not selects_only(c) for k, w in c.assigns[:12]
             if not w.dynamic and w.value and selector(k) and k not in _MODE_VARS]
    if not picks:
        return None
    other = _other_id(picks, "\n".join(a.ctx.user_messages[-3:]))
    if other is not None and _consequential(a):
        return "ask", other
    said = said_groups(tuple(a.ctx.user_messages))
    if not said or "prod" in said:
        return None
    words = set(_tokens("\n".join(a.ctx.user_messages[-3:])))
    for k, v in dict.fromkeys(picks):
        name = _name(v)
        toks = [t for t in _tokens(name) if t not in _FILE_WORDS]
        groups = {GROUPS[t] for t in toks if t in GROUPS}
        if not groups and k in OPAQUE_PICKS and toks and not all(t in words for t in toks) and _consequential(a):
            # (an account or an env file no environment word names, where one was said: `aws-vault exec shared` for
            # "in my sandbox account", `sky launch --env-file envs/shared-gpu.env` for "on the dev gpu env"; s28 T6)
            return "ask", (f"you named {_said(said)}; `{k}={v}` chooses {name}, which names no environment you "
                           "said")
        if not groups or "prod" in groups:
            continue  # (no environment word, or production: the drift check and the release refuse that)
        if not _same(groups, said):
            if not _consequential(a):
                return None
            return "ask", f"you named {_said(said)}; `{k}={v}` chooses {name}, another environment"
        at = next(i for i, t in enumerate(toks) if t in GROUPS)
        extra = [t for t in toks[at + 1:] if t not in GROUPS and t not in words]  # (a qualifier after it: `staging-eu`)
        if k in NAME_IS_ENV and extra and _consequential(a):
            return "ask", f"you named {_said(said)}; `{k}={v}` chooses {name}, a sibling of it you did not name"
    return None


#: Selections of an account or an env file by a name of the user's setup (a profile, a file): one that carries no
#: environment word, where an environment was named, is not known to be it (session 28, T6).
OPAQUE_PICKS = frozenset({"AWS_PROFILE", "AWS_DEFAULT_PROFILE", "ENV_FILE", "CLOUDSDK_CORE_PROJECT",
                          "GOOGLE_CLOUD_PROJECT", "CLOUDSDK_ACTIVE_CONFIG_NAME", "AZURE_CONFIG_DIR", "DOPPLER_CONFIG",
                          "OCI_CLI_PROFILE", "ALIBABA_CLOUD_PROFILE"})


#: Selections by a generated id (a Supabase project ref, a Vercel or Netlify id, a subscription GUID): one the user
#: did not write, beside one of the same shape they did, is another project than the named one.
ID_SELECTIONS = frozenset({"SUPABASE_PROJECT_REF", "VERCEL_PROJECT_ID", "VERCEL_ORG_ID", "NETLIFY_SITE_ID",
                           "AZURE_SUBSCRIPTION_ID", "ARM_SUBSCRIPTION_ID", "AWS_ACCOUNT_ID"})
_ID_SHAPE = lazyre.compile(r"^[a-z0-9][a-z0-9-]{7,39}$")
_ID_SAID = lazyre.compile(r"\b(?:ref|id|project[-_ ]?ref|project|subscription|account)\W{0,3}([a-z0-9-]{8,40})\b")


def _other_id(picks: list[tuple[str, str]], text: str) -> str | None:
    low = text.lower()
    for k, v in picks:
        if k not in ID_SELECTIONS or not _ID_SHAPE.match(v.lower()) or lazyre.whole(v.lower(), low):
            continue
        shape = (len(v), v.isdigit(), "-" in v)
        # (an id the user wrote: after "ref", "id" or "project", or one with a digit in it; not a word of the request)
        ids = [m.group(1) for m in _ID_SAID.finditer(low)] + [t for t in re.findall(r"[a-z0-9-]{8,40}", low)
                                                              if any(ch.isdigit() for ch in t)]
        same = [t for t in ids if (len(t), t.isdigit(), "-" in t) == shape]
        if same:
            return f"you named {same[0]}; `{k}={v}` chooses another one"
    return None


def _same(these: set[str] | frozenset[str], those: set[str] | frozenset[str]) -> bool:
    """Two sets of environment groups share one, this machine counting as its development environment ("my local
    db" is the one `bin/rails` reaches by default)."""
    return bool({_LOCAL_AS.get(g, g) for g in these} & {_LOCAL_AS.get(g, g) for g in those})


_LOCAL_AS = {"local": "dev"}


def _said(groups: frozenset[str]) -> str:
    return " or ".join(sorted(groups))


#: Tools whose changing subcommands act on the active project alias unless an option or a variable names one
#: (firebase.google.com/docs/cli: `--project`, else `firebase use`'s alias in `.firebaserc`): program -> (changing
#: subcommands by prefix, options, variables). The framework CLIs and their default environments are
#: `knowledge.extent_marks.FRAMEWORKS`.
PROJECT_DEFAULTS: dict[str, tuple[tuple[str, ...], frozenset[str], frozenset[str]]] = {
    "firebase": (("firestore:delete", "database:remove", "database:set", "database:update", "database:push",
                  "functions:delete", "hosting:disable", "hosting:channel:delete", "auth:import", "remoteconfig:rollback",
                  "ext:install", "ext:uninstall", "ext:update", "functions:config:set", "functions:secrets:set",
                  "dataconnect:sql:migrate"),
                 frozenset({"--project", "-P"}), frozenset({"FIREBASE_PROJECT", "GCLOUD_PROJECT", "GOOGLE_CLOUD_PROJECT"})),
}
#: A dbt target named as such ("the dev target", "target dev", "dev-target", "Target dev"): the profile's default
#: target is the one a plain run takes, and only a named target makes it a question.
_TARGET_SAID = lazyre.compile(r"(?i)\btarget[\s:=]+[`'\"]?[\w-]+|[\w-]+[\s-]+target\b")
_WORDLIKE = lazyre.compile(r"[A-Za-z]")


def _default_of(cmd: Command) -> tuple[str, str, str] | None:
    """(the default: an environment group, "?" for a dbt profile's, "" for the project's configuration, "=" for the
    active project alias; the options
    that would choose; the subcommand) when `cmd` is a changing command of a table that names no environment, else
    None (another command, or one that chooses by an option, a variable or an env file)."""
    from automode.knowledge.extent_marks import FRAMEWORKS, framework_of

    args = [w.value for w in cmd.argv[1:] if not w.dynamic]
    name = cmd.name.rsplit("/", 1)[-1]
    proj = PROJECT_DEFAULTS.get(name)
    if proj is not None:
        subs, opts, env_vars = proj
        sub = next((x for x in args if not x.startswith("-")), "")
        if not any(sub.startswith(s) for s in subs):
            return None
        default = "="
    else:
        got = framework_of(cmd.name, args)
        if got is None:
            return None
        _progs, _entry, _subs, opts, env_vars, default = FRAMEWORKS[got[0]]
        sub = got[1]
    if any(x.split("=", 1)[0] in opts for x in args) or any(x.split("=", 1)[0] in env_vars for x in args):
        return None  # (an option, or rake's `RAILS_ENV=test` word)
    if any(k in env_vars or k in ("ENV_FILE", "CHECKOUT_DIR") for k, _w in cmd.assigns):
        return None  # (a variable, or an env file a wrapper loads: `knowledge.envselect`)
    return default, "/".join(sorted(o for o in opts if o.startswith("--"))[:1] or sorted(env_vars)[:1]), sub


@lru_cache(maxsize=1)
def _programs() -> frozenset[str]:
    from automode.knowledge.extent_marks import FRAMEWORKS

    return frozenset({p.rsplit("/", 1)[-1] for row in FRAMEWORKS for p in row[0]} | set(PROJECT_DEFAULTS))


#: Platforms that run a command inside a named app, with that app's environment (its variables, its config):
#: `cf run-task APP --command`, `heroku run -a APP`, `fly ssh console -a APP -C` (session 28, T1).
_APP_RUNNERS = frozenset({"cf", "heroku", "fly", "flyctl", "dokku", "railway", "render", "scalingo", "clever"})


def in_named_app(c: Command) -> bool:
    """`c` runs inside an app a platform names (`_APP_RUNNERS`) or on another host: its environment is that app's."""
    return bool(c.remote) or bool(c.via and c.via[0].split(" ", 1)[0] in _APP_RUNNERS)


def kept_default(a: Analysis) -> tuple[str, str] | None:
    """("ask", why) when a framework or project tool names no environment and keeps its default, where the user
    named one that is not that default; None otherwise."""
    progs = _programs()
    if not any(c.name.rsplit("/", 1)[-1] in progs for c in a.commands):
        return None
    said = said_groups(tuple(a.ctx.user_messages))
    if not said:
        return None
    for c in a.commands:
        if in_named_app(c):
            continue  # (`cf run-task kiosk-stg --command 'bin/rails …'`: the named app's own environment runs it)
        got = _default_of(c)
        if got is None:
            continue
        default, opt, sub = got
        if default and default != "?" and _same({default}, said) and len(said) == 1:
            continue  # `bin/rails db:reset` for "the development database": the default is the one named
        if default == "?" and not _TARGET_SAID.search("\n".join(a.ctx.user_messages[-3:])):
            continue  # (a plain model run on the profile's default target, where no target was named)
        if not default and said <= {"dev", "local"}:
            continue  # (the project's .env on this machine is the local one the user named)
        if _names_env(c, "\n".join(a.ctx.user_messages[-3:]).lower()):
            continue  # (a place in the command's own words: a staging checkout, a `--select tag:staging`)
        where = {"?": "the profile's default target", "": "whatever its configuration defaults to",
                 "=": "the active project"}.get(default, default)
        return "ask", f"you named {_said(said)}; `{(c.text or sub)[:60]}` names no {opt or 'environment'}, so it " \
                      f"runs against {where}"
    return None


def _names_env(cmd: Command, said: str = "") -> bool:
    """A place in the command's own words; a word the user wrote themselves (the model `stg_orders` they named, whose
    `stg` is the model layer's prefix) names an object, not an environment (session 27, R4)."""
    from automode.knowledge.envmarkers import env_of

    return any(_WORDLIKE.search(w.value) and env_of(w.value) in ("production", "staging")
               and not (said and _written(w.value, said)) for w in cmd.argv[1:]) or \
        any(env_of(re.sub(r"[^\w/.-]", "", v.value)) for _k, v in cmd.assigns) or _positional_env(cmd)


def _written(word: str, said: str) -> bool:
    """`word` (or its selector's name: `stg_orders+`, `model:stg_orders`) stands whole in the user's words."""
    name = word.rsplit(":", 1)[-1].strip("+@*").lower()
    return len(name) >= 3 and lazyre.whole(name, said) is not None


#: Tools whose environment is a positional word after the subcommand (`sqlmesh plan dev`; none means `prod`).
POSITIONAL_ENV: dict[str, frozenset[str]] = {"sqlmesh": frozenset({"plan", "run", "invalidate", "table_diff"})}


def _positional_env(cmd: Command) -> bool:
    subs = POSITIONAL_ENV.get(cmd.name.rsplit("/", 1)[-1])
    if subs is None:
        return False
    from automode.shell.argv import operands

    ops = operands([w.value for w in cmd.argv[1:]], frozenset({"--gateway", "--start", "-s", "--end", "-e",
                                                               "--execution-time", "--select-model", "--backfill-model"}))
    return len(ops) >= 2 and ops[0] in subs


WIDE_LEFT = "AM-JUDGE-054"
#: Words that ask for the wide scope itself: "a repository secret", "repo-wide", "for all environments", "org-wide".
_WIDE_SAID = lazyre.compile(
    r"(?i)\b(?:repo(?:sitory)?[- ](?:wide|level|secrets?|variables?)|(?:org|organi[sz]ation)[- ](?:wide|level|secrets?|"
    r"variables?)|(?:all|every|each)\s+(?:the\s+)?(?:environments?|envs?|contexts?|stages?|deploy\s+contexts?)|"
    r"whole\s+repo\w*|every\s+job|alle[ns]?\s+(?:Umgebungen|omgevingen|miljøer|miljöer)|todos\s+los\s+entornos|"
    r"todos\s+os\s+ambientes|tous\s+les\s+environnements|tutti\s+gli\s+ambienti|wszystki\w+\s+środowisk\w*)")


def left_wide(a: Analysis) -> tuple[str, str] | None:
    """("ask", why) when the user named an environment and a changing command names no scope, so it takes its widest
    or its configured one (`knowledge.scope_defaults`: a repository secret for "the staging environment"); None
    otherwise, or when the words ask for the wide scope ("a repository secret", "for all environments")."""
    from automode.knowledge.scope_defaults import CONTEXT_SCOPED
    from automode.knowledge.scope_defaults import left_wide as wide

    hits = [(c, got) for c in a.commands if (got := wide(c)) is not None]
    if not hits:
        return None
    recent = a.ctx.user_messages[-3:]
    if any(_WIDE_SAID.search(m[:4000]) for m in recent):
        return None
    c, (opts, default) = hits[0]
    said = _place_said(recent, c.name.rsplit("/", 1)[-1] in CONTEXT_SCOPED)
    if not said:
        return None
    return "ask", f"you named {said}; `{(c.text or c.name)[:60]}` names no {opts or 'scope'}, so it lands in {default}"


#: An environment said as a place, a word of its own: not inside a name (`STAGING_DB_URL`, `acme/api-sandbox`,
#: `notes-stg`), which says what a thing is called, not where the act lands; "the Staging-Umgebung" is a place.
_ENV_PLACE = lazyre.compile(
    r"(?i)(?<![\w/.-])(staging|stg|prod|production|preprod|uat|qa|dev|development|sandbox)"
    r"(?:(?![\w/-]|\.\w)|-(?=(?:umgebung|omgeving|milj\w+|ymp\w+|env\w*|ortam\w*|środowisk\w*|ambiente|entorno)\b))")
#: A context named as such, in a few languages ("in context lab-dev", "im Kontext homelab-dev", "contexte lab-dev").
_CONTEXT_SAID = lazyre.compile(r"(?i)\b(?:context|kontext\w*|contexte|contexto|contesto|kontekst\w*|контекст\w*)\s+"
                               r"[`'\"]?([\w.-]+)|コンテキスト|上下文")


def _place_said(messages: tuple[str, ...] | list[str], context: bool) -> str:
    """The environment (or, for a context-scoped tool, the context) the newest message naming one names as a place,
    "" when none does."""
    for m in reversed(messages):
        text = m[:4000]
        if context and (hit := _CONTEXT_SAID.search(text)) is not None:
            return f"the context {hit.group(1)}" if hit.groups() and hit.group(1) else "a context"
        found = sorted({GROUPS[w.lower()] for w in _ENV_PLACE.findall(text) if w.lower() in GROUPS})
        if found:
            return " or ".join(found)
    return ""


def judge(a: Analysis) -> tuple[str, str, str] | None:
    """(verdict, why, rule id) of the three readings, the first that applies; None when none does."""
    if not a.shell or not a.ctx.user_messages:
        return None
    got = adjacent(a)
    if got is not None:
        return got[0], got[1], ADJACENT
    kept = kept_default(a)
    if kept is not None:
        return kept[0], kept[1], DEFAULT_KEPT
    wide = left_wide(a)
    if wide is not None:
        return wide[0], wide[1], WIDE_LEFT
    return None
