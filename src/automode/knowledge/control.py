"""Control planes: what a cloud, cluster, platform, SaaS or data-store command line does (issue 10, point 3).

One verb table per tool, as data (`knowledge/data/control/<tool>.toml`), loaded and validated once per process. A
command becomes one `control` effect with

* `verb`   from `effects.VERBS`: read / create / update / delete / permission (IAM, visibility, collaborators, deploy
  keys, webhooks, DNS, branch protection) / secret (stored secrets changed) / deploy / publish / message / execute;
* `scope`  one named resource, a set (a selector, a wildcard, names chosen at run time), all of its kind (`--all`,
  `-A`, every row of a table, every key of a server) or a recursive tree (a whole bucket, stack or database);
* `env`    production / staging / dev / local from markers in the names it touches (`envmarkers`), "" unknown;
* `values` the concrete names it acts on (resources, contexts, namespaces, projects, apps, buckets, hosts);
* `origin` "data" when the resource holds data that is gone with it (buckets, volumes, databases, tables,
  namespaces, backups), "disposable" when nothing of value goes (caches, dangling images, empty directories),
  "public" when an access change exposes it to anyone, "identity" when it changes who is who (IAM principals, roles
  and bindings), "route" when it repoints where a name sends traffic (DNS records and zones), "notify" when creating
  it notifies other people (a pull request, an issue), "secret" when a read returns a
  stored secret, "bypass" when a merge goes past the branch's required reviews and checks (`gh pr merge --admin`,
  `az repos pr update --bypass-policy true`); `target` is the tool.

Table format (see any file for an example): `[tool]` names the programs and how their options read; `[verbs]` maps
patterns to a verb, first match wins; a key may list several patterns separated by commas. A pattern is
space-separated tokens: plain tokens match the command's positional words in order (fnmatch, case-insensitive,
`a|b` alternatives); `-x`/`--long` tokens require the option (`--opt=v1|v2` with a value matching, `!--opt` its
absence); `@pat` matches a positional word that stays one of the values (an API path); a leading `prog:` limits a
pattern to one program of a shared table (`a|b:` to several). The value is a verb or an inline table `{verb, scope, env, origin}`
overriding what the options say. `[fixtures]` maps commands to the effect expected
(`"verb [scope] [env]"`, `-` for unknown, `none` for no effect); tests run them.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from functools import lru_cache

from automode import lazyre
from automode.effects import CONTROL_ORIGINS, ENVIRONMENTS, OP_OF, SCOPES, VERBS, Effect
from automode.knowledge.control_first import jar_tool
from automode.knowledge.control_match import _SPACE as _SPACE
from automode.knowledge.control_match import Entry as Entry
from automode.knowledge.control_match import Parsed as Parsed
from automode.knowledge.control_match import Tok as Tok
from automode.knowledge.control_match import Tool as Tool
from automode.knowledge.control_match import _forms as _forms
from automode.knowledge.control_match import _opt_match as _opt_match
from automode.knowledge.control_match import match as match
from automode.knowledge.control_mirror import mirror_dest as mirror_dest  # (re-exported, used below)
from automode.knowledge.control_mirror import mirror_upload as mirror_upload  # (re-exported)
from automode.knowledge.envmarkers import env_of, strongest
from automode.knowledge.envselect import resource_picks, selector
from automode.typing_lite import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from automode.shell.commands import Env
    from automode.shell.parse import Command

FAMILIES = ("cloud", "cluster", "container", "paas", "vcs", "saas", "database", "warehouse", "queue", "framework",
            "registry", "toolchain", "device")
ORIGINS = CONTROL_ORIGINS
#: The target of a control effect read from a cmdlet's approved verb (`knowledge.cmdlet_verbs`), not from a table.
CMDLET = "powershell cmdlet"  # (`knowledge.cmdlet_verbs.control_effect` writes it)
#: Interpreters that run a tool's script (`python manage.py`, `php artisan`): the script is the tool.
RUNNERS = lazyre.compile(r"^(python[\d.]*|py|pypy\d*|php[\d.]*|ruby|node|bun|deno)$")
#: Program names RUNNERS matches, for rule indexes: `python manage.py migrate` is the command `python`.
RUNNER_NAMES = frozenset(
    {"python", "python2", "python3", *(f"python3.{i}" for i in range(6, 16)), "py", "pypy", "pypy3", "php",
     *(f"php{v}" for v in ("5", "7", "8", "7.4", "8.0", "8.1", "8.2", "8.3", "8.4")), "ruby", "node", "bun", "deno"}
)  # fmt: skip
#: Package managers that run a package's own binary named as their first word (`yarn knex migrate:down`, `pnpm prisma
#: migrate reset`; their own subcommands are in the registry table, `yarn npm publish`).
PM_RUNNERS = frozenset({"yarn", "pnpm", "bun"})
#: Toolchains that run the project's own program with its words (`knowledge.owncli`).
_OWN_RUNNERS = frozenset({"go", "cargo", "dotnet", "java", "gradle", "mvn", "lein", "mix", "sbt", "swift"})
#: `python -m MODULE` for the tools whose program name is not their module's (`django` is `django-admin`).
_MODULES = {"django": "django-admin"}
_GLOB = lazyre.compile(r"[*?]|\[.+\]")
STORAGE_ROOT = lazyre.compile(r"^(s3|gs|az|r2|b2|oss|cos|swift|wasbs?|abfss?)://[^/]+/?$", re.I)
MAX_VALUES = 12
#: A variable that holds where a client connects (`$MONGO_URI`, `${DATABASE_URL}`, `$REDIS_HOST`, `$PG_DSN`).
CONN_VAR = lazyre.compile(r"\$\{?[A-Za-z_]*(URI|URL|DSN|HOST|CONN|CONNECTION|ADDR|ADDRESS|SERVER|ENDPOINT)[A-Za-z0-9_]*\}?", re.I)


def _split_alt(s: str) -> tuple[str, ...]:
    return tuple(x.lower() for x in s.split("|") if x)


def _tok(text: str) -> Tok:
    neg = text.startswith("!")
    text = text.removeprefix("!")
    if text.startswith("-") and len(text) > 1:
        names, _, vals = text.partition("=")
        return Tok(tuple(names.split("|")), _split_alt(vals), True, neg)
    if text.startswith("@"):
        return Tok(_split_alt(text[1:]), (), False, neg, True)
    return Tok(_split_alt(text), (), False, neg)


def _strs(d: dict[str, Any], key: str, where: str) -> frozenset[str]:
    v = d.get(key, [])
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise ValueError(f"{where}: `{key}` must be a list of strings")
    return frozenset(v)


def _load_one(name: str, text: str) -> Tool:
    import tomllib

    where = f"control/{name}"
    data = tomllib.loads(text)
    t = data.get("tool")
    if not isinstance(t, dict) or not t.get("names"):
        raise ValueError(f"{where}: a [tool] table with `names` is required")
    family = t.get("family", "")
    if family not in FAMILIES:
        raise ValueError(f"{where}: family {family!r} is not one of {FAMILIES}")
    default_env = t.get("default_env", "")
    if default_env and default_env not in ENVIRONMENTS:
        raise ValueError(f"{where}: default_env {default_env!r}")
    entries: list[Entry] = []
    for pattern, spec in (data.get("verbs") or {}).items():
        spec = {"verb": spec} if isinstance(spec, str) else spec
        if not isinstance(spec, dict) or spec.get("verb") not in VERBS:
            raise ValueError(f"{where}: `{pattern}` needs a verb from {VERBS}")
        scope, env, origin = spec.get("scope", ""), spec.get("env", ""), spec.get("origin", "")
        if (scope and scope not in SCOPES) or (env and env not in ENVIRONMENTS) or origin not in ORIGINS:
            raise ValueError(f"{where}: `{pattern}` has a bad scope/env/origin")
        safer = spec.get("safer", "")
        if not isinstance(safer, str) or (safer and not _SAFER.fullmatch(safer)):
            raise ValueError(f"{where}: `{pattern}` has a bad safer template {safer!r} (`{{cmd}}` or `{{cmd|old=new}}`, then options)")
        for one in pattern.split(","):
            words = one.split()
            programs: frozenset[str] = frozenset()
            if words and words[0].endswith(":") and all(x in t["names"] for x in words[0][:-1].split("|")):
                programs, words = frozenset(words[0][:-1].split("|")), words[1:]  # `gsutil: rm`, `conda|mamba: env rm`
            toks = tuple(_tok(x) for x in words)
            for tk in toks:
                if not tk.names or any(n.startswith("-") != tk.option for n in tk.names):
                    raise ValueError(f"{where}: `{one.strip()}` mixes options and words in one token (a missing comma?)")
            entries.append(Entry(one.strip(), toks, spec["verb"], scope, env, origin, programs, safer))
    fixtures = data.get("fixtures") or {}
    if not fixtures:
        raise ValueError(f"{where}: every table carries [fixtures]")
    return Tool(
        name=name, names=_strs(t, "names", where), family=family,
        value_options=_strs(t, "value_options", where), path_options=_strs(t, "path_options", where), long_values=bool(t.get("long_values", False)),
        flag_options=_strs(t, "flag_options", where), env_options=_strs(t, "env_options", where),
        host_options=_strs(t, "host_options", where),
        resource_options=_strs(t, "resource_options", where), all_options=_strs(t, "all_options", where),
        set_options=_strs(t, "set_options", where), recursive_options=_strs(t, "recursive_options", where),
        dry_run=_strs(t, "dry_run", where), safer_drop=_strs(t, "safer_drop", where), default_env=default_env, value_env=bool(t.get("value_env", True)), cwd_env=bool(t.get("cwd_env", False)),
        stdin_argv=bool(t.get("stdin_argv", False)), entries=tuple(entries),
        fixtures=tuple((str(k), str(v)) for k, v in fixtures.items()),
    )  # fmt: skip


#: `{cmd}` (the command as given) or `{cmd|apply=plan}` (its first positional word `apply` swapped for `plan`), then
#: options to add: `{cmd} --dry-run=server`, `{cmd|apply=plan}`.
_SAFER = lazyre.compile(r"\{cmd(\|[a-z0-9-]+=[a-z0-9-]+)?\}( [^{}\s]+)*")
_NAMES_LINE = lazyre.compile(r"^names\s*=\s*\[([^\]]*)\]", re.M)
_FAMILY_LINE = lazyre.compile(r'^family\s*=\s*"([a-z]+)"', re.M)


DATA_DIR = os.path.join(os.path.dirname(__file__), "data", "control")


def _read(name: str) -> str:
    with open(os.path.join(DATA_DIR, name), encoding="utf-8") as f:
        return f.read()


@lru_cache(maxsize=1)
def index() -> dict[str, tuple[str, str]]:
    """Program name -> (table, family): a hook process that runs no control-plane command never imports the TOML
    parser, nor opens the tables. Read from `control_index.py`, which `python -m automode.knowledge.control_build`
    writes from the tables' `names` and `family` lines (`read_index`; a test keeps the two equal, and each table's
    parse agrees with both); when the tables directory holds other files than the index was written from, from the
    tables themselves."""
    from automode.knowledge.control_index import INDEX, TABLES

    if tuple(sorted(f for f in os.listdir(DATA_DIR) if f.endswith(".toml"))) != TABLES:
        return read_index()  # a table added or removed since the index was written: read the tables (slower, right)
    return dict(INDEX)


def read_index() -> dict[str, tuple[str, str]]:
    """`index()` read from the tables themselves, without parsing them (the build step; tests)."""
    out: dict[str, tuple[str, str]] = {}
    for fname in sorted(os.listdir(DATA_DIR)):
        if not fname.endswith(".toml"):
            continue
        text = _read(fname)
        m, fam = _NAMES_LINE.search(text), _FAMILY_LINE.search(text)
        if m is None or fam is None:
            raise ValueError(f"control/{fname}: `names = [...]` and `family = \"...\"` lines are required")
        for n in re.findall(r'"([^"]+)"', m.group(1)):
            if n in out:
                raise ValueError(f"control/{fname}: `{n}` is already in control/{out[n][0]}")
            out[n] = (fname.removesuffix(".toml"), fam.group(1))
    return out


@lru_cache(maxsize=64)
def table(name: str) -> Tool:
    """One tool's table, parsed and validated on first use."""
    return _load_one(name, _read(f"{name}.toml"))


