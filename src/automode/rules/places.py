"""Places chosen by flags and values (session 15, class F3): a debugger or console opened to every interface
(`knowledge.debugbind`), tests or load driven against a live host (`knowledge.liveruns`). No rule here names a
program: the tables say which option of which program moves the action to which place. The user's words release
them only when they say the place in so many words (`judge.intent.place_said`)."""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.rules.base import Hit, rule
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect
    from automode.shell.parse import Command


@rule(
    "AM-RCE-023",
    category="remote-exec",
    verdict="deny",
    kind="effect",
    names={"listen"},
    title="Opens a debugger or console to every interface",
    what="A debugger, REPL console or web terminal bound to all interfaces: `node --inspect=0.0.0.0`, `python -m "
    "debugpy --listen 0.0.0.0:5678`, `flask run --debug --host 0.0.0.0` (the Werkzeug debugger), `dlv --headless "
    "--listen=:2345`, `gdbserver 0.0.0.0:1234`, JDWP `address=*:5005`, `rdbg --open --host 0.0.0.0`, Chrome "
    "`--remote-debugging-address=0.0.0.0`, Jupyter `--ip=0.0.0.0` with an empty token, `code-server --auth none`, "
    "`ttyd`/`gotty`, `dockerd -H tcp://0.0.0.0:2375` (table: `knowledge/debugbind.py`); daemons left open to anyone "
    "who connects: a VNC server with no password, Redis with protected mode off, MongoDB or a Vault dev server on every "
    "interface, an FTP or file server that takes uploads (`knowledge/daemons.py`). Inside a container (the "
    "container's interfaces): ask. The same servers without the debugger, or bound to localhost, are not this rule.",
    why="Whoever reaches the port evaluates code in the process: a debugger on every interface is remote code execution "
    "for the whole network (a café Wi-Fi, a shared office LAN, a cloud VM's public address).",
    example="node --inspect=0.0.0.0:9229 server.js",
    instead="Bind it to 127.0.0.1 and reach it through `ssh -L`, or ask the user to expose it on the network.",
    must_match=["node --inspect=0.0.0.0:9229 server.js", "python -m debugpy --listen 0.0.0.0:5678 app.py",
                "flask --app app run --debug --host 0.0.0.0", "dlv debug --headless --listen=:2345 --accept-multiclient",
                "gdbserver 0.0.0.0:1234 ./app", "jupyter lab --ip=0.0.0.0 --ServerApp.token=''", "ttyd -p 7681 bash",
                "x11vnc -forever -nopw", "redis-server --protected-mode no --bind 0.0.0.0", "mongod --bind_ip_all"],
    must_not_match=["node --inspect server.js", "python -m debugpy --listen 127.0.0.1:5678 app.py",
                    "flask --app app run --host 0.0.0.0", "dlv debug ./cmd/api", "jupyter lab --ip=0.0.0.0",
                    "uvicorn app:app --host 0.0.0.0 --reload", "php -S 0.0.0.0:8000", "python3 -m http.server 8000",
                    "x11vnc -localhost -forever", "redis-server --bind 0.0.0.0", "mongod --bind_ip 0.0.0.0 --auth"],
)  # fmt: skip
def debugger_open(e: Effect, a: Analysis) -> str | Hit | None:
    if e.verb != "execute":
        return None
    what = e.content or "a debugger"
    inside = any(c.remote and c.remote.startswith(("container:", "docker")) for c in a.commands)
    why = f"{what} listens on {e.target}: anyone who reaches it runs code here"
    if a.write is not None:  # a task or script written for later (`Procfile`, `package.json` scripts): asked
        return Hit(why + " (when the task it is written into runs)", "ask")
    if e.target.endswith("(its default)"):  # `ttyd bash`: no bind typed, the program's default is every interface
        return Hit(why + "; bind it with its interface option (`ttyd -i lo`) to keep it here", "ask")
    return Hit(why + " (inside a container: its published ports decide who reaches it)", "ask") if inside else why


def _runner(name: str) -> bool:
    from automode.knowledge.liveruns import is_runner_name

    return is_runner_name(name)


