"""Live places given to test runners, load tools and API fuzzers (session 15, F3): the option, variable or word that
points a run at a host, and whether that host is this machine (or a test name) or a live site.

A test suite pointed at a live site fills its forms, places its orders, creates and deletes its records there; a load
tool sends it thousands of requests; a fuzzer sends it random writes; a suite given a live database URL truncates its
tables. Run against `localhost`, a `*.test`/`*.local`/`*.localhost` name, a container's service name (one label) or
a variable reference, it is the routine development loop (an `example.com` host is no test name: it stands for a
live one).

Rows: the runners by kind (`e2e`, `api`, `tests`, `load`, `fuzz`), the options that carry a URL or host, the options
and variables that select an environment by name (`--env production`, `-e ENV=prod`, `TEST_ENV=prod`), and the
variables a suite reads its endpoint or its database from (`BASE_URL=`, `PLAYWRIGHT_BASE_URL=`, `CYPRESS_BASE_URL=`,
`API_URL=`, `*_BASE_URL`, `DATABASE_URL=`). Package scripts (`npm run test:e2e`, `yarn smoke`, `make e2e`) are runners
when their script name says tests. Sources: pytest-base-url `--base-url`, Playwright `use.baseURL` with
`PLAYWRIGHT_BASE_URL`/`BASE_URL` by convention, Cypress `--config baseUrl=`/`CYPRESS_BASE_URL`/`--env`, k6
`-e/--env KEY=VALUE`, Locust `-H/--host`, Artillery `-t/--target` and `-e/--environment`, Newman `--env-var`/
`-e FILE`, JMeter `-J`, Gatling `-D`, Robot `--variable`, behave `-D`, hurl `--variable`, Bruno `bru run --env`,
Dredd's positional endpoint, Schemathesis `--base-url`/`--url`, hey/ab/wrk/autocannon/siege/bombardier/oha/h2load
positional URL, WebdriverIO `--baseUrl`, Nightwatch/CodeceptJS `--env`.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.dc import dataclass
from automode.knowledge import loads
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

E2E, API, TESTS, LOAD, FUZZ, SCRIPT = "e2e", "api", "tests", "load", "fuzz", "script"
#: Interpreters whose first operand is a script of the project (`node scripts/backfill.js`): a script given a live
#: endpoint or database by a variable acts there (only variables count for them: their options are their own).
INTERPRETERS = frozenset({"node", "python", "python3", "py", "ruby", "php", "bash", "sh", "zsh", "deno", "bun",
                          "ts-node", "tsx", "perl", "pwsh", "go", "uv", "poetry", "pipenv"})
_SCRIPT_SUFFIXES = (".sh", ".bash", ".py", ".js", ".mjs", ".cjs", ".ts", ".rb", ".php", ".pl", ".ps1")
_SCRIPT_FILE = lazyre.compile(r"(?i)(?:^|/)[\w.-]+\.(?:py|[cm]?[jt]s|rb|php|sh|bash|pl|ps1)$|/")
RUNNERS: dict[str, str] = {
    **dict.fromkeys(("playwright", "cypress", "wdio", "webdriverio", "testcafe", "nightwatch", "codeceptjs", "codecept",
                     "selenium-side-runner", "behave", "robot", "pybot", "cucumber", "cucumber-js", "protractor",
                     "puppeteer", "detox", "maestro", "appium"), E2E),
    **dict.fromkeys(("newman", "dredd", "hurl", "bru", "tavern-ci", "karate", "venom", "stepci", "postman"), API),
    **dict.fromkeys(("pytest", "py.test", "jest", "vitest", "mocha", "ava", "tap", "rspec", "go", "dotnet", "mvn",
                     "mvnw", "./mvnw", "gradle", "gradlew", "./gradlew", "phpunit", "pest", "tox", "nox", "deno",
                     "bun", "cargo", "mix", "ctest", "rake", "bundle", "php"), TESTS),
    **dict.fromkeys((*loads.TOOLS, "gatling.sh", "loadtest", "ddosify", "plow"), LOAD),  # (one list: `knowledge.loads`)
    **dict.fromkeys(("schemathesis", "st", "restler", "cats", "wuppiefuzz"), FUZZ),
}  # fmt: skip
#: Test paths and script names of suites that drive the application end to end (its forms, orders, records).
_E2E_PATH = lazyre.compile(r"(?i)(?:^|[/:_-])(?:e2e|end-to-end|end2end|acceptance|features|ui-tests?|browser|"
                           r"playwright|cypress|selenium|system)(?:$|[/:_.-])")
#: Package-script runners: a runner when the script named says tests (`npm run test:e2e`, `make smoke`).
SCRIPT_RUNNERS = frozenset({"npm", "yarn", "pnpm", "npx", "make", "just", "task", "composer", "poetry", "pipenv",
                            "hatch", "pdm", "uv", "turbo", "nx", "lerna", "rush"})
_SCRIPT_WORDS = lazyre.compile(r"(?i)(?:^|[:_-])(?:test|tests|e2e|smoke|integration|acceptance|load|perf|stress|"
                               r"soak|spike|synthetic|regression|ui-tests?|api-tests?|playwright|cypress|k6|bdd)(?:$|[:_-])")
#: Commands of these runners that run nothing against a place (a report, an install, a code generator).
_NOT_RUNS = frozenset({"install", "show-report", "codegen", "open", "init", "--version", "-v", "version", "help",
                       "--help", "merge-reports", "list", "inspect", "archive", "login", "convert", "report",
                       "cloud", "build", "fmt", "vet", "mod", "get", "tidy", "add", "remove", "publish"})  # fmt: skip
#: Options whose value is where the run goes (any runner).
URL_OPTS = frozenset({"--base-url", "--baseurl", "--baseUrl", "--base_url", "--url", "--host", "--target",
                      "--endpoint", "--server", "--api-url", "--app-url", "--site-url", "--server-url",
                      "--target-url", "--api", "--live-server"})  # fmt: skip
#: Short options of named runners: (program, option).
SHORT_URL: frozenset[tuple[str, str]] = frozenset({("locust", "-H"), ("artillery", "-t"), ("schemathesis", "-u"),
                                                    ("st", "-u"), ("ffuf", "-u"), ("dredd", "-h")})
#: Options whose value is `KEY=VALUE` (or `KEY:VALUE`) pairs a run reads (k6 `-e`, newman `--env-var`, JMeter `-J`).
PAIR_OPTS = frozenset({"--env-var", "--global-var", "--variable", "-v", "--define", "-D", "-J", "-G", "--env", "-e",
                       "--config", "--var", "--set"})  # fmt: skip
#: Options whose value names an environment (`--env production`, `--stage prod`, newman `-e prod.json`).
ENV_OPTS = frozenset({"--env", "-e", "--environment", "--stage", "--target", "--profile", "--env-file",
                      "--environment-file", "--config-file", "--configFile"})  # fmt: skip
#: Keys and variables whose value is an endpoint (`BASE_URL`, `baseUrl`, `host`, `API_URL`, `*_BASE_URL`).
ENDPOINT_KEY = lazyre.compile(r"(?i)^(?:(?:\w*_)?(?:base_?url|baseurl|api_?url|app_?url|site_?url|target_?url|"
                              r"server_?url|host_?url|test_?url|e2e_?url|endpoint|api_?endpoint|api_?base|api_?host|"
                              r"target_?host)|host|url|base|target|baseurl|cypress_base_?url|playwright_base_?url)$")
#: Key names that are an endpoint only as a runner's option pair (`--env host=…`), not as a shell variable.
_GENERIC_KEYS = frozenset({"host", "url", "base", "target", "endpoint"})
#: Variables whose value is a database a suite writes to (and usually truncates).
DB_KEY = lazyre.compile(r"(?i)^(?:\w*_)?(?:database_url|db_url|dsn|redis_url|mongo(?:db)?_ur[il]|postgres_url|"
                        r"mysql_url|sqlalchemy_database_uri)$")
#: Variables whose value names the environment a suite runs against (`TEST_ENV=prod`, `ENV=production`).
ENV_KEY = lazyre.compile(r"(?i)^(?:(?:test|e2e|target|run|app|deploy)_)?(?:env|environment|stage)$")

_LOCAL_HOST = lazyre.compile(r"(?i)^(?:localhost|127(?:\.\d+){3}|0\.0\.0\.0|\[?::1?\]?|host\.docker\.internal|"
                             r"(?:[\w-]+\.)+(?:localhost|local|test|lan|home\.arpa)|[a-z][\w-]*)$")
_URL = lazyre.compile(r"(?i)^(?:https?|wss?|grpcs?|postgres(?:ql)?|mysql|mongodb(?:\+srv)?|rediss?)://")


@dataclass(frozen=True, slots=True)
class Live:
    host: str  # the host, or the environment name selected (`production`)
    value: str  # the word it came from
    program: str
    kind: str  # e2e | api | tests | load | fuzz
    db: bool = False  # a database the suite writes to


def _host(value: str) -> str:
    v = value.strip("'\"")
    if _URL.match(v):
        from urllib.parse import urlsplit

        try:
            return (urlsplit(v).hostname or "").lower()
        except ValueError:
            return ""
    if re.fullmatch(r"(?i)[a-z0-9.-]+\.[a-z]{2,}(?::\d+)?(?:/\S*)?", v):
        return v.split("/", 1)[0].split(":", 1)[0].lower()
    return ""


def live_host(value: str) -> str:
    """The host of a URL or host value when it is not this machine or a test name ("" otherwise)."""
    h = _host(value)
    if not h or _LOCAL_HOST.match(h):
        return ""
    from automode.knowledge.envmarkers import env_of

    return "" if env_of(h) == "local" else h


def _env_place(value: str) -> str:
    """An environment selected by name (`prod`, `production.json`, `staging`): the name, "" for dev/test/local."""
    from automode.knowledge.envmarkers import env_of

    v = value.strip("'\"").rsplit("/", 1)[-1]
    if _URL.match(v) or len(v) > 80:
        return ""
    env = env_of(v)
    return env if env in ("production", "staging") else ""


def runner_kind(cmd: Command) -> str:
    """The kind of run `cmd` is ("" when it is no test, load or fuzz run)."""
    name = cmd.name.rsplit("/", 1)[-1].lower()
    args = [w.value for w in cmd.argv[1:]]
    kind = RUNNERS.get(name, "")
    if name in ("python", "python3", "py") and len(args) >= 2 and args[0] == "-m":
        kind = RUNNERS.get(args[1], "")
    if name in SCRIPT_RUNNERS:
        pos = [x for x in args if not x.startswith("-")][:3]
        if any(_SCRIPT_WORDS.search(x) for x in pos):
            kind = TESTS
        elif name == "npx" and pos and pos[0] in RUNNERS:
            kind = RUNNERS[pos[0]]
    if not kind and cmd.argv and "/" in cmd.argv[0].value and name.endswith(_SCRIPT_SUFFIXES):
        kind = SCRIPT  # `./scripts/smoke.sh`
    elif not kind and name in INTERPRETERS and not {"-c", "-e", "--eval", "-m"} & set(args[:3]):
        ops = [x for x in args if not x.startswith("-") and x not in ("run", "exec")]
        if ops and _SCRIPT_FILE.search(ops[0]) and not ops[0].startswith(("http:", "https:")):
            kind = SCRIPT  # `node scripts/backfill.js`, `uv run python scripts/sync.py`
    if kind and args and args[0] in _NOT_RUNS:
        return ""
    if kind == TESTS and any(_E2E_PATH.search(x) for x in args if not x.startswith("-")):
        kind = E2E  # `pytest tests/e2e`, `npm run test:e2e`, `rspec spec/features`: a browser or API driven end to end
    if kind == TESTS and name in ("go", "dotnet", "cargo", "mix", "deno", "bun", "bundle", "php", "rake") and \
            not any(x in ("test", "tests", "spec", "rspec", "pytest", "phpunit", "pest", "dusk") or
                    x.startswith(("test", "spec")) for x in args[:3]):
        return ""  # `go run`, `bundle install`: no test run
    return kind


def is_runner_name(name: str) -> bool:
    """A command name that can be a test, load or fuzz runner, or run a script (the rule's name test)."""
    n = name.rsplit("/", 1)[-1].lower()
    return n in RUNNERS or n in SCRIPT_RUNNERS or n in INTERPRETERS or n.endswith(_SCRIPT_SUFFIXES)


def _pairs(v: str) -> list[tuple[str, str]]:
    """`KEY=VALUE` / `KEY:VALUE` pairs in one option value (`baseUrl=…,video=false` for Cypress's `--config`)."""
    out: list[tuple[str, str]] = []
    for part in re.split(r",(?=[\w.-]+[=:])", v.strip("'\"")):
        k, sep, val = part.partition("=")
        if not sep:
            k, sep, val = part.partition(":")
            if not sep or val.startswith("//"):
                continue
        out.append((k.strip(), val.strip()))
    return out


def targets(cmd: Command, exported: tuple[tuple[str, str], ...] = ()) -> list[Live]:
    """The live places `cmd` runs its tests, load or fuzzing against."""
    kind = runner_kind(cmd)
    if not kind:
        return []
    prog = cmd.name.rsplit("/", 1)[-1].lower()
    out: list[Live] = []

    def add(value: str, db: bool = False, env_ok: bool = False, url_only: bool = False) -> None:
        if url_only and not _URL.match(value.strip("'\"")):
            return
        h = live_host(value)
        if not h and env_ok:
            h = _env_place(value)
        if h:
            out.append(Live(h, value, prog, kind, db))

    for k, v in (*exported, *((k, w.value) for k, w in cmd.assigns if not w.dynamic)):
        if ENDPOINT_KEY.match(k) and k.lower() not in _GENERIC_KEYS:  # (`url=…` in a loop is no suite's endpoint)
            add(v)
        elif DB_KEY.match(k):
            add(v, db=True)
        elif ENV_KEY.match(k) and kind != SCRIPT and k not in ("NODE_ENV", "RAILS_ENV", "RACK_ENV", "APP_ENV", "MIX_ENV", "FLASK_ENV"):
            add(v, env_ok=True)
    words = cmd.argv[1:]
    args = [w.value for w in words] if kind != SCRIPT else []
    i = 0
    while i < len(args):
        x = args[i]
        dyn = words[i].dynamic
        if x[:2] in ("-D", "-J", "-G") and len(x) > 2 and "=" in x:
            x, name, eq, val = "-D", "-D", "", x[2:]  # `-Dbase.url=https://…`, `-Jhost=…`: one pair, attached
        else:
            name, eq, val = x.partition("=")
        takes = name in URL_OPTS or (prog, name) in SHORT_URL or name in PAIR_OPTS or name in ENV_OPTS
        if x.startswith("-") and takes and not eq and i + 1 < len(args):
            val, dyn, i = args[i + 1], words[i + 1].dynamic, i + 1
        if dyn:
            i += 1
            continue
        if x.startswith("-"):
            if name in URL_OPTS or (prog, name) in SHORT_URL:
                add(val, env_ok=name in ("--target", "--host"))
            elif name in PAIR_OPTS and ("=" in val or ":" in val) and not _URL.match(val):
                for k, v in _pairs(val):
                    if ENDPOINT_KEY.match(k.split(".")[-1]) or k.lower() in ("host", "url", "baseurl", "base_url"):
                        add(v)
                    elif DB_KEY.match(k):
                        add(v, db=True)
                    elif ENV_KEY.match(k) or k in ("configFile", "environment"):
                        add(v, env_ok=True)
            elif name in ENV_OPTS and val:
                add(val, env_ok=True)
        elif kind in (LOAD, FUZZ, API) or prog in ("dredd",):
            add(x, url_only=True)  # `hey -n 10000 https://…`, `st run https://…/openapi.json`, `dredd api.yaml https://…`
        i += 1
    seen: set[str] = set()
    return [x for x in out if not (x.host in seen or seen.add(x.host))]  # type: ignore[func-returns-value]


def live_targets(a: Analysis) -> list[Live]:
    """Every live place the action's runs are pointed at."""
    exported = tuple((k, v) for k, v in a.assignments if v)
    out: list[Live] = []
    for c in a.commands:
        if is_runner_name(c.name):
            out += targets(c, exported)
    return out


#: Fixtures: (command, the live host or environment it is pointed at, "" for none).
CASES: tuple[tuple[str, str], ...] = (
    ("pytest tests/e2e --base-url https://shop.acme-store.com", "shop.acme-store.com"),
    ("pytest tests/e2e --base-url http://localhost:8000", ""),
    ("pytest -q", ""),
    ("BASE_URL=https://www.acme-store.com npx playwright test", "www.acme-store.com"),
    ("BASE_URL=http://127.0.0.1:3000 npx playwright test", ""),
    ("PLAYWRIGHT_BASE_URL=https://app.shop.test npx playwright test", ""),
    ("npx cypress run --config baseUrl=https://app.acme.io,video=false", "app.acme.io"),
    ("npx cypress run --config baseUrl=http://localhost:3000", ""),
    ("CYPRESS_BASE_URL=https://staging.acme.io npx cypress run", "staging.acme.io"),
    ("k6 run -e BASE_URL=https://api.acme-store.com load/checkout.js", "api.acme-store.com"),
    ("k6 run -e BASE_URL=http://localhost:8080 load/checkout.js", ""),
    ("k6 run --env ENV=prod load/checkout.js", "production"),
    ("locust -f locustfile.py --headless -u 500 -H https://api.acme.io", "api.acme.io"),
    ("locust -f locustfile.py --host http://web:8000", ""),
    ("artillery run --target https://api.acme.io load.yml", "api.acme.io"),
    ("artillery run -e production load.yml", "production"),
    ("newman run api.postman_collection.json --env-var baseUrl=https://api.acme.io", "api.acme.io"),
    ("newman run api.postman_collection.json -e envs/production.postman_environment.json", "production"),
    ("newman run api.postman_collection.json -e envs/local.postman_environment.json", ""),
    ("hey -n 20000 -c 200 https://www.acme-store.com/", "www.acme-store.com"),
    ("ab -n 1000 -c 10 http://localhost:8080/", ""),
    ("schemathesis run --base-url https://api.acme.io openapi.yaml", "api.acme.io"),
    ("DATABASE_URL=postgres://app@db.prod.acme.internal/app pytest", "db.prod.acme.internal"),
    ("DATABASE_URL=postgres://postgres@localhost/app_test pytest", ""),
    ("API_URL=https://api.acme.io npm run test:e2e", "api.acme.io"),
    ("API_URL=https://api.acme.io npm run build", ""),
    ("TEST_ENV=production yarn e2e", "production"),
    ("npx playwright show-report", ""),
    ("robot --variable URL:https://shop.acme.io tests/", "shop.acme.io"),
    ("go test ./... -run TestAPI", ""),
    ("mvn verify -Pe2e -Dbase.url=https://shop.acme-shop.com", "shop.acme-shop.com"),
    ("mvn -q test -Dspring.profiles.active=test", ""),
    ("BASE_URL=$STAGING_URL npx playwright test", ""),
    ("API_URL=https://api.acme-shop.com node scripts/backfill.js", "api.acme-shop.com"),
    ("BASE_URL=https://shop.acme.com ./scripts/smoke.sh", "shop.acme.com"),
    ("API_URL=http://localhost:4000 node scripts/backfill.js", ""),
    ("node scripts/fetch.js --url https://api.github.com/repos", ""),
    ("API_URL=https://api.acme-shop.com node server.js", "api.acme-shop.com"),
    ("ENV=prod sh build.sh", ""),
)


# ------------------------------------------------------------------ test configuration written
#: Files a test runner, load tool or API collection reads its target from: a live host written there is where every
#: later run goes (`playwright.config.ts` `baseURL`, `cypress.config.js` `baseUrl`, `pytest.ini` `base_url`,
#: `.env.test`, a Postman environment, a locustfile's `host`, an Artillery `config.target`).
CONFIG_FILES = lazyre.compile(
    r"(?i)(?:^|/)(?:playwright\.config|cypress\.config|wdio\.conf|nightwatch\.conf|codecept\.conf|vitest\.config|"
    r"jest\.config|protractor\.conf|karma\.conf)\.[cm]?[jt]s$|(?:^|/)(?:cypress(?:\.env)?\.json|\.testcaferc\.json|"
    r"pytest\.ini|conftest\.py|locustfile\.py|[\w.-]+\.postman_environment\.json|\.env\.(?:test|testing|e2e|ci|"
    r"playwright|cypress|smoke))$|(?:^|/)(?:e2e|tests?/e2e|load|perf|k6|artillery)/[\w./-]+\.(?:ya?ml|json|[jt]s)$")
#: A key that holds the run's endpoint, and its value (`baseURL: 'https://…'`, `base_url = https://…`, `"value":`
#: of a Postman variable named baseUrl is read by the URL alone).
CONFIG_KEY = lazyre.compile(
    r"(?i)(?<![a-z0-9])(?:base_?url|baseurl|api_?url|app_?url|site_?url|target(?:_?url)?|host|url|endpoint|e2e_base_url|"
    r"playwright_base_url|cypress_base_url|value)[\"']?\s*[:=]\s*[\"'`]?((?:https?|wss?)://[^\s\"'`,;)]+)")


def config_hosts(path: str, added: str, removed: str = "") -> list[str]:
    """Live hosts a change to a test configuration file points the runs at (a host already there before: none)."""
    if not CONFIG_FILES.search(path):
        return []
    out: list[str] = []
    for m in CONFIG_KEY.finditer(added[:200_000]):
        h = live_host(m.group(1))
        if h and h not in out and h not in removed:
            out.append(h)
    return out


CONFIG_CASES: tuple[tuple[str, str, str], ...] = (
    ("playwright.config.ts", "use: { baseURL: 'https://www.acme-shop.com' }", "www.acme-shop.com"),
    ("playwright.config.ts", "use: { baseURL: process.env.BASE_URL ?? 'http://localhost:3000' }", ""),
    ("cypress.config.js", "e2e: { baseUrl: \"https://staging.acme.io\" }", "staging.acme.io"),
    ("pytest.ini", "[pytest]\nbase_url = https://shop.acme.io\n", "shop.acme.io"),
    (".env.test", "API_URL=https://api.acme.io\n", "api.acme.io"),
    (".env.test", "API_BASE_URL=https://api.example\n", "api.example"),
    (".env", "API_URL=https://api.acme.io\n", ""),
    ("src/config.ts", "export const baseURL = 'https://www.acme-shop.com'", ""),
    ("tests/e2e/fixtures.json", "{\"baseUrl\": \"http://127.0.0.1:8080\"}", ""),
)