def tools() -> dict[str, Tool]:
    """Every table by program name (tests, docs)."""
    return {n: table(t) for n, (t, _fam) in index().items()}


def names(*families: str) -> frozenset[str]:
    """Program names of the given families (all when none given), the interpreters that run a tool's script
    (`python manage.py`, `php artisan`) and the HTTP clients that call a family's APIs (`knowledge.httpapi`): rule
    indexes."""
    from automode.knowledge import httpapi

    out = frozenset(n for n, (_t, fam) in index().items() if not families or fam in families) | RUNNER_NAMES | PM_RUNNERS
    return out | httpapi.CLIENTS if not families or httpapi.FAMILIES.intersection(families) else out


def family(target: str) -> str:
    """The family of a control effect's target: a tool's table or an HTTP API's service."""
    from automode.knowledge import httpapi

    if target == CMDLET:
        return "saas"
    if target == "subcommand verb":  # (`knowledge.subverbs.SUBVERB`) a program no table knows: no family
        return ""  # a cmdlet of a directory, mail or cloud module: a service's objects, like a SaaS API's
    fam = httpapi.families().get(target) if target.endswith(httpapi.SUFFIXES) else None
    return fam if fam is not None else table(target).family


def resolve(cmd: Command) -> tuple[Tool, str, list[tuple[str, bool]]] | None:
    """The tool a command runs and its arguments (value, dynamic), looking through `python manage.py`."""
    idx = index()
    program = cmd.name
    hit = idx.get(program)
    if hit is None and program == "java":  # `java [opts] -jar jenkins-cli.jar …`: the jar is the tool
        jar = jar_tool(cmd, idx)
        return None if jar is None else (table(idx[jar[0]][0]), *jar)
    if hit is None and (len(cmd.argv) < 2 or not RUNNERS.match(program)):
        return None  # most commands: no control plane, and nothing built to find that out
    words = [(w.value, w.dynamic) for w in cmd.argv[1:]]
    if hit is None and RUNNERS.match(program) and words:
        if words[0][0] == "-m" and len(words) > 1:  # `python -m django flush`, `python3 -m alembic downgrade base`
            words = [(_MODULES.get(words[1][0], words[1][0]), False), *words[2:]]
        program = words[0][0].rsplit("/", 1)[-1]
        hit = idx.get(program)
        words = words[1:]
    elif hit is not None and program in PM_RUNNERS and words and idx.get(words[0][0], hit)[0] != hit[0]:
        program, hit, words = words[0][0], idx[words[0][0]], words[1:]  # `pnpm prisma db push`: the package's binary
    if hit is None:
        return None
    if hit[0] == "cmdlets":  # `Remove-ADUser -Identity x`: the verb and noun are the words (`knowledge.cmdlets`)
        from automode.knowledge.cmdlets import words as cmdlet_words

        words = cmdlet_words(cmd)
    return table(hit[0]), program, words