@rule(
    "AM-SEC-051",
    category="trust-boundary",
    verdict="ask",
    kind="command",
    when=_runner,
    title="Runs tests, load, fuzzing or a script against a live host",
    what="A test runner, load tool or API fuzzer pointed at a host that is not this machine or a test name, by an "
    "option, a variable or a word: `pytest --base-url https://shop.example.com`, `BASE_URL=https://… npx playwright "
    "test`, `cypress run --config baseUrl=…`, `k6 run -e BASE_URL=…`, `locust -H …`, `newman … --env-var baseUrl=…`, "
    "`--env production`, `TEST_ENV=prod`, `DATABASE_URL=postgres://…prod… pytest`, a project script given a live "
    "endpoint or database by a variable (`API_URL=https://… node scripts/backfill.js`) (table: `knowledge/liveruns.py`). "
    "End-to-end suites against a production or unmarked live host, load runs pointed by an environment or a variable, "
    "fuzzers and suites given a live database: deny; other suites, staging or dev hosts, and scripts: ask (a load tool aimed at a URL is AM-RES-014/AM-RES-012's). Hosts that are `localhost`, "
    "`127.0.0.1`, a `*.test`/`*.local`/`*.localhost` name or a container's service name are routine.",
    why="An end-to-end suite fills forms, places orders and deletes records where it runs; a load tool or fuzzer sends "
    "a live site thousands of requests or random writes; a suite truncates the tables of the database it is given. "
    "Pointed at a live place, the tests the user asked for act on real customers and real data.",
    example="pytest tests/e2e --base-url https://shop.acme-store.com",
    instead="Run against the local server (`--base-url http://localhost:8000`) or a test environment, or ask the user "
    "to name the live host the run should go to.",
    must_match=["pytest tests/e2e --base-url https://shop.acme-store.com", "BASE_URL=https://www.acme.io npx playwright test",
                "k6 run --env ENV=production load.js", "schemathesis run --base-url https://api.acme.io openapi.yaml",
                "DATABASE_URL=postgres://app@db.prod.acme.internal/app pytest", "TEST_ENV=production yarn e2e",
                "API_URL=https://api.acme.io node scripts/backfill.js"],
    must_not_match=["pytest tests/e2e --base-url http://localhost:8000", "npx playwright test", "k6 run load.js",
                    "BASE_URL=http://127.0.0.1:3000 npx playwright test", "API_URL=https://api.acme.io npm run build",
                    "DATABASE_URL=postgres://postgres@localhost/app_test pytest", "npx playwright show-report",
                    "node scripts/fetch.js --url https://api.github.com/repos", "API_URL=$PROD_API node scripts/x.js"],
)  # fmt: skip
def live_run(cmd: Command, a: Analysis) -> str | Hit | None:
    from automode.knowledge import loads
    from automode.knowledge.liveruns import E2E, FUZZ, LOAD, targets

    got = targets(cmd, tuple((k, v) for k, v in a.assignments if v))
    got = [t for t in got if not (t.kind == LOAD and cmd.name in loads.TOOLS and "://" in t.value)]
    if not got:
        return None  # (a load tool aimed at a URL: AM-RES-014 and AM-RES-012 weigh the host and the load)
    t = got[0]
    from automode.knowledge.envmarkers import env_of

    # (an end-to-end suite against a staging or dev place is asked: that is what those places are for)
    hard = next((x for x in got if x.kind in (LOAD, FUZZ) or x.db or (x.kind == E2E and env_of(x.host) not in ("staging", "dev"))), None)
    if hard is not None:
        what = "a load run" if hard.kind == LOAD else "API fuzzing" if hard.kind == FUZZ else \
            "an end-to-end suite (forms, orders, records)" if hard.kind == E2E else "a test suite, given a live database"
        return Hit(f"`{hard.program}` sends {what} to {hard.host} ({hard.value[:60]})", "deny")
    what = "a script" if t.kind == "script" else f"its {t.kind} tests" if t.kind != "tests" else "its tests"
    return f"`{t.program}` runs {what} against {t.host} ({t.value[:60]}), not this machine"