def parse(tool: Tool, words: list[tuple[str, bool]]) -> Parsed:
    pos: list[str] = []
    dyn: list[bool] = []
    opts: dict[str, list[str]] = {}
    i = 0
    only_pos = False
    while i < len(words):
        v, d = words[i]
        i += 1
        if only_pos or not v.startswith("-") or v == "-" or d:
            pos.append(v)
            dyn.append(d)
            continue
        if v == "--":
            only_pos = True
            continue
        name, eq, val = v.partition("=")
        if not eq and not v.startswith("--") and len(v) > 2 and v[:2] in tool.value_options and v not in tool.value_options:
            name, val, eq = v[:2], v[2:], "="  # -XDELETE, -nprod
        if not eq and i < len(words) and not (name.startswith("--") and _option_word(words[i][0])) and (
            (name in tool.path_options and _looks_like_file(words[i][0])) or _takes_value(tool, name)
        ):
            val = words[i][0]
            i += 1
        opts.setdefault(name, []).append(val)
    return Parsed(tuple(pos), tuple(dyn), opts)


def _option_word(w: str) -> bool:
    """After a long option, the next word is an option of its own, not its value: `gh pr review 412 --comment -b TEXT`
    (`--comment` is the review's kind there, a value option of `gh issue close`), so the body is never read as a
    resource name (nor its words as an environment: "aria-live" is no production marker). Short options shared by the
    tools of one table keep reading the next word (`bq rm -f -t TABLE`)."""
    return len(w) > 1 and w.startswith("-") and not w[1:2].isdigit()


def _takes_value(tool: Tool, name: str) -> bool:
    if name in tool.value_options:
        return True
    return tool.long_values and name.startswith("--") and name not in tool.flag_options and not name.startswith("--no-")


def _looks_like_file(w: str) -> bool:
    return w == "-" or "/" in w or "." in w.lstrip(".") or w.lower().endswith("file")


def _scope(tool: Tool, e: Entry, p: Parsed, values: list[str], dynamic: bool) -> str:
    opts = p.options
    if any(o in opts for o in tool.all_options):
        return "all"
    recursive = any(o in opts for o in tool.recursive_options)
    if (recursive or e.verb == "delete") and any(STORAGE_ROOT.match(v) for v in values):
        return "recursive"  # a whole bucket: one named thing and everything in it
    if dynamic or any(o in opts for o in tool.set_options) or any(_GLOB.search(v) for v in values):
        return "set"  # names chosen at run time, a selector, a wildcard
    if e.scope:
        return e.scope
    if recursive:
        return "recursive"
    return "one" if values else ""


def _dry_run(tool: Tool, p: Parsed) -> bool:
    """A dry-run option (`--dry-run`, `--dry-run=client`), but not one switched off (`--dry-run=none`)."""
    for k, vs in p.options.items():
        for v in vs:
            if f"{k}={v}".lower() in tool.dry_run or (k in tool.dry_run and v.lower() not in ("none", "false", "0", "no")):
                return True
    return False