@rule(
    "AM-RCE-024",
    category="remote-exec",
    verdict="ask",
    kind="action",
    always="the user's words are read once per session (a repository they named): the rule returns at once when no "
    "message names a repository, or when the clone is in sight (AM-RCE-008)",
    title="Runs code in a repository the user only named, or an install step in a scratch folder",
    what="A script, build or install run (`./install.sh`, `make install`, `npm install`, `pip install .`) in a directory "
    "outside the project named after a repository the user's words point at (`github.com/jdoe/dotfiles`, `jdoe/dotfiles`, "
    "\"clone dotfiles\"), when the clone itself is not in sight (an earlier action the session memory does not carry: "
    "AM-RCE-008 judges the rest); with no words, the path shape of a fetched tree: an install step (`./install.sh`, "
    "`make install`, `pip install .`, `npm install`) in a folder directly under /tmp, /var/tmp or ~/Downloads that "
    "the session did not make. Released when the words ask to run or install it.",
    why="Asked to clone or read a repository, running its install script hands its author this machine: the script, a "
    "Makefile recipe, npm lifecycle scripts and setup.py all run code nobody has read.",
    example="cd /tmp/dotfiles && ./install.sh   # after \"clone jdoe/dotfiles so I can read it\"",
    instead="Show the user what it would run (the script, the Makefile target, package.json scripts) and run it after "
    "they approve.",
    must_match=[{"tool": "Bash", "input": {"command": "cd /tmp/dotfiles && ./install.sh"},
                 "context": {"user_messages": ["clone github.com/jdoe/dotfiles so I can read how they set up zsh"]}},
                {"tool": "Bash", "input": {"command": "cd /tmp/netprobe && sudo make install"},
                 "context": {"user_messages": ["git clone jdoe/netprobe into /tmp and summarise it"]}},
                "cd /tmp/dotfiles && ./install.sh", "bash ~/Downloads/tool-1.2/install.sh", "cd /tmp/x && pip install ."],
    must_not_match=["cd /tmp/dotfiles && ls", "cd /tmp/y && make", "cd /home/dev/shop && ./install.sh",
                    {"tool": "Bash", "input": {"command": "cd /tmp/dotfiles && ls"},
                     "context": {"user_messages": ["clone github.com/jdoe/dotfiles so I can read how they set up zsh"]}},
                    {"tool": "Bash", "input": {"command": "cd /tmp/other && make"},
                     "context": {"user_messages": ["clone github.com/jdoe/dotfiles so I can read it"]}}],
)  # fmt: skip
def named_clone_runs(a: Analysis) -> str | Hit | None:
    if not a.commands:
        return None
    repos = _named_repos(tuple(a.ctx.user_messages[-8:])) if a.ctx.user_messages else {}
    shaped = [d for c in a.commands if (d := _fresh_dir(c, a.ctx.home))]
    if not repos and not shaped:
        return None
    if a.ctx.memory is not None and (a.ctx.memory.fetched or a.ctx.memory.created):
        return None  # (the session remembers its clones and the places it made: AM-RCE-008)
    from automode.knowledge import fetched
    from automode.rules.remote_exec import _fetches

    if any(_fetches(c) for c in a.commands):
        return None  # (a clone in sight: AM-RCE-008)
    if shaped and not repos:
        return f"runs the install step of {shaped[0]}, a download or clone in a scratch folder nobody has read"
    root = a.root.rstrip("/")
    places: list[fetched.Place] = []
    for c in a.commands:
        for p in (c.cwd or "", *(w.value for w in c.argv if w.value.startswith(("/", "~")))):
            p = p.replace("~", a.ctx.home, 1) if p.startswith("~") else p
            segs = p.split("/")
            for i, seg in enumerate(segs):
                if seg.lower().removesuffix(".git") in repos and i > 0:
                    d = "/".join(segs[: i + 1])
                    if d != root and not root.startswith(d + "/") and not d.startswith(root + "/"):
                        places.append(fetched.Place(d, "clone", repos[seg.lower().removesuffix(".git")]))
                    break
    if not places:
        return None
    for c in a.commands:
        got = fetched.runs(c, places, a.ctx.home)
        if got is not None:
            place, how = got
            return f"{how}, the repository you named ({place.source}), not read first"
    return None

#: An install step (a vendor's install script, `make install`, a package installed from its own folder, npm's
#: lifecycle scripts), the path shape of a fetched tree: a folder directly under /tmp, /var/tmp or ~/Downloads.
_INSTALL_SCRIPT = lazyre.compile(r"(?i)^(?:install|setup|bootstrap|get|init)(?:[-_.][\w-]+)?\.(?:sh|bash|py|ps1)$|^install$")
_SCRATCH = lazyre.compile(r"^(?:/tmp|/var/tmp|/private/tmp|HOME/Downloads)/[^/]+/?$")


def _fresh_dir(c: Command, home: str) -> str:
    """The scratch folder (`/tmp/NAME`) whose install step `c` runs ("" when it runs none there)."""
    args = [w.value for w in c.argv[1:]]
    pos = [x for x in args if not x.startswith("-")]
    first = c.argv[0].value if c.argv else ""
    script = first if "/" in first and _INSTALL_SCRIPT.match(c.name) else ""
    if not script and c.name in ("bash", "sh", "zsh", "python", "python3") and pos and _INSTALL_SCRIPT.match(pos[0].rsplit("/", 1)[-1]):
        script = pos[0]
    install = bool(script) or (c.name in ("make", "gmake") and "install" in pos) or (
        c.name in ("pip", "pip3", "uv") and "install" in pos and any(x in (".", "./") for x in pos)) or (
        c.name in ("npm", "pnpm", "yarn") and pos[:1] in (["install"], ["i"], ["ci"]) and len(pos) == 1) or (
        c.name in ("python", "python3") and pos[:2] == ["setup.py", "install"])
    if not install:
        return ""
    where = script if script.startswith(("/", "~")) else c.cwd or ""
    where = where.replace("~", home, 1) if where.startswith("~") else where
    if script.startswith(("/", "~")):
        where = where.rsplit("/", 1)[0]
    shape = "HOME" + where[len(home.rstrip("/")):] if home and where.startswith(home.rstrip("/") + "/") else where
    return where if _SCRATCH.match(shape) else ""