def places(cmd: Command) -> tuple[str, ...]:
    """The values of `cmd` that say where it acts (`-n label-printer`, `--context staging`, `--region`, `--project`),
    not which thing it acts on: a name there is a location, never a sibling of the thing the user named."""
    from automode.knowledge import httpapi

    if cmd.name in httpapi.CLIENTS:
        return ()
    r = resolve(cmd)
    if r is None:
        return ()
    tool, _program, words = r
    p = parse(tool, words)
    return tuple(v for o in tool.env_options for v in p.options.get(o, []) if v)


#: The last classifications, by command identity: a dozen rules ask for the same command's effect in one decision
#: (commands are never changed in place once lowered, so the object is the key; it is kept to pin its id).
_MEMO: dict[tuple[int, str], tuple[Command, Effect | None]] = {}


def classify(cmd: Command, cwd_rel: str = "") -> Effect | None:
    """The control effect of one command, or None when no table knows it (or its subcommand)."""
    key = (id(cmd), cwd_rel)
    hit = _MEMO.get(key)
    if hit is not None and hit[0] is cmd:
        return hit[1]
    e = _classify(cmd, cwd_rel)
    if len(_MEMO) >= 64:
        _MEMO.clear()
    _MEMO[key] = (cmd, e)
    return e


def _classify(cmd: Command, cwd_rel: str) -> Effect | None:
    e = _classify_raw(cmd, cwd_rel)
    if e is not None and e.verb == "delete" and mirror_dest(cmd, e) is not None:
        from automode.dc import replace

        # `aws s3 sync s3://b/raw/ data/raw/ --delete`: a download; what it prunes is this machine's copy (`effects`)
        return replace(e, verb="read", origin="", scope="recursive", recursive=False)
    return e


def _classify_raw(cmd: Command, cwd_rel: str) -> Effect | None:
    from automode.knowledge import httpapi

    if cmd.name in httpapi.CLIENTS:
        return httpapi.classify(cmd)  # a service's API by method and path
    r = resolve(cmd)
    if r is None:
        from automode.knowledge.subverbs import unknown

        return unknown(cmd)  # a cmdlet by its approved verb, another program by its subcommand's verb
    tool, program, words = r
    if tool.family in ("toolchain", "registry", "build", "framework") and cmd.name in _OWN_RUNNERS:
        from automode.knowledge.subverbs import effect as own

        # `mix run x.exs purge`, `cargo run -- drop`: the project's own program, read by its verb
        if (got := own(cmd, (tool.name, tool.family, tool.default_env), words)) is not None:
            return got
    p = parse(tool, words)
    if _dry_run(tool, p):
        verb_entry: Entry | None = Entry("(dry run)", (), "read")
    else:
        verb_entry = match(tool, p, program)
    if tool.stdin_argv and (program in _STDIN_FORMS or (verb_entry is None and not p.positional)):
        text, known = cmd.stdin_text()
        if known and program in _STDIN_FORMS and (text or "").strip():
            fed = _stdin_form(tool, program, text or "", p)
            if fed is not None:
                p, verb_entry = fed
            known = False  # (the reader said what the input does; its raw lines are not the tool's commands)
        for line in (text or "").splitlines()[:50] if known else ():
            sub = parse(tool, [(w, False) for w in line.split()])
            e2 = match(tool, sub, program)
            if e2 is not None:
                p = Parsed(sub.positional, sub.dynamic, {**p.options, **sub.options})
                verb_entry = e2
                if e2.verb != "read":
                    break
    if verb_entry is None:
        from automode.knowledge.subverbs import effect as by_verb

        return by_verb(cmd, (tool.name, tool.family, tool.default_env), words)  # the table lacks the subcommand: its verb says what it does
    e = verb_entry
    path = [t for t in e.tokens if not t.option]
    keep = [k for k, t in enumerate(path) if t.value] + list(range(len(path), len(p.positional)))
    rest = [p.positional[k] for k in keep if k < len(p.positional)]
    # names chosen at run time make a set, but not the connection string a client is pointed at (`"$MONGO_URI"`)
    rest_dyn = any(p.dynamic[k] and not CONN_VAR.search(p.positional[k]) for k in keep if k < len(p.positional))
    values = [v for v in rest if v][:MAX_VALUES]
    values += [v for o in tool.resource_options for v in p.options.get(o, []) if v]
    if cmd.assigns and not any(p.options.get(o) for o in tool.resource_options):
        values += resource_picks(cmd)  # `FLY_APP=x fly deploy` is `fly deploy -a x` (`envselect.RESOURCE_VARS`)
    where = [v for o in tool.env_options for v in p.options.get(o, []) if v]
    # the account, context, stage or app chosen for it elsewhere (`export FLY_APP=x`, `kubectx x`: `envselect.carry`)
    where += [w.value for k, w in cmd.assigns if w.value and not w.dynamic and selector(k)][:4]
    raws = [w.raw for w in cmd.argv[1:] if w.dynamic and "$" in w.raw]
    assigned = [f"{k}={w.value}" for k, w in cmd.assigns]
    named = (*values, *raws) if tool.value_env else ()
    envs = [env_of(x) for x in (*named, *where, *assigned)]
    if tool.cwd_env and cwd_rel:
        envs.append(env_of(cwd_rel))
    elsewhere = any(p.options.get(o) for o in tool.host_options) or any(
        "://" in w.value and env_of(w.value) != "local" for w in (*(w for _k, w in cmd.assigns), *cmd.argv[1:])
    ) or any(CONN_VAR.search(w.raw) for w in cmd.argv[1:] if w.dynamic) or bool(cmd.remote)
    # (a command run on another machine, `ssh app.example 'php artisan …'`, is not this machine's default)
    # a URL to another machine in an assignment or a word (`mongosh mongodb://10.0.0.5/shop`), or a connection
    # string known only at run time (`mongosh "$MONGO_URI"`: wherever the variable points, not this machine's default)
    env = e.env or strongest(envs) or ("" if elsewhere else tool.default_env)
    scope = _scope(tool, e, p, values, rest_dyn)
    vals = tuple(dict.fromkeys([*values, *where]))[:MAX_VALUES]
    recursive = scope in ("recursive", "all") and any(o in p.options for o in tool.recursive_options)
    return Effect("control", tool.name, detail=(cmd.text or " ".join(w.value for w in cmd.argv))[:200], via=cmd.via,
                  recursive=recursive, origin=e.origin, verb=e.verb, scope=scope, env=env, values=vals,
                  op=_op(e, p))  # fmt: skip


#: Clients whose input is an admin protocol a reader turns into the table's words (`knowledge.stdin_forms`).
_STDIN_FORMS = frozenset({"nsupdate", "ldapmodify", "ldapadd", "kadmin", "kadmin.local"})


def input_form(cmd: Command, tool: Tool, program: str, p: Parsed) -> tuple[Parsed, Entry] | None:
    """The act and words of the admin protocol fed to `cmd`'s input (`nsupdate <<EOF`, an LDIF to ldapmodify), for
    readers of a command's values (`judge.intent.naming`); None when there is none."""
    if program not in _STDIN_FORMS:
        return None
    text, known = cmd.stdin_text()
    return _stdin_form(tool, program, text or "", p) if known and (text or "").strip() else None