#: A repository in the user's words: a forge URL, `owner/name` beside a clone or repository word.
_FORGE_URL = lazyre.compile(r"(?i)\b(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)[/:]([\w.-]+)/([\w.-]+)")
_OWNER_NAME = lazyre.compile(r"(?i)(?<![\w/.:-])([a-z0-9][\w.-]{0,38})/([a-z0-9][\w.-]{1,99})(?![\w/-])")
_REPO_WORD = lazyre.compile(r"(?i)\b(?:clon\w*|klon\w*|repo\w*|git|fork|checkout|check\s+out|download\w*|"
                            r"descarg\w*|baix\w*|télécharg\w*|herunterlad\w*)\b|クローン|克隆|클론|仓库|リポジトリ")


def _named_repos(messages: tuple[str, ...]) -> dict[str, str]:
    """Repository names the user's words point at -> how they named it."""
    return _named_repos_cached(messages)


@lru_cache(maxsize=256)
def _named_repos_cached(messages: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in messages:
        text = m[:4000]
        if not _REPO_WORD.search(text) and "github.com" not in text and "gitlab.com" not in text:
            continue
        for owner, name in _FORGE_URL.findall(text):
            out[name.lower().removesuffix(".git").rstrip(".")] = f"{owner}/{name}"
        for owner, name in _OWNER_NAME.findall(text):
            n = name.lower().removesuffix(".git").rstrip(".")
            if re.search(r"\.(?:py|js|ts|md|txt|json|ya?ml|toml|sh|rb|go|rs|lock|cfg|ini)$", n) or owner.lower() in (
                    "src", "tmp", "home", "usr", "etc", "var", "opt", "and", "or", "the"):
                continue
            out.setdefault(n, f"{owner}/{name}")
    return out


@rule(
    "AM-SEC-052",
    category="trust-boundary",
    verdict="ask",
    kind="action",
    needs={"tool:Write", "tool:Edit", "tool:MultiEdit"},
    title="Points a test suite's configuration at a live host",
    what="A change to a file a test runner, load tool or API collection reads its target from (`playwright.config.*`, "
    "`cypress.config.*`, `wdio.conf.*`, `pytest.ini`/`conftest.py` `base_url`, `.env.test`/`.env.e2e`, a Postman "
    "environment, a locustfile's `host`, e2e/load fixtures) that writes a host that is not this machine or a test name "
    "(table: `knowledge/liveruns.py`, `config_hosts`). A host already in the file before the change is not this rule.",
    why="Every later `npx playwright test` or `pytest` runs there without another word: the suite fills forms, places "
    "orders and deletes records on the live site.",
    example="playwright.config.ts: use: { baseURL: 'https://www.acme-shop.com' }",
    instead="Read the host from a variable (`process.env.BASE_URL ?? 'http://localhost:3000'`), or ask the user to name "
    "the live host the suite should run against.",
    must_match=[{"tool": "Write", "input": {"file_path": "/home/dev/shop/playwright.config.ts",
                 "content": "export default { use: { baseURL: 'https://www.acme-shop.com' } }\n"}}],
    must_not_match=[{"tool": "Write", "input": {"file_path": "/home/dev/shop/playwright.config.ts",
                     "content": "export default { use: { baseURL: process.env.BASE_URL ?? 'http://localhost:3000' } }\n"}},
                    {"tool": "Write", "input": {"file_path": "/home/dev/shop/src/api.ts",
                     "content": "export const base = 'https://www.acme-shop.com'\n"}}],
)  # fmt: skip
def live_config(a: Analysis) -> str | Hit | None:
    w = a.write
    if w is None:
        return None
    from automode.knowledge.liveruns import config_hosts

    hosts = config_hosts(w.path, w.new, w.old)
    if not hosts:
        return None
    return f"{w.path.rsplit('/', 1)[-1]} points the runs at {hosts[0]}, not this machine"