def input_values(cmd: Command) -> list[str]:
    """The names the admin protocol fed to `cmd` acts on (the record, the group and member): what a user names it by."""
    if cmd.name not in _STDIN_FORMS:
        return []
    r = resolve(cmd)
    if r is None:
        return []
    tool, program, words = r
    got = input_form(cmd, tool, program, parse(tool, words))
    if got is None:
        return []
    p, e = got
    return [v for v in p.positional[sum(1 for t in e.tokens if not t.option) :] if v]


def _stdin_form(tool: Tool, program: str, text: str, p: Parsed) -> tuple[Parsed, Entry] | None:
    """The worst act of the protocol text fed to `program` (`nsupdate <<EOF … update delete …`, an LDIF to
    ldapmodify), with its words as the command's: None when no record of it matches the table."""
    from automode.knowledge.stdin_forms import RANK, lines

    best: tuple[Parsed, Entry] | None = None
    for words in lines(program, text) or []:
        sub = parse(tool, [(w, False) for w in words])
        e = match(tool, sub, program)
        if e is not None and (best is None or RANK.get(e.verb, 2) > RANK.get(best[1].verb, 2)):
            best = Parsed(sub.positional, sub.dynamic, {**p.options, **sub.options}), e
    return best


_OP_SPLIT = lazyre.compile(r"[-_:.]")


def _op(e: Entry, p: Parsed) -> str:
    """The release-control act (`effects.OPS`) the matched words name: `rollout undo` -> rollback, `ps:scale` -> scale,
    `rotate-secret` -> rotate, `pr review --approve` -> approve; "" for any other act."""
    n = sum(1 for t in e.tokens if not t.option)
    # the matched words and the one after them (`rollout undo` matched by `rollout`), then flags without a value
    # (`gh pr review --approve`; not `kubectl run --restart=Never`)
    words = [x.lower() for x in p.positional[: n + 1]]
    words += [k.lstrip("-") for k, vs in p.options.items() if k.startswith("-") and all(v == "" for v in vs)]
    for w in reversed(words):
        for part in (w, *_OP_SPLIT.split(w)):
            if part in OP_OF:
                return OP_OF[part]
    return ""


def safer(cmd: Command) -> str | None:
    """The same act done safely, where the tool has one for every command the entry matches (a dry run, a plan):
    a command automode itself allows, built from this command's own words; None when there is none or a word is
    only known at run time."""
    r = resolve(cmd)
    # (an assignment written on the command would be lost by a suggestion built from the words; one the analysis
    # carried from elsewhere, `envselect.carry`'s CHECKOUT_DIR for `terraform -chdir=envs/prod`, is not in its text)
    if r is None or any(w.dynamic for w in cmd.argv) or any(f"{k}=" in (cmd.text or f"{k}=") for k, _w in cmd.assigns):
        return None
    tool, program, words = r
    p = parse(tool, words)
    if _dry_run(tool, p):
        return None
    e = match(tool, p, program)
    if e is None or not e.safer:
        return None
    head, _, tail = e.safer.partition("}")
    swap = head.removeprefix("{cmd").removeprefix("|")
    old, _, new = swap.partition("=")
    argv = [w.value for w in cmd.argv]
    out: list[str] = []
    swapped = not old
    for k, w in enumerate(argv):
        name = w.split("=", 1)[0]
        if k and name in tool.safer_drop:
            continue
        if not swapped and k and w == old:
            out.append(new)
            swapped = True
            continue
        out.append(w)
    if not swapped:
        return None
    import shlex

    return " ".join([shlex.join(out), *tail.split()])


def effects(cmd: Command, env: Env) -> Iterator[Effect]:
    if not cmd.argv or cmd.name_dynamic:
        return
    cwd = cmd.cwd or ""
    root = env.root.rstrip("/")
    rel = cwd[len(root) :] if cwd.startswith(root + "/") else ""
    e = classify(cmd, rel)
    if e is None:
        return
    yield e
    dest = mirror_dest(cmd, e)
    if dest is not None:
        # a download whose pruning lands on this machine's copy: judged as the local tree it is (like `rsync
        # --delete` into a local directory), not as data deleted in the cloud
        yield env.file("write", dest, cmd, origin="copy", recursive=True)
        yield env.file("delete", dest, cmd, recursive=True, origin="mirror")
